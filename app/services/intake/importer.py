"""Importing signal files into the store: all or nothing (or `partial`), idempotent, audited."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from decimal import Decimal
from typing import Any

from sqlalchemy import select, tuple_
from sqlalchemy.orm import Session

from app.models import Case
from app.services import audit
from app.services.bulk import insert_rows, next_ids
from app.services.casework import RulesContext, recompute_cases
from app.services.intake.signals import RowError, SignalRecord, parse_signals
from app.services.organisations import corporation_resolver, organisation_ids


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
) -> list[int]:
    """Insert validated, new signals as cases (with household and note) and compute them."""
    if not records:
        return []
    org_ids = organisation_ids(session)
    now = datetime.now()
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
            notes.append(
                {
                    "case_id": case_id,
                    "text": record.note,
                    "created_at": now,
                    "author": who,
                    "shareable": False,
                }
            )
    insert_rows(conn, "cases", rows)
    insert_rows(conn, "household_members", members)
    insert_rows(conn, "internal_notes", notes)
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


def import_signals(
    session: Session,
    data: bytes,
    ctx: RulesContext,
    *,
    dry_run: bool = False,
    partial: bool = False,
    today: date | None = None,
    source_name: str = "",
) -> ImportReport:
    """Validate the whole file, then apply it in the caller's transaction (or not at all).

    Raises `FileProblem` when the file as a whole cannot be read.
    """
    resolve, known = corporation_resolver(session)
    parsed = parse_signals(data, resolve, today=today)
    report = ImportReport(
        errors=list(parsed.errors),
        warnings=list(parsed.warnings),
        rows_seen=parsed.rows_seen,
        dry_run=dry_run,
        encoding=parsed.encoding,
        delimiter=parsed.delimiter,
    )
    if any("unknown corporation" in e.message for e in report.errors):
        report.warnings.append("known corporations: " + ", ".join(known))
    present = existing_keys(session, parsed.records)
    new_records: list[SignalRecord] = []
    for record in parsed.records:
        if record.key in present:
            report.duplicates.append((record.row, record.reference))
        else:
            new_records.append(record)
    report.new_signals = len(new_records)
    if (report.errors and not partial) or dry_run:
        return report  # a rejected file or a dry run changes nothing, not even the audit trail
    report.created = store_records(session, new_records, ctx)
    report.applied = True
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
