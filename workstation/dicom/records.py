"""Plain records exchanged by the catalog and the series loader, and the header reader.

The header reader (:func:`read_instance`) is the only place that turns a DICOM file into catalog
data. It reads the header with pydicom (pixel data deferred, never loaded), checks the file is
complete, and records everything the loader needs to assemble a volume without re-reading headers:
geometry, rescale, pixel layout and -- for uncompressed little-endian files -- the byte offset of
the pixel data so that it can be read straight into a preallocated array.
"""

from __future__ import annotations

import os
import warnings
from dataclasses import dataclass, field
from pathlib import Path

import msgspec
import pydicom
from pydicom.errors import InvalidDicomError
from pydicom.uid import ExplicitVRLittleEndian, ImplicitVRLittleEndian

#: transfer syntaxes whose pixel data sits in the file as raw little-endian samples
NATIVE_LE = {str(ExplicitVRLittleEndian), str(ImplicitVRLittleEndian)}

MEDIA_STORAGE_DIRECTORY = "1.2.840.10008.1.3.10"
DEFLATED = "1.2.840.10008.1.2.1.99"


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


def _pixel_extent(path: Path, ds, size: int) -> tuple[int, int]:
    """Check the pixel data is complete; return (offset, length) of native data or (-1, 0)."""
    if "PixelData" not in ds and "FloatPixelData" not in ds and "DoubleFloatPixelData" not in ds:
        return -1, 0
    elem = ds.get_item(0x7FE00010, keep_deferred=True) if "PixelData" in ds else None
    tell = getattr(elem, "value_tell", None)
    length = getattr(elem, "length", None)
    if elem is None or tell is None:
        return -1, 0
    if length == 0xFFFFFFFF:  # encapsulated: walk the items up to the sequence delimiter
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
    ts = str(ds.file_meta.get("TransferSyntaxUID", ""))
    if ts != DEFLATED and tell + length > size:
        raise RejectedFile(f"truncated: pixel data needs {length} bytes, the file holds {size - tell}")
    rows, cols = _int(ds, "Rows") or 0, _int(ds, "Columns") or 0
    frames = _int(ds, "NumberOfFrames") or 1
    spp = _int(ds, "SamplesPerPixel") or 1
    bits = _int(ds, "BitsAllocated") or 16
    expected = (rows * cols * frames * spp * bits + 7) // 8
    if ts in NATIVE_LE or ts == "1.2.840.10008.1.2.2":
        if length < expected:
            raise RejectedFile(f"truncated: pixel data holds {length} bytes, the image needs {expected}")
    if ts in NATIVE_LE and bits in (8, 16, 32):
        return tell, length
    return -1, 0


def read_header(path: str | os.PathLike) -> pydicom.Dataset:
    """Read a DICOM header with the pixel data deferred; raise RejectedFile with a reason."""
    path = Path(path)
    try:
        size = path.stat().st_size
    except OSError as exc:
        raise RejectedFile(f"cannot read: {exc.strerror}") from exc
    if size == 0:
        raise RejectedFile("empty file")
    try:
        with warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter("always")
            ds = pydicom.dcmread(path, defer_size=1024)
    except InvalidDicomError:
        raise RejectedFile("not a DICOM file (no DICM preamble)") from None
    except EOFError as exc:
        raise RejectedFile(f"truncated: {exc}") from None
    except Exception as exc:  # pydicom raises many types for damaged headers
        raise RejectedFile(f"corrupt header: {type(exc).__name__}: {exc}") from None
    for w in caught:
        text = str(w.message)
        if "End of file" in text or "truncat" in text.lower() or "not enough" in text.lower():
            raise RejectedFile(f"truncated or corrupt: {text}")
    ds._silkbridge_size = size
    return ds


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
    ds = read_header(path)
    sop_class = str(ds.file_meta.get("MediaStorageSOPClassUID", "")) or _text(ds, "SOPClassUID")
    if sop_class == MEDIA_STORAGE_DIRECTORY or "DirectoryRecordSequence" in ds:
        raise RejectedFile("a DICOMDIR index, not an image (import its folder or the DICOMDIR itself)")
    return instance_from_header(path, ds), ds


def header_text(ds, keyword: str) -> str:
    return _text(ds, keyword)
