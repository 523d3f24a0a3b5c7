"""The team's answer to the corporation's question "may collection resume?" (B2 step 6).

H 3.7 expects cases the wijkteam does "(nog) niet" take on — a family on the waiting list of
H 3.6 among them — so no answer follows from a decision by itself. The answer is recorded with
the decision (`taken_on` / `not_taken_on`, detail `may_resume`) and can be changed later
(`collection_answer`). Later facts answer it too: an arrangement made or the current rent paid
again (yes), a notice that the current rent was missed (no). The latest answer counts.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

#: the event kinds that carry an answer, in the detail field `may_resume`
ASKING_KINDS = ("taken_on", "not_taken_on", "collection_answer")
#: the event kinds whose recorded fact answers the question
ANSWERING_FACTS = {"arrangement_made": True, "rent_resumed": True, "missed_rent_notice": False}
ANSWER_KINDS = (*ASKING_KINDS, *ANSWERING_FACTS)


def fold_answer(kind: str, detail: dict[str, Any], before: bool | None) -> bool | None:
    """The answer after one more standing event (oldest first)."""
    if kind in ASKING_KINDS:
        value = detail.get("may_resume")
        return value if isinstance(value, bool) else before
    return ANSWERING_FACTS.get(kind, before)


def collection_answer(events: Iterable[tuple[str, dict[str, Any]]]) -> bool | None:
    """The answer after these standing events (oldest first); None while nobody answered."""
    answer: bool | None = None
    for kind, detail in events:
        answer = fold_answer(kind, detail, answer)
    return answer
