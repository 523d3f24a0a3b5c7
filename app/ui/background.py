"""Long work off the GUI thread, with progress and cancel, so the window never freezes.

A :class:`BackgroundTask` runs one function in its own ``QThread``. The function gets a
:class:`TaskContext`: ``context.progress(done, total)`` reports progress and returns False once
the user asked to cancel, so the work can stop at a safe point (an import raises and its
transaction rolls back). The outcome arrives on the GUI thread as exactly one of ``succeeded``,
``failed`` or ``cancelled``, always after the thread has stopped, followed by ``finished``.

The function runs in another thread: it must not touch widgets, and it opens its own database
session from the store (one session per thread; never pass one across).

Every started task is in one registry until it has finished (:func:`running_tasks`), so locking
and closing the window can cancel and wait for all of them (:func:`stop_all`). A task whose
thread does not stop in time is detached from its parent and kept alive by the registry: a
``QThread`` destroyed while it runs takes the whole process down.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any

import shiboken6
from PySide6.QtCore import QObject, QThread, Signal, Slot


class TaskContext:
    """What the work function may do: report progress and ask whether to stop."""

    def __init__(self, thread: _WorkThread, cancel: threading.Event) -> None:
        self._thread = thread
        self._cancel = cancel

    @property
    def cancelled(self) -> bool:
        return self._cancel.is_set()

    def progress(self, done: int, total: int) -> bool:
        """Show progress; returns False when the work should stop (the user cancelled)."""
        self._thread.progressed.emit(done, total)
        return not self._cancel.is_set()


class _WorkThread(QThread):
    progressed = Signal(int, int)

    def __init__(self, work: Callable[[TaskContext], Any], parent: QObject | None) -> None:
        super().__init__(parent)
        self._work = work
        self.cancel_requested = threading.Event()
        self.outcome = ""
        self.result: Any = None
        self.error: BaseException | None = None

    def run(self) -> None:
        context = TaskContext(self, self.cancel_requested)
        try:
            self.result = self._work(context)
        except Exception as exc:  # handed to the GUI thread, which decides what to show
            self.error = exc
            # work that stopped because the user cancelled is a cancellation, not a failure
            self.outcome = "cancelled" if self.cancel_requested.is_set() else "failed"
        else:
            self.outcome = "succeeded"


#: started and not yet finished: the registry also keeps detached tasks alive
_RUNNING: set[BackgroundTask] = set()


def running_tasks() -> list[BackgroundTask]:
    """Tasks whose thread still runs (an outcome may still be on its way to the GUI thread).

    A task whose owner was deleted after its thread ended, before the outcome was delivered,
    is gone on the Qt side: it is dropped from the registry rather than touched."""
    for task in [t for t in _RUNNING if not t.is_alive()]:
        _RUNNING.discard(task)
    return [task for task in _RUNNING if task.thread_running()]


def stop_all(msecs: int = 10_000) -> list[BackgroundTask]:
    """Cancel every running task and wait for each (together at most about `msecs`); returns
    the tasks still running, which are kept alive (see the module docstring)."""
    tasks = running_tasks()
    for task in tasks:
        task.cancel()
    still: list[BackgroundTask] = []
    for task in tasks:
        if not task.cancel_and_wait(msecs):
            still.append(task)
    return still


class BackgroundTask(QObject):
    """Runs ``work(context)`` once in a worker thread; see the module docstring."""

    progressed = Signal(int, int)
    succeeded = Signal(object)  # the work's return value
    failed = Signal(object)  # the exception
    cancelled = Signal()
    finished = Signal()

    def __init__(self, work: Callable[[TaskContext], Any], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._thread = _WorkThread(work, self)
        # both receivers live in the GUI thread, so these are queued connections
        self._thread.progressed.connect(self._on_progress)
        self._thread.finished.connect(self._on_finished)
        self._started = False
        self._done = False

    def start(self) -> None:
        if self._started:
            raise RuntimeError("a BackgroundTask runs once")
        self._started = True
        _RUNNING.add(self)
        self._thread.start()

    def is_running(self) -> bool:
        """Started, and its outcome not yet delivered."""
        return self._started and not self._done

    def thread_running(self) -> bool:
        return self._started and self.is_alive() and not self._thread.isFinished()

    def is_alive(self) -> bool:
        """False once Qt deleted this task or its thread (with a parent that went away)."""
        return shiboken6.isValid(self) and shiboken6.isValid(self._thread)

    def cancel(self) -> None:
        """Ask the work to stop at its next progress report (safe from the GUI thread)."""
        self._thread.cancel_requested.set()

    def cancel_requested(self) -> bool:
        return self._thread.cancel_requested.is_set()

    def cancel_and_wait(self, msecs: int = 30_000) -> bool:
        """Cancel and block until the thread has stopped (when a window closes).

        The outcome signals still arrive later, if anyone is left to receive them."""
        self.cancel()
        if not self._started:
            return True
        if self._thread.wait(msecs):
            return True
        self._detach()  # never destroy a running thread with its window: keep it alive
        return False

    def _detach(self) -> None:
        """No parent can take this task (and its thread) down with it; the registry holds it
        until the thread ends."""
        if self.parent() is not None:
            self.setParent(None)

    @Slot(int, int)
    def _on_progress(self, done: int, total: int) -> None:
        if not self._done:
            self.progressed.emit(done, total)

    @Slot()
    def _on_finished(self) -> None:
        if self._done:
            return
        self._done = True
        _RUNNING.discard(self)
        thread = self._thread
        # QThread.finished is emitted from the worker just before it really ends; a receiver
        # that drops the last reference to this task would destroy a running QThread (crash).
        thread.wait()
        if thread.outcome == "succeeded":
            self.succeeded.emit(thread.result)
        elif thread.outcome == "cancelled":
            self.cancelled.emit()
        else:
            self.failed.emit(thread.error)
        self.finished.emit()
