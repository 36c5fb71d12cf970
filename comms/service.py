"""The hub as a kernel: one base for its sockets, and a registry of the services it runs.

The hub process runs several CURVE ROUTER sockets on one zmq Context (so one ZAP allow-list
covers them all): the link (:mod:`comms.hub`) and the bulk service (:mod:`comms.blobs`); the call
grants (:mod:`comms.webrtc.grants`) run beside them. What they share lives here, once:

* :class:`Codec`: the signed envelope ``[signature, header, content, *buffers]`` of
  :mod:`comms.protocol` (HMAC with the user's enrolment secret) with a service's own message
  types: :meth:`Codec.frames` signs, :meth:`Codec.decode` verifies and decodes strictly (any
  failure is a :class:`~comms.protocol.ProtocolError`, never a crash).
* :class:`Peers`: peer -> enrolled user, from the CURVE key ZAP put in the frame's ``User-Id``
  metadata, read from the store at most once per ``ttl`` per key (revocations and role changes
  apply within that time).
* :class:`Service`: a thread owning one ROUTER (and its own :class:`~comms.store.Store`
  connection): bind, failed-handshake monitor, the poll loop with housekeeping every second,
  :meth:`Service.authenticate` (user, sender, version, signature, replay), audit rows with a
  per-user flood limit summarised on time, and a clean stop.
* The registry: a feature module calls :func:`register` with a starter ``(HubContext) -> running
  service | None`` (and a configuration check); the hub checks (:func:`check_all`), starts
  (:func:`start_all`) and stops (:func:`stop_all`) whatever is registered, naming no feature. A running service has ``stop()`` and ``announce() -> {name: value}`` (its entries of
  ``Welcome.services``).
* Room hooks: a feature's rules on the link's rooms (grants, directory listings, referral
  escalation...) are a :class:`RoomHook` its module registers with :func:`register_hook`; the
  link calls them at fixed points and holds no feature's rule itself.
* The link (:mod:`comms.hub`) is not a :class:`Service` subclass (it runs on the hub's main
  thread, with its own batching), but shares its steps: :func:`recv_message`,
  :func:`authenticate`, :class:`Peers`, :class:`AuditTrail` and :func:`hub_log`.

Which features a hub runs is decided by what is imported before it starts: :mod:`comms.hub_cli`
(the ``hub`` command) imports the feature modules; each registers itself.
"""

from __future__ import annotations

import logging
import os
import threading
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Callable

import msgspec
import zmq

from . import protocol as P
from .limits import AuditLimiter, HandshakeAudit
from .store import Store, User

log = logging.getLogger("silkbridge.hub")

__all__ = ["AuditTrail", "Codec", "Dropped", "HubContext", "Peers", "RoomHook", "Service", "authenticate", "check_all",
           "hooks_registered", "recv_message", "register", "register_hook", "registered", "room_hooks", "start_all",
           "stop_all"]


def hub_log(event: str, level: int = logging.INFO, **fields) -> None:
    """One JSON line in the hub's log (its handlers format ``fields``)."""
    log.log(level, event, extra={"fields": fields})


# ----------------------------------------------------------------------------- codec
class Codec:
    """Sign and verify+decode one service's messages: ``types`` maps a header type name to its
    msgspec Struct. ``buffers``: how many raw frames may follow the content (None: any)."""

    def __init__(self, types: dict[str, type], what: str, buffers: int | None = None):
        self.types = dict(types)
        self.names = {cls: name for name, cls in self.types.items()}
        self.what, self.buffers = what, buffers
        self._decoders = {name: msgspec.msgpack.Decoder(cls) for name, cls in self.types.items()}
        self._enc = msgspec.msgpack.Encoder()

    def frames(self, signer: P.Signer, content, buffers: list = (), key: bytes | None = None) -> list:
        """``[signature, header, content, *buffers]`` signed with ``key`` (default: the signer's)."""
        h = signer.header(self.names[type(content)])
        parts = [h, self._enc.encode(content), *buffers]
        return [P.sign(key or signer.key, parts), *parts]

    def decode(self, frames: list, header: P.Header, key: bytes) -> tuple[Any, list]:
        """frames = ``[signature, header, content, *buffers]`` -> (content, buffers); raises ProtocolError."""
        if self.buffers is not None and len(frames) > 3 + self.buffers:
            raise P.ProtocolError(f"malformed {self.what} message: {len(frames)} frames", header)
        return P.verify_and_decode(frames, header, key, self._decoders, self.what)


