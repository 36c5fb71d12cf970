"""Measurements on a 2-D image in an MDT consult, as participants work: two real workstation
windows and a real hub process. The hospital that shares a real ultrasound (pydicom-data
OBXXXX1A) presents its original; the other hospital downloads the de-identified copy (other UIDs).
A length drawn on either side shows on the other, on its own copy of the image, with the same
value in mm -- the annotation names the shared copy's image."""

from __future__ import annotations

import shutil

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from test_ui_consult_follow import _click, _station
from test_ui_image_annotate import _qt

from dciodvfy import errors as dciodvfy_errors
from dicom_fixtures import PYDICOM_DATA
from qt_helpers import drag

pytestmark = pytest.mark.gui


def test_a_length_on_a_shared_ultrasound_is_seen_on_both_copies(qtbot, hub, tmp_path, silkbridge_home, display):
    folder = tmp_path / "us"
    folder.mkdir()
    shutil.copy(PYDICOM_DATA / "OBXXXX1A.dcm", folder / "OBXXXX1A.dcm")
    chen, c_ctl = _station(qtbot, hub, tmp_path, "Dr Chen", "coordinator", "Guangxi Medical", "CN", "zh")
    lan, l_ctl = _station(qtbot, hub, tmp_path, "Dr Lan", "specialist", "Bach Mai", "VN", "vi")
    try:
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
        # An ultrasound may show burned-in text: Dr Chen looks and confirms, as the window asks.
        qtbot.waitUntil(lambda: chen.findChild(QMessageBox, "confirmBurnedIn") is not None, timeout=60_000)
        box = chen.findChild(QMessageBox, "confirmBurnedIn")
        assert "ultrasound" in box.detailedText()
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
        c_view, l_view = chen.viewer.image_view, lan.viewer.image_view
        chen_sop, lan_sop = c_view.shown.header.sop_instance_uid, l_view.shown.header.sop_instance_uid
        assert chen_sop != lan_sop  # the original and its de-identified copy
        qtbot.waitUntil(lambda: chen.annotations is c_ctl.state.cases["case-1"].annotations
                        and lan.annotations is l_ctl.state.cases["case-1"].annotations, timeout=10_000)

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
        for ctl in (c_ctl, l_ctl):
            if ctl.session is not None:
                ctl.leave()
        for w in (chen, lan):
            w.close()
