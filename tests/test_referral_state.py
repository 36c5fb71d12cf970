"""The referral's reducer, the worklist and the policy of who sees and does what -- no link, no clock."""

from __future__ import annotations

import pytest

from workstation import policy
from workstation.referral import (DEFAULT_TARGET_HOURS, Event, ReferralState, Worklist, decode_targets,
                                  encode_targets, targets_from_config)

REFERRER, CONSULTANT, OTHER, COORD = "dr-tran", "dr-li", "dr-kim", "coord-ha"
META = {"specialty": "Radiology", "urgency": "urgent", "question": "Tumour or abscess?", "history": "fever",
        "language": "vi", "referring_hospital": "Bach Mai", "referrer_name": "Dr Tran"}
STUDY = {"blob_id": "a" * 64, "size": 1000, "pseudonym": "SB123", "modality": "MR", "description": "Brain",
         "series": [{"series_uid": "1.2.3", "n_images": 35}],
         "attachments": [{"name": "note.pdf", "size": 10, "media_type": "application/pdf"}]}


class Log:
    """Hub-ordered events of one referral room."""

    def __init__(self):
        self.events: list[Event] = []

    def add(self, sender, kind, body=None, role="specialist", t=None):
        seq = len(self.events) + 1
        self.events.append(Event(seq=seq, sender=sender, kind=kind, body={} if body is None else body,
                                 time=1000.0 + seq if t is None else t, sender_role=role,
                                 sender_name=sender.upper(), room="referral-1"))
        return self.events[-1]


def fed(log: Log) -> ReferralState:
    s = ReferralState("referral-1")
    s.apply_all(log.events)
    return s


def full_log() -> Log:
    log = Log()
    log.add(REFERRER, "referral.meta", META)
    log.add(REFERRER, "referral.study", STUDY)
    log.add(CONSULTANT, "referral.claim")
    log.add(REFERRER, "referral.message", {"text": "Any prior CT?", "language": "en"})
    log.add(CONSULTANT, "referral.report", {"base_version": 0, "findings": "f1", "impression": "i1"})
    log.add(CONSULTANT, "referral.report", {"base_version": 1, "findings": "Khối 2 cm", "impression": "Áp xe",
                                            "recommendation": "DWI", "language": "vi", "signed": True,
                                            "original": {"language": "zh-Hans", "impression": "脑脓肿"}})
    log.add(REFERRER, "referral.ack")
    return log


def test_statuses_along_the_way_and_the_timeline():
    log, seen = full_log(), []
    s = ReferralState("referral-1")
    s.status_changed.connect(seen.append)
    assert s.status == "composed"
    assert all(s.apply_all(log.events))
    assert seen == ["sent", "received", "claimed", "reported", "acknowledged"]
    assert s.specialty == "radiology" and s.urgency == "urgent" and s.language == "vi"
    assert s.claimed_by == CONSULTANT and s.claimed_by_name == CONSULTANT.upper()
    assert s.report.version == 2 and s.report.signed and s.report.original.impression == "脑脓肿"
    assert [r.version for r in s.report_history] == [1]
    assert [st.status for st in s.timeline] == ["sent", "received", "claimed", "message", "draft", "reported",
                                                 "acknowledged"]
    assert s.deadline() == 1001.0 + 24 * 3600
    assert s.listing()["status"] == "acknowledged" and s.listing()["pseudonym"] == "SB123"


def test_replay_and_duplicates_reach_the_same_state():
    log = full_log()
    a, b = fed(log), ReferralState("referral-1")
    for ev in log.events + log.events[2:5]:  # a resent backlog: duplicates ignored
        b.apply(ev)
    assert a.digest() == b.digest()
    c = ReferralState("referral-1")
    assert not c.apply(log.events[1]) and "missing" in c.last_reason  # a gap is refused


