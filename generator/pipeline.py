"""The whole generation pipeline as one call: spec file → {relative path: file text}.

load → resolve → build the IR (models, then validators) → render → format. Nothing here touches the output directory, so
every spec error surfaces before a single file is written. Two records make repeated runs cheap,
both in the user's cache directory:

* a successful run records the SHA-256 of each file it generated under a digest of all its inputs
  (see "memo" at the end): an output directory that holds exactly those files is up to date without
  a run (``generate --check``, a no-op regeneration: :func:`recorded_output`);
* the sections a run rendered are kept for the next run with the same configuration, which then
  renders only what a spec edit changed (:mod:`generator.incremental`).
"""

from __future__ import annotations

import hashlib
import json
import marshal
import sys
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING, Any

from generator.caching import TextCache, default_cache_dir, digest, tree_digest
from generator.formatting import format_files
from generator.installed import version as installed_version
from generator.version import __version__

# The stages are imported where they are used, not here: a run whose output is recorded (see
# "memo" below) needs none of them, and importing them (YAML, jsonschema, the IR) is most of its time.
if TYPE_CHECKING:
    from generator.incremental import SectionMemo
    from generator.ir import Package, RenderedSection, ValidatorModule
    from generator.rendering import SectionRenderer
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

    A successful run records the SHA-256 of each file it generated, under a digest of all its inputs
    (see :func:`recorded_output`), and keeps the sections it rendered for the next run with the
    same configuration (see :mod:`generator.incremental`).
    """
    runs = _runs()
    try:
        # Read once: the run parses these very bytes, so the key cannot describe another version.
        spec: bytes | None = spec_path.read_bytes()
    except OSError:
        spec = None  # the loader reports it
    config = None
    if runs.enabled and spec is not None:
        config = _config_key(spec_path, package_name, templates, _SOURCES)
    from generator.incremental import NAMESPACE, SectionMemo

    sections = SectionMemo(TextCache(default_cache_dir(), NAMESPACE, shard=False), config)
    files = _generate(
        spec_path, spec, package_name=package_name, templates=templates, memo=sections
    )
    # Memoize only if nothing changed under the run: the generator's source since it was imported
    # (it may have been edited since), and the templates since the key was computed.
    if (
        config is not None
        and spec is not None
        and config == _config_key(spec_path, package_name, templates, _sources_digest())
    ):
        digests = {path: hashlib.sha256(text.encode()).hexdigest() for path, text in files.items()}
        runs.put_bytes(_run_key(config, spec), marshal.dumps(digests))
        runs.prune(MEMO_ENTRIES, MEMO_BYTES)
        sections.save()
    return files


def recorded_output(
    spec_path: Path, *, package_name: str | None = None, templates: Path | None = None
) -> dict[str, str] | None:
    """Relative path → SHA-256 of every file that :func:`generate_files` generated the last time
    it ran on exactly these inputs, or ``None`` when no such run is recorded.

    An output directory that holds exactly these files needs no run at all: this is what makes
    ``generate --check`` and a no-op regeneration cost a lookup.
    """
    runs = _runs()
    try:
        spec = spec_path.read_bytes()
    except OSError:
        return None  # the run reports it
    key = _memo_key(spec_path, spec, package_name, templates, _SOURCES) if runs.enabled else None
    return None if key is None else _recall(runs, key)


def _generate(
    spec_path: Path,
    spec: bytes | None,
    *,
    package_name: str | None,
    templates: Path | None,
    memo: SectionMemo | None = None,
) -> dict[str, str]:
    """The pipeline itself, on the ``spec`` bytes read from ``spec_path`` (or reading them)."""
    rendered = render_files(
        spec_path, spec, package_name=package_name, templates=templates, memo=memo
    )
    # Custom templates need not lay code out as black does: only the built-in ones are trusted to.
    return format_files(rendered, trust_layout=templates is None)


def render_files(
    spec_path: Path,
    spec: bytes | None = None,
    *,
    package_name: str | None = None,
    templates: Path | None = None,
    memo: SectionMemo | None = None,
) -> dict[str, str]:
    """Every output file as the templates render it, before formatting (what the formatting stage
    receives; tests compare it with black). Reads ``spec_path`` unless given its ``spec`` bytes.

    With a ``memo`` (see :mod:`generator.incremental`), sections the previous run rendered are
    reused instead of being compiled, exported or rendered again, and this run's are kept in it.
    """
    from generator.building import build_package
    from generator.compiling import component_roots
    from generator.incremental import SectionMemo, component_keys, item_key
    from generator.loading import load_spec, parse_spec
    from generator.rendering import SectionRenderer, render_package
    from generator.resolving import resolve_references

    memo = memo or SectionMemo()
    document = load_spec(spec_path) if spec is None else parse_spec(spec, spec_path)
    resolved = resolve_references(document)
    package = build_package(resolved, generator_version=__version__, package_name=package_name)
    # Without a memo every component is produced: no key is worth computing.
    keys = component_keys(resolved) if memo.enabled else dict.fromkeys(component_roots(resolved))
    sections = SectionRenderer(templates)
    validators, validator_sections = _validator_sections(resolved, keys, memo, sections)
    model_sections = [
        *(
            memo.section(item_key("enum", item), partial(sections.enum, item))
            for item in package.enums
        ),
        *(
            memo.section(item_key("model", item), partial(sections.model, item))
            for item in package.models
        ),
    ]
    schemas = _schema_files(resolved, package, keys, memo)
    return render_package(
        package,
        validators,
        schemas,
        templates,
        model_sections=model_sections,
        validator_sections=validator_sections,
    )


def _validator_sections(
    resolved: ResolvedDocument,
    keys: dict[str, str | None],
    memo: SectionMemo,
    sections: SectionRenderer,
) -> tuple[ValidatorModule, list[RenderedSection]]:
    """The validator IR (every entry point, and the sections the memo lacks) and every component's
    section of validators.py, in spec order."""
    from generator.compiling import compile_validators
    from generator.incremental import section_keys

    memo_keys = section_keys("validator", keys)
    validators = compile_validators(resolved, memo.lacking(memo_keys))
    compiled = {name: sections.validator(section) for name, section in validators.sections.items()}
    return validators, memo.sections(memo_keys, compiled)


def _schema_files(
    resolved: ResolvedDocument,
    package: Package,
    keys: dict[str, str | None],
    memo: SectionMemo,
) -> dict[str, str]:
    """Class name → JSON text of each component's standalone Draft 2020-12 document.

    The generated-file notice goes first, in ``$comment`` (JSON has no comments). A document whose
    text the memo holds is not exported again.
    """
    from generator import naming
    from generator.exporting import export_schemas, schema_json_text
    from generator.incremental import section_keys
    from generator.ir import RenderedSection

    memo_keys = section_keys("schema", keys)
    exported = {
        name: RenderedSection(schema_json_text({"$comment": package.notice, **document}))
        for name, document in export_schemas(resolved, memo.lacking(memo_keys)).items()
    }
    return {
        naming.class_name(name): section.text
        for name, section in zip(keys, memo.sections(memo_keys, exported))
    }


# --- memo: a whole run's result, under a digest of everything the output depends on ------------------

#: Where the records of runs are kept in the cache directory (see generator.caching), and how many:
#: the most recently used, at most this many and this many bytes (but always the last one).
MEMO_NAMESPACE = "runs-2"
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


def _config_key(
    spec_path: Path, package_name: str | None, templates: Path | None, sources: str
) -> str | None:
    """The digest of every input of a run but the spec's bytes, or ``None`` (no memo) when one
    cannot be read. A run's memo key adds the spec's bytes; the section memo of
    :mod:`generator.incremental` is kept under this key alone (one per configuration).

    The inputs: the spec's path, the options, the generator's own source (``sources``) and
    templates, so that editing the generator in a checkout is seen without a version bump; the
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
        package_name or "",
    )


