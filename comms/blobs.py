"""Chunked, resumable, integrity-checked study transfer through the hub (the bulk service).

Studies (zips of de-identified DICOM files, tens to hundreds of MB) must not share the state
socket: a 100 MB upload over a 2 Mbit/s link would hold consult events back for minutes. The hub
therefore runs a :class:`BlobServer` in its own thread with its own CURVE ROUTER socket (same zmq
Context as the hub, so the hub's ZAP allow-list covers it), advertised to clients in
``Welcome.services["blob"]``; clients use a :class:`BlobClient` with their own DEALER socket.

Wire format: the signed multipart frames of :mod:`comms.protocol` (``[signature, header,
content, *buffers]``, HMAC with the user's enrolment secret, replay guard per session) with the
message types of :data:`BLOB_MESSAGE_TYPES`; a chunk travels as the one buffer frame.

Storage: content-addressed, ``data_dir/blobs/<sha256>``; ``<sha256>.part`` while incomplete. Chunks
are accepted only contiguously (``offset == bytes stored``) and hashed as they arrive; the last
chunk completes the sha256, which must equal the blob's name, and only then is the part renamed
into place (a mismatch discards the part and answers ``integrity``). Table ``blobs`` (sha256,
size, room, uploader, created, complete) in the hub store records who shared what where.

Access (workstation.policy): uploading into a room needs ``may_publish(role, "share.blob")`` and
being admitted to the room (its creator, a moderator, or named by its access list); the table
records the blob -> room. Downloading needs being admitted to a room the blob was shared into, or
being its uploader: a sha256 alone gives nothing. Refusals, completed uploads and every download
(re)start are written to the audit log.

Client (blocking, call from a worker thread; every call creates and uses its socket in the
calling thread)::

    bc = BlobClient(bundle, link_client.services["blob"])
    sha = bc.upload("case.zip", room, progress=cb, cancel=event)   # resumes what the hub has
    bc.download(sha, "in/case.zip", progress=cb, cancel=event)     # resumes dest.part

Pipelining keeps ``window`` chunks in flight (bandwidth-bound, not latency-bound, over 150 ms);
a disconnect (reset connection, hub restart) or ``reply_timeout`` without any reply recreates
the socket after a backoff and resumes from what the other side holds; after ``give_up_after``
seconds without progress a :class:`BlobError` says the transfer can be resumed later.
"""

from __future__ import annotations

import hashlib
import logging
import os
import random
import re
import threading
import time
from collections import OrderedDict
from pathlib import Path
from typing import Callable

import msgspec
import zmq
from zmq.utils.monitor import recv_monitor_message

from . import protocol as P
from .service import Codec, Dropped, HubContext, Service, hub_log as _log, register
from workstation import policy
from workstation.policy import may_publish


log = logging.getLogger("silkbridge.hub")

CHUNK_BYTES = 256 * 1024
MAX_CHUNK_BYTES = 1024 * 1024
DEFAULT_MAX_BLOB_BYTES = 2 * 1024**3
SHARE_KIND = "share.blob"
_SHA_RE = re.compile(r"^[0-9a-f]{64}$")

Progress = Callable[[int, int, str], None]


class BlobError(Exception):
    """A transfer that cannot complete; the message says which blob/file and why."""

    def __init__(self, message: str, code: str = "error"):
        super().__init__(message)
        self.code = code


class BlobCancelled(BlobError):
    """The caller's cancel event was set; what was transferred is kept for a later resume."""

    def __init__(self, message: str):
        super().__init__(message, "cancelled")


# ----------------------------------------------------------------------------- messages
class BlobStat(msgspec.Struct, kw_only=True):
    """Open a transfer: ``intent`` "put" (with size and room) or "get" (offset = the client's part)."""

    sha256: str
    intent: str  # put | get
    size: int = 0
    room: str = ""
    offset: int = 0


class BlobStatus(msgspec.Struct, kw_only=True):
    sha256: str
    size: int
    have: int  # bytes the hub holds contiguously from 0
    complete: bool


class BlobPut(msgspec.Struct, kw_only=True):
    """One chunk (the buffer frame) at ``offset``; ``epoch`` is echoed so stale acks can be told apart."""

    sha256: str
    offset: int
    epoch: int = 0


class BlobPutAck(msgspec.Struct, kw_only=True):
    sha256: str
    offset: int
    have: int
    epoch: int = 0
    gap: bool = False  # the chunk did not start at ``have``: resend from there
    complete: bool = False  # verified and stored under its final name


class BlobGet(msgspec.Struct, kw_only=True):
    sha256: str
    offset: int
    length: int


