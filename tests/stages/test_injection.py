"""Spec text can never become code: hostile strings in every place that reaches generated files."""

from __future__ import annotations

import json
import re
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

import black
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from generator import SpecError, formatting, generate_files, write_tree

PACKAGE = "injected"


def _payloads(canary: Path) -> list[str]:
    """Strings that would run code creating ``canary`` if any template pasted them unescaped."""
    action = f"__import__('pathlib').Path({str(canary)!r}).touch()"
    return [
        f'"""\n{action}\n"""',
        f"'''\n{action}\n'''",
        f'"\n{action}\n#',
        f"'\n{action}\n#",
        f"\\\n{action}",
        f"{{{{ {action} }}}}",
        f"{{% if True %}}{action}{{% endif %}}",
        f'")\n{action}\nx = ("',
        f'\\"""\n{action}\n\\"""',
        f"\x00\r\n{action}\u2028{action}",
    ]


def _hostile_text(canary: Path) -> st.SearchStrategy[str]:
    fragments = st.sampled_from(
        ['"', "'", '"""', "\\", "\n", "\r", "{{", "}}", "{%", "%}", "\x00", "é", "名", "\t", "#"]
    )
    return st.one_of(
        st.sampled_from(_payloads(canary)),
        st.lists(st.one_of(fragments, st.text(max_size=5)), max_size=8).map("".join),
    )


@st.composite
def _specs(draw: st.DrawFn, canary: Path) -> tuple[dict[str, Any], list[str], list[str]]:
    text = _hostile_text(canary)
    names = draw(st.lists(text, min_size=1, max_size=4, unique=True))
    values = draw(st.lists(text, min_size=1, max_size=3, unique=True))
    properties: dict[str, Any] = {
        name: {"type": "string", "description": draw(text), "default": draw(text)} for name in names
    }
    properties[names[0]] = {"type": "string", "enum": values, "pattern": re.escape(draw(text))}
    spec = {
        "openapi": "3.1.0",
        "info": {"title": draw(text), "version": draw(text), "x-package-name": PACKAGE},
        "paths": {
            "/things/"
            + draw(text): {
                "get": {
                    "operationId": draw(text),
                    "description": draw(text),
                    "responses": {"200": {"description": draw(text)}},
                }
            }
        },
        "components": {
            "schemas": {
                "Thing": {
                    "type": "object",
                    "title": draw(text),
                    "description": draw(text),
                    "properties": properties,
                }
            }
        },
    }
    return spec, names, values


CANARY_DIR = Path(tempfile.mkdtemp(prefix="sms-codegen-canary-"))
CANARY = CANARY_DIR / "pwned"


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(_specs(CANARY))
def test_hostile_spec_text_stays_data(case: tuple[dict[str, Any], list[str], list[str]]) -> None:
    spec, names, values = case
    with tempfile.TemporaryDirectory() as directory:
        root = Path(directory)
        spec_path = root / "spec.json"
        spec_path.write_text(json.dumps(spec), encoding="utf-8")
        try:
            files = generate_files(spec_path)
        except SpecError as exc:
            # Two hostile names may legitimately collide after conversion: that is a clean error.
            assume("both become the Python name" not in exc.message)
            raise
        for path, text in files.items():
            if path.endswith(".py"):
                compile(text, path, "exec")
                # black's own verdict, not the generator's: most of this text skipped black
                # because the templates lay it out as black does (generator.formatting).
                assert black.format_str(text, mode=formatting._mode()) == text, path
        write_tree(root / "out", files)
        data = {name: "x" for name in names[1:]} | {names[0]: values[0], "extra": [1]}
        probe = (
            "import json, sys; import injected, injected.operations;"
            "data = json.loads(sys.stdin.read());"
            "thing = injected.Thing.from_dict(data);"
            "assert thing.to_dict() == data, thing.to_dict();"
            "print(injected.Thing.__doc__ is not None)"
        )
        result = subprocess.run(
            [sys.executable, "-c", probe],
            cwd=root / "out",
            input=json.dumps(data),
            capture_output=True,
            text=True,
            check=False,
        )
        assert result.returncode == 0, result.stderr
        lint = subprocess.run(
            [
                sys.executable,
                "-m",
                "ruff",
                "check",
                "--isolated",
                "--no-cache",
                "-q",
                str(root / "out"),
            ],
            capture_output=True,
            text=True,
            check=False,
        )
        assert lint.returncode == 0, lint.stdout
    assert not CANARY.exists(), "spec text was executed as code"
