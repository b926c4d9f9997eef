"""Third-party OpenAPI documents: each generates a working package or is refused by name.

The corpus (``tests/realworld/specs/``, see its README) was written by other people for other tools,
so it exercises what hand-made fixtures miss: ``allOf`` inheritance, discriminators, ``readOnly``,
map types, path-item references, a property literally named ``$ref``, 3.0 and 3.1 spellings. For
each document the table below says what must happen:

* it generates, and the package imports, passes ``mypy --strict`` and ``ruff check --isolated``, and
  every example the spec gives for a component schema (the schema's ``example``/``examples``, and
  media-type examples whose schema is a ``$ref`` to it) survives ``from_dict`` → ``to_dict``; or
* generation exits 2 with exactly one stderr line ``FILE:LINE: #/pointer: message`` that names the
  unsupported feature, and writes nothing.
"""

from __future__ import annotations

import hashlib
import json
import os
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from golden_cases import REPO

from generator.loading import escape_pointer_token, load_spec, unescape_pointer_token
from generator.naming import class_name
from generator.resolving import ResolvedDocument, resolve_references

SPECS = Path(__file__).resolve().parent / "specs"
COMPONENT_SCHEMAS = "/components/schemas/"


@dataclass(frozen=True)
class RealWorldCase:
    """One third-party spec and what generating it must do."""

    spec: str  #: path under ``tests/realworld/specs``
    #: The generated package's import name, when the spec generates.
    package: str = ""
    #: How many component-schema examples the spec holds (all must round-trip).
    examples: int = 0
    #: ``LINE: #/pointer: message`` of the refusal, when the spec is refused.
    error: str = ""


_ONE_OF_OBJECTS = (
    "the keyword 'oneOf' is not supported by the model generator for a union of objects or arrays"
    " (only for [X, {type: 'null'}] and unions of primitive types)"
)

CASES = [
    RealWorldCase("oai-learn-examples/v3.0/petstore.yaml", "swagger_petstore"),
    # allOf inheritance (Pet = NewPet + id) becomes one merged model.
    RealWorldCase("oai-learn-examples/v3.0/petstore-expanded.yaml", "swagger_petstore"),
    # No schemas at all: only media-type examples, under responses without a schema.
    RealWorldCase("oai-learn-examples/v3.0/api-with-examples.yaml", "simple_api_overview"),
    # additionalProperties maps, a form-encoded body (no JSON body type).
    RealWorldCase("oai-learn-examples/v3.0/uspto.yaml", "uspto_data_set_api", examples=1),
    RealWorldCase("oai-learn-examples/v3.0/link-example.yaml", "link_example"),
    RealWorldCase("oai-learn-examples/v3.0/callback-example.yaml", "callback_example"),
    RealWorldCase("oai-learn-examples/v3.1/tictactoe.yaml", "tic_tac_toe", examples=7),
    RealWorldCase("oai-learn-examples/v3.1/webhook-example.yaml", "webhook_example"),
    RealWorldCase("oai-learn-examples/v3.1/non-oauth-scopes.yaml", "non_o_auth_scopes_example"),
    # A path item given as a $ref, and a property named "$ref" (not a reference).
    RealWorldCase("openapi-spec-validator/v3.1/petstore.yaml", "swagger_petstore"),
    # allOf of an inline object and a $ref, components/examples reused through $ref.
    RealWorldCase("redocly-museum/openapi.yaml", "redocly_museum_api", examples=23),
    # PetCreate is "oneOf: [Cat, Bird]": a union of models.
    RealWorldCase(
        "openapi-core/v3.0/petstore.yaml",
        error=f"384: #/components/schemas/PetCreate/oneOf: {_ONE_OF_OBJECTS}",
    ),
    # User.pet is "oneOf: [Pet, Tag]" (the discriminator, allOf subtypes and readOnly before it
    # are handled).
    RealWorldCase(
        "redoc-demo/openapi.yaml",
        error=f"1114: #/components/schemas/User/properties/pet/oneOf: {_ONE_OF_OBJECTS}",
    ),
    # Cat = allOf [Pet, {...}] where both declare huntingSkill: Pet as an integer enum, Cat as a
    # string/boolean enum. No value satisfies both, so no merged model is right.
    RealWorldCase(
        "redoc-demo/openapi-3-1.yaml",
        error=(
            "1014: #/components/schemas/Cat/allOf/1/properties/huntingSkill: allOf members declare"
            " the property 'huntingSkill' differently (also at"
            " #/components/schemas/Pet/properties/huntingSkill); they cannot be merged into one"
            " model"
        ),
    ),
]
GENERATING = [case for case in CASES if case.package]
REFUSED = [case for case in CASES if case.error]


