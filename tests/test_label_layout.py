"""Labels that are never cut off at the viewport's edge and never drawn over each other: the pure
placement (render.label_layout) and the labels VTK actually draws over a real MR series
(measurements, an ellipse ROI at the edge, a quiz's "Finding" / "Your answer" marks, corner text),
judged by the text actors' own bounding boxes."""

from __future__ import annotations

import itertools
import os

import numpy as np
import pytest
from vtkmodules.vtkRenderingCore import vtkRenderWindow

from dicom_fixtures import decubitus_dir
from render.annotations import AnnotationLayer
from render.label_layout import LabelRequest, intersects, place_labels
from render.offscreen import capture
from render.slice_view import SliceScene
from workstation.annotations import Annotation, measure
from workstation.dicom.assemble import load_series_dir
from workstation.viewstate import ViewState


def _apart(boxes):
    return [(a, b) for (a, ba), (b, bb) in itertools.combinations(boxes.items(), 2) if intersects(ba, bb)]


def _inside(box, w, h):
    return box[0] >= 0 and box[1] >= 0 and box[2] <= w and box[3] <= h


# ----------------------------------------------------------------------------- pure placement
def test_a_label_at_the_right_edge_moves_inside_and_two_on_one_point_part():
    reqs = [LabelRequest("roi", (395.0, 150.0), (120.0, 16.0), (403.0, 142.0)),  # preferred: off the right edge
            LabelRequest("a", (200.0, 100.0), (60.0, 16.0), (208.0, 92.0)),
            LabelRequest("b", (200.0, 100.0), (70.0, 16.0), (208.0, 92.0))]  # same anchor, same wish
    boxes = place_labels(reqs, 400, 300)
    assert all(_inside(b, 400, 300) for b in boxes.values()), boxes
    assert not _apart(boxes), boxes
    assert boxes["a"] == (208.0, 92.0, 268.0, 108.0)  # the first keeps its place


def test_labels_keep_off_the_corner_text_and_survive_hostile_sizes():
    corner = (0.0, 270.0, 180.0, 300.0)  # top-left corner block
    boxes = place_labels([LabelRequest("p", (10.0, 290.0), (50.0, 14.0), (18.0, 283.0))], 400, 300, [corner])
    assert _inside(boxes["p"], 400, 300) and not intersects(boxes["p"], corner)
    # A label wider than the viewport starts at its left edge; zero and NaN sizes or anchors give a box, no error.
    odd = place_labels([LabelRequest("wide", (100.0, 100.0), (900.0, 14.0), (108.0, 93.0)),
                        LabelRequest("zero", (50.0, 50.0), (0.0, 0.0), (50.0, 50.0)),
                        LabelRequest("nan", (float("nan"), 5.0), (30.0, float("nan")), (float("nan"), 0.0))],
                       400, 300)
    assert odd["wide"][0] == 0.0 and odd["wide"][2] == 900.0
    assert all(np.isfinite(v) for box in odd.values() for v in box)
    assert _inside(odd["nan"], 400, 300)


def test_a_crowd_of_labels_fills_the_room_without_overlap():
    reqs = [LabelRequest(f"l{i}", (380.0, 20.0 + 3 * i), (90.0, 15.0), (388.0, 12.0 + 3 * i)) for i in range(8)]
    boxes = place_labels(reqs, 400, 300)
    assert all(_inside(b, 400, 300) for b in boxes.values())
    assert not _apart(boxes)


# ----------------------------------------------------------------------------- drawn over a real series
W, H = 420, 320


@pytest.fixture(scope="module")
def mr():
    (volume,) = load_series_dir(decubitus_dir("HFS"))
    return volume


def test_labels_drawn_over_a_real_series_stay_inside_and_apart(mr):
    if not os.environ.get("DISPLAY"):
        pytest.fail("render tests need an X display (installer/devices.sh start_virtual_display)")
    scene = SliceScene("axial")
    scene.set_volume(mr)
    layer = AnnotationLayer(scene)
    window = vtkRenderWindow()
    window.SetOffScreenRendering(1)
    window.SetSize(W, H)
    window.AddRenderer(scene.renderer)
    try:
        lo, hi = mr.bounds()
        state = ViewState(position=tuple(float(v) for v in (lo + hi) / 2), window=600.0, level=300.0, zoom=1.0)
        scene.set_overlay_text({"top_left": "Nguyễn Văn An\nMR head", "top_right": "Bach Mai\n2026-12-05",
                                "bottom_left": "W 600 L 300", "bottom_right": "Image 12/24"})
        scene.update(state)
        window.Render()

        def at(x, y):  # the patient point under viewport pixel (x, y)
            return tuple(float(v) for v in scene.display_to_patient(x, y))

        normal = tuple(float(v) for v in scene.plane_normal())
        # An ellipse ROI touching the right edge (its label used to be cut off there) ...
        roi = Annotation(kind="ellipse", points=[at(W - 40, H / 2), at(W - 10, H / 2), at(W - 40, H / 2 + 25)],
                         owner="lan@bachmai", id="roi", plane_normal=normal)
        # ... two lengths ending on the same point (their labels wanted the same place) ...
        a = Annotation(kind="length", points=[at(120, 120), at(200, 140)], owner="chen@gxmu", id="len-a")
        b = Annotation(kind="length", points=[at(130, 150), at(200, 140)], owner="lan@bachmai", id="len-b")
        layer.set_annotations([roi, a, b], {roi.id: measure(roi, mr)})
        # ... and a click-the-lesion answer: the finding and the trainee's point 4 px apart at the top.
        layer.set_pointers({"finding": (at(W / 2, H - 12), (0.1, 0.85, 0.2), "Lesion"),
                            "answer": (at(W / 2 + 4, H - 14), (1.0, 0.55, 0.0), "Your point")})
        layer.update(state)
        window.Render()
        boxes = layer.label_boxes()
        assert set(boxes) == {"annotation:roi", "annotation:len-a", "annotation:len-b", "pointer:finding",
                              "pointer:answer"}, boxes
        assert "mm\u00b2" in layer.label_text("roi")
        for key, box in boxes.items():
            assert _inside(box, W, H), (key, box)
        assert not _apart(boxes), boxes
        corners = dict(scene.text.drawn_boxes())
        assert corners and all(not intersects(box, c) for box in boxes.values() for c in corners.values()), \
            (boxes, corners)
        # What VTK drew is there: each label's box holds its colour's ink.
        image = capture(window)
        for key, color in (("pointer:finding", (0.1, 0.85, 0.2)), ("pointer:answer", (1.0, 0.55, 0.0))):
            x0, y0, x1, y1 = (int(round(v)) for v in boxes[key])
            patch = image[H - y1:H - y0, x0:x1].astype(float)
            assert (np.abs(patch - np.asarray(color) * 255).max(axis=2) < 60).sum() > 20, key

        # Zoomed in, the shapes run off the view: the labels still stay inside and apart.
        state.zoom = 2.5
        scene.update(state)
        layer.update(state)
        window.Render()
        boxes = layer.label_boxes()
        assert boxes and all(_inside(box, W, H) for box in boxes.values()), boxes
        assert not _apart(boxes), boxes
    finally:
        window.Finalize()
