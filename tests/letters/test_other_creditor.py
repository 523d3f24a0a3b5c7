"""A proposal letter goes to one corporation about its own claim (H 6.2, 6.4).

Rent arrears the inventory puts with another creditor (Pré Wonen, while Ymere signalled) are not
Ymere's to arrange, and naming them tells Ymere about the tenant's other debts: the letter is
refused, naming the debt, until the worker includes it (it is Ymere's after all) or leaves it out.
"""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest

from app.models import Case
from app.services.letters import (
    LetterKind,
    LetterProblem,
    LetterRequest,
    addressing,
    make_letter,
)
from app.services.letters.proposal import (
    current_proposal,
    is_own_creditor,
    leave_out_other_creditors,
    other_creditor_debts,
)
from app.services.money import format_eur
from app.services.sdv.inventory import DebtEntry, save_inventory
from tests.helpers import cli
from tests.letters.conftest import (
    LETTERS_PASSPHRASE,
    TODAY,
    Office,
    SampleContacts,
    make_office,
    pdf_text,
)
from tests.letters.test_proposal_letter import RESUME, _budget, arrangement, settlement

OWN = DebtEntry("Ymere", "huurachterstand", Decimal("1612.40"))
FOREIGN = DebtEntry("Pré Wonen", "huurachterstand", Decimal("987.65"))


def _propose(office: Office, propose: object, debts: tuple[DebtEntry, ...]) -> None:
    with office.store.transaction() as session:
        case = session.get(Case, office.ids["YM-1"])
        assert case is not None
        save_inventory(session, case, _budget(), debts)
        propose(session, case)  # type: ignore[operator]


def _make(office: Office, contacts: SampleContacts, mode: str = "ask") -> bytes:
    with office.session() as session:
        made = make_letter(
            session,
            LetterRequest(office.ids["YM-1"], LetterKind.PROPOSAL, other_creditors=mode),
            office.ctx,
            TODAY,
            contacts,
        )
    return made.pdf


def test_own_creditor_names() -> None:
    assert is_own_creditor("Ymere", "Ymere", "YMERE")
    assert is_own_creditor("ymere haarlem", "Ymere", "YMERE")
    assert is_own_creditor("Pre wonen", "Pré Wonen", "PRE")
    assert not is_own_creditor("Pré Wonen", "Ymere", "YMERE")
    assert not is_own_creditor("", "Ymere", "YMERE")


def test_arrangement_with_a_debt_of_another_creditor_is_refused_naming_it(
    office: Office, contacts: SampleContacts
) -> None:
    _propose(office, arrangement, (OWN, FOREIGN))
    with pytest.raises(LetterProblem) as caught:
        _make(office, contacts)
    assert caught.value.codes == ("other_creditor",)
    params = caught.value.first.params
    assert params["corporation"] == "Ymere" and "Pré Wonen" in str(params["debts"])
    assert format_eur(FOREIGN.amount) in str(caught.value)
    # include: the letter is made with the total the proposal holds
    text = pdf_text(_make(office, contacts, "include"))
    assert format_eur(OWN.amount + FOREIGN.amount) in text.replace("\u00a0", " ")


def test_leaving_it_out_makes_the_arrangement_again_over_the_own_arrears(
    office: Office, contacts: SampleContacts
) -> None:
    _propose(office, arrangement, (OWN, FOREIGN))
    with office.store.transaction() as session:
        new = leave_out_other_creditors(session, office.ids["YM-1"], TODAY)
    assert new is not None
    assert Decimal(new.snapshot["arrangement"]["arrears"]) == OWN.amount
    assert new.snapshot["resume_rent_from"] == RESUME.isoformat()
    text = pdf_text(_make(office, contacts)).replace("\u00a0", " ")  # no question any more
    assert format_eur(OWN.amount) in text
    assert "Pré Wonen" not in text and format_eur(FOREIGN.amount) not in text


def test_settlement_leave_out_counts_only_the_own_share(
    office: Office, contacts: SampleContacts
) -> None:
    _propose(office, settlement, (OWN, FOREIGN))
    with office.session() as session:
        proposal = current_proposal(session, office.ids["YM-1"])
        assert proposal is not None
        found = other_creditor_debts(session, office.ids["YM-1"], proposal, "Ymere", "YMERE")
    assert [(d.creditor, d.amount) for d in found] == [("Pré Wonen", FOREIGN.amount)]
    with pytest.raises(LetterProblem):
        _make(office, contacts)
    text = pdf_text(_make(office, contacts, "leave_out")).replace("\u00a0", " ")
    assert f"Uw vordering {format_eur(OWN.amount)}" in text


def test_no_question_without_another_creditor(office: Office, contacts: SampleContacts) -> None:
    _propose(office, arrangement, (OWN, DebtEntry("Vattenfall", "energie", Decimal("10.00"))))
    assert pdf_text(_make(office, contacts))  # made straight away


def test_cli_refuses_then_proceeds_with_the_flag(
    db_path: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("VANGNET_PASSPHRASE", LETTERS_PASSPHRASE)
    monkeypatch.setattr(addressing, "default_contacts", SampleContacts.from_file)
    office = make_office(db_path)
    _propose(office, arrangement, (OWN, FOREIGN))
    office.store.close()
    target = tmp_path / "voorstel.pdf"
    case = office.ids["YM-1"]
    run = cli("letter", case, "--kind", "proposal", "-o", target, "--today", TODAY)
    assert run.code == 1
    assert "warning: the proposal uses a debt of another creditor" in run.err
    assert "Pré Wonen (huurachterstand, € 987,65)" in run.err
    assert "Traceback" not in run.err and not target.exists()
    run = cli(
        "letter", case, "--kind", "proposal", "-o", target, "--today", TODAY,
        "--include-other-creditors", "--eml",
    )  # fmt: skip
    assert run.code == 0, run.err
    assert target.is_file() and target.with_suffix(".eml").is_file()
    assert "Wrote the e-mail draft" in run.out


def test_the_check_reads_the_debts_the_proposal_was_made_from(
    office: Office, contacts: SampleContacts
) -> None:
    """An inventory edited after the proposal changes nothing about the letter of that
    proposal: it still used Pré Wonen's arrears, so it is still refused."""
    _propose(office, arrangement, (OWN, FOREIGN))
    with office.store.transaction() as session:
        case = session.get(Case, office.ids["YM-1"])
        assert case is not None
        save_inventory(session, case, _budget(), (OWN,))  # the foreign debt removed afterwards
    with pytest.raises(LetterProblem) as caught:
        _make(office, contacts)
    assert caught.value.codes == ("other_creditor",)
    assert "Pré Wonen" in str(caught.value)
