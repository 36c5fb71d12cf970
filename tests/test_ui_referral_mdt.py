"""The coordinator's Referrals dock in the real window (pytest-qt clicks) against a real hub whose
hub.toml sets a 1-second urgent target: an unclaimed urgent referral is marked escalated in the
worklist and said in the status bar; "Discuss in MDT…" puts a referral on the agenda of an existing
consult (chosen in the dialog) and of a new one, with its images, as the other participants see."""

from __future__ import annotations

import time

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog
from helpers import wait_for
from test_referral_escalation import fast_hub  # noqa: F401 - the fixture
from test_referrals import Station, patient_series
from test_ui_referrals import _cell, _connect, _ok

from comms.client import LinkClient
from comms.consult import ConsultSession, Profile, new_consult_id
from workstation.dicom.catalog import Catalog

pytestmark = pytest.mark.gui


def _row_of(ctl, rid) -> int:
    for i in range(ctl.panel.table.rowCount()):
        if ctl.panel.table.item(i, 0).data(Qt.UserRole) == rid:
            return i
    return -1


def test_coordinator_sees_the_escalation_and_discusses_referrals_in_mdts(window, qtbot, fast_hub, tmp_path,  # noqa: F811
                                                                         silkbridge_home):
    hub = fast_hub
    referrer = Station(hub, tmp_path, "Dr Souk", "Mahosot Hospital")
    series, _ = patient_series(tmp_path / "mr")
    urgent = referrer.ok("send", "--to", "radiology", "--urgency", "urgent", "--question", "Abscess?",
                         str(series))["referral"]
    routine = referrer.ok("send", "--to", "radiology", "--question", "Follow-up of the lesion",
                          str(series))["referral"]
    # another coordinator's tumour board, with an agenda of its own
    chair = hub.enrol("Dr Chair", role="coordinator", hospital="Hub University Hospital")
    chair_client = LinkClient(chair, tmp_path / "chair").start()
    member = hub.enrol("Dr Member", hospital="Mahosot Hospital")
    member_client = LinkClient(member, tmp_path / "member").start()
    board = new_consult_id()
    bundle, bridge, ctl = _connect(window, hub, silkbridge_home, "Coordinator Ha", "Hub University Hospital",
                                   role="coordinator")
    try:
        assert wait_for(lambda: chair_client.state == "online", 20)
        chair_s = ConsultSession(chair_client, board, Profile.from_bundle(chair), tmp_path / "chair-consults")
        chair_s.create("Tumour board", time.time() + 3600, [{"case_id": "case-x", "title": "Known case"}], [],
                       access={"hospitals": ["Hub University Hospital", "Mahosot Hospital"]})

        # the urgent one passed its 1-second target unclaimed: marked in the dock, said in the status bar
        qtbot.waitUntil(lambda: ctl.panel.table.rowCount() == 2, timeout=30_000)
        qtbot.waitUntil(lambda: "escalated" in _cell(ctl, _row_of(ctl, urgent), 4), timeout=30_000)
        assert "OVERDUE" in _cell(ctl, _row_of(ctl, urgent), 4)
        assert "escalated" not in _cell(ctl, _row_of(ctl, routine), 4)
        assert "nobody claimed" in window.statusBar().currentMessage()

        # Discuss in MDT: the existing tumour board, picked in the dialog
        qtbot.waitUntil(lambda: board in ctl.consults.listings, timeout=20_000)
        ctl.panel.table.selectRow(_row_of(ctl, urgent))
        qtbot.waitUntil(lambda: ctl.panel.mdt_button.isEnabled(), timeout=20_000)
        assert ctl.panel.mdt_button.isVisible()
        qtbot.mouseClick(ctl.panel.mdt_button, Qt.LeftButton)
        dlg = ctl.panel.findChild(QDialog, "discussDialog")
        assert dlg is not None and dlg.isVisible()
        combo = dlg.consult_combo
        assert combo.itemText(0) == "New consult" and dlg.title_edit.isEnabled()
        combo.setCurrentIndex(combo.findData(board))
        assert "Tumour board" in combo.currentText() and not dlg.title_edit.isEnabled()
        with qtbot.waitSignal(ctl.discussed, timeout=90_000) as sig:
            _ok(dlg)
        assert sig.args == [urgent, board]
        assert "Tumour board" in window.statusBar().currentMessage()
        assert wait_for(lambda: urgent in [a.case_id for a in chair_s.state.meta.agenda], 20)
        assert [a.case_id for a in chair_s.state.meta.agenda] == ["case-x", urgent]  # nothing lost
        assert wait_for(lambda: urgent in chair_s.state.cases and chair_s.state.cases[urgent].shared, 20)
        assert "Abscess?" in chair_s.state.cases[urgent].question
        assert referrer.ok("show", urgent)["mdt"][0]["consult"] == board

        # and a new consult for the routine one
        ctl.panel.table.selectRow(_row_of(ctl, routine))
        qtbot.waitUntil(lambda: ctl.session is not None and ctl.session.room == routine
                        and ctl.panel.mdt_button.isEnabled(), timeout=20_000)
        qtbot.mouseClick(ctl.panel.mdt_button, Qt.LeftButton)
        dlg = ctl.panel.findChild(QDialog, "discussDialog")
        dlg.consult_combo.setCurrentIndex(0)
        dlg.title_edit.clear()
        qtbot.keyClicks(dlg.title_edit, "Neuro MDT")
        with qtbot.waitSignal(ctl.discussed, timeout=90_000) as sig:
            _ok(dlg)
        new_room = sig.args[1]
        assert new_room != board and new_room.startswith("consult-")
        # a participant from the referring hospital joins it: the case is there, images included
        other = ConsultSession(member_client, new_room, Profile.from_bundle(member), tmp_path / "member-consults")
        other.join()
        assert wait_for(lambda: other.state.meta is not None and other.state.meta.title == "Neuro MDT", 20)
        assert [a.case_id for a in other.state.meta.agenda] == [routine]
        assert wait_for(lambda: routine in other.state.cases and other.state.cases[routine].shared, 20)
        catalog = Catalog(tmp_path / "member-catalog")
        other.fetch_case(routine, catalog)
        (study,) = catalog.studies("")
        assert sum(s.n_images for s in catalog.series(study.study_uid)) == 35
        other.close()
        chair_s.close()
    finally:
        ctl.shutdown()
        bridge.stop()
        chair_client.stop()
        member_client.stop()
