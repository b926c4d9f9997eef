"""The spec says what the doc's parameter tables say, except where spec/CURATION.md says otherwise.

The doc dump is parsed at test time (tests/spec/doc_tables.py). Every difference between a doc row
and the spec, for the aspects name, type, mandatory, range and default, must have exactly one
CURATION.md row whose "Doc says"/"Spec says" cells match; a CURATION.md row that matches no
difference is stale.
"""

from __future__ import annotations

import copy
import json
import re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

import pytest
from doc_tables import (
    DocRow,
    DocTable,
    clean_description,
    doc_default,
    doc_examples,
    doc_range,
    has_lost_enum,
    parameter_tables,
    parse_tables,
)

# The doc's parameter tables in document order, and what each one describes in the spec. The order
# is checked against the "X object" types and the example (test_example_objects_fit_their_tables).
TABLE_SCHEMAS: tuple[str, ...] = (
    "(path)",
    "(header)",
    "PutTaskReq",
    "PostSourceServerBody",
    "ServerDisk",
    "PhysicalVolume",
    "TargetServer",
    "BtrfsFileSystem",
    "BtrfsSubvolumn",
    "NetWork",
    "VolumeGroups",
    "LogicalVolumes",
    "TargetDisk",
    "TargetPhysicalVolumes",
    "CloneServer",
    "SubTask",
    "UpdateTaskResponse",
    "ErrorResponse",
)
# The two tables that describe operation parameters, not a component schema, by "in" location.
PARAMETER_LOCATIONS: dict[str, str] = {"(path)": "path", "(header)": "header"}
CHECKED_ASPECTS = frozenset({"mandatory", "type", "range", "default", "name"})
DOCUMENTED_ASPECTS = frozenset({"enum", "nullable"})
CURATION_HEADER = "| Schema | Property | Aspect | Doc says | Spec says | Why |"
SCHEMA_PREFIX = "#/components/schemas/"
ABSENT = "absent"
NONE = "none"

# Doc type names for the spec's scalar (type, format) pairs: the inverse of the curation convention.
SCALAR_DOC_TYPES: dict[tuple[str, str | None], str] = {
    ("string", None): "String",
    ("integer", "int32"): "Integer",
    ("integer", "int64"): "Long",
    ("number", "double"): "Double",
    ("boolean", None): "Boolean",
}
DOC_OBJECT_TYPE = re.compile(r"(?:Array of (\w+) objects|(\w+) object)")


@dataclass(frozen=True)
class Difference:
    """One aspect of one doc row on which the spec says something else."""

    schema: str
    prop: str
    aspect: str
    doc: str
    spec: str

    @property
    def key(self) -> tuple[str, str, str]:
        """What a CURATION.md row is matched on."""
        return (self.schema, self.prop, self.aspect)


@dataclass(frozen=True)
class CurationRow:
    """One row of the CURATION.md table (cells stripped, backticks removed from the value cells)."""

    schema: str
    prop: str
    aspect: str
    doc: str
    spec: str
    why: str

    @property
    def key(self) -> tuple[str, str, str]:
        """What a difference is matched on."""
        return (self.schema, self.prop, self.aspect)


def read_curation(text: str) -> list[CurationRow]:
    """The rows of the one table in CURATION.md that has the agreed header."""
    lines = text.splitlines()
    start = lines.index(CURATION_HEADER)
    assert re.fullmatch(r"\|(?:---\|){6}", lines[start + 1]), "separator row after the header"
    rows: list[CurationRow] = []
    for line in lines[start + 2 :]:
        if not line.startswith("|"):
            break
        cells = [
            cell.strip().replace("\\|", "|") for cell in re.split(r"(?<!\\)\|", line.strip())[1:-1]
        ]
        assert len(cells) == 6, line
        schema, prop, aspect, doc, spec, why = cells
        rows.append(
            CurationRow(schema, prop, aspect, doc.replace("`", ""), spec.replace("`", ""), why)
        )
    return rows


def ref_name(ref: str) -> str:
    """The schema name of a local $ref."""
    return ref.removeprefix(SCHEMA_PREFIX)


