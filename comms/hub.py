"""The Silkbridge hub: a CURVE-secured ZeroMQ ROUTER relaying ordered, stored room events.

One thread owns the ROUTER socket and the SQLite store. Per loop iteration the hub reads a batch
of waiting messages, applies them (assigning room sequence numbers), COMMITS the store, and only
then sends acks and fans events out: nothing is acknowledged or delivered before it is durable.

Fan-out is batched per recipient: everything one drained batch holds for a member that announced
the "bundles" feature (Hello.features) leaves as ONE signed RoomEvents message (events in order,
plus its acks), so under load the per-delivery CURVE/zmq/HMAC/Python cost is paid once per batch,
while a lone event still leaves at once as a plain RoomEvent. Clients may likewise send several
publishes as one Publishes message. Each event is encoded once and the same bytes go to every
recipient; only the header and the HMAC are per recipient. Events are stamped with the sender's
enrolled role and name (``sender_role``, ``sender_name``), stored with them.

Ephemeral publishes (``Publish.ephemeral``: laser pointer, typing) are authorized like any other,
never stored, sequenced (seq 0) or acknowledged, relayed to the room's other online members (the
sender already knows what it sent: echoing it would double a presenter's traffic), and capped at :attr:`Hub.EPHEMERAL_RATE` per user per second (the excess is dropped and
summarised in the audit at most every 10 s as ``publish.ephemeral.dropped``).

Authorization is checked for every message against :mod:`workstation.policy` (role rights, and per
room who its creator or a moderator admitted: a room is joined, read and listed in its directory
only by them; ``room.invite``/``room.remove`` events change that, a removed member is cut at
once); every refusal, dropped message, grant, join/leave, sharing publish and revocation is written
to the append-only audit table.

The features' own rules on rooms (grants in broadcasts, directory listings, referral escalation)
are :class:`comms.service.RoomHook` objects registered by the modules that own them; the hub calls
them at fixed points (start, publish refusals and grants, after storing, per-recipient redaction,
housekeeping, media roles) and names no feature.
"""

from __future__ import annotations

import json
import logging
import os
import sqlite3
import sys
import threading
import time
import tomllib
from dataclasses import dataclass, field, replace
from pathlib import Path

import zmq
import zmq.auth
from zmq.auth.thread import ThreadAuthenticator

from workstation import policy
from workstation.policy import (ACCESS_EVENTS, AUDIT_EXEMPT, CREATOR_ONLY, ROLE_RIGHTS, ROOM_KINDS,  # noqa: F401
                                SHARING_PREFIXES, STAFF_ONLY_PREFIXES, may_publish)

from . import protocol as P
from .limits import AuditLimiter, HandshakeAudit
from .store import Checkpointer, Store, User
from . import service
# The services (blobs, calls, archive) and the features' room rules (grants,
# directories, referral escalation) register themselves in comms.service when their modules are
# imported (comms.hub_cli imports them); the hub starts and calls whatever is registered.

log = logging.getLogger("silkbridge.hub")


# ----------------------------------------------------------------------------- authorization
# The rules live in workstation.policy (one module for the hub, blob server, call grants, reducers, UI).
#: message types that are rate-limited per user (see Hub.CONTROL_BURST); the features add the
#: requests they answer that cost work (service.RoomHook.rate_limited)
_CONTROL_TYPES = frozenset({"hello", "join", "leave", "create_room", "ping"})


def _redacted(room: str, seq: int, t: float) -> bytes:
    return P.encode(P.RoomEvent(room=room, seq=seq, sender="", kind="redacted", body={}, time=t, client_msg_id=""))


# ----------------------------------------------------------------------------- config, keys, log
DEFAULT_CONFIG = """# Silkbridge hub configuration (created on first run)
bind = "tcp://127.0.0.1:5555"
# largest accepted message, all frames together (bytes)
max_message_bytes = 16777216
# a member with no traffic for this long is marked offline (seconds)
heartbeat_timeout_s = 5.0
# how often the hub re-reads revocations from the store (seconds)
revocation_poll_s = 1.0
"""


#: settings of older hubs that a hub.toml may still hold (-> why they went): read, said in the log, ignored
RETIRED_SETTINGS = {"media_bind": "the TCP media relay was removed: calls and broadcasts go through "
                                  "[webrtc] (Janus and coturn)"}


@dataclass
class HubConfig:
    bind: str = "tcp://127.0.0.1:5555"
    max_message_bytes: int = P.DEFAULT_MAX_MESSAGE_BYTES
    heartbeat_timeout_s: float = 5.0
    revocation_poll_s: float = 1.0
    #: bytes one connection may send per 10 s (all its messages); beyond, its messages are dropped
    connection_bytes_per_10s: int = 64 * 1024 * 1024
    #: a message whose header.time is further than this from the hub's clock is refused (replays
    #: across restarts; the client corrects its clock by Welcome.hub_time)
    max_clock_skew_s: float = 300.0
    #: bulk (study) service, comms.blobs: endpoint ("" = the hub's host, port kept across restarts)
    blob_bind: str = ""
    blob_max_bytes: int = 2 * 1024**3
    #: fsync each committed batch before acknowledging it (false: faster, but a power cut may lose
    #: the last acknowledged events; never for a hospital, only for benchmarks of the cost)
    durable_commit: bool = True
    #: the store's checkpoints (comms.store.Checkpointer, own thread, never blocking a commit) run
    #: when commits pause for this long (seconds), so their fsync does not delay a burst of commits;
    #: also once 4,096 pages wait, and at least every 10 s while commits never pause
    checkpoint_idle_s: float = 0.05
    #: image archive of the shared studies, comms.archive ([archive] table; default: the blob store alone)
    archive: dict = field(default_factory=dict)
    #: WebRTC calls through Janus and coturn ([webrtc] table, comms.webrtc.grants; enabled = true)
    webrtc: dict = field(default_factory=dict)
    #: referrals ([referral] table): hours to answer per urgency, e.g. routine_hours = 72,
    #: urgent_hours = 24, emergency_hours = 2 (workstation.referral.DEFAULT_TARGET_HOURS otherwise)
    referral: dict = field(default_factory=dict)

    @classmethod
    def load(cls, data_dir: Path) -> "HubConfig":
        path = Path(data_dir) / "hub.toml"
        if not path.exists():
            path.write_text(DEFAULT_CONFIG)
        try:
            raw = tomllib.loads(path.read_text())
        except tomllib.TOMLDecodeError as exc:
            raise ValueError(f"{path}: invalid TOML: {exc}") from None
        for key in RETIRED_SETTINGS.keys() & raw.keys():
            log.warning("%s: %s is no longer used (%s)", path, key, RETIRED_SETTINGS[key])
        known = {k: v for k, v in raw.items() if k in cls.__dataclass_fields__}
        unknown = raw.keys() - known.keys() - RETIRED_SETTINGS.keys()
        if unknown:
            raise ValueError(f"{path}: unknown setting(s) {', '.join(sorted(unknown))}")
        return cls(**known)


