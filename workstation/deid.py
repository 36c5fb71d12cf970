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

The output stays valid DICOM.  Table E.1-1's combined actions ("X unless Z or D is required to
maintain IOD conformance") depend on the type of the attribute in the object's IOD, which the
``dicom-anonymizer`` table does not know.  PS3.3 does, and highdicom ships it as data (SOP class
-> IOD -> modules -> attributes with type and sequence path, ``highdicom/_standard``): we read
that rather than keep a per-IOD table of our own (:func:`iod_requirements`).  An attribute the
profile would remove is emptied (zero length, empty sequence) where the IOD makes it type 2/2C,
given a dummy value (D; U for UID references) where it is type 1/1C, and removed only where it is
optional (:func:`resolve_action`).  Requirements are read at the attribute's path, so a type 2
attribute inside a sequence item is judged as such; a SOP class highdicom does not know is judged
against all IODs at once (an empty attribute leaks nothing).  Overlays (60xx) are removed whole:
Overlay Data is X, and an overlay group without its data is invalid; curves (50xx) already are.
The result is measured with dciodvfy (dicom3tools) against the original on the real corpus:
``benchmarks/bench_deid.py --validity`` (0 errors introduced).

Files are written as ``<new SOP Instance UID>.dcm`` and never over another file: an input whose
de-identified bytes are already there is reported as a duplicate, one with the same SOP Instance
UID but other content is refused (see :meth:`Deidentifier.deidentify_files`).

The re-identification key (original patient -> pseudonym, date shift, UID map) lives in a local
SQLite file given by the caller; it is never written into the output.

