"""Hostile input against a REAL hub process (real CURVE sockets): no message breaks the hub, and no
stored event breaks a workstation. Each test is one attack from the hub hardening issue."""

from __future__ import annotations

import json
import sqlite3
import time

import msgspec
import pytest

from comms import protocol as P
from comms.client import LinkClient, RoomDirectory
from comms.hub import Hub
from comms.local import RawPeer
from comms.store import Store
from helpers import wait_for


def audit(hub, action=None, user=None):
    s = Store(hub.data_dir)
    try:
        return s.audit_entries(action, user)
    finally:
        s.close()


def nested(depth: int) -> msgspec.Raw:
    """A msgpack map nested ``depth`` levels deep ({"a": {"a": ... None}}): about 3 bytes a level."""
    return msgspec.Raw(b"\x81\xa1a" * depth + b"\xc0")


def rss_kb(pid: int) -> int:
    for line in open(f"/proc/{pid}/status"):
        if line.startswith("VmRSS:"):
            return int(line.split()[1])
    raise AssertionError("no VmRSS")


def joined_peer(hub, name, role="specialist", room="consult-attack", features=()):
    peer = RawPeer(hub.enrol(name, role))
    peer.send(P.Hello(features=list(features)))
    assert peer.recv_type(P.Welcome) is not None
    peer.send(P.JoinRoom(room=room))
    assert peer.recv_type(P.Joined) is not None
    return peer


def test_deeply_nested_bodies_are_refused_cleanly_and_nothing_is_stored(hub):
    peer = joined_peer(hub, "Mallory")
    try:
        for depth, cmid in ((40, "d40"), (990, "d990"), (100_000, "d100k")):
            peer.send(P.Publish(room="consult-attack", kind="chat", body=nested(depth), client_msg_id=cmid))
            err = peer.recv_type(P.Error)
            assert err is not None and err.code == "bad-request", (depth, err)
            assert "nested deeper than 32" in err.reason or "RecursionError" in err.reason, err.reason
        peer.send(P.Publish(room="consult-attack", kind="chat", body={"text": "fine"}, client_msg_id="ok"))
        ack = peer.recv_type(P.Ack)
        assert ack is not None and ack.room_seq == 1  # the hub lives and nothing else took a seq
    finally:
        peer.close()
    s = Store(hub.data_dir)
    assert [e.client_msg_id for e in s.events_after("consult-attack", 0)] == ["ok"]
    s.close()
    assert hub.proc.poll() is None
    assert "Traceback" not in (hub.data_dir / "hub.stderr").read_text()
    refusals = [a for a in audit(hub) if a["action"] in ("refused", "message.dropped")]
    assert len(refusals) == 3, refusals


class Listing(RoomDirectory):
    def __init__(self, client, directory):
        self.rooms: list[str] = []
        super().__init__(client, directory, "consult", "consult-")

    def _listing(self, ev, body, room) -> bool:
        self.rooms.append(room)
        return True


def test_a_poison_event_in_the_local_store_and_in_the_hub_store_is_set_aside(hub, tmp_path):
    """Poison planted behind the checks: in the workstation's own store (seq 2) and in the hub's log
    (seq 4). The workstation starts, applies every other event, and reports the two."""
    directory = "dir-attack"
    alice = hub.enrol("Dr Alice", "specialist")
    state = tmp_path / "alice"
    a = LinkClient(alice, state).start()
    a.join(directory)
    for name in ("consult-a", "consult-b", "consult-c"):
        a.publish(directory, "listing", {"room": name})
    assert wait_for(lambda: a.last_seq(directory) == 3 and a.outbox_size() == 0)
    a.stop()
    db = sqlite3.connect(state / "link.sqlite")  # poison in the workstation's store
    db.execute("UPDATE events SET body=? WHERE room=? AND seq=2", (bytes(nested(990)), directory))
    db.commit()
    db.close()
    hub.stop()
    s = Store(hub.data_dir)  # poison in the hub's log, as a hub without the check stored it
    s.begin()
    s.insert_event((directory, 4, "mallory", "listing", bytes(nested(100_000)), time.time(), "poison", "trainee", "M"))
    s.commit()
    s.close()
    hub.start()
    bob = LinkClient(hub.enrol("Dr Bob", "specialist"), tmp_path / "bob").start()
    bob.join(directory)
    assert wait_for(lambda: bob.room_role(directory) is not None)
    bob.publish(directory, "listing", {"room": "consult-e"})
    assert wait_for(lambda: bob.last_seq(directory) == 5)
    bob.stop()

    a = LinkClient(alice, state)
    reported: list[tuple] = []
    a.set_aside.connect(lambda room, seq, why: reported.append((room, seq, why)))
    listing = Listing(a, directory)  # replays the held events: must not raise
    assert listing.rooms == ["consult-a", "consult-c"]
    a.start()
    try:
        listing.open()
        assert wait_for(lambda: a.last_seq(directory) == 5), a.last_seq(directory)
        assert wait_for(lambda: listing.rooms == ["consult-a", "consult-c", "consult-e"]), listing.rooms
        assert wait_for(lambda: [r[1] for r in reported] == [2, 4]), reported
        aside = a.set_aside_events(directory)
        assert [e["seq"] for e in aside] == [2, 4]
        assert all("RecursionError" in e["reason"] or "nested deeper" in e["reason"] for e in aside), aside
        assert [e.seq for e in a.history(directory)] == [1, 3, 5]  # the set-aside ones are not replayed
    finally:
        listing.close()
        a.stop()


