"""Stage 1: read a YAML or JSON spec into plain Python data, remembering where every node came from.

The rest of the pipeline works on plain dicts, lists and scalars (the JSON data model), but errors must
point at a line of the file the user edits. So the loader composes the YAML node graph itself and records
the line of every node under its JSON pointer while converting it.
"""

from __future__ import annotations

import contextlib
import functools
import gc
import hashlib
import json
import re
import sys
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from generator.errors import SpecError

_BaseLoader: type[yaml.SafeLoader] = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


class _Loader(_BaseLoader):  # type: ignore[valid-type,misc]
    """The safe YAML 1.1 loader, plus JSON's exponent floats (``1e5``), which YAML 1.1 reads as strings."""

    def __init__(self, stream: str) -> None:
        super().__init__(stream)
        # The tag of a scalar depends only on the call's arguments (no path resolvers are added),
        # and the parser asks for the same few ("string", "object", "200") thousands of times;
        # each answer runs regular expressions.
        self.resolve = functools.lru_cache(maxsize=None)(super().resolve)

    def dispose(self) -> None:
        del self.resolve  # the cache refers to the loader: no reference cycle to outlive it
        super().dispose()


class _DeepLoader(yaml.SafeLoader):
    """The pure-Python loader with an iterative composer: for specs nested beyond libyaml's limit.

    libyaml refuses nesting deeper than 1000 collections, and PyYAML's own composer recurses
    (two Python frames per level). Only specs that libyaml refuses as too deep come here: the
    pure-Python parser is much slower, but has no depth limit of its own.
    """

    def compose_node(self, parent: yaml.Node | None, index: object) -> yaml.Node:
        loader: Any = self  # PyYAML's event API is untyped
        # Open collections, innermost last; for a mapping, the key waiting for its value.
        stack: list[tuple[Any, list[yaml.Node | None]]] = []
        while True:
            node: Any
            if loader.check_event(yaml.AliasEvent):
                event = loader.get_event()
                if event.anchor not in self.anchors:
                    raise yaml.composer.ComposerError(
                        None, None, f"found undefined alias {event.anchor!r}", event.start_mark
                    )
                node = self.anchors[event.anchor]
            elif loader.check_event(yaml.SequenceEndEvent, yaml.MappingEndEvent):
                node = stack.pop()[0]
                node.end_mark = loader.get_event().end_mark
            else:
                event = loader.peek_event()
                if event.anchor is not None and event.anchor in self.anchors:
                    raise yaml.composer.ComposerError(
                        f"found duplicate anchor {event.anchor!r}; first occurrence",
                        self.anchors[event.anchor].start_mark,
                        "second occurrence",
                        event.start_mark,
                    )
                if loader.check_event(yaml.ScalarEvent):
                    node = loader.compose_scalar_node(event.anchor)
                else:
                    loader.get_event()
                    kind = (
                        yaml.SequenceNode
                        if isinstance(event, yaml.SequenceStartEvent)
                        else yaml.MappingNode
                    )
                    tag = event.tag
                    if tag is None or tag == "!":
                        tag = loader.resolve(kind, None, event.implicit)
                    collection = kind(tag, [], event.start_mark, None, flow_style=event.flow_style)
                    if event.anchor is not None:
                        self.anchors[event.anchor] = collection
                    stack.append((collection, [None]))
                    continue
            if not stack:
                root: yaml.Node = node
                return root
            collection, pending_key = stack[-1]
            if isinstance(collection, yaml.SequenceNode):
                collection.value.append(node)
            elif pending_key[0] is None:
                pending_key[0] = node
            else:
                collection.value.append((pending_key[0], node))
                pending_key[0] = None


for _loader in (_Loader, _DeepLoader):
    _loader.add_implicit_resolver(
        "tag:yaml.org,2002:float",
        re.compile(r"^[-+]?(?:[0-9]+(?:\.[0-9]*)?|\.[0-9]+)[eE][-+]?[0-9]+$"),
        list("-+0123456789."),
    )

