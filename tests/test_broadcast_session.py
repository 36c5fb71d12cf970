"""A broadcast's room logic end to end: a real hub process, a surgeon, a specialist mentor and
trainees as real LinkClients over CURVE sockets, each with its own BroadcastState replica."""

from __future__ import annotations

import json
import time

import pytest

from comms.broadcast import BroadcastDirectory, BroadcastError, BroadcastSession, Profile, new_broadcast_id
from comms.client import LinkClient
from comms.store import Store


def wait_for(cond, timeout=20.0, what="condition"):
    end = time.monotonic() + timeout
    while time.monotonic() < end:
        if cond():
            return
        time.sleep(0.02)
    raise AssertionError(f"timed out waiting for {what}")


class Station:
    def __init__(self, hub, tmp_path, name, role, hospital="Guangxi Medical", language="en"):
        self.bundle = hub.enrol(name, role=role, hospital=hospital, language=language)
        self.client = LinkClient(self.bundle, tmp_path / name.replace(" ", "_") / "link")
        self.errors: list[str] = []
        self.client.error.connect(self.errors.append)
        self.client.start()
        self.profile = Profile.from_bundle(self.bundle)
        self.id = self.profile.user_id
        self.sessions: list = []

    def session(self, room) -> BroadcastSession:
        s = BroadcastSession(self.client, room, self.profile)
        self.sessions.append(s)
        return s

    def stop(self):
        for s in self.sessions:
            s.close()
        self.client.stop()


def refusals(hub, user) -> list[dict]:
    s = Store(hub.data_dir)
    try:
        return [json.loads(r["detail"]) for r in s.audit_entries("refused", user)]
    finally:
        s.close()


def content(state) -> dict:
    """The state without its position in the log (which every event advances, even a refused one)."""
    snap = state.snapshot()
    snap.pop("last_seq"), snap.pop("last_time")
    return snap


@pytest.fixture
def stations(hub, tmp_path):
    made = []

    def make(*args, **kw):
        st = Station(hub, tmp_path, *args, **kw)
        made.append(st)
        wait_for(lambda: st.client.state in ("online", "degraded"), what=f"{st.profile.name} online")
        return st

    yield make
    for st in made:
        st.stop()


