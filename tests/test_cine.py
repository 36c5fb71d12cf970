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


def test_drawing_starts_its_measured_time_before_the_frame_is_due_and_is_counted_when_seen():
    t = FakeTime()
    clock = CineClock(10, 40.0, clock=t)
    clock.start()
    assert clock.due() == 0 and clock.lead == 0.0
    t.now += 0.025  # drawing took 25 ms
    clock.shown()
    clock.drawn(0.025)
    assert clock.lead == pytest.approx(0.025)
    assert clock.wake_at() == pytest.approx(100.0 + 0.040 - 0.025)  # start frame 1 25 ms early ...
    t.now = clock.wake_at()
    assert clock.due() == 1
    t.now += 0.025
    clock.shown()  # ... and it is on screen when due: on time
    assert clock.stats.shown == 2 and clock.stats.dropped == 0
    for _ in range(20):
        clock.drawn(1.0)  # a draw slower than a period: never started more than 80 % of one early
    assert clock.lead == pytest.approx(0.8 * 0.040)
    t.now += 3 * 0.040  # too slow to keep up: the frame due then is drawn, the others skipped
    index = clock.due()
    t.now += 0.2
    clock.shown()
    assert index is not None and clock.stats.skipped >= 2 and clock.stats.late == 1


def test_frames_ahead_are_made_once_and_remade_under_another_window():
    from workstation.dicom.cine import FramesAhead

    made = []
    ahead = FramesAhead(lambda i: made.append(i) or f"frame {i}", size=2)
    ahead.prepare(1, key="w1")
    ahead.prepare(1, key="w1")  # ready already: not made again
    assert made == [1]
    assert ahead.take(1, key="w1") == "frame 1" and ahead.hits == 1
    assert ahead.take(2, key="w1") == "frame 2" and ahead.misses == 1  # not ready: made when due
    ahead.prepare(3, key="w1")
    assert ahead.take(3, key="w2") == "frame 3" and ahead.misses == 2  # another window: made again
    for i in range(5):
        ahead.prepare(i, key="w1")
    assert len(ahead._frames) == 2  # a small ring: the oldest are dropped
