"""The proposal to the corporation (H 6.2, 6.3, 7.3): what it needs to decide, and nothing more.

Within two weeks of the signal the corporation gets a proposal for paying the current rent and,
if possible, an arrangement for the arrears (H 6.2); if that is not possible yet, it is told so
(H 6.3). When no arrangement is possible, the amicable settlement offers a percentage of the
claim against final discharge, at most 36 months (H 7.3).

:func:`build_proposal` is the only function that reads a case for this letter: the
identification the corporation supplied, and the case's current proposal (its frozen
snapshot, `app.services.sdv.proposals`). From the snapshot it takes the current rent, the date
it is paid again and the terms for the corporation's own claim — never the incomes, fixed
costs, the repayment capacity or its derivation, other creditors, or any free text (the
snapshot's explanations may quote the capacity). The renderer sees a :class:`ProposalLetter`
and nothing else.

The letter goes to one corporation, about its own claim (H 6.2, 6.4: that corporation makes
the arrangement). A rent-arrears debt the inventory puts with another creditor (say Pré Wonen,
while Ymere signalled) is not that corporation's to arrange, and naming it tells the corporation
about the tenant's other debts. :func:`other_creditor_debts` finds such debts in the proposal;
the letter is then refused, naming them, unless the worker chose to include them (the creditor
is in fact the same corporation under another name) or to leave them out (an arrangement is
made again without them, :func:`leave_out_other_creditors`; for a settlement offer only the
corporation's own shares are counted).
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass, replace
from datetime import date
from decimal import Decimal, InvalidOperation
from typing import Any

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import Paragraph, Table, TableStyle
from reportlab.platypus.flowables import Flowable
from sqlalchemy import select
from sqlalchemy.orm import Session

from app.models import Case, Organisation
from app.services.casework import RulesContext
from app.services.formatting import long_date
from app.services.letters.addressing import ContactSource
from app.services.letters.common import (
    check_open,
    letterhead_or_missing,
    organisation_addressee,
    our_reference,
)
from app.services.letters.fields import (
    PROPOSAL_TITLE,
    ArrangementTerms,
    InstalmentRow,
    LetterFrame,
    LetterKind,
    ProposalKind,
    ProposalLetter,
    SettlementTerms,
)
from app.services.letters.problems import LetterProblem, Missing, no_case, no_contact, refused
from app.services.letters.render import BODY_W, Rendered, Styles, esc, facts_table, render
from app.services.money import format_eur
from app.services.problems import problem
from app.services.sdv.inventory import load_inventory
from app.services.sdv.proposals import ProposalView, current_proposal, propose_arrangement

SNAPSHOT_VERSIONS = (1,)
LABEL_MM = 45  # the label column of every table in the letter


# --- problems -------------------------------------------------------------------------------


def no_proposal() -> Missing:
    return problem("letter.no_proposal")


def proposal_changed() -> Missing:
    return problem("letter.proposal_changed")


def proposal_unreadable(proposal_id: int) -> Missing:
    return problem("letter.proposal_unreadable", proposal=proposal_id)


def no_corporation_claim(corporation: str) -> Missing:
    return problem("letter.no_corporation_claim", corporation=corporation)


def other_creditor(debts: list[OtherCreditorDebt], corporation: str) -> Missing:
    named = "; ".join(f"{d.creditor} ({d.kind}, {format_eur(d.amount)})" for d in debts)
    return problem("letter.other_creditor", corporation=corporation, debts=named)


def no_own_arrears(corporation: str) -> Missing:
    return problem("letter.no_own_arrears", corporation=corporation)


def proposal_for_letter(session: Session, case_id: int, proposal_id: int | None) -> ProposalView:
    """The case's current proposal; with `proposal_id`, only if that one is still current."""
    current = current_proposal(session, case_id)
    if current is None:
        raise LetterProblem(no_proposal())
    if proposal_id is not None and current.id != proposal_id:
        raise LetterProblem(proposal_changed())
    return current