def test_a_broadcast_from_listing_to_late_joiner(hub, stations):
    surgeon = stations("Dr Li", "surgeon")
    mentor = stations("Prof Tran", "specialist", hospital="Bach Mai", language="vi")
    anh = stations("Ms Anh", "trainee", hospital="Bach Mai", language="vi")
    souk = stations("Mr Souk", "trainee", hospital="Mahosot", language="lo")

    # Anh opens the list before any broadcast exists: the hub refuses the directory (only surgeons
    # create broadcast rooms); the directory keeps asking and gets in once a surgeon listed one.
    anh_dir = BroadcastDirectory(anh.client)
    anh_dir.open()
    room = new_broadcast_id()
    s = surgeon.session(room)
    s.create("Laparoscopic cholecystectomy", "Critical view of safety, step by step",
             access={"hospitals": ["Bach Mai", "Mahosot"]})  # the mentor's and the trainees' hospitals
    wait_for(lambda: room in anh_dir.listings, timeout=30, what="the listing in the trainee's directory")
    listing = anh_dir.listings[room]
    assert (listing["title"], listing["surgeon"], listing["surgeon_name"], listing["hospital"], listing["live"]) \
        == ("Laparoscopic cholecystectomy", surgeon.id, "Dr Li", "Guangxi Medical", False)
    souk_dir = BroadcastDirectory(souk.client)
    souk_dir.open()
    wait_for(lambda: room in souk_dir.listings, what="the listing in the second trainee's directory")
    assert [b["room"] for b in souk_dir.broadcasts()] == [room]

    # Everyone joins from the listing; the surgeon sees who watches.
    m, a, k = mentor.session(room), anh.session(room), souk.session(room)
    for x in (m, a, k):
        x.join()
    everyone = [s, m, a, k]
    rejections = {x: [] for x in everyone}
    for x in everyone:
        x.state.rejected.connect(lambda kind, reason, x=x: rejections[x].append((kind, reason)))
    wait_for(lambda: all(x.state.broadcaster == surgeon.id for x in everyone), what="the meta everywhere")
    assert all(x.state.meta.title == "Laparoscopic cholecystectomy" for x in everyone)
    wait_for(lambda: len(s.viewers()) == 3, what="three viewers")
    assert {v.user for v in s.viewers()} == {mentor.id, anh.id, souk.id}
    assert sorted(v.role for v in s.viewers() if v.role == "trainee") == ["trainee", "trainee"]
    assert {v.user for v in a.viewers()} == {mentor.id, anh.id, souk.id}  # the same list from a viewer's side

    def settled(marker_text):
        """A chat marker from the surgeon: once everyone has it, everything before it was applied."""
        s.chat(marker_text)
        wait_for(lambda: all(x.state.chat and x.state.chat[-1].text == marker_text for x in everyone),
                 what=f"marker {marker_text!r}")

    # A trainee cannot start the broadcast nor draw: the hub refuses and audits; nothing changes.
    settled("before the trainee tries")
    before = [content(x.state) for x in everyone]
    a.start()
    a.pen_down(0.2, 0.2)
    a.pen_up(0.6, 0.6)
    a.grant_draw(anh.id)
    kinds = ("broadcast.start", "stroke.begin", "stroke.end", "telestration.grant")

    def audited():
        reasons = [d["reason"] for d in refusals(hub, anh.id) if d["action"] == "publish"]
        return all(any(f"role trainee may not publish '{kind}'" in r for r in reasons) for kind in kinds)

    wait_for(audited, what="the hub's audit of the trainee's refused publishes")
    wait_for(lambda: any("broadcast.start" in e for e in anh.errors), what="the trainee told why")
    settled("after the trainee tried")
    for x, b in zip(everyone, before):
        after = content(x.state)
        after["chat"], b["chat"] = after["chat"][:-1], b["chat"]
        assert after == b
        assert not x.state.live and x.state.telestration.strokes == {}
    assert anh.client.outbox_size() == 0  # refused publishes are not retried forever

    # The surgeon goes live: every replica and the directory show it.
    s.start()
    wait_for(lambda: all(x.state.live for x in everyone), what="live everywhere")
    wait_for(lambda: anh_dir.listings[room]["live"] and souk_dir.listings[room]["live"], what="live in the list")

    # A hand goes up; a question is asked, the surgeon sees it and answers it.
    a.raise_hand()
    wait_for(lambda: all([h.user for h in x.state.raised_hands()] == [anh.id] for x in everyone), what="hand")
    k.ask("Why clip the cystic artery before the duct?", "en")
    wait_for(lambda: len(s.state.open_questions()) == 1, what="the question at the surgeon's")
    q = s.state.open_questions()[0]
    assert (q.sender, q.sender_name, q.text) == (souk.id, "Mr Souk", "Why clip the cystic artery before the duct?")
    s.answer(q.seq)
    wait_for(lambda: all(x.state.question(q.seq) and x.state.question(q.seq).answered for x in everyone),
             what="answered everywhere")
    a.raise_hand(False)
    wait_for(lambda: all(not x.state.hands for x in everyone), what="hand down")

    # The mentor may not draw until granted: a specialist's strokes pass the hub but every
    # replica refuses them.
    m.pen_down(0.1, 0.1)
    m.pen_move(0.3, 0.3)
    m.pen_up(0.5, 0.5)
    settled("after the ungranted mentor drew")
    assert all(x.state.telestration.strokes == {} for x in everyone)
    for x in everyone:
        assert [k for k, r in rejections[x] if "may not draw" in r] == ["stroke.begin", "stroke.end"]

    s.grant_draw(mentor.id)
    s.grant_speak(mentor.id)
    wait_for(lambda: all(x.state.may_draw(mentor.id) and x.state.may_speak(mentor.id) for x in everyone),
             what="the mentor's rights everywhere")
    assert not any(x.state.may_draw(anh.id) or x.state.may_speak(anh.id) for x in everyone)
    # The mentor draws and RESTS the pen: the session's own tick sends the points without more input.
    m.pen_down(0.2, 0.3)
    m.pen_move(0.7, 0.3)
    wait_for(lambda: all(len(x.state.telestration.strokes) == 1
                         and len(next(iter(x.state.telestration.strokes.values())).points) >= 2 for x in everyone),
             what="the resting pen's points everywhere")
    assert m.drawing
    m.pen_move(0.7, 0.8)
    m.pen_up(0.7, 0.8)
    wait_for(lambda: all(all(st.ended for st in x.state.telestration.strokes.values()) for x in everyone),
             what="stroke ended everywhere")
    for x in everyone:
        (stroke,) = x.state.telestration.strokes.values()
        assert stroke.sender == mentor.id
        corners = [p[:2] for i, p in enumerate(stroke.points) if i == 0 or p[:2] != stroke.points[i - 1][:2]]
        assert corners == [(0.2, 0.3), (0.7, 0.3), (0.7, 0.8)]  # simplified to the L's corners
        (pts, _colour, _width, alpha), = x.state.telestration.strokes_at(x.state.last_time)
        assert alpha == 1.0 and len(pts) == len(stroke.points)

    # The surgeon lets the trainee draw: the hub now passes the trainee's strokes (in this room only),
    # every replica shows them; once revoked, the hub refuses them again.
    s.grant_draw(anh.id)
    wait_for(lambda: all(x.state.may_draw(anh.id) for x in everyone), what="the trainee's drawing right")
    a.pen_down(0.1, 0.9)
    a.pen_up(0.4, 0.9)
    wait_for(lambda: all(any(st.sender == anh.id and st.ended for st in x.state.telestration.strokes.values())
                         for x in everyone), what="the granted trainee's stroke everywhere")
    s.grant_draw(anh.id, allowed=False)
    wait_for(lambda: all(not x.state.may_draw(anh.id) for x in everyone), what="the right withdrawn")
    n_refused = len(refusals(hub, anh.id))
    a.pen_down(0.5, 0.5)
    a.pen_up(0.6, 0.6)
    wait_for(lambda: len(refusals(hub, anh.id)) >= n_refused + 2, what="the hub refusing the revoked trainee")
    settled("after the revoked trainee drew")
    assert all(sum(st.sender == anh.id for st in x.state.telestration.strokes.values()) == 1 for x in everyone)

    # Malformed bodies (sent raw, past the session's checks) change nothing anywhere.
    settled("before the malformed events")
    before = [content(x.state) for x in everyone]
    surgeon.client.publish(room, "question.ask", {"text": 5})
    surgeon.client.publish(room, "broadcast.meta", {"title": ["not", "text"]})
    surgeon.client.publish(room, "stroke.begin", {"stroke_id": "z", "colour": "#ff0000", "width": 0.01,
                                                  "x": "left", "y": 0.5, "t": 1.0})
    mentor.client.publish(room, "question.answered", {"question": "all of them"})
    settled("after the malformed events")
    for x, b in zip(everyone, before):
        after = content(x.state)
        after["chat"], b["chat"] = after["chat"][:-1], b["chat"]
        assert after == b

    # Bad input at the session gets a clear error and sends nothing.
    seq = s.state.last_seq
    with pytest.raises(BroadcastError, match="empty"):
        k.ask("   ")
    with pytest.raises(BroadcastError, match="outside the picture"):
        m.pen_down(1.5, 0.2)
    with pytest.raises(BroadcastError, match="not a broadcast room"):
        BroadcastSession(souk.client, "consult-123", souk.profile)
    with pytest.raises(BroadcastError, match="too long"):  # the room state would refuse it everywhere
        BroadcastSession(surgeon.client, new_broadcast_id(), surgeon.profile).create("T" * 501)
    assert souk.client.outbox_size() == 0 and mentor.client.outbox_size() == 0 and s.state.last_seq == seq

    # A late joiner catches up from the hub's log to the very same state.
    late = stations("Ms Late", "trainee", hospital="Mahosot")
    late_dir = BroadcastDirectory(late.client)
    late_dir.open()
    wait_for(lambda: room in late_dir.listings and late_dir.listings[room]["live"], what="late directory")
    n = late.session(room)
    n.join()
    settled("after the late joiner came")
    wait_for(lambda: n.state.last_seq == s.state.last_seq, what="late joiner caught up")
    digests = {x.state.digest() for x in everyone + [n]}
    assert len(digests) == 1
    assert n.state.live and n.state.may_draw(mentor.id) and len(n.state.questions) == 1
    wait_for(lambda: len(s.viewers()) == 4, what="four viewers")

    # The surgeon ends the broadcast.
    s.stop()
    wait_for(lambda: not any(x.state.live for x in everyone + [n]), what="stopped everywhere")
    wait_for(lambda: not anh_dir.listings[room]["live"], what="not live in the list")
    assert len(n.state.sessions) == 1 and n.state.sessions[0][1] is not None
    for d in (anh_dir, souk_dir, late_dir):
        d.close()


