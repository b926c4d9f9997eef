"""The generated validators against the official JSON-Schema-Test-Suite (draft 2020-12).

Every test group's schema goes through the real generator (``compile_schema_sources`` → rendered
``_validation.py`` + ``validators.py`` → a throw-away package → import), and every test's data must
get the suite's verdict from ``validate_schema``. Hand-checking keywords proves little; the suite is
the shared definition of what each keyword means.

What the generator does not support is listed, with a reason, in ``conformance_skips.json``
(``"file.json"``, ``"file.json::group"`` or ``"file.json::group::test"`` → reason). The list is
kept honest both ways: a schema the generator refuses fails the test unless it is listed, and a
listed case fails the test as soon as it starts passing (or compiling), so it must then be removed.

``format`` is an annotation for the generator (as for jsonschema by default). This copy of the
suite holds no ``format`` tests; should ``optional/format/`` appear, its cases are judged by
jsonschema's default (annotation-only) verdict instead of the suite's asserting one.
"""

from __future__ import annotations

import functools
import importlib
import importlib.util
import itertools
import json
import math
import sys
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from types import ModuleType
from typing import Any

import jsonschema
import pytest

from generator import rendering
from generator.errors import SpecError
from generator.pipeline import compile_schema_sources

SUITE = (
    Path(__file__).resolve().parents[2].parent / "shared" / "conformance" / "json-schema-test-suite"
)
DRAFT = SUITE / "draft2020-12"
SKIPS_FILE = Path(__file__).with_name("conformance_skips.json")
SKIPS: dict[str, str] = json.loads(SKIPS_FILE.read_text(encoding="utf-8"))
#: Reasons of skips of cases the generator is meant to handle start with this.
KNOWN_BUG = "KNOWN BUG"


@dataclass(frozen=True)
class Case:
    """One test of the suite: a group's schema and one instance with its expected verdict."""

    file: str  #: relative to draft2020-12/, POSIX style ("optional/bignum.json")
    group_index: int
    group: str
    test: str
    schema: Any
    data: Any
    valid: bool

    @property
    def group_key(self) -> str:
        return f"{self.file}::{self.group}"

    @property
    def id(self) -> str:
        return f"{self.group_key}::{self.test}"

    def skip(self) -> tuple[str, str] | None:
        """The most specific skip-list entry covering this case, as ``(key, reason)``."""
        for key in (self.id, self.group_key, self.file):
            if key in SKIPS:
                return key, SKIPS[key]
        return None

    def expected(self) -> bool:
        """The verdict to match: the suite's, except where it asserts ``format`` (see above)."""
        if self.file.startswith("optional/format/"):
            return bool(jsonschema.Draft202012Validator(self.schema).is_valid(self.data))
        return self.valid


def load_cases() -> list[Case]:
    """Every test of every suite file, in a stable order (no files: no cases, see below)."""
    cases = []
    for path in sorted(DRAFT.rglob("*.json")):
        file = path.relative_to(DRAFT).as_posix()
        for index, group in enumerate(json.loads(path.read_text(encoding="utf-8"))):
            for test in group["tests"]:
                cases.append(
                    Case(
                        file,
                        index,
                        group["description"],
                        test["description"],
                        group["schema"],
                        test["data"],
                        test["valid"],
                    )
                )
    return cases


CASES = load_cases()

Compiled = ModuleType | SpecError
CompileSchema = Callable[[Any], Compiled]


@pytest.fixture(scope="module")
def compile_schema(tmp_path_factory: pytest.TempPathFactory) -> Iterator[CompileSchema]:
    """Compile each distinct schema once: its ``validators`` module, or the generator's refusal.

    Each schema becomes its own package (a unique name, imported from its own directory without
    touching ``sys.path``). The Jinja environment is reused while this module runs: recompiling
    every template for each of ~200 schemas would dominate the run time.
    """
    root = tmp_path_factory.mktemp("conformance")
    # Keyed by the JSON text, which tells 1, 1.0 and true apart (Python's == would not).
    cache: dict[str, Compiled] = {}
    counter = itertools.count()
    prefix = f"_jsts_{id(cache):x}"

    def compile_one(schema: Any) -> Compiled:
        key = json.dumps(schema)
        if key not in cache:
            try:
                sources = compile_schema_sources(schema)
            except SpecError as exc:
                cache[key] = exc
            else:
                cache[key] = _import_package(root, f"{prefix}_{next(counter)}", sources)
        return cache[key]

    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(rendering, "make_environment", functools.cache(rendering.make_environment))
        yield compile_one
    for name in [name for name in sys.modules if name.startswith(prefix)]:
        del sys.modules[name]


