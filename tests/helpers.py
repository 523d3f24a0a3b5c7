"""Small helpers shared by the store and CLI tests."""

from __future__ import annotations

import io
import json
from collections.abc import Sequence
from contextlib import redirect_stderr, redirect_stdout
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from app.cli import main
from app.services.keys import DatabaseKey

HEADER = (
    "corporatie;referentie;melddatum;soort;toestemming;naam;straat;huisnummer;postcode;"
    "woonplaats;telefoon;email;geboortedatum;aantal_bewoners;achterstand_sinds;"
    "achterstand_maanden;achterstand_bedrag;maandhuur;deurwaarder_gepland;ontruimingsdatum;"
    "kinderen_onder_18;geboortedata_bewoners;statushouder;bekend_bij_wijkteam;notitie"
)


def signal_row(**overrides: str) -> str:
    """One valid huurachterstand row; override any column by name."""
    values = {
        "corporatie": "Ymere",
        "referentie": "YM-1",
        "melddatum": "02-11-2026",
        "soort": "huurachterstand",
        "toestemming": "",
        "naam": "Sanne Hoekstra",
        "straat": "Amsterdamstraat",
        "huisnummer": "41",
        "postcode": "2032 PK",
        "woonplaats": "Haarlem",
        "telefoon": "06-23456789",
        "email": "",
        "geboortedatum": "17-08-1988",
        "aantal_bewoners": "3",
        "achterstand_sinds": "01-09-2026",
        "achterstand_maanden": "2",
        "achterstand_bedrag": "€ 1.612,40",
        "maandhuur": "806,20",
        "deurwaarder_gepland": "",
        "ontruimingsdatum": "",
        "kinderen_onder_18": "",
        "geboortedata_bewoners": "",
        "statushouder": "nee",
        "bekend_bij_wijkteam": "nee",
        "notitie": "",
    }
    values.update(overrides)
    return ";".join(values[c] for c in HEADER.split(";"))


def signal_csv(*rows: str) -> bytes:
    return ("\r\n".join([HEADER, *rows]) + "\r\n").encode("cp1252")


@dataclass
class Run:
    code: int
    out: str
    err: str

    def json(self) -> Any:
        return json.loads(self.out)


def cli(*args: str | object) -> Run:
    """Run the real CLI in-process and capture what a user would see."""
    out, err = io.StringIO(), io.StringIO()
    argv: Sequence[str] = [str(a) for a in args]
    with redirect_stdout(out), redirect_stderr(err):
        try:
            code = main(argv)
        except SystemExit as exc:  # argparse usage errors
            code = int(exc.code or 0)
    return Run(code, out.getvalue(), err.getvalue())


def database_at_revision(path: Path, key: DatabaseKey, revision: str) -> None:
    """An encrypted database whose schema stops at an older migration `revision`."""
    from alembic import command

    from app.services.store import _alembic_config, _make_engine, raw_connect

    path.parent.mkdir(parents=True, exist_ok=True)
    raw_connect(path, key).close()
    engine = _make_engine(path, key)
    cfg = _alembic_config()
    with engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, revision)
    engine.dispose()
