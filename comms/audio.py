"""Audio devices and sources for live voice (48 kHz mono float32, 20 ms blocks).

* :class:`Microphone` / :class:`Speaker`: sounddevice (PortAudio) streams whose callbacks only copy
  into / out of bounded queues (no allocation-heavy work, never blocking the audio thread).
* :class:`ToneSource`, :class:`WavFileSource`: test and demo sources with ``read(n)``;
  :class:`SourcePump` feeds a source in real time to a sink such as ``ViewerMedia.send_audio``.

Every device and pump has a ``muted`` flag: muting keeps the stream open (no re-open glitch, the
device stays claimed) and sends/plays silence instead (the microphone sends nothing).

Typical wiring::

    mic = Microphone(on_frames=client.send_audio).start()
    spk = Speaker().start(); client.audio.connect(spk.feed)
"""

from __future__ import annotations

import collections
import threading
import time
import wave
from pathlib import Path
from typing import Callable

import numpy as np

from .clock import wall_clock

__all__ = ["Microphone", "Speaker", "ToneSource", "WavFileSource", "SourcePump", "AudioDeviceError", "RATE",
           "FRAME_SAMPLES"]

#: the sample rate of every sound here (Opus' own) and the 20 ms block a source gives at a time
RATE = 48_000
FRAME_SAMPLES = 960


class AudioDeviceError(RuntimeError):
    """A sound device could not be opened or failed; the message names the device and the reason."""


def _sd():
    try:
        import sounddevice as sd
    except OSError as exc:  # PortAudio library missing
        raise AudioDeviceError(f"PortAudio is not available: {exc}") from None
    return sd


class _Device:
    """A PortAudio stream's lifecycle; subclasses open ``self._stream`` in ``start``."""

    _stream = None

    def stop(self) -> None:
        if self._stream is not None:
            self._stream.stop()
            self._stream.close()
            self._stream = None

    def __enter__(self):
        return self.start()

    def __exit__(self, *exc):
        self.stop()


def microphones() -> list[str]:
    """Names of the input devices PortAudio sees, as ``Microphone(device=name)`` opens them
    (empty when there is no sound system)."""
    try:
        devices = _sd().query_devices()
    except Exception as exc:  # noqa: BLE001 - no PortAudio / no server: no microphones
        return []
    names = [str(d["name"]) for d in devices if int(d.get("max_input_channels", 0)) > 0]
    return list(dict.fromkeys(names))


def speakers() -> list[str]:
    """Names of the output devices PortAudio sees, as ``Speaker(device=name)`` opens them
    (empty when there is no sound system)."""
    try:
        devices = _sd().query_devices()
    except Exception:  # noqa: BLE001 - no PortAudio / no server: no speakers
        return []
    names = [str(d["name"]) for d in devices if int(d.get("max_output_channels", 0)) > 0]
    return list(dict.fromkeys(names))


