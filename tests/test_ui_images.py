"""2-D images in the reading room, driven through the real window under Xvfb: radiographs,
colour ultrasound, palette, cine loops and single slices open in one 2-D view, never mirrored,
as dcmtk shows them; and opening/closing every kind of image many times never crashes VTK."""

from __future__ import annotations

import shutil
import subprocess

import cv2
import numpy as np
import pydicom
import pytest
from pydicom.uid import generate_uid
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from dicom_fixtures import decubitus_dir, dicom_file
from qt_helpers import drag, hover, wheel
from render.offscreen import capture

pytestmark = pytest.mark.gui

# file -> what the test calls it; every one gets its own study/series/instance UIDs (the
# pydicom-data RG1/RG3/US1 files share one SOP Instance UID, so a catalog keeps only one of them)
KINDS = {
    "cr_mono1": "RG3_UNCR.dcm",  # CR MONOCHROME1, lead R marker, no spacing
    "cr_zero_spacing": "RG1_UNCR.dcm",  # CR MONOCHROME1, Pixel Spacing 0\0
    "cr_j2k": "RG1_J2KR.dcm",  # the same, JPEG 2000
    "us_colour": "US1_UNCR.dcm",  # colour Doppler, RGB
    "us_cine": "examples_ybr_color.dcm",  # YBR_FULL_422 JPEG, 30 frames
    "palette": "examples_palette.dcm",  # PALETTE COLOR
    "ct_single": "CT_small.dcm",
    "mr_single": "MR_small.dcm",  # MONOCHROME2
}


def _relabel(src, dest, n: int) -> None:
    ds = pydicom.dcmread(src)
    ds.StudyInstanceUID, ds.SeriesInstanceUID = generate_uid(), generate_uid()
    ds.SOPInstanceUID = ds.file_meta.MediaStorageSOPInstanceUID = generate_uid()
    ds.SeriesDescription = f"kind {n}"
    ds.save_as(dest, enforce_file_format=True)


@pytest.fixture
def kinds_dir(tmp_path):
    out = tmp_path / "incoming"
    for n, (kind, name) in enumerate(KINDS.items()):
        (out / kind).mkdir(parents=True)
        _relabel(dicom_file(name), out / kind / name, n)
    shutil.copytree(decubitus_dir("HFS"), out / "mr_volume")  # a real volume among the images
    return out


def _series_of(catalog) -> dict[str, str]:
    """kind -> series UID, by the file name each series' instance came from."""
    out = {}
    for study in catalog.studies():
        for series in catalog.series(study.study_uid):
            inst = catalog.instances(series.series_uid)
            name = pydicom.dcmread(inst[0].path, stop_before_pixels=True).get("SeriesDescription", "")
            kind = next((k for i, k in enumerate(KINDS) if name == f"kind {i}"), "mr_volume")
            out[kind] = series.series_uid
    return out


@pytest.fixture
def prefilled_window(qtbot, silkbridge_home, display, kinds_dir):
    """The catalog is filled before the window exists (as after a restart)."""
    from ui.mainwindow import MainWindow
    from workstation.dicom.catalog import Catalog

    with Catalog(silkbridge_home / "catalog") as catalog:
        report = catalog.import_paths([kinds_dir])
        assert not report.rejected and report.imported == len(KINDS) + 35
    win = MainWindow(Catalog(silkbridge_home / "catalog"))
    qtbot.addWidget(win)
    win.resize(1300, 900)
    win.show()
    qtbot.waitExposed(win)
    yield win, _series_of(win.catalog)
    win.close()


def _open(qtbot, win, uid):
    from workstation.dicom.display import is_image_series

    if not is_image_series(win.catalog.instances(uid)):
        with qtbot.waitSignal(win.volume_loaded, timeout=120_000):
            win.open_series(uid)
    else:
        with qtbot.waitSignal(win.images_opened, timeout=30_000):
            win.open_series(uid)
    qtbot.wait(30)  # the coalesced render


def _open_by_double_click(qtbot, win, uid):
    """As a user does: pick the study, double-click its series thumbnail."""
    browser = win.browser
    item = None
    for row in range(browser.model.rowCount()):
        rect = browser.studies.visualRect(browser.model.index(row, 0))
        qtbot.mouseClick(browser.studies.viewport(), Qt.LeftButton, pos=rect.center())
        item = browser.series_item(uid)
        if item is not None:
            break
    assert item is not None
    lst = browser.series
    rect = lst.visualItemRect(item)
    with qtbot.waitSignal(win.images_opened, timeout=30_000):
        qtbot.mouseClick(lst.viewport(), Qt.LeftButton, pos=rect.center())
        qtbot.mouseDClick(lst.viewport(), Qt.LeftButton, pos=rect.center())
    qtbot.wait(30)