def hub_keys(data_dir: str | Path) -> tuple[bytes, bytes]:
    """(public, secret) z85 CURVE keys of the hub, created on first use (secret file mode 0600)."""
    d = Path(data_dir)
    pub, sec = d / "hub.key", d / "hub.key_secret"
    if not sec.exists():
        d.mkdir(parents=True, exist_ok=True)
        zmq.auth.create_certificates(str(d), "hub")
        os.chmod(sec, 0o600)
    public, secret = zmq.auth.load_certificate(str(sec))
    return public, secret


class _JsonLines(logging.Formatter):
    def format(self, record: logging.LogRecord) -> str:
        obj = {"time": round(record.created, 6), "level": record.levelname.lower(), "event": record.getMessage()}
        obj.update(getattr(record, "fields", {}))
        return json.dumps(obj, default=str)


def _setup_logging(data_dir: Path) -> list[logging.Handler]:
    fmt = _JsonLines()
    handlers: list[logging.Handler] = [logging.FileHandler(data_dir / "hub.log"), logging.StreamHandler(sys.stderr)]
    for h in handlers:
        h.setFormatter(fmt)
        log.addHandler(h)
    log.setLevel(logging.INFO)
    log.propagate = False
    return handlers


_log = service.hub_log


# ----------------------------------------------------------------------------- ZAP
class _KeyAllowList:
    """ZAP curve callback: only enrolled, non-revoked public keys connect (read from the store)."""

    def __init__(self, data_dir: Path):
        self.data_dir = data_dir
        self._local = threading.local()
        #: rows per presented key, and for all keys together (an attacker makes keys at will); the
        #: rest is counted and summarised by :meth:`flush` (the hub's housekeeping, within seconds)
        self._per_key = AuditLimiter(burst=5, window=5.0)
        self._overall = AuditLimiter(burst=100, window=5.0)
        self._lock = threading.Lock()
        self._suppressed = 0

    def _store(self) -> Store:
        s = getattr(self._local, "store", None)
        if s is None:
            s = self._local.store = Store(self.data_dir)
        return s

    def callback(self, domain: str, key: bytes) -> bool:
        store = self._store()
        k = key.decode("ascii", "replace")
        user = store.user_by_key(k)
        if user is not None and not user.revoked:
            return True
        reason = "revoked user" if user else "unknown key"
        with self._lock:
            write = self._per_key.allow(k)[0] and self._overall.allow("zap")[0]
            if not write:
                self._suppressed += 1
        if write:
            store.audit(user.id if user else "", "zap.denied", {"key": k, "reason": reason})
            _log("zap.denied", logging.WARNING, key=k, user=user.id if user else None, reason=reason)
        return False

    def flush(self, store: Store) -> None:
        """Write the summary of the denials not audited one by one (called by the hub's thread)."""
        with self._lock:
            self._per_key.expired()
            self._overall.expired()
            count, self._suppressed = self._suppressed, 0
        if count:
            store.begin()
            store.audit("", "zap.denied.suppressed", {"count": count})
            _log("zap.denied.suppressed", logging.WARNING, count=count)


# ----------------------------------------------------------------------------- hub
@dataclass
class _Conn:
    ident: bytes
    user: User
    key: bytes
    last_seen: float
    rooms: dict[str, str] = field(default_factory=dict)  # room -> role in room
    rtt_ms: float | None = None
    bundles: bool = False  # the client announced the "bundles" feature: RoomEvents may be sent
    ack_events: bool = False  # "ack-events": its own events are not echoed, the ack carries them


class _Bundle:
    """Messages for one recipient collected during one drained batch, sent at flush as ONE
    :class:`~comms.protocol.RoomEvents` (or as single messages to a client without "bundles")."""

    __slots__ = ("conn", "events", "acks", "pages")

    def __init__(self, conn: _Conn):
        self.conn = conn
        self.events: list[bytes] = []  # encoded RoomEvent contents (shared between recipients)
        self.acks: list[bytes] = []  # encoded Ack contents
        self.pages: dict[str, str] = {}  # room -> token of the backlog page in this bundle


