"""Every figure of the monitoring report, each defined once: what it counts and the SQL that
counts it (H 9.5 and how the process went). Only aggregates leave the database: no case is
loaded into Python.

Dates in the database are ISO text, so SQLite's `date(x, '-18 years')` and string comparison
give ages and periods exactly.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date

from sqlalchemy import text
from sqlalchemy.orm import Session

from app.services.monitoring.period import Period
from app.services.monitoring.tables import CountTable, Figure
from app.services.rules.calendar import WorkingDayCalendar


@dataclass(frozen=True)
class Scope:
    period: Period
    corporation_id: int | None  # None: every corporation, each in its own column


@dataclass(frozen=True)
class Corporation:
    id: int
    code: str
    name: str


@dataclass(frozen=True)
class MedianTable:
    """A median per row (whole working days) and how many cases it is the median of; a median of
    fewer cases than the threshold is not shown."""

    figure: Figure
    rows: tuple[str, ...]
    row_codes: tuple[str, ...]
    medians: tuple[int | None, ...]
    cases: tuple[int, ...]

    def shown(self, threshold: int) -> tuple[int | None, ...]:
        return tuple(
            m if n >= threshold else None for m, n in zip(self.medians, self.cases, strict=True)
        )


_CASE_SCOPE = "(:corp IS NULL OR c.corporation_id = :corp)"

KINDS_NL = {
    "huurachterstand": "huurachterstand",
    "meer_dan_huurachterstand": "meer dan huurachterstand",
    "zorgen_zonder_achterstand": "zorgen zonder achterstand",
}
OUTCOMES_NL = {
    "voorkomen": "huisuitzetting voorkomen",
    "ontruimd": "ontruimd",
    "sleutels_ingeleverd": "sleutels vrijwillig ingeleverd",
    "verhuisd": "verhuisd",
    "niet_in_behandeling": "niet in behandeling",
    "buiten_doelgroep": "buiten de doelgroep",
    "anders": "anders",
}
GROUPS_NL = {
    "children": "met kinderen",
    "65plus": "65-plussers",
    "statushouder": "statushouders",
    "single": "alleenstaand",
    "other": "overig",
}
EVICTION_REASONS_NL = {
    "huurachterstand": "huurachterstand",
    "overlast": "overlast",
    "criminaliteit": "criminele activiteit",
    "niet_vastgelegd": "reden niet vastgelegd",
}
TERMS_NL = {
    "contact": "contact met de huurder",
    "feedback": "terugkoppeling aan de corporatie",
    "proposal": "voorstel betalingsregeling",
}
TERM_STATES_NL = {
    "on_time": "op tijd",
    "late": "te laat",
    "open": "nog open",
    "lapsed": "vervallen (zaak gesloten)",
}
DECISIONS_NL = {
    "taken_on": "in behandeling genomen",
    "not_taken_on": "niet in behandeling genomen",
    "undecided": "nog geen besluit",
}
ROUTES_NL = {
    "arrangement": "betalingsregeling getroffen",
    "settlement": "minnelijk traject",
    "wsnp": "Wsnp aangevraagd",
}
INSTRUMENTS_NL = {
    "vroeg_eropaf": "Vroeg Eropaf",
    "geregelde_betaling": "Geregelde Betaling",
    "budgetbeheer": "budgetbeheer",
    "beschermingsbewind": "beschermingsbewind",
}
_MONTHS_NL = ("jan", "feb", "mrt", "apr", "mei", "jun", "jul", "aug", "sep", "okt", "nov", "dec")

#: the target group of H 9.5.3a at a given day (`{day}`), one per case in this order, so the
#: groups add up to the total: children first, then 65+, statushouders, single, other
_GROUP_SQL = """
CASE
  WHEN coalesce(c.children_under_18, 0) > 0 OR EXISTS (
       SELECT 1 FROM household_members m
       WHERE m.case_id = c.id AND m.birth_date > date({day}, '-18 years')) THEN 'children'
  WHEN c.birth_date <= date({day}, '-65 years') OR EXISTS (
       SELECT 1 FROM household_members m
       WHERE m.case_id = c.id AND m.birth_date <= date({day}, '-65 years')) THEN '65plus'
  WHEN c.statushouder THEN 'statushouder'
  WHEN c.occupants = 1 THEN 'single'
  ELSE 'other'
