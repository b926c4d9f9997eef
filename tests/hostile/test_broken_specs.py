"""Hostile and broken input: every bad spec is one clear error line; awkward valid specs just work.

A code generator runs in CI and pre-commit on specs edited by hand, merged by tools, or written by
someone else entirely. So for each broken spec in the table below, ``python -m generator generate``
(a real subprocess, as users run it) must:

* exit 2,
* print exactly one stderr line, ``FILE:LINE: #/json/pointer: message`` (``FILE: #/...`` when no
  line is known), with no traceback and nothing on stdout,
* leave the output directory, already holding a previous good generation, byte for byte and
  timestamp for timestamp as it was.

Each case runs under a 2 GiB address-space limit, so a spec that makes the generator balloon (a YAML
alias bomb) fails the test instead of the machine. Valid-but-awkward specs (names that are not
Python, very deep nesting) must generate code that imports, type-checks and round-trips data.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
import textwrap
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from golden_cases import MAIN_SPEC, REPO

SPECS = Path(__file__).resolve().parent / "specs"
#: Address-space limit of every generator run here: far above what any case needs.
MEMORY_LIMIT = 2 * 1024**3

_HEAD = 'openapi: 3.1.0\ninfo: {title: Broken, version: "1"}\npaths: {}\n'


def _schemas(body: str) -> str:
    """A spec whose ``components.schemas`` is ``body`` (indented by four); it starts on line 6."""
    return _HEAD + "components:\n  schemas:\n" + textwrap.indent(textwrap.dedent(body), "    ")


def _alias_bomb() -> str:
    """The "billion laughs": nine levels of nine aliases, about 490 million values once expanded."""
    levels = ["  a: &a [" + ", ".join(["lol"] * 9) + "]\n"]
    for previous, name in zip("abcdefgh", "bcdefghi"):
        levels.append(f"  {name}: &{name} [" + ", ".join([f"*{previous}"] * 9) + "]\n")
    return _HEAD + "x-lol:\n" + "".join(levels)


def _deep_spec(depth: int) -> str:
    """A JSON spec whose one component nests ``depth`` inline objects (``child`` in ``child``...).

    Built as text: ``json.dumps`` itself cannot write data nested this deep. Each level is two
    YAML/JSON collections (the schema and its ``properties``), twice as deep as libyaml allows.
    """
    schema = '{"type": "object", "required": ["leaf"], "properties": {"leaf": {"type": "string"}}}'
    for _ in range(depth - 1):
        schema = (
            '{"type": "object", "properties": {"name": {"type": "string"}, "child": '
            + schema
            + "}}"
        )
    return (
        '{"openapi": "3.1.0", "info": {"title": "Deep", "version": "1", "x-package-name": "deep"},'
        ' "paths": {}, "components": {"schemas": {"Root": ' + schema + "}}}\n"
    )


def _array_chain(length: int) -> str:
    """``length`` component schemas, each an array of the next: types nested ``length`` deep."""
    schemas = "".join(
        f"A{index}: {{type: array, items: {{$ref: '#/components/schemas/A{index + 1}'}}}}\n"
        for index in range(length - 1)
    )
    return _schemas(schemas + f"A{length - 1}: {{type: string}}\n")


@dataclass(frozen=True)
class BrokenSpec:
    """A broken spec and the exact error it must produce."""

    name: str  #: the file name (its extension matters: ``.json`` must be JSON)
    text: str | bytes
    #: What follows the file name on the error line: ``:LINE: #/pointer: message``.
    error: str


_UNION = (
    "the keyword 'oneOf' is not supported by the model generator for a union of objects or arrays"
    " (only for [X, {type: 'null'}] and unions of primitive types)"
)

BROKEN = [
    # --- syntax -----------------------------------------------------------------------------------
    BrokenSpec(
        "malformed.yaml",
        "openapi: 3.1.0\ninfo: {title: x\npaths: {}\n",
        ":3: #: malformed YAML or JSON: did not find expected ',' or '}'",
    ),
    BrokenSpec(
        # Valid YAML (a flow mapping may end with a comma), but the file says it is JSON.
        "trailing-comma.json",
        '{\n  "openapi": "3.1.0",\n  "info": {"title": "x", "version": "1",},\n  "paths": {}\n}\n',
        ":3: #: malformed JSON: Expecting property name enclosed in double quotes"
        " (line 3, column 41)",
    ),
    BrokenSpec(
        "missing-comma.json",
        '{\n  "openapi": "3.1.0"\n  "info": {}\n}\n',
        ":3: #: malformed JSON: Expecting ',' delimiter (line 3, column 3)",
    ),
    BrokenSpec("empty.yaml", "", ": #: the spec is empty"),
    BrokenSpec(
        "not-utf8.yaml",
        b'openapi: 3.1.0\ninfo: {title: "\xff\xfe", version: "1"}\n',
        ": #: the spec is not UTF-8: invalid start byte",
    ),
    BrokenSpec(
        "control-character.yaml",
        'openapi: 3.1.0\ninfo: {title: "a\x00b", version: "1"}\n',
        ":2: #: malformed YAML or JSON: control characters are not allowed",
    ),
    BrokenSpec(
        "duplicate-key.yaml",
        _schemas("A:\n  type: object\n  type: string\n"),
        ":8: #/components/schemas/A/type: duplicate key 'type'",
    ),
    # --- YAML features outside the JSON data model ------------------------------------------------
    BrokenSpec(
        "alias-bomb.yaml",
        _alias_bomb(),
        ":13: #/x-lol/i/0: YAML aliases expand the spec to 490,329,061 values from 25 (an alias"
        " bomb?): at most 1,000,000 values may come from aliases",
    ),
    BrokenSpec(
        "alias-cycle.yaml",
        _HEAD + "x-loop: &loop\n  again: *loop\n",
        ":5: #/x-loop/again: a YAML alias refers to its own ancestor",
    ),
    BrokenSpec(
        "merge-key.yaml",
        _schemas("""\
            Base: &base {type: object, properties: {a: {type: string}}}
            Derived:
              <<: *base
              description: merged
            """),
        ":8: #/components/schemas/Derived/<<: YAML merge keys ('<<') are not supported: write the"
        " keys out, or use a $ref",
    ),
    BrokenSpec(
        "python-tag.yaml",
        _HEAD + "x-evil: !!python/object/apply:os.system ['true']\n",
        ":4: #/x-evil: unsupported YAML tag 'tag:yaml.org,2002:python/object/apply:os.system'",
    ),
    BrokenSpec(
        "timestamp.yaml",
        "openapi: 3.1.0\ninfo: {title: Dates, version: 2024-01-01}\npaths: {}\n",
        ":2: #/info/version: unsupported YAML tag 'tag:yaml.org,2002:timestamp'",
    ),
    BrokenSpec(
        "huge-integer.yaml",
        _HEAD + "x-big: " + "9" * 5000 + "\n",
        ":4: #/x-big: invalid int value '9999999999999999999999999999999999999999'",
    ),
    # --- not an OpenAPI 3.0/3.1 document ----------------------------------------------------------
    BrokenSpec(
        "list-root.yaml",
        "- openapi\n- 3.1.0\n",
        ":1: #: the spec must be a mapping (an OpenAPI document), found array",
    ),
    BrokenSpec(
        "string-root.yaml",
        "just a string\n",
        ":1: #: the spec must be a mapping (an OpenAPI document), found string",
    ),
    BrokenSpec(
        "swagger-2.yaml",
        'swagger: "2.0"\ninfo: {title: Old, version: "1"}\npaths: {}\n',
        ":1: #: not an OpenAPI 3.0 or 3.1 document (it is Swagger 2.0): use 3.0.x or 3.1.x",
    ),
    BrokenSpec(
        "openapi-3-2.yaml",
        'openapi: 3.2.0\ninfo: {title: New, version: "1"}\npaths: {}\n',
        ":1: #/openapi: unsupported OpenAPI version '3.2.0': use 3.0.x or 3.1.x",
    ),
    BrokenSpec(
        "openapi-number.yaml",
        'openapi: 3.1\ninfo: {title: Number, version: "1"}\npaths: {}\n',
        ":1: #/openapi: the OpenAPI version must be a string such as '3.1.0', not the number 3.1"
        " (quote it in YAML)",
    ),
    # --- references -------------------------------------------------------------------------------
    BrokenSpec(
        "dangling-ref.yaml",
        _schemas("A:\n  type: object\n  properties:\n    b: {$ref: '#/components/schemas/Nope'}\n"),
        ":9: #/components/schemas/A/properties/b/$ref: dangling $ref"
        " '#/components/schemas/Nope': no such node in the spec",
    ),
    BrokenSpec(
        "remote-ref.yaml",
        _schemas("A:\n  $ref: 'https://example.com/schemas.yaml#/B'\n"),
        ":7: #/components/schemas/A/$ref: remote $ref 'https://example.com/schemas.yaml#/B' is"
        " not supported: only local references ('#/...') are resolved, generation never fetches"
        " files or URLs",
    ),
    BrokenSpec(
        "ref-cycle.yaml",
        _schemas("A: {$ref: '#/components/schemas/B'}\nB: {$ref: '#/components/schemas/A'}\n"),
        ":7: #/components/schemas/B/$ref: $ref cycle that never reaches a schema:"
        " #/components/schemas/B -> #/components/schemas/A -> #/components/schemas/B",
    ),
    BrokenSpec(
        "ref-not-a-string.yaml",
        _schemas("A: {$ref: 5}\n"),
        ":6: #/components/schemas/A/$ref: $ref must be a string, not int",
    ),
    BrokenSpec(
        "ref-outside-schemas.yaml",
        _schemas("A:\n  type: object\n  properties:\n    b: {$ref: '#/info'}\n"),
        ":9: #/components/schemas/A/properties/b/$ref: only references to"
        " '#/components/schemas/<name>' are supported in schemas",
    ),
    # --- schemas the generator cannot represent ---------------------------------------------------
    BrokenSpec(
        "unknown-type.yaml",
        _schemas("A:\n  type: object\n  properties:\n    b: {type: strng}\n"),
        ":9: #/components/schemas/A/properties/b/type: unknown type 'strng'",
    ),
    BrokenSpec(
        "type-not-a-name.yaml",
        _schemas("A:\n  type: object\n  properties:\n    b: {type: 5}\n"),
        ":9: #/components/schemas/A/properties/b/type: unknown type '5'",
    ),
    BrokenSpec(
        "union-of-objects.yaml",
        _schemas("""\
            A:
              oneOf:
                - {type: object, properties: {a: {type: string}}}
                - {type: array, items: {type: string}}
            """),
        f":7: #/components/schemas/A/oneOf: {_UNION}",
    ),
    BrokenSpec(
        "discriminated-union.yaml",
        _schemas("""\
            Cat: {type: object, properties: {kind: {type: string}}}
            Dog: {type: object, properties: {kind: {type: string}}}
            Pet:
              oneOf: [{$ref: '#/components/schemas/Cat'}, {$ref: '#/components/schemas/Dog'}]
              discriminator: {propertyName: kind}
            """),
        ":10: #/components/schemas/Pet/discriminator: polymorphism ('discriminator' with"
        " 'oneOf') is not supported by the model generator",
    ),
    BrokenSpec(
        "prefix-items.yaml",
        _schemas("Pair:\n  type: array\n  prefixItems: [{type: string}, {type: integer}]\n"),
        ":8: #/components/schemas/Pair/prefixItems: tuple validation ('prefixItems') is not"
        " supported by the model generator",
    ),
    BrokenSpec(
        "tuple-items.yaml",
        _schemas("Pair:\n  type: array\n  items: [{type: string}, {type: integer}]\n"),
        ":8: #/components/schemas/Pair/items: items must be one schema, not a list: tuple"
        " validation is not supported by the model generator",
    ),
    BrokenSpec(
        "dynamic-ref.yaml",
        _schemas("A:\n  $dynamicRef: '#meta'\n"),
        ":7: #/components/schemas/A/$dynamicRef: the keyword '$dynamicRef' is not supported by"
        " the model generator",
    ),
    BrokenSpec(
        "all-of-cycle.yaml",
        _schemas("""\
            A:
              allOf: [{$ref: '#/components/schemas/B'}, {properties: {a: {type: string}}}]
            B:
              allOf: [{$ref: '#/components/schemas/A'}, {properties: {b: {type: string}}}]
            """),
        ":6: #/components/schemas/A: allOf cycle, a schema cannot contain itself:"
        " #/components/schemas/A -> #/components/schemas/B -> #/components/schemas/A",
    ),
    BrokenSpec(
        "all-of-a-string.yaml",
        _schemas("""\
            Name: {type: string}
            A:
              allOf: [{$ref: '#/components/schemas/Name'}, {properties: {a: {type: string}}}]
            """),
        ":8: #/components/schemas/A/allOf/0: allOf can only merge object schemas into a model,"
        " this member is of type string",
    ),
    BrokenSpec(
        "all-of-conflict.yaml",
        _schemas("""\
            Base: {type: object, properties: {id: {type: string}}}
            A:
              allOf:
                - $ref: '#/components/schemas/Base'
                - properties: {id: {type: integer}}
            """),
        ":10: #/components/schemas/A/allOf/1/properties/id: allOf members declare the property"
        " 'id' differently (also at #/components/schemas/Base/properties/id); they cannot be"
        " merged into one model",
    ),
    BrokenSpec(
        "mixed-enum.yaml",
        _schemas("E: {enum: [a, 1]}\n"),
        ":6: #/components/schemas/E/enum: enum values must be all strings or all integers"
        " (besides null) to generate an enum class, found ['string', 'number']",
    ),
    BrokenSpec(
        "false-schema.yaml",
        _schemas("A:\n  type: object\n  properties:\n    never: false\n"),
        ":9: #/components/schemas/A/properties/never: the schema 'false' accepts nothing and"
        " cannot be generated",
    ),
    # --- too deep ---------------------------------------------------------------------------------
    BrokenSpec(
        # 5,000 levels of inline objects: a 365 kB file whose JSON pointers would take 1 GB.
        "nested-5000-deep.json",
        _deep_spec(5000),
        ":1: #: the spec is nested too deeply: the paths to its values (JSON pointers) add up to"
        " more than 64,000,000 characters",
    ),
    BrokenSpec(
        "array-chain-1000.yaml",
        _array_chain(1000),
        ":940: #/components/schemas/A934: arrays and maps nested more than 64 levels deep"
        " (directly or through references to array or map schemas) cannot be generated",
    ),
    BrokenSpec(
        # Too deep for the builder's recursion even with its raised limit: refused, not a crash.
        "array-chain-3000.yaml",
        _array_chain(3000),
        ": #: the spec is nested too deeply to generate code from",
    ),
    BrokenSpec(
        "recursive-array.yaml",
        _schemas("L: {type: array, items: {$ref: '#/components/schemas/L'}}\n"),
        ":6: #/components/schemas/L: a schema that refers to itself must be an object with"
        " properties (a recursive alias of an array or union cannot be generated)",
    ),
    BrokenSpec(
        "properties-list.yaml",
        _schemas("A:\n  type: object\n  properties: [a, b]\n"),
        ":8: #/components/schemas/A/properties: expected a mapping, found array",
    ),
    BrokenSpec(
        "required-string.yaml",
        _schemas("A:\n  type: object\n  required: a\n  properties: {a: {type: string}}\n"),
        ":8: #/components/schemas/A/required: required must be a list of strings",
    ),
    BrokenSpec(
        "bad-pattern.yaml",
        _schemas("A:\n  type: string\n  pattern: '[unclosed'\n"),
        ":8: #/components/schemas/A/pattern: invalid regular expression '[unclosed':"
        " unterminated character set at position 0",
    ),
    # --- Python names that collide ----------------------------------------------------------------
    BrokenSpec(
        "class-name-collision.yaml",
        _schemas("""\
            my-model: {type: object, properties: {a: {type: string}}}
            my_model: {type: object, properties: {b: {type: string}}}
            """),
        ":7: #/components/schemas/my_model: the schemas and operations"
        " '#/components/schemas/my-model' and '#/components/schemas/my_model' both become the"
        " Python name 'MyModel'",
    ),
    BrokenSpec(
        "property-collision.yaml",
        _schemas("A:\n  type: object\n  properties:\n    a-b: {type: string}\n    a_b: {}\n"),
        ":8: #/components/schemas/A/properties: in A, properties 'a-b' and 'a_b' both become the"
        " Python name 'a_b'",
    ),
    BrokenSpec(
        "operation-collision.yaml",
        'openapi: 3.1.0\ninfo: {title: O, version: "1"}\npaths:\n'
        "  /a:\n    get: {operationId: getThing, responses: {}}\n"
        "  /b:\n    get: {operationId: get_thing, responses: {}}\n",
        ":3: #/paths: the operations '/paths/~1a/get' and '/paths/~1b/get' both become the"
        " Python name 'get_thing'",
    ),
    BrokenSpec(
        "parameter-without-in.yaml",
        'openapi: 3.1.0\ninfo: {title: P, version: "1"}\npaths:\n'
        "  /x:\n    get:\n      parameters:\n        - name: a\n      responses: {}\n",
        ":7: #/paths/~1x/get/parameters/0: a parameter needs a string 'name' and a valid 'in'",
    ),
    BrokenSpec(
        "operation-id-not-a-string.yaml",
        'openapi: 3.1.0\ninfo: {title: O, version: "1"}\npaths:\n'
        "  /a:\n    post:\n      operationId: {x: 1}\n      requestBody:\n"
        "        content: {application/json: {schema: {type: object}}}\n      responses: {}\n",
        ":6: #/paths/~1a/post/operationId: operationId must be a string, not object",
    ),
    BrokenSpec(
        # OpenAPI 3.0: the flag makes minimum exclusive, and the error names the spec's keyword.
        "exclusive-bound-3-0.yaml",
        _schemas("A:\n  type: number\n  minimum: x\n  exclusiveMinimum: true\n").replace(
            "openapi: 3.1.0", "openapi: 3.0.3"
        ),
        ':8: #/components/schemas/A/minimum: invalid value "x" for minimum',
    ),
    BrokenSpec(
        "exclusive-flag-3-0.yaml",
        _schemas("A:\n  type: number\n  minimum: 1\n  exclusiveMinimum: 1\n").replace(
            "openapi: 3.1.0", "openapi: 3.0.3"
        ),
        ":9: #/components/schemas/A/exclusiveMinimum: in OpenAPI 3.0, exclusiveMinimum must be"
        " true or false",
    ),
]


#: ``python -m generator`` with the memory limit set first (``preexec_fn`` is unsafe with threads).
_LIMITED_GENERATOR = (
    "import resource, runpy;"
    f"resource.setrlimit(resource.RLIMIT_AS, ({MEMORY_LIMIT}, {MEMORY_LIMIT}));"
    "runpy.run_module('generator', run_name='__main__', alter_sys=True)"
)


def _generator_command(spec: Path, out: Path) -> list[str]:
    """The command line of ``python -m generator generate``, run under :data:`MEMORY_LIMIT`."""
    return [
        sys.executable,
        "-c",
        _LIMITED_GENERATOR,
        "generate",
        "--spec",
        str(spec),
        "--out",
        str(out),
    ]


def _generate(
    spec: Path, out: Path, env: dict[str, str] | None = None
) -> subprocess.CompletedProcess[str]:
    """``python -m generator generate`` in a subprocess, under the memory limit."""
    return subprocess.run(
        _generator_command(spec, out),
        cwd=REPO,
        capture_output=True,
        text=True,
        check=False,
        env=env,
    )


def _snapshot(root: Path) -> dict[str, tuple[bytes, int, int]]:
    """Every entry under ``root``: bytes (files), modification time and mode, by relative path."""
    return {
        path.relative_to(root).as_posix(): (
            path.read_bytes() if path.is_file() else b"",
            path.stat().st_mtime_ns,
            path.stat().st_mode,
        )
        for path in sorted(root.rglob("*"))
    }


@pytest.fixture(scope="module")
def good_output(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """One good generation of the SMS spec, copied (timestamps too) into each test's output."""
    out = tmp_path_factory.mktemp("good") / "out"
    result = _generate(MAIN_SPEC, out)
    assert result.returncode == 0, result.stderr
    return out


