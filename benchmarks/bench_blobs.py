"""Benchmark of study transfer through the hub's blob service, beside references measured in the same run.

1. Loopback (no emulator): upload then download of a SIZE MB file (50 MB; --quick 10 MB) through a
   real hub process (CURVE, HMAC-signed chunks, sha256 verified on both sides, audit), in MB/s,
   median of --repeat runs (each upload is a new blob: no dedup). References:
   * a raw file copy (shutil.copyfile) of the same file: the disk/page-cache floor;
   * raw pyzmq chunk streaming: DEALER -> ROUTER in another process over loopback TCP, the same
     chunk size and window, chunks written to a file and acked, downloads read from it,
     WITHOUT CURVE, signing, hashing or any checks.
2. Emulated cross-border link (comms.linkemu "cross-border": 150 ms +-30, 2 Mbit/s, 2 % loss) in
   front of the blob port: upload then download of LINK MB (2 MB; --quick 1 MB) with a reset of
   every connection at half way. Time beside the theoretical size / bandwidth, and beside the raw
   pyzmq stream (same chunk size and window) through an identical emulated link, without a reset.

    .venv/bin/python benchmarks/bench_blobs.py [--quick] [--size MB] [--link-size MB] [--repeat N]
"""

from __future__ import annotations

import argparse
import multiprocessing as mp
import os
import shutil
import statistics
import sys
import tempfile
import threading
import time
from pathlib import Path

import zmq

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from comms.blobs import BlobClient  # noqa: E402
from comms.client import LinkClient  # noqa: E402
from comms.linkemu import PROFILES, LinkEmulator  # noqa: E402
from comms.local import start_local_hub  # noqa: E402

MB = 1_000_000
ROOM = "consult-bench"


def make_file(path: Path, size: int, tag: int) -> Path:
    block = os.urandom(1 << 20)
    with open(path, "wb") as f:
        f.write(tag.to_bytes(8, "big"))
        left = size - 8
        while left > 0:
            n = min(left, len(block))
            f.write(block[:n])
            left -= n
    return path


# ----------------------------------------------------------------------------- raw reference
def _raw_server(endpoint_q, directory: str) -> None:
    ctx = zmq.Context()
    s = ctx.socket(zmq.ROUTER)
    port = s.bind_to_random_port("tcp://127.0.0.1")
    endpoint_q.put(f"tcp://127.0.0.1:{port}")
    fds: dict[bytes, int] = {}
    while True:
        frames = s.recv_multipart()
        ident, op, name, offset = frames[0], frames[1], frames[2], int(frames[3])
        if op == b"stop":
            break
        fd = fds.get(name)
        if fd is None:
            fd = fds[name] = os.open(os.path.join(directory, name.decode()), os.O_RDWR | os.O_CREAT, 0o600)
        if op == b"put":
            os.pwrite(fd, frames[4], offset)
            s.send_multipart([ident, b"ack", frames[3]])
        else:  # get
            s.send_multipart([ident, b"data", frames[3], os.pread(fd, int(frames[4]), offset)])
    for fd in fds.values():
        os.close(fd)
    s.close(0)
    ctx.term()


def raw_roundtrip(src: Path, dest: Path, endpoint: str, name: str, chunk: int, window: int) -> tuple[float, float]:
    ctx = zmq.Context.instance()
    s = ctx.socket(zmq.DEALER)
    s.setsockopt(zmq.LINGER, 0)
    s.connect(endpoint)
    size = src.stat().st_size
    fd = os.open(src, os.O_RDONLY)
    t0 = time.perf_counter()
    nxt, inflight = 0, 0
    while nxt < size or inflight:
        while inflight < window and nxt < size:
            s.send_multipart([b"put", name.encode(), str(nxt).encode(), os.pread(fd, chunk, nxt)])
            nxt += chunk
            inflight += 1
        s.recv_multipart()
        inflight -= 1
    up = time.perf_counter() - t0
    os.close(fd)
    t0 = time.perf_counter()
    with open(dest, "wb") as out:
        nxt, inflight = 0, 0
        while nxt < size or inflight:
            while inflight < window and nxt < size:
                s.send_multipart([b"get", name.encode(), str(nxt).encode(), str(min(chunk, size - nxt)).encode()])
                nxt += chunk
                inflight += 1
            out.write(s.recv_multipart()[2])
            inflight -= 1
    down = time.perf_counter() - t0
    s.close(0)
    if dest.stat().st_size != size:
        raise RuntimeError("raw reference lost bytes")
    return up, down


