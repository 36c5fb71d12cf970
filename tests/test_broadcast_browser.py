"""Watching a broadcast in a real headless browser (Debian's chromium driven by Playwright).

A studio publishes the numbered test pattern and a tone through a real Janus; the hub's web
endpoint hands out a one-time link; the browser opens it and plays the broadcast: the video
element's time advances, its picture has the broadcast's size and the frame number drawn in it
(read back from a canvas copy) is current. A used or forged link gets the refusal page.
"""

from __future__ import annotations

import base64
import io
import shutil
import time
import urllib.error
import urllib.request

import numpy as np
import pytest

from comms.audio import ToneSource
from comms.video import TestPatternSource, read_frame_number
from comms.webrtc.broadcast import BroadcastPublisher
from comms.webrtc.sfu import JanusServer, MediaAuthority, MediaServerConfig, TurnServer
from comms.webrtc.web import LinkRefused, WatchLinks, WatchServer

W, H, FPS = 320, 192, 15
CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"


@pytest.fixture(scope="module")
def servers():
    cfg = MediaServerConfig.for_tests()
    with JanusServer(cfg) as janus, TurnServer(cfg) as turn:
        authority = MediaAuthority(cfg, janus.videoroom_key)
        yield cfg, authority
        authority.close()


def status_of(url: str) -> tuple[int, str]:
    try:
        with urllib.request.urlopen(url, timeout=5) as r:
            return r.status, r.read().decode()
    except urllib.error.HTTPError as exc:
        return exc.code, exc.read().decode()


def test_a_trainee_watches_the_broadcast_in_a_browser_from_a_one_time_link(servers):
    from playwright.sync_api import sync_playwright
    from PIL import Image

    cfg, authority = servers
    room = "bc-web-1"
    studio = BroadcastPublisher(authority.issue("surgeon-web", room), "Dr Web", audio_source=ToneSource(440),
                                video_source=TestPatternSource(W, H, FPS), video_size=(W, H), low_scale=2)
    links = WatchLinks(authority, ttl=60)
    with WatchServer(links) as web:
        try:
            studio.start(30)
            url = web.link(room, "surgeon-web")
            with sync_playwright() as p:
                browser = p.chromium.launch(executable_path=CHROMIUM, headless=True, args=[
                    "--use-fake-ui-for-media-stream", "--autoplay-policy=no-user-gesture-required",
                    "--no-sandbox", "--disable-features=WebRtcHideLocalIpsWithMdns"])
                try:
                    page = browser.new_page()
                    page.goto(url)
                    page.wait_for_function("() => { const v = document.getElementById('video');"
                                           " return v.videoWidth > 0 && v.currentTime > 0.5; }", timeout=30000)
                    t0 = page.evaluate("document.getElementById('video').currentTime")
                    time.sleep(1.5)
                    info = page.evaluate("""() => {
                        const v = document.getElementById('video');
                        const c = document.createElement('canvas');
                        c.width = v.videoWidth; c.height = v.videoHeight;
                        c.getContext('2d').drawImage(v, 0, 0);
                        return {t: v.currentTime, w: v.videoWidth, h: v.videoHeight, paused: v.paused,
                                muted: v.muted, audio: v.srcObject.getAudioTracks().length,
                                png: c.toDataURL('image/png'), status: document.getElementById('status').textContent};
                    }""")
                    assert info["t"] > t0 + 1.0 and not info["paused"], info["t"]   # it plays
                    assert (info["w"], info["h"]) == (W, H)
                    assert info["audio"] == 1 and not info["muted"]
                    assert "Dr Web" in info["status"]
                    png = base64.b64decode(info["png"].split(",", 1)[1])
                    frame = np.asarray(Image.open(io.BytesIO(png)).convert("RGB"))
                    n = read_frame_number(frame)
                    assert n is not None and studio.frames_sent - FPS * 2 < n <= studio.frames_sent, \
                        (n, studio.frames_sent)
                finally:
                    browser.close()
            # the link was for one use: opening it again (or a forged one) is refused
            code, body = status_of(url)
            assert code == 410 and "used or expired" in body and "janus" not in body.lower()
            code, body = status_of(url.rsplit("/", 1)[0] + "/" + "A" * 32)
            assert code == 410 and "token" not in body
            assert status_of(web.base_url + "/watch/../../etc/passwd")[0] == 404
        finally:
            studio.stop()
            authority.revoke("surgeon-web")
            for (user, r) in authority.grants():
                authority.revoke(user)


