"""Surgical broadcast on WebRTC (Janus): glass-to-glass latency, the age of the picture on screen,
bitrate, the studio's CPU and fan-out, each beside its goal and a reference measured in the same run.

The measurement is benchmarks/broadcast_webrtc.py's: a studio (``BroadcastPublisher``, this
process) publishes the 720p30 test pattern (camera-like detail) as the full feed, the half-size low
feed and the low feed's copy (40 ms later), with a 440 Hz tone; each viewer is a ``BroadcastViewer``
in another process, and glass-to-glass = the frame's capture -> the decoded frame handed out (one
wall clock; the frame number read back from the picture).

1. loopback: the viewer straight on Janus (goal p95 < 120 ms).
2. cross-border: the viewer through coturn (TURN over UDP) behind the UDP link emulator's
   cross-border profile (150 ms +-30, 2 Mbit/s, 2 % burst loss), at the layer it settles on (goal
   p95 < link + 200 ms, per frame shown and for the age of the picture on screen over time).
   2b. the same with UDP blocked: TURN over TCP through the TCP link emulator's same profile.
3. fan-out: ``--light`` light subscribers in ``--light-procs`` processes (frames counted, never
   decoded) + the decoding viewer: delivery, arrival spread, Janus' CPU.

Reference, same run: the raw one-way latency of small TCP messages (half a raw TCP echo round trip,
no WebRTC, no hub, as bench_consult) through the TCP link emulator with the same profiles.

    .venv/bin/python benchmarks/bench_broadcast.py [--seconds 20] [--light 50] [--light-procs 5] [--quick]
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(Path(__file__).resolve().parent))


def pct(xs, q) -> float:
    return float(np.percentile(xs, q)) if len(xs) else float("nan")


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--seconds", type=float, default=20.0, help="measured seconds per scenario (default 20)")
    ap.add_argument("--quick", action="store_true", help="6 s per scenario, 5 light subscribers (a few minutes)")
    ap.add_argument("--light", type=int, default=50, help="fan-out: light subscribers (default 50)")
    ap.add_argument("--light-procs", type=int, default=5, help="fan-out: processes the light "
                                                               "subscribers are spread over (default 5)")
    args = ap.parse_args(argv)
    import broadcast_webrtc
    from bench_consult import raw_echo_one_way

    t_start, load0 = time.monotonic(), os.getloadavg()
    seconds = 6.0 if args.quick else args.seconds
    light = 5 if args.quick and args.light == 50 else args.light
    print(f"surgical broadcast on WebRTC: studio 720p30 camera-like test pattern + 440 Hz tone, full + low feed + "
          f"the low feed's copy; {seconds:.0f} s measured per scenario; {os.cpu_count()} cores, load average "
          f"{load0[0]:.2f} at start (shared machine)", flush=True)
    r = broadcast_webrtc.measure(seconds, light, procs=args.light_procs)
    ref_lo = raw_echo_one_way("loopback", 50 if args.quick else 100, 11)
    ref_x = raw_echo_one_way("cross-border", 20 if args.quick else 40, 12)

    cb = r["cross-border"]
    print(f"\nreference: raw one-way latency of 256-byte TCP messages (half an echo round trip, no WebRTC, no hub) "
          f"through the TCP link emulator: loopback p50 {np.median(ref_lo):.2f} ms p95 {pct(ref_lo, 95):.2f} ms; "
          f"cross-border p50 {np.median(ref_x):.1f} ms p95 {pct(ref_x, 95):.1f} ms")
    print(f"\nWebRTC (Janus, full + low feed + the low feed's copy; cross-border viewer at the {cb['layer']} feed after "
          f"{cb['switches']} switch(es), {cb['lost']['lost']} of {cb['lost']['sent']} datagrams lost)")
    for part in ("loopback", "cross-border", "udp-blocked"):
        for line in broadcast_webrtc.breakdown_lines(part, r[part]):
            print(line)
    fan, d = r["fan-out"], r["fan-out"]["delivery"]
    print(f"  fan-out: {len(d)} light subscribers in {fan['procs']} processes: delivery min {min(d):.1f} / median "
          f"{np.median(d):.1f} %, arrival spread p95 max {max(row['p95'] for row in fan['rows']):.0f} ms, Janus CPU "
          f"{fan['janus_cpu']:.0f} %, decoding viewer p95 {fan['p95']:.0f} ms")
    print("\nsummary (figure | this run | goal or reference | verdict)")
    rows = broadcast_webrtc.report(r)
    rows += [
        ("reference: raw TCP one-way p95, loopback", f"{pct(ref_lo, 95):.1f} ms",
         f"WebRTC loopback p95 {r['loopback']['p95']:.0f} ms", None),
        ("reference: raw TCP one-way p95, cross-border", f"{pct(ref_x, 95):.0f} ms",
         f"WebRTC cross-border p95 {cb['p95']:.0f} ms, TURN/TCP {r['udp-blocked']['p95']:.0f} ms", None),
    ]
    for name, val, ref, ok in rows:
        print(f"  {name:<42} {val:>18}   {ref:<34} {'' if ok is None else 'met' if ok else 'NOT met'}")
    print(f"\ntotal {time.monotonic() - t_start:.0f} s; load average {os.getloadavg()[0]:.2f} at the end")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
