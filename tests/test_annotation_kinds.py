"""One class per annotation kind, registered by name: the six built-in kinds through the DICOM SR
and back, and the proof of the design -- a "circle" ROI defined only in this module works through
the shared set, measurement, SR export (judged by dciodvfy), read-back, the drawing tool and the
2-D layer without any other file knowing it."""

from __future__ import annotations

import math
import os

import numpy as np
import pytest
from pydicom.sr.codedict import codes

from dciodvfy import errors as dciodvfy_errors
from test_render_annotations import View, near_color, phantom, state_at
from test_sr import _case, _ct_small
from ui.reading.annotation_tools import DrawingGesture
from render.annotations import owner_color, render_key_image
from workstation import annotations as A
from workstation.annotations import (
    Annotation, AnnotationSet, GeometryError, RegionKind, add_op, kind_class, measure, register, registered,
    unregister,
)
from workstation.sr import Observer, annotation_from_sr, export_sr, read_sr

OBSERVER = Observer(name="Tran^Binh", hospital="Hue Central Hospital")


class Circle(RegionKind):
    """A circle ROI: the centre and one point of the rim, in the plane given by ``plane_normal``;
    measures its diameter besides the ROI statistics; written to the SR as a round ELLIPSE with a
    Diameter item (which is how it is recognised when read back)."""

    name = "circle"
    min_points = max_points = 2
    sr_graphic_type = "ELLIPSE"
    label_templates = ("\u2300 {length_mm} mm", *RegionKind.label_templates)

    @staticmethod
    def _axes(ann):
        pts = np.asarray(ann.points, dtype=float)
        c, a = pts[0], pts[1] - pts[0]
        n = np.asarray(ann.plane_normal, dtype=float)
        n = n / np.linalg.norm(n)
        return c, a, np.cross(n, a)

    @classmethod
    def own_plane(cls, ann, pts):
        if np.linalg.norm(pts[1] - pts[0]) == 0:
            raise GeometryError(f"circle {ann.id}: the radius is zero")
        if ann.plane_normal is None:
            raise GeometryError(f"circle {ann.id}: draw it in a view (no plane_normal)")
        return pts[0], None

    @classmethod
    def area(cls, ann, pts, origin, normal):
        return math.pi * float(np.sum((pts[1] - pts[0]) ** 2))

    @classmethod
    def extent(cls, pts):
        r = np.linalg.norm(pts[1] - pts[0])
        return np.array([pts[0] - r, pts[0] + r])

    @classmethod
    def inside(cls, pts, samples, planar, planar_pts):
        return np.linalg.norm(samples - pts[0], axis=1) <= np.linalg.norm(pts[1] - pts[0]) + 1e-9

    @classmethod
    def measure(cls, ann, volume=None):
        return {**super().measure(ann, volume), "length_mm": 2 * float(np.linalg.norm(np.subtract(*ann.points[::-1])))}

    @classmethod
    def outline(cls, ann, draft=False):
        if len(ann.points) != 2 or ann.plane_normal is None:
            return None
        c, a, b = cls._axes(ann)
        t = np.linspace(0.0, 2.0 * np.pi, 73)
        return c + np.outer(np.cos(t), a) + np.outer(np.sin(t), b)

    @classmethod
    def drag_points(cls, a, b, right, up, min_size_mm):
        return [np.asarray(a, float), np.asarray(a, float) + right * max(float(np.linalg.norm(np.subtract(b, a))),
                                                                         min_size_mm)]

    @classmethod
    def sr_graphic_data(cls, pts):
        c, a = pts[0], pts[1] - pts[0]
        b = np.cross(a, [0.0, 0.0, 1.0]) if abs(a[2]) < np.linalg.norm(a) else np.cross(a, [1.0, 0.0, 0.0])
        b = b / np.linalg.norm(b) * np.linalg.norm(a)
        return np.array([c - a, c + a, c - b, c + b])

    @classmethod
    def points_from_sr(cls, data):
        data = np.asarray(data, dtype=float)
        return np.array([(data[0] + data[1]) / 2, data[1]])

    @classmethod
    def sr_measurements(cls, m):
        return [(codes.SCT.Diameter, m.length_mm, codes.UCUM.Millimeter), *super().sr_measurements(m)]

    @classmethod
    def sr_match(cls, graphic_type, n_points, names):
        return 2 if graphic_type == "ELLIPSE" and "Diameter" in names else 0


