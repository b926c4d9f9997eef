"""One API, several spellings: OpenAPI 3.0 and 3.1, YAML and JSON all generate the same code.

A spec's version and syntax are how it is written, not what it means. Nullable fields are
``nullable: true`` in 3.0 and ``type: [..., "null"]`` in 3.1; a document may be YAML or JSON. The
generated trees must be identical except for the ``SPEC_SHA256`` line of ``__init__.py``, which
names the SHA-256 of the spec's bytes (and so differs whenever the bytes do).
"""

from __future__ import annotations

import hashlib
import json
import subprocess
import sys
import textwrap
from pathlib import Path

import jsonschema
import pytest
from golden_cases import FIXTURE_SPECS, MAIN_SPEC, tree_files

from generator.cli import main
from generator.loading import load_spec

SPEC_3_0 = FIXTURE_SPECS / "same_api_3_0.yaml"
SPEC_3_1 = FIXTURE_SPECS / "same_api_3_1.yaml"


def _generate(spec: Path, out: Path, package: str | None = "same_api") -> dict[str, str]:
    """The generated tree, path → text.

    The two fixtures name their packages apart (so that their golden trees are importable side
    by side), so they are compared generated under one name, ``package``.
    """
    command = ["generate", "--spec", str(spec), "--out", str(out)]
    assert main([*command, *(["--package", package] if package else [])]) == 0
    return {path: data.decode("utf-8") for path, data in tree_files(out).items()}


def _without_spec_digest(files: dict[str, str], spec: Path) -> dict[str, str]:
    """Each file without the line naming the spec's digest, after checking that only
    ``__init__.py``'s ``SPEC_SHA256`` does."""
    sha256 = hashlib.sha256(spec.read_bytes()).hexdigest()
    stripped = {}
    for path, text in files.items():
        lines = text.splitlines(keepends=True)
        naming = [index for index, line in enumerate(lines) if sha256 in line]
        expected = []
        if path.endswith("/__init__.py"):
            expected = [
                index for index, line in enumerate(lines) if line.startswith("SPEC_SHA256 =")
            ]
        assert naming == expected, path
        stripped[path] = "".join(line for line in lines if sha256 not in line)
    return stripped


def _assert_runs(script: str, directory: Path) -> None:
    """Run ``script`` in a fresh interpreter in ``directory`` (where a generated package is)."""
    result = subprocess.run(
        [sys.executable, "-c", script], cwd=directory, capture_output=True, text=True, check=False
    )
    assert result.returncode == 0, result.stderr


def _assert_same_code(first: dict[str, str], second: dict[str, str]) -> None:
    assert sorted(first) == sorted(second)
    for path, text in first.items():
        assert text == second[path], path


def test_3_0_and_3_1_spellings_generate_the_same_code(tmp_path: Path) -> None:
    code_3_0 = _without_spec_digest(_generate(SPEC_3_0, tmp_path / "3.0"), SPEC_3_0)
    code_3_1 = _without_spec_digest(_generate(SPEC_3_1, tmp_path / "3.1"), SPEC_3_1)
    _assert_same_code(code_3_0, code_3_1)
    # Not vacuously equal: every spelling of null made it into the code of both.
    models = code_3_0["same_api/models.py"]
    for annotation in (
        "note: str | None | Unset",  # a nullable primitive
        "priority: Priority | None | Unset",  # a reference to a nullable enum component
        "billing: Address | None | Unset",  # a reference to a nullable object component
        "shipping: OrderShipping | None | Unset",  # a nullable inline object
        "carrier: OrderShippingCarrier | None | Unset",  # a nullable inline enum
        "tags: list[str] | None | Unset",  # a nullable array
        "metadata: dict[str, str | None] | Unset",  # a map of nullable values
    ):
        assert annotation in models, annotation
    order = json.loads(code_3_0["same_api/schemas/Order.json"])
    assert order["properties"]["note"]["type"] == ["string", "null"]


def test_the_same_api_round_trips_nulls(tmp_path: Path) -> None:
    """The shared output decodes and re-encodes explicit nulls where the spec allows them."""
    out = tmp_path / "out"
    _generate(SPEC_3_0, out)
    script = textwrap.dedent("""\
        from same_api.models import Order
        data = {
            "id": "o-1", "status": "placed", "priority": None, "note": None, "tags": None,
            "lines": [{"sku": "a", "quantity": 2, "price": None}], "billing": None,
            "shipping": {"carrier": None, "eta": None}, "metadata": {"k": None},
        }
        order = Order.from_dict(data)
        assert order.billing is None and order.priority is None, order
        assert order.to_dict() == data, order.to_dict()
        """)
    _assert_runs(script, out)


