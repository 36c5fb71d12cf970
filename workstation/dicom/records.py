"""Plain records exchanged by the catalog and the series loader, and the header reader.

The header reader (:func:`read_instance`) is the only place that turns a DICOM file into catalog
data. It reads the header with pydicom (pixel data deferred, never loaded), checks the file is
complete and every element readable, that an image's pixel data is there with the length its
header promises (the catalog then decodes the first compressed frame), and records everything the loader needs to assemble a volume without re-reading headers:
geometry, rescale, pixel layout and -- for uncompressed little-endian files -- the byte offset of
the pixel data so that it can be read straight into a preallocated array.
"""

from __future__ import annotations

import functools
import os
import warnings
from dataclasses import dataclass, field
from pathlib import Path

import msgspec
import pydicom
from pydicom.errors import InvalidDicomError
from pydicom.pixels import get_decoder
from pydicom.pixels.utils import get_expected_length
from pydicom.uid import UID, ExplicitVRBigEndian, ExplicitVRLittleEndian, ImplicitVRLittleEndian
from pydicom.valuerep import VR

#: transfer syntaxes whose pixel data sits in the file as raw little-endian samples
NATIVE_LE = {str(ExplicitVRLittleEndian), str(ImplicitVRLittleEndian)}

MEDIA_STORAGE_DIRECTORY = "1.2.840.10008.1.3.10"
DEFLATED = "1.2.840.10008.1.2.1.99"
VR_NAMES = frozenset(v.value for v in VR)
#: bytes per value of the binary VRs pydicom unpacks (a length that is not a multiple cannot be read)
STRUCT_SIZES = {"AT": 4, "FL": 4, "FD": 8, "SL": 4, "SS": 2, "SV": 8, "UL": 4, "US": 2, "UV": 8}
#: every element the import reads from a header (records and the catalog rows)
READ_KEYWORDS = (
    "SpecificCharacterSet", "SOPClassUID", "SOPInstanceUID", "StudyInstanceUID", "SeriesInstanceUID",
    "PatientID", "PatientName", "PatientBirthDate", "PatientSex", "StudyDate", "StudyTime",
    "StudyDescription", "AccessionNumber", "InstitutionName", "Modality", "SeriesNumber",
    "SeriesDescription", "InstanceNumber", "ImagePositionPatient", "ImageOrientationPatient",
    "PixelSpacing", "SliceThickness", "Rows", "Columns", "NumberOfFrames", "SamplesPerPixel",
    "PhotometricInterpretation", "BitsAllocated", "BitsStored", "PixelRepresentation", "RescaleSlope",
    "RescaleIntercept", "EchoNumbers", "TemporalPositionIdentifier", "AcquisitionNumber",
)
READ_TAGS = tuple(pydicom.tag.Tag(pydicom.datadict.tag_for_keyword(k)) for k in READ_KEYWORDS)


class RejectedFile(Exception):
    """A file that cannot be imported; ``str(exc)`` is the reason shown to the user."""


class StudyRecord(msgspec.Struct, frozen=True):
    patient_name: str
    patient_id: str
    patient_birth_date: str
    patient_sex: str
    study_uid: str
    study_date: str
    study_description: str
    modalities: tuple[str, ...]
    n_series: int
    n_images: int


class SeriesRecord(msgspec.Struct, frozen=True):
    series_uid: str
    study_uid: str
    modality: str
    series_number: int | None
    series_description: str
    n_images: int
    rows: int
    columns: int


class InstanceRecord(msgspec.Struct, frozen=True):
    path: str
    sop_uid: str
    series_uid: str
    study_uid: str
    sop_class_uid: str
    instance_number: int | None
    image_position: tuple[float, float, float] | None
    image_orientation: tuple[float, float, float, float, float, float] | None
    pixel_spacing: tuple[float, float] | None
    slice_thickness: float | None
    rows: int
    cols: int
    frames: int
    samples_per_pixel: int
    photometric: str
    bits_allocated: int
    bits_stored: int
    pixel_representation: int
    rescale_slope: float
    rescale_intercept: float
    transfer_syntax: str
    #: byte offset/length of the raw pixel data in the file; -1 unless native little endian
    pixel_offset: int = -1
    pixel_length: int = 0
    #: stacking hints for series holding several images at the same position
    echo_number: int | None = None
    temporal_position: int | None = None
    acquisition_number: int | None = None

    @property
    def has_pixels(self) -> bool:
        return self.rows > 0 and self.cols > 0


