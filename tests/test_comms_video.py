"""Video sources of the surgical broadcast and the studio's picture: real files and codecs."""

from __future__ import annotations

import threading
import time
from fractions import Fraction

import av
import numpy as np
import pytest

from comms.video import (CallableSource, CameraSource, CameraUnavailable, FileSource, TestPatternSource,
                         VideoSourceError, psnr, read_frame_number)


def test_pattern_frame_numbers_survive_vp8_in_order():
    """The pattern's frame-number barcode is read back after VP8 (what WebRTC sends), every frame."""
    src = TestPatternSource(640, 360, 30, realtime=False)
    enc = av.CodecContext.create("libvpx", "w")
    enc.width, enc.height, enc.pix_fmt, enc.bit_rate = 640, 360, "yuv420p", 1_000_000
    enc.time_base = Fraction(1, 30)
    enc.options = {"deadline": "realtime", "lag-in-frames": "0", "cpu-used": "8"}
    dec = av.CodecContext.create("libvpx", "r")
    sent, got = [], []
    for n in range(45):
        frame, _t = src.read()
        sent.append(frame)
        vf = av.VideoFrame.from_ndarray(frame, format="rgb24").reformat(format="yuv420p")
        vf.pts = n
        for pkt in enc.encode(vf):
            got += [f.to_ndarray(format="rgb24") for f in dec.decode(pkt)]
    assert [read_frame_number(f) for f in got] == list(range(45))  # no frame delay, none lost
    assert min(psnr(a, b) for a, b in zip(sent, got)) > 25.0


def test_barcode_rejects_a_frame_without_code():
    grey = np.full((360, 640, 3), 128, np.uint8)
    assert read_frame_number(grey) is None
    assert read_frame_number(TestPatternSource(640, 360, realtime=False).frame(123456)) == 123456


def test_file_source_plays_and_loops(tmp_path):
    path = tmp_path / "endoscopy.mp4"
    pattern = TestPatternSource(320, 240, 10, realtime=False)
    with av.open(str(path), "w") as out:
        st = out.add_stream("libx264", rate=Fraction(10))
        st.width, st.height, st.pix_fmt = 320, 240, "yuv420p"
        st.options = {"crf": "18"}
        for n in range(12):
            for pkt in st.encode(av.VideoFrame.from_ndarray(pattern.frame(n), format="rgb24")):
                out.mux(pkt)
        for pkt in st.encode(None):
            out.mux(pkt)

    src = FileSource(path, loop=True)
    assert src.fps == pytest.approx(10.0) and (src.width, src.height) == (320, 240)
    t0 = time.monotonic()
    reads = [src.read() for _ in range(16)]
    elapsed = time.monotonic() - t0
    src.close()
    assert [read_frame_number(f) for f, _ in reads] == list(range(12)) + list(range(4))
    assert all(f.shape == (240, 320, 3) and f.dtype == np.uint8 for f, _ in reads)
    times = [t for _, t in reads]
    assert times == sorted(times)
    assert elapsed >= 15 * 0.1 * 0.9  # paced at the file's 10 fps, not as fast as it decodes

    once = FileSource(path, loop=False, realtime=False)
    with pytest.raises(EOFError, match="endoscopy.mp4"):
        for _ in range(13):
            once.read()
    once.close()


def test_file_source_bad_input_names_the_file(tmp_path):
    with pytest.raises(VideoSourceError, match="missing.mp4"):
        FileSource(tmp_path / "missing.mp4")
    junk = tmp_path / "notes.mp4"
    junk.write_bytes(b"this is not a video at all\n" * 50)
    with pytest.raises(VideoSourceError, match="notes.mp4"):
        FileSource(junk)


def test_camera_source_without_camera_names_the_index():
    with pytest.raises(CameraUnavailable, match=r"camera 7"):
        CameraSource(7)


def test_callable_source_returns_rgb_from_rgba_render():
    counter = iter(range(1000))

    def render():
        img = np.zeros((240, 320, 4), np.uint8)
        img[..., 0] = next(counter)
        img[..., 3] = 255
        return img

    src = CallableSource(render, fps=15, realtime=False)
    (a, ta), (b, tb) = src.read(), src.read()
    assert a.shape == (240, 320, 3) and a[0, 0, 0] == 0 and b[0, 0, 0] == 1 and tb >= ta
    bad = CallableSource(lambda: np.zeros((10, 10)), realtime=False)
    with pytest.raises(VideoSourceError, match="expected HxWx3/4"):
        bad.read()


def test_switching_file_sources_live_never_closes_one_under_a_read(tmp_path):
    """The surgeon flips between two video files (and the picture-in-picture) while live: the
    replaced sources are closed by the reading thread after its read, never under one (which can
    crash PyAV); the picture never reports a failed source and keeps coming."""
    from comms.webrtc.broadcast import StudioPicture

    paths = []
    for name in ("tower.mp4", "room.mp4"):
        path = tmp_path / name
        pattern = TestPatternSource(320, 240, 30, realtime=False)
        with av.open(str(path), "w") as out:
            st = out.add_stream("libx264", rate=Fraction(30))
            st.width, st.height, st.pix_fmt = 320, 240, "yuv420p"
            for n in range(30):
                for pkt in st.encode(av.VideoFrame.from_ndarray(pattern.frame(n), format="rgb24")):
                    out.mux(pkt)
            for pkt in st.encode(None):
                out.mux(pkt)
        paths.append(path)
    picture = StudioPicture(FileSource(paths[0]), size=(320, 240), fps=30)
    errors, frames, stop = [], [], threading.Event()
    picture.error.connect(errors.append)

    def track():  # what the publisher's video track does: read, again and again
        while not stop.is_set():
            frames.append(picture.read()[0].shape)

    reader = threading.Thread(target=track, daemon=True)
    reader.start()
    try:
        for i in range(40):
            t0 = time.monotonic()
            picture.set_main(FileSource(paths[i % 2]))
            picture.set_pip(FileSource(paths[(i + 1) % 2]) if i % 3 else None)
            assert time.monotonic() - t0 < 0.5  # the caller (the GUI) never waits for a read to end
            time.sleep(0.05)
        n = len(frames)
        time.sleep(0.5)
        assert len(frames) > n + 5  # still coming
    finally:
        stop.set()
        reader.join(5)
        picture.stop()
    assert errors == [] and set(frames) == {(240, 320, 3)}
