"""Cine speed: a 30 fps ultrasound loop played in the real 2-D viewer, beside the raw decode rate.

    .venv/bin/python benchmarks/bench_cine.py [--seconds 5]

Needs DISPLAY (an Xvfb is fine). The loop is pydicom-data's US1_UNCR (480 x 640 RGB) made into a
90-frame Ultrasound Multi-frame at Frame Time 33.3 ms (tests/cine_fixtures.py), imported into a
catalog and opened as the application does (ImageStack of the catalog's records, ImageViewport).
(a) 1x1: one viewer of 1000 x 700; (b) 2x2: four viewers of 500 x 350 each playing their own loop
(a reader comparing four echo views side by side; the application opens 2-D images in one pane,
so this is the heavier case). Per layout: frames shown per second per viewer, frames dropped
(skipped, or shown more than a frame period late), the GUI time per frame (decode, LUT,
upload, draw), how many frames were display-ready before they fell due,
and how many VTK images were made while playing (0: each frame goes into the existing array).
The machine's load average is printed: on a loaded machine the figures are not the software's. References in the same run: pydicom decoding every frame (no display) and
dcmtk's dcmj2pnm writing every frame to PPM, per frame.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tests"))  # the cine fixture

from PySide6.QtCore import QEventLoop, QTimer  # noqa: E402
from PySide6.QtWidgets import QApplication, QGridLayout, QWidget  # noqa: E402

from cine_fixtures import us_cine  # noqa: E402
from ui.reading.viewports import ImageViewport  # noqa: E402
from workstation.dicom.catalog import Catalog  # noqa: E402
from workstation.dicom.display import ImageStack  # noqa: E402

FRAMES = 90


def run_loop(seconds: float) -> None:
    """The event loop for ``seconds``, as the application runs it (one exec, not a polling loop)."""
    loop = QEventLoop()
    QTimer.singleShot(int(seconds * 1000), loop.quit)
    loop.exec()


def play(app, records, grid: int, seconds: float, size=(1000, 700)) -> dict:
    host = QWidget()
    layout = QGridLayout(host)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.setSpacing(2)
    views = []
    for i in range(grid * grid):
        view = ImageViewport()
        layout.addWidget(view, i // grid, i % grid)
        views.append(view)
    host.resize(*size)
    host.show()
    for view in views:
        view.set_stack(ImageStack(records))
    run_loop(1.0)  # windows mapped, first frames drawn
    busy = [0.0]
    for view in views:
        tick = view._cine_tick

        def timed(tick=tick):
            t = time.perf_counter()
            tick()
            busy[0] += time.perf_counter() - t
        view._cine_tick = timed  # the CineDriver calls the viewer's _cine_tick
        view.play(True)
    run_loop(seconds)
    elapsed = sum(view.cine.elapsed() for view in views) / len(views)  # as played, not as asked
    for view in views:
        view.play(False)
    stats = [view.cine.stats for view in views]
    ahead = [view._ahead for view in views]
    shown = sum(s.shown + s.late for s in stats)
    result = {
        "fps": shown / len(views) / elapsed,
        "due": sum(s.due for s in stats),
        "dropped": sum(s.dropped for s in stats),
        "skipped": sum(s.skipped for s in stats),
        "late": sum(s.late for s in stats),
        "ms_per_frame": 1000 * busy[0] / max(shown, 1),
        "ready": sum(a.hits for a in ahead), "made_late": sum(a.misses for a in ahead),
        "new_vtk_images": sum(view.scene.new_images for view in views) - len(views),
    }
    for view in views:
        view.close_vtk()
    host.close()
    host.deleteLater()
    app.processEvents()
    return result


def decode_rate(path: Path) -> float:
    from pydicom import dcmread
    from pydicom.pixels import pixel_array

    ds = dcmread(path)
    t = time.perf_counter()
    for i in range(FRAMES):
        pixel_array(ds, index=i)
    return FRAMES / (time.perf_counter() - t)


def dcmj2pnm_per_frame(path: Path, tmp: Path) -> float | None:
    exe = shutil.which("dcmj2pnm")
    if not exe:
        return None
    t = time.perf_counter()
    subprocess.run([exe, "+Fa", str(path), str(tmp / "frame")], check=True, stderr=subprocess.DEVNULL)
    return (time.perf_counter() - t) / FRAMES


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--seconds", type=float, default=5.0, help="play time per layout")
    args = parser.parse_args(argv)
    if not os.environ.get("DISPLAY"):
        print("bench_cine: DISPLAY is not set; source installer/devices.sh; start_virtual_display", file=sys.stderr)
        return 2
    os.environ.setdefault("QT_QPA_PLATFORM", "xcb")
    app = QApplication.instance() or QApplication([])
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        src = us_cine(tmp / "in", frames=FRAMES)
        with Catalog(tmp / "catalog") as catalog:
            catalog.import_paths([src])
            study = catalog.studies()[0].study_uid
            records = catalog.instances(catalog.series(study)[0].series_uid)
            for grid in (1, 2):
                print(f"load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores")
                r = play(app, records, grid, args.seconds)
                print(f"cine 30 fps US 480x640 RGB, {grid}x{grid}: ours {r['fps']:.1f} fps per viewer, "
                      f"{r['dropped']} of {r['due']} frames dropped ({r['skipped']} skipped, {r['late']} late), "
                      f"GUI {r['ms_per_frame']:.1f} ms per frame; frames ready "
                      f"before due {r['ready']}, made when due {r['made_late']}; VTK images made while "
                      f"playing {r['new_vtk_images']} (goal 30 fps, no dropped frame)")
        rate = decode_rate(src)
        ref = dcmj2pnm_per_frame(src, tmp)
    reference = f"dcmj2pnm {ref * 1000:.1f} ms per frame to PPM" if ref else "dcmj2pnm not installed"
    print(f"cine references: pydicom decode {rate:.0f} frames/s ({1000 / rate:.1f} ms per frame) | {reference}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
