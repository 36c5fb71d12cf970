"""Annotations, measurement labels and laser pointers in the 2-D and 3-D scenes, as a consult
participant sees them: rendered offscreen at a fixed size, pixels checked where the shapes
must (and must not) be."""

from __future__ import annotations

import os

import numpy as np
import pytest
from vtkmodules.vtkRenderingCore import vtkRenderWindow

from render.annotations import (
    AnnotationLayer,
    VolumePointerLayer,
    measurement_label,
    owner_color,
    render_key_image,
)
from render.offscreen import capture
from render.slice_view import SliceScene
from render.volume_view import VolumeScene
from workstation.annotations import Annotation, measure
from workstation.model import Volume
from workstation.viewstate import ViewState

W, H = 400, 300
ALICE, BINH = "alice@nanning", "binh@hue"  # two owners with different palette colours


@pytest.fixture(autouse=True)
def _display():
    if not os.environ.get("DISPLAY"):
        pytest.fail("render tests need an X display: start Xvfb and set DISPLAY (e.g. Xvfb :55 & export DISPLAY=:55)")


def phantom() -> Volume:
    """Soft tissue (40 HU) in air with a bone block; voxel (i, j, k) -> LPS (-30 + 0.8 i,
    -20 + 0.7 j, -40 + 2 k): axial slice k = 20 is z = 0 mm."""
    nz, ny, nx = 40, 64, 80
    a = np.full((nz, ny, nx), -1000, dtype=np.int16)
    a[2:38, 4:60, 4:76] = 40
    a[15:25, 15:27, 15:30] = 1000
    affine = np.diag([0.8, 0.7, 2.0, 1.0])
    affine[:3, 3] = (-30.0, -20.0, -40.0)
    return Volume(a, affine, "HU", "CT")


def rgb255(color) -> np.ndarray:
    return np.asarray(color, dtype=float) * 255.0


class View:
    """An offscreen viewport with a slice scene and its annotation layer, like the UI's."""

    def __init__(self, orientation, volume, size=(W, H)):
        self.scene = SliceScene(orientation)
        self.scene.set_volume(volume)
        self.scene.set_crosshair_visible(False)
        self.layer = AnnotationLayer(self.scene)
        self.window = vtkRenderWindow()
        self.window.SetOffScreenRendering(1)
        self.window.SetMultiSamples(0)
        self.window.SetSize(*size)
        self.window.AddRenderer(self.scene.renderer)

    def show(self, state) -> np.ndarray:
        self.scene.update(state)
        self.layer.update(state)
        self.window.Render()
        return capture(self.window)

    def display(self, xyz) -> np.ndarray:
        return self.scene.patient_to_display(xyz)

    def close(self):
        self.window.Finalize()


def near_color(image, xy, color, radius=2, tol=40) -> bool:
    """Some pixel within ``radius`` of display point ``xy`` (origin bottom-left) has ``color``."""
    h, w = image.shape[:2]
    x, y = int(round(xy[0])), h - 1 - int(round(xy[1]))
    patch = image[max(y - radius, 0):y + radius + 1, max(x - radius, 0):x + radius + 1].astype(float)
    return bool((np.abs(patch - rgb255(color)).max(axis=2) <= tol).any())


def count_color(image, color, tol=40) -> int:
    return int((np.abs(image.astype(float) - rgb255(color)).max(axis=2) <= tol).sum())


def state_at(z=0.0, y=0.0, x=-2.0, **kw) -> ViewState:
    return ViewState(position=(x, y, z), window=400.0, level=40.0, **kw)


def length(p0, p1, owner=ALICE, id="len-1") -> Annotation:
    return Annotation(kind="length", points=[p0, p1], owner=owner, id=id)


@pytest.fixture(scope="module")
def volume():
    return phantom()


def test_owner_colours_are_stable_and_distinct():
    assert owner_color(ALICE) == owner_color("alice@nanning")
    assert owner_color(ALICE) != owner_color(BINH)


