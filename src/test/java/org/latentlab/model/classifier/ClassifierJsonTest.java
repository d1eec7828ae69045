package org.latentlab.model.classifier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.latentlab.data.ClassNames;
import org.latentlab.model.ModelFormatException;
import org.latentlab.model.ModelStore;

/** The classifier metadata already on disk is read and written back byte for byte. */
class ClassifierJsonTest {

  private static String bundled(String name) throws IOException {
    try (InputStream in =
        ClassifierJsonTest.class.getResourceAsStream(
            "/models/" + name + "/" + ModelStore.METADATA)) {
      assertNotNull(in, name + " is bundled");
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  @Test
  void everyBundledClassifierRoundTripsByteForByte() throws IOException {
    for (String name : List.of("mnist-classifier", "fashion-classifier")) {
      String text = bundled(name);
      assertEquals(text, ClassifierJson.write(ClassifierJson.read(text, name), null), name);
    }
  }

  @Test
  void noValidationAccuracyIsWrittenWhenNothingWasHeldOut() throws ModelFormatException {
    ClassifierMetadata m =
        new ClassifierMetadata(
            ClassifierSpec.defaults(28, 28, 10),
            ClassNames.DIGITS,
            "mnist",
            new ClassifierMetadata.Training(
                100, 1, 10, 1e-3, 1, 0, 0.5, 0.9, 0, Double.NaN, "2026-11-21T00:00:00Z"));
    String text = ClassifierJson.write(m, null);
    assertTrue(!text.contains("validationAccuracy") && text.contains("validationImages"), text);
    assertTrue(Double.isNaN(ClassifierJson.read(text, "x").training().validationAccuracy()));
  }
}
