package org.latentlab.cli;

import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.latentlab.cli.classifier.ClassifierCommands;
import org.latentlab.model.MklShim;
import org.latentlab.model.ModelKind;
import org.latentlab.model.ModelMetadata;
import org.latentlab.model.ModelStore;
import org.latentlab.model.classifier.ClassifierStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code latentlab info}: what a model folder holds. */
@Command(
    name = "info",
    mixinStandardHelpOptions = true,
    description =
        "Show a model's architecture, training data and final losses; checks the weights load.")
final class InfoCommand implements Callable<Integer> {
  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Option(names = "--model", required = true, paramLabel = "DIR", description = "Model folder.")
  Path model;

  @Mixin CommonOptions common;

  @Override
  public Integer call() throws Exception {
    if (ClassifierStore.isClassifier(model)) {
      return ClassifierCommands.info(model, spec.commandLine().getOut());
    }
    ModelMetadata m;
    try (var loaded = ModelStore.load(model)) {
      m = loaded.metadata();
    }
    var s = m.spec();
    var out = spec.commandLine().getOut();
    out.printf(Locale.ROOT, "Model      %s%n", model);
    out.printf(Locale.ROOT, "Kind       %s%n", s.kind().title());
    out.printf(
        Locale.ROOT,
        "Network    %s (%,d parameters), %dx%d images%n",
        TrainCommand.describe(s),
        s.parameterCount(),
        s.rows(),
        s.cols());
    out.printf(Locale.ROOT, "Latent     %d dimensions%n", s.latentDim());
    out.printf(Locale.ROOT, "Data       %s (%s)%n", m.dataset(), String.join(", ", m.classNames()));
    out.printf(
        Locale.ROOT,
        "Loss       %s%n",
        m.reconstructionWeight() == 0
            ? "KL only (reconstruction weight 0)"
            : switch (s.kind()) {
              case VAE -> "reconstruction + " + m.beta() + " x KL";
              case DAE ->
                  "reconstruction of the clean image from a noisy one (noise " + m.noise() + ")";
              case SAE ->
                  "reconstruction + sparsity penalty on the hidden layer (" + m.sparsity() + ")";
              case AE -> "reconstruction";
            });
    var t = m.training();
    if (t == null) {
      out.println("Training   none recorded");
    } else {
      out.printf(
          Locale.ROOT,
          "Training   %d epochs on %,d images, batch %d, Adam lr %s, seed %d (%s)%n",
          t.epochs(),
          t.trainImages(),
          t.batchSize(),
          t.learningRate(),
          t.seed(),
          t.createdAt());
      out.printf(
          Locale.ROOT,
          "Final      reconstruction %.2f, %s %.2f, total %.2f nats/image%n",
          t.reconstruction(),
          s.kind() == ModelKind.SAE ? "sparsity penalty" : "KL",
          s.kind() == ModelKind.SAE ? t.total() - t.reconstruction() : t.kl(),
          t.total());
    }
    out.println(MklShim.status().line());
    out.println("Adam       " + org.latentlab.train.InPlaceAdam.implementation());
    return 0;
  }
}
