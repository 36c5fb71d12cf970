"""MPR slice scene: what a reader sees in the 2-D viewports (rendered offscreen, pixels checked)."""

from __future__ import annotations

import os

import numpy as np
import pytest

from render_helpers import OffscreenViewport
from render.offscreen import snapshot
from render.slice_view import SliceScene
from workstation.model import Volume
from workstation.viewstate import CT_WINDOW_PRESETS, ViewState

W, H = 400, 300
ORIENTATIONS = ("axial", "coronal", "sagittal")


@pytest.fixture(autouse=True)
def _display():
    if not os.environ.get("DISPLAY"):
        pytest.fail("render tests need an X display: start Xvfb and set DISPLAY (e.g. Xvfb :52 & export DISPLAY=:52)")


def expected_grey(hu, width, level):
    """Grey level of a value under a window, from the definition of window/level."""
    lo = level - width / 2
    return float(np.clip((hu - lo) / width * 255.0, 0, 255))


def ct_phantom(dtype=np.int16):
    """A CT-like box: air, a soft-tissue body, a lung region and a bone block (HU)."""
    nz, ny, nx = 40, 64, 80
    a = np.full((nz, ny, nx), -1000, dtype=np.int16)
    a[4:36, 8:56, 8:72] = 40  # soft tissue
    a[10:30, 30:50, 45:68] = -800  # lung
    a[15:25, 15:27, 15:30] = 1000  # bone
    affine = np.diag([0.8, 0.7, 2.0, 1.0])
    affine[:3, 3] = (-30.0, -20.0, -40.0)
    return Volume(a.astype(dtype), affine, "HU", "CT")


BONE_IJK = (22, 21, 20)
SOFT_IJK = (12, 40, 20)  # soft tissue, outside bone and lung
LUNG_IJK = (56, 40, 20)


class Viewport(OffscreenViewport):
    def __init__(self, scene, size=(W, H)):
        super().__init__(scene, size)

    def grey_at(self, image, xyz):
        x, y = self.scene.patient_to_display(xyz)
        h = image.shape[0]
        return float(image[h - 1 - int(round(y)), int(round(x))].mean())



def make_view(orientation, volume, crosshair=False):
    scene = SliceScene(orientation)
    scene.set_volume(volume)
    scene.set_crosshair_visible(crosshair)
    return Viewport(scene)


@pytest.mark.parametrize("orientation", ORIENTATIONS)
def test_window_presets_change_what_is_bright(orientation):
    vol = ct_phantom()
    vp = make_view(orientation, vol)
    bone, soft, lung = (vol.index_to_patient(p) for p in (BONE_IJK, SOFT_IJK, LUNG_IJK))
    for preset in ("bone", "abdomen", "lung"):
        width, level = CT_WINDOW_PRESETS[preset]
        images = {}
        for name, p in (("bone", bone), ("soft", soft), ("lung", lung)):
            img = vp.show(ViewState(position=tuple(p), window=width, level=level))
            images[name] = vp.grey_at(img, p)
        for name, hu in (("bone", 1000), ("soft", 40), ("lung", -800)):
            assert images[name] == pytest.approx(expected_grey(hu, width, level), abs=2.5), (preset, name)
    # The meaning the reader relies on:
    w, lv = CT_WINDOW_PRESETS["bone"]
    assert expected_grey(1000, w, lv) > 200 and expected_grey(40, w, lv) < 100
    w, lv = CT_WINDOW_PRESETS["abdomen"]
    assert expected_grey(-800, w, lv) == 0 and expected_grey(40, w, lv) > 100
    vp.close()


