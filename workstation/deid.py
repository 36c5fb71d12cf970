"""De-identification before a study leaves the hospital (DICOM PS3.15 Annex E).

Profile applied: the *Basic Application Level Confidentiality Profile* with the *Retain
Longitudinal Temporal Information with Modified Dates* option:

* The per-attribute actions (D, Z, X, K, U and the combined ones) come from table E.1-1 as kept,
  as data, by the ``dicom-anonymizer`` package (``dicomfields_2026c``); :data:`ANNEX_E_TABLE` is
  that table, loaded once.  The engine that applies it is ours, because we need what the
  package's engine lacks: actions inside sequences at every depth, a UID map that is consistent
  and persistent, dates shifted per patient, pseudonyms and the re-identification key.
* Patient ID and name become a per-patient pseudonym.
* Every UID that is not a registered DICOM UID (SOP class, transfer syntax, coding scheme, ...)
  is remapped, wherever it appears (references in sequences included), to ``2.25.<n>`` where
  ``n`` is derived from a secret kept in the key store: the same original UID always gives the
  same new UID, across files and across runs.
* Dates (DA) and date-times (DT) are shifted by a whole number of days chosen once per patient,
  so intervals are preserved; clock times (TM) are therefore kept.  Birth date and time are
  removed (the option does not cover patient characteristics).
* Private attributes are removed; ``PatientIdentityRemoved``, ``DeidentificationMethod``,
  ``DeidentificationMethodCodeSequence`` (CID 7050: 113100, 113107) and
  ``LongitudinalTemporalInformationModified`` are set.

The re-identification key (original patient -> pseudonym, date shift, UID map) lives in a local
SQLite file given by the caller; it is never written into the output.

Pixel data are not cleaned: images whose pixels may carry burned-in text (``BurnedInAnnotation``
YES, or absent on secondary capture / ultrasound / screenshot-like objects) are held back by
:meth:`Deidentifier.deidentify_files` until the sender confirms them after looking at them.
"""

from __future__ import annotations

import copy
import datetime as _dt
import hashlib
import hmac
import os
import secrets
import sqlite3
import threading
import uuid
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Iterable

import pydicom
import pydicom.errors
from pydicom.dataelem import DataElement
from pydicom.dataset import Dataset, FileMetaDataset
from pydicom.sequence import Sequence
from pydicom.tag import BaseTag, Tag
from pydicom.uid import UID

__all__ = [
    "ANNEX_E_TABLE",
    "UID_ROOT",
    "DeidError",
    "Deidentifier",
    "DeidReport",
    "HeldFile",
    "PatientIdentity",
    "RefusedFile",
    "WrittenFile",
    "deid_command",
]

#: Root of every UID we create: the UUID-derived root of PS3.5 B.2 (no registration needed).
UID_ROOT = "2.25."

#: Implementation Class UID of the files we write (a fixed name-based UUID under ``UID_ROOT``).
IMPLEMENTATION_CLASS_UID = UID_ROOT + str(uuid.uuid5(uuid.NAMESPACE_URL, "silkbridge:workstation.deid").int)
IMPLEMENTATION_VERSION = "SILKBRIDGE_DEID1"

#: Codes of CID 7050 "De-identification Method" for what we apply.
METHOD_CODES: tuple[tuple[str, str], ...] = (
    ("113100", "Basic Application Confidentiality Profile"),
    ("113107", "Retain Longitudinal Temporal Information Modified Dates Option"),
)

#: Date shifts are drawn in this range of days (always into the past).
SHIFT_DAYS_RANGE = (-3650, -365)

_NO_SHIFT = {Tag(0x0010, 0x0030), Tag(0x0010, 0x0032)}  # PatientBirthDate, PatientBirthTime
_PATIENT_ID = Tag(0x0010, 0x0020)
_PATIENT_NAME = Tag(0x0010, 0x0010)

