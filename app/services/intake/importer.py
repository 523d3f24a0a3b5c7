"""Importing signal files into the store: all or nothing (or `partial`), idempotent, audited.

Long imports report progress per chunk and can be cancelled: the progress callback returns
False, `ImportCancelled` is raised, and the caller's transaction rolls back as a whole.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path
from typing import Any

from sqlalchemy import select, tuple_
from sqlalchemy.orm import Session

from app.models import Case, new_uid
from app.services import audit, clock
from app.services.bulk import insert_rows, next_ids
from app.services.casework import RulesContext, index_for_search, recompute_cases
from app.services.demo_mark import is_demo_database, refuse_import_into_demo
from app.services.intake.minimise import dropped_warning, minimise, not_stored
from app.services.intake.signals import (
    CRIMINAL_OFFENCE,
    ParseResult,
    RowError,
    SignalRecord,
    parse_signals,
)
from app.services.organisations import corporation_resolver, organisation_ids
from app.services.rules.profile import CovenantProfile
from app.services.store import Store

#: ``progress(done, total)``: records stored so far and in all; return False to cancel
Progress = Callable[[int, int], bool]

#: records inserted (and recomputed) per chunk when progress is reported
PROGRESS_CHUNK = 500

#: audit action for a signal refused at intake because it is outside the covenant (H 1.3)
INTAKE_REFUSED = "intake_refused"


class ImportCancelled(Exception):
    """The progress callback asked to stop; the caller's transaction must roll back."""


class AlreadyPresent(Exception):
    """A signal with the same corporation, reference and signal date is already stored."""


@dataclass
class ImportReport:
    created: list[int] = field(default_factory=list)  # new case ids
    duplicates: list[tuple[int, str]] = field(default_factory=list)  # (row, reference)
    errors: list[RowError] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    rows_seen: int = 0
    new_signals: int = 0  # valid rows not yet in the store
    applied: bool = False
    dry_run: bool = False
    encoding: str = ""
    delimiter: str = ""

    @property
    def rejected(self) -> bool:
        return bool(self.errors) and not self.applied

    def as_json(self) -> dict[str, Any]:
        return {
            "applied": self.applied,
            "dry_run": self.dry_run,
            "rows": self.rows_seen,
            "created": len(self.created),
            "new_signals": self.new_signals,
            "case_ids": self.created,
            "already_present": [{"row": r, "referentie": ref} for r, ref in self.duplicates],
            "errors": [
                {"row": e.row, "column": e.column, "message": e.message} for e in self.errors
            ],
            "warnings": self.warnings,
            "encoding": self.encoding,
            "delimiter": self.delimiter,
        }


def _tenths(value: Decimal | None) -> int | None:
    return None if value is None else int((value * 10).to_integral_value())


def _cents(value: Decimal | None) -> int | None:
    return None if value is None else int((value * 100).to_integral_value())


def case_row(
    record: SignalRecord, corporation_id: int, now: datetime, demo: bool
) -> dict[str, Any]:
    return {
        "corporation_id": corporation_id,
        "reference": record.reference,
        "signal_date": record.signal_date,
        "kind": record.kind,
        "consent": record.consent,
        "tenant_name": record.name,
        "street": record.street,
        "house_number": record.house_number,
        "postcode": record.postcode,
        "city": record.city,
        "phone": record.phone,
        "email": record.email,
        "birth_date": record.birth_date,
        "occupants": record.occupants,
        "arrears_since": record.arrears_since,
        "arrears_months_tenths": _tenths(record.arrears_months),
        "arrears_cents": _cents(record.arrears_amount),
        "monthly_rent_cents": _cents(record.monthly_rent),
        "bailiff_date": record.bailiff_date,
        "eviction_date": record.eviction_date,
        "reported_bailiff_date": record.bailiff_date,
        "reported_eviction_date": record.eviction_date,
        "children_under_18": record.children_under_18,
        "statushouder": record.statushouder,
        "known": record.known,
        "status": "nieuw",
        "assignee": None,
        "outcome": None,
        "closed_on": None,
        "is_demo": demo,
        "next_due": None,
        "flags": "",
        "created_at": now,
        "updated_at": now,
    }


