"""Making, saving and sending letters: the entry points for the command line and the window.

- :func:`make_letter` builds a letter's typed content and renders the PDF in memory (for the
  preview); a letter that cannot be made raises :class:`LetterProblem` naming what is missing.
- :func:`save_letter` writes it (atomically) and records it on the case's timeline
  (`letter_generated`: kind, addressee, file name), keeps a copy with the case's documents
  (inside the encrypted store; it travels with a handover) and audits it (ids only).
- :func:`store_letter` does that in a transaction of its own and leaves nothing on disk when
  anything fails; :func:`write_letter` makes and stores in one call.
- :func:`mark_sent` records that the letter went out: `feedback_sent` for feedback (this meets
  the `feedback` deadline), a `contact_attempt` by letter for an announcement,
  `troubleshooter_informed` for the notice to the troubleshooter, and for the proposal
  `proposal_sent` or `no_proposal_possible` through `sdv.proposals.mark_proposal_sent` (this
  meets the `proposal` deadline). A Sluitende Aanpak statement and the notice of a broken
  payment agreement are not marked: saving one puts it on the timeline, and it meets no
  deadline, so marking it is refused with a clear reason. The "sent" record keeps how the
  letter went out (`channel`: email, post or saved; see `email_draft.CHANNELS`).
- :func:`write_draft_for` writes the saved letter as an e-mail draft (.eml) next to its PDF.

The proposal letter is pinned to the proposal it was made from: :func:`make_letter` puts that
proposal's id in the request it returns, and saving or marking that letter is refused when the
case's current proposal has changed since (make the letter again).
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass, replace
from datetime import date, datetime
from pathlib import Path

from sqlalchemy.orm import Session

from app.models import Case, CaseDocument, CaseEvent
from app.services import audit, clock
from app.services.casework import RulesContext
from app.services.events import EventProblem, record_event
from app.services.letters import addressing, email_draft
from app.services.letters.addressing import ContactSource
from app.services.letters.announcement import build_announcement, render_announcement
from app.services.letters.broken_arrangement import (
    build_broken_arrangement,
    render_broken_arrangement,
)
from app.services.letters.common import handler_for, with_handler
from app.services.letters.feedback import build_feedback, render_feedback
from app.services.letters.fields import (
    ADDRESSEE_ROLE,
    DUTCH_NAME,
    TITLE,
    AnnouncementLetter,
    BrokenArrangementNotice,
    FeedbackLetter,
    Letter,
    LetterKind,
    ProposalLetter,
    SluitendeAanpakStatement,
    TroubleshooterNotice,
)
from app.services.letters.files import staged
from app.services.letters.problems import LetterProblem, Missing, case_closed, no_case
from app.services.letters.proposal import build_proposal, proposal_for_letter, render_proposal
from app.services.letters.render import Rendered
from app.services.letters.sluitende import (
    build_sluitende_aanpak,
    nothing_to_mark,
    render_sluitende_aanpak,
)
from app.services.letters.troubleshooter import (
    build_troubleshooter_notice,
    render_troubleshooter,
)
from app.services.problems import problem
from app.services.restriction import CaseRestricted, ensure_not_restricted
from app.services.sdv.proposals import (
    ProposalProblem,
    ProposalView,
    current_proposal,
    mark_proposal_sent,
)
from app.services.store import Store


@dataclass(frozen=True)
class LetterRequest:
    case_id: int
    kind: LetterKind
    #: announcement only: the tenant may decline the visit
    with_opt_out: bool = False
    #: announcement only: when the visit is planned (None: "binnenkort")
    visit: datetime | None = None
    #: proposal only: the proposal the letter is about (None: the case's current proposal;
    #: :func:`make_letter` fills it in, so the letter that was previewed is the one marked)
    proposal_id: int | None = None
    #: proposal only: what to do with a debt of another creditor than the corporation:
    #: "ask" (refuse, naming it), "include" or "leave_out" (see `proposal.other_creditor_debts`)
    other_creditors: str = "ask"


@dataclass(frozen=True)
class MadeLetter:
    """A rendered letter, not yet saved."""

    request: LetterRequest
    pdf: bytes
    pages: int
    file_name: str
    #: the letter's own title (e.g. "Voorstel betalingsregeling"); "" for the kind's title
    title: str = ""
    #: the addressee (organisation or person) and its e-mail address from the contact list
    to_name: str = ""
    to_email: str = ""
    #: "ons kenmerk" (VN-12) and the office's name, for the e-mail draft
    our_reference: str = ""
    office_name: str = ""

    @property
    def addressee_role(self) -> str:
        return ADDRESSEE_ROLE[self.request.kind]

    @property
    def document_title(self) -> str:
        return self.title or TITLE[self.request.kind]

    def draft_content(self, attachment_name: str) -> email_draft.DraftContent:
        reference = self.our_reference or f"VN-{self.request.case_id}"
        return email_draft.DraftContent(
            to_name=self.to_name,
            to_email=self.to_email,
            subject=email_draft.draft_subject(self.document_title, reference),
            body=email_draft.draft_body(self.document_title, reference, self.office_name),
            attachment_name=attachment_name,
        )


@dataclass(frozen=True)
class SavedLetter:
    path: Path
    pages: int
    event_id: int
    pdf: bytes
    made: MadeLetter | None = None


def write_draft_for(made: MadeLetter, pdf_path: Path) -> Path:
    """The saved letter as an e-mail draft (.eml) next to its PDF; the PDF on disk is attached."""
    pdf_path = Path(pdf_path)
    return email_draft.write_draft(pdf_path, made.draft_content(pdf_path.name))


def file_name(kind: LetterKind, case_id: int, day: date) -> str:
    """'2026-11-23-zaak-12-terugkoppeling.pdf': sorts by date, carries no name."""
    return f"{day.isoformat()}-zaak-{case_id}-{DUTCH_NAME[kind]}.pdf"


def build_letter(
    session: Session,
    request: LetterRequest,
    ctx: RulesContext,
    today: date,
    contacts: ContactSource | None = None,
) -> Letter:
    source = contacts or addressing.default_contacts()
    if request.kind is LetterKind.FEEDBACK:
        return build_feedback(session, request.case_id, ctx, today, source)
    if request.kind is LetterKind.ANNOUNCEMENT:
        return build_announcement(
            session,
            request.case_id,
            ctx,
            today,
            source,
            with_opt_out=request.with_opt_out,
            visit=request.visit,
        )
    if request.kind is LetterKind.PROPOSAL:
        return build_proposal(
            session,
            request.case_id,
            ctx,
            today,
            source,
            proposal_id=request.proposal_id,
            other_creditors=request.other_creditors,
        )
    if request.kind is LetterKind.SLUITENDE_AANPAK:
        return build_sluitende_aanpak(session, request.case_id, ctx, today, source)
    if request.kind is LetterKind.BROKEN_ARRANGEMENT:
        return build_broken_arrangement(session, request.case_id, ctx, today, source)
    return build_troubleshooter_notice(session, request.case_id, ctx, today, source)


def render_letter(letter: Letter) -> Rendered:
    if isinstance(letter, FeedbackLetter):
        return render_feedback(letter)
    if isinstance(letter, AnnouncementLetter):
        return render_announcement(letter)
    if isinstance(letter, ProposalLetter):
        return render_proposal(letter)
    if isinstance(letter, SluitendeAanpakStatement):
        return render_sluitende_aanpak(letter)
    if isinstance(letter, BrokenArrangementNotice):
        return render_broken_arrangement(letter)
    assert isinstance(letter, TroubleshooterNotice)
    return render_troubleshooter(letter)


def make_letter(
    session: Session,
    request: LetterRequest,
    ctx: RulesContext,
    today: date,
    contacts: ContactSource | None = None,
    *,
    actor: str | None = None,
) -> MadeLetter:
    """`actor`: the worker making the letter (default: the login); their profile gives the
    "Behandeld door" block, or none without a profile."""
    case = session.get(Case, request.case_id)
    if case is not None:  # a missing case is said by the builder
        try:
            ensure_not_restricted(case)  # AVG 18: no letter is made for a restricted case
        except CaseRestricted as exc:
            raise _event_problem(exc, case) from exc
    if request.kind is LetterKind.PROPOSAL and request.proposal_id is None:
        # pin the letter to the proposal it shows (none: the builder says what is missing)
        current = current_proposal(session, request.case_id)
        if current is not None:
            request = replace(request, proposal_id=current.id)
    letter = build_letter(session, request, ctx, today, contacts)
    letter = with_handler(letter, handler_for(session, actor))
    rendered = render_letter(letter)
    frame = letter.frame
    lines = frame.addressee.lines
    return MadeLetter(
        request,
        rendered.pdf,
        rendered.pages,
        file_name(request.kind, request.case_id, today),
        frame.document_title,
        to_name=lines[0] if lines else "",
        to_email=email_draft.email_in(lines),
        our_reference=frame.our_reference,
        office_name=frame.letterhead.office_name,
    )


def _event_problem(exc: EventProblem, case: Case) -> LetterProblem:
    """The timeline refused the letter's record: said as a letter problem (same short code)."""
    if isinstance(exc, CaseRestricted):
        return LetterProblem(
            problem("letter.restricted", case=exc.case_id, since=exc.since)
        )
    if exc.code == "future_date":
        return LetterProblem(problem("letter.future_date"))
    if exc.code == "before_signal":
        return LetterProblem(problem("letter.before_signal", signal=case.signal_date))
    if exc.code == "closed":
        return LetterProblem(case_closed(case.id))
    return LetterProblem(problem("letter.not_recorded", detail=str(exc)))


