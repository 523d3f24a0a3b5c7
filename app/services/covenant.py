"""The covenant a database runs under, kept inside the encrypted database (issue 12.3).

An office's own covenant profile used to be re-read from its plain TOML file at every start:
editing the file moved every deadline silently, deleting or breaking it stopped every command,
and a file whose `id` was `haarlem` was replaced by the built-in one. Now its text is stored in
the database when the office is set up (or, for an older database, the first time it opens),
and changing it is an explicit, audited action that shows what changes and recomputes every case
(:func:`replace_profile`; `vangnet covenant update FILE`).
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from sqlalchemy.orm import Session

from app.services import audit
from app.services.casework import (
    CUSTOM_PROFILE,
    load_context,
    recompute_all,
    stored_profile,
)
from app.services.organisations import ensure_profile_organisations
from app.services.rules.profile import (
    CovenantProfile,
    ProfileError,
    decode_profile,
    parse_profile,
)
from app.services.store import StoreError, get_setting, set_setting


class CovenantProblem(StoreError):
    """The covenant cannot be read or changed as asked; one line in English, one in Dutch."""


def profile_text(path: Path) -> str:
    """The text of a profile file (UTF-8, or UTF-16 as Notepad saves it)."""
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise ProfileError(path, 1, f"cannot read profile ({exc.strerror})") from exc
    return decode_profile(data, path)


def store_own_profile(session: Session, text: str, source: Path) -> None:
    set_setting(session, "profile", CUSTOM_PROFILE)
    set_setting(session, "profile_text", text)
    set_setting(session, "profile_source", source.name)


def ensure_profile_stored(session: Session) -> bool:
    """An older database refers to its own profile by path: take the text in once (audited).
    Returns True when it did. `CovenantProblem` when that file cannot be read any more."""
    ref = get_setting(session, "profile", "haarlem") or "haarlem"
    if ref == CUSTOM_PROFILE or "/" not in ref and "\\" not in ref:
        return False
    path = Path(ref)
    try:
        text = profile_text(path)
        parse_profile(text, path)
    except ProfileError as exc:
        raise CovenantProblem(
            f"The covenant profile this database was set up with cannot be read ({exc}). Put "
            "the file back, or choose the covenant with `vangnet covenant update FILE --yes`.",
            "Het convenantprofiel waarmee deze database is ingericht, is niet te lezen "
            f"({exc.path.name}, regel {exc.line}). "
            "Zet het bestand terug, of kies het convenant opnieuw.",
        ) from exc
    store_own_profile(session, text, path)
    audit.record(session, "update", "covenant", "-", detail="stored in the database")
    return True


@dataclass(frozen=True)
class ProfileChange:
    """What replacing the covenant would change, as lines a person can check."""

    old_name: str
    new_name: str
    lines: tuple[str, ...]

    @property
    def changes_anything(self) -> bool:
        return bool(self.lines)


def _term_text(profile: CovenantProfile) -> dict[str, str]:
    return {
        t.id: (
            f"{t.label}: {t.length} {t.unit} from {t.start}"
            f"{' (' + ', '.join(t.applies_to) + ')' if t.applies_to else ''}, "
            f"met by {', '.join(t.met_by) or '-'} [{t.article}]"
        )
        for t in profile.terms
    }


def profile_changes(old: CovenantProfile, new: CovenantProfile) -> ProfileChange:
    lines: list[str] = []
    if old.name != new.name:
        lines.append(f"name: {old.name} -> {new.name}")
    before, after = _term_text(old), _term_text(new)
    for term in sorted(set(before) | set(after)):
        if term not in after:
            lines.append(f"term {term} removed ({before[term]})")
        elif term not in before:
            lines.append(f"term {term} added ({after[term]})")
        elif before[term] != after[term]:
            lines.append(f"term {term}: {before[term]} -> {after[term]}")
    for label, a, b in (
        ("signal kinds", old.signal_kinds, new.signal_kinds),
        ("priority groups", old.priority_groups, new.priority_groups),
        ("feedback fields", old.feedback_fields, new.feedback_fields),
        ("instruments", old.instruments, new.instruments),
        ("signal fields kept", tuple(c for c, _ in old.signal_fields),
         tuple(c for c, _ in new.signal_fields)),
        ("organisations", tuple(o.code for o in old.organisations),
         tuple(o.code for o in new.organisations)),
    ):  # fmt: skip
        if tuple(a) != tuple(b):
            lines.append(f"{label}: {', '.join(a) or '-'} -> {', '.join(b) or '-'}")
    if old.sluitende_aanpak != new.sluitende_aanpak:
        lines.append(f"Sluitende Aanpak: {old.sluitende_aanpak} -> {new.sluitende_aanpak}")
    if old.late_signal_days != new.late_signal_days:
        lines.append(f"late signal: {old.late_signal_days} -> {new.late_signal_days} days")
    return ProfileChange(old.name, new.name, tuple(lines))


def preview_replacement(session: Session, path: Path) -> tuple[ProfileChange, str]:
    """What `path` would change, and its text; nothing is written."""
    text = profile_text(path)
    new = parse_profile(text, path)
    try:
        old = stored_profile(session)
    except ProfileError:  # the current one cannot be read: everything is new
        return ProfileChange("(unreadable)", new.name, (f"covenant: {new.name}",)), text
    return profile_changes(old, new), text


def replace_profile(session: Session, path: Path, *, actor: str | None = None) -> ProfileChange:
    """Keep the profile at `path` as this database's covenant, audit it, recompute every case."""
    change, text = preview_replacement(session, path)
    if not change.changes_anything:
        return change
    store_own_profile(session, text, path)
    ctx = load_context(session)
    ensure_profile_organisations(session, ctx.profile)
    recompute_all(session, ctx)
    audit.record(
        session,
        "update",
        "covenant",
        "-",
        detail=f"{len(change.lines)} change(s); from {path.name}",
        actor=actor,
    )
    return change
