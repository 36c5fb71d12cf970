"""Referrals in the real window (pytest-qt clicks) against a real hub; the other hospital is a
second workstation driven by the ``referral`` CLI."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox

from test_referrals import REAL_NAME, Station, patient_series

pytestmark = pytest.mark.gui


def _connect(window, hub, silkbridge_home, name, hospital, **enrol):
    from comms.client import LinkClient
    from ui.common.link import LinkBridge
    from ui.referrals.panel import ReferralController

    bundle = hub.enrol(name, hospital=hospital, **enrol)
    bridge = LinkBridge(LinkClient(bundle, silkbridge_home / "link"))
    work = silkbridge_home / "consults"
    ctl = ReferralController(window, bridge, bundle, work, work / "reid-keys.sqlite")
    window.attach_referrals(ctl)
    window.link = None
    bridge.start()
    return bundle, bridge, ctl


def _cell(ctl, row, col) -> str:
    item = ctl.panel.table.item(row, col)
    return item.text() if item is not None else ""


def _ok(dialog) -> None:
    box = dialog.findChild(QDialogButtonBox)
    box.button(QDialogButtonBox.Ok).click()


def test_referrer_sends_from_the_window_and_gets_the_report_back(window, qtbot, hub, tmp_path, silkbridge_home):
    bundle, bridge, ctl = _connect(window, hub, silkbridge_home, "Dr Tran", "Bach Mai Hospital", language="vi")
    consultant = Station(hub, tmp_path, "Dr Li", "Hub University Hospital", consultant_for="radiology")
    try:
        series, _ = patient_series(tmp_path / "mr")
        window.catalog.import_paths([series])
        (study,) = window.catalog.studies("")
        uid = window.catalog.series(study.study_uid)[0].series_uid
        window.open_series(uid)
        qtbot.waitUntil(lambda: window.volume is not None, timeout=30_000)

        note = tmp_path / "letter.pdf"
        note.write_bytes(b"%PDF-1.4\n%%EOF\n")
        qtbot.mouseClick(ctl.panel.send_button, Qt.LeftButton)
        dlg = ctl.panel.findChild(QDialog, "composeReferral")
        assert dlg is not None and dlg.isVisible()
        dlg.specialty.setText("Radiology")
        dlg.urgency.setCurrentIndex(dlg.urgency.findData("emergency"))
        qtbot.keyClicks(dlg.question, "Temporal lesion: ")
        dlg.question.insertPlainText("u hay áp xe?")  # typed through an input method, not key by key
        dlg.add_attachment(note)
        _ok(dlg)
        qtbot.waitUntil(lambda: ctl.panel.table.rowCount() == 1 and _cell(ctl, 0, 1) == "received", timeout=90_000)
        assert _cell(ctl, 0, 0) == "emergency" and _cell(ctl, 0, 2) == "radiology"
        assert "h" in _cell(ctl, 0, 4) or "min" in _cell(ctl, 0, 4)  # the time left to the 2 h target
        rid = ctl.panel.table.item(0, 0).data(Qt.UserRole)

        # the hub hospital answers (another workstation, its CLI)
        consultant.ok("claim", rid)
        qtbot.waitUntil(lambda: _cell(ctl, 0, 1) == "claimed", timeout=30_000)
        consultant.ok("report", rid, "--findings", "Khối 2 cm", "--impression", "Nghĩ nhiều áp xe não", "--sign")
        qtbot.waitUntil(lambda: _cell(ctl, 0, 1) == "reported", timeout=30_000)
        assert "arrived" in window.statusBar().currentMessage()

        ctl.panel.table.selectRow(0)
        qtbot.waitUntil(lambda: "Nghĩ nhiều áp xe não" in ctl.panel.detail.toPlainText(), timeout=20_000)
        text = ctl.panel.detail.toPlainText()
        assert REAL_NAME in text  # restored here, from this hospital's key store
        assert ctl.panel.ack_button.isEnabled() and not ctl.panel.claim_button.isEnabled()
        qtbot.mouseClick(ctl.panel.ack_button, Qt.LeftButton)
        qtbot.waitUntil(lambda: _cell(ctl, 0, 1) == "acknowledged", timeout=30_000)
        assert consultant.ok("show", rid)["status"] == "acknowledged"
    finally:
        ctl.shutdown()
        bridge.stop()


def test_consultant_claims_views_and_signs_in_the_window(window, qtbot, hub, tmp_path, silkbridge_home):
    referrer = Station(hub, tmp_path, "Dr Souk", "Mahosot Hospital")
    series, _ = patient_series(tmp_path / "mr")
    rid = referrer.ok("send", "--to", "radiology", "--urgency", "urgent", "--question", "Abscess?",
                      "--language", "en", str(series))["referral"]
    bundle, bridge, ctl = _connect(window, hub, silkbridge_home, "Dr Li", "Hub University Hospital",
                                   consultant_for="radiology")
    try:
        qtbot.waitUntil(lambda: ctl.panel.table.rowCount() == 1, timeout=30_000)
        assert _cell(ctl, 0, 1) == "received" and _cell(ctl, 0, 6) == "Abscess?"
        ctl.panel.table.selectRow(0)
        qtbot.waitUntil(lambda: ctl.panel.claim_button.isEnabled(), timeout=20_000)
        assert "Abscess?" in ctl.panel.detail.toPlainText() and REAL_NAME not in ctl.panel.detail.toPlainText()
        qtbot.mouseClick(ctl.panel.claim_button, Qt.LeftButton)
        qtbot.waitUntil(lambda: _cell(ctl, 0, 1) == "claimed", timeout=30_000)

        qtbot.mouseClick(ctl.panel.view_button, Qt.LeftButton)  # the images beside the question
        qtbot.waitUntil(lambda: window.volume is not None, timeout=60_000)
        assert window.volume.array.shape[0] == 35 or 35 in window.volume.array.shape

        qtbot.waitUntil(lambda: ctl.panel.report_button.isEnabled(), timeout=10_000)
        qtbot.mouseClick(ctl.panel.report_button, Qt.LeftButton)
        dlg = ctl.panel.findChild(QDialog, "referralReport")
        assert dlg is not None
        qtbot.keyClicks(dlg.findings, "Ring-enhancing 2 cm lesion")
        qtbot.keyClicks(dlg.impression, "Brain abscess")
        dlg.own_impression.insertPlainText("脑脓肿")
        dlg.sign.setChecked(True)
        _ok(dlg)
        qtbot.waitUntil(lambda: _cell(ctl, 0, 1) == "reported", timeout=30_000)
        shown = referrer.ok("show", rid)
        assert shown["report"]["impression"] == "Brain abscess" and shown["report"]["signed"]
        assert shown["patient_name"] == REAL_NAME
    finally:
        ctl.shutdown()
        bridge.stop()
