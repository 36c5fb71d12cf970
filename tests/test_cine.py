"""The cine clock (workstation/dicom/cine.py): which frame is due, and what counts as dropped."""

from __future__ import annotations

import pytest

from workstation.dicom.cine import DEFAULT_FRAME_TIME_MS, MIN_FRAME_TIME_MS, CineClock


class FakeTime:
    def __init__(self):
        self.now = 100.0

    def __call__(self):
        return self.now


def test_frames_fall_due_at_their_frame_time_and_loop_without_drift():
    t = FakeTime()
    clock = CineClock(3, 40.0, clock=t)
    clock.start(first=1)
    assert clock.due() == 1
    clock.shown()
    assert clock.due() is None  # still the same frame
    t.now += 0.041
    assert clock.due() == 2
    clock.shown()
    t.now += 0.040
    assert clock.due() == 0  # wraps round
    clock.shown()
    assert clock.stats.shown == 3 and clock.stats.dropped == 0
    t.now = 100.0 + 10 * 0.040 + 0.001  # a tick 10 periods after start shows frame (1 + 10) % 3
    assert clock.due() == 2


def test_a_slow_display_skips_frames_and_late_frames_count_as_dropped():
    t = FakeTime()
    clock = CineClock(100, 1000 / 30, clock=t)
    clock.start()
    clock.due()
    t.now += 0.005
    clock.shown()  # frame 0 on time
    t.now = 100.0 + 3.5 / 30  # the display came back after 3.5 periods: frames 1 and 2 never shown
    assert clock.due() == 3
    t.now += 0.040  # drawing it took longer than a period: late
    clock.shown()
    s = clock.stats
    assert (s.shown, s.late, s.skipped, s.due, s.dropped) == (1, 1, 2, 4, 3)


@pytest.mark.parametrize("frame_time, period_ms", [(None, DEFAULT_FRAME_TIME_MS), (0, DEFAULT_FRAME_TIME_MS),
                                                   (float("nan"), DEFAULT_FRAME_TIME_MS),
                                                   (0.001, MIN_FRAME_TIME_MS), (-5, MIN_FRAME_TIME_MS),
                                                   (66.7, 66.7)])
def test_absent_or_hostile_frame_times_give_a_sane_rate(frame_time, period_ms):
    assert CineClock(10, frame_time).period * 1000 == pytest.approx(period_ms)


def test_a_loop_needs_a_frame():
    with pytest.raises(ValueError):
        CineClock(0, 33.3)
