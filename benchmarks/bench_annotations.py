"""Cost of drawing consult annotations in a 2-D view: 200 annotations beside a bare slice frame.

    .venv/bin/python benchmarks/bench_annotations.py [--quick]

Needs DISPLAY (an Xvfb is fine); windows render offscreen at 512x512, no multisampling. Two
identical SliceScenes on the same CT-like volume, one with an AnnotationLayer holding 200
annotations (lengths, angles, ellipses, polygons, arrows, texts of 5 owners, with measurement
labels), frames interleaved (bare, ours, bare, ours...). Figures are medians over N frames.

(a) scrolling: 200 annotations spread over 20 slices (10 per slice, so the shown set changes every
    frame); (b) all 200 on the shown slice while the user zooms (labels and arrow heads follow).
Printed per case: ``layer.update`` alone (the layer's per-frame cost), and the whole frame
(scene.update + layer.update + Render) beside the bare frame (scene.update + Render).
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from vtkmodules.vtkRenderingCore import vtkRenderWindow  # noqa: E402

from render.annotations import AnnotationLayer  # noqa: E402
from render.slice_view import SliceScene  # noqa: E402
from workstation.annotations import Annotation, measure  # noqa: E402
from workstation.model import Volume  # noqa: E402
from workstation.viewstate import ViewState  # noqa: E402

SIZE = 512
OWNERS = ("alice@nanning", "binh@hue", "carol@vientiane", "dara@phnompenh", "somchai@khonkaen")


def ct_volume(nx=384, ny=384, nz=120) -> Volume:
    y, x = np.mgrid[:ny, :nx]
    body = ((x - nx / 2) / (0.42 * nx)) ** 2 + ((y - ny / 2) / (0.32 * ny)) ** 2 < 1
    base = np.where(body, 40, -1000).astype(np.int16)
    rng = np.random.default_rng(0)
    a = np.empty((nz, ny, nx), dtype=np.int16)
    noise = rng.integers(-20, 21, size=(4, ny, nx), dtype=np.int16)
    for k in range(nz):
        a[k] = base + noise[k % 4]
    affine = np.diag([0.7, 0.7, 1.5, 1.0])
    affine[:3, 3] = (-0.35 * nx, -0.35 * ny, -0.75 * nz)
    return Volume(a, affine, "HU", "CT")


def annotations(n: int, z_of, rng) -> list[Annotation]:
    """``n`` annotations of every kind, annotation i in the axial plane z_of(i)."""
    out = []
    kinds = ("length", "angle", "ellipse", "polygon", "arrow", "text")
    for i in range(n):
        kind = kinds[i % len(kinds)]
        z = z_of(i)
        cx, cy = rng.uniform(-90, 90), rng.uniform(-70, 70)
        r = rng.uniform(5, 20)
        if kind in ("length", "arrow"):
            pts = [(cx, cy, z), (cx + r, cy + 0.5 * r, z)]
        elif kind == "angle":
            pts = [(cx + r, cy, z), (cx, cy, z), (cx + 0.3 * r, cy + r, z)]
        elif kind == "ellipse":
            pts = [(cx, cy, z), (cx + r, cy, z), (cx, cy + 0.6 * r, z)]
        elif kind == "polygon":
            t = np.linspace(0, 2 * np.pi, 7)[:-1]
            pts = [(cx + r * np.cos(a), cy + 0.7 * r * np.sin(a), z) for a in t]
        else:
            pts = [(cx, cy, z)]
        normal = (0.0, 0.0, 1.0) if kind in ("ellipse", "polygon") else None
        out.append(Annotation(kind=kind, points=pts, owner=OWNERS[i % len(OWNERS)], id=f"a{i}",
                              text="note" if kind == "text" else "", plane_normal=normal))
    return out


def window_for(scene) -> vtkRenderWindow:
    win = vtkRenderWindow()
    win.SetOffScreenRendering(1)
    win.SetMultiSamples(0)
    win.SetSize(SIZE, SIZE)
    win.AddRenderer(scene.renderer)
    return win


def run_case(name, vol, anns, states, frames):
    bare, ours = SliceScene("axial"), SliceScene("axial")
    for s in (bare, ours):
        s.set_volume(vol)
    layer = AnnotationLayer(ours)
    layer.set_annotations(anns, {a.id: measure(a, vol) for a in anns if a.kind in ("ellipse", "polygon")})
    wb, wo = window_for(bare), window_for(ours)
    # Warm up (textures, fonts, shaders).
    for st in states[:4]:
        bare.update(st)
        wb.Render()
        ours.update(st)
        layer.update(st)
        wo.Render()
    t_bare, t_ours, t_layer, shown = [], [], [], []
    for f in range(frames):
        st = states[f % len(states)]
        t0 = time.perf_counter()
        bare.update(st)
        wb.Render()
        t_bare.append(time.perf_counter() - t0)
        t0 = time.perf_counter()
        ours.update(st)
        t1 = time.perf_counter()
        layer.update(st)
        t2 = time.perf_counter()
        wo.Render()
        t3 = time.perf_counter()
        t_ours.append(t3 - t0)
        t_layer.append(t2 - t1)
        shown.append(len(layer.visible_ids()))
    wb.Finalize()
    wo.Finalize()
    mb, mo, ml = (1e3 * float(np.median(t)) for t in (t_bare, t_ours, t_layer))
    print(f"{name}: {len(anns)} annotations, {np.mean(shown):.0f} shown per frame, {frames} frames")
    print(f"  layer.update (ours, per frame)       {ml:7.2f} ms")
    print(f"  frame with annotations (ours)        {mo:7.2f} ms")
    print(f"  bare slice frame (reference)         {mb:7.2f} ms")
    print(f"  ratio ours/bare                      {mo / mb:7.2f}x   (annotations add {mo - mb:+.2f} ms)")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--quick", action="store_true", help="fewer frames (about 20 s)")
    args = parser.parse_args()
    if not os.environ.get("DISPLAY"):
        print("needs DISPLAY (start an Xvfb)", file=sys.stderr)
        return 2
    frames = 60 if args.quick else 300
    vol = ct_volume()
    rng = np.random.default_rng(1)
    step = float(vol.spacing[2])
    z0 = float(vol.origin[2]) + 50 * step

    # (a) scrolling through 20 slices holding 10 annotations each.
    anns = annotations(200, lambda i: z0 + (i % 20) * step, rng)
    states = [ViewState(position=(0.0, 0.0, z0 + (k % 20) * step), window=400.0, level=40.0) for k in range(40)]
    run_case("(a) scrolling", vol, anns, states, frames)

    # (b) all 200 on the shown slice, zooming in and out.
    anns = annotations(200, lambda i: z0, rng)
    zooms = np.concatenate([np.linspace(1.0, 3.0, 20), np.linspace(3.0, 1.0, 20)])
    states = [ViewState(position=(0.0, 0.0, z0), window=400.0, level=40.0, zoom=float(z)) for z in zooms]
    run_case("(b) 200 on one slice, zooming", vol, anns, states, frames)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
