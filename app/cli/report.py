"""`vangnet report`: the monitoring figures of a period (H 9.5) and the evaluation pack (H 9.2).

Counts only; a count from 1 up to the office's threshold is shown as "< 5", with whatever would
give it away. Exit status: 0 done; 1 refused (nothing written); 2 key problem.
"""

from __future__ import annotations

import argparse
from collections.abc import Callable
from pathlib import Path
from typing import Any

from app.cli.common import EXIT_OK, CliError, _context, _open, _print_json
from app.services import clock
from app.services.monitoring import FORMATS

Handler = Callable[[argparse.Namespace], int]

_HELP = """\
The figures the covenant asks the partners to keep (H 9.5) and how the process went, for one
period: signals, the SDV crisis list, evictions per target group and reason, keys handed in,
evictions prevented, terms met, decisions, outcomes. PERIOD is a month (2026-07), a quarter
(2026Q3), a half year (2026H2), a year (2026) or two dates (2026-07-01..2026-12-31).

Without -o the figures are printed; with -o FILE the evaluation pack (.pdf) or the spreadsheet
(.xlsx, .csv, .json) is written — the format follows the file name, or --format.
"""


def register(sub: Any) -> None:
    p = sub.add_parser(
        "report",
        help="monitoring figures of a period; the evaluation pack (PDF) or a spreadsheet",
        description=_HELP,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    p.add_argument("--period", required=True, help="2026-07, 2026Q3, 2026H2, 2026 or A..B")
    p.add_argument("--corporation", help="one corporation (code or name); default all")
    p.add_argument("-o", "--output", type=Path, help="write the pack or spreadsheet here")
    p.add_argument("--format", choices=FORMATS, help="pdf, xlsx, csv or json (default: from -o)")
    p.add_argument("--json", action="store_true", help="print the figures as JSON")
    p.add_argument("--today", type=_today, help=argparse.SUPPRESS)


def _today(text: str) -> Any:
    from app.cli.common import _iso_date

    return _iso_date(text)


def cmd_report(args: argparse.Namespace) -> int:
    from app.services.monitoring.period import parse_period
    from app.services.monitoring.service import make_report
    from app.services.problems import Refusal

    try:
        period = parse_period(args.period)
        kind = _format(args)
    except Refusal as exc:
        raise CliError(f"--period: {exc}" if "period" in exc.first.code else str(exc)) from exc
    store = _open(args)
    ctx = _context(store)
    try:
        report = make_report(
            store, ctx, period, made_on=clock.today(), corporation=args.corporation
        )
    except Refusal as exc:
        raise CliError(str(exc)) from exc
    if args.output is None:
        if args.json:
            from app.services.monitoring.export import as_json

            _print_json(as_json(report))
        else:
            _print(report)
        return EXIT_OK
    _write(store, report, kind, args.output)
    print(f"Written: {args.output} ({kind}, period {period.code}, "
          f"{len(report.tables) + 1} tables, small numbers below {report.threshold} hidden)")
    return EXIT_OK


def _format(args: argparse.Namespace) -> str:
    from app.services.problems import Refusal, problem

    if args.format:
        return str(args.format)
    if args.output is None:
        return "text"
    suffix = args.output.suffix.lower().lstrip(".")
    if suffix in FORMATS:
        return str(suffix)
    raise Refusal(problem("report.unknown_format", name=str(args.output)))


def _write(store: Any, report: Any, kind: str, path: Path) -> None:
    from app.services.errors import os_reason
    from app.services.monitoring.service import write_report

    try:
        write_report(store, report, kind, path)
    except OSError as exc:
        raise CliError(f"Cannot write {path} ({os_reason(exc)}); nothing was written.") from exc


def _print(report: Any) -> None:
    who = report.corporation.name if report.corporation else "all corporations"
    print(f"Monitoring {report.period.code} ({report.period.start} .. {report.period.end}), "
          f"{who}; counts below {report.threshold} hidden as '{report.hidden}'.")
    for table in report.tables:
        print()
        print(f"{table.figure.id} — {table.figure.title} ({table.figure.article})")
        grid = table.grid(report.hidden)
        widths = [max(len(str(line[i])) for line in grid) for i in range(len(grid[0]))]
        for line in grid:
            cells = [str(v).ljust(widths[0]) if i == 0 else str(v).rjust(widths[i])
                     for i, v in enumerate(line)]
            print("  " + "  ".join(cells))
    print()
    m = report.medians
    print(f"{m.figure.id} — {m.figure.title} ({m.figure.article})")
    for label, value in zip(m.rows, m.shown(report.threshold), strict=True):
        print(f"  {label}: {value if value is not None else report.hidden + ' cases'}")


COMMANDS: dict[str, Handler] = {"report": cmd_report}