_SECONDARY_CAPTURE = {
    "1.2.840.10008.5.1.4.1.1.7",  # Secondary Capture Image Storage
    "1.2.840.10008.5.1.4.1.1.7.1",
    "1.2.840.10008.5.1.4.1.1.7.2",
    "1.2.840.10008.5.1.4.1.1.7.3",
    "1.2.840.10008.5.1.4.1.1.7.4",
}
_ULTRASOUND = {
    "1.2.840.10008.5.1.4.1.1.6.1",  # US Image Storage
    "1.2.840.10008.5.1.4.1.1.6.2",  # Enhanced US Volume
    "1.2.840.10008.5.1.4.1.1.3.1",  # US Multi-frame
    "1.2.840.10008.5.1.4.1.1.6",  # retired US Image Storage
    "1.2.840.10008.5.1.4.1.1.3",  # retired US Multi-frame
}
_SCREEN_MODALITIES = {"US", "IVUS", "OT", "SC", "XC", "ES", "GM", "SM", "DOC"}


# --------------------------------------------------------------------------- the Annex E table
def _load_annex_e() -> tuple[dict[BaseTag, str], list[tuple[int, int, int, int, str]]]:
    from dicomanonymizer.dicomfields_selector import dicom_anonymization_database_selector

    categories = {
        "D_TAGS": "D",
        "Z_TAGS": "Z",
        "X_TAGS": "X",
        "U_TAGS": "U",
        "Z_D_TAGS": "Z/D",
        "X_Z_TAGS": "X/Z",
        "X_D_TAGS": "X/D",
        "X_Z_D_TAGS": "X/Z/D",
        "X_Z_U_STAR_TAGS": "X/Z/U*",
    }
    data = dicom_anonymization_database_selector("dicomfields_2026c")
    exact: dict[BaseTag, str] = {}
    masked: list[tuple[int, int, int, int, str]] = []
    for category, action in categories.items():
        for entry in data[category]:
            if len(entry) == 2:
                exact[Tag(entry[0], entry[1])] = action
            else:
                group, elem, gmask, emask = entry
                masked.append((group & gmask, elem & emask, gmask, emask, action))
    return exact, masked


_EXACT, _MASKED = _load_annex_e()
#: Table E.1-1 of PS3.15 as (tag -> action) for single tags; repeating groups in ``_MASKED``.
ANNEX_E_TABLE: dict[BaseTag, str] = _EXACT


def annex_e_action(tag: BaseTag) -> str | None:
    """The table E.1-1 action for ``tag`` (``None`` when the profile does not list it)."""
    action = _EXACT.get(tag)
    if action is not None:
        return action
    for group, elem, gmask, emask, act in _MASKED:
        if tag.group & gmask == group and tag.element & emask == elem:
            return act
    return None


# --------------------------------------------------------------------------- results
class DeidError(Exception):
    """A dataset cannot be de-identified (the message says why)."""


@dataclass(frozen=True)
class PatientIdentity:
    patient_id: str
    patient_name: str


@dataclass(frozen=True)
class WrittenFile:
    source: Path
    output: Path
    sop_instance_uid: str  # the new one


@dataclass(frozen=True)
class RefusedFile:
    source: Path
    reason: str


@dataclass(frozen=True)
class HeldFile:
    """Not sent: its pixels may carry burned-in text and the sender has not confirmed it."""

    source: Path
    sop_instance_uid: str  # the original one: what the sender confirms
    reason: str


@dataclass
class DeidReport:
    written: list[WrittenFile] = field(default_factory=list)
    refused: list[RefusedFile] = field(default_factory=list)
    needs_confirmation: list[HeldFile] = field(default_factory=list)
    cancelled: bool = False


# --------------------------------------------------------------------------- key store
_SCHEMA = """
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS patients (
    patient_key TEXT PRIMARY KEY,
    original_id TEXT NOT NULL,
    original_name TEXT NOT NULL,
    pseudonym TEXT NOT NULL UNIQUE,
    day_shift INTEGER NOT NULL
);
CREATE TABLE IF NOT EXISTS uids (original TEXT PRIMARY KEY, replacement TEXT NOT NULL UNIQUE);
"""


