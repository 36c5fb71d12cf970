"""Annotations and measurements of a consult case, stored in patient millimetres (LPS).

Every participant of an MDT consult sees the case differently (zoom, window, even another
view), so an annotation never holds screen pixels: its ``points`` are LPS positions in mm, the
same frame as ``Volume.affine`` (see :mod:`workstation.model`).

Geometry of each kind (``Annotation.points``):

* ``length``  -- 2 points (the two ends).
* ``angle``   -- 3 points, the vertex in the middle.
* ``ellipse`` -- 3 points: the centre, then the ends of the two semi-axes
  (``centre + a`` and ``centre + b``; ``a`` and ``b`` perpendicular, in the view plane).
* ``polygon`` -- >= 3 points in one plane (closed implicitly, the first point is not repeated).
* ``arrow``   -- 2 points: tail, head.
* ``text``    -- 1 point (the anchor) and ``text``.

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

ROI statistics (:func:`roi_statistics`): the volume is sampled by **nearest neighbour** on a grid
lying in the ROI plane. The grid axes are the projections onto the plane of the two volume axes
closest to the plane, its steps are the voxel spacings along those axes, and it is anchored on
the projection of voxel (0, 0, 0). For an ROI drawn on a native slice the samples are therefore
exactly the voxel centres of that slice (statistics of the stored voxels, no interpolation); for
a reformatted or oblique plane each sample takes the nearest voxel. A sample is inside the ROI
when its centre is (ellipse: on or inside the boundary); samples outside the volume are ignored.
``area_mm2`` is the exact area of the drawn shape; ``n_voxels`` the number of samples used;
``sd`` is the population standard deviation (ddof=0) of the sampled values.
"""

from __future__ import annotations

import hashlib
import math
import threading
import time
import uuid
from collections.abc import Iterable, Iterator
from typing import Literal

import msgspec
import numpy as np

from . import policy as _policy
from psygnal import Signal

from .model import Volume

LENGTH, ANGLE, ELLIPSE, POLYGON, ARROW, TEXT = "length", "angle", "ellipse", "polygon", "arrow", "text"
KINDS = (LENGTH, ANGLE, ELLIPSE, POLYGON, ARROW, TEXT)
ROI_KINDS = (ELLIPSE, POLYGON)
#: Roles that may edit or delete anybody's annotation (the moderators of workstation.policy).
MODERATOR_ROLES = _policy.MODERATOR_ROLES

_N_POINTS = {LENGTH: (2, 2), ANGLE: (3, 3), ELLIPSE: (3, 3), POLYGON: (3, 10_000), ARROW: (2, 2), TEXT: (1, 1)}
#: Tolerances (mm) for "in one plane" and "perpendicular semi-axes".
PLANE_TOLERANCE_MM = 0.01
_PERPENDICULAR_COS = 1e-3

Point = tuple[float, float, float]


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
        if self.kind not in KINDS:
            raise GeometryError(f"unknown annotation kind {self.kind!r} (expected one of {', '.join(KINDS)})")
        lo, hi = _N_POINTS[self.kind]
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
        if self.kind in (LENGTH, ARROW) and np.linalg.norm(pts[1] - pts[0]) == 0:
            raise GeometryError(f"{self.kind} annotation {self.id}: both points are the same")
        if self.kind == ANGLE and (np.linalg.norm(pts[0] - pts[1]) == 0 or np.linalg.norm(pts[2] - pts[1]) == 0):
            raise GeometryError(f"angle annotation {self.id}: an arm has no length")
        if self.kind in ROI_KINDS:
            roi_plane(self)  # raises when not planar


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
        return [measure(a, volume) for a in self if a.kind not in (ARROW, TEXT)]


# -- measurements -----------------------------------------------------------------------------


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


def length_mm(points) -> float:
    p = np.asarray(points, dtype=float)
    return float(np.linalg.norm(p[1] - p[0]))


def angle_deg(points) -> float:
    """Angle at the middle point, in degrees (0..180)."""
    p = np.asarray(points, dtype=float)
    u, v = p[0] - p[1], p[2] - p[1]
    return float(math.degrees(math.atan2(np.linalg.norm(np.cross(u, v)), float(np.dot(u, v)))))


def _unit(v) -> np.ndarray:
    v = np.asarray(v, dtype=float)
    return v / np.linalg.norm(v)


def roi_plane(ann: Annotation) -> tuple[np.ndarray, np.ndarray]:
    """(point on the plane, unit normal) of an ellipse / polygon ROI; GeometryError if not planar."""
    pts = np.asarray(ann.points, dtype=float)
    if ann.kind == ELLIPSE:
        c, a, b = pts[0], pts[1] - pts[0], pts[2] - pts[0]
        la, lb = np.linalg.norm(a), np.linalg.norm(b)
        if la == 0 or lb == 0:
            raise GeometryError(f"ellipse {ann.id}: a semi-axis has no length")
        if abs(np.dot(a, b)) > _PERPENDICULAR_COS * la * lb:
            raise GeometryError(f"ellipse {ann.id}: the semi-axes are not perpendicular")
        normal = _unit(np.cross(a, b))
        origin = c
    elif ann.kind == POLYGON:
        # Newell's normal: robust for any simple polygon.
        nxt = np.roll(pts, -1, axis=0)
        newell = np.array([np.sum((pts[:, 1] - nxt[:, 1]) * (pts[:, 2] + nxt[:, 2])),
                           np.sum((pts[:, 2] - nxt[:, 2]) * (pts[:, 0] + nxt[:, 0])),
                           np.sum((pts[:, 0] - nxt[:, 0]) * (pts[:, 1] + nxt[:, 1]))])
        if np.linalg.norm(newell) < 1e-9:
            raise GeometryError(f"polygon {ann.id}: the points enclose no area")
        normal = _unit(newell)
        origin = pts.mean(axis=0)
    else:
        raise GeometryError(f"a {ann.kind} annotation is not a region")
    if ann.plane_normal is not None:
        given = _unit(ann.plane_normal)
        if abs(abs(float(np.dot(given, normal))) - 1) > 1e-4:
            raise GeometryError(f"{ann.kind} {ann.id}: the points are not in the plane of plane_normal")
        normal = given
    off = np.abs((pts - origin) @ normal)
    if off.max() > PLANE_TOLERANCE_MM:
        raise GeometryError(f"{ann.kind} {ann.id}: the points are not in one plane "
                            f"({off.max():.3f} mm off)")
    return origin, normal


