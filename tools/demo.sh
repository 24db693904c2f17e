#!/usr/bin/env bash
# Installs, builds and runs Frist on the bundled rulebook and example cases,
# printing the deadline report.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
bash tools/build.sh
echo
echo "== frist check examples/nordjylland"
build/compiler/driver/frist check examples/nordjylland
echo "== frist run examples/nordjylland --cases examples/nordjylland/cases.jsonl --as-of 2019-06-01 --format table"
build/compiler/driver/frist run examples/nordjylland \
  --cases examples/nordjylland/cases.jsonl --as-of 2019-06-01 --format table
