"""Shared fixtures for the spec tests: the curated spec and the doc dump, read once per session."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import yaml
from doc_tables import read_seed

REPO_ROOT: Path = Path(__file__).parents[2]
SPEC_PATH: Path = REPO_ROOT / "spec" / "sms-update-task.yaml"
CURATION_PATH: Path = REPO_ROOT / "spec" / "CURATION.md"


@pytest.fixture(scope="session")
def spec() -> dict[str, Any]:
    """The curated spec as plain data (safe_load: the spec must not need YAML tags)."""
    loaded: dict[str, Any] = yaml.safe_load(SPEC_PATH.read_text(encoding="utf-8"))
    return loaded


@pytest.fixture(scope="session")
def seed_text() -> str:
    """The doc dump that the spec is curated from."""
    return read_seed()


@pytest.fixture(scope="session")
def curation_text() -> str:
    """spec/CURATION.md, the record of every place where the spec departs from the doc."""
    return CURATION_PATH.read_text(encoding="utf-8")
