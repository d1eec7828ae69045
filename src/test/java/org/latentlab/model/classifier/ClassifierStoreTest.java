package org.latentlab.model.classifier;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.djl.util.Pair;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.latentlab.data.ClassNames;
import org.latentlab.inference.LatentModels;
import org.latentlab.inference.classifier.ImageClassifier;
import org.latentlab.inference.classifier.ImageClassifiers;
import org.latentlab.model.ModelStore;
import org.latentlab.testing.ModelFiles;

class ClassifierStoreTest {
  @TempDir Path tmp;

  private static ClassifierMetadata metadata(List<Integer> filters, List<Integer> hidden) {
    return new ClassifierMetadata(
        new ClassifierSpec(28, 28, 10, filters, hidden),
        ClassNames.DIGITS,
        "test",
        new ClassifierMetadata.Training(
            100, 2, 32, 1e-3, 3, 2, 0.5, 0.8, 10, 0.7, "2026-11-21T00:00:00Z"));
  }

  private static float[][] images() {
    Random r = new Random(5);
    float[][] x = new float[7][784];
    for (float[] row : x) {
      for (int p = 0; p < row.length; p++) {
        row[p] = r.nextFloat();
      }
    }
    return x;
  }

  @Test
  void saveThenLoadClassifiesBitForBitForCnnAndMlp() throws IOException {
    for (List<Integer> filters : List.of(List.of(4, 8), List.<Integer>of())) {
      Path dir = tmp.resolve("c" + filters.size());
      float[][] before;
      ClassifierMetadata meta = metadata(filters, List.of(16));
      ClassifierModel model = ClassifierModel.create(meta);
      try (ImageClassifier c = ImageClassifiers.wrap(model, "x")) {
        ClassifierStore.save(model, dir);
        before = c.probabilities(images());
      }
      assertTrue(ClassifierStore.isClassifier(dir));
      assertEquals(meta, ClassifierStore.readMetadata(dir));
      try (ImageClassifier loaded = ImageClassifiers.open(dir)) {
        float[][] after = loaded.probabilities(images());
        for (int i = 0; i < before.length; i++) {
          assertArrayEquals(before[i], after[i], 0f);
          double sum = 0;
          for (float p : after[i]) {
            sum += p;
          }
          assertEquals(1.0, sum, 1e-5, "probabilities sum to one");
        }
        assertEquals(ClassNames.DIGITS, loaded.info().classNames());
        assertEquals(meta.spec().describe(), loaded.info().architecture());
      }
    }
  }

  @Test
  void theSpecCountsTheParametersTheNetworkHas() {
    for (ClassifierSpec spec :
        List.of(
            ClassifierSpec.defaults(28, 28, 10),
            new ClassifierSpec(28, 28, 10, List.of(), List.of(256)),
            new ClassifierSpec(20, 30, 4, List.of(3), List.of()))) {
      try (ClassifierModel m =
          ClassifierModel.create(
              new ClassifierMetadata(spec, ClassNamesFor.n(spec.classes()), "t", null))) {
        long n = 0;
        for (Pair<String, ai.djl.nn.Parameter> p : m.network().getParameters()) {
          n += p.getValue().getArray().size();
        }
        assertEquals(spec.parameterCount(), n, spec.describe());
      }
    }
    assertEquals("conv16-conv32-128-10", ClassifierSpec.defaults(28, 28, 10).describe());
  }

  @Test
  void aTruncatedOrMismatchedFolderIsRefusedWithItsName() throws IOException {
    Path dir = tmp.resolve("c");
    ClassifierMetadata meta = metadata(List.of(4), List.of(8));
    try (ClassifierModel m = ClassifierModel.create(meta)) {
      ClassifierStore.save(m, dir);
    }
    byte[] params = Files.readAllBytes(dir.resolve(ModelStore.PARAMS));
    Files.write(dir.resolve(ModelStore.PARAMS), java.util.Arrays.copyOf(params, params.length / 2));
    IOException e = assertThrows(IOException.class, () -> ClassifierStore.load(dir).close());
    assertTrue(e.getMessage().contains("c/model.params is damaged"), e.getMessage());
    ModelFiles.withoutChecksum(dir); // as saved before checksums: the shapes catch it
    e = assertThrows(IOException.class, () -> ClassifierStore.load(dir).close());
    assertTrue(e.getMessage().contains("truncated"), e.getMessage());

    Files.write(dir.resolve(ModelStore.PARAMS), params);
    String json = Files.readString(dir.resolve(ModelStore.METADATA));
    Files.writeString(
        dir.resolve(ModelStore.METADATA), json.replace("\"hidden\" : [ 8 ]", "\"hidden\" : [ 9 ]"));
    e = assertThrows(IOException.class, () -> ClassifierStore.load(dir).close());
    assertTrue(e.getMessage().contains(dir.toString()), e.getMessage());
  }

  @Test
  void anAutoencoderLoaderSaysTheFolderHoldsAClassifier() throws IOException {
    Path dir = tmp.resolve("c");
    try (ClassifierModel m = ClassifierModel.create(metadata(List.of(), List.of(8)))) {
      ClassifierStore.save(m, dir);
    }
    IOException e = assertThrows(IOException.class, () -> LatentModels.open(dir).close());
    assertTrue(e.getMessage().contains("holds a classifier"), e.getMessage());
    assertFalse(ClassifierStore.isClassifier(tmp));
  }

  /** Class names "c0".."c{n-1}". */
  static final class ClassNamesFor {
    static List<String> n(int n) {
      return java.util.stream.IntStream.range(0, n).mapToObj(i -> "c" + i).toList();
    }
  }
}
