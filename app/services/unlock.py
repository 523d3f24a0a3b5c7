"""Obtaining the key for a database without any UI: environment, keyring, or a typed secret.

The CLI and the GUI both use this; they differ only in how they ask a person for a secret.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from app.services.keys import (
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


def unlock(path: Path, ask: AskSecret | None, attempts: int = 3) -> Store:
    """Open `path`: VANGNET_PASSPHRASE, else the keyring, else ask (passphrase or recovery key).

    `ask(reason)` returns what the person typed, or None to give up. Raises `KeyProblem` or
    `WrongKey` with a one-line message; never creates a database.
    """
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
