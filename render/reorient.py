"""Bring a volume once into the display frame: an LPS-aligned grid.

The display frame ("canonical" array) is C-ordered ``(nS, nP, nL)``: index ``[z, y, x]`` with
x growing towards patient Left, y towards Posterior, z towards Superior, so voxel ``(x, y, z)``
sits at ``origin + (x*sx, y*sy, z*sz)`` in LPS mm.

* Orthogonal acquisitions (axial CT, sagittal MR, prone, decubitus...) are reoriented by an exact
  axis permutation and flips: the result is a numpy *view* of the original array, no interpolation.
* Oblique or gantry-tilted volumes are resampled once (``vtkImageReslice``, trilinear) onto an
  LPS-aligned grid covering the volume.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from workstation.model import Volume

# Direction cosines closer than this to an axis count as orthogonal (about 0.06 degree).
ORTHOGONAL_TOLERANCE = 1e-3


@dataclass
class Canonical:
    array: np.ndarray  # (nS, nP, nL), a view of the volume array when orthogonal
    origin: np.ndarray  # LPS mm of array[0, 0, 0]
    spacing: np.ndarray  # mm along L, P, S (x, y, z)
    resampled: bool

    @property
    def shape_xyz(self) -> tuple[int, int, int]:
        nz, ny, nx = self.array.shape
        return nx, ny, nz

    def index_to_patient(self, xyz) -> np.ndarray:
        return self.origin + np.asarray(xyz, dtype=float) * self.spacing

    def patient_to_index(self, p) -> np.ndarray:
        return (np.asarray(p, dtype=float) - self.origin) / self.spacing


def axis_permutation(direction: np.ndarray) -> tuple[list[int], list[int]] | None:
    """For each volume axis (i, j, k): the LPS axis it runs along and its sign, or None if oblique."""
    lps_axis, sign = [], []
    for a in range(3):
        col = direction[:, a]
        p = int(np.argmax(np.abs(col)))
        if abs(abs(col[p]) - 1.0) > ORTHOGONAL_TOLERANCE:
            return None
        lps_axis.append(p)
        sign.append(1 if col[p] > 0 else -1)
    if sorted(lps_axis) != [0, 1, 2]:
        return None
    return lps_axis, sign


class Cancelled(Exception):
    """Raised when a long operation stops because its cancel event was set."""


def is_orthogonal(volume: Volume) -> bool:
    """True when ``canonicalize`` is a cheap view (no resampling)."""
    return axis_permutation(volume.direction) is not None


def downsample(c: Canonical, factor: int) -> Canonical:
    """Every ``factor``-th voxel along each axis, as a contiguous copy (for coarse rendering).

    An axis is never reduced below 2 voxels (a thin volume keeps its thin axis): VTK's ray caster
    reads out of bounds on a one-voxel-thick volume (see ``render.volume_view.check_renderable``)."""
    f = int(factor)
    if f < 1:
        raise ValueError(f"downsampling factor must be >= 1, got {factor}")
    if f == 1:
        return c
    nz, ny, nx = c.array.shape
    steps = [max(1, min(f, n - 1)) for n in (nz, ny, nx)]  # array order (S, P, L)
    arr = np.ascontiguousarray(c.array[::steps[0], ::steps[1], ::steps[2]])
    spacing = np.asarray(c.spacing, dtype=float) * np.array(steps[::-1], dtype=float)  # (L, P, S)
    return Canonical(arr, np.asarray(c.origin, dtype=float), spacing, c.resampled)


def canonicalize(volume: Volume, progress=None, cancel=None, factor: int = 1) -> Canonical:
    """The volume in the display frame. Callable off the GUI thread: oblique volumes are resampled
    with ``progress(done, total, label)`` reports and stop (raising ``Cancelled``) when the
    ``cancel`` threading.Event is set. Pass the result to the scenes' ``set_volume(volume, canonical)``
    so the four viewports share one copy.

    ``factor`` > 1 gives a coarse copy with that many times the spacing (every factor-th voxel of
    an orthogonal volume; an oblique one is resampled directly onto the coarse grid, which costs
    about factor**3 times less than the full resampling)."""
    perm = axis_permutation(volume.direction)
    if perm is None:
        return _resample(volume, progress, cancel, factor)
    if factor != 1:
        return downsample(canonicalize(volume), factor)
    if progress is not None:
        progress(1, 1, "reorient")
    lps_axis, sign = perm
    nx, ny, nz = volume.shape_ijk
    n_ijk = (nx, ny, nz)
    array_axis_of_ijk = (2, 1, 0)  # array is [k, j, i]
    order, flips = [], []
    for t in range(3):  # canonical array axis t holds LPS axis 2 - t
        a = lps_axis.index(2 - t)
        order.append(array_axis_of_ijk[a])
        flips.append(sign[a] < 0)
    arr = np.transpose(volume.array, order)
    slices = tuple(slice(None, None, -1) if f else slice(None) for f in flips)
    arr = arr[slices]
    # Canonical voxel (0,0,0) is the volume index where flipped axes are at their end.
    start = np.array([(n_ijk[a] - 1) if sign[a] < 0 else 0 for a in range(3)], dtype=float)
    origin = volume.index_to_patient(start)
    spacing = np.empty(3)
    for a in range(3):
        spacing[lps_axis[a]] = volume.spacing[a]
    return Canonical(arr, origin, spacing, resampled=False)


def _resample(volume: Volume, progress=None, cancel=None, factor: int = 1) -> Canonical:
    from vtkmodules.util import numpy_support
    from vtkmodules.vtkCommonDataModel import vtkImageData
    from vtkmodules.vtkCommonMath import vtkMatrix4x4
    from vtkmodules.vtkCommonTransforms import vtkTransform
    from vtkmodules.vtkImagingCore import vtkImageReslice

    direction = volume.direction
    # Output spacing along each LPS axis: that of the volume axis most aligned with it.
    spacing = np.array([volume.spacing[int(np.argmax(np.abs(direction[p, :])))] for p in range(3)])
    spacing = spacing * max(1, int(factor))
    lo, hi = volume.bounds()
    dims = np.floor((hi - lo) / spacing + 1e-6).astype(int) + 1

    src = np.ascontiguousarray(volume.array)
    img = vtkImageData()
    nx, ny, nz = volume.shape_ijk
    img.SetDimensions(nx, ny, nz)
    img.SetSpacing(*volume.spacing)
    img.SetOrigin(0.0, 0.0, 0.0)
    img.GetPointData().SetScalars(numpy_support.numpy_to_vtk(src.ravel(), deep=0))

    # Output (LPS) point -> input point (index * spacing).
    m = np.diag(list(volume.spacing) + [1.0]) @ np.linalg.inv(volume.affine)
    mat = vtkMatrix4x4()
    for r in range(4):
        for c in range(4):
            mat.SetElement(r, c, m[r, c])
    transform = vtkTransform()
    transform.SetMatrix(mat)

    reslice = vtkImageReslice()
    reslice.SetInputData(img)
    reslice.SetResliceTransform(transform)
    reslice.SetInterpolationModeToLinear()
    reslice.SetOutputSpacing(*spacing)
    reslice.SetOutputOrigin(*lo)
    reslice.SetOutputExtent(0, dims[0] - 1, 0, dims[1] - 1, 0, dims[2] - 1)
    reslice.SetBackgroundLevel(float(volume.array.min()))

    def on_progress(obj, _event):
        if cancel is not None and cancel.is_set():
            obj.AbortExecuteOn()
        if progress is not None:
            progress(int(round(obj.GetProgress() * 100)), 100, "resample oblique volume")

    if progress is not None or cancel is not None:
        reslice.AddObserver("ProgressEvent", on_progress)
    if cancel is not None and cancel.is_set():
        raise Cancelled("resampling cancelled")
    reslice.Update()
    if cancel is not None and cancel.is_set():
        raise Cancelled("resampling cancelled")
    if progress is not None:
        progress(100, 100, "resample oblique volume")
    out = reslice.GetOutput()
    arr = numpy_support.vtk_to_numpy(out.GetPointData().GetScalars())
    arr = arr.reshape(dims[2], dims[1], dims[0]).copy()
    return Canonical(arr, np.asarray(lo, dtype=float), spacing, resampled=True)
