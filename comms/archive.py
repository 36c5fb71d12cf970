"""The hub's image archive: where the de-identified studies shared through the hub are kept.

By default (``kind = "embedded"``) the archive is the hub's own content-addressed blob store
(:mod:`comms.blobs`): every shared study is a zip under ``data_dir/blobs``; nothing else runs.

A hub hospital that runs a PACS can keep its shared imaging there too: with ::

    [archive]
    kind = "orthanc"                              # Orthanc (Debian package) or any DICOM archive
    url = "http://127.0.0.1:8042/dicom-web"       # DICOMweb root: STOW-RS ...
    # protocol = "dimse"; ae_title = "ORTHANC"; host = "127.0.0.1"; port = 4242   # ... or C-STORE
    calling_ae = "SILKBRIDGE-HUB"                 # our AE title (C-STORE), known to the archive

in ``hub.toml`` (``HubConfig.archive``), the hub runs an :class:`Archiver` thread that stores the
DICOM instances of every completed shared study in that archive (STOW-RS or C-STORE, via
:func:`workstation.dicom.pacs.store`), so the hospital's viewers and PACS tools see them. The
blob store stays the transfer cache the workstations download from.

Each blob is archived once. Table ``archive`` in ``hub.sqlite`` keeps, per blob: ``state``
(``stored``; ``partial`` when the archive refused some instances; ``pending`` while it cannot be
reached; ``failed`` when the blob holds no DICOM instance), counts, attempts, the next retry and
the reason. An unreachable or partly refusing archive is retried with an exponential backoff (up
to ``retry_max_s``); the hub, the links and the blob store carry on meanwhile. Every outcome is
written to the audit log (``archive.stored``, ``archive.partial``, ``archive.retry``,
``archive.failed``). A restart resumes: the Archiver looks for completed blobs with no ``stored``
row.
"""

from __future__ import annotations

import logging
import tempfile
import threading
import time
import zipfile
from dataclasses import asdict, dataclass, fields
from pathlib import Path

from .blobs import BLOBS_SCHEMA
from .service import register
from .store import Store

log = logging.getLogger("silkbridge.hub.archive")

KINDS = ("embedded", "orthanc", "pacs")
ARCHIVE_SCHEMA = """
CREATE TABLE IF NOT EXISTS archive (
    sha256 TEXT PRIMARY KEY,
    state TEXT NOT NULL CHECK (state IN ('stored', 'partial', 'pending', 'failed')),
    instances INTEGER NOT NULL DEFAULT 0,
    stored INTEGER NOT NULL DEFAULT 0,
    refused INTEGER NOT NULL DEFAULT 0,
    attempts INTEGER NOT NULL DEFAULT 0,
    next_try REAL NOT NULL DEFAULT 0,
    detail TEXT NOT NULL DEFAULT '',
    study_uids TEXT NOT NULL DEFAULT '',
    updated REAL NOT NULL
);
"""


class ArchiveConfigError(ValueError):
    pass


@dataclass(frozen=True)
class ArchiveConfig:
    """``[archive]`` of hub.toml."""

    kind: str = "embedded"  # embedded | orthanc | pacs (any DICOM archive, reached as below)
    protocol: str = ""  # dicomweb | dimse ("" = dicomweb when url is set, else dimse)
    url: str = ""  # DICOMweb root (STOW-RS)
    ae_title: str = ""  # C-STORE: the archive's AE title, host and port
    host: str = "127.0.0.1"
    port: int = 4242
    calling_ae: str = "SILKBRIDGE-HUB"
    tls_ca: str = ""
    tls_cert: str = ""
    tls_key: str = ""
    timeout: float = 30.0
    poll_s: float = 2.0  # how often to look for newly completed blobs
    retry_min_s: float = 5.0  # first retry after a failure, doubled each time ...
    retry_max_s: float = 600.0  # ... up to this

    @classmethod
    def from_dict(cls, raw: dict | None) -> "ArchiveConfig":
        raw = dict(raw or {})
        known = {f.name for f in fields(cls)}
        unknown = sorted(set(raw) - known)
        if unknown:
            raise ArchiveConfigError(f"[archive]: unknown setting(s) {', '.join(unknown)}")
        try:
            cfg = cls(**raw)
        except TypeError as exc:
            raise ArchiveConfigError(f"[archive]: {exc}") from None
        if cfg.kind not in KINDS:
            raise ArchiveConfigError(f"[archive]: kind {cfg.kind!r} is not one of {', '.join(KINDS)}")
        if cfg.kind != "embedded":
            from workstation.dicom.pacs import PacsConfigError  # only a hub with an archive loads DICOM code

            if not cfg.url and not cfg.ae_title:
                raise ArchiveConfigError("[archive]: set url (the archive's DICOMweb root, for STOW-RS) or "
                                         "ae_title, host and port (for C-STORE)")

            try:
                cfg.node()
            except PacsConfigError as exc:
                raise ArchiveConfigError(f"[archive]: {exc}") from None
            for name in ("poll_s", "retry_min_s", "retry_max_s"):
                if not float(getattr(cfg, name)) > 0:
                    raise ArchiveConfigError(f"[archive]: {name} must be a positive number of seconds")
        return cfg

    @property
    def embedded(self) -> bool:
        return self.kind == "embedded"

    def node(self):
        """The archive as a ``workstation.dicom.pacs.PacsNode``."""
        from workstation.dicom.pacs import PacsConfigError, PacsNode

        protocol = self.protocol or ("dicomweb" if self.url else "dimse")
        if protocol not in ("dicomweb", "dimse"):
            raise PacsConfigError(f"protocol {protocol!r} is not one of dicomweb, dimse")
        if protocol == "dicomweb":
            node = PacsNode(name="hub archive", kind="dicomweb", url=self.url, tls_ca=self.tls_ca,
                            tls_cert=self.tls_cert, tls_key=self.tls_key, timeout=float(self.timeout))
        else:
            node = PacsNode(name="hub archive", kind="dimse", ae_title=self.ae_title, host=self.host,
                            port=int(self.port), calling_ae=self.calling_ae, tls=bool(self.tls_ca or self.tls_cert),
                            tls_ca=self.tls_ca, tls_cert=self.tls_cert, tls_key=self.tls_key,
                            timeout=float(self.timeout))
        node.validate()
        return node


