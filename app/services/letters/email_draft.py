"""A letter as an e-mail draft (.eml) that the worker sends from the mail program.

The covenant's privacy appendix (B2 step 1) says personal data travels by secure mail (Zivver,
ZorgMail, ...). Vangnet never sends anything itself: it writes an ordinary RFC 5322 draft with
`X-Unsent: 1` (Outlook opens such a file as a new message to send), the letter PDF attached.
The worker sends it from Outlook, where the office's secure-mail add-in takes over.

The draft is written next to the letter PDF, in the folder the worker chose: nothing personal
goes to a temporary folder. Its subject carries the case reference (``VN-12``), never the
tenant's name; its body says no more than that the letter is attached.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from email.message import EmailMessage
from email.policy import SMTP
from email.utils import formataddr
from pathlib import Path

from app.services.errors import os_reason
from app.services.letters.files import FolderProblem, write_atomically
from app.services.problems import problem

#: how the letter went out, kept with the "sent" record (`channel` in the event's detail)
CHANNELS: dict[str, str] = {
    "email": "e-mail (concept geopend)",
    "post": "geprint/post",
    "saved": "zelf opgeslagen",
}
CHANNEL_EN: dict[str, str] = {
    "email": "e-mail (draft opened)",
    "post": "printed/post",
    "saved": "saved by the worker",
}

_EMAIL = re.compile(r"[\w.+'-]+@[\w-]+(?:\.[\w-]+)+")


def email_in(lines: tuple[str, ...] | list[str]) -> str:
    """The first e-mail address in an addressee block ("per e-mail: a@b.nl"), or ""."""
    for line in lines:
        found = _EMAIL.search(line)
        if found:
            return found.group(0)
    return ""


@dataclass(frozen=True)
class DraftContent:
    """What the draft says: nothing beyond what the letter itself shares."""

    to_name: str  # the organisation (or person) the letter is addressed to
    to_email: str  # "" when the contact list has none: the worker fills it in
    subject: str
    body: str
    attachment_name: str


def draft_subject(title: str, our_reference: str) -> str:
    """'Terugkoppeling melding – ons kenmerk VN-12': the case reference, never a name."""
    return f"{title} – ons kenmerk {our_reference}"


def draft_body(title: str, our_reference: str, office_name: str) -> str:
    lines = [
        "Geachte heer/mevrouw,",
        "",
        f"In de bijlage vindt u onze brief '{title}' (ons kenmerk {our_reference}).",
        "",
        "Heeft u vragen over deze brief? Neem dan contact met ons op.",
        "",
        "Met vriendelijke groet,",
    ]
    if office_name:
        lines.append(office_name)
    return "\n".join(lines) + "\n"


def build_draft(content: DraftContent, pdf: bytes) -> EmailMessage:
    message = EmailMessage(policy=SMTP)
    if content.to_email:
        message["To"] = formataddr((content.to_name, content.to_email))
    message["Subject"] = content.subject
    message["X-Unsent"] = "1"
    message.set_content(content.body, charset="utf-8")
    message.add_attachment(
        pdf, maintype="application", subtype="pdf", filename=content.attachment_name
    )
    return message


def draft_path(pdf_path: Path) -> Path:
    """The draft's place: next to the letter PDF, same name, `.eml`."""
    return Path(pdf_path).with_suffix(".eml")


def write_draft(pdf_path: Path, content: DraftContent, pdf: bytes | None = None) -> Path:
    """Write the .eml next to `pdf_path` (atomically) and return its path.

    `pdf` defaults to the file's bytes, so the attachment is what was saved.
    """
    pdf_path = Path(pdf_path)
    try:
        data = pdf if pdf is not None else pdf_path.read_bytes()
    except OSError as exc:  # moved or deleted since it was saved: said, not a traceback
        reason = os_reason(exc)
        raise FolderProblem(
            problem("letter.pdf_unreadable", name=pdf_path.name, reason=reason)
        ) from exc
    target = draft_path(pdf_path)
    write_atomically(target, bytes(build_draft(content, data)))
    return target
