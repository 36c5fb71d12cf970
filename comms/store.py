"""SQLite store of the hub: users, rooms, events (the room logs) and the append-only audit trail.

One ``Store`` is used by one thread at a time (the hub may ``start()`` in one thread and ``run()`` in another). WAL mode so several
processes (hub, enrol/revoke CLI) can use it at once; ``synchronous=FULL`` by default, so a commit
is on disk (the WAL fsynced) before it returns: the hub commits each drained batch of events before
acknowledging any of them, and an acknowledged event survives a power loss (one fsync per batch,
its cost printed by benchmarks/bench_link.py).

Schema versions: ``PRAGMA user_version`` of ``hub.sqlite`` is the schema version, and
:data:`MIGRATIONS` lists, in order, what brings a store from one version to the next. Opening a
:class:`Store` runs the missing ones in one transaction (``BEGIN IMMEDIATE``: several processes may
open the store at once; one migrates, the others then see the new version). Before it changes a
store that holds data it copies it to ``hub.sqlite.schema-v<old>.bak`` (SQLite online backup). A store
written by a newer Silkbridge is refused with :class:`SchemaError`, never touched. A new migration is
appended at the end and never edited once released.

Backup and restore of a whole hub data directory: :func:`backup_hub` and :func:`restore_hub`
(``python -m workstation hub-backup`` / ``hub-restore``).
"""

from __future__ import annotations

import os
import json
import sqlite3
import threading
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Callable

from workstation.policy import ROLES, ROOM_KINDS, Access, Room  # the one policy: role names, room kinds

# Version 1: the tables as first released (events without the protocol 1.1 sender columns).
_V1 = (
    """CREATE TABLE IF NOT EXISTS users (
    id TEXT PRIMARY KEY,
    name TEXT NOT NULL,
    hospital TEXT NOT NULL,
    country TEXT NOT NULL,
    language TEXT NOT NULL,
    role TEXT NOT NULL,
    public_key TEXT NOT NULL UNIQUE,
    hmac_secret TEXT NOT NULL,
    revoked INTEGER NOT NULL DEFAULT 0,
    created REAL NOT NULL
)""",
    """CREATE TABLE IF NOT EXISTS rooms (
    id TEXT PRIMARY KEY,
    kind TEXT NOT NULL CHECK (kind IN ('consult', 'broadcast', 'cohort')),
    title TEXT NOT NULL DEFAULT '',
    created_by TEXT NOT NULL,
    created REAL NOT NULL
)""",
    """CREATE TABLE IF NOT EXISTS events (
    room TEXT NOT NULL,
    seq INTEGER NOT NULL,
    sender TEXT NOT NULL,
    kind TEXT NOT NULL,
    body BLOB NOT NULL,
    time REAL NOT NULL,
    client_msg_id TEXT NOT NULL,
    PRIMARY KEY (room, seq),
    UNIQUE (sender, client_msg_id)
)""",
    """CREATE TABLE IF NOT EXISTS audit (
    n INTEGER PRIMARY KEY AUTOINCREMENT,
    time REAL NOT NULL,
    user TEXT NOT NULL,
    action TEXT NOT NULL,
    detail TEXT NOT NULL
)""",
    """CREATE TRIGGER IF NOT EXISTS audit_append_only_u BEFORE UPDATE ON audit
BEGIN SELECT RAISE(ABORT, 'audit is append-only'); END""",
    """CREATE TRIGGER IF NOT EXISTS audit_append_only_d BEFORE DELETE ON audit
BEGIN SELECT RAISE(ABORT, 'audit is append-only'); END""",
)


def _v2_sender_columns(db: sqlite3.Connection) -> None:
    """Events carry the sender's enrolled role and name (protocol 1.1). Stores from before
    schema versions may already have them."""
    cols = {r[1] for r in db.execute("PRAGMA table_info(events)")}
    for col in ("sender_role", "sender_name"):
        if col not in cols:
            db.execute(f"ALTER TABLE events ADD COLUMN {col} TEXT NOT NULL DEFAULT ''")


