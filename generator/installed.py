"""The installed version of a distribution, read from its ``*.dist-info`` directory.

Every run puts the versions of the libraries its output depends on into its memo keys, and checks
black's. ``importlib.metadata`` answers that by finding the distribution's ``*.dist-info``
directory on ``sys.path`` and reading the ``Version`` field of its ``METADATA``; importing it costs
more (about 25 ms: it brings in the ``email``, ``zipfile`` and ``csv`` modules) than a memoized
run spends on everything else. This does the same lookup with ``os.scandir``, for the common case,
and leaves any other (an ``.egg-info``, a zipped path entry, a name it cannot match) to
``importlib.metadata`` itself, so the answer is always the one ``importlib.metadata`` gives.
"""

from __future__ import annotations

import functools
import os
import re
import sys

_SEPARATORS = re.compile(r"[-_.]+")


def version(name: str) -> str | None:
    """The version of distribution ``name`` (``None`` when it is not installed)."""
    wanted = _normalized(name)
    for entry in sys.path:
        found = _distributions(entry or ".").get(wanted)
        if found is None:
            continue
        if found.endswith(".dist-info"):
            installed = _metadata_version(os.path.join(entry or ".", found))
            if installed is not None:
                return installed
        return _from_importlib(name)  # an .egg-info, two candidates, or no readable METADATA
    # Not in any directory; a path entry that is no directory (a zip file) may still hold it.
    return _from_importlib(name) if _has_unreadable_entries() else None


def _normalized(name: str) -> str:
    """A distribution name as PEP 503 compares them (and as dist-info directories spell them)."""
    return _SEPARATORS.sub("_", name).lower()


@functools.cache
def _distributions(entry: str) -> dict[str, str]:
    """Normalized name → the ``.dist-info`` or ``.egg-info`` directory of that distribution in the
    ``sys.path`` entry ``entry`` ("" when there are several: ``importlib.metadata`` decides);
    empty for anything that is not a readable directory."""
    found: dict[str, str] = {}
    try:
        with os.scandir(entry) as entries:
            names = [item.name for item in entries]
    except OSError:
        return found
    for directory in names:
        if directory.endswith((".dist-info", ".egg-info")):
            distribution = _normalized(directory.rsplit(".", 1)[0].split("-", 1)[0])
            found[distribution] = "" if distribution in found else directory
    return found


def _has_unreadable_entries() -> bool:
    """Whether some ``sys.path`` entry is not a readable directory (a zip file, a missing path):
    a distribution there is only visible to ``importlib.metadata``."""
    return any(not os.path.isdir(entry or ".") for entry in sys.path)


def _metadata_version(directory: str) -> str | None:
    """The ``Version`` header of the ``METADATA`` file in ``directory``, if it can be read."""
    try:
        with open(os.path.join(directory, "METADATA"), encoding="utf-8") as stream:
            for line in stream:
                if not line.strip():
                    return None  # the headers end here
                if line.startswith("Version:"):
                    return line[len("Version:") :].strip()
    except (OSError, UnicodeDecodeError):
        return None
    return None


def _from_importlib(name: str) -> str | None:
    from importlib.metadata import PackageNotFoundError
    from importlib.metadata import version as metadata_version

    try:
        return metadata_version(name)
    except PackageNotFoundError:
        return None
