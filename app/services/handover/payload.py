"""What a handover package holds, as JSON: read from one database, checked, written into another.

The payload is built from the sender's rows and parsed back into plain dataclasses before the
receiver writes anything: a package whose content does not hold together is refused as a whole.
Rows carry their `uid`, so merging the same rows twice changes nothing.

Layout (version 1)::

    {"format": "vangnet-handover", "version": 1, "package_id", "created_at",
     "sender": {"actor", "office"}, "receiver", "to_role", "profile",
     "cases": [{"key": {"corporation_code", "corporation_name", "reference", "signal_date"},
                "facts": {...signal facts...}, "created_at", "updated_at", "members": [dates],
                "events": [...], "notes": [...], "consents": [...], "documents": [...],
                "inventory": {...} | null, "proposals": [...]}]}
"""

from __future__ import annotations

import base64
import hashlib
import json
import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from sqlalchemy import Boolean, Date, DateTime, Integer, select
from sqlalchemy.orm import Session, undefer

from app.models import (
    DEBT_KINDS,
    BudgetLine,
    Case,
    CaseBudget,
    CaseDocument,
    CaseEvent,
    ConsentRecord,
    Debt,
    HouseholdMember,
    InternalNote,
    Proposal,
)
from app.services.case_documents import safe_file_name
from app.services.events import ASKED_SINCE, CONSENT_PURPOSES, EVENT_KINDS, OUTCOMES
from app.services.money import HOUSEHOLD_TYPES

FORMAT = "vangnet-handover"
VERSION = 1
ROLES = ("wijkteam", "sdv", "troubleshooter")

#: the signal facts that travel (identity, household, arrears, dates); state is rebuilt from events
FACT_COLUMNS = (
    "kind",
    "consent",
    "tenant_name",
    "street",
    "house_number",
    "postcode",
    "city",
    "phone",
    "email",
    "birth_date",
    "occupants",
    "arrears_since",
    "arrears_months_tenths",
    "arrears_cents",
    "monthly_rent_cents",
    "reported_bailiff_date",
    "reported_eviction_date",
    "children_under_18",
    "statushouder",
    "known",
)
_REQUIRED_FACTS = ("kind", "tenant_name", "street", "house_number", "postcode", "city")
#: the smallest value a whole-number fact may have (the database refuses less)
_FACT_MINIMUM = {"occupants": 1}


class PayloadProblem(ValueError):
    """The package opened but its content is not a valid handover; nothing is imported."""

    def __init__(self, detail: str) -> None:
        super().__init__(
            f"The handover package's content is not valid ({detail}); nothing was imported."
        )
        self.detail = detail
        self.message_nl = (
            f"De inhoud van het overdrachtspakket klopt niet ({detail}); er is niets ingelezen."
        )


# --- building ------------------------------------------------------------------------------


def _iso(value: date | datetime | None) -> str | None:
    return None if value is None else value.isoformat()


def _facts(case: Case) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for name in FACT_COLUMNS:
        value = getattr(case, name)
        out[name] = _iso(value) if isinstance(value, date) else value
    return out


def _grouped(session: Session, model: Any, ids: list[int], *order: Any) -> dict[int, list[Any]]:
    """Rows of `model` for these cases, per case id, in one query per 500 cases."""
    out: dict[int, list[Any]] = {i: [] for i in ids}
    for start in range(0, len(ids), 500):
        chunk = ids[start : start + 500]
        query = select(model).where(model.case_id.in_(chunk)).order_by(*order)
        if model is CaseDocument:
            query = query.options(undefer(CaseDocument.content))  # one query, not one per row
        for row in session.scalars(query):
            out[row.case_id].append(row)
    return out


def _event_json(e: CaseEvent) -> dict[str, Any]:
    return {
        "uid": e.uid,
        "kind": e.kind,
        "occurred_on": _iso(e.occurred_on),
        "recorded_at": _iso(e.recorded_at),
        "recorded_by": e.recorded_by,
        "detail": json.loads(e.detail or "{}"),
        "undone_at": _iso(e.undone_at),
    }


