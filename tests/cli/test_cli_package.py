"""`app/cli` is a package without import cycles (issue 17): every module imports on its own in a
fresh interpreter, and the command groups together offer every command exactly once."""

from __future__ import annotations

import argparse
import pkgutil
import subprocess
import sys

import pytest

import app.cli
from app.cli import COMMANDS, GROUPS, build_parser

MODULES = sorted(f"app.cli.{m.name}" for m in pkgutil.iter_modules(app.cli.__path__))


def test_the_package_has_its_parts() -> None:
    assert {"app.cli.common", "app.cli.cases", "app.cli.workbench", "app.cli.rights"} <= set(
        MODULES
    )


@pytest.mark.parametrize("module", ["app.cli", *MODULES])
def test_each_module_imports_alone(module: str) -> None:
    done = subprocess.run(
        [sys.executable, "-c", f"import {module}"], capture_output=True, text=True, check=False
    )
    assert done.returncode == 0, done.stderr


def test_no_heavy_library_is_imported_to_read_the_arguments() -> None:
    heavy = ("alembic", "reportlab", "openpyxl", "PySide6")
    code = (
        "import sys; from app.cli import build_parser; build_parser().parse_args(['inbox']); "
        f"print(sorted(m for m in {heavy!r} if m in sys.modules))"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert done.stdout.strip() == "[]"


def test_every_command_has_one_handler_and_one_parser() -> None:
    parser = build_parser()
    (choices,) = (a.choices for a in parser._actions if isinstance(a, argparse._SubParsersAction))
    assert set(choices) == set(COMMANDS)
    names = [name for group in GROUPS for name in group.COMMANDS]
    assert len(names) == len(set(names)), "a command is claimed by two groups"
