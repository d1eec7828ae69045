package org.latentlab.app;

import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.latentlab.data.DataSources;
import org.latentlab.data.ImageSet;
import org.latentlab.inference.LatentModel;
import org.latentlab.inference.LatentModels;
import org.latentlab.inference.classifier.ImageClassifier;
import org.latentlab.inference.classifier.ImageClassifiers;
import org.latentlab.ui.explorer.ExplorerSession;
import org.latentlab.ui.explorer.ExplorerSource;
import org.latentlab.ui.plane.LabelledImages;

/**
 * The one place the window meets the real loaders: the bundled model pairs with their training
 * data, and model folders chosen by the user. Runs on the background thread.
 */
public final class BundledExplorerSource implements ExplorerSource {
  private record Pair(String data, String autoencoder, String vae) {}

  private static final Map<String, Pair> PAIRS = new LinkedHashMap<>();

  static {
    PAIRS.put("MNIST", new Pair("mnist", "mnist-ae", "mnist-vae"));
    PAIRS.put("Fashion-MNIST", new Pair("fashion", "fashion-ae", "fashion-vae"));
    // The lecture's other autoencoders in the autoencoder's plane, beside the same VAE.
    PAIRS.put("MNIST denoising AE", new Pair("mnist", "mnist-dae", "mnist-vae"));
    PAIRS.put("MNIST sparse AE", new Pair("mnist", "mnist-sae", "mnist-vae"));
    // Latent 32: where the research metrics separate the AE from the VAE most clearly (README).
    PAIRS.put("MNIST, latent 32", new Pair("mnist", "mnist-ae-32", "mnist-vae-32"));
  }

  @Override
  public List<String> bundledNames() {
    return List.copyOf(PAIRS.keySet());
  }

  @Override
  public ExplorerSession openBundled(String name) throws IOException {
    Pair pair = PAIRS.get(name);
    if (pair == null) {
      throw new IOException("no bundled model pair called " + name);
    }
    // Models first: a missing model fails at once, before a large data set is read.
    LatentModel ae = openBundledModel(pair.autoencoder());
    LatentModel vae = null;
    try {
      vae = openBundledModel(pair.vae());
      return session(name, new ImageSetImages(trainingData(pair.data())), ae, vae);
    } catch (IOException | RuntimeException e) {
      ae.close();
      if (vae != null) {
        vae.close();
      }
      throw e;
    }
  }

  @Override
  public ExplorerSession openFolder(Path folder, ExplorerSession current) throws IOException {
    LatentModel model = openModelFolder(folder);
    try {
      String spec = model.info().dataset();
      boolean variational = model.info().variational();
      String title = titleOf(spec) + " \u00b7 " + folder.getFileName();
      if (current != null && spec.equals(current.autoencoder().info().dataset())) {
        return variational
            ? session(title, current.images(), current.autoencoder(), model)
            : session(title, current.images(), model, current.vae());
      }
      // Another data set: load it, and compare against that data's bundled partner.
      Map.Entry<String, Pair> pair =
          PAIRS.entrySet().stream()
              .filter(e -> e.getValue().data().equals(spec))
              .findFirst()
              .orElse(null);
      if (pair == null) {
        // Data with no bundled partner (a folder of IDX files): keep the data on screen if the
        // images have the same size, so a model trained in the app can always be looked at.
        if (current != null
            && current.images().rows() * current.images().cols() == model.info().pixels()) {
          return variational
              ? session(title, current.images(), current.autoencoder(), model)
              : session(title, current.images(), model, current.vae());
        }
        throw new IOException(
            folder.getFileName()
                + " was trained on '"
                + spec
                + "', which has no bundled model to compare it with");
      }
      ImageSetImages images = new ImageSetImages(trainingData(spec));
      LatentModel partner =
          openBundledModel(variational ? pair.getValue().autoencoder() : pair.getValue().vae());
      try {
        return variational
            ? session(title, images, partner, model)
            : session(title, images, model, partner);
      } catch (IOException | RuntimeException e) {
        partner.close();
        throw e;
      }
    } catch (IOException | RuntimeException e) {
      model.close();
      throw e;
    }
  }

  /**
   * Every single model that may be bundled, in the order the menus list them; those absent from
   * this build are left out.
   */
  private static final List<String> SINGLE_MODELS =
      List.of(
          "mnist-ae",
          "mnist-vae",
          "mnist-vae-beta0",
          "mnist-dae",
          "mnist-sae",
          "mnist-ae-32",
          "mnist-vae-32",
          "fashion-ae",
          "fashion-vae");