@pytest.fixture
def circle_kind():
    register(Circle)
    yield Circle
    unregister(Circle.name)


def test_the_registry_lists_the_six_kinds_each_with_its_class():
    assert registered()[:6] == ("length", "angle", "ellipse", "polygon", "arrow", "text")
    assert A.KINDS == registered()[:6]
    assert [kind_class(k).name for k in A.KINDS] == list(A.KINDS)
    assert [k for k in A.KINDS if kind_class(k).region] == list(A.ROI_KINDS)
    assert [k for k in A.KINDS if not kind_class(k).measures] == ["arrow", "text"]
    with pytest.raises(GeometryError, match="unknown annotation kind 'circle'.*length, angle"):
        kind_class("circle")
    with pytest.raises(ValueError, match="already registered"):  # a name cannot be taken twice
        register(type("Other", (RegionKind,), {"name": "ellipse", "min_points": 3, "max_points": 3}))
    assert kind_class("ellipse") is A.Ellipse


def test_each_kind_round_trips_through_the_sr(tmp_path):
    vol, ds = _ct_small()
    case, _gone = _case(vol, ds)
    out = export_sr(case, vol, [ds], OBSERVER, tmp_path / "sr.dcm")
    groups = read_sr(out)
    assert sorted(g["kind"] for g in groups) == sorted(A.KINDS)
    for g in groups:
        orig = case.get(g["annotation_id"])
        back = annotation_from_sr(g, plane_normal=orig.plane_normal)
        assert (back.id, back.kind, back.text) == (orig.id, orig.kind, orig.text)
        if back.kind == "ellipse":  # written major axis first: the same ellipse, maybe the axes swapped
            assert np.allclose(back.points[0], orig.points[0], atol=1e-4)  # SCOORD3D data are 32-bit floats
            assert (np.allclose(back.points[1:], orig.points[1:], atol=1e-4)
                    or np.allclose(back.points[1:], orig.points[:0:-1], atol=1e-4))
        else:
            assert np.allclose(back.points, orig.points, atol=1e-4), back.kind
        # The geometry read back measures the same (SCOORD3D holds 32-bit floats: ROI statistics
        # of voxels lying exactly on a boundary may differ, so those are taken from the report).
        m0, m1 = measure(orig, vol), measure(back, vol)
        for field in ("length_mm", "angle_deg", "area_mm2"):
            v0, v1 = getattr(m0, field), getattr(m1, field)
            assert (v0 is None) == (v1 is None), (back.kind, field)
            if v0 is not None:
                assert v1 == pytest.approx(v0, rel=1e-5), (back.kind, field)
        sr_values = {m["name"]: m["value"] for m in g["measurements"]}
        expected = {"Length": m0.length_mm, "Angle": m0.angle_deg, "Area": m0.area_mm2, "Mean": m0.mean,
                    "Standard Deviation": m0.sd, "Minimum": m0.minimum, "Maximum": m0.maximum}
        assert set(sr_values) == {k for k, v in expected.items() if v is not None}, back.kind
        for name, value in sr_values.items():
            assert value == pytest.approx(expected[name], rel=1e-6), (back.kind, name)


def test_a_group_of_an_unknown_kind_or_bad_geometry_is_refused_clearly():
    with pytest.raises(GeometryError, match="unknown annotation kind ''"):
        annotation_from_sr({"kind": "", "points": [[0, 0, 0]]})
    with pytest.raises(GeometryError, match="needs 3 points, got 2"):
        annotation_from_sr({"kind": "angle", "points": [[0, 0, 0], [1, 0, 0]]})
    with pytest.raises(GeometryError, match="unusable geometry"):
        annotation_from_sr({"kind": "length", "points": [[0, 0], [1, 0]]})


