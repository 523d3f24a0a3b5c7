"""Problems any area can give: the operating system refusing a file, a refusal without detail."""

from __future__ import annotations

from app.services.problems.catalogue.marker import QT_TRANSLATE_NOOP

TEXTS = {
    "general.refused": QT_TRANSLATE_NOOP(
        "Problems",
        "Vangnet could not do this. Try again; if it fails again, ask your administrator for help.",
    ),
    "file.unreadable": QT_TRANSLATE_NOOP("Problems", "the file {name} cannot be read ({reason})"),
    "folder.unwritable": QT_TRANSLATE_NOOP(
        "Problems", "Vangnet cannot write in the folder {folder} ({reason})"
    ),
    # why the operating system refused a file: a `reason` inside other problems
    "os.not_found": QT_TRANSLATE_NOOP("Problems", "the file or folder does not exist"),
    "os.no_access": QT_TRANSLATE_NOOP("Problems", "Vangnet has no access there"),
    "os.read_only": QT_TRANSLATE_NOOP("Problems", "it can only be read there, not written"),
    "os.disk_full": QT_TRANSLATE_NOOP("Problems", "the disk is full"),
    "os.is_folder": QT_TRANSLATE_NOOP("Problems", "this is a folder, not a file"),
    "os.not_a_folder": QT_TRANSLATE_NOOP("Problems", "part of the path is not a folder"),
    "os.exists": QT_TRANSLATE_NOOP("Problems", "something with that name is already there"),
    "os.busy": QT_TRANSLATE_NOOP("Problems", "the file is in use"),
    "os.name_too_long": QT_TRANSLATE_NOOP("Problems", "the name is too long"),
    "os.io_error": QT_TRANSLATE_NOOP("Problems", "the disk gave a read or write error"),
    "os.invalid_name": QT_TRANSLATE_NOOP("Problems", "the name or place is not valid"),
    "os.refused": QT_TRANSLATE_NOOP("Problems", "the operating system refused"),
}
