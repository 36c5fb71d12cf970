"""The broadcast room's shared state: a pure reducer over hub-ordered events (no I/O, no hub)."""

from __future__ import annotations

import pytest

from workstation.broadcast import BroadcastState, Event
from workstation.telestration import StrokeRecorder

SURGEON, MENTOR, TRAINEE, OTHER_SURGEON, COORD = "dr.li", "prof.tran", "ms.souk", "dr.wang", "coord.chen"
ROLES = {SURGEON: "surgeon", MENTOR: "specialist", TRAINEE: "trainee", OTHER_SURGEON: "surgeon",
         COORD: "coordinator", "mr.an": "trainee"}
NAMES = {SURGEON: "Dr Li", MENTOR: "Prof Tran", TRAINEE: "Ms Souk", OTHER_SURGEON: "Dr Wang",
         COORD: "Ms Chen", "mr.an": "Mr An"}


class Log:
    """Builds hub-ordered events (seq and hub time assigned as the hub would)."""

    def __init__(self, room="broadcast-1"):
        self.room, self.events = room, []

    def __call__(self, sender, kind, body=None, **kw) -> Event:
        ev = Event(seq=len(self.events) + 1, sender=sender, kind=kind, body={} if body is None else body,
                   time=1000.0 + len(self.events) * 0.02, sender_role=kw.get("role", ROLES[sender]),
                   sender_name=NAMES[sender], room=self.room)
        self.events.append(ev)
        return ev


def opened(log: Log) -> BroadcastState:
    st = BroadcastState(log.room)
    assert st.apply(log(SURGEON, "broadcast.meta", {"title": "Laparoscopic cholecystectomy",
                                                    "description": "Critical view of safety",
                                                    "hospital": "Guangxi Medical"})), st.last_reason
    return st


def test_meta_makes_the_sender_the_broadcaster_and_only_they_or_a_moderator_change_it():
    log = Log()
    st = opened(log)
    assert st.broadcaster == SURGEON
    assert st.meta.surgeon_name == "Dr Li" and st.meta.hospital == "Guangxi Medical"
    snap = st.snapshot()
    for ev, words in ((log(MENTOR, "broadcast.meta", {"title": "Mine now"}), ("may not change",)),
                      (log(SURGEON, "broadcast.meta", {"title": "x", "surgeon": MENTOR}), ("cannot be changed",)),
                      (log(SURGEON, "broadcast.meta", {"title": "   "}), ("title is empty",)),
                      (log(SURGEON, "broadcast.meta", {"title": 42}), ("Expected `str`",)),
                      (log(SURGEON, "broadcast.meta", ["not", "a", "mapping"]), ("not a mapping",))):
        assert st.apply(ev) is False
        assert all(w in st.last_reason for w in words), st.last_reason
        assert {**st.snapshot(), "last_seq": 0, "last_time": 0} == {**snap, "last_seq": 0, "last_time": 0}
    assert st.apply(log(COORD, "broadcast.meta", {"title": "Renamed by the coordinator"}))
    assert st.meta.title == "Renamed by the coordinator" and st.broadcaster == SURGEON
    assert st.meta.hospital == "Guangxi Medical"  # kept when a later meta leaves it out


def test_only_a_surgeon_opens_a_broadcast_and_only_for_themselves():
    log = Log()
    st = BroadcastState(log.room)
    assert not st.apply(log(MENTOR, "broadcast.meta", {"title": "Not a surgeon"}))
    assert "only a surgeon" in st.last_reason
    assert not st.apply(log(SURGEON, "broadcast.meta", {"title": "For Dr Wang", "surgeon": OTHER_SURGEON}))
    assert "cannot announce a broadcast for" in st.last_reason
    assert st.meta is None and st.last_seq == 2
    assert not st.apply(log(SURGEON, "broadcast.start"))
    assert "broadcast.meta comes first" in st.last_reason


def test_start_and_stop_keep_the_live_periods():
    log = Log()
    st = opened(log)
    seen = []
    st.live_changed.connect(seen.append)
    assert not st.apply(log(OTHER_SURGEON, "broadcast.start")) and "only the broadcasting surgeon" in st.last_reason
    assert not st.apply(log(SURGEON, "broadcast.stop")) and "not live" in st.last_reason
    assert st.apply(log(SURGEON, "broadcast.start")) and st.live
    assert st.live_since == log.events[-1].time
    assert not st.apply(log(SURGEON, "broadcast.start")) and "already live" in st.last_reason
    assert not st.apply(log(TRAINEE, "broadcast.stop")) and not st.apply(log(MENTOR, "broadcast.stop"))
    assert st.live
    assert st.apply(log(SURGEON, "broadcast.stop")) and not st.live
    assert st.apply(log(SURGEON, "broadcast.start"))
    assert st.apply(log(COORD, "broadcast.stop"))  # a moderator may end it
    assert seen == [True, False, True, False]
    assert len(st.sessions) == 2 and all(a < b for a, b in st.sessions)


