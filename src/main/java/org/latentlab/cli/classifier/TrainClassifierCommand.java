package org.latentlab.cli.classifier;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.latentlab.cli.CommandFailedException;
import org.latentlab.cli.CommonOptions;
import org.latentlab.cli.Json;
import org.latentlab.cli.UserInputException;
import org.latentlab.data.DataSources;
import org.latentlab.model.ModelExistsException;
import org.latentlab.train.Cancellation;
import org.latentlab.train.TrainingStoppedException;
import org.latentlab.train.classifier.ClassifierEpoch;
import org.latentlab.train.classifier.ClassifierOptions;
import org.latentlab.train.classifier.ClassifierPlan;
import org.latentlab.train.classifier.ClassifierTrainer;
import org.latentlab.train.classifier.ClassifierTraining;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code latentlab train-classifier}: trains the image classifier the latent-quality report uses.
 */
@Command(
    name = "train-classifier",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    description = {
      "Train an image classifier (a small CNN, or an MLP with --filters none) and save it as a"
          + " model folder. The report command uses it to label decoded images.",
      "Accuracy is printed on training data and, with --validation N, on the last N training"
          + " images held out. Measure test accuracy with: latentlab eval --model DIR ..."
    })
public final class TrainClassifierCommand implements Callable<Integer> {
  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Option(
      names = "--data",
      defaultValue = "mnist",
      description =
          "mnist (bundled 10k), fashion, djl-mnist, djl-fashion, or a folder of IDX files"
              + " (default: ${DEFAULT-VALUE}).")
  String data;

  @Option(
      names = "--filters",
      defaultValue = "16,32",
      paramLabel = "N[,N...]|none",
      description =
          "Channels of each 5x5 convolution (each followed by ReLU and 2x2 max-pool),"
              + " or 'none' for an MLP (default: ${DEFAULT-VALUE}).")
  String filters;

  @Option(
      names = "--hidden",
      defaultValue = "128",
      paramLabel = "N[,N...]",
      description = "Dense hidden layer sizes after the convolutions (default: ${DEFAULT-VALUE}).")
  String hidden;

  @Option(names = "--epochs", defaultValue = "15", description = "Epochs (default: 15).")
  int epochs;

  @Option(names = "--batch", defaultValue = "128", description = "Batch size (default: 128).")
  int batch;

  @Option(
      names = "--lr",
      defaultValue = "1e-3",
      description = "Adam learning rate (default: 1e-3).")
  double lr;

  @Option(
      names = "--shift",
      defaultValue = "2",
      paramLabel = "PX",
      description =
          "Shift training images randomly by up to PX pixels per axis (default: 2; 0: off).")
  int shift;

  @Option(
      names = "--validation",
      defaultValue = "0",
      paramLabel = "N",
      description = "Hold out the last N training images and report accuracy on them every epoch.")
  int validation;

  @Option(names = "--seed", defaultValue = "1", description = "Random seed (default: 1).")
  long seed;

  @Option(names = "--limit", paramLabel = "N", description = "Use the first N images only.")
  Integer limit;

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

  @Mixin CommonOptions common;

  @Override
  public Integer call() throws Exception {
    if (limit != null && limit <= 0) {
      throw new UserInputException("--limit must be a positive number of images");
    }
    List<Integer> filterSizes = sizes("--filters", filters, true);
    List<Integer> hiddenSizes = sizes("--hidden", hidden, true);
    ClassifierTraining training;
    try {
      training =
          ClassifierTraining.prepare(
              DataSources.fromEnvironment(),
              new ClassifierPlan(
                  data,
                  limit == null ? 0 : limit,
                  filterSizes,
                  hiddenSizes,
                  epochs,
                  batch,
                  lr,
                  shift,
                  validation,
                  seed,
                  out,
                  overwrite));
    } catch (ModelExistsException e) {
      throw new UserInputException(e.getMessage() + "; add --overwrite to replace it");
    } catch (IllegalArgumentException e) {
      throw new UserInputException(e.getMessage());
    }
    ClassifierOptions options = training.options();
    var err = spec.commandLine().getErr();
    err.printf(
        Locale.ROOT,
        "Training classifier %s (%,d parameters) on %s (%,d images%s), %d" + " epochs%n",
        options.spec().describe(),
        options.spec().parameterCount(),
        training.images().name(),
        training.trainImages(),
        validation > 0 ? String.format(Locale.ROOT, ", %,d held out", validation) : "",
        epochs);
    ClassifierTraining.Saved result;
    try {
      result = training.run(new ClassifierTrainer(e -> progress(err, e), new Cancellation()));
    } catch (TrainingStoppedException e) {
      throw new CommandFailedException(e.getMessage());
    }
    ClassifierEpoch last = result.last();
    var o = spec.commandLine().getOut();
    if (json) {
      o.println(
          Json.object()
              .put("kind", "classifier")
              .put("architecture", options.spec().describe())
              .put("parameters", options.spec().parameterCount())
              .put("trainImages", training.trainImages())
              .put("epochs", epochs)
              .put("loss", last.loss())
              .put("trainAccuracy", last.trainAccuracy())
              .put(
                  "validationAccuracy",
                  Double.isNaN(last.validationAccuracy()) ? null : last.validationAccuracy())
              .put("out", out.toString())
              .toJson());
    } else {
      o.printf(
          Locale.ROOT,
          "Saved classifier %s to %s. Last epoch: loss %.4f, training accuracy" + " %.2f%%%s.%n",
          options.spec().describe(),
          out,
          last.loss(),
          100 * last.trainAccuracy(),
          Double.isNaN(last.validationAccuracy())
              ? ""
              : String.format(
                  Locale.ROOT, ", held-out accuracy %.2f%%", 100 * last.validationAccuracy()));
    }
    return 0;
  }

  private static void progress(java.io.PrintWriter err, ClassifierEpoch e) {
    err.printf(
        Locale.ROOT,
        "  epoch %d/%d: loss %.4f, training accuracy %.2f%%%s in %.1f s%n",
        e.epoch(),
        e.epochs(),
        e.loss(),
        100 * e.trainAccuracy(),
        Double.isNaN(e.validationAccuracy())
            ? ""
            : String.format(Locale.ROOT, ", held-out %.2f%%", 100 * e.validationAccuracy()),
        e.seconds());
    err.flush();
  }

  /** "16,32" → [16, 32]; "none" or "" → [] where allowed. */
  static List<Integer> sizes(String option, String text, boolean noneAllowed) {
    String t = text.strip();
    if (noneAllowed && (t.isEmpty() || t.equalsIgnoreCase("none"))) {
      return List.of();
    }
    try {
      return java.util.Arrays.stream(t.split(","))
          .map(String::strip)
          .map(Integer::valueOf)
          .toList();
    } catch (NumberFormatException e) {
      throw new UserInputException(
          option
              + " must be numbers separated by commas"
              + (noneAllowed ? " or 'none'" : "")
              + ", not '"
              + text
              + "'");
    }
  }
}