def _v4_room_access(db: sqlite3.Connection) -> None:
    """Per-room access lists (workstation.policy). Rooms that existed before keep admitting their
    creator, the creator's hospital and everyone who had joined them."""
    db.execute("CREATE TABLE IF NOT EXISTS room_access (room TEXT NOT NULL, kind TEXT NOT NULL "
               "CHECK (kind IN ('user', 'hospital', 'role')), value TEXT NOT NULL, PRIMARY KEY (room, kind, value))")
    rows = [(room, "user", creator) for room, creator in db.execute("SELECT id, created_by FROM rooms")]
    rows += list(db.execute("SELECT r.id, 'hospital', u.hospital FROM rooms r JOIN users u ON u.id = r.created_by"))
    joined = "CASE WHEN json_valid(detail) THEN json_extract(detail, '$.room') END"
    rows += list(db.execute(f"SELECT DISTINCT {joined}, 'user', user FROM audit WHERE action='join' "
                            f"AND {joined} IS NOT NULL"))
    db.executemany("INSERT OR IGNORE INTO room_access VALUES (?,?,?)", rows)


def _v5_referrals(db: sqlite3.Connection) -> None:
    """Referrals (workstation/referral.py): a fourth room kind, access by specialty, and the
    specialties each user is enrolled as a consultant for. SQLite cannot alter a CHECK: the two
    tables are rebuilt with their rows."""
    db.execute("CREATE TABLE rooms_v5 (id TEXT PRIMARY KEY, kind TEXT NOT NULL CHECK (kind IN "
               "('consult', 'broadcast', 'cohort', 'referral')), title TEXT NOT NULL DEFAULT '', "
               "created_by TEXT NOT NULL, created REAL NOT NULL)")
    db.execute("INSERT INTO rooms_v5 SELECT id, kind, title, created_by, created FROM rooms")
    db.execute("DROP TABLE rooms")
    db.execute("ALTER TABLE rooms_v5 RENAME TO rooms")
    db.execute("CREATE TABLE room_access_v5 (room TEXT NOT NULL, kind TEXT NOT NULL CHECK (kind IN "
               "('user', 'hospital', 'role', 'specialty')), value TEXT NOT NULL, PRIMARY KEY (room, kind, value))")
    db.execute("INSERT INTO room_access_v5 SELECT room, kind, value FROM room_access")
    db.execute("DROP TABLE room_access")
    db.execute("ALTER TABLE room_access_v5 RENAME TO room_access")
    db.execute("CREATE TABLE IF NOT EXISTS user_specialties (user TEXT NOT NULL, specialty TEXT NOT NULL, "
               "PRIMARY KEY (user, specialty))")


_RESTORE_POINTS = ("CREATE TABLE IF NOT EXISTS restore_points (epoch TEXT NOT NULL, room TEXT NOT NULL, "
                   "last_seq INTEGER NOT NULL, at REAL NOT NULL, PRIMARY KEY (epoch, room))")

#: (what it does, SQL statements or a function of the connection), in order: entry i brings a store
#: from version i to version i + 1. Append only.
MIGRATIONS: tuple[tuple[str, tuple[str, ...] | Callable[[sqlite3.Connection], None]], ...] = (
    ("users, rooms, events and the append-only audit", _V1),
    ("events: sender_role and sender_name (protocol 1.1)", _v2_sender_columns),
    ("restore points: where each room's log ended when the hub was restored from a backup", (_RESTORE_POINTS,)),
    ("room access: who each room admits (users, hospitals, roles)", _v4_room_access),
    ("referrals: room kind 'referral', access by specialty, users' consultant specialties", _v5_referrals),
)
SCHEMA_VERSION = len(MIGRATIONS)


class SchemaError(ValueError):
    """The store cannot be used by this version (written by a newer Silkbridge, or damaged)."""


@dataclass(frozen=True)
class User:
    id: str
    name: str
    hospital: str
    country: str
    language: str
    role: str
    public_key: str
    hmac_secret: str
    revoked: bool
    #: specialties the user is enrolled as a consultant for (lower case)
    specialties: frozenset[str] = frozenset()


@dataclass(frozen=True)
class StoredEvent:
    room: str
    seq: int
    sender: str
    kind: str
    body: bytes
    time: float
    client_msg_id: str
    sender_role: str = ""
    sender_name: str = ""


