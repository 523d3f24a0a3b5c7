"""The proposal to the corporation (H 6.2, 6.3, 7.3): its own claim, the current rent, nothing more.

The corporation reads the arrangement's numbers, or the percentage and its own share of a
settlement offer, or that no proposal is possible yet. It never reads the incomes, the fixed
costs, the repayment capacity or its derivation, other creditors, or anything from a note.
Marking the letter as sent records `proposal_sent` / `no_proposal_possible` for the proposal
that was previewed and meets the `proposal` deadline.
"""

from __future__ import annotations

import dataclasses
import io
import json
from collections.abc import Callable
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from pypdf import PdfReader
from sqlalchemy import select
from sqlalchemy.orm import Session

from app.models import Case, CaseDeadline, CaseDocument, CaseEvent
from app.services.case_detail import case_detail
from app.services.events import add_note, record_event
from app.services.letters import (
    LetterKind,
    LetterProblem,
    LetterRequest,
    make_letter,
    mark_sent,
    store_letter,
    write_letter,
)
from app.services.letters.fields import ProposalLetter
from app.services.letters.fonts import printable
from app.services.letters.proposal import build_proposal, render_proposal
from app.services.money import Budget, BudgetLine, format_eur
from app.services.sdv.inventory import DebtEntry, save_inventory
from app.services.sdv.proposals import (
    ProposalView,
    propose_arrangement,
    propose_settlement,
    record_no_proposal,
)
from tests.letters.conftest import TODAY, Office, SampleContacts, pdf_text
from tests.letters.test_no_leak import secret

RESUME = date(2026, 12, 1)
INCOME = ("Bijstandsuitkering Gemeente", Decimal("1450.00"))
FIXED = ("Zorgverzekering Zilveren Kruis", Decimal("142.35"))
RENT = Decimal("712.40")
# capacity: 1450.00 − 142.35 − 712.40 − 300.00 (norm, single) = 295.25
CAPACITY = Decimal("295.25")
OWN = DebtEntry("Ymere", "huurachterstand", Decimal("1612.40"))
OTHERS = (
    DebtEntry("Belastingdienst Toeslagen", "overig", Decimal("23456.78")),
    DebtEntry("Vattenfall Energie", "energie", Decimal("845.17")),
)

Propose = Callable[[Session, Case], ProposalView]


def arrangement(session: Session, case: Case) -> ProposalView:
    return propose_arrangement(
        session, case, today=TODAY, resume_rent_from=RESUME, first_instalment=RESUME
    )


def settlement(session: Session, case: Case) -> ProposalView:
    return propose_settlement(session, case, today=TODAY, resume_rent_from=RESUME)


def none_possible(session: Session, case: Case) -> ProposalView:
    return record_no_proposal(session, case, today=TODAY, resume_rent_from=RESUME)


def _budget(income: str = INCOME[0], fixed: str = FIXED[0]) -> Budget:
    return Budget(
        household_type="alleenstaande",
        children=0,
        incomes=(BudgetLine(income, INCOME[1]),),
        fixed_costs=(BudgetLine(fixed, FIXED[1]),),
        rent=RENT,
    )


def _propose(
    office: Office,
    propose: Propose,
    ref: str = "YM-1",
    debts: tuple[DebtEntry, ...] = (OWN, *OTHERS),
) -> ProposalView:
    with office.store.transaction() as session:
        case = session.get(Case, office.ids[ref])
        assert case is not None
        save_inventory(session, case, _budget(), debts)
        return propose(session, case)


def _made_text(office: Office, contacts: SampleContacts, ref: str = "YM-1") -> str:
    with office.session() as session:
        made = make_letter(
            session,
            LetterRequest(office.ids[ref], LetterKind.PROPOSAL),
            office.ctx,
            TODAY,
            contacts,
        )
    return pdf_text(made.pdf)


def _refusal(office: Office, contacts: SampleContacts, ref: str = "YM-1") -> LetterProblem:
    with office.session() as session, pytest.raises(LetterProblem) as caught:
        make_letter(
            session,
            LetterRequest(office.ids[ref], LetterKind.PROPOSAL),
            office.ctx,
            TODAY,
            contacts,
        )
    return caught.value


def _deadline(office: Office, case_id: int, term: str = "proposal") -> CaseDeadline:
    with office.session() as session:
        row = session.scalars(
            select(CaseDeadline).where(
                CaseDeadline.case_id == case_id, CaseDeadline.term_id == term
            )
        ).one()
        session.expunge(row)
        return row


