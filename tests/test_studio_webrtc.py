"""The surgeon's studio broadcasting on WebRTC (Janus) through a real hub process with [webrtc]
enabled: going live publishes the composed picture and the microphone; a trainee admitted to the
broadcast gets a grant over the link and sees the numbered pattern in order and hears the tone;
the recording still gets the picture; stopping ends the publication. A hub without [webrtc]
cannot carry a broadcast: going live is refused and the surgeon is told why."""

from __future__ import annotations

import threading
import time

import numpy as np
import pytest

from comms.audio import ToneSource
from comms.client import LinkClient
from comms.consult import Profile
from comms.studio import StudioSession, open_source
from comms.video import TestPatternSource, read_frame_number
from comms.webrtc.broadcast import BroadcastViewer
from helpers import dominant_hz, media_grant, start_webrtc_hub, wait_for

W, H, FPS = 640, 360, 15


@pytest.fixture
def hub(tmp_path):
    h = start_webrtc_hub(tmp_path, credential_ttl=300)
    yield h
    h.stop()


def _online(hub, tmp_path, name, **kw):
    bundle = hub.enrol(name, **kw)
    link = LinkClient(bundle, tmp_path / f"link-{bundle['user_id']}").start()
    assert wait_for(lambda: link.state == "online", 20)
    return bundle, link


def _grant(link, room, timeout=10.0):
    return media_grant(link, room, timeout)


def small_pattern(kind, arg=None):
    return TestPatternSource(W, H, FPS) if kind == "pattern" else open_source(kind, arg)


def test_the_studio_broadcasts_on_webrtc_to_an_admitted_trainee_and_records(hub, tmp_path):
    bundle, link = _online(hub, tmp_path, "Dr Wei (surgeon)", role="surgeon", hospital="Guangxi Medical")
    studio = StudioSession(link, bundle, Profile.from_bundle(bundle), opener=small_pattern)
    studio.audio_source = ToneSource(440.0)
    studio.webrtc_picture = ((W, H), FPS)
    said = []
    studio.said.connect(said.append)
    t_bundle, t_link = _online(hub, tmp_path, "Trainee Somsak", role="trainee", hospital="Guangxi Medical")
    outsider_bundle, outsider = _online(hub, tmp_path, "Dr Outside", role="specialist", hospital="Elsewhere")
    viewer = None
    try:
        assert studio.record_to(tmp_path / "rec.mp4")
        room = studio.go_live("Laparoscopic cholecystectomy", access={"hospitals": ["Guangxi Medical"],
                                                                      "roles": ["trainee"]})
        assert room
        assert wait_for(lambda: studio.publisher is not None and studio.publisher.state == "in-call", 30), \
            [n.text for n in said]
        # someone not admitted to the broadcast gets no grant
        outsider.join(room, "broadcast")
        time.sleep(1.0)
        grant, reason = _grant(outsider, room)
        assert grant is None and reason
        t_link.join(room, "broadcast")
        assert wait_for(lambda: t_link.room_role(room) is not None, 10)
        grant, reason = _grant(t_link, room)
        assert grant is not None, reason
        seen, heard = [], []
        viewer = BroadcastViewer(grant, "Trainee Somsak")
        viewer.remote_video.connect(lambda feed, frame, t: seen.append((read_frame_number(frame), frame.shape)))
        viewer.remote_audio.connect(lambda feed, pcm, t: heard.append(pcm))
        viewer.start(30)
        assert wait_for(lambda: len(seen) >= 45 and len(heard) > 100, 30), (len(seen), len(heard))
        numbers = [n for n, _ in seen if n is not None]
        assert len(numbers) >= 40 and numbers == sorted(numbers) and len(set(numbers)) == len(numbers)
        assert seen[-1][1] == (H, W, 3)
        assert abs(dominant_hz(np.concatenate(heard[-50:]), 48000) - 440.0) <= 5.0
        assert studio.stats()["rung"].endswith("WebRTC") and studio.frames_recorded > 30
        ended = []
        viewer.ended.connect(ended.append)
        job = studio.stop_broadcast()
        assert job is not None and job.wait(30)
        assert wait_for(lambda: bool(ended), 10)  # the publication ended with the broadcast
        assert studio.last_recording and (tmp_path / "rec.mp4").stat().st_size > 10_000
    finally:
        if viewer is not None:
            viewer.stop()
        studio.close()
        for lk in (link, t_link, outsider):
            lk.stop()