def _note_json(n: InternalNote) -> dict[str, Any]:
    return {
        "uid": n.uid,
        "text": n.text,
        "created_at": _iso(n.created_at),
        "author": n.author,
        "shareable": n.shareable,
    }


def _consent_json(c: ConsentRecord) -> dict[str, Any]:
    return {
        "uid": c.uid,
        "purpose": c.purpose,
        "given_on": _iso(c.given_on),
        "recorded_by": c.recorded_by,
        "written": c.written,
        "withdrawn_on": _iso(c.withdrawn_on),
        "recorded_at": _iso(c.recorded_at),
    }


def _document_json(d: CaseDocument) -> dict[str, Any]:
    return {
        "uid": d.uid,
        "source": d.source,
        "title": d.title,
        "file_name": d.file_name,
        "media_type": d.media_type,
        "sha256": d.sha256,
        "added_at": _iso(d.added_at),
        "added_by": d.added_by,
        "content": base64.b64encode(d.content).decode("ascii"),
    }


def _proposal_json(p: Proposal) -> dict[str, Any]:
    return {
        "uid": p.uid,
        "kind": p.kind,
        "made_on": _iso(p.made_on),
        "made_at": _iso(p.made_at),
        "made_by": p.made_by,
        "snapshot": json.loads(p.snapshot),
        "sent_on": _iso(p.sent_on),
        "withdrawn_at": _iso(p.withdrawn_at),
    }


def _inventory_json(
    row: CaseBudget | None, lines: list[BudgetLine], debts: list[Debt]
) -> dict[str, Any] | None:
    if row is None:
        return None
    return {
        "updated_at": _iso(row.updated_at),
        "updated_by": row.updated_by,
        "household_type": row.household_type,
        "children": row.children,
        "rent_cents": row.rent_cents,
        "lines": [
            {"kind": x.kind, "label": x.label, "monthly_cents": x.monthly_cents} for x in lines
        ],
        "debts": [
            {
                "creditor": d.creditor,
                "kind": d.kind,
                "amount_cents": d.amount_cents,
                "preferential": d.preferential,
                "established_on": _iso(d.established_on),
            }
            for d in debts
        ],
    }


def cases_payload(session: Session, cases: list[Case]) -> list[dict[str, Any]]:
    """Everything about these cases that a colleague on another laptop needs, in the order
    given; a handful of queries for all of them together."""
    ids = [c.id for c in cases]
    events = _grouped(session, CaseEvent, ids, CaseEvent.id)
    notes = _grouped(session, InternalNote, ids, InternalNote.id)
    consents = _grouped(session, ConsentRecord, ids, ConsentRecord.id)
    documents = _grouped(session, CaseDocument, ids, CaseDocument.id)
    proposals = _grouped(session, Proposal, ids, Proposal.id)
    lines = _grouped(session, BudgetLine, ids, BudgetLine.position, BudgetLine.id)
    debts = _grouped(session, Debt, ids, Debt.position, Debt.id)
    budget_rows = _grouped(session, CaseBudget, ids, CaseBudget.case_id)
    budgets = {cid: rows[0] for cid, rows in budget_rows.items() if rows}
    members = _grouped(session, HouseholdMember, ids, HouseholdMember.id)
    return [
        {
            "key": {
                "corporation_code": case.corporation.code,
                "corporation_name": case.corporation.name,
                "reference": case.reference,
                "signal_date": case.signal_date.isoformat(),
            },
            "facts": _facts(case),
            "created_at": _iso(case.created_at),
            "updated_at": _iso(case.updated_at),
            "members": [m.birth_date.isoformat() for m in members[case.id]],
            "events": [_event_json(e) for e in events[case.id]],
            "notes": [_note_json(n) for n in notes[case.id]],
            "consents": [_consent_json(c) for c in consents[case.id]],
            "documents": [_document_json(d) for d in documents[case.id]],
            "inventory": _inventory_json(budgets.get(case.id), lines[case.id], debts[case.id]),
            "proposals": [_proposal_json(p) for p in proposals[case.id]],
        }
        for case in cases
    ]


