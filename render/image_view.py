"""The 2-D image scene: one display-ready frame (``workstation.dicom.display.DisplayFrame``) on
screen, pixel row 0 at the top and column 0 at the left -- never mirrored, never resliced.

World frame: column c, row r of the picture is at world (c, (rows - 1 - r) * aspect), where
``aspect`` = row spacing / column spacing when the image is calibrated, else its Pixel Aspect
Ratio (1 without one), so a pixel is drawn with its true shape. ``zoom`` 1 fits the picture to the viewport; ``pan`` is the
offset (world units, screen right/up) of the view centre from the picture centre.
"""

from __future__ import annotations

import numpy as np
from vtkmodules.util import numpy_support
from vtkmodules.vtkCommonCore import VTK_UNSIGNED_CHAR
from vtkmodules.vtkCommonDataModel import vtkImageData
from vtkmodules.vtkFiltersSources import vtkPlaneSource
from vtkmodules.vtkRenderingCore import vtkActor, vtkPolyDataMapper, vtkRenderer, vtkTexture

import vtkmodules.vtkRenderingFreeType  # noqa: F401  (text rendering)
import vtkmodules.vtkRenderingOpenGL2  # noqa: F401  (OpenGL factories)
from workstation.dicom.display import DisplayFrame

from .slice_view import CornerTextMixin


