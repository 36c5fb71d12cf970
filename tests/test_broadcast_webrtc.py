"""The surgical broadcast on WebRTC through a real Janus (VideoRoom) and coturn on loopback.

The studio publishes the numbered test pattern (its composed picture) and a 440 Hz tone as the
full feed and the same frames at half size as the low feed; viewers subscribe as trainees do.
What each viewer sees (frame numbers read back from the decoded pictures, their size) and hears
(the tone's frequency) is the judge. One viewer sits behind the UDP link emulator capped at
1 Mbit/s with 2 % burst loss: it must move to the low feed while the other keeps the full picture.
"""

from __future__ import annotations

import dataclasses
import threading
import time

import numpy as np
import pytest

from comms.audio import ToneSource
from comms.linkemu import LinkProfile
from comms.udpemu import UdpLinkEmulator
from comms.video import TestPatternSource, read_frame_number
from comms.webrtc.broadcast import COPY, FULL, LOW, BroadcastPublisher, BroadcastViewer
from comms.webrtc.call import CallError
from comms.webrtc.sfu import JanusServer, MediaAuthority, MediaServerConfig, TurnServer

W, H, FPS = 640, 360, 15


@pytest.fixture(scope="module")
def servers():
    cfg = MediaServerConfig.for_tests()
    with JanusServer(cfg) as janus, TurnServer(cfg) as turn:
        authority = MediaAuthority(cfg, janus.videoroom_key)
        yield cfg, authority
        authority.close()


def wait_for(cond, timeout, step=0.05):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if cond():
            return True
        time.sleep(step)
    return cond()


class Watcher:
    """A BroadcastViewer plus what it saw: (frame number, width, arrival) and the sound."""

    def __init__(self, grant, name, full_width=W, **kw):
        self.full_width = full_width
        self.view = BroadcastViewer(grant, name, **kw)
        self.frames: list[tuple[int | None, int, float]] = []
        self.audio: list = []
        self.ended: list = []
        self.view.ended.connect(self.ended.append)
        self._lock = threading.Lock()
        self.view.remote_video.connect(self._on_video)
        self.view.remote_audio.connect(lambda feed, pcm, t: self.audio.append(pcm))

    def _on_video(self, feed, frame, t):
        h, w = frame.shape[:2]
        scale = self.full_width // w
        full = np.repeat(np.repeat(frame, scale, 0), scale, 1) if scale > 1 else frame
        with self._lock:
            self.frames.append((read_frame_number(full), w, t))

    def numbers(self, since: float = 0.0, width: int | None = None) -> list[int]:
        with self._lock:
            return [n for n, w, t in self.frames if n is not None and t >= since and (width is None or w == width)]

    def heard_hz(self) -> float:
        x = np.concatenate(self.audio[-100:])
        spectrum = np.abs(np.fft.rfft(x * np.hanning(len(x))))
        return float(np.argmax(spectrum) * 48000 / len(x))


