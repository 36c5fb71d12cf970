"""Live voice: mouth-to-ear latency, bitrate and CPU of one stream, ours beside a reference.

Ours: participant A (SourcePump with a 440 Hz tone, 20 ms "microphone" blocks) -> Opus -> the
hub's MediaRelay (real hub process, CURVE) -> participant B's jitter buffer. Latency = capture
timestamp of a frame -> the frame decoded and leaving B's jitter buffer (``MediaClient.playout_delays``).

Reference, measured in the same run: raw 16-bit PCM frames over plain pyzmq (no CURVE, no Opus, no
jitter buffer) through a minimal in-process ROUTER relay; latency = capture -> arrival at the receiver
(what a client without a jitter buffer would play, if it never had to absorb jitter). Plus the
ITU-T G.114 guideline: at most 150 ms one-way for good interactivity.

WebRTC (the new path, benchmarks/webrtc_voice.py): A -> Janus VideoRoom -> coturn (TURN/UDP) -> the
UDP link emulator -> B; latency = capture -> decoded at B (voice goes to the decoder at once,
comms.webrtc.call.LowDelayAudioBuffer; the speaker's short queue absorbs jitter); a lost frame is
"recovered" when rebuilt from the next packet's Opus FEC data, "concealed" when filled by libopus'
loss concealment or never played (comms.webrtc.voice); "late or concealed" is their share of frames sent.

Both run on loopback and over the emulated cross-border link (LinkEmulator "cross-border":
150 ms +-30 ms, 2 Mbit/s, 2 % loss as retransmission holds) between the relay and B.

    .venv/bin/python benchmarks/bench_media.py [--seconds 15] [--quick]
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import threading
import time
from pathlib import Path

import numpy as np
import zmq

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from comms.audio import SourcePump, ToneSource  # noqa: E402
from comms.client import LinkClient  # noqa: E402
from comms.linkemu import PROFILES, LinkEmulator  # noqa: E402
from comms.local import LocalHub  # noqa: E402
from comms.media import FRAME_SAMPLES, MediaClient, wall_clock  # noqa: E402
from webrtc_voice import run_webrtc  # noqa: E402  (benchmarks/webrtc_voice.py)

ROOM = "consult-bench-media"
TICK = os.sysconf("SC_CLK_TCK")


def proc_cpu(pid: int) -> float:
    """CPU seconds (user+system) of a process so far."""
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / TICK


def pct(x, q):
    return float(np.percentile(np.asarray(x) * 1000.0, q)) if len(x) else float("nan")


def run_ours(hub, a, b, seconds: float, profile: str | None) -> dict:
    address = hub.services["media"]
    link = None
    b_address = address
    if profile:
        host, port = address.rsplit("//", 1)[1].rsplit(":", 1)
        link = LinkEmulator(host, int(port), profile=PROFILES[profile], seed=11).start()
        b_address = f"tcp://127.0.0.1:{link.port}"
    ma = MediaClient(a, address).start()
    mb = MediaClient(b, b_address).start()
    ma.join(ROOM)
    mb.join(ROOM)
    deadline = time.monotonic() + 10
    while (ma.state != "joined" or mb.state != "joined") and time.monotonic() < deadline:
        time.sleep(0.05)
    pump = SourcePump(ToneSource(440.0), ma.send_audio).start()
    time.sleep(2.0)  # warm-up: codec start, jitter estimate
    skip = len(mb.playout_delays(a["user_id"]))
    c0, h0, t0 = proc_cpu(os.getpid()), proc_cpu(hub.pid), time.monotonic()
    time.sleep(seconds)
    c1, h1, t1 = proc_cpu(os.getpid()), proc_cpu(hub.pid), time.monotonic()
    delays = mb.playout_delays(a["user_id"])[skip:]
    st = mb.stats["senders"].get(a["user_id"], {})
    sent_kbps = ma.stats["bitrate_kbps"]
    pump.stop()
    ma.stop()
    mb.stop()
    if link:
        link.stop()
    return {"p50": pct(delays, 50), "p95": pct(delays, 95), "frames": len(delays), "kbps": sent_kbps,
            "late": st.get("late", 0), "concealed": st.get("concealed", 0),
            "clients_cpu": (c1 - c0) / (t1 - t0) * 100, "hub_cpu": (h1 - h0) / (t1 - t0) * 100}


def run_reference(seconds: float, profile: str | None) -> dict:
    """Raw PCM over plain pyzmq through a minimal ROUTER relay thread, no jitter buffer."""
    ctx = zmq.Context()
    relay = ctx.socket(zmq.ROUTER)
    port = relay.bind_to_random_port("tcp://127.0.0.1")
    link = None
    rport = port
    if profile:
        link = LinkEmulator("127.0.0.1", port, profile=PROFILES[profile], seed=11).start()
        rport = link.port
    snd, rcv = ctx.socket(zmq.DEALER), ctx.socket(zmq.DEALER)
    snd.setsockopt(zmq.IDENTITY, b"A")
    rcv.setsockopt(zmq.IDENTITY, b"B")
    snd.connect(f"tcp://127.0.0.1:{port}")
    rcv.connect(f"tcp://127.0.0.1:{rport}")
    stop = threading.Event()

    def relay_loop():
        while not stop.is_set():
            if relay.poll(100):
                frames = relay.recv_multipart()
                if frames[0] == b"A":
                    relay.send_multipart([b"B", *frames[1:]])

    arrivals: list[float] = []
    nbytes = [0]

    def recv_loop():
        while not stop.is_set():
            if rcv.poll(100):
                cap, pcm = rcv.recv_multipart()
                arrivals.append(wall_clock() - float(cap.decode()))
                nbytes[0] += len(pcm)

    rcv.send(b"hello")  # the relay learns B's identity
    threads = [threading.Thread(target=relay_loop, daemon=True), threading.Thread(target=recv_loop, daemon=True)]
    for t in threads:
        t.start()
    time.sleep(0.3)
    tone = ToneSource(440.0)

    def send(pcm, cap):
        snd.send_multipart([repr(cap).encode(), (pcm * 32767).astype(np.int16).tobytes()])

    lock = threading.Lock()

    def sink(pcm, cap):
        with lock:
            send(pcm, cap)

    pump = SourcePump(tone, sink).start()
    time.sleep(2.0)
    skip, b0 = len(arrivals), nbytes[0]
    c0, t0 = proc_cpu(os.getpid()), time.monotonic()
    time.sleep(seconds)
    c1, t1 = proc_cpu(os.getpid()), time.monotonic()
    got, b1 = arrivals[skip:], nbytes[0]
    pump.stop()
    stop.set()
    for t in threads:
        t.join(1)
    for s in (snd, rcv, relay):
        s.close(linger=0)
    ctx.term()
    if link:
        link.stop()
    return {"p50": pct(got, 50), "p95": pct(got, 95), "frames": len(got),
            "kbps": (b1 - b0) * 8 / (t1 - t0) / 1000, "cpu": (c1 - c0) / (t1 - t0) * 100}


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--seconds", type=float, default=15.0, help="measured seconds per scenario")
    ap.add_argument("--quick", action="store_true", help="5 s per scenario")
    args = ap.parse_args(argv)
    seconds = 5.0 if args.quick else args.seconds
    tmp = Path(tempfile.mkdtemp(prefix="bench-media-"))
    hub = LocalHub(tmp / "hub", module="comms.hub_cli").start()
    links = []
    try:
        a, b = hub.enrol("Bench A"), hub.enrol("Bench B")
        for bundle in (a, b):
            lc = LinkClient(bundle, tmp / bundle["user_id"]).start()
            lc.join(ROOM)
            links.append(lc)
        deadline = time.monotonic() + 10
        while any(lc.room_role(ROOM) is None for lc in links) and time.monotonic() < deadline:
            time.sleep(0.05)
        print(f"live voice, one 48 kHz mono stream, {seconds:.0f} s measured per scenario "
              f"({FRAME_SAMPLES / 48:.0f} ms frames); latency = capture -> playable at the receiver")
        for label, profile in (("loopback", None), ("cross-border", "cross-border")):
            ours = run_ours(hub, a, b, seconds, profile)
            ref = run_reference(seconds, profile)
            print(f"\n[{label}]")
            print(f"  ours  Opus+relay+jitter buffer: p50 {ours['p50']:6.1f} ms  p95 {ours['p95']:6.1f} ms  "
                  f"{ours['kbps']:5.1f} kbit/s  frames {ours['frames']}  late {ours['late']}  "
                  f"concealed {ours['concealed']}  CPU clients {ours['clients_cpu']:.1f} %  hub {ours['hub_cpu']:.1f} %"
                  f"{'  (clients CPU includes the in-process link emulator)' if profile else ''}")
            print(f"  ref   raw PCM over pyzmq, no JB:  p50 {ref['p50']:6.1f} ms  p95 {ref['p95']:6.1f} ms  "
                  f"{ref['kbps']:5.1f} kbit/s  frames {ref['frames']}  CPU {ref['cpu']:.1f} %")
            print(f"  ratio ours/ref p50 {ours['p50'] / ref['p50']:.2f}  p95 {ours['p95'] / ref['p95']:.2f}  "
                  f"bitrate {ours['kbps'] / ref['kbps']:.3f}")
            rtc = run_webrtc(seconds, profile)
            print(f"  webrtc Opus+Janus, no-wait JB:   p50 {rtc['p50']:6.1f} ms  p95 {rtc['p95']:6.1f} ms  "
                  f"{rtc['kbps']:5.1f} kbit/s  frames {rtc['frames']}  late {rtc['late']}  concealed {rtc['concealed']} "
                  f"recovered {rtc['recovered']} ({rtc['bad_pct']:.2f} % late or concealed)  CPU clients {rtc['clients_cpu']:.1f} %  "
                  f"janus+coturn {rtc['hub_cpu']:.1f} %  (B via TURN/UDP behind the UDP link emulator)")
            if profile:
                tcp = run_webrtc(seconds, profile, udp_blocked=True)
                print(f"  webrtc, UDP blocked (TURN/TCP): p50 {tcp['p50']:6.1f} ms  p95 {tcp['p95']:6.1f} ms  "
                      f"{tcp['kbps']:5.1f} kbit/s  frames {tcp['frames']}  late {tcp['late']}  concealed {tcp['concealed']} "
                      f"recovered {tcp['recovered']} ({tcp['bad_pct']:.2f} % late or concealed)  (B via TURN over TCP behind the TCP link emulator)")
            if profile is None:
                print(f"  ITU-T G.114 one-way guideline 150 ms: ours p95 {ours['p95']:.1f} ms "
                      f"({'within' if ours['p95'] <= 150 else 'ABOVE'})")
    finally:
        for lc in links:
            lc.stop()
        hub.stop()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
