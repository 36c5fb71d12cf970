"""VTK viewports embedded in Qt: 2-D MPR slice views and the 3-D volume view.

The viewports own no state: mouse and keyboard change the shared ViewState, and a change of the
ViewState schedules one render of every viewport (coalesced in the next event-loop turn).
"""

from __future__ import annotations

import logging
import math

import numpy as np
import vtkmodules.qt

vtkmodules.qt.PyQtImpl = "PySide6"
import vtkmodules.vtkInteractionStyle  # noqa: E402,F401  (registers interactor styles)
import vtkmodules.vtkRenderingOpenGL2  # noqa: E402,F401  (registers the OpenGL back end)
from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QObject, Qt, QTimer, Signal  # noqa: E402
from vtkmodules.qt.QVTKRenderWindowInteractor import QVTKRenderWindowInteractor  # noqa: E402
from vtkmodules.vtkInteractionStyle import vtkInteractorStyleTrackballCamera  # noqa: E402

from render.annotations import AnnotationLayer, VolumePointerLayer  # noqa: E402
from render.corner_text import image_corners, mpr_corners  # noqa: E402
from render.offscreen import tune_render_window  # noqa: E402
from render.slice_view import SliceScene  # noqa: E402
from render.volume_view import NotAVolume, OrientationMarker, VolumeScene, check_renderable  # noqa: E402
from workstation.model import Volume  # noqa: E402

from ui.reading.annotation_tools import NAVIGATE, POINTER, SELECT, DrawingGesture, label_templates  # noqa: E402
from workstation.viewstate import ViewState  # noqa: E402

from ui.common.qthreading import Task  # noqa: E402

log = logging.getLogger(__name__)
CLICK_SLOP_PX = 3


class _Drawing:
    """The end of a drawing gesture, the same in the MPR and the 2-D viewports (each has its own
    ``_finish_gesture``: patient mm there, image points and the SOP instance here): a text tool asks
    for its words, the others place their last point; a double click or Return closes a polygon,
    Escape drops it, Delete removes the selected annotation."""

    def _end_gesture(self, xyz) -> None:
        if self.gesture.wants_text:
            from PySide6.QtWidgets import QInputDialog

            text, ok = QInputDialog.getText(
                self, QCoreApplication.translate("SliceViewport", "Text annotation"),
                QCoreApplication.translate("SliceViewport", "Text:"))
            if ok:
                self.gesture.place_text(xyz, text)
        else:
            self.gesture.release(xyz)
        self._finish_gesture()

    def mouseDoubleClickEvent(self, ev):
        if self.gesture is not None and self.gesture.closes_on_double_click:
            self.gesture.close_polygon()
            self._finish_gesture()

    def _drawing_key(self, key) -> None:
        """Escape drops the drawing, Return closes a polygon, Delete removes the selected annotation."""
        if key == Qt.Key_Escape:
            self.gesture = None
            self.schedule_render()
        elif key in (Qt.Key_Return, Qt.Key_Enter) and self.gesture is not None:
            self.gesture.close_polygon()
            self._finish_gesture()
        elif key in (Qt.Key_Delete, Qt.Key_Backspace) and self.selected:
            self.delete_requested.emit(self.selected)


class _Viewport(QVTKRenderWindowInteractor):
    activated = Signal(str)

    def __init__(self, name: str, state: ViewState, parent=None):
        super().__init__(parent)
        self.name = name
        self.state = state
        self.volume: Volume | None = None
        self._render_pending = False
        self.setMinimumSize(120, 120)
        self.setFocusPolicy(Qt.StrongFocus)

    def attach(self, renderer) -> None:
        tune_render_window(self.GetRenderWindow())
        self.GetRenderWindow().AddRenderer(renderer)
        self.Initialize()

    def schedule_render(self) -> None:
        if not self._render_pending:
            self._render_pending = True
            QTimer.singleShot(0, self._render_now)

    def _render_now(self) -> None:
        self._render_pending = False
        if self.isVisible() and self.volume is not None:
            self.sync_scene()
            self.GetRenderWindow().Render()

    def sync_scene(self) -> None:  # pragma: no cover - overridden
        raise NotImplementedError

    def vtk_xy(self, pos) -> tuple[float, float]:
        """Qt widget position (top-left origin, logical px) -> VTK display (bottom-left, device px)."""
        ratio = self.devicePixelRatioF()
        return pos.x() * ratio, (self.height() - pos.y() - 1) * ratio

    def resizeEvent(self, ev):
        super().resizeEvent(ev)
        self.schedule_render()  # the scenes fit their picture to the new size

    def close_vtk(self) -> None:
        self.Finalize()


