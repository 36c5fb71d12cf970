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
  ``bounds``, ``is_prepared``, ``has_news`` and the rendering of the window. Until the scene is
  prepared it renders the preview, then (a shaded level of INTERIM_MIN_VOXELS or more) -- as soon
  as ``prepare`` publishes it, a few tenths of a second in (``has_news()``: render now) -- the
  full resolution *unshaded*, which needs no
  gradients (its own mappers on the same voxels, a copy of the volume property with shading off
  that follows preset changes), so no render waits for the full-resolution gradients and the
  reader sees every voxel long before the shading is ready. While moving it shows the preview.
* Any worker thread: ``prepare(progress=None, cancel=None)``, once per ``set_volume``. It builds the
  full-resolution and 2x images (resampling oblique volumes) and runs the gradient/min-max pass of
  *new, private* mapper objects (one per slab, each on its own short-lived thread, each with its
  own copy of the volume property) through ``CreateCanonicalView`` -- a GL-free CPU ray cast, so no
  OpenGL context is involved and no per-context GL resources need releasing. VTK's Python wrappers
  keep the GIL during a call, which would freeze the GUI thread anyway, so that one long call is
  made through ``ctypes`` (which releases the GIL) when the exported symbol is found, and through
  the wrapper (GIL held) otherwise. The worker never touches objects the GUI thread uses; it
  publishes the ready mappers under a lock (the unshaded full resolution first, then the shaded
  full level -- full quality -- and last the 2x level for moving, the preview standing in for it
  until then) and the GUI thread adopts them in its next ``update`` or
  ``set_interactive`` call (just a ``SetMapper``). After publishing a level it waits for the
  renderer's next frame (its ``EndEvent``; at most QUICK_DRAW_WAIT) before going on, so that frame
  -- a full-resolution ray cast -- does not share the cores with the next gradient pass. A
  ``prepare`` that finishes after another ``set_volume`` is discarded (returns False). ``cancel``
  (a threading.Event) is checked between steps and raises ``render.reorient.Cancelled``.

