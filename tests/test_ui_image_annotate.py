"""Measuring on 2-D images through the real window (Xvfb), as a reader does: a length on an
ultrasound (pydicom-data OBXXXX1A_2frame: a B-mode region in cm, a Doppler strip in seconds),
an angle and a length on an uncalibrated CR (RG3), the annotations saved in the reading set and
exported in a TID 1500 SR that dsrdump reads as SCOORD on the image; and Pixel Aspect Ratio 4:3
(color-pl) drawn undistorted, with dcmj2pnm's aspect-aware scaling as the judge."""

from __future__ import annotations

import re
import shutil
import subprocess

import cv2
import numpy as np
import pydicom
import pytest
from pydicom.uid import generate_uid

from dciodvfy import errors as dciodvfy_errors
from dicom_fixtures import PYDICOM_DATA
from qt_helpers import click, drag, wheel
from render.annotations import owner_color
from render.offscreen import capture

pytestmark = pytest.mark.gui

FILES = {"us": "OBXXXX1A_2frame.dcm", "cr": "RG3_UNCR.dcm", "aspect": "color-pl.dcm"}


@pytest.fixture
def images_window(qtbot, window, tmp_path):
    """The window with the three images imported (each its own study, series and instance)."""
    out = tmp_path / "incoming"
    out.mkdir()
    for n, (key, name) in enumerate(FILES.items()):
        ds = pydicom.dcmread(PYDICOM_DATA / name)
        ds.StudyInstanceUID, ds.SeriesInstanceUID = generate_uid(), generate_uid()
        ds.SOPInstanceUID = ds.file_meta.MediaStorageSOPInstanceUID = generate_uid()
        ds.SeriesDescription = key
        ds.save_as(out / name, enforce_file_format=True)
    report = window.catalog.import_paths([out])
    assert report.imported == len(FILES), report.rejected
    series = {}
    for study in window.catalog.studies():
        for s in window.catalog.series(study.study_uid):
            path = window.catalog.instances(s.series_uid)[0].path
            series[pydicom.dcmread(path, stop_before_pixels=True).SeriesDescription] = s.series_uid
    return window, series


def _open(qtbot, win, uid):
    with qtbot.waitSignal(win.images_opened, timeout=30_000):
        win.open_series(uid)
    qtbot.wait(50)


def _qt(view, x, y):
    """Widget position of image point (x, y) (SCOORD: pixel centres at .5), as the view is drawn now
    (rendered first: a pending resize would move the picture under the mouse)."""
    view._render_now()
    dx, dy = view.scene.pixel_to_display(y - 0.5, x - 0.5)
    r = view.devicePixelRatioF()
    return dx / r, view.height() - 1 - dy / r


def _screen(view) -> np.ndarray:
    view._render_now()
    return capture(view.GetRenderWindow())


def _colour_near(img, view, x, y, rgb, radius=2) -> bool:
    dx, dy = view.scene.pixel_to_display(y - 0.5, x - 0.5)
    r, c = int(round(img.shape[0] - 1 - dy)), int(round(dx))
    patch = img[r - radius:r + radius + 1, c - radius:c + radius + 1].reshape(-1, 3) / 255.0
    return bool(np.any(np.abs(patch - np.asarray(rgb)).max(axis=1) < 0.25))


def _dsrdump(path) -> str:
    exe = shutil.which("dsrdump")
    assert exe, "dcmtk's dsrdump is installed by installer/setup.sh"
    run = subprocess.run([exe, "+U8", "+Pl", str(path)], capture_output=True, timeout=60)
    assert run.returncode == 0, run.stderr.decode(errors="replace")
    return run.stdout.decode("utf-8")


def test_length_on_ultrasound_in_mm_per_region_saved_and_exported(qtbot, images_window, tmp_path):
    win, series = images_window
    _open(qtbot, win, series["us"])
    view = win.viewer.image_view
    header = view.shown.header
    delta_cm = header.regions[0].delta_x

    win.tool_actions["length"].trigger()  # the toolbar button
    assert view.tool == "length"
    drag(view, _qt(view, 300, 200), _qt(view, 500, 200))  # 200 pixels across the B-mode region
    (ann,) = [a for a in win.annotations if not a.deleted]
    assert ann.sop_instance_uid == header.sop_instance_uid and ann.frame_number == 1
    assert ann.series_uid == series["us"]
    m = win.annotation_measurements[ann.id]
    assert m.length_unit == "mm" and m.length_mm == pytest.approx(200 * delta_cm * 10, abs=2 * delta_cm * 10)
    label = view.layer.label_text(ann.id)
    assert label.endswith("mm \u00b7 ultrasound region 1"), label
    img = _screen(view)
    assert _colour_near(img, view, 400, 200, owner_color("local"))  # drawn on the picture, owner's colour

    # In the Doppler strip (seconds): no mm, the reason instead.
    drag(view, _qt(view, 300, 540), _qt(view, 500, 540))
    doppler = next(a for a in win.annotations if a.id != ann.id)
    assert win.annotation_measurements[doppler.id].length_mm is None
    label = view.layer.label_text(doppler.id)
    assert "mm" not in label and "not a distance" in label and "region 2" in label

    # The second frame has none of them; back on the first they are there again.
    win.tool_actions["navigate"].trigger()
    wheel(view, _qt(view, 400, 300), notches=-1)
    assert view.shown.frame == 1 and view.shown_annotations == []
    wheel(view, _qt(view, 400, 300), notches=1)
    assert view.shown.frame == 0 and {a.id for a in view.shown_annotations} == {ann.id, doppler.id}

    # Select the length, drag its end: the same annotation, a new version, a new length.
    win.tool_actions["select"].trigger()
    click(view, _qt(view, 400, 200))
    assert win.selected_annotation == ann.id
    qtbot.wait(30)
    drag(view, _qt(view, 500, 200), _qt(view, 600, 200))
    edited = win.annotations.get(ann.id)
    assert edited.version == ann.version + 1
    assert win.annotation_measurements[ann.id].length_mm == pytest.approx(300 * delta_cm * 10, abs=2 * delta_cm * 10)

    # Exported with the case: SCOORD on this image and frame, mm; dciodvfy finds no error.
    from workstation.sr import Observer, export_sr

    source = pydicom.dcmread(win.images.records[0].path)
    out = export_sr(win.annotations, None, [source], Observer(name="Pham^Lan"), tmp_path / "sr.dcm")
    dump = _dsrdump(out)
    assert "SCOORD3D" not in dump and dump.count('SCOORD:(,,"Image Region")=(POLYLINE,') == 2
    (value,) = re.findall(r'NUM:\(,,"Length"\)="([0-9.]+)" \(mm,UCUM', dump)
    assert float(value) == pytest.approx(win.annotation_measurements[ann.id].length_mm)
    assert '"Image Region")=(POLYLINE,300/200,600/200)>' in dump  # the image points as drawn, edited
    assert '=(US image,' in dump
    assert dciodvfy_errors(out) == []