@pytest.mark.parametrize("case", BROKEN, ids=[case.name for case in BROKEN])
def test_broken_spec_is_one_located_error_and_leaves_the_output_alone(
    case: BrokenSpec, good_output: Path, tmp_path: Path
) -> None:
    out = tmp_path / "out"
    shutil.copytree(good_output, out, copy_function=shutil.copy2)
    before = _snapshot(out)
    assert any(path.endswith("models.py") for path in before)
    spec = tmp_path / case.name
    spec.write_bytes(case.text if isinstance(case.text, bytes) else case.text.encode("utf-8"))
    started = time.monotonic()
    result = _generate(spec, out)
    elapsed = time.monotonic() - started
    assert result.returncode == 2, result.stderr
    assert result.stderr == f"{spec}{case.error}\n"
    assert result.stdout == ""
    assert _snapshot(out) == before
    # Failing is fast, even for the alias bomb (about 490 million values if expanded).
    assert elapsed < 30, elapsed


def test_every_case_has_a_unique_file_name() -> None:
    names = [case.name for case in BROKEN]
    assert len(names) == len(set(names))


# --- valid but awkward: names ---------------------------------------------------------------------


def _run_python(code: str, cwd: Path, *arguments: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-c", code, *arguments],
        cwd=cwd,
        capture_output=True,
        text=True,
        check=False,
        env={**os.environ, "PYTHONPATH": str(cwd)},
    )