END
"""

#: the reason recorded when the case was closed as evicted (the last closing that stands)
_EVICTION_REASON_SQL = """
coalesce((SELECT json_extract(e.detail, '$.eviction_reason') FROM case_events e
          WHERE e.case_id = c.id AND e.kind = 'closed' AND e.undone_at IS NULL
          ORDER BY e.id DESC LIMIT 1), 'niet_vastgelegd')
"""


def corporations(session: Session, scope: Scope) -> list[Corporation]:
    """The corporations a report has columns for: the one asked, or every one with a case."""
    rows = session.execute(
        text(
            "SELECT o.id, o.code, o.name FROM organisations o WHERE o.kind = 'corporatie' "
            "AND (:corp IS NULL AND EXISTS (SELECT 1 FROM cases c WHERE c.corporation_id = o.id)"
            " OR o.id = :corp) ORDER BY o.code"
        ),
        {"corp": scope.corporation_id},
    ).all()
    return [Corporation(int(r[0]), str(r[1]), str(r[2])) for r in rows]


def _params(scope: Scope) -> dict[str, object]:
    return {
        "start": scope.period.start.isoformat(),
        "end": scope.period.end.isoformat(),
        "corp": scope.corporation_id,
    }


def _by_corporation(
    session: Session,
    scope: Scope,
    figure: Figure,
    sql: str,
    row_codes: Sequence[str],
    row_labels: dict[str, str],
    corps: list[Corporation],
    *,
    column_totals: bool = True,
    extra: dict[str, object] | None = None,
) -> CountTable:
    """A table of rows × corporations from SQL giving (row code, corporation id, count)."""
    found = session.execute(text(sql), {**_params(scope), **(extra or {})}).all()
    column = {corp.id: i for i, corp in enumerate(corps)}
    counts = [[0] * len(corps) for _ in row_codes]
    index = {code: i for i, code in enumerate(row_codes)}
    for code, corp_id, n in found:
        if code in index and corp_id in column:
            counts[index[code]][column[corp_id]] += int(n)
    return CountTable(
        figure=figure,
        rows=tuple(row_labels.get(code, code) for code in row_codes),
        columns=tuple(corp.name for corp in corps),
        counts=tuple(tuple(line) for line in counts),
        row_codes=tuple(row_codes),
        column_codes=tuple(corp.code for corp in corps),
        column_totals=column_totals,
    )


# -- the figures --------------------------------------------------------------------------

SIGNALS = Figure(
    "signals_received",
    "Meldingen bij het sociaal wijkteam",
    "Meldingen van de corporatie met een meldingsdatum in de periode, per soort melding.",
    "H 9.5.1a",
)
SIGNALS_PER_MONTH = Figure(
    "signals_per_month",
    "Meldingen per maand",
    "Meldingen met een meldingsdatum in de periode, per kalendermaand en corporatie.",
    "H 9.5.1a",
)
CRISIS_LIST = Figure(
    "sdv_crisis_list",
    "Huurders op de crisislijst van de SDV",
    "Zaken die in de periode op enig moment op de crisislijst van de schuldhulpverlening "
    "stonden (geplaatst vóór of in de periode, niet vóór de periode eraf gehaald).",
    "H 9.5.2a",
)
EVICTIONS = Figure(
    "evictions_by_group_and_reason",
    "Huisuitzettingen per doelgroep en reden",
    "Zaken gesloten in de periode met als afloop 'ontruimd'. Doelgroep op de dag van sluiten, "
    "één per zaak in deze volgorde: met kinderen (een bewoner jonger dan 18), 65-plussers "
    "(huurder of bewoner 65 of ouder), statushouders, alleenstaand (één bewoner), overig. "
    "Reden zoals vastgelegd bij het sluiten.",
    "H 9.5.3a",
)
KEYS = Figure(
    "keys_returned_voluntarily",
    "Vrijwillig ingeleverde sleutels",
    "Zaken gesloten in de periode met als afloop 'sleutels vrijwillig ingeleverd'.",
    "H 9.5.3b",
)
PREVENTED = Figure(
    "evictions_prevented_after_signal",
    "Voorkomen huisuitzettingen na een melding",
    "Zaken gesloten in de periode met als afloop 'huisuitzetting voorkomen'.",
    "H 9.5.3c",
)
TERMS = Figure(
    "terms",
    "Termijnen gehaald",
    "Termijnen met een uiterste datum in de periode: gehaald op of vóór die datum (op tijd), "
    "erna (te laat), nog niet gehaald (nog open), of niet gehaald omdat de zaak gesloten werd "
    "(vervallen).",
    "H 3.5, 3.7, 6.2",
)
TERMS_PER_MONTH = Figure(
    "terms_per_month",
    "Contacttermijn per maand",
    "De termijn 'contact met de huurder' per maand van de uiterste datum: op tijd, te laat, "
    "nog open, vervallen.",
    "H 3.5",
)
MEDIANS = Figure(
    "median_working_days",
    "Mediaan aantal werkdagen",
    "Van de termijnen met een uiterste datum in de periode die gehaald zijn: de mediaan van het "
    "aantal werkdagen van het begin van de termijn tot het moment dat hij gehaald werd.",
    "H 3.5, 3.7",
)
DECISIONS = Figure(
    "taken_on",
    "In behandeling genomen",
    "Meldingen met een meldingsdatum in de periode, naar het laatste besluit van het wijkteam.",
    "H 3.7, B2 stap 6",
)
OUTCOMES = Figure(
    "outcomes",
    "Afloop bij sluiten",
    "Zaken gesloten in de periode, naar de afloop die bij het sluiten is vastgelegd.",
    "H 9.5.3",
)
ROUTES = Figure(
    "routes",
    "Wat er geregeld werd",
    "Zaken gesloten in de periode waarin een betalingsregeling werd getroffen, een minnelijk "
    "traject begon of een Wsnp-verzoek werd ingediend. Een zaak kan in meer dan één rij staan.",
    "H 6, 7",
)
EVICTION_DATED = Figure(
    "eviction_dated",
    "Zaken met een ontruimingsdatum",
    "Zaken gesloten in de periode waarvoor een ontruimingsdatum bekend was, naar de afloop.",
    "H 8.1, 8.2",
)
INSTRUMENTS = Figure(
    "instruments",
    "Ingezette instrumenten",
    "Instrumenten van de Sluitende Aanpak die in de periode zijn ingezet.",
    "A 1.13",
)
BLOCKED = Figure(
    "bailiff_blocked",
    "Deurwaarder geblokkeerd",
    "Zaken met een deurwaardersdatum in de periode waarvoor vóór die datum geen instrument was "
    "ingezet (de deurwaarder mag dan nog niet).",
    "A 1.13 lid 1",
)


def signals(session: Session, scope: Scope, corps: list[Corporation],
            kinds: Sequence[str]) -> CountTable:
    return _by_corporation(
        session, scope, SIGNALS,
        "SELECT c.kind, c.corporation_id, count(*) FROM cases c "
        f"WHERE c.signal_date BETWEEN :start AND :end AND {_CASE_SCOPE} "
        "GROUP BY c.kind, c.corporation_id",
        kinds, KINDS_NL, corps,
    )


def _months(scope: Scope) -> tuple[list[str], dict[str, str]]:
    """The period's months as codes ('2026-07') and their Dutch labels ('jul 2026')."""
    months = scope.period.months()
    return [f"{y}-{m:02d}" for y, m in months], {
        f"{y}-{m:02d}": f"{_MONTHS_NL[m - 1]} {y}" for y, m in months
    }