  @Override
  public List<String> bundledModels(String dataset) {
    return SINGLE_MODELS.stream()
        .filter(m -> m.startsWith(dataset + "-"))
        .filter(
            m ->
                BundledExplorerSource.class.getResource("/models/" + m + "/latentlab.json") != null)
        .toList();
  }

  @Override
  public ExplorerSession openOnPlane(String model, ExplorerSession current, boolean left)
      throws IOException {
    if (current == null) {
      throw new IOException("open a data set's models first, then choose a plane's model");
    }
    String dataset = current.autoencoder().info().dataset();
    boolean bundled = SINGLE_MODELS.contains(model);
    LatentModel opened = bundled ? openBundledModel(model) : openModelFolder(Path.of(model));
    try {
      String spec = opened.info().dataset();
      boolean sameData =
          spec.equals(dataset)
              || (PAIRS.values().stream().noneMatch(p -> p.data().equals(spec))
                  && opened.info().pixels() == current.images().rows() * current.images().cols());
      if (!sameData) {
        throw new IOException(
            model + " was trained on '" + spec + "', but the planes show '" + dataset + "'");
      }
      LatentModel keptLeft = left ? opened : current.autoencoder();
      LatentModel keptRight = left ? current.vae() : opened;
      String title =
          titleOf(dataset) + " \u00b7 " + keptLeft.info().name() + " | " + keptRight.info().name();
      return session(title, current.images(), keptLeft, keptRight);
    } catch (IOException | RuntimeException e) {
      opened.close();
      throw e;
    }
  }

  @Override
  public Optional<ImageClassifier> openClassifier(String dataset) throws IOException {
    Optional<String> name = ImageClassifiers.bundledFor(dataset);
    return name.isEmpty()
        ? Optional.empty()
        : Optional.of(ImageClassifiers.openBundled(name.get()));
  }

  private static String titleOf(String spec) {
    return PAIRS.entrySet().stream()
        .filter(e -> e.getValue().data().equals(spec))
        .map(Map.Entry::getKey)
        .findFirst()
        .orElse(spec);
  }

  private static ExplorerSession session(
      String title, LabelledImages images, LatentModel ae, LatentModel vae) throws IOException {
    try {
      return new ExplorerSession(title, images, ae, vae);
    } catch (IllegalArgumentException e) {
      throw new IOException(e.getMessage(), e);
    }
  }

  // The three calls into the loaders of the other layers.

  private static LatentModel openBundledModel(String name) throws IOException {
    return LatentModels.openBundled(name);
  }

  private static LatentModel openModelFolder(Path folder) throws IOException {
    return LatentModels.open(folder);
  }

  private static ImageSet trainingData(String spec) throws IOException {
    Preloaded p = PRELOADED.getAndSet(null);
    if (p != null && p.spec().equals(spec)) {
      try {
        return p.data().join();
      } catch (java.util.concurrent.CompletionException e) {
        // Read it again below, so the failure surfaces with its own message.
      }
    }
    return DataSources.fromEnvironment().training(spec);
  }

  /** The first pair's training data, being read before anyone asked for it (see preload). */
  private record Preloaded(String spec, java.util.concurrent.CompletableFuture<ImageSet> data) {}

  private static final java.util.concurrent.atomic.AtomicReference<Preloaded> PRELOADED =
      new java.util.concurrent.atomic.AtomicReference<>();

  /**
   * Starts reading, in the background, what opening the first bundled pair needs and the engine
   * does not: the model files' JSON reader (Jackson's set-up takes ~0.3 s of a start-up on the
   * window's JIT settings) and the pair's training data. The window calls this while libtorch loads
   * and the toolkit starts, so neither waits for the other; the next open of that data takes the
   * result (or, if reading failed, reads again and reports the failure itself).
   */
  static void preload() {
    String spec = PAIRS.values().iterator().next().data();
    java.util.concurrent.CompletableFuture<ImageSet> data =
        new java.util.concurrent.CompletableFuture<>();
    PRELOADED.set(new Preloaded(spec, data));
    Thread t =
        new Thread(
            () -> {
              try {
                org.latentlab.model.ModelJson.warmUp();
                data.complete(DataSources.fromEnvironment().training(spec));
              } catch (IOException | RuntimeException e) {
                data.completeExceptionally(e);
              }
            },
            "latentlab-preload");
    t.setDaemon(true);
    t.start();
  }
}
