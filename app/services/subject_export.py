"""The right of access (AVG 15, PR 10): everything stored about one tenant, for the tenant.

:func:`collect` reads every row about one case — the case itself and every table with a
``case_id`` column (found from the metadata, so a new table with case data is exported without
a change here), the search-index row, the handover packages the case travelled in and the audit
entries about it — and derives where the data went (letters, handovers, copies saved).
:func:`write_export` writes, into a folder the worker chooses, ``inzage-<case>-<date>.json``
(every column of every row, dates ISO), ``inzage-<case>-<date>.pdf`` (readable Dutch, see
:mod:`app.services.subject_export_pdf`) and the stored documents under ``documenten/``. Every
file is staged in that same folder and moved into place when complete, so nothing personal
lands in a temporary folder elsewhere; the audit line holds the case number and a file count.
"""

from __future__ import annotations

import base64
import contextlib
import json
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path
from typing import Any

from sqlalchemy import Table, select, text
from sqlalchemy.exc import OperationalError
from sqlalchemy.orm import Session

from app.models import AuditEntry, Base, Case, HandoverPackage
from app.services import audit, clock
from app.services.case_documents import safe_file_name
from app.services.errors import os_reason
from app.services.letters.files import FolderProblem, write_atomically
from app.services.problems import Refusal, problem

SCHEMA_VERSION = 1
DOCUMENTS_FOLDER = "documenten"
#: audit object types whose object id is the case number itself
CASE_OBJECT_TYPES = ("case", "fact_corrections", "inventory", "subject_access")
#: audit object types whose object id is a row of a case table
ROW_OBJECT_TYPES = {"subject_request": "subject_requests", "legal_request": "legal_requests"}
SEARCH_INDEX = "case_search"

#: who a letter goes to (the `addressee` of a `letter_generated` event), in Dutch
ADDRESSEE_NL = {
    "corporatie": "de woningcorporatie",
    "huurder": "u (de huurder)",
    "troubleshooter": "de troubleshooter",
}
LETTER_NL = {
    "feedback": "Terugkoppeling",
    "announcement": "Aankondiging huisbezoek",
    "troubleshooter": "Bericht aan de troubleshooter",
    "proposal": "Voorstel betalingsregeling",
    "sluitende_aanpak": "Verklaring Sluitende Aanpak",
    "broken_arrangement": "Bericht: betaalafspraak niet nagekomen",
}
HANDOVER_ROLE_NL = {
    "wijkteam": "het sociaal wijkteam",
    "sdv": "de schulddienstverlening",
    "troubleshooter": "de troubleshooter",
}
#: events that record that something went out to another party (with the party, in Dutch)
SENT_EVENTS_NL = {
    "feedback_sent": ("de woningcorporatie", "Terugkoppeling verstuurd"),
    "proposal_sent": ("de woningcorporatie", "Betalingsvoorstel verstuurd"),
    "no_proposal_possible": ("de woningcorporatie", "Bericht: nog geen voorstel mogelijk"),
    "troubleshooter_informed": ("de troubleshooter", "Troubleshooter ingelicht"),
    "settlement_feedback_sent": (
        "de woningcorporatie en het sociaal wijkteam",
        "Terugkoppeling schuldhulp",
    ),
}


class SubjectExportProblem(Refusal):
    """The export cannot be made as asked."""

    @property
    def code(self) -> str:
        """The short code callers tell apart (``no_case``, ``exists``)."""
        return self.first.code.split(".")[1]


@dataclass(frozen=True)
class ExportedDocument:
    document_id: int
    #: the file's name inside ``documenten/`` (made safe and unique: "<id>-<name>")
    file_name: str
    content: bytes = field(repr=False)


@dataclass(frozen=True)
class Recipient:
    """One place the tenant's data went: a letter, a handover, a saved copy."""

    when: date | datetime
    channel: str  # "brief", "verzonden", "overdracht", "kopie"
    party: str  # Dutch: who received it
    what: str  # Dutch: what went there
    source: str  # where it is recorded: "<table>:<id>"

    def as_json(self) -> dict[str, Any]:
        return {
            "when": self.when.isoformat(),
            "channel": self.channel,
            "party": self.party,
            "what": self.what,
            "source": self.source,
        }


