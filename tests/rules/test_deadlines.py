"""Deadlines per term and signal kind across Dutch holidays; status, flags, explanations.

Every expected date below was checked by hand against a calendar; the comments give the count.
"""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from app.services.rules.calendar import WorkingDayCalendar
from app.services.rules.deadlines import (
    CaseFacts,
    Deadline,
    DeadlineState,
    EventFact,
    add_months,
    case_flags,
    compute_deadlines,
    evaluate,
    missing_decree_years_for,
    next_due,
)
from app.services.rules.profile import CovenantProfile

D = date.fromisoformat


def facts(
    kind: str = "huurachterstand",
    signal: str = "2026-04-24",
    bailiff: str | None = None,
    eviction: str | None = None,
    events: tuple[tuple[str, str], ...] = (),
    instruments: tuple[tuple[str, str], ...] = (),
    benefit_unrecorded: bool = False,
) -> CaseFacts:
    return CaseFacts(
        kind=kind,
        signal_date=D(signal),
        bailiff_date=D(bailiff) if bailiff else None,
        eviction_date=D(eviction) if eviction else None,
        events=tuple(EventFact(k, D(on)) for k, on in events),
        instruments=tuple((code, D(on)) for code, on in instruments),
        benefit_unrecorded=benefit_unrecorded,
    )


def by_id(deadlines: list[Deadline]) -> dict[str, Deadline]:
    return {d.id: d for d in deadlines}


# -- contact / feedback: 5 working days ------------------------------------------------------


@pytest.mark.parametrize(
    ("signal", "due"),
    [
        # Fri; skip 25-26 (weekend), 27 (Koningsdag): 28, 29, 30 Apr, 1 May, 4 May
        ("2026-04-24", "2026-05-04"),
        # Thu; skip 3 (Goede Vrijdag), 4-5, 6 (2e paasdag): 7, 8, 9, 10, 13
        ("2026-04-02", "2026-04-13"),
        # Mon; 12, 13, skip 14 (Hemelvaart), 15 (KB), 16-17: 18, 19, 20
        ("2026-05-11", "2026-05-20"),
        # Mon 2027; 4, skip 5 (5 mei), 6 (Hemelvaart), 7 (KB), 8-9: 10, 11, 12, 13
        ("2027-05-03", "2027-05-13"),
        # Fri 2025; skip 26 (Koningsdag, 27/4 is a Sunday), 27: 28, 29, 30 Apr, 1, 2 May
        ("2025-04-25", "2025-05-02"),
        # Wed 24 Dec 2025; skip 25, 26, 27-28: 29, 30, 31, skip 1 Jan, 2 Jan (KB), 3-4: 5, 6
        ("2025-12-24", "2026-01-06"),
        # Mon 23 Dec 2024; 24, skip 25, 26, 27 (KB), 28-29: 30, 31, skip 1 Jan: 2, 3
        ("2024-12-23", "2025-01-03"),
        # Fri 22 May 2026; skip 23-24, 25 (2e pinksterdag): 26, 27, 28, 29, 1 Jun
        ("2026-05-22", "2026-06-01"),
        # Sat and Sun signals: Mon 9 .. Fri 13 March 2026
        ("2026-03-07", "2026-03-13"),
        ("2026-03-08", "2026-03-13"),
        # 2030 has no decree loaded: 28, 29, skip 30 (Hemelvaart), 31 (no KB!), 3 Jun, 4 Jun
        ("2030-05-27", "2030-06-04"),
    ],
)
def test_contact_and_feedback_five_working_days(
    haarlem: CovenantProfile, nl: WorkingDayCalendar, signal: str, due: str
) -> None:
    result = by_id(compute_deadlines(facts(signal=signal), haarlem, nl))
    assert result["contact"].due == D(due)
    assert result["feedback"].due == D(due)
    assert result["contact"].start == D(signal)
    assert result["contact"].moved_from is None
    assert nl.working_days_between(D(signal), D(due)) == 5


@pytest.mark.parametrize(
    ("kind", "expected"),
    [
        ("huurachterstand", {"contact", "feedback", "proposal"}),
        ("meer_dan_huurachterstand", {"feedback", "proposal"}),
        ("zorgen_zonder_achterstand", {"feedback"}),
    ],
)
def test_terms_per_signal_kind(
    haarlem: CovenantProfile, nl: WorkingDayCalendar, kind: str, expected: set[str]
) -> None:
    result = compute_deadlines(facts(kind=kind), haarlem, nl)
    assert {d.id for d in result} == expected


