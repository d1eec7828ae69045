package org.latentlab.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.latentlab.data.ClassNames;

/** The metadata files already on disk are read and written back byte for byte. */
class MetadataJsonTest {

  static String bundled(String name) throws IOException {
    try (InputStream in =
        MetadataJsonTest.class.getResourceAsStream("/models/" + name + "/" + ModelStore.METADATA)) {
      assertNotNull(in, name + " is bundled");
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  @Test
  void everyBundledAutoencoderRoundTripsByteForByte() throws IOException {
    for (String name : List.of("mnist-ae", "mnist-vae", "fashion-ae", "fashion-vae")) {
      String text = bundled(name);
      assertEquals(text, MetadataJson.write(MetadataJson.read(text, name), null), name);
    }
  }

  @Test
  void anUntrainedModelHasNoTrainingObject() throws ModelFormatException {
    ModelMetadata m =
        new ModelMetadata(
            ModelSpec.defaults(ModelKind.VAE), ClassNames.DIGITS, "mnist", 1, 1, null);
    String text = MetadataJson.write(m, null);
    assertEquals(-1, text.indexOf("training"), text);
    assertEquals(m, MetadataJson.read(text, "x"));
  }
}
