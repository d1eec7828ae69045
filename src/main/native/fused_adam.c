/*
 * LatentLab's fused Adam step (see FusedAdam.java and InPlaceAdam.java).
 *
 * The same arithmetic as InPlaceAdam's tensor operations, in the same order and precision, but in
 * one pass over memory: for every element, with the moments stored scaled (m~ = m / (1 - beta1),
 * v~ = v / (1 - beta2)) and the bias corrections folded into step_size and epsilon by the caller:
 *
 *   m~ <- beta1 m~ + g      v~ <- beta2 v~ + g*g      g <- 0
 *   w  <- w - step_size * m~ / (sqrt(v~) + epsilon)
 *
 * Tensor by tensor, that step is eleven passes over the parameters plus two temporary tensors; here
 * it is one read of w, g, m~, v~ and one write of each. No C library is needed: with
 * -fno-math-errno the square root is the CPU's instruction, and -ffp-contract=off keeps every
 * multiply and add separately rounded, as the tensor operations are.
 *
 * Built by build-fused-adam.sh (no C library, no build id, stripped: the same bytes on every build
 * with the same gcc).
 */
#define ADAM_STEP(name, target)                                                                   \
  target void name(float *restrict w, float *restrict g, float *restrict m, float *restrict v,   \
                   long n, float beta1, float beta2, float step_size, float epsilon) {            \
    for (long i = 0; i < n; i++) {                                                             \
      float gi = g[i];                                                                         \
      float mi = m[i] * beta1;                                                                 \
      mi = mi + gi;                                                                            \
      float g2 = gi * gi;                                                                      \
      float vi = v[i] * beta2;                                                                 \
      vi = vi + g2;                                                                            \
      m[i] = mi;                                                                               \
      v[i] = vi;                                                                               \
      g[i] = 0.0f;                                                                             \
      float d = __builtin_sqrtf(vi) + epsilon;                                                 \
      float s = mi / d;                                                                        \
      s = s * step_size;                                                                       \
      w[i] = w[i] - s;                                                                         \
    }                                                                                          \
  }

/* One body, two instruction sets: SSE2 runs on every x86-64 CPU; the square root and the division
 * bound the loop, so AVX2's wider vectors pay where the CPU has them (0.30-0.39 ms against 0.60 ms
 * for 1.07 M parameters here; AVX-512 was no faster, 0.40 ms). FusedAdam.java picks. */
ADAM_STEP(latentlab_adam_step, )
ADAM_STEP(latentlab_adam_step_avx2, __attribute__((target("avx2"))))
