"""The whole generation pipeline as one call: spec file → {relative path: file text}.

load → resolve → build the IR (models, then validators) → render → format. Nothing here touches the output directory, so
every spec error surfaces before a single file is written.
"""

from __future__ import annotations

from pathlib import Path

from generator.building import build_package
from generator.compiling import compile_validators
from generator.formatting import format_files
from generator.loading import load_spec
from generator.rendering import TEMPLATES_DIR, render_package
from generator.resolving import resolve_references
from generator.version import __version__


def generate_files(spec_path: Path, templates_dir: Path = TEMPLATES_DIR) -> dict[str, str]:
    """Generate the package for ``spec_path`` in memory; raises ``SpecError`` for bad specs."""
    resolved = resolve_references(load_spec(spec_path))
    package = build_package(resolved, generator_version=__version__)
    validators = compile_validators(resolved)
    return format_files(render_package(package, validators, templates_dir))
