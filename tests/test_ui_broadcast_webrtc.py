"""A trainee's workstation watches a broadcast published on WebRTC (a real hub with [webrtc]
enabled runs Janus and coturn): the broadcasts panel joins as it always did and its video view
shows the studio's numbered pattern, the sound reaches the speaker's queue, and the stats line
says the picture's size and rate."""

from __future__ import annotations

import pytest

from comms.audio import ToneSource
from comms.client import LinkClient
from comms.consult import Profile
from comms.studio import StudioSession
from comms.webrtc.broadcast import ViewerMedia
from helpers import wait_for
from test_studio_webrtc import H, W, small_pattern
from test_studio_webrtc import hub  # noqa: F401 - the hub with [webrtc] enabled
from test_ui_broadcast import _close, _station, _watch


def test_a_trainee_workstation_watches_a_webrtc_broadcast(qtbot, hub, tmp_path, silkbridge_home, display):  # noqa: F811
    from comms.video import read_frame_number

    bundle = hub.enrol("Dr Wei", role="surgeon", hospital="Guangxi Medical")
    link = LinkClient(bundle, tmp_path / "surgeon-link").start()
    assert wait_for(lambda: link.state == "online", 20)
    studio = StudioSession(link, bundle, Profile.from_bundle(bundle), opener=small_pattern)
    studio.audio_source = ToneSource(440.0)
    studio.webrtc_picture = ((W, H), 15)
    trainee = _station(qtbot, hub, tmp_path, "Nguyen Trainee", "trainee", hospital="Guangxi Medical")
    try:
        assert studio.go_live("Cholecystectomy on WebRTC", access={"hospitals": ["Guangxi Medical"], "roles": []})
        assert wait_for(lambda: studio.publisher is not None and studio.publisher.state == "in-call", 30)
        _watch(qtbot, trainee, "Cholecystectomy on WebRTC")
        v = trainee.viewer
        assert isinstance(v.media, ViewerMedia)
        numbers = []
        qtbot.waitUntil(lambda: numbers.append(read_frame_number(v.view.frame)) or len(set(numbers) - {None}) >= 3,
                        timeout=20_000)
        seen = [n for n in numbers if n is not None]
        assert seen == sorted(seen) and v.view.frame.shape == (H, W, 3)
        qtbot.waitUntil(lambda: v.audio_frames > 50, timeout=20_000)
        qtbot.waitUntil(lambda: f"{W}x{H}" in v.view.stats_label.text(), timeout=10_000)
        v.leave()
        qtbot.waitUntil(lambda: v.media is None, timeout=5_000)
    finally:
        _close(trainee)
        studio.close()
        link.stop()
