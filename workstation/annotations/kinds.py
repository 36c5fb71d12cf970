"""The built-in annotation kinds, one class each (see :class:`~.base.AnnotationKind`).

============  ==========================================  ===============================================
kind          points (``Annotation.points``, LPS mm)       SR Image Region / measurements
============  ==========================================  ===============================================
length        2: the two ends                              POLYLINE; Length (SCT 410668003) [mm]
angle         3: the vertex in the middle                  POLYLINE; Angle (SCT 1483009) [deg]
ellipse       3: centre, centre + a, centre + b            ELLIPSE (major axis ends, then minor); Area
              (a, b perpendicular semi-axes)               [mm2], Mean, SD, Minimum, Maximum [volume unit]
polygon       >= 3 in one plane (closed implicitly)         POLYGON (first point repeated; on a 2-D image
                                                           the SCOORD closed POLYLINE); as ellipse
arrow         2: tail, head                                POLYLINE; none
text          1: the anchor, and ``text``                  POINT; none
============  ==========================================  ===============================================

ROI statistics (:meth:`RegionKind.statistics`): the volume is sampled by **nearest neighbour** on
a grid lying in the ROI plane. The grid axes are the projections onto the plane of the two volume
axes closest to the plane, its steps are the voxel spacings along those axes, and it is anchored on
the projection of voxel (0, 0, 0). For an ROI drawn on a native slice the samples are therefore
exactly the voxel centres of that slice (statistics of the stored voxels, no interpolation); for a
reformatted or oblique plane each sample takes the nearest voxel. A sample is inside the ROI when
its centre is (ellipse: on or inside the boundary); samples outside the volume are ignored.
``area_mm2`` is the exact area of the drawn shape; ``n_voxels`` the number of samples used; ``sd``
is the population standard deviation (ddof=0) of the sampled values.

A new ROI kind subclasses :class:`RegionKind` and gives its own plane, area, inside test and
extent; the statistics, the SR items and the drawing follow.
"""

from __future__ import annotations

import math

import numpy as np
from pydicom.sr.codedict import codes

from .base import (
    PERPENDICULAR_COS, PLANE_TOLERANCE_MM, Annotation, AnnotationKind, GeometryError, Measurement, kind_class,
    register,
)

_STATS = (("mean", codes.SCT.Mean), ("sd", codes.SCT.StandardDeviation),
          ("minimum", codes.SCT.Minimum), ("maximum", codes.SCT.Maximum))


def unit(v) -> np.ndarray:
    v = np.asarray(v, dtype=float)
    return v / np.linalg.norm(v)


def length_mm(points) -> float:
    p = np.asarray(points, dtype=float)
    return float(np.linalg.norm(p[1] - p[0]))


def angle_deg(points) -> float:
    """Angle at the middle point, in degrees (0..180)."""
    p = np.asarray(points, dtype=float)
    u, v = p[0] - p[1], p[2] - p[1]
    return float(math.degrees(math.atan2(np.linalg.norm(np.cross(u, v)), float(np.dot(u, v)))))


class _TwoEnds(AnnotationKind):
    min_points = max_points = 2

    @classmethod
    def check(cls, ann: Annotation, pts: np.ndarray) -> None:
        if np.linalg.norm(pts[1] - pts[0]) == 0:
            raise GeometryError(f"{ann.kind} annotation {ann.id}: both points are the same")


@register
class Length(_TwoEnds):
    name = "length"
    label_templates = ("{length_mm} mm",)

    @classmethod
    def measure(cls, ann, volume=None) -> dict:
        return {"length_mm": length_mm(ann.points)}

    @classmethod
    def sr_measurements(cls, m: Measurement) -> list[tuple]:
        return [(codes.SCT.Length, m.length_mm, codes.UCUM.Millimeter)]

    @classmethod
    def sr_match(cls, graphic_type, n_points, names) -> int:
        return int(graphic_type == "POLYLINE" and "Length" in names)


