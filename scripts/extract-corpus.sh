#!/usr/bin/env bash
# The main job on the bundled corpus: installs ICU when missing, builds, and
# writes the facts of Corpus/ as CSV to standard output (extra arguments go to
# `zhfacts extract`, e.g. `-o facts.csv --format jsonl`).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/ensure-icu.sh
swift build -c release --product zhfacts >&2
exec .build/release/zhfacts extract Corpus "$@"
