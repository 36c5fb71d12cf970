"""The hub link end to end: a real hub process, real CURVE sockets, real LinkClients."""

from __future__ import annotations

import json
import subprocess
import sys
import time
from pathlib import Path

import msgspec
import pytest
import zmq

from comms import protocol as P
from comms.client import LinkClient
from comms.local import RawPeer, start_local_hub
from comms.store import Store
from helpers import wait_for

ROOT = Path(__file__).resolve().parent.parent



def audit(hub, action=None, user=None):
    s = Store(hub.data_dir)
    try:
        return s.audit_entries(action, user)
    finally:
        s.close()


class Recorder:
    """What the application would see from a LinkClient."""

    def __init__(self, client: LinkClient):
        self.events: list[P.RoomEvent] = []
        self.errors: list[str] = []
        self.states: list[str] = []
        client.event_received.connect(self.events.append)
        client.error.connect(self.errors.append)
        client.state_changed.connect(self.states.append)

    def seqs(self, room):
        return [e.seq for e in self.events if e.room == room]



@pytest.fixture
def clients(tmp_path):
    made = []

    def make(bundle, name=None):
        c = LinkClient(bundle, tmp_path / "clients" / (name or bundle["user_id"]))
        rec = Recorder(c)
        made.append(c)
        c.start()
        return c, rec

    yield make
    for c in made:
        c.stop()


def test_two_users_share_a_room_in_order_with_presence(hub, clients):
    lan, lan_rec = clients(hub.enrol("Dr Lan", "specialist", "Bach Mai", "VN", "vi"))
    som, som_rec = clients(hub.enrol("Dr Somchai", "surgeon", "Siriraj", "TH", "th"))
    assert wait_for(lambda: lan.state == "online")
    lan.create_room("consult-42", "consult", access={"hospitals": ["Siriraj"]})  # she invites his hospital
    lan.join("consult-42")
    assert wait_for(lambda: lan.presence("consult-42"))
    som.join("consult-42")
    assert wait_for(lambda: len(lan.presence("consult-42")) == 2 and len(som.presence("consult-42")) == 2)
    assert lan.state == som.state == "online"

    members = {m.name: m for m in som.presence("consult-42")}
    assert members["Dr Lan"].hospital == "Bach Mai" and members["Dr Lan"].country == "VN"
    assert members["Dr Lan"].role == "specialist" and members["Dr Somchai"].role == "surgeon"

    sent = [lan.publish("consult-42", "chat", {"text": f"slice {i}"}) for i in range(30)]
    sent.append(som.publish("consult-42", "annotation.add", {"point": [1.5, -2.0, 30.0]}))
    for rec in (lan_rec, som_rec):
        assert wait_for(lambda: len(rec.seqs("consult-42")) == 31)
        assert rec.seqs("consult-42") == list(range(1, 32))
    from_lan = [e for e in som_rec.events if e.sender == lan.user_id]
    assert [e.body["text"] for e in from_lan] == [f"slice {i}" for i in range(30)]
    assert [e.seq for e in som_rec.events] == [e.seq for e in lan_rec.events]  # same order for everyone
    assert {e.client_msg_id for e in som_rec.events} == set(sent)
    assert wait_for(lambda: lan.outbox_size() == 0)
    assert lan.last_seq("consult-42") == 31
    assert wait_for(lambda: lan.rtt_ms is not None, 3)
    # presence carries each member's link quality (the RTT they measured)
    assert wait_for(lambda: all(m.rtt_ms is not None for m in som.presence("consult-42")), 6)
    # the sharing publish is audited, the chat is not
    pubs = audit(hub, "publish")
    assert len(pubs) == 1 and json.loads(pubs[0]["detail"])["kind"] == "annotation.add"

    som.leave("consult-42")
    assert wait_for(lambda: [m.name for m in lan.presence("consult-42")] == ["Dr Lan"])