@pytest.mark.parametrize("orientation", ORIENTATIONS)
def test_display_patient_round_trip_and_bone_under_cursor(orientation):
    vol = ct_phantom()
    vp = make_view(orientation, vol)
    bone = vol.index_to_patient(BONE_IJK)
    state = ViewState(position=tuple(bone), window=2000, level=300, zoom=1.3, pan=(3.0, -2.0))
    img = vp.show(state)
    assert vp.grey_at(img, bone) > 200
    soft = vol.index_to_patient(SOFT_IJK)
    on_plane = soft.copy()
    on_plane[np.argmax(vp.scene.plane_normal())] = bone[np.argmax(vp.scene.plane_normal())]
    assert vp.grey_at(img, on_plane) < 110
    for p in (bone, on_plane, bone + np.array([5.0, -7.0, 3.0]) * (1 - vp.scene.plane_normal())):
        back = vp.scene.display_to_patient(*vp.scene.patient_to_display(p))
        np.testing.assert_allclose(back, p, atol=1e-6)
    # Clicking a pixel lands on that pixel's patient position: a display pixel maps back to itself.
    xy = np.array([123.0, 77.0])
    np.testing.assert_allclose(vp.scene.patient_to_display(vp.scene.display_to_patient(*xy)), xy, atol=1e-6)
    vp.close()


@pytest.mark.parametrize("orientation", ORIENTATIONS)
def test_scrolling_shows_the_marker_only_in_its_slice(orientation):
    vol = ct_phantom()
    marker_ijk = np.array([40, 35, 18])
    i, j, k = marker_ijk
    vol.array[k - 1:k + 2, j - 1:j + 2, i - 1:i + 2] = 1000  # 3x3x3 marker
    vp = make_view(orientation, vol)
    scene = vp.scene
    marker = vol.index_to_patient(marker_ijk)
    normal, step = scene.plane_normal(), scene.slice_step_mm()
    assert step == {"axial": 2.0, "coronal": 0.7, "sagittal": 0.8}[orientation]  # the phantom's spacing
    seen = []
    for n_steps in (-3, -1, 0, 1, 3):
        p = marker + n_steps * step * normal
        img = vp.show(ViewState(position=tuple(p), window=400, level=40))
        seen.append(vp.grey_at(img, p) > 250)
    assert seen == [False, True, True, True, False]
    # The marker appears at its own position only, not elsewhere in the slice.
    img = vp.show(ViewState(position=tuple(marker), window=400, level=40))
    elsewhere = marker + (1 - normal) * 10.0
    assert vp.grey_at(img, elsewhere) < 250
    vp.close()


@pytest.mark.parametrize("orientation", ORIENTATIONS)
def test_thick_slab_mip_and_minip_show_neighbouring_points(orientation):
    vol = ct_phantom()
    scene_probe = SliceScene(orientation)
    scene_probe.set_volume(vol)
    normal = scene_probe.plane_normal()
    centre = vol.index_to_patient([30, 35, 18])  # soft tissue
    step = scene_probe.slice_step_mm()
    # A bright point two slices ahead and a dark point two slices behind, 8 mm apart in-plane.
    inplane = (1 - normal) * 8.0
    for p, value in ((centre + 2 * step * normal, 2000), (centre - 2 * step * normal + inplane, -1000)):
        idx = np.rint(vol.patient_to_index(p)).astype(int)
        lo = idx - (1 - normal).astype(int)  # 3x3 voxels in the plane, one voxel thick
        hi = idx + (1 - normal).astype(int) + 1
        vol.array[lo[2]:hi[2], lo[1]:hi[1], lo[0]:hi[0]] = value
    vp = make_view(orientation, vol)
    bright_on_plane, dark_on_plane = centre.copy(), centre + inplane
    thin = vp.show(ViewState(position=tuple(centre), window=400, level=40))
    assert vp.grey_at(thin, bright_on_plane) == pytest.approx(expected_grey(40, 400, 40), abs=3)
    assert vp.grey_at(thin, dark_on_plane) == pytest.approx(expected_grey(40, 400, 40), abs=3)
    slab = 5 * step
    mip = vp.show(ViewState(position=tuple(centre), window=400, level=40, slab_mm=slab, slab_mode="mip"))
    assert vp.grey_at(mip, bright_on_plane) > 250
    assert vp.grey_at(mip, dark_on_plane) == pytest.approx(expected_grey(40, 400, 40), abs=3)
    minip = vp.show(ViewState(position=tuple(centre), window=400, level=40, slab_mm=slab, slab_mode="minip"))
    assert vp.grey_at(minip, dark_on_plane) < 5
    assert vp.grey_at(minip, bright_on_plane) == pytest.approx(expected_grey(40, 400, 40), abs=3)
    mean = vp.show(ViewState(position=tuple(centre), window=4000, level=0, slab_mm=slab, slab_mode="mean"))
    expected_mean = (2000 + 4 * 40) / 5  # 5 slices averaged: one bright, four soft tissue
    assert vp.grey_at(mean, bright_on_plane) == pytest.approx(expected_grey(expected_mean, 4000, 0), abs=3)
    # Slab too thin to reach the neighbours: nothing shows.
    near = vp.show(ViewState(position=tuple(centre), window=400, level=40, slab_mm=2 * step, slab_mode="mip"))
    assert vp.grey_at(near, bright_on_plane) < 250
    vp.close()