# --- parsing -------------------------------------------------------------------------------


@dataclass(frozen=True)
class ParsedCase:
    corporation_code: str
    corporation_name: str
    reference: str
    signal_date: date
    facts: dict[str, Any]
    created_at: datetime
    updated_at: datetime
    members: tuple[date, ...]
    events: tuple[dict[str, Any], ...]
    notes: tuple[dict[str, Any], ...]
    consents: tuple[dict[str, Any], ...]
    documents: tuple[dict[str, Any], ...]
    inventory: dict[str, Any] | None
    proposals: tuple[dict[str, Any], ...]


@dataclass(frozen=True)
class ParsedPackage:
    package_id: str
    created_at: datetime
    sender_actor: str
    sender_office: str
    receiver: str
    to_role: str
    profile: str
    cases: tuple[ParsedCase, ...]


class _Reader:
    """Typed access to one JSON object, naming the place of any problem."""

    def __init__(self, data: Any, where: str) -> None:
        if not isinstance(data, dict):
            raise PayloadProblem(f"{where}: expected an object")
        self.data = data
        self.where = where

    def _get(self, key: str, optional: bool) -> Any:
        if key not in self.data:
            if optional:
                return None
            raise PayloadProblem(f"{self.where}: '{key}' is missing")
        return self.data[key]

    def text(self, key: str, *, optional: bool = False, limit: int = 100_000) -> Any:
        value = self._get(key, optional)
        if value is None and optional:
            return None
        return _checked_text(value, self.where, key, limit)

    def day(self, key: str, *, optional: bool = False) -> date | None:
        value: date | None = self._parse(key, optional, date.fromisoformat, "a date")
        return value

    def moment(self, key: str, *, optional: bool = False) -> datetime | None:
        value: datetime | None = self._parse(
            key, optional, datetime.fromisoformat, "a date and time"
        )
        if value is not None and value.tzinfo is not None:  # Vangnet writes local times
            raise PayloadProblem(f"{self.where}: '{key}' is not a local date and time")
        return value

    def _parse(self, key: str, optional: bool, parse: Callable[[str], Any], what: str) -> Any:
        value = self.text(key, optional=optional, limit=40)
        if value is None:
            return None
        try:
            return parse(value)
        except ValueError:
            raise PayloadProblem(f"{self.where}: '{key}' is not {what}") from None

    def number(self, key: str, *, optional: bool = False) -> int | None:
        value = self._get(key, optional)
        if value is None and optional:
            return None
        if not isinstance(value, int) or isinstance(value, bool):
            raise PayloadProblem(f"{self.where}: '{key}' is not a whole number")
        return value

    def flag(self, key: str, *, optional: bool = False) -> bool | None:
        value = self._get(key, optional)
        if value is None and optional:
            return None
        if not isinstance(value, bool):
            raise PayloadProblem(f"{self.where}: '{key}' is not true/false")
        return value

    def items(self, key: str) -> list[Any]:
        value = self._get(key, False)
        if not isinstance(value, list):
            raise PayloadProblem(f"{self.where}: '{key}' is not a list")
        return value

    def uid(self) -> str:
        value = self.text("uid", limit=32)
        if len(value) != 32 or any(c not in "0123456789abcdef" for c in value):
            raise PayloadProblem(f"{self.where}: 'uid' is not a row id")
        return str(value)


def _fact_value(name: str, value: Any, where: str) -> Any:
    column = Case.__table__.columns[name]
    if value is None:
        if not column.nullable:
            raise PayloadProblem(f"{where}: '{name}' is missing")
        return None
    kind = column.type
    if isinstance(kind, Date):
        try:
            return date.fromisoformat(str(value))
        except ValueError:
            raise PayloadProblem(f"{where}: '{name}' is not a date") from None
    if isinstance(kind, Boolean):
        if not isinstance(value, bool):
            raise PayloadProblem(f"{where}: '{name}' is not true/false")
        return value
    if isinstance(kind, Integer | DateTime):
        if not isinstance(value, int) or isinstance(value, bool):
            raise PayloadProblem(f"{where}: '{name}' is not a whole number")
        if value < _FACT_MINIMUM.get(name, 0):
            raise PayloadProblem(f"{where}: '{name}' is out of range")
        return value
    return _checked_text(value, where, name, FACT_TEXT_MAX)


