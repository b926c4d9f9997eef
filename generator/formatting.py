"""Stage 5: black-formatted output, at one pinned black version — mostly without running black.

The golden files are black's output, so a different black release could change them without any
change to the spec or templates. The generator therefore refuses to run with any other black version
than the one ``pyproject.toml`` pins, instead of producing output that differs from the golden record.
The check reads the installed version from the package metadata, so it does not import black.

black would be most of a run's time (seconds for a large spec), so this stage avoids running it:

* **Layout.** The built-in templates write code exactly as black writes it (quotes, spacing,
  blank lines, docstrings; a construct that does not fit on a line is split one item per line with
  a trailing comma, which black keeps). So a chunk (below) whose every line fits in black's line
  length, with nothing black treats specially, is taken as it is. A longer line may need black's
  judgement (splitting strings, operators, nested brackets), so its chunk goes to black. The claim
  is tested chunk by chunk against black on every golden spec, the SMS spec, synthetic specs and
  random hostile specs (tests/stages/test_black_layout.py). Custom templates are not trusted.
  The tests run over each whole file at once rather than chunk by chunk (:func:`_fast_plan`), so
  that trusting the 10,000s of chunks of a large spec costs a few scans of its text.
* **Chunks.** A rendered module is cut before each top-level ``def``/``class`` (see
  :func:`split_chunks` for why the cut cannot change a byte), each chunk is formatted on its own,
  and the results are joined with the two blank lines black puts there; the generated-file header
  (which names the spec's SHA-256) is kept verbatim (:func:`split_header`). A change to one schema
  then re-formats only the chunks that render it.
* **Cache.** A chunk formatted by black is stored under the SHA-256 of (black version, black mode,
  the unformatted chunk) in :mod:`generator.caching`; a hit costs a file read, and black is imported
  only when some chunk misses.
* **Processes.** When many chunks miss, they are formatted by a pool of forked processes, one per
  usable CPU.
"""

from __future__ import annotations

import functools
import operator
import os
import re
import sys
import threading
import unicodedata
from bisect import bisect_right
from collections.abc import Callable, Mapping, Sequence
from itertools import accumulate, compress, count
from typing import TYPE_CHECKING, NamedTuple

from generator.caching import TextCache, default_cache_dir, prefixed_digest
from generator.installed import version

if TYPE_CHECKING:
    from black.mode import Mode

#: Must match the ``black==`` pin in pyproject.toml.
PINNED_BLACK_VERSION = "26.10.1"

#: black's settings. The cache key is built from these constants, so they are the single source of
#: the mode: changing one changes every key.
LINE_LENGTH = 100
TARGET_VERSIONS = ("PY311",)

#: How many processes format chunks when many miss; ``1`` formats in this process only.
JOBS_ENV = "SMS_CODEGEN_JOBS"

#: Below this much text to format, a process pool costs more than it saves.
PARALLEL_MIN_CHARS = 32_000

#: The cache namespace; bump it when the entry format or the chunking contract changes.
CACHE_NAMESPACE = "format-1"

#: The formatting cache keeps at most this much formatted text, the newest entries (a cold run of a
#: 1,000-schema spec stores about 15 MB); it is trimmed at most once a day, after a run that added.
CACHE_BYTES = 512 << 20
CACHE_PRUNE_EVERY = 24 * 3600.0


def line_width(line: str) -> int:
    """An upper bound of the width black measures ``line`` with, exact for ASCII text.

    black counts East Asian wide and fullwidth characters as two columns (and some, like combining
    marks, as none). Here a character counts one column only when this Python's Unicode database
    calls it narrow, halfwidth, neutral or ambiguous and it is no symbol or number (see
    :data:`_MAYBE_WIDE`), else two: never less than black counts (tests/stages/test_black_layout.py
    compares every code point). Overestimating is safe for both uses: a template then splits a
    line black would have kept whole (with a trailing comma, so black keeps it split), and
    :func:`format_files` asks black about a chunk it could have trusted.
    """
    if line.isascii():
        return len(line)
    return sum(map(_char_width, line))


