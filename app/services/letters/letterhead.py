"""The office's letterhead: name, address, place, logo and signer, kept in the encrypted store.

The logo is kept as image bytes inside the database (base64 in numbered settings rows of at
most 4000 characters, with a checksum), never as a path: a letter must look the same on every
laptop that opens the database, and the file it came from may be gone tomorrow.
"""

from __future__ import annotations

import base64
import hashlib
import io
from collections.abc import Sequence
from dataclasses import dataclass, field

from reportlab.lib.utils import ImageReader
from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from app.models import Setting
from app.services import audit
from app.services.demo_mark import is_demo_database
from app.services.problems import Refusal, problem
from app.services.store import get_setting, set_setting

LOGO_MAX_BYTES = 1_000_000
_CHUNK = 4000  # the settings column holds 4000 characters
_PREFIX = "letterhead_"
_LOGO_PARTS = "letterhead_logo_parts"
_LOGO_SHA = "letterhead_logo_sha256"
_LOGO_TYPE = "letterhead_logo_type"


@dataclass(frozen=True)
class Letterhead:
    office_name: str
    address_lines: tuple[str, ...]
    signer: str
    signer_function: str
    place: str
    logo: bytes | None = field(default=None, repr=False)
    #: the database is a demo database: every page of the letter is marked DEMO (render.py)
    demo: bool = False

    def missing(self) -> list[str]:
        """Parts a letter cannot do without (the logo is optional)."""
        wanted = {
            "office_name": self.office_name,
            "address": "".join(self.address_lines),
            "signer": self.signer,
            "signer_function": self.signer_function,
        }
        return [name for name, value in wanted.items() if not value.strip()]


class LogoProblem(Refusal, ValueError):
    """The logo file is refused."""


def logo_type(data: bytes) -> str:
    """'PNG' or 'JPEG' when the bytes are an image reportlab can draw; LogoProblem otherwise."""
    if not data:
        raise LogoProblem(problem("logo.empty"))
    if len(data) > LOGO_MAX_BYTES:
        raise LogoProblem(problem("logo.too_large", kilobytes=LOGO_MAX_BYTES // 1000))
    if data.startswith(b"\x89PNG\r\n\x1a\n"):
        kind = "PNG"
    elif data.startswith(b"\xff\xd8\xff"):
        kind = "JPEG"
    else:
        raise LogoProblem(problem("logo.not_an_image"))
    try:
        width, height = ImageReader(io.BytesIO(data)).getSize()
    except Exception as exc:  # a damaged image: Pillow raises many kinds
        raise LogoProblem(problem("logo.damaged")) from exc
    if width < 1 or height < 1:
        raise LogoProblem(problem("logo.no_pixels"))
    return kind


def _lines(text: str) -> tuple[str, ...]:
    return tuple(line.strip() for line in text.splitlines() if line.strip())


def load_letterhead(session: Session, default_place: str) -> Letterhead:
    def value(key: str) -> str:
        return get_setting(session, key, "") or ""

    return Letterhead(
        office_name=value("office_name").strip(),
        address_lines=_lines(value(_PREFIX + "address")),
        signer=value(_PREFIX + "signer").strip(),
        signer_function=value(_PREFIX + "signer_function").strip(),
        place=value(_PREFIX + "place").strip() or default_place,
        logo=load_logo(session),
        demo=is_demo_database(session),
    )


def load_logo(session: Session) -> bytes | None:
    parts = int(get_setting(session, _LOGO_PARTS, "0") or 0)
    if parts < 1:
        return None
    keys = [_logo_key(i) for i in range(parts)]
    query = select(Setting.key, Setting.value).where(Setting.key.in_(keys))
    rows = {key: value for key, value in session.execute(query)}
    if len(rows) != parts:
        return None
    data = base64.b64decode("".join(rows[k] for k in keys))
    if hashlib.sha256(data).hexdigest() != get_setting(session, _LOGO_SHA):
        return None  # never draw a damaged logo; the letter goes out without one
    return data


def _logo_key(index: int) -> str:
    return f"letterhead_logo_{index:04d}"


def _remove_logo(session: Session) -> None:
    session.execute(delete(Setting).where(Setting.key.like("letterhead\\_logo\\_%", escape="\\")))


def set_letterhead(
    session: Session,
    *,
    address_lines: Sequence[str] | None = None,
    signer: str | None = None,
    signer_function: str | None = None,
    place: str | None = None,
    logo: bytes | None = None,
    remove_logo: bool = False,
    actor: str | None = None,
) -> list[str]:
    """Change what is given (None = keep); returns the names of what changed (for the audit)."""
    kind = logo_type(logo) if logo is not None else ""  # refuse a bad image before anything
    changed: list[str] = []
    if address_lines is not None:
        text = "\n".join(line.strip() for line in address_lines if line.strip())
        set_setting(session, _PREFIX + "address", text)
        changed.append("address")
    for name, given in (("signer", signer), ("signer_function", signer_function), ("place", place)):
        if given is not None:
            set_setting(session, _PREFIX + name, " ".join(given.split()))
            changed.append(name)
    if remove_logo or logo is not None:
        _remove_logo(session)
        session.flush()
        changed.append("logo")
    if logo is not None:
        encoded = base64.b64encode(logo).decode("ascii")
        chunks = [encoded[i : i + _CHUNK] for i in range(0, len(encoded), _CHUNK)]
        for index, chunk in enumerate(chunks):
            set_setting(session, _logo_key(index), chunk)
        set_setting(session, _LOGO_SHA, hashlib.sha256(logo).hexdigest())
        set_setting(session, _LOGO_TYPE, kind)
        set_setting(session, _LOGO_PARTS, str(len(chunks)))
    if changed:
        audit.record(
            session, "change", "setting", "letterhead", detail=",".join(changed), actor=actor
        )
    return changed
