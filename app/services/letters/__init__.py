"""Letters: feedback to the corporation, announcement to the tenant, notice to the troubleshooter,
the proposal to the corporation (H 6.2, 6.3, 7.3) and the Sluitende Aanpak statement (A 1.13).

- `fields`       the typed, frozen content of each letter (the allow-lists)
- `feedback`, `announcement`, `troubleshooter`, `proposal`, `sluitende`   one builder and one
                 body per kind
- `render`       A4 layout with letterhead and window-envelope address (reportlab)
- `letterhead`   office name, address, place, signer and logo (bytes in the encrypted store)
- `addressing`   the one place that asks the shared contact list
- `service`      make, save (atomic, on the timeline, audited), mark as sent
- `batch`        every due feedback letter at once, plus one combined PDF
- `sharing`      marking a note for sharing with the corporation (audited)
"""

from app.services.letters.addressing import Contact, ContactSource, default_contacts
from app.services.letters.batch import (
    BatchReport,
    due_feedback_case_ids,
    mark_batch_sent,
    run_feedback_batch,
)
from app.services.letters.fields import LetterKind
from app.services.letters.files import FolderProblem
from app.services.letters.letterhead import Letterhead, LogoProblem, load_letterhead, set_letterhead
from app.services.letters.problems import LetterProblem
from app.services.letters.service import (
    LetterRequest,
    MadeLetter,
    SavedLetter,
    file_name,
    make_letter,
    mark_sent,
    save_letter,
    store_letter,
    write_letter,
)
from app.services.letters.sharing import mark_note_shareable

__all__ = [
    "BatchReport",
    "Contact",
    "ContactSource",
    "FolderProblem",
    "LetterKind",
    "LetterProblem",
    "LetterRequest",
    "Letterhead",
    "LogoProblem",
    "MadeLetter",
    "SavedLetter",
    "default_contacts",
    "due_feedback_case_ids",
    "file_name",
    "load_letterhead",
    "make_letter",
    "mark_batch_sent",
    "mark_note_shareable",
    "mark_sent",
    "run_feedback_batch",
    "save_letter",
    "set_letterhead",
    "store_letter",
    "write_letter",
]