class _KeyStore:
    """The local re-identification key: SQLite, one connection guarded by a lock."""

    def __init__(self, path: str | os.PathLike) -> None:
        self.path = Path(path)
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self._lock = threading.RLock()
        self._db = sqlite3.connect(self.path, check_same_thread=False, isolation_level=None)
        self._db.execute("PRAGMA journal_mode=WAL")
        self._db.execute("PRAGMA synchronous=NORMAL")  # WAL: safe against corruption, fewer fsyncs
        self._db.executescript(_SCHEMA)
        with self._lock:
            self._db.execute("BEGIN IMMEDIATE")
            row = self._db.execute("SELECT value FROM meta WHERE key='secret'").fetchone()
            if row is None:
                self._db.execute("INSERT INTO meta VALUES ('secret', ?)", (secrets.token_hex(32),))
                row = self._db.execute("SELECT value FROM meta WHERE key='secret'").fetchone()
            self._db.execute("COMMIT")
        self._secret = bytes.fromhex(row[0])
        self._uid_cache: dict[str, str] = {}

    def close(self) -> None:
        with self._lock:
            self._db.close()

    def patient(self, original_id: str, original_name: str) -> tuple[str, int]:
        """(pseudonym, day shift) of a patient, created on first sight."""
        key = f"id:{original_id}" if original_id else f"name:{original_name}"
        with self._lock:
            row = self._db.execute(
                "SELECT pseudonym, day_shift FROM patients WHERE patient_key=?", (key,)
            ).fetchone()
            if row:
                return row[0], int(row[1])
            self._db.execute("BEGIN IMMEDIATE")
            try:
                used = {r[0] for r in self._db.execute("SELECT day_shift FROM patients")}
                lo, hi = SHIFT_DAYS_RANGE
                shift = lo + secrets.randbelow(hi - lo + 1)
                while shift in used and len(used) < hi - lo + 1:
                    shift = lo + secrets.randbelow(hi - lo + 1)
                while True:
                    pseudonym = "SB" + secrets.token_hex(5).upper()
                    if not self._db.execute(
                        "SELECT 1 FROM patients WHERE pseudonym=?", (pseudonym,)
                    ).fetchone():
                        break
                self._db.execute(
                    "INSERT INTO patients VALUES (?, ?, ?, ?, ?)",
                    (key, original_id, original_name, pseudonym, shift),
                )
                self._db.execute("COMMIT")
            except BaseException:
                self._db.execute("ROLLBACK")
                raise
            return pseudonym, shift

    def find_pseudonym(self, original_id: str, original_name: str = "") -> str | None:
        key = f"id:{original_id}" if original_id else f"name:{original_name}"
        with self._lock:
            row = self._db.execute(
                "SELECT pseudonym FROM patients WHERE patient_key=?", (key,)
            ).fetchone()
        return row[0] if row else None

    def identity(self, pseudonym: str) -> PatientIdentity | None:
        with self._lock:
            row = self._db.execute(
                "SELECT original_id, original_name FROM patients WHERE pseudonym=?", (pseudonym,)
            ).fetchone()
        return PatientIdentity(row[0], row[1]) if row else None

    def day_shift(self, pseudonym: str) -> int | None:
        with self._lock:
            row = self._db.execute(
                "SELECT day_shift FROM patients WHERE pseudonym=?", (pseudonym,)
            ).fetchone()
        return int(row[0]) if row else None

    def uid(self, original: str) -> str:
        """The replacement of ``original``: derived from the store's secret, recorded once."""
        new = self._uid_cache.get(original)
        if new is not None:
            return new
        digest = hmac.new(self._secret, original.encode("ascii", "replace"), hashlib.sha256).digest()
        new = UID_ROOT + str(uuid.UUID(bytes=digest[:16], version=4).int)
        with self._lock:
            self._db.execute("INSERT OR IGNORE INTO uids VALUES (?, ?)", (original, new))
            self._uid_cache[original] = new
        return new

    def original_uid(self, replacement: str) -> str | None:
        with self._lock:
            row = self._db.execute(
                "SELECT original FROM uids WHERE replacement=?", (replacement,)
            ).fetchone()
        return row[0] if row else None