def test_kind_specific_terms_for_all_kinds_when_facts_known(
    haarlem: CovenantProfile, nl: WorkingDayCalendar
) -> None:
    case = facts(
        kind="zorgen_zonder_achterstand",
        bailiff="2026-06-01",
        eviction="2026-07-01",
        events=(("missed_rent_notice", "2026-05-01"), ("settlement_started", "2026-05-01")),
    )
    ids = [d.id for d in compute_deadlines(case, haarlem, nl)]
    assert ids == ["feedback", "bailiff", "recovery", "eviction", "amicable_max"]


def test_skipped_days_recorded(haarlem: CovenantProfile, nl: WorkingDayCalendar) -> None:
    contact = by_id(compute_deadlines(facts(), haarlem, nl))["contact"]
    assert [c.day for c in contact.skipped] == [
        D("2026-04-25"),
        D("2026-04-26"),
        D("2026-04-27"),
        D("2026-05-02"),
        D("2026-05-03"),
    ]


# -- proposal: 2 weeks, rolled forward -------------------------------------------------------


@pytest.mark.parametrize(
    ("signal", "due", "moved_from"),
    [
        ("2026-04-24", "2026-05-08", None),  # Fri + 14 = Fri 8 May, a working day
        # Thu 30 Apr + 14 = Thu 14 May (Hemelvaart) -> 15 (KB), 16, 17 -> Mon 18
        ("2026-04-30", "2026-05-18", "2026-05-14"),
        ("2026-04-25", "2026-05-11", "2026-05-09"),  # Sat + 14 = Sat -> Mon
        # Sat 12 Apr 2025 + 14 = Sat 26 Apr (Koningsdag) -> 27 (Sun) -> Mon 28
        ("2025-04-12", "2025-04-28", "2025-04-26"),
        # Fri 18 Dec 2026 + 14 = Fri 1 Jan 2027 (Nieuwjaarsdag) -> Mon 4 Jan
        ("2026-12-18", "2027-01-04", "2027-01-01"),
        # Fri 11 Dec 2026 + 14 = Fri 25 Dec -> 26 (2e kerstdag, Sat), 27 -> Mon 28
        ("2026-12-11", "2026-12-28", "2026-12-25"),
        # Wed 21 Apr 2027 + 14 = Wed 5 May -> 6 (Hemelvaart), 7 (KB), 8, 9 -> Mon 10
        ("2027-04-21", "2027-05-10", "2027-05-05"),
        # Fri 20 Mar 2026 + 14 = Fri 3 Apr (Goede Vrijdag) -> 4, 5, 6 (2e paasdag) -> Tue 7
        ("2026-03-20", "2026-04-07", "2026-04-03"),
    ],
)
def test_proposal_two_weeks_rolled(
    haarlem: CovenantProfile,
    nl: WorkingDayCalendar,
    signal: str,
    due: str,
    moved_from: str | None,
) -> None:
    proposal = by_id(compute_deadlines(facts(signal=signal), haarlem, nl))["proposal"]
    assert proposal.due == D(due)
    assert proposal.moved_from == (D(moved_from) if moved_from else None)
    if moved_from:
        assert [c.day for c in proposal.skipped] == [
            D(moved_from) + timedelta(days=i) for i in range((D(due) - D(moved_from)).days)
        ]
    else:
        assert proposal.skipped == ()


def test_proposal_met_by_either_event(haarlem: CovenantProfile, nl: WorkingDayCalendar) -> None:
    case = facts(events=(("no_proposal_possible", "2026-05-06"), ("proposal_sent", "2026-05-12")))
    assert by_id(compute_deadlines(case, haarlem, nl))["proposal"].met_on == D("2026-05-06")


# -- bailiff and eviction: fixed dates -------------------------------------------------------