# --- debts of another creditor ---------------------------------------------------------------

#: what the request says about debts of other creditors
OTHER_ASK, OTHER_INCLUDE, OTHER_LEAVE_OUT = "ask", "include", "leave_out"


@dataclass(frozen=True)
class OtherCreditorDebt:
    creditor: str
    kind: str
    amount: Decimal


def _plain(text: str) -> str:
    """'Pré Wonen' -> 'prewonen': accents, case, spaces and punctuation do not matter."""
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if c.isalnum()).casefold()


def is_own_creditor(creditor: str, corporation_name: str, corporation_code: str = "") -> bool:
    """The creditor is the corporation itself (its name, possibly with more, or its code)."""
    plain = _plain(creditor)
    if not plain:
        return False
    name = _plain(corporation_name)
    return plain in (name, _plain(corporation_code)) or (len(name) >= 4 and name in plain)


def other_creditor_debts(
    session: Session,
    case_id: int,
    proposal: ProposalView,
    corporation_name: str,
    corporation_code: str = "",
) -> list[OtherCreditorDebt]:
    """Rent-arrears debts of other creditors that the proposal counts as the corporation's."""
    snap = proposal.snapshot
    kind = str(snap.get("kind") or proposal.kind)

    def own(creditor: str) -> bool:
        return is_own_creditor(creditor, corporation_name, corporation_code)

    if kind == ProposalKind.ARRANGEMENT.value:
        arrangement = snap.get("arrangement") or {}
        try:
            arrears = _amount(arrangement.get("arrears"))
        except ValueError:
            return []
        debts = _arrears_debts(session, case_id, snap)
        own_total = sum((amount for creditor, amount in debts if own(creditor)), Decimal("0.00"))
        if arrears <= own_total:
            return []  # the arrangement covers only the corporation's own arrears
        return [
            OtherCreditorDebt(creditor, "huurachterstand", amount)
            for creditor, amount in debts
            if not own(creditor)
        ]
    if kind == ProposalKind.SETTLEMENT.value:
        shares = (snap.get("settlement") or {}).get("shares") or []
        found: list[OtherCreditorDebt] = []
        for share in shares:
            creditor = str(share.get("creditor") or "")
            if share.get("kind") == "huurachterstand" and not own(creditor):
                try:
                    amount = _amount(share["debt"])
                except (KeyError, ValueError):
                    continue
                found.append(OtherCreditorDebt(creditor, "huurachterstand", amount))
        return found
    return []


def _arrears_debts(
    session: Session, case_id: int, snap: dict[str, Any]
) -> list[tuple[str, Decimal]]:
    """The rent-arrears debts the proposal was made from (its snapshot); a proposal stored
    before the snapshot kept them is checked against the current inventory."""
    kept = snap.get("rent_arrears_debts")
    if isinstance(kept, list):
        found = []
        for debt in kept:
            try:
                found.append((str(debt["creditor"]), _amount(debt["amount"])))
            except (KeyError, TypeError, ValueError):
                continue
        return found
    return [
        (d.creditor, d.amount)
        for d in load_inventory(session, case_id).debts
        if d.kind == "huurachterstand"
    ]


def _own_settlement(
    terms: SettlementTerms, snap: dict[str, Any], corporation_name: str, corporation_code: str
) -> SettlementTerms:
    """The offer with only the corporation's own shares counted as its claim."""
    debt = share_total = Decimal("0.00")
    for share in (snap.get("settlement") or {}).get("shares") or []:
        creditor = str(share.get("creditor") or "")
        if is_own_creditor(creditor, corporation_name, corporation_code):
            debt += _amount(share["debt"])
            share_total += _amount(share["share"])
    return replace(terms, corporation_debt=debt, corporation_share=share_total)


