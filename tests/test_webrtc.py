"""Consult video calls on WebRTC through a real Janus (VideoRoom) and a real coturn on loopback.

Each test runs stations as a user would: the hub's MediaAuthority grants, CallSession joins with
a 440/880 Hz tone as the microphone and the numbered test pattern as the camera; what the other
side hears (the tone's frequency) and sees (frame numbers read back from the decoded pictures) is
the judge. coturn judges the TURN credentials; the UDP emulator blocks UDP for the TCP fallback.
"""

from __future__ import annotations

import asyncio
import dataclasses
import socket
import threading
import time

import numpy as np
import pytest

from comms.audio import ToneSource
from comms.linkemu import PROFILES, LinkEmulator
from comms.udpemu import UdpLinkEmulator
from comms.video import TestPatternSource, read_frame_number
from comms.webrtc.call import CallError, CallSession
from comms.webrtc.janus import JanusError, request
from comms.webrtc.sfu import (JanusServer, MediaAuthority, MediaGrant, MediaServerConfig, TurnServer,
                              turn_credentials)


@pytest.fixture(scope="module")
def servers():
    cfg = MediaServerConfig.for_tests()
    with JanusServer(cfg) as janus, TurnServer(cfg) as turn:
        authority = MediaAuthority(cfg, janus.videoroom_key)
        yield cfg, janus, turn, authority
        authority.close()


class Station:
    """A CallSession plus what it received, per remote feed."""

    def __init__(self, grant, name, freq, size=(320, 192), **kw):
        self.call = CallSession(grant, name, audio_source=ToneSource(freq),
                                video_source=TestPatternSource(*size, 15), video_size=size, **kw)
        self.audio: dict[int, list] = {}
        self.frames: dict[int, list] = {}
        self.ended: list[str] = []
        self._lock = threading.Lock()
        self.call.remote_audio.connect(self._on_audio)
        self.call.remote_video.connect(self._on_video)
        self.call.ended.connect(self.ended.append)

    def _on_audio(self, feed, pcm, t):
        with self._lock:
            self.audio.setdefault(feed, []).append(pcm)

    def _on_video(self, feed, frame, t):
        with self._lock:
            self.frames.setdefault(feed, []).append((read_frame_number(frame), t))

    def heard_hz(self, feed) -> float:
        x = np.concatenate(self.audio[feed][-100:])
        spectrum = np.abs(np.fft.rfft(x * np.hanning(len(x))))
        return float(np.argmax(spectrum) * 48000 / len(x))

    def numbers(self, feed) -> list[int]:
        return [n for n, _ in self.frames.get(feed, []) if n is not None]


def wait_for(cond, timeout, step=0.05):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if cond():
            return True
        time.sleep(step)
    return cond()


def test_two_stations_hear_the_tone_and_see_numbered_frames_in_order(servers):
    cfg, janus, turn, authority = servers
    a = Station(authority.issue("alice", "consult-1"), "Dr Alice", 440)
    b = Station(authority.issue("bob", "consult-1"), "Dr Bob", 880)
    try:
        a.call.start()
        b.call.start()
        fa, fb = a.call.grant.feed_id, b.call.grant.feed_id
        assert wait_for(lambda: len(b.numbers(fa)) >= 45 and len(a.numbers(fb)) >= 45, 20), \
            (len(b.numbers(fa)), len(a.numbers(fb)))
        assert abs(b.heard_hz(fa) - 440) < 5 and abs(a.heard_hz(fb) - 880) < 5
        for seen in (b.numbers(fa), a.numbers(fb)):
            assert seen == sorted(seen) and len(set(seen)) == len(seen)  # in order, no repeats
            assert seen[-1] - seen[0] >= 40  # the pictures move on
        assert [p.display for p in a.call.participants] == ["Dr Bob"]
        assert [p.display for p in b.call.participants] == ["Dr Alice"]
        # Mute: Bob now hears silence from Alice (the stream stays open)
        a.call.set_muted(True)
        n = len(b.audio[fa])
        assert wait_for(lambda: len(b.audio[fa]) > n + 50, 5)
        assert float(np.concatenate(b.audio[fa][-25:]).std()) < 0.01
        # Leave: the other side's participant list follows
        a.call.stop()
        assert wait_for(lambda: b.call.participants == [], 5)
    finally:
        a.call.stop()
        b.call.stop()
        authority.revoke("alice")
        authority.revoke("bob")


