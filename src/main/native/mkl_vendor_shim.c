/*
 * LatentLab's MKL vendor shim (see MklShim.java and README.md, "MKL on AMD CPUs").
 *
 * libtorch's bundled oneMKL asks mkl_serv_intel_cpu_true() whether the CPU is an Intel one and,
 * on any other vendor, runs its generic kernels even when the CPU has AVX2 or AVX-512. This library
 * defines the same exported symbol; loaded into the global symbol scope before libtorch, it answers
 * for libtorch's own copy and MKL picks the kernels the CPU's instruction set supports.
 *
 * Built by build-mkl-shim.sh (no C library, no build id, stripped: the same bytes on every build
 * with the same gcc).
 */
int mkl_serv_intel_cpu_true(void) { return 1; }
