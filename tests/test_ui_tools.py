"""Reading-room tools driven from the window: drop to import, cancel an import, cine, thick
slab, 3-D presets and crop box."""

from __future__ import annotations

import numpy as np
import pytest
from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QApplication

from render.offscreen import capture
from workstation.phantom import write_phantom_series

pytestmark = pytest.mark.gui




def _image(view):
    view.GetRenderWindow().Render()
    return capture(view.GetRenderWindow())


def _drop(qtbot, window, paths):
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(p)) for p in paths])
    centre = QPoint(window.width() // 2, window.height() // 2)
    enter = QDragEnterEvent(centre, Qt.CopyAction, mime, Qt.LeftButton, Qt.NoModifier)
    assert QApplication.sendEvent(window, enter) and enter.isAccepted()  # the window takes files
    with qtbot.waitSignal(window.import_finished, timeout=120_000) as blocker:
        QApplication.sendEvent(window, QDropEvent(QPointF(centre), Qt.CopyAction, mime, Qt.LeftButton, Qt.NoModifier))
    return blocker.args[0]


def _choose(qtbot, combo, data):
    """Pick an entry of a toolbar combo with the keyboard (emits 'activated' as a user does)."""
    combo.setFocus()
    target = combo.findData(data)
    assert target >= 0
    while combo.currentIndex() != target:
        qtbot.keyClick(combo, Qt.Key_Down if combo.currentIndex() < target else Qt.Key_Up)


def _open(qtbot, window, small_phantom):
    report = _drop(qtbot, window, [small_phantom])
    assert report.imported == 48
    lst = window.browser.series
    rect = lst.visualItemRect(lst.item(0))
    with qtbot.waitSignal(window.volume_loaded, timeout=120_000):
        qtbot.mouseClick(lst.viewport(), Qt.LeftButton, pos=rect.center())
        qtbot.mouseDClick(lst.viewport(), Qt.LeftButton, pos=rect.center())
    qtbot.waitUntil(lambda: window.viewer.volume3d.volume is not None, timeout=30_000)
    return window.volume


def test_cancel_an_import_keeps_what_was_imported(qtbot, window, tmp_path):
    big = tmp_path / "big"
    write_phantom_series(big, size=256, slices=200)
    with qtbot.waitSignal(window.import_finished, timeout=120_000) as blocker:
        window.import_paths([big])
        qtbot.waitUntil(lambda: window.progress.isVisible() and window.progress.value() >= 5, timeout=60_000)
        qtbot.mouseClick(window.cancel_button, Qt.LeftButton)
    report = blocker.args[0]
    assert report.cancelled and 0 < report.imported < 200
    assert not window.progress.isVisible()
    studies = window.catalog.studies()
    assert len(studies) == 1 and studies[0].n_images == report.imported  # consistent, nothing half-done
    assert "cancelled" in window.statusBar().currentMessage()


def test_cine_slab_presets_and_crop(qtbot, window, small_phantom):
    volume = _open(qtbot, window, small_phantom)
    state = window.state
    axial = window.viewer.slices["axial"]

    # Cine plays through the slices and stops when clicked again.
    z0 = state.position[2]
    qtbot.mouseClick(window.cine_button, Qt.LeftButton)
    qtbot.waitUntil(lambda: abs(state.position[2] - z0) >= 3 * axial.scene.slice_step_mm(), timeout=10_000)
    qtbot.mouseClick(window.cine_button, Qt.LeftButton)
    stopped_at = state.position
    qtbot.wait(300)
    assert state.position == stopped_at

    # A 10 mm MIP slab through the lesion's edge: the overlay says so and the picture changes.
    state.position = tuple(volume.center())
    thin = _image(axial)
    _choose(qtbot, window.slab_combo, 10.0)
    assert state.slab_mm == 10.0 and state.slab_mode == "mip"
    qtbot.waitUntil(lambda: "MIP slab 10 mm" in (axial.scene.corner_annotation.GetText(0) or ""), timeout=5000)
    slab = _image(axial)
    assert np.abs(slab.astype(int) - thin.astype(int)).mean() > 0.5
    _choose(qtbot, window.slab_mode_combo, "minip")
    assert state.slab_mode == "minip"

    # 3-D: bone preset shows bright bone; the crop box removes most of it; reset brings it back.
    view3d = window.viewer.volume3d
    assert state.volume_preset == "ct-bone"
    full = _image(view3d)
    lit = (full.max(axis=2) > 60).mean()
    assert lit > 0.01
    qtbot.mouseClick(window.crop_button, Qt.LeftButton)
    assert state.crop is not None
    qtbot.waitUntil(lambda: (_image(view3d).max(axis=2) > 60).mean() < 0.8 * lit, timeout=10_000)
    soft = window.preset_combo
    soft.setCurrentText("ct-soft-tissue")
    assert state.volume_preset == "ct-soft-tissue"
    window.reset_action.trigger()
    assert state.crop is None and state.volume_preset == "ct-bone" and not window.crop_button.isChecked()
