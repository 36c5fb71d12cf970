"""3-D volume scene: presets, crop box, camera round trip, interactive/refined rendering."""

from __future__ import annotations

import os

import numpy as np
import pytest

from render_helpers import OffscreenViewport
from render.offscreen import snapshot
from render.volume_view import VolumeScene
from workstation.model import Volume
from workstation.viewstate import ViewState

SIZE = 300


@pytest.fixture(autouse=True)
def _display():
    if not os.environ.get("DISPLAY"):
        pytest.fail("render tests need an X display: start Xvfb and set DISPLAY (e.g. Xvfb :52 & export DISPLAY=:52)")


def bone_phantom():
    """Air with a bone block on the patient's right (x small), a faint soft-tissue shell."""
    nz, ny, nx = 40, 64, 80
    a = np.full((nz, ny, nx), -1000, dtype=np.int16)
    a[15:25, 20:30, 15:30] = 1200  # bone block
    affine = np.diag([0.8, 0.7, 2.0, 1.0])
    affine[:3, 3] = (-30.0, -20.0, -40.0)
    vol = Volume(a, affine, "HU", "CT")
    block_centre = vol.index_to_patient([22, 24.5, 19.5])
    empty_point = vol.index_to_patient([65, 24.5, 19.5])  # same height, patient's left: air
    return vol, block_centre, empty_point


class Viewport(OffscreenViewport):
    def __init__(self, scene):
        super().__init__(scene, (SIZE, SIZE))

    def pixel(self, image, xyz):
        r = self.scene.renderer
        r.SetWorldPoint(*xyz, 1.0)
        r.WorldToDisplay()
        x, y, _ = r.GetDisplayPoint()
        return image[SIZE - 1 - int(round(y)), int(round(x))].astype(int)


def _in_view(vol, **set_volume_options):
    """A scene showing ``vol`` in an offscreen view, the camera fitted, the bone preset."""
    scene = VolumeScene()
    scene.set_volume(vol, **set_volume_options)
    vp = Viewport(scene)
    state = ViewState(volume_preset="ct-bone")
    scene.reset_camera(state)
    return scene, vp, state


def _seen_from(scene, state, azimuth: float, elevation: float, size: int) -> np.ndarray:
    """The scene's offscreen picture (int) from the fitted camera turned by ``azimuth`` and
    ``elevation`` degrees (``state.camera`` gets that camera)."""
    scene.reset_camera(state)
    cam = scene.renderer.GetActiveCamera()
    cam.Azimuth(azimuth)
    cam.Elevation(elevation)
    cam.OrthogonalizeViewUp()
    scene.read_camera(state)
    return snapshot(scene, (size, size), state).astype(int)


def test_bone_block_renders_bone_coloured_where_it_projects():
    vol, block, empty = bone_phantom()
    scene, vp, state = _in_view(vol)
    img = vp.show(state)
    px = vp.pixel(img, block)
    assert px.mean() > 80 and px[0] >= px[2], px  # bright, warm white (bone), not blue
    assert vp.pixel(img, empty).max() < 10
    # Anterior view: the block on the patient's right is on the left half of the screen.
    assert vp.scene.renderer.GetActiveCamera().GetPosition()[1] < block[1]
    bright = np.argwhere(img.mean(axis=2) > 60)
    assert bright[:, 1].mean() < SIZE / 2


def test_crop_box_that_excludes_the_block_leaves_background():
    vol, block, _ = bone_phantom()
    scene, vp, state = _in_view(vol)
    lo, hi = vol.bounds()
    state.crop = (block[0] + 10.0, lo[1], lo[2], hi[0], hi[1], hi[2])  # keep only the patient's left
    img = vp.show(state)
    assert vp.pixel(img, block).max() < 10
    assert img.max() < 10
    state.crop = (lo[0], lo[1], lo[2], block[0] + 10.0, hi[1], hi[2])  # keep the block
    img = vp.show(state)
    assert vp.pixel(img, block).mean() > 80
    state.crop = (lo[0], hi[1], lo[2], hi[0], lo[1], hi[2])  # VTK-style order mistaken for min/max
    with pytest.raises(ValueError, match="min"):
        scene.update(state)


def test_interactive_then_refined_both_render_the_block():
    vol, block, empty = bone_phantom()
    scene, vp, state = _in_view(vol)
    scene.set_interactive(True)
    coarse = vp.show(state)
    scene.set_interactive(False)
    fine = vp.show(state)
    for img in (coarse, fine):
        assert vp.pixel(img, block).mean() > 60 and vp.pixel(img, empty).max() < 10
    assert scene.actor.GetMapper() is scene.full_mapper


