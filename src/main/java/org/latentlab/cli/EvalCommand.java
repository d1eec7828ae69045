package org.latentlab.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.latentlab.cli.classifier.ClassifierCommands;
import org.latentlab.data.DataSources;
import org.latentlab.data.ImageSet;
import org.latentlab.model.ModelKind;
import org.latentlab.model.ModelStore;
import org.latentlab.model.classifier.ClassifierStore;
import org.latentlab.train.EvaluationReport;
import org.latentlab.train.ModelEvaluator;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code latentlab eval}: mean per-image test loss of a model on IDX images. */
@Command(
    name = "eval",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    description = {
      "Mean per-image test loss in nats on images nobody trained on.",
      "Classifier: the accuracy.",
      "VAE: the negative ELBO with z = mu in the reconstruction term (and with one sample z ~ q),"
          + " its reconstruction and KL parts. AE: the reconstruction cross-entropy.",
      "DAE: also the denoising error (the cross-entropy of the clean image against the model's"
          + " output for a noisy one) at a few noise levels; SAE: how sparse the hidden code is."
          + " Both side by side with a plain AE (--baseline; by default the bundled AE of the"
          + " same data)."
    })
final class EvalCommand implements Callable<Integer> {
  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Option(names = "--model", required = true, paramLabel = "DIR", description = "Model folder.")
  Path model;

  @Option(
      names = "--images",
      required = true,
      paramLabel = "IDX",
      description = "Images (IDX, gzip or raw).")
  Path images;

  @Option(
      names = "--labels",
      required = true,
      paramLabel = "IDX",
      description = "Labels (IDX, gzip or raw).")
  Path labels;

  @Option(
      names = "--seed",
      defaultValue = "1",
      description = "Seed for the one-sample estimate (default: 1).")
  long seed;

  @Option(
      names = "--baseline",
      paramLabel = "DIR",
      description =
          "DAE, SAE: the plain autoencoder to compare with (a model folder, or a bundled model such"
              + " as mnist-ae; default: the bundled AE of the model's data, if there is one).")
  String baseline;

  @Option(
      names = "--noise-levels",
      split = ",",
      paramLabel = "L[,L...]",
      description =
          "DAE: the noise levels of the denoising table, each in [0, 1] (default:"
              + " 0,0.1,0.25,0.5,0.75).")
  List<Double> noiseLevels;

  @Option(names = "--json", description = "Print one JSON object.")
  boolean json;

  @Mixin CommonOptions common;

  @Override
  public Integer call() throws Exception {
    if (ClassifierStore.isClassifier(model)) {
      return ClassifierCommands.eval(model, images, labels, json, spec.commandLine().getOut());
    }
    try (var m = ModelStore.load(model)) {
      ImageSet data = DataSources.readPair(images, labels, m.metadata().classNames());
      EvaluationReport r;
      try {
        r = ModelEvaluator.evaluate(m, data, seed);
      } catch (IllegalArgumentException e) {
        throw new UserInputException(e.getMessage());
      }
      var out = spec.commandLine().getOut();
      KindComparison kinds = KindComparison.measure(m, data, baseline, noiseLevels, seed);
      if (json) {
        out.println(
            kinds
                .addTo(
                    Json.object()
                        .put("model", model.toString())
                        .put("kind", r.kind().id())
                        .put("latentDim", r.latentDim())
                        .put("images", r.images())
                        .put("reconstruction", r.reconstruction())
                        .put("kl", r.kl())
                        .put("negElbo", r.negElbo())
                        .put("negElbo1Sample", r.negElbo1Sample()))
                .toJson());
      } else if (r.kind() == ModelKind.VAE) {
        out.printf(
            Locale.ROOT,
            "%s on %,d images: -ELBO %.2f nats (z = mu; one sample: %.2f) = reconstruction %.2f"
                + " + KL %.2f%n",
            model,
            r.images(),
            r.negElbo(),
            r.negElbo1Sample(),
            r.reconstruction(),
            r.kl());
      } else {
        out.printf(
            Locale.ROOT,
            "%s on %,d images: reconstruction cross-entropy %.2f nats%n",
            model,
            r.images(),
            r.reconstruction());
      }
      if (!json) {
        kinds.print(out);
      }
    }
    return 0;
  }
}
