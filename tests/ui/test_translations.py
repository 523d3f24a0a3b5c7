"""The Dutch translation is complete, keeps every placeholder, and loads.

Dutch is the default language, so an English string in the window is a bug. These tests extract
the UI strings afresh (so a string added to app/ui without a translation fails here, even when
nobody ran `make translations`), and build the .qm themselves (the Makefile builds the real one).
"""

from __future__ import annotations

import ast
import importlib.util
import shutil
import sys
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication, QTranslator
from PySide6.QtWidgets import QComboBox
from pytestqt.qtbot import QtBot

ROOT = Path(__file__).resolve().parents[2]


def _load_tool() -> ModuleType:
    spec = importlib.util.spec_from_file_location(
        "vangnet_translations_tool", ROOT / "tools" / "translations.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up by name
    spec.loader.exec_module(module)
    return module


tool = _load_tool()


@pytest.fixture(scope="module")
def fresh_ts(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The committed .ts, updated with the strings the sources hold right now."""
    target = tmp_path_factory.mktemp("ts") / "vangnet_nl.ts"
    shutil.copyfile(tool.TS_FILE, target)
    tool.update(target, quiet=True)
    return target


@pytest.fixture(scope="module")
def messages(fresh_ts: Path) -> list[Any]:
    return list(tool.read_messages(fresh_ts))


@pytest.fixture
def dutch(qapp: QCoreApplication, tmp_path: Path) -> Iterator[QTranslator]:
    """A .qm built from the fresh .ts, installed for one test and removed afterwards."""
    qm = tmp_path / "vangnet_nl.qm"
    tool.release(tool.TS_FILE, qm, quiet=True)
    translator = QTranslator()
    assert translator.load(str(qm)), f"{qm} does not load"
    qapp.installTranslator(translator)
    yield translator
    qapp.removeTranslator(translator)


def test_the_sources_have_ui_strings(messages: list[Any]) -> None:
    assert len(messages) > 300  # a broken extraction would pass the other checks vacuously


def test_every_ui_string_has_a_dutch_translation(messages: list[Any]) -> None:
    missing = tool.untranslated(messages)
    assert not missing, (
        "UI strings without a Dutch translation (run `make translations`, translate them in "
        "translations/vangnet_nl.ts, and see translations/README.md):\n"
        + "\n".join(m.describe() for m in missing)
    )


def test_translations_keep_the_placeholders(messages: list[Any]) -> None:
    problems = tool.placeholder_problems(messages)
    assert not problems, "\n".join(f"{m.describe()}: {why}" for m, why in problems)


def test_plural_messages_have_both_dutch_forms(messages: list[Any]) -> None:
    plurals = [m for m in messages if m.plural]
    assert plurals
    for m in plurals:
        assert len(m.translations) == 2, m.describe()
        assert "%n" in m.translations[1], m.describe()


def _runtime_contexts() -> set[str]:
    """Contexts the code can translate in: its class names and the literal contexts it names."""
    names: set[str] = set()
    for path in tool.ui_sources():
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ClassDef):
                names.add(node.name)
            elif isinstance(node, ast.Call) and node.args:
                func = node.func
                called = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")
                first = node.args[0]
                if (
                    called in ("translate", "QT_TRANSLATE_NOOP")
                    and isinstance(first, ast.Constant)
                    and isinstance(first.value, str)
                ):
                    names.add(first.value)
    return names


def test_every_context_exists_at_run_time(messages: list[Any]) -> None:
    """`other_widget.tr(...)` is filed by lupdate under "other_widget", which Qt never asks for."""
    unknown = {m.context for m in messages} - _runtime_contexts()
    assert not unknown, f"translations in contexts the code never uses: {sorted(unknown)}"


def test_the_qm_translates_in_dutch(dutch: QTranslator) -> None:
    assert dutch.translate("MainWindow", "My cases") == "Mijn zaken"
    assert QCoreApplication.translate("MainWindow", "My cases") == "Mijn zaken"
    assert QCoreApplication.translate("Labels", "children") == "kinderen"
    assert QCoreApplication.translate("CaseListPage", "%n case(s)", "", 1) == "1 zaak"
    assert QCoreApplication.translate("CaseListPage", "%n case(s)", "", 7) == "7 zaken"


def test_widgets_show_dutch(dutch: QTranslator, qtbot: QtBot) -> None:
    """Qt looks a widget's tr() up under its class name: the labels a person sees are Dutch."""
    from app.ui.widgets import SecretField, plain_keyring_reason

    field = SecretField()
    qtbot.addWidget(field)
    assert field.toggle.text() == "Tonen"
    assert plain_keyring_reason("keyring.backends.fail.Keyring: no backend").startswith(
        "de sleutelbos van de computer"
    )

    from app.ui.event_dialog import EventDialog
    from tests.ui.conftest import TODAY

    dialog = EventDialog("handover", TODAY)
    qtbot.addWidget(dialog)
    assert dialog.windowTitle() == "Overgedragen"
    combo = dialog._fields["to"]
    assert isinstance(combo, QComboBox)
    assert combo.itemText(0) == "Schulddienstverlening (SDV)"


def test_no_string_hides_from_lupdate_behind_a_helper(messages: list[Any]) -> None:
    """A literal given to a wrapper such as ``_tr("…")`` is not extracted by lupdate (it only
    knows ``tr``, ``translate`` and ``QT_TRANSLATE_NOOP``) and would show in English."""
    known = {m.source for m in messages}
    hidden = []
    for path in tool.ui_sources():
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not (isinstance(node, ast.Call) and node.args):
                continue
            func = node.func
            called = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")
            first = node.args[0]
            if (
                called.endswith("tr")
                and called not in ("tr",)
                and isinstance(first, ast.Constant)
                and isinstance(first.value, str)
                and first.value not in known
            ):
                hidden.append(f"{path.name}:{node.lineno} {called}({first.value[:50]!r})")
    assert not hidden, "\n".join(hidden)
