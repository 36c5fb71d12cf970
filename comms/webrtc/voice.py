"""Received voice on a lossy link: Opus in-band FEC and loss concealment (libopus through ctypes).

aiortc decodes Opus with FFmpeg's libopus wrapper, which never asks libopus for the in-band FEC
copy a packet carries of the frame before it, and conceals nothing: a lost packet is a 20 ms gap.
:class:`FecOpusDecoder` replaces it for received voice. Given a packet and how many packets were
lost just before it (:class:`VoiceFrame`, from :class:`comms.webrtc.call.LowDelayAudioBuffer`):

* the frame just before the packet is rebuilt from the packet's FEC data (``opus_decode(...,
  decode_fec=1)``) when the packet carries it (``opus_packet_has_lbrr``): **recovered**;
* older lost frames of the same run (up to ``MAX_CONCEALED``) are filled by libopus' packet loss
  concealment: **concealed**; a longer run is left as a gap (a jump, not invented speech);
* then the packet itself is decoded.

The libopus used is the one PyAV ships (the very library aiortc's encoder runs on, >= 1.5 for
``opus_packet_has_lbrr``), else the system's ``libopus.so.0``; without either, :func:`decoder_factory`
returns None and aiortc's decoder stays (no FEC; a warning is logged).
"""

from __future__ import annotations

import ctypes
import ctypes.util
import fractions
import logging
from functools import lru_cache
from pathlib import Path

import numpy as np

log = logging.getLogger("silkbridge.webrtc.voice")

__all__ = ["FecOpusDecoder", "VoiceFrame", "VoiceCounters", "libopus", "MAX_CONCEALED"]

RATE = 48000
FRAME = 960                # 20 ms at 48 kHz, the frame size the senders use
MAX_FRAME = 5760           # 120 ms: the longest Opus packet
MAX_CONCEALED = 5          # at most 100 ms of concealment per loss run
TIME_BASE = fractions.Fraction(1, RATE)


class VoiceCounters:
    """Per received voice stream: frames decoded from packets, recovered by FEC, concealed (PLC),
    and packets that came too late / never came (``late`` / ``gaps``: set by the jitter buffer)."""

    def __init__(self):
        self.frames = self.late = self.gaps = 0
        self.recovered = self.concealed = 0

    @property
    def unplayed(self) -> int:
        """Lost frames neither recovered nor concealed: silent gaps."""
        return max(0, self.gaps - self.recovered - self.concealed)


class VoiceFrame:
    """One Opus packet for the decoder, with the number of packets lost just before it.
    (Duck-types aiortc's ``JitterFrame``: ``data`` and ``timestamp``, which the receiver remaps.)"""

    __slots__ = ("data", "timestamp", "lost_before", "counters")

    def __init__(self, data: bytes, timestamp: int, lost_before: int = 0, counters: VoiceCounters | None = None):
        self.data, self.timestamp, self.lost_before = data, timestamp, lost_before
        self.counters = counters


def _candidates() -> list[str]:
    out = []
    try:
        import av

        libs = Path(av.__file__).resolve().parent.parent / "av.libs"
        out += sorted(str(p) for p in libs.glob("libopus*.so*"))
    except ImportError:  # pragma: no cover - aiortc needs PyAV
        pass
    found = ctypes.util.find_library("opus")
    out += [found] if found else []
    return out + ["libopus.so.0"]


@lru_cache(maxsize=1)
def libopus():
    """The loaded libopus (ctypes) or None. Prefers one with ``opus_packet_has_lbrr`` (>= 1.5)."""
    fallback = None
    for path in _candidates():
        try:
            lib = ctypes.CDLL(path)
        except OSError:
            continue
        lib.opus_decoder_create.restype = ctypes.c_void_p
        lib.opus_decoder_create.argtypes = [ctypes.c_int32, ctypes.c_int, ctypes.POINTER(ctypes.c_int)]
        lib.opus_decoder_destroy.argtypes = [ctypes.c_void_p]
        lib.opus_decode.restype = ctypes.c_int
        lib.opus_decode.argtypes = [ctypes.c_void_p, ctypes.c_char_p, ctypes.c_int32,
                                    ctypes.POINTER(ctypes.c_int16), ctypes.c_int, ctypes.c_int]
        lib.opus_get_version_string.restype = ctypes.c_char_p
        if hasattr(lib, "opus_packet_has_lbrr"):
            lib.opus_packet_has_lbrr.restype = ctypes.c_int
            lib.opus_packet_has_lbrr.argtypes = [ctypes.c_char_p, ctypes.c_int32]
            return lib
        fallback = fallback or lib
    return fallback