def test_a_message_split_over_many_frames_is_refused_before_it_is_kept(hub):
    peer = joined_peer(hub, "Mallory")
    pid = hub.pid
    try:
        base = rss_kb(pid)
        frame = b"\0" * (15 * 1024 * 1024)
        frames = peer.signer.frames(P.Publish(room="consult-attack", kind="chat", body={}, client_msg_id="huge"))
        peer.send_frames(frames + [frame] * 14)  # 210 MB, each frame under the hub's per-frame limit
        err = peer.recv_type(P.Error, timeout=60)
        assert err is not None and err.code == "bad-request" and err.reason.startswith("oversized"), err
        time.sleep(0.5)
        after = rss_kb(pid)
        peer.send(P.Publish(room="consult-attack", kind="chat", body={"t": 1}, client_msg_id="small"))
        assert peer.recv_type(P.Ack) is not None
    finally:
        peer.close()
    print(f"hub RSS {base / 1024:.0f} MB before, {after / 1024:.0f} MB after a 210 MB split message")
    assert after - base < 64 * 1024, (base, after)
    assert any(json.loads(a["detail"])["reason"].startswith("oversized") for a in audit(hub, "message.dropped"))


def test_an_audit_flood_is_bounded_and_summarised_on_time(hub):
    peer = RawPeer(hub.enrol("Trainee T", "trainee"))
    uid = peer.bundle["user_id"]
    try:
        peer.send(P.Hello())
        assert peer.recv_type(P.Welcome) is not None
        n = 3000
        for i in range(n):  # publishing to a room it is not in: refused, one by one
            peer.send(P.Publish(room="consult-secret", kind="chat", body={"i": i}, client_msg_id=f"f{i}"))
        peer.send(P.Ping(t=1.0))
        assert peer.recv_type(P.Pong, timeout=30) is not None  # all handled
        written = len(audit(hub, "refused", uid))
        assert 0 < written <= 100, written
        start = time.monotonic()
        assert wait_for(lambda: sum(json.loads(a["detail"])["count"] for a in audit(hub, "refused.suppressed", uid))
                        == n - written, 12), audit(hub, "refused.suppressed", uid)
        print(f"audit flood: {n} refusals -> {written} rows + summary after {time.monotonic() - start:.1f} s")
    finally:
        peer.close()


def test_a_hello_replayed_after_a_restart_or_from_long_ago_is_refused(hub):
    bundle = hub.enrol("Dr Victim", "specialist")
    peer = RawPeer(bundle)
    hello = peer.send(P.Hello())
    assert peer.recv_type(P.Welcome) is not None
    join = peer.send(P.JoinRoom(room="consult-replay"))
    assert peer.recv_type(P.Joined) is not None
    peer.close()
    hub.restart()
    attacker = RawPeer(bundle)
    try:
        attacker.send_frames(hello)
        attacker.send_frames(join)
        got = attacker.recv(2.0)
        assert got is None or not isinstance(got[1], (P.Welcome, P.Joined)), got
        reasons = [json.loads(a["detail"])["reason"] for a in audit(hub, "message.dropped", bundle["user_id"])]
        assert any(r.startswith("replayed: session") for r in reasons), reasons
        # a Hello signed an hour ago (a capture): refused, and told the hub's time
        h = msgspec.msgpack.encode(dict(id=P.new_id(), type="hello", version="1.0", sender=bundle["user_id"],
                                        session=P.new_id(), time=time.time() - 3600, seq=1))
        c = P.encode(P.Hello())
        attacker.send_frames([P.sign(attacker.key, [h, c]), h, c])
        err = attacker.recv_type(P.Error)
        assert err is not None and err.code == "clock-skew" and abs(err.hub_time - time.time()) < 5
        attacker.send(P.Hello())  # a fresh session is welcome
        assert attacker.recv_type(P.Welcome) is not None
    finally:
        attacker.close()


