"""Cine and 3-D speed as the reader meets them, in the real window under Xvfb.

- A 30 fps ultrasound loop (a real US frame made into a 60-frame Ultrasound Multi-frame, Frame
  Time 33.3 ms) played with the Cine button plays in the 1x1 2-D viewer, accounts for every frame
  due (shown, late or skipped) and keeps the file's time (the frame shown after 2 s is the one due
  then); the rate is bench_cine's, measured on a quiet machine.
- How it keeps its rate (asserted on the mechanism, not on a loaded machine's timing): one timer
  drives every playing viewer, each frame is display-ready before it falls due, no VTK image is
  made while playing (frames go into the array VTK holds), and what is shown is the frame due.
- Opening a CT in 3-D keeps the GUI responsive (a heartbeat timer on the GUI thread never waits
  200 ms or more) and reaches full quality.

Bounds are loose for a loaded machine (2 cores shared by several test runs); the benchmarks
(benchmarks/bench_cine.py, bench_render.py) give the real figures.
"""

from __future__ import annotations

import time

import numpy as np
import pytest

from cine_fixtures import us_cine
from render.offscreen import capture

pytestmark = pytest.mark.gui


def _open_images(qtbot, win, path):
    win.catalog.import_paths([path])
    study = win.catalog.studies()[0].study_uid
    uid = win.catalog.series(study)[0].series_uid
    with qtbot.waitSignal(win.images_opened, timeout=30_000):
        win.open_series(uid)
    qtbot.wait(100)
    return uid


def test_a_30_fps_ultrasound_cine_plays_at_its_rate(qtbot, window, tmp_path):
    window.resize(1000, 700)  # a laptop-sized window; bench_cine measures 1000 x 700 panes
    n = 45  # a 1.5 s loop: the frame due after 2 s is not the first one
    _open_images(qtbot, window, us_cine(tmp_path / "in", frames=n))
    view = window.viewer.image_view
    assert window.frame_slider.maximum() == n - 1
    first = capture(view.GetRenderWindow())
    window.cine_button.click()  # as the reader does
    assert view.is_playing()
    drawn = []
    view.changed.connect(lambda: drawn.append(window.images.index))
    qtbot.wait(2000)
    stats, elapsed = view.cine.stats, view.cine.elapsed()
    window.cine_button.click()
    assert not view.is_playing()
    due = int(elapsed * 30)
    distinct = len(set(drawn))
    print(f"cine 1x1: {stats.shown} on time, {stats.late} late, {stats.skipped} skipped of {stats.due} due "
          f"in {elapsed:.2f} s; {distinct} distinct frames drawn")
    # every frame due is accounted for: shown on time, late, or skipped (none lost from the count)
    assert stats.shown + stats.late + stats.skipped == stats.due, stats
    # it plays (the rate itself is bench_cine's: under a load of 8 on 2 cores we measured 90 %
    # of the frames here, so half is a bound the load cannot break, a stuck loop can)
    assert stats.shown + stats.late >= 0.5 * due, stats
    assert distinct >= 0.5 * min(due, n)
    # the loop keeps the file's time: the last frame drawn is the one due when play stopped
    assert abs(drawn[-1] - (due % n)) <= 2 or abs(drawn[-1] - (due % n)) >= n - 2
    stopped = window.images.index
    qtbot.wait(200)
    assert window.images.index == stopped  # stopped means stopped
    assert np.abs(capture(view.GetRenderWindow()).astype(int) - first.astype(int)).mean() > 1  # moved on screen