@register
class Angle(AnnotationKind):
    name = "angle"
    min_points = max_points = 3
    gesture = "click"
    label_at = "vertex"
    label_templates = ("{angle_deg}\u00b0",)

    @classmethod
    def check(cls, ann, pts) -> None:
        if np.linalg.norm(pts[0] - pts[1]) == 0 or np.linalg.norm(pts[2] - pts[1]) == 0:
            raise GeometryError(f"angle annotation {ann.id}: an arm has no length")

    @classmethod
    def measure(cls, ann, volume=None) -> dict:
        return {"angle_deg": angle_deg(ann.points)}

    @classmethod
    def sr_measurements(cls, m: Measurement) -> list[tuple]:
        return [(codes.SCT.Angle, m.angle_deg, codes.UCUM.Degree)]

    @classmethod
    def sr_match(cls, graphic_type, n_points, names) -> int:
        return 2 if graphic_type == "POLYLINE" and "Angle" in names else 0


class RegionKind(AnnotationKind):
    """A planar ROI: area and pixel statistics of the volume (see the module docstring).
    Subclasses give :meth:`own_plane`, :meth:`area`, :meth:`inside` and :meth:`extent`."""

    region = True
    label_templates = ("A {area_mm2} mm\u00b2", "mean {mean} \u00b1 {sd}{units}", "[{minimum}, {maximum}]")

    @classmethod
    def own_plane(cls, ann: Annotation, pts: np.ndarray) -> tuple[np.ndarray, np.ndarray | None]:
        """(point on the plane, unit normal) from the geometry alone (normal None: take the
        annotation's ``plane_normal``); GeometryError when the shape is degenerate."""
        raise NotImplementedError

    @classmethod
    def area(cls, ann: Annotation, pts: np.ndarray, origin, normal) -> float:
        raise NotImplementedError

    @classmethod
    def extent(cls, pts: np.ndarray) -> np.ndarray:
        """Points whose bounding box holds the whole shape."""
        return pts

    @classmethod
    def inside(cls, pts: np.ndarray, samples: np.ndarray, planar: np.ndarray, planar_pts: np.ndarray) -> np.ndarray:
        """Mask of the ``samples`` (LPS, (n, 3)) inside the shape; ``planar``: their (u, v)
        coordinates in the plane, ``planar_pts`` those of the annotation points."""
        raise NotImplementedError

    @classmethod
    def plane(cls, ann: Annotation) -> tuple[np.ndarray, np.ndarray]:
        pts = np.asarray(ann.points, dtype=float)
        origin, normal = cls.own_plane(ann, pts)
        if ann.plane_normal is not None:
            given = unit(ann.plane_normal)
            if normal is not None and abs(abs(float(np.dot(given, normal))) - 1) > 1e-4:
                raise GeometryError(f"{ann.kind} {ann.id}: the points are not in the plane of plane_normal")
            normal = given
        if normal is None:
            raise GeometryError(f"{ann.kind} {ann.id}: the plane is not given (plane_normal)")
        off = np.abs((pts - origin) @ normal)
        if off.max() > PLANE_TOLERANCE_MM:
            raise GeometryError(f"{ann.kind} {ann.id}: the points are not in one plane "
                                f"({off.max():.3f} mm off)")
        return origin, normal

    @classmethod
    def check(cls, ann, pts) -> None:
        cls.plane(ann)

    @classmethod
    def roi_area(cls, ann: Annotation) -> float:
        origin, normal = cls.plane(ann)
        return cls.area(ann, np.asarray(ann.points, dtype=float), origin, normal)

    @classmethod
    def statistics(cls, ann: Annotation, volume) -> dict:
        area = cls.roi_area(ann)
        origin, n = cls.plane(ann)
        dirs, spacing = volume.direction, volume.spacing
        through = int(np.argmax(np.abs(dirs.T @ n)))
        a0, a1 = [ax for ax in range(3) if ax != through]
        u = unit(dirs[:, a0] - np.dot(dirs[:, a0], n) * n)
        v = np.cross(n, u)
        su, sv = float(spacing[a0]), float(spacing[a1])
        # Anchor the grid on voxel (0,0,0) projected onto the plane: native slices hit voxel centres.
        o = volume.origin
        anchor = o - np.dot(o - origin, n) * n
        pts = np.asarray(ann.points, dtype=float)
        outline = cls.extent(pts)
        x = (outline - anchor) @ u / su
        y = (outline - anchor) @ v / sv
        ia = np.arange(math.floor(x.min()) - 1, math.ceil(x.max()) + 2)
        ib = np.arange(math.floor(y.min()) - 1, math.ceil(y.max()) + 2)
        ga, gb = np.meshgrid(ia * su, ib * sv, indexing="ij")
        ga, gb = ga.ravel(), gb.ravel()
        samples = anchor + ga[:, None] * u + gb[:, None] * v
        planar_pts = np.column_stack([(pts - anchor) @ u, (pts - anchor) @ v])
        inside = cls.inside(pts, samples, np.column_stack([ga, gb]), planar_pts)
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

    @classmethod
    def measure(cls, ann, volume=None) -> dict:
        if volume is None:
            return {"area_mm2": cls.roi_area(ann)}
        return cls.statistics(ann, volume)

    @classmethod
    def sr_measurements(cls, m: Measurement) -> list[tuple]:
        items = [(codes.SCT.Area, m.area_mm2, codes.UCUM.SquareMillimeter)]
        for field, code in _STATS:
            value = getattr(m, field)
            if value is not None:  # None: the ROI lies outside the volume
                items.append((code, value, None))
        return items


