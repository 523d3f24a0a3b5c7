"""The letters', countdowns' and export's catalogue texts: every code renders, the letter's
refusal keeps the command line's English and its short codes, and crosses a process intact."""

from __future__ import annotations

import pickle
from datetime import date

import pytest

from app.services.formatting import countdown, fixed_date
from app.services.letters.problems import (
    LetterProblem,
    incomplete_address,
    letterhead_incomplete,
    no_case,
    no_contact,
    refused,
)
from app.services.problems import Problem, fields_of
from app.services.problems.catalogue import countdown as countdown_texts
from app.services.problems.catalogue import letters, privacy

AREAS = {**letters.TEXTS, **countdown_texts.TEXTS, **privacy.TEXTS}


@pytest.mark.parametrize("code", sorted(AREAS))
def test_every_code_renders_in_english_without_leftover_fields(code: str) -> None:
    params = {name: f"<{name}>" for name in fields_of(AREAS[code])}
    text = Problem(code, params).english()
    assert "{" not in text and "}" not in text
    assert all(value in text for value in params.values())


def test_a_refused_letter_lists_everything_and_keeps_its_english() -> None:
    refusal = refused([no_case(7), no_contact("troubleshooter", "troubleshooter")])
    assert refusal.codes == ("no_case", "no_contact_troubleshooter")
    assert refusal.heading == Problem("letter.refused")
    assert str(refusal) == "there is no case 7; there is no troubleshooter in the contact list"
    single = refused([no_case(7)])
    assert single.heading is None and str(single) == "there is no case 7"
    again = pickle.loads(pickle.dumps(refusal))
    assert isinstance(again, LetterProblem)
    assert again.problems == refusal.problems and str(again) == str(refusal)


def test_lists_of_missing_parts_are_joined_in_the_language() -> None:
    address = incomplete_address(["tenant_name", "street", "postcode"])
    assert address.english() == (
        "the tenant's address is incomplete: name, street and postcode are missing"
    )
    assert incomplete_address(["city"]).english() == (
        "the tenant's address is incomplete: town is missing"
    )
    head = letterhead_incomplete(["office_name", "address", "signer", "signer_function"])
    assert head.code == "letter.letterhead_incomplete.both"
    assert head.english() == (
        "the letterhead is incomplete: office name, office address, signer's name and signer's "
        "function are missing (set with `vangnet letterhead`)"
    )
    assert letterhead_incomplete(["office_name"]).code == "letter.letterhead_incomplete.office"
    assert letterhead_incomplete(["signer"]).code == "letter.letterhead_incomplete.letterhead"


def test_no_wijkteam_contact_names_the_postcode_when_there_is_one() -> None:
    assert no_contact("wijkteam", "", "2032 PK").params == {"postcode": "2032 PK"}
    assert no_contact("wijkteam", "", None).code == "letter.no_contact_wijkteam"


@pytest.mark.parametrize(
    ("left", "status", "english"),
    [
        (3, "open", "3 working days left"),
        (1, "open", "1 working day left"),
        (0, "open", "due today"),
        (-2, "overdue", "2 working days overdue"),
        (-1, "overdue", "1 working day overdue"),
        (0, "met", "met"),
        (0, "late", "met late"),
        (-5, "passed", "date passed (5 working days ago)"),
        (0, "stopped", "lapsed: case ended"),
    ],
)
def test_the_countdown_in_english(left: int, status: str, english: str) -> None:
    assert countdown(left, status).english() == english


def test_a_fixed_date_is_spelled_in_the_callers_language() -> None:
    dec14 = date(2026, 12, 14)
    english = fixed_date("eviction_date", dec14, "open", 7, 9, "en_GB")
    dutch = fixed_date("eviction_date", dec14, "open", 7, 9, "nl_NL")
    assert english.english() == "eviction in 7 working days (Mon 14 Dec)"
    assert english.code == dutch.code == "fixed.working_days.many"
    assert dutch.params["when"] == "ma 14 dec"
    assert fixed_date("bailiff_date", dec14, "open", 0, 0, "en_GB").english() == (
        "bailiff today (Mon 14 Dec)"
    )