# ----------------------------------------------------------------------------- peers
def peer_key(frame) -> str | None:
    """The CURVE public key (z85) ZAP authenticated for the connection a frame came from."""
    try:
        return frame.get("User-Id")
    except Exception:  # noqa: BLE001 - no metadata (not a zmq Frame, or no ZAP): nobody
        return None


class Peers:
    """Peer -> enrolled user (or None), cached ``ttl`` seconds per key (None: until :meth:`forget`)."""

    def __init__(self, store: Store, ttl: float | None = 1.0, max_keys: int = 10_000):
        self.store, self.ttl, self.max_keys = store, ttl, max_keys
        self._cache: dict[str, tuple[float, User | None]] = {}

    def user(self, frame) -> User | None:
        key = peer_key(frame)
        if key is None:
            return None
        now = time.monotonic()
        hit = self._cache.get(key)
        if hit is not None and (self.ttl is None or now - hit[0] < self.ttl):
            return hit[1]
        user = self.store.user_by_key(key)
        if self.ttl is not None or user is not None:  # without ttl, unknown keys are looked up again
            if len(self._cache) >= self.max_keys:
                self._cache.clear()
            self._cache[key] = (now, user)
        return user

    def forget(self, user_ids=None) -> None:
        """Drop cached users (those in ``user_ids``, or all): re-read at their next message."""
        if user_ids is None:
            self._cache.clear()
        else:
            self._cache = {k: v for k, v in self._cache.items() if v[1] is None or v[1].id not in user_ids}


# ----------------------------------------------------------------------------- service base
class Dropped(Exception):
    """A message not handled: ``reason`` for the audit, ``user`` (or None), ``header`` if read;
    ``code``: "version" for a protocol version not spoken, "bad-request" for content that could be
    answered (malformed, too deep), else None."""

    def __init__(self, reason: str, user: User | None = None, header: P.Header | None = None,
                 code: str | None = None, ref: str | None = None):
        super().__init__(reason)
        self.reason, self.user, self.header, self.code, self.ref = reason, user, header, code, ref


def recv_message(sock: zmq.Socket, limit: int):
    """The next message on ``sock`` as (zmq frames, total bytes), None when none waits. Frames beyond
    ``limit`` bytes in all are drained and released, never kept or joined: check ``total > limit``.
    Frame by frame with ``Frame.more`` (cheaper than recv_multipart's getsockopt per part)."""
    try:
        f = sock.recv(zmq.NOBLOCK, copy=False)
    except zmq.Again:
        return None
    frames, total = [f], len(f)
    while f.more:  # a message's frames arrive together
        f = sock.recv(0, copy=False)
        total += len(f)
        if total <= limit:
            frames.append(f)
    return frames, total


def authenticate(user: User | None, frames: list[bytes], decode: Callable, replay: P.ReplayGuard,
                 max_header_bytes: int, key: bytes | None = None) -> tuple[P.Header, Any, list]:
    """The checks every message to the hub passes, in this order: a readable header, a protocol
    version we speak, an enrolled user, the header's sender is that user, not revoked, the
    signature and strict decoding (``decode(frames, header, key)``, default key: the user's
    enrolment secret), no replay. Returns (header, content, buffers); raises :class:`Dropped`."""
    try:
        header = P.peek_header(frames, max_header_bytes)
    except P.ProtocolError as exc:
        raise Dropped(exc.reason, user) from None
    if P.version_major(header.version) != P.PROTOCOL_MAJOR:
        raise Dropped(f"protocol version {header.version} not supported (hub speaks {P.PROTOCOL_MAJOR}.x)",
                      user, header, "version")
    if user is None:
        raise Dropped("no enrolled user for this connection", None, header)
    if header.sender != user.id:
        raise Dropped(f"sender {header.sender!r} does not match authenticated key", user, header)
    if user.revoked:
        raise Dropped("revoked user", user, header)
    try:
        content, buffers = decode(frames, header, key or user.hmac_secret.encode())
        replay.check(header)
    except P.ProtocolError as exc:
        raise Dropped(exc.reason, user, header, exc.code, exc.ref) from None
    return header, content, buffers


