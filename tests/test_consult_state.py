"""The consult's shared state: every participant applies the hub-ordered events to its own
ConsultState and must end in the same state, whatever arrives twice, late, or malformed."""

from __future__ import annotations

import random

import msgspec
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from comms.protocol import RoomEvent
from workstation.annotations import Annotation, add_op, delete_op, update_op
from workstation.consult import KINDS, ConsultState, Event

ROOM = "consult-0123456789ab"
BLOB = "5" * 64
SERIES = "2.25.111"

USERS = {  # user id -> (enrolment role, display name, hospital, country, language)
    "coord": ("coordinator", "Dr Lý Minh", "Nanning Hub", "CN", "zh"),
    "vn": ("specialist", "Nguyễn Thị Lan", "Bach Mai", "VN", "vi"),
    "th": ("specialist", "สมชาย ใจดี", "Siriraj", "TH", "th"),
    "la": ("specialist", "Souk Phommavong", "Mahosot", "LA", "lo"),
}


class Log:
    """What the hub does: stamp sender/role/time and number the events of the room in order."""

    def __init__(self, t0: float = 1_700_000_000.0):
        self.events: list[Event] = []
        self.t = t0

    def __call__(self, sender: str, kind: str, body: dict | None = None, dt: float = 1.0) -> Event:
        self.t += dt
        ev = Event(seq=len(self.events) + 1, sender=sender, kind=kind, body={} if body is None else body,
                   time=self.t, sender_role=USERS[sender][0], sender_name=USERS[sender][1], room=ROOM)
        self.events.append(ev)
        return ev


def join_body(user: str) -> dict:
    _, name, hospital, country, language = USERS[user]
    return {"name": name, "hospital": hospital, "country": country, "language": language}


def ann_add(owner: str, ann_id: str, x: float = 10.0) -> dict:
    a = Annotation(kind="length", points=[(0.0, 0.0, 0.0), (x, 0.0, 0.0)], owner=owner, id=ann_id,
                   series_uid=SERIES)
    return {"case_id": "case-1", "op": msgspec.to_builtins(add_op(a, at=0.0))}


def ann_op(op) -> dict:
    return {"case_id": "case-1", "op": msgspec.to_builtins(op)}


META = {"title": "Hepatobiliary MDT", "scheduled": 1_700_000_100.0, "coordinator": "coord",
        "participants": [{"user": u, "name": USERS[u][1], "hospital": USERS[u][2]} for u in USERS],
        "agenda": [{"case_id": "case-1", "title": "Liver lesion", "question": "HCC or haemangioma?",
                    "referring_hospital": "Bach Mai"}]}
SHARED = {"case_id": "case-1", "title": "Liver lesion", "question": "HCC or haemangioma?",
          "referring_hospital": "Bach Mai", "pseudonym": "SB-7F3A", "modality": "MR", "description": "Liver MR",
          "blob_id": BLOB, "size": 1234567, "series": [{"series_uid": SERIES, "n_images": 35, "modality": "MR",
                                                        "description": "t2_tse_sag"}]}


TIMES: dict[str, float] = {}


