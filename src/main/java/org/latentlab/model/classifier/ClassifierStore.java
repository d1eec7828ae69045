package org.latentlab.model.classifier;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.latentlab.model.ModelJson;
import org.latentlab.model.ModelLoader;
import org.latentlab.model.ModelStore;

/**
 * Classifier folders: the same layout as the autoencoders' ({@value ModelStore#PARAMS} and {@value
 * ModelStore#METADATA}, written atomically by {@link ModelStore}, checked by {@link ModelLoader}),
 * with {@code "kind": "classifier"} in the metadata.
 */
public final class ClassifierStore {
  private static final String WHAT = "classifier";

  private ClassifierStore() {}

  /** Saves {@code model} as the folder {@code target}, replacing an earlier model there. */
  public static void save(ClassifierModel model, Path target) throws IOException {
    ModelStore.saveFolder(
        model.network(), parameters -> ClassifierJson.write(model.metadata(), parameters), target);
  }

  /** Whether {@code folder} holds a classifier (false for an autoencoder or anything else). */
  public static boolean isClassifier(Path folder) {
    Path meta = folder.resolve(ModelStore.METADATA);
    try {
      return Files.isRegularFile(meta)
          && ModelJson.CLASSIFIER.equals(
              ModelJson.kind(Files.readString(meta, StandardCharsets.UTF_8)));
    } catch (IOException e) {
      return false;
    }
  }

  /** Reads only the metadata of a classifier folder. */
  public static ClassifierMetadata readMetadata(Path folder) throws IOException {
    return ModelLoader.readMetadata(folder, ClassifierJson::read);
  }

  /** Loads the classifier folder {@code folder}, checking metadata and parameter shapes. */
  public static ClassifierModel load(Path folder) throws IOException {
    return ModelLoader.loadFolder(folder, WHAT, ClassifierStore::load);
  }

  /** Loads a bundled classifier ("mnist-classifier", "fashion-classifier"). */
  public static ClassifierModel loadBundled(String name) throws IOException {
    return ModelLoader.loadBundled(name, WHAT, ClassifierStore::load);
  }

  private static ClassifierModel load(String json, InputStream params, String where)
      throws IOException {
    ClassifierMetadata metadata = ClassifierJson.read(json, where + "/" + ModelStore.METADATA);
    return ModelLoader.readParameters(
        ClassifierModel.uninitialized(metadata), params, where, metadata.spec().describe());
  }
}
