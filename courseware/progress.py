"""Local course progress: one SQLite file holding every trainee action and the xAPI outbox.

A trainee works fully offline: every action (a lesson opened or completed, a quiz attempt
started, an answer, an attempt's end, the course's completion) is ONE SQLite transaction that
writes the new state AND the xAPI statements the action produces, together. So

* a statement is never lost: it is committed with the state it describes, before the player
  shows anything, in WAL mode with ``synchronous=FULL`` (a committed action survives a crash
  or a power cut); an action interrupted before its commit leaves neither state nor statement;
* a statement is never produced twice for one action: the actions are keyed by what they are
  about (an answer by its attempt and question, a completion by its lesson, an attempt by its
  number), checked inside the transaction, so repeating an action -- a double click, a second
  window on the same file, a retry after a crash -- finds it done and writes nothing;
* statements wait in the outbox (``synced_at IS NULL``) until the link confirms them:
  :meth:`ProgressStore.pending` lists them in the order they were produced, and
  :meth:`ProgressStore.mark_synced` marks those the hub acknowledged (idempotent; unknown ids are
  ignored). A crash between storing and syncing only delays the sync.

The store is shared by threads (one connection behind a lock; transactions are ``BEGIN
IMMEDIATE``) and by processes (SQLite locking, a generous busy timeout). A file that is not a
progress store is refused with :class:`ProgressError` and left untouched.

Tables: ``enrolments`` (user, course, version -> registration UUID, completion / failure),
``lessons`` (opened / completed per lesson key ``module/lesson``), ``attempts`` (quiz attempts:
number, start, end, score), ``answers`` (one per attempt and question, the grade as JSON),
``statements`` (the outbox: statement JSON, created, synced).
"""

from __future__ import annotations

import contextlib
import json
import os
import sqlite3
import threading
import time
import uuid
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import msgspec
from psygnal import Signal

from workstation.coursestate import Statement, from_dict, to_dict

SCHEMA_VERSION = 1

_SCHEMA = """
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS enrolments (
    user TEXT NOT NULL, course TEXT NOT NULL, version TEXT NOT NULL,
    registration TEXT NOT NULL, registered_at REAL NOT NULL,
    completed_at REAL, completion_id TEXT, failed_at REAL,
    PRIMARY KEY (user, course, version));
CREATE TABLE IF NOT EXISTS lessons (
    user TEXT NOT NULL, course TEXT NOT NULL, version TEXT NOT NULL, lesson TEXT NOT NULL,
    opened_at REAL, completed_at REAL,
    PRIMARY KEY (user, course, version, lesson));
CREATE TABLE IF NOT EXISTS attempts (
    id TEXT PRIMARY KEY, user TEXT NOT NULL, course TEXT NOT NULL, version TEXT NOT NULL,
    lesson TEXT NOT NULL, number INTEGER NOT NULL, started_at REAL NOT NULL, finished_at REAL,
    correct INTEGER, total INTEGER, scaled REAL, passed INTEGER,
    UNIQUE (user, course, version, lesson, number));
CREATE TABLE IF NOT EXISTS answers (
    attempt_id TEXT NOT NULL REFERENCES attempts(id), question TEXT NOT NULL, grade TEXT NOT NULL,
    answered_at REAL NOT NULL,
    PRIMARY KEY (attempt_id, question));
CREATE TABLE IF NOT EXISTS statements (
    seq INTEGER PRIMARY KEY AUTOINCREMENT, id TEXT NOT NULL UNIQUE, user TEXT NOT NULL,
    body TEXT NOT NULL, created_at REAL NOT NULL, synced_at REAL);
CREATE INDEX IF NOT EXISTS statements_pending ON statements (seq) WHERE synced_at IS NULL;
"""


def default_progress_path() -> Path:
    """``<Silkbridge home>/course-progress.sqlite`` (SILKBRIDGE_HOME overrides the home)."""
    from workstation.settings import home

    return home() / "course-progress.sqlite"


class ProgressError(RuntimeError):
    """The progress store cannot be opened or used (the message names the file and the reason)."""


@dataclass(frozen=True)
class Enrolment:
    user: str
    course: str
    version: str
    registration: str
    registered_at: float
    completed_at: float | None = None
    completion_id: str | None = None  # the id of the course completion statement
    failed_at: float | None = None


@dataclass(frozen=True)
class LessonProgress:
    lesson: str  # module/lesson
    opened_at: float | None = None
    completed_at: float | None = None

    @property
    def completed(self) -> bool:
        return self.completed_at is not None


