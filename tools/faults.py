"""The fault campaign (`make faults`; not part of `make test`): prints figures, asserts nothing.

What a careful tester does to an office, repeated many times (issue 12):

- kills: a real `vangnet` process is killed (SIGKILL) at a random moment while it records
  events or imports signals; afterwards the database must open, pass its integrity check and
  still hold every change that was committed before the kill
- flips: one byte of the database or of a backup is changed; Vangnet must say "damaged" (or open
  a copy whose damage lies in unused space) and never "the passphrase is wrong"
- full disk: an import into a database that may not grow must say so and change nothing
- writers: two processes recording events while a third imports, all at once
- hostile files: crafted contact lists, signal files, profiles and handover packages run
  through the real command line: tracebacks, hangs over 10 s, peak memory

Usage: python tools/faults.py [--kills N] [--flips N] [--quick]
"""

from __future__ import annotations

import argparse
import os
import random
import resource
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from collections.abc import Sequence
from pathlib import Path

PASSPHRASE = "fault campaign passphrase"
VANGNET = [sys.executable, "-m", "app"]
HANG_SECONDS = 10


ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
SAMPLE_SIGNALS = ROOT / "tests" / "data" / "meldingen-voorbeeld.csv"
PACKAGE_PASSPHRASE = "pakket wachtwoord voor de campagne"


def run(db: Path, *args: str, timeout: float = 120) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "VANGNET_DB": str(db), "VANGNET_PASSPHRASE": PASSPHRASE}
    env["VANGNET_HANDOVER_PASSPHRASE"] = PACKAGE_PASSPHRASE
    env["QT_QPA_PLATFORM"] = "offscreen"
    return subprocess.run(
        [*VANGNET, *args], env=env, capture_output=True, text=True, timeout=timeout
    )


def office(folder: Path, cases: int) -> Path:
    db = folder / "vangnet.db"
    assert run(db, "init", "--key-mode", "passphrase").returncode == 0
    assert run(db, "demo", "--cases", str(cases)).returncode == 0
    return db


def count_rows(db: Path) -> int | None:
    """Events plus cases in the database; None if it does not open."""
    from sqlalchemy import func, select

    from app.models import Case, CaseEvent
    from app.services.keys import DatabaseKey
    from app.services.store import StoreError, open_store

    try:
        store = open_store(db, DatabaseKey(passphrase=PASSPHRASE))
    except StoreError:
        return None
    try:
        with store.session() as session:
            events = session.scalar(select(func.count()).select_from(CaseEvent)) or 0
            cases = session.scalar(select(func.count()).select_from(Case)) or 0
    finally:
        store.close()
    return int(events) + int(cases)


def integrity(db: Path) -> bool:
    from app.services.backup import check_integrity
    from app.services.keys import DatabaseKey
    from app.services.store import StoreError

    try:
        check_integrity(db, DatabaseKey(passphrase=PASSPHRASE))
    except StoreError:
        return False
    return True


# --- kills -----------------------------------------------------------------------------------


def kills(folder: Path, count: int) -> dict[str, object]:
    db = office(folder, 40)
    csv = folder / "meldingen.csv"
    broken = lost = refused_open = 0
    rng = random.Random(12)
    env = {**os.environ, "VANGNET_DB": str(db), "VANGNET_PASSPHRASE": PASSPHRASE}
    for i in range(count):
        before = count_rows(db) or 0
        if i % 3 == 2:
            shutil.copy(SAMPLE_SIGNALS, csv)
            args = ["import", str(csv), "--partial"]
        else:
            case = str(rng.randint(1, 40))
            args = ["event", case, "contact_attempt", "--method", "telefoon", "--reached", "no"]
        child = subprocess.Popen([*VANGNET, *args], env=env, stdout=subprocess.DEVNULL,
                                 stderr=subprocess.DEVNULL)  # fmt: skip
        time.sleep(rng.uniform(0.2, 1.5))
        child.send_signal(signal.SIGKILL)
        child.wait()
        after = count_rows(db)
        if after is None:
            refused_open += 1
        elif after < before:
            lost += 1
        if i % 25 == 0 and not integrity(db):
            broken += 1
    return {"kills": count, "did not open": refused_open, "lost commits": lost,
            "integrity failures (every 25th)": broken}  # fmt: skip


