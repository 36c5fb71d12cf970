"""Measurements on a 2-D image in an MDT consult, as participants work: two real workstation
windows and a real hub process. The hospital that shares a real ultrasound (pydicom-data
OBXXXX1A) presents its original; the other hospital downloads the de-identified copy (other UIDs).
A length drawn on either side shows on the other, on its own copy of the image, with the same
value in mm -- the annotation names the shared copy's image."""

from __future__ import annotations

import shutil
import sys

import pytest
from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import QMessageBox
from test_ui_consult_follow import _click, _station
from test_ui_image_annotate import _qt

from dciodvfy import errors as dciodvfy_errors
from dicom_fixtures import PYDICOM_DATA
from qt_helpers import _mouse, drag

pytestmark = pytest.mark.gui


def _share_and_open(qtbot, hub, tmp_path, name, burned_in_kind):
    """Dr Chen (Guangxi) shares image ``name`` of pydicom-data in a consult, Dr Lan (Bach Mai)
    joins, downloads the de-identified copy, both open the case. ``burned_in_kind``: the kind of
    image the burned-in text warning names (Dr Chen confirms), or None when none is asked."""
    folder = tmp_path / "images"
    folder.mkdir()
    shutil.copy(PYDICOM_DATA / name, folder / name)
    chen, c_ctl = _station(qtbot, hub, tmp_path, "Dr Chen", "coordinator", "Guangxi Medical", "CN", "zh")
    lan, l_ctl = _station(qtbot, hub, tmp_path, "Dr Lan", "specialist", "Bach Mai", "VN", "vi")
    qtbot.waitUntil(lambda: "online" in chen.link_label.text() and "online" in lan.link_label.text(),
                    timeout=20_000)
    with qtbot.waitSignal(chen.import_finished, timeout=60_000):
        chen.import_paths([folder])
    original = chen.browser.series.item(0).data(Qt.UserRole)
    with qtbot.waitSignal(chen.images_opened, timeout=30_000):
        chen.open_series(original)
    c_ctl.create("Obstetrics board", [{"case_id": "case-1", "title": "Fetal growth", "question": "CRL?"}],
                 access={"hospitals": ["Bach Mai"]})
    c_ctl.share_open_study("case-1")
    if burned_in_kind:  # the image may show burned-in text: Dr Chen looks and confirms, as the window asks
        qtbot.waitUntil(lambda: chen.findChild(QMessageBox, "confirmBurnedIn") is not None, timeout=60_000)
        box = chen.findChild(QMessageBox, "confirmBurnedIn")
        assert burned_in_kind in box.detailedText()
        box.button(QMessageBox.Yes).click()
    qtbot.waitUntil(lambda: l_ctl.panel.consults.count() == 1, timeout=20_000)
    l_ctl.panel.consults.setCurrentRow(0)
    _click(qtbot, l_ctl.panel.join_button)
    qtbot.waitUntil(lambda: l_ctl.state is not None and "case-1" in l_ctl.state.cases
                    and l_ctl.state.cases["case-1"].shared, timeout=60_000)
    case = l_ctl.state.cases["case-1"]
    qtbot.waitUntil(lambda: not chen.progress.isVisible(), timeout=20_000)
    _click(qtbot, l_ctl.panel.fetch_button)
    shared_uid = case.series[0].series_uid
    qtbot.waitUntil(lambda: len(lan.catalog.instances(shared_uid)) == 1, timeout=120_000)

    c_ctl.open_case("case-1")
    with qtbot.waitSignal(lan.images_opened, timeout=30_000):
        l_ctl.open_case("case-1")
    qtbot.waitUntil(lambda: chen.annotations is c_ctl.state.cases["case-1"].annotations
                    and lan.annotations is l_ctl.state.cases["case-1"].annotations, timeout=10_000)
    return chen, c_ctl, lan, l_ctl, shared_uid


def _press(widget, pos):  # the left button down at ``pos``, held
    _mouse(widget, QMouseEvent.MouseButtonPress, QPointF(*pos), Qt.LeftButton, Qt.LeftButton)


def _move_held(widget, pos):
    _mouse(widget, QMouseEvent.MouseMove, QPointF(*pos), Qt.NoButton, Qt.LeftButton)


def _release(widget, pos):
    _mouse(widget, QMouseEvent.MouseButtonRelease, QPointF(*pos), Qt.LeftButton, Qt.NoButton)


