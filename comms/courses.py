"""Course delivery over the link: cohort rooms, the course catalogue, resumable course downloads and
the sync of a trainee's learning statements (xAPI) to the hub.

A **cohort** is a hub room of kind "cohort" (``cohort-<id>``). A coordinator (or specialist)
creates it (:func:`create_cohort`), which also lists it in the well-known room
:data:`COHORT_DIRECTORY`; trainees join cohort rooms as viewers (``workstation.policy.ROLE_RIGHTS``) and
may publish only ``progress.*`` there. Events of a cohort room:

* ``course.published {course_id, version, title: LocalText, description: LocalText, languages,
  default_language, size, sha256}``: a course package (one ``.silkcourse`` file) was uploaded with
  :mod:`comms.blobs` into the room; ``sha256`` is its blob id. Sent by :func:`publish_course`.
  Published versions are immutable: a second publish of the same (course, version) with other
  bytes is ignored by every catalogue.
* ``progress.enrolled {name, hospital, country, language}``: a trainee enrolled (:func:`enrol`).
* ``progress.statement {statement}``: one xAPI statement (a dict with at least an ``id``), sent by
  :class:`StatementSync`.

:class:`CourseCatalogue` lists the courses of one cohort from its ordered events (history first,
so it works offline with what was last received). :func:`download_course` fetches a package
through the hub's blob service: resumed from the ``.part`` file after a broken link or a restart,
refused (and the part deleted) when the bytes do not hash to the published sha256. Installing the
package is the caller's job (``courseware.package.install``): comms does not import courseware.

Statements: the course player keeps them in a local store with a ``synced`` flag;
:class:`StatementSync` hands each pending one ONCE to the LinkClient, whose outbox keeps it across
restarts and offline periods, and calls ``mark_synced`` only when the hub has stored it (the ack,
or the statement seen in the room's log as our own event). Who handed what is kept in
``<client.state_dir>/course-sync.sqlite`` so a restarted workstation does not send a statement
again that is still in the outbox. On the hub side each statement id counts once
(:func:`cohort_statements` drops repeats and statements whose actor is not the hub-authenticated
sender).
"""

from __future__ import annotations

import logging
import re
import sqlite3
import threading
import time
import uuid
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable, Iterable

from workstation.policy import ROLES, directory_of, may_create

from .client import JoinRetry, RoomDirectory

log = logging.getLogger(__name__)

__all__ = ["COHORT_DIRECTORY", "CohortDirectory", "CourseCatalogue", "CourseEntry", "CourseError", "StatementSync",
           "cohort_statements", "create_cohort", "download_course", "enrol", "hub_cohort_statements",
           "hub_statements", "local_text", "new_cohort_id", "publish_course"]

COHORT_DIRECTORY = directory_of("cohort")  # cohorts are listed here (kind "cohort": trainees may read it)
ROOM_PREFIX = "cohort-"
PUBLISHED = "course.published"
STATEMENT = "progress.statement"
ENROLLED = "progress.enrolled"
#: roles whose course and cohort listings are kept (the hub already refuses them from trainees)
PUBLISHERS = tuple(r for r in ROLES if may_create(r, "cohort"))  # roles that create (and publish to) cohorts
_SHA_RE = re.compile(r"^[0-9a-f]{64}$")
_ID_RE = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._-]{0,127}$")
PACKAGE_SUFFIX = ".silkcourse"


class CourseError(RuntimeError):
    """A course action that cannot be done; the message says which course and why. ``code``:
    "bad-request", "offline", "forbidden", "not-found", "integrity", "cancelled", "timeout"..."""

    def __init__(self, message: str, code: str = "error"):
        super().__init__(message)
        self.code = code


def new_cohort_id() -> str:
    return f"{ROOM_PREFIX}{uuid.uuid4().hex[:12]}"


def local_text(text: Any, language: str, default_language: str = "en") -> str:
    """The text of a LocalText (language -> str) in ``language``, else the default language, else any."""
    if isinstance(text, str):
        return text
    if not isinstance(text, dict) or not text:
        return ""
    for lang in (language, default_language):
        if isinstance(text.get(lang), str) and text[lang]:
            return text[lang]
    return next((v for v in text.values() if isinstance(v, str) and v), "")


def _local_text_ok(value: Any) -> bool:
    return isinstance(value, dict) and all(isinstance(k, str) and isinstance(v, str) for k, v in value.items())