# The fixed words of the viewport corner texts (keys and English of
# render.corner_text.TEMPLATES), translated into the interface language where they are shown.
CORNER_TEMPLATES = {
    "slice": QT_TRANSLATE_NOOP("ViewportText", "%1: %2 mm"),
    "slab": QT_TRANSLATE_NOOP("ViewportText", "%1 slab %2 mm"),
    "window": QT_TRANSLATE_NOOP("ViewportText", "W %1  L %2"),
    "zoom": QT_TRANSLATE_NOOP("ViewportText", "Zoom %1"),
    "image": QT_TRANSLATE_NOOP("ViewportText", "Image %1/%2"),
    "frame": QT_TRANSLATE_NOOP("ViewportText", "Frame %1/%2"),
    "frame_of_image": QT_TRANSLATE_NOOP("ViewportText", "Frame %1/%2  (image %3/%4)"),
    "voi_lut": QT_TRANSLATE_NOOP("ViewportText", "VOI LUT: %1"),
    "voi_lut_default": QT_TRANSLATE_NOOP("ViewportText", "VOI LUT"),
    "inverse": QT_TRANSLATE_NOOP("ViewportText", "(inverse)"),
    "calibrated": QT_TRANSLATE_NOOP("ViewportText", "%1 x %2 mm/pixel"),
    "detector": QT_TRANSLATE_NOOP("ViewportText", "%1 x %2 mm/pixel at detector"),
    "magnification": QT_TRANSLATE_NOOP("ViewportText", "(not corrected for magnification)"),
    "magnified": QT_TRANSLATE_NOOP("ViewportText", "\u00f7 %1 estimated magnification"),
    "us_regions": QT_TRANSLATE_NOOP("ViewportText", "mm in %1 ultrasound region(s) in cm"),
    "uncalibrated": QT_TRANSLATE_NOOP("ViewportText", "uncalibrated: measurements in pixels"),
}


def corner_templates() -> dict[str, str]:
    """``render.corner_text.TEMPLATES`` in the interface language."""
    return {key: QCoreApplication.translate("ViewportText", text) for key, text in CORNER_TEMPLATES.items()}


def overlay_text(volume: Volume, state: ViewState, scene) -> dict:
    """Patient and study in the top corners, slice and display settings at the bottom (lines
    with priorities, laid out by the scene for the viewport's size)."""
    return mpr_corners(volume.meta, state, scene.plane_normal(), corner_templates())


