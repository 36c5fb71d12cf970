"""Viewport text and the 3-D view through the real window under Xvfb: real series (decubitus MR,
a CT series, pydicom's CT_small, a pydicom-data CR), every layout at three window sizes: no two
text boxes VTK draws intersect, all inside their viewport; the 3-D view shows the orientation
cube and offers the presets of the series' modality."""

from __future__ import annotations

import itertools
import shutil

import numpy as np
import pytest

from dicom_fixtures import decubitus_dir, dicom_file
from render.corner_text import intersects
from render.offscreen import capture

pytestmark = pytest.mark.gui

WINDOW_SIZES = [(1000, 700), (1366, 768), (1920, 1080)]
LAYOUTS = ["1x1", "1x3", "2x2"]


@pytest.fixture
def loaded(qtbot, window, small_phantom, tmp_path):
    incoming = tmp_path / "incoming"
    shutil.copytree(decubitus_dir("HFS"), incoming / "mr")
    shutil.copytree(small_phantom, incoming / "ct")
    (incoming / "single").mkdir()
    shutil.copy(dicom_file("CT_small.dcm"), incoming / "single")
    shutil.copy(dicom_file("RG3_UNCR.dcm"), incoming / "single")  # CR, MONOCHROME1, uncalibrated
    with qtbot.waitSignal(window.import_finished, timeout=120_000) as blocker:
        window.import_paths([incoming])
    assert not blocker.args[0].rejected
    by_modality = {}
    for study in window.catalog.studies():
        for series in window.catalog.series(study.study_uid):
            n = len(window.catalog.instances(series.series_uid))
            by_modality[(series.modality, n > 1)] = series.series_uid
    return window, by_modality


def _open(qtbot, win, uid, volume=True):
    signal = win.volume_loaded if volume else win.images_opened
    with qtbot.waitSignal(signal, timeout=120_000):
        win.open_series(uid)
    qtbot.wait(50)


def _check_text(view, where):
    """Render the viewport, then every text actor's box: inside, and no two intersecting."""
    view.GetRenderWindow().Render()
    w, h = view.scene.renderer.GetSize()
    boxes = view.scene.text_boxes()
    assert len(boxes) >= 4, (where, boxes)  # at least the labels or corner lines are there
    for key, b in boxes:
        assert b[0] >= 0 and b[1] >= 0 and b[2] <= w and b[3] <= h, (where, (w, h), key, b)
    for (ka, a), (kb, b) in itertools.combinations(boxes, 2):
        assert not intersects(a, b), (where, (w, h), ka, a, kb, b)
    return boxes


def _settle(qtbot, win, size):
    win.resize(*size)
    qtbot.wait(120)  # the resize and the coalesced render


def test_text_never_overlaps_in_any_layout_at_any_window_size(qtbot, loaded):
    win, series = loaded
    for key in (("MR", True), ("CT", True)):
        _open(qtbot, win, series[key])
        for size, layout in itertools.product(WINDOW_SIZES, LAYOUTS):
            win.state.layout = layout
            _settle(qtbot, win, size)
            shown = [v for n, v in win.viewer.slices.items() if v.isVisible()]
            assert shown, (layout, size)
            for view in shown:
                boxes = _check_text(view, (key, layout, size, view.name))
                # what matters most is always there: where the slice is and the window
                lines = [p.text for ps in view.scene.text.layout.lines.values() for p in ps]
                assert any(" mm" in t for t in lines) and any(t.startswith("W ") for t in lines), (
                    lines, view.scene.text.layout.size, view.scene.renderer.GetSize(), layout, size)
                assert {k for k, _ in boxes} >= {"label:left", "label:right", "label:top", "label:bottom"}
    # the 2-D viewer (a CR and a single CT slice) follows the same layout
    for key in (("CR", False), ("CT", False)):
        _open(qtbot, win, series[key], volume=False)
        for size in WINDOW_SIZES:
            _settle(qtbot, win, size)
            _check_text(win.viewer.image_view, (key, size))
        assert "uncalibrated" in win.viewer.image_view.scene.overlay_text("bottom_left") or key[0] == "CT"


def test_a_1x3_pane_elides_instead_of_cutting_off(qtbot, loaded):
    win, series = loaded
    _open(qtbot, win, series[("MR", True)])
    win.state.layout = "1x3"
    _settle(qtbot, win, (1000, 700))
    view = win.viewer.slices["axial"]
    view.scene.set_overlay_text({"top_right": "Bach Mai University Hospital, Department of Radiology, Hanoi"})
    boxes = dict(_check_text(view, "1x3 long institution"))
    lay = view.scene.text.layout
    placed, name = lay.lines["top_right"][0], lay.lines["top_left"][0]
    assert placed.text.endswith("…") and placed.text[:-1] in placed.source  # elided, not cut off
    assert boxes["top_right:0"][2] <= view.scene.renderer.GetSize()[0]
    # the patient's name facing it is shown in full (the long line takes only the room left)
    assert name.text == name.source == "HFS" and boxes["top_left:0"][2] < boxes["top_right:0"][0]