def _has_fec(lib, data: bytes) -> bool:
    """Does this packet carry an FEC (LBRR) copy of the previous frame? Without
    ``opus_packet_has_lbrr`` (libopus < 1.5): any SILK or hybrid packet may (TOC config < 16)."""
    if not data or len(data) <= 2:   # DTX / empty: nothing to recover from
        return False
    if hasattr(lib, "opus_packet_has_lbrr"):
        return lib.opus_packet_has_lbrr(data, len(data)) == 1
    return (data[0] >> 3) < 16


class FecOpusDecoder:
    """Opus -> mono s16 ``av.AudioFrame`` s, with FEC and PLC for lost packets (module docstring).
    Same interface as aiortc's decoders: ``decode(frame) -> [av.AudioFrame]``. Never raises on a
    malformed packet: it is counted as a lost frame (concealed) and decoding goes on."""

    def __init__(self, lib=None):
        self.lib = lib or libopus()
        if self.lib is None:
            raise RuntimeError("libopus is not available")
        err = ctypes.c_int(0)
        self._dec = self.lib.opus_decoder_create(RATE, 1, ctypes.byref(err))
        if err.value != 0 or not self._dec:
            raise RuntimeError(f"opus_decoder_create failed ({err.value})")
        self._pcm = (ctypes.c_int16 * MAX_FRAME)()

    def __del__(self):
        dec, self._dec = getattr(self, "_dec", None), None
        if dec:
            self.lib.opus_decoder_destroy(dec)

    def _run(self, data: bytes | None, frame_size: int, fec: int) -> np.ndarray | None:
        n = self.lib.opus_decode(self._dec, data, len(data) if data else 0, self._pcm, frame_size, fec)
        if n <= 0:
            return None
        return np.ctypeslib.as_array(self._pcm)[:n].copy()

    @staticmethod
    def _frame(pcm: np.ndarray, pts: int):
        import av

        f = av.AudioFrame.from_ndarray(pcm.reshape(1, -1), format="s16", layout="mono")
        f.sample_rate, f.pts, f.time_base = RATE, pts, TIME_BASE
        return f

    def decode(self, encoded) -> list:
        data = bytes(encoded.data or b"")
        lost = int(getattr(encoded, "lost_before", 0) or 0)
        counters: VoiceCounters | None = getattr(encoded, "counters", None)
        ts = int(encoded.timestamp)
        out = []
        if lost > 0:
            fec = _has_fec(self.lib, data)
            plc = min(lost - 1 if fec else lost, MAX_CONCEALED)
            first = ts - FRAME * (plc + (1 if fec else 0))
            for i in range(plc):  # the older ones of the run: concealment
                pcm = self._run(None, FRAME, 0)
                if pcm is not None:
                    out.append(self._frame(pcm, first + i * FRAME))
                    if counters:
                        counters.concealed += 1
            if fec:  # the one just before: from this packet's FEC copy
                pcm = self._run(data, FRAME, 1)
                if pcm is not None:
                    out.append(self._frame(pcm, ts - FRAME))
                    if counters:
                        counters.recovered += 1
        pcm = self._run(data, MAX_FRAME, 0) if data else None
        if pcm is None:  # malformed (or empty) packet: conceal its 20 ms rather than leave a hole
            pcm = self._run(None, FRAME, 0)
            if counters and pcm is not None:
                counters.concealed += 1
                counters.gaps += 1   # as good as lost
        if pcm is not None:
            out.append(self._frame(pcm, ts))
        return out


def decoder_factory():
    """A constructor for :class:`FecOpusDecoder`, or None when libopus cannot be loaded."""
    lib = libopus()
    if lib is None:
        log.warning("libopus not found: received voice without FEC or concealment")
        return None
    return lambda: FecOpusDecoder(lib)
