"""One-time watch links asked over the link: a real hub process ([webrtc] with ``watch_port``) runs
Janus, coturn and its web endpoint; the surgeon broadcasting from the studio asks for a link, a
headless Chromium opens it and plays the broadcast (the numbered pattern is current); the link
works once; a trainee may not hand links out and is told why; the surgeon taking the links back
stops the browser's picture; a link to a broadcast that has ended is refused."""

from __future__ import annotations

import time

import pytest

from comms.audio import ToneSource
from comms.consult import Profile
from comms.studio import StudioSession
from comms.webrtc.sfu import free_port
from helpers import hub_answer, hub_audit, start_webrtc_hub, wait_for
from test_broadcast_browser import CHROMIUM, status_of
from test_studio_webrtc import W, H, _online, small_pattern

FPS = 15


@pytest.fixture
def hub(tmp_path):
    h = start_webrtc_hub(tmp_path, credential_ttl=300, watch_port=free_port(), watch_ttl=120)
    yield h
    h.stop()


def ask_link(link, room, revoke=False, timeout=10.0) -> tuple[str, str]:
    return hub_answer(link.watch_link, lambda: link.request_watch_link(room, revoke=revoke), room, timeout)


def browser_frame_number(page):
    """The frame number drawn in the picture the browser shows now (read back from a canvas copy)."""
    import base64
    import io

    import numpy as np
    from PIL import Image

    from comms.video import read_frame_number

    png = page.evaluate("""() => { const v = document.getElementById('video');
        if (!v.srcObject || !v.videoWidth) return null;
        const c = document.createElement('canvas'); c.width = v.videoWidth; c.height = v.videoHeight;
        c.getContext('2d').drawImage(v, 0, 0); return c.toDataURL('image/png'); }""")
    if png is None:  # nothing shown any more
        return None
    frame = np.asarray(Image.open(io.BytesIO(base64.b64decode(png.split(",", 1)[1]))).convert("RGB"))
    return read_frame_number(frame)


def launch(p):
    return p.chromium.launch(executable_path=CHROMIUM, headless=True, args=[
        "--autoplay-policy=no-user-gesture-required", "--no-sandbox",
        "--disable-features=WebRtcHideLocalIpsWithMdns"])


def test_a_surgeon_hands_a_trainee_a_one_time_watch_link_over_the_link(hub, tmp_path):
    from playwright.sync_api import sync_playwright

    bundle, link = _online(hub, tmp_path, "Dr Wei (surgeon)", role="surgeon", hospital="Guangxi Medical")
    t_bundle, t_link = _online(hub, tmp_path, "Trainee Somsak", role="trainee", hospital="Guangxi Medical")
    studio = StudioSession(link, bundle, Profile.from_bundle(bundle), opener=small_pattern)
    studio.audio_source = ToneSource(440.0)
    studio.webrtc_picture = ((W, H), FPS)
    try:
        assert link.services.get("watch-links") == "yes"
        room = studio.go_live("Laparoscopic cholecystectomy", access={"hospitals": ["Guangxi Medical"],
                                                                      "roles": ["trainee"]})
        assert room
        assert wait_for(lambda: studio.publisher is not None and studio.publisher.state == "in-call", 30)
        # a trainee, even one admitted to the broadcast, may not hand links out: told why
        t_link.join(room, "broadcast")
        assert wait_for(lambda: t_link.room_role(room) is not None, 10)
        url, reason = ask_link(t_link, room)
        assert url == "" and "trainee may not hand out watch links" in reason
        assert wait_for(lambda: any(e["detail"].get("action") == "watch_link" and e["detail"].get("room") == room
                                    for e in hub_audit(hub, "refused", t_bundle["user_id"])), 10)  # and audited
        # nor for a room that is no broadcast
        url, reason = ask_link(link, "consult-nothing-here")
        assert url == "" and "no such broadcast" in reason

        url, reason = ask_link(link, room)
        assert url.startswith("http://127.0.0.1:") and "/watch/" in url, reason
        with sync_playwright() as p:
            browser = launch(p)
            try:
                page = browser.new_page()
                page.goto(url)
                page.wait_for_function("() => { const v = document.getElementById('video');"
                                       " return v.videoWidth > 0 && v.currentTime > 0.5; }", timeout=30000)
                time.sleep(1.0)
                n = browser_frame_number(page)
                sent = studio.publisher.frames_sent
                assert n is not None and sent - 3 * FPS < n <= sent, (n, sent)
                assert (page.evaluate("document.getElementById('video').videoWidth"),
                        page.evaluate("document.getElementById('video').videoHeight")) == (W, H)
                assert "Dr Wei" in page.text_content("#status")
                # the link was for one use
                code, body = status_of(url)
                assert code == 410 and "used or expired" in body
                # the surgeon takes the links back: the browser's picture stops within 2 s, and it says so
                _, reason = ask_link(link, room, revoke=True)
                assert reason == ""
                time.sleep(2.0)
                stopped_at = browser_frame_number(page)
                time.sleep(1.0)
                assert page.evaluate("document.getElementById('video').srcObject === null") \
                    or browser_frame_number(page) == stopped_at
                assert studio.publisher.frames_sent > (stopped_at or 0) + FPS  # the studio sends on
                page.wait_for_function("() => document.getElementById('status').textContent.includes('no longer')",
                                       timeout=5000)
            finally:
                browser.close()
        # a link asked for now, used after the broadcast has ended, is refused
        url, reason = ask_link(link, room)
        assert url, reason
        job = studio.stop_broadcast()
        assert job is not None and job.wait(30)
        code, body = status_of(url)
        assert code == 410 and "ended" in body, body
    finally:
        studio.close()
        for lk in (link, t_link):
            lk.stop()