# --------------------------------------------------------------------------- value helpers
def _is_registered_uid(value: str) -> bool:
    from pydicom._uid_dict import UID_dictionary

    return value in UID_dictionary


def _shift_da(value: str, days: int) -> str:
    value = value.strip()
    if not value:
        return value
    if "-" in value:  # a range (only in queries, but be safe)
        return "-".join(_shift_da(part, days) if part else "" for part in value.split("-"))
    if len(value) == 10 and value[4] == "." and value[7] == ".":  # ACR-NEMA style
        value = value.replace(".", "")
    try:
        day = _dt.datetime.strptime(value[:8], "%Y%m%d").date()
    except ValueError:
        return ""  # not a date we can shift: drop it rather than leak it
    return (day + _dt.timedelta(days=days)).strftime("%Y%m%d")


def _shift_dt(value: str, days: int) -> str:
    value = value.strip()
    if len(value) < 8:
        return ""  # year or month only: cannot be shifted by days without leaking
    shifted = _shift_da(value[:8], days)
    return shifted + value[8:] if shifted else ""


def _dummy(vr: str):
    if vr in ("PN", "LO", "SH", "LT", "ST", "UT", "UC", "AE"):
        return "REMOVED"
    if vr == "CS":
        return "REMOVED"
    if vr == "AS":
        return "000Y"
    if vr == "UR":
        return "http://removed.invalid"
    if vr in ("DS", "IS"):
        return "0"
    if vr in ("FD", "FL", "SS", "US", "SL", "UL", "SV", "UV"):
        return 0
    if vr in ("OB", "OW", "OD", "OF", "OL", "OV", "UN"):
        return b"\x00\x00"
    return None


# --------------------------------------------------------------------------- the engine
ProgressFn = Callable[[int, int, str], None]


