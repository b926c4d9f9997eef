"""Shared test setup: the committed generated packages are importable by name."""

from __future__ import annotations

import os
import sys
import tempfile

from golden_cases import FIXTURE_GOLDEN, REPO

# A fresh, private cache for the run: a memoized result or formatted chunk left by an earlier run
# (or another checkout) must never stand in for what the code under test produces now.
os.environ["SMS_CODEGEN_CACHE_DIR"] = tempfile.mkdtemp(prefix="sms-codegen-test-cache-")

# The golden trees are the packages under test; import them from the committed files.
for package_root in [REPO / "generated", *sorted(FIXTURE_GOLDEN.glob("*"))]:
    if str(package_root) not in sys.path:
        sys.path.insert(0, str(package_root))