def test_fixed_dates_never_move(haarlem: CovenantProfile, nl: WorkingDayCalendar) -> None:
    # a Saturday bailiff date and an eviction on Koningsdag stay where they are
    case = facts(bailiff="2026-05-16", eviction="2026-04-27")
    result = by_id(compute_deadlines(case, haarlem, nl))
    assert result["bailiff"].due == D("2026-05-16")
    assert result["bailiff"].moved_from is None and result["bailiff"].skipped == ()
    assert result["eviction"].due == D("2026-04-27")
    assert result["eviction"].moved_from is None


def test_fixed_dates_only_when_known(haarlem: CovenantProfile, nl: WorkingDayCalendar) -> None:
    ids = {d.id for d in compute_deadlines(facts(), haarlem, nl)}
    assert not ids & {"bailiff", "eviction", "recovery", "amicable_max"}


def test_bailiff_met_by_arrangement_after_signal(
    haarlem: CovenantProfile, nl: WorkingDayCalendar
) -> None:
    case = facts(
        bailiff="2026-05-20",
        events=(("arrangement_made", "2026-04-01"), ("arrangement_made", "2026-05-06")),
    )
    bailiff = by_id(compute_deadlines(case, haarlem, nl))["bailiff"]
    # the arrangement before the signal belongs to an earlier episode
    assert bailiff.met_on == D("2026-05-06")
    assert evaluate(bailiff, D("2026-05-25"), nl).status == "met"


# -- recovery: 14 days from the latest missed-rent notice -------------------------------------


def test_recovery_from_latest_notice(haarlem: CovenantProfile, nl: WorkingDayCalendar) -> None:
    case = facts(
        events=(
            ("missed_rent_notice", "2026-03-02"),
            ("rent_resumed", "2026-03-10"),
            ("missed_rent_notice", "2026-04-13"),
        )
    )
    recovery = by_id(compute_deadlines(case, haarlem, nl))["recovery"]
    # Mon 13 Apr + 14 = Mon 27 Apr (Koningsdag) -> Tue 28
    assert recovery.start == D("2026-04-13")
    assert recovery.due == D("2026-04-28")
    assert recovery.moved_from == D("2026-04-27")
    assert recovery.met_on is None  # resumption before this notice does not count
    met = CaseFacts(
        case.kind,
        case.signal_date,
        None,
        None,
        case.events + (EventFact("rent_resumed", D("2026-04-28")),),
    )
    assert by_id(compute_deadlines(met, haarlem, nl))["recovery"].met_on == D("2026-04-28")


# -- amicable settlement: at most 36 months --------------------------------------------------


def test_amicable_max(haarlem: CovenantProfile, nl: WorkingDayCalendar) -> None:
    case = facts(events=(("settlement_started", "2026-01-31"),))
    amicable = by_id(compute_deadlines(case, haarlem, nl))["amicable_max"]
    assert amicable.due == D("2029-01-31")  # a Wednesday
    assert amicable.moved_from is None
    # 29 Feb 2024 + 36 months = 28 Feb 2027 (a Sunday) -> Mon 1 Mar 2027
    leap = facts(signal="2024-02-01", events=(("settlement_started", "2024-02-29"),))
    amicable = by_id(compute_deadlines(leap, haarlem, nl))["amicable_max"]
    assert (amicable.moved_from, amicable.due) == (D("2027-02-28"), D("2027-03-01"))


@pytest.mark.parametrize(
    ("start", "months", "expected"),
    [
        ("2026-01-31", 1, "2026-02-28"),
        ("2024-01-31", 1, "2024-02-29"),
        ("2026-03-31", -1, "2026-02-28"),
        ("2026-12-15", 1, "2027-01-15"),
        ("2026-05-15", 36, "2029-05-15"),
    ],
)
def test_add_months(start: str, months: int, expected: str) -> None:
    assert add_months(D(start), months) == D(expected)


# -- Amsterdam -------------------------------------------------------------------------------


def test_amsterdam_defaults(amsterdam: CovenantProfile, nl: WorkingDayCalendar) -> None:
    result = by_id(compute_deadlines(facts(kind="meer_dan_huurachterstand"), amsterdam, nl))
    assert set(result) == {"contact", "feedback", "proposal"}
    assert all(d.is_default for d in result.values())
    assert "kantoorinstelling" in result["contact"].explain()


# -- missing decree years --------------------------------------------------------------------