def scripted_log() -> tuple[Log, dict[int, str]]:
    """A whole consult; returns the log and, for the events that must be refused, a word of the reason."""
    log = Log()
    refused: dict[int, str] = {}

    def no(ev, why):
        refused[ev.seq] = why

    log("coord", "consult.join", join_body("coord"), dt=0)
    log("coord", "consult.meta", META)
    no(log("vn", "consult.meta", {**META, "title": "Hijacked"}), "may not change")
    log("vn", "consult.join", join_body("vn"), dt=60)           # t0+61
    th_join = log("th", "consult.join", join_body("th"), dt=60)
    log("vn", "consult.case.shared", SHARED)
    no(log("vn", "consult.case.shared", {**SHARED, "blob_id": "6" * 64}), "already shared")
    # presenter: request, handover, take back
    log("vn", "consult.presenter.request")
    no(log("vn", "consult.presenter.request"), "already asked")
    no(log("vn", "consult.presenter.handover", {"to": "vn"}), "not the presenter")
    log("coord", "consult.presenter.take")
    log("coord", "consult.presenter.handover", {"to": "vn"})
    no(log("coord", "consult.presenter.handover", {"to": "la"}), "has not joined")
    log("vn", "consult.view", {"case_id": "case-1", "series_uid": SERIES,
                               "view": {"position": [1.5, -20.0, 33.0], "window": 350.0, "level": 60.0}})
    no(log("th", "consult.view", {"case_id": "case-1", "series_uid": SERIES, "view": {"zoom": 4.0}}),
       "not the presenter")
    log("vn", "consult.view", {"case_id": "case-1", "series_uid": SERIES,
                               "view": {"zoom": 2.0, "camera": {"view_up": [0, 0, 1]}}})
    no(log("th", "consult.presenter.take"), "is presenting")
    log("coord", "consult.presenter.take")                      # a moderator takes it back
    # annotations from two users, one forged author, concurrent conflicting edits
    log("vn", "consult.annotation", ann_add("vn", "ann-vn", 12.0))
    th_ann = ann_add("th", "ann-th", 30.0)
    th_ann["op"]["author"] = "vn"                                # forged: the hub's sender wins
    th_ann["op"]["role"] = "administrator"
    log("th", "consult.annotation", th_ann)
    no(log("th", "consult.annotation", ann_add("vn", "ann-fake", 5.0)), "cannot add an annotation owned by vn")
    cur = Annotation(kind="length", points=[(0.0, 0.0, 0.0), (12.0, 0.0, 0.0)], owner="vn", id="ann-vn",
                     series_uid=SERIES, version=1)
    # vn and coord both edit version 1 at the same time: the first sequenced wins
    log("vn", "consult.annotation", ann_op(update_op(cur, "vn", points=[(0, 0, 0), (14.0, 0, 0)])))
    no(log("coord", "consult.annotation", ann_op(update_op(cur, "coord", role="coordinator",
                                                           points=[(0, 0, 0), (9.0, 0, 0)]))), "stale edit")
    no(log("th", "consult.annotation", ann_op(delete_op(cur.replace(version=2), "th"))), "only its owner")
    log("th", "consult.chat", {"text": "ยืนยันขนาด 14 มม.", "language": "th"})
    log("vn", "consult.chat", {"text": "Đồng ý, tổn thương 14 mm.", "language": "vi"})
    no(log("vn", "consult.chat", {"text": "   "}), "empty")
    log("th", "consult.key_image", {"case_id": "case-1", "series_uid": SERIES, "caption": "Tổn thương 14 mm",
                                    "view": {"position": [1.5, -20.0, 33.0], "active_view": "sagittal"}})
    no(log("th", "consult.key_image", {"case_id": "case-1", "view": {"active_view": "oblique"}}), "unknown view")
    # conclusion, then a stale concurrent edit
    concl = {"case_id": "case-1", "findings": "Khối 14 mm thùy phải gan.", "diagnosis": "Ung thư biểu mô tế bào gan",
             "recommendation": "Cắt gan phân thùy", "follow_up": "MRI sau 3 tháng",
             "responsible_clinician": "Nguyễn Thị Lan", "language": "vi", "base_version": 0}
    log("vn", "consult.conclusion", concl)
    no(log("th", "consult.conclusion", {**concl, "diagnosis": "Haemangioma", "language": "en"}), "stale")
    log("coord", "consult.conclusion", {**concl, "follow_up": "MRI sau 6 tuần", "base_version": 1})
    # leave / rejoin, presenter leaving
    th_leave = log("th", "consult.leave", dt=300)
    no(log("th", "consult.leave"), "not in the consult")
    log("th", "consult.join", join_body("th"), dt=120)
    log("th", "consult.presenter.request")
    log("coord", "consult.presenter.handover", {"to": "th"})
    log("th", "consult.leave", dt=100)                           # presenter leaves: nobody presents
    no(log("th", "consult.view", {"case_id": "case-1", "view": {"zoom": 3.0}}), "not the presenter")
    log("coord", "consult.ended", dt=200)
    TIMES.update(th_join=th_join.time, th_leave=th_leave.time)
    no(log("vn", "consult.chat", {"text": "one more thing"}), "ended")
    no(log("coord", "consult.key_image", {"case_id": "case-1", "caption": "late"}), "ended")
    no(log("vn", "consult.conclusion", {**concl, "base_version": 2}), "ended")
    log("coord", "consult.conclusion", {**concl, "recommendation": "Hội chẩn ngoại khoa", "base_version": 2})
    return log, refused


