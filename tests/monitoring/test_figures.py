"""The monitoring figures, checked against counts made by hand from the cases in conftest.py.

Threshold 1 (nothing hidden) for the counts; the suppression has its own tests."""

from __future__ import annotations

from app.services.casework import load_context
from app.services.monitoring.period import parse_period
from app.services.monitoring.report import Report, build_report
from app.services.store import Store
from tests.monitoring.conftest import TODAY


def _report(office: Store, period: str, corporation: str | None = None) -> Report:
    with office.session() as session:
        return build_report(session, load_context(session), parse_period(period),
                            made_on=TODAY, corporation=corporation, threshold_override=1)


def _cells(report: Report, figure: str) -> dict[tuple[str, str], int]:
    table = report.table(figure)
    return {
        (r, c): table.counts[i][j]
        for i, r in enumerate(table.row_codes)
        for j, c in enumerate(table.column_codes)
        if table.counts[i][j]
    }


def test_signals_per_kind_and_corporation(office: Store) -> None:
    q2, q3 = _report(office, "2026Q2"), _report(office, "2026Q3")
    assert _cells(q2, "signals_received") == {
        ("huurachterstand", "YMERE"): 1,
        ("meer_dan_huurachterstand", "YMERE"): 1,
        ("huurachterstand", "ELAN"): 1,
        ("zorgen_zonder_achterstand", "PRE"): 1,
    }
    assert q3.table("signals_received").grand_total() == 5
    assert _cells(q3, "signals_per_month") == {
        ("2026-07", "YMERE"): 1, ("2026-07", "ELAN"): 1, ("2026-08", "ELAN"): 1,
        ("2026-09", "PRE"): 1, ("2026-09", "YMERE"): 1,
    }
    both = _report(office, "2026-04-01..2026-09-30")
    assert both.table("signals_received").grand_total() == 9


def test_the_crisis_list_counts_who_was_on_it_during_the_period(office: Store) -> None:
    assert _cells(_report(office, "2026Q2"), "sdv_crisis_list") == {("on_list", "YMERE"): 1}
    # Y1 came off on 15 June; E2 went on in July and stays on
    assert _cells(_report(office, "2026Q3"), "sdv_crisis_list") == {("on_list", "ELAN"): 1}
    assert _cells(_report(office, "2026-06"), "sdv_crisis_list") == {("on_list", "YMERE"): 1}


def test_evictions_by_target_group_and_reason(office: Store) -> None:
    assert _cells(_report(office, "2026Q2"), "evictions_by_group_and_reason") == {
        ("single", "huurachterstand"): 1,
    }
    assert _cells(_report(office, "2026Q3"), "evictions_by_group_and_reason") == {
        ("children", "overlast"): 1,
        ("other", "niet_vastgelegd"): 1,
    }


def test_keys_prevented_outcomes_and_routes(office: Store) -> None:
    q2, q3 = _report(office, "2026Q2"), _report(office, "2026Q3")
    assert _cells(q3, "keys_returned_voluntarily") == {("sleutels_ingeleverd", "ELAN"): 1}
    assert _cells(q2, "evictions_prevented_after_signal") == {("voorkomen", "ELAN"): 1}
    assert _cells(q3, "evictions_prevented_after_signal") == {("voorkomen", "ELAN"): 1}
    assert _cells(q2, "outcomes") == {
        ("ontruimd", "YMERE"): 1, ("niet_in_behandeling", "YMERE"): 1, ("voorkomen", "ELAN"): 1,
    }
    assert _cells(q3, "outcomes") == {
        ("ontruimd", "YMERE"): 1, ("sleutels_ingeleverd", "ELAN"): 1, ("voorkomen", "ELAN"): 1,
        ("ontruimd", "PRE"): 1,
    }
    assert _cells(q2, "routes") == {("arrangement", "ELAN"): 1}
    assert _cells(q3, "routes") == {("settlement", "ELAN"): 1}
    assert _cells(q3, "eviction_dated") == {("ontruimd", "YMERE"): 1}


def test_decisions_on_the_signals_of_the_period(office: Store) -> None:
    assert _cells(_report(office, "2026Q2"), "taken_on") == {
        ("taken_on", "YMERE"): 1, ("not_taken_on", "YMERE"): 1, ("taken_on", "ELAN"): 1,
        ("undecided", "PRE"): 1,
    }
    assert _cells(_report(office, "2026Q3"), "taken_on") == {
        ("taken_on", "YMERE"): 1, ("taken_on", "ELAN"): 2, ("undecided", "PRE"): 1,
        ("undecided", "YMERE"): 1,
    }


def test_one_corporation_only(office: Store) -> None:
    report = _report(office, "2026Q3", corporation="elan")
    assert report.corporation is not None and report.corporation.code == "ELAN"
    assert report.table("signals_received").columns == ("Elan Wonen",)
    assert report.table("signals_received").grand_total() == 2
    assert report.table("evictions_by_group_and_reason").grand_total() == 0


def test_terms_met_are_counted_by_their_due_date(office: Store) -> None:
    q3 = _report(office, "2026Q3")
    terms = q3.table("terms")
    assert terms.row_codes == ("contact", "feedback", "proposal")
    # every term of the period is in exactly one state: the row totals are the terms due
    with office.session() as session:
        from sqlalchemy import text

        due = session.execute(text(
            "SELECT term_id, count(*) FROM case_deadlines WHERE due BETWEEN '2026-07-01' AND "
            "'2026-09-30' AND term_id IN ('contact', 'feedback', 'proposal') GROUP BY term_id"
        )).all()
    assert {code: terms.row_total(i) for i, code in enumerate(terms.row_codes)} == {
        term: n for term, n in due
    } | {t: 0 for t in terms.row_codes if t not in dict(due)}
    assert q3.medians.row_codes == ("contact", "feedback", "proposal")
