"""Annotations and measurements of a consult case, stored in patient millimetres (LPS).

Every participant of an MDT consult sees the case differently (zoom, window, even another
view), so an annotation never holds screen pixels: its ``points`` are LPS positions in mm, the
same frame as ``Volume.affine`` (see :mod:`workstation.model`).

Each kind is one class registered by name (:mod:`.base` holds the registry, :mod:`.kinds` the
built-in ``length``, ``angle``, ``ellipse``, ``polygon``, ``arrow`` and ``text``): it owns its point
count, geometry checks, measurement, outline, drawing gesture and SR mapping. Code elsewhere asks
:func:`kind_of` rather than testing kind names; a new kind is a new registered class.

``plane_normal`` is the LPS unit normal of the view the ROI was drawn in (computed from the
geometry when left empty).

Shared editing (:class:`AnnotationSet`): every change is an :class:`Op` (add / update / delete)
carrying the author, the author's role and the version of the annotation the author edited.
The hub sequences the ops of all participants; every participant applies the same sequence
with :meth:`AnnotationSet.apply`, which is a pure function of (current state, op), so every
participant ends with the same set (compare with :meth:`AnnotationSet.state_digest`).
Rules: anyone may add; only the owner -- or a moderator (role ``coordinator`` or
``administrator``) -- may update or delete; an update/delete whose ``base_version`` is not the
current version is refused (two people editing at once: the first sequenced wins, the second is
told why and must redo it on the new version -- never a silent overwrite). Deleting leaves a
tombstone (``deleted=True``) so a late, stale edit of a deleted annotation is refused too.

ROI statistics (:func:`roi_statistics`): see :mod:`workstation.annotations.kinds`.

Annotations on 2-D images (radiographs, ultrasound, photos) carry ``sop_instance_uid`` and image
points instead of LPS mm; :mod:`workstation.annotations.image` measures them with the image's
calibration (mm, mm at detector, ultrasound regions, or pixels when uncalibrated).
"""

from __future__ import annotations

import hashlib
import threading
import time
import uuid
from collections.abc import Iterable, Iterator
from typing import Literal

import msgspec

from .. import policy as _policy
from psygnal import Signal

from ..model import Volume
from .base import (  # noqa: F401  (the public names of workstation.annotations)
    PERPENDICULAR_COS as _PERPENDICULAR_COS, PLANE_TOLERANCE_MM, Annotation, AnnotationKind, GeometryError,
    Measurement, Point, kind_class, kind_from_sr, kind_of, register, registered, unregister,
)
from .kinds import (  # noqa: F401
    Angle, Arrow, Ellipse, Length, Polygon, RegionKind, Text, angle_deg, length_mm, roi_plane,
)
from .image import IMAGE_NORMAL, ImageScale, MeasuredImage, is_image_annotation, measure_on_image  # noqa: F401

LENGTH, ANGLE, ELLIPSE, POLYGON, ARROW, TEXT = (k.name for k in (Length, Angle, Ellipse, Polygon, Arrow, Text))
#: The built-in kinds (``registered()`` also lists kinds registered later).
KINDS = (LENGTH, ANGLE, ELLIPSE, POLYGON, ARROW, TEXT)
ROI_KINDS = (ELLIPSE, POLYGON)
#: Roles that may edit or delete anybody's annotation (the moderators of workstation.policy).
MODERATOR_ROLES = _policy.MODERATOR_ROLES


# -- operations -------------------------------------------------------------------------------

Action = Literal["add", "update", "delete"]


class Op(msgspec.Struct, frozen=True, kw_only=True):
    """A change proposed by one participant; the hub stamps ``author``/``role`` and sequences it."""

    action: Action
    annotation_id: str
    author: str
    role: str = "specialist"
    base_version: int = 0
    annotation: Annotation | None = None  # the new content (add / update)
    at: float = msgspec.field(default_factory=time.time)
    op_id: str = msgspec.field(default_factory=lambda: str(uuid.uuid4()))


