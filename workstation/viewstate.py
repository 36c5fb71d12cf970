"""Evented view state of the reading room.

The widgets and VTK scenes never hold the truth: they render a ViewState and change it.
A consult shares the same object between participants (only view state travels, never pixels),
so everything here is plain data in patient millimetres.
"""

from __future__ import annotations

import math
import time
from dataclasses import asdict, dataclass, field

from psygnal import evented

AXIAL, CORONAL, SAGITTAL, VOLUME3D = "axial", "coronal", "sagittal", "3d"
LAYOUTS = ("1x1", "1x3", "2x2")

# Window presets (width, level) in HU for CT.
CT_WINDOW_PRESETS: dict[str, tuple[float, float]] = {
    "brain": (80.0, 40.0),
    "lung": (1500.0, -600.0),
    "bone": (2000.0, 300.0),
    "abdomen": (400.0, 40.0),
    "mediastinum": (350.0, 50.0),
}

VOLUME_PRESETS = ("ct-bone", "ct-soft-tissue", "ct-angio", "mr-default", "mr-angio")


@evented
@dataclass
class Camera3D:
    position: tuple[float, float, float] = (0.0, -500.0, 0.0)
    focal_point: tuple[float, float, float] = (0.0, 0.0, 0.0)
    view_up: tuple[float, float, float] = (0.0, 0.0, 1.0)
    parallel_scale: float = 0.0  # 0: let the scene reset it


@evented
@dataclass
class ViewState:
    """What a reader sees: shared by all viewports of a window (and by a consult)."""

    series_uid: str = ""
    layout: str = "2x2"
    active_view: str = AXIAL
    # Crosshair / cursor position in LPS mm: the three MPR planes pass through it.
    position: tuple[float, float, float] = (0.0, 0.0, 0.0)
    window: float = 400.0
    level: float = 40.0
    zoom: float = 1.0
    pan: tuple[float, float] = (0.0, 0.0)  # mm offset of the view centre in the view plane
    slab_mm: float = 0.0  # 0: thin slice
    slab_mode: str = "mip"  # "mip" | "minip" | "mean"
    volume_preset: str = "ct-bone"
    crop: tuple[float, float, float, float, float, float] | None = None  # LPS min/max box
    camera: Camera3D = field(default_factory=Camera3D)

    def to_dict(self) -> dict:
        return asdict(self)


def window_choice(window: float, level: float, default: tuple[float, float] | None,
                  presets: dict[str, tuple[float, float]] = CT_WINDOW_PRESETS) -> str | None:
    """The name of the window the (width, level) pair is: "default" (the series' own), a preset's
    name, or None for a window of the user's own (the Window box then says "W 400 / L 250")."""
    def same(pair) -> bool:
        return pair is not None and math.isclose(pair[0], window, abs_tol=0.5) \
            and math.isclose(pair[1], level, abs_tol=0.5)

    if same(default):
        return "default"
    return next((name for name, pair in presets.items() if same(pair)), None)


class Follow:
    """Whether a consult participant follows the presenter.

    Drawing or measuring changes no view state, so it never leaves "follow". Changing what is
    seen (slice, window, zoom, pan, layout, 3-D camera...) by the participant's own hand does:
    ``touched()`` is called on a press or wheel in a view, and a view change shortly after it is
    theirs; changes applied from the presenter or made by loading a series are not."""

    LOOK_AROUND = frozenset({"position", "window", "level", "zoom", "pan", "layout", "slab_mm", "slab_mode",
                             "volume_preset", "crop", "camera"})
    TOUCH_SECONDS = 1.0  # a change this long after the user's press/wheel is the user's

    def __init__(self, clock=time.monotonic):
        self.clock = clock
        self.following = True
        self._touched = -math.inf

    def touched(self) -> None:
        self._touched = self.clock()

    def set(self, on: bool) -> None:
        self.following = on
        self._touched = -math.inf

    def view_changed(self, key: str) -> bool:
        """A local view change of ``key``: True when it takes the participant out of follow."""
        if not self.following or key not in self.LOOK_AROUND or self.clock() - self._touched > self.TOUCH_SECONDS:
            return False
        self.following = False
        return True
