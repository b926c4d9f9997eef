"""Python names for spec names: valid by construction, stable, and never silently merged.

Spec names are arbitrary strings (``g:EnterpriseProjectId``, ``1st``, ``""``, ``class``, ``größe``).
Each helper here maps one kind of name to an identifier that is always valid Python, depends only on
the input string (so regeneration is stable), and keeps distinct ASCII words distinct. When two spec
names still map to one Python name, :func:`check_unique` reports it: a silent overwrite would lose a
field or a class.
"""

from __future__ import annotations

import builtins
import hashlib
import keyword
import re
import unicodedata
from collections.abc import Iterable

#: Names an attribute must not take: keywords, soft keywords and builtins (a field named ``str`` would
#: shadow the builtin in the class body's annotations for type checkers). ``id`` is exempt, as in
#: openapi-python-client: it is the most common field name and shadowing it is harmless.
_RESERVED_ATTRIBUTES = (
    set(keyword.kwlist)
    | set(keyword.softkwlist)
    | set(dir(builtins))
    | {"self", "cls"}
    # Members every generated model defines itself, and names its class body calls.
    | {"additional_properties", "from_dict", "to_dict", "wire_names", "field", "dataclass"}
) - {"id"}

#: Module-level names of the generated code that a class must not take.
RESERVED_CLASS_NAMES = frozenset(
    {"Any", "ClassVar", "DecodeError", "Enum", "Final", "TypeAlias", "UNSET", "Unset"}
    | {"Callable", "Hashable", "Mapping", "OperationInfo", "ParameterInfo", "OPERATIONS"}
    | {"SCHEMAS", "ValidationError"}
    | set(dir(builtins))
    | set(keyword.kwlist)
)

_CAMEL_BOUNDARY = re.compile(r"(?<=[a-z0-9])(?=[A-Z])|(?<=[A-Z])(?=[A-Z][a-z])")
_NOT_WORD = re.compile(r"[^A-Za-z0-9]+")
_PLAIN_CLASS_NAME = re.compile(r"[A-Za-z][A-Za-z0-9]*")


class NameCollisionError(ValueError):
    """Two different spec names map to the same Python name."""

    def __init__(self, what: str, first: str, second: str, python_name: str) -> None:
        super().__init__(
            f"{what} {first!r} and {second!r} both become the Python name {python_name!r}"
        )
        self.first = first
        self.second = second
        self.python_name = python_name


def words(name: str) -> list[str]:
    """Split a spec name into lowercase ASCII words.

    camelCase and PascalCase boundaries split words; any other character separates them. Accented
    letters lose their accents (``é`` → ``e``); other non-ASCII characters become ``u`` plus their
    code point in hex, so that distinct non-ASCII names stay distinct.
    """
    ascii_text = "".join(_ascii_piece(char) for char in unicodedata.normalize("NFKD", name))
    spaced = _CAMEL_BOUNDARY.sub(" ", ascii_text)
    return [word.lower() for word in _NOT_WORD.split(spaced) if word]


def _ascii_piece(char: str) -> str:
    if char.isascii():
        return char
    if unicodedata.combining(char):
        return ""
    return f" u{ord(char):04x} "


def attribute_name(name: str) -> str:
    """A snake_case attribute or parameter name for a property or parameter called ``name``."""
    result = "_".join(words(name)) or "field"
    if result[0].isdigit():
        result = f"field_{result}"
    if result in _RESERVED_ATTRIBUTES:
        result = f"{result}_"
    return result


def class_name(name: str) -> str:
    """A PascalCase class name; names that already are plain alphanumeric keep their spelling."""
    if _PLAIN_CLASS_NAME.fullmatch(name):
        result = name[0].upper() + name[1:]
    else:
        result = "".join(word.capitalize() for word in words(name)) or "Model"
        if result[0].isdigit():
            result = f"Model{result}"
    if result in RESERVED_CLASS_NAMES:
        result = f"{result}Model"
    return result


#: Inline class names longer than this get their owner part shortened (see inline_class_name).
MAX_INLINE_CLASS_NAME = 100


def inline_class_name(owner: str, role: str) -> str:
    """The class name of an inline schema: its owner's class name plus its role in PascalCase.

    ``Box`` + ``inner`` → ``BoxInner``. Each nesting level appends its role, so a schema nested
    hundreds of levels deep would get a name as long as its path, and the output would grow with
    the square of the depth. Past :data:`MAX_INLINE_CLASS_NAME` characters the owner part is cut
    to its first 40 characters plus 8 hex digits of its SHA-256: still stable and distinct.
    """
    role_name = class_name(role) if role else ""
    name = owner + role_name
    if len(name) <= MAX_INLINE_CLASS_NAME:
        return name
    digest = hashlib.sha256(owner.encode("utf-8")).hexdigest()[:8].upper()
    return f"{owner[:40]}{digest}{role_name}"


def enum_member_name(value: str | int) -> str:
    """An UPPER_SNAKE member name for an enum value (``""`` → ``EMPTY``, ``2`` → ``VALUE_2``)."""
    if isinstance(value, int):
        return f"VALUE_{value}" if value >= 0 else f"VALUE_MINUS_{-value}"
    result = "_".join(words(value)).upper()
    if not result:
        return "EMPTY"
    if result[0].isdigit():
        return f"VALUE_{result}"
    return result


def schema_function_stem(name: str) -> str:
    """The ``<stem>`` of ``validate_<stem>`` / ``is_valid_<stem>`` for a component schema name."""
    return attribute_name(name).rstrip("_")


def function_name(name: str) -> str:
    """A snake_case function name for an operation id such as ``UpdateTask``."""
    return attribute_name(name)


def constant_name(name: str) -> str:
    """An UPPER_SNAKE module constant name for an operation id such as ``UpdateTask``."""
    return attribute_name(name).rstrip("_").upper()


def import_order(names: Iterable[str]) -> tuple[str, ...]:
    """``names`` in the order ruff's isort rule (I001) wants inside one ``from … import (…)``.

    Generated code must already be sorted to pass ``ruff check``: constants first, then classes,
    then the rest; natural order (``Item9`` before ``Item10``), ignoring case.
    """
    return tuple(
        sorted(names, key=lambda name: (_member_group(name), _natural(name.lower()), name))
    )


def dunder_all_order(names: Iterable[str]) -> tuple[str, ...]:
    """``names`` in the order ruff's RUF022 wants in ``__all__``: like imports, but case-sensitive."""
    return tuple(sorted(names, key=lambda name: (_member_group(name), _natural(name))))


def _member_group(name: str) -> int:
    """isort's order-by-type: 0 constants (``UNSET``), 1 classes (``Unset``), 2 everything else."""
    if len(name) > 1 and name.isupper():
        return 0
    return 1 if name[:1].isupper() else 2


def _natural(text: str) -> list[str | int]:
    """Sort key comparing digit runs as numbers; tokens alternate str, int, str, … so they compare."""
    return [int(token) if token.isdigit() else token for token in re.split(r"(\d+)", text)]


def check_unique(pairs: Iterable[tuple[str, str]], what: str) -> None:
    """Raise :class:`NameCollisionError` when two different spec names share one Python name.

    ``pairs`` are (spec name, Python name); ``what`` says what kind of name it is, for the message.
    """
    owners: dict[str, str] = {}
    for spec_name, python_name in pairs:
        other = owners.setdefault(python_name, spec_name)
        if other != spec_name:
            raise NameCollisionError(what, other, spec_name, python_name)
