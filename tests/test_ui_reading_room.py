"""The reading room driven as a specialist would: import a folder, open a series, scroll,
change the window, click, rotate the 3-D view; assertions on what is on screen."""

from __future__ import annotations

import shutil

import numpy as np
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from render.offscreen import capture
from qt_helpers import click, drag, hover, wheel

pytestmark = pytest.mark.gui




def _viewport_image(view) -> np.ndarray:
    view.GetRenderWindow().Render()
    return capture(view.GetRenderWindow())


def _pixel_at(view, img, xyz) -> np.ndarray:
    x, y = view.scene.patient_to_display(xyz)[:2]
    h = img.shape[0]
    return img[int(round(h - 1 - y)), int(round(x))]


def _import(qtbot, window, paths):
    with qtbot.waitSignal(window.import_finished, timeout=120_000) as blocker:
        window.import_paths(paths)
    return blocker.args[0]


def _open_first_series(qtbot, window):
    lst = window.browser.series
    qtbot.waitUntil(lambda: lst.count() > 0, timeout=10_000)
    rect = lst.visualItemRect(lst.item(0))
    with qtbot.waitSignal(window.volume_loaded, timeout=120_000):
        qtbot.mouseClick(lst.viewport(), Qt.LeftButton, pos=rect.center())  # a double-click is
        qtbot.mouseDClick(lst.viewport(), Qt.LeftButton, pos=rect.center())  # click + double-click
    return window.volume