@pytest.mark.parametrize("events, reason", [
    ([(CONSULTANT, "referral.claim", {})], "not been described"),
    ([(REFERRER, "referral.meta", META), (REFERRER, "referral.meta", META)], "already described"),
    ([(REFERRER, "referral.meta", {**META, "urgency": "whenever"})], "urgency"),
    ([(REFERRER, "referral.meta", {**META, "question": "   "})], "question is empty"),
    ([(REFERRER, "referral.meta", {**META, "specialty": ""})], "specialty"),
    ([(REFERRER, "referral.meta", {**META, "question": "x" * 20_001})], "too long"),
    ([(REFERRER, "referral.meta", ["not", "a", "map"])], "not a mapping"),
    ([(REFERRER, "referral.meta", META), (OTHER, "referral.study", STUDY)], "only the referrer"),
    ([(REFERRER, "referral.meta", META), (REFERRER, "referral.study", {**STUDY, "blob_id": "x"})], "sha256"),
    ([(REFERRER, "referral.meta", META), (REFERRER, "referral.claim", {})], "own referral"),
    ([(REFERRER, "referral.meta", META), (CONSULTANT, "referral.claim", {}), (OTHER, "referral.claim", {})],
     "already claimed by"),
    ([(REFERRER, "referral.meta", META), (CONSULTANT, "referral.report",
                                          {"base_version": 0, "findings": "f", "impression": "i"})], "claim"),
    ([(REFERRER, "referral.meta", META), (CONSULTANT, "referral.claim", {}),
      (CONSULTANT, "referral.report", {"base_version": 3, "findings": "f", "impression": "i"})], "stale"),
    ([(REFERRER, "referral.meta", META), (CONSULTANT, "referral.claim", {}),
      (CONSULTANT, "referral.report", {"base_version": 0, "findings": "f", "impression": "", "signed": True})],
     "needs findings and an impression"),
    ([(REFERRER, "referral.meta", META), (REFERRER, "referral.ack", {})], "no signed report"),
    ([(REFERRER, "referral.meta", META), (OTHER, "referral.release", {})], "nobody has claimed"),
    ([(REFERRER, "referral.meta", META), (REFERRER, "referral.mdt", {"consult": "broadcast-x"})], "not a consult"),
    ([(REFERRER, "referral.meta", META), (REFERRER, "referral.bogus", {})], "unknown event kind"),
])
def test_refusals_say_why_and_change_nothing(events, reason):
    log = Log()
    for sender, kind, body in events:
        log.add(sender, kind, body)
    s = ReferralState("referral-1")
    s.apply_all(log.events[:-1])
    before = s.digest()
    assert not s.apply(log.events[-1])
    assert reason in s.last_reason
    s2 = ReferralState("referral-1")
    s2.apply_all(log.events[:-1])
    s2.last_seq = s.last_seq  # the refused event is consumed (every replica refuses it alike)
    assert s.digest() == s2.digest() and s.digest() != "" and before != ""


def test_a_signed_report_is_final_and_release_gives_the_case_back():
    log = Log()
    log.add(REFERRER, "referral.meta", META)
    log.add(CONSULTANT, "referral.claim")
    log.add(CONSULTANT, "referral.release")
    log.add(OTHER, "referral.claim")
    log.add(OTHER, "referral.report", {"base_version": 0, "findings": "f", "impression": "i", "signed": True})
    log.add(OTHER, "referral.report", {"base_version": 1, "findings": "changed", "impression": "i"})
    log.add(COORD, "referral.release", role="coordinator")
    s = ReferralState("referral-1")
    results = s.apply_all(log.events)
    assert results == [True, True, True, True, True, False, False]
    assert s.claimed_by == OTHER and s.report.findings == "f" and s.status == "reported"