def test_hands_questions_and_answers():
    log = Log()
    st = opened(log)
    asked, answered = [], []
    st.question_asked.connect(asked.append)
    st.question_answered.connect(answered.append)
    assert st.apply(log(TRAINEE, "question.hand", {"raised": True}))
    assert st.apply(log("mr.an", "question.hand", {"raised": True}))
    assert [h.user for h in st.raised_hands()] == [TRAINEE, "mr.an"]
    assert not st.apply(log(TRAINEE, "question.hand", {"raised": True})) and "already raised" in st.last_reason
    assert not st.apply(log(TRAINEE, "question.hand", {"raised": True, "user": "mr.an"}))
    assert not st.apply(log(TRAINEE, "question.hand", {"raised": False, "user": "mr.an"}))
    assert "only the surgeon or a moderator" in st.last_reason
    assert st.apply(log(SURGEON, "question.hand", {"raised": False, "user": "mr.an"}))
    assert [h.user for h in st.raised_hands()] == [TRAINEE]

    q = log(TRAINEE, "question.ask", {"text": "Why clip before cutting?", "language": "en"})
    assert st.apply(q)
    assert asked[0].seq == q.seq and asked[0].sender_name == "Ms Souk" and st.open_questions() == asked
    assert not st.apply(log(TRAINEE, "question.ask", {"text": "  "})) and "empty" in st.last_reason
    assert not st.apply(log(TRAINEE, "question.answered", {"question": q.seq}))
    assert not st.apply(log(MENTOR, "question.answered", {"question": q.seq}))
    assert not st.apply(log(SURGEON, "question.answered", {"question": 999})) and "no question 999" in st.last_reason
    assert not st.apply(log(SURGEON, "question.answered", {"question": "first"}))
    assert st.open_questions() and not answered
    assert st.apply(log(SURGEON, "question.answered", {"question": q.seq}))
    assert answered[0].answered_by == SURGEON and st.open_questions() == []
    assert not st.apply(log(SURGEON, "question.answered", {"question": q.seq})) and "already" in st.last_reason

    assert st.apply(log(TRAINEE, "chat", {"text": "Cảm ơn!", "language": "vi"}))
    assert st.chat[-1].text == "Cảm ơn!" and st.chat[-1].language == "vi"


def test_speaking_is_granted_by_the_broadcaster_only_and_lowers_the_hand():
    log = Log()
    st = opened(log)
    assert st.apply(log(MENTOR, "question.hand", {"raised": True}))
    assert not st.apply(log(OTHER_SURGEON, "broadcast.speak.grant", {"user": MENTOR}))
    assert not st.apply(log(COORD, "broadcast.speak.grant", {"user": MENTOR}))
    assert not st.may_speak(MENTOR) and st.may_speak(SURGEON)
    assert st.apply(log(SURGEON, "broadcast.speak.grant", {"user": MENTOR}))
    assert st.may_speak(MENTOR) and st.raised_hands() == []
    assert not st.apply(log(SURGEON, "broadcast.speak.grant", {"user": MENTOR})) and "already" in st.last_reason
    assert st.apply(log(SURGEON, "broadcast.speak.revoke", {"user": MENTOR}))
    assert not st.may_speak(MENTOR)
    assert not st.apply(log(SURGEON, "broadcast.speak.revoke", {"user": MENTOR}))


def draw(log, sender, recorder, path, t0, role=None):
    """Events of one stroke along path(u), as the hub would order them."""
    evs = recorder.down(*path(0.0), t0)
    for i in range(1, 30):
        evs += recorder.move(*path(i / 30), t0 + i * 0.01)
    evs += recorder.up(*path(1.0), t0 + 0.3)
    return [log(sender, k, b, **({"role": role} if role else {})) for k, b in evs]


def line(u):
    return 0.1 + 0.8 * u, 0.5


def test_drawing_rights_the_surgeon_a_granted_mentor_and_nobody_else():
    log = Log()
    st = opened(log)
    assert all(st.apply_all(draw(log, SURGEON, StrokeRecorder(id_prefix="a"), line, 1.0)))
    assert len(st.telestration.strokes) == 1
    for who in (MENTOR, TRAINEE, OTHER_SURGEON):  # not granted: every event refused
        evs = draw(log, who, StrokeRecorder(id_prefix="x"), line, 2.0)
        assert not any(st.apply_all(evs)), who
        assert "may not draw" in st.last_reason
    assert not st.apply(log(OTHER_SURGEON, "telestration.grant", {"user": OTHER_SURGEON}))
    assert "only the broadcasting surgeon" in st.last_reason
    assert not st.apply(log(TRAINEE, "telestration.grant", {"user": TRAINEE}))
    assert len(st.telestration.strokes) == 1 and not st.mentors

    assert st.apply(log(SURGEON, "telestration.grant", {"user": MENTOR}))
    assert st.may_draw(MENTOR) and st.mentors == {MENTOR}
    assert all(st.apply_all(draw(log, MENTOR, StrokeRecorder(id_prefix="m"), line, 3.0)))
    assert {s.sender for s in st.telestration.strokes.values()} == {SURGEON, MENTOR}
    assert st.apply(log(SURGEON, "telestration.revoke", {"user": MENTOR}))
    assert not any(st.apply_all(draw(log, MENTOR, StrokeRecorder(id_prefix="n"), line, 4.0)))
    assert st.apply(log(MENTOR, "strokes.clear", {"t": 5.0})) is False
    assert st.apply(log(SURGEON, "strokes.clear", {"t": 5.0}))
    assert st.telestration.strokes == {}