def _semver_key(version: str) -> tuple:
    """Order versions like semver (numeric parts numerically; a pre-release sorts before its release)."""
    core, _, pre = version.partition("-")
    nums = []
    for part in core.split("."):
        nums.append(int(part) if part.isdigit() else -1)
    return (tuple(nums), 0 if pre else 1, pre)


def _wait(cond: Callable[[], bool], timeout: float, step: float = 0.02) -> bool:
    deadline = time.monotonic() + timeout
    while not cond():
        if time.monotonic() > deadline:
            return False
        time.sleep(step)
    return True


# ----------------------------------------------------------------------------- cohorts
def create_cohort(client, room: str, title: str, description: str = "", timeout: float = 15.0,
                  access: dict | None = None) -> str:
    """Coordinator: create the cohort room, join it and list it in :data:`COHORT_DIRECTORY`.
    ``access``: who may see and join it (workstation.policy.Access as a dict); None: the creator's
    hospital. Blocks until the hub accepted (or raises CourseError)."""
    if not isinstance(room, str) or not room.startswith(ROOM_PREFIX) or not _ID_RE.match(room) \
            or room == COHORT_DIRECTORY:
        raise CourseError(f"cohort room {room!r}: must look like {ROOM_PREFIX}<letters, digits, . _ ->",
                          "bad-request")
    if not isinstance(title, str) or not title.strip():
        raise CourseError(f"cohort {room}: the title is empty", "bad-request")
    if client.state not in ("online", "degraded"):
        raise CourseError(f"cannot create cohort {title!r}: not connected to the hub", "offline")
    client.create_room(COHORT_DIRECTORY, "cohort", "cohort directory")
    client.create_room(room, "cohort", title, access=access)
    client.join(room, kind="cohort")
    client.join(COHORT_DIRECTORY, kind="cohort")
    if not _wait(lambda: client.room_role(room) is not None and client.room_role(COHORT_DIRECTORY) is not None,
                 timeout):
        raise CourseError(f"the hub did not let {client.user_id} create cohort {title!r} (role "
                          f"{client.bundle.get('role', '?')}; see the hub's refusal)", "forbidden")
    client.publish(COHORT_DIRECTORY, "cohort.listed", {"room": room, "title": title, "description": description})
    return room


def enrol(client, room: str, profile: dict | None = None) -> None:
    """Trainee: join the cohort (retried until the hub accepts) and say so to the coordinator
    (``progress.enrolled``, durable in the outbox: works offline)."""
    profile = profile or {}
    already = any(ev.kind == ENROLLED and ev.sender == client.user_id for ev in client.history(room, 0))
    client.join(room, kind="cohort")
    if not already:
        b = client.bundle
        defaults = {"name": b.get("display_name") or b.get("name", ""), "hospital": b.get("hospital", ""),
                    "country": b.get("country", ""), "language": b.get("language", "")}
        client.publish(room, ENROLLED, {k: str(profile.get(k) or v) for k, v in defaults.items()})


class CohortDirectory(RoomDirectory):
    """The cohorts listed in :data:`COHORT_DIRECTORY` (by specialists, coordinators, administrators;
    a listing is updated only by whoever listed it). :meth:`open` joins, retrying until it exists."""

    def __init__(self, client, dispatch: Callable[[Callable[[], None]], None] | None = None):
        self.cohorts: dict[str, dict] = {}
        super().__init__(client, COHORT_DIRECTORY, "cohort", ROOM_PREFIX, dispatch)

    def list(self) -> list[dict]:
        """Cohorts, most recently listed first."""
        return sorted(self.cohorts.values(), key=lambda c: -c["seq"])

    def _listing(self, ev, body: dict, room: str) -> bool:
        if ev.kind != "cohort.listed" or getattr(ev, "sender_role", "") not in PUBLISHERS:
            return False
        current = self.cohorts.get(room)
        if current is not None and current["listed_by"] != ev.sender:
            return False
        text = {k: body.get(k) if isinstance(body.get(k), str) else "" for k in ("title", "description")}
        self.cohorts[room] = {"room": room, **text, "listed_by": ev.sender,
                              "listed_by_name": getattr(ev, "sender_name", ""), "listed_at": ev.time, "seq": ev.seq}
        return True