def _shown_picture(view) -> np.ndarray:
    """The picture as drawn in the viewport, cropped to the image's on-screen rectangle."""
    view.scene.update(view.zoom, view.pan)
    view.GetRenderWindow().Render()
    img = capture(view.GetRenderWindow())
    h = img.shape[0]
    rows, cols = view.shown.pixels.shape[:2]
    x0, y0 = view.scene.pixel_to_display(0, 0)
    x1, y1 = view.scene.pixel_to_display(rows - 1, cols - 1)
    top, bottom = int(round(h - 1 - y0)), int(round(h - 1 - y1))
    left, right = int(round(x0)), int(round(x1))
    assert right - left > 100 and bottom - top > 100, (left, right, top, bottom)
    # stay a few pixels inside: corner texts and orientation letters sit at the viewport edges
    return img[top + 2:bottom - 1, left + 2:right - 1]


def _dcmtk(src, out, *options) -> np.ndarray:
    exe = shutil.which("dcmj2pnm")
    assert exe, "dcmtk's dcmj2pnm is the reference renderer"
    proc = subprocess.run([exe, "+on", *options, str(src), str(out)], capture_output=True, text=True)
    assert proc.returncode == 0, proc.stderr
    img = cv2.imread(str(out), cv2.IMREAD_UNCHANGED)
    return cv2.cvtColor(img, cv2.COLOR_BGR2RGB) if img.ndim == 3 else img


def _corr(a, b) -> float:
    return float(np.corrcoef(a.astype(float).ravel(), b.astype(float).ravel())[0, 1])


def _visible_panes(win) -> set[str]:
    panes = {n for n, v in win.viewer.views.items() if v.isVisible()}
    return panes | ({"image"} if win.viewer.image_view.isVisible() else set())


def test_radiograph_shown_as_dcmtk_shows_it_not_negative_not_mirrored(qtbot, prefilled_window, tmp_path):
    win, uids = prefilled_window
    _open_by_double_click(qtbot, win, uids["cr_mono1"])
    assert _visible_panes(win) == {"image"}  # one 2-D view, no empty MPR / 3-D panes
    view = win.viewer.image_view
    shown = _shown_picture(view)
    grey = shown.mean(axis=2)
    ref = _dcmtk(dicom_file("RG3_UNCR.dcm"), tmp_path / "ref.png", "+Wi", "1")
    ref = cv2.resize(ref, (grey.shape[1], grey.shape[0]), interpolation=cv2.INTER_AREA)
    match = _corr(grey, ref)
    assert match > 0.97
    assert _corr(grey[:, ::-1], ref) < match - 0.15  # a mirrored picture would match far worse
    assert _corr(grey[::-1], ref) < match - 0.05  # and an upside-down one
    assert _corr(255 - grey, ref) < -0.9  # nor a negative
    # Orientation only from Patient Orientation R\F: R on the right edge (where the marker is).
    assert view.scene.orientation_labels() == {"right": "R", "left": "L", "bottom": "F", "top": "H"}
    h, w = grey.shape
    marker = grey[int(h * 0.78):int(h * 0.87), int(w * 0.62):int(w * 0.72)]
    assert marker.max() > 180 and np.median(marker) < 90  # the bright lead letter on black
    assert "monochrome1" in view.scene.overlay_text("bottom_right")


def test_zero_spacing_radiograph_opens_uncalibrated(qtbot, prefilled_window):
    win, uids = prefilled_window
    for kind in ("cr_zero_spacing", "cr_j2k"):
        _open(qtbot, win, uids[kind])
        assert win.findChild(QMessageBox, "errorBox") is None
        view = win.viewer.image_view
        assert _shown_picture(view).std() > 20  # a visible chest, not a black pane
        assert "uncalibrated" in view.scene.overlay_text("bottom_left")
        assert "W 30000  L 15000" in view.scene.overlay_text("bottom_right")
        assert view.scene.orientation_labels()["right"] == "L"


def test_colour_ultrasound_and_palette_in_colour(qtbot, prefilled_window):
    win, uids = prefilled_window
    for kind in ("us_colour", "palette"):
        _open(qtbot, win, uids[kind])
        pic = _shown_picture(win.viewer.image_view).astype(int)
        spread = np.abs(pic - pic.mean(axis=2, keepdims=True)).max(axis=2)
        assert (spread > 40).sum() > 200, kind  # coloured pixels on screen (channels differ)
        assert win.viewer.image_view.scene.orientation_labels() == {}  # none invented


def test_single_slice_in_one_pane_and_window_drag(qtbot, prefilled_window):
    win, uids = prefilled_window
    _open(qtbot, win, uids["ct_single"])
    assert _visible_panes(win) == {"image"}
    assert not win.layout_combo.isEnabled()
    view = win.viewer.image_view
    before = _shown_picture(view)
    # the probe: pixel position, mm (calibrated) and the value in HU (Modality LUT applied)
    x, y = view.scene.pixel_to_display(64, 64)
    ratio = view.devicePixelRatioF()
    hover(view, (x / ratio, view.height() - 1 - y / ratio))
    ct = pydicom.dcmread(dicom_file("CT_small.dcm"))
    hu = float(ct.pixel_array[64, 64]) * float(ct.RescaleSlope) + float(ct.RescaleIntercept)
    text = win.probe_label.text()
    assert "row 64, column 64" in text and "mm" in text and f"value {hu:g}" in text, text
    drag(view, (200, 200), (260, 120))  # left-drag: window/level
    assert view.shown.window != (135.5, 2063.0)
    assert np.abs(_shown_picture(view).astype(int) - before.astype(int)).mean() > 1
    # the volume comes back in the MPR layout
    _open(qtbot, win, uids["mr_volume"])
    assert "image" not in _visible_panes(win) and "axial" in _visible_panes(win)
    assert win.layout_combo.isEnabled()