def test_import_reports_bad_files_and_lists_the_study(qtbot, window, small_phantom, tmp_path):
    incoming = tmp_path / "incoming"
    shutil.copytree(small_phantom, incoming / "ct")
    (incoming / "notes.txt").write_text("referral letter, not an image")
    good = sorted((incoming / "ct").glob("*.dcm"))[0].read_bytes()
    (incoming / "broken.dcm").write_bytes(good[: len(good) // 3])
    n = len(list((incoming / "ct").glob("*.dcm")))

    report = _import(qtbot, window, [incoming])
    assert report.imported == n
    rejected = {name.split("/")[-1]: reason for name, reason in report.rejected}
    assert set(rejected) == {"notes.txt", "broken.dcm"}
    box = window.findChild(QMessageBox, "importReport")
    assert box is not None and box.isVisible()
    assert "notes.txt" in box.detailedText() and "broken.dcm" in box.detailedText()
    box.close()

    assert window.browser.model.rowCount() == 1
    assert "Nguyễn" in window.browser.model.item(0, 0).text()
    assert window.browser.series.count() == 1
    assert not window.browser.series.item(0).icon().isNull()  # thumbnail shown

    again = _import(qtbot, window, [incoming / "ct"])
    assert again.imported == 0 and again.duplicates == n
    assert window.browser.model.rowCount() == 1

    window.browser.search.setText("no such patient")
    assert window.browser.model.rowCount() == 0
    window.browser.search.setText("nguy")
    assert window.browser.model.rowCount() == 1


def test_open_scroll_window_probe_and_rotate(qtbot, window, small_phantom):
    _import(qtbot, window, [small_phantom])
    volume = _open_first_series(qtbot, window)
    assert volume.units == "HU" and volume.array.shape[0] == 48
    axial = window.viewer.slices["axial"]
    state = window.state

    # The bone window: pick it from the toolbar combo with the keyboard, as a user may.
    combo = window.window_combo
    combo.setFocus()
    target = combo.findData("bone")
    for _ in range(target - combo.currentIndex()):
        qtbot.keyClick(combo, Qt.Key_Down)
    assert (state.window, state.level) == (2000.0, 300.0)

    # Put the crosshair on the brightest bone voxel by clicking it in the axial view.
    k, j, i = np.unravel_index(np.argmax(volume.array), volume.array.shape)
    bone = volume.index_to_patient([i, j, k])
    state.position = tuple(bone)  # scroll to the bone's slice ...
    qtbot.wait(50)
    img = _viewport_image(axial)
    x, y = axial.scene.patient_to_display(bone)[:2]
    click(axial, (x / axial.devicePixelRatioF(), axial.height() - 1 - y / axial.devicePixelRatioF()))
    assert np.linalg.norm(np.asarray(state.position) - bone) < 2 * max(volume.spacing)  # ... click it
    # Bone is bright under the bone window (a bone voxel away from the crosshair lines).
    jj, ii = np.nonzero(volume.array[k] > 600)
    far = (np.abs(ii - i) > 3) & (np.abs(jj - j) > 3)
    other_bone = volume.index_to_patient([ii[far][0], jj[far][0], k])
    assert _pixel_at(axial, img, other_bone).min() > 200
    air = volume.index_to_patient([1, 1, k])
    assert _pixel_at(axial, img, air).mean() < 30  # air outside the body is black

    # The probe shows HU and the patient position under the cursor.
    hover(axial, (x / axial.devicePixelRatioF(), axial.height() - 1 - y / axial.devicePixelRatioF()))
    assert "HU" in window.probe_label.text() and "mm" in window.probe_label.text()

    # Wheel scrolls one slice per notch along the axial normal, and stops at the last slice.
    lo, hi = axial.extent_mm()
    state.position = tuple(volume.center())
    z0 = state.position[2]
    wheel(axial, (axial.width() / 2, axial.height() / 2), notches=3)
    assert abs(abs(state.position[2] - z0) - 3 * axial.scene.slice_step_mm()) < 1e-6
    wheel(axial, (axial.width() / 2, axial.height() / 2), notches=200)
    wheel(axial, (axial.width() / 2, axial.height() / 2), notches=-200)
    assert abs(state.position[2] - lo) < 1e-6 or abs(state.position[2] - hi) < 1e-6
    state.position = tuple(volume.center())

    # Left-drag changes window/level, and the picture changes with it.
    before = _viewport_image(axial)
    w0, l0 = state.window, state.level
    drag(axial, (100, 100), (180, 160))
    assert state.window > w0 and state.level < l0
    assert np.abs(_viewport_image(axial).astype(int) - before.astype(int)).mean() > 1

    # Rotate the 3-D view with the mouse: the camera in the view state follows, the image changes.
    view3d = window.viewer.volume3d
    qtbot.waitUntil(lambda: view3d.volume is not None, timeout=30_000)
    first = _viewport_image(view3d)
    cam0 = np.asarray(state.camera.position)
    drag(view3d, (view3d.width() / 2, view3d.height() / 2), (view3d.width() / 2 + 120, view3d.height() / 2))
    qtbot.waitUntil(lambda: not view3d.interacting, timeout=5000)
    assert np.linalg.norm(np.asarray(state.camera.position) - cam0) > 1.0
    assert np.abs(_viewport_image(view3d).astype(int) - first.astype(int)).mean() > 1


def test_layouts_and_a_corrupt_series_error(qtbot, window, small_phantom):
    _import(qtbot, window, [small_phantom])
    _open_first_series(qtbot, window)
    combo = window.layout_combo
    combo.setCurrentText("1x3")
    visible = {n for n, v in window.viewer.views.items() if v.isVisible()}
    assert visible == {"axial", "coronal", "sagittal"}
    combo.setCurrentText("1x1")
    assert [n for n, v in window.viewer.views.items() if v.isVisible()] == [window.state.active_view]

    # A file of the open series is damaged on disk after import: opening reports it clearly.
    uid = window.state.series_uid
    inst = window.catalog.instances(uid)[5]
    with open(inst.path, "r+b") as fh:
        fh.truncate(800)
    window.open_series(uid)
    qtbot.waitUntil(lambda: window.findChild(QMessageBox, "errorBox") is not None, timeout=60_000)
    box = window.findChild(QMessageBox, "errorBox")
    assert box.isVisible() and box.text()
