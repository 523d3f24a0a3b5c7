"""Exporting cases into a handover package and taking a package in (H 2; B2 step 5).

Export: the sender's cases get a `handover` event (status "overgedragen", nothing deleted), the
package is sealed with a fresh passphrase (shown once, passed on by another channel) and written
atomically; if anything fails, neither the file nor the events remain.

Import: the package is opened and its whole content checked before anything is written; then
per case (matched on corporation, reference and signal date) the rows the receiver does not have
yet are added by `uid`, the inventory is taken when it is newer, the case state is rebuilt from
its events and a `handover_received` event is recorded. Importing the same package again changes
nothing.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import secrets
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from app.models import (
    Case,
    CaseBudget,
    CaseDocument,
    CaseEvent,
    ConsentRecord,
    HandoverPackage,
    HouseholdMember,
    InternalNote,
    Organisation,
    Proposal,
    new_uid,
)
from app.services import audit, clock
from app.services.bulk import insert_rows
from app.services.casework import RulesContext, index_for_search, recompute_cases
from app.services.demo_mark import is_demo_database
from app.services.errors import os_reason_nl
from app.services.events import (
    apply_event,
    replay_events,
)
from app.services.handover.payload import (
    FORMAT,
    ROLES,
    VERSION,
    ParsedCase,
    ParsedPackage,
    PayloadProblem,
    cases_payload,
    parse_package,
)
from app.services.handover.sealed import new_package_passphrase, seal, unseal
from app.services.letters.files import write_atomically
from app.services.restriction import CaseRestricted, ensure_not_restricted
from app.services.store import Store, get_setting

Progress = Callable[[int, int], bool]
PROGRESS_CHUNK = 100  # cases per progress report (and per query batch on export)


class HandoverProblem(Exception):
    """The handover cannot be done as asked. `str()` is English; `message_nl` is for the GUI."""

    def __init__(self, message: str, message_nl: str, code: str) -> None:
        super().__init__(message)
        self.message_nl = message_nl
        self.code = code


@dataclass(frozen=True)
class ExportResult:
    path: Path
    passphrase: str
    package_id: str
    case_ids: tuple[int, ...]
    size: int


@dataclass
class ImportResult:
    package_id: str
    sender: str
    already_imported_on: datetime | None = None
    created: list[int] = field(default_factory=list)
    merged: list[int] = field(default_factory=list)
    rows_added: int = 0

    @property
    def case_ids(self) -> list[int]:
        return [*self.created, *self.merged]


def _no_progress(done: int, total: int) -> bool:
    return True


# --- export --------------------------------------------------------------------------------


def export_handover(
    store: Store,
    case_ids: Sequence[int],
    target: Path,
    ctx: RulesContext,
    *,
    to_role: str,
    receiver: str,
    today: date,
    actor: str | None = None,
    passphrase: str | None = None,
    progress: Progress = _no_progress,
) -> ExportResult:
    """Seal the cases into `target` and mark them handed over, or change nothing at all."""
    if to_role not in ROLES:
        raise HandoverProblem(
            f"a handover goes to {', '.join(ROLES)}", "Kies aan wie u overdraagt.", "bad_role"
        )
    receiver = receiver.strip()
    if not receiver:
        raise HandoverProblem(
            "say who receives the cases (--to-person)",
            "Vul in wie de zaken ontvangt.",
            "no_receiver",
        )
    ids = list(dict.fromkeys(case_ids))
    if not ids:
        raise HandoverProblem("choose at least one case", "Kies minstens één zaak.", "no_cases")
    who = actor or audit.current_actor()
    package_id = secrets.token_hex(16)
    secret = passphrase or new_package_passphrase()
    target = Path(target)
    written = False
    try:
        with store.transaction() as session:
            _refuse_in_demo(session, "export")
            cases = _cases_to_export(session, ids)
            _mark_handed_over(
                session,
                cases,
                {"to": to_role, "receiver": receiver, "package": package_id},
                today,
                who,
            )
            recompute_cases(session, ids, ctx)
            payload: dict[str, Any] = {
                "format": FORMAT,
                "version": VERSION,
                "package_id": package_id,
                "created_at": clock.now().isoformat(timespec="seconds"),
                "sender": {"actor": who, "office": get_setting(session, "office_name", "") or ""},
                "receiver": receiver,
                "to_role": to_role,
                "profile": ctx.profile.id,
                "cases": [],
            }
            session.flush()
            for start in range(0, len(cases), PROGRESS_CHUNK):
                chunk = cases[start : start + PROGRESS_CHUNK]
                payload["cases"].extend(cases_payload(session, chunk))
                if not progress(start + len(chunk), len(cases)):
                    raise HandoverCancelled
            sealed = seal(json.dumps(payload, ensure_ascii=False).encode("utf-8"), secret)
            session.add(
                HandoverPackage(
                    package_id=package_id,
                    direction="export",
                    at=clock.now(),
                    actor=who,
                    counterpart=receiver,
                    case_count=len(cases),
                    file_name=target.name,
                    file_sha256=hashlib.sha256(sealed).hexdigest(),
                )
            )
            audit.record(
                session,
                "export",
                "handover",
                package_id,
                detail=f"cases={len(cases)} to={to_role}",
                actor=who,
            )
            session.flush()
            write_atomically(target, sealed)  # last: a failure here rolls everything back
            written = True
    except BaseException:
        if written:  # the commit itself failed: no file without the events it announces
            with contextlib.suppress(OSError):
                target.unlink()
        raise
    return ExportResult(target, secret, package_id, tuple(c.id for c in cases), len(sealed))


class HandoverCancelled(Exception):
    """The user stopped the export or import; nothing was changed."""


def _refuse_in_demo(session: Session, direction: str) -> None:
    """Handovers carry real people between real databases: never into or out of the demo."""
    if not is_demo_database(session):
        return
    if direction == "import":
        raise HandoverProblem(
            "this is the demo database (invented people only); a handover brings real cases, "
            "so it is not received here. Nothing was changed",
            "Dit is de demo, met alleen verzonnen mensen. Een overdracht brengt echte zaken, "
            "daarom wordt hij hier niet ontvangen. Er is niets veranderd.",
            "demo_database",
        )
    raise HandoverProblem(
        "this is the demo database: its invented cases are not handed over to a real "
        "database. Nothing was changed",
        "Dit is de demo: verzonnen zaken worden niet overgedragen naar een echte database. Er "
        "is niets veranderd.",
        "demo_database",
    )


def _new_event(
    case: Case, kind: str, day: date, detail: dict[str, str], now: datetime, who: str
) -> dict[str, Any]:
    """An event row for a bulk insert, with its effect already applied to the case."""
    apply_event(case, kind, day, detail)
    return {
        "uid": new_uid(),
        "case_id": case.id,
        "kind": kind,
        "occurred_on": day,
        "recorded_at": now,
        "recorded_by": who,
        "detail": json.dumps(detail, sort_keys=True),
        "undone_at": None,
    }


def _received(
    case: Case, received: dict[str, str], today: date, now: datetime, who: str
) -> list[dict[str, Any]]:
    """The `handover_received` event for an imported case (none on a closed case); the case is
    now the importer's."""
    if case.status == "gesloten":
        return []
    case.assignee = who
    day = max(today, case.signal_date)
    return [_new_event(case, "handover_received", day, received, now, who)]


