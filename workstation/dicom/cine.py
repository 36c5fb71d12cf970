"""Cine timing: which frame of a loop is due now, and how well the display kept up.

Qt-free: the 2-D viewer ticks it from a timer; the benchmark and tests read its figures.

Frames are due at their Frame Time from the moment play started (no drift: a late tick shows the
frame due *now*, it does not slow the loop down). A frame counts as *dropped* when it was never
shown (the display skipped it) or shown more than one frame period after it was due.
"""

from __future__ import annotations

import time
from dataclasses import dataclass

DEFAULT_FRAME_TIME_MS = 1000.0 / 30  # a loop without Frame Time plays at 30 fps
MIN_FRAME_TIME_MS = 5.0  # a Frame Time of 0.001 ms would spin the timer: at most 200 fps


@dataclass
class CineStats:
    due: int = 0  # frames that fell due since play started
    shown: int = 0  # frames shown on time (within one period of their due time)
    late: int = 0  # shown, but more than one period after they were due
    skipped: int = 0  # never shown: a later frame was due when the display came round

    @property
    def dropped(self) -> int:
        return self.late + self.skipped


class CineClock:
    """The frame due at a given time for a loop of ``frames`` frames at ``frame_time_ms`` each."""

    def __init__(self, frames: int, frame_time_ms: float | None = None, clock=time.perf_counter):
        if frames < 1:
            raise ValueError(f"a cine needs at least one frame, got {frames}")
        ms = DEFAULT_FRAME_TIME_MS if not frame_time_ms or frame_time_ms != frame_time_ms else float(frame_time_ms)
        self.frames = int(frames)
        self.period = max(ms, MIN_FRAME_TIME_MS) / 1000.0
        self.clock = clock
        self.stats = CineStats()
        self._t0 = 0.0
        self._first = 0
        self._last_tick = -1  # the absolute tick (frames since start) last shown
        self._pending = -1  # the tick ``due`` handed out, not yet shown

    @property
    def fps(self) -> float:
        return 1.0 / self.period

    def start(self, first: int = 0) -> None:
        self._t0 = self.clock()
        self._first = int(first) % self.frames
        self._last_tick = self._pending = -1
        self.stats = CineStats()

    def _tick(self, now: float) -> int:
        return max(0, int((now - self._t0) / self.period))

    def due(self, now: float | None = None) -> int | None:
        """The frame index to show now, or None when the frame shown is still the due one."""
        tick = self._tick(self.clock() if now is None else now)
        if tick == self._last_tick:
            return None
        self._pending = tick
        return (self._first + tick) % self.frames

    def shown(self, now: float | None = None) -> None:
        """Record that the frame ``due`` last returned has been drawn (at ``now``)."""
        now = self.clock() if now is None else now
        tick = self._pending
        if tick <= self._last_tick:
            return
        self.stats.skipped += tick - self._last_tick - 1
        self.stats.due = tick + 1
        if now - (self._t0 + tick * self.period) > self.period:
            self.stats.late += 1
        else:
            self.stats.shown += 1
        self._last_tick = tick

    def elapsed(self) -> float:
        return self.clock() - self._t0
