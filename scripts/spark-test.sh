#!/usr/bin/env bash
# Spark integration test: zhfacts extract as a Spark stage (RDD.pipe and SQL TRANSFORM).
#
# Builds zhfacts (release), installs pyspark from PyPI into a virtual environment, runs
# examples/spark/zhfacts_spark.py in local[2] over a few thousand documents of ../shared
# corpora (plus some bad lines), and checks that every document's facts and status line
# come back exactly once, identical to a direct `zhfacts extract --input jsonl` run.
# Skips (exit 0) when ../shared is absent, unless CI=true. Needs Java 17+ on PATH.
#
# Environment: ZHFACTS_BIN (a built zhfacts: skips the build), ZHFACTS_SPARK_DOCS (default 3000), ZHFACTS_SPARK_VENV (default
# .build-batch/spark-venv), ZHFACTS_SHARED (default ../shared).
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT="$(pwd)"
SHARED="${ZHFACTS_SHARED:-$ROOT/../shared}"
DOCS="${ZHFACTS_SPARK_DOCS:-3000}"
VENV="${ZHFACTS_SPARK_VENV:-$ROOT/.build-batch/spark-venv}"
WORK="$(mktemp -d "${TMPDIR:-/tmp}/zhfacts-spark.XXXXXX")"
trap 'rm -rf "$WORK"' EXIT

if [ ! -d "$SHARED/corpora/finna" ] || [ ! -d "$SHARED/corpora/pd1998/text" ]; then
  if [ "${CI:-}" = "true" ]; then
    echo "spark-test: $SHARED/corpora is missing but CI=true requires it" >&2
    exit 1
  fi
  echo "spark-test: skipped ($SHARED/corpora not found)"
  exit 0
fi
command -v java >/dev/null || { echo "spark-test: java not found (Spark needs Java 17+)" >&2; exit 1; }

if [ -n "${ZHFACTS_BIN:-}" ]; then
  BIN="$(realpath "$ZHFACTS_BIN")"
else
  bash scripts/ensure-icu.sh
  swift build -c release --scratch-path .build-batch --product zhfacts >&2
  BIN="$(swift build -c release --scratch-path .build-batch --show-bin-path)/zhfacts"
fi

if [ ! -x "$VENV/bin/python" ]; then
  python3 -m venv "$VENV"
fi
if ! "$VENV/bin/python" -c "import pyspark" 2>/dev/null; then
  "$VENV/bin/pip" install --quiet --disable-pip-version-check pyspark
fi
PY="$VENV/bin/python"

# Documents: finna and pd1998 articles as JSON Lines, with meta, plus bad lines.
"$PY" - "$SHARED" "$DOCS" "$WORK/docs.jsonl" <<'PYEOF'
import json, os, sys
shared, count, out = sys.argv[1], int(sys.argv[2]), sys.argv[3]
files = []
for folder in ("corpora/finna", "corpora/pd1998/text"):
    base = os.path.join(shared, folder)
    files += [os.path.join(base, name) for name in sorted(os.listdir(base)) if name.endswith(".txt")]
step = max(1, len(files) // count)
chosen = files[::step][:count]
with open(out, "w", encoding="utf-8") as f:
    for index, path in enumerate(chosen):
        record = {"id": os.path.basename(path)[:-4], "text": open(path, encoding="utf-8").read(), "n": index}
        if "pd1998" in path:
            record["date"] = "1998-01-%02d" % int(os.path.basename(path)[6:8])
        f.write(json.dumps(record, ensure_ascii=False) + "\n")
        if index % 1000 == 500:
            f.write("this line is not JSON\n")
            f.write(json.dumps({"id": "empty-%d" % index, "text": "  "}) + "\n")
PYEOF
INPUTS=$(grep -c . "$WORK/docs.jsonl")

# The reference: a direct run.
set +e
"$BIN" extract --input jsonl - --format jsonl --emit-status --quiet < "$WORK/docs.jsonl" > "$WORK/direct.jsonl"
status=$?
set -e
[ "$status" -le 1 ] || { echo "spark-test: direct run failed with status $status" >&2; exit 1; }

passed=0
failed=0
for mode in pipe sql; do
  echo "spark-test: Spark $mode over $INPUTS input lines" >&2
  "$PY" examples/spark/zhfacts_spark.py --zhfacts "$BIN" --lexicons "$ROOT/Lexicons" \
      --input "$WORK/docs.jsonl" --output "$WORK/out-$mode" --mode "$mode" --master "local[2]" --partitions 4 >&2
  if "$PY" - "$WORK/direct.jsonl" "$WORK/out-$mode" "$INPUTS" "$mode" <<'PYEOF'
import collections, glob, json, re, sys
direct_path, folder, inputs, mode = sys.argv[1], sys.argv[2], int(sys.argv[3]), sys.argv[4]
direct = open(direct_path, encoding="utf-8").read().splitlines()
spark = []
for part in sorted(glob.glob(folder + "/part-*")):
    spark += open(part, encoding="utf-8").read().splitlines()

def split(lines):
    """Fact lines; status by document id; status lines of lines without an id (SOURCE:LINE)."""
    facts, status, anonymous = collections.Counter(), collections.defaultdict(list), []
    for line in lines:
        row = json.loads(line)
        if "status" not in row:
            facts[line] += 1
        elif re.fullmatch(r".*:[0-9]+", row["doc"]) and row["status"] == "error":
            anonymous.append(row["status"])  # a stream's line numbers depend on the partition
        else:
            status[row["doc"]].append((row["status"], row["bytes"], row["facts"]))
    return facts, status, anonymous

spark_facts, spark_status, spark_anonymous = split(spark)
direct_facts, direct_status, direct_anonymous = split(direct)
problems = []
documents = len(spark_status) + len(spark_anonymous)
if documents != inputs:
    problems.append(f"{documents} documents came back, {inputs} went in")
twice = [doc for doc, rows in spark_status.items() if len(rows) != 1]
if twice:
    problems.append(f"status lines not exactly once: {twice[:5]}")
per_doc = collections.Counter(json.loads(line)["doc"] for line in spark_facts.elements())
wrong = [doc for doc, rows in spark_status.items() if rows and rows[0][2] != per_doc[doc]]
if wrong:
    problems.append(f"fact counts differ from status lines: {wrong[:5]}")
if spark_facts != direct_facts:
    missing = sum((direct_facts - spark_facts).values())
    extra = sum((spark_facts - direct_facts).values())
    problems.append(f"fact lines differ from the direct run: {missing} missing, {extra} extra")
if dict(spark_status) != dict(direct_status) or len(spark_anonymous) != len(direct_anonymous):
    problems.append("status lines differ from the direct run")
errors = sum(1 for rows in spark_status.values() for row in rows if row[0] != "ok") + len(spark_anonymous)
print(f"spark-test: {mode}: {documents} documents ({errors} failed on purpose), "
      f"{sum(spark_facts.values())} facts; " + ("identical to the direct run" if not problems else "; ".join(problems)),
      file=sys.stderr)
sys.exit(1 if problems else 0)
PYEOF
  then passed=$((passed + 1)); else failed=$((failed + 1)); fi
done
echo "spark-test: $passed passed, $failed failed"
[ "$failed" -eq 0 ]
