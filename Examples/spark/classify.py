#!/usr/bin/env python3
"""Label a JSON Lines corpus with `policyalign classify --jsonl` under Apache Spark.

usage: classify.py INPUT.jsonl OUTPUT_DIR [--binary PATH] [--master URL] [--partitions N]
                   [--lexicons DIR]

Each Spark task pipes its slice of INPUT (contiguous lines, in order) through one
`policyalign classify --jsonl` process, and OUTPUT_DIR gets one part file per slice
(`saveAsTextFile`). Every input line gives exactly one row, the row the direct run gives:
the part files read in name order are the direct run's output, and ids make rows comparable
in any order. The `line` of an error row counts from the start of INPUT, as in the direct
run (each process numbers its own slice from 1; the task adds the slice's offset). Local
mode (`local[*]`) by default; `--master` or `spark-submit --master` picks a cluster (see
Examples/README.md).

Two limits of Spark's text reader, not of policyalign: a lone `\\r` ends a line for Spark
(classify only ends lines at `\\n`), and bytes that are not UTF-8 reach the tool already
replaced by U+FFFD, so such a line is labelled instead of giving a `not UTF-8` row.
"""
import glob
import itertools
import os
import re
import subprocess
import sys
import threading

sys.dont_write_bytecode = True  # no __pycache__ beside the examples
import driver  # noqa: E402  (Examples/spark/driver.py: the driver's side of both scripts)

# An error row is {"error":...,"id":...,"line":N}: keys sorted, so `line` comes last.
ERROR_ROW = re.compile(rb'^(\{"error":.*,"line":)(\d+)\}$')


def classify_slice(binary_name, lexicons_name, jobs, offsets):
    """The task: one classify process per slice, fed from a thread while its rows are read.

    This is what RDD.pipe does, but pipe takes a command fixed on the driver, and the
    binary's path is only known on the executor (below). It also lets a slice whose lines
    all gave error rows (exit 65) pass, numbers error rows from the start of INPUT, and
    fails the task when the rows are not one per line."""

    def run(index, lines):
        from pyspark import SparkFiles

        # SparkFiles.get runs here, in the task, and not on the driver: on a cluster the
        # executors are other machines, where addFile (addArchive) put the copies in their own
        # work folders; a path computed on the driver names a file those machines do not have.
        binary = SparkFiles.get(binary_name)
        if not os.access(binary, os.X_OK):
            os.chmod(binary, 0o755)
        command = [binary, "classify", "--jsonl", "--no-config", "--jobs", str(jobs)]
        if lexicons_name is not None:
            command += ["--lexicons", SparkFiles.get(lexicons_name)]
        # The executor's environment may name another lexicon folder: the job uses the binary's
        # own lexicons, or the folder it shipped.
        environment = {key: value for key, value in os.environ.items() if key != "POLICYALIGN_LEXICONS"}
        process = subprocess.Popen(command + ["-"], stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                                   stderr=subprocess.PIPE, env=environment)
        written, errors, unread = [0], [], []

        def feed():
            try:
                for line in lines:
                    process.stdin.write(line.encode("utf-8") + b"\n")
                    written[0] += 1
            except BrokenPipeError:
                pass  # the process died: its status and the row count say so below
            except Exception as error:  # the slice could not be read: end the process's input
                unread.append(error)
            finally:
                try:
                    process.stdin.close()
                except BrokenPipeError:
                    pass

        threads = [threading.Thread(target=feed, daemon=True),
                   threading.Thread(target=lambda: errors.append(process.stderr.read()), daemon=True)]
        for thread in threads:
            thread.start()
        rows = 0
        for row in process.stdout:
            row = row.rstrip(b"\n")
            rows += 1
            error = ERROR_ROW.match(row)
            if error:
                row = error.group(1) + str(offsets[index] + rows).encode() + b"}"
            yield row.decode("utf-8")
        for thread in threads:
            thread.join()
        status = process.wait()
        if unread:
            raise unread[0]
        # 65 with rows: every line of this slice gave an error row, and the rows are written.
        if not (status == 0 or (status == 65 and rows > 0)) or rows != written[0]:
            message = b"".join(errors).decode("utf-8", "replace").strip()
            raise RuntimeError(f"policyalign classify exited {status} after {rows} rows for {written[0]} lines "
                               f"in slice {index}: {message}")

    return run


def input_exists(path):
    if not driver.is_local(path):
        return True  # hdfs://, s3a://...: Spark says
    path = driver.local_path(path)
    return os.path.exists(path) or bool(glob.glob(path))


def main(argv):
    parser = driver.parser("classify.py", __doc__.split("\n\n")[0], "INPUT.jsonl",
                           "JSON Lines file, folder or glob (any path or URI Spark reads)")
    args = driver.checked(parser, argv, input_exists)
    context, binary_name, lexicons_name = driver.start("classify.py", args)
    try:
        lines = context.textFile(args.input, minPartitions=args.partitions or context.defaultParallelism)
        # Where each slice starts in INPUT, for the line numbers of error rows: one read of
        # INPUT, no classifying.
        counts = lines.mapPartitions(lambda slice: [sum(1 for _ in slice)]).collect()
        offsets = [0] + list(itertools.accumulate(counts))[:-1]
        jobs = int(context.getConf().get("spark.task.cpus", "1"))
        rows = lines.mapPartitionsWithIndex(classify_slice(binary_name, lexicons_name, jobs, offsets))
        rows.saveAsTextFile(args.output)
    except Exception as error:
        driver.fail("classify.py", driver.failure(error), 1)
    finally:
        context.stop()
    print(f"classify.py: {sum(counts)} lines, {len(counts)} part files in {args.output}", file=sys.stderr)


if __name__ == "__main__":
    main(sys.argv[1:])
