"""``sms-codegen validate``: payload files against the generated validators, as other repos use it.

Exit codes: 0 all valid, 1 some file invalid, 2 some file unreadable or unparsable, or an unknown
schema (2 wins). Text output: ``FILE: /json/pointer: message`` per error on stdout, one located line
per unreadable file on stderr; ``--format json``: one JSON document on stdout.
"""

from __future__ import annotations

import io
import json
import os
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import pytest
import yaml
from golden_cases import MAIN_SPEC, REPO
from sms_v3.validators import SCHEMAS, validate

from generator.cli import main

CONSOLE_SCRIPT = Path(sys.executable).parent / "sms-codegen"


def _operation() -> dict[str, Any]:
    spec = yaml.safe_load(MAIN_SPEC.read_text(encoding="utf-8"))
    operation: dict[str, Any] = spec["paths"]["/v3/tasks/{task_id}"]["put"]
    return operation


def _doc_request() -> Any:
    """The doc's example request body, from the spec."""
    content = _operation()["requestBody"]["content"]["application/json"]
    return content["examples"]["doc_example"]["value"]


def _doc_403() -> Any:
    """The doc's example 403 response body, from the spec."""
    content = _operation()["responses"]["403"]["content"]["application/json"]
    return content["examples"]["doc_example"]["value"]


def _write(tmp_path: Path, name: str, content: str | bytes) -> Path:
    path = tmp_path / name
    path.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(content, bytes):
        path.write_bytes(content)
    else:
        path.write_text(content, encoding="utf-8")
    return path


def _run(capsys: pytest.CaptureFixture[str], *args: str | Path) -> tuple[int, str, str]:
    code = main(["validate", *map(str, args)])
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def _stdin(monkeypatch: pytest.MonkeyPatch, data: bytes) -> None:
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(data), encoding="utf-8"))


# --- valid payloads -----------------------------------------------------------------------------


