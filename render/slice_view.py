"""Fast MPR slice scene (axial / coronal / sagittal) for the reading-room viewports.

The scene owns a ``vtkRenderer`` and its props, never the window or the interaction: the UI
adds ``scene.renderer`` to its render window, changes a ``ViewState`` and calls
``scene.update(state)`` then ``render_window.Render()`` (call ``update`` again after a resize so
the fit follows the new aspect ratio).

Speed: the volume is reoriented once to an LPS-aligned display frame (see ``render.reorient``);
each frame takes the 2-D slice (or slab) with numpy, windows it through a precomputed lookup
table straight into a uint8 buffer shared with a ``vtkImageData`` and marks it modified, so the
only VTK work per frame is one texture upload and drawing a quad.

Scene world frame: the image lies in the plane z = 0 with world x = screen right and world
y = screen up, in mm. ``ViewState.pan`` is the offset (mm, screen right, screen up) of the view
centre from the centre of the slice; ``zoom`` 1 fits the slice to the viewport.
"""

from __future__ import annotations

import numpy as np
from vtkmodules.util import numpy_support
from vtkmodules.vtkCommonCore import VTK_UNSIGNED_CHAR, vtkPoints
from vtkmodules.vtkCommonDataModel import vtkCellArray, vtkImageData, vtkPolyData
from vtkmodules.vtkRenderingCore import (
    vtkActor,
    vtkImageActor,
    vtkPolyDataMapper,
    vtkRenderer,
)

import vtkmodules.vtkRenderingFreeType  # noqa: F401  (text rendering)
import vtkmodules.vtkRenderingOpenGL2  # noqa: F401  (OpenGL factories)
from workstation.model import Volume
from workstation.viewstate import ViewState

from . import corner_text
from .corner_text import CORNERS
from .presets import window_lut, window_to_uint8
from .text import ViewportText
from .reorient import Canonical, canonicalize

ORIENTATIONS = ("axial", "coronal", "sagittal")
LABEL_FONT_SIZE = corner_text.LABEL_FONT_SIZE


class _CornerTexts:
    """The corner texts, readable like vtkCornerAnnotation (``GetText(i)``, its corner order)."""

    def __init__(self, texts: dict[str, str]):
        self.texts = texts

    def GetText(self, index: int) -> str:  # noqa: N802  (VTK naming, for existing callers)
        return self.texts.get(CORNERS[index], "")


# Per orientation: canonical array axis normal to the plane (array is [S, P, L]), LPS axis of
# the normal, LPS axes shown along screen x / y with their signs.
_GEOMETRY = {
    #            array axis, normal LPS axis, (u lps axis, sign), (v lps axis, sign)
    "axial": (0, 2, (0, +1), (1, -1)),  # screen right = L, up = A
    "coronal": (1, 1, (0, +1), (2, +1)),  # screen right = L, up = S
    "sagittal": (2, 0, (1, +1), (2, +1)),  # screen right = P, up = S
}

# Crosshair colours of each plane (the line showing plane X in another view has X's colour).
PLANE_COLORS = {"axial": (0.95, 0.35, 0.35), "coronal": (0.4, 0.85, 0.4), "sagittal": (0.95, 0.85, 0.3)}

_LETTERS = {(0, 1): "L", (0, -1): "R", (1, 1): "P", (1, -1): "A", (2, 1): "S", (2, -1): "I"}


def direction_label(d, min_component: float = 0.25) -> str:
    """Anatomical letters of an LPS direction, dominant first (e.g. "L", "LA" for oblique)."""
    d = np.asarray(d, dtype=float)
    d = d / np.linalg.norm(d)
    order = np.argsort(-np.abs(d))
    return "".join(_LETTERS[(int(a), 1 if d[a] > 0 else -1)] for a in order if abs(d[a]) >= min_component)