class Checkpointer:
    """Runs WAL checkpoints on its own thread and connection, off the latency path.

    A checkpoint copies the WAL's pages into the database file and fsyncs it; done inline
    (SQLite's auto-checkpoint) it stalls the commit that triggers it by several ms, and even on its
    own thread its fsync competes with the fsync of every commit made meanwhile (one disk queue):
    the commits of those milliseconds wait for it. The connection doing the real work sets
    ``PRAGMA wal_autocheckpoint=0``; this thread checkpoints in PASSIVE mode (never blocking a
    writer).

    Periodic (the default, for a workstation's store): every ``interval`` seconds.
    ``idle`` > 0 (the hub): the thread watches the WAL-index header in ``<db>-shm`` (read only;
    ``mxFrame``, the frames committed, and ``nBackfill``, those already copied: see
    https://www.sqlite.org/walformat.html) and checkpoints when commits have stopped for ``idle``
    seconds, or when ``max_frames`` frames wait however busy the writer is (the WAL stays bounded),
    or ``interval`` after the last checkpoint. So a burst of commits is never slowed by a checkpoint
    unless it outgrows ``max_frames`` (4,096 frames: 16 MiB of 4 KiB pages). If the header cannot
    be read it falls back to periodic checkpoints.
    """

    #: byte offsets in the wal-index (``-shm``) file, native byte order: the two copies of the
    #: header (48 bytes each; a reader takes them when equal), mxFrame in each, nBackfill after them
    _HDR, _MXFRAME, _NBACKFILL = 48, 16, 96

    def __init__(self, path: str | Path, interval: float = 1.0, idle: float = 0.0, max_frames: int = 4096):
        self.path, self.interval, self.idle, self.max_frames = Path(path), interval, idle, max_frames
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, name=f"checkpoint-{self.path.name}", daemon=True)
        self.runs = 0  #: checkpoints run

    def start(self) -> "Checkpointer":
        self._thread.start()
        return self

    def checkpoint(self, db: sqlite3.Connection) -> bool:
        """One PASSIVE checkpoint; True when every frame of the WAL is now in the database."""
        self.runs += 1
        try:
            busy, frames, copied = db.execute("PRAGMA wal_checkpoint(PASSIVE)").fetchone()
        except sqlite3.Error:
            return False
        return not busy and frames == copied

    def frames(self, fd: int) -> tuple[int, int] | None:
        """(mxFrame, nBackfill) from the wal-index header, None if unreadable or changing."""
        import struct

        try:
            raw = os.pread(fd, self._NBACKFILL + 4, 0)
        except OSError:
            return None
        if len(raw) < self._NBACKFILL + 4 or raw[:self._HDR] != raw[self._HDR:2 * self._HDR]:
            return None
        (mx,) = struct.unpack_from("=I", raw, self._MXFRAME)
        (backfilled,) = struct.unpack_from("=I", raw, self._NBACKFILL)
        return mx, backfilled

    def _run(self) -> None:
        db = sqlite3.connect(self.path, timeout=30, isolation_level=None)
        try:
            if self.idle > 0:
                self._watch(db)
            else:
                while not self._stop.wait(self.interval):
                    self.checkpoint(db)
        finally:
            db.close()

    def _watch(self, db: sqlite3.Connection) -> None:
        db.execute("SELECT 1 FROM sqlite_master LIMIT 1").fetchall()  # the -shm exists once a reader opened the WAL
        try:
            fd = os.open(str(self.path) + "-shm", os.O_RDONLY)
        except OSError:
            fd = -1
        try:
            last_mx, last_change, last_ckpt = -1, time.monotonic(), time.monotonic()
            while not self._stop.wait(self.idle / 4):
                now = time.monotonic()
                got = self.frames(fd) if fd >= 0 else None
                if got is None:  # not readable: periodic
                    if now - last_ckpt >= self.interval:
                        self.checkpoint(db)
                        last_ckpt = now
                    continue
                mx, backfilled = got
                if mx != last_mx:
                    last_mx, last_change = mx, now
                waiting = mx - backfilled if mx >= backfilled else mx
                if waiting <= 0:
                    continue
                if now - last_change >= self.idle or waiting >= self.max_frames or now - last_ckpt >= self.interval:
                    self.checkpoint(db)
                    last_ckpt = now
        finally:
            if fd >= 0:
                os.close(fd)

    def stop(self) -> None:
        self._stop.set()
        if self._thread.is_alive():
            self._thread.join(5)


