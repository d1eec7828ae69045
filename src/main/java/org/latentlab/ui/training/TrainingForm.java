package org.latentlab.ui.training;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Reads the training panel's text fields into a {@link TrainingRequest}, with one-line messages for
 * what a lecturer can get wrong ("hidden sizes: 'abc' is not …").
 */
final class TrainingForm {
  /** The largest learning rate the form takes; beyond it a run only diverges. */
  static final int MAX_LEARNING_RATE = 10;

  private TrainingForm() {}

  /** A positive whole number from {@code text}; {@code what} names the field in the message. */
  static int positive(String what, String text, int max) {
    int v = whole(what, text);
    if (v < 1 || v > max) {
      throw new IllegalArgumentException(what + " must be between 1 and " + max + ", not " + v);
    }
    return v;
  }

  /** A whole number ≥ 0; blank counts as 0. */
  static int atLeastZero(String what, String text) {
    if (text == null || text.isBlank()) {
      return 0;
    }
    int v = whole(what, text);
    if (v < 0) {
      throw new IllegalArgumentException(what + " must be 0 or more, not " + v);
    }
    return v;
  }

  /**
   * How many images to train on: blank or "all" for every image (0 in the request), else N ≥ 1. A
   * typed 0 is refused, as {@code train --limit 0} is: it reads as "no images", not "all".
   */
  static int imageLimit(String text) {
    String t = text == null ? "" : text.strip();
    if (t.isEmpty() || t.equalsIgnoreCase("all")) {
      return 0;
    }
    int v = whole("images", t);
    if (v < 1) {
      throw new IllegalArgumentException(
          "images must be a positive number of images (blank or 'all' for every image), not " + v);
    }
    return v;
  }

  private static int whole(String what, String text) {
    String t = text == null ? "" : text.strip().replace(",", "").replace("_", "");
    try {
      return Integer.parseInt(t);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(
          what + ": '" + (text == null ? "" : text.strip()) + "' is not a whole number");
    }
  }

  /** Hidden sizes "512,256" (commas or spaces). */
  static List<Integer> hidden(String text) {
    String t = text == null ? "" : text.strip();
    List<Integer> sizes = new ArrayList<>();
    for (String part : t.split("[,\\s]+")) {
      if (part.isEmpty()) {
        continue;
      }
      try {
        int h = Integer.parseInt(part);
        if (h < 1 || h > 65_536) {
          throw new NumberFormatException();
        }
        sizes.add(h);
      } catch (NumberFormatException e) {
        throw new IllegalArgumentException(
            "hidden sizes: '"
                + t
                + "' is not a list of layer"
                + " sizes from 1 to 65536, such as 512,256");
      }
    }
    if (sizes.isEmpty()) {
      throw new IllegalArgumentException(
          "hidden sizes: give at least one layer size, such as" + " 512,256");
    }
    return sizes;
  }

  /** A learning rate: a number in (0, {@value #MAX_LEARNING_RATE}] such as 0.001 or 1e-3. */
  static double learningRate(String text) {
    String t = text == null ? "" : text.strip();
    try {
      double v = Double.parseDouble(t);
      if (v > 0 && v <= MAX_LEARNING_RATE) {
        return v;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    throw new IllegalArgumentException(
        "learning rate: '"
            + t
            + "' is not a number above 0 and at most "
            + MAX_LEARNING_RATE
            + ", such as 0.001 or 1e-3");
  }

  /** A model folder path; a leading ~ is the user's home. */
  static Path folder(String what, String text, Path home) {
    String t = text == null ? "" : text.strip();
    if (t.isEmpty()) {
      throw new IllegalArgumentException(what + ": choose a folder");
    }
    try {
      if (t.equals("~") || t.startsWith("~/")) {
        return home.resolve(t.substring(Math.min(2, t.length())));
      }
      return Path.of(t);
    } catch (java.nio.file.InvalidPathException e) {
      throw new IllegalArgumentException(what + ": '" + t + "' is not a valid path");
    }
  }

  /** A short folder name for a run: "mnist-vae", "fashion-vae-beta0", "mnist-vae-kl-only". */
  static String defaultName(String data, boolean variational, double beta, boolean klOnly) {
    String d =
        data == null
            ? "data"
            : data.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
    String name = (d.isEmpty() ? "data" : d) + (variational ? "-vae" : "-ae");
    if (variational && klOnly) {
      return name + "-kl-only";
    }
    if (variational && beta != 1) {
      return name
          + "-beta"
          + BetaScale.describe(beta).replace(" (no regularizer)", "").replace('.', '_');
    }
    return name;
  }
}