def leave_out_other_creditors(
    session: Session, case_id: int, today: date, *, actor: str | None = None
) -> ProposalView | None:
    """Make the case's arrangement again over the corporation's own arrears only.

    Returns the new proposal, or None when there was nothing to leave out or the proposal is no
    arrangement (a settlement letter leaves them out by itself, `OTHER_LEAVE_OUT`). Raises
    LetterProblem when no own arrears remain.
    """
    case = session.get(Case, case_id)
    if case is None:
        raise LetterProblem(no_case(case_id))
    proposal = proposal_for_letter(session, case_id, None)
    corporation = case.corporation
    found = other_creditor_debts(session, case_id, proposal, corporation.name, corporation.code)
    if not found or proposal.snapshot.get("kind") != ProposalKind.ARRANGEMENT.value:
        return None
    snap = proposal.snapshot
    own_total = sum(
        (
            amount
            for creditor, amount in _arrears_debts(session, case_id, snap)
            if is_own_creditor(creditor, corporation.name, corporation.code)
        ),
        Decimal("0.00"),
    )
    if own_total <= 0:
        raise LetterProblem(no_own_arrears(corporation.name))
    first_due = _day(snap["arrangement"]["first_due"])
    return propose_arrangement(
        session,
        case,
        today=today,
        resume_rent_from=_day(snap["resume_rent_from"]),
        first_instalment=max(first_due, today),
        arrears=own_total,
        actor=actor,
    )


# --- the facts ------------------------------------------------------------------------------


def _amount(raw: object) -> Decimal:
    if not isinstance(raw, str | int):
        raise ValueError(f"not an amount: {raw!r}")
    try:
        return Decimal(str(raw)).quantize(Decimal("0.01"))
    except InvalidOperation as exc:
        raise ValueError(f"not an amount: {raw!r}") from exc


def _day(raw: object) -> date:
    if not isinstance(raw, str):
        raise ValueError(f"not a date: {raw!r}")
    return date.fromisoformat(raw[:10])


def _arrangement(raw: dict[str, Any]) -> ArrangementTerms:
    return ArrangementTerms(
        arrears=_amount(raw["arrears"]),
        monthly=_amount(raw["monthly"]),
        instalments=int(raw["months"]),
        first_due=_day(raw["first_due"]),
        last_due=_day(raw["last_due"]),
        last_amount=_amount(raw["last_amount"]),
        schedule=tuple(
            InstalmentRow(int(n), _day(due), _amount(amount), _amount(remaining))
            for n, due, amount, remaining in raw.get("schedule") or ()
        ),
    )


def _settlement(raw: dict[str, Any]) -> SettlementTerms:
    # only the corporation's own totals; `shares` (every creditor) is never read
    return SettlementTerms(
        percentage=_amount(raw["percentage"]),
        months=int(raw["months"]),
        corporation_debt=_amount(raw["corporation_debt"]),
        corporation_share=_amount(raw["corporation_share"]),
        full_payment=bool(raw.get("full_payment")),
    )


def proposal_terms(
    proposal: ProposalView,
) -> tuple[
    ProposalKind, date | None, Decimal | None, ArrangementTerms | None, SettlementTerms | None
]:
    """Kind, resumption date, current rent and the terms for the claim, from the snapshot."""
    snap = proposal.snapshot
    try:
        if snap.get("version") not in SNAPSHOT_VERSIONS:
            raise ValueError(f"unknown snapshot version {snap.get('version')!r}")
        kind = ProposalKind(str(snap.get("kind") or proposal.kind))
        resume = _day(snap["resume_rent_from"]) if snap.get("resume_rent_from") else None
        rent = _amount(snap["rent"]) if snap.get("rent") is not None else None
        if rent is not None and rent <= 0:
            rent = None
        arrangement = (
            _arrangement(snap["arrangement"]) if kind is ProposalKind.ARRANGEMENT else None
        )
        settlement = _settlement(snap["settlement"]) if kind is ProposalKind.SETTLEMENT else None
        if kind is not ProposalKind.NONE_POSSIBLE and resume is None:
            raise ValueError("a proposal without the date the current rent is paid again")
    except (KeyError, TypeError, ValueError) as exc:
        raise LetterProblem(proposal_unreadable(proposal.id)) from exc
    return kind, resume, rent, arrangement, settlement