@dataclass
class ImportReport:
    imported: int = 0
    duplicates: int = 0
    rejected: list[tuple[str, str]] = field(default_factory=list)
    cancelled: bool = False

    def summary(self) -> str:
        text = f"imported {self.imported}, duplicates {self.duplicates}, rejected {len(self.rejected)}"
        return text + (" (cancelled)" if self.cancelled else "")

    def rejected_lines(self, limit: int = 20, width: int = 160) -> list[str]:
        """The first ``limit`` rejected files as "folder/file: reason" lines for a report on screen,
        then how many more there are (the reasons are the core's, in English, like its errors)."""
        lines = []
        for name, reason in self.rejected[:limit]:
            short = "/".join(name.replace("\\", "/").rstrip("/").split("/")[-2:])
            line = f"{short}: {' '.join(reason.split())}"  # one line per file, whatever the reason holds
            lines.append(line if len(line) <= width else line[:width - 1] + "…")
        if len(self.rejected) > limit:
            lines.append(f"… and {len(self.rejected) - limit} more")
        return lines


# -- header reading ---------------------------------------------------------------------------

def _text(ds, keyword: str) -> str:
    value = ds.get(keyword)
    if value is None:
        return ""
    if isinstance(value, (list, tuple, pydicom.multival.MultiValue)):
        return "\\".join(str(v) for v in value)
    return str(value).strip()


def _int(ds, keyword: str) -> int | None:
    value = ds.get(keyword)
    try:
        return int(value) if value not in (None, "") else None
    except (TypeError, ValueError):
        return None


def _floats(ds, keyword: str, n: int):
    value = ds.get(keyword)
    if value is None:
        return None
    try:
        values = tuple(float(v) for v in value)
    except (TypeError, ValueError):
        return None
    return values if len(values) == n else None


def _float(ds, keyword: str, default: float | None) -> float | None:
    value = ds.get(keyword)
    try:
        return float(value) if value not in (None, "") else default
    except (TypeError, ValueError):
        return default


def _tag_name(tag) -> str:
    keyword = pydicom.datadict.keyword_for_tag(tag)
    return f"({tag.group:04X},{tag.element:04X})" + (f" {keyword}" if keyword else "")


@functools.lru_cache(maxsize=4096)
def _struct_size(vr: str | None, tag: int) -> int | None:
    """Bytes per value of a binary VR pydicom unpacks with struct (None for any other VR)."""
    if vr is None:  # implicit VR: the dictionary's
        try:
            vr = pydicom.datadict.dictionary_VR(tag)
        except KeyError:
            return None
    sizes = {STRUCT_SIZES.get(v.strip()) for v in vr.split(" or ")}
    return sizes.pop() if len(sizes) == 1 else None


