"""The window shows the link as a user needs it: connected or not, latency, who is online;
through a killed hub, a restarted hub and a degraded cross-border link."""

from __future__ import annotations

import pytest

from comms.client import LinkClient
from comms.linkemu import PROFILES, LinkEmulator
from ui.common.link import LinkBridge
from ui.mainwindow import MainWindow
from workstation.dicom.catalog import Catalog

pytestmark = pytest.mark.gui
ROOM = "mdt-ui-test"



def _window(qtbot, home, bundle, state_dir):
    client = LinkClient(bundle, state_dir)
    bridge = LinkBridge(client)
    win = MainWindow(Catalog(home / "catalog"), link=bridge)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    bridge.start()
    qtbot.waitUntil(lambda: client.state in ("online", "degraded"), timeout=20_000)
    # the first one creates the room inviting every specialist (a room admits only those invited)
    client.create_room(ROOM, "consult", access={"roles": ["specialist"]})
    client.join(ROOM, kind="consult")
    return win, client


def test_status_bar_follows_the_hub_through_kill_and_restart(qtbot, silkbridge_home, display, hub, tmp_path):
    me = hub.enrol("Dr Lan", role="specialist", hospital="Bach Mai", country="VN", language="vi")
    peer_bundle = hub.enrol("Dr Wei", role="specialist", hospital="Guangxi Medical", country="CN", language="zh")
    win, client = _window(qtbot, silkbridge_home, me, tmp_path / "me")
    peer = LinkClient(peer_bundle, tmp_path / "peer")
    peer.start()
    peer.join(ROOM, kind="consult")
    try:
        qtbot.waitUntil(lambda: "online" in win.link_label.text() and "ms" in win.link_label.text(), timeout=20_000)
        qtbot.waitUntil(lambda: "Dr Wei (Guangxi Medical, CN)" in win.presence_label.text(), timeout=20_000)
        assert "Dr Lan (Bach Mai, VN)" in win.presence_label.text()

        hub.kill()  # the hub dies: the user is told within seconds, the window stays responsive
        qtbot.waitUntil(lambda: "offline" in win.link_label.text(), timeout=15_000)
        win.layout_combo.setCurrentText("1x3")
        assert win.state.layout == "1x3"

        hub.start()  # back on the same address: the client resumes by itself
        qtbot.waitUntil(lambda: "online" in win.link_label.text(), timeout=30_000)
        qtbot.waitUntil(lambda: "Dr Wei" in win.presence_label.text(), timeout=30_000)
    finally:
        peer.stop()
        win.close()


def test_status_bar_shows_a_degraded_cross_border_link(qtbot, silkbridge_home, display, hub, tmp_path):
    host, port = hub.address.rsplit("//", 1)[1].rsplit(":", 1)
    with LinkEmulator(host, int(port), profile=PROFILES["cross-border"].replace(delay_ms=260, loss_pct=0.0),
                      seed=3) as link:
        bundle = dict(hub.enrol("Dr Somchai", role="specialist", hospital="Mahosot", country="LA"),
                      hub_address=f"tcp://127.0.0.1:{link.port}")
        win, client = _window(qtbot, silkbridge_home, bundle, tmp_path / "me")
        try:
            qtbot.waitUntil(lambda: "degraded" in win.link_label.text(), timeout=30_000)
            rtt = float(win.link_label.text().split("·")[1].split("ms")[0])
            assert rtt >= 2 * 260 - 20  # the latency shown is the link's real round trip
        finally:
            win.close()
