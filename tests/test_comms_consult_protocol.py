"""Protocol additions for the MDT consult, end to end (real hub process, real CURVE sockets):
hub-stamped sender role/name, ephemeral publishes (laser pointer), bundled delivery."""

from __future__ import annotations

import json
import time

import pytest

from comms import protocol as P
from comms.client import LinkClient
from comms.local import RawPeer
from comms.store import Store
from helpers import wait_for



def audit(hub, action):
    s = Store(hub.data_dir)
    try:
        return s.audit_entries(action)
    finally:
        s.close()


def stored(hub, room):
    s = Store(hub.data_dir)
    try:
        return s.events_after(room, 0)
    finally:
        s.close()



@pytest.fixture
def clients(tmp_path):
    made = []

    def make(bundle, name=None, start=True):
        c = LinkClient(bundle, tmp_path / "clients" / (name or bundle["user_id"]))
        events: list[P.RoomEvent] = []
        c.event_received.connect(events.append)
        made.append(c)
        if start:
            c.start()
        return c, events

    yield make
    for c in made:
        c.stop()


def peer(hub, name, role="specialist", features=()):
    p = RawPeer(hub.enrol(name, role))
    p.send(P.Hello(features=list(features)))
    assert p.recv_type(P.Welcome) is not None
    return p


def open_to_all(hub, client, room, kind="consult"):
    """Create ``room`` inviting every specialist and surgeon (workstation.policy: a room admits only
    those invited; these tests are about ordering and stamps, not about who is invited), and wait
    until the hub holds it: another member's join arriving first would create a room of its own
    (a consult is still created by a join) that does not admit the others."""
    assert wait_for(lambda: client.state == "online")
    client.create_room(room, kind, access={"roles": ["specialist", "surgeon"]})

    def held():
        s = Store(hub.data_dir)
        try:
            return s.room(room) is not None
        finally:
            s.close()

    assert wait_for(held, 10), f"the hub never created {room}"


def ordered(events, room):
    return [e for e in events if e.room == room and not e.ephemeral]


def test_events_carry_the_authenticated_role_and_name_also_when_resumed(hub, clients):
    lan, lan_ev = clients(hub.enrol("Dr Lan", "specialist", "Bach Mai", "VN", "vi"))
    chief, _ = clients(hub.enrol("Dr Wei", "coordinator", "Guangxi Hub", "CN", "zh"))
    open_to_all(hub, lan, "consult-1")
    lan.join("consult-1")
    chief.join("consult-1")
    assert wait_for(lambda: len(lan.presence("consult-1")) == 2)
    chief.publish("consult-1", "consult.meta", {"title": "Liver MDT"})
    # a crafted publish claiming another identity in the message: the hub ignores unknown fields
    mallory = peer(hub, "Mallory", "specialist")
    try:
        mallory.send(P.JoinRoom(room="consult-1"))
        assert mallory.recv_type(P.Joined) is not None
        h = mallory.signer.header("publish")
        c = P.encode({"room": "consult-1", "kind": "chat", "body": {"text": "I am the coordinator"},
                      "client_msg_id": "m1", "sender_role": "administrator", "sender_name": "Dr Wei"})
        mallory.send_frames([P.sign(mallory.key, [h, c]), h, c])
        assert mallory.recv_type(P.Ack) is not None
    finally:
        mallory.close()
    assert wait_for(lambda: len(ordered(lan_ev, "consult-1")) == 2)
    got = {e.kind: (e.sender_role, e.sender_name) for e in ordered(lan_ev, "consult-1")}
    assert got == {"consult.meta": ("coordinator", "Dr Wei"), "chat": ("specialist", "Mallory")}
    # stored with the event: a member joining later gets the same stamps from the hub's log,
    # and a client's own persisted history keeps them
    late, late_ev = clients(hub.enrol("Dr Som", "surgeon", "Siriraj", "TH", "th"))
    late.join("consult-1")
    assert wait_for(lambda: len(ordered(late_ev, "consult-1")) == 2)
    assert [(e.seq, e.sender_role, e.sender_name) for e in late_ev] == [
        (1, "coordinator", "Dr Wei"), (2, "specialist", "Mallory")]
    assert [(e.sender_role, e.sender_name) for e in lan.history("consult-1")] == [
        ("coordinator", "Dr Wei"), ("specialist", "Mallory")]


