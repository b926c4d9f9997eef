"""The whole generation pipeline as one call: spec file → {relative path: file text}.

load → resolve → build the IR (models, then validators) → render → format. Nothing here touches the output directory, so
every spec error surfaces before a single file is written.
"""

from __future__ import annotations

import hashlib
import json
from pathlib import Path
from typing import Any

from generator import naming
from generator.building import build_package
from generator.compiling import compile_schemas, compile_validators
from generator.exporting import export_schemas, schema_json_text
from generator.formatting import format_files
from generator.ir import Package
from generator.loading import Document, load_spec
from generator.rendering import TEMPLATES_DIR, render_package
from generator.resolving import ResolvedDocument, resolve_references
from generator.version import __version__


def compile_schema_sources(schema: Any, source: Path = Path("<schema>")) -> dict[str, str]:
    """Validator modules for one bare JSON Schema (its root is ``#``), unformatted.

    For tests and tools that need a validator for a schema that is not part of an OpenAPI document
    (e.g. the JSON-Schema-Test-Suite): the result holds ``_validation.py`` and ``validators.py``, to be
    placed together in a package; the schema's entry point is ``validate_schema``.
    """
    raw = json.dumps(schema, sort_keys=True).encode()
    document = Document(path=source, data=schema, sha256=hashlib.sha256(raw).hexdigest())
    validators = compile_schemas(resolve_references(document), {"Schema": ""})
    package = build_package(
        resolve_references(
            Document(path=source, data={"openapi": "3.1.0", "info": {"title": "schema"}}, sha256="")
        ),
        generator_version=__version__,
    )
    rendered = render_package(package, validators)
    return {
        name: rendered[f"{package.name}/{name}"] for name in ("_validation.py", "validators.py")
    }


def generate_files(spec_path: Path, templates_dir: Path = TEMPLATES_DIR) -> dict[str, str]:
    """Generate the package for ``spec_path`` in memory; raises ``SpecError`` for bad specs."""
    resolved = resolve_references(load_spec(spec_path))
    package = build_package(resolved, generator_version=__version__)
    validators = compile_validators(resolved)
    schemas = _schema_files(resolved, package)
    return format_files(render_package(package, validators, schemas, templates_dir))


def _schema_files(resolved: ResolvedDocument, package: Package) -> dict[str, str]:
    """Class name → JSON text of each component's standalone Draft 2020-12 document.

    The generated-file notice goes first, in ``$comment`` (JSON has no comments).
    """
    return {
        naming.class_name(name): schema_json_text({"$comment": package.notice, **document})
        for name, document in export_schemas(resolved).items()
    }
