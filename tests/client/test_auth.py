"""``sms_v3.auth`` signs requests byte for byte as Huawei Cloud's official Python SDK does.

The reference is ``huaweicloudsdkcore``'s ``Signer`` (``huaweicloudsdkcore/signer/signer.py``, the
version pinned in the dev extra). Importing parts of that package writes
``$HOME/.huaweicloud/application_id``, so it is imported only inside the ``official`` fixture, with
``HOME`` pointing at a temporary directory.
"""

from __future__ import annotations

import datetime
import hashlib
import importlib
import json
import re
import time
import types
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any
from urllib.parse import quote

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sms_v3 import auth

HOST = "sms.ap-southeast-1.myhuaweicloud.com"
DATE = "20250102T030405Z"
AK = "AKEXAMPLE0123456789"
SK = "SKexample/Secret+Key=0123456789abcdefghij"
JSON = {"Content-Type": "application/json;charset=UTF-8"}


# --- the official signer ---------------------------------------------------------------------


@dataclass(frozen=True)
class Official:
    """The official SDK's signing entry points, imported with ``HOME`` in a temporary directory."""

    signer: Any
    sdk_request: Any
    basic_credentials: Any

    def sign(
        self,
        method: str,
        host: str,
        resource_path: str,
        query: list[tuple[str, str]],
        headers: dict[str, str],
        body: bytes,
        ak: str,
        sk: str,
        credentials: Any = None,
    ) -> tuple[dict[str, str], str]:
        """The headers the official SDK sends (as text) and the URL it sends them to."""
        request = self.sdk_request(
            method=method,
            schema="https",
            host=host,
            resource_path=resource_path,
            query_params=list(query),
            header_params=dict(headers),
            body=body,
        )
        if credentials is None:
            signed = self.signer(types.SimpleNamespace(ak=ak, sk=sk)).sign(request)
        else:
            signed = credentials.sign_request(request)
        # The signer re-decodes each signed value's UTF-8 bytes as Latin-1 for `requests`; undo
        # that to compare text. Authorization is added afterwards, untouched.
        sent = {
            name: value if name == "Authorization" else value.encode("latin-1").decode("utf-8")
            for name, value in signed.header_params.items()
        }
        return sent, f"https://{host}{signed.uri}"


@pytest.fixture(scope="module")
def official(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Official]:
    home = tmp_path_factory.mktemp("home")
    with pytest.MonkeyPatch.context() as monkeypatch:
        monkeypatch.setenv("HOME", str(home))
        monkeypatch.setenv("USERPROFILE", str(home))
        signer = importlib.import_module("huaweicloudsdkcore.signer.signer")
        sdk_request = importlib.import_module("huaweicloudsdkcore.sdk_request")
        credentials = importlib.import_module("huaweicloudsdkcore.auth.credentials")
        yield Official(signer.Signer, sdk_request.SdkRequest, credentials.BasicCredentials)


# --- generated requests ----------------------------------------------------------------------

METHODS = ["GET", "PUT", "POST", "DELETE", "PATCH", "HEAD", "OPTIONS", "put", "get", "pAtCh"]
HOSTS = [
    HOST,
    "sms.cn-north-4.myhuaweicloud.com:443",
    "sms-api.ru-moscow-1.myhuaweicloud.com",
    "127.0.0.1:8080",
    "[::1]:8443",
    "Example.COM",
]
# Characters a raw path or query may carry on the wire without being a delimiter (no surrogates,
# which cannot be UTF-8 encoded, and no tab/CR/LF, which URL parsers silently delete).
TEXT = st.characters(exclude_categories=("Cs",), exclude_characters="/?#\t\r\n")
PATH_PIECES = [
    " ", "%", "~", "+", "%2F", "%2f", "%20", "%7E", "%7e", "%25", "%zz", "%C3", "%E4%B8%AD", "é",
    "中", "😀", "\u00a0", ";", "=", "&", "@", ":", "!", "'", "(", ")", "*", ",", "$", "[", "]",
]  # fmt: skip
QUERY_PIECES = [
    "", " ", "&", "=", "+", "%", "%2B", "%zz", "~", "#", "?", "/", "é", "中", "😀", ",", ";",
    "[", "]", "\n", "\t",
]  # fmt: skip
QUERY_TEXT = st.lists(
    st.one_of(st.sampled_from(QUERY_PIECES), st.text(TEXT, max_size=4)), max_size=3
).map("".join)
QUERY_KEYS = st.one_of(st.sampled_from(["limit", "offset", "name", "a", "A", "b", ""]), QUERY_TEXT)
# Sets of characters left unescaped when a client writes a URL: never the query delimiters.
PATH_SAFE = ["", "~", "~!$&'()*+,;=:@"]
QUERY_SAFE = ["", "~", "~+!$'()*,;:@/?"]

