package org.latentlab.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * When the MKL vendor shim is loaded, and what a user is told: on by default only on Linux x86-64
 * with a non-Intel CPU, off by either switch, a no-op that says why everywhere else.
 */
class MklShimTest {

  @ParameterizedTest(name = "{0} {1} {2}, -D={3}, env={4}: load={5}")
  @CsvSource(
      nullValues = "-",
      value = {
        "Linux,    amd64,   AuthenticAMD, -,   -,   true,  AuthenticAMD CPU",
        "Linux,    x86_64,  HygonGenuine, -,   -,   true,  HygonGenuine CPU",
        "Linux,    amd64,   GenuineIntel, -,   -,   false, an Intel CPU passes",
        "Linux,    amd64,   -,            -,   -,   false, vendor is unknown",
        "Linux,    aarch64, -,            -,   -,   false, not needed on aarch64",
        "Mac OS X, aarch64, -,            -,   -,   false, not needed on Mac OS X",
        "Windows 11, amd64, AuthenticAMD, -,   -,   false, not needed on Windows 11",
        "Linux,    amd64,   AuthenticAMD, off, -,   false, turned off by -Dlatentlab.mkl.shim=off",
        "Linux,    amd64,   AuthenticAMD, -,   off, false, turned off by LATENTLAB_MKL_SHIM=off",
        "Linux,    amd64,   AuthenticAMD, -,   OFF, false, turned off by LATENTLAB_MKL_SHIM=OFF",
        "Linux,    amd64,   AuthenticAMD, on,  off, true,  AuthenticAMD CPU",
        "Linux,    amd64,   AuthenticAMD, -,   on,  true,  AuthenticAMD CPU",
        "Linux,    amd64,   AuthenticAMD, -,   maybe, false, LATENTLAB_MKL_SHIM=maybe is not on or off",
      })
  void decidesFromPlatformVendorAndSwitches(
      String os,
      String arch,
      String vendor,
      String property,
      String env,
      boolean load,
      String reasonSays) {
    MklShim.Decision d = MklShim.decide(os, arch, vendor, property, env);
    assertEquals(load, d.load(), d.reason());
    assertTrue(d.reason().contains(reasonSays), d.reason());
  }

  @Test
  void namesMklBranchesAsItsHeaderDoes() {
    assertTrue(MklShim.branchName(14).contains("AVX-512"));
    assertTrue(MklShim.branchName(10).contains("AVX2"));
    assertTrue(MklShim.branchName(2).contains("generic"));
    assertTrue(MklShim.branchName(3).contains("generic"));
    assertEquals("MKL branch 99", MklShim.branchName(99));
  }

  /**
   * In this JVM (surefire sets no switch), on a machine where the shim applies, MKL itself reports
   * an instruction-set branch instead of its generic kernels, and {@code info} says so.
   */
  @Test
  void onAnAmdLinuxMachineMklReportsItsVectorKernels() {
    MklShim.Status s = MklShim.status();
    assertTrue(s.line().startsWith("MKL "), s.line());
    assertTrue(s.line().contains("vendor shim " + (s.on() ? "on" : "off")), s.line());
    assumeTrue(
        MklShim.decide(
                System.getProperty("os.name"),
                System.getProperty("os.arch"),
                MklShim.cpuVendor(),
                System.getProperty(MklShim.PROPERTY),
                System.getenv(MklShim.ENV))
            .load(),
        "the shim does not apply here: " + s.reason());
    assertTrue(s.on(), s.reason());
    assertFalse(s.codePath().contains("generic"), s.codePath());
  }
}
