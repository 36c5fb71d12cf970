"""Silkbridge link protocol: versioned, typed, signed multipart messages (msgspec/msgpack).

Wire format (frames, as sent by a DEALER; the hub's ROUTER sees a routing identity first)::

    [signature, header, content, *buffers]

* ``header`` is a msgpack-encoded :class:`Header`; ``content`` is the msgpack encoding of the
  Struct registered for ``header.type`` in :data:`MESSAGE_TYPES`.
* ``signature`` is the hex HMAC-SHA256, keyed with the user's enrolment secret, over the
  length-prefixed header, content and buffers (length prefixes stop bytes being moved between
  frames without changing the MAC). The hub signs what it sends to a user with that user's secret.
* Decoders are strict about types but ignore unknown fields, so a 1.x peer may add optional
  fields. A peer whose MAJOR version differs gets :class:`Refused`.
* Replay protection: ``header.seq`` must increase strictly within a ``header.session``, and a
  message ``id`` is accepted once (see :class:`ReplayGuard`).
* Hostile content: any decoding failure (of any exception type) is a :class:`ProtocolError`, and
  free-form values (event bodies, typed ``Any``) are refused when nested deeper than
  :data:`MAX_BODY_DEPTH` or holding more than :data:`MAX_BODY_ITEMS` values in all
  (:func:`check_body`; strings are bounded by the message size): a 1 KB body nested 990 levels
  deep would otherwise be stored and break every workstation that reads it back.
"""

from __future__ import annotations

import hashlib
import hmac
import os
import threading
import time
from collections import OrderedDict
from itertools import chain as _chain
from typing import Any

import msgspec

PROTOCOL_VERSION = "1.0"
PROTOCOL_MAJOR = 1
DEFAULT_MAX_MESSAGE_BYTES = 16 * 1024 * 1024
#: free-form values (event bodies): deepest nesting, values in all
MAX_BODY_DEPTH = 32
MAX_BODY_ITEMS = 100_000


class ProtocolError(ValueError):
    """A frame set that cannot be accepted; ``reason`` is suitable for the audit log."""

    def __init__(self, reason: str, header: "Header | None" = None, code: str = "dropped"):
        super().__init__(reason)
        self.reason = reason
        self.header = header
        #: "dropped": not answered (unsigned, bad signature, replay); "bad-request": well signed but
        #: its content cannot be accepted, the sender gets an Error with this code
        self.code = code
        self.ref = ""  # what the Error refers to, when not the message id (a publish's client_msg_id)


class Header(msgspec.Struct, kw_only=True):
    id: str
    type: str
    version: str
    sender: str
    session: str
    time: float
    seq: int


# ----------------------------------------------------------------------------- content kinds
class Hello(msgspec.Struct, kw_only=True):
    client: str = "silkbridge"
    display_name: str = ""
    #: optional protocol features the client understands, e.g. ``["bundles"]`` (the hub then may
    #: send :class:`RoomEvents` bundles); a 1.0 client sends none and gets one message per event.
    features: list[str] = []


class Welcome(msgspec.Struct, kw_only=True):
    user: str
    role: str
    session: str
    hub_time: float
    heartbeat_s: float = 1.0
    timeout_s: float = 5.0
    #: side services of the hub by name, e.g. {"blob": "tcp://127.0.0.1:41235"} (see comms.blobs)
    services: dict[str, str] = {}
    #: optional protocol features of the hub, e.g. ``["bundles"]``: it accepts :class:`Publishes`
    features: list[str] = []
    #: the user's effective rights (workstation.policy.effective_rights): what its UI enables
    rights: dict = {}


class Refused(msgspec.Struct, kw_only=True):
    reason: str


class CreateRoom(msgspec.Struct, kw_only=True):
    room: str
    kind: str = "consult"  # consult | broadcast | cohort
    title: str = ""
    #: who the room admits besides its creator and the moderators, ``{"users": [...], "hospitals":
    #: [...], "roles": [...]}`` (workstation.policy.Access); None: the creator's own hospital
    access: dict | None = None


class JoinRoom(msgspec.Struct, kw_only=True):
    room: str
    kind: str = "consult"
    after_seq: int = 0  # resume point: the hub sends every stored event with seq > after_seq