class CornerTextMixin:
    """Corner texts and edge labels of a scene (needs ``renderer``), laid out by
    ``render.corner_text`` so they never overlap (see ``render.text.ViewportText``); shared by the
    MPR and the 2-D image scenes."""

    def _init_corner_texts(self) -> None:
        self.text = ViewportText(self.renderer)
        self.corner_actors = self.text.corner_actors
        self.label_actors = self.text.label_actors
        self.corner_annotation = _CornerTexts(self.text.source)

    def set_overlay_text(self, corners: dict) -> None:
        """Text in the corners: keys top_left, top_right, bottom_left, bottom_right; a value is a
        text (one line per "\\n", earlier lines more important) or a list of
        ``render.corner_text.Line`` (any script: each line gets a font file that covers it).
        Long lines are elided and the least important dropped when the viewport is small."""
        self.text.set_corners(corners)
        self.text.update()

    def overlay_text(self, corner: str) -> str:
        """The text last set in a corner (in full, before eliding)."""
        return self.text.source.get(corner, "")

    def set_orientation_labels(self, labels: dict[str, str]) -> None:
        self.text.set_labels(labels)
        self.text.update()

    def text_boxes(self) -> list[tuple[str, tuple[float, float, float, float]]]:
        """(key, box) of every text drawn, as VTK reports it (viewport pixels, after a render)."""
        return self.text.drawn_boxes()