def build_proposal(
    session: Session,
    case_id: int,
    ctx: RulesContext,
    today: date,
    contacts: ContactSource,
    *,
    proposal_id: int | None = None,
    other_creditors: str = OTHER_ASK,
) -> ProposalLetter:
    """The letter for the case's current proposal (with `proposal_id`: only if still current).

    A debt of another creditor in it refuses the letter (`other_creditor`) unless
    `other_creditors` is `include` or `leave_out` (see the module docstring).
    """
    row = session.execute(
        select(
            Case.status,
            Case.reference,
            Case.signal_date,
            Case.tenant_name,
            Case.street,
            Case.house_number,
            Case.postcode,
            Case.city,
            Organisation.code,
            Organisation.name,
        )
        .join(Organisation, Case.corporation_id == Organisation.id)
        .where(Case.id == case_id)
    ).one_or_none()
    if row is None:
        raise LetterProblem(no_case(case_id))
    missing: list[Missing] = []
    check_open(case_id, row.status, missing)
    letterhead = letterhead_or_missing(session, ctx, missing)
    contact = contacts.corporation_contact(session, row.code, row.name, today=today)
    if contact is None:
        missing.append(no_contact("corporatie", row.name))
    proposal: ProposalView | None = None
    try:
        proposal = proposal_for_letter(session, case_id, proposal_id)
    except LetterProblem as refusal:
        missing += refusal.problems
    if missing or contact is None or proposal is None:
        raise refused(missing)
    kind, resume, rent, arrangement, settlement = proposal_terms(proposal)
    foreign = other_creditor_debts(session, case_id, proposal, row.name, row.code)
    if foreign and other_creditors == OTHER_LEAVE_OUT:
        if settlement is None:  # an arrangement is made again without them first
            raise LetterProblem(other_creditor(foreign, row.name))
        settlement = _own_settlement(settlement, proposal.snapshot, row.name, row.code)
    elif foreign and other_creditors != OTHER_INCLUDE:
        raise LetterProblem(other_creditor(foreign, row.name))
    if settlement is not None and settlement.corporation_debt <= 0:
        raise LetterProblem(no_corporation_claim(row.name))
    frame = LetterFrame(
        kind=LetterKind.PROPOSAL,
        case_id=case_id,
        letterhead=letterhead,
        addressee=organisation_addressee(contact, "corporatie", "Geachte"),
        letter_date=today,
        our_reference=our_reference(case_id),
        your_reference=row.reference or "",
        title=PROPOSAL_TITLE[kind],
    )
    return ProposalLetter(
        frame=frame,
        tenant_name=row.tenant_name,
        tenant_address=f"{row.street} {row.house_number}, {row.postcode} {row.city}".strip(),
        corporation_reference=row.reference or "",
        signal_date=row.signal_date,
        kind=kind,
        resume_rent_from=resume,
        current_rent=rent,
        arrangement=arrangement,
        settlement=settlement,
    )


# --- the text ----------------------------------------------------------------------------------


def eur(value: Decimal) -> str:
    """'€ 1.234,56' that never breaks between the sign and the amount."""
    return format_eur(value).replace(" ", "\u00a0")


def percentage_nl(value: Decimal) -> str:
    """'37,52%'"""
    return f"{value:.2f}".replace(".", ",") + "%"


def _months(n: int) -> str:
    return "1 maand" if n == 1 else f"{n} maanden"