def test_ephemeral_pointer_reaches_members_is_never_stored_and_leaves_order_alone(hub, clients):
    lan, lan_ev = clients(hub.enrol("Dr Lan", "specialist", "Bach Mai", "VN"))
    som, som_ev = clients(hub.enrol("Dr Somchai", "surgeon", "Siriraj", "TH"))
    open_to_all(hub, lan, "consult-2")
    lan.join("consult-2")
    som.join("consult-2")
    assert wait_for(lambda: len(lan.presence("consult-2")) == 2 and len(som.presence("consult-2")) == 2)
    for i in range(5):
        lan.publish("consult-2", "chat", {"i": i})
        lan.publish("consult-2", "consult.pointer", {"view": "axial", "position": [1.0, 2.0, float(i)]},
                    ephemeral=True)
    assert lan.outbox_size() <= 5  # ephemeral publishes never enter the outbox
    assert wait_for(lambda: len(ordered(som_ev, "consult-2")) == 5
                    and sum(e.ephemeral for e in som_ev) == 5)
    pointers = [e for e in som_ev if e.ephemeral]
    assert [e.body["position"][2] for e in pointers] == [0.0, 1.0, 2.0, 3.0, 4.0]
    assert all(e.seq == 0 and e.kind == "consult.pointer" and e.sender == lan.user_id
               and e.sender_name == "Dr Lan" for e in pointers)
    assert [e.seq for e in ordered(som_ev, "consult-2")] == [1, 2, 3, 4, 5]
    # the sender does not get its own pointer back (it knows where it points)
    assert wait_for(lambda: lan.outbox_size() == 0)
    assert sum(e.ephemeral for e in lan_ev) == 0
    assert som.last_seq("consult-2") == 5
    assert [e.kind for e in som.history("consult-2")] == ["chat"] * 5
    assert [e.kind for e in stored(hub, "consult-2")] == ["chat"] * 5
    # a member joining later resumes the log: no pointer in it
    late, late_ev = clients(hub.enrol("Dr Late", "specialist"))
    late.join("consult-2")
    assert wait_for(lambda: len(late_ev) == 5)
    time.sleep(0.3)
    assert [(e.seq, e.kind) for e in late_ev] == [(s, "chat") for s in range(1, 6)]
    # an ephemeral publish made before the link is up is dropped, not queued
    off, _ = clients(hub.enrol("Dr Offline", "specialist"), start=False)
    off.join("consult-2")
    off.publish("consult-2", "consult.pointer", {"view": "axial", "position": None}, ephemeral=True)
    assert off.outbox_size() == 0
    off.start()
    assert wait_for(lambda: len(som.presence("consult-2")) == 4)
    lan.publish("consult-2", "chat", {"i": 5})
    assert wait_for(lambda: len(ordered(som_ev, "consult-2")) == 6)
    time.sleep(0.3)
    assert sum(e.ephemeral for e in som_ev) == 5


def test_ephemeral_flood_is_capped_per_user_and_audited_once(hub):
    flood, watcher = peer(hub, "Dr Flood"), peer(hub, "Dr Watch")
    try:
        for p in (flood, watcher):
            p.send(P.JoinRoom(room="consult-3"))
            assert p.recv_type(P.Joined) is not None
        n = 300
        for i in range(n):
            flood.send(P.Publish(room="consult-3", kind="consult.pointer", body={"i": i},
                                 client_msg_id=P.new_id(), ephemeral=True))
        got = []
        deadline = time.monotonic() + 5
        while time.monotonic() < deadline:
            m = watcher.recv(0.5)
            if m is not None and isinstance(m[1], P.RoomEvent) and m[1].ephemeral:
                got.append(m[1].body["i"])
        assert 0 < len(got) < n
        assert got == sorted(got)
        rows = []
        assert wait_for(lambda: rows.extend(audit(hub, "publish.ephemeral.dropped")) or rows, 5)
        assert len(rows) == 1
        assert json.loads(rows[0]["detail"]) == {"count": n - len(got), "limit_per_s": 60}
        assert stored(hub, "consult-3") == []
    finally:
        flood.close()
        watcher.close()


