"""Wire compatibility with Huawei Cloud's official Python SDK (``huaweicloudsdksms==3.1.176``).

The same data goes through both clients and the requests they would send are compared, offline:

* ours: the generated ``SmsClient`` with an ``httpx.MockTransport`` that records the request;
* theirs: the official ``SmsClient.update_task`` with its real request building (path quoting,
  ``sanitize_for_serialization`` + ``simplejson.dumps``, signing, ``requests`` preparation), whose
  ``requests`` session has a recording adapter mounted in place of the network.

For bodies without nulls the two bodies are the same JSON value (and, for model bodies, the same
key order: only whitespace and escaping differ), and the paths are byte for byte the same. The
tests at the end pin where we differ on purpose (explicit nulls, encoding, dot-segment task ids,
headers) and where we differ by accident (``NaN``, an expected failure until the client is fixed).

Importing ``huaweicloudsdkcore`` (and building its client) writes
``$HOME/.huaweicloud/application_id``: the ``official`` fixture points ``HOME`` at a temporary
directory first.
"""

from __future__ import annotations

import importlib
import json
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

import httpx
import pytest
import yaml
from body_strategies import put_task_bodies
from golden_cases import MAIN_SPEC
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sms_v3 import PutTaskReq
from sms_v3.client import AkSkAuth, ForbiddenError, RequestValidationError, SmsClient

ENDPOINT = "https://sms.ap-southeast-1.myhuaweicloud.com"
AK, SK, PROJECT, SECURITY_TOKEN = "AKEXAMPLE", "SKEXAMPLE", "project-1", "sts-token"
DOC_REQUEST: dict[str, Any] = yaml.safe_load(MAIN_SPEC.read_text(encoding="utf-8"))["paths"][
    "/v3/tasks/{task_id}"
]["put"]["requestBody"]["content"]["application/json"]["examples"]["doc_example"]["value"]
SETTINGS = settings(
    max_examples=40,
    deadline=None,
    database=None,  # no .hypothesis/ directory in the repository
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)


@dataclass(frozen=True)
class Sent:
    """What a client put on the wire: method, raw path (with query), headers and body bytes."""

    method: str
    path: str
    headers: dict[str, str]
    body: bytes


# --- the official SDK, offline ---------------------------------------------------------------


class Official:
    """The official SDK's ``update_task``, with a recording adapter instead of the network."""

    def __init__(self) -> None:
        requests = importlib.import_module("requests")
        adapters = importlib.import_module("requests.adapters")
        credentials = importlib.import_module("huaweicloudsdkcore.auth.credentials")
        self.sms = importlib.import_module("huaweicloudsdksms.v3")
        self.models = importlib.import_module("huaweicloudsdksms.v3.model")
        self.sent: list[Sent] = []
        #: What the fake network answers: status, headers, body.
        self.answer: tuple[int, dict[str, str], bytes] = (200, {}, b'{"id": "task-1"}')
        sent, sdk = self.sent, self

        class Recorder(adapters.BaseAdapter):  # type: ignore[misc]
            def send(self, request: Any, **kwargs: Any) -> Any:
                body = request.body.encode() if isinstance(request.body, str) else request.body
                sent.append(Sent(request.method, request.path_url, dict(request.headers), body))
                response = requests.Response()
                response.status_code, headers, response._content = sdk.answer
                response.headers.update({"Content-Type": "application/json", **headers})
                response.request, response.url = request, request.url
                return response

            def close(self) -> None:
                pass

        basic = credentials.BasicCredentials(AK, SK, PROJECT).with_security_token(SECURITY_TOKEN)
        builder = self.sms.SmsClient.new_builder().with_credentials(basic)
        self.client = builder.with_endpoints([ENDPOINT]).build()
        session = self.client.get_http_client()._session
        session.mount("https://", Recorder())
        session.mount("http://", Recorder())

    def model(self, type_name: str, value: Any) -> Any:
        """The SDK's model objects for ``value`` (a JSON value of the SDK type ``type_name``)."""
        if type_name.startswith("list["):
            return [self.model(type_name[5:-1], item) for item in value]
        if value is None or not hasattr(self.models, type_name):
            return value  # None, str, int, float, bool: the SDK passes them through unchecked
        cls = getattr(self.models, type_name)
        attributes = {wire: attribute for attribute, wire in cls.attribute_map.items()}
        unknown = set(value) - set(attributes)
        assert not unknown, f"the SDK's {type_name} has no field {unknown}"
        return cls(
            **{
                attributes[key]: self.model(cls.openapi_types[attributes[key]], item)
                for key, item in value.items()
            }
        )

    def update_task(self, task_id: str, body: dict[str, Any]) -> Sent:
        request = self.sms.UpdateTaskRequest(task_id=task_id, body=self.model("PutTaskReq", body))
        response = self.client.update_task(request)
        assert response.id == "task-1"
        return self.sent.pop()

    def close(self) -> None:
        self.client.get_http_client().close()