def test_the_doc_example_request_is_valid_as_json_and_as_yaml(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    example = _doc_request()
    as_json = _write(tmp_path, "request.json", json.dumps(example, indent=2))
    as_yaml = _write(tmp_path, "request.yaml", yaml.safe_dump(example, sort_keys=False))
    assert yaml.safe_load(as_yaml.read_text(encoding="utf-8")) == example
    for path in (as_json, as_yaml):
        assert _run(capsys, path) == (0, "", "")
    assert _run(capsys, "--schema", "PutTaskReq", as_json, as_yaml) == (0, "", "")


def test_the_doc_403_example_is_a_valid_error_response(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    response = _write(tmp_path, "403.json", json.dumps(_doc_403()))
    assert _run(capsys, "--schema", "ErrorResponse", response) == (0, "", "")
    broken = _write(tmp_path, "403-broken.yaml", "error_code: 9004\n")
    code, out, err = _run(capsys, "--schema", "ErrorResponse", broken)
    assert (code, err) == (1, "")
    assert out == f"{broken}: /error_code: 9004 is not of type 'string', 'null'\n"


# --- invalid payloads: exit 1, one line per error, in the validator's order ----------------------


def test_invalid_payload_prints_one_line_per_error(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    payload = _write(tmp_path, "bad.json", '{"priority": "high", "sub_tasks": [{"id": "x"}]}')
    code, out, err = _run(capsys, payload)
    assert (code, err) == (1, "")
    assert out.splitlines() == [
        f"{payload}: /priority: \"high\" is not of type 'integer', 'null'",
        f'{payload}: /priority: "high" is not one of [0, 1, 2, null]',
        f'{payload}: /sub_tasks/0: "progress" is a required property',
        f"{payload}: /sub_tasks/0/id: \"x\" is not of type 'integer', 'null'",
    ]
    # The same lines the library gives, in the same order.
    errors = validate("PutTaskReq", json.loads(payload.read_text(encoding="utf-8")))
    assert out == "".join(f"{payload}: {error}\n" for error in errors)


def test_the_document_itself_is_shown_as_slash(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    payload = _write(tmp_path, "list.yaml", "- name: x\n")
    assert _run(capsys, payload) == (
        1,
        f"{payload}: /: array of 1 item is not of type 'object'\n",
        "",
    )


def test_nan_and_infinity_are_read_and_judged_like_jsonschema(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    payload = _write(
        tmp_path, "nan.json", '{"priority": NaN, "name": "x", "speed_limit": Infinity}'
    )
    code, out, _ = _run(capsys, payload)
    assert code == 1
    assert out.splitlines()[:2] == [
        f"{payload}: /priority: NaN is not of type 'integer', 'null'",
        f"{payload}: /priority: NaN is not one of [0, 1, 2, null]",
    ]


def test_several_files_report_every_invalid_one_and_stay_quiet_on_valid_ones(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    good = _write(tmp_path, "good.json", json.dumps(_doc_request()))
    bad = _write(tmp_path, "bad.yaml", "priority: 7\n")
    worse = _write(tmp_path, "worse.json", '{"os_type": "BSD"}')
    code, out, err = _run(capsys, good, bad, good, worse)
    assert (code, err) == (1, "")
    assert out.splitlines() == [
        f"{bad}: /priority: 7 is not one of [0, 1, 2, null]",
        f"{bad}: /priority: 7 is greater than the maximum of 2",
        f'{worse}: /os_type: "BSD" is not one of ["WINDOWS", "LINUX", null]',
    ]


def test_standard_input_is_dash_and_shown_as_stdin(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    _stdin(monkeypatch, b"priority: 5\n")
    assert _run(capsys, "-") == (
        1,
        (
            "<stdin>: /priority: 5 is not one of [0, 1, 2, null]\n"
            "<stdin>: /priority: 5 is greater than the maximum of 2\n"
        ),
        "",
    )
    _stdin(monkeypatch, json.dumps(_doc_request()).encode())
    assert _run(capsys, "-") == (0, "", "")


# --- unreadable files: exit 2, located message, the other files still validated ----------------


@pytest.mark.parametrize(
    ("name", "content", "expected"),
    [
        (
            "broken.json",
            '{\n  "name": "x",\n  "priority": 1,\n}\n',
            ":4:1: malformed JSON: Expecting property name enclosed in double quotes",
        ),
        (
            "broken.yaml",
            "name: x\npriority: [1, 2\nos_type: LINUX\n",
            ":3:8: malformed YAML: did not find expected ',' or ']'",
        ),
        (
            "broken.txt",  # no telling suffix, starts like JSON: the JSON error
            '{"name": "x" "priority": 1}',
            ":1:14: malformed JSON: Expecting ',' delimiter",
        ),
        ("tabs.yaml", "name: x\n\tpriority: 1\n", ":2:1: malformed YAML: found "),
        ("empty.yaml", "# nothing here\n", ": the file is empty: no JSON or YAML document"),
        ("latin1.json", b'{"name": "caf\xe9"}', ":1:14: not UTF-8: invalid continuation byte"),
        (
            "int-key.yaml",
            "name: x\nsub_tasks:\n  - 1: progress\n",
            ":3:5: the mapping key '1' is not a string (YAML reads it as int); quote it",
        ),
        (
            "yes-key.yaml",
            "yes: x\n",
            ":1:1: the mapping key 'yes' is not a string (YAML reads it as bool); quote it",
        ),
        (
            "timestamp.yaml",
            "name: x\ncreate_date: 2020-08-26\n",
            (
                ":2:14: '2020-08-26' is a YAML timestamp, which JSON has no type for; quote it to"
                " keep it a string"
            ),
        ),
        (
            "binary.yaml",
            "name: !!binary aGVsbG8=\n",
            ":1:7: the YAML type !!binary (binary data) has no JSON equivalent",
        ),
        (
            "python.yaml",
            "name: !!python/object/apply:os.system [echo]\n",
            (
                ":1:7: unsupported YAML tag !!python/object/apply:os.system: only JSON types are"
                " allowed"
            ),
        ),
        ("duplicate.yaml", "name: a\npriority: 1\nname: b\n", ":3:1: duplicate key 'name'"),
        ("duplicate.json", '{"name": "a", "name": "b"}', ": duplicate key 'name' in a JSON object"),
        (
            "cycle.yaml",
            "&task {name: x, clone: *task}\n",
            ": a YAML alias refers to its own ancestor",
        ),
        ("two.yaml", "name: a\n---\nname: b\n", ":2:1: malformed YAML: but found another document"),
    ],
)
def test_unparsable_files_exit_2_with_file_and_position(
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    name: str,
    content: str | bytes,
    expected: str,
) -> None:
    path = _write(tmp_path, name, content)
    code, out, err = _run(capsys, path)
    assert (code, out) == (2, "")
    assert err.startswith(f"{path}{expected}"), err
    assert err.count("\n") == 1


def test_a_json_file_must_be_json_while_other_names_may_be_yaml(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # YAML reads a trailing comma or a bare word, JSON does not: a .json file is held to JSON.
    text = '{"name": "x", priority: 1,}'
    strict = _write(tmp_path, "payload.json", text)
    code, out, err = _run(capsys, strict)
    assert (code, out) == (2, "")
    assert (
        err == f"{strict}:1:15: malformed JSON: Expecting property name enclosed in double quotes\n"
    )
    assert _run(capsys, _write(tmp_path, "payload.yaml", text)) == (0, "", "")


def test_yaml_merge_keys_may_be_overridden(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    payload = _write(
        tmp_path,
        "merge.yaml",
        "x-defaults: &defaults {name: base, priority: 0}\nname: task\nsource_server:\n"
        "  <<: *defaults\n  name: source\n",
    )
    assert _run(capsys, payload) == (0, "", "")


def test_missing_file_exits_2_and_the_others_are_still_reported(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    missing = tmp_path / "missing.json"
    bad = _write(tmp_path, "bad.json", '{"priority": 9}')
    good = _write(tmp_path, "good.yaml", "name: x\n")
    code, out, err = _run(capsys, bad, missing, good, tmp_path)
    assert code == 2  # 2 wins over 1
    assert out == (
        f"{bad}: /priority: 9 is not one of [0, 1, 2, null]\n"
        f"{bad}: /priority: 9 is greater than the maximum of 2\n"
    )
    assert err == (
        f"{missing}: cannot read: No such file or directory\n"
        f"{tmp_path}: cannot read: Is a directory\n"
    )


def test_unknown_schema_exits_2_listing_the_known_names(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    payload = _write(tmp_path, "good.json", "{}")
    code, out, err = _run(capsys, "--schema", "PutTaskRequest", payload)
    assert (code, out) == (2, "")
    assert err == (
        "error: unknown schema 'PutTaskRequest' (did you mean 'PutTaskReq'?); known schemas: "
        + ", ".join(SCHEMAS)
        + "\n"
    )
    assert "ErrorResponse" in err and "PutTaskReq" in err


def test_list_schemas_prints_every_name(capsys: pytest.CaptureFixture[str]) -> None:
    assert _run(capsys, "--list-schemas") == (0, "".join(f"{name}\n" for name in SCHEMAS), "")
    code, out, _ = _run(capsys, "--list-schemas", "--format", "json")
    assert (code, json.loads(out)) == (0, list(SCHEMAS))
    assert "PutTaskReq" in SCHEMAS and "ErrorResponse" in SCHEMAS


def test_no_file_is_a_usage_error(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = _run(capsys)
    assert (code, out) == (2, "")
    assert "no FILE given" in err


# --- --format json ---------------------------------------------------------------------------


def test_json_format_is_one_deterministic_document(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    good = _write(tmp_path, "good.json", json.dumps(_doc_request()))
    bad = _write(tmp_path, "bad.yaml", "name: Tâche\npriority: élevée\n")
    broken = _write(tmp_path, "broken.json", '{"name": }')
    _stdin(monkeypatch, b"[]")
    arguments = ("--format", "json", good, bad, broken, "-", tmp_path / "missing.yaml")
    code, out, err = _run(capsys, *arguments)
    assert (code, err) == (2, "")
    assert json.loads(out) == [
        {"file": str(good), "valid": True, "errors": []},
        {
            "file": str(bad),
            "valid": False,
            "errors": [
                {
                    "path": "/priority",
                    "keyword": "type",
                    "message": "\"élevée\" is not of type 'integer', 'null'",
                    "schema_path": "/components/schemas/PutTaskReq/properties/priority/type",
                },
                {
                    "path": "/priority",
                    "keyword": "enum",
                    "message": '"élevée" is not one of [0, 1, 2, null]',
                    "schema_path": "/components/schemas/PutTaskReq/properties/priority/enum",
                },
            ],
        },
        {
            "file": str(broken),
            "valid": None,
            "errors": [],
            "error": {"message": "malformed JSON: Expecting value", "line": 1, "column": 10},
        },
        {
            "file": "<stdin>",
            "valid": False,
            "errors": [
                {
                    "path": "",
                    "keyword": "type",
                    "message": "array of 0 items is not of type 'object'",
                    "schema_path": "/components/schemas/PutTaskReq/type",
                }
            ],
        },
        {
            "file": str(tmp_path / "missing.yaml"),
            "valid": None,
            "errors": [],
            "error": {
                "message": "cannot read: No such file or directory",
                "line": None,
                "column": None,
            },
        },
    ]
    assert "élevée" in out  # ensure_ascii=False
    _stdin(monkeypatch, b"[]")
    assert _run(capsys, *arguments) == (code, out, err)  # deterministic


def test_json_format_of_valid_files_exits_0(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    good = _write(tmp_path, "good.yaml", yaml.safe_dump(_doc_request()))
    code, out, _ = _run(capsys, "--format", "json", good)
    assert (code, json.loads(out)) == (0, [{"file": str(good), "valid": True, "errors": []}])


# --- big, deep and hostile input ---------------------------------------------------------------

DEEP_JSON = "[" * 100_000 + "]" * 100_000


@pytest.mark.parametrize("name", ["deep.json", "deep.yaml", "deep.txt"])
def test_input_nested_too_deeply_to_parse_is_exit_2(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], name: str
) -> None:
    path = _write(tmp_path, name, DEEP_JSON)
    code, out, err = _run(capsys, path)
    assert (code, out) == (2, "")
    assert err.startswith(f"{path}"), err
    assert "nested too deeply" in err or "maximum nesting depth" in err


def test_yaml_alias_bombs_are_refused_quickly(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    lines = ['a0: &a0 ["lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol"]']
    lines += [f"a{i}: &a{i} [{', '.join([f'*a{i - 1}'] * 10)}]" for i in range(1, 9)]
    bomb = _write(tmp_path, "bomb.yaml", "\n".join(lines) + "\n")
    started = time.monotonic()
    code, out, err = _run(capsys, bomb)
    assert (code, out) == (2, "")
    assert err.startswith(f"{bomb}: YAML aliases expand the document to ")
    assert time.monotonic() - started < 30


def test_a_big_flat_payload_is_fine(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    task = _doc_request()
    big = {**task, "sub_tasks": [task["sub_tasks"][0]] * 50_000, "name": "x" * 1_000_000}
    payload = _write(tmp_path, "big.json", json.dumps(big))
    assert _run(capsys, payload) == (0, "", "")


def test_huge_integers_are_a_parse_error(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    as_json = _write(tmp_path, "int.json", '{"priority": ' + "9" * 5000 + "}")
    as_yaml = _write(tmp_path, "int.yaml", "priority: 0x" + "f" * 5000 + "\n")
    code, out, err = _run(capsys, as_json, as_yaml)
    assert (code, out) == (2, "")
    assert err.splitlines()[0].startswith(f"{as_json}: unreadable number: Exceeds the limit")
    assert err.splitlines()[1].startswith(f"{as_yaml}:1:11: unreadable number: Exceeds the limit")


# --- the real process: python -m generator, and the console script ----------------------------


def _process(command: list[str], cwd: Path, stdin: bytes = b"") -> subprocess.CompletedProcess[str]:
    result = subprocess.run(
        command,
        cwd=cwd,
        input=stdin.decode(),
        capture_output=True,
        text=True,
        check=False,
        env={**os.environ, "PYTHONWARNINGS": "error"},
    )
    assert "Traceback" not in result.stderr + result.stdout
    return result


@pytest.mark.parametrize(
    "command",
    [[sys.executable, "-m", "generator", "validate"], [str(CONSOLE_SCRIPT), "validate"]],
    ids=["python-m-generator", "console-script"],
)
def test_the_real_process_exit_codes_and_no_traceback(tmp_path: Path, command: list[str]) -> None:
    good = _write(tmp_path, "payloads/good.json", json.dumps(_doc_request()))
    _write(tmp_path, "payloads/bad.yaml", "priority: high\n")
    _write(tmp_path, "payloads/deep.json", DEEP_JSON)

    assert _process([*command, "payloads/good.json"], tmp_path).returncode == 0

    invalid = _process([*command, "payloads/good.json", "payloads/bad.yaml"], tmp_path)
    assert invalid.returncode == 1
    assert invalid.stdout.splitlines() == [
        "payloads/bad.yaml: /priority: \"high\" is not of type 'integer', 'null'",
        'payloads/bad.yaml: /priority: "high" is not one of [0, 1, 2, null]',
    ]

    deep = _process([*command, "payloads/bad.yaml", "payloads/deep.json"], tmp_path)
    assert deep.returncode == 2
    assert deep.stderr == "payloads/deep.json: nested too deeply to parse\n"
    assert len(deep.stdout.splitlines()) == 2

    stdin = _process([*command, "--format", "json", "-"], tmp_path, good.read_bytes())
    assert (stdin.returncode, json.loads(stdin.stdout)) == (
        0,
        [{"file": "<stdin>", "valid": True, "errors": []}],
    )

    unknown = _process([*command, "--schema", "Nope", "payloads/good.json"], tmp_path)
    assert unknown.returncode == 2
    assert unknown.stderr.startswith("error: unknown schema 'Nope'")


def test_generate_does_not_import_the_validators() -> None:
    code = (
        "import sys; import generator.cli; "
        "assert 'sms_v3' not in sys.modules and 'sms_v3.validators' not in sys.modules"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], cwd=REPO, capture_output=True, text=True, check=False
    )
    assert result.returncode == 0, result.stderr


# --- the README's samples are real output ---------------------------------------------------


def _readme_section() -> str:
    text = (REPO / "README.md").read_text(encoding="utf-8")
    start = text.index("## Validating payloads (other repositories)")
    end = text.find("\n## ", start + 1)
    return text[start : end if end != -1 else len(text)]


def test_the_readme_sample_output_is_what_the_cli_prints(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    section = _readme_section()
    sample_text = section.split("```text\n", 1)[1].split("```", 1)[0]
    sample_json = section.split("```json\n", 1)[1].split("```", 1)[0]
    monkeypatch.chdir(tmp_path)
    _write(
        tmp_path,
        "payloads/update-task.json",
        '{\n  "name": "MigrationTask",\n  "os_type": "BSD",\n  "priority": "high"\n}\n',
    )
    _write(
        tmp_path,
        "payloads/update-task.yaml",
        "name: MigrationTask\nsub_tasks:\n  - id: 7278\n    name: CREATE_CLOUD_SERVER\n",
    )
    _write(tmp_path, "payloads/broken.json", '{"name": "x",}\n')
    files = ["payloads/update-task.json", "payloads/update-task.yaml", "payloads/broken.json"]
    code, out, err = _run(capsys, *files)
    assert code == 2
    assert out + err == sample_text
    code, out, err = _run(capsys, "--format", "json", *files[1:])
    assert (code, out, err) == (2, sample_json, "")


def test_odd_file_names_and_ascii_terminals_still_give_valid_output(tmp_path: Path) -> None:
    # A file name that is not UTF-8 (a lone surrogate once decoded) and non-ASCII data, printed
    # to an ASCII-only stdout: text output escapes, JSON output stays valid JSON.
    name = os.fsdecode(b"caf\xe9.json")
    _write(tmp_path, name, '{"name": "Tâche", "priority": "élevée"}')
    env = {**os.environ, "PYTHONIOENCODING": "ascii"}
    command = [str(CONSOLE_SCRIPT), "validate"]
    text = subprocess.run(
        [*command, name], cwd=tmp_path, env=env, capture_output=True, text=True, check=False
    )
    assert text.returncode == 1 and "Traceback" not in text.stderr
    assert text.stdout.startswith('caf\\udce9.json: /priority: "\\xe9lev\\xe9e" is not of type')
    as_json = subprocess.run(
        [*command, "--format", "json", name],
        cwd=tmp_path,
        env=env,
        capture_output=True,
        check=False,
    )
    assert as_json.returncode == 1 and b"Traceback" not in as_json.stderr
    [entry] = json.loads(as_json.stdout.decode("ascii"))
    assert entry["file"] == name
    assert entry["errors"][0]["message"] == "\"élevée\" is not of type 'integer', 'null'"


def test_json_output_escapes_lone_surrogates_on_a_utf8_stdout(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    name = os.fsdecode(b"caf\xe9.yaml")
    _write(tmp_path, name, "priority: élevée\n")
    code, out, _ = _run(capsys, "--format", "json", tmp_path / name)
    assert code == 1
    assert "élevée" in out and "\\udce9" in out
    assert json.loads(out)[0]["file"] == str(tmp_path / name)