# ----------------------------------------------------------------------------- catalogue
@dataclass(frozen=True)
class CourseEntry:
    """One published course version, as the cohort's ``course.published`` event says."""

    course_id: str
    version: str
    title: dict
    languages: tuple[str, ...]
    default_language: str
    size: int
    sha256: str
    description: dict = field(default_factory=dict)
    published_by: str = ""
    published_by_name: str = ""
    published_at: float = 0.0
    seq: int = 0

    def title_in(self, language: str) -> str:
        return local_text(self.title, language, self.default_language) or self.course_id

    def description_in(self, language: str) -> str:
        return local_text(self.description, language, self.default_language)

    @property
    def filename(self) -> str:
        return f"{self.course_id}-{self.version}{PACKAGE_SUFFIX}"


def entry_from_body(body: Any) -> CourseEntry:
    """A CourseEntry from a ``course.published`` body; ValueError naming the bad field."""
    if not isinstance(body, dict):
        raise ValueError("the body is not a mapping")
    cid, version = body.get("course_id"), body.get("version")
    if not isinstance(cid, str) or not _ID_RE.match(cid):
        raise ValueError(f"course_id {cid!r} is not a course id")
    if not isinstance(version, str) or not _ID_RE.match(version):
        raise ValueError(f"version {version!r} is not a version")
    sha = body.get("sha256")
    if not isinstance(sha, str) or not _SHA_RE.match(sha):
        raise ValueError(f"sha256 {sha!r} is not a sha256 hex digest")
    size = body.get("size")
    if not isinstance(size, int) or isinstance(size, bool) or size <= 0:
        raise ValueError(f"size {size!r} is not a positive number of bytes")
    title = body.get("title", {})
    if not _local_text_ok(title) or not title:
        raise ValueError("title is not a text per language")
    description = body.get("description", {}) or {}
    if not _local_text_ok(description):
        raise ValueError("description is not a text per language")
    languages = body.get("languages", [])
    if not isinstance(languages, list) or not languages or not all(isinstance(x, str) and x for x in languages):
        raise ValueError("languages is not a list of language codes")
    default = body.get("default_language") or languages[0]
    if not isinstance(default, str):
        raise ValueError("default_language is not a language code")
    return CourseEntry(cid, version, dict(title), tuple(languages), default, size, sha, dict(description))


class CourseCatalogue:
    """The courses published in one cohort room, from its ordered events (stored ones first, so the
    catalogue shows what was last received even offline). Thread: like the other sessions, events are
    applied through ``dispatch`` (default: on the link's I/O thread)."""

    def __init__(self, client, cohort_room: str, dispatch: Callable[[Callable[[], None]], None] | None = None):
        self.client = client
        self.room = cohort_room
        self._entries: dict[tuple[str, str], CourseEntry] = {}
        self._dispatch = dispatch or (lambda fn: fn())
        self._listeners: list[Callable[[], None]] = []
        self._join = JoinRetry(client, cohort_room, "cohort")
        #: (seq, reason) of course.published events that were ignored
        self.ignored: list[tuple[int, str]] = []
        client.event_received.connect(self._on_event)
        for ev in client.history(cohort_room, 0):
            self._on_event(ev)

    def subscribe(self, callback: Callable[[], None]) -> None:
        """``callback()`` runs (through ``dispatch``) whenever the catalogue changes."""
        self._listeners.append(callback)

    def open(self) -> None:
        """Join (enrol in) the cohort room, retrying until the hub accepts. May be called before
        ``client.start()`` (then the join goes out before the outbox replay)."""
        self._join.open()

    @property
    def joined(self) -> bool:
        return self._join.joined

    def entries(self) -> list[CourseEntry]:
        """Every published version, newest publication first."""
        return sorted(self._entries.values(), key=lambda e: -e.seq)

    def latest(self) -> list[CourseEntry]:
        """The newest version of each course (by semantic version), sorted by course id."""
        best: dict[str, CourseEntry] = {}
        for e in self._entries.values():
            cur = best.get(e.course_id)
            if cur is None or (_semver_key(e.version), e.seq) > (_semver_key(cur.version), cur.seq):
                best[e.course_id] = e
        return [best[k] for k in sorted(best)]

    def get(self, course_id: str, version: str | None = None) -> CourseEntry | None:
        if version is not None:
            return self._entries.get((course_id, version))
        return next((e for e in self.latest() if e.course_id == course_id), None)

    def _on_event(self, ev) -> None:
        if getattr(ev, "room", None) != self.room or not ev.seq or ev.kind != PUBLISHED:
            return

        def apply():
            if getattr(ev, "sender_role", "") not in PUBLISHERS:
                self.ignored.append((ev.seq, f"published by {ev.sender} ({ev.sender_role}), who may not publish"))
                return
            try:
                entry = entry_from_body(ev.body)
            except ValueError as exc:
                self.ignored.append((ev.seq, str(exc)))
                log.warning("cohort %s: course.published #%d ignored: %s", self.room, ev.seq, exc)
                return
            key = (entry.course_id, entry.version)
            current = self._entries.get(key)
            if current is not None:
                if current.sha256 != entry.sha256:
                    self.ignored.append((ev.seq, f"{entry.course_id} {entry.version} was already published with "
                                                 f"other bytes (a new version needs a new version number)"))
                return
            self._entries[key] = CourseEntry(**{**entry.__dict__, "published_by": ev.sender,
                                                "published_by_name": getattr(ev, "sender_name", ""),
                                                "published_at": ev.time, "seq": ev.seq})
            for cb in list(self._listeners):
                cb()

        self._dispatch(apply)

    def close(self) -> None:
        self._join.close()
        self.client.event_received.disconnect(self._on_event)