def test_a_viewer_on_a_1_mbit_lossy_link_moves_to_the_low_feed_while_another_keeps_the_full_one(servers):
    cfg, authority = servers
    room = "bc-sfu-1"
    studio = BroadcastPublisher(authority.issue("surgeon", room), "Dr Surgeon", audio_source=ToneSource(440),
                                video_source=TestPatternSource(W, H, FPS), video_size=(W, H), low_scale=2)
    profile = LinkProfile(delay_ms=40, jitter_ms=5, bandwidth_kbit=1000, loss_pct=2.0)
    with UdpLinkEmulator("127.0.0.1", cfg.turn_port, profile, seed=3) as emu:
        slow_grant = authority.issue("trainee-slow", room)
        s = dict(slow_grant.ice_servers[0], urls=[f"turn:127.0.0.1:{emu.port}?transport=udp"])
        clear = Watcher(authority.issue("trainee-clear", room), "Clear", up_after=60)
        slow = Watcher(dataclasses.replace(slow_grant, ice_servers=[s]), "Slow", relay_only=True, up_after=60)
        try:
            studio.start(30)
            assert studio.low_feed_id and studio.low_feed_id != studio.grant.feed_id
            clear.view.start(30)
            slow.view.start(30)
            assert clear.view.feeds == slow.view.feeds == {FULL: studio.grant.feed_id, LOW: studio.low_feed_id,
                                                           COPY: studio.copy_feed_id}
            # the slow link cannot carry the full picture: its viewer moves down, the other does not
            assert wait_for(lambda: slow.view.layer == LOW, 40), (emu.stats, slow.view.switches)
            t_low = time.time()
            time.sleep(6)
            assert clear.view.layer == FULL and clear.view.switches == []
            full_seen = clear.numbers(since=t_low, width=W)
            low_seen = slow.numbers(since=t_low + 1, width=W // 2)
            # both keep getting numbered frames in order, each at its own layer's size
            for seen in (full_seen, low_seen):
                assert seen == sorted(seen) and len(set(seen)) == len(seen), seen
            assert len(full_seen) >= 0.6 * FPS * 6, len(full_seen)
            assert len(low_seen) >= 0.5 * FPS * 5, len(low_seen)
            assert studio.frames_sent - low_seen[-1] < 2 * FPS    # the low picture is current
            assert not any(w == W for _, w, t in slow.frames if t > t_low + 1)
            assert emu.stats.dropped + emu.stats.lost > 0
            # the sound comes with either layer
            assert abs(clear.heard_hz() - 440) < 5 and abs(slow.heard_hz() - 440) < 5
            # a viewer may choose the full picture again; the picture comes back at full size
            assert slow.view.state == "in-call", (slow.view.state, slow.ended)
            assert slow.view.request_layer(FULL)
            t_up = time.time()
            assert wait_for(lambda: len(slow.numbers(since=t_up, width=W)) >= 5, 10)
        finally:
            for v in (slow, clear):
                v.view.stop()
            studio.stop()
            for u in ("surgeon", "trainee-slow", "trainee-clear"):
                authority.revoke(u)


def test_a_viewer_without_a_grant_is_refused_and_a_revoked_one_loses_the_picture(servers):
    cfg, authority = servers
    room = "bc-sfu-2"
    studio = BroadcastPublisher(authority.issue("surgeon2", room), "Dr Two", audio_source=ToneSource(440),
                                video_source=TestPatternSource(320, 192, FPS), video_size=(320, 192),
                                low_scale=2)
    try:
        studio.start(30)
        forged = dataclasses.replace(authority.issue("x", room), token="forged-token")
        authority.revoke("x")
        with pytest.raises(CallError, match="refused"):
            BroadcastViewer(forged, "intruder").start()
        v = Watcher(authority.issue("viewer2", room), "V2", full_width=320)
        ended = []
        v.view.ended.connect(ended.append)
        v.view.start(30)
        assert wait_for(lambda: len(v.numbers()) >= 10, 20)
        assert authority.revoke("viewer2") == 1
        assert wait_for(lambda: bool(ended), 3), "the revoked viewer still watches"
        time.sleep(0.5)
        n = len(v.frames)
        time.sleep(1.5)
        assert len(v.frames) == n
        v.view.stop()
    finally:
        studio.stop()
        authority.revoke("surgeon2")


def test_a_broadcast_needs_a_picture_that_scales_evenly(servers):
    cfg, authority = servers
    g = authority.issue("surgeon3", "bc-sfu-3")
    try:
        with pytest.raises(CallError, match="picture"):
            BroadcastPublisher(g, "x")
        with pytest.raises(CallError, match="low_scale"):
            BroadcastPublisher(g, "x", video_source=TestPatternSource(322, 192, FPS), video_size=(322, 192))
        with pytest.raises(ValueError, match="start_layer"):
            BroadcastViewer(g, "x", start_layer="medium")
    finally:
        authority.revoke("surgeon3")


def test_a_viewer_across_the_border_gets_lost_packets_again_and_never_sees_the_picture_go_back(servers):
    """150 ms each way, 2 % burst loss: the lost video packets come again -- from the studio's copy
    of the low feed 40 ms later, or asked for (NACK) a round trip later -- and the frames held
    behind them are decoded, but a frame already overtaken by a newer one is not shown: the numbers
    shown only ever go up, the picture stays current and is not frozen (a wait of a round trip for
    each loss froze it about a quarter of the time)."""
    cfg, authority = servers
    room = "bc-sfu-3"
    studio = BroadcastPublisher(authority.issue("surgeon3", room), "Dr Surgeon", audio_source=ToneSource(440),
                                video_source=TestPatternSource(W, H, FPS), video_size=(W, H), low_scale=2)
    profile = LinkProfile(delay_ms=150, jitter_ms=10, bandwidth_kbit=2000, loss_pct=2.0)
    with UdpLinkEmulator("127.0.0.1", cfg.turn_port, profile, seed=5) as emu:
        g = authority.issue("trainee-far", room)
        s = dict(g.ice_servers[0], urls=[f"turn:127.0.0.1:{emu.port}?transport=udp"])
        far = Watcher(dataclasses.replace(g, ice_servers=[s]), "Far", relay_only=True, start_layer=LOW, up_after=600)
        try:
            studio.start(30)
            far.view.start(30)
            assert wait_for(lambda: len(far.numbers()) >= FPS, 30)
            t0 = time.time()
            assert wait_for(lambda: far.view.video_buffer.retransmitted >= 3, 40), emu.stats
            assert wait_for(lambda: far.view.copy.used >= 3, 30), (emu.stats, far.view.copy.received)
            time.sleep(2)
            t1 = time.time()
            seen = far.numbers(since=t0)
            assert seen == sorted(seen) and len(set(seen)) == len(seen), seen
            assert len(seen) >= FPS, len(seen)
            assert studio.frames_sent - seen[-1] < 2 * FPS  # current: well under the frames of 2 s behind
            assert emu.stats.lost > 0
            shown = [t for n, w, t in far.frames if t >= t0]
            gaps = np.diff([t0] + shown + [t1])
            assert gaps[gaps > 0.2].sum() < 0.08 * (t1 - t0), (sorted(gaps)[-5:], t1 - t0)
        finally:
            far.view.stop()
            studio.stop()
            for u in ("surgeon3", "trainee-far"):
                authority.revoke(u)


def test_the_viewer_knows_each_frames_exact_capture_time_on_either_feed(servers):
    """The studio's capture marks travel through Janus with the picture: for each frame a viewer
    shows, ``last_capture`` is the time the studio captured that very frame (judged by the number in
    the picture), on the full feed and after a switch to the low one; junk on the marks' channel is
    refused and changes nothing."""
    from comms.webrtc.broadcast import CaptureMarks

    cfg, authority = servers
    room = "bc-sfu-marks"
    captured: dict[int, float] = {}

    class Camera(TestPatternSource):
        def read(self):
            frame, t = super().read()
            captured[read_frame_number(frame)] = t
            return frame, t

    studio = BroadcastPublisher(authority.issue("surgeon-m", room), "Dr Marks", audio_source=ToneSource(440),
                                video_source=Camera(W, H, FPS), video_size=(W, H), low_scale=2)
    viewer = BroadcastViewer(authority.issue("trainee-m", room), "Marks")
    seen: list[tuple[int | None, int, float | None]] = []

    def on_video(feed, frame, t):
        h, w = frame.shape[:2]
        full = np.repeat(np.repeat(frame, W // w, 0), W // w, 1) if w < W else frame
        seen.append((read_frame_number(full), w, viewer.last_capture))

    viewer.remote_video.connect(on_video)
    try:
        studio.start(30)
        viewer.start(30)
        assert wait_for(lambda: len(seen) >= 3 * FPS, 20)
        assert viewer.request_layer(LOW)
        n_full = len(seen)
        assert wait_for(lambda: len([1 for _, w, _ in seen[n_full:] if w == W // 2]) >= 2 * FPS, 20)
        for width in (W, W // 2):
            rows = [(n, c) for n, w, c in seen if w == width and n is not None and n in captured]
            exact = [abs(c - captured[n]) for n, c in rows if c is not None]
            assert len(exact) >= 0.9 * len(rows) > 0, (width, len(exact), len(rows))
            assert max(exact) < 0.001, (width, max(exact))  # the very frame's capture time, not a neighbour's
        # hostile marks: refused, counted, nothing learnt
        marks = viewer.marks
        before = marks.rejected
        for junk in ("", "full", "full x 1.0", "side 1 1.0", "full 40000 1.0", "full 1 nan", "full 1 inf",
                     "full 1 2 3", b"full 1 1.0", "full 1 " + "9" * 80, None):
            assert marks.parse(junk) is False
        assert marks.rejected == before + 11
        assert CaptureMarks().capture_of(None, FULL) is None
    finally:
        viewer.stop()
        studio.stop()
        for u in ("surgeon-m", "trainee-m"):
            authority.revoke(u)