@pytest.mark.parametrize("spec", [SPEC_3_1, SPEC_3_0, MAIN_SPEC], ids=lambda path: path.stem)
def test_json_spec_generates_the_same_code_as_yaml(spec: Path, tmp_path: Path) -> None:
    """The spec re-written as JSON (from the data the loader reads) generates the same code."""
    as_json = tmp_path / f"{spec.stem}.json"
    data = load_spec(spec).data
    as_json.write_text(json.dumps(data, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    from_yaml = _without_spec_digest(_generate(spec, tmp_path / "yaml", package=None), spec)
    from_json = _without_spec_digest(_generate(as_json, tmp_path / "json", package=None), as_json)
    _assert_same_code(from_yaml, from_json)


_BOUNDS_3_0 = """\
openapi: 3.0.3
info: {title: Bounds, version: "1", x-package-name: bounds}
paths: {}
components:
  schemas:
    Price:
      type: object
      properties:
        amount: {type: number, minimum: 0, exclusiveMinimum: true}
        ceiling: {type: integer, maximum: 10, exclusiveMaximum: true}
        floor: {type: number, minimum: 1, exclusiveMinimum: false}
        flag_only: {type: number, exclusiveMaximum: true}
"""


def test_3_0_boolean_exclusive_bounds_generate_like_3_1_numeric_ones(tmp_path: Path) -> None:
    spec_3_0 = tmp_path / "bounds_3_0.yaml"
    spec_3_0.write_text(_BOUNDS_3_0, encoding="utf-8")
    spec_3_1 = tmp_path / "bounds_3_1.yaml"
    spec_3_1.write_text(
        _BOUNDS_3_0.replace("openapi: 3.0.3", "openapi: 3.1.0")
        .replace("minimum: 0, exclusiveMinimum: true", "exclusiveMinimum: 0")
        .replace("maximum: 10, exclusiveMaximum: true", "exclusiveMaximum: 10")
        .replace("minimum: 1, exclusiveMinimum: false", "minimum: 1")
        .replace("{type: number, exclusiveMaximum: true}", "{type: number}"),
        encoding="utf-8",
    )
    code_3_0 = _without_spec_digest(_generate(spec_3_0, tmp_path / "3.0", package=None), spec_3_0)
    code_3_1 = _without_spec_digest(_generate(spec_3_1, tmp_path / "3.1", package=None), spec_3_1)
    # The models and the exported schemas are the same; the validators (whose schema paths name
    # the spec's own keywords) must agree on what they accept.
    for path in ("bounds/models.py", "bounds/schemas/Price.json"):
        assert code_3_0[path] == code_3_1[path], path
    script = (
        "from bounds.validators import validate;"
        "assert validate('Price', {'amount': 0}), 'accepted 0';"
        "assert not validate('Price', {'amount': 0.5}), 'refused 0.5';"
        "assert validate('Price', {'ceiling': 10}), 'accepted 10';"
        "assert not validate('Price', {'ceiling': 9}), 'refused 9';"
        "assert not validate('Price', {'floor': 1}), 'refused 1';"
        "assert validate('Price', {'floor': 0.5}), 'accepted 0.5';"
        "assert not validate('Price', {'flag_only': 1e300}), 'refused 1e300';"
        "[error] = validate('Price', {'amount': -1});"
        "assert error.keyword == 'exclusiveMinimum', error;"
        "assert error.schema_path.endswith('/amount/minimum'), error"
    )
    _assert_runs(script, tmp_path / "3.0")


def test_nullable_in_a_3_1_document_means_nullable_everywhere(tmp_path: Path) -> None:
    """Not a 3.1 keyword, but meant: models, validators and the exported schema all honor it."""
    spec = tmp_path / "nullable_3_1.yaml"
    spec.write_text(
        _BOUNDS_3_0.split("      properties:\n")[0].replace("openapi: 3.0.3", "openapi: 3.1.0")
        + "      properties:\n        amount: {type: number, nullable: true}\n",
        encoding="utf-8",
    )
    files = _generate(spec, tmp_path / "out", package=None)
    exported = json.loads(files["bounds/schemas/Price.json"])
    assert jsonschema.Draft202012Validator(exported).is_valid({"amount": None})
    assert "amount: float | None | Unset = UNSET" in files["bounds/models.py"]
    script = (
        "from bounds.validators import validate;"
        "assert not validate('Price', {'amount': None}), 'refused null';"
        "assert validate('Price', {'amount': 'x'}), 'accepted a string'"
    )
    _assert_runs(script, tmp_path / "out")