def signals_per_month(session: Session, scope: Scope, corps: list[Corporation]) -> CountTable:
    months, labels = _months(scope)
    return _by_corporation(
        session, scope, SIGNALS_PER_MONTH,
        "SELECT substr(c.signal_date, 1, 7), c.corporation_id, count(*) FROM cases c "
        f"WHERE c.signal_date BETWEEN :start AND :end AND {_CASE_SCOPE} "
        "GROUP BY 1, 2",
        months, labels, corps,
    )


def crisis_list(session: Session, scope: Scope, corps: list[Corporation]) -> CountTable:
    return _by_corporation(
        session, scope, CRISIS_LIST,
        "SELECT 'on_list', c.corporation_id, count(*) FROM cases c "
        f"WHERE {_CASE_SCOPE} AND EXISTS ("
        "  SELECT 1 FROM case_events a WHERE a.case_id = c.id AND a.kind = 'sdv_crisis_list_added'"
        "  AND a.undone_at IS NULL AND a.occurred_on <= :end AND NOT EXISTS ("
        "    SELECT 1 FROM case_events r WHERE r.case_id = c.id"
        "    AND r.kind = 'sdv_crisis_list_removed' AND r.undone_at IS NULL"
        "    AND r.occurred_on >= a.occurred_on AND r.occurred_on < :start)) "
        "GROUP BY c.corporation_id",
        ["on_list"], {"on_list": "op de crisislijst"}, corps,
    )