class Deidentifier:
    """De-identifies DICOM datasets and files; the key store stays at ``key_store_path``."""

    def __init__(self, key_store_path: str | os.PathLike) -> None:
        self._keys = _KeyStore(key_store_path)

    def close(self) -> None:
        self._keys.close()

    def __enter__(self) -> "Deidentifier":
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    # -- the key -------------------------------------------------------------------------
    def pseudonym(self, patient_id: str, patient_name: str = "") -> str:
        """The pseudonym of a patient (created on first use, then always the same)."""
        return self._keys.patient(str(patient_id), str(patient_name))[0]

    def reidentify(self, pseudonym: str) -> PatientIdentity:
        """Original patient ID and name behind ``pseudonym`` (works only with the local key)."""
        identity = self._keys.identity(str(pseudonym))
        if identity is None:
            raise KeyError(f"unknown pseudonym {pseudonym!r} in key store {self._keys.path}")
        return identity

    def day_shift(self, pseudonym: str) -> int:
        shift = self._keys.day_shift(str(pseudonym))
        if shift is None:
            raise KeyError(f"unknown pseudonym {pseudonym!r} in key store {self._keys.path}")
        return shift

    def original_uid(self, new_uid: str) -> str:
        original = self._keys.original_uid(str(new_uid))
        if original is None:
            raise KeyError(f"UID {new_uid} was not issued by key store {self._keys.path}")
        return original

    # -- burned-in text ------------------------------------------------------------------
    @staticmethod
    def needs_confirmation(ds: Dataset) -> str | None:
        """Why the pixels of ``ds`` may show identifying text, or ``None`` if they should not."""
        if "PixelData" not in ds and "FloatPixelData" not in ds and "DoubleFloatPixelData" not in ds:
            return None
        burned = str(ds.get("BurnedInAnnotation", "") or "").strip().upper()
        if burned == "YES":
            return "BurnedInAnnotation is YES: the image has text burned into its pixels"
        if burned == "NO":
            return None
        sop_class = str(ds.get("SOPClassUID", ""))
        modality = str(ds.get("Modality", "") or "").upper()
        if sop_class in _SECONDARY_CAPTURE or "ConversionType" in ds:
            kind = "a secondary capture (screenshot or scanned image)"
        elif sop_class in _ULTRASOUND or modality in ("US", "IVUS"):
            kind = "an ultrasound image"
        elif modality in _SCREEN_MODALITIES:
            kind = f"a {modality} image"
        else:
            return None
        return f"BurnedInAnnotation is absent and this is {kind}, which often shows patient details in its pixels"

    # -- datasets ------------------------------------------------------------------------
    def deidentify(self, ds: Dataset) -> Dataset:
        """A de-identified copy of ``ds`` (``ds`` itself is left unchanged)."""
        return self._deidentify(ds, in_place=False)

    def _deidentify(self, ds: Dataset, in_place: bool) -> Dataset:
        original_id = str(ds.get("PatientID", "") or "").strip()
        original_name = str(ds.get("PatientName", "") or "").strip()
        pseudonym, shift = self._keys.patient(original_id, original_name)

        old_meta = getattr(ds, "file_meta", None)
        out = ds if in_place else copy.deepcopy(ds)
        self._clean(out, shift, pseudonym, top=True)

        out.PatientIdentityRemoved = "YES"
        out.DeidentificationMethod = [meaning for _, meaning in METHOD_CODES]
        codes = []
        for value, meaning in METHOD_CODES:
            item = Dataset()
            item.CodeValue = value
            item.CodingSchemeDesignator = "DCM"
            item.CodeMeaning = meaning
            codes.append(item)
        out.DeidentificationMethodCodeSequence = Sequence(codes)
        out.LongitudinalTemporalInformationModified = "MODIFIED"

        meta = FileMetaDataset()
        if old_meta is not None and "TransferSyntaxUID" in old_meta:
            meta.TransferSyntaxUID = old_meta.TransferSyntaxUID
        else:  # a dataset without file meta: keep the encoding it was read with
            implicit, little = getattr(ds, "original_encoding", (None, None))
            if implicit and little is not False:
                meta.TransferSyntaxUID = pydicom.uid.ImplicitVRLittleEndian
            elif little is False:
                meta.TransferSyntaxUID = pydicom.uid.ExplicitVRBigEndian
            else:
                meta.TransferSyntaxUID = pydicom.uid.ExplicitVRLittleEndian
        if "SOPClassUID" in out:
            meta.MediaStorageSOPClassUID = out.SOPClassUID
        if "SOPInstanceUID" in out:
            meta.MediaStorageSOPInstanceUID = out.SOPInstanceUID
        meta.ImplementationClassUID = IMPLEMENTATION_CLASS_UID
        meta.ImplementationVersionName = IMPLEMENTATION_VERSION
        out.file_meta = meta
        return out

    def _clean(self, ds: Dataset, shift: int, pseudonym: str, top: bool) -> None:
        for elem in list(ds):  # a list: elements are deleted while iterating
            tag = elem.tag
            if tag.is_private:
                del ds[tag]
                continue
            if tag.element == 0x0000:  # group lengths: recomputed or dropped
                del ds[tag]
                continue
            if top and tag in (_PATIENT_ID, _PATIENT_NAME):
                ds[tag].value = pseudonym
                continue
            action = annex_e_action(tag)
            vr = elem.VR
            if vr == "SQ":
                self._clean_sequence(ds, tag, action, shift, pseudonym)
                continue
            if tag in _NO_SHIFT:  # birth date Z (type 2: kept empty), birth time X
                if action == "Z":
                    self._empty(ds, tag)
                else:
                    del ds[tag]
                continue
            if vr in ("DA", "DT"):  # the Modified Dates option: shift every date
                value = ds[tag].value
                fn = _shift_da if vr == "DA" else _shift_dt
                if isinstance(value, (list, pydicom.multival.MultiValue)):
                    ds[tag].value = [fn(str(v), shift) for v in value]
                elif value not in (None, ""):
                    ds[tag].value = fn(str(value), shift)
                continue
            if vr == "TM":  # a whole-day shift leaves clock times as they were
                continue
            if vr == "UI":
                if action == "X":
                    del ds[tag]
                else:
                    self._remap_uid(ds, tag)
                continue
            if action is None:
                if vr == "PN" and ds[tag].value not in (None, ""):  # a name the table misses
                    ds[tag].value = "REMOVED"
                continue
            self._apply(ds, tag, action)

    def _clean_sequence(self, ds: Dataset, tag, action: str | None, shift: int, pseudonym: str) -> None:
        if action in ("X", "X/Z", "X/D", "X/Z/D"):
            del ds[tag]
        elif action in ("Z", "Z/D"):
            ds[tag].value = Sequence()
        else:  # K, U, D, X/Z/U* or unlisted: keep the structure, clean every item
            for item in ds[tag].value:
                self._clean(item, shift, pseudonym, top=False)

    def _remap_uid(self, ds: Dataset, tag) -> None:
        value = ds[tag].value
        values = list(value) if isinstance(value, (list, pydicom.multival.MultiValue)) else [value]
        new = []
        for v in values:
            v = str(v or "").strip().rstrip("\x00")
            if not v or _is_registered_uid(v):
                new.append(v)
            else:
                new.append(self._keys.uid(v))
        ds[tag].value = new if len(new) != 1 else new[0]

    @staticmethod
    def _empty(ds: Dataset, tag) -> None:
        ds[tag].value = None if ds[tag].VR not in ("OB", "OW", "UN") else b""

    def _apply(self, ds: Dataset, tag, action: str) -> None:
        if action == "K":
            return
        if action == "X":
            del ds[tag]
        elif action in ("Z", "X/Z"):
            self._empty(ds, tag)
        elif action in ("D", "Z/D", "X/D", "X/Z/D"):
            if ds[tag].value in (None, "", b""):
                return
            dummy = _dummy(ds[tag].VR)
            if dummy is None:
                del ds[tag]
            else:
                ds[tag].value = dummy
        else:  # U, X/Z/U* on a non-UID element
            self._empty(ds, tag)

    # -- files ---------------------------------------------------------------------------
    def deidentify_files(
        self,
        paths: Iterable[str | os.PathLike],
        out_dir: str | os.PathLike,
        progress: ProgressFn | None = None,
        cancel: threading.Event | None = None,
        confirmed: Iterable[str] = (),
    ) -> DeidReport:
        """De-identify DICOM files into ``out_dir`` as ``<new SOP Instance UID>.dcm``.

        A file that cannot be read or de-identified is refused with its reason; a file whose
        pixels may carry burned-in text is held back unless its original SOP Instance UID is in
        ``confirmed``.  The inputs are never modified.
        """
        paths = [Path(p) for p in paths]
        out = Path(out_dir)
        out.mkdir(parents=True, exist_ok=True)
        confirmed = {str(u) for u in confirmed}
        report = DeidReport()
        total = len(paths)
        for n, path in enumerate(paths):
            if cancel is not None and cancel.is_set():
                report.cancelled = True
                break
            if progress:
                progress(n, total, f"de-identifying {path.name}")
            try:
                ds = _read(path)
            except Exception as exc:  # noqa: BLE001 - any unreadable file is refused with why
                report.refused.append(RefusedFile(path, f"{path}: not a readable DICOM file: {exc}"))
                continue
            sop = str(ds.get("SOPInstanceUID", "") or "").strip()
            if not sop:
                report.refused.append(RefusedFile(path, f"{path}: no SOP Instance UID"))
                continue
            reason = self.needs_confirmation(ds)
            if reason and sop not in confirmed:
                report.needs_confirmation.append(HeldFile(path, sop, reason))
                continue
            try:
                clean = self._deidentify(ds, in_place=True)  # ds was read here, for this
                target = out / f"{clean.SOPInstanceUID}.dcm"
                tmp = target.with_suffix(".part")
                clean.save_as(tmp, enforce_file_format=True)
                os.replace(tmp, target)
            except Exception as exc:  # noqa: BLE001
                try:
                    tmp.unlink(missing_ok=True)  # type: ignore[possibly-undefined]
                except Exception:  # noqa: BLE001
                    pass
                report.refused.append(RefusedFile(path, f"{path}: cannot be de-identified: {exc}"))
                continue
            report.written.append(WrittenFile(path, target, str(clean.SOPInstanceUID)))
        if progress and not report.cancelled:
            progress(total, total, "de-identification done")
        return report


