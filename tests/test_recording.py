"""MP4 recording of the broadcast: real libx264 + AAC into a fragmented MP4, read back with PyAV."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import textwrap
import threading
from pathlib import Path

import av
import numpy as np
import pytest

from comms.recording import Mp4Recorder, RecordingError, part_path_for
from comms.video import TestPatternSource, read_frame_number
from workstation.telestration import Event, TelestrationState

ROOT = Path(__file__).resolve().parent.parent

RATE = 48_000
T = 1_700_000_000.0  # capture times on the wall-clock scale
ORANGE = np.array([255, 128, 0])  # the stroke's colour: in none of the test pattern's bars


def _tone(start_s: float, n: int, freq: float = 440.0) -> np.ndarray:
    t = start_s + np.arange(n) / RATE
    return (0.5 * np.sin(2 * np.pi * freq * t)).astype(np.float32)


def _read_back(path: Path, *, damaged_ok: bool = False):
    """(container duration s, [(time s, frame number, RGB frame)], audio samples, audio start s),
    decoded packet by packet as a player does; a damaged packet (a file cut in the middle of a
    fragment) fails the test unless ``damaged_ok``, then it is skipped."""

    def decode(container, stream):
        for packet in container.demux(stream):
            try:
                yield from packet.decode()
            except av.InvalidDataError:
                if not damaged_ok:
                    raise

    with av.open(str(path)) as c:
        duration = c.duration / av.time_base
        video = [(float(f.time), f.to_ndarray(format="rgb24")) for f in decode(c, c.streams.video[0])]
    audio, a0 = np.zeros(0, np.float32), 0.0
    with av.open(str(path)) as c:
        if c.streams.audio:
            frames = [(float(f.time), f.to_ndarray()[0]) for f in decode(c, c.streams.audio[0])]
            audio, a0 = np.concatenate([x for _, x in frames]), frames[0][0]
    return duration, [(t, read_frame_number(img), img) for t, img in video], audio, a0


def _dominant_hz(x: np.ndarray) -> float:
    spectrum = np.abs(np.fft.rfft(x * np.hanning(len(x))))
    return float(np.fft.rfftfreq(len(x), 1 / RATE)[spectrum.argmax()])


def _orange_at(img: np.ndarray, y: int, x: int) -> bool:
    patch = img[y - 2:y + 3, x - 2:x + 3].reshape(-1, 3).astype(int)
    return bool((np.abs(patch - ORANGE).max(axis=1) <= 40).all())


def test_records_pattern_tone_and_stroke_in_sync(tmp_path):
    """3 s of the test pattern with a stroke drawn at 0.5 s (fading out 2.0-2.5 s) and a 440 Hz
    tone from frame 45 on: what is read back is what was recorded, in sync."""
    state = TelestrationState(fade_after_s=1.0, fade_s=0.5)
    assert state.apply_all([
        Event("surgeon", "stroke.begin", {"stroke_id": "s1", "colour": "#ff8000", "width": 0.03,
                                          "x": 0.3, "y": 0.5, "t": 0.0}, T + 0.5, "surgeon", 1),
        Event("surgeon", "stroke.end", {"stroke_id": "s1", "t": 0.5, "points": [[0.7, 0.5, 0.5]]},
              T + 1.0, "surgeon", 2)]) == [None, None]
    out = tmp_path / "demo.mp4"
    rec = Mp4Recorder(out, 640, 360, 30, overlay=state.strokes_at, max_queued_frames=100)
    src = TestPatternSource(640, 360, 30, realtime=False)
    tone_at, block, k = 45 / 30, 960, 0  # the tone starts exactly at frame 45, in 20 ms blocks
    for n in range(90):
        frame, _ = src.read()
        assert rec.add_video(frame, T + n / 30)
        while tone_at + k * block / RATE < (n + 1) / 30:
            pcm = _tone(k * block / RATE, block)
            if k % 2:  # int16 and float32 blocks alike
                pcm = (pcm * 32767).astype(np.int16)
            assert rec.add_audio(pcm, T + tone_at + k * block / RATE)
            k += 1
    assert rec.close() == out
    assert out.exists() and not part_path_for(out).exists()
    stats = rec.stats
    assert stats["frames"] == 90 and stats["dropped"] == 0 and stats["error"] is None
    assert stats["silence_s"] == pytest.approx(1.5, abs=0.001)  # the gap before the tone was filled

    duration, frames, audio, a0 = _read_back(out)
    assert duration == pytest.approx(3.0, abs=0.1)
    assert [n for _, n, _ in frames] == list(range(90))
    times = [t for t, _, _ in frames]
    assert all(b > a for a, b in zip(times, times[1:]))
    assert times[60] - times[30] == pytest.approx(1.0, abs=0.002)  # capture times kept

    # The stroke: a horizontal orange line across the middle (x 0.3..0.7 at y 0.5).
    y, xs = 180, (220, 320, 420)
    assert not any(_orange_at(frames[n][2], y, x) for n in range(0, 15) for x in xs)  # before it was drawn
    assert all(_orange_at(frames[n][2], y, x) for n in range(16, 60) for x in xs)  # drawn, fully visible
    assert not any(_orange_at(frames[n][2], y, x) for n in range(76, 90) for x in xs)  # faded away
    assert not _orange_at(frames[40][2], 60, 320)  # only where it was drawn

    # The sound: silence, then 440 Hz from the time of frame 45.
    assert len(audio) / RATE == pytest.approx(3.0, abs=0.1)
    onset = a0 + int(np.argmax(np.abs(audio) > 0.1)) / RATE
    nearest = min(frames, key=lambda f: abs(f[0] - onset))
    assert abs(nearest[1] - 45) <= 1
    assert abs(onset - frames[45][0]) < 1.5 / 30
    start = int((onset - a0) * RATE)
    assert np.abs(audio[:start - 100]).max() < 0.01
    assert _dominant_hz(audio[start + 4800:start + 4800 + RATE]) == pytest.approx(440, abs=3)


def test_other_frame_sizes_are_scaled_and_letterboxed(tmp_path):
    out = tmp_path / "scaled.mp4"
    src = TestPatternSource(320, 240, 30, realtime=False)  # 4:3 into a 16:9 recording
    with Mp4Recorder(out, 640, 360, 30, audio=False, max_queued_frames=100) as rec:
        for n in range(15):
            assert rec.add_video(src.read()[0], T + n / 30)
    _, frames, audio, _ = _read_back(out)
    assert len(frames) == 15 and audio.size == 0
    import cv2

    for n, (_, _, img) in enumerate(frames):
        assert img.shape == (360, 640, 3)
        assert img[:, :70].max() < 30 and img[:, -70:].max() < 30  # black bars left and right
        picture = cv2.resize(img[:, 80:560], (320, 240), interpolation=cv2.INTER_AREA)
        assert read_frame_number(picture) == n


def test_sound_before_picture_starts_with_black_and_stays_in_sync(tmp_path):
    """The microphone starts 0.5 s before the camera: the video track starts black, and the
    tone that starts with the first camera frame plays with it."""
    out = tmp_path / "late-picture.mp4"
    src = TestPatternSource(320, 240, 30, realtime=False)
    with Mp4Recorder(out, 320, 240, 30, max_queued_frames=100) as rec:
        for k in range(25):  # 0.5 s of near-silence first
            assert rec.add_audio(np.full(960, 1, np.int16), T + k * 0.02)
        for n in range(30):
            assert rec.add_video(src.read()[0], T + 0.5 + n / 30)
            if n % 3 == 0:
                assert rec.add_audio(_tone(n / 30, 4800), T + 0.5 + n / 30)
    _, frames, audio, a0 = _read_back(out)
    assert frames[0][1] is None and frames[0][2].max() < 30  # black
    assert [n for _, n, _ in frames[1:]] == list(range(30))
    onset = a0 + int(np.argmax(np.abs(audio) > 0.1)) / RATE
    assert abs(onset - frames[1][0]) < 1.5 / 30


def test_writer_behind_drops_video_never_audio(tmp_path):
    """The writer is held (a blocking overlay) while 60 frames and 2 s of sound arrive: the
    queue's frames are kept, the rest dropped and counted; every audio block is recorded."""
    release = threading.Event()
    entered = threading.Event()

    def slow_overlay(t):
        entered.set()
        release.wait(60)
        return []

    out = tmp_path / "behind.mp4"
    src = TestPatternSource(320, 240, 30, realtime=False)
    rec = Mp4Recorder(out, 320, 240, 30, overlay=slow_overlay, max_queued_frames=2)
    accepted = []
    for n in range(60):
        accepted.append(rec.add_video(src.read()[0], T + n / 30))
        if n == 0:
            assert entered.wait(30)  # the writer took frame 0 and is stuck in the overlay
        if n % 3 == 0:
            assert rec.add_audio(_tone(n / 30, 4800), T + n / 30)  # 2 s of tone, never dropped
    assert accepted == [True, True, True] + [False] * 57
    assert rec.stats["dropped"] == 57 and rec.stats["queued"] == 2
    release.set()
    assert rec.close() == out
    assert rec.stats["frames"] == 3 and rec.stats["dropped"] == 57
    _, frames, audio, a0 = _read_back(out)
    assert [n for _, n, _ in frames] == [0, 1, 2]
    assert rec.stats["audio_s"] == pytest.approx(2.0, abs=0.001)
    loud = np.flatnonzero(np.abs(audio) > 0.1)
    tone = audio[loud[0]:loud[-1] + 1]
    assert len(tone) / RATE == pytest.approx(2.0, abs=0.01)  # the whole 2 s of tone is there ...
    windows = tone[:len(tone) // 960 * 960].reshape(-1, 960)
    assert np.sqrt((windows ** 2).mean(axis=1)).min() > 0.3  # ... without a gap (sine RMS 0.35)
    assert _dominant_hz(tone[:RATE]) == pytest.approx(440, abs=3)
    assert rec.add_video(src.read()[0], T + 3) is False and rec.stats["after_close"] == 1


CHILD = textwrap.dedent("""
    import sys, time
    import numpy as np
    from comms.recording import Mp4Recorder
    from comms.video import TestPatternSource
    T = 1_700_000_000.0
    rec = Mp4Recorder(sys.argv[1], 320, 240, 30, max_queued_frames=200)
    src = TestPatternSource(320, 240, 30, realtime=False)
    for n in range(150):
        rec.add_video(src.read()[0], T + n / 30)
        t = np.arange(1600) / 48000 + n / 30
        rec.add_audio((0.5 * np.sin(2 * np.pi * 440 * t)).astype(np.float32), T + n / 30)
    while rec.stats["frames"] < 150:
        time.sleep(0.05)
    print("recorded", flush=True)
    time.sleep(600)  # killed here, never closed
""")


def test_killed_recording_leaves_a_playable_part_file(tmp_path):
    out = tmp_path / "killed.mp4"
    proc = subprocess.Popen([sys.executable, "-c", CHILD, str(out)], cwd=ROOT, stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True)
    try:
        line = proc.stdout.readline()  # blocks until the child has recorded 150 frames
        assert line.strip() == "recorded", proc.stderr.read() if proc.poll() is not None else line
    finally:
        proc.send_signal(signal.SIGKILL)
        proc.wait(30)
    assert proc.returncode == -signal.SIGKILL
    part = part_path_for(out)
    assert not out.exists()  # never a misleading finished-looking file
    assert part.exists()
    duration, frames, audio, _ = _read_back(part)
    numbers = [n for _, n, _ in frames]
    assert len(numbers) >= 60  # at least the first complete fragments (1 s each) ...
    assert numbers == list(range(len(numbers)))  # ... with every frame written before the kill
    assert len(audio) / RATE >= 1.5
    assert _dominant_hz(audio[RATE // 2:RATE // 2 + RATE]) == pytest.approx(440, abs=3)
    # Starting again over the interrupted recording is refused: it is kept.
    with pytest.raises(RecordingError, match="interrupted"):
        Mp4Recorder(out, 320, 240)
    assert part.exists()


FULL_DISK_CHILD = textwrap.dedent("""
    import json, resource, signal, sys, time
    from comms.recording import Mp4Recorder, RecordingError
    from comms.video import TestPatternSource
    signal.signal(signal.SIGXFSZ, signal.SIG_IGN)  # a write past the limit fails with EFBIG, like a full disk
    resource.setrlimit(resource.RLIMIT_FSIZE, (1_000_000, resource.RLIM_INFINITY))
    T = 1_700_000_000.0
    rec = Mp4Recorder(sys.argv[1], 640, 360, 30, max_queued_frames=300)
    failures = []
    rec.failed.connect(failures.append)
    src = TestPatternSource(640, 360, 30, realtime=False, detail=True)  # ~4 Mbit/s: 1 MB in ~2-3 s
    for n in range(300):
        rec.add_video(src.read()[0], T + n / 30)
    deadline = time.monotonic() + 120
    while not failures and time.monotonic() < deadline:
        time.sleep(0.05)
    later = rec.add_video(src.read()[0], T + 11)
    try:
        rec.close()
        closed = "closed"
    except RecordingError as e:
        closed = str(e)
    print(json.dumps({"failures": failures, "later": later, "closed": closed, "error": rec.stats["error"]}))
""")


def test_a_failing_disk_stops_the_recording_with_a_clear_error_and_keeps_what_was_written(tmp_path):
    out = tmp_path / "full.mp4"
    run = subprocess.run([sys.executable, "-c", FULL_DISK_CHILD, str(out)], cwd=ROOT, capture_output=True,
                         text=True, timeout=240)
    assert run.returncode == 0, run.stderr
    res = json.loads(run.stdout)
    assert len(res["failures"]) == 1 and "File too large" in res["failures"][0]
    assert res["error"] == res["failures"][0]
    assert res["later"] is False  # nothing is accepted after the failure
    assert res["closed"].startswith(f"recording {out} failed") and "File too large" in res["closed"]
    assert str(part_path_for(out)) in res["closed"]
    assert not out.exists()
    _, frames, _, _ = _read_back(part_path_for(out), damaged_ok=True)  # cut inside the last fragment
    numbers = [n for _, n, _ in frames]
    assert numbers[:60] == list(range(60))  # the complete fragments before the failure play


def test_bad_paths_are_refused_at_construction(tmp_path):
    with pytest.raises(RecordingError, match="does not exist"):
        Mp4Recorder(tmp_path / "missing" / "a.mp4", 640, 360)
    assert not (tmp_path / "missing").exists()

    locked = tmp_path / "locked"
    locked.mkdir()
    locked.chmod(0o555)
    # root writes through file modes: then use a folder nobody may create files in
    folder = locked if not os.access(locked, os.W_OK) else Path("/sys")
    with pytest.raises(RecordingError, match="cannot write in the folder"):
        Mp4Recorder(folder / "a.mp4", 640, 360)
    locked.chmod(0o755)

    a_file = tmp_path / "notes.txt"
    a_file.write_text("x")
    with pytest.raises(RecordingError, match="is not a folder"):
        Mp4Recorder(a_file / "a.mp4", 640, 360)

    existing = tmp_path / "earlier.mp4"
    existing.write_bytes(b"an earlier recording")
    with pytest.raises(RecordingError, match="never overwritten"):
        Mp4Recorder(existing, 640, 360)
    assert existing.read_bytes() == b"an earlier recording"
    assert not part_path_for(existing).exists()

    with pytest.raises(ValueError, match=r"\.mp4"):
        Mp4Recorder(tmp_path / "a.avi", 640, 360)
    with pytest.raises(ValueError, match="even"):
        Mp4Recorder(tmp_path / "a.mp4", 641, 360)
    with pytest.raises(ValueError, match="fps"):
        Mp4Recorder(tmp_path / "a.mp4", 640, 360, fps=0)
    assert list(tmp_path.glob("a*")) == []


def test_bad_frames_and_audio_are_refused_and_lose_nothing(tmp_path):
    out = tmp_path / "good.mp4"
    src = TestPatternSource(320, 240, 30, realtime=False)
    with Mp4Recorder(out, 320, 240, 30, max_queued_frames=100) as rec:
        assert rec.add_video(src.read()[0], T)
        with pytest.raises(ValueError, match="uint8"):
            rec.add_video(np.zeros((240, 320, 3), np.float32), T + 0.02)
        with pytest.raises(ValueError, match="shape"):
            rec.add_video(np.zeros((240, 320), np.uint8), T + 0.02)
        with pytest.raises(ValueError, match="shape"):
            rec.add_video(np.zeros((240, 320, 4), np.uint8), T + 0.02)
        with pytest.raises(ValueError, match="capture_time"):
            rec.add_video(src.frame(1), float("nan"))
        with pytest.raises(ValueError, match="mono"):
            rec.add_audio(np.zeros((960, 2), np.float32), T)
        with pytest.raises(ValueError, match="int16 or float32"):
            rec.add_audio(np.zeros(960, np.int32), T)
        for n in range(1, 30):
            assert rec.add_video(src.read()[0], T + n / 30)
    assert rec.stats["frames"] == 30
    _, frames, _, _ = _read_back(out)
    assert [n for _, n, _ in frames] == list(range(30))


def test_nothing_added_leaves_no_file(tmp_path):
    out = tmp_path / "empty.mp4"
    rec = Mp4Recorder(out, 320, 240)
    assert part_path_for(out).exists()  # created at once: the folder is writable
    assert rec.close() is None
    assert rec.close() is None  # idempotent
    assert list(tmp_path.iterdir()) == []