def test_year_without_decree_is_reported(haarlem: CovenantProfile, nl: WorkingDayCalendar) -> None:
    deadlines = compute_deadlines(facts(signal="2030-05-27"), haarlem, nl)
    assert by_id(deadlines)["contact"].due == D("2030-06-04")
    assert missing_decree_years_for(deadlines, nl) == [2030]
    covered = compute_deadlines(facts(signal="2026-05-11"), haarlem, nl)
    assert missing_decree_years_for(covered, nl) == []
    long = compute_deadlines(facts(events=(("settlement_started", "2026-06-01"),)), haarlem, nl)
    assert missing_decree_years_for(long, nl) == [2029]


# -- status and countdown --------------------------------------------------------------------


@pytest.mark.parametrize(
    ("met_on", "today", "status", "left"),
    [
        (None, "2026-04-24", "open", 5),
        (None, "2026-04-30", "open", 2),  # 1 May, 4 May
        (None, "2026-05-04", "open", 0),  # due today
        (None, "2026-05-06", "overdue", -1),  # (4 May, 6 May] = 6 May; 5 May is closed
        (None, "2026-05-05", "overdue", 0),  # past due, but no working day passed yet
        (None, "2026-05-11", "overdue", -4),  # (4 May, 11 May]: 6, 7, 8, 11 (5 May closed)
        ("2026-04-28", "2026-05-11", "met", 0),
        ("2026-05-04", "2026-05-04", "met", 0),
        ("2026-05-06", "2026-05-11", "late", 0),
    ],
)
def test_evaluate(
    haarlem: CovenantProfile,
    nl: WorkingDayCalendar,
    met_on: str | None,
    today: str,
    status: str,
    left: int,
) -> None:
    events = (("contact_attempt", met_on),) if met_on else ()
    contact = by_id(compute_deadlines(facts(events=events), haarlem, nl))["contact"]
    assert contact.due == D("2026-05-04")
    assert evaluate(contact, D(today), nl) == DeadlineState(status, left)


def test_next_due(haarlem: CovenantProfile, nl: WorkingDayCalendar) -> None:
    deadlines = compute_deadlines(facts(bailiff="2026-06-10"), haarlem, nl)
    assert next_due(deadlines) == D("2026-05-04")
    met = compute_deadlines(
        facts(
            bailiff="2026-06-10",
            events=(("contact_attempt", "2026-04-27"), ("feedback_sent", "2026-04-28")),
        ),
        haarlem,
        nl,
    )
    assert next_due(met) == D("2026-05-08")  # the proposal
    assert next_due([]) is None


# -- flags -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("signal", "bailiff", "flags"),
    [
        ("2026-04-24", "2026-05-08", []),  # exactly 14 days before: on time
        ("2026-04-25", "2026-05-08", ["late_signal"]),  # 13 days before
        ("2026-05-10", "2026-05-08", ["late_signal"]),  # after the bailiff date
        ("2026-04-25", None, []),
    ],
)
def test_late_signal(
    haarlem: CovenantProfile, signal: str, bailiff: str | None, flags: list[str]
) -> None:
    assert case_flags(facts(signal=signal, bailiff=bailiff), haarlem) == flags


@pytest.mark.parametrize(
    ("bailiff", "instruments", "flags"),
    [
        ("2026-06-30", (), ["bailiff_blocked"]),
        # not an A 1.13 instrument
        ("2026-06-30", (("schuldhulp", "2026-05-01"),), ["bailiff_blocked"]),
        ("2026-06-30", (("vroeg_eropaf", "2026-05-01"),), []),
        ("2026-06-30", (("budgetbeheer", "2026-05-01"), ("vroeg_eropaf", "2026-07-01")), []),
        (None, (), []),
        ("2026-04-30", (), ["late_signal", "bailiff_blocked"]),
    ],
)
def test_bailiff_blocked_amsterdam(
    amsterdam: CovenantProfile,
    bailiff: str | None,
    instruments: tuple[tuple[str, str], ...],
    flags: list[str],
) -> None:
    case = facts(bailiff=bailiff, instruments=instruments)
    assert case_flags(case, amsterdam) == flags


