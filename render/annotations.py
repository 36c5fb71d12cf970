"""Annotations, measurements and laser pointers drawn in the 2-D and 3-D scenes.

Annotations are stored in patient millimetres (LPS, see :mod:`workstation.annotations`), so every
participant of a consult sees them at the same anatomical place whatever their zoom, pan, window
or layout. :class:`AnnotationLayer` draws them in a :class:`~render.slice_view.SliceScene`'s world
frame (the slice image lies in z = 0, world x = screen right, y = screen up, in mm): the camera's
zoom and pan move them with the image for free.

Drawing (2-D):

* one merged polyline set for all the shown annotations (a single actor, per-cell colours), so
  200 annotations cost one draw call; line widths are in screen pixels (constant under zoom);
* the selected annotation is drawn again on top, thicker and lighter, with its point handles; the
  draft (the annotation being drawn) is drawn with its handles and its live measurement;
* colours: a stable palette by owner id (:func:`owner_color`);
* each kind's outline is its class's (``AnnotationKind.outline``, patient mm, projected into the
  scene): ellipse from the centre and its two semi-axis vectors, polygon closed; a kind whose
  ``decoration`` is "arrowhead" gets a head whose size is constant on screen; a kind labelled at
  its ``"anchor"`` (text) is its label; nothing here tests kind names;
* measurement labels ("12.3 mm", "45.0°", "A 123 mm² · mean 40 ± 5 HU · [−2, 80]") are text actors
  anchored in world coordinates with a pixel offset, with a font covering their characters
  (:mod:`render.text`).

Which annotations a view shows (``update(state)``, after ``scene.update(state)``): lines, arrows,
angles and texts whose points all lie within half a slice of the displayed slice (or within the
slab), ROIs (ellipse, polygon) whose plane is the view's plane within the same tolerance.

Laser pointers (``set_pointers``): a dot with a halo and the user's name in 2-D when the point is
within ``POINTER_TOLERANCE_MM`` (or half a slice / the slab) of the plane; :class:`VolumePointerLayer`
draws a sphere and the name in the 3-D view.

:func:`render_key_image` renders a slice with its annotations burned in (consult report, DICOM
key images).
"""

from __future__ import annotations

import math
import re
import zlib
from dataclasses import dataclass
from string import Formatter

import numpy as np
from vtkmodules.util import numpy_support
from vtkmodules.vtkCommonCore import VTK_UNSIGNED_CHAR, vtkPoints
from vtkmodules.vtkCommonDataModel import vtkCellArray, vtkPolyData
from vtkmodules.vtkFiltersSources import vtkSphereSource
from vtkmodules.vtkRenderingCore import (
    vtkActor,
    vtkCoordinate,
    vtkPolyDataMapper,
    vtkTextActor,
)

import vtkmodules.vtkRenderingFreeType  # noqa: F401  (text rendering)
import vtkmodules.vtkRenderingOpenGL2  # noqa: F401  (OpenGL factories)
from workstation.annotations import (
    Annotation,
    AnnotationKind,
    GeometryError,
    Measurement,
    kind_of,
    measure,
    roi_plane,
)
from workstation.annotations.image import fill_note
from workstation.model import Volume
from workstation.viewstate import ViewState

from .label_layout import LabelRequest, place_labels
from .offscreen import snapshot
from .slice_view import SliceScene
from .text import set_text

#: Distinct, saturated colours that stand out on a grey image (and differ from the crosshair's).
PALETTE: tuple[tuple[float, float, float], ...] = (
    (0.0, 0.85, 1.0),  # cyan
    (1.0, 0.3, 0.85),  # magenta
    (1.0, 0.55, 0.0),  # orange
    (0.35, 0.55, 1.0),  # blue
    (0.55, 1.0, 0.2),  # lime
    (0.75, 0.45, 1.0),  # violet
    (0.1, 1.0, 0.65),  # aquamarine
    (1.0, 0.4, 0.4),  # coral
    (1.0, 0.9, 0.1),  # yellow
    (1.0, 0.65, 0.8),  # pink
)

LINE_WIDTH_PX = 2.0
SELECTED_LINE_WIDTH_PX = 3.5
HANDLE_SIZE_PX = 7.0
LABEL_FONT_SIZE = 14
LABEL_OFFSET_PX = 8.0
ARROW_HEAD_PX = 14.0
ARROW_HEAD_ANGLE_DEG = 25.0
#: A 2-D laser pointer is shown when its point is this close to the plane (or within the slab).
POINTER_TOLERANCE_MM = 3.0
POINTER_DOT_PX = 10.0
POINTER_HALO_PX = 26.0
POINTER_HALO_OPACITY = 0.35

# Depths above the image (z = 0) and the crosshair (z = 0.5), towards the camera (z = 1000).
_Z_LINES, _Z_SELECTED, _Z_HANDLES, _Z_HALO, _Z_DOT = 0.6, 0.7, 0.8, 0.85, 0.9
_MINUS = "\u2212"


def owner_color(owner: str) -> tuple[float, float, float]:
    """The colour of an owner's annotations: the same for everybody, every session (CRC-32)."""
    return PALETTE[zlib.crc32(str(owner).encode("utf-8")) % len(PALETTE)]


def _lighter(rgb, amount: float = 0.55) -> tuple[float, float, float]:
    return tuple(float(c + (1.0 - c) * amount) for c in rgb)


