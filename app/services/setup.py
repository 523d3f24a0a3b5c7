"""Creating a new office database: store, settings, the covenant's organisations."""

from __future__ import annotations

from pathlib import Path

from app.services import audit, clock
from app.services.casework import load_context, rules_fingerprint
from app.services.covenant import profile_text, store_own_profile
from app.services.keys import DatabaseKey
from app.services.office_settings import LetterheadChange, change_letterhead
from app.services.organisations import ensure_profile_organisations
from app.services.rules.profile import CovenantProfile, covenants_dir
from app.services.store import Store, create_store, remove_database_files, set_setting
from app.services.unlock_code import set_unlock_code

BUILTIN_PROFILES = ("haarlem", "amsterdam")


def is_builtin(profile: CovenantProfile) -> bool:
    """One of the shipped profiles (not an office's own file that happens to share its id)."""
    return profile.id in BUILTIN_PROFILES and profile.path.resolve() == (
        covenants_dir() / f"{profile.id}.toml"
    ).resolve()


def initialise(
    path: Path,
    key: DatabaseKey,
    profile: CovenantProfile,
    office: str,
    letterhead: LetterheadChange | None = None,
    unlock_code: str | None = None,
) -> Store:
    """A new database with its settings; the letterhead and the unlock code (first-run wizard)
    in the same transaction, so a refused one leaves no database behind either."""
    store = create_store(path, key)
    try:
        _fill_new(store, profile, office, key, letterhead, unlock_code)
    except BaseException:
        store.close()
        remove_database_files(path)  # a half-made database must not be left behind
        raise
    return store


def _fill_new(
    store: Store,
    profile: CovenantProfile,
    office: str,
    key: DatabaseKey,
    letterhead: LetterheadChange | None,
    unlock_code: str | None = None,
) -> None:
    with store.transaction() as session:
        set_setting(session, "office_name", office)
        if is_builtin(profile):
            set_setting(session, "profile", profile.id)
        else:  # the office's own covenant: its text is kept inside the encrypted database
            store_own_profile(session, profile_text(profile.path), profile.path)
        set_setting(session, "key_mode", key.mode)
        set_setting(session, "created_at", clock.now().isoformat(timespec="seconds"))
        added = ensure_profile_organisations(session, profile)
        ctx = load_context(session)
        set_setting(session, "rules_fingerprint", rules_fingerprint(ctx))
        audit.record(session, "create", "database", "-", detail=f"organisations={added}")
        if letterhead is not None and not letterhead.is_empty():
            change_letterhead(session, letterhead)
        if unlock_code is not None:
            set_unlock_code(session, unlock_code)