HEADER_NAMES = st.one_of(
    st.from_regex(r"[A-Za-z][A-Za-z0-9_-]{0,12}", fullmatch=True),
    st.sampled_from(
        ["X-Project-Id", "X-Security-Token", "User-Agent", "Accept", "X_Custom", "x-lower", "X-UP"]
    ),
)
RESERVED = {"host", "authorization", "x-sdk-date", "x-sdk-content-sha256", "content-type"}
PADDING = st.sampled_from(["", " ", "  ", "\t", "\xa0", "\u3000", " \t ", "\x1f"])
HEADER_VALUES = st.tuples(
    PADDING, st.text(st.characters(exclude_categories=("Cs", "Cc")), max_size=12), PADDING
).map("".join)
CONTENT_TYPES = [
    "application/json",
    "application/json;charset=UTF-8",
    "application/bson",
    "text/plain",
    "application/octet-stream",
    "multipart/form-data",
    " application/json",
    "",
]
JSON_VALUES = st.one_of(st.text(max_size=8), st.integers(), st.none(), st.booleans())
BODIES = st.one_of(
    st.just(b""),
    st.binary(max_size=64),
    st.dictionaries(st.text(max_size=6), JSON_VALUES, max_size=3).map(
        lambda data: json.dumps(data, ensure_ascii=False).encode("utf-8")
    ),
)
DATES = st.datetimes(
    min_value=datetime.datetime(2000, 1, 1), max_value=datetime.datetime(2099, 12, 31)
).map(lambda moment: moment.strftime("%Y%m%dT%H%M%SZ"))


@dataclass(frozen=True)
class Case:
    """One request, as the official signer takes it and as ``sms_v3.auth.sign`` takes it."""

    method: str
    host: str
    resource_path: str  # the official signer's (never empty)
    query: list[tuple[str, str]]  # the official signer's: decoded pairs
    url: str  # ours: the same request as a URL a client may have written
    official_headers: dict[str, str]
    headers: dict[str, str]
    sdk_date: str | None
    body: bytes
    ak: str
    sk: str


def spelled(draw: st.DrawFn, name: str) -> str:
    """``name`` in a drawn mix of upper and lower case."""
    flips = draw(st.lists(st.booleans(), min_size=len(name), max_size=len(name)))
    return "".join(c.swapcase() if flip else c for c, flip in zip(name, flips, strict=True))


@st.composite
def cases(draw: st.DrawFn) -> Case:
    segments = draw(
        st.lists(
            st.lists(st.one_of(st.sampled_from(PATH_PIECES), st.text(TEXT, max_size=4)), max_size=4)
            .map("".join)
            .flatmap(lambda raw: st.sampled_from([quote(raw, safe=safe) for safe in PATH_SAFE])),
            max_size=5,
        )
    )
    path = "/" + "/".join(segments) + draw(st.sampled_from(["", "/"]))
    if draw(st.booleans()) and path == "/":
        path = ""  # no path at all: sent as "/"

    query = draw(st.lists(st.tuples(QUERY_KEYS, QUERY_TEXT), max_size=6))
    fields = []
    for key, value in query:
        safe = draw(st.sampled_from(QUERY_SAFE))
        if not value and key and draw(st.booleans()):
            fields.append(quote(key, safe=safe))  # `k` alone: the empty value
        else:
            fields.append(f"{quote(key, safe=safe)}={quote(value, safe=safe)}")
    if query:
        rendered = "&".join(draw(st.permutations(fields)))
        rendered = draw(st.sampled_from(["", "&"])) + rendered + draw(st.sampled_from(["", "&"]))
        suffix = f"?{rendered}"
    else:
        suffix = draw(st.sampled_from(["", "?"]))
    host = draw(st.sampled_from(HOSTS))

    names = draw(
        st.lists(
            HEADER_NAMES.filter(lambda name: name.lower() not in RESERVED),
            unique_by=str.lower,
            max_size=6,
        )
    )
    headers = {name: draw(HEADER_VALUES) for name in names}
    if draw(st.booleans()):
        headers[spelled(draw, "Content-Type")] = draw(st.sampled_from(CONTENT_TYPES))
    if draw(st.booleans()):
        headers[spelled(draw, "Host")] = draw(st.sampled_from([host, "other.example.com:80"]))
    if draw(st.booleans()):
        headers["X-Sdk-Content-Sha256"] = draw(st.sampled_from(["UNSIGNED-PAYLOAD", "0" * 64, ""]))
    date = draw(DATES)
    official_headers = dict(headers)
    sdk_date: str | None = None
    if draw(st.booleans()):
        headers[spelled(draw, "X-Sdk-Date")] = date
        official_headers = dict(headers)
    else:
        sdk_date = date
        official_headers["X-Sdk-Date"] = date

    return Case(
        method=draw(st.sampled_from(METHODS)),
        host=host,
        resource_path=path or "/",
        query=query,
        url=f"https://{host}{path}{suffix}",
        official_headers=official_headers,
        headers=headers,
        sdk_date=sdk_date,
        body=draw(BODIES),
        ak=draw(st.from_regex(r"[A-Z0-9]{1,24}", fullmatch=True)),
        sk=draw(st.text(st.characters(exclude_categories=("Cs",)), min_size=1, max_size=40)),
    )