@dataclass(frozen=True)
class AttemptRecord:
    id: str
    lesson: str
    number: int
    started_at: float
    finished_at: float | None = None
    correct: int | None = None
    total: int | None = None
    scaled: float | None = None
    passed: bool | None = None
    answers: tuple[tuple[str, dict], ...] = ()  # (question id, grade dict), in answer order

    @property
    def finished(self) -> bool:
        return self.finished_at is not None


def _attempt(row, answers=()) -> AttemptRecord:
    return AttemptRecord(id=row["id"], lesson=row["lesson"], number=row["number"], started_at=row["started_at"],
                         finished_at=row["finished_at"], correct=row["correct"], total=row["total"],
                         scaled=row["scaled"], passed=None if row["passed"] is None else bool(row["passed"]),
                         answers=tuple(answers))


class Tx:
    """The writes of one action (see :meth:`ProgressStore.action`); reads see the action's own writes."""

    def __init__(self, store: "ProgressStore", conn: sqlite3.Connection):
        self._store, self._conn = store, conn
        self.added: list[dict] = []

    @property
    def _c(self) -> sqlite3.Connection:
        if not self._conn.in_transaction:  # never write outside the action's transaction
            raise ProgressError("this action is over: its writes can no longer be made")
        return self._conn

    # reads within the transaction
    def enrolment(self, user: str, course: str, version: str) -> Enrolment | None:
        return self._store._enrolment(self._c, user, course, version)

    def lesson(self, user: str, course: str, version: str, lesson: str) -> LessonProgress | None:
        return self._store._lesson(self._c, user, course, version, lesson)

    def attempts(self, user: str, course: str, version: str, lesson: str) -> list[AttemptRecord]:
        return self._store._attempts(self._c, user, course, version, lesson)

    # writes
    def enrol(self, user: str, course: str, version: str, registration: str, at: float) -> bool:
        cur = self._c.execute("INSERT OR IGNORE INTO enrolments (user, course, version, registration, registered_at) "
                              "VALUES (?, ?, ?, ?, ?)", (user, course, version, registration, at))
        return cur.rowcount == 1

    def set_completed_course(self, user: str, course: str, version: str, at: float, statement_id: str) -> bool:
        cur = self._c.execute("UPDATE enrolments SET completed_at = ?, completion_id = ? WHERE user = ? AND "
                              "course = ? AND version = ? AND completed_at IS NULL",
                              (at, statement_id, user, course, version))
        return cur.rowcount == 1

    def set_failed_course(self, user: str, course: str, version: str, at: float) -> bool:
        cur = self._c.execute("UPDATE enrolments SET failed_at = ? WHERE user = ? AND course = ? AND version = ? "
                              "AND failed_at IS NULL AND completed_at IS NULL", (at, user, course, version))
        return cur.rowcount == 1

    def open_lesson(self, user: str, course: str, version: str, lesson: str, at: float) -> None:
        self._c.execute("INSERT INTO lessons (user, course, version, lesson, opened_at) VALUES (?, ?, ?, ?, ?) "
                        "ON CONFLICT (user, course, version, lesson) DO UPDATE SET opened_at = excluded.opened_at",
                        (user, course, version, lesson, at))

    def complete_lesson(self, user: str, course: str, version: str, lesson: str, at: float) -> bool:
        """Mark the lesson completed; False (nothing written) when it already was."""
        cur = self._c.execute(
            "INSERT INTO lessons (user, course, version, lesson, completed_at) VALUES (?, ?, ?, ?, ?) "
            "ON CONFLICT (user, course, version, lesson) DO UPDATE SET completed_at = excluded.completed_at "
            "WHERE lessons.completed_at IS NULL", (user, course, version, lesson, at))
        return cur.rowcount == 1

    def start_attempt(self, user: str, course: str, version: str, lesson: str, number: int, at: float) -> str:
        attempt_id = str(uuid.uuid4())
        self._c.execute("INSERT INTO attempts (id, user, course, version, lesson, number, started_at) "
                        "VALUES (?, ?, ?, ?, ?, ?, ?)", (attempt_id, user, course, version, lesson, number, at))
        return attempt_id

    def add_answer(self, attempt_id: str, question: str, grade: dict, at: float) -> bool:
        """Store the answer; False (nothing written) when the question was already answered in
        this attempt."""
        cur = self._c.execute("INSERT OR IGNORE INTO answers (attempt_id, question, grade, answered_at) "
                              "VALUES (?, ?, ?, ?)", (attempt_id, question, json.dumps(grade), at))
        return cur.rowcount == 1

    def finish_attempt(self, attempt_id: str, at: float, correct: int, total: int, scaled: float,
                       passed: bool) -> bool:
        cur = self._c.execute("UPDATE attempts SET finished_at = ?, correct = ?, total = ?, scaled = ?, passed = ? "
                              "WHERE id = ? AND finished_at IS NULL",
                              (at, correct, total, scaled, int(passed), attempt_id))
        return cur.rowcount == 1

    def add_statement(self, st: Statement | dict, at: float | None = None) -> bool:
        """Put a statement in the outbox; False when a statement with this id is already stored."""
        st = from_dict(st)
        body = to_dict(st)
        cur = self._c.execute("INSERT OR IGNORE INTO statements (id, user, body, created_at) VALUES (?, ?, ?, ?)",
                              (st.id, st.user, msgspec.json.encode(body).decode("utf-8"),
                               time.time() if at is None else at))
        if cur.rowcount == 1:
            self.added.append(body)
            return True
        return False