@pytest.fixture(scope="module")
def official(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Official]:
    home = tmp_path_factory.mktemp("home")
    with pytest.MonkeyPatch.context() as monkeypatch:
        monkeypatch.setenv("HOME", str(home))
        monkeypatch.setenv("USERPROFILE", str(home))
        sdk = Official()
        yield sdk
        sdk.close()


# --- ours ------------------------------------------------------------------------------------


def ours(task_id: str, body: Any, **options: Any) -> Sent:
    """The one request the generated client sends for ``update_task(task_id, body)``."""
    sent: list[httpx.Request] = []

    def record(request: httpx.Request) -> httpx.Response:
        sent.append(request)
        return httpx.Response(200, json={"id": "task-1"})

    credentials = AkSkAuth(AK, SK, PROJECT, security_token=SECURITY_TOKEN)
    with SmsClient(
        endpoint=ENDPOINT,
        credentials=credentials,
        transport=httpx.MockTransport(record),
        **options,
    ) as client:
        assert client.update_task(task_id, body).id == "task-1"
    (request,) = sent
    return Sent(
        request.method, request.url.raw_path.decode(), dict(request.headers), request.content
    )


def without_nulls(value: Any) -> Any:
    """``value`` without its null object members, which the official SDK cannot send."""
    if isinstance(value, dict):
        return {key: without_nulls(item) for key, item in value.items() if item is not None}
    if isinstance(value, list):
        return [without_nulls(item) for item in value]
    return value


def compact_utf8(body: bytes) -> bytes:
    """A JSON text re-encoded as the generated client writes JSON (key order kept)."""
    return json.dumps(json.loads(body), ensure_ascii=False, separators=(",", ":")).encode()


def assert_same_body(data: dict[str, Any], official: Official) -> None:
    theirs = official.update_task("t", data)
    as_mapping = ours("t", data)
    as_model = ours("t", PutTaskReq.from_dict(data))
    assert json.loads(as_mapping.body) == json.loads(theirs.body) == data
    # A model body has the SDK's key order (both follow the doc's field order): the bytes differ
    # only in whitespace and escaping.
    assert as_model.body == compact_utf8(theirs.body)
    assert as_model.path == as_mapping.path == theirs.path == "/v3/tasks/t"


# --- the same bytes --------------------------------------------------------------------------


def test_doc_example_without_nulls_is_the_official_body(official: Official) -> None:
    data = without_nulls(DOC_REQUEST)
    assert data["target_server"]["volume_groups"] == []  # kept by both, like "", 0 and false
    assert (data["error_json"], data["speed_limit"], data["start_target_server"]) == ("", 0, True)
    assert_same_body(data, official)


@SETTINGS
@given(body=put_task_bodies(nulls=False, extra_keys=False))
def test_generated_bodies_without_nulls_are_the_official_bodies(
    official: Official, body: dict[str, Any]
) -> None:
    assert_same_body(body, official)


@pytest.mark.parametrize(
    "task_id",
    [
        "ef3b9722-07a0-40ae-89b0-889ee96dxxxx",
        "a/b c?é",
        "a#b&c=d;e",
        "%2F",
        "%",
        "100%",
        "+",
        "-_.~",
        "!*'()",
        "😀中",
        "...",
        ".x",
    ],
)
def test_task_id_path_is_the_official_path(official: Official, task_id: str) -> None:
    assert ours(task_id, {}).path == official.update_task(task_id, {}).path


@SETTINGS
@given(task_id=st.text(max_size=12).filter(lambda text: text not in ("", ".", "..")))
def test_generated_task_id_paths_are_the_official_paths(official: Official, task_id: str) -> None:
    assert ours(task_id, {}).path == official.update_task(task_id, {}).path


def test_headers_carry_the_same_credentials_and_signed_header_names(official: Official) -> None:
    theirs = official.update_task("t", {"name": "x"})
    sent = ours("t", {"name": "x"})

    def signed_names(headers: dict[str, str]) -> str:
        authorization = {name.lower(): value for name, value in headers.items()}["authorization"]
        return authorization.split("SignedHeaders=")[1].split(",")[0]

    lowered = {name.lower(): value for name, value in theirs.headers.items()}
    assert signed_names(sent.headers) == signed_names(theirs.headers)
    assert signed_names(sent.headers) == (
        "content-type;host;user-agent;x-project-id;x-sdk-date;x-security-token"
    )
    assert len(sent.headers["x-sdk-date"]) == len(lowered["x-sdk-date"]) == len("20250102T030405Z")
    for name in ("x-project-id", "x-security-token", "host"):
        assert sent.headers[name] == lowered[name]
    assert sent.headers["authorization"].startswith(f"SDK-HMAC-SHA256 Access={AK}, ")
    # On purpose: the charset is explicit, and the User-Agent names this client.
    assert (sent.headers["content-type"], lowered["content-type"]) == (
        "application/json;charset=UTF-8",
        "application/json",
    )
    assert sent.headers["user-agent"].startswith("sms-codegen-client/")
    assert lowered["user-agent"].startswith("huaweicloud-usdk-python/")


# --- differences on purpose ------------------------------------------------------------------


