package org.latentlab.testing;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.latentlab.ui.explorer.ExplorerSession;
import org.latentlab.ui.explorer.ExplorerSource;

/** Bundled "pairs" of fake models, and folders that never open. */
public final class FakeSource implements ExplorerSource {
  static final List<String> FASHION =
      List.of(
          "T-shirt/top",
          "Trouser",
          "Pullover",
          "Dress",
          "Coat",
          "Sandal",
          "Shirt",
          "Sneaker",
          "Bag",
          "Ankle boot");
  private final int count;

  public FakeSource(int count) {
    this.count = count;
  }

  /** A fresh session of fake models on {@code count} fake images. */
  public static ExplorerSession session(int count) {
    return new ExplorerSession(
        "Fake", FakeImages.digits(count), FakeLatentModel.autoencoder(), FakeLatentModel.vae());
  }

  @Override
  public List<String> bundledNames() {
    return List.of("Fake digits", "Fake 3-D", "Fake fashion");
  }

  @Override
  public ExplorerSession openBundled(String name) throws IOException {
    if (name.equals("Fake 3-D")) {
      return new ExplorerSession(
          name,
          FakeImages.digits(count),
          new FakeLatentModel("Fake AE 3-D", false, 3, 0.6),
          new FakeLatentModel("Fake VAE 3-D", true, 3, 0.3));
    }
    if (name.equals("Fake fashion")) {
      return new ExplorerSession(
          name,
          new FakeImages(Math.max(2 * count, 12_000), 9, FASHION),
          FakeLatentModel.autoencoder(),
          FakeLatentModel.vae());
    }
    if (name.equals("Fake digits")) {
      return new ExplorerSession(
          name, FakeImages.digits(count), FakeLatentModel.autoencoder(), FakeLatentModel.vae());
    }
    throw new IOException("no bundled pair called " + name);
  }

  /** The classifiers handed out, in order (the hole map opens one per data set). */
  public final java.util.List<FakeClassifier> classifiers =
      new java.util.concurrent.CopyOnWriteArrayList<>();

  @Override
  public java.util.Optional<org.latentlab.inference.classifier.ImageClassifier> openClassifier(
      String dataset) {
    if (!dataset.equals("fake")) {
      return java.util.Optional.empty();
    }
    FakeClassifier c = new FakeClassifier();
    classifiers.add(c);
    return java.util.Optional.of(c);
  }

  @Override
  public ExplorerSession openFolder(Path folder, ExplorerSession current) throws IOException {
    // A folder named fake-vae… or fake-ae… holds a fake model of that kind; anything else is not
    // a model folder.
    String name = String.valueOf(folder.getFileName());
    if (current != null && name.startsWith("fake-vae")) {
      return new ExplorerSession(
          name, current.images(), current.autoencoder(), new FakeLatentModel(name, true, 2, 0.3));
    }
    if (current != null && name.startsWith("fake-ae")) {
      return new ExplorerSession(
          name, current.images(), new FakeLatentModel(name, false, 2, 0.6), current.vae());
    }
    throw new IOException("not a model folder (no model.json): " + folder);
  }

  /** "fake-vae…" and "fake-ae…" models of the kind their names say, on either plane. */
  @Override
  public List<String> bundledModels(String dataset) {
    return List.of("fake-ae-b", "fake-vae-b");
  }

  @Override
  public ExplorerSession openOnPlane(String model, ExplorerSession current, boolean left)
      throws IOException {
    if (current == null || !(model.startsWith("fake-vae") || model.startsWith("fake-ae"))) {
      throw new IOException("no model " + model);
    }
    FakeLatentModel m = new FakeLatentModel(model, model.startsWith("fake-vae"), 2, 0.4);
    return new ExplorerSession(
        current.title() + " \u00b7 " + model,
        current.images(),
        left ? m : current.autoencoder(),
        left ? current.vae() : m);
  }
}
