"""The one Qt threading helper (ui.common.qthreading): work runs off the GUI thread, and its progress,
result, error and cancellation arrive on the GUI thread, in order, even when the caller dropped
its reference to the task; the dispatcher and the serial worker deliver on the GUI thread too."""

from __future__ import annotations

import gc
import threading
import time

import pytest

pytestmark = pytest.mark.gui


@pytest.fixture
def gui_thread(qapp):
    return threading.get_ident()


def test_result_and_progress_arrive_on_the_gui_thread(qtbot, gui_thread):
    from ui.common.qthreading import Task

    worker_threads, seen = [], []

    def work(n, progress, cancel):
        worker_threads.append(threading.get_ident())
        for i in range(n):
            progress(i + 1, n, f"step {i + 1}")
        return sum(range(n))

    task = Task(work, 5)
    task.progress.connect(lambda d, t, label: seen.append(("progress", d, t, label, threading.get_ident())))
    task.finished.connect(lambda r: seen.append(("finished", r, threading.get_ident())))
    task.failed.connect(lambda msg: seen.append(("failed", msg)))
    with qtbot.waitSignal(task.finished, timeout=10000):
        task.start()
    assert worker_threads and worker_threads[0] != gui_thread
    assert [s[:4] for s in seen[:-1]] == [("progress", i, 5, f"step {i}") for i in range(1, 6)]
    assert seen[-1][:2] == ("finished", 10)
    assert {s[-1] for s in seen} == {gui_thread}
    assert task.done and task.error is None


def test_an_error_is_delivered_with_its_message_and_the_exception(qtbot, gui_thread):
    from ui.common.qthreading import Task

    def work(progress, cancel):
        raise ValueError("not a DICOM file: report.pdf")

    task = Task(work)
    got = {}
    task.raised.connect(lambda exc: got.setdefault("exc", (exc, threading.get_ident())))
    task.failed.connect(lambda msg: got.setdefault("msg", (msg, threading.get_ident())))
    task.finished.connect(lambda r: got.setdefault("finished", r))
    with qtbot.waitSignal(task.failed, timeout=10000):
        task.start()
    assert got["msg"] == ("ValueError: not a DICOM file: report.pdf", gui_thread)
    assert isinstance(got["exc"][0], ValueError) and got["exc"][1] == gui_thread
    assert "finished" not in got
    assert isinstance(task.error, ValueError)


def test_cancel_stops_the_work_and_says_cancelled_not_failed(qtbot):
    from ui.common.qthreading import Task

    started = threading.Event()

    def work(progress, cancel):
        started.set()
        while not cancel.wait(0.01):
            pass
        raise InterruptedError("stopped by the user")

    task = Task(work)
    outcome = []
    task.failed.connect(lambda msg: outcome.append("failed"))
    task.finished.connect(lambda r: outcome.append("finished"))
    task.cancelled.connect(lambda: outcome.append("cancelled"))
    task.start()
    assert started.wait(10)
    with qtbot.waitSignal(task.cancelled, timeout=10000):
        task.cancel.set()
    qtbot.wait(50)
    assert outcome == ["cancelled"]
    assert task.error is None


def test_a_task_nobody_keeps_still_delivers_and_cancel_all_waits(qtbot):
    from ui.common import qthreading
    from ui.common.qthreading import Task, cancel_all

    results = []
    release = threading.Event()

    def start():  # the caller keeps no reference
        t = Task.plain(lambda x: (release.wait(10), x * 2)[1], 21)
        t.finished.connect(results.append)
        t.start()

    start()
    gc.collect()
    assert len(qthreading._RUNNING) >= 1
    release.set()
    qtbot.waitUntil(lambda: results == [42], timeout=10000)
    qtbot.waitUntil(lambda: not qthreading._RUNNING, timeout=10000)

    def slow(progress, cancel):
        cancel.wait(30)
        time.sleep(0.2)
        return "late"

    t = Task(slow).start()
    t0 = time.monotonic()
    cancel_all()
    assert t.done and time.monotonic() - t0 < 10


def test_dispatcher_runs_calls_in_order_on_the_gui_thread(qtbot, gui_thread):
    from ui.common.qthreading import GuiDispatcher

    dispatch = GuiDispatcher()
    got = []

    def feed(tag):
        for i in range(20):
            dispatch(lambda i=i: got.append((tag, i, threading.get_ident())))

    threads = [threading.Thread(target=feed, args=(tag,)) for tag in "ab"]
    for th in threads:
        th.start()
    for th in threads:
        th.join()
    qtbot.waitUntil(lambda: len(got) == 40, timeout=10000)
    assert {g[2] for g in got} == {gui_thread}
    for tag in "ab":
        assert [g[1] for g in got if g[0] == tag] == list(range(20))

    dispatch.deleteLater()
    qtbot.wait(50)
    dispatch(lambda: got.append("after"))  # the owner is gone: dropped, no crash
    qtbot.wait(50)
    assert "after" not in got


def test_serial_worker_runs_jobs_one_after_the_other(qtbot, gui_thread):
    from ui.common.qthreading import GuiDispatcher, SerialWorker

    worker = SerialWorker(GuiDispatcher(), name="test-serial", expected=(KeyError,))
    order, done, failed = [], [], []
    lock = threading.Lock()
    active = [0]

    def job(i):
        with lock:
            active[0] += 1
            assert active[0] == 1, "two jobs ran at once"
        time.sleep(0.005)
        order.append(i)
        with lock:
            active[0] -= 1
        if i == 3:
            raise KeyError("course not installed")
        return i * i

    try:
        for i in range(6):
            worker.submit(lambda i=i: job(i), done=lambda r: done.append((r, threading.get_ident())),
                          failed=lambda e: failed.append((e, threading.get_ident())))
        qtbot.waitUntil(lambda: len(done) + len(failed) == 6 and worker.idle, timeout=10000)
    finally:
        worker.stop()
    assert order == list(range(6))
    assert [r for r, _ in done] == [0, 1, 4, 16, 25]
    assert len(failed) == 1 and isinstance(failed[0][0], KeyError)
    assert {t for _, t in done + failed} == {gui_thread}