def _check_elements(ds, size: int | None) -> None:
    """Check every element of a dataset can be read, so that no later read can raise.

    pydicom converts raw bytes to values on first access: a damaged element (unknown VR, a value
    whose length does not fit its VR) raises wherever it happens to be read first. Here, without
    decoding (an import stays as fast as before): every VR must be one DICOM defines, every binary
    value a whole number of values, every large deferred value inside the file. Then the elements
    the import reads (:data:`READ_KEYWORDS`) are decoded, each under a guard that names it.
    """
    for tag in list(ds.keys()):
        raw = ds.get_item(tag, keep_deferred=True)  # as read: neither decoded nor loaded here
        if not getattr(raw, "is_raw", False):
            continue
        if raw.VR is not None and raw.VR not in VR_NAMES:
            raise RejectedFile(f"unknown value representation {raw.VR!r} in {_tag_name(tag)}")
        tell, length = raw.value_tell, raw.length
        if length == 0xFFFFFFFF:
            continue
        if size is not None and tell is not None and tell + length > size:
            raise RejectedFile(f"truncated or corrupt: {_tag_name(tag)} claims {length} bytes, "
                               f"the file holds {max(size - tell, 0)} after it")
        unit = _struct_size(raw.VR, tag) if raw.VR is None or raw.VR in STRUCT_SIZES else None
        if unit and length % unit:
            vr = raw.VR or pydicom.datadict.dictionary_VR(tag)
            raise RejectedFile(f"unreadable element {_tag_name(tag)}: {length} bytes is not a whole number "
                               f"of {vr} values ({unit} bytes each)")
    for tag in READ_TAGS:
        if tag in ds:
            try:
                ds[tag]
            except Exception as exc:  # pydicom raises many types for damaged values
                detail = str(exc).splitlines()[0] if str(exc) else type(exc).__name__
                raise RejectedFile(f"unreadable element {_tag_name(tag)}: {detail}") from None


#: storage classes that carry Rows/Columns without Pixel Data
NO_PIXEL_DATA_CLASSES = frozenset({"MR Spectroscopy Storage"})


def _is_image(ds) -> bool:
    """An object that must hold pixel data: an image (or video) storage class, or -- for other and
    unknown classes -- one with Rows/Columns (an RT dose grid, a segmentation...)."""
    sop = _text(ds, "SOPClassUID") or str(ds.file_meta.get("MediaStorageSOPClassUID", ""))
    name = UID(sop).name if sop else ""
    if "Image" in name or "Video" in name:
        return True
    if name in NO_PIXEL_DATA_CLASSES:
        return False
    return "Rows" in ds or "Columns" in ds


IMAGE_PIXEL_NUMBERS = ("Rows", "Columns", "BitsAllocated", "BitsStored", "SamplesPerPixel", "NumberOfFrames",
                       "PixelRepresentation")


def _check_image_header(ds) -> None:
    """The Image Pixel module values the decoders need, each within what DICOM allows."""
    problems = [f"{k} {ds[k].value!r}" for k in IMAGE_PIXEL_NUMBERS
                if k in ds and ds[k].value not in (None, "") and _int(ds, k) is None]
    rows, cols = _int(ds, "Rows") or 0, _int(ds, "Columns") or 0
    bits, stored = _int(ds, "BitsAllocated"), _int(ds, "BitsStored")
    spp, frames = _int(ds, "SamplesPerPixel") or 1, _int(ds, "NumberOfFrames") or 1
    if rows <= 0 or cols <= 0:
        problems.append(f"Rows x Columns {rows} x {cols}")
    if bits not in (1, 8, 16, 32, 64):
        problems.append(f"BitsAllocated {bits}")
    elif stored is not None and not 1 <= stored <= bits:
        problems.append(f"BitsStored {stored} with BitsAllocated {bits}")
    if spp not in (1, 3, 4):
        problems.append(f"SamplesPerPixel {spp}")
    if frames < 1:
        problems.append(f"NumberOfFrames {frames}")
    if _int(ds, "PixelRepresentation") not in (None, 0, 1):
        problems.append(f"PixelRepresentation {_int(ds, 'PixelRepresentation')}")
    if not _text(ds, "PhotometricInterpretation"):
        problems.append("no PhotometricInterpretation")
    if problems:
        raise RejectedFile("cannot be shown: invalid image header (" + ", ".join(dict.fromkeys(problems)) + ")")


def _check_transfer_syntax(ts: str) -> None:
    if not ts:
        raise RejectedFile("cannot be shown: the file does not say how its pixel data is encoded "
                           "(no transfer syntax)")
    uid = UID(ts)
    if not uid.is_transfer_syntax:
        raise RejectedFile(f"cannot be shown: unknown transfer syntax {ts!r}")
    try:
        decoder = get_decoder(uid)
    except NotImplementedError:
        raise RejectedFile(f"cannot be shown: no decoder for pixel data in {uid.name}") from None
    if not decoder.is_available:
        raise RejectedFile(f"cannot be shown: the decoder for {uid.name} is not installed")