_SEQ_DELIMITER_LE = b"\xfe\xff\xdd\xe0\x00\x00\x00\x00"


def _read(path: Path) -> Dataset:
    """Read a DICOM file; one without the part-10 header is accepted if it is a real instance.

    pydicom stops quietly at the end of a cut file; a cut file is refused here instead.
    """
    try:
        ds = pydicom.dcmread(path)
    except pydicom.errors.InvalidDicomError as exc:
        try:
            ds = pydicom.dcmread(path, force=True)
            ok = bool(ds.get("SOPClassUID")) and bool(ds.get("SOPInstanceUID"))
        except Exception:  # noqa: BLE001
            ok = False
        if not ok:
            raise exc from None
    problem = _truncation(ds, path)
    if problem:
        raise DeidError(f"the file is truncated: {problem}")
    return ds


def _truncation(ds: Dataset, path: Path) -> str | None:
    """Why the file looks cut short (judged on its last top-level element), else ``None``."""
    tsyntax = getattr(getattr(ds, "file_meta", None), "TransferSyntaxUID", None)
    if tsyntax is not None and UID(tsyntax).is_deflated:
        return None  # positions refer to the inflated stream, not the file
    size = path.stat().st_size
    last = None
    for last in ds.elements():  # raw, unconverted elements carry their file position
        pass
    if last is None or not getattr(last, "is_raw", False):
        return None
    if last.length == 0xFFFFFFFF:
        if last.is_little_endian:
            with open(path, "rb") as fh:
                fh.seek(max(0, size - 8))
                if fh.read(8) != _SEQ_DELIMITER_LE:
                    return f"{last.tag} of undefined length has no sequence delimiter at the end of the file"
        return None
    got = len(last.value) if last.value is not None else last.length
    if got < last.length:
        return f"{last.tag} should hold {last.length} bytes, the file has {got}"
    end = last.value_tell + last.length
    if end > size or 0 < size - end < 8:
        return f"{size - end} stray bytes after {last.tag}: an element header is cut"
    return None