class BlobData(msgspec.Struct, kw_only=True):
    """Bytes ``offset .. offset+len(buffer)`` of the blob (the buffer frame)."""

    sha256: str
    offset: int
    size: int


BLOB_MESSAGE_TYPES: dict[str, type[msgspec.Struct]] = {
    "blob_stat": BlobStat,
    "blob_status": BlobStatus,
    "blob_put": BlobPut,
    "blob_put_ack": BlobPutAck,
    "blob_get": BlobGet,
    "blob_data": BlobData,
    "error": P.Error,
}
#: the blob messages' codec (signed envelope of comms.protocol; a chunk is the one buffer frame)
CODEC = Codec(BLOB_MESSAGE_TYPES, "blob")
_frames = CODEC.frames
_verify = CODEC.decode


def file_sha256(path: str | Path, progress: Progress | None = None, cancel: threading.Event | None = None) -> str:
    """sha256 hex of a file (the blob id), reading 1 MiB at a time."""
    path = Path(path)
    total = path.stat().st_size
    h = hashlib.sha256()
    done = 0
    with open(path, "rb") as f:
        while block := f.read(1 << 20):
            if cancel is not None and cancel.is_set():
                raise BlobCancelled(f"hashing {path.name} cancelled")
            h.update(block)
            done += len(block)
            if progress:
                progress(done, total, f"checking {path.name}")
    return h.hexdigest()


BLOBS_SCHEMA = """
CREATE TABLE IF NOT EXISTS blobs (
    sha256 TEXT NOT NULL,
    size INTEGER NOT NULL,
    room TEXT NOT NULL,
    uploader TEXT NOT NULL,
    created REAL NOT NULL,
    complete INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (sha256, room)
);
"""


# ----------------------------------------------------------------------------- hub side
class _Part:
    def __init__(self, path: Path, size: int):
        self.path = path
        self.size = size
        self.fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o600)
        have = os.fstat(self.fd).st_size
        if have > size:  # a part longer than the announced size cannot be this blob
            os.ftruncate(self.fd, 0)
            have = 0
        self.hasher = hashlib.sha256()
        pos = 0
        while pos < have:  # resume after a hub restart: re-hash what is stored
            block = os.pread(self.fd, min(1 << 20, have - pos), pos)
            if not block:
                break
            self.hasher.update(block)
            pos += len(block)
        self.have = pos

    def close(self) -> None:
        if self.fd >= 0:
            os.close(self.fd)
            self.fd = -1