#: YAML tags that map onto the JSON data model; anything else (timestamps, sets, binary) is refused
#: rather than silently turned into a Python object no JSON Schema can describe.
_JSON_TAGS = {
    "tag:yaml.org,2002:str",
    "tag:yaml.org,2002:int",
    "tag:yaml.org,2002:float",
    "tag:yaml.org,2002:bool",
    "tag:yaml.org,2002:null",
    "tag:yaml.org,2002:seq",
    "tag:yaml.org,2002:map",
}


def escape_pointer_token(token: str) -> str:
    """Escape one reference token for a JSON pointer (RFC 6901: ``~`` then ``/``)."""
    return token.replace("~", "~0").replace("/", "~1")


def unescape_pointer_token(token: str) -> str:
    """Undo :func:`escape_pointer_token`."""
    return token.replace("~1", "/").replace("~0", "~")


def child_pointer(pointer: str, token: str | int) -> str:
    """The JSON pointer of ``token`` inside the node at ``pointer``."""
    return f"{pointer}/{escape_pointer_token(str(token))}"


@dataclass
class Document:
    """A loaded spec: its data, where it came from, and the line of every node."""

    path: Path
    data: Any
    sha256: str
    lines: dict[str, int] = field(default_factory=dict)

    def error(self, pointer: str, message: str) -> SpecError:
        """Build a :class:`SpecError` for the node at ``pointer``, with its line when known."""
        return SpecError(str(self.path), self.line_of(pointer), pointer, message)

    def line_of(self, pointer: str) -> int | None:
        """The 1-based line of the node at ``pointer``, or of its nearest known ancestor."""
        while True:
            if pointer in self.lines:
                return self.lines[pointer]
            if not pointer:
                return None
            pointer = pointer.rsplit("/", 1)[0]


#: The recursion limit while the recursive stages (building, exporting) walk a spec: enough for
#: about 2,000 levels of nested inline schemas. Safe to raise that far: since Python 3.11, calls
#: from Python to Python no longer use the C stack, and the few C-recursive steps (comparing or
#: dumping nested values) need well under the 8 MiB main-thread stack at this depth.
DEEP_RECURSION_LIMIT = 10_000


@contextlib.contextmanager
def nesting_guard(document: Document) -> Iterator[None]:
    """Run a recursive stage with room for deeply nested specs; too deep is a :class:`SpecError`.

    The stages recurse once or a few times per level of schema nesting, so a legitimate spec
    nested a few hundred levels deep outgrows Python's default limit of 1000 frames. Beyond the
    raised limit the spec is refused with a located error instead of a traceback.
    """
    try:
        with deep_recursion():
            yield
    except RecursionError:
        raise SpecError(
            str(document.path), None, "", "the spec is nested too deeply to generate code from"
        ) from None


@contextlib.contextmanager
def deep_recursion() -> Iterator[None]:
    """Raise the recursion limit to :data:`DEEP_RECURSION_LIMIT` (never lower it) for a block."""
    previous = sys.getrecursionlimit()
    sys.setrecursionlimit(max(previous, DEEP_RECURSION_LIMIT))
    try:
        yield
    finally:
        sys.setrecursionlimit(previous)


def load_spec(path: Path) -> Document:
    """Read and parse ``path``; every failure becomes a located :class:`SpecError`."""
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise SpecError(str(path), None, "", f"cannot read the spec: {exc.strerror}") from None
    return parse_spec(raw, path)


