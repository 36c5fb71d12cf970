"""Render speed: our SliceScene / VolumeScene beside plain VTK references, measured in the same run.

    .venv/bin/python benchmarks/bench_render.py [--quick]

Needs DISPLAY (an Xvfb is fine); windows render offscreen. Figures are medians over N frames.
(a) slice scrolling at 512x512 and 1024x1024: SliceScene vs vtkImageViewer2 on the same volume;
(b) 3-D at 800x800: VolumeScene rotating (Azimuth 5 degrees per frame, interactive mode) and the
    time to full quality after release, vs a plain vtkFixedPointVolumeRayCastMapper full render;
(c) 3-D responsiveness after loading: the longest call the GUI thread makes into the scene
    (set_volume, update, render; the user rotating the preview while ``prepare`` runs on a worker
    thread) and the time to full quality, beside the old way: the first full-quality render of a
    plain vtkFixedPointVolumeRayCastMapper on the GUI thread (it computes the shading gradients);
(d) 2-D: a 2,500 x 3,000 MONOCHROME1 radiograph (RG1's chest resized, uncompressed) from the
    catalog to the 800x800 2-D view (read, decode, LUTs, upload, draw) and a window change, beside
    dcmtk's dcmj2pnm converting the same file to PGM with its window (``--2d-only`` runs just this).
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

from vtkmodules.util import numpy_support  # noqa: E402
from vtkmodules.vtkCommonDataModel import vtkImageData, vtkPiecewiseFunction  # noqa: E402
from vtkmodules.vtkInteractionImage import vtkImageViewer2  # noqa: E402
from vtkmodules.vtkRenderingCore import (  # noqa: E402
    vtkColorTransferFunction,
    vtkRenderer,
    vtkRenderWindow,
    vtkVolume,
    vtkVolumeProperty,
)
from vtkmodules.vtkRenderingVolume import vtkFixedPointVolumeRayCastMapper  # noqa: E402

from render.presets import apply_volume_preset  # noqa: E402
from render.slice_view import SliceScene  # noqa: E402
from render.volume_view import VolumeScene  # noqa: E402
from workstation.model import Volume  # noqa: E402
from workstation.viewstate import ViewState  # noqa: E402


def ct_volume(nx=512, ny=512, nz=300, lungs=False) -> Volume:
    """A CT-like int16 volume: air, an elliptic body with noise, a spine and ribs-like ring
    (``lungs``: and two lungs, -850 HU, filling 39 % of the body's section: a chest)."""
    y, x = np.mgrid[:ny, :nx]
    body = ((x - nx / 2) / (0.42 * nx)) ** 2 + ((y - ny / 2) / (0.32 * ny)) ** 2 < 1
    ring = np.abs(np.hypot((x - nx / 2) / (0.36 * nx), (y - ny / 2) / (0.27 * ny)) - 1) < 0.03
    spine = np.hypot(x - nx / 2, y - 0.7 * ny) < 0.05 * nx
    base = np.where(body, 40, -1000).astype(np.int16)
    if lungs:
        for cx in (0.33, 0.67):
            base[((x - cx * nx) / (0.13 * nx)) ** 2 + ((y - 0.48 * ny) / (0.2 * ny)) ** 2 < 1] = -850
    base[ring | spine] = 700
    rng = np.random.default_rng(0)
    a = np.empty((nz, ny, nx), dtype=np.int16)
    noise = rng.integers(-20, 21, size=(8, ny, nx), dtype=np.int16)
    for k in range(nz):
        a[k] = base + noise[k % 8]
        r = int(0.04 * nx * (1 + np.sin(k / 20)))  # a vessel-like blob that moves along z
        cy, cx = int(0.45 * ny), int(0.5 * nx + 0.1 * nx * np.cos(k / 30))
        a[k, cy - r:cy + r, cx - r:cx + r] = 300
    affine = np.diag([0.7, 0.7, 1.0, 1.0])
    affine[:3, 3] = (-0.35 * nx, -0.35 * ny, -0.5 * nz)
    return Volume(a, affine, "HU", "CT")


def offscreen_window(w, h, multisamples=0):
    # Both ours and the references get the same window: no MSAA (llvmpipe pays 8x per pixel for
    # VTK's default of 8 samples; render.offscreen.tune_render_window does the same for the UI).
    win = vtkRenderWindow()
    win.SetOffScreenRendering(1)
    win.SetMultiSamples(multisamples)
    win.SetSize(w, h)
    return win


def median_fps(times):
    return 1.0 / float(np.median(times))


class OurSlices:
    """SliceScene scrolling through the volume in its own window, one frame per step()."""

    def __init__(self, vol, size, orientation="axial", multisamples=0):
        self.scene = SliceScene(orientation)
        self.scene.set_volume(vol)
        self.win = offscreen_window(size, size, multisamples)
        self.win.AddRenderer(self.scene.renderer)
        self.state = ViewState(position=tuple(vol.center()), window=400, level=40)
        self.normal, self.step_mm = self.scene.plane_normal(), self.scene.slice_step_mm()
        lo, hi = vol.bounds()
        self.first = np.asarray(lo) * self.normal + np.asarray(vol.center()) * (1 - self.normal)
        self.count = int(round(float(((np.asarray(hi) - lo) @ self.normal) / self.step_mm))) + 1
        self.frame = 0
        self.step()

    def step(self):
        self.state.position = tuple(self.first + self.normal * self.step_mm * (self.frame % self.count))
        self.frame += 1
        self.scene.update(self.state)
        self.win.Render()


class Viewer2Slices:
    """vtkImageViewer2 scrolling the same volume at the same size."""

    def __init__(self, img, size, orientation="axial", multisamples=0):
        self.viewer = vtkImageViewer2()
        self.win = offscreen_window(size, size, multisamples)
        self.viewer.SetRenderWindow(self.win)
        self.viewer.SetInputData(img)
        self.viewer.SetColorWindow(400)
        self.viewer.SetColorLevel(40)
        {"axial": self.viewer.SetSliceOrientationToXY, "coronal": self.viewer.SetSliceOrientationToXZ,
         "sagittal": self.viewer.SetSliceOrientationToYZ}[orientation]()
        self.lo, self.hi = self.viewer.GetSliceMin(), self.viewer.GetSliceMax()
        self.frame = 0
        self.step()

    def step(self):
        self.viewer.SetSlice(self.lo + self.frame % (self.hi - self.lo + 1))
        self.frame += 1
        self.viewer.Render()


def bench_slices(vol, img, size, frames, orientation="axial", multisamples=0):
    """Median fps of ours and of vtkImageViewer2, frames interleaved so both see the same load."""
    ours, ref = OurSlices(vol, size, orientation, multisamples), Viewer2Slices(img, size, orientation, multisamples)
    t_ours, t_ref = [], []
    for _ in range(frames):
        for runner, times in ((ours, t_ours), (ref, t_ref)):
            t = time.perf_counter()
            runner.step()
            times.append(time.perf_counter() - t)
    ours.win.Finalize()
    ref.win.Finalize()
    return median_fps(t_ours), median_fps(t_ref)


def vtk_image(vol):
    arr = np.ascontiguousarray(vol.array)
    img = vtkImageData()
    nx, ny, nz = vol.shape_ijk
    img.SetDimensions(nx, ny, nz)
    img.SetSpacing(*vol.spacing)
    img.SetOrigin(*vol.origin)
    img.GetPointData().SetScalars(numpy_support.numpy_to_vtk(arr.ravel(), deep=0))
    return img, arr


def bench_volume_ours(vol, size, frames):
    scene = VolumeScene()
    t = time.perf_counter()
    scene.set_volume(vol, defer=False)  # prepared synchronously: (c) measures the threaded way
    t_set = time.perf_counter() - t
    win = offscreen_window(size, size)
    win.AddRenderer(scene.renderer)
    state = ViewState(volume_preset="ct-bone")
    scene.reset_camera(state)
    scene.update(state)
    t = time.perf_counter()
    win.Render()  # first full render (gradients, transfer tables)
    t_first = time.perf_counter() - t
    scene.set_interactive(True)
    win.Render()  # first coarse render
    cam = scene.renderer.GetActiveCamera()
    times = []
    for _ in range(frames):
        t = time.perf_counter()
        cam.Azimuth(5)
        win.Render()
        times.append(time.perf_counter() - t)
    t = time.perf_counter()
    scene.set_interactive(False)
    win.Render()
    t_refine = time.perf_counter() - t
    win.Finalize()
    return median_fps(times), t_refine, t_first, t_set


def bench_volume_reference(img, size, frames):
    mapper = vtkFixedPointVolumeRayCastMapper()
    mapper.SetInputData(img)
    color, opacity, prop = vtkColorTransferFunction(), vtkPiecewiseFunction(), vtkVolumeProperty()
    apply_volume_preset("ct-bone", color, opacity, prop)
    prop.SetColor(color)
    prop.SetScalarOpacity(opacity)
    prop.SetInterpolationTypeToLinear()
    actor = vtkVolume()
    actor.SetMapper(mapper)
    actor.SetProperty(prop)
    ren = vtkRenderer()
    ren.AddVolume(actor)
    win = offscreen_window(size, size)
    win.AddRenderer(ren)
    ren.ResetCamera()
    win.Render()
    times = []
    for _ in range(frames):
        t = time.perf_counter()
        ren.GetActiveCamera().Azimuth(5)
        win.Render()
        times.append(time.perf_counter() - t)
    win.Finalize()
    return median_fps(times)


def bench_gui_calls_after_load(vol, size):
    """The UI's sequence: set_volume, reset_camera, update + render (preview) on this (GUI) thread,
    prepare() on a worker; the GUI keeps rendering (rotating 5 degrees per frame, as a user
    exploring the preview would) until prepared, then renders full quality.

    Returns (longest GUI call s, name of that call, time to full quality s, preview frames)."""
    calls = []

    def timed(name, fn, *a):
        t = time.perf_counter()
        result = fn(*a)
        calls.append((time.perf_counter() - t, name))
        return result

    win = offscreen_window(size, size)
    scene = VolumeScene()
    win.AddRenderer(scene.renderer)
    state = ViewState(volume_preset="ct-bone")
    t0 = time.perf_counter()
    timed("set_volume", scene.set_volume, vol)
    timed("reset_camera", scene.reset_camera, state)
    timed("update (preview)", scene.update, state)  # as the viewport does: prepare knows the preset
    worker = threading.Thread(target=scene.prepare, name="prepare")
    worker.start()
    cam = scene.renderer.GetActiveCamera()
    frames = 0
    while not scene.is_prepared():
        timed("update (preview)", scene.update, state)
        timed("render (preview)", win.Render)
        frames += 1
        cam.Azimuth(5)
        scene.read_camera(state)
        time.sleep(0.02)  # the event loop handles input between frames
    timed("update (adopt)", scene.update, state)
    timed("render (first full quality)", win.Render)
    t_full = time.perf_counter() - t0
    worker.join()  # the 2x level for moving follows full quality
    timed("render (full quality)", win.Render)
    win.Finalize()
    longest, name = max(calls)
    return longest, name, t_full, frames


def bench_first_render_reference(img, size):
    """The old way: the first full-quality render of a plain mapper, on the calling thread."""
    mapper = vtkFixedPointVolumeRayCastMapper()
    mapper.SetInputData(img)
    color, opacity, prop = vtkColorTransferFunction(), vtkPiecewiseFunction(), vtkVolumeProperty()
    apply_volume_preset("ct-bone", color, opacity, prop)
    prop.SetColor(color)
    prop.SetScalarOpacity(opacity)
    prop.SetInterpolationTypeToLinear()
    actor = vtkVolume()
    actor.SetMapper(mapper)
    actor.SetProperty(prop)
    ren = vtkRenderer()
    ren.AddVolume(actor)
    win = offscreen_window(size, size)
    win.AddRenderer(ren)
    ren.ResetCamera()
    t = time.perf_counter()
    win.Render()
    t_first = time.perf_counter() - t
    win.Finalize()
    return t_first


def big_radiograph(folder: Path) -> Path:
    """RG1 (pydicom-data chest CR, MONOCHROME1) resized to 3,000 rows x 2,500 columns, 16 bit."""
    import cv2
    import data_store
    import pydicom
    from pydicom.uid import generate_uid

    ds = pydicom.dcmread(Path(data_store.__file__).parent / "data" / "RG1_UNCR.dcm")
    big = cv2.resize(ds.pixel_array, (2500, 3000), interpolation=cv2.INTER_LINEAR).astype(np.uint16)
    ds.Rows, ds.Columns = big.shape
    ds.PixelData = big.tobytes()
    ds.SOPInstanceUID = ds.file_meta.MediaStorageSOPInstanceUID = generate_uid()
    ds.SeriesInstanceUID, ds.StudyInstanceUID = generate_uid(), generate_uid()
    out = folder / "cr_2500x3000.dcm"
    ds.save_as(out, enforce_file_format=True)
    return out


def bench_2d(runs: int = 5) -> None:
    import shutil
    import subprocess
    import tempfile

    from render.image_view import ImageScene
    from workstation.dicom.catalog import Catalog
    from workstation.dicom.display import ImageStack

    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        src = big_radiograph(tmp)
        with Catalog(tmp / "catalog") as catalog:
            catalog.import_paths([src])
            uid = catalog.studies()[0].study_uid
            series_uid = catalog.series(uid)[0].series_uid
            scene = ImageScene()
            win = offscreen_window(800, 800)
            win.AddRenderer(scene.renderer)
            opened, windowed = [], []
            for _ in range(runs):
                t = time.perf_counter()
                stack = ImageStack(catalog.instances(series_uid))  # what the viewer does on open
                scene.set_frame(stack.render())
                scene.update()
                win.Render()
                opened.append(time.perf_counter() - t)
                t = time.perf_counter()
                stack.window = (12000.0, 20000.0)  # a window drag step: re-map, upload, draw
                scene.set_frame(stack.render())
                win.Render()
                windowed.append(time.perf_counter() - t)
        ref = []
        exe = shutil.which("dcmj2pnm")
        for _ in range(runs if exe else 0):
            t = time.perf_counter()
            subprocess.run([exe, "+Wi", "1", str(src), str(tmp / "ref.pgm")], check=True, stderr=subprocess.DEVNULL)
            ref.append(time.perf_counter() - t)
    reference = f"dcmj2pnm to PGM {np.median(ref):.2f} s" if ref else "dcmj2pnm not installed"
    print(f"2d 2500x3000 CR from the catalog to the 800x800 view: ours {np.median(opened):.2f} s | {reference} "
          f"(goal <= 0.2 s); window change {np.median(windowed) * 1000:.0f} ms")


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--quick", action="store_true", help="fewer frames (about 1 minute)")
    parser.add_argument("--2d-only", dest="only_2d", action="store_true", help="only the 2-D radiograph line")
    args = parser.parse_args(argv)
    if not os.environ.get("DISPLAY"):
        print("bench_render: DISPLAY is not set; start Xvfb (e.g. Xvfb :52 &) and export DISPLAY=:52", file=sys.stderr)
        return 2
    bench_2d()
    if args.only_2d:
        return 0
    slice_frames, vol_frames, ref_frames = (40, 8, 3) if args.quick else (150, 20, 6)
    t = time.perf_counter()
    vol = ct_volume()
    img, _keep = vtk_image(vol)
    print(f"volume 512x512x300 int16 generated in {time.perf_counter() - t:.1f} s")

    for size in (512, 1024):
        ours, ref = bench_slices(vol, img, size, slice_frames)
        print(f"slice scroll {size}x{size}: ours {ours:.0f} fps | vtkImageViewer2 {ref:.0f} fps | "
              f"ratio {ours / ref:.1f} (goal >= 60 fps at 512x512)")
    ours, ref = bench_slices(vol, img, 512, slice_frames // 2, multisamples=8)
    print(f"slice scroll 512x512 with VTK's default 8x MSAA window: ours {ours:.0f} fps | vtkImageViewer2 {ref:.0f} fps"
          f" | ratio {ours / ref:.1f}")
    for orientation in ("coronal", "sagittal"):
        ours, ref = bench_slices(vol, img, 512, slice_frames, orientation)
        print(f"slice scroll 512x512 {orientation}: ours {ours:.0f} fps | vtkImageViewer2 {ref:.0f} fps | "
              f"ratio {ours / ref:.1f}")

    fps, t_refine, t_first, t_set = bench_volume_ours(vol, 800, vol_frames)
    ref = bench_volume_reference(img, 800, ref_frames)
    print(f"3d rotate 800x800 (interactive): ours {fps:.1f} fps | vtkFixedPointVolumeRayCastMapper full-res "
          f"{ref:.1f} fps | ratio {fps / ref:.1f} (goal >= 15 fps)")
    print(f"3d full quality after release 800x800: ours {t_refine:.2f} s | reference frame {1 / ref:.2f} s "
          f"(goal <= 1 s)")
    print(f"3d set_volume + synchronous prepare {t_set:.2f} s, first full render after it {t_first:.2f} s")

    longest, name, t_full, frames = bench_gui_calls_after_load(vol, 800)
    t_ref = bench_first_render_reference(img, 800)
    print(f"3d longest GUI-thread call after set_volume 800x800: ours {longest:.2f} s ({name}) | "
          f"old: first full render on the GUI thread {t_ref:.2f} s | ratio {longest / t_ref:.2f} (goal <= 0.3 s)")
    print(f"3d time to full quality after set_volume: ours {t_full:.2f} s with {frames} preview frames "
          f"meanwhile | old {t_ref:.2f} s with the GUI frozen")
    return 0


if __name__ == "__main__":
    sys.exit(main())