@dataclass
class ArchiveRecord:
    sha256: str
    state: str
    instances: int
    stored: int
    refused: int
    attempts: int
    next_try: float
    detail: str
    study_uids: str
    updated: float


class Archiver:
    """Stores every completed shared study of a hub data directory in the configured archive.

    ``start()``/``stop()`` run it in a thread (the hub does); ``run_once()`` archives what is due
    now and returns the records it wrote (tests and the ``archive`` tools call it directly)."""

    def __init__(self, data_dir: str | Path, config: ArchiveConfig | dict):
        self.data_dir = Path(data_dir)
        self.config = config if isinstance(config, ArchiveConfig) else ArchiveConfig.from_dict(config)
        if self.config.embedded:
            raise ArchiveConfigError("the embedded archive is the blob store itself: no Archiver runs")
        self.node = self.config.node()
        self._stop = threading.Event()
        self._wake = threading.Event()
        self._thread: threading.Thread | None = None
        self._store: Store | None = None
        self._lock = threading.Lock()

    # -------------------------------------------------------------- lifecycle
    def _db(self) -> Store:
        if self._store is None:
            self._store = Store(self.data_dir, checkpoint_inline=False)
            self._store.db.executescript(BLOBS_SCHEMA)
            self._store.db.executescript(ARCHIVE_SCHEMA)
        return self._store

    def start(self) -> "Archiver":
        self._thread = threading.Thread(target=self._run, name="hub-archive", daemon=True)
        self._thread.start()
        log.info("archive.started", extra={"fields": {"archive": self.node.where}})
        return self

    def stop(self, timeout: float = 10.0) -> None:
        self._stop.set()
        self._wake.set()
        if self._thread is not None:
            self._thread.join(timeout)
            self._thread = None
        with self._lock:
            if self._store is not None:
                self._store.close()
                self._store = None

    def wake(self) -> None:
        """Look for new blobs now (e.g. right after an upload completed)."""
        self._wake.set()

    def _run(self) -> None:
        while not self._stop.is_set():
            try:
                self.run_once()
            except Exception:  # noqa: BLE001 - the archive must never take the hub down
                log.exception("archive pass failed")
            self._wake.wait(self.config.poll_s)
            self._wake.clear()

    # -------------------------------------------------------------- work
    def due(self, now: float | None = None) -> list[str]:
        now = time.time() if now is None else now
        with self._lock:
            rows = self._db().db.execute(
                "SELECT DISTINCT b.sha256 FROM blobs b LEFT JOIN archive a ON a.sha256 = b.sha256 "
                "WHERE b.complete = 1 AND (a.sha256 IS NULL OR (a.state IN ('pending', 'partial') "
                "AND a.next_try <= ?)) ORDER BY b.created", (now,)).fetchall()
        return [r[0] for r in rows]

    def run_once(self) -> list[ArchiveRecord]:
        done = []
        for sha in self.due():
            if self._stop.is_set():
                break
            done.append(self.archive(sha))
        return done

    def record(self, sha: str) -> ArchiveRecord | None:
        with self._lock:
            row = self._db().db.execute("SELECT * FROM archive WHERE sha256=?", (sha,)).fetchone()
        return ArchiveRecord(*row) if row else None

    def records(self) -> list[ArchiveRecord]:
        with self._lock:
            return [ArchiveRecord(*r) for r in self._db().db.execute("SELECT * FROM archive ORDER BY updated")]

    def archive(self, sha: str) -> ArchiveRecord:
        """Store the DICOM instances of blob ``sha`` in the archive; record and audit the outcome."""
        previous = self.record(sha)
        attempts = (previous.attempts if previous else 0) + 1
        path = self.data_dir / "blobs" / sha
        with tempfile.TemporaryDirectory(dir=self.data_dir, prefix="archive-") as tmp:
            try:
                files, skipped = _unpack(path, Path(tmp))
            except (OSError, zipfile.BadZipFile) as exc:
                return self._write(sha, "failed", 0, 0, 0, attempts, 0.0,
                                   f"the shared study cannot be read: {exc}", "")
            if not files:
                return self._write(sha, "failed", 0, 0, 0, attempts, 0.0,
                                   "the shared blob holds no DICOM instance"
                                   + (f" ({len(skipped)} other file(s))" if skipped else ""), "")
            study_uids = ",".join(sorted(_study_uids(files)))
            from workstation.dicom.pacs import PacsError, store

            try:
                report = store(self.node, files)
            except PacsError as exc:  # unreachable, timeout, rejected: retry later
                delay = self._backoff(attempts)
                return self._write(sha, "pending", len(files), 0, 0, attempts, time.time() + delay,
                                   f"{exc} (retry in {delay:.0f} s)", study_uids)
        refused = len(report.failed)
        if refused:
            delay = self._backoff(attempts)
            reasons = "; ".join(f"{Path(n).name}: {r}" for n, r in report.failed[:5])
            return self._write(sha, "partial", len(files), report.sent, refused, attempts, time.time() + delay,
                               f"{refused} of {len(files)} instance(s) refused: {reasons} (retry in {delay:.0f} s)",
                               study_uids)
        detail = f"{report.sent} instance(s) stored on {self.node.where}"
        if skipped:
            detail += f"; {len(skipped)} non-DICOM file(s) not archived"
        return self._write(sha, "stored", len(files), report.sent, 0, attempts, 0.0, detail, study_uids)

    def _backoff(self, attempts: int) -> float:
        return min(self.config.retry_max_s, self.config.retry_min_s * 2 ** max(0, attempts - 1))

    def _write(self, sha, state, instances, stored, refused, attempts, next_try, detail, study_uids) -> ArchiveRecord:
        rec = ArchiveRecord(sha, state, instances, stored, refused, attempts, next_try, detail, study_uids,
                            time.time())
        with self._lock:
            if self._stop.is_set() and self._store is None:  # stopped while a slow archive call ran:
                return rec  # the hub's store is closed; the blob stays pending and is retried next start
            store_ = self._db()
            store_.db.execute("INSERT OR REPLACE INTO archive VALUES (?,?,?,?,?,?,?,?,?,?)", tuple(asdict(rec).values()))
            action = {"stored": "archive.stored", "partial": "archive.partial", "pending": "archive.retry",
                      "failed": "archive.failed"}[state]
            store_.audit("", action, {"sha256": sha, "instances": instances, "stored": stored, "refused": refused,
                                      "attempt": attempts, "detail": detail, "archive": self.node.where})
        level = logging.INFO if state == "stored" else logging.WARNING
        log.log(level, action, extra={"fields": {"sha256": sha, "detail": detail}})
        return rec


