"""The command line: ``python -m generator generate|validate`` (also installed as ``sms-codegen``).

``generate`` — exit codes: 0 success (or ``--check`` found the output up to date), 1 ``--check``
found it stale, 2 bad input (spec errors, unreadable files, wrong formatter version). Errors print
one line each as ``FILE:LINE: #/json/pointer: message``, never a traceback, and leave the output
directory as it was.

``validate`` — checks JSON or YAML payload files (``-`` for standard input) against a component
schema of the spec with the generated validators (``sms_v3.validators``). Exit codes: 0 every file
is valid, 1 some file is invalid, 2 some file could not be read or parsed, or the schema is unknown
(2 wins over 1; every file is still validated and reported). Text output: one line per error on
stdout, ``FILE: /json/pointer: message`` (``/`` is the document itself), and one line per unreadable
file on stderr, ``FILE:LINE:COLUMN: message``; nothing when all is valid. ``--format json`` prints
one JSON document instead (see :func:`_validate`).
"""

from __future__ import annotations

import argparse
import codecs
import difflib
import io
import json
import os
import re
import sys
from collections.abc import Sequence
from dataclasses import replace
from pathlib import Path
from typing import Any, NoReturn

import jinja2

from generator.config import (
    ConfigError,
    Settings,
    check_package_name,
    find_config,
    load_settings,
)
from generator.errors import SpecError
from generator.formatting import FormatterError
from generator.payloads import PayloadError, display_name, load_payload
from generator.pipeline import generate_files, recorded_output
from generator.version import __version__
from generator.writing import diff_tree, tree_matches, write_tree

EXIT_OK = 0
EXIT_STALE = 1
EXIT_INVALID = 1
EXIT_BAD_INPUT = 2

DEFAULT_SPEC = Settings().spec
DEFAULT_OUT = Settings().out
DEFAULT_SCHEMA = "PutTaskReq"


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="sms-codegen", description="Generate typed Python code from an OpenAPI 3.x spec."
    )
    parser.add_argument("--version", action="version", version=f"sms-codegen {__version__}")
    commands = parser.add_subparsers(dest="command", required=True)
    generate = commands.add_parser(
        "generate",
        help="generate the package from the spec",
        description=(
            "Generate the package from the spec. Settings come from [tool.sms-codegen] in the"
            " nearest pyproject.toml (or --config FILE); flags override them."
        ),
    )
    generate.add_argument(
        "--spec", type=Path, help=f"the OpenAPI spec, YAML or JSON (default: {DEFAULT_SPEC})"
    )
    generate.add_argument("--out", type=Path, help=f"the output directory (default: {DEFAULT_OUT})")
    generate.add_argument(
        "--package", help="the generated package's import name (default: from the spec)"
    )
    generate.add_argument(
        "--templates",
        type=Path,
        help="a directory of templates that replace built-in templates of the same file name",
    )
    generate.add_argument("--config", type=Path, help="read [tool.sms-codegen] from this TOML file")
    generate.add_argument(
        "--check",
        action="store_true",
        help="write nothing; print a diff and exit 1 when the output directory is stale",
    )
    validate = commands.add_parser(
        "validate",
        help="validate JSON or YAML payload files against a schema of the spec",
        description=(
            "Validate JSON or YAML payload files against a component schema of the spec. Exit 0"
            " when every file is valid, 1 when some file is invalid, 2 when some file cannot be"
            " read or parsed or the schema is unknown."
        ),
    )
    validate.add_argument(
        "files",
        nargs="*",
        metavar="FILE",
        help="a payload file (JSON or YAML); - is standard input",
    )
    validate.add_argument(
        "--schema",
        default=DEFAULT_SCHEMA,
        help=f"the component schema to validate against (default: {DEFAULT_SCHEMA})",
    )
    validate.add_argument(
        "--format",
        choices=("text", "json"),
        default="text",
        help="text: one line per error (default); json: one JSON document on stdout",
    )
    validate.add_argument(
        "--list-schemas", action="store_true", help="print the known schema names and exit"
    )
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run the CLI; returns the exit code."""
    arguments = build_parser().parse_args(argv)
    if arguments.command == "validate":
        return _validate(arguments)
    return _generate(arguments)


def run() -> NoReturn:
    """The ``sms-codegen`` command and ``python -m generator``: :func:`main`, then exit at once.

    An orderly interpreter shutdown frees every object a run left behind (tens of milliseconds
    after a big spec) just before the process ends anyway; like mypy, the command skips it. The
    output is flushed first, and nothing else is pending: no atexit handlers, no open files, and
    the run's threads and worker processes have finished. (A failed flush, such as a closed pipe,
    takes the orderly way, which reports it.)
    """
    code = main()
    try:
        sys.stdout.flush()
        sys.stderr.flush()
    except (OSError, ValueError):
        sys.exit(code)
    os._exit(code)


def _settings(arguments: argparse.Namespace) -> Settings:
    """The configuration file's settings, with the command-line flags on top."""
    config = arguments.config or find_config(Path.cwd())
    settings = load_settings(config)
    flags = {
        "spec": arguments.spec,
        "out": arguments.out,
        "templates": arguments.templates,
        "package": arguments.package and check_package_name(arguments.package, "--package"),
    }
    return replace(settings, **{key: value for key, value in flags.items() if value is not None})