def _import_package(root: Path, name: str, sources: dict[str, str]) -> ModuleType:
    """Write ``sources`` as package ``name`` under ``root`` and import its ``validators``."""
    directory = root / name
    directory.mkdir()
    (directory / "__init__.py").write_text("", encoding="utf-8")
    for file_name, text in sources.items():
        (directory / file_name).write_text(text, encoding="utf-8")
    spec = importlib.util.spec_from_file_location(
        name, directory / "__init__.py", submodule_search_locations=[str(directory)]
    )
    assert spec is not None and spec.loader is not None
    package = importlib.util.module_from_spec(spec)
    sys.modules[name] = package
    spec.loader.exec_module(package)
    return importlib.import_module(f"{name}.validators")


def test_suite_is_present() -> None:
    """An absent suite must not pass as 'nothing to check' (CI keeps it at the same place)."""
    assert DRAFT.is_dir(), f"JSON-Schema-Test-Suite not found at {DRAFT}"
    assert len(CASES) > 700
    assert len({case.id for case in CASES}) == len(CASES), "case ids must be unique"


def test_skip_list_is_explained_and_current() -> None:
    """Every skip names a reason and still matches a case: a stale entry hides nothing, so it goes."""
    keys = {case.file for case in CASES} | {case.group_key for case in CASES}
    keys |= {case.id for case in CASES}
    for key, reason in SKIPS.items():
        assert key in keys, f"skip-list entry {key!r} matches no case of the suite"
        assert isinstance(reason, str) and reason.strip(), f"skip-list entry {key!r} has no reason"


def test_core_subset_is_skipped_only_for_known_bugs() -> None:
    """Plain local-pointer cases (per the suite's ``cases-index.json``) are in scope: a skip of one
    is a generator bug to fix, and says so, never a scope decision."""
    index = json.loads((SUITE / "cases-index.json").read_text(encoding="utf-8"))
    core = {
        (file, entry["case"])
        for file, entries in index.items()
        for entry in entries
        if not file.startswith("optional/") and set(entry["tags"]) <= {"local-pointer-ref"}
    }
    for case in CASES:
        skip = case.skip()
        if (case.file, case.group_index) in core and skip is not None:
            assert skip[1].startswith(KNOWN_BUG), f"in-scope case skipped: {case.id}: {skip[1]}"


@pytest.mark.parametrize("case", CASES, ids=[case.id for case in CASES])
def test_case(case: Case, compile_schema: CompileSchema) -> None:
    """The generated validator gives the suite's verdict (or the case is a listed, failing skip)."""
    compiled = compile_schema(case.schema)
    skip = case.skip()
    if isinstance(compiled, SpecError):
        if skip is None:
            pytest.fail(
                f"the generator refuses the schema, and it is not in the skip list: {compiled}"
            )
        pytest.skip(f"{skip[1]} (still refused)")
    errors = compiled.validate_schema(case.data)
    verdict = compiled.is_valid_schema(case.data)
    assert verdict is (not errors), "is_valid_schema disagrees with validate_schema"
    if skip is None:
        assert verdict is case.expected(), f"expected valid={case.expected()}, errors: {errors}"
        return
    assert (
        verdict is not case.expected()
    ), f"the skipped case now passes: remove {skip[0]!r} from {SKIPS_FILE.name}"
    pytest.skip(f"{skip[1]} (still fails)")


NAN, INF = math.nan, math.inf

