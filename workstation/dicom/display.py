"""2-D display pipeline: one DICOM image frame -> display-ready uint8 pixels, as dcmtk shows it.

Qt-free and VTK-free: the reading room's 2-D viewer and ``python -m workstation render-png`` both
use it, so what is written to a PNG is what is on screen.

The grey pipeline is the standard's (PS3.3 C.11, PS3.4 N.2), each step done by pydicom's
``pydicom.pixels`` processing functions:

* Modality LUT (Rescale Slope/Intercept or the Modality LUT Sequence): ``apply_modality_lut``;
* VOI: an explicit window from the user, else the file's VOI LUT Sequence (``apply_voi``), else its
  first Window Center/Width with its VOI LUT Function (LINEAR, LINEAR_EXACT, SIGMOID;
  ``apply_windowing``), else the minimum-maximum window of the frame (dcmtk ``+Wm``);
* Presentation: MONOCHROME1, or Presentation LUT Shape INVERSE, is shown inverted (white = low);
* integer frames are mapped through a lookup table built over their value range (the functions
  run on ``arange(min, max + 1)``), so a 2,500 x 3,000 radiograph costs one table look-up.

Colour: RGB and YBR_* are decoded to RGB by pydicom (``as_rgb``), PALETTE COLOR goes through
``apply_color_lut``; more than 8 bits per sample are scaled to 8.

Geometry: pixel row 0 is the top, column 0 the left -- never mirrored. Orientation labels come
from Patient Orientation (0020,0020), else from the Image Orientation (Patient) direction cosines
when the file has them; none otherwise (a radiograph is not an axial slice). Calibration is Pixel
Spacing, else Imager Pixel Spacing ("at the detector", divided by the Estimated Radiographic
Magnification Factor when given), else none ("uncalibrated"); zero or malformed values count as
absent. Pixel Aspect Ratio gives the pixels' shape when no spacing does. Ultrasound images carry
their own calibration per region (:mod:`workstation.dicom.usregions`).
"""

from __future__ import annotations

import logging
import os
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np
import pydicom
from pydicom.dataset import Dataset
from pydicom.pixels import apply_color_lut, apply_modality_lut, apply_voi, apply_windowing

from workstation.dicom.pixels import decode_pixels
from workstation.dicom.usregions import ultrasound_regions

log = logging.getLogger(__name__)

UINT8_MAX = 255
MAX_LUT_ENTRIES = 1 << 20  # integer frames with a wider value range are windowed directly

# SOP classes whose images are projections, photos or cine loops: never stacked into a volume.
_SOP = "1.2.840.10008.5.1.4.1.1."
_PROJECTION_PREFIXES = (_SOP + "1.",  # DX, MG, IO (and their "for processing" classes)
                        _SOP + "12.",  # XA, RF
                        _SOP + "3.", _SOP + "6.",  # ultrasound (retired and current)
                        _SOP + "7.",  # multi-frame secondary capture
                        _SOP + "77.")  # visible light: endoscopy, photographs, microscopy
_PROJECTION_EXACT = {_SOP + "1", _SOP + "7"}  # CR, secondary capture

_OPPOSITE = {"L": "R", "R": "L", "A": "P", "P": "A", "H": "F", "F": "H"}
_LPS_LETTERS = (("L", "R"), ("P", "A"), ("H", "F"))  # + and - along L, P, S


class DisplayError(ValueError):
    """The image cannot be displayed; the message says why (shown to the user)."""


def is_projection_class(sop_class_uid: str) -> bool:
    uid = (sop_class_uid or "").strip()
    return uid in _PROJECTION_EXACT or uid.startswith(_PROJECTION_PREFIXES)


@dataclass
class VoiPreset:
    label: str
    center: float | None = None  # None: a VOI LUT Sequence item
    width: float | None = None
    function: str = "LINEAR"
    lut_index: int | None = None


