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

    @property
    def argument_entry(self) -> str:
        """``"wire-name": attribute``: the entry passing the method's argument on by wire name."""
        return f"{self.wire_name_literal}: {self.attribute}"


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
    #: The ``validators`` function checking the body (``validate_<schema>``), "" when there is none.
    body_validator: str
    responses: tuple[Response, ...]
    #: The first 2xx response: what a call returns. ``None`` when the spec declares no 2xx.
    success: Response | None

    @property
    def registry_entry(self) -> str:
        """``"operationId": CONSTANT``: the operation's entry in ``OPERATIONS``."""
        return f"{self.operation_id_literal}: {self.constant_name}"


@dataclass(frozen=True)
class Region:
    """A named endpoint for the generated clients' ``region=`` argument."""

    name_literal: str
    endpoint_literal: str

    @property
    def entry(self) -> str:
        """``"name": "endpoint"``: the region's entry in the clients' ``REGIONS`` table."""
        return f"{self.name_literal}: {self.endpoint_literal}"


@dataclass(frozen=True)
class Package:
    """Everything generated from one spec."""

    name: str  #: the import name, e.g. ``sms_v3``
    distribution_toml: str  #: the distribution name for the generated pyproject, as a TOML string
    version_toml: str  #: the spec's version when it is a valid PEP 440 version, as a TOML string
    title_doc: str
    spec_sha256: str
    generator_version: str
    #: The "generated, do not edit" line every output file carries (as a comment, or in JSON's
    #: ``$comment``): it names the generator, its version and the spec's SHA-256.
    notice: str
    enums: tuple[EnumClass, ...]
    models: tuple[Model, ...]
    aliases: tuple[Alias, ...]
    operations: tuple[Operation, ...]
    #: Whether models.py mentions ``typing.Any`` (every model does; aliases may).
    needs_any: bool
    #: Every generated class and alias name, in the order ruff wants them imported.
    public_names: tuple[str, ...]
    #: ``public_names`` plus the runtime names (``UNSET``, ``Unset``, ``DecodeError``), in the order
    #: ruff wants in ``__all__`` (after ``SPEC_SHA256``, which sorts first: no class name is
    #: upper case with an underscore).
    exported_names: tuple[str, ...]
    #: Classes that operations.py refers to (body and response types), sorted.
    operation_model_names: tuple[str, ...]
    #: Whether some operation decoder needs the ``_serde`` helpers (anything but a plain model).
    operations_use_serde: bool
    #: Whether some operation's success decoder (what client.py uses) needs the ``_serde`` helpers.
    client_uses_serde: bool
    #: Classes client.py refers to (body and success types), sorted.
    client_model_names: tuple[str, ...]
    #: Names client.py re-exports from ``_http`` (credentials, errors, …), in import order.
    client_runtime_names: tuple[str, ...]
    #: client.py's ``__all__``, in the order ruff wants.
    client_exports: tuple[str, ...]
    #: Whether client.py mentions ``typing.Any``: some operation takes a model body (annotated
    #: ``Model | Mapping[str, Any]``) or has a free-form type in its signature.
    client_takes_mappings: bool
    #: Whether some operation validates its body with ``validators``.
    client_validates: bool
    #: ``<client_name>Client`` and ``Async<client_name>Client`` are the generated client classes.
    client_name: str
    regions: tuple[Region, ...]
    #: Whether some model has an optional field (then models.py needs ``UNSET`` and ``Unset``).
    models_use_unset: bool = True


# --- validators ------------------------------------------------------------------------------


@dataclass(frozen=True)
class FastAccept:
    """One inline test that accepts a value without calling its node function.

    A guard only ever accepts values the node accepts; anything else (a ``bool`` for an integer,
    ``1.0``, NaN, a ``str`` subclass, a value out of range, …) falls through to the node, which
    decides as it always did. So guards change speed, never verdicts or errors. ``kind`` picks the
    test:

    - ``null``, ``true``, ``false``: the value is that very constant;
    - ``string``: the value's class is exactly ``str`` (and it is in ``constant``, if given);
    - ``integer``: the value's class is exactly ``int`` (and it is in ``constant``, if given);
    - ``number``: the value's class is exactly ``int`` or ``float``.

    ``integer`` and ``number`` may also carry bounds: ``lower_literal`` ≤ (or <, when not
    ``lower_inclusive``) the value, and the value ≤ (or <) ``upper_literal``.
    """

    kind: str
    constant: str = ""  #: a ``strings`` or ``integers`` constant: the enum members of that class
    lower_literal: str = ""
    lower_inclusive: bool = True
    upper_literal: str = ""
    upper_inclusive: bool = True