def test_cine_loop_frames_by_wheel_slider_and_play(qtbot, prefilled_window):
    win, uids = prefilled_window
    _open(qtbot, win, uids["us_cine"])
    view = win.viewer.image_view
    assert win.frame_slider.isVisible() and win.frame_slider.maximum() == 29
    first = _shown_picture(view)
    wheel(view, (200, 200), notches=-1)
    assert win.images.index == 1 and win.frame_slider.value() == 1
    assert "Frame 2/30" in view.scene.overlay_text("bottom_left")
    win.frame_slider.setValue(20)
    assert win.images.index == 20
    assert np.abs(_shown_picture(view).astype(int) - first.astype(int)).mean() > 1
    win.cine_button.click()
    assert view.is_playing() and view.cine.period == pytest.approx(0.033333, rel=1e-3)  # the file's Frame Time
    qtbot.waitUntil(lambda: win.images.index not in (20,), timeout=5000)
    win.cine_button.click()
    stopped = win.images.index
    qtbot.wait(200)
    assert win.images.index == stopped


def test_every_kind_opened_and_closed_twenty_times_never_crashes(qtbot, prefilled_window):
    """The US1 segfault (vtkFixedPointVolumeRayCastMapper::ComputeGradients) came from opening it
    in a window started with it already in the catalog."""
    win, uids = prefilled_window
    order = list(uids)
    assert set(order) == set(KINDS) | {"mr_volume"}
    for round_ in range(20):
        for kind in (order if round_ % 2 == 0 else order[::-1]):
            _open(qtbot, win, uids[kind])
            if kind == "mr_volume":
                assert win.volume is not None and win.volume.array.shape[0] == 35
                assert win.viewer.volume3d.volume is win.volume
            else:
                assert win.images is not None and win.viewer.image_view.shown is not None
                assert win.viewer.volume3d.volume is None  # nothing ever handed to the ray caster
    assert win.findChild(QMessageBox, "errorBox") is None


def test_an_image_damaged_after_import_is_reported_and_the_viewer_keeps_working(qtbot, window, tmp_path):
    series, study = generate_uid(), generate_uid()
    for n in (1, 2):
        ds = pydicom.dcmread(dicom_file("examples_palette.dcm"))
        ds.StudyInstanceUID, ds.SeriesInstanceUID, ds.InstanceNumber = study, series, n
        ds.SOPInstanceUID = ds.file_meta.MediaStorageSOPInstanceUID = generate_uid()
        (tmp_path / "in").mkdir(exist_ok=True)
        ds.save_as(tmp_path / "in" / f"{n}.dcm", enforce_file_format=True)
    with qtbot.waitSignal(window.import_finished, timeout=60_000):
        window.import_paths([tmp_path / "in"])
    second = max(window.catalog.instances(series), key=lambda r: r.instance_number)
    with open(second.path, "r+b") as fh:  # damaged on disk after import
        fh.truncate(second.pixel_offset + 1000)
    _open(qtbot, window, series)
    view = window.viewer.image_view
    first = view.shown
    assert window.frame_slider.maximum() == 1
    wheel(view, (200, 200), notches=-1)  # to the damaged image
    assert "Cannot show this frame" in window.statusBar().currentMessage()
    assert view.shown is first and _shown_picture(view).std() > 10  # the picture stays
    wheel(view, (200, 200), notches=1)  # back: the good image still shows
    assert view.shown.pixels.shape == (350, 800, 3)


def test_the_files_windows_are_presets_in_the_window_menu(qtbot, prefilled_window):
    win, uids = prefilled_window
    _open(qtbot, win, uids["mr_single"])  # MR_small: Window Center 600, Width 1600
    combo, view = win.window_combo, win.viewer.image_view
    labels = [combo.itemText(i) for i in range(combo.count())]
    file_items = [i for i in range(combo.count()) if str(combo.itemData(i)).startswith("voi:")]
    assert len(file_items) == 1 and labels[file_items[0]].startswith("File: "), labels
    assert view.shown.window == (600.0, 1600.0)

    def choose(index):  # with the keyboard, as a user may
        combo.setFocus()
        key = Qt.Key_Down if index > combo.currentIndex() else Qt.Key_Up
        while combo.currentIndex() != index:
            qtbot.keyClick(combo, key)

    choose(combo.findData("auto"))  # the frame's full value range
    lo, hi = view.shown.value_range
    assert view.shown.window == ((lo + hi) / 2, hi - lo)
    choose(file_items[0])  # back to the file's own window
    assert view.shown.window == (600.0, 1600.0)
    _open(qtbot, win, uids["palette"])  # a colour image: no file windows offered
    assert not any(str(combo.itemData(i)).startswith("voi:") for i in range(combo.count()))