class Joined(msgspec.Struct, kw_only=True):
    room: str
    kind: str
    role: str  # role in this room, e.g. "viewer" for a trainee in a broadcast
    last_seq: int
    #: set once the hub was restored from a backup: the restore's id and where the room's log ended
    #: then; a client holding events of this room beyond it sets them aside (they were lost with the
    #: hub's disk and the hub numbers new events from there)
    restore_epoch: str = ""
    restored_seq: int = 0


class LeaveRoom(msgspec.Struct, kw_only=True):
    room: str


class Member(msgspec.Struct, kw_only=True):
    user: str
    name: str
    role: str
    hospital: str
    country: str
    language: str = ""
    rtt_ms: float | None = None
    online: bool = True


class Presence(msgspec.Struct, kw_only=True):
    room: str
    members: list[Member]


class Publish(msgspec.Struct, kw_only=True):
    room: str
    kind: str
    body: dict[str, Any]
    client_msg_id: str
    #: ephemeral (laser pointer, typing indicator): authorized like any publish, relayed at once to
    #: the room's online members INCLUDING the sender, never stored, never sequenced (seq 0), never
    #: acknowledged; rate-limited per user at the hub (excess silently dropped, audited in summary).
    ephemeral: bool = False


class Publishes(msgspec.Struct, kw_only=True):
    """Several publishes in one signed message (a client with a backlog, e.g. its outbox after a
    reconnection or a burst): the hub handles them exactly as the same Publish messages in order.
    Sent only to a hub whose :class:`Welcome` lists the ``"bundles"`` feature."""

    items: list[Publish]


class Ack(msgspec.Struct, kw_only=True):
    client_msg_id: str
    room: str
    room_seq: int
    duplicate: bool = False
    # With the "ack-events" feature the hub does not send a publisher its own event back: the ack
    # carries what the publisher needs to rebuild it from its outbox (hub time and stamps).
    time: float = 0.0
    sender_role: str = ""
    sender_name: str = ""


class RoomEvent(msgspec.Struct, kw_only=True):
    room: str
    seq: int  # 0 for an ephemeral event (not stored, outside the room order)
    sender: str
    kind: str
    body: dict[str, Any]
    time: float
    client_msg_id: str = ""
    sender_role: str = ""  # the sender's enrolment role, stamped by the hub (stored with the event)
    sender_name: str = ""  # the sender's enrolled display name, stamped by the hub
    ephemeral: bool = False


class RoomEvents(msgspec.Struct, kw_only=True):
    """A bundle: several events (and acks) for ONE recipient in one signed message.

    Sent by the hub only to clients that announced the ``"bundles"`` feature in :class:`Hello`,
    when one drained batch holds more than one message for them. Events keep their order (for
    each room, ascending seq); processing a bundle is identical to processing its events and acks
    one by one. Under load this divides the per-delivery CURVE/zmq/HMAC/Python cost by the bundle
    size; under light traffic a batch holds one message and nothing is bundled (no added latency).
    """

    events: list[RoomEvent] = []
    acks: list[Ack] = []
    #: room -> token of the backlog page this bundle carries; echoed in Resume.page to get the next
    pages: dict[str, str] = {}


class Resume(msgspec.Struct, kw_only=True):
    room: str
    after_seq: int
    #: the token of the backlog page the client has read (RoomEvents.pages): the hub sends the next
    #: page only then (a client cannot ask for page after page without reading them)
    page: str = ""


class Ping(msgspec.Struct, kw_only=True):
    t: float
    rtt_ms: float | None = None  # the client's last measured RTT, shown in presence


class Pong(msgspec.Struct, kw_only=True):
    t: float
    rooms: dict[str, int] = {}  # last seq of each room the member is in: lets a client notice lost tail events
    #: the hub's wall clock when it answered (0: an older hub): the client estimates the offset of its
    #: clock from the hub's as NTP does, from the ping with the shortest round trip
    hub_time: float = 0.0


class Error(msgspec.Struct, kw_only=True):
    reason: str
    ref: str = ""  # id of the message (or client_msg_id) that caused it
    code: str = "error"  # forbidden | bad-request | unknown-room | clock-skew | ...
    #: with code "clock-skew": the hub's clock (the sender signs its messages with times near it)
    hub_time: float = 0.0


