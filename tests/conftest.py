"""Shared test setup: the committed generated packages are importable by name."""

from __future__ import annotations

import sys

from golden_cases import FIXTURE_GOLDEN, REPO

# The golden trees are the packages under test; import them from the committed files.
for package_root in [REPO / "generated", *sorted(FIXTURE_GOLDEN.glob("*"))]:
    if str(package_root) not in sys.path:
        sys.path.insert(0, str(package_root))