def test_length_is_drawn_at_its_anatomical_place_under_zoom_and_pan(volume):
    v = View("axial", volume)
    ann = length((-15.0, -5.0, 0.0), (10.0, 8.0, 0.0))
    mid = (-2.5, 1.5, 0.0)
    v.layer.set_annotations([ann])
    img = v.show(state_at())
    colour = owner_color(ALICE)
    before = v.display(mid)
    assert near_color(img, before, colour)
    assert v.layer.visible_ids() == ["len-1"]
    # A point of the image well away from the line shows the grey image, not the colour.
    assert not near_color(img, v.display((-15.0, 12.0, 0.0)), colour, radius=3)

    img = v.show(state_at(zoom=2.0, pan=(-6.0, 4.0)))
    after = v.display(mid)
    assert np.hypot(*(after - before)) > 20  # the view really moved
    assert 0 < after[0] < W and 0 < after[1] < H
    assert near_color(img, after, colour)
    assert near_color(img, v.display((-5.0, 0.2, 0.0)), colour)  # another point of the line
    assert not near_color(img, before, colour, radius=1)
    v.close()


def test_length_hidden_ten_slices_away_and_shown_in_its_coronal_plane(volume):
    ann = length((-20.0, 3.5, 0.0), (12.0, 3.5, 0.0))  # along L, at y = 3.5 (a voxel row), z = 0
    mid = (-4.0, 3.5, 0.0)
    colour = owner_color(ALICE)
    axial = View("axial", volume)
    axial.layer.set_annotations([ann])
    assert near_color(axial.show(state_at()), axial.display(mid), colour)
    img = axial.show(state_at(z=20.0))  # 10 slices of 2 mm away
    assert axial.layer.visible_ids() == []
    assert not near_color(img, axial.display(mid), colour, radius=3)
    axial.close()

    coronal = View("coronal", volume)
    coronal.layer.set_annotations([ann])
    img = coronal.show(state_at(y=3.5))
    assert coronal.layer.visible_ids() == [ann.id]
    assert near_color(img, coronal.display(mid), colour)
    assert near_color(img, coronal.display((10.0, 3.5, 0.0)), colour)
    img = coronal.show(state_at(y=3.5 + 7.0))  # 10 rows of 0.7 mm away
    assert not near_color(img, coronal.display(mid), colour, radius=3)
    coronal.close()

    # In the sagittal view the line crosses planes: it is not drawn there.
    sagittal = View("sagittal", volume)
    sagittal.layer.set_annotations([ann])
    img = sagittal.show(state_at(x=-4.0))
    assert sagittal.layer.visible_ids() == []
    assert not near_color(img, sagittal.display(mid), colour, radius=3)
    sagittal.close()


def test_ellipse_and_polygon_outlines_pass_through_their_boundary(volume):
    c = np.array([-10.0, 0.0, 0.0])
    a, b = np.array([8.0, 0.0, 0.0]), np.array([0.0, 5.0, 0.0])
    ellipse = Annotation(kind="ellipse", points=[tuple(c), tuple(c + a), tuple(c + b)], owner=ALICE,
                         id="ell", plane_normal=(0.0, 0.0, 1.0))
    poly_pts = [(5.0, -10.0, 0.0), (18.0, -8.0, 0.0), (14.0, 6.0, 0.0), (4.0, 2.0, 0.0)]
    polygon = Annotation(kind="polygon", points=poly_pts, owner=BINH, id="poly", plane_normal=(0.0, 0.0, 1.0))
    v = View("axial", volume)
    v.layer.set_annotations([ellipse, polygon])
    img = v.show(state_at())
    ca, cb = owner_color(ALICE), owner_color(BINH)
    for t in (0.0, 0.7, 1.9, np.pi, 4.0, 5.3):
        p = c + np.cos(t) * a + np.sin(t) * b
        assert near_color(img, v.display(p), ca), t
    assert not near_color(img, v.display(c), ca, radius=3)  # an outline, not filled
    for p in poly_pts:
        assert near_color(img, v.display(p), cb), p
    closing = np.mean([poly_pts[-1], poly_pts[0]], axis=0)  # the closing edge is drawn
    assert near_color(img, v.display(closing), cb)
    assert not near_color(img, v.display(np.mean(poly_pts, axis=0)), cb, radius=3)
    # An ROI drawn in another plane (a coronal ellipse) is not drawn in the axial view.
    coronal_roi = Annotation(kind="ellipse", points=[(0.0, 0.0, 0.0), (6.0, 0.0, 0.0), (0.0, 0.0, 6.0)],
                             owner=ALICE, id="cor", plane_normal=(0.0, 1.0, 0.0))
    v.layer.set_annotations([coronal_roi])
    v.show(state_at())
    assert v.layer.visible_ids() == []
    v.close()


