"""Issue 16.4: a fixed date set by others (eviction, bailiff) on its own proximity scale.

Not a term with a 2-working-day warning window: it is never overdue, it comes closer (red
within 5 working days, orange within 10, amber within 20 in both shipped profiles, from
Haarlem H 3.4 and B4), and once behind us it is a fact. The scale is profile data.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from app.services.rules.calendar import WorkingDayCalendar
from app.services.rules.deadlines import (
    CaseFacts,
    Deadline,
    EventFact,
    compute_deadlines,
    term_state,
    unmet_dues,
)
from app.services.rules.profile import (
    DEFAULT_PROXIMITY,
    CovenantProfile,
    ProfileError,
    ProximityScale,
    covenants_dir,
    load_profile,
)
from app.services.rules.ranking import NO_DUE_KEY, rank_segments, segment_on

TODAY = date(2026, 11, 23)  # a Monday; no holidays before Christmas


def _facts(
    *,
    eviction: date | None = None,
    bailiff: date | None = None,
    events: tuple[EventFact, ...] = (),
    signal: date = date(2026, 11, 16),
) -> CaseFacts:
    return CaseFacts("huurachterstand", signal, bailiff, eviction, events)


def _deadline(
    profile: CovenantProfile, nl: WorkingDayCalendar, term: str, facts: CaseFacts
) -> Deadline:
    return next(d for d in compute_deadlines(facts, profile, nl) if d.id == term)


@pytest.mark.parametrize("name", ["haarlem", "amsterdam"])
def test_shipped_profiles_give_both_fixed_dates_a_scale_with_its_reason(name: str) -> None:
    profile = load_profile(name)
    for term_id in ("eviction", "bailiff"):
        rule = profile.term(term_id)
        assert rule is not None and rule.unit == "fixed"
        assert rule.proximity is not None
        assert (rule.proximity.critical, rule.proximity.urgent, rule.proximity.attention) == (
            5,
            10,
            20,
        )
        assert rule.proximity.basis  # where the numbers come from, for the administrator
    counted = profile.term("feedback")
    assert counted is not None and counted.proximity is None


def test_haarlem_scale_names_its_articles(haarlem: CovenantProfile) -> None:
    eviction, bailiff = haarlem.term("eviction"), haarlem.term("bailiff")
    assert eviction is not None and eviction.proximity is not None
    assert bailiff is not None and bailiff.proximity is not None
    assert "B4" in eviction.proximity.basis and "4 weken" in eviction.proximity.basis
    assert "H 3.4" in bailiff.proximity.basis


@pytest.mark.parametrize(
    ("working_days", "level"),
    [(0, "critical"), (5, "critical"), (6, "urgent"), (10, "urgent"), (11, "attention"),
     (20, "attention"), (21, "planned"), (60, "planned")],
)
def test_scale_levels(working_days: int, level: str) -> None:
    assert ProximityScale(5, 10, 20, "x").level(working_days) == level


@pytest.mark.parametrize(
    ("eviction", "working_days", "proximity"),
    [
        (date(2026, 11, 23), 0, "critical"),  # today
        (date(2026, 11, 30), 5, "critical"),
        (date(2026, 12, 2), 7, "urgent"),  # the case from the issue: 7 working days away
        (date(2026, 12, 14), 15, "attention"),
        (date(2026, 12, 21), 20, "attention"),
        (date(2027, 1, 15), 37, "planned"),  # over Christmas (25 Dec) and New Year (1 Jan)
    ],
)
def test_an_eviction_ahead_is_open_with_its_proximity_never_a_plain_countdown(
    haarlem: CovenantProfile,
    nl: WorkingDayCalendar,
    eviction: date,
    working_days: int,
    proximity: str,
) -> None:
    d = _deadline(haarlem, nl, "eviction", _facts(eviction=eviction))
    state = term_state(d, TODAY, nl, haarlem)
    assert (state.status, state.working_days_left, state.proximity) == (
        "open",
        working_days,
        proximity,
    )


def test_a_fixed_date_behind_us_is_passed_never_overdue(
    haarlem: CovenantProfile, nl: WorkingDayCalendar
) -> None:
    d = _deadline(haarlem, nl, "bailiff", _facts(bailiff=date(2026, 11, 18)))
    state = term_state(d, TODAY, nl, haarlem)
    assert state.status == "passed" and state.working_days_left == -3
    assert state.proximity == ""


def test_an_ended_case_counts_nothing_not_even_its_eviction(
    haarlem: CovenantProfile, nl: WorkingDayCalendar
) -> None:
    d = _deadline(haarlem, nl, "eviction", _facts(eviction=date(2026, 12, 2)))
    state = term_state(d, TODAY, nl, haarlem, case_ended=True)
    assert (state.status, state.working_days_left, state.proximity) == ("stopped", 0, "")


def test_an_averted_eviction_is_met(haarlem: CovenantProfile, nl: WorkingDayCalendar) -> None:
    facts = _facts(
        eviction=date(2026, 12, 2), events=(EventFact("eviction_averted", date(2026, 11, 20)),)
    )
    state = term_state(_deadline(haarlem, nl, "eviction", facts), TODAY, nl, haarlem)
    assert state.status == "met" and state.proximity == ""


def test_a_counted_term_keeps_its_countdown_without_proximity(
    haarlem: CovenantProfile, nl: WorkingDayCalendar
) -> None:
    d = _deadline(haarlem, nl, "contact", _facts(signal=date(2026, 11, 2)))
    state = term_state(d, TODAY, nl, haarlem)
    assert (state.status, state.proximity) == ("overdue", "")


def test_unmet_dues_split_counted_terms_from_fixed_dates(
    haarlem: CovenantProfile, nl: WorkingDayCalendar
) -> None:
    facts = _facts(bailiff=date(2026, 11, 18), eviction=date(2026, 12, 2))
    counted, fixed = unmet_dues(compute_deadlines(facts, haarlem, nl))
    assert counted == date(2026, 11, 23)  # contact and feedback: 5 working days after 16 Nov
    assert fixed == (date(2026, 11, 18), date(2026, 12, 2))


def test_rank_due_date_is_a_fixed_date_only_up_to_its_day() -> None:
    """A passed bailiff date no longer makes the case 'due' (and so not 'overdue')."""
    bailiff, counted = date(2026, 11, 18), date(2026, 11, 25)
    segments = rank_segments(None, counted, [], fixed_dues=[bailiff])
    on = {day: segment_on(segments, day) for day in (date(2026, 11, 17), bailiff, TODAY)}
    assert {day: s.due_key if s else None for day, s in on.items()} == {
        date(2026, 11, 17): "2026-11-18",
        bailiff: "2026-11-18",  # on the day itself it is still ahead
        TODAY: "2026-11-25",  # the day after, the counted term leads again
    }
    only_fixed = rank_segments(None, None, [], fixed_dues=[bailiff])
    after = segment_on(only_fixed, TODAY)
    assert after is not None and after.due_key == NO_DUE_KEY
    # contiguous, covering everything, nothing doubled
    assert segments[0].valid_from == date.min and segments[-1].valid_to == date.max
    assert all(a.valid_to == b.valid_from for a, b in zip(segments, segments[1:], strict=False))


def test_rank_segments_without_fixed_dates_are_unchanged() -> None:
    assert rank_segments(None, date(2026, 11, 25), []) == rank_segments(
        None, date(2026, 11, 25), [], fixed_dues=()
    )


# -- the scale is data: a third municipality changes the TOML, not the code -----------------


def _profile_text() -> str:
    return (covenants_dir() / "haarlem.toml").read_text(encoding="utf-8")


def _write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "derde.toml"
    path.write_text(text, encoding="utf-8")
    return path


def test_a_third_municipality_sets_its_own_scale(
    tmp_path: Path, nl: WorkingDayCalendar
) -> None:
    text = _profile_text().replace(
        'met_by = ["eviction_averted"]\ncritical_within = 5\nurgent_within = 10\n'
        "attention_within = 20\n",
        'met_by = ["eviction_averted"]\ncritical_within = 10\nurgent_within = 15\n'
        "attention_within = 30\n",
    )
    profile = load_profile(_write(tmp_path, text))
    d = _deadline(profile, nl, "eviction", _facts(eviction=date(2026, 12, 2)))
    assert term_state(d, TODAY, nl, profile).proximity == "critical"  # 7 ≤ 10 here


def test_a_profile_without_a_scale_gets_the_default(tmp_path: Path) -> None:
    lines = [
        line
        for line in _profile_text().splitlines()
        if not line.startswith(
            ("critical_within", "urgent_within", "attention_within", "proximity_basis")
        )
    ]
    profile = load_profile(_write(tmp_path, "\n".join(lines) + "\n"))
    eviction = profile.term("eviction")
    assert eviction is not None and eviction.proximity == DEFAULT_PROXIMITY


@pytest.mark.parametrize(
    ("old", "new", "marker", "message"),
    [
        (
            'met_by = ["rent_resumed"]\n',
            'met_by = ["rent_resumed"]\ncritical_within = 5\n',
            "critical_within = 5",
            "term 'recovery': 'critical_within' is only for a fixed date",
        ),
        (
            'met_by = ["eviction_averted"]\ncritical_within = 5\nurgent_within = 10\n',
            'met_by = ["eviction_averted"]\ncritical_within = 12\nurgent_within = 10\n',
            "urgent_within = 10",
            "term 'eviction': 'urgent_within' (10) must not be less than 'critical_within' (12)",
        ),
        (
            'met_by = ["eviction_averted"]\ncritical_within = 5\n',
            'met_by = ["eviction_averted"]\ncritical_within = -1\n',
            "critical_within = -1",
            "term 'eviction': 'critical_within' must not be negative",
        ),
        (
            'met_by = ["eviction_averted"]\ncritical_within = 5\nurgent_within = 10\n',
            'met_by = ["eviction_averted"]\ncritical_within = 5\n',
            "critical_within = 5",
            "term 'eviction': 'urgent_within' is missing",
        ),
        (
            'met_by = ["eviction_averted"]\ncritical_within = 5\n',
            'met_by = ["eviction_averted"]\ncritical_within = "vijf"\n',
            'critical_within = "vijf"',
            "term 'eviction': 'critical_within' must be a whole number",
        ),
    ],
)
def test_a_wrong_scale_is_refused_naming_the_line(
    tmp_path: Path, old: str, new: str, marker: str, message: str
) -> None:
    original = _profile_text()
    assert old in original, old
    text = original.replace(old, new, 1)
    term = message.split("'")[1]
    with pytest.raises(ProfileError) as err:
        load_profile(_write(tmp_path, text))
    assert message in err.value.message
    # the line of the wrong key, within the term it belongs to
    at = text.index(marker, text.index(f'id = "{term}"'))
    assert err.value.line == text[:at].count("\n") + 1
