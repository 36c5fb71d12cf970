"""The README's first command: `python -m workstation demo` starts a local hub, writes and opens the
demo CT study, opens the demo MDT consult and a live demo broadcast, and (headless) renders the
window to a PNG."""

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


def test_the_demo_broadcast_is_live_and_watchable(hub, tmp_path):
    from comms.broadcast import BroadcastDirectory
    from comms.client import LinkClient
    from comms.media import MediaClient
    from comms.video import read_frame_number
    from ui.app import _start_demo_broadcast

    stop = _start_demo_broadcast(hub, tmp_path)
    assert stop is not None
    trainee = hub.enrol("Demo trainee", role="trainee")
    link = LinkClient(trainee, tmp_path / "trainee-link").start()
    try:
        directory = BroadcastDirectory(link)
        directory.open()
        assert wait_for(lambda: any(b.get("live") for b in directory.listings.values()), 20), directory.listings
        room = next(r for r, b in directory.listings.items() if b.get("live"))
        link.join(room, "broadcast")
        frames = []
        media = MediaClient(trainee, hub.services["media"],
                            on_video=lambda s, f, t: frames.append(read_frame_number(f))).start()
        try:
            media.join(room)
            assert wait_for(lambda: len([n for n in frames if n is not None]) >= 15, 30), \
                (frames[-5:], media.state, media.stats, _hub_log(hub))
        finally:
            media.stop()
    finally:
        link.stop()
        stop()


def _hub_log(hub, n=12):
    return [ln for p in sorted(hub.data_dir.rglob("*.log")) for ln in p.read_text(errors="replace").splitlines()
            if "media" in ln or "refused" in ln][-n:]
