"""3-D volume rendering scene.

The world frame is patient LPS in mm (the volume is reoriented once to an LPS-aligned grid, see
``render.reorient``), so cameras and crop boxes in a ``ViewState`` are plain patient coordinates.

Mapper choice (measured on this llvmpipe machine, 512x512x300 int16, 800x800, shaded):
``vtkFixedPointVolumeRayCastMapper`` ~0.3 s per full-quality frame, ``vtkGPUVolumeRayCastMapper``
~5.9 s per frame (llvmpipe emulates the GPU ray caster in software), so the CPU ray caster is used.
While the user moves (``set_interactive(True)``) a 2x-downsampled copy made once in
``set_volume`` is rendered with a coarser image sample distance (measured ~21-29 fps at 800x800
while rotating, full quality ~0.4-0.6 s after release). The very first full-quality render of a
volume also computes the shading gradients (~7-11 s for 512x512x300 on this machine, on the
thread that renders): show the coarse rendering first (``set_interactive(True)``) if that matters.
"""

from __future__ import annotations

import numpy as np
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

from .presets import VOLUME_TRANSFER_FUNCTIONS, apply_volume_preset, auto_window
from .reorient import Canonical, canonicalize

# Interactive (coarse) rendering parameters.
COARSE_FACTOR = 2
COARSE_IMAGE_SAMPLE_DISTANCE = 3.0


def _image_data(array: np.ndarray, origin, spacing) -> tuple[vtkImageData, np.ndarray]:
    arr = np.ascontiguousarray(array)
    img = vtkImageData()
    img.SetDimensions(arr.shape[2], arr.shape[1], arr.shape[0])
    img.SetOrigin(*origin)
    img.SetSpacing(*spacing)
    img.GetPointData().SetScalars(numpy_support.numpy_to_vtk(arr.ravel(), deep=0))
    return img, arr  # keep arr alive as long as img


class VolumeScene:
    def __init__(self):
        self.renderer = vtkRenderer()
        self.renderer.SetBackground(0.0, 0.0, 0.0)
        self.renderer.GetActiveCamera().ParallelProjectionOn()
        self.volume: Volume | None = None
        self.canonical = None
        self.color_tf = vtkColorTransferFunction()
        self.opacity_tf = vtkPiecewiseFunction()
        self.property = vtkVolumeProperty()
        self.property.SetColor(self.color_tf)
        self.property.SetScalarOpacity(self.opacity_tf)
        self.property.SetInterpolationTypeToLinear()
        self.property.SetAmbient(0.25)
        self.property.SetDiffuse(0.75)
        self.property.SetSpecular(0.2)
        self.full_mapper = vtkFixedPointVolumeRayCastMapper()
        self.full_mapper.AutoAdjustSampleDistancesOff()
        self.full_mapper.SetImageSampleDistance(1.0)
        self.coarse_mapper = vtkFixedPointVolumeRayCastMapper()
        self.coarse_mapper.AutoAdjustSampleDistancesOff()
        self.coarse_mapper.SetImageSampleDistance(COARSE_IMAGE_SAMPLE_DISTANCE)
        for m in (self.full_mapper, self.coarse_mapper):
            m.CroppingOff()
            m.SetCroppingRegionFlagsToSubVolume()
        self.actor = vtkVolume()
        self.actor.SetProperty(self.property)
        self.actor.SetMapper(self.full_mapper)
        self.actor.VisibilityOff()
        self.renderer.AddVolume(self.actor)
        self.interactive = False
        self._preset: str | None = None
        self._keep = []

    # ------------------------------------------------------------------ volume
    def set_volume(self, volume: Volume, canonical: Canonical | None = None) -> None:
        """Show a volume; ``canonical`` as in ``SliceScene.set_volume`` (shared, precomputed)."""
        self.volume = volume
        c = self.canonical = canonical if canonical is not None else canonicalize(volume)
        full, full_arr = _image_data(c.array, c.origin, c.spacing)
        f = COARSE_FACTOR
        coarse_arr = c.array[::f, ::f, ::f]
        coarse, coarse_arr = _image_data(coarse_arr, c.origin, c.spacing * f)
        self._keep = [full_arr, coarse_arr]
        self.full_mapper.SetInputData(full)
        self.coarse_mapper.SetInputData(coarse)
        step = float(c.spacing.min())
        self.full_mapper.SetSampleDistance(step)
        self.coarse_mapper.SetSampleDistance(step * f)
        self._preset = None
        self.actor.VisibilityOn()

    def bounds(self) -> tuple[float, ...]:
        """(xmin, xmax, ymin, ymax, zmin, zmax) of the volume in LPS mm."""
        return self.full_mapper.GetInput().GetBounds()

    # ---------------------------------------------------------------- update
    def update(self, state: ViewState) -> None:
        if self.canonical is None:
            return
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
            width, level = auto_window(self.volume)
            value_range = (level - width / 2, level + width / 2)
        apply_volume_preset(name, self.color_tf, self.opacity_tf, self.property, value_range)
        self._preset = name

    def _apply_crop(self, crop) -> None:
        if crop is None:
            for m in (self.full_mapper, self.coarse_mapper):
                m.CroppingOff()
            return
        crop = [float(v) for v in crop]
        if len(crop) != 6:
            raise ValueError(f"crop must be (xmin, ymin, zmin, xmax, ymax, zmax) in LPS mm, got {crop}")
        lo, hi = crop[:3], crop[3:]
        if any(a > b for a, b in zip(lo, hi)):
            raise ValueError(f"crop box min {lo} exceeds max {hi}: expected (xmin, ymin, zmin, xmax, ymax, zmax)")
        planes = (lo[0], hi[0], lo[1], hi[1], lo[2], hi[2])
        for m in (self.full_mapper, self.coarse_mapper):
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
        if self.canonical is None:
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
        self.actor.SetMapper(self.coarse_mapper if self.interactive else self.full_mapper)