def test_float_volume_looks_like_the_integer_one():
    vi, vf = ct_phantom(np.int16), ct_phantom(np.float32)
    state = ViewState(position=tuple(vi.index_to_patient(BONE_IJK)), window=400, level=40)
    a = snapshot(make_view("axial", vi).scene, (W, H), state)
    b = snapshot(make_view("axial", vf).scene, (W, H), state)
    assert np.abs(a.astype(int) - b.astype(int)).max() <= 1
    assert a.max() > 200 and a.std() > 20  # not an empty picture


def test_zoom_and_pan_move_and_scale_the_image():
    vol = ct_phantom()
    vp = make_view("axial", vol)
    bone = vol.index_to_patient(BONE_IJK)
    other = bone + np.array([10.0, 0.0, 0.0])
    vp.show(ViewState(position=tuple(bone)))
    d1 = np.linalg.norm(vp.scene.patient_to_display(other) - vp.scene.patient_to_display(bone))
    vp.show(ViewState(position=tuple(bone), zoom=2.0))
    d2 = np.linalg.norm(vp.scene.patient_to_display(other) - vp.scene.patient_to_display(bone))
    assert d2 == pytest.approx(2 * d1, rel=1e-6)
    x0 = vp.scene.patient_to_display(bone)
    vp.show(ViewState(position=tuple(bone), zoom=2.0, pan=(5.0, 0.0)))
    x1 = vp.scene.patient_to_display(bone)
    assert x1[0] == pytest.approx(x0[0] - 5.0 * d2 / 10.0, rel=1e-6) and x1[1] == pytest.approx(x0[1])
    # At zoom 1 the whole slice fits: the patient's right edge is inside the window.
    vp.show(ViewState(position=tuple(bone)))
    lo, hi = vol.bounds()
    for corner in (lo, hi):
        x, y = vp.scene.patient_to_display([corner[0], corner[1], bone[2]])
        assert 0 <= x <= W and 0 <= y <= H
    vp.close()


