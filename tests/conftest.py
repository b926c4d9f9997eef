"""Shared test setup: the committed generated packages are importable by name; `cache_dir` gives a
test a private cache."""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

import pytest
from golden_cases import FIXTURE_GOLDEN, REPO

# A fresh, private cache for the run: a memoized result or formatted chunk left by an earlier run
# (or another checkout) must never stand in for what the code under test produces now.
os.environ["SMS_CODEGEN_CACHE_DIR"] = tempfile.mkdtemp(prefix="sms-codegen-test-cache-")

# The golden trees are the packages under test; import them from the committed files.
for package_root in [REPO / "generated", *sorted(FIXTURE_GOLDEN.glob("*"))]:
    if str(package_root) not in sys.path:
        sys.path.insert(0, str(package_root))


@pytest.fixture
def cache_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A private, empty cache directory for one test (the memos and the formatting cache)."""
    from generator import pipeline

    directory = tmp_path / "cache"
    monkeypatch.setenv("SMS_CODEGEN_CACHE_DIR", str(directory))
    # The generator's source may be edited while the tests run (which rightly stops memoizing);
    # tests of the memos see the source as unchanged unless they say otherwise.
    monkeypatch.setattr(pipeline, "_sources_digest", lambda: pipeline._SOURCES)
    return directory
