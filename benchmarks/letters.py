"""Letter figures: one letter in-process, and a batch of 500 feedback letters.

Targets (issue 5): one letter <= 100 ms in-process; 500 feedback letters in a batch <= 30 s.
Both run on a real encrypted database with a letterhead and a logo, and include what a worker
waits for: building the allowed facts, rendering the PDF, writing it atomically and recording
it on the timeline and in the audit trail (the batch also writes the combined PDF).
"""

from __future__ import annotations

import io
import statistics
import tempfile
import time
from datetime import date
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.models import Case
from app.services.casework import load_context
from app.services.events import record_event
from app.services.intake.importer import import_signals
from app.services.letters import (
    Contact,
    LetterKind,
    LetterRequest,
    due_feedback_case_ids,
    run_feedback_batch,
    set_letterhead,
    write_letter,
)
from app.services.rules.profile import load_profile
from app.services.setup import initialise
from app.services.store import Store
from benchmarks.data import RAW_KEY, TODAY, signal_csv


class BenchContacts:
    """One contact person per role, for every corporation (the contact list is not timed)."""

    def _person(self, organisation: str, role: str) -> Contact:
        return Contact(
            organisation,
            "",
            role,
            "Linda Groen",
            "klantadviseur",
            "088-0000000",
            "l.groen@example.org",
            "",
        )

    def corporation_contact(
        self, session: Session, code: str, name: str, *, today: date | None = None
    ) -> Contact:
        return self._person(name, "corporatie")

    def wijkteam_contact(
        self, session: Session, postcode: str, *, today: date | None = None
    ) -> Contact:
        return self._person("Sociaal Wijkteam", "wijkteam")

    def troubleshooter_contact(self, session: Session, *, today: date | None = None) -> Contact:
        return self._person("Gemeente", "troubleshooter")

    def sdv_contact(self, session: Session, *, today: date | None = None) -> Contact:
        return self._person("Schulddienstverlening", "sdv")


def _logo() -> bytes:
    from PIL import Image, ImageDraw

    image = Image.new("RGB", (600, 200), (22, 80, 140))
    ImageDraw.Draw(image).ellipse((20, 20, 180, 180), fill=(250, 190, 40))
    out = io.BytesIO()
    image.save(out, format="PNG")
    return out.getvalue()


def _office(path: Path, signals: int) -> Store:
    store = initialise(path, RAW_KEY, load_profile("haarlem"), "Sociaal Wijkteam Benchmark")
    with store.transaction() as session:
        ctx = load_context(session)
        report = import_signals(session, signal_csv(signals, seed=11), ctx, today=TODAY)
        assert not report.errors, report.errors[:3]
        for case in session.scalars(select(Case)):  # the team's answer (B2 step 6)
            record_event(
                session,
                case,
                "collection_answer",
                case.signal_date,
                ctx,
                {"may_resume": False},
                today=TODAY,
                recompute=False,
            )
        set_letterhead(
            session,
            address_lines=["Postbus 511", "2003 PB Haarlem"],
            signer="Marieke de Boer",
            signer_function="teamleider",
            logo=_logo(),
        )
    return store


def one_letter_ms(repeat: int = 30) -> float:
    """Median milliseconds for one feedback letter: facts, PDF, atomic write, timeline, audit.

    The PIL import in `_logo` needs reportlab's own dependency Pillow, nothing extra."""
    with tempfile.TemporaryDirectory() as tmp:
        store = _office(Path(tmp) / "one.db", 50)
        try:
            with store.session() as session:
                ctx = load_context(session)
                case_id = due_feedback_case_ids(session, TODAY)[0]
            contacts = BenchContacts()
            request = LetterRequest(case_id, LetterKind.FEEDBACK)
            write_letter(store, request, ctx, TODAY, Path(tmp) / "warm.pdf", contacts=contacts)
            times = []
            for i in range(repeat):
                start = time.perf_counter()
                write_letter(store, request, ctx, TODAY, Path(tmp) / f"{i}.pdf", contacts=contacts)
                times.append((time.perf_counter() - start) * 1000)
        finally:
            store.close()
    return statistics.median(times)


def batch_seconds(letters: int = 500) -> float:
    """Seconds for `letters` due feedback letters in one batch (files, combined PDF, records)."""
    with tempfile.TemporaryDirectory() as tmp:
        store = _office(Path(tmp) / "batch.db", int(letters * 1.4) + 20)
        try:
            with store.transaction() as session:
                ctx = load_context(session)
                due = due_feedback_case_ids(session, TODAY)
                assert len(due) >= letters, f"only {len(due)} due"
                for case_id in due[letters:]:  # exactly `letters` remain due
                    case = session.get(Case, case_id)
                    assert case is not None
                    record_event(session, case, "feedback_sent", TODAY, ctx, {}, today=TODAY)
            folder = Path(tmp) / "out"
            folder.mkdir()
            start = time.perf_counter()
            report = run_feedback_batch(store, ctx, folder, TODAY, contacts=BenchContacts())
            seconds = time.perf_counter() - start
            assert len(report.made) == letters and not report.failed, report.failed[:3]
            assert report.combined is not None
        finally:
            store.close()
    return seconds


if __name__ == "__main__":
    print(f"one feedback letter in-process      {one_letter_ms():8.1f} ms   target <= 100 ms")
    print(f"500 feedback letters in a batch     {batch_seconds():8.1f} s    target <= 30 s")