def _signed(text: str) -> str:
    return text.replace("-", _MINUS)


def _num(value: float, units: str = "") -> str:
    """A pixel value: integers for HU, else three significant digits."""
    if units == "HU" or abs(value) >= 100:
        s = f"{value:.0f}"
    elif abs(value) >= 10:
        s = f"{value:.1f}"
    else:
        s = f"{value:.3g}"
    return _signed("0" if s in ("-0", "-0.0") else s)


def _label_values(m: Measurement) -> dict[str, str | None]:
    """The measurement's fields as the labels show them (None: not measured)."""
    def num(v):
        return None if v is None else _num(v, m.units)

    def one(v):
        return None if v is None else f"{v:.1f}"

    area = m.area_mm2
    return {"length_mm": one(m.length_mm), "angle_deg": one(m.angle_deg),
            "area_mm2": None if area is None else (f"{area:.0f}" if area >= 100 else f"{area:.1f}"),
            "mean": num(m.mean), "sd": num(m.sd), "minimum": num(m.minimum), "maximum": num(m.maximum),
            "n_voxels": None if m.n_voxels is None else str(m.n_voxels), "units": f" {m.units}" if m.units else ""}


def _fill(template: str, values: dict) -> str | None:
    """``template`` with ``values``; None when a field it names has no value (or is unknown)."""
    try:
        names = [f for _, f, _, _ in Formatter().parse(template) if f is not None]
        if any(values.get(f) is None for f in names):
            return None
        return template.format(**values)
    except (ValueError, KeyError, IndexError, AttributeError):
        return None


def measurement_label(ann: Annotation, m: Measurement | None, templates: dict[str, str] | None = None) -> str:
    """The text shown next to an annotation: its measurement (its kind's ``label_templates``,
    ``templates`` mapping each to its translation), after its own text if any."""
    parts = []
    if ann.text:
        parts.append(ann.text)
    if m is not None:
        try:
            own = kind_of(ann).label_templates
        except GeometryError:
            own = ()
        values = _label_values(m)
        unit = m.length_unit or "mm"
        for tpl in own:
            text = _fill(_in_unit((templates or {}).get(tpl) or tpl, unit), values)
            if text is None and templates and templates.get(tpl):  # a broken translation: the original
                text = _fill(_in_unit(tpl, unit), values)
            if text is not None:
                parts.append(text)
        if m.calibration:  # a 2-D image: "at detector", "uncalibrated", why there is no length...
            note = m.calibration
            if m.calibration_note and (templates or {}).get(m.calibration_note[0]):
                note = fill_note(templates[m.calibration_note[0]], m.calibration_note[1:])
            parts.append(note)
    return " \u00b7 ".join(parts)


def _in_unit(template: str, unit: str) -> str:
    """A label template whose lengths are in ``unit`` (the templates say mm; an uncalibrated 2-D
    image measures in px)."""
    return template if unit == "mm" else re.sub(r"(?<![\w{])mm", unit, template)  # not in {length_mm}


# --------------------------------------------------------------------------- VTK helpers


def _id_array(values) -> object:
    return numpy_support.numpy_to_vtkIdTypeArray(np.ascontiguousarray(values, dtype=np.int64), deep=1)


class _Polylines:
    """One polydata of polylines (and optionally vertices) with per-cell/per-point RGB colours."""

    def __init__(self, renderer, width: float, z: float, vertices: bool = False, point_size: float = 1.0,
                 opacity: float = 1.0, spheres: bool = False):
        self.z = z
        self.vertices = vertices
        self.poly = vtkPolyData()
        self.mapper = vtkPolyDataMapper()
        self.mapper.SetInputData(self.poly)
        self.mapper.SetColorModeToDirectScalars()
        self.mapper.SetScalarModeToUsePointData() if vertices else self.mapper.SetScalarModeToUseCellData()
        self.actor = vtkActor()
        self.actor.SetMapper(self.mapper)
        prop = self.actor.GetProperty()
        prop.LightingOff()
        prop.SetLineWidth(width)
        prop.SetPointSize(point_size)
        prop.SetOpacity(opacity)
        if spheres:
            prop.RenderPointsAsSpheresOn()
        self.actor.PickableOff()
        self.actor.VisibilityOff()
        renderer.AddActor(self.actor)
        self._keep = None

    def set(self, pieces: list[np.ndarray], colors: list) -> None:
        """``pieces``: (n_i, 2) world polylines (lines) or points (vertices); ``colors``: RGB 0..1
        per piece."""
        pieces = [p for p in pieces if len(p)]
        if not pieces:
            self.actor.VisibilityOff()
            return
        counts = np.array([len(p) for p in pieces], dtype=np.int64)
        xy = np.concatenate(pieces).astype(float)
        xyz = np.empty((len(xy), 3))
        xyz[:, :2] = xy
        xyz[:, 2] = self.z
        pts = vtkPoints()
        pts.SetData(numpy_support.numpy_to_vtk(xyz, deep=1))
        cells = vtkCellArray()
        rgb = np.clip(np.asarray(colors, dtype=float) * 255.0 + 0.5, 0, 255).astype(np.uint8)
        if self.vertices:
            cells.SetData(_id_array(np.arange(len(xy) + 1)), _id_array(np.arange(len(xy))))
            scal = np.repeat(rgb, counts, axis=0)
        else:
            offsets = np.concatenate([[0], np.cumsum(counts)])
            cells.SetData(_id_array(offsets), _id_array(np.arange(len(xy))))
            scal = rgb
        arr = numpy_support.numpy_to_vtk(np.ascontiguousarray(scal), deep=1, array_type=VTK_UNSIGNED_CHAR)
        arr.SetName("rgb")
        poly = self.poly
        poly.Initialize()
        poly.SetPoints(pts)
        if self.vertices:
            poly.SetVerts(cells)
            poly.GetPointData().SetScalars(arr)
        else:
            poly.SetLines(cells)
            poly.GetCellData().SetScalars(arr)
        poly.Modified()
        self.actor.VisibilityOn()

    def clear(self) -> None:
        self.actor.VisibilityOff()