class BlobServer(Service):
    """The hub's bulk service: a CURVE ROUTER in its own thread (same zmq Context as the hub).

    ``bind``: endpoint; default = the hub's host, and the port used last time (kept in
    ``data_dir/blobs/endpoint``) or a free one, so clients resume after a hub restart.
    """

    name = "blob"
    codec = CODEC
    #: uploads kept open at once (file descriptor + running hash); more are closed, oldest first
    max_open_parts = 64
    #: a ``.part`` untouched this long is deleted when the service starts (an abandoned upload)
    part_max_age_s = 7 * 24 * 3600.0

    def __init__(self, ctx: zmq.Context, data_dir: str | Path, public_key: bytes, secret_key: bytes,
                 hub_address: str = "tcp://127.0.0.1:0", bind: str = "", max_blob_bytes: int = DEFAULT_MAX_BLOB_BYTES,
                 max_message_bytes: int = MAX_CHUNK_BYTES + 65536):
        super().__init__(ctx, data_dir, public_key, secret_key)
        self.dir = self.data_dir / "blobs"
        self.dir.mkdir(parents=True, exist_ok=True)
        self.max_blob_bytes = int(max_blob_bytes)
        self.max_message_bytes = self.max_header_bytes = max(int(max_message_bytes), MAX_CHUNK_BYTES + 65536)
        host = hub_address.rsplit(":", 1)[0] if hub_address.startswith("tcp://") else "tcp://127.0.0.1"
        self._bind = bind or f"{host}:0"
        self._parts: OrderedDict[str, _Part] = OrderedDict()  # open uploads, least recently used first
        self._readers: OrderedDict[str, int] = OrderedDict()
        self._may_put: dict[tuple[str, str], str] = {}  # (user, sha) -> room
        self._may_get: set[tuple[str, str]] = set()
        self.stats = {"received": 0, "dropped": 0, "bytes_in": 0, "bytes_out": 0}

    # ------------------------------------------------------------------ lifecycle (Service hooks)
    def open(self) -> None:
        self.store.db.executescript(BLOBS_SCHEMA)
        remembered = self.dir / "endpoint"
        endpoints = [self._bind]
        if self._bind.endswith(":0") and remembered.exists():
            old = remembered.read_text().strip()
            if old.rsplit(":", 1)[0] == self._bind.rsplit(":", 1)[0]:
                endpoints.insert(0, old)  # the port of last time, if still free
        # rcvhwm: at most 80 chunk messages queued per connection (a client keeps at most 64 in flight)
        self.bind_router(*endpoints, sndhwm=256, rcvhwm=80, maxmsgsize=self.max_message_bytes)
        remembered.write_text(self.address + "\n")
        _log("blobs.started", address=self.address)
        cutoff = time.time() - self.part_max_age_s
        for stale in self.dir.glob("*.part"):  # uploads abandoned long ago
            try:
                if stale.stat().st_mtime < cutoff:
                    size = stale.stat().st_size
                    stale.unlink()
                    self.audit("", "blob.part.expired", {"sha256": stale.stem, "bytes": size})
            except OSError:
                pass

    def close(self) -> None:
        for part in self._parts.values():
            part.close()
        for fd in self._readers.values():
            os.close(fd)
        self._parts.clear()
        self._readers.clear()

    def on_readable(self) -> None:
        limit = self.max_message_bytes + 1024
        for _ in range(64):
            got = self.recv_message(limit)
            if got is None:
                break
            frames, total = got
            self.stats["received"] += 1
            try:
                if total > limit:
                    self._drop(self.peers.user(frames[0]), f"oversized: {total} bytes > limit {self.max_message_bytes}")
                    continue
                self._handle(frames)
            except Exception:  # a bug with one message must not stop the service
                log.exception("blobs: internal error")

    # ------------------------------------------------------------------ helpers
    def _refuse(self, ident, key, user, action: str, sha: str, reason: str, code: str = "forbidden") -> None:
        self.audit_limited(user.id, "blob.refused", {"action": action, "sha256": sha, "reason": reason,
                                                      "code": code})
        self.send(ident, key, P.Error(reason=reason, ref=sha, code=code))

    def _admits(self, user, room: str) -> str:
        """"" when the room (its access list, workstation.policy) admits the user, else why not."""
        info = self.store.room_policy(room)
        if info is None:
            return f"room {room!r} does not exist"
        return policy.admits(info, policy.Person(user.id, user.role, user.hospital, getattr(user, "specialties", frozenset())))

    def _final(self, sha: str) -> Path:
        return self.dir / sha

    # ------------------------------------------------------------------ messages
    def _handle(self, zframes) -> None:
        ident = zframes[0].bytes
        user = self.peers.user(zframes[-1])
        frames = [f.bytes for f in zframes[1:]]
        try:
            header, content, buffers = self.authenticate(user, frames)
        except Dropped as d:
            return self._drop(d.user, d.reason, d.header)
        key = user.hmac_secret.encode()
        t = type(content)
        sha = getattr(content, "sha256", "")
        if not _SHA_RE.match(sha or ""):
            self.audit_limited(user.id, "blob.refused", {"action": header.type, "sha256": str(sha)[:80],
                                                          "reason": "not a sha256 hex digest", "code": "bad-request"})
            return self.send(ident, key, P.Error(reason=f"blob id {sha[:80]!r} is not a sha256 hex digest",
                                                  ref=str(sha)[:80], code="bad-request"))
        if t is BlobPut:
            self._on_put(ident, key, user, content, buffers)
        elif t is BlobGet:
            self._on_get(ident, key, user, content)
        elif t is BlobStat and content.intent == "put":
            self._on_stat_put(ident, key, user, content)
        elif t is BlobStat and content.intent == "get":
            self._on_stat_get(ident, key, user, content)
        else:
            self._drop(user, f"unexpected blob message {header.type!r}", header)

    def _drop(self, user, reason: str, header: P.Header | None = None) -> None:
        self.stats["dropped"] += 1
        detail = {"reason": reason, "service": "blob"}
        if header is not None:
            detail.update(type=header.type, id=header.id)
        self.audit_limited(user.id if user else "", "message.dropped", detail)

    def _on_stat_put(self, ident, key, user, msg: BlobStat) -> None:
        sha, room = msg.sha256, msg.room
        room_row = self.store.room(room)
        if room_row is None:
            return self._refuse(ident, key, user, "upload", sha, f"upload refused: room {room!r} does not exist",
                                "unknown-room")
        if not may_publish(user.role, SHARE_KIND) or policy.room_role(user.role, room_row[1]) is None:
            return self._refuse(ident, key, user, "upload", sha,
                                f"upload refused: role {user.role} may not share studies into {room_row[1]} room {room}")
        why = self._admits(user, room)
        if why:
            return self._refuse(ident, key, user, "upload", sha, f"upload refused: {why}")
        if msg.size <= 0 or msg.size > self.max_blob_bytes:
            return self._refuse(ident, key, user, "upload", sha,
                                f"upload refused: size {msg.size} bytes is outside 1..{self.max_blob_bytes}",
                                "too-large")
        db = self.store.db
        final = self._final(sha)
        if final.exists():
            size = final.stat().st_size
            if size != msg.size:
                return self._refuse(ident, key, user, "upload", sha,
                                    f"upload refused: blob {sha[:12]} is stored with {size} bytes, not {msg.size}",
                                    "bad-request")
            db.execute("INSERT OR IGNORE INTO blobs VALUES (?,?,?,?,?,1)", (sha, size, room, user.id, time.time()))
            self.audit(user.id, "blob.upload", {"sha256": sha, "size": size, "room": room, "dedup": True})
            return self.send(ident, key, BlobStatus(sha256=sha, size=size, have=size, complete=True))
        part = self._parts.get(sha)
        if part is not None and part.size != msg.size and part.have > 0:
            return self._refuse(ident, key, user, "upload", sha,
                                f"upload refused: an upload of {sha[:12]} in progress announced {part.size} bytes, "
                                f"not {msg.size}", "bad-request")
        if part is None or part.size != msg.size:
            if part is not None:
                part.close()
            part = self._parts[sha] = _Part(self.dir / f"{sha}.part", msg.size)
            while len(self._parts) > self.max_open_parts:  # its client re-stats (and the part is re-hashed)
                self._parts.popitem(last=False)[1].close()
        self._parts.move_to_end(sha)
        if len(self._may_put) > 100_000:
            self._may_put.clear()
        db.execute("INSERT OR IGNORE INTO blobs VALUES (?,?,?,?,?,0)", (sha, msg.size, room, user.id, time.time()))
        self._may_put[(user.id, sha)] = room
        self.send(ident, key, BlobStatus(sha256=sha, size=msg.size, have=part.have, complete=False))

    def _on_put(self, ident, key, user, msg: BlobPut, buffers: list) -> None:
        sha = msg.sha256
        room = self._may_put.get((user.id, sha))
        part = self._parts.get(sha)
        if room is None or part is None:
            if self._final(sha).exists() and room is not None:
                size = self._final(sha).stat().st_size
                return self.send(ident, key, BlobPutAck(sha256=sha, offset=msg.offset, have=size, epoch=msg.epoch,
                                                         complete=True))
            return self.send(ident, key, P.Error(reason=f"upload of {sha[:12]}: ask blob_stat first",
                                                  ref=sha, code="stat-first"))
        self._parts.move_to_end(sha)
        data = buffers[0] if len(buffers) == 1 else b""
        if not data or len(data) > MAX_CHUNK_BYTES or msg.offset + len(data) > part.size:
            return self.send(ident, key, P.Error(
                reason=f"upload of {sha[:12]}: chunk of {len(data)} bytes at {msg.offset} does not fit "
                       f"the announced size {part.size}", ref=sha, code="bad-request"))
        if msg.offset < part.have:  # a duplicate (resent after a timeout): already stored
            return self.send(ident, key, BlobPutAck(sha256=sha, offset=msg.offset, have=part.have, epoch=msg.epoch))
        if msg.offset > part.have:
            return self.send(ident, key, BlobPutAck(sha256=sha, offset=msg.offset, have=part.have, epoch=msg.epoch,
                                                     gap=True))
        os.pwrite(part.fd, data, part.have)  # acked only once written (survives a hub kill in the page cache)
        part.hasher.update(data)
        part.have += len(data)
        self.stats["bytes_in"] += len(data)
        if part.have < part.size:
            return self.send(ident, key, BlobPutAck(sha256=sha, offset=msg.offset, have=part.have, epoch=msg.epoch))
        # last chunk: verify, then (and only then) store under the final name
        del self._parts[sha]
        digest = part.hasher.hexdigest()
        if digest != sha:
            part.close()
            part.path.unlink(missing_ok=True)
            self.store.db.execute("DELETE FROM blobs WHERE sha256=? AND complete=0", (sha,))
            for k in [k for k in self._may_put if k[1] == sha]:
                del self._may_put[k]
            return self._refuse(ident, key, user, "upload", sha,
                                f"upload refused: the {part.size} bytes received hash to {digest[:16]}…, not to "
                                f"the announced sha256 {sha[:16]}… (corrupted in transit or changed on disk); "
                                f"nothing was stored", "integrity")
        os.fsync(part.fd)
        part.close()
        os.replace(part.path, self._final(sha))
        self.store.db.execute("UPDATE blobs SET complete=1 WHERE sha256=?", (sha,))
        self.audit(user.id, "blob.upload", {"sha256": sha, "size": part.size, "room": room, "dedup": False})
        self.send(ident, key, BlobPutAck(sha256=sha, offset=msg.offset, have=part.size, epoch=msg.epoch,
                                          complete=True))

    def _may_download(self, user, sha: str) -> tuple[bool, list[str]]:
        """Its uploader, or a member (admitted by the access list) of a room it was shared into."""
        rows = self.store.db.execute("SELECT room, uploader FROM blobs WHERE sha256=?", (sha,)).fetchall()
        rooms = [r[0] for r in rows]
        for room, uploader in rows:
            if uploader == user.id or not self._admits(user, room):
                return True, rooms
        return False, rooms

    def _on_stat_get(self, ident, key, user, msg: BlobStat) -> None:
        sha = msg.sha256
        final = self._final(sha)
        ok, rooms = self._may_download(user, sha)
        if not rooms or not final.exists():
            return self._refuse(ident, key, user, "download", sha, f"download refused: no stored blob {sha[:16]}…",
                                "not-found")
        if not ok:
            return self._refuse(ident, key, user, "download", sha,
                                f"download refused: {user.id} (role {user.role}) is not a member of a room "
                                f"blob {sha[:12]} was shared into")
        size = final.stat().st_size
        if len(self._may_get) > 100_000:
            self._may_get.clear()
        self._may_get.add((user.id, sha))
        self.audit(user.id, "blob.download", {"sha256": sha, "size": size, "offset": msg.offset, "rooms": rooms})
        self.send(ident, key, BlobStatus(sha256=sha, size=size, have=size, complete=True))

    def _on_get(self, ident, key, user, msg: BlobGet) -> None:
        sha = msg.sha256
        if (user.id, sha) not in self._may_get:
            return self.send(ident, key, P.Error(reason=f"download of {sha[:12]}: ask blob_stat first",
                                                  ref=sha, code="stat-first"))
        fd = self._readers.get(sha)
        if fd is None:
            try:
                fd = os.open(self._final(sha), os.O_RDONLY)
            except FileNotFoundError:
                return self.send(ident, key, P.Error(reason=f"blob {sha[:12]} vanished", ref=sha, code="not-found"))
            self._readers[sha] = fd
            if len(self._readers) > 32:
                os.close(self._readers.popitem(last=False)[1])
        self._readers.move_to_end(sha)
        size = os.fstat(fd).st_size
        length = max(0, min(msg.length, MAX_CHUNK_BYTES, size - msg.offset))
        data = os.pread(fd, length, msg.offset) if msg.offset >= 0 else b""
        self.stats["bytes_out"] += len(data)
        self.send(ident, key, BlobData(sha256=sha, offset=msg.offset, size=size), [data])