def test_trainee_is_viewer_and_forbidden_publish_is_refused_and_audited(hub, clients):
    teacher, _ = clients(hub.enrol("Dr Minh", "specialist", "Cho Ray", "VN"))
    student, srec = clients(hub.enrol("Ms Souk", "trainee", "Mahosot", "LA", "lo"))
    assert wait_for(lambda: teacher.state == "online")
    teacher.create_room("course-ct", "cohort", access={"roles": ["trainee"]})  # a cohort for every trainee
    teacher.join("course-ct", kind="cohort")
    assert wait_for(lambda: teacher.presence("course-ct"))
    student.join("course-ct", kind="cohort")
    assert wait_for(lambda: student.room_role("course-ct") == "viewer")
    ok = student.publish("course-ct", "question", {"text": "why this window?"})
    bad = student.publish("course-ct", "consult.start", {})
    assert wait_for(lambda: any("may not publish 'consult.start'" in e for e in srec.errors))
    assert wait_for(lambda: student.outbox_size() == 0)  # the refused one is not retried forever
    assert wait_for(lambda: [e.client_msg_id for e in srec.events] == [ok])
    refusals = audit(hub, "refused", student.user_id)
    assert any(json.loads(r["detail"])["ref"] == bad for r in refusals)
    # a trainee may not enter a consult room at all
    student.join("consult-private", kind="consult")
    assert wait_for(lambda: any("may not" in e and "consult-private" in e for e in srec.errors))
    assert student.presence("consult-private") == []


def test_unknown_key_cannot_connect(hub, clients, tmp_path):
    real = hub.enrol("Dr Real", "specialist")
    pub, sec = zmq.curve_keypair()
    fake = dict(real, user_id="intruder", public_key=pub.decode(), secret_key=sec.decode())
    c, rec = clients(fake, "intruder")
    assert wait_for(lambda: c.state == "refused", 10)
    assert "online" not in rec.states
    denied = audit(hub, "zap.denied")
    assert any(json.loads(d["detail"])["key"] == pub.decode() for d in denied)
    assert "zap.denied" in (hub.data_dir / "hub.log").read_text()


def test_revocation_cuts_a_live_client_and_refuses_reconnect(hub, clients):
    lan, _ = clients(hub.enrol("Dr Lan", "specialist", "Bach Mai", "VN"))
    bad_bundle = hub.enrol("Dr Gone", "specialist", "Somewhere", "KH")
    gone, grec = clients(bad_bundle)
    assert wait_for(lambda: lan.state == "online")
    lan.create_room("r1", "consult", access={"hospitals": ["Somewhere"]})  # Dr Gone's hospital is invited
    lan.join("r1")
    assert wait_for(lambda: lan.room_role("r1") is not None)  # created before his join (which would create it)
    gone.join("r1")
    assert wait_for(lambda: len(lan.presence("r1")) == 2)
    out = subprocess.run([sys.executable, "-m", "comms.hub_cli", "revoke", "--data", str(hub.data_dir),
                          gone.user_id], cwd=ROOT, capture_output=True, text=True, timeout=60)
    assert out.returncode == 0, out.stderr
    assert wait_for(lambda: gone.state == "revoked", 5)
    assert wait_for(lambda: [m.name for m in lan.presence("r1")] == ["Dr Lan"], 5)
    again, arec = clients(bad_bundle, "gone-again")
    assert wait_for(lambda: again.state == "refused", 10)
    assert "online" not in arec.states
    assert audit(hub, "revoked", gone.user_id)
    assert audit(hub, "zap.denied", gone.user_id)


def test_other_major_version_is_refused_with_a_clear_reason(hub):
    bundle = hub.enrol("Dr Future", "specialist")
    peer = RawPeer(bundle)
    try:
        h = msgspec.msgpack.encode(dict(id=P.new_id(), type="hello", version="2.0", sender=bundle["user_id"],
                                        session=P.new_id(), time=time.time(), seq=1))
        c = msgspec.msgpack.encode({"client": "silkbridge-2"})
        peer.send_frames([P.sign(peer.key, [h, c]), h, c])
        got = peer.recv_type(P.Refused)
        assert got is not None
        assert got.reason == "protocol version 2.0 not supported (hub speaks 1.x)"
        assert audit(hub, "refused", bundle["user_id"])
        # the hub still serves the same user speaking 1.0
        peer.send(P.Hello())
        assert peer.recv_type(P.Welcome) is not None
    finally:
        peer.close()