# --- byte equality with the official signer --------------------------------------------------


@settings(max_examples=1000, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(case=cases())
def test_signature_and_headers_match_the_official_signer(official: Official, case: Case) -> None:
    expected, sent_url = official.sign(
        case.method,
        case.host,
        case.resource_path,
        case.query,
        case.official_headers,
        case.body,
        case.ak,
        case.sk,
    )
    ours = auth.sign(
        case.method, case.url, case.headers, case.body, case.ak, case.sk, sdk_date=case.sdk_date
    )
    assert ours["Authorization"] == expected["Authorization"]
    assert ours == expected
    # The URL the official SDK actually sends (its canonical query) signs the same way.
    again = auth.sign(
        case.method, sent_url, case.headers, case.body, case.ak, case.sk, sdk_date=case.sdk_date
    )
    assert again == expected


def test_matches_the_official_sdk_with_project_and_security_token(official: Official) -> None:
    """The SMS request as the official client sends it: BasicCredentials add the two headers."""
    task_id = "a/b c~é"
    body = json.dumps({"name": "MigrationTask", "priority": 1}).encode("utf-8")
    headers = {**JSON, "User-Agent": "huaweicloud-usdk-python/3.0", "X-Sdk-Date": DATE}
    credentials = official.basic_credentials(AK, SK, "project-1").with_security_token("tok")
    expected, sent_url = official.sign(
        "PUT",
        HOST,
        f"/v3/tasks/{quote(task_id, safe='')}",
        [],
        headers,
        body,
        AK,
        SK,
        credentials=credentials,
    )
    ours = auth.sign(
        "PUT",
        sent_url,
        {**headers, "X-Security-Token": "tok", "X-Project-Id": "project-1"},
        body,
        AK,
        SK,
    )
    assert ours == expected
    assert "x-project-id;x-sdk-date;x-security-token" in ours["Authorization"]


@pytest.mark.parametrize(
    ("headers", "body"),
    [
        ({"content-type": "text/plain"}, b"payload"),  # lower case: payload still hashed
        ({"Content-Type": "text/plain"}, b"payload"),  # exact spelling: unsigned payload
        ({"Content-Type": "text/plain"}, b""),  # empty body: the empty hash regardless
        ({"Content-Type": " application/json"}, b"{}"),  # tested before trimming: unsigned
        ({"X-Sdk-Content-Sha256": "UNSIGNED-PAYLOAD", **JSON}, b"{}"),
        ({"x-sdk-content-sha256": " UNSIGNED-PAYLOAD ", **JSON}, b"{}"),
        ({"X-Sdk-Content-Sha256": "abc", "Content-Type": "text/plain"}, b"x"),  # replaced
        ({"X-Sdk-Date": "2025112T030405Z"}, b""),  # not canonical: reformatted in the string
        ({"HOST": " example.com "}, b""),
    ],
)
def test_quirks_match_the_official_signer(
    official: Official, headers: dict[str, str], body: bytes
) -> None:
    official_headers = {"X-Sdk-Date": DATE, **headers}
    if any(name.lower() == "x-sdk-date" for name in headers):
        official_headers = dict(headers)
    expected, _ = official.sign("POST", HOST, "/v3/x", [], official_headers, body, AK, SK)
    assert auth.sign("POST", f"https://{HOST}/v3/x", official_headers, body, AK, SK) == expected


# --- known answer (independent of the official package) --------------------------------------

KNOWN_URL = f"https://{HOST}/v3/tasks/a%2Fb?b=2&a=x%20y"
KNOWN_HEADERS = {**JSON, "User-Agent": "sms-codegen", "X_Trace": " t ", "X-Project-Id": "p-1"}
KNOWN_BODY = b'{"name": "MigrationTask", "priority": 1}'
KNOWN_AUTHORIZATION = (
    "SDK-HMAC-SHA256 Access=AKEXAMPLE0123456789, "
    "SignedHeaders=content-type;host;user-agent;x-project-id;x-sdk-date, "
    "Signature=907e9a7627187970cf87aeb8657940d383c65b9370f623a485554d4318b2a278"
)


def test_known_answer() -> None:
    signed = auth.sign("PUT", KNOWN_URL, KNOWN_HEADERS, KNOWN_BODY, AK, SK, sdk_date=DATE)
    assert signed == {
        "Content-Type": "application/json;charset=UTF-8",
        "User-Agent": "sms-codegen",
        "X_Trace": "t",
        "X-Project-Id": "p-1",
        "X-Sdk-Date": DATE,
        "Host": HOST,
        "Authorization": KNOWN_AUTHORIZATION,
    }


def test_known_answer_is_the_official_one(official: Official) -> None:
    expected, _ = official.sign(
        "PUT",
        HOST,
        "/v3/tasks/a%2Fb",
        [("b", "2"), ("a", "x y")],
        {**KNOWN_HEADERS, "X-Sdk-Date": DATE},
        KNOWN_BODY,
        AK,
        SK,
    )
    assert expected["Authorization"] == KNOWN_AUTHORIZATION


def test_canonical_request() -> None:
    signed = auth.sign("PUT", KNOWN_URL, KNOWN_HEADERS, KNOWN_BODY, AK, SK, sdk_date=DATE)
    body_hash = hashlib.sha256(KNOWN_BODY).hexdigest()
    assert auth.canonical_request("put", KNOWN_URL, signed, KNOWN_BODY) == (
        "PUT\n"
        "/v3/tasks/a/b/\n"  # %2F decoded before splitting; always a trailing slash
        "a=x%20y&b=2\n"
        "content-type:application/json;charset=UTF-8\n"
        f"host:{HOST}\n"
        "user-agent:sms-codegen\n"
        "x-project-id:p-1\n"
        f"x-sdk-date:{DATE}\n"
        "\n"
        "content-type;host;user-agent;x-project-id;x-sdk-date\n"
        f"{body_hash}"
    )


# --- X-Sdk-Date ------------------------------------------------------------------------------


def test_x_sdk_date_is_added_from_the_clock() -> None:
    before = time.strftime("%Y%m%dT%H%M%SZ", time.gmtime())
    signed = auth.sign("GET", f"https://{HOST}/", {}, b"", AK, SK)
    after = time.strftime("%Y%m%dT%H%M%SZ", time.gmtime())
    assert before <= signed["X-Sdk-Date"] <= after
    assert re.fullmatch(r"\d{8}T\d{6}Z", signed["X-Sdk-Date"])


def test_sdk_date_overrides_the_clock() -> None:
    signed = auth.sign("GET", f"https://{HOST}/", {}, b"", AK, SK, sdk_date=DATE)
    assert signed["X-Sdk-Date"] == DATE


@pytest.mark.parametrize("name", ["X-Sdk-Date", "x-sdk-date", "X-SDK-DATE"])
def test_an_existing_x_sdk_date_is_honoured_in_any_case(name: str) -> None:
    signed = auth.sign(
        "GET", f"https://{HOST}/", {name: DATE}, b"", AK, SK, sdk_date="20000101T000000Z"
    )
    assert [key for key in signed if key.lower() == "x-sdk-date"] == [name]
    assert signed[name] == DATE
    plain = auth.sign("GET", f"https://{HOST}/", {}, b"", AK, SK, sdk_date=DATE)
    assert signed["Authorization"] == plain["Authorization"]


@pytest.mark.parametrize(
    "sdk_date",
    ["2025-01-02T03:04:05Z", "20250102T030405", "20251302T030405Z", "2025112T030405Z", ""],
)
def test_a_malformed_sdk_date_is_rejected(sdk_date: str) -> None:
    with pytest.raises(ValueError, match="sdk_date"):
        auth.sign("GET", f"https://{HOST}/", {}, b"", AK, SK, sdk_date=sdk_date)


def test_a_malformed_x_sdk_date_header_is_rejected() -> None:
    with pytest.raises(ValueError):
        auth.sign("GET", f"https://{HOST}/", {"X-Sdk-Date": "yesterday"}, b"", AK, SK)


# --- Host ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("url", "host"),
    [
        (f"https://{HOST}/v3/tasks/1", HOST),
        (f"https://{HOST}", HOST),
        (f"https://{HOST}:443/v3", f"{HOST}:443"),  # a default port is kept, as written
        ("http://127.0.0.1:8080/v3?x=1", "127.0.0.1:8080"),
        ("https://[::1]:8443/", "[::1]:8443"),
        ("https://Example.COM/", "Example.COM"),  # case kept
    ],
)
def test_host_is_the_urls_authority_as_written(url: str, host: str) -> None:
    signed = auth.sign("GET", url, {}, b"", AK, SK, sdk_date=DATE)
    assert signed["Host"] == host
    assert "SignedHeaders=host;x-sdk-date," in signed["Authorization"]


