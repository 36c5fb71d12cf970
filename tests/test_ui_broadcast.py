"""The broadcast screens: the video view (frames from other threads, letterbox, telestration,
latency colours, drawing with the mouse), and a surgeon broadcasting to viewers through a real hub
with [webrtc] enabled (the picture and the sound go through its Janus)."""

from __future__ import annotations

import threading

import numpy as np
import pytest
from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication, QDockWidget

from comms.video import TestPatternSource, read_frame_number
from qt_helpers import click, drag
from test_studio_webrtc import hub  # noqa: F401 - the hub with [webrtc] enabled (Janus, coturn)
from ui.broadcast.panel import LATENCY_COLOURS, VideoView
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


def test_a_pen_target_that_refuses_does_not_break_the_view(qtbot, view):
    from comms.broadcast import BroadcastError

    class Refusing(_Pen):
        def pen_down(self, x, y):
            raise BroadcastError("the link is closed")

    view.set_drawing(Refusing())
    drag(view, (160, 150), (480, 330), steps=2)  # no exception reaches Qt
    assert "pen_down: the link is closed" in view.last_error


# ============================================================================ through a real hub
STROKE = (255, 208, 0)  # the pen's colour (#ffd000): R > 235 with little blue is nowhere in the pattern


def _station(qtbot, hub, tmp_path, name, role, hospital="Guangxi Medical", country="CN", window=False):
    """A workstation: its own link, and either a reading-room window with the broadcasts dock or
    the broadcasts panel alone (a viewer)."""
    from comms.client import LinkClient
    from ui.broadcast.panel import BroadcastController
    from ui.common.link import LinkBridge

    bundle = hub.enrol(name, role=role, hospital=hospital, country=country, language="en")
    home = tmp_path / name.replace(" ", "_")
    bridge = LinkBridge(LinkClient(bundle, home / "link"))
    if window:
        from ui.mainwindow import MainWindow
        from workstation.dicom.catalog import Catalog

        win = MainWindow(Catalog(home / "catalog"), link=bridge)
        ctl = BroadcastController(bridge, bundle, window=win)
        win.attach_broadcasts(ctl)
        qtbot.addWidget(win)
        win.resize(1500, 950)
        win.show()
        qtbot.waitExposed(win)
        win.findChild(QDockWidget, "broadcastDock").raise_()
    else:
        ctl = BroadcastController(bridge, bundle)
        ctl.start()
        qtbot.addWidget(ctl.panel)
        ctl.panel.resize(900, 760)
        ctl.panel.setWindowTitle(name)
        ctl.panel.show()
        qtbot.waitExposed(ctl.panel)
    bridge.start()
    qtbot.waitUntil(lambda: bridge.client.state == "online" and "webrtc" in bridge.client.services, timeout=20_000)
    return ctl


def _close(ctl):
    from ui.common.qthreading import cancel_all

    if ctl.window is not None:
        ctl.window.close()
    else:
        ctl.shutdown()
        ctl.bridge.stop()
        ctl.panel.close()
    cancel_all()


def _click(qtbot, widget):
    assert widget.isEnabled(), widget.objectName()
    qtbot.mouseClick(widget, Qt.LeftButton)


def _stroke_mask(view) -> np.ndarray:
    """Where the view shows the pen's colour exactly (fully covered pixels of the Qt-painted
    line; the coded video never comes that close), over the picture only."""
    img = _grab(view).astype(int)
    r = view.picture_rect()
    pic = img[int(r.y()):int(r.y() + r.height()), int(r.x()):int(r.x() + r.width())]
    return (pic[..., 0] >= 250) & (np.abs(pic[..., 1] - STROKE[1]) <= 8) & (pic[..., 2] <= 12)


def _stroke_at(view, x, y) -> bool:
    """Whether the pen's colour is within 3 px of normalised picture position (x, y)."""
    m = _stroke_mask(view)
    px, py = int(x * m.shape[1]), int(y * m.shape[0])
    return bool(m[max(0, py - 3):py + 4, max(0, px - 3):px + 4].any())


