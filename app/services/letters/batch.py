"""Every feedback letter that is due today or overdue, in one run, into one folder.

One PDF per letter (each written and recorded on its own, so a letter that cannot be made or a
cancel halfway leaves the others intact), then one combined PDF of the letters made, for
printing. Letters that cannot be made are listed with the reason; they do not stop the run.
Runs in a worker thread in the window (its own sessions from the store) and in the CLI.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
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
from app.services.letters.service import LetterRequest, file_name, mark_sent, write_letter
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


@dataclass(frozen=True)
class BatchFailure:
    case_id: int
    english: str
    dutch: str


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
        raise FolderProblem(f"the folder {folder} does not exist", f"De map {folder} bestaat niet.")
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
        except LetterProblem as problem:
            report.failed.append(BatchFailure(case_id, str(problem), problem.dutch()))
            continue
        except FolderProblem:
            raise
        except Exception as exc:  # one broken letter must not stop the others
            ref = errors.log_unexpected(exc)
            report.failed.append(
                BatchFailure(
                    case_id,
                    f"unexpected error (reference {ref})",
                    f"Onverwachte fout (referentie {ref}).",
                )
            )
            continue
        report.made.append(BatchLetter(case_id, saved.path, saved.pages))
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


def mark_batch_sent(
    store: Store,
    ctx: RulesContext,
    case_ids: list[int],
    on: date,
    *,
    today: date | None = None,
    actor: str | None = None,
) -> list[BatchFailure]:
    """Record `feedback_sent` for each case (after the printed letters went out)."""
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
                )
        except LetterProblem as problem:
            failed.append(BatchFailure(case_id, str(problem), problem.dutch()))
    return failed
