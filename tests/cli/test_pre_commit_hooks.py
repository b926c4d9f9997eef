""".pre-commit-hooks.yaml: well-formed, its entries are real commands, and the hooks work when run
the way pre-commit runs them (entry + args + file names), without installing pre-commit.

The configuration a downstream repository uses is the README's example, read from the README.
"""

from __future__ import annotations

import json
import os
import re
import shlex
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
import yaml
from golden_cases import MAIN_SPEC, REPO

HOOKS_FILE = REPO / ".pre-commit-hooks.yaml"
README = REPO / "README.md"
VENV_BIN = Path(sys.executable).parent
SMALL_SPEC = REPO / "tests" / "fixtures" / "specs" / "ref_chains.yaml"

#: The keys pre-commit's manifest schema allows for a hook (pre-commit 3/4).
MANIFEST_KEYS = {
    "id",
    "name",
    "entry",
    "language",
    "alias",
    "files",
    "exclude",
    "types",
    "types_or",
    "exclude_types",
    "additional_dependencies",
    "args",
    "always_run",
    "fail_fast",
    "pass_filenames",
    "description",
    "language_version",
    "log_file",
    "require_serial",
    "stages",
    "verbose",
    "minimum_pre_commit_version",
}


def _hooks() -> dict[str, dict[str, Any]]:
    hooks = yaml.safe_load(HOOKS_FILE.read_text(encoding="utf-8"))
    assert isinstance(hooks, list)
    return {hook["id"]: hook for hook in hooks}


def _readme_configs() -> list[dict[str, Any]]:
    """Every ``.pre-commit-config.yaml`` example in the README (YAML blocks with ``repos:``)."""
    blocks = re.findall(r"```yaml\n(.*?)```", README.read_text(encoding="utf-8"), flags=re.DOTALL)
    return [yaml.safe_load(block) for block in blocks if block.startswith("repos:")]


def _readme_hook(hook_id: str) -> dict[str, Any]:
    for config in _readme_configs():
        for repo in config["repos"]:
            for hook in repo["hooks"]:
                if hook["id"] == hook_id:
                    return dict(hook)
    raise AssertionError(f"the README has no pre-commit example for {hook_id}")


def _env() -> dict[str, str]:
    """pre-commit puts the hook environment's bin directory first on PATH; so do we."""
    return {**os.environ, "PATH": f"{VENV_BIN}{os.pathsep}{os.environ.get('PATH', '')}"}


def _selected(hook: dict[str, Any], files: list[str]) -> list[str]:
    """The staged files pre-commit would pass: ``files``/``exclude`` regexes, then types."""
    suffixes = {"json": (".json",), "yaml": (".yaml", ".yml")}
    types_or = hook.get("types_or", [])
    allowed = tuple(suffix for kind in types_or for suffix in suffixes[kind])
    return [
        name
        for name in files
        if re.search(hook.get("files", ""), name)
        and not re.search(hook.get("exclude", "^$"), name)
        and (not allowed or name.endswith(allowed))
    ]


def _run_like_pre_commit(
    hook: dict[str, Any], files: list[str], cwd: Path, env: dict[str, str] | None = None
) -> subprocess.CompletedProcess[str]:
    command = [*shlex.split(hook["entry"]), *hook.get("args", [])]
    if hook.get("pass_filenames", True):
        command += _selected(hook, files)
    result = subprocess.run(
        command, cwd=cwd, env=env or _env(), capture_output=True, text=True, check=False
    )
    assert "Traceback" not in result.stdout + result.stderr
    return result


def test_the_hooks_file_is_a_valid_manifest() -> None:
    hooks = _hooks()
    assert list(hooks) == ["sms-validate", "sms-codegen-check", "sms-codegen-generate-check"]
    for hook in hooks.values():
        assert {"id", "name", "entry", "language"} <= set(hook), hook
        assert set(hook) <= MANIFEST_KEYS, set(hook) - MANIFEST_KEYS
        assert all(isinstance(hook[key], str) and hook[key] for key in ("name", "entry"))
        assert hook["language"] in {"python", "system"}
        for key in ("files", "exclude"):
            re.compile(hook.get(key, ""))

    validate = hooks["sms-validate"]
    assert validate["entry"] == "sms-codegen validate"
    assert validate["language"] == "python"
    assert validate["files"] == ""
    assert validate["types_or"] == ["json", "yaml"]
    assert validate.get("pass_filenames", True)

    check = hooks["sms-codegen-check"]
    assert check["entry"] == "sms-codegen generate --check"
    assert check["pass_filenames"] is False
    watched = ["spec/sms-update-task.yaml", "templates/models.py.jinja", "generated/sms_v3/x.py"]
    assert _selected(check, [*watched, "README.md", "tests/test_cli.py"]) == watched


