"""Issue 17: a read command as a whole process, from start to exit.

`vangnet inbox --limit 5` on a database of 200 demo cases, run as `python -m app` in a fresh
interpreter each time, so imports, opening the store (with its key derivation) and the query
are all counted. Targets: <= 0.4 s with a passphrase (PBKDF2 included), <= 0.25 s with a raw key
(given as its recovery key). `python -c pass` is shown for comparison.
"""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

from app.services.keys import DatabaseKey, recovery_key_for
from app.services.rules.profile import load_profile
from app.services.setup import initialise
from benchmarks.data import RAW_KEY
from benchmarks.timing import timed

Say = Callable[[str, str, str], None]

PASSPHRASE = "benchmark passphrase 2026"


def _run(args: list[str], secret: str) -> None:
    env = {**os.environ, "VANGNET_PASSPHRASE": secret}
    env.pop("VANGNET_UNLOCK_CODE", None)
    subprocess.run([sys.executable, *args], env=env, check=True, stdout=subprocess.DEVNULL)


def _database(path: Path, key: DatabaseKey, secret: str) -> None:
    initialise(path, key, load_profile("haarlem"), "Bench").close()
    _run(["-m", "app", "--db", str(path), "demo", "--cases", "200"], secret)


def bench_cli_start(tmp: Path, say: Say) -> None:
    empty = timed(lambda: _run(["-c", "pass"], ""), 5)
    say("python -c pass (for comparison)", f"{empty / 1000:.2f} s", "(info)")
    assert RAW_KEY.raw is not None
    for name, key, secret, target in (
        ("a raw key", RAW_KEY, recovery_key_for(RAW_KEY.raw), "<= 0.25 s"),
        ("a passphrase", DatabaseKey(passphrase=PASSPHRASE), PASSPHRASE, "<= 0.4 s"),
    ):
        path = tmp / f"cli-start-{name.split()[-1]}.db"
        _database(path, key, secret)
        command = ["-m", "app", "--db", str(path), "inbox", "--limit", "5"]
        _run(command, secret)  # warm the file cache once
        ms = timed(lambda: _run(command, secret), 5)  # noqa: B023 - used at once
        say(f"`vangnet inbox --limit 5` whole process, {name}", f"{ms / 1000:.2f} s", target)