def run(state: ConsultState, events) -> list[tuple[bool, str]]:
    out = []
    for ev in events:
        ok = state.apply(ev)
        out.append((ok, state.last_reason))
    return out


def test_scripted_consult_gives_identical_state_on_two_participants():
    log, refused = scripted_log()
    a, b = ConsultState(ROOM), ConsultState(ROOM)
    ra, rb = run(a, log.events), run(b, log.events)
    assert ra == rb
    for ev, (ok, reason) in zip(log.events, ra):
        if ev.seq in refused:
            assert not ok, f"seq {ev.seq} {ev.kind} should be refused"
            assert refused[ev.seq] in reason, reason
        else:
            assert ok, f"seq {ev.seq} {ev.kind} refused: {reason}"
    assert a.digest() == b.digest()

    # What a participant sees at the end.
    assert a.meta.title == "Hepatobiliary MDT" and a.meta.coordinator == "coord"
    case = a.cases["case-1"]
    assert case.blob_id == BLOB and case.pseudonym == "SB-7F3A" and case.shared_by == "vn"
    assert [s.series_uid for s in case.series] == [SERIES]
    assert a.ended and a.presenter is None and a.presenter_requests == []
    # the followed view merged the presenter's partial views
    assert a.followed.case_id == "case-1" and a.followed.series_uid == SERIES
    assert a.followed.view == {"position": [1.5, -20.0, 33.0], "window": 350.0, "level": 60.0, "zoom": 2.0,
                               "camera": {"view_up": [0.0, 0.0, 1.0]}}
    # annotations: the first edit won, the forged author was replaced by the sender
    anns = {x.id: x for x in case.annotations.all()}
    assert set(anns) == {"ann-vn", "ann-th"}
    assert anns["ann-vn"].points[1] == (14.0, 0.0, 0.0) and anns["ann-vn"].version == 2
    assert anns["ann-th"].owner == "th" and anns["ann-th"].owner_name == "สมชาย ใจดี"
    # conclusion: version 3 after the end, the stale edit left no trace
    c = case.conclusion
    assert c.version == 3 and c.author == "coord" and c.language == "vi"
    assert c.diagnosis == "Ung thư biểu mô tế bào gan" and c.recommendation == "Hội chẩn ngoại khoa"
    assert [h.version for h in case.conclusion_history] == [1, 2]
    assert case.conclusion_history[1].follow_up == "MRI sau 6 tuần"
    assert case.conclusion_history[0].author_name == "Nguyễn Thị Lan"
    # key images are view state, numbered by their seq
    (ki,) = case.key_images
    assert ki.caption == "Tổn thương 14 mm" and ki.author == "th" and ki.id == str(next(
        e.seq for e in log.events if e.kind == "consult.key_image"))
    assert ki.view == {"position": [1.5, -20.0, 33.0], "active_view": "sagittal"}
    # chat
    assert [(m.sender, m.sender_name, m.language) for m in a.chat] == [("th", "สมชาย ใจดี", "th"),
                                                                       ("vn", "Nguyễn Thị Lan", "vi")]
    # attendance from the hub times: th joined at +121, left 300 s after the previous event, rejoined, left
    th = a.attendance["th"]
    assert len(th.sessions) == 2 and not th.present
    first, second = th.sessions
    assert first == [TIMES["th_join"], TIMES["th_leave"]]
    assert second[1] - second[0] == 102.0  # rejoined, request (+1 s), handover (+1 s), left (+100 s)
    assert th.seconds_present() == (TIMES["th_leave"] - TIMES["th_join"]) + 102.0
    assert th.first_join == first[0] and th.last_join == second[0] and th.left == second[1]
    # everyone still present when the consult ended was marked as leaving then
    assert a.attendance["vn"].left == a.ended_at and a.attendance["coord"].left == a.ended_at