def spec_type(prop: dict[str, Any]) -> str:
    """The spec property's type in the doc's vocabulary ("Long", "TargetServer object", ...).

    Anything outside the conventions is rendered verbatim: it cannot equal a doc type by accident.
    """
    if "$ref" in prop:
        return f"{ref_name(prop['$ref'])} object"
    if "anyOf" in prop:
        refs = [member["$ref"] for member in prop["anyOf"] if set(member) == {"$ref"}]
        if len(refs) == 1 and prop["anyOf"] == [{"$ref": refs[0]}, {"type": "null"}]:
            return f"{ref_name(refs[0])} object"
        return f"anyOf {json.dumps(prop['anyOf'])}"
    declared: Any = prop.get("type")
    types = [t for t in (declared if isinstance(declared, list) else [declared]) if t != "null"]
    if len(types) != 1 or not isinstance(types[0], str):
        return f"type {json.dumps(declared)}"
    if types[0] == "array":
        items = prop.get("items", {})
        if set(items) == {"$ref"}:
            return f"Array of {ref_name(items['$ref'])} objects"
        return (
            "Array of strings" if items == {"type": "string"} else f"array of {json.dumps(items)}"
        )
    return SCALAR_DOC_TYPES.get((types[0], prop.get("format")), f"{types[0]}/{prop.get('format')}")


def render_range(bounds: tuple[Any, Any] | None) -> str:
    """A range as CURATION.md writes it: "0 to 10000", or "none"."""
    return NONE if bounds is None else f"{bounds[0]} to {bounds[1]}"


def typed_default(text: str, doc_type: str) -> Any:
    """The doc's "Default Value X" typed by the row's type (the spec must hold true, not "true")."""
    if doc_type == "Boolean":
        return {"true": True, "false": False}[text]
    if doc_type in ("Integer", "Long"):
        return int(text)
    return float(text) if doc_type == "Double" else text


def spec_side(spec: dict[str, Any], schema: str) -> tuple[dict[str, dict[str, Any]], set[str]]:
    """(properties in spec order, required names) of a doc table's schema or parameters."""
    if schema in PARAMETER_LOCATIONS:
        parameters = spec["paths"]["/v3/tasks/{task_id}"]["put"]["parameters"]
        located = [p for p in parameters if p["in"] == PARAMETER_LOCATIONS[schema]]
        return {p["name"]: p["schema"] for p in located}, {
            p["name"] for p in located if p.get("required")
        }
    component = spec["components"]["schemas"][schema]
    return component["properties"], set(component.get("required", []))


def row_differences(
    schema: str, row: DocRow, prop: dict[str, Any], required: bool
) -> Iterator[Difference]:
    """The differences of one doc row that the spec has, aspect by aspect."""
    doc_mandatory = "Yes" if row.mandatory else "No"  # response tables have no column: all optional
    spec_mandatory = "Yes" if required else "No"
    if doc_mandatory != spec_mandatory:
        yield Difference(schema, row.name, "mandatory", doc_mandatory, spec_mandatory)
    if row.type != spec_type(prop):
        yield Difference(schema, row.name, "type", row.type, spec_type(prop))
    doc_bounds = doc_range(row.description)
    spec_bounds = (
        (prop.get("minimum"), prop.get("maximum")) if {"minimum", "maximum"} & prop.keys() else None
    )
    if doc_bounds != spec_bounds:
        yield Difference(
            schema, row.name, "range", render_range(doc_bounds), render_range(spec_bounds)
        )
    default_text = doc_default(row.description)
    doc_value = NONE if default_text is None else json.dumps(typed_default(default_text, row.type))
    spec_value = json.dumps(prop["default"]) if "default" in prop else NONE
    if doc_value != spec_value:
        yield Difference(schema, row.name, "default", doc_value, spec_value)