def test_unknown_optional_fields_are_ignored(hub):
    bundle = hub.enrol("Dr Newer", "specialist")
    peer = RawPeer(bundle)
    session = P.new_id()

    def send(type_, content, seq):
        h = msgspec.msgpack.encode(dict(id=P.new_id(), type=type_, version="1.7", sender=bundle["user_id"],
                                        session=session, time=time.time(), seq=seq, priority="high"))
        c = msgspec.msgpack.encode(content)
        peer.send_frames([P.sign(peer.key, [h, c]), h, c])

    try:
        send("hello", {"client": "newer", "capabilities": ["video", "ar"]}, 1)
        assert peer.recv_type(P.Welcome) is not None
        send("join", {"room": "x", "kind": "consult", "after_seq": 0, "mood": "curious"}, 2)
        assert peer.recv_type(P.Joined) is not None
        send("publish", {"room": "x", "kind": "chat", "body": {"t": 1}, "client_msg_id": "m1", "ttl": 3}, 3)
        ack = peer.recv_type(P.Ack)
        assert ack is not None and ack.room_seq == 1
    finally:
        peer.close()


def test_bad_frames_are_dropped_audited_and_hub_keeps_serving(tmp_path, clients):
    data = tmp_path / "hub"
    data.mkdir()
    (data / "hub.toml").write_text('max_message_bytes = 65536\nheartbeat_timeout_s = 5.0\n')
    hub = start_local_hub(data)
    try:
        bundle = hub.enrol("Mallory", "specialist")
        peer = RawPeer(bundle)
        peer.send(P.Hello())
        assert peer.recv_type(P.Welcome) is not None
        peer.send(P.JoinRoom(room="r"))
        assert peer.recv_type(P.Joined) is not None

        peer.send_frames([b"only-one-frame"])  # malformed
        peer.send_frames([b"sig", b"\xc1\xff not msgpack", b"x"])  # malformed header
        h, c = peer.signer.header("publish"), P.encode(P.Publish(room="r", kind="chat", body={}, client_msg_id="u"))
        peer.send_frames([b"", h, c])  # unsigned
        h, c = peer.signer.header("publish"), P.encode(P.Publish(room="r", kind="chat", body={}, client_msg_id="b"))
        peer.send_frames([P.sign(b"not-my-secret", [h, c]), h, c])  # bad signature
        good = peer.send(P.Publish(room="r", kind="chat", body={"n": 1}, client_msg_id="g1"))
        assert peer.recv_type(P.Ack) is not None
        peer.send_frames(good)  # replayed verbatim
        peer.send(P.Publish(room="r", kind="chat", body={}, client_msg_id="big"), [b"x" * 40000] * 3)  # oversized

        lan, rec = clients(hub.enrol("Dr Lan", "specialist"))
        lan.join("r")
        lan.publish("r", "chat", {"text": "still there?"})
        assert wait_for(lambda: rec.seqs("r") == [1, 2])

        reasons = [json.loads(a["detail"])["reason"] for a in audit(hub, "message.dropped", bundle["user_id"])]
        for expected in ("malformed: 1 frames", "malformed header", "unsigned", "bad signature", "replayed",
                         "oversized"):
            assert any(r.startswith(expected) for r in reasons), (expected, reasons)
        # exactly one event stored for the attacker: the genuine one
        s = Store(data)
        assert [e.client_msg_id for e in s.events_after("r", 0)] == ["g1", lan_msgs(rec)]
        s.close()
        peer.close()
    finally:
        assert hub.stop() == 0


def lan_msgs(rec):
    return rec.events[-1].client_msg_id