@functools.lru_cache(maxsize=4096)
def _char_width(char: str) -> int:
    if char.isascii():
        return 1
    narrow = unicodedata.east_asian_width(char) in _NARROW
    return 1 if narrow and unicodedata.category(char) not in _MAYBE_WIDE else 2


_NARROW = frozenset({"Na", "H", "N", "A"})

#: Categories where black's table (a newer Unicode version) has wide characters that this
#: Python's database calls neutral: unassigned code points, and symbols and numbers that Unicode
#: has since given an emoji presentation (e.g. U+2630).
_MAYBE_WIDE = frozenset({"Cn", "So", "No"})


class FormatterError(Exception):
    """black is missing at the pinned version, or rejected a rendered file."""


def check_black_version() -> str:
    """Fail unless the installed black is the pinned one; returns the version (for cache keys)."""
    installed = version("black") or "(none)"
    if installed != PINNED_BLACK_VERSION:
        raise FormatterError(
            f"black {PINNED_BLACK_VERSION} is required (the golden output depends on it),"
            f" but black {installed} is installed: run `pip install -e .[dev]`"
        )
    return installed


def format_cache() -> TextCache:
    """The formatting cache where the environment puts it (see :mod:`generator.caching`)."""
    return TextCache(default_cache_dir(), CACHE_NAMESPACE)


def cache_key(text: str, black_version: str) -> str:
    """The cache key of formatting ``text``: everything black's output depends on, hashed."""
    return _keyer(black_version)(text)


def _keyer(black_version: str) -> Callable[[str], str]:
    """:func:`cache_key` for one black version, with the common prefix hashed once."""
    mode = f"line-length={LINE_LENGTH} target-versions={','.join(sorted(TARGET_VERSIONS))}"
    return prefixed_digest("sms-codegen black", black_version, mode)


def format_files(
    files: Mapping[str, str],
    *,
    cache: TextCache | None = None,
    jobs: int | None = None,
    trust_layout: bool = False,
) -> dict[str, str]:
    """Format every ``.py`` file of ``files`` (path → text); other files pass through unchanged.

    The result is byte for byte what ``black.format_str`` gives for each whole file. With
    ``trust_layout`` (text rendered by the built-in templates, which lay code out as black does),
    a chunk that :func:`is_black_layout` accepts is taken without running black. ``cache``
    defaults to :func:`format_cache` (pass ``TextCache(None, ...)`` to bypass it); ``jobs`` defaults
    to ``$SMS_CODEGEN_JOBS`` or the number of usable CPUs.
    """
    black_version = check_black_version()
    store = format_cache() if cache is None else cache
    plans = {
        path: _plan(text, trust_layout) for path, text in files.items() if path.endswith(".py")
    }

    formatted: dict[str, str] = {}
    keys: dict[str, str] = {}
    failed: dict[str, str] = {}
    key_of = _keyer(black_version)
    for pending in plans.values():
        for chunk in pending.todo.values():
            if chunk not in keys:
                keys[chunk] = key = key_of(chunk)
                hit = store.get(key)
                if hit is None:
                    continue
                if hit.startswith(_REJECTED):
                    failed[chunk] = hit[len(_REJECTED) :]
                else:
                    formatted[chunk] = hit
    misses = [chunk for chunk in keys if chunk not in formatted and chunk not in failed]
    for chunk, (result, error) in zip(
        misses, _format_many([(keys[chunk], chunk) for chunk in misses], store, jobs)
    ):
        if result is None:
            failed[chunk] = error or "black failed"
        else:
            formatted[chunk] = result
    if misses:
        store.prune(None, CACHE_BYTES, every=CACHE_PRUNE_EVERY)

    output: dict[str, str] = {}
    for path, text in files.items():
        plan = plans.get(path)
        if plan is None:
            output[path] = text
        elif len(plan.done) == 1 and 0 in plan.todo and plan.todo[0] in failed and not plan.header:
            raise _invalid(path, failed[plan.todo[0]])
        elif any(
            chunk in failed or not _joinable(formatted[chunk]) for chunk in plan.todo.values()
        ):
            # A chunk black rejects means the file is invalid (or, in theory, a cut was wrong):
            # let black judge the whole file, which also reports the right line numbers.
            output[path] = _format_whole(path, text, store, black_version)
        else:
            output[path] = plan.join(formatted)
    return output