# --- byte flips ------------------------------------------------------------------------------


def flips(folder: Path, count: int) -> dict[str, object]:
    db = office(folder, 200)
    backup = folder / "backup.vangnet"
    assert run(db, "backup", str(backup)).returncode == 0
    rng = random.Random(7)
    outcome = {"damaged (exit 7)": 0, "wrong key": 0, "opened, unused bytes": 0, "other": 0}
    for i in range(count):
        source = backup if i % 2 else db
        copy = folder / f"flip-{i}.db"
        data = bytearray(source.read_bytes())
        at = rng.randrange(len(data))
        data[at] ^= 1 << rng.randrange(8)
        copy.write_bytes(bytes(data))
        shutil.copy(db.with_name(db.name + ".keycheck"), copy.with_name(copy.name + ".keycheck"))
        done = run(copy, "backup", str(folder / f"b-{i}.vangnet"))
        if done.returncode == 7:
            outcome["damaged (exit 7)"] += 1
        elif done.returncode == 2:
            outcome["wrong key"] += 1
        elif done.returncode == 0:
            outcome["opened, unused bytes"] += 1
        else:
            outcome["other"] += 1
        for leftover in folder.glob(f"*-{i}*"):
            leftover.unlink()
    return outcome


# --- full disk, writers ------------------------------------------------------------------------


def full_disk(folder: Path) -> dict[str, object]:
    from app.services import store as store_module

    db = office(folder, 10)
    configure = store_module._configure

    def full(conn: object) -> None:
        configure(conn)
        pages = conn.execute("PRAGMA page_count").fetchone()[0]  # type: ignore[attr-defined]
        conn.execute(f"PRAGMA max_page_count = {pages}")  # type: ignore[attr-defined]

    store_module._configure = full  # type: ignore[assignment]
    os.environ.update(VANGNET_DB=str(db), VANGNET_PASSPHRASE=PASSPHRASE)
    from app.cli import main

    csv = folder / "meldingen.csv"
    shutil.copy(SAMPLE_SIGNALS, csv)
    before = count_rows(db)
    code = main(["import", str(csv)])
    store_module._configure = configure  # type: ignore[assignment]
    after = count_rows(db)
    again = main(["import", str(csv)])
    return {"exit status on a full disk": code, "rows changed": (after or 0) - (before or 0),
            "import once there is room again": again}  # fmt: skip


def writers(folder: Path) -> dict[str, object]:
    db = office(folder, 10)
    env = {**os.environ, "VANGNET_DB": str(db), "VANGNET_PASSPHRASE": PASSPHRASE}
    start = time.perf_counter()
    script = (
        "import subprocess,sys\n"
        "fails=0\n"
        "for _ in range(int(sys.argv[2])):\n"
        "    r=subprocess.run([sys.executable,'-m','app','event',sys.argv[1],'contact_attempt',"
        "'--method','telefoon','--reached','no'],capture_output=True)\n"
        "    fails+=r.returncode!=0\n"
        "print(fails)\n"
    )
    procs = [
        subprocess.Popen([sys.executable, "-c", script, str(case), "40"], env=env,
                         stdout=subprocess.PIPE, text=True)
        for case in (1, 2)
    ]  # fmt: skip
    time.sleep(3)  # meanwhile a third process writes 3,000 cases in one transaction
    bulk = run(db, "demo", "--cases", "3000")
    failures = sum(int(p.communicate()[0].strip() or 0) for p in procs)
    return {"events by two processes (one command each)": 80, "failed": failures,
            "3,000-case write in between": f"exit {bulk.returncode}",
            "seconds": round(time.perf_counter() - start, 1)}  # fmt: skip


# --- hostile files -----------------------------------------------------------------------------