@register
class Ellipse(RegionKind):
    name = "ellipse"
    min_points = max_points = 3
    label_at = "extent"
    sr_graphic_type = "ELLIPSE"

    @classmethod
    def own_plane(cls, ann, pts):
        c, a, b = pts[0], pts[1] - pts[0], pts[2] - pts[0]
        la, lb = np.linalg.norm(a), np.linalg.norm(b)
        if la == 0 or lb == 0:
            raise GeometryError(f"ellipse {ann.id}: a semi-axis has no length")
        if abs(np.dot(a, b)) > PERPENDICULAR_COS * la * lb:
            raise GeometryError(f"ellipse {ann.id}: the semi-axes are not perpendicular")
        return c, unit(np.cross(a, b))

    @classmethod
    def area(cls, ann, pts, origin, normal) -> float:
        return float(math.pi * np.linalg.norm(np.cross(pts[1] - pts[0], pts[2] - pts[0])))

    @classmethod
    def extent(cls, pts):
        c, a, b = pts[0], pts[1] - pts[0], pts[2] - pts[0]
        ext = np.abs(a) + np.abs(b)
        return np.array([c - ext, c + ext])

    @classmethod
    def inside(cls, pts, samples, planar, planar_pts):
        c, a, b = pts[0], pts[1] - pts[0], pts[2] - pts[0]
        d = samples - c
        s = d @ a / np.dot(a, a)
        t = d @ b / np.dot(b, b)
        return s * s + t * t <= 1.0 + 1e-9

    @classmethod
    def outline(cls, ann, draft=False, n: int = 72):
        w = np.asarray(ann.points, dtype=float)
        if len(w) != 3:
            return None
        c, a, b = w[0], w[1] - w[0], w[2] - w[0]
        t = np.linspace(0.0, 2.0 * np.pi, n + 1)
        return c + np.outer(np.cos(t), a) + np.outer(np.sin(t), b)

    @classmethod
    def drag_points(cls, a, b, right, up, min_size_mm):
        d = np.subtract(b, a)
        ra, rb = abs(float(d @ right)), abs(float(d @ up))
        c = np.asarray(a, dtype=float)
        return [c, c + right * max(ra, min_size_mm), c + up * max(rb, min_size_mm)]

    @classmethod
    def sr_graphic_data(cls, pts):
        c, a, b = pts[0], pts[1] - pts[0], pts[2] - pts[0]
        if np.linalg.norm(b) > np.linalg.norm(a):
            a, b = b, a
        return np.array([c - a, c + a, c - b, c + b])

    @classmethod
    def points_from_sr(cls, data):
        data = np.asarray(data, dtype=float)
        c = (data[0] + data[1]) / 2
        return np.array([c, data[1], data[3]])