# --- layout ----------------------------------------------------------------------------------------


def is_black_layout(chunk: str) -> bool:
    """Whether black is known to leave ``chunk`` (rendered by the built-in templates) as it is.

    True when every line fits in black's line length (or is one black cannot split, see
    :data:`_UNSPLITTABLE`) and none of :data:`_NOT_PLAIN` occurs: the templates then already wrote
    what black writes (see the module docstring). Plain substring and length tests, so that
    checking costs far less than black.
    """
    body = chunk.strip("\n")
    if not body or body[0].isspace() or body[-1].isspace():
        return False
    if any(marker in body for marker in _NOT_PLAIN):
        return False
    lines = body.split("\n")
    if body.isascii() and max(map(len, lines)) <= LINE_LENGTH:
        return True
    return all(line_width(line) <= LINE_LENGTH or _UNSPLITTABLE.fullmatch(line) for line in lines)


#: A line black cannot split, so leaves as it is however long: a string literal on its own (a
#: one-line docstring, or one item of a split call or collection, with its trailing comma). The
#: string is plain (no prefix) and holds no quote of its own kind unescaped.
_UNSPLITTABLE = re.compile(
    r' *(?:"""(?:[^"\\]|\\.|"(?!"))*"""|"(?:[^"\\\n]|\\.)*",?|\'(?:[^\'\\\n]|\\.)*\',?)'
)


# --- chunks ----------------------------------------------------------------------------------------

#: The start of a top-level def, class or decorator (after a newline).
_DEFINITION = r"(?:@|def\b|class\b|async[ \t]+def\b)"

#: A blank line followed by a line that starts a top-level def, class or decorator.
_CUT = re.compile(rf"\n[ \t]*\n(?={_DEFINITION})")

#: Text where cutting is not proven safe: black directives that span statements (``fmt: off``),
#: line ends other than ``\n``, form feeds (black keeps them in blank lines), NUL, a BOM, or an
#: encoding declaration (black treats the first two lines of a file specially; see _declares_coding).
_UNCUTTABLE_DIRECTIVES = ("fmt:", "yapf:")
_UNCUTTABLE_CHARS = ("\r", "\f", "\x00", "\ufeff")
_UNCUTTABLE = (*_UNCUTTABLE_DIRECTIVES, *_UNCUTTABLE_CHARS)

#: Where a directive of _UNCUTTABLE_DIRECTIVES (each ends with a colon) occurs, found in one scan of
#: megabytes of text: ``re`` skips to each colon, which is rare in code, and looks back from it.
#: (``fmt:|yapf:`` would be tried at every position; a substring test scans once per directive.)
_DIRECTIVES = re.compile(
    ":(?:" + "|".join(f"(?<={re.escape(marker)})" for marker in _UNCUTTABLE_DIRECTIVES) + ")"
)

#: Text black may treat specially however short its lines (see is_black_layout): what makes a cut
#: unsafe, and also tabs (black expands them), trailing whitespace, and more blank lines in a row
#: than it keeps anywhere.
_NOT_PLAIN = (*_UNCUTTABLE, "\t", " \n", "\n\n\n\n")
_CODING = re.compile(r"coding[:=]")


#: A comment line black leaves exactly as it is: ``# `` and text, no trailing whitespace.
_PLAIN_COMMENT = re.compile(r"# [^\s][^\n]*(?<=\S)\n")


def split_header(text: str) -> tuple[str, str]:
    """``text`` as (leading comment lines black keeps verbatim, the rest).

    Every generated file starts with a comment naming the spec's SHA-256, so every spec edit changes
    the first chunk of every file; taking the header off keeps those chunks cached. Why this
    changes no byte: black normalizes a comment only by adding the space after ``#`` and removing
    trailing whitespace, which these lines do not need, and the statement right after them (a
    docstring or an import, required below: no blank line, comment, decorator or definition) is
    then the first line of the file either way — black puts no blank line before it, and still
    treats a docstring as the module's (only comments precede it). Directives (``type:``,
    ``noqa``-like text is fine; ``fmt:``/``yapf:`` and encoding declarations) keep the whole file.
    """
    end = _header_end(text)
    return text[:end], text[end:]


