"""The generated clients against a scripted local server: wire bytes, errors, retries, timeouts."""

from __future__ import annotations

import asyncio
import json
import logging
from collections.abc import Iterator
from typing import Any

import httpx
import pytest
import yaml
from golden_cases import MAIN_SPEC
from local_server import Answer, LocalServer, serve
from sms_v3 import PutTaskReq, PutTaskReqOsType, UpdateTaskResponse
from sms_v3.auth import sign
from sms_v3.client import (
    REGIONS,
    AkSkAuth,
    ApiError,
    AsyncSmsClient,
    ClientError,
    ForbiddenError,
    InvalidResponseError,
    RateLimitedError,
    RequestValidationError,
    RetryPolicy,
    ServerError,
    SmsClient,
    TokenAuth,
)

TOKEN = "secret-token-value"
SK = "secret-sk-value"
SECURITY_TOKEN = "secret-security-token"
NO_WAIT = (("Retry-After", "0"), ("Content-Type", "application/json"))
DOC_REQUEST = yaml.safe_load(MAIN_SPEC.read_text(encoding="utf-8"))["paths"]["/v3/tasks/{task_id}"][
    "put"
]["requestBody"]["content"]["application/json"]["examples"]["doc_example"]["value"]
ERROR_403 = {
    "error_code": "SMS.9004",
    "error_msg": "You do not have permission",
    "encoded_authorization_message": "XXXXXX",
    "error_param": ["p1"],
    "details": [{"error_code": "SMS.9004", "error_msg": "denied"}],
}


@pytest.fixture
def server() -> Iterator[LocalServer]:
    yield from serve()


def _client(server: LocalServer, **options: Any) -> SmsClient:
    options.setdefault("credentials", TokenAuth(TOKEN))
    return SmsClient(endpoint=server.url, **options)


def test_token_request_on_the_wire(server: LocalServer) -> None:
    with _client(server) as client:
        result = client.update_task(
            "ef3b9722", PutTaskReq(name="t", os_type=PutTaskReqOsType.LINUX)
        )
    assert result == UpdateTaskResponse(id="task-1")
    (seen,) = server.seen
    assert (seen.method, seen.path) == ("PUT", "/v3/tasks/ef3b9722")
    assert seen.headers["X-Auth-Token"] == TOKEN
    assert seen.headers["Content-Type"] == "application/json;charset=UTF-8"
    assert seen.body == b'{"name":"t","os_type":"LINUX"}'


def test_doc_example_is_sent_as_is_with_its_nulls(server: LocalServer) -> None:
    with _client(server) as client:
        client.update_task("t", DOC_REQUEST)
    assert json.loads(server.seen[0].body) == DOC_REQUEST


def test_per_call_token_header(server: LocalServer) -> None:
    with _client(server, credentials=None) as client:
        client.update_task("t", {}, x_auth_token="per-call")
    assert server.seen[0].headers["X-Auth-Token"] == "per-call"


@pytest.mark.parametrize(
    ("task_id", "path"),
    [
        ("../x", "/v3/tasks/..%2Fx"),
        ("a/b?c#d", "/v3/tasks/a%2Fb%3Fc%23d"),
        ("%2F", "/v3/tasks/%252F"),
        ("a b+é", "/v3/tasks/a%20b%2B%C3%A9"),
    ],
)
def test_task_id_is_exactly_one_path_segment(server: LocalServer, task_id: str, path: str) -> None:
    with _client(server) as client:
        client.update_task(task_id, {})
    assert server.seen[0].path == path


def test_403_raises_forbidden_with_every_field(server: LocalServer) -> None:
    server.answer(Answer(403, json.dumps(ERROR_403).encode(), (("X-Request-Id", "req-42"),)))
    with _client(server) as client, pytest.raises(ForbiddenError) as caught:
        client.update_task("t", {})
    error = caught.value
    assert (error.status_code, error.request_id) == (403, "req-42")
    assert (error.error_code, error.error_msg) == ("SMS.9004", "You do not have permission")
    assert error.error_param == ("p1",)
    assert error.details == ({"error_code": "SMS.9004", "error_msg": "denied"},)
    assert error.encoded_authorization_message == "XXXXXX"
    assert str(error) == "HTTP 403: SMS.9004: You do not have permission (request id req-42)"
    assert len(server.seen) == 1


@pytest.mark.parametrize("status", [500, 502, 503, 429])
def test_retryable_statuses_are_retried_then_succeed(server: LocalServer, status: int) -> None:
    server.answer(Answer(status, b"", NO_WAIT), Answer(status, b"", NO_WAIT), Answer())
    with _client(server) as client:
        assert client.update_task("t", {}).id == "task-1"
    assert len(server.seen) == 3


