"""Handover figures (issue 7): export and import of 1,000 cases, each with a timeline, a note,
a consent, an inventory with debts, a proposal and a saved letter's worth of document bytes.

Target: export + import of 1,000 cases <= 10 s. Both sides are real encrypted databases with
different keys; the package is sealed (scrypt + AES-GCM) and written to disk, as in the app.
"""

from __future__ import annotations

import hashlib
import os
import tempfile
import time
from datetime import date, datetime, timedelta
from decimal import Decimal
from pathlib import Path

from sqlalchemy import select

from app.models import Case, CaseDocument
from app.services.casework import load_context
from app.services.events import add_note, record_consent, record_event
from app.services.handover.exchange import export_handover, import_handover
from app.services.intake.importer import import_signals
from app.services.keys import DatabaseKey
from app.services.money import Budget, BudgetLine
from app.services.rules.profile import load_profile
from app.services.sdv.inventory import DebtEntry, save_inventory
from app.services.sdv.proposals import propose_settlement
from app.services.setup import initialise
from benchmarks.data import RAW_KEY, TODAY, signal_csv

OTHER_KEY = DatabaseKey(raw=bytes(range(32, 64)))


def _fill(path: Path, cases: int) -> list[int]:
    store = initialise(path, RAW_KEY, load_profile("haarlem"), "Bench A")
    with store.transaction() as session:
        ctx = load_context(session)
        import_signals(session, signal_csv(cases, seed=11), ctx, today=TODAY)
        ids = list(session.scalars(select(Case.id).order_by(Case.id)))
        pdf = os.urandom(30_000)  # a saved letter is ~30 KB
        budget = Budget(
            "alleenstaande_ouder",
            1,
            (BudgetLine("Uitkering", Decimal("1650.00")),),
            (BudgetLine("Zorgverzekering", Decimal("140.00")),),
            Decimal("650.00"),
        )
        debts = [
            DebtEntry("Woningcorporatie", "huurachterstand", Decimal("1300.00")),
            DebtEntry("Energieleverancier", "energie", Decimal("800.00")),
            DebtEntry("Zorgverzekeraar", "zorgverzekering", Decimal("450.00"), True),
        ]
        for cid in ids:
            case = session.get(Case, cid)
            assert case is not None
            on = min(case.signal_date + timedelta(days=1), TODAY)
            record_event(
                session,
                case,
                "contact_attempt",
                on,
                ctx,
                {"method": "telefoon", "reached": True},
                today=TODAY,
                recompute=False,
            )
            record_consent(session, case, "warme_overdracht", on, True, today=TODAY)
            add_note(session, case, "Huurder gesproken; afspraak gemaakt voor inventarisatie.")
            save_inventory(session, case, budget, debts)
            propose_settlement(session, case, today=TODAY, resume_rent_from=date(2026, 12, 1))
            session.add(
                CaseDocument(
                    case_id=cid,
                    source="brief",
                    title="Terugkoppeling aan de corporatie",
                    file_name=f"2026-11-23-zaak-{cid}-terugkoppeling.pdf",
                    media_type="application/pdf",
                    size=len(pdf),
                    sha256=hashlib.sha256(pdf).hexdigest(),
                    content=pdf,
                    added_at=datetime.now(),
                    added_by="bench",
                )
            )
    store.close()
    return ids


def handover_seconds(cases: int = 1000) -> tuple[float, float, int, float]:
    """(export seconds, import seconds, package bytes, merge seconds) for `cases` cases; the
    merge is the same cases handed back to the first laptop, which already has them."""
    from app.services.store import open_store

    with tempfile.TemporaryDirectory(prefix="vangnet-handover-") as tmp_name:
        tmp = Path(tmp_name)
        ids = _fill(tmp / "a.db", cases)
        a = open_store(tmp / "a.db", RAW_KEY)
        with a.session() as session:
            ctx = load_context(session)
        target = tmp / "overdracht.vangnet"
        start = time.perf_counter()
        result = export_handover(
            a, ids, target, ctx, to_role="sdv", receiver="Bench SDV", today=TODAY
        )
        exported = time.perf_counter() - start
        a.close()
        b = initialise(tmp / "b.db", OTHER_KEY, load_profile("haarlem"), "Bench B")
        start = time.perf_counter()
        outcome = import_handover(b, target, result.passphrase, ctx, today=TODAY)
        imported = time.perf_counter() - start
        assert len(outcome.created) == cases
        back = tmp / "terug.vangnet"
        returned = export_handover(
            b, outcome.created, back, ctx, to_role="wijkteam", receiver="Bench A", today=TODAY
        )
        b.close()
        a = open_store(tmp / "a.db", RAW_KEY)
        start = time.perf_counter()
        merged = import_handover(a, back, returned.passphrase, ctx, today=TODAY)
        merge_seconds = time.perf_counter() - start
        a.close()
        assert len(merged.merged) == cases
        return exported, imported, target.stat().st_size, merge_seconds