class _Label:
    """A text actor anchored at a world point with an offset in pixels."""

    def __init__(self, renderer):
        self.anchor = vtkCoordinate()
        self.anchor.SetCoordinateSystemToWorld()
        self.actor = vtkTextActor()
        pos = self.actor.GetPositionCoordinate()
        pos.SetCoordinateSystemToViewport()
        pos.SetReferenceCoordinate(self.anchor)
        tp = self.actor.GetTextProperty()
        tp.SetFontSize(LABEL_FONT_SIZE)
        tp.BoldOn()
        tp.ShadowOn()
        self.actor.PickableOff()
        self.actor.VisibilityOff()
        renderer.AddViewProp(self.actor)
        self.key = None  # what is shown, to skip redundant VTK calls
        self.item_id: str | None = None
        self.placed = None  # (dx, dy) the layout moved the text to, relative to its anchor
        self._extent = None  # (text, (x0, y0, x1, y1)) ink box relative to the position, left/bottom justified

    def show(self, text: str, world, offset_px, color, justify=(0, 1), z: float = 0.9) -> None:
        """``world``: (x, y) in a slice scene (at depth ``z``) or (x, y, z)."""
        xyz = (float(world[0]), float(world[1]), float(world[2]) if len(world) > 2 else z)
        key = (text, xyz, tuple(float(v) for v in offset_px), tuple(color), tuple(justify))
        if key != self.key:
            self.key = key
            self.placed = None
            set_text(self.actor, text)
            self.anchor.SetValue(*xyz)
            self.actor.GetPositionCoordinate().SetValue(float(offset_px[0]), float(offset_px[1]))
            tp = self.actor.GetTextProperty()
            tp.SetColor(*color)
            tp.SetJustification(justify[0])
            tp.SetVerticalJustification(justify[1])
        if not self.actor.GetVisibility():
            self.actor.VisibilityOn()

    def hide(self) -> None:
        if self.actor.GetVisibility():
            self.actor.VisibilityOff()

    def extent(self, renderer) -> tuple[float, float, float, float]:
        """The text's ink box relative to its position when left/bottom justified (VTK's metrics)."""
        text = self.key[0]
        if self._extent is None or self._extent[0] != text:
            tp = self.actor.GetTextProperty()
            tp.SetJustification(0)
            tp.SetVerticalJustification(0)
            bbox = [0.0, 0.0, 0.0, 0.0]
            self.actor.GetBoundingBox(renderer, bbox)
            self._extent = (text, (bbox[0], bbox[2], bbox[1], bbox[3]))
        return self._extent[1]

    def request(self, key: str, renderer, to_viewport) -> tuple[LabelRequest, tuple]:
        """Its wish for :func:`render.label_layout.place_labels`: the box at its own offset/justification."""
        _text, xyz, offset, _color, justify = self.key
        ax, ay = to_viewport(xyz)
        x0, y0, x1, y1 = self.extent(renderer)
        w, h = x1 - x0, y1 - y0
        px = ax + offset[0] - (0.0, w / 2, w)[int(justify[0])]
        py = ay + offset[1] - (0.0, h / 2, h)[int(justify[1])]
        return LabelRequest(key, (ax, ay), (w, h), (px, py)), (ax, ay, x0, y0)

    def place(self, box, ref) -> None:
        """Draw the text with its ink box at ``box`` (viewport pixels)."""
        ax, ay, x0, y0 = ref
        placed = (round(box[0] - x0 - ax, 2), round(box[1] - y0 - ay, 2))
        tp = self.actor.GetTextProperty()
        tp.SetJustification(0)
        tp.SetVerticalJustification(0)
        if placed != self.placed:
            self.placed = placed
            self.actor.GetPositionCoordinate().SetValue(*placed)

    def drawn_box(self, renderer) -> tuple[float, float, float, float]:
        """(x0, y0, x1, y1) of the text as drawn now, in viewport pixels."""
        bbox = [0.0, 0.0, 0.0, 0.0]
        self.actor.GetBoundingBox(renderer, bbox)
        x, y = self.actor.GetPositionCoordinate().GetComputedViewportValue(renderer)
        return (x + bbox[0], y + bbox[2], x + bbox[1], y + bbox[3])


@dataclass
class _Item:
    """An annotation prepared for one scene orientation (world geometry cached)."""

    ann: Annotation
    kind: type[AnnotationKind]
    world: np.ndarray  # (n, 2) world (u, v) of the points
    depth: np.ndarray  # (n,) LPS coordinate of the points along the view normal
    in_plane_roi: bool  # ROI drawn in a plane parallel to the view (non-ROIs: True)
    color: tuple[float, float, float]
    label: str
    outline: np.ndarray | None = None  # (m, 2) world polyline (arrows: rebuilt per zoom)