def test_camera_round_trip_through_the_view_state():
    vol, block, _ = bone_phantom()
    scene, vp, state = _in_view(vol)
    cam = state.camera
    assert cam.parallel_scale > 0 and cam.view_up == pytest.approx((0.0, 0.0, 1.0))
    assert cam.position[1] < cam.focal_point[1]  # camera on the anterior side
    front = vp.show(state)
    x_front = np.argwhere(front.mean(axis=2) > 60)[:, 1].mean()
    # The user rotates 90 degrees: the scene reads the camera back into the state...
    scene.renderer.GetActiveCamera().Azimuth(90)
    scene.read_camera(state)
    assert state.camera.position[1] == pytest.approx(state.camera.focal_point[1], abs=1e-6)
    # ...and another participant's scene showing that state sees the same view.
    other = VolumeScene()
    other.set_volume(vol)
    side = snapshot(other, (SIZE, SIZE), state)
    x_side = np.argwhere(side.mean(axis=2) > 60)[:, 1].mean()
    assert abs(x_side - x_front) > 20  # the block moved on screen
    same = vp.show(state)
    assert np.abs(same.astype(int) - side.astype(int)).mean() < 2


def test_mr_preset_renders_an_mr_volume():
    rng = np.random.default_rng(0)
    z, y, x = np.mgrid[:32, :48, :48]
    a = (800 * np.exp(-(((x - 24) / 12.0) ** 2 + ((y - 24) / 12.0) ** 2 + ((z - 16) / 8.0) ** 2))).astype(np.uint16)
    a += rng.integers(0, 20, size=a.shape, dtype=np.uint16)
    vol = Volume(a, np.diag([1.0, 1.0, 1.5, 1.0]), "", "MR")
    scene = VolumeScene()
    scene.set_volume(vol)
    state = ViewState(volume_preset="mr-default")
    scene.reset_camera(state)
    img = snapshot(scene, (SIZE, SIZE), state)
    assert img[SIZE // 2 - 5: SIZE // 2 + 5, SIZE // 2 - 5: SIZE // 2 + 5].mean() > 40
    assert img[:10, :10].max() < 10
    state.volume_preset = "no-such-preset"
    with pytest.raises(ValueError, match="preset"):
        scene.update(state)


# ------------------------------------------------------------ prepare off the GUI thread
def _big_bone_volume(n=(200, 256, 256)):
    """A CT-like volume too big for set_volume to prepare synchronously: air, a bone block on the
    patient's right, soft tissue around it."""
    nz, ny, nx = n
    a = np.full((nz, ny, nx), -1000, dtype=np.int16)
    a[40:160, 40:216, 30:226] = 40  # soft tissue
    a[80:120, 100:150, 50:110] = 1200  # bone on the patient's right (small x)
    affine = np.diag([0.8, 0.8, 1.0, 1.0])
    affine[:3, 3] = (-100.0, -100.0, -100.0)
    vol = Volume(a, affine, "HU", "CT")
    return vol, vol.index_to_patient([80, 125, 100]), vol.index_to_patient([200, 125, 100])


def test_prepare_on_a_worker_then_render_full_quality_on_the_main_thread():
    import threading

    vol, bone, tissue = _big_bone_volume()
    scene = VolumeScene()
    scene.set_volume(vol)  # big: deferred
    assert not scene.is_prepared()
    vp = Viewport(scene)
    state = ViewState(volume_preset="ct-bone")
    scene.reset_camera(state)
    preview = vp.show(state)  # renders the coarse preview, no error, bone already visible
    assert scene.actor.GetMapper() is scene.preview_mapper
    assert vp.pixel(preview, bone).mean() > 60
    steps, before_coarse = [], []

    def progress(d, t, label):
        steps.append((d, t))
        if "coarse" in label:  # full quality is published before the 2x level for moving
            before_coarse.append(scene.is_prepared())

    worker = threading.Thread(target=lambda: steps.append(scene.prepare(progress=progress)))
    worker.start()
    while worker.is_alive():  # the GUI keeps rendering the preview meanwhile
        vp.show(state)
        worker.join(0.05)
    assert steps[-1] is True and steps[-2][0] == steps[-2][1]
    assert before_coarse == [True]
    assert scene.is_prepared()
    full = vp.show(state)
    assert scene.actor.GetMapper() is scene.full_mapper
    px = vp.pixel(full, bone)
    assert px.mean() > 80 and px[0] >= px[2]  # bright warm white: bone, shaded
    # The same picture as a scene that prepared synchronously, and finer than the preview.
    reference = VolumeScene()
    reference.set_volume(vol, defer=False)
    assert reference.is_prepared()
    ref_img = snapshot(reference, (SIZE, SIZE), state)
    d_full = np.abs(full.astype(int) - ref_img.astype(int)).mean()
    d_preview = np.abs(preview.astype(int) - ref_img.astype(int)).mean()
    assert d_full < 0.2 * d_preview, (d_full, d_preview)
    # Interaction uses the prepared 2x level, release returns to full quality.
    scene.set_interactive(True)
    assert scene.actor.GetMapper() is scene.coarse_mapper
    assert vp.pixel(vp.show(state), bone).mean() > 60
    scene.set_interactive(False)
    assert scene.actor.GetMapper() is scene.full_mapper


def test_prepare_lets_the_gui_thread_run_during_the_gradient_pass():
    """VTK's wrappers hold the GIL: the long gradient pass must not, or the GUI would freeze."""
    import threading
    import time

    vol, _, _ = _big_bone_volume()
    scene = VolumeScene()
    scene.set_volume(vol, defer=True)
    in_gradients = threading.Event()
    done = threading.Event()

    def progress(d, t, label):
        if "full-resolution gradients" in label:
            in_gradients.set()
        if d == t:
            done.set()

    worker = threading.Thread(target=scene.prepare, kwargs={"progress": progress})
    worker.start()
    ticks = 0
    while not done.is_set():
        if in_gradients.is_set():
            ticks += 1  # the main thread holds the GIL here while the worker is in VTK
        time.sleep(0.001)
    worker.join()
    assert ticks >= 5, ticks


def test_prepare_of_a_replaced_volume_is_discarded_and_cancel_stops_it():
    import threading

    from render.reorient import Cancelled

    vol, bone, _ = _big_bone_volume()
    small, block, empty = bone_phantom()
    scene = VolumeScene()
    scene.set_volume(vol, defer=True)
    started, go, result = threading.Event(), threading.Event(), []

    def progress(d, t, label):
        if d == 0:
            started.set()
            go.wait(10)

    worker = threading.Thread(target=lambda: result.append(scene.prepare(progress=progress)))
    worker.start()
    started.wait(10)
    scene.set_volume(small)  # the user opened another series meanwhile (small: prepared now)
    go.set()
    worker.join()
    assert result == [False]
    vp = Viewport(scene)
    state = ViewState(volume_preset="ct-bone")
    scene.reset_camera(state)
    img = vp.show(state)
    assert scene.canonical.array.shape == small.array.shape
    assert vp.pixel(img, block).mean() > 80 and vp.pixel(img, empty).max() < 10

    scene.set_volume(vol, defer=True)
    cancel = threading.Event()
    cancel.set()
    with pytest.raises(Cancelled):
        scene.prepare(cancel=cancel)
    assert not scene.is_prepared()
    vp.show(state)  # still the preview, no error
    assert scene.actor.GetMapper() is scene.preview_mapper


def test_oblique_volume_preview_then_prepare():
    vol, block, _ = bone_phantom()
    theta = np.radians(20)
    rot = np.array([[np.cos(theta), -np.sin(theta), 0], [np.sin(theta), np.cos(theta), 0], [0, 0, 1]])
    affine = vol.affine.copy()
    affine[:3, :3] = rot @ vol.affine[:3, :3]
    oblique = Volume(vol.array, affine, "HU", "CT")
    block = oblique.index_to_patient([22, 24.5, 19.5])
    scene, vp, state = _in_view(oblique, defer=True)
    vp.show(state)
    assert scene.canonical is None  # not resampled on the GUI thread
    assert scene.prepare() is True
    img = vp.show(state)
    assert scene.canonical.resampled and vp.pixel(img, block).mean() > 80


def test_a_single_image_is_refused_by_the_3d_view_instead_of_crashing_vtk(tmp_path):
    """A colour ultrasound frame made grey is a 1 x 480 x 640 float32 "volume": VTK's ray caster
    segfaulted computing its gradients. The scene refuses it with a clear error; run in a child
    process so that a regression shows as this test failing, not as the test run dying."""
    import subprocess
    import sys
    import textwrap

    script = textwrap.dedent("""
        import numpy as np
        from render.volume_view import NotAVolume, VolumeScene
        from workstation.model import Volume
        vol = Volume(np.random.default_rng(1).random((1, 480, 640), dtype=np.float32) * 255, np.eye(4), "", "US")
        try:
            VolumeScene().set_volume(vol)
        except NotAVolume as exc:
            print("refused:", exc)
        else:
            raise SystemExit("a one-slice volume was accepted")
    """)
    root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    proc = subprocess.run([sys.executable, "-c", script], cwd=root, capture_output=True, text=True, timeout=120)
    assert proc.returncode == 0, proc.stderr[-2000:]
    assert "not a volume" in proc.stdout and "2-D viewer" in proc.stdout


def test_a_two_slice_float_volume_renders_at_every_resolution():
    """Thin but real volumes keep at least two voxels per axis in the preview and coarse copies
    (downsampling a 2-slice volume by 4 used to make a 1-slice grid for the ray caster)."""
    a = np.zeros((2, 96, 128), dtype=np.float32)
    a[:, 30:60, 40:90] = 1500.0
    vol = Volume(a, np.diag([0.5, 0.5, 3.0, 1.0]), "HU", "CT")
    scene = VolumeScene()
    scene.set_volume(vol, defer=True)
    assert min(scene._levels[0].canonical.array.shape) == 2  # the preview kept both slices
    vp = Viewport(scene)
    state = ViewState(volume_preset="ct-bone")
    scene.reset_camera(state)
    preview = vp.show(state)
    assert scene.prepare()
    full = vp.show(state)
    scene.set_interactive(True)
    coarse = vp.show(state)
    centre = vol.index_to_patient([64, 45, 0.5])
    for img in (preview, full, coarse):
        assert vp.pixel(img, centre).mean() > 40  # the bright block is drawn
    vp.close()


def _marker_colour(img, channel):
    """Pixels of one letter colour (0 red, 1 green, 2 blue) in the marker's bottom-left corner."""
    h, w = img.shape[:2]
    corner = img[int(h * 0.84):, : int(w * 0.16)].astype(int)
    others = [c for c in range(3) if c != channel]
    return int(((corner[..., channel] > corner[..., others[0]] + 60)
                & (corner[..., channel] > corner[..., others[1]] + 60)).sum())


def test_orientation_cube_in_an_offscreen_window_turns_with_the_camera():
    """The orientation marker (vtkOrientationMarkerWidget) in an offscreen window with an
    interactor that is never started; a snapshot of a scene without one still works."""
    from vtkmodules.vtkInteractionStyle import vtkInteractorStyleTrackballCamera
    from vtkmodules.vtkRenderingCore import vtkRenderWindowInteractor

    from render.volume_view import OrientationMarker

    vol, _, _ = bone_phantom()
    scene = VolumeScene()
    scene.set_volume(vol, defer=False)
    vp = Viewport(scene)
    interactor = vtkRenderWindowInteractor()
    interactor.SetRenderWindow(vp.window)
    interactor.SetInteractorStyle(vtkInteractorStyleTrackballCamera())
    marker = OrientationMarker(scene.renderer)
    marker.attach(interactor)
    state = ViewState(volume_preset="ct-bone")
    scene.reset_camera(state)
    front = vp.show(state)  # anterior view, head up: the green "A" faces the reader
    assert _marker_colour(front, 1) > 20 and _marker_colour(front, 0) == 0
    state.camera.position = tuple(np.array(state.camera.focal_point) + (500.0, 0.0, 0.0))  # from the left
    side = vp.show(state)
    assert _marker_colour(side, 0) > 20 and _marker_colour(side, 1) == 0  # the red "L"
    marker.set_visible(False)
    assert _marker_colour(vp.show(state), 0) == 0
    marker.detach()
    vp.close()
    # the same scene in an offscreen snapshot (no interactor, no marker) renders as before
    assert snapshot(scene, (200, 200), state).max() > 100


def test_a_big_shaded_volume_is_cut_into_slabs_prepared_in_parallel_and_drawn_as_one(monkeypatch):
    """The gradient pass (single-threaded in VTK for float data) runs for two slabs at once; the
    slabs, drawn back to front, give the picture of the volume in one piece from every side,
    cropped or not. 16-bit data is not cut: VTK threads its pass itself."""
    import threading
    import time

    import render.volume_view as vv

    vol, bone, _ = _big_bone_volume()
    assert vv._parts_for(vol.array, None, True) == 1  # int16: VTK's own threads
    vol = Volume(vol.array.astype(np.float32), vol.affine, "HU", "CT")  # a CT rescaled to float
    calls = []
    warm_up = vv.warm_up_mapper

    def recorded(mapper, prop, shade):
        start = time.perf_counter()
        warm_up(mapper, prop, shade)
        calls.append((start, time.perf_counter(), threading.get_ident()))

    monkeypatch.setattr(vv, "warm_up_mapper", recorded)
    monkeypatch.setattr(vv, "SPLIT_MIN_VOXELS", 1_000_000)
    monkeypatch.setattr(vv, "GRADIENT_PARTS", 2)
    split = VolumeScene()
    split.set_volume(vol, defer=False)
    full = split._levels[0]
    assert len(full.parts) == 2 and len(split.actors) == 2
    full_calls = calls[-3:-1]  # the full level's two slabs, then the coarse level (below the threshold)
    assert full_calls[0][2] != full_calls[1][2]  # two threads ...
    assert max(c[0] for c in full_calls) < min(c[1] for c in full_calls)  # ... working at the same time
    # slabs overlap by SEAM_OVERLAP slices past the seam; together they cover the grid once
    nz = full.array.shape[0]
    assert sum(p.array.shape[0] for p in full.parts) == nz + 2 * vv.SEAM_OVERLAP + 1
    monkeypatch.setattr(vv, "GRADIENT_PARTS", 1)
    whole = VolumeScene()
    whole.set_volume(vol, defer=False)
    assert len(whole._levels[0].parts) == 1
    lo, hi = vol.bounds()
    for preset in ("ct-bone", "ct-soft-tissue"):
        for azimuth, elevation in ((0, 0), (90, 60), (200, -70), (30, 89)):
            for crop in (None, (lo[0], lo[1], lo[2], hi[0], hi[1], (lo[2] + hi[2]) / 2 - 7)):
                state = ViewState(volume_preset=preset, crop=crop)
                pictures = []
                for scene in (split, whole):
                    pictures.append(_seen_from(scene, state, azimuth, elevation, 200))
                a, b = pictures
                if crop is None:  # (a shaded cut face of solid bone is dark: no gradient there)
                    assert b.max() > 20, (preset, azimuth, elevation)  # something is drawn
                diff = np.abs(a - b)
                where = (preset, azimuth, elevation, crop is not None, diff.mean(), diff.max())
                assert diff.mean() < 0.3 and (diff.max(axis=2) > 8).mean() < 0.01, where
    # a crop that leaves one slab out entirely hides that slab's volume
    first = full.parts[0].limits  # (xmin, xmax, ymin, ymax, zmin, zmax) of the lower slab
    state = ViewState(volume_preset="ct-bone", crop=(lo[0], lo[1], lo[2], hi[0], hi[1], first[4] + 5))
    split.update(state)
    assert [a.GetVisibility() for a in split.actors] == [1, 0]
    split.set_interactive(True)  # the coarse level is in one piece: the second volume is hidden
    assert split.actor.GetMapper() is split.coarse_mapper and not split.actors[1].GetVisibility()


class _HeldPrepare:
    """``scene.prepare`` on a worker whose level warm-ups for which ``hold(level, shade)`` is true
    wait until ``release()`` (the test looks at what the GUI shows meanwhile); ``levels`` records
    (quiet_below, shade, start time) of each warm-up."""

    def __init__(self, monkeypatch, scene, hold):
        import threading
        import time

        import render.volume_view as vv

        self.released, self.levels = threading.Event(), []
        warm_up = vv._warm_up_level

        def held(level, prop, shade):
            self.levels.append((level.quiet_below, shade, time.perf_counter()))
            if hold(level, shade):
                self.released.wait(30)
            warm_up(level, prop, shade)

        monkeypatch.setattr(vv, "_warm_up_level", held)
        self.worker = threading.Thread(target=scene.prepare)
        self.worker.start()

    def wait_for(self, condition, seconds=30.0) -> bool:
        for _ in range(int(seconds / 0.05)):
            if condition():
                return True
            self.worker.join(0.05)
        return condition()

    def release(self) -> None:
        self.released.set()
        self.worker.join()


def test_the_unshaded_full_resolution_is_shown_while_the_gradients_are_computed(monkeypatch):
    """Full resolution at once (no gradients needed without shading), shading when it is ready;
    the unshaded copy follows a preset change, interaction still gets the preview meanwhile."""
    import render.volume_view as vv

    monkeypatch.setattr(vv, "INTERIM_MIN_VOXELS", 1_000_000)
    vol, bone, _ = _big_bone_volume()
    scene = VolumeScene()
    scene.set_volume(vol, defer=True)
    vp = Viewport(scene)
    state = ViewState(volume_preset="ct-soft-tissue")  # shows from -300 HU: no quick level first
    scene.reset_camera(state)
    preview = vp.show(state)
    prepare = _HeldPrepare(monkeypatch, scene, lambda level, shade: shade)  # the gradient passes wait
    try:
        assert prepare.wait_for(scene.has_news) and not scene.is_prepared()
        flat = vp.show(state)  # update() adopts the unshaded full resolution
        assert scene.shows_unshaded()
        assert scene.actor.GetMapper() is not scene.preview_mapper and not scene.actor.GetProperty().GetShade()
        assert vp.pixel(flat, bone).mean() > 60  # the bone, at full resolution ...
        assert np.abs(flat.astype(int) - preview.astype(int)).mean() > 0.05  # ... not the preview
        scene.set_interactive(True)  # moving: the preview (the coarse level is not ready yet)
        assert scene.actor.GetMapper() is scene.preview_mapper and scene.actor.GetProperty().GetShade()
        scene.set_interactive(False)
        assert scene.shows_unshaded()
        state.volume_preset = "ct-bone"
        vp.show(state)
        assert not scene.actor.GetProperty().GetShade()  # still unshaded, with the new preset's colours
        assert scene.actor.GetProperty().GetScalarOpacity().GetSize() == \
            scene.property.GetScalarOpacity().GetSize()
    finally:
        prepare.release()
    assert scene.is_prepared()
    shaded = vp.show(state)
    assert not scene.shows_unshaded() and scene.actor.GetMapper() is scene.full_mapper
    assert scene.actor.GetProperty() is scene.property and scene.property.GetShade()
    assert np.abs(shaded.astype(int) - vp.show(state).astype(int)).max() == 0  # stable once shaded


def test_gradient_passes_started_together_in_a_fresh_process_do_not_crash():
    """VTK loads libX11's functions with the first render window; two CreateCanonicalView calls
    started at once in a process without one raced that loading (SIGSEGV at address 0). Fresh
    processes, two slabs prepared at once, again and again: exit code 0."""
    import subprocess
    import sys
    from pathlib import Path

    code = """
import numpy as np
import render.volume_view as vv
from render.reorient import canonicalize
from workstation.model import Volume
a = np.full((60, 120, 120), -1000, dtype=np.int16)
a[10:50, 30:90, 30:90] = 1200
a[::2] += 7  # gradients everywhere in the block
c = canonicalize(Volume(a, np.diag([0.8, 0.8, 1.0, 1.0]), "HU", "CT"))
prop = vv.VolumeScene().property
prop.ShadeOn()
for _ in range(6):
    level = vv._Level(c, 1.0, None, 2)
    assert len(level.parts) == 2
    vv._warm_up_level(level, prop, True)
print("ok")
"""
    root = Path(__file__).resolve().parent.parent
    for _ in range(3):
        done = subprocess.run([sys.executable, "-c", code], cwd=root, capture_output=True, text=True, timeout=120)
        assert done.returncode == 0 and "ok" in done.stdout, (done.returncode, done.stderr[-2000:])


def _chest_like(n=(48, 96, 112)):
    """A noisy CT chest in miniature: air around a body, two lungs (air) inside, a bone ring,
    a vessel, soft tissue; int16 HU."""
    nz, ny, nx = n
    rng = np.random.default_rng(3)
    y, x = np.mgrid[:ny, :nx]
    body = ((x - nx / 2) / (0.42 * nx)) ** 2 + ((y - ny / 2) / (0.34 * ny)) ** 2 < 1
    lungs = ((((x - 0.33 * nx) / (0.12 * nx)) ** 2 + ((y - 0.48 * ny) / (0.2 * ny)) ** 2 < 1)
             | (((x - 0.67 * nx) / (0.12 * nx)) ** 2 + ((y - 0.48 * ny) / (0.2 * ny)) ** 2 < 1))
    ring = np.abs(np.hypot((x - nx / 2) / (0.38 * nx), (y - ny / 2) / (0.3 * ny)) - 1) < 0.05
    base = np.where(body, 40, -1000)
    base[lungs] = -850
    base[ring] = 700
    a = (base[None] + rng.integers(-25, 26, size=(nz, ny, nx))).astype(np.int16)
    a[:, int(0.45 * ny):int(0.55 * ny), int(0.45 * nx):int(0.55 * nx)] = 300  # a contrast-filled vessel
    a[:6] = -1000 + rng.integers(-25, 26, size=(6, ny, nx))  # air above and below the body
    affine = np.diag([0.9, 0.9, 1.5, 1.0])
    affine[:3, 3] = (-50.0, -40.0, -30.0)
    return Volume(a, affine, "HU", "CT")


def test_quieting_what_no_preset_shows_leaves_every_picture_as_it_was(monkeypatch):
    """The shaded levels get the voxels no preset can show (air deep inside the lungs and around
    the body) flattened to the minimum -- a cheaper gradient pass -- and the same pixels, in every
    CT preset, from several sides, cropped or not."""
    import render.volume_view as vv
    from render.presets import volume_presets_for

    vol = _chest_like()
    lowest, _ = vv.presets_can_show(vol)
    quiet = vv.quiet_hidden(vol.array, lowest)
    changed = quiet != vol.array
    assert 0.2 < changed.mean() < 0.8  # the lungs' and the outside air's depths ...
    assert (vol.array[changed] < lowest).all() and (quiet[changed] == vol.array.min()).all()
    # ... never a voxel within two of anything a preset shows
    near = vol.array >= lowest
    assert not (changed & ~vv._erode(~near, 2)).any()
    with_nan = vol.array.astype(np.float32)
    with_nan[0, 0, 0] = np.nan  # no minimum to flatten to: left as it is
    assert vv.quiet_hidden(with_nan, lowest) is with_nan

    def pictures():
        scene = VolumeScene()
        scene.set_volume(vol, defer=False)
        out = []
        for preset in volume_presets_for("CT"):
            for azimuth, elevation, crop in ((0, 0, None), (60, 25, None), (-120, -40, None),
                                             (30, 10, (-20.0, -30.0, -25.0, 30.0, 25.0, 30.0))):
                out.append(_seen_from(scene, ViewState(volume_preset=preset, crop=crop), azimuth, elevation, 220))
        return scene, out

    scene, quieted = pictures()
    full = scene._levels[0].array  # what the full level's ray caster got: quieted
    assert full.min() == vol.array.min() and (full == vol.array.min()).mean() > 0.1
    monkeypatch.setattr(vv, "quiet_hidden", lambda array, lowest: array)
    _, plain = pictures()
    for i, (a, b) in enumerate(zip(quieted, plain)):
        assert a.max() > 20, i  # something is drawn
        diff = np.abs(a - b)
        assert diff.max() == 0, (i, diff.max(), (diff > 0).sum())


def test_the_preset_on_screen_gets_full_quality_first_then_every_preset(monkeypatch):
    """Bone shows nothing below 150 HU: its full quality comes from a level whose gradients cover
    only that (published first), the same pixels as the level for every preset, which follows; a
    switch to soft tissue meanwhile shows the unshaded full resolution, never a wrong shading."""
    import time

    import render.volume_view as vv

    monkeypatch.setattr(vv, "INTERIM_MIN_VOXELS", 100_000)
    vol = _chest_like()
    lowest, _ = vv.presets_can_show(vol)
    reference = VolumeScene()
    reference.set_volume(vol, defer=False)  # prepared at once, for every preset
    assert reference._full.quiet_below == lowest

    scene = VolumeScene()
    scene.set_volume(vol, defer=True)
    vp = Viewport(scene)
    bone = ViewState(volume_preset="ct-bone")
    scene.reset_camera(bone)
    vp.show(bone)  # the preset on screen is bone when prepare starts
    # the level for every preset waits until the test has looked
    prepare = _HeldPrepare(monkeypatch, scene, lambda level, shade: shade and level.quiet_below == lowest)
    levels = prepare.levels
    try:
        assert prepare.wait_for(scene.is_prepared) and levels[0][:2] == (vv.preset_lowest("ct-bone"), True)
        frames = []
        scene.renderer.AddObserver("EndEvent", lambda *_: frames.append(time.perf_counter()))
        quick = vp.show(bone)
        drawn = frames[0]  # the quick level's first frame
        assert scene.actor.GetMapper() is scene.full_mapper and scene.property.GetShade()
        assert not scene.shows_unshaded()
        assert _same_picture(quick, snapshot(reference, (SIZE, SIZE), bone)) and quick.max() > 100
        soft = ViewState(volume_preset="ct-soft-tissue", camera=bone.camera)
        # the unshaded full resolution comes next
        assert prepare.wait_for(lambda: vp.show(soft) is not None and scene.shows_unshaded(), 10)
        assert not scene.actor.GetProperty().GetShade()
        assert scene.actor.GetMapper() is not scene.full_mapper
    finally:
        prepare.release()
    for state in (soft, bone):  # the level for every preset: each as the reference
        img = vp.show(state)
        assert scene.actor.GetMapper() is scene.full_mapper and not scene.shows_unshaded()
        assert scene._full.quiet_below == lowest
        assert _same_picture(img, snapshot(reference, (SIZE, SIZE), state)), state.volume_preset
    assert (img == quick).all()  # bone: the pixels of the quick level, in the same window
    # the rest waited for the quick level's first frame (drawn with the cores to itself)
    assert all(started >= drawn for _, _, started in levels[1:]), (drawn, levels)


def _same_picture(a, b) -> bool:
    """Two renders of the same scene in two windows: equal but for rounding (1 level, a few pixels)."""
    diff = np.abs(a.astype(int) - b.astype(int))
    return diff.max() <= 1 and (diff.max(axis=2) > 0).mean() < 0.001


def test_a_user_busy_with_the_3d_view_while_it_is_prepared_ends_with_every_preset_right(monkeypatch):
    """Presets switched, moving on and off, crop set and cleared, the camera turned, another
    series opened -- while prepare runs: no error, never a level shown for a preset it cannot
    show, and at the end every preset as a synchronously prepared scene draws it."""
    import threading
    import time

    import render.volume_view as vv

    monkeypatch.setattr(vv, "INTERIM_MIN_VOXELS", 100_000)
    vol, other = _chest_like((56, 112, 128)), _chest_like((40, 80, 96))
    reference = VolumeScene()
    reference.set_volume(vol, defer=False)
    rng = np.random.default_rng(5)
    presets = ["ct-bone", "ct-soft-tissue", "ct-angio"]
    for trial in range(4):
        scene = VolumeScene()
        vp = Viewport(scene)
        state = ViewState(volume_preset=presets[trial % 3])
        scene.set_volume(vol, defer=True)
        scene.reset_camera(state)
        vp.show(state)
        result = []
        worker = threading.Thread(target=lambda: result.append(scene.prepare()))
        worker.start()
        opened_other = False
        while worker.is_alive():
            op = int(rng.integers(0, 5))
            if op == 0:
                state.volume_preset = presets[int(rng.integers(0, 3))]
            elif op == 1:
                scene.set_interactive(bool(rng.integers(0, 2)))
            elif op == 2:
                state.crop = None if rng.integers(0, 2) else (-20.0, -30.0, -25.0, 30.0, 25.0, 30.0)
            elif op == 3:
                scene.renderer.GetActiveCamera().Azimuth(float(rng.uniform(-30, 30)))
                scene.read_camera(state)
            elif trial == 3 and not opened_other:
                scene.set_volume(other, defer=True)  # another series: this prepare is discarded
                opened_other = True
            vp.show(state)
            assert scene._shown is not scene._full or scene._covers(scene._full), state.volume_preset
            time.sleep(float(rng.uniform(0, 0.03)))
        worker.join()
        if opened_other:
            assert result == [False]
            continue
        assert result == [True]
        scene.set_interactive(False)
        state.crop = None
        for preset in presets:
            state.volume_preset = preset
            img = vp.show(state)
            assert scene.actor.GetMapper() is scene.full_mapper and scene._covers_all(scene._full)
            assert _same_picture(img, snapshot(reference, (SIZE, SIZE), state)), (trial, preset)


def test_a_scene_let_go_is_freed_with_its_volume():
    """The scene watches its renderer's frames (VTK holds that callback): it must not keep the
    scene -- and its volume's copies -- alive once the view lets it go."""
    import gc
    import weakref

    vol, _, _ = bone_phantom()
    scene, vp, state = _in_view(vol)
    vp.show(state)
    gone = weakref.ref(scene)
    del scene, vp
    gc.collect()
    assert gone() is None


def test_a_3d_view_that_draws_nothing_does_not_hold_prepare_up(monkeypatch):
    """prepare waits for each published level's first frame -- at most QUICK_DRAW_WAIT: a 3-D pane
    not on screen (nothing renders) still gets every level."""
    import threading
    import time

    import render.volume_view as vv

    monkeypatch.setattr(vv, "INTERIM_MIN_VOXELS", 100_000)
    monkeypatch.setattr(vv, "QUICK_DRAW_WAIT", 0.3)
    scene = VolumeScene()
    scene.set_volume(_chest_like(), defer=True)
    scene.update(ViewState(volume_preset="ct-bone"))  # quick level, unshaded, every preset: 3 waits
    labels = []
    start = time.perf_counter()
    worker = threading.Thread(target=lambda: labels.append(scene.prepare(progress=lambda d, t, label: labels.append(label))))
    worker.start()
    worker.join(30)
    took = time.perf_counter() - start
    assert labels[-1] is True and "3-D: full quality" in labels and "3-D: full resolution, unshaded" in labels
    assert 3 * 0.3 <= took < 3 * 0.3 + 10, took
