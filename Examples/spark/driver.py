"""What classify.py and parity.py do on the driver: read the command line, check what they
were given before a JVM starts, start Spark, ship the binary and lexicons, and turn a failed
job into one line. Nothing here runs on the executors (the tasks live in each script, which
Spark sends with them), so this file needs no shipping."""
import argparse
import atexit
import os
import re
import shutil
import sys
import tempfile

EX_USAGE, EX_NOINPUT, EX_CANTCREAT = 64, 66, 73


class Failure(Exception):
    def __init__(self, message, status):
        super().__init__(message)
        self.status = status


class Parser(argparse.ArgumentParser):
    """Usage errors in one line and exit 64, as the tool itself does."""

    def error(self, message):
        raise Failure(f"{message} (see --help)", EX_USAGE)


def fail(program, message, status):
    print(f"{program}: {message}", file=sys.stderr)
    sys.exit(status)


def is_local(path):
    return "://" not in path or path.startswith("file://")


def local_path(path):
    return path[len("file://"):] if path.startswith("file://") else path


def parser(program, description, input_name, input_help):
    parser = Parser(prog=program, description=description)
    parser.add_argument("input", metavar=input_name, help=input_help)
    parser.add_argument("output", metavar="OUTPUT_DIR", help="folder for the part files; must not exist")
    parser.add_argument("--binary", help="policyalign to ship to the executors (default: the one on PATH)")
    parser.add_argument("--master", help="Spark master URL (default: spark-submit's, else local[*])")
    parser.add_argument("--partitions", type=int, help="tasks to cut the input into")
    parser.add_argument("--lexicons", metavar="DIR",
                        help="lexicon folder to ship and use instead of the binary's built-in lexicons")
    return parser


def checked(parser, argv, input_exists):
    """The arguments, or one line on stderr and the tool's exit code: a missing input or
    binary is found here, before Spark starts."""
    try:
        args = parser.parse_args(argv)
        if args.partitions is not None and args.partitions < 1:
            raise Failure("--partitions must be at least 1", EX_USAGE)
        if not input_exists(args.input):
            raise Failure(f"{args.input}: no such file", EX_NOINPUT)
        if is_local(args.output) and os.path.exists(local_path(args.output)):
            raise Failure(f"{args.output}: already exists (Spark writes a new folder)", EX_CANTCREAT)
        if args.lexicons is not None and not os.path.isdir(args.lexicons):
            raise Failure(f"{args.lexicons}: no such lexicon folder", EX_NOINPUT)
        binary = args.binary or shutil.which("policyalign")
        if binary is None:
            raise Failure("policyalign is not on PATH: build it (make install) or give --binary PATH", EX_NOINPUT)
        if not os.path.isfile(binary):
            raise Failure(f"{binary}: no such binary", EX_NOINPUT)
        if not os.access(binary, os.X_OK):
            raise Failure(f"{binary}: not executable", EX_NOINPUT)
        args.binary = os.path.realpath(binary)
        return args
    except Failure as failure:
        fail(parser.prog, str(failure), failure.status)


def start(program, args):
    """A SparkContext on --master, else spark-submit's master, else local[*], with the binary
    (and the lexicon folder) added to the job. Returns the context and the names the tasks
    give SparkFiles.get; a context that cannot start, or a file that cannot be added, is one
    line on stderr and exit 1."""
    from pyspark import SparkConf, SparkContext

    conf = SparkConf().setAppName("policyalign " + program.removesuffix(".py")).set("spark.ui.showConsoleProgress", "false")
    if args.master:
        conf.setMaster(args.master)
    elif not conf.contains("spark.master"):
        conf.setMaster("local[*]")
    try:
        context = SparkContext(conf=conf)
    except Exception as error:
        fail(program, failure(error), 1)
    # A failed task is reported in one line (failure() below); the traces stay in Spark's logs.
    context.setLogLevel("FATAL")
    # The binary and lexicons travel with the job: executors on other machines have neither.
    # addFile copies them to every executor's work folder, where each task finds its copy with
    # SparkFiles.get; a path that is only valid on this machine would not do.
    try:
        context.addFile(args.binary)
        lexicons = None
        if args.lexicons is not None:
            # Outside local mode Spark adds no folder as a file: the lexicons travel as a zip
            # archive, which every executor unpacks into a folder SparkFiles.get names.
            packing = tempfile.mkdtemp(prefix="policyalign-lexicons-")
            atexit.register(shutil.rmtree, packing, True)
            archive = shutil.make_archive(os.path.join(packing, "lexicons"), "zip", root_dir=os.path.abspath(args.lexicons))
            context.addArchive(archive)
            lexicons = os.path.basename(archive)
    except Exception as error:
        context.stop()
        fail(program, failure(error), 1)
    return context, os.path.basename(args.binary), lexicons


def failure(error):
    """The first line that says why a job failed, out of Spark's Java and Python traces."""
    text = str(error)
    for pattern in (r"RuntimeError: (.+)", r"(\S+Exception: .+)"):
        found = re.search(pattern, text)
        if found:
            return found.group(1).strip()
    return text.strip().splitlines()[0] if text.strip() else type(error).__name__