def add_op(annotation: Annotation, role: str = "specialist", at: float | None = None) -> Op:
    """Op adding a new annotation owned by ``annotation.owner``."""
    return Op(action="add", annotation_id=annotation.id, author=annotation.owner, role=role,
              base_version=0, annotation=annotation, at=time.time() if at is None else at)


def update_op(current: Annotation, author: str, role: str = "specialist", at: float | None = None,
              **changes) -> Op:
    """Op changing ``current`` (as the author last saw it): points, text, plane_normal."""
    allowed = {"points", "text", "plane_normal"}
    if set(changes) - allowed:
        raise ValueError(f"only {', '.join(sorted(allowed))} can change, not {', '.join(set(changes) - allowed)}")
    return Op(action="update", annotation_id=current.id, author=author, role=role,
              base_version=current.version, annotation=current.replace(**changes),
              at=time.time() if at is None else at)


def delete_op(current: Annotation, author: str, role: str = "specialist", at: float | None = None) -> Op:
    return Op(action="delete", annotation_id=current.id, author=author, role=role,
              base_version=current.version, at=time.time() if at is None else at)


def _float_points(points) -> list[Point]:
    return [(float(p[0]), float(p[1]), float(p[2])) for p in points]


def _float_normal(normal) -> Point | None:
    return None if normal is None else (float(normal[0]), float(normal[1]), float(normal[2]))


class AnnotationSet:
    """The annotations of one consult case, changed only through hub-ordered :class:`Op` s."""

    changed = Signal(str)  # annotation id
    rejected = Signal(str, str)  # annotation id, reason

    def __init__(self, case_id: str = "") -> None:
        self.case_id = case_id
        self._items: dict[str, Annotation] = {}
        self.last_reason = ""
        # The consult may apply hub events on its I/O thread while the GUI reads: check-and-change
        # is atomic (the signals are emitted after the lock is released).
        self._lock = threading.RLock()

    # -- reading ------------------------------------------------------------------------------
    def get(self, annotation_id: str) -> Annotation | None:
        return self._items.get(annotation_id)

    def __iter__(self) -> Iterator[Annotation]:
        """The visible (not deleted) annotations, in creation order."""
        with self._lock:
            return iter([a for a in self._items.values() if not a.deleted])

    def __len__(self) -> int:
        with self._lock:
            return sum(1 for a in self._items.values() if not a.deleted)

    def all(self, include_deleted: bool = True) -> list[Annotation]:
        with self._lock:
            return [a for a in self._items.values() if include_deleted or not a.deleted]

    # -- changing -----------------------------------------------------------------------------
    def check(self, op: Op) -> str | None:
        """Why ``op`` would be refused, or None when it applies."""
        cur = self._items.get(op.annotation_id)
        if op.action == "add":
            ann = op.annotation
            if ann is None:
                return "an add carries no annotation"
            if cur is not None:
                return f"annotation {op.annotation_id} already exists"
            if ann.id != op.annotation_id:
                return "the annotation id does not match the op"
            if ann.owner != op.author:
                return f"{op.author} cannot add an annotation owned by {ann.owner or 'nobody'}"
            if op.base_version != 0:
                return "an add must have base version 0"
        elif op.action in ("update", "delete"):
            if cur is None:
                return f"no annotation {op.annotation_id}"
            if cur.deleted:
                return f"annotation {op.annotation_id} was deleted"
            if op.author != cur.owner and op.role not in MODERATOR_ROLES:
                return (f"{op.author} ({op.role}) may not {op.action} an annotation of "
                        f"{cur.owner_name or cur.owner}: only its owner or a coordinator may")
            if op.base_version != cur.version:
                return (f"stale edit: it was made on version {op.base_version} but annotation "
                        f"{op.annotation_id} is at version {cur.version}")
            if op.action == "update":
                ann = op.annotation
                if ann is None:
                    return "an update carries no annotation"
                if ann.id != cur.id or ann.kind != cur.kind:
                    return "an update cannot change the id or the kind"
        else:
            return f"unknown action {op.action!r}"
        if op.action in ("add", "update"):
            try:
                op.annotation.validate()
            except GeometryError as exc:
                return str(exc)
        return None

    def apply(self, op: Op) -> bool:
        """Apply one hub-sequenced op. False (reason in ``last_reason``, ``rejected`` emitted)
        when the op is refused; the set is then unchanged."""
        with self._lock:
            reason = self.check(op)
            if reason is None:
                self._items[op.annotation_id] = self._changed_annotation(op)
            self.last_reason = reason or ""
        if reason is not None:
            self.rejected.emit(op.annotation_id, reason)
            return False
        self.changed.emit(op.annotation_id)
        return True

    def _changed_annotation(self, op: Op) -> Annotation:
        cur = self._items.get(op.annotation_id)
        if op.action == "add":
            a = op.annotation
            return a.replace(points=_float_points(a.points), plane_normal=_float_normal(a.plane_normal),
                             version=1, created=float(op.at), modified=float(op.at), deleted=False)
        if op.action == "update":
            a = op.annotation
            return cur.replace(points=_float_points(a.points), text=a.text,
                               plane_normal=_float_normal(a.plane_normal), modified=float(op.at),
                               version=cur.version + 1)
        return cur.replace(deleted=True, modified=float(op.at), version=cur.version + 1)

    def apply_all(self, ops: Iterable[Op]) -> list[bool]:
        return [self.apply(op) for op in ops]

    # -- comparing / snapshots ----------------------------------------------------------------
    def state_digest(self) -> str:
        """SHA-256 of the canonical content (every annotation incl. tombstones, sorted by id)."""
        with self._lock:
            items = [self._items[k] for k in sorted(self._items)]
        return hashlib.sha256(msgspec.json.encode(items)).hexdigest()

    def to_dict(self) -> dict:
        """Snapshot for a late joiner (then apply the ops sequenced after it)."""
        with self._lock:
            return {"case_id": self.case_id, "annotations": [a.to_dict() for a in self._items.values()]}

    @classmethod
    def from_dict(cls, data: dict) -> "AnnotationSet":
        s = cls(data.get("case_id", ""))
        for d in data.get("annotations", []):
            a = Annotation.from_dict(d)
            s._items[a.id] = a
        return s

    def measurements(self, volume: Volume) -> list["Measurement"]:
        """Measurements of every visible annotation that measures something (not arrows/text)."""
        return [measure(a, volume) for a in self if kind_of(a).measures]