class SliceViewport(_Drawing, _Viewport):
    """An MPR view. With the navigate tool: wheel scrolls, left-drag changes window/level,
    right-drag zooms, middle or shift+left drag pans, a click puts the crosshair (and the other
    views) on that point. Other tools draw annotations, point with the laser pointer or select;
    the wheel, right and middle buttons keep navigating whatever the tool."""

    probed = Signal(object, object)  # LPS position (np.ndarray) or None, value or None
    annotation_created = Signal(object)  # Annotation
    annotation_selected = Signal(object)  # annotation id or None
    annotation_moved = Signal(str, int, object)  # id, point index, new LPS position
    delete_requested = Signal(str)  # annotation id
    pointer_moved = Signal(str, object)  # view name, LPS position or None

    def __init__(self, orientation: str, state: ViewState, parent=None):
        super().__init__(orientation, state, parent)
        self.scene = SliceScene(orientation)
        self.attach(self.scene.renderer)
        self.layer = AnnotationLayer(self.scene)
        self.layer.label_templates = label_templates()
        self.setMouseTracking(True)
        self._drag = None
        self.tool = NAVIGATE
        self.identity = ("local", "", "specialist")  # user id, display name, role
        self.gesture: DrawingGesture | None = None
        self._annotations: list = []
        self._measurements: dict = {}
        self.selected: str | None = None
        self._handle = None

    def set_volume(self, volume: Volume | None) -> None:
        self.volume = volume
        if volume is not None:
            self.scene.set_volume(volume)
        self.schedule_render()

    def sync_scene(self) -> None:
        self.scene.update(self.state)
        self.scene.set_overlay_text(overlay_text(self.volume, self.state, self.scene))
        draft = self.gesture.draft if self.gesture is not None else None
        self.layer.set_annotations(self._annotations, self._measurements, selected=self.selected, draft=draft)
        self.layer.update(self.state)

    def set_annotations(self, annotations, measurements=None) -> None:
        self._annotations = list(annotations)
        self._measurements = dict(measurements or {})
        if self.selected and not any(a.id == self.selected for a in self._annotations):
            self.selected = None
        self.schedule_render()

    def set_pointers(self, pointers: dict) -> None:
        self.layer.set_pointers(pointers)
        self.schedule_render()

    def set_tool(self, tool: str) -> None:
        self.tool = tool
        self.gesture = None
        self.setCursor(Qt.ArrowCursor if tool in (NAVIGATE, SELECT) else Qt.CrossCursor)
        self.schedule_render()

    def extent_mm(self) -> tuple[float, float]:
        """First and last slice positions along this view's normal."""
        normal = self.scene.plane_normal()
        nx, ny, nz = self.volume.shape_ijk
        corners = np.array([[i, j, k] for i in (0, nx - 1) for j in (0, ny - 1) for k in (0, nz - 1)])
        proj = self.volume.index_to_patient(corners) @ normal
        return float(proj.min()), float(proj.max())

    def scroll(self, steps: float) -> None:
        """Move the crosshair by whole slices along the normal, stopping at the first/last slice."""
        if self.volume is None:
            return
        normal = self.scene.plane_normal()
        pos = np.asarray(self.state.position, dtype=float)
        here = float(pos @ normal)
        lo, hi = self.extent_mm()
        target = min(max(here + self.scene.slice_step_mm() * steps, lo), hi)
        self.state.position = tuple(float(v) for v in pos + normal * (target - here))

    def patient_at(self, pos) -> np.ndarray:
        return np.asarray(self.scene.display_to_patient(*self.vtk_xy(pos)))

    # --- Qt events (not forwarded to VTK: the ViewState is the truth) ---
    def mousePressEvent(self, ev):
        self.activated.emit(self.name)
        s = self.state
        self._drag = (ev.button(), ev.modifiers(), ev.position(), s.window, s.level, s.zoom, tuple(s.pan), False)
        if self.volume is None or ev.button() != Qt.LeftButton or ev.modifiers() & Qt.ShiftModifier:
            return
        if self.tool == POINTER:
            self.pointer_moved.emit(self.name, self.patient_at(ev.position()))
        elif self.tool == SELECT:
            x, y = self.vtk_xy(ev.position())
            hit = self.layer.pick_handle(x, y)
            if hit is not None and hit[0] == self.selected:
                self._handle = hit  # drag a point of the selected annotation
            else:
                self.selected = self.layer.pick(x, y) or (hit[0] if hit else None)
                self.annotation_selected.emit(self.selected)
                self.schedule_render()
        elif self.tool not in (NAVIGATE,):
            if self.gesture is None:
                right, up = self.scene.screen_directions()
                self.gesture = DrawingGesture(self.tool, self.scene.plane_normal(), right, up, self.identity[0],
                                              self.identity[1], self.state.series_uid)
            self.gesture.press(self.patient_at(ev.position()))

    def mouseMoveEvent(self, ev):
        self._probe(ev.position())
        if self.volume is None:
            return
        if self.gesture is not None:
            self.gesture.move(self.patient_at(ev.position()))
            self.schedule_render()
        if self._drag is None:
            return
        button, mods, start, w0, l0, z0, pan0, moved = self._drag
        dx, dy = ev.position().x() - start.x(), ev.position().y() - start.y()
        if not moved and max(abs(dx), abs(dy)) < CLICK_SLOP_PX:
            return
        self._drag = (button, mods, start, w0, l0, z0, pan0, True)
        if button == Qt.MiddleButton or (button == Qt.LeftButton and mods & Qt.ShiftModifier):
            mm = self._mm_per_pixel()
            self.state.pan = (pan0[0] - dx * mm, pan0[1] + dy * mm)
        elif button == Qt.RightButton:
            self.state.zoom = float(min(40.0, max(0.05, z0 * math.exp(-dy / 200.0))))
        elif button == Qt.LeftButton and self.tool == POINTER:
            self.pointer_moved.emit(self.name, self.patient_at(ev.position()))
        elif button == Qt.LeftButton and self.tool == NAVIGATE:
            scale = max(w0, 1.0) / 256.0
            self.state.window = max(1.0, w0 + dx * scale)
            self.state.level = l0 - dy * scale

    def mouseReleaseEvent(self, ev):
        drag, self._drag = self._drag, None
        if drag is None or self.volume is None or drag[0] != Qt.LeftButton or drag[1] & Qt.ShiftModifier:
            return
        xyz = self.patient_at(ev.position())
        if self.tool == NAVIGATE:
            if not drag[-1]:
                self.state.position = tuple(float(v) for v in xyz)
        elif self.tool == POINTER:
            self.pointer_moved.emit(self.name, None)
        elif self.tool == SELECT:
            if self._handle is not None and drag[-1]:
                self.annotation_moved.emit(self._handle[0], self._handle[1], xyz)
            self._handle = None
        elif self.gesture is not None:
            self._end_gesture(xyz)

    def _finish_gesture(self) -> None:
        if self.gesture is not None and self.gesture.finished is not None:
            ann = self.gesture.finished
            self.gesture = None
            self.annotation_created.emit(ann)
        self.schedule_render()

    def wheelEvent(self, ev):
        self.activated.emit(self.name)
        delta = ev.angleDelta().y() / 120.0
        if ev.modifiers() & Qt.ControlModifier:
            self.state.zoom = float(min(40.0, max(0.05, self.state.zoom * (1.1 ** delta))))
        else:
            self.scroll(delta)

    def keyPressEvent(self, ev):
        key = ev.key()
        if key in (Qt.Key_Up, Qt.Key_PageUp):
            self.scroll(1 if key == Qt.Key_Up else 10)
        elif key in (Qt.Key_Down, Qt.Key_PageDown):
            self.scroll(-1 if key == Qt.Key_Down else -10)
        else:
            self._drawing_key(key)

    def leaveEvent(self, ev):
        self.probed.emit(None, None)

    def enterEvent(self, ev):
        pass

    def _mm_per_pixel(self) -> float:
        a = self.scene.display_to_patient(0.0, 0.0)
        b = self.scene.display_to_patient(1.0, 0.0)
        return float(np.linalg.norm(np.asarray(b) - np.asarray(a))) * self.devicePixelRatioF()

    def _probe(self, pos) -> None:
        if self.volume is None:
            return
        xyz = self.patient_at(pos)
        self.probed.emit(xyz, self.volume.value_at(xyz))


