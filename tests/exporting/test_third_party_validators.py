"""Independent validators read the exported schema files the way ``jsonschema`` does.

``check-jsonschema`` (PyPI) and ``ajv-cli`` (npm, a JavaScript implementation with its own ``$ref``
resolution and Ajv's strict mode) get the files exactly as written (``schema_json_text``) and must
agree with ``jsonschema.Draft202012Validator`` on the doc example (exit 0) and on broken payloads
(non-zero exit, and the same error locations). Ajv is pinned by ``package.json`` and
``package-lock.json`` next to this file (``npm ci --prefix tests/exporting``; the fixture runs it when
the install is missing or stale). A missing tool skips these tests only outside CI: with ``CI`` set,
it fails them, so CI cannot pass without running them.
"""

from __future__ import annotations

import copy
import importlib.util
import json
import os
import shutil
import subprocess
import sys
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any, NoReturn

import pytest
from golden_cases import MAIN_SPEC
from jsonschema import Draft202012Validator

from generator.exporting import export_schemas, schema_json_text
from generator.loading import load_spec
from generator.resolving import resolve_references

NPM_PREFIX = Path(__file__).resolve().parent
TIMEOUT = 300


def unavailable(reason: str) -> NoReturn:
    """Skip on a developer machine; fail in CI, which must run every validator."""
    if os.environ.get("CI"):
        pytest.fail(f"{reason} (CI={os.environ['CI']!r}: third-party validators must run in CI)")
    pytest.skip(reason)


def run(command: list[str], cwd: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        command, cwd=cwd, capture_output=True, text=True, timeout=TIMEOUT, check=False
    )


# --- the tools ---------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def check_jsonschema() -> list[str]:
    """The check-jsonschema command, from the running interpreter's environment."""
    if importlib.util.find_spec("check_jsonschema") is None:
        unavailable("check-jsonschema is not installed (pip install check-jsonschema==0.39.0)")
    return [sys.executable, "-m", "check_jsonschema"]


def _stale_npm_packages() -> list[str]:
    """Packages of package-lock.json that node_modules lacks, has at another version, or has without
    their entry file (a copy of node_modules whose ``dist/`` folders were lost, say to .gitignore).
    """
    lock = json.loads((NPM_PREFIX / "package-lock.json").read_text(encoding="utf-8"))
    stale = []
    for location, entry in lock["packages"].items():
        if not location:
            continue
        package = NPM_PREFIX / location
        manifest_path = package / "package.json"
        manifest = (
            json.loads(manifest_path.read_text(encoding="utf-8")) if manifest_path.is_file() else {}
        )
        bin_field = manifest.get("bin", {})
        bins = [bin_field] if isinstance(bin_field, str) else list(bin_field.values())
        mains = [manifest["main"]] if "main" in manifest else []
        entries = [package / path for path in [*mains, *bins]]
        if manifest.get("version") != entry["version"]:
            stale.append(
                f"{location}: installed {manifest.get('version')}, locked {entry['version']}"
            )
        for path in entries:
            if not any(file.is_file() for file in (path, path.with_name(path.name + ".js"))):
                stale.append(f"{location}: {path.relative_to(NPM_PREFIX)} is missing")
    return stale


@pytest.fixture(scope="module")
def ajv() -> list[str]:
    """The pinned ajv-cli command; installs the lock file's packages when they are not in place."""
    node, npm = shutil.which("node"), shutil.which("npm")
    if node is None or npm is None:
        unavailable("node and npm are needed for ajv-cli")
    if _stale_npm_packages():
        installed = run(
            [npm, "ci", "--prefix", str(NPM_PREFIX), "--no-audit", "--no-fund"], NPM_PREFIX
        )
        assert installed.returncode == 0, f"npm ci failed:\n{installed.stdout}{installed.stderr}"
        assert _stale_npm_packages() == []
    return [node, str(NPM_PREFIX / "node_modules" / "ajv-cli" / "dist" / "index.js")]


# --- the files ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class Case:
    """A payload for one exported schema; ``valid`` is what the spec says about it."""

    name: str
    schema: str
    mutate: Callable[[dict[str, Any]], None]
    valid: bool


def _set(path: list[str | int], value: Any) -> Callable[[dict[str, Any]], None]:
    def mutate(payload: dict[str, Any]) -> None:
        node: Any = payload
        for token in path[:-1]:
            node = node[token]
        node[path[-1]] = value

    return mutate


def _delete(path: list[str | int]) -> Callable[[dict[str, Any]], None]:
    def mutate(payload: dict[str, Any]) -> None:
        node: Any = payload
        for token in path[:-1]:
            node = node[token]
        del node[path[-1]]

    return mutate


def _unchanged(payload: dict[str, Any]) -> None:
    return None


CASES = [
    Case("doc-example", "PutTaskReq", _unchanged, valid=True),
    Case("wrong-enum", "PutTaskReq", _set(["os_type"], "MACOS"), valid=False),
    Case("out-of-range", "PutTaskReq", _set(["priority"], 3), valid=False),
    Case(
        "nested-out-of-range",
        "PutTaskReq",
        _set(["target_server", "disks", 0, "physical_volumes", 0, "index"], -1),
        valid=False,
    ),
    Case("missing-required", "PutTaskReq", _delete(["target_server", "disks"]), valid=False),
    Case(
        "missing-required-nested",
        "PutTaskReq",
        _set(["source_server", "disks"], [{"name": "d", "device_use": "OS", "size": 1}]),
        valid=False,
    ),
    Case(
        "wrong-type-nested",
        "PutTaskReq",
        _set(["target_server", "disks", 0, "size"], "40 GB"),
        valid=False,
    ),
    Case("wrong-type", "PutTaskReq", _set(["sub_tasks"], {"id": 1}), valid=False),
    Case("null-in-required", "PutTaskReq", _set(["sub_tasks", 0, "progress"], None), valid=False),
    Case("nullable-null", "PutTaskReq", _set(["target_server"], None), valid=True),
    Case("error-doc-example", "ErrorResponse", _unchanged, valid=True),
    Case(
        "error-detail-type", "ErrorResponse", _set(["details", 0, "error_code"], 9004), valid=False
    ),
]