def _pixel_extent(path: Path, ds, size: int) -> tuple[int, int]:
    """Check the pixel data is there and complete; return (offset, length) of native data or (-1, 0).

    Arithmetic on the header only (no decoding): native data must hold exactly what Rows, Columns,
    frames, samples and bits need (plus the padding byte of an odd length); compressed data must
    be a well-formed item sequence inside the file. Decoding the first compressed frame is the
    catalog's job (:mod:`workstation.dicom.pixels` reads it).
    """
    has_pixels = "PixelData" in ds or "FloatPixelData" in ds or "DoubleFloatPixelData" in ds
    if not has_pixels:
        if _is_image(ds):
            raise RejectedFile("cannot be shown: an image without pixel data")
        return -1, 0
    if "PixelData" not in ds:
        return -1, 0  # float pixel data (parametric maps): catalogued, not shown as an image
    elem = ds.get_item(0x7FE00010, keep_deferred=True)
    tell = getattr(elem, "value_tell", None)
    length = getattr(elem, "length", None)
    ts = str(ds.file_meta.get("TransferSyntaxUID", ""))
    _check_image_header(ds)
    _check_transfer_syntax(ts)
    if tell is None or length is None:
        raise RejectedFile("corrupt: the pixel data cannot be located in the file")
    encapsulated = UID(ts).is_encapsulated
    if length == 0xFFFFFFFF:  # encapsulated: walk the items up to the sequence delimiter
        if not encapsulated:
            raise RejectedFile(f"corrupt: compressed (undefined length) pixel data in {UID(ts).name}")
        with open(path, "rb") as f:
            f.seek(tell)
            pos = tell
            while True:
                head = f.read(8)
                if len(head) < 8:
                    raise RejectedFile("truncated: the compressed pixel data ends before its delimiter")
                group = int.from_bytes(head[0:2], "little")
                elem_no = int.from_bytes(head[2:4], "little")
                item_len = int.from_bytes(head[4:8], "little")
                if (group, elem_no) == (0xFFFE, 0xE0DD):
                    return -1, 0
                if (group, elem_no) != (0xFFFE, 0xE000):
                    raise RejectedFile("corrupt: invalid item in the compressed pixel data")
                pos += 8 + item_len
                if pos > size:
                    raise RejectedFile("truncated: a compressed frame runs past the end of the file")
                f.seek(pos)
    if encapsulated:
        raise RejectedFile(f"corrupt: {UID(ts).name} pixel data must be encapsulated (undefined length)")
    if ts != DEFLATED and tell + length > size:
        raise RejectedFile(f"truncated: pixel data needs {length} bytes, the file holds {max(size - tell, 0)}")
    if ts != DEFLATED:
        try:
            expected = get_expected_length(ds, "bytes")
        except Exception as exc:
            raise RejectedFile(f"cannot be shown: invalid image header ({exc})") from None
        if length < expected:
            raise RejectedFile(f"truncated: pixel data holds {length} bytes, the image needs {expected}")
        frame_bytes = expected // max(_int(ds, "NumberOfFrames") or 1, 1)
        if length - expected >= max(frame_bytes, 2):  # trailing padding is ignored, a whole frame is not
            raise RejectedFile(f"corrupt: pixel data holds {length} bytes, Rows x Columns x frames x samples "
                               f"x bits need {expected}")
    bits = _int(ds, "BitsAllocated") or 16
    if ts in NATIVE_LE and bits in (8, 16, 32):
        return tell, length
    return -1, 0


def _infer_transfer_syntax(ds) -> str:
    """The transfer syntax pydicom found the dataset in, for files that do not name theirs."""
    implicit, little = getattr(ds, "original_encoding", (None, None))
    if implicit is None:
        return ""
    if implicit:
        return str(ImplicitVRLittleEndian)
    return str(ExplicitVRLittleEndian) if little else str(ExplicitVRBigEndian)


