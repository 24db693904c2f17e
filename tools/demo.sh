#!/usr/bin/env bash
# Installs, builds and runs Frist on the bundled rulebook and example cases,
# printing the deadline report.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
bash tools/build.sh
echo
echo "== frist check examples/sygedagpenge"
build/compiler/driver/frist check examples/sygedagpenge
echo "== frist run examples/sygedagpenge --cases examples/sygedagpenge/cases.jsonl --as-of 2019-06-01 --format table"
build/compiler/driver/frist run examples/sygedagpenge \
  --cases examples/sygedagpenge/cases.jsonl --as-of 2019-06-01 --format table