def test_late_joiner_and_snapshot_reach_the_same_state():
    log, _ = scripted_log()
    live = ConsultState(ROOM)
    half = len(log.events) // 2
    run(live, log.events[:half])
    snap = live.snapshot()
    run(live, log.events[half:])
    late = ConsultState(ROOM)
    run(late, log.events)                                   # replays the whole log at once
    restored = ConsultState.from_snapshot(msgspec.json.decode(msgspec.json.encode(snap)))
    assert restored.last_seq == half
    run(restored, log.events[half:])
    assert late.digest() == live.digest() == restored.digest()
    assert restored.cases["case-1"].conclusion.version == 3


def test_duplicates_are_ignored_and_gaps_refused():
    log, _ = scripted_log()
    once, twice = ConsultState(ROOM), ConsultState(ROOM)
    run(once, log.events)
    for ev in log.events:
        twice.apply(ev)
        assert not twice.apply(ev)
        assert "duplicate" in twice.last_reason
    assert once.digest() == twice.digest()

    s = ConsultState(ROOM)
    run(s, log.events[:3])
    before = s.digest()
    assert not s.apply(log.events[5])
    assert "missing" in s.last_reason and "expected seq 4" in s.last_reason
    other_room = Event(4, "vn", "consult.chat", {"text": "wrong room"}, time=1.0, room="consult-other")
    assert not s.apply(other_room) and "room consult-other" in s.last_reason and s.last_seq == 3
    assert s.digest() == before and s.last_seq == 3
    assert all(s.apply(e) or e.seq == 3 for e in log.events[3:6])


def test_real_room_events_carry_the_trusted_sender_role():
    s = ConsultState(ROOM)

    def ev(seq, sender, role, kind, body):
        return RoomEvent(room=ROOM, seq=seq, sender=sender, kind=kind, body=body, time=100.0 + seq,
                         sender_role=role, sender_name=sender.upper())

    assert s.apply(ev(1, "adm", "administrator", "consult.join", {"name": "Admin"}))
    assert s.apply(ev(2, "sp", "specialist", "consult.join", {}))
    assert s.attendance["sp"].name == "SP"  # the hub-stamped name when the body has none
    assert s.apply(ev(3, "sp", "specialist", "consult.presenter.take", {}))  # nobody presents: anyone may
    assert not s.apply(ev(4, "sp2", "specialist", "consult.presenter.take", {}))
    assert s.apply(ev(5, "adm", "administrator", "consult.presenter.take", {}))  # a moderator, any time
    assert s.presenter == "adm"
    assert s.apply(ev(6, "adm", "administrator", "consult.presenter.release", {}))
    assert s.presenter is None
    # the first meta of an empty room: its sender created the room and may change it again
    assert s.apply(ev(7, "sp", "specialist", "consult.meta", {"title": "Tumour board", "coordinator": "adm"}))
    assert s.apply(ev(8, "sp", "specialist", "consult.meta", {"title": "Tumour board 2", "coordinator": "adm"}))
    # a body claiming a role changes nothing: only the hub-stamped sender_role counts
    assert not s.apply(ev(9, "sp2", "specialist", "consult.meta", {"title": "Mine", "sender_role": "administrator"}))
    assert "may not change" in s.last_reason and s.meta.title == "Tumour board 2"
    assert s.apply(ev(10, "adm", "administrator", "consult.meta", {"title": "Tumour board 3"}))
    assert s.meta.title == "Tumour board 3" and s.meta.coordinator == "adm"


def test_pointer_is_ephemeral_and_outside_the_digest():
    log, _ = scripted_log()
    s = ConsultState(ROOM)
    run(s, log.events[:6])
    before = s.digest()
    moved = []
    s.pointer_moved.connect(moved.append)
    assert s.apply(Event(0, "vn", "consult.pointer", {"case_id": "case-1", "view": "axial",
                                                      "position": [1.0, 2.0, 3.0]}, time=5.0))
    assert s.pointers["vn"].position == (1.0, 2.0, 3.0) and moved == ["vn"]
    assert s.digest() == before and s.last_seq == 6
    assert not s.apply(Event(0, "la", "consult.pointer", {"case_id": "case-1", "view": "axial",
                                                          "position": [0, 0, 0]}, time=5.0))
    assert "not joined" in s.last_reason
    assert not s.apply(Event(0, "vn", "consult.chat", {"text": "hi"}, time=5.0))
    assert s.apply(Event(0, "vn", "consult.pointer", {"case_id": "case-1", "view": "3d", "position": None}))
    assert s.pointers["vn"].position is None