def _stroke_extent(view) -> tuple[float, float, float, float]:
    """(x0, x1, y0, y1) normalised: where the rows mostly covered by the pen's colour lie."""
    m = _stroke_mask(view)
    rows = np.nonzero(m.sum(axis=1) >= 0.2 * m.shape[1])[0]
    assert len(rows), "no stroke on the picture"
    cols = np.nonzero(m[rows].any(axis=0))[0]
    return cols.min() / m.shape[1], cols.max() / m.shape[1], rows.min() / m.shape[0], rows.max() / m.shape[0]


def _frame_number(frame) -> int | None:
    """The test pattern's frame number in a frame the ladder may have scaled from 1280x720."""
    import cv2

    if frame.shape[:2] != (720, 1280):
        frame = cv2.resize(frame, (1280, 720), interpolation=cv2.INTER_LINEAR)
    return read_frame_number(frame)


def _select(lst, text) -> None:
    for i in range(lst.count()):
        if text in lst.item(i).text():
            lst.setCurrentRow(i)
            return
    raise AssertionError(f"{text!r} not in {[lst.item(i).text() for i in range(lst.count())]}")


def _texts(lst) -> list[str]:
    return [lst.item(i).text() for i in range(lst.count())]


def _watch(qtbot, ctl, title):
    v = ctl.viewer
    qtbot.waitUntil(lambda: any(title in t for t in _texts(v.broadcasts)), timeout=30_000)
    _select(v.broadcasts, title)
    assert "LIVE" in v.broadcasts.currentItem().text()
    _click(qtbot, v.join_button)
    try:
        qtbot.waitUntil(lambda: v.view.frames_shown > 5, timeout=30_000)
    except qtbot.TimeoutError:  # say where the picture stopped
        m, st = v.media, v.state
        raise AssertionError(f"no picture: media {m and m.state} {m and m.stats}, frames {v.view.frames_received}, "
                             f"room state seq {st.last_seq} broadcaster {st.broadcaster!r} live {st.live} "
                             f"({st.last_reason}), link {ctl.client.state}") from None


