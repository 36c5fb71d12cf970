"""Qt-free client of the Silkbridge hub.

``LinkClient`` owns ONE I/O thread, and that thread owns the ZeroMQ DEALER socket. Public methods
are thread-safe: they put a command on a queue and wake the I/O thread through a pipe.

Signals (psygnal) are emitted FROM THE I/O THREAD. A GUI must marshal them to its own thread
(e.g. a Qt bridge re-emitting through a ``Qt.QueuedConnection`` signal) and must not block in the
slot; long work in a slot delays the link.

* ``event_received(RoomEvent)``: events of a room, exactly once and strictly in ``seq`` order;
  plus ephemeral events (``ev.ephemeral``, ``ev.seq == 0``: laser pointer, typing) as soon as they
  arrive, outside that order, never stored, possibly lost (your own ones come back too).
* ``state_changed(str)``: "connecting" | "online" | "degraded" | "offline" | "refused" | "revoked".
* ``presence_changed(room_id, members: list[Member])``
* ``rtt_changed(float)``: round-trip time in ms, from Ping/Pong.
* ``acked(client_msg_id, room_seq)``: the hub stored a publish.
* ``error(str)``: a refusal or problem, as a sentence for the user.
* ``set_aside(room_id, seq, reason)``: an event of a room this workstation cannot read (a body too
  deep, too large or malformed) or that an application could not apply: it is skipped (the room's
  order goes on), kept in the ``set_aside`` table of ``state_dir`` and reported here, at start
  (:meth:`history`) as live; :meth:`set_aside_events` lists them. One bad event never stops a
  workstation from starting or following a room.

Delivery: every publish is written to a SQLite outbox in ``state_dir`` before ``publish`` returns
and removed only when the hub acknowledges it (after its own commit). Durability level: SQLite WAL
with ``synchronous=NORMAL`` (the accepted level): a committed publish survives a crash of the
application; after a power loss the last few ms of commits may be lost, never corrupted.
Acks are applied in batches (one transaction per drained batch). On every (re)connection the
client says Hello, re-joins its rooms from its last seen seq and resends the outbox; the hub drops
duplicates by ``client_msg_id``. Received events are stored with their seq, so a new client on the
same ``state_dir`` resumes where the previous one stopped.
"""

from __future__ import annotations

import logging
import random
import sqlite3
import threading
import time
from pathlib import Path
from typing import Any, Callable

import msgspec
import zmq
from psygnal import Signal
from zmq.utils.monitor import recv_monitor_message

from . import protocol as P
from .commands import CommandQueue
from .store import Checkpointer

log = logging.getLogger("silkbridge.link")

_encode = msgspec.msgpack.Encoder().encode

STATES = ("connecting", "online", "degraded", "offline", "refused", "revoked")
#: kind of the placeholder that keeps a set-aside event's place in a room's order (never delivered)
SET_ASIDE_KIND = "set-aside"

_SCHEMA = """
CREATE TABLE IF NOT EXISTS outbox (n INTEGER PRIMARY KEY AUTOINCREMENT, client_msg_id TEXT UNIQUE NOT NULL,
    room TEXT NOT NULL, kind TEXT NOT NULL, body BLOB NOT NULL, created REAL NOT NULL);
CREATE TABLE IF NOT EXISTS rooms (room TEXT PRIMARY KEY, last_seq INTEGER NOT NULL DEFAULT 0,
    epoch TEXT NOT NULL DEFAULT '');
CREATE TABLE IF NOT EXISTS events (room TEXT NOT NULL, seq INTEGER NOT NULL, sender TEXT NOT NULL,
    kind TEXT NOT NULL, body BLOB NOT NULL, time REAL NOT NULL, client_msg_id TEXT NOT NULL,
    sender_role TEXT NOT NULL DEFAULT '', sender_name TEXT NOT NULL DEFAULT '', PRIMARY KEY (room, seq));
CREATE TABLE IF NOT EXISTS set_aside (room TEXT NOT NULL, seq INTEGER NOT NULL, sender TEXT NOT NULL,
    kind TEXT NOT NULL, body BLOB NOT NULL, time REAL NOT NULL, client_msg_id TEXT NOT NULL,
    reason TEXT NOT NULL, at REAL NOT NULL, PRIMARY KEY (room, seq));
CREATE TABLE IF NOT EXISTS superseded (room TEXT NOT NULL, seq INTEGER NOT NULL, sender TEXT NOT NULL,
    kind TEXT NOT NULL, body BLOB NOT NULL, time REAL NOT NULL, client_msg_id TEXT NOT NULL,
    sender_role TEXT NOT NULL, sender_name TEXT NOT NULL, superseded_at REAL NOT NULL);
"""