def _arrow_outline(world: np.ndarray, mm_per_px: float) -> list[np.ndarray]:
    tail, head = world[0], world[1]
    d = head - tail
    length = float(np.hypot(*d))
    if length == 0:
        return [world]
    u = d / length
    size = min(ARROW_HEAD_PX * mm_per_px, 0.45 * length)
    ang = math.radians(ARROW_HEAD_ANGLE_DEG)
    c, s = math.cos(ang), math.sin(ang)
    back = -u
    left = np.array([c * back[0] - s * back[1], s * back[0] + c * back[1]])
    right = np.array([c * back[0] + s * back[1], -s * back[0] + c * back[1]])
    return [np.array([tail, head]), np.array([head + size * left, head, head + size * right])]


#: Screen-sized marks a kind may ask for (``AnnotationKind.decoration``): world points, mm/px -> pieces.
_DECORATIONS = {"arrowhead": _arrow_outline}


class AnnotationLayer:
    """Annotations, measurement labels and laser pointers of one 2-D view (see the module doc).

    GUI thread: ``set_annotations`` when the set changes (or the selection/draft), ``update(state)``
    after every ``scene.update(state)``, ``set_pointers`` whenever a pointer moves; then render.
    """

    def __init__(self, scene: SliceScene):
        self.scene = scene
        r = scene.renderer
        self._lines = _Polylines(r, LINE_WIDTH_PX, _Z_LINES)
        self._arrows = _Polylines(r, LINE_WIDTH_PX, _Z_LINES)
        self._selected_lines = _Polylines(r, SELECTED_LINE_WIDTH_PX, _Z_SELECTED)
        self._handles = _Polylines(r, 1.0, _Z_HANDLES, vertices=True, point_size=HANDLE_SIZE_PX)
        self._halo = _Polylines(r, 1.0, _Z_HALO, vertices=True, point_size=POINTER_HALO_PX,
                                opacity=POINTER_HALO_OPACITY, spheres=True)
        self._dots = _Polylines(r, 1.0, _Z_DOT, vertices=True, point_size=POINTER_DOT_PX, spheres=True)
        self._labels: dict[str, _Label] = {}  # by annotation id
        self._labels_shown: set[str] = set()
        self._pointer_labels: dict[str, _Label] = {}
        self._items: list[_Item] = []
        self._by_id: dict[str, _Item] = {}
        self._draft: _Item | None = None
        self._selected: str | None = None
        self._pointers: dict[str, tuple] = {}
        self._visible: list[_Item] = []
        self._shown_key = None
        self._zoom_key = None
        self._depth_lo = np.zeros(0)
        self._depth_hi = np.zeros(0)
        self._roi_ok = np.zeros(0, dtype=bool)
        self._state: ViewState | None = None
        self._layout_key = None
        #: The kinds' label templates in the interface language (English template -> translation);
        #: used from the next ``set_annotations``.
        self.label_templates: dict[str, str] = {}

    # ---------------------------------------------------------------- inputs
    def set_annotations(self, annotations, measurements: dict | None = None, selected: str | None = None,
                        draft: Annotation | None = None) -> None:
        """The annotations to draw (deleted ones are skipped), their measurements by annotation id
        (missing ones: lengths/angles/areas from the geometry alone), the selected id, the draft.
        Takes effect at the next ``update``."""
        measurements = measurements or {}
        items = []
        for ann in annotations:
            if ann.deleted:
                continue
            item = self._prepare(ann, measurements.get(ann.id))
            if item is not None:
                items.append(item)
        self._items = items
        self._by_id = {it.ann.id: it for it in items}
        self._selected = selected if selected in self._by_id else None
        self._draft = self._prepare(draft, measurements.get(draft.id), draft=True) if draft is not None else None
        self._depth_lo = np.array([it.depth.min() for it in items]) if items else np.zeros(0)
        self._depth_hi = np.array([it.depth.max() for it in items]) if items else np.zeros(0)
        self._roi_ok = np.array([it.in_plane_roi for it in items], dtype=bool)
        keep = set(self._by_id) | ({self._draft.ann.id} if self._draft is not None else set())
        for aid in [a for a in self._labels if a not in keep]:
            self.scene.renderer.RemoveViewProp(self._labels.pop(aid).actor)
            self._labels_shown.discard(aid)
        self._shown_key = self._zoom_key = None
        if self._state is not None:
            self.update(self._state)

    def _prepare(self, ann: Annotation, m: Measurement | None, draft: bool = False) -> _Item | None:
        if not ann.points:
            return None
        if not draft and bool(ann.sop_instance_uid) != bool(getattr(self.scene, "image_coordinates", False)):
            return None  # a 2-D image's annotation (image coordinates) is not drawn on a volume, nor the reverse
        try:
            kind = kind_of(ann)
        except GeometryError:  # a kind this workstation does not know: not drawn
            return None
        pts = np.asarray(ann.points, dtype=float).reshape(-1, 3)
        if not np.all(np.isfinite(pts)):
            return None
        scene = self.scene
        normal = scene.plane_normal()
        at_zero = np.asarray(scene.patient_to_world(np.zeros(3)), dtype=float)  # 0 for a slice scene
        to_world = np.array([scene.patient_to_world(e) - at_zero for e in np.eye(3)]).T  # (2, 3)
        world = pts @ to_world.T + at_zero
        depth = pts @ normal
        in_plane = True
        if kind.region and not draft:
            nrm = ann.plane_normal
            if nrm is None:
                try:
                    nrm = roi_plane(ann)[1]
                except GeometryError:
                    return None
            nrm = np.asarray(nrm, dtype=float)
            in_plane = abs(abs(float(nrm @ normal) / float(np.linalg.norm(nrm))) - 1.0) < 1e-3
        if m is None:
            try:
                # geometry only: length, angle, area (a 2-D image's scene measures with its calibration)
                m = self.scene.measure(ann) if hasattr(self.scene, "measure") else measure(ann)
            except GeometryError:
                m = None
        label = measurement_label(ann, m, self.label_templates) if not kind.label_needs_text or ann.text else ""
        outline = kind.outline(ann, draft)
        if outline is not None:
            outline = np.asarray(outline, dtype=float).reshape(-1, 3) @ to_world.T + at_zero
        return _Item(ann, kind, world, depth, in_plane, owner_color(ann.owner), label, outline)

    def set_pointers(self, pointers: dict) -> None:
        """Laser pointers: ``{user_id: (position_lps or None, (r, g, b), label)}`` (colours 0..1)."""
        self._pointers = dict(pointers)
        for uid in list(self._pointer_labels):
            if uid not in self._pointers:
                self._pointer_labels.pop(uid).hide()
        self._update_pointers()
        self._layout_labels()  # a pointer or quiz label shown now is placed now, not at the next update

    # ---------------------------------------------------------------- update
    def _plane(self) -> tuple[float, float, float]:
        """(displayed slice centre, half a slice, plane (slab centre), half the slab) along the
        normal, in mm (tolerances padded by 1 micrometre)."""
        scene = self.scene
        normal = scene.plane_normal()
        plane = float(scene.world_to_patient(0.0, 0.0) @ normal)
        step = scene.slice_step_mm()
        centre = plane
        if scene.canonical is not None:
            axis = int(np.argmax(normal))
            centre = float(scene.canonical.origin[axis] + scene.current_slice_index() * step)
        slab = float(self._state.slab_mm) if self._state is not None and self._state.slab_mm else 0.0
        return centre, 0.5 * step + 1e-3, plane, 0.5 * slab + 1e-3

    def _in_plane(self, lo, hi, plane_info) -> np.ndarray:
        centre, half, plane, half_slab = plane_info
        thin = (lo >= centre - half) & (hi <= centre + half)
        slab = (lo >= plane - half_slab) & (hi <= plane + half_slab)
        return thin | slab

    def _display_transform(self):
        """(origin, ex, ey): display = origin + u * ex + v * ey (parallel projection)."""
        r = self.scene.renderer
        out = []
        for u, v in ((0.0, 0.0), (1.0, 0.0), (0.0, 1.0)):
            r.SetWorldPoint(u, v, 0.0, 1.0)
            r.WorldToDisplay()
            out.append(np.array(r.GetDisplayPoint()[:2]))
        o = out[0]
        return o, out[1] - o, out[2] - o

    def _mm_per_px(self) -> float:
        if self.scene.renderer.GetRenderWindow() is None:
            return 0.5
        _, ex, _ = self._display_transform()
        n = float(np.hypot(*ex))
        return 1.0 / n if n > 0 else 0.5

    def update(self, state: ViewState) -> None:
        """Show what lies in the view's current plane (call after ``scene.update(state)``)."""
        self._state = state
        if self.scene.canonical is None:
            return
        plane_info = self._plane()
        mask = (self._in_plane(self._depth_lo, self._depth_hi, plane_info) & self._roi_ok
                if self._items else np.zeros(0, bool))
        visible = [it for it, ok in zip(self._items, mask) if ok]
        has_arrows = any(it.kind.decoration for it in visible) or (
            self._draft is not None and bool(self._draft.kind.decoration))
        mm_px = round(self._mm_per_px(), 6) if has_arrows else None
        key = (tuple(mask.tolist()), self._selected, id(self._draft))
        if key != self._shown_key:  # the shown set changed: shapes and labels
            self._shown_key = key
            self._visible = visible
            self._rebuild_static(visible)
        if (key, mm_px) != self._zoom_key:  # ... or only the zoom: arrow heads, selection
            self._zoom_key = (key, mm_px)
            self._rebuild_zoomed(visible, mm_px or 0.5)
        self._update_pointers(plane_info)
        self._layout_labels()

    def shown_labels(self) -> list[tuple[str, _Label]]:
        """(key, label) of every label drawn, in the order they are placed: laser pointers and
        quiz marks ("pointer:<user>"), the selected annotation, then the others ("annotation:<id>")."""
        out = [(f"pointer:{uid}", lab) for uid, lab in self._pointer_labels.items() if lab.actor.GetVisibility()]
        order = {it.ann.id: i for i, it in enumerate(self._items)}
        ids = sorted(self._labels_shown, key=lambda aid: (aid != self._selected, order.get(aid, -1), aid))
        out += [(f"annotation:{aid}", self._labels[aid]) for aid in ids if self._labels[aid].actor.GetVisibility()]
        return out

    def _layout_labels(self) -> None:
        """Move the labels so that each stays inside the viewport, apart from the others and from
        the corner text (``render.label_layout``); again whenever zoom, pan, size or text change."""
        r = self.scene.renderer
        if r.GetRenderWindow() is None:
            return
        width, height = (int(v) for v in r.GetSize())
        labels = self.shown_labels()
        if width <= 0 or height <= 0 or not labels:
            self._layout_key = None
            return
        text = getattr(self.scene, "text", None)
        layout = getattr(text, "layout", None)
        obstacles = [box for _k, box in layout.boxes()] if layout is not None else []
        cam = r.GetActiveCamera()
        key = (tuple((k, lab.key) for k, lab in labels), width, height, tuple(map(tuple, obstacles)),
               cam.GetPosition(), cam.GetFocalPoint(), cam.GetViewUp(), cam.GetParallelScale())
        if key == self._layout_key:
            return
        self._layout_key = key
        ox, oy = r.GetOrigin()

        def to_viewport(xyz):
            r.SetWorldPoint(xyz[0], xyz[1], xyz[2], 1.0)
            r.WorldToDisplay()
            x, y, _ = r.GetDisplayPoint()
            return x - ox, y - oy

        requests, refs = [], {}
        for k, lab in labels:
            req, ref = lab.request(k, r, to_viewport)
            requests.append(req)
            refs[k] = (lab, ref)
        for k, box in place_labels(requests, width, height, obstacles).items():
            lab, ref = refs[k]
            lab.place(box, ref)

    def label_boxes(self) -> dict[str, tuple[float, float, float, float]]:
        """Key (see :meth:`shown_labels`) -> (x0, y0, x1, y1) of each label as drawn (viewport pixels)."""
        return {k: lab.drawn_box(self.scene.renderer) for k, lab in self.shown_labels()}

    def _outline(self, item: _Item, mm_per_px: float) -> list[np.ndarray]:
        pieces = [item.outline] if item.outline is not None else []
        decorate = _DECORATIONS.get(item.kind.decoration)
        if decorate is not None and len(item.world) == 2:
            pieces += decorate(item.world, mm_per_px)
        return pieces

    def _rebuild_zoomed(self, visible: list[_Item], mm_per_px: float) -> None:
        """Arrows (their heads keep their size on screen), the selected one and the draft."""
        arrows = [it for it in visible if it.kind.decoration]
        pieces, colors = [], []
        for it in arrows:
            for piece in self._outline(it, mm_per_px):
                pieces.append(piece)
                colors.append(it.color)
        self._arrows.set(pieces, colors)
        # The selected annotation (if shown) and the draft: on top, with handles.
        sel = [it for it in visible if it.ann.id == self._selected]
        top = sel + ([self._draft] if self._draft is not None else [])
        sel_pieces, sel_colors, handle_pts, handle_colors = [], [], [], []
        for it in top:
            color = _lighter(it.color) if it in sel else it.color
            for piece in self._outline(it, mm_per_px):
                sel_pieces.append(piece)
                sel_colors.append(color)
            handle_pts.append(it.world)
            handle_colors.append((1.0, 1.0, 1.0))
        if sel_pieces:
            self._selected_lines.set(sel_pieces, sel_colors)
        else:
            self._selected_lines.clear()
        if handle_pts:
            self._handles.set(handle_pts, handle_colors)
        else:
            self._handles.clear()

    def _rebuild_static(self, visible: list[_Item]) -> None:
        """Every shown shape but arrows (one merged polydata) and the labels."""
        pieces, colors = [], []
        for it in visible:
            if it.outline is not None and not it.kind.decoration:
                pieces.append(it.outline)
                colors.append(it.color)
        self._lines.set(pieces, colors)
        # Labels.
        labelled = [it for it in visible + ([self._draft] if self._draft else []) if it.label]
        # One text actor per annotation, kept while it exists: scrolling back and forth only
        # toggles visibility (no new text rasterised).
        shown = set()
        for it in labelled:
            aid = it.ann.id
            lab = self._labels.get(aid)
            if lab is None:
                lab = self._labels[aid] = _Label(self.scene.renderer)
                lab.item_id = aid
            anchor, offset, justify = self._label_place(it)
            color = _lighter(it.color, 0.3) if aid == self._selected else it.color
            lab.show(it.label, anchor, offset, color, justify)
            shown.add(aid)
        for aid in self._labels_shown - shown:
            self._labels[aid].hide()
        self._labels_shown = shown

    @staticmethod
    def _label_place(it: _Item):
        """(world anchor, pixel offset, (horizontal, vertical) justification) of a label."""
        w = it.world
        k = it.kind.label_at
        if k == "anchor":
            return w[0], (4.0, 4.0), (0, 0)
        if k == "tail" and len(w) >= 2:  # by the tail, away from the head
            d = w[0] - w[1]
            d = d / (np.hypot(*d) or 1.0)
            return w[0], tuple(LABEL_OFFSET_PX * d), (0 if d[0] >= 0 else 2, 1)
        if k == "vertex" and len(w) == 3:  # outside the angle, opposite its bisector
            a, b = w[0] - w[1], w[2] - w[1]
            bis = a / (np.hypot(*a) or 1.0) + b / (np.hypot(*b) or 1.0)
            n = np.hypot(*bis)
            d = -bis / n if n > 1e-9 else np.array([0.0, 1.0])
            return w[1], tuple(2 * LABEL_OFFSET_PX * d), (0 if d[0] >= 0 else 2, 1)
        if k == "extent" and len(w) == 3:
            c, a, b = w[0], w[1] - w[0], w[2] - w[0]
            ext = np.abs(a) + np.abs(b)
            return c + ext * np.array([1.0, 0.0]), (LABEL_OFFSET_PX, 0.0), (0, 1)
        shape = it.outline if it.outline is not None else w  # "rightmost": length, polygon
        i = int(np.argmax(shape[:, 0]))
        return shape[i], (LABEL_OFFSET_PX, 0.0), (0, 1)

    def _update_pointers(self, plane_info=None) -> None:
        if self.scene.canonical is None:
            return
        normal = self.scene.plane_normal()
        centre, half, plane, half_slab = plane_info or self._plane()
        tol = max(POINTER_TOLERANCE_MM, half, half_slab)
        pts, colors = [], []
        for uid, (pos, color, label) in self._pointers.items():
            lab = self._pointer_labels.get(uid)
            if pos is None or abs(float(np.asarray(pos, dtype=float) @ normal) - plane) > tol:
                if lab is not None:
                    lab.hide()
                continue
            w = self.scene.patient_to_world(pos)
            pts.append(w[None, :])
            colors.append(tuple(float(c) for c in color))
            if label:
                if lab is None:
                    lab = self._pointer_labels[uid] = _Label(self.scene.renderer)
                lab.show(str(label), w, (0.5 * POINTER_HALO_PX, 0.5 * POINTER_HALO_PX), colors[-1], (0, 0), z=_Z_DOT)
            elif lab is not None:
                lab.hide()
        if pts:
            self._halo.set(pts, colors)
            self._dots.set(pts, [_lighter(c, 0.25) for c in colors])
        else:
            self._halo.clear()
            self._dots.clear()

    # ------------------------------------------------------------- queries
    def visible_ids(self) -> list[str]:
        """Ids of the annotations shown in the current plane (after the last ``update``)."""
        return [it.ann.id for it in self._visible]

    def label_text(self, annotation_id: str) -> str:
        """The label text of an annotation ("" when it has none or is unknown)."""
        it = self._by_id.get(annotation_id)
        if it is None and self._draft is not None and self._draft.ann.id == annotation_id:
            it = self._draft
        return it.label if it is not None else ""

    def label_actor(self, annotation_id: str) -> vtkTextActor | None:
        """The text actor currently showing an annotation's label (None when not shown)."""
        lab = self._labels.get(annotation_id)
        return lab.actor if lab is not None and lab.actor.GetVisibility() else None

    def label_anchor(self, annotation_id: str) -> np.ndarray | None:
        """Display position (x, y) of an annotation's label anchor (the text starts there)."""
        actor = self.label_actor(annotation_id)
        if actor is None:
            return None
        self.scene._require_window()
        x, y = actor.GetPositionCoordinate().GetComputedDoubleDisplayValue(self.scene.renderer)
        return np.array([x, y])

    def pointer_label_actor(self, user_id: str) -> vtkTextActor | None:
        lab = self._pointer_labels.get(user_id)
        return lab.actor if lab is not None and lab.actor.GetVisibility() else None

    def _display_pieces(self, it: _Item, o, ex, ey, mm_per_px) -> list[np.ndarray]:
        out = []
        for piece in self._outline(it, mm_per_px):
            out.append(o + piece[:, :1] * ex + piece[:, 1:2] * ey)
        if it.kind.label_at == "anchor":  # the point itself (its label is the shape)
            out.append(o + it.world[:, :1] * ex + it.world[:, 1:2] * ey)
        return out

    def pick(self, x: float, y: float, tolerance_px: float = 6.0) -> str | None:
        """Id of the shown annotation drawn nearest display pixel (x, y) (origin bottom-left),
        within ``tolerance_px`` of its outline (or its text label); None when there is none."""
        self.scene._require_window()
        o, ex, ey = self._display_transform()
        mm_per_px = 1.0 / (float(np.hypot(*ex)) or 1.0)
        p = np.array([float(x), float(y)])
        best, best_d = None, float(tolerance_px)
        for it in self._visible:
            for piece in self._display_pieces(it, o, ex, ey, mm_per_px):
                d = _distance_to_polyline(p, piece)
                if d <= best_d:
                    best, best_d = it.ann.id, d
            if it.kind.label_at == "anchor" and best != it.ann.id:
                actor = self.label_actor(it.ann.id)
                if actor is not None and _in_text_box(actor, self.scene.renderer, p, tolerance_px):
                    best, best_d = it.ann.id, min(best_d, tolerance_px)
        return best

    def pick_handle(self, x: float, y: float, tolerance_px: float = 8.0) -> tuple[str, int] | None:
        """(annotation id, point index) of the shown annotation point nearest display pixel (x, y)
        within ``tolerance_px`` -- the selected annotation's points first -- or None."""
        self.scene._require_window()
        o, ex, ey = self._display_transform()
        p = np.array([float(x), float(y)])
        order = sorted(self._visible, key=lambda it: it.ann.id != self._selected)
        for it in order:
            disp = o + it.world[:, :1] * ex + it.world[:, 1:2] * ey
            d = np.hypot(*(disp - p).T)
            i = int(np.argmin(d))
            if d[i] <= tolerance_px:
                return it.ann.id, i
        return None


