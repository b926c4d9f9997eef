"""Benchmark: generation time of sms-codegen against datamodel-codegen and openapi-python-client.

Run by hand from the repository root, in the project's venv (this is not a test)::

    python -m venv /tmp/peers-venv
    /tmp/peers-venv/bin/pip install datamodel-code-generator openapi-python-client
    python bench/generate.py                    # full run: 5 runs per cell, sizes 10, 100, 1000
    python bench/generate.py --runs 3 --sizes 10 100 --skip-warm   # a quicker look

The peers live in their own venv (``--peers``), never in the project's. Every measurement is a
whole process, started the way a user starts it, timed from start to exit:

* **SMS, cold** — ``python -m generator generate --spec spec/sms-update-task.yaml --out TMP`` into
  an empty directory with an empty cache (``SMS_CODEGEN_CACHE_DIR`` set to a new empty directory),
  against ``datamodel-codegen ... --output-model-type pydantic_v2.BaseModel`` (its default
  formatting: black and isort) and ``openapi-python-client generate`` (its default post-hooks:
  ``ruff check --fix`` and ``ruff format``, with the peers' ``ruff`` on ``PATH``).
* **SMS, check** — ``generate --check`` on an up-to-date tree, with the cache the generation left
  (the run's record of its output), with the formatting cache only (the record and the section memo
  deleted before each run: what a change to the generator itself costs), and with no cache at all
  (a CI runner that keeps none).
* **SMS, no-op regeneration** — ``generate`` again into the up-to-date tree, with its cache.
* **Synthetic, cold** — specs of N component schemas (bench/synthetic_spec.py), ours against
  datamodel-codegen, both cold.
* **Synthetic, one schema changed** — the largest synthetic spec generated once; then each run
  changes one schema relative to the previous run and regenerates into the existing tree with the
  existing cache: first runs that each add a property to the schema, then runs that each reword one
  of its descriptions. A stage-by-stage, in-process profile of one more run of each kind follows.

Every candidate runs with Python's bytecode cache on (``PYTHONDONTWRITEBYTECODE`` is removed from
the environment, as on a default install), so only a cell's first run compiles its modules.
Candidates of a cell are interleaved run by run, so that noise from other processes hits each of
them alike. Reported: the median wall-clock time (the user's wait), its min and max, and the median
CPU time of the process and its children (``getrusage``; with formatting in several processes it
exceeds the wall time). Ratios are of medians, measured in this same run.
"""

from __future__ import annotations

import argparse
import datetime
import importlib.metadata
import os
import platform
import resource
import shlex
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SMS_SPEC = Path("spec/sms-update-task.yaml")
#: What the snapshot copies: all that ``python -m generator generate`` reads from the checkout.
SNAPSHOT = ("generator", "templates", "spec", "pyproject.toml")
#: Where the commands run: a snapshot of the checkout (see :func:`snapshot`), set by main().
CWD = ROOT
sys.path.insert(0, str(ROOT / "bench"))

import synthetic_spec  # bench/ is not a package: imported from the path set above

from generator.incremental import NAMESPACE as SECTIONS_NAMESPACE
from generator.pipeline import MEMO_NAMESPACE

#: Targets, each a ratio or a time measured in the run (see the module docstring).
TARGET_SMS_VS_FASTEST_PEER = 2.0
TARGET_1000_VS_DATAMODEL_CODEGEN = 3.0
TARGET_WARM_SECONDS = 1.0
TARGET_CHECK_SECONDS = 0.3


@dataclass
class Cell:
    """The runs of one command in one scenario."""

    scenario: str
    tool: str
    command: list[str]
    wall: list[float] = field(default_factory=list)
    cpu: list[float] = field(default_factory=list)
    error: str | None = None

    @property
    def median(self) -> float:
        return statistics.median(self.wall) if self.wall else float("nan")


@dataclass
class Job:
    """How to run one candidate: prepare (untimed), the command, check the result (untimed)."""

    cell: Cell
    prepare: Callable[[int], dict[str, str]]
    verify: Callable[[], str | None] = lambda: None


