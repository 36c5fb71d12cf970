"""Benchmark of course delivery: download and install of a course package through a real hub, on
loopback and over the emulated cross-border link, with a resume after a cut, beside the raw
transfer time of the same bytes through the same link.

The course is the shipped sample course ("Reading chest/abdomen CT": text, a CT case, a quiz)
plus a module of recorded lectures (video lessons whose MP4 files are incompressible filler
bytes) up to the requested size, built and validated by ``courseware.package.build``.

1. Loopback, ``--size-mb`` (default 500): the coordinator publishes it into a cohort (upload,
   hashing included); a trainee downloads it with ``comms.courses.download_course`` straight
   from the hub's blob port, and again through a plain loopback proxy (comms.linkemu "loopback")
   that resets every connection at half way (the download resumes from what it has);
   ``courseware.package.install`` unpacks and verifies it. Reference: the same bytes as one raw
   TCP stream (``socket.sendfile``, no encryption, signing or hashing), directly and through the
   same proxy.
2. Emulated cross-border link (comms.linkemu "cross-border": 150 ms +-30 each way, 2 Mbit/s,
   2 % loss): a smaller course, ``--link-size-mb`` (default 4; at 2 Mbit/s 500 MB would take
   over half an hour), downloaded cleanly and with a reset of every connection at half way, beside
   the raw TCP stream of the same bytes through an identical emulated link. The rates are
   extrapolated to ``--size-mb`` (time = size / measured rate), and the output says so.

    .venv/bin/python benchmarks/bench_courses.py [--size-mb 500] [--link-size-mb 4] [--no-link]

Measured here (2 shared cores, 2 min in all): loopback, 500 MB: publish 3.9 s, download 8.4 s
(raw TCP stream 3.7 s), download through the proxy with a reset at 50 % 7.2 s (resumed at 250 MB,
500 MB received in all), install 5.2 s. Cross-border, 4 MB: raw stream 16.2 s (the 2 Mbit/s
limit: 16.0 s), download 18.3 s (1.13x), with a reset at 50 % 21.4 s (1.32x, resumed at 2 MB);
extrapolated to 500 MB: raw 34 min, download 38 min, with a reset 45 min (the reset's reconnect
costs a fixed few seconds, so this last figure overstates it for a large course).
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import socket
import sys
import tempfile
import threading
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from comms.blobs import BlobClient  # noqa: E402
from comms.client import LinkClient  # noqa: E402
from comms.courses import create_cohort, download_course, new_cohort_id, publish_course  # noqa: E402
from comms.linkemu import PROFILES, LinkEmulator  # noqa: E402
from comms.local import start_local_hub  # noqa: E402
from courseware.package import CoursePackage, build, install  # noqa: E402

MB = 1_000_000
VIDEO_MAX = 100 * MB


# ----------------------------------------------------------------------------- the course
def build_course(work: Path, size: int, version: str) -> Path:
    """The sample course plus recorded lectures up to ``size`` bytes, as a .silkcourse."""
    from courseware.cli import SAMPLE_CASE, SAMPLE_DIR, write_sample_case, write_windows_figure

    src = work / f"src-{version}"
    shutil.copytree(SAMPLE_DIR, src)
    write_windows_figure(src / "content" / "images" / "windows.png")
    write_sample_case(src / SAMPLE_CASE)
    base = sum(p.stat().st_size for p in src.rglob("*") if p.is_file())
    manifest = json.loads((src / "manifest.json").read_text(encoding="utf-8"))
    manifest["version"] = version
    lessons, left, n = [], size - base, 0
    block = os.urandom(1 << 20)
    while left > 0:
        n += 1
        name = f"content/video/lecture-{n}.mp4"
        (src / name).parent.mkdir(parents=True, exist_ok=True)
        want = min(left, VIDEO_MAX)
        with open(src / name, "wb") as f:
            f.write(f"{version}/{n}".encode().ljust(64, b"\0"))  # every file different
            done = 64
            while done < want:
                k = min(len(block), want - done)
                f.write(block[:k])
                done += k
        left -= want
        lessons.append({"kind": "video", "id": f"lecture-{n}", "video": name,
                        "title": {"en": f"Recorded lecture {n}", "zh-Hans": f"录播讲座 {n}",
                                  "vi": f"Bài giảng ghi hình {n}"}})
    if lessons:
        manifest["modules"].append({"id": "recordings", "title": {"en": "Recorded lectures", "zh-Hans": "录播讲座",
                                                                  "vi": "Bài giảng ghi hình"}, "lessons": lessons})
    (src / "manifest.json").write_text(json.dumps(manifest, ensure_ascii=False, indent=1), encoding="utf-8")
    out = build(src, work / f"course-{version}.silkcourse")
    shutil.rmtree(src)
    return out


# ----------------------------------------------------------------------------- raw reference
class RawStream:
    """A TCP server that sends one file to whoever connects (kernel sendfile), then closes."""

    def __init__(self, path: Path):
        self.path = path
        self.sock = socket.create_server(("127.0.0.1", 0))
        self.port = self.sock.getsockname()[1]
        self._thread = threading.Thread(target=self._serve, daemon=True)
        self._thread.start()

    def _serve(self) -> None:
        while True:
            try:
                conn, _ = self.sock.accept()
            except OSError:
                return
            with conn, open(self.path, "rb") as f:
                try:
                    conn.sendfile(f)
                except OSError:
                    pass

    def fetch(self, port: int, dest: Path) -> float:
        """Seconds to receive the whole file through ``port`` (the server's, or a proxy's)."""
        buf = bytearray(1 << 20)
        view = memoryview(buf)
        t0 = time.perf_counter()
        got = 0
        with socket.create_connection(("127.0.0.1", port)) as s, open(dest, "wb") as out:
            while n := s.recv_into(buf):
                out.write(view[:n])
                got += n
        t = time.perf_counter() - t0
        if got != self.path.stat().st_size:
            raise RuntimeError(f"raw stream: {got} of {self.path.stat().st_size} bytes")
        dest.unlink()
        return t

    def close(self) -> None:
        self.sock.close()


# ----------------------------------------------------------------------------- ours
def connect(hub, tmp: Path, name: str, role: str):
    bundle = hub.enrol(name, role)
    lc = LinkClient(bundle, tmp / f"link-{bundle['user_id']}").start()
    deadline = time.monotonic() + 20
    while not (lc.state == "online" and lc.services.get("blob")):
        if time.monotonic() > deadline:
            raise RuntimeError(f"{name}: not online ({lc.state})")
        time.sleep(0.02)
    return bundle, lc


def publish(coord, cohort: str, pkg: Path):
    with CoursePackage.open(pkg) as p:
        m = p.manifest
    t0 = time.perf_counter()
    entry = publish_course(coord, cohort, pkg, course_id=m.id, version=m.version, title=m.title,
                           languages=m.languages, default_language=m.default_language)
    return entry, time.perf_counter() - t0


def fetch(lc, bundle, entry, dest: Path, port: int | None = None, link: LinkEmulator | None = None,
          cut_at: float | None = None):
    """Download (through ``port`` if given); with ``cut_at`` the link resets every connection when that
    fraction has arrived. Returns (seconds, BlobClient stats, path)."""
    blobs = BlobClient(bundle, f"tcp://127.0.0.1:{port}" if port else lc.services["blob"])
    fired = threading.Event()

    def progress(done, total, label):
        if cut_at is not None and not fired.is_set() and done >= cut_at * total:
            fired.set()
            link.reset_all()

    t0 = time.perf_counter()
    path = download_course(lc, entry, dest, progress=progress, blobs=blobs)
    t = time.perf_counter() - t0
    if cut_at is not None and not fired.is_set():
        raise RuntimeError("the cut did not happen")
    return t, dict(blobs.stats), path


def timed_install(path: Path, courses: Path) -> float:
    t0 = time.perf_counter()
    install(path, courses)
    return time.perf_counter() - t0


def resumed(st: dict) -> str:
    return (f"resumed from {[round(x / MB, 1) for x in st['resumed_from']]} MB after {st['reconnects']} "
            f"reconnect(s), {st['bytes_received'] / MB:.1f} MB received")


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--size-mb", type=float, default=500, help="course size on loopback (default 500)")
    ap.add_argument("--link-size-mb", type=float, default=4,
                    help="course size over the emulated cross-border link (default 4; extrapolated to --size-mb)")
    ap.add_argument("--no-link", action="store_true", help="skip the cross-border part")
    ap.add_argument("--keep", action="store_true", help="keep the work directory")
    args = ap.parse_args(argv)
    size, link_size = int(args.size_mb * MB), int(args.link_size_mb * MB)
    tmp = Path(tempfile.mkdtemp(prefix="bench-courses-"))
    hub = start_local_hub(tmp / "hub", module="comms.hub_cli")
    clients = []
    try:
        cb, coord = connect(hub, tmp, "Bench Coordinator", "coordinator")
        tb, trainee = connect(hub, tmp, "Bench Trainee", "trainee")
        clients += [coord, trainee]
        cohort = create_cohort(coord, new_cohort_id(), "Benchmark cohort")
        trainee.join(cohort, kind="cohort")
        blob_port = int(trainee.services["blob"].rsplit(":", 1)[1])

        # ------------------------------------------------------------ loopback
        t0 = time.perf_counter()
        pkg = build_course(tmp, size, "1.0.0")
        build_t = time.perf_counter() - t0
        real = pkg.stat().st_size
        entry, up_t = publish(coord, cohort, pkg)
        raw = RawStream(pkg)
        raw_t = raw.fetch(raw.port, tmp / "raw.bin")
        down_t, _, path = fetch(trainee, tb, entry, tmp / "dl-direct")
        inst_t = timed_install(path, tmp / "courses-direct")
        shutil.rmtree(tmp / "dl-direct")
        shutil.rmtree(tmp / "courses-direct")
        with LinkEmulator("127.0.0.1", blob_port, profile=PROFILES["loopback"], seed=1) as link:
            cut_t, cut_st, path = fetch(trainee, tb, entry, tmp / "dl-cut", link.port, link, cut_at=0.5)
        with LinkEmulator("127.0.0.1", raw.port, profile=PROFILES["loopback"], seed=1) as link:
            raw_proxy_t = raw.fetch(link.port, tmp / "raw.bin")
        inst2_t = timed_install(path, tmp / "courses-cut")
        raw.close()
        shutil.rmtree(tmp / "dl-cut")
        shutil.rmtree(tmp / "courses-cut")
        pkg.unlink()
        r = lambda t: real / MB / t  # noqa: E731
        print(f"loopback, a {real / MB:.0f} MB course (built and validated in {build_t:.1f} s):")
        print(f"  publish (hash + upload)            {up_t:6.1f} s  {r(up_t):7.1f} MB/s")
        print(f"  download, direct                   {down_t:6.1f} s  {r(down_t):7.1f} MB/s | raw TCP stream "
              f"{raw_t:5.1f} s ({r(raw_t):.0f} MB/s), ratio {down_t / raw_t:.1f}x")
        print(f"  download via proxy, reset at 50 %  {cut_t:6.1f} s  {r(cut_t):7.1f} MB/s | raw TCP stream via "
              f"the proxy, no reset {raw_proxy_t:5.1f} s, ratio {cut_t / raw_proxy_t:.1f}x | {resumed(cut_st)}")
        print(f"  install (unpack + verify)          {inst_t:6.1f} s  {r(inst_t):7.1f} MB/s  "
              f"(again after the cut download: {inst2_t:.1f} s)")
        print(f"  download + install                 {down_t + inst_t:6.1f} s")

        if args.no_link:
            return 0
        # ------------------------------------------------------------ emulated cross-border link
        profile = PROFILES["cross-border"]
        pkg = build_course(tmp, link_size, "1.0.1")
        small = pkg.stat().st_size
        entry, _ = publish(coord, cohort, pkg)
        raw = RawStream(pkg)
        with LinkEmulator("127.0.0.1", raw.port, profile=profile, seed=7) as link:
            raw_t = raw.fetch(link.port, tmp / "raw.bin")
        with LinkEmulator("127.0.0.1", blob_port, profile=profile, seed=7) as link:
            clean_t, _, path = fetch(trainee, tb, entry, tmp / "dl-link", link.port)
        inst_t = timed_install(path, tmp / "courses-link")
        shutil.rmtree(tmp / "dl-link")
        with LinkEmulator("127.0.0.1", blob_port, profile=profile, seed=7) as link:
            cut_t, cut_st, path = fetch(trainee, tb, entry, tmp / "dl-link-cut", link.port, link, cut_at=0.5)
        raw.close()
        theory = small / profile.bytes_per_second
        ext = real / small  # the loopback course's size / this one's
        hms = lambda s: time.strftime("%H:%M:%S", time.gmtime(s))  # noqa: E731
        print(f"emulated cross-border link (150 ms +-30, 2 Mbit/s, 2 % loss), a {small / MB:.1f} MB course; "
              f"the last column EXTRAPOLATES the measured rate to {real / MB:.0f} MB (x{ext:.0f}):")
        print(f"  theoretical size/bandwidth         {theory:6.1f} s {small / MB / theory * 1000:6.0f} kB/s"
              f" -> {hms(theory * ext)}")
        print(f"  raw TCP stream (reference)         {raw_t:6.1f} s {small / MB / raw_t * 1000:6.0f} kB/s"
              f" -> {hms(raw_t * ext)}")
        print(f"  download                           {clean_t:6.1f} s {small / MB / clean_t * 1000:6.0f} kB/s"
              f" -> {hms(clean_t * ext)}  ratio to raw {clean_t / raw_t:.2f}x")
        print(f"  download, reset at 50 %            {cut_t:6.1f} s {small / MB / cut_t * 1000:6.0f} kB/s"
              f" -> {hms(cut_t * ext)}  ratio to raw {cut_t / raw_t:.2f}x | {resumed(cut_st)}")
        print(f"  install                            {inst_t:6.1f} s (the {real / MB:.0f} MB course installs in "
              f"the loopback figure above)")
    finally:
        for c in clients:
            c.stop()
        hub.stop()
        if not args.keep:
            shutil.rmtree(tmp, ignore_errors=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