@dataclass(frozen=True)
class SubjectExport:
    case_id: int
    exported_at: datetime
    office_name: str
    office_address: tuple[str, ...]
    corporation: str
    #: table name -> its rows about this case, every column (documents: content → file path)
    sections: Mapping[str, Sequence[Mapping[str, Any]]]
    recipients: tuple[Recipient, ...]
    documents: tuple[ExportedDocument, ...]
    #: the letterhead's logo, for the PDF only
    logo: bytes | None = field(default=None, repr=False)

    def rows(self, table: str) -> Sequence[Mapping[str, Any]]:
        return self.sections.get(table, ())

    @property
    def case(self) -> Mapping[str, Any]:
        return self.sections["cases"][0]

    def as_json(self) -> dict[str, Any]:
        return {
            "schema_version": SCHEMA_VERSION,
            "kind": "vangnet-inzage",
            "case_id": self.case_id,
            "exported_at": self.exported_at.isoformat(timespec="seconds"),
            "exported_on": self.exported_at.date().isoformat(),
            "office": {"name": self.office_name, "address": list(self.office_address)},
            "corporation": self.corporation,
            "documents_folder": DOCUMENTS_FOLDER,
            "sections": {
                name: [{k: _json_value(v) for k, v in row.items()} for row in rows]
                for name, rows in self.sections.items()
            },
            "recipients": [r.as_json() for r in self.recipients],
        }

    def json_bytes(self) -> bytes:
        return (json.dumps(self.as_json(), ensure_ascii=False, indent=2) + "\n").encode("utf-8")


@dataclass(frozen=True)
class ExportResult:
    json_path: Path
    pdf_path: Path
    document_paths: tuple[Path, ...]

    @property
    def paths(self) -> tuple[Path, ...]:
        return (self.json_path, self.pdf_path, *self.document_paths)


def _json_value(value: Any) -> Any:
    if isinstance(value, datetime | date):
        return value.isoformat()
    if isinstance(value, bytes):
        return base64.b64encode(value).decode("ascii")
    if isinstance(value, Decimal):
        return str(value)
    return value


def case_tables() -> list[Table]:
    """Every table that holds rows about one case: the ones with a `case_id` column."""
    return [t for t in Base.metadata.sorted_tables if "case_id" in t.c]


def _rows(session: Session, table: Table, where: Any) -> list[dict[str, Any]]:
    order = list(table.primary_key.columns)
    found = session.execute(select(table).where(where).order_by(*order)).mappings()
    return [dict(row) for row in found]


def no_case(case_id: int) -> SubjectExportProblem:
    return SubjectExportProblem(problem("letter.no_case", case=case_id))


def collect(session: Session, case_id: int, *, at: datetime | None = None) -> SubjectExport:
    """Everything stored about case `case_id`, its household and where its data went."""
    case = session.get(Case, case_id)
    if case is None:
        raise no_case(case_id)
    cases = Base.metadata.tables["cases"]
    sections: dict[str, list[dict[str, Any]]] = {
        "cases": _rows(session, cases, cases.c.id == case_id)
    }
    for table in case_tables():
        sections[table.name] = _rows(session, table, table.c.case_id == case_id)
    documents = _documents(sections.get("case_documents", []), case_id)
    search = _search_rows(session, case_id)
    if search is not None:
        sections[SEARCH_INDEX] = search
    packages = _handover_packages(session, sections.get("case_events", []))
    sections["handover_packages"] = packages
    sections["audit_log"] = _audit_rows(session, case_id, sections)
    from app.services.letters.letterhead import load_letterhead

    head = load_letterhead(session, "")
    return SubjectExport(
        case_id=case_id,
        exported_at=at or clock.now(),
        office_name=head.office_name,
        office_address=head.address_lines,
        corporation=case.corporation.name,
        sections=sections,
        recipients=tuple(_recipients(sections, case.corporation.name)),
        documents=documents,
        logo=head.logo,
    )