def label_ink(img, anchor, width=90, half_height=12) -> int:
    """Pixels near a label anchor (text starts there, to the right) that are not image grey."""
    h = img.shape[0]
    x, y = int(round(anchor[0])), h - 1 - int(round(anchor[1]))
    patch = img[y - half_height:y + half_height, x:x + width].astype(int)
    grey = (np.abs(patch - patch.mean(axis=2, keepdims=True)).max(axis=2) < 12)
    return int((~grey).sum())


def test_measurement_labels_render_next_to_their_shapes(volume):
    ann = length((-15.0, -5.0, 0.0), (10.0, 8.0, 0.0))
    roi = Annotation(kind="ellipse", points=[(-12.0, 10.0, 0.0), (-6.0, 10.0, 0.0), (-12.0, 14.0, 0.0)],
                     owner=BINH, id="roi", plane_normal=(0.0, 0.0, 1.0))
    m_roi = measure(roi, volume)
    v = View("axial", volume)
    v.layer.set_annotations([ann, roi], {roi.id: m_roi})
    img = v.show(state_at())
    assert v.layer.label_text(ann.id) == f"{np.hypot(25.0, 13.0):.1f} mm"
    roi_text = v.layer.label_text(roi.id)
    assert roi_text.startswith("A ") and "mm\u00b2" in roi_text and "mean 40 \u00b1 0 HU" in roi_text
    assert roi_text.endswith("[40, 40]")
    for aid in (ann.id, roi.id):
        anchor = v.layer.label_anchor(aid)
        assert anchor is not None
        assert label_ink(img, anchor) > 40, aid
    # Move ten slices away: the labels go with their shapes.
    anchor = v.layer.label_anchor(ann.id)
    img = v.show(state_at(z=20.0))
    assert v.layer.label_anchor(ann.id) is None
    assert label_ink(img, anchor) < 5


def test_label_formats():
    ang = Annotation(kind="angle", points=[(10.0, 0.0, 0.0), (0.0, 0.0, 0.0), (10.0, 10.0, 0.0)], owner=ALICE)
    assert measurement_label(ang, measure(ang)) == "45.0\u00b0"
    poly = Annotation(kind="polygon", points=[(0.0, 0.0, 0.0), (20.0, 0.0, 0.0), (20.0, 10.0, 0.0)],
                      owner=ALICE, text="lesion")
    m = measure(poly).__class__(annotation_id=poly.id, kind="polygon", area_mm2=100.0, mean=40.2, sd=5.4,
                                minimum=-2.0, maximum=80.0, units="HU")
    assert measurement_label(poly, m) == "lesion \u00b7 A 100 mm\u00b2 \u00b7 mean 40 \u00b1 5 HU \u00b7 [\u22122, 80]"


def test_pick_and_pick_handle_in_display_pixels(volume):
    v = View("axial", volume)
    ann = length((-15.0, -5.0, 0.0), (10.0, 8.0, 0.0))
    other = length((-20.0, -15.0, 0.0), (-5.0, -15.0, 0.0), owner=BINH, id="len-2")
    v.layer.set_annotations([ann, other])
    v.show(state_at(zoom=1.5, pan=(3.0, 2.0)))
    p0, p1 = v.display((-15.0, -5.0, 0.0)), v.display((10.0, 8.0, 0.0))
    mid = (p0 + p1) / 2
    d = (p1 - p0) / np.hypot(*(p1 - p0))
    perp = np.array([-d[1], d[0]])
    assert v.layer.pick(*(mid + 3 * perp)) == ann.id
    assert v.layer.pick(*(mid + 30 * perp)) is None
    assert v.layer.pick(*v.display((-12.0, -15.0, 0.0))) == "len-2"
    assert v.layer.pick_handle(*(p1 + (2, -2))) == (ann.id, 1)
    assert v.layer.pick_handle(*p0) == (ann.id, 0)
    assert v.layer.pick_handle(*mid) is None
    # Hidden annotations (another slice) cannot be picked.
    v.show(state_at(z=20.0, zoom=1.5, pan=(3.0, 2.0)))
    assert v.layer.pick(*mid) is None
    v.close()


