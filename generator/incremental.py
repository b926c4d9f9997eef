"""Regenerating after a small spec change: each piece of the output remembered by what it depends on.

A change to one schema of a big spec changes a small part of the output: that schema's model
class, its validator functions, its exported JSON Schema document (and those of the schemas that
reach it). A run therefore keeps, for the next run, the text of every *section* it rendered:

* a **model or enum class** of models.py, under the digest of its IR object (``repr`` of a frozen
  dataclass of strings and tuples: everything its template prints);
* a component's **validator section** and **exported document**, under the digest of its name
  and ``$ref`` closure in the raw spec (:func:`component_keys`): what compiling and exporting that
  component read. Its validator functions and constants are named after the component (see
  ``compiling.compile_schemas``), so the text does not depend on any other schema.

The next run with the same configuration looks each section up before compiling, exporting or
rendering it. The memo holds the sections of the last run, and at most a bounded share of older
ones (two entries per configuration in the cache directory: a base and what later runs added, see
:meth:`SectionMemo.save`), so it grows with the spec, not with its history. Its key covers
everything else a section depends on: the generator's source and templates, the
library versions, the options and the spec's path (see ``pipeline``). A lost, corrupt or stale
entry only makes a run slower, never different: ``tests/stages/test_incremental.py`` checks that
runs using the memo write exactly what a run without it writes.
"""

from __future__ import annotations

import json
import marshal
import threading
from collections.abc import Callable, Iterable, Mapping
from typing import Any

from generator.caching import TextCache, digest
from generator.ir import RenderedSection
from generator.loading import unescape_pointer_token
from generator.resolving import ResolvedDocument

#: Where the memos live in the cache directory, and how many entries are kept (the most recently
#: used; two per configuration).
NAMESPACE = "sections-1"
ENTRIES = 16
MAX_BYTES = 256 << 20

_SCHEMAS = "/components/schemas/"


#: Sections are stored in two entries per configuration: a base, rewritten only now and then, and
#: the sections this run has that the base lacks. After a small edit only the second is written.
_DELTA = "-delta"
#: The base is rewritten when the new sections, or the base's sections no run uses any more, add up to
#: more than this share of it.
_REWRITE_SHARE = 4

_Sections = dict[str, tuple[str, tuple[str, ...]]]


class SectionMemo:
    """The sections of the previous run (read once), and those of this run (written once)."""

    def __init__(self, store: TextCache | None = None, key: str | None = None) -> None:
        self._store = store if store is not None and store.enabled and key else None
        self._key = key or ""
        self._base: _Sections = {}
        self._previous: _Sections = {}
        self._current: _Sections = {}
        # Read in the background: reading and checking tens of megabytes mostly runs without the
        # GIL, while the run parses the spec; the first lookup waits for it (see _loaded).
        self._reader: threading.Thread | None = None
        if self._store is not None:
            self._reader = threading.Thread(target=self._read, name="sms-codegen memo", daemon=True)
            self._reader.start()

    def _read(self) -> None:
        assert self._store is not None
        try:
            base = _decode(self._store.get_bytes(self._key))
            delta = _decode(self._store.get_bytes(self._key + _DELTA))
        except MemoryError:
            return  # too big to hold now: the run renders everything, as without a memo
        self._base, self._previous = base, {**base, **delta}

    def _loaded(self) -> None:
        """Wait until the stored sections are read (a failed read leaves them empty)."""
        if self._reader is not None:
            self._reader.join()
            self._reader = None

    @property
    def enabled(self) -> bool:
        """Whether sections are looked up and kept (the cache is on)."""
        return self._store is not None

    def recall(self, key: str | None) -> RenderedSection | None:
        """The section stored under ``key`` by the previous run (or this one), if any."""
        if key is None or self._store is None:
            return None
        self._loaded()
        found = self._current.get(key) or self._previous.get(key)
        if found is None:
            return None
        self._current[key] = found
        return RenderedSection(found[0], found[1])

    def keep(self, key: str | None, section: RenderedSection) -> RenderedSection:
        """Remember ``section`` under ``key`` for the next run; returns it."""
        if key is not None and self._store is not None:
            self._current[key] = (section.text, section.imports)
        return section

    def section(self, key: str | None, render: Callable[[], RenderedSection]) -> RenderedSection:
        """The section under ``key``: recalled, or rendered now and kept."""
        return self.recall(key) or self.keep(key, render())

    def lacking(self, keys: Mapping[str, str | None]) -> set[str]:
        """The names (of ``keys``: name → memo key) whose section the memo does not hold: what a
        run must compile or export before :meth:`sections` can answer."""
        return {name for name, key in keys.items() if self.recall(key) is None}

    def sections(
        self, keys: Mapping[str, str | None], produced: Mapping[str, RenderedSection]
    ) -> list[RenderedSection]:
        """The section of each name of ``keys``, in order: recalled, or the one ``produced`` for it
        (every name :meth:`lacking` gave), which is kept."""
        return [self.recall(key) or self.keep(key, produced[name]) for name, key in keys.items()]

    def save(self) -> None:
        """Store this run's sections for the next run: only those the base lacks, while they
        (and the base's sections this run did not use) are a small share of the base; else all."""
        if self._store is None:
            return
        self._loaded()
        if self._current.keys() == self._previous.keys():
            return
        delta = {key: value for key, value in self._current.items() if key not in self._base}
        unused = [value for key, value in self._base.items() if key not in self._current]
        limit = _size(self._base.values()) // _REWRITE_SHARE
        if self._base and max(_size(delta.values()), _size(unused)) <= limit:
            self._store.put_bytes(self._key + _DELTA, marshal.dumps(delta))
            self._store.touch(self._key)  # the base is in use: pruning takes older entries first
        else:
            self._store.put_bytes(self._key, marshal.dumps(self._current))
            self._store.put_bytes(self._key + _DELTA, marshal.dumps({}))
        self._store.prune(ENTRIES, MAX_BYTES)


