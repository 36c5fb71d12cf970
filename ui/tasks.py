"""Run heavy work off the GUI thread and get progress/results back as Qt signals."""

from __future__ import annotations

import logging
import threading
import traceback
from typing import Any, Callable

from PySide6.QtCore import QObject, QThread, Signal

log = logging.getLogger(__name__)


class Task(QObject):
    """A function run in its own QThread.

    The function receives ``progress(done, total, label)`` and a ``cancel`` threading.Event.
    Signals are emitted from the worker thread and delivered queued in the GUI thread.
    """

    progress = Signal(int, int, str)
    partial = Signal(object)  # an intermediate result the work chooses to show early
    finished = Signal(object)
    failed = Signal(str)
    cancelled = Signal()

    def __init__(self, fn: Callable[..., Any], *args, **kwargs):
        super().__init__()
        self.cancel = threading.Event()
        self._fn, self._args, self._kwargs = fn, args, kwargs
        self._thread = _Thread(self._run)
        self._thread.setObjectName(getattr(fn, "__name__", "task"))
        self.done = False
        self.error: BaseException | None = None

    def start(self) -> "Task":
        _RUNNING.add(self)
        self._thread.start()
        return self

    def _run(self) -> None:
        try:
            result = self._fn(*self._args, progress=self._emit_progress, cancel=self.cancel, **self._kwargs)
        except Exception as exc:  # reported to the user, never swallowed
            if self.cancel.is_set():
                self.done = True
                self.cancelled.emit()
                return
            self.error = exc
            log.error("task %s failed:\n%s", self._thread.objectName(), traceback.format_exc())
            self.done = True
            self.failed.emit(f"{type(exc).__name__}: {exc}" if str(exc) else type(exc).__name__)
        else:
            self.done = True
            self.finished.emit(result)
        finally:
            _RUNNING.discard(self)

    def _emit_progress(self, done: int, total: int, label: str = "") -> None:
        self.progress.emit(int(done), int(total), str(label))

    def wait(self, ms: int = 30000) -> bool:
        return self._thread.wait(ms)


class _Thread(QThread):
    def __init__(self, body: Callable[[], None]):
        super().__init__()
        self._body = body

    def run(self) -> None:
        self._body()


_RUNNING: set[Task] = set()  # keeps running tasks alive until they end


def cancel_all(timeout_ms: int = 10000) -> None:
    for task in list(_RUNNING):
        task.cancel.set()
    for task in list(_RUNNING):
        task.wait(timeout_ms)