def _closed_with(outcome: str, figure: Figure, label: str, session: Session, scope: Scope,
                 corps: list[Corporation]) -> CountTable:
    return _by_corporation(
        session, scope, figure,
        "SELECT c.outcome, c.corporation_id, count(*) FROM cases c "
        f"WHERE c.status = 'gesloten' AND c.closed_on BETWEEN :start AND :end AND {_CASE_SCOPE} "
        "AND c.outcome = :outcome GROUP BY c.outcome, c.corporation_id",
        [outcome], {outcome: label}, corps, extra={"outcome": outcome},
    )


def keys_returned(session: Session, scope: Scope, corps: list[Corporation]) -> CountTable:
    return _closed_with("sleutels_ingeleverd", KEYS, OUTCOMES_NL["sleutels_ingeleverd"],
                        session, scope, corps)


def prevented(session: Session, scope: Scope, corps: list[Corporation]) -> CountTable:
    return _closed_with("voorkomen", PREVENTED, OUTCOMES_NL["voorkomen"], session, scope, corps)


def evictions(session: Session, scope: Scope) -> CountTable:
    """Rows: target group; columns: reason (one table for the scope's corporations together)."""
    group = _GROUP_SQL.format(day="c.closed_on")
    found = session.execute(
        text(
            f"SELECT {group} AS grp, {_EVICTION_REASON_SQL} AS reason, count(*) FROM cases c "
            "WHERE c.status = 'gesloten' AND c.outcome = 'ontruimd' "
            f"AND c.closed_on BETWEEN :start AND :end AND {_CASE_SCOPE} GROUP BY grp, reason"
        ),
        _params(scope),
    ).all()
    groups, reasons = list(GROUPS_NL), list(EVICTION_REASONS_NL)
    counts = [[0] * len(reasons) for _ in groups]
    for grp, reason, n in found:
        column = reasons.index(reason) if reason in reasons else reasons.index("niet_vastgelegd")
        counts[groups.index(grp)][column] += int(n)
    return CountTable(
        figure=EVICTIONS,
        rows=tuple(GROUPS_NL[g] for g in groups),
        columns=tuple(EVICTION_REASONS_NL[r] for r in reasons),
        counts=tuple(tuple(line) for line in counts),
        row_codes=tuple(groups),
        column_codes=tuple(reasons),
    )


#: a term's state; the case is looked up only for a term not met (was the case closed?)
_TERM_STATE_SQL = """
CASE
  WHEN d.met_on IS NOT NULL AND d.met_on <= d.due THEN 'on_time'
  WHEN d.met_on IS NOT NULL THEN 'late'
  WHEN (SELECT c.status FROM cases c WHERE c.id = d.case_id) = 'gesloten' THEN 'lapsed'
  ELSE 'open'
END
"""
#: the corporation a deadline belongs to, asked of the case only when one corporation is asked
_DEADLINE_SCOPE = (
    "(:corp IS NULL OR d.case_id IN (SELECT c.id FROM cases c WHERE c.corporation_id = :corp))"
)