def store_records(
    session: Session,
    records: Sequence[SignalRecord],
    ctx: RulesContext,
    *,
    demo: bool = False,
    author: str | None = None,
    recompute: bool = True,
    progress: Progress | None = None,
) -> list[int]:
    """Insert validated, new signals as cases (with household and note) and compute them.

    With ``progress``, the records go in chunks of `PROGRESS_CHUNK` (insert and recompute per
    chunk); ``progress(done, total)`` is called once before the first chunk and after each one.
    When it returns False, `ImportCancelled` is raised: the caller's transaction must roll back,
    which undoes the chunks already written.

    Every case stored in a demo database is marked as demo, whatever ``demo`` says."""
    if not records:
        return []
    demo = demo or is_demo_database(session)
    # B2 step 1: whatever the way in, only the columns the covenant declares are kept
    records = [minimise(r, ctx.profile) for r in records]
    if progress is None:
        return _store_chunk(session, records, ctx, demo=demo, author=author, recompute=recompute)
    total = len(records)
    if not progress(0, total):
        raise ImportCancelled
    ids: list[int] = []
    for start in range(0, total, PROGRESS_CHUNK):
        chunk = records[start : start + PROGRESS_CHUNK]
        ids.extend(_store_chunk(session, chunk, ctx, demo=demo, author=author, recompute=recompute))
        if not progress(len(ids), total):
            raise ImportCancelled
    return ids


def _note_row(
    case_id: int, text: str, author: str, now: datetime | None = None
) -> dict[str, Any]:
    """An internal note (never shareable) as a row for `insert_rows`."""
    return {
        "uid": new_uid(),
        "case_id": case_id,
        "text": text,
        "created_at": now or clock.now(),
        "author": author,
        "shareable": False,
    }


def _store_chunk(
    session: Session,
    records: Sequence[SignalRecord],
    ctx: RulesContext,
    *,
    demo: bool,
    author: str | None,
    recompute: bool,
) -> list[int]:
    org_ids = organisation_ids(session)
    now = clock.now()
    conn = session.connection()
    ids = next_ids(conn, "cases", len(records))
    rows = [
        {"id": case_id, **case_row(r, org_ids[r.corporation_code], now, demo)}
        for case_id, r in zip(ids, records, strict=True)
    ]
    members: list[dict[str, Any]] = []
    notes: list[dict[str, Any]] = []
    who = author or audit.current_actor()
    for case_id, record in zip(ids, records, strict=True):
        members.extend({"case_id": case_id, "birth_date": b} for b in record.occupant_birth_dates)
        if record.note:
            notes.append(_note_row(case_id, record.note, who, now))
    insert_rows(conn, "cases", rows)
    insert_rows(conn, "household_members", members)
    insert_rows(conn, "internal_notes", notes)
    index_for_search(session, ids)
    if recompute:
        recompute_cases(session, ids, ctx)
    return ids


def existing_keys(session: Session, records: Sequence[SignalRecord]) -> set[tuple[str, str, date]]:
    """Which (corporation code, reference, signal date) keys are already in the store."""
    org_ids = organisation_ids(session)
    code_by_id = {v: k for k, v in org_ids.items()}
    wanted = [(org_ids[r.corporation_code], r.reference, r.signal_date) for r in records]
    found: set[tuple[str, str, date]] = set()
    for start in range(0, len(wanted), 300):
        chunk = wanted[start : start + 300]
        rows = session.execute(
            select(Case.corporation_id, Case.reference, Case.signal_date).where(
                tuple_(Case.corporation_id, Case.reference, Case.signal_date).in_(chunk)
            )
        )
        for corp_id, ref, day in rows:
            found.add((code_by_id[corp_id], ref, day))
    return found