def test_a_client_whose_clock_is_off_still_connects(hub, tmp_path, monkeypatch):
    c = LinkClient(hub.enrol("Dr Slow Clock", "specialist"), tmp_path / "c")
    real = time.time
    monkeypatch.setattr(P.time, "time", lambda: real() - 3600)  # the workstation's clock is an hour late
    c.start()
    try:
        assert wait_for(lambda: c.state == "online", 10), c.state
    finally:
        c.stop()


def test_a_revoked_user_gets_revoked_and_nothing_more(hub, tmp_path):
    bundle = hub.enrol("Dr Gone", "specialist")
    client = LinkClient(hub.enrol("Dr Gone Too", "specialist"), tmp_path / "gone").start()
    peer = RawPeer(bundle)
    try:
        peer.send(P.Hello())
        assert peer.recv_type(P.Welcome) is not None
        assert wait_for(lambda: client.state == "online")
        hub.revoke(bundle["user_id"])
        hub.revoke(client.user_id)
        t0 = time.monotonic()
        assert wait_for(lambda: client.state == "revoked", 5)
        print(f"revoked client cut after {time.monotonic() - t0:.2f} s")
        time.sleep(0.5)
        # another major version, a join: all answered with Revoked, never Refused/Joined
        h = msgspec.msgpack.encode(dict(id=P.new_id(), type="hello", version="2.0", sender=bundle["user_id"],
                                        session=P.new_id(), time=time.time(), seq=1))
        c = msgspec.msgpack.encode({})
        peer.send_frames([P.sign(peer.key, [h, c]), h, c])
        peer.send(P.JoinRoom(room="consult-after"))
        seen = []
        while (got := peer.recv(1.5)) is not None:
            seen.append(type(got[1]))
        assert seen and set(seen) == {P.Revoked}, seen
    finally:
        peer.close()
        client.stop()


def test_a_resume_flood_is_paged_and_a_good_client_stays_fast(hub, tmp_path):
    """10 connections join a 2 MB room and ask Resume 100 times each, never reading, from 0 and from the
    room's end (claiming pages they never read): the hub keeps one page in flight per connection (a
    client taking bundles must echo the token of the page it read); a reader still gets the whole
    room, and a good client's publish is acknowledged fast meanwhile."""
    room = "consult-big"
    writer = joined_peer(hub, "Dr Writer", room=room)
    text = "x" * 2000
    for i in range(0, 1000, 100):
        writer.send(P.Publishes(items=[P.Publish(room=room, kind="chat", body={"t": text}, client_msg_id=f"w{j}")
                                       for j in range(i, i + 100)]))
    last = 0
    while last < 1000:
        got = writer.recv(10)
        assert got is not None
        if isinstance(got[1], P.Ack):
            last = max(last, got[1].room_seq)
    writer.close()
    pid = hub.pid
    base = rss_kb(pid)
    attackers = [joined_peer(hub, f"Mallory {i}", room=room, features=[P.FEATURE_BUNDLES] if i < 8 else [])
                 for i in range(10)]
    good = LinkClient(hub.enrol("Dr Good", "specialist"), tmp_path / "good").start()
    reader = LinkClient(hub.enrol("Dr Reader", "specialist"), tmp_path / "reader").start()
    try:
        good.join("consult-other")
        assert wait_for(lambda: good.room_role("consult-other") is not None)
        acked: dict[str, float] = {}
        good.acked.connect(lambda cmid, seq: acked.setdefault(cmid, time.monotonic()))
        peak, rtts = base, []
        for round_ in range(10):
            for a in attackers:
                for k in range(10):
                    a.send(P.Resume(room=room, after_seq=0 if k % 2 else 1000, page="forged"))
            t0 = time.monotonic()
            cmid = good.publish("consult-other", "chat", {"n": round_})
            assert wait_for(lambda: cmid in acked, 5)
            rtts.append(acked[cmid] - t0)
            peak = max(peak, rss_kb(pid))
        reader.join(room)
        assert wait_for(lambda: reader.last_seq(room) == 1000, 30), reader.last_seq(room)
        assert [e.seq for e in reader.history(room)] == list(range(1, 1001))
        peak = max(peak, rss_kb(pid))
    finally:
        for a in attackers:
            a.close()
        good.stop()
        reader.stop()
    print(f"Resume flood: hub RSS {base / 1024:.0f} MB before, peak {peak / 1024:.0f} MB; good client's publish "
          f"round trip max {max(rtts) * 1000:.0f} ms")
    assert max(rtts) < 0.5, rtts
    assert peak - base < 48 * 1024, (base, peak)


