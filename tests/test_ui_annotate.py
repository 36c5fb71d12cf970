"""Measuring and annotating in the 2-D views with the mouse, as a reader does."""

from __future__ import annotations

import numpy as np
import pytest
from PySide6.QtCore import Qt

from qt_helpers import click, drag
from render.annotations import owner_color
from render.offscreen import capture
from workstation.dicom.assemble import load_series_dir

pytestmark = pytest.mark.gui


@pytest.fixture(scope="module")
def volume(small_phantom):
    return load_series_dir(small_phantom)[0]


@pytest.fixture
def window(window, qtbot, volume):  # the conftest window, with the phantom open
    win = window
    win.volume = volume  # as after opening the series (tested in test_ui_reading_room)
    win._init_state_for(volume)
    win.viewer.set_volume(volume, with_3d=False)
    win.state.layout = "1x1"
    qtbot.wait(100)
    return win


def _qt_pos(view, xyz):
    x, y = view.scene.patient_to_display(xyz)[:2]
    r = view.devicePixelRatioF()
    return x / r, view.height() - 1 - y / r


def _image(view):
    view.sync_scene()
    view.GetRenderWindow().Render()
    return capture(view.GetRenderWindow())


def test_draw_length_and_ellipse_roi_select_and_delete(qtbot, window, volume):
    axial = window.viewer.slices["axial"]
    z = window.state.position[2]
    a = np.array([-40.0, 0.0, z])
    b = np.array([20.0, 0.0, z])  # 60 mm apart, along patient left

    window.tool_actions["length"].trigger()  # the toolbar button
    assert axial.tool == "length"
    drag(axial, _qt_pos(axial, a), _qt_pos(axial, b))
    anns = list(window.annotations)
    assert len(anns) == 1 and anns[0].kind == "length"
    assert window.annotation_measurements[anns[0].id].length_mm == pytest.approx(60.0, abs=2 * volume.spacing[0])
    img = _image(axial)
    mid = (a + b) / 2
    x, y = axial.scene.patient_to_display(mid)[:2]
    pixel = img[int(round(img.shape[0] - 1 - y)), int(round(x))]
    assert np.abs(pixel / 255.0 - np.array(owner_color("local"))).max() < 0.25  # drawn in the owner's colour
    assert "mm" in axial.layer.label_text(anns[0].id)

    # An ellipse ROI in the liver gives its mean HU and area.
    window.tool_actions["ellipse"].trigger()
    liver = np.array([-30.0, 0.0, -35.0])
    window.state.position = tuple(liver)
    qtbot.wait(50)
    drag(axial, _qt_pos(axial, liver), _qt_pos(axial, liver + np.array([6.0, -6.0, 0])))
    roi = next(x for x in window.annotations if x.kind == "ellipse")
    m = window.annotation_measurements[roi.id]
    assert m.area_mm2 == pytest.approx(np.pi * 36, rel=0.25)
    assert 0 < m.mean < 80  # liver or lesion tissue, not air or bone
    assert "HU" in axial.layer.label_text(roi.id)

    # Select the ROI by clicking its outline, delete it with the Delete key.
    window.tool_actions["select"].trigger()
    qtbot.wait(50)  # the view has drawn the new ROI
    click(axial, _qt_pos(axial, liver + np.array([6.0, 0, 0])))
    assert window.selected_annotation == roi.id
    axial.setFocus()
    qtbot.keyClick(axial, Qt.Key_Delete)
    assert window.annotations.get(roi.id).deleted
    assert [x.kind for x in window.annotations if not x.deleted] == ["length"]

    # Select the length and drag its end point: it is edited (a new version), not duplicated.
    window.state.position = tuple(a)
    qtbot.wait(50)
    length = anns[0]
    click(axial, _qt_pos(axial, mid))
    assert window.selected_annotation == length.id
    qtbot.wait(50)
    drag(axial, _qt_pos(axial, b), _qt_pos(axial, b + np.array([20.0, 0, 0])))
    edited = window.annotations.get(length.id)
    assert edited.version == length.version + 1
    assert window.annotation_measurements[length.id].length_mm == pytest.approx(80.0, abs=2 * volume.spacing[0])


def test_laser_pointer_shows_where_the_mouse_is(qtbot, window, volume):
    axial = window.viewer.slices["axial"]
    window.tool_actions["pointer"].trigger()
    target = np.array([10.0, 10.0, window.state.position[2]])
    pos = _qt_pos(axial, target)
    from qt_helpers import _mouse
    from PySide6.QtCore import QPointF
    from PySide6.QtGui import QMouseEvent

    _mouse(axial, QMouseEvent.MouseButtonPress, QPointF(*pos), Qt.LeftButton, Qt.LeftButton)
    qtbot.wait(50)
    img = _image(axial)
    x, y = axial.scene.patient_to_display(target)[:2]
    pixel = img[int(round(img.shape[0] - 1 - y)), int(round(x))]
    assert np.abs(pixel / 255.0 - np.array(owner_color("local"))).max() < 0.3
    _mouse(axial, QMouseEvent.MouseButtonRelease, QPointF(*pos), Qt.LeftButton, Qt.NoButton)
    qtbot.wait(50)
    img = _image(axial)
    pixel = img[int(round(img.shape[0] - 1 - y)), int(round(x))]
    assert np.abs(pixel / 255.0 - np.array(owner_color("local"))).max() > 0.3  # gone when released