#: control characters (Unicode category Cc) other than tab, line feed and carriage return
_CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")

#: the longest text fact a package may carry (a name, an address, a reference)
FACT_TEXT_MAX = 500


def _checked_text(value: Any, where: str, key: str, limit: int) -> str:
    """A text no longer than `limit`, without control characters (line breaks and tabs are
    allowed: notes have them). Terminal escape codes in a name would reach `vangnet case`."""
    if not isinstance(value, str) or len(value) > limit:
        raise PayloadProblem(f"{where}: '{key}' is not a text")
    if _CONTROL.search(value):
        raise PayloadProblem(f"{where}: '{key}' contains control characters")
    return value


def _parse_case(raw: Any, index: int) -> ParsedCase:
    where = f"case {index}"
    case = _Reader(raw, where)
    key = _Reader(case.data.get("key"), f"{where} key")
    facts_in = _Reader(case.data.get("facts"), f"{where} facts").data
    facts = {name: _fact_value(name, facts_in.get(name), where) for name in FACT_COLUMNS}
    for name in _REQUIRED_FACTS:
        if not facts[name]:
            raise PayloadProblem(f"{where}: '{name}' is missing")
    members = []
    for m in case.items("members"):
        try:
            members.append(date.fromisoformat(str(m)))
        except ValueError:
            raise PayloadProblem(
                f"{where}: a household member's birth date is not a date"
            ) from None
    events = tuple(_event(e, f"{where} event {i}") for i, e in enumerate(case.items("events"), 1))
    notes = tuple(_note(n, f"{where} note {i}") for i, n in enumerate(case.items("notes"), 1))
    consents = tuple(
        _consent(c, f"{where} consent {i}") for i, c in enumerate(case.items("consents"), 1)
    )
    documents = tuple(
        _document(d, f"{where} document {i}") for i, d in enumerate(case.items("documents"), 1)
    )
    proposals = tuple(
        _proposal(p, f"{where} proposal {i}") for i, p in enumerate(case.items("proposals"), 1)
    )
    inventory = case.data.get("inventory")
    signal_date = key.day("signal_date")
    created_at = case.moment("created_at")
    updated_at = case.moment("updated_at")
    assert signal_date is not None and created_at is not None and updated_at is not None
    return ParsedCase(
        corporation_code=key.text("corporation_code", limit=32),
        corporation_name=key.text("corporation_name", limit=200),
        reference=key.text("reference", limit=64),
        signal_date=signal_date,
        facts=facts,
        created_at=created_at,
        updated_at=updated_at,
        members=tuple(members),
        events=events,
        notes=notes,
        consents=consents,
        documents=documents,
        inventory=None if inventory is None else _inventory(inventory, f"{where} inventory"),
        proposals=proposals,
    )


def _event(raw: Any, where: str) -> dict[str, Any]:
    r = _Reader(raw, where)
    detail = r.data.get("detail")
    if not isinstance(detail, dict):
        raise PayloadProblem(f"{where}: 'detail' is not an object")
    kind = r.text("kind", limit=40)
    if kind not in EVENT_KINDS:
        raise PayloadProblem(f"{where}: unknown event kind '{kind}'")
    _check_event_detail(kind, detail, where)
    return {
        "uid": r.uid(),
        "kind": kind,
        "occurred_on": r.day("occurred_on"),
        "recorded_at": r.moment("recorded_at"),
        "recorded_by": r.text("recorded_by", limit=100),
        "detail": json.dumps(detail, sort_keys=True),
        "undone_at": r.moment("undone_at", optional=True),
    }


