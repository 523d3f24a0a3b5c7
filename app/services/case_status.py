"""The Dutch words for a case's status: one source for everything Vangnet writes.

The window shows a status through `app/ui/labels.status` (English source, Dutch from the
translation file); what is written in Dutch directly (the access export to the tenant) takes
the words from here. `tests/letters/test_feedback_status.py` checks that the window's Dutch is
these words. The feedback letter does not print the status: it gives the team's decision
(B2 step 6), worded so that it never contradicts the status the window shows.
"""

from __future__ import annotations

STATUS_NL: dict[str, str] = {
    "nieuw": "nieuw",
    "in_behandeling": "in behandeling",
    "niet_in_behandeling": "niet in behandeling",
    "overgedragen": "overgedragen",
    "gesloten": "afgesloten",
}


def status_nl(code: str) -> str:
    """The status as the window shows it in Dutch (the code itself when unknown)."""
    return STATUS_NL.get(code, code.replace("_", " "))