def test_an_existing_host_header_is_honoured_in_any_case() -> None:
    signed = auth.sign("GET", f"https://{HOST}/", {"host": "proxy.example"}, b"", AK, SK)
    assert "Host" not in signed and signed["host"] == "proxy.example"
    assert "SignedHeaders=host;x-sdk-date," in signed["Authorization"]


# --- the Authorization header ----------------------------------------------------------------


def test_authorization_format() -> None:
    headers = {**JSON, "X-Project-Id": "p", "x_underscored": "v", "Accept": "*/*"}
    signed = auth.sign("PUT", f"https://{HOST}/v3/tasks/1", headers, b"{}", AK, SK)
    match = re.fullmatch(
        r"SDK-HMAC-SHA256 Access=(\S+), SignedHeaders=(\S+), Signature=([0-9a-f]{64})",
        signed["Authorization"],
    )
    assert match is not None
    assert match[1] == AK
    # Names without "_", lower-cased, sorted; Content-Type included.
    assert match[2] == "accept;content-type;host;x-project-id;x-sdk-date"
    assert signed["x_underscored"] == "v"  # sent, not signed


def test_the_secret_key_never_appears_in_the_headers() -> None:
    sk = "Zq8$unique-secret-key-value"
    headers = {**JSON, "X-Security-Token": "token", "X-Project-Id": "p"}
    signed = auth.sign("PUT", f"https://{HOST}/v3/tasks/1", headers, b"{}", AK, sk)
    for name, value in signed.items():
        assert sk not in name and sk not in value
        assert sk.encode().hex() not in value
    assert all(value != sk for value in vars(auth).values())  # nothing kept


