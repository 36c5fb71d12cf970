"""3-D volume rendering scene.

The world frame is patient LPS in mm (the volume is reoriented once to an LPS-aligned grid, see
``render.reorient``), so cameras and crop boxes in a ``ViewState`` are plain patient coordinates.

Mapper choice (measured on this llvmpipe machine, 512x512x300 int16, 800x800, shaded):
``vtkFixedPointVolumeRayCastMapper`` ~0.3 s per full-quality frame, ``vtkGPUVolumeRayCastMapper``
~5.9 s per frame (llvmpipe emulates the GPU ray caster in software), so the CPU ray caster is used.
While the user moves (``set_interactive(True)``) a 2x-downsampled copy is rendered with a coarser
image sample distance (measured ~21-29 fps at 800x800 while rotating).

Threading contract (the GUI must never freeze)
----------------------------------------------
The first full-quality render of a volume makes the mapper compute its shading gradients (4-12 s
for 512x512x300 here) on whatever thread renders. So the work is split:

* GUI thread: ``set_volume`` (cheap: keeps a view of the volume and makes a 4x-downsampled
  *preview*, tens of ms), ``update``, ``reset_camera``, ``read_camera``, ``set_interactive``,
  ``bounds``, ``is_prepared`` and the rendering of the window. Until the scene is prepared it
  renders the preview, so no render waits for the full-resolution gradients.
* Any worker thread: ``prepare(progress=None, cancel=None)``, once per ``set_volume``. It builds the
  full-resolution and 2x images (resampling oblique volumes) and runs the gradient/min-max pass of
  *new, private* mapper objects through ``CreateCanonicalView`` -- a GL-free CPU ray cast, so no
  OpenGL context is involved and no per-context GL resources need releasing. VTK's Python wrappers
  keep the GIL during a call, which would freeze the GUI thread anyway, so that one long call is
  made through ``ctypes`` (which releases the GIL) when the exported symbol is found, and through
  the wrapper (GIL held) otherwise. The worker never touches objects the GUI thread uses; it
  publishes the ready mappers under a lock and the GUI thread adopts them in its next ``update``
  or ``set_interactive`` call (just a ``SetMapper``). A ``prepare`` that finishes after another
  ``set_volume`` is discarded (returns False). ``cancel`` (a threading.Event) is checked between
  steps and raises ``render.reorient.Cancelled``.

What the ray caster gets: only the box of the grid that some volume preset of the modality can
show (``visible_box``: for CT everything from -300 HU up, with a 2-voxel margin; the air around the
body is left out, ~85 % of the phantom's voxels), and gradients only when a preset is shaded (MR
presets are not). VTK computes the gradients on one thread at ~120 ns a voxel here (9 CPU-s for
512x512x300): that, not the GL, is the time to full quality. Measured alternatives: the GPU ray
caster on llvmpipe ~10 CPU-s per full-quality frame; VTK's STDThread SMP backend does not thread
this gradient pass (VTK 9.7).

Volumes small enough to prepare in well under 0.3 s (``SYNC_PREPARE_VOXELS``) are prepared inside
``set_volume`` unless ``defer=True`` is passed; ``defer=False`` always prepares synchronously.
"""

from __future__ import annotations

import ctypes
import os
import threading

import numpy as np
import vtkmodules
from vtkmodules.util import numpy_support
from vtkmodules.vtkCommonDataModel import vtkImageData, vtkPiecewiseFunction
from vtkmodules.vtkRenderingCore import (
    vtkColorTransferFunction,
    vtkRenderer,
    vtkVolume,
    vtkVolumeProperty,
)
from vtkmodules.vtkRenderingVolume import vtkFixedPointVolumeRayCastMapper

import vtkmodules.vtkRenderingOpenGL2  # noqa: F401
import vtkmodules.vtkRenderingVolumeOpenGL2  # noqa: F401
from workstation.model import Volume
from workstation.viewstate import ViewState

