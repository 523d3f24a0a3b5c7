"""The report as JSON, CSV and a workbook for the policy adviser: counts only, hidden cells as
"< 5" (text), every other number a number."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path
from typing import Any

from app.services.monitoring.report import Report
from app.services.monitoring.tables import CountTable

SUPPRESSION_RULE = (
    "Aantallen van 1 tot {n} worden niet getoond ('< {n}'); een rij of kolom met precies één "
    "verborgen cel krijgt er een tweede bij (het kleinste andere aantal), zodat het verborgen "
    "aantal niet uit het totaal kan worden teruggerekend. Nul wordt wel getoond."
)


def suppression_rule(report: Report) -> str:
    return SUPPRESSION_RULE.format(n=report.threshold)


def _cell(table: CountTable, report: Report, r: int, c: int) -> int | str:
    return report.hidden if table.is_hidden(r, c) else table.value(r, c)


def as_json(report: Report) -> dict[str, Any]:
    tables = []
    for t in report.tables:
        width = len(t.columns) + (1 if t.row_totals else 0)
        height = len(t.rows) + (1 if t.column_totals else 0)
        tables.append({
            "id": t.figure.id,
            "title": t.figure.title,
            "definition": t.figure.definition,
            "article": t.figure.article,
            "rows": list(t.row_codes) + (["total"] if t.column_totals else []),
            "row_labels": list(t.rows) + (["Totaal"] if t.column_totals else []),
            "columns": list(t.column_codes) + (["total"] if t.row_totals else []),
            "column_labels": list(t.columns) + (["Totaal"] if t.row_totals else []),
            "cells": [[_cell(t, report, r, c) for c in range(width)] for r in range(height)],
        })
    shown = report.medians.shown(report.threshold)
    return {
        "office": report.office,
        "covenant": report.covenant,
        "period": {
            "code": report.period.code,
            "start": report.period.start.isoformat(),
            "end": report.period.end.isoformat(),
            "label": report.period.label_nl,
        },
        "corporation": report.corporation.code if report.corporation else None,
        "threshold": report.threshold,
        "suppression": suppression_rule(report),
        "made_on": report.made_on.isoformat(),
        "tables": tables,
        "medians": {
            "id": report.medians.figure.id,
            "title": report.medians.figure.title,
            "definition": report.medians.figure.definition,
            "rows": [
                {"term": code, "label": label,
                 "median_working_days": m if m is not None else report.hidden}
                for code, label, m in zip(report.medians.row_codes, report.medians.rows, shown,
                                          strict=True)
            ],
        },
    }


def write_json(report: Report, path: Path) -> None:
    _write_text(path, json.dumps(as_json(report), ensure_ascii=False, indent=2) + "\n")


def write_csv(report: Report, path: Path) -> None:
    """One line per cell (long form), which a spreadsheet pivots as it likes."""
    out = io.StringIO()
    writer = csv.writer(out, delimiter=";")
    writer.writerow(["periode", "figuur", "titel", "rij", "rij_omschrijving", "kolom",
                     "kolom_omschrijving", "aantal"])
    data = as_json(report)
    for table in data["tables"]:
        for r, row in enumerate(table["rows"]):
            for c, column in enumerate(table["columns"]):
                writer.writerow([
                    report.period.code, table["id"], table["title"], row, table["row_labels"][r],
                    column, table["column_labels"][c], table["cells"][r][c],
                ])
    _write_text(path, out.getvalue(), encoding="utf-8-sig")  # Excel reads the BOM as UTF-8


def write_xlsx(report: Report, path: Path) -> None:
    """One sheet per table, numbers as numbers; a first sheet with the period and the rules."""
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font

    book = Workbook()
    about = book.active
    assert about is not None
    about.title = "Toelichting"
    about.append(["Monitoring", report.office])
    about.append(["Convenant", report.covenant])
    about.append(["Periode", report.period.label_nl, report.period.start, report.period.end])
    about.append(["Corporatie", report.corporation.name if report.corporation else "alle"])
    about.append(["Gemaakt op", report.made_on])
    about.append(["Kleine aantallen", suppression_rule(report)])
    about.append([])
    about.append(["Tabel", "Wat er geteld wordt", "Artikel"])
    for t in report.tables:
        about.append([t.figure.title, t.figure.definition, t.figure.article])
    about.append([report.medians.figure.title, report.medians.figure.definition,
                  report.medians.figure.article])
    about.column_dimensions["A"].width = 42
    about.column_dimensions["B"].width = 100
    for row in about.iter_rows(min_row=3, max_row=5, min_col=3, max_col=4):
        for cell in row:
            cell.number_format = "dd-mm-yyyy"
    bold = Font(bold=True)
    for t in report.tables:
        sheet = book.create_sheet(_sheet_name(t.figure.title, book.sheetnames))
        sheet.append([t.figure.title])
        sheet["A1"].font = bold
        sheet.append([t.figure.definition])
        sheet["A2"].alignment = Alignment(wrap_text=False)
        sheet.append([])
        for line in t.grid(report.hidden):
            sheet.append(line)
        for cell in sheet[4]:
            cell.font = bold
        sheet.column_dimensions["A"].width = 36
    medians = book.create_sheet(_sheet_name(report.medians.figure.title, book.sheetnames))
    medians.append([report.medians.figure.title])
    medians.append([report.medians.figure.definition])
    medians.append([])
    medians.append(["Termijn", "Mediaan werkdagen"])
    for label, m in zip(report.medians.rows, report.medians.shown(report.threshold),
                        strict=True):
        medians.append([label, m if m is not None else report.hidden])
    medians.column_dimensions["A"].width = 36
    buffer = io.BytesIO()
    book.save(buffer)
    _write_bytes(path, buffer.getvalue())


def _sheet_name(title: str, taken: list[str]) -> str:
    base = "".join(ch for ch in title if ch not in "[]:*?/\\")[:31]
    name, n = base, 2
    while name in taken:
        suffix = f" {n}"
        name, n = base[: 31 - len(suffix)] + suffix, n + 1
    return name


def _write_text(path: Path, content: str, encoding: str = "utf-8") -> None:
    _write_bytes(path, content.encode(encoding))


def _write_bytes(path: Path, data: bytes) -> None:
    """Whole or not at all: a partial file next to it, then one rename."""
    partial = path.with_name(path.name + ".partial")
    try:
        partial.write_bytes(data)
        partial.replace(path)
    except BaseException:
        partial.unlink(missing_ok=True)
        raise
