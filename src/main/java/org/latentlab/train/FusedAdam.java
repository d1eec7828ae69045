package org.latentlab.train;

import ai.djl.Device;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.types.DataType;
import com.sun.jna.Native;
import com.sun.jna.NativeLibrary;
import com.sun.jna.Pointer;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;
import org.latentlab.model.BundledNativeLibrary;

/**
 * Adam's step in one pass over memory: {@code src/main/native/fused_adam.c}, shipped prebuilt for
 * Linux x86-64 (an SSE2 build for every x86-64 CPU and an AVX2 one), called through JNA's direct
 * mapping on the tensors' own memory. {@link InPlaceAdam} uses it where it can, and its tensor
 * operations everywhere else (macOS, Windows, other CPUs, or with the switch off); the arithmetic
 * is the same, operation for operation.
 *
 * <p>Why: the step is bound by memory traffic and by its square roots and divisions, not by
 * anything a tensor library adds. As tensor operations it is eleven passes over the parameters plus
 * two temporary tensors; fused it is one read and one write of each array (figures in {@code
 * decisions.md}, "Fused Adam").
 *
 * <p>Off with {@code -Dlatentlab.fusedAdam=off} or {@code LATENTLAB_FUSED_ADAM=off}.
 */
final class FusedAdam {
  static final String PROPERTY = "latentlab.fusedAdam";
  static final String ENV = "LATENTLAB_FUSED_ADAM";
  static final String LIBRARY = "liblatentlab_fused_adam.so";
  static final String RESOURCE = "/org/latentlab/native/linux-x86-64/" + LIBRARY;
  static final String SSE2 = "latentlab_adam_step";
  static final String AVX2 = "latentlab_adam_step_avx2";

  /** The build of the step in use, or null where none can run. */
  private static final String FUNCTION = load();

  private FusedAdam() {}

  /** Binds the library's functions and names the one this CPU should run. */
  private static String load() {
    if (isOff(System.getProperty(PROPERTY)) || isOff(System.getenv(ENV))) {
      return null;
    }
    String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
    String arch = System.getProperty("os.arch", "");
    if (!os.startsWith("linux") || !(arch.equals("amd64") || arch.equals("x86_64"))) {
      return null;
    }
    try {
      Native.register(
          Steps.class,
          NativeLibrary.getInstance(BundledNativeLibrary.extract(RESOURCE, LIBRARY).toString()));
      return functionFor(cpuFlags());
    } catch (IOException | RuntimeException | LinkageError e) {
      return null; // the tensor operations do the same work
    }
  }

  /** The library's functions: the arrays' addresses, their length, then the step's constants. */
  private static final class Steps {
    static native void latentlab_adam_step(
        long w, long g, long m, long v, long n, float b1, float b2, float step, float eps);

    static native void latentlab_adam_step_avx2(
        long w, long g, long m, long v, long n, float b1, float b2, float step, float eps);
  }

  private static boolean isOff(String v) {
    return v != null && (v.equalsIgnoreCase("off") || v.equalsIgnoreCase("false") || v.equals("0"));
  }

  /**
   * The build of the step for a CPU with these {@code /proc/cpuinfo} flags. The square roots and
   * divisions bound the loop, so AVX2's wider vectors pay: 0.30–0.39 ms against 0.60 ms for the
   * VAE's 1.07 M parameters here (AVX-512 was no faster, 0.40 ms, and is not built).
   */
  static String functionFor(Set<String> flags) {
    return flags.contains("avx2") ? AVX2 : SSE2;
  }

  private static Set<String> cpuFlags() {
    try (Stream<String> lines = Files.lines(Path.of("/proc/cpuinfo"))) {
      return lines
          .filter(l -> l.startsWith("flags"))
          .findFirst()
          .map(l -> Set.of(l.substring(l.indexOf(':') + 1).trim().split("\\s+")))
          .orElse(Set.of());
    } catch (IOException | RuntimeException e) {
      return Set.of(); // the SSE2 build runs on every x86-64 CPU
    }
  }

  /** Which build of the step runs here ({@link #AVX2}, {@link #SSE2}), or null when none does. */
  static String function() {
    return FUNCTION;
  }

  /** Whether the fused step can run in this process. */
  static boolean available() {
    return FUNCTION != null;
  }

  /**
   * Whether {@code a}'s elements can be written where they live: a float32 CPU tensor whose memory
   * is one block (a tensor that is not is copied by {@code toByteBuffer}, so two calls then give
   * two different addresses).
   */
  static boolean writableInPlace(NDArray a) {
    if (a.getDataType() != DataType.FLOAT32 || !Device.cpu().equals(a.getDevice())) {
      return false;
    }
    long first = elements(a);
    return first != 0 && first == elements(a);
  }

  /** The address of {@code a}'s elements, or 0 when it offers no direct memory. */
  static long elements(NDArray a) {
    ByteBuffer b = a.toByteBuffer(true);
    return b.isDirect() ? Pointer.nativeValue(Native.getDirectBufferPointer(b)) : 0;
  }

  /**
   * One step on all of {@code weight}'s elements, in place; {@code gradient} is left zero. All four
   * arrays must be {@link #writableInPlace} and of one size; call only when {@link #available}.
   */
  static void step(
      NDArray weight,
      NDArray gradient,
      NDArray m,
      NDArray v,
      float beta1,
      float beta2,
      float stepSize,
      float epsilon) {
    long w = elements(weight);
    long g = elements(gradient);
    long mm = elements(m);
    long vv = elements(v);
    long n = weight.size();
    if (AVX2.equals(FUNCTION)) {
      Steps.latentlab_adam_step_avx2(w, g, mm, vv, n, beta1, beta2, stepSize, epsilon);
    } else {
      Steps.latentlab_adam_step(w, g, mm, vv, n, beta1, beta2, stepSize, epsilon);
    }
  }
}