def run_once(job: Job, index: int) -> None:
    """Run ``job`` once and record its wall and CPU time, or its failure."""
    if job.cell.error is not None:
        return
    env = job.prepare(index)
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    result = subprocess.run(
        job.cell.command, cwd=CWD, env=env, capture_output=True, text=True, check=False
    )
    elapsed = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    problem = None if result.returncode == 0 else f"exit {result.returncode}"
    problem = problem or job.verify()
    if problem is not None:
        tail = (result.stderr or result.stdout).strip().splitlines()[-6:]
        job.cell.error = f"{problem}: " + " | ".join(tail)
        return
    job.cell.wall.append(elapsed)
    job.cell.cpu.append((after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime))


def run_interleaved(jobs: list[Job], runs: int) -> None:
    for index in range(runs):
        for job in jobs if index % 2 == 0 else reversed(jobs):
            run_once(job, index)
            print(".", end="", flush=True)
    print()


# --- environments and commands ------------------------------------------------------------------


def base_env(peers: Path) -> dict[str, str]:
    env = dict(os.environ)
    env.pop("SMS_CODEGEN_CACHE_DIR", None)
    # Python caches bytecode, as on a user's machine (pip compiles the peers' at install time);
    # a machine that turns that off would make every run of ours compile the generator anew.
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    # openapi-python-client's default post-hooks call `ruff`: give it the peers' one.
    env["PATH"] = f"{peers / 'bin'}{os.pathsep}{env.get('PATH', '')}"
    return env


def fresh(directory: Path) -> Path:
    shutil.rmtree(directory, ignore_errors=True)
    directory.mkdir(parents=True)
    return directory


def ours(spec: Path, out: Path, *extra: str) -> list[str]:
    return [
        sys.executable,
        "-m",
        "generator",
        "generate",
        "--spec",
        str(spec),
        "--out",
        str(out),
        *extra,
    ]


def datamodel_codegen(peers: Path, spec: Path, out: Path) -> list[str]:
    return [
        str(peers / "bin" / "datamodel-codegen"),
        "--input",
        str(spec),
        "--input-file-type",
        "openapi",
        "--output-model-type",
        "pydantic_v2.BaseModel",
        "--output",
        str(out / "models.py"),
    ]


def openapi_python_client(peers: Path, spec: Path, out: Path) -> list[str]:
    return [
        str(peers / "bin" / "openapi-python-client"),
        "generate",
        "--path",
        str(spec),
        "--output-path",
        str(out),
        "--overwrite",
    ]


def cold_ours(scenario: str, spec: Path, work: Path, env: dict[str, str]) -> Job:
    out, cache = work / "ours-out", work / "ours-cache"

    def prepare(_index: int) -> dict[str, str]:
        shutil.rmtree(out, ignore_errors=True)
        fresh(cache)
        return {**env, "SMS_CODEGEN_CACHE_DIR": str(cache)}

    def verify() -> str | None:
        return None if (out / "pyproject.toml").is_file() else "no output"

    return Job(Cell(scenario, "sms-codegen", ours(spec, out)), prepare, verify)


def cold_peer(scenario: str, tool: str, command: list[str], out: Path, env: dict[str, str]) -> Job:
    def prepare(_index: int) -> dict[str, str]:
        fresh(out)
        return env

    def verify() -> str | None:
        return None if any(out.rglob("*.py")) else "no Python file written"

    return Job(Cell(scenario, tool, command), prepare, verify)


# --- scenarios ------------------------------------------------------------------------------------


