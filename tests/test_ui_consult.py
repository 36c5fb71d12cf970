"""An MDT consult between two real workstation windows and a real hub process: create, join,
share (de-identified), download, present and follow, annotate, chat, conclude, end."""

from __future__ import annotations

import numpy as np
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog

from comms.client import LinkClient
from orthanc_helpers import orthanc  # noqa: F401 - fixture
from qt_helpers import drag, wheel
from ui.consult.panel import ConsultController
from ui.common.link import LinkBridge
from ui.mainwindow import MainWindow
from workstation.dicom.catalog import Catalog
from workstation.phantom import write_phantom_series

pytestmark = pytest.mark.gui



def _station(qtbot, hub, tmp_path, name, role, hospital, country, language):
    bundle = hub.enrol(name, role=role, hospital=hospital, country=country, language=language)
    home = tmp_path / name.replace(" ", "_")
    bridge = LinkBridge(LinkClient(bundle, home / "link"))
    win = MainWindow(Catalog(home / "catalog"), link=bridge)
    ctl = ConsultController(win, bridge, bundle, home, home / "reid.sqlite")
    win.attach_consult(ctl)
    qtbot.addWidget(win)
    win.resize(1400, 950)
    win.show()
    qtbot.waitExposed(win)
    bridge.start()
    return win, ctl


def _click(qtbot, widget):
    assert widget.isEnabled(), widget.objectName()
    qtbot.mouseClick(widget, Qt.LeftButton)


@pytest.fixture
def hub(tmp_path):
    """The hub with [webrtc] (its Janus and coturn): the consult's voice is its WebRTC call."""
    from helpers import start_webrtc_hub

    h = start_webrtc_hub(tmp_path)
    yield h
    h.stop()