from .presets import VOLUME_TRANSFER_FUNCTIONS, apply_volume_preset, auto_window, volume_presets_for
from .reorient import Canonical, Cancelled, canonicalize, downsample, is_orthogonal

# Interactive (coarse) rendering parameters.
COARSE_FACTOR = 2
COARSE_IMAGE_SAMPLE_DISTANCE = 3.0
# Preview shown until prepare() has run: every PREVIEW_FACTOR-th voxel.
PREVIEW_FACTOR = 4
PREVIEW_IMAGE_SAMPLE_DISTANCE = 2.0
# Volumes up to this many voxels are prepared inside set_volume (measured: gradients of 20 M
# voxels take ~0.5 s here, so 2 M voxels cost a few tens of ms).
SYNC_PREPARE_VOXELS = 2_000_000


MIN_VOXELS_PER_AXIS = 2


class NotAVolume(ValueError):
    """The array is too thin along an axis to be ray cast (a single image, not a volume)."""


def check_renderable(shape) -> None:
    """Refuse arrays the CPU ray caster cannot take.

    ``vtkFixedPointVolumeRayCastMapper::ComputeGradients`` reads past the end of the scalars of
    a volume one voxel thick (reproduced here: a 1 x 480 x 640 float32 array -- a colour
    ultrasound frame turned grey -- segfaults in ``ComputeGradientsFunctor<float>``, memory
    layout permitting). A single image has no 3-D rendering anyway: it belongs in the 2-D viewer."""
    if len(shape) != 3 or min(shape) < MIN_VOXELS_PER_AXIS:
        raise NotAVolume(f"a {' x '.join(str(n) for n in shape)} array is not a volume: 3-D rendering needs "
                         f"at least {MIN_VOXELS_PER_AXIS} voxels along each axis (show it in the 2-D viewer)")


def _image_data(array: np.ndarray, origin, spacing) -> tuple[vtkImageData, np.ndarray]:
    arr = np.ascontiguousarray(array)
    img = vtkImageData()
    img.SetDimensions(arr.shape[2], arr.shape[1], arr.shape[0])
    img.SetOrigin(*origin)
    img.SetSpacing(*spacing)
    img.GetPointData().SetScalars(numpy_support.numpy_to_vtk(arr.ravel(), deep=0))
    return img, arr  # keep arr alive as long as img


def _new_mapper(image_sample_distance: float) -> vtkFixedPointVolumeRayCastMapper:
    m = vtkFixedPointVolumeRayCastMapper()
    m.AutoAdjustSampleDistancesOff()
    m.SetImageSampleDistance(image_sample_distance)
    m.CroppingOff()
    m.SetCroppingRegionFlagsToSubVolume()
    return m


def _vtk_pointer(obj) -> int:
    """Address of the C++ object behind a VTK Python object ('_00007f..._p_vtkClass')."""
    return int(obj.__this__[1:].split("_", 1)[0], 16)


_CANONICAL_VIEW = None  # ctypes function, False when unavailable


def _canonical_view_fn():
    global _CANONICAL_VIEW
    if _CANONICAL_VIEW is None:
        _CANONICAL_VIEW = False
        path = os.path.join(os.path.dirname(vtkmodules.__file__), "libvtkRenderingVolume.so")
        symbol = "_ZN32vtkFixedPointVolumeRayCastMapper19CreateCanonicalViewEP9vtkVolumeP12vtkImageDataiPdS4_"
        try:
            fn = getattr(ctypes.CDLL(path), symbol)
        except (OSError, AttributeError):
            pass
        else:
            fn.restype = None
            dp = ctypes.POINTER(ctypes.c_double)
            fn.argtypes = [ctypes.c_void_p, ctypes.c_void_p, ctypes.c_void_p, ctypes.c_int, dp, dp]
            _CANONICAL_VIEW = fn
    return _CANONICAL_VIEW or None


BACKGROUND_NICE = 10  # the gradient pass yields the cores to the GUI thread (Linux: a per-thread nice)