#: Number and equality corners the suite covers thinly, with jsonschema's verdict as the reference.
SEMANTICS: list[tuple[str, Any, Any]] = [
    ("true is not an integer", {"type": "integer"}, True),
    ("false is not a number", {"type": "number"}, False),
    ("1.0 is an integer", {"type": "integer"}, 1.0),
    ("1.5 is not an integer", {"type": "integer"}, 1.5),
    ("a big int is an integer", {"type": "integer"}, 2**200),
    ("1e300 is an integer", {"type": "integer"}, 1e300),
    ("2**63 exceeds int64", {"maximum": 9223372036854775807}, 2**63),
    ("2**63-1 is within int64", {"maximum": 9223372036854775807}, 2**63 - 1),
    ("a big int is a multiple of 3", {"multipleOf": 3}, 3 * 10**40),
    ("NaN is a number", {"type": "number"}, NAN),
    ("NaN is not an integer", {"type": "integer"}, NAN),
    ("NaN passes minimum", {"minimum": 0}, NAN),
    ("NaN passes maximum", {"maximum": 0}, NAN),
    ("NaN is not a multiple of 2", {"multipleOf": 2}, NAN),
    ("infinity is a number", {"type": "number"}, INF),
    ("infinity is not an integer", {"type": "integer"}, INF),
    ("infinity exceeds maximum", {"maximum": 10}, INF),
    ("-infinity is below minimum", {"minimum": 0}, -INF),
    ("infinity is not a multiple of 2", {"multipleOf": 2}, INF),
    ("uniqueItems: 1 and true differ", {"uniqueItems": True}, [1, True]),
    ("uniqueItems: 0 and false differ", {"uniqueItems": True}, [0, False]),
    ("uniqueItems: 1 and 1.0 are equal", {"uniqueItems": True}, [1, 1.0]),
    ("uniqueItems: [1] and [true] differ", {"uniqueItems": True}, [[1], [True]]),
    (
        "uniqueItems: objects by content",
        {"uniqueItems": True},
        [{"a": 1, "b": 2}, {"b": 2, "a": 1}],
    ),
    ("enum: true is not 1", {"enum": [1]}, True),
    ("enum: 1.0 is 1", {"enum": [1]}, 1.0),
    ("const: 0 is not false", {"const": False}, 0),
    ("const: nested 1.0 is 1", {"const": {"a": [1]}}, {"a": [1.0]}),
]

#: Where jsonschema raises instead of answering (float ``multipleOf`` of NaN, infinity or an int
#: too big for a float), the generated validator must still answer: this verdict.
SEMANTICS_BEYOND_JSONSCHEMA: list[tuple[str, Any, Any, bool]] = [
    ("NaN is not a multiple of 0.5", {"multipleOf": 0.5}, NAN, False),
    ("infinity is not a multiple of 0.5", {"multipleOf": 0.5}, INF, False),
    ("-infinity is not a multiple of 0.5", {"multipleOf": 0.5}, -INF, False),
    ("10**400 is a multiple of 0.5", {"multipleOf": 0.5}, 10**400, True),
    ("10**400 + 1 is not a multiple of 2.0", {"multipleOf": 2.0}, 10**400 + 1, False),
]


@pytest.mark.parametrize(
    ("schema", "data"), [pytest.param(s, d, id=name) for name, s, d in SEMANTICS]
)
def test_semantics_match_jsonschema(schema: Any, data: Any, compile_schema: CompileSchema) -> None:
    """Booleans are not numbers, 1.0 is an integer, NaN compares false: as jsonschema decides."""
    compiled = compile_schema(schema)
    assert not isinstance(compiled, SpecError)
    theirs = [
        error.validator for error in jsonschema.Draft202012Validator(schema).iter_errors(data)
    ]
    assert [error.keyword for error in compiled.validate_schema(data)] == theirs
    assert compiled.is_valid_schema(data) is (not theirs)


@pytest.mark.parametrize(
    ("schema", "data", "valid"),
    [pytest.param(s, d, v, id=name) for name, s, d, v in SEMANTICS_BEYOND_JSONSCHEMA],
)
def test_multiple_of_never_raises(
    schema: Any, data: Any, valid: bool, compile_schema: CompileSchema
) -> None:
    """A validator answers for every JSON number; it never raises (OverflowError, ValueError)."""
    compiled = compile_schema(schema)
    assert not isinstance(compiled, SpecError)
    errors = compiled.validate_schema(data)
    assert not errors if valid else [error.keyword for error in errors] == ["multipleOf"]
