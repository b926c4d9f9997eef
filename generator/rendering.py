"""Stage 4: render the IR through the Jinja2 templates in ``templates/``.

Templates only print: every name and literal they use was decided and escaped by the builder.
The environment is strict (an undefined variable is an error, not an empty string) and does no
HTML autoescaping — the output is Python, and spec text reaches it already escaped.

Compiling the templates costs more than a whole small run spends on anything else, so the
built-in templates ship precompiled in ``generator/compiled_templates`` (as Python ships ``.pyc``
files), made by :func:`compile_builtin_templates` (``python tests/refresh_golden.py``; a test
fails while they are stale). They are used only when they were compiled from exactly the
templates on disk, by this Jinja2 version; otherwise the templates are compiled as they load.
"""

from __future__ import annotations

import functools
import shutil
import tempfile
from collections.abc import Callable, Iterable, Mapping, Sequence
from pathlib import Path

import jinja2

from generator.caching import tree_digest
from generator.formatting import LINE_LENGTH, line_width
from generator.ir import (
    EnumClass,
    Model,
    Package,
    RenderedSection,
    ValidatorModule,
    ValidatorSection,
)


def _builtin_templates() -> Path:
    """The built-in templates: packaged as ``generator/templates`` in a wheel, ``templates/`` in a
    checkout (and an editable install)."""
    installed = Path(__file__).resolve().parent / "templates"
    return installed if installed.is_dir() else Path(__file__).resolve().parent.parent / "templates"


TEMPLATES_DIR = _builtin_templates()

#: The precompiled built-in templates, and the file naming what they were compiled from.
COMPILED_DIR = Path(__file__).resolve().parent / "compiled_templates"
COMPILED_INDEX = COMPILED_DIR / "SOURCE"

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
    builtin = _builtin_loader()
    if overrides is None:
        return _environment(builtin)
    return _environment(jinja2.ChoiceLoader([jinja2.FileSystemLoader(overrides), builtin]))


def _environment(loader: jinja2.BaseLoader) -> jinja2.Environment:
    environment = jinja2.Environment(
        loader=loader,
        undefined=jinja2.StrictUndefined,
        autoescape=False,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
    )
    # Templates write code as black would (see generator.formatting), which needs black's limit.
    environment.filters["width"] = line_width
    environment.filters["python_tuple"] = python_tuple
    environment.globals["line_length"] = LINE_LENGTH
    return environment


def _builtin_loader() -> jinja2.BaseLoader:
    """The precompiled built-in templates when they are current, else the template files."""
    try:
        current = COMPILED_INDEX.read_text(encoding="utf-8") == _compiled_source()
    except OSError:
        current = False
    if current:
        return jinja2.ModuleLoader(str(COMPILED_DIR))
    return jinja2.FileSystemLoader(TEMPLATES_DIR)


def _compiled_source() -> str:
    """What precompiled templates must have been compiled from: the Jinja2 version and the
    digest of every built-in template (the environment's options are fixed in this module, whose
    source is part of the digest too)."""
    sources = tree_digest(TEMPLATES_DIR, ".jinja")
    this_module = tree_digest(Path(__file__).resolve().parent, "rendering.py")
    return f"jinja2=={jinja2.__version__} templates={sources} rendering={this_module}\n"


def compile_builtin_templates(target: Path = COMPILED_DIR) -> None:
    """(Re)write the precompiled built-in templates into ``target``, replacing what was there."""
    with tempfile.TemporaryDirectory(dir=target.parent) as scratch:
        staging = Path(scratch) / target.name
        _environment(jinja2.FileSystemLoader(TEMPLATES_DIR)).compile_templates(
            str(staging), zip=None, filter_func=_is_template, ignore_errors=False
        )
        (staging / "__init__.py").write_text(
            '"""Precompiled built-in templates: generated by generator.rendering, do not edit."""\n',
            encoding="utf-8",
        )
        (staging / COMPILED_INDEX.name).write_text(_compiled_source(), encoding="utf-8")
        shutil.rmtree(target, ignore_errors=True)
        staging.rename(target)


def _is_template(name: str) -> bool:
    return name.endswith(".jinja")