@dataclass
class Calibration:
    kind: str  # "patient", "detector" or "uncalibrated"
    row_mm: float | None = None  # spacing between rows (vertical) in mm
    col_mm: float | None = None
    #: Estimated Radiographic Magnification Factor (0018,1114) of a "detector" calibration: the
    #: distance in the patient is the distance at the detector divided by it.
    magnification: float | None = None
    #: Pixel Aspect Ratio (0028,0034) as (vertical, horizontal) when no spacing gives the shape.
    aspect_ratio: tuple[float, float] | None = None

    @property
    def aspect(self) -> float:
        """Height / width of a pixel: from the spacing, else Pixel Aspect Ratio, else 1."""
        if self.kind != "uncalibrated" and self.row_mm and self.col_mm:
            return self.row_mm / self.col_mm
        if self.aspect_ratio is not None:
            return self.aspect_ratio[0] / self.aspect_ratio[1]
        return 1.0

    @property
    def mm_per_pixel(self) -> tuple[float, float] | None:
        """(row, column) spacing in mm at the patient -- the detector spacing corrected by the
        magnification factor when the file gives one -- or None when uncalibrated."""
        if self.kind == "uncalibrated":
            return None
        m = self.magnification if self.kind == "detector" and self.magnification else 1.0
        return self.row_mm / m, self.col_mm / m

    @property
    def note(self) -> str:
        if self.kind == "patient":
            return f"{self.col_mm:.3g} x {self.row_mm:.3g} mm/pixel"
        if self.kind == "detector":
            if self.magnification:
                return (f"{self.col_mm:.3g} x {self.row_mm:.3g} mm/pixel at detector, divided by the estimated "
                        f"magnification factor {self.magnification:.4g}")
            return f"{self.col_mm:.3g} x {self.row_mm:.3g} mm/pixel at detector (not corrected for magnification)"
        return "uncalibrated: measurements in pixels"


@dataclass
class ImageHeader:
    """What the 2-D viewer shows about one image file besides its pixels."""

    path: str
    rows: int
    cols: int
    frames: int
    photometric: str
    colour: bool
    modality: str
    presets: list[VoiPreset]
    labels: dict[str, str]  # edge ("left", "right", "top", "bottom") -> anatomical letters
    calibration: Calibration
    frame_time_ms: float | None
    inverted: bool  # MONOCHROME1 or Presentation LUT Shape INVERSE
    meta: dict[str, str] = field(default_factory=dict)
    sop_instance_uid: str = ""
    #: Sequence of Ultrasound Regions (workstation.dicom.usregions.UltrasoundRegion), in file order.
    regions: list = field(default_factory=list)


@dataclass
class DisplayFrame:
    pixels: np.ndarray  # uint8, (rows, cols) grey or (rows, cols, 3) RGB; row 0 = top
    header: ImageHeader
    frame: int
    window: tuple[float, float] | None  # (center, width) applied, None for a LUT / colour
    value_range: tuple[float, float] | None = None  # modality values of this frame (grey)
    note: str = ""  # what could not be applied as the file asks (shown to the user)


# -- header -----------------------------------------------------------------------------------

def _floats(value, n: int) -> list[float] | None:
    try:
        values = [float(v) for v in (value if isinstance(value, (list, tuple, pydicom.multival.MultiValue))
                                     else [value])]
    except (TypeError, ValueError):
        return None
    if len(values) != n or not all(np.isfinite(values)):
        return None
    return values


