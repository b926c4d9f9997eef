"""Parse the API doc text dump (shared/seed) so the tests can compare the spec with the doc itself.

The dump flattens every HTML table into pipe-terminated cells, one cell per line::

    |
    name |
    Yes |
    String |
    The task name, which is defined by the user. |

A table starts with a lone ``|`` line followed by its header cells and a ``|---|...|``
separator; each row starts with a lone ``|`` line. Parsing this at test time (instead of copying
the tables into the tests) is what lets the conformance test notice a spec that drifts from the doc.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

SEED_PATH: Path = Path(__file__).parents[2].parent / "shared" / "seed" / "000_983a379493b4b729.txt"

_ENUM_TRAILER = "The value can be:"
_RANGE_RE = re.compile(r"\bRange:? (-?\d+(?:\.\d+)?) to (-?\d+(?:\.\d+)?)")
_DEFAULT_RE = re.compile(r"\bDefault Value (\S+)")


@dataclass(frozen=True)
class DocRow:
    """One parameter row; ``mandatory`` is None where the table has no Mandatory column."""

    name: str
    mandatory: bool | None
    type: str
    description: str


@dataclass(frozen=True)
class DocTable:
    """A table of the dump: its header cells and its rows, each row a tuple of cell texts."""

    header: tuple[str, ...]
    cells: tuple[tuple[str, ...], ...]

    @property
    def is_parameter_table(self) -> bool:
        """Parameter tables have "Parameter" as first column (unlike the status-code table)."""
        return self.header[0] == "Parameter"

    def rows(self) -> list[DocRow]:
        """The rows as DocRow, reading the Mandatory column only where the table has one."""
        columns = {name: index for index, name in enumerate(self.header)}
        mandatory_col = columns.get("Mandatory")
        return [
            DocRow(
                name=row[columns["Parameter"]],
                mandatory=None if mandatory_col is None else row[mandatory_col] == "Yes",
                type=row[columns["Type"]],
                description=row[columns["Description"]],
            )
            for row in self.cells
        ]


def read_seed(path: Path = SEED_PATH) -> str:
    """The doc dump's text (read-only input shared by all tests)."""
    return path.read_text(encoding="utf-8")


def _read_cells(lines: list[str], start: int, count: int) -> tuple[tuple[str, ...], int]:
    """Read ``count`` cells from ``lines[start:]``; a cell may span lines and ends with " |"."""
    cells: list[str] = []
    buffer: list[str] = []
    index = start
    while len(cells) < count:
        line = lines[index]
        index += 1
        if line.endswith(" |"):
            buffer.append(line[:-2])
            cells.append(" ".join(part.strip() for part in buffer).strip())
            buffer = []
        else:
            buffer.append(line)
    return tuple(cells), index


def _separator_after(lines: list[str], index: int) -> int | None:
    """If ``lines[index]`` opens a table (its next pipe-led line is ``|---...``), that line's index.

    Rows and tables both open with a lone ``|``; only a table's one is followed by header cells and
    the separator, which is how back-to-back tables are told apart from one more row.
    """
    if lines[index] != "|":
        return None
    following = next((i for i in range(index + 1, len(lines)) if lines[i].startswith("|")), None)
    return following if following is not None and lines[following].startswith("|---") else None


def parse_tables(text: str) -> list[DocTable]:
    """Every pipe table of the dump, in document order."""
    lines = text.splitlines()
    tables: list[DocTable] = []
    index = 0
    while index < len(lines):
        separator = _separator_after(lines, index)
        if separator is None:
            index += 1
            continue
        header, _ = _read_cells(lines, index + 1, separator - index - 1)
        index = separator + 1
        rows: list[tuple[str, ...]] = []
        while index < len(lines) and lines[index] == "|" and _separator_after(lines, index) is None:
            row, index = _read_cells(lines, index + 1, len(header))
            rows.append(row)
        tables.append(DocTable(header=header, cells=tuple(rows)))
    return tables


def parameter_tables(text: str) -> list[DocTable]:
    """The parameter tables (path, header, request body, responses), in document order."""
    return [table for table in parse_tables(text) if table.is_parameter_table]


def _number(token: str) -> int | float:
    """A range bound as the doc wrote it: "0" stays an int, "0.0" becomes a float."""
    return float(token) if "." in token else int(token)


def doc_range(description: str) -> tuple[int | float, int | float] | None:
    """(minimum, maximum) from "Range a to b" / "Range: a to b", or None without a range."""
    match = _RANGE_RE.search(description)
    return None if match is None else (_number(match.group(1)), _number(match.group(2)))


def doc_default(description: str) -> str | None:
    """The raw text after "Default Value", or None; the caller types it (it knows the row type)."""
    match = _DEFAULT_RE.search(description)
    return None if match is None else match.group(1)


def has_lost_enum(description: str) -> bool:
    """True where the doc said "The value can be:" and the dump lost the list that followed."""
    return description.endswith(_ENUM_TRAILER)


def clean_description(description: str) -> str:
    """The doc's prose as the spec carries it: no enum trailer, no Range or Default Value pieces.

    Those pieces become the ``enum``, ``minimum``/``maximum`` and ``default`` keywords instead.
    """
    text = description.removesuffix(_ENUM_TRAILER)
    text = _RANGE_RE.sub("", text)
    text = _DEFAULT_RE.sub("", text)
    return " ".join(text.split())


def _json_after(text: str, marker: str, start: int) -> tuple[Any, int]:
    """Decode the JSON object that opens a line after ``marker`` (searched from ``start``).

    The object must start a line: the marker's own line may hold braces (``https://{endpoint}``).
    """
    brace = text.index("\n{", text.index(marker, start)) + 1
    value, end = json.JSONDecoder().raw_decode(text, brace)
    return value, end


def doc_examples(text: str) -> dict[str, Any]:
    """The doc's example request body and its 200 and 403 example responses, parsed as JSON."""
    request, end = _json_after(
        text, "put https://{endpoint}/v3/tasks/", text.index("Example Request")
    )
    responses = text.index("Example Response", end)
    ok, end = _json_after(text, "Status code: 200", responses)
    forbidden, _ = _json_after(text, "Status code: 403", end)
    return {"request": request, "200": ok, "403": forbidden}