def _mark_handed_over(
    session: Session, cases: list[Case], detail: dict[str, str], today: date, who: str
) -> None:
    """A `handover` event on every case (status "overgedragen"), written in one statement."""
    late = [c.id for c in cases if c.signal_date > today]
    if late:
        listed = ", ".join(str(i) for i in late)
        raise HandoverProblem(
            f"case {listed}: an event cannot be dated before the signal",
            f"Zaak {listed}: de overdracht kan niet vóór de melding liggen.",
            "before_signal",
        )
    now = clock.now()
    rows = []
    for case in cases:
        rows.append(_new_event(case, "handover", today, detail, now, who))
        case.updated_at = now
        audit.record(
            session, "create", "case_event", "-", detail=f"case={case.id} kind=handover", actor=who
        )
    insert_rows(session.connection(), "case_events", rows)


def _cases_to_export(session: Session, ids: list[int]) -> list[Case]:
    found = {c.id: c for c in session.scalars(select(Case).where(Case.id.in_(ids)))}
    missing = [i for i in ids if i not in found]
    if missing:
        listed = ", ".join(str(i) for i in missing)
        raise HandoverProblem(f"no case {listed}", f"Zaak {listed} bestaat niet.", "no_case")
    closed = [i for i in ids if found[i].status == "gesloten"]
    if closed:
        listed = ", ".join(str(i) for i in closed)
        raise HandoverProblem(
            f"case {listed} is closed; a closed case is not handed over",
            f"Zaak {listed} is gesloten; een gesloten zaak wordt niet overgedragen.",
            "closed",
        )
    _refuse_restricted([found[i] for i in ids])
    return [found[i] for i in ids]