def test_explicit_nulls_are_sent_where_the_official_sdk_drops_them(official: Official) -> None:
    sent = ours("t", DOC_REQUEST)
    theirs = official.update_task("t", DOC_REQUEST)
    assert json.loads(sent.body) == DOC_REQUEST
    assert json.loads(sent.body)["migration_ip"] is None
    assert "migration_ip" not in json.loads(theirs.body)
    assert json.loads(theirs.body) == without_nulls(DOC_REQUEST)
    # The same from a model: None is an explicit null, UNSET is left out.
    model = ours("t", PutTaskReq(name="n", migration_ip=None))
    assert model.body == b'{"name":"n","migration_ip":null}'
    assert official.update_task("t", {"name": "n", "migration_ip": None}).body == b'{"name": "n"}'


def test_body_is_compact_utf8_where_the_official_sdk_escapes_to_ascii(official: Official) -> None:
    data = {"name": "é 中 😀 \u2028", "sub_tasks": [{"name": "x", "progress": 0}]}
    assert (
        ours("t", data).body
        == '{"name":"é 中 😀 \u2028","sub_tasks":[{"name":"x","progress":0}]}'.encode()
    )
    assert official.update_task("t", data).body == (
        b'{"name": "\\u00e9 \\u4e2d \\ud83d\\ude00 \\u2028", '
        b'"sub_tasks": [{"name": "x", "progress": 0}]}'
    )


@pytest.mark.parametrize(
    ("task_id", "our_path", "official_path"),
    [("..", "/v3/tasks/%2E%2E", "/v3/"), (".", "/v3/tasks/%2E", "/v3/tasks/")],
)
def test_dot_segment_task_ids_leave_the_task_path_only_with_the_official_sdk(
    official: Official, task_id: str, our_path: str, official_path: str
) -> None:
    assert official.update_task(task_id, {}).path == official_path
    try:
        sent = ours(task_id, {})
    except ValueError:
        pass  # refusing them is right too (see test_prism.py's expected failure)
    else:
        assert sent.path == our_path


def test_unknown_keys_are_sent_where_official_models_reject_them(official: Official) -> None:
    sent = ours("t", PutTaskReq.from_dict({"name": "n", "x_new_field": 1}))
    assert sent.body == b'{"name":"n","x_new_field":1}'
    with pytest.raises(TypeError):
        official.models.PutTaskReq(name="n", x_new_field=1)


def test_a_lone_surrogate_is_refused_before_sending_where_the_official_sdk_escapes_it(
    official: Official,
) -> None:
    with pytest.raises(ValueError):
        ours("t", {"name": "\ud800"})
    assert official.update_task("t", {"name": "\ud800"}).body == b'{"name": "\\ud800"}'


def test_error_bodies_are_read_further_than_by_the_official_sdk(official: Official) -> None:
    error_body = {
        "error_code": "SMS.9004",
        "error_msg": "denied",
        "encoded_authorization_message": "XXXXXX",
        "error_param": ["p1"],
        "details": [{"error_code": "SMS.9004", "error_msg": "denied"}],
    }
    official.answer = (403, {"X-Request-Id": "req-1"}, json.dumps(error_body).encode())
    try:
        with pytest.raises(Exception) as caught_theirs:
            official.update_task("t", {})
    finally:
        official.answer = (200, {}, b'{"id": "task-1"}')
    theirs = caught_theirs.value
    assert type(theirs).__name__ == "ClientRequestException"

    def forbidden(request: httpx.Request) -> httpx.Response:
        return httpx.Response(403, headers={"X-Request-Id": "req-1"}, json=error_body)

    client = SmsClient(endpoint=ENDPOINT, transport=httpx.MockTransport(forbidden))
    with client, pytest.raises(ForbiddenError) as caught_ours:
        client.update_task("t", {})
    error = caught_ours.value
    assert (error.status_code, error.request_id, error.error_code, error.error_msg) == (
        theirs.status_code,
        theirs.request_id,
        theirs.error_code,
        theirs.error_msg,
    )
    assert error.encoded_authorization_message == theirs.encoded_auth_msg == "XXXXXX"
    assert (error.error_param, error.details) == (("p1",), tuple(error_body["details"]))
    assert not hasattr(theirs, "error_param") and not hasattr(theirs, "details")


def test_defaults_retry_and_time_out_where_the_official_sdk_does_not(official: Official) -> None:
    with SmsClient(endpoint=ENDPOINT) as client:
        assert client._http.timeout == httpx.Timeout(30.0, connect=10.0)
        assert client._core.retry.max_retries == 3
    config = official.client.get_http_client().config
    assert (config.timeout, config.retry_times) == ((60, 120), 0)
    assert official.client.get_http_client()._retry_status_list == [429]


# --- differences by accident -----------------------------------------------------------------


@pytest.mark.parametrize("validate", [True, False])
def test_nan_is_refused_before_sending_like_the_official_sdk(
    official: Official, validate: bool
) -> None:
    with pytest.raises(ValueError, match="JSON compliant"):
        official.update_task("t", {"migrate_speed": float("nan")})
    with pytest.raises((RequestValidationError, ValueError)):
        ours("t", {"migrate_speed": float("nan")}, validate=validate)
