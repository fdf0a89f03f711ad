#!/usr/bin/env python3
"""Per-policy parity over many folders with `policyalign parity` under Apache Spark.

usage: parity.py FOLDERS.txt OUTPUT_DIR [--binary PATH] [--master URL] [--partitions N]
                 [--lexicons DIR]

FOLDERS.txt names one folder a line (blank lines and `#` comments are skipped); each folder
is one policy, its versions `LANG.ext` (txt, md, markdown, html, htm, docx) as in
`parity --dir`. Each task runs, for one folder,

    policyalign parity --reference FOLDER/en.txt FOLDER/ar.txt FOLDER/en.txt ... --format jsonl

(`parity --dir` writes text, json, csv or html only: findings as JSON Lines come from the
FILE... form, given the folder's versions in name order and the English one as reference,
the reference `--dir` picks; without English, the first). OUTPUT_DIR gets the findings, one
JSON object a line, exactly as that command prints them; each names its folder in `file`.
A folder that cannot be compared gives one row `{"error":...,"folder":...,"status":N}` and
the run exits 1 after writing the others; a folder with one version has nothing to compare
and gives no row. The folders are read by the executors, a relative folder from the folder
parity.py was started in: on a cluster, both must sit at the same path on every machine (a
shared file system).
"""
import json
import os
import subprocess
import sys

sys.dont_write_bytecode = True  # no __pycache__ beside the examples
import driver  # noqa: E402  (Examples/spark/driver.py: the driver's side of both scripts)

DOCUMENTS = {"txt", "md", "markdown", "html", "htm", "docx"}
EX_NOINPUT = 66


def parity_folder(binary_name, lexicons_name, jobs, directory):
    """The task: `policyalign parity ... --format jsonl` for one folder, run in the driver's
    working folder so that relative folders mean what they mean there, and rows name files
    as the same command run there does."""

    def run(folder):
        from pyspark import SparkFiles

        def error(message, status):
            row = {"error": message, "folder": folder, "status": status}
            return folder, status, [json.dumps(row, ensure_ascii=False, sort_keys=True, separators=(",", ":"))]

        try:
            where = os.path.join(directory, folder)
            names = sorted(name for name in os.listdir(where)
                           if not name.startswith(".") and name.count(".") == 1
                           and name.rsplit(".", 1)[1].lower() in DOCUMENTS
                           and os.path.isfile(os.path.join(where, name)))
        except OSError as failure:
            return error(f"{folder}: {failure.strerror}", EX_NOINPUT)
        if len(names) < 2:
            return folder, 0, []
        files = [os.path.join(folder, name) for name in names]
        english = [path for path, name in zip(files, names)
                   if name.split(".")[0].lower() == "en" or name.lower().startswith("en-")]
        # SparkFiles.get in the task, not on the driver: the executor's own copy (see classify.py).
        binary = SparkFiles.get(binary_name)
        if not os.access(binary, os.X_OK):
            os.chmod(binary, 0o755)
        command = [binary, "parity", "--format", "jsonl", "--no-config", "--jobs", str(jobs),
                   "--reference", (english or files)[0]] + files
        if lexicons_name is not None:
            command += ["--lexicons", SparkFiles.get(lexicons_name)]
        environment = {key: value for key, value in os.environ.items() if key != "POLICYALIGN_LEXICONS"}
        try:
            done = subprocess.run(command, stdin=subprocess.DEVNULL, capture_output=True, env=environment,
                                  cwd=directory if os.path.isdir(directory) else None)
        except OSError as failure:
            return error(f"{binary}: {failure.strerror}", 126)
        if done.returncode != 0:
            message = done.stderr.decode("utf-8", "replace").strip().splitlines()
            return error(message[0] if message else f"policyalign parity exited {done.returncode}", done.returncode)
        return folder, 0, done.stdout.decode("utf-8").splitlines()

    return run


def folders_of(path):
    with open(path, encoding="utf-8") as listing:
        return [line.strip() for line in listing if line.strip() and not line.lstrip().startswith("#")]


def main(argv):
    parser = driver.parser("parity.py", __doc__.split("\n\n")[0], "FOLDERS.txt",
                           "file naming one policy folder a line")
    args = driver.checked(parser, argv, os.path.isfile)
    folders = folders_of(args.input)
    if not folders:
        driver.fail("parity.py", f"{args.input}: names no folder", 65)
    context, binary_name, lexicons_name = driver.start("parity.py", args)
    try:
        jobs = int(context.getConf().get("spark.task.cpus", "1"))
        # One folder a task unless told: policies differ much in size, small tasks balance.
        results = context.parallelize(folders, args.partitions or len(folders)) \
            .map(parity_folder(binary_name, lexicons_name, jobs, os.getcwd())).cache()
        results.flatMap(lambda result: result[2]).saveAsTextFile(args.output)
        summary = results.map(lambda result: (result[0], result[1], len(result[2]))).collect()
    except Exception as error:
        driver.fail("parity.py", driver.failure(error), 1)
    finally:
        context.stop()
    failed = [folder for folder, status, _ in summary if status != 0]
    findings = sum(count for _, status, count in summary if status == 0)
    for folder in failed:
        print(f"parity.py: {folder}: not compared (its error row is in {args.output})", file=sys.stderr)
    print(f"parity.py: {len(folders)} folders, {findings} findings, {len(failed)} failed, in {args.output}",
          file=sys.stderr)
    sys.exit(1 if failed else 0)


if __name__ == "__main__":
    main(sys.argv[1:])
