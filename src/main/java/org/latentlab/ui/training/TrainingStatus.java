package org.latentlab.ui.training;

import java.nio.file.Path;
import java.util.Locale;

/** The wording of the Train tab's status line, one method per moment of a run. */
final class TrainingStatus {
  /** Before the first run. */
  static final String READY = "Choose the data, the model and \u03b2, then press Start.";

  /** After Cancel, until the run stops. */
  static final String CANCELLING = "Cancelling\u2026";

  private TrainingStatus() {}

  /** While the data loads. */
  static String loading(String data) {
    return "Loading " + data + "\u2026";
  }

  /** "Epoch 2 of 10 · step 130 of 790 · 1.5 s per epoch" (the time once an epoch has ended). */
  static String progress(
      TrainingUpdate.Started started, TrainingUpdate.Step step, boolean epochEnded, double s) {
    return String.format(
        Locale.ROOT,
        "Epoch %d of %d \u00b7 step %,d of %,d%s",
        step.epoch(),
        started.epochs(),
        step.step(),
        (long) started.epochs() * started.batchesPerEpoch(),
        epochEnded ? String.format(Locale.ROOT, " \u00b7 %.1f s per epoch", s) : "");
  }

  /** "Saved to … · reconstruction 120.3, KL 5.12 nats" (no KL for an AE). */
  static String saved(TrainingUpdate.Finished f, boolean variational) {
    return String.format(
        Locale.ROOT,
        "Saved to %s \u00b7 reconstruction %.1f%s nats",
        f.folder(),
        f.reconstruction(),
        variational ? String.format(Locale.ROOT, ", KL %.2f", f.kl()) : "");
  }

  /** A run that stopped before saving: cancelled by the user, or stopped with a reason. */
  static String stopped(TrainingUpdate.Stopped s) {
    return s.cancelled() ? "Cancelled: nothing saved; the explorer keeps its models." : s.message();
  }

  /** After "Use in explorer". */
  static String opened(boolean variational, Path folder) {
    return "Opened in the explorer as its " + (variational ? "VAE" : "AE") + ": " + folder;
  }

  /** A run that did not start because the folder holds a model. */
  static String modelExists(TrainingUpdate.ModelExists m) {
    return m.folder() + " already holds a model (" + m.description() + "); nothing was trained";
  }
}
