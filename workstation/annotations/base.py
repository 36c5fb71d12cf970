"""The annotation record, its measurement, and the registry of annotation kinds.

An annotation kind is one class (a subclass of :class:`AnnotationKind`, registered with
:func:`register`) that owns everything particular to that kind: how many points it takes, what
makes its geometry usable, what it measures, the outline drawn for it, how the drawing tool builds
it from a drag, and how it maps to a TID 1500 measurement group. Everything else (the shared set,
the SR writer, the 2-D layer, the tools) asks the registry (:func:`kind_of`) instead of testing
kind names. The built-in kinds are in :mod:`workstation.annotations.kinds`.
"""

from __future__ import annotations

import uuid
from typing import ClassVar

import msgspec
import numpy as np

Point = tuple[float, float, float]

#: Tolerances (mm) for "in one plane" and "perpendicular semi-axes".
PLANE_TOLERANCE_MM = 0.01
PERPENDICULAR_COS = 1e-3


class GeometryError(ValueError):
    """An annotation whose geometry does not make sense (wrong point count, not planar...)."""


class Annotation(msgspec.Struct, frozen=True, kw_only=True):
    """One annotation; goes over the consult link as-is (msgspec)."""

    kind: str
    points: list[Point]
    id: str = msgspec.field(default_factory=lambda: str(uuid.uuid4()))
    text: str = ""
    owner: str = ""
    owner_name: str = ""
    series_uid: str = ""
    #: Drawn on a 2-D image (radiograph, ultrasound, photo): its SOP Instance UID, and the frame
    #: (1-based) of a multi-frame image, 0 otherwise. Its points are then image coordinates
    #: (column, row, 0) in SCOORD form -- (0, 0) the top-left corner of the top-left pixel -- and
    #: its measurement comes from the image's calibration (:mod:`workstation.annotations.image`).
    sop_instance_uid: str = ""
    frame_number: int = 0
    plane_normal: Point | None = None
    created: float = 0.0
    modified: float = 0.0
    version: int = 0
    deleted: bool = False

    def to_dict(self) -> dict:
        return msgspec.to_builtins(self)

    @classmethod
    def from_dict(cls, data: dict) -> "Annotation":
        try:
            return msgspec.convert(data, cls)
        except msgspec.ValidationError as exc:
            raise GeometryError(f"not an annotation: {exc}") from None

    def replace(self, **changes) -> "Annotation":
        return msgspec.structs.replace(self, **changes)

    def validate(self) -> None:
        """Raise :class:`GeometryError` naming the reason when the geometry is not usable."""
        kind = kind_of(self)
        lo, hi = kind.min_points, kind.max_points
        n = len(self.points)
        if not lo <= n <= hi:
            want = f"{lo}" if lo == hi else f"at least {lo}"
            raise GeometryError(f"a {self.kind} annotation needs {want} points, got {n}")
        pts = np.asarray(self.points, dtype=float)
        if not np.all(np.isfinite(pts)):
            raise GeometryError(f"{self.kind} annotation {self.id}: a point is not a finite number")
        if self.plane_normal is not None:
            nrm = np.asarray(self.plane_normal, dtype=float)
            if nrm.shape != (3,) or not np.all(np.isfinite(nrm)) or np.linalg.norm(nrm) < 1e-6:
                raise GeometryError(f"{self.kind} annotation {self.id}: plane_normal is not a direction")
        kind.check(self, pts)


class Measurement(msgspec.Struct, frozen=True, kw_only=True):
    annotation_id: str
    kind: str
    text: str = ""
    length_mm: float | None = None
    angle_deg: float | None = None
    area_mm2: float | None = None
    mean: float | None = None
    sd: float | None = None
    minimum: float | None = None
    maximum: float | None = None
    n_voxels: int | None = None
    units: str = ""  # units of mean/sd/min/max (the volume's, e.g. "HU")
    #: Unit of ``length_mm`` (and, squared, ``area_mm2``): "mm", or "px" on an uncalibrated image.
    length_unit: str = "mm"
    #: How a 2-D image measurement was calibrated ("at detector", "ultrasound region 1",
    #: "uncalibrated"...), or why it has no length ("ultrasound region 2 measures s × —: not a
    #: distance"); ``calibration_note`` is the same as (English template, arguments...) for the
    #: interface language (templates: ``workstation.annotations.image.NOTE_TEMPLATES``).
    calibration: str = ""
    calibration_note: tuple[str, ...] = ()


