"""Where generation settings come from: built-in defaults < ``[tool.sms-codegen]`` < CLI flags.

Builds regenerate code from a checked-in configuration, so the settings live in the project's
``pyproject.toml`` (or the file named by ``--config``) as

.. code-block:: toml

    [tool.sms-codegen]
    spec = "spec/api.yaml"        # the OpenAPI document
    out = "generated"             # the output directory
    package = "my_api"            # the generated package's import name (default: from the spec)
    templates = "my-templates"    # templates overriding built-in ones by file name

Relative paths are relative to the configuration file's directory, so a build hook or a CI job
started elsewhere resolves them the same way. Without a configuration file the defaults are the
SMS spec and ``generated/`` under the current directory.
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

TABLE = "sms-codegen"
_KEYS = {"spec", "out", "package", "templates"}


class ConfigError(Exception):
    """The configuration file cannot be read or holds invalid settings."""


@dataclass(frozen=True)
class Settings:
    """Resolved generation settings."""

    spec: Path = Path("spec/sms-update-task.yaml")
    out: Path = Path("generated")
    #: The generated package's import name; ``None``: derived from the spec.
    package: str | None = None
    #: A directory of templates overriding built-in ones by file name; ``None``: built-ins only.
    templates: Path | None = None


def find_config(start: Path) -> Path | None:
    """The nearest ``pyproject.toml`` at or above ``start`` that has a ``[tool.sms-codegen]`` table."""
    for directory in (start, *start.parents):
        candidate = directory / "pyproject.toml"
        if candidate.is_file() and TABLE in _read_tool_tables(candidate):
            return candidate
    return None


def load_settings(config: Path | None) -> Settings:
    """Settings from ``config`` (``None``: the built-in defaults)."""
    if config is None:
        return Settings()
    return settings_from_table(_read_tool_tables(config).get(TABLE, {}), config)


def settings_from_table(table: Any, source: Path) -> Settings:
    """Settings from a ``[tool.sms-codegen]``-shaped table found in ``source``."""
    if not isinstance(table, dict):
        raise ConfigError(f"{source}: [tool.{TABLE}] must be a table")
    unknown = sorted(set(table) - _KEYS)
    if unknown:
        raise ConfigError(
            f"{source}: [tool.{TABLE}] has unknown keys {', '.join(unknown)};"
            f" known keys: {', '.join(sorted(_KEYS))}"
        )
    for key, value in table.items():
        if not isinstance(value, str) or not value:
            raise ConfigError(f"{source}: [tool.{TABLE}] {key} must be a non-empty string")
    base = source.parent
    settings = Settings()
    if "spec" in table:
        settings = replace(settings, spec=base / table["spec"])
    else:
        settings = replace(settings, spec=base / settings.spec)
    settings = replace(settings, out=base / table.get("out", str(settings.out)))
    if "templates" in table:
        settings = replace(settings, templates=base / table["templates"])
    if "package" in table:
        settings = replace(settings, package=check_package_name(table["package"], source))
    return settings


def check_package_name(name: str, source: Path | str) -> str:
    """``name`` when it can be imported as a top-level package."""
    if not name.isidentifier() or not name.isascii():
        raise ConfigError(f"{source}: package {name!r} is not a valid Python import name")
    return name


def _read_tool_tables(path: Path) -> dict[str, Any]:
    try:
        with path.open("rb") as stream:
            document = tomllib.load(stream)
    except OSError as exc:
        raise ConfigError(f"{path}: cannot read: {exc.strerror}") from None
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"{path}: invalid TOML: {exc}") from None
    tool = document.get("tool", {})
    return tool if isinstance(tool, dict) else {}
