"""Surgical-broadcast video: encode+decode speed, CPU, bitrate and quality, ours beside a reference.

Ours: VP8 as the WebRTC broadcast codes it (aiortc's ``Vp8Encoder``: libvpx, realtime, CBR at the
feed's bitrate; its RTP payloads depacketised and decoded by aiortc's ``Vp8Decoder``), frame by
frame as in a live stream, for the studio's two feeds: the full picture (720p30 at 1.5 Mbit/s,
what aiortc's encoder gives at most) and the half-size low feed (360p30 at 300 kbit/s), as
``comms.webrtc.broadcast.BroadcastPublisher`` publishes them.
Reference, measured in the same run on the SAME frames: OpenCV MJPEG (``cv2.imencode`` JPEG
quality 80 + ``cv2.imdecode``), the usual "just send JPEGs" approach.

Frames: :class:`comms.video.TestPatternSource` with ``detail=True`` (moving colour bars plus a
scrolling band of blurred noise, camera-like), generated up front so only coding is timed.
Figures: frames/s of encode+decode (from the median per-frame time, and overall; quality is
measured after the timed loop), CPU% of this process during coding (100% = one core), bitrate
at the nominal frame rate vs the feed's target, PSNR, frame numbers read back from the pictures.

    .venv/bin/python benchmarks/bench_video.py [--seconds 4] [--quick]
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from fractions import Fraction
from pathlib import Path

import cv2
import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from comms.video import TestPatternSource, psnr, read_frame_number  # noqa: E402

CASES = [("full 720p30", 1280, 720, 30, 1_500_000), ("low 360p30", 640, 360, 30, 300_000)]


def _cpu() -> float:
    t = os.times()
    return t.user + t.system


def run_vp8(frames, w, h, fps, bitrate):
    """aiortc's VP8 encoder and decoder, the RTP payloads depacketised between them."""
    import av
    from aiortc.codecs.vpx import Vp8Decoder, Vp8Encoder, vp8_depayload
    from aiortc.jitterbuffer import JitterFrame

    enc, dec = Vp8Encoder(), Vp8Decoder()
    enc.target_bitrate = bitrate
    per, total, decoded = [], 0, []
    c0, w0 = _cpu(), time.perf_counter()
    for i, f in enumerate(frames):
        t = time.perf_counter()
        vf = av.VideoFrame.from_ndarray(f, format="rgb24")
        vf.pts, vf.time_base = i * 90000 // fps, Fraction(1, 90000)
        payloads, ts = enc.encode(vf)
        data = b"".join(vp8_depayload(p) for p in payloads)
        total += len(data)
        out = [o.to_ndarray(format="rgb24") for o in dec.decode(JitterFrame(data=data, timestamp=ts))]
        per.append(time.perf_counter() - t)
        decoded.append(out)
    wall, cpu = time.perf_counter() - w0, _cpu() - c0
    q, ok = _quality(frames, decoded)
    return dict(per=per, wall=wall, cpu=cpu, bytes=total, psnr=q, ok=ok, codec="VP8 aiortc")


def _quality(frames, decoded):
    """PSNR of each decoded frame against its source, and how many barcodes read back right."""
    q, ok = [], 0
    for i, (f, out) in enumerate(zip(frames, decoded)):
        for o in out:
            q.append(psnr(o, f))
            ok += read_frame_number(o) == i
    return q, ok


def run_mjpeg(frames):
    per, total, decoded = [], 0, []
    c0, w0 = _cpu(), time.perf_counter()
    for f in frames:
        t = time.perf_counter()
        _good, buf = cv2.imencode(".jpg", cv2.cvtColor(f, cv2.COLOR_RGB2BGR), [cv2.IMWRITE_JPEG_QUALITY, 80])
        o = cv2.cvtColor(cv2.imdecode(buf, cv2.IMREAD_COLOR), cv2.COLOR_BGR2RGB)
        per.append(time.perf_counter() - t)
        total += len(buf)
        decoded.append([o])
    wall, cpu = time.perf_counter() - w0, _cpu() - c0
    q, ok = _quality(frames, decoded)
    return dict(per=per, wall=wall, cpu=cpu, bytes=total, psnr=q, ok=ok, codec="MJPEG q80")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--seconds", type=float, default=4.0, help="seconds of video per case (default 4)")
    ap.add_argument("--quick", action="store_true", help="2 s per case")
    a = ap.parse_args()
    secs = 2.0 if a.quick else a.seconds
    print(f"# bench_video: {secs:g} s of video per case, frame-by-frame encode+decode, same frames for both")
    for name, w, h, fps, bitrate in CASES:
        src = TestPatternSource(w, h, fps, realtime=False, detail=True)
        frames = [src.frame(i) for i in range(int(secs * fps))]
        n = len(frames)
        rows = [run_vp8(frames, w, h, fps, bitrate), run_mjpeg(frames)]
        print(f"\n{name} ({w}x{h}@{fps}, target {bitrate / 1e6:.1f} Mbit/s, {n} frames)")
        print(f"  {'codec':<10} {'fps med':>8} {'fps all':>8} {'CPU%':>6} {'Mbit/s':>7} {'vs target':>9}"
              f" {'PSNR med':>8} {'codes ok':>8}")
        for r in rows:
            mbps = r["bytes"] * 8 / (n / fps) / 1e6
            print(f"  {r['codec']:<10} {1 / np.median(r['per']):8.1f} {n / r['wall']:8.1f}"
                  f" {100 * r['cpu'] / r['wall']:6.0f} {mbps:7.2f} {mbps / (bitrate / 1e6):8.2f}x"
                  f" {np.median(r['psnr']):8.1f} {r['ok']:>4}/{n}")
        ours, ref = rows
        print(f"  ratio ours/MJPEG: speed {np.median(ref['per']) / np.median(ours['per']):.2f}x,"
              f" bitrate {ours['bytes'] / ref['bytes']:.3f}x,"
              f" real-time margin at {fps} fps: ours {n / ours['wall'] / fps:.1f}x, MJPEG {n / ref['wall'] / fps:.1f}x")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
