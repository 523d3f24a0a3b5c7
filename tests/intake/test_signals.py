from __future__ import annotations

import codecs
from datetime import date
from decimal import Decimal

import pytest

from app.services.intake.columns import REQUIRED_COLUMNS, SIGNAL_COLUMNS
from app.services.intake.signals import (
    SIGNAL_KINDS,
    FileProblem,
    RowError,
    SignalRecord,
    parse_signals,
    validate_signal_fields,
)
from tests.intake.helpers import (
    TODAY,
    csv_bytes,
    csv_text,
    messages,
    parse,
    parse_rows,
    resolve,
    valid_row,
)

REQUIRED = "required; the cell is empty"


def check(**overrides: str) -> list[RowError]:
    """Validate one row (as the form does) and return its problems."""
    record, errors = validate_signal_fields(valid_row(**overrides), 7, resolve, today=TODAY)
    assert (record is None) == bool(errors)
    return errors


def problems(column: str, **overrides: str) -> list[str]:
    errors = check(**overrides)
    assert all(e.row == 7 for e in errors)
    return messages(errors, column)


# ------------------------------------------------------------------ the record


def test_valid_row_gives_a_complete_record() -> None:
    record, errors = validate_signal_fields(valid_row(), 7, resolve, today=TODAY)
    assert errors == []
    assert record == SignalRecord(
        row=7,
        corporation_code="YM",
        reference="YM-1",
        signal_date=date(2026, 11, 2),
        kind="huurachterstand",
        consent=None,
        name="Sanne Hoekstra",
        street="Amsterdamstraat",
        house_number="41",
        postcode="2032 PK",
        city="Haarlem",
        phone="0623456789",
        email="sanne@example.nl",
        birth_date=date(1988, 8, 17),
        occupants=3,
        arrears_since=date(2026, 9, 1),
        arrears_months=Decimal("2.5"),
        arrears_amount=Decimal("1612.40"),
        monthly_rent=Decimal("806.20"),
        bailiff_date=None,
        eviction_date=None,
        children_under_18=1,
        occupant_birth_dates=(date(1990, 2, 1), date(2015, 4, 3)),
        statushouder=False,
        known=True,
        note=None,
    )
    assert record.key == ("YM", "YM-1", date(2026, 11, 2))


def test_minimal_row() -> None:
    values = {column: valid_row()[column] for column in REQUIRED_COLUMNS}
    values["achterstand_sinds"] = "01-09-2026"
    record, errors = validate_signal_fields(values, 2, resolve, today=TODAY)
    assert errors == []
    assert record is not None
    assert (record.phone, record.email, record.children_under_18, record.note) == (
        None, None, None, None,
    )  # fmt: skip
    assert (record.statushouder, record.known, record.occupant_birth_dates) == (False, False, ())


def test_row_error_text() -> None:
    error = RowError(7, "postcode", "not a Dutch postcode (expected 1234 AB)")
    assert str(error) == "row 7, column postcode: not a Dutch postcode (expected 1234 AB)"


def test_names_and_addresses_are_trimmed_and_collapsed() -> None:
    record, _ = validate_signal_fields(
        valid_row(
            naam="  Truus   de Jong-Bakker ", straat="Van\tEeghenstraat", woonplaats=" Haarlem"
        ),
        2,
        resolve,
        today=TODAY,
    )
    assert record is not None
    assert (record.name, record.street, record.city) == (
        "Truus de Jong-Bakker", "Van Eeghenstraat", "Haarlem",
    )  # fmt: skip


def test_note_is_kept_as_given() -> None:
    record, _ = validate_signal_fields(
        valid_row(notitie="  buurman meldt  overlast\nzie mail "), 2, resolve, today=TODAY
    )
    assert record is not None
    assert record.note == "buurman meldt  overlast\nzie mail"


def test_form_values_need_not_be_trimmed_nor_complete() -> None:
    values = {f" {key.upper()} ": f"  {value}  " for key, value in valid_row().items()}
    del values[" NOTITIE "]
    record, errors = validate_signal_fields(values, 0, resolve, today=TODAY)
    assert errors == []
    assert record is not None and record.postcode == "2032 PK"


def test_kind_is_read_leniently() -> None:
    record, _ = validate_signal_fields(
        valid_row(soort=" Meer dan huurachterstand "), 2, resolve, today=TODAY
    )
    assert record is not None and record.kind == "meer_dan_huurachterstand"


@pytest.mark.parametrize("kind", SIGNAL_KINDS)
def test_every_kind_is_accepted(kind: str) -> None:
    assert check(soort=kind, toestemming="ja") == []


