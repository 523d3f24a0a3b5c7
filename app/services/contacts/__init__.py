"""The shared contact list (covenant appendix 3), synced from a shared folder.

- :mod:`.contact_file`  reading and checking ``contactlijst.csv`` / ``contactlijst.xlsx``
- :mod:`.folder`        taking the file only when it is complete (not being written, not locked)
- :mod:`.versions`      versions, changes between them, rollback, e-mail confirmation
- :mod:`.sync`          one sync: look, read, check, apply atomically, audit, settings
- :mod:`.directory`     looking contacts up (letters, the case view, the Contacts screen)
- :mod:`.wijken`        postcode ranges per wijk (which wijkteam contact a tenant has)
- :mod:`.messages_nl`   the Dutch wording of every problem, for the screen

No Qt here; the desktop client runs :func:`sync_folder` in a background thread.
"""

from app.services.contacts.directory import (
    ContactPerson,
    all_contacts,
    corporation_contact,
    sdv_contact,
    troubleshooter_contact,
    wijkteam_contact,
)
from app.services.contacts.sync import SyncResult, SyncStatus, sync_folder, sync_status

__all__ = [
    "ContactPerson",
    "SyncResult",
    "SyncStatus",
    "all_contacts",
    "corporation_contact",
    "sdv_contact",
    "sync_folder",
    "sync_status",
    "troubleshooter_contact",
    "wijkteam_contact",
]
