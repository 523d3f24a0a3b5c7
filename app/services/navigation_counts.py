"""The numbers next to the views in the window's navigation: how much work each one holds."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING

from sqlalchemy.orm import Session

from app.services.case_query import UrgencyCounts, urgency_counts, view_counts
from app.services.casework import RulesContext
from app.services.troubleshooter_desk import called_in_count

if TYPE_CHECKING:
    from app.services.workspace import Workspace


@dataclass(frozen=True)
class NavigationCounts:
    """Open cases per view (inbox, mine, week, desk), and how many of them are urgent."""

    views: dict[str, int]
    urgency: UrgencyCounts


def navigation_counts(
    session: Session, ctx: RulesContext, today: date, me: str
) -> NavigationCounts:
    """Open cases per view: the inbox, the worker's own, this week's, and the troubleshooter's
    desk; with the overdue ones and the evictions on the profile's scale (issue 16.4). Closed
    cases and contacts have no count: they are not work waiting."""
    counts = view_counts(session, today, me)
    urgency = urgency_counts(session, ctx, today, overdue=counts.pop("overdue"))
    # what `desk_case_count` counts, from the eviction pass already made
    counts["desk"] = urgency.evictions_ahead + called_in_count(session)
    return NavigationCounts(views=counts, urgency=urgency)


def counts_for(ws: Workspace) -> NavigationCounts:
    """:func:`navigation_counts` for the workspace's worker today, in a session of its own."""
    with ws.store.session() as session:
        return navigation_counts(session, ws.ctx, ws.today(), ws.actor)
