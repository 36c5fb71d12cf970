"""Compare with prior through the real window: import a patient's three studies, right-click the
current study -> "Compare with…" -> a prior; both series side by side, scrolling the current moves
the prior to the slice at the same patient position, W/L linked when ticked, and a prior in another
Frame of Reference follows only after "Pair these slices"."""

from __future__ import annotations

import numpy as np
import pytest
import pydicom
from compare_fixtures import PATIENT_ID, write_study
from dicom_fixtures import dicom_file
from pydicom.uid import generate_uid
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QContextMenuEvent
from PySide6.QtWidgets import QApplication, QMenu

from qt_helpers import drag, wheel

pytestmark = pytest.mark.gui


def shown_mm(pane) -> float:
    """The patient position (mm along the view normal) of the slice the pane displays."""
    c, axis = pane.scene.canonical, int(np.argmax(pane.scene.plane_normal()))
    return float(c.origin[axis] + pane.scene.current_slice_index() * c.spacing[axis])


def slices_mm(pane) -> np.ndarray:
    c, axis = pane.scene.canonical, int(np.argmax(pane.scene.plane_normal()))
    return c.origin[axis] + np.arange(c.array.shape[2 - axis]) * c.spacing[axis]


def settle(qtbot, *panes):
    qtbot.wait(50)
    for pane in panes:
        pane._render_now()


def right_click_compare(qtbot, window, row: int) -> QMenu:
    table = window.browser.studies
    pos = table.visualRect(window.browser.model.index(row, 0)).center()
    ev = QContextMenuEvent(QContextMenuEvent.Mouse, pos, table.viewport().mapToGlobal(pos))
    QApplication.sendEvent(table.viewport(), ev)
    qtbot.waitUntil(lambda: window.browser.context_menu is not None and window.browser.context_menu.isVisible())
    sub = window.browser.context_menu.findChild(QMenu, "compareMenu")
    assert sub is not None and sub.title() == "Compare with…"
    return sub


@pytest.fixture
def patient(tmp_path):
    current = write_study("HFS", tmp_path / "in" / "current", study_date="20260310")
    same = write_study("HFS", tmp_path / "in" / "prior", study_date="20250102", frame_uid=current["frame_uid"],
                       every=2)
    other = write_study("HFP", tmp_path / "in" / "older", study_date="20240507")
    return current, same, other


