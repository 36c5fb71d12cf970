"""Following the presenter in an MDT consult, as a participant works: two real workstation windows
and a real hub process. Measuring while following keeps following; looking around alone leaves
follow with a message, and one click rejoins; the follower's Window box names the presenter's
window."""

from __future__ import annotations

import numpy as np
import pytest
from PySide6.QtCore import Qt

from comms.client import LinkClient
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
    win.resize(1366, 768)
    win.show()
    qtbot.waitExposed(win)
    bridge.start()
    return win, ctl


def _click(qtbot, widget):
    assert widget.isEnabled(), widget.objectName()
    qtbot.mouseClick(widget, Qt.LeftButton)


def test_a_follower_measures_and_still_follows_then_looks_around_and_rejoins(qtbot, hub, tmp_path,
                                                                           silkbridge_home, display):
    phantom = tmp_path / "phantom"
    write_phantom_series(phantom, size=64, slices=24, spacing=(3.0, 3.0, 5.0))
    chen, c_ctl = _station(qtbot, hub, tmp_path, "Dr Chen", "coordinator", "Guangxi Medical", "CN", "zh")
    lan, l_ctl = _station(qtbot, hub, tmp_path, "Dr Lan", "specialist", "Bach Mai", "VN", "vi")
    try:
        qtbot.waitUntil(lambda: "online" in chen.link_label.text() and "online" in lan.link_label.text(),
                        timeout=20_000)
        with qtbot.waitSignal(chen.import_finished, timeout=60_000):
            chen.import_paths([phantom])
        original = chen.browser.series.item(0).data(Qt.UserRole)
        with qtbot.waitSignal(chen.volume_loaded, timeout=60_000):
            chen.open_series(original)
        # He creates the consult and shares the open study at once, as the demo does: before the hub
        # has sent the agenda back (the case's title used to become "case-1").
        c_ctl.create("Liver board", [{"case_id": "case-1", "title": "Liver lesion (CT phantom)", "question": "Biopsy?",
                                     "referring_hospital": "Guangxi Medical"}],
                     access={"hospitals": ["Bach Mai"]})
        c_ctl.share_open_study("case-1")
        qtbot.waitUntil(lambda: l_ctl.panel.consults.count() == 1, timeout=20_000)
        l_ctl.panel.consults.setCurrentRow(0)
        _click(qtbot, l_ctl.panel.join_button)
        qtbot.waitUntil(lambda: c_ctl.panel.participants.count() == 2, timeout=20_000)
        qtbot.waitUntil(lambda: l_ctl.state is not None and l_ctl.state.cases["case-1"].shared, timeout=60_000)
        case = l_ctl.state.cases["case-1"]
        qtbot.waitUntil(lambda: not chen.progress.isVisible(), timeout=20_000)
        # The sharing hospital keeps one study, its own: no pseudonymised copy of its patient in its list.
        assert len(chen.catalog.studies()) == 1 and not chen.catalog.instances(case.series[0].series_uid)
        _click(qtbot, l_ctl.panel.fetch_button)
        qtbot.waitUntil(lambda: bool(lan.catalog.instances(case.series[0].series_uid)), timeout=60_000)
        # The case keeps the agenda's title everywhere, shared and downloaded.
        qtbot.waitUntil(lambda: "downloaded" in l_ctl.panel.cases.item(0).text(), timeout=20_000)
        assert l_ctl.panel.cases.item(0).text().startswith("Liver lesion (CT phantom) — ")
        assert c_ctl.panel.cases.item(0).text().startswith("Liver lesion (CT phantom) — ")
        # The sharer presents from its original series; the others follow on the shared copy.
        c_ctl.open_case("case-1")
        assert chen.state.series_uid == original and c_ctl.case_id == "case-1"
        _click(qtbot, c_ctl.panel.take_button)
        qtbot.waitUntil(lambda: l_ctl.state.presenter == c_ctl.profile.user_id, timeout=20_000)
        c_ctl.publish_full_view()
        qtbot.waitUntil(lambda: lan.state.series_uid == case.series[0].series_uid and lan.volume is not None,
                        timeout=60_000)
        qtbot.waitUntil(lambda: np.allclose(lan.state.position, chen.state.position), timeout=20_000)

        # The presenter sets W400/L250 by hand: the follower's Window box says so, not "DICOM default".
        chen.state.window, chen.state.level = 400.0, 250.0
        qtbot.waitUntil(lambda: lan.window_combo.currentText() == "W 400 / L 250", timeout=20_000)
        # The presenter picks the lung preset in his Window box: the follower's box names it.
        chen.window_combo.setCurrentIndex(chen.window_combo.findData("lung"))
        chen.window_combo.activated.emit(chen.window_combo.currentIndex())
        qtbot.waitUntil(lambda: lan.state.window == 1500.0 and lan.state.level == -600.0, timeout=20_000)
        assert lan.window_combo.currentData() == "lung"
        assert lan.window_combo.findData("custom") < 0  # the hand-made entry went with the window
        # The presenter's slab and layout show in the follower's toolbar boxes too.
        chen.slab_combo.setCurrentIndex(chen.slab_combo.findData(10.0))
        chen.slab_combo.activated.emit(chen.slab_combo.currentIndex())
        chen.layout_combo.setCurrentText("1x3")
        qtbot.waitUntil(lambda: lan.slab_combo.currentData() == 10.0 and lan.layout_combo.currentText() == "1x3",
                        timeout=20_000)
        chen.crop_button.click()  # the presenter crops the 3-D view: the follower's Crop button is down
        qtbot.waitUntil(lambda: lan.state.crop is not None and lan.crop_button.isChecked(), timeout=20_000)
        chen.crop_button.click()
        qtbot.waitUntil(lambda: lan.state.crop is None and not lan.crop_button.isChecked(), timeout=20_000)
        chen.slab_combo.setCurrentIndex(chen.slab_combo.findData(0.0))
        chen.slab_combo.activated.emit(chen.slab_combo.currentIndex())
        chen.layout_combo.setCurrentText("2x2")
        qtbot.waitUntil(lambda: lan.slab_combo.currentData() == 0.0 and lan.layout_combo.currentText() == "2x2",
                        timeout=20_000)

        # Dr Lan measures while following: the length is drawn, she still follows.
        lan.set_tool("length")
        l_axial = lan.viewer.slices["axial"]
        drag(l_axial, (l_axial.width() * 0.4, l_axial.height() / 2), (l_axial.width() * 0.6, l_axial.height() / 2))
        qtbot.waitUntil(lambda: len([a for a in chen.annotations if not a.deleted]) == 1, timeout=20_000)
        assert l_ctl.following and l_ctl.panel.follow.isChecked()
        # Her measurement on the shared copy is drawn on the sharer's original.
        ann = next(a for a in chen.annotations if not a.deleted)
        assert ann.series_uid == case.series[0].series_uid
        qtbot.waitUntil(lambda: ann.id in chen.viewer.slices["axial"].layer.visible_ids(), timeout=10_000)
        # The sharer's own arrow goes out on the shared series (never the original's UID).
        chen.set_tool("arrow")
        axial = chen.viewer.slices["axial"]
        drag(axial, (axial.width() * 0.3, axial.height() * 0.3), (axial.width() * 0.45, axial.height() * 0.45))
        qtbot.waitUntil(lambda: len([a for a in lan.annotations if not a.deleted]) == 2, timeout=20_000)
        assert {a.series_uid for a in lan.annotations} == {case.series[0].series_uid}
        chen.set_tool("navigate")
        wheel(axial, (axial.width() / 2, axial.height() / 2), notches=3)
        qtbot.waitUntil(lambda: np.allclose(lan.state.position, chen.state.position), timeout=20_000)

        # She scrolls on her own: she leaves follow, is told so, and the presenter no longer moves her.
        lan.set_tool("navigate")
        wheel(l_axial, (l_axial.width() / 2, l_axial.height() / 2), notches=-2)
        assert not l_ctl.following and not l_ctl.panel.follow.isChecked()
        assert "rejoin" in lan.statusBar().currentMessage()
        assert "rejoin" in l_ctl.panel.follow.text()
        mine = lan.state.position
        wheel(axial, (axial.width() / 2, axial.height() / 2), notches=-1)
        qtbot.waitUntil(lambda: not np.allclose(chen.state.position, mine), timeout=5000)
        qtbot.wait(500)
        assert lan.state.position == mine
        # One click rejoins the presenter's view.
        qtbot.mouseClick(l_ctl.panel.follow, Qt.LeftButton, pos=l_ctl.panel.follow.rect().center())
        assert l_ctl.following
        qtbot.waitUntil(lambda: np.allclose(lan.state.position, chen.state.position), timeout=10_000)
    finally:
        for ctl in (c_ctl, l_ctl):
            if ctl.session is not None:
                ctl.leave()
        for w in (chen, lan):
            w.close()
