"""A trainee's workstation watches a broadcast published on WebRTC (a real hub with [webrtc]
enabled runs Janus and coturn): the broadcasts panel joins as it always did and its video view
shows the studio's numbered pattern, the sound reaches the speaker's queue, and the stats line
says the picture's size and rate."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from comms.audio import ToneSource
from comms.client import LinkClient
from comms.consult import Profile
from comms.studio import StudioSession
from comms.webrtc.audience import ViewerMedia
from helpers import start_webrtc_hub, wait_for
from test_studio_webrtc import H, W, small_pattern
from test_studio_webrtc import hub  # noqa: F401 - the hub with [webrtc] enabled
from test_ui_broadcast import _close, _station, _watch


def test_a_trainee_workstation_watches_a_webrtc_broadcast(qtbot, hub, tmp_path, silkbridge_home, display):  # noqa: F811
    from comms.video import read_frame_number

    bundle = hub.enrol("Dr Wei", role="surgeon", hospital="Guangxi Medical")
    link = LinkClient(bundle, tmp_path / "surgeon-link").start()
    assert wait_for(lambda: link.state == "online", 20)
    studio = StudioSession(link, bundle, Profile.from_bundle(bundle), opener=small_pattern)
    studio.audio_source = ToneSource(440.0)
    studio.webrtc_picture = ((W, H), 15)
    trainee = _station(qtbot, hub, tmp_path, "Nguyen Trainee", "trainee", hospital="Guangxi Medical")
    try:
        assert studio.go_live("Cholecystectomy on WebRTC", access={"hospitals": ["Guangxi Medical"], "roles": []})
        assert wait_for(lambda: studio.publisher is not None and studio.publisher.state == "in-call", 30)
        _watch(qtbot, trainee, "Cholecystectomy on WebRTC")
        v = trainee.viewer
        assert isinstance(v.media, ViewerMedia)
        numbers = []
        qtbot.waitUntil(lambda: numbers.append(read_frame_number(v.view.frame)) or len(set(numbers) - {None}) >= 3,
                        timeout=20_000)
        seen = [n for n in numbers if n is not None]
        assert seen == sorted(seen) and v.view.frame.shape == (H, W, 3)
        qtbot.waitUntil(lambda: v.audio_frames > 50, timeout=20_000)
        qtbot.waitUntil(lambda: f"{W}x{H}" in v.view.stats_label.text(), timeout=10_000)
        v.leave()
        qtbot.waitUntil(lambda: v.media is None, timeout=5_000)
    finally:
        _close(trainee)
        studio.close()
        link.stop()


@pytest.fixture
def watch_hub(tmp_path):
    from comms.webrtc.sfu import free_port

    h = start_webrtc_hub(tmp_path, credential_ttl=300, watch_port=free_port(), watch_ttl=120)
    yield h
    h.stop()


def test_the_studio_window_on_webrtc_watch_link_3d_view_floor_and_latency(qtbot, watch_hub, tmp_path,
                                                                         silkbridge_home, display, small_phantom):
    """Through the windows, on WebRTC: the surgeon goes live, hands out a watch link (shown, copied,
    served once; a trainee asking is told why not, a coordinator watching gets one), broadcasts the 3-D view of an open study (the trainee sees the rendering, the
    window keeps ticking), gives the trainee the floor (her microphone is heard in the studio) and
    takes it back (silent within 2 s); the trainee's picture carries a coloured glass-to-glass line,
    exact to within 20 ms of the latency measured from the numbered picture."""
    import time

    import cv2
    import numpy as np
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from comms.audio import ToneSource
    from comms.clock import wall_clock
    from comms.video import TestPatternSource, read_frame_number
    from helpers import dominant_hz
    from test_broadcast_browser import status_of
    from test_ui_broadcast import _click, _select
    from ui.broadcast.panel import LATENCY_COLOURS, WatchLinkDialog

    surgeon = _station(qtbot, watch_hub, tmp_path, "Dr Wei", "surgeon", window=True)
    trainee = _station(qtbot, watch_hub, tmp_path, "Nguyen Trainee", "trainee", hospital="Guangxi Medical")
    try:
        studio, win = surgeon.studio, surgeon.window
        studio.audio_source = ToneSource(440.0)
        studio.logic.webrtc_picture = ((640, 360), 15)
        # the studio's camera: the numbered pattern, remembering when it captured each frame (the truth
        # the trainee's glass-to-glass line is judged against)
        captured: dict[int, float] = {}
        opener = studio.logic.opener

        class Remembered:
            def __init__(self, src):
                self.src = src

            def read(self):
                frame, t = self.src.read()
                captured[read_frame_number(frame)] = t
                return frame, t

            def __getattr__(self, name):
                return getattr(self.src, name)

        studio.logic.opener = lambda kind, arg=None: Remembered(TestPatternSource(640, 360, 15)) \
            if kind == "pattern" else opener(kind, arg)
        assert not studio.watch_link_button.isEnabled()
        studio.title_edit.setText("Liver resection on WebRTC")
        _click(qtbot, studio.live_button)
        qtbot.waitUntil(lambda: studio.logic.publisher is not None and studio.logic.publisher.state == "in-call",
                        timeout=30_000)

        # Watch link…: a dialog shows the one-time URL, Copy puts it on the clipboard, it works once
        qtbot.waitUntil(studio.watch_link_button.isEnabled, timeout=5_000)
        _click(qtbot, studio.watch_link_button)
        qtbot.waitUntil(lambda: studio.watch_link_dialog is not None and studio.watch_link_dialog.isVisible(),
                        timeout=10_000)
        dialog = studio.watch_link_dialog
        assert isinstance(dialog, WatchLinkDialog)
        url = dialog.url.text()
        assert "/watch/" in url and dialog.url.isReadOnly()
        _click(qtbot, dialog.copy_button)
        assert QApplication.clipboard().text() == url
        code, page = status_of(url)
        assert code == 200 and "watch.js" in page
        assert status_of(url)[0] == 410
        _click(qtbot, dialog.close_button)
        assert not dialog.isVisible()

        _watch(qtbot, trainee, "Liver resection on WebRTC")
        tv = trainee.viewer
        assert isinstance(tv.media, ViewerMedia)
        # a trainee asks for a watch link too: the hub refuses, and she is told why
        assert tv.watch_link_button.isVisible()
        _click(qtbot, tv.watch_link_button)
        qtbot.waitUntil(lambda: "trainee may not hand out watch links" in tv.status.text(), timeout=10_000)
        assert tv.status.isVisible() and tv.watch_link_dialog is None
        # a coordinator watching may: the link is shown to copy
        coordinator = _station(qtbot, watch_hub, tmp_path, "Coordinator Mai", "coordinator", hospital="Hanoi")
        try:
            _watch(qtbot, coordinator, "Liver resection on WebRTC")
            cv = coordinator.viewer
            _click(qtbot, cv.watch_link_button)
            qtbot.waitUntil(lambda: cv.watch_link_dialog is not None and cv.watch_link_dialog.isVisible(),
                            timeout=10_000)
            assert "/watch/" in cv.watch_link_dialog.url.text() and cv.watch_link_dialog.url.text() != url
        finally:
            _close(coordinator)
        # the glass-to-glass line on the WebRTC path: exact (the studio's capture times come with the
        # picture, no "≈"), coloured by the 200/300 ms thresholds, and true: against the latency measured
        # here from the number in each picture as it goes on the trainee's screen
        truth: list[float] = []

        def shown(_capture):
            n = read_frame_number(tv.view.frame)
            if n is not None and n in captured:
                truth.append((wall_clock() - captured[n]) * 1000.0)

        tv.view.frame_shown.connect(shown)
        qtbot.waitUntil(lambda: tv.view.latency_label.isVisible() and "Glass-to-glass" in tv.view.latency_label.text()
                        and "≈" not in tv.view.latency_label.text() and len(truth) >= 45, timeout=20_000)
        tv.view.frame_shown.disconnect(shown)
        tv.refresh_stats()
        assert LATENCY_COLOURS[tv.view.latency_grade] in tv.view.latency_label.styleSheet()
        assert f"{tv.view.latency_ms:.0f} ms" in tv.view.latency_label.text()
        measured = float(np.median(truth[-30:]))
        assert abs(tv.view.latency_ms - measured) < 20, (tv.view.latency_ms, measured)

        # the 3-D view of the open study is the picture, grabbed without stopping the window
        with qtbot.waitSignal(win.import_finished, timeout=60_000):
            win.import_paths([small_phantom])
        with qtbot.waitSignal(win.volume_loaded, timeout=60_000):
            win.open_series(win.browser.series.item(0).data(Qt.UserRole))
        win.state.layout = "2x2"
        studio.choose("main", "view3d")
        grabber = surgeon.grabber
        qtbot.waitUntil(lambda: grabber.grabs >= 1, timeout=20_000)

        def like_3d_view():
            g, f = grabber.frame(), tv.view.frame
            h, w = f.shape[:2]
            gh, gw = g.shape[:2]
            s = min(w / gw, h / gh)
            fw, fh = int(gw * s), int(gh * s)
            inner = f[(h - fh) // 2:(h - fh) // 2 + fh, (w - fw) // 2:(w - fw) // 2 + fw]
            a = cv2.resize(inner, (48, 48), interpolation=cv2.INTER_AREA).astype(int)
            b = cv2.resize(g, (48, 48), interpolation=cv2.INTER_AREA).astype(int)
            return np.abs(a - b).mean() < 12 and g.std() > 10

        ticks = []
        timer = QTimer(interval=20)
        timer.timeout.connect(lambda: ticks.append(time.monotonic()))
        timer.start()
        qtbot.waitUntil(like_3d_view, timeout=30_000)
        shown = tv.view.frames_shown
        qtbot.waitUntil(lambda: tv.view.frames_shown >= shown + 15, timeout=20_000)
        timer.stop()
        gaps = np.diff(ticks)
        assert len(ticks) > 20 and np.percentile(gaps, 95) < 0.25, np.percentile(gaps, 95)  # the GUI kept ticking

        # the surgeon gives the trainee the floor: her microphone (a 660 Hz tone) is heard in the studio
        heard = []
        studio.logic.ear.remote_audio.connect(lambda feed, pcm, t: heard.append((time.monotonic(), pcm)))
        qtbot.waitUntil(lambda: any("Nguyen" in studio.viewers.item(i).text() for i in range(studio.viewers.count())),
                        timeout=10_000)
        _select(studio.viewers, "Nguyen")
        _click(qtbot, studio.speak_button)
        qtbot.waitUntil(tv.speak_check.isEnabled, timeout=10_000)
        tv.audio_source = ToneSource(660.0)
        _click(qtbot, tv.speak_check)
        assert tv.speak_check.isChecked()

        def hears(freq):
            recent = [p for t, p in heard[-30:]]
            return len(recent) >= 25 and abs(dominant_hz(np.concatenate(recent), 48000) - freq) <= 5.0

        qtbot.waitUntil(lambda: hears(660.0), timeout=20_000)
        # ...and takes it back: her box unticks and the studio hears her no more within 2 s
        _select(studio.viewers, "Nguyen")
        assert studio.speak_button.text() == "Stop speaking"
        _click(qtbot, studio.speak_button)
        t_revoke = time.monotonic()
        qtbot.waitUntil(lambda: not tv.speak_check.isChecked(), timeout=5_000)
        qtbot.wait(3000)
        assert max(t for t, _ in heard) - t_revoke < 2.0
    finally:
        _close(trainee)
        _close(surgeon)
