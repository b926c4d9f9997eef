"""A small content-addressed cache on disk: text (or bytes) stored under a SHA-256 key of everything it depends on.

Formatting with black is most of the generator's time, yet nearly all of it repeats work done on
the previous run: regenerating after a small spec change, or ``generate --check`` in CI and
pre-commit, formats mostly the same text again. Because the key is a digest of *all* the inputs (the
tool versions and the exact text), an entry can never be stale, only unused; there is nothing to
invalidate, and deleting the directory at any time is safe.

Where: ``$SMS_CODEGEN_CACHE_DIR`` when set (an empty value turns the cache off), else
``$XDG_CACHE_HOME/sms-codegen``, else ``~/.cache/sms-codegen``; never the output directory, so the
generated tree holds only generated files.

Robustness, because a cache must never be the reason a run fails or produces different bytes:

* entries are written to a temporary file and renamed into place, so readers (other runs at the
  same time included) see a whole entry or none;
* every entry starts with its own key and the SHA-256 of its payload: a truncated, corrupted or
  misplaced entry reads as a miss and is rewritten;
* an unreadable entry is a miss, and an unwritable directory turns writing off for the rest of the
  run, silently: the run is then as slow as without a cache, never wrong.
"""

from __future__ import annotations

import hashlib
import os
import tempfile
import time
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

#: Overrides the cache location; set it to an empty value to turn the cache off.
CACHE_DIR_ENV = "SMS_CODEGEN_CACHE_DIR"


def default_cache_dir() -> Path | None:
    """The cache root from the environment (see the module docstring); ``None`` when turned off."""
    configured = os.environ.get(CACHE_DIR_ENV)
    if configured is not None:
        return Path(configured) if configured else None
    xdg = os.environ.get("XDG_CACHE_HOME", "")
    # The XDG spec says to ignore a relative path.
    if xdg and Path(xdg).is_absolute():
        return Path(xdg) / "sms-codegen"
    try:
        return Path.home() / ".cache" / "sms-codegen"
    except (RuntimeError, KeyError):  # no home directory (some containers and service accounts)
        return None


def digest(*parts: str | bytes) -> str:
    """SHA-256 (hex) of ``parts``, each length-prefixed so that no two part lists collide."""
    hasher = hashlib.sha256()
    _update(hasher, parts)
    return hasher.hexdigest()


def prefixed_digest(*prefix: str | bytes) -> Callable[[str | bytes], str]:
    """``lambda last: digest(*prefix, last)``, with ``prefix`` hashed once (keys of many texts)."""
    start = hashlib.sha256()
    _update(start, prefix)

    def finish(last: str | bytes) -> str:
        hasher = start.copy()
        _update(hasher, (last,))
        return hasher.hexdigest()

    return finish


def _update(hasher: Any, parts: Iterable[str | bytes]) -> None:
    for part in parts:
        data = part.encode("utf-8", "surrogatepass") if isinstance(part, str) else part
        hasher.update(len(data).to_bytes(8, "big"))
        hasher.update(data)