def _term_table(session: Session, scope: Scope, figure: Figure, key_sql: str,
                row_codes: Sequence[str], row_labels: dict[str, str],
                terms: Sequence[str]) -> CountTable:
    found = session.execute(
        text(
            f"SELECT {key_sql} AS k, {_TERM_STATE_SQL} AS state, count(*) "
            "FROM case_deadlines d "
            f"WHERE d.due BETWEEN :start AND :end AND {_DEADLINE_SCOPE} "
            f"AND d.term_id IN ({', '.join(repr(t) for t in terms)}) GROUP BY k, state"
        ),
        _params(scope),
    ).all()
    states = list(TERM_STATES_NL)
    counts = [[0] * len(states) for _ in row_codes]
    index = {code: i for i, code in enumerate(row_codes)}
    for key, state, n in found:
        if key in index:
            counts[index[key]][states.index(state)] += int(n)
    return CountTable(
        figure=figure,
        rows=tuple(row_labels.get(code, code) for code in row_codes),
        columns=tuple(TERM_STATES_NL.values()),
        counts=tuple(tuple(line) for line in counts),
        row_codes=tuple(row_codes),
        column_codes=tuple(states),
    )


def terms(session: Session, scope: Scope, term_ids: Sequence[str]) -> CountTable:
    return _term_table(session, scope, TERMS, "d.term_id", term_ids, TERMS_NL, term_ids)


def terms_per_month(session: Session, scope: Scope) -> CountTable:
    months, labels = _months(scope)
    return _term_table(session, scope, TERMS_PER_MONTH, "substr(d.due, 1, 7)", months, labels,
                       ["contact"])


def medians(session: Session, scope: Scope, calendar: WorkingDayCalendar,
            term_ids: Sequence[str]) -> MedianTable:
    """Grouped by (term, start, met on): a handful of distinct pairs, whatever the case count."""
    found = session.execute(
        text(
            "SELECT d.term_id, d.start, d.met_on, count(*) FROM case_deadlines d "
            f"WHERE d.due BETWEEN :start AND :end AND {_DEADLINE_SCOPE} AND d.met_on IS NOT NULL "
            f"AND d.term_id IN ({', '.join(repr(t) for t in term_ids)}) "
            "GROUP BY d.term_id, d.start, d.met_on"
        ),
        _params(scope),
    ).all()
    spans: dict[str, list[tuple[int, int]]] = {t: [] for t in term_ids}
    for term_id, start, met_on, n in found:
        first, met = _day(start), _day(met_on)
        days = calendar.working_days_between(first, met) if met >= first else 0
        spans[term_id].append((days, int(n)))
    return MedianTable(
        figure=MEDIANS,
        rows=tuple(TERMS_NL.get(t, t) for t in term_ids),
        row_codes=tuple(term_ids),
        medians=tuple(_weighted_median(spans[t]) for t in term_ids),
        cases=tuple(sum(n for _, n in spans[t]) for t in term_ids),
    )


def _day(value: object) -> date:
    return value if isinstance(value, date) else date.fromisoformat(str(value))


def _weighted_median(values: list[tuple[int, int]]) -> int | None:
    total = sum(n for _, n in values)
    if total == 0:
        return None
    middle, seen = (total + 1) // 2, 0
    for value, n in sorted(values):
        seen += n
        if seen >= middle:
            return value
    return None  # pragma: no cover - the loop always reaches the middle


def decisions(session: Session, scope: Scope, corps: list[Corporation]) -> CountTable:
    """The last decision per case, from one grouped pass over the decision events (not one
    lookup per case): the latest date, then id, with the kind appended, is the maximum."""
    return _by_corporation(
        session, scope, DECISIONS,
        "SELECT coalesce(substr(d.k, 23), 'undecided') AS decision, c.corporation_id, count(*) "
        "FROM cases c LEFT JOIN ("
        "  SELECT e.case_id AS case_id, max(e.occurred_on || printf('%012d', e.id) || e.kind) "
        "  AS k FROM case_events e WHERE e.kind IN ('taken_on', 'not_taken_on') "
        "  AND e.undone_at IS NULL GROUP BY e.case_id) d ON d.case_id = c.id "
        f"WHERE c.signal_date BETWEEN :start AND :end AND {_CASE_SCOPE} GROUP BY 1, 2",
        list(DECISIONS_NL), DECISIONS_NL, corps,
    )