# --------------------------------------------------------------------------- CLI
def deid_command(subparsers) -> None:
    """``python -m workstation deid FILE_OR_DIR... --out DIR --keys KEYSTORE``."""
    p = subparsers.add_parser("deid", help="de-identify DICOM files (PS3.15 basic profile, shifted dates)")
    p.add_argument("inputs", nargs="+", help="DICOM files or folders (searched recursively)")
    p.add_argument("--out", required=True, help="output folder")
    p.add_argument("--keys", required=True, help="local SQLite re-identification key store")
    p.add_argument("--confirm", action="append", default=[], metavar="SOP_UID",
                   help="original SOP Instance UID whose burned-in text risk the sender accepts")
    p.set_defaults(func=_run_cli)


def _run_cli(args) -> int:
    files: list[Path] = []
    for item in args.inputs:
        path = Path(item)
        if path.is_dir():
            files.extend(sorted(f for f in path.rglob("*") if f.is_file()))
        else:
            files.append(path)
    with Deidentifier(args.keys) as deid:
        report = deid.deidentify_files(files, args.out, confirmed=args.confirm)
    for w in report.written:
        print(f"written  {w.output}")
    for h in report.needs_confirmation:
        print(f"held     {h.source}  (confirm with --confirm {h.sop_instance_uid}): {h.reason}")
    for r in report.refused:
        print(f"refused  {r.reason}")
    print(f"{len(report.written)} written, {len(report.needs_confirmation)} held, {len(report.refused)} refused")
    return 0 if not report.refused else 1
