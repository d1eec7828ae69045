package org.latentlab.cli;

import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.latentlab.data.DataSources;
import org.latentlab.data.ImageSet;
import org.latentlab.model.MklShim;
import org.latentlab.model.ModelExistsException;
import org.latentlab.model.ModelSpec;
import org.latentlab.train.Cancellation;
import org.latentlab.train.ModelTrainer;
import org.latentlab.train.ModelTraining;
import org.latentlab.train.StepLosses;
import org.latentlab.train.TrainingPlan;
import org.latentlab.train.TrainingStoppedException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code latentlab train}: trains an AE, a VAE, a DAE or an SAE and saves it as a model folder. */
@Command(
    name = "train",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    description = {
      "Train an autoencoder (ae), a variational autoencoder (vae), a denoising (dae) or a sparse"
          + " autoencoder (sae) and save it as a model folder.",
      "The folder is written atomically: an interrupted run never leaves a half-written model."
    })
final class TrainCommand implements Callable<Integer> {
  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Mixin ModelOptions model;

  @Option(names = "--epochs", defaultValue = "20", description = "Epochs (default: 20).")
  int epochs;

  @Option(
      names = "--out",
      required = true,
      paramLabel = "DIR",
      description =
          "Model folder to write; other files in it are kept. A model already there is"
              + " replaced only with --overwrite.")
  Path out;

  @Option(names = "--overwrite", description = "Replace the model that --out already holds.")
  boolean overwrite;

  @Option(names = "--json", description = "Print the result as one JSON object.")
  boolean json;

  @Option(
      names = "--loss-csv",
      paramLabel = "FILE",
      description =
          "Also write every step's losses (epoch, batch, step, reconstruction, kl, total).")
  Path lossCsv;

  @Mixin CommonOptions common;

  @Override
  @SuppressWarnings("try") // ctrlC is only held for the run's duration
  public Integer call() throws Exception {
    model.validate();
    ModelTraining training;
    try {
      training =
          ModelTraining.prepare(
              DataSources.fromEnvironment(),
              new TrainingPlan(
                  model.data,
                  model.imageLimit(),
                  model.kind,
                  model.hidden,
                  model.latent,
                  model.beta,
                  model.klOnly,
                  epochs,
                  model.batch,
                  model.lr,
                  model.seed,
                  out,
                  overwrite,
                  model.corruption(),
                  model.sparsityPenalty()));
    } catch (ModelExistsException e) {
      throw new UserInputException(e.getMessage() + "; add --overwrite to replace it");
    } catch (IllegalArgumentException e) {
      throw new UserInputException(e.getMessage());
    }
    ImageSet images = training.images();
    var err = spec.commandLine().getErr();
    err.printf(
        Locale.ROOT,
        "Training %s%s %s on %s (%,d images), %d epochs%n",
        model.kind,
        regularizer(),
        describe(training.options().spec()),
        images.name(),
        images.count(),
        epochs);
    TrainingProgress progress = TrainingProgress.forTerminal(err, model.variational());
    ModelTraining.Saved result;
    Cancellation cancellation = new Cancellation();
    // Ctrl-C asks the loop to stop within a step, so the run ends as a cancelled run: one line,
    // exit 1, nothing saved (a second Ctrl-C quits at once).
    try (Interrupts ctrlC = Interrupts.install(cancellation::cancel);
        LossCsv csv = LossCsv.open(lossCsv)) {
      result = training.run(new ModelTrainer(progress.andThen(csv), cancellation));
    } catch (TrainingStoppedException e) {
      throw new CommandFailedException(e.getMessage());
    } finally {
      progress.finish();
    }
    StepLosses last = result.report().last().mean();
    var o = spec.commandLine().getOut();
    if (json) {
      o.println(
          Json.object()
              .put("kind", model.kind.id())
              .put("latentDim", model.latent)
              .put("trainImages", images.count())
              .put("epochs", epochs)
              .put("reconstruction", last.reconstruction())
              .put("kl", model.variational() ? last.kl() : null)
              .put("noise", model.corruption() == null ? null : model.corruption().spec())
              .put(
                  "sparsity",
                  model.sparsityPenalty() == null ? null : model.sparsityPenalty().spec())
              .put("total", last.total())
              .put("secondsPerEpoch", result.report().secondsPerEpoch())
              .put("medianSecondsPerEpoch", result.report().medianSecondsPerEpoch())
              .put(
                  "peakRssMb",
                  PeakMemory.residentMb().isPresent() ? PeakMemory.residentMb().getAsLong() : null)
              .put("out", out.toString())
              .put("mklCodePath", MklShim.status().codePath())
              .put("adamStep", org.latentlab.train.InPlaceAdam.implementation())
              .toJson());
    } else {
      o.printf(
          Locale.ROOT,
          "Saved %s%s to %s. Last epoch: %s nats/image; %.2f s/epoch.%n",
          model.kind,
          regularizer(),
          out,
          model.variational()
              ? String.format(
                  Locale.ROOT,
                  "reconstruction %.2f, KL %.2f, total %.2f",
                  last.reconstruction(),
                  last.kl(),
                  last.total())
              : model.sparsityPenalty() != null
                  ? String.format(
                      Locale.ROOT,
                      "reconstruction %.2f, sparsity penalty %.2f, total %.2f",
                      last.reconstruction(),
                      last.total() - last.reconstruction(),
                      last.total())
                  : String.format(Locale.ROOT, "reconstruction %.2f", last.reconstruction()),
          result.report().secondsPerEpoch());
    }
    return 0;
  }

  /** " (noise gaussian:0.5)" for a DAE, " (sparsity kl:0.05)" for an SAE, else "". */
  private String regularizer() {
    return model.corruption() != null
        ? " (noise " + model.corruption().spec() + ")"
        : model.sparsityPenalty() != null
            ? " (sparsity " + model.sparsityPenalty().spec() + ")"
            : "";
  }

  static String describe(ModelSpec s) {
    StringBuilder b = new StringBuilder().append(s.pixels());
    s.hidden().forEach(h -> b.append('-').append(h));
    return b.append('-').append(s.latentDim()).toString();
  }
}
