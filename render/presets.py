"""Display presets: window/level helpers and volume-rendering transfer functions.

The CT window presets (width, level) live in ``workstation.viewstate.CT_WINDOW_PRESETS``.
Volume presets are lists of control points; ``mr-default`` is expressed in fractions of the
auto window range because MR intensities have no unit.
"""

from __future__ import annotations

import numpy as np

from workstation.model import Volume
from workstation.viewstate import CT_WINDOW_PRESETS, VOLUME_PRESETS

__all__ = ["CT_WINDOW_PRESETS", "VOLUME_PRESETS", "VOLUME_TRANSFER_FUNCTIONS", "auto_window",
           "window_lut", "window_to_uint8", "apply_volume_preset", "volume_presets_for"]


def auto_window(volume: Volume, low_pct: float = 1.0, high_pct: float = 99.0,
                max_samples: int = 2_000_000) -> tuple[float, float]:
    """(width, level) spanning the low-high percentiles of the intensities (for MR).

    Large volumes are sub-sampled with a fixed stride (deterministic) for speed.
    """
    a = volume.array
    step = max(1, int(np.ceil((a.size / max_samples) ** (1 / 3))))
    sample = np.asarray(a[::step, ::step, ::step], dtype=np.float64).ravel()
    if sample.size == 0:
        raise ValueError("cannot compute a window of an empty volume")
    lo, hi = np.percentile(sample, [low_pct, high_pct])
    if hi <= lo:
        hi = lo + 1.0
    return float(hi - lo), float((hi + lo) / 2)


def window_to_uint8(values: np.ndarray, width: float, level: float, out: np.ndarray | None = None):
    """Linear window/level to 0..255 (values below the window black, above white)."""
    width = max(float(width), 1e-6)
    lo = level - width / 2.0
    scaled = (np.asarray(values, dtype=np.float32) - np.float32(lo)) * np.float32(255.0 / width)
    np.clip(scaled, 0.0, 255.0, out=scaled)
    if out is None:
        return (scaled + 0.5).astype(np.uint8)
    np.add(scaled, 0.5, out=scaled)
    out[...] = scaled
    return out


def window_lut(dtype: np.dtype, width: float, level: float) -> np.ndarray | None:
    """A lookup table indexed by the raw bits of a 8/16-bit integer sample, or None for others.

    For int16 data ``lut[x.view(np.uint16)]`` is the windowed uint8 value of ``x``.
    """
    dtype = np.dtype(dtype)
    if dtype.kind not in "iu" or dtype.itemsize > 2:
        return None
    bits = dtype.itemsize * 8
    raw = np.arange(2 ** bits, dtype=np.uint32).astype(f"u{dtype.itemsize}")
    values = raw.view(dtype)
    return window_to_uint8(values, width, level)


# Volume presets: (value, r, g, b) colour points, (value, opacity) points, shade flag.
VOLUME_TRANSFER_FUNCTIONS: dict[str, dict] = {
    "ct-bone": {
        "color": [(-1000, 0.0, 0.0, 0.0), (150, 0.55, 0.25, 0.15), (300, 0.9, 0.82, 0.7),
                  (1200, 1.0, 1.0, 0.95), (3000, 1.0, 1.0, 1.0)],
        "opacity": [(-1000, 0.0), (150, 0.0), (300, 0.35), (1000, 0.85), (3000, 0.95)],
        "shade": True,
    },
    "ct-soft-tissue": {
        "color": [(-1000, 0.0, 0.0, 0.0), (-200, 0.55, 0.25, 0.15), (40, 0.85, 0.55, 0.45),
                  (300, 1.0, 0.95, 0.85), (3000, 1.0, 1.0, 1.0)],
        "opacity": [(-1000, 0.0), (-300, 0.0), (-100, 0.08), (80, 0.25), (300, 0.6), (3000, 0.8)],
        "shade": True,
    },
    "ct-angio": {
        "color": [(-1000, 0.0, 0.0, 0.0), (100, 0.6, 0.1, 0.05), (250, 0.95, 0.4, 0.3),
                  (500, 1.0, 0.9, 0.8), (3000, 1.0, 1.0, 1.0)],
        "opacity": [(-1000, 0.0), (120, 0.0), (200, 0.3), (400, 0.7), (3000, 0.9)],
        "shade": True,
    },
    # Fractions of the auto window: 0 = window bottom, 1 = window top.
    "mr-default": {
        "color": [(0.0, 0.0, 0.0, 0.0), (0.25, 0.6, 0.45, 0.35), (0.6, 0.9, 0.8, 0.7),
                  (1.0, 1.0, 1.0, 1.0)],
        "opacity": [(0.0, 0.0), (0.2, 0.0), (0.5, 0.25), (1.0, 0.7)],
        "shade": False,
        "relative": True,
    },
    # Bright vessels of a time-of-flight or contrast MR angiography: only the top of the range.
    "mr-angio": {
        "color": [(0.0, 0.0, 0.0, 0.0), (0.55, 0.55, 0.15, 0.1), (0.8, 0.95, 0.55, 0.45),
                  (1.0, 1.0, 0.95, 0.9)],
        "opacity": [(0.0, 0.0), (0.55, 0.0), (0.75, 0.35), (1.0, 0.85)],
        "shade": False,
        "relative": True,
    },
}

# The volume presets that make sense for a modality, the default first: Hounsfield-unit presets
# only for CT; MR (and any modality without calibrated units) gets the presets expressed in
# fractions of the data's own intensity range.
_CT_PRESETS = tuple(n for n in VOLUME_PRESETS if n.startswith("ct-"))
_RELATIVE_PRESETS = tuple(n for n in VOLUME_PRESETS if VOLUME_TRANSFER_FUNCTIONS.get(n, {}).get("relative"))


def volume_presets_for(modality: str | None) -> tuple[str, ...]:
    """Names of the volume presets offered for a series of ``modality`` (default first)."""
    return _CT_PRESETS if str(modality or "").strip().upper() == "CT" else _RELATIVE_PRESETS


def apply_volume_preset(name: str, color_tf, opacity_tf, volume_property,
                        value_range: tuple[float, float] | None = None) -> None:
    """Fill VTK transfer functions (vtkColorTransferFunction, vtkPiecewiseFunction) from a preset.

    ``value_range`` (low, high) maps relative presets (MR) onto the data's intensities.
    """
    if name not in VOLUME_TRANSFER_FUNCTIONS:
        raise ValueError(f"unknown volume preset {name!r}; expected one of {sorted(VOLUME_TRANSFER_FUNCTIONS)}")
    p = VOLUME_TRANSFER_FUNCTIONS[name]
    lo, hi = value_range if value_range else (0.0, 1.0)

    def v(x):
        return lo + x * (hi - lo) if p.get("relative") else x

    color_tf.RemoveAllPoints()
    for x, r, g, b in p["color"]:
        color_tf.AddRGBPoint(v(x), r, g, b)
    opacity_tf.RemoveAllPoints()
    for x, o in p["opacity"]:
        opacity_tf.AddPoint(v(x), o)
    if p["shade"]:
        volume_property.ShadeOn()
    else:
        volume_property.ShadeOff()