def _header_end(text: str) -> int:
    """Where the header of :func:`split_header` ends (0 for none), found without copying the rest
    (megabytes) of ``text``."""
    end = 0
    while match := _PLAIN_COMMENT.match(text, end):
        end = match.end()
    if (
        not end
        or not text[end : end + 1].strip()
        or text.startswith(("#", "@", "def", "class", "async"), end)
        or any(marker in text[:end] for marker in ("type:", *_UNCUTTABLE))
        or _declares_coding(text[:end])
    ):
        return 0
    return end


def split_chunks(text: str) -> list[str]:
    """``text`` cut before top-level ``def``/``class`` statements where black's output provably is
    ``"\\n\\n".join(black(chunk) for chunk in chunks)`` — the whole text when no cut is safe.

    Why a cut at such a line changes nothing (black 26, non-stub mode):

    * black formats statement by statement; what crosses statements is only the blank lines it
      puts between them (``EmptyLineTracker``) and directives like ``# fmt: off`` (excluded above);
      the target versions are fixed by the mode, so nothing is inferred from the whole file.
    * Before a top-level ``def``/``class``/decorator black always puts exactly two blank lines,
      whatever the user wrote — except after a decorator (0), after a comment that hugs the
      definition, or after a one-line stub such as ``def f(): ...`` with no blank line between.
      So a cut is made only after at least one blank line, when the previous non-blank line is not
      a decorator, not a comment and contains no ``...``. (After a class docstring black counts
      one of the two lines as the docstring's; the total is still two.)
    * A chunk formatted alone loses its leading and trailing blank lines, which the join restores.
    * The cut line is a real statement start: a line at column 0 that starts with ``def``,
      ``class``, ``async def`` or ``@`` can otherwise only be inside a string or brackets, and then
      the chunk before it ends inside that string or those brackets, black rejects it, and
      :func:`format_files` formats the whole file instead.

    tests/stages/test_formatting_cache.py checks the claim against whole-file formatting on every
    golden spec, the SMS spec, a synthetic spec and hand-written corner cases.
    """
    if _uncuttable(text):
        return [text]
    chunks = []
    start = 0
    for match in _CUT.finditer(text):
        if _safe_after(text, match.start()):
            chunks.append(text[start : match.end()])
            start = match.end()
    chunks.append(text[start:])
    return chunks


def _uncuttable(text: str) -> bool:
    """Whether ``text`` holds a marker of :data:`_UNCUTTABLE` or an encoding declaration."""
    return (
        _DIRECTIVES.search(text) is not None
        or any(char in text for char in _UNCUTTABLE_CHARS)  # one memchr each
        or _declares_coding(text)
    )


def _declares_coding(text: str) -> bool:
    """Whether a comment line of ``text`` looks like an encoding declaration (PEP 263)."""
    for match in _CODING.finditer(text):
        line = text[text.rfind("\n", 0, match.start()) + 1 : match.start()]
        if line.lstrip(" \t").startswith("#"):
            return True
    return False


def _safe_after(text: str, end: int) -> bool:
    """Whether the last non-blank line before offset ``end`` allows a cut (see split_chunks)."""
    while end > 0:
        begin = text.rfind("\n", 0, end) + 1
        line = text[begin:end]
        if line.strip():
            return not (line.startswith("@") or line.lstrip().startswith("#") or "..." in line)
        end = begin - 1
    return False


def _joinable(formatted: str) -> bool:
    """A formatted chunk can be joined: black gave text ending in exactly one newline."""
    return formatted.endswith("\n") and not formatted.endswith("\n\n")


# --- plans -----------------------------------------------------------------------------------------