def _check_event_detail(kind: str, detail: dict[str, Any], where: str) -> None:
    """What rebuilding the case state reads from an event's detail must be there and valid
    (the sender's `record_event` checked this; a crafted package must not crash the merge)."""
    missing = [
        f for f in EVENT_KINDS[kind].needs if f not in ASKED_SINCE and detail.get(f) is None
    ]
    if missing:
        raise PayloadProblem(f"{where}: event '{kind}' needs: {', '.join(missing)}")
    if kind in ("bailiff_date_set", "eviction_date_set"):
        try:
            date.fromisoformat(str(detail["date"]))
        except ValueError:
            raise PayloadProblem(f"{where}: 'date' is not a date") from None
    if kind == "closed" and detail["outcome"] not in OUTCOMES:
        raise PayloadProblem(f"{where}: unknown outcome '{detail['outcome']}'")


def _note(raw: Any, where: str) -> dict[str, Any]:
    r = _Reader(raw, where)
    return {
        "uid": r.uid(),
        "text": r.text("text"),
        "created_at": r.moment("created_at"),
        "author": r.text("author", limit=100),
        "shareable": r.flag("shareable"),
    }


def _consent(raw: Any, where: str) -> dict[str, Any]:
    r = _Reader(raw, where)
    purpose = r.text("purpose", limit=40)
    if purpose not in CONSENT_PURPOSES:
        raise PayloadProblem(f"{where}: unknown consent purpose '{purpose}'")
    return {
        "uid": r.uid(),
        "purpose": purpose,
        "given_on": r.day("given_on"),
        "recorded_by": r.text("recorded_by", limit=100),
        "written": r.flag("written"),
        "withdrawn_on": r.day("withdrawn_on", optional=True),
        "recorded_at": r.moment("recorded_at"),
    }


def _document(raw: Any, where: str) -> dict[str, Any]:
    r = _Reader(raw, where)
    try:
        content = base64.b64decode(r.text("content", limit=2**31), validate=True)
    except ValueError:
        raise PayloadProblem(f"{where}: the content is not valid") from None
    sha = r.text("sha256", limit=64)
    if hashlib.sha256(content).hexdigest() != sha:
        raise PayloadProblem(f"{where}: the content does not match its checksum")
    source = r.text("source", limit=10)
    if source not in ("brief", "bijlage"):
        raise PayloadProblem(f"{where}: unknown source '{source}'")
    return {
        "uid": r.uid(),
        "source": source,
        "title": r.text("title", limit=200),
        # a bare name: the package never chooses a folder ("../../../../root/.bashrc")
        "file_name": safe_file_name(r.text("file_name", limit=260)),
        "media_type": r.text("media_type", limit=100),
        "size": len(content),
        "sha256": sha,
        "content": content,
        "added_at": r.moment("added_at"),
        "added_by": r.text("added_by", limit=100),
    }


def _inventory(raw: Any, where: str) -> dict[str, Any]:
    r = _Reader(raw, where)
    lines = []
    for i, item in enumerate(r.items("lines"), 1):
        line = _Reader(item, f"{where} line {i}")
        kind = line.text("kind", limit=12)
        if kind not in ("income", "fixed_cost"):
            raise PayloadProblem(f"{where} line {i}: unknown kind '{kind}'")
        label = line.text("label", limit=120)
        if not label.strip():
            raise PayloadProblem(f"{where} line {i}: the description is missing")
        monthly = line.number("monthly_cents")
        assert monthly is not None
        if monthly < 0:
            raise PayloadProblem(f"{where} line {i}: the monthly amount is negative")
        lines.append({"kind": kind, "label": label, "cents": monthly})
    debts = []
    for i, item in enumerate(r.items("debts"), 1):
        debt = _Reader(item, f"{where} debt {i}")
        if debt.data.get("kind") not in DEBT_KINDS:
            raise PayloadProblem(f"{where} debt {i}: unknown kind")
        if not isinstance(debt.data.get("amount_cents"), int) or debt.data["amount_cents"] <= 0:
            raise PayloadProblem(f"{where} debt {i}: the amount must be more than zero")
        creditor = debt.text("creditor", limit=200)
        if not creditor.strip():
            raise PayloadProblem(f"{where} debt {i}: the creditor is missing")
        debts.append(
            {
                "creditor": creditor,
                "kind": debt.text("kind", limit=20),
                "cents": debt.number("amount_cents"),
                "preferential": debt.flag("preferential"),
                "established_on": debt.day("established_on", optional=True),
            }
        )
    household_type = r.text("household_type", optional=True, limit=30)
    if household_type is not None and household_type not in HOUSEHOLD_TYPES:
        raise PayloadProblem(f"{where}: unknown household type '{household_type}'")
    children = r.number("children")
    rent_cents = r.number("rent_cents")
    assert children is not None and rent_cents is not None
    if children < 0:
        raise PayloadProblem(f"{where}: 'children' is negative")
    if rent_cents < 0:
        raise PayloadProblem(f"{where}: 'rent_cents' is negative")
    return {
        "updated_at": r.moment("updated_at"),
        "updated_by": r.text("updated_by", limit=100),
        "household_type": household_type,
        "children": children,
        "rent_cents": rent_cents,
        "lines": lines,
        "debts": debts,
    }