def test_angle_and_length_on_an_uncalibrated_radiograph_in_pixels(qtbot, images_window):
    win, series = images_window
    _open(qtbot, win, series["cr"])
    view = win.viewer.image_view
    assert view.shown.header.calibration.kind == "uncalibrated"
    win.tool_actions["angle"].trigger()
    for x, y in ((600, 600), (800, 800), (1000, 600)):  # arm, vertex, arm: a right angle
        click(view, _qt(view, x, y))
    (angle,) = [a for a in win.annotations if a.kind == "angle"]
    assert win.annotation_measurements[angle.id].angle_deg == pytest.approx(90.0, abs=1.0)
    assert "90" in view.layer.label_text(angle.id) and "uncalibrated" in view.layer.label_text(angle.id)
    win.tool_actions["length"].trigger()
    drag(view, _qt(view, 200, 1200), _qt(view, 1200, 1200))
    (length,) = [a for a in win.annotations if a.kind == "length"]
    m = win.annotation_measurements[length.id]
    assert m.length_unit == "px" and m.length_mm == pytest.approx(1000, abs=3)
    label = view.layer.label_text(length.id)
    assert " px" in label and " mm" not in label, label
    img = _screen(view)
    assert _colour_near(img, view, 700, 1200, owner_color("local"))


def test_pixel_aspect_ratio_is_drawn_undistorted_as_dcmtk_scales_it(qtbot, images_window, tmp_path):
    win, series = images_window
    _open(qtbot, win, series["aspect"])
    view = win.viewer.image_view
    rows, cols = view.shown.pixels.shape[:2]
    assert (rows, cols) == (120, 256) and view.shown.header.calibration.aspect == pytest.approx(4 / 3)
    # dcmj2pnm, recognising the aspect ratio (+a) while scaling x by 1, writes 256 x 160.
    exe = shutil.which("dcmj2pnm")
    assert exe, "dcmtk's dcmj2pnm is the reference renderer"
    ref_path = tmp_path / "ref.png"
    run = subprocess.run([exe, "+on", "+a", "+Sxf", "1", str(win.images.records[0].path), str(ref_path)],
                         capture_output=True, text=True)
    assert run.returncode == 0, run.stderr
    ref = cv2.cvtColor(cv2.imread(str(ref_path)), cv2.COLOR_BGR2RGB)
    assert ref.shape[:2] == (160, 256)
    # The picture on screen has dcmtk's proportions.
    x0, y0 = view.scene.pixel_to_display(-0.5, -0.5)
    x1, y1 = view.scene.pixel_to_display(rows - 0.5, cols - 0.5)
    width, height = abs(x1 - x0), abs(y1 - y0)
    assert height / width == pytest.approx(160 / 256, rel=0.01)
    # ... and the same content: our screen crop scaled to dcmtk's size matches its picture.
    img = _screen(view)
    h = img.shape[0]
    top, bottom = int(round(h - 1 - y0)) + 2, int(round(h - 1 - y1)) - 1
    left, right = int(round(x0)) + 2, int(round(x1)) - 1
    ours = cv2.resize(img[top:bottom, left:right], (256, 160), interpolation=cv2.INTER_AREA)
    diff = np.abs(ours.astype(int) - ref.astype(int))
    assert np.median(diff) <= 6 and np.mean(diff) < 12, (np.median(diff), np.mean(diff))
    # Squashed (aspect ignored, 256 x 120 stretched to 160 rows) it would not match as well.
    squashed = cv2.resize(cv2.resize(ref, (256, 120), interpolation=cv2.INTER_AREA), (256, 160))
    assert np.mean(np.abs(ours.astype(int) - ref.astype(int))) <= np.mean(np.abs(squashed.astype(int) - ref.astype(int))) + 1
    # A length of 30 rows counts 40 column widths.
    win.tool_actions["length"].trigger()
    drag(view, _qt(view, 100, 40), _qt(view, 100, 70))
    (ann,) = [a for a in win.annotations if not a.deleted]
    assert win.annotation_measurements[ann.id].length_mm == pytest.approx(40.0, abs=1.5)
