"""The window says a refused letter, a countdown and a fixed date in Dutch: the catalogue's
texts through the real translation (the `dutch` fixture), with the wording the window has
always had."""

from __future__ import annotations

from datetime import date

from app.services.formatting import countdown, fixed_date
from app.services.letters.problems import (
    incomplete_address,
    letterhead_incomplete,
    no_contact,
    no_eviction_date,
    refused,
)
from app.services.problems import problem
from app.ui.problem_text import part, shown


def test_a_refused_letter_lists_every_missing_thing(dutch: None) -> None:
    refusal = refused([no_eviction_date(), no_contact("troubleshooter", "troubleshooter")])
    assert shown(refusal) == (
        "De brief kan niet worden gemaakt:\n"
        "• Er is nog geen ontruimingsdatum bekend. Leg eerst het vonnis met de ontruimingsdatum "
        "vast.\n"
        "• Er staat geen troubleshooter in de contactlijst."
    )
    assert shown(refused([no_contact("corporatie", "Ymere")])) == (
        "Er staat geen contactpersoon van Ymere in de contactlijst."
    )
    assert shown(no_contact("wijkteam", "", "2032 PK")) == (
        "Er staat geen contactpersoon van het Sociaal Wijkteam voor postcode 2032 PK in de "
        "contactlijst."
    )


def test_missing_parts_and_where_to_fill_them_in(dutch: None) -> None:
    assert shown(incomplete_address(["street", "postcode"])) == (
        "Het adres van de huurder is niet compleet: straat en postcode ontbreken."
    )
    assert shown(letterhead_incomplete(["address", "signer", "signer_function"])) == (
        "Het briefhoofd is niet compleet: het adres van het kantoor, de naam van de "
        "ondertekenaar en de functie van de ondertekenaar ontbreken. Vul dit in bij "
        "Instellingen > Kantoor en Instellingen > Briefhoofd."
    )
    assert shown(letterhead_incomplete(["signer_function"])) == (
        "Het briefhoofd is niet compleet: de functie van de ondertekenaar ontbreekt. Vul dit "
        "in bij Instellingen > Briefhoofd."
    )
    assert "de naam van het kantoor ontbreekt. Vul dit in bij Instellingen > Kantoor." in shown(
        letterhead_incomplete(["office_name"])
    )


def test_the_countdown_and_fixed_dates_in_dutch(dutch: None) -> None:
    assert part(countdown(3, "open")) == "nog 3 werkdagen"
    assert part(countdown(1, "open")) == "nog 1 werkdag"
    assert part(countdown(0, "open")) == "vandaag"
    assert part(countdown(-2, "overdue")) == "2 werkdagen te laat"
    assert part(countdown(-5, "passed")) == "datum voorbij (5 werkdagen geleden)"
    assert part(countdown(-1, "passed")) == "datum voorbij (1 werkdag geleden)"
    assert part(countdown(0, "stopped")) == "vervallen: zaak beëindigd"
    assert part(countdown(0, "late")) == "te laat gehaald"
    dec14, sat = date(2026, 12, 14), date(2026, 12, 12)

    def words(*args: object) -> str:
        return part(fixed_date(*args, "nl_NL"))  # type: ignore[arg-type]

    assert words("eviction_date", dec14, "open", 7, 9) == "ontruiming over 7 werkdagen (ma 14 dec)"
    assert words("eviction_date", dec14, "open", 1, 1) == "ontruiming over 1 werkdag (ma 14 dec)"
    assert words("bailiff_date", dec14, "open", 0, 0) == "deurwaarder vandaag (ma 14 dec)"
    assert words("eviction_date", sat, "open", 0, 1) == "ontruiming over 1 dag (za 12 dec)"
    assert words("bailiff_date", dec14, "passed", -3, -4) == "deurwaardersdatum was ma 14 dec"
    assert words("eviction_date", dec14, "met", 0, 2) == "ontruiming voorkomen"
    assert words("eviction_date", dec14, "stopped", 0, 2) == "vervallen: zaak beëindigd"
    assert "te laat" not in words("bailiff_date", dec14, "passed", -3, -4)


def test_a_folder_and_a_logo_refusal_in_dutch(dutch: None) -> None:
    assert shown(problem("letter.folder_missing", folder="/tmp/x")) == "De map /tmp/x bestaat niet."
    assert shown(problem("logo.not_an_image")) == "Het logo moet een PNG- of JPEG-afbeelding zijn."