def test_a_pointer_on_a_2d_image_names_the_image_and_frame():
    log, _ = scripted_log()
    s = ConsultState(ROOM)
    run(s, log.events[:6])
    body = {"case_id": "case-1", "view": "image", "position": [120.5, 80.5, 0.0], "sop_instance_uid": "1.2.3.4",
            "frame_number": 2}
    assert s.apply(Event(0, "vn", "consult.pointer", body, time=5.0))
    p = s.pointers["vn"]
    assert (p.sop_instance_uid, p.frame_number, p.position) == ("1.2.3.4", 2, (120.5, 80.5, 0.0))
    for bad, reason in (({"sop_instance_uid": ""}, "SOP Instance UID"), ({"frame_number": -1}, "frame"),
                        ({"position": [1.0, 2.0, 5.0]}, "z = 0"), ({"sop_instance_uid": "9" * 65}, "SOP Instance"),
                        ({"position": [float("nan"), 1.0, 0.0]}, "finite")):
        assert not s.apply(Event(0, "vn", "consult.pointer", {**body, **bad}, time=6.0))
        assert reason in s.last_reason
    assert s.pointers["vn"].position == (120.5, 80.5, 0.0)  # a refused pointer moves nothing
    # a volume view's pointer carries no image, whatever the body says
    assert s.apply(Event(0, "vn", "consult.pointer", {**body, "view": "axial", "position": [1.0, 2.0, 3.0]}))
    assert s.pointers["vn"].sop_instance_uid == "" and s.pointers["vn"].frame_number == 0


def test_image_pointers_show_on_their_own_image_and_frame_only():
    from types import SimpleNamespace

    from workstation.annotations.image import ImageMeasurements, ImagePoint, split_pointers

    m = ImageMeasurements()
    m.aliases["shared.1"] = "original.1"  # the case's copy -> this hospital's original
    header = SimpleNamespace(sop_instance_uid="original.1", frames=3)
    pointers = {"a": (ImagePoint("shared.1", 2, (10.0, 20.0, 0.0)), (1, 0, 0), "A"),
                "b": (ImagePoint("shared.1", 3, (5.0, 5.0, 0.0)), (0, 1, 0), "B"),  # another frame
                "c": (ImagePoint("other", 2, (5.0, 5.0, 0.0)), (0, 0, 1), "C"),  # another image
                "d": ((1.0, 2.0, 3.0), (1, 1, 0), "D")}  # in a volume
    assert m.pointers_on_frame(pointers, header, 1) == {"a": ((10.0, 20.0, 0.0), (1, 0, 0), "A")}
    assert m.pointers_on_frame(pointers, header, 0) == {}
    volume, images = split_pointers(pointers)
    assert set(volume) == {"d"} and set(images) == {"a", "b", "c"}