def _blob_client(client, blobs):
    from .blobs import BlobClient

    if blobs is not None:
        return blobs
    address = client.services.get("blob")
    if not address:
        raise CourseError("the hub's blob service is not known yet (not connected to the hub)", "offline")
    return BlobClient(client.bundle, address)


def _stage(progress, label: str):
    if progress is None:
        return None
    return lambda done, total, name="": progress(done, total, label)


def publish_course(client, cohort_room: str, package: str | Path, *, course_id: str, version: str, title: dict,
                   languages: list[str], default_language: str | None = None, description: dict | None = None,
                   progress=None, cancel: threading.Event | None = None, blobs=None) -> CourseEntry:
    """Coordinator: upload a course package into the cohort (resumable) and announce it with
    ``course.published``. Blocking: call from a worker thread. The manifest fields are the caller's
    (read with courseware.package). Returns the entry as trainees will see it."""
    from .blobs import BlobCancelled, BlobError, file_sha256

    package = Path(package)
    body = {"course_id": course_id, "version": version, "title": dict(title or {}), "languages": list(languages or []),
            "default_language": default_language or (list(languages or []) or [""])[0],
            "description": dict(description or {}), "size": 1, "sha256": "0" * 64}
    try:
        entry_from_body(body)
    except ValueError as exc:
        raise CourseError(f"cannot publish {package.name}: {exc}", "bad-request") from None
    if not package.is_file() or package.stat().st_size == 0:
        raise CourseError(f"cannot publish {package}: no such file, or it is empty", "bad-request")
    if client.room_role(cohort_room) is None:
        raise CourseError(f"cannot publish {course_id} {version}: not a member of cohort {cohort_room} "
                          f"(create or join it first, online)", "forbidden")
    bc = _blob_client(client, blobs)
    try:
        sha = file_sha256(package, _stage(progress, f"Checking {package.name}"), cancel)
        bc.upload(package, cohort_room, progress=_stage(progress, f"Uploading {package.name}"), cancel=cancel,
                  sha256=sha)
    except BlobCancelled:
        raise CourseError(f"publishing {course_id} {version} cancelled (what was uploaded is kept)", "cancelled") \
            from None
    except BlobError as exc:
        raise CourseError(f"publishing {course_id} {version}: {exc}", exc.code) from None
    body.update(size=package.stat().st_size, sha256=sha)
    client.publish(cohort_room, PUBLISHED, body)
    entry = entry_from_body(body)
    return CourseEntry(**{**entry.__dict__, "published_by": client.user_id,
                          "published_by_name": client.bundle.get("display_name", "")})


