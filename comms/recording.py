"""Recording the surgical broadcast to MP4 (course material), telestration composited.

:class:`Mp4Recorder` takes the composed frames as they are sent (``StudioPicture.frame_sent``) and
the surgeon's microphone blocks, and writes **H.264** (``libx264``, no B-frames, a keyframe every
2 s, ``video_bitrate`` 4 Mbit/s) and **AAC** (FFmpeg's native ``aac``, 48 kHz mono, 96 kbit/s) into
an MP4 file through PyAV. The preset is ``superfast``: the surgeon's station also encodes the live
stream on two cores, and here 720p30 took about a third of one core instead of half with
``veryfast``; twice the live stream's bitrate more than covers the lost efficiency.

Recording
---------
* **Non-blocking.** ``add_video`` / ``add_audio`` only check, copy and queue; a writer thread
  composites, scales, encodes and muxes. The queue holds at most ``max_queued_frames`` video
  frames (half a second by default): when the writer falls behind, new video frames are dropped
  and counted (``stats["dropped"]``); audio is never dropped from the queue.
* **One timeline.** Timestamps come from the capture times (the :func:`comms.clock.wall_clock`
  scale) relative to the first media added, video or audio, so picture and sound stay in sync
  whatever the arrival jitter. Audio ``capture_time`` is the time of the chunk's first sample;
  chunks are laid end to end and re-anchored to their capture time when they drift more than
  20 ms from it: a gap is filled with silence, an overlap is trimmed (``stats["trimmed_s"]``).
  When no audio comes (no microphone, muted) the track is filled with silence up to half a second
  behind the picture, so the file stays playable and the muxer never waits. If the picture
  starts later than the sound, the video track starts with a black frame. Video frames carry
  their own capture times (variable frame rate in a 1/90000 s time base): a source slowed to
  15 fps by the bitrate ladder is recorded at 15 fps, not duplicated.
* **Telestration.** ``overlay(capture_time) -> strokes`` (e.g. ``TelestrationState.strokes_at``,
  whose hub times are on the same NTP wall-clock scale) is called from the writer thread for each
  frame and drawn with :func:`workstation.telestration.composite` over the frame as it arrived
  (the strokes' coordinates are normalised to that picture). A state that another thread changes
  should be read under its lock; an overlay that raises anyway costs that frame its drawing,
  never the frame (``stats["overlay_errors"]``).
* **Scaling.** Frames of another size are scaled to fit ``width x height`` keeping their aspect
  ratio (black bars), so a 4:3 camera is not stretched.
* **Crash-safe.** The file is fragmented MP4 (``movflags=frag_keyframe+empty_moov+
  default_base_moof``: a new fragment at every keyframe and at least every second, each
  written out at once): while recording, the data goes to ``NAME.part.mp4``; :meth:`Mp4Recorder.close`
  finishes the file and renames it to ``NAME.mp4``. A process killed mid-recording leaves
  ``NAME.part.mp4``, playable up to its last complete fragment (about the last second and what
  was still queued are lost); a ``NAME.mp4`` therefore always is a finished recording. An existing
  recording or ``.part`` file is never overwritten unless ``overwrite=True``.
* **Errors.** A bad path (missing or unwritable folder, existing file) raises
  :class:`RecordingError` in the constructor (a name not ending in ``.mp4``, an odd size:
  ``ValueError``); a frame or audio block of the wrong type or shape
  raises ``ValueError`` in the caller and is not recorded (the recording goes on). A failure in
  the writer (disk full...) stops the recording: ``failed(message)`` is emitted, later
  ``add_*`` return False, and :meth:`close` raises :class:`RecordingError` (the ``.part`` file
  keeps what was written).

No B-frames: in a fragmented MP4 each track's first sample starts at 0, so a reordering delay
would shift the picture against the sound (the AAC encoder's 1024-sample priming shifts both
tracks equally and keeps them in sync).
"""

from __future__ import annotations

import collections
import logging
import math
import os
import threading
from fractions import Fraction
from pathlib import Path
from typing import Callable

import numpy as np
from psygnal import Signal

from workstation.telestration import composite

log = logging.getLogger("silkbridge.recording")

__all__ = ["Mp4Recorder", "RecordingError", "AUDIO_RATE", "part_path_for"]

