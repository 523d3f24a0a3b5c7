"""The evaluation pack and the spreadsheets: read back, typed, and without anyone in them."""

from __future__ import annotations

import json
import random
import string
import subprocess
from datetime import date
from pathlib import Path

import pytest
from openpyxl import load_workbook

from app.services.casework import load_context
from app.services.intake.importer import import_signals
from app.services.keys import DatabaseKey
from app.services.letters.letterhead import load_letterhead
from app.services.monitoring import export
from app.services.monitoring.pdf import write_pack
from app.services.monitoring.period import parse_period
from app.services.monitoring.report import Report, build_report
from app.services.rules.profile import load_profile
from app.services.setup import initialise
from app.services.store import Store
from tests.helpers import cli, signal_csv, signal_row
from tests.monitoring.conftest import TODAY


def _report(office: Store, period: str = "2026-04-01..2026-09-30", limit: int = 5) -> Report:
    with office.session() as session:
        return build_report(session, load_context(session), parse_period(period),
                            made_on=TODAY, threshold_override=limit)


def test_the_workbook_has_a_sheet_per_table_and_numbers_as_numbers(
    office: Store, tmp_path: Path
) -> None:
    report = _report(office, limit=1)
    path = tmp_path / "monitoring.xlsx"
    export.write_xlsx(report, path)
    book = load_workbook(path)
    assert book.sheetnames[0] == "Toelichting"
    assert len(book.sheetnames) == 1 + len(report.tables) + 1
    sheet = book.worksheets[1]
    assert sheet["A1"].value == "Meldingen bij het sociaal wijkteam"
    assert len(sheet.title) <= 31
    header = [c.value for c in sheet[4]]
    assert header[1:] == ["Elan Wonen", "Pré Wonen", "Ymere", "Totaal"]
    totals = [c.value for c in sheet[sheet.max_row]]
    assert totals[0] == "Totaal" and totals[-1] == 9
    assert all(isinstance(v, int) for v in totals[1:])
    about = book["Toelichting"]
    assert about["C3"].value.date() == date(2026, 4, 1)  # a date cell, not text


def test_hidden_cells_are_text_in_every_format(office: Store, tmp_path: Path) -> None:
    report = _report(office, limit=5)  # every count here is below 5
    data = export.as_json(report)
    signals = next(t for t in data["tables"] if t["id"] == "signals_received")
    assert signals["cells"][0][0] == "< 5"  # each cell is small ...
    assert signals["cells"][-1][-1] == 9  # ... the grand total of 9 is not
    export.write_csv(report, tmp_path / "m.csv")
    text = (tmp_path / "m.csv").read_text(encoding="utf-8-sig")
    assert text.splitlines()[0].startswith("periode;figuur;")
    assert ";< 5" in text


def test_the_pack_reads_back_and_renders(office: Store, tmp_path: Path) -> None:
    report = _report(office, period="2026Q3", limit=1)
    path = tmp_path / "pack.pdf"
    with office.session() as session:
        write_pack(report, load_letterhead(session, ""), path)
    text = subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True,
                          text=True, check=True).stdout
    assert "Monitoring vangnetconvenant — 3e kwartaal 2026" in text
    assert "Huisuitzettingen per doelgroep en reden (H 9.5.3a)" in text
    assert "Meldingen per maand, per corporatie" in text  # a chart's title
    assert "Kleine aantallen" not in text or "< " in text
    png = tmp_path / "page"
    subprocess.run(["pdftoppm", "-png", "-r", "50", "-f", "1", "-l", "1", str(path), str(png)],
                   check=True)
    assert (tmp_path / "page-1.png").stat().st_size > 5_000


def _random_word(rng: random.Random, n: int) -> str:
    return rng.choice(string.ascii_uppercase) + "".join(
        rng.choice(string.ascii_lowercase) for _ in range(n - 1)
    )