def test_retries_are_bounded_and_raise_the_last_error(server: LocalServer) -> None:
    server.answer(*[Answer(503, b'{"error_code": "SMS.0001", "error_msg": "busy"}', NO_WAIT)] * 5)
    with _client(server, max_retries=2) as client, pytest.raises(ServerError, match="SMS.0001"):
        client.update_task("t", {})
    assert len(server.seen) == 3


def test_max_retries_zero_sends_once(server: LocalServer) -> None:
    server.answer(Answer(429, b"", NO_WAIT))
    with _client(server, max_retries=0) as client, pytest.raises(RateLimitedError):
        client.update_task("t", {})
    assert len(server.seen) == 1


@pytest.mark.parametrize("status", [400, 401, 404, 409])
def test_other_4xx_are_never_retried(server: LocalServer, status: int) -> None:
    server.answer(Answer(status, b"{}", NO_WAIT))
    with _client(server) as client, pytest.raises(ClientError) as caught:
        client.update_task("t", {})
    assert caught.value.status_code == status and len(server.seen) == 1


def test_non_json_and_empty_error_bodies_still_explain(server: LocalServer) -> None:
    server.answer(Answer(400, b"<html>Bad gateway</html>", ()), Answer(404, b"", ()))
    with _client(server) as client:
        with pytest.raises(ClientError) as first:
            client.update_task("t", {})
        with pytest.raises(ClientError) as second:
            client.update_task("t", {})
    assert (first.value.error_code, first.value.error_msg) == ("400", "<html>Bad gateway</html>")
    assert (second.value.error_code, second.value.error_msg) == ("404", "Not Found")


@pytest.mark.parametrize("body", [b"not json", b'{"id": 5}', b"[1]"])
def test_unreadable_success_body_is_a_clear_error(server: LocalServer, body: bytes) -> None:
    server.answer(Answer(200, body))
    with _client(server) as client, pytest.raises(InvalidResponseError, match="cannot read"):
        client.update_task("t", {})


def test_timeouts_apply_and_read_timeouts_are_not_retried(server: LocalServer) -> None:
    server.answer(Answer(delay=1.5), Answer(delay=1.5))
    with _client(server, timeout=0.3) as client, pytest.raises(httpx.ReadTimeout):
        client.update_task("t", {})
    assert len(server.seen) == 1


def test_connection_errors_are_retried_then_raised() -> None:
    attempts: list[httpx.Request] = []

    def refuse(request: httpx.Request) -> httpx.Response:
        attempts.append(request)
        raise httpx.ConnectError("refused", request=request)

    client = SmsClient(
        endpoint="http://127.0.0.1:9", transport=httpx.MockTransport(refuse), max_retries=2
    )
    client._core.retry = RetryPolicy(max_retries=2, backoff=0.001)
    with client, pytest.raises(httpx.ConnectError):
        client.update_task("t", {})
    assert len(attempts) == 3


def test_invalid_body_raises_listing_every_error_and_sends_nothing(server: LocalServer) -> None:
    body = {"priority": 7, "speed_limit": -1, "sub_tasks": [{}]}
    with _client(server) as client, pytest.raises(RequestValidationError) as caught:
        client.update_task("t", body)
    assert sorted((error.path, error.keyword) for error in caught.value.errors) == [
        ("/priority", "enum"),
        ("/priority", "maximum"),
        ("/speed_limit", "minimum"),
        ("/sub_tasks/0", "required"),
    ]
    assert "4 errors" in str(caught.value) and "/sub_tasks/0" in str(caught.value)
    assert server.seen == []
    with _client(server, validate=False) as client:
        client.update_task("t", body)
    assert json.loads(server.seen[0].body) == body


def test_aksk_requests_are_signed_like_the_official_sdk(server: LocalServer) -> None:
    credentials = AkSkAuth("AK123", SK, "project-1", security_token=SECURITY_TOKEN)
    with _client(server, credentials=credentials) as client:
        client.update_task("a b", {"name": "x"})
    seen = server.seen[0]
    assert seen.headers["X-Project-Id"] == "project-1"
    assert seen.headers["X-Security-Token"] == SECURITY_TOKEN
    authorization = seen.headers["Authorization"]
    assert authorization.startswith("SDK-HMAC-SHA256 Access=AK123, SignedHeaders=")
    unsigned = {
        name: value
        for name, value in seen.headers.items()
        if name
        not in ("Authorization", "Accept", "Accept-Encoding", "Connection", "Content-Length")
    }
    expected = sign("PUT", server.url + seen.path, unsigned, seen.body, "AK123", SK)
    assert expected["Authorization"] == authorization
    assert SK not in json.dumps(seen.headers)