def _proposal_problem(exc: ProposalProblem, proposal: ProposalView, on: date) -> LetterProblem:
    """The proposal cannot be marked as sent: said as a letter problem (same short code)."""
    number = proposal.id
    if exc.code == "no_proposal":
        return LetterProblem(problem("letter.no_proposal.numbered", proposal=number))
    if exc.code == "withdrawn":
        return LetterProblem(problem("letter.withdrawn", proposal=number))
    if exc.code == "already_sent" and proposal.sent_on is not None:
        sent_on = proposal.sent_on
        return LetterProblem(problem("letter.already_sent", proposal=number, sent_on=sent_on))
    if exc.code == "before_made":
        made_on = proposal.made_on
        return LetterProblem(
            problem("letter.before_made", proposal=number, made_on=made_on, on=on)
        )
    return LetterProblem(problem("letter.not_recorded", detail=str(exc)))


def save_letter(
    session: Session,
    made: MadeLetter,
    target: Path,
    ctx: RulesContext,
    today: date,
    *,
    actor: str | None = None,
) -> CaseEvent:
    """Write the PDF to `target` and record it; the file appears only if the record succeeds."""
    case = session.get(Case, made.request.case_id)
    if case is None:
        raise LetterProblem(no_case(made.request.case_id))
    target = Path(target)
    detail: dict[str, object] = {
        "letter": made.request.kind.value,
        "addressee": made.addressee_role,
        "file": target.name,
    }
    if made.request.kind is LetterKind.PROPOSAL:
        # the proposal may not have changed since the letter was made
        detail["proposal"] = proposal_for_letter(session, case.id, made.request.proposal_id).uid
    with staged(target, made.pdf):
        try:
            event = record_event(
                session,
                case,
                "letter_generated",
                today,
                ctx,
                detail,
                actor=actor,
                today=today,
            )
        except EventProblem as exc:
            raise _event_problem(exc, case) from exc
        session.add(
            CaseDocument(
                case_id=case.id,
                source="brief",
                title=made.document_title,
                file_name=target.name,
                media_type="application/pdf",
                size=len(made.pdf),
                sha256=hashlib.sha256(made.pdf).hexdigest(),
                content=made.pdf,
                added_at=clock.now(),
                added_by=actor or audit.current_actor(),
            )
        )
        audit.record(
            session,
            "export",
            "letter",
            event.id,
            detail=f"case={case.id} kind={made.request.kind.value} pages={made.pages}",
            actor=actor,
        )
        session.flush()
    return event


