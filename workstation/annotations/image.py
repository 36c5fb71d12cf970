"""Measurements on 2-D images: radiographs, ultrasound, photos, secondary captures, cine frames.

An annotation drawn on a 2-D image has ``sop_instance_uid`` (and ``frame_number`` for a
multi-frame image) and image points: (column, row, 0) in SCOORD form, (0, 0) being the top-left
corner of the top-left pixel. Its geometry is its kind's, exactly as on a volume: the points are
scaled to lengths by the image's calibration (:class:`ImageScale`) and handed to the kind's own
``measure`` (length, angle, area, ROI statistics over the frame's modality values); nothing here
knows a kind's geometry.

Which scale (:meth:`MeasuredImage.scale_for`):

* ultrasound with a Sequence of Ultrasound Regions: the region holding every point of the shape;
  centimetre regions give mm (Physical Delta ×10), a region in other units (a Doppler strip in
  s and cm/s) gives no length, area or angle -- its ``calibration`` says so and how far the shape
  spans along the region's axes in their own units ("Δ 0.964 s") --, outside every region the
  image is uncalibrated;
* Pixel Spacing: mm;
* Imager Pixel Spacing: mm "at detector", or divided by the Estimated Radiographic Magnification
  Factor when the file gives one (and said so);
* none: pixels ("px", "uncalibrated"); a row is Pixel Aspect Ratio columns high.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import pydicom

from ..model import Volume
from .base import Annotation, GeometryError, Measurement, kind_of

#: The plane of every 2-D image annotation in its own (column, row, 0) frame.
IMAGE_NORMAL = (0.0, 0.0, 1.0)


#: The calibration notes shown with a 2-D image measurement, English Qt-style templates (%1...);
#: the UI passes them translated (``render.annotations.measurement_label``).
AT_DETECTOR = "at detector"
MAGNIFIED = "at detector \u00f7 magnification %1"
IN_REGION = "ultrasound region %1"
OUTSIDE_REGIONS = "uncalibrated: outside the ultrasound regions"
UNCALIBRATED = "uncalibrated"
NOT_A_DISTANCE = "ultrasound region %1 measures %2: not a distance"
SPAN = "ultrasound region %1: not a distance, spans %2"
NOTE_TEMPLATES = (AT_DETECTOR, MAGNIFIED, IN_REGION, OUTSIDE_REGIONS, UNCALIBRATED, NOT_A_DISTANCE, SPAN)


def fill_note(template: str, args=()) -> str:
    """``fill_note("ultrasound region %1", ["2"])`` -> "ultrasound region 2" (%10 before %1)."""
    out = template
    for i in sorted(range(len(args)), reverse=True):
        out = out.replace(f"%{i + 1}", str(args[i]))
    return out


@dataclass(frozen=True)
class ImageScale:
    unit: str  # "mm" or "px"
    row: float  # size of a pixel's height in ``unit``
    col: float
    note_template: str = ""  # how it is calibrated (one of NOTE_TEMPLATES; "" for plain Pixel Spacing)
    note_args: tuple[str, ...] = ()
    refused: bool = False  # no length/area can be given here (the note says why)
    region: object = None  # the ultrasound region (workstation.dicom.usregions.UltrasoundRegion) it is in

    @property
    def note(self) -> str:
        return fill_note(self.note_template, self.note_args)


def is_image_annotation(ann: Annotation) -> bool:
    return bool(ann.sop_instance_uid)


class MeasuredImage:
    """One frame of a 2-D image that annotations are measured on: its calibration, its ultrasound
    regions, and (for ROI statistics) its modality values. Build it with :meth:`from_source` (the
    viewer's :class:`~workstation.dicom.display.ImageSource`) or :meth:`from_dataset`."""

    def __init__(self, header, values: np.ndarray | None = None, units: str = "", frame_number: int = 0):
        self.header = header
        self.values = values  # (rows, cols) modality values, None for colour or header-only
        self.units = units
        self.frame_number = frame_number

    @property
    def sop_instance_uid(self) -> str:
        return self.header.sop_instance_uid

    @classmethod
    def from_source(cls, source, frame: int = 0) -> "MeasuredImage":
        """From an ``ImageSource`` (frame 0-based); grey frames keep their modality values."""
        from pydicom.pixels import apply_modality_lut

        from ..dicom.display import frame_view

        h = source.header
        values = None
        if not h.colour:
            stored = source.stored(frame)
            try:
                values = np.asarray(apply_modality_lut(stored, frame_view(source.ds, frame)), dtype=np.float64)
            except Exception:  # a malformed Modality LUT: the stored values are all there is
                values = stored.astype(np.float64)
        units = "HU" if h.modality == "CT" else ""
        return cls(h, values, units, frame + 1 if h.frames > 1 else 0)

    @classmethod
    def from_dataset(cls, ds: pydicom.Dataset, frame_number: int = 0) -> "MeasuredImage":
        """From a dataset; header-only datasets (no Pixel Data) measure lengths, angles and
        areas but no ROI statistics."""
        from ..dicom.display import DisplayError, ImageSource

        if "PixelData" in ds:
            try:
                return cls.from_source(ImageSource(str(getattr(ds, "filename", "") or ""), ds),
                                       max(frame_number - 1, 0))
            except DisplayError:  # pixels that do not decode: measured without statistics
                pass
        header = read_header_only(ds)
        return cls(header, None, "", frame_number)

    def scale_for(self, points) -> ImageScale:
        """The scale of a shape whose points (or outline) are ``points`` (see the module doc)."""
        from ..dicom.usregions import region_of

        h = self.header
        if h.regions:
            region = region_of(h.regions, points)
            if region is None:
                return ImageScale("px", h.calibration.aspect, 1.0, OUTSIDE_REGIONS)
            number = str(region.index + 1)
            if region.spatial:
                row, col = region.mm_per_pixel
                return ImageScale("mm", row, col, IN_REGION, (number,))
            return ImageScale("px", 1.0, 1.0, NOT_A_DISTANCE, (number, region.describe()), refused=True,
                              region=region)
        cal = h.calibration
        mm = cal.mm_per_pixel
        if mm is None:
            return ImageScale("px", cal.aspect, 1.0, UNCALIBRATED)
        if cal.kind == "detector":
            if cal.magnification:
                return ImageScale("mm", mm[0], mm[1], MAGNIFIED, (f"{cal.magnification:.4g}",))
            return ImageScale("mm", mm[0], mm[1], AT_DETECTOR)
        return ImageScale("mm", mm[0], mm[1])

    def volume(self, scale: ImageScale) -> Volume | None:
        """The frame as a one-slice volume in the scaled frame (pixel centres at (c + 0.5, r + 0.5)
        scaled), for the kinds' ROI statistics; None without values."""
        if self.values is None:
            return None
        affine = np.diag([scale.col, scale.row, 1.0, 1.0])
        affine[:3, 3] = (0.5 * scale.col, 0.5 * scale.row, 0.0)
        return Volume(self.values[None], affine, units=self.units, modality=self.header.modality)


def read_header_only(ds: pydicom.Dataset):
    """An ImageHeader-like object for a dataset without Pixel Data (calibration, regions, UID)."""
    from types import SimpleNamespace

    from ..dicom.display import calibration_of
    from ..dicom.usregions import ultrasound_regions

    return SimpleNamespace(sop_instance_uid=str(ds.get("SOPInstanceUID", "")), calibration=calibration_of(ds),
                           regions=ultrasound_regions(ds), modality=str(ds.get("Modality", "")), colour=True,
                           frames=int(ds.get("NumberOfFrames") or 1))


def _outline_points(ann: Annotation) -> np.ndarray:
    kind = kind_of(ann)
    pts = np.asarray(ann.points, dtype=float).reshape(-1, 3)
    outline = kind.outline(ann)
    return pts if outline is None else np.vstack([pts, np.asarray(outline, dtype=float).reshape(-1, 3)])


def scaled(ann: Annotation, scale: ImageScale) -> Annotation:
    """The annotation with its points in the scale's units (mm or px), in the plane z = 0."""
    pts = np.asarray(ann.points, dtype=float).reshape(-1, 3) * (scale.col, scale.row, 1.0)
    return ann.replace(points=[tuple(float(v) for v in p) for p in pts], plane_normal=IMAGE_NORMAL)


def _spans(region, pts: np.ndarray) -> str:
    """"Δ 0.96 s, Δ 35.2 cm/s": the extent of ``pts`` along each axis of a non-spatial region
    that has a unit and a pixel size ("" when neither has)."""
    out = []
    for axis, unit, delta in ((0, region.unit_x, region.delta_x), (1, region.unit_y, region.delta_y)):
        if unit and delta > 0:
            out.append(f"\u0394 {float(np.ptp(pts[:, axis])) * delta:.3g} {unit}")
    return ", ".join(out)


def measure_on_image(ann: Annotation, image: MeasuredImage) -> Measurement:
    """The measurement of an annotation drawn on ``image`` (GeometryError when its geometry is not
    usable or it was drawn on another image)."""
    ann.validate()
    if ann.sop_instance_uid and image.sop_instance_uid and ann.sop_instance_uid != image.sop_instance_uid:
        raise GeometryError(f"annotation {ann.id} was drawn on image {ann.sop_instance_uid}, "
                            f"not {image.sop_instance_uid}")
    pts = np.asarray(ann.points, dtype=float).reshape(-1, 3)
    if np.any(np.abs(pts[:, 2]) > 1e-6):
        raise GeometryError(f"annotation {ann.id}: a point on a 2-D image has z = 0")
    kind = kind_of(ann)
    scale = image.scale_for(_outline_points(ann))
    fields = kind.measure(scaled(ann, scale), image.volume(scale))
    if scale.refused:
        fields = {k: v for k, v in fields.items() if k not in ("length_mm", "area_mm2", "angle_deg")}
        spans = _spans(scale.region, np.asarray(ann.points, dtype=float))
        if spans:  # a Doppler / M-mode strip: how far the shape reaches along its axes, in their units
            scale = ImageScale("px", 1.0, 1.0, SPAN, (scale.note_args[0], spans), refused=True, region=scale.region)
    return Measurement(annotation_id=ann.id, kind=ann.kind, text=ann.text, length_unit=scale.unit,
                       calibration=scale.note, calibration_note=(scale.note_template, *scale.note_args)
                       if scale.note_template else (), **fields)


@dataclass(frozen=True)
class ImagePoint:
    """Where a laser pointer is on a 2-D image: the image (SOP Instance UID), its frame
    (``frame_number`` as an annotation's: 1-based, 0 for a single frame) and the image point
    (column, row, 0) in SCOORD form. A pointer ``{user: (position, colour, label)}`` whose position
    is an ImagePoint is shown on that frame only, never on a volume view."""

    sop_instance_uid: str
    frame_number: int
    point: tuple[float, float, float]


def split_pointers(pointers: dict) -> tuple[dict, dict]:
    """``{user: (position, colour, label)}`` -> (those in patient mm, those on 2-D images)."""
    volume, image = {}, {}
    for user, p in pointers.items():
        (image if isinstance(p[0], ImagePoint) else volume)[user] = p
    return volume, image


def frame_number_of(header, frame: int) -> int:
    """The annotation's ``frame_number`` for 0-based ``frame`` of an image (0 for a single frame)."""
    return frame + 1 if header.frames > 1 else 0


class ImageMeasurements:
    """The 2-D viewer's annotation logic, Qt-free: which annotations lie on the frame shown and
    their measurements. The frame's :class:`MeasuredImage` is made once per (image, frame) and
    only when an annotation needs it."""

    def __init__(self):
        self._key = None
        self._image: MeasuredImage | None = None
        #: SOP Instance UIDs the annotations may name for a local image (a consult case's shared,
        #: de-identified copy -> this hospital's original): {case UID: local UID}.
        self.aliases: dict[str, str] = {}

    def image(self, source, frame: int) -> MeasuredImage:
        key = (id(source), source.path, frame)
        if key != self._key:
            self._image, self._key = MeasuredImage.from_source(source, frame), key
        return self._image

    def on_frame(self, annotations, header, frame: int) -> list[Annotation]:
        """The visible annotations drawn on this image (or its alias) and frame."""
        uid, number = header.sop_instance_uid, frame_number_of(header, frame)
        return [a for a in annotations if not a.deleted and a.sop_instance_uid
                and self.aliases.get(a.sop_instance_uid, a.sop_instance_uid) == uid and a.frame_number in (0, number)]

    def pointers_on_frame(self, pointers: dict, header, frame: int) -> dict:
        """The laser pointers on this image (or its alias) and frame, as the annotation layer takes
        them: ``{user: ((x, y, 0), colour, label)}``; those on other images, frames or volumes are
        left out."""
        uid, number = header.sop_instance_uid, frame_number_of(header, frame)
        out = {}
        for user, (pos, colour, label) in pointers.items():
            if isinstance(pos, ImagePoint) and pos.frame_number == number \
                    and self.aliases.get(pos.sop_instance_uid, pos.sop_instance_uid) == uid:
                out[user] = (tuple(float(v) for v in pos.point), colour, label)
        return out

    def measure(self, annotations, source, frame: int) -> tuple[list[Annotation], dict[str, Measurement]]:
        """(annotations on the frame, their measurements by id; a shape that cannot be measured
        is shown without)."""
        shown = self.on_frame(annotations, source.header, frame)
        out = {}
        local = source.header.sop_instance_uid
        for a in shown:
            try:
                if kind_of(a).measures:
                    out[a.id] = measure_on_image(a.replace(sop_instance_uid=local), self.image(source, frame))
            except (GeometryError, ValueError):
                pass
        return shown, out


def annotated_frames(annotations, records, aliases: dict[str, str] | None = None) -> list[tuple]:
    """The frames of a 2-D series that annotations are drawn on, in the order the annotations come:
    ``(record, frame (0-based), [annotations])``; ``records`` are the series' instance records
    (``sop_uid``, ``path``), ``aliases`` maps an annotation's SOP Instance UID (a consult case's
    shared copy) to the local one. Annotations on images not in ``records`` are left out."""
    aliases = aliases or {}
    by_uid = {r.sop_uid: r for r in records}
    out: dict[tuple, tuple] = {}
    for a in annotations:
        if a.deleted or not a.sop_instance_uid:
            continue
        rec = by_uid.get(aliases.get(a.sop_instance_uid, a.sop_instance_uid))
        if rec is None:
            continue
        key = (rec.sop_uid, max(a.frame_number - 1, 0))
        out.setdefault(key, (rec, key[1], []))[2].append(a)
    return list(out.values())