def calibration_of(ds: Dataset) -> Calibration:
    """Pixel Spacing, else Imager Pixel Spacing ("detector", with the Estimated Radiographic
    Magnification Factor when the file gives one), else uncalibrated; Pixel Aspect Ratio is kept
    for the pixels' shape when there is no spacing. Zero or malformed values count as absent."""
    ratio = _floats(ds.get("PixelAspectRatio"), 2)
    if ratio is not None and min(ratio) <= 0:
        ratio = None
    for keyword, kind in (("PixelSpacing", "patient"), ("ImagerPixelSpacing", "detector")):
        values = _floats(ds.get(keyword), 2)
        if values is None:
            for group in ("SharedFunctionalGroupsSequence",):  # enhanced objects
                item = ds.get(group)
                measures = item[0].get("PixelMeasuresSequence") if item else None
                if measures and keyword == "PixelSpacing":
                    values = _floats(measures[0].get("PixelSpacing"), 2)
        if values is not None and min(values) > 0:
            magnification = None
            if kind == "detector":
                factor = _floats(ds.get("EstimatedRadiographicMagnificationFactor"), 1)
                magnification = factor[0] if factor and factor[0] > 0 else None
            return Calibration(kind, values[0], values[1], magnification, tuple(ratio) if ratio else None)
    return Calibration("uncalibrated", aspect_ratio=tuple(ratio) if ratio else None)


def _opposite(letters: str) -> str:
    if not letters or any(c not in _OPPOSITE for c in letters):
        return ""
    return "".join(_OPPOSITE[c] for c in letters)


def _cosine_letters(v) -> str:
    v = np.asarray(v, dtype=float)
    order = np.argsort(-np.abs(v))
    return "".join(_LPS_LETTERS[a][0 if v[a] > 0 else 1] for a in order if abs(v[a]) >= 0.25)


def orientation_labels(ds: Dataset) -> dict[str, str]:
    """Edge labels from Patient Orientation (row direction = towards the right edge, column
    direction = towards the bottom), else from Image Orientation (Patient); {} when neither."""
    po = ds.get("PatientOrientation")
    right = bottom = ""
    if po is not None:
        values = list(po) if isinstance(po, pydicom.multival.MultiValue) else [po]
        if len(values) == 2:
            right, bottom = (str(v).strip().upper() for v in values)
    if not (right and bottom):
        iop = _floats(ds.get("ImageOrientationPatient"), 6)
        if iop is None:
            return {}
        right, bottom = _cosine_letters(iop[:3]), _cosine_letters(iop[3:])
    labels = {"right": right, "bottom": bottom, "left": _opposite(right), "top": _opposite(bottom)}
    return {edge: text for edge, text in labels.items() if text}


def _text(ds: Dataset, keyword: str) -> str:
    value = ds.get(keyword)
    return "" if value is None else str(value).strip()


def voi_presets(ds: Dataset) -> list[VoiPreset]:
    """Every VOI in the file: each VOI LUT Sequence item, then each window (with its explanation)."""
    presets = []
    for i, item in enumerate(ds.get("VOILUTSequence") or []):
        if "LUTDescriptor" in item and "LUTData" in item:
            presets.append(VoiPreset(_text(item, "LUTExplanation") or f"VOI LUT {i + 1}", lut_index=i))
    centers, widths = ds.get("WindowCenter"), ds.get("WindowWidth")
    if centers is not None and widths is not None:
        centers = list(centers) if isinstance(centers, pydicom.multival.MultiValue) else [centers]
        widths = list(widths) if isinstance(widths, pydicom.multival.MultiValue) else [widths]
        explanations = ds.get("WindowCenterWidthExplanation") or []
        if not isinstance(explanations, pydicom.multival.MultiValue):
            explanations = [explanations]
        function = (_text(ds, "VOILUTFunction") or "LINEAR").upper()
        for i, (c, w) in enumerate(zip(centers, widths)):
            try:
                c, w = float(c), float(w)
            except (TypeError, ValueError):
                continue
            if not (np.isfinite(c) and np.isfinite(w)) or w <= 0:
                continue
            label = str(explanations[i]).strip() if i < len(explanations) and explanations[i] else ""
            presets.append(VoiPreset(label or f"W {w:g} L {c:g}", c, w, function))
    return presets