def test_a_station_without_a_grant_for_the_room_is_refused(servers):
    cfg, janus, turn, authority = servers
    good = authority.issue("carol", "consult-2")
    authority.ensure_room("consult-3")
    try:
        forged = dataclasses.replace(good, token="not-a-token-the-hub-issued")
        with pytest.raises(CallError, match="refused"):
            CallSession(forged, "intruder").start()
        # a real token, but for another room: the room's own list refuses it
        other = dataclasses.replace(good, room="consult-3", janus_room=authority.ensure_room("consult-3"))
        with pytest.raises(CallError, match="refused"):
            CallSession(other, "wrong room").start()
        # Janus refuses the forged token at the door, before any plugin sees it
        with pytest.raises(JanusError) as err:
            request(cfg.janus_url, {"janus": "create", "transaction": "t", "token": "forged"})
        assert err.value.code == 403
        with pytest.raises(ValueError, match="lacks"):
            MediaGrant.from_dict({"room": "x"})
        # a damaged or hostile grant is refused with the reason, nothing is contacted
        d = good.to_dict()
        for bad in ({**d, "janus_url": "file:///etc/passwd"}, {**d, "feed_id": -1}, {**d, "janus_room": "1"},
                    {**d, "token": ""}, {**d, "ice_servers": "turn:x"}, {**d, "ice_servers": [{"url": 1}]}, [1, 2]):
            with pytest.raises(CallError, match="unusable"):
                CallSession(bad, "x")
    finally:
        authority.revoke("carol")


def test_a_revoked_user_loses_media_within_two_seconds(servers):
    cfg, janus, turn, authority = servers
    a = Station(authority.issue("dave", "consult-4"), "Dr Dave", 440)
    b = Station(authority.issue("erin", "consult-4"), "Dr Erin", 880)
    try:
        a.call.start()
        b.call.start()
        fa, fb = a.call.grant.feed_id, b.call.grant.feed_id
        assert wait_for(lambda: len(a.numbers(fb)) >= 10 and len(b.numbers(fa)) >= 10, 20)
        t0 = time.monotonic()
        assert authority.revoke("erin") == 1
        assert wait_for(lambda: b.ended == ["revoked"] or b.ended[:1] and b.ended[0].startswith("server"), 2)
        assert time.monotonic() - t0 < 2.0
        time.sleep(0.5)  # in-flight frames
        n_a, n_b = len(a.frames.get(fb, [])), len(b.frames.get(fa, []))
        time.sleep(1.5)
        assert len(a.frames.get(fb, [])) == n_a, "the revoked user's camera still reaches the room"
        assert len(b.frames.get(fa, [])) == n_b, "the revoked user still receives the room"
        assert wait_for(lambda: a.call.participants == [], 2)
        # and cannot come back with the same grant
        with pytest.raises(CallError):
            CallSession(b.call.grant, "again").start()
    finally:
        a.call.stop()
        b.call.stop()
        authority.revoke("dave")