def _refuse_restricted(cases: list[Case]) -> None:
    """AVG 18: a restricted case is not handed over until the restriction is lifted."""
    refusals: list[CaseRestricted] = []
    for case in cases:
        try:
            ensure_not_restricted(case)
        except CaseRestricted as refusal:
            refusals.append(refusal)
    if len(refusals) == 1:
        only = refusals[0]
        raise HandoverProblem(
            f"{only}; it is not handed over",
            f"Zaak {only.case_id} wordt niet overgedragen. {only.dutch()}",
            only.code,
        )
    if refusals:
        listed = ", ".join(str(r.case_id) for r in refusals)
        raise HandoverProblem(
            f"cases {listed} are restricted (AVG art. 18): nothing may be done with them until "
            "the restriction is lifted; they are not handed over",
            f"Zaken {listed} worden niet overgedragen: ze zijn beperkt (AVG artikel 18), en er "
            "mag niets mee gebeuren tot de beperking is opgeheven.",
            refusals[0].code,
        )


# --- import --------------------------------------------------------------------------------


#: how far a package may unpack (issue 12.6: 1.1 MB unpacked to 1.2 GB and took 2.4 GB of
#: memory). A real package is documents (base64, hardly compressible) and JSON (5-8x), so at
#: most 50 times its size, never more than 512 MiB; small packages may always reach 16 MiB.
UNPACK_RATIO = 50
UNPACK_FLOOR = 16 * 1024 * 1024
UNPACK_CEILING = 512 * 1024 * 1024


def unpack_limit(package_size: int) -> int:
    return min(UNPACK_CEILING, max(UNPACK_FLOOR, package_size * UNPACK_RATIO))


#: how far ahead of this computer's clock a package's times may lie (two laptops' clocks differ
#: a little); later ones would make its changes win every merge ("the newer one wins")
CLOCK_TOLERANCE = timedelta(days=1)
EARLIEST_EVENT_DAY = date(1900, 1, 1)


def _dated_in_the_future(package: ParsedPackage) -> None:
    limit = clock.now() + CLOCK_TOLERANCE
    if package.created_at > limit:
        raise PayloadProblem(
            f"it is dated in the future ({package.created_at:%d-%m-%Y %H:%M}); check the date "
            "and time of the sender's computer"
        )
    for index, case in enumerate(package.cases, 1):
        rows = (*case.events, *case.notes, *case.consents, *case.documents, *case.proposals)
        times = [case.updated_at, case.created_at]
        for row in (*rows, case.inventory or {}):
            times += [value for value in row.values() if isinstance(value, datetime)]
        latest = max(times)
        if latest > limit:
            raise PayloadProblem(
                f"case {index}: a change is dated in the future ({latest:%d-%m-%Y %H:%M}); "
                "check the date and time of the sender's computer"
            )
        # what happened cannot lie ahead (record_event refuses it) nor before any tenant lived
        for event in case.events:
            day = event["occurred_on"]
            if not EARLIEST_EVENT_DAY <= day <= limit.date():
                raise PayloadProblem(f"case {index}: an event is dated {day:%d-%m-%Y}")