def collect_differences(spec: dict[str, Any], tables: list[DocTable]) -> list[Difference]:
    """Every difference between the doc's tables and the spec, for the checked aspects."""
    differences: list[Difference] = []
    for schema, table in zip(TABLE_SCHEMAS, tables, strict=True):
        rows = table.rows()
        props, required = spec_side(spec, schema)
        doc_names = [row.name for row in rows]
        differences += [
            Difference(schema, n, "name", n, ABSENT) for n in doc_names if n not in props
        ]
        differences += [
            Difference(schema, n, "name", ABSENT, n) for n in props if n not in doc_names
        ]
        if set(doc_names) == set(props) and doc_names != list(props):
            differences.append(
                Difference(schema, "*", "name", ", ".join(doc_names), ", ".join(props))
            )
        for row in rows:
            if row.name in props:
                differences += row_differences(schema, row, props[row.name], row.name in required)
    return differences


@pytest.fixture(scope="module")
def tables(seed_text: str) -> list[DocTable]:
    """The doc's parameter tables, in document order."""
    return parameter_tables(seed_text)


@pytest.fixture(scope="module")
def curation(curation_text: str) -> list[CurationRow]:
    """The CURATION.md rows."""
    return read_curation(curation_text)


@pytest.fixture(scope="module")
def differences(spec: dict[str, Any], tables: list[DocTable]) -> list[Difference]:
    """The spec's actual differences from the doc."""
    return collect_differences(spec, tables)


def rows_of(tables: list[DocTable], schema: str) -> list[DocRow]:
    """The doc rows of the table mapped to ``schema``."""
    return tables[TABLE_SCHEMAS.index(schema)].rows()


# --- the parser ---------------------------------------------------------------------------------


def test_parser_finds_every_table(seed_text: str, tables: list[DocTable]) -> None:
    """18 parameter tables plus the status-code table; row counts as in the doc (PutTaskReq: 31)."""
    all_tables = parse_tables(seed_text)
    assert len(all_tables) == 19
    assert all_tables[-1].header == ("Status Code", "Description")
    row_counts = " ".join(str(len(table.cells)) for table in tables)
    assert row_counts == "1 1 31 33 9 11 27 16 6 8 5 11 11 11 5 8 1 5"


def test_parser_reads_known_rows(tables: list[DocTable]) -> None:
    """Known cells come out whole, with the Mandatory column read only where it exists."""
    target_server = rows_of(tables, "TargetServer")
    assert target_server[1] == DocRow(
        name="ip",
        mandatory=True,
        type="String",
        description="The IP address of the server. This parameter is mandatory for registration"
        " and optional for updates.",
    )
    assert rows_of(tables, "ErrorResponse")[4] == DocRow(
        "details", None, "Array of details objects", "The error details."
    )
    assert rows_of(tables, "(path)") == [
        DocRow("task_id", True, "String", "The migration task ID.")
    ]


def test_description_helpers(tables: list[DocTable]) -> None:
    """Range (both spellings, int and float bounds), Default Value and the enum trailer are read."""
    device_use = rows_of(tables, "TargetDisk")[1]
    assert has_lost_enum(device_use.description) and doc_default(device_use.description) == "NORMAL"
    assert clean_description(device_use.description).endswith("NORMAL: general device")
    progress = rows_of(tables, "SubTask")[2]
    assert doc_range(progress.description) == (0, 100)
    assert clean_description(progress.description) == (
        "The progress of the subtask. The value is an integer ranging from 0 to 100."
    )
    create_date = rows_of(tables, "PutTaskReq")[20]
    assert (create_date.name, doc_range(create_date.description)) == ("create_date", (0, 2**63 - 1))
    io_read_wait = rows_of(tables, "PostSourceServerBody")[30]
    bounds = doc_range(io_read_wait.description)
    assert bounds == (0.0, 10000.0) and all(isinstance(bound, float) for bound in bounds)
    assert doc_range("The name.") is None and doc_default("The name.") is None


def test_doc_examples_are_extracted(seed_text: str) -> None:
    """The example request and both example responses are found and parsed from the dump."""
    examples = doc_examples(seed_text)
    assert examples["request"]["target_server"]["ip"] is None
    assert examples["200"] == {"id": "xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxx0001"}
    assert examples["403"]["details"][0]["error_code"] == "SMS.9004"


# --- the mapping of tables to schemas -----------------------------------------------------------


def test_every_table_is_mapped(tables: list[DocTable]) -> None:
    """One schema (or parameter location) per doc table, no more, no less."""
    assert len(tables) == len(TABLE_SCHEMAS)