def _distance_to_polyline(p: np.ndarray, pts: np.ndarray) -> float:
    if len(pts) == 1:
        return float(np.hypot(*(pts[0] - p)))
    a, b = pts[:-1], pts[1:]
    ab = b - a
    denom = np.einsum("ij,ij->i", ab, ab)
    t = np.where(denom > 0, np.einsum("ij,ij->i", p - a, ab) / np.where(denom > 0, denom, 1.0), 0.0)
    t = np.clip(t, 0.0, 1.0)
    closest = a + t[:, None] * ab
    return float(np.min(np.hypot(*(closest - p).T)))


def _in_text_box(actor: vtkTextActor, renderer, p: np.ndarray, tolerance_px: float) -> bool:
    bbox = [0.0, 0.0, 0.0, 0.0]
    actor.GetBoundingBox(renderer, bbox)  # (xmin, xmax, ymin, ymax) in pixels from its position
    ox, oy = actor.GetPositionCoordinate().GetComputedDoubleDisplayValue(renderer)
    x0, x1, y0, y1 = bbox[0] + ox, bbox[1] + ox, bbox[2] + oy, bbox[3] + oy
    return x0 - tolerance_px <= p[0] <= x1 + tolerance_px and y0 - tolerance_px <= p[1] <= y1 + tolerance_px


