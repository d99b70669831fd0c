#!/usr/bin/env bash
# Installs the Debian 12 packages tinysim needs. A no-op when they are all present.
set -euo pipefail
PKGS=(
  build-essential cmake pkg-config
  libsystemc-dev libyaml-cpp-dev libcapstone-dev libgtest-dev libbenchmark-dev
  libflatbuffers-dev flatbuffers-compiler
  gcc-arm-none-eabi picolibc-arm-none-eabi
  qemu-system-arm
)
missing=()
for p in "${PKGS[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -eq 0 ]; then
  exit 0
fi
echo "setup: installing ${missing[*]}" >&2
SUDO=""
[ "$(id -u)" -eq 0 ] || SUDO="sudo"
$SUDO apt-get update -qq
DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" >&2