def roi_area_mm2(ann: Annotation) -> float:
    pts = np.asarray(ann.points, dtype=float)
    origin, normal = roi_plane(ann)
    if ann.kind == ELLIPSE:
        return float(math.pi * np.linalg.norm(np.cross(pts[1] - pts[0], pts[2] - pts[0])))
    nxt = np.roll(pts, -1, axis=0)
    return float(abs(np.dot(np.cross(pts - origin, nxt - origin).sum(axis=0), normal)) / 2)


def _sampling_grid(ann: Annotation, volume: Volume):
    """Sample positions (LPS, shape (n, 3)) in the ROI plane and their in-plane coordinates."""
    origin, n = roi_plane(ann)
    dirs, spacing = volume.direction, volume.spacing
    through = int(np.argmax(np.abs(dirs.T @ n)))
    a0, a1 = [ax for ax in range(3) if ax != through]
    u = dirs[:, a0] - np.dot(dirs[:, a0], n) * n
    u = _unit(u)
    v = np.cross(n, u)
    su, sv = float(spacing[a0]), float(spacing[a1])
    # Anchor the grid on voxel (0,0,0) projected onto the plane: native slices hit voxel centres.
    o = volume.origin
    anchor = o - np.dot(o - origin, n) * n
    pts = np.asarray(ann.points, dtype=float)
    if ann.kind == ELLIPSE:
        c, a, b = pts[0], pts[1] - pts[0], pts[2] - pts[0]
        ext = np.abs(a) + np.abs(b)
        outline = np.array([c - ext, c + ext])
    else:
        outline = pts
    x = (outline - anchor) @ u / su
    y = (outline - anchor) @ v / sv
    ia = np.arange(math.floor(x.min()) - 1, math.ceil(x.max()) + 2)
    ib = np.arange(math.floor(y.min()) - 1, math.ceil(y.max()) + 2)
    ga, gb = np.meshgrid(ia * su, ib * sv, indexing="ij")
    ga, gb = ga.ravel(), gb.ravel()
    samples = anchor + ga[:, None] * u + gb[:, None] * v
    return samples, ga, gb, anchor, u, v


def _inside(ann: Annotation, samples, ga, gb, anchor, u, v) -> np.ndarray:
    pts = np.asarray(ann.points, dtype=float)
    if ann.kind == ELLIPSE:
        c, a, b = pts[0], pts[1] - pts[0], pts[2] - pts[0]
        d = samples - c
        s = d @ a / np.dot(a, a)
        t = d @ b / np.dot(b, b)
        return s * s + t * t <= 1.0 + 1e-9
    from matplotlib.path import Path  # a dependency of VTK; imported only when needed

    poly = np.column_stack([(pts - anchor) @ u, (pts - anchor) @ v])
    return Path(poly, closed=False).contains_points(np.column_stack([ga, gb]))


def roi_statistics(ann: Annotation, volume: Volume) -> dict:
    """Area and pixel statistics of an ellipse / polygon ROI (see the module docstring)."""
    area = roi_area_mm2(ann)
    samples, ga, gb, anchor, u, v = _sampling_grid(ann, volume)
    inside = _inside(ann, samples, ga, gb, anchor, u, v)
    idx = np.rint(volume.patient_to_index(samples[inside])).astype(np.int64)
    nz, ny, nx = volume.array.shape
    ok = ((idx[:, 0] >= 0) & (idx[:, 0] < nx) & (idx[:, 1] >= 0) & (idx[:, 1] < ny)
          & (idx[:, 2] >= 0) & (idx[:, 2] < nz))
    idx = idx[ok]
    values = volume.array[idx[:, 2], idx[:, 1], idx[:, 0]].astype(np.float64)
    out = {"area_mm2": area, "n_voxels": int(values.size), "units": volume.units,
           "mean": None, "sd": None, "minimum": None, "maximum": None}
    if values.size:
        out.update(mean=float(values.mean()), sd=float(values.std()),
                   minimum=float(values.min()), maximum=float(values.max()))
    return out


def measure(ann: Annotation, volume: Volume | None = None) -> Measurement:
    """The measurement of one annotation (ROI statistics need the volume)."""
    ann.validate()
    base = {"annotation_id": ann.id, "kind": ann.kind, "text": ann.text}
    if ann.kind == LENGTH:
        return Measurement(**base, length_mm=length_mm(ann.points))
    if ann.kind == ANGLE:
        return Measurement(**base, angle_deg=angle_deg(ann.points))
    if ann.kind in ROI_KINDS:
        if volume is None:
            return Measurement(**base, area_mm2=roi_area_mm2(ann))
        return Measurement(**base, **roi_statistics(ann, volume))
    return Measurement(**base)