MALFORMED = [
    ("consult.meta", {}, "title"),
    ("consult.meta", {"title": 7}, "title"),
    ("consult.meta", {"title": "x", "agenda": [{"title": "no id"}]}, "case_id"),
    ("consult.meta", {"title": "x", "agenda": "case-1"}, "agenda"),
    ("consult.case.shared", {"case_id": "case-2"}, "blob_id"),
    ("consult.case.shared", {"case_id": "case-2", "blob_id": "not-a-hash"}, "sha256"),
    ("consult.case.shared", {"case_id": "case-2", "blob_id": BLOB, "series": [{"n_images": 3}]}, "series_uid"),
    ("consult.join", {"name": ["a"]}, "name"),
    ("consult.presenter.handover", {}, "to"),
    ("consult.presenter.handover", {"to": None}, "to"),
    ("consult.view", {"view": {}}, "case_id"),
    ("consult.view", {"case_id": "nope", "view": {}}, "unknown case"),
    ("consult.view", {"case_id": "case-1", "series_uid": "9.9", "view": {}}, "no series"),
    ("consult.view", {"case_id": "case-1", "view": {"position": [1, 2]}}, "position"),
    ("consult.view", {"case_id": "case-1", "view": {"position": [1, 2, float("nan")]}}, "finite"),
    ("consult.view", {"case_id": "case-1", "view": {"zoom": "big"}}, "zoom"),
    ("consult.view", {"case_id": "case-1", "view": {"layout": "9x9"}}, "layout"),
    ("consult.view", {"case_id": "case-1", "view": {"colour": "red"}}, "colour"),
    ("consult.view", {"case_id": "case-1", "view": {"camera": {"roll": 3}}}, "roll"),
    ("consult.view", {"case_id": "case-1", "view": "all of it"}, "view"),
    ("consult.annotation", {"op": {}}, "case_id"),
    ("consult.annotation", {"case_id": "nope", "op": {}}, "unknown case"),
    ("consult.annotation", {"case_id": "case-1"}, "op"),
    ("consult.annotation", {"case_id": "case-1", "op": {"action": "add"}}, "annotation_id"),
    ("consult.annotation", {"case_id": "case-1", "op": {"action": "explode", "annotation_id": "a"}}, "action"),
    ("consult.annotation", {"case_id": "case-1", "op": {"action": "add", "annotation_id": "a",
                                                        "annotation": {"kind": "length", "points": [[0, 0, 0]]}}},
     "2 points"),
    ("consult.chat", {}, "text"),
    ("consult.chat", {"text": 3}, "text"),
    ("consult.chat", {"text": "x" * 30_000}, "too long"),
    ("consult.conclusion", {"case_id": "case-1", "diagnosis": "x"}, "base_version"),
    ("consult.conclusion", {"case_id": "case-1", "diagnosis": "x", "base_version": "0"}, "base_version"),
    ("consult.conclusion", {"case_id": "case-1", "base_version": 0}, "empty"),
    ("consult.conclusion", {"case_id": "nope", "diagnosis": "x", "base_version": 0}, "unknown case"),
    ("consult.key_image", {"case_id": "nope"}, "unknown case"),
    ("consult.ended", {}, "only the coordinator"),
    ("consult.teleport", {}, "unknown event kind"),
    ("consult.pointer", {"case_id": "case-1", "view": "axial"}, "ephemeral"),
]


def _without_order(state: ConsultState) -> dict:
    snap = state.snapshot()
    del snap["last_seq"], snap["last_time"]
    for d, case in zip(snap["cases"], state.cases.values()):
        d["annotations"] = case.annotations.state_digest()
    return snap


@pytest.mark.parametrize("kind,body,word", MALFORMED, ids=[f"{k}-{w}" for k, _, w in MALFORMED])
def test_malformed_event_is_refused_with_a_reason_and_changes_nothing(kind, body, word):
    log, _ = scripted_log()
    s = ConsultState(ROOM)
    run(s, log.events[:12])  # meta, joins, shared case, vn presents
    assert s.presenter == "vn"
    before = _without_order(s)
    sender, role = ("coord", "coordinator") if kind == "consult.meta" else ("vn", "specialist")
    ev = Event(13, sender, kind, body, time=log.events[11].time + 1, sender_role=role)
    assert s.apply(ev) is False
    assert word in s.last_reason, s.last_reason
    assert _without_order(s) == before
    assert s.last_seq == 13  # consumed: every replica refused it the same way


def test_objects_that_are_not_events_are_refused():
    s = ConsultState(ROOM)
    for thing in (None, object(), Event("1", "a", "consult.chat", {"text": "x"}),
                  Event(1, "", "consult.chat", {"text": "x"}), Event(1, "a", "consult.chat", None),
                  Event(1, "a", "consult.chat", {"text": "x"}, time=float("inf"))):
        assert s.apply(thing) is False and s.last_reason
    assert s.last_seq == 1  # only the in-order event with a bad body/time consumed seq 1


# -- property tests ------------------------------------------------------------------------------