What the ray caster gets: only the box of the grid that some volume preset of the modality can show
(``visible_box``: for CT everything from -300 HU up, with a 2-voxel margin; the air around the body
is left out, ~85 % of the phantom's voxels), and gradients only when a preset is shaded (MR presets
are not). The gradient pass costs 35-130 CPU-ns a voxel here (flat phantom .. noisy CT: the
direction encoding is the cost; 3-6 CPU-s for a noisy 512x512x300 CT): that, not the GL, is the
time to full quality. So the voxels no preset can show within reach of a sample are flattened
(``quiet_hidden``: zero gradients cost no trigonometry, the pixels stay the same), and when the
preset on screen shows less than the others (CT bone: nothing below 150 HU) ``prepare`` first
publishes a full level quieted below *its* threshold -- full quality for that preset in a fraction
of the time -- then the level for every preset (``_covers``: a preset the first level cannot show
gets the unshaded full resolution, or the preview, until then). VTK runs the pass on the mapper's
threads (one per core) for one-component 8/16-bit integer data (THREADED_BY_VTK: a CT in HU) but on
one thread for other types (float, 32-bit), so a shaded level of such a type with SPLIT_MIN_VOXELS
or more is cut into GRADIENT_PARTS slabs along z (two on this 2-core machine), each with its own
vtkImageData, mapper and vtkVolume; their gradient passes run at the same time on one thread each,
and the renderer draws the slabs back to front (its culler sorts them by depth). A slab's data
reaches SEAM_OVERLAP slices past its seam (central differences there, as in one grid) and its
mapper is cropped at the seam (the user's crop box is intersected with that), so the picture is
that of one grid (tests/test_render_volume.py compares them). The near clipping plane -- where
every ray's samples start -- comes from the whole volume's bounds, so neither the slabs nor a crop
box shift the samples. Measured alternatives: the GPU ray caster on llvmpipe ~10 CPU-s per
full-quality frame.

Volumes small enough to prepare in well under 0.3 s (``SYNC_PREPARE_VOXELS``) are prepared inside
``set_volume`` unless ``defer=True`` is passed; ``defer=False`` always prepares synchronously.
"""

from __future__ import annotations

import ctypes
import os
import threading
import weakref

import numpy as np
import vtkmodules
from vtkmodules.util import numpy_support
from vtkmodules.vtkCommonDataModel import vtkImageData, vtkPiecewiseFunction
from vtkmodules.vtkRenderingCore import (
    vtkColorTransferFunction,
    vtkRenderer,
    vtkRenderWindow,
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
# A shaded level of at least this many voxels is cut into GRADIENT_PARTS slabs along z whose
# gradient passes run in parallel (VTK's pass is single-threaded): one mapper and one vtkVolume
# per slab, composited back to front (the renderer's culler sorts them). Each slab's data reaches
# SEAM_OVERLAP slices past its seam so gradients there are central differences, as in one grid;
# its mapper is cropped at the seam so no sample is counted twice.
SPLIT_MIN_VOXELS = 4_000_000
# A shaded full level of at least this many voxels is first shown unshaded (no gradients needed),
# the gradient pass (~1 s and more from here) running meanwhile; below, the wait is too short to be
# worth one more full-resolution frame drawn on the GUI thread.
INTERIM_MIN_VOXELS = 16_000_000
# After publishing a level (full quality for the preset on screen, the unshaded full resolution,
# full quality for every preset) prepare waits until the GUI has drawn it (a full-resolution ray
# cast, ~0.1 s at 800x800) before going on, at most this long (a 3-D pane not on screen draws nothing).
QUICK_DRAW_WAIT = 0.5
GRADIENT_PARTS = max(1, min(2, os.cpu_count() or 1))
SEAM_OVERLAP = 2


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

# VTK 9.7 loads libX11's functions when the first render window is made and unloads them when
# the last one goes (vtkX11FunctionsInitialize/Finalize count references). CreateCanonicalView
# makes a render window, so two of them started together -- or one on a worker while the GUI
# thread drops its last window -- may call a function not loaded yet (reproduced: SIGSEGV at
# address 0 when two slabs' passes started at once). One window made on the importing thread
# and held for the life of the process keeps them loaded; it never opens the display.
_X11_HOLD = vtkRenderWindow()


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
    return in_background_all([(fn, args)])[0]


def in_background_all(calls):
    """``in_background`` for several ``(fn, args)`` at once, one thread each, in parallel (the
    gradient passes of a level's slabs release the GIL: they use both cores). Waits for all;
    returns their results in order; re-raises the first error."""
    out: list = [None] * len(calls)

    def run(i, fn, args):
        try:
            if hasattr(os, "setpriority"):
                try:
                    os.setpriority(os.PRIO_PROCESS, threading.get_native_id(), BACKGROUND_NICE)
                except OSError:
                    pass  # not allowed here: run at the normal priority
            out[i] = (True, fn(*args))
        except BaseException as exc:  # handed to the caller
            out[i] = (False, exc)

    workers = [threading.Thread(target=run, args=(i, fn, args), name=f"3-D background {i}", daemon=True)
               for i, (fn, args) in enumerate(calls)]
    for w in workers:
        w.start()
    for w in workers:
        w.join()
    for ok, value in out:
        if not ok:
            raise value
    return [value for _, value in out]


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


def preset_lowest(name: str | None) -> float | None:
    """The value below which volume preset ``name`` shows nothing (its last zero-opacity point
    before the first visible one; -inf when it shows its lowest value); None when the preset is
    relative to the data's range, unknown, or shows nothing at all."""
    p = VOLUME_TRANSFER_FUNCTIONS.get(name or "")
    if p is None or p.get("relative"):
        return None
    points = sorted(p["opacity"])
    first = next((i for i, (_, o) in enumerate(points) if o > 0), None)
    if first is None:
        return None
    return points[first - 1][0] if first > 0 else -np.inf


def presets_can_show(volume: Volume) -> tuple[float | None, bool]:
    """(lowest value any volume preset offered for the volume's modality makes visible, or None
    when the presets are relative to the data's range; whether any of them is shaded)."""
    names = [n for n in volume_presets_for(volume.modality) if n in VOLUME_TRANSFER_FUNCTIONS]
    shaded = any(VOLUME_TRANSFER_FUNCTIONS[n]["shade"] for n in names)
    if not names or any(VOLUME_TRANSFER_FUNCTIONS[n].get("relative") for n in names):
        return None, shaded
    lowest = [v for v in (preset_lowest(n) for n in names) if v is not None]  # (None: shows nothing)
    return (min(lowest) if lowest else None), shaded


HIDDEN_REACH = 2  # a voxel's gradient reads its neighbours; a sample blends the 8 corners of its cell


def _erode(mask: np.ndarray, reach: int) -> np.ndarray:
    """True where ``mask`` is True in the whole (2 reach + 1)^3 cube around (faces of the grid
    count as True: the mapper gets nothing beyond them)."""
    out = mask
    for axis in range(3):
        m, out = out, out.copy()
        for d in range(1, reach + 1):
            lo = [slice(None)] * 3
            hi = [slice(None)] * 3
            lo[axis], hi[axis] = slice(d, None), slice(None, -d)
            out[tuple(lo)] &= m[tuple(hi)]
            out[tuple(hi)] &= m[tuple(lo)]
    return out


def quiet_hidden(array: np.ndarray, lowest: float | None) -> np.ndarray:
    """``array``, with every voxel that no preset can show -- it and every voxel within
    HIDDEN_REACH below ``lowest`` -- set to the array's minimum (a copy; ``array`` itself when
    nothing can be quieted).

    The picture is the same: a sample is drawn only if a corner of its cell reaches ``lowest``,
    and the voxels whose values or gradients the change touches are all more than one voxel from
    such a corner. What changes is the gradient pass's cost: a flat region has zero gradients,
    which VTK encodes without its trigonometry (air inside and around a body -- lungs, bowel gas,
    the corners of the box -- measured ~1/3 of the pass's time for a chest). The minimum is kept
    so VTK maps the values to its tables exactly as before (tests/test_render_volume.py renders
    both)."""
    if lowest is None or not np.isfinite(lowest) or array.size == 0:
        return array
    below = array < lowest
    deep = _erode(below, HIDDEN_REACH)
    del below
    floor = array.min()
    if not deep.any() or not np.isfinite(floor):  # (NaN voxels: left as they are)
        return array
    out = array.copy()
    np.copyto(out, floor, where=deep)
    return out


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


class _Part:
    """One slab of a level: its vtkImageData (the numpy buffer kept alive), its mapper, and the
    world box it draws (``limits``: (xmin, xmax, ymin, ymax, zmin, zmax), the seam planes for a
    slab of a split level, None for a level in one piece). ``visible``: False when the crop box
    leaves nothing of it."""

    def __init__(self, array, origin, spacing, image_sample_distance, limits=None):
        check_renderable(array.shape)  # never hand a degenerate grid to the ray caster
        self.image, self.array = _image_data(array, origin, spacing)
        self.mapper = _new_mapper(image_sample_distance)
        self.mapper.SetInputData(self.image)
        self.mapper.SetSampleDistance(float(np.min(spacing)))
        self.limits = limits
        self.visible = True


class _Level:
    """One resolution of the volume: its canonical grid and the part(s) the ray caster gets.
    ``box`` (index slices z, y, x) limits them to what can be seen (``visible_box``); ``parts``
    > 1 cuts that into slabs along z whose gradient passes can run in parallel (see
    SPLIT_MIN_VOXELS)."""

    def __init__(self, canonical: Canonical, image_sample_distance: float, box=None, parts: int = 1,
                 quiet_below: float | None = None):
        check_renderable(canonical.array.shape)  # never hand a degenerate grid to the ray caster
        self.canonical = canonical
        array, origin = canonical.array, np.asarray(canonical.origin, dtype=float)
        if box is not None:
            array = array[box]
            origin = origin + np.array([box[2].start, box[1].start, box[0].start]) * canonical.spacing
            check_renderable(array.shape)
        array = quiet_hidden(array, quiet_below)  # shaded levels: cheaper gradients, the same picture
        # what a preset may show for this level to draw it as the whole grid: nothing below this
        # (its voxels were quieted, its box cut, for a preset starting there); None: any preset
        self.quiet_below = quiet_below
        self.array = array  # a view (or its quieted copy): what the ray caster gets, in all parts together
        spacing = np.asarray(canonical.spacing, dtype=float)
        nz = array.shape[0]
        parts = max(1, min(int(parts), nz // (2 * SEAM_OVERLAP + 2)))
        if parts == 1:
            self.parts = [_Part(array, origin, spacing, image_sample_distance)]
            return
        seams = [round(nz * i / parts) for i in range(parts + 1)]  # slab i draws slices seams[i]..seams[i+1]
        self.parts = []
        for i in range(parts):
            lo = max(0, seams[i] - SEAM_OVERLAP)
            hi = min(nz, seams[i + 1] + SEAM_OVERLAP + 1)
            o = origin + np.array([0.0, 0.0, lo * spacing[2]])
            limits = [origin[0], origin[0] + (array.shape[2] - 1) * spacing[0],
                      origin[1], origin[1] + (array.shape[1] - 1) * spacing[1],
                      origin[2] + seams[i] * spacing[2], origin[2] + min(seams[i + 1], nz - 1) * spacing[2]]
            self.parts.append(_Part(array[lo:hi], o, spacing, image_sample_distance, tuple(limits)))

    @property
    def mapper(self) -> vtkFixedPointVolumeRayCastMapper:
        return self.parts[0].mapper


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


def _intersect(crop, limits):
    """The crop box (xmin, xmax, ymin, ymax, zmin, zmax) within a part's limits; None when
    neither limits anything. An empty result has some min > max."""
    if crop is None:
        return limits
    if limits is None:
        return tuple(crop)
    return tuple(max(crop[i], limits[i]) if i % 2 == 0 else min(crop[i], limits[i]) for i in range(6))


# VTK threads the gradient pass itself (over the mapper's threads, one per core) for one-component
# 8- and 16-bit integer data -- a CT in HU -- and runs it on one thread for any other type (float,
# 32-bit: measured here, a 512x512x300 CT body as float32 3.1 s on one core, 1.9-2.4 s in two slabs)
THREADED_BY_VTK = (np.int8, np.uint8, np.int16, np.uint16)


def _parts_for(array: np.ndarray, box, shaded: bool) -> int:
    """How many slabs a level is cut into: several only when its gradient pass is long and VTK
    does not thread it itself."""
    if not shaded:
        return 1  # no gradients: the first render computes only the min-max volume (tens of ms)
    if array.dtype.type in THREADED_BY_VTK:
        return 1  # already on every core: more slabs would only add threads
    return GRADIENT_PARTS if box_voxels(array, box) >= SPLIT_MIN_VOXELS else 1


def box_voxels(array: np.ndarray, box) -> int:
    """How many voxels of ``array`` the index box (or the whole grid, None) holds."""
    return array.size if box is None else int(np.prod([b.stop - b.start for b in box]))


def _warm_up_level(level: _Level, volume_property: vtkVolumeProperty, shade: bool) -> None:
    """The first-render work of every part of ``level``, the parts in parallel, off the GIL."""
    props = []
    for _ in level.parts:  # each thread gets its own copy: nothing VTK is shared between them
        prop = vtkVolumeProperty()
        prop.DeepCopy(volume_property)
        props.append(prop)
    in_background_all([(warm_up_mapper, (part.mapper, prop, shade)) for part, prop in zip(level.parts, props)])


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
        self.actor = vtkVolume()  # the first part's; a split level adds one per further slab
        self.actor.SetProperty(self.property)
        self.actor.SetMapper(self.preview_mapper)
        self.actor.VisibilityOff()
        self.renderer.AddVolume(self.actor)
        self.actors = [self.actor]
        # The slabs of a split level are drawn back to front (each mapper composites its own
        # image over what is drawn): sort the volumes by depth at every render.
        cullers = self.renderer.GetCullers()
        cullers.InitTraversal()
        for _ in range(cullers.GetNumberOfItems()):
            culler = cullers.GetNextItem()
            if hasattr(culler, "SetSortingStyleToBackToFront"):
                culler.SetSortingStyleToBackToFront()
        self._shown: _Level | None = None
        self.interactive = False
        self._preset: str | None = None
        self._crop = None
        self._bounds: tuple[float, ...] | None = None
        self._auto_range: tuple[float, float] | None = None
        self._lock = threading.Lock()
        self._generation = 0
        self._source: Canonical | None = None  # full canonical given/cheap at set_volume, or None
        self._ready = None  # (generation, full _Level) published by prepare
        self._ready_coarse = None  # (generation, coarse _Level for moving) published by prepare after it
        self._interim = None  # (generation, unshaded full-resolution _Level) published by prepare
        self._prepared = False
        self._preview: _Level | None = None  # 4x, shown until the levels below are ready
        self._flat: _Level | None = None  # the unshaded full resolution, until the full level covers every preset
        self._full: _Level | None = None  # full quality (maybe only for the preset it was prepared for)
        self._coarse: _Level | None = None  # 2x, while moving
        self._all_lowest = -np.inf  # the lowest value any preset of the volume's modality shows
        # set by the first render after a published level was adopted: prepare waits for it (at
        # most QUICK_DRAW_WAIT) before its next gradient pass, so that frame has the cores
        self._drawn = threading.Event()
        self._gui_thread = threading.get_ident()  # the thread that renders (makes the scene)
        self._drawn.set()
        self._await_draw = False
        me = weakref.ref(self)  # (weak: the scene lives as long as its view holds it, not VTK)
        self.renderer.AddObserver("EndEvent", lambda *_: (scene := me()) is not None and scene._on_drawn())
        self._flat_prop: vtkVolumeProperty | None = None  # self.property without shading

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
            self._ready = self._interim = self._ready_coarse = None
        self._drawn.set()  # a prepare of the volume before, waiting for its frame: go on (and end)
        self.volume = volume
        self.canonical = None
        self._source = canonical
        self._prepared = False
        self._full = self._coarse = None
        self._auto_range = None
        preview = downsample(canonical, PREVIEW_FACTOR) if canonical is not None \
            else canonicalize(volume, factor=PREVIEW_FACTOR)
        lowest, _ = presets_can_show(volume)  # the preview's first render computes its gradients here
        self._all_lowest = lowest if lowest is not None else -np.inf
        level = _Level(preview, PREVIEW_IMAGE_SAMPLE_DISTANCE, visible_box(preview.array, lowest))
        self.preview_mapper = level.mapper
        self._shown = self._preview = level
        self._flat = None
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
        self._show(level)
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

        # Only what a preset can show is handed to the ray caster, and the voxels no preset can
        # show are quieted (quiet_hidden): the shading gradients (VTK computes them ~70-130 ns a
        # voxel here) are the cost of the first full render; a big shaded level is cut into slabs
        # whose passes run in parallel.
        lowest, shaded = presets_can_show(volume)
        preset = self._preset  # the preset on screen (set by update on the GUI thread)
        first = preset_lowest(preset) if VOLUME_TRANSFER_FUNCTIONS.get(preset or "", {}).get("shade") else None
        # The preset on screen shows less than the others (bone: nothing below 150 HU)? Its full
        # quality first -- the gradients of what it shows only, a fraction of the body -- then
        # the level for every preset.
        staged = shaded and first is not None and lowest is not None and first > lowest
        total, done = 4, [0]

        def report(label: str, step: bool = True) -> None:
            """Progress: ``step`` False says what just became ready without a new step."""
            done[0] += step
            if progress:
                progress(done[0] - 1, total, label)

        def publish(slot: str, level: _Level, label: str) -> bool:
            """Hand ``level`` to the GUI thread, say so (the view renders on progress) and leave
            its first frame the cores (at most QUICK_DRAW_WAIT); False when the volume changed."""
            with self._lock:
                if generation != self._generation:
                    return False
                self._drawn.clear()
                setattr(self, slot, (generation, level))
            report(label, step=False)
            if threading.get_ident() != self._gui_thread:  # (prepared inside set_volume: no frame comes)
                self._drawn.wait(QUICK_DRAW_WAIT)
            return check()

        report("3-D: reorient")
        full_c = source if source is not None else canonicalize(volume, cancel=cancel)
        if not check():
            return False
        box = visible_box(full_c.array, lowest)
        interim = shaded and box_voxels(full_c.array, box) >= INTERIM_MIN_VOXELS
        if staged:
            report("3-D: gradients for the preset shown")
            # (the box of every preset: a box cut for this one would shift its samples a little)
            quick = _Level(full_c, 1.0, box, _parts_for(full_c.array, box, True), first)
            _warm_up_level(quick, prop, True)
            if not publish("_ready", quick, "3-D: full quality for the preset shown"):
                return False
        else:
            report("3-D: full-resolution copy")
        parts = _parts_for(full_c.array, box, shaded)
        if interim:
            # The full resolution without shading needs no gradients (its first render computes
            # only the min-max volume, tens of ms): shown while the gradients are computed (for
            # a preset the quick level above cannot show).
            flat = _Level(full_c, 1.0, box, parts)  # views of the volume: no copy
            _warm_up_level(flat, prop, False)
            if not publish("_interim", flat, "3-D: full resolution, unshaded"):
                return False
        full = _Level(full_c, 1.0, box, parts, lowest if shaded else None)
        if not check():
            return False
        report("3-D: full-resolution gradients")
        _warm_up_level(full, prop, shaded)
        # full quality (for every preset), then the 2x level for moving (the preview meanwhile)
        if not publish("_ready", full, "3-D: full quality"):
            return False
        report("3-D: coarse level for moving")
        coarse_c = downsample(full_c, COARSE_FACTOR)
        coarse_box = visible_box(coarse_c.array, lowest)
        coarse = _Level(coarse_c, COARSE_IMAGE_SAMPLE_DISTANCE, coarse_box,
                        _parts_for(coarse_c.array, coarse_box, shaded), lowest if shaded else None)
        _warm_up_level(coarse, prop, shaded)
        with self._lock:
            if generation != self._generation:
                return False
            self._ready_coarse = (generation, coarse)
        report("3-D: ready")  # (step 4 of 4)
        return True

    def is_prepared(self) -> bool:
        """True once ``prepare`` has finished for the current volume (adopted or ready to be)."""
        with self._lock:
            return self._prepared or self._ready is not None

    def has_news(self) -> bool:
        """True when ``prepare`` has published something the next ``update`` will show (the
        unshaded full resolution, or full quality): time to render."""
        with self._lock:
            return self._ready is not None or self._interim is not None or self._ready_coarse is not None

    def shows_unshaded(self) -> bool:
        """True while the unshaded full resolution stands in for full quality."""
        return self._shown is not None and self._shown is self._flat

    def _adopt(self) -> None:
        """GUI thread: switch to the prepared mappers if a prepare has published them (or to the
        unshaded full resolution, published first)."""
        with self._lock:
            ready, self._ready = self._ready, None
            interim, self._interim = self._interim, None
            coarse, self._ready_coarse = self._ready_coarse, None
        if ready is not None or interim is not None:
            self._await_draw = True  # the next frame shows it: prepare waits for that
        if ready is not None and ready[0] == self._generation:
            self._full = ready[1]
            self.canonical = self._full.canonical
            self.full_mapper = self._full.mapper
            self._prepared = True
        elif interim is None and coarse is None:
            return
        if interim is not None and interim[0] == self._generation and not self._covers_all(self._full):
            self._flat = interim[1]
        if coarse is not None and coarse[0] == self._generation and self._prepared:
            self._coarse = coarse[1]
            self._preview = None
        if self._covers_all(self._full):
            self._flat = None  # full quality for every preset: the unshaded stand-in goes
        self.coarse_mapper = (self._coarse or self._preview or self._full).mapper
        self._apply_crop(self._crop)
        self._show(self._current_level())

    def _on_drawn(self) -> None:
        """The renderer finished a frame (GUI thread)."""
        if self._await_draw:
            self._await_draw = False
            self._drawn.set()

    @property
    def _levels(self) -> list[_Level]:
        """The levels in hand, the one full quality comes from first."""
        return [level for level in (self._full, self._coarse, self._flat, self._preview) if level is not None]

    def _covers(self, level: _Level | None) -> bool:
        """True when ``level`` shows the current preset as the whole volume would (its voxels
        below ``quiet_below`` were quieted: a preset showing nothing below that is drawn exactly)."""
        if level is None:
            return False
        if self._covers_all(level):
            return True
        lowest = preset_lowest(self._preset)
        return lowest is not None and lowest >= level.quiet_below

    def _covers_all(self, level: _Level | None) -> bool:
        return level is not None and (level.quiet_below is None or level.quiet_below <= self._all_lowest)

    def _current_level(self) -> _Level:
        if self.interactive:  # moving: the 2x level, the preview until it is ready
            return self._coarse or self._preview or self._full
        if self._covers(self._full):
            return self._full
        # the preset needs what the full level left out (prepared for another preset first):
        # the unshaded full resolution, or the preview, until the full level for every preset
        return self._flat or self._preview or self._coarse or self._full

    def _flat_property(self) -> vtkVolumeProperty:
        if self._flat_prop is None:
            self._flat_prop = vtkVolumeProperty()
            self._flat_prop.DeepCopy(self.property)
            self._flat_prop.ShadeOff()
        return self._flat_prop

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
        self._flat_prop = None  # the unshaded copy follows the preset
        if self._shown is not None:
            self._show(self._current_level())  # another preset may need another level

    def _show(self, level: _Level) -> None:
        """Put ``level``'s part(s) on the actors (one vtkVolume per slab, further ones hidden)."""
        self._shown = level
        prop = self._flat_property() if level is self._flat else self.property
        while len(self.actors) < len(level.parts):
            actor = vtkVolume()
            actor.SetProperty(self.property)
            actor.VisibilityOff()
            self.renderer.AddVolume(actor)
            self.actors.append(actor)
        for i, actor in enumerate(self.actors):
            if i < len(level.parts):
                actor.SetMapper(level.parts[i].mapper)
                if actor.GetProperty() is not prop:
                    actor.SetProperty(prop)
                actor.SetVisibility(self.volume is not None and level.parts[i].visible)
            else:
                actor.VisibilityOff()

    def _apply_crop(self, crop) -> None:
        if crop is not None:
            crop = [float(v) for v in crop]
            if len(crop) != 6:
                raise ValueError(f"crop must be (xmin, ymin, zmin, xmax, ymax, zmax) in LPS mm, got {crop}")
            lo, hi = crop[:3], crop[3:]
            if any(a > b for a, b in zip(lo, hi)):
                raise ValueError(f"crop box min {lo} exceeds max {hi}: expected (xmin, ymin, zmin, xmax, ymax, zmax)")
            self._crop = tuple(crop)
            crop = (lo[0], hi[0], lo[1], hi[1], lo[2], hi[2])
        else:
            self._crop = None
        for level in self._levels:
            for part in level.parts:
                planes = _intersect(crop, part.limits)
                part.visible = planes is None or all(planes[2 * k] <= planes[2 * k + 1] for k in range(3))
                if planes is None:
                    part.mapper.CroppingOff()
                elif part.visible:
                    part.mapper.SetCroppingRegionPlanes(*planes)
                    part.mapper.CroppingOn()
        if self._shown is not None:
            self._show(self._shown)

    def _apply_camera(self, c) -> None:
        cam = self.renderer.GetActiveCamera()
        cam.SetPosition(*c.position)
        cam.SetFocalPoint(*c.focal_point)
        cam.SetViewUp(*c.view_up)
        cam.SetParallelScale(c.parallel_scale)
        cam.OrthogonalizeViewUp()
        # from the whole volume, not the props drawn: the near plane (where the ray samples start)
        # stays put whatever the crop box or the slabs shown
        self.renderer.ResetCameraClippingRange(self.bounds())

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
        if self._levels:
            self._show(self._current_level())  # the preview (moving) until prepare() has run