def outcomes(session: Session, scope: Scope, corps: list[Corporation]) -> CountTable:
    return _by_corporation(
        session, scope, OUTCOMES,
        "SELECT c.outcome, c.corporation_id, count(*) FROM cases c "
        f"WHERE c.status = 'gesloten' AND c.closed_on BETWEEN :start AND :end AND {_CASE_SCOPE} "
        "GROUP BY c.outcome, c.corporation_id",
        list(OUTCOMES_NL), OUTCOMES_NL, corps,
    )


def routes(session: Session, scope: Scope, corps: list[Corporation]) -> CountTable:
    parts = []
    for code, kinds in (
        ("arrangement", "'arrangement_made'"),
        ("settlement", "'settlement_started', 'settlement_accepted'"),
        ("wsnp", "'wsnp_requested'"),
    ):
        parts.append(
            f"SELECT '{code}', c.corporation_id, count(*) FROM cases c "
            f"WHERE c.status = 'gesloten' AND c.closed_on BETWEEN :start AND :end "
            f"AND {_CASE_SCOPE} AND EXISTS (SELECT 1 FROM case_events e WHERE e.case_id = c.id "
            f"AND e.kind IN ({kinds}) AND e.undone_at IS NULL) GROUP BY c.corporation_id"
        )
    return _by_corporation(session, scope, ROUTES, " UNION ALL ".join(parts), list(ROUTES_NL),
                           ROUTES_NL, corps, column_totals=False)


def eviction_dated(session: Session, scope: Scope, corps: list[Corporation]) -> CountTable:
    return _by_corporation(
        session, scope, EVICTION_DATED,
        "SELECT c.outcome, c.corporation_id, count(*) FROM cases c "
        f"WHERE c.status = 'gesloten' AND c.closed_on BETWEEN :start AND :end AND {_CASE_SCOPE} "
        "AND coalesce(c.eviction_date, c.reported_eviction_date) IS NOT NULL "
        "GROUP BY c.outcome, c.corporation_id",
        list(OUTCOMES_NL), OUTCOMES_NL, corps,
    )


def instruments(session: Session, scope: Scope, corps: list[Corporation],
                kinds: Sequence[str]) -> CountTable:
    return _by_corporation(
        session, scope, INSTRUMENTS,
        "SELECT json_extract(e.detail, '$.instrument'), c.corporation_id, count(*) "
        "FROM case_events e JOIN cases c ON c.id = e.case_id "
        "WHERE e.kind = 'instrument_deployed' AND e.undone_at IS NULL "
        f"AND e.occurred_on BETWEEN :start AND :end AND {_CASE_SCOPE} GROUP BY 1, 2",
        kinds, INSTRUMENTS_NL, corps,
    )


def bailiff_blocked(session: Session, scope: Scope, corps: list[Corporation]) -> CountTable:
    return _by_corporation(
        session, scope, BLOCKED,
        "SELECT 'blocked', c.corporation_id, count(*) FROM cases c "
        f"WHERE c.bailiff_date BETWEEN :start AND :end AND {_CASE_SCOPE} "
        "AND (',' || c.flags || ',') LIKE '%,bailiff_blocked,%' GROUP BY c.corporation_id",
        ["blocked"], {"blocked": "geblokkeerd voor de deurwaarder"}, corps,
    )


#: the H 9.5 figures a covenant profile can ask for (`monitoring = [...]`), by their name there
COVENANT_FIGURES: dict[str, Callable[..., CountTable]] = {
    "swt_signals_received": signals,
    "sdv_crisis_list": crisis_list,
    "evictions_by_group_and_reason": evictions,
    "keys_returned_voluntarily": keys_returned,
    "evictions_prevented_after_signal": prevented,
}