def _ids(cases: list[RealWorldCase]) -> list[str]:
    return [case.spec.removesuffix(".yaml") for case in cases]


def _run(*command: str, cwd: Path = REPO, **kwargs: Any) -> subprocess.CompletedProcess[str]:
    return subprocess.run(command, check=False, cwd=cwd, capture_output=True, text=True, **kwargs)


def _generate(spec: Path, out: Path) -> subprocess.CompletedProcess[str]:
    return _run(
        sys.executable, "-m", "generator", "generate", "--spec", str(spec), "--out", str(out)
    )


@pytest.fixture(scope="module")
def generated(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """Every generating spec's output directory, generated once (through the CLI) for the module."""
    outputs: dict[str, Path] = {}
    for case in GENERATING:
        out = tmp_path_factory.mktemp("realworld") / "out"
        result = _generate(SPECS / case.spec, out)
        assert result.returncode == 0, f"{case.spec}: {result.stderr}"
        outputs[case.spec] = out
    return outputs


# --- the corpus itself ----------------------------------------------------------------------------


def test_the_specs_are_the_verbatim_copies() -> None:
    """The checksums of the shared corpus still hold: the input was not touched to make it pass."""
    lines = (SPECS / "SHA256SUMS").read_text(encoding="utf-8").splitlines()
    sums = {path: digest for digest, path in (line.split("  ", 1) for line in lines if line)}
    assert len(sums) == len(CASES)
    for relative, expected in sums.items():
        assert hashlib.sha256((SPECS / relative).read_bytes()).hexdigest() == expected, relative


def test_every_spec_is_in_the_table_and_every_source_has_its_license() -> None:
    on_disk = {path.relative_to(SPECS).as_posix() for path in SPECS.rglob("*.yaml")}
    assert on_disk == {case.spec for case in CASES}
    for source in {case.spec.split("/", 1)[0] for case in CASES}:
        assert (SPECS / source / "LICENSE").is_file(), source


# --- refused specs --------------------------------------------------------------------------------


@pytest.mark.parametrize("case", REFUSED, ids=_ids(REFUSED))
def test_unsupported_specs_are_refused_by_name(case: RealWorldCase, tmp_path: Path) -> None:
    out = tmp_path / "out"
    spec = SPECS / case.spec
    result = _generate(spec, out)
    assert result.returncode == 2, result.stderr
    assert result.stderr == f"{spec}:{case.error}\n"
    assert result.stdout == ""
    assert not out.exists()


# --- generating specs -----------------------------------------------------------------------------


def _package_dir(out: Path, case: RealWorldCase) -> Path:
    packages = sorted(path.parent.name for path in out.glob("*/__init__.py"))
    assert packages == [case.package]
    return out / case.package


@pytest.mark.parametrize("case", GENERATING, ids=_ids(GENERATING))
def test_generated_package_imports(case: RealWorldCase, generated: dict[str, Path]) -> None:
    package = _package_dir(generated[case.spec], case)
    modules = sorted(
        f"{case.package}.{path.stem}" for path in package.glob("*.py") if path.stem != "__init__"
    )
    assert f"{case.package}.models" in modules and f"{case.package}.validators" in modules
    # -I: nothing from the environment or the repository, only the generated directory.
    code = f"import sys; sys.path.insert(0, '.'); import {case.package}, " + ", ".join(modules)
    result = _run(sys.executable, "-I", "-c", code, cwd=generated[case.spec])
    assert result.returncode == 0, result.stderr


@pytest.mark.parametrize("case", GENERATING, ids=_ids(GENERATING))
def test_generated_package_passes_mypy_strict(
    case: RealWorldCase, generated: dict[str, Path]
) -> None:
    package = _package_dir(generated[case.spec], case)
    result = _run(sys.executable, "-m", "mypy", "--strict", "--no-incremental", str(package))
    assert result.returncode == 0, result.stdout + result.stderr


@pytest.mark.parametrize("case", GENERATING, ids=_ids(GENERATING))
def test_generated_package_passes_ruff(case: RealWorldCase, generated: dict[str, Path]) -> None:
    package = _package_dir(generated[case.spec], case)
    result = _run(sys.executable, "-m", "ruff", "check", "--isolated", "--no-cache", str(package))
    assert result.returncode == 0, result.stdout + result.stderr


#: Runs in the generated package's directory: reads [class name, pointer, value] triples on stdin,
#: round-trips each value through the component's type, prints {"checked", "failures"}. Models use
#: from_dict/to_dict, enums their values; aliases (list[Pet], str, ...) are walked by their
#: annotation, so that the models inside them round-trip too.
_ROUND_TRIP = """
import enum, json, sys, types, typing
models = __import__(sys.argv[1] + ".models", fromlist=["models"])

def round_trip(tp, value):
    if isinstance(tp, type) and hasattr(tp, "from_dict"):
        return tp.from_dict(value).to_dict()
    if isinstance(tp, type) and issubclass(tp, enum.Enum):
        return tp(value).value
    origin, args = typing.get_origin(tp), typing.get_args(tp)
    if origin in (types.UnionType, typing.Union):
        (inner,) = [arg for arg in args if arg is not type(None)]
        return None if value is None else round_trip(inner, value)
    if origin is list:
        assert isinstance(value, list), value
        return [round_trip(args[0], item) for item in value]
    if origin is dict:
        assert isinstance(value, dict), value
        return {key: round_trip(args[1], item) for key, item in value.items()}
    if tp is typing.Any:
        return value
    allowed = (int, float) if tp is float else tp
    assert isinstance(value, allowed) and not isinstance(value, bool) or tp is bool, (tp, value)
    return value

failures, cases = [], json.load(sys.stdin)
for name, pointer, value in cases:
    try:
        back = round_trip(getattr(models, name), value)
    except Exception as exc:
        failures.append(f"{pointer}: {type(exc).__name__}: {exc}")
    else:
        if back != value:
            failures.append(f"{pointer}: came back as {back!r}")
print(json.dumps({"checked": len(cases), "failures": failures}))
"""


@pytest.mark.parametrize("case", GENERATING, ids=_ids(GENERATING))
def test_models_round_trip_the_specs_own_examples(
    case: RealWorldCase, generated: dict[str, Path]
) -> None:
    examples = component_examples(resolve_references(load_spec(SPECS / case.spec)))
    assert len(examples) == case.examples
    if not examples:
        return
    cases = [[class_name(name), pointer, value] for name, pointer, value in examples]
    result = _run(
        sys.executable,
        "-c",
        _ROUND_TRIP,
        case.package,
        cwd=generated[case.spec],
        input=json.dumps(cases),
        env={**os.environ, "PYTHONPATH": str(generated[case.spec])},
    )
    assert result.returncode == 0, result.stderr
    report = json.loads(result.stdout)
    assert report == {"checked": case.examples, "failures": []}


def component_examples(resolved: ResolvedDocument) -> list[tuple[str, str, Any]]:
    """(component name, pointer, value) of every example the spec gives for a component schema.

    The component's own ``example`` and ``examples`` (a list, in 3.1), and the ``example`` or
    ``examples`` (Example Objects, possibly ``$ref``) of every media type or parameter whose
    ``schema`` is a ``$ref`` straight to the component. Iterative: specs may be deep.
    """
    data = resolved.document.data
    found: list[tuple[str, str, Any]] = []
    schemas = data.get("components", {}).get("schemas", {})
    for name, schema in schemas.items():
        if not isinstance(schema, dict):
            continue
        pointer = COMPONENT_SCHEMAS + escape_pointer_token(name)
        if "example" in schema:
            found.append((name, f"{pointer}/example", schema["example"]))
        if isinstance(schema.get("examples"), list):
            for index, value in enumerate(schema["examples"]):
                found.append((name, f"{pointer}/examples/{index}", value))
    stack: list[tuple[str, Any]] = [("", data)]
    while stack:
        pointer, node = stack.pop()
        if isinstance(node, list):
            stack.extend((f"{pointer}/{index}", item) for index, item in enumerate(node))
            continue
        if not isinstance(node, dict):
            continue
        target = resolved.direct_targets.get(f"{pointer}/schema", "")
        name = unescape_pointer_token(target.removeprefix(COMPONENT_SCHEMAS))
        if target.startswith(COMPONENT_SCHEMAS) and "/" not in target.removeprefix(
            COMPONENT_SCHEMAS
        ):
            if "example" in node:
                found.append((name, f"{pointer}/example", node["example"]))
            for key in node.get("examples", {}) if isinstance(node.get("examples"), dict) else {}:
                example_pointer = resolved.follow(f"{pointer}/examples/{escape_pointer_token(key)}")
                example = resolved.node_at(example_pointer)
                if isinstance(example, dict) and "value" in example:
                    found.append((name, f"{example_pointer}/value", example["value"]))
        for key, value in node.items():
            if key not in ("example", "examples") and not pointer.startswith(COMPONENT_SCHEMAS):
                stack.append((f"{pointer}/{escape_pointer_token(key)}", value))
    return found
