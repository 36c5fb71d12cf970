"""Live media for consults and broadcasts: voice (Opus) and video (H.264, :mod:`comms.video`).

Media never shares a socket with consult state: the hub runs a :class:`MediaRelay` thread with its
own CURVE ROUTER socket (same zmq Context, so the hub's ZAP allow-list applies; the hub's CURVE
keys) and advertises it as ``Welcome.services["media"]``. Stale media is dropped, never queued:

* **Join.** A :class:`MediaClient` opens its own DEALER and sends a signed ``MediaJoin(room,
  tracks)`` (HMAC with the user's enrolment secret, as on the link, with replay protection). The
  relay checks the CURVE key -> enrolled, non-revoked user, the signature, that the room admits
  the user (:func:`workstation.policy.admits`: role rights and the room's access list) and, inside
  a hub, that the user is online in the room on the link. A ``viewer`` (trainee in a broadcast) receives only. The relay answers with a
  signed ``MediaJoined`` carrying a fresh random 32-byte **session key** (confidential: the channel
  is CURVE-encrypted).
* **Packets.** ``[b"p", mac, header, payload]``: ``header`` is a msgpack :class:`MediaHeader`
  (room, sender, track, seq, capture time, codec), ``mac`` the first 16 bytes of HMAC-SHA256 with
  the session key over the length-prefixed header and payload (:func:`comms.protocol.signing_data`).
  One short HMAC per packet instead of the full signed envelope keeps per-packet cost small. The
  relay verifies, stamps the authenticated sender into the header and re-MACs per receiver with
  the receiver's session key.
* **Fan-out.** Per receiver a small queue keeps only the newest ``max_age`` (200 ms) of packets;
  sends are ``NOBLOCK`` on a ROUTER with a small SNDHWM (and small kernel buffers), so a slow or
  stalled receiver loses its own stale packets (counted per receiver) and never delays the sender or
  the others.
* **Client.** Opus (PyAV ``libopus``, 48 kHz mono, 20 ms frames, 32 kbit/s constrained VBR, VoIP
  mode) and per
  sender a :class:`JitterBuffer`: playout at ``capture + base + target`` where ``base`` is the
  smallest transit seen in the last 10 s and ``target`` adapts to the RFC 3550 jitter (starts
  at 60 ms, 40 ms at least on a clean link, at most 200 ms); late packets are dropped, a missing frame is concealed
  (the last frame at half level, then silence), and after 100 ms without packets the buffer goes
  idle, so a cut link resumes at the normal delay instead of replaying seconds of old audio.
  The one-way delay estimate assumes the sender's and receiver's wall clocks agree (NTP).
* **Video.** A sender (``tracks=("audio", "video")``) sends each encoded frame's packets with
  ``KEYFRAME`` set on decodable starts. The relay keeps a receiver's picture decodable: once it
  drops a video packet for a receiver (stale or the receiver is slow), it sends that receiver no
  more of the sender's video until a keyframe and asks the sender for one (:class:`MediaKeyframe`,
  at most twice a second); a joining member also triggers one. **Simulcast:** a sender may also
  send a low layer (``LOW_LAYER``, e.g. 240p15); a receiver that loses part of the full picture is
  moved to the low layer and tried on the full one again after 10 s (doubling while it keeps
  failing), so one viewer's poor link never lowers the picture of the others. Per receiver, audio
  has its own queue and is sent before any video. Every second the relay sends each
  video sender a :class:`MediaReport` (receivers, kbit/s received from it), which the sender's
  bitrate ladder uses with the keep-alive RTT and its own send drops. The receiving client decodes
  each sender in its own thread and shows frames at the sender's audio playout delay (lip sync);
  frames carry their capture time, so the glass-to-glass delay is measured per frame.
* **Liveness.** Every second the client sends a keep-alive packet, which the relay echoes (RTT);
  a session silent for ``session_timeout`` is expired by the relay; a client that hears no echo
  for 4 s joins again.
"""

from __future__ import annotations

import collections
import hmac
import logging
import os
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable

import msgspec
import numpy as np
import zmq
from psygnal import Signal

from . import protocol as P
from .clock import wall_clock
from .commands import CommandQueue
from .service import Codec, Dropped, HubContext, Service, hub_log as _hub_log, register
from workstation import policy

log = logging.getLogger("silkbridge.media")

from .audio import FRAME_SAMPLES, RATE  # noqa: E402 - one definition (comms.audio)

FRAME_S = 0.020
MAC_BYTES = 16
KEEPALIVE = "ka"

__all__ = ["MediaRelay", "MediaClient", "JitterBuffer", "OpusEncoder", "OpusDecoder", "MediaHeader",
           "MediaJoin", "MediaJoined", "MediaRefused", "MediaKeyframe", "MediaReport", "MediaLayer", "RawMediaPeer", "wall_clock",
           "RATE", "FRAME_SAMPLES", "KEYFRAME", "LOW_LAYER"]



# ----------------------------------------------------------------------------- wire
class MediaHeader(msgspec.Struct, array_like=True):
    room: str
    sender: str
    track: str  # "audio" | "video"; "ka" = keep-alive
    seq: int  # per sender and track
    capture: float  # wall_clock() of the first sample / of the video frame's capture
    codec: str  # "opus" | "h264" (| "vp8" | "mpeg4" fallbacks)
    flags: int = 0  # KEYFRAME: a video packet a decoder can start from
    relayed: float = 0.0  # wall_clock() when the relay received it (a receiver measures its own downlink)


KEYFRAME = 1
LOW_LAYER = 2  # a video packet of the sender's low simulcast layer (for receivers on a poor link)


class MediaJoin(msgspec.Struct, kw_only=True):
    room: str
    tracks: list[str] = msgspec.field(default_factory=lambda: ["audio"])


class MediaJoined(msgspec.Struct, kw_only=True):
    room: str
    role: str
    key: str  # hex session key for packet MACs
    send: list[str]  # tracks this member may send (empty for a viewer)


class MediaRefused(msgspec.Struct, kw_only=True):
    reason: str
    code: str = "forbidden"  # forbidden | unknown-room | revoked | not-member (not in the room on the link: retried)
    #                          | rights-changed (joined again at once)


class MediaLeave(msgspec.Struct, kw_only=True):
    room: str


class MediaKeyframe(msgspec.Struct, kw_only=True):
    """Receiver -> relay: my picture of ``sender`` is broken (a gap), ask for a keyframe.
    Relay -> sender: send a keyframe now (a viewer joined, or lost part of the stream)."""

    room: str
    sender: str = ""


class MediaLayer(msgspec.Struct, kw_only=True):
    """Receiver -> relay: my link cannot carry ``sender``'s full picture (my media arrives later and
    later): send me its low layer. The relay tries the full one again later by itself."""

    room: str
    sender: str


class MediaReport(msgspec.Struct, kw_only=True):
    """Relay -> each video sender, every second: what the relay got from it and who watches."""

    room: str
    receivers: int  # other members of the room
    received_kbps: float  # media bitrate the relay received from this sender over the last report
    dropped: int  # this sender's video packets the relay dropped for slow receivers, in total


_CONTROL = {"media_join": MediaJoin, "media_joined": MediaJoined, "media_refused": MediaRefused,
            "media_leave": MediaLeave, "media_keyframe": MediaKeyframe, "media_report": MediaReport,
            "media_layer": MediaLayer}
