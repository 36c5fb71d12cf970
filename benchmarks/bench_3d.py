"""Opening a CT in 3-D: time to the first picture, time to full quality after the volume arrives,
and the longest call the GUI thread makes meanwhile -- ours beside the old paths, in the same run.

    .venv/bin/python benchmarks/bench_3d.py [--size 512] [--slices 300] [--view 800]

Needs DISPLAY (an Xvfb is fine); windows render offscreen, no multisampling (as the UI's).
Volumes: the project's CT phantom (workstation/phantom.py, 512 x 512 x 300, 0.7 x 0.7 x 1.5 mm,
built in memory slice by slice as write_phantom_series writes it), bench_render's CT-like
volume (an elliptic body filling more of the field of view; int16, whose gradient pass VTK
threads itself), the same with two lungs (a chest: air inside the body) and the first as float32
(VTK's pass on one thread: ours cuts it into slabs).

The GUI sequence is the application's: set_volume, reset_camera, update + render of the preview
on this thread, ``prepare`` on a worker; the GUI idles (renders on demand, the preview nudged twice
a second as a user would; renders the unshaded full resolution when prepare publishes it) until
prepared, then renders full quality. Times from set_volume (the volume has arrived): "first
picture" the 4x preview on screen; "full resolution unshaded" the full grid without shading on
screen (no gradients needed); "full quality" the shaded full-resolution frame on screen -- what
the issue's "time to full quality" means -- in the preset on screen; "every preset": when the
level for all of them is in (a switch of preset then costs nothing). "longest GUI call": the
longest single call this thread made meanwhile (the event loop is blocked that long). Also
printed: the process CPU seconds from arrival to full quality (the work, whatever the machine's
load) and the load average. Rows:
- ours (bone): the CT default. The ray caster gets only the part any preset of the modality can
  show (visible_box), the voxels no preset shows quieted (quiet_hidden), cut (float data) into two
  slabs along z whose gradient passes run in parallel (GRADIENT_PARTS); bone shows nothing below
  150 HU, so its full quality comes first from a level quieted below that (the same pixels), the
  level for every preset after it;
- ours (soft tissue): opened in a preset that shows from -300 HU (no quicker level first);
- one slab: the same in one piece (the path before the slabs: VTK's gradient pass on one core);
- whole grid: one slab of the whole grid (the path before visible_box);
- plain mapper: one vtkFixedPointVolumeRayCastMapper's first full-quality render on the GUI
  thread (it computes the shading gradients there: the GUI is frozen throughout).
"""

from __future__ import annotations

import argparse
import os
import sys
import threading
import time
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
sys.path.insert(0, str(Path(__file__).resolve().parent))

import render.volume_view as vv  # noqa: E402
from bench_render import bench_first_render_reference, ct_volume, offscreen_window, vtk_image  # noqa: E402
from workstation.model import Volume  # noqa: E402
from workstation.phantom import phantom_slice_hu  # noqa: E402
from workstation.viewstate import ViewState  # noqa: E402


def phantom_volume(size=512, slices=300, spacing=(0.7, 0.7, 1.5)) -> Volume:
    sx, sy, sz = spacing
    xs = (np.arange(size) - (size - 1) / 2) * sx
    ys = (np.arange(size) - (size - 1) / 2) * sy
    x, y = np.meshgrid(xs, ys)
    z0 = -(slices - 1) / 2 * sz
    a = np.stack([phantom_slice_hu(x, y, z0 + k * sz) for k in range(slices)])
    affine = np.diag([sx, sy, sz, 1.0])
    affine[:3, 3] = (xs[0], ys[0], z0)
    return Volume(a, affine, "HU", "CT")


