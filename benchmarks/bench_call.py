"""A consult video call of N stations at 360p through Janus: each station's CPU and what it receives.

Each station is its own process (``--station``, started by the benchmark) publishing the numbered
test pattern (640x360, 15 fps, VP8) and a tone, and receiving every other participant; it reports
its CPU (user+system, % of one core), the frames per second it decoded from each peer and the
frames lost (gaps in the frame numbers). Janus's CPU is measured too.

    .venv/bin/python benchmarks/bench_call.py [--stations 4] [--seconds 20]
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

TICK = os.sysconf("SC_CLK_TCK")


def _cpu(pid: int) -> float:
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / TICK


def _machine() -> tuple[float, float]:
    """(busy, total) CPU seconds of the whole machine, all cores (/proc/stat)."""
    v = [int(x) for x in Path("/proc/stat").read_text().split("\n", 1)[0].split()[1:]]
    idle = v[3] + (v[4] if len(v) > 4 else 0)
    return (sum(v) - idle) / TICK, sum(v) / TICK


def station(grant: dict, name: str, seconds: float, warmup: float) -> None:
    from comms.audio import ToneSource
    from comms.video import TestPatternSource, read_frame_number
    from comms.webrtc.call import CallSession

    seen: dict[int, list[int]] = {}
    arrivals: dict[int, list[tuple[int, float]]] = {}
    sent: dict[int, float] = {}
    counting = [False]

    def on_video(feed, frame, t):
        if counting[0]:
            n = read_frame_number(frame)
            if n is not None:
                seen.setdefault(feed, []).append(n)
                arrivals.setdefault(feed, []).append((n, t))

    class Timed(TestPatternSource):  # remembers when each numbered frame left the "camera"
        def read(self):
            n = self._n
            frame, t = super().read()
            sent[n] = time.time()
            return frame, t

    call = CallSession(grant, name, audio_source=ToneSource(440), video_source=Timed(640, 360, 15),
                       video_size=(640, 360))
    call.remote_video.connect(on_video)
    call.start(30)
    time.sleep(warmup)
    counting[0] = True
    c0, t0 = _cpu(os.getpid()), time.monotonic()
    time.sleep(seconds)
    c1, t1 = _cpu(os.getpid()), time.monotonic()
    counting[0] = False
    call.stop()
    peers = {}
    for feed, nums in seen.items():
        span = max(nums) - min(nums) + 1 if nums else 0
        peers[str(feed)] = {"fps": round(len(nums) / (t1 - t0), 1), "lost": max(0, span - len(set(nums)))}
    print(json.dumps({"name": name, "feed": grant["feed_id"], "cpu_pct": round((c1 - c0) / (t1 - t0) * 100, 1),
                      "peers": peers, "sent": sent, "arrivals": arrivals}), flush=True)


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--stations", type=int, default=4)
    ap.add_argument("--seconds", type=float, default=20.0)
    ap.add_argument("--station", help=argparse.SUPPRESS)
    ap.add_argument("--grant", help=argparse.SUPPRESS)
    ap.add_argument("--warmup", type=float, default=8.0)
    args = ap.parse_args(argv)
    if args.station:
        station(json.loads(args.grant), args.station, args.seconds, args.warmup)
        return 0
    from comms.webrtc.sfu import JanusServer, MediaAuthority, MediaServerConfig

    cfg = MediaServerConfig.for_tests()
    with JanusServer(cfg) as janus:
        auth = MediaAuthority(cfg, janus.videoroom_key)
        procs = []
        for i in range(args.stations):
            g = auth.issue(f"bench-{i}", "consult-bench-call").to_dict()
            procs.append(subprocess.Popen([sys.executable, __file__, "--station", f"station-{i}", "--grant",
                                           json.dumps(g), "--seconds", str(args.seconds),
                                           "--warmup", str(args.warmup)], stdout=subprocess.PIPE, text=True))
        time.sleep(args.warmup)
        j0, t0, m0 = _cpu(janus.proc.pid), time.monotonic(), _machine()
        time.sleep(args.seconds)
        j1, t1, m1 = _cpu(janus.proc.pid), time.monotonic(), _machine()
        results = [json.loads(p.communicate(timeout=args.seconds + 60)[0].strip().splitlines()[-1]) for p in procs]
        auth.close()
    print(f"{args.stations}-station consult call, 640x360 15 fps VP8 + Opus each, through Janus on loopback, "
          f"{args.seconds:.0f} s measured ({os.cpu_count()} cores, shared)")
    for r in results:
        fps = [p["fps"] for p in r["peers"].values()]
        lost = sum(p["lost"] for p in r["peers"].values())
        print(f"  {r['name']}: CPU {r['cpu_pct']:5.1f} % of a core  receives {len(fps)} peers at "
              f"{min(fps, default=0):.1f}-{max(fps, default=0):.1f} fps  frames lost {lost}")
    janus_pct = (j1 - j0) / (t1 - t0) * 100
    print(f"  janus: CPU {janus_pct:.1f} %")
    ours = sum(r["cpu_pct"] for r in results) + janus_pct
    busy = 100 * (m1[0] - m0[0]) / max(1e-9, m1[1] - m0[1])  # % of all cores
    cores = os.cpu_count() or 1
    print(f"  CPU of the call (stations + Janus): {ours:.0f} % of a core = {ours / cores:.0f} % of the machine's "
          f"{cores} cores; the machine was busy {busy:.0f} % meanwhile (other work {max(0.0, busy - ours / cores):.0f} %)"
          f"{': saturated, frames wait for a core' if busy > 85 else ''}")
    sent_by_feed = {str(r["feed"]): r["sent"] for r in results}
    g2g = [t - sent_by_feed[feed][str(n)] for r in results for feed, arr in r["arrivals"].items()
           for n, t in arr if str(n) in sent_by_feed.get(feed, {})]
    if g2g:
        import numpy as np

        ms = np.asarray(g2g) * 1000
        print(f"  glass-to-glass (camera frame read -> decoded at a peer): p50 {np.percentile(ms, 50):.0f} ms  "
              f"p95 {np.percentile(ms, 95):.0f} ms  ({len(ms)} frames)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