class LinkClient:
    event_received = Signal(object)
    state_changed = Signal(str)
    presence_changed = Signal(str, object)
    rtt_changed = Signal(float)
    acked = Signal(str, int)
    error = Signal(str)
    set_aside = Signal(str, int, str)
    #: (room, reason): the hub refused this workstation a room (not invited) or removed it from one
    room_refused = Signal(str, str)
    #: the hub's answer to request_media_grant: room, grant dict (comms.webrtc.sfu.MediaGrant) or None, reason
    media_grant = Signal(str, object, str)
    #: the hub's answer to request_watch_link: room, URL ("" when refused or for a revoke), reason
    watch_link = Signal(str, str, str)

    #: timings (seconds)
    ping_interval = 1.0
    #: while room traffic flows from the hub the link is evidently alive: ping (for the RTT and the
    #: hub's presence timeout) less often; saves ~0.7 kB/s of a busy consult's link
    busy_ping_interval = 2.5  # < the hub's 5 s presence timeout, with room for a stall
    dead_after = 4.0  # no traffic from the hub for this long while online -> offline, reconnect
    hello_timeout = 4.0
    backoff_min, backoff_max = 0.2, 5.0
    degraded_rtt_ms = 400.0

    def __init__(self, bundle: dict, state_dir: str | Path):
        self.bundle = bundle
        self.user_id: str = bundle["user_id"]
        self._key = bundle["hmac_secret"].encode()
        self.state_dir = Path(state_dir)
        self.state_dir.mkdir(parents=True, exist_ok=True)
        self._db = sqlite3.connect(self.state_dir / "link.sqlite", check_same_thread=False, isolation_level=None)
        self._db.execute("PRAGMA journal_mode=WAL")
        self._db.execute("PRAGMA synchronous=NORMAL")
        self._db.execute("PRAGMA wal_autocheckpoint=0")  # checkpoints run on a Checkpointer thread
        self._db.executescript(_SCHEMA)
        cols = {r[1] for r in self._db.execute("PRAGMA table_info(events)")}
        for col in ("sender_role", "sender_name"):  # state_dir written before protocol 1.1 fields
            if col not in cols:
                self._db.execute(f"ALTER TABLE events ADD COLUMN {col} TEXT NOT NULL DEFAULT ''")
        if "epoch" not in {r[1] for r in self._db.execute("PRAGMA table_info(rooms)")}:
            self._db.execute("ALTER TABLE rooms ADD COLUMN epoch TEXT NOT NULL DEFAULT ''")
        self._checkpointer = Checkpointer(self.state_dir / "link.sqlite")
        self._dblock = threading.Lock()
        with self._dblock:
            self._last = dict(self._db.execute("SELECT room, last_seq FROM rooms").fetchall())
            #: per room, the hub restore this workstation has already reconciled with (comms.store)
            self._epochs = dict(self._db.execute("SELECT room, epoch FROM rooms").fetchall())
        self._state = "offline"
        self._rtt: float | None = None
        self._clock_samples: list[tuple[float, float]] = []  # (round trip s, hub - ours s) of recent pongs
        self._presence: dict[str, list[P.Member]] = {}
        self._rooms: dict[str, str] = {}  # desired membership: room -> kind
        self._creates: dict[str, P.CreateRoom] = {}  # rooms asked for before the hub's Welcome
        self._room_roles: dict[str, str] = {}
        self._pending: dict[str, dict[int, P.RoomEvent]] = {}
        self._resume_asked: dict[str, float] = {}
        self._held_rooms: set[str] = set()  # rooms whose outbox waits for this run's join
        self._cmds = CommandQueue()
        self._thread: threading.Thread | None = None
        self._running = False
        self._ev_decoder = msgspec.msgpack.Decoder(dict)
        #: side services advertised by the hub in Welcome, e.g. {"blob": "tcp://..."} (comms.blobs)
        self.services: dict[str, str] = {}
        #: the user's effective rights sent by the hub in Welcome (workstation.policy.effective_rights);
        #: {} until then or from an older hub
        self.rights: dict = {}

    # ------------------------------------------------------------------ public API (thread-safe)
    @property
    def state(self) -> str:
        return self._state

    @property
    def rtt_ms(self) -> float | None:
        return self._rtt

    @property
    def clock_offset(self) -> float:
        """The hub's wall clock minus this workstation's, in seconds (0.0 until known): from the
        recent ping with the shortest round trip (the hub's answer time against the middle of the
        round trip, as NTP), or from a hub's clock-skew answer. Media timestamps put on the hub's
        clock with it are comparable between workstations whose own clocks differ."""
        return getattr(self, "_clock_offset", 0.0)

    def presence(self, room_id: str) -> list[P.Member]:
        return list(self._presence.get(room_id, []))

    def room_role(self, room_id: str) -> str | None:
        return self._room_roles.get(room_id)

    def last_seq(self, room_id: str) -> int:
        return self._last.get(room_id, 0)

    def outbox_size(self, room_id: str | None = None) -> int:
        """Publishes not yet acknowledged by the hub (of one room, or of all)."""
        with self._dblock:
            if room_id is None:
                return self._db.execute("SELECT COUNT(*) FROM outbox").fetchone()[0]
            return self._db.execute("SELECT COUNT(*) FROM outbox WHERE room=?", (room_id,)).fetchone()[0]

    def history(self, room_id: str, after_seq: int = 0) -> list[P.RoomEvent]:
        """Events of a room received so far (persisted in state_dir), in seq order. One that cannot
        be read back is set aside (see ``set_aside``) instead of stopping the caller."""
        with self._dblock:
            rows = self._db.execute("SELECT room, seq, sender, kind, body, time, client_msg_id, sender_role, "
                                    "sender_name FROM events WHERE room=? AND seq>? AND kind!=? ORDER BY seq",
                                    (room_id, after_seq, SET_ASIDE_KIND)).fetchall()
        out = []
        for r in rows:
            try:
                body = P.decode_body(r[4], "stored event body")
            except P.ProtocolError as exc:
                self._put_aside(r[0], r[1], r[2], r[3], r[4], r[5], r[6], exc.reason)
                continue
            out.append(P.RoomEvent(room=r[0], seq=r[1], sender=r[2], kind=r[3], body=body, time=r[5],
                                   client_msg_id=r[6], sender_role=r[7], sender_name=r[8]))
        return out

    def set_aside_events(self, room_id: str | None = None) -> list[dict]:
        """Events set aside (unreadable or not applicable), oldest first: room, seq, sender, kind,
        time, reason, at (the body is kept in the table as received)."""
        sql = "SELECT room, seq, sender, kind, time, reason, at FROM set_aside"
        args: tuple = ()
        if room_id is not None:
            sql, args = sql + " WHERE room=?", (room_id,)
        with self._dblock:
            rows = self._db.execute(sql + " ORDER BY at, room, seq", args).fetchall()
        return [dict(zip(("room", "seq", "sender", "kind", "time", "reason", "at"), r)) for r in rows]

    def report_set_aside(self, ev: P.RoomEvent, reason: str) -> None:
        """An application could not apply ``ev`` (e.g. replaying :meth:`history`): keep it aside and
        report it, so the caller goes on with the next event."""
        try:
            body = _encode(ev.body)
        except Exception:  # noqa: BLE001 - unencodable: keep what can be kept
            body = b""
        self._put_aside(ev.room, ev.seq, ev.sender, ev.kind, body, ev.time, ev.client_msg_id, reason,
                        placeholder=False)

    def _put_aside(self, room: str, seq: int, sender, kind, body: bytes, t, cmid, reason: str,
                   placeholder: bool = True) -> None:
        """Keep an event aside (table ``set_aside``); with ``placeholder`` its row in ``events`` is
        replaced by one that keeps its place in the room's order and is never delivered."""
        sender, kind, cmid = str(sender or "")[:200], str(kind or "")[:200], str(cmid or "")[:200]
        t = t if isinstance(t, (int, float)) else 0.0
        with self._dblock:
            try:
                new = self._db.execute("INSERT OR IGNORE INTO set_aside (room, seq, sender, kind, body, time, "
                                       "client_msg_id, reason, at) VALUES (?,?,?,?,?,?,?,?,?)",
                                       (room, seq, sender, kind, bytes(body), t, cmid, reason, time.time())).rowcount
                if placeholder:
                    self._db.execute("UPDATE events SET kind=?, body=? WHERE room=? AND seq=?",
                                     (SET_ASIDE_KIND, _encode({"kind": kind, "reason": reason}), room, seq))
            except sqlite3.Error as exc:
                log.error("could not record set-aside event %s#%s: %s", room, seq, exc)
                new = 1
        if not new:  # already set aside and reported (e.g. received again with a resent backlog)
            return
        log.warning("room %s: event %s (%s from %s) set aside: %s", room, seq, kind, sender, reason)
        self.set_aside.emit(room, seq, reason)
        self.error.emit(f"an event of {room} (#{seq}, {kind}) could not be used and was set aside: {reason}")

    def start(self) -> "LinkClient":
        if self._thread is None:
            self._checkpointer.start()
            self._running = True
            self._thread = threading.Thread(target=self._io_main, name=f"link-{self.user_id}", daemon=True)
            self._thread.start()
        return self

    def stop(self, timeout: float = 5.0) -> None:
        if self._thread is not None:
            self._cmds.put("stop")
            self._thread.join(timeout)
            self._thread = None
            self._checkpointer.stop()
        with self._dblock:
            try:
                self._db.close()
            except sqlite3.Error:
                pass
        self._cmds.close()

    def join(self, room_id: str, kind: str = "consult") -> None:
        self._cmds.put("join", room_id, kind)

    def leave(self, room_id: str) -> None:
        self._cmds.put("leave", room_id)

    def request_media_grant(self, room_id: str) -> None:
        """Ask the hub for a video call grant in a joined room; the answer comes as ``media_grant``."""
        self._cmds.put("media_grant", room_id)

    def request_watch_link(self, room_id: str, revoke: bool = False) -> None:
        """Ask the hub for a one-time link to watch broadcast ``room_id`` in a browser (or, with
        ``revoke``, take back the links this user handed out for it); the answer comes as ``watch_link``."""
        self._cmds.put("watch_link", room_id, bool(revoke))

    def create_room(self, room_id: str, kind: str = "consult", title: str = "", access: dict | None = None) -> None:
        """``access``: who the room admits besides its creator and the moderators, ``{"users": [...],
        "hospitals": [...], "roles": [...]}``; None: the creator's own hospital (workstation.policy)."""
        self._cmds.put("create", room_id, kind, title, access)

    def publish(self, room_id: str, kind: str, body: dict[str, Any], ephemeral: bool = False) -> str:
        """Queue an event for a room; durable in the outbox when this returns (SQLite WAL,
        ``synchronous=NORMAL``: survives an application crash). Returns client_msg_id.

        ``ephemeral=True`` (laser pointer, typing indicator): NOT persisted, not retried, not
        ordered; sent at once if online, silently dropped if not. The hub relays it to every
        other online member of the room with ``seq == 0`` (not back to this client).
        """
        P.check_body(body, "publish body")  # ProtocolError (a ValueError's cousin) before it is queued
        cmid = P.new_id()
        if ephemeral:
            self._cmds.put("publish_eph", cmid, room_id, kind, body)
            return cmid
        blob = P.encode(body)
        with self._dblock:
            self._db.execute("INSERT INTO outbox (client_msg_id, room, kind, body, created) VALUES (?,?,?,?,?)",
                             (cmid, room_id, kind, blob, time.time()))
        self._cmds.put("publish", cmid, room_id, kind, body)
        return cmid

    # ------------------------------------------------------------------ I/O thread
    def _set_state(self, state: str) -> None:
        if state != self._state:
            self._state = state
            self.state_changed.emit(state)

    def _io_main(self) -> None:
        self._ctx = zmq.Context()
        self._sock = None
        self._mon = None
        self._attempts = 0
        self._next_connect = 0.0
        self._terminal = False
        try:
            self._loop()
        finally:
            self._close_socket()
            self._ctx.term()

    def _open_socket(self) -> None:
        s = P.curve_dealer(self._ctx, self.bundle, sndhwm=100_000, rcvhwm=100_000)
        self._mon = s.get_monitor_socket(zmq.EVENT_HANDSHAKE_FAILED_AUTH | zmq.EVENT_HANDSHAKE_FAILED_PROTOCOL
                                         | zmq.EVENT_HANDSHAKE_FAILED_NO_DETAIL)
        s.connect(self.bundle["hub_address"])
        self._sock = s
        self._signer = P.Signer(self.user_id, self._key)
        self._signer.clock_offset = getattr(self, "_clock_offset", 0.0)  # learnt from a hub's clock-skew answer
        self._replay = P.ReplayGuard(max_ids=20_000)
        self._hello_sent = time.monotonic()
        self._last_rx = time.monotonic()
        self._last_data_rx = 0.0  # last room event or ack (not a pong)
        self._last_ping = 0.0
        self._pings: dict[float, float] = {}
        self._missed: list[float] = []
        self._pending.clear()
        self._resume_asked.clear()
        self._paging: dict[str, tuple[int, int]] = {}  # room -> (hub's last seq at join, last asked from)
        self._page_tokens: dict[str, str] = {}  # room -> token of the last backlog page received
        self._welcomed = False
        self._hub_bundles = False
        self._hub_ack_events = False
        self._set_state("connecting")
        self._send(P.Hello(display_name=self.bundle.get("display_name", ""), features=list(P.FEATURES)))

    def _close_socket(self) -> None:
        if self._sock is not None:
            try:
                self._sock.disable_monitor()
            except zmq.ZMQError:
                pass
            self._mon.close(linger=0)
            self._sock.close(linger=0)
            self._sock = self._mon = None

    def _link_dead(self, why: str) -> None:
        self._close_socket()
        self._set_state("offline")
        delay = min(self.backoff_max, self.backoff_min * (2 ** self._attempts))
        delay *= 0.75 + 0.5 * random.random()
        self._attempts += 1
        self._next_connect = time.monotonic() + delay

    def _send(self, content, buffers=()) -> None:
        if self._sock is None:
            return
        try:
            self._sock.send_multipart(self._signer.frames(content, list(buffers)), zmq.NOBLOCK)
        except zmq.Again:
            pass  # nothing connected yet (IMMEDIATE): heartbeat / reconnect logic will resend

    def _loop(self) -> None:
        poller = zmq.Poller()
        poller.register(self._cmds.fd, zmq.POLLIN)
        registered = None
        while self._running:
            now = time.monotonic()
            if self._sock is None and not self._terminal and now >= self._next_connect:
                self._open_socket()
            if registered is not self._sock:
                poller = zmq.Poller()
                poller.register(self._cmds.fd, zmq.POLLIN)
                if self._sock is not None:
                    poller.register(self._sock, zmq.POLLIN)
                    poller.register(self._mon, zmq.POLLIN)
                registered = self._sock
            timeout = 100
            if self._sock is None and not self._terminal:
                timeout = max(1, min(100, int((self._next_connect - now) * 1000)))
            ready = dict(poller.poll(timeout))
            if self._cmds.fd in ready:
                self._cmds.clear_wakeups()
            self._run_commands()
            if not self._running:
                break
            if self._sock is not None and self._mon in ready:
                self._on_monitor()
            if self._sock is not None and self._sock in ready:
                self._drain()
            if self._sock is not None:
                self._timers()

    #: largest number of publishes coalesced into one Publishes message
    publish_batch_max = 256

    def _send_publishes(self, items: list[P.Publish]) -> None:
        """Send publishes in order: one Publishes message per chunk when the hub accepts them
        (a burst or an outbox replay then costs one signed message, not one per event)."""
        if len(items) == 1 or not self._hub_bundles:
            for item in items:
                self._send(item)
            return
        n = self.publish_batch_max
        for i in range(0, len(items), n):
            chunk = items[i:i + n]
            self._send(chunk[0] if len(chunk) == 1 else P.Publishes(items=chunk))

    def _run_commands(self) -> None:
        batch: list[P.Publish] = []  # consecutive publishes waiting in the queue go out together
        try:
            self._run_commands_into(batch)
        finally:
            if batch and self._sock is not None:
                self._send_publishes(batch)

    def _run_commands_into(self, batch: list) -> None:
        while (cmd := self._cmds.get()) is not None:
            op = cmd[0]
            if op in ("publish", "publish_eph"):
                if op == "publish" and cmd[2] in self._held_rooms:
                    continue  # behind the older ones held for the room's join: sent with them, in order
                if self._welcomed:  # offline: the outbox resends ordered ones; ephemeral ones are dropped
                    batch.append(P.Publish(room=cmd[2], kind=cmd[3], body=cmd[4], client_msg_id=cmd[1],
                                           ephemeral=op == "publish_eph"))
                continue
            if batch:  # keep the order between publishes and other commands
                self._send_publishes(batch)
                batch.clear()
            if op == "stop":
                self._running = False
                return
            if op == "join":
                self._rooms[cmd[1]] = cmd[2]
                if self._welcomed:
                    self._send(P.JoinRoom(room=cmd[1], kind=cmd[2], after_seq=self._last.get(cmd[1], 0)))
            elif op == "leave":
                self._rooms.pop(cmd[1], None)
                self._presence.pop(cmd[1], None)
                if self._welcomed:
                    self._send(P.LeaveRoom(room=cmd[1]))
            elif op == "media_grant":
                if self._welcomed:
                    self._send(P.MediaGrantRequest(room=cmd[1]))
                else:
                    self.media_grant.emit(cmd[1], None, "not connected to the hub")
            elif op == "watch_link":
                if self._welcomed:
                    self._send(P.WatchLinkRequest(room=cmd[1], revoke=cmd[2]))
                else:
                    self.watch_link.emit(cmd[1], "", "not connected to the hub")
            elif op == "create":
                if self._welcomed:
                    self._send(P.CreateRoom(room=cmd[1], kind=cmd[2], title=cmd[3], access=cmd[4]))
                else:  # sent at the Welcome, before the joins: a join would create it without its access list
                    self._creates[cmd[1]] = P.CreateRoom(room=cmd[1], kind=cmd[2], title=cmd[3], access=cmd[4])

    def _on_monitor(self) -> None:
        while True:
            try:
                evt = recv_monitor_message(self._mon, zmq.NOBLOCK)
            except zmq.Again:
                return
            if evt["event"] == zmq.EVENT_HANDSHAKE_FAILED_AUTH:
                self._refused("the hub refused this key (not enrolled or revoked)")
                return
            if evt["event"] in (zmq.EVENT_HANDSHAKE_FAILED_PROTOCOL, zmq.EVENT_HANDSHAKE_FAILED_NO_DETAIL):
                self.error.emit("secure handshake with the hub failed (wrong hub key?)")

    def _refused(self, reason: str) -> None:
        self._terminal = True
        self._close_socket()
        self.error.emit(reason)
        self._set_state("refused")

    def _timers(self) -> None:
        now = time.monotonic()
        if not self._welcomed:
            if now - self._hello_sent > self.hello_timeout:
                self._link_dead("no welcome")
            return
        if now - self._last_rx > self.dead_after:
            self._link_dead("heartbeat")
            return
        busy = now - self._last_data_rx < self.ping_interval
        if now - self._last_ping >= (self.busy_ping_interval if busy else self.ping_interval):
            for t in [t for t in self._pings if now - t > 2.0]:
                del self._pings[t]
                self._missed.append(now)
            self._last_ping = now
            self._pings[now] = now
            self._send(P.Ping(t=now, rtt_ms=self._rtt))
            self._update_quality()

    def _update_quality(self) -> None:
        now = time.monotonic()
        self._missed = [t for t in self._missed if now - t < 10.0]
        bad = (self._rtt is not None and self._rtt > self.degraded_rtt_ms) or bool(self._missed)
        self._set_state("degraded" if bad else "online")

    def _drain(self) -> None:
        deliveries: list[P.RoomEvent] = []
        acks: list[tuple[str, int]] = []
        dirty = False
        sock = self._sock
        for _ in range(2000):
            try:
                frames = sock.recv_multipart(zmq.NOBLOCK)
            except zmq.Again:
                break
            try:
                header = P.peek_header(frames)
                content, _ = P.verify_and_decode(frames, header, self._key)
                self._replay.check(header)
            except P.ProtocolError as exc:
                if exc.code == "bad-request" and exc.header is not None and exc.header.type in ("event", "events"):
                    dirty |= self._salvage(frames[2], exc.header, deliveries, acks)
                    continue
                self.error.emit(f"dropped a message from the hub: {exc.reason}")
                continue
            self._last_rx = time.monotonic()
            t = type(content)
            if t is P.RoomEvent:
                dirty |= self._on_event(content, deliveries)
                self._last_data_rx = self._last_rx
            elif t is P.RoomEvents:  # a bundle: same as its events and acks one by one
                if content.pages:  # echoed when asking for the next page: proof we read this one
                    self._page_tokens.update(content.pages)
                for ev in content.events:
                    dirty |= self._on_event(ev, deliveries)
                for a in content.acks:
                    acks.append((a.client_msg_id, a.room_seq))
                    self._own_event(a, deliveries)
                    dirty = True
                self._last_data_rx = self._last_rx
            elif t is P.Ack:
                acks.append((content.client_msg_id, content.room_seq))
                self._own_event(content, deliveries)
                dirty = True
                self._last_data_rx = self._last_rx
            elif t is P.Pong:
                self._on_pong(content)
            else:
                self._on_control(content)
                if self._sock is None:
                    break
        if dirty:
            with self._dblock:
                db = self._db
                db.execute("BEGIN")
                if acks:
                    db.executemany("DELETE FROM outbox WHERE client_msg_id=?", [(a,) for a, _ in acks])
                stored = [e for e in deliveries if e.seq]  # not the ephemeral ones
                if stored:
                    db.executemany("INSERT OR IGNORE INTO events (room, seq, sender, kind, body, time, client_msg_id, "
                                   "sender_role, sender_name) VALUES (?,?,?,?,?,?,?,?,?)",
                                   [(e.room, e.seq, e.sender, e.kind,
                                     _encode(e.body if e.kind != SET_ASIDE_KIND else
                                             {k: v for k, v in e.body.items() if k != "_body"}),
                                     e.time, e.client_msg_id, e.sender_role, e.sender_name) for e in stored])
                    db.executemany("INSERT INTO rooms (room, last_seq) VALUES (?, ?) ON CONFLICT(room) "
                                   "DO UPDATE SET last_seq=excluded.last_seq",
                                   list({e.room: e.seq for e in stored}.items()))
                db.execute("COMMIT")
        if self._paging:
            self._ask_next_pages()
        for cmid, seq in acks:
            self.acked.emit(cmid, seq)
        for ev in deliveries:
            if ev.kind == SET_ASIDE_KIND and ev.seq:  # its place kept, never delivered
                b = ev.body
                self._put_aside(ev.room, ev.seq, ev.sender, b.get("kind"), b.get("_body", b""), ev.time,
                                ev.client_msg_id, b.get("reason", ""))
                continue
            try:
                self.event_received.emit(ev)
            except Exception as exc:  # noqa: BLE001 - an application that cannot apply it must not stop the link
                log.exception("room %s: event %s could not be applied", ev.room, ev.seq)
                self.report_set_aside(ev, f"could not be applied: {type(exc).__name__}: {str(exc)[:200]}")

    def _ask_next_pages(self) -> None:
        """The hub sends a room's backlog in pages, the next when we ask from where we are: ask after
        each drain that advanced a room still short of the hub's end (and once at the end: the hub
        then knows the last page was read)."""
        for room, (target, asked) in list(self._paging.items()):
            last = self._last.get(room, 0)
            if last > asked:
                self._send(P.Resume(room=room, after_seq=last, page=self._page_tokens.get(room, "")))
                self._paging[room] = (target, last)
            if last >= target:
                del self._paging[room]

    def _salvage(self, content: bytes, header: P.Header, deliveries: list, acks: list) -> bool:
        """A message of events that did not decode as a whole: deliver the sound ones, set the others
        aside keeping their place (the room's order goes on), apply the acks."""
        try:
            self._replay.check(header)
            items, bundle_acks, pages = P.salvage_events(content)
            self._page_tokens.update(pages)
        except P.ProtocolError as exc:
            self.error.emit(f"dropped a message from the hub: {exc.reason}")
            return False
        self._last_rx = self._last_data_rx = time.monotonic()
        dirty = False
        for ev, fields, why in items:
            if ev is None:
                room, seq = fields.get("room"), fields.get("seq")
                if not isinstance(room, str) or not isinstance(seq, int) or seq <= 0:
                    self.error.emit(f"dropped an unreadable event from the hub: {why}")
                    continue
                ev = P.RoomEvent(room=room, seq=seq, sender=str(fields.get("sender", "")), kind=SET_ASIDE_KIND,
                                 body={"kind": str(fields.get("kind", "")), "reason": why,
                                       "_body": fields.get("_body", b"")},
                                 time=fields.get("time") if isinstance(fields.get("time"), float) else 0.0,
                                 client_msg_id=str(fields.get("client_msg_id", "")))
            dirty |= self._on_event(ev, deliveries)
        for a in bundle_acks:
            acks.append((a.client_msg_id, a.room_seq))
            self._own_event(a, deliveries)
            dirty = True
        return dirty

    def _own_event(self, ack: P.Ack, deliveries: list) -> None:
        """With "ack-events" the hub does not echo our own publish: rebuild it from the outbox.
        (A duplicate ack means the event was stored earlier: it comes with the room's backlog.)"""
        if not self._hub_ack_events or ack.duplicate or ack.room_seq <= self._last.get(ack.room, 0):
            return
        with self._dblock:
            row = self._db.execute("SELECT room, kind, body FROM outbox WHERE client_msg_id=?",
                                   (ack.client_msg_id,)).fetchone()
        if row is None:
            return
        self._on_event(P.RoomEvent(room=row[0], seq=ack.room_seq, sender=self.user_id, kind=row[1],
                                   body=msgspec.msgpack.decode(row[2]), time=ack.time, client_msg_id=ack.client_msg_id,
                                   sender_role=ack.sender_role, sender_name=ack.sender_name), deliveries)

    def _on_event(self, ev: P.RoomEvent, deliveries: list) -> bool:
        if ev.ephemeral or ev.seq == 0:  # outside the room order: deliver now, store nothing
            if ev.room in self._rooms:
                deliveries.append(ev)
            return False
        room = ev.room
        last = self._last.get(room, 0)
        if ev.seq <= last:
            return False
        if ev.seq != last + 1:
            pend = self._pending.setdefault(room, {})
            pend[ev.seq] = ev
            now = time.monotonic()
            if now - self._resume_asked.get(room, -10.0) > 1.0:
                self._resume_asked[room] = now
                self._send(P.Resume(room=room, after_seq=last))
            return False
        deliveries.append(ev)
        last = ev.seq
        pend = self._pending.get(room)
        while pend and last + 1 in pend:
            last += 1
            deliveries.append(pend.pop(last))
        if pend:
            for s in [s for s in pend if s <= last]:
                del pend[s]
        self._last[room] = last
        return True

    def _on_pong(self, pong: P.Pong) -> None:
        sent = self._pings.pop(pong.t, None)
        if sent is None:
            return
        rtt_s = time.monotonic() - sent
        self._rtt = rtt_s * 1000.0
        if pong.hub_time > 0:  # NTP-style: the hub answered in the middle of the round trip
            self._clock_samples = (self._clock_samples + [(rtt_s, pong.hub_time - (time.time() - rtt_s / 2))])[-16:]
            self._clock_offset = min(self._clock_samples)[1]
        self.rtt_changed.emit(self._rtt)
        self._update_quality()
        now = time.monotonic()
        for room, hub_last in pong.rooms.items():  # events lost at the tail (e.g. hub queue overflow)
            last = self._last.get(room, 0)
            if hub_last > last and room in self._rooms and now - self._resume_asked.get(room, -10.0) > 1.0:
                self._resume_asked[room] = now
                self._send(P.Resume(room=room, after_seq=last))

    def _hub_behind(self, room: str, hub_last: int) -> None:
        """The hub's log of ``room`` ended before ours: it was restored from a backup. Its log is the
        truth: our events after its end move to the ``superseded`` table (kept, for an administrator)
        and the hub numbers new events from its end, so they are not mistaken for ones we hold."""
        ours = self._last.get(room, 0)
        with self._dblock:
            self._db.execute("BEGIN")
            self._db.execute("INSERT INTO superseded SELECT room, seq, sender, kind, body, time, client_msg_id, "
                             "sender_role, sender_name, ? FROM events WHERE room=? AND seq>?",
                             (time.time(), room, hub_last))
            self._db.execute("DELETE FROM events WHERE room=? AND seq>?", (room, hub_last))
            self._db.execute("UPDATE rooms SET last_seq=? WHERE room=?", (hub_last, room))
            self._db.execute("COMMIT")
        self._last[room] = hub_last
        self._pending.pop(room, None)
        self._send(P.Resume(room=room, after_seq=hub_last))  # the join asked for what came after ours
        log.warning("room %s: the hub's log ends at %d, ours at %d (hub restored from a backup?)", room, hub_last, ours)
        self.error.emit(f"the hub's record of {room} ends before this workstation's ({hub_last} < {ours} events): "
                        f"it was restored from a backup; {ours - hub_last} later event(s) were set aside here "
                        "(kept in this workstation's link store)")

    def _outbox_rows(self, room: str | None = None) -> list[tuple]:
        with self._dblock:
            if room is None:
                return self._db.execute("SELECT client_msg_id, room, kind, body FROM outbox ORDER BY n").fetchall()
            return self._db.execute("SELECT client_msg_id, room, kind, body FROM outbox WHERE room=? ORDER BY n",
                                    (room,)).fetchall()

    def _send_outbox(self, rows: list[tuple]) -> None:
        self._send_publishes([P.Publish(room=room, kind=kind, body=self._ev_decoder.decode(body), client_msg_id=cmid)
                              for cmid, room, kind, body in rows])

    def _on_control(self, msg) -> None:
        t = type(msg)
        if t is P.Welcome:
            self.services = dict(msg.services)
            self.rights = dict(msg.rights)
            self._welcomed = True
            self._hub_bundles = P.FEATURE_BUNDLES in msg.features
            self._hub_ack_events = P.FEATURE_ACK_EVENTS in msg.features
            self._attempts = 0
            self._set_state("online")
            for create in self._creates.values():
                self._send(create)
            self._creates.clear()
            for room, kind in self._rooms.items():
                self._send(P.JoinRoom(room=room, kind=kind, after_seq=self._last.get(room, 0)))
            # Publishes to rooms not joined yet in this run (the application joins them after a
            # restart) wait for the join: sent now, the hub would refuse them ("not a member").
            rows = self._outbox_rows()
            self._held_rooms = {room for _, room, _, _ in rows if room not in self._rooms}
            self._send_outbox([r for r in rows if r[1] in self._rooms])
            self._last_ping = 0.0
        elif t is P.Presence:
            self._presence[msg.room] = msg.members
            self.presence_changed.emit(msg.room, list(msg.members))
        elif t is P.Joined:
            self._room_roles[msg.room] = msg.role
            if msg.last_seq > self._last.get(msg.room, 0):  # its backlog comes in pages (see _ask_next_pages)
                self._paging[msg.room] = (msg.last_seq, self._last.get(msg.room, 0))
            if msg.restore_epoch and msg.restore_epoch != self._epochs.get(msg.room, ""):
                if msg.restored_seq < self._last.get(msg.room, 0):
                    self._hub_behind(msg.room, msg.restored_seq)
                self._epochs[msg.room] = msg.restore_epoch
                with self._dblock:
                    self._db.execute("INSERT INTO rooms (room, last_seq, epoch) VALUES (?, ?, ?) ON CONFLICT(room) "
                                     "DO UPDATE SET epoch=excluded.epoch",
                                     (msg.room, self._last.get(msg.room, 0), msg.restore_epoch))
            elif msg.last_seq < self._last.get(msg.room, 0):
                self._hub_behind(msg.room, msg.last_seq)
            if msg.room in self._held_rooms:
                self._held_rooms.discard(msg.room)
                self._send_outbox(self._outbox_rows(msg.room))
        elif t is P.Error:
            if msg.code == "clock-skew" and msg.hub_time and not self._welcomed:  # sign with the hub's time
                self._signer.clock_offset = self._clock_offset = msg.hub_time - time.time()
                log.warning("this workstation's clock differs from the hub's by %.0f s", self._signer.clock_offset)
                self._send(P.Hello(display_name=self.bundle.get("display_name", ""), features=list(P.FEATURES)))
                return
            if msg.code == "hello-first":  # the hub restarted under our socket: start a new session
                self._link_dead("hub lost our session")
                return
            if msg.code in ("forbidden", "unknown-room", "bad-request"):
                with self._dblock:  # a refused publish will never succeed: drop it from the outbox
                    self._db.execute("DELETE FROM outbox WHERE client_msg_id=?", (msg.ref,))
            if msg.code in ("not-invited", "removed", "no-such-room") or (msg.code == "forbidden" and msg.ref in self._rooms):
                # this room is closed to us (not invited, removed, role, never created): stop asking, say why
                self._rooms.pop(msg.ref, None)
                self._room_roles.pop(msg.ref, None)
                self._presence.pop(msg.ref, None)
                self.room_refused.emit(msg.ref, msg.reason)
            self.error.emit(msg.reason)
        elif t is P.Refused:
            self._refused(f"refused by the hub: {msg.reason}")
        elif t is P.MediaGrantReply:
            self.media_grant.emit(msg.room, msg.grant, msg.reason)
        elif t is P.WatchLinkReply:
            self.watch_link.emit(msg.room, msg.url, msg.reason)
        elif t is P.Revoked:
            self._terminal = True
            self._close_socket()
            self.error.emit(msg.reason)
            self._set_state("revoked")