def _never_in(text: str) -> list[str]:
    """What the corporation must not read: the budget, the capacity, other creditors."""
    return [
        INCOME[0],
        FIXED[0],
        format_eur(INCOME[1]),
        format_eur(FIXED[1]),
        format_eur(CAPACITY),
        "capaciteit",
        "Leefgeld",
        *(d.creditor for d in OTHERS),
        *(format_eur(d.amount) for d in OTHERS),
        format_eur(OWN.amount + sum(d.amount for d in OTHERS)),  # the total debt
    ]


# --- the allow-list ----------------------------------------------------------------------------


def test_the_letter_has_a_field_for_each_allowed_item_and_no_other() -> None:
    names = [f.name for f in dataclasses.fields(ProposalLetter)]
    assert names == [
        "frame",
        "tenant_name",
        "tenant_address",
        "corporation_reference",
        "signal_date",
        "kind",
        "resume_rent_from",
        "current_rent",
        "arrangement",
        "settlement",
    ]
    assert ProposalLetter.__dataclass_params__.frozen  # type: ignore[attr-defined]


# --- the three kinds ---------------------------------------------------------------------------


def test_arrangement_letter_holds_the_numbers_for_the_corporations_claim(
    office: Office, contacts: SampleContacts
) -> None:
    _propose(office, arrangement)
    text = _made_text(office, contacts)
    assert "Ymere" in text and "t.a.v. Linda Groen, klantadviseur betalingen" in text
    assert "Haarlem, 23 november 2026" in text
    assert "Uw kenmerk YM-1" in text
    assert "Betreft Voorstel betalingsregeling – melding YM-1 van 16 november 2026" in text
    assert "Geachte heer/mevrouw," in text  # the sample list gives no aanhef
    assert "Huurder Sanne Hoekstra" in text
    assert "Adres Amsterdamstraat 41, 2032 PK Haarlem" in text
    assert "artikel 6.2" in text
    # current rent and when it is paid again
    assert "Lopende huur € 712,40 per maand, weer te betalen vanaf 1 december 2026" in text
    # 1612.40 in 12 instalments of 135.00, the last 127.40
    assert "Huurachterstand € 1.612,40" in text
    assert "12 termijnen van € 135,00 per maand; de laatste termijn is € 127,40" in text
    assert "Eerste termijn 1 december 2026" in text
    assert "Laatste termijn 1 november 2027" in text
    # the schedule: number, date, amount, what remains
    assert "Termijn Vervaldatum Bedrag Resterend" in text
    assert "1 1 december 2026 € 135,00 € 1.477,40" in text
    assert "12 1 november 2027 € 127,40 € 0,00" in text
    for hidden in _never_in(text):
        assert hidden not in text, hidden


def test_settlement_letter_holds_the_percentage_and_only_the_corporations_share(
    office: Office, contacts: SampleContacts
) -> None:
    proposal = _propose(office, settlement)
    share = proposal.snapshot["settlement"]["corporation_share"]
    percentage = proposal.snapshot["settlement"]["percentage"]
    assert (share, percentage) == ("661.34", "41.01")  # 295.25 × 36 over 25.914,35
    text = _made_text(office, contacts)
    assert "Betreft Voorstel schuldregeling (minnelijk traject) – melding YM-1" in text
    assert "Uw vordering € 1.612,40" in text
    assert "41,01% van uw vordering: € 661,34, tegen finale kwijting" in text
    assert "Looptijd 36 maanden" in text
    assert "prognose" in text and "artikel 7.3" in text
    assert "Lopende huur € 712,40 per maand, weer te betalen vanaf 1 december 2026" in text
    offered = Decimal(proposal.snapshot["settlement"]["offered_total"])
    for hidden in [*_never_in(text), format_eur(offered)]:
        assert hidden not in text, hidden
    for other in proposal.snapshot["settlement"]["shares"]:
        if other["creditor"] != "Ymere":
            assert format_eur(Decimal(other["share"])) not in text


def test_full_payment_is_no_offer_against_final_discharge(
    office: Office, contacts: SampleContacts
) -> None:
    _propose(office, settlement, debts=(OWN,))  # 295.25 × 36 pays 1612.40 in full
    text = _made_text(office, contacts)
    assert "Aflossing € 1.612,40: uw hele vordering (100%)" in text
    assert "geen aanbod tegen finale kwijting" in text


def test_no_proposal_possible_informs_the_corporation(
    office: Office, contacts: SampleContacts
) -> None:
    _propose(office, none_possible)
    text = _made_text(office, contacts)
    assert "Betreft Nog geen voorstel mogelijk – melding YM-1 van 16 november 2026" in text
    assert "Een voorstel voor de huurachterstand is nu nog niet mogelijk" in text
    assert "artikel 6.3" in text
    assert "weer te betalen vanaf 1 december 2026" in text
    assert "Zodra een voorstel voor de huurachterstand mogelijk is, ontvangt u dat van ons" in text
    # the snapshot's explanation is not for the corporation
    assert "inventarisatie van de schulden is nog niet rond" not in text
    for hidden in _never_in(text):
        assert hidden not in text, hidden