def test_going_live_on_a_hub_without_webrtc_is_refused_and_said(tmp_path):
    """The hub's hub.toml does not enable [webrtc] (no Janus): nothing is created or sent, the
    surgeon reads why, and the trainee's list of broadcasts stays empty."""
    from comms.local import start_local_hub

    plain = start_local_hub(tmp_path / "plain-hub")
    try:
        bundle, link = _online(plain, tmp_path, "Dr Plain", role="surgeon", hospital="Guangxi Medical")
        t_bundle, t_link = _online(plain, tmp_path, "Trainee Plain", role="trainee", hospital="Guangxi Medical")
        assert "webrtc" not in link.services
        studio = StudioSession(link, bundle, Profile.from_bundle(bundle), opener=small_pattern)
        studio.audio_source = ToneSource(440.0)
        said = []
        studio.said.connect(said.append)
        try:
            assert studio.go_live("No Janus here", access={"hospitals": ["Guangxi Medical"], "roles": []}) is None
            assert said and said[-1].code == "cannot_go_live" and said[-1].error
            assert said[-1].text == "Cannot go live: the hub offers no WebRTC media server (not connected to the hub yet?)"
            assert not studio.live and studio.session is None and studio.sender is None and studio.capture is None
            # the trainee's hub lists no broadcast: nothing was created
            from comms.broadcast import BroadcastDirectory

            directory = BroadcastDirectory(t_link)
            directory.open()
            try:
                assert wait_for(lambda: directory.joined, 10)
                time.sleep(1.0)  # the directory's history has come
                assert directory.broadcasts() == []
            finally:
                directory.close()
        finally:
            studio.close()
            for lk in (link, t_link):
                lk.stop()
    finally:
        plain.stop()


def test_every_studio_source_on_webrtc_a_file_a_stream_url_and_the_refusals(hub, tmp_path):
    """Which sources work on the SFU path: a video file and a stream URL (an HTTP stream of an
    endoscopy tower's recording) replace the pattern live, the pattern goes into the
    picture-in-picture; no camera on this machine and no reading room for the 3-D view are refused
    with the reason, the picture going on."""
    import functools
    import http.server

    from test_ui_broadcast import _near, _solid_video

    magenta, teal = (200, 40, 140), (30, 160, 150)
    tower = _solid_video(tmp_path / "tower.mp4", magenta)
    served = tmp_path / "served"
    served.mkdir()
    _solid_video(served / "stream.mp4", teal)
    httpd = http.server.ThreadingHTTPServer(
        ("127.0.0.1", 0), functools.partial(http.server.SimpleHTTPRequestHandler, directory=str(served)))
    threading.Thread(target=httpd.serve_forever, daemon=True).start()
    bundle, link = _online(hub, tmp_path, "Dr Src", role="surgeon", hospital="Guangxi Medical")
    studio = StudioSession(link, bundle, Profile.from_bundle(bundle))
    studio.audio_source = ToneSource(440.0)
    studio.webrtc_picture = ((W, H), FPS)
    t_bundle, t_link = _online(hub, tmp_path, "Trainee Src", role="trainee", hospital="Guangxi Medical")
    said, frames, viewer = [], [], None
    studio.said.connect(said.append)
    try:
        room = studio.go_live("Sources on WebRTC")
        assert room and wait_for(lambda: studio.publisher is not None and studio.publisher.state == "in-call", 30)
        t_link.join(room, "broadcast")
        assert wait_for(lambda: t_link.room_role(room) is not None, 10)
        grant, reason = _grant(t_link, room)
        assert grant is not None, reason
        viewer = BroadcastViewer(grant, "Trainee Src")
        viewer.remote_video.connect(lambda feed, frame, t: frames.append(frame))
        viewer.start(30)

        def centre(colour):
            return lambda: frames and _near(frames[-1][H // 3, W // 3], colour)

        studio.choose("main", "file", str(tower)).wait(20)
        assert wait_for(centre(magenta), 20) and studio.in_use["main"] == "file"
        studio.choose("pip", "pattern")
        assert wait_for(lambda: frames and not _near(frames[-1][int(H * 0.85), int(W * 0.85)], magenta, 25), 20)
        studio.choose("pip", "none")
        url = f"http://127.0.0.1:{httpd.server_address[1]}/stream.mp4"
        studio.choose("main", "url", url).wait(30)
        assert wait_for(centre(teal), 20) and studio.in_use["main"] == "url"
        # no camera on this machine: refused with the reason, the stream stays on
        studio.choose("main", "camera", "0").wait(30)
        assert wait_for(lambda: any(n.code == "open_failed_keep" for n in said), 10)
        time.sleep(1.0)
        assert _near(frames[-1][H // 3, W // 3], teal) and studio.in_use["main"] == "url"
        # no reading room here: the 3-D view cannot be broadcast, said so
        studio.choose("main", "view3d")
        assert any(n.code == "no_view3d" for n in said)
        assert _near(frames[-1][H // 3, W // 3], teal)
    finally:
        if viewer is not None:
            viewer.stop()
        studio.close()
        httpd.shutdown()
        for lk in (link, t_link):
            lk.stop()