def test_surgeon_broadcasts_to_a_trainee_and_a_mentor(qtbot, hub, tmp_path, silkbridge_home, display):  # noqa: F811
    from comms.audio import ToneSource

    surgeon = _station(qtbot, hub, tmp_path, "Dr Wei", "surgeon", window=True)
    trainee = _station(qtbot, hub, tmp_path, "Nguyen Trainee", "trainee", hospital="Bach Mai", country="VN")
    mentor = _station(qtbot, hub, tmp_path, "Dr Somchai", "specialist", hospital="Siriraj", country="TH")
    try:
        studio = surgeon.studio
        assert studio is not None and trainee.studio is None  # only surgeons broadcast
        studio.audio_source = ToneSource(440.0)  # stands in for the microphone
        assert studio.go_live("x" * 600) is None  # refused before anything is created or sent
        assert "too long" in studio.status.text() and studio.session is None and studio.live_button.isEnabled()
        studio.title_edit.setText("Laparoscopic cholecystectomy")
        studio.invite_edit.setText("Siriraj")  # the mentor's hospital...
        studio.invite_trainees.setChecked(True)  # ...and every trainee of the network may watch
        assert studio.main_combo.currentData() == "pattern"
        _click(qtbot, studio.live_button)
        qtbot.waitUntil(lambda: studio.state is not None and studio.state.live, timeout=20_000)
        qtbot.waitUntil(lambda: studio.preview.frames_shown > 3, timeout=20_000)
        assert _frame_number(studio.preview.frame) is not None  # the preview is what is sent
        assert not studio.live_button.isEnabled() and studio.stop_button.isEnabled()

        # Both viewers find it in their list and watch: decoded frames of the test pattern.
        _watch(qtbot, trainee, "Laparoscopic cholecystectomy")
        _watch(qtbot, mentor, "Laparoscopic cholecystectomy")
        tv = trainee.viewer.view
        assert "Laparoscopic cholecystectomy" in trainee.viewer.heading.text()
        numbers = []
        qtbot.waitUntil(lambda: numbers.append(_frame_number(tv.frame)) or len(set(numbers) - {None}) >= 3,
                        timeout=20_000)
        # What the view paints is the decoded picture (aspect kept), not something else.
        import cv2

        img, frame = _grab(tv), tv.frame
        r = tv.picture_rect()
        shown = img[int(r.y()) + 1:int(r.y() + r.height()) - 1, int(r.x()) + 1:int(r.x() + r.width()) - 1]
        small = cv2.resize(shown, (64, 36), interpolation=cv2.INTER_AREA).astype(int)
        assert np.abs(small - cv2.resize(frame, (64, 36), interpolation=cv2.INTER_AREA).astype(int)).mean() < 12
        # The glass-to-glass latency is shown, with a number.
        qtbot.waitUntil(lambda: "ms" in tv.latency_label.text(), timeout=10_000)
        import re

        assert re.search(r"\d+ ms", tv.latency_label.text()) and tv.latency_grade in LATENCY_COLOURS
        qtbot.waitUntil(lambda: "fps" in tv.stats_label.text(), timeout=10_000)
        # The surgeon sees who watches.
        qtbot.waitUntil(lambda: studio.viewers.count() == 2, timeout=20_000)
        assert any("Bach Mai" in t and "trainee" in t for t in _texts(studio.viewers))
        qtbot.waitUntil(lambda: "2 viewer" in studio.stats.text(), timeout=10_000)

        # The sound: the surgeon's tone reaches the viewer's speaker.
        from helpers import dominant_hz

        heard = []
        trainee.viewer.media.audio.connect(lambda sender, pcm, t: heard.append(np.asarray(pcm, np.float32)))
        qtbot.waitUntil(lambda: len(heard) > 60, timeout=20_000)
        assert abs(dominant_hz(np.concatenate(heard[-50:])) - 440.0) < 5
        assert trainee.viewer.audio_frames > 0

        # The surgeon draws on the preview: the stroke appears on the viewers' pictures at that place.
        pv = studio.preview
        assert pv.drawing_enabled
        a, b = pv.to_widget(0.3, 0.5), pv.to_widget(0.7, 0.5)
        drag(pv, (a.x(), a.y()), (b.x(), b.y()), steps=10)
        qtbot.waitUntil(lambda: _stroke_at(tv, 0.5, 0.5) and _stroke_at(tv, 0.69, 0.5), timeout=10_000)
        x0, x1, y0, y1 = _stroke_extent(tv)  # from 30 % to 70 % of the width, at half the height
        assert x0 == pytest.approx(0.3, abs=0.02) and x1 == pytest.approx(0.7, abs=0.02)
        assert y0 == pytest.approx(0.5, abs=0.02) and y1 == pytest.approx(0.5, abs=0.02)
        qtbot.waitUntil(lambda: _stroke_at(mentor.viewer.view, 0.5, 0.5), timeout=10_000)
        assert _stroke_at(pv, 0.5, 0.5)  # the surgeon sees it too
        _click(qtbot, studio.clear_button)
        qtbot.waitUntil(lambda: not _stroke_at(tv, 0.5, 0.5), timeout=10_000)

        # The trainee raises a hand and asks; the surgeon's lists show it; the answer comes back.
        tvw = trainee.viewer
        _click(qtbot, tvw.hand_button)
        tvw.question_input.setText("?" * 20_001)  # too long: refused, and kept in the box
        _click(qtbot, tvw.send_button)
        assert "too long" in tvw.status.text() and tvw.status.isVisible()
        assert tvw.question_input.text() == "?" * 20_001
        tvw.question_input.setText("Where is the cystic artery?")
        _click(qtbot, tvw.send_button)
        qtbot.waitUntil(lambda: studio.hands.count() == 1 and studio.questions.count() == 1, timeout=10_000)
        assert "Nguyen Trainee" in studio.hands.item(0).text()
        assert "Nguyen Trainee" in studio.questions.item(0).text()
        assert "cystic artery" in studio.questions.item(0).text()
        assert any("hand raised" in t for t in _texts(studio.viewers))
        assert not studio.answer_button.isEnabled()
        studio.questions.setCurrentRow(0)
        _click(qtbot, studio.answer_button)
        qtbot.waitUntil(lambda: tvw.questions.count() == 1 and tvw.questions.item(0).text().startswith("✓"),
                        timeout=10_000)
        assert tvw.question_input.text() == "" and not tvw.status.isVisible()

        # The surgeon gives the trainee the floor: the hand goes down, the trainee's voice (a 660 Hz
        # tone for the microphone) reaches the surgeon; then takes it back.
        _select(studio.viewers, "Nguyen Trainee")
        assert not tvw.speak_check.isEnabled()
        assert studio.draw_button.isEnabled() and studio.draw_button.text() == "Allow drawing"
        _click(qtbot, studio.speak_button)
        qtbot.waitUntil(lambda: tvw.speak_check.isEnabled(), timeout=10_000)
        assert "speak" in tvw.rights.text()
        qtbot.waitUntil(lambda: studio.hands.count() == 0 and not tvw.hand_button.isChecked(), timeout=10_000)
        voice = []
        qtbot.waitUntil(lambda: studio.logic.ear is not None, timeout=30_000)  # the studio listens to the floor
        studio.logic.ear.remote_audio.connect(
            lambda feed, pcm, t: "Nguyen Trainee" in studio.logic.ear.name_of(feed)
            and voice.append(np.asarray(pcm, np.float32)))
        tvw.audio_source = ToneSource(660.0)
        tvw.speak_check.setChecked(True)
        qtbot.waitUntil(lambda: len(voice) > 60, timeout=20_000)
        assert abs(dominant_hz(np.concatenate(voice[-50:])) - 660.0) < 5
        assert studio.audio_heard > 0
        _select(studio.viewers, "Nguyen Trainee")
        assert studio.speak_button.text() == "Stop speaking"
        _click(qtbot, studio.speak_button)
        qtbot.waitUntil(lambda: not tvw.speak_check.isEnabled() and not tvw.speak_check.isChecked(), timeout=10_000)
        assert tvw.capture is None

        # Neither viewer may draw yet: their pictures take no pen.
        mv = mentor.viewer
        assert not tvw.view.drawing_enabled and not mv.view.drawing_enabled
        before = len(studio.state.telestration.strokes)
        drag(mv.view, (200, 300), (400, 300))
        qtbot.wait(500)
        assert len(studio.state.telestration.strokes) == before
        # The surgeon lets the mentor draw; the mentor's stroke shows on the surgeon's preview.
        _select(studio.viewers, "Dr Somchai")
        assert studio.draw_button.text() == "Allow drawing"
        _click(qtbot, studio.draw_button)
        qtbot.waitUntil(lambda: mv.view.drawing_enabled, timeout=10_000)
        assert "draw" in mv.rights.text() and not tvw.view.drawing_enabled
        qtbot.waitUntil(lambda: studio.draw_button.text() == "Stop drawing", timeout=5000)
        a, b = mv.view.to_widget(0.5, 0.2), mv.view.to_widget(0.5, 0.4)
        drag(mv.view, (a.x(), a.y()), (b.x(), b.y()), steps=6)
        qtbot.waitUntil(lambda: _stroke_at(pv, 0.5, 0.3), timeout=10_000)
        assert any(s.sender == mentor.profile.user_id for s in studio.state.telestration.strokes.values())
        qtbot.waitUntil(lambda: _stroke_at(tv, 0.5, 0.3), timeout=10_000)
        # ...and can take it back.
        _click(qtbot, studio.draw_button)
        qtbot.waitUntil(lambda: not mv.view.drawing_enabled, timeout=10_000)

        # The surgeon stops: the viewers are told.
        _click(qtbot, studio.stop_button)
        qtbot.waitUntil(lambda: not tvw.state.live and "not live" in tvw.heading.text(), timeout=10_000)
        qtbot.waitUntil(lambda: studio.live_button.isEnabled(), timeout=10_000)
        _click(qtbot, tvw.leave_button)
        assert tvw.session is None and tvw.stack.currentIndex() == 0
        qtbot.waitUntil(lambda: "ended" in tvw.broadcasts.item(0).text(), timeout=10_000)
    finally:
        for ctl in (trainee, mentor, surgeon):
            _close(ctl)