def kind_not_in_covenant(kind: str, allowed: Sequence[str]) -> str:
    return f"'{kind}' is not a kind of signal in this covenant (allowed: {', '.join(allowed)})"


def _check_file(
    session: Session,
    data: bytes,
    *,
    dry_run: bool,
    today: date | None,
    profile: CovenantProfile | None = None,
    source_name: str = "",
) -> tuple[ImportReport, ParseResult, list[SignalRecord], dict[str, str]]:
    """Parse and validate a file and split its valid rows into new and already present.

    With ``profile``: rows of a kind outside the covenant are errors, its aliases of the
    corporations are accepted, and the columns it does not keep are named in a warning.
    Returns the report so far, the parse result, the new records and the corporation names by
    code. Changes nothing."""
    allowed_kinds = profile.signal_kinds if profile is not None else None
    resolve, known = corporation_resolver(session, profile)
    # the columns the covenant does not keep are not even read (B2 step 1)
    ignore = not_stored(profile) if profile is not None else ()
    parsed = parse_signals(data, resolve, today=today, ignore=ignore, file_name=source_name)
    report = ImportReport(
        errors=list(parsed.errors),
        warnings=list(parsed.warnings),
        rows_seen=parsed.rows_seen,
        dry_run=dry_run,
        encoding=parsed.encoding,
        delimiter=parsed.delimiter,
    )
    if parsed.ignored_with_values and profile is not None:
        report.warnings.append(dropped_warning(list(parsed.ignored_with_values), profile.name))
    if any("unknown corporation" in e.message for e in report.errors):
        report.warnings.append("known corporations: " + ", ".join(known))
    records = list(parsed.records)
    if allowed_kinds is not None:
        outside = [r for r in records if r.kind not in allowed_kinds]
        for r in outside:
            report.errors.append(
                RowError(r.row, "soort", kind_not_in_covenant(r.kind, allowed_kinds))
            )
        report.errors.sort(key=lambda e: e.row)
        records = [r for r in records if r.kind in allowed_kinds]
    present = existing_keys(session, records)
    new_records: list[SignalRecord] = []
    for record in records:
        if record.key in present:
            report.duplicates.append((record.row, record.reference))
        else:
            new_records.append(record)
    report.new_signals = len(new_records)
    names: dict[str, str] = {}
    for name in known:
        code = resolve(name)
        if code is not None:
            names.setdefault(code, name)
    return report, parsed, new_records, names


def import_signals(
    session: Session,
    data: bytes,
    ctx: RulesContext,
    *,
    dry_run: bool = False,
    partial: bool = False,
    today: date | None = None,
    source_name: str = "",
    progress: Progress | None = None,
    invented: bool = False,
) -> ImportReport:
    """Validate the whole file, then apply it in the caller's transaction (or not at all).

    Raises `FileProblem` when the file as a whole cannot be read, and `ImportIntoDemo` (before
    reading anything) when the database is a demo database: real signals never go into one. A
    file the caller declares ``invented`` (invented people only, e.g. a sample file) goes only
    into a demo database, its cases marked demo. With ``progress`` (see `store_records`) the
    import can be cancelled: `ImportCancelled` is raised and the caller's transaction must roll
    back; nothing is audited then. ``source_name`` is the file's name: one ending in ``.xlsx``
    is read as an Excel workbook (so is any file whose content is one).
    """
    refuse_import_into_demo(session, invented=invented)
    report, parsed, new_records, _ = _check_file(
        session, data, dry_run=dry_run, today=today, profile=ctx.profile, source_name=source_name
    )
    if (report.errors and not partial) or dry_run:
        return report  # a rejected file or a dry run changes nothing, not even the audit trail
    report.created = store_records(session, new_records, ctx, progress=progress)
    report.applied = True
    for error in report.errors:  # taken with --partial: each H 1.3 refusal is on record
        if error.column == "strafbaar_feit" and error.message == CRIMINAL_OFFENCE:
            record_intake_refusal(session, reason="H 1.3")
    audit.record(
        session,
        "import",
        "signal_file",
        "-",
        result="partial" if report.errors else "ok",
        detail=(
            f"rows={parsed.rows_seen} created={len(report.created)} "
            f"already_present={len(report.duplicates)} errors={len(report.errors)}"
        ),
    )
    return report