def parse_spec(raw: bytes, path: Path) -> Document:
    """Parse spec bytes (YAML 1.1 or JSON, UTF-8) already read from ``path``."""
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise SpecError(str(path), None, "", f"the spec is not UTF-8: {exc.reason}") from None
    text = text.removeprefix("\ufeff")
    json_error = _json_error(text)
    if json_error is None:
        text = _join_surrogate_escapes(text)
    elif path.suffix.lower() == ".json" and isinstance(json_error, json.JSONDecodeError):
        # YAML would accept much that JSON does not (comments, trailing commas, unquoted keys);
        # a file that says it is JSON must be JSON.
        raise SpecError(
            str(path),
            json_error.lineno,
            "",
            f"malformed JSON: {json_error.msg} (line {json_error.lineno},"
            f" column {json_error.colno})",
        )
    with cycle_collection_paused():
        try:
            node = _compose(text)
        except yaml.MarkedYAMLError as exc:
            line = exc.problem_mark.line + 1 if exc.problem_mark is not None else None
            problem = exc.problem or "malformed YAML"
            raise SpecError(str(path), line, "", f"malformed YAML or JSON: {problem}") from None
        except yaml.reader.ReaderError as exc:
            line = text.count("\n", 0, exc.position) + 1
            raise SpecError(str(path), line, "", f"malformed YAML or JSON: {exc.reason}") from None
        except yaml.YAMLError as exc:
            raise SpecError(str(path), None, "", f"malformed YAML or JSON: {exc}") from None
        except RecursionError:
            raise SpecError(str(path), None, "", "the spec is nested too deeply to parse") from None
        if node is None:
            raise SpecError(str(path), None, "", "the spec is empty")
        document = Document(path=path, data=None, sha256=hashlib.sha256(raw).hexdigest())
        budget = _PointerBudget(document, max(MAX_POINTER_CHARACTERS, 4 * len(raw)))
        alias_lines = _AliasLines(text)
        if "*" in text:  # an alias is written ``*name``: without one there is nothing to expand
            _check_alias_expansion(node, document, budget, alias_lines)
        document.data = _NodeConverter(document, budget.fresh(), alias_lines).convert(node, "")
        del node  # freed here, before the collector runs again: it would traverse it all once more
    return document


@contextlib.contextmanager
def cycle_collection_paused() -> Iterator[None]:
    """Pause Python's cyclic garbage collector, if it runs, for a stage that builds acyclic data.

    The stages allocate hundreds of thousands of objects the collector tracks on a big spec (YAML
    nodes and their marks, the data, the IR, the exported trees), which live on and form no
    reference cycle; each full collection on the way traverses them all again, with nothing to
    collect: more than half of the loading time of a 1,000-schema spec. Reference counting frees
    memory as always, and the collector runs again after the block.
    """
    if not gc.isenabled():
        yield
        return
    gc.disable()
    try:
        yield
    finally:
        gc.enable()


def _compose(text: str) -> yaml.Node | None:
    """The YAML node graph of ``text``: libyaml when it can, the deep loader past its depth limit."""
    node: yaml.Node | None
    try:
        node = yaml.compose(text, Loader=_Loader)
    except yaml.MarkedYAMLError as exc:
        if "nesting depth" not in str(exc.problem):
            raise
        node = yaml.compose(text, Loader=_DeepLoader)
    return node


def _json_error(text: str) -> Exception | None:
    """``None`` when ``text`` is a JSON document (then every string in it is double-quoted), else
    why not: the ``JSONDecodeError``, or a ``RecursionError`` for JSON too deep for the json module.
    """
    try:
        json.loads(text)
    except (ValueError, RecursionError) as exc:
        # Detached from the frames it was raised in (its own traceback and its context's): they
        # lead back to the caller's, whose locals (the YAML node graph) would outlive the call in
        # a reference cycle, to be freed only by a full garbage collection.
        exc.__context__ = None
        return exc.with_traceback(None)
    return None


_SURROGATE_PAIR_ESCAPE = re.compile(
    r"(?<!\\)((?:\\\\)*)\\u(d[89ab][0-9a-f]{2})\\u(d[c-f][0-9a-f]{2})", re.IGNORECASE
)


_HIGH_SURROGATE_ESCAPE = re.compile(r"\\u[dD][89abAB]")


