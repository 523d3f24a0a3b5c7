"""The audit trail proves itself (issue 15.6): a hash chain over every entry.

Each entry gets a number (`seq`, 1, 2, 3 ... without gaps), the hash of the entry before it and
its own hash: SHA-256 over its number, that previous hash and every field. The newest number and
hash are the chain's *head*, kept in the settings of the same encrypted database and updated in
the same transaction as the entry. :func:`verify` walks the chain and names the first entry that
does not fit:

- a changed entry (any field) no longer matches its own hash;
- a removed entry leaves a gap in the numbers, and the next entry points at a hash that is gone;
- entries put in another order point at the wrong predecessor;
- removing the newest entries leaves the head pointing past the end;
- a row written past Vangnet has no place in the chain.

What it does not do: someone who holds the database key *and* recomputes every hash and the
head can rewrite history undetected. The chain makes edits with a plain SQLite tool visible;
the copies that leave the laptop (backups, the export of the trail) hold the head of their day,
which a later rewrite cannot change.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING

from sqlalchemy import select

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from app.models import AuditEntry

HEAD_SETTING = "audit_chain_head"
GENESIS = "0" * 64


def _moment(at: datetime) -> str:
    return at.replace(tzinfo=None).isoformat(sep=" ", timespec="microseconds")


def entry_hash(
    seq: int,
    prev_hash: str,
    at: datetime,
    actor: str,
    action: str,
    object_type: str,
    object_id: str,
    result: str,
    detail: str,
) -> str:
    """SHA-256 (hex) of one entry, over its place in the chain and every field."""
    fields = [seq, prev_hash, _moment(at), actor, action, object_type, object_id, result, detail]
    canonical = json.dumps(fields, ensure_ascii=False, separators=(",", ":"))
    return hashlib.sha256(canonical.encode("utf-8")).hexdigest()


def format_head(seq: int, digest: str) -> str:
    return f"{seq}:{digest}"


def parse_head(text: str | None) -> tuple[int, str] | None:
    if not text or ":" not in text:
        return None
    number, _, digest = text.partition(":")
    if not number.isdigit() or len(digest) != 64:
        return None
    return int(number), digest


def _hash_of(entry: AuditEntry) -> str:
    return entry_hash(
        entry.seq or 0,
        entry.prev_hash,
        entry.at,
        entry.actor,
        entry.action,
        entry.object_type,
        entry.object_id,
        entry.result,
        entry.detail or "",
    )


def link(session: Session, entry: AuditEntry) -> None:
    """Give a new entry its place in the chain and move the head (same transaction)."""
    from app.models import Setting

    with session.no_autoflush:
        row = session.get(Setting, HEAD_SETTING)
    head = parse_head(row.value if row is not None else None)
    seq, prev = head if head is not None else (0, GENESIS)
    entry.seq = seq + 1
    entry.prev_hash = prev
    entry.entry_hash = _hash_of(entry)
    value = format_head(entry.seq, entry.entry_hash)
    if row is None:
        session.add(Setting(key=HEAD_SETTING, value=value))
    else:
        row.value = value


@dataclass(frozen=True)
class ChainReport:
    """The outcome of :func:`verify`. `broken_id` / `broken_seq`: the first entry that does
    not fit (None when the break is past the last entry); `reason`: English, one line."""

    ok: bool
    entries: int
    head_seq: int
    reason: str = ""
    broken_id: int | None = None
    broken_seq: int | None = None
    reason_nl: str = ""


def verify(session: Session) -> ChainReport:
    """Walk the whole chain, oldest first; stop at the first entry that does not fit."""
    from app.models import AuditEntry
    from app.services.store import get_setting

    head = parse_head(get_setting(session, HEAD_SETTING))
    head_seq = head[0] if head is not None else 0
    unchained = session.scalars(
        select(AuditEntry).where(AuditEntry.seq.is_(None)).order_by(AuditEntry.id).limit(1)
    ).first()
    if unchained is not None:
        return ChainReport(
            False, 0, head_seq,
            f"entry {unchained.id} is not part of the chain (written past Vangnet)",
            unchained.id, None,
            f"regel {unchained.id} hoort niet bij de keten (buiten Vangnet om geschreven)",
        )
    expected_seq, prev, count = 1, GENESIS, 0
    for entry in session.scalars(select(AuditEntry).order_by(AuditEntry.seq)):
        seq = entry.seq or 0
        if seq != expected_seq:
            return ChainReport(
                False, count, head_seq,
                f"entry {entry.id} (number {seq}): entry number {expected_seq} is missing",
                entry.id, seq,
                f"regel {entry.id} (nummer {seq}): regel nummer {expected_seq} ontbreekt",
            )
        if entry.prev_hash != prev:
            return ChainReport(
                False, count, head_seq,
                f"entry {entry.id} (number {seq}) does not follow the entry before it "
                "(removed, replaced or moved)",
                entry.id, seq,
                f"regel {entry.id} (nummer {seq}) sluit niet aan op de regel ervoor "
                "(verwijderd, vervangen of verplaatst)",
            )
        if _hash_of(entry) != entry.entry_hash:
            return ChainReport(
                False, count, head_seq,
                f"entry {entry.id} (number {seq}) was changed after it was written",
                entry.id, seq,
                f"regel {entry.id} (nummer {seq}) is veranderd nadat hij geschreven is",
            )
        prev, expected_seq, count = entry.entry_hash, expected_seq + 1, count + 1
    if head is None and count:
        return ChainReport(
            False, count, 0, "the chain's head is missing from the settings", None, None,
            "het begin van de keten ontbreekt in de instellingen",
        )
    if head is not None and (head[0] != count or head[1] != prev):
        return ChainReport(
            False, count, head_seq,
            f"the newest entries are missing: the chain ends at number {count}, its head "
            f"says {head[0]}",
            None, count + 1 if head[0] > count else None,
            f"de nieuwste regels ontbreken: de keten eindigt bij nummer {count}, het begin "
            f"zegt {head[0]}",
        )
    return ChainReport(True, count, head_seq)
