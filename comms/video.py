"""Video for the surgical broadcast: sources, low-latency H.264 encode/decode, bitrate ladder.

This is the video half that the media relay (:mod:`comms.media`, kind-agnostic packet model) will
carry; it does not depend on the relay.

* **Sources** share one interface: ``read() -> (frame, capture_time)`` with ``frame`` an
  ``HxWx3 uint8`` RGB array and ``capture_time`` on the :func:`comms.media.wall_clock` scale, and
  ``close()``. :class:`TestPatternSource` (moving colour bars plus the frame number as a
  machine-readable barcode, see :func:`read_frame_number`), :class:`FileSource` (PyAV decode,
  paced at the file's frame rate, optional loop), :class:`CameraSource` (OpenCV ``VideoCapture``)
  and :class:`CallableSource` (any function returning a frame, e.g. the 3-D view's offscreen
  capture). Live sources are paced at their frame rate (``realtime=True``); with
  ``realtime=False`` they return frames as fast as asked (tests, benchmarks).
* **Codec.** :class:`H264Encoder` uses FFmpeg's ``libx264`` through PyAV with low-latency
  settings: ``tune=zerolatency`` (no look-ahead, no frame delay), no B-frames, a fixed GOP (a
  keyframe every ``keyframe_s`` = 2 s, no scene-cut keyframes), VBV capped at the target bitrate,
  SPS/PPS repeated in-band before every IDR (Annex B), so a decoder can start at any keyframe.
  :meth:`H264Encoder.force_keyframe` makes the next frame an IDR (a viewer joins). If the installed
  FFmpeg has no H.264 encoder, the encoder falls back, in order, to ``libopenh264``, VP8
  (``libvpx``) and MPEG-4 part 2 (``mpeg4``); :attr:`H264Encoder.codec` then says ``"vp8"`` or
  ``"mpeg4"`` and the decoder must be built with that codec (``H264Decoder(codec=enc.codec)``).
  The PyAV wheel installed here ships ``libx264``, so the fallback is not used on this machine.
  :class:`H264Decoder` drops packets until the first keyframe (a decoder joining mid-stream
  cannot decode P-frames) and survives damaged packets (counted, never raised).
* **Ladder.** :class:`BitrateLadder` picks a rung (720p30 @ 2.0 Mbit/s ... 240p15 @ 0.3) from the
  measured available bandwidth and loss, keeping 48 kbit/s for audio first; it steps down at
  once and up one rung at a time after the link has been good for a while (hysteresis).
"""

from __future__ import annotations

import collections
import logging
import threading
import time
import zlib
from dataclasses import dataclass
from fractions import Fraction
from pathlib import Path
from typing import Callable

import numpy as np
from psygnal import Signal

from workstation.errors import CoreError

from .clock import wall_clock

log = logging.getLogger("silkbridge.video")

__all__ = [
    "TestPatternSource", "FileSource", "CameraSource", "CallableSource", "VideoSourceError",
    "CameraUnavailable", "H264Encoder", "H264Decoder", "is_keyframe", "read_frame_number",
    "draw_frame_number", "psnr", "Rung", "BitrateLadder", "DEFAULT_RUNGS", "AUDIO_RESERVE_KBPS",
    "encoder_candidates", "VideoSender", "compose",
]

Frame = np.ndarray




class VideoSourceError(RuntimeError):
    """A source cannot deliver frames (bad file, no device...); the message names the source."""


class CameraUnavailable(VideoSourceError, CoreError):
    """No camera, or it stopped: ``code`` camera.cannot_open / camera.no_frame, ``params`` (index,)."""

    def __init__(self, message: str, code: str | None = None, params: tuple = ()):
        CoreError.__init__(self, message, code, params)


# ----------------------------------------------------------------------------- barcode
BARCODE_BLOCK = 16
BARCODE_BITS = 32  # 24-bit frame number + 8-bit CRC check
_MAX_FRAME = 1 << 24


