"""The letterhead: text settings, and the logo's bytes kept inside the encrypted database."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from PIL import Image
from sqlalchemy import select

from app.models import AuditEntry, Setting
from app.services.letters import LogoProblem, load_letterhead, set_letterhead
from app.services.letters.letterhead import LOGO_MAX_BYTES, logo_type
from tests.letters.conftest import ADDRESS, OFFICE, SIGNER, SIGNER_FUNCTION, Office, logo_png


def test_letterhead_round_trip(office: Office) -> None:
    with office.session() as session:
        head = load_letterhead(session, "Haarlem")
    assert head.office_name == OFFICE
    assert head.address_lines == ADDRESS
    assert (head.signer, head.signer_function, head.place) == (SIGNER, SIGNER_FUNCTION, "Haarlem")
    assert head.logo == logo_png()
    assert head.missing() == []


def test_a_large_logo_is_split_over_settings_rows_and_read_back(office: Office) -> None:
    image = Image.effect_noise((400, 400), 80).convert("RGB")  # noise does not compress
    out = io.BytesIO()
    image.save(out, format="PNG")
    big = out.getvalue()
    assert 100_000 < len(big) < LOGO_MAX_BYTES
    with office.store.transaction() as session:
        set_letterhead(session, logo=big)
    with office.session() as session:
        assert load_letterhead(session, "Haarlem").logo == big
        rows = list(session.scalars(select(Setting).where(Setting.key.like("letterhead_logo_0%"))))
    assert len(rows) > 30 and all(len(r.value) <= 4000 for r in rows)
    # replacing it with a small one leaves no stale rows behind
    with office.store.transaction() as session:
        set_letterhead(session, logo=logo_png("X"))
    with office.session() as session:
        assert load_letterhead(session, "Haarlem").logo == logo_png("X")
        rows = list(session.scalars(select(Setting).where(Setting.key.like("letterhead_logo_0%"))))
    assert len(rows) == 1


def test_bad_logos_are_refused_and_change_nothing(office: Office, tmp_path: Path) -> None:
    cases = [
        (b"", "logo.empty"),
        (b"GIF89a" + b"\0" * 20, "logo.not_an_image"),
        (b"\x89PNG\r\n\x1a\n" + b"rubbish" * 10, "logo.damaged"),
        (b"\x89PNG\r\n\x1a\n" + b"\0" * LOGO_MAX_BYTES, "logo.too_large"),
    ]
    for data, code in cases:
        with pytest.raises(LogoProblem) as caught, office.store.transaction() as session:
            set_letterhead(session, signer="Iemand Anders", logo=data)
        assert caught.value.codes == (code,)
    with office.session() as session:
        head = load_letterhead(session, "Haarlem")
    assert head.logo == logo_png() and head.signer == SIGNER


def test_logo_types() -> None:
    assert logo_type(logo_png()) == "PNG"
    out = io.BytesIO()
    Image.new("RGB", (30, 10), (200, 0, 0)).save(out, format="JPEG")
    assert logo_type(out.getvalue()) == "JPEG"


def test_removing_the_logo_and_audit(office: Office) -> None:
    with office.store.transaction() as session:
        changed = set_letterhead(session, remove_logo=True, place="Schalkwijk")
    assert changed == ["place", "logo"]
    with office.session() as session:
        head = load_letterhead(session, "Haarlem")
        assert head.logo is None and head.place == "Schalkwijk"
        entries = list(
            session.scalars(select(AuditEntry).where(AuditEntry.object_id == "letterhead"))
        )
    assert entries[-1].detail == "place,logo"
    assert all(SIGNER not in e.detail for e in entries)
