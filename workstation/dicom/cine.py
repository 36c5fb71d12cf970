"""Cine timing: which frame of a loop is due now, and how well the display kept up.

Qt-free: the 2-D viewer ticks it from a timer; the benchmark and tests read its figures.

Frames are due at their Frame Time from the moment play started (no drift: a late tick shows the
frame due *now*, it does not slow the loop down). A frame counts as *dropped* when it was never
shown (the display skipped it) or shown more than one frame period after it was due.

Presenting on time: drawing a frame takes time (~8 ms for a 500 x 350 view, ~25-30 ms for
1000 x 700 on this llvmpipe machine), so the viewer starts drawing a frame ``lead`` seconds before
it falls due -- the drawing time measured on the last frames (``drawn``), at most 80 % of a
period -- and wakes up at ``wake_at()`` rather than polling. ``shown`` is recorded when the frame
is on screen (after the draw), so on-time/late counts what the reader saw. ``FramesAhead`` keeps
the next frames display-ready (decoded, LUT applied) before they fall due.
"""

from __future__ import annotations

import time
from collections import OrderedDict
from dataclasses import dataclass

DEFAULT_FRAME_TIME_MS = 1000.0 / 30  # a loop without Frame Time plays at 30 fps
MIN_FRAME_TIME_MS = 5.0  # a Frame Time of 0.001 ms would spin the timer: at most 200 fps
MAX_LEAD = 0.8  # a frame is never started more than this part of a period before it is due
DRAW_SMOOTHING = 0.25  # weight of the newest draw time in the running estimate


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
        self.draw_time = 0.0  # running estimate of the seconds a frame takes to reach the screen

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

    @property
    def lead(self) -> float:
        """How long before its due time a frame is started: the measured draw time, capped."""
        return min(self.draw_time, MAX_LEAD * self.period)

    def drawn(self, seconds: float) -> None:
        """Record how long the last frame took from start of drawing to screen."""
        seconds = max(0.0, float(seconds))
        self.draw_time = seconds if self.draw_time == 0.0 else \
            (1 - DRAW_SMOOTHING) * self.draw_time + DRAW_SMOOTHING * seconds

    def wake_at(self) -> float:
        """The clock time at which to start drawing the next frame (its due time minus ``lead``)."""
        return self._t0 + (self._last_tick + 1) * self.period - self.lead

    def due(self, now: float | None = None) -> int | None:
        """The frame index to start drawing now (the one due ``lead`` seconds from now), or None
        when the frame shown is still the due one."""
        tick = self._tick((self.clock() if now is None else now) + self.lead)
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


class FramesAhead:
    """Display-ready frames made before they fall due, the last ``size`` kept (a small ring).

    ``make(index)`` renders frame ``index`` (decode + LUT); ``key`` says what else the picture
    depends on (the window, the VOI LUT): a frame made under another key is made again."""

    def __init__(self, make, size: int = 3):
        self._make = make
        self.size = max(1, int(size))
        self._frames: OrderedDict = OrderedDict()
        self.hits = self.misses = 0

    def prepare(self, index: int, key=None) -> None:
        """Make frame ``index`` now (while nothing is due) unless it is ready."""
        if (index, key) not in self._frames:
            self._frames[(index, key)] = self._make(index)
            while len(self._frames) > self.size:
                self._frames.popitem(last=False)

    def take(self, index: int, key=None):
        """Frame ``index``: ready (a hit) or made now (a miss)."""
        frame = self._frames.pop((index, key), None)
        if frame is None:
            self.misses += 1
            return self._make(index)
        self.hits += 1
        return frame

    def clear(self) -> None:
        self._frames.clear()
