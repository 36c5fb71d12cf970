"""Video call grants over the link: a real hub process runs Janus and coturn ([webrtc] in hub.toml),
gives call grants only to members online in the room, and takes them back when they leave or are
revoked (their media stops within 2 s)."""

from __future__ import annotations

import time

import pytest

from comms.audio import ToneSource
from comms.client import LinkClient
from comms.video import TestPatternSource, read_frame_number
from comms.webrtc.call import CallError, CallSession
from helpers import media_grant, start_webrtc_hub

ROOM = "consult-call-hub"


@pytest.fixture
def hub(tmp_path):
    h = start_webrtc_hub(tmp_path, credential_ttl=300)
    yield h
    h.stop()


def _link(hub, tmp_path, name, room=ROOM):
    bundle = hub.enrol(name)
    link = LinkClient(bundle, tmp_path / f"link-{bundle['user_id']}").start()
    deadline = time.monotonic() + 10
    while link.state != "online" and time.monotonic() < deadline:
        time.sleep(0.05)
    if room:
        link.join(room)
        deadline = time.monotonic() + 10
        while link.room_role(room) is None and time.monotonic() < deadline:
            time.sleep(0.05)
    return bundle, link


def _grant(link, room=ROOM, timeout=10.0):
    return media_grant(link, room, timeout)


def test_members_get_a_call_and_lose_it_when_they_leave_or_are_revoked(hub, tmp_path):
    links = []
    calls = []
    try:
        a_bundle, a_link = _link(hub, tmp_path, "Dr An")
        b_bundle, b_link = _link(hub, tmp_path, "Dr Binh")
        c_bundle, c_link = _link(hub, tmp_path, "Dr Chau")
        _, outsider = _link(hub, tmp_path, "Dr Outsider", room=None)
        links += [a_link, b_link, c_link, outsider]
        assert a_link.services.get("webrtc") == "grants"

        # a user not in the room gets the reason, never a token
        grant, reason = _grant(outsider)
        assert grant is None and "not online in this room" in reason

        ga, gb, gc = (_grant(link)[0] for link in (a_link, b_link, c_link))
        assert all(g and g["token"] for g in (ga, gb, gc)) and len({ga["token"], gb["token"], gc["token"]}) == 3
        assert ga["ice_servers"][0]["username"].endswith(":" + a_bundle["user_id"])
        a = CallSession(ga, "Dr An", audio_source=ToneSource(440), video_source=TestPatternSource(320, 192, 15),
                        video_size=(320, 192)).start()
        b = CallSession(gb, "Dr Binh", video_source=TestPatternSource(320, 192, 15), video_size=(320, 192)).start()
        c = CallSession(gc, "Dr Chau", video_source=TestPatternSource(320, 192, 15), video_size=(320, 192)).start()
        calls += [a, b, c]
        seen = {}
        a.remote_video.connect(lambda feed, frame, t: seen.setdefault(feed, []).append(read_frame_number(frame)))
        ended = {}
        b.ended.connect(lambda r: ended.setdefault("b", (r, time.monotonic())))
        c.ended.connect(lambda r: ended.setdefault("c", (r, time.monotonic())))
        deadline = time.monotonic() + 20
        while time.monotonic() < deadline and not (len(seen.get(gb["feed_id"], [])) > 15
                                                   and len(seen.get(gc["feed_id"], [])) > 15):
            time.sleep(0.1)
        assert len(seen.get(gb["feed_id"], [])) > 15 and len(seen.get(gc["feed_id"], [])) > 15

        # Binh leaves the consult on the link: his call ends within 2 s and An stops seeing him
        t0 = time.monotonic()
        b_link.leave(ROOM)
        while "b" not in ended and time.monotonic() - t0 < 3:
            time.sleep(0.05)
        assert "b" in ended and ended["b"][1] - t0 < 2.0, ended
        time.sleep(0.5)
        n = len(seen[gb["feed_id"]])
        time.sleep(1.0)
        assert len(seen[gb["feed_id"]]) == n

        # the hub administrator revokes Chau mid-call: her media stops within 2 s
        t0 = time.monotonic()
        hub.revoke(c_bundle["user_id"])
        while "c" not in ended and time.monotonic() - t0 < 3:
            time.sleep(0.05)
        assert "c" in ended and ended["c"][1] - t0 < 2.0, ended
        with pytest.raises(CallError):  # her old grant is worthless
            CallSession(gc, "again").start()
        # An is still in the call, alone
        assert a.state == "in-call"
        deadline = time.monotonic() + 5
        while a.participants and time.monotonic() < deadline:
            time.sleep(0.1)
        assert a.participants == []
    finally:
        for call in calls:
            call.stop()
        for link in links:
            link.stop()
