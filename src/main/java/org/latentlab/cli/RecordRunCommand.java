package org.latentlab.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.latentlab.data.DataSources;
import org.latentlab.latent.record.RecordedRun;
import org.latentlab.latent.record.RecordedRunFile;
import org.latentlab.latent.record.RunSettings;
import org.latentlab.model.AutoencoderModel;
import org.latentlab.model.ModelKind;
import org.latentlab.model.ModelSpec;
import org.latentlab.model.ModelStore;
import org.latentlab.train.Cancellation;
import org.latentlab.train.TrainingStoppedException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code latentlab record-run}: trains a run and saves what the Train tab shows of it (the losses
 * and the watched codes) as a {@code .llrun} file the tab and the lessons replay.
 */
@Command(
    name = "record-run",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    description = {
      "Train an AE or a VAE and record its loss curves and the codes of the first --points images"
          + " (before the first step, every --every steps and at every epoch's end) as a"
          + " recorded run (.llrun) the Train tab and the lessons replay. The model is not saved.",
      "Example: latentlab record-run --kind vae --beta 1 --epochs 10 --out assets/runs/beta-1.llrun"
    })
final class RecordRunCommand implements Callable<Integer> {
  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Mixin ModelOptions model;

  @Option(names = "--epochs", defaultValue = "10", description = "Epochs (default: 10).")
  int epochs;

  @Option(
      names = "--points",
      defaultValue = "2000",
      description = "How many training images to watch (default: 2000).")
  int points;

  @Option(
      names = "--every",
      defaultValue = "20",
      paramLabel = "STEPS",
      description = "A snapshot every STEPS steps, 0 for epoch ends only (default: 20).")
  int every;

  @Option(
      names = "--from",
      paramLabel = "MODEL",
      description =
          "Start from this trained model's weights (a model folder, or a bundled model such as"
              + " mnist-vae) instead of random ones; its architecture replaces --latent and"
              + " --hidden.")
  String from;

  @Option(
      names = "--out",
      required = true,
      paramLabel = "FILE",
      description = "The recorded run to write (.llrun).")
  Path out;

  @Mixin CommonOptions common;

  @Override
  public Integer call() throws Exception {
    model.validate();
    if (model.kind != ModelKind.AE && model.kind != ModelKind.VAE) {
      throw new UserInputException(
          "record-run records ae and vae runs; train a " + model.kind.id() + " with train");
    }
    if (points < 1 || every < 0) {
      throw new UserInputException("--points must be 1 or more and --every 0 or more");
    }
    if (Files.isDirectory(out)) {
      throw new UserInputException(out + " is a folder; --out names the .llrun file to write");
    }
    AutoencoderModel start = from == null ? null : loadFrom(from);
    RecordedRun run;
    try (start) {
      ModelSpec s = start == null ? null : start.metadata().spec();
      if (s != null && s.kind() != model.kind) {
        throw new UserInputException(
            from + " is a " + s.kind() + "; --kind " + model.kind.id() + " cannot start from it");
      }
      RunSettings settings =
          new RunSettings(
              model.data,
              model.imageLimit(),
              model.variational(),
              s == null ? model.latent : s.latentDim(),
              s == null ? model.hidden : s.hidden(),
              epochs,
              model.batch,
              model.lr,
              model.variational() ? model.beta : 0,
              model.klOnly,
              model.seed,
              every,
              from == null ? "" : from);
      var err = spec.commandLine().getErr();
      err.printf(
          Locale.ROOT,
          "Recording %s on %s, %d epochs, watching %,d images%s%n",
          model.kind,
          model.data,
          epochs,
          points,
          from == null ? "" : ", starting from " + from);
      TrainingProgress progress = TrainingProgress.forTerminal(err, model.variational());
      try {
        run =
            RunRecorder.record(
                DataSources.fromEnvironment(),
                settings,
                points,
                start,
                progress,
                new Cancellation());
      } catch (IllegalArgumentException e) {
        throw new UserInputException(e.getMessage());
      } catch (TrainingStoppedException e) {
        throw new CommandFailedException(e.getMessage());
      } finally {
        progress.finish();
      }
    }
    RecordedRunFile.write(run, out);
    spec.commandLine()
        .getOut()
        .printf(
            Locale.ROOT,
            "Recorded %d snapshots of %,d codes and %,d steps to %s (%,d KB).%n",
            run.snapshots().size(),
            run.labels().length,
            run.steps().size(),
            out,
            (Files.size(out) + 1023) / 1024);
    return 0;
  }

  /** A model folder, or else a bundled model of that name. */
  private static AutoencoderModel loadFrom(String model) throws IOException {
    Path folder = Path.of(model);
    return Files.isDirectory(folder) ? ModelStore.load(folder) : ModelStore.loadBundled(model);
  }
}