def test_a_link_expires_and_one_for_an_ended_broadcast_is_refused(servers):
    cfg, authority = servers
    live = {"bc-web-2": True}
    links = WatchLinks(authority, ttl=10, is_live=lambda room: live.get(room, False))
    token = links.create("bc-web-2", "coordinator")
    live["bc-web-2"] = False
    with pytest.raises(LinkRefused, match="ended"):
        links.redeem(token)
    token = links.create("bc-web-2", "coordinator")
    live["bc-web-2"] = True
    links._links = {k: (r, time.time() - 1, m) for k, (r, _, m) in links._links.items()}  # ten seconds later
    with pytest.raises(LinkRefused, match="expired"):
        links.redeem(token)
    with pytest.raises(LinkRefused):
        links.redeem(None)
    with pytest.raises(LinkRefused):
        links.create("", "coordinator")
    with pytest.raises(ValueError):
        WatchLinks(authority, ttl=0)
    assert authority.grants() == {}


def test_one_person_flooding_links_is_stopped_without_locking_out_the_others(servers):
    cfg, authority = servers
    links = WatchLinks(authority, ttl=60, max_per_issuer=5)
    for _ in range(5):
        links.create("bc-web-3", "flooder")
    with pytest.raises(LinkRefused, match="still unused"):
        links.create("bc-web-3", "flooder")
    assert links.create("bc-web-3", "coordinator")  # someone else still gets one
    assert links.revoke("bc-web-3", "flooder") == [] and links.pending() == 1  # none used: nothing to withdraw
    assert links.create("bc-web-3", "flooder")  # taken back: room for new ones


def test_a_used_links_grant_lasts_while_the_browser_stays_and_the_broadcast_runs(servers):
    """The grant behind a used link is nobody online in the room: the hub's sweep keeps it while
    the browser's session lasts and the broadcast's full feed is up, and withdraws it after."""
    from playwright.sync_api import sync_playwright

    from comms.webrtc.grants import CallGrants

    cfg, authority = servers
    room = "bc-web-4"
    links = WatchLinks(authority, ttl=60)
    web = WatchServer(links).start()
    grants = CallGrants(authority, lambda r, u: "broadcaster" if u == "surgeon-4" else None, web=web,
                        web_check_s=0.5, web_grace_s=2.0).start()
    studio = BroadcastPublisher(authority.issue("surgeon-4", room), "Dr Four", audio_source=ToneSource(440),
                                video_source=TestPatternSource(W, H, FPS), video_size=(W, H), low_scale=2)
    web_grants = lambda: [u for (u, r) in authority.grants() if u.startswith("web:")]  # noqa: E731
    try:
        studio.start(30)
        with sync_playwright() as p:
            browser = p.chromium.launch(executable_path=CHROMIUM, headless=True, args=[
                "--autoplay-policy=no-user-gesture-required", "--no-sandbox"])
            try:
                for closing in ("the page", "the broadcast"):
                    url, _ = grants.watch_link(room, "surgeon-4")
                    page = browser.new_page()
                    page.goto(url)
                    page.wait_for_function("() => document.getElementById('video').currentTime > 0.5", timeout=30000)
                    time.sleep(3.0)  # past the grace: kept while the browser stays
                    assert len(web_grants()) == 1
                    if closing == "the page":
                        page.close()
                    else:
                        studio.stop()
                    t0 = time.monotonic()
                    while web_grants() and time.monotonic() - t0 < 10:
                        time.sleep(0.1)
                    assert not web_grants(), f"the grant outlived {closing}"
                    if closing == "the broadcast":
                        page.wait_for_function("() => document.getElementById('video').srcObject === null",
                                               timeout=10000)
            finally:
                browser.close()
    finally:
        studio.stop()
        grants._stop.set()
        web.stop()
        for (user, r) in authority.grants():
            authority.revoke(user)