def test_restarted_client_resumes_from_its_last_seq(hub, tmp_path):
    pub_b = hub.enrol("Dr Pub", "specialist")
    sub_b = hub.enrol("Dr Sub", "specialist")
    pub = LinkClient(pub_b, tmp_path / "pub").start()
    sub = LinkClient(sub_b, tmp_path / "sub")
    rec1 = Recorder(sub)
    sub.start()
    try:
        pub.join("r")
        sub.join("r")
        for i in range(10):
            pub.publish("r", "chat", {"i": i})
        assert wait_for(lambda: rec1.seqs("r") == list(range(1, 11)))
        sub.stop()
        for i in range(10, 25):
            pub.publish("r", "chat", {"i": i})
        assert wait_for(lambda: pub.outbox_size() == 0 and pub.last_seq("r") == 25)
        sub2 = LinkClient(sub_b, tmp_path / "sub")
        assert sub2.last_seq("r") == 10
        rec2 = Recorder(sub2)
        sub2.start()
        sub2.join("r")
        assert wait_for(lambda: rec2.seqs("r") == list(range(11, 26)))
        time.sleep(0.3)
        assert rec2.seqs("r") == list(range(11, 26))  # no duplicates arrived later
        assert [e.body["i"] for e in sub2.history("r")] == list(range(25))
        sub2.stop()
    finally:
        pub.stop()


def test_sigterm_shuts_down_cleanly(hub, clients):
    c, _ = clients(hub.enrol("Dr Lan", "specialist"))
    c.join("r")
    c.publish("r", "chat", {"x": 1})
    assert wait_for(lambda: c.last_seq("r") == 1)
    assert hub.stop() == 0
    log = [json.loads(line) for line in (hub.data_dir / "hub.log").read_text().splitlines()]
    assert log[-1]["event"] == "hub.stopped"
    assert wait_for(lambda: c.state == "offline", 8)


def test_cli_enrol_writes_a_bundle_that_connects(hub, tmp_path, clients):
    out = tmp_path / "lan.json"
    r = subprocess.run([sys.executable, "-m", "comms.hub_cli", "enrol", "--data", str(hub.data_dir),
                        "--name", "Dr Lan", "--hospital", "Bach Mai", "--country", "VN", "--language", "vi",
                        "--role", "specialist", "--hub-address", hub.address, "--out", str(out)],
                       cwd=ROOT, capture_output=True, text=True, timeout=60)
    assert r.returncode == 0, r.stderr
    assert out.stat().st_mode & 0o777 == 0o600
    bundle = json.loads(out.read_text())
    assert bundle["hub_public_key"] == hub.public_key and bundle["role"] == "specialist"
    c, _ = clients(bundle)
    assert wait_for(lambda: c.state == "online")
    bad = subprocess.run([sys.executable, "-m", "comms.hub_cli", "revoke", "--data", str(hub.data_dir), "nobody"],
                         cwd=ROOT, capture_output=True, text=True, timeout=60)
    assert bad.returncode == 2 and "no enrolled user 'nobody'" in bad.stderr


def test_role_change_applies_live_and_is_audited(hub, clients):
    from comms.enrol import set_role

    teacher, _ = clients(hub.enrol("Dr Minh", "specialist"))
    student, srec = clients(hub.enrol("Mr Dara", "trainee", "Calmette", "KH", "km"))
    assert wait_for(lambda: teacher.state == "online")
    teacher.create_room("cohort-1", "cohort", access={"hospitals": ["Calmette"]})  # his hospital, whatever his role
    teacher.join("cohort-1", kind="cohort")
    assert wait_for(lambda: teacher.presence("cohort-1"))
    student.join("cohort-1", kind="cohort")
    assert wait_for(lambda: student.room_role("cohort-1") == "viewer")
    student.publish("cohort-1", "study.share", {"uid": "1.2.3"})
    assert wait_for(lambda: any("may not publish 'study.share'" in e for e in srec.errors))
    set_role(hub.data_dir, student.user_id, "specialist")
    assert wait_for(lambda: {m.name: m.role for m in teacher.presence("cohort-1")}.get("Mr Dara") == "specialist", 5)
    cmid = student.publish("cohort-1", "study.share", {"uid": "1.2.3"})
    assert wait_for(lambda: [e.client_msg_id for e in srec.events] == [cmid])
    changes = audit(hub, "role.change")
    assert json.loads(changes[0]["detail"]) == {"user": student.user_id, "old": "trainee", "new": "specialist"}