def test_signing_is_deterministic_and_leaves_its_input_alone() -> None:
    headers = types.MappingProxyType({**JSON, "X-Project-Id": " p "})
    first = auth.sign("PUT", KNOWN_URL, headers, KNOWN_BODY, AK, SK, sdk_date=DATE)
    second = auth.sign("PUT", KNOWN_URL, headers, KNOWN_BODY, AK, SK, sdk_date=DATE)
    assert first == second
    assert dict(headers) == {**JSON, "X-Project-Id": " p "}


def test_any_change_changes_the_signature() -> None:
    def signature(**changes: Any) -> str:
        arguments = {
            "method": "PUT",
            "url": KNOWN_URL,
            "headers": KNOWN_HEADERS,
            "body": KNOWN_BODY,
            "ak": AK,
            "sk": SK,
            "sdk_date": DATE,
            **changes,
        }
        return auth.sign(**arguments)["Authorization"].rsplit("=", 1)[1]

    variants = [
        signature(),
        signature(method="POST"),
        signature(url=KNOWN_URL.replace("a%2Fb", "a%2Fc")),
        signature(url=KNOWN_URL + "&c"),
        signature(headers={**KNOWN_HEADERS, "User-Agent": "other"}),
        signature(body=KNOWN_BODY + b" "),
        signature(sk=SK + "x"),
        signature(sdk_date="20250102T030406Z"),
    ]
    assert len(set(variants)) == len(variants)
    # Unsigned: headers with "_" in their name.
    assert signature(headers={**KNOWN_HEADERS, "X_Trace": "other"}) == variants[0]


