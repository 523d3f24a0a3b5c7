"""The worker's contact block ("Behandeld door") and the salutation (issue 16.5, 16.6).

Every letter carries the name, phone and e-mail of the worker who made it, from their own
profile, in the column of the office's letterhead; without a profile the letter still goes out,
with the office block only. A letter to the corporation greets its contact as the contact list's
``aanhef`` says ("Geachte mevrouw Groen,"), else neutrally — never "Geachte Linda Groen"."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.services.letters import LetterKind, LetterRequest, make_letter, write_letter
from app.services.letters.addressing import formal_salutation, surname
from app.services.letters.render import HANDLER_LABEL, HANDLER_TOP, SENDER_X
from app.services.worker_profile import set_profile
from tests.letters.conftest import (
    ADDRESS,
    TODAY,
    Office,
    SampleContacts,
    pdf_text,
    placed_text,
)

WORKER = "mdeboer"
NAME, PHONE, EMAIL = "Joris van Leeuwen", "023 511 1234", "j.vanleeuwen@haarlem.example"


def _profile(office: Office, login: str = WORKER) -> None:
    with office.store.transaction() as session:
        set_profile(session, login=login, name=NAME, phone=PHONE, email=EMAIL, function="consulent")


def _pdf(
    office: Office,
    contacts: SampleContacts,
    kind: LetterKind = LetterKind.FEEDBACK,
    ref: str = "YM-1",
    actor: str = WORKER,
) -> bytes:
    with office.session() as session:
        made = make_letter(
            session, LetterRequest(office.ids[ref], kind), office.ctx, TODAY, contacts, actor=actor
        )
    return made.pdf


@pytest.mark.parametrize(
    ("kind", "ref"),
    [
        (LetterKind.FEEDBACK, "YM-1"),  # to the corporation
        (LetterKind.ANNOUNCEMENT, "YM-1"),  # to the tenant
        (LetterKind.TROUBLESHOOTER, "PRE-3"),  # to the troubleshooter
    ],
)
def test_every_letter_names_the_worker_who_made_it(
    office: Office, contacts: SampleContacts, kind: LetterKind, ref: str
) -> None:
    _profile(office)
    text = pdf_text(_pdf(office, contacts, kind, ref))
    assert f"{HANDLER_LABEL} {NAME} consulent Telefoon {PHONE} E-mail {EMAIL}" in text
    assert ADDRESS[0] in text  # the office's block is still there


def test_the_block_stands_under_the_office_column_beside_the_address_window(
    office: Office, contacts: SampleContacts
) -> None:
    _profile(office)
    runs = placed_text(_pdf(office, contacts))
    office_line = next(r for r in runs if r.text == ADDRESS[0])
    label = next(r for r in runs if r.text == HANDLER_LABEL)
    email = next(r for r in runs if EMAIL in r.text)
    left = SENDER_X / 72 * 25.4
    # aligned with the office's column, below it, above the date line (92 mm), inside the page
    assert abs(label.x - left) < 0.5 and abs(office_line.x - left) < 0.5
    assert abs(email.x - left) < 0.5
    assert office_line.y < HANDLER_TOP / 72 * 25.4 < label.y < email.y < 84
    assert email.right <= 210 - 20 + 0.5  # nothing runs past the right margin


def test_without_a_profile_the_letter_has_the_office_block_only(
    office: Office, contacts: SampleContacts
) -> None:
    _profile(office, login="someone_else")
    text = pdf_text(_pdf(office, contacts, actor=WORKER))
    assert HANDLER_LABEL not in text and NAME not in text and EMAIL not in text
    assert ADDRESS[0] in text and "Met vriendelijke groet" in text


def test_the_block_follows_the_worker_who_makes_the_letter(
    office: Office, contacts: SampleContacts, tmp_path: Path
) -> None:
    _profile(office)
    with office.store.transaction() as session:
        set_profile(session, login="other", name="Ander Iemand", phone="0235119999")
    saved = write_letter(
        office.store,
        LetterRequest(office.ids["YM-1"], LetterKind.FEEDBACK),
        office.ctx,
        TODAY,
        tmp_path / "brief.pdf",
        contacts=contacts,
        actor="other",
    )
    text = pdf_text(saved.path)
    assert "Behandeld door Ander Iemand Telefoon 0235119999" in text
    assert NAME not in text


def test_the_corporation_is_greeted_from_the_aanhef(
    office: Office, contacts: SampleContacts
) -> None:
    greeted = contacts.changed("corporatie", form_of_address="mevrouw")
    text = pdf_text(_pdf(office, greeted))
    assert "Geachte mevrouw Groen," in text
    assert "Geachte Linda" not in text


def test_without_an_aanhef_the_greeting_is_neutral(
    office: Office, contacts: SampleContacts
) -> None:
    text = pdf_text(_pdf(office, contacts))
    assert "Geachte heer/mevrouw," in text
    assert "Geachte Linda Groen" not in text


@pytest.mark.parametrize(
    ("aanhef", "name", "expected"),
    [
        ("mevrouw", "Linda Groen", "Geachte mevrouw Groen"),
        ("de heer", "Jan van der Berg", "Geachte heer Van der Berg"),
        ("dhr.", "L. Groen", "Geachte heer Groen"),
        ("Mw.", "Ellen de Graaf", "Geachte mevrouw De Graaf"),
        ("mevrouw El Amrani", "Nadia El Amrani", "Geachte mevrouw El Amrani"),
        ("Geachte mevrouw Groen", "Linda Groen", "Geachte mevrouw Groen"),
        ("geachte  mevrouw Groen,", "Linda Groen", "Geachte mevrouw Groen"),
        ("", "Linda Groen", "Geachte heer/mevrouw"),
        ("Linda", "Linda Groen", "Geachte heer/mevrouw"),  # never a first name
    ],
)
def test_the_salutation_rules(aanhef: str, name: str, expected: str) -> None:
    assert formal_salutation(aanhef, name) == expected


def test_surname_keeps_the_particles() -> None:
    assert surname("Anna Maria de Vries") == "De Vries"
    assert surname("Groen") == "Groen"
    assert surname("") == ""