AUDIO_RATE = 48_000
VIDEO_TIME_BASE = Fraction(1, 90_000)
AAC_FRAME = 1024
RESYNC_S = 0.020  # audio re-anchored to its capture time beyond this drift
AUDIO_WAIT_S = 0.5  # silence fills the audio track up to this far behind the picture
FRAGMENT_S = 1.0

_STOP = object()


class RecordingError(RuntimeError):
    """The recording cannot start or failed; the message names the file and the reason."""


def part_path_for(path: str | Path) -> Path:
    """Where a recording to ``path`` (``NAME.mp4``) is written until it is closed: ``NAME.part.mp4``."""
    p = Path(path)
    return p.with_name(p.stem + ".part" + p.suffix)


class Mp4Recorder:
    """H.264 + AAC recording to a fragmented MP4, fed from any thread (see the module docstring).

    ``add_video(frame, capture_time)``: an ``HxWx3 uint8`` RGB frame; ``add_audio(pcm,
    capture_time)``: mono 48 kHz samples, ``int16`` or float in [-1, 1]. Both return True when
    queued, False when the frame was dropped (writer behind), the recorder is closed or failed.
    ``close()`` finishes the file and returns its path (None if nothing was recorded).
    ``stats`` -> ``{"frames", "dropped", "queued", "audio_s", "silence_s", "trimmed_s",
    "duration_s", "overlay_errors", "after_close", "error"}``. psygnal ``failed(str)`` is
    emitted from the writer thread if writing fails.
    """

    failed = Signal(str)

    def __init__(self, path: str | Path, width: int, height: int, fps: float = 30, *,
                 overlay: Callable[[float], object] | None = None, video_bitrate: int = 4_000_000,
                 audio: bool = True, audio_bitrate: int = 96_000, preset: str = "superfast",
                 threads: int = 2, keyframe_s: float = 2.0, max_queued_frames: int | None = None,
                 overwrite: bool = False):
        import av

        for name, v in (("width", width), ("height", height)):
            if isinstance(v, bool) or not isinstance(v, (int, np.integer)) or v < 16 or v > 8192 or v % 2:
                raise ValueError(f"recording {name} must be an even number of pixels in 16..8192, got {v!r}")
        if isinstance(fps, bool) or not isinstance(fps, (int, float)) or not math.isfinite(fps) or not 1 <= fps <= 240:
            raise ValueError(f"recording fps must be in 1..240, got {fps!r}")
        if overlay is not None and not callable(overlay):
            raise TypeError(f"overlay must be a callable overlay(t) -> strokes, got {overlay!r}")
        self.path = Path(path)
        if self.path.suffix.lower() != ".mp4":
            raise ValueError(f"a recording is an MP4 file: {self.path} should end in .mp4")
        self.part_path = part_path_for(self.path)
        self.width, self.height, self.fps = int(width), int(height), float(fps)
        self.overlay = overlay
        self.audio = bool(audio)
        self._av = av
        self._open_part(overwrite)
        self._container = None
        try:
            self._container = av.open(str(self.part_path), "w", format="mp4", options={
                "movflags": "frag_keyframe+empty_moov+default_base_moof",
                "frag_duration": str(int(FRAGMENT_S * 1_000_000)),
                "flush_packets": "1",
            })
            self._vstream = self._add_video_stream(video_bitrate, preset, threads, keyframe_s)
            self._astream = self._add_audio_stream(audio_bitrate) if self.audio else None
            self._container.start_encoding()  # the header now: codec or disk errors surface here
        except Exception as e:
            if self._container is not None:
                try:
                    self._container.close()
                except Exception:  # noqa: BLE001 -- already failing: report the first error
                    pass
            self._discard_part()
            raise RecordingError(f"cannot start recording {self.path}: {e}") from e

        self._cv = threading.Condition()
        self._queue: collections.deque = collections.deque()
        self._queued_frames = 0
        self.max_queued_frames = int(max_queued_frames or max(2, round(self.fps / 2)))
        self._t0: float | None = None
        self._closing = False
        self._closed = False
        self._result: Path | None = None
        self.error: str | None = None
        self._stats = collections.Counter()
        self._stats_f = collections.Counter()
        # writer-thread state
        self._vpts = -1  # last video pts (VIDEO_TIME_BASE)
        self._apos = 0  # audio samples laid on the timeline
        self._abuf: list[np.ndarray] = []
        self._abuf_n = 0
        self._aframes = 0  # AAC frames encoded (pts = 1024 * index)
        self._thread = threading.Thread(target=self._run, name=f"recorder {self.path.name}", daemon=True)
        self._thread.start()

    # ------------------------------------------------------------------ set-up
    def _open_part(self, overwrite: bool) -> None:
        folder = self.path.parent
        if not folder.exists():
            raise RecordingError(f"cannot record to {self.path}: the folder {folder} does not exist")
        if not folder.is_dir():
            raise RecordingError(f"cannot record to {self.path}: {folder} is not a folder")
        if not overwrite:
            if self.path.exists():
                raise RecordingError(f"cannot record to {self.path}: the file exists "
                                     f"(a recording is never overwritten)")
            if self.part_path.exists():
                raise RecordingError(f"cannot record to {self.path}: {self.part_path.name} exists (an interrupted "
                                     f"recording? it is playable: move it away first)")
        try:
            with open(self.part_path, "wb" if overwrite else "xb"):
                pass
        except OSError as e:
            raise RecordingError(f"cannot record to {self.path}: cannot write in the folder {folder} "
                                 f"({e.strerror or e})") from e

    def _discard_part(self) -> None:
        try:
            self.part_path.unlink()
        except OSError:
            pass

    def _add_video_stream(self, bitrate: int, preset: str, threads: int, keyframe_s: float):
        s = self._container.add_stream("libx264", rate=Fraction(self.fps).limit_denominator(1001))
        c = s.codec_context
        c.width, c.height, c.pix_fmt = self.width, self.height, "yuv420p"
        c.time_base = VIDEO_TIME_BASE
        c.bit_rate = int(bitrate)
        gop = max(1, round(self.fps * keyframe_s))
        c.gop_size = gop
        c.max_b_frames = 0
        c.thread_count = int(threads)
        c.options = {"preset": preset, "x264-params": f"keyint={gop}:bframes=0"}
        return s

    def _add_audio_stream(self, bitrate: int):
        s = self._container.add_stream("aac", rate=AUDIO_RATE)
        c = s.codec_context
        c.layout = "mono"
        c.format = "fltp"
        c.bit_rate = int(bitrate)
        c.time_base = Fraction(1, AUDIO_RATE)
        return s

    # ------------------------------------------------------------------ public (any thread)
    def add_video(self, frame: np.ndarray, capture_time: float) -> bool:
        """Queue an ``HxWx3 uint8`` RGB frame captured at ``capture_time`` (wall_clock scale)."""
        arr = np.asarray(frame)
        if arr.dtype != np.uint8:
            raise ValueError(f"add_video: expected an HxWx3 uint8 RGB frame, got dtype {arr.dtype}")
        if arr.ndim != 3 or arr.shape[2] != 3 or arr.shape[0] < 2 or arr.shape[1] < 2:
            raise ValueError(f"add_video: expected an HxWx3 uint8 RGB frame, got shape {arr.shape}")
        t = _check_time(capture_time, "add_video")
        with self._cv:
            if not self._accepting():
                return False
            if self._queued_frames >= self.max_queued_frames:
                self._stats["dropped"] += 1
                return False
            if self._t0 is None:
                self._t0 = t
            self._queue.append(("v", np.array(arr, copy=True), t))
            self._queued_frames += 1
            self._cv.notify()
        return True

    def add_audio(self, pcm: np.ndarray, capture_time: float) -> bool:
        """Queue mono 48 kHz samples (``int16``, or float in [-1, 1]); ``capture_time`` is the
        wall_clock time of the first sample. Never dropped while the recorder runs."""
        if not self.audio:
            raise RecordingError(f"add_audio: the recording {self.path.name} was made without an audio track")
        arr = np.asarray(pcm)
        if arr.ndim == 2 and arr.shape[1] == 1:
            arr = arr[:, 0]
        if arr.ndim != 1:
            raise ValueError(f"add_audio: expected mono samples (N or Nx1), got shape {arr.shape}")
        if arr.dtype == np.int16:
            samples = arr.astype(np.float32) / 32768.0
        elif arr.dtype in (np.float32, np.float64):
            samples = np.clip(np.nan_to_num(arr.astype(np.float32)), -1.0, 1.0)
        else:
            raise ValueError(f"add_audio: expected int16 or float32 samples, got dtype {arr.dtype}")
        t = _check_time(capture_time, "add_audio")
        if samples.size == 0:
            return True
        with self._cv:
            if not self._accepting():
                return False
            if self._t0 is None:
                self._t0 = t
            self._queue.append(("a", samples, t))
            self._cv.notify()
        return True

    def _accepting(self) -> bool:
        if self._closing:
            self._stats["after_close"] += 1
            return False
        return self.error is None

    @property
    def stats(self) -> dict:
        with self._cv:
            return {"frames": self._stats["frames"], "dropped": self._stats["dropped"],
                    "queued": self._queued_frames, "audio_s": self._stats_f["audio_s"],
                    "silence_s": self._stats_f["silence_s"], "trimmed_s": self._stats_f["trimmed_s"],
                    "duration_s": self._stats_f["duration_s"], "overlay_errors": self._stats["overlay_errors"],
                    "after_close": self._stats["after_close"], "error": self.error}

    @property
    def closed(self) -> bool:
        return self._closed

    def close(self, timeout: float | None = None) -> Path | None:
        """Write what is queued, finish the file and rename ``NAME.part.mp4`` to ``NAME.mp4``.

        Returns the recording's path, or None (and no file) if nothing was ever added.
        Raises :class:`RecordingError` if writing failed (the ``.part`` file is kept).
        Idempotent; blocks until the writer is done (``timeout`` None = wait)."""
        with self._cv:
            if not self._closing:
                self._closing = True
                self._queue.append((_STOP, None, None))
                self._cv.notify()
        self._thread.join(timeout)
        if self._thread.is_alive():
            raise RecordingError(f"recording {self.path}: the writer did not finish within {timeout} s")
        if not self._closed:
            self._closed = True
            if self.error is None:
                if self._t0 is None:
                    self._discard_part()
                else:
                    os.replace(self.part_path, self.path)
                    self._result = self.path
        if self.error is not None:
            raise RecordingError(f"recording {self.path} failed: {self.error} (what was written is in "
                                 f"{self.part_path})")
        return self._result

    def __enter__(self) -> "Mp4Recorder":
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    # ------------------------------------------------------------------ writer thread
    def _run(self) -> None:
        while True:
            with self._cv:
                while not self._queue:
                    self._cv.wait()
                kind, data, t = self._queue.popleft()
                if kind == "v":
                    self._queued_frames -= 1
            if kind is _STOP:
                break
            if self.error is not None:
                continue  # failed: drain without writing
            try:
                if kind == "v":
                    self._write_video(data, t)
                else:
                    self._write_audio(data, t)
            except Exception as e:  # noqa: BLE001 -- the caller learns it from failed / close()
                self._fail(e)
        if self.error is None:
            try:
                self._finish()
            except Exception as e:  # noqa: BLE001
                self._fail(e)
        try:
            self._container.close()
        except Exception as e:  # noqa: BLE001
            if self.error is None:
                self._fail(e)

    def _fail(self, e: Exception) -> None:
        msg = f"{type(e).__name__}: {e}"
        log.error("recording %s failed: %s", self.path, msg)
        with self._cv:
            self.error = msg
        self.failed.emit(msg)

    def _mux(self, packets) -> None:
        for p in packets:
            self._container.mux(p)

    def _encode_video(self, rgb: np.ndarray, pts: int) -> None:
        f = self._av.VideoFrame.from_ndarray(rgb, format="rgb24")
        f.pts = pts
        f.time_base = VIDEO_TIME_BASE
        self._mux(self._vstream.encode(f))
        self._vpts = pts
        with self._cv:
            self._stats["frames"] += 1
            self._stats_f["duration_s"] = max(self._stats_f["duration_s"], pts * float(VIDEO_TIME_BASE) + 1 / self.fps)

    def _black(self) -> np.ndarray:
        return np.zeros((self.height, self.width, 3), np.uint8)

    def _write_video(self, frame: np.ndarray, t: float) -> None:
        rel = t - self._t0
        pts = round(rel / VIDEO_TIME_BASE)
        if self._vpts < 0:  # the first frame
            if rel * self.fps >= 1.0:  # the sound started first: the picture starts black
                self._encode_video(self._black(), 0)
            else:
                pts = 0
        pts = max(pts, self._vpts + 1)
        if self.overlay is not None:
            try:
                strokes = list(self.overlay(t) or ())
            except Exception as e:  # noqa: BLE001 -- never lose the frame for its drawing
                strokes = []
                with self._cv:
                    self._stats["overlay_errors"] += 1
                log.warning("recording overlay failed at %.3f: %s", t, e)
            if strokes:
                frame = composite(frame, strokes)
        self._encode_video(self._fit(frame), pts)
        if self.audio:  # no sound coming: keep the audio track just behind the picture
            self._fill_silence_to(rel - AUDIO_WAIT_S)

    def _fit(self, frame: np.ndarray) -> np.ndarray:
        h, w = frame.shape[:2]
        if (w, h) == (self.width, self.height):
            return frame
        import cv2

        scale = min(self.width / w, self.height / h)
        nw, nh = max(1, round(w * scale)), max(1, round(h * scale))
        interp = cv2.INTER_AREA if scale < 1 else cv2.INTER_LINEAR
        small = cv2.resize(frame, (nw, nh), interpolation=interp)
        out = self._black()
        y, x = (self.height - nh) // 2, (self.width - nw) // 2
        out[y:y + nh, x:x + nw] = small
        return out

    def _write_audio(self, samples: np.ndarray, t: float) -> None:
        start = round((t - self._t0) * AUDIO_RATE)
        drift = start - self._apos
        if drift > RESYNC_S * AUDIO_RATE:
            self._lay_audio(np.zeros(drift, np.float32), silence=True)
        elif drift < -RESYNC_S * AUDIO_RATE:
            cut = min(-drift, samples.size)
            with self._cv:
                self._stats_f["trimmed_s"] += cut / AUDIO_RATE
            samples = samples[cut:]
        if samples.size:
            self._lay_audio(samples, silence=False)

    def _fill_silence_to(self, rel: float) -> None:
        n = round(rel * AUDIO_RATE) - self._apos
        if n > 0:
            self._lay_audio(np.zeros(n, np.float32), silence=True)

    def _lay_audio(self, samples: np.ndarray, *, silence: bool) -> None:
        self._abuf.append(samples)
        self._abuf_n += samples.size
        self._apos += samples.size
        with self._cv:
            self._stats_f["silence_s" if silence else "audio_s"] += samples.size / AUDIO_RATE
            self._stats_f["duration_s"] = max(self._stats_f["duration_s"], self._apos / AUDIO_RATE)
        if self._abuf_n >= AAC_FRAME:
            buf = np.concatenate(self._abuf)
            whole = (buf.size // AAC_FRAME) * AAC_FRAME
            for i in range(0, whole, AAC_FRAME):
                self._encode_audio(buf[i:i + AAC_FRAME])
            rest = buf[whole:]
            self._abuf, self._abuf_n = ([rest] if rest.size else []), rest.size

    def _encode_audio(self, block: np.ndarray) -> None:
        f = self._av.AudioFrame.from_ndarray(np.ascontiguousarray(block.reshape(1, -1)), format="fltp",
                                             layout="mono")
        f.sample_rate = AUDIO_RATE
        f.pts = self._aframes * AAC_FRAME
        f.time_base = Fraction(1, AUDIO_RATE)
        self._aframes += 1
        self._mux(self._astream.encode(f))

    def _finish(self) -> None:
        if self._t0 is None:
            return  # nothing recorded: close() removes the file
        if self._vpts < 0:  # sound only: the video track still gets a (black) picture
            self._encode_video(self._black(), 0)
        if self.audio:
            end = self._vpts * float(VIDEO_TIME_BASE) + 1.0 / self.fps
            self._fill_silence_to(end)
            if self._abuf_n:  # the last partial AAC frame, padded with silence
                pad = AAC_FRAME - self._abuf_n
                self._abuf.append(np.zeros(pad, np.float32))
                self._encode_audio(np.concatenate(self._abuf))
                self._abuf, self._abuf_n = [], 0
            self._mux(self._astream.encode(None))
        self._mux(self._vstream.encode(None))


def _check_time(t: float, what: str) -> float:
    if isinstance(t, bool) or not isinstance(t, (int, float, np.floating, np.integer)) or not math.isfinite(t):
        raise ValueError(f"{what}: capture_time must be a finite number of seconds, got {t!r}")
    return float(t)