def test_selected_annotation_is_highlighted_with_handles(volume):
    v = View("axial", volume)
    ann = length((-15.0, -5.0, 0.0), (10.0, 8.0, 0.0))
    mid, end = (-2.5, 1.5, 0.0), (10.0, 8.0, 0.0)
    v.layer.set_annotations([ann])
    plain = v.show(state_at())
    v.layer.set_annotations([ann], selected=ann.id)
    img = v.show(state_at())
    colour = owner_color(ALICE)
    light = tuple(c + (1 - c) * 0.55 for c in colour)
    assert near_color(img, v.display(mid), light, tol=25) and not near_color(plain, v.display(mid), light, tol=25)
    assert near_color(img, v.display(end), (1.0, 1.0, 1.0), radius=1, tol=20)  # a white handle
    v.close()


def test_draft_and_arrow_and_text(volume):
    v = View("axial", volume)
    arrow = Annotation(kind="arrow", points=[(-20.0, -4.0, 0.0), (0.0, -4.0, 0.0)], owner=BINH, id="arr")
    text = Annotation(kind="text", points=[(5.0, 10.0, 0.0)], owner=BINH, id="txt", text="Tổn thương 1")
    draft = Annotation(kind="length", points=[(-15.0, 8.0, 0.0), (-5.0, 8.0, 0.0)], owner=ALICE, id="draft")
    v.layer.set_annotations([arrow, text], draft=draft)
    img = v.show(state_at(zoom=2.0))
    cb, ca = owner_color(BINH), owner_color(ALICE)
    assert near_color(img, v.display((-10.0, -4.0, 0.0)), cb)  # the shaft
    head = v.display((0.0, -4.0, 0.0))
    # The head's barbs: back from the tip and off the shaft, about 14 px long on screen.
    assert near_color(img, head + (-8.0, 3.5), cb, radius=2) and near_color(img, head + (-8.0, -3.5), cb, radius=2)
    assert near_color(img, v.display((-10.0, 8.0, 0.0)), ca)  # the draft
    assert v.layer.label_text("draft") == "10.0 mm"
    anchor = v.layer.label_anchor("txt")
    assert anchor is not None and label_ink(img, anchor) > 40
    assert v.layer.pick(*(anchor + (15.0, 8.0))) == "txt"  # clicking on the text selects it
    v.close()


def test_laser_pointer_dot_in_its_plane_only(volume):
    v = View("axial", volume)
    red = (1.0, 0.15, 0.1)
    v.layer.set_pointers({"alice": ((-8.0, 4.0, 0.5), red, "Dr Alice")})
    img = v.show(state_at(zoom=1.3))
    dot = v.display((-8.0, 4.0, 0.0))
    centre = tuple(c + (1 - c) * 0.25 for c in red)
    assert near_color(img, dot, centre, radius=1, tol=30)
    assert v.layer.pointer_label_actor("alice") is not None
    # The halo: a faint ring of the colour around the dot (the grey image tinted red).
    ring = img[H - 1 - int(round(dot[1])), int(round(dot[0])) + 9].astype(int)
    assert ring[0] > ring[1] + 30 and ring[0] > ring[2] + 30
    # The pointer 20 mm off the plane is hidden; moving the pointer updates the view.
    v.layer.set_pointers({"alice": ((-8.0, 4.0, 20.0), red, "Dr Alice")})
    img = v.show(state_at(zoom=1.3))
    assert not near_color(img, dot, centre, radius=3, tol=60)
    assert v.layer.pointer_label_actor("alice") is None
    v.layer.set_pointers({"alice": (None, red, "Dr Alice")})
    assert v.layer.pointer_label_actor("alice") is None
    v.close()