def test_worklist_sorts_by_urgency_then_waiting_time_and_counts_down():
    targets = targets_from_config({"urgent_hours": 24, "emergency_hours": 2})
    w = Worklist()
    rows = [("referral-a", "routine", 100.0, "received"), ("referral-b", "urgent", 300.0, "received"),
            ("referral-c", "urgent", 200.0, "claimed"), ("referral-d", "emergency", 500.0, "sent"),
            ("referral-e", "emergency", 50.0, "reported")]
    for seq, (room, urgency, created, status) in enumerate(rows, 1):
        assert w.apply_listing({"room": room, "urgency": urgency, "created": created, "status": status,
                                "specialty": "radiology"}, seq)
    assert [r.room for r in w.rows(now=1000.0)] == ["referral-d", "referral-c", "referral-b", "referral-a",
                                                    "referral-e"]
    d = w.rows_by_room["referral-d"]
    assert d.time_left(1000.0, targets) == 500.0 + 7200 - 1000.0
    assert d.overdue(500.0 + 7201, targets) and not d.overdue(1000.0, targets)
    assert w.rows_by_room["referral-e"].time_left(1000.0, targets) is None  # answered: no clock
    # an older line never replaces a newer one; garbage is ignored
    assert not w.apply_listing({"room": "referral-d", "status": "received"}, 2)
    assert not w.apply_listing({"room": 7}, 99)
    assert w.apply_listing({"room": "referral-x", "urgency": {"x": 1}, "status": "bogus", "created": "yesterday"}, 9)
    x = w.rows_by_room["referral-x"]
    assert (x.urgency, x.status, x.created) == ("routine", "sent", None)


def test_targets_from_hub_toml_and_the_welcome():
    assert targets_from_config(None) == {u: h * 3600 for u, h in DEFAULT_TARGET_HOURS.items()}
    t = targets_from_config({"routine_hours": 48, "emergency_hours": 0.5})
    assert decode_targets(encode_targets(t)) == t
    assert decode_targets("routine=abc,emergency=-1,bogus=3") == decode_targets(None)
    for bad in ({"urgent_hours": 0}, {"urgent_hours": "soon"}, {"weekly_hours": 1}, {"routine_hours": True}):
        with pytest.raises(ValueError):
            targets_from_config(bad)


def test_policy_admits_the_referring_hospital_and_the_specialty_only():
    room = policy.Room("referral-1", "referral", REFERRER,
                       policy.Access.parse({"users": [REFERRER], "hospitals": ["Bach Mai"],
                                            "specialties": ["Radiology"]}))
    assert room.access.specialties == {"radiology"}
    consultant = policy.Person(CONSULTANT, "specialist", "Hub", frozenset({"radiology", "oncology"}))
    colleague = policy.Person("dr-nam", "specialist", "Bach Mai")
    outsider = policy.Person(OTHER, "specialist", "Hub", frozenset({"cardiology"}))
    coordinator = policy.Person(COORD, "coordinator", "Hub")
    trainee = policy.Person("t1", "trainee", "Bach Mai")
    assert not policy.admits(room, consultant) and not policy.admits(room, colleague)
    assert not policy.admits(room, coordinator)
    assert "not invited" in policy.admits(room, outsider)
    assert "may not join" in policy.admits(room, trainee)
    assert policy.may_see_listing(room, consultant) and not policy.may_see_listing(room, outsider)
    # consultants claim and report; the referring side describes and acknowledges
    assert not policy.refuses_publish(room, consultant, "referral.claim")
    assert "consultant" in policy.refuses_publish(room, colleague, "referral.claim")
    assert "referring hospital" in policy.refuses_publish(room, consultant, "referral.ack")
    assert not policy.refuses_publish(room, colleague, "referral.ack")
    assert not policy.refuses_publish(room, consultant, "referral.message")
    assert not policy.refuses_publish(room, coordinator, "referral.report")
    # a status line in the directory may come from anyone the referral admits
    assert policy.may_list(room, consultant) and not policy.may_list(room, outsider)
    assert policy.Access.from_entries(room.access.entries()) == room.access
    with pytest.raises(policy.PolicyError):
        policy.Access.parse({"specialties": "radiology"})