@pytest.fixture(scope="module")
def spec_data() -> dict[str, Any]:
    data: dict[str, Any] = load_spec(MAIN_SPEC).data
    return data


@pytest.fixture(scope="module")
def exports() -> dict[str, dict[str, Any]]:
    return export_schemas(resolve_references(load_spec(MAIN_SPEC)))


@pytest.fixture(scope="module")
def workdir(tmp_path_factory: pytest.TempPathFactory, exports: dict[str, dict[str, Any]]) -> Path:
    """Every export written as ``<Name>.json``, exactly the bytes the generator will write."""
    directory = tmp_path_factory.mktemp("schemas")
    for name, document in exports.items():
        (directory / f"{name}.json").write_text(schema_json_text(document), encoding="utf-8")
    return directory


def payload_for(case: Case, spec_data: dict[str, Any]) -> Any:
    operation = spec_data["paths"]["/v3/tasks/{task_id}"]["put"]
    media = (
        operation["requestBody"]["content"]["application/json"]
        if case.schema == "PutTaskReq"
        else operation["responses"]["403"]["content"]["application/json"]
    )
    payload = copy.deepcopy(media["examples"]["doc_example"]["value"])
    case.mutate(payload)
    return payload


def reference_errors(
    document: dict[str, Any], payload: Any
) -> tuple[set[str], set[tuple[str, str]]]:
    """jsonschema's verdict: top-level error JSON paths, and every (JSON pointer, keyword) error."""
    errors = list(Draft202012Validator(document).iter_errors(payload))
    top = {error.json_path for error in errors}
    every: set[tuple[str, str]] = set()
    while errors:
        error = errors.pop()
        pointer = "".join(
            "/" + str(token).replace("~", "~0").replace("/", "~1") for token in error.absolute_path
        )
        every.add((pointer, str(error.validator)))
        errors.extend(error.context or [])
    return top, every


# --- tests -------------------------------------------------------------------------------------


def test_check_jsonschema_accepts_every_export_under_its_metaschema(
    check_jsonschema: list[str], workdir: Path, exports: dict[str, dict[str, Any]]
) -> None:
    files = [f"{name}.json" for name in exports]
    result = run([*check_jsonschema, "--check-metaschema", *files], workdir)
    assert result.returncode == 0, result.stdout + result.stderr


def test_ajv_compiles_every_export_in_strict_mode(
    ajv: list[str], workdir: Path, exports: dict[str, dict[str, Any]]
) -> None:
    schemas = [argument for name in exports for argument in ("-s", f"{name}.json")]
    result = run([*ajv, "compile", "--spec=draft2020", "-c", "ajv-formats", *schemas], workdir)
    assert result.returncode == 0, result.stdout + result.stderr
    for name in exports:
        assert f"schema {name}.json is valid" in result.stdout + result.stderr


@pytest.mark.parametrize("case", CASES, ids=[case.name for case in CASES])
def test_check_jsonschema_agrees_with_jsonschema(
    check_jsonschema: list[str],
    workdir: Path,
    exports: dict[str, dict[str, Any]],
    spec_data: dict[str, Any],
    case: Case,
) -> None:
    payload = payload_for(case, spec_data)
    top, _ = reference_errors(exports[case.schema], payload)
    assert (not top) is case.valid
    data = workdir / f"{case.name}.data.json"
    data.write_text(json.dumps(payload), encoding="utf-8")
    command = [*check_jsonschema, "--output-format", "json", "--schemafile", f"{case.schema}.json"]
    result = run([*command, data.name], workdir)
    assert (result.returncode == 0) is case.valid, result.stdout + result.stderr
    report = json.loads(result.stdout)
    assert report.get("parse_errors", []) == []
    assert report["status"] == ("ok" if case.valid else "fail")
    assert {error["path"] for error in report["errors"]} == top


@pytest.mark.parametrize("case", CASES, ids=[case.name for case in CASES])
def test_ajv_agrees_with_jsonschema(
    ajv: list[str],
    workdir: Path,
    exports: dict[str, dict[str, Any]],
    spec_data: dict[str, Any],
    case: Case,
) -> None:
    payload = payload_for(case, spec_data)
    _, every = reference_errors(exports[case.schema], payload)
    assert (not every) is case.valid
    data = workdir / f"{case.name}.ajv.json"
    data.write_text(json.dumps(payload), encoding="utf-8")
    options = ["--spec=draft2020", "-c", "ajv-formats", "--all-errors", "--errors=json"]
    result = run(
        [*ajv, "validate", *options, "-s", f"{case.schema}.json", "-d", data.name], workdir
    )
    output = result.stdout + result.stderr
    assert (result.returncode == 0) is case.valid, output
    if case.valid:
        assert f"{data.name} valid" in output
        return
    verdict, _, errors_json = result.stderr.partition("\n")
    assert verdict == f"{data.name} invalid", output
    reported = {(error["instancePath"], error["keyword"]) for error in json.loads(errors_json)}
    assert reported == every
