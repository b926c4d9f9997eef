"""Behaviour of the generated ``sms_v3`` models (imported from the committed ``generated/`` tree)."""

from __future__ import annotations

import copy
import json
import subprocess
import sys
from typing import Any

import pytest
import yaml
from golden_cases import MAIN_SPEC, REPO
from sms_v3 import (
    UNSET,
    DecodeError,
    ErrorResponse,
    PutTaskReq,
    PutTaskReqOsType,
    PutTaskReqPriority,
    SubTask,
    TargetDisk,
    TargetServer,
    UpdateTaskResponse,
)


def _spec_example(*path: str) -> Any:
    node: Any = yaml.safe_load(MAIN_SPEC.read_text(encoding="utf-8"))
    for key in path:
        node = node[key]
    return node


OPERATION = ("paths", "/v3/tasks/{task_id}", "put")
DOC_REQUEST = _spec_example(
    *OPERATION, "requestBody", "content", "application/json", "examples", "doc_example", "value"
)


def _response_example(status: str) -> Any:
    examples = _spec_example(*OPERATION, "responses", status, "content", "application/json")
    return next(iter(examples["examples"].values()))["value"]


def _canonical(data: Any) -> str:
    """JSON text that tells ``1`` from ``1.0`` from ``true``: stricter than ``==`` on dicts."""
    return json.dumps(data, sort_keys=True)


def test_doc_example_round_trips_exactly_with_nulls() -> None:
    assert DOC_REQUEST["target_server"]["ip"] is None  # the example does carry explicit nulls
    model = PutTaskReq.from_dict(DOC_REQUEST)
    assert _canonical(model.to_dict()) == _canonical(DOC_REQUEST)


@pytest.mark.parametrize(("status", "model"), [("200", UpdateTaskResponse), ("403", ErrorResponse)])
def test_response_examples_round_trip(status: str, model: Any) -> None:
    example = _response_example(status)
    assert _canonical(model.from_dict(example).to_dict()) == _canonical(example)


def test_decoded_doc_example_has_typed_values() -> None:
    model = PutTaskReq.from_dict(DOC_REQUEST)
    assert model.os_type is PutTaskReqOsType.WINDOWS
    assert model.priority is PutTaskReqPriority.VALUE_1
    assert model.finish_date is None  # explicit null
    assert model.exist_server is UNSET  # absent
    assert isinstance(model.target_server, TargetServer)
    assert isinstance(model.target_server.disks[0], TargetDisk)
    assert model.target_server.disks[0].physical_volumes[1].size == 42423287808  # type: ignore[index]
    assert isinstance(model.sub_tasks, list) and isinstance(model.sub_tasks[0], SubTask)


def test_absent_fields_are_not_emitted_and_null_is_kept() -> None:
    assert PutTaskReq().to_dict() == {}
    assert PutTaskReq(name="MigrationTask").to_dict() == {"name": "MigrationTask"}
    assert PutTaskReq(name=None, speed_limit=0).to_dict() == {"name": None, "speed_limit": 0}


def test_enums_serialize_to_their_wire_values() -> None:
    body = PutTaskReq(os_type=PutTaskReqOsType.LINUX, priority=PutTaskReqPriority.VALUE_2).to_dict()
    assert _canonical(body) == _canonical({"os_type": "LINUX", "priority": 2})
    assert PutTaskReqOsType("WINDOWS") is PutTaskReqOsType.WINDOWS
    assert [member.value for member in PutTaskReqPriority] == [0, 1, 2]


def test_required_fields_are_required_keyword_arguments() -> None:
    with pytest.raises(TypeError, match="progress"):
        SubTask()  # type: ignore[call-arg]
    with pytest.raises(TypeError):
        SubTask(5)  # type: ignore[misc]
    assert SubTask(progress=5).to_dict() == {"progress": 5}


def test_unknown_keys_are_kept_through_a_round_trip() -> None:
    data = copy.deepcopy(DOC_REQUEST)
    data["brand_new_field"] = {"nested": [1, None]}
    data["target_server"]["disks"][0]["future"] = True
    model = PutTaskReq.from_dict(data)
    assert model.additional_properties == {"brand_new_field": {"nested": [1, None]}}
    assert _canonical(model.to_dict()) == _canonical(data)


@pytest.mark.parametrize(
    ("mutate", "path", "message"),
    [
        (
            lambda d: d["target_server"]["disks"][0].update(size="big"),
            "/target_server/disks/0/size",
            "expected an integer, got string",
        ),
        (
            lambda d: d["target_server"].pop("disks"),
            "/target_server",
            "missing required property 'disks'",
        ),
        (
            lambda d: d.update(os_type="Windows"),
            "/os_type",
            "'Windows' is not one of 'WINDOWS', 'LINUX'",
        ),
        (lambda d: d.update(priority=True), "/priority", "True is not one of 0, 1, 2"),
        (
            lambda d: d["sub_tasks"][3].update(progress=None),
            "/sub_tasks/3/progress",
            "expected an integer, got null",
        ),
        (lambda d: d.update(sub_tasks={}), "/sub_tasks", "expected an array, got object"),
        (
            lambda d: d.update(start_target_server="true"),
            "/start_target_server",
            "expected a boolean, got string",
        ),
    ],
)
def test_bad_input_raises_decode_error_naming_the_json_path(
    mutate: Any, path: str, message: str
) -> None:
    data = copy.deepcopy(DOC_REQUEST)
    mutate(data)
    with pytest.raises(DecodeError) as caught:
        PutTaskReq.from_dict(data)
    assert caught.value.path == path
    assert caught.value.message == message
    assert str(caught.value) == f"{path}: {message}"


def test_non_object_input_is_a_decode_error_at_the_root() -> None:
    with pytest.raises(DecodeError) as caught:
        PutTaskReq.from_dict([1, 2])
    assert caught.value.path == ""
    assert str(caught.value) == "(root): expected an object, got array"


def test_integral_floats_are_integers_and_booleans_are_not() -> None:
    assert SubTask.from_dict({"progress": 7.0}).progress == 7
    with pytest.raises(DecodeError):
        SubTask.from_dict({"progress": True})
    with pytest.raises(DecodeError):
        SubTask.from_dict({"progress": 7.5})


def test_importing_the_models_loads_only_the_standard_library() -> None:
    code = (
        f"import sys; sys.path.insert(0, {str(REPO / 'generated')!r}); before = set(sys.modules);"
        "import sms_v3.models, sms_v3; print('\\n'.join(sorted(set(sys.modules) - before)))"
    )
    result = subprocess.run(
        [sys.executable, "-I", "-c", code],
        capture_output=True,
        text=True,
        check=True,
    )
    loaded = {name.split(".")[0] for name in result.stdout.split()}
    assert "sms_v3" in loaded
    third_party = loaded - set(sys.stdlib_module_names) - {"sms_v3"}
    assert not third_party, f"importing sms_v3.models loaded {sorted(third_party)}"