def _generate(arguments: argparse.Namespace) -> int:
    try:
        settings = _settings(arguments)
        if settings.templates is not None and not settings.templates.is_dir():
            raise ConfigError(f"{settings.templates}: the templates directory does not exist")
        recorded = recorded_output(
            settings.spec, package_name=settings.package, templates=settings.templates
        )
        if recorded is not None and tree_matches(settings.out, recorded):
            # This very output was generated from these very inputs before: nothing to do.
            return _up_to_date(settings.out, len(recorded), check=arguments.check)
        files = generate_files(
            settings.spec, package_name=settings.package, templates=settings.templates
        )
    except (SpecError, ConfigError) as exc:
        print(str(exc), file=sys.stderr)
        return EXIT_BAD_INPUT
    except (FormatterError, jinja2.TemplateError) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return EXIT_BAD_INPUT
    if arguments.check:
        return _check(settings.out, files)
    try:
        report = write_tree(settings.out, files)
    except OSError as exc:
        print(
            f"{exc.filename or settings.out}: error: cannot write: {exc.strerror}", file=sys.stderr
        )
        return EXIT_BAD_INPUT
    print(
        f"{settings.out}: {len(report.written)} written, {len(report.unchanged)} unchanged,"
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
    return _up_to_date(out_dir, len(files), check=True)


def _up_to_date(out_dir: Path, count: int, *, check: bool) -> int:
    """Report an output directory that already holds what the spec generates."""
    print(
        f"{out_dir} is up to date"
        if check
        else f"{out_dir}: 0 written, {count} unchanged, 0 removed"
    )
    return EXIT_OK


def _validate(arguments: argparse.Namespace) -> int:
    """``validate``: see the module docstring.

    ``--format json`` prints a list, one entry per FILE in the order given::

        {"file": "a.json", "valid": false,
         "errors": [{"path": "/priority", "keyword": "enum", "message": "...",
                     "schema_path": "/components/schemas/PutTaskReq/properties/priority/enum"}]}

    ``path`` is the exact RFC 6901 pointer (``""`` is the document itself). A file that cannot be
    read or parsed has ``"valid": null``, no errors and ``"error": {"message", "line", "column"}``
    (line and column 1-based, or null).
    """
    _tolerate_unencodable_output()
    try:
        from sms_v3 import validators  # type: ignore[import-not-found, unused-ignore]
    except ImportError as exc:
        print(
            f"error: the generated validators are not installed ({exc}); install this repository"
            " or `pip install ./generated`",
            file=sys.stderr,
        )
        return EXIT_BAD_INPUT
    as_json = arguments.format == "json"
    if arguments.list_schemas:
        names = list(validators.SCHEMAS)
        _emit(json.dumps(names) + "\n" if as_json else "".join(f"{name}\n" for name in names))
        return EXIT_OK
    schema: str = arguments.schema
    if schema not in validators.SCHEMAS:
        close = difflib.get_close_matches(schema, validators.SCHEMAS, n=1)
        hint = f" (did you mean {close[0]!r}?)" if close else ""
        known = ", ".join(validators.SCHEMAS)
        print(f"error: unknown schema {schema!r}{hint}; known schemas: {known}", file=sys.stderr)
        return EXIT_BAD_INPUT
    if not arguments.files:
        print(
            "sms-codegen validate: error: no FILE given (use - for standard input)",
            file=sys.stderr,
        )
        return EXIT_BAD_INPUT

    status = EXIT_OK
    report: list[dict[str, Any]] = []
    for path in arguments.files:
        file = display_name(path)
        try:
            data = load_payload(path)
            errors = validators.validate(schema, data)
        except PayloadError as exc:
            status = EXIT_BAD_INPUT
            report.append(_unreadable(file, exc))
            if not as_json:
                _emit(f"{exc}\n", sys.stderr)
            continue
        except Exception as exc:  # noqa: BLE001 -- a validator bug must not end in a traceback
            status = EXIT_BAD_INPUT
            failure = PayloadError(file, None, None, f"cannot validate: {exc!r}")
            report.append(_unreadable(file, failure))
            if not as_json:
                _emit(f"{failure}\n", sys.stderr)
            continue
        if errors and status == EXIT_OK:
            status = EXIT_INVALID
        if not as_json:
            _emit("".join(f"{file}: {error}\n" for error in errors))
        report.append(
            {
                "file": file,
                "valid": not errors,
                "errors": [
                    {
                        "path": error.path,
                        "keyword": error.keyword,
                        "message": error.message,
                        "schema_path": error.schema_path,
                    }
                    for error in errors
                ],
            }
        )
    if as_json:
        _emit(_json_document(report))
    return status


_LONE_SURROGATE = re.compile("[\ud800-\udfff]")


def _json_document(value: Any) -> str:
    """``value`` as valid JSON text for stdout: non-ASCII kept as is when stdout speaks UTF-8 (else
    escaped), and lone surrogates (undecodable file names, ``"\\ud800"`` in data) always escaped."""
    encoding = getattr(sys.stdout, "encoding", None) or "ascii"
    try:
        utf8 = codecs.lookup(encoding).name == "utf-8"
    except LookupError:
        utf8 = False
    text = json.dumps(value, ensure_ascii=not utf8, indent=2)
    return _LONE_SURROGATE.sub(lambda match: f"\\u{ord(match.group()):04x}", text) + "\n"


def _unreadable(file: str, error: PayloadError) -> dict[str, Any]:
    return {
        "file": file,
        "valid": None,
        "errors": [],
        "error": {"message": error.message, "line": error.line, "column": error.column},
    }


def _tolerate_unencodable_output() -> None:
    """Escape what the terminal cannot encode (odd file names, non-UTF-8 locales) instead of failing."""
    for stream in (sys.stdout, sys.stderr):
        if isinstance(stream, io.TextIOWrapper):
            stream.reconfigure(errors="backslashreplace")


def _emit(text: str, stream: Any = None) -> None:
    """Write ``text`` to ``stream`` (stdout by default); a closed pipe (``| head``) is not an error."""
    target = sys.stdout if stream is None else stream
    try:
        target.write(text)
        target.flush()
    except BrokenPipeError:
        # The reader went away: send the rest (and the flush at exit) nowhere, quietly.
        try:
            os.dup2(os.open(os.devnull, os.O_WRONLY), target.fileno())
        except (OSError, ValueError, io.UnsupportedOperation):
            pass