class Revoked(msgspec.Struct, kw_only=True):
    reason: str = "access revoked"


class MediaGrantRequest(msgspec.Struct, kw_only=True):
    """Ask for a WebRTC call grant in a room the sender is online in (comms.webrtc.grants)."""
    room: str


class MediaGrantReply(msgspec.Struct, kw_only=True):
    """The grant (comms.webrtc.sfu.MediaGrant.to_dict) or None with the reason."""
    room: str
    grant: dict | None = None
    reason: str = ""


class WatchLinkRequest(msgspec.Struct, kw_only=True):
    """Ask for a one-time link to watch a broadcast in a web browser (comms.webrtc.web), or with
    ``revoke`` take back every link the sender handed out for that broadcast (used or not)."""
    room: str
    revoke: bool = False


class WatchLinkReply(msgspec.Struct, kw_only=True):
    """The link's URL, or "" with the reason; ``revoked``: how many links a revoke took back."""
    room: str
    url: str = ""
    reason: str = ""
    expires: float = 0.0
    revoked: int = 0


MESSAGE_TYPES: dict[str, type[msgspec.Struct]] = {
    "hello": Hello,
    "welcome": Welcome,
    "refused": Refused,
    "create_room": CreateRoom,
    "join": JoinRoom,
    "joined": Joined,
    "leave": LeaveRoom,
    "presence": Presence,
    "publish": Publish,
    "publishes": Publishes,
    "ack": Ack,
    "event": RoomEvent,
    "events": RoomEvents,
    "resume": Resume,
    "ping": Ping,
    "pong": Pong,
    "error": Error,
    "revoked": Revoked,
    "media_grant": MediaGrantRequest,
    "media_grant_reply": MediaGrantReply,
    "watch_link": WatchLinkRequest,
    "watch_link_reply": WatchLinkReply,
}
TYPE_NAMES: dict[type, str] = {v: k for k, v in MESSAGE_TYPES.items()}
FEATURE_BUNDLES = "bundles"
FEATURE_ACK_EVENTS = "ack-events"
FEATURES = [FEATURE_BUNDLES, FEATURE_ACK_EVENTS]

_encoder = msgspec.msgpack.Encoder()
_header_decoder = msgspec.msgpack.Decoder(Header)
_decoders = {name: msgspec.msgpack.Decoder(cls) for name, cls in MESSAGE_TYPES.items()}


def encode(obj: Any) -> bytes:
    return _encoder.encode(obj)


def _array_header(n: int) -> bytes:
    if n < 16:
        return bytes((0x90 | n,))
    if n < 0x10000:
        return b"\xdc" + n.to_bytes(2, "big")
    return b"\xdd" + n.to_bytes(4, "big")


def encode_bundle(events: list[bytes], acks: list[bytes] = (), pages: dict[str, str] | None = None) -> bytes:
    """msgpack of a :class:`RoomEvents` from already-encoded RoomEvent / Ack contents (no re-encoding:
    the hub encodes an event once and puts the same bytes in every recipient's bundle)."""
    if pages:
        return b"".join((b"\x83\xa6events", _array_header(len(events)), *events,
                         b"\xa4acks", _array_header(len(acks)), *acks, b"\xa5pages", _encoder.encode(pages)))
    return b"".join((b"\x82\xa6events", _array_header(len(events)), *events,
                     b"\xa4acks", _array_header(len(acks)), *acks))