def sms_scenarios(peers: Path, work: Path, env: dict[str, str], runs: int) -> list[Cell]:
    scenario = "SMS spec, cold"
    jobs = [
        cold_ours(scenario, SMS_SPEC, work / "sms", env),
        cold_peer(
            scenario,
            "datamodel-codegen",
            datamodel_codegen(peers, SMS_SPEC, work / "sms" / "dmcg"),
            work / "sms" / "dmcg",
            env,
        ),
        cold_peer(
            scenario,
            "openapi-python-client",
            openapi_python_client(peers, SMS_SPEC, work / "sms" / "opc"),
            work / "sms" / "opc",
            env,
        ),
    ]
    print(f"{scenario}: ", end="")
    run_interleaved(jobs, runs)

    # An up-to-date tree and the cache its generation left.
    out, cache = work / "sms" / "tree", work / "sms" / "cache"
    shutil.rmtree(out, ignore_errors=True)
    fresh(cache)
    warm_env = {**env, "SMS_CODEGEN_CACHE_DIR": str(cache)}
    subprocess.run(ours(SMS_SPEC, out), cwd=CWD, env=warm_env, check=True, capture_output=True)
    # The record of the run (file digests) and the sections it rendered; the formatting cache stays.
    memos = [cache / MEMO_NAMESPACE, cache / SECTIONS_NAMESPACE]
    saved = work / "sms" / "memo"
    shutil.rmtree(saved, ignore_errors=True)
    for memo in memos:
        shutil.copytree(memo, saved / memo.name)

    def with_memo(_index: int) -> dict[str, str]:
        for memo in memos:
            if not memo.exists():
                shutil.copytree(saved / memo.name, memo)
        return warm_env

    def without_memo(_index: int) -> dict[str, str]:
        for memo in memos:
            shutil.rmtree(memo, ignore_errors=True)
        return warm_env

    def no_cache(_index: int) -> dict[str, str]:
        return {**env, "SMS_CODEGEN_CACHE_DIR": ""}

    check = ours(SMS_SPEC, out, "--check")
    checks = [
        Job(Cell("SMS spec, --check, up to date", "cache (memoized run)", check), with_memo),
        Job(Cell("SMS spec, --check, up to date", "formatting cache only", check), without_memo),
        Job(Cell("SMS spec, --check, up to date", "no cache", check), no_cache),
        Job(
            Cell("SMS spec, regenerate, unchanged", "cache (memoized run)", ours(SMS_SPEC, out)),
            with_memo,
        ),
    ]
    print("SMS spec, --check and no-op: ", end="")
    run_interleaved(checks, runs)
    return [job.cell for job in jobs + checks]


def synthetic_scenarios(
    peers: Path, work: Path, env: dict[str, str], runs: int, sizes: list[int]
) -> list[Cell]:
    cells: list[Cell] = []
    for size in sizes:
        directory = fresh(work / f"synthetic-{size}")
        spec = directory / "spec.yaml"
        synthetic_spec.write_spec(synthetic_spec.build_spec(size), spec)
        scenario = f"synthetic {size} schemas, cold"
        jobs = [
            cold_ours(scenario, spec, directory, env),
            cold_peer(
                scenario,
                "datamodel-codegen",
                datamodel_codegen(peers, spec, directory / "dmcg"),
                directory / "dmcg",
                env,
            ),
        ]
        print(f"{scenario}: ", end="")
        run_interleaved(jobs, runs)
        cells += [job.cell for job in jobs]
    return cells


def edited_spec(size: int, added: int, reworded: int) -> dict[str, object]:
    """The ``size`` spec with ``added`` properties added to its middle schema and that schema's
    ``name`` description in wording ``reworded`` (0: the original wording)."""
    spec = synthetic_spec.build_spec(size)
    synthetic_spec.add_properties(spec, added)
    if reworded:
        synthetic_spec.edit_description(spec, reworded)
    return spec


def warm_scenarios(work: Path, env: dict[str, str], runs: int, size: int) -> list[Cell]:
    """Regeneration after a change to one schema of ``size``, into the tree and with the cache of
    the previous run: first ``runs`` runs that each add a property to the schema, then ``runs`` runs
    that each reword one of its descriptions (the schema keeps its shape)."""
    directory = fresh(work / f"warm-{size}")
    spec, out, cache = directory / "spec.yaml", directory / "out", directory / "cache"
    synthetic_spec.write_spec(synthetic_spec.build_spec(size), spec)
    warm_env = {**env, "SMS_CODEGEN_CACHE_DIR": str(cache)}
    print(f"synthetic {size} schemas, one schema changed: first generation ...", flush=True)
    subprocess.run(ours(spec, out), cwd=CWD, env=warm_env, check=True, capture_output=True)

    def adding(index: int) -> dict[str, str]:
        synthetic_spec.write_spec(edited_spec(size, index + 1, 0), spec)
        return warm_env

    def rewording(index: int) -> dict[str, str]:
        synthetic_spec.write_spec(edited_spec(size, runs, index + 1), spec)
        return warm_env

    scenario = f"synthetic {size}, one schema changed"
    jobs = [
        Job(Cell(scenario, "a property added", ours(spec, out)), adding),
        Job(Cell(scenario, "a description reworded", ours(spec, out)), rewording),
    ]
    for job in jobs:  # in sequence: each run's edit is relative to the state the previous left
        print(f"synthetic {size} schemas, one schema changed, {job.cell.tool}: ", end="")
        run_interleaved([job], runs)
    return [job.cell for job in jobs]