class Microphone(_Device):
    """Captures mono 48 kHz audio in 20 ms blocks.

    With ``on_frames(pcm float32, capture_time)`` each block is handed over from the PortAudio
    thread (keep it cheap: the sink should only queue); otherwise blocks wait in a
    bounded queue for :meth:`read` (the oldest is dropped when nobody reads).
    """

    def __init__(self, device=None, on_frames: Callable[[np.ndarray, float], None] | None = None,
                 samplerate: int = RATE, blocksize: int = FRAME_SAMPLES, max_blocks: int = 250):
        self.device, self.on_frames = device, on_frames
        self.samplerate, self.blocksize = samplerate, blocksize
        self.muted = False
        self.blocks = 0
        self.overflows = 0
        self._q: collections.deque = collections.deque(maxlen=max_blocks)
        self._cv = threading.Condition()
        self._stream = None

    def _callback(self, indata, frames, time_info, status):
        if status:
            self.overflows += 1
        self.blocks += 1
        if self.muted:
            return
        pcm = indata[:, 0].copy()
        lag = time_info.currentTime - time_info.inputBufferAdcTime
        t = wall_clock() - (lag if 0 < lag < 1.0 else frames / self.samplerate)
        if self.on_frames is not None:
            self.on_frames(pcm, t)
        else:
            with self._cv:
                self._q.append((pcm, t))
                self._cv.notify()

    def start(self) -> "Microphone":
        sd = _sd()
        try:
            self._stream = sd.InputStream(device=self.device, channels=1, samplerate=self.samplerate,
                                          blocksize=self.blocksize, dtype="float32", callback=self._callback)
            self._stream.start()
        except Exception as exc:
            self._stream = None
            raise AudioDeviceError(f"cannot open microphone {self.device or '(default input)'}: {exc}") from None
        return self

    def read(self, timeout: float = 1.0) -> tuple[np.ndarray, float] | None:
        """Next (pcm, capture_time) block, or None after ``timeout`` seconds."""
        with self._cv:
            if not self._q and not self._cv.wait_for(lambda: bool(self._q), timeout):
                return None
            return self._q.popleft()

    def record(self, seconds: float) -> np.ndarray:
        """Blocks captured during the next ``seconds`` (read() mode), concatenated."""
        out, deadline = [], time.monotonic() + seconds
        while (left := deadline - time.monotonic()) > 0:
            got = self.read(min(left, 0.5))
            if got is not None:
                out.append(got[0])
        return np.concatenate(out) if out else np.zeros(0, np.float32)



class Speaker(_Device):
    """Plays mono 48 kHz audio; several sources (e.g. one per remote participant) are mixed.

    :meth:`feed` matches ``ViewerMedia.audio(sender, pcm, capture_time)``. Each source keeps at
    most ``max_backlog_s`` of queued audio (older samples are dropped), so a burst never builds up
    seconds of delay at the speaker.
    """

    def __init__(self, device=None, samplerate: int = RATE, blocksize: int = FRAME_SAMPLES,
                 max_backlog_s: float = 0.2):
        self.device, self.samplerate, self.blocksize = device, samplerate, blocksize
        self.max_backlog = int(max_backlog_s * samplerate)
        self.muted = False
        self.underflows = 0
        self.blocks = 0
        self.dropped_samples = 0
        self._src: dict[str, collections.deque] = {}
        self._sizes: dict[str, int] = {}
        self._lock = threading.Lock()
        self._stream = None

    def feed(self, source: str, pcm: np.ndarray, capture_time: float | None = None) -> None:
        pcm = np.asarray(pcm, dtype=np.float32).reshape(-1)
        with self._lock:
            q = self._src.setdefault(source, collections.deque())
            q.append(pcm)
            size = self._sizes.get(source, 0) + pcm.size
            while size > self.max_backlog and len(q) > 1:
                size -= q[0].size
                self.dropped_samples += q.popleft().size
            self._sizes[source] = size

    def play(self, pcm: np.ndarray) -> None:
        self.feed("local", pcm)

    def _take(self, source: str, n: int) -> np.ndarray:
        q, out, got = self._src[source], np.zeros(n, np.float32), 0
        while q and got < n:
            head = q[0]
            k = min(n - got, head.size)
            out[got:got + k] = head[:k]
            got += k
            if k == head.size:
                q.popleft()
            else:
                q[0] = head[k:]
        self._sizes[source] -= got
        return out

    def _callback(self, outdata, frames, time_info, status):
        if status:
            self.underflows += 1
        self.blocks += 1
        with self._lock:
            mix = np.zeros(frames, np.float32)
            for src in self._src:
                mix += self._take(src, frames)
        outdata[:, 0] = 0.0 if self.muted else np.clip(mix, -1.0, 1.0)

    def start(self) -> "Speaker":
        sd = _sd()
        try:
            self._stream = sd.OutputStream(device=self.device, channels=1, samplerate=self.samplerate,
                                           blocksize=self.blocksize, dtype="float32", callback=self._callback)
            self._stream.start()
        except Exception as exc:
            self._stream = None
            raise AudioDeviceError(f"cannot open speaker {self.device or '(default output)'}: {exc}") from None
        return self