def _documents(rows: list[dict[str, Any]], case_id: int) -> tuple[ExportedDocument, ...]:
    """Take each document's bytes out of its row; the row names the file they are written to."""
    found = []
    for row in rows:
        name = f"{row['id']}-{safe_file_name(str(row['file_name']))}"
        content = row.pop("content", None) or b""
        row["content"] = f"{DOCUMENTS_FOLDER}/{name}"
        found.append(ExportedDocument(int(row["id"]), name, bytes(content)))
    return tuple(found)


def _search_rows(session: Session, case_id: int) -> list[dict[str, Any]] | None:
    """The case's row in the full-text search index (a copy of name, address, reference)."""
    try:
        found = session.execute(
            text(f"SELECT rowid AS case_id, text FROM {SEARCH_INDEX} WHERE rowid = :id"),
            {"id": case_id},
        ).mappings()
        return [dict(row) for row in found]
    except OperationalError:  # a database without the index
        return None


def _event_detail(row: Mapping[str, Any]) -> dict[str, Any]:
    try:
        detail = json.loads(row.get("detail") or "{}")
    except ValueError:
        return {}
    return detail if isinstance(detail, dict) else {}


def _handover_packages(session: Session, events: list[dict[str, Any]]) -> list[dict[str, Any]]:
    ids = {
        str(_event_detail(e).get("package"))
        for e in events
        if e["kind"] in ("handover", "handover_received") and _event_detail(e).get("package")
    }
    if not ids:
        return []
    table = Base.metadata.tables[HandoverPackage.__tablename__]
    return _rows(session, table, table.c.package_id.in_(sorted(ids)))


def _audit_rows(
    session: Session, case_id: int, sections: Mapping[str, list[dict[str, Any]]]
) -> list[dict[str, Any]]:
    """Audit entries about the case: its number as the object, `case=N` in the detail, or one
    of its requests as the object."""
    table = Base.metadata.tables[AuditEntry.__tablename__]
    by_case = table.c.object_type.in_(CASE_OBJECT_TYPES) & (table.c.object_id == str(case_id))
    named = table.c.detail.like(f"%case={case_id}%")
    conditions = by_case | named
    for object_type, section in ROW_OBJECT_TYPES.items():
        ids = [str(row["id"]) for row in sections.get(section, [])]
        if ids:
            conditions = conditions | (
                (table.c.object_type == object_type) & table.c.object_id.in_(ids)
            )
    exact = re.compile(rf"(?:^|\s)case={case_id}(?:\s|$)")
    requests = {
        (object_type, str(row["id"]))
        for object_type, section in ROW_OBJECT_TYPES.items()
        for row in sections.get(section, [])
    }

    def about_case(row: Mapping[str, Any]) -> bool:
        if row["object_type"] in CASE_OBJECT_TYPES and row["object_id"] == str(case_id):
            return True
        if (row["object_type"], row["object_id"]) in requests:
            return True
        return bool(exact.search(row["detail"] or ""))

    return [row for row in _rows(session, table, conditions) if about_case(row)]


