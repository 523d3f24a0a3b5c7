"""Every feedback letter that is due today or overdue, in one run, into one folder.

One PDF per letter (each written and recorded on its own, so a letter that cannot be made or a
cancel halfway leaves the others intact), then one combined PDF of the letters made, for
printing. Letters that cannot be made are listed with the reason; they do not stop the run.
Runs in a worker thread in the window (its own sessions from the store) and in the CLI.

Making the letters marks nothing: the report lists every letter made (reference, addressee,
kind, file), and :func:`mark_batch_sent` is a separate step for the cases the worker ticked
after seeing that list. :func:`write_batch_drafts` writes e-mail drafts (.eml) next to them.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field, replace
from datetime import date
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.models import Case, CaseDeadline
from app.services import audit, errors
from app.services.casework import CLOSED_STATUS, RulesContext
from app.services.letters import addressing
from app.services.letters.addressing import ContactSource
from app.services.letters.fields import LetterKind
from app.services.letters.files import FolderProblem, combine_pdfs, write_atomically
from app.services.letters.problems import LetterProblem
from app.services.letters.service import (
    LetterRequest,
    file_name,
    mark_sent,
    write_draft_for,
    write_letter,
)
from app.services.problems import Refusal, problem
from app.services.store import Store

Progress = Callable[[int, int], bool]


def due_feedback_case_ids(session: Session, today: date) -> list[int]:
    """Open cases whose `feedback` deadline is unmet and due today or earlier, soonest first."""
    rows = session.execute(
        select(CaseDeadline.case_id)
        .join(Case, Case.id == CaseDeadline.case_id)
        .where(
            CaseDeadline.term_id == "feedback",
            CaseDeadline.met_on.is_(None),
            CaseDeadline.due <= today,
            Case.status != CLOSED_STATUS,
        )
        .order_by(CaseDeadline.due, CaseDeadline.case_id)
    )
    return list(dict.fromkeys(rows.scalars()))


def combined_name(day: date) -> str:
    return f"{day.isoformat()}-alle-terugkoppelingen.pdf"


@dataclass(frozen=True)
class BatchLetter:
    case_id: int
    path: Path
    pages: int
    #: "VN-12" (ons kenmerk) and the corporation's own reference ("" when none)
    our_reference: str = ""
    your_reference: str = ""
    #: the addressee (the corporation) and its e-mail address from the contact list
    recipient: str = ""
    email: str = ""
    kind: LetterKind = LetterKind.FEEDBACK
    office_name: str = ""
    #: the e-mail draft next to the PDF, once written
    draft: Path | None = None

    @property
    def reference(self) -> str:
        return (
            f"{self.our_reference} / {self.your_reference}"
            if self.your_reference
            else (self.our_reference or f"VN-{self.case_id}")
        )


@dataclass(frozen=True)
class BatchFailure:
    """A case whose letter was not made or marked: `refusal` says why, in either language."""

    case_id: int
    refusal: Refusal

    @property
    def english(self) -> str:
        return str(self.refusal)


@dataclass
class BatchReport:
    folder: Path
    total: int
    made: list[BatchLetter] = field(default_factory=list)
    failed: list[BatchFailure] = field(default_factory=list)
    combined: Path | None = None
    cancelled: bool = False


def run_feedback_batch(
    store: Store,
    ctx: RulesContext,
    folder: Path,
    today: date,
    *,
    progress: Progress | None = None,
    contacts: ContactSource | None = None,
    actor: str | None = None,
) -> BatchReport:
    """Make the due feedback letters in `folder`. Raises FolderProblem only if the folder
    itself cannot be written; every other failure is listed in the report."""
    folder = Path(folder)
    if not folder.is_dir():
        raise FolderProblem(problem("letter.folder_missing", folder=str(folder)))
    source = contacts or addressing.default_contacts()
    with store.session() as session:
        ids = due_feedback_case_ids(session, today)
    report = BatchReport(folder, len(ids))
    documents: list[bytes] = []
    for index, case_id in enumerate(ids):
        if progress is not None and not progress(index, len(ids)):
            report.cancelled = True
            break
        request = LetterRequest(case_id, LetterKind.FEEDBACK)
        target = folder / file_name(LetterKind.FEEDBACK, case_id, today)
        try:
            saved = write_letter(store, request, ctx, today, target, contacts=source, actor=actor)
        except LetterProblem as refusal:
            report.failed.append(BatchFailure(case_id, refusal))
            continue
        except FolderProblem:
            raise
        except Exception as exc:  # one broken letter must not stop the others
            ref = errors.log_unexpected(exc)
            report.failed.append(
                BatchFailure(case_id, Refusal(problem("letter.unexpected", reference=ref)))
            )
            continue
        made = saved.made
        with store.session() as session:
            case = session.get(Case, case_id)
            your_reference = (case.reference or "") if case is not None else ""
        report.made.append(
            BatchLetter(
                case_id,
                saved.path,
                saved.pages,
                our_reference=made.our_reference if made else f"VN-{case_id}",
                your_reference=your_reference,
                recipient=made.to_name if made else "",
                email=made.to_email if made else "",
                office_name=made.office_name if made else "",
            )
        )
        documents.append(saved.pdf)
    if documents:
        combined = folder / combined_name(today)
        write_atomically(combined, combine_pdfs(documents))
        report.combined = combined
    with store.transaction() as session:
        audit.record(
            session,
            "export",
            "letter_batch",
            "feedback",
            detail=(
                f"due={report.total} made={len(report.made)} failed={len(report.failed)}"
                f"{' cancelled' if report.cancelled else ''}"
            ),
            actor=actor,
        )
    if progress is not None and not report.cancelled:
        progress(len(ids), len(ids))
    return report


def write_batch_drafts(letters: list[BatchLetter]) -> list[BatchLetter]:
    """An e-mail draft (.eml) next to each letter's PDF; the letters with `draft` filled in."""
    from app.services.letters.service import MadeLetter

    done: list[BatchLetter] = []
    for item in letters:
        made = MadeLetter(
            LetterRequest(item.case_id, item.kind),
            b"",
            item.pages,
            item.path.name,
            to_name=item.recipient,
            to_email=item.email,
            our_reference=item.our_reference,
            office_name=item.office_name,
        )
        done.append(replace(item, draft=write_draft_for(made, item.path)))
    return done


def mark_batch_sent(
    store: Store,
    ctx: RulesContext,
    case_ids: list[int],
    on: date,
    *,
    today: date | None = None,
    actor: str | None = None,
    channel: str | None = None,
) -> list[BatchFailure]:
    """Record `feedback_sent` for each case the worker ticked, and how it went out."""
    failed: list[BatchFailure] = []
    for case_id in case_ids:
        try:
            with store.transaction() as session:
                mark_sent(
                    session,
                    LetterRequest(case_id, LetterKind.FEEDBACK),
                    ctx,
                    on,
                    today=today,
                    actor=actor,
                    channel=channel,
                )
        except LetterProblem as refusal:
            failed.append(BatchFailure(case_id, refusal))
    return failed