def download_course(client, entry: CourseEntry, dest: str | Path, progress=None,
                    cancel: threading.Event | None = None, *, blobs=None) -> Path:
    """Download a published course package; returns its path. Blocking: call from a worker thread.

    ``dest``: a file path ending in ``.silkcourse``, or a directory (the file is then
    ``dest/<course>-<version>.silkcourse``). The bytes go to ``<file>.part`` first: a broken link
    or a cancel keeps them and the next call resumes from there; the file appears under its name
    only when its sha256 is the published one (otherwise the part is deleted and CourseError
    "integrity" is raised). An already downloaded, intact file returns at once.
    ``progress(done, total, label)``; ``blobs``: a BlobClient to use (e.g. another address)."""
    from .blobs import BlobCancelled, BlobError, file_sha256

    dest = Path(dest)
    path = dest if dest.suffix == PACKAGE_SUFFIX else dest / entry.filename
    what = f"{entry.title_in(entry.default_language)} {entry.version}"
    if path.exists():
        if path.stat().st_size == entry.size and file_sha256(path) == entry.sha256:
            if progress:
                progress(entry.size, entry.size, f"Downloaded {what}")
            return path
        raise CourseError(f"{path} exists and is not {what} (sha256 differs): move it away first", "bad-request")
    bc = _blob_client(client, blobs)
    try:
        bc.download(entry.sha256, path, progress=_stage(progress, f"Downloading {what}"), cancel=cancel)
    except BlobCancelled:
        raise CourseError(f"download of {what} cancelled (what was received is kept and resumes)", "cancelled") \
            from None
    except BlobError as exc:
        raise CourseError(f"download of {what}: {exc}", exc.code) from None
    return path


# ----------------------------------------------------------------------------- statements
_SYNC_SCHEMA = """
CREATE TABLE IF NOT EXISTS handed (room TEXT NOT NULL, statement_id TEXT NOT NULL, handed REAL NOT NULL,
    attempts INTEGER NOT NULL DEFAULT 1, PRIMARY KEY (room, statement_id));
"""


def _statement_id(stmt: Any) -> str | None:
    sid = stmt.get("id") if isinstance(stmt, dict) else None
    return sid if isinstance(sid, str) and 0 < len(sid) <= 128 else None


def _as_dict(stmt: Any) -> Any:
    if isinstance(stmt, dict):
        return stmt
    import msgspec

    try:
        return msgspec.to_builtins(stmt)
    except TypeError:
        return stmt


