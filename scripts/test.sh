#!/usr/bin/env bash
# The project's test command: installs what the tests need when missing (ICU's development
# files and pkg-config, the sqlite3 client), builds, runs every Swift test, then the browser
# check of `zhfacts review` (headless Chromium) and the Spark stage test (pyspark from PyPI).
# Tests that read ../shared skip when it is absent, and fail instead when CI=true.
# ZHFACTS_SKIP_BROWSER=1 / ZHFACTS_SKIP_SPARK=1 leave out the two slow checks on a laptop.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/ensure-icu.sh
if ! command -v sqlite3 >/dev/null 2>&1; then
  echo "test: installing sqlite3 with apt-get" >&2
  SUDO=""; if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq sqlite3
fi
swift build --build-tests
swift test --skip-build
bin="$(swift build --show-bin-path)/zhfacts"
if [ "${ZHFACTS_SKIP_BROWSER:-}" != "1" ]; then
  ZHFACTS_BIN="$bin" bash scripts/browser-test.sh
fi
if [ "${ZHFACTS_SKIP_SPARK:-}" != "1" ]; then
  ZHFACTS_BIN="$bin" bash scripts/spark-test.sh
fi