def _join_surrogate_escapes(json_text: str) -> str:
    """Rewrite JSON's ``\\ud83d\\ude00`` escape pairs as the ``\\U0001f600`` escapes YAML understands.

    ``json.dumps`` writes every character beyond the BMP as such a pair, which PyYAML rejects; in JSON
    every string is double-quoted, where both spellings mean the same character. An escaped backslash
    before ``u`` (an even run of backslashes) is left alone.
    """

    def join(match: re.Match[str]) -> str:
        high, low = int(match.group(2), 16), int(match.group(3), 16)
        code = 0x10000 + ((high - 0xD800) << 10) + (low - 0xDC00)
        return f"{match.group(1)}\\U{code:08x}"

    if not _HIGH_SURROGATE_ESCAPE.search(json_text):
        return json_text  # the common case, found fast (the full pattern is slow on big specs)
    return _SURROGATE_PAIR_ESCAPE.sub(join, json_text)


#: The most values the YAML aliases of a spec may add to it (a "billion laughs" guard): a few
#: kilobytes of nested aliases can otherwise stand for billions of values and exhaust memory.
MAX_ALIAS_EXPANSION = 1_000_000

_MERGE_TAG = "tag:yaml.org,2002:merge"
_STR_TAG = "tag:yaml.org,2002:str"

#: The most characters the JSON pointers of a spec's values may add up to (or four times the spec's
#: size, if that is more). Every value is recorded under its pointer, and a pointer is as long as
#: the path to its value, so nesting multiplies memory: 5,000 levels of inline objects are a
#: 365 kB file whose pointers take a gigabyte. Real specs stay far below (about one character per
#: byte of spec); 500 levels of inline objects need 11 million.
MAX_POINTER_CHARACTERS = 64_000_000


class _PointerBudget:
    """Counts the characters of the pointers built while walking a spec; refuses past the limit."""

    def __init__(self, document: Document, limit: int) -> None:
        self._document = document
        self.limit = limit
        self._spent = 0

    def fresh(self) -> _PointerBudget:
        return _PointerBudget(self._document, self.limit)

    def spend(self, pointer: str, line: int) -> None:
        self._spent += len(pointer)
        if self._spent > self.limit:
            raise SpecError(
                str(self._document.path),
                line,
                "",
                f"the spec is nested too deeply: the paths to its values (JSON pointers) add up"
                f" to more than {self.limit:,} characters",
            )


class _AliasLines:
    """The line of each alias that is a sequence item, found when first asked for.

    An alias *is* its anchor's node in the composed graph (libyaml's composer keeps no trace of
    the alias), so the node's position is the anchor's. A mapping value is located by its key, but
    a sequence item has nothing else: for those, the text is composed once more by PyYAML's own
    composer, which records where each alias item is written. That costs a second parse, so it
    happens only for a spec with such an alias; a spec too deep for that composer keeps the
    anchor's line (:meth:`line` returns ``None``).
    """

    def __init__(self, text: str) -> None:
        self._text = text
        self._lines: dict[tuple[int, int, int], int] | None = None

    def line(self, sequence: yaml.Node, index: int) -> int | None:
        """The line of the alias that is item ``index`` of ``sequence``, if it is one."""
        if self._lines is None:
            self._lines = _alias_item_lines(self._text)
        mark = sequence.start_mark
        return self._lines.get((mark.line, mark.column, index))


def _alias_item_lines(text: str) -> dict[tuple[int, int, int], int]:
    """(line, column of a sequence, index of an item) → the line of that item, for alias items."""
    lines: dict[tuple[int, int, int], int] = {}

    class Recorder(yaml.SafeLoader):
        def compose_node(self, parent: yaml.Node | None, index: int) -> yaml.Node | None:
            loader: Any = self  # PyYAML's event API is untyped
            if isinstance(parent, yaml.SequenceNode) and loader.check_event(yaml.AliasEvent):
                mark = parent.start_mark
                lines[(mark.line, mark.column, index)] = loader.peek_event().start_mark.line + 1
            return super().compose_node(parent, index)

    loader = Recorder(text)
    try:
        loader.get_single_node()
    except (yaml.YAMLError, RecursionError):
        return {}  # libyaml read it; this composer cannot: keep the anchors' lines
    finally:
        loader.dispose()  # type: ignore[no-untyped-call]
    return lines


