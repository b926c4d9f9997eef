"""The exporter's fast meta-schema check accepts exactly what the official 2020-12 one accepts.

``generator/exporting.py`` checks every exported schema against the Draft 2020-12 meta-schema.
The official meta-schema resolves ``$dynamicRef`` on every subschema, which made that check most
of the export time of a big spec, so the exporter decides validity with a flattened copy (one
schema, static ``$ref``s) and only asks the official one to explain a failure. That is sound only
if both agree on every schema: checked here on the real-world corpus, the fixtures, their exports
and a set of invalid schemas, one per way a keyword's value can be wrong.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from golden_cases import FIXTURE_SPECS, MAIN_SPEC
from meta_schema_cases import INVALID, VALID

from generator.errors import SpecError
from generator.exporting import _meta_schema_checkers, export_schemas
from generator.loading import load_spec
from generator.resolving import resolve_references

SPECS = Path(__file__).resolve().parent / "specs"


def _schemas_of(spec: Path) -> Iterator[Any]:
    """The spec's component schemas as written, and their exports when the spec exports."""
    resolved = resolve_references(load_spec(spec))
    yield from resolved.document.data.get("components", {}).get("schemas", {}).values()
    try:
        yield from export_schemas(resolved).values()
    except SpecError:
        pass  # an unexportable spec still contributes its raw schemas


CORPUS_SPECS = [MAIN_SPEC, *sorted(FIXTURE_SPECS.glob("*.yaml")), *sorted(SPECS.rglob("*.yaml"))]


@pytest.mark.parametrize("spec", CORPUS_SPECS, ids=lambda path: path.stem)
def test_fast_and_official_meta_schemas_agree_on_real_schemas(spec: Path) -> None:
    fast, exact = _meta_schema_checkers()
    assert fast is not exact, "the fast check fell back to the official meta-schema"
    schemas = list(_schemas_of(spec))
    assert schemas or spec.stem in {"api-with-examples", "callback-example", "non-oauth-scopes"}
    for schema in schemas:
        assert fast.is_valid(schema) == exact.is_valid(schema), schema


@pytest.mark.parametrize("schema", INVALID, ids=repr)
def test_fast_meta_schema_refuses_every_invalid_schema(schema: Any) -> None:
    fast, exact = _meta_schema_checkers()
    assert not exact.is_valid(schema)
    assert not fast.is_valid(schema)


@pytest.mark.parametrize("schema", VALID, ids=repr)
def test_fast_meta_schema_accepts_valid_schemas(schema: Any) -> None:
    fast, exact = _meta_schema_checkers()
    assert exact.is_valid(schema)
    assert fast.is_valid(schema)
