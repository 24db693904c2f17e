#!/usr/bin/env bash
# Installs every build, test and benchmark dependency of Frist from Debian 12
# packages. Idempotent: re-running it on a prepared machine only re-checks.
set -euo pipefail

packages=(
  build-essential cmake ninja-build git pkg-config
  antlr4 libantlr4-runtime-dev
  llvm-19-dev clang-19 libclang-rt-19-dev lld-19
  libfmt-dev catch2 libcli11-dev libsimdjson-dev librapidcheck-dev
  libbenchmark-dev libtbb-dev zlib1g-dev libzstd-dev libedit-dev libxml2-dev
  libffi-dev libcurl4-openssl-dev
)

missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done

if ((${#missing[@]} == 0)); then
  echo "install-deps: all ${#packages[@]} packages present"
  exit 0
fi

SUDO=""
if [[ $(id -u) -ne 0 ]]; then SUDO=sudo; fi
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -q
$SUDO apt-get install -y -q --no-install-recommends "${missing[@]}"
