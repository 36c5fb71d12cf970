"""Video half of the surgical broadcast: real sources, real libx264 encode/decode, the ladder."""

from __future__ import annotations

import time
from fractions import Fraction

import av
import numpy as np
import pytest

from comms.video import (AUDIO_RESERVE_KBPS, BitrateLadder, CallableSource, CameraSource, CameraUnavailable,
                         FileSource, H264Decoder, H264Encoder, TestPatternSource, VideoSourceError,
                         is_keyframe, psnr, read_frame_number)


def _roundtrip(src, enc, dec, n):
    """Encode n frames from src and decode each packet at once: [(sent, received_frames)]."""
    out = []
    for _ in range(n):
        frame, _t = src.read()
        got = []
        for pkt in enc.encode(frame):
            got += dec.decode(pkt)
        out.append((frame, got))
    return out


def test_pattern_roundtrip_frame_numbers_in_order_and_psnr():
    src = TestPatternSource(640, 360, 30, realtime=False)
    enc = H264Encoder(640, 360, 30, 1_000_000)
    assert enc.codec == "h264"  # this PyAV build has libx264: no fallback on this machine
    dec = H264Decoder(enc.codec)
    res = _roundtrip(src, enc, dec, 45)
    # zero frame delay (zerolatency, no B-frames): every packet decodes to its frame at once
    assert all(len(got) == 1 for _, got in res)
    numbers = [read_frame_number(got[0]) for _, got in res]
    assert numbers == list(range(45))
    assert [read_frame_number(sent) for sent, _ in res] == list(range(45))
    assert min(psnr(sent, got[0]) for sent, got in res) > 30.0
    assert enc.flush() == []


def test_barcode_rejects_a_frame_without_code():
    grey = np.full((360, 640, 3), 128, np.uint8)
    assert read_frame_number(grey) is None
    assert read_frame_number(TestPatternSource(640, 360, realtime=False).frame(123456)) == 123456


def test_720p30_stays_within_2_5_mbps_over_3_seconds():
    src = TestPatternSource(1280, 720, 30, realtime=False, detail=True)  # scrolling noise band: hard content
    enc = H264Encoder(1280, 720, 30, 2_000_000)
    dec = H264Decoder()
    total = 0
    decoded = []
    for _ in range(90):
        frame, _ = src.read()
        for pkt in enc.encode(frame):
            total += len(pkt)
            decoded += [(read_frame_number(f), psnr(f, frame)) for f in dec.decode(pkt)]
    mbps = total * 8 / 3.0 / 1e6
    assert 0.5 < mbps <= 2.5, mbps  # the encoder really spends bits, and stays under the cap
    assert [n for n, _ in decoded] == list(range(90))
    assert np.mean([p for _, p in decoded]) > 30.0


def test_forced_keyframe_lets_a_late_decoder_join():
    src = TestPatternSource(640, 360, 30, realtime=False)
    enc = H264Encoder(640, 360, 30, 800_000, keyframe_s=2.0)  # periodic keyframes at 0, 60, ...
    packets = []
    for i in range(40):
        frame, _ = src.read()
        if i == 25:
            enc.force_keyframe()  # a viewer joined
        packets.append(enc.encode(frame))
    keyframes = [i for i, pk in enumerate(packets) if any(is_keyframe(p) for p in pk)]
    assert keyframes == [0, 25]

    late = H264Decoder()
    got = []
    for i in range(10, 40):  # joins at frame 10: P-frames it cannot decode until the forced keyframe
        for p in packets[i]:
            got += [(i, read_frame_number(f)) for f in late.decode(p)]
    assert got[0] == (25, 25)
    assert [n for _, n in got] == list(range(25, 40))
    assert late.waiting_dropped == 15 and late.errors == 0