def test_one_timer_plays_four_loops_with_frames_ready_ahead_and_no_vtk_image_made(qtbot, tmp_path):
    from PySide6.QtWidgets import QGridLayout, QWidget

    from ui.reading.viewports import CineDriver, ImageViewport
    from workstation.dicom.catalog import Catalog
    from workstation.dicom.display import ImageStack

    n = 30
    src = us_cine(tmp_path / "in", frames=n)
    with Catalog(tmp_path / "catalog") as catalog:
        catalog.import_paths([src])
        study = catalog.studies()[0].study_uid
        records = catalog.instances(catalog.series(study)[0].series_uid)
    host = QWidget()
    qtbot.addWidget(host)
    grid = QGridLayout(host)
    views = [ImageViewport() for _ in range(4)]
    for i, view in enumerate(views):
        grid.addWidget(view, i // 2, i % 2)
    host.resize(800, 560)
    host.show()
    qtbot.waitExposed(host)
    for view in views:
        view.set_stack(ImageStack(records))
    qtbot.wait(300)
    made = [view.scene.new_images for view in views]
    arrays = [view.scene._image.GetPointData().GetScalars() for view in views]
    driver = CineDriver.instance()
    for view in views:
        view.play(True)
    assert all(view.is_playing() for view in views) and driver.timer.isActive()
    qtbot.wait(1500)
    stopped = [(view.stack.index, view.scene._pixels.copy()) for view in views]
    for view in views:
        view.play(False)
    assert not driver.views and not driver.timer.isActive()  # nothing left ticking
    for view, before, array, (index, pixels) in zip(views, made, arrays, stopped):
        stats, ahead = view.cine.stats, view._ahead
        drawn = stats.shown + stats.late
        assert drawn >= 5, stats  # it played (the rate itself is bench_cine's, on a quiet machine)
        assert ahead.hits + ahead.misses == drawn
        assert ahead.hits >= 1  # frames were made before they fell due
        assert view.scene.new_images == before  # no VTK image per frame ...
        assert view.scene._image.GetPointData().GetScalars() is array  # ... the same array, updated
        assert view.scene.uploads >= drawn - 1
        assert 0 < view.cine.lead <= 0.8 * view.cine.period  # drawing starts ahead by its measured time
        # what is on screen is the frame the clock said, pixel for pixel (row 0 at the top)
        expected = ImageStack(records)
        expected.go(index)
        rows, cols = expected.header.rows, expected.header.cols
        assert np.array_equal(pixels.reshape(rows, cols, 3)[::-1], expected.render().pixels)
    # no polling: the one timer wakes when a frame is to be started (the old per-viewer timers
    # ticked four times a period each)
    assert driver.wakeups <= 1.2 * sum(v.cine.stats.shown + v.cine.stats.late for v in views) + 5
    for view in views:
        view.close_vtk()


def test_a_viewer_that_breaks_while_playing_stops_alone(qtbot, tmp_path):
    from ui.reading.viewports import CineDriver, ImageViewport
    from workstation.dicom.catalog import Catalog
    from workstation.dicom.display import ImageStack

    src = us_cine(tmp_path / "in", frames=20)
    with Catalog(tmp_path / "catalog") as catalog:
        catalog.import_paths([src])
        study = catalog.studies()[0].study_uid
        records = catalog.instances(catalog.series(study)[0].series_uid)
    good, bad = ImageViewport(), ImageViewport()
    for view in (good, bad):
        qtbot.addWidget(view)
        view.resize(300, 200)
        view.show()
        view.set_stack(ImageStack(records))
    qtbot.waitExposed(good)

    def broken():
        raise RuntimeError("Internal C++ object already deleted.")  # what a destroyed widget raises

    bad._cine_tick = broken
    good.play(True)
    bad.play(True)
    qtbot.wait(600)
    assert not bad.is_playing() and good.is_playing()
    assert good.cine.stats.shown + good.cine.stats.late >= 3  # the other one played on
    good.play(False)
    assert not CineDriver.instance().timer.isActive()
    for view in (good, bad):
        view.close_vtk()


# ---------------------------------------------------------------------------------- 3-D

def _ct(n=(120, 160, 200)):
    """A CT-like volume: air around an elliptic body (40 HU) holding a bone block (1200 HU)."""
    from workstation.model import Volume

    nz, ny, nx = n
    y, x = np.mgrid[:ny, :nx]
    body = ((x - nx / 2) / (0.35 * nx)) ** 2 + ((y - ny / 2) / (0.3 * ny)) ** 2 < 1
    a = np.full((nz, ny, nx), -1000, dtype=np.int16)
    a[10:nz - 10][:, body] = 40
    a[40:80, 60:90, 70:110] = 1200
    affine = np.diag([0.8, 0.8, 1.0, 1.0])
    return Volume(a, affine, "HU", "CT")


def test_only_what_a_preset_can_show_goes_to_the_ray_caster_and_the_picture_is_the_same(monkeypatch):
    import render.volume_view as vv
    from render.offscreen import snapshot
    from workstation.viewstate import ViewState

    vol = _ct()
    lowest, shaded = vv.presets_can_show(vol)
    assert lowest == -300 and shaded  # ct-soft-tissue shows from -300 HU; CT presets are shaded
    box = vv.visible_box(vol.array, lowest)
    kept = np.prod([b.stop - b.start for b in box]) / vol.array.size
    assert kept < 0.6  # the air around the body is left out
    pictures = {}
    for name, cut in (("box", vv.visible_box), ("whole", lambda a, low, margin=2: None)):
        monkeypatch.setattr(vv, "visible_box", cut)
        scene = vv.VolumeScene()
        scene.set_volume(vol, defer=False)
        for preset in ("ct-bone", "ct-soft-tissue", "ct-angio"):
            state = ViewState(volume_preset=preset)
            scene.reset_camera(state)
            scene.renderer.GetActiveCamera().Azimuth(30)
            scene.read_camera(state)
            pictures[name, preset] = snapshot(scene, (256, 256), state)
    for preset in ("ct-bone", "ct-soft-tissue", "ct-angio"):
        a, b = pictures["box", preset].astype(int), pictures["whole", preset].astype(int)
        assert b.max() > 20 and b.mean() > 0.5, preset  # something is drawn
        diff = np.abs(a - b)
        # the same picture: rays start at the cut faces, so samples shift by a fraction of a voxel
        print(preset, "mean", diff.mean(), "max", diff.max(), "pixels off by > 3:", (diff.max(axis=2) > 3).mean())
        assert diff.mean() < 0.5 and diff.max() <= 32 and (diff.max(axis=2) > 3).mean() < 0.05, preset
    # MR presets are relative and unshaded: nothing cut, no gradients to compute
    from workstation.model import Volume

    mr = Volume(np.abs(vol.array).astype(np.int16), vol.affine, "", "MR")
    assert vv.presets_can_show(mr) == (None, False)


def test_visible_box_of_hostile_volumes():
    from render.volume_view import MIN_VOXELS_PER_AXIS, visible_box

    air = np.full((20, 30, 40), -1000, dtype=np.int16)
    assert visible_box(air, -300) is None  # nothing visible: nothing to cut, nothing to break
    one = air.copy()
    one[0, 0, 0] = 2000  # one bright voxel in a corner
    box = visible_box(one, -300)
    assert all(b.stop - b.start >= MIN_VOXELS_PER_AXIS for b in box)
    thin = np.full((2, 30, 40), 500, dtype=np.int16)
    assert visible_box(thin, -300) is None  # all visible
    assert visible_box(np.zeros((3, 3, 3), np.float32), float("nan")) is None
    assert visible_box(np.full((4, 4, 4), 100, np.uint8), -300.0) is None  # below the dtype's range


def test_opening_a_ct_in_3d_keeps_the_gui_responsive_and_reaches_full_quality(qtbot, window, tmp_path):
    from PySide6.QtCore import QTimer

    from workstation.phantom import write_phantom_series

    write_phantom_series(tmp_path / "ct", size=256, slices=120)
    with qtbot.waitSignal(window.import_finished, timeout=120_000):
        window.import_paths([tmp_path / "ct"])
    window.state.layout = "2x2"  # the 3-D pane is on screen
    study = window.catalog.studies()[0].study_uid
    uid = window.catalog.series(study)[0].series_uid
    beats = []
    heart = QTimer()
    heart.setInterval(20)
    prepared_at = []

    def beat():
        beats.append(time.perf_counter())
        if not prepared_at and view3d.scene.is_prepared():
            prepared_at.append(beats[-1])

    heart.timeout.connect(beat)
    view3d = window.viewer.volume3d
    heart.start()
    qtbot.wait(1000)  # the machine's own jitter, nothing of ours running: the baseline
    baseline = float(np.diff(beats).max()) if len(beats) > 1 else 0.02
    beats.clear()
    t0 = time.perf_counter()
    with qtbot.waitSignal(window.volume_loaded, timeout=120_000):
        window.open_series(uid)
    t_loaded = time.perf_counter()
    qtbot.waitUntil(lambda: view3d.scene.is_prepared(), timeout=120_000)
    qtbot.waitUntil(lambda: view3d.scene.actor.GetMapper() is view3d.scene.full_mapper, timeout=10_000)
    qtbot.wait(100)  # the full-quality frame is drawn
    t_full = time.perf_counter()
    heart.stop()
    # From the moment the volume arrives (the measure: time to full quality after the volume
    # arrives); the loading before it is the loader's (its longest gap is printed for the record).
    # The GUI must stay free while the 3-D view refines (heartbeat gaps < 200 ms on loaded cores).
    after = [t for t in beats if t >= t_loaded]
    # the first beat after arrival closes the turn that draws the four panes (the first picture);
    # from then on the 3-D view refines in the background and the GUI must stay free
    shown = np.diff([t_loaded, after[0]])[0] if after else 0.0
    gaps = np.diff([*after, t_full]) if after else np.array([t_full - t_loaded])
    loading = np.diff([t0, *[t for t in beats if t < t_loaded], t_loaded]).max()
    print(f"3-D: volume loaded {t_loaded - t0:.2f} s (longest GUI gap while loading {loading * 1000:.0f} ms), "
          f"full quality {t_full - t_loaded:.2f} s after it arrived; longest GUI gap meanwhile "
          f"{gaps.max() * 1000:.0f} ms over {len(after)} heartbeats (first picture after {shown * 1000:.0f} ms; idle baseline gap {baseline * 1000:.0f} ms)")
    marks = [*after, t_full]
    worst = int(np.argmax(gaps))
    print(f"worst gap {marks[worst] - t_loaded:.2f}-{marks[worst + 1] - t_loaded:.2f} s after arrival; prepared "
          f"seen at {(prepared_at or [t_full])[0] - t_loaded:.2f} s")
    assert shown < 1.0  # the first picture comes at once
    # < 200 ms of our making: what the loaded machine delays an idle event loop by is not ours
    assert gaps.max() < 0.2 + max(0.0, baseline - 0.02), (gaps.max(), baseline)
    assert t_full - t_loaded < 30  # full quality is reached (loose: a loaded machine)
    img = capture(view3d.GetRenderWindow())
    assert img.mean() > 2  # the volume is drawn
    # The preset on screen (bone) got full quality first; the soft-tissue preset picked now shows
    # the unshaded full resolution (or the preview) until the level for every preset is in -- never
    # the bone level's shading -- then its own full quality, as a synchronously prepared scene.
    from PySide6.QtCore import Qt

    from render.offscreen import snapshot
    from render.volume_view import MARKER_VIEWPORT, VolumeScene
    from workstation.viewstate import ViewState

    scene = view3d.scene
    qtbot.mouseClick(window.preset_combo, Qt.MouseButton.LeftButton)
    window.preset_combo.setCurrentIndex(window.preset_combo.findData("ct-soft-tissue"))
    qtbot.keyClick(window.preset_combo, Qt.Key.Key_Escape)
    seen = []

    def every_preset():
        seen.append((scene._shown is scene._full, scene._covers(scene._shown)))
        return scene._covers_all(scene._full) and scene.actor.GetMapper() is scene.full_mapper

    qtbot.waitUntil(every_preset, timeout=60_000)
    assert all(covered for _, covered in seen)  # what was shown could always show soft tissue
    qtbot.wait(200)
    soft = capture(view3d.GetRenderWindow())
    assert np.abs(soft.astype(int) - img.astype(int)).mean() > 1  # soft tissue: not the bone picture
    reference = VolumeScene()
    reference.set_volume(window.volume, defer=False)
    state = ViewState(volume_preset="ct-soft-tissue", camera=window.state.camera)
    expected = snapshot(reference, (soft.shape[1], soft.shape[0]), state)
    diff = np.abs(soft.astype(int) - expected.astype(int)).max(axis=2)
    h, w = diff.shape
    diff[int(h * (1 - MARKER_VIEWPORT[3])):, :int(w * MARKER_VIEWPORT[2]) + 1] = 0  # the view's orientation cube
    assert (diff > 2).mean() < 0.001, ((diff > 2).mean(), diff.max())
