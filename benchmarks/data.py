"""Benchmark data: synthetic signal CSVs and cached demo databases of a given size."""

from __future__ import annotations

import time
from datetime import date
from decimal import Decimal
from pathlib import Path

from app.services.casework import load_context
from app.services.demo import synthetic_records
from app.services.keys import DatabaseKey
from app.services.rules.profile import load_profile
from app.services.setup import initialise
from app.services.store import Store, checkpoint_and_close, open_store

TODAY = date(2026, 11, 23)
CACHE = Path(__file__).resolve().parent.parent / ".bench-cache"
RAW_KEY = DatabaseKey(raw=bytes(range(32)), origin="key")

COLUMNS = (
    "corporatie;referentie;melddatum;soort;toestemming;naam;straat;huisnummer;postcode;"
    "woonplaats;telefoon;email;geboortedatum;aantal_bewoners;achterstand_sinds;"
    "achterstand_maanden;achterstand_bedrag;maandhuur;deurwaarder_gepland;ontruimingsdatum;"
    "geboortedata_bewoners;statushouder;bekend_bij_wijkteam"
)


def _d(day: date | None) -> str:
    return day.strftime("%d-%m-%Y") if day else ""


def _money(value: Decimal | None) -> str:
    if value is None:
        return ""
    whole, cents = f"{value:.2f}".split(".")
    return f"{int(whole):,}".replace(",", ".") + "," + cents


def signal_csv(n: int, seed: int = 7) -> bytes:
    lines = [COLUMNS]
    names = {"ELAN": "Elan Wonen", "PRE": "Pré Wonen", "YMERE": "Ymere"}
    for r in synthetic_records(n, list(names), TODAY, seed=seed):
        lines.append(
            ";".join(
                [
                    names[r.corporation_code],
                    r.reference.replace("DEMO", "BENCH"),
                    _d(r.signal_date),
                    r.kind,
                    "ja" if r.consent else "",
                    r.name,
                    r.street,
                    r.house_number,
                    r.postcode,
                    r.city,
                    r.phone or "",
                    r.email or "",
                    _d(r.birth_date),
                    str(r.occupants),
                    _d(r.arrears_since),
                    str(r.arrears_months).replace(".", ",") if r.arrears_months else "",
                    _money(r.arrears_amount),
                    _money(r.monthly_rent),
                    _d(r.bailiff_date),
                    _d(r.eviction_date),
                    "|".join(_d(b) for b in r.occupant_birth_dates),
                    "ja" if r.statushouder else "nee",
                    "ja" if r.known else "nee",
                ]
            )
        )
    return ("\r\n".join(lines) + "\r\n").encode("cp1252")


def demo_database(cases: int, *, with_events: bool = True) -> Path:
    """A raw-key database with `cases` demo cases, built once and kept in .bench-cache/."""
    CACHE.mkdir(exist_ok=True)
    path = CACHE / f"demo-{cases}.db"
    if path.exists():
        return path
    building = CACHE / f"demo-{cases}.building.db"
    for p in CACHE.glob(f"demo-{cases}.building.db*"):
        p.unlink()
    started = time.perf_counter()
    store = initialise(building, RAW_KEY, load_profile("haarlem"), "Benchmark")
    from app.services.demo import fill_demo

    done = 0
    step = 50_000
    while done < cases:
        n = min(step, cases - done)
        with store.transaction() as session:
            fill_demo(
                session, load_context(session), n, TODAY, seed=done + 1, with_events=with_events
            )
        done += n
        print(
            f"  building {path.name}: {done:,}/{cases:,} cases "
            f"({time.perf_counter() - started:.0f} s)",
            flush=True,
        )
    checkpoint_and_close(store)
    building.rename(path)
    return path


def open_cached(path: Path) -> Store:
    return open_store(path, RAW_KEY)
