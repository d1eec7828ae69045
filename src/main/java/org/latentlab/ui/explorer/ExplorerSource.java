package org.latentlab.ui.explorer;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.latentlab.inference.classifier.ImageClassifier;

/**
 * Where sessions come from: the bundled model pairs and model folders on disk. The app implements
 * it over the real loaders; tests pass a fake. Both methods run on the background thread.
 */
public interface ExplorerSource {

  /** The bundled pairs a user can switch between ("MNIST", "Fashion-MNIST"), first is default. */
  List<String> bundledNames();

  /** Opens a bundled pair and its data set. */
  ExplorerSession openBundled(String name) throws IOException;

  /**
   * Opens the model in {@code folder} and puts it in place of the model of its kind in {@code
   * current} (which may be null); the returned session may share models with {@code current}.
   */
  ExplorerSession openFolder(Path folder, ExplorerSession current) throws IOException;

  /**
   * The single bundled models a plane can show on the data set {@code dataset} ("mnist"): e.g.
   * "mnist-ae", "mnist-vae", "mnist-vae-beta0". Either plane can hold any of them.
   */
  default List<String> bundledModels(String dataset) {
    return List.of();
  }

  /**
   * Opens {@code model} (one of {@link #bundledModels} or a model folder's path) on one plane of
   * {@code current}, whatever its kind, keeping the other plane and the data: two VAEs can sit side
   * by side. The model must have been trained on the data shown.
   *
   * @param left the left plane (else the right one)
   */
  default ExplorerSession openOnPlane(String model, ExplorerSession current, boolean left)
      throws IOException {
    throw new IOException("choosing a plane's model is not available here");
  }

  /**
   * The classifier that judges decoded images of the data set {@code dataset} ("mnist", "fashion")
   * for the hole map, or empty when there is none. Runs on the background thread; the caller owns
   * and closes it.
   */
  default Optional<ImageClassifier> openClassifier(String dataset) throws IOException {
    return Optional.empty();
  }

  /** A source with no bundled models, for a view built around a given session. */
  static ExplorerSource none() {
    return new ExplorerSource() {
      @Override
      public List<String> bundledNames() {
        return List.of();
      }

      @Override
      public ExplorerSession openBundled(String name) throws IOException {
        throw new IOException("no bundled models in this build");
      }

      @Override
      public ExplorerSession openFolder(Path folder, ExplorerSession current) throws IOException {
        throw new IOException("opening model folders is not available here");
      }
    };
  }
}