#: control messages: the signed envelope of comms.protocol, no buffer frames
_CODEC = Codec(_CONTROL, "media", buffers=0)
_hdr_decoder = msgspec.msgpack.Decoder(MediaHeader)
_enc = msgspec.msgpack.Encoder()




def _mac(key: bytes, header: bytes, payload: bytes) -> bytes:
    return hmac.digest(key, P.signing_data(header, payload), "sha256")[:MAC_BYTES]


def _control_frames(signer: P.Signer, key: bytes, content) -> list[bytes]:
    return [b"c", *_CODEC.frames(signer, content, (), key)]


def _decode_control(frames: list[bytes], key: bytes, replay: P.ReplayGuard | None = None):
    """frames = [sig, header, content] -> (Header, content); raises ProtocolError."""
    header = P.peek_header(frames, 64 * 1024)
    content, _ = _CODEC.decode(frames, header, key)
    if replay is not None:
        replay.check(header)
    return header, content


# ----------------------------------------------------------------------------- relay (hub side)
@dataclass
class _Session:
    ident: bytes
    user: str
    hmac_key: bytes
    room: str
    role: str
    key: bytes
    send: tuple[str, ...]
    last_seen: float
    queue: collections.deque = field(default_factory=collections.deque)  # (t_in, frames, video sender session or None)
    forwarded: int = 0
    dropped: int = 0  # stale or unsendable packets for this receiver
    logged_dropped: int = 0
    absent_since: float | None = None  # when the link no longer showed the user in the room
    video_broken: set = field(default_factory=set)  # senders whose picture this receiver lost part of
    last_keyframe_request: float = 0.0  # (as a video sender) when the relay last asked it for one
    rx_bytes: int = 0  # (as a sender) bytes received since the last report
    video_dropped: int = 0  # (as a sender) its video packets dropped for slow receivers
    low_seen: float = -1e9  # (as a sender) when it last sent a low-layer packet (it offers simulcast)
    layer: dict = field(default_factory=dict)  # sender -> 0 (full) | 1 (low): the layer this receiver gets
    low_since: dict = field(default_factory=dict)  # sender -> when this receiver was moved to the low layer
    up_after: dict = field(default_factory=dict)  # sender -> seconds on the low layer before trying full again
    audio: collections.deque = field(default_factory=collections.deque)  # audio first: its own queue


