"""Audio-only fallback: when the sender's uplink is too narrow for its video, the call sends voice
only, says so in the call window, and sends video again once the link has room.
End to end: station A's media goes through coturn behind the UDP link emulator, whose rate cap is
narrowed to 150 kbit/s mid-call (video needs several hundred) and widened again; Janus' receiver
reports are what A judges by. B (unimpaired) keeps hearing A throughout."""

from __future__ import annotations

import dataclasses
import threading
import time

import pytest

pytest.importorskip("aiortc")

from comms.audio import ToneSource  # noqa: E402
from comms.linkemu import LinkProfile  # noqa: E402
from comms.udpemu import UdpLinkEmulator  # noqa: E402
from comms.video import TestPatternSource  # noqa: E402
from comms.webrtc.call import BandwidthGuard, CallSession  # noqa: E402
from comms.webrtc.sfu import JanusServer, MediaAuthority, MediaServerConfig, TurnServer  # noqa: E402


def test_guard_pauses_on_sustained_loss_or_queueing_resumes_after_clean_voice_and_backs_off():
    g = BandwidthGuard(hold=5.0)
    assert not g.update("video", 0.0, 0.080, 0) and not g.update("video", 0.02, 0.085, 1)
    assert not g.update("video", 0.5, 0.085, 2), "one bad report is not enough"
    assert not g.update("video", 0.0, 0.085, 3)
    assert not g.update("video", 0.3, 0.090, 4) and g.update("video", 0.0, 0.600, 5), "loss then queueing"
    # paused: video reports no longer matter, the voice's do
    assert g.update("video", 0.0, 0.080, 6)
    assert g.update("audio", 0.0, 0.082, 6) and g.update("audio", 0.0, 0.082, 10)
    assert g.update("audio", 0.2, 0.082, 10.5), "a lossy voice report restarts the clean period"
    assert g.update("audio", 0.0, 0.082, 11) and g.update("audio", 0.0, 0.082, 15.9)
    assert not g.update("audio", 0.0, 0.082, 16), "5 s of clean voice: video resumes"
    # it was still too narrow: paused again within a minute -> the next hold is twice as long
    g.update("video", 0.4, 0.09, 17)
    assert g.update("video", 0.4, 0.09, 18) and g.hold == 10.0
    g.update("audio", 0.0, 0.08, 18)
    assert g.update("audio", 0.0, 0.08, 27) and not g.update("audio", 0.0, 0.08, 28.1)
    # garbage in (no RTT yet, None loss) never raises
    assert not BandwidthGuard().update("video", None, None, 0)


WIDE = LinkProfile(delay_ms=40, jitter_ms=0, bandwidth_kbit=4000, loss_pct=0)
NARROW = LinkProfile(delay_ms=40, jitter_ms=0, bandwidth_kbit=150, loss_pct=0)


def test_a_narrow_uplink_turns_the_call_audio_only_and_wide_again_brings_video_back(qtbot):
    from ui.consult.videocall import VideoCallWidget

    cfg = MediaServerConfig.for_tests()
    with JanusServer(cfg) as janus, TurnServer(cfg), \
            UdpLinkEmulator("127.0.0.1", cfg.turn_port, WIDE, seed=1) as emu:
        auth = MediaAuthority(cfg, janus.videoroom_key)
        ga, gb = auth.issue("fb-a", "consult-fb"), auth.issue("fb-b", "consult-fb")
        ga = dataclasses.replace(ga, ice_servers=[dict(ga.ice_servers[0],
                                                       urls=[f"turn:127.0.0.1:{emu.port}?transport=udp"])])
        a = CallSession(ga, "A", audio_source=ToneSource(440), relay_only=True, turn_transport="udp",
                        video_source=TestPatternSource(640, 360, 15, detail=True), video_size=(640, 360),
                        bandwidth_guard=BandwidthGuard(hold=4.0))
        b = CallSession(gb, "B")
        got = {"audio": 0, "video": 0}
        lock = threading.Lock()

        def count(kind):
            def on(feed, *_):
                with lock:
                    got[kind] += 1
            return on

        b.remote_audio.connect(count("audio"))
        b.remote_video.connect(count("video"))
        a.start(30)
        b.start(30)
        view = VideoCallWidget(a)
        qtbot.addWidget(view)
        view.show()
        try:
            qtbot.waitUntil(lambda: got["video"] > 20, timeout=15_000)
            assert not view.audio_only.isVisible() and not a.is_audio_only

            emu.profile = NARROW
            t0 = time.monotonic()
            qtbot.waitUntil(lambda: view.audio_only.isVisible(), timeout=15_000)
            took = time.monotonic() - t0
            assert a.is_audio_only and "Audio only" in view.audio_only.text()
            print(f"audio only {took:.1f} s after the uplink narrowed to 150 kbit/s")
            qtbot.wait(1500)
            with lock:
                sent, heard, seen = a.frames_sent, got["audio"], got["video"]
            qtbot.wait(2000)
            assert a.frames_sent == sent, "no video is sent while audio only"
            with lock:
                assert got["audio"] - heard >= 50, "B keeps hearing A (2 s = 100 frames of voice)"
                assert got["video"] - seen <= 2

            emu.profile = WIDE
            qtbot.waitUntil(lambda: not view.audio_only.isVisible(), timeout=20_000)
            assert not a.is_audio_only
            with lock:
                seen = got["video"]
            qtbot.waitUntil(lambda: got["video"] > seen + 15, timeout=10_000)  # B sees A again
        finally:
            a.stop()
            b.stop()
            auth.close()
