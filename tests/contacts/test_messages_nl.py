"""Every problem the contact-list sync can report has real Dutch wording for the screen."""

from __future__ import annotations

import codecs
import re

import pytest

from app.services.contacts import messages_nl
from app.services.contacts.contact_file import parse_contact_list
from app.services.contacts.folder import _busy
from app.services.intake.problems import FileProblem, RowError
from tests.contacts.helpers import contact_csv, contact_row, contact_xlsx
from tests.contacts.test_contact_file import CASES, C

ENGLISH = r"\b(the|not|and|must|cannot|with|should)\b"

BAD_FILES: list[tuple[bytes, str]] = [
    (b"", "contactlijst.csv"),
    (contact_csv([]), "contactlijst.csv"),
    (codecs.BOM_UTF16_LE + "a;b".encode("utf-16-le"), "contactlijst.csv"),
    (b"organisatie;rol;rol\r\nA;b;c\r\n", "contactlijst.csv"),
    (b"PK\x03\x04 broken", "contactlijst.xlsx"),
    (contact_xlsx([]), "contactlijst.xlsx"),
    (contact_xlsx([]), "contactlijst.csv"),
    (contact_csv([contact_row()]) + b"x" * (10 * 1024 * 1024), "contactlijst.csv"),
]


def all_cell_messages() -> list[RowError]:
    errors: list[RowError] = []
    for _name, rows, _expected in CASES:
        errors.extend(parse_contact_list(contact_csv(rows)).errors)
    header_cases = [
        [c for c in C if c not in ("rol", "naam")],
        [c for c in C if c not in ("telefoon", "email")],
    ]
    for columns in header_cases:
        errors.extend(parse_contact_list(contact_csv([contact_row()], columns=columns)).errors)
    errors.extend(parse_contact_list(b"organisatie;rol;naam;email\r\nA;sdv;B;b@c.nl;x\r\n").errors)
    # more problems than are listed one by one: the summary line
    many = [contact_row(naam=f"P {i}", rol="deurwaarder") for i in range(250)]
    errors.extend(parse_contact_list(contact_csv(many)).errors[-1:])
    return errors


def test_every_cell_message_has_dutch_wording() -> None:
    errors = all_cell_messages()
    assert len({e.message for e in errors}) >= 16
    for error in errors:
        dutch = messages_nl.contact_message_nl(error.message)
        assert dutch is not None, error.message
        assert re.search(ENGLISH, dutch) is None, dutch  # no English left
        line = messages_nl.row_error_nl(error)
        assert line.startswith(f"Rij {error.row}")


def test_every_own_pattern_is_produced_by_a_real_message() -> None:
    messages = {e.message for e in all_cell_messages()}
    for pattern, _dutch in messages_nl._CELL_RULES:
        assert any(re.fullmatch(pattern, m) for m in messages), pattern


@pytest.mark.parametrize(("data", "name"), BAD_FILES)
def test_every_file_problem_has_dutch_wording(data: bytes, name: str) -> None:
    with pytest.raises(FileProblem) as caught:
        parse_contact_list(data, name)
    dutch = messages_nl.file_problem_nl(caught.value)
    assert "kan niet als tabel worden gelezen" not in dutch  # not the generic fallback
    assert re.search(ENGLISH, dutch) is None, dutch


def test_examples_in_dutch() -> None:
    assert messages_nl.row_error_nl(
        RowError(
            7,
            "rol",
            "unknown role 'huisarts' (use corporatie, wijkteam, sdv, "
            "troubleshooter, beleidsadviseur or uitvoerder)",
        )
    ) == (
        "Rij 7, kolom rol: onbekende rol 'huisarts' (gebruik corporatie, wijkteam, sdv, "
        "troubleshooter, beleidsadviseur of uitvoerder)"
    )
    assert messages_nl.row_error_nl(
        RowError(3, "telefoon", "phone number too short (at least 10 digits)")
    ) == ("Rij 3, kolom telefoon: telefoonnummer is te kort (minstens 10 cijfers)")
    assert messages_nl.row_error_nl(RowError(4, "email", "something new")) == (
        "Rij 4, kolom email: de waarde bij 'e-mail' klopt niet; controleer de cel"
    )


@pytest.mark.parametrize("reason", ["lock_file", "empty", "changing", "unreadable", "vanished"])
def test_not_taken_in_dutch(reason: str) -> None:
    why = _busy(reason, "contactlijst.xlsx")
    dutch = messages_nl.not_taken_from(why)
    assert dutch.startswith("contactlijst.xlsx ")
    assert dutch.endswith("Vangnet probeert het zo opnieuw; er is niets veranderd.")


def test_unreachable_and_missing_in_dutch() -> None:
    assert "laatst opgehaalde lijst" in messages_nl.not_taken_nl("unreachable", "folder")
    assert "geen contactlijst.xlsx" in messages_nl.not_taken_nl("missing", "no_file")