class _Plan(NamedTuple):
    """How :func:`format_files` assembles one file: ``header``, then every chunk's formatted text
    without its last newline, joined by the two blank lines black puts between top-level
    definitions. ``done`` holds those texts, with a placeholder at each index of ``todo``, which
    holds the unformatted chunks that black (or its cache) formats.
    """

    header: str
    done: list[str]
    todo: dict[int, str]

    def join(self, formatted: Mapping[str, str]) -> str:
        """The formatted file, given black's (joinable) output for the chunks of ``todo``.

        Fills ``done`` in place (once per plan): copying megabytes of text costs more than the
        rest of joining them.
        """
        done = self.done
        for index, chunk in self.todo.items():
            done[index] = formatted[chunk][:-1]
        done[0] = self.header + done[0]
        done[-1] += "\n"
        return "\n\n\n".join(done)


def _plan(text: str, trust_layout: bool) -> _Plan:
    """Cut ``text`` into chunks and take those :func:`is_black_layout` accepts as they are."""
    header_end = _header_end(text)
    if trust_layout:
        plan = _fast_plan(text, header_end)
        if plan is not None:
            return plan
    return _checked_plan(text[:header_end], text[header_end:], trust_layout)


def _checked_plan(header: str, body: str, trust_layout: bool) -> _Plan:
    """The plan by definition: :func:`split_chunks`, then :func:`is_black_layout` per chunk."""
    done: list[str] = []
    todo: dict[int, str] = {}
    for chunk in split_chunks(body):
        if trust_layout and is_black_layout(chunk):
            done.append(chunk.strip("\n"))
        else:
            todo[len(done)] = chunk
            done.append("")
    return _Plan(header, done, todo)


#: The cut of :func:`split_chunks` (:data:`_CUT`) in text where no blank line holds whitespace: the
#: whole run of newlines before a top-level definition (group 1: the newlines after the first two);
#: or three blank lines anywhere else (group 1 is None), which no chunk that is_black_layout
#: accepts holds.
_NEWLINE_CUT = re.compile(rf"\n\n(?:(\n*)(?={_DEFINITION})|\n\n)")

#: The lines from where it starts matching that fit in LINE_LENGTH and end in no whitespace, each
#: with its newline: matching stops at the first other line. (One match walks thousands of lines,
#: where a search for the other lines would start a match at every newline.)
_PLAIN_LINES = re.compile(rf"(?:.{{0,{LINE_LENGTH}}}+(?<![^\S\n])\n)*+")

#: The end of a piece, long enough to hold its last line when that fits in LINE_LENGTH.
_TAIL = operator.itemgetter(slice(-LINE_LENGTH - 1, None))


