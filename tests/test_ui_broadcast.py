"""The broadcast screens: the video view (frames from other threads, letterbox, telestration,
latency colours, drawing with the mouse), and a surgeon broadcasting to viewers through a real hub."""

from __future__ import annotations

import threading

import numpy as np
import pytest
from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication

from comms.video import TestPatternSource, read_frame_number
from qt_helpers import click, drag
from ui.broadcast import LATENCY_COLOURS, VideoView
from workstation.telestration import Event, TelestrationState

pytestmark = pytest.mark.gui


def _grab(view) -> np.ndarray:
    """What the widget shows, as an HxWx3 uint8 RGB array (logical pixels)."""
    img = view.grab().toImage().convertToFormat(QImage.Format_RGB888)
    w, h = img.width(), img.height()
    arr = np.frombuffer(img.constBits(), np.uint8, img.bytesPerLine() * h).reshape(h, img.bytesPerLine())
    return arr[:, :w * 3].reshape(h, w, 3).copy()


@pytest.fixture
def view(qtbot, display):
    v = VideoView()
    qtbot.addWidget(v)
    v.resize(640, 480)  # 4:3 widget, 16:9 picture: black bars above and below
    v.show()
    qtbot.waitExposed(v)
    return v


def test_frames_from_another_thread_show_only_the_newest(qtbot, view):
    pattern = TestPatternSource(320, 180, realtime=False)
    frames = [pattern.frame(n) for n in range(60)]

    # The GUI thread is busy (no event processing) while a media thread delivers 60 frames...
    t = threading.Thread(target=lambda: [view.set_frame(f, 1000.0 + i) for i, f in enumerate(frames)])
    t.start()
    t.join()
    assert view.frames_shown == 0
    # ...then one event-loop turn shows the newest frame only: nothing was queued up.
    QApplication.processEvents()
    assert view.frames_shown == 1
    assert view.frames_received == 60 and view.frames_skipped == 59
    assert read_frame_number(view.frame) == 59
    assert view.capture_time == 1059.0

    # The picture is letterboxed with its aspect ratio: 640 x 360 in the middle of 640 x 480.
    r = view.picture_rect()
    assert (r.x(), r.y(), r.width(), r.height()) == pytest.approx((0, 60, 640, 360))
    img = _grab(view)
    assert img[30, 320].max() < 10 and img[450, 320].max() < 10  # the black bars
    # The pattern's colour bars, scaled by 2: compare with the frame itself at the same place.
    for fx, fy in ((40, 60), (200, 100), (300, 120)):
        expected = frames[59][fy, fx].astype(int)
        got = img[60 + fy * 2, fx * 2].astype(int)
        assert np.abs(got - expected).max() <= 12, (fx, fy, got, expected)


def test_bad_frame_is_refused_and_the_picture_kept(qtbot, view):
    good = TestPatternSource(320, 180, realtime=False).frame(7)
    view.set_frame(good, 1.0)
    qtbot.waitUntil(lambda: view.frames_shown == 1)
    view.set_frame(np.zeros((10, 10), np.uint8), 2.0)
    qtbot.waitUntil(lambda: view.bad_frames == 1)
    assert "HxWx3" in view.last_error and "(10, 10)" in view.last_error
    assert read_frame_number(view.frame) == 7 and view.capture_time == 1.0


def test_latency_label_uses_the_surgical_thresholds(view):
    assert not view.latency_label.isVisible()
    for ms, grade in ((150, "ideal"), (200, "ideal"), (260, "acceptable"), (300, "acceptable"), (420, "too slow")):
        view.set_latency(ms)
        assert view.latency_grade == grade
        assert f"{ms} ms" in view.latency_label.text()
        assert LATENCY_COLOURS[grade] in view.latency_label.styleSheet()
        assert view.latency_label.isVisible()
    view.set_stats("30 fps · 1800 kbit/s")
    assert view.stats_label.isVisible() and "30 fps" in view.stats_label.text()


def test_strokes_are_drawn_over_the_picture_and_fade(qtbot, view):
    view.set_frame(np.full((180, 320, 3), 40, np.uint8), 0.0)
    qtbot.waitUntil(lambda: view.frames_shown == 1)
    now = {"t": 100.0}
    view.clock = lambda: now["t"]
    state = TelestrationState()
    view.telestration = state
    body = {"stroke_id": "a", "colour": "#00ff00", "width": 0.02, "x": 0.25, "y": 0.5, "t": 0.0}
    assert state.apply(Event("surgeon", "stroke.begin", body, time=100.0, sender_role="surgeon", seq=1)) is None
    assert state.apply(Event("surgeon", "stroke.end", {"stroke_id": "a", "t": 0.5, "points": [[0.75, 0.5, 0.5]]},
                             time=100.0, sender_role="surgeon", seq=2)) is None
    qtbot.waitUntil(lambda: _grab(view)[240, 320, 1] > 200)  # repainted by the stroke timer
    img = _grab(view)
    # The line runs from 25 % to 75 % of the picture's width at half its height (y = 60 + 180).
    for x in (170, 320, 470):
        assert tuple(img[240, x]) == pytest.approx((0, 255, 0), abs=30), x
    assert img[240, 100].max() < 60 and img[240, 540].max() < 60  # beyond the ends: the picture
    assert img[200, 320, 1] < 60  # 40 px above: the line is 0.02 * 360 = 7 px thick
    # Faded away 4 s + 1 s after its end: the timer repaints without it.
    now["t"] = 106.0
    qtbot.waitUntil(lambda: _grab(view)[240, 320, 1] < 60)


class _Pen:
    def __init__(self):
        self.calls = []

    def pen_down(self, x, y):
        self.calls.append(("down", x, y))

    def pen_move(self, x, y):
        self.calls.append(("move", x, y))

    def pen_up(self, x, y):
        self.calls.append(("up", x, y))


def test_mouse_draws_in_normalised_picture_coordinates(qtbot, view):
    pen = _Pen()
    drag(view, (100, 200), (300, 300))
    assert pen.calls == []  # not drawing: the mouse does nothing
    view.set_drawing(pen)
    assert view.drawing_enabled
    click(view, (320, 20))  # on the black bar above the picture: no stroke
    assert pen.calls == []
    drag(view, (160, 150), (480, 330), steps=4)
    kinds = [c[0] for c in pen.calls]
    assert kinds[0] == "down" and kinds[-1] == "up" and set(kinds[1:-1]) == {"move"}
    assert pen.calls[0][1:] == pytest.approx((0.25, 0.25))  # (160 / 640, (150 - 60) / 360)
    assert pen.calls[-1][1:] == pytest.approx((0.75, 0.75))
    # Leaving the picture while drawing clamps to its edge.
    pen.calls.clear()
    drag(view, (320, 240), (320, 470), steps=2)
    assert pen.calls[-1][1:] == pytest.approx((0.5, 1.0))
    view.set_drawing(None)
    pen.calls.clear()
    drag(view, (100, 200), (300, 300))
    assert pen.calls == []
    assert view.to_widget(0.5, 0.5) == QPointF(320, 240)
