"""The generated clients against Prism, a third-party mock server that validates every request.

Prism (``@stoplight/prism-cli``, pinned by ``package.json`` and ``package-lock.json`` next to this
file: ``npm ci --prefix tests/client --no-audit --no-fund --ignore-scripts``; the fixture runs it
when the install is missing or stale) serves ``spec/sms-update-task.yaml``: it checks the path, the
content type, the security requirement and the body against the spec, answers 422 with every
violation (in the body's ``validation`` list) and otherwise the spec's own response examples.

Prism facts these tests rely on (and pin):

* security ``[{TokenAuth: []}, {AkSkAuth: []}]`` means: an ``X-Auth-Token`` or an
  ``Authorization`` header must be present (any value: Prism checks presence, not signatures);
  without either it answers 401 (a problem+json body, not the spec's ErrorResponse);
* it is JavaScript: an ``int64`` above ``Number.MAX_SAFE_INTEGER`` (2**53 - 1) is a violation for
  Prism although the spec allows it, so generated bodies keep integers within that range;
* it never answers a body that is not JSON, so every client here has a timeout.

A missing node/npm skips these tests only outside CI: with ``CI`` set, it fails them.
"""

from __future__ import annotations

import asyncio
import contextlib
import fcntl
import hashlib
import json
import os
import shutil
import signal
import socket
import subprocess
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any, NoReturn

import httpx
import pytest
import yaml
from body_strategies import JS_SAFE_INTEGER, put_task_bodies
from golden_cases import MAIN_SPEC
from hypothesis import HealthCheck, given, settings
from sms_v3 import PutTaskReq, UpdateTaskResponse
from sms_v3.client import (
    AkSkAuth,
    AsyncSmsClient,
    ClientError,
    ForbiddenError,
    RequestValidationError,
    SmsClient,
    TokenAuth,
)
from sms_v3.validators import validate_put_task_req

NPM_PREFIX = Path(__file__).resolve().parent
PRISM = NPM_PREFIX / "node_modules" / ".bin" / "prism"
NPM_CI = ["ci", "--prefix", str(NPM_PREFIX), "--no-audit", "--no-fund", "--ignore-scripts"]
INSTALL_TIMEOUT = 600
STARTUP_TIMEOUT = 60.0
#: Prism never answers a malformed JSON body: no client here may wait forever.
TIMEOUT = httpx.Timeout(15.0, connect=5.0)
TASK_ID = "ef3b9722-07a0-40ae-89b0-889ee96dxxxx"

_OPERATION = yaml.safe_load(MAIN_SPEC.read_text(encoding="utf-8"))["paths"]["/v3/tasks/{task_id}"][
    "put"
]
DOC_REQUEST: dict[str, Any] = _OPERATION["requestBody"]["content"]["application/json"]["examples"][
    "doc_example"
]["value"]
DOC_RESPONSE = UpdateTaskResponse.from_dict(
    _OPERATION["responses"]["200"]["content"]["application/json"]["examples"]["doc_example"][
        "value"
    ]
)
DOC_403 = _OPERATION["responses"]["403"]["content"]["application/json"]["examples"]["doc_example"][
    "value"
]
BAD_BODY = {"name": 5, "os_type": "BSD", "priority": 7, "speed_limit": -1, "sub_tasks": [{}]}


# --- the server ------------------------------------------------------------------------------


def unavailable(reason: str) -> NoReturn:
    """Skip on a developer machine; fail in CI, which must run the Prism tests."""
    if os.environ.get("CI"):
        pytest.fail(f"{reason} (CI={os.environ['CI']!r}: the Prism tests must run in CI)")
    pytest.skip(reason)


def stale_npm_packages() -> list[str]:
    """Packages of package-lock.json that node_modules lacks or has at another version.

    Optional packages (platform-specific, like ``fsevents``) may be missing.
    """
    lock = json.loads((NPM_PREFIX / "package-lock.json").read_text(encoding="utf-8"))
    stale = []
    for location, entry in lock["packages"].items():
        if not location:
            continue
        try:
            manifest = json.loads((NPM_PREFIX / location / "package.json").read_bytes())
        except (OSError, ValueError):
            manifest = {}
        version = manifest.get("version")
        if version != entry["version"] and not (version is None and entry.get("optional")):
            stale.append(f"{location}: installed {version}, locked {entry['version']}")
    if not PRISM.exists():
        stale.append(f"{PRISM.relative_to(NPM_PREFIX)} is missing")
    return stale