def open_package(data: bytes, passphrase: str) -> ParsedPackage:
    """Unseal and check; raises `PackageProblem` or `PayloadProblem` (nothing is written).
    A package (or a change in it) dated more than a day ahead of this computer is refused."""
    package = parse_package(unseal(data, passphrase, max_size=unpack_limit(len(data))))
    _dated_in_the_future(package)
    return package


@dataclass(frozen=True)
class PackagePreview:
    """What opening a package showed, before anything is written."""

    package: ParsedPackage
    #: per case in the package: is it already in this database (then it is merged)
    present: tuple[bool, ...]
    already_imported_on: datetime | None
    made_here: bool
    other_covenant: bool
    unknown_corporations: tuple[str, ...]


def preview_handover(session: Session, package: ParsedPackage, profile_id: str) -> PackagePreview:
    """Compare an opened package with this database (read only): the same checks the import
    makes, so the receiver sees them before choosing to import."""
    previous = session.scalars(
        select(HandoverPackage).where(HandoverPackage.package_id == package.package_id)
    ).first()
    by_code = {o.code: o.id for o in session.scalars(select(Organisation))}
    known = [c for c in package.cases if c.corporation_code in by_code]
    existing = _existing_cases(session, replace(package, cases=tuple(known)), by_code)
    present = tuple(
        c.corporation_code in by_code and _key(c, by_code) in existing for c in package.cases
    )
    unknown = sorted(
        {c.corporation_name for c in package.cases if c.corporation_code not in by_code}
    )
    return PackagePreview(
        package=package,
        present=present,
        already_imported_on=(
            previous.at if previous is not None and previous.direction == "import" else None
        ),
        made_here=previous is not None and previous.direction == "export",
        other_covenant=package.profile != profile_id,
        unknown_corporations=tuple(unknown),
    )


def import_handover(
    store: Store,
    source: Path,
    passphrase: str,
    ctx: RulesContext,
    *,
    today: date,
    actor: str | None = None,
    progress: Progress = _no_progress,
) -> ImportResult:
    source = Path(source)
    try:
        data = source.read_bytes()
    except OSError as exc:
        raise HandoverProblem(
            f"cannot read {source}: {exc.strerror or exc}",
            f"Het bestand {source.name} kan niet worden gelezen ({os_reason_nl(exc)}).",
            "unreadable",
        ) from exc
    package = open_package(data, passphrase)
    who = actor or audit.current_actor()
    with store.transaction() as session:
        _refuse_in_demo(session, "import")
        previous = session.scalars(
            select(HandoverPackage).where(HandoverPackage.package_id == package.package_id)
        ).first()
        if previous is not None and previous.direction == "export":
            raise HandoverProblem(
                "this package was made on this laptop; it is meant for the receiver",
                "Dit pakket is op deze laptop gemaakt; het is bedoeld voor de ontvanger.",
                "own_package",
            )
        result = ImportResult(package.package_id, package.sender_actor)
        if previous is not None:
            result.already_imported_on = previous.at
            return result
        if package.profile != ctx.profile.id:
            raise HandoverProblem(
                f"the package comes from the '{package.profile}' covenant; this database works "
                f"with '{ctx.profile.id}'",
                f"Dit pakket komt uit het convenant '{package.profile}'; deze database werkt met "
                f"'{ctx.profile.id}'. Er is niets ingelezen.",
                "other_covenant",
            )
        corporations = _corporations(session, package)
        received = {
            "from": package.sender_actor,
            "office": package.sender_office,
            "package": package.package_id,
        }
        existing = _existing_cases(session, package, corporations)
        fresh = [p for p in package.cases if _key(p, corporations) not in existing]
        touched: list[int] = []
        # Cases new to this laptop: written in bulk (the common case, and the one that is big).
        for start in range(0, len(fresh), PROGRESS_CHUNK):
            chunk = fresh[start : start + PROGRESS_CHUNK]
            ids = _create_cases(session, chunk, corporations, who, today, received)
            result.rows_added += sum(_row_count(p) for p in chunk)
            result.created.extend(ids)
            touched.extend(ids)
            if not progress(len(touched), len(package.cases)):
                raise HandoverCancelled
        # Cases this laptop has already (a case that comes back): merged, 100 at a time.
        known = [
            (existing[_key(p, corporations)], p)
            for p in package.cases
            if _key(p, corporations) in existing
        ]
        for start in range(0, len(known), PROGRESS_CHUNK):
            pairs = known[start : start + PROGRESS_CHUNK]
            result.rows_added += _merge_cases(session, pairs, who, today, received)
            result.merged.extend(case.id for case, _ in pairs)
            touched.extend(case.id for case, _ in pairs)
            if not progress(len(touched), len(package.cases)):
                raise HandoverCancelled
        index_for_search(session, touched)
        recompute_cases(session, touched, ctx)
        session.add(
            HandoverPackage(
                package_id=package.package_id,
                direction="import",
                at=clock.now(),
                actor=who,
                counterpart=package.sender_actor,
                case_count=len(touched),
                file_name=source.name,
                file_sha256=hashlib.sha256(data).hexdigest(),
            )
        )
        audit.record(
            session,
            "import",
            "handover",
            package.package_id,
            detail=f"created={len(result.created)} merged={len(result.merged)}",
            actor=who,
        )
    return result