def test_a_burst_reaches_a_bundling_member_in_few_messages_and_a_1_0_member_one_by_one(hub):
    pub, new, old = (peer(hub, "Dr Pub", features=["bundles"]), peer(hub, "Dr New", features=["bundles"]),
                     peer(hub, "Dr Old"))
    try:
        for p in (pub, new, old):
            p.send(P.JoinRoom(room="consult-4"))
            assert p.recv_type(P.Joined) is not None
        time.sleep(0.3)
        for p in (pub, new, old):
            while p.sock.poll(50):
                p.sock.recv_multipart()
        n = 100
        cmids = [P.new_id() for _ in range(n)]
        pub.send(P.Publishes(items=[P.Publish(room="consult-4", kind="chat", body={"i": i}, client_msg_id=cmids[i])
                                    for i in range(n)]))

        def collect(p):
            messages, events, acks = 0, [], []
            while len(events) < n:
                m = p.recv(5)
                assert m is not None, f"only {len(events)} events"
                header, content = m
                if isinstance(content, P.RoomEvents):
                    messages += 1
                    events += content.events
                    acks += content.acks
                elif isinstance(content, P.RoomEvent):
                    messages += 1
                    events.append(content)
            return messages, events, acks

        m_new, ev_new, _ = collect(new)
        m_old, ev_old, _ = collect(old)
        m_pub, ev_pub, acks = collect(pub)
        for evs in (ev_new, ev_old, ev_pub):
            assert [e.seq for e in evs] == list(range(1, n + 1))
            assert [e.body["i"] for e in evs] == list(range(n))
        assert m_old == n  # a client without the feature gets one message per event
        assert m_new < n // 4  # one Publishes in, a handful of bundles out
        while len(acks) < n and (m := pub.recv(2)) is not None:
            if isinstance(m[1], P.RoomEvents):
                acks += m[1].acks
            elif isinstance(m[1], P.Ack):
                acks.append(m[1])
        assert [a.client_msg_id for a in acks] == cmids
        assert [a.room_seq for a in acks] == list(range(1, n + 1))
    finally:
        for p in (pub, new, old):
            p.close()


def test_publishes_from_a_trainee_are_checked_one_by_one(hub):
    teacher = peer(hub, "Dr Minh")
    t = peer(hub, "Ms Souk", "trainee", features=["bundles"])
    try:
        teacher.send(P.JoinRoom(room="cohort-1", kind="cohort"))  # a specialist creates the room
        assert teacher.recv_type(P.Joined) is not None
        t.send(P.JoinRoom(room="cohort-1", kind="cohort"))
        assert t.recv_type(P.Joined) is not None
        t.send(P.Publishes(items=[P.Publish(room="cohort-1", kind="question", body={}, client_msg_id="q1"),
                                  P.Publish(room="cohort-1", kind="consult.pointer", body={}, client_msg_id="p1",
                                            ephemeral=True),
                                  P.Publish(room="cohort-1", kind="chat", body={}, client_msg_id="c1")]))
        err = t.recv_type(P.Error)
        assert err is not None and err.ref == "p1" and "may not publish 'consult.pointer'" in err.reason
        assert wait_for(lambda: [e.client_msg_id for e in stored(hub, "cohort-1")] == ["q1", "c1"], 5)
    finally:
        t.close()
        teacher.close()


def test_a_publisher_is_not_sent_its_own_event_back_but_rebuilds_it_from_the_ack(hub, clients):
    """With "ack-events" a presenter's own view changes do not come back down its link (half its
    state traffic); the ack carries the hub time and stamps, the client rebuilds the event."""
    old = peer(hub, "Dr Old", features=[P.FEATURE_BUNDLES])  # a client without the feature
    new = peer(hub, "Dr New", features=list(P.FEATURES))
    try:
        for p in (old, new):
            p.send(P.JoinRoom(room="consult-echo"))
            assert p.recv_type(P.Joined) is not None
        new.send(P.Publish(room="consult-echo", kind="consult.view", body={"view": {"zoom": 2.0}}, client_msg_id="v1"))
        got = []
        while (m := new.recv(1.0)) is not None:
            got.append(m[1])
        events = [e for m in got for e in (m.events if isinstance(m, P.RoomEvents) else [m])
                  if isinstance(e, P.RoomEvent)]
        acks = [a for m in got for a in (m.acks if isinstance(m, P.RoomEvents) else [m]) if isinstance(a, P.Ack)]
        assert events == []  # not echoed
        assert len(acks) == 1 and acks[0].room_seq == 1 and acks[0].time > 0
        assert (acks[0].sender_role, acks[0].sender_name) == ("specialist", "Dr New")
        echo = old.recv_type(P.RoomEvent) or old.recv_type(P.RoomEvents)
        assert echo is not None  # everyone else still gets it
    finally:
        old.close()
        new.close()
    # A LinkClient delivers its own events exactly once, in order, with the hub's stamps.
    lan, lan_ev = clients(hub.enrol("Dr Lan", "specialist"))  # of the creator's hospital: admitted by default
    lan.join("consult-echo")
    for i in range(20):
        lan.publish("consult-echo", "chat", {"i": i})
    assert wait_for(lambda: len(ordered(lan_ev, "consult-echo")) == 21)
    mine = [e for e in ordered(lan_ev, "consult-echo") if e.sender == lan.user_id]
    assert [e.body["i"] for e in mine] == list(range(20))
    assert [e.seq for e in ordered(lan_ev, "consult-echo")] == list(range(1, 22))
    assert all(e.sender_name == "Dr Lan" and e.sender_role == "specialist" and e.time > 0 for e in mine)