def _proposal(raw: Any, where: str) -> dict[str, Any]:
    r = _Reader(raw, where)
    kind = r.text("kind", limit=16)
    if kind not in ("arrangement", "settlement", "none_possible"):
        raise PayloadProblem(f"{where}: unknown kind '{kind}'")
    snapshot = r.data.get("snapshot")
    if not isinstance(snapshot, dict):
        raise PayloadProblem(f"{where}: 'snapshot' is not an object")
    return {
        "uid": r.uid(),
        "kind": kind,
        "made_on": r.day("made_on"),
        "made_at": r.moment("made_at"),
        "made_by": r.text("made_by", limit=100),
        "snapshot": json.dumps(snapshot, sort_keys=True),
        "sent_on": r.day("sent_on", optional=True),
        "withdrawn_at": r.moment("withdrawn_at", optional=True),
    }


def _check_unique_uids(cases: tuple[ParsedCase, ...]) -> None:
    """Every row id once per table in the whole package (the receiver's uids are unique)."""
    for table in ("events", "notes", "consents", "documents", "proposals"):
        seen: set[str] = set()
        for case in cases:
            for row in getattr(case, table):
                if row["uid"] in seen:
                    raise PayloadProblem(f"the row id {row['uid']} appears twice in the {table}")
                seen.add(row["uid"])


def parse_package(data: bytes) -> ParsedPackage:
    """The checked content of an opened package, or `PayloadProblem` naming what is wrong."""
    try:
        raw = json.loads(data.decode("utf-8"))
    except (UnicodeDecodeError, ValueError, RecursionError):
        # also a number of thousands of digits (ValueError) and nesting too deep to follow
        raise PayloadProblem("not readable as JSON") from None
    top = _Reader(raw, "package")
    if top.data.get("format") != FORMAT:
        raise PayloadProblem("not a handover")
    if top.data.get("version") != VERSION:
        raise PayloadProblem(f"content version {top.data.get('version')!r} is not supported")
    sender = _Reader(top.data.get("sender"), "sender")
    role = top.text("to_role", limit=20)
    if role not in ROLES:
        raise PayloadProblem(f"unknown role '{role}'")
    package_id = top.text("package_id", limit=32)
    created_at = top.moment("created_at")
    assert created_at is not None
    cases = tuple(_parse_case(c, i) for i, c in enumerate(top.items("cases"), 1))
    if not cases:
        raise PayloadProblem("it holds no cases")
    keys = [(c.corporation_code, c.reference, c.signal_date) for c in cases]
    if len(set(keys)) != len(keys):
        raise PayloadProblem("a case appears twice")
    _check_unique_uids(cases)
    return ParsedPackage(
        package_id=package_id,
        created_at=created_at,
        sender_actor=sender.text("actor", limit=100),
        sender_office=sender.text("office", limit=200),
        receiver=top.text("receiver", limit=200),
        to_role=role,
        profile=top.text("profile", limit=4000),
        cases=cases,
    )