def _recipients(sections: Mapping[str, list[dict[str, Any]]], corporation: str) -> list[Recipient]:
    found: list[Recipient] = []
    packages = {p["package_id"]: p for p in sections.get("handover_packages", [])}
    for event in sections.get("case_events", []):
        if event.get("undone_at") is not None:
            continue
        detail = _event_detail(event)
        kind = event["kind"]
        source = f"case_events:{event['id']}"
        on = event["occurred_on"]
        if kind == "letter_generated":
            role = str(detail.get("addressee", ""))
            party = ADDRESSEE_NL.get(role, role or "onbekend")
            if role == "corporatie":
                party = f"{party} ({corporation})"
            letter = LETTER_NL.get(str(detail.get("letter", "")), "Brief")
            what = f"Brief gemaakt: {letter} (bestand {detail.get('file', '')})".replace(
                " (bestand )", ""
            )
            found.append(Recipient(on, "brief", party, what, source))
        elif kind in SENT_EVENTS_NL:
            party, what = SENT_EVENTS_NL[kind]
            if party == "de woningcorporatie":
                party = f"{party} ({corporation})"
            found.append(Recipient(on, "verzonden", party, what, source))
        elif kind == "contact_attempt" and str(detail.get("method", "")).startswith("brief"):
            found.append(Recipient(on, "verzonden", "u (de huurder)", "Aankondigingsbrief", source))
        elif kind == "handover":
            role = str(detail.get("to", ""))
            party = HANDOVER_ROLE_NL.get(role, role or "onbekend")
            if detail.get("receiver"):
                party += f" ({detail['receiver']})"
            what = "Zaak overgedragen" + (" met warme overdracht" if detail.get("warm") else "")
            package = packages.get(str(detail.get("package", "")))
            if package is not None:
                what += f" in overdrachtspakket {package['file_name']}"
            found.append(Recipient(on, "overdracht", party, what, source))
        elif kind == "handover_received":
            sender = str(detail.get("from", "")) or "een collega"
            found.append(
                Recipient(on, "overdracht", "deze organisatie", f"Zaak ontvangen van {sender}",
                          source)
            )
    for entry in sections.get("audit_log", []):
        if entry["action"] == "export" and entry["object_type"] in ("document",):
            found.append(
                Recipient(entry["at"], "kopie", f"een bestand, opgeslagen door {entry['actor']}",
                          "Kopie van een document opgeslagen", f"audit_log:{entry['id']}")
            )
    return sorted(found, key=lambda r: (_day(r.when), r.source))


def _day(when: date | datetime) -> date:
    return when.date() if isinstance(when, datetime) else when


# --- writing ---------------------------------------------------------------------------------


def export_names(case_id: int, day: date) -> tuple[str, str]:
    stem = f"inzage-{case_id}-{day.isoformat()}"
    return f"{stem}.json", f"{stem}.pdf"


def write_export(
    session: Session,
    case_id: int,
    folder: Path,
    *,
    force: bool = False,
    actor: str | None = None,
) -> ExportResult:
    """Write the JSON, the PDF and the documents into `folder` (which must exist).

    Refused, with nothing written, for an unknown case, a folder that is not there, or an
    export of the same day already in it (unless `force`). Audited with ids and counts only.
    """
    from app.services.subject_export_pdf import export_pdf

    folder = Path(folder)
    export = collect(session, case_id)
    json_name, pdf_name = export_names(case_id, export.exported_at.date())
    if folder.exists() and not folder.is_dir():
        raise FolderProblem(problem("export.not_a_folder", folder=str(folder)))
    if not folder.is_dir():
        raise FolderProblem(problem("letter.folder_missing", folder=str(folder)))
    docs_folder = folder / DOCUMENTS_FOLDER
    targets = [folder / json_name, folder / pdf_name] + [
        docs_folder / d.file_name for d in export.documents
    ]
    present = [t for t in targets if t.exists()]
    if present and not force:
        raise SubjectExportProblem(problem("export.exists", path=str(present[0])))
    pdf = export_pdf(export)
    written: list[Path] = []
    try:
        if export.documents and not docs_folder.is_dir():
            try:
                docs_folder.mkdir()
            except OSError as exc:
                reason = os_reason(exc)
                raise FolderProblem(
                    problem("export.cannot_make_folder", folder=str(docs_folder), reason=reason)
                ) from exc
            written.append(docs_folder)
        paths = []
        for doc in export.documents:
            target = docs_folder / doc.file_name
            _write(target, doc.content, written)
            paths.append(target)
        _write(folder / json_name, export.json_bytes(), written)
        _write(folder / pdf_name, pdf, written)
    except BaseException:
        _remove_new(written)
        raise
    audit.record(
        session, "export", "subject_access", case_id,
        detail=f"json+pdf files={2 + len(paths)}", actor=actor,
    )  # fmt: skip
    return ExportResult(folder / json_name, folder / pdf_name, tuple(paths))


def _write(target: Path, data: bytes, written: list[Path]) -> None:
    new = not target.exists()
    write_atomically(target, data)
    if new:
        written.append(target)


def _remove_new(written: list[Path]) -> None:
    """Remove what this export created when it failed half-way (never an older file)."""
    for path in reversed(written):
        with contextlib.suppress(OSError):
            if path.is_dir():
                path.rmdir()
            else:
                path.unlink()