class MediaRelay(Service):
    """Fan-out of media packets to the other members of a room, in a thread of the hub process.

    ``member_of(room, user_id) -> room role | None`` (given by the hub) says whether the user is
    online in that room on the link; without it, :func:`workstation.policy.admits` decides.
    """

    name = "media"
    codec = _CODEC
    audit_burst, audit_window = 100, 10.0

    def __init__(self, ctx: zmq.Context, public_key: bytes, secret_key: bytes, data_dir: str | Path,
                 bind: str = "tcp://127.0.0.1:0", member_of: Callable[[str, str], str | None] | None = None,
                 max_age: float = 0.2, sndhwm: int = 8, sndbuf: int = 16 * 1024, session_timeout: float = 5.0):
        super().__init__(ctx, data_dir, public_key, secret_key)
        self._bind, self._sndhwm, self._sndbuf = bind, sndhwm, sndbuf
        self.member_of = member_of
        self.max_age, self.session_timeout = max_age, session_timeout
        self._replay = P.ReplayGuard(max_ids=50_000)
        self._sessions: dict[bytes, _Session] = {}
        self._rooms: dict[str, set[bytes]] = {}
        self.stats = collections.Counter()

    # ------------------------------------------------------------------ lifecycle (Service hooks)
    def open(self) -> None:
        # SNDBUF small: a stalled receiver backs up here quickly, not in MBs of kernel buffer
        self.bind_router(self._bind, sndhwm=self._sndhwm, rcvhwm=1000, sndbuf=self._sndbuf,
                         maxmsgsize=1024 * 1024, router_mandatory=1)

    def poll_ms(self) -> int:
        return 5 if any(s.queue or s.audio for s in self._sessions.values()) else 200

    def on_readable(self) -> None:
        self._drain()

    def after_poll(self) -> None:
        self._flush()

    def receivers(self) -> dict[str, dict]:
        """Per joined member: packets forwarded and dropped (stale/slow) by the relay."""
        return {s.user: {"room": s.room, "forwarded": s.forwarded, "dropped": s.dropped}
                for s in list(self._sessions.values())}

    def _audit(self, user: str, action: str, detail: dict) -> None:
        if "dropped" in action or "refused" in action:  # a flood is summarised (media.audit.suppressed)
            self.audit_limited(user, action, detail)
        else:
            self.audit(user, action, detail)

    def _drop(self, user: str, reason: str) -> None:
        self.stats["dropped"] += 1
        self._audit(user, "media.dropped", {"reason": reason})

    def _drain(self) -> None:
        for _ in range(2000):
            try:
                zf = self.sock.recv_multipart(zmq.NOBLOCK, copy=False)
            except zmq.Again:
                return
            self.stats["received"] += 1
            try:
                self._handle(zf)
            except Exception as exc:  # one bad message must not stop the relay
                log.exception("media relay: internal error")
                self._drop("", f"internal error: {exc!r}")

    def _handle(self, zf) -> None:
        ident = zf[0].bytes
        frames = [f.bytes for f in zf[1:]]
        sess = self._sessions.get(ident)
        if frames and frames[0] == b"p" and len(frames) == 4 and sess is not None:
            return self._on_packet(sess, frames[1], frames[2], frames[3])
        user = self.peers.user(zf[-1])
        uid = user.id if user else ""
        if not frames or frames[0] not in (b"p", b"c"):
            return self._drop(uid, f"malformed: {len(frames)} frames, unknown kind")
        if frames[0] == b"p":
            return self._drop(uid, "packet without a media session (join first)" if len(frames) == 4
                              else f"malformed packet: {len(frames)} frames")
        try:
            header, content, _ = self.authenticate(user, frames[1:])
        except Dropped as d:
            return self._drop(d.user.id if d.user else "", d.reason)
        if isinstance(content, MediaJoin):
            self._on_join(ident, user, content)
        elif isinstance(content, MediaLeave):
            self._remove(ident, "leave")
        elif isinstance(content, MediaKeyframe) and sess is not None:
            for other in self._rooms.get(sess.room, ()):
                o = self._sessions[other]
                if o.user == content.sender:
                    self._request_keyframe(o)
        elif isinstance(content, MediaLayer) and sess is not None:
            for other in list(self._rooms.get(sess.room, ())):
                o = self._sessions[other]
                if o.user == content.sender and sess.layer.get(o.user, 0) == 0:
                    self._to_low_layer(sess, o)
        else:
            self._drop(user.id, f"unexpected {header.type} from a client")

    def _reply(self, ident: bytes, hmac_key: bytes, content) -> None:
        try:
            self.sock.send_multipart([ident, *_control_frames(self._signer, hmac_key, content)], zmq.NOBLOCK)
        except zmq.ZMQError:
            self.stats["unsent"] += 1

    def _room_role(self, user, room: str) -> tuple[str | None, str, str]:
        info = self.store.room_policy(room)
        if info is None:
            return None, f"no room {room!r} on this hub", "unknown-room"
        why = policy.admits(info, policy.Person(user.id, user.role, user.hospital, user.specialties))
        if why:
            return None, why, "forbidden"
        role = policy.room_role(user.role, info.kind)
        if self.member_of is not None:
            live = self.member_of(room, user.id)
            if live is None:
                return None, f"{user.id} is not a member of room {room} (join it on the link first)", "not-member"
            role = live
        return role, "", ""

    def _on_join(self, ident: bytes, user, msg: MediaJoin) -> None:
        key = user.hmac_secret.encode()
        role, why, code = self._room_role(user, msg.room)
        if role is None:
            self.stats["refused"] += 1
            self._audit(user.id, "media.refused", {"room": msg.room, "reason": why})
            return self._reply(ident, key, MediaRefused(reason=why, code=code))
        for other in [i for i, s in self._sessions.items() if s.user == user.id and s.room == msg.room and i != ident]:
            self._remove(other, "replaced by a new media session")
        self._remove(ident, "re-join")
        send = tuple(t for t in msg.tracks if t in policy.media_tracks(role))  # the hub's media roles
        s = _Session(ident, user.id, key, msg.room, role, os.urandom(32), send, time.monotonic())
        self._sessions[ident] = s
        self._rooms.setdefault(msg.room, set()).add(ident)
        self.stats["joined"] += 1
        self._audit(user.id, "media.join", {"room": msg.room, "role": role, "send": list(send)})
        self._reply(ident, key, MediaJoined(room=msg.room, role=role, key=s.key.hex(), send=list(send)))
        for other in self._rooms[msg.room]:  # the newcomer's decoder starts at a keyframe
            if other != ident:
                self._request_keyframe(self._sessions[other], force=True)

    def _request_keyframe(self, sender: _Session, force: bool = False) -> None:
        """Ask a video sender for a keyframe, at most twice a second (a new viewer: at once)."""
        if "video" not in sender.send:
            return
        now = time.monotonic()
        if not force and now - sender.last_keyframe_request < 0.5:
            return
        sender.last_keyframe_request = now
        self.stats["keyframe_requests"] += 1
        self._reply(sender.ident, sender.hmac_key, MediaKeyframe(room=sender.room, sender=sender.user))

    def _remove(self, ident: bytes, why: str) -> None:
        s = self._sessions.pop(ident, None)
        if s is None:
            return
        members = self._rooms.get(s.room)
        if members is not None:
            members.discard(ident)
            if not members:
                del self._rooms[s.room]
        self.store.audit(s.user, "media.leave", {"room": s.room, "why": why, "forwarded": s.forwarded,
                                                  "dropped": s.dropped})
        _hub_log("media.leave", user=s.user, room=s.room, why=why, forwarded=s.forwarded, dropped=s.dropped)

    def _on_packet(self, s: _Session, mac: bytes, hbytes: bytes, payload: bytes) -> None:
        if not hmac.compare_digest(_mac(s.key, hbytes, payload), mac):
            return self._drop(s.user, "bad packet MAC")
        try:
            h = _hdr_decoder.decode(hbytes)
        except Exception as exc:  # noqa: BLE001 - RecursionError on deep nesting too
            return self._drop(s.user, f"malformed media header: {type(exc).__name__}: {str(exc)[:200]}")
        s.last_seen = time.monotonic()
        if h.track == KEEPALIVE:  # echo: liveness and RTT for the client
            h2 = _enc.encode(MediaHeader(s.room, "hub", KEEPALIVE, h.seq, h.capture, ""))
            try:
                self.sock.send_multipart([s.ident, b"p", _mac(s.key, h2, b""), h2, b""], zmq.NOBLOCK)
            except zmq.ZMQError:
                pass
            return
        if h.room != s.room:
            return self._drop(s.user, f"packet for room {h.room!r} on a session of {s.room!r}")
        if h.track not in s.send:
            return self._drop(s.user, f"role {s.role} may not send {h.track!r} in {s.room}")
        self.stats["packets"] += 1
        s.rx_bytes += len(payload)
        out = _enc.encode(MediaHeader(s.room, s.user, h.track, h.seq, h.capture, h.codec, h.flags, wall_clock()))
        data = P.signing_data(out, payload)
        now = time.monotonic()
        video = h.track == "video"
        key = video and bool(h.flags & KEYFRAME)
        layer = 1 if h.flags & LOW_LAYER else 0
        if video and layer:
            s.low_seen = now
        simulcast = now - s.low_seen < 2.0
        for ident in self._rooms.get(s.room, ()):
            if ident == s.ident:
                continue
            r = self._sessions[ident]
            if video:
                if not simulcast and r.layer.get(s.user, 0) == 1:
                    # the sender stopped its low layer (its own rung went down): back to the full
                    # picture, from its next keyframe, asked for now
                    r.layer[s.user] = 0
                    r.video_broken.add(s.user)
                    self._request_keyframe(s, force=True)
                want = r.layer.get(s.user, 0)
                if want == 1 and layer == 0 and key and now - r.low_since[s.user] > r.up_after[s.user]:
                    want = r.layer[s.user] = 0  # a while without loss on the low layer: try the full picture
                    r.low_since[s.user] = now  # (a loss soon after means the link is not better yet)
                    r.video_broken.discard(s.user)
                if layer != want:
                    continue
                if s.user in r.video_broken:
                    if not key:  # undecodable for this receiver until the next keyframe: not worth sending
                        r.dropped += 1
                        s.video_dropped += 1
                        continue
                    r.video_broken.discard(s.user)
            item = (now, [ident, b"p", hmac.digest(r.key, data, "sha256")[:MAC_BYTES], out, payload],
                    s if video else None, layer)
            (r.queue if video else r.audio).append(item)

    def _lost_video(self, r: _Session, sender: _Session | None, layer: int = 0) -> None:
        """Receiver ``r`` misses a video packet of ``sender``: its picture is broken until a keyframe.
        Losing the full picture of a simulcasting sender moves the receiver to the low layer; it tries
        the full one again after ``up_after`` seconds (10 s, doubled up to 2 min while it keeps failing)."""
        if sender is None:
            return
        sender.video_dropped += 1
        if layer == 0 and r.layer.get(sender.user, 0) == 0:
            self._to_low_layer(r, sender)
        if sender.user not in r.video_broken:
            r.video_broken.add(sender.user)
            if sender.ident in self._sessions:
                self._request_keyframe(sender)

    def _to_low_layer(self, r: _Session, sender: _Session) -> None:
        """Move receiver ``r`` to ``sender``'s low layer (if it sends one): its picture restarts at
        the low layer's next keyframe, asked for at once."""
        now = time.monotonic()
        if now - sender.low_seen >= 2.0:
            return  # no low layer to give
        recent = now - r.low_since.get(sender.user, -1e9) < 30.0  # it went up a short while ago
        r.up_after[sender.user] = min(120.0, r.up_after.get(sender.user, 5.0) * 2) if recent else 10.0
        r.layer[sender.user] = 1
        r.low_since[sender.user] = now
        self.stats["layer_down"] += 1
        _hub_log("media.receiver.low_layer", logging.INFO, user=r.user, sender=sender.user,
                 retry_s=r.up_after[sender.user])
        r.video_broken.add(sender.user)
        if sender.ident in self._sessions:
            self._request_keyframe(sender, force=True)

    def _flush(self) -> None:
        now = time.monotonic()
        send = self.sock.send
        more, last = int(zmq.NOBLOCK | zmq.SNDMORE), int(zmq.NOBLOCK)
        for s in list(self._sessions.values()):
            for q in (s.audio, s.queue):  # audio first: video waits while the receiver's link is full
                while q and now - q[0][0] > self.max_age:  # keep only the newest max_age of media
                    item = q.popleft()
                    self._lost_video(s, item[2], item[3])
                    s.dropped += 1
                blocked = False
                while q:
                    _, msg, vsender, layer = q[0]
                    if vsender is not None and (vsender.user in s.video_broken
                                                or layer != s.layer.get(vsender.user, 0)):
                        q.popleft()  # queued before a loss or a layer switch: undecodable now
                        s.dropped += 1
                        continue
                    try:
                        for f in msg[:-1]:
                            send(f, more)
                        send(msg[-1], last)
                    except zmq.ZMQError as exc:
                        if exc.errno != zmq.EAGAIN:  # gone: its queue is useless
                            s.dropped += len(q)
                            q.clear()
                        blocked = True
                        break
                    q.popleft()
                    s.forwarded += 1
                if blocked:
                    break
        self.stats["forwarded"] = sum(s.forwarded for s in self._sessions.values())

    def housekeeping(self, now: float) -> None:
        super().housekeeping(now)
        elapsed = now - getattr(self, "_last_report", now - 1.0)
        self._last_report = now
        for s in list(self._sessions.values()):
            if "video" in s.send:
                kbps = s.rx_bytes * 8 / max(elapsed, 1e-3) / 1000
                s.rx_bytes = 0
                self._reply(s.ident, s.hmac_key, MediaReport(
                    room=s.room, receivers=len(self._rooms.get(s.room, ())) - 1, received_kbps=kbps,
                    dropped=s.video_dropped))
        revoked = self.store.revoked_ids()
        for ident, s in list(self._sessions.items()):
            if now - s.last_seen > self.session_timeout:
                self._remove(ident, "timeout")
            elif s.user in revoked:
                self._reply(ident, s.hmac_key, MediaRefused(reason="access revoked", code="revoked"))
                self._remove(ident, "revoked")
            elif self.member_of is not None and (live := self.member_of(s.room, s.user)) not in (None, s.role):
                # the broadcaster allowed or withdrew speaking: the client joins again for its new rights
                self._reply(ident, s.hmac_key, MediaRefused(reason=f"media rights in {s.room} changed: {live}",
                                                            code="rights-changed"))
                self._remove(ident, "rights changed")
            elif self.member_of is not None and self.member_of(s.room, s.user) is None:
                # a link reconnecting for a moment is not leaving: 5 s of grace
                s.absent_since = s.absent_since or now
                if now - s.absent_since > 5.0:
                    self._reply(ident, s.hmac_key, MediaRefused(reason=f"no longer a member of {s.room}",
                                                                code="not-member"))
                    self._remove(ident, "left the room")
            else:
                s.absent_since = None
            if s.dropped != s.logged_dropped and ident in self._sessions:
                _hub_log("media.receiver.dropped", logging.WARNING, user=s.user, room=s.room,
                         dropped=s.dropped, forwarded=s.forwarded)
                s.logged_dropped = s.dropped