def test_regions_come_from_the_spec() -> None:
    assert REGIONS["ru-moscow-1"] == "https://sms-api.ru-moscow-1.myhuaweicloud.com"
    assert REGIONS["cn-north-4"] == "https://sms.cn-north-4.myhuaweicloud.com"
    client = SmsClient(region="ap-southeast-1")
    assert client._core.endpoint == "https://sms.ap-southeast-1.myhuaweicloud.com"
    client.close()
    with pytest.raises(ValueError, match="unknown region 'mars-1'; known regions: ap-southeast-1,"):
        SmsClient(region="mars-1")
    with pytest.raises(ValueError, match="exactly one"):
        SmsClient()


def test_secrets_never_leak_into_repr_logs_or_errors(
    server: LocalServer, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)
    server.answer(Answer(403, json.dumps(ERROR_403).encode()))
    credentials = AkSkAuth("AK123", SK, "p", security_token=SECURITY_TOKEN)
    with _client(server, credentials=credentials) as client:
        texts = [repr(client), repr(credentials), repr(TokenAuth(TOKEN))]
        with pytest.raises(ApiError) as caught:
            client.update_task("t", {})
        texts.append(str(caught.value))
    texts.extend(record.getMessage() for record in caplog.records)
    for text in texts:
        for secret in (TOKEN, SK, SECURITY_TOKEN):
            assert secret not in text, text


def test_retry_policy_backoff_is_bounded_and_honours_retry_after() -> None:
    policy = RetryPolicy(max_retries=5, backoff=0.5, max_backoff=4.0)
    assert all(
        0 <= policy.delay(attempt, None) <= min(4.0, 0.5 * 2**attempt) for attempt in range(8)
    )
    assert policy.delay(0, "2") == 2.0
    assert policy.delay(0, "999") == 4.0
    assert policy.delay(0, "not a date") <= 0.5


def test_async_client_does_the_same(server: LocalServer) -> None:
    server.answer(Answer(503, b"", NO_WAIT), Answer())

    async def scenario() -> UpdateTaskResponse:
        async with AsyncSmsClient(endpoint=server.url, credentials=TokenAuth(TOKEN)) as client:
            return await client.update_task("../x", {"name": "n"})

    assert asyncio.run(scenario()) == UpdateTaskResponse(id="task-1")
    assert [seen.path for seen in server.seen] == ["/v3/tasks/..%2Fx"] * 2


def test_async_client_raises_typed_errors(server: LocalServer) -> None:
    server.answer(Answer(403, json.dumps(ERROR_403).encode()))

    async def scenario() -> None:
        async with AsyncSmsClient(endpoint=server.url) as client:
            await client.update_task("t", {})

    with pytest.raises(ForbiddenError):
        asyncio.run(scenario())


def test_an_injected_transport_is_used() -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, json={"id": request.url.path})

    with SmsClient(endpoint="https://example.invalid", transport=httpx.MockTransport(handler)) as c:
        assert c.update_task("x", {}).id == "/v3/tasks/x"


@pytest.mark.parametrize("task_id", ["", ".", ".."])
def test_task_ids_that_cannot_be_one_segment_are_refused(server: LocalServer, task_id: str) -> None:
    with _client(server) as client, pytest.raises(ValueError, match="cannot be sent as one path"):
        client.update_task(task_id, {})
    assert server.seen == []


@pytest.mark.parametrize("number", [float("nan"), float("inf")])
def test_non_json_numbers_are_never_sent(server: LocalServer, number: float) -> None:
    with _client(server, validate=False) as client, pytest.raises(ValueError, match="as JSON"):
        client.update_task("t", {"migrate_speed": number})
    assert server.seen == []


def test_odd_error_bodies_keep_their_fields_whole(server: LocalServer) -> None:
    body = {
        "error_code": "E",
        "error_msg": "m",
        "error_param": "task_id",
        "encoded_authorization_message": 7,
    }
    server.answer(Answer(400, json.dumps(body).encode()))
    with _client(server) as client, pytest.raises(ClientError) as caught:
        client.update_task("t", {})
    assert caught.value.error_param == ("task_id",)
    assert caught.value.encoded_authorization_message == "7"