class Store:
    def __init__(self, data_dir: str | Path, checkpoint_inline: bool = True, durable: bool = True):
        self.path = Path(data_dir) / "hub.sqlite"
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self.db = sqlite3.connect(self.path, timeout=30, isolation_level=None, check_same_thread=False)
        self.db.execute("PRAGMA journal_mode=WAL")
        # FULL: a commit returns once the WAL is fsynced (acknowledged = durable); NORMAL would
        # only fsync at checkpoints, losing the last commits on a power cut
        self.db.execute(f"PRAGMA synchronous={'FULL' if durable else 'NORMAL'}")
        if not checkpoint_inline:  # the hub: a Checkpointer thread does it
            self.db.execute("PRAGMA wal_autocheckpoint=0")
            self.db.execute("PRAGMA cache_size=-65536")  # 64 MiB: index pages stay hot (inserts ~1.5x faster)
        try:
            self.migrated_from = migrate(self.db, self.path)
        except BaseException:
            self.db.close()
            raise
        self._in_tx = False

    # ----------------------------------------------------------------- transactions
    def begin(self) -> None:
        if not self._in_tx:
            self.db.execute("BEGIN")
            self._in_tx = True

    def commit(self) -> None:
        if self._in_tx:
            self.db.execute("COMMIT")
            self._in_tx = False

    def _autocommit(self) -> None:
        pass

    def close(self) -> None:
        self.commit()
        self.db.close()

    # ----------------------------------------------------------------- users
    def add_user(self, user: User) -> None:
        if user.role not in ROLES:
            raise ValueError(f"unknown role {user.role!r}; choose one of {', '.join(ROLES)}")
        self.db.execute(
            "INSERT INTO users VALUES (?,?,?,?,?,?,?,?,?,?)",
            (user.id, user.name, user.hospital, user.country, user.language, user.role,
             user.public_key, user.hmac_secret, int(user.revoked), time.time()),
        )
        self.set_specialties(user.id, user.specialties)

    def set_specialties(self, user_id: str, specialties) -> None:
        """The specialties ``user_id`` is a consultant for (replacing the former ones)."""
        self.db.execute("DELETE FROM user_specialties WHERE user=?", (user_id,))
        self.db.executemany("INSERT OR IGNORE INTO user_specialties VALUES (?,?)",
                            [(user_id, s.strip().lower()) for s in specialties if s.strip()])

    def _user(self, row) -> User | None:
        if row is None:
            return None
        specialties = frozenset(r[0] for r in self.db.execute(
            "SELECT specialty FROM user_specialties WHERE user=?", (row[0],)))
        return User(*row[:8], revoked=bool(row[8]), specialties=specialties)

    def user(self, user_id: str) -> User | None:
        return self._user(self.db.execute("SELECT * FROM users WHERE id=?", (user_id,)).fetchone())

    def user_by_key(self, public_key: str) -> User | None:
        return self._user(self.db.execute("SELECT * FROM users WHERE public_key=?", (public_key,)).fetchone())

    def users(self) -> list[User]:
        return [self._user(r) for r in self.db.execute("SELECT * FROM users ORDER BY created")]

    def revoked_ids(self) -> set[str]:
        return {r[0] for r in self.db.execute("SELECT id FROM users WHERE revoked=1")}

    def set_revoked(self, user_id: str) -> bool:
        cur = self.db.execute("UPDATE users SET revoked=1 WHERE id=?", (user_id,))
        return cur.rowcount > 0

    # ----------------------------------------------------------------- rooms
    def room(self, room_id: str) -> tuple[str, str, str, str] | None:
        return self.db.execute("SELECT id, kind, title, created_by FROM rooms WHERE id=?", (room_id,)).fetchone()

    def add_room(self, room_id: str, kind: str, title: str, created_by: str) -> None:
        if kind not in ROOM_KINDS:
            raise ValueError(f"unknown room kind {kind!r}")
        self.db.execute("INSERT INTO rooms VALUES (?,?,?,?,?)", (room_id, kind, title, created_by, time.time()))

    def room_access(self, room_id: str) -> Access:
        return Access.from_entries(self.db.execute("SELECT kind, value FROM room_access WHERE room=?", (room_id,)))

    def change_access(self, room_id: str, add: Access | None = None, remove: Access | None = None) -> None:
        if add:
            self.db.executemany("INSERT OR IGNORE INTO room_access VALUES (?,?,?)",
                                [(room_id, k, v) for k, v in add.entries()])
        if remove:
            self.db.executemany("DELETE FROM room_access WHERE room=? AND kind=? AND value=?",
                                [(room_id, k, v) for k, v in remove.entries()])

    def room_policy(self, room_id: str) -> Room | None:
        """The room as :func:`workstation.policy.admits` reads it, or None."""
        row = self.room(room_id)
        if row is None:
            return None
        return Room(row[0], row[1], row[3], self.room_access(room_id))

    # ----------------------------------------------------------------- events
    def last_seqs(self) -> dict[str, int]:
        return dict(self.db.execute("SELECT room, MAX(seq) FROM events GROUP BY room").fetchall())

    def find_event(self, sender: str, client_msg_id: str) -> tuple[str, int] | None:
        return self.db.execute(
            "SELECT room, seq FROM events WHERE sender=? AND client_msg_id=?", (sender, client_msg_id)
        ).fetchone()

    _INSERT_EVENT = ("INSERT INTO events (room, seq, sender, kind, body, time, client_msg_id, sender_role, "
                     "sender_name) VALUES (?,?,?,?,?,?,?,?,?)")

    def add_event(self, ev: StoredEvent) -> None:
        """Insert one event; raises sqlite3.IntegrityError for a (sender, client_msg_id) already stored."""
        self.db.execute(self._INSERT_EVENT, (ev.room, ev.seq, ev.sender, ev.kind, ev.body, ev.time,
                                             ev.client_msg_id, ev.sender_role, ev.sender_name))

    def insert_event(self, row: tuple) -> None:
        """:meth:`add_event` from a plain tuple in column order (the hub's hot path)."""
        self.db.execute(self._INSERT_EVENT, row)

    def events_after(self, room: str, after_seq: int, limit: int = 100_000) -> list[StoredEvent]:
        rows = self.db.execute(
            "SELECT room, seq, sender, kind, body, time, client_msg_id, sender_role, sender_name FROM events "
            "WHERE room=? AND seq>? ORDER BY seq LIMIT ?", (room, after_seq, limit)
        ).fetchall()
        return [StoredEvent(*r) for r in rows]

    # ----------------------------------------------------------------- audit
    def audit(self, user: str, action: str, detail: dict | str = "") -> None:
        if not isinstance(detail, str):
            detail = json.dumps(detail, default=str)
        self.db.execute("INSERT INTO audit (time, user, action, detail) VALUES (?,?,?,?)",
                        (time.time(), user or "", action, detail))

    def audit_entries(self, action: str | None = None, user: str | None = None) -> list[dict]:
        q, args = "SELECT time, user, action, detail FROM audit WHERE 1=1", []
        if action:
            q += " AND action LIKE ?"
            args.append(action)
        if user:
            q += " AND user=?"
            args.append(user)
        return [dict(time=r[0], user=r[1], action=r[2], detail=r[3]) for r in self.db.execute(q + " ORDER BY n", args)]