# ----------------------------------------------------------------------------- codec
class OpusEncoder:
    """48 kHz mono Opus, 20 ms frames (PyAV libopus, VoIP application)."""

    def __init__(self, bitrate: int = 32_000):
        import av

        c = self._ctx = av.CodecContext.create("libopus", "w")
        c.sample_rate = RATE
        c.layout = "mono"
        c.format = "s16"
        c.bit_rate = bitrate
        c.options = {"application": "voip", "frame_duration": "20", "vbr": "constrained"}  # stays near bitrate
        c.open()
        self._av = av
        self._pts = 0

    def encode(self, frame: np.ndarray) -> list[bytes]:
        """One 960-sample frame (int16, or float in [-1, 1]) -> Opus packets (normally one)."""
        if frame.dtype != np.int16:
            frame = (np.clip(frame, -1.0, 1.0) * 32767.0).astype(np.int16)
        f = self._av.AudioFrame.from_ndarray(frame.reshape(1, -1), format="s16", layout="mono")
        f.sample_rate = RATE
        f.pts = self._pts
        self._pts += frame.size
        return [bytes(p) for p in self._ctx.encode(f)]


class OpusDecoder:
    def __init__(self):
        import av

        c = self._ctx = av.CodecContext.create("opus", "r")
        c.sample_rate = RATE
        c.layout = "mono"
        c.open()
        self._av = av

    def decode(self, packet: bytes) -> np.ndarray:
        """Opus packet -> float32 mono samples in [-1, 1]."""
        out = [f.to_ndarray().reshape(-1) for f in self._ctx.decode(self._av.Packet(packet))]
        return np.concatenate(out).astype(np.float32) if out else np.zeros(0, np.float32)


# ----------------------------------------------------------------------------- jitter buffer
class WindowMin:
    """The smallest value seen over the last ``window_s`` seconds (a monotonic deque)."""

    def __init__(self, window_s: float = 10.0):
        self.window_s = window_s
        self._q: collections.deque = collections.deque()  # (time, value), values increasing

    def add(self, now: float, value: float) -> None:
        q = self._q
        while q and q[-1][1] >= value:
            q.pop()
        q.append((now, value))
        while q[0][0] < now - self.window_s:
            q.popleft()

    @property
    def value(self) -> float | None:
        return self._q[0][1] if self._q else None