def test_object_types_named_in_doc_are_mapped(
    tables: list[DocTable], curation: list[CurationRow]
) -> None:
    """Every "X object(s)" type of the doc is a mapped table, or that use has a curated type row."""
    curated_types = {row.key for row in curation if row.aspect == "type"}
    unmapped = [
        f"{schema}.{row.name}: {row.type}"
        for schema, table in zip(TABLE_SCHEMAS, tables, strict=True)
        for row in table.rows()
        if (match := DOC_OBJECT_TYPE.fullmatch(row.type))
        and (match.group(1) or match.group(2)) not in TABLE_SCHEMAS
        and (schema, row.name, "type") not in curated_types
    ]
    assert unmapped == []


def test_example_objects_fit_their_tables(seed_text: str, tables: list[DocTable]) -> None:
    """Following the doc's own types through the example request, every object's keys are rows of
    the table mapped to that type: an independent check that the tables are mapped in order."""
    by_schema = {schema: table.rows() for schema, table in zip(TABLE_SCHEMAS, tables, strict=True)}
    visited: list[str] = []

    def check(schema: str, value: dict[str, Any]) -> None:
        rows = {row.name: row for row in by_schema[schema]}
        assert value.keys() <= rows.keys(), (schema, sorted(value.keys() - rows.keys()))
        visited.append(schema)
        for key, item in value.items():
            match = DOC_OBJECT_TYPE.fullmatch(rows[key].type)
            if match is None or item is None:
                continue
            for element in item if match.group(1) else [item]:
                check(match.group(1) or match.group(2), element)

    check("PutTaskReq", doc_examples(seed_text)["request"])
    assert set(visited) == {
        "PutTaskReq",
        "PostSourceServerBody",
        "TargetServer",
        "TargetDisk",
        "TargetPhysicalVolumes",
        "SubTask",
    }


def refs_in(node: Any) -> Iterator[str]:
    """Every $ref value under ``node``."""
    if isinstance(node, dict):
        if "$ref" in node:
            yield node["$ref"]
        for value in node.values():
            yield from refs_in(value)
    elif isinstance(node, list):
        for value in node:
            yield from refs_in(value)


def test_spec_schemas_are_mapped_or_referenced(spec: dict[str, Any]) -> None:
    """No orphan schema: each is a doc table or is referenced (ErrorDetail, via a curated type)."""
    schemas = spec["components"]["schemas"]
    referenced = {ref_name(ref) for ref in refs_in(schemas)}
    assert set(schemas) <= set(TABLE_SCHEMAS) | referenced
    assert set(TABLE_SCHEMAS) - set(PARAMETER_LOCATIONS) <= set(schemas)


# --- the conformance check itself ---------------------------------------------------------------


def test_curation_table_is_well_formed(curation: list[CurationRow], spec: dict[str, Any]) -> None:
    """Known aspects, one row per (schema, property, aspect), real schemas, one nullable row."""
    assert curation, "CURATION.md has a table with rows"
    assert {row.aspect for row in curation} <= CHECKED_ASPECTS | DOCUMENTED_ASPECTS
    keys = [row.key for row in curation]
    assert len(keys) == len(set(keys)), "duplicate rows"
    known = set(TABLE_SCHEMAS) | set(spec["components"]["schemas"]) | {"*"}
    assert [row.schema for row in curation if row.schema not in known] == []
    assert [row.key for row in curation if row.aspect == "nullable"] == [("*", "*", "nullable")]
    assert all(row.why for row in curation)


def test_every_difference_is_curated(
    differences: list[Difference], curation: list[CurationRow]
) -> None:
    """A spec drifting from the doc without a CURATION.md row (or with a misquoting row) fails."""
    recorded = {row.key: (row.doc, row.spec) for row in curation if row.aspect in CHECKED_ASPECTS}
    uncovered = [
        f"| {d.schema} | {d.prop} | {d.aspect} | {d.doc} | {d.spec} |"
        f" (CURATION.md has: {recorded.get(d.key)})"
        for d in differences
        if recorded.get(d.key) != (d.doc, d.spec)
    ]
    assert uncovered == [], "\n".join(
        ["differences without a matching CURATION.md row:", *uncovered]
    )