def in_background(fn, *args):
    """Run ``fn(*args)`` on a short-lived thread at a lower CPU priority and wait for it: on a loaded
    machine the GUI thread then gets the cores first (measured: heartbeat gaps while a CT is prepared
    in 3-D). The thread ends with the call, so no pool thread stays slowed down."""
    out: list = []

    def run():
        try:
            if hasattr(os, "setpriority"):
                try:
                    os.setpriority(os.PRIO_PROCESS, threading.get_native_id(), BACKGROUND_NICE)
                except OSError:
                    pass  # not allowed here: run at the normal priority
            out.append((True, fn(*args)))
        except BaseException as exc:  # handed to the caller
            out.append((False, exc))

    worker = threading.Thread(target=run, name="3-D background", daemon=True)
    worker.start()
    worker.join()
    ok, value = out[0]
    if not ok:
        raise value
    return value


def warm_up_mapper(mapper: vtkFixedPointVolumeRayCastMapper, volume_property: vtkVolumeProperty,
                   shade: bool = True) -> None:
    """Make ``mapper`` compute everything a first render computes for its input (shading gradients
    when ``shade``, min-max volume) with a tiny GL-free canonical view, releasing the GIL when possible.

    ``mapper`` and ``volume_property`` must not be used by another thread meanwhile."""
    prop = vtkVolumeProperty()
    prop.DeepCopy(volume_property)
    prop.SetShade(bool(shade))  # gradients are computed only for shaded (or gradient-opacity) rendering
    actor = vtkVolume()
    actor.SetMapper(mapper)
    actor.SetProperty(prop)
    image = vtkImageData()
    image.SetDimensions(16, 16, 1)
    image.AllocateScalars(3, 3)  # VTK_UNSIGNED_CHAR RGB
    direction, up = (0.0, 1.0, 0.0), (0.0, 0.0, 1.0)
    fn = _canonical_view_fn()
    if fn is None:
        mapper.CreateCanonicalView(actor, image, 0, direction, up)
        return
    d3 = ctypes.c_double * 3
    fn(_vtk_pointer(mapper), _vtk_pointer(actor), _vtk_pointer(image), 0, d3(*direction), d3(*up))


def presets_can_show(volume: Volume) -> tuple[float | None, bool]:
    """(lowest value any volume preset offered for the volume's modality makes visible, or None
    when the presets are relative to the data's range; whether any of them is shaded)."""
    names = volume_presets_for(volume.modality)
    presets = [VOLUME_TRANSFER_FUNCTIONS[n] for n in names if n in VOLUME_TRANSFER_FUNCTIONS]
    shaded = any(p["shade"] for p in presets)
    if not presets or any(p.get("relative") for p in presets):
        return None, shaded
    lowest = []
    for p in presets:
        points = sorted(p["opacity"])
        first = next((i for i, (_, o) in enumerate(points) if o > 0), None)
        if first is None:
            continue  # shows nothing
        lowest.append(points[first - 1][0] if first > 0 else -np.inf)
    return (min(lowest) if lowest else None), shaded


def visible_box(array: np.ndarray, lowest: float | None, margin: int = 2) -> tuple[slice, slice, slice] | None:
    """The index box (z, y, x slices) outside which every voxel is below ``lowest`` -- transparent
    in every preset -- widened by ``margin`` voxels so interpolation and gradients at its faces are
    those of the whole grid; None when nothing can be cut (or nothing is visible at all)."""
    if lowest is None or not np.isfinite(lowest):
        return None
    level = np.asarray(lowest).astype(array.dtype) if array.dtype.kind in "iu" and \
        np.iinfo(array.dtype).min <= lowest <= np.iinfo(array.dtype).max else lowest
    plane = array.max(axis=0)  # one pass: (y, x) extent
    rows, cols = np.nonzero(plane >= level)
    if rows.size == 0:
        return None
    slabs = np.nonzero(array[:, rows.min():rows.max() + 1, cols.min():cols.max() + 1].max(axis=(1, 2)) >= level)[0]
    box = []
    for lo, hi, n in ((slabs.min(), slabs.max(), array.shape[0]), (rows.min(), rows.max(), array.shape[1]),
                      (cols.min(), cols.max(), array.shape[2])):
        lo, hi = max(0, int(lo) - margin), min(n, int(hi) + margin + 1)
        if hi - lo < MIN_VOXELS_PER_AXIS:  # never cut down to a degenerate grid
            lo, hi = max(0, min(lo, n - MIN_VOXELS_PER_AXIS)), min(n, max(hi, lo + MIN_VOXELS_PER_AXIS))
        box.append(slice(lo, hi))
    if all(b.stop - b.start == n for b, n in zip(box, array.shape)):
        return None
    return tuple(box)


