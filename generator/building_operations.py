"""Stage 3, HTTP half: build the IR of the spec's operations and of the client that calls them.

``generator.building`` builds the types (models, enums, aliases) and assembles the package; the
paths, parameters, request bodies and responses are read here, together with what only client.py
needs (its class name, the region table, its imports). Every schema met here is typed by the model
builder it is given (see :class:`ModelBuilder`), so an inline schema of an operation becomes a class
exactly as it would in a component, and every error is located and worded the same way.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field, replace
from typing import Any, Protocol, TypedDict

from generator import naming, schema_shapes
from generator.errors import SpecError
from generator.ir import Operation, Parameter, Region, Response, TypeKind, TypeRef
from generator.literals import python_literal
from generator.loading import child_pointer
from generator.resolving import ResolvedDocument
from generator.type_imports import class_names, mentions_any, needs_serde

_HTTP_METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")
#: What client.py re-exports from the ``_http`` runtime template (credentials, errors, retries).
_CLIENT_RUNTIME_EXPORTS = (
    "AkSkAuth",
    "ApiError",
    "ClientError",
    "Credentials",
    "ForbiddenError",
    "InvalidResponseError",
    "RateLimitedError",
    "RequestValidationError",
    "RetryPolicy",
    "ServerError",
    "TokenAuth",
)


class ModelBuilder(Protocol):
    """What operations need from the model builder (``generator.building``, which documents it)."""

    resolved: ResolvedDocument

    def error(self, pointer: str, message: str) -> SpecError: ...

    def mapping(self, node: Any, pointer: str) -> dict[str, Any]: ...

    def schema(self, pointer: str) -> dict[str, Any]: ...

    def type_of(self, pointer: str, schema: dict[str, Any], owner: str, role: str) -> TypeRef: ...

    def docstring(self, text: str) -> str: ...

    def component_name(self, pointer: str) -> str | None: ...


class ApiFields(TypedDict):
    """The fields of :class:`generator.ir.Package` about operations.py and client.py."""

    operations: tuple[Operation, ...]
    operation_model_names: tuple[str, ...]
    operations_use_serde: bool
    client_uses_serde: bool
    client_model_names: tuple[str, ...]
    client_runtime_names: tuple[str, ...]
    client_exports: tuple[str, ...]
    client_takes_mappings: bool
    client_validates: bool
    client_name: str
    regions: tuple[Region, ...]


@dataclass
class OperationsBuilder:
    """Builds the operations with ``models``, then (once the package is named) the client."""

    models: ModelBuilder
    #: (operation pointer, constant name) of every operation, checked against the class names.
    constants: list[tuple[str, str]] = field(default_factory=list)

    def operations(self, root: dict[str, Any]) -> tuple[Operation, ...]:
        """Every operation, sorted by constant name as ruff sorts imports (client.py imports them
        all; the names are unique)."""
        by_constant = {operation.constant_name: operation for operation in self._operations(root)}
        return tuple(by_constant[name] for name in naming.import_order(by_constant))

    def package_fields(
        self,
        operations: tuple[Operation, ...],
        root: dict[str, Any],
        info: dict[str, Any],
        package_name: str,
    ) -> ApiFields:
        """The package's fields about operations.py and client.py, for ``operations``."""
        # Every type client.py spells out in a signature: bodies, parameters, success responses.
        client_types = [
            type_ref
            for operation in operations
            for type_ref in (
                operation.body,
                operation.success and operation.success.type,
                *(parameter.type for parameter in operation.parameters),
            )
            if type_ref
        ]
        operation_types = [
            type_ref
            for operation in operations
            for type_ref in [operation.body, *(response.type for response in operation.responses)]
            if type_ref is not None
        ]
        client_name = self._client_name(info, package_name)
        return ApiFields(
            operations=operations,
            operation_model_names=naming.import_order(
                {name for type_ref in operation_types for name in class_names(type_ref)}
            ),
            operations_use_serde=any(needs_serde(type_ref) for type_ref in operation_types),
            client_uses_serde=any(
                needs_serde(operation.success.type)
                for operation in operations
                if operation.success and operation.success.type
            ),
            client_model_names=naming.import_order(
                {name for type_ref in client_types for name in class_names(type_ref)}
            ),
            client_runtime_names=naming.import_order(_CLIENT_RUNTIME_EXPORTS),
            client_exports=naming.dunder_all_order(
                [
                    *_CLIENT_RUNTIME_EXPORTS,
                    "REGIONS",
                    f"{client_name}Client",
                    f"Async{client_name}Client",
                ]
            ),
            client_takes_mappings=any(map(mentions_any, client_types))
            or any(
                operation.body and operation.body.kind is TypeKind.MODEL for operation in operations
            ),
            client_validates=any(operation.body_validator for operation in operations),
            client_name=client_name,
            regions=self._regions(root),
        )

    def _client_name(self, info: dict[str, Any], package_name: str) -> str:
        """``info.x-client-name`` (e.g. ``Sms`` → ``SmsClient``), else the package's class name."""
        name = info.get("x-client-name", package_name)
        if not isinstance(name, str):
            raise self.models.error("/info/x-client-name", "x-client-name must be a string")
        return naming.class_name(name)

    def _regions(self, root: dict[str, Any]) -> tuple[Region, ...]:
        """The ``x-regions`` table (region → endpoint URL) of the first server, if any."""
        servers = root.get("servers") or [{}]
        pointer = "/servers/0/x-regions"
        regions = self.models.mapping(servers[0], "/servers/0").get("x-regions", {})
        table = self.models.mapping(regions, pointer)
        for name, endpoint in table.items():
            if not isinstance(endpoint, str) or not endpoint.startswith(("https://", "http://")):
                raise self.models.error(
                    child_pointer(pointer, name), "a region's endpoint must be an URL"
                )
        return tuple(
            Region(python_literal(name), python_literal(endpoint.rstrip("/")))
            for name, endpoint in sorted(table.items())
        )

    def _operations(self, root: dict[str, Any]) -> Iterator[Operation]:
        paths = self.models.mapping(root.get("paths", {}), "/paths")
        seen: list[tuple[str, str]] = []
        for path in paths:
            # A path item may be a reference (to ``#/components/pathItems/...`` in 3.1).
            path_pointer = self.models.resolved.follow(child_pointer("/paths", path))
            path_item = self.models.mapping(
                self.models.resolved.node_at(path_pointer), path_pointer
            )
            for method in _HTTP_METHODS:
                if method not in path_item:
                    continue
                operation_pointer = child_pointer(path_pointer, method)
                operation = self._operation(
                    path,
                    method,
                    path_item,
                    self.models.mapping(path_item[method], operation_pointer),
                    operation_pointer,
                )
                seen.append((operation_pointer, operation.function_name))
                # operations.py defines the constant next to the classes it imports.
                self.constants.append((operation_pointer, operation.constant_name))
                yield operation
        try:
            naming.check_unique(seen, "the operations")
        except naming.NameCollisionError as exc:
            raise self.models.error("/paths", str(exc)) from None

    def _operation(
        self,
        path: str,
        method: str,
        path_item: dict[str, Any],
        operation: dict[str, Any],
        pointer: str,
    ) -> Operation:
        operation_id = operation.get("operationId") or f"{method} {path}"
        if not isinstance(operation_id, str):
            raise self.models.error(
                child_pointer(pointer, "operationId"),
                f"operationId must be a string, not {schema_shapes.json_type(operation_id)}",
            )
        parameters = self._parameters(path_item, operation, pointer)
        try:
            naming.check_unique(
                ((item.wire_name_literal, item.attribute) for item in parameters),
                f"in {operation_id}, parameters",
            )
        except naming.NameCollisionError as exc:
            raise self.models.error(child_pointer(pointer, "parameters"), str(exc)) from None
        body, body_required = self._request_body(operation, pointer, operation_id)
        body_schema = self._request_body_schema(operation, pointer)
        responses = tuple(self._responses(operation, pointer, operation_id))
        success = next((item for item in responses if item.status_literal[1:2] == "2"), None)
        text = operation.get("description") or operation.get("summary") or ""
        return Operation(
            function_name=naming.function_name(operation_id),
            constant_name=naming.constant_name(operation_id),
            operation_id_literal=python_literal(operation_id),
            method_literal=python_literal(method.upper()),
            path_literal=python_literal(path),
            doc=self.models.docstring(str(text)),
            parameters=parameters,
            body=body,
            body_required=body_required,
            body_validator=(
                f"validate_{naming.schema_function_stem(body_schema)}" if body_schema else ""
            ),
            responses=responses,
            success=success,
        )

    def _parameters(
        self, path_item: dict[str, Any], operation: dict[str, Any], pointer: str
    ) -> tuple[Parameter, ...]:
        """Path-level parameters overridden by operation-level ones with the same name and place."""
        collected: dict[tuple[str, str], Parameter] = {}
        path_pointer = pointer.rsplit("/", 1)[0]
        for owner, owner_pointer in ((path_item, path_pointer), (operation, pointer)):
            list_pointer = child_pointer(owner_pointer, "parameters")
            entries = owner.get("parameters", [])
            if not isinstance(entries, list):
                raise self.models.error(list_pointer, "parameters must be a list")
            for index in range(len(entries)):
                entry_pointer = self.models.resolved.follow(child_pointer(list_pointer, index))
                entry = self.models.mapping(
                    self.models.resolved.node_at(entry_pointer), entry_pointer
                )
                name, location = entry.get("name"), entry.get("in")
                if not isinstance(name, str) or location not in (
                    "path",
                    "query",
                    "header",
                    "cookie",
                ):
                    raise self.models.error(
                        entry_pointer, "a parameter needs a string 'name' and a valid 'in'"
                    )
                schema_pointer = child_pointer(entry_pointer, "schema")
                schema = self.models.schema(schema_pointer) if "schema" in entry else {}
                required = bool(entry.get("required", location == "path"))
                parameter_type = self.models.type_of(
                    schema_pointer, schema, naming.class_name(name), ""
                )
                collected[(name, location)] = Parameter(
                    wire_name_literal=python_literal(name),
                    attribute=naming.attribute_name(name),
                    location=location,
                    required=required,
                    # An optional parameter's None means "not sent" (a query string or header
                    # cannot carry null anyway), so its type need not say None again.
                    type=parameter_type if required else replace(parameter_type, nullable=False),
                )
        return tuple(collected.values())

    def _request_body(
        self, operation: dict[str, Any], pointer: str, operation_id: str
    ) -> tuple[TypeRef | None, bool]:
        if "requestBody" not in operation:
            return None, False
        body_pointer = self.models.resolved.follow(child_pointer(pointer, "requestBody"))
        body = self.models.mapping(self.models.resolved.node_at(body_pointer), body_pointer)
        return self._json_content_type(body, body_pointer, operation_id, "Body"), bool(
            body.get("required", False)
        )

    def _request_body_schema(self, operation: dict[str, Any], pointer: str) -> str:
        """The component schema name of a JSON body that is a ``$ref`` to one, else ""."""
        if "requestBody" not in operation:
            return ""
        body_pointer = self.models.resolved.follow(child_pointer(pointer, "requestBody"))
        content_pointer = child_pointer(body_pointer, "content")
        for media_type in self.models.resolved.node_at(body_pointer).get("content", {}):
            schema_pointer = child_pointer(child_pointer(content_pointer, media_type), "schema")
            target = self.models.resolved.direct_targets.get(schema_pointer, "")
            name = self.models.component_name(target)
            if name is not None:
                return name
        return ""

    def _responses(
        self, operation: dict[str, Any], pointer: str, operation_id: str
    ) -> Iterator[Response]:
        responses_pointer = child_pointer(pointer, "responses")
        responses = self.models.mapping(operation.get("responses", {}), responses_pointer)
        for status in responses:
            response_pointer = self.models.resolved.follow(child_pointer(responses_pointer, status))
            response = self.models.mapping(
                self.models.resolved.node_at(response_pointer), response_pointer
            )
            yield Response(
                status_literal=python_literal(status),
                type=self._json_content_type(
                    response, response_pointer, operation_id, f"Response {status}"
                ),
                doc=self.models.docstring(str(response.get("description", ""))),
            )

    def _json_content_type(
        self, owner: dict[str, Any], pointer: str, operation_id: str, role: str
    ) -> TypeRef | None:
        content_pointer = child_pointer(pointer, "content")
        content = self.models.mapping(owner.get("content", {}), content_pointer)
        for media_type in content:
            if media_type.split(";")[0].strip() in (
                "application/json",
                "*/*",
            ) or media_type.endswith("+json"):
                media_pointer = child_pointer(content_pointer, media_type)
                media = self.models.mapping(content[media_type], media_pointer)
                if "schema" not in media:
                    return TypeRef(TypeKind.ANY)
                schema_pointer = child_pointer(media_pointer, "schema")
                return self.models.type_of(
                    schema_pointer,
                    self.models.schema(schema_pointer),
                    naming.class_name(operation_id),
                    role,
                )
        return None
