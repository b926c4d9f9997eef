"""Incremental regeneration (generator/incremental.py): a run that reuses the previous run's sections
writes exactly what a run from scratch writes, and after a small edit it redoes only what the edit
reaches."""

from __future__ import annotations

import copy
import json
import marshal
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
import yaml
from golden_cases import REPO

from generator import compiling, exporting, incremental, pipeline, rendering
from generator.caching import CACHE_DIR_ENV, TextCache
from generator.ir import RenderedSection
from generator.loading import parse_spec
from generator.resolving import resolve_references

SMS_SPEC = REPO / "spec/sms-update-task.yaml"

#: A spec whose sections reach into each other in the ways models allow: a ``$ref`` to another
#: component (whose scalar test is inlined as a guard), an alias, a recursive schema and an enum
#: component. (A ``$ref`` into another component's subschema, which only validators allow, is
#: tested on the compiler below.)
REACHING: dict[str, Any] = {
    "openapi": "3.1.0",
    "info": {"title": "Reaching", "version": "1.0", "x-package-name": "reaching"},
    "paths": {},
    "components": {
        "schemas": {
            "Order": {
                "type": "object",
                "required": ["count"],
                "properties": {
                    "count": {"$ref": "#/components/schemas/Count"},
                    "status": {"$ref": "#/components/schemas/Status"},
                    "items": {"type": "array", "items": {"$ref": "#/components/schemas/Item"}},
                },
            },
            "Count": {"type": "integer", "minimum": 0, "maximum": 5},
            "Status": {"type": "string", "enum": ["open", "closed"]},
            "Item": {
                "type": "object",
                "description": "An item.",
                "properties": {
                    "label": {"type": "string", "maxLength": 10},
                    "child": {"$ref": "#/components/schemas/Item"},
                },
            },
            "Alias": {"$ref": "#/components/schemas/Order"},
            "Lonely": {"type": "object", "properties": {"x": {"type": "boolean"}}},
            # Two components on one cycle reach the same components: their keys must still differ.
            "Ping": {
                "type": "object",
                "properties": {"pong": {"$ref": "#/components/schemas/Pong"}},
            },
            "Pong": {
                "type": "object",
                "properties": {"ping": {"$ref": "#/components/schemas/Ping"}},
            },
        }
    },
}


def _schemas(spec: dict[str, Any]) -> dict[str, Any]:
    schemas: dict[str, Any] = spec["components"]["schemas"]
    return schemas


def _set(path: str, value: Any) -> Callable[[dict[str, Any]], None]:
    """An edit setting the value at a ``/``-separated path below the component schemas."""

    def edit(spec: dict[str, Any]) -> None:
        *parents, last = path.split("/")
        node = _schemas(spec)
        for part in parents:
            node = node[part]
        node[last] = value

    return edit


def _rename(old: str, new: str) -> Callable[[dict[str, Any]], None]:
    def edit(spec: dict[str, Any]) -> None:
        text = json.dumps(spec).replace(f"/schemas/{old}", f"/schemas/{new}")
        renamed = json.loads(text)
        schemas = _schemas(renamed)
        _schemas(spec).clear()
        _schemas(spec).update({new if n == old else n: s for n, s in schemas.items()})

    return edit


def _swap(first: str, second: str) -> Callable[[dict[str, Any]], None]:
    def edit(spec: dict[str, Any]) -> None:
        schemas = _schemas(spec)
        names = list(schemas)
        i, j = names.index(first), names.index(second)
        names[i], names[j] = names[j], names[i]
        reordered = {name: schemas[name] for name in names}
        schemas.clear()
        schemas.update(reordered)

    return edit


def _delete(name: str) -> Callable[[dict[str, Any]], None]:
    return lambda spec: _schemas(spec).pop(name) and None


#: Edits applied one after the other, each regenerating with the memo the previous run left.
REACHING_EDITS: list[tuple[str, Callable[[dict[str, Any]], None]]] = [
    ("a referenced bound (inlined as a guard)", _set("Count/maximum", 7)),
    ("a subschema of a referenced component", _set("Item/properties/label/maxLength", 3)),
    ("an enum member", _set("Status/enum", ["open", "closed", "held"])),
    ("a description", _set("Item/description", "An item, reworded.")),
    ("a new property", _set("Lonely/properties/y", {"type": "string", "pattern": "^y+$"})),
    (
        "a new component",
        _set("Extra", {"type": "array", "items": {"$ref": "#/components/schemas/Count"}}),
    ),
    ("a renamed component", _rename("Status", "State")),
    ("two components swapped", _swap("Count", "Item")),
    ("a deleted component", _delete("Lonely")),
    ("a component on a cycle", _set("Pong/properties/n", {"type": "integer"})),
    ("back to the start", lambda spec: None),
]


def _from_scratch(spec: Path, monkeypatch: pytest.MonkeyPatch) -> dict[str, str]:
    with monkeypatch.context() as scratch:
        scratch.setenv(CACHE_DIR_ENV, "")
        return pipeline.generate_files(spec)