class _Level:
    """One resolution of the volume: its canonical grid, vtkImageData and mapper. ``box`` (index
    slices z, y, x) limits the mapper's input to the part that can be seen (``visible_box``)."""

    def __init__(self, canonical: Canonical, image_sample_distance: float, box=None):
        check_renderable(canonical.array.shape)  # never hand a degenerate grid to the ray caster
        self.canonical = canonical
        array, origin = canonical.array, np.asarray(canonical.origin, dtype=float)
        if box is not None:
            array = array[box]
            origin = origin + np.array([box[2].start, box[1].start, box[0].start]) * canonical.spacing
            check_renderable(array.shape)
        self.image, self.array = _image_data(array, origin, canonical.spacing)
        self.mapper = _new_mapper(image_sample_distance)
        self.mapper.SetInputData(self.image)
        self.mapper.SetSampleDistance(float(np.min(canonical.spacing)))


# The orientation marker: a cube whose faces name the patient directions, in the bottom-left
# corner of the 3-D view (the corner no viewport text uses), turning with the camera.
MARKER_VIEWPORT = (0.0, 0.0, 0.16, 0.16)  # normalized viewport of the marker (x0, y0, x1, y1)
# face -> letter, letter colour; world = patient LPS: +x is the patient's left, +y posterior, +z superior
MARKER_FACES = {
    "XPlus": ("L", (0.85, 0.3, 0.3)), "XMinus": ("R", (0.85, 0.3, 0.3)),
    "YPlus": ("P", (0.3, 0.75, 0.3)), "YMinus": ("A", (0.3, 0.75, 0.3)),
    "ZPlus": ("S", (0.35, 0.45, 0.9)), "ZMinus": ("I", (0.35, 0.45, 0.9)),
}


def orientation_cube():
    """A ``vtkAnnotatedCubeActor`` with the six patient directions (L/R letters red, A/P green,
    S/I blue, on a grey cube), centred on the origin as vtkOrientationMarkerWidget needs."""
    from vtkmodules.vtkRenderingAnnotation import vtkAnnotatedCubeActor

    cube = vtkAnnotatedCubeActor()
    for face, (letter, colour) in MARKER_FACES.items():
        getattr(cube, f"Set{face}FaceText")(letter)
        getattr(cube, f"Get{face}FaceProperty")().SetColor(*colour)
    cube.SetFaceTextScale(0.65)
    cube.SetXFaceTextRotation(0)  # letters upright when the head (+z) is up (checked by eye)
    cube.SetYFaceTextRotation(0)
    cube.SetZFaceTextRotation(90)  # S upright seen from above with the face (A) up
    cube.GetTextEdgesProperty().SetColor(0.9, 0.9, 0.9)
    cube.GetTextEdgesProperty().SetLineWidth(1)
    cube.GetCubeProperty().SetColor(0.3, 0.3, 0.3)
    return cube


