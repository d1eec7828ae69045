package org.latentlab.train;

import ai.djl.ndarray.NDArray;
import ai.djl.training.optimizer.Optimizer;
import java.util.HashMap;
import java.util.Map;

/**
 * Adam (Kingma and Ba, 2015) exactly as {@code torch.optim.Adam} computes it, written with in-place
 * tensor operations so that a step reads and writes as little memory as possible.
 *
 * <pre>
 *   m ← β1 m + (1 − β1) g          v ← β2 v + (1 − β2) g²
 *   w ← w − lr/(1 − β1^t) · m / ( √(v / (1 − β2^t)) + ε )
 * </pre>
 *
 * <p>The moments are stored scaled, m̃ = m / (1 − β1) and ṽ = v / (1 − β2), so that each update is
 * one multiply and one add with no scaled copy of the gradient, and the constants fold into one
 * step size and one ε per step. A step is eleven passes over the parameter and two temporary
 * tensors; DJL's built-in Adam makes twelve passes and five temporaries (it clones the gradient and
 * allocates four intermediate results), which on this CPU cost more in fresh memory pages than in
 * arithmetic.
 *
 * <p>Where it can (Linux x86-64, every array one block of float32 memory) the same arithmetic runs
 * fused in one pass over memory, {@link FusedAdam}; these tensor operations are the rest.
 *
 * <p><b>The gradient is consumed.</b> {@link #update} uses it as scratch space and leaves it zero,
 * ready for the next backward pass: PyTorch adds each backward pass into the existing gradient, and
 * DJL's {@code Trainer.step()} zeroes it after the update; a training loop that calls this
 * optimizer directly gets the same clean slate from here.
 */
public final class InPlaceAdam extends Optimizer {
  private static final float BETA1 = 0.9f;
  private static final float BETA2 = 0.999f;
  private static final float EPSILON = 1e-8f;

  private final float learningRate;
  private final boolean mayFuse;
  private final Map<String, Moments> moments = new HashMap<>();

  private InPlaceAdam(Builder builder) {
    super(builder);
    this.learningRate = builder.learningRate;
    this.mayFuse = builder.mayFuse;
  }

  /** Adam with PyTorch's defaults (β1 0.9, β2 0.999, ε 1e-8) and the given learning rate. */
  public static InPlaceAdam withLearningRate(double learningRate) {
    if (!(learningRate > 0) || !Double.isFinite(learningRate)) {
      throw new IllegalArgumentException("learning rate must be positive, got " + learningRate);
    }
    Builder b = new Builder();
    b.learningRate = (float) learningRate;
    b.mayFuse = FusedAdam.available();
    return new InPlaceAdam(b);
  }

  /**
   * How this process takes Adam's steps, for {@code info} and the training report: "fused (AVX2)",
   * "fused (SSE2)" or "tensor operations".
   */
  public static String implementation() {
    String f = FusedAdam.function();
    return f == null
        ? "tensor operations"
        : FusedAdam.AVX2.equals(f) ? "fused (AVX2)" : "fused (SSE2)";
  }

  /** The same Adam, always through tensor operations (to compare the fused step with). */
  static InPlaceAdam withTensorOperations(double learningRate) {
    InPlaceAdam fusable = withLearningRate(learningRate);
    Builder b = new Builder();
    b.learningRate = fusable.learningRate;
    b.mayFuse = false;
    return new InPlaceAdam(b);
  }

  /**
   * One Adam step on {@code weight}; {@code gradient} is left zero.
   *
   * @param parameterId identifies the parameter's moment estimates across steps
   * @param weight updated in place
   * @param gradient the parameter's gradient (overwritten, then zeroed)
   */
  @Override
  public void update(String parameterId, NDArray weight, NDArray gradient) {
    Moments state =
        moments.computeIfAbsent(
            parameterId, id -> new Moments(weight.zerosLike(), weight.zerosLike()));
    int t = ++state.steps;
    NDArray m = state.m;
    NDArray v = state.v;
    double bc1 = 1 - Math.pow(BETA1, t);
    double bc2 = 1 - Math.pow(BETA2, t);
    // v / bc2 = c² ṽ with c = √((1 − β2) / bc2), so the denominator is c (√ṽ + ε / c).
    double c = Math.sqrt((1 - BETA2) / bc2);
    float stepSize = (float) (learningRate * (1 - BETA1) / (bc1 * c));
    float epsilon = (float) (EPSILON / c);

    if (state.fused == null) {
      state.fused =
          mayFuse
              && gradient.size() == weight.size()
              && FusedAdam.writableInPlace(weight)
              && FusedAdam.writableInPlace(gradient)
              && FusedAdam.writableInPlace(m)
              && FusedAdam.writableInPlace(v);
    }
    if (state.fused) {
      FusedAdam.step(weight, gradient, m, v, BETA1, BETA2, stepSize, epsilon);
      return;
    }
    m.muli(BETA1).addi(gradient); // m̃ ← β1 m̃ + g
    gradient.muli(gradient); // g ← g²
    v.muli(BETA2).addi(gradient); // ṽ ← β2 ṽ + g²
    gradient.muli(0f); // ready for the next backward pass
    try (NDArray denominator = v.sqrt()) {
      denominator.addi(epsilon);
      // The weight is a leaf that requires a gradient; its detached view shares the storage and
      // may be written in place whether or not this thread records gradients.
      try (NDArray step = m.div(denominator);
          NDArray w = weight.stopGradient()) {
        w.subi(step.muli(stepSize));
      }
    }
  }

  /** One parameter's scaled moments m̃, ṽ (owned by the weight's manager) and its step count. */
  private static final class Moments {
    final NDArray m;
    final NDArray v;
    int steps;
    Boolean fused; // whether FusedAdam takes this parameter's steps; decided at the first

    Moments(NDArray m, NDArray v) {
      this.m = m;
      this.v = v;
    }
  }

  private static final class Builder extends OptimizerBuilder<Builder> {
    private float learningRate;
    private boolean mayFuse;

    @Override
    protected Builder self() {
      return this;
    }
  }
}