def _leave(stations):
    for win, ctl in stations:
        if ctl.session is not None:
            ctl.leave()
        win.close()


def test_a_length_on_a_shared_ultrasound_is_seen_on_both_copies(qtbot, hub, tmp_path, silkbridge_home, display):
    stations = []
    try:
        chen, c_ctl, lan, l_ctl, shared_uid = _share_and_open(qtbot, hub, tmp_path, "OBXXXX1A.dcm", "ultrasound")
        stations = [(chen, c_ctl), (lan, l_ctl)]
        c_view, l_view = chen.viewer.image_view, lan.viewer.image_view
        chen_sop, lan_sop = c_view.shown.header.sop_instance_uid, l_view.shown.header.sop_instance_uid
        assert chen_sop != lan_sop  # the original and its de-identified copy

        # Dr Lan measures on her copy: Dr Chen sees it on his original, same value.
        qtbot.wait(300)  # the windows settle (docks of the meeting)
        lan.tool_actions["length"].trigger()
        drag(l_view, _qt(l_view, 300, 200), _qt(l_view, 500, 200))
        qtbot.waitUntil(lambda: len(chen.viewer.image_view.shown_annotations) == 1, timeout=20_000)
        (ann,) = c_view.shown_annotations
        assert ann.sop_instance_uid == lan_sop and ann.owner == l_ctl.profile.user_id
        qtbot.waitUntil(lambda: ann.id in lan.annotation_measurements, timeout=20_000)  # her own, back from the hub
        mm = lan.annotation_measurements[ann.id].length_mm
        assert chen.annotation_measurements[ann.id].length_mm == pytest.approx(mm)
        qtbot.waitUntil(lambda: c_view.layer.label_text(ann.id).startswith(f"{mm:.1f} mm"),
                        timeout=10_000)  # drawn at the next render, with its label

        # Dr Chen measures on his original: it goes out naming the shared copy, Dr Lan sees it.
        chen.tool_actions["length"].trigger()
        drag(c_view, _qt(c_view, 300, 300), _qt(c_view, 300, 400))
        qtbot.waitUntil(lambda: len(l_view.shown_annotations) == 2, timeout=20_000)
        theirs = next(a for a in l_view.shown_annotations if a.owner == c_ctl.profile.user_id)
        qtbot.waitUntil(lambda: theirs.id in chen.annotation_measurements, timeout=20_000)
        assert theirs.sop_instance_uid == lan_sop and theirs.series_uid == shared_uid
        assert lan.annotation_measurements[theirs.id].length_mm == pytest.approx(
            chen.annotation_measurements[theirs.id].length_mm)
        assert len(c_view.shown_annotations) == 2

        # Each exports the case: the report with the annotated image, the SR as SCOORD on the image
        # each of them holds (Dr Chen's against his original, for his PACS), the key object.
        from workstation.kos import read_kos
        from workstation.sr import read_sr

        for win, ctl, sop in ((lan, l_ctl, lan_sop), (chen, c_ctl, chen_sop)):
            out = tmp_path / f"export-{ctl.profile.user_id}"
            task = ctl.export_case("case-1", out)
            assert task is not None
            qtbot.waitUntil(lambda: task.done, timeout=60_000)
            sr = out / "case-1-measurements-sr.dcm"
            groups = read_sr(sr)
            assert len(groups) == 2 and {g["sop_instance_uid"] for g in groups} == {sop}
            assert sorted(round(g["measurements"][0]["value"], 3) for g in groups) == sorted(
                round(m.length_mm, 3) for m in win.annotation_measurements.values())
            assert dciodvfy_errors(sr) == []
            assert [r["sop_instance_uid"] for r in read_kos(out / "case-1-key-images-kos.dcm")["references"]] == [sop]
            assert (out / "case-1-report.pdf").stat().st_size > 10_000  # with its key image
    finally:
        _leave(stations)


