"""Benchmark: the generated ``sms_v3`` validators against fastjsonschema and jsonschema.

Run by hand from the repository root (this is not a test)::

    python bench/validators.py           # full run: 15 rounds, ~0.05 s per measurement
    python bench/validators.py --quick   # smoke run: 3 rounds, ~0.01 s per measurement

Every candidate validates the same payloads in one process: the doc's example request to
``PUT /v3/tasks/{task_id}`` (valid) and invalid variants of it. Before anything is timed, every
candidate must agree on which payloads are valid; the run aborts otherwise.

Method: each (payload, candidate) cell gets a warm-up and a loop count calibrated so that one
measurement lasts about ``--target`` seconds (like ``timeit.Timer.autorange``). Then, for each of
``--repeat`` rounds, every cell is measured once, in an order that rotates from round to round, so
that slow drift (thermal, frequency scaling, noisy neighbours) hits every candidate alike. The
reported figure is the median per-call time over the rounds; as with ``timeit``, the garbage
collector is off while a measurement runs.

Clock: by default the process's CPU time (``time.process_time``), not wall time: on a shared
machine, wall time also counts the slices in which other processes had the CPU, which doubled some
medians in trial runs here. ``--clock wall`` uses ``time.perf_counter``, as ``timeit`` does.
"""

from __future__ import annotations

import argparse
import copy
import hashlib
import importlib.metadata
import os
import platform
import shlex
import statistics
import subprocess
import sys
import time
import timeit
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import fastjsonschema
import jsonschema
import yaml
from sms_v3 import validators as ours

CLOCKS: dict[str, Callable[[], float]] = {"cpu": time.process_time, "wall": time.perf_counter}
"""The clocks ``--clock`` chooses from."""

ROOT = Path(__file__).resolve().parent.parent
SPEC = ROOT / "spec" / "sms-update-task.yaml"
SCHEMA_NAME = "PutTaskReq"


@dataclass(frozen=True)
class Payload:
    """One document to validate, and whether it should pass."""

    name: str
    description: str
    data: Any
    valid: bool


@dataclass(frozen=True)
class Candidate:
    """One validator under test.

    ``stmt`` is the ``timeit`` statement run once per call, with the validator bound to ``fn`` and
    the payload to ``data``; ``is_valid`` gives its verdict for the sanity check, and ``errors``
    how many errors it reports (``None`` when it reports none, only a yes or no).
    """

    name: str
    fn: Callable[[Any], Any]
    stmt: str
    is_valid: Callable[[Any], bool]
    errors: Callable[[Any], str | None] = lambda data: None


@dataclass
class Cell:
    """The timings of one candidate on one payload."""

    payload: Payload
    candidate: Candidate
    timer: timeit.Timer
    loops: int = 0
    samples: list[float] = field(default_factory=list)
    """Per-call times in seconds, one per round."""

    @property
    def median_us(self) -> float:
        return statistics.median(self.samples) * 1e6

    @property
    def min_us(self) -> float:
        return min(self.samples) * 1e6

    @property
    def spread(self) -> float:
        """(max − min) / median over the rounds: a rough noise figure."""
        return (max(self.samples) - min(self.samples)) / statistics.median(self.samples)


def load_spec() -> dict[str, Any]:
    """The OpenAPI spec, as plain data."""
    with SPEC.open(encoding="utf-8") as handle:
        spec: dict[str, Any] = yaml.safe_load(handle)
    return spec


def doc_example(spec: dict[str, Any]) -> Any:
    """The doc's example request body of ``PUT /v3/tasks/{task_id}``."""
    operation = spec["paths"]["/v3/tasks/{task_id}"]["put"]
    return operation["requestBody"]["content"]["application/json"]["examples"]["doc_example"][
        "value"
    ]


def standalone_schema(spec: dict[str, Any]) -> dict[str, Any]:
    """``PutTaskReq`` as a standalone Draft 2020-12 document; its refs stay ``#/components/...``.

    fastjsonschema (2.22) and jsonschema both resolve JSON-pointer refs into any part of the
    document, so no rewrite to ``#/$defs`` is needed (the sanity check would catch it otherwise).
    """
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$ref": f"#/components/schemas/{SCHEMA_NAME}",
        "components": {"schemas": copy.deepcopy(spec["components"]["schemas"])},
    }


