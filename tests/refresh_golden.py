"""Refresh every golden file: ``python tests/refresh_golden.py``.

Recompiles the precompiled built-in templates (``generator/compiled_templates``), then regenerates
``generated/`` from the SMS spec and ``tests/golden/<name>/`` from each fixture spec in
``tests/fixtures/specs/``. Review the resulting ``git diff`` before committing it: the golden files
are the record of what the generator emits.
"""

from __future__ import annotations

import sys

from golden_cases import golden_cases

from generator import SpecError, generate_files, write_tree
from generator.rendering import compile_builtin_templates


def main() -> int:
    compile_builtin_templates()
    for case in golden_cases():
        try:
            files = generate_files(case.spec, templates=case.templates)
        except SpecError as exc:
            print(exc, file=sys.stderr)
            return 2
        report = write_tree(case.golden, files)
        print(f"{case.name}: {len(report.written)} written, {len(report.removed)} removed")
    return 0


if __name__ == "__main__":
    sys.exit(main())
