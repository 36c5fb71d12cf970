"""Protocol building blocks without sockets: signing, replay guard, role table, audit limiter."""

from __future__ import annotations

import pytest

from comms import protocol as P
from comms.hub import ROLE_RIGHTS, AuditLimiter, may_publish


def test_signature_binds_frame_boundaries_and_key():
    s = P.Signer("dr-lan", b"k1")
    frames = s.frames(P.Publish(room="r", kind="chat", body={"t": "hello"}, client_msg_id="m"))
    header = P.peek_header(frames)
    content, _ = P.verify_and_decode(frames, header, b"k1")
    assert content.body == {"t": "hello"}
    with pytest.raises(P.ProtocolError, match="bad signature"):
        P.verify_and_decode(frames, header, b"k2")
    moved = [frames[0], frames[1] + frames[2][:1], frames[2][1:]]  # same bytes, other boundary
    with pytest.raises(P.ProtocolError, match="bad signature"):
        P.verify_and_decode(moved, header, b"k1")
    with_buffer = s.frames(P.Ping(t=1.0), [b"\x00" * 10])
    h = P.peek_header(with_buffer)
    assert P.verify_and_decode(with_buffer, h, b"k1")[1] == [b"\x00" * 10]
    with pytest.raises(P.ProtocolError, match="bad signature"):
        P.verify_and_decode(with_buffer[:-1] + [b"\x01" * 10], h, b"k1")


def test_oversized_and_malformed_are_named():
    s = P.Signer("u", b"k")
    with pytest.raises(P.ProtocolError, match="oversized: .* > limit 100"):
        P.peek_header(s.frames(P.Ping(t=0.0), [b"x" * 200]), max_bytes=100)
    with pytest.raises(P.ProtocolError, match="malformed: 2 frames"):
        P.peek_header([b"a", b"b"])
    frames = s.frames(P.Ping(t=0.0))
    frames[1] = P.encode({"id": 3})
    with pytest.raises(P.ProtocolError, match="malformed header"):
        P.peek_header(frames)


def test_replay_guard_per_session_and_id():
    g = P.ReplayGuard()
    s = P.Signer("u", b"k")
    h1, h2 = (P.peek_header(s.frames(P.Ping(t=0.0))) for _ in range(2))
    g.check(h1)
    g.check(h2)
    with pytest.raises(P.ProtocolError, match="replayed: seq 1 <= 2"):
        g.check(h1)
    other = P.Signer("u", b"k")  # a new session starts again at seq 1
    g.check(P.peek_header(other.frames(P.Ping(t=0.0))))
    same_id = P.Header(id=h2.id, type="ping", version="1.0", sender="u", session=P.new_id(), time=0.0, seq=9)
    with pytest.raises(P.ProtocolError, match="message id .* already seen"):
        g.check(same_id)


def test_role_table():
    assert may_publish("trainee", "chat") and may_publish("trainee", "question.ask")
    assert not may_publish("trainee", "consult.start") and not may_publish("trainee", "broadcast.start")
    assert not may_publish("trainee", "study.share")
    assert may_publish("specialist", "consult.start") and not may_publish("specialist", "broadcast.start")
    assert may_publish("surgeon", "broadcast.start") and may_publish("coordinator", "broadcast.stop")
    assert not may_publish("nobody", "chat")
    assert ROLE_RIGHTS["trainee"].join == {"cohort": "viewer", "broadcast": "viewer"}


def test_audit_limiter_caps_and_summarises():
    lim = AuditLimiter(burst=3, window=10.0)
    assert [lim.allow("mallory", now=t)[0] for t in (0, 1, 2, 3, 4)] == [True, True, True, False, False]
    assert lim.allow("alice", now=5)[0]  # per key
    assert lim.allow("mallory", now=11) == (True, 2)  # new window: 2 suppressed to summarise
    lim.allow("mallory", now=12), lim.allow("mallory", now=12), lim.allow("mallory", now=13)
    assert lim.expired(now=30) == [("mallory", 1)]


def test_bundle_encoding_decodes_as_room_events_for_any_count():
    import msgspec

    evs = [P.RoomEvent(room="r", seq=i, sender="u", kind="chat", body={"i": i}, time=1.0,
                       sender_role="specialist", sender_name="Dr Lan") for i in range(1, 70_002)]
    encoded = [P.encode(e) for e in evs]
    acks = [P.encode(P.Ack(client_msg_id="m", room="r", room_seq=7))]
    dec = msgspec.msgpack.Decoder(P.RoomEvents)
    for n in (0, 1, 15, 16, 65_535, 65_536, 70_001):  # fixarray, array16 and array32 headers
        b = dec.decode(P.encode_bundle(encoded[:n], acks if n % 2 else []))
        assert b.events == evs[:n]
        assert [a.room_seq for a in b.acks] == ([7] if n % 2 else [])


def test_signatures_match_the_standard_hmac_and_ids_are_unique_and_ordered():
    import hmac
    import os

    for key in (b"k", os.urandom(100), os.urandom(32).hex().encode()):
        data = os.urandom(1000)
        assert P.sign_data(key, data) == hmac.digest(key, data, "sha256").hex().encode()
    ids = [P.new_id() for _ in range(10_000)]
    assert len(set(ids)) == len(ids) and all(len(i) == 32 and int(i, 16) >= 0 for i in ids)
    assert ids == sorted(ids)


def test_1_0_messages_still_decode_and_new_fields_default():
    import msgspec

    old_event = msgspec.msgpack.encode({"room": "r", "seq": 3, "sender": "u", "kind": "chat", "body": {},
                                        "time": 1.0, "client_msg_id": "m"})
    ev = msgspec.msgpack.Decoder(P.RoomEvent).decode(old_event)
    assert (ev.sender_role, ev.sender_name, ev.ephemeral) == ("", "", False)
    old_publish = msgspec.msgpack.encode({"room": "r", "kind": "chat", "body": {}, "client_msg_id": "m"})
    assert msgspec.msgpack.Decoder(P.Publish).decode(old_publish).ephemeral is False
    assert msgspec.msgpack.Decoder(P.Hello).decode(msgspec.msgpack.encode({"client": "x"})).features == []
    s = P.Signer("u", b"k")
    frames = s.frames(P.Publishes(items=[P.Publish(room="r", kind="chat", body={"i": i}, client_msg_id=str(i))
                                         for i in range(3)]))
    content, _ = P.verify_and_decode(frames, P.peek_header(frames), b"k")
    assert [p.body["i"] for p in content.items] == [0, 1, 2]