def test_turn_over_tcp_when_the_firewall_blocks_udp(servers):
    cfg, janus, turn, authority = servers
    with UdpLinkEmulator("127.0.0.1", cfg.turn_port, "loopback", blocked=True) as udp, \
            LinkEmulator("127.0.0.1", cfg.turn_port, profile=PROFILES["loopback"]) as tcp:
        def via_firewall(grant):
            s = dict(grant.ice_servers[0], urls=[f"turn:127.0.0.1:{udp.port}?transport=udp",
                                                 f"turn:127.0.0.1:{tcp.port}?transport=tcp"])
            return dataclasses.replace(grant, ice_servers=[s])

        a = Station(via_firewall(authority.issue("fay", "consult-5")), "Dr Fay", 440, relay_only=True,
                    turn_probe_timeout=1.5)
        b = Station(via_firewall(authority.issue("gus", "consult-5")), "Dr Gus", 880, relay_only=True,
                    turn_probe_timeout=1.5)
        try:
            a.call.start(30)
            b.call.start(30)
            assert a.call.turn_transport == b.call.turn_transport == "tcp"
            fa = a.call.grant.feed_id
            assert wait_for(lambda: len(b.numbers(fa)) >= 20, 25), len(b.numbers(fa))
            assert abs(b.heard_hz(fa) - 440) < 5
            assert udp.stats.delivered == 0 and udp.stats.dropped > 0
            assert tcp.stats.bytes_up > 50_000 and tcp.stats.bytes_down > 50_000  # media rode TCP
        finally:
            a.call.stop()
            b.call.stop()
            authority.revoke("fay")
            authority.revoke("gus")


def test_coturn_refuses_expired_or_forged_turn_credentials(servers):
    from aioice import Connection

    cfg, janus, turn, authority = servers

    async def relay_candidates(username, password):
        conn = Connection(ice_controlling=True, turn_server=("127.0.0.1", cfg.turn_port), turn_username=username,
                          turn_password=password, turn_transport="udp", use_ipv6=False)
        try:
            await asyncio.wait_for(conn.gather_candidates(), 5)
            return [c for c in conn.local_candidates if c.type == "relay"]
        finally:
            await conn.close()

    good = turn_credentials(cfg.turn_secret, "hana", 60)
    expired = turn_credentials(cfg.turn_secret, "hana", 60, now=time.time() - 120)
    forged = turn_credentials("guessed-secret", "hana", 60)
    assert len(asyncio.run(relay_candidates(*good[:2]))) == 1
    assert asyncio.run(relay_candidates(*expired[:2])) == []
    assert asyncio.run(relay_candidates(*forged[:2])) == []


def test_udp_emulator_loses_in_bursts_delays_and_blocks():
    rx = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
    rx.bind(("127.0.0.1", 0))
    rx.settimeout(0.2)
    profile = PROFILES["cross-border"].replace(loss_pct=10.0, jitter_ms=0, bandwidth_kbit=None, delay_ms=40)
    with UdpLinkEmulator("127.0.0.1", rx.getsockname()[1], profile, burst=3, seed=7) as emu:
        tx = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
        sent_at, got, delays = {}, [], []
        for start in range(0, 2000, 100):  # rounds of 100: no socket buffer overflows in the test itself
            for i in range(start, start + 100):
                sent_at[i] = time.monotonic()
                tx.sendto(i.to_bytes(4, "big"), ("127.0.0.1", emu.port))
            try:
                while True:
                    data = rx.recv(64)
                    i = int.from_bytes(data, "big")
                    got.append(i)
                    delays.append(time.monotonic() - sent_at[i])
            except socket.timeout:
                pass
        loss = 1 - len(got) / 2000
        assert 0.05 < loss < 0.16, loss
        assert got == sorted(got)  # never reordered
        assert min(delays) >= 0.039
        missing = sorted(set(range(1, 2000)) - set(got))
        runs = sum(1 for k, i in enumerate(missing) if k == 0 or missing[k - 1] != i - 1)
        assert len(missing) / runs > 1.8  # losses come in bursts (mean ~3)
        emu.set_blocked(True)
        tx.sendto(b"x", ("127.0.0.1", emu.port))
        with pytest.raises(socket.timeout):
            rx.recv(64)
    with pytest.raises(ValueError, match="unknown link profile"):
        UdpLinkEmulator("127.0.0.1", 1, "moon")


