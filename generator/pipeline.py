"""The whole generation pipeline as one call: spec file → {relative path: file text}.

load → resolve → build the IR (models, then validators) → render → format. Nothing here touches the output directory, so
every spec error surfaces before a single file is written. A successful run's result is memoized in
the user's cache directory under a digest of all its inputs (see "memo" at the end), so that running
again on the same inputs (``generate --check``, a no-op regeneration) costs a lookup.
"""

from __future__ import annotations

import hashlib
import json
import sys
from importlib.metadata import PackageNotFoundError, version
from pathlib import Path
from typing import TYPE_CHECKING, Any

from generator.caching import TextCache, default_cache_dir, digest, tree_digest
from generator.formatting import format_files
from generator.version import __version__

# The stages are imported where they are used, not here: a run whose result is memoized (see
# "memo" below) needs none of them, and importing them (YAML, jsonschema, the IR) is most of its time.
if TYPE_CHECKING:
    from generator.ir import Package
    from generator.resolving import ResolvedDocument


def compile_schema_sources(schema: Any, source: Path = Path("<schema>")) -> dict[str, str]:
    """Validator modules for one bare JSON Schema (its root is ``#``), unformatted.

    For tests and tools that need a validator for a schema that is not part of an OpenAPI document
    (e.g. the JSON-Schema-Test-Suite): the result holds ``_validation.py`` and ``validators.py``, to be
    placed together in a package; the schema's entry point is ``validate_schema``.
    """
    from generator.building import build_package
    from generator.compiling import compile_schemas
    from generator.loading import Document
    from generator.rendering import render_package
    from generator.resolving import resolve_references

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


def generate_files(
    spec_path: Path, *, package_name: str | None = None, templates: Path | None = None
) -> dict[str, str]:
    """Generate the package for ``spec_path`` in memory; raises ``SpecError`` for bad specs.

    ``package_name`` overrides the import name the spec implies; ``templates`` is a directory whose
    templates replace built-in ones of the same name.

    The result of a run is memoized (see :func:`_memo_key`): running again on the same inputs, as
    ``generate --check`` and a no-op regeneration do, reads it back instead of generating.
    """
    memo = TextCache(default_cache_dir(), MEMO_NAMESPACE, shard=False)
    try:
        # Read once: the run parses these very bytes, so the key cannot describe another version.
        spec: bytes | None = spec_path.read_bytes()
    except OSError:
        spec = None  # the loader reports it
    key = None
    if memo.enabled and spec is not None:
        key = _memo_key(spec_path, spec, package_name, templates, _SOURCES)
    if key is not None:
        remembered = _recall(memo, key)
        if remembered is not None:
            return remembered
    files = _generate(spec_path, spec, package_name=package_name, templates=templates)
    # Memoize only if nothing changed under the run: the generator's source since it was imported
    # (it may have been edited since), and the templates since the key was computed.
    if (
        key is not None
        and spec is not None
        and key == _memo_key(spec_path, spec, package_name, templates, _sources_digest())
    ):
        memo.put(key, json.dumps(files, ensure_ascii=False))
        memo.prune(MEMO_ENTRIES, MEMO_BYTES)
    return files


def _generate(
    spec_path: Path, spec: bytes | None, *, package_name: str | None, templates: Path | None
) -> dict[str, str]:
    """The pipeline itself, on the ``spec`` bytes read from ``spec_path`` (or reading them)."""
    rendered = render_files(spec_path, spec, package_name=package_name, templates=templates)
    # Custom templates need not lay code out as black does: only the built-in ones are trusted to.
    return format_files(rendered, trust_layout=templates is None)


def render_files(
    spec_path: Path,
    spec: bytes | None = None,
    *,
    package_name: str | None = None,
    templates: Path | None = None,
) -> dict[str, str]:
    """Every output file as the templates render it, before formatting (what the formatting stage
    receives; tests compare it with black). Reads ``spec_path`` unless given its ``spec`` bytes."""
    from generator.building import build_package
    from generator.compiling import compile_validators
    from generator.loading import load_spec, parse_spec
    from generator.rendering import render_package
    from generator.resolving import resolve_references

    document = load_spec(spec_path) if spec is None else parse_spec(spec, spec_path)
    resolved = resolve_references(document)
    package = build_package(resolved, generator_version=__version__, package_name=package_name)
    validators = compile_validators(resolved)
    schemas = _schema_files(resolved, package)
    return render_package(package, validators, schemas, templates)


def _schema_files(resolved: ResolvedDocument, package: Package) -> dict[str, str]:
    """Class name → JSON text of each component's standalone Draft 2020-12 document.

    The generated-file notice goes first, in ``$comment`` (JSON has no comments).
    """
    from generator import naming
    from generator.exporting import export_schemas, schema_json_text

    return {
        naming.class_name(name): schema_json_text({"$comment": package.notice, **document})
        for name, document in export_schemas(resolved).items()
    }


# --- memo: a whole run's result, under a digest of everything the output depends on ------------------

#: Where memoized runs are kept in the cache directory (see generator.caching), and how many: the
#: most recently used, at most this many and this many bytes (but always the last one).
MEMO_NAMESPACE = "runs-1"
MEMO_ENTRIES = 16
MEMO_BYTES = 64 << 20

#: Distributions whose version can change the generated bytes: parsing, rendering, formatting and
#: the exported schemas.
OUTPUT_LIBRARIES = (
    "black",
    "jinja2",
    "markupsafe",
    "pyyaml",
    "jsonschema",
    "jsonschema-specifications",
    "referencing",
)


def _memo_key(
    spec_path: Path, spec: bytes, package_name: str | None, templates: Path | None, sources: str
) -> str | None:
    """The digest of every input of a run, or ``None`` (no memo) when one cannot be read.

    The inputs: the spec's bytes and path, the options, the generator's own source (``sources``)
    and templates, so that editing the generator in a checkout is seen without a version bump; the
    override templates; the Python version (identifier and keyword rules) and the library versions.
    The pipeline reads nothing else: no other file, no environment variable, no clock. The black
    version is part of the key, and a run is memoized only after it succeeded, which it does only
    with the pinned black: so a hit needs no version check.
    """
    from generator.rendering import TEMPLATES_DIR

    try:
        builtin = tree_digest(TEMPLATES_DIR)
        overrides = "" if templates is None else tree_digest(templates)
    except OSError:
        return None  # the run itself reports what it cannot read
    return digest(
        "sms-codegen run",
        __version__,
        sys.version,
        *(f"{name}=={_installed(name)}" for name in OUTPUT_LIBRARIES),
        sources,
        builtin,
        "" if templates is None else str(templates.resolve()),
        overrides,
        str(spec_path),
        spec,
        package_name or "",
    )


def _sources_digest() -> str:
    """The digest of the generator's Python source as it is on disk now."""
    return tree_digest(Path(__file__).resolve().parent, ".py")


#: The generator's source as it was when this module was imported: what this process runs.
_SOURCES = _sources_digest()


def _installed(name: str) -> str:
    try:
        return version(name)
    except PackageNotFoundError:
        return "-"


def _recall(memo: TextCache, key: str) -> dict[str, str] | None:
    """The files of a memoized run; ``None`` when absent or not the expected shape."""
    text = memo.get(key)
    if text is None:
        return None
    try:
        files = json.loads(text)
    except ValueError:
        return None
    if not isinstance(files, dict) or not all(
        isinstance(path, str) and isinstance(content, str) for path, content in files.items()
    ):
        return None
    memo.touch(key)
    return files
