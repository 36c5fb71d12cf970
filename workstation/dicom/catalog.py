"""The local study catalog: SQLite index plus a managed copy of every imported file.

Layout under ``root_dir``::

    catalog.sqlite                      patients / studies / series / instances (+ thumbnails)
    store/<study>/<series>/<sop>.dcm    the imported files (copied, so zips and CDs can go away)

Each file is copied and then indexed in its own transaction, so a cancelled or failed import
leaves the catalog consistent: every committed instance row points at a complete file.
"""

from __future__ import annotations

import contextlib
import hashlib
import logging
import os
import shutil
import sqlite3
import tempfile
import threading
import warnings
import zipfile
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path

import cv2
import msgspec
import numpy as np
import pydicom

from workstation.dicom.pixels import read_stored_frame, to_grey
from workstation.dicom.records import (
    ImportReport,
    InstanceRecord,
    RejectedFile,
    SeriesRecord,
    StudyRecord,
    conformant_copy,
    header_text,
    read_instance,
)

log = logging.getLogger(__name__)

Progress = Callable[[int, int, str], None]

SCHEMA = """
CREATE TABLE IF NOT EXISTS patients (
    id INTEGER PRIMARY KEY,
    patient_id TEXT NOT NULL, patient_name TEXT NOT NULL,
    birth_date TEXT NOT NULL, sex TEXT NOT NULL,
    UNIQUE (patient_id, patient_name, birth_date)
);
CREATE TABLE IF NOT EXISTS studies (
    study_uid TEXT PRIMARY KEY,
    patient INTEGER NOT NULL REFERENCES patients(id),
    study_date TEXT NOT NULL, study_time TEXT NOT NULL, study_description TEXT NOT NULL,
    accession_number TEXT NOT NULL, institution TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS series (
    series_uid TEXT PRIMARY KEY,
    study_uid TEXT NOT NULL REFERENCES studies(study_uid),
    modality TEXT NOT NULL, series_number INTEGER, series_description TEXT NOT NULL,
    rows INTEGER NOT NULL, columns INTEGER NOT NULL,
    thumbnail BLOB
);
CREATE TABLE IF NOT EXISTS instances (
    sop_uid TEXT PRIMARY KEY,
    series_uid TEXT NOT NULL REFERENCES series(series_uid),
    relpath TEXT NOT NULL,
    record BLOB NOT NULL
);
CREATE INDEX IF NOT EXISTS instances_series ON instances(series_uid);
CREATE INDEX IF NOT EXISTS series_study ON series(study_uid);
"""

_encoder = msgspec.msgpack.Encoder()
_decoder = msgspec.msgpack.Decoder(InstanceRecord)


def _safe(uid: str) -> str:
    """A directory/file name for a UID (UIDs are digits and dots; anything else is hashed)."""
    if uid and all(c.isdigit() or c == "." for c in uid) and len(uid) <= 64:
        return uid
    return hashlib.sha1(uid.encode("utf-8")).hexdigest()