def _corporations(session: Session, package: ParsedPackage) -> dict[str, int]:
    by_code = {o.code: o.id for o in session.scalars(select(Organisation))}
    unknown = sorted({c.corporation_code for c in package.cases} - set(by_code))
    if unknown:
        names = ", ".join(
            sorted({c.corporation_name for c in package.cases if c.corporation_code in unknown})
        )
        raise HandoverProblem(
            f"this database does not know the corporation(s) {names}; nothing was imported",
            f"Deze database kent de corporatie(s) {names} niet; er is niets ingelezen.",
            "unknown_corporation",
        )
    return by_code


def _key(parsed: ParsedCase, corporations: dict[str, int]) -> tuple[int, str, date]:
    return (corporations[parsed.corporation_code], parsed.reference, parsed.signal_date)


def _existing_cases(
    session: Session, package: ParsedPackage, corporations: dict[str, int]
) -> dict[tuple[int, str, date], Case]:
    """The package's cases this database already has, by (corporation, reference, date)."""
    wanted = {_key(p, corporations) for p in package.cases}
    found: dict[tuple[int, str, date], Case] = {}
    references = sorted({p.reference for p in package.cases})
    for start in range(0, len(references), 500):
        for case in session.scalars(
            select(Case).where(Case.reference.in_(references[start : start + 500]))
        ):
            key = (case.corporation_id, case.reference, case.signal_date)
            if key in wanted:
                found[key] = case
    return found


def _update_facts(session: Session, case: Case, parsed: ParsedCase) -> None:
    """The signal facts that changed last win (e.g. a corrected phone number)."""
    if parsed.updated_at <= case.updated_at:
        return
    for name, value in parsed.facts.items():
        setattr(case, name, value)
    case.updated_at = parsed.updated_at
    if tuple(m.birth_date for m in case.members) != parsed.members:
        case.members.clear()
        session.flush()
        for born in parsed.members:
            case.members.append(HouseholdMember(birth_date=born))


def _row_count(parsed: ParsedCase) -> int:
    return (
        len(parsed.events)
        + len(parsed.notes)
        + len(parsed.consents)
        + len(parsed.documents)
        + len(parsed.proposals)
    )


def _standing_order(parsed: ParsedCase) -> list[tuple[str, date, dict[str, Any]]]:
    rows = sorted(
        (e for e in parsed.events if e["undone_at"] is None),
        key=lambda e: (e["occurred_on"], e["recorded_at"]),
    )
    return [(e["kind"], e["occurred_on"], json.loads(e["detail"])) for e in rows]