def _run_edits(
    base: dict[str, Any],
    edits: list[tuple[str, Callable[[dict[str, Any]], None]]],
    spec: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    current = copy.deepcopy(base)
    spec.write_text(yaml.safe_dump(current, sort_keys=False), encoding="utf-8")
    assert pipeline.generate_files(spec) == _from_scratch(spec, monkeypatch)
    for description, edit in edits:
        if description == "back to the start":
            current = copy.deepcopy(base)
        else:
            edit(current)
        spec.write_text(yaml.safe_dump(current, sort_keys=False), encoding="utf-8")
        assert pipeline.generate_files(spec) == _from_scratch(spec, monkeypatch), description


def test_runs_with_the_memo_write_what_runs_from_scratch_write(
    cache_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _run_edits(REACHING, REACHING_EDITS, tmp_path / "spec.yaml", monkeypatch)
    assert list((cache_dir / incremental.NAMESPACE).iterdir())  # the memo was used at all


def test_edits_of_the_sms_spec_too(
    cache_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    sms = yaml.safe_load(SMS_SPEC.read_text(encoding="utf-8"))
    edits: list[tuple[str, Callable[[dict[str, Any]], None]]] = [
        ("a deep bound", _set("TargetDisk/properties/size/minimum", 1)),
        ("a deep description", _set("PhysicalVolume/description", "Reworded.")),
        ("an enum", _set("PutTaskReq/properties/priority/enum", [0, 1, 2, 3])),
        ("a new optional property", _set("SubTask/properties/note", {"type": "string"})),
        ("back to the start", lambda spec: None),
    ]
    _run_edits(sms, edits, tmp_path / "spec.yaml", monkeypatch)


def test_after_one_edit_only_what_it_reaches_is_redone(
    cache_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    spec = tmp_path / "spec.yaml"
    data = copy.deepcopy(REACHING)
    spec.write_text(json.dumps(data), encoding="utf-8")
    pipeline.generate_files(spec)

    compiled: list[str] = []
    exported: list[str] = []
    models: list[str] = []
    run, document, model = (
        compiling._Compiler.run,
        exporting._Exporter._document,
        rendering.SectionRenderer.model,
    )

    def spy_run(self: Any) -> None:
        compiled.append(self.stem)
        run(self)

    def spy_document(self: Any, name: str) -> Any:
        exported.append(name)
        return document(self, name)

    def spy_model(self: Any, item: Any) -> RenderedSection:
        models.append(item.class_name)
        return model(self, item)

    monkeypatch.setattr(compiling._Compiler, "run", spy_run)
    monkeypatch.setattr(exporting._Exporter, "_document", spy_document)
    monkeypatch.setattr(rendering.SectionRenderer, "model", spy_model)
    _schemas(data)["Item"]["properties"]["label"]["maxLength"] = 4
    spec.write_text(json.dumps(data), encoding="utf-8")
    pipeline.generate_files(spec)
    # Item changed; Order and Alias reach it. Count, Status and Lonely do not.
    assert sorted(compiled) == ["alias", "item", "order"]
    assert sorted(exported) == ["Alias", "Item", "Order"]
    assert models == []  # a length limit is the validators' business: no model changed

    compiled.clear(), exported.clear()
    spec.write_text(json.dumps(data), encoding="utf-8")
    pipeline.generate_files(spec)  # nothing changed: everything comes from the memo
    assert compiled == exported == models == []


def _resolved(spec: dict[str, Any]) -> Any:
    return resolve_references(parse_spec(json.dumps(spec).encode(), Path("spec.json")))


def test_each_validator_section_is_named_after_its_component_and_compiled_on_its_own() -> None:
    spec = copy.deepcopy(REACHING)
    _set("Lonely/properties/label", {"$ref": "#/components/schemas/Item/properties/label"})(spec)
    whole = compiling.compile_validators(_resolved(spec))
    for name, section in whole.sections.items():
        stem = compiling.naming.schema_function_stem(name)
        assert all(node.function.startswith(f"_v_{stem}_") for node in section.nodes)
        assert all(
            constant.name.endswith(f"_{stem}_{index}")
            for index, constant in enumerate(section.constants)
        )
        alone = compiling.compile_validators(_resolved(spec), {name})
        assert alone.sections == {name: section} and alone.entry_points == whole.entry_points
    # A $ref to another component calls that component's root; a $ref into one compiles a copy.
    order = [
        check
        for node in whole.sections["Order"].nodes
        for block in node.blocks
        for check in block.checks
    ]
    assert {"_v_count_0", "_v_item_0"} <= {
        check.function for check in order if check.keyword == "$ref"
    }
    lonely = [node.pointer_doc for node in whole.sections["Lonely"].nodes]
    assert "Validate against #/components/schemas/Item/properties/label." in lonely


def _keys(spec: dict[str, Any]) -> dict[str, str | None]:
    document = parse_spec(json.dumps(spec).encode(), Path("spec.json"))
    return incremental.component_keys(resolve_references(document))


def test_a_component_key_changes_with_what_the_component_reaches_and_nothing_else() -> None:
    base = _keys(REACHING)
    assert len(set(base.values())) == len(base) and None not in base.values()
    edited = copy.deepcopy(REACHING)
    _set("Count/maximum", 9)(edited)
    changed = {name for name, key in _keys(edited).items() if key != base[name]}
    assert changed == {"Count", "Order", "Alias"}
    edited = copy.deepcopy(REACHING)
    _set("Lonely/description", "x")(edited)
    assert {name for name, key in _keys(edited).items() if key != base[name]} == {"Lonely"}


def test_every_key_changes_with_the_openapi_version_and_dialect() -> None:
    base = _keys(REACHING)
    for field, value in (("openapi", "3.1.1"), ("jsonSchemaDialect", "https://example.com/d")):
        edited = {**copy.deepcopy(REACHING), field: value}
        assert all(key != base[name] for name, key in _keys(edited).items()), field


def test_a_reference_out_of_the_components_makes_the_whole_document_part_of_the_key() -> None:
    spec = copy.deepcopy(REACHING)
    spec["components"]["parameters"] = {
        "P": {"name": "p", "in": "query", "schema": {"type": "string"}}
    }
    _set("Lonely/properties/p", {"$ref": "#/components/parameters/P/schema"})(spec)
    base = _keys(spec)
    spec["info"]["title"] = "Elsewhere"
    after = _keys(spec)
    assert {name for name in base if after[name] != base[name]} == {"Lonely"}


def test_a_component_too_deep_to_encode_has_no_key(monkeypatch: pytest.MonkeyPatch) -> None:
    deep: Any = {"type": "string"}
    for _ in range(3000):
        deep = {"type": "array", "items": deep}
    spec = copy.deepcopy(REACHING)
    _set("Deep", deep)(spec)
    document = parse_spec(json.dumps({"openapi": "3.1.0"}).encode(), Path("s.json"))
    document.data = spec
    keys = incremental.component_keys(resolve_references(document))
    assert keys["Deep"] is None and keys["Order"] is not None


# --- the memo's storage -----------------------------------------------------------------------------


def _memo(root: Path) -> incremental.SectionMemo:
    return incremental.SectionMemo(TextCache(root, incremental.NAMESPACE, shard=False), "config")


def _stored(root: Path, suffix: str = "") -> dict[str, Any]:
    data = TextCache(root, incremental.NAMESPACE, shard=False).get_bytes("config" + suffix)
    assert data is not None
    loaded: dict[str, Any] = marshal.loads(data)
    return loaded


def _run(root: Path, sections: dict[str, str]) -> dict[str, bool]:
    """One run using ``sections`` (key → text): which were recalled; then saved."""
    memo = _memo(root)
    recalled = {}
    for key, text in sections.items():
        recalled[key] = memo.recall(key) is not None
        if not recalled[key]:
            memo.keep(key, RenderedSection(text, ("re",)))
    memo.save()
    return recalled


def test_a_small_change_writes_only_the_delta_and_a_big_one_rewrites_the_base(
    tmp_path: Path,
) -> None:
    many = {f"k{index}": "x" * 100 for index in range(40)}
    assert not any(_run(tmp_path, many).values())
    assert set(_stored(tmp_path)) == set(many) and _stored(tmp_path, "-delta") == {}
    assert all(_run(tmp_path, many).values())

    edited = {**{key: many[key] for key in list(many)[1:]}, "new": "y" * 100}
    assert [key for key, hit in _run(tmp_path, edited).items() if not hit] == ["new"]
    assert set(_stored(tmp_path)) == set(many)  # the base was not rewritten
    assert _stored(tmp_path, "-delta") == {"new": ("y" * 100, ("re",))}
    assert all(_run(tmp_path, edited).values())
    assert memo_text(tmp_path, "new") == "y" * 100

    replaced = {f"r{index}": "z" * 100 for index in range(20)}
    assert not any(_run(tmp_path, replaced).values())
    assert set(_stored(tmp_path)) == set(replaced) and _stored(tmp_path, "-delta") == {}


def memo_text(root: Path, key: str) -> str | None:
    section = _memo(root).recall(key)
    return None if section is None else section.text


def test_a_damaged_memo_is_a_miss(tmp_path: Path) -> None:
    _run(tmp_path, {"a": "text"})
    entry = tmp_path / incremental.NAMESPACE / "config"
    for damage in (b"", entry.read_bytes()[:-3], b"garbage\n" + marshal.dumps({"a": 1})):
        entry.write_bytes(damage)
        assert memo_text(tmp_path, "a") is None
    cache = TextCache(tmp_path, incremental.NAMESPACE, shard=False)
    cache.put_bytes("config", marshal.dumps({"a": ("text", [1])}))  # the wrong shape
    assert memo_text(tmp_path, "a") is None


def test_without_a_cache_nothing_is_recalled_or_kept(tmp_path: Path) -> None:
    memo = incremental.SectionMemo(TextCache(None, incremental.NAMESPACE), "config")
    assert not memo.enabled
    memo.keep("a", RenderedSection("text"))
    assert memo.recall("a") is None
    memo.save()
    assert incremental.SectionMemo().recall("a") is None
