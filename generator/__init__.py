"""sms-codegen: generate typed Python models from an OpenAPI 3.x spec (Huawei Cloud SMS by default).

Public API: :func:`generate_files` (spec → files in memory), :func:`write_tree` / :func:`diff_tree`
(apply or compare them), :class:`SpecError` (every bad-input error). The CLI is ``python -m generator``.
"""

from generator.errors import SpecError
from generator.pipeline import generate_files
from generator.version import __version__
from generator.writing import diff_tree, write_tree

__all__ = ["SpecError", "__version__", "diff_tree", "generate_files", "write_tree"]