def open_in_3d(vol: Volume, view: int, whole_grid: bool = False, parts: int | None = None,
               preset: str = "ct-bone") -> dict:
    saved, saved_parts = vv.visible_box, vv.GRADIENT_PARTS
    if whole_grid:
        vv.visible_box = lambda array, lowest, margin=2: None
    if parts is not None:
        vv.GRADIENT_PARTS = parts
    try:
        calls = []

        def timed(name, fn, *a):
            t = time.perf_counter()
            out = fn(*a)
            calls.append((time.perf_counter() - t, name))
            return out

        win = offscreen_window(view, view)
        scene = vv.VolumeScene()
        win.AddRenderer(scene.renderer)
        state = ViewState(volume_preset=preset)
        t0, cpu0 = time.perf_counter(), time.process_time()
        timed("set_volume", scene.set_volume, vol)
        timed("reset_camera", scene.reset_camera, state)
        timed("update (preview)", scene.update, state)
        timed("render (preview)", win.Render)
        t_first = time.perf_counter() - t0
        worker = threading.Thread(target=scene.prepare, name="prepare")
        worker.start()
        frames = 0
        t_flat = None
        while not scene.is_prepared():  # the event loop idles: the view renders on demand
            time.sleep(0.02)
            frames += 1
            if scene.has_news() and not scene.is_prepared():  # as the viewport does on progress
                timed("update (unshaded)", scene.update, state)
                timed("render (unshaded full resolution)", win.Render)
                if scene.shows_unshaded() and t_flat is None:
                    t_flat = time.perf_counter() - t0
            if frames % 25 == 0:  # the user nudges the preview twice a second
                scene.renderer.GetActiveCamera().Azimuth(2)
                timed("update (preview)", scene.update, state)
                timed("render (preview)", win.Render)
        timed("update (adopt)", scene.update, state)
        timed("render (first full quality)", win.Render)
        t_full = time.perf_counter() - t0
        cpu = time.process_time() - cpu0
        t_all = t_full
        while not scene._covers_all(scene._full):  # full quality for the preset shown came first
            time.sleep(0.02)
            if scene.has_news():
                timed("update (adopt)", scene.update, state)
                timed("render (unshaded / full quality)", win.Render)
            t_all = time.perf_counter() - t0
        worker.join()  # the 2x level for moving follows full quality
        kept, parts = 1.0, 1
        levels = scene._levels
        if levels:
            kept, parts = levels[0].array.size / vol.array.size, len(levels[0].parts)
        win.Finalize()
        longest, name = max(calls)
        return {"first": t_first, "full": t_full, "all": t_all, "flat": t_flat, "longest": longest, "longest_name": name,
                "frames": frames, "kept": kept, "parts": parts, "cpu": cpu}
    finally:
        vv.visible_box, vv.GRADIENT_PARTS = saved, saved_parts


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--size", type=int, default=512)
    parser.add_argument("--slices", type=int, default=300)
    parser.add_argument("--view", type=int, default=800, help="3-D view size in pixels")
    args = parser.parse_args(argv)
    if not os.environ.get("DISPLAY"):
        print("bench_3d: DISPLAY is not set; source installer/devices.sh; start_virtual_display", file=sys.stderr)
        return 2
    def as_float(vol: Volume) -> Volume:  # a CT rescaled to float (NIfTI, enhanced MR/CT): VTK's pass is single-threaded
        return Volume(vol.array.astype(np.float32), vol.affine, vol.units, vol.modality)

    for label, make in (("phantom", lambda: phantom_volume(args.size, args.slices)),
                        ("ct-like", lambda: ct_volume(args.size, args.size, args.slices)),
                        ("ct-like chest", lambda: ct_volume(args.size, args.size, args.slices, lungs=True)),
                        ("ct-like float32", lambda: as_float(ct_volume(args.size, args.size, args.slices)))):
        t = time.perf_counter()
        vol = make()
        print(f"{label} {args.size}x{args.size}x{args.slices} built in {time.perf_counter() - t:.1f} s "
              f"(load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores)")
        ours = open_in_3d(vol, args.view)
        soft = open_in_3d(vol, args.view, preset="ct-soft-tissue")
        one = open_in_3d(vol, args.view, parts=1)
        old = open_in_3d(vol, args.view, whole_grid=True, parts=1)
        img, _keep = vtk_image(vol)
        plain = bench_first_render_reference(img, args.view)
        for name, r in (("ours (bone)", ours), ("ours (soft tissue)", soft), ("one slab", one), ("whole grid", old)):
            flat = f"full resolution unshaded {r['flat']:.2f} s | " if r["flat"] is not None else ""
            every = f" (every preset {r['all']:.2f} s)" if r["all"] > r["full"] + 0.005 else ""
            print(f"3d open {label} {args.view}x{args.view} {name}: first picture {r['first']:.2f} s | {flat}full quality "
                  f"{r['full']:.2f} s{every} | longest GUI call {r['longest']:.2f} s ({r['longest_name']}) | "
                  f"{r['kept'] * 100:.0f} % of the voxels ray cast in {r['parts']} slab(s) | {r['cpu']:.1f} CPU-s | "
                  f"load {os.getloadavg()[0]:.1f}")
        print(f"3d open {label} plain vtkFixedPointVolumeRayCastMapper: first picture = full quality {plain:.2f} s, "
              f"GUI frozen throughout | ours/plain {ours['full'] / plain:.2f} (goal: full quality <= 1.5 s)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