_VIEW_KEYWORDS = ("PhotometricInterpretation", "BitsStored", "BitsAllocated", "PixelRepresentation",
                  "RescaleSlope", "RescaleIntercept", "RescaleType", "ModalityLUTSequence", "WindowCenter",
                  "WindowWidth", "WindowCenterWidthExplanation", "VOILUTFunction", "VOILUTSequence",
                  "PresentationLUTShape")
_FRAME_GROUPS = (("PixelValueTransformationSequence", ("RescaleSlope", "RescaleIntercept", "RescaleType")),
                 ("FrameVOILUTSequence", ("WindowCenter", "WindowWidth", "WindowCenterWidthExplanation",
                                          "VOILUTFunction")))


def frame_view(ds: Dataset, frame: int = 0) -> Dataset:
    """The pixel-value attributes that apply to one frame: an enhanced (functional groups)
    object keeps its rescale and window in the Shared / Per-frame Functional Groups, which
    pydicom's LUT functions do not read; this makes a small dataset they can use."""
    shared = ds.get("SharedFunctionalGroupsSequence")
    per_frame = ds.get("PerFrameFunctionalGroupsSequence")
    if not shared and not per_frame:
        return ds
    view = Dataset()
    for keyword in _VIEW_KEYWORDS:
        if keyword in ds:
            view[keyword] = ds[keyword]
    items = [shared[0] if shared else None, per_frame[frame] if per_frame and frame < len(per_frame) else None]
    for item in items:  # per-frame values override shared ones
        for seq_name, keywords in _FRAME_GROUPS:
            seq = item.get(seq_name) if item is not None else None
            if seq:
                for keyword in keywords:
                    if keyword in seq[0]:
                        view[keyword] = seq[0][keyword]
    return view


def read_header(ds: Dataset, path: str = "") -> ImageHeader:
    if "PixelData" not in ds and "FloatPixelData" not in ds and "DoubleFloatPixelData" not in ds:
        raise DisplayError(f"{Path(path).name or 'the dataset'} holds no image (no Pixel Data)")
    try:
        rows, cols = int(ds.Rows), int(ds.Columns)
        frames = int(ds.get("NumberOfFrames") or 1)
    except (AttributeError, TypeError, ValueError) as exc:
        raise DisplayError(f"{Path(path).name}: image size unreadable ({exc})") from exc
    if rows <= 0 or cols <= 0 or frames <= 0:
        raise DisplayError(f"{Path(path).name}: empty image ({rows} x {cols}, {frames} frame(s))")
    photometric = _text(ds, "PhotometricInterpretation").upper() or "MONOCHROME2"
    shape = _text(ds, "PresentationLUTShape").upper()
    frame_time = _floats(ds.get("FrameTime"), 1)
    meta = {key: _text(ds, kw) for key, kw in (
        ("patient_name", "PatientName"), ("patient_id", "PatientID"), ("study_date", "StudyDate"),
        ("series_description", "SeriesDescription"), ("institution", "InstitutionName"),
        ("body_part", "BodyPartExamined"), ("view_position", "ViewPosition"), ("laterality", "ImageLaterality"))}
    return ImageHeader(
        path=path, rows=rows, cols=cols, frames=frames, photometric=photometric,
        colour=photometric not in ("MONOCHROME1", "MONOCHROME2"), modality=_text(ds, "Modality"),
        presets=voi_presets(frame_view(ds, 0)), labels=orientation_labels(ds), calibration=calibration_of(ds),
        frame_time_ms=frame_time[0] if frame_time and frame_time[0] > 0 else None,
        inverted=photometric == "MONOCHROME1" or shape == "INVERSE",
        meta={k: v for k, v in meta.items() if v}, sop_instance_uid=_text(ds, "SOPInstanceUID"),
        regions=ultrasound_regions(ds))


# -- pixels -----------------------------------------------------------------------------------