def test_no_capacity_says_not_possible_without_the_capacity(
    office: Office, contacts: SampleContacts
) -> None:
    with office.store.transaction() as session:
        case = session.get(Case, office.ids["YM-1"])
        assert case is not None
        poor = Budget("alleenstaande", 0, (BudgetLine(INCOME[0], Decimal("900.00")),), (), RENT)
        save_inventory(session, case, poor, [OWN])
        proposal = arrangement(session, case)
    assert proposal.kind == "none_possible"  # 900 − 712.40 − 300 < 0
    assert "aflossingscapaciteit" in proposal.summary_nl  # the snapshot explains itself...
    text = _made_text(office, contacts)
    assert "nu nog niet mogelijk" in text
    assert "aflossingscapaciteit" not in text.casefold()  # ...the letter does not
    assert "112,40" not in text  # −€ 112,40, the negative capacity
    assert format_eur(Decimal("900.00")) not in text


def test_without_a_known_date_the_corporation_is_told_it_follows(
    office: Office, contacts: SampleContacts
) -> None:
    with office.store.transaction() as session:
        case = session.get(Case, office.ids["YM-1"])
        assert case is not None
        record_no_proposal(session, case, today=TODAY)  # no budget, no date
    text = _made_text(office, contacts)
    assert "Lopende huur De datum waarop de huurder weer betaalt, laten wij u zo snel" in text
    assert "€" not in text


# --- refusals ------------------------------------------------------------------------------------


def test_no_proposal_yet_is_refused(
    office: Office, contacts: SampleContacts
) -> None:
    problem = _refusal(office, contacts)
    assert problem.codes == ("no_proposal",)
    assert "no proposal has been made yet (SDV tab, or `vangnet proposal`)" in str(problem)


def test_every_missing_thing_is_listed_at_once(office: Office, contacts: SampleContacts) -> None:
    problem = _refusal(office, contacts.without("corporatie", "YMERE"))
    assert problem.codes == ("no_contact_corporatie", "no_proposal")


def test_a_settlement_without_the_corporations_claim_is_refused(
    office: Office, contacts: SampleContacts
) -> None:
    _propose(office, settlement, debts=OTHERS)
    problem = _refusal(office, contacts)
    assert problem.codes == ("no_corporation_claim",)
    assert problem.first.params == {"corporation": "Ymere"}


# --- no leaks ------------------------------------------------------------------------------------

KINDS: dict[str, Propose] = {
    "arrangement": arrangement,
    "settlement": settlement,
    "none_possible": none_possible,
}


