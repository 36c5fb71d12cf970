"""Live voice: mouth-to-ear latency, bitrate and CPU of one stream, ours beside a reference.

Ours (benchmarks/webrtc_voice.py): participant A (a 440 Hz tone, 20 ms "microphone" blocks) ->
Opus -> Janus VideoRoom -> coturn (TURN/UDP) -> the UDP link emulator -> B; latency = capture ->
decoded at B (voice goes to the decoder at once, comms.webrtc.call.LowDelayAudioBuffer; the
speaker's short queue absorbs jitter); a lost frame is "recovered" when rebuilt from the next
packet's Opus FEC data, "concealed" when filled by libopus' loss concealment or never played
(comms.webrtc.voice); "late or concealed" is their share of frames sent. Cross-border, also with
UDP blocked: TURN over TCP behind the TCP link emulator.

Reference, measured in the same run: raw 16-bit PCM frames over plain pyzmq (no CURVE, no Opus, no
jitter buffer) through a minimal in-process ROUTER relay and the same TCP link emulator; latency =
capture -> arrival at the receiver (what a client without a jitter buffer would play, if it never
had to absorb jitter). Plus the ITU-T G.114 guideline: at most 150 ms one-way for good interactivity.

Both run on loopback and over the emulated cross-border link (profile "cross-border": 150 ms
+-30 ms, 2 Mbit/s, 2 % loss; the TCP emulator turns loss into retransmission holds).

    .venv/bin/python benchmarks/bench_media.py [--seconds 15] [--quick]
"""

from __future__ import annotations

import argparse
import os
import sys
import threading
import time
from pathlib import Path

import numpy as np
import zmq

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from comms.audio import FRAME_SAMPLES, SourcePump, ToneSource  # noqa: E402
from comms.clock import wall_clock  # noqa: E402
from comms.linkemu import PROFILES, LinkEmulator  # noqa: E402
from webrtc_voice import run_webrtc  # noqa: E402  (benchmarks/webrtc_voice.py)

TICK = os.sysconf("SC_CLK_TCK")


def proc_cpu(pid: int) -> float:
    """CPU seconds (user+system) of a process so far."""
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / TICK


def pct(x, q):
    return float(np.percentile(np.asarray(x) * 1000.0, q)) if len(x) else float("nan")


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
    print(f"live voice, one 48 kHz mono stream, {seconds:.0f} s measured per scenario "
          f"({FRAME_SAMPLES / 48:.0f} ms frames); latency = capture -> playable at the receiver")
    for label, profile in (("loopback", None), ("cross-border", "cross-border")):
        ours = run_webrtc(seconds, profile)
        ref = run_reference(seconds, profile)
        print(f"\n[{label}]")
        print(f"  ours  Opus+Janus, no-wait JB:    p50 {ours['p50']:6.1f} ms  p95 {ours['p95']:6.1f} ms  "
              f"{ours['kbps']:5.1f} kbit/s  frames {ours['frames']}  late {ours['late']}  concealed {ours['concealed']} "
              f"recovered {ours['recovered']} ({ours['bad_pct']:.2f} % late or concealed)  CPU clients "
              f"{ours['clients_cpu']:.1f} %  janus+coturn {ours['hub_cpu']:.1f} %"
              f"{'  (B via TURN/UDP behind the UDP link emulator)' if profile else ''}")
        if profile:
            tcp = run_webrtc(seconds, profile, udp_blocked=True)
            print(f"  ours, UDP blocked (TURN/TCP):   p50 {tcp['p50']:6.1f} ms  p95 {tcp['p95']:6.1f} ms  "
                  f"{tcp['kbps']:5.1f} kbit/s  frames {tcp['frames']}  late {tcp['late']}  concealed {tcp['concealed']} "
                  f"recovered {tcp['recovered']} ({tcp['bad_pct']:.2f} % late or concealed)  (B via TURN over TCP "
                  f"behind the TCP link emulator)")
        print(f"  ref   raw PCM over pyzmq, no JB:  p50 {ref['p50']:6.1f} ms  p95 {ref['p95']:6.1f} ms  "
              f"{ref['kbps']:5.1f} kbit/s  frames {ref['frames']}  CPU {ref['cpu']:.1f} %"
              f"{'  (through the TCP link emulator)' if profile else ''}")
        print(f"  ratio ours/ref p50 {ours['p50'] / ref['p50']:.2f}  p95 {ours['p95'] / ref['p95']:.2f}  "
              f"bitrate {ours['kbps'] / ref['kbps']:.3f}")
        if profile is None:
            print(f"  ITU-T G.114 one-way guideline 150 ms: ours p95 {ours['p95']:.1f} ms "
                  f"({'within' if ours['p95'] <= 150 else 'ABOVE'})")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