# --------------------------------------------------------------------------- 3-D pointers


class VolumePointerLayer:
    """Laser pointers in a :class:`~render.volume_view.VolumeScene`: a sphere and the user's name
    at each 3-D position (LPS mm, the volume scene's world frame)."""

    def __init__(self, scene, radius_mm: float | None = None):
        self.scene = scene
        self.radius_mm = radius_mm
        self._spheres: dict[str, tuple[vtkSphereSource, vtkActor]] = {}
        self._labels: dict[str, _Label] = {}

    def _radius(self) -> float:
        if self.radius_mm is not None:
            return float(self.radius_mm)
        try:
            b = self.scene.bounds()
        except RuntimeError:
            return 3.0
        diag = math.dist((b[0], b[2], b[4]), (b[1], b[3], b[5]))
        return max(2.0, 0.015 * diag)

    def set_pointers(self, pointers: dict) -> None:
        """``{user_id: (position_lps or None, (r, g, b), label)}``; absent users are removed."""
        r = self.scene.renderer
        for uid in list(self._spheres):
            if uid not in pointers:
                r.RemoveActor(self._spheres.pop(uid)[1])
        for uid in list(self._labels):
            if uid not in pointers:
                r.RemoveViewProp(self._labels.pop(uid).actor)
        radius = self._radius()
        for uid, (pos, color, label) in pointers.items():
            if uid not in self._spheres:
                src = vtkSphereSource()
                src.SetThetaResolution(24)
                src.SetPhiResolution(16)
                mapper = vtkPolyDataMapper()
                mapper.SetInputConnection(src.GetOutputPort())
                actor = vtkActor()
                actor.SetMapper(mapper)
                prop = actor.GetProperty()
                prop.SetAmbient(0.5)
                prop.SetDiffuse(0.6)
                prop.SetSpecular(0.3)
                actor.PickableOff()
                r.AddActor(actor)
                self._spheres[uid] = (src, actor)
            src, actor = self._spheres[uid]
            lab = self._labels.get(uid)
            if pos is None:
                actor.VisibilityOff()
                if lab is not None:
                    lab.hide()
                continue
            p = [float(v) for v in pos]
            src.SetCenter(*p)
            src.SetRadius(radius)
            actor.GetProperty().SetColor(*[float(c) for c in color])
            actor.VisibilityOn()
            if label:
                if lab is None:
                    lab = self._labels[uid] = _Label(r)
                lab.show(str(label), p, (10.0, 10.0), tuple(float(c) for c in color), (0, 0))
            elif lab is not None:
                lab.hide()

    def sphere_actor(self, user_id: str) -> vtkActor | None:
        entry = self._spheres.get(user_id)
        return entry[1] if entry is not None and entry[1].GetVisibility() else None

    def label_actor(self, user_id: str) -> vtkTextActor | None:
        lab = self._labels.get(user_id)
        return lab.actor if lab is not None and lab.actor.GetVisibility() else None