# ----------------------------------------------------------------------------- ours
def member(hub, tmp: Path, name: str):
    bundle = hub.enrol(name, "specialist")
    lc = LinkClient(bundle, tmp / f"state-{bundle['user_id']}")
    lc.start()
    lc.join(ROOM)
    deadline = time.monotonic() + 15
    while not (lc.services.get("blob") and lc.presence(ROOM)) and time.monotonic() < deadline:
        time.sleep(0.02)
    if not lc.services.get("blob"):
        raise RuntimeError("the hub did not advertise its blob service")
    return lc, bundle, lc.services["blob"]


def med(xs):
    return statistics.median(xs)


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--quick", action="store_true", help="10 MB on loopback, 1 MB over the emulated link")
    ap.add_argument("--size", type=float, default=None, help="MB on loopback (default 50)")
    ap.add_argument("--link-size", type=float, default=None, help="MB over the emulated link (default 2)")
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--chunk-kib", type=int, default=None, help="largest chunk (default: BlobClient's 256 KiB)")
    ap.add_argument("--no-link", action="store_true", help="skip the emulated link part")
    args = ap.parse_args(argv)
    size = int((args.size or (10 if args.quick else 50)) * MB)
    link_size = int((args.link_size or (1 if args.quick else 2)) * MB)
    tmp = Path(tempfile.mkdtemp(prefix="bench-blobs-"))
    hub = start_local_hub(tmp / "hub", module="comms.hub_cli")
    clients = []
    raw = None
    try:
        up_lc, up_bundle, address = member(hub, tmp, "Bench Uploader")
        down_lc, down_bundle, _ = member(hub, tmp, "Bench Receiver")
        clients += [up_lc, down_lc]
        kw = {"chunk_size": args.chunk_kib * 1024} if args.chunk_kib else {}
        uploader, receiver = BlobClient(up_bundle, address, **kw), BlobClient(down_bundle, address, **kw)
        chunk, window = uploader.chunk_size, uploader.window

        q = mp.get_context("fork").Queue()
        rawdir = tmp / "raw"
        rawdir.mkdir()
        raw = mp.get_context("fork").Process(target=_raw_server, args=(q, str(rawdir)), daemon=True)
        raw.start()
        raw_endpoint = q.get(timeout=10)

        ours_up, ours_down, copy_t, raw_up, raw_down = [], [], [], [], []
        for i in range(args.repeat):  # interleaved: ours, copy, raw in each round
            src = make_file(tmp / f"study-{i}.zip", size, i)
            t0 = time.perf_counter()
            sha = uploader.upload(src, ROOM)
            ours_up.append(time.perf_counter() - t0)
            t0 = time.perf_counter()
            got = receiver.download(sha, tmp / "in" / f"study-{i}.zip")
            ours_down.append(time.perf_counter() - t0)
            if got.stat().st_size != size:
                raise RuntimeError("download size differs")
            t0 = time.perf_counter()
            shutil.copyfile(src, tmp / f"copy-{i}.zip")
            copy_t.append(time.perf_counter() - t0)
            u, d = raw_roundtrip(src, tmp / f"raw-{i}.zip", raw_endpoint, f"raw-{i}", chunk, window)
            raw_up.append(u)
            raw_down.append(d)
            for p in (tmp / f"copy-{i}.zip", tmp / f"raw-{i}.zip", rawdir / f"raw-{i}", got):
                p.unlink(missing_ok=True)

        mbps = lambda ts: size / MB / med(ts)  # noqa: E731
        print(f"loopback, {size / MB:.0f} MB, chunk {chunk // 1024} KiB, window {window}, median of {args.repeat} "
              f"(upload includes hashing the file once on the client):")
        print(f"  ours upload     {mbps(ours_up):7.1f} MB/s | raw pyzmq stream up   {mbps(raw_up):7.1f} MB/s "
              f"| ratio {med(ours_up) / med(raw_up):.2f}x time")
        print(f"  ours download   {mbps(ours_down):7.1f} MB/s | raw pyzmq stream down {mbps(raw_down):7.1f} MB/s "
              f"| ratio {med(ours_down) / med(raw_down):.2f}x time")
        print(f"  raw file copy   {mbps(copy_t):7.1f} MB/s (floor; ours up+down is "
              f"{(med(ours_up) + med(ours_down)) / med(copy_t):.1f}x a copy)")

        if args.no_link:
            return 0
        # ------------------------------------------------------------ emulated cross-border link
        profile = PROFILES["cross-border"]
        port = int(address.rsplit(":", 1)[1])
        theory = link_size / profile.bytes_per_second
        with LinkEmulator("127.0.0.1", port, profile=profile, seed=11) as link:
            slow_up = BlobClient(up_bundle, f"tcp://127.0.0.1:{link.port}")
            slow_down = BlobClient(down_bundle, f"tcp://127.0.0.1:{link.port}")
            src = make_file(tmp / "link-study.zip", link_size, 99)
            results = {}
            for what in ("upload", "download"):
                fired = threading.Event()

                def halfway(done, total, label, fired=fired):
                    if label.startswith(("uploading", "downloading")) and done >= total / 2 and not fired.is_set():
                        fired.set()
                        link.reset_all()

                t0 = time.perf_counter()
                if what == "upload":
                    sha = slow_up.upload(src, ROOM, progress=halfway)
                    stats = slow_up.stats
                else:
                    slow_down.download(sha, tmp / "in" / "link-study.zip", progress=halfway)
                    stats = slow_down.stats
                results[what] = (time.perf_counter() - t0, dict(stats), fired.is_set())
        raw_port = int(raw_endpoint.rsplit(":", 1)[1])
        with LinkEmulator("127.0.0.1", raw_port, profile=profile, seed=11) as link:
            raw_link = raw_roundtrip(src, tmp / "raw-link.zip", f"tcp://127.0.0.1:{link.port}", "raw-link", chunk,
                                     window)
        print(f"emulated cross-border link (150 ms +-30, 2 Mbit/s, 2 % loss), {link_size / MB:.1f} MB, "
              f"reset of every connection at half way:")
        for (what, (t, st, fired)), raw_t in zip(results.items(), raw_link):
            moved = st["bytes_sent"] if what == "upload" else st["bytes_received"]
            print(f"  ours {what:<8} {t:6.1f} s | theoretical size/bandwidth {theory:6.1f} s | ratio {t / theory:.2f}x"
                  f" | raw pyzmq stream, no reset {raw_t:6.1f} s (ratio {t / raw_t:.2f}x)"
                  f" | reset fired {fired}, reconnects {st['reconnects']}, resumed from "
                  f"{[round(x / MB, 2) for x in st['resumed_from']]} MB, payload on the wire {moved / MB:.2f} MB")
    finally:
        for c in clients:
            c.stop()
        if raw is not None and raw.is_alive():
            ctx = zmq.Context.instance()
            s = ctx.socket(zmq.DEALER)
            s.setsockopt(zmq.LINGER, 200)
            s.connect(raw_endpoint)
            s.send_multipart([b"stop", b"", b"0"])
            raw.join(5)
            s.close()
        hub.stop()
        shutil.rmtree(tmp, ignore_errors=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