def _window_ds(center: float, width: float, function: str) -> Dataset:
    """A dataset holding only a window, with an 8-bit unsigned output range for apply_windowing."""
    voi = Dataset()
    voi.WindowCenter, voi.WindowWidth = float(center), float(width)
    voi.VOILUTFunction = function if function in ("LINEAR", "LINEAR_EXACT", "SIGMOID") else "LINEAR"
    voi.BitsStored, voi.PixelRepresentation = 8, 0
    voi.PhotometricInterpretation = "MONOCHROME2"  # the presentation (inversion) is applied after
    return voi


def _to_uint8(values: np.ndarray, lo: float, hi: float) -> np.ndarray:
    scale = UINT8_MAX / (hi - lo) if hi > lo else 0.0
    out = np.nan_to_num((np.asarray(values, dtype=np.float64) - lo) * scale, nan=0.0)
    return np.clip(np.rint(out), 0, UINT8_MAX).astype(np.uint8)


def _grey_map(values: np.ndarray, ds: Dataset, header: ImageHeader, window, voi_lut: int | None):
    """Modality values -> uint8 through the chosen VOI and the presentation (values: any shape).
    Returns (uint8 array, window applied or None)."""
    if window is None and voi_lut is not None:
        lut_item = ds.VOILUTSequence[voi_lut]
        bits = int(lut_item.LUTDescriptor[2])
        out = apply_voi(np.rint(values).astype(np.int64), ds, index=voi_lut)
        used = None
        grey = _to_uint8(out, 0, (1 << bits) - 1)
    else:
        center, width, function = window
        if function == "LINEAR" and width < 1:
            width = 1.0
        grey = _to_uint8(apply_windowing(values.astype(np.float64), _window_ds(center, width, function)), 0, UINT8_MAX)
        used = (float(center), float(width))
    if header.inverted:
        np.subtract(UINT8_MAX, grey, out=grey)
    return grey, used


