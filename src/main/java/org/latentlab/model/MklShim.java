package org.latentlab.model;

import com.sun.jna.Function;
import com.sun.jna.Library;
import com.sun.jna.NativeLibrary;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/**
 * Lets libtorch's bundled oneMKL run the kernels the CPU can run, not the ones its vendor check
 * allows.
 *
 * <p>oneMKL asks {@code mkl_serv_intel_cpu_true()}, a symbol {@code libtorch_cpu.so} exports,
 * whether the CPU is an Intel one; on any other vendor it runs generic kernels, even on a CPU with
 * AVX2 or AVX-512 (an AMD EPYC here: a 128×784 by 784×512 product took twice as long). A 1 kB
 * library ({@code src/main/native/mkl_vendor_shim.c}, shipped prebuilt as a resource) defines that
 * symbol to answer yes. Loaded into the global symbol scope ({@code RTLD_GLOBAL}) before libtorch,
 * it wins the dynamic linker's lookup for libtorch's calls, and MKL dispatches by instruction set.
 *
 * <p>On by default only where that applies: Linux x86-64 and a CPU vendor other than GenuineIntel
 * (Intel CPUs pass the check anyway; macOS and Windows builds of libtorch export no such symbol).
 * Off with {@code -Dlatentlab.mkl.shim=off}, {@code LATENTLAB_MKL_SHIM=off} or the CLI's {@code
 * --no-mkl-shim}. {@link EngineSetup#configure} calls {@link #loadIfApplicable()} before the engine
 * starts, so the window, the CLI, the tests and child JVMs all get it.
 */
public final class MklShim {
  /**
   * The system property that turns the shim off ({@code off}) or leaves the default ({@code on}).
   */
  public static final String PROPERTY = "latentlab.mkl.shim";

  /** The environment variable with the same meaning; the property wins when both are set. */
  public static final String ENV = "LATENTLAB_MKL_SHIM";

  /** The CLI's global option with the same effect (it sets {@value #PROPERTY}). */
  static final String NO_SHIM_OPTION = "--no-mkl-shim";

  static final String LIBRARY = "liblatentlab_mkl_shim.so";
  static final String RESOURCE = "/org/latentlab/native/linux-x86-64/" + LIBRARY;
  private static final int RTLD_NOW = 0x2;
  private static final int RTLD_GLOBAL = 0x100;

  /** Whether to load the shim and why, in words a user reads. */
  public record Decision(boolean load, String reason) {}

  /**
   * What happened: whether the shim is on and why, and the code path MKL itself reports.
   *
   * @param on whether the shim is loaded
   * @param reason why (or why not)
   * @param codePath MKL's branch, e.g. "AVX-512 (MKL_CBWR_AVX512_E1)", once the engine runs
   */
  public record Status(boolean on, String reason, String codePath) {
    /** One line for {@code info}, {@code --version} and {@code bench}. */
    public String line() {
      return "MKL        "
          + codePath
          + "; vendor shim "
          + (on ? "on" : "off")
          + " ("
          + reason
          + ")";
    }
  }

  private static volatile Decision decision;
  // Held for the life of the process: libtorch's calls are bound into this library.
  private static volatile NativeLibrary loaded;

  private MklShim() {}

  /**
   * Decides from the platform, the CPU vendor and the two switches.
   *
   * @param os {@code os.name}
   * @param arch {@code os.arch}
   * @param vendor the CPU's {@code vendor_id}, or null when unknown
   * @param property {@value #PROPERTY}, or null
   * @param env {@value #ENV}, or null
   */
  static Decision decide(String os, String arch, String vendor, String property, String env) {
    String setting = property != null ? property : env;
    String source = property != null ? "-D" + PROPERTY + "=" + property : ENV + "=" + env;
    if (setting != null) {
      String s = setting.strip().toLowerCase(Locale.ROOT);
      if (s.equals("off") || s.equals("false") || s.equals("0")) {
        return new Decision(
            false,
            "turned off by " + (property != null ? source + " or " + NO_SHIM_OPTION : source));
      }
      if (!(s.equals("on") || s.equals("true") || s.equals("1") || s.isEmpty())) {
        return new Decision(false, source + " is not on or off; left off");
      }
    }
    if (!os.toLowerCase(Locale.ROOT).startsWith("linux")) {
      return new Decision(false, "not needed on " + os + ": only Linux libtorch exports the check");
    }
    if (!(arch.equals("amd64") || arch.equals("x86_64"))) {
      return new Decision(false, "not needed on " + arch + ": MKL is for x86-64 only");
    }
    if (vendor == null) {
      return new Decision(false, "the CPU vendor is unknown (no vendor_id in /proc/cpuinfo)");
    }
    if (vendor.equals("GenuineIntel")) {
      return new Decision(false, "not needed: an Intel CPU passes MKL's vendor check");
    }
    return new Decision(true, vendor + " CPU; MKL's vendor check would pick generic kernels");
  }

