"""Time to open a course lesson with a 300-slice imaging case, beside the reading room opening the
same series (the reference: what the course layer adds is the difference).

    source installer/devices.sh; start_virtual_display
    .venv/bin/python benchmarks/bench_lesson.py [--quick] [--repeats 3]

Builds (once, cached under /tmp) the sample course with its case as a 512 x 512 x 300 CT phantom
(--quick: 100 slices), installs it into a fresh Silkbridge home per run and drives the real window
with the Courses dock (offline, as a trainee): open the course, open the case lesson, and time
* to the lesson's text on screen,
* to the case's first slice in the viewer (its import into the catalog included, the first time),
* to the full volume with the lesson's window preset applied,
then opens the lesson again (the case is in the catalog now). Reference, in the same window: the
study browser's path, `open_series` of the same series already in the catalog (first slice, full
volume), and importing the 300 files alone. Medians of the runs.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def build_course(slices: int) -> Path:
    from courseware.cli import build_sample

    out = Path(tempfile.gettempdir()) / f"silkbridge-bench-lesson-{slices}.silkcourse"
    if not out.exists():
        print(f"building the sample course with a 512 x 512 x {slices} case (once) ...", flush=True)
        build_sample(out, size=512, slices=slices)
    return out


def run_once(app, package: Path, home: Path) -> dict:
    from PySide6.QtCore import QEventLoop, QTimer
    from PySide6.QtWidgets import QDockWidget

    from courseware.package import TextLesson, install
    from ui.courses.panel import CoursesController
    from ui.mainwindow import MainWindow
    from workstation.dicom.catalog import Catalog

    os.environ["SILKBRIDGE_HOME"] = str(home)
    installed = install(package, home / "courses")
    course_id = installed.manifest.id
    case_lesson = _case(installed).id

    win = MainWindow(Catalog(home / "catalog"))
    ctl = CoursesController(win, None, None, home=home, language="en")
    win.attach_courses(ctl)
    win.resize(1500, 950)
    win.show()
    win.findChild(QDockWidget, "coursesDock").raise_()
    marks: dict[str, float] = {}

    def wait(cond, timeout=300.0):
        end = time.monotonic() + timeout
        while not cond():
            if time.monotonic() > end:
                raise TimeoutError("the lesson did not open in time")
            loop = QEventLoop()
            QTimer.singleShot(2, loop.quit)
            loop.exec()

    original_open = win.open_series

    def timed_open(series_uid):  # the window's own loader; we only watch its signals
        marks.setdefault("load", time.perf_counter())
        task = original_open(series_uid)
        task.partial.connect(lambda _v: marks.setdefault("first", time.perf_counter()))
        task.finished.connect(lambda _v: marks.setdefault("full", time.perf_counter()))
        return task

    win.open_series = timed_open
    ctl.lesson_shown.connect(lambda _id: marks.setdefault("text", time.perf_counter()))
    ctl.case_opened.connect(lambda _uid: marks.setdefault("case", time.perf_counter()))
    wait(lambda: ctl.row(course_id) is not None and ctl.row(course_id).installed is not None)
    ctl.open_course(course_id)
    wait(lambda: ctl.player is not None and ctl.modules)
    out = {}
    for label in ("first open", "again"):
        marks.clear()
        if label == "again":  # another lesson, and the viewer emptied: the case loads again (from the catalog)
            idle_until = time.monotonic() + 3.0  # the first open's 3-D preparation ends (it shares the CPU)
            wait(lambda: time.monotonic() > idle_until)
            ctl.open_lesson(_lesson(installed, TextLesson).id)
            wait(lambda: "text" in marks)
            marks.clear()
            win.volume = None
        t0 = time.perf_counter()
        ctl.open_lesson(case_lesson)
        wait(lambda: "case" in marks)
        out[label] = {k: marks[k] - t0 for k in ("text", "load", "first", "full", "case") if k in marks}
    ctl.shutdown()
    win.close()
    # reference: the reading room's path in a fresh window: import the files, open the series
    files = sorted(p for p in installed.series_dir(_case(installed)).iterdir() if p.is_file())
    cat = Catalog(home / "catalog-reading-room")
    t0 = time.perf_counter()
    cat.import_paths(files)
    out["import alone"] = {"full": time.perf_counter() - t0}
    uid = cat.series(cat.studies("")[0].study_uid)[0].series_uid
    win = MainWindow(cat)
    win.resize(1500, 950)
    win.show()
    marks.clear()
    t0 = time.perf_counter()
    task = win.open_series(uid)
    task.partial.connect(lambda _v: marks.setdefault("first", time.perf_counter()))
    task.finished.connect(lambda _v: marks.setdefault("full", time.perf_counter()))
    wait(lambda: "full" in marks)
    out["reading room"] = {k: marks[k] - t0 for k in ("first", "full")}
    idle_until = time.monotonic() + 3.0
    wait(lambda: time.monotonic() > idle_until)
    win.volume = None  # the same series again in the same window, as the lesson's "again"
    marks.clear()
    t0 = time.perf_counter()
    task = win.open_series(uid)
    task.partial.connect(lambda _v: marks.setdefault("first", time.perf_counter()))
    task.finished.connect(lambda _v: marks.setdefault("full", time.perf_counter()))
    wait(lambda: "full" in marks)
    out["reading room again"] = {k: marks[k] - t0 for k in ("first", "full")}
    win.close()
    return out


def _lesson(installed, kind):
    return next(les for mod in installed.manifest.modules for les in mod.lessons if isinstance(les, kind))


def _case(installed):
    from courseware.package import CaseLesson

    return _lesson(installed, CaseLesson)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--quick", action="store_true", help="100 slices, 1 run")
    ap.add_argument("--repeats", type=int, default=3)
    args = ap.parse_args()
    if not os.environ.get("DISPLAY"):
        print("needs a display: source installer/devices.sh; start_virtual_display", file=sys.stderr)
        return 2
    slices = 100 if args.quick else 300
    repeats = 1 if args.quick else args.repeats
    package = build_course(slices)
    from ui.app import _application

    app = _application()
    runs = []
    for i in range(repeats):
        with tempfile.TemporaryDirectory(prefix="silkbridge-bench-lesson-") as tmp:
            runs.append(run_once(app, package, Path(tmp)))
        print(f"run {i + 1}/{repeats} done", flush=True)

    def med(label, key):
        vals = [r[label][key] for r in runs if key in r.get(label, {})]
        return statistics.median(vals) if vals else float("nan")

    print(f"\nopening a course lesson with a 512 x 512 x {slices} CT case (median of {repeats}; "
          f"offline trainee, real window under Xvfb)")
    print(f"  {'':32} {'lesson text':>12} {'load starts':>12} {'first slice':>12} {'full volume':>12} "
          f"{'preset applied':>15}")
    for label in ("first open", "again"):
        print(f"  {'lesson, ' + label:32} {med(label, 'text'):>11.2f}s {med(label, 'load'):>11.2f}s "
              f"{med(label, 'first'):>11.2f}s {med(label, 'full'):>11.2f}s {med(label, 'case'):>14.2f}s")
    print(f"  {'reference: import the files':32} {'':>12} {'':>12} {'':>12} {med('import alone', 'full'):>11.2f}s")
    print(f"  {'reference: then open (new window)':32} {'':>12} {'':>12} {med('reading room', 'first'):>11.2f}s "
          f"{med('reading room', 'full'):>11.2f}s")
    print(f"  {'reference: open again (same window)':32} {'':>12} {'':>12} {med('reading room again', 'first'):>11.2f}s "
          f"{med('reading room again', 'full'):>11.2f}s")
    ref = med("import alone", "full") + med("reading room", "full")
    print(f"  first open of the lesson, full volume: {med('first open', 'full'):.2f} s vs the reading room's import + "
          f"open {ref:.2f} s (x{med('first open', 'full') / ref:.2f}); again (in the catalog): "
          f"{med('again', 'full'):.2f} s vs {med('reading room again', 'full'):.2f} s "
          f"(x{med('again', 'full') / med('reading room again', 'full'):.2f})")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