# ------------------------------------------------------------------ rules, one by one


@pytest.mark.parametrize("column", REQUIRED_COLUMNS)
def test_required_cells(column: str) -> None:
    assert problems(column, **{column: "   "}) == [REQUIRED]


def test_all_problems_of_a_row_at_once() -> None:
    errors = check(
        corporatie="Onbekend", postcode="12345", telefoon="abc", geboortedatum="31-02-1980"
    )
    assert [str(e) for e in errors] == [
        "row 7, column corporatie: unknown corporation 'Onbekend'",
        "row 7, column postcode: not a Dutch postcode (expected 1234 AB)",
        "row 7, column telefoon: not a phone number (contains letters)",
        "row 7, column geboortedatum: no such date: 31-02-1980 (that month has no day 31)",
    ]


def test_unknown_corporation() -> None:
    assert problems("corporatie", corporatie="De Woonkans") == ["unknown corporation 'De Woonkans'"]


def test_corporation_by_short_code() -> None:
    record, _ = validate_signal_fields(valid_row(corporatie="ym"), 2, resolve, today=TODAY)
    assert record is not None and record.corporation_code == "YM"


def test_a_failing_resolver_becomes_a_row_error() -> None:
    def broken(text: str) -> str | None:
        raise RuntimeError("database is locked")

    record, errors = validate_signal_fields(valid_row(), 4, broken, today=TODAY)
    assert record is None
    assert errors == [
        RowError(4, "corporatie", "could not look up the corporation (database is locked)")
    ]


def test_unknown_kind() -> None:
    assert problems("soort", soort="huurschuld") == [
        "unknown kind 'huurschuld' (use huurachterstand, meer_dan_huurachterstand "
        "or zorgen_zonder_achterstand)"
    ]


CONSENT = "signal without arrears needs the tenant's consent (toestemming = ja)"


@pytest.mark.parametrize(("consent", "expected"), [("", [CONSENT]), ("nee", [CONSENT]), ("ja", [])])
def test_consent_for_concern_without_arrears(consent: str, expected: list[str]) -> None:
    assert (
        problems(
            "toestemming",
            soort="zorgen_zonder_achterstand",
            toestemming=consent,
            achterstand_sinds="",
        )
        == expected
    )


def test_unreadable_consent_is_reported_once() -> None:
    assert problems("toestemming", soort="zorgen_zonder_achterstand", toestemming="wellicht") == [
        "not yes/no (use ja or nee)"
    ]


def test_consent_is_kept_for_other_kinds() -> None:
    record, _ = validate_signal_fields(valid_row(toestemming="nee"), 2, resolve, today=TODAY)
    assert record is not None and record.consent is False


@pytest.mark.parametrize("kind", ["huurachterstand", "meer_dan_huurachterstand"])
def test_arrears_date_required_for_arrears_kinds(kind: str) -> None:
    assert problems("achterstand_sinds", soort=kind, achterstand_sinds="") == [
        f"required for soort {kind} (the date the arrears arose)"
    ]


def test_arrears_date_not_required_without_arrears() -> None:
    assert check(soort="zorgen_zonder_achterstand", toestemming="ja", achterstand_sinds="") == []


@pytest.mark.parametrize("column", ["melddatum", "geboortedatum", "achterstand_sinds"])
def test_dates_must_be_valid(column: str) -> None:
    assert problems(column, **{column: "32-01-2026"}) == [
        "no such date: 32-01-2026 (that month has no day 32)"
    ]
    assert problems(column, **{column: "gisteren"}) == ["not a date (use dd-mm-jjjj or jjjj-mm-dd)"]


@pytest.mark.parametrize("column", ["deurwaarder_gepland", "ontruimingsdatum"])
def test_optional_dates_must_be_valid(column: str) -> None:
    assert problems(column, **{column: "2026-13-01"}) == [
        "no such date: 2026-13-01 (month 13 does not exist)"
    ]


def test_signal_date_not_in_the_future() -> None:
    assert problems("melddatum", melddatum="24-11-2026") == [
        "24-11-2026 is in the future (today is 23-11-2026)"
    ]
    assert check(melddatum="23-11-2026") == []


def test_arrears_date_not_in_the_future_nor_after_the_signal() -> None:
    assert problems("achterstand_sinds", achterstand_sinds="01-12-2026") == [
        "01-12-2026 is in the future (today is 23-11-2026)"
    ]
    assert problems("achterstand_sinds", achterstand_sinds="03-11-2026") == [
        "03-11-2026 is after the signal date (melddatum 02-11-2026)"
    ]


