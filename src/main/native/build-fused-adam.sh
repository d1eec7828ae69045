#!/bin/sh
# Rebuilds the fused Adam step shipped in src/main/resources (run from anywhere).
#   sh src/main/native/build-fused-adam.sh [OUT]
# Baseline x86-64 (SSE2, four floats at a time): the step is bound by memory, not arithmetic, and
# the file runs on every x86-64 CPU. The other flags make the build reproducible, as for the MKL
# shim: no C library, no build id, no compiler ident, no unwind tables, stripped. Built with gcc
# 12.2.0 (Debian 12) for the shipped file; FusedAdamBinaryTest rebuilds it and compares.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
out=${1:-$here/../resources/org/latentlab/native/linux-x86-64/liblatentlab_fused_adam.so}
${CC:-gcc} -std=c99 -O3 -fno-math-errno -ffp-contract=off -fPIC -fno-ident \
  -fno-asynchronous-unwind-tables -shared -nostdlib \
  -Wl,--build-id=none -Wl,--hash-style=gnu -Wl,-z,noseparate-code -Wl,-z,norelro \
  -Wl,-soname,liblatentlab_fused_adam.so -s \
  -o "$out" "$here/fused_adam.c"