def is_renderable(volume: Volume) -> bool:
    try:
        check_renderable(volume.array.shape)
    except NotAVolume:
        return False
    return True


class VolumeViewport(_Viewport):
    """The 3-D view: VTK's trackball camera rotates/zooms; coarse while moving, refined after."""

    def __init__(self, state: ViewState, parent=None):
        super().__init__("3d", state, parent)
        self.scene = VolumeScene()
        self.attach(self.scene.renderer)
        self.pointers = VolumePointerLayer(self.scene)
        style = vtkInteractorStyleTrackballCamera()
        self.GetRenderWindow().GetInteractor().SetInteractorStyle(style)
        # The A/P/R/L/S/I cube in the bottom-left corner, turning with the camera.
        self.marker = OrientationMarker(self.scene.renderer)
        self.marker.attach(self.GetRenderWindow().GetInteractor())
        style.AddObserver("StartInteractionEvent", self._start_interaction)
        style.AddObserver("EndInteractionEvent", self._end_interaction)
        self.interacting = False
        self._prepare_task: Task | None = None

    def set_volume(self, volume: Volume | None) -> None:
        self.volume = volume
        if self._prepare_task is not None:
            self._prepare_task.cancel.set()  # a result for the old volume is discarded anyway
            self._prepare_task = None
        if volume is not None and not is_renderable(volume):
            log.info("3-D view: %s is a single image, not a volume", volume.array.shape)
            self.volume = None  # nothing to ray cast (VTK would crash on it): the view stays empty
        elif volume is not None:
            self.scene.set_volume(volume)  # cheap: a preview until prepared
            self.scene.reset_camera(self.state)
            self.sync_scene()  # the preset on screen: prepare gives it full quality first
            if not self.scene.is_prepared():
                # The full-resolution gradients are computed off the GUI thread.
                task = self._prepare_task = Task(self.scene.prepare)
                task.progress.connect(self._preparing)  # the unshaded full resolution comes first
                task.finished.connect(self._prepared)
                task.failed.connect(lambda message: log.error("3-D view: %s", message))
                task.start()
        self.schedule_render()

    def _preparing(self, *_) -> None:
        if self.scene.has_news():
            self.schedule_render()

    def _prepared(self, ready) -> None:
        if ready:
            self.schedule_render()  # the scene adopts the full-quality mappers in update()

    def sync_scene(self) -> None:
        self.scene.update(self.state)

    def set_pointers(self, pointers: dict) -> None:
        self.pointers.set_pointers(pointers)
        self.schedule_render()

    def reset(self) -> None:
        if self.volume is not None:
            self.scene.reset_camera(self.state)
            self.schedule_render()

    def mousePressEvent(self, ev):
        self.activated.emit(self.name)
        super().mousePressEvent(ev)

    def close_vtk(self) -> None:
        self.marker.detach()  # the widget's renderer goes before the window is finalized
        super().close_vtk()

    def _start_interaction(self, *_):
        self.interacting = True
        self.scene.set_interactive(True)

    def _end_interaction(self, *_):
        self.interacting = False
        self.scene.set_interactive(False)
        self.scene.read_camera(self.state)
        self.schedule_render()