#: One warm regeneration in process, timed stage by stage (see stage_profile): the CLI's own run,
#: with each stage's function wrapped to time its calls.
PROFILE = """
import functools, os, sys, time
sys.path.insert(0, sys.argv[5])
import generate
from pathlib import Path
os.environ["SMS_CODEGEN_CACHE_DIR"] = sys.argv[1]
spec = Path(sys.argv[2])
size, added, reworded = (int(value) for value in sys.argv[4].split(","))
generate.synthetic_spec.write_spec(generate.edited_spec(size, added, reworded), spec)
start = time.perf_counter()
from generator import building, cli, incremental, loading, pipeline, rendering
times = {"import": time.perf_counter() - start}
def timed(owner, name, label):
    function = getattr(owner, name)
    @functools.wraps(function)
    def wrapper(*args, **kwargs):
        begin = time.perf_counter()
        try:
            return function(*args, **kwargs)
        finally:
            times[label] = times.get(label, 0.0) + time.perf_counter() - begin
    setattr(owner, name, wrapper)
timed(cli, "recorded_output", "record lookup")
timed(incremental.SectionMemo, "__init__", "memo read")
timed(loading, "parse_spec", "load")
timed(building, "build_package", "build")
timed(incremental, "component_keys", "keys")
timed(pipeline, "_validator_sections", "validators")
timed(pipeline, "_schema_files", "export")
timed(rendering, "render_package", "render")
timed(pipeline, "format_files", "format")
timed(incremental.SectionMemo, "save", "memo write")
timed(cli, "write_tree", "write")
begin = time.perf_counter()
cli.main(["generate", "--spec", str(spec), "--out", sys.argv[3]])
times["whole run"] = time.perf_counter() - begin
print("  ".join(f"{name} {seconds:.3f} s" for name, seconds in times.items()))
"""


def stage_profile(work: Path, size: int, added: int, reworded: int) -> str:
    """Where the time of one warm regeneration of the ``size`` spec goes, stage by stage: one
    in-process run, of the spec :func:`warm_scenarios` edits (the same path: the memos are kept
    per spec path), into the tree and with the cache it left."""
    directory = work / f"warm-{size}"
    result = subprocess.run(
        [
            sys.executable,
            "-c",
            PROFILE,
            str(directory / "cache"),
            str(directory / "spec.yaml"),
            str(directory / "out"),
            f"{size},{added},{reworded}",
            str(ROOT / "bench"),
        ],
        cwd=CWD,
        capture_output=True,
        text=True,
        check=False,
    )
    # The last line: the CLI prints its own report ("N written, ...") before the times.
    return (result.stdout.strip() or result.stderr.strip()).splitlines()[-1]


def snapshot(work: Path) -> Path:
    """A copy of the generator, templates and spec to run from (``python -m generator`` imports
    the package in the working directory first): edits to the checkout while the benchmark runs
    then change neither the code measured nor the cache keys, which include the generator's source.
    """
    target = fresh(work / "snapshot")
    for name in SNAPSHOT:
        source = ROOT / name
        if source.is_dir():
            shutil.copytree(source, target / name, ignore=shutil.ignore_patterns("__pycache__"))
        else:
            shutil.copy2(source, target / name)
    return target


# --- report -----------------------------------------------------------------------------------------