class ImageSource:
    """One image file read once: its header, and its frames decoded on demand (the last one
    kept, so that changing the window re-maps without decoding again)."""

    def __init__(self, path: str | os.PathLike, dataset: Dataset | None = None):
        """``dataset``: the file already read (``path`` then only names it)."""
        self.path = str(path)
        if dataset is not None:
            self.ds = dataset
        else:
            try:
                self.ds = pydicom.dcmread(self.path, defer_size="1 MB")
            except Exception as exc:
                raise DisplayError(f"{Path(self.path).name}: not a readable DICOM file "
                                   f"({type(exc).__name__}: {exc})") from exc
        self.header = read_header(self.ds, self.path)
        self._frame_index: int | None = None
        self._frame: np.ndarray | None = None
        self._range: tuple[int, int] | None = None

    def stored(self, frame: int = 0) -> np.ndarray:
        """Decoded values of one frame: stored values (grey) or RGB."""
        h = self.header
        if not 0 <= frame < h.frames:
            raise DisplayError(f"{Path(self.path).name}: frame {frame + 1} asked, the image has {h.frames}")
        if frame != self._frame_index:
            try:
                arr = decode_pixels(self.ds, index=frame if h.frames > 1 else None)  # never a BaseException
            except Exception as exc:
                raise DisplayError(f"{Path(self.path).name}: cannot decode frame {frame + 1} "
                                   f"({type(exc).__name__}: {exc})") from exc
            if arr.shape[:2] != (h.rows, h.cols):
                raise DisplayError(f"{Path(self.path).name}: decoded frame is {arr.shape[:2]}, "
                                   f"the header says {h.rows} x {h.cols}")
            self._frame, self._frame_index, self._range = arr, frame, None
        return self._frame

    def modality_value(self, stored) -> float:
        """A stored grey value in modality units (HU for CT), as the probe shows it."""
        try:
            return float(apply_modality_lut(np.asarray([stored]), frame_view(self.ds, self._frame_index or 0))[0])
        except Exception:  # a malformed Modality LUT: the stored value is all there is
            return float(stored)

    def default_voi(self, frame: int = 0) -> tuple[tuple[float, float, str] | None, int | None]:
        """(window, None) or (None, VOI LUT index) as the file asks for this frame; (None, None)
        for the min-max window."""
        presets = self.header.presets if frame == 0 else voi_presets(frame_view(self.ds, frame))
        for p in presets:
            if p.lut_index is not None:
                return None, p.lut_index
            return (p.center, p.width, p.function), None
        return None, None

    def render(self, frame: int = 0, window: tuple[float, float] | None = None,
               voi_lut: int | None = None) -> DisplayFrame:
        """The frame as it is displayed: uint8 grey or RGB, row 0 at the top.

        ``window`` (center, width) in modality units overrides the file's VOI (LINEAR);
        ``voi_lut`` picks a VOI LUT Sequence item; neither: the file's default."""
        h = self.header
        arr = self.stored(frame)
        if h.colour:
            return DisplayFrame(self._colour(arr), h, frame, None)
        if arr.ndim != 2:
            raise DisplayError(f"{Path(self.path).name}: a {h.photometric} frame of shape {arr.shape}")
        if window is not None:
            voi, lut_index = (float(window[0]), float(window[1]), "LINEAR"), None
        elif voi_lut is not None:
            voi, lut_index = None, voi_lut
        else:
            voi, lut_index = self.default_voi(frame)
        note = ""
        try:
            pixels, used, value_range = self._grey(arr, voi, lut_index, frame)
        except Exception as exc:  # a malformed LUT or window in the file: say so, show the pixels
            if voi is None and lut_index is None:
                raise DisplayError(f"{Path(self.path).name}: cannot apply the Modality LUT "
                                   f"({type(exc).__name__}: {exc})") from exc
            note = f"VOI of the file unusable ({type(exc).__name__}: {exc}); min-max window shown"
            log.warning("%s: %s", self.path, note)
            try:
                pixels, used, value_range = self._grey(arr, None, None, frame)
            except Exception as exc2:
                raise DisplayError(f"{Path(self.path).name}: cannot apply the Modality LUT "
                                   f"({type(exc2).__name__}: {exc2})") from exc2
        return DisplayFrame(np.ascontiguousarray(pixels, dtype=np.uint8), self.header, frame, used, value_range, note)

    def _grey(self, arr: np.ndarray, voi, lut_index, frame: int = 0):
        h = self.header
        ds = frame_view(self.ds, frame)
        if arr.dtype.kind in "iu":
            if self._range is None:
                self._range = (int(arr.min()), int(arr.max()))
            lo, hi = self._range
        else:
            lo = hi = None
        if lo is not None and hi - lo < MAX_LUT_ENTRIES:
            if arr.dtype.kind == "u" and hi < MAX_LUT_ENTRIES:
                lo = 0  # index the table with the stored values themselves: no temporary array
            stored_values = np.arange(lo, hi + 1, dtype=np.int64)
            modality = apply_modality_lut(stored_values, ds)
            value_range = (float(np.min(modality)), float(np.max(modality)))
            if voi is None and lut_index is None:
                voi = ((value_range[0] + value_range[1]) / 2, max(value_range[1] - value_range[0], 1.0), "LINEAR_EXACT")
            table, used = _grey_map(modality, ds, h, voi, lut_index)
            pixels = np.take(table, arr if lo == 0 and arr.dtype.kind == "u" else arr.astype(np.int32) - lo)
        else:
            modality = apply_modality_lut(arr, ds).astype(np.float64)
            value_range = (float(np.nanmin(modality)), float(np.nanmax(modality)))
            if voi is None and lut_index is None:
                voi = ((value_range[0] + value_range[1]) / 2, max(value_range[1] - value_range[0], 1e-6), "LINEAR_EXACT")
            pixels, used = _grey_map(modality, ds, h, voi, lut_index)
        return pixels, used, value_range

    def _colour(self, arr: np.ndarray) -> np.ndarray:
        h = self.header
        if h.photometric == "PALETTE COLOR":
            try:
                rgb = apply_color_lut(arr, self.ds)
            except Exception as exc:
                raise DisplayError(f"{Path(self.path).name}: palette unreadable ({type(exc).__name__}: {exc})") from exc
            bits = 16 if rgb.dtype.itemsize > 1 else 8
            if bits == 16:
                descriptor = self.ds.get("RedPaletteColorLookupTableDescriptor")
                bits = int(descriptor[2]) if descriptor is not None and len(descriptor) == 3 else 16
            return _scale_bits(rgb, bits)
        if arr.ndim != 3 or arr.shape[2] != 3:
            raise DisplayError(f"{Path(self.path).name}: a {h.photometric} frame of shape {arr.shape}")
        return _scale_bits(arr, int(self.ds.get("BitsStored") or arr.dtype.itemsize * 8))


