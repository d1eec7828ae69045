#!/bin/sh
# Rebuilds the MKL vendor shim shipped in src/main/resources (run from anywhere).
#   sh src/main/native/build-mkl-shim.sh [OUT]
# The flags make the build reproducible: no C library (-nostdlib), no build id, no compiler ident,
# no unwind tables, stripped. Built with gcc 12.2.0 (Debian 12) for the shipped file;
# MklShimBinaryTest rebuilds it with the same command and compares.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
out=${1:-$here/../resources/org/latentlab/native/linux-x86-64/liblatentlab_mkl_shim.so}
${CC:-gcc} -std=c99 -O2 -fPIC -fno-ident -fno-asynchronous-unwind-tables -shared -nostdlib \
  -Wl,--build-id=none -Wl,--hash-style=gnu -Wl,-z,noseparate-code -Wl,-z,norelro \
  -Wl,-soname,liblatentlab_mkl_shim.so -s \
  -o "$out" "$here/mkl_vendor_shim.c"