def payloads(example: Any) -> list[Payload]:
    """The valid doc example and invalid variants of it (each a deep copy)."""

    def variant(change: Callable[[Any], None]) -> Any:
        data = copy.deepcopy(example)
        change(data)
        return data

    def wrong_enum(data: Any) -> None:
        data["type"] = "MIGRATE_EVERYTHING"

    def deep_type(data: Any) -> None:
        data["target_server"]["disks"][0]["physical_volumes"][0]["size"] = "42 GB"

    def many(data: Any) -> None:
        del data["target_server"]["name"]  # required
        data["os_type"] = "SOLARIS"  # enum
        data["priority"] = 7  # enum and maximum
        data["sub_tasks"][1]["progress"] = "half"  # type, inside an array item
        data["source_server"]["os_type"] = 64  # type and enum, inside a nullable $ref

    return [
        Payload("valid", "the doc example, unchanged", example, True),
        Payload("enum", "top-level 'type' not in its enum", variant(wrong_enum), False),
        Payload(
            "deep-type",
            "target_server.disks[0].physical_volumes[0].size is a string",
            variant(deep_type),
            False,
        ),
        Payload(
            "many",
            "missing required target_server.name + 4 more wrong fields",
            variant(many),
            False,
        ),
    ]


def fastjsonschema_verdict(check: Callable[[Any], Any]) -> Callable[[Any], bool]:
    """Turn fastjsonschema's raise-on-first-error function into a yes/no answer."""

    def is_valid(data: Any) -> bool:
        try:
            check(data)
        except fastjsonschema.JsonSchemaValueException:
            return False
        return True

    return is_valid


def candidates(schema: dict[str, Any]) -> list[Candidate]:
    """Every validator under test, built (compiled) before any timing."""
    compiled = fastjsonschema.compile(schema)
    draft = jsonschema.Draft202012Validator(schema)
    return [
        Candidate(
            "ours validate_put_task_req",
            ours.validate_put_task_req,
            "fn(data)",
            lambda data: not ours.validate_put_task_req(data),
            lambda data: str(len(ours.validate_put_task_req(data))),
        ),
        Candidate(
            "ours is_valid_put_task_req",
            ours.is_valid_put_task_req,
            "fn(data)",
            ours.is_valid_put_task_req,
        ),
        Candidate(
            "fastjsonschema (compiled)",
            compiled,
            "try:\n    fn(data)\nexcept JsonSchemaValueException:\n    pass",
            fastjsonschema_verdict(compiled),
            lambda data: (
                "0" if fastjsonschema_verdict(compiled)(data) else "1 (stops at the first)"
            ),
        ),
        Candidate(
            "jsonschema is_valid",
            draft.is_valid,
            "fn(data)",
            draft.is_valid,
        ),
        Candidate(
            "jsonschema list(iter_errors)",
            draft.iter_errors,
            "list(fn(data))",
            lambda data: not list(draft.iter_errors(data)),
            lambda data: str(len(list(draft.iter_errors(data)))),
        ),
    ]


def sanity_check(cases: list[Payload], tools: list[Candidate]) -> list[str]:
    """Every tool's verdict must match the expected one; returns a line per payload, or exits.

    Also checks that no tool changes the payload: fastjsonschema fills in ``default`` values in
    place, which would make the candidates validate different documents.
    """
    lines = []
    problems = []
    for case in cases:
        pristine = copy.deepcopy(case.data)
        counts = []
        for tool in tools:
            verdict = tool.is_valid(case.data)
            if verdict is not case.valid:
                expected = "valid" if case.valid else "invalid"
                problems.append(
                    f"{tool.name} says {case.name!r} is {verdict=}, expected {expected}"
                )
            count = tool.errors(case.data)
            if count is not None:
                counts.append(f"{tool.name.split()[0]}={count}")
            if case.data != pristine:
                problems.append(f"{tool.name} modified the {case.name!r} payload")
                case.data.clear()
                case.data.update(copy.deepcopy(pristine))
        lines.append(
            f"  {case.name:<10} {'valid' if case.valid else 'invalid':<8} errors reported: "
            f"{', '.join(counts)}   ({case.description})"
        )
    if problems:
        sys.exit("sanity check failed, nothing timed:\n  " + "\n  ".join(problems))
    return lines


def calibrate(timer: timeit.Timer, target: float) -> int:
    """Loops per measurement so that one measurement lasts at least ``target`` seconds."""
    loops = 1
    while True:
        for multiplier in (1, 2, 5):
            number = loops * multiplier
            if timer.timeit(number) >= target:
                return number
        loops *= 10


def run(cells: list[Cell], repeat: int, target: float) -> None:
    """Warm up and calibrate every cell, then time them round-robin, ``repeat`` rounds."""
    for cell in cells:
        cell.timer.timeit(20)  # warm-up: caches, lazy imports, the interpreter's specialisation
        cell.loops = calibrate(cell.timer, target)
    for round_number in range(repeat):
        shift = round_number % len(cells)
        for cell in cells[shift:] + cells[:shift]:
            cell.samples.append(cell.timer.timeit(cell.loops) / cell.loops)
        print(f"  round {round_number + 1}/{repeat} done", file=sys.stderr, flush=True)