class AuditTrail:
    """Audit rows (and log lines) of refusals and dropped messages, at most ``burst`` per user per
    ``window`` seconds: the rest are counted and summarised in one ``summary`` row per user and
    window, written when the window closes (:meth:`summarise`, from housekeeping: on time even
    after the flood stopped) or when the user's next row opens a new window. ``batched``: the rows
    join the store's open batch (:meth:`Store.begin`; the hub commits it with the batch's events),
    else each is committed at once (a service's store)."""

    def __init__(self, store: Store, summary: str, burst: int = 50, window: float = 5.0, batched: bool = False):
        self.store, self.summary, self.batched = store, summary, batched
        self._limit = AuditLimiter(burst=burst, window=window)

    def write(self, user: str, action: str, detail: dict, level: int = logging.WARNING) -> bool:
        """Audit one row for ``user`` unless its window is full; True if written (then, and only
        then, may the sender be answered: a flood gets neither rows nor replies)."""
        ok, suppressed = self._limit.allow(user)
        if suppressed:
            self._summary(user, suppressed)
        if ok:
            if self.batched:
                self.store.begin()
            self.store.audit(user, action, detail)
            hub_log(action, level, user=user, **detail)
        return ok

    def summarise(self) -> None:
        for user, count in self._limit.expired():
            self._summary(user, count)

    def _summary(self, user: str, count: int) -> None:
        if self.batched:
            self.store.begin()
        self.store.audit(user, self.summary, {"count": count})
        hub_log(self.summary, logging.WARNING, user=user, count=count)


class Service:
    """One CURVE ROUTER of the hub, in its own thread, on the hub's zmq Context.

    A subclass sets ``name`` (thread, audit ``service`` field), ``codec``, and implements
    :meth:`open` (calls :meth:`bind_router`), :meth:`on_readable` (drains the socket) and may extend
    :meth:`housekeeping` (every second), :meth:`after_poll`, :meth:`poll_ms` and :meth:`close`.
    :meth:`start` returns once the socket is bound (or raises why it could not be)."""

    name = "service"
    codec: Codec | None = None
    #: audit rows of refusals and dropped messages per user and window; the rest summarised
    audit_burst, audit_window = 50, 5.0
    #: seconds a peer's user is cached (revocations and role changes apply within that time)
    user_ttl: float | None = 1.0
    max_header_bytes = 64 * 1024

    def __init__(self, ctx: zmq.Context, data_dir: str | Path, public_key: bytes, secret_key: bytes):
        self.ctx, self.data_dir = ctx, Path(data_dir)
        self.public_key, self._secret_key = public_key, secret_key
        self.address: str | None = None
        self.sock: zmq.Socket | None = None
        self._handshakes: HandshakeAudit | None = None
        self._signer = P.Signer("hub", b"", session=P.new_id())
        self._replay = P.ReplayGuard()
        self._stop = threading.Event()
        self._wake_r, self._wake_w = os.pipe()
        self._thread: threading.Thread | None = None

    # ------------------------------------------------------------------ lifecycle
    def start(self):
        ready = threading.Event()
        failure: list[BaseException] = []

        def main():
            try:
                self.store = Store(self.data_dir, checkpoint_inline=False)
                self.peers = Peers(self.store, self.user_ttl)
                self.audit_trail = AuditTrail(self.store, f"{self.name}.audit.suppressed", self.audit_burst,
                                              self.audit_window)
                self.open()
            except BaseException as exc:  # noqa: BLE001 - handed to start()'s caller
                failure.append(exc)
                ready.set()
                self._release()
                return
            ready.set()
            try:
                self._loop()
            except Exception:
                log.exception("%s service stopped by an internal error", self.name)
                raise
            finally:
                self._release()

        self._thread = threading.Thread(target=main, name=f"hub-{self.name}", daemon=True)
        self._thread.start()
        ready.wait()
        if failure:
            self._thread.join()
            self._thread = None
            self._close_pipe()
            raise failure[0]
        return self

    def stop(self, timeout: float = 5.0) -> None:
        """Stop the thread (its poll is woken at once) and release the socket and store."""
        self._stop.set()
        try:
            os.write(self._wake_w, b"x")
        except OSError:
            pass
        if self._thread is not None:
            self._thread.join(timeout)
            if self._thread.is_alive():  # stuck in a handler: it still polls the pipe, leave it open
                log.warning("%s service did not stop within %.0f s", self.name, timeout)
                return
            self._thread = None
        self._close_pipe()

    def announce(self) -> dict[str, str]:
        """This service's entries of ``Welcome.services``."""
        return {self.name: self.address} if self.address else {}

    def _close_pipe(self) -> None:
        for fd in (self._wake_r, self._wake_w):
            try:
                os.close(fd)
            except OSError:
                pass
        self._wake_r = self._wake_w = -1

    def _release(self) -> None:
        try:
            self.close()
        finally:
            if self._handshakes is not None:
                self._handshakes.close()
            if self.sock is not None:
                self.sock.close(linger=0)
            store = getattr(self, "store", None)
            if store is not None:
                store.close()

    # ------------------------------------------------------------------ hooks
    def open(self) -> None:
        """Bind the socket (:meth:`bind_router`) and load state; runs in the service's thread."""
        raise NotImplementedError

    def close(self) -> None:
        """Release the subclass's own resources (the socket and store are closed after)."""

    def on_readable(self) -> None:
        raise NotImplementedError

    def after_poll(self) -> None:
        """Called after every poll (e.g. to send what queued up)."""

    def poll_ms(self) -> int:
        return 200

    def housekeeping(self, now: float) -> None:
        """Every second: failed handshakes and flood summaries audited on time, then commit."""
        self._handshakes.poll(self.store)
        self.audit_trail.summarise()
        self.store.commit()

    # ------------------------------------------------------------------ helpers
    def bind_router(self, *endpoints: str, **options) -> zmq.Socket:
        """The service's CURVE ROUTER (hub keys, options by zmq name), bound to the first of
        ``endpoints`` that binds (the last one's error if none), its handshakes audited."""
        s = self.sock = P.curve_router(self.ctx, self.public_key, self._secret_key, **options)
        for i, endpoint in enumerate(endpoints):
            try:
                s.bind(endpoint)
                break
            except zmq.ZMQError:
                if i == len(endpoints) - 1:
                    raise
        self.address = s.getsockopt(zmq.LAST_ENDPOINT).decode()
        self._handshakes = HandshakeAudit(s, self.name)  # no CURVE, a wrong server key: audited too
        return s

    def _loop(self) -> None:
        poller = zmq.Poller()
        poller.register(self.sock, zmq.POLLIN)
        poller.register(self._wake_r, zmq.POLLIN)
        next_house = 0.0
        while not self._stop.is_set():
            now = time.monotonic()
            if now >= next_house:
                next_house = now + 1.0
                self.housekeeping(now)
            ready = dict(poller.poll(self.poll_ms()))
            if self._stop.is_set():
                break
            if self.sock in ready:
                self.on_readable()
            self.after_poll()

    def recv_message(self, limit: int):
        """:func:`recv_message` on the service's socket."""
        return recv_message(self.sock, limit)

    def authenticate(self, user: User | None, frames: list[bytes]) -> tuple[P.Header, Any, list]:
        """:func:`authenticate` with the service's codec and replay guard; raises :class:`Dropped`."""
        return authenticate(user, frames, self.codec.decode, self._replay, self.max_header_bytes)

    def send(self, ident: bytes, key: bytes, content, buffers: list = ()) -> bool:
        """Signed reply to one peer, never blocking; False if it could not leave (peer gone, queue full)."""
        try:
            self.sock.send_multipart([ident, *self.codec.frames(self._signer, content, list(buffers), key)],
                                     zmq.NOBLOCK, copy=False)
            return True
        except zmq.ZMQError:
            return False

    def audit(self, user: str, action: str, detail: dict, level: int = logging.INFO) -> None:
        self.store.audit(user, action, detail)
        hub_log(action, level, user=user, **detail)

    def audit_limited(self, user: str, action: str, detail: dict) -> bool:
        """An audit row for a refusal or a dropped message, rate-limited per user (a flood is
        summarised as ``<name>.audit.suppressed``, see :class:`AuditTrail`); True if written."""
        return self.audit_trail.write(user, action, detail)