def _fast_plan(text: str, header_end: int) -> _Plan | None:
    """:func:`_checked_plan` with ``trust_layout`` for the header ``text[:header_end]`` and the body
    after it, made with a few scans of the whole ``text`` rather than several of every chunk (a
    large spec renders megabytes in 10,000s of chunks, nearly all of them trusted); None where the
    shortcut does not apply, which is rare in rendered text: a tab, a marker of
    :data:`_UNCUTTABLE`, a blank line with whitespace, or three blank lines inside a chunk.

    Why the plan is the same. Without those, a blank line is empty, so :data:`_CUT` matches
    exactly where :data:`_NEWLINE_CUT` finds a cut, which takes the whole run of newlines: the text
    splits into pieces that begin with a definition (but the first) and end with a character
    other than a newline, and the chunks of :func:`split_chunks` are the pieces with the newlines
    after them, joined where :func:`_safe_after` forbids the cut (judged again for the pieces
    :func:`_maybe_unsafe` names). :func:`is_black_layout` tests a chunk of one piece without its
    outer newlines, and the scans settle its tests for every piece at once: no marker or tab
    anywhere, no three blank lines inside a piece, and :func:`_irregular_pieces` names the pieces
    with a long line or whitespace before a newline (so the others end in no whitespace where a
    cut follows). So a piece is trusted as it is, but for the pieces named, pieces that are not
    ASCII, the first and the last piece, and chunks of several pieces, which are judged again.
    (The scans take the header, plain comment lines right before the body's first statement, as
    part of the first piece: it holds no marker and no blank line.)
    """
    if "\t" in text or _uncuttable(text):
        return None
    parts = _NEWLINE_CUT.split(text)
    pieces: list[str] = parts[0::2]
    runs: list[str] = parts[1::2]
    if None in runs:
        return None  # three blank lines inside a chunk
    doubtful = _irregular_pieces(text, header_end, parts)  # pieces is_black_layout must judge
    if doubtful is None:
        return None
    last = len(pieces) - 1
    if not text.isascii():
        doubtful.update(compress(count(), map(operator.not_, map(str.isascii, pieces))))
    # A piece whose last line is too long for _maybe_unsafe to see is doubtful. _safe_after finds
    # the line it looks for in the piece: every piece but the first begins with a definition.
    unsafe = {
        index
        for index in _maybe_unsafe(pieces[:last]) | doubtful
        if index < last and not _safe_after(pieces[index], len(pieces[index]))
    }

    # Every chunk that needs a look, as (first piece, last piece); the other chunks are pieces
    # taken as they are.
    chunks: set[tuple[int, int]] = set()
    for index in {0, last, *doubtful, *unsafe}:
        first = index
        while first - 1 in unsafe:
            first -= 1
        while index in unsafe:
            index += 1
        chunks.add((first, index))
    done: list[str] = []
    todo: dict[int, str] = {}
    taken = 0
    for first, final in sorted(chunks):
        done += pieces[taken:first]
        texts = [pieces[first] if first else pieces[0][header_end:]]
        for index in range(first, final):
            texts += ("\n\n", runs[index], pieces[index + 1])
        if final < last:
            texts += ("\n\n", runs[final])
        chunk = "".join(texts)
        stripped = chunk.strip("\n")
        if (
            is_black_layout(chunk)
            if first < final or first in doubtful
            else bool(stripped) and not stripped[0].isspace() and not stripped[-1].isspace()
        ):
            done.append(stripped)
        else:
            todo[len(done)] = chunk
            done.append("")
        taken = final + 1
    done += pieces[taken:]
    return _Plan(text[:header_end], done, todo)