def _looks_like_dicom(ds) -> bool:
    """A dataset read without the DICM marker counts only if it carries valid identifying UIDs."""
    keys = list(ds.keys())
    if not keys or keys != sorted(keys) or keys[0].group < 0x0008:  # command/meta groups: not a dataset
        return False
    for keyword in ("SOPClassUID", "SOPInstanceUID", "StudyInstanceUID", "SeriesInstanceUID"):
        tag = pydicom.datadict.tag_for_keyword(keyword)
        raw = ds.get_item(tag, keep_deferred=True) if tag in ds else None
        if raw is None or getattr(raw, "VR", "UI") not in ("UI", None):
            return False
        try:
            if not UID(str(ds[tag].value).strip()).is_valid:
                return False
        except Exception:
            return False
    return True


def read_header(path: str | os.PathLike) -> pydicom.Dataset:
    """Read a DICOM header with the pixel data deferred; raise RejectedFile with a reason.

    Every element is checked here, under one guard (:func:`_check_elements`), so that nothing the
    import reads later can raise. Files without the 128-byte preamble and "DICM" marker (or without file meta)
    are read the way dcmtk and pydicom's ``force=True`` read them, and kept only when what was read
    really is a DICOM dataset (ascending tags, valid class/instance/study/series UIDs): a text or
    random file stays "not a DICOM file". Such a dataset is flagged ``_silkbridge_rewrite``: the
    catalog stores a conformant copy (:func:`conformant_copy`) in the transfer syntax it was found in.
    """
    path = Path(path)
    try:
        size = path.stat().st_size
    except OSError as exc:
        raise RejectedFile(f"cannot read: {exc.strerror}") from exc
    if size == 0:
        raise RejectedFile("empty file")
    forced = False
    try:
        with warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter("always")
            try:
                ds = pydicom.dcmread(path, defer_size=1024)
            except InvalidDicomError:
                forced = True
                ds = pydicom.dcmread(path, defer_size=1024, force=True)
    except Exception as exc:  # pydicom raises many types for damaged headers
        if isinstance(exc, OSError) and exc.errno:  # the disk or the permissions, not the content
            raise RejectedFile(f"cannot read: {exc.strerror}") from None
        if forced:
            raise RejectedFile("not a DICOM file") from None
        if isinstance(exc, EOFError):
            raise RejectedFile(f"truncated: {exc}") from None
        raise RejectedFile(f"corrupt header: {type(exc).__name__}: {exc}") from None
    if forced and not _looks_like_dicom(ds):
        raise RejectedFile("not a DICOM file")
    for w in caught:
        text = str(w.message)
        if "End of file" in text or "truncat" in text.lower() or "not enough" in text.lower():
            raise RejectedFile(f"truncated or corrupt: {text}")
    misplaced = [tag for tag in ds.keys() if tag.group == 0x0002]
    if misplaced:
        raise RejectedFile(f"corrupt file meta header: {_tag_name(misplaced[0])} found inside the dataset")
    _check_elements(ds.file_meta, size)
    # deflated datasets are read from an inflated copy: positions are not file offsets
    _check_elements(ds, None if str(ds.file_meta.get("TransferSyntaxUID", "")) == DEFLATED else size)
    if not str(ds.file_meta.get("TransferSyntaxUID", "")):
        inferred = _infer_transfer_syntax(ds)
        if inferred:
            ds.file_meta.TransferSyntaxUID = inferred
            forced = True
    ds._silkbridge_size = size
    ds._silkbridge_rewrite = forced
    return ds


def conformant_copy(ds: pydicom.Dataset, dest: str | os.PathLike) -> None:
    """Write a dataset read without preamble/file meta as a conformant DICOM file."""
    meta = ds.file_meta
    meta.MediaStorageSOPClassUID = _text(ds, "SOPClassUID")
    meta.MediaStorageSOPInstanceUID = _text(ds, "SOPInstanceUID")
    ts = UID(str(meta.TransferSyntaxUID))
    ds.save_as(dest, enforce_file_format=True, implicit_vr=ts.is_implicit_VR, little_endian=ts.is_little_endian)


