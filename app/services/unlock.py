"""Obtaining the key for a database without any UI: environment, keyring, or a typed secret.

The CLI and the GUI both use this; they differ only in how they ask a person for a secret.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable
from pathlib import Path

from app.services.keys import (
    KEYRING_ORIGIN,
    DatabaseKey,
    KeyProblem,
    key_from_environment,
    key_from_secret,
    keyring_load,
    keyring_status,
    keyring_store,
    looks_like_recovery_key,
    new_raw_key,
    passphrase_problem,
    recovery_typo_message,
)
from app.services.store import Store, WrongKey, open_store

AskSecret = Callable[[str], str | None]
AskCode = Callable[[], str | None]
CODE_ENV = "VANGNET_UNLOCK_CODE"


def unlock(path: Path, ask: AskSecret | None, attempts: int = 3) -> Store:
    """Open `path`: VANGNET_PASSPHRASE, else the keyring, else ask (passphrase or recovery key).

    `ask(reason)` returns what the person typed, or None to give up. Raises `KeyProblem` or
    `WrongKey` with a one-line message; never creates a database.
    """
    from app.services.rekey import finish_interrupted_change

    finish_interrupted_change(path)  # a key change that was cut off after its swap
    env_key = key_from_environment()
    if env_key is not None:
        return open_with(path, env_key)
    key, why = keyring_load(path)
    reason = f"No key from the keyring ({why})."
    if key is not None:
        try:
            return open_store(path, key)
        except WrongKey:
            reason = "The key in the keyring does not open this database."
        if finish_interrupted_change(path, without_marker=True):  # an older change, cut off
            key, _ = keyring_load(path)
            if key is not None:
                with contextlib.suppress(WrongKey):
                    return open_store(path, key)
    if ask is None:
        raise KeyProblem(
            f"Cannot unlock {path}: {reason} Set VANGNET_PASSPHRASE, or run in a terminal to "
            "type the passphrase or recovery key."
        )
    last: WrongKey | None = None
    for _ in range(attempts):
        secret = ask(reason)
        if not secret:
            raise KeyProblem("No passphrase or recovery key given; nothing was opened.")
        try:
            store = open_with(path, key_from_secret(secret))
        except WrongKey as exc:
            last = exc
            reason = str(exc)
            continue
        if store.key.raw is not None and keyring_status().usable:
            keyring_store(path, store.key)  # recovered: put the key back where it belongs
        return store
    assert last is not None
    raise last


def open_with(path: Path, key: DatabaseKey) -> Store:
    """`open_store`, saying "a typing error in the recovery key" when a recovery key with a typo
    was taken for a passphrase (so nobody is told to doubt a passphrase they never typed)."""
    try:
        return open_store(path, key)
    except WrongKey as exc:
        if key.passphrase is not None and looks_like_recovery_key(key.passphrase):
            raise WrongKey(*recovery_typo_message(key.passphrase)) from exc
        raise


def new_key(
    mode: str,
    path: Path,
    ask_new_passphrase: Callable[[str], str | None] | None,
) -> DatabaseKey:
    """The key for a new database. `mode` is auto, keyring or passphrase.

    auto: VANGNET_PASSPHRASE if set, else the keyring if usable, else ask for a passphrase.
    """
    env_key = key_from_environment()
    if mode in ("auto", "passphrase") and env_key is not None:
        if env_key.passphrase is not None:
            problem = passphrase_problem(env_key.passphrase)
            if problem:
                raise KeyProblem(f"VANGNET_PASSPHRASE: {problem}.")
        return env_key
    status = keyring_status()
    if mode in ("auto", "keyring") and status.usable:
        key = new_raw_key()
        keyring_store(path, key)
        loaded, why = keyring_load(path)
        if loaded is None or loaded.raw != key.raw:
            raise KeyProblem(f"The keyring did not keep the key ({why}); nothing was created.")
        return key
    if mode == "keyring":
        raise KeyProblem(
            f"No usable keyring ({status.backend}: {status.reason}); choose --key-mode passphrase."
        )
    why = "" if mode == "passphrase" else f"No usable keyring ({status.backend}: {status.reason}). "
    if ask_new_passphrase is None:
        raise KeyProblem(
            why + "Set VANGNET_PASSPHRASE, or run in a terminal to choose a passphrase."
        )
    secret = ask_new_passphrase(why)
    if not secret:
        raise KeyProblem("No passphrase chosen; nothing was created.")
    problem = passphrase_problem(secret)
    if problem:
        raise KeyProblem(f"Not created: {problem}.")
    return DatabaseKey(passphrase=secret, origin="passphrase")


def require_unlock_code(store: Store, ask: AskCode | None) -> None:
    """Outside the window too, a key that came from the keyring opens nothing without the
    worker's unlock code (issue 13.5): a colleague at an unattended laptop cannot read the cases
    with `vangnet inbox` either. VANGNET_UNLOCK_CODE gives the code to scripts; `ask()` asks a
    person. Wrong tries count and slow down exactly as in the window. Raises `KeyProblem`
    (English, one line) and leaves `store` open for the caller to close."""
    import os

    from app.services.unlock_code import check_unlock_code, has_unlock_code

    if store.key.origin != KEYRING_ORIGIN:
        return  # a passphrase or the recovery key was given: that is something only they know
    with store.session() as session:
        if not has_unlock_code(session):
            return  # an older database: the window asks to choose a code at its next start
    code = os.environ.get(CODE_ENV)
    if code is None and ask is not None:
        code = ask()
    if not code:
        raise KeyProblem(
            f"{store.path} is protected by the worker's unlock code: set {CODE_ENV}, or run in "
            "a terminal to type it. Nothing was opened."
        )
    with store.transaction() as session:
        checked = check_unlock_code(session, code)
    if checked.ok:
        return
    if checked.wait_seconds:
        raise KeyProblem(
            f"The unlock code is wrong or was tried too often; try again in "
            f"{checked.wait_seconds} s. Nothing was opened."
        )
    raise KeyProblem("The unlock code is wrong. Nothing was opened.")
