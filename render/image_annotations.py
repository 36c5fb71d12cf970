"""Annotations on a 2-D image (radiograph, ultrasound, photo): the volume views' annotation layer
(:class:`render.annotations.AnnotationLayer`, same drawing, labels, picking) over the picture of a
:class:`render.image_view.ImageScene`.

A 2-D image annotation's points are image coordinates (column, row, 0) in SCOORD form (see
:mod:`workstation.annotations.image`). :class:`ImagePlane` gives the layer the few things it asks
of a slice scene -- the plane (z = 0 of the image frame), the mapping to the scene's world
(column c, row r of the picture is drawn at (c, (rows - 1 - r) * aspect)) and back -- so the
layer needs no second copy of any kind's drawing.
"""

from __future__ import annotations

from types import SimpleNamespace

import numpy as np

from workstation.annotations import GeometryError, MeasuredImage, measure_on_image

from .annotations import AnnotationLayer
from .image_view import ImageScene

_ORIGIN = SimpleNamespace(origin=np.zeros(3))  # the one "slice" of an image is at z = 0


class ImagePlane:
    """The slice-scene interface of an ImageScene, in image coordinates."""

    image_coordinates = True  # the annotation layer draws 2-D image annotations only (and only here)

    def __init__(self, scene: ImageScene):
        self.image_scene = scene
        self.renderer = scene.renderer
        self.image: MeasuredImage | None = None  # what draft labels are measured on

    # -- what AnnotationLayer asks of a scene
    @property
    def canonical(self):
        return _ORIGIN if self.image_scene.frame is not None else None

    def _rows_aspect(self) -> tuple[int, float]:
        frame = self.image_scene.frame
        return (frame.pixels.shape[0] if frame is not None else 1), self.image_scene.aspect

    @property
    def text(self):
        """The corner text (its boxes keep the labels away)."""
        return getattr(self.image_scene, "text", None)

    def plane_normal(self) -> np.ndarray:
        return np.array([0.0, 0.0, 1.0])

    def slice_step_mm(self) -> float:
        return 1.0

    def current_slice_index(self) -> int:
        return 0

    def patient_to_world(self, xyz) -> np.ndarray:
        """Image point (x, y, 0) (SCOORD) -> scene world (u, v)."""
        rows, aspect = self._rows_aspect()
        p = np.asarray(xyz, dtype=float)
        return np.array([p[0] - 0.5, (rows - 0.5 - p[1]) * aspect])

    def world_to_patient(self, u: float, v: float) -> np.ndarray:
        rows, aspect = self._rows_aspect()
        return np.array([float(u) + 0.5, rows - 0.5 - float(v) / aspect, 0.0])

    def _require_window(self):
        win = self.renderer.GetRenderWindow()
        if win is None:
            raise RuntimeError("the image scene's renderer is not in a render window: add it to one first")
        return win

    def measure(self, ann):
        if self.image is None:
            return None
        try:
            return measure_on_image(ann, self.image)
        except GeometryError:
            return None

    # -- what the drawing tools ask
    def screen_directions(self) -> tuple[np.ndarray, np.ndarray]:
        """Image-frame unit vectors pointing to screen right and screen up (row 0 is at the top)."""
        return np.array([1.0, 0.0, 0.0]), np.array([0.0, -1.0, 0.0])

    def display_to_image(self, x: float, y: float) -> np.ndarray:
        """Display point (origin bottom-left) -> image point (x, y, 0) in SCOORD form."""
        row, col = self.image_scene.display_to_pixel(x, y)
        return np.array([col + 0.5, row + 0.5, 0.0])


class ImageAnnotationLayer(AnnotationLayer):
    """The annotation layer of a 2-D image view: ``set_image`` with the shown frame's
    :class:`~workstation.annotations.image.MeasuredImage`, then as the volume layer."""

    def __init__(self, scene: ImageScene):
        super().__init__(ImagePlane(scene))

    def set_image(self, image: MeasuredImage | None) -> None:
        self.scene.image = image

    def refresh(self) -> None:
        """Re-place everything after the picture moved (zoom, pan, a new frame)."""
        from workstation.viewstate import ViewState

        self._shown_key = self._zoom_key = None
        self.update(self._state if self._state is not None else ViewState())


#: The longest side of a 2-D image's full-size key image (a secondary capture); larger images are scaled down.
MAX_KEY_IMAGE_SIDE = 4096


def key_image_size(header) -> tuple[int, int]:
    """(width, height) of a full-size key image of a 2-D image (``header``: an ``ImageHeader``):
    one screen pixel per column, rows Pixel Aspect Ratio columns high (drawn square, as the view),
    scaled down to at most MAX_KEY_IMAGE_SIDE."""
    aspect = float(getattr(header.calibration, "aspect", 1.0) or 1.0)
    w, h = float(header.cols), float(header.rows) * aspect
    scale = min(1.0, MAX_KEY_IMAGE_SIDE / max(w, h))
    return max(1, round(w * scale)), max(1, round(h * scale))


def render_image_key_image(shown, annotations, measurements: dict | None = None, image: MeasuredImage | None = None,
                           size: tuple[int, int] = (512, 512)) -> np.ndarray:
    """A 2-D image frame (``shown``: a ``DisplayFrame``) with ``annotations`` and their labels burned
    in, as the 2-D view draws them: (h, w, 3) uint8 RGB, top row first (a consult's key image)."""
    from .offscreen import snapshot

    scene = ImageScene()
    scene.set_frame(shown)
    layer = ImageAnnotationLayer(scene)
    layer.set_image(image)
    layer.set_annotations(annotations, measurements or {})

    class _Drawn:
        renderer = scene.renderer

        def update(self, _state) -> None:
            scene.update()
            layer.refresh()

    return snapshot(_Drawn(), size=size, state=True)