def test_a_silent_member_is_marked_offline_after_the_heartbeat_timeout(hub, clients):
    lan, _ = clients(hub.enrol("Dr Lan", "specialist"))
    ghost = RawPeer(hub.enrol("Dr Ghost", "specialist", "Preah Kossamak", "KH"))
    try:
        assert wait_for(lambda: lan.state == "online")
        lan.create_room("r", "consult", access={"hospitals": ["Preah Kossamak"]})  # the ghost's hospital
        lan.join("r")
        ghost.send(P.Hello())
        assert ghost.recv_type(P.Welcome) is not None
        ghost.send(P.JoinRoom(room="r"))
        assert wait_for(lambda: {m.name for m in lan.presence("r")} == {"Dr Lan", "Dr Ghost"})
        # the ghost never pings again (a laptop lid closed, a cable pulled)
        assert wait_for(lambda: [m.name for m in lan.presence("r")] == ["Dr Lan"], 12)
        assert lan.state == "online"  # a heartbeating member is never dropped
        assert any("heartbeat timeout" in a["detail"] for a in audit(hub, "disconnect", ghost.bundle["user_id"]))
    finally:
        ghost.close()


def test_a_slow_link_shows_as_degraded(hub, clients):
    from comms.linkemu import PROFILES, LinkEmulator

    host, port = hub.address.rsplit("//", 1)[1].rsplit(":", 1)
    with LinkEmulator(host, int(port), profile=PROFILES["loopback"].replace(delay_ms=250), seed=1) as link:
        c, rec = clients(dict(hub.enrol("Dr Far", "specialist"), hub_address=f"tcp://127.0.0.1:{link.port}"))
        assert wait_for(lambda: c.state == "degraded", 15)
        assert c.rtt_ms >= 480
        assert rec.states[:2] == ["connecting", "online"]
        link.set_profile(PROFILES["loopback"])
        assert wait_for(lambda: c.state == "online", 15)


def test_a_trainees_progress_is_seen_by_the_cohort_staff_not_by_the_other_trainees(hub, tmp_path):
    from comms.courses import COHORT_DIRECTORY

    room = "cohort-privacy-test"
    coord = LinkClient(hub.enrol("Coordinator", role="coordinator"), tmp_path / "c").start()
    t1 = LinkClient(hub.enrol("Trainee One", role="trainee"), tmp_path / "t1").start()
    t2 = LinkClient(hub.enrol("Trainee Two", role="trainee"), tmp_path / "t2").start()
    other = LinkClient(hub.enrol("Dr Elsewhere", role="specialist", hospital="Other"), tmp_path / "o").start()
    seen = {"coord": [], "t1": [], "t2": [], "other": []}
    for name, c in (("coord", coord), ("t1", t1), ("t2", t2), ("other", other)):
        c.event_received.connect(lambda ev, name=name: ev.room == room and seen[name].append((ev.seq, ev.kind, ev.body)))
    try:
        t1.join(COHORT_DIRECTORY, "cohort")  # exists from the hub's start: trainees may read it at once
        assert wait_for(lambda: t1.room_role(COHORT_DIRECTORY) == "viewer")
        coord.create_room(room, "cohort", "Chest CT 2026", access={"hospitals": ["Local hospital", "Other"]})
        coord.join(room, "cohort")
        assert wait_for(lambda: coord.room_role(room))
        t1.join(room, "cohort")
        t2.join(room, "cohort")
        other.join(room, "cohort")  # a specialist of another hospital: a participant, not the cohort's staff
        assert wait_for(lambda: t1.room_role(room) and t2.room_role(room) and other.room_role(room))
        t1.publish(room, "progress.statement", {"statement": {"id": "s-1", "result": {"score": {"scaled": 0.4}}}})
        assert wait_for(lambda: seen["coord"])  # (two publishers: keep their order known)
        coord.publish(room, "chat", {"text": "welcome"})
        assert wait_for(lambda: len(seen["coord"]) >= 2 and len(seen["t2"]) >= 2 and len(seen["t1"]) >= 2)
        assert seen["coord"][0][1:] == ("progress.statement", {"statement": {"id": "s-1", "result": {
            "score": {"scaled": 0.4}}}})
        assert seen["t1"][0][1] == "progress.statement"  # the sender keeps its own
        assert seen["t2"][0][1:] == ("redacted", {})  # another trainee sees only that something happened
        assert wait_for(lambda: len(seen["other"]) >= 2)
        assert seen["other"][0][1:] == ("redacted", {})  # ... and so does a specialist who is not staff
        assert [s for s, _, _ in seen["t2"]] == [s for s, _, _ in seen["coord"]]  # ... and no gap in order
        assert seen["t2"][1][1] == "chat"
        # a trainee joining later gets the same from the log
        t3 = LinkClient(hub.enrol("Trainee Three", role="trainee"), tmp_path / "t3").start()
        try:
            t3.join(room, "cohort")
            assert wait_for(lambda: t3.last_seq(room) >= seen["coord"][-1][0])
            kinds = [ev.kind for ev in t3.history(room)]
            assert "progress.statement" not in kinds and "redacted" in kinds and "chat" in kinds
        finally:
            t3.stop()
    finally:
        for c in (coord, t1, t2, other):
            c.stop()


