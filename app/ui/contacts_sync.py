"""Keeping the contact list in sync from the desktop: at start-up, on folder changes, on demand.

Every sync runs off the GUI thread (a :class:`BackgroundTask` around
:func:`app.services.contacts.sync.sync_folder`). Changes in the shared folder are noticed with a
``QFileSystemWatcher`` and debounced, because saving a workbook touches the folder several times.
A file that is still being written (or open in Excel) is tried again a little later, a few
times. While the folder is unreachable (laptop offline), a cheap check in the background looks
for it now and then and syncs once it is back — without writing an audit entry or showing
anything every minute; the screen just says since when the list has not been updated.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QFileSystemWatcher, QObject, QTimer, Signal

from app.services import clock
from app.services.contacts.folder import SETTLE_SECONDS, NotTaken, find_contact_file
from app.services.contacts.overview import change_folder, stored_folder
from app.services.contacts.sync import SyncResult, sync_folder
from app.services.errors import log_unexpected
from app.services.workspace import Workspace
from app.ui.background import BackgroundTask, TaskContext

#: wait this long after the last change in the folder before syncing
DEBOUNCE_MS = 2_000
#: a file being written is tried again after this long ...
RETRY_MS = 5_000
#: ... this many times in a row, then only a new change (or the button) tries again
MAX_RETRIES = 12
#: while the folder is unreachable or has no list, look for it this often
PROBE_MS = 60_000


class ContactsSync(QObject):
    """Syncs the office's shared folder into the workspace's contact list.

    Signals: ``running_changed(bool)`` when a sync starts or ends; ``synced(SyncResult)``
    after each sync; ``failed(str)`` with a log reference when a sync broke unexpectedly;
    ``folder_changed(str)`` when the folder setting changed."""

    running_changed = Signal(bool)
    synced = Signal(object)
    failed = Signal(str)
    folder_changed = Signal(str)

    def __init__(
        self,
        workspace: Workspace,
        parent: QObject | None = None,
        *,
        settle_seconds: float = SETTLE_SECONDS,
        debounce_ms: int = DEBOUNCE_MS,
        retry_ms: int = RETRY_MS,
        max_retries: int = MAX_RETRIES,
        probe_ms: int = PROBE_MS,
    ) -> None:
        super().__init__(parent)
        self._ws = workspace
        self._settle = settle_seconds
        self._max_retries = max_retries
        self._retries = 0
        self._task: BackgroundTask | None = None
        self._probe_task: BackgroundTask | None = None
        self._again = False
        self._stopped = False
        self.last_result: SyncResult | None = None

        self._watcher = QFileSystemWatcher(self)
        self._watcher.directoryChanged.connect(self._folder_touched)
        self._watcher.fileChanged.connect(self._folder_touched)
        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(debounce_ms)
        self._debounce.timeout.connect(self.sync_now)
        self._retry = QTimer(self)
        self._retry.setSingleShot(True)
        self._retry.setInterval(retry_ms)
        self._retry.timeout.connect(self.sync_now)
        self._probe = QTimer(self)
        self._probe.setInterval(probe_ms)
        self._probe.timeout.connect(self._start_probe)

    # --- the folder --------------------------------------------------------------------------

    def folder(self) -> Path | None:
        return stored_folder(self._ws.store)

    def set_folder(self, path: Path) -> None:
        """Remember the shared folder (audited) and sync from it at once."""
        stored = change_folder(self._ws.store, path, actor=self._ws.actor)
        self.folder_was_changed(stored)

    def folder_was_changed(self, path: Path) -> None:
        """The folder setting changed (here or in the settings window): sync from it now."""
        self._unwatch()
        self._retries = 0
        self.folder_changed.emit(str(path))
        self.sync_now()

    # --- starting and stopping -------------------------------------------------------------

    def start(self) -> None:
        """The start-up sync (it also starts watching the folder once it is reachable)."""
        self._stopped = False
        self.sync_now()

    def stop(self, wait_ms: int = 30_000) -> None:
        """Stop watching and wait for a running sync (before the workspace closes or locks)."""
        self._stopped = True
        for timer in (self._debounce, self._retry, self._probe):
            timer.stop()
        self._unwatch()
        for task in (self._task, self._probe_task):
            if task is not None and task.is_running():
                task.cancel_and_wait(wait_ms)

    def is_running(self) -> bool:
        return self._task is not None and self._task.is_running()

    # --- syncing -----------------------------------------------------------------------------

    def sync_now(self) -> bool:
        """Sync now (or right after the running sync). False when no folder is set."""
        if self._stopped:
            return False
        folder = self.folder()
        if folder is None:
            return False
        self._debounce.stop()
        self._retry.stop()
        if self.is_running():
            self._again = True
            return True
        store, actor, settle = self._ws.store, self._ws.actor, self._settle

        def work(_context: TaskContext) -> SyncResult:
            return sync_folder(store, folder, actor=actor, now=clock.now, settle_seconds=settle)

        task = BackgroundTask(work, self)
        task.succeeded.connect(self._done)
        task.failed.connect(self._broke)
        task.finished.connect(self._finished)
        task.finished.connect(task.deleteLater)
        self._task = task
        self.running_changed.emit(True)
        task.start()
        return True

    def _done(self, result: object) -> None:
        assert isinstance(result, SyncResult)
        self.last_result = result
        if not self._stopped:
            self._after(result)
        self.synced.emit(result)

    def _broke(self, error: object) -> None:
        reference = log_unexpected(error) if isinstance(error, BaseException) else "?"
        self.failed.emit(reference)

    def _finished(self) -> None:
        self._task = None
        self.running_changed.emit(False)
        if self._again and not self._stopped:
            self._again = False
            self.sync_now()

    def _after(self, result: SyncResult) -> None:
        folder = Path(result.folder)
        if result.outcome in ("unreachable", "missing"):
            self._retries = 0
            if result.outcome == "missing":
                self._watch(folder, None)
            if not self._probe.isActive():
                self._probe.start()
            return
        self._probe.stop()
        self._watch(folder, result.file_name)
        if result.outcome == "busy":
            self._retries += 1
            if self._retries <= self._max_retries:
                self._retry.start()
        else:
            self._retries = 0

    # --- watching ------------------------------------------------------------------------------

    def watched_paths(self) -> list[str]:
        return self._watcher.directories() + self._watcher.files()

    def _watch(self, folder: Path, file_name: str | None) -> None:
        """Watch the folder and the file; called only after a sync found the folder there."""
        wanted = [str(folder)]
        if file_name:
            wanted.append(str(folder / file_name))
        current = set(self.watched_paths())
        missing = [p for p in wanted if p not in current and Path(p).exists()]
        if missing:
            self._watcher.addPaths(missing)

    def _unwatch(self) -> None:
        paths = self.watched_paths()
        if paths:
            self._watcher.removePaths(paths)

    def _folder_touched(self, _path: str) -> None:
        if not self._stopped:
            self._retries = 0
            self._debounce.start()

    # --- looking for a folder that was unreachable ---------------------------------------------

    def _start_probe(self) -> None:
        if self._stopped or self.is_running():
            return
        if self._probe_task is not None and self._probe_task.is_running():
            return  # a dead network share can take long to answer; never pile up checks
        folder = self.folder()
        if folder is None:
            self._probe.stop()
            return

        def look(_context: TaskContext) -> bool:
            return not isinstance(find_contact_file(folder), NotTaken)

        task = BackgroundTask(look, self)
        task.succeeded.connect(self._probed)
        task.finished.connect(task.deleteLater)
        self._probe_task = task
        task.start()

    def _probed(self, found: object) -> None:
        if found is True and not self._stopped:
            self._probe.stop()
            self.sync_now()
