package org.latentlab.latent.kinds;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** What {@code --noise} and {@code --sparsity} accept, and the one line a wrong spec gets. */
class KindSpecsTest {

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "gaussian:0.5     | GAUSSIAN    | 0.5 | gaussian:0.5",
        "masking:0.3      | MASKING     | 0.3 | masking:0.3",
        "salt-pepper:0.2  | SALT_PEPPER | 0.2 | salt-pepper:0.2",
        "' Gaussian:1 '   | GAUSSIAN    | 1   | gaussian:1",
        "masking:0        | MASKING     | 0   | masking:0",
      })
  void noiseSpecsThatTrain(String spec, Corruption.Type type, double level, String canonical) {
    Corruption c = Corruption.parse(spec);
    assertEquals(type, c.type());
    assertEquals(level, c.level());
    assertEquals(canonical, c.spec());
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "gaussian:1.5  | noise level must be in [0, 1], got 1.5",
        "masking:-0.1  | noise level must be in [0, 1], got -0.1",
        "gauss:0.5     | noise 'gauss:0.5' is not a kind of noise; use gaussian:S, masking:P or"
            + " salt-pepper:P with a level in [0, 1]",
        "masking       | noise 'masking' has no level; use gaussian:S, masking:P or salt-pepper:P"
            + " with a level in [0, 1]",
        "masking:lots  | noise 'masking:lots': 'lots' is not a number; use gaussian:S, masking:P or"
            + " salt-pepper:P with a level in [0, 1]",
        "gaussian:NaN  | noise 'gaussian:NaN': 'nan' is not a number; use gaussian:S, masking:P or"
            + " salt-pepper:P with a level in [0, 1]",
      })
  void noiseSpecsRefusedInOneLine(String spec, String message) {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> Corruption.parse(spec));
    assertEquals(message, e.getMessage());
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "l1:1e-4  | L1 | 0.0001 | l1:0.0001",
        "kl:0.05  | KL | 0.05   | kl:0.05",
        "KL:0.5   | KL | 0.5    | kl:0.5",
      })
  void sparsitySpecsThatTrain(String spec, Sparsity.Type type, double value, String canonical) {
    Sparsity s = Sparsity.parse(spec);
    assertEquals(type, s.type());
    assertEquals(value, s.value(), 1e-12);
    assertEquals(canonical, s.spec());
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "kl:1      | sparsity target must be in (0, 1), got 1",
        "kl:0      | sparsity target must be in (0, 1), got 0",
        "kl:1.2    | sparsity target must be in (0, 1), got 1.2",
        "l1:0      | L1 weight must be positive, got 0",
        "l1:-1e-4  | L1 weight must be positive, got -0.0001",
        "l2:0.1    | sparsity 'l2:0.1' is not a penalty; use l1:LAMBDA (LAMBDA > 0) or kl:RHO (RHO"
            + " in (0, 1))",
        "kl        | sparsity 'kl' has no value; use l1:LAMBDA (LAMBDA > 0) or kl:RHO (RHO in (0,"
            + " 1))",
      })
  void sparsitySpecsRefusedInOneLine(String spec, String message) {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> Sparsity.parse(spec));
    assertEquals(message, e.getMessage());
  }

  @Test
  void noiseKeepsPixelsInRangeAndHitsAboutTheFractionAsked() {
    float[] image = new float[10_000];
    for (int i = 0; i < image.length; i++) {
      image[i] = (i % 3) / 2f; // 0, 0.5, 1
    }
    for (Corruption.Type type : Corruption.Type.values()) {
      float[] noisy = new Corruption(type, 0.3).apply(image, new Random(1));
      int changed = 0;
      for (int i = 0; i < image.length; i++) {
        assertTrue(noisy[i] >= 0 && noisy[i] <= 1, type + " pixel " + noisy[i]);
        changed += noisy[i] != image[i] ? 1 : 0;
      }
      double fraction = changed / (double) image.length;
      switch (type) {
        // a hit pixel keeps its value when it was already 0 (masking) or drew its own value
        case MASKING -> assertEquals(0.3 * 2 / 3, fraction, 0.02);
        case SALT_PEPPER -> assertEquals(0.3 * (2 / 3.0 * 0.5 + 1 / 3.0), fraction, 0.02);
        case GAUSSIAN -> assertTrue(fraction > 0.6, "gaussian noise changed " + fraction);
      }
    }
    float[] clean = new Corruption(Corruption.Type.GAUSSIAN, 0).apply(image, new Random(2));
    assertEquals(java.util.Arrays.toString(image), java.util.Arrays.toString(clean));
    float[] erased = new Corruption(Corruption.Type.MASKING, 1).apply(image, new Random(2));
    for (float p : erased) {
      assertEquals(0f, p);
    }
  }

  @Test
  void theSameSeedGivesTheSameNoisyImage() {
    float[] image = new float[784];
    java.util.Arrays.fill(image, 0.4f);
    Corruption c = Corruption.parse("salt-pepper:0.2");
    assertEquals(
        java.util.Arrays.toString(c.apply(image, new Random(5))),
        java.util.Arrays.toString(c.apply(image, new Random(5))));
  }

  @Test
  void activeUnitsAreThoseAboveTheThreshold() {
    HiddenActivity a = new HiddenActivity(new float[] {0, 0.05f, 0.2f, 2f});
    assertEquals(0.5, a.fractionActive());
    assertEquals((0.05 + 0.2 + 2) / 4, a.mean(), 1e-6);
    assertEquals(2f, a.max());
  }
}