PEER_VERSIONS = (
    "import importlib.metadata as m; print(', '.join(f'{n} {m.version(n)}' for n in"
    " ('datamodel-code-generator', 'openapi-python-client', 'black', 'isort', 'ruff', 'pydantic')))"
)


def machine(peers: Path) -> list[str]:
    cpu = "unknown"
    try:
        for line in Path("/proc/cpuinfo").read_text(encoding="utf-8").splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        cpu = platform.processor() or "unknown"
    usable = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count()
    peer_versions = subprocess.run(
        [
            str(peers / "bin" / "python"),
            "-c",
            PEER_VERSIONS,
        ],
        capture_output=True,
        text=True,
        check=False,
    ).stdout.strip()
    git = subprocess.run(
        ["git", "describe", "--always", "--dirty"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=False,
    ).stdout.strip()
    ours_versions = ", ".join(
        f"{name} {importlib.metadata.version(name)}"
        for name in ("sms-codegen", "black", "jinja2", "pyyaml")
    )
    return [
        f"command:   {shlex.join([Path(sys.executable).name, *sys.argv])}",
        f"date:      {datetime.datetime.now(datetime.UTC):%Y-%m-%d %H:%M:%S} UTC",
        f"python:    {platform.python_version()} ({sys.executable})",
        f"platform:  {platform.platform()}",
        f"cpu:       {cpu}",
        f"cores:     {os.cpu_count()} logical, {usable} usable by this process",
        f"ours:      {ours_versions} (git {git})",
        f"peers:     {peer_versions} ({peers})",
    ]


def load() -> str:
    one, five, fifteen = os.getloadavg()
    return f"{one:.2f} {five:.2f} {fifteen:.2f} (1, 5, 15 min)"


def table(cells: list[Cell]) -> list[str]:
    lines = [
        "| scenario | tool | median s | min s | max s | median CPU s | runs |",
        "|---|---|---:|---:|---:|---:|---:|",
    ]
    for cell in cells:
        if cell.error is not None:
            lines.append(f"| {cell.scenario} | {cell.tool} | failed: {cell.error} | | | | 0 |")
            continue
        lines.append(
            f"| {cell.scenario} | {cell.tool} | {cell.median:.3f} | {min(cell.wall):.3f}"
            f" | {max(cell.wall):.3f} | {statistics.median(cell.cpu):.3f} | {len(cell.wall)} |"
        )
    return lines


def ratio(ours_cell: Cell, other: Cell) -> float:
    return other.median / ours_cell.median


def describe(value: float) -> str:
    return f"{value:.2f}× faster" if value >= 1 else f"{1 / value:.2f}× slower"


def verdicts(cells: list[Cell], sizes: list[int], warm_size: int | None) -> list[str]:
    find = {(cell.scenario, cell.tool): cell for cell in cells}
    lines = []
    sms = find[("SMS spec, cold", "sms-codegen")]
    peers = [
        find[("SMS spec, cold", tool)]
        for tool in ("datamodel-codegen", "openapi-python-client")
        if find[("SMS spec, cold", tool)].error is None
    ]
    for peer in peers:
        lines.append(f"SMS cold, ours vs {peer.tool}: ours {describe(ratio(sms, peer))}")
    if peers:
        fastest = min(peers, key=lambda cell: cell.median)
        value = ratio(sms, fastest)
        met = "MET" if value >= TARGET_SMS_VS_FASTEST_PEER else "NOT MET"
        lines.append(
            f"target SMS cold ≥ {TARGET_SMS_VS_FASTEST_PEER}× faster than the fastest peer"
            f" ({fastest.tool}): {describe(value)} -> {met}"
        )
    previous: tuple[int, Cell, Cell] | None = None
    for size in sizes:
        mine = find[(f"synthetic {size} schemas, cold", "sms-codegen")]
        peer = find[(f"synthetic {size} schemas, cold", "datamodel-codegen")]
        line = f"synthetic {size} cold: ours {mine.median:.2f} s, datamodel-codegen {peer.median:.2f} s"
        if mine.error is None and peer.error is None:
            line += f", ours {describe(ratio(mine, peer))}"
        if previous is not None:
            last_size, last_mine, last_peer = previous
            line += (
                f"; growth ×{size // last_size} size: ours ×{mine.median / last_mine.median:.1f},"
                f" datamodel-codegen ×{peer.median / last_peer.median:.1f}"
            )
        lines.append(line)
        previous = (size, mine, peer)
    if 1000 in sizes:
        mine = find[("synthetic 1000 schemas, cold", "sms-codegen")]
        peer = find[("synthetic 1000 schemas, cold", "datamodel-codegen")]
        value = ratio(mine, peer)
        met = "MET" if value >= TARGET_1000_VS_DATAMODEL_CODEGEN else "NOT MET"
        lines.append(
            f"target 1000 cold ≥ {TARGET_1000_VS_DATAMODEL_CODEGEN}× faster than datamodel-codegen:"
            f" {describe(value)} -> {met}"
        )
    if warm_size is not None:
        for edit in ("a property added", "a description reworded"):
            warm = find[(f"synthetic {warm_size}, one schema changed", edit)]
            met = "MET" if warm.median < TARGET_WARM_SECONDS else "NOT MET"
            lines.append(
                f"target one schema of {warm_size} changed ({edit}) < {TARGET_WARM_SECONDS} s:"
                f" {warm.median:.2f} s -> {met}"
            )
    check = find[("SMS spec, --check, up to date", "cache (memoized run)")]
    met = "MET" if check.median < TARGET_CHECK_SECONDS else "NOT MET"
    lines.append(
        f"target --check on an up-to-date tree < {TARGET_CHECK_SECONDS} s: {check.median:.3f} s"
        f" -> {met} (formatting cache only:"
        f" {find[('SMS spec, --check, up to date', 'formatting cache only')].median:.3f} s;"
        f" no cache: {find[('SMS spec, --check, up to date', 'no cache')].median:.3f} s)"
    )
    return lines


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5, help="runs per cell (default 5)")
    parser.add_argument("--sizes", type=int, nargs="*", default=[10, 100, 1000])
    parser.add_argument(
        "--peers", type=Path, default=Path("/tmp/peers-venv"), help="the peers' venv"
    )
    parser.add_argument("--skip-warm", action="store_true", help="skip the one-schema-changed runs")
    parser.add_argument(
        "--work", type=Path, help="scratch directory (default: a new temporary one)"
    )
    arguments = parser.parse_args()
    if not (arguments.peers / "bin" / "datamodel-codegen").exists():
        sys.exit(f"no datamodel-codegen in {arguments.peers}: see this script's docstring")

    header = machine(arguments.peers)
    print("\n".join(header))
    print(f"load avg before: {load()}")
    global CWD
    work = arguments.work or Path(tempfile.mkdtemp(prefix="bench-generate-"))
    CWD = snapshot(work)
    print(f"ours from: a snapshot of {ROOT} ({', '.join(SNAPSHOT)}) in {CWD}")
    env = base_env(arguments.peers)
    cells = sms_scenarios(arguments.peers, work, env, arguments.runs)
    cells += synthetic_scenarios(arguments.peers, work, env, arguments.runs, arguments.sizes)
    warm_size = None
    profiles = []
    if not arguments.skip_warm and arguments.sizes:
        warm_size = max(arguments.sizes)
        cells += warm_scenarios(work, env, arguments.runs, warm_size)
        runs = arguments.runs
        # Relative to the last state: first one more property, then one more rewording.
        for label, added, reworded in (
            ("a property added", runs + 1, runs),
            ("a description reworded", runs + 1, runs + 1),
        ):
            profiles.append(f"{label}: {stage_profile(work, warm_size, added, reworded)}")
    print(f"load avg after:  {load()}")
    print(
        f"method: {arguments.runs} runs per cell, candidates interleaved; wall = time.perf_counter"
        " around the whole process; CPU = user+sys of the process and its children (getrusage)"
    )
    print()
    print("\n".join(table(cells)))
    print()
    print("\n".join(verdicts(cells, arguments.sizes, warm_size)))
    if profiles:
        print(f"\none warm regeneration of the {warm_size}-schema spec, in process, by stage:")
        print("\n".join(f"  {line}" for line in profiles))
    if arguments.work is None:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