def _barcode_layout(width: int) -> tuple[int, int]:
    cols = min(BARCODE_BITS, width // BARCODE_BLOCK)
    if cols < 4:
        raise ValueError(f"frame width {width} too small for the frame-number barcode (>= 64 px)")
    return cols, -(-BARCODE_BITS // cols)


def _barcode_bits(n: int) -> list[int]:
    n %= _MAX_FRAME
    payload = n.to_bytes(3, "big")
    word = (n << 8) | (zlib.crc32(payload) & 0xFF)
    return [(word >> (BARCODE_BITS - 1 - i)) & 1 for i in range(BARCODE_BITS)]


def draw_frame_number(frame: Frame, n: int) -> Frame:
    """Write ``n`` (mod 2**24) into the top-left 16x16 black/white blocks of ``frame`` (in place).

    Blocks are aligned on 16x16 macroblocks, so they survive lossy coding; 8 CRC bits let
    :func:`read_frame_number` reject a damaged code instead of returning a wrong number."""
    cols, _ = _barcode_layout(frame.shape[1])
    b = BARCODE_BLOCK
    for i, bit in enumerate(_barcode_bits(n)):
        r, c = divmod(i, cols)
        frame[r * b:(r + 1) * b, c * b:(c + 1) * b] = 255 if bit else 0
    return frame


def read_frame_number(frame: Frame) -> int | None:
    """The frame number drawn by :func:`draw_frame_number`, or None if there is no valid code."""
    cols, _ = _barcode_layout(frame.shape[1])
    b, q = BARCODE_BLOCK, BARCODE_BLOCK // 4
    bits = []
    for i in range(BARCODE_BITS):
        r, c = divmod(i, cols)
        core = frame[r * b + q:(r + 1) * b - q, c * b + q:(c + 1) * b - q]
        bits.append(1 if float(core.mean()) > 127.5 else 0)
    word = 0
    for bit in bits:
        word = (word << 1) | bit
    n, check = word >> 8, word & 0xFF
    return n if (zlib.crc32(n.to_bytes(3, "big")) & 0xFF) == check else None


def psnr(a: Frame, b: Frame) -> float:
    """Peak signal-to-noise ratio in dB of two uint8 images (inf if identical)."""
    mse = float(np.mean((a.astype(np.float32) - b.astype(np.float32)) ** 2))
    return float("inf") if mse == 0 else 10.0 * np.log10(255.0 ** 2 / mse)


# ----------------------------------------------------------------------------- sources
class _Pacer:
    """Sleeps until the next frame slot; resynchronises after a stall instead of bursting."""

    def __init__(self, fps: float, realtime: bool):
        self.period = 1.0 / float(fps)
        self.realtime = realtime
        self._next: float | None = None

    def wait(self) -> None:
        if not self.realtime:
            return
        now = time.monotonic()
        if self._next is None or now - self._next > self.period:
            self._next = now
        elif self._next > now:
            time.sleep(self._next - now)
        self._next += self.period


_BARS = np.array([[192, 192, 192], [192, 192, 0], [0, 192, 192], [0, 192, 0],
                  [192, 0, 192], [192, 0, 0], [0, 0, 192], [16, 16, 16]], np.uint8)


class TestPatternSource:
    """Moving colour bars with a grey ramp and the frame number as a barcode (top-left); with
    ``detail=True`` also a scrolling band of blurred noise (hard content, to load the rate control).

    ``frame(n)`` renders frame ``n`` (pure); ``read()`` returns the next one, paced at ``fps``."""

    __test__ = False  # not a pytest class

    def __init__(self, width: int = 1280, height: int = 720, fps: float = 30.0, *, realtime: bool = True,
                 speed: int = 4, detail: bool = False):
        if width % 2 or height % 2:
            raise ValueError(f"test pattern size must be even, got {width}x{height}")
        _, rows = _barcode_layout(width)
        if height < rows * BARCODE_BLOCK + 16:
            raise ValueError(f"test pattern height {height} too small")
        self.width, self.height, self.fps, self.speed = width, height, float(fps), speed
        self._n = 0
        self._pacer = _Pacer(fps, realtime)
        self._x = np.arange(width)
        self._texture = None
        if detail:  # a scrolling band of blurred noise: hard, camera-like content for rate control
            import cv2

            rng = np.random.default_rng(5)
            band = rng.integers(0, 256, (height // 4, width, 3), dtype=np.uint8)
            self._texture = cv2.GaussianBlur(band, (0, 0), 1.5)

    def frame(self, n: int) -> Frame:
        w, h = self.width, self.height
        idx = (((self._x + n * self.speed) * 8) // w) % 8
        row = _BARS[idx]
        img = np.empty((h, w, 3), np.uint8)
        ramp_top = h * 3 // 4
        img[:ramp_top] = row[None]
        ramp = ((self._x * 255) // max(w - 1, 1) + 2 * n) % 256
        img[ramp_top:] = ramp.astype(np.uint8)[None, :, None]
        if self._texture is not None:
            t = self._texture
            img[ramp_top - t.shape[0]:ramp_top] = np.roll(t, 3 * n, axis=1)
        return draw_frame_number(img, n)

    def read(self) -> tuple[Frame, float]:
        self._pacer.wait()
        f = self.frame(self._n)
        self._n += 1
        return f, wall_clock()

    def close(self) -> None:
        pass


class FileSource:
    """Frames of a video file or stream URL decoded with PyAV, paced at the file's frame rate.

    With ``loop=True`` the file restarts at the end; otherwise :class:`EOFError` is raised.
    A missing or undecodable file raises :class:`VideoSourceError` naming it and the reason."""

    def __init__(self, path: str | Path, loop: bool = True, *, realtime: bool = True):
        import av

        self.path = str(path)
        self.loop = loop
        self._av = av
        try:
            self._container = av.open(self.path)
        except (av.FFmpegError, OSError) as e:
            raise VideoSourceError(f"cannot open video {self.path}: {e}") from e
        if not self._container.streams.video:
            self._container.close()
            raise VideoSourceError(f"{self.path}: no video stream")
        self._stream = self._container.streams.video[0]
        self._stream.thread_type = "AUTO"
        rate = self._stream.average_rate or self._stream.guessed_rate or Fraction(25)
        self.fps = float(rate)
        self.width, self.height = self._stream.codec_context.width, self._stream.codec_context.height
        self._pacer = _Pacer(self.fps, realtime)
        self._frames = self._container.decode(self._stream)
        self._lock = threading.Lock()
        self.loops = 0

    def _next_frame(self):
        try:
            return next(self._frames)
        except StopIteration:
            return None
        except self._av.FFmpegError as e:
            raise VideoSourceError(f"{self.path}: decode error: {e}") from e

    def read(self) -> tuple[Frame, float]:
        with self._lock:
            f = self._next_frame()
            if f is None:
                if not self.loop:
                    raise EOFError(f"{self.path}: end of video")
                self._container.seek(0, stream=self._stream)
                self._frames = self._container.decode(self._stream)
                self.loops += 1
                f = self._next_frame()
                if f is None:
                    raise VideoSourceError(f"{self.path}: no decodable frames")
            img = f.to_ndarray(format="rgb24")
        self._pacer.wait()
        return img, wall_clock()

    def close(self) -> None:
        with self._lock:  # not under a read in another thread
            self._container.close()


V4L2_CLASS = Path("/sys/class/video4linux")


def cameras(sys_class: Path = V4L2_CLASS) -> list[tuple[int, str]]:
    """The cameras V4L2 lists: ``(index, name)`` (``CameraSource(index)`` opens one), in index order.
    A device node that only carries metadata still appears; opening it says so."""
    out = []
    try:
        entries = sorted(sys_class.glob("video*"), key=lambda p: int(p.name[5:]) if p.name[5:].isdigit() else 1 << 30)
    except OSError:
        return []
    for entry in entries:
        if not entry.name[5:].isdigit():
            continue
        try:
            name = (entry / "name").read_text(errors="replace").strip()
        except OSError:
            continue
        out.append((int(entry.name[5:]), name or entry.name))
    return out


def camera_index(name: str, sys_class: Path = V4L2_CLASS) -> int | None:
    """The index of the first camera called ``name`` (as saved in the settings), None if absent."""
    return next((i for i, n in cameras(sys_class) if n == name), None)


class CameraSource:
    """A local camera through OpenCV (V4L2 on Linux). Raises :class:`CameraUnavailable` naming
    the index when the device cannot be opened or delivers no frame."""

    def __init__(self, index: int = 0, width: int | None = None, height: int | None = None,
                 fps: float | None = None):
        import cv2

        self.index = index
        self._cv2 = cv2
        cap = cv2.VideoCapture(index)
        if not cap.isOpened():
            cap.release()
            raise CameraUnavailable(f"camera {index}: cannot open video device (no camera at index {index}"
                                    f" or it is in use)", "camera.cannot_open", (index,))
        if width:
            cap.set(cv2.CAP_PROP_FRAME_WIDTH, width)
        if height:
            cap.set(cv2.CAP_PROP_FRAME_HEIGHT, height)
        if fps:
            cap.set(cv2.CAP_PROP_FPS, fps)
        self._cap = cap
        self._lock = threading.Lock()
        self.fps = cap.get(cv2.CAP_PROP_FPS) or fps or 30.0

    def read(self) -> tuple[Frame, float]:
        with self._lock:
            ok, bgr = self._cap.read()
        t = wall_clock()
        if not ok or bgr is None:
            raise CameraUnavailable(f"camera {self.index}: no frame (device disconnected?)", "camera.no_frame",
                                    (self.index,))
        return self._cv2.cvtColor(bgr, self._cv2.COLOR_BGR2RGB), t

    def close(self) -> None:
        with self._lock:  # not under a read in another thread
            self._cap.release()


class CallableSource:
    """Frames from ``fn()`` (HxWx3 RGB or HxWx4 RGBA uint8, e.g. an offscreen render), paced at ``fps``."""

    def __init__(self, fn: Callable[[], Frame], fps: float = 15.0, *, realtime: bool = True):
        self.fn, self.fps = fn, float(fps)
        self._pacer = _Pacer(fps, realtime)

    def read(self) -> tuple[Frame, float]:
        self._pacer.wait()
        t = wall_clock()
        img = np.asarray(self.fn())
        if img.ndim != 3 or img.shape[2] not in (3, 4):
            raise VideoSourceError(f"CallableSource {self.fn!r}: expected HxWx3/4 image, got shape {img.shape}")
        if img.dtype != np.uint8:
            raise VideoSourceError(f"CallableSource {self.fn!r}: expected uint8, got {img.dtype}")
        return np.ascontiguousarray(img[:, :, :3]), t

    def close(self) -> None:
        pass


# ----------------------------------------------------------------------------- codec
# (ffmpeg encoder, our codec name, ffmpeg decoder)
_CANDIDATES = [("libx264", "h264", "h264"), ("libopenh264", "h264", "h264"),
               ("libvpx", "vp8", "vp8"), ("mpeg4", "mpeg4", "mpeg4")]
_DECODERS = {c: d for _, c, d in _CANDIDATES}


def encoder_candidates() -> list[tuple[str, str]]:
    """(ffmpeg encoder, codec) pairs available in this PyAV build, in order of preference."""
    import av

    have = av.codecs_available
    out = []
    for enc, codec, _ in _CANDIDATES:
        if enc in have:
            try:
                av.Codec(enc, "w")
            except Exception:  # listed but not usable
                continue
            out.append((enc, codec))
    return out


class H264Encoder:
    """Low-latency video encoder: RGB frames -> list of packets (bytes), one access unit per frame.

    H.264 with ``libx264`` (preset ``veryfast``, ``tune=zerolatency``, no B-frames, fixed GOP of
    ``keyframe_s`` seconds, VBV max rate = ``bitrate``, in-band SPS/PPS). Falls back to VP8 /
    MPEG-4 when no H.264 encoder exists; :attr:`codec` names what is produced. Frames of another
    size are scaled to ``width x height``."""

    def __init__(self, width: int, height: int, fps: float = 30.0, bitrate: int = 2_000_000, *,
                 keyframe_s: float = 2.0, preset: str = "veryfast", threads: int = 2,
                 encoder: str | None = None):
        import av

        if width % 2 or height % 2:
            raise ValueError(f"video size must be even, got {width}x{height}")
        cands = encoder_candidates()
        if encoder is not None:
            cands = [c for c in cands if c[0] == encoder]
        if not cands:
            raise RuntimeError(f"no usable video encoder in this PyAV/FFmpeg build (wanted {encoder or _CANDIDATES})")
        self.encoder_name, self.codec = cands[0]
        if self.codec != "h264":
            log.warning("no H.264 encoder in this FFmpeg build; using %s (%s)", self.encoder_name, self.codec)
        self.width, self.height, self.fps, self.bitrate = width, height, float(fps), int(bitrate)
        self.gop = max(1, round(self.fps * keyframe_s))
        rate = Fraction(self.fps).limit_denominator(1001)
        c = self._ctx = av.CodecContext.create(self.encoder_name, "w")
        c.width, c.height = width, height
        c.pix_fmt = "yuv420p"
        c.framerate = rate
        c.time_base = 1 / rate
        c.bit_rate = self.bitrate
        c.gop_size = self.gop
        c.max_b_frames = 0
        c.thread_count = threads
        kbps = self.bitrate // 1000
        if self.encoder_name == "libx264":
            c.options = {
                "preset": preset, "tune": "zerolatency", "forced-idr": "1",
                "x264-params": (f"keyint={self.gop}:min-keyint={self.gop}:scenecut=0:bframes=0:"
                                f"vbv-maxrate={kbps}:vbv-bufsize={max(kbps // 2, 50)}:repeat-headers=1"),
            }
        elif self.encoder_name == "libopenh264":
            c.options = {"allow_skip_frames": "0"}
        elif self.encoder_name == "libvpx":
            c.options = {"deadline": "realtime", "cpu-used": "8", "lag-in-frames": "0", "error-resilient": "1"}
        c.open()
        self._av = av
        self._pts = 0
        self._force = False

    def force_keyframe(self) -> None:
        """Make the next encoded frame a keyframe (IDR with SPS/PPS), e.g. for a joining viewer."""
        self._force = True

    def encode(self, frame: Frame) -> list[bytes]:
        """One HxWx3 uint8 RGB frame -> packets (normally exactly one, at once: no frame delay)."""
        f = self._av.VideoFrame.from_ndarray(np.ascontiguousarray(frame), format="rgb24")
        f.pts = self._pts
        self._pts += 1
        if self._force:
            f.pict_type = self._av.video.frame.PictureType.I
            self._force = False
        return [bytes(p) for p in self._ctx.encode(f)]

    def flush(self) -> list[bytes]:
        """Packets still held by the encoder (none with zerolatency); the encoder is done after."""
        return [bytes(p) for p in self._ctx.encode(None)]


def is_keyframe(packet: bytes, codec: str = "h264") -> bool:
    """Whether ``packet`` starts a decodable picture (H.264 IDR, VP8 key frame, MPEG-4 I-VOP)."""
    if codec == "h264":
        i, n = 0, len(packet)
        while True:
            i = packet.find(b"\x00\x00\x01", i)
            if i < 0 or i + 3 >= n:
                return False
            if packet[i + 3] & 0x1F == 5:
                return True
            i += 3
    if codec == "vp8":
        return len(packet) > 0 and (packet[0] & 1) == 0
    if codec == "mpeg4":
        i = packet.find(b"\x00\x00\x01\xb6")
        return i >= 0 and i + 4 < len(packet) and (packet[i + 4] >> 6) == 0
    raise ValueError(f"unknown codec {codec!r}")


class H264Decoder:
    """Packets -> RGB frames. Waits for a keyframe before decoding (a viewer joining mid-stream),
    and drops damaged packets (:attr:`errors`) instead of raising; after an error it keeps
    decoding (the picture heals at the next keyframe; ask the sender for one)."""

    def __init__(self, codec: str = "h264", threads: int = 2):
        import av

        if codec not in _DECODERS:
            raise ValueError(f"unknown codec {codec!r} (known: {sorted(_DECODERS)})")
        self.codec = codec
        c = self._ctx = av.CodecContext.create(_DECODERS[codec], "r")
        c.thread_type = "SLICE"  # frame threading would delay output by thread_count frames
        c.thread_count = threads
        c.open()
        self._av = av
        self.synced = False
        self.waiting_dropped = 0
        self.errors = 0

    def decode(self, packet: bytes) -> list[Frame]:
        if not self.synced:
            if not is_keyframe(packet, self.codec):
                self.waiting_dropped += 1
                return []
            self.synced = True
        try:
            frames = self._ctx.decode(self._av.Packet(packet))
        except self._av.FFmpegError as e:
            self.errors += 1
            log.debug("video decode error: %s", e)
            return []
        return [f.to_ndarray(format="rgb24") for f in frames]


# ----------------------------------------------------------------------------- ladder
AUDIO_RESERVE_KBPS = 48


@dataclass(frozen=True)
class Rung:
    name: str
    width: int
    height: int
    fps: int
    kbps: int


#: the low simulcast layer a VideoSender adds beside its rung (when the rung is above it)
LOW_LAYER_RUNG = Rung("240p15", 426, 240, 15, 250)

DEFAULT_RUNGS = (Rung("720p30", 1280, 720, 30, 2000), Rung("540p25", 960, 540, 25, 1200),
                 Rung("360p20", 640, 360, 20, 600), Rung("240p15", 426, 240, 15, 300))


class BitrateLadder:
    """Picks the video rung for the measured link (``choose`` about once a second).

    Audio is served first: the video budget is ``(available - 48 kbit/s) * headroom``. Down is
    fast: as soon as the current rung no longer fits, or loss reaches ``loss_down`` (congestion:
    one rung further down per call), the ladder drops, several rungs at once if needed. Up is
    slow: only after ``up_hold_s`` seconds in which loss stayed below ``loss_up`` and the next
    rung fitted with ``up_margin`` to spare, and one rung at a time. The lowest rung is the floor
    (never switched off here)."""

    def __init__(self, rungs=DEFAULT_RUNGS, *, audio_kbps: int = AUDIO_RESERVE_KBPS, headroom: float = 0.9,
                 loss_down: float = 0.05, loss_up: float = 0.03, up_hold_s: float = 8.0, up_margin: float = 1.2,
                 start: int | None = None):
        self.rungs = tuple(sorted(rungs, key=lambda r: -r.kbps))
        self.audio_kbps, self.headroom = audio_kbps, headroom
        self.loss_down, self.loss_up = loss_down, loss_up
        self.up_hold_s, self.up_margin = up_hold_s, up_margin
        self.index = len(self.rungs) - 1 if start is None else start  # start low, climb when proven
        self._good_since: float | None = None

    @property
    def current(self) -> Rung:
        return self.rungs[self.index]

    def budget_kbps(self, available_kbps: float) -> float:
        return max(0.0, available_kbps - self.audio_kbps) * self.headroom

    def choose(self, available_kbps: float, loss: float = 0.0, now: float | None = None) -> Rung:
        now = time.monotonic() if now is None else now
        budget = self.budget_kbps(available_kbps)
        last = len(self.rungs) - 1
        fit = next((i for i, r in enumerate(self.rungs) if r.kbps <= budget), last)
        target = max(fit, self.index + 1) if loss >= self.loss_down else fit
        target = min(target, last)
        if target > self.index:  # down: at once
            self.index = target
            self._good_since = None
        elif target < self.index and loss < self.loss_up:
            nxt = self.rungs[self.index - 1]
            if nxt.kbps * self.up_margin <= budget:
                if self._good_since is None:
                    self._good_since = now
                elif now - self._good_since >= self.up_hold_s:
                    self.index -= 1
                    self._good_since = now  # the next step up needs another full hold
            else:
                self._good_since = None
        else:
            self._good_since = None
        return self.current


# ----------------------------------------------------------------------------- sender
def compose(main: Frame, pip: Frame | None, width: int, height: int, pip_fraction: float = 0.3) -> Frame:
    """The broadcast picture: ``main`` scaled to ``width x height`` (letterboxed, aspect kept) with
    ``pip`` scaled to ``pip_fraction`` of the width in the bottom-right corner, framed in white."""
    import cv2

    out = np.zeros((height, width, 3), np.uint8)

    def fit(img: Frame, w: int, h: int) -> Frame:
        ih, iw = img.shape[:2]
        s = min(w / iw, h / ih)
        nw, nh = max(2, round(iw * s)), max(2, round(ih * s))
        if (nw, nh) == (iw, ih):
            return img
        return cv2.resize(img, (nw, nh), interpolation=cv2.INTER_AREA if s < 1 else cv2.INTER_LINEAR)

    m = fit(main, width, height)
    y, x = (height - m.shape[0]) // 2, (width - m.shape[1]) // 2
    out[y:y + m.shape[0], x:x + m.shape[1]] = m
    if pip is not None:
        p = fit(pip, int(width * pip_fraction), int(height * pip_fraction))
        margin, border = max(4, width // 80), max(1, width // 640)
        y0, x0 = height - margin - p.shape[0], width - margin - p.shape[1]
        out[y0 - border:y0 + p.shape[0] + border, x0 - border:x0 + p.shape[1] + border] = 255
        out[y0:y0 + p.shape[0], x0:x0 + p.shape[1]] = p
    return out


def _slate(width: int, height: int, text: str) -> Frame:
    """A dark picture with a message (the main source failed): viewers keep a live stream."""
    import cv2

    img = np.full((height, width, 3), 24, np.uint8)
    cv2.putText(img, text[:60], (width // 20, height // 2), cv2.FONT_HERSHEY_SIMPLEX, max(0.5, width / 1280),
                (230, 230, 230), max(1, width // 640), cv2.LINE_AA)
    return img


class _LatestFrame:
    """Reads a source in its own thread and keeps only its newest frame (the picture-in-picture)."""

    def __init__(self, source, on_error: Callable[[str], None]):
        self.source = source
        self.frame: Frame | None = None
        self._on_error = on_error
        self._running = True
        self._thread = threading.Thread(target=self._run, name="video-pip", daemon=True)
        self._thread.start()

    def _run(self) -> None:
        try:
            while self._running:
                try:
                    self.frame, _ = self.source.read()
                except Exception as e:  # noqa: BLE001 - a source failing must not stop the broadcast
                    if self._running:
                        self._on_error(f"picture-in-picture source stopped: {e}")
                    self.frame = None
                    return
        finally:  # this thread closes its source: never while a read is under way in it
            _close_quietly(self.source)

    def stop(self, wait: float = 0.0) -> None:
        """Stop reading; the source is closed by the reader thread once its current read returns
        (``wait`` seconds are waited for that, none by default: never block the caller's thread)."""
        self._running = False
        if wait:
            self._thread.join(wait)


def _close_quietly(source) -> None:
    try:
        source.close()
    except Exception:  # noqa: BLE001
        log.debug("closing video source %r failed", source, exc_info=True)


class VideoSender:
    """The surgeon's video: main source (+ picture-in-picture) -> rung size -> H.264 -> media client.

    Runs in its own thread, paced by the main source. Twice a second the :class:`BitrateLadder`
    picks the rung from what the link shows: the media client's send drops (its socket's
    high-water mark filled: the uplink is congested), the keep-alive RTT rising over its
    10-second minimum (queueing), and the relay's :class:`comms.media.MediaReport` (what it
    received, which is what the link delivered). Congested: the available rate is what the relay
    received; clear: the next rung up is assumed to fit, and the ladder climbs after its hold time.
    A rung change re-creates the encoder (the next frame is a keyframe); a keyframe request from
    the relay (a viewer joined or lost packets) forces one. Beside the rung, a low simulcast layer
    (``low_layer``, 240p15 at 250 kbit/s, from the same composed picture) goes to viewers whose own
    link cannot carry the rung (the relay picks per viewer): the ladder follows the surgeon's
    uplink, the layers follow each viewer's downlink.

    The sender owns the sources it is given: a source replaced by :meth:`set_main` /
    :meth:`set_pip` or left at :meth:`stop` is closed. A failing main source is reported on
    ``error`` and replaced by a slate, so viewers keep a live stream (and the audio) until the
    surgeon picks another source. ``frame_sent(frame, capture)`` is emitted from the sender
    thread with each composed frame exactly as encoded (preview, recording)."""

    frame_sent = Signal(object, float)
    rung_changed = Signal(object)
    error = Signal(str)

    def __init__(self, client, main_source, pip_source=None, *, ladder: BitrateLadder | None = None,
                 adapt_interval: float = 0.5, queue_rtt_s: float = 0.2, low_layer: Rung | None = LOW_LAYER_RUNG):
        self.client = client
        self.low_layer = low_layer
        self.low_encoder: H264Encoder | None = None
        self._next_low = 0.0
        self.ladder = ladder or BitrateLadder(start=1)  # 540p until the link has shown it carries more
        self.adapt_interval, self.queue_rtt_s = adapt_interval, queue_rtt_s
        self._main = main_source
        self._pip: _LatestFrame | None = None
        self._retired: list = []  # replaced main sources, closed by the sender thread
        self._lock = threading.Lock()
        self._running = False
        self._thread: threading.Thread | None = None
        self._force_key = self._force_low_key = True
        self.encoder: H264Encoder | None = None
        self.keyframes = 0
        self.frames = 0
        self._sent = collections.deque()  # (monotonic, nbytes) over the last 5 s
        self._sent_low = collections.deque()  # the same for the low layer
        self._last_adapt = time.monotonic()
        self._last_counts = (0, 0)
        self._queueing_runs = 0
        self._next_slot = 0.0
        client.keyframe_requested.connect(self.request_keyframe)
        if pip_source is not None:
            self.set_pip(pip_source)

    # ------------------------------------------------------------------ control (any thread)
    def set_main(self, source) -> None:
        """Switch the main source live. The old one is closed by the sender thread after its read
        in progress returns (closing it under a read can crash PyAV or OpenCV)."""
        with self._lock:
            old, self._main = self._main, source
            if old is not None and old is not source:
                self._retired.append(old)
        if self._thread is None:
            self._close_retired()

    def _close_retired(self) -> None:
        with self._lock:
            retired, self._retired = self._retired, []
        for src in retired:
            _close_quietly(src)

    def set_pip(self, source) -> None:
        with self._lock:
            old = self._pip
            self._pip = _LatestFrame(source, self.error.emit) if source is not None else None
        if old is not None:
            old.stop()

    def request_keyframe(self) -> None:
        self._force_key = self._force_low_key = True

    def start(self) -> "VideoSender":
        if self._thread is None:
            self._running = True
            self._thread = threading.Thread(target=self._run, name="video-sender", daemon=True)
            self._thread.start()
        return self

    def stop(self, timeout: float = 5.0) -> None:
        self._running = False
        if self._thread is not None:
            self._thread.join(timeout)
            self._thread = None
        try:
            self.client.keyframe_requested.disconnect(self.request_keyframe)
        except (ValueError, RuntimeError):
            pass
        with self._lock:
            pip, self._pip = self._pip, None
        if pip is not None:
            pip.stop(wait=2.0)
        self.set_main(None)  # the thread has ended: closes at once

    @property
    def stats(self) -> dict:
        now = time.monotonic()
        sent = [(t, n) for t, n in list(self._sent) if now - t < 2.0]
        r = self.ladder.current
        report = getattr(self.client, "report", None)
        return {"fps": len(sent) / 2.0, "bitrate_kbps": sum(n for _, n in sent) * 8 / 2.0 / 1000,
                "rung": r.name, "width": r.width, "height": r.height, "frames": self.frames,
                "keyframes": self.keyframes, "viewers": report.receivers if report is not None else 0,
                "codec": self.encoder.codec if self.encoder is not None else None,
                "low_layer": low.name if (low := self._low_for(r)) is not None else None}

    # ------------------------------------------------------------------ thread
    def _read_main(self, rung: Rung) -> tuple[Frame, float]:
        src = self._main
        if src is None:
            time.sleep(1.0 / rung.fps)
            return _slate(rung.width, rung.height, "No video source"), wall_clock()
        try:
            return src.read()
        except Exception as e:  # noqa: BLE001 - keep the stream (and audio) alive on a slate
            with self._lock:
                if self._main is src:
                    self._main = None
            _close_quietly(src)
            self.error.emit(f"video source stopped: {e}")
            return _slate(rung.width, rung.height, "Video source stopped"), wall_clock()

    def _run(self) -> None:
        while self._running:
            if self._retired:
                self._close_retired()
            rung = self.ladder.current
            frame, capture = self._read_main(rung)
            if not self._running:
                break
            now = time.monotonic()
            if now < self._next_slot - 0.004:  # the source runs faster than the rung: skip
                continue
            self._next_slot = max(self._next_slot + 1.0 / rung.fps, now - 1.0 / rung.fps)
            pip = self._pip.frame if self._pip is not None else None
            try:
                picture = compose(frame, pip, rung.width, rung.height)
                self._send(picture, capture, rung)
                low = self._low_for(rung)
                if low is not None and now >= self._next_low - 0.004:
                    self._next_low = max(self._next_low + 1.0 / low.fps, now - 1.0 / low.fps)
                    self._send_low(picture, capture, low)
            except Exception as e:  # noqa: BLE001
                log.exception("video sender: frame not sent")
                self.error.emit(f"video frame not sent: {e}")
            if now - self._last_adapt >= self.adapt_interval:
                self._adapt(now)

    def _low_for(self, rung: Rung) -> Rung | None:
        """The low layer goes beside rungs of at least twice its rate (below, it is not worth it)."""
        low = self.low_layer
        return low if low is not None and rung.kbps >= 2 * low.kbps else None

    def _send_low(self, picture: Frame, capture: float, low: Rung) -> None:
        """The low simulcast layer, for viewers whose link cannot carry the full picture."""
        import cv2

        if self.low_encoder is None:
            self.low_encoder = H264Encoder(low.width, low.height, low.fps, low.kbps * 1000, threads=1)
        enc = self.low_encoder
        if self._force_low_key:
            self._force_low_key = False
            enc.force_keyframe()
        packets = enc.encode(cv2.resize(picture, (low.width, low.height), interpolation=cv2.INTER_AREA))
        if packets:
            self.client.send_video(packets, capture, enc.codec, is_keyframe(packets[0], enc.codec), 1)
            self._sent_low.append((time.monotonic(), sum(len(p) for p in packets)))
            while self._sent_low and self._sent_low[0][0] < time.monotonic() - 5.0:
                self._sent_low.popleft()

    def _send(self, picture: Frame, capture: float, rung: Rung) -> None:
        enc = self.encoder
        if enc is None or (enc.width, enc.height, enc.fps, enc.bitrate) != (rung.width, rung.height, rung.fps,
                                                                             rung.kbps * 1000):
            self.encoder = enc = H264Encoder(rung.width, rung.height, rung.fps, rung.kbps * 1000)
            self._force_key = True
        if self._force_key:
            self._force_key = False
            enc.force_keyframe()
        packets = enc.encode(picture)
        if not packets:
            return
        key = is_keyframe(packets[0], enc.codec)
        self.keyframes += key
        self.frames += 1
        self.client.send_video(packets, capture, enc.codec, key)
        self._sent.append((time.monotonic(), sum(len(p) for p in packets)))
        while self._sent and self._sent[0][0] < time.monotonic() - 5.0:
            self._sent.popleft()
        self.frame_sent.emit(picture, capture)

    def _adapt(self, now: float) -> None:
        """Once a second: estimate what the uplink carries and let the ladder choose the rung."""
        elapsed = now - self._last_adapt
        self._last_adapt = now
        c = self.client.counters
        sent, dropped = c["sent_video"], c["video_send_dropped"]
        d_sent, d_drop = sent - self._last_counts[0], dropped - self._last_counts[1]
        self._last_counts = (sent, dropped)
        loss = d_drop / max(1, d_sent + d_drop) if d_drop >= 2 else 0.0  # one drop is not congestion
        rtts = [(t, r) for t, r in list(self.client.rtts) if now - t < 10.0]
        queueing = bool(rtts) and rtts[-1][1] - min(r for _, r in rtts) > self.queue_rtt_s
        # one slow round trip can be a busy CPU (ours or the hub's): queueing must persist for a second
        self._queueing_runs = self._queueing_runs + 1 if queueing else 0
        queueing = self._queueing_runs >= 2
        sent_kbps = sum(n for t, n in list(self._sent) if now - t < elapsed + 0.05) * 8 / elapsed / 1000
        low_kbps = sum(n for t, n in list(self._sent_low) if now - t < elapsed + 0.05) * 8 / elapsed / 1000
        report = self.client.report
        cur = self.ladder.current
        if loss > 0 or queueing:  # what the link carried, less what the low layer took of it
            got = report.received_kbps if report is not None else sent_kbps * 0.7
            available = min(got, sent_kbps + low_kbps) + self.ladder.audio_kbps - low_kbps
        else:
            i = self.ladder.index
            nxt = self.ladder.rungs[i - 1] if i > 0 else cur
            available = nxt.kbps * self.ladder.up_margin / self.ladder.headroom + self.ladder.audio_kbps + 1
        rung = self.ladder.choose(available, loss, now)
        if rung != cur:
            log.info("video: %s -> %s (loss %.0f%%, queueing %s, sent %.0f kbit/s)", cur.name, rung.name,
                     loss * 100, queueing, sent_kbps)
            self.rung_changed.emit(rung)