# ----------------------------------------------------------------------------- registry
@dataclass(frozen=True)
class HubContext:
    """What the hub gives the services it starts."""

    ctx: zmq.Context
    data_dir: Path
    public_key: bytes
    secret_key: bytes
    address: str  # the link's endpoint
    config: Any  # comms.hub.HubConfig
    #: media role in a room of a user online in it on the link, else None (thread-safe read)
    member_of: Callable[[str, str], str | None]


@dataclass(frozen=True)
class _Entry:
    name: str
    start: Callable[[HubContext], Any]
    check: Callable[[Any], None] | None


_REGISTRY: dict[str, _Entry] = {}


def register(name: str, start: Callable[[HubContext], Any], check: Callable[[Any], None] | None = None) -> None:
    """Register a hub service: ``start(ctx)`` returns it running (or None: not configured);
    ``check(config)`` raises ValueError for a bad configuration before anything starts."""
    old = _REGISTRY.get(name)
    if old is not None and (old.start, old.check) != (start, check):
        raise ValueError(f"hub service {name!r} is already registered differently")
    _REGISTRY[name] = _Entry(name, start, check)


def registered() -> tuple[str, ...]:
    return tuple(_REGISTRY)


def check_all(config) -> None:
    """Every registered service's configuration check (ValueError with the reason): before the hub opens anything."""
    for entry in _REGISTRY.values():
        if entry.check is not None:
            entry.check(config)


