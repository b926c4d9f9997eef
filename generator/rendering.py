"""Stage 4: render the IR through the Jinja2 templates in ``templates/``.

Templates only print: every name and literal they use was decided and escaped by the builder.
The environment is strict (an undefined variable is an error, not an empty string) and does no
HTML autoescaping — the output is Python, and spec text reaches it already escaped.
"""

from __future__ import annotations

import functools
from collections.abc import Mapping
from pathlib import Path

import jinja2

from generator.ir import Package, ValidatorModule


def _builtin_templates() -> Path:
    """The built-in templates: packaged as ``generator/templates`` in a wheel, ``templates/`` in a
    checkout (and an editable install)."""
    installed = Path(__file__).resolve().parent / "templates"
    return installed if installed.is_dir() else Path(__file__).resolve().parent.parent / "templates"


TEMPLATES_DIR = _builtin_templates()

#: Output path (``{package}`` is the import name) → the template that renders it.
OUTPUTS: tuple[tuple[str, str], ...] = (
    ("pyproject.toml", "pyproject.toml.jinja"),
    ("{package}/__init__.py", "__init__.py.jinja"),
    ("{package}/_http.py", "_http.py.jinja"),
    ("{package}/_serde.py", "_serde.py.jinja"),
    ("{package}/_validation.py", "_validation.py.jinja"),
    ("{package}/auth.py", "auth.py.jinja"),
    ("{package}/models.py", "models.py.jinja"),
    ("{package}/client.py", "client.py.jinja"),
    ("{package}/operations.py", "operations.py.jinja"),
    ("{package}/py.typed", "py.typed.jinja"),
    ("{package}/validators.py", "validators.py.jinja"),
)


@functools.lru_cache(maxsize=8)
def make_environment(overrides: Path | None = None) -> jinja2.Environment:
    """The Jinja2 environment every template is rendered in (cached: it caches compiled templates).

    A template in ``overrides`` replaces the built-in template of the same file name; everything
    else, the shared ``_macros.jinja`` included, falls back to the built-in set.
    """
    search_path = [TEMPLATES_DIR] if overrides is None else [overrides, TEMPLATES_DIR]
    return jinja2.Environment(
        loader=jinja2.FileSystemLoader(search_path),
        undefined=jinja2.StrictUndefined,
        autoescape=False,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
    )


#: Outputs generated only when the spec has operations: a client without methods is no client.
CLIENT_OUTPUTS = frozenset({"{package}/client.py", "{package}/_http.py", "{package}/auth.py"})

#: One standalone JSON Schema document per component schema, named by its class name.
SCHEMA_OUTPUT = ("{package}/schemas/{name}.json", "schema.json.jinja")


def render_package(
    package: Package,
    validators: ValidatorModule,
    schemas: Mapping[str, str] | None = None,
    overrides: Path | None = None,
) -> dict[str, str]:
    """Render every output file: relative POSIX path → text (not yet formatted).

    ``schemas`` maps a file stem (a class name: a safe file name by construction) to the JSON text
    of that schema's standalone document.
    """
    environment = make_environment(overrides)
    files = {
        path.format(package=package.name): environment.get_template(template).render(
            package=package, validators=validators
        )
        for path, template in OUTPUTS
        if package.operations or path not in CLIENT_OUTPUTS
    }
    path, template = SCHEMA_OUTPUT
    for name, schema_json in (schemas or {}).items():
        files[path.format(package=package.name, name=name)] = environment.get_template(
            template
        ).render(package=package, schema_json=schema_json)
    return files