def test_handshakes_without_curve_or_with_a_wrong_server_key_are_audited(hub):
    import zmq

    bundle = hub.enrol("Dr Lost", "specialist")
    ctx = zmq.Context()
    socks = []
    try:
        wrong_key = dict(bundle, hub_public_key=zmq.curve_keypair()[0].decode())  # not the hub's key
        plain = ctx.socket(zmq.DEALER)  # no CURVE at all (reported as a mismatch or a broken pipe)
        pairs = [(plain, hub.address)] + [(P.curve_dealer(ctx, wrong_key), hub.services[name] if name else hub.address)
                                          for name in ("", "blob")]
        for s, address in pairs:
            s.setsockopt(zmq.LINGER, 0)
            s.connect(address)
            socks.append(s)

        def failed(service):
            return {json.loads(a["detail"])["reason"] for a in audit(hub, "handshake.failed")
                    if json.loads(a["detail"])["service"] == service}

        assert wait_for(lambda: all("zmtp_cryptographic" in failed(s) for s in ("link", "blob")), 10), \
            audit(hub, "handshake.failed")
    finally:
        for s in socks:
            s.close(linger=0)
        ctx.term()


def test_the_blob_socket_refuses_split_messages_and_bad_names_with_an_audit_row(hub):
    import zmq

    from comms.blobs import BlobStat, _frames

    bundle = hub.enrol("Dr Blob", "specialist")
    ctx = zmq.Context()
    s = P.curve_dealer(ctx, bundle, sndhwm=1_000_000)
    s.connect(hub.services["blob"])
    signer = P.Signer(bundle["user_id"], bundle["hmac_secret"].encode())
    key = bundle["hmac_secret"].encode()

    def answer():
        assert s.poll(60_000), "no answer from the blob service"
        frames = s.recv_multipart()
        header = P.peek_header(frames)
        from comms.blobs import _verify
        return _verify(frames, header, key)[0]

    try:
        base = rss_kb(hub.pid)
        s.send_multipart(_frames(signer, BlobStat(sha256="0" * 64, intent="get")) + [b"\0" * 1_000_000] * 200)
        time.sleep(3)  # 200 MB through CURVE
        after = rss_kb(hub.pid)
        s.send_multipart(_frames(signer, BlobStat(sha256="../../etc/passwd", intent="get")))
        err = answer()
        assert isinstance(err, P.Error) and err.code == "bad-request", err
    finally:
        s.close(linger=0)
        ctx.term()
    print(f"blob socket: hub RSS {base / 1024:.0f} MB before, {after / 1024:.0f} MB after a 200 MB split message")
    assert after - base < 64 * 1024, (base, after)
    dropped = [json.loads(a["detail"])["reason"] for a in audit(hub, "message.dropped")]
    assert any(r.startswith("oversized") for r in dropped), dropped
    assert any(json.loads(a["detail"])["sha256"] == "../../etc/passwd" for a in audit(hub, "blob.refused"))


@pytest.mark.gui
def test_the_window_says_which_event_was_set_aside_and_goes_on(qtbot, silkbridge_home, display, hub, tmp_path):
    from ui.common.link import LinkBridge
    from ui.mainwindow import MainWindow
    from workstation.dicom.catalog import Catalog

    room = "consult-ui-poison"
    writer = joined_peer(hub, "Dr Writer", room=room)
    writer.send(P.Publish(room=room, kind="chat", body={"text": "before"}, client_msg_id="w1"))
    assert writer.recv_type(P.Ack) is not None
    writer.close()
    hub.stop()
    s = Store(hub.data_dir)  # stored by a hub without the check
    s.begin()
    s.insert_event((room, 2, "mallory", "chat", bytes(nested(990)), time.time(), "poison", "trainee", "M"))
    s.insert_event((room, 3, "dr-writer", "chat", P.encode({"text": "after"}), time.time(), "w3", "specialist", "W"))
    s.commit()
    s.close()
    hub.start()
    client = LinkClient(hub.enrol("Dr Reader", "specialist"), tmp_path / "reader")
    bridge = LinkBridge(client)
    win = MainWindow(Catalog(silkbridge_home / "catalog"), link=bridge)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    bridge.start()
    client.join(room)
    try:
        qtbot.waitUntil(lambda: f"{room} #2: event body nested deeper than 32" in win.statusBar().currentMessage(),
                        timeout=15_000)
        qtbot.waitUntil(lambda: client.last_seq(room) == 3, timeout=10_000)
        assert [e.body["text"] for e in client.history(room)] == ["before", "after"]
        qtbot.waitUntil(lambda: "online" in win.link_label.text(), timeout=10_000)
    finally:
        win.close()
        bridge.stop()


