#!/usr/bin/env bash
# Installs, builds and runs every test, ending with ctest's summary.
#   tools/test.sh             normal build
#   tools/test.sh --sanitize  the same suite under AddressSanitizer + UBSan
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"

bash tools/build.sh "$@"
dir=build
[[ "${1:-}" == "--sanitize" ]] && dir=build-asan
export ASAN_OPTIONS=detect_leaks=1:abort_on_error=1
export UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1
cd "$dir"
ctest -j2 --output-on-failure