def proposal_subject(letter: ProposalLetter) -> str:
    parts = [PROPOSAL_TITLE[letter.kind]]
    if letter.corporation_reference:
        parts.append(f"– melding {letter.corporation_reference}")
    else:
        parts.append("– melding")
    parts.append(f"van {long_date(letter.signal_date)}")
    return " ".join(parts)


def rent_text(letter: ProposalLetter) -> str:
    """'€ 712,40 per maand, weer te betalen vanaf 1 december 2026'"""
    parts = [f"{eur(letter.current_rent)} per maand"] if letter.current_rent else []
    if letter.resume_rent_from is not None:
        parts.append(f"weer te betalen vanaf {long_date(letter.resume_rent_from)}")
    else:
        parts.append("de datum waarop de huurder weer betaalt, laten wij u zo snel mogelijk weten")
    text = ", ".join(parts) if letter.resume_rent_from is not None else "; ".join(parts)
    return text[:1].upper() + text[1:]


def schedule_table(rows: tuple[InstalmentRow, ...], st: Styles) -> Table:
    """Number, due date, amount and what remains of the arrears: compact, amounts aligned."""
    size = st.body.fontSize - 1
    left = st.body.clone("cell", fontSize=size, leading=size * 1.2, spaceAfter=0)
    right = left.clone("right", alignment=2)
    head = st.label.clone("head", fontSize=size, leading=size * 1.2)
    head_right = head.clone("head-right", alignment=2)
    cells: list[list[Flowable]] = [
        [
            Paragraph("Termijn", head),
            Paragraph("Vervaldatum", head),
            Paragraph("Bedrag", head_right),
            Paragraph("Resterend", head_right),
        ]
    ]
    for row in rows:
        cells.append(
            [
                Paragraph(str(row.number), left),
                Paragraph(esc(long_date(row.due)), left),
                Paragraph(esc(eur(row.amount)), right),
                Paragraph(esc(eur(row.remaining)), right),
            ]
        )
    widths = [18 * mm, 45 * mm, 30 * mm, 32 * mm]
    assert sum(widths) <= BODY_W
    table = Table(cells, colWidths=widths, hAlign="LEFT", repeatRows=1)
    table.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 6),
                ("TOPPADDING", (0, 0), (-1, -1), 0.5),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 0.5),
                ("LINEBELOW", (0, 0), (-1, 0), 0.5, colors.Color(0.6, 0.6, 0.6)),
            ]
        )
    )
    return table


def _arrangement_rows(terms: ArrangementTerms) -> list[tuple[str, str]]:
    term = "termijn" if terms.instalments == 1 else "termijnen"
    plan = f"{terms.instalments} {term} van {eur(terms.monthly)} per maand"
    if terms.last_amount != terms.monthly:
        plan += f"; de laatste termijn is {eur(terms.last_amount)}"
    return [
        ("Huurachterstand", eur(terms.arrears)),
        ("Aflossing", plan),
        ("Eerste termijn", long_date(terms.first_due)),
        ("Laatste termijn", long_date(terms.last_due)),
    ]


def _settlement_rows(terms: SettlementTerms) -> list[tuple[str, str]]:
    share = eur(terms.corporation_share)
    if terms.full_payment:
        return [
            ("Uw vordering", eur(terms.corporation_debt)),
            ("Aflossing", f"{share}: uw hele vordering (100%)"),
            ("Looptijd", _months(terms.months)),
        ]
    return [
        ("Uw vordering", eur(terms.corporation_debt)),
        (
            "Aanbod (prognose)",
            f"{percentage_nl(terms.percentage)} van uw vordering: {share}, tegen finale kwijting",
        ),
        ("Looptijd", _months(terms.months)),
    ]