  /**
   * Loads the shim into the global symbol scope if {@link #decide} says so, once per process. Call
   * before the engine starts; later calls return the first decision.
   */
  static synchronized Decision loadIfApplicable() {
    if (decision != null) {
      return decision;
    }
    Decision d =
        decide(
            System.getProperty("os.name", ""),
            System.getProperty("os.arch", ""),
            cpuVendor(),
            System.getProperty(PROPERTY),
            System.getenv(ENV));
    if (d.load()) {
      try {
        Path file = extract();
        loaded =
            NativeLibrary.getInstance(
                file.toString(), Map.of(Library.OPTION_OPEN_FLAGS, RTLD_GLOBAL | RTLD_NOW));
      } catch (IOException | RuntimeException | LinkageError e) {
        d = new Decision(false, "could not be loaded: " + e.getMessage());
      }
    }
    decision = d;
    return d;
  }

  /** Whether the shim is on and the code path MKL reports; starts the engine if nothing has yet. */
  public static Status status() {
    EngineSetup.engine();
    Decision d = loadIfApplicable();
    return new Status(d.load(), d.reason(), codePath());
  }

  /** The JVM options that give a child JVM the same decision when a switch turned it off here. */
  public static java.util.List<String> childJvmOptions() {
    String p = System.getProperty(PROPERTY);
    return p == null ? java.util.List.of() : java.util.List.of("-D" + PROPERTY + "=" + p);
  }

  /**
   * The instruction-set branch MKL picked, from its own {@code mkl_serv_cbwr_get_auto_branch} (the
   * branch {@code MKL_CBWR=AUTO} resolves to, which is the one its kernels dispatch on; its {@code
   * MKL_VERBOSE} banner names the vendor check's view only and says "Intel(R) Architecture
   * processors" either way).
   */
  static String codePath() {
    try {
      NativeLibrary torch = NativeLibrary.getInstance("libtorch_cpu.so");
      Function f = torch.getFunction("mkl_serv_cbwr_get_auto_branch");
      return branchName(f.invokeInt(new Object[0]));
    } catch (UnsatisfiedLinkError e) {
      return "not reported (this libtorch exports no MKL branch query)";
    }
  }

  /** A name for an {@code MKL_CBWR_*} branch constant of {@code mkl_cbwr.h}. */
  static String branchName(int branch) {
    String name =
        switch (branch) {
          case 2 -> "generic kernels (MKL names no instruction-set branch)";
          case 3 -> "generic kernels (MKL_CBWR_COMPATIBLE)";
          case 4 -> "SSE2 (MKL_CBWR_SSE2)";
          case 6 -> "SSSE3 (MKL_CBWR_SSSE3)";
          case 7 -> "SSE4.1 (MKL_CBWR_SSE4_1)";
          case 8 -> "SSE4.2 (MKL_CBWR_SSE4_2)";
          case 9 -> "AVX (MKL_CBWR_AVX)";
          case 10 -> "AVX2 (MKL_CBWR_AVX2)";
          case 12 -> "AVX-512 (MKL_CBWR_AVX512)";
          case 14 -> "AVX-512 with VNNI (MKL_CBWR_AVX512_E1)";
          default -> null;
        };
    return name != null ? name : "MKL branch " + branch;
  }

  /** The CPU vendor from /proc/cpuinfo, or null. */
  static String cpuVendor() {
    try {
      for (String line : Files.readAllLines(Path.of("/proc/cpuinfo"))) {
        if (line.startsWith("vendor_id")) {
          return line.substring(line.indexOf(':') + 1).strip();
        }
      }
    } catch (IOException | RuntimeException e) {
      // not Linux, or no procfs: unknown
    }
    return null;
  }

  /** The shim as a file, extracted from the jar ({@link BundledNativeLibrary#extract}). */
  static Path extract() throws IOException {
    return BundledNativeLibrary.extract(RESOURCE, LIBRARY);
  }
}