def test_volume_pointer_sphere_visible_where_it_projects():
    nz, ny, nx = 40, 64, 80
    a = np.full((nz, ny, nx), -1000, dtype=np.int16)
    a[15:25, 20:30, 15:30] = 1200
    affine = np.diag([0.8, 0.7, 2.0, 1.0])
    affine[:3, 3] = (-30.0, -20.0, -40.0)
    vol = Volume(a, affine, "HU", "CT")
    empty = vol.index_to_patient([60, 24.5, 19.5])  # air on the patient's left
    scene = VolumeScene()
    scene.set_volume(vol)
    layer = VolumePointerLayer(scene)
    window = vtkRenderWindow()
    window.SetOffScreenRendering(1)
    window.SetMultiSamples(0)
    window.SetSize(300, 300)
    window.AddRenderer(scene.renderer)
    state = ViewState(volume_preset="ct-bone")
    scene.reset_camera(state)

    def pixel(img, xyz):
        r = scene.renderer
        r.SetWorldPoint(*xyz, 1.0)
        r.WorldToDisplay()
        x, y, _ = r.GetDisplayPoint()
        return img[300 - 1 - int(round(y)), int(round(x))].astype(int)

    scene.update(state)
    window.Render()
    assert pixel(capture(window), empty).max() < 10
    layer.set_pointers({"binh": (tuple(empty), (0.1, 1.0, 0.2), "Dr Bình")})
    window.Render()
    px = pixel(capture(window), empty)
    assert px[1] > 120 and px[1] > px[0] + 60 and px[1] > px[2] + 60, px
    assert layer.label_actor("binh") is not None
    layer.set_pointers({})
    window.Render()
    assert pixel(capture(window), empty).max() < 10
    window.Finalize()


def test_render_key_image_burns_in_annotations(volume):
    ann = length((-15.0, -5.0, 0.0), (10.0, 8.0, 0.0))
    roi = Annotation(kind="ellipse", points=[(-12.0, 10.0, 0.0), (-6.0, 10.0, 0.0), (-12.0, 14.0, 0.0)],
                     owner=BINH, id="roi", plane_normal=(0.0, 0.0, 1.0))
    away = length((-15.0, -5.0, 30.0), (10.0, 8.0, 30.0), owner="carol@vientiane", id="away")
    img = render_key_image(volume, state_at(), "axial", [ann, roi, away], size=(320, 240))
    assert img.shape == (240, 320, 3) and img.dtype == np.uint8
    assert count_color(img, owner_color(ALICE)) > 20
    assert count_color(img, owner_color(BINH)) > 20
    assert count_color(img, owner_color("carol@vientiane"), tol=20) == 0
    # The image itself: soft tissue grey (40 HU in a 400/40 window) and white bone.
    assert count_color(img, (0.5, 0.5, 0.5), tol=6) > 5000
    assert count_color(img, (1.0, 1.0, 1.0), tol=6) > 500


def test_slab_shows_annotations_within_it_and_deleted_ones_never(volume):
    v = View("axial", volume)
    near = length((-15.0, -5.0, 8.0), (10.0, 8.0, 8.0), id="near")  # 4 slices above the plane
    gone = length((-15.0, 5.0, 0.0), (10.0, 12.0, 0.0), owner=BINH, id="gone").replace(deleted=True)
    v.layer.set_annotations([near, gone])
    img = v.show(state_at())
    assert v.layer.visible_ids() == []
    assert not near_color(img, v.display((-2.5, 1.5, 0.0)), owner_color(ALICE), radius=3)
    assert not near_color(img, v.display((-2.5, 8.5, 0.0)), owner_color(BINH), radius=3)
    img = v.show(state_at(slab_mm=20.0))  # a 20 mm MIP slab around z = 0 holds z = 8
    assert v.layer.visible_ids() == ["near"]
    assert near_color(img, v.display((-2.5, 1.5, 0.0)), owner_color(ALICE))
    v.close()
