"""The Dutch translation of the desktop client: update, release and check.

    python tools/translations.py update    # lupdate app/ui/**/*.py + the problem catalogue -> .ts
    python tools/translations.py release   # lrelease -> app/translations/vangnet_nl.qm
    python tools/translations.py check     # exit 1 listing every message still to translate

English is the source language; Dutch is the default language of the app. `update` keeps every
existing translation and drops messages whose source string is gone (-no-obsolete). `check`
also fails when a translation lost or gained a placeholder (%1, %n, {name}, %v …), because the
code fills those in and a missing one silently drops a value.

The tests (tests/ui/test_translations.py) import this file, so a new UI string without a Dutch
translation fails `make test`.
"""

from __future__ import annotations

import argparse
import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
UI_DIR = ROOT / "app" / "ui"
CATALOGUE_DIR = ROOT / "app" / "services" / "problems" / "catalogue"
TS_FILE = ROOT / "translations" / "vangnet_nl.ts"
QM_FILE = ROOT / "app" / "translations" / "vangnet_nl.qm"
LANGUAGE = "nl_NL"

#: what the code replaces in a translated string: Qt's %1..%99 and %n, the progress bar's
#: %v/%m/%p, and str.format fields such as {path}
PLACEHOLDER = re.compile(r"%(?:\d{1,2}|[nvmp])|\{[A-Za-z_][A-Za-z0-9_]*\}")


@dataclass(frozen=True)
class Message:
    context: str
    source: str
    translations: tuple[str, ...]  # one, or one per plural form
    unfinished: bool
    plural: bool
    location: str  # "app/ui/main_window.py:123", relative to the repository root

    def describe(self) -> str:
        text = self.source if len(self.source) <= 90 else self.source[:87] + "..."
        return f"{self.location}: [{self.context}] {text!r}"


def _tool(name: str) -> str:
    """The Qt tool from the same environment as this Python (the venv), else from PATH."""
    here = Path(sys.executable).parent
    found = shutil.which(name, path=str(here)) or shutil.which(name)
    if found is None:
        raise SystemExit(f"{name} not found: install the project first (make run or make test)")
    return found


def ui_sources() -> list[Path]:
    """The window's modules, and the problem catalogue (its texts are marked for the window)."""
    found = [p for p in UI_DIR.rglob("*.py") if "__pycache__" not in p.parts]
    found += CATALOGUE_DIR.glob("*.py")
    return sorted(found)


def update(ts_file: Path = TS_FILE, *, quiet: bool = False) -> None:
    """Extract every translatable UI string into `ts_file`, keeping existing translations."""
    ts_file.parent.mkdir(parents=True, exist_ok=True)
    command = [
        _tool("pyside6-lupdate"),
        *(str(p) for p in ui_sources()),
        "-no-obsolete",
        "-locations",
        "absolute",
        "-source-language",
        "en",
        "-target-language",
        LANGUAGE,
        "-ts",
        str(ts_file),
    ]
    if quiet:
        command.insert(1, "-silent")
    subprocess.run(command, check=True, cwd=ROOT)


def release(ts_file: Path = TS_FILE, qm_file: Path = QM_FILE, *, quiet: bool = False) -> None:
    """Compile `ts_file` into `qm_file`; unfinished messages stay out (the English shows)."""
    qm_file.parent.mkdir(parents=True, exist_ok=True)
    command = [_tool("pyside6-lrelease"), "-nounfinished", str(ts_file), "-qm", str(qm_file)]
    if quiet:
        command.insert(1, "-silent")
    subprocess.run(command, check=True, cwd=ROOT)


def read_messages(ts_file: Path = TS_FILE) -> list[Message]:
    """Every current message of a .ts file (vanished and obsolete ones left out)."""
    root = ET.parse(ts_file).getroot()
    messages = []
    for context in root.iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            kind = translation.get("type", "") if translation is not None else "unfinished"
            if kind in ("vanished", "obsolete"):
                continue
            plural = message.get("numerus") == "yes"
            if translation is None:
                texts: tuple[str, ...] = ()
            elif plural:
                texts = tuple(form.text or "" for form in translation.iter("numerusform"))
            else:
                texts = (translation.text or "",)
            messages.append(
                Message(
                    context=name,
                    source=message.findtext("source") or "",
                    translations=texts,
                    unfinished=kind == "unfinished",
                    plural=plural,
                    location=_location(message, ts_file),
                )
            )
    return messages


def _location(message: ET.Element, ts_file: Path) -> str:
    place = message.find("location")
    if place is None:
        return "?"
    filename = place.get("filename", "")
    path = (ts_file.parent / filename).resolve()
    if not path.exists():  # a copy of the .ts elsewhere: its paths are relative to translations/
        path = (TS_FILE.parent / filename).resolve()
    try:
        shown = path.relative_to(ROOT).as_posix()
    except ValueError:
        shown = path.as_posix()
    line = place.get("line", "")
    return f"{shown}:{line}" if line and not line.startswith(("+", "-")) else shown


def untranslated(messages: list[Message]) -> list[Message]:
    """Messages that are unfinished or have an empty translation (any plural form)."""
    return [
        m
        for m in messages
        if m.unfinished or not m.translations or any(not t.strip() for t in m.translations)
    ]


def placeholders(text: str) -> Counter[str]:
    return Counter(PLACEHOLDER.findall(text))


def placeholder_problems(messages: list[Message]) -> list[tuple[Message, str]]:
    """Translations whose placeholders differ from the source's (each plural form checked).

    A Dutch singular form may spell out the number ("1 zaak" for "%n case(s)"), so there %n
    may be left out; every other placeholder must appear exactly as often as in the source.
    """
    problems = []
    for m in messages:
        expected = placeholders(m.source)
        for index, text in enumerate(m.translations):
            if not text:
                continue
            found = placeholders(text)
            want = Counter(expected)
            if m.plural and index == 0 and "%n" not in found:
                want.pop("%n", None)
            if found != want:
                problems.append(
                    (m, f"placeholders {sorted(found.elements())} != {sorted(want.elements())}")
                )
    return problems


def check(ts_file: Path = TS_FILE) -> int:
    messages = read_messages(ts_file)
    missing = untranslated(messages)
    broken = placeholder_problems(messages)
    for m in missing:
        print(f"untranslated: {m.describe()}")
    for m, why in broken:
        print(f"placeholder: {m.describe()}: {why}")
    if missing or broken:
        print(
            f"{len(missing)} of {len(messages)} messages untranslated, "
            f"{len(broken)} with wrong placeholders in {ts_file.name}. "
            "Translate them in the .ts (Qt Linguist or an editor) and run the check again."
        )
        return 1
    print(f"All {len(messages)} messages in {ts_file.name} are translated.")
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    sub = parser.add_subparsers(dest="command", required=True)
    for name, text in (
        ("update", "extract the UI strings into the .ts (keeps translations)"),
        ("release", "compile the .ts into the .qm the app loads"),
        ("check", "exit 1 listing every message that still needs a translation"),
    ):
        command = sub.add_parser(name, help=text)
        command.add_argument("--ts", type=Path, default=TS_FILE, help="the .ts file")
        if name == "release":
            command.add_argument("--qm", type=Path, default=QM_FILE, help="the .qm to write")
    args = parser.parse_args(argv)
    if args.command == "update":
        update(args.ts)
        return 0
    if args.command == "release":
        release(args.ts, args.qm)
        return 0
    return check(args.ts)


if __name__ == "__main__":
    sys.exit(main())