class Hub:
    def __init__(self, data_dir: str | Path, bind: str | None = None, config: HubConfig | None = None):
        self.data_dir = Path(data_dir)
        self.data_dir.mkdir(parents=True, exist_ok=True)
        self.config = config or HubConfig.load(self.data_dir)
        if bind:
            self.config.bind = bind
        self.public_key, self._secret_key = hub_keys(self.data_dir)
        self.address: str | None = None
        self._stop = threading.Event()
        self._wake_r, self._wake_w = os.pipe()
        self._handlers: list[logging.Handler] = []
        self._signer = P.Signer("hub", b"", session=P.new_id())
        self._replay = P.ReplayGuard()
        self._conns: dict[bytes, _Conn] = {}
        self._user_conn: dict[str, bytes] = {}
        self._members: dict[str, set[bytes]] = {}  # room -> idents online in it
        #: what the current batch sends, in order: (ident, key, type name, content) or a _Bundle;
        #: headers (whose seq must increase in sending order) are made and signed at flush
        self._out: list = []
        self._revoked: set[str] = set()
        self.stats = {"received": 0, "dropped": 0, "events": 0, "unsent": 0, "ephemeral": 0, "sent": 0}
        #: audit rows of refusals and dropped messages per user (a flood of them is summarised in
        #: one row per window: ``message.dropped.suppressed`` / ``refused.suppressed``); made at start
        self._drops: service.AuditTrail | None = None
        self._refusals: service.AuditTrail | None = None
        #: the features' room rules (comms.service.RoomHook), one instance each per run
        self._hooks: list[service.RoomHook] = []
        self._requests: dict[type, service.RoomHook] = {}  # link message type -> the hook answering it
        self._control_types: frozenset[str] = _CONTROL_TYPES  # header types capped per user
        self._rx_bytes: dict[bytes, list] = {}  # ident -> [window start, bytes received in it]
        #: (ident, room) -> (last seq, bytes, token) of the backlog page in flight
        self._pages: dict[tuple[bytes, str], tuple[int, int, str]] = {}
        self._page_bytes = 0  # sum of the pages in flight
        self._deferred: dict[tuple[bytes, str], int] = {}  # (ident, room) -> after_seq, waiting for budget
        self._unsent_idents: set[bytes] = set()  # a send to them failed: their pages are lost
        self._sessions_pruned_at = 0.0
        self._control_limit = AuditLimiter(burst=self.CONTROL_BURST, window=self.CONTROL_WINDOW_S)
        self._resume_limit = AuditLimiter(burst=self.RESUME_BURST, window=self.CONTROL_WINDOW_S)
        self._open: dict[bytes, _Bundle] = {}  # recipient -> its bundle still open for more events
        #: ephemeral publishes: at most EPHEMERAL_RATE per second per user, the excess dropped
        self._eph_limit = AuditLimiter(burst=self.EPHEMERAL_RATE, window=1.0)
        self._eph_dropped: dict[str, int] = {}  # user -> dropped since the last audit summary
        self._eph_summary_at = 0.0
        self._room_rows: dict[str, tuple] = {}  # room -> (id, kind, title, created_by), joined rooms
        self._policies: dict[str, policy.Room] = {}  # room -> kind, creator, access (see _room_policy)

    #: ephemeral publishes accepted per user per second (laser pointer at 60 Hz); excess silently dropped
    EPHEMERAL_RATE = 60
    #: hellos, joins, leaves, room creations and pings accepted per user per window (a workstation
    #: rejoining 30 rooms and pinging each second is far below); the excess is dropped, audited
    CONTROL_BURST = 200
    CONTROL_WINDOW_S = 10.0
    #: Resume messages per user per window: at most that many backlog pages (100 x 512 KiB = 50 MiB
    #: per 10 s for a reader; what a client that claims pages without reading them can pull)
    RESUME_BURST = 100
    #: largest bundle: events per RoomEvents message, and bytes
    BUNDLE_MAX_EVENTS = 512
    BUNDLE_MAX_BYTES = 4 * 1024 * 1024

    # ------------------------------------------------------------------ lifecycle
    def start(self) -> str:
        service.check_all(self.config)  # a bad [archive], [webrtc]... stops the start, with its reason
        self._hooks = service.room_hooks()
        for hook in self._hooks:
            hook.check(self.config)  # a bad [referral] too
        self._requests = {t: hook for hook in self._hooks for t in hook.requests}
        unknown = [t for hook in self._hooks for t in hook.rate_limited if t not in P.TYPE_NAMES]
        if unknown:
            raise ValueError(f"room hooks rate-limit {unknown}: not link message types "
                             "(comms.protocol.MESSAGE_TYPES)")
        self._control_types = _CONTROL_TYPES | {P.TYPE_NAMES[t] for hook in self._hooks for t in hook.rate_limited}
        self._handlers = _setup_logging(self.data_dir)
        self.store = Store(self.data_dir, checkpoint_inline=False, durable=self.config.durable_commit)
        self._checkpointer = Checkpointer(self.store.path, interval=10.0,
                                          idle=max(0.005, float(self.config.checkpoint_idle_s))).start()
        self._peers = service.Peers(self.store, ttl=None)  # forgotten when revoked or the role changes
        self._drops = service.AuditTrail(self.store, "message.dropped.suppressed", batched=True)
        self._refusals = service.AuditTrail(self.store, "refused.suppressed", batched=True)
        self._seqs = self.store.last_seqs()
        self._revoked = self.store.revoked_ids()
        # sessions that said hello within the clock window: a Hello replayed after a restart is refused
        self.store.db.execute("CREATE TABLE IF NOT EXISTS hub_sessions (sender TEXT NOT NULL, session TEXT NOT NULL, "
                              "at REAL NOT NULL, PRIMARY KEY (sender, session))")
        self.store.db.execute("DELETE FROM hub_sessions WHERE at < ?", (time.time() - 2 * self.config.max_clock_skew_s,))
        for hook in self._hooks:  # directory rooms made, grants and the escalation index replayed...
            hook.start(self)
        from .store import restore_points

        self._restore_epoch, self._restore_points = restore_points(self.store.db)
        self.ctx = zmq.Context(io_threads=2)  # CURVE encryption runs in the I/O threads
        self.auth = ThreadAuthenticator(self.ctx, log=logging.getLogger("silkbridge.hub.zap"))
        self.auth.start()
        self._zap = _KeyAllowList(self.data_dir)
        self.auth.configure_curve_callback("*", credentials_provider=self._zap)
        # ROUTER_MANDATORY: a full/vanished peer raises instead of silently dropping
        s = self.sock = P.curve_router(self.ctx, self.public_key, self._secret_key, linger=500, sndhwm=100_000,
                                       rcvhwm=100_000, maxmsgsize=self.config.max_message_bytes + 4096,
                                       router_handover=1, router_mandatory=1)
        s.bind(self.config.bind)
        self._handshakes = HandshakeAudit(s, "link")  # no CURVE, a wrong server key: audited too
        self.address = s.getsockopt(zmq.LAST_ENDPOINT).decode()
        # blobs, call grants, archiver...: each in its thread, on this context (ZAP)
        self._running = service.start_all(service.HubContext(
            self.ctx, self.data_dir, self.public_key, self._secret_key, self.address, self.config, self._media_member))
        self.services = {}
        for svc in self._running.values():
            self.services.update(getattr(svc, "announce", dict)())
        for hook in self._hooks:
            self.services.update(hook.announce())
        self.store.audit("", "hub.start", {"address": self.address})
        _log("hub.started", address=self.address, data_dir=str(self.data_dir))
        return self.address

    def _room_policy(self, room: str) -> policy.Room | None:
        """The room as the policy reads it (cached; dropped when its access changes)."""
        r = self._policies.get(room)
        if r is None:
            r = self.store.room_policy(room)
            if r is not None:
                if len(self._policies) > 50_000:
                    self._policies.clear()
                self._policies[room] = r
        return r

    @staticmethod
    def _person(conn: _Conn) -> policy.Person:
        return policy.Person(conn.user.id, conn.user.role, conn.user.hospital, conn.user.specialties)

    # ------------------------------------------------------------------ what the room hooks may use
    room_policy = _room_policy
    person = _person

    def audit(self, user: str, action: str, detail: dict, level: int = logging.INFO) -> None:
        """An audit row in the current batch (committed with it) and its log line."""
        self.store.begin()
        self.store.audit(user, action, detail)
        _log(action, level, **{"user": user, **{("target" if k == "user" else k): v for k, v in detail.items()}})

    def is_staff(self, conn: _Conn, room: str) -> bool:
        return self._is_staff(conn, room)

    def service(self, name: str):
        """The running service registered as ``name`` (comms.service.register), or None."""
        return getattr(self, "_running", {}).get(name)

    def publish_as_hub(self, room: str, kind: str, body: dict, client_msg_id: str) -> int:
        """Store an event the hub itself writes in ``room`` (sender "hub") and deliver it to the
        room's online members as any event (filtered per recipient by the hooks); returns its seq."""
        self.store.begin()
        seq = self._seqs.get(room, 0) + 1
        now = time.time()
        raw = P.encode(body)
        self.store.insert_event((room, seq, "hub", kind, raw, now, client_msg_id, "hub", "Silkbridge hub"))
        self._seqs[room] = seq
        content = P.encode(P.RoomEvent(room=room, seq=seq, sender="hub", kind=kind, body=P.msgspec.Raw(raw),
                                       time=now, client_msg_id=client_msg_id, sender_role="hub",
                                       sender_name="Silkbridge hub"))
        hide = self._hidden(room, kind, body)
        redacted = _redacted(room, seq, now) if hide is not None or kind.startswith(STAFF_ONLY_PREFIXES) else None
        self._fan_out(room, content, redacted=redacted, sender="hub", hidden=hide)
        return seq

    def _hidden(self, room: str, kind: str, body):
        """The first hook's predicate for the recipients who get this event redacted, or None."""
        for hook in self._hooks:
            hide = hook.hidden(self, room, kind, body)
            if hide is not None:
                return hide
        return None

    def _media_member(self, room: str, user_id: str) -> str | None:
        """Media role in ``room`` of a user online in it, else None (read by the call grants' thread).

        The first room hook that names one decides (in a broadcast room: broadcaster, speaker or
        viewer, see comms.broadcast_grants); else the role in the room."""
        conn = self._conns.get(self._user_conn.get(user_id, b""))
        role = conn.rooms.get(room) if conn is not None else None
        if role is None:
            return None
        row = self._room_rows.get(room)  # filled by _on_join (the hub's thread) before anyone is online there
        if row is None:
            return role
        for hook in self._hooks:  # e.g. comms.broadcast_grants: broadcaster, speaker, viewer
            media = hook.media_role(self, room, user_id, role, row)
            if media is not None:
                return media
        return role

    def stop(self) -> None:
        """Ask the loop to stop (thread- and signal-safe)."""
        self._stop.set()
        try:
            os.write(self._wake_w, b"x")
        except OSError:
            pass

    def _close(self) -> None:
        self._handshakes.close()
        self.sock.close(linger=200)
        service.stop_all(getattr(self, "_running", {}))
        self.auth.stop()
        self.store.audit("", "hub.stop", {"address": self.address})
        self.store.close()
        self._checkpointer.stop()
        self.ctx.term()
        os.close(self._wake_r)
        os.close(self._wake_w)
        _log("hub.stopped", address=self.address)
        for h in self._handlers:
            h.flush()
            log.removeHandler(h)
            h.close()

    def run(self) -> None:
        poller = zmq.Poller()
        poller.register(self.sock, zmq.POLLIN)
        poller.register(self._wake_r, zmq.POLLIN)
        next_housekeeping = 0.0
        try:
            while not self._stop.is_set():
                ready = dict(poller.poll(250))
                if self.sock in ready:
                    self._drain()
                now = time.monotonic()
                if now >= next_housekeeping:
                    next_housekeeping = now + min(0.5, self.config.revocation_poll_s)
                    self._housekeeping()
        finally:
            self._summarise_ephemeral_drops(force=True)
            self.store.commit()
            self._close()

    # ------------------------------------------------------------------ main batch
    def _drain(self, max_batch: int = 1000) -> None:
        sock, recv_message = self.sock, service.recv_message
        limit = self.config.max_message_bytes + 1024  # + routing identity and header
        for _ in range(max_batch):
            got = recv_message(sock, limit)  # beyond the limit: drained and released, never kept or joined
            if got is None:
                break
            frames, total = got
            self.stats["received"] += 1
            try:
                if total > limit:
                    self._refuse_bytes(frames[0], f"oversized: {total} bytes > limit {self.config.max_message_bytes}")
                    continue
                if self._over_budget(frames[0].bytes, total):
                    self._refuse_bytes(frames[0], "connection over its byte budget: "
                                       f"{self.config.connection_bytes_per_10s} bytes per 10 s")
                    continue
                self._handle(frames)
            except Exception as exc:  # a bug handling one message must not stop the hub
                log.exception("internal error")
                self._drop(frames[0].bytes, None, f"internal error: {exc!r}")
        self.store.commit()  # durable BEFORE any ack / fan-out leaves the hub
        self._flush()

    def _flush(self) -> None:
        out, self._out = self._out, []
        self._open.clear()
        if not out:
            return
        send = self.sock.send
        more, last = int(zmq.NOBLOCK | zmq.SNDMORE), int(zmq.NOBLOCK)  # ints: no enum arithmetic per frame
        self.stats["sent"] += len(out)
        for msg in self._expand(out):
            try:  # frame by frame (cheaper than send_multipart); the routing frame fails first
                for frame in msg[:-1]:
                    send(frame, more)
                send(msg[-1], last)
            except zmq.ZMQError as exc:  # peer queue full (EAGAIN) or gone (EHOSTUNREACH)
                self.stats["unsent"] += 1
                self._unsent_idents.add(msg[0])  # a backlog page may be lost: the next Resume is served
                if exc.errno == zmq.EAGAIN and self.stats["unsent"] % 1000 == 1:
                    _log("send.overflow", logging.WARNING, unsent=self.stats["unsent"])
                # a LinkClient recovers: it asks Resume on a seq gap or when a Pong shows a newer seq

    def _expand(self, out: list):
        """Yield the frame lists to send: ready messages as they are, bundles signed per recipient."""
        header, sign_data, signing_data = self._signer.header, P.sign_data, P.signing_data
        for item in out:
            if type(item) is tuple:
                ident, key, type_name, c = item
                h = header(type_name)
                yield [ident, sign_data(key, signing_data(h, c)), h, c]
                continue
            conn, events, acks = item.conn, item.events, item.acks
            ident, key = conn.ident, conn.key
            if not conn.bundles or ((len(events) + len(acks)) == 1 and not item.pages):
                for c in acks:
                    h = header("ack")
                    yield [ident, sign_data(key, signing_data(h, c)), h, c]
                for c in events:
                    h = header("event")
                    yield [ident, sign_data(key, signing_data(h, c)), h, c]
                continue
            start, n = 0, len(events)
            while True:  # chunks of at most BUNDLE_MAX_EVENTS / BUNDLE_MAX_BYTES
                end, size = start, 0
                while end < n and end - start < self.BUNDLE_MAX_EVENTS and size < self.BUNDLE_MAX_BYTES:
                    size += len(events[end])
                    end += 1
                c = P.encode_bundle(events[start:end], acks, item.pages)
                acks = []
                h = header("events")
                yield [ident, sign_data(key, signing_data(h, c)), h, c]
                start = end
                if start >= n:
                    break

    def _bundle(self, conn: _Conn) -> _Bundle:
        b = self._open.get(conn.ident)
        if b is None:
            b = self._open[conn.ident] = _Bundle(conn)
            self._out.append(b)
        return b

    def _ack(self, conn: _Conn, ack: P.Ack) -> None:
        if conn.bundles:  # order between acks and events does not matter: ride in the bundle
            self._bundle(conn).acks.append(P.encode(ack))
        else:
            self._send(conn.ident, conn.key, ack)

    def _drop(self, ident: bytes, user: str | None, reason: str, header: P.Header | None = None) -> bool:
        """Count and audit (rate-limited per user) a message not handled; True if audited in full
        (then, and only then, may the sender be answered: a flood gets neither rows nor replies)."""
        self.stats["dropped"] += 1
        detail = {"reason": reason}
        if header is not None:
            detail.update(type=header.type, id=header.id, session=header.session, seq=header.seq)
        return self._drops.write(user or "", "message.dropped", detail)

    def _over_budget(self, ident: bytes, size: int) -> bool:
        """Count ``size`` bytes against the connection's budget of the current 10 s window."""
        now = time.monotonic()
        w = self._rx_bytes.get(ident)
        if w is None or now - w[0] > 10.0:
            if len(self._rx_bytes) > 10_000:
                self._rx_bytes.clear()
            w = self._rx_bytes[ident] = [now, 0]
        w[1] += size
        return w[1] > self.config.connection_bytes_per_10s

    def _refuse_bytes(self, first, reason: str) -> None:
        """A message refused for its size: audited (rate-limited) and, if audited, answered."""
        ident = first.bytes
        user = self._peer_user([first])
        conn = self._conns.get(ident)
        if self._drop(ident, user.id if user else None, reason) and user is not None and user.id not in self._revoked:
            self._send(ident, conn.key if conn else user.hmac_secret.encode(),
                       P.Error(reason=reason, code="bad-request"))

    def _new_session(self, header: P.Header) -> bool:
        """Record a session's hello in the store; False if that session said hello before, in this
        run or before a restart (a captured Hello replayed: the in-memory replay guard is empty then)."""
        self.store.begin()
        try:
            self.store.db.execute("INSERT INTO hub_sessions (sender, session, at) VALUES (?, ?, ?)",
                                  (header.sender, header.session, header.time))
        except sqlite3.IntegrityError:
            return False
        return True

    def _peer_user(self, frames) -> User | None:
        return self._peers.user(frames[-1])

    def _handle(self, zframes) -> None:
        ident = zframes[0].bytes
        conn = self._conns.get(ident)
        user = conn.user if conn else self._peer_user(zframes)
        uid = user.id if user else None
        if uid is not None and uid in self._revoked:  # before anything else: Revoked, and nothing more
            if conn is not None:
                self._disconnect(conn, "revoked")
            if self._drop(ident, uid, "revoked user"):
                self._send(ident, user.hmac_secret.encode(), P.Revoked(reason="access revoked by the hub administrator"))
            return
        frames = [f.bytes for f in zframes[1:]]
        key = conn.key if conn is not None else None
        try:
            header, content, _buffers = service.authenticate(user, frames, P.verify_and_decode, self._replay,
                                                             self.config.max_message_bytes, key)
        except service.Dropped as exc:
            if exc.code == "version":  # answered (when audited), so an old workstation can say why
                if self._refusals.write(uid or "", "refused", {"reason": exc.reason}) and user:
                    self._send(ident, user.hmac_secret.encode(), P.Refused(reason=exc.reason))
            elif self._drop(ident, uid, exc.reason, exc.header) and exc.code == "bad-request" and user is not None:
                self._send(ident, key or user.hmac_secret.encode(),
                           P.Error(reason=exc.reason, ref=exc.ref or exc.header.id, code="bad-request"))
            return
        key = key or user.hmac_secret.encode()
        now = time.time()
        if abs(header.time - now) > self.config.max_clock_skew_s:  # a replay from long ago, or a wrong clock
            if self._drop(ident, uid, f"header time {header.time:.0f} is {header.time - now:+.0f} s from the hub's "
                          "clock", header) and header.type == "hello":
                self._send(ident, key, P.Error(reason="your clock differs from the hub's", ref=header.id,
                                               code="clock-skew", hub_time=now))
            return
        if header.type == "resume" and not self._resume_limit.allow(uid)[0]:  # a page each: bounded
            return self._drop(ident, uid, f"too many resumes: over {self.RESUME_BURST} per "
                              f"{self.CONTROL_WINDOW_S:.0f} s", header)
        if header.type in self._control_types and not self._control_limit.allow(uid)[0]:
            # a flood of hellos/joins/leaves would write audit rows and presence to every member each time
            return self._drop(ident, uid, f"too many control messages ({header.type}): over "
                              f"{self.CONTROL_BURST} per {self.CONTROL_WINDOW_S:.0f} s", header)
        if header.type == "hello" and not self._new_session(header):
            return self._drop(ident, uid, f"replayed: session {header.session[:8]} already said hello", header)
        if conn is not None:
            conn.last_seen = time.monotonic()
        t = type(content)
        if t is P.Ping:
            if conn is None:
                return self._send(ident, key, P.Error(reason="say hello first", ref=header.id, code="hello-first"))
            self._on_ping(conn, content)
        elif t is P.Publish:
            if conn is None:
                return self._send(ident, key, P.Error(reason="say hello first", ref=content.client_msg_id, code="hello-first"))
            self._on_publish(conn, header, content)
        elif t is P.Publishes:
            if conn is None:
                return self._send(ident, key, P.Error(reason="say hello first", ref=header.id, code="hello-first"))
            for item in content.items:
                self._on_publish(conn, header, item)
        elif t is P.Hello:
            self._on_hello(ident, user, key, header, content)
        elif conn is None:
            self._send(ident, key, P.Error(reason="say hello first", ref=header.id, code="hello-first"))
        elif t is P.JoinRoom:
            self._on_join(conn, content)
        elif t is P.CreateRoom:
            self._on_create(conn, content)
        elif t is P.LeaveRoom:
            self._leave(conn, content.room, "leave")
        elif t in self._requests:  # a feature's request (a call grant, a watch link...)
            reply = self._requests[t].on_request(self, conn, content)
            if reply is not None:
                self._send(ident, key, reply)
        elif t is P.Resume:
            self._on_resume(conn, content)
        else:
            self._drop(ident, uid, f"unexpected message type {header.type!r} from a client", header)

    # ------------------------------------------------------------------ sending
    def _send(self, ident: bytes, key: bytes, content) -> None:
        self._open.pop(ident, None)  # later events to this recipient go after this message
        self._out.append((ident, key, P.TYPE_NAMES[type(content)], P.encode(content)))

    # ------------------------------------------------------------------ handlers
    def _on_hello(self, ident: bytes, user: User, key: bytes, header: P.Header, hello: P.Hello) -> None:
        old = self._user_conn.get(user.id)
        if old is not None and old != ident:
            self._disconnect(self._conns[old], "replaced by a new session")
        self._open.pop(ident, None)
        self._conns[ident] = _Conn(ident, user, key, time.monotonic(), bundles=P.FEATURE_BUNDLES in hello.features,
                                   ack_events=P.FEATURE_ACK_EVENTS in hello.features)
        self._user_conn[user.id] = ident
        self.store.begin()
        self.store.audit(user.id, "connect", {"session": header.session})
        _log("connect", user=user.id, role=user.role, hospital=user.hospital)
        self._send(ident, key, P.Welcome(user=user.id, role=user.role, session=header.session,
                                         hub_time=time.time(), timeout_s=self.config.heartbeat_timeout_s,
                                         services=getattr(self, "services", {}), features=list(P.FEATURES),
                                         rights=policy.effective_rights(user.role)))

    def _on_ping(self, conn: _Conn, ping: P.Ping) -> None:
        old = conn.rtt_ms
        conn.rtt_ms = ping.rtt_ms
        self._send(conn.ident, conn.key, P.Pong(t=ping.t, rooms={r: self._seqs.get(r, 0) for r in conn.rooms},
                                                     hub_time=time.time()))

        def bucket(v):
            return None if v is None else (0 if v < 150 else 1 if v < 400 else 2)

        if bucket(old) != bucket(ping.rtt_ms):
            for room in conn.rooms:
                self._broadcast_presence(room)

    def audit_refusal(self, user: str, action: str, reason: str, **detail) -> None:
        """A "refused" audit row, rate-limited per user like every refusal (a flood is summarised)."""
        self._refusals.write(user, "refused", {"action": action, "reason": reason, **detail})

    def _refuse(self, conn: _Conn, action: str, reason: str, ref: str, code: str = "forbidden") -> None:
        self.audit_refusal(conn.user.id, action, reason, ref=ref)
        self._send(conn.ident, conn.key, P.Error(reason=reason, ref=ref, code=code))

    def _on_create(self, conn: _Conn, msg: P.CreateRoom) -> bool:
        if msg.kind not in ROOM_KINDS:
            self._refuse(conn, "create_room", f"unknown room kind {msg.kind!r}", msg.room, "bad-request")
            return False
        if self.store.room(msg.room):
            return True
        if not policy.may_create(conn.user.role, msg.kind):
            self._refuse(conn, "create_room", f"role {conn.user.role} may not create {msg.kind} room {msg.room}", msg.room)
            return False
        try:
            access = policy.Access.parse(msg.access) if msg.access is not None else \
                policy.default_access(conn.user.id, conn.user.hospital)
        except policy.PolicyError as exc:
            self._refuse(conn, "create_room", f"room {msg.room}: {exc}", msg.room, "bad-request")
            return False
        access = access.union(policy.Access(users=frozenset({conn.user.id})))  # the creator, always
        self.store.begin()
        self.store.add_room(msg.room, msg.kind, msg.title, conn.user.id)
        self.store.change_access(msg.room, add=access)
        self._policies.pop(msg.room, None)
        self.store.audit(conn.user.id, "room.create", {"room": msg.room, "kind": msg.kind, "title": msg.title,
                                                       "access": access.to_dict()})
        return True

    def _on_join(self, conn: _Conn, msg: P.JoinRoom) -> None:
        room = self.store.room(msg.room)
        if room is None:
            if not policy.created_by_join(msg.room, msg.kind):
                return self._refuse(conn, "join", f"no such room {msg.room}", msg.room, "no-such-room")
            if not self._on_create(conn, P.CreateRoom(room=msg.room, kind=msg.kind)):
                return
            room = self.store.room(msg.room)
        kind = room[1]
        why = policy.admits(self._room_policy(msg.room), self._person(conn))
        if why:
            return self._refuse(conn, "join", why, msg.room, "not-invited" if "not invited" in why else "forbidden")
        room_role = policy.room_role(conn.user.role, kind)
        self._room_rows[msg.room] = room  # for the call grants' thread: it never touches our store
        conn.rooms[msg.room] = room_role
        self._members.setdefault(msg.room, set()).add(conn.ident)
        self.store.begin()
        self.store.audit(conn.user.id, "join", {"room": msg.room, "role": room_role, "after_seq": msg.after_seq})
        self._send(conn.ident, conn.key, P.Joined(room=msg.room, kind=kind, role=room_role,
                                                  last_seq=self._seqs.get(msg.room, 0),
                                                  restore_epoch=self._restore_epoch,
                                                  restored_seq=self._restore_points.get(msg.room, 0)))
        self._send_backlog(conn, msg.room, msg.after_seq)
        self._broadcast_presence(msg.room)

    def _on_resume(self, conn: _Conn, msg: P.Resume) -> None:
        if msg.room not in conn.rooms:
            return self._refuse(conn, "resume", f"not a member of room {msg.room}", msg.room, "unknown-room")
        self._send_backlog(conn, msg.room, msg.after_seq, msg.page)

    #: a room's backlog (Join/Resume) goes out in pages of at most PAGE_EVENTS events and PAGE_BYTES;
    #: the next page only when the client asks from the end of the previous one (it has read it), at
    #: most MAX_PAGE_BYTES in flight for all connections (the rest waits for housekeeping)
    PAGE_EVENTS = 512
    PAGE_BYTES = 512 * 1024
    MAX_PAGE_BYTES = 64 * 1024 * 1024

    def _backlog_page(self, conn: _Conn, room: str, after_seq: int, token: str = "") -> list:
        """The next page of ``room`` after ``after_seq`` for ``conn``, or [] while its previous page is
        unread (a flood of Resume(after_seq=0) costs one page per connection, not one room per Resume).
        A client that takes bundles proves it read a page by echoing its token (RoomEvents.pages);
        one that does not gets pages of PAGE_BYTES / 8 (it could claim them without reading)."""
        key = (conn.ident, room)
        page = self._pages.get(key)
        if page is not None:
            if after_seq < page[0] or (conn.bundles and token != page[2]):  # not read yet
                return []
            self._page_bytes -= self._pages.pop(key)[1]
        if self._page_bytes >= self.MAX_PAGE_BYTES:
            self._deferred[key] = after_seq
            return []
        self._deferred.pop(key, None)
        small = not conn.bundles
        events = self.store.events_after(room, after_seq, limit=self.PAGE_EVENTS // 8 if small else self.PAGE_EVENTS)
        size, n = 0, 0
        page_bytes = self.PAGE_BYTES // 8 if small else self.PAGE_BYTES
        for ev in events:
            n += 1
            size += len(ev.body) + 128
            if size >= page_bytes:
                break
        events = events[:n]
        if events:
            token = os.urandom(8).hex()
            self._pages[key] = (events[-1].seq, size, token)
            self._page_bytes += size
            if conn.bundles:
                self._bundle(conn).pages[room] = token
        return events

    def _pump_pages(self) -> None:
        """Release pages of connections gone, unsent or no longer in the room; serve deferred asks."""
        for key in list(self._pages):
            conn = self._conns.get(key[0])
            if conn is None or key[1] not in conn.rooms or key[0] in self._unsent_idents:
                self._page_bytes -= self._pages.pop(key)[1]
        self._unsent_idents.clear()
        for key, after_seq in list(self._deferred.items()):
            if self._page_bytes >= self.MAX_PAGE_BYTES:
                break
            del self._deferred[key]
            conn = self._conns.get(key[0])
            if conn is not None and key[1] in conn.rooms:
                self._send_backlog(conn, key[1], after_seq)

    def _send_backlog(self, conn: _Conn, room: str, after_seq: int, page: str = "") -> None:
        events = self._backlog_page(conn, room, after_seq, page)
        if not events:
            return
        queued = self._bundle(conn).events
        staff = self._is_staff(conn, room)
        hidden = self._hidden
        for ev in events:
            if (not staff and ev.sender != conn.user.id and ev.kind.startswith(STAFF_ONLY_PREFIXES)) or (
                    (hide := hidden(room, ev.kind, ev.body)) is not None and hide(conn)):
                queued.append(_redacted(ev.room, ev.seq, ev.time))
                continue
            queued.append(P.encode(P.RoomEvent(
                room=ev.room, seq=ev.seq, sender=ev.sender, kind=ev.kind, body=P.msgspec.Raw(ev.body),
                time=ev.time, client_msg_id=ev.client_msg_id, sender_role=ev.sender_role,
                sender_name=ev.sender_name)))

    def _on_publish(self, conn: _Conn, header: P.Header, msg: P.Publish) -> None:
        user = conn.user
        uid = user.id
        if msg.room not in conn.rooms:
            return self._refuse(conn, "publish", f"not a member of room {msg.room}", msg.client_msg_id, "unknown-room")
        if not may_publish(user.role, msg.kind) and not any(h.permits_publish(self, conn, msg) for h in self._hooks):
            return self._refuse(conn, "publish", f"role {user.role} may not publish {msg.kind!r}", msg.client_msg_id)
        if msg.kind in CREATOR_ONLY and not self._is_staff(conn, msg.room):
            # the broadcaster is the room's creator, for the call grants and for every replica alike;
            # only the creator or a moderator changes who may enter
            return self._refuse(conn, "publish", f"only the creator of {msg.room} or a moderator may publish "
                                f"{msg.kind}", msg.client_msg_id)
        for hook in self._hooks:  # the features' own rules (referrals, directory listings...)
            refusal = hook.refuse_publish(self, conn, msg)
            if refusal is not None:
                return self._refuse(conn, "publish", refusal[0], msg.client_msg_id, refusal[1])
        if msg.ephemeral:
            return self._on_ephemeral(conn, msg)
        if msg.kind in ACCESS_EVENTS and not self._on_access_change(conn, msg):
            return
        self.store.begin()
        room = msg.room
        seq = self._seqs.get(room, 0) + 1
        now = time.time()
        body = P.encode(msg.body)
        try:  # the UNIQUE (sender, client_msg_id) index detects a resent publish: no lookup per publish
            self.store.insert_event((room, seq, uid, msg.kind, body, now, msg.client_msg_id, user.role, user.name))
        except sqlite3.IntegrityError:
            dup = self.store.find_event(uid, msg.client_msg_id)
            if dup is None:
                raise
            return self._ack(conn, P.Ack(client_msg_id=msg.client_msg_id, room=dup[0], room_seq=dup[1], duplicate=True))
        self._seqs[room] = seq
        self.stats["events"] += 1
        for hook in self._hooks:  # e.g. a broadcaster's grant applied, a referral's target indexed
            hook.stored(self, conn, msg, seq, now)
        if msg.kind.startswith(SHARING_PREFIXES) and msg.kind not in AUDIT_EXEMPT:
            self.store.audit(uid, "publish", {"room": room, "kind": msg.kind, "seq": seq})
        if conn.ack_events:  # the publisher rebuilds its own event from its outbox and this ack
            self._ack(conn, P.Ack(client_msg_id=msg.client_msg_id, room=room, room_seq=seq, time=now,
                                  sender_role=user.role, sender_name=user.name))
        else:
            self._ack(conn, P.Ack(client_msg_id=msg.client_msg_id, room=room, room_seq=seq))
        content = P.encode(P.RoomEvent(
            room=room, seq=seq, sender=uid, kind=msg.kind, body=P.msgspec.Raw(body), time=now,
            client_msg_id=msg.client_msg_id, sender_role=user.role, sender_name=user.name))
        hide = self._hidden(room, msg.kind, msg.body)  # e.g. a directory: listings of rooms one may join
        redacted = _redacted(room, seq, now) if hide is not None or msg.kind.startswith(STAFF_ONLY_PREFIXES) else None
        self._fan_out(room, content, skip=conn.ident if conn.ack_events else None, redacted=redacted, sender=uid,
                      hidden=hide)

    def _is_staff(self, conn: _Conn, room: str) -> bool:
        """The room's creator and its moderators (coordinators, administrators): who sees staff-only events."""
        row = self._room_rows.get(room)
        return conn.rooms.get(room) == "moderator" or (row is not None and row[3] == conn.user.id)

    def _fan_out(self, room: str, content: bytes, skip: bytes | None = None, redacted: bytes | None = None,
                 sender: str = "", hidden=None) -> None:
        """Queue one encoded RoomEvent for every online member but ``skip`` (signed per recipient at flush);
        members other than the sender and the room's staff (or, given ``hidden(conn)``, those it hides
        the event from) get ``redacted`` instead when given."""
        open_, conns, out = self._open, self._conns, self._out
        for ident in self._members.get(room, ()):
            if ident == skip:
                continue
            if redacted is not None:
                c = conns[ident]
                if hidden(c) if hidden is not None else (c.user.id != sender and not self._is_staff(c, room)):
                    self._bundle(c).events.append(redacted)
                    continue
            b = open_.get(ident)
            if b is None:
                b = open_[ident] = _Bundle(conns[ident])
                out.append(b)
            b.events.append(content)

    def _on_access_change(self, conn: _Conn, msg: P.Publish) -> bool:
        """``room.invite`` / ``room.remove`` (body: an access list) from the creator or a moderator:
        applied and audited; a member no longer admitted is cut from the room at once."""
        room = self._room_policy(msg.room)
        body = msg.body
        if isinstance(body, P.msgspec.Raw):
            body = P.msgspec.msgpack.decode(bytes(body))
        try:
            change = policy.Access.parse(body)
        except (policy.PolicyError, P.msgspec.DecodeError) as exc:
            self._refuse(conn, "publish", f"{msg.kind} in {msg.room}: {exc}", msg.client_msg_id, "bad-request")
            return False
        if room is None or not policy.may_change_access(room, self._person(conn)):
            self._refuse(conn, "publish", f"only the creator of {msg.room} or a moderator may change who enters it",
                         msg.client_msg_id)
            return False
        if not change:
            self._refuse(conn, "publish", f"{msg.kind} in {msg.room}: nobody named", msg.client_msg_id, "bad-request")
            return False
        invite = msg.kind == "room.invite"
        if invite and room.access.union(change).size() > policy.MAX_ROOM_ENTRIES:
            self._refuse(conn, "publish", f"{msg.kind} in {msg.room}: a room admits at most "
                         f"{policy.MAX_ROOM_ENTRIES} users, hospitals and roles in all (invite a hospital or a role)",
                         msg.client_msg_id, "bad-request")
            return False
        if not invite and room.created_by in change.users:
            change = change.minus(policy.Access(users=frozenset({room.created_by})))  # the creator stays
        self.store.begin()
        self.store.change_access(msg.room, add=change if invite else None, remove=None if invite else change)
        self._policies.pop(msg.room, None)
        self.store.audit(conn.user.id, "room.invite" if invite else "room.remove",
                         {"room": msg.room, **change.to_dict()})
        if not invite:
            updated = self._room_policy(msg.room)
            for ident in list(self._members.get(msg.room, ())):
                c = self._conns.get(ident)
                if c is not None and policy.admits(updated, self._person(c)):
                    self._leave(c, msg.room, "removed")
                    self._send(c.ident, c.key, P.Error(reason=f"you were removed from {msg.room} by {conn.user.name}",
                                                       ref=msg.room, code="removed"))
        return True

    def _on_ephemeral(self, conn: _Conn, msg: P.Publish) -> None:
        """Relay at once to the room's other online members; no store, no seq, no ack."""
        uid = conn.user.id
        ok, _ = self._eph_limit.allow(uid)
        if not ok:
            self._eph_dropped[uid] = self._eph_dropped.get(uid, 0) + 1
            return
        self.stats["ephemeral"] += 1
        self._fan_out(msg.room, P.encode(P.RoomEvent(
            room=msg.room, seq=0, sender=uid, kind=msg.kind, body=msg.body, time=time.time(),
            client_msg_id=msg.client_msg_id, sender_role=conn.user.role, sender_name=conn.user.name,
            ephemeral=True)), skip=conn.ident)

    def _summarise_ephemeral_drops(self, force: bool = False) -> None:
        now = time.monotonic()
        if not self._eph_dropped or (not force and now < self._eph_summary_at):
            return
        self._eph_summary_at = now + 10.0
        self.store.begin()
        for uid, count in self._eph_dropped.items():
            self.store.audit(uid, "publish.ephemeral.dropped",
                             {"count": count, "limit_per_s": self.EPHEMERAL_RATE})
            _log("publish.ephemeral.dropped", logging.WARNING, user=uid, count=count)
        self._eph_dropped.clear()

    # ------------------------------------------------------------------ membership, presence
    def _presence(self, room: str) -> P.Presence:
        members = []
        for ident in sorted(self._members.get(room, ()), key=lambda i: self._conns[i].user.id):
            c = self._conns[ident]
            u = c.user
            members.append(P.Member(user=u.id, name=u.name, role=u.role,
                                    hospital=u.hospital, country=u.country, language=u.language,
                                    rtt_ms=c.rtt_ms, online=True))
        return P.Presence(room=room, members=members)

    def _broadcast_presence(self, room: str) -> None:
        pres = self._presence(room)
        for ident in self._members.get(room, ()):
            self._send(ident, self._conns[ident].key, pres)

    def _leave(self, conn: _Conn, room: str, why: str) -> None:
        if conn.rooms.pop(room, None) is None:
            return
        members = self._members.get(room)
        if members:
            members.discard(conn.ident)
        self.store.begin()
        self.store.audit(conn.user.id, "leave", {"room": room, "why": why})
        self._broadcast_presence(room)

    def _disconnect(self, conn: _Conn, why: str) -> None:
        for room in list(conn.rooms):
            self._leave(conn, room, why)
        self._conns.pop(conn.ident, None)
        if self._user_conn.get(conn.user.id) == conn.ident:
            del self._user_conn[conn.user.id]
        self.store.begin()
        self.store.audit(conn.user.id, "disconnect", {"why": why})
        _log("disconnect", user=conn.user.id, why=why)

    def _housekeeping(self) -> None:
        now = time.monotonic()
        for conn in list(self._conns.values()):
            if now - conn.last_seen > self.config.heartbeat_timeout_s:
                self._disconnect(conn, "heartbeat timeout")
        self._drops.summarise()  # on time, even if the flood has stopped
        self._refusals.summarise()
        self._zap.flush(self.store)
        self._handshakes.poll(self.store)
        if now >= self._sessions_pruned_at:  # hellos older than the clock window cannot be replayed anyway
            self._sessions_pruned_at = now + 60.0
            self.store.begin()
            self.store.db.execute("DELETE FROM hub_sessions WHERE at < ?",
                                  (time.time() - 2 * self.config.max_clock_skew_s,))
        revoked = self.store.revoked_ids()
        for uid in revoked - self._revoked:
            self.store.begin()
            self.store.audit(uid, "revoked", {"live": uid in self._user_conn})
            _log("revoked", user=uid)
            ident = self._user_conn.get(uid)
            if ident is not None:
                conn = self._conns[ident]
                self._send(ident, conn.key, P.Revoked(reason="access revoked by the hub administrator"))
                self._disconnect(conn, "revoked")
        self._revoked = revoked
        roles = dict(self.store.db.execute("SELECT id, role FROM users"))
        for conn in self._conns.values():  # role changes apply live
            role = roles.get(conn.user.id)
            if role and role != conn.user.role:
                _log("role.applied", user=conn.user.id, old=conn.user.role, new=role)
                conn.user = replace(conn.user, role=role)
                self._peers.forget({conn.user.id})
                for room in list(conn.rooms):
                    kind = (self.store.room(room) or (None, None))[1]
                    new_role = policy.room_role(role, kind)
                    if new_role is None or policy.admits(self._room_policy(room), self._person(conn)):
                        self._leave(conn, room, "role change")
                    else:
                        conn.rooms[room] = new_role
                        self._broadcast_presence(room)
        self._peers.forget(revoked)
        self._summarise_ephemeral_drops()
        wall = time.time()
        for hook in self._hooks:  # e.g. referrals past their target escalated
            hook.housekeeping(self, wall)
        self._pump_pages()
        self.store.commit()
        self._flush()
