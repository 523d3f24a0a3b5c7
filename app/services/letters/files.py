"""Writing letters to disk so that no half-written file is ever left behind.

A letter is written to a hidden temporary file in the target folder, flushed to disk, and only
then moved over the target name (`os.replace`, atomic within one folder). On any failure the
temporary file is removed.
"""

from __future__ import annotations

import contextlib
import io
import os
import tempfile
from collections.abc import Iterator, Sequence
from pathlib import Path

from app.services.errors import os_reason
from app.services.problems import Refusal, problem


class FolderProblem(Refusal):
    """The folder cannot take the file (or the file to send cannot be read)."""


def _folder_problem(folder: Path, exc: OSError) -> FolderProblem:
    if isinstance(exc, FileNotFoundError | NotADirectoryError):
        return FolderProblem(problem("letter.folder_missing", folder=str(folder)))
    if isinstance(exc, PermissionError):
        return FolderProblem(problem("letter.folder_forbidden", folder=str(folder)))
    return FolderProblem(
        problem("letter.folder_unwritable", folder=str(folder), reason=os_reason(exc))
    )


def stage(folder: Path, data: bytes, suffix: str = ".pdf") -> Path:
    """Write `data` to a complete, flushed temporary file in `folder` and return its path."""
    try:
        fd, name = tempfile.mkstemp(prefix=".vangnet-", suffix=f"{suffix}.tmp", dir=folder)
    except OSError as exc:
        raise _folder_problem(folder, exc) from exc
    tmp = Path(name)
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
    except OSError as exc:
        with contextlib.suppress(OSError):
            tmp.unlink()
        raise _folder_problem(folder, exc) from exc
    except BaseException:
        with contextlib.suppress(OSError):
            tmp.unlink()
        raise
    return tmp


@contextlib.contextmanager
def staged(target: Path, data: bytes) -> Iterator[Path]:
    """Stage `data` for `target`; the body runs, then the file moves into place.

    If the body raises, the temporary file is removed and the target is left as it was.
    """
    target = Path(target)
    folder = target.parent if str(target.parent) else Path(".")
    tmp = stage(folder, data, target.suffix or ".tmp")
    try:
        yield tmp
        try:
            os.replace(tmp, target)
        except OSError as exc:
            raise _folder_problem(folder, exc) from exc
    except BaseException:
        with contextlib.suppress(OSError):
            tmp.unlink()
        raise


def write_atomically(target: Path, data: bytes) -> None:
    with staged(target, data):
        pass


def combine_pdfs(documents: Sequence[bytes]) -> bytes:
    """One PDF with the pages of every document, in order (for printing a batch at once)."""
    import pypdfium2 as pdfium

    combined = pdfium.PdfDocument.new()
    try:
        for data in documents:
            source = pdfium.PdfDocument(data)
            try:
                combined.import_pages(source)
            finally:
                source.close()
        buffer = io.BytesIO()
        combined.save(buffer)
        return buffer.getvalue()
    finally:
        combined.close()