def start_all(hub: HubContext) -> dict[str, Any]:
    """Start the registered services in registration order (name -> running service; those not
    configured are left out); if one fails, those already started are stopped and the error raised."""
    running: dict[str, Any] = {}
    try:
        for entry in _REGISTRY.values():
            svc = entry.start(hub)
            if svc is not None:
                running[entry.name] = svc
    except BaseException:
        stop_all(running)
        raise
    return running


def stop_all(running: dict[str, Any]) -> None:
    """Stop services in the reverse order of their start; one failing to stop does not keep the others."""
    for name, svc in reversed(list(running.items())):
        try:
            svc.stop()
        except Exception:  # noqa: BLE001 - the others must stop all the same
            log.exception("stopping hub service %s", name)


# ----------------------------------------------------------------------------- room hooks
class RoomHook:
    """A feature's rules on the link's rooms, kept in the module that owns the feature and
    registered with :func:`register_hook`; the hub calls every registered hook at these points,
    in registration order, and names no feature itself. Each method's default does nothing.

    ``kernel`` is the running link (:class:`comms.hub.Hub`): ``store``, ``config``,
    ``room_policy(room)``, ``person(conn)``, ``is_staff(conn, room)``, ``audit(user, action, detail)``,
    ``publish_as_hub(room, kind, body, client_msg_id)`` and ``service(name)`` (a running service). ``conn`` is a connection on the link
    (``conn.user``: the enrolled :class:`~comms.store.User`); ``msg`` a decoded
    :class:`~comms.protocol.Publish`. All run on the link's thread, except :meth:`media_role`.
    """

    def check(self, config) -> None:
        """Raise ValueError for a bad configuration (before the hub opens anything)."""

    def start(self, kernel) -> None:
        """The hub's store is open: make what the feature needs, replay its state from the log."""

    def announce(self) -> dict[str, str]:
        """Entries of ``Welcome.services``."""
        return {}

    def permits_publish(self, kernel, conn, msg) -> bool:
        """True to let ``conn`` publish ``msg`` although its role's rights do not (a grant)."""
        return False

    def refuse_publish(self, kernel, conn, msg) -> tuple[str, str] | None:
        """(reason, error code) to refuse a publish its role's rights allow, else None."""
        return None

    def hidden(self, kernel, room: str, kind: str, body):
        """For an event of ``room`` (body decoded, or its msgpack bytes): a predicate ``(conn) ->
        bool`` true for the recipients who get it redacted, or None (shown to all members)."""
        return None

    def stored(self, kernel, conn, msg, seq: int, now: float) -> None:
        """``msg`` from ``conn`` was stored as ``seq`` (in the batch not yet committed)."""

    def housekeeping(self, kernel, now: float) -> None:
        """Twice a second on the link's thread (events published here leave with the next flush)."""

    #: link message types (comms.protocol structs) this hook answers, from a member who said hello
    requests: tuple[type, ...] = ()

    #: of those, the ones capped per sender like hellos and joins (``Hub.CONTROL_BURST`` per
    #: ``Hub.CONTROL_WINDOW_S``; the excess dropped and audited): requests that cost the hub work
    rate_limited: tuple[type, ...] = ()

    def on_request(self, kernel, conn, msg):
        """The reply (a comms.protocol struct, or None) to ``msg``, one of :attr:`requests`."""
        return None

    def media_role(self, kernel, room: str, user_id: str, room_role: str, row: tuple) -> str | None:
        """Media role of a member online in ``room`` (``row``: id, kind, title, created_by), or None to
        leave it to the next hook (default: the room role). Called from the call grants' thread."""
        return None


_HOOKS: dict[str, Callable[[], RoomHook]] = {}


def register_hook(name: str, factory: Callable[[], RoomHook]) -> None:
    """Register a feature's room rules: ``factory()`` makes one :class:`RoomHook` per hub run."""
    old = _HOOKS.get(name)
    if old is not None and old is not factory:
        raise ValueError(f"room hook {name!r} is already registered differently")
    _HOOKS[name] = factory


def room_hooks() -> list[RoomHook]:
    """A new instance of every registered hook, in registration order."""
    return [factory() for factory in _HOOKS.values()]


def hooks_registered() -> tuple[str, ...]:
    return tuple(_HOOKS)
