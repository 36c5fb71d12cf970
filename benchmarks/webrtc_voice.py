"""Live voice over WebRTC through Janus: the same measurement as bench_media's relay line.

A publishes a marker signal (a 40 ms 1 kHz burst every 500 ms, silence between) straight to Janus;
B receives it through coturn (TURN over UDP) behind the UDP link emulator (``profile``), as a
partner hospital across the border would. Latency = the burst's first sample handed to A's Opus
encoder (capture) -> its first decoded frame at B (``CallSession.remote_audio``; voice goes to the decoder at once).
``frames``: 20 ms frames B received; ``missing``: frames A sent that B never played (lost and not
recovered; aiortc conceals nothing, a missing frame is a gap). CPU: this process (both stations)
and the media servers (Janus + coturn).
"""

from __future__ import annotations

import dataclasses
import os
import sys
import threading
import time
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from comms.linkemu import PROFILES, LinkEmulator
from comms.udpemu import UdpLinkEmulator
from comms.webrtc.call import SAMPLES, CallSession
from comms.webrtc.sfu import JanusServer, MediaAuthority, MediaServerConfig, TurnServer

TICK = os.sysconf("SC_CLK_TCK")
PERIOD = 25       # frames between bursts (500 ms)
BURST = 2         # frames per burst (40 ms)


def _cpu(pid: int) -> float:
    fields = open(f"/proc/{pid}/stat").read().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / TICK


class MarkerSource:
    """Bursts of a 1 kHz tone; remembers when each burst's first block was read (captured)."""

    def __init__(self):
        self.n = 0
        self.bursts: list[float] = []
        self.t = np.arange(SAMPLES) / 48000.0

    def read(self, n: int = SAMPLES) -> np.ndarray:
        k = self.n % PERIOD
        self.n += 1
        if k == 0:
            self.bursts.append(time.time())
        if k < BURST:
            return (0.5 * np.sin(2 * np.pi * 1000 * self.t)).astype(np.float32)
        return np.zeros(n, np.float32)


def run_webrtc(seconds: float, profile: str | None, seed: int = 11, udp_blocked: bool = False) -> dict:
    """``udp_blocked``: B's firewall blocks UDP; its media rides TURN over TCP through the TCP
    link emulator (comms.linkemu, same profile) instead."""
    cfg = MediaServerConfig.for_tests()
    link_profile = PROFILES[profile] if profile else PROFILES["loopback"]
    with JanusServer(cfg) as janus, TurnServer(cfg) as turn, \
            UdpLinkEmulator("127.0.0.1", cfg.turn_port, link_profile, seed=seed, blocked=udp_blocked) as emu, \
            LinkEmulator("127.0.0.1", cfg.turn_port, profile=link_profile, seed=seed) as tcp:
        auth = MediaAuthority(cfg, janus.videoroom_key)
        ga, gb = auth.issue("bench-a", "consult-bench"), auth.issue("bench-b", "consult-bench")
        url = (f"turn:127.0.0.1:{tcp.port}?transport=tcp" if udp_blocked
               else f"turn:127.0.0.1:{emu.port}?transport=udp")
        gb = dataclasses.replace(gb, ice_servers=[dict(gb.ice_servers[0], urls=[url])])
        src = MarkerSource()
        a = CallSession(ga, "A", audio_source=src)
        b = CallSession(gb, "B", relay_only=True, turn_transport="tcp" if udp_blocked else "udp")
        onsets: list[float] = []
        frames = [0]
        state = {"silent": 99, "count": False}
        lock = threading.Lock()

        def on_audio(feed, pcm, t):
            if feed != ga.feed_id:
                return
            loud = float(np.sqrt(np.mean(pcm.astype(np.float64) ** 2))) > 0.05
            with lock:
                if state["count"]:
                    frames[0] += 1
                    if loud and state["silent"] >= 5:
                        onsets.append(t)
                state["silent"] = 0 if loud else state["silent"] + 1

        b.remote_audio.connect(on_audio)
        a.start(30)
        b.start(30)
        time.sleep(3.0)  # warm-up: ICE, DTLS, jitter estimate
        with lock:
            state["count"] = True
            sent0, onsets0 = src.n, len(onsets)
        c0, s0, t0 = _cpu(os.getpid()), _cpu(janus.proc.pid) + _cpu(turn.proc.pid), time.monotonic()
        time.sleep(seconds)
        with lock:
            state["count"] = False
            sent = src.n - sent0
            got = frames[0]
            arrivals = list(onsets)
        c1, s1, t1 = _cpu(os.getpid()), _cpu(janus.proc.pid) + _cpu(turn.proc.pid), time.monotonic()
        stats = a.stats()["publish"]
        bytes_sent = sum(v.get("bytesSent", 0) for k, v in stats.items() if k.startswith("outbound"))
        bufs = [x for lst in b.audio_buffers.values() for x in lst]
        jb = {"late": sum(x.late for x in bufs), "gaps": sum(x.gaps for x in bufs), "decoded": sum(x.frames for x in bufs)}
        a.stop()
        b.stop()
        auth.close()
    bursts = np.asarray(src.bursts)
    delays = []
    for t in arrivals:
        before = bursts[bursts <= t]
        if len(before) and t - before[-1] < PERIOD * 0.020:
            delays.append(t - before[-1])
    elapsed = max(t1 - t0, 1e-6)
    pct = (lambda q: float(np.percentile(np.asarray(delays) * 1000, q)) if delays else float("nan"))
    return {"p50": pct(50), "p95": pct(95), "frames": got, "bursts": len(delays),
            "missing": max(0, sent - got), "missing_pct": 100.0 * max(0, sent - got) / max(sent, 1),
            "kbps": bytes_sent * 8 / 1000 / (elapsed + 3.0 + 1.0),
            "clients_cpu": (c1 - c0) / elapsed * 100, "hub_cpu": (s1 - s0) / elapsed * 100,
            "udp": dataclasses.asdict(emu.stats), "jb": jb}


if __name__ == "__main__":
    secs = float(sys.argv[1]) if len(sys.argv) > 1 else 10
    for prof in (None, "cross-border"):
        print(prof or "loopback", run_webrtc(secs, prof))
    print("cross-border, UDP blocked (TURN over TCP)", run_webrtc(secs, "cross-border", udp_blocked=True))