def store_letter(
    store: Store,
    made: MadeLetter,
    target: Path,
    ctx: RulesContext,
    today: date,
    *,
    actor: str | None = None,
) -> SavedLetter:
    """Save a made (previewed) letter in a transaction of its own; nothing is left on disk
    when anything fails, not even when the commit itself fails after the file moved in."""
    target = Path(target)
    existed = target.exists()
    try:
        with store.transaction() as session:
            event_id = save_letter(session, made, target, ctx, today, actor=actor).id
    except BaseException:
        if not existed and target.exists():  # written, but the record did not commit
            target.unlink(missing_ok=True)
        raise
    return SavedLetter(target, made.pages, event_id, made.pdf, made)


def write_letter(
    store: Store,
    request: LetterRequest,
    ctx: RulesContext,
    today: date,
    target: Path,
    *,
    contacts: ContactSource | None = None,
    actor: str | None = None,
) -> SavedLetter:
    """Make, write and record one letter (the command line and the batch)."""
    with store.session() as session:
        made = make_letter(session, request, ctx, today, contacts, actor=actor)
    return store_letter(store, made, target, ctx, today, actor=actor)


#: letters that are only saved: saving puts them on the timeline, and they meet no deadline
UNMARKED = (LetterKind.SLUITENDE_AANPAK, LetterKind.BROKEN_ARRANGEMENT)