@dataclass
class ImportPreview:
    """What importing a file would do, for a screen to show before anything is written."""

    report: ImportReport  # a dry-run report: counts, duplicates, every error and warning
    records: list[SignalRecord]  # the valid rows in file order (new and already present)
    present_rows: set[int]  # rows of ``records`` whose signal is already stored
    corporation_names: dict[str, str]  # corporation code -> name, for display

    @property
    def rows_with_problems(self) -> int:
        """Rows that would be left out (a header problem leaves out every row)."""
        return max(0, self.report.rows_seen - len(self.records))


def preview_signals(
    session: Session,
    data: bytes,
    *,
    today: date | None = None,
    profile: CovenantProfile | None = None,
    source_name: str = "",
) -> ImportPreview:
    """Check a signal file without changing anything (not even the audit trail).

    Raises `FileProblem` when the file as a whole cannot be read, and `ImportIntoDemo` when the
    database is a demo database (nothing is imported into one, so nothing need be checked).
    ``source_name`` as for `import_signals`."""
    refuse_import_into_demo(session)
    report, parsed, _, names = _check_file(
        session, data, dry_run=True, today=today, profile=profile, source_name=source_name
    )
    return ImportPreview(
        report=report,
        records=list(parsed.records),
        present_rows={row for row, _ in report.duplicates},
        corporation_names=names,
    )


def create_signal_case(
    session: Session,
    record: SignalRecord,
    ctx: RulesContext,
    *,
    author: str | None = None,
    source: str = "intake_form",
) -> int:
    """Store one validated signal typed in by a worker; returns the new case id.

    Raises `AlreadyPresent` (and writes nothing) when the signal is already stored. The audit
    entry holds the case id and where it came from, never personal data."""
    if existing_keys(session, [record]):
        raise AlreadyPresent
    # the note typed in the window is the worker's own internal note, not a corporation's
    # free text: it is kept whatever the profile says of the `notitie` column
    worker_note = record.note
    (case_id,) = store_records(session, [replace(record, note=None)], ctx, author=author)
    if worker_note:
        who = author or audit.current_actor()
        insert_rows(
            session.connection(), "internal_notes", [_note_row(case_id, worker_note, who)]
        )
    audit.record(session, "create", "case", case_id, detail=f"source={source}", actor=author)
    return case_id


def record_intake_refusal(
    session: Session,
    *,
    reason: str,
    corporation_code: str | None = None,
    author: str | None = None,
) -> None:
    """Audit that a signal was refused at intake (e.g. ``reason="H 1.3"``); stores no person.

    Only the reason and the sending corporation's code are kept (for the H 9.5 counts)."""
    detail = f"reason={reason}"
    if corporation_code:
        detail += f" corporation={corporation_code}"
    audit.record(
        session, INTAKE_REFUSED, "signal", "-", result="refused", detail=detail, actor=author
    )


# --- the import dialog's background jobs: each in a session of its own -------------------------


def read_and_preview(
    store: Store, path: Path, today: date, profile: CovenantProfile | None = None
) -> tuple[bytes, ImportPreview]:
    """Worker-thread job: read the file once and check it in a session of its own."""
    data = path.read_bytes()
    with store.session() as session:
        return data, preview_signals(
            session, data, today=today, profile=profile, source_name=path.name
        )


def run_import(
    store: Store,
    ctx: RulesContext,
    data: bytes,
    *,
    partial: bool,
    today: date,
    progress: Callable[[int, int], bool],
    source_name: str = "",
) -> ImportReport:
    """Worker-thread job: the import in one transaction of its own (rolled back on cancel)."""
    with store.transaction() as session:
        return import_signals(
            session,
            data,
            ctx,
            partial=partial,
            today=today,
            progress=progress,
            source_name=source_name,
        )