@pytest.mark.parametrize(
    ("instrument_on", "blocked"),
    [("2026-11-25", True), ("2026-11-10", True), ("2026-11-05", False)],
)
def test_an_instrument_counts_only_before_the_bailiff(
    amsterdam: CovenantProfile, instrument_on: str, blocked: bool
) -> None:
    """A 1.13 lid 1: "dat een Amsterdammer vanwege Huurschulden slechts dan bij de deurwaarder
    terecht komt, wanneer [...] aantoonbaar een of meerdere van de instrumenten van de Sluitende
    Aanpak [is] ingezet" — deployed before the bailiff, not after (bailiff on 10 November)."""
    case = facts(
        signal="2026-10-01",
        bailiff="2026-11-10",
        instruments=(("budgetbeheer", instrument_on),),
    )
    assert ("bailiff_blocked" in case_flags(case, amsterdam)) is blocked


def test_an_eviction_date_without_a_ground_is_flagged(amsterdam: CovenantProfile) -> None:
    """A 1.13 lid 3: "dat Amsterdammers niet op basis van Huurschulden worden ontruimd, met
    uitzondering van [...] (herhaaldelijke) weigering tot meewerken of niet nakoming [...]
    Woonfraude of langlopende overlast dossiers" — without a recorded ground: flagged."""
    bare = facts(signal="2026-10-01", eviction="2026-12-15")
    assert case_flags(bare, amsterdam) == ["eviction_without_ground"]
    grounded = facts(
        signal="2026-10-01", eviction="2026-12-15", events=(("eviction_ground", "2026-11-20"),)
    )
    assert case_flags(grounded, amsterdam) == []


def test_haarlem_has_no_eviction_ground_rule(haarlem: CovenantProfile) -> None:
    assert case_flags(facts(eviction="2026-12-15"), haarlem) == []


def test_geregelde_betaling_without_a_recorded_benefit_is_flagged(
    amsterdam: CovenantProfile,
) -> None:
    """A 1.5: "Geregelde betaling: een traject [...] ten behoeve van Uitkeringsgerechtigden";
    A 1.9: "Amsterdammers met recht op een uitkering in het kader van de Participatiewet"."""
    case = facts(instruments=(("geregelde_betaling", "2026-05-01"),), benefit_unrecorded=True)
    assert case_flags(case, amsterdam) == ["benefit_unrecorded"]


def test_no_late_signal_when_an_arrangement_was_already_in_place(
    haarlem: CovenantProfile,
) -> None:
    """H 3.4: "Uiterlijk 2 weken voor het inschakelen van de deurwaarder [...] tenzij er al een
    betalingsregeling is getroffen met de huurder"."""
    late = facts(signal="2026-04-25", bailiff="2026-05-08")
    assert case_flags(late, haarlem) == ["late_signal"]
    arranged = facts(
        signal="2026-04-25", bailiff="2026-05-08", events=(("arrangement_in_place", "2026-03-01"),)
    )
    assert case_flags(arranged, haarlem) == []


def test_haarlem_never_blocks_bailiff(haarlem: CovenantProfile) -> None:
    assert case_flags(facts(bailiff="2026-06-30"), haarlem) == []


# -- explanations ----------------------------------------------------------------------------


def test_explain_working_days(haarlem: CovenantProfile, nl: WorkingDayCalendar) -> None:
    contact = by_id(compute_deadlines(facts(), haarlem, nl))["contact"]
    assert contact.explain() == (
        "5 werkdagen na de melding van 24-04-2026 (H 3.5): uiterlijk ma 04-05-2026; "
        "overgeslagen: za 25-04 (weekend), zo 26-04 (weekend), "
        "ma 27-04 Koningsdag (Atw art. 3 lid 1), za 02-05 (weekend), zo 03-05 (weekend)."
    )


def test_explain_moved(haarlem: CovenantProfile, nl: WorkingDayCalendar) -> None:
    proposal = by_id(compute_deadlines(facts(signal="2026-04-30"), haarlem, nl))["proposal"]
    assert proposal.explain() == (
        "2 weken na de melding van 30-04-2026 (H 6.2, 6.3) valt op do 14-05-2026; "
        "verschoven naar ma 18-05-2026 omdat do 14-05 Hemelvaartsdag (Atw art. 3 lid 1), "
        "vr 15-05 dag na Hemelvaartsdag (Atw art. 3 lid 3, Koninklijk Besluit), "
        "za 16-05 (weekend) en zo 17-05 (weekend) geen werkdag zijn (Algemene termijnenwet)."
    )