def python_tuple(expressions: Sequence[str]) -> str:
    """The tuple display of ``expressions``, e.g. ``(a,)``: a one-item tuple needs its comma."""
    if len(expressions) == 1:
        return f"({expressions[0]},)"
    return "(" + ", ".join(expressions) + ")"


#: Outputs generated only when the spec has operations: a client without methods is no client.
CLIENT_OUTPUTS = frozenset({"{package}/client.py", "{package}/_http.py", "{package}/auth.py"})

#: One standalone JSON Schema document per component schema, named by its class name.
SCHEMA_OUTPUT = ("{package}/schemas/{name}.json", "schema.json.jinja")


#: The partial templates that render one section of a module each, and the macro doing it.
SECTION_TEMPLATES = {
    "enum": ("models_enum.jinja", "enum_class"),
    "model": ("models_class.jinja", "model_class"),
    "validator": ("validators_section.jinja", "validator_section"),
}


class SectionRenderer:
    """Renders one section of a module at a time: an enum or model class of models.py, or a
    component's section of validators.py (each a macro of its own partial template).

    Each macro is looked up once, when first needed: calling one costs far less than rendering a
    template, which would define every macro of the partial again for each of thousands of sections.
    """

    def __init__(self, overrides: Path | None = None) -> None:
        self._environment = make_environment(overrides)
        self._macros: dict[str, Callable[[object], str]] = {}

    def _render(self, kind: str, item: object) -> str:
        macro = self._macros.get(kind)
        if macro is None:
            template, name = SECTION_TEMPLATES[kind]
            macro = getattr(self._environment.get_template(template).module, name)
            self._macros[kind] = macro
        return _statements(str(macro(item)))

    def enum(self, enum: EnumClass) -> RenderedSection:
        return RenderedSection(self._render("enum", enum))

    def model(self, model: Model) -> RenderedSection:
        return RenderedSection(self._render("model", model))

    def validator(self, section: ValidatorSection) -> RenderedSection:
        imports = ("Final",) if section.constants else ()
        return RenderedSection(
            self._render("validator", section),
            ("re", *imports) if section.uses_patterns else imports,
        )


def _statements(text: str) -> str:
    """``text`` without blank lines around it, ending in one newline ("" when empty)."""
    text = text.strip("\n")
    return text + "\n" if text else ""


def render_package(
    package: Package,
    validators: ValidatorModule,
    schemas: Mapping[str, str] | None = None,
    overrides: Path | None = None,
    *,
    model_sections: Sequence[RenderedSection] | None = None,
    validator_sections: Sequence[RenderedSection] | None = None,
) -> dict[str, str]:
    """Render every output file: relative POSIX path → text (not yet formatted).

    ``schemas`` maps a file stem (a class name: a safe file name by construction) to the JSON text
    of that schema's standalone document. ``model_sections`` (the enums', then the models') and
    ``validator_sections`` (the entry points') are the sections already rendered (see
    ``generator.incremental``); without them they are rendered here from the IR.
    """
    environment = make_environment(overrides)
    if model_sections is None or validator_sections is None:
        sections = SectionRenderer(overrides)
        if model_sections is None:
            model_sections = [*map(sections.enum, package.enums)]
            model_sections += map(sections.model, package.models)
        if validator_sections is None:
            validator_sections = [*map(sections.validator, validators.sections.values())]
    context = {
        "package": package,
        "validators": validators,
        "model_sections": model_sections,
        # A schema that accepts everything has an empty section: nothing to lay out.
        "validator_sections": [section for section in validator_sections if section.text],
        "validator_imports": ordered_imports(validator_sections),
    }
    files = {
        path.format(package=package.name): environment.get_template(template).render(context)
        for path, template in OUTPUTS
        if package.operations or path not in CLIENT_OUTPUTS
    }
    path, template = SCHEMA_OUTPUT
    for name, schema_json in (schemas or {}).items():
        files[path.format(package=package.name, name=name)] = environment.get_template(
            template
        ).render(package=package, schema_json=schema_json)
    return files


def ordered_imports(sections: Iterable[RenderedSection]) -> tuple[str, ...]:
    """Every import the sections need, once each, sorted."""
    return tuple(sorted({name for section in sections for name in section.imports}))