# --- canonicalisation ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("url", "same_as"),
    [
        ("/v3/tasks/1/", "/v3/tasks/1"),  # the trailing slash is always added
        ("/v3/tasks/a%2Fb", "/v3/tasks/a/b"),  # an encoded slash separates segments
        ("/v3/%7Etasks/%61", "/v3/~tasks/a"),  # escapes are normalised
        ("/v3/a b/é", "/v3/a%20b/%C3%A9"),
        ("", "/"),
        ("/?b=2&a=1&a=0", "/?a=0&a=1&b=2"),  # sorted by key, then value
        ("/?a", "/?a="),  # no "=": the empty value
        ("/?a=1&&b=2&", "/?a=1&b=2"),  # empty fields skipped
        ("/?a=+", "/?a=%2B"),  # "+" is a plus sign
        ("/?%E4%B8%AD=%7e", "/?中=~"),
        ("/#fragment", "/"),
    ],
)
def test_equivalent_urls_sign_alike(url: str, same_as: str) -> None:
    def authorization(path: str) -> str:
        return auth.sign("GET", f"https://{HOST}{path}", {}, b"", AK, SK, sdk_date=DATE)[
            "Authorization"
        ]

    assert authorization(url) == authorization(same_as)


def test_a_plus_sign_is_not_a_space() -> None:
    def authorization(query: str) -> str:
        url = f"https://{HOST}/?{query}"
        return auth.sign("GET", url, {}, b"", AK, SK, sdk_date=DATE)["Authorization"]

    assert authorization("a=+") != authorization("a=%20")


def test_unsigned_payload_leaves_the_body_out_of_the_signature() -> None:
    def sign(body: bytes) -> dict[str, str]:
        url = f"https://{HOST}/v3/files"
        return auth.sign("PUT", url, {"Content-Type": "text/plain"}, body, AK, SK, sdk_date=DATE)

    assert sign(b"one")["X-Sdk-Content-Sha256"] == "UNSIGNED-PAYLOAD"
    assert sign(b"one")["Authorization"] == sign(b"two")["Authorization"]
    assert "x-sdk-content-sha256" in sign(b"one")["Authorization"]


# --- rejected input --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("url", "headers", "ak", "sk", "message"),
    [
        (KNOWN_URL, {}, "", SK, "ak is required"),
        (KNOWN_URL, {}, AK, "", "sk is required"),
        ("/v3/tasks/1", {}, AK, SK, "not an absolute URL"),
        (f"https://user:pw@{HOST}/", {}, AK, SK, "user information"),
        (KNOWN_URL, {"X-Project-Id": "a", "x-project-id": "b"}, AK, SK, "differ only in case"),
        (KNOWN_URL, {"Authorization": "x"}, AK, SK, "already has an Authorization"),
        (KNOWN_URL, {"authorization": "x"}, AK, SK, "already has an Authorization"),
        (KNOWN_URL, {"X-Sdk-Content-Sha256": "é"}, AK, SK, "must be ASCII"),
        (
            KNOWN_URL,
            {"Content-Type": "text/plain", "x-sdk-content-sha256": "abc"},
            AK,
            SK,
            "would be duplicated",
        ),
    ],
)
def test_rejected(url: str, headers: dict[str, str], ak: str, sk: str, message: str) -> None:
    with pytest.raises(ValueError, match=message):
        auth.sign("PUT", url, headers, b"{}", ak, sk, sdk_date=DATE)


def test_query_pairs_are_sorted_decoded_and_malformed_escapes_kept() -> None:
    url = f"https://{HOST}/%zz?%C3%A9=1&~=2&a=%zz"
    signed = auth.sign("GET", url, {}, b"", AK, SK, sdk_date=DATE)
    lines = auth.canonical_request("GET", url, signed, b"").split("\n")
    # Sorted as text before encoding: "~" (U+007E) before "é" (U+00E9), although "%C3%A9" < "~".
    assert lines[1:3] == ["/%25zz/", "a=%25zz&~=2&%C3%A9=1"]