def _is_alias_item(sequence: yaml.Node, index: int) -> bool:
    """Whether item ``index`` of ``sequence`` is an alias: its node starts before the item can.

    An item is written after the sequence starts and after the previous item ends; an alias's
    node is its anchor's, which is written before the alias, so it starts earlier.
    """
    start = sequence.value[index].start_mark.index
    if index == 0:
        return bool(start <= sequence.start_mark.index)
    return bool(start < sequence.value[index - 1].end_mark.index)


def _check_alias_expansion(
    root: yaml.Node, document: Document, budget: _PointerBudget, alias_lines: _AliasLines
) -> None:
    """Refuse aliases that refer to their own ancestor or expand the spec beyond the guard.

    PyYAML's composer shares the node of an anchor with every alias to it, so the node graph stays
    small while the data it stands for may be huge (or infinite). This measures the expanded size
    of every node once (iteratively: the spec may be deep) before anything is expanded, so that an
    alias bomb fails in milliseconds, at the alias that expands the most. A spec nested beyond the
    pointer budget fails here too, before anything is stored. Only run for a text that has an alias
    (a ``*``): the converter enforces the same pointer budget on its own.

    The walk is depth first in document order; the scalars (most nodes) are settled in the loop
    over their parent's children, and a pointer or line is worked out only where one is used.
    """
    if not isinstance(root, yaml.CollectionNode):
        return  # a lone scalar: nothing to expand
    sizes: dict[int, int] = {}  # id of a finished node -> values it expands to
    open_nodes: set[int] = {id(root)}  # the nodes on the current path
    # Edges to a node met before (aliases): (node, pointer, line of the edge).
    aliases: list[tuple[yaml.Node, str, int]] = []
    budget.spend("", root.start_mark.line + 1)
    # The open collections: [node, its remaining (index, item), its pointer, values so far].
    path: list[list[Any]] = [[root, enumerate(root.value), "", 1]]
    while path:
        entry = path[-1]
        node, items, pointer = entry[0], entry[1], entry[2]
        is_mapping = isinstance(node, yaml.MappingNode)
        for index, item in items:
            key_node, child = item if is_mapping else (None, item)
            size = sizes.get(id(child))
            if size is None and isinstance(child, yaml.ScalarNode):
                sizes[id(child)] = 1
                entry[3] += 1
                continue
            key: str | int
            if key_node is not None:
                key = str(key_node.value) if isinstance(key_node, yaml.ScalarNode) else "?"
                line = key_node.start_mark.line + 1
            else:
                key = index
                line = child.start_mark.line + 1
                if size is not None or id(child) in open_nodes:  # met before: an alias
                    line = alias_lines.line(node, index) or line
            child_at = child_pointer(pointer, key)
            if id(child) in open_nodes:
                raise SpecError(
                    str(document.path), line, child_at, "a YAML alias refers to its own ancestor"
                )
            if size is not None:
                aliases.append((child, child_at, line))
                entry[3] += size
                continue
            budget.spend(child_at, line)
            open_nodes.add(id(child))
            path.append([child, enumerate(child.value), child_at, 1])
            break
        else:
            path.pop()
            open_nodes.discard(id(node))
            sizes[id(node)] = entry[3]
            if path:
                path[-1][3] += entry[3]
    expanded, distinct = sizes[id(root)], len(sizes)
    if expanded - distinct > MAX_ALIAS_EXPANSION:
        _, pointer, line = max(aliases, key=lambda alias: sizes[id(alias[0])])
        raise SpecError(
            str(document.path),
            line,
            pointer,
            f"YAML aliases expand the spec to {expanded:,} values from {distinct:,} (an alias"
            f" bomb?): at most {MAX_ALIAS_EXPANSION:,} values may come from aliases",
        )