class Catalog:
    def __init__(self, root_dir: str | os.PathLike):
        self.root = Path(root_dir)
        self.store = self.root / "store"
        self.store.mkdir(parents=True, exist_ok=True)
        self._lock = threading.RLock()
        self._db = sqlite3.connect(self.root / "catalog.sqlite", check_same_thread=False, isolation_level=None)
        self._db.execute("PRAGMA journal_mode=WAL")
        self._db.execute("PRAGMA synchronous=NORMAL")
        self._db.execute("PRAGMA foreign_keys=ON")
        self._db.executescript(SCHEMA)

    def close(self) -> None:
        with self._lock:
            self._db.close()

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()

    # -- import -----------------------------------------------------------------------------

    def import_paths(self, paths: Iterable[str | os.PathLike], progress: Progress | None = None,
                     cancel: threading.Event | None = None) -> ImportReport:
        """Import folders (recursively), zip files, DICOMDIRs and single files."""
        report = ImportReport()
        touched: set[str] = set()
        with contextlib.ExitStack() as stack:
            files = list(self._expand(paths, report, stack))
            total = len(files)
            for done, (name, path) in enumerate(files):
                if cancel is not None and cancel.is_set():
                    report.cancelled = True
                    break
                self._import_one(name, path, report, touched)
                if progress:
                    progress(done + 1, total, name)
        for series_uid in touched:
            self._make_thumbnail(series_uid)
        return report

    def _import_one(self, name: str, path: Path, report: ImportReport, touched: set[str]) -> None:
        """Import one file; whatever goes wrong is that file's reason in the report, never a crash."""
        try:
            rec, ds = read_instance(path)
            if not getattr(ds, "_silkbridge_rewrite", False):
                check_first_frame(rec)
            with self._lock:
                if self._db.execute("SELECT 1 FROM instances WHERE sop_uid=?", (rec.sop_uid,)).fetchone():
                    report.duplicates += 1
                    return
                rec = self._add(path, rec, ds)
        except RejectedFile as exc:
            report.rejected.append((name, str(exc)))
            return
        except OSError as exc:
            report.rejected.append((name, f"cannot copy into the catalog: {exc}"))
            return
        except _FATAL:
            raise
        except BaseException as exc:  # the last guard: one bad file never stops an import
            log.exception("import of %s failed", name)
            report.rejected.append((name, f"could not be imported: {type(exc).__name__}: {exc}"))
            return
        report.imported += 1
        touched.add(rec.series_uid)

    def _expand(self, paths, report: ImportReport, stack: contextlib.ExitStack) -> Iterator[tuple[str, Path]]:
        for p in paths:
            p = Path(p)
            if not p.exists():
                report.rejected.append((str(p), "no such file or folder"))
            elif p.is_dir():
                yield from self._walk(p, str(p), report, stack)
            elif p.name.upper() == "DICOMDIR":
                yield from self._dicomdir(p, report)
            elif p.suffix.lower() == ".zip" and zipfile.is_zipfile(p):
                yield from self._zip(p, report, stack)
            else:
                yield str(p), p

    def _walk(self, folder: Path, label: str, report, stack) -> Iterator[tuple[str, Path]]:
        for dirpath, dirnames, filenames in os.walk(folder):
            dirnames.sort()
            for fn in sorted(filenames):
                f = Path(dirpath) / fn
                shown = os.path.join(label, os.path.relpath(f, folder))
                if fn.upper() == "DICOMDIR":
                    continue  # an index; the files it lists are found by the walk itself
                if fn.lower().endswith(".zip") and zipfile.is_zipfile(f):
                    yield from self._zip(f, report, stack)
                else:
                    yield shown, f

    def _zip(self, path: Path, report, stack) -> Iterator[tuple[str, Path]]:
        tmp = Path(stack.enter_context(tempfile.TemporaryDirectory(dir=self.root, prefix="unzip-")))
        try:
            with zipfile.ZipFile(path) as zf:
                for member in zf.infolist():
                    if member.is_dir():
                        continue
                    target = (tmp / member.filename).resolve()
                    if not str(target).startswith(str(tmp.resolve())):
                        report.rejected.append((f"{path}:{member.filename}", "unsafe path inside the zip"))
                        continue
                    try:
                        zf.extract(member, tmp)
                    except (zipfile.BadZipFile, OSError, EOFError) as exc:
                        report.rejected.append((f"{path}:{member.filename}", f"cannot unzip: {exc}"))
        except zipfile.BadZipFile as exc:
            report.rejected.append((str(path), f"damaged zip: {exc}"))
            return
        yield from self._walk(tmp, f"{path}:", report, stack)

    def _dicomdir(self, path: Path, report) -> Iterator[tuple[str, Path]]:
        try:
            ds = pydicom.dcmread(path)
            records = ds.DirectoryRecordSequence
        except Exception as exc:
            report.rejected.append((str(path), f"unreadable DICOMDIR: {exc}"))
            return
        for item in records:
            ref = item.get("ReferencedFileID")
            if not ref:
                continue
            parts = [ref] if isinstance(ref, str) else list(ref)
            f = path.parent.joinpath(*parts)
            if not f.exists():  # CDs are often upper-case on disk and lower-case in the index
                alt = path.parent.joinpath(*[x.lower() for x in parts])
                f = alt if alt.exists() else f
            if f.exists():
                yield str(f), f
            else:
                report.rejected.append((str(f), "listed in the DICOMDIR but missing"))

    def _add(self, src: Path, rec: InstanceRecord, ds) -> InstanceRecord:
        rel = Path("store") / _safe(rec.study_uid) / _safe(rec.series_uid) / f"{_safe(rec.sop_uid)}.dcm"
        dest = self.root / rel
        dest.parent.mkdir(parents=True, exist_ok=True)
        tmp = dest.with_suffix(".part")
        try:
            if getattr(ds, "_silkbridge_rewrite", False):  # read without preamble/meta: store it conformant
                conformant_copy(ds, tmp)
                rec, ds = read_instance(tmp)  # the pixel offset of the copy
                check_first_frame(rec)
            else:
                shutil.copyfile(src, tmp)
        except BaseException:
            tmp.unlink(missing_ok=True)
            raise
        os.replace(tmp, dest)
        stored = msgspec.structs.replace(rec, path=str(rel))
        t = lambda k: header_text(ds, k)  # noqa: E731
        db = self._db
        db.execute("BEGIN")
        try:
            db.execute("INSERT OR IGNORE INTO patients (patient_id, patient_name, birth_date, sex) VALUES (?,?,?,?)",
                       (t("PatientID"), t("PatientName"), t("PatientBirthDate"), t("PatientSex")))
            patient = db.execute("SELECT id FROM patients WHERE patient_id=? AND patient_name=? AND birth_date=?",
                                 (t("PatientID"), t("PatientName"), t("PatientBirthDate"))).fetchone()[0]
            db.execute("INSERT OR IGNORE INTO studies VALUES (?,?,?,?,?,?,?)",
                       (rec.study_uid, patient, t("StudyDate"), t("StudyTime"), t("StudyDescription"),
                        t("AccessionNumber"), t("InstitutionName")))
            number = ds.get("SeriesNumber")
            try:
                number = int(number) if number not in (None, "") else None
            except (TypeError, ValueError):
                number = None
            db.execute("INSERT OR IGNORE INTO series (series_uid, study_uid, modality, series_number, "
                       "series_description, rows, columns) VALUES (?,?,?,?,?,?,?)",
                       (rec.series_uid, rec.study_uid, t("Modality"), number, t("SeriesDescription"),
                        rec.rows, rec.cols))
            db.execute("INSERT INTO instances VALUES (?,?,?,?)",
                       (rec.sop_uid, rec.series_uid, str(rel), _encoder.encode(stored)))
            db.execute("COMMIT")
        except BaseException:
            db.execute("ROLLBACK")
            dest.unlink(missing_ok=True)
            raise
        return rec

    # -- thumbnails -------------------------------------------------------------------------

    def _make_thumbnail(self, series_uid: str, size: int = 128) -> None:
        images = [r for r in self.instances(series_uid) if r.has_pixels]
        if not images:
            return
        try:
            png = thumbnail_png(middle_instance(images), size)
        except Exception as exc:  # a bad image must not break the import of the others
            log.warning("no thumbnail for series %s: %s", series_uid, exc)
            return
        with self._lock:
            self._db.execute("UPDATE series SET thumbnail=? WHERE series_uid=?", (png, series_uid))

    def thumbnail(self, series_uid: str) -> bytes:
        with self._lock:
            row = self._db.execute("SELECT thumbnail FROM series WHERE series_uid=?", (series_uid,)).fetchone()
        if row is None:
            raise KeyError(f"no series {series_uid} in the catalog")
        return bytes(row[0] or b"")

    # -- browsing ---------------------------------------------------------------------------

    def studies(self, query: str = "") -> list[StudyRecord]:
        sql = """
        SELECT p.patient_name, p.patient_id, p.birth_date, p.sex, st.study_uid, st.study_date,
               st.study_description,
               (SELECT GROUP_CONCAT(DISTINCT se.modality) FROM series se WHERE se.study_uid = st.study_uid),
               (SELECT COUNT(*) FROM series se WHERE se.study_uid = st.study_uid),
               (SELECT COUNT(*) FROM instances i JOIN series se ON i.series_uid = se.series_uid
                 WHERE se.study_uid = st.study_uid),
               (SELECT GROUP_CONCAT(se.series_description, ' ') FROM series se WHERE se.study_uid = st.study_uid)
        FROM studies st JOIN patients p ON p.id = st.patient
        ORDER BY st.study_date DESC, p.patient_name
        """
        with self._lock:
            rows = self._db.execute(sql).fetchall()
        terms = query.casefold().split()
        out = []
        for name, pid, birth, sex, uid, date, desc, mods, n_series, n_images, series_desc in rows:
            modalities = tuple(sorted(m for m in (mods or "").split(",") if m))
            if terms:
                iso = f"{date[:4]}-{date[4:6]}-{date[6:8]}" if len(date) == 8 else date
                hay = " ".join([name, name.replace("^", " "), pid, desc, series_desc or "", " ".join(modalities),
                                date, iso]).casefold()
                if not all(term in hay for term in terms):
                    continue
            out.append(StudyRecord(name, pid, birth, sex, uid, date, desc, modalities, n_series, n_images))
        return out

    def series(self, study_uid: str) -> list[SeriesRecord]:
        sql = """
        SELECT se.series_uid, se.study_uid, se.modality, se.series_number, se.series_description,
               (SELECT COUNT(*) FROM instances i WHERE i.series_uid = se.series_uid), se.rows, se.columns
        FROM series se WHERE se.study_uid = ? ORDER BY se.series_number, se.series_uid
        """
        with self._lock:
            return [SeriesRecord(*row) for row in self._db.execute(sql, (study_uid,))]

    def instances(self, series_uid: str) -> list[InstanceRecord]:
        with self._lock:
            rows = self._db.execute("SELECT record FROM instances WHERE series_uid=?", (series_uid,)).fetchall()
        out = []
        for (blob,) in rows:
            rec = _decoder.decode(blob)
            out.append(msgspec.structs.replace(rec, path=str(self.root / rec.path)))
        return out