def _create_cases(
    session: Session,
    chunk: list[ParsedCase],
    corporations: dict[str, int],
    who: str,
    today: date,
    received: dict[str, str],
) -> list[int]:
    """Create cases this database does not have, with all their rows, in a few statements."""
    cases = []
    for parsed in chunk:
        case = Case(
            corporation_id=corporations[parsed.corporation_code],
            reference=parsed.reference,
            signal_date=parsed.signal_date,
            assignee=who,
            is_demo=False,
            flags="",
            created_at=parsed.created_at,
            updated_at=parsed.updated_at,
            **parsed.facts,
        )
        case.members = [HouseholdMember(birth_date=born) for born in parsed.members]
        replay_events(case, _standing_order(parsed))
        cases.append(case)
    session.add_all(cases)
    session.flush()
    now = clock.now()
    rows: dict[Any, list[dict[str, Any]]] = {model: [] for model in _MERGED_MODELS}
    for case, parsed in zip(cases, chunk, strict=True):
        cid = case.id
        rows[CaseEvent].extend({**e, "case_id": cid} for e in parsed.events)
        rows[InternalNote].extend({**n, "case_id": cid} for n in parsed.notes)
        rows[ConsentRecord].extend({**c, "case_id": cid} for c in parsed.consents)
        rows[CaseDocument].extend({**d, "case_id": cid} for d in parsed.documents)
        rows[Proposal].extend({**p, "case_id": cid} for p in parsed.proposals)
        rows[CaseEvent].extend(_received(case, received, today, now, who))
        _insert_inventory(session, cid, parsed.inventory)
    for model, new in rows.items():
        _insert_new(session, model, new)
    for case in cases:
        audit.record(session, "create", "case", case.id, detail="handover", actor=who)
    session.flush()
    return [c.id for c in cases]


def _insert_new(session: Session, model: Any, rows: list[dict[str, Any]]) -> None:
    """Insert rows a case lacks. A row id this database already has under another case means
    the package does not fit here: refused as a whole (the caller's transaction rolls back)."""
    if not rows:
        return
    try:
        with session.begin_nested():
            insert_rows(session.connection(), model.__tablename__, rows)
    except IntegrityError:
        raise PayloadProblem(
            f"a {model.__tablename__} row id in the package already belongs to another case "
            "in this database"
        ) from None


_MERGED_MODELS = (CaseEvent, InternalNote, ConsentRecord, CaseDocument, Proposal)


def _rows_by_case(session: Session, model: Any, ids: list[int]) -> dict[int, dict[str, Any]]:
    """{case id: {uid: row}} for these cases (documents without their content)."""
    out: dict[int, dict[str, Any]] = {i: {} for i in ids}
    for row in session.scalars(select(model).where(model.case_id.in_(ids))):
        out[row.case_id][row.uid] = row
    return out