def test_a_kind_registered_here_works_everywhere(tmp_path, circle_kind):
    vol, ds = _ct_small()
    P, d = vol.index_to_patient, vol.direction
    c = P((64.0, 60.0, 0.0))
    r = 10.0
    circle = Annotation(kind="circle", points=[tuple(c), tuple(c + r * d[:, 0])], text="node",
                        owner="dr.binh", series_uid=str(ds.SeriesInstanceUID), plane_normal=tuple(d[:, 2]))

    # The shared set takes it (and refuses a broken one with the kind's own reason).
    s = AnnotationSet("case-9")
    assert s.apply(add_op(circle)), s.last_reason
    flat = circle.replace(id="flat", points=[tuple(c), tuple(c)])
    assert not s.apply(add_op(flat)) and "radius is zero" in s.last_reason

    # Measurement: the exact area, and the statistics of the voxel centres within the radius,
    # computed here straight from the pixel array.
    m = measure(circle, vol)
    assert m.area_mm2 == pytest.approx(math.pi * r * r)
    assert m.length_mm == pytest.approx(2 * r)
    jj, ii = np.mgrid[0:vol.array.shape[1], 0:vol.array.shape[2]]
    centres = np.stack([P((i, j, 0.0)) for i, j in zip(ii.ravel(), jj.ravel())])
    inside = np.linalg.norm(centres - c, axis=1) <= r
    expected = vol.array[0].ravel()[inside].astype(float)
    assert m.n_voxels == expected.size > 100
    assert m.mean == pytest.approx(expected.mean()) and m.sd == pytest.approx(expected.std())
    assert (m.minimum, m.maximum) == (expected.min(), expected.max())
    assert s.measurements(vol)[0].area_mm2 == m.area_mm2

    # SR: a valid Comprehensive 3D SR (dciodvfy), read back as a circle with its diameter and stats.
    case, _ = _case(vol, ds)
    case.apply(add_op(circle))
    out = export_sr(case, vol, [ds], OBSERVER, tmp_path / "circle-sr.dcm")
    assert dciodvfy_errors(out) == []
    (g,) = [g for g in read_sr(out) if g["annotation_id"] == circle.id]
    assert (g["kind"], g["graphic_type"], g["label"]) == ("circle", "ELLIPSE", "node")
    values = {x["name"]: (x["value"], x["unit"]) for x in g["measurements"]}
    assert values["Diameter"] == (pytest.approx(2 * r), "mm")
    assert values["Area"][0] == pytest.approx(math.pi * r * r)
    assert values["Mean"] == (pytest.approx(m.mean), "[hnsf'U]")
    assert sorted(x["kind"] for x in read_sr(out)) == sorted((*A.KINDS, "circle"))  # the ellipse stays an ellipse
    back = annotation_from_sr(g, plane_normal=circle.plane_normal)
    assert back.kind == "circle" and back.text == "node"
    assert measure(back, vol).mean == pytest.approx(m.mean)
    assert measure(back, vol).area_mm2 == pytest.approx(m.area_mm2, rel=1e-6)

    # The drawing tool: a drag in an axial view makes a circle through the release point's radius.
    right, up, normal = np.array([1.0, 0, 0]), np.array([0, -1.0, 0]), np.array([0, 0, 1.0])
    g2 = DrawingGesture("circle", normal, right, up, "dr.binh", "Dr Binh", "1.2.3")
    g2.press((0.0, 0.0, 0.0))
    g2.move((3.0, 4.0, 0.0))
    assert g2.draft is not None and g2.draft.kind == "circle"
    g2.release((3.0, 4.0, 0.0))
    assert g2.finished is not None and g2.finished.kind == "circle"
    assert measure(g2.finished).area_mm2 == pytest.approx(math.pi * 25.0)


