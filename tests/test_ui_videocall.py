"""The consult video call window, driven with pytest-qt against a real Janus on loopback."""

from __future__ import annotations

import numpy as np
import pytest

from comms.audio import ToneSource
from comms.video import TestPatternSource
from comms.webrtc.call import CallSession
from comms.webrtc.sfu import JanusServer, MediaAuthority, MediaServerConfig
from ui.consult.videocall import VideoCallWidget, active_speaker


@pytest.fixture(scope="module")
def authority():
    cfg = MediaServerConfig.for_tests()
    with JanusServer(cfg) as janus:
        a = MediaAuthority(cfg, janus.videoroom_key)
        yield a
        a.close()


def _station(authority, user, name, source):
    return CallSession(authority.issue(user, "consult-ui"), name, audio_source=source,
                       video_source=TestPatternSource(320, 192, 15), video_size=(320, 192))


def test_gallery_shows_each_participant_and_the_buttons_act_on_the_call(qtbot, authority):
    a = _station(authority, "ana", "Dr Ana", ToneSource(440, amplitude=0.3)).start()
    b = _station(authority, "ben", "Dr Ben", ToneSource(880, amplitude=0.3)).start()
    c = _station(authority, "cam", "Dr Cam", None).start()
    heard = []
    b.remote_audio.connect(lambda feed, pcm, t: feed == a.grant.feed_id and heard.append(pcm))
    w = VideoCallWidget(b)
    qtbot.addWidget(w)
    w.resize(800, 500)
    w.show()
    try:
        # two tiles with the participants' names, pictures painted into them
        qtbot.waitUntil(lambda: sorted(t.name.text() for t in w._tiles.values()) == ["Dr Ana", "Dr Cam"], timeout=15000)
        qtbot.waitUntil(lambda: all(t.picture.pixmap() is not None and not t.picture.pixmap().isNull()
                                    for t in w._tiles.values()), timeout=15000)
        img = w._tiles[a.grant.feed_id].picture.pixmap().toImage()
        assert img.width() > 100 and img.pixelColor(img.width() // 2, img.height() // 4).value() > 30  # colour bars
        assert not w.empty.isVisible()
        assert w.status.text().startswith("3")
        # Ana speaks (the tone): she becomes the active speaker, shown large in speaker view
        qtbot.waitUntil(lambda: w.speaker == a.grant.feed_id, timeout=10000)
        assert "bold" in w._tiles[a.grant.feed_id].name.styleSheet()
        w.speaker_view.click()
        qtbot.waitUntil(lambda: w._tiles[a.grant.feed_id].height() > 1.5 * w._tiles[c.grant.feed_id].height(),
                        timeout=5000)
        # Camera off in Ben's window: Ana's side receives black pictures from Ben
        seen = []
        a.remote_video.connect(lambda feed, frame, t: feed == b.grant.feed_id and seen.append(frame.mean()))
        w.camera.click()
        qtbot.waitUntil(lambda: len(seen) >= 3 and seen[-1] < 20, timeout=10000)
        # Mute in Ben's window: Ana hears Ben's tone stop
        from_ben = []
        a.remote_audio.connect(lambda feed, pcm, t: feed == b.grant.feed_id and from_ben.append(pcm))
        qtbot.waitUntil(lambda: len(from_ben) > 25, timeout=5000)
        assert float(np.concatenate(from_ben[-25:]).std()) > 0.05
        w.mute.click()
        qtbot.wait(600)
        n = len(from_ben)
        qtbot.waitUntil(lambda: len(from_ben) > n + 25, timeout=5000)
        assert float(np.concatenate(from_ben[-25:]).std()) < 0.01
        # Ana's own mute: Ben hears her tone stop
        n = len(heard)
        qtbot.waitUntil(lambda: len(heard) > n + 25, timeout=5000)
        assert float(np.concatenate(heard[-25:]).std()) > 0.05
        a.set_muted(True)
        qtbot.wait(600)
        n = len(heard)
        qtbot.waitUntil(lambda: len(heard) > n + 25, timeout=5000)
        assert float(np.concatenate(heard[-25:]).std()) < 0.01
        # Cam leaves: her tile goes
        c.stop()
        qtbot.waitUntil(lambda: sorted(t.name.text() for t in w._tiles.values()) == ["Dr Ana"], timeout=10000)
        # Leave: the call ends without freezing the window, the controls are disabled
        with qtbot.waitSignal(w.left, timeout=10000) as sig:
            w.leave.click()
        assert sig.args == ["left"] and not w.mute.isEnabled() and "ended" in w.status.text()
    finally:
        for s in (a, b, c):
            s.stop()
        for u in ("ana", "ben", "cam"):
            authority.revoke(u)


def test_active_speaker_rule():
    now = 100.0
    assert active_speaker({}, now, None) is None
    levels = {1: (0.1, now), 2: (0.3, now), 3: (0.0, now)}
    assert active_speaker(levels, now, None) == 2
    quiet = {1: (0.001, now - 1.0), 2: (0.001, now - 1.0)}
    assert active_speaker(quiet, now, 1) == 1           # held for a moment after speaking
    assert active_speaker({2: (0.0, now - 5)}, now, 1) == 2  # the previous speaker left


def test_launcher_joins_the_consult_call_through_the_hub_and_refuses_an_outsider(qtbot, tmp_path):
    """The consult's "Video call": grant over the link from a real hub, call started off the GUI thread."""
    from comms.client import LinkClient
    from helpers import start_webrtc_hub
    from ui.consult.videocall import VideoCallLauncher

    hub = start_webrtc_hub(tmp_path)
    links, launchers = [], []
    try:
        def link(name, room):
            lc = LinkClient(hub.enrol(name), tmp_path / name.replace(" ", "")).start()
            links.append(lc)
            qtbot.waitUntil(lambda: lc.state == "online", timeout=10000)
            if room:
                lc.join(room)
                qtbot.waitUntil(lambda: lc.room_role(room) is not None, timeout=10000)
            return lc

        room = "consult-ui-call"
        la, lb, lo = link("Dr Anh", room), link("Dr Bao", room), link("Dr Other", None)
        outsider = VideoCallLauncher(lo, room, "Dr Other", audio_source=ToneSource(440), speaker=False)
        with qtbot.waitSignal(outsider.failed, timeout=10000) as refused:
            outsider.start()
        assert "not online in this room" in refused.args[0] and outsider.widget is None

        opened = []
        for lc, name, freq in ((la, "Dr Anh", 440), (lb, "Dr Bao", 880)):
            launcher = VideoCallLauncher(lc, room, name, audio_source=ToneSource(freq),
                                         video_source=TestPatternSource(320, 192, 15), speaker=False)
            launchers.append(launcher)
            launcher.opened.connect(opened.append)
            launcher.start()
        qtbot.waitUntil(lambda: len(opened) == 2, timeout=20000)
        for w in opened:
            qtbot.addWidget(w)
            w.show()
        wa = launchers[0].widget
        qtbot.waitUntil(lambda: [t.name.text() for t in wa._tiles.values()] == ["Dr Bao"], timeout=15000)
        qtbot.waitUntil(lambda: wa.painted > 10, timeout=15000)
        # Bao leaves the consult on the link: the hub takes his grant back, his window says so
        wb = launchers[1].widget
        with qtbot.waitSignal(wb.left, timeout=5000) as gone:
            lb.leave(room)
        assert gone.args[0] == "revoked" and "ended" in wb.status.text()
        qtbot.waitUntil(lambda: wa._tiles == {}, timeout=5000)
        assert wa.empty.isVisibleTo(wa)
    finally:
        for launcher in launchers:
            if launcher.widget is not None:
                launcher.widget.call.stop()
        for lc in links:
            lc.stop()
        hub.stop()