def instance_from_header(path: str | os.PathLike, ds: pydicom.Dataset) -> InstanceRecord:
    """Catalog data of one file; raises RejectedFile when the file is unusable."""
    path = Path(path)
    sop_uid = _text(ds, "SOPInstanceUID") or str(ds.file_meta.get("MediaStorageSOPInstanceUID", ""))
    missing = [k for k, v in (("SOPInstanceUID", sop_uid), ("StudyInstanceUID", _text(ds, "StudyInstanceUID")),
                              ("SeriesInstanceUID", _text(ds, "SeriesInstanceUID"))) if not v]
    if missing:
        raise RejectedFile(f"incomplete DICOM header (truncated?): missing {', '.join(missing)}")
    size = getattr(ds, "_silkbridge_size", None) or path.stat().st_size
    try:
        offset, length = _pixel_extent(path, ds, size)
    except RejectedFile:
        raise
    except Exception as exc:
        raise RejectedFile(f"corrupt pixel data: {exc}") from None
    iop = _floats(ds, "ImageOrientationPatient", 6)
    ipp = _floats(ds, "ImagePositionPatient", 3)
    spacing = _floats(ds, "PixelSpacing", 2)
    return InstanceRecord(
        path=str(path),
        sop_uid=sop_uid,
        series_uid=_text(ds, "SeriesInstanceUID"),
        study_uid=_text(ds, "StudyInstanceUID"),
        sop_class_uid=_text(ds, "SOPClassUID"),
        instance_number=_int(ds, "InstanceNumber"),
        image_position=ipp,
        image_orientation=iop,
        pixel_spacing=spacing,
        slice_thickness=_float(ds, "SliceThickness", None),
        rows=_int(ds, "Rows") or 0 if "PixelData" in ds else 0,
        cols=_int(ds, "Columns") or 0 if "PixelData" in ds else 0,
        frames=_int(ds, "NumberOfFrames") or 1,
        samples_per_pixel=_int(ds, "SamplesPerPixel") or 1,
        photometric=_text(ds, "PhotometricInterpretation"),
        bits_allocated=_int(ds, "BitsAllocated") or 0,
        bits_stored=_int(ds, "BitsStored") or _int(ds, "BitsAllocated") or 0,
        pixel_representation=_int(ds, "PixelRepresentation") or 0,
        rescale_slope=_float(ds, "RescaleSlope", 1.0) or 1.0,
        rescale_intercept=_float(ds, "RescaleIntercept", 0.0) or 0.0,
        transfer_syntax=str(ds.file_meta.get("TransferSyntaxUID", "")),
        pixel_offset=offset,
        pixel_length=length,
        echo_number=_int(ds, "EchoNumbers"),
        temporal_position=_int(ds, "TemporalPositionIdentifier"),
        acquisition_number=_int(ds, "AcquisitionNumber"),
    )


def read_instance(path: str | os.PathLike) -> tuple[InstanceRecord, pydicom.Dataset]:
    """Header and catalog record of one file; any problem is a RejectedFile with its reason."""
    try:
        ds = read_header(path)
        sop_class = str(ds.file_meta.get("MediaStorageSOPClassUID", "")) or _text(ds, "SOPClassUID")
        if sop_class == MEDIA_STORAGE_DIRECTORY or "DirectoryRecordSequence" in ds:
            raise RejectedFile("a DICOMDIR index, not an image (import its folder or the DICOMDIR itself)")
        return instance_from_header(path, ds), ds
    except RejectedFile:
        raise
    except Exception as exc:  # the last guard: one bad file never stops an import
        raise RejectedFile(f"unreadable: {type(exc).__name__}: {exc}") from None


def header_text(ds, keyword: str) -> str:
    return _text(ds, keyword)
