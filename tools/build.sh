#!/usr/bin/env bash
# Installs the dependencies (Debian 12 packages) and builds Frist.
#   tools/build.sh            normal build in build/
#   tools/build.sh --sanitize AddressSanitizer + UBSan build with clang-19 in build-asan/
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"

bash tools/install-deps.sh

if [[ "${1:-}" == "--sanitize" ]]; then
  dir=build-asan
  flags=(-DFRIST_SANITIZE=ON -DCMAKE_BUILD_TYPE=Debug -DFRIST_BUILD_BENCH=OFF
         -DCMAKE_C_COMPILER=clang-19 -DCMAKE_CXX_COMPILER=clang++-19)
else
  dir=build
  flags=(-DCMAKE_BUILD_TYPE=RelWithDebInfo)
fi

cmake -S . -B "$dir" -G Ninja "${flags[@]}" >/dev/null
cmake --build "$dir" -j2