def test_no_stale_curation_rows(differences: list[Difference], curation: list[CurationRow]) -> None:
    """A CURATION.md row of a checked aspect must still describe a real difference."""
    actual = {d.key for d in differences}
    stale = [row.key for row in curation if row.aspect in CHECKED_ASPECTS and row.key not in actual]
    assert stale == []


def render_enum(values: list[Any]) -> str:
    """A spec enum as CURATION.md's "Spec says" writes it: no null, "" for the empty string."""
    return ", ".join('""' if value == "" else str(value) for value in values if value is not None)


def test_enum_rows_match_lost_lists(
    spec: dict[str, Any], tables: list[DocTable], curation: list[CurationRow]
) -> None:
    """Each lost "The value can be:" list has a spec enum and a CURATION.md row quoting it."""
    lost = {
        (schema, row.name)
        for schema, table in zip(TABLE_SCHEMAS, tables, strict=True)
        for row in table.rows()
        if has_lost_enum(row.description)
    }
    assert len(lost) == 18
    in_spec = {
        (schema, name): render_enum(prop["enum"])
        for schema, component in spec["components"]["schemas"].items()
        for name, prop in component["properties"].items()
        if "enum" in prop
    }
    recorded = {(row.schema, row.prop): row.spec for row in curation if row.aspect == "enum"}
    assert set(in_spec) == lost
    assert recorded == in_spec


def test_descriptions_are_the_doc_text(spec: dict[str, Any], tables: list[DocTable]) -> None:
    """Property and parameter descriptions are the doc's, minus the pieces that became keywords."""
    parameters = {p["name"]: p for p in spec["paths"]["/v3/tasks/{task_id}"]["put"]["parameters"]}
    mismatched = []
    for schema, table in zip(TABLE_SCHEMAS, tables, strict=True):
        for row in table.rows():
            if schema in PARAMETER_LOCATIONS:
                described = parameters[row.name]
            else:
                described = spec["components"]["schemas"][schema]["properties"].get(row.name, {})
            if described.get("description") != clean_description(row.description):
                mismatched.append(f"{schema}.{row.name}")
    assert mismatched == []


# Drift applied to a copy of the spec: (schema, property, what to change, new value or None to
# delete) and the difference it must produce on that property: (aspect, "Spec says").
MUTATIONS: dict[str, tuple[str, str, str, Any, str, str]] = {
    "required dropped": ("ServerDisk", "size", "required", None, "mandatory", "No"),
    "format changed": ("PutTaskReq", "speed_limit", "format", "int64", "type", "Long"),
    "maximum changed": ("SubTask", "progress", "maximum", 99, "range", "0 to 99"),
    "minimum dropped": ("SubTask", "progress", "minimum", None, "range", "None to 100"),
    "default mistyped": ("LogicalVolumes", "block_count", "default", "0", "default", '"0"'),
    "property renamed": ("NetWork", "mtu", "rename", "MTU", "name", ABSENT),
}


@pytest.mark.parametrize("case", list(MUTATIONS))
def test_collect_differences_notices_drift(
    spec: dict[str, Any], tables: list[DocTable], case: str
) -> None:
    """The checker is not vacuous: each kind of drift in a spec copy shows up as a difference."""
    schema, prop, keyword, value, aspect, spec_value = MUTATIONS[case]
    drifted = copy.deepcopy(spec)
    component = drifted["components"]["schemas"][schema]
    if keyword == "required":
        component["required"].remove(prop)
    elif keyword == "rename":
        component["properties"] = {
            (value if name == prop else name): body
            for name, body in component["properties"].items()
        }
    elif value is None:
        del component["properties"][prop][keyword]
    else:
        component["properties"][prop][keyword] = value
    before = {d.key for d in collect_differences(spec, tables)}
    new = [
        d for d in collect_differences(drifted, tables) if d.key not in before and d.prop == prop
    ]
    assert [(d.schema, d.aspect, d.spec) for d in new] == [(schema, aspect, spec_value)]