class CineDriver(QObject):
    """One precise single-shot timer for every playing 2-D viewer (a 2x2 layout of loops draws
    from one wake-up, earliest due first, instead of four timers competing): it sleeps until the
    first viewer has a frame to start (``CineClock.wake_at``) and ticks each viewer."""

    _instance = None

    @classmethod
    def instance(cls) -> "CineDriver":
        if cls._instance is None:
            cls._instance = cls()
        return cls._instance

    def __init__(self):
        super().__init__()
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setTimerType(Qt.PreciseTimer)  # the default coarse timer is 5 % late
        self.timer.timeout.connect(self._tick)
        self.views: list = []
        self.wakeups = 0

    def add(self, view) -> None:
        if view not in self.views:
            self.views.append(view)
        self._schedule()

    def remove(self, view) -> None:
        if view in self.views:
            self.views.remove(view)
        self._schedule()

    def drives(self, view) -> bool:
        return view in self.views

    def _tick(self) -> None:
        self.wakeups += 1
        try:
            # earliest first; drawing one takes time, so the next ones are usually due by then
            for view in sorted(self.views, key=lambda v: v.cine.wake_at()):
                if view in self.views:  # a failing frame stops its viewer meanwhile
                    try:
                        view._cine_tick()
                    except Exception as exc:  # e.g. the widget is gone (deleted without close_vtk)
                        log.warning("cine stopped on a viewer: %s: %s", type(exc).__name__, exc)
                        if view in self.views:
                            self.views.remove(view)  # the other viewers play on
        finally:
            self._schedule()

    def _schedule(self) -> None:
        if not self.views:
            self.timer.stop()
            return
        first = min(v.cine.wake_at() for v in self.views)
        wait = first - self.views[0].cine.clock()
        self.timer.start(max(0, math.ceil(wait * 1000)))  # never early: no polling until it is due


def image_overlay_text(stack, shown) -> dict:
    """Patient and study at the top; image/frame, calibration and display settings at the bottom."""
    return image_corners(stack, shown, corner_templates())


