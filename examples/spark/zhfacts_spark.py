"""Run `zhfacts extract` as a stage of Apache Spark, over JSON Lines documents.

Two ways, on the same input:

  pipe  RDD.pipe: every partition's lines go to one `zhfacts extract --input jsonl -`
        process on its standard input; its standard output lines come back.
  sql   Spark SQL `SELECT TRANSFORM(value) USING '<command>' AS (line STRING)`.

Input: a text file (or folder) of JSON Lines documents
  {"id": ..., "text": ..., "date": "YYYY-MM-DD"?, ...}   (other members come back as "meta")
Output: a folder of JSON Lines, one line per fact (its "doc" member is the document id)
and, thanks to --emit-status, one status line per document
  {"doc": ID, "status": "ok"|"error"|"skipped", "bytes": N, "facts": K, "message": ...}
so documents without facts, and documents that failed, are accounted for too.

    python zhfacts_spark.py --zhfacts /path/to/zhfacts --lexicons /path/to/Lexicons \
        --input docs.jsonl --output out/ [--mode pipe|sql] [--master local[2]]

RDD.pipe starts the command with an EMPTY environment unless `env` is given, so PATH,
LANG and the library path are passed explicitly, and ZHFACTS_LEXICONS, because the
binary otherwise looks for its lexicons at the path of the checkout it was built from.
TRANSFORM runs the command with `/bin/bash -c` in the executor's environment, so the
variables are set in the command itself.
"""

import argparse
import json
import os
import shlex
import subprocess
import sys

from pyspark.sql import SparkSession


def zhfacts_command(binary, jobs):
    # --emit-status: a status line per document; --allow-errors: a bad document is
    # reported in the stream, not by failing the Spark task; --quiet: no stderr chatter.
    return [binary, "extract", "--input", "jsonl", "-", "--format", "jsonl",
            "--emit-status", "--allow-errors", "--quiet", "--jobs", str(jobs)]


def library_path(binary):
    """The folders of the Swift runtime libraries the binary links, plus LD_LIBRARY_PATH."""
    folders = []
    try:
        listing = subprocess.run(["ldd", binary], capture_output=True, text=True, check=False).stdout
        for line in listing.splitlines():
            if "libswiftCore" in line and "=>" in line:
                folders.append(os.path.dirname(line.split("=>")[1].split("(")[0].strip()))
    except OSError:
        pass
    if os.environ.get("LD_LIBRARY_PATH"):
        folders.append(os.environ["LD_LIBRARY_PATH"])
    return ":".join(f for f in folders if f)


def stage_environment(binary, lexicons):
    return {
        "PATH": os.environ.get("PATH", "/usr/local/bin:/usr/bin:/bin"),
        "LANG": os.environ.get("LANG", "C.UTF-8"),
        "LC_ALL": os.environ.get("LC_ALL", "C.UTF-8"),
        "LD_LIBRARY_PATH": library_path(binary),
        "ZHFACTS_LEXICONS": lexicons,
    }


def run_pipe(spark, args, env):
    lines = spark.sparkContext.textFile(args.input, minPartitions=args.partitions)
    command = " ".join(shlex.quote(part) for part in zhfacts_command(args.zhfacts, args.jobs))
    # checkCode=True: a crash of zhfacts (not a bad document) fails the task.
    return lines.pipe(command, env=env, checkCode=True)


def run_sql(spark, args, env):
    docs = spark.read.text(args.input).repartition(args.partitions)
    docs.createOrReplaceTempView("docs")
    assignments = " ".join(f"{key}={shlex.quote(value)}" for key, value in env.items())
    command = assignments + " " + " ".join(shlex.quote(part) for part in zhfacts_command(args.zhfacts, args.jobs))
    query = "SELECT TRANSFORM(value) USING '" + command.replace("'", "\\'") + "' AS (line STRING) FROM docs"
    return spark.sql(query).rdd.map(lambda row: row.line)


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--zhfacts", required=True, help="the zhfacts executable (absolute path)")
    parser.add_argument("--lexicons", required=True, help="the project's Lexicons folder")
    parser.add_argument("--input", required=True, help="JSON Lines documents")
    parser.add_argument("--output", required=True, help="folder for the JSON Lines results")
    parser.add_argument("--mode", choices=["pipe", "sql"], default="pipe")
    parser.add_argument("--master", default="local[2]")
    parser.add_argument("--partitions", type=int, default=4)
    parser.add_argument("--jobs", type=int, default=1, help="zhfacts worker threads per Spark task")
    args = parser.parse_args()
    args.zhfacts = os.path.abspath(args.zhfacts)
    args.lexicons = os.path.abspath(args.lexicons)

    spark = (SparkSession.builder.master(args.master).appName(f"zhfacts-{args.mode}")
             .config("spark.ui.enabled", "false").getOrCreate())
    spark.sparkContext.setLogLevel("WARN")
    env = stage_environment(args.zhfacts, args.lexicons)
    results = run_pipe(spark, args, env) if args.mode == "pipe" else run_sql(spark, args, env)
    results.saveAsTextFile(args.output)

    # Group by document: the facts of every document, and its status line.
    parsed = spark.sparkContext.textFile(args.output).map(json.loads)
    statuses = parsed.filter(lambda row: "status" in row)
    facts_per_doc = parsed.filter(lambda row: "status" not in row).map(lambda row: (row["doc"], 1)).reduceByKey(lambda a, b: a + b)
    summary = statuses.map(lambda row: (row["status"], 1)).reduceByKey(lambda a, b: a + b).collectAsMap()
    print(json.dumps({"mode": args.mode, "documents": statuses.count(), "documents_with_facts": facts_per_doc.count(),
                      "status": summary}, sort_keys=True))
    spark.stop()
    return 0


if __name__ == "__main__":
    sys.exit(main())