def _memo_key(
    spec_path: Path, spec: bytes, package_name: str | None, templates: Path | None, sources: str
) -> str | None:
    """The key a run's record is kept under: its configuration (:func:`_config_key`) and spec."""
    config = _config_key(spec_path, package_name, templates, sources)
    return None if config is None else _run_key(config, spec)


def _run_key(config: str, spec: bytes) -> str:
    return digest(config, spec)


def _runs() -> TextCache:
    """Where the records of runs are kept."""
    return TextCache(default_cache_dir(), MEMO_NAMESPACE, shard=False)


def _sources_digest() -> str:
    """The digest of the generator's Python source as it is on disk now."""
    return tree_digest(Path(__file__).resolve().parent, ".py")


#: The generator's source as it was when this module was imported: what this process runs.
_SOURCES = _sources_digest()


def _installed(name: str) -> str:
    return installed_version(name) or "-"


def _recall(memo: TextCache, key: str) -> dict[str, str] | None:
    """The file digests of a recorded run; ``None`` when absent or not the expected shape."""
    data = memo.get_bytes(key)
    if data is None:
        return None
    try:
        digests = marshal.loads(data)
    except (ValueError, EOFError, TypeError):
        return None
    if not isinstance(digests, dict) or not all(
        isinstance(path, str) and isinstance(value, str) for path, value in digests.items()
    ):
        return None
    memo.touch(key)
    return digests