class OrientationMarker:
    """The orientation cube of a 3-D view through VTK's ``vtkOrientationMarkerWidget`` (its own
    renderer on a second layer of the window, camera copied from the scene's at every render).

    The widget needs an interactor (VTK refuses to enable it without one, so an offscreen
    ``render.offscreen.snapshot`` simply has no marker); disable it (``detach``) before the
    window is finalized."""

    def __init__(self, renderer):
        from vtkmodules.vtkInteractionWidgets import vtkOrientationMarkerWidget

        self.renderer = renderer
        self.cube = orientation_cube()
        self.widget = vtkOrientationMarkerWidget()
        self.widget.SetOrientationMarker(self.cube)
        self.widget.SetViewport(*MARKER_VIEWPORT)

    def attach(self, interactor) -> None:
        w = self.widget
        w.SetInteractor(interactor)
        w.SetDefaultRenderer(self.renderer)  # the camera to follow: the volume's
        w.SetEnabled(1)
        w.InteractiveOff()  # a fixed corner: mouse events go to the camera

    def set_visible(self, flag: bool) -> None:
        self.cube.SetVisibility(bool(flag))

    def is_attached(self) -> bool:
        return bool(self.widget.GetEnabled())

    def detach(self) -> None:
        if self.widget.GetEnabled():
            self.widget.SetEnabled(0)
        self.widget.SetInteractor(None)


