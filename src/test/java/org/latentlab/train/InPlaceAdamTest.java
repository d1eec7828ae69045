package org.latentlab.train;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.latentlab.model.EngineSetup;

class InPlaceAdamTest {
  /** torch.optim.Adam's single-tensor update, in double precision. */
  private static final class TorchAdamFormula {
    final double[] m;
    final double[] v;
    int t;

    TorchAdamFormula(int n) {
      m = new double[n];
      v = new double[n];
    }

    void step(double[] w, float[] g, double lr) {
      t++;
      double bc1 = 1 - Math.pow(0.9, t);
      double bc2 = 1 - Math.pow(0.999, t);
      for (int i = 0; i < w.length; i++) {
        m[i] = 0.9 * m[i] + 0.1 * g[i];
        v[i] = 0.999 * v[i] + 0.001 * g[i] * g[i];
        double denom = Math.sqrt(v[i]) / Math.sqrt(bc2) + 1e-8;
        w[i] -= lr / bc1 * m[i] / denom;
      }
    }
  }

  /** Both ways to take the step: fused where this machine can, and the tensor operations. */
  static InPlaceAdam adam(boolean fused, double lr) {
    return fused ? InPlaceAdam.withLearningRate(lr) : InPlaceAdam.withTensorOperations(lr);
  }

  @ParameterizedTest(name = "fused: {0}")
  @ValueSource(booleans = {true, false})
  void followsPyTorchsAdamStepByStepAndLeavesTheGradientZero(boolean fused) {
    Random random = new Random(3);
    int n = 64;
    float[] w0 = new float[n];
    for (int i = 0; i < n; i++) {
      w0[i] = (float) random.nextGaussian();
    }
    double[] expected = new double[n];
    for (int i = 0; i < n; i++) {
      expected[i] = w0[i];
    }
    TorchAdamFormula formula = new TorchAdamFormula(n);
    InPlaceAdam adam = adam(fused, 0.01);
    try (NDManager manager = EngineSetup.engine().newBaseManager()) {
      NDArray weight = manager.create(w0);
      for (int step = 1; step <= 50; step++) {
        float[] g = new float[n];
        for (int i = 0; i < n; i++) {
          // gradients over four orders of magnitude, some exactly zero, the sign changing
          g[i] = i % 9 == 0 ? 0f : (float) (random.nextGaussian() * Math.pow(10, -(i % 4)));
        }
        formula.step(expected, g, 0.01);
        NDArray gradient = manager.create(g);
        adam.update("w", weight, gradient);
        assertArrayEquals(
            new float[n], gradient.toFloatArray(), "step " + step + ": gradient not zeroed");
        float[] actual = weight.toFloatArray();
        for (int i = 0; i < n; i++) {
          assertEquals(
              expected[i],
              actual[i],
              2e-6 * Math.max(1, Math.abs(expected[i])),
              "step " + step + ", element " + i);
        }
      }
    }
  }

  @Test
  void onLinuxX86TheFusedStepRunsUnlessSwitchedOff() {
    assumeTrue(
        System.getProperty("os.name").startsWith("Linux")
            && Set.of("amd64", "x86_64").contains(System.getProperty("os.arch")),
        "the fused step is shipped for Linux x86-64");
    assumeTrue(
        System.getenv(FusedAdam.ENV) == null && System.getProperty(FusedAdam.PROPERTY) == null);
    assertTrue(
        Set.of(FusedAdam.SSE2, FusedAdam.AVX2).contains(FusedAdam.function()),
        "fused step: " + FusedAdam.function());
    assertEquals(FusedAdam.AVX2, FusedAdam.functionFor(Set.of("sse2", "avx", "avx2", "fma")));
    assertEquals(FusedAdam.SSE2, FusedAdam.functionFor(Set.of("sse2", "sse4_2")));
  }