class ImageScene(CornerTextMixin):
    def __init__(self):
        self.renderer = vtkRenderer()
        self.renderer.SetBackground(0.0, 0.0, 0.0)
        self.renderer.GetActiveCamera().ParallelProjectionOn()
        self._init_corner_texts()
        self.frame: DisplayFrame | None = None
        self._image = vtkImageData()
        self._pixels = np.zeros((1, 1), dtype=np.uint8)
        self._vtk_arr = None
        # The picture is a texture on a rectangle, pixel (r, c) centred on its world point: llvmpipe
        # draws this at about twice the speed of a vtkImageActor (whose shader does window/level
        # and lighting work the display-ready pixels do not need), which a 30 fps cine needs.
        self._plane = vtkPlaneSource()
        mapper = vtkPolyDataMapper()
        mapper.SetInputConnection(self._plane.GetOutputPort())
        self._texture = vtkTexture()
        self._texture.SetInputData(self._image)
        self._texture.InterpolateOn()  # linear between pixels, as the image actor was
        self._texture.SetColorModeToDirectScalars()  # the pixels are display values already
        self.actor = vtkActor()
        self.actor.SetMapper(mapper)
        self.actor.SetTexture(self._texture)
        self.actor.GetProperty().LightingOff()
        self.actor.VisibilityOff()
        self.renderer.AddViewProp(self.actor)
        self.aspect = 1.0
        self._labels: dict | None = None
        self.new_images = 0  # pictures that needed a new VTK array (another size), ...
        self.uploads = 0  # ... and frames copied into the array VTK already had (cine)

    def set_frame(self, shown: DisplayFrame) -> None:
        """Show a display-ready frame (uint8 grey or RGB, row 0 at the top).

        The next frame of the same size (a cine loop) is copied into the buffer VTK already
        holds and only that array is marked modified: no new VTK object per frame, the geometry
        and the orientation labels (laid out again only when they change) stay as they are."""
        px = shown.pixels
        if px.dtype != np.uint8 or px.ndim not in (2, 3) or (px.ndim == 3 and px.shape[2] != 3):
            raise ValueError(f"a display frame is uint8 (rows, cols) or (rows, cols, 3), got {px.dtype} {px.shape}")
        rows, cols = px.shape[:2]
        comps = 1 if px.ndim == 2 else 3
        cal = shown.header.calibration
        aspect = cal.aspect  # row / column spacing, else Pixel Aspect Ratio: drawn undistorted
        labels = dict(shown.header.labels)
        if self._vtk_arr is not None and self._pixels.shape == (rows * cols, comps) and aspect == self.aspect:
            # VTK's image rows run bottom-up: the picture is stored upside down so it shows upright.
            np.copyto(self._pixels.reshape(rows, cols, comps), px[::-1].reshape(rows, cols, comps))
            self._vtk_arr.Modified()  # the texture uploads this array again, nothing else changes
            self.uploads += 1
        else:
            self._new_image(px, rows, cols, comps, aspect)
        self.actor.VisibilityOn()
        self.frame = shown
        if labels != self._labels:
            self._labels = labels
            self.set_orientation_labels(shown.header.labels)

    def _new_image(self, px: np.ndarray, rows: int, cols: int, comps: int, aspect: float) -> None:
        """A picture of another size or shape: new buffer, new VTK array, new rectangle."""
        self._pixels = np.ascontiguousarray(px[::-1]).reshape(rows * cols, comps)
        self.aspect = aspect
        self._image.SetDimensions(cols, rows, 1)
        self._image.SetSpacing(1.0, self.aspect, 1.0)
        self._image.SetOrigin(0.0, 0.0, 0.0)
        arr = numpy_support.numpy_to_vtk(self._pixels, deep=0, array_type=VTK_UNSIGNED_CHAR)
        arr.SetName("pixels")
        self._vtk_arr = arr  # the numpy buffer lives in self._pixels
        self._image.GetPointData().SetScalars(arr)
        self._image.Modified()
        top = (rows - 1) * self.aspect
        self._plane.SetOrigin(-0.5, -0.5 * self.aspect, 0.0)  # pixel edges: centres at (c, r * aspect)
        self._plane.SetPoint1(cols - 0.5, -0.5 * self.aspect, 0.0)
        self._plane.SetPoint2(-0.5, top + 0.5 * self.aspect, 0.0)
        self.new_images += 1

    def orientation_labels(self) -> dict[str, str]:
        return dict(self.frame.header.labels) if self.frame is not None else {}

    def update(self, zoom: float = 1.0, pan: tuple[float, float] = (0.0, 0.0)) -> None:
        if self.frame is None:
            return
        rows, cols = self.frame.pixels.shape[:2]
        width, height = float(cols), float(rows) * self.aspect
        cu, cv = (cols - 1) / 2 + pan[0], (rows - 1) * self.aspect / 2 + pan[1]
        aspect = 1.0
        if self.renderer.GetRenderWindow() is not None:
            w, h = self.renderer.GetSize()
            if w > 0 and h > 0:
                aspect = w / h
        scale = max(height / 2.0, width / (2.0 * aspect)) / max(float(zoom), 1e-6)
        cam = self.renderer.GetActiveCamera()
        cam.SetFocalPoint(cu, cv, 0.0)
        cam.SetPosition(cu, cv, 1000.0)
        cam.SetViewUp(0.0, 1.0, 0.0)
        cam.SetParallelScale(scale)
        cam.SetClippingRange(500.0, 1500.0)
        self.text.update()  # the text follows the viewport's size

    def display_to_pixel(self, x: float, y: float) -> tuple[float, float]:
        """Display point (origin bottom-left) -> (row, col) of the picture (may be outside)."""
        r = self.renderer
        r.SetDisplayPoint(float(x), float(y), 0.0)
        r.DisplayToWorld()
        w = r.GetWorldPoint()
        rows = self.frame.pixels.shape[0] if self.frame is not None else 1
        return rows - 1 - (w[1] / w[3]) / self.aspect, w[0] / w[3]

    def pixel_to_display(self, row: float, col: float) -> tuple[float, float]:
        rows = self.frame.pixels.shape[0] if self.frame is not None else 1
        r = self.renderer
        r.SetWorldPoint(float(col), (rows - 1 - float(row)) * self.aspect, 0.0, 1.0)
        r.WorldToDisplay()
        d = r.GetDisplayPoint()
        return d[0], d[1]

    def world_per_display_pixel(self) -> float:
        a = self.renderer
        a.SetDisplayPoint(0.0, 0.0, 0.0)
        a.DisplayToWorld()
        p0 = np.array(a.GetWorldPoint()[:2]) / a.GetWorldPoint()[3]
        a.SetDisplayPoint(1.0, 0.0, 0.0)
        a.DisplayToWorld()
        p1 = np.array(a.GetWorldPoint()[:2]) / a.GetWorldPoint()[3]
        return float(np.linalg.norm(p1 - p0))
