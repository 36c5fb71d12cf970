"""Video for the surgical broadcast and calls: the sources, and composing the studio's picture.

WebRTC (:mod:`comms.webrtc`) encodes and carries the pictures; this module gives them.

* **Sources** share one interface: ``read() -> (frame, capture_time)`` with ``frame`` an
  ``HxWx3 uint8`` RGB array and ``capture_time`` on the :func:`comms.clock.wall_clock` scale, and
  ``close()``. :class:`TestPatternSource` (moving colour bars plus the frame number as a
  machine-readable barcode, see :func:`read_frame_number`), :class:`FileSource` (PyAV decode,
  paced at the file's frame rate, optional loop), :class:`CameraSource` (OpenCV ``VideoCapture``)
  and :class:`CallableSource` (any function returning a frame, e.g. the 3-D view's offscreen
  capture). Live sources are paced at their frame rate (``realtime=True``); with
  ``realtime=False`` they return frames as fast as asked (tests, benchmarks).
* **Composing**: :func:`compose` puts a picture-in-picture over the main picture at the
  broadcast's size; the studio's picture (:class:`comms.webrtc.broadcast.StudioPicture`) reads the
  picture-in-picture in its own thread (``_LatestFrame``), shows a slate when the main source fails
  (``_slate``) and closes replaced sources after their read (``_close_quietly``).
"""

from __future__ import annotations

import logging
import threading
import time
import zlib
from fractions import Fraction
from pathlib import Path
from typing import Callable

import numpy as np

from workstation.errors import CoreError

from .clock import wall_clock

log = logging.getLogger("silkbridge.video")

__all__ = [
    "TestPatternSource", "FileSource", "CameraSource", "CallableSource", "VideoSourceError",
    "CameraUnavailable", "read_frame_number", "draw_frame_number", "psnr", "compose", "cameras",
    "camera_index",
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


# ----------------------------------------------------------------------------- composing
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