@settings(
    max_examples=12,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(
    kind=st.sampled_from(sorted(KINDS)),
    income=secret("I"),
    fixed=secret("F"),
    creditor=secret("C"),
    note=secret("N"),
    reason=secret("R"),
)
def test_nothing_but_the_claim_reaches_the_letter(
    office: Office,
    contacts: SampleContacts,
    kind: str,
    income: str,
    fixed: str,
    creditor: str,
    note: str,
    reason: str,
) -> None:
    """Budget labels, another creditor, a note and an event's free text never appear."""
    ctx, case_id = office.ctx, office.ids["YM-1"]
    with office.store.session() as session:
        case = session.get(Case, case_id)
        assert case is not None
        add_note(session, case, note)
        record_event(
            session,
            case,
            "contact_attempt",
            TODAY,
            ctx,
            {"method": "telefoon", "reached": True, "plan": reason},
            today=TODAY,
        )
        other = DebtEntry(creditor, "overig", Decimal("4321.09"))
        save_inventory(session, case, _budget(income, fixed), [OWN, other])
        KINDS[kind](session, case)
        letter = build_proposal(session, case_id, ctx, TODAY, contacts)
        text = pdf_text(render_proposal(letter).pdf)
        session.rollback()
    flat = _flat(text)
    for hidden in (income, fixed, creditor, note, reason):
        assert _flat(hidden) not in flat and _flat(printable(hidden)) not in flat
    for amount in ("4.321,09", "1.450,00", "142,35", "295,25"):
        assert amount not in text
    assert "Ymere" in text  # the letter was made, and goes to the corporation


def _flat(text: str) -> str:
    return "".join(text.split())


# --- saving and marking as sent ------------------------------------------------------------------


def test_saving_records_the_letter_and_keeps_a_copy(
    office: Office, contacts: SampleContacts, tmp_path: Path
) -> None:
    proposal = _propose(office, arrangement)
    case_id = office.ids["YM-1"]
    target = tmp_path / "voorstel.pdf"
    saved = write_letter(
        office.store,
        LetterRequest(case_id, LetterKind.PROPOSAL),
        office.ctx,
        TODAY,
        target,
        contacts=contacts,
    )
    assert target.read_bytes() == saved.pdf
    with office.session() as session:
        event = session.get(CaseEvent, saved.event_id)
        assert event is not None and event.kind == "letter_generated"
        assert json.loads(event.detail) == {
            "letter": "proposal",
            "addressee": "corporatie",
            "file": "voorstel.pdf",
            "proposal": proposal.uid,
        }
        document = session.scalars(
            select(CaseDocument).where(CaseDocument.case_id == case_id)
        ).one()
        assert document.title == "Voorstel betalingsregeling"
        assert document.file_name == "voorstel.pdf"
        assert document.content == saved.pdf
    # saving alone does not meet the deadline
    assert _deadline(office, case_id).met_on is None


def test_file_name_and_pdf_title(office: Office, contacts: SampleContacts) -> None:
    _propose(office, settlement)
    with office.session() as session:
        made = make_letter(
            session,
            LetterRequest(office.ids["YM-1"], LetterKind.PROPOSAL),
            office.ctx,
            TODAY,
            contacts,
        )
    assert made.file_name == f"2026-11-23-zaak-{office.ids['YM-1']}-voorstel.pdf"
    assert made.document_title == "Voorstel schuldregeling (minnelijk traject)"
    metadata = PdfReader(io.BytesIO(made.pdf)).metadata
    assert metadata is not None and metadata.title == made.document_title


@pytest.mark.parametrize(
    ("propose", "event_kind"),
    [
        (arrangement, "proposal_sent"),
        (settlement, "proposal_sent"),
        (none_possible, "no_proposal_possible"),
    ],
)
def test_marking_sent_records_the_proposal_and_meets_the_deadline(
    office: Office, contacts: SampleContacts, tmp_path: Path, propose: Propose, event_kind: str
) -> None:
    proposal = _propose(office, propose)
    case_id = office.ids["YM-1"]
    with office.session() as session:
        made = make_letter(
            session, LetterRequest(case_id, LetterKind.PROPOSAL), office.ctx, TODAY, contacts
        )
    assert made.request.proposal_id == proposal.id  # pinned to what was previewed
    store_letter(office.store, made, tmp_path / made.file_name, office.ctx, TODAY)
    with office.store.transaction() as session:
        event = mark_sent(session, made.request, office.ctx, TODAY, today=TODAY)
        assert event.kind == event_kind
        assert json.loads(event.detail)["proposal"] == proposal.uid
    assert _deadline(office, case_id).met_on == TODAY
    with office.session() as session:
        detail = case_detail(session, case_id, TODAY, office.ctx)
    assert detail is not None
    item = next(d for d in detail["deadlines"] if d["id"] == "proposal")
    assert item["status"] == "met"
    # once is enough
    with office.store.transaction() as session, pytest.raises(LetterProblem) as caught:
        mark_sent(session, made.request, office.ctx, TODAY, today=TODAY)
    assert caught.value.codes == ("already_sent",)


def test_a_proposal_replaced_after_the_preview_is_not_marked(
    office: Office, contacts: SampleContacts, tmp_path: Path
) -> None:
    _propose(office, arrangement)
    case_id = office.ids["YM-1"]
    with office.session() as session:
        made = make_letter(
            session, LetterRequest(case_id, LetterKind.PROPOSAL), office.ctx, TODAY, contacts
        )
    _propose(office, settlement)  # a new proposal replaces the one in the letter
    with pytest.raises(LetterProblem) as caught:
        store_letter(office.store, made, tmp_path / "old.pdf", office.ctx, TODAY)
    assert caught.value.codes == ("proposal_changed",)
    assert not (tmp_path / "old.pdf").exists()
    with office.store.transaction() as session, pytest.raises(LetterProblem) as caught:
        mark_sent(session, made.request, office.ctx, TODAY, today=TODAY)
    assert caught.value.codes == ("proposal_changed",)
    assert "make the letter again" in str(caught.value)
    assert _deadline(office, case_id).met_on is None
    with office.session() as session:
        kinds = set(session.scalars(select(CaseEvent.kind).where(CaseEvent.case_id == case_id)))
    assert "proposal_sent" not in kinds


def test_marking_without_a_proposal_is_refused(office: Office) -> None:
    with office.store.transaction() as session, pytest.raises(LetterProblem) as caught:
        mark_sent(
            session,
            LetterRequest(office.ids["YM-1"], LetterKind.PROPOSAL),
            office.ctx,
            TODAY,
            today=TODAY,
        )
    assert caught.value.codes == ("no_proposal",)