def hostile(folder: Path) -> dict[str, object]:
    db = office(folder, 5)
    share = folder / "share"
    share.mkdir()
    cases: list[tuple[str, Sequence[str]]] = []
    # contact lists
    import openpyxl

    book = openpyxl.Workbook(write_only=True)
    sheet = book.create_sheet("Contactlijst")
    sheet.append(["organisatie", "code", "rol", "naam", "functie", "telefoon"])
    for i in range(2000):
        sheet.append(["Ymere", "YMERE", "corporatie", f"P {i}", "", "06-12345678"]
                     + [None] * 16_370 + ["x"])  # fmt: skip
    book.save(share / "contactlijst.xlsx")
    cases.append(("xlsx with cells in column XFD", ["contacts", "sync", str(share)]))
    big = folder / "groot" / "contactlijst.csv"
    big.parent.mkdir()
    big.write_text("organisatie;rol;naam;telefoon\r\n" + "Ymere;deurwaarder;X;1\r\n" * 300_000)
    cases.append(("300,000 bad contact rows", ["contacts", "sync", str(big.parent)]))
    # signal files
    name = folder / "naam.csv"  # the sample file with one tenant's name 10 MB long
    sample = SAMPLE_SIGNALS.read_bytes().decode("cp1252")
    name.write_bytes(sample.replace("Sanne Hoekstra", "A" * 10_000_000, 1).encode("cp1252"))
    # the office is a demo database: only a file of invented people (`--invented`) is read
    cases.append(("a 10 MB name", ["import", "--invented", str(name)]))
    # profiles
    cp1252 = 'id = "x"\nname = "Pré"\n'.encode("cp1252")
    for label, data in (("profile in Windows-1252", cp1252),
                        ("binary profile", bytes(range(256)) * 10)):  # fmt: skip
        path = folder / f"{label.split()[-1]}.toml"
        path.write_bytes(data)
        cases.append((label, ["init", "--profile", str(path)]))
    # handover packages
    for label, payload in (("package with a 5,000-digit number", b'{"n": 1' + b"9" * 5000 + b"}"),
                           ("package nested 100,000 deep", b"[" * 100_000)):  # fmt: skip
        from app.services.handover.sealed import seal

        path = folder / f"{label.split()[-2]}.vgo"
        path.write_bytes(seal(payload, PACKAGE_PASSPHRASE))
        cases.append((label, ["handover", "import", str(path)]))
    tracebacks = hangs = 0
    lines: list[str] = []
    for label, args in cases:
        target = db if args[0] != "init" else folder / f"nieuw-{len(lines)}.db"
        start = time.perf_counter()
        try:
            done = run(target, *args, timeout=HANG_SECONDS * 6)
            seconds = time.perf_counter() - start
            said = (done.stderr.strip().splitlines() or ["-"])[0][:90]
            tracebacks += "Traceback" in done.stderr
            hangs += seconds > HANG_SECONDS
            lines.append(f"{label}: exit {done.returncode} in {seconds:.1f} s — {said}")
        except subprocess.TimeoutExpired:
            hangs += 1
            lines.append(f"{label}: HUNG")
    peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    return {"files": len(cases), "tracebacks": tracebacks, f"over {HANG_SECONDS} s": hangs,
            "peak memory of a child (MB)": round(peak), "each": lines}  # fmt: skip


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--kills", type=int, default=300)
    parser.add_argument("--flips", type=int, default=200)
    parser.add_argument("--quick", action="store_true", help="30 kills, 40 flips")
    args = parser.parse_args(argv)
    if args.quick:
        args.kills, args.flips = 30, 40
    with tempfile.TemporaryDirectory(prefix="vangnet-faults-") as tmp:
        root = Path(tmp)
        parts = (("kills during writes", lambda f: kills(f, args.kills)),
                 ("byte flips in database and backup", lambda f: flips(f, args.flips)),
                 ("concurrent writers", writers), ("hostile files", hostile),
                 ("full disk", full_disk))  # fmt: skip
        for title, part in parts:
            folder = root / title.split()[0]
            folder.mkdir()
            start = time.perf_counter()
            figures = part(folder)
            print(f"\n== {title} ({time.perf_counter() - start:.0f} s)")
            for key, value in figures.items():
                if isinstance(value, list):
                    for line in value:
                        print(f"   {line}")
                else:
                    print(f"   {key}: {value}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