def ratio(ours_us: float, theirs_us: float) -> str:
    """``N.N× faster`` or ``N.N× slower``: how ours compares with theirs."""
    if ours_us <= theirs_us:
        return f"{theirs_us / ours_us:.1f}× faster"
    return f"{ours_us / theirs_us:.1f}× slower"


def cpu_model() -> str:
    """The CPU model name from ``/proc/cpuinfo`` (or what ``platform`` knows)."""
    try:
        with open("/proc/cpuinfo", encoding="utf-8") as handle:
            for line in handle:
                if line.startswith("model name"):
                    return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or "unknown"


def version(distribution: str) -> str:
    """The installed version of ``distribution``."""
    try:
        return importlib.metadata.version(distribution)
    except importlib.metadata.PackageNotFoundError:
        return "not installed"


def git_revision() -> str:
    """The checked-out commit, and whether the tree has changes."""
    try:
        head = subprocess.run(
            ["git", "rev-parse", "--short", "HEAD"],
            cwd=ROOT,
            capture_output=True,
            text=True,
            check=True,
        ).stdout.strip()
        dirty = subprocess.run(
            ["git", "status", "--porcelain"], cwd=ROOT, capture_output=True, text=True, check=True
        ).stdout.strip()
    except (OSError, subprocess.CalledProcessError):
        return "unknown"
    return f"{head}{' (working tree has changes)' if dirty else ''}"


def generated_state() -> str:
    """Which generated validators are measured: file digest, and whether they differ from HEAD."""
    module = Path(ours.__file__)
    digest = hashlib.sha256(module.read_bytes()).hexdigest()[:12]
    try:
        changed = subprocess.run(
            ["git", "status", "--porcelain", "--", str(module.parent)],
            cwd=ROOT,
            capture_output=True,
            text=True,
            check=True,
        ).stdout.strip()
    except (OSError, subprocess.CalledProcessError):
        return f"{module} sha256:{digest}"
    return f"{module} sha256:{digest} ({'modified' if changed else 'as committed'})"


def load_average() -> str:
    """The 1-, 5- and 15-minute load averages: other work on the machine skews every timing."""
    try:
        one, five, fifteen = os.getloadavg()
    except OSError:
        return "unknown"
    return f"{one:.2f} {five:.2f} {fifteen:.2f}"


def spec_state() -> str:
    """The spec's digest, against the one the generated validators were built from.

    The timed schemas for fastjsonschema and jsonschema come from the spec on disk; if it changed
    since the last ``generate``, the candidates may not be checking quite the same schema.
    """
    digest = hashlib.sha256(SPEC.read_bytes()).hexdigest()
    first_line = Path(ours.__file__).read_text(encoding="utf-8").split("\n", 1)[0]
    if digest in first_line:
        return f"{SPEC.name} sha256:{digest[:12]} (the one the validators were generated from)"
    return (
        f"{SPEC.name} sha256:{digest[:12]} — NOT the spec the validators were generated from "
        "(regenerate, or check that components.schemas did not change)"
    )


def clock_description(name: str) -> str:
    """What ``--clock name`` measures, and how finely."""
    if name == "cpu":
        what, function = "CPU time of this process", "process_time"
        info = time.get_clock_info("process_time")
    else:
        what, function = "wall time", "perf_counter"
        info = time.get_clock_info("perf_counter")
    return f"{what} (time.{function}: {info.implementation}, resolution {info.resolution:g} s)"


def header(args: argparse.Namespace) -> list[str]:
    """The facts that make a run reproducible and comparable."""
    usable = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count()
    return [
        f"command:    python {shlex.join(sys.argv)}",
        (
            f"python:     {sys.version.split()[0]} ({platform.python_implementation()}, "
            f"{sys.executable})"
        ),
        f"platform:   {platform.platform()}",
        f"cpu:        {cpu_model()}",
        f"cores:      {os.cpu_count()} logical, {usable} usable by this process",
        (
            f"libraries:  fastjsonschema {version('fastjsonschema')}, "
            f"jsonschema {version('jsonschema')}, sms-codegen {version('sms-codegen')}, "
            f"pyyaml {version('pyyaml')}"
        ),
        f"load avg:   {load_average()} (1, 5, 15 min) before timing",
        f"git:        {git_revision()}",
        f"measured:   {generated_state()}",
        f"spec:       {spec_state()}",
        (
            f"method:     {args.repeat} rounds × auto-ranged loops (≥ {args.target:g} s each), "
            "median per call, candidates interleaved, gc off while timing"
        ),
        f"clock:      {clock_description(args.clock)}",
    ]


