"""Live voice over WebRTC through Janus: the same measurement as bench_media's relay line.

A publishes a marker signal (a 40 ms 1 kHz burst every 500 ms over a quiet continuous voice-like tone) straight to Janus;
B receives it through coturn (TURN over UDP) behind the UDP link emulator (``profile``), as a
partner hospital across the border would. Latency = the burst's first sample handed to A's Opus
encoder (capture) -> its first decoded frame at B (``CallSession.remote_audio``; voice goes to the decoder at once).
``frames``: 20 ms frames B played; ``recovered``: lost frames rebuilt from the next packet's Opus
FEC data (comms.webrtc.voice); ``concealed``: lost frames filled by libopus' loss concealment;
``missing``: frames A sent that B never played (a gap); ``late``: packets that came after a later one
had been played. "Late or concealed" = late + concealed + missing (a recovered frame is neither). CPU: this process (both stations)
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
KHZ = np.exp(-2j * np.pi * 1000 * np.arange(SAMPLES) / 48000.0)


def _cpu(pid: int) -> float:
    fields = open(f"/proc/{pid}/stat").read().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / TICK


class MarkerSource:
    """Bursts of a loud 1 kHz tone over a quiet, continuous voice-like tone (about -30 dBFS, a
    wavering 220 Hz: someone talking, so the encoder codes every frame with its FEC copy as it does
    for speech; pure silence would be DTX, where a loss costs nothing). Remembers when each burst's
    first block was read (captured)."""

    def __init__(self):
        self.n = 0
        self.bursts: list[float] = []
        self.t = np.arange(SAMPLES) / 48000.0

    def read(self, n: int = SAMPLES) -> np.ndarray:
        k = self.n % PERIOD
        t = self.t + self.n * SAMPLES / 48000.0
        self.n += 1
        if k == 0:
            self.bursts.append(time.time())
        if k < BURST:
            return (0.5 * np.sin(2 * np.pi * 1000 * t)).astype(np.float32)
        return (0.03 * np.sin(2 * np.pi * (220 + 60 * np.sin(2 * np.pi * 2 * t)) * t)).astype(np.float32)


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
            # the burst, not the voice under it nor a glitch: the 1 kHz component's amplitude (a 20 ms
            # frame holds 20 whole periods, so this is one exact DFT bin)
            x = pcm.astype(np.float64).reshape(-1)
            loud = len(x) == SAMPLES and 2 * abs(np.dot(x, KHZ)) / SAMPLES > 0.15
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
        def counters():
            bufs = [x for lst in b.audio_buffers.values() for x in lst]
            return {k: sum(getattr(x, k) for x in bufs) for k in ("late", "gaps", "frames", "recovered", "concealed")}

        with lock:
            state["count"] = True
            sent0, onsets0 = src.n, len(onsets)
            jb0 = counters()
        c0, s0, t0 = _cpu(os.getpid()), _cpu(janus.proc.pid) + _cpu(turn.proc.pid), time.monotonic()
        time.sleep(seconds)
        with lock:
            state["count"] = False
            sent = src.n - sent0
            got = frames[0]
            arrivals = list(onsets)
            jb1 = counters()
        c1, s1, t1 = _cpu(os.getpid()), _cpu(janus.proc.pid) + _cpu(turn.proc.pid), time.monotonic()
        stats = a.stats()["publish"]
        bytes_sent = sum(v.get("bytesSent", 0) for k, v in stats.items() if k.startswith("outbound"))
        jb = {k: jb1[k] - jb0[k] for k in jb1}
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
    missing = max(0, sent - got)
    bad = jb["late"] + jb["concealed"] + missing
    return {"p50": pct(50), "p95": pct(95), "frames": got, "bursts": len(delays), "sent": sent,
            "missing": missing, "missing_pct": 100.0 * missing / max(sent, 1),
            "late": jb["late"], "concealed": jb["concealed"] + missing, "recovered": jb["recovered"],
            "bad_pct": 100.0 * bad / max(sent, 1),
            "kbps": bytes_sent * 8 / 1000 / (elapsed + 3.0 + 1.0),
            "clients_cpu": (c1 - c0) / elapsed * 100, "hub_cpu": (s1 - s0) / elapsed * 100,
            "udp": dataclasses.asdict(emu.stats), "jb": jb}


if __name__ == "__main__":
    secs = float(sys.argv[1]) if len(sys.argv) > 1 else 10
    for prof in (None, "cross-border"):
        print(prof or "loopback", run_webrtc(secs, prof))
    print("cross-border, UDP blocked (TURN over TCP)", run_webrtc(secs, "cross-border", udp_blocked=True))