def _scale_bits(rgb: np.ndarray, bits: int) -> np.ndarray:
    if rgb.dtype == np.uint8 and bits <= 8:
        return np.ascontiguousarray(rgb)
    shift = max(0, bits - 8)
    return np.ascontiguousarray((rgb.astype(np.uint64) >> shift).clip(0, UINT8_MAX).astype(np.uint8))


def render_file(path: str | os.PathLike, frame: int = 0, window: tuple[float, float] | None = None) -> DisplayFrame:
    return ImageSource(path).render(frame, window)


# -- series -----------------------------------------------------------------------------------

def is_image_series(records) -> bool:
    """True when a series is shown as 2-D images rather than as a volume: projections, photos,
    cine loops (by SOP class), colour, single images, and images without a stackable geometry."""
    images = [r for r in records if r.has_pixels]
    if not images:
        return False
    if any(is_projection_class(r.sop_class_uid) for r in images):
        return True
    if any(r.samples_per_pixel != 1 or r.photometric not in ("MONOCHROME1", "MONOCHROME2") for r in images):
        return True
    if sum(r.frames for r in images) < 2 and images[0].sop_class_uid != "1.2.840.10008.5.1.4.1.1.4":
        return True  # (one MR image may be a Siemens MOSAIC: a whole volume, decided below)
    from workstation.dicom.assemble import SeriesError, plan_stacks  # reads enhanced headers

    try:
        stacks = plan_stacks(images)
    except (SeriesError, OSError, ValueError, AttributeError, TypeError, pydicom.errors.InvalidDicomError) as exc:
        log.info("series planned as a volume (%s: %s)", type(exc).__name__, exc)
        return False  # meant as a volume: opening it reports why it cannot be shown
    return not (stacks[0].geometry_known and len(stacks[0].frames) >= 2)


class ImageStack:
    """The images of a 2-D series, frame by frame, in instance order: the logic behind the
    2-D viewer (which frame, which window), usable without a window."""

    def __init__(self, records):
        images = sorted((r for r in records if r.has_pixels), key=lambda r: (r.instance_number or 0, r.path))
        if not images:
            raise DisplayError("the series holds no image")
        self.records = images
        self.items = [(i, f) for i, r in enumerate(images) for f in range(max(1, r.frames))]
        self.index = 0
        self.window: tuple[float, float] | None = None  # None: the file's own VOI
        self.voi_lut: int | None = None
        self._sources: dict[int, ImageSource] = {}

    def __len__(self) -> int:
        return len(self.items)

    def source(self, image: int | None = None) -> ImageSource:
        i = self.items[self.index][0] if image is None else image
        if i not in self._sources:
            if len(self._sources) > 4:
                self._sources.clear()
            self._sources[i] = ImageSource(self.records[i].path)
        return self._sources[i]

    @property
    def header(self) -> ImageHeader:
        return self.source().header

    def go(self, index: int) -> None:
        self.index = int(index) % len(self.items)

    def step(self, delta: int = 1) -> None:
        self.go(self.index + delta)

    def render(self) -> DisplayFrame:
        image, frame = self.items[self.index]
        return self.source(image).render(frame, self.window, None if self.window else self.voi_lut)