class StatementSync:
    """Send a trainee's pending xAPI statements to a cohort and mark them synced once the hub holds them.

    ``pending()`` returns this user's statements for this cohort not yet synced (dicts or msgspec
    structs, each with an ``id``), e.g. ``lambda: store.pending(user=me)`` of a
    ``courseware.progress.ProgressStore``; ``mark_synced(ids)`` records that the hub stored them
    (``store.mark_synced``). Both are called from the thread that runs :meth:`sync` (the sync
    thread after :meth:`start`, or yours): they must be safe there. Call :meth:`wake` when new
    statements are stored (``store.statements_added.connect(lambda n: sync.wake())``); otherwise
    they go out within :attr:`interval` seconds.

    Join the cohort room (:meth:`CourseCatalogue.open` or :func:`enrol`) BEFORE ``client.start()``:
    the LinkClient replays its outbox as soon as the hub welcomes it, and the hub refuses (and the
    client drops) a publish into a room this session has not joined yet; such a statement is then
    handed again after :attr:`lost_after` seconds (see below), so it is delayed, not lost.

    Each statement is handed to the LinkClient once (its outbox keeps it offline and across
    restarts; the hub drops resent copies); the hand-over is recorded in
    ``state_dir/course-sync.sqlite`` before the publish, so a restart never sends it twice. A
    statement is marked synced only when the hub acknowledged it: its own event (with the hub's
    sequence number) arrives, live or from the room's stored log. A handed statement that is
    neither in the outbox nor in the log for :attr:`lost_after` seconds (the hub refused it, or the
    workstation stopped between the record and the publish) is handed again, at most
    :attr:`max_attempts` times; then it stays pending and is listed in :attr:`problems`.
    """

    interval = 5.0
    lost_after = 15.0
    max_attempts = 3

    def __init__(self, client, cohort_room: str, pending: Callable[[], Iterable[Any]],
                 mark_synced: Callable[[list[str]], None]):
        self.client = client
        self.room = cohort_room
        self._pending_fn = pending
        self._mark_fn = mark_synced
        self._lock = threading.RLock()
        self._db = sqlite3.connect(Path(client.state_dir) / "course-sync.sqlite", check_same_thread=False,
                                   isolation_level=None, timeout=30)
        self._db.execute("PRAGMA journal_mode=WAL")
        self._db.executescript(_SYNC_SCHEMA)
        self._seen: set[str] = set()  # statement ids the hub holds from us in this room
        self._seen_seq = 0
        self._suspect: dict[str, float] = {}  # handed, not in outbox nor log: since when
        self._wake = threading.Event()
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None
        #: statement id -> why it cannot be sent (no id, not encodable, refused repeatedly)
        self.problems: dict[str, str] = {}
        self.stats = {"handed": 0, "synced": 0, "rehanded": 0}
        client.event_received.connect(self._on_event)
        client.state_changed.connect(self._on_state)

    # ---------------------------------------------------------------- signals (I/O thread: no work here)
    def _on_event(self, ev) -> None:
        if getattr(ev, "room", None) == self.room and ev.kind == STATEMENT and ev.sender == self.client.user_id \
                and ev.seq:
            self._wake.set()

    def _on_state(self, state: str) -> None:
        if state in ("online", "degraded"):
            self._wake.set()

    # ---------------------------------------------------------------- public
    def start(self) -> "StatementSync":
        if self._thread is None:
            self._thread = threading.Thread(target=self._run, name=f"statements-{self.room}", daemon=True)
            self._thread.start()
        return self

    def wake(self) -> None:
        """New statements are pending: sync soon (from the sync thread)."""
        self._wake.set()

    def stop(self) -> None:
        self._stop.set()
        self._wake.set()
        if self._thread is not None:
            self._thread.join(10)
            self._thread = None
        try:
            self.client.event_received.disconnect(self._on_event)
            self.client.state_changed.disconnect(self._on_state)
        except (ValueError, RuntimeError):
            pass
        with self._lock:
            self._db.close()

    def _run(self) -> None:
        while not self._stop.is_set():
            try:
                self.sync()
            except Exception:  # noqa: BLE001 - a failing store must not kill the sync thread
                log.exception("statement sync of %s failed; retrying", self.room)
            self._wake.wait(self.interval)
            self._wake.clear()

    def _scan_log(self) -> None:
        """Statement ids the hub stored from us (our own events in the room's log since the last scan)."""
        me = self.client.user_id
        for ev in self.client.history(self.room, self._seen_seq):
            self._seen_seq = max(self._seen_seq, ev.seq)
            if ev.kind == STATEMENT and ev.sender == me:
                sid = _statement_id(ev.body.get("statement") if isinstance(ev.body, dict) else None)
                if sid:
                    self._seen.add(sid)

    def sync(self) -> dict:
        """One pass: mark what the hub holds as synced, hand over what was never handed.
        Returns counts {"synced", "handed", "waiting"}."""
        with self._lock:
            outbox = self.client.outbox_size(self.room)  # read BEFORE the log: an ack commits both at once
            self._scan_log()
            pending: dict[str, Any] = {}
            for raw in self._pending_fn():
                stmt = _as_dict(raw)
                sid = _statement_id(stmt)
                if sid is None:
                    self.problems["(no id)"] = "a statement without an id cannot be synced (kept locally)"
                    continue
                pending[sid] = stmt
            done = [sid for sid in pending if sid in self._seen]
            if done:
                self._mark_fn(done)
                self._db.executemany("DELETE FROM handed WHERE room=? AND statement_id=?",
                                     [(self.room, s) for s in done])
                for s in done:
                    self._suspect.pop(s, None)
                    self.problems.pop(s, None)
                self.stats["synced"] += len(done)
            handed = {r[0]: (r[1], r[2]) for r in self._db.execute(
                "SELECT statement_id, handed, attempts FROM handed WHERE room=?", (self.room,))}
            now = time.monotonic()
            sent = waiting = 0
            online = self.client.state in ("online", "degraded")
            for sid, stmt in pending.items():
                if sid in self._seen:
                    continue
                if sid in handed:
                    attempts = handed[sid][1]
                    if outbox or not online:
                        self._suspect.pop(sid, None)
                        waiting += 1
                        continue
                    since = self._suspect.setdefault(sid, now)
                    if now - since < self.lost_after:
                        waiting += 1
                        continue
                    if attempts >= self.max_attempts:
                        self.problems[sid] = (f"the hub did not store statement {sid} after {attempts} attempts "
                                              f"(refused? see the hub's audit); kept locally")
                        waiting += 1
                        continue
                    log.warning("statement %s was handed to the link but never stored: handing it again", sid)
                    self._suspect.pop(sid, None)
                    self.stats["rehanded"] += 1
                    self._db.execute("UPDATE handed SET attempts=attempts+1, handed=? WHERE room=? AND "
                                     "statement_id=?", (time.time(), self.room, sid))
                elif not self._hand_record(sid):
                    continue
                try:
                    self.client.publish(self.room, STATEMENT, {"statement": stmt})
                except (TypeError, ValueError, OverflowError) as exc:  # not encodable: nothing went out
                    self._db.execute("DELETE FROM handed WHERE room=? AND statement_id=?", (self.room, sid))
                    self.problems[sid] = f"statement {sid} cannot be sent: {exc}"
                    continue
                sent += 1
            self.stats["handed"] += sent
            return {"synced": len(done), "handed": sent, "waiting": waiting}

    def _hand_record(self, sid: str) -> bool:
        try:
            self._db.execute("INSERT INTO handed (room, statement_id, handed) VALUES (?,?,?)",
                             (self.room, sid, time.time()))
            return True
        except sqlite3.IntegrityError:
            return False