class TextCache:
    """Text by key in ``root / namespace``, one file per entry, sharded by the key's first byte.

    ``root=None`` is a disabled cache: every lookup misses and nothing is stored.
    """

    def __init__(self, root: Path | None, namespace: str, *, shard: bool = True) -> None:
        self.directory = root / namespace if root is not None else None
        # Lookups build paths as strings: pathlib costs more than the read on a warm run.
        self._base = "" if self.directory is None else str(self.directory) + os.sep
        self._shard = shard
        self._writable = root is not None
        self._made: set[Path] = set()

    @property
    def enabled(self) -> bool:
        """Whether lookups can hit (the cache has a directory)."""
        return self.directory is not None

    @property
    def writable(self) -> bool:
        """Whether entries are still being stored (false after the first failed write)."""
        return self._writable

    def path(self, key: str) -> Path:
        """Where the entry for ``key`` lives (whether or not it exists)."""
        if self.directory is None:
            raise ValueError("the cache is disabled")
        return self.directory / key[:2] / key if self._shard else self.directory / key

    def get(self, key: str) -> str | None:
        """The text stored under ``key``, or ``None`` when absent, unreadable or corrupt."""
        payload = self.get_bytes(key)
        if payload is None:
            return None
        try:
            return payload.decode("utf-8", "surrogatepass")
        except UnicodeDecodeError:
            return None

    def get_bytes(self, key: str) -> bytes | None:
        """The bytes stored under ``key``, or ``None`` when absent, unreadable or corrupt."""
        if self.directory is None:
            return None
        name = f"{key[:2]}{os.sep}{key}" if self._shard else key
        try:
            with open(self._base + name, "rb") as stream:
                data = stream.read()
        except OSError:
            return None
        header, _, payload = data.partition(b"\n")
        if header != _header(key, payload):
            return None
        return payload

    def put(self, key: str, text: str) -> None:
        """Store ``text`` under ``key`` atomically; failures only turn writing off."""
        self.put_bytes(key, text.encode("utf-8", "surrogatepass"))

    def put_bytes(self, key: str, payload: bytes) -> None:
        """Store ``payload`` under ``key`` atomically; failures only turn writing off."""
        if self.directory is None or not self._writable:
            return
        target = self.path(key)
        temporary: str | None = None
        try:
            if target.parent not in self._made:
                target.parent.mkdir(parents=True, exist_ok=True)
                self._made.add(target.parent)
            handle, temporary = tempfile.mkstemp(dir=target.parent, prefix=".", suffix=".tmp")
            with os.fdopen(handle, "wb") as stream:
                stream.write(_header(key, payload) + b"\n" + payload)
            os.replace(temporary, target)
            temporary = None
        except OSError:
            self._writable = False
        finally:
            if temporary is not None:
                try:
                    os.unlink(temporary)
                except OSError:
                    pass

    def prune(self, keep: int | None, max_bytes: int, *, every: float = 0.0) -> None:
        """Delete the oldest entries (by modification time, which :meth:`touch` renews) beyond
        ``keep`` entries or ``max_bytes`` of content, always keeping the newest one.

        With ``every``, at most once per that many seconds (a marker file in the cache records the
        last time): a sharded cache may hold tens of thousands of entries, too many to list on every
        run. Best effort: errors are ignored, and a concurrent run may see an entry vanish (a miss).
        """
        if self.directory is None or not self._writable:
            return
        try:
            if every:
                # A new cache has nothing to prune: its first prune is ``every`` seconds later.
                marker = self.directory / ".pruned"
                first = not marker.exists()
                if first or time.time() - marker.stat().st_mtime < every:
                    if first:
                        marker.touch()
                    return
                marker.touch()
            entries = []
            for entry in self._entries():
                status = entry.stat()
                entries.append((status.st_mtime_ns, status.st_size, entry.path))
            entries.sort(reverse=True)
            total = 0
            for count, (_, size, path) in enumerate(entries):
                total += size
                if count and ((keep is not None and count >= keep) or total > max_bytes):
                    os.unlink(path)
        except OSError:
            pass

    def _entries(self) -> list[os.DirEntry[str]]:
        assert self.directory is not None
        directories = (
            [entry.path for entry in os.scandir(self.directory) if entry.is_dir()]
            if self._shard
            else [str(self.directory)]
        )
        return [
            entry
            for directory in directories
            for entry in os.scandir(directory)
            if entry.is_file() and not entry.name.startswith(".")
        ]

    def touch(self, key: str) -> None:
        """Mark the entry for ``key`` as just used (its modification time), for :meth:`prune`."""
        if self.directory is not None and self._writable:
            try:
                os.utime(self.path(key))
            except OSError:
                pass


def tree_digest(root: Path, suffix: str = "") -> str:
    """SHA-256 of every file under ``root`` whose name ends with ``suffix``: relative paths and
    contents, in a fixed order, ``__pycache__`` skipped. A missing ``root`` digests as empty."""
    parts: list[str | bytes] = []
    for path in sorted(root.rglob(f"*{suffix}")) if root.is_dir() else []:
        relative = path.relative_to(root)
        if "__pycache__" not in relative.parts and path.is_file():
            parts += [relative.as_posix(), path.read_bytes()]
    return digest(*parts)


def _header(key: str, payload: bytes) -> bytes:
    return f"{key} {hashlib.sha256(payload).hexdigest()}".encode("ascii")