def test_explain_fixed_and_plain(haarlem: CovenantProfile, nl: WorkingDayCalendar) -> None:
    result = by_id(compute_deadlines(facts(bailiff="2026-05-16"), haarlem, nl))
    assert result["bailiff"].explain() == (
        "Vaste datum: de geplande deurwaardersdatum, za 16-05-2026 (H 3.4, 2.1); "
        "deze datum wordt nooit verschoven."
    )
    assert result["proposal"].explain() == (
        "2 weken na de melding van 24-04-2026 (H 6.2, 6.3): uiterlijk vr 08-05-2026."
    )


def test_explain_office_closure(haarlem: CovenantProfile, nl: WorkingDayCalendar) -> None:
    office = nl.with_office_closures([D("2026-05-01")])
    contact = by_id(compute_deadlines(facts(), haarlem, office))["contact"]
    assert contact.due == D("2026-05-06")  # 28, 29, 30, 4, (5 May closed) 6
    assert "vr 01-05 (sluitingsdag kantoor)" in contact.explain()
    assert "di 05-05 Bevrijdingsdag (5 mei) (Atw art. 3 lid 1)" in contact.explain()


def test_explain_without_term_details() -> None:
    bare = Deadline(
        id="contact",
        label="Contact",
        due=D("2026-05-04"),
        article="H 3.5",
        start=D("2026-04-24"),
        met_on=None,
        skipped=(),
        moved_from=None,
        is_default=False,
    )
    assert bare.explain() == "Uiterlijk ma 04-05-2026 (H 3.5)."


# -- properties ------------------------------------------------------------------------------

KINDS = ["huurachterstand", "meer_dan_huurachterstand", "zorgen_zonder_achterstand"]
EVENT_CHOICES = [
    "contact_attempt",
    "feedback_sent",
    "proposal_sent",
    "missed_rent_notice",
    "rent_resumed",
    "settlement_started",
    "settlement_ended",
    "arrangement_made",
]
case_days = st.dates(min_value=date(2022, 1, 1), max_value=date(2031, 12, 31))


@st.composite
def case_facts(draw: st.DrawFn) -> CaseFacts:
    signal = draw(case_days)
    offsets = st.integers(min_value=0, max_value=400)
    events = draw(
        st.lists(
            st.tuples(st.sampled_from(EVENT_CHOICES), offsets).map(
                lambda t: EventFact(t[0], signal + timedelta(days=t[1]))
            ),
            max_size=6,
        )
    )
    bailiff = draw(st.none() | offsets.map(lambda n: signal + timedelta(days=n - 30)))
    eviction = draw(st.none() | offsets.map(lambda n: signal + timedelta(days=n)))
    return CaseFacts(draw(st.sampled_from(KINDS)), signal, bailiff, eviction, tuple(events))


@given(case=case_facts())
def test_counted_due_dates_are_working_days(
    haarlem: CovenantProfile, nl: WorkingDayCalendar, case: CaseFacts
) -> None:
    for d in compute_deadlines(case, haarlem, nl):
        term = haarlem.term(d.id)
        assert term is not None
        if term.unit == "fixed":
            assert d.due == d.start and d.moved_from is None
            continue
        if term.unit == "working_days" or term.roll_forward:
            assert nl.is_working_day(d.due), d
        assert d.due > d.start
        if d.moved_from is not None:
            assert d.moved_from < d.due
            assert nl.roll_forward(d.moved_from) == d.due
        if d.met_on is not None:
            assert d.met_on >= d.start


@given(case=case_facts(), today=case_days)
def test_evaluate_consistent(
    haarlem: CovenantProfile, nl: WorkingDayCalendar, case: CaseFacts, today: date
) -> None:
    for d in compute_deadlines(case, haarlem, nl):
        state = evaluate(d, today, nl)
        if d.met_on is None:
            assert state.status == ("open" if d.due >= today else "overdue")
            assert state.working_days_left == nl.working_days_between(today, d.due)
            if state.status == "open":
                assert state.working_days_left >= 0
            else:
                assert state.working_days_left <= 0
        else:
            assert state.status == ("met" if d.met_on <= d.due else "late")
            assert state.working_days_left == 0
