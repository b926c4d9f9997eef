"""The golden record: which spec generates which committed tree.

Shared by the golden tests and by ``tests/refresh_golden.py``, so the two can never disagree about
what is golden.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
MAIN_SPEC = REPO / "spec" / "sms-update-task.yaml"
FIXTURE_SPECS = REPO / "tests" / "fixtures" / "specs"
FIXTURE_GOLDEN = REPO / "tests" / "golden"
#: ``tests/fixtures/templates/<fixture>/``, when it exists, overrides built-in templates by name.
FIXTURE_TEMPLATES = REPO / "tests" / "fixtures" / "templates"


@dataclass(frozen=True)
class GoldenCase:
    """A spec and the directory holding its committed generated output."""

    name: str
    spec: Path
    golden: Path
    templates: Path | None = None

    def arguments(self) -> list[str]:
        """The ``generate`` flags that reproduce this case (without ``--out``)."""
        templates = ["--templates", str(self.templates)] if self.templates else []
        return ["--spec", str(self.spec), *templates]


def golden_cases() -> list[GoldenCase]:
    """The SMS spec (golden tree: ``generated/``) and every fixture spec (``tests/golden/<name>/``)."""
    fixtures = [
        GoldenCase(spec.stem, spec, FIXTURE_GOLDEN / spec.stem, _overrides(spec.stem))
        for spec in sorted(FIXTURE_SPECS.glob("*.yaml"))
    ]
    return [GoldenCase("sms-update-task", MAIN_SPEC, REPO / "generated"), *fixtures]


def _overrides(name: str) -> Path | None:
    directory = FIXTURE_TEMPLATES / name
    return directory if directory.is_dir() else None


def tree_files(root: Path) -> dict[str, bytes]:
    """Every file under ``root`` (relative POSIX path → bytes), ignoring caches and build output."""
    ignored = {"__pycache__", ".mypy_cache", ".ruff_cache", "build"}
    return {
        path.relative_to(root).as_posix(): path.read_bytes()
        for path in sorted(root.rglob("*"))
        if path.is_file()
        and not ignored.intersection(path.relative_to(root).parts)
        and not any(part.endswith(".egg-info") for part in path.relative_to(root).parts)
    }
