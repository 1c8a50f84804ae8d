#!/usr/bin/env bash
# Throughput benchmark (release build): `zhfacts bench` on the pd1998 and finna corpora of
# ../shared, in one run on the same bytes: MB/s of extraction with 1 job and all jobs, of raw
# ICU word break over the whole text, their ratios, and peak RSS.
#
#   scripts/bench.sh            # the throughput figures (BENCHMARKS.md)
#   scripts/bench.sh --rss      # also: peak RSS of `extract --input jsonl -` on a 1 GB stream
#
# Extra arguments after the flags go to `zhfacts bench` (e.g. --repeats 5, --jobs 1 2).
# The machine has 2 cores shared with other work: figures are noisy while anything else runs.
set -euo pipefail
cd "$(dirname "$0")/.."
SHARED="${ZHFACTS_SHARED:-../shared}"
RSS=0
if [ "${1:-}" = "--rss" ]; then RSS=1; shift; fi
if [ ! -d "$SHARED/corpora/pd1998/text" ] || [ ! -d "$SHARED/corpora/finna" ]; then
  echo "bench: $SHARED/corpora not found" >&2
  exit 1
fi
bash scripts/ensure-icu.sh
swift build -c release --scratch-path .build-batch --product zhfacts >&2
BIN="$(swift build -c release --scratch-path .build-batch --show-bin-path)/zhfacts"

echo "# $(date -u +%Y-%m-%dT%H:%MZ), $(nproc) cores, load average: $(cut -d' ' -f1-3 /proc/loadavg)"
"$BIN" bench "$SHARED/corpora/pd1998/text" "$SHARED/corpora/finna" "$@"

if [ "$RSS" = 1 ]; then
  STREAM="${TMPDIR:-/tmp}/zhfacts-1g.jsonl"
  if [ ! -s "$STREAM" ]; then
    echo "bench: writing a 1 GiB JSON Lines stream to $STREAM (the corpora, repeated)" >&2
    python3 - "$SHARED" "$STREAM" <<'PYEOF'
import json, os, sys
shared, out = sys.argv[1], sys.argv[2]
texts = []
for folder in ("corpora/pd1998/text", "corpora/finna"):
    base = os.path.join(shared, folder)
    texts += [(name[:-4], open(os.path.join(base, name), encoding="utf-8").read())
              for name in sorted(os.listdir(base)) if name.endswith(".txt")]
written, target, round_ = 0, 1 << 30, 0
with open(out, "w", encoding="utf-8") as f:
    while written < target:
        for name, text in texts:
            line = json.dumps({"id": f"r{round_}-{name}", "text": text, "round": round_}, ensure_ascii=False) + "\n"
            f.write(line)
            written += len(line.encode("utf-8"))
            if written >= target:
                break
        round_ += 1
PYEOF
  fi
  echo "## extract --input jsonl - on $(du -h "$STREAM" | cut -f1) ($(wc -l < "$STREAM") documents), all jobs"
  /usr/bin/time -v "$BIN" extract --input jsonl - --emit-status --quiet < "$STREAM" > /dev/null 2> "${STREAM%.jsonl}.time" || true
  grep -E "Maximum resident set size|Elapsed \(wall clock\)|Percent of CPU" "${STREAM%.jsonl}.time"
fi