@register
class Polygon(RegionKind):
    name = "polygon"
    min_points, max_points = 3, 10_000
    gesture = "click"
    sr_graphic_type = "POLYGON"

    @classmethod
    def own_plane(cls, ann, pts):
        # Newell's normal: robust for any simple polygon.
        nxt = np.roll(pts, -1, axis=0)
        newell = np.array([np.sum((pts[:, 1] - nxt[:, 1]) * (pts[:, 2] + nxt[:, 2])),
                           np.sum((pts[:, 2] - nxt[:, 2]) * (pts[:, 0] + nxt[:, 0])),
                           np.sum((pts[:, 0] - nxt[:, 0]) * (pts[:, 1] + nxt[:, 1]))])
        if np.linalg.norm(newell) < 1e-9:
            raise GeometryError(f"polygon {ann.id}: the points enclose no area")
        return pts.mean(axis=0), unit(newell)

    @classmethod
    def area(cls, ann, pts, origin, normal) -> float:
        nxt = np.roll(pts, -1, axis=0)
        return float(abs(np.dot(np.cross(pts - origin, nxt - origin).sum(axis=0), normal)) / 2)

    @classmethod
    def inside(cls, pts, samples, planar, planar_pts):
        from matplotlib.path import Path  # a dependency of VTK; imported only when needed

        return Path(planar_pts, closed=False).contains_points(planar)

    @classmethod
    def outline(cls, ann, draft=False):
        w = np.asarray(ann.points, dtype=float)
        if draft:
            return w if len(w) >= 2 else None
        return np.vstack([w, w[:1]])

    @classmethod
    def sr_graphic_data(cls, pts):
        return np.vstack([pts, pts[:1]])

    @classmethod
    def sr_image_graphic_type(cls) -> str:
        return "POLYLINE"  # SCOORD: a closed polyline (first point repeated)

    @classmethod
    def sr_match(cls, graphic_type, n_points, names) -> int:
        if graphic_type == "POLYGON":
            return 1
        return 3 if graphic_type == "POLYLINE" and "Area" in names else 0

    @classmethod
    def points_from_sr(cls, data):
        data = np.asarray(data, dtype=float)
        return data[:-1] if len(data) > 1 and np.array_equal(data[0], data[-1]) else data


@register
class Arrow(_TwoEnds):
    name = "arrow"
    measures = False
    label_needs_text = True
    label_at = "tail"
    decoration = "arrowhead"

    @classmethod
    def outline(cls, ann, draft=False):
        return None  # the shaft and its screen-sized head are drawn per zoom (``decoration``)

    @classmethod
    def sr_match(cls, graphic_type, n_points, names) -> int:
        return int(graphic_type == "POLYLINE" and n_points == 2 and not names)


@register
class Text(AnnotationKind):
    name = "text"
    measures = False
    gesture = "text"
    label_at = "anchor"
    sr_graphic_type = "POINT"

    @classmethod
    def outline(cls, ann, draft=False):
        return None

    @classmethod
    def sr_graphic_data(cls, pts):
        return pts[:1]


def roi_plane(ann: Annotation) -> tuple[np.ndarray, np.ndarray]:
    """(point on the plane, unit normal) of an ROI; GeometryError if not planar or not a region."""
    try:
        kind = kind_class(ann.kind)
    except GeometryError:
        kind = None
    if kind is None or not kind.region:
        raise GeometryError(f"a {ann.kind} annotation is not a region")
    return kind.plane(ann)