class VolumeScene:
    def __init__(self):
        self.renderer = vtkRenderer()
        self.renderer.SetBackground(0.0, 0.0, 0.0)
        self.renderer.GetActiveCamera().ParallelProjectionOn()
        self.volume: Volume | None = None
        self.canonical: Canonical | None = None  # full resolution, once prepared
        self.color_tf = vtkColorTransferFunction()
        self.opacity_tf = vtkPiecewiseFunction()
        self.property = vtkVolumeProperty()
        self.property.SetColor(self.color_tf)
        self.property.SetScalarOpacity(self.opacity_tf)
        self.property.SetInterpolationTypeToLinear()
        self.property.SetAmbient(0.25)
        self.property.SetDiffuse(0.75)
        self.property.SetSpecular(0.2)
        self.full_mapper = _new_mapper(1.0)
        self.coarse_mapper = _new_mapper(COARSE_IMAGE_SAMPLE_DISTANCE)
        self.preview_mapper = _new_mapper(PREVIEW_IMAGE_SAMPLE_DISTANCE)
        self.actor = vtkVolume()
        self.actor.SetProperty(self.property)
        self.actor.SetMapper(self.preview_mapper)
        self.actor.VisibilityOff()
        self.renderer.AddVolume(self.actor)
        self.interactive = False
        self._preset: str | None = None
        self._crop = None
        self._bounds: tuple[float, ...] | None = None
        self._auto_range: tuple[float, float] | None = None
        self._lock = threading.Lock()
        self._generation = 0
        self._source: Canonical | None = None  # full canonical given/cheap at set_volume, or None
        self._ready = None  # (generation, full _Level, coarse _Level) published by prepare
        self._prepared = False
        self._levels: list[_Level] = []

    # ------------------------------------------------------------------ volume
    def set_volume(self, volume: Volume, canonical: Canonical | None = None, defer: bool | None = None) -> None:
        """Show a volume; ``canonical`` as in ``SliceScene.set_volume`` (shared, precomputed).

        GUI thread, cheap: shows a 4x-downsampled preview until ``prepare()`` has run (see the
        module docstring). ``defer``: None prepares small volumes right away, True never, False
        always (blocking)."""
        check_renderable(volume.array.shape)
        if canonical is None and is_orthogonal(volume):
            canonical = canonicalize(volume)  # a numpy view: no copy
        with self._lock:
            self._generation += 1
            self._ready = None
        self.volume = volume
        self.canonical = None
        self._source = canonical
        self._prepared = False
        self._auto_range = None
        preview = downsample(canonical, PREVIEW_FACTOR) if canonical is not None \
            else canonicalize(volume, factor=PREVIEW_FACTOR)
        lowest, _ = presets_can_show(volume)  # the preview's first render computes its gradients here
        level = _Level(preview, PREVIEW_IMAGE_SAMPLE_DISTANCE, visible_box(preview.array, lowest))
        self.preview_mapper = level.mapper
        self._levels = [level]
        if canonical is not None:
            c = canonical
            nz, ny, nx = c.array.shape
            hi = c.origin + (np.array([nx, ny, nz]) - 1) * c.spacing
        else:
            lo_, hi_ = volume.bounds()
            c = preview
            hi = np.asarray(hi_, dtype=float)
            c = Canonical(c.array, np.asarray(lo_, dtype=float), c.spacing, True)
        self._bounds = (c.origin[0], hi[0], c.origin[1], hi[1], c.origin[2], hi[2])
        self._preset = None
        self._apply_crop(self._crop)
        self.actor.SetMapper(self.preview_mapper)
        self.actor.VisibilityOn()
        if defer is False or (defer is None and volume.array.size <= SYNC_PREPARE_VOXELS):
            self.prepare()
            self._adopt()

    def prepare(self, progress=None, cancel=None) -> bool:
        """The heavy part of showing the volume (see the module docstring); call from a worker
        thread after ``set_volume``. Returns True when the result is ready for the GUI thread to
        adopt, False when another ``set_volume`` happened meanwhile. Raises ``Cancelled``."""
        with self._lock:
            generation, volume, source = self._generation, self.volume, self._source
            if volume is None:
                raise RuntimeError("prepare needs a volume: call set_volume first")
        prop = vtkVolumeProperty()
        prop.DeepCopy(self.property)

        def check():
            if cancel is not None and cancel.is_set():
                raise Cancelled("preparing the 3-D view cancelled")
            return generation == self._generation

        total = 4
        if progress:
            progress(0, total, "3-D: reorient")
        full_c = source if source is not None else canonicalize(volume, cancel=cancel)
        if not check():
            return False
        # Only what a preset can show is handed to the ray caster: the shading gradients (VTK
        # computes them on one thread, ~120 ns a voxel here) are the cost of the first full render.
        lowest, shaded = presets_can_show(volume)
        box = visible_box(full_c.array, lowest)
        coarse_c = downsample(full_c, COARSE_FACTOR)
        coarse = _Level(coarse_c, COARSE_IMAGE_SAMPLE_DISTANCE, visible_box(coarse_c.array, lowest))
        if progress:
            progress(1, total, "3-D: coarse gradients")
        in_background(warm_up_mapper, coarse.mapper, prop, shaded)
        if not check():
            return False
        if progress:
            progress(2, total, "3-D: full-resolution copy")
        full = _Level(full_c, 1.0, box)
        if not check():
            return False
        if progress:
            progress(3, total, "3-D: full-resolution gradients")
        in_background(warm_up_mapper, full.mapper, prop, shaded)
        if progress:
            progress(total, total, "3-D: ready")
        with self._lock:
            if generation != self._generation:
                return False
            self._ready = (generation, full, coarse)
        return True

    def is_prepared(self) -> bool:
        """True once ``prepare`` has finished for the current volume (adopted or ready to be)."""
        with self._lock:
            return self._prepared or self._ready is not None

    def _adopt(self) -> None:
        """GUI thread: switch to the prepared mappers if a prepare has published them."""
        with self._lock:
            ready, self._ready = self._ready, None
        if ready is None or ready[0] != self._generation:
            return
        _, full, coarse = ready
        self.canonical = full.canonical
        self.full_mapper, self.coarse_mapper = full.mapper, coarse.mapper
        self._levels = [full, coarse]  # the preview is dropped
        self._prepared = True
        self._apply_crop(self._crop)
        self.actor.SetMapper(self.coarse_mapper if self.interactive else self.full_mapper)

    def bounds(self) -> tuple[float, ...]:
        """(xmin, xmax, ymin, ymax, zmin, zmax) of the volume in LPS mm."""
        if self._bounds is None:
            raise RuntimeError("no volume: call set_volume first")
        return self._bounds

    # ---------------------------------------------------------------- update
    def update(self, state: ViewState) -> None:
        """GUI thread: apply the view state (adopts prepared mappers first)."""
        if self.volume is None:
            return
        self._adopt()
        self._apply_preset(state.volume_preset)
        self._apply_crop(state.crop)
        cam = state.camera
        if cam.parallel_scale != 0:
            self._apply_camera(cam)
        else:
            self._fit_camera()

    def _apply_preset(self, name: str) -> None:
        if name == self._preset:
            return
        value_range = None
        if VOLUME_TRANSFER_FUNCTIONS.get(name, {}).get("relative"):
            if self._auto_range is None:
                width, level = auto_window(self.volume)  # a strided sample: tens of ms
                self._auto_range = (level - width / 2, level + width / 2)
            value_range = self._auto_range
        apply_volume_preset(name, self.color_tf, self.opacity_tf, self.property, value_range)
        self._preset = name

    def _mappers(self):
        return [level.mapper for level in self._levels]

    def _apply_crop(self, crop) -> None:
        if crop is None:
            self._crop = None
            for m in self._mappers():
                m.CroppingOff()
            return
        crop = [float(v) for v in crop]
        if len(crop) != 6:
            raise ValueError(f"crop must be (xmin, ymin, zmin, xmax, ymax, zmax) in LPS mm, got {crop}")
        lo, hi = crop[:3], crop[3:]
        if any(a > b for a, b in zip(lo, hi)):
            raise ValueError(f"crop box min {lo} exceeds max {hi}: expected (xmin, ymin, zmin, xmax, ymax, zmax)")
        planes = (lo[0], hi[0], lo[1], hi[1], lo[2], hi[2])
        self._crop = tuple(crop)
        for m in self._mappers():
            m.SetCroppingRegionPlanes(*planes)
            m.CroppingOn()

    def _apply_camera(self, c) -> None:
        cam = self.renderer.GetActiveCamera()
        cam.SetPosition(*c.position)
        cam.SetFocalPoint(*c.focal_point)
        cam.SetViewUp(*c.view_up)
        cam.SetParallelScale(c.parallel_scale)
        cam.OrthogonalizeViewUp()
        self.renderer.ResetCameraClippingRange()

    def _fit_camera(self) -> None:
        b = self.bounds()
        centre = np.array([(b[0] + b[1]) / 2, (b[2] + b[3]) / 2, (b[4] + b[5]) / 2])
        cam = self.renderer.GetActiveCamera()
        cam.SetFocalPoint(*centre)
        cam.SetPosition(*(centre + np.array([0.0, -1.0, 0.0])))  # anterior view: camera at -P
        cam.SetViewUp(0.0, 0.0, 1.0)  # head up
        self.renderer.ResetCamera(b)

    # ---------------------------------------------------------------- camera
    def reset_camera(self, state: ViewState) -> None:
        """Fit the volume, anterior view, head up, and store the camera in state.camera."""
        if self.volume is None:
            raise RuntimeError("reset_camera needs a volume: call set_volume first")
        self._fit_camera()
        self.read_camera(state)

    def read_camera(self, state: ViewState) -> None:
        """Copy the renderer's active camera into state.camera (after the user rotated)."""
        cam = self.renderer.GetActiveCamera()
        c = state.camera
        c.position = tuple(float(v) for v in cam.GetPosition())
        c.focal_point = tuple(float(v) for v in cam.GetFocalPoint())
        c.view_up = tuple(float(v) for v in cam.GetViewUp())
        c.parallel_scale = float(cam.GetParallelScale())

    # ----------------------------------------------------------- interaction
    def set_interactive(self, flag: bool) -> None:
        """Coarse fast rendering while the user moves (True), full quality when they stop."""
        self.interactive = bool(flag)
        self._adopt()
        if not self._prepared:
            self.actor.SetMapper(self.preview_mapper)  # until prepare() has run
        else:
            self.actor.SetMapper(self.coarse_mapper if self.interactive else self.full_mapper)