@pytest.mark.parametrize("hook_id", ["sms-validate", "sms-codegen-check"])
def test_each_entry_is_a_real_command(hook_id: str) -> None:
    entry = shlex.split(_hooks()[hook_id]["entry"])
    assert shutil.which(entry[0], path=str(VENV_BIN)) == str(VENV_BIN / entry[0])
    result = subprocess.run(
        [*entry, "--help"], env=_env(), capture_output=True, text=True, check=False
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith(f"usage: sms-codegen {entry[1]}")


def test_the_readme_examples_use_the_hooks_that_exist() -> None:
    configs = _readme_configs()
    assert len(configs) == 3
    hook_ids = {
        hook["id"] for config in configs for repo in config["repos"] for hook in repo["hooks"]
    }
    assert hook_ids == set(_hooks())
    for config in configs:
        for repo in config["repos"]:
            assert repo["rev"] and repo["repo"].startswith("https://")
    assert _readme_hook("sms-validate") == {
        "id": "sms-validate",
        "files": r"^payloads/.*\.json$",
        "args": ["--schema", "PutTaskReq"],
    }


def _downstream_repo(tmp_path: Path) -> Path:
    """A repository with payloads, as the README's downstream example expects."""
    spec = yaml.safe_load(MAIN_SPEC.read_text(encoding="utf-8"))
    request = spec["paths"]["/v3/tasks/{task_id}"]["put"]["requestBody"]["content"]
    example = request["application/json"]["examples"]["doc_example"]["value"]
    files = {
        "payloads/good.json": json.dumps(example, indent=2),
        "payloads/bad.json": '{"name": "x", "os_type": "BSD"}',
        "payloads/notes.yaml": "priority: high  # not matched by the README's files pattern\n",
        "other/bad.json": '{"priority": "high"}',
        "README.md": "# downstream\n",
    }
    for name, text in files.items():
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_text(text, encoding="utf-8")
    return tmp_path


def test_sms_validate_runs_like_pre_commit_with_the_readme_configuration(tmp_path: Path) -> None:
    repo = _downstream_repo(tmp_path)
    hook = {**_hooks()["sms-validate"], **_readme_hook("sms-validate")}
    staged = sorted(path.relative_to(repo).as_posix() for path in repo.rglob("*") if path.is_file())
    assert _selected(hook, staged) == ["payloads/bad.json", "payloads/good.json"]

    failing = _run_like_pre_commit(hook, staged, repo)
    assert failing.returncode == 1
    assert failing.stdout == (
        'payloads/bad.json: /os_type: "BSD" is not one of ["WINDOWS", "LINUX", null]\n'
    )
    assert failing.stderr == ""

    (repo / "payloads" / "bad.json").write_text('{"name": "x", "os_type": "LINUX"}')
    passing = _run_like_pre_commit(hook, staged, repo)
    assert (passing.returncode, passing.stdout, passing.stderr) == (0, "", "")

    (repo / "payloads" / "bad.json").write_text('{"name": "x",')
    broken = _run_like_pre_commit(hook, staged, repo)
    assert broken.returncode == 2
    assert broken.stderr.startswith("payloads/bad.json:1:14: malformed JSON:")


def test_sms_validate_defaults_check_every_json_and_yaml_file(tmp_path: Path) -> None:
    repo = _downstream_repo(tmp_path)
    hook = _hooks()["sms-validate"]  # no files:/args: from the user
    staged = sorted(path.relative_to(repo).as_posix() for path in repo.rglob("*") if path.is_file())
    assert "README.md" not in _selected(hook, staged)
    result = _run_like_pre_commit(hook, staged, repo)
    assert result.returncode == 1
    assert {line.split(":")[0] for line in result.stdout.splitlines()} == {
        "other/bad.json",
        "payloads/bad.json",
        "payloads/notes.yaml",
    }


def test_sms_codegen_check_runs_like_pre_commit(tmp_path: Path) -> None:
    # A snapshot of a checkout (templates, generator; generated/ as it makes them): the hook runs
    # the checkout's own generator, which PYTHONPATH puts ahead of the installed one here. A small
    # fixture spec stands in for the SMS one: the same pipeline in a fraction of the time.
    for folder in ("templates", "generator"):
        shutil.copytree(
            REPO / folder, tmp_path / folder, ignore=shutil.ignore_patterns("__pycache__")
        )
    (tmp_path / "spec").mkdir()
    shutil.copy(SMALL_SPEC, tmp_path / "spec" / MAIN_SPEC.name)
    env = {**_env(), "PYTHONPATH": str(tmp_path)}
    subprocess.run(
        [sys.executable, "-m", "generator", "generate"],
        cwd=tmp_path,
        env=env,
        capture_output=True,
        check=True,
    )
    hook = _hooks()["sms-codegen-check"]

    up_to_date = _run_like_pre_commit(hook, ["spec/sms-update-task.yaml"], tmp_path, env)
    assert up_to_date.returncode == 0, up_to_date.stdout + up_to_date.stderr
    assert up_to_date.stdout == "generated is up to date\n"

    [models] = (tmp_path / "generated").glob("*/models.py")
    models.write_text(models.read_text(encoding="utf-8") + "# edited by hand\n", encoding="utf-8")
    stale = _run_like_pre_commit(hook, [models.relative_to(tmp_path).as_posix()], tmp_path, env)
    assert stale.returncode == 1
    assert "-# edited by hand" in stale.stdout
    assert "generated is stale" in stale.stderr


def test_downstream_generate_check_hook_reads_the_repositorys_settings(tmp_path: Path) -> None:
    """A downstream repository: its own spec, [tool.sms-codegen], committed output."""
    shutil.copy(SMALL_SPEC, tmp_path / "api.yaml")
    (tmp_path / "pyproject.toml").write_text(
        '[tool.sms-codegen]\nspec = "api.yaml"\nout = "sdk"\npackage = "my_sdk"\n',
        encoding="utf-8",
    )
    hook = _hooks()["sms-codegen-generate-check"]
    assert hook["language"] == "python" and hook["pass_filenames"] is False
    missing = _run_like_pre_commit(hook, ["api.yaml"], tmp_path, _env())
    assert missing.returncode == 1 and "+++ b/my_sdk/models.py" in missing.stdout
    subprocess.run(
        [VENV_BIN / "sms-codegen", "generate"], cwd=tmp_path, capture_output=True, check=True
    )
    up_to_date = _run_like_pre_commit(hook, ["api.yaml"], tmp_path, _env())
    assert up_to_date.returncode == 0, up_to_date.stdout + up_to_date.stderr
    assert up_to_date.stdout == f"{tmp_path / 'sdk'} is up to date\n"