class JoinRetry:
    """Join a room now and again (1 s, doubling up to 60 s) until the hub accepts: a role that may not
    create a room (a trainee, a cohort) is refused until someone who may has created it."""

    retry_min_s = 1.0
    retry_max_s = 60.0

    def __init__(self, client: "LinkClient", room: str, kind: str):
        self.client, self.room, self.kind = client, room, kind
        self._closed = threading.Event()
        self._thread: threading.Thread | None = None

    @property
    def joined(self) -> bool:
        return self.client.room_role(self.room) is not None

    def open(self) -> None:
        self.client.join(self.room, kind=self.kind)
        if self._thread is None:
            self._thread = threading.Thread(target=self._run, name=f"join-{self.room}", daemon=True)
            self._thread.start()

    def _run(self) -> None:
        wait = self.retry_min_s
        while not self._closed.wait(wait) and not self.joined:
            if self.client.state in ("online", "degraded"):
                self.client.join(self.room, kind=self.kind)
                wait = min(self.retry_max_s, wait * 2)

    def close(self) -> None:
        self._closed.set()


class RoomDirectory:
    """A well-known room that lists other rooms (consults, broadcasts, cohorts), kept by the hub as
    its ordered events, so a workstation that comes online later gets every listing by resuming it.

    Its events (those this workstation holds first, then live ones) that name a ``room`` with the
    directory's ``prefix`` go to the subclass's ``_listing(ev, body, room) -> bool`` (changed?),
    run through ``dispatch`` (a GUI passes a hop to its thread); ``subscribe``d callbacks run after
    each change. :meth:`open` joins the directory (retrying: :class:`JoinRetry`). A subclass sets
    up its own listing attributes before calling ``__init__`` (the held events replay there)."""

    def __init__(self, client: "LinkClient", directory: str, kind: str, prefix: str,
                 dispatch: Callable[[Callable[[], None]], None] | None = None):
        self.client, self.directory, self.prefix = client, directory, prefix
        self._dispatch = dispatch or (lambda fn: fn())
        self._listeners: list[Callable[[], None]] = []
        self._join = JoinRetry(client, directory, kind)
        client.event_received.connect(self._on_event)
        for ev in client.history(directory, 0):
            try:
                self._on_event(ev)
            except Exception as exc:  # noqa: BLE001 - one bad listing must not stop the workstation
                client.report_set_aside(ev, f"could not be applied: {type(exc).__name__}: {str(exc)[:200]}")

    def subscribe(self, callback: Callable[[], None]) -> None:
        """``callback()`` runs (through ``dispatch``) whenever the list changes."""
        self._listeners.append(callback)

    def open(self) -> None:
        self._join.open()

    @property
    def joined(self) -> bool:
        return self._join.joined

    def close(self) -> None:
        self._join.close()
        self.client.event_received.disconnect(self._on_event)

    def _on_event(self, ev) -> None:
        if getattr(ev, "room", None) != self.directory or not ev.seq:
            return
        body = ev.body if isinstance(ev.body, dict) else {}
        room = body.get("room")
        if not isinstance(room, str) or not room.startswith(self.prefix) or room == self.directory:
            return

        def apply():
            if self._listing(ev, body, room):
                for cb in list(self._listeners):
                    cb()

        self._dispatch(apply)

    def _listing(self, ev, body: dict, room: str) -> bool:
        raise NotImplementedError