@dataclass(frozen=True)
class Child:
    """A subschema an applicator keyword descends into."""

    function: str  #: the node function validating it
    #: The property name (``properties``) or index (``prefixItems``) as a literal; for
    #: ``patternProperties``, the name of the compiled pattern's constant.
    key_literal: str = ""
    #: Tests (any one suffices) that accept the value inline, before calling ``function``.
    fast_accept: tuple[FastAccept, ...] = ()


@dataclass(frozen=True)
class Check:
    """One keyword of one schema node, compiled.

    Which attributes matter depends on ``keyword`` (the template has one macro per keyword):
    ``constant`` names a module constant holding the keyword's value (an enum set, a compiled
    pattern, a property-name set); ``limit_literal`` is a numeric limit; ``children`` and
    ``function`` are the subschemas it applies.
    """

    keyword: str
    schema_path_literal: str  #: JSON pointer of the keyword in the spec, as a string literal
    message_literal: str = ""  #: fixed part of the error message, as a string literal
    constant: str = ""
    limit_literal: str = ""
    children: tuple[Child, ...] = ()
    function: str = ""
    #: ``patternProperties`` patterns (constant names) that also exempt keys from
    #: ``additionalProperties``.
    pattern_constants: tuple[str, ...] = ()
    #: ``type``: the JSON type names, each printed as an inline test.
    type_names: tuple[str, ...] = ()
    #: ``items``: tests accepting an item inline (see ``Child.fast_accept``); ``anyOf``: tests
    #: accepting the data outright, as some subschema surely does (a nullable's ``data is None``).
    fast_accept: tuple[FastAccept, ...] = ()


@dataclass(frozen=True)
class CheckBlock:
    """Consecutive checks of a node that apply to one JSON type of data only, or to any data.

    ``subject`` is that type (``object``, ``array``, ``string`` or ``number``), tested once for the
    whole block, or ``""``: the checks apply to any data.
    """

    subject: str
    checks: tuple[Check, ...]


@dataclass(frozen=True)
class SchemaNode:
    """One compiled (sub)schema: a function validating data against it."""

    function: str
    pointer_doc: str  #: the schema's JSON pointer, as a docstring body
    blocks: tuple[CheckBlock, ...]  #: the checks, in schema order, in blocks


@dataclass(frozen=True)
class Constant:
    """A module-level constant of validators.py: ``name = <expression over literals>``."""

    name: str
    #: ``pattern`` (compiled regex), ``frozen`` (a set of JSON values under JSON Schema equality),
    #: ``names`` (an ordered tuple of strings), ``nameset`` or ``strings`` (a frozenset of strings)
    #: or ``integers`` (a frozenset of ints).
    kind: str
    value_literal: str  #: the pattern string / the JSON values list / the names list, as literal
    #: The literals of the values or names, one by one (empty for a pattern): the template lays
    #: them out on one line or one per line.
    item_literals: tuple[str, ...] = ()


@dataclass(frozen=True)
class EntryPoint:
    """A public ``validate_<name>`` / ``is_valid_<name>`` pair for one component schema."""

    schema_name_literal: str
    snake_name: str
    function: str


@dataclass(frozen=True)
class ValidatorSection:
    """One component schema's share of validators.py: the constants and node functions its entry
    point needs. Their names are the component's own (``_v_<stem>_<n>``, ``_<KIND>_<stem>_<n>``), so a
    section is the same text whatever the rest of the spec holds (see ``generator.incremental``)."""

    constants: tuple[Constant, ...]
    nodes: tuple[SchemaNode, ...]

    @property
    def uses_patterns(self) -> bool:
        """Whether the section compiles a regular expression (validators.py imports ``re``)."""
        return any(constant.kind == "pattern" for constant in self.constants)


@dataclass(frozen=True)
class ValidatorModule:
    """Everything validators.py is rendered from: the sections compiled (component name → its
    section; a run may compile only some, see ``compile_schemas``) and every entry point."""

    sections: dict[str, ValidatorSection]
    entry_points: tuple[EntryPoint, ...]


@dataclass(frozen=True)
class RenderedSection:
    """A section of a module as rendered text, with what the module must import for it."""

    #: The statements, without blank lines before or after: the module's template puts those.
    text: str
    #: Module-level imports the text needs beyond the module's own (``re``, ``Final``).
    imports: tuple[str, ...] = ()

    @property
    def opens_with_definition(self) -> bool:
        """Whether the text starts with a ``def`` or ``class``: right after the imports, black puts
        two blank lines before one, and one before any other statement."""
        return self.text.startswith(("def ", "class ", "async def ", "@"))
