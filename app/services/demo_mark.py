"""Demo and real never mix: the demo mark in a database's own settings, and the two refusals.

A demo database holds invented people only (`app.services.demo`). It says so itself: the
settings row ``demo`` = ``true``, written in the same transaction as its first demo cases (or
when the demo database is created), so the mark travels with the file into backups and copies
and no file outside it can change it. Two refusals keep the worlds apart, each changing nothing:

- demo cases are never added to a database that holds real cases (`refuse_demo_on_real`);
- signal files are never imported into a demo database (`refuse_import_into_demo`), so no real
  person ends up under "Niets hiervan is echt" and on letters marked DEMO. A file of invented
  people (a sample file for screenshots or training) may go in only when the caller says so,
  and never into a real database.
"""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import func, select, text
from sqlalchemy.orm import Session

from app.models import Case
from app.services.store import StoreError, get_setting, set_setting

#: the settings row that marks a demo database
DEMO_SETTING = "demo"


def is_demo_database(session: Session) -> bool:
    return get_setting(session, DEMO_SETTING) == "true"


def mark_as_demo(session: Session) -> None:
    """Mark the database as a demo database; refused when it holds real cases."""
    refuse_demo_on_real(session)
    set_setting(session, DEMO_SETTING, "true")


def database_file(session: Session) -> Path:
    """The file the session's database lives in (for messages that name it)."""
    for _seq, name, file in session.execute(text("PRAGMA database_list")):
        if name == "main" and file:
            return Path(file)
    return Path("vangnet.db")


class RealCasesPresent(StoreError):
    """Demo cases were asked for in a database that holds real cases. Nothing changed."""

    def __init__(self, path: Path, cases: int) -> None:
        plural = "case" if cases == 1 else "cases"
        super().__init__(
            f"{path} is not a demo database: it holds {cases} real {plural}. Demo cases are "
            "never added to a database with real cases; nothing was changed. Make the demo "
            "in a database of its own: vangnet --db demo.db init, then vangnet --db demo.db "
            "demo.",
            f"Het gegevensbestand {path.name} is geen demo: er staan {cases} echte "
            f"{'zaak' if cases == 1 else 'zaken'} in. Verzonnen demozaken komen nooit bij echte "
            "zaken; er is niets veranderd.",
        )
        self.path = path
        self.cases = cases


class ImportIntoDemo(StoreError):
    """A signal file was to be imported into a demo database. Nothing changed."""

    def __init__(self, path: Path) -> None:
        super().__init__(
            f"{path} is a demo database (invented people only): signal files are not imported "
            "into it, so no real person ends up marked DEMO. Nothing was imported. Start a real "
            "database for real signals: vangnet --db FILE init. (A file of invented people "
            "only, such as a sample file, can be added with --invented.)",
            f"{path.name} is de demo: daarin staan alleen verzonnen mensen, en meldingen "
            "kunnen er niet in worden ingelezen. Er is niets ingelezen. Voor echte meldingen "
            "hebt u een eigen database nodig: sluit Vangnet, start het opnieuw en richt in het "
            "welkomstscherm uw eigen database in.",
        )
        self.path = path


class InventedIntoReal(StoreError):
    """A file declared as invented people was to be imported into a real database."""

    def __init__(self, path: Path) -> None:
        super().__init__(
            f"{path} is a real database: a file of invented people (--invented) is only "
            "imported into a demo database. Nothing was imported.",
            f"{path.name} is een echte database: verzonnen mensen komen daar niet in. Er is "
            "niets ingelezen.",
        )
        self.path = path


def refuse_demo_on_real(session: Session) -> None:
    """Raise `RealCasesPresent` unless the database is a demo database or holds no case."""
    if is_demo_database(session):
        return
    cases = session.scalar(select(func.count()).select_from(Case)) or 0
    if cases:
        raise RealCasesPresent(database_file(session), cases)


def refuse_import_into_demo(session: Session, *, invented: bool = False) -> None:
    """Signal files go into real databases only; a file of ``invented`` people only into a demo."""
    demo = is_demo_database(session)
    if demo and not invented:
        raise ImportIntoDemo(database_file(session))
    if invented and not demo:
        raise InventedIntoReal(database_file(session))