# ----------------------------------------------------------------------------- client side
class _Broken(Exception):
    """The link to the blob service broke (disconnect or no reply in time): reconnect and resume."""


class _Link:
    """One DEALER socket (and its monitor) of a BlobClient, used only by the calling thread."""

    def __init__(self, client: "BlobClient"):
        self.c = client
        self.sock = self.mon = None

    def open(self) -> None:
        c = self.c
        s = P.curve_dealer(c._ctx, c.bundle, sndhwm=c.window * 4 + 16, rcvhwm=c.window * 4 + 16,
                           maxmsgsize=MAX_CHUNK_BYTES + 65536)
        self.mon = s.get_monitor_socket(zmq.EVENT_DISCONNECTED | zmq.EVENT_HANDSHAKE_FAILED_AUTH
                                        | zmq.EVENT_HANDSHAKE_SUCCEEDED)
        self.ready_at = 0.0  # when the CURVE handshake completed (a request's RTT counts from then)
        s.connect(c.address)
        self.sock = s
        self.signer = P.Signer(c.user_id, c._key)
        self.replay = P.ReplayGuard(max_ids=10_000)

    def close(self) -> None:
        if self.sock is not None:
            try:
                self.sock.disable_monitor()
            except zmq.ZMQError:
                pass
            self.mon.close(linger=0)
            self.sock.close(linger=0)
            self.sock = self.mon = None

    def send(self, content, buffers: list = ()) -> None:
        try:
            self.sock.send_multipart(_frames(self.signer, content, list(buffers)), zmq.NOBLOCK, copy=False)
        except zmq.Again:
            raise _Broken("send queue full") from None

    def recv(self, cancel: threading.Event | None, what: str):
        """Next verified (content, buffers) from the hub; raises _Broken / BlobCancelled."""
        deadline = time.monotonic() + self.c.reply_timeout
        poller = zmq.Poller()
        poller.register(self.sock, zmq.POLLIN)
        poller.register(self.mon, zmq.POLLIN)
        while True:
            if cancel is not None and cancel.is_set():
                raise BlobCancelled(f"{what} cancelled")
            left = deadline - time.monotonic()
            if left <= 0:
                raise _Broken(f"no reply from the hub's blob service for {self.c.reply_timeout:.0f} s")
            ready = dict(poller.poll(min(100, max(1, int(left * 1000)))))
            if self.mon in ready:
                evt = recv_monitor_message(self.mon)
                if evt["event"] == zmq.EVENT_HANDSHAKE_SUCCEEDED:
                    self.ready_at = time.monotonic()
                    continue
                if evt["event"] == zmq.EVENT_HANDSHAKE_FAILED_AUTH:
                    raise BlobError(f"{what}: the hub refused this key (not enrolled or revoked)", "refused")
                raise _Broken("connection to the hub's blob service lost")
            if self.sock in ready:
                frames = self.sock.recv_multipart()
                try:
                    header = P.peek_header(frames, MAX_CHUNK_BYTES + 65536)
                    content, buffers = _verify(frames, header, self.c._key)
                    self.replay.check(header)
                except P.ProtocolError as exc:
                    log.warning("blob client: dropped a message from the hub: %s", exc.reason)
                    continue
                return content, buffers