def test_the_laser_pointer_on_a_radiograph_shows_on_the_follower_copy_and_key_images_go_out_as_sc(
        qtbot, hub, tmp_path, silkbridge_home, display):
    """Dr Chen points at his original radiograph (CR): Dr Lan sees his dot and name at the same
    image point of her de-identified copy, gone when he lets go. Each exports the case with
    secondary captures: the radiograph's key image is a valid SC (dciodvfy) that dcmtk shows as
    render-png shows the frame."""
    import subprocess

    import cv2
    import numpy as np
    import pydicom

    from workstation.kos import read_kos

    stations = []
    try:
        chen, c_ctl, lan, l_ctl, shared_uid = _share_and_open(qtbot, hub, tmp_path, "RG3_UNCR.dcm", "radiograph")
        stations = [(chen, c_ctl), (lan, l_ctl)]
        c_view, l_view = chen.viewer.image_view, lan.viewer.image_view
        chen_sop, lan_sop = c_view.shown.header.sop_instance_uid, l_view.shown.header.sop_instance_uid
        assert chen_sop != lan_sop and c_view.shown.header.modality == "CR"
        qtbot.wait(300)  # the windows settle (docks of the meeting)
        chen_id = c_ctl.profile.user_id

        # He presses the laser pointer at (600, 700) and moves to (1100, 900), the button held.
        chen.tool_actions["pointer"].trigger()
        start, end = _qt(c_view, 600, 700), _qt(c_view, 1100, 900)
        _press(c_view, start)
        qtbot.waitUntil(lambda: chen_id in l_view._shown_pointers, timeout=20_000)
        for i in range(1, 9):
            _move_held(c_view, (start[0] + (end[0] - start[0]) * i / 8, start[1] + (end[1] - start[1]) * i / 8))
            qtbot.wait(20)
        px = 1760 / c_view.width()  # image pixels per screen pixel, about: the tolerance of a mouse position
        qtbot.waitUntil(lambda: chen_id in l_view._shown_pointers
                        and np.allclose(l_view._shown_pointers[chen_id][0], (1100, 900, 0), atol=2 * px + 1),
                        timeout=20_000)
        where = c_ctl.state.pointers[chen_id]
        assert where.sop_instance_uid == lan_sop and where.view == "image"  # named as the case's copy
        l_view._render_now()
        assert l_view.pointer_label_text(chen_id) == "Dr Chen"  # his dot, with his name, on her copy
        # the dot is where the point is on her screen
        actor = l_view.layer.pointer_label_actor(chen_id)
        ax, ay = actor.GetPositionCoordinate().GetComputedDoubleDisplayValue(l_view.scene.renderer)
        dx, dy = l_view.scene.pixel_to_display(900 - 0.5, 1100 - 0.5)
        assert abs(ax - dx) < 40 and abs(ay - dy) < 40
        assert chen_id in c_view._shown_pointers  # and he sees his own on his original
        assert not any(v.layer._pointers for v in lan.viewer.slices.values())  # never in a volume view

        _release(c_view, end)
        qtbot.waitUntil(lambda: chen_id not in l_view._shown_pointers, timeout=20_000)
        l_view._render_now()
        assert l_view.pointer_label_text(chen_id) == ""

        # The key images go out as secondary captures too: each hospital's against its own copy.
        for win, ctl, sop in ((lan, l_ctl, lan_sop), (chen, c_ctl, chen_sop)):
            ctl.panel.key_images_sc.setChecked(True)
            out = tmp_path / f"export-{ctl.profile.user_id}"
            task = ctl.export_case("case-1", out)
            assert task is not None
            qtbot.waitUntil(lambda: task.done, timeout=60_000)
            sc_path = out / "case-1-key-images-key-1.dcm"
            sc = pydicom.dcmread(sc_path)
            assert sc.SOPClassUID == "1.2.840.10008.5.1.4.1.1.7" and sc.BurnedInAnnotation == "YES"
            assert [r.ReferencedSOPInstanceUID for r in sc.SourceImageSequence] == [sop]
            assert dciodvfy_errors(sc_path) == []
            refs = [r["sop_instance_uid"] for r in read_kos(out / "case-1-key-images-kos.dcm")["references"]]
            assert refs == [sop, sc.SOPInstanceUID]
            source = next(p.path for p in win.catalog.instances(win.state.series_uid))
            subprocess.run([sys.executable, "-m", "workstation", "render-png", str(source), str(out / "frame.png")],
                           check=True, capture_output=True)
            subprocess.run(["dcmj2pnm", "+on", str(sc_path), str(out / "sc.png")], check=True, capture_output=True)
            frame = cv2.imread(str(out / "frame.png"), cv2.IMREAD_GRAYSCALE).astype(float)
            shown = cv2.imread(str(out / "sc.png"), cv2.IMREAD_GRAYSCALE).astype(float)
            assert shown.shape == frame.shape
            assert np.corrcoef(frame.ravel(), shown.ravel())[0, 1] >= 0.99
    finally:
        _leave(stations)
