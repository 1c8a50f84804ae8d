#!/usr/bin/env bash
# Installs ICU's development files and pkg-config when pkg-config cannot find ICU.
set -euo pipefail
if pkg-config --exists icu-uc icu-i18n 2>/dev/null; then
  exit 0
fi
echo "ensure-icu: installing libicu-dev and pkg-config with apt-get" >&2
SUDO=""
if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi
$SUDO apt-get update -qq
DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq libicu-dev pkg-config
pkg-config --exists icu-uc icu-i18n