def _irregular_pieces(text: str, start: int, parts: list[str]) -> set[int] | None:
    """The pieces of ``parts`` (``text`` split by :data:`_NEWLINE_CUT`) that hold a line, from
    ``start`` on, longer than LINE_LENGTH or ending in whitespace; None if a blank line holds
    whitespace."""
    offsets = []
    while True:
        plain = _PLAIN_LINES.match(text, start)
        assert plain is not None  # (it matches the empty string)
        if (start := plain.end()) == len(text):
            break
        newline = text.find("\n", start)
        if text[start : len(text) if newline < 0 else newline].isspace():
            return None
        offsets.append(start)
        if newline < 0:
            break
        start = newline + 1
    if not offsets:
        return set()
    # Where each piece ends in ``text``: each run follows the two newlines the split took off.
    ends = list(accumulate(map(len, parts)))
    pieces = range(len(ends) // 2 + 1)
    return {
        bisect_right(pieces, at, key=lambda index: ends[2 * index] + 2 * index) for at in offsets
    }


def _maybe_unsafe(pieces: list[str]) -> set[int]:
    """The indices of ``pieces`` whose last line, if it fits in LINE_LENGTH, may forbid the cut
    after it (see _safe_after): a decorator, a comment or a line with ``...``; and 0 (the first
    piece may be empty). A few scans of the ends of all pieces rather than one call per piece."""
    tails = "\x00".join(map(_TAIL, pieces)) + "\x00"  # a body holds no NUL (see _UNCUTTABLE)
    found = {0}
    for marker in ("@", "#", "..."):
        index = scanned = 0
        at = tails.find(marker)
        while at >= 0:
            tail_end = tails.find("\x00", at)
            last_line = tails.rfind("\n", at, tail_end)
            if last_line >= 0:  # not on the last line: look there
                at = tails.find(marker, last_line)
                continue
            index += tails.count("\x00", scanned, at)
            scanned = at
            found.add(index)
            at = tails.find(marker, tail_end)
    return found


# --- black -----------------------------------------------------------------------------------------


@functools.cache
def _mode() -> Mode:
    from black.mode import Mode, TargetVersion

    return Mode(
        target_versions={TargetVersion[name] for name in TARGET_VERSIONS}, line_length=LINE_LENGTH
    )


def _black(text: str) -> str:
    """black's output for ``text``; raises black's ``InvalidInput`` for code that does not parse."""
    import black

    return black.format_str(text, mode=_mode())


def _invalid(path: str, message: str) -> FormatterError:
    # Rendered code that does not parse is a template bug, never the user's: say where.
    return FormatterError(f"internal error: the rendered {path} is not valid Python: {message}")


def _format_whole(path: str, text: str, store: TextCache, black_version: str) -> str:
    key = cache_key(text, black_version)
    hit = store.get(key)
    if hit is not None and not hit.startswith(_REJECTED):
        return hit
    result, error = _format_one((key, text), store)
    if result is None:
        raise _invalid(path, error or "black failed")
    return result


_Outcome = tuple[str | None, str | None]

#: How a cache entry records that black rejected the text (black's output never starts with NUL).
_REJECTED = "\x00rejected by black\x00"


def _format_one(task: tuple[str, str], store: TextCache) -> _Outcome:
    """(formatted text, None), stored in the cache; or (None, black's error message)."""
    from black.parsing import InvalidInput

    key, text = task
    try:
        result = _black(text)
    except InvalidInput as exc:
        # Remembered too, so that a file whose cut went wrong (see split_chunks) does not run black
        # on the rejected chunk again on every run before its whole-file result is found.
        store.put(key, _REJECTED + str(exc))
        return None, str(exc)
    store.put(key, result)
    return result, None


#: The cache of a pool worker (set by the pool's initializer).
_worker_store: TextCache | None = None


def _init_worker(store: TextCache) -> None:
    global _worker_store
    _worker_store = store


def _format_in_worker(task: tuple[str, str]) -> _Outcome:
    assert _worker_store is not None
    return _format_one(task, _worker_store)


def _format_many(
    tasks: Sequence[tuple[str, str]], store: TextCache, jobs: int | None
) -> list[_Outcome]:
    """Format ``(key, text)`` tasks, in parallel when it pays; results in the order of ``tasks``."""
    workers = min(_jobs() if jobs is None else jobs, len(tasks))
    if workers > 1 and sum(len(text) for _, text in tasks) >= PARALLEL_MIN_CHARS and _can_fork():
        # Imported here: most runs format nothing with black, and these imports cost 10 ms.
        from concurrent.futures.process import BrokenProcessPool

        try:
            return _format_in_pool(tasks, store, workers)
        except (OSError, BrokenProcessPool):
            pass  # no semaphores or processes here (some sandboxes): format in this process
    return [_format_one(task, store) for task in tasks]


def _format_in_pool(
    tasks: Sequence[tuple[str, str]], store: TextCache, workers: int
) -> list[_Outcome]:
    _mode()  # import black once, before forking, so that no worker imports it again
    # Largest first, in small batches, so that the processes finish together.
    order = sorted(range(len(tasks)), key=lambda index: -len(tasks[index][1]))
    batch = max(1, len(tasks) // (workers * 8))
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor

    context = multiprocessing.get_context("fork")
    with ProcessPoolExecutor(
        max_workers=workers, mp_context=context, initializer=_init_worker, initargs=(store,)
    ) as pool:
        outcomes = list(pool.map(_format_in_worker, [tasks[i] for i in order], chunksize=batch))
    results: list[_Outcome] = [(None, None)] * len(tasks)
    for index, outcome in zip(order, outcomes):
        results[index] = outcome
    return results


def _jobs() -> int:
    configured = os.environ.get(JOBS_ENV, "").strip()
    if configured.isdigit() and int(configured) > 0:
        return int(configured)
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        return os.cpu_count() or 1


def _can_fork() -> bool:
    """Forking is cheap (black stays imported) but safe only on Linux with a single thread."""
    return sys.platform.startswith("linux") and threading.active_count() == 1