def test_only_the_creator_of_a_broadcast_room_describes_it(hub, tmp_path):
    """The broadcaster is the room's creator for the media relay; the room's description (which makes
    its author the broadcaster on every replica) is refused from anyone else."""
    from comms.store import Store

    room = "broadcast-meta-test"
    owner_b, other_b = hub.enrol("Dr Owner", role="surgeon"), hub.enrol("Dr Other", role="surgeon")
    owner = LinkClient(owner_b, tmp_path / "a").start()
    other = LinkClient(other_b, tmp_path / "b").start()
    try:
        owner.create_room(room, "broadcast", "Theatre 1")
        owner.join(room, "broadcast")
        assert wait_for(lambda: owner.room_role(room))
        other.join(room, "broadcast")
        assert wait_for(lambda: other.room_role(room))
        other.publish(room, "broadcast.meta", {"title": "taken over", "surgeon": other_b["user_id"]})
        owner.publish(room, "broadcast.meta", {"title": "Theatre 1", "surgeon": owner_b["user_id"]})
        assert wait_for(lambda: owner.outbox_size() == 0 and other.outbox_size() == 0)
        assert wait_for(lambda: [ev.body["title"] for ev in other.history(room) if ev.kind == "broadcast.meta"]
                        == ["Theatre 1"])
        store = Store(hub.data_dir)
        try:
            reasons = [e["detail"] for e in store.audit_entries("refused", other_b["user_id"])]
        finally:
            store.close()
        assert any("only the creator" in r for r in reasons), reasons
    finally:
        owner.stop()
        other.stop()


def test_a_workstation_learns_how_far_its_clock_is_from_the_hubs(hub, clients, monkeypatch):
    """From the hub's time in each Pong (NTP-style, the shortest round trip): a workstation whose clock
    runs 3 s ahead of the hub's (well inside the replay window, so no clock-skew refusal teaches it)
    puts its media timestamps on the hub's clock with an offset of -3 s; one whose clock agrees, 0."""
    exact, _ = clients(hub.enrol("Dr Lan", "specialist", "Bach Mai", "VN"))
    assert wait_for(lambda: exact.state == "online" and exact.rtt_ms is not None, 20)
    assert abs(exact.clock_offset) < 0.05, exact.clock_offset
    real = time.time
    monkeypatch.setattr(time, "time", lambda: real() + 3.0)  # this process only: the hub runs in its own
    ahead, _ = clients(hub.enrol("Dr Somchai", "surgeon", "Siriraj", "TH"), name="ahead")
    assert wait_for(lambda: ahead.state == "online" and abs(ahead.clock_offset + 3.0) < 0.05, 20), \
        ahead.clock_offset