@pytest.fixture(scope="module")
def awkward(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The generated package of ``specs/awkward_names.yaml``."""
    out = tmp_path_factory.mktemp("awkward") / "out"
    result = _generate(SPECS / "awkward_names.yaml", out)
    assert result.returncode == 0, result.stderr
    return out


def test_awkward_names_pass_mypy_strict_and_ruff(awkward: Path) -> None:
    mypy = subprocess.run(
        [sys.executable, "-m", "mypy", "--strict", "--no-incremental", str(awkward / "awkward")],
        capture_output=True,
        text=True,
        check=False,
        cwd=REPO,
    )
    assert mypy.returncode == 0, mypy.stdout + mypy.stderr
    ruff = subprocess.run(
        [sys.executable, "-m", "ruff", "check", "--isolated", "--no-cache", str(awkward)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert ruff.returncode == 0, ruff.stdout + ruff.stderr


#: Every property of ``class`` set, plus a key the spec does not declare.
AWKWARD_DATA: dict[str, Any] = {
    "def": "d",
    "None": True,
    "True": 1,
    "str": "s",
    "list": ["l"],
    "self": "me",
    "1st": "first",
    "": "empty",
    "größe": 1.5,
    "名前": "name",
    "emoji 😀": "smile",
    "a b": "space",
    "$ref": "not a reference",
    "__init__": "dunder",
    "from_dict": "method name",
    "additional_properties": "field name",
    "UNSET": "sentinel name",
    "x-y/z~w": "pointer characters",
    "kind": "with space",
    "nested": {"yield": "😀", "levels": -1},
    'undeclared "key"': [None],
}


def test_awkward_names_round_trip(awkward: Path) -> None:
    code = textwrap.dedent("""\
        import json, sys
        from awkward import Class, ClassNestedYield, Model123WeirdEnum, UNSET
        from awkward.operations import OPERATIONS
        data = json.loads(sys.argv[1])
        thing = Class.from_dict(data)
        assert thing.to_dict() == data, thing.to_dict()
        assert thing.def_ == "d" and thing.field_ == "empty" and thing.ref == "not a reference"
        assert thing.kind is Model123WeirdEnum.WITH_SPACE
        assert thing.nested is not UNSET and thing.nested.yield_ is ClassNestedYield.U1F600
        assert thing.additional_properties == {'undeclared "key"': [None]}
        assert [member.value for member in Model123WeirdEnum][:3] == ["", "1", "with space"]
        operation = OPERATIONS["import"]
        assert [p.wire_name for p in operation.parameters] == ["class", "1st", "X-Größe"]
        attributes = [p.attribute for p in operation.parameters]
        assert attributes == ["class_", "field_1st", "x_gro_u00df_e"], attributes
        print("ok")
        """)
    result = _run_python(code, awkward, json.dumps(AWKWARD_DATA))
    assert result.returncode == 0, result.stderr
    assert result.stdout == "ok\n"


# --- valid but awkward: 500 levels of inline objects ----------------------------------------------

DEPTH = 500


@pytest.fixture(scope="module")
def deep(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The generated package of a spec nesting :data:`DEPTH` inline objects."""
    directory = tmp_path_factory.mktemp("deep")
    spec = directory / "deep.json"
    spec.write_text(_deep_spec(DEPTH), encoding="utf-8")
    # A cold format cache of its own: measure the real work, and leave the user's cache alone.
    env = {**os.environ, "SMS_CODEGEN_CACHE_DIR": str(directory / "cache")}
    result = _generate(spec, directory / "out", env)
    assert result.returncode == 0, result.stderr
    return directory / "out"


#: Builds the DEPTH-deep instance iteratively (recursion would need the limit it tests).
_DEEP_INSTANCE = """
import sys
depth = int(sys.argv[1])
data = {"leaf": "bottom"}
for level in range(depth - 1):
    data = {"name": f"level {depth - 2 - level}", "child": data}
"""


def test_deep_nesting_generates_distinct_bounded_class_names(deep: Path) -> None:
    models = (deep / "deep" / "models.py").read_text(encoding="utf-8")
    names = [
        line.split()[1].rstrip(":") for line in models.splitlines() if line.startswith("class ")
    ]
    assert len(names) == DEPTH and len(set(names)) == DEPTH
    # Inline class names grow by one role per level, so they are shortened past 100 characters.
    assert max(map(len, names)) <= 120
    assert "RootChild" in names


def test_deep_nesting_round_trips_a_500_deep_instance(deep: Path) -> None:
    """Models decode and encode the whole depth; the validators accept it (with a raised
    recursion limit here, the next test with the default one)."""
    code = _DEEP_INSTANCE + textwrap.dedent("""\
        from deep.validators import validate
        assert validate("Root", data) == [], "the validators reject the instance"
        sys.setrecursionlimit(10_000)
        from deep.models import Root
        root = Root.from_dict(data)
        assert root.to_dict() == data
        node, levels = root, 1
        while getattr(node, "child", None) is not None:
            node, levels = node.child, levels + 1
        assert levels == depth and node.leaf == "bottom", (levels, node)
        print("ok")
        """)
    result = _run_python(code, deep, str(DEPTH))
    assert result.returncode == 0, result.stderr
    assert result.stdout == "ok\n"


def test_deep_nesting_round_trips_at_the_default_recursion_limit(deep: Path) -> None:
    code = _DEEP_INSTANCE + textwrap.dedent("""\
        from deep.models import Root
        assert Root.from_dict(data).to_dict() == data
        """)
    result = _run_python(code, deep, str(DEPTH))
    assert result.returncode == 0, result.stderr


# --- valid but big: a ~50 MB spec -----------------------------------------------------------------


def _big_spec(schemas: int, example_bytes: int) -> str:
    """A JSON spec of ``schemas`` component schemas, each with an ``example`` of about
    ``example_bytes`` bytes (which the generated code does not repeat), referring to each other.

    Written chunk by chunk: the point is the generator's memory, not the helper's.
    """
    words = ["lorem", "ipsum", "dolor", "sit", "amet", "consectetur", "adipiscing", "elit"]
    chunks = [
        (
            '{"openapi": "3.1.0", "info": {"title": "Big", "version": "1", "x-package-name":'
            ' "big"}, "paths": {}, "components": {"schemas": {'
        )
    ]
    for index in range(schemas):
        text = " ".join(words[(index + offset) % len(words)] for offset in range(30))
        schema = {
            "type": "object",
            "description": f"Schema {index}: {text}",
            "required": ["id", "name"],
            "properties": {
                "id": {"type": "integer", "minimum": 0},
                "name": {"type": "string", "maxLength": 200},
                "state": {"type": "string", "enum": ["active", "inactive"]},
                "score": {"type": ["number", "null"]},
                "parent": {"$ref": f"#/components/schemas/Schema{index // 2}"},
                "attributes": {"type": "object", "additionalProperties": {"type": "string"}},
            },
            "example": {
                "id": index,
                "name": (text + " ") * (example_bytes // (len(text) + 1)),
                "state": "active",
            },
        }
        separator = "," if index + 1 < schemas else ""
        chunks.append(f'"Schema{index}": {json.dumps(schema)}{separator}')
    chunks.append("}}}\n")
    return "\n".join(chunks)


def test_a_50_mb_spec_generates_in_bounded_time_and_memory(tmp_path: Path) -> None:
    spec = tmp_path / "big.json"
    spec.write_text(_big_spec(schemas=500, example_bytes=100_000), encoding="utf-8")
    size = spec.stat().st_size
    assert 45_000_000 < size < 55_000_000, size
    env = {**os.environ, "SMS_CODEGEN_CACHE_DIR": str(tmp_path / "cache")}
    started = time.monotonic()
    log = tmp_path / "stderr.txt"
    with log.open("wb") as stderr_file:
        process = subprocess.Popen(
            _generator_command(spec, tmp_path / "out"),
            cwd=REPO,
            env=env,
            stdout=subprocess.DEVNULL,
            stderr=stderr_file,
        )
        # wait4: the resource usage of this one child (its peak RSS), not of every child so far.
        _, status, usage = os.wait4(process.pid, 0)
    elapsed = time.monotonic() - started
    stderr = log.read_text(encoding="utf-8", errors="replace")
    assert os.waitstatus_to_exitcode(status) == 0, stderr
    peak_bytes = usage.ru_maxrss * 1024  # kilobytes on Linux
    print(f"50 MB spec: {elapsed:.1f} s, peak RSS {peak_bytes / 1024**2:.0f} MiB")
    assert elapsed < 300, elapsed
    assert peak_bytes < 2 * 1024**3, peak_bytes
    models = (tmp_path / "out" / "big" / "models.py").read_text(encoding="utf-8")
    assert len(re.findall(r"^class Schema\d+:$", models, flags=re.MULTILINE)) == 500