def _marker_pixels(view) -> int:
    """Coloured (letter) pixels in the bottom-left corner where the orientation cube is."""
    img = capture(view.GetRenderWindow()).astype(int)
    h, w = img.shape[:2]
    corner = img[int(h * 0.84):, : int(w * 0.16)]
    r, g, b = corner[..., 0], corner[..., 1], corner[..., 2]
    green = (g > r + 60) & (g > b + 60)  # the "A" of the anterior face, facing the reader
    return int(green.sum())


def test_3d_view_shows_the_orientation_cube_and_presets_by_modality(qtbot, loaded):
    win, series = loaded
    combo = win.preset_combo
    _open(qtbot, win, series[("CT", True)])
    win.state.layout = "2x2"
    _settle(qtbot, win, (1366, 768))
    assert [combo.itemData(i) for i in range(combo.count())] == ["ct-bone", "ct-soft-tissue", "ct-angio"]
    assert win.state.volume_preset == "ct-bone"
    view = win.viewer.volume3d
    view.GetRenderWindow().Render()
    with_cube = _marker_pixels(view)
    assert with_cube > 30, with_cube
    view.marker.set_visible(False)
    view.GetRenderWindow().Render()
    assert _marker_pixels(view) == 0
    view.marker.set_visible(True)
    # the cube turns with the camera: seen from the left, the red "L" faces the reader
    cam = view.scene.renderer.GetActiveCamera()
    f = np.array(cam.GetFocalPoint())
    cam.SetPosition(*(f + np.array([500.0, 0.0, 0.0])))
    cam.SetViewUp(0.0, 0.0, 1.0)
    view.GetRenderWindow().Render()
    assert _marker_pixels(view) == 0
    img = capture(view.GetRenderWindow()).astype(int)
    h, w = img.shape[:2]
    corner = img[int(h * 0.84):, : int(w * 0.16)]
    assert ((corner[..., 0] > corner[..., 1] + 60) & (corner[..., 0] > corner[..., 2] + 60)).sum() > 30
    # choosing a preset from the combo changes the state
    combo.setCurrentIndex(combo.findData("ct-angio"))
    assert win.state.volume_preset == "ct-angio"

    _open(qtbot, win, series[("MR", True)])
    assert [combo.itemData(i) for i in range(combo.count())] == ["mr-default", "mr-angio"]
    assert win.state.volume_preset == "mr-default"


def test_corner_words_come_in_the_interface_language(qtbot, tmp_path):
    """The fixed words are translated through Qt (a .ts compiled with lrelease, as the shipped
    ones are) and drawn in the viewport: Vietnamese diacritics included."""
    import subprocess
    import sys
    from pathlib import Path

    from PySide6.QtCore import QCoreApplication, QTranslator

    from render.slice_view import SliceScene
    from ui.reading.viewports import overlay_text
    from workstation.dicom.assemble import load_series_dir
    from workstation.viewstate import ViewState

    ts = tmp_path / "vt_vi.ts"
    ts.write_text('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n<TS version="2.1" language="vi">\n'
                  "<context><name>ViewportText</name>\n"
                  "<message><source>Zoom %1</source><translation>Thu phóng %1</translation></message>\n"
                  "<message><source>W %1  L %2</source><translation>Cửa sổ %1  Mức %2</translation></message>\n"
                  "</context></TS>\n", encoding="utf-8")
    lrelease = Path(sys.executable).with_name("pyside6-lrelease")
    subprocess.run([str(lrelease), "-silent", str(ts), "-qm", str(tmp_path / "vt_vi.qm")], check=True)
    translator = QTranslator()
    assert translator.load(str(tmp_path / "vt_vi.qm"))
    QCoreApplication.installTranslator(translator)
    try:
        vol = load_series_dir(decubitus_dir("HFS"))[0]
        scene = SliceScene("axial")
        scene.set_volume(vol)
        state = ViewState(position=tuple(vol.center()), window=1550, level=801, zoom=1.5)
        scene.set_overlay_text(overlay_text(vol, state, scene))
        drawn = [a.GetInput() for a in scene.corner_actors["bottom_right"] if a.GetVisibility()]
        assert drawn == ["Cửa sổ 1550  Mức 801", "Thu phóng 1.50"]
    finally:
        QCoreApplication.removeTranslator(translator)
    scene.set_overlay_text(overlay_text(vol, state, scene))
    assert [a.GetInput() for a in scene.corner_actors["bottom_right"]][:2] == ["W 1550  L 801", "Zoom 1.50"]