def test_a_media_server_answering_nonsense_gives_a_clear_error(tmp_path):
    """Something that is not Janus (or a damaged one) on the grant's URL: CallError, no hang, no crash."""
    import http.server

    replies = iter([b"not json", b'{"janus": "success", "data": {"id": "x"}}', b'[1, 2, 3]'])

    class Handler(http.server.BaseHTTPRequestHandler):
        def do_POST(self):
            body = next(replies)
            self.send_response(200)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        do_GET = do_POST

        def log_message(self, *a):
            pass

    srv = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    threading.Thread(target=srv.serve_forever, daemon=True).start()
    try:
        grant = MediaGrant(room="consult-x", janus_url=f"http://127.0.0.1:{srv.server_address[1]}/janus",
                           janus_room=1, token="t", feed_id=1)
        for expected in ("not JSON", "bad id", "carries no id"):
            t0 = time.monotonic()
            with pytest.raises(CallError, match="refused") as err:
                CallSession(grant, "x").start(10)
            assert time.monotonic() - t0 < 10
            assert expected in str(err.value), err.value
    finally:
        srv.shutdown()


def test_voice_over_the_cross_border_udp_link_arrives_within_300_ms():
    """The goal's figure, measured as bench_media does: a burst spoken at A is decoded at B, behind the
    UDP emulator's cross-border profile (150 ms +- 30 ms, 2 Mbit/s, 2 % burst loss), within 300 ms
    (p95); voice is handed to the decoder at once instead of waiting behind a lost packet."""
    import importlib.util
    from pathlib import Path

    path = Path(__file__).resolve().parent.parent / "benchmarks" / "webrtc_voice.py"
    spec = importlib.util.spec_from_file_location("webrtc_voice", path)
    bench = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(bench)
    r = bench.run_webrtc(8.0, "cross-border", seed=3)
    assert r["bursts"] >= 12, r            # the bursts were heard (16 spoken)
    assert 120 <= r["p50"] and r["p95"] <= 300, r  # the link's 150 +- 30 ms is in it (p50 can fall just under 150)
    assert r["jb"]["late"] == 0 and r["missing_pct"] < 6, r  # only what the link lost is missing