# ----------------------------------------------------------------------------- schema versions
def schema_version(db: sqlite3.Connection) -> int:
    return db.execute("PRAGMA user_version").fetchone()[0]


def _newer(path, version: int) -> SchemaError:
    return SchemaError(f"{path}: schema version {version} was written by a newer Silkbridge (this one knows up to "
                       f"{SCHEMA_VERSION}): upgrade Silkbridge, or restore a backup made by this version")


def migrate(db: sqlite3.Connection, path: str | Path | None = None) -> int | None:
    """Bring the store on ``db`` (autocommit connection) to :data:`SCHEMA_VERSION`.

    Returns the version it migrated from, or None when it was current. With ``path`` (the
    database file), a store that holds data is first copied to ``<path>.schema-v<old>.<time>.bak``.
    All steps run in one transaction: a failing migration leaves the store as it was.
    """
    version = schema_version(db)
    if version == SCHEMA_VERSION:
        return None
    if version > SCHEMA_VERSION:
        raise _newer(path or "hub store", version)
    db.execute("BEGIN IMMEDIATE")  # one process migrates; the others wait, then see the new version
    try:
        version = schema_version(db)
        if version >= SCHEMA_VERSION:
            db.execute("ROLLBACK")
            if version > SCHEMA_VERSION:
                raise _newer(path or "hub store", version)
            return None
        has_data = db.execute("SELECT COUNT(*) FROM sqlite_master").fetchone()[0] > 0
        if path is not None and has_data:
            stamp = time.strftime("%Y%m%d-%H%M%S")
            copy = Path(f"{path}.schema-v{version}.{stamp}.bak")
            # created 0600 (it holds the users' secrets, like the store); then copied through a second
            # connection: ours holds the write lock, readers still see the old state
            os.close(os.open(copy, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600))
            source, target = sqlite3.connect(path, timeout=30), sqlite3.connect(copy)
            try:
                source.backup(target)
            finally:
                target.close()
                source.close()
        for what, step in MIGRATIONS[version:]:
            if callable(step):
                step(db)
            else:
                for sql in step:
                    db.execute(sql)
        db.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")
        if has_data:
            db.execute("INSERT INTO audit (time, user, action, detail) VALUES (?,?,?,?)",
                       (time.time(), "", "store.migrate", json.dumps({"from": version, "to": SCHEMA_VERSION})))
        db.execute("COMMIT")
    except BaseException:
        if db.in_transaction:
            db.execute("ROLLBACK")
        raise
    return version


