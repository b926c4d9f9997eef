"""``python -m generator``: see :mod:`generator.cli`."""

from generator.cli import run

run()