def test_malformed_and_out_of_order_events_change_nothing():
    log = Log()
    st = opened(log)
    assert st.apply(log(SURGEON, "broadcast.start"))
    good = st.digest()
    bad = [log(TRAINEE, "question.ask", {"text": 5}),
           log(TRAINEE, "question.ask", "a string body"),
           log(TRAINEE, "question.hand", {"raised": "yes"}),
           log(TRAINEE, "question.hand", {"raised": True, "extra": 1}),
           log(SURGEON, "question.answered", {}),
           log(TRAINEE, "chat", {"text": "x" * 30_000}),
           log(SURGEON, "broadcast.speak.grant", {"user": 7}),
           log(SURGEON, "stroke.begin", {"stroke_id": "s1", "colour": "red", "width": 0.01, "x": 0.5,
                                         "y": 0.5, "t": 1.0}),
           log(SURGEON, "stroke.begin", {"stroke_id": "s1", "colour": "#ff0000", "width": 0.01, "x": 2.0,
                                         "y": 0.5, "t": 1.0}),
           log(SURGEON, "stroke.points", {"stroke_id": "nope", "points": [[0.1, 0.1, 1.0]]}),
           log(SURGEON, "broadcast.hijack", {})]
    reference = BroadcastState(log.room)
    reference.apply_all(log.events[:2])
    for ev in bad:
        assert st.apply(ev) is False, ev
        assert st.last_reason
    assert st.last_seq == bad[-1].seq
    # Consumed in order, nothing else changed: the same content as before the bad events.
    reference.last_seq, reference.last_time = st.last_seq, st.last_time
    assert st.digest() == reference.digest() != good
    # Out of order: a duplicate is ignored, a gap refused (and not consumed).
    dup = log.events[1]
    assert not st.apply(dup) and "duplicate" in st.last_reason
    gap = Event(seq=st.last_seq + 5, sender=TRAINEE, kind="chat", body={"text": "hi"}, time=2000.0,
                sender_role="trainee")
    assert not st.apply(gap) and "missing" in st.last_reason and st.last_seq == bad[-1].seq
    eph = Event(seq=0, sender=TRAINEE, kind="chat", body={"text": "hi"}, time=2000.0, sender_role="trainee")
    assert not st.apply(eph) and "ephemeral" in st.last_reason
    other = Event(seq=st.last_seq + 1, sender=TRAINEE, kind="chat", body={"text": "hi"}, time=2000.0,
                  sender_role="trainee", room="broadcast-other")
    assert not st.apply(other) and "cannot be applied" in st.last_reason
    assert st.chat == []


def test_every_replica_and_a_late_replay_reach_the_same_digest():
    log = Log()
    a = opened(log)
    events = [log(SURGEON, "broadcast.start"),
              log(TRAINEE, "question.hand", {"raised": True}),
              log(TRAINEE, "question.ask", {"text": "Which energy device?", "language": "en"}),
              log(SURGEON, "telestration.grant", {"user": MENTOR}),
              *draw(log, MENTOR, StrokeRecorder(id_prefix="m"), line, 1.0),
              log(MENTOR, "stroke.begin", {"stroke_id": "m1", "colour": "#00ff00", "width": 0.01, "x": 0.1,
                                           "y": 0.1, "t": 2.0}),  # refused: m1 exists
              log(SURGEON, "question.answered", {"question": 4}),
              log(TRAINEE, "chat", {"text": "thanks"}),
              log(SURGEON, "broadcast.stop")]
    a.apply_all(events)
    b = BroadcastState(log.room)
    b.apply_all(log.events)
    assert a.digest() == b.digest()
    assert a.questions[0].answered and len(a.telestration.strokes) == 1 and not a.live
    # One more event makes them differ until the other has it too.
    last = log(TRAINEE, "chat", {"text": "bye"})
    assert a.apply(last) and a.digest() != b.digest()
    assert b.apply(last) and a.digest() == b.digest()


@pytest.mark.parametrize("kind", ["broadcast.start", "question.hand", "stroke.begin", "chat"])
def test_no_event_raises_whatever_its_body(kind):
    log = Log()
    st = opened(log)
    for body in (None, 3, [], {"text": None}, {"raised": None, "user": None}, {"x": float("nan")}):
        ev = log(TRAINEE, kind, body)
        st.apply(ev)  # never raises
    assert st.chat == [] and st.hands == {} and st.telestration.strokes == {} and not st.live