# ----------------------------------------------------------------------------- the running hub's lock
def lock_data_dir(data_dir: str | Path):
    """Take the exclusive lock ``DATA/hub.lock`` for a hub running on ``data_dir``; returns the open
    file (keep it: the lock lasts until it is closed or the process ends). Raises :class:`SchemaError`
    naming the pid when another hub holds it."""
    import fcntl
    import os

    path = Path(data_dir) / "hub.lock"
    f = open(path, "a+")
    try:
        fcntl.flock(f, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        f.seek(0)
        pid = f.read().strip() or "?"
        f.close()
        raise SchemaError(f"another hub (pid {pid}) is running on {data_dir}") from None
    f.seek(0)
    f.truncate()
    f.write(str(os.getpid()))
    f.flush()
    return f


def running_hub_pid(data_dir: str | Path) -> int | None:
    """The pid of a hub running on ``data_dir`` (it holds ``hub.lock``; -1 if it wrote none), else None.
    Changes nothing."""
    import fcntl

    try:
        f = open(Path(data_dir) / "hub.lock", "r")
    except FileNotFoundError:
        return None
    with f:
        try:
            fcntl.flock(f, fcntl.LOCK_SH | fcntl.LOCK_NB)
        except BlockingIOError:
            try:
                return int(f.read().strip() or 0) or -1
            except ValueError:
                return -1
    return None


# ----------------------------------------------------------------------------- backup and restore
BACKUP_FORMAT = "silkbridge-hub-backup/1"
#: never put in a backup: the live database files (a consistent snapshot goes in instead), safety
#: copies, partial uploads, logs and the run lock, and restore leftovers
_NOT_BACKED_UP = ("hub.sqlite", "hub.sqlite-*", "hub.sqlite.*", "*.part", "hub.log", "hub.log.*", "hub.stderr",
                  "hub.lock", ".restore-*", ".pre-restore-*", ".hub-backup-*")
#: what may be in a data directory that restore replaces without --force
_RESTORE_IGNORES = ("hub.log", "hub.log.*", "hub.stderr", "hub.lock")


class BackupError(RuntimeError):
    """A backup or restore that cannot be done; the message says why and what to do."""


def _skipped(rel: str, patterns) -> bool:
    import fnmatch

    top = rel.split("/", 1)[0]
    name = rel.rsplit("/", 1)[-1]
    return any(fnmatch.fnmatchcase(top, p) or fnmatch.fnmatchcase(name, p) for p in patterns)


def _counts(db: sqlite3.Connection) -> dict[str, int]:
    tables = {r[0] for r in db.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    return {t: db.execute(f"SELECT COUNT(*) FROM {t}").fetchone()[0]
            for t in ("users", "rooms", "events", "audit", "blobs") if t in tables}


def _integrity(path: Path) -> None:
    db = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        result = db.execute("PRAGMA integrity_check").fetchone()[0]
    except sqlite3.DatabaseError as exc:
        result = str(exc)
    finally:
        db.close()
    if result != "ok":
        raise BackupError(f"{path.name}: the database is damaged ({result})")


def backup_hub(data_dir: str | Path, out: str | Path) -> dict:
    """Write a backup of a hub's data directory to ``out`` (.tar.gz, mode 0600: it holds the hub's
    secret key and the users' secrets) and return its manifest.

    The store is copied with SQLite's online backup (a consistent snapshot even while the hub
    runs), then the blobs, keys, configuration and any other file of the directory (not logs,
    partial uploads or safety copies). ``MANIFEST.json`` lists every file with its sha256.
    An existing ``out`` is never overwritten.
    """
    import hashlib
    import io
    import os
    import tarfile
    import tempfile

    data, out = Path(data_dir), Path(out)
    db_path = data / "hub.sqlite"
    if not db_path.is_file():
        raise BackupError(f"{data}: no hub store here (hub.sqlite missing): give the hub's --data directory")
    if out.exists():
        raise BackupError(f"{out} already exists: a backup never overwrites, choose a new file name")
    if not out.parent.is_dir():
        raise BackupError(f"{out.parent}: no such directory")
    part = out.with_name(out.name + ".part")
    files: dict[str, dict] = {}
    with tempfile.TemporaryDirectory(prefix=".hub-backup-", dir=out.parent) as tmp:
        snap = Path(tmp) / "hub.sqlite"
        src = sqlite3.connect(db_path, timeout=30)  # copied as it is: no migration here
        try:
            dst = sqlite3.connect(snap)
            try:
                src.backup(dst)
                dst.execute("PRAGMA journal_mode=DELETE")  # one self-contained file
                version, counts = schema_version(dst), _counts(dst)
            finally:
                dst.close()
        finally:
            src.close()
        _integrity(snap)
        snap.chmod(0o600)  # it holds the users' secrets
        entries = [(snap, "hub.sqlite")]
        for root, dirs, names in os.walk(data):
            rel_root = Path(root).relative_to(data).as_posix()
            prefix = "" if rel_root == "." else rel_root + "/"
            dirs[:] = sorted(d for d in dirs if not _skipped(prefix + d, _NOT_BACKED_UP))
            for name in sorted(names):
                rel = prefix + name
                p = Path(root) / name
                if not _skipped(rel, _NOT_BACKED_UP) and p.is_file() and not p.is_symlink():
                    entries.append((p, rel))
        fd = os.open(part, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        try:
            with os.fdopen(fd, "wb") as raw, tarfile.open(fileobj=raw, mode="w:gz", compresslevel=6) as tar:
                for path, rel in entries:
                    st = path.stat()
                    info = tarfile.TarInfo(f"data/{rel}")
                    info.size, info.mtime, info.mode = st.st_size, int(st.st_mtime), st.st_mode & 0o777
                    h = hashlib.sha256()
                    with open(path, "rb") as f:
                        reader = _HashingReader(f, h, st.st_size)
                        tar.addfile(info, reader)
                    files[rel] = {"size": st.st_size, "sha256": h.hexdigest(), "mode": oct(info.mode)}
                manifest = {
                    "format": BACKUP_FORMAT, "created": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime()),
                    "schema_version": version, "hub_public_key": _public_key(data), "counts": counts,
                    "files": files,
                }
                blob = json.dumps(manifest, indent=2).encode()
                info = tarfile.TarInfo("MANIFEST.json")
                info.size, info.mtime, info.mode = len(blob), int(time.time()), 0o600
                tar.addfile(info, io.BytesIO(blob))
                raw.flush()
                os.fsync(raw.fileno())
            os.replace(part, out)
        except BaseException:
            part.unlink(missing_ok=True)
            raise
    return manifest


class _HashingReader:
    """Reads exactly ``size`` bytes of a file for tarfile, hashing them (a file that shrank while
    it was read is an error, not a silently padded member)."""

    def __init__(self, f, h, size: int):
        self.f, self.h, self.left = f, h, size

    def read(self, n: int = -1) -> bytes:
        n = self.left if n < 0 else min(n, self.left)
        block = self.f.read(n)
        if len(block) < n:
            raise BackupError(f"{self.f.name} changed while it was backed up; run the backup again")
        self.left -= len(block)
        self.h.update(block)
        return block


def _public_key(data: Path) -> str | None:
    try:
        for line in (data / "hub.key").read_text().splitlines():
            line = line.strip()
            if line.startswith("public-key"):
                return line.split("=", 1)[1].strip().strip('"')
    except OSError:
        pass
    return None


def _mark_restore_point(db_path: Path) -> str:
    """Record where each room's log ends in the restored store, under a new restore epoch: the hub
    tells reconnecting workstations, which set aside what they hold beyond it (those events were
    lost with the hub's disk, and the hub will give their numbers to new events)."""
    import uuid

    epoch = uuid.uuid4().hex
    db = sqlite3.connect(db_path)
    try:
        with db:
            db.execute(_RESTORE_POINTS)
            db.execute("INSERT INTO restore_points SELECT ?, room, MAX(seq), ? FROM events GROUP BY room",
                       (epoch, time.time()))
    finally:
        db.close()
    return epoch


def restore_points(db: sqlite3.Connection) -> tuple[str, dict[str, int]]:
    """The latest restore epoch of a store and each room's last seq at that restore ("", {} if never)."""
    try:
        row = db.execute("SELECT epoch FROM restore_points ORDER BY at DESC LIMIT 1").fetchone()
    except sqlite3.OperationalError:  # an older store, before the migration runs
        return "", {}
    if row is None:
        return "", {}
    return row[0], dict(db.execute("SELECT room, last_seq FROM restore_points WHERE epoch=?", (row[0],)).fetchall())


def restore_hub(archive: str | Path, data_dir: str | Path, force: bool = False) -> dict:
    """Restore a :func:`backup_hub` archive into ``data_dir`` and return its manifest.

    The hub must be stopped. ``data_dir`` must be missing or empty (its logs do not count);
    with ``force`` its current content is first moved to ``data_dir/.pre-restore-<time>/``, so
    nothing is lost. Everything is unpacked into a staging directory inside ``data_dir`` and
    checked (format, sha256 of every file, no stray or missing files, database integrity, schema
    not newer than this version) before anything in ``data_dir`` changes. A store from an older
    version is upgraded when the hub next opens it.
    """
    import hashlib
    import os
    import shutil
    import tarfile
    import tempfile

    archive, data = Path(archive), Path(data_dir)
    if not archive.is_file():
        raise BackupError(f"{archive}: no such backup file")
    pid = running_hub_pid(data) if data.is_dir() else None
    if pid is not None:
        raise BackupError(f"a hub (pid {pid}) is running on {data}: stop it before restoring")
    current = sorted(p.name for p in data.iterdir() if not _skipped(p.name, _RESTORE_IGNORES)) \
        if data.is_dir() else []
    if current and not force:
        raise BackupError(f"{data} is not empty ({', '.join(current[:5])}{'...' if len(current) > 5 else ''}): "
                          f"restore into an empty directory, or use --force to move the current content aside")
    data.mkdir(parents=True, exist_ok=True, mode=0o700)
    stage = Path(tempfile.mkdtemp(prefix=".restore-", dir=data))
    try:
        got: dict[str, str] = {}
        manifest = None
        try:
            tar = tarfile.open(archive, mode="r:gz")
        except (tarfile.TarError, OSError) as exc:
            raise BackupError(f"{archive}: not a Silkbridge hub backup ({exc})") from None
        try:
            with tar:
                for m in tar:
                    name = m.name
                    if name == "MANIFEST.json" and m.isfile():
                        manifest = json.loads(tar.extractfile(m).read())
                        continue
                    rel = name[5:] if name.startswith("data/") else ""
                    parts = rel.split("/")
                    if not m.isfile() or not rel or rel.startswith("/") or any(p in ("", ".", "..") for p in parts):
                        raise BackupError(f"{archive}: unexpected entry {name!r}: not a Silkbridge hub backup")
                    dest = stage.joinpath(*parts)
                    dest.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
                    h = hashlib.sha256()
                    src = tar.extractfile(m)
                    with open(os.open(dest, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600), "wb") as f:
                        while block := src.read(1 << 20):
                            h.update(block)
                            f.write(block)
                    os.chmod(dest, m.mode & 0o777)
                    got[rel] = h.hexdigest()
        except (tarfile.TarError, EOFError, OSError, ValueError, UnicodeDecodeError) as exc:
            raise BackupError(f"{archive}: damaged or truncated backup ({exc})") from None
        if not isinstance(manifest, dict) or manifest.get("format") != BACKUP_FORMAT:
            raise BackupError(f"{archive}: not a Silkbridge hub backup (no {BACKUP_FORMAT} manifest)")
        want = {rel: f["sha256"] for rel, f in manifest.get("files", {}).items()}
        missing, extra = sorted(set(want) - set(got)), sorted(set(got) - set(want))
        bad = sorted(rel for rel in set(want) & set(got) if want[rel] != got[rel])
        if missing or extra or bad:
            raise BackupError(f"{archive}: the backup does not match its manifest "
                              f"(missing {missing or 'none'}, unlisted {extra or 'none'}, checksum wrong {bad or 'none'})")
        if "hub.sqlite" not in got:
            raise BackupError(f"{archive}: the backup holds no hub store")
        version = int(manifest.get("schema_version", 0))
        if version > SCHEMA_VERSION:
            raise BackupError(str(_newer(archive, version)))
        _integrity(stage / "hub.sqlite")
        manifest["restore_epoch"] = _mark_restore_point(stage / "hub.sqlite")
        if current:
            aside = data / f".pre-restore-{time.strftime('%Y%m%d-%H%M%S')}"
            aside.mkdir(mode=0o700)
            for name in current:
                os.replace(data / name, aside / name)
            manifest["moved_aside"] = str(aside)
        for p in sorted(stage.iterdir()):
            os.replace(p, data / p.name)
        return manifest
    finally:
        shutil.rmtree(stage, ignore_errors=True)