  @Test
  void theFusedStepTakesTheSameStepsAsTheTensorOperationsOnALayersWeights() {
    assumeTrue(FusedAdam.available(), "no fused step here");
    InPlaceAdam fused = InPlaceAdam.withLearningRate(1e-3);
    InPlaceAdam tensors = InPlaceAdam.withTensorOperations(1e-3);
    try (NDManager manager = EngineSetup.engine().newBaseManager()) {
      // The decoder's widest layer, 784 × 512: all the vector code and its tail.
      NDArray a = manager.randomUniform(-0.05f, 0.05f, new ai.djl.ndarray.types.Shape(784, 513));
      NDArray b = a.duplicate();
      for (int step = 1; step <= 10; step++) {
        NDArray g = manager.randomNormal(new ai.djl.ndarray.types.Shape(784, 513)).muli(0.01f);
        NDArray ga = g.duplicate();
        NDArray gb = g.duplicate();
        fused.update("w", a, ga);
        tensors.update("w", b, gb);
        assertEquals(0f, ga.abs().max().getFloat(), "fused: gradient zeroed");
        assertEquals(0f, gb.abs().max().getFloat(), "tensors: gradient zeroed");
        float worst = a.sub(b).abs().max().getFloat();
        // Square roots may round one unit apart (libtorch's vector sqrt vs the CPU's): far below
        // one step's change, lr = 1e-3.
        assertTrue(worst <= 1e-7f, "step " + step + ": weights differ by " + worst);
      }
    }
  }

  @Test
  void anArrayThatIsNotOneBlockOfMemoryIsNotWrittenInPlace() {
    try (NDManager manager = EngineSetup.engine().newBaseManager()) {
      NDArray a = manager.zeros(new ai.djl.ndarray.types.Shape(3, 4));
      assertTrue(FusedAdam.writableInPlace(a));
      // A transposed view: toByteBuffer hands out a contiguous copy, which must not be written.
      assertFalse(FusedAdam.writableInPlace(a.transpose()));
    }
  }

  @Test
  void keepsSeparateMomentsPerParameter() {
    InPlaceAdam adam = InPlaceAdam.withLearningRate(0.1);
    try (NDManager manager = EngineSetup.engine().newBaseManager()) {
      NDArray a = manager.create(new float[] {0f});
      NDArray b = manager.create(new float[] {0f});
      for (int i = 0; i < 3; i++) {
        adam.update("a", a, manager.create(new float[] {1f}));
      }
      adam.update("b", b, manager.create(new float[] {-1f}));
      // Adam's first step moves a parameter by exactly the learning rate, against the gradient.
      assertEquals(0.1f, b.getFloat(), 1e-6f);
      assertEquals(-0.3f, a.getFloat(), 1e-5f);
    }
  }

  @Test
  void updatesATrainableWeightOnAThreadThatRecordsGradients() throws Exception {
    // PyTorch's grad mode is per thread and on by default: the GUI trains on such a thread.
    float[] result = new float[1];
    Throwable[] failure = new Throwable[1];
    Thread t =
        new Thread(
            () -> {
              try (NDManager manager = EngineSetup.engine().newBaseManager()) {
                NDArray weight = manager.create(new float[] {1f});
                weight.setRequiresGradient(true);
                InPlaceAdam.withLearningRate(0.5)
                    .update("w", weight, manager.create(new float[] {2f}));
                result[0] = weight.getFloat();
              } catch (Throwable e) {
                failure[0] = e;
              }
            });
    t.start();
    t.join();
    if (failure[0] != null) {
      throw new AssertionError("update failed on a fresh thread", failure[0]);
    }
    assertEquals(0.5f, result[0], 1e-6f);
  }

  @Test
  void rejectsAMeaninglessLearningRate() {
    assertThrows(IllegalArgumentException.class, () -> InPlaceAdam.withLearningRate(0));
    assertThrows(IllegalArgumentException.class, () -> InPlaceAdam.withLearningRate(Double.NaN));
  }
}
