"""generator/installed.py gives the answer importlib.metadata gives, without importing it."""

from __future__ import annotations

import importlib.metadata
import subprocess
import sys
from pathlib import Path

import pytest

from generator import installed


def _metadata(name: str) -> str | None:
    try:
        return importlib.metadata.version(name)
    except importlib.metadata.PackageNotFoundError:
        return None


def test_every_installed_distribution_has_the_version_importlib_metadata_reads() -> None:
    names = {dist.metadata["Name"] for dist in importlib.metadata.distributions()}
    assert len(names) > 20
    for name in sorted(names):
        assert installed.version(name) == _metadata(name), name
        assert installed.version(name.upper().replace("-", "_")) == _metadata(name), name


def test_a_missing_distribution_has_none() -> None:
    assert installed.version("no-such-distribution-anywhere") is None


def _site(tmp_path: Path, *directories: tuple[str, str]) -> Path:
    site = tmp_path / "site"
    for directory, version in directories:
        (site / directory).mkdir(parents=True)
        (site / directory / "METADATA").write_text(
            f"Metadata-Version: 2.1\nName: demo-dist\nVersion: {version}\n\nBody\n",
            encoding="utf-8",
        )
    return site


@pytest.mark.parametrize(
    "directories",
    [
        [("demo_dist-1.2.3.dist-info", "1.2.3")],
        [("Demo.Dist-1.2.3.dist-info", "1.2.3")],  # an older spelling of the name
        [("demo_dist-1.0.dist-info", "1.0"), ("demo_dist-2.0.dist-info", "2.0")],  # ambiguous
        [("demo_dist.egg-info", "3.0")],  # not a dist-info: importlib.metadata decides
        [("demo_dist-4.0.dist-info", "4.0.post1")],  # METADATA is what counts
    ],
)
def test_it_agrees_with_importlib_metadata_on_a_path_of_its_own(
    tmp_path: Path, directories: list[tuple[str, str]]
) -> None:
    site = _site(tmp_path, *directories)
    if directories[0][0].endswith(".egg-info"):
        (site / directories[0][0] / "PKG-INFO").write_text(
            "Metadata-Version: 2.1\nName: demo-dist\nVersion: 3.0\n", encoding="utf-8"
        )
    script = (
        "import importlib.metadata as m, sys;"
        "from generator import installed;"
        "print(installed.version('demo-dist'), m.version('demo-dist'))"
    )
    result = subprocess.run(
        [sys.executable, "-c", script],
        env={"PYTHONPATH": f"{site}:{Path(installed.__file__).parent.parent}"},
        capture_output=True,
        text=True,
        check=True,
    )
    ours, theirs = result.stdout.split()
    assert ours == theirs


def test_it_does_not_import_importlib_metadata_when_it_need_not() -> None:
    script = (
        "import sys; from generator import installed;"
        "assert installed.version('black');"
        "print('importlib.metadata' in sys.modules)"
    )
    result = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, check=True
    )
    assert result.stdout.strip() == "False"
