"""An offscreen render window holding a render scene, like the UI's viewports, for pixel tests."""

from __future__ import annotations

from vtkmodules.vtkRenderingCore import vtkRenderWindow

from render.offscreen import capture


class OffscreenViewport:
    def __init__(self, scene, size: tuple[int, int]):
        self.scene = scene
        self.window = vtkRenderWindow()
        self.window.SetOffScreenRendering(1)
        self.window.SetSize(*size)
        self.window.AddRenderer(scene.renderer)

    def show(self, state):
        """Apply the view state, render, and return the picture (h, w, 3), top row first."""
        self.scene.update(state)
        self.window.Render()
        return capture(self.window)

    def close(self):
        self.window.Finalize()