def test_birth_date_not_in_the_future() -> None:
    assert problems("geboortedatum", geboortedatum="01-01-2027") == ["01-01-2027 is in the future"]


def test_bailiff_and_eviction_dates_may_be_in_the_future() -> None:
    record, errors = validate_signal_fields(
        valid_row(deurwaarder_gepland="2027-01-15", ontruimingsdatum="01-03-2027"),
        2,
        resolve,
        today=TODAY,
    )
    assert errors == []
    assert record is not None
    assert (record.bailiff_date, record.eviction_date) == (date(2027, 1, 15), date(2027, 3, 1))


def test_implausibly_old_dates() -> None:
    assert problems("melddatum", melddatum="01-01-1899") == [
        "01-01-1899 is not plausible (before 1900)"
    ]


def test_birth_date_before_signal_date() -> None:
    assert problems("geboortedatum", geboortedatum="02-11-2026") == [
        "date of birth is not before the signal date (melddatum 02-11-2026)"
    ]


def test_tenant_at_least_16() -> None:
    assert problems("geboortedatum", geboortedatum="03-11-2010") == [
        "tenant would be 15 at the signal date; a tenant is at least 16 (check the date of birth)"
    ]
    assert check(geboortedatum="02-11-2010", kinderen_onder_18="0") == []


def test_tenant_age_is_plausible() -> None:
    assert problems("geboortedatum", geboortedatum="01-01-1905") == [
        "tenant would be 121 at the signal date, which is not plausible (check the date of birth)"
    ]


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("0", "must be at least 1 (the tenant counts too)"),
        ("-1", "must be at least 1 (the tenant counts too)"),
        ("2,5", "not a whole number"),
        ("drie", "not a whole number"),
        ("100", "100 occupants is not plausible (at most 99)"),
    ],
)
def test_occupants(text: str, message: str) -> None:
    assert problems("aantal_bewoners", aantal_bewoners=text, geboortedata_bewoners="") == [message]


def test_children() -> None:
    assert problems("kinderen_onder_18", kinderen_onder_18="-1") == ["must not be negative"]
    assert problems("kinderen_onder_18", kinderen_onder_18="een") == ["not a whole number"]
    assert problems("kinderen_onder_18", kinderen_onder_18="3") == [
        "3 children under 18 but 3 occupants (aantal_bewoners) including the tenant: at most 2"
    ]
    assert check(kinderen_onder_18="2") == []
    assert check(kinderen_onder_18="0") == []


def test_children_when_the_tenant_is_a_minor() -> None:
    minor = {"geboortedatum": "01-01-2010", "aantal_bewoners": "1", "geboortedata_bewoners": ""}
    assert check(kinderen_onder_18="1", **minor) == []
    assert problems("kinderen_onder_18", kinderen_onder_18="2", **minor) == [
        "2 children under 18 but only 1 occupants (aantal_bewoners)"
    ]


def test_occupant_birth_dates() -> None:
    record, _ = validate_signal_fields(
        valid_row(geboortedata_bewoners=" 01-02-1990 | 2015-04-03 |"), 2, resolve, today=TODAY
    )
    assert record is not None
    assert record.occupant_birth_dates == (date(1990, 2, 1), date(2015, 4, 3))


def test_occupant_birth_dates_must_be_dates() -> None:
    assert problems(
        "geboortedata_bewoners", geboortedata_bewoners="01-02-1990|3-4-15|30-02-2020"
    ) == [
        "date 2 '3-4-15': not a date (use dd-mm-jjjj or jjjj-mm-dd)",
        "date 3 '30-02-2020': no such date: 30-02-2020 (that month has no day 30)",
    ]


def test_occupant_birth_dates_not_in_the_future() -> None:
    assert problems("geboortedata_bewoners", geboortedata_bewoners="01-12-2026") == [
        "date 1 01-12-2026 is in the future"
    ]


def test_occupant_birth_dates_fit_the_household() -> None:
    assert problems(
        "geboortedata_bewoners",
        geboortedata_bewoners="01-02-1990|03-04-2015|05-06-2018",
        kinderen_onder_18="",
    ) == ["3 dates of birth of other occupants plus the tenant is more than aantal_bewoners (3)"]


@pytest.mark.parametrize("column", ["achterstand_bedrag", "maandhuur"])
def test_amounts(column: str) -> None:
    assert problems(column, **{column: "-50"}) == ["negative amount not allowed"]
    assert problems(column, **{column: "veel"}) == ["not an amount (use 1234,56 or 1.234,56)"]
    assert problems(column, **{column: "12,345"}) == []