# -- helpers shared with the loader -----------------------------------------------------------

def slice_position(rec: InstanceRecord) -> float:
    if rec.image_position is None or rec.image_orientation is None:
        return float(rec.instance_number or 0)
    normal = np.cross(rec.image_orientation[:3], rec.image_orientation[3:])
    return float(np.dot(normal, rec.image_position))


def middle_instance(images: list[InstanceRecord]) -> InstanceRecord:
    ordered = sorted(images, key=lambda r: (slice_position(r), r.instance_number or 0))
    return ordered[len(ordered) // 2]


def default_window(ds) -> tuple[float, float] | None:
    """(width, center) from the DICOM header, or None."""
    try:
        center, width = ds.get("WindowCenter"), ds.get("WindowWidth")
        if center is None or width is None:
            return None
        center = float(center[0] if isinstance(center, pydicom.multival.MultiValue) else center)
        width = float(width[0] if isinstance(width, pydicom.multival.MultiValue) else width)
        return (width, center) if width > 0 else None
    except (TypeError, ValueError, IndexError):
        return None


#: what a guard must let through: the user or the interpreter stopping, not a damaged file
_FATAL = (KeyboardInterrupt, SystemExit, GeneratorExit)
_QUIET_THREADS: set[int] = set()


def _not_from_a_quiet_thread(record: logging.LogRecord) -> bool:
    return record.thread not in _QUIET_THREADS


for _name in ("pydicom", "pydicom.pixels.decoders.base"):  # a logger's filter sees only its own records
    logging.getLogger(_name).addFilter(_not_from_a_quiet_thread)


def check_first_frame(rec: InstanceRecord) -> None:
    """Raise RejectedFile unless an image's first frame decodes through the viewer's read path.

    Native little-endian 8/16/32-bit data was already checked by arithmetic on the header (its
    length matches rows x columns x frames x samples x bits) and is read straight from the file,
    so it is not decoded here: importing a plain series stays as fast as copying it. Compressed
    (and unusual native) data has its first frame decoded once.
    """
    if not rec.has_pixels or (rec.pixel_offset >= 0 and rec.bits_allocated in (8, 16, 32)):
        return
    me = threading.get_ident()
    _QUIET_THREADS.add(me)  # pydicom logs each failing decoder's traceback: the reason says it all
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            frame = read_stored_frame(rec, 0)
    except _FATAL:
        raise
    except BaseException as exc:  # decoders raise many types, Rust ones even a BaseException (pyo3 panic)
        text = str(exc).replace("Unable to decode as exceptions were raised by all available plugins:", "")
        detail = "; ".join(line.strip() for line in text.splitlines() if line.strip()) or type(exc).__name__
        raise RejectedFile(f"cannot be shown: the first frame does not decode ({detail[:300]})") from None
    finally:
        _QUIET_THREADS.discard(me)
    if tuple(frame.shape[:2]) != (rec.rows, rec.cols):
        raise RejectedFile(f"cannot be shown: the first frame decodes to shape {tuple(frame.shape)}, "
                           f"the header says {rec.rows} rows x {rec.cols} columns")


def thumbnail_png(rec: InstanceRecord, size: int = 128) -> bytes:
    frame = read_stored_frame(rec, rec.frames // 2 if rec.frames > 1 else 0)
    if frame.ndim == 3:
        img = frame.astype(np.float32)
        lo, hi = 0.0, 255.0 if frame.dtype == np.uint8 else float(frame.max() or 1)
    else:
        img = frame.astype(np.float32) * rec.rescale_slope + rec.rescale_intercept
        window = default_window(pydicom.dcmread(rec.path, stop_before_pixels=True))
        if window:
            lo, hi = window[1] - window[0] / 2, window[1] + window[0] / 2
        else:
            lo, hi = (float(v) for v in np.percentile(img, [1, 99]))
            hi = hi if hi > lo else lo + 1
    img = np.clip((img - lo) / (hi - lo) * 255.0, 0, 255).astype(np.uint8)
    if rec.photometric == "MONOCHROME1":
        img = 255 - img
    if img.ndim == 3:
        img = cv2.cvtColor(img, cv2.COLOR_RGB2BGR)
    h, w = img.shape[:2]
    scale = size / max(h, w)
    if scale < 1:
        img = cv2.resize(img, (max(1, round(w * scale)), max(1, round(h * scale))), interpolation=cv2.INTER_AREA)
    ok, buf = cv2.imencode(".png", img)
    if not ok:
        raise ValueError("PNG encoding failed")
    return buf.tobytes()


__all__ = ["Catalog", "ImportReport", "StudyRecord", "SeriesRecord", "InstanceRecord", "to_grey"]