# -- measurements -----------------------------------------------------------------------------


def roi_area_mm2(ann: Annotation) -> float:
    """The exact area of an ROI's shape (mm²)."""
    return _region_kind(ann).roi_area(ann)


def roi_statistics(ann: Annotation, volume: Volume) -> dict:
    """Area and pixel statistics of an ROI (see :mod:`workstation.annotations.kinds`)."""
    return _region_kind(ann).statistics(ann, volume)


def _region_kind(ann: Annotation) -> type[RegionKind]:
    roi_plane(ann)  # GeometryError when it is not a region
    return kind_of(ann)


def measure(ann: Annotation, volume: Volume | None = None) -> Measurement:
    """The measurement of one annotation (ROI statistics need the volume)."""
    ann.validate()
    return Measurement(annotation_id=ann.id, kind=ann.kind, text=ann.text, **kind_of(ann).measure(ann, volume))


def measure_any(ann: Annotation, volume: Volume | None = None, image=None) -> Measurement:
    """:func:`measure` for an annotation on a volume, :func:`~.image.measure_on_image` for one
    drawn on a 2-D image (``image``: its :class:`~.image.MeasuredImage`)."""
    if ann.sop_instance_uid:
        if image is None:
            raise GeometryError(f"annotation {ann.id} was drawn on a 2-D image: measure it with that image")
        return measure_on_image(ann, image)
    return measure(ann, volume)