Pixel data are not cleaned: images whose pixels may carry burned-in text are held back by
:meth:`Deidentifier.deidentify_files` until the sender confirms them after looking at them
(:meth:`Deidentifier.needs_confirmation`): BurnedInAnnotation YES, or absent on projection
radiographs (CR, DX, MG, IO, PX), XA/RF, ultrasound, photographs and secondary captures or
documents, judged by Modality or SOP class; encapsulated documents (PDF, CDA) as well.
"""

from __future__ import annotations

import copy
import datetime as _dt
import hashlib
import hmac
import io
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
from pydicom.dataset import Dataset, FileMetaDataset
from pydicom.sequence import Sequence
from pydicom.tag import BaseTag, Tag
from pydicom.uid import UID

from .errors import CoreError

__all__ = [
    "ANNEX_E_TABLE",
    "UID_ROOT",
    "DeidError",
    "Deidentifier",
    "DeidReport",
    "DuplicateFile",
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

#: Modalities whose images often carry text in their pixels (PS3.15 E.3.1 names projection
#: radiography, ultrasound, photographs and scanned documents), with how the reason names them.
_BURNED_IN_MODALITIES = {
    **dict.fromkeys(("CR", "DX", "MG", "IO", "PX"), "a projection radiograph"),
    **dict.fromkeys(("XA", "RF"), "an X-ray angiography or fluoroscopy image"),
    **dict.fromkeys(("US", "IVUS"), "an ultrasound image"),
    **dict.fromkeys(("ES", "XC", "GM", "SM", "OP"), "a photograph (endoscopy, camera, microscopy)"),
    **dict.fromkeys(("OT", "SC", "DOC"), "a secondary capture, scan or document"),
}
#: The same families by SOP class (names of PS3.4 storage classes), for a missing or odd Modality.
_BURNED_IN_SOP_CLASS_WORDS = (
    ("Computed Radiography", "a projection radiograph"),
    ("Digital X-Ray", "a projection radiograph"),
    ("Digital Mammography", "a projection radiograph"),
    ("Digital Intra-Oral", "a projection radiograph"),
    ("Breast Projection", "a projection radiograph"),
    ("X-Ray Angiographic", "an X-ray angiography or fluoroscopy image"),
    ("X-Ray Radiofluoroscopic", "an X-ray angiography or fluoroscopy image"),
    ("Enhanced XA", "an X-ray angiography or fluoroscopy image"),
    ("Enhanced XRF", "an X-ray angiography or fluoroscopy image"),
    ("Ultrasound", "an ultrasound image"),
    ("Enhanced US", "an ultrasound image"),
    ("VL ", "a photograph (endoscopy, camera, microscopy)"),
    ("Video ", "a photograph (endoscopy, camera, microscopy)"),
    ("Photography", "a photograph (endoscopy, camera, microscopy)"),
    ("Secondary Capture", "a secondary capture, scan or document"),
)
_PIXELS = ("PixelData", "FloatPixelData", "DoubleFloatPixelData")


def _is_overlay(tag: BaseTag) -> bool:
    """An element of an overlay repeating group (60xx, xx even)."""
    return 0x6000 <= tag.group <= 0x601E and tag.group % 2 == 0


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


#: Free text the table does not list but that holds whatever a person typed: the TEXT content items
#: of a structured report (a finding may name the patient or a relative). Removed like the
#: profile's other free text; where the IOD needs a value (a TEXT item's Text Value is Type 1C) it
#: gets the dummy value, so the report stays valid DICOM.
_FREE_TEXT: dict[BaseTag, str] = {Tag(0x0040, 0xA160): "X"}  # Text Value


def annex_e_action(tag: BaseTag) -> str | None:
    """The table E.1-1 action for ``tag`` (``None`` when the profile does not list it), plus our
    own :data:`_FREE_TEXT` rules."""
    action = _EXACT.get(tag)
    if action is not None:
        return action
    for group, elem, gmask, emask, act in _MASKED:
        if tag.group & gmask == group and tag.element & emask == elem:
            return act
    return _FREE_TEXT.get(tag)


# --------------------------------------------------------------------------- IOD requirements
#: Attribute types of PS3.3 that oblige an attribute to be present: 1 = with a value, 2 = maybe empty.
_TYPE_LEVEL = {"1": 1, "1C": 1, "2": 2, "2C": 2}
_ContentKey = tuple[tuple[str, ...], str]


class _IodRequirements:
    """What one IOD requires of each attribute, at each sequence path: 1, 2 or ``None``.

    From the PS3.3 tables that highdicom ships as data (SOP class -> IOD -> modules -> attributes
    with their type and the path of sequences above them).  Conditional types (1C, 2C) count as
    required: the original carrying the attribute is the best sign that the condition holds.
    An attribute required in any module of the IOD is required.  A path the tables do not know
    (an SR content tree nested deeper than the macro is written) is looked up after its last
    ContentSequence, then by the attribute's parent sequence alone.
    """

    def __init__(self, modules: Iterable[str]) -> None:
        from highdicom._standard_utils import get_module_attribute_map

        table = get_module_attribute_map()
        self.exact: dict[_ContentKey, int] = {}
        self.by_parent: dict[tuple[str, str], int] = {}
        self.paths: set[tuple[str, ...]] = {()}
        for module in modules:
            for attr in table.get(module, ()):
                path = tuple(attr["path"])
                self.paths.add(path)
                level = _TYPE_LEVEL.get(attr["type"])
                if level is None:
                    continue
                key = (path, attr["keyword"])
                self.exact[key] = min(level, self.exact.get(key, 3))
                parent = (path[-1] if path else "", attr["keyword"])
                self.by_parent[parent] = min(level, self.by_parent.get(parent, 3))

    def level(self, path: tuple[str, ...], keyword: str) -> int | None:
        if path not in self.paths and "ContentSequence" in path:
            cut = len(path) - path[::-1].index("ContentSequence")
            path = path[cut:]
        if path in self.paths:
            return self.exact.get((path, keyword))
        return self.by_parent.get((path[-1], keyword))


_IOD_LOCK = threading.Lock()
_IOD_CACHE: dict[str, _IodRequirements] = {}


def iod_requirements(sop_class_uid: str) -> _IodRequirements:
    """The requirements of the IOD of ``sop_class_uid``; of every IOD at once if it is unknown.

    The union for an unknown class errs towards keeping attributes empty rather than removing
    them, which costs nothing in confidentiality (an empty attribute carries no value).
    """
    from highdicom._standard_utils import get_iod_module_map, get_sop_class_iod_map

    with _IOD_LOCK:
        iod = get_sop_class_iod_map().get(str(sop_class_uid).strip(), "")
        found = _IOD_CACHE.get(iod)
        if found is None:
            iods = get_iod_module_map()
            chosen = [iods[iod]] if iod in iods else list(iods.values())
            found = _IOD_CACHE[iod] = _IodRequirements({m["key"] for mods in chosen for m in mods})
        return found


def resolve_action(action: str, level: int | None) -> str:
    """The single action (X, Z, D, U or K) of a table E.1-1 action for an attribute ``level``.

    Combined actions follow PS3.15 ("X unless Z or D is required to maintain IOD conformance"):
    required with a value (type 1) -> D (U for UID references), required maybe empty (type 2)
    -> Z, otherwise X.  A plain X on an attribute the IOD requires is emptied (type 2) or given a
    dummy value (type 1) for the same reason: either way its original value does not leave.
    """
    if action in ("K", "Z", "D", "U"):
        return action
    if action == "Z/D":
        return "D" if level == 1 else "Z"
    if action == "X/Z/U*":
        return "U" if level in (1, 2) else "X"
    # X, X/Z, X/D, X/Z/D
    if level == 1:
        return "D"
    if level == 2:
        return "Z"
    return "X"


# --------------------------------------------------------------------------- results
class DeidError(CoreError):
    """A dataset cannot be de-identified (the message says why; ``code`` and ``params`` for the
    interface, see :mod:`workstation.errors`)."""

    code = "deid.error"


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


@dataclass(frozen=True)
class DuplicateFile:
    """Not written again: its de-identified bytes are those of a file already in the output."""

    source: Path
    output: Path  # the file already there, whose bytes this one would have written
    first_source: Path | None  # the input that wrote it in this run (None: an earlier run)


@dataclass
class DeidReport:
    written: list[WrittenFile] = field(default_factory=list)
    refused: list[RefusedFile] = field(default_factory=list)
    needs_confirmation: list[HeldFile] = field(default_factory=list)
    duplicates: list[DuplicateFile] = field(default_factory=list)
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

    def replacement_uid(self, original_uid: str) -> str:
        """The UID that replaces ``original_uid`` in what this key store de-identifies (always the
        same): how the hospital that shared an image knows the shared copy's UID."""
        return self._keys.uid(str(original_uid))

    def original_uid(self, new_uid: str) -> str:
        original = self._keys.original_uid(str(new_uid))
        if original is None:
            raise KeyError(f"UID {new_uid} was not issued by key store {self._keys.path}")
        return original

    # -- burned-in text ------------------------------------------------------------------
    @staticmethod
    def needs_confirmation(ds: Dataset) -> str | None:
        """Why ``ds`` may show identifying text that de-identification cannot clean, or ``None``.

        Held: an encapsulated document (PDF, CDA: its content is not cleaned); an image whose
        BurnedInAnnotation is YES; an image without BurnedInAnnotation that is a projection
        radiograph (CR, DX, MG, IO, PX), XA/RF, ultrasound, a photograph (ES, XC, GM, SM, OP) or a
        secondary capture / scan / document (OT, SC, DOC), judged by Modality or SOP class.
        BurnedInAnnotation NO is trusted.
        """
        if "EncapsulatedDocument" in ds:
            return "an encapsulated document (PDF, CDA, ...): its content is sent as it is, not de-identified"
        if not any(k in ds for k in _PIXELS):
            return None
        burned = str(ds.get("BurnedInAnnotation", "") or "").strip().upper()
        if burned == "YES":
            return "BurnedInAnnotation is YES: the image has text burned into its pixels"
        if burned == "NO":
            return None
        modality = str(ds.get("Modality", "") or "").strip().upper()
        kind = _BURNED_IN_MODALITIES.get(modality)
        if kind is None:
            from pydicom._uid_dict import UID_dictionary

            name = UID_dictionary.get(str(ds.get("SOPClassUID", "") or "").strip(), ("",))[0]
            kind = next((k for word, k in _BURNED_IN_SOP_CLASS_WORDS if word in name), None)
        if kind is None and "ConversionType" in ds:  # only secondary captures carry it
            kind = "a secondary capture, scan or document"
        if kind is None:
            return None
        return (f"BurnedInAnnotation is absent and this is {kind}, which often shows patient "
                "details in its pixels")

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
        self._clean(out, shift, pseudonym, (), iod_requirements(str(ds.get("SOPClassUID", "") or "")))

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

    def _clean(self, ds: Dataset, shift: int, pseudonym: str, path: tuple[str, ...],
               iod: _IodRequirements) -> None:
        top = not path
        for elem in list(ds):  # a list: elements are deleted while iterating
            tag = elem.tag
            if tag.is_private:
                del ds[tag]
                continue
            if tag.element == 0x0000:  # group lengths: recomputed or dropped
                del ds[tag]
                continue
            if top and _is_overlay(tag):  # Overlay Data is X: the whole group goes with it
                del ds[tag]
                continue
            if top and tag in (_PATIENT_ID, _PATIENT_NAME):
                ds[tag].value = pseudonym
                continue
            action = annex_e_action(tag)
            if action is not None and action not in ("K", "Z", "D", "U"):
                action = resolve_action(action, iod.level(path, elem.keyword))
            vr = elem.VR
            if vr == "SQ":
                if action == "X":
                    del ds[tag]
                elif action == "Z":
                    ds[tag].value = Sequence()
                else:  # K, U, D or unlisted: keep the structure, clean every item
                    inner = (*path, elem.keyword)
                    for item in ds[tag].value:
                        self._clean(item, shift, pseudonym, inner, iod)
                continue
            if tag in _NO_SHIFT:  # birth date Z (type 2: kept empty), birth time X
                if action == "X":
                    del ds[tag]
                else:
                    self._empty(ds, tag)
                continue
            if vr in ("DA", "DT"):  # the Modified Dates option: every date is shifted
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
                elif action == "Z":
                    self._empty(ds, tag)
                else:
                    self._remap_uid(ds, tag)
                continue
            if action is None:
                if vr == "PN" and ds[tag].value not in (None, ""):  # a name the table misses
                    ds[tag].value = "REMOVED"
                continue
            self._apply(ds, tag, action)

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
        """Apply a resolved action (X, Z, D, K, U) to a non-sequence, non-UID attribute."""
        if action == "K":
            return
        if action == "X":
            del ds[tag]
        elif action == "D":
            if ds[tag].value in (None, "", b""):
                return
            dummy = _dummy(ds[tag].VR)
            if dummy is None:
                self._empty(ds, tag)
            else:
                ds[tag].value = dummy
        else:  # Z; U on a non-UID element
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

        No output ever replaces another.  Two inputs with one SOP Instance UID map to one output
        name: if the second de-identifies to the same bytes (the same file twice, or a file
        already sent to this folder by an earlier run) it is reported in ``duplicates`` and not
        written again; if its content differs it is refused, naming the file already written,
        because a SOP Instance UID names one object and a receiving PACS would keep only one of
        the two: the sender resolves the conflict at the source.  ``written`` lists exactly the
        files created by this call.
        """
        paths = [Path(p) for p in paths]
        out = Path(out_dir)
        out.mkdir(parents=True, exist_ok=True)
        confirmed = {str(u) for u in confirmed}
        report = DeidReport()
        written_by: dict[Path, Path] = {}  # output -> the input that wrote it in this call
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
            sop = ds.get("SOPInstanceUID", "")
            sop = "" if isinstance(sop, (list, pydicom.multival.MultiValue)) else str(sop or "").strip()
            if not sop:
                report.refused.append(RefusedFile(path, f"{path}: no single SOP Instance UID"))
                continue
            reason = self.needs_confirmation(ds)
            if reason and sop not in confirmed:
                report.needs_confirmation.append(HeldFile(path, sop, reason))
                continue
            try:
                clean = self._deidentify(ds, in_place=True)  # ds was read here, for this
                buffer = io.BytesIO()
                clean.save_as(buffer, enforce_file_format=True)
                data = buffer.getvalue()
                target = out / f"{clean.SOPInstanceUID}.dcm"
                created = _write_new(target, data)
            except Exception as exc:  # noqa: BLE001
                report.refused.append(RefusedFile(path, f"{path}: cannot be de-identified: {exc}"))
                continue
            if created:
                written_by[target] = path
                report.written.append(WrittenFile(path, target, str(clean.SOPInstanceUID)))
                continue
            first = written_by.get(target)
            try:
                same = target.read_bytes() == data
            except OSError:
                same = False
            if same:
                report.duplicates.append(DuplicateFile(path, target, first))
            else:
                by = f"from {first}" if first is not None else "by an earlier run"
                report.refused.append(RefusedFile(
                    path,
                    f"{path}: its SOP Instance UID {sop} is that of {target.name}, already written "
                    f"{by} with different content; one SOP Instance UID names one object, so it is "
                    "not written: correct the UID at the source and send it again"))
        if progress and not report.cancelled:
            progress(total, total, "de-identification done")
        return report


def _write_new(target: Path, data: bytes) -> bool:
    """Write ``data`` as ``target`` unless that file exists (then ``False``); never a half file.

    The bytes go to a temporary file first, then are linked into place: the link fails if the
    name is taken, so nothing is ever overwritten, even by another process writing there.
    """
    tmp = target.parent / f".deid-{secrets.token_hex(8)}.part"
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o666)  # the umask applies, as for save_as
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
        try:
            os.link(tmp, target)
        except FileExistsError:
            return False
        except OSError:  # a file system without hard links
            if target.exists():
                return False
            os.replace(tmp, target)
        return True
    finally:
        tmp.unlink(missing_ok=True)


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
        raise DeidError(f"the file is truncated: {problem}", "deid.truncated", (problem,))
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
    for d in report.duplicates:
        print(f"same     {d.source}  (identical to {d.output.name}, not written twice)")
    for r in report.refused:
        print(f"refused  {r.reason}")
    print(f"{len(report.written)} written, {len(report.duplicates)} duplicate(s), "
          f"{len(report.needs_confirmation)} held, {len(report.refused)} refused")
    return 0 if not report.refused else 1