def test_a_flood_of_unknown_keys_is_audited_within_bounds_and_summarised_on_time(hub):
    import zmq

    ctx = zmq.Context()
    socks = []
    n = 150
    try:
        for _ in range(n):  # each an unknown key: ZAP denies it
            public, secret = zmq.curve_keypair()
            s = ctx.socket(zmq.DEALER)
            s.curve_serverkey = hub.public_key.encode()
            s.curve_publickey, s.curve_secretkey = public, secret
            s.setsockopt(zmq.LINGER, 0)
            s.setsockopt(zmq.RECONNECT_IVL, -1)  # one attempt each
            s.connect(hub.address)
            socks.append(s)

        def counts():
            rows = len(audit(hub, "zap.denied"))
            summarised = sum(json.loads(a["detail"])["count"] for a in audit(hub, "zap.denied.suppressed"))
            return rows, summarised

        assert wait_for(lambda: sum(counts()) >= n, 20), counts()
        rows, summarised = counts()
        assert rows <= 100 and summarised >= n - rows, (rows, summarised)
        print(f"ZAP flood: {n} unknown keys -> {rows} rows + a summary of {summarised}")
    finally:
        for s in socks:
            s.close(linger=0)
        ctx.term()


def test_a_join_flood_reaches_neither_the_audit_nor_the_other_members_more_than_the_limit(hub, tmp_path):
    room = "consult-joinflood"
    witness = LinkClient(hub.enrol("Dr Witness", "specialist"), tmp_path / "w").start()
    presences: list = []
    witness.presence_changed.connect(lambda r, members: presences.append(r))
    witness.join(room)
    peer = joined_peer(hub, "Mallory", room=room)
    uid = peer.bundle["user_id"]
    try:
        assert wait_for(lambda: len(witness.presence(room)) == 2)
        time.sleep(0.5)
        before = len(presences)
        for _ in range(2000):
            peer.send(P.JoinRoom(room=room))
        peer.send(P.Publish(room=room, kind="chat", body={"t": "still here"}, client_msg_id="after"))
        assert peer.recv_type(P.Ack, timeout=30) is not None  # everything before it was handled
        time.sleep(0.5)
        joins = len(audit(hub, "join", uid))
        relayed = len(presences) - before
        print(f"join flood: 2000 joins -> {joins} join rows, {relayed} presence updates to another member")
        assert joins <= Hub.CONTROL_BURST + 5 and relayed <= Hub.CONTROL_BURST + 5, (joins, relayed)
        assert any("too many control messages" in json.loads(a["detail"])["reason"]
                   for a in audit(hub, "message.dropped", uid))
    finally:
        peer.close()
        witness.stop()


def test_a_flood_of_call_grant_and_watch_link_requests_is_capped_as_the_feature_declared(hub):
    """comms.webrtc.link_requests declares its requests rate-limited where it registers (the hub
    names no feature): 1,000 of each get at most the control burst of answers, the rest dropped
    and audited, and the sender's publishes go on."""
    room = "consult-grantflood"
    peer = joined_peer(hub, "Mallory", room=room)
    uid = peer.bundle["user_id"]
    try:
        for _ in range(1000):
            peer.send(P.MediaGrantRequest(room=room))
            peer.send(P.WatchLinkRequest(room=room))
        peer.send(P.Publish(room=room, kind="chat", body={"t": "still here"}, client_msg_id="after"))
        answers = {P.MediaGrantReply: 0, P.WatchLinkReply: 0}
        while (got := peer.recv(timeout=10)) is not None and not isinstance(got[1], P.Ack):
            if type(got[1]) in answers:
                answers[type(got[1])] += 1
        assert got is not None, "the publish after the flood was not acknowledged"
        print(f"request flood: 1000 call-grant + 1000 watch-link requests -> {answers} answers")
        assert 0 < sum(answers.values()) <= Hub.CONTROL_BURST, answers
        reasons = [json.loads(a["detail"])["reason"] for a in audit(hub, "message.dropped", uid)]
        for kind in ("media_grant", "watch_link"):
            assert any(f"too many control messages ({kind})" in r for r in reasons), (kind, reasons[:5])
    finally:
        peer.close()
