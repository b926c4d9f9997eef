"""A hatchling build hook: downstream projects regenerate their SDK code while building a wheel.

In the downstream ``pyproject.toml``::

    [build-system]
    requires = ["hatchling", "sms-codegen"]
    build-backend = "hatchling.build"

    [tool.hatch.build.hooks.sms-codegen]
    # optional: any of spec / out / package / templates, as in [tool.sms-codegen]
    spec = "openapi.yaml"

Settings come from the hook's table, else from ``[tool.sms-codegen]``; relative paths are relative
to the project root. The generated package is written to ``out`` (default ``generated``) and force-
included in the wheel under its import name, so it ships even when ``out`` is git-ignored. A spec
error fails the build with the usual ``FILE:LINE: #/pointer: message``.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from hatchling.builders.hooks.plugin.interface import BuildHookInterface
from hatchling.plugin import hookimpl

from generator.config import TABLE, ConfigError, load_settings, settings_from_table
from generator.errors import SpecError
from generator.pipeline import generate_files
from generator.writing import write_tree


class SmsCodegenBuildHook(BuildHookInterface):  # type: ignore[type-arg]
    """Regenerates the package before hatchling collects the wheel's files."""

    PLUGIN_NAME = TABLE

    def initialize(self, version: str, build_data: dict[str, Any]) -> None:
        root = Path(self.root)
        hook_table = {key: value for key, value in self.config.items() if key != "dependencies"}
        try:
            if hook_table:
                settings = settings_from_table(hook_table, root / "pyproject.toml")
            else:
                settings = load_settings(root / "pyproject.toml")
            files = generate_files(
                settings.spec, package_name=settings.package, templates=settings.templates
            )
        except (SpecError, ConfigError) as exc:
            # hatchling shows the message; a traceback into the generator would only hide it.
            raise SystemExit(f"sms-codegen: {exc}") from None
        write_tree(settings.out, files)
        package = next(path.split("/")[0] for path in files if path.endswith("/__init__.py"))
        build_data.setdefault("force_include", {})[str(settings.out / package)] = package


@hookimpl
def hatch_register_build_hook() -> type[BuildHookInterface]:  # type: ignore[type-arg]
    return SmsCodegenBuildHook