# --------------------------------------------------------------------------- key images


class _KeyImageScene:
    """A scene and its annotation layer updated together (for ``render.offscreen.snapshot``)."""

    def __init__(self, scene: SliceScene, layer: AnnotationLayer):
        self.scene, self.layer, self.renderer = scene, layer, scene.renderer

    def update(self, state: ViewState) -> None:
        self.scene.update(state)
        self.layer.update(state)


def render_key_image(volume: Volume, state: ViewState, orientation: str, annotations,
                     size: tuple[int, int] = (512, 512), measurements: dict | None = None,
                     crosshair: bool = False) -> np.ndarray:
    """A slice of ``volume`` as ``state`` shows it in ``orientation``, with ``annotations`` and
    their measurement labels burned in: (h, w, 3) uint8 RGB, top row first, ``size`` = (w, h).

    ``measurements`` by annotation id; when None, every measuring annotation is measured on
    ``volume`` (ROI statistics included)."""
    annotations = [a for a in annotations if not a.deleted]
    if measurements is None:
        measurements = {}
        for a in annotations:
            try:
                if kind_of(a).measures:
                    measurements[a.id] = measure(a, volume)
            except GeometryError:
                pass
    scene = SliceScene(orientation)
    scene.set_volume(volume)
    scene.set_crosshair_visible(crosshair)
    layer = AnnotationLayer(scene)
    layer.set_annotations(annotations, measurements)
    return snapshot(_KeyImageScene(scene, layer), size=size, state=state)