@contextlib.contextmanager
def install_lock() -> Iterator[None]:
    """One ``npm ci`` at a time into this folder, across concurrent pytest sessions."""
    digest = hashlib.sha256(str(NPM_PREFIX).encode()).hexdigest()[:16]
    with (Path(tempfile.gettempdir()) / f"sms-codegen-npm-{digest}.lock").open("w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(lock, fcntl.LOCK_UN)


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port: int = probe.getsockname()[1]
        return port


def stop(process: subprocess.Popen[bytes]) -> None:
    """Terminate the server's whole process group, then kill whatever of it is left."""
    with contextlib.suppress(ProcessLookupError):
        os.killpg(process.pid, signal.SIGTERM)
    with contextlib.suppress(subprocess.TimeoutExpired):
        process.wait(timeout=10)
    with contextlib.suppress(ProcessLookupError):
        os.killpg(process.pid, signal.SIGKILL)
    process.wait(timeout=10)


@pytest.fixture(scope="session")
def prism(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """The URL of a running Prism mock of the spec (installed first when needed)."""
    node, npm = shutil.which("node"), shutil.which("npm")
    if node is None or npm is None:
        unavailable("node and npm are needed for the Prism mock server")
    with install_lock():
        if stale_npm_packages():
            installed = subprocess.run(
                [npm, *NPM_CI],
                cwd=NPM_PREFIX,
                capture_output=True,
                text=True,
                timeout=INSTALL_TIMEOUT,
                check=False,
            )
            output = installed.stdout + installed.stderr
            assert installed.returncode == 0, f"npm ci failed:\n{output}"
            assert stale_npm_packages() == []
    port = free_port()
    url = f"http://127.0.0.1:{port}"
    log_path = tmp_path_factory.mktemp("prism") / "prism.log"
    with log_path.open("wb") as log:
        process = subprocess.Popen(
            [str(PRISM), "mock", "-h", "127.0.0.1", "-p", str(port), str(MAIN_SPEC)],
            cwd=log_path.parent,
            stdin=subprocess.DEVNULL,
            stdout=log,
            stderr=subprocess.STDOUT,
            start_new_session=True,  # its own process group: stop() ends every child with it
        )
    try:
        deadline = time.monotonic() + STARTUP_TIMEOUT
        while True:
            if process.poll() is not None:
                pytest.fail(f"Prism exited with {process.returncode}:\n{log_path.read_text()}")
            try:
                httpx.get(url, timeout=1.0)  # any answer (404 included) means it is listening
                break
            except httpx.TransportError:
                if time.monotonic() > deadline:
                    pytest.fail(
                        f"Prism did not answer within {STARTUP_TIMEOUT} s:\n{log_path.read_text()}"
                    )
                time.sleep(0.1)
        yield url
    finally:
        stop(process)


class Recorder:
    """An httpx client whose hooks record what was sent and what Prism answered."""

    def __init__(self) -> None:
        self.requests: list[httpx.Request] = []
        self.responses: list[httpx.Response] = []

    def client(self, **headers: str) -> httpx.Client:
        def on_request(request: httpx.Request) -> None:
            request.headers.update(headers)
            self.requests.append(request)

        def on_response(response: httpx.Response) -> None:
            response.read()
            self.responses.append(response)

        hooks = {"request": [on_request], "response": [on_response]}
        return httpx.Client(timeout=TIMEOUT, event_hooks=hooks)  # type: ignore[arg-type]


def client(prism: str, **options: Any) -> SmsClient:
    options.setdefault("credentials", TokenAuth("a-token"))
    options.setdefault("timeout", TIMEOUT)
    return SmsClient(endpoint=prism, **options)


# --- accepted --------------------------------------------------------------------------------


def test_the_doc_example_is_accepted(prism: str) -> None:
    with client(prism) as sms:
        assert sms.update_task(TASK_ID, DOC_REQUEST) == DOC_RESPONSE
        assert sms.update_task(TASK_ID, PutTaskReq.from_dict(DOC_REQUEST)) == DOC_RESPONSE


def test_the_async_client_is_accepted(prism: str) -> None:
    async def scenario() -> list[UpdateTaskResponse]:
        credentials = TokenAuth("a-token")
        http_client = httpx.AsyncClient(timeout=TIMEOUT)  # an injected client is used
        async with AsyncSmsClient(
            endpoint=prism, credentials=credentials, http_client=http_client
        ) as sms:
            return list(
                await asyncio.gather(
                    sms.update_task(TASK_ID, DOC_REQUEST),
                    sms.update_task("other", PutTaskReq.from_dict(DOC_REQUEST)),
                )
            )

    assert asyncio.run(scenario()) == [DOC_RESPONSE, DOC_RESPONSE]


@settings(
    max_examples=25,
    deadline=None,
    database=None,  # no .hypothesis/ directory in the repository
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
@given(body=put_task_bodies(nulls=True, extra_keys=True, max_integer=JS_SAFE_INTEGER))
def test_generated_valid_bodies_are_accepted(prism: str, body: dict[str, Any]) -> None:
    with client(prism) as sms:
        assert sms.update_task(TASK_ID, body) == DOC_RESPONSE


@pytest.mark.parametrize("task_id", ["a/b c?é#", "a/../b", "...", "%2F", "%2E", " ", "😀"])
def test_awkward_task_ids_reach_the_operation_as_one_segment(prism: str, task_id: str) -> None:
    with client(prism) as sms:
        assert sms.update_task(task_id, {"name": "n"}) == DOC_RESPONSE


@pytest.mark.parametrize("task_id", ["..", ".", ""])
def test_task_ids_that_cannot_be_a_path_segment_are_refused(prism: str, task_id: str) -> None:
    recorder = Recorder()
    with client(prism, http_client=recorder.client()) as sms, pytest.raises(ValueError):
        sms.update_task(task_id, {"name": "n"})
    assert recorder.requests == []


# --- rejected --------------------------------------------------------------------------------


def test_an_invalid_body_sent_without_validation_is_rejected_by_prism(prism: str) -> None:
    recorder = Recorder()
    with (
        client(prism, validate=False, http_client=recorder.client()) as sms,
        pytest.raises(ClientError) as caught,
    ):
        sms.update_task(TASK_ID, BAD_BODY)
    assert caught.value.status_code == 422
    assert (caught.value.error_code, caught.value.error_msg) == ("422", "Unprocessable Entity")
    assert len(recorder.requests) == 1  # a 4xx is never retried
    # Prism finds exactly what the generated validators find, at the same places.
    violations = recorder.responses[0].json()["validation"]
    prism_found = {("/" + "/".join(item["location"][1:]), item["code"]) for item in violations}
    ours = {(error.path, error.keyword) for error in validate_put_task_req(BAD_BODY)}
    assert (
        prism_found
        == ours
        == {
            ("/name", "type"),
            ("/os_type", "enum"),
            ("/priority", "enum"),
            ("/priority", "maximum"),
            ("/speed_limit", "minimum"),
            ("/sub_tasks/0", "required"),
        }
    )


def test_an_invalid_body_with_validation_on_is_never_sent(prism: str) -> None:
    recorder = Recorder()
    with (
        client(prism, http_client=recorder.client()) as sms,
        pytest.raises(RequestValidationError) as caught,
    ):
        sms.update_task(TASK_ID, BAD_BODY)
    assert len(caught.value.errors) == 6
    assert recorder.requests == []


def test_prism_caps_int64_at_javascripts_safe_integers(prism: str) -> None:
    body = {"create_date": 2**63 - 1}
    assert validate_put_task_req(body) == []  # the spec allows any int64
    with client(prism) as sms, pytest.raises(ClientError) as caught:
        sms.update_task(TASK_ID, body)
        assert caught.value.status_code == 422
        assert sms.update_task(TASK_ID, {"create_date": JS_SAFE_INTEGER}) == DOC_RESPONSE


# --- security --------------------------------------------------------------------------------


def test_without_credentials_prism_answers_401(prism: str) -> None:
    recorder = Recorder()
    with (
        client(prism, credentials=None, http_client=recorder.client()) as sms,
        pytest.raises(ClientError) as caught,
    ):
        sms.update_task(TASK_ID, DOC_REQUEST)
    assert not isinstance(caught.value, ForbiddenError)
    assert (caught.value.status_code, caught.value.error_code) == (401, "401")
    assert caught.value.error_msg == "Unauthorized"
    assert len(recorder.requests) == 1
    assert "x-auth-token" not in recorder.requests[0].headers
    assert "authorization" not in recorder.requests[0].headers
    assert recorder.responses[0].json()["title"] == "Invalid security scheme used"


def test_token_credentials_satisfy_the_token_scheme(prism: str) -> None:
    recorder = Recorder()
    with client(prism, http_client=recorder.client()) as sms:
        assert sms.update_task(TASK_ID, DOC_REQUEST) == DOC_RESPONSE
    assert recorder.requests[0].headers["X-Auth-Token"] == "a-token"


def test_a_per_call_token_satisfies_the_token_scheme(prism: str) -> None:
    recorder = Recorder()
    with client(prism, credentials=None, http_client=recorder.client()) as sms:
        assert sms.update_task(TASK_ID, DOC_REQUEST, x_auth_token="per-call") == DOC_RESPONSE
    assert recorder.requests[0].headers["X-Auth-Token"] == "per-call"


def test_aksk_signing_satisfies_the_aksk_scheme(prism: str) -> None:
    recorder = Recorder()
    credentials = AkSkAuth("AK123", "SK456", "project-1", security_token="sts")
    with client(prism, credentials=credentials, http_client=recorder.client()) as sms:
        assert sms.update_task(TASK_ID, DOC_REQUEST) == DOC_RESPONSE
    headers = recorder.requests[0].headers
    assert headers["Authorization"].startswith("SDK-HMAC-SHA256 Access=AK123, SignedHeaders=")
    assert "x-auth-token" not in headers


def test_the_specs_403_example_raises_forbidden_with_every_field(prism: str) -> None:
    # Prism's Prefer header picks the spec's 403 response example.
    recorder = Recorder()
    with (
        client(prism, http_client=recorder.client(Prefer="code=403")) as sms,
        pytest.raises(ForbiddenError) as caught,
    ):
        sms.update_task(TASK_ID, DOC_REQUEST)
    error = caught.value
    assert (error.status_code, error.error_code) == (403, DOC_403["error_code"])
    assert error.error_msg == DOC_403["error_msg"]
    assert error.encoded_authorization_message == DOC_403["encoded_authorization_message"]
    assert error.error_param == tuple(DOC_403["error_param"])
    assert error.details == tuple(DOC_403["details"])
    assert len(recorder.requests) == 1