def _solid_video(path, rgb, size=(320, 180), frames=30, fps=15):
    """A short H.264 file of one colour (an endoscopy tower's recording stands in)."""
    from fractions import Fraction

    import av

    with av.open(str(path), "w") as out:
        st = out.add_stream("libx264", rate=Fraction(fps))
        st.width, st.height, st.pix_fmt = size[0], size[1], "yuv420p"
        img = np.empty((size[1], size[0], 3), np.uint8)
        img[:] = rgb
        for _ in range(frames):
            for pkt in st.encode(av.VideoFrame.from_ndarray(img, format="rgb24")):
                out.mux(pkt)
        for pkt in st.encode(None):
            out.mux(pkt)
    return path


def _near(rgb, target, tol=40) -> bool:
    return bool(np.abs(np.asarray(rgb, int) - np.asarray(target, int)).max() <= tol)


def test_studio_sources_recording_and_a_responsive_window(qtbot, hub, tmp_path, silkbridge_home, display,  # noqa: F811
                                                         small_phantom):
    import av
    import cv2
    from PySide6.QtCore import QTimer

    from comms.audio import ToneSource
    from comms.clock import wall_clock

    surgeon = _station(qtbot, hub, tmp_path, "Dr Wei", "surgeon", window=True)
    viewer = _station(qtbot, hub, tmp_path, "Dr Lan", "specialist", hospital="Bach Mai", country="VN")
    try:
        studio, win = surgeon.studio, surgeon.window
        studio.audio_source = ToneSource(440.0)

        # Bad choices before going live are refused with the reason, and change nothing.
        assert studio.choose("main", "file", str(tmp_path / "missing.mp4")) is None
        assert "no such file" in studio.status.text() and studio.main_combo.currentData() == "pattern"
        blocker = tmp_path / "not-a-folder"
        blocker.write_text("x")
        assert not studio.record_to(blocker / "rec.mp4")
        assert "Cannot record" in studio.status.text() and not studio.record_button.isChecked()
        existing = tmp_path / "old.mp4"
        existing.write_bytes(b"an earlier recording")
        assert not studio.record_to(existing)
        assert "already exists" in studio.status.text() and existing.read_bytes() == b"an earlier recording"
        recording = tmp_path / "course" / "cholecystectomy"  # ".mp4" is added
        assert studio.record_to(recording)
        assert studio.record_button.isChecked() and "when live" in studio.status.text()

        studio.invite_edit.setText("Bach Mai")  # Dr Lan's hospital may watch
        room = studio.go_live("Hepatic hilum dissection", "Course material")
        assert room and studio.recorder is not None and "Recording to" in studio.status.text()
        _watch(qtbot, viewer, "Hepatic hilum dissection")
        vv = viewer.viewer.view

        # The window stays responsive: a GUI timer keeps ticking while frames are encoded,
        # sent, decoded and shown...
        ticks = []
        timer = QTimer(interval=20)
        timer.timeout.connect(lambda: ticks.append(wall_clock()))
        timer.start()
        shown = vv.frames_shown
        qtbot.waitUntil(lambda: vv.frames_shown >= shown + 45, timeout=30_000)
        timer.stop()
        assert len(ticks) >= 20
        # ...and nothing of the media waits for the GUI thread: blocked for a second, the sender
        # still encodes and sends, the viewer still decodes, and then only the newest frame shows.
        sent, received, shown = studio.sender.frames, vv.frames_received, vv.frames_shown
        import time as _time

        _time.sleep(1.0)  # the GUI thread of both windows is busy
        assert studio.sender.frames > sent + 3 and vv.frames_received > received + 3
        assert vv.frames_shown == shown
        QApplication.processEvents()
        assert vv.frames_shown - shown <= 2 < vv.frames_received - received

        # The surgeon draws while recording.
        pv = studio.preview
        a, b = pv.to_widget(0.3, 0.5), pv.to_widget(0.7, 0.5)
        drag(pv, (a.x(), a.y()), (b.x(), b.y()), steps=10)
        qtbot.waitUntil(lambda: _stroke_at(vv, 0.5, 0.5), timeout=10_000)

        # No camera on this machine: a clear message, the picture goes on.
        assert studio.choose("main", "camera", "0") is not None  # opened in the background
        qtbot.waitUntil(lambda: "previous one stays" in studio.status.text(), timeout=20_000)
        assert "camera" in studio.status.text().lower()
        assert studio.main_combo.currentData() == "pattern"
        # A file that is not a video: refused, named, the pattern stays.
        broken = tmp_path / "broken.mp4"
        broken.write_bytes(b"\x00not a video" * 100)
        studio.choose("main", "file", str(broken))
        qtbot.waitUntil(lambda: "broken.mp4" in studio.status.text() and "previous one stays" in studio.status.text(),
                        timeout=20_000)
        assert studio.main_combo.currentData() == "pattern"
        numbers = []
        qtbot.waitUntil(lambda: numbers.append(_frame_number(vv.frame)) or len(set(numbers) - {None}) >= 2,
                        timeout=10_000)

        # A video file replaces the pattern live; the pattern goes into the picture-in-picture.
        magenta = (200, 40, 140)
        studio.choose("main", "file", str(_solid_video(tmp_path / "tower.mp4", magenta)))
        qtbot.waitUntil(lambda: studio.main_combo.currentData() == "file", timeout=20_000)
        assert "tower.mp4" in studio.status.text()
        qtbot.waitUntil(lambda: _near(vv.frame[vv.frame.shape[0] // 3, vv.frame.shape[1] // 3], magenta), timeout=10_000)
        studio.choose("pip", "pattern")
        assert studio.pip_combo.currentData() == "pattern"

        def pip_shown():
            f = vv.frame
            corner = f[int(f.shape[0] * 0.78):int(f.shape[0] * 0.92), int(f.shape[1] * 0.75):int(f.shape[1] * 0.95)]
            return not _near(corner.reshape(-1, 3).mean(axis=0), magenta, 25) and _near(
                f[f.shape[0] // 3, f.shape[1] // 3], magenta)

        qtbot.waitUntil(pip_shown, timeout=10_000)
        studio.choose("pip", "none")
        qtbot.waitUntil(lambda: not pip_shown(), timeout=10_000)

        # The 3-D view of the open study, grabbed on the GUI thread, is what the viewer sees.
        with qtbot.waitSignal(win.import_finished, timeout=60_000):
            win.import_paths([small_phantom])
        with qtbot.waitSignal(win.volume_loaded, timeout=60_000):
            win.open_series(win.browser.series.item(0).data(Qt.UserRole))
        win.state.layout = "2x2"
        studio.choose("main", "view3d")
        grabber = surgeon.grabber
        assert grabber.active
        qtbot.waitUntil(lambda: grabber.grabs >= 1, timeout=20_000)

        def like_3d_view():
            g, f = grabber.frame(), vv.frame
            h, w = f.shape[:2]
            gh, gw = g.shape[:2]
            s = min(w / gw, h / gh)  # the sender letterboxes the viewport into the rung
            fw, fh = int(gw * s), int(gh * s)
            inner = f[(h - fh) // 2:(h - fh) // 2 + fh, (w - fw) // 2:(w - fw) // 2 + fw]
            a = cv2.resize(inner, (48, 48), interpolation=cv2.INTER_AREA).astype(int)
            b = cv2.resize(g, (48, 48), interpolation=cv2.INTER_AREA).astype(int)
            return np.abs(a - b).mean() < 12 and g.std() > 10  # the rendering, not a flat slate

        qtbot.waitUntil(like_3d_view, timeout=20_000)
        # The surgeon turns the 3-D view: the viewers see it turn.
        before, grabs = grabber.frame(), grabber.grabs
        v3d = win.viewer.volume3d
        drag(v3d, (v3d.width() * 0.3, v3d.height() / 2), (v3d.width() * 0.7, v3d.height() / 2), steps=6)
        qtbot.waitUntil(lambda: grabber.grabs > grabs, timeout=20_000)
        turned = grabber.frame()
        assert np.abs(turned.astype(int) - before.astype(int)).mean() > 2
        qtbot.waitUntil(lambda: grabber.frame() is not before and like_3d_view(), timeout=20_000)
        studio.choose("main", "pattern")
        qtbot.waitUntil(lambda: not grabber.active, timeout=10_000)  # the replaced source released it

        # Stop recording from the button: the MP4 is finished in the background.
        with qtbot.waitSignal(studio.recording_saved, timeout=60_000) as saved:
            _click(qtbot, studio.record_button)
        path = tmp_path / "course" / "cholecystectomy.mp4"
        assert saved.args == [str(path)] and path.exists() and not studio.record_button.isChecked()
        assert "Recording saved" in studio.status.text()
        with av.open(str(path)) as f:
            assert {s.type for s in f.streams} == {"video", "audio"}
            vs = f.streams.video[0]
            assert (vs.codec_context.width, vs.codec_context.height) == (1280, 720)
            frames = [fr.to_ndarray(format="rgb24") for fr in f.decode(vs)]
        assert len(frames) > 30
        # The telestration is composited into the recording at its place.
        def stroke_row(fr):
            row = fr[355:366, int(0.35 * 1280):int(0.65 * 1280)].astype(int)
            hit = (np.abs(row - np.array(STROKE)).max(axis=2) <= 40).any(axis=0)
            return hit.mean()

        assert max(stroke_row(fr) for fr in frames) > 0.9

        studio.stop_broadcast()
        qtbot.waitUntil(lambda: not viewer.viewer.state.live, timeout=10_000)
    finally:
        for ctl in (viewer, surgeon):
            _close(ctl)


def test_on_a_hub_without_webrtc_the_studio_refuses_and_a_viewer_is_told(qtbot, tmp_path, silkbridge_home, display):
    """A hub whose hub.toml does not enable [webrtc] carries no broadcast media: the surgeon's *Go
    live* is refused with the reason on the studio's status line (nothing listed, the button stays
    usable); a viewer opening a broadcast room there reads why there is no picture or sound."""
    from comms.broadcast import new_broadcast_id
    from comms.client import LinkClient
    from comms.local import start_local_hub
    from ui.broadcast.panel import BroadcastController
    from ui.common.link import LinkBridge

    plain = start_local_hub(tmp_path / "plain-hub")
    ctls = []
    try:
        for name, role in (("Dr Plain", "surgeon"), ("Trainee Plain", "trainee")):
            bundle = plain.enrol(name, role=role, hospital="Guangxi Medical", country="CN", language="en")
            bridge = LinkBridge(LinkClient(bundle, tmp_path / name.replace(" ", "_") / "link"))
            ctl = BroadcastController(bridge, bundle)
            ctl.start()
            qtbot.addWidget(ctl.panel)
            ctl.panel.show()
            bridge.start()
            ctls.append(ctl)
            qtbot.waitUntil(lambda: bridge.client.state == "online", timeout=20_000)
        surgeon, trainee = ctls
        assert "webrtc" not in surgeon.client.services
        studio = surgeon.studio
        studio.title_edit.setText("No Janus here")
        _click(qtbot, studio.live_button)
        qtbot.waitUntil(lambda: "Cannot go live" in studio.status.text(), timeout=10_000)
        assert "no WebRTC media server" in studio.status.text() and "#cf222e" in studio.status.styleSheet()
        assert studio.session is None and not studio.logic.live and studio.live_button.isEnabled()
        # said in the interface language
        from ui.common.i18n import apply_language

        try:
            apply_language("vi")
            studio.status.clear()
            _click(qtbot, studio.live_button)
            assert "máy chủ phương tiện WebRTC" in studio.status.text(), studio.status.text()
        finally:
            apply_language("en")
        v = trainee.viewer
        v.join(new_broadcast_id())
        qtbot.waitUntil(lambda: "No picture or sound" in v.status.text(), timeout=10_000)
        assert "no WebRTC media server" in v.status.text() and v.status.isVisible() and v.media is None
        v.leave()
        assert not any("No Janus here" in t for t in _texts(v.broadcasts))
    finally:
        for ctl in ctls:
            _close(ctl)
        plain.stop()