class AnnotationKind:
    """One kind of annotation. Subclass, set the class attributes, override what differs and
    :func:`register` it; instances are never made (every method is a classmethod).

    Class attributes:

    * ``name`` -- the ``Annotation.kind`` string (also the tool name and the SR label fallback);
    * ``min_points`` / ``max_points`` -- how many points the geometry takes;
    * ``region`` -- an ROI: a planar area with pixel statistics (see :class:`RegionKind`);
    * ``measures`` -- it has a measurement (listed in reports and sent to the SR with values);
    * ``label_needs_text`` -- show a label only when the annotation has text (e.g. arrows);
    * ``gesture`` -- how the tool draws it: ``"drag"`` (press, drag, release: :meth:`drag_points`),
      ``"click"`` (one click per point, finished at ``max_points`` or when closed), ``"text"``
      (one click then the text);
    * ``label_at`` -- where the 2-D layer anchors the label: ``"rightmost"`` point of the outline,
      ``"extent"`` (right of the centre by the extent of the first two axes), ``"vertex"`` (outside
      the middle point), ``"tail"`` (by the first point, away from the second), ``"anchor"`` (at the
      only point; the label is the shape and is what a click picks);
    * ``decoration`` -- a screen-sized mark the 2-D layer adds (``"arrowhead"`` at the last point);
    * ``sr_graphic_type`` -- the SCOORD3D graphic type of its TID 1410 Image Region (on a 2-D
      image the SCOORD one, :meth:`sr_image_graphic_type`);
    * ``label_templates`` -- its measurement label, one English template per part, with
      ``{field}`` names of :class:`Measurement` (and ``{units}``, the pixel unit with its leading
      space); the view formats the numbers, skips a part whose fields are missing, joins the parts
      with " · " after the annotation's text, and the UI may pass the templates translated.
    """

    name: ClassVar[str] = ""
    min_points: ClassVar[int] = 1
    max_points: ClassVar[int] = 1
    region: ClassVar[bool] = False
    measures: ClassVar[bool] = True
    label_needs_text: ClassVar[bool] = False
    gesture: ClassVar[str] = "drag"
    label_at: ClassVar[str] = "rightmost"
    decoration: ClassVar[str] = ""
    sr_graphic_type: ClassVar[str] = "POLYLINE"
    label_templates: ClassVar[tuple[str, ...]] = ()

    # -- geometry ---------------------------------------------------------------------------------
    @classmethod
    def check(cls, ann: Annotation, pts: np.ndarray) -> None:
        """Kind-specific validation (the point count and finiteness are already checked)."""

    @classmethod
    def measure(cls, ann: Annotation, volume=None) -> dict:
        """The :class:`Measurement` fields this kind fills (``volume`` may be None)."""
        return {}

    @classmethod
    def outline(cls, ann: Annotation, draft: bool = False) -> np.ndarray | None:
        """The polyline drawn for the annotation, an (m, 3) array in patient mm (LPS); None when
        nothing is drawn. ``draft``: the shape is still being drawn (e.g. a polygon not closed yet).
        Must not raise on a shape that does not validate (drafts are drawn as they come)."""
        pts = np.asarray(ann.points, dtype=float).reshape(-1, 3)
        return pts if len(pts) >= 2 else None

    # -- drawing tool -----------------------------------------------------------------------------
    @classmethod
    def drag_points(cls, a, b, right, up, min_size_mm: float) -> list:
        """The points of a shape dragged from ``a`` to ``b`` (``right``/``up``: the view's LPS
        screen directions)."""
        return [np.asarray(a, dtype=float), np.asarray(b, dtype=float)]

    # -- DICOM SR (TID 1500) ----------------------------------------------------------------------
    @classmethod
    def sr_graphic_data(cls, points: np.ndarray) -> np.ndarray:
        """The SCOORD3D graphic data (LPS mm) of the Image Region."""
        return points

    @classmethod
    def sr_image_graphic_type(cls) -> str:
        """The SCOORD graphic type of its Image Region on a 2-D image (SCOORD has no POLYGON)."""
        return cls.sr_graphic_type

    @classmethod
    def points_from_sr(cls, graphic_data: np.ndarray) -> np.ndarray:
        """The annotation points of a region read back (inverse of :meth:`sr_graphic_data`)."""
        return np.asarray(graphic_data, dtype=float)

    @classmethod
    def sr_measurements(cls, m: Measurement) -> list[tuple]:
        """``(concept code, value, unit code)`` of each measurement item, in order; unit None
        means the volume's pixel unit."""
        return []

    @classmethod
    def sr_match(cls, graphic_type: str, n_points: int, names: set[str]) -> int:
        """How well a measurement group read from an SR fits this kind (0: not at all; the best
        score wins, the first registered on a tie). ``names``: the measurement concept meanings."""
        return 1 if graphic_type == cls.sr_graphic_type else 0


_REGISTRY: dict[str, type[AnnotationKind]] = {}


def register(cls: type[AnnotationKind]) -> type[AnnotationKind]:
    """Class decorator: make ``cls`` the kind named ``cls.name``. Registering the same class
    again is harmless; another class under a taken name is refused."""
    if not cls.name:
        raise ValueError(f"{cls.__name__} has no name")
    if _REGISTRY.get(cls.name, cls) is not cls:
        raise ValueError(f"annotation kind {cls.name!r} is already registered ({_REGISTRY[cls.name].__name__})")
    if not 1 <= cls.min_points <= cls.max_points:
        raise ValueError(f"{cls.__name__}: bad point counts {cls.min_points}..{cls.max_points}")
    _REGISTRY[cls.name] = cls
    return cls


def unregister(name: str) -> None:
    """Remove a kind (tests registering a kind of their own clean up with this)."""
    _REGISTRY.pop(name, None)


def registered() -> tuple[str, ...]:
    """The names of the registered kinds, in registration order."""
    return tuple(_REGISTRY)


def kind_class(name: str) -> type[AnnotationKind]:
    """The class of kind ``name``; GeometryError naming the known kinds when there is none."""
    try:
        return _REGISTRY[name]
    except (KeyError, TypeError):
        raise GeometryError(f"unknown annotation kind {name!r} (expected one of {', '.join(_REGISTRY)})") from None


def kind_of(ann: Annotation) -> type[AnnotationKind]:
    """The class of an annotation's kind (GeometryError when the kind is unknown)."""
    return kind_class(ann.kind)


def kind_from_sr(graphic_type: str, n_points: int, names) -> str:
    """The kind a TID 1500 measurement group read back most likely was ("" when none fits)."""
    names = set(names)
    best, best_score = "", 0
    for name, cls in _REGISTRY.items():
        score = cls.sr_match(graphic_type, n_points, names)
        if score > best_score:
            best, best_score = name, score
    return best
