"""Compare with prior presented in a consult: two real workstation windows and a real hub process.
The presenter compares the patient's current MR with the prior (another Frame of Reference), pairs
two slices and links W/L; the follower's window opens the same comparison and shows the same
prior slice as the presenter scrolls."""

from __future__ import annotations

import time

import numpy as np
import pytest
from compare_fixtures import write_study
from PySide6.QtCore import Qt

from comms.client import LinkClient
from qt_helpers import wheel
from ui.consult.panel import ConsultController
from ui.common.link import LinkBridge
from ui.mainwindow import MainWindow
from workstation.deid import Deidentifier
from workstation.dicom.catalog import Catalog

pytestmark = pytest.mark.gui


def _station(qtbot, hub, tmp_path, name, role, hospital):
    bundle = hub.enrol(name, role=role, hospital=hospital, country="VN", language="vi")
    home = tmp_path / name.replace(" ", "_")
    bridge = LinkBridge(LinkClient(bundle, home / "link"))
    win = MainWindow(Catalog(home / "catalog"), link=bridge)
    ctl = ConsultController(win, bridge, bundle, home, home / "reid.sqlite")
    win.attach_consult(ctl)
    qtbot.addWidget(win)
    win.resize(1200, 800)
    win.show()
    qtbot.waitExposed(win)
    bridge.start()
    return win, ctl


def shown_mm(pane) -> float:
    c, axis = pane.scene.canonical, int(np.argmax(pane.scene.plane_normal()))
    return float(c.origin[axis] + pane.scene.current_slice_index() * c.spacing[axis])


def rendered(qtbot, *panes):
    qtbot.wait(50)
    for pane in panes:
        pane._render_now()
    return [shown_mm(p) for p in panes]


def test_the_follower_sees_the_presenters_comparison(qtbot, hub, tmp_path, silkbridge_home, display):
    current = write_study("HFS", tmp_path / "src" / "current", study_date="20260310")
    prior = write_study("HFP", tmp_path / "src" / "prior", study_date="20240507")
    files = sorted(current["dir"].iterdir()) + sorted(prior["dir"].iterdir())
    chen, c_ctl = _station(qtbot, hub, tmp_path, "Dr Chen", "coordinator", "Bach Mai")
    lan, l_ctl = _station(qtbot, hub, tmp_path, "Dr Lan", "specialist", "Bach Mai")
    try:
        qtbot.waitUntil(lambda: "online" in chen.link_label.text() and "online" in lan.link_label.text(),
                        timeout=20_000)
        room = c_ctl.create("Follow-up MDT", [{"case_id": "case-1", "title": "MR follow-up"}])
        qtbot.waitUntil(lambda: l_ctl.directory.listings.get(room) is not None, timeout=20_000)
        l_ctl.join(room)
        qtbot.waitUntil(lambda: c_ctl.panel.participants.count() == 2, timeout=20_000)
        # the case holds both studies (current and prior), de-identified together
        with Deidentifier(tmp_path / "reid.sqlite") as keys:
            c_ctl.session.share_case("case-1", files, keys, title="MR follow-up", question="Changed?",
                                     referring_hospital="Bach Mai", catalog=chen.catalog)
        qtbot.waitUntil(lambda: l_ctl.state.cases["case-1"].shared, timeout=30_000)
        task = l_ctl.fetch_all()
        qtbot.waitUntil(lambda: task.done, timeout=60_000)
        assert task.error is None
        chen.browser.refresh()
        newest, older = sorted(chen.catalog.studies(), key=lambda s: s.study_date, reverse=True)
        assert newest.patient_id == older.patient_id  # one pseudonym for the patient

        _click = lambda w: qtbot.mouseClick(w, Qt.LeftButton)  # noqa: E731
        _click(c_ctl.panel.take_button)
        qtbot.waitUntil(lambda: l_ctl.state.presenter == c_ctl.profile.user_id, timeout=20_000)
        view = chen.compare_with(newest.study_uid, older.study_uid)
        qtbot.waitUntil(lambda: view.comparison is not None, timeout=60_000)
        assert "Different frame of reference" in view.sync_label.text()

        # the follower's window opens the same two series side by side
        qtbot.waitUntil(lambda: lan.compare_view is not None and lan.compare_view.comparison is not None,
                        timeout=60_000)
        theirs = lan.compare_view
        assert lan.state.series_uid == chen.state.series_uid
        assert theirs.prior_state.series_uid == view.prior_state.series_uid
        assert theirs.isVisible() and theirs.current_pane.isVisible() and theirs.prior_pane.isVisible()

        # the presenter finds the same anatomy in the prior, pairs the slices, links W/L
        cur, pri = view.current_pane, view.prior_pane
        centre = (cur.width() // 2, cur.height() // 2)
        wheel(pri, centre, -3)
        _click(view.pair_button)
        _click(view.link_wl)
        offset = view.state.offset_mm
        assert offset is not None
        qtbot.waitUntil(lambda: theirs.state.offset_mm == offset and theirs.link_wl.isChecked(), timeout=20_000)
        for notches in (2, -4, 1):
            wheel(cur, centre, notches)
            chen_cur, chen_pri = rendered(qtbot, cur, pri)
            qtbot.waitUntil(lambda: np.allclose(lan.state.position, chen.state.position), timeout=20_000)
            lan_cur, lan_pri = rendered(qtbot, theirs.current_pane, theirs.prior_pane)
            assert (lan_cur, lan_pri) == pytest.approx((chen_cur, chen_pri), abs=1e-3)
            assert chen_pri - chen_cur == pytest.approx(offset, abs=1e-3)
        chen.state.window, chen.state.level = 900.0, 450.0
        qtbot.waitUntil(lambda: (theirs.prior_state.window, theirs.prior_state.level) == (900.0, 450.0),
                        timeout=20_000)

        # the presenter closes the comparison: so does the follower's window
        view.close()
        qtbot.waitUntil(lambda: not theirs.isVisible(), timeout=20_000)
        assert l_ctl.state.followed.compare == {}
    finally:
        for ctl in (c_ctl, l_ctl):
            if ctl.session is not None:
                ctl.leave()
        time.sleep(0.1)