class JitterBuffer:
    """Per-sender playout buffer (pure: the caller passes ``now`` on the wall_clock() scale).

    A frame plays at ``capture + base + target``: ``base`` = smallest transit (arrival - capture)
    seen in the last ``window_s``; ``target`` = the larger of ``20 ms + 3 * jitter`` (RFC 3550
    estimator, each step capped at 200 ms so an outage does not inflate it) and the 95th percentile
    of the extra transit (transit - base) over the last ``spread_s`` (TCP retransmission holds are
    heavy-tailed, which the RFC estimator under-rates), clamped to [min_target, max_target].
    """

    def __init__(self, frame_s: float = FRAME_S, target_s: float = 0.06, min_target_s: float = 0.04,
                 max_target_s: float = 0.2, max_conceal: int = 5, window_s: float = 10.0,
                 spread_s: float = 3.0):
        self.frame_s, self.min_target, self.max_target = frame_s, min_target_s, max_target_s
        self.max_conceal, self.window_s, self.spread_s = max_conceal, window_s, spread_s
        self._spread: collections.deque = collections.deque()  # (arrival, transit)
        self._q95 = 0.0
        self.jitter = max(0.0, (target_s - 0.02) / 3.0)
        self.transit = None  # EWMA of arrival - capture (one-way delay estimate)
        self._last_transit = None
        self._mins = WindowMin(window_s)  # smallest transit (arrival - capture)
        self._buf: dict[int, tuple[float, bytes]] = {}
        self.next_seq: int | None = None
        self._next_capture = 0.0
        self._run = 0
        self.first_seq: int | None = None
        self.highest = -1
        self.received = self.late = self.concealed = self.played = self.duplicates = 0
        self.delays: collections.deque = collections.deque(maxlen=5000)  # playout delay (s) of played frames

    @property
    def base(self) -> float:
        return self._mins.value or 0.0

    @property
    def target(self) -> float:
        return min(self.max_target, max(self.min_target, 0.02 + 3.0 * self.jitter, self._q95))

    @property
    def delay(self) -> float:
        return self.base + self.target

    @property
    def lost(self) -> int:
        if self.first_seq is None:
            return 0
        return max(0, self.highest - self.first_seq + 1 - self.received)

    def push(self, seq: int, capture: float, payload: bytes, now: float) -> bool:
        """Add an arrived packet; False if it is too late (counted) or a duplicate."""
        self.received += 1
        if self.first_seq is None:
            self.first_seq = seq
        self.highest = max(self.highest, seq)
        transit = now - capture
        self.transit = transit if self.transit is None else self.transit + (transit - self.transit) / 16.0
        if self._last_transit is not None:
            d = min(abs(transit - self._last_transit), 0.2)
            self.jitter += (d - self.jitter) / 16.0
        self._last_transit = transit
        self._mins.add(now, transit)
        sp = self._spread
        sp.append((now, transit))
        while sp[0][0] < now - self.spread_s:
            sp.popleft()
        if self.received % 5 == 0 and len(sp) >= 20:
            self._q95 = float(np.percentile([t for _, t in sp], 95)) - self.base + 0.005
        if (self.next_seq is not None and seq < self.next_seq) or capture + self.delay < now - self.frame_s:
            self.late += 1
            return False
        if seq in self._buf:
            self.duplicates += 1
            self.received -= 1
            return False
        self._buf[seq] = (capture, payload)
        return True

    def next_due(self) -> float | None:
        """wall_clock() time at which pop_due has something to give, or None when idle and empty."""
        if self.next_seq is not None:
            return self._next_capture + self.delay
        if self._buf:
            return self._buf[min(self._buf)][0] + self.delay
        return None

    def pop_due(self, now: float) -> list[tuple[int, float, bytes | None]]:
        """Frames due by ``now`` in order: (seq, capture, payload), payload None = conceal."""
        out = []
        buf, delay = self._buf, self.delay
        while True:
            if self.next_seq is None:  # idle: start at the oldest packet still playable
                if not buf:
                    break
                s = min(buf)
                cap = buf[s][0]
                if cap + delay < now - self.frame_s:
                    del buf[s]
                    self.late += 1
                    continue
                if cap + delay > now:
                    break
                self.next_seq, self._next_capture, self._run = s, cap, 0
            if self._next_capture + delay > now:
                break
            item = buf.pop(self.next_seq, None)
            if item is not None:
                cap, payload = item
                out.append((self.next_seq, cap, payload))
                self.played += 1
                self._run = 0
                self.delays.append(now - cap)
                self._next_capture = cap + self.frame_s
            elif self._run < self.max_conceal:
                out.append((self.next_seq, self._next_capture, None))
                self.concealed += 1
                self._run += 1
                self._next_capture += self.frame_s
            else:  # nothing for max_conceal frames: pause or outage; resume from the next packet
                self.next_seq = None
                for k in [k for k in buf if buf[k][0] + delay < now - self.frame_s]:
                    del buf[k]
                    self.late += 1
                continue
            self.next_seq += 1
            for k in [k for k in buf if k < self.next_seq]:
                del buf[k]
        return out


# ----------------------------------------------------------------------------- client
class _VideoPeer:
    """One sender's picture: packets -> decode thread -> ``emit(frame, capture)`` at playout time.

    Decoding runs in its own thread so a 720p decode never delays audio playout. A frame is shown
    at ``capture + delay()``, where ``delay`` is that sender's audio playout delay while its audio
    plays (lip sync) and otherwise the smallest video transit seen plus 30 ms; a frame already
    late is shown at once, and when decoding falls behind only the newest due frame is shown.
    A gap in the sequence numbers (the relay dropped stale packets) makes the decoder wait for
    the next keyframe, which ``request_keyframe`` asks the sender for."""

    def __init__(self, user: str, codec: str, emit, delay, request_keyframe):
        from .video import H264Decoder

        self.user, self.codec = user, codec
        self._emit, self._delay, self._request_keyframe = emit, delay, request_keyframe
        self.decoder = H264Decoder(codec)
        self._q: collections.deque = collections.deque()
        self._cv = threading.Condition()
        self._stop = False
        self.last_seq: int | None = None
        self._mins = WindowMin(10.0)  # smallest transit (arrival - capture)
        self.bytes = collections.deque()  # (arrival, nbytes) over the last 5 s
        self.shown = collections.deque()  # wall_clock() of frames shown over the last 2 s
        self.latency: collections.deque = collections.deque(maxlen=3000)  # capture -> shown (s)
        self.decoded = self.dropped = self.gaps = 0
        self.size = (0, 0)
        self.layer = 0  # of the last packet (comms.media.LOW_LAYER)
        self.down = None  # EWMA of arrival - relay time: this receiver's own link (and its relay queue)
        self._down_mins = WindowMin(10.0)
        self.late_checks = 0  # consecutive checks with the packets arriving ever later (queueing)
        self.asked_low = -1e9
        self._thread = threading.Thread(target=self._run, name=f"video-{user}", daemon=True)
        self._thread.start()

    def base(self) -> float:
        return self._mins.value or 0.0

    def down_excess(self) -> float:
        """How much later than its best this link delivers now (s): queueing on the downlink."""
        return 0.0 if self.down is None else self.down - (self._down_mins.value or self.down)

    def push(self, seq: int, capture: float, payload: bytes, now: float, layer: int = 0,
             relayed: float = 0.0) -> None:
        transit = now - capture
        self.layer = layer
        if relayed:
            d = now - relayed
            self.down = d if self.down is None else self.down + (d - self.down) / 8.0
            self._down_mins.add(now, d)
        self._mins.add(now, transit)
        self.bytes.append((now, len(payload)))
        while self.bytes and now - self.bytes[0][0] > 5.0:
            self.bytes.popleft()
        with self._cv:
            if self.last_seq is not None and seq != self.last_seq + 1:
                self.gaps += 1
                self._q.append(None)  # marker: resynchronise at the next keyframe
            self.last_seq = seq
            self._q.append((capture, payload))
            self._cv.notify()

    def close(self) -> None:
        with self._cv:
            self._stop = True
            self._cv.notify()

    def _run(self) -> None:
        pending: list[tuple[float, np.ndarray]] = []  # decoded, waiting for their playout time
        while True:
            with self._cv:
                timeout = None
                if pending:
                    timeout = max(0.0, pending[0][0] + self._delay(self) - wall_clock())
                if not self._q and not self._stop and (timeout is None or timeout > 0):
                    self._cv.wait(timeout)
                if self._stop:
                    return
                items = list(self._q)
                self._q.clear()
            for item in items:
                if item is None:
                    if self.decoder.synced:
                        self.decoder.synced = False
                        self._request_keyframe(self.user)
                    continue
                capture, payload = item
                waiting = not self.decoder.synced
                try:
                    frames = self.decoder.decode(payload)
                except Exception:  # a damaged payload that passed the MAC: wait for a keyframe
                    frames = []
                if waiting and not self.decoder.synced:
                    self._request_keyframe(self.user)
                for f in frames:
                    self.decoded += 1
                    self.size = (f.shape[1], f.shape[0])
                    pending.append((capture, f))
            now = wall_clock()
            due = [p for p in pending if p[0] + self._delay(self) <= now]
            if due:
                pending = pending[len(due):]
                self.dropped += len(due) - 1  # behind: show only the newest due frame
                capture, frame = due[-1]
                self.shown.append(now)
                while self.shown and now - self.shown[0] > 2.0:
                    self.shown.popleft()
                self.latency.append(now - capture)
                self._emit(self.user, frame, capture)