class _NodeConverter:
    """Turns a composed YAML node graph into JSON-model data, filling ``Document.lines``.

    Iterative (an explicit stack instead of recursion), so that nesting as deep as the YAML parser
    accepts cannot exhaust Python's stack. Nodes are converted in document order, one mapping key
    at a time, so that the first error reported is the first one in the file.
    """

    def __init__(
        self, document: Document, budget: _PointerBudget, alias_lines: _AliasLines
    ) -> None:
        self._document = document
        self._budget = budget
        self._alias_lines = alias_lines
        self._scalars = yaml.constructor.SafeConstructor()

    def convert(self, root: yaml.Node, pointer: str) -> Any:
        result = self._value(root, pointer)
        if not isinstance(root, yaml.CollectionNode):
            return result
        # The open collections: (remaining entries, whether a mapping, the container, pointer).
        # A scalar is converted in the loop over its parent's entries; a collection is entered
        # before the next entry of its parent is looked at.
        path: list[tuple[Iterator[Any], yaml.CollectionNode, Any, str]] = [
            (iter(root.value), root, result, pointer)
        ]
        while path:
            entries, parent, container, pointer = path[-1]
            is_mapping = isinstance(parent, yaml.MappingNode)
            for entry in entries:
                line = None
                if is_mapping:
                    key_node, node = entry
                    key, item_pointer = self._key(key_node, container, pointer)
                else:
                    node = entry
                    index = len(container)
                    item_pointer = f"{pointer}/{index}"  # child_pointer of the index
                    if _is_alias_item(parent, index):
                        line = self._alias_lines.line(parent, index)
                value = self._value(node, item_pointer, line)
                if is_mapping:
                    container[key] = value
                else:
                    container.append(value)
                if isinstance(node, yaml.CollectionNode):
                    path.append((iter(node.value), node, value, item_pointer))
                    break
            else:
                path.pop()
        return result

    def _value(self, node: yaml.Node, pointer: str, line: int | None = None) -> Any:
        """A scalar's value, or a new empty container for a collection (filled by the caller).

        ``line`` is where the value is written when that is not where its node starts (an alias).
        """
        line = line or node.start_mark.line + 1
        self._budget.spend(pointer, line)
        self._document.lines.setdefault(pointer, line)
        if node.tag == _STR_TAG and isinstance(node, yaml.ScalarNode):
            return node.value  # what the constructor returns for it, without the detour
        if node.tag not in _JSON_TAGS:
            raise self._document.error(pointer, f"unsupported YAML tag {node.tag!r}")
        if isinstance(node, yaml.ScalarNode):
            try:
                return self._scalars.construct_object(node)  # type: ignore[no-untyped-call]
            except (ValueError, KeyError, yaml.YAMLError):
                raise self._document.error(
                    pointer, f"invalid {node.tag.rsplit(':', 1)[-1]} value {node.value[:40]!r}"
                ) from None
        return [] if isinstance(node, yaml.SequenceNode) else {}

    def _key(self, key_node: yaml.Node, mapping: dict[str, Any], pointer: str) -> tuple[str, str]:
        """A mapping entry's key (checked) and pointer; the entry's line is its key's line."""
        line = key_node.start_mark.line + 1
        if not isinstance(key_node, yaml.ScalarNode):
            raise SpecError(str(self._document.path), line, pointer, "mapping keys must be strings")
        # The key's source text, so that an unquoted ``200:`` stays the string "200" as in JSON.
        key = str(key_node.value)
        item_pointer = child_pointer(pointer, key)
        if key_node.tag == _MERGE_TAG:
            raise SpecError(
                str(self._document.path),
                line,
                item_pointer,
                "YAML merge keys ('<<') are not supported: write the keys out, or use a $ref",
            )
        if key in mapping:
            raise SpecError(str(self._document.path), line, item_pointer, f"duplicate key {key!r}")
        self._document.lines[item_pointer] = line
        return key, item_pointer