class SliceScene(CornerTextMixin):
    def __init__(self, orientation: str):
        if orientation not in ORIENTATIONS:
            raise ValueError(f"orientation must be one of {ORIENTATIONS}, got {orientation!r}")
        self.orientation = orientation
        self._array_axis, self._normal_axis, self._u, self._v = _GEOMETRY[orientation]
        self.renderer = vtkRenderer()
        self.renderer.SetBackground(0.0, 0.0, 0.0)
        cam = self.renderer.GetActiveCamera()
        cam.ParallelProjectionOn()
        self.volume: Volume | None = None
        self.canonical: Canonical | None = None
        self._plane_coord = 0.0
        self._wl: tuple[float, float] | None = None
        self._lut: np.ndarray | None = None
        self._lut_view = None
        self._invert = False

        # Image: uint8 buffer shared with VTK.
        self._image = vtkImageData()
        self._buffer = np.zeros((1, 1), dtype=np.uint8)
        self.actor = vtkImageActor()
        self.actor.GetMapper().SetInputData(self._image)
        prop = self.actor.GetProperty()
        prop.SetColorWindow(255.0)
        prop.SetColorLevel(127.5)
        prop.SetInterpolationTypeToLinear()
        self.actor.VisibilityOff()
        self.renderer.AddViewProp(self.actor)

        # Crosshair: a vertical and a horizontal line (4 points).
        self._cross_pts = vtkPoints()
        self._cross_pts.SetNumberOfPoints(4)
        self._cross_actors = []
        for idx in (0, 1):
            poly = vtkPolyData()
            poly.SetPoints(self._cross_pts)
            lines = vtkCellArray()
            lines.InsertNextCell(2)
            lines.InsertCellPoint(2 * idx)
            lines.InsertCellPoint(2 * idx + 1)
            poly.SetLines(lines)
            mapper = vtkPolyDataMapper()
            mapper.SetInputData(poly)
            actor = vtkActor()
            actor.SetMapper(mapper)
            actor.GetProperty().SetLineWidth(1.0)
            actor.GetProperty().LightingOff()
            actor.VisibilityOff()
            self.renderer.AddActor(actor)
            self._cross_actors.append(actor)
        others = [o for o in ORIENTATIONS if o != orientation]
        # Vertical line (constant u) is the plane whose normal is the u axis, etc.
        by_normal = {_GEOMETRY[o][1]: o for o in others}
        self.crosshair_planes = (by_normal[self._u[0]], by_normal[self._v[0]])
        for actor, name in zip(self._cross_actors, self.crosshair_planes):
            actor.GetProperty().SetColor(*PLANE_COLORS[name])
        self._cross_polys = [a.GetMapper().GetInput() for a in self._cross_actors]
        self.show_crosshair = True

        # Corner text and edge orientation labels (one actor per line, each with a font covering
        # its script, placed for the viewport's size: see render.text.ViewportText).
        self._init_corner_texts()

    # ------------------------------------------------------------------ volume
    def set_volume(self, volume: Volume, canonical: Canonical | None = None) -> None:
        """Show a volume (any acquisition orientation; oblique ones are resampled once).

        ``canonical``: the result of ``render.reorient.canonicalize(volume)`` computed beforehand
        (e.g. off the GUI thread, shared by all viewports); computed here when omitted.
        """
        self.volume = volume
        self.canonical = c = canonical if canonical is not None else canonicalize(volume)
        a = self._array_axis
        shape2d = [n for ax, n in enumerate(c.array.shape) if ax != a]  # (rows, cols) canonical
        rows, cols = shape2d
        self._buffer = np.zeros((rows, cols), dtype=np.uint8)
        self._image.SetDimensions(cols, rows, 1)
        su, sv = c.spacing[self._u[0]], c.spacing[self._v[0]]
        self._image.SetSpacing(su, sv, 1.0)
        self._image.SetOrigin(*self._uv_of_index_origin(), 0.0)
        vtk_arr = numpy_support.numpy_to_vtk(self._buffer.ravel(), deep=0, array_type=VTK_UNSIGNED_CHAR)
        vtk_arr.SetName("slice")
        self._vtk_arr = vtk_arr
        self._image.GetPointData().SetScalars(vtk_arr)
        self._wl = None
        # MONOCHROME1: low values are white (a stack of inverted projections, some MR/CT exports)
        self._invert = str(volume.meta.get("photometric", "")).upper() == "MONOCHROME1"
        self._lut = window_lut(c.array.dtype, 1.0, 0.0)  # placeholder, rebuilt on update
        if self._lut is not None:
            self._lut_view = c.array.view(f"u{c.array.dtype.itemsize}")
        self.actor.VisibilityOn()
        self.set_orientation_labels(self.orientation_labels())
        self.set_crosshair_visible(self.show_crosshair)
        self._image.Modified()

    def _uv_of_index_origin(self) -> tuple[float, float]:
        """World (u, v) of buffer pixel (row 0, col 0)."""
        c = self.canonical
        nx, ny, nz = c.shape_xyz
        n = (nx, ny, nz)
        out = []
        for axis, sign in (self._u, self._v):
            if sign > 0:
                out.append(c.origin[axis])
            else:  # buffer row 0 is the far end of that LPS axis
                out.append(-(c.origin[axis] + (n[axis] - 1) * c.spacing[axis]))
        return out[0], out[1]

    # --------------------------------------------------------------- geometry
    def plane_normal(self) -> np.ndarray:
        n = np.zeros(3)
        n[self._normal_axis] = 1.0
        return n

    def slice_step_mm(self) -> float:
        if self.canonical is None:
            return 1.0
        return float(self.canonical.spacing[self._normal_axis])

    def screen_directions(self) -> tuple[np.ndarray, np.ndarray]:
        """LPS unit vectors pointing to screen right and screen up."""
        right, up = np.zeros(3), np.zeros(3)
        right[self._u[0]] = self._u[1]
        up[self._v[0]] = self._v[1]
        return right, up

    def orientation_labels(self) -> dict[str, str]:
        right, up = self.screen_directions()
        return {"left": direction_label(-right), "right": direction_label(right),
                "top": direction_label(up), "bottom": direction_label(-up)}

    def patient_to_world(self, xyz) -> np.ndarray:
        p = np.asarray(xyz, dtype=float)
        return np.array([self._u[1] * p[self._u[0]], self._v[1] * p[self._v[0]]])

    def world_to_patient(self, u: float, v: float) -> np.ndarray:
        p = np.zeros(3)
        p[self._u[0]] = self._u[1] * u
        p[self._v[0]] = self._v[1] * v
        p[self._normal_axis] = self._plane_coord
        return p

    def _require_window(self):
        win = self.renderer.GetRenderWindow()
        if win is None:
            raise RuntimeError("the scene's renderer is not in a render window: add it to one first")
        return win

    def display_to_patient(self, x: float, y: float) -> np.ndarray:
        """Display pixel (origin bottom-left) -> LPS mm on the current plane."""
        self._require_window()
        r = self.renderer
        r.SetDisplayPoint(float(x), float(y), 0.0)
        r.DisplayToWorld()
        w = r.GetWorldPoint()
        return self.world_to_patient(w[0] / w[3], w[1] / w[3])

    def patient_to_display(self, xyz) -> np.ndarray:
        """LPS mm -> display pixel (x, y), origin bottom-left (projected onto the plane)."""
        self._require_window()
        u, v = self.patient_to_world(xyz)
        r = self.renderer
        r.SetWorldPoint(u, v, 0.0, 1.0)
        r.WorldToDisplay()
        d = r.GetDisplayPoint()
        return np.array([d[0], d[1]])

    # ---------------------------------------------------------------- update
    def current_slice_index(self) -> int:
        c = self.canonical
        return int(np.rint((self._plane_coord - c.origin[self._normal_axis]) / c.spacing[self._normal_axis]))

    def update(self, state: ViewState) -> None:
        if self.canonical is None:
            return
        c = self.canonical
        pos = np.asarray(state.position, dtype=float)
        self._plane_coord = float(pos[self._normal_axis])
        wl = (float(state.window), float(state.level))
        if wl != self._wl:
            self._wl = wl
            self._lut = window_lut(c.array.dtype, *wl)
        self._fill_buffer(state)
        self._vtk_arr.Modified()
        self._image.Modified()
        self._update_crosshair(pos)
        self._update_camera(state)
        self.text.update()  # the text follows the viewport's size

    def _fill_buffer(self, state: ViewState) -> None:
        c = self.canonical
        a = self._array_axis
        n = c.array.shape[a]
        step = c.spacing[self._normal_axis]
        centre = (self._plane_coord - c.origin[self._normal_axis]) / step
        half = 0.0
        if state.slab_mm and state.slab_mm > 0:
            half = 0.5 * float(state.slab_mm) / step
        k0 = int(np.ceil(centre - half - 1e-6)) if half else int(np.rint(centre))
        k1 = int(np.floor(centre + half + 1e-6)) if half else k0
        k0, k1 = max(k0, 0), min(k1, n - 1)
        if k0 > k1:  # plane outside the volume
            self._buffer[...] = 0
            return
        flip_rows = self._v[1] < 0  # axial: rows run anterior -> posterior reversed
        mode = state.slab_mode if k1 > k0 else "thin"
        src = self._lut_view if (self._lut is not None and mode != "mean") else c.array
        if mode == "thin":
            img = src[(slice(None),) * a + (k0,)]  # a view, no copy
        else:
            sub = np.take(c.array, np.arange(k0, k1 + 1), axis=a)
            if mode == "mip":
                img = sub.max(axis=a)
            elif mode == "minip":
                img = sub.min(axis=a)
            elif mode == "mean":
                img = sub.mean(axis=a, dtype=np.float32)
            else:
                raise ValueError(f"unknown slab mode {state.slab_mode!r} (mip, minip, mean)")
            if self._lut is not None and img.dtype == c.array.dtype:
                img = img.view(f"u{c.array.dtype.itemsize}")
        if flip_rows:
            img = img[::-1]
        if self._lut is not None and img.dtype.kind == "u" and img.dtype.itemsize == c.array.dtype.itemsize:
            np.take(self._lut, img, out=self._buffer, mode="clip")
        else:
            window_to_uint8(img, *self._wl, out=self._buffer)
        if self._invert:
            np.subtract(255, self._buffer, out=self._buffer)

    def set_crosshair_visible(self, flag: bool) -> None:
        self.show_crosshair = bool(flag)
        for actor in self._cross_actors:
            actor.SetVisibility(self.show_crosshair and self.canonical is not None)

    def _update_crosshair(self, pos: np.ndarray) -> None:
        u, v = self.patient_to_world(pos)
        bounds = self._image.GetBounds()
        pad = 0.0
        u0, u1, v0, v1 = bounds[0] - pad, bounds[1] + pad, bounds[2] - pad, bounds[3] + pad
        z = 0.5
        pts = self._cross_pts
        pts.SetPoint(0, u, v0, z)
        pts.SetPoint(1, u, v1, z)
        pts.SetPoint(2, u0, v, z)
        pts.SetPoint(3, u1, v, z)
        pts.Modified()
        for poly in self._cross_polys:
            poly.Modified()

    def _update_camera(self, state: ViewState) -> None:
        b = self._image.GetBounds()
        su, sv = self._image.GetSpacing()[:2]
        # Extent of the slice including half a pixel on each side.
        width, height = (b[1] - b[0]) + su, (b[3] - b[2]) + sv
        cu, cv = (b[0] + b[1]) / 2 + state.pan[0], (b[2] + b[3]) / 2 + state.pan[1]
        aspect = 1.0
        win = self.renderer.GetRenderWindow()
        if win is not None:
            w, h = self.renderer.GetSize()
            if w > 0 and h > 0:
                aspect = w / h
        scale = max(height / 2.0, width / (2.0 * aspect)) / max(float(state.zoom), 1e-6)
        cam = self.renderer.GetActiveCamera()
        cam.SetFocalPoint(cu, cv, 0.0)
        cam.SetPosition(cu, cv, 1000.0)
        cam.SetViewUp(0.0, 1.0, 0.0)
        cam.SetParallelScale(scale)
        cam.SetClippingRange(500.0, 1500.0)