def test_arrears_months() -> None:
    assert problems("achterstand_maanden", achterstand_maanden="-1") == ["must not be negative"]
    assert problems("achterstand_maanden", achterstand_maanden="twee") == [
        "not a number (use e.g. 2,5)"
    ]
    assert problems("achterstand_maanden", achterstand_maanden="1,75") == [
        "at most 1 decimal (e.g. 2,5)"
    ]
    assert problems("achterstand_maanden", achterstand_maanden="1000") == [
        "not plausible (more than 999 months)"
    ]
    assert problems("achterstand_maanden", achterstand_maanden="0") == []


def test_postcode() -> None:
    assert problems("postcode", postcode="2032 P") == ["not a Dutch postcode (expected 1234 AB)"]
    assert problems("postcode", postcode="2032 SS") == [
        "not a Dutch postcode: the letters SS are never used"
    ]


def test_phone_and_email_only_when_present() -> None:
    assert check(telefoon="", email="") == []
    assert problems("telefoon", telefoon="06-123") == [
        "phone number too short (at least 10 digits)"
    ]
    assert problems("email", email="sanne@") == ["not an e-mail address"]


def test_house_number() -> None:
    assert check(huisnummer="3a") == []
    assert check(huisnummer="12-2 hs") == []
    assert problems("huisnummer", huisnummer="a3") == [
        "a house number starts with a number from 1 to 99999"
    ]
    assert problems("huisnummer", huisnummer="0") == [
        "a house number starts with a number from 1 to 99999"
    ]


@pytest.mark.parametrize("column", ["statushouder", "bekend_bij_wijkteam"])
def test_yes_no_columns(column: str) -> None:
    assert problems(column, **{column: "soms"}) == ["not yes/no (use ja or nee)"]


def test_control_characters_in_text() -> None:
    assert problems("naam", naam="Sanne\x07Hoekstra") == ["contains control characters"]


def test_unexpected_values_never_escape() -> None:
    values: dict[str, object] = dict(valid_row())
    values["naam"] = None
    values["aantal_bewoners"] = 3
    record, errors = validate_signal_fields(values, 2, resolve, today=TODAY)  # type: ignore[arg-type]
    assert record is None
    assert errors == [RowError(2, "naam", REQUIRED)]


# ------------------------------------------------------------------ whole files


def test_every_problem_of_every_row() -> None:
    result = parse_rows(
        valid_row(referentie="A", postcode="x"),
        valid_row(referentie="B"),
        valid_row(referentie="C", soort="", aantal_bewoners="0", geboortedata_bewoners=""),
    )
    assert not result.ok
    assert [r.reference for r in result.records] == ["B"]
    assert [str(e) for e in result.errors] == [
        "row 2, column postcode: not a Dutch postcode (expected 1234 AB)",
        "row 4, column soort: required; the cell is empty",
        "row 4, column aantal_bewoners: must be at least 1 (the tenant counts too)",
    ]
    assert result.rows_seen == 3


def test_missing_required_columns_are_reported_once_on_row_1() -> None:
    columns = [c for c in SIGNAL_COLUMNS if c not in ("naam", "postcode")]
    result = parse_rows(valid_row(), valid_row(referentie="B", telefoon="x"), columns=columns)
    assert [str(e) for e in result.errors] == [
        "row 1, column naam: required column is missing from the header",
        "row 1, column postcode: required column is missing from the header",
        "row 3, column telefoon: not a phone number (contains letters)",
    ]
    assert result.records == []


def test_duplicate_signal_within_a_file() -> None:
    result = parse_rows(
        valid_row(),
        valid_row(referentie="other"),
        valid_row(corporatie="YM", naam="Someone Else"),
        valid_row(corporatie="ym", postcode="bad"),
    )
    assert [r.row for r in result.records] == [2, 3]
    assert [str(e) for e in result.errors] == [
        "row 4, column referentie: same corporatie, referentie and melddatum as row 2",
        "row 5, column postcode: not a Dutch postcode (expected 1234 AB)",
        "row 5, column referentie: same corporatie, referentie and melddatum as row 2",
    ]


def test_same_reference_on_another_day_is_another_signal() -> None:
    result = parse_rows(valid_row(), valid_row(melddatum="03-11-2026"))
    assert result.ok and len(result.records) == 2