def test_video_frame_buffer_waits_for_a_retransmission_then_skips_a_lost_packet():
    """aiortc's own buffer stops for good at a packet that never comes (aiortc issue #1418)."""
    from aiortc.rtp import RtpPacket

    from comms.webrtc.call import VideoFrameBuffer

    def pkt(seq, ts, marker):
        p = RtpPacket(sequence_number=seq & 0xFFFF, timestamp=ts, marker=marker)
        p._data = bytes([seq & 0xFF])
        return p

    buf = VideoFrameBuffer(max_wait=0.2)
    # frames of two packets: (65533, 65534) (65535, 0) (1, 2) (3, 4): across the sequence wrap
    stream = [pkt(65533 + i, 1000 + 3000 * (i // 2), i % 2 == 1) for i in range(8)]
    out = [buf.add(p)[1] for p in stream[:2]]
    assert out[1] is not None and out[1].timestamp == 1000
    # (65535, 0) arrives with 0 missing; (1, 2) complete behind the hole waits
    assert buf.add(stream[2])[1] is None and buf.add(stream[4])[1] is None and buf.add(stream[5])[1] is None
    # the retransmission of packet 0 comes in time: both frames come out, in order
    assert buf.add(stream[3])[1].timestamp == 4000
    assert buf.add(stream[6])[1].timestamp == 7000  # (one frame per add: the waiting one first)
    # a packet lost for good: after max_wait the buffer skips to the next frame and asks for a keyframe
    buf = VideoFrameBuffer(max_wait=0.2)
    buf.add(stream[0]), buf.add(stream[1])
    assert buf.add(stream[2]) == (False, None)          # 0 (stream[3]) never comes
    buf.add(stream[4])
    time.sleep(0.25)
    pli, frame = buf.add(stream[5])
    assert pli and frame is not None and frame.timestamp == 7000 and buf.skipped == 1
    assert buf.add(stream[3]) == (False, None)          # too late now: dropped, never out of order


def test_video_keeps_flowing_over_the_lossy_cross_border_udp_link(servers):
    """Both stations behind the UDP emulator's cross-border profile (150 ms +- 30 ms, 2 Mbit/s, 2 %
    burst loss), through TURN: the pictures keep coming, in order (lost packets are retransmitted
    on NACK or skipped with a keyframe request, never a frozen picture)."""
    cfg, janus, turn, authority = servers
    with UdpLinkEmulator("127.0.0.1", cfg.turn_port, "cross-border", seed=1) as emu:
        def via(grant):
            s = dict(grant.ice_servers[0], urls=[f"turn:127.0.0.1:{emu.port}?transport=udp"])
            return dataclasses.replace(grant, ice_servers=[s])

        a = Station(via(authority.issue("ivy", "consult-6")), "Dr Ivy", 440, (640, 360), relay_only=True)
        b = Station(via(authority.issue("jon", "consult-6")), "Dr Jon", 880, (640, 360), relay_only=True)
        try:
            a.call.start(30)
            b.call.start(30)
            fa = a.call.grant.feed_id
            # setting up through the lossy link (ICE, DTLS: a lost handshake packet waits 1 s, then 2)
            # took up to 15 s on a busy machine; what is judged is the flow after it
            assert wait_for(lambda: len(b.numbers(fa)) >= 10, 30)
            time.sleep(8)
            seen = b.numbers(fa)
            assert seen == sorted(seen) and len(set(seen)) == len(seen)
            recent = [n for n, t in b.frames[fa] if n is not None and t > time.time() - 6]
            assert len(recent) >= 0.6 * 15 * 6, len(recent)      # >= 9 of 15 fps over the last 6 s
            assert a.call.frames_sent - seen[-1] < 30             # and not stuck seconds behind
            assert emu.stats.lost > 0                             # the link did lose packets
        finally:
            a.call.stop()
            b.call.stop()
            authority.revoke("ivy")
            authority.revoke("jon")


def test_the_video_buffer_hands_the_decoder_a_keyframe_first_and_asks_until_one_comes():
    """Joining mid-frame, or after a frame was given up, VP8 deltas cannot be decoded (aiortc's
    decoder failed on them and no keyframe was asked for: a call's picture stayed black for tens
    of seconds on the lossy link). The buffer starts at a frame start, drops deltas until a
    keyframe, and repeats its keyframe request (PLI) meanwhile."""
    from aiortc.codecs.vpx import Vp8Encoder
    from aiortc.rtp import RtpPacket

    from comms.webrtc.call import VideoFrameBuffer

    rng = np.random.default_rng(8)
    packets = []  # (frame index, packet)
    seq = 100
    for i in range(30):
        data = bytearray(rng.integers(0, 255, 2500 if i % 10 else 6000, dtype=np.uint8).tobytes())
        data[0] = data[0] & 0xFE if i % 10 == 0 else data[0] | 0x01  # keyframes 0, 10, 20
        payloads = Vp8Encoder._packetize(bytes(data), 300 + i)
        for j, pl in enumerate(payloads):
            p = RtpPacket(payload_type=96, sequence_number=seq, timestamp=3000 * i, marker=j == len(payloads) - 1,
                          payload=pl)
            p._data = pl
            packets.append((i, p))
            seq += 1
    buf = VideoFrameBuffer(max_wait=0.05, key_every=0.05)
    out, plis = [], 0

    def feed(selected, pause=0.0):
        nonlocal plis
        for i, p in selected:
            pli, frame = buf.add(p)
            plis += pli
            if frame is not None:
                out.append(frame.timestamp // 3000)
            time.sleep(pause)
        while (frame := buf._take()) is not None:  # (aiortc takes one per packet; the rest here)
            out.append(frame.timestamp // 3000)

    # joined in the middle of keyframe 0: nothing until keyframe 10, keyframes asked for meanwhile
    feed([(i, p) for i, p in packets if i < 10][1:], pause=0.01)
    assert out == [] and buf.awaiting_key and buf.dropped == 9 and plis >= 2
    feed([(i, p) for i, p in packets if 10 <= i < 14])
    assert out == [10, 11, 12, 13] and not buf.awaiting_key
    # frame 14 loses a packet for good: given up after max_wait, deltas 15-19 dropped, 20 on
    lost = next(k for k, (i, _) in enumerate(packets) if i == 14) + 1
    plis_before = plis
    feed([(i, p) for k, (i, p) in enumerate(packets) if 14 <= i < 20 and k != lost], pause=0.01)
    assert buf.skipped == 1 and buf.awaiting_key and out == [10, 11, 12, 13] and plis > plis_before
    feed([(i, p) for i, p in packets if i >= 20])
    assert out == [10, 11, 12, 13, *range(20, 30)] and not buf.awaiting_key


def test_the_low_feeds_copy_fills_lost_packets_and_never_anything_else():
    """CopyMerger: the copy's packets (other numbering, 40 ms later) fill exactly the packets the
    picture lost, so every frame completes without waiting a round trip; a copy whose frames the
    picture has not seen yet (no offset known) or that the picture does not need adds nothing."""
    from aiortc.codecs.vpx import Vp8Encoder
    from aiortc.rtcrtpparameters import RTCRtpCodecParameters
    from aiortc.rtp import RtpPacket

    from comms.webrtc.broadcast import CopyMerger, PlayoutBuffer

    class Receiver:  # what the buffers read of aiortc's receiver: its codecs; no decoder running
        _RTCRtpReceiver__codecs = {96: RTCRtpCodecParameters(mimeType="video/VP8", clockRate=90000, payloadType=96)}
        _RTCRtpReceiver__decoder_thread = None

    rng = np.random.default_rng(4)
    frames = []  # per frame: its payloads (VP8 descriptor with the picture id, then the data)
    for pid in range(200):
        size = int(rng.integers(1200, 3000)) if pid % 30 else 9000
        data = bytearray(rng.integers(0, 255, size, dtype=np.uint8).tobytes())
        data[0] = data[0] & 0xFE if pid % 30 == 0 else data[0] | 0x01  # a keyframe every 30 (VP8: P bit 0)
        frames.append(Vp8Encoder._packetize(bytes(data), 700 + pid))

    def stream(seq0, ts0, ssrc):
        out, seq = [], seq0
        for i, payloads in enumerate(frames):
            for j, pl in enumerate(payloads):
                p = RtpPacket(payload_type=96, sequence_number=seq & 0xFFFF, timestamp=(ts0 + 3000 * i) & 0xFFFFFFFF,
                              ssrc=ssrc, marker=j == len(payloads) - 1, payload=pl)
                p._data = pl  # (the test checks the bytes that come out, not their depayloading)
                out.append((i, p))
                seq += 1
        return out

    original, copy = stream(65000, 4_294_000_000, 11), stream(1234, 77, 22)
    lost = {k for k in range(len(original)) if rng.random() < 0.03} | {40, 41}  # and a burst
    buf = PlayoutBuffer(Receiver(), max_wait=10.0)
    merger = CopyMerger(buf)
    buf.divert = {22: merger}
    done = []
    buf._decode = lambda pt, frame, now: done.append(frame)
    # the copy of frame i arrives with frame i + 1 of the original (40 ms at 30 fps)
    by_frame: dict[int, list] = {}
    for k, (i, p) in enumerate(original):
        if k not in lost:
            by_frame.setdefault(i, []).append(p)
    for i, p in copy:
        by_frame.setdefault(i + 1, []).append(p)
    for i in sorted(by_frame):
        for p in by_frame[i]:
            buf.add(p)
    assert [f.data for f in done] == [b"".join(f) for f in frames]  # every frame, in order, intact
    assert buf.recovered == len(lost) == merger.used and buf.skipped == 0
    assert buf.missed == len(lost) and buf.arrived == len(original) - len(lost)
    # a copy that never shares a frame start with the picture: no offset, nothing goes in
    buf2 = PlayoutBuffer(Receiver(), max_wait=10.0)
    m2 = CopyMerger(buf2)
    buf2.add(original[0][1])
    for _, p in copy[len(frames[0]):len(frames[0]) + 50]:
        m2.add(p)
    assert m2.offset is None and m2.used == 0 and buf2.recovered == 0
    # switched off (the picture is the full feed): the copy is not used
    buf3 = PlayoutBuffer(Receiver(), max_wait=10.0)
    m3 = CopyMerger(buf3, active=lambda: False)
    buf3.add(original[0][1])
    m3.add(copy[0][1])
    assert m3.used == 0 and m3.offset is None
