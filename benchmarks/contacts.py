"""Contact-list sync speed: a 5,000-row list into a real encrypted database (target <= 2 s).

:func:`contacts_sync_seconds` times what a sync does with a list in the shared folder: read the
file, check every row, compare it with the current version and write a new version with all its
rows, audit entry and settings, in one transaction. The wait between the two looks at the file
("is it still being written?") is set to zero: it is waiting, not work.
"""

from __future__ import annotations

import random
import tempfile
import time
from pathlib import Path

from app.services.contacts.columns import CONTACT_COLUMNS
from app.services.contacts.sync import sync_folder
from app.services.rules.profile import load_profile
from app.services.setup import initialise
from benchmarks.data import RAW_KEY

ROLES = ("corporatie", "wijkteam", "sdv", "troubleshooter", "beleidsadviseur", "uitvoerder")
WIJKEN = ("Schalkwijk", "Noord", "Oost", "Centrum", "Zuid-West", "")


def contact_list_csv(rows: int, seed: int = 11, changed_every: int = 0) -> bytes:
    """A valid contact list of ``rows`` invented people (Windows-1252, ``;``).

    ``changed_every`` > 0 gives every n-th person another phone number and e-mail address."""
    rng = random.Random(seed)
    lines = [";".join(CONTACT_COLUMNS)]
    for n in range(rows):
        org = f"Organisatie {n // 10:04d}"
        changed = changed_every and n % changed_every == 0
        phone = f"023-{5100000 + n + (7 if changed else 0):07d}"
        mail = f"persoon.{n}{'.nieuw' if changed else ''}@org{n // 10}.example"
        lines.append(
            ";".join(
                [
                    org,
                    f"ORG{n // 10}",
                    ROLES[rng.randrange(len(ROLES))],
                    f"Contactpersoon {n:05d}",
                    "medewerker",
                    phone,
                    mail,
                    WIJKEN[n % len(WIJKEN)],
                    "01-01-2026",
                ]
            )
        )
    return ("\r\n".join(lines) + "\r\n").encode("cp1252")


def contacts_sync_seconds(rows: int = 5_000) -> float:
    """Seconds for the slower of two syncs of a ``rows``-row list: the first one, and a changed
    list on top of it (every 50th person with a new phone and e-mail)."""
    with tempfile.TemporaryDirectory(prefix="vangnet-bench-contacts-") as name:
        tmp = Path(name)
        store = initialise(tmp / "contacts.db", RAW_KEY, load_profile("haarlem"), "Bench")
        share = tmp / "share"
        share.mkdir()
        times = []
        try:
            for changed_every in (0, 50):
                (share / "contactlijst.csv").write_bytes(
                    contact_list_csv(rows, changed_every=changed_every)
                )
                start = time.perf_counter()
                result = sync_folder(store, share, settle_seconds=0)
                times.append(time.perf_counter() - start)
                assert result.outcome == "applied", (result.outcome, result.errors[:3])
                assert result.rows == rows
        finally:
            store.close()
    return max(times)


if __name__ == "__main__":
    print(f"contact-list sync, 5,000 rows: {contacts_sync_seconds():.2f} s (target <= 2 s)")