def test_unknown_columns_are_warnings() -> None:
    columns = [*SIGNAL_COLUMNS, "Opmerking intern", "bsn"]
    row = valid_row() | {"opmerking intern": "x", "bsn": "123"}
    data = csv_bytes([row], columns=[c.lower() for c in columns], header=columns)
    result = parse(data)
    assert result.ok
    assert result.warnings == [
        "unknown column 'opmerking intern' ignored",
        "unknown column 'bsn' ignored",
    ]


def test_too_many_cells_is_a_row_error() -> None:
    # the last column is filled, so the cell pushed past the header is not empty
    text = csv_text([valid_row(strafbaar_feit="nee")]).replace("Sanne Hoekstra", "Hoekstra; Sanne")
    result = parse(text.encode())
    assert result.records == []
    assert [str(e) for e in result.errors][0] == (
        "row 2, column -: 1 more filled cell than the header has columns; "
        "is there an unquoted ';' inside a cell?"
    )


def test_file_problems_are_raised() -> None:
    with pytest.raises(FileProblem, match="the file is empty"):
        parse_signals(b"", resolve, today=TODAY)


@pytest.mark.parametrize(
    ("encoding", "bom"), [("utf-8", b""), ("utf-8", codecs.BOM_UTF8), ("cp1252", b"")]
)
@pytest.mark.parametrize("delimiter", [";", ","])
@pytest.mark.parametrize("newline", ["\r\n", "\n"])
def test_file_variants(encoding: str, bom: bytes, delimiter: str, newline: str) -> None:
    rows = [
        valid_row(corporatie="Pré Wonen", naam="Zoë Çelik", notitie='zegt: "bel; na 5"\nmaandag'),
        valid_row(referentie="YM-2", achterstand_bedrag="€ 1.234,56", maandhuur="1234.5"),
    ]
    data = bom + csv_bytes(rows, delimiter=delimiter, encoding=encoding, newline=newline)
    result = parse(data)
    assert result.errors == []
    assert result.encoding == ("utf-8-sig" if bom else encoding)
    assert result.delimiter == delimiter
    first, second = result.records
    assert (first.corporation_code, first.name) == ("PW", "Zoë Çelik")
    assert first.note == 'zegt: "bel; na 5"\nmaandag'
    assert second.row == 3
    assert (second.arrears_amount, second.monthly_rent) == (Decimal("1234.56"), Decimal("1234.50"))


def test_header_case_and_space_variations() -> None:
    header = [f"  {c.upper()} " if i % 2 else c.title() for i, c in enumerate(SIGNAL_COLUMNS)]
    result = parse(csv_bytes([valid_row()], header=header))
    assert result.errors == [] and result.warnings == []
    assert len(result.records) == 1


def test_columns_in_any_order() -> None:
    result = parse(csv_bytes([valid_row()], columns=list(reversed(SIGNAL_COLUMNS))))
    assert result.ok and result.records[0].postcode == "2032 PK"


def test_empty_rows_keep_the_numbering() -> None:
    text = csv_text([valid_row(), valid_row(referentie="B", postcode="x")])
    lines = text.split("\r\n")
    text = "\r\n".join([lines[0], "", ";;;", lines[1], "", lines[2], "", ""])
    result = parse(text.encode())
    assert [r.row for r in result.records] == [4]
    assert [e.row for e in result.errors] == [6]
    assert result.rows_seen == 2


def test_header_only_file() -> None:
    result = parse(csv_bytes([]))
    assert result.ok and result.records == [] and result.rows_seen == 0


def test_a_cell_longer_than_any_real_value_refuses_the_row() -> None:
    """Issue 12.6: a 10 MB name imported. Limits that fit the data: the row is refused with the
    column named, and nothing else of it is read."""
    from app.services.intake.messages_nl import row_error_nl

    huge = "Sanne " * 1_700_000  # about 10 MB
    result = parse_rows(valid_row(naam=huge), valid_row(referentie="YM-2"))
    assert [r.reference for r in result.records] == ["YM-2"]
    assert [str(e) for e in result.errors] == [
        f"row 2, column naam: {len(huge.strip()):,} characters is too long for this column "
        "(at most 200)"
    ]
    dutch_count = f"{len(huge.strip()):,}".replace(",", ".")
    assert row_error_nl(result.errors[0]) == (
        f"Rij 2, kolom naam: {dutch_count} tekens is te lang voor deze kolom (hoogstens 200)"
    )
    # a corporation's free-text note may be longer than a name
    assert parse_rows(valid_row(notitie="x" * 1500)).ok
    assert not parse_rows(valid_row(notitie="x" * 2001)).ok