class _Flow:
    """How many bytes to keep in flight, and in what chunks (delay-based, like LEDBAT).

    In flight ~ delivery rate x (base RTT + ``target_s`` of queueing): on a 2 Mbit/s, 150 ms link
    that is ~200 KB (2 MiB at full window), so the bottleneck queue stays short (a reset loses
    little; other traffic on the same link is not stuck behind seconds of study bytes); on
    loopback or a fast LAN it grows to ``window x chunk_size``. The delivery rate is the best of the last samples
    (bytes completed between a chunk's send and its reply / that time), the base RTT the fastest
    small request (stat) seen."""

    target_s = 0.5
    min_bytes = 64 * 1024
    start_bytes = 256 * 1024

    def __init__(self, chunk_max: int, window: int):
        self.chunk_max = chunk_max
        self.max_bytes = chunk_max * window
        self.limit = min(self.start_bytes, self.max_bytes)
        self.base_rtt: float | None = None
        self._rates: list[float] = []

    def rtt(self, seconds: float) -> None:
        self.base_rtt = seconds if self.base_rtt is None else min(self.base_rtt, seconds)

    def delivered(self, nbytes: int, seconds: float) -> None:
        if nbytes <= 0 or seconds <= 0:
            return
        self._rates = (self._rates + [nbytes / seconds])[-8:]
        want = max(self._rates) * ((self.base_rtt or 0.05) + self.target_s)
        self.limit = int(min(self.max_bytes, max(self.min_bytes, want)))

    @property
    def chunk(self) -> int:
        c = max(16384, self.limit // 4)
        return self.chunk_max if c >= self.chunk_max else c - c % 16384


class BlobClient:
    """Blocking client of the hub's blob service (call from a worker thread, never the GUI thread).

    One transfer at a time per instance (each call creates its own socket in the calling thread);
    run parallel transfers with one BlobClient per worker thread. Upload into a room only after the
    user's LinkClient has joined it (the hub checks membership).

    ``stats`` describes the last transfer: ``bytes_sent`` / ``bytes_received`` (chunk payload put
    on / taken off the wire, resends included), ``resumed_from`` (offsets the transfer (re)started
    at), ``reconnects``.
    """

    chunk_size = CHUNK_BYTES
    window = 8
    reply_timeout = 15.0
    give_up_after = 120.0
    backoff_min, backoff_max = 0.2, 5.0

    def __init__(self, bundle: dict, address: str, *, chunk_size: int | None = None, window: int | None = None):
        self.bundle = bundle
        self.address = address
        self.user_id = bundle["user_id"]
        self._key = bundle["hmac_secret"].encode()
        if chunk_size is not None:
            if not 1024 <= chunk_size <= MAX_CHUNK_BYTES:
                raise ValueError(f"chunk_size {chunk_size}: must be between 1024 and {MAX_CHUNK_BYTES}")
            self.chunk_size = int(chunk_size)
        if window is not None:
            if not 1 <= window <= 64:
                raise ValueError(f"window {window}: must be between 1 and 64")
            self.window = int(window)
        self._ctx = zmq.Context.instance()
        self.stats: dict = {}

    # ------------------------------------------------------------------ driver
    def _run(self, what: str, attempt, cancel: threading.Event | None):
        """Call ``attempt(link)`` until it returns; reconnect with backoff when the link breaks."""
        self.stats = {"bytes_sent": 0, "bytes_received": 0, "resumed_from": [], "reconnects": 0}
        self._flow = _Flow(self.chunk_size, self.window)
        self._progress_at = time.monotonic()
        failures = 0
        link = _Link(self)
        link.open()
        try:
            while True:
                mark = self._progress_at
                try:
                    return attempt(link)
                except _Broken as exc:
                    if self._progress_at > mark:
                        failures = 0
                    if time.monotonic() - self._progress_at > self.give_up_after:
                        raise BlobError(f"{what}: no progress for {self.give_up_after:.0f} s ({exc}); what was "
                                        f"transferred is kept and the transfer can be resumed later", "timeout") from None
                    self.stats["reconnects"] += 1
                    delay = min(self.backoff_max, self.backoff_min * 2 ** failures) * (0.75 + 0.5 * random.random())
                    failures += 1
                    log.info("blob client: %s: %s; reconnecting in %.1f s", what, exc, delay)
                    link.close()
                    if cancel is not None and cancel.wait(delay):
                        raise BlobCancelled(f"{what} cancelled") from None
                    elif cancel is None:
                        time.sleep(delay)
                    link.open()
        finally:
            link.close()

    def _request(self, link: _Link, msg, cancel, what: str):
        t0 = time.monotonic()
        link.send(msg)
        while True:
            content, buffers = link.recv(cancel, what)
            if isinstance(content, P.Error):
                if content.code == "stat-first":
                    raise _Broken("the hub lost the transfer (restarted?)")
                raise BlobError(f"{what}: {content.reason}", content.code)
            if isinstance(content, BlobStatus) and content.sha256 == msg.sha256:
                self._flow.rtt(time.monotonic() - max(t0, link.ready_at))
                return content

    # ------------------------------------------------------------------ upload
    def upload(self, path: str | Path, room: str, progress: Progress | None = None,
               cancel: threading.Event | None = None, sha256: str | None = None) -> str:
        """Upload a file into ``room``; returns its sha256 (the blob id). Resumes what the hub already
        holds; an already stored blob returns at once. ``sha256``: the id computed earlier (e.g. when
        the zip was made); the hub refuses the upload if the bytes do not hash to it."""
        path = Path(path)
        try:
            size = path.stat().st_size
        except OSError as exc:
            raise BlobError(f"upload of {path}: cannot read the file: {exc.strerror or exc}", "bad-request") from None
        if size == 0:
            raise BlobError(f"upload of {path}: the file is empty", "bad-request")
        sha = sha256 or file_sha256(path, progress, cancel)
        if not _SHA_RE.match(sha):
            raise BlobError(f"upload of {path}: {sha!r} is not a sha256 hex digest", "bad-request")
        what = f"upload of {path.name} ({sha[:12]})"
        label = f"uploading {path.name}"
        fd = os.open(path, os.O_RDONLY)
        state = {"epoch": 0}

        def attempt(link: _Link):
            st = self._request(link, BlobStat(sha256=sha, intent="put", size=size, room=room), cancel, what)
            if st.complete:
                if progress:
                    progress(size, size, label)
                return sha
            self.stats["resumed_from"].append(st.have)
            state["epoch"] += 1
            acked = nxt = st.have
            flow = self._flow
            inflight: dict[int, tuple[float, int, int]] = {}  # offset -> (sent at, acked then, length)
            in_bytes = 0
            if progress:
                progress(acked, size, label)
            while True:
                while (in_bytes < flow.limit or not inflight) and len(inflight) < self.window and nxt < size:
                    data = os.pread(fd, min(flow.chunk, size - nxt), nxt)
                    if not data:
                        raise BlobError(f"{what}: {path} shrank while uploading", "bad-request")
                    link.send(BlobPut(sha256=sha, offset=nxt, epoch=state["epoch"]), [data])
                    self.stats["bytes_sent"] += len(data)
                    inflight[nxt] = (time.monotonic(), acked, len(data))
                    in_bytes += len(data)
                    nxt += len(data)
                content, _ = link.recv(cancel, what)
                if isinstance(content, P.Error):
                    if content.code == "stat-first":
                        raise _Broken("the hub lost the transfer (restarted?)")
                    raise BlobError(f"{what}: {content.reason}", content.code)
                if not isinstance(content, BlobPutAck) or content.sha256 != sha or content.epoch != state["epoch"]:
                    continue  # stale (an earlier attempt's ack)
                if content.complete:
                    if progress:
                        progress(size, size, label)
                    return sha
                if content.have > acked:
                    acked = content.have
                    self._progress_at = time.monotonic()
                    if progress:
                        progress(acked, size, label)
                sent = inflight.pop(content.offset, None)
                if sent is not None:
                    in_bytes -= sent[2]
                    flow.delivered(acked - sent[1], time.monotonic() - sent[0])
                if content.gap:  # a chunk went missing: rewind to what the hub holds
                    state["epoch"] += 1
                    nxt = acked = content.have
                    inflight.clear()
                    in_bytes = 0

        try:
            return self._run(what, attempt, cancel)
        finally:
            os.close(fd)

    # ------------------------------------------------------------------ download
    def download(self, sha256: str, dest_path: str | Path, progress: Progress | None = None,
                 cancel: threading.Event | None = None) -> Path:
        """Download blob ``sha256`` to ``dest_path`` (via ``dest_path.part``, resumed from its size);
        the sha256 is verified before the file appears under its name."""
        sha = sha256
        if not _SHA_RE.match(sha or ""):
            raise BlobError(f"download: {sha!r} is not a sha256 hex digest", "bad-request")
        dest = Path(dest_path)
        dest.parent.mkdir(parents=True, exist_ok=True)
        part_path = dest.with_name(dest.name + ".part")
        what = f"download of {sha[:12]} to {dest}"
        label = f"downloading {dest.name}"
        f = open(part_path, "ab")
        hasher = hashlib.sha256()
        with open(part_path, "rb") as r:  # resume: hash what an earlier attempt stored
            while block := r.read(1 << 20):
                hasher.update(block)
        state = {"written": f.tell(), "hasher": hasher}

        def attempt(link: _Link):
            f.flush()
            st = self._request(link, BlobStat(sha256=sha, intent="get", offset=state["written"]), cancel, what)
            size = st.size
            if state["written"] > size:  # not a part of this blob: start again
                f.truncate(0)
                f.seek(0)
                state["hasher"] = hashlib.sha256()
                state["written"] = 0
            h = state["hasher"]
            written = state["written"]
            self.stats["resumed_from"].append(written)
            nxt = written
            flow = self._flow
            inflight: dict[int, tuple[float, int, int]] = {}  # offset -> (asked at, written then, length)
            in_bytes = 0
            early: dict[int, bytes] = {}
            if progress:
                progress(written, size, label)
            while written < size:
                while (in_bytes < flow.limit or not inflight) and len(inflight) < self.window and nxt < size:
                    n = min(flow.chunk, size - nxt)
                    link.send(BlobGet(sha256=sha, offset=nxt, length=n))
                    inflight[nxt] = (time.monotonic(), written, n)
                    in_bytes += n
                    nxt += n
                content, buffers = link.recv(cancel, what)
                if isinstance(content, P.Error):
                    if content.code == "stat-first":
                        raise _Broken("the hub lost the transfer (restarted?)")
                    raise BlobError(f"{what}: {content.reason}", content.code)
                if not isinstance(content, BlobData) or content.sha256 != sha or content.offset not in inflight:
                    continue
                asked = inflight.pop(content.offset)
                in_bytes -= asked[2]
                data = buffers[0] if buffers else b""
                self.stats["bytes_received"] += len(data)
                if not data:
                    raise BlobError(f"{what}: the hub sent no bytes at offset {content.offset}", "integrity")
                early[content.offset] = data
                while written in early:
                    block = early.pop(written)
                    f.write(block)
                    h.update(block)
                    written += len(block)
                state["written"] = written
                flow.delivered(written - asked[1], time.monotonic() - asked[0])
                self._progress_at = time.monotonic()
                if progress:
                    progress(written, size, label)
            return size

        try:
            self._run(what, attempt, cancel)
        except BlobError as exc:
            f.close()
            if exc.code in ("forbidden", "not-found", "refused") or part_path.stat().st_size == 0:
                part_path.unlink(missing_ok=True)  # nothing (or nothing this user may keep) to resume
            raise
        finally:
            f.close()
        digest = state["hasher"].hexdigest()
        if digest != sha:
            part_path.unlink(missing_ok=True)
            raise BlobError(f"{what}: the received bytes hash to {digest[:16]}…, not {sha[:16]}…; the partial "
                            f"file was deleted (download again)", "integrity")
        os.replace(part_path, dest)
        return dest


def _start_service(hub: HubContext) -> BlobServer:
    """The hub's bulk service (``blob_bind``, ``blob_max_bytes`` of hub.toml), advertised as "blob"."""
    return BlobServer(hub.ctx, hub.data_dir, hub.public_key, hub.secret_key, hub.address,
                      hub.config.blob_bind, hub.config.blob_max_bytes).start()


register("blob", _start_service)