class ToneSource:
    """A continuous sine tone (phase-continuous across reads)."""

    def __init__(self, freq: float = 440.0, amplitude: float = 0.3, samplerate: int = RATE):
        self.freq, self.amplitude, self.samplerate = freq, amplitude, samplerate
        self._n = 0

    def read(self, n: int = FRAME_SAMPLES) -> np.ndarray:
        t = (np.arange(n) + self._n) / self.samplerate
        self._n += n
        return (self.amplitude * np.sin(2 * np.pi * self.freq * t)).astype(np.float32)


class WavFileSource:
    """PCM WAV file (8/16/32-bit integer, any rate, mono or multi-channel -> mono 48 kHz).

    ``read(n)`` returns silence after the end unless ``loop``; ``finished`` tells.
    """

    def __init__(self, path: str | Path, loop: bool = False):
        self.path, self.loop = Path(path), loop
        try:
            with wave.open(str(self.path), "rb") as w:
                width, channels, rate, n = w.getsampwidth(), w.getnchannels(), w.getframerate(), w.getnframes()
                raw = w.readframes(n)
        except (OSError, EOFError, wave.Error) as exc:
            raise ValueError(f"{self.path}: not a readable PCM WAV file: {exc}") from None
        dtypes = {1: np.uint8, 2: np.int16, 4: np.int32}
        if width not in dtypes:
            raise ValueError(f"{self.path}: unsupported sample width {width * 8} bits (8, 16 or 32)")
        x = np.frombuffer(raw, dtypes[width]).astype(np.float32)
        x = (x - 128.0) / 128.0 if width == 1 else x / float(2 ** (8 * width - 1))
        if channels > 1:
            x = x[: x.size - x.size % channels].reshape(-1, channels).mean(axis=1)
        if rate != RATE and x.size:
            m = int(round(x.size * RATE / rate))
            x = np.interp(np.arange(m) * (rate / RATE), np.arange(x.size), x).astype(np.float32)
        if x.size == 0:
            raise ValueError(f"{self.path}: no audio samples")
        self.samples = x
        self._pos = 0

    @property
    def finished(self) -> bool:
        return not self.loop and self._pos >= self.samples.size

    def read(self, n: int = FRAME_SAMPLES) -> np.ndarray:
        out = np.zeros(n, np.float32)
        got = 0
        while got < n:
            if self._pos >= self.samples.size:
                if not self.loop:
                    break
                self._pos = 0
            k = min(n - got, self.samples.size - self._pos)
            out[got:got + k] = self.samples[self._pos:self._pos + k]
            got += k
            self._pos += k
        return out


class SourcePump:
    """Feeds ``source.read(960)`` to ``sink(pcm, capture_time)`` every 20 ms of real time (a thread
    standing in for a microphone). ``muted`` skips the sink while time runs on."""

    def __init__(self, source, sink: Callable[[np.ndarray, float], None], frame: int = FRAME_SAMPLES):
        self.source, self.sink, self.frame = source, sink, frame
        self.muted = False
        self.frames = 0
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None

    def start(self) -> "SourcePump":
        self._thread = threading.Thread(target=self._run, name="source-pump", daemon=True)
        self._thread.start()
        return self

    def _run(self) -> None:
        period = self.frame / RATE
        t0 = time.monotonic()
        cap0 = wall_clock()
        i = 0
        while not self._stop.is_set():
            delay = t0 + (i + 1) * period - time.monotonic()  # block i is complete when it ends
            if delay > 0:
                if self._stop.wait(delay):
                    break
            elif delay < -0.5:  # starved for CPU: skip ahead rather than burst old audio
                i += int(-delay / period)
                continue
            pcm = self.source.read(self.frame)
            if not self.muted:
                self.sink(pcm, cap0 + i * period)
            self.frames += 1
            i += 1

    def stop(self) -> None:
        self._stop.set()
        if self._thread is not None:
            self._thread.join(2.0)
            self._thread = None