def test_a_registered_kind_is_drawn_and_picked_in_the_2d_view(circle_kind):
    if not os.environ.get("DISPLAY"):
        pytest.fail("render tests need an X display: run through installer/run-tests.sh (starts Xvfb)")
    vol = phantom()
    v = View("axial", vol)
    centre, r = np.array([-5.0, 2.0, 0.0]), 12.0
    circle = Annotation(kind="circle", points=[tuple(centre), tuple(centre + [r, 0, 0])], owner="alice@nanning",
                        id="circle-1", plane_normal=(0.0, 0.0, 1.0))
    v.layer.set_annotations([circle])
    img = v.show(state_at())
    colour = owner_color("alice@nanning")
    assert v.layer.visible_ids() == ["circle-1"]
    for t in np.linspace(0, 2 * np.pi, 8, endpoint=False):  # the outline passes through the rim ...
        rim = centre + r * np.array([math.cos(t), math.sin(t), 0.0])
        assert near_color(img, v.display(rim), colour), t
    inner = v.display(centre + [0.0, 6.0, 0.0])  # ... not inside it (away from its label)
    (x0, y0, x1, y1), = v.layer.label_boxes().values()
    assert not (x0 - 4 <= inner[0] <= x1 + 4 and y0 - 4 <= inner[1] <= y1 + 4)
    assert not near_color(img, inner, colour, radius=3)
    assert v.layer.label_text("circle-1") == "\u2300 24.0 mm \u00b7 A 452 mm\u00b2"  # its own label template
    x, y = v.display(centre + [0.0, r, 0.0])[:2]
    assert v.layer.pick(x, y) == "circle-1"
    v.close()
    key = render_key_image(vol, state_at(), "axial", [circle], size=(300, 300))
    assert (np.abs(key.astype(float) - np.asarray(colour) * 255).max(axis=2) <= 40).sum() > 100


def test_labels_come_from_the_kinds_templates_translated_or_not():
    from render.annotations import measurement_label

    vol = phantom()
    poly = Annotation(kind="polygon", points=[(-20.0, -10.0, 0.0), (10.0, -10.0, 0.0), (10.0, 15.0, 0.0)],
                      text="lesion", plane_normal=(0.0, 0.0, 1.0))
    m = measure(poly, vol)
    english = measurement_label(poly, m)
    assert english.startswith("lesion \u00b7 A 375 mm\u00b2 \u00b7 mean ") and english.endswith(" HU \u00b7 [40, 1000]")
    vi = {"A {area_mm2} mm\u00b2": "Di\u1ec7n t\u00edch {area_mm2} mm\u00b2",
          "mean {mean} \u00b1 {sd}{units}": "TB {oops} {mean"}  # a translator's broken template
    translated = measurement_label(poly, m, vi)
    assert translated.startswith("lesion \u00b7 Di\u1ec7n t\u00edch 375 mm\u00b2 \u00b7 mean ")  # the broken one: English
    assert translated.endswith(" HU \u00b7 [40, 1000]")
    arrow = Annotation(kind="arrow", points=[(0.0, 0.0, 0.0), (5.0, 0.0, 0.0)])
    assert measurement_label(arrow, measure(arrow)) == ""  # an arrow measures nothing
    length = Annotation(kind="length", points=[(0.0, 0.0, 0.0), (3.0, 4.0, 0.0)])
    assert measurement_label(length, measure(length), {"{length_mm} mm": "{length_mm} \u043c\u043c"}) == "5.0 \u043c\u043c"


def test_the_ui_gives_the_layer_every_kinds_templates_in_the_interface_language(qapp, circle_kind):
    from PySide6.QtCore import QCoreApplication, QTranslator

    from render.annotations import measurement_label
    from ui.reading.annotation_tools import label_templates

    class Vietnamese(QTranslator):
        def translate(self, context, source, disambiguation=None, n=-1):
            if context == "AnnotationLabel" and source == "A {area_mm2} mm\u00b2":
                return "Di\u1ec7n t\u00edch {area_mm2} mm\u00b2"
            return ""

    assert label_templates()["\u2300 {length_mm} mm"] == "\u2300 {length_mm} mm"  # the registered kind's too
    tr = Vietnamese()
    assert QCoreApplication.installTranslator(tr)
    try:
        templates = label_templates()
    finally:
        QCoreApplication.removeTranslator(tr)
    from workstation.annotations.image import NOTE_TEMPLATES  # the calibration notes of 2-D images

    assert set(templates) == {t for k in registered() for t in kind_class(k).label_templates} | set(NOTE_TEMPLATES)
    circle = Annotation(kind="circle", points=[(0.0, 0.0, 0.0), (5.0, 0.0, 0.0)], plane_normal=(0.0, 0.0, 1.0))
    assert measurement_label(circle, measure(circle), templates) == "\u2300 10.0 mm \u00b7 Di\u1ec7n t\u00edch 78.5 mm\u00b2"