def test_position_outside_the_volume_shows_an_empty_slice():
    vol = ct_phantom()
    vp = make_view("axial", vol)
    img = vp.show(ViewState(position=(0.0, 0.0, 500.0), window=400, level=40))
    assert img[H // 8: -H // 8, W // 8: -W // 8].max() == 0  # only the edge labels remain
    vp.close()


def test_oblique_volume_is_resampled_to_patient_axes():
    vol = ct_phantom()
    angle = np.deg2rad(20.0)  # gantry tilt about the patient's left-right axis
    rot = np.array([[1, 0, 0], [0, np.cos(angle), -np.sin(angle)], [0, np.sin(angle), np.cos(angle)]])
    affine = vol.affine.copy()
    affine[:3, :3] = rot @ vol.affine[:3, :3]
    tilted = Volume(vol.array, affine, "HU", "CT")
    for orientation in ORIENTATIONS:
        vp = make_view(orientation, tilted)
        assert vp.scene.canonical.resampled
        bone = tilted.index_to_patient(BONE_IJK)
        img = vp.show(ViewState(position=tuple(bone), window=2000, level=300))
        assert vp.grey_at(img, bone) > 200
        soft = tilted.index_to_patient(SOFT_IJK)
        img = vp.show(ViewState(position=tuple(soft), window=2000, level=300))
        assert vp.grey_at(img, soft) == pytest.approx(expected_grey(40, 2000, 300), abs=3)
        vp.close()


def test_orthogonal_reorientation_is_a_view_without_interpolation():
    vol = ct_phantom()
    affine = np.array([[0, 0, -2.0, 10], [0.8, 0, 0, -5], [0, -0.7, 0, 30], [0, 0, 0, 1]])  # sagittal
    sag = Volume(vol.array, affine, "HU", "CT")
    scene = SliceScene("coronal")
    scene.set_volume(sag)
    c = scene.canonical
    assert not c.resampled and np.shares_memory(c.array, sag.array)
    rng = np.random.default_rng(0)
    for ijk in rng.integers(0, [80, 64, 40], size=(50, 3)):
        p = sag.index_to_patient(ijk)
        x, y, z = np.rint(c.patient_to_index(p)).astype(int)
        assert c.array[z, y, x] == sag.array[ijk[2], ijk[1], ijk[0]]


def test_overlay_text_and_labels_are_drawn():
    vol = ct_phantom()
    scene = SliceScene("axial")
    scene.set_volume(vol)
    scene.set_crosshair_visible(False)
    state = ViewState(position=tuple(vol.index_to_patient(BONE_IJK)), zoom=0.5)
    plain = snapshot(scene, (W, H), state)
    scene.set_overlay_text({"top_left": "DOE^JANE\nCT 2026-11-23", "bottom_right": "W 400 L 40"})
    text = snapshot(scene, (W, H), state)
    diff = np.abs(text.astype(int) - plain.astype(int)).sum(axis=2) > 60
    assert diff[: H // 4, : W // 3].any() and diff[-H // 4:, -W // 3:].any()
    assert not diff[H // 3: 2 * H // 3, W // 3: 2 * W // 3].any()
    # Edge labels are visible text in the margins (zoom 0.5 leaves them on black).
    assert plain[H // 2 - 15: H // 2 + 15, :20].max() > 100 and plain[H // 2 - 15: H // 2 + 15, -20:].max() > 100
    with pytest.raises(ValueError, match="corner"):
        scene.set_overlay_text({"middle": "x"})


def test_crosshair_shows_the_other_planes():
    vol = ct_phantom()
    vp = make_view("axial", vol, crosshair=True)
    p = vol.index_to_patient(SOFT_IJK)
    img = vp.show(ViewState(position=tuple(p), window=400, level=40))
    x, y = vp.scene.patient_to_display(p + np.array([0.0, 6.0, 0.0]))  # on the vertical (sagittal) line
    px = img[H - 1 - int(round(y)), int(round(x)) - 1: int(round(x)) + 2].astype(int)
    # The sagittal line is yellow: red and green well above blue somewhere across the line.
    assert ((px[:, 0] - px[:, 2] > 60) & (px[:, 1] - px[:, 2] > 60)).any()
    assert vp.scene.crosshair_planes == ("sagittal", "coronal")
    vp.close()


def test_unknown_orientation_is_refused():
    with pytest.raises(ValueError, match="orientation"):
        SliceScene("oblique")


def test_snapshot_gives_the_renderer_back_to_its_window():
    vol = ct_phantom()
    vp = make_view("axial", vol)
    state = ViewState(position=tuple(vol.index_to_patient(BONE_IJK)), window=2000, level=300)
    before = vp.show(state)
    shot = snapshot(vp.scene, (200, 100), state)
    assert shot.shape == (100, 200, 3) and shot.dtype == np.uint8 and shot.max() > 200
    assert vp.scene.renderer.GetRenderWindow() is vp.window
    after = vp.show(state)
    assert np.array_equal(before, after)
    # Top row first: the bone block is anterior, so in the upper half of the array.
    white = (shot.min(axis=2) > 200) & (np.ptp(shot.astype(int), axis=2) < 10)
    assert white.any() and np.argwhere(white)[:, 0].mean() < 50
    vp.close()


def test_reorientation_off_the_gui_thread_reports_progress_and_can_be_cancelled():
    import threading

    from render.reorient import Cancelled, canonicalize

    vol = ct_phantom()
    angle = np.deg2rad(15.0)
    rot = np.array([[np.cos(angle), -np.sin(angle), 0], [np.sin(angle), np.cos(angle), 0], [0, 0, 1]])
    affine = vol.affine.copy()
    affine[:3, :3] = rot @ vol.affine[:3, :3]
    oblique = Volume(vol.array, affine, "HU", "CT")
    reports = []
    result = {}
    worker = threading.Thread(target=lambda: result.update(c=canonicalize(oblique, lambda d, t, l: reports.append((d, t)))))
    worker.start()
    worker.join()
    assert reports and reports[-1] == (100, 100)
    # The precomputed frame is shared by the viewports (one copy for all four).
    scenes = [SliceScene(o) for o in ORIENTATIONS]
    for s in scenes:
        s.set_volume(oblique, result["c"])
    assert all(s.canonical.array is result["c"].array for s in scenes)
    bone = oblique.index_to_patient(BONE_IJK)
    vp = Viewport(scenes[0])
    scenes[0].set_crosshair_visible(False)
    assert vp.grey_at(vp.show(ViewState(position=tuple(bone), window=2000, level=300)), bone) > 200
    cancel = threading.Event()
    cancel.set()
    with pytest.raises(Cancelled):
        canonicalize(oblique, cancel=cancel)


def _corner_ink(scene, state, text):
    """Bounding box (rows, cols) of the pixels the top-left corner text lights up."""
    scene.set_overlay_text({"top_left": text})
    img = snapshot(scene, (W, H), state)
    ink = img[: H // 4, : int(W * 0.4)].max(axis=2) > 80
    rows, cols = np.nonzero(ink)
    if rows.size == 0:
        return 0, 0, ink
    return rows.max() - rows.min() + 1, cols.max() - cols.min() + 1, ink


def test_overlay_text_draws_vietnamese_chinese_and_thai_names():
    vol = ct_phantom()
    scene = SliceScene("axial")
    scene.set_volume(vol)
    scene.set_crosshair_visible(False)
    state = ViewState(position=tuple(vol.index_to_patient(BONE_IJK)), zoom=0.3)
    assert _corner_ink(scene, state, "")[1] == 0  # nothing else lit in that region
    # "ễ" is an "e" with a circumflex and a tilde: as wide as "e", drawn taller, not dropped.
    h_e, w_e, ink_e = _corner_ink(scene, state, "Nguyen")
    h_x, w_x, ink_x = _corner_ink(scene, state, "Nguyễn")
    assert w_x >= w_e - 1 and h_x > h_e, ((h_e, w_e), (h_x, w_x))
    assert (ink_e != ink_x).any()
    # Decomposed input (e + combining marks, as some DICOM writers store it) draws the same.
    assert (_corner_ink(scene, state, "Nguye\u0302\u0303n")[2] == ink_x).all()
    # Chinese and Thai names: three and five glyphs of plausible width and height.
    for text, min_width in (("王小明", 30), ("สมชาย", 30)):
        h, w, _ = _corner_ink(scene, state, text)
        assert w >= min_width and h >= 8, (text, h, w)
    # Each line of a corner gets its own font: a Thai name above a Latin ID shows both.
    h_two, _, ink_two = _corner_ink(scene, state, "สมชาย\nHN-0042")
    assert h_two > 2 * 8 and ink_two[: H // 8].any()
    assert scene.corner_annotation.GetText(2) == "สมชาย\nHN-0042"


@pytest.mark.parametrize("orientation", ORIENTATIONS)
def test_monochrome1_volume_is_shown_inverted(orientation):
    """A MONOCHROME1 stack: high values are dark, as dcmtk and the 2-D viewer show them."""
    plain, inverted = ct_phantom(), ct_phantom()
    inverted.meta["photometric"] = "MONOCHROME1"
    state = ViewState()
    state.window, state.level = CT_WINDOW_PRESETS["bone"]
    bone = plain.index_to_patient(BONE_IJK)
    state.position = tuple(bone)
    greys = []
    for vol in (plain, inverted):
        vp = make_view(orientation, vol)
        greys.append(vp.grey_at(vp.show(state), bone))
        vp.close()
    assert greys[0] > 200 and greys[1] < 55 and abs(greys[0] + greys[1] - 255) < 3