class ProgressStore:
    """Progress and the xAPI outbox of the trainees of this workstation (see the module doc)."""

    statements_added = Signal(int)  # how many statements an action just committed (for the sync to wake)

    def __init__(self, path: str | os.PathLike, *, busy_timeout_s: float = 30.0):
        self.path = Path(path)
        self._lock = threading.RLock()
        self._closed = False
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            conn = sqlite3.connect(str(self.path), timeout=busy_timeout_s, isolation_level=None,
                                   check_same_thread=False)
        except (OSError, sqlite3.Error) as exc:
            raise ProgressError(f"cannot open the course progress store {self.path}: {exc}") from None
        conn.row_factory = sqlite3.Row
        try:
            conn.execute(f"PRAGMA busy_timeout = {int(busy_timeout_s * 1000)}")
            mode = conn.execute("PRAGMA journal_mode = WAL").fetchone()[0]
            conn.execute("PRAGMA synchronous = FULL")
            conn.execute("PRAGMA foreign_keys = ON")
            if conn.execute("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'meta'").fetchone():
                row = conn.execute("SELECT value FROM meta WHERE key = 'schema_version'").fetchone()
                if row is not None and int(row[0]) > SCHEMA_VERSION:
                    raise ProgressError(f"the course progress store {self.path} was written by a newer Silkbridge "
                                        f"(schema {row[0]}, this version reads {SCHEMA_VERSION}); it was left as is")
            conn.executescript(_SCHEMA)  # each CREATE ... IF NOT EXISTS is atomic and idempotent
            conn.execute("INSERT OR IGNORE INTO meta (key, value) VALUES ('schema_version', ?)", (str(SCHEMA_VERSION),))
        except sqlite3.DatabaseError as exc:
            conn.close()
            raise ProgressError(f"{self.path} is not a course progress store ({exc}); it was left as is") from None
        except BaseException:
            conn.close()
            raise
        if str(mode).lower() != "wal":
            conn.close()
            raise ProgressError(f"cannot use write-ahead logging for {self.path} (journal mode {mode})")
        self._conn = conn

    # -- lifecycle
    def close(self) -> None:
        with self._lock:
            if not self._closed:
                self._closed = True
                self._conn.close()

    def __enter__(self) -> "ProgressStore":
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    def _c(self) -> sqlite3.Connection:
        if self._closed:
            raise ProgressError(f"the course progress store {self.path} is closed")
        return self._conn

    # -- actions
    @contextlib.contextmanager
    def action(self) -> Iterator[Tx]:
        """One user action: everything written inside commits together or not at all.

        ``with store.action() as tx: ...``; an exception rolls the action back and propagates.
        :attr:`statements_added` is emitted after the commit when statements were added."""
        with self._lock:
            conn = self._c()
            try:
                conn.execute("BEGIN IMMEDIATE")
            except sqlite3.Error as exc:
                raise ProgressError(f"the course progress store {self.path} is unavailable: {exc}") from None
            tx = Tx(self, conn)
            try:
                yield tx
                conn.execute("COMMIT")
            except BaseException:
                try:
                    conn.execute("ROLLBACK")
                except sqlite3.Error:
                    pass
                raise
        if tx.added:
            self.statements_added.emit(len(tx.added))

    def add_statements(self, statements: Iterable[Statement | dict]) -> int:
        """Store statements in the outbox in one transaction; how many were new."""
        with self.action() as tx:
            return sum(tx.add_statement(st) for st in statements)

    # -- the outbox
    def pending(self, limit: int | None = None, user: str | None = None) -> list[dict]:
        """Statements not yet acknowledged by the hub, oldest first (at most ``limit``)."""
        sql = "SELECT body FROM statements WHERE synced_at IS NULL"
        args: list[Any] = []
        if user is not None:
            sql += " AND user = ?"
            args.append(user)
        sql += " ORDER BY seq"
        if limit is not None:
            sql += " LIMIT ?"
            args.append(int(limit))
        with self._lock:
            rows = self._c().execute(sql, args).fetchall()
        return [json.loads(r[0]) for r in rows]

    def mark_synced(self, ids: Iterable[str], at: float | None = None) -> int:
        """Mark the statements ``ids`` as received by the hub; how many were pending (unknown or
        already synced ids are ignored)."""
        ids = [str(i) for i in ids]
        if not ids:
            return 0
        at = time.time() if at is None else at
        n = 0
        with self.action() as tx:
            for i in range(0, len(ids), 500):
                chunk = ids[i:i + 500]
                cur = tx._c.execute(f"UPDATE statements SET synced_at = ? WHERE synced_at IS NULL AND id IN "
                                    f"({','.join('?' * len(chunk))})", [at, *chunk])
                n += cur.rowcount
        return n

    def statements(self, user: str | None = None) -> list[dict]:
        """Every stored statement (synced or not), oldest first."""
        sql = "SELECT body FROM statements" + (" WHERE user = ?" if user is not None else "") + " ORDER BY seq"
        with self._lock:
            rows = self._c().execute(sql, (user,) if user is not None else ()).fetchall()
        return [json.loads(r[0]) for r in rows]

    def statement(self, statement_id: str) -> dict | None:
        with self._lock:
            row = self._c().execute("SELECT body FROM statements WHERE id = ?", (statement_id,)).fetchone()
        return json.loads(row[0]) if row else None

    def counts(self) -> tuple[int, int]:
        """(statements stored, of which pending)."""
        with self._lock:
            row = self._c().execute("SELECT COUNT(*), COUNT(*) - COUNT(synced_at) FROM statements").fetchone()
        return int(row[0]), int(row[1])

    # -- progress
    def enrolment(self, user: str, course: str, version: str) -> Enrolment | None:
        with self._lock:
            return self._enrolment(self._c(), user, course, version)

    def lessons(self, user: str, course: str, version: str) -> dict[str, LessonProgress]:
        with self._lock:
            rows = self._c().execute("SELECT * FROM lessons WHERE user = ? AND course = ? AND version = ?",
                                     (user, course, version)).fetchall()
        return {r["lesson"]: LessonProgress(r["lesson"], r["opened_at"], r["completed_at"]) for r in rows}

    def lesson(self, user: str, course: str, version: str, lesson: str) -> LessonProgress | None:
        with self._lock:
            return self._lesson(self._c(), user, course, version, lesson)

    def attempts(self, user: str, course: str, version: str, lesson: str) -> list[AttemptRecord]:
        with self._lock:
            return self._attempts(self._c(), user, course, version, lesson)

    @staticmethod
    def _enrolment(c, user, course, version) -> Enrolment | None:
        r = c.execute("SELECT * FROM enrolments WHERE user = ? AND course = ? AND version = ?",
                      (user, course, version)).fetchone()
        if r is None:
            return None
        return Enrolment(r["user"], r["course"], r["version"], r["registration"], r["registered_at"],
                         r["completed_at"], r["completion_id"], r["failed_at"])

    @staticmethod
    def _lesson(c, user, course, version, lesson) -> LessonProgress | None:
        r = c.execute("SELECT * FROM lessons WHERE user = ? AND course = ? AND version = ? AND lesson = ?",
                      (user, course, version, lesson)).fetchone()
        return LessonProgress(r["lesson"], r["opened_at"], r["completed_at"]) if r else None

    @staticmethod
    def _attempts(c, user, course, version, lesson) -> list[AttemptRecord]:
        rows = c.execute("SELECT * FROM attempts WHERE user = ? AND course = ? AND version = ? AND lesson = ? "
                         "ORDER BY number", (user, course, version, lesson)).fetchall()
        out = []
        for r in rows:
            ans = c.execute("SELECT question, grade FROM answers WHERE attempt_id = ? ORDER BY answered_at, rowid",
                            (r["id"],)).fetchall()
            out.append(_attempt(r, [(a["question"], json.loads(a["grade"])) for a in ans]))
        return out


__all__ = ["default_progress_path", "ProgressStore", "ProgressError", "Tx", "Enrolment", "LessonProgress", "AttemptRecord", "SCHEMA_VERSION"]
