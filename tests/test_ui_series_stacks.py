"""A series holding several orientations (a localizer / scout) in the series browser, driven
through the real window: each stack is its own row, double-clicking one opens that stack alone --
never the series as one wrong volume. The scout is the real decubitus MR (HFS): 20 sagittal
slices, one slice turned axial and one coronal (only their Image Orientation edited)."""

from __future__ import annotations

import numpy as np
import pydicom
import pytest
from PySide6.QtCore import Qt

from dicom_fixtures import decubitus_dir
from render.offscreen import capture

pytestmark = pytest.mark.gui


def _scout(dest):
    dest.mkdir()
    for n, f in enumerate(sorted(decubitus_dir("HFS").iterdir())[:22]):
        ds = pydicom.dcmread(f)
        if n == 20:
            ds.ImageOrientationPatient = [1, 0, 0, 0, 1, 0]  # axial
        elif n == 21:
            ds.ImageOrientationPatient = [1, 0, 0, 0, 0, -1]  # coronal
        ds.save_as(dest / f.name)
    return dest


def _rows(browser, series_uid):
    lst = browser.series
    return [lst.item(i) for i in range(lst.count()) if lst.item(i).data(Qt.UserRole) == series_uid]


def _double_click(qtbot, win, item, signal=True):
    lst = win.browser.series
    rect = lst.visualItemRect(item)
    lst.scrollToItem(item)
    rect = lst.visualItemRect(item)
    if signal:
        with qtbot.waitSignal(win.volume_loaded, timeout=120_000):
            qtbot.mouseClick(lst.viewport(), Qt.LeftButton, pos=rect.center())
            qtbot.mouseDClick(lst.viewport(), Qt.LeftButton, pos=rect.center())
    else:
        qtbot.mouseClick(lst.viewport(), Qt.LeftButton, pos=rect.center())
        qtbot.mouseDClick(lst.viewport(), Qt.LeftButton, pos=rect.center())
    qtbot.wait(100)


def _picture(view) -> np.ndarray:
    view.sync_scene()
    view.GetRenderWindow().Render()
    return capture(view.GetRenderWindow())


def test_each_stack_of_a_scout_is_a_row_and_opens_alone(qtbot, window, tmp_path):
    win = window
    report = win.catalog.import_paths([_scout(tmp_path / "scout")])
    assert report.imported == 22, report.rejected
    win.browser.refresh()
    (study,) = win.catalog.studies()
    (series,) = win.catalog.series(study.study_uid)
    rows = _rows(win.browser, series.series_uid)
    texts = [r.text().splitlines()[-1] for r in rows]
    assert texts == ["Stack 1/3: sagittal, 20 slices", "Stack 2/3: axial, 1 slices", "Stack 3/3: coronal, 1 slices"]
    assert rows[0].toolTip().startswith(f"Series {series.series_number} \u2014 3 stacks: sagittal 20, axial 1, coronal 1")

    # The axial slice alone: one slice, shown in the axial view with that view's letters.
    _double_click(qtbot, win, rows[1])
    vol = win.volume
    assert vol.array.shape[0] == 1 and np.allclose(np.abs(vol.direction[:, 2]), [0, 0, 1])
    assert win.volume_bar.stack_combo.currentIndex() == 1
    axial = win.viewer.slices["axial"]
    assert axial.scene.orientation_labels() == {"left": "R", "right": "L", "top": "A", "bottom": "P"}
    shown = _picture(axial)
    assert (shown.max(axis=2) > 40).mean() > 0.05  # the slice's picture fills the view

    # The coronal slice, from the browser again (the series is open: no reload).
    _double_click(qtbot, win, rows[2], signal=False)
    vol = win.volume
    assert vol.array.shape[0] == 1 and np.allclose(np.abs(vol.direction[:, 2]), [0, 1, 0])
    assert win.volume_bar.stack_combo.currentIndex() == 2
    coronal = win.viewer.slices["coronal"]
    assert coronal.scene.orientation_labels() == {"left": "R", "right": "L", "top": "S", "bottom": "I"}
    assert (_picture(coronal).max(axis=2) > 40).mean() > 0.05

    # The sagittal stack: 20 slices, no axial or coronal slice mixed in.
    _double_click(qtbot, win, rows[0], signal=False)
    vol = win.volume
    assert vol.array.shape[0] == 20 and np.allclose(np.abs(vol.direction[:, 2]), [1, 0, 0])
    assert win.viewer.slices["sagittal"].scene.orientation_labels() == {"left": "A", "right": "P", "top": "S",
                                                                       "bottom": "I"}


def test_a_series_of_one_stack_stays_one_row(qtbot, window):
    from dicom_fixtures import decubitus_dir

    win = window
    assert win.catalog.import_paths([decubitus_dir("HFP")]).imported == 35
    win.browser.refresh()
    (study,) = win.catalog.studies()
    (series,) = win.catalog.series(study.study_uid)
    (row,) = _rows(win.browser, series.series_uid)
    # "35 images" once the English plural forms are loaded (the application loads them at start;
    # a bare test window has the source text)
    assert row.text().splitlines()[-1] in ("35 images", "35 image(s)")