def new_id() -> str:
    """A unique id of 32 hex digits (same shape as ``uuid4().hex``): the time in microseconds
    (56 bits) then 72 random bits. Time-ordered ids keep inserts into the SQLite UNIQUE indexes on
    ``client_msg_id`` (hub log, client outbox) at the right edge of the B-tree instead of dirtying a
    random page per event (about 20% cheaper inserts under load). Strictly increasing within a
    process: two ids in the same microsecond take the next microsecond."""
    global _last_id_us
    with _id_lock:
        us = max(time.time_ns() // 1000, _last_id_us + 1)
        _last_id_us = us
    return us.to_bytes(7, "big").hex() + os.urandom(9).hex()


_last_id_us = 0
_id_lock = threading.Lock()


def _sha256(data: bytes = b""):
    return hashlib.sha256(data)


_macs: dict[bytes, hmac.HMAC] = {}


def _hmac_sha256(key: bytes, data: bytes) -> bytes:
    """HMAC-SHA256 from a keyed HMAC prepared once per key and copied per message.

    The stdlib HMAC built over a plain hashlib constructor keeps its inner/outer pad states;
    copying them costs ~1.6 us against ~4 us for ``hmac.digest`` (OpenSSL sets a key up per call).
    """
    base = _macs.get(key)
    if base is None:
        if len(_macs) > 10_000:
            _macs.clear()
        base = _macs[key] = hmac.new(key, digestmod=_sha256)
    h = base.copy()
    h.update(data)
    return h.digest()


def sign(key: bytes, parts: list[bytes]) -> bytes:
    """Hex HMAC-SHA256 over length-prefixed frames."""
    if len(parts) == 2:  # fast path: header + content
        h, c = parts
        data = len(h).to_bytes(4, "big") + h + len(c).to_bytes(4, "big") + c
    else:
        data = b"".join(len(p).to_bytes(4, "big") + bytes(p) for p in parts)
    return _hmac_sha256(key, data).hex().encode()


def signing_data(header: bytes, content: bytes) -> bytes:
    """The bytes :func:`sign` MACs for a header+content message (compute once, MAC per recipient)."""
    return len(header).to_bytes(4, "big") + header + len(content).to_bytes(4, "big") + content


def sign_data(key: bytes, data: bytes) -> bytes:
    return _hmac_sha256(key, data).hex().encode()


_majors: dict[str, int | None] = {}


def version_major(version: str) -> int | None:
    major = _majors.get(version, -1)
    if major != -1:
        return major
    try:
        major = int(str(version).split(".", 1)[0])
    except ValueError:
        major = None
    if len(_majors) < 1000:
        _majors[version] = major
    return major


class Signer:
    """Builds signed frame lists for one sender/session."""

    def __init__(self, sender: str, key: bytes, session: str | None = None):
        self.sender = sender
        self.key = key
        self.session = session or new_id()
        self.seq = 0
        #: added to the local clock in headers: the hub's time minus ours (a hub refuses a header
        #: time further than its max_clock_skew_s from its own clock)
        self.clock_offset = 0.0

    def header(self, type_name: str) -> bytes:
        self.seq += 1
        return _encoder.encode(
            Header(id=os.urandom(16).hex(), type=type_name, version=PROTOCOL_VERSION, sender=self.sender,
                   session=self.session, time=time.time() + self.clock_offset, seq=self.seq)
        )

    def frames(self, content: msgspec.Struct, buffers: list[bytes] = (), key: bytes | None = None) -> list[bytes]:
        h = self.header(TYPE_NAMES[type(content)])
        c = _encoder.encode(content)
        parts = [h, c, *buffers]
        return [sign(key or self.key, parts), *parts]


def peek_header(frames: list[bytes], max_bytes: int = DEFAULT_MAX_MESSAGE_BYTES) -> Header:
    """Size/shape checks and header decoding (no signature check yet)."""
    if len(frames) < 3:
        raise ProtocolError(f"malformed: {len(frames)} frames, need signature+header+content")
    size = sum(len(f) for f in frames)
    if size > max_bytes:
        raise ProtocolError(f"oversized: {size} bytes > limit {max_bytes}")
    try:
        return _header_decoder.decode(frames[1])
    except Exception as exc:
        raise ProtocolError(f"malformed header: {type(exc).__name__}: {str(exc)[:200]}") from None


_CONTAINERS = {dict, list, tuple}
#: msgpack bytes that may start a map or an array (fixmap, fixarray, array16/32, map16/32)
_CONTAINER_BYTES = bytes(range(0x80, 0xA0)) + b"\xdc\xdd\xde\xdf"


def surely_sound(raw: bytes) -> bool:
    """True when msgpack ``raw`` cannot hold a value nested deeper than :data:`MAX_BODY_DEPTH` or more
    than :data:`MAX_BODY_ITEMS` values (fewer bytes that could open a container than the depth limit,
    fewer bytes than the value limit): one C-speed pass, so the common small message skips the walk."""
    return len(raw) <= MAX_BODY_ITEMS and len(raw) - len(raw.translate(None, _CONTAINER_BYTES)) < MAX_BODY_DEPTH


def check_body(value: Any, what: str = "body", _bodies: int = 0) -> None:
    """Refuse a free-form value nested deeper than :data:`MAX_BODY_DEPTH` or holding more than
    :data:`MAX_BODY_ITEMS` values (level by level: no recursion of its own); raises ProtocolError.
    Strings and binaries are bounded by the message size limit. ``_bodies``: ``value`` is a list of
    that many bodies checked in one walk (each may hold MAX_BODY_ITEMS values)."""
    level, items, containers = [value], 0, _CONTAINERS
    limit = MAX_BODY_ITEMS * max(1, _bodies)
    if _bodies:  # the list of bodies is a level of its own
        level = value
    for _ in range(MAX_BODY_DEPTH):
        vals = list(_chain(*[v.values() if type(v) is dict else v for v in level]))  # one level, flat
        items += len(vals)
        if items > limit:
            raise ProtocolError(f"{what} too large: more than {MAX_BODY_ITEMS} values")
        level = [x for x in vals if type(x) in containers]
        if not level:
            return
    raise ProtocolError(f"{what} nested deeper than {MAX_BODY_DEPTH} levels")


_raw_decoder = msgspec.msgpack.Decoder()


def decode_body(data: bytes, what: str = "body") -> dict:
    """A stored/relayed msgpack body back to a dict, checked (:func:`check_body`); ProtocolError
    for anything that is not a sound mapping (never RecursionError or another exception)."""
    try:
        body = _raw_decoder.decode(data)
    except Exception as exc:  # RecursionError included: msgspec recurses on nesting
        raise ProtocolError(f"malformed {what}: {type(exc).__name__}: {str(exc)[:200]}") from None
    if not isinstance(body, dict):
        raise ProtocolError(f"malformed {what}: not a mapping")
    check_body(body, what)
    return body


def check_content(content: Any, raw: bytes = b"") -> None:
    """:func:`check_body` on the free-form fields (event bodies) of a decoded message whose msgpack is
    ``raw`` (skipped when :func:`surely_sound` says no body of it can be too deep or too large)."""
    t = type(content)
    if raw and surely_sound(raw):
        return
    if t is RoomEvent:
        check_body(content.body, "event body")
    elif t is RoomEvents:  # one walk for all the bodies (the per-level cost is paid once)
        check_body([ev.body for ev in content.events], "event body", len(content.events))
    elif t is Publish:
        try:
            check_body(content.body, "publish body")
        except ProtocolError as exc:
            exc.ref = content.client_msg_id
            raise
    elif t is Publishes:
        check_body([item.body for item in content.items], "publish body", len(content.items))


def _msgpack_end(buf: bytes, i: int) -> int:
    """Offset just after the msgpack value starting at ``i``, without recursion (any depth)."""
    todo, n = 1, len(buf)
    big = int.from_bytes
    while todo:
        if i >= n:
            raise ProtocolError("truncated msgpack")
        b = buf[i]
        todo -= 1
        if b <= 0x7f or b >= 0xe0 or b in (0xc0, 0xc2, 0xc3):
            i += 1
        elif b <= 0x8f:
            todo += 2 * (b & 0x0F)
            i += 1
        elif b <= 0x9f:
            todo += b & 0x0F
            i += 1
        elif b <= 0xbf:
            i += 1 + (b & 0x1F)
        elif b in (0xc4, 0xd9):
            i += 2 + buf[i + 1]
        elif b in (0xc5, 0xda):
            i += 3 + big(buf[i + 1:i + 3], "big")
        elif b in (0xc6, 0xdb):
            i += 5 + big(buf[i + 1:i + 5], "big")
        elif b in (0xcc, 0xd0):
            i += 2
        elif b in (0xcd, 0xd1, 0xd4):
            i += 3
        elif b == 0xd5:
            i += 4
        elif b in (0xca, 0xce, 0xd2):
            i += 5
        elif b == 0xd6:
            i += 6
        elif b in (0xcb, 0xcf, 0xd3):
            i += 9
        elif b == 0xd7:
            i += 10
        elif b == 0xd8:
            i += 18
        elif b == 0xc7:
            i += 3 + buf[i + 1]
        elif b == 0xc8:
            i += 4 + big(buf[i + 1:i + 3], "big")
        elif b == 0xc9:
            i += 6 + big(buf[i + 1:i + 5], "big")
        elif b in (0xdc, 0xde):
            todo += big(buf[i + 1:i + 3], "big") * (2 if b == 0xde else 1)
            i += 3
        elif b in (0xdd, 0xdf):
            todo += big(buf[i + 1:i + 5], "big") * (2 if b == 0xdf else 1)
            i += 5
        else:
            raise ProtocolError(f"invalid msgpack byte 0x{b:02x}")
    if i > n:
        raise ProtocolError("truncated msgpack")
    return i


def _msgpack_map(buf: bytes, i: int) -> tuple[dict[str, tuple[int, int]], int]:
    """Spans of the values of the msgpack map at ``i`` by key (keys must be strings), and its end."""
    b = buf[i]
    if 0x80 <= b <= 0x8f:
        count, i = b & 0x0F, i + 1
    elif b == 0xde:
        count, i = int.from_bytes(buf[i + 1:i + 3], "big"), i + 3
    elif b == 0xdf:
        count, i = int.from_bytes(buf[i + 1:i + 5], "big"), i + 5
    else:
        raise ProtocolError("not a msgpack map")
    spans = {}
    for _ in range(count):
        end = _msgpack_end(buf, i)
        key = msgspec.msgpack.decode(buf[i:end])
        i, end = end, _msgpack_end(buf, end)
        if isinstance(key, str):
            spans[key] = (i, end)
        i = end
    return spans, i


_event_fields = {f: t for f, t in zip(RoomEvent.__struct_fields__, msgspec.structs.fields(RoomEvent))}


def salvage_events(content: bytes) -> tuple[list[tuple[RoomEvent | None, dict, str]], list[Ack], dict[str, str]]:
    """The events of an ``event`` or ``events`` content that did not decode as a whole (a body too
    deep, too large or malformed), one by one: ``(event or None, its other fields, why not)``, the
    acks and the page tokens. Iterative, so no nesting makes it fail; raises ProtocolError if even
    that fails."""
    content = bytes(content)
    top, _ = _msgpack_map(content, 0)
    if "events" in top:  # a RoomEvents bundle
        s, e = top["events"]
        b = content[s]
        if 0x90 <= b <= 0x9f:
            count, i = b & 0x0F, s + 1
        elif b in (0xdc, 0xdd):
            w = 2 if b == 0xdc else 4
            count, i = int.from_bytes(content[s + 1:s + 1 + w], "big"), s + 1 + w
        else:
            raise ProtocolError("events is not an array")
        starts = []
        for _ in range(count):
            starts.append(i)
            i = _msgpack_end(content, i)
        pages = {}
        if "pages" in top:  # the backlog page tokens: kept so the client can ask for the next page
            try:
                pages = msgspec.msgpack.decode(content[top["pages"][0]:top["pages"][1]], type=dict[str, str])
            except Exception:
                pages = {}
        acks = []
        if "acks" in top:
            a, b2 = top["acks"]
            try:
                acks = msgspec.msgpack.decode(content[a:b2], type=list[Ack])
            except Exception as exc:
                raise ProtocolError(f"malformed acks: {type(exc).__name__}") from None
    else:
        starts, acks, pages = [0], [], {}
    out = []
    for start in starts:
        spans, _ = _msgpack_map(content, start)
        fields = {}
        for name, (a, b2) in spans.items():
            if name != "body" and name in _event_fields:
                try:
                    fields[name] = msgspec.msgpack.decode(content[a:b2])
                except Exception:
                    pass
        if "body" in spans:
            fields["_body"] = content[spans["body"][0]:spans["body"][1]]  # kept as is, for the record
        why = ""
        try:
            body = decode_body(content[spans["body"][0]:spans["body"][1]], "event body") if "body" in spans else {}
            ev = msgspec.convert({**{k: v for k, v in fields.items() if k != "_body"}, "body": body}, RoomEvent)
        except ProtocolError as exc:
            ev, why = None, exc.reason
        except Exception as exc:
            ev, why = None, f"malformed event: {type(exc).__name__}: {str(exc)[:200]}"
        out.append((ev, fields, why))
    return out, acks, pages


def verify_and_decode(frames: list[bytes], header: Header, key: bytes, decoders: dict | None = None,
                      what: str = "") -> tuple[msgspec.Struct, list[bytes]]:
    """Check the signature and decode content; raises ProtocolError (and nothing else).
    ``decoders``: type name -> msgspec Decoder of another service's messages (default: the link's;
    ``what`` names that service in errors)."""
    if len(frames) < 3 or not frames[0]:
        raise ProtocolError("unsigned message", header)
    if not hmac.compare_digest(sign(key, list(frames[1:])), bytes(frames[0])):
        raise ProtocolError("bad signature", header)
    dec = (_decoders if decoders is None else decoders).get(header.type)
    if dec is None:
        raise ProtocolError(f"unknown {what + ' ' if what else ''}message type {header.type!r}", header)
    try:
        content = dec.decode(frames[2])
    except Exception as exc:  # DecodeError, ValidationError, RecursionError (deep nesting), MemoryError...
        raise ProtocolError(f"malformed {header.type} content: {type(exc).__name__}: {str(exc)[:200]}",
                            header, "bad-request") from None
    try:
        check_content(content, bytes(frames[2]))
    except ProtocolError as exc:
        exc.header, exc.code = header, "bad-request"
        raise
    return content, list(frames[3:])


class ReplayGuard:
    """Rejects a message whose seq does not increase within its session, or whose id was seen."""

    def __init__(self, max_ids: int = 200_000, max_sessions: int = 50_000):
        self._ids: OrderedDict[str, None] = OrderedDict()
        self._sessions: OrderedDict[tuple[str, str], int] = OrderedDict()
        self.max_ids = max_ids
        self.max_sessions = max_sessions

    def check(self, header: Header) -> None:
        key = (header.sender, header.session)
        last = self._sessions.get(key)
        if last is not None and header.seq <= last:
            raise ProtocolError(f"replayed: seq {header.seq} <= {last} in session {header.session[:8]}", header)
        if header.id in self._ids:
            raise ProtocolError(f"replayed: message id {header.id[:12]} already seen", header)
        self._sessions[key] = header.seq
        self._sessions.move_to_end(key)
        self._ids[header.id] = None
        if len(self._ids) > self.max_ids:
            self._ids.popitem(last=False)
        if len(self._sessions) > self.max_sessions:
            self._sessions.popitem(last=False)


def new_secret() -> str:
    return os.urandom(32).hex()


def _set_options(s, options: dict) -> None:
    import zmq

    for name, value in options.items():
        s.setsockopt(getattr(zmq, name.upper()), value)


def curve_router(ctx, public_key: bytes, secret_key: bytes, *, linger: int = 0, sndhwm: int = 1000,
                 rcvhwm: int = 1000, **options):
    """A ROUTER socket serving CURVE with the hub's key pair (the hub's ZAP allow-list, in the same
    context, decides who may connect). Not yet bound; ``options`` are further zmq options by name."""
    import zmq

    s = ctx.socket(zmq.ROUTER)
    s.curve_server = True
    s.curve_publickey = public_key
    s.curve_secretkey = secret_key
    s.setsockopt(zmq.LINGER, linger)
    s.setsockopt(zmq.SNDHWM, sndhwm)
    s.setsockopt(zmq.RCVHWM, rcvhwm)
    _set_options(s, options)
    return s


def curve_dealer(ctx, bundle: dict, *, sndhwm: int = 1000, rcvhwm: int = 1000, **options):
    """A DEALER socket that speaks CURVE to the hub as the user of an enrolment ``bundle``:
    the hub's public key pins the server, the user's key pair authenticates us (the hub's ZAP
    allow-list). Not yet connected; ``options`` are further zmq socket options by name."""
    import zmq

    s = ctx.socket(zmq.DEALER)
    s.curve_serverkey = bundle["hub_public_key"].encode()
    s.curve_publickey = bundle["public_key"].encode()
    s.curve_secretkey = bundle["secret_key"].encode()
    s.setsockopt(zmq.LINGER, 0)
    s.setsockopt(zmq.SNDHWM, sndhwm)
    s.setsockopt(zmq.RCVHWM, rcvhwm)
    _set_options(s, options)
    return s
