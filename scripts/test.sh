#!/usr/bin/env bash
# The project's test command: installs ICU when missing, builds, runs every test.
# Tests that read ../shared skip when it is absent, and fail instead when CI=true.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/ensure-icu.sh
swift build --build-tests
swift test --skip-build