def proposal_body(letter: ProposalLetter, st: Styles) -> tuple[str, list[Flowable]]:
    when = long_date(letter.signal_date)
    tenant = facts_table(
        [
            ("Huurder", letter.tenant_name),
            ("Adres", letter.tenant_address),
            ("Lopende huur", rent_text(letter)),
        ],
        st,
        LABEL_MM,
    )
    story: list[Flowable] = []
    if letter.kind is ProposalKind.ARRANGEMENT and letter.arrangement is not None:
        terms = letter.arrangement
        story += [
            st.paragraph(
                f"Naar aanleiding van uw melding van {when} doen wij u, zoals afgesproken in het "
                "convenant (artikel 6.2), een voorstel voor het doorbetalen van de lopende huur "
                "en voor een betalingsregeling voor de huurachterstand."
            ),
            tenant,
            Paragraph("Betalingsregeling voor de huurachterstand", st.heading),
            facts_table(_arrangement_rows(terms), st, LABEL_MM),
        ]
        if terms.schedule:
            story += [Paragraph("Aflossingsschema", st.heading), schedule_table(terms.schedule, st)]
        closing = (
            "Wij vragen u op basis van dit voorstel de betalingsregeling met de huurder te "
            "treffen (artikel 6.4) en ons te laten weten of u akkoord gaat. Heeft u vragen over "
            "dit voorstel? Neem dan contact met ons op."
        )
    elif letter.kind is ProposalKind.SETTLEMENT and letter.settlement is not None:
        terms_s = letter.settlement
        if terms_s.full_payment:
            intro = (
                f"Naar aanleiding van uw melding van {when} is een inventarisatie van de schulden "
                f"gemaakt (artikel 6.1). Daaruit blijkt dat de huurder alle schulden in "
                f"{_months(terms_s.months)} volledig kan aflossen. Hieronder staat wat dat voor uw "
                "vordering betekent; dit is een betalingsregeling, geen aanbod tegen finale "
                "kwijting."
            )
            after = "Het bedrag is een prognose: het kan nog wijzigen (artikel 7.3)."
        else:
            intro = (
                f"Naar aanleiding van uw melding van {when} stellen wij na inventarisatie van de "
                "schulden (artikel 6.1) een schuldregeling voor in het minnelijk traject "
                "(artikel 7.1): een percentageaanbod tegen finale kwijting, ten hoogste 36 "
                "maanden (artikel 7.3)."
            )
            after = (
                "Na betaling van het aangeboden bedrag vervalt de rest van uw vordering (finale "
                "kwijting). Het percentage is een prognose: het definitieve aanbod volgt uit de "
                "schuldbemiddeling door de gemeente (artikel 7.3)."
            )
        story += [
            st.paragraph(intro),
            tenant,
            Paragraph("Aanbod voor uw vordering", st.heading),
            facts_table(_settlement_rows(terms_s), st, LABEL_MM),
            st.paragraph(after, spaced=True),
        ]
        closing = (
            "Wilt u ons laten weten of u met dit aanbod akkoord gaat? Heeft u vragen over dit "
            "voorstel? Neem dan contact met ons op."
        )
    else:
        story += [
            st.paragraph(
                f"Naar aanleiding van uw melding van {when}: volgens het convenant (artikel 6.2) "
                "doen wij binnen twee weken een voorstel voor het doorbetalen van de lopende "
                "huur en, als dat kan, voor een betalingsregeling voor de huurachterstand. "
                "Een voorstel voor de huurachterstand is nu nog niet mogelijk. Daarover "
                "informeren wij u hierbij (artikel 6.3)."
            ),
            tenant,
            Paragraph("Huurachterstand", st.heading),
            st.paragraph(
                "Zodra een voorstel voor de huurachterstand mogelijk is, ontvangt u dat van ons."
            ),
        ]
        closing = "Heeft u vragen over deze brief? Neem dan contact met ons op."
    story.append(st.paragraph(closing, spaced=True))
    return proposal_subject(letter), story


def render_proposal(letter: ProposalLetter) -> Rendered:
    """The proposal PDF. What it can say is what `letter` holds."""
    return render(letter, lambda st: proposal_body(letter, st))