def _size(sections: Iterable[tuple[str, tuple[str, ...]]]) -> int:
    return sum(len(text) for text, _ in sections)


def _decode(data: bytes | None) -> dict[str, tuple[str, tuple[str, ...]]]:
    """A stored memo, or empty when absent or not of the expected shape."""
    if data is None:
        return {}
    try:
        loaded = marshal.loads(data)
    except (ValueError, EOFError, TypeError):
        return {}
    if not isinstance(loaded, dict) or not all(
        isinstance(key, str)
        and isinstance(value, tuple)
        and len(value) == 2
        and isinstance(value[0], str)
        and isinstance(value[1], tuple)
        and all(isinstance(name, str) for name in value[1])
        for key, value in loaded.items()
    ):
        return {}
    return loaded


def item_key(kind: str, item: object) -> str:
    """The memo key of a section rendered from one IR object (a frozen dataclass)."""
    return digest(kind, repr(item))


def component_keys(resolved: ResolvedDocument) -> dict[str, str | None]:
    """Component schema name → the digest its sections are memoized under (``None``: they are not).

    The digest of the component's name and ``$ref`` closure: the name, position and raw JSON of
    every component it reaches (itself included), in spec order, plus what compiling and exporting read
    outside the components (the OpenAPI version and JSON Schema dialect). When the closure reaches
    outside ``#/components/schemas``, the whole document is part of it. A component too deeply
    nested to encode gets ``None``: it is compiled and exported on every run.
    """
    data = resolved.document.data
    schemas = data.get("components", {}).get("schemas", {}) if isinstance(data, dict) else {}
    if not isinstance(schemas, dict):
        return {}
    context = json.dumps([data.get("openapi"), data.get("jsonSchemaDialect")], default=str)
    positions = {name: position for position, name in enumerate(schemas)}
    contents = {name: _encoded(positions[name], name, schemas[name]) for name in schemas}
    references, outside = _component_references(resolved, schemas)
    whole: list[str] = []  # the whole document, encoded when first needed

    def whole_document() -> str:
        if not whole:
            whole.append(_encoded(0, "", data) or "")
        return whole[0]

    keys: dict[str, str | None] = {}
    for name in schemas:
        closure = sorted(_closure(name, references), key=positions.__getitem__)
        parts = [contents[member] for member in closure]
        if any(part is None for part in parts):
            keys[name] = None
            continue
        extra = whole_document() if outside.intersection(closure) else ""
        # The component's own name first: components on one $ref cycle have the same closure.
        keys[name] = digest(name, context, extra, *(part or "" for part in parts))
    return keys


def section_keys(kind: str, component_keys: Mapping[str, str | None]) -> dict[str, str | None]:
    """Component name → the memo key of its ``kind`` section (``validator``, ``schema``)."""
    return {
        name: None if key is None else digest(kind, key) for name, key in component_keys.items()
    }


def _encoded(position: int, name: str, schema: Any) -> str | None:
    """The digest of a component's position, name and raw JSON (``None``: too deep to encode)."""
    try:
        return digest(json.dumps([position, name, schema], ensure_ascii=False))
    except (RecursionError, ValueError, TypeError):
        return None


def _component_references(
    resolved: ResolvedDocument, schemas: dict[str, Any]
) -> tuple[dict[str, set[str]], set[str]]:
    """Component → the components its ``$ref``s name; and the components with a ``$ref`` that
    lands outside ``#/components/schemas`` (or whose owner cannot be told)."""
    references: dict[str, set[str]] = {name: set() for name in schemas}
    outside: set[str] = set()
    for source, target in resolved.direct_targets.items():
        owner = _owner(source)
        if owner not in references:
            continue  # a $ref outside the components: no section reads it
        reached = _owner(target)
        if reached in references:
            references[owner].add(reached)
        else:
            outside.add(owner)
    return references, outside


def _owner(pointer: str) -> str | None:
    """The component schema whose subtree holds ``pointer``, if any."""
    if not pointer.startswith(_SCHEMAS):
        return None
    token = pointer[len(_SCHEMAS) :].split("/", 1)[0]
    return unescape_pointer_token(token)


def _closure(name: str, references: dict[str, set[str]]) -> set[str]:
    """``name`` and every component reached from it through one or more ``$ref``."""
    reached = {name}
    pending: list[str] = [name]
    while pending:
        for other in references[pending.pop()]:
            if other not in reached:
                reached.add(other)
                pending.append(other)
    return reached
