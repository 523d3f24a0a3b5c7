"""Office settings in one place (app.services.office_settings): every refusal in English and
Dutch, naming where it is; a refused save changes nothing, also not its other parts."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import func, select

from app.models import AuditEntry
from app.services.casework import office_closures, office_term_lengths
from app.services.keys import DatabaseKey
from app.services.letters.letterhead import load_letterhead
from app.services.letters.sample import sample_feedback_pdf
from app.services.office_settings import (
    LetterheadChange,
    OfficeChanges,
    SettingsRefused,
    apply_changes,
    change_closing_days,
    change_term_lengths,
    office_name,
    set_office_name,
)
from app.services.problems import problem
from app.services.rules.profile import load_profile
from app.services.setup import initialise
from app.services.store import Store
from tests.letters.conftest import logo_png, pdf_text


@pytest.fixture
def amsterdam(db_path: Path) -> Iterator[Store]:
    store = initialise(
        db_path, DatabaseKey(passphrase="office settings test"), load_profile("amsterdam"), "X"
    )
    yield store
    store.close()


def _audit_count(store: Store) -> int:
    with store.session() as session:
        return session.scalar(select(func.count()).select_from(AuditEntry)) or 0


def test_a_refused_part_rolls_the_whole_save_back(amsterdam: Store) -> None:
    before = _audit_count(amsterdam)
    changes = OfficeChanges(
        office_name="Wijkteam Oost",
        letterhead=LetterheadChange(signer="A. Bakker", logo=b"not an image"),
        closing_days_added=frozenset({date(2026, 11, 28)}),  # a Saturday
        term_lengths={"contact": 0, "bailiff": 3},
    )
    with pytest.raises(SettingsRefused) as refused, amsterdam.transaction() as session:
        apply_changes(session, changes)
    pages = [(r.page, r.field) for r in refused.value.refusals]
    assert pages == [
        ("letterhead", "logo"),
        ("closing_days", "day"),
        ("terms", "contact"),
        ("terms", "bailiff"),
    ]
    dutch = refused.value.dutch()
    logo = [r.problem for r in refused.value.refusals if r.field == "logo"]
    assert logo == [problem("logo.not_an_image")]  # the window says it from the catalogue
    assert "28 november 2026 valt op een zaterdag" in dutch
    assert "Contact met de huurder: kies 1 tot en met 130 werkdagen." in dutch
    assert "ligt vast in het convenant" in dutch
    assert "term 'bailiff' is fixed by the covenant" in str(refused.value)
    with amsterdam.session() as session:
        assert office_name(session) == "X"  # the part that was fine is not saved either
        assert load_letterhead(session, "Amsterdam").signer == ""
        assert office_closures(session) == [] and office_term_lengths(session) == {}
    assert _audit_count(amsterdam) == before


def test_a_save_recomputes_once_and_audits_each_part(amsterdam: Store) -> None:
    before = _audit_count(amsterdam)
    with amsterdam.transaction() as session:
        applied = apply_changes(
            session,
            OfficeChanges(
                office_name="  Wijkteam   Oost ",
                closing_days_added=frozenset({date(2026, 12, 24)}),
                term_lengths={"contact": 3},
            ),
            actor="tester",
        )
    assert applied.office_name == "Wijkteam Oost" and applied.rules_changed
    assert applied.ctx.profile.term("contact").length == 3  # type: ignore[union-attr]
    assert date(2026, 12, 24) in applied.ctx.calendar.office_closures
    with amsterdam.session() as session:
        entries = session.scalars(
            select(AuditEntry.object_id).where(AuditEntry.id > before).order_by(AuditEntry.id)
        ).all()
    assert entries == ["office_name", "office_closures", "term_lengths"]  # no cases: no recompute


def test_office_name_rules(amsterdam: Store) -> None:
    with amsterdam.transaction() as session:
        with pytest.raises(SettingsRefused) as empty:
            set_office_name(session, "   ")
        assert str(empty.value) == "the office name cannot be empty"
        with pytest.raises(SettingsRefused) as long:
            set_office_name(session, "x" * 121)
        assert "langer dan 120 tekens" in long.value.dutch()
        assert set_office_name(session, "Wijkteam  Zuid") == "Wijkteam Zuid"


def test_closing_day_rules(amsterdam: Store) -> None:
    with amsterdam.transaction() as session:
        assert change_closing_days(session, add=[date(2026, 12, 24)]) == 0  # no cases yet
        for day, said in (
            (date(2026, 12, 24), "already an office closing day"),
            (date(2026, 12, 26), "already a day off for everyone (Tweede kerstdag)"),
            (date(2026, 11, 29), "is a Sunday"),
        ):
            with pytest.raises(SettingsRefused) as refused:
                change_closing_days(session, add=[day])
            assert said in str(refused.value)
        with pytest.raises(SettingsRefused) as missing:
            change_closing_days(session, remove=[date(2026, 12, 31)])
        assert missing.value.dutch() == "31 december 2026 is geen sluitingsdag van het kantoor."
        assert office_closures(session) == [date(2026, 12, 24)]


def test_unknown_term(amsterdam: Store) -> None:
    with amsterdam.transaction() as session, pytest.raises(SettingsRefused) as refused:
        change_term_lengths(session, {"koffie": 2})
    assert "unknown term 'koffie' (terms this office may set: contact, feedback, proposal)" in (
        str(refused.value)
    )


def test_letterhead_with_a_logo_is_refused_or_removed_not_both(amsterdam: Store) -> None:
    with amsterdam.transaction() as session, pytest.raises(SettingsRefused) as refused:
        apply_changes(
            session,
            OfficeChanges(letterhead=LetterheadChange(logo=logo_png(), remove_logo=True)),
        )
    assert refused.value.dutch() == "Kies een nieuw logo of verwijder het logo, niet allebei."


def test_the_sample_letter_is_invented_and_shows_what_is_missing(amsterdam: Store) -> None:
    with amsterdam.session() as session:
        head = load_letterhead(session, "Amsterdam")
    text = pdf_text(sample_feedback_pdf(head, load_profile("amsterdam"), date(2026, 11, 23)))
    assert "[adres van het kantoor]" in text and "[naam van de ondertekenaar]" in text
    assert "J. Voorbeeld" in text and "Amsterdam, 23 november 2026" in text