def test_decoder_survives_damaged_packets():
    src = TestPatternSource(320, 240, 15, realtime=False)
    enc = H264Encoder(320, 240, 15, 300_000)
    dec = H264Decoder()
    frames = 0
    for i in range(20):
        frame, _ = src.read()
        for p in enc.encode(frame):
            if i == 8:
                p = p[: len(p) // 3] + bytes(range(256))[: len(p) // 3]  # corrupted on the link
            frames += len(dec.decode(p))
    assert frames >= 19  # no exception; the stream goes on


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


def test_ladder_steps_down_under_loss_and_back_up_slowly():
    lad = BitrateLadder(start=0)
    assert lad.choose(5000, 0.0, now=0).name == "720p30"
    # bandwidth collapses: straight down, several rungs at once
    assert lad.choose(800, 0.0, now=1).name == "360p20"
    # heavy loss at the same bandwidth: congestion, one more rung down
    assert lad.choose(800, 0.10, now=2).name == "240p15"
    # link recovers fully: it climbs one rung at a time, each after the hold time
    names = [lad.choose(5000, 0.0, now=t).name for t in range(3, 40)]
    first_up = names.index("360p20")
    assert first_up >= 7  # held at 240p for ~8 s of good link
    assert names[first_up:].count("360p20") >= 8 and "540p25" in names
    seen = list(dict.fromkeys(names))
    assert seen == ["240p15", "360p20", "540p25", "720p30"]  # no rung skipped on the way up
    # loss returns at the top: down at once
    assert lad.choose(5000, 0.08, now=41).name == "540p25"


def test_ladder_keeps_audio_first():
    lad = BitrateLadder(start=0)
    # 2048 kbit/s is 720p's rate plus audio, but not with headroom after audio -> 540p
    assert lad.choose(2048, 0.0, now=0).name == "540p25"
    assert lad.budget_kbps(AUDIO_RESERVE_KBPS) == 0
    assert lad.choose(30, 0.0, now=1).name == "240p15"  # floor


@pytest.mark.parametrize("encoder,codec", [("libvpx", "vp8"), ("mpeg4", "mpeg4")])
def test_fallback_codecs_roundtrip_and_join(encoder, codec):
    """The fallbacks used when FFmpeg lacks H.264 work the same way (forced encoder here)."""
    src = TestPatternSource(320, 240, 15, realtime=False)
    enc = H264Encoder(320, 240, 15, 800_000, encoder=encoder)
    assert enc.codec == codec
    packets = []
    for i in range(20):
        frame, _ = src.read()
        if i == 12:
            enc.force_keyframe()
        packets.append((frame, enc.encode(frame)))
    assert [i for i, (_, pk) in enumerate(packets) if any(is_keyframe(p, codec) for p in pk)] == [0, 12]
    late = H264Decoder(codec)
    got = [(read_frame_number(f), psnr(f, frame)) for frame, pk in packets[5:] for p in pk for f in late.decode(p)]
    assert [n for n, _ in got] == list(range(12, 20))
    assert min(q for _, q in got) > 30.0


def test_switching_file_sources_live_never_closes_one_under_a_read(tmp_path):
    """The surgeon flips between two video files (and the picture-in-picture) while live: the
    replaced sources are closed by the reader threads after their read, never under one (which can
    crash PyAV); the stream never reports a failed source."""
    from comms.media import MediaClient
    from comms.video import BitrateLadder, Rung, VideoSender

    class Sink:  # stands in for the media client's send side only
        keyframe_requested = MediaClient.keyframe_requested
        counters = {"sent_video": 0, "video_send_dropped": 0}
        rtts, report = [], None

        def __init__(self):
            self.frames = 0

        def send_video(self, packets, capture, codec, keyframe, layer=0):
            self.frames += layer == 0

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
    sink = Sink()
    errors = []
    sender = VideoSender(sink, FileSource(paths[0]), ladder=BitrateLadder((Rung("240p30", 320, 240, 30, 400),)),
                         low_layer=None)
    sender.error.connect(errors.append)
    sender.start()
    try:
        for i in range(40):
            t0 = time.monotonic()
            sender.set_main(FileSource(paths[i % 2]))
            sender.set_pip(FileSource(paths[(i + 1) % 2]) if i % 3 else None)
            assert time.monotonic() - t0 < 0.5  # the caller (the GUI) never waits for a read to end
            time.sleep(0.05)
        n = sink.frames
        time.sleep(0.5)
        assert sink.frames > n + 5  # still streaming
    finally:
        sender.stop()
    assert errors == []