class _Peer:
    def __init__(self, user: str, jb_args: dict):
        self.user = user
        self.jb = JitterBuffer(**jb_args)
        self.decoder = OpusDecoder()
        self.last_pcm = np.zeros(FRAME_SAMPLES, np.float32)
        self.muted = False
        self.bytes = collections.deque()  # (arrival, nbytes) over the last 5 s


class MediaClient:
    """Live audio of one room: capture -> Opus -> relay -> jitter buffer -> ``audio`` signal.

    ``audio(sender, pcm float32 mono 48 kHz, capture_time)`` is emitted FROM THE MEDIA THREAD, at
    playout time, once per 20 ms frame of each unmuted sender (concealment frames included);
    ``state_changed(str)``: "offline" | "joining" | "joined" | "refused"; ``error(str)``.
    """

    audio = Signal(str, object, float)
    video = Signal(str, object, float)
    keyframe_requested = Signal()
    state_changed = Signal(str)
    error = Signal(str)

    keepalive_s = 1.0
    rejoin_after_s = 4.0

    def __init__(self, bundle: dict, address: str, *, bitrate: int = 32_000, on_audio=None,
                 on_video=None, jitter: dict | None = None, tracks: tuple[str, ...] = ("audio",)):
        self.bundle = bundle
        self.tracks = tuple(tracks)
        self.user_id = bundle["user_id"]
        self.address = address
        self.bitrate = bitrate
        self._hkey = bundle["hmac_secret"].encode()
        self._jb_args = dict(jitter or {})
        if on_audio is not None:
            self.audio.connect(on_audio)
        if on_video is not None:
            self.video.connect(on_video)
        self._cmds = CommandQueue()
        self._thread: threading.Thread | None = None
        self._state = "offline"
        self.room: str | None = None
        self.role: str | None = None
        self._key: bytes | None = None
        self._can_send: tuple[str, ...] = ()
        self._peers: dict[str, _Peer] = {}
        self._video_peers: dict[str, _VideoPeer] = {}
        self._vseq = [0, 0]
        self._unknown_since: float | None = None  # first "unknown-room" refusal of this join
        self._last_downlink_check = 0.0
        self.report: MediaReport | None = None  # the relay's last report to this (video) sender
        self.rtts: collections.deque = collections.deque(maxlen=64)  # (monotonic, rtt s)
        self._muted: set[str] = set()
        self.send_muted = False
        self._pcm = np.zeros(0, np.int16)
        self._pcm_t: float | None = None
        self._seq = 0
        self._ka_seq = 0
        self._rtt: float | None = None
        self._sent_bytes = collections.deque()
        self.counters = collections.Counter()

    # ------------------------------------------------------------------ public (thread-safe)
    @property
    def state(self) -> str:
        return self._state

    def start(self) -> "MediaClient":
        if self._thread is None:
            self._running = True
            self._thread = threading.Thread(target=self._main, name=f"media-{self.user_id}", daemon=True)
            self._thread.start()
        return self

    def stop(self, timeout: float = 5.0) -> None:
        if self._thread is not None:
            self._cmds.put("stop")
            self._thread.join(timeout)
            self._thread = None
        self._cmds.close()

    def join(self, room: str) -> None:
        self._cmds.put("join", room)

    def leave(self) -> None:
        self._cmds.put("leave")

    def send_audio(self, pcm: np.ndarray, capture_time: float | None = None) -> None:
        """Queue captured mono 48 kHz samples (int16 or float in [-1, 1], any length); sent in 20 ms
        Opus frames. ``capture_time`` = wall_clock() of the first sample (default: now minus the
        chunk's duration, i.e. the chunk was just captured)."""
        pcm = np.asarray(pcm).reshape(-1)
        if capture_time is None:
            capture_time = wall_clock() - pcm.size / RATE
        self._cmds.put("pcm", pcm, capture_time)

    def send_video(self, packets: list[bytes], capture_time: float, codec: str, keyframe: bool,
                   layer: int = 0) -> None:
        """Queue one encoded video frame (its packets) captured at ``capture_time`` (wall_clock());
        ``layer`` 1 = the low simulcast layer (the relay sends it to receivers on a poor link)."""
        self._cmds.put("video", list(packets), capture_time, codec, keyframe, layer)

    def mute(self, sender: str, muted: bool = True) -> None:
        """Stop (or resume) playing one sender locally; its packets are still counted."""
        (self._muted.add if muted else self._muted.discard)(sender)

    def is_muted(self, sender: str) -> bool:
        return sender in self._muted

    @property
    def stats(self) -> dict:
        now = wall_clock()
        senders = {}
        for u, p in list(self._peers.items()):
            jb = p.jb
            d = list(jb.delays)[-50:]
            senders[u] = {
                "received": jb.received, "lost": jb.lost, "late": jb.late, "concealed": jb.concealed,
                "played": jb.played, "jitter_ms": jb.jitter * 1000, "target_ms": jb.target * 1000,
                "one_way_delay_ms": None if jb.transit is None else jb.transit * 1000,
                "playout_delay_ms": float(np.median(d)) * 1000 if d else None,
                "bitrate_kbps": sum(n for t, n in list(p.bytes) if now - t < 5.0) * 8 / 5.0 / 1000,
                "muted": u in self._muted,
            }
        for u, v in list(self._video_peers.items()):
            lat = list(v.latency)[-30:]
            senders.setdefault(u, {})["video"] = {
                "fps": len([t for t in list(v.shown) if now - t < 2.0]) / 2.0,
                "bitrate_kbps": sum(n for t, n in list(v.bytes) if now - t < 5.0) * 8 / 5.0 / 1000,
                "latency_ms": float(np.median(lat)) * 1000 if lat else None,
                "width": v.size[0], "height": v.size[1], "decoded": v.decoded, "dropped": v.dropped,
                "gaps": v.gaps, "codec": v.codec,
            }
        return {"state": self._state, "room": self.room, "role": self.role, "sent": self.counters["sent"],
                "send_dropped": self.counters["send_dropped"], "malformed": self.counters["malformed"],
                "bitrate_kbps": sum(n for t, n in list(self._sent_bytes) if now - t < 5.0) * 8 / 5.0 / 1000,
                "rtt_ms": None if self._rtt is None else self._rtt * 1000, "senders": senders}

    def video_latencies(self, sender: str) -> list[float]:
        """Glass-to-glass delays (s, capture -> frame handed to the screen) of the frames shown."""
        v = self._video_peers.get(sender)
        return list(v.latency) if v else []

    def playout_delays(self, sender: str) -> list[float]:
        """Playout delays (s, capture -> decoded jitter-buffer output) of the frames played so far."""
        p = self._peers.get(sender)
        return list(p.jb.delays) if p else []

    # ------------------------------------------------------------------ media thread
    def _set_state(self, s: str) -> None:
        if s != self._state:
            self._state = s
            self.state_changed.emit(s)

    def _main(self) -> None:
        self._ctx = zmq.Context()
        b = self.bundle
        # SNDHWM ~200 ms of audio: older media is not worth sending. A video sender also bounds the
        # kernel's send buffer (~250 ms at 2 Mbit/s): a congested uplink then shows as send drops and
        # a rising RTT within a second (which steps the ladder down), not as seconds of hidden backlog.
        opts = {"sndbuf": 64 * 1024} if "video" in self.tracks else {}
        s = self._sock = P.curve_dealer(self._ctx, b, sndhwm=10 if "video" not in self.tracks else 16,
                                        rcvhwm=1000, **opts)
        s.connect(self.address)
        self._signer = P.Signer(self.user_id, self._hkey)
        self._replay = P.ReplayGuard(max_ids=5_000)
        self._encoder = OpusEncoder(self.bitrate)
        self._last_echo = self._last_ka = self._join_sent = time.monotonic()
        poller = zmq.Poller()
        poller.register(s, zmq.POLLIN)
        poller.register(self._cmds.fd, zmq.POLLIN)
        try:
            while self._running:
                timeout = 50
                dues = [d for p in self._peers.values() if (d := p.jb.next_due()) is not None]
                if dues:
                    timeout = max(0, min(timeout, int((min(dues) - wall_clock()) * 1000) + 1))
                ready = dict(poller.poll(timeout))
                if self._cmds.fd in ready:
                    self._cmds.clear_wakeups()
                self._run_commands()
                if s in ready:
                    self._drain()
                self._playout()
                self._timers()
        finally:
            self._close_video_peers()
            s.close(linger=0)
            self._ctx.term()

    def _run_commands(self) -> None:
        while (cmd := self._cmds.get()) is not None:
            op = cmd[0]
            if op == "stop":
                if self.room is not None:
                    self._control(MediaLeave(room=self.room))
                self._running = False
                return
            if op == "pcm":
                self._on_pcm(cmd[1], cmd[2])
            elif op == "video":
                self._on_video(*cmd[1:])
            elif op == "keyframe":
                if self.room is not None and self._key is not None:
                    self._control(MediaKeyframe(room=self.room, sender=cmd[1]))
            elif op == "join":
                self.room, self._key, self._can_send = cmd[1], None, ()
                self._unknown_since = None
                self._peers.clear()
                self._close_video_peers()
                self._send_join()
            elif op == "leave":
                if self.room is not None:
                    self._control(MediaLeave(room=self.room))
                self.room, self._key = None, None
                self._peers.clear()
                self._close_video_peers()
                self._set_state("offline")

    def _close_video_peers(self) -> None:
        for v in self._video_peers.values():
            v.close()
        self._video_peers.clear()

    def _on_video(self, packets: list[bytes], capture: float, codec: str, keyframe: bool, layer: int = 0) -> None:
        if self._key is None or "video" not in self._can_send:
            return
        for i, pkt in enumerate(packets):
            self._vseq[layer] += 1  # each layer is its own sequence (a receiver gets one at a time)
            flags = (KEYFRAME if keyframe and i == 0 else 0) | (LOW_LAYER if layer else 0)
            if not self._send_packet("video", self._vseq[layer], capture, codec, pkt, flags):
                self.counters["video_send_dropped"] += 1
                self.keyframe_requested.emit()  # the relay's copy has a gap: heal it at once

    def _control(self, content) -> None:
        try:
            self._sock.send_multipart(_control_frames(self._signer, self._hkey, content), zmq.NOBLOCK)
        except zmq.Again:
            pass

    def _send_join(self) -> None:
        self._set_state("joining")
        self._join_sent = self._last_echo = time.monotonic()
        self._control(MediaJoin(room=self.room, tracks=list(self.tracks)))

    def _on_pcm(self, pcm: np.ndarray, t: float) -> None:
        if pcm.dtype != np.int16:
            pcm = (np.clip(pcm, -1.0, 1.0) * 32767.0).astype(np.int16)
        if self._pcm.size == 0 or self._pcm_t is None or abs(self._pcm_t + self._pcm.size / RATE - t) > 0.1:
            self._pcm, self._pcm_t = pcm, t  # a new talk spurt (or a gap): restart the frame clock
        else:
            self._pcm = np.concatenate([self._pcm, pcm])
        while self._pcm.size >= FRAME_SAMPLES:
            frame, self._pcm = self._pcm[:FRAME_SAMPLES], self._pcm[FRAME_SAMPLES:]
            cap, self._pcm_t = self._pcm_t, self._pcm_t + FRAME_SAMPLES / RATE
            if self._key is None or "audio" not in self._can_send or self.send_muted:
                continue
            for pkt in self._encoder.encode(frame):
                self._seq += 1
                self._send_packet("audio", self._seq, cap, "opus", pkt)

    def _send_packet(self, track: str, seq: int, capture: float, codec: str, payload: bytes,
                     flags: int = 0) -> bool:
        h = _enc.encode(MediaHeader(self.room, self.user_id, track, seq, capture, codec, flags))
        try:
            self._sock.send_multipart([b"p", _mac(self._key, h, payload), h, payload], zmq.NOBLOCK)
        except zmq.Again:
            self.counters["send_dropped"] += 1
            return False
        if track != KEEPALIVE:
            self.counters["sent"] += 1
            self.counters[f"sent_{track}"] += 1
            now = wall_clock()
            self._sent_bytes.append((now, len(payload)))
            while self._sent_bytes and now - self._sent_bytes[0][0] > 5.0:
                self._sent_bytes.popleft()
        return True

    def _drain(self) -> None:
        for _ in range(2000):
            try:
                frames = self._sock.recv_multipart(zmq.NOBLOCK)
            except zmq.Again:
                return
            if frames[0] == b"p" and len(frames) == 4:
                self._on_packet(frames[1], frames[2], frames[3])
            elif frames[0] == b"c" and len(frames) == 4:
                try:
                    _, msg = _decode_control(frames[1:], self._hkey, self._replay)
                except P.ProtocolError as exc:
                    self.counters["malformed"] += 1
                    self.error.emit(f"dropped a media control message: {exc.reason}")
                    continue
                self._on_control(msg)
            else:
                self.counters["malformed"] += 1

    def _on_control(self, msg) -> None:
        if isinstance(msg, MediaJoined) and msg.room == self.room:
            self._key = bytes.fromhex(msg.key)
            self.role, self._can_send = msg.role, tuple(msg.send)
            self._last_echo = time.monotonic()
            self._set_state("joined")
        elif isinstance(msg, MediaKeyframe) and msg.room == self.room:
            self.counters["keyframe_requests"] += 1
            self.keyframe_requested.emit()
        elif isinstance(msg, MediaReport) and msg.room == self.room:
            self.report = msg
        elif isinstance(msg, MediaRefused):
            self._key = None
            if msg.code == "rights-changed":  # not an error: join again with the new rights
                return self._send_join()
            self.error.emit(f"media refused: {msg.reason}")
            now = time.monotonic()
            if msg.code != "unknown-room":
                self._unknown_since = None
            elif self._unknown_since is None:
                self._unknown_since = now
            if msg.code == "not-member" or (msg.code == "unknown-room" and now - self._unknown_since < 10.0):
                # the link may not have (re)joined the room yet, or the hub not yet stored the room
                # its creator just made (a broadcaster starts media at once): retry
                self._join_sent = now
                self._set_state("joining")
            else:
                self.room = None
                self._set_state("refused")

    def _on_packet(self, mac: bytes, hbytes: bytes, payload: bytes) -> None:
        if self._key is None or not hmac.compare_digest(_mac(self._key, hbytes, payload), mac):
            self.counters["malformed"] += 1
            return
        try:
            h = _hdr_decoder.decode(hbytes)
        except (msgspec.DecodeError, msgspec.ValidationError):
            self.counters["malformed"] += 1
            return
        now = wall_clock()
        if h.track == KEEPALIVE:
            self._last_echo = time.monotonic()
            self._rtt = now - h.capture
            self.rtts.append((self._last_echo, self._rtt))
            return
        if h.track == "video":
            return self._on_video_packet(h, payload, now)
        if h.track != "audio" or h.codec != "opus":
            return  # a track this client does not play
        p = self._peers.get(h.sender)
        if p is None:
            p = self._peers[h.sender] = _Peer(h.sender, self._jb_args)
        p.bytes.append((now, len(payload)))
        while p.bytes and now - p.bytes[0][0] > 5.0:
            p.bytes.popleft()
        p.jb.push(h.seq, h.capture, payload, now)

    def _on_video_packet(self, h: MediaHeader, payload: bytes, now: float) -> None:
        v = self._video_peers.get(h.sender)
        if v is None or v.codec != h.codec:
            if v is not None:
                v.close()
            try:
                v = _VideoPeer(h.sender, h.codec, self.video.emit, self._video_delay,
                               lambda user: self._cmds.put("keyframe", user))
            except ValueError:  # a codec we cannot decode
                self.counters["malformed"] += 1
                return
            self._video_peers[h.sender] = v
        v.push(h.seq, h.capture, payload, now, 1 if h.flags & LOW_LAYER else 0, h.relayed)

    #: video arriving from the relay this much later than its best (queueing on this receiver's own
    #: link, measured from the relay's time: the sender's uplink does not count) for two checks in a
    #: row (a second) asks the relay for the sender's low video layer
    queueing_s = 0.25

    def _check_downlink(self) -> None:
        """Receiver side of simulcast: this link queues (the full picture does not fit): ask for
        the low layer (before the relay's own queue overflows, which takes the link's whole buffer)."""
        now = time.monotonic()
        for user, v in list(self._video_peers.items()):
            if v.layer != 0:
                v.late_checks = 0
                continue
            v.late_checks = v.late_checks + 1 if v.down_excess() > self.queueing_s else 0
            if v.late_checks >= 2 and now - v.asked_low > 2.0:
                v.asked_low = now
                self.counters["asked_low_layer"] += 1
                self._control(MediaLayer(room=self.room, sender=user))

    def _video_delay(self, v: _VideoPeer) -> float:
        """Playout delay of a sender's video: its audio's while the audio plays (lip sync)."""
        p = self._peers.get(v.user)
        if p is not None and p.jb.next_seq is not None and not self.is_muted(v.user):
            return p.jb.delay
        return v.base() + 0.03

    def _playout(self) -> None:
        now = wall_clock()
        for user, p in list(self._peers.items()):
            for _seq, cap, payload in p.jb.pop_due(now):
                if payload is not None:
                    try:
                        pcm = p.decoder.decode(payload)
                    except Exception:  # a corrupt payload that passed the MAC (sender bug): conceal
                        self.counters["malformed"] += 1
                        pcm = np.zeros(FRAME_SAMPLES, np.float32)
                    p.last_pcm = pcm
                else:  # concealment: the last frame once at half level, then silence
                    pcm, p.last_pcm = p.last_pcm * 0.5, np.zeros(FRAME_SAMPLES, np.float32)
                if user not in self._muted:
                    self.audio.emit(user, pcm, cap)

    def _timers(self) -> None:
        now = time.monotonic()
        if self.room is None:
            return
        if self._key is None:
            if now - self._join_sent > 2.0 and self._state != "refused":
                self._send_join()
            return
        # a video sender samples the RTT 4x a second: its ladder steps down on queueing
        if now - self._last_ka >= (self.keepalive_s if "video" not in self._can_send else self.keepalive_s / 4):
            self._last_ka = now
            self._ka_seq += 1
            self._send_packet(KEEPALIVE, self._ka_seq, wall_clock(), "", b"")
        if now - self._last_echo > self.rejoin_after_s:
            self._key = None
            self._send_join()
        if self._video_peers and now - self._last_downlink_check >= 0.5:
            self._last_downlink_check = now
            self._check_downlink()


