"""SQLite store of the hub: users, rooms, events (the room logs) and the append-only audit trail.

One ``Store`` is used by one thread at a time (the hub may ``start()`` in one thread and ``run()`` in another). WAL mode and
``synchronous=NORMAL`` so several processes (hub, enrol/revoke CLI) can use it at once and the hub
can commit a batch of events before acknowledging them.
"""

from __future__ import annotations

import json
import sqlite3
import threading
import time
from dataclasses import dataclass
from pathlib import Path

SCHEMA = """
CREATE TABLE IF NOT EXISTS users (
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
);
CREATE TABLE IF NOT EXISTS rooms (
    id TEXT PRIMARY KEY,
    kind TEXT NOT NULL CHECK (kind IN ('consult', 'broadcast', 'cohort')),
    title TEXT NOT NULL DEFAULT '',
    created_by TEXT NOT NULL,
    created REAL NOT NULL
);
CREATE TABLE IF NOT EXISTS events (
    room TEXT NOT NULL,
    seq INTEGER NOT NULL,
    sender TEXT NOT NULL,
    kind TEXT NOT NULL,
    body BLOB NOT NULL,
    time REAL NOT NULL,
    client_msg_id TEXT NOT NULL,
    sender_role TEXT NOT NULL DEFAULT '',
    sender_name TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (room, seq),
    UNIQUE (sender, client_msg_id)
);
CREATE TABLE IF NOT EXISTS audit (
    n INTEGER PRIMARY KEY AUTOINCREMENT,
    time REAL NOT NULL,
    user TEXT NOT NULL,
    action TEXT NOT NULL,
    detail TEXT NOT NULL
);
CREATE TRIGGER IF NOT EXISTS audit_append_only_u BEFORE UPDATE ON audit
BEGIN SELECT RAISE(ABORT, 'audit is append-only'); END;
CREATE TRIGGER IF NOT EXISTS audit_append_only_d BEFORE DELETE ON audit
BEGIN SELECT RAISE(ABORT, 'audit is append-only'); END;
"""

ROLES = ("trainee", "specialist", "surgeon", "coordinator", "administrator")
ROOM_KINDS = ("consult", "broadcast", "cohort")


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

    A checkpoint fsyncs the database file; done inline (SQLite's auto-checkpoint) it stalls the
    commit that triggers it by several ms. The connection doing the real work sets
    ``PRAGMA wal_autocheckpoint=0`` and this thread checkpoints every ``interval`` seconds.
    """

    def __init__(self, path: str | Path, interval: float = 1.0):
        self.path, self.interval = Path(path), interval
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, name=f"checkpoint-{self.path.name}", daemon=True)

    def start(self) -> "Checkpointer":
        self._thread.start()
        return self

    def _run(self) -> None:
        db = sqlite3.connect(self.path, timeout=30, isolation_level=None)
        try:
            while not self._stop.wait(self.interval):
                try:
                    db.execute("PRAGMA wal_checkpoint(PASSIVE)").fetchall()
                except sqlite3.Error:
                    pass
        finally:
            db.close()

    def stop(self) -> None:
        self._stop.set()
        if self._thread.is_alive():
            self._thread.join(5)


class Store:
    def __init__(self, data_dir: str | Path, checkpoint_inline: bool = True):
        self.path = Path(data_dir) / "hub.sqlite"
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self.db = sqlite3.connect(self.path, timeout=30, isolation_level=None, check_same_thread=False)
        self.db.execute("PRAGMA journal_mode=WAL")
        self.db.execute("PRAGMA synchronous=NORMAL")
        if not checkpoint_inline:  # the hub: a Checkpointer thread does it
            self.db.execute("PRAGMA wal_autocheckpoint=0")
            self.db.execute("PRAGMA cache_size=-65536")  # 64 MiB: index pages stay hot (inserts ~1.5x faster)
        self.db.executescript(SCHEMA)
        cols = {r[1] for r in self.db.execute("PRAGMA table_info(events)")}
        for col in ("sender_role", "sender_name"):  # stores written before protocol 1.1 fields
            if col not in cols:
                try:
                    self.db.execute(f"ALTER TABLE events ADD COLUMN {col} TEXT NOT NULL DEFAULT ''")
                except sqlite3.OperationalError:  # another process added it meanwhile
                    pass
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

    def _user(self, row) -> User | None:
        if row is None:
            return None
        return User(*row[:8], revoked=bool(row[8]))

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
