"""What printing a built type (``generator.ir.TypeRef``) makes a generated module import.

models.py, operations.py and client.py import only what they use, as ruff would leave them: the
generated classes a type names, ``typing.Any``, the ``_serde`` helpers. Both builders of stage 3
(``generator.building`` for models and aliases, ``generator.building_operations`` for operations
and the client) decide those imports from the types they built, with these questions.
"""

from __future__ import annotations

from generator.ir import TypeKind, TypeRef


def class_names(type_ref: TypeRef) -> set[str]:
    """The generated classes a type's decoder mentions."""
    names = {type_ref.name} if type_ref.kind in (TypeKind.MODEL, TypeKind.ENUM) else set()
    return names | (class_names(type_ref.item) if type_ref.item else set())


def needs_serde(type_ref: TypeRef) -> bool:
    """Whether a type's decoder is more than ``Model.from_dict``."""
    return type_ref.kind is not TypeKind.MODEL or type_ref.nullable


def mentions_any(type_ref: TypeRef | None) -> bool:
    """Whether a type's annotation mentions ``typing.Any``."""
    if type_ref is None:
        return False
    return type_ref.kind is TypeKind.ANY or mentions_any(type_ref.item)