class RawMediaPeer:
    """A bare media socket for diagnostics and tests: joins a room and then sends whatever it is
    told and reads nothing unless asked (a stalled receiver)."""

    def __init__(self, bundle: dict, address: str, rcvhwm: int = 2, rcvbuf: int = 4096):
        self.bundle = bundle
        self.key = bundle["hmac_secret"].encode()
        self.signer = P.Signer(bundle["user_id"], self.key)
        self.ctx = zmq.Context()
        s = self.sock = P.curve_dealer(self.ctx, bundle, rcvhwm=rcvhwm, rcvbuf=rcvbuf)
        s.connect(address)
        self.session_key: bytes | None = None

    def send_frames(self, frames: list[bytes]) -> None:
        self.sock.send_multipart(frames)

    def join(self, room: str, timeout: float = 5.0):
        """Send MediaJoin; returns MediaJoined or MediaRefused (None on timeout)."""
        self.sock.send_multipart(_control_frames(self.signer, self.key, MediaJoin(room=room)))
        deadline = time.monotonic() + timeout
        while (left := deadline - time.monotonic()) > 0:
            if not self.sock.poll(int(left * 1000)):
                return None
            frames = self.sock.recv_multipart()
            if frames[0] == b"c":
                _, msg = _decode_control(frames[1:], self.key)
                if isinstance(msg, MediaJoined):
                    self.session_key = bytes.fromhex(msg.key)
                return msg
        return None

    def packet_frames(self, room: str, track: str, seq: int, payload: bytes, codec: str = "opus") -> list[bytes]:
        h = _enc.encode(MediaHeader(room, self.bundle["user_id"], track, seq, wall_clock(), codec))
        return [b"p", _mac(self.session_key or b"", h, payload), h, payload]

    def close(self) -> None:
        self.sock.close(linger=0)
        self.ctx.term()

    stop = close


def _start_service(hub: HubContext) -> MediaRelay:
    """The hub's media relay (``media_bind`` of hub.toml, default the link's host), advertised as "media";
    members and media roles come from the link (``hub.member_of``)."""
    return MediaRelay(hub.ctx, hub.public_key, hub.secret_key, hub.data_dir,
                      hub.config.media_bind or hub.address.rsplit(":", 1)[0] + ":0", member_of=hub.member_of).start()


register("media", _start_service)
