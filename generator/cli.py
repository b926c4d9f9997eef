"""The command line: ``python -m generator generate`` (also installed as ``sms-codegen``).

Exit codes: 0 success (or ``--check`` found the output up to date), 1 ``--check`` found it stale,
2 bad input (spec errors, unreadable files, wrong formatter version). Errors print one line each as
``FILE:LINE: #/json/pointer: message``, never a traceback, and leave the output directory as it was.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path

from generator.errors import SpecError
from generator.formatting import FormatterError
from generator.pipeline import generate_files
from generator.version import __version__
from generator.writing import diff_tree, write_tree

EXIT_OK = 0
EXIT_STALE = 1
EXIT_BAD_INPUT = 2

DEFAULT_SPEC = Path("spec/sms-update-task.yaml")
DEFAULT_OUT = Path("generated")


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="sms-codegen", description="Generate typed Python code from an OpenAPI 3.x spec."
    )
    parser.add_argument("--version", action="version", version=f"sms-codegen {__version__}")
    commands = parser.add_subparsers(dest="command", required=True)
    generate = commands.add_parser("generate", help="generate the package from the spec")
    generate.add_argument(
        "--spec", type=Path, default=DEFAULT_SPEC, help="the OpenAPI spec (YAML or JSON)"
    )
    generate.add_argument("--out", type=Path, default=DEFAULT_OUT, help="the output directory")
    generate.add_argument(
        "--check",
        action="store_true",
        help="write nothing; print a diff and exit 1 when the output directory is stale",
    )
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run the CLI; returns the exit code."""
    arguments = build_parser().parse_args(argv)
    try:
        files = generate_files(arguments.spec)
    except (SpecError, FormatterError) as exc:
        print(f"error: {exc}" if isinstance(exc, FormatterError) else str(exc), file=sys.stderr)
        return EXIT_BAD_INPUT
    if arguments.check:
        return _check(arguments.out, files)
    try:
        report = write_tree(arguments.out, files)
    except OSError as exc:
        print(
            f"{exc.filename or arguments.out}: error: cannot write: {exc.strerror}", file=sys.stderr
        )
        return EXIT_BAD_INPUT
    print(
        f"{arguments.out}: {len(report.written)} written, {len(report.unchanged)} unchanged,"
        f" {len(report.removed)} removed"
    )
    return EXIT_OK


def _check(out_dir: Path, files: dict[str, str]) -> int:
    diff = diff_tree(out_dir, files)
    if diff:
        sys.stdout.write(diff)
        print(
            f"{out_dir} is stale: run `python -m generator generate` and commit the result",
            file=sys.stderr,
        )
        return EXIT_STALE
    print(f"{out_dir} is up to date")
    return EXIT_OK