def test_going_live_right_after_creating_shows_live_in_the_list(hub, stations):
    surgeon = stations("Dr Wang", "surgeon")
    trainee = stations("Mr Binh", "trainee")
    room = new_broadcast_id()
    s = surgeon.session(room)
    s.create("Thyroidectomy")
    s.start()  # before the surgeon's own meta came back from the hub
    directory = BroadcastDirectory(trainee.client)
    directory.open()
    wait_for(lambda: room in directory.listings and directory.listings[room]["live"], what="live in the list")
    wait_for(lambda: s.state.live, what="live at the surgeon's")
    v = trainee.session(room)
    v.join()
    wait_for(lambda: v.state.live and v.state.digest() == s.state.digest(), what="the viewer caught up")
    assert [b["title"] for b in directory.broadcasts()] == ["Thyroidectomy"]
    # Another user cannot take over the listing nor list a fake broadcast (the hub stamps the sender).
    other = stations("Dr Fake", "specialist")
    other.client.join("broadcast-directory", kind="broadcast")
    other.client.publish("broadcast-directory", "broadcast.live", {"room": room, "live": False})
    other.client.publish("broadcast-directory", "broadcast.listed",
                         {"room": room, "title": "Hijacked", "surgeon": surgeon.id})
    other.client.publish("broadcast-directory", "broadcast.listed",
                         {"room": "broadcast-fake", "title": "Fake", "surgeon": surgeon.id})
    # (the hub refuses both: only a room's creator or a moderator lists it, workstation.policy)
    surgeon.client.create_room("broadcast-marker", "broadcast", "M")  # a real room of the surgeon's: listed
    surgeon.client.publish("broadcast-directory", "broadcast.listed", {"room": "broadcast-marker", "title": "M"})
    wait_for(lambda: "broadcast-marker" in directory.listings, what="the marker listing")
    assert directory.listings[room]["title"] == "Thyroidectomy" and directory.listings[room]["live"]
    assert "broadcast-fake" not in directory.listings
    directory.close()