def table(cells: list[Cell], cases: list[Payload], tools: list[Candidate]) -> list[str]:
    """A Markdown table: one row per payload and candidate."""
    lines = [
        "| payload | candidate | median µs/call | min µs/call | spread | loops |",
        "|---|---|---:|---:|---:|---:|",
    ]
    by_key = {(cell.payload.name, cell.candidate.name): cell for cell in cells}
    for case in cases:
        for tool in tools:
            cell = by_key[case.name, tool.name]
            lines.append(
                f"| {case.name} | {tool.name} | {cell.median_us:.2f} | {cell.min_us:.2f} | "
                f"{cell.spread:.1%} | {cell.loops} |"
            )
    return lines


def ratios(cells: list[Cell], cases: list[Payload]) -> list[str]:
    """Ours against each competitor, per payload: from the medians of this run, and in brackets
    from the minimums (the least disturbed rounds; a check on the medians when the machine is busy).
    """
    medians = {(cell.payload.name, cell.candidate.name): cell.median_us for cell in cells}
    minimums = {(cell.payload.name, cell.candidate.name): cell.min_us for cell in cells}

    def compare(payload: str, mine: str, theirs: str) -> str:
        return (
            f"{ratio(medians[payload, mine], medians[payload, theirs])} "
            f"({ratio(minimums[payload, mine], minimums[payload, theirs])})"
        )

    lines = [
        (
            "| payload | validate vs fastjsonschema | is_valid vs fastjsonschema "
            "| is_valid vs jsonschema is_valid | validate vs jsonschema iter_errors |"
        ),
        "|---|---|---|---|---|",
    ]
    validate = "ours validate_put_task_req"
    is_valid = "ours is_valid_put_task_req"
    fast = "fastjsonschema (compiled)"
    for case in cases:
        lines.append(
            f"| {case.name} | {compare(case.name, validate, fast)} "
            f"| {compare(case.name, is_valid, fast)} "
            f"| {compare(case.name, is_valid, 'jsonschema is_valid')} "
            f"| {compare(case.name, validate, 'jsonschema list(iter_errors)')} |"
        )
    return lines


def parse_args(argv: list[str] | None = None) -> argparse.Namespace:
    """Command-line options; ``--quick`` lowers the defaults of the others."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--quick", action="store_true", help="fast smoke run (3 rounds, 10 ms)")
    parser.add_argument("--repeat", type=int, help="rounds (default 15, or 3 with --quick)")
    parser.add_argument(
        "--target",
        type=float,
        help="seconds per measurement (default 0.05, or 0.01 with --quick)",
    )
    parser.add_argument(
        "--clock",
        choices=("cpu", "wall"),
        default="cpu",
        help="cpu: this process's CPU time (default; robust on a busy machine); wall: perf_counter",
    )
    args = parser.parse_args(argv)
    if args.repeat is None:
        args.repeat = 3 if args.quick else 15
    if args.target is None:
        args.target = 0.01 if args.quick else 0.05
    if args.repeat < 1 or args.target <= 0:
        parser.error("--repeat must be ≥ 1 and --target > 0")
    return args


def main(argv: list[str] | None = None) -> None:
    """Check, time, and print the report."""
    args = parse_args(argv)
    print("\n".join(header(args)))

    spec = load_spec()
    cases = payloads(doc_example(spec))
    tools = candidates(standalone_schema(spec))

    print("\nsanity check (every candidate agrees on every payload):")
    print("\n".join(sanity_check(cases, tools)))

    cells = [
        Cell(
            case,
            tool,
            timeit.Timer(
                tool.stmt,
                globals={
                    "fn": tool.fn,
                    "data": case.data,
                    "JsonSchemaValueException": fastjsonschema.JsonSchemaValueException,
                },
                timer=CLOCKS[args.clock],
            ),
        )
        for case in cases
        for tool in tools
    ]
    print(f"\ntiming {len(cells)} cells...", file=sys.stderr, flush=True)
    run(cells, args.repeat, args.target)

    print(f"\nload avg after timing: {load_average()} (1, 5, 15 min)")
    print("\nper-call time (median over rounds; spread = (max − min) / median):\n")
    print("\n".join(table(cells, cases, tools)))
    print("\nours compared with the others (same run; medians, and in brackets minimums):\n")
    print("\n".join(ratios(cells, cases)))


if __name__ == "__main__":
    main()