def _merge_cases(
    session: Session,
    pairs: list[tuple[Case, ParsedCase]],
    who: str,
    today: date,
    received: dict[str, str],
) -> int:
    """Merge cases this database has already: add the rows it lacks (by uid), carry over later
    changes to rows it has (undone, withdrawn, marked shareable, sent), take the newer
    inventory, rebuild each case's state and record the handover. Returns rows added."""
    session.flush()
    ids = [case.id for case, _ in pairs]
    have = {model: _rows_by_case(session, model, ids) for model in _MERGED_MODELS}
    budgets = {
        b.case_id: b for b in session.scalars(select(CaseBudget).where(CaseBudget.case_id.in_(ids)))
    }
    new: dict[Any, list[dict[str, Any]]] = {model: [] for model in _MERGED_MODELS}
    now = clock.now()
    added = 0
    for case, parsed in pairs:
        cid = case.id
        before = sum(len(rows) for rows in new.values())
        _update_facts(session, case, parsed)
        events = have[CaseEvent][cid]
        arriving = []  # events this database does not have yet
        for e in parsed.events:
            mine = events.get(e["uid"])
            if mine is None:
                arriving.append({**e, "case_id": cid})
            elif mine.undone_at is None and e["undone_at"] is not None:
                mine.undone_at = e["undone_at"]
        new[CaseEvent].extend(arriving)
        for n in parsed.notes:
            mine = have[InternalNote][cid].get(n["uid"])
            if mine is None:
                new[InternalNote].append({**n, "case_id": cid})
            elif n["shareable"] and not mine.shareable:
                mine.shareable = True
        for c in parsed.consents:
            mine = have[ConsentRecord][cid].get(c["uid"])
            if mine is None:
                new[ConsentRecord].append({**c, "case_id": cid})
            elif mine.withdrawn_on is None and c["withdrawn_on"] is not None:
                mine.withdrawn_on = c["withdrawn_on"]
        for d in parsed.documents:
            if d["uid"] not in have[CaseDocument][cid]:
                new[CaseDocument].append({**d, "case_id": cid})
        for p in parsed.proposals:
            mine = have[Proposal][cid].get(p["uid"])
            if mine is None:
                new[Proposal].append({**p, "case_id": cid})
                continue
            if mine.sent_on is None and p["sent_on"] is not None:
                mine.sent_on = p["sent_on"]
            if mine.withdrawn_at is None and p["withdrawn_at"] is not None:
                mine.withdrawn_at = p["withdrawn_at"]
        added += sum(len(rows) for rows in new.values()) - before
        _merge_inventory(session, cid, parsed, budgets.get(cid))
        # The case's state from every standing event, old and new, in the order recorded.
        standing = [
            (e.occurred_on, e.recorded_at, e.kind, json.loads(e.detail or "{}"))
            for e in events.values()
            if e.undone_at is None
        ] + [
            (e["occurred_on"], e["recorded_at"], e["kind"], json.loads(e["detail"]))
            for e in arriving
            if e["undone_at"] is None
        ]
        standing.sort(key=lambda item: (item[0], item[1]))
        replay_events(case, ((kind, on, detail) for on, _, kind, detail in standing))
        new[CaseEvent].extend(_received(case, received, today, now, who))
        case.updated_at = max(case.updated_at, now)
        audit.record(session, "change", "case", cid, detail="handover", actor=who)
    for model, rows in new.items():
        _insert_new(session, model, rows)
    session.flush()
    return added


def _merge_inventory(
    session: Session, case_id: int, parsed: ParsedCase, mine: CaseBudget | None
) -> None:
    """The inventory changed most recently wins as a whole (it is edited as one form)."""
    incoming = parsed.inventory
    if incoming is None:
        return
    if mine is not None and mine.updated_at >= incoming["updated_at"]:
        return
    if mine is not None:
        session.expunge(mine)
    conn = session.connection()
    conn.exec_driver_sql("DELETE FROM budget_lines WHERE case_id = ?", (case_id,))
    conn.exec_driver_sql("DELETE FROM debts WHERE case_id = ?", (case_id,))
    conn.exec_driver_sql("DELETE FROM case_budgets WHERE case_id = ?", (case_id,))
    _insert_inventory(session, case_id, incoming)


def _insert_inventory(session: Session, case_id: int, incoming: dict[str, Any] | None) -> None:
    if incoming is None:
        return
    conn = session.connection()
    insert_rows(
        conn,
        "case_budgets",
        [
            {
                "case_id": case_id,
                "household_type": incoming["household_type"],
                "children": incoming["children"],
                "rent_cents": incoming["rent_cents"],
                "updated_at": incoming["updated_at"],
                "updated_by": incoming["updated_by"],
            }
        ],
    )
    insert_rows(
        conn,
        "budget_lines",
        [
            {
                "case_id": case_id,
                "kind": x["kind"],
                "label": x["label"],
                "monthly_cents": x["cents"],
                "position": i,
            }
            for i, x in enumerate(incoming["lines"])
        ],
    )
    insert_rows(
        conn,
        "debts",
        [
            {
                "case_id": case_id,
                "creditor": d["creditor"],
                "kind": d["kind"],
                "amount_cents": d["cents"],
                "preferential": d["preferential"],
                "established_on": d["established_on"],
                "position": i,
            }
            for i, d in enumerate(incoming["debts"])
        ],
    )