SENT_EVENT: dict[LetterKind, str] = {
    LetterKind.FEEDBACK: "feedback_sent",
    LetterKind.ANNOUNCEMENT: "contact_attempt",
    LetterKind.TROUBLESHOOTER: "troubleshooter_informed",
    # PROPOSAL: `proposal_sent` or `no_proposal_possible`, by `sdv.proposals.SENT_EVENT`
}


def unknown_channel(channel: str) -> Missing:
    known = ", ".join(email_draft.CHANNELS)
    return problem("letter.bad_channel", channel=repr(channel), known=known)


def sent_channel(event: CaseEvent) -> str | None:
    """How a marked letter went out (`email`, `post`, `saved`), or None when not recorded."""
    try:
        value = json.loads(event.detail or "{}").get("channel")
    except (ValueError, AttributeError):
        return None
    return value if value in email_draft.CHANNELS else None


def mark_sent(
    session: Session,
    request: LetterRequest,
    ctx: RulesContext,
    on: date,
    *,
    today: date | None = None,
    actor: str | None = None,
    channel: str | None = None,
) -> CaseEvent:
    """Record that the letter went out (see the module docstring for which event), and how.

    `channel` is what the worker said (email, post, saved); None records no channel rather
    than a guessed one."""
    if channel is not None and channel not in email_draft.CHANNELS:
        raise LetterProblem(unknown_channel(channel))
    case = session.get(Case, request.case_id)
    if case is None:
        raise LetterProblem(no_case(request.case_id))
    if request.kind in UNMARKED:
        raise LetterProblem(nothing_to_mark(request.kind))
    if request.kind is LetterKind.PROPOSAL:
        event = _mark_proposal_sent(session, request, ctx, on, today=today, actor=actor)
        if channel is not None:
            detail_now = json.loads(event.detail or "{}")
            detail_now["channel"] = channel
            event.detail = json.dumps(detail_now, default=str, sort_keys=True)
            session.flush()
        return event
    kind = SENT_EVENT[request.kind]
    detail: dict[str, object] = {"via": "brief"}
    if request.kind is LetterKind.ANNOUNCEMENT:
        method = "brief_met_afmelding" if request.with_opt_out else "brief_zonder_afmelding"
        detail = {"method": method, "reached": False}
    if channel is not None:
        detail["channel"] = channel
    try:
        return record_event(session, case, kind, on, ctx, detail, actor=actor, today=today)
    except EventProblem as exc:
        raise _event_problem(exc, case) from exc


def _mark_proposal_sent(
    session: Session,
    request: LetterRequest,
    ctx: RulesContext,
    on: date,
    *,
    today: date | None,
    actor: str | None,
) -> CaseEvent:
    """The proposal the letter was made from went out; refused when it is no longer current."""
    proposal = proposal_for_letter(session, request.case_id, request.proposal_id)
    try:
        return mark_proposal_sent(session, proposal.id, ctx, on, today=today, actor=actor)
    except EventProblem as exc:
        case = session.get(Case, request.case_id)
        assert case is not None  # the proposal was found for it
        raise _event_problem(exc, case) from exc
    except ProposalProblem as exc:
        raise _proposal_problem(exc, proposal, on) from exc
