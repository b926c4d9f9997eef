"""The intermediate representation: everything templates may see, and nothing else.

Templates never read the raw spec. The builder (``generator.building``) turns a resolved spec into
these frozen dataclasses, having already decided every name and escaped every piece of spec text:
attributes ending in ``_literal`` are Python source of a literal, attributes ending in ``_doc`` are
docstring bodies (see ``generator.literals``), and names are valid identifiers (``generator.naming``).
A template can therefore print any of them verbatim without being able to produce broken or
injected code.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass


class TypeKind(enum.Enum):
    """What kind of Python type a schema becomes."""

    PRIMITIVE = "primitive"  #: ``str``, ``int``, ``float``, ``bool``
    ANY = "any"  #: a schema without a usable type: any JSON value
    MODEL = "model"  #: a generated dataclass
    ENUM = "enum"  #: a generated enum class
    LIST = "list"  #: ``list[item]``
    MAP = "map"  #: ``dict[str, item]`` (``additionalProperties`` or a free-form object)


@dataclass(frozen=True)
class TypeRef:
    """The Python type of a field, parameter or array item."""

    kind: TypeKind
    #: ``str``/``int``/``float``/``bool`` for primitives, the class name for models and enums.
    name: str = ""
    #: The item type of a list or map.
    item: TypeRef | None = None
    #: Whether JSON ``null`` is a valid value (3.1 ``type: [..., "null"]``).
    nullable: bool = False


@dataclass(frozen=True)
class Field:
    """One property of a model."""

    wire_name_literal: str  #: the JSON key, as a Python string literal
    attribute: str  #: the snake_case attribute name
    type: TypeRef
    required: bool
    doc: str  #: docstring body: the description, plus the spec default when there is one


@dataclass(frozen=True)
class Model:
    """A dataclass generated from an object schema."""

    class_name: str
    doc: str
    fields: tuple[Field, ...]


@dataclass(frozen=True)
class EnumMember:
    name: str
    value_literal: str


@dataclass(frozen=True)
class EnumClass:
    """An ``enum`` class generated from a string or integer ``enum`` keyword."""

    class_name: str
    #: ``str`` or ``int``: the mixin base, so members compare equal to their wire values.
    base: str
    doc: str
    members: tuple[EnumMember, ...]


@dataclass(frozen=True)
class Alias:
    """A component schema that only names another type (``A: {$ref: B}``)."""

    name: str
    target: TypeRef


@dataclass(frozen=True)
class Parameter:
    """A path, query or header parameter of an operation."""

    wire_name_literal: str
    attribute: str
    location: str  #: ``path``, ``query`` or ``header``
    required: bool
    type: TypeRef


@dataclass(frozen=True)
class Response:
    status_literal: str  #: the status code (or ``default``) as a string literal
    type: TypeRef | None  #: ``None`` when the response has no JSON body
    doc: str


@dataclass(frozen=True)
class Operation:
    """One HTTP operation of the spec."""

    function_name: str  #: snake_case, e.g. ``update_task``
    constant_name: str  #: UPPER_SNAKE, e.g. ``UPDATE_TASK``
    operation_id_literal: str
    method_literal: str  #: upper-case HTTP method as a string literal
    path_literal: str  #: the path template as a string literal
    doc: str
    parameters: tuple[Parameter, ...]
    body: TypeRef | None
    body_required: bool
    responses: tuple[Response, ...]


@dataclass(frozen=True)
class Package:
    """Everything generated from one spec."""

    name: str  #: the import name, e.g. ``sms_v3``
    distribution_toml: str  #: the distribution name for the generated pyproject, as a TOML string
    version_toml: str  #: the spec's version when it is a valid PEP 440 version, as a TOML string
    title_doc: str
    spec_sha256: str
    generator_version: str
    enums: tuple[EnumClass, ...]
    models: tuple[Model, ...]
    aliases: tuple[Alias, ...]
    operations: tuple[Operation, ...]
    #: Whether models.py mentions ``typing.Any`` (every model does; aliases may).
    needs_any: bool
    #: Every generated class and alias name, in the order ruff wants them imported.
    public_names: tuple[str, ...]
    #: ``public_names`` plus the runtime names (``UNSET``, ``Unset``, ``DecodeError``), in the order
    #: ruff wants in ``__all__``.
    exported_names: tuple[str, ...]
    #: Classes that operations.py refers to (body and response types), sorted.
    operation_model_names: tuple[str, ...]
    #: Whether some operation decoder needs the ``_serde`` helpers (anything but a plain model).
    operations_use_serde: bool