def test_compare_with_prior_from_the_study_browser(qtbot, window, patient, tmp_path):
    current, same, other = patient
    with qtbot.waitSignal(window.import_finished, timeout=120_000) as blocker:
        window.import_paths([tmp_path / "in"])
    assert blocker.args[0].imported == 35 + 18 + 35
    assert window.browser.model.rowCount() == 3
    assert window.browser.model.item(0, 0).data(Qt.UserRole) == current["study_uid"]  # newest first

    sub = right_click_compare(qtbot, window, 0)
    actions = sub.actions()
    assert [a.data() for a in actions] == [same["study_uid"], other["study_uid"]]  # newest prior first
    assert actions[0].text().startswith("2025-01-02") and actions[1].text().startswith("2024-05-07")
    window.browser.context_menu.close()
    actions[0].trigger()
    view = window.compare_view
    qtbot.waitUntil(lambda: view.comparison is not None, timeout=120_000)
    cur, pri = view.current_pane, view.prior_pane
    qtbot.waitExposed(view)
    settle(qtbot, cur, pri)

    # side by side, each with its own series
    assert cur.isVisible() and pri.isVisible()
    assert cur.mapTo(view, QPoint(0, 0)).x() + cur.width() <= pri.mapTo(view, QPoint(0, 0)).x()
    assert cur.volume.meta["series_uid"] == current["series_uid"] == window.state.series_uid
    assert pri.volume.meta["series_uid"] == same["series_uid"]
    assert "2026-03-10" in view.current_label.text() and "2025-01-02" in view.prior_label.text()
    assert "same frame of reference" in view.sync_label.text()
    prior_slices = slices_mm(pri)
    assert len(prior_slices) == 18 and np.allclose(np.diff(prior_slices), 9.6, atol=1e-3)

    # tick the link first, so that the same slice looks the same on both sides
    qtbot.mouseClick(view.link_wl, Qt.LeftButton)
    assert view.state.link_wl and (view.prior_state.window, view.prior_state.level) == \
        (window.state.window, window.state.level)

    centre = (cur.width() // 2, cur.height() // 2)
    identical = 0
    for notches in (1, 1, 1, -5, 2, 1):
        wheel(cur, centre, notches)
        settle(qtbot, cur, pri)
        here = shown_mm(cur)
        # the prior shows one of its slices, the nearest to the current's position (midway: either)
        assert np.min(np.abs(prior_slices - shown_mm(pri))) < 1e-3
        assert abs(shown_mm(pri) - here) == pytest.approx(np.min(np.abs(prior_slices - here)), abs=1e-3)
        assert abs(shown_mm(pri) - here) <= 4.8 + 1e-3
        if abs(shown_mm(pri) - here) < 1e-3:  # the very same slice (the prior keeps every other one)
            assert np.array_equal(cur.scene._buffer, pri.scene._buffer)
            identical += 1
    assert identical >= 2

    # W/L: a left-drag in the current pane changes both while linked
    drag(cur, (centre[0], centre[1]), (centre[0] + 60, centre[1] - 40))
    assert window.state.window != pytest.approx(400.0)
    assert (view.prior_state.window, view.prior_state.level) == (window.state.window, window.state.level)
    qtbot.mouseClick(view.link_wl, Qt.LeftButton)  # untick: the prior keeps its own from now on
    before = (view.prior_state.window, view.prior_state.level)
    drag(cur, (centre[0], centre[1]), (centre[0] - 50, centre[1] + 30))
    assert (view.prior_state.window, view.prior_state.level) == before != (window.state.window, window.state.level)

    # a prior in another frame of reference (prone): independent until paired
    sub = right_click_compare(qtbot, window, 0)
    window.browser.context_menu.close()
    sub.actions()[1].trigger()
    qtbot.waitUntil(lambda: view.comparison is not None and view.prior_pane is not None
                    and view.prior_pane.volume is not None
                    and view.prior_pane.volume.meta["series_uid"] == other["series_uid"], timeout=120_000)
    cur, pri = view.current_pane, view.prior_pane
    settle(qtbot, cur, pri)
    assert "Different frame of reference" in view.sync_label.text()
    prior_before = shown_mm(pri)
    wheel(cur, centre, 2)
    settle(qtbot, cur, pri)
    assert shown_mm(pri) == pytest.approx(prior_before)  # not paired: stays
    wheel(pri, centre, -3)  # the user finds the same anatomy in the prior...
    settle(qtbot, cur, pri)
    qtbot.mouseClick(view.pair_button, Qt.LeftButton)  # ...and pairs the two slices
    offset = shown_mm(pri) - shown_mm(cur)
    assert view.state.offset_mm == pytest.approx(offset, abs=1e-3)
    assert "Paired" in view.sync_label.text()
    for notches in (1, 3, -2):
        wheel(cur, centre, notches)
        settle(qtbot, cur, pri)
        assert shown_mm(pri) - shown_mm(cur) == pytest.approx(offset, abs=1e-3)
    # opening another series in the reading window ends the comparison (it no longer shows it)
    with qtbot.waitSignal(window.volume_loaded, timeout=60_000):
        window.open_series(same["series_uid"])
    qtbot.waitUntil(lambda: not view.isVisible())
    assert view.comparison is None and view.current_pane is None


def test_compare_refuses_separate_images_with_a_reason(qtbot, window, patient, tmp_path):
    current, _same, _other = patient
    ds = pydicom.dcmread(dicom_file("CT_small.dcm"))  # one slice: shown as an image, not a volume
    ds.PatientID, ds.StudyDate = PATIENT_ID, "20200101"
    ds.StudyInstanceUID, ds.SeriesInstanceUID = generate_uid(), generate_uid()
    ds.SOPInstanceUID = ds.file_meta.MediaStorageSOPInstanceUID = generate_uid()
    ds.save_as(tmp_path / "in" / "single.dcm", enforce_file_format=True)
    with qtbot.waitSignal(window.import_finished, timeout=120_000):
        window.import_paths([tmp_path / "in"])
    sub = right_click_compare(qtbot, window, 0)
    window.browser.context_menu.close()
    assert [a.text()[:10] for a in sub.actions()] == ["2025-01-02", "2024-05-07", "2020-01-01"]
    with qtbot.waitSignal(window.compare_view_or_new().failed, timeout=10_000) as failed:
        sub.actions()[2].trigger()
    assert "separate images" in failed.args[0] and "separate images" in window.statusBar().currentMessage()
    assert window.compare_view.comparison is None
    # and a study compared with itself's series is refused too
    with qtbot.waitSignal(window.compare_view.failed, timeout=10_000):
        window.compare_view.open_series(current["series_uid"], current["series_uid"])
