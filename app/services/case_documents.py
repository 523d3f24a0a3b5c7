"""The documents kept with a case: saved letters ('brief') and attachments ('bijlage').

Documents live inside the encrypted database. Adding an attachment reads the file once (at most
:data:`MAX_ATTACHMENT_BYTES`); saving a copy writes it atomically (a hidden temporary file in
the target folder, moved over the name only when complete). The audit trail gets ids and sizes
only: file names and titles may name the tenant, so they never go into it.

Problems raise :class:`DocumentProblem`; its `code` (and `facts`) let the GUI say it in Dutch.
"""

from __future__ import annotations

import contextlib
import hashlib
import mimetypes
import os
import tempfile
import unicodedata
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.models import Case, CaseDocument
from app.services import audit, clock
from app.services.errors import os_reason
from app.services.store import Store

MAX_ATTACHMENT_BYTES = 20 * 1024 * 1024
TITLE_MAX = 200
FILE_NAME_MAX = 260


class DocumentProblem(Exception):
    """A document cannot be added or saved as asked. `str()` is English; `code` is one of
    too_big, empty, unreadable, not_a_file, no_title, no_document, damaged, cannot_write;
    `facts` holds the values a message may show (size, limit, folder, and `reason`: a
    `Problem` saying why the system refused)."""

    def __init__(self, message: str, code: str, **facts: object) -> None:
        super().__init__(message)
        self.code = code
        self.facts = facts


@dataclass(frozen=True)
class DocumentInfo:
    """A document without its content (the content is only read to save a copy)."""

    id: int
    uid: str
    case_id: int
    source: str
    title: str
    file_name: str
    media_type: str
    size: int
    added_at: datetime
    added_by: str


def _info(row: CaseDocument) -> DocumentInfo:
    return DocumentInfo(
        row.id,
        row.uid,
        row.case_id,
        row.source,
        row.title,
        row.file_name,
        row.media_type,
        row.size,
        row.added_at,
        row.added_by,
    )


def documents_of(session: Session, case_id: int) -> list[DocumentInfo]:
    """The case's documents, newest first; the content is not loaded."""
    rows = session.scalars(
        select(CaseDocument)
        .where(CaseDocument.case_id == case_id)
        .order_by(CaseDocument.added_at.desc(), CaseDocument.id.desc())
    )
    return [_info(r) for r in rows]


def read_attachment_file(path: Path | str, limit: int = MAX_ATTACHMENT_BYTES) -> bytes:
    """The bytes of a file to attach; refuses folders, unreadable, empty and too-big files."""
    path = Path(path)
    try:
        info = path.stat()
    except OSError as exc:
        raise DocumentProblem(
            f"cannot read the file: {exc.strerror or type(exc).__name__}",
            "unreadable",
            reason=os_reason(exc),  # why, as a problem: the window says it in its language
        ) from exc
    if not path.is_file():
        raise DocumentProblem("not a file", "not_a_file")
    if info.st_size > limit:
        raise DocumentProblem(
            f"the file is {info.st_size} bytes; at most {limit} bytes can be attached",
            "too_big",
            size=info.st_size,
            limit=limit,
        )
    try:
        with path.open("rb") as fh:
            data = fh.read(limit + 1)
    except OSError as exc:
        raise DocumentProblem(
            f"cannot read the file: {exc.strerror or type(exc).__name__}",
            "unreadable",
            reason=os_reason(exc),  # why, as a problem: the window says it in its language
        ) from exc
    if len(data) > limit:  # it grew while we looked
        raise DocumentProblem(
            f"the file is more than {limit} bytes", "too_big", size=len(data), limit=limit
        )
    if not data:
        raise DocumentProblem("the file is empty", "empty")
    return data


def safe_file_name(name: str) -> str:
    """A bare file name: no folders ("../../x" -> "x"), no control characters, not hidden."""
    printable = "".join(ch for ch in name if unicodedata.category(ch) != "Cc")
    base = printable.replace("\\", "/").rsplit("/", 1)[-1].strip().lstrip(".").strip()
    base = base or "bijlage"
    if len(base) > FILE_NAME_MAX:
        stem, dot, ext = base.rpartition(".")
        if dot and 0 < len(ext) <= 10:
            base = stem[: FILE_NAME_MAX - len(ext) - 1] + "." + ext
        else:
            base = base[:FILE_NAME_MAX]
    return base


