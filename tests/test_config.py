"""Settings: built-in defaults < [tool.sms-codegen] < command-line flags."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest
from golden_cases import MAIN_SPEC, REPO

from generator.cli import main
from generator.config import ConfigError, Settings, find_config, load_settings


@pytest.fixture
def project(tmp_path: Path) -> Iterator[Path]:
    """A downstream project directory (the current directory during the test)."""
    (tmp_path / "api").mkdir()
    (tmp_path / "api" / "spec.yaml").write_bytes(MAIN_SPEC.read_bytes())
    previous = Path.cwd()
    os.chdir(tmp_path)
    try:
        yield tmp_path
    finally:
        os.chdir(previous)


def _pyproject(project: Path, table: str) -> Path:
    path = project / "pyproject.toml"
    path.write_text(f'[project]\nname = "x"\n\n[tool.sms-codegen]\n{table}\n', encoding="utf-8")
    return path


def test_without_configuration_the_defaults_apply(tmp_path: Path) -> None:
    assert find_config(tmp_path) is None
    assert load_settings(None) == Settings(
        spec=Path("spec/sms-update-task.yaml"), out=Path("generated")
    )


def test_paths_are_relative_to_the_configuration_file(project: Path) -> None:
    config = _pyproject(project, 'spec = "api/spec.yaml"\nout = "gen"\npackage = "my_sms"')
    (project / "sub").mkdir()
    assert find_config(project / "sub") == config
    assert load_settings(config) == Settings(
        spec=project / "api/spec.yaml", out=project / "gen", package="my_sms"
    )


def test_generate_reads_the_table_and_flags_override_it(project: Path) -> None:
    _pyproject(project, 'spec = "api/spec.yaml"\nout = "gen"\npackage = "my_sms"')
    assert main(["generate"]) == 0
    assert (project / "gen" / "my_sms" / "models.py").is_file()
    assert main(["generate", "--out", "other", "--package", "flagged"]) == 0
    assert (project / "other" / "flagged" / "models.py").is_file()
    assert 'packages = ["flagged"]' in (project / "other" / "pyproject.toml").read_text()


def test_a_config_file_can_be_named(project: Path) -> None:
    elsewhere = project / "conf" / "settings.toml"
    elsewhere.parent.mkdir()
    elsewhere.write_text('[tool.sms-codegen]\nspec = "../api/spec.yaml"\nout = "../out"\n')
    assert main(["generate", "--config", str(elsewhere)]) == 0
    assert (project / "out" / "sms_v3" / "models.py").is_file()


@pytest.mark.parametrize(
    ("table", "message"),
    [
        ('colour = "blue"', "[tool.sms-codegen] has unknown keys colour; known keys: out,"),
        ("spec = 3", "[tool.sms-codegen] spec must be a non-empty string"),
        ('package = "not-valid"', "package 'not-valid' is not a valid Python import name"),
        ("spec = ", "invalid TOML: "),
    ],
)
def test_bad_configuration_exits_2_with_the_file_named(
    project: Path, capsys: pytest.CaptureFixture[str], table: str, message: str
) -> None:
    config = _pyproject(project, table)
    assert main(["generate"]) == 2
    err = capsys.readouterr().err
    assert err.startswith(f"{config}: ") and message in err, err


def test_bad_flags_exit_2(project: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["generate", "--spec", "api/spec.yaml", "--package", "1bad"]) == 2
    assert "--package: package '1bad' is not a valid Python import name" in capsys.readouterr().err
    assert main(["generate", "--spec", "api/spec.yaml", "--templates", "missing"]) == 2
    assert "missing: the templates directory does not exist" in capsys.readouterr().err
    assert not (project / "generated").exists()


def test_load_settings_rejects_a_non_table(tmp_path: Path) -> None:
    path = tmp_path / "pyproject.toml"
    path.write_text('[tool]\nsms-codegen = "x"\n')
    with pytest.raises(ConfigError, match="must be a table"):
        load_settings(path)


def test_this_repository_is_configured_for_its_own_spec() -> None:
    assert load_settings(REPO / "pyproject.toml") == Settings(
        spec=REPO / "spec/sms-update-task.yaml", out=REPO / "generated"
    )