def test_no_report_output_holds_anything_personal(tmp_path: Path) -> None:
    """Random names, streets, references, dates of birth and notes in; none of them out."""
    rng = random.Random(95)
    store = initialise(tmp_path / "v.db", DatabaseKey(passphrase="monitoring leak 2026"),
                       load_profile("haarlem"), "Wijkteam Lek")
    secrets: list[str] = []
    rows = []
    for _ in range(40):
        name = f"{_random_word(rng, 7)} {_random_word(rng, 9)}"
        street = _random_word(rng, 11) + "straat"
        reference = f"ZQ-{rng.randint(100000, 999999)}"
        birth = f"{rng.randint(1, 28):02d}-{rng.randint(1, 12):02d}-{rng.randint(1940, 1999)}"
        note = "notitie " + _random_word(rng, 12)
        secrets += [name, street, reference, birth, note.split()[1]]
        rows.append(signal_row(
            corporatie=rng.choice(["Ymere", "Elan Wonen", "Pré Wonen"]), referentie=reference,
            melddatum=f"{rng.randint(1, 28):02d}-{rng.randint(7, 10):02d}-2026", naam=name,
            straat=street, geboortedatum=birth, notitie=note, achterstand_sinds="01-01-2026",
        ))
    with store.transaction() as session:
        assert not import_signals(session, signal_csv(*rows), load_context(session),
                                  today=TODAY).errors
    report = _report(store, period="2026H2", limit=1)
    with store.session() as session:
        letterhead = load_letterhead(session, "")
    write_pack(report, letterhead, tmp_path / "p.pdf")
    export.write_xlsx(report, tmp_path / "p.xlsx")
    export.write_csv(report, tmp_path / "p.csv")
    export.write_json(report, tmp_path / "p.json")
    store.close()
    pdf_text = subprocess.run(["pdftotext", str(tmp_path / "p.pdf"), "-"], capture_output=True,
                              text=True, check=True).stdout
    book = load_workbook(tmp_path / "p.xlsx")
    xlsx_text = "\n".join(
        str(c.value) for ws in book.worksheets for row in ws.iter_rows() for c in row
        if c.value is not None
    )
    outputs = {
        "pdf": pdf_text,
        "xlsx": xlsx_text,
        "csv": (tmp_path / "p.csv").read_text(encoding="utf-8-sig"),
        "json": (tmp_path / "p.json").read_text(encoding="utf-8"),
    }
    assert json.loads(outputs["json"])["tables"][0]["cells"][-1][-1] == 40
    for kind, text in outputs.items():
        for secret in secrets:
            assert secret not in text, (kind, secret)


def test_the_command_line_prints_and_writes(office: Store, tmp_path: Path,
                                            monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("VANGNET_PASSPHRASE", "monitoring test 2026")
    db = str(office.path)
    run = cli("--db", db, "report", "--period", "2026Q3", "--today", "2026-11-23")
    assert run.code == 0, run.err
    assert "signals_received" in run.out and "< 5" in run.out
    out = tmp_path / "m.json"
    run = cli("--db", db, "report", "--period", "2026Q3", "-o", out, "--today", "2026-11-23")
    assert run.code == 0, run.err
    assert json.loads(out.read_text(encoding="utf-8"))["period"]["code"] == "2026Q3"
    bad = cli("--db", db, "report", "--period", "2026Q5")
    assert bad.code == 1 and "--period: '2026Q5'" not in bad.err
    assert "is not a period" in bad.err
    unknown = cli("--db", db, "report", "--period", "2026Q3", "--corporation", "Nowhere")
    assert unknown.code == 1 and "there is no corporation Nowhere" in unknown.err
    nowhere = tmp_path / "missing" / "m.pdf"
    failed = cli("--db", db, "report", "--period", "2026Q3", "-o", nowhere)
    assert failed.code == 1 and "nothing was written" in failed.err
    assert not nowhere.parent.exists()


def test_the_office_sets_its_threshold_and_reports_follow(
    office: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("VANGNET_PASSPHRASE", "monitoring test 2026")
    db = str(office.path)
    assert cli("--db", db, "settings", "report-threshold", "1").code == 1  # nothing hidden: no
    assert cli("--db", db, "settings", "report-threshold", "51").code == 1
    try:
        done = cli("--db", db, "settings", "report-threshold", "2")
        assert done.code == 0, done.err
        assert "counts below 2 hidden" in cli("--db", db, "settings", "show").out
        report = cli("--db", db, "report", "--period", "2026Q3", "--json", "--today", "2026-11-23")
        signals = report.json()["tables"][0]
        assert signals["cells"][-1][-1] == 5 and "< 2" in str(signals["cells"])
    finally:
        assert cli("--db", db, "settings", "report-threshold", "5").code == 0
