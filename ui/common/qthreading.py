"""The one Qt threading helper: work off the GUI thread, results back on it.

Modelled on napari's ``_qt/qthreading.py``: the rest of ``ui/`` never starts a ``threading.Thread``
or hand-writes a queued signal; it uses one of these three.

* :class:`Task` -- run one function in a worker thread; its ``progress(done, total, label)``,
  ``partial(obj)``, ``finished(result)``, ``failed(message)`` / ``raised(exception)`` and
  ``cancelled()`` signals are delivered queued on the GUI thread. ``task.cancel`` is a
  ``threading.Event`` the function watches; :func:`cancel_all` (at exit) cancels and waits for
  every task still running. The function receives ``progress=`` and ``cancel=`` keyword
  arguments; :meth:`Task.plain` runs a function that takes neither.
* :class:`GuiDispatcher` -- ``dispatch(fn)`` from any thread runs ``fn()`` on the GUI thread, in
  order (what the Qt-free sessions in ``comms``/``workstation`` are given as ``dispatch``).
* :class:`SerialWorker` -- one worker thread running submitted jobs in order, ``done(result)`` /
  ``failed(exc)`` on the GUI thread (a store whose transactions must not interleave).

A task is kept alive until its last signal has been delivered and its thread has ended, so a
caller may drop its reference as soon as it has connected the signals.
"""

from __future__ import annotations

import logging
import queue
import threading
import traceback
from typing import Any, Callable

from PySide6.QtCore import QObject, Qt, QThread, Signal

log = logging.getLogger(__name__)

__all__ = ["Task", "GuiDispatcher", "SerialWorker", "cancel_all"]


class Task(QObject):
    """A function run in its own QThread (see the module docstring for the signals)."""

    progress = Signal(int, int, str)
    partial = Signal(object)  # an intermediate result the work chooses to show early
    finished = Signal(object)
    failed = Signal(str)  # "Type: message", for the status line
    raised = Signal(object)  # the exception itself (emitted just before ``failed``)
    cancelled = Signal()
    _ended = Signal()

    def __init__(self, fn: Callable[..., Any], *args, **kwargs):
        super().__init__()
        self.cancel = threading.Event()
        self._fn, self._args, self._kwargs = fn, args, kwargs
        self._thread = _Thread(self._run)
        self._thread.setObjectName(getattr(fn, "__name__", "task"))
        self.done = False
        self.error: BaseException | None = None
        self._ended.connect(self._forget, Qt.QueuedConnection)

    @classmethod
    def plain(cls, fn: Callable[..., Any], *args, **kwargs) -> "Task":
        """A task of a function that takes no ``progress``/``cancel`` arguments."""
        def call(progress, cancel):
            return fn(*args, **kwargs)

        call.__name__ = getattr(fn, "__name__", "task")
        return cls(call)

    def start(self) -> "Task":
        _RUNNING.add(self)
        self._thread.start()
        return self

    def _run(self) -> None:
        try:
            result = self._fn(*self._args, progress=self._emit_progress, cancel=self.cancel, **self._kwargs)
        except Exception as exc:  # reported to the user, never swallowed
            self.done = True
            if self.cancel.is_set():
                self.cancelled.emit()
            else:
                self.error = exc
                log.error("task %s failed:\n%s", self._thread.objectName(), traceback.format_exc())
                self.raised.emit(exc)
                self.failed.emit(f"{type(exc).__name__}: {exc}" if str(exc) else type(exc).__name__)
        else:
            self.done = True
            self.finished.emit(result)
        finally:
            self._ended.emit()  # queued after the signals above: the task lives until they are delivered

    def _forget(self) -> None:
        self._thread.wait()  # run() has returned: the thread ends at once
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


_RUNNING: set[Task] = set()  # keeps running tasks alive until their signals are delivered


def cancel_all(timeout_ms: int = 10000) -> None:
    """Cancel every running task and wait (up to ``timeout_ms`` each) for it to end."""
    for task in list(_RUNNING):
        task.cancel.set()
    for task in list(_RUNNING):
        task.wait(timeout_ms)


class GuiDispatcher(QObject):
    """``dispatch(fn)``: run ``fn()`` on the GUI thread, in the order handed over from any thread.
    Create it on the GUI thread. A call after the dispatcher was deleted is dropped."""

    call = Signal(object)

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self.call.connect(self._run, Qt.QueuedConnection)

    @staticmethod
    def _run(fn) -> None:
        fn()

    def __call__(self, fn: Callable[[], Any]) -> None:
        try:
            self.call.emit(fn)
        except RuntimeError:  # the owner (and this dispatcher) is gone
            pass


class SerialWorker:
    """One worker thread running jobs in the order they were submitted; ``done(result)`` /
    ``failed(exc)`` run on the GUI thread through ``dispatch`` (a :class:`GuiDispatcher`).
    Exceptions of the ``expected`` types are the user's to read, not logged with a traceback."""

    def __init__(self, dispatch: Callable[[Callable[[], Any]], None], name: str = "worker",
                 expected: tuple[type[BaseException], ...] = ()):
        self._dispatch = dispatch
        self._expected = expected
        self._q: queue.Queue = queue.Queue()
        self._busy = 0
        self._lock = threading.Lock()
        self._thread = threading.Thread(target=self._loop, name=name, daemon=True)
        self._thread.start()

    def submit(self, fn: Callable[[], Any], done=None, failed=None) -> None:
        with self._lock:
            self._busy += 1
        self._q.put((fn, done, failed))

    @property
    def idle(self) -> bool:
        return self._busy == 0

    def _loop(self) -> None:
        while True:
            item = self._q.get()
            if item is None:
                return
            fn, done, failed = item
            try:
                result = fn()
            except Exception as exc:  # reported on the GUI thread, never swallowed
                if not isinstance(exc, self._expected):
                    log.exception("%s: job failed", self._thread.name)
                if failed is not None:
                    self._dispatch(lambda f=failed, e=exc: f(e))
            else:
                if done is not None:
                    self._dispatch(lambda d=done, r=result: d(r))
            finally:
                with self._lock:
                    self._busy -= 1

    def stop(self, timeout: float = 10.0) -> None:
        self._q.put(None)
        self._thread.join(timeout)
