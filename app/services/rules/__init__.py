"""The covenant rules engine: calendar, covenant profiles, deadlines, priority and inbox rank.

Pure: dates and plain data in, dates and ranks out. No Qt, no database, no other app packages,
so every rule can be tested in isolation.
"""

from .calendar import (
    CalendarError,
    ClosedDay,
    WorkingDayCalendar,
    easter_sunday,
    load_calendar,
)
from .deadlines import (
    CaseFacts,
    Deadline,
    DeadlineState,
    EventFact,
    case_flags,
    compute_deadlines,
    evaluate,
    missing_decree_years_for,
    next_due,
)
from .priority import HouseholdFacts, ReasonPeriod, reason_periods, reasons_on
from .profile import (
    CovenantProfile,
    Organisation,
    ProfileError,
    TermRule,
    available_profiles,
    load_profile,
)
from .ranking import RankSegment, rank_key, rank_segments, segment_key, segment_on
from .resources import resource_dir

__all__ = [
    "CalendarError",
    "CaseFacts",
    "ClosedDay",
    "CovenantProfile",
    "Deadline",
    "DeadlineState",
    "EventFact",
    "HouseholdFacts",
    "Organisation",
    "ProfileError",
    "RankSegment",
    "ReasonPeriod",
    "TermRule",
    "WorkingDayCalendar",
    "available_profiles",
    "case_flags",
    "compute_deadlines",
    "easter_sunday",
    "evaluate",
    "load_calendar",
    "load_profile",
    "missing_decree_years_for",
    "next_due",
    "rank_key",
    "rank_segments",
    "reason_periods",
    "reasons_on",
    "resource_dir",
    "segment_key",
    "segment_on",
]