# ----------------------------------------------------------------------------- reading a cohort's log
def cohort_statements(events: Iterable[Any]) -> list[tuple[str, dict]]:
    """(sender, statement) pairs of the ``progress.statement`` events (RoomEvent or StoredEvent with a
    decoded ``body``), in log order; each statement id once; a statement whose actor account is not
    the hub-authenticated sender is dropped (a trainee cannot report for someone else)."""
    out, seen = [], set()
    for ev in events:
        if ev.kind != STATEMENT:
            continue
        body = ev.body
        stmt = body.get("statement") if isinstance(body, dict) else None
        sid = _statement_id(stmt)
        if sid is None or sid in seen:
            continue
        account = stmt.get("actor", {}).get("account", {}) if isinstance(stmt.get("actor"), dict) else {}
        name = account.get("name") if isinstance(account, dict) else None
        if name is not None and name != ev.sender:
            log.warning("statement %s from %s claims actor %r: dropped", sid, ev.sender, name)
            continue
        seen.add(sid)
        out.append((ev.sender, stmt))
    return out


@dataclass
class _Ev:
    kind: str
    sender: str
    body: Any
    sender_name: str = ""
    time: float = 0.0
    seq: int = 0


def _decoded(stored) -> _Ev:
    import msgspec

    try:
        body = msgspec.msgpack.decode(stored.body)
    except msgspec.DecodeError:
        body = None
    return _Ev(stored.kind, stored.sender, body, stored.sender_name, stored.time, stored.seq)


def _open_hub_store(data_dir: str | Path):
    from .store import Store

    path = Path(data_dir) / "hub.sqlite"
    if not path.is_file():
        raise CourseError(f"{data_dir}: no hub store here (hub.sqlite missing): give the hub's --data directory",
                          "not-found")
    return Store(data_dir)


def hub_cohort_events(data_dir: str | Path, room: str) -> list[_Ev]:
    """The decoded events of a cohort room from the hub's store (read-only use; the hub may run)."""
    store = _open_hub_store(data_dir)
    try:
        row = store.room(room)
        if row is None:
            cohorts = [r[0] for r in store.db.execute("SELECT id FROM rooms WHERE kind='cohort' ORDER BY id")]
            raise CourseError(f"no room {room!r} at this hub (cohorts: {', '.join(cohorts) or 'none'})", "not-found")
        if row[1] != "cohort":
            raise CourseError(f"room {room!r} is a {row[1]} room, not a cohort", "bad-request")
        return [_decoded(e) for e in store.events_after(room, 0, limit=10_000_000)]
    finally:
        store.close()


def hub_cohort_statements(data_dir: str | Path, room: str) -> list[tuple[str, dict]]:
    return cohort_statements(hub_cohort_events(data_dir, room))


def hub_statements(data_dir: str | Path) -> list[tuple[str, dict]]:
    """(sender, statement) of every cohort at the hub (for certificate verification)."""
    store = _open_hub_store(data_dir)
    try:
        rows = store.db.execute("SELECT e.room, e.seq, e.sender, e.kind, e.body, e.time, e.client_msg_id, "
                                "e.sender_role, e.sender_name FROM events e JOIN rooms r ON r.id = e.room "
                                "WHERE r.kind = 'cohort' AND e.kind = ? ORDER BY e.room, e.seq",
                                (STATEMENT,)).fetchall()
    finally:
        store.close()
    from .store import StoredEvent

    return cohort_statements(_decoded(StoredEvent(*r)) for r in rows)