def add_attachment(
    session: Session,
    case: Case,
    *,
    title: str,
    file_name: str,
    content: bytes,
    media_type: str | None = None,
    actor: str | None = None,
    at: datetime | None = None,
) -> DocumentInfo:
    """Keep `content` with the case as a 'bijlage'."""
    if len(content) > MAX_ATTACHMENT_BYTES:
        raise DocumentProblem(
            f"the file is {len(content)} bytes; at most {MAX_ATTACHMENT_BYTES} can be attached",
            "too_big",
            size=len(content),
            limit=MAX_ATTACHMENT_BYTES,
        )
    if not content:
        raise DocumentProblem("the file is empty", "empty")
    clean_title = " ".join(title.split())[:TITLE_MAX]
    if not clean_title:
        raise DocumentProblem("an attachment needs a title", "no_title")
    name = safe_file_name(file_name)
    kind = media_type or mimetypes.guess_type(name)[0] or "application/octet-stream"
    who = actor or audit.current_actor()
    row = CaseDocument(
        case_id=case.id,
        source="bijlage",
        title=clean_title,
        file_name=name,
        media_type=kind[:100],
        size=len(content),
        sha256=hashlib.sha256(content).hexdigest(),
        content=content,
        added_at=at or clock.now(),
        added_by=who,
    )
    session.add(row)
    session.flush()
    audit.record(
        session,
        "create",
        "document",
        row.id,
        detail=f"case={case.id} source=bijlage size={len(content)}",
        actor=who,
    )
    return _info(row)


def document_content(session: Session, document_id: int) -> tuple[DocumentInfo, bytes]:
    """The document and its content, checked against its checksum."""
    row = session.get(CaseDocument, document_id)
    if row is None:
        raise DocumentProblem(f"no document {document_id}", "no_document")
    content = bytes(row.content)
    if hashlib.sha256(content).hexdigest() != row.sha256:
        raise DocumentProblem(f"document {document_id} does not match its checksum", "damaged")
    return _info(row), content


def _write_atomically(target: Path, data: bytes) -> None:
    folder = target.parent if str(target.parent) else Path(".")
    try:
        fd, name = tempfile.mkstemp(prefix=".vangnet-", suffix=".tmp", dir=folder)
    except OSError as exc:
        raise _cannot_write(folder, exc) from exc
    tmp = Path(name)
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, target)
    except OSError as exc:
        with contextlib.suppress(OSError):
            tmp.unlink()
        raise _cannot_write(folder, exc) from exc
    except BaseException:
        with contextlib.suppress(OSError):
            tmp.unlink()
        raise


def _cannot_write(folder: Path, exc: OSError) -> DocumentProblem:
    reason = exc.strerror or type(exc).__name__
    return DocumentProblem(
        f"cannot write in {folder}: {reason}",
        "cannot_write",
        folder=str(folder),
        reason=os_reason(exc),  # why, as a problem: the window says it in its language
        missing=isinstance(exc, FileNotFoundError | NotADirectoryError),
        denied=isinstance(exc, PermissionError),
    )


def export_document(
    session: Session, document_id: int, target: Path | str, *, actor: str | None = None
) -> DocumentInfo:
    """Save an (unencrypted) copy of the document at `target`, atomically; audited."""
    info, content = document_content(session, document_id)
    audit.record(
        session,
        "export",
        "document",
        info.id,
        detail=f"case={info.case_id} source={info.source} size={info.size}",
        actor=actor,
    )
    _write_atomically(Path(target), content)
    return info


# --- for the documents panel: each call in a session of its own ---------------------------------


def case_documents(store: Store, case_id: int) -> list[DocumentInfo]:
    with store.session() as session:
        return documents_of(session, case_id)


def attach_to_case(
    store: Store, case_id: int, *, title: str, file_name: str, content: bytes, actor: str
) -> DocumentInfo:
    """:func:`add_attachment` in a transaction of its own."""
    with store.transaction() as session:
        case = session.get(Case, case_id)
        if case is None:
            raise LookupError(f"there is no case {case_id}")
        return add_attachment(
            session, case, title=title, file_name=file_name, content=content, actor=actor
        )


def save_document_copy(
    store: Store, document_id: int, target: Path | str, *, actor: str
) -> DocumentInfo:
    """:func:`export_document` in a transaction of its own (the audit line and the file)."""
    with store.transaction() as session:
        return export_document(session, document_id, target, actor=actor)
