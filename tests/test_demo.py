"""The README's first command: `python -m workstation demo` starts a local hub (with Janus and
coturn for calls and broadcasts), writes and opens the demo CT study, opens the demo MDT consult
and a live demo broadcast on WebRTC, and (headless) renders the window to a PNG."""

from __future__ import annotations

import os
import subprocess
import sys

import numpy as np

from helpers import wait_for


def test_demo_renders_the_window_with_the_phantom_opened(tmp_path, display):
    out = tmp_path / "demo.png"
    env = dict(os.environ, SILKBRIDGE_HOME=str(tmp_path / "home"), QT_QPA_PLATFORM="xcb")
    proc = subprocess.run([sys.executable, "-m", "workstation", "demo", "--screenshot", str(out)], env=env,
                          capture_output=True, text=True, timeout=240)
    assert proc.returncode == 0, proc.stderr[-3000:]
    import cv2

    img = cv2.imread(str(out))
    assert img is not None and img.shape[0] > 600 and img.shape[1] > 1000
    # the viewers show the phantom's soft-tissue grey (an empty window has almost none: 0.2 %)
    grey = np.abs(img.astype(int) - 128).max(axis=2) < 40
    assert grey.mean() > 0.03, grey.mean()
    # The window at rest: no progress bar ("Sharing 119/120") in the status bar -- its white trough
    # is the only wide white the bottom strip can hold (a text caret blinking in an input field is a
    # white column one pixel wide: it failed this check once in a full run).
    white = img[-30:].min(axis=2) >= 250
    assert (white.sum(axis=0) >= 10).sum() < 8, "a progress bar is in the screenshot"
    assert "could not start" not in proc.stderr, proc.stderr[-3000:]


def test_the_demo_broadcast_is_live_on_webrtc_and_a_trainee_watches_it(tmp_path):
    """The demo's hub runs Janus and coturn ([webrtc], started the way `demo` starts it); the demo
    surgeon's test pattern is live in the Watch list, and a trainee watching it the way the viewer
    dock does (ViewerMedia: a grant over the link, the picture through Janus) gets the numbered
    frames in order, 640x360, fresh."""
    from comms.broadcast import BroadcastDirectory
    from comms.client import LinkClient
    from comms.clock import wall_clock
    from comms.video import read_frame_number
    from comms.webrtc.audience import ViewerMedia
    from ui.app import _start_demo_broadcast, _start_demo_hub

    hub = _start_demo_hub(tmp_path / "hub")
    stop = link = media = None
    try:
        assert hub.services.get("webrtc"), hub.services
        (tmp_path / "demo-surgeon.json").write_text("{damaged")  # a damaged enrolment: enrolled again
        stop = _start_demo_broadcast(hub, tmp_path)
        assert stop is not None
        trainee = hub.enrol("Demo trainee", role="trainee")
        link = LinkClient(trainee, tmp_path / "trainee-link").start()
        directory = BroadcastDirectory(link)
        directory.open()
        assert wait_for(lambda: any(b.get("live") for b in directory.listings.values()), 30), directory.listings
        room, listing = next((r, b) for r, b in directory.listings.items() if b.get("live"))
        assert listing["title"].startswith("Demo broadcast")
        link.join(room, "broadcast")
        frames, errors = [], []
        media = ViewerMedia(link, listing["listed_by"], "Demo trainee")
        media.video.connect(lambda sender, frame, capture: frames.append(
            (sender, read_frame_number(frame), frame.shape, wall_clock() - capture)))
        media.error.connect(errors.append)
        media.join(room)
        assert wait_for(lambda: len([f for f in frames if f[1] is not None]) >= 30 or errors, 60), \
            (len(frames), errors, _hub_log(hub))
        assert not errors
        seen = [f for f in frames if f[1] is not None]
        numbers = [n for _, n, _, _ in seen]
        assert numbers == sorted(numbers) and len(set(numbers)) == len(numbers), numbers
        assert {sender for sender, *_ in seen} == {listing["listed_by"]}
        assert seen[-1][2] == (360, 640, 3)  # the demo's light picture
        ages = sorted(age for *_, age in seen[-15:] if age == age)
        assert ages and ages[len(ages) // 2] < 1.0, ages  # live, not replayed: capture -> shown well under 1 s
    finally:
        if media is not None:
            media.stop()
        if link is not None:
            link.stop()
        if stop is not None:
            stop()
        hub.stop()


def test_without_janus_the_demo_starts_its_hub_without_the_broadcast_and_says_why(tmp_path, monkeypatch, caplog):
    """A machine without Janus and coturn (PATH holds only the venv's programs): the demo's hub
    starts all the same, without [webrtc]; the demo broadcast is not started; the log names what
    is missing."""
    import logging

    from ui.app import _start_demo_broadcast, _start_demo_hub

    monkeypatch.setenv("PATH", os.path.dirname(sys.executable))
    caplog.set_level(logging.WARNING, logger="ui.app")
    hub = _start_demo_hub(tmp_path / "hub")
    try:
        assert hub.address and "webrtc" not in hub.services, hub.services
        assert "[webrtc]" not in (tmp_path / "hub" / "hub.toml").read_text()
        assert _start_demo_broadcast(hub, tmp_path) is None
        text = caplog.text
        assert "janus" in text and "coturn" in text and "without calls and its live broadcast" in text, text
        assert "no live demo broadcast" in text, text
        bundle = hub.enrol("Still works", role="trainee")  # the rest of the demo's hub is there
        from comms.client import LinkClient

        link = LinkClient(bundle, tmp_path / "link").start()
        try:
            assert wait_for(lambda: link.state == "online", 20), link.state
        finally:
            link.stop()
    finally:
        hub.stop()


def _hub_log(hub, n=12):
    return [ln for p in sorted(hub.data_dir.rglob("*.log")) for ln in p.read_text(errors="replace").splitlines()
            if "webrtc" in ln or "grant" in ln or "refused" in ln][-n:]