class ImageViewport(_Drawing, QVTKRenderWindowInteractor):
    """The 2-D viewer for images that are not volumes (radiographs, ultrasound, photos, single
    slices, cine loops): wheel steps through frames (ctrl+wheel zooms), left-drag changes the
    window, right-drag zooms, middle or shift+left drag pans. With a drawing tool the left button
    draws annotations on the shown frame (image coordinates, measured with the image's
    calibration), with the select tool it picks and moves them, as in the MPR views. The logic
    (frames, window) is the Qt-free ``workstation.dicom.display.ImageStack``, the annotations'
    ``workstation.annotations.image.ImageMeasurements``; this widget only shows and forwards."""

    activated = Signal(str)
    changed = Signal()  # frame or window changed
    probed_text = Signal(str)
    failed = Signal(str)  # a frame could not be shown (the previous picture stays)
    annotation_created = Signal(object)  # Annotation (on the shown image and frame)
    annotation_selected = Signal(object)  # annotation id or None
    annotation_moved = Signal(str, int, object)  # id, point index, new image point
    delete_requested = Signal(str)  # annotation id
    pointer_moved = Signal(str, object)  # "image", ImagePoint (image, frame, point) or None

    def __init__(self, parent=None):
        super().__init__(parent)
        from render.image_annotations import ImageAnnotationLayer
        from render.image_view import ImageScene
        from workstation.annotations.image import ImageMeasurements

        self.name = "image"
        self.scene = ImageScene()
        tune_render_window(self.GetRenderWindow())
        self.GetRenderWindow().AddRenderer(self.scene.renderer)
        self.Initialize()
        self.setMinimumSize(120, 120)
        self.setFocusPolicy(Qt.StrongFocus)
        self.setMouseTracking(True)
        self.stack = None
        self.shown = None
        self.zoom, self.pan = 1.0, (0.0, 0.0)
        self._drag = None
        self._render_pending = False
        self._shown_key = None
        self.cine = None  # a workstation.dicom.cine.CineClock while a loop plays
        self._ahead = None  # a workstation.dicom.cine.FramesAhead while a loop plays
        self.layer = ImageAnnotationLayer(self.scene)
        self.layer.label_templates = label_templates()
        self.measurements = ImageMeasurements()
        self.tool = NAVIGATE
        self.identity = ("local", "", "specialist")  # user id, display name, role
        self.series_uid = ""
        self.gesture: DrawingGesture | None = None
        self._annotations: list = []  # the open series' annotations (every image and frame)
        self.shown_annotations: list = []  # those on the frame shown
        self.shown_measurements: dict = {}
        self.selected: str | None = None
        self._handle = None
        self._pointers: dict = {}  # every laser pointer shown to this window ({user: (position, ...)})
        self._shown_pointers: dict = {}  # those on the frame shown, in image points

    # the ViewerArea treats every viewport alike
    volume = None

    def set_pointers(self, pointers: dict) -> None:
        """Laser pointers ``{user: (position, colour, label)}``: those whose position is an
        ImagePoint on the shown image (or its alias) and frame are drawn, the others not."""
        self._pointers = dict(pointers)
        self._pointers_changed()

    def _pointers_changed(self, render: bool = True) -> None:
        shown = {} if self.shown is None else self.measurements.pointers_on_frame(
            self._pointers, self.shown.header, self.shown.frame)
        if shown or self._shown_pointers:
            self._shown_pointers = shown
            self.layer.set_pointers(shown)
            if render:
                self.schedule_render()

    def pointer_label_text(self, user_id: str) -> str:
        """The name shown beside a user's laser pointer ("" when it is not shown)."""
        actor = self.layer.pointer_label_actor(user_id)
        return actor.GetInput() if actor is not None else ""

    def _emit_pointer(self, pos) -> None:
        from workstation.annotations.image import ImagePoint, frame_number_of

        if pos is None or self.shown is None:
            self.pointer_moved.emit(self.name, None)
            return
        x, y, _ = (float(v) for v in self.image_at(pos))
        h = self.shown.header
        if not (0.0 <= x <= h.cols and 0.0 <= y <= h.rows):
            self.pointer_moved.emit(self.name, None)  # off the picture: nothing to point at
            return
        self.pointer_moved.emit(self.name, ImagePoint(h.sop_instance_uid, frame_number_of(h, self.shown.frame),
                                                      (x, y, 0.0)))

    # --- annotations on the shown frame
    def set_annotations(self, annotations, measurements=None) -> None:
        """The open series' annotations; those drawn on the shown frame are measured and drawn."""
        self._annotations = list(annotations)
        self._annotations_changed()

    def _annotations_changed(self, render: bool = True) -> None:
        if self.stack is None or self.shown is None:
            self.shown_annotations, self.shown_measurements = [], {}
        else:
            self.shown_annotations, self.shown_measurements = self.measurements.measure(
                self._annotations, self.stack.source(), self.shown.frame)
        if self.selected and not any(a.id == self.selected for a in self.shown_annotations):
            self.selected = None
        if render:
            self.schedule_render()

    def set_tool(self, tool: str) -> None:
        self.tool = tool
        self.gesture = None
        self.setCursor(Qt.ArrowCursor if tool in (NAVIGATE, SELECT, POINTER) else Qt.CrossCursor)
        self.schedule_render()

    def _drawing(self) -> bool:
        return self.tool not in (NAVIGATE, SELECT, POINTER) and self.shown is not None

    def image_at(self, pos) -> np.ndarray:
        """Image point (column, row, 0), SCOORD form, under a widget position."""
        return self.layer.scene.display_to_image(*self.vtk_xy(pos))

    def _finish_gesture(self) -> None:
        import msgspec

        from workstation.annotations.image import frame_number_of

        if self.gesture is not None and self.gesture.finished is not None:
            ann = msgspec.structs.replace(
                self.gesture.finished, sop_instance_uid=self.shown.header.sop_instance_uid,
                frame_number=frame_number_of(self.shown.header, self.shown.frame))
            self.gesture = None
            self.annotation_created.emit(ann)
        self.schedule_render()

    def set_stack(self, stack) -> None:
        self.play(False)
        self._ahead = None
        self.stack = stack
        self.zoom, self.pan = 1.0, (0.0, 0.0)
        self._shown_key = None
        self.refresh()

    def refresh(self) -> None:
        """Re-render the current frame with the current window (raises DisplayError)."""
        if self.stack is None:
            return
        self._update_frame()
        self.schedule_render()
        self.changed.emit()

    def _update_frame(self, ready=None) -> None:
        """Show the stack's current frame (``ready``: that frame, already display-ready)."""
        key = (id(self.stack), self.stack.index, self.stack.window, self.stack.voi_lut)
        if key != self._shown_key:
            previous = (self._shown_key or (None, None))[:2]
            self.shown = ready if ready is not None else self.stack.render()
            self._shown_key = key
            self.scene.set_frame(self.shown)
            if key[:2] != previous and (self._annotations or self.shown_annotations):
                self.gesture = None  # another frame: its own annotations (the caller renders)
                self._annotations_changed(render=False)
            if key[:2] != previous and (self._pointers or self._shown_pointers):
                self._pointers_changed(render=False)  # a pointer is on one frame only

    # --- cine: frames at their Frame Time, the clock (Qt-free) says which is due and counts drops;
    # one timer (CineDriver) drives every playing viewer, each frame is display-ready before it is
    # due (FramesAhead) and drawing starts the measured drawing time before its due time
    def play(self, on: bool = True) -> None:
        """Play the frames at their Frame Time (30 fps without one), looping; False stops."""
        from workstation.dicom.cine import CineClock, FramesAhead

        driver = CineDriver.instance()
        if not on or self.stack is None or len(self.stack) < 2:
            driver.remove(self)
            return
        self.cine = CineClock(len(self.stack), self.stack.header.frame_time_ms)
        self._ahead = FramesAhead(self._make_frame)
        self.cine.start(self.stack.index)
        driver.add(self)

    def is_playing(self) -> bool:
        return CineDriver.instance().drives(self)

    def _make_frame(self, index: int):
        """Frame ``index`` display-ready, without moving the stack (the frame shown stays)."""
        stack = self.stack
        current = stack.index
        stack.go(index)
        try:
            return stack.render()
        finally:
            stack.go(current)

    def _ahead_key(self):
        return (id(self.stack), self.stack.window, self.stack.voi_lut)

    def _cine_tick(self) -> None:
        """Called by the CineDriver: draw the frame due (if any), then make the next one ready."""
        from workstation.dicom.display import DisplayError

        if self.cine is None or self.stack is None or self._ahead is None:
            return
        index = self.cine.due()
        if index is None:
            return
        started = self.cine.clock()
        try:
            ready = self._ahead.take(index, self._ahead_key())
            self.stack.go(index)
            self._update_frame(ready)
        except DisplayError as exc:
            self.play(False)
            self.failed.emit(str(exc))
            return
        self._render_now()  # now, not at the next event-loop turn: the frame is due
        self.cine.shown()
        self.cine.drawn(self.cine.clock() - started)
        self.changed.emit()
        try:  # the next frame, decoded and mapped while nothing is due
            self._ahead.prepare((index + 1) % len(self.stack), self._ahead_key())
        except DisplayError:
            pass  # said when it falls due

    def schedule_render(self) -> None:
        if not self._render_pending:
            self._render_pending = True
            QTimer.singleShot(0, self._render_now)

    def _render_now(self) -> None:
        self._render_pending = False
        if self.isVisible() and self.shown is not None:
            self.scene.update(self.zoom, self.pan)
            self.scene.set_overlay_text(image_overlay_text(self.stack, self.shown))
            self._sync_annotations()
            self.GetRenderWindow().Render()

    def _sync_annotations(self) -> None:
        draft = self.gesture.draft if self.gesture is not None else None
        if not (self.shown_annotations or draft is not None or self.layer.visible_ids() or self._shown_pointers):
            return  # nothing drawn (a cine loop without annotations costs nothing here)
        if draft is not None:  # its live label is measured on this frame
            self.layer.set_image(self.measurements.image(self.stack.source(), self.shown.frame))
        self.layer.set_annotations(self.shown_annotations, self.shown_measurements, selected=self.selected,
                                   draft=draft)
        self.layer.refresh()

    def resizeEvent(self, ev):
        super().resizeEvent(ev)
        self.schedule_render()

    def close_vtk(self) -> None:
        CineDriver.instance().remove(self)
        self.Finalize()

    def vtk_xy(self, pos) -> tuple[float, float]:
        ratio = self.devicePixelRatioF()
        return pos.x() * ratio, (self.height() - pos.y() - 1) * ratio

    def _try_refresh(self) -> None:
        from workstation.dicom.display import DisplayError

        try:
            self.refresh()
        except DisplayError as exc:
            self.failed.emit(str(exc))

    def step(self, delta: int) -> None:
        if self.stack is not None and len(self.stack) > 1:
            self.stack.step(delta)
            self._try_refresh()

    def go(self, index: int) -> None:
        if self.stack is not None and index != self.stack.index:
            self.stack.go(index)
            self._try_refresh()

    def set_window(self, window) -> None:
        """(center, width) in modality units, or None for the file's own VOI."""
        if self.stack is not None:
            self.stack.window = None if window is None else (float(window[0]), float(window[1]))
            self._try_refresh()

    # --- Qt events
    def mousePressEvent(self, ev):
        self.activated.emit(self.name)
        self._drag = (ev.button(), ev.modifiers(), ev.position(), self.zoom, self.pan, self._current_window())
        if self.shown is None or ev.button() != Qt.LeftButton or ev.modifiers() & Qt.ShiftModifier:
            return
        if self.tool == POINTER:
            self._emit_pointer(ev.position())
        elif self.tool == SELECT:
            x, y = self.vtk_xy(ev.position())
            hit = self.layer.pick_handle(x, y)
            if hit is not None and hit[0] == self.selected:
                self._handle = hit  # drag a point of the selected annotation
            else:
                self.selected = self.layer.pick(x, y) or (hit[0] if hit else None)
                self.annotation_selected.emit(self.selected)
                self.schedule_render()
        elif self._drawing():
            from workstation.annotations import IMAGE_NORMAL

            if self.gesture is None:
                right, up = self.layer.scene.screen_directions()
                self.gesture = DrawingGesture(self.tool, IMAGE_NORMAL, right, up, self.identity[0],
                                              self.identity[1], self.series_uid)
            self.gesture.press(self.image_at(ev.position()))

    def _current_window(self):
        if self.shown is None or self.shown.header.colour:
            return None
        if self.shown.window is not None:
            return self.shown.window
        lo, hi = self.shown.value_range or (0.0, 255.0)
        return ((lo + hi) / 2, max(hi - lo, 1.0))  # a VOI LUT: start from the full range

    def mouseMoveEvent(self, ev):
        self._probe(ev.position())
        if self.gesture is not None and self.shown is not None:
            self.gesture.move(self.image_at(ev.position()))
            self.schedule_render()
        if self._drag is None or self.shown is None:
            return
        button, mods, start, z0, pan0, w0 = self._drag
        if button == Qt.LeftButton and not mods & Qt.ShiftModifier and self.tool == POINTER:
            self._emit_pointer(ev.position())  # the pointer follows the hand, from the first pixel
            return
        dx, dy = ev.position().x() - start.x(), ev.position().y() - start.y()
        if max(abs(dx), abs(dy)) < CLICK_SLOP_PX:
            return
        if button == Qt.LeftButton and not mods & Qt.ShiftModifier and self.tool != NAVIGATE:
            return  # the left button draws or selects with these tools
        if button == Qt.MiddleButton or (button == Qt.LeftButton and mods & Qt.ShiftModifier):
            mm = self.scene.world_per_display_pixel() * self.devicePixelRatioF()
            self.pan = (pan0[0] - dx * mm, pan0[1] + dy * mm)
            self.schedule_render()
        elif button == Qt.RightButton:
            self.zoom = float(min(40.0, max(0.05, z0 * math.exp(-dy / 200.0))))
            self.schedule_render()
        elif button == Qt.LeftButton and w0 is not None:
            scale = max(w0[1], 1.0) / 256.0
            self.set_window((w0[0] - dy * scale, max(1.0, w0[1] + dx * scale)))

    def mouseReleaseEvent(self, ev):
        drag, self._drag = self._drag, None
        if drag is None or self.shown is None or drag[0] != Qt.LeftButton or drag[1] & Qt.ShiftModifier:
            return
        xyz = self.image_at(ev.position())
        moved = max(abs(ev.position().x() - drag[2].x()), abs(ev.position().y() - drag[2].y())) >= CLICK_SLOP_PX
        if self.tool == POINTER:
            self._emit_pointer(None)  # released: the pointer goes
        elif self.tool == SELECT:
            if self._handle is not None and moved:
                self.annotation_moved.emit(self._handle[0], self._handle[1], xyz)
            self._handle = None
        elif self.gesture is not None:
            self._end_gesture(xyz)

    def wheelEvent(self, ev):
        self.activated.emit(self.name)
        delta = ev.angleDelta().y() / 120.0
        if ev.modifiers() & Qt.ControlModifier:
            self.zoom = float(min(40.0, max(0.05, self.zoom * (1.1 ** delta))))
            self.schedule_render()
        elif delta:
            self.step(-1 if delta > 0 else 1)

    def keyPressEvent(self, ev):
        key = ev.key()
        if key in (Qt.Key_Up, Qt.Key_Left, Qt.Key_PageUp):
            self.step(-1)
        elif key in (Qt.Key_Down, Qt.Key_Right, Qt.Key_PageDown):
            self.step(1)
        elif key == Qt.Key_Home:
            self.go(0)
        elif key == Qt.Key_End and self.stack is not None:
            self.go(len(self.stack) - 1)
        else:
            self._drawing_key(key)

    def leaveEvent(self, ev):
        self.probed_text.emit("")

    def _probe(self, pos) -> None:
        if self.shown is None:
            return
        row, col = self.scene.display_to_pixel(*self.vtk_xy(pos))
        r, c = int(round(row)), int(round(col))
        h = self.shown.header
        if not (0 <= r < h.rows and 0 <= c < h.cols):
            self.probed_text.emit("")
            return
        source = self.stack.source()
        stored = source.stored(self.shown.frame)[r, c]
        if np.ndim(stored):
            value = "RGB " + "/".join(str(int(v)) for v in stored)
        else:
            value = f"{source.modality_value(stored):g}"
        cal = h.calibration
        where = f"({c * cal.col_mm:.1f}, {r * cal.row_mm:.1f}) mm" if cal.kind != "uncalibrated" else ""
        self.probed_text.emit(f"pixel row {r}, column {c}  {where}  value {value}".replace("  ", " "))