def _intents(draw_users: list[str], rng: random.Random) -> list[tuple[str, str, dict]]:
    """Independent things several users do at once (some conflicting), before the hub orders them."""
    out = []
    for u in draw_users:
        out.append((u, "consult.join", join_body(u)))
        out.append((u, "consult.chat", {"text": f"hello from {u}", "language": USERS[u][4]}))
        out.append((u, "consult.annotation", ann_add(u, f"ann-{u}", 5.0 + len(u))))
        own = Annotation(kind="length", points=[(0.0, 0.0, 0.0), (5.0 + len(u), 0.0, 0.0)], owner=u,
                         id=f"ann-{u}", series_uid=SERIES, version=1)
        # everybody edits the first user's annotation and their own: conflicting edits
        target = own if rng.random() < 0.5 else own.replace(id=f"ann-{draw_users[0]}", owner=draw_users[0])
        out.append((u, "consult.annotation", ann_op(update_op(target, u, points=[(0, 0, 0), (rng.uniform(1, 50),
                                                                                         0, 0)]))))
        out.append((u, "consult.presenter.take", {}))
        out.append((u, "consult.view", {"case_id": "case-1", "series_uid": SERIES,
                                        "view": {"zoom": float(1 + draw_users.index(u))}}))
        out.append((u, "consult.conclusion", {"case_id": "case-1", "diagnosis": f"opinion of {u}",
                                              "language": USERS[u][4], "base_version": rng.choice([0, 1])}))
        out.append((u, "consult.presenter.request", {}))
        if rng.random() < 0.5:
            out.append((u, "consult.leave", {}))
    return out


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(users=st.lists(st.sampled_from(sorted(USERS)), min_size=2, max_size=4, unique=True),
       seed=st.integers(0, 2**32 - 1), data=st.data())
def test_any_hub_order_of_independent_ops_gives_identical_replicas(users, seed, data):
    rng = random.Random(seed)
    log = Log()
    log("coord", "consult.meta", META)
    log("vn", "consult.case.shared", SHARED)
    intents = _intents(users, rng)
    order = data.draw(st.permutations(range(len(intents))))  # the hub's order of the concurrent publishes
    for i in order:
        sender, kind, body = intents[i]
        log(sender, kind, body)
    events = log.events

    in_order = ConsultState(ROOM)
    results = run(in_order, events)
    assert results[0][0] and results[1][0]

    # A replica on a lossy link: events arrive shuffled and duplicated; the reducer refuses gaps and
    # duplicates, the client redelivers (resumes) what was not applied yet.
    lossy = ConsultState(ROOM)
    pending = events + [rng.choice(events) for _ in range(5)]
    rounds = 0
    while lossy.last_seq < len(events):
        rng.shuffle(pending)
        for ev in pending:
            lossy.apply(ev)
        pending = [e for e in events if e.seq > lossy.last_seq]
        rounds += 1
        assert rounds <= len(events) + 1

    cut = data.draw(st.integers(0, len(events)))
    partial = ConsultState(ROOM)
    run(partial, events[:cut])
    late = ConsultState.from_snapshot(partial.snapshot())
    run(late, events[cut:])

    assert in_order.digest() == lossy.digest() == late.digest()
    # invariants every replica relies on
    s = in_order
    assert s.presenter is None or s.is_present(s.presenter)
    assert all(s.is_present(u) for u in s.presenter_requests)
    assert s.presenter not in s.presenter_requests
    case = s.cases["case-1"]
    n_conclusions = sum(1 for ev, (ok, _) in zip(events, results) if ok and ev.kind == "consult.conclusion")
    assert (case.conclusion.version if case.conclusion else 0) == n_conclusions
    if s.followed.case_id:
        assert s.followed.presenter in users


JSON = st.recursive(st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=8),
                    lambda kids: st.lists(kids, max_size=4) | st.dictionaries(st.text(max_size=8), kids, max_size=4),
                    max_leaves=12)
FIELDS = ["case_id", "op", "view", "text", "title", "to", "position", "agenda", "base_version", "diagnosis",
          "blob_id", "series", "series_uid", "camera", "annotation", "action", "annotation_id", "points"]


@settings(max_examples=150, deadline=None)
@given(kind=st.sampled_from(sorted(KINDS)),
       body=st.dictionaries(st.sampled_from(FIELDS), JSON, max_size=6) | JSON,
       role=st.sampled_from(["specialist", "coordinator", ""]),
       seq=st.sampled_from([0, 13, 14]))
def test_fuzzed_bodies_never_raise_nor_corrupt(kind, body, role, seq):
    log, _ = scripted_log()
    s = ConsultState(ROOM)
    run(s, log.events[:12])
    before = _without_order(s)
    ok = s.apply(Event(seq, "vn", kind, body, time=log.events[11].time + 1, sender_role=role))
    if not ok:
        assert s.last_reason
        assert _without_order(s) == before
    s.digest()  # still serialisable