def test_two_hospitals_hold_a_consult(qtbot, hub, tmp_path, silkbridge_home, display, orthanc):  # noqa: F811
    from workstation.settings import Settings

    settings = Settings.load()  # the hospital PACS (a real Orthanc) is configured in the settings
    settings.set_pacs([orthanc.node()])
    settings.save()
    phantom = tmp_path / "phantom"
    write_phantom_series(phantom, size=96, slices=32, spacing=(2.0, 2.0, 5.0))
    chen, c_ctl = _station(qtbot, hub, tmp_path, "Dr Chen", "coordinator", "Guangxi Medical", "CN", "zh")
    lan, l_ctl = _station(qtbot, hub, tmp_path, "Dr Lan", "specialist", "Bach Mai", "VN", "vi")
    try:
        qtbot.waitUntil(lambda: "online" in chen.link_label.text() and "online" in lan.link_label.text(),
                        timeout=20_000)
        # The coordinator creates the consult from the panel.
        _click(qtbot, c_ctl.panel.new_button)
        dialog = c_ctl.panel.findChild(QDialog, "newConsultDialog")
        dialog.title.setText("Hội chẩn gan / 肝脏会诊")
        dialog.agenda_text.setPlainText("Liver lesion | Biopsy or follow-up? | Bach Mai\nLung nodule | Growth?")
        dialog.invite_hospitals.setText("Bach Mai")  # Dr Lan's hospital is invited (secure by default)
        when = dialog.scheduled()
        dialog.accept()
        qtbot.waitUntil(lambda: c_ctl.state is not None and "case-2" in c_ctl.state.cases, timeout=20_000)
        assert c_ctl.state.cases["case-1"].question == "Biopsy or follow-up?"
        assert c_ctl.state.meta.scheduled == when

        # Dr Lan sees it in her consult list and joins.
        qtbot.waitUntil(lambda: l_ctl.panel.consults.count() == 1, timeout=20_000)
        assert "Hội chẩn gan" in l_ctl.panel.consults.item(0).text()
        l_ctl.panel.consults.setCurrentRow(0)
        _click(qtbot, l_ctl.panel.join_button)
        qtbot.waitUntil(lambda: c_ctl.panel.participants.count() == 2, timeout=20_000)
        assert any("Bach Mai (VN)" in c_ctl.panel.participants.item(i).text() for i in range(2))

        # Voice: the coordinator talks (a 440 Hz tone stands in for his microphone), Dr Lan hears it.
        from comms.audio import ToneSource

        # Voice is the consult's WebRTC call without cameras or a window (through the hub's Janus).
        heard = []
        assert c_ctl.set_voice(True, source=ToneSource(440.0))
        l_ctl.panel.voice.setChecked(True)  # she switches voice on from the panel (her microphone)
        qtbot.waitUntil(lambda: l_ctl.call is not None, timeout=30_000)
        assert l_ctl.video_call.widget.isHidden() and l_ctl.call.frames_sent == 0  # no window, no camera
        l_ctl.call.remote_audio.connect(lambda feed, pcm, t: heard.append(np.asarray(pcm, dtype=np.float32)))
        qtbot.waitUntil(lambda: len(heard) > 60, timeout=20_000)
        sound = np.concatenate(heard[-50:])
        spectrum = np.abs(np.fft.rfft(sound * np.hanning(len(sound))))
        assert abs(np.fft.rfftfreq(len(sound), 1 / 48000)[np.argmax(spectrum)] - 440.0) < 5
        qtbot.waitUntil(lambda: l_ctl.panel.voice_status.text().startswith("1 "), timeout=5000)
        assert l_ctl.panel.voice.isChecked() and l_ctl.panel.mute.isEnabled()

        # The coordinator opens the study and shares it (de-identified, uploaded in the background).
        with qtbot.waitSignal(chen.import_finished, timeout=60_000):
            chen.import_paths([phantom])
        lst = chen.browser.series
        with qtbot.waitSignal(chen.volume_loaded, timeout=60_000):
            chen.open_series(lst.item(0).data(Qt.UserRole))
        _click(qtbot, c_ctl.panel.share_button)
        qtbot.waitUntil(lambda: l_ctl.state is not None and l_ctl.state.cases["case-1"].shared, timeout=60_000)
        case = l_ctl.state.cases["case-1"]
        assert case.pseudonym and "Nguy" not in case.pseudonym
        _click(qtbot, l_ctl.panel.fetch_button)
        qtbot.waitUntil(lambda: bool(lan.catalog.instances(case.series[0].series_uid)), timeout=60_000)

        # The coordinator presents from his own original series (the shared copy is for the others).
        original_series = chen.state.series_uid
        c_ctl.open_case("case-1")
        assert chen.state.series_uid == original_series != case.series[0].series_uid
        _click(qtbot, c_ctl.panel.take_button)
        qtbot.waitUntil(lambda: l_ctl.state.presenter == c_ctl.profile.user_id, timeout=20_000)
        c_ctl.publish_full_view()
        # Dr Lan follows: her window opens the same series and the same slice.
        qtbot.waitUntil(lambda: lan.state.series_uid == case.series[0].series_uid, timeout=60_000)
        axial = chen.viewer.slices["axial"]
        wheel(axial, (axial.width() / 2, axial.height() / 2), notches=4)
        chen.state.window, chen.state.level = 1500.0, -600.0  # lung window from the toolbar
        qtbot.waitUntil(lambda: np.allclose(lan.state.position, chen.state.position)
                        and lan.state.window == 1500.0, timeout=20_000)

        # Dr Lan measures something: it appears in the coordinator's window with its length.
        lan.tool_actions["length"].trigger()
        l_axial = lan.viewer.slices["axial"]
        drag(l_axial, (150, 150), (260, 150))
        qtbot.waitUntil(lambda: len(list(chen.annotations)) == 1, timeout=20_000)
        ann = next(iter(chen.annotations))
        assert ann.owner == l_ctl.profile.user_id
        qtbot.waitUntil(lambda: ann.id in chen.annotation_measurements, timeout=5000)
        assert chen.annotation_measurements[ann.id].length_mm > 10

        # She scrolls on her own: she leaves "follow"; the presenter's changes no longer move her view.
        lan.tool_actions["navigate"].trigger()
        wheel(l_axial, (l_axial.width() / 2, l_axial.height() / 2), notches=-2)
        assert not l_ctl.following and not l_ctl.panel.follow.isChecked()
        mine = lan.state.position
        wheel(axial, (axial.width() / 2, axial.height() / 2), notches=1)
        qtbot.wait(500)
        assert lan.state.position == mine
        # One click brings her back to the presenter's view.
        l_ctl.panel.follow.setChecked(True)
        qtbot.waitUntil(lambda: np.allclose(lan.state.position, chen.state.position), timeout=10_000)

        # Chat and the conclusion, written in Vietnamese by Dr Lan, seen by the coordinator.
        l_ctl.panel.chat_input.setText("Tổn thương giảm đậm độ")
        qtbot.keyClick(l_ctl.panel.chat_input, Qt.Key_Return)
        qtbot.waitUntil(lambda: "Tổn thương" in c_ctl.panel.chat.toPlainText(), timeout=20_000)
        p = l_ctl.panel
        p.findings.setPlainText("Tổn thương giảm đậm độ 2 cm ở hạ phân thùy VI")
        p.diagnosis.setText("U máu gan")
        p.recommendation.setText("MRI có tiêm thuốc")
        p.follow_up.setText("3 tháng")
        p.responsible.setText("BS Lan")
        p.language.setCurrentIndex(p.language.findData("vi"))
        _click(qtbot, p.save_conclusion)
        qtbot.waitUntil(lambda: c_ctl.panel.diagnosis.text() == "U máu gan", timeout=20_000)
        assert "Tiếng Việt" in c_ctl.panel.conclusion_status.text()
        assert "Dr Lan" in c_ctl.panel.conclusion_status.text()

        # After the meeting: the report (PDF) and the measurements (DICOM SR) at each hospital.
        import subprocess

        from workstation.sr import read_sr

        import pydicom

        from workstation.kos import read_kos

        c_ctl.panel.key_images_sc.setChecked(True)  # the coordinator also wants the annotated images as DICOM
        original = pydicom.dcmread(next(phantom.iterdir()), stop_before_pixels=True)
        for ctl, win, where in ((c_ctl, chen, tmp_path / "out-chen"), (l_ctl, lan, tmp_path / "out-lan")):
            assert not ctl.panel.send_pacs_button.isEnabled()  # nothing exported yet
            task = ctl.export_case("case-1", where)
            qtbot.waitUntil(lambda: task.done, timeout=60_000)
            assert task.error is None, task.error
            text = subprocess.run(["pdftotext", str(where / "case-1-report.pdf"), "-"], capture_output=True,
                                  text=True, check=True).stdout
            assert "U máu gan" in text and "Dr Lan" in text and "Bach Mai" in text
            groups = read_sr(where / "case-1-measurements-sr.dcm")
            assert [g["annotation_id"] for g in groups] == [ann.id]
            length = next(m for m in groups[0]["measurements"] if m["name"] == "Length")
            assert length["value"] == pytest.approx(chen.annotation_measurements[ann.id].length_mm, abs=0.01)
            # Only the hospital that shared the case can print the patient's real name.
            assert ("Nguyễn" in text) == (ctl is c_ctl)
            # The key images as a Key Object Selection: against the original study at the sharing
            # hospital (its own patient, for its PACS), against the shared copy elsewhere.
            sr, kos = (pydicom.dcmread(where / n) for n in ("case-1-measurements-sr.dcm", "case-1-key-images-kos.dcm"))
            refs = read_kos(where / "case-1-key-images-kos.dcm")["references"]
            if ctl is c_ctl:
                assert sr.StudyInstanceUID == kos.StudyInstanceUID == original.StudyInstanceUID
                assert str(kos.PatientName) == str(original.PatientName) == "Nguyễn^Văn An"
                assert kos.SpecificCharacterSet == "ISO_IR 192"
                (slice_ref, sc_ref) = refs  # the annotated slice of the original series, then its annotated image
                assert slice_ref["series_uid"] == original.SeriesInstanceUID
                assert sc_ref["sop_class_uid"] == pydicom.uid.SecondaryCaptureImageStorage
                assert pydicom.dcmread(where / "case-1-key-images-key-1.dcm").BurnedInAnnotation == "YES"
            else:
                assert kos.StudyInstanceUID != original.StudyInstanceUID and "Nguy" not in str(kos.PatientName)
                assert [r["series_uid"] for r in refs] == [case.series[0].series_uid]
                assert not (where / "case-1-key-images-key-1.dcm").exists()
            qtbot.waitUntil(ctl.panel.send_pacs_button.isEnabled, timeout=10_000)  # once the export is shown

        # The coordinator sends the SR and the key images to his PACS: it lists them in the study.
        from workstation.dicom.pacs import find

        _click(qtbot, c_ctl.panel.send_pacs_button)
        qtbot.waitUntil(lambda: c_ctl.last_store_report is not None, timeout=60_000)
        assert c_ctl.last_store_report.complete and c_ctl.last_store_report.sent == 3
        assert "Stored 3 instance(s)" in chen.statusBar().currentMessage()
        listed = find(orthanc.node(), "series", {"StudyInstanceUID": original.StudyInstanceUID})
        assert sorted(m["Modality"] for m in listed) == ["KO", "OT", "SR"]

        _click(qtbot, c_ctl.panel.end_button)
        qtbot.waitUntil(lambda: l_ctl.state.ended, timeout=20_000)
        assert l_ctl.state.digest() == c_ctl.state.digest()
    finally:
        chen.close()
        lan.close()