def start_archiver(data_dir: str | Path, config: dict | ArchiveConfig | None) -> Archiver | None:
    """The hub's entry point: an Archiver running in its thread, or None for the embedded store."""
    cfg = config if isinstance(config, ArchiveConfig) else ArchiveConfig.from_dict(config)
    if cfg.embedded:
        return None
    return Archiver(data_dir, cfg).start()


def _unpack(blob: Path, dest: Path) -> tuple[list[Path], list[str]]:
    """The DICOM files of a shared-study zip (members with the DICM preamble), and the others."""
    files, skipped = [], []
    with zipfile.ZipFile(blob) as zf:
        for i, member in enumerate(zf.infolist()):
            if member.is_dir():
                continue
            with zf.open(member) as src:
                head = src.read(132)
                if len(head) < 132 or head[128:132] != b"DICM":
                    skipped.append(member.filename)
                    continue
                out = dest / f"{i:06d}.dcm"  # never the member's own name (no path tricks)
                with open(out, "wb") as dst:
                    dst.write(head)
                    while chunk := src.read(1 << 20):
                        dst.write(chunk)
            files.append(out)
    return files, skipped


def _study_uids(files: list[Path]) -> set[str]:
    import pydicom

    uids = set()
    for f in files:
        try:
            uids.add(str(pydicom.dcmread(f, stop_before_pixels=True, specific_tags=["StudyInstanceUID"])
                         .StudyInstanceUID))
        except Exception:  # noqa: BLE001 - store() reports unreadable files itself
            pass
    return uids


def _start_service(hub):
    """The hub's archiver (``[archive]`` of hub.toml; None: the blob store is the archive)."""
    return start_archiver(hub.data_dir, hub.config.archive)


register("archive", _start_service, check=lambda config: ArchiveConfig.from_dict(config.archive))
