"""Offscreen rendering of a scene to a numpy image, and capture of an existing window.

Images are ``(h, w, 3)`` uint8 RGB with the top row first (as image files and Qt expect).
"""

from __future__ import annotations

import numpy as np
from vtkmodules.util import numpy_support
from vtkmodules.vtkRenderingCore import vtkRenderer, vtkRenderWindow, vtkWindowToImageFilter

import vtkmodules.vtkRenderingOpenGL2  # noqa: F401
import vtkmodules.vtkRenderingVolumeOpenGL2  # noqa: F401


def tune_render_window(render_window) -> None:
    """Settings a viewport window should have on this software-GL (llvmpipe) machine.

    VTK asks for 8x multisampling by default; llvmpipe pays for it on every pixel (measured:
    slice scrolling at 512x512 from ~40 to ~120 fps, 3-D interaction from ~11 to ~27 fps without
    it). Call before the window is first rendered (e.g. on the QVTKRenderWindowInteractor's window).
    """
    render_window.SetMultiSamples(0)


def capture(render_window) -> np.ndarray:
    """The current content of a render window as (h, w, 3) uint8, top row first."""
    w2i = vtkWindowToImageFilter()
    w2i.SetInput(render_window)
    w2i.SetInputBufferTypeToRGB()
    w2i.ReadFrontBufferOff()
    w2i.ShouldRerenderOn()
    w2i.Update()
    img = w2i.GetOutput()
    w, h, _ = img.GetDimensions()
    arr = numpy_support.vtk_to_numpy(img.GetPointData().GetScalars()).reshape(h, w, -1)
    return np.ascontiguousarray(arr[::-1, :, :3])


def snapshot(scene_or_renderer, size: tuple[int, int] = (512, 512), state=None) -> np.ndarray:
    """Render a scene (anything with ``.renderer``) or a vtkRenderer offscreen at ``size`` (w, h).

    If ``state`` is given, ``scene.update(state)`` is called once the renderer has the new window
    (so the view fits the snapshot's aspect ratio). The renderer is given back to the window it
    was in before, if any.
    """
    renderer: vtkRenderer = getattr(scene_or_renderer, "renderer", scene_or_renderer)
    if not isinstance(renderer, vtkRenderer):
        raise TypeError(f"snapshot needs a scene with .renderer or a vtkRenderer, got {type(scene_or_renderer).__name__}")
    w, h = int(size[0]), int(size[1])
    if w <= 0 or h <= 0:
        raise ValueError(f"snapshot size must be positive, got {size}")
    previous = renderer.GetRenderWindow()
    window = vtkRenderWindow()
    window.SetOffScreenRendering(1)
    window.SetSize(w, h)
    tune_render_window(window)
    window.AddRenderer(renderer)
    try:
        if state is not None:
            if not hasattr(scene_or_renderer, "update"):
                raise TypeError("a state can only be applied to a scene, not to a bare renderer")
            scene_or_renderer.update(state)
        window.Render()
        image = capture(window)
    finally:
        window.RemoveRenderer(renderer)
        window.Finalize()
        if previous is not None and previous is not window:
            renderer.SetRenderWindow(previous)
    return image
