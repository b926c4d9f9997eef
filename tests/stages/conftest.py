"""Fixtures shared by the stage tests: specs from text, loaded, resolved or written to disk."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from generator.loading import Document, parse_spec
from generator.resolving import ResolvedDocument, resolve_references

#: The path every in-memory spec pretends to come from; errors name it.
SPEC_PATH = Path("spec.yaml")

Parse = Callable[[str | bytes], Document]
Resolve = Callable[[str], ResolvedDocument]
WriteSpec = Callable[[str | bytes, str], Path]


@pytest.fixture
def parse() -> Parse:
    """Parse spec text (or raw bytes) as if read from ``spec.yaml``."""

    def parse_text(text: str | bytes) -> Document:
        raw = text.encode("utf-8") if isinstance(text, str) else text
        return parse_spec(raw, SPEC_PATH)

    return parse_text


@pytest.fixture
def resolve(parse: Parse) -> Resolve:
    """Parse spec text and resolve its references."""

    def resolve_text(text: str) -> ResolvedDocument:
        return resolve_references(parse(text))

    return resolve_text


@pytest.fixture
def write_spec(tmp_path: Path) -> WriteSpec:
    """Write spec text or bytes to ``tmp_path / name`` and return the path."""

    def write(content: str | bytes, name: str) -> Path:
        path = tmp_path / name
        path.write_bytes(content.encode("utf-8") if isinstance(content, str) else content)
        return path

    return write
