"""Annotations in patient mm: measurements on known geometry and real/oblique volumes, and the
shared AnnotationSet rules (ownership, stale edits, identical state on every participant)."""

from __future__ import annotations

import json
import math
import random

import msgspec
import numpy as np
import pydicom
import pytest

from dicom_fixtures import decubitus_dir
from workstation.annotations import (
    ANGLE, ARROW, ELLIPSE, LENGTH, POLYGON, TEXT, Annotation, AnnotationSet, GeometryError, Op,
    add_op, delete_op, measure, update_op,
)
from workstation.model import Volume


def _rotation(axis, deg):
    axis = np.asarray(axis, float) / np.linalg.norm(axis)
    x, y, z = axis
    c, s = math.cos(math.radians(deg)), math.sin(math.radians(deg))
    k = np.array([[0, -z, y], [z, 0, -x], [-y, x, 0]])
    return np.eye(3) * c + s * k + (1 - c) * np.outer(axis, axis)


def _affine(direction, spacing, origin):
    aff = np.eye(4)
    aff[:3, :3] = np.asarray(direction) * np.asarray(spacing)
    aff[:3, 3] = origin
    return aff


def _rect_on_slice(volume, k, i0, i1, j0, j1):
    """Polygon corners (LPS) around voxels i0..i1 x j0..j1 of slice k, on the half-voxel lines:
    what a reader gets by drawing a rectangle on the native slice."""
    corners = [(i0 - 0.5, j0 - 0.5, k), (i1 + 0.5, j0 - 0.5, k), (i1 + 0.5, j1 + 0.5, k), (i0 - 0.5, j1 + 0.5, k)]
    return [tuple(volume.index_to_patient(c)) for c in corners]


def _stats(values):
    v = np.asarray(values, dtype=float).ravel()
    return v.mean(), v.std(), v.min(), v.max(), v.size


def _assert_stats(m, values):
    mean, sd, lo, hi, n = _stats(values)
    assert m.n_voxels == n
    assert m.mean == pytest.approx(mean, abs=1e-9)
    assert m.sd == pytest.approx(sd, abs=1e-9)
    assert m.minimum == lo and m.maximum == hi


# -- lengths and angles ----------------------------------------------------------------------

def test_length_and_angle_are_exact_on_known_geometry():
    s = AnnotationSet("case")
    ann = [
        Annotation(kind=LENGTH, points=[(10, -20, 30), (13, -16, 42)], owner="u1"),  # 3-4-12 -> 13
        Annotation(kind=ANGLE, points=[(5, 0, 0), (0, 0, 0), (0, 0, 7)], owner="u1"),  # 90
        Annotation(kind=ANGLE, points=[(1, 0, 0), (0, 0, 0), (0.5, math.sqrt(3) / 2, 0)], owner="u1"),  # 60
        Annotation(kind=ANGLE, points=[(-2, 1, 1), (0, 1, 1), (3, 1, 1)], owner="u1"),  # 180
        Annotation(kind=ARROW, points=[(0, 0, 0), (1, 1, 1)], owner="u1"),
        Annotation(kind=TEXT, points=[(0, 0, 0)], text="calcified node", owner="u1"),
    ]
    for a in ann:
        assert s.apply(add_op(a)), s.last_reason
    vol = Volume(np.zeros((2, 2, 2)), np.eye(4))
    ms = {m.annotation_id: m for m in s.measurements(vol)}
    assert len(ms) == 4  # arrows and text measure nothing
    assert ms[ann[0].id].length_mm == pytest.approx(13.0, abs=1e-12)
    assert ms[ann[1].id].angle_deg == pytest.approx(90.0, abs=1e-12)
    assert ms[ann[2].id].angle_deg == pytest.approx(60.0, abs=1e-12)
    assert ms[ann[3].id].angle_deg == pytest.approx(180.0, abs=1e-12)


def test_bad_geometry_is_refused_with_the_reason():
    with pytest.raises(GeometryError, match="needs 2 points"):
        measure(Annotation(kind=LENGTH, points=[(0, 0, 0)]))
    with pytest.raises(GeometryError, match="not in one plane"):
        measure(Annotation(kind=POLYGON, points=[(0, 0, 0), (10, 0, 0), (10, 10, 0), (0, 10, 3)]))
    with pytest.raises(GeometryError, match="not perpendicular"):
        measure(Annotation(kind=ELLIPSE, points=[(0, 0, 0), (5, 0, 0), (3, 3, 0)]))
    with pytest.raises(GeometryError, match="unknown annotation kind"):
        measure(Annotation(kind="circle", points=[(0, 0, 0)]))
    s = AnnotationSet()
    before = s.state_digest()
    bad = Annotation(kind=ANGLE, points=[(0, 0, 0), (0, 0, 0), (1, 0, 0)], owner="u1")
    assert not s.apply(add_op(bad))
    assert "arm has no length" in s.last_reason
    assert s.state_digest() == before and len(s) == 0


# -- ROI statistics --------------------------------------------------------------------------

def test_roi_statistics_on_a_known_block():
    rng = np.random.default_rng(7)
    arr = np.full((12, 40, 50), -1000, dtype=np.int16)
    block = rng.integers(-100, 300, size=(10, 20)).astype(np.int16)
    arr[5, 10:20, 15:35] = block  # slice 5, rows 10..19, columns 15..34
    vol = Volume(arr, _affine(np.eye(3), (0.8, 0.6, 2.5), (-20, 30, -50)), units="HU", modality="CT")
    poly = Annotation(kind=POLYGON, points=_rect_on_slice(vol, 5, 15, 34, 10, 19), owner="u1",
                      plane_normal=(0, 0, 1))
    m = measure(poly, vol)
    _assert_stats(m, block)
    assert m.units == "HU"
    assert m.area_mm2 == pytest.approx(20 * 0.8 * 10 * 0.6)
    # drawn between slices (crosshair at 5.3 / 5.7 slices): the nearest slice is sampled
    for dk, expected in ((0.3, block), (-0.45, block), (0.7, arr[6, 10:20, 15:35])):
        shifted = [tuple(np.array(p) + (0, 0, 2.5 * dk)) for p in poly.points]
        _assert_stats(measure(poly.replace(points=shifted), vol), expected)

    # An ellipse inscribed in the block: every sample is a block voxel, its area within a pixel.
    c = vol.index_to_patient((24.5, 14.5, 5))
    a, b = np.array([0.8 * 9.5, 0, 0]), np.array([0, 0.6 * 4.5, 0])
    ell = Annotation(kind=ELLIPSE, points=[tuple(c), tuple(c + a), tuple(c + b)], owner="u1")
    m = measure(ell, vol)
    assert m.area_mm2 == pytest.approx(math.pi * 0.8 * 9.5 * 0.6 * 4.5)
    assert abs(m.n_voxels * 0.8 * 0.6 - m.area_mm2) < 0.8 * 0.6 * 0.15 * m.n_voxels ** 0.5 * 4
    assert m.minimum >= block.min() and m.maximum <= block.max() and m.minimum > -1000
    # the values inside the ellipse, from the array directly (voxel centres inside the ellipse)
    jj, ii = np.mgrid[10:20, 15:35]
    inside = ((ii - 24.5) / 9.5) ** 2 + ((jj - 14.5) / 4.5) ** 2 <= 1
    _assert_stats(m, arr[5][jj[inside], ii[inside]])


def test_roi_statistics_on_an_oblique_volume():
    rot = _rotation((1, 2, 3), 37)
    arr = np.zeros((20, 30, 30), dtype=np.float32)
    ramp = np.arange(8 * 12, dtype=np.float32).reshape(8, 12) * 1.5 - 40
    arr[9, 10:18, 8:20] = ramp
    arr[5:15, 5:25, 5:25] += 0  # keep a big region for the reformat below
    vol = Volume(arr, _affine(rot, (0.7, 0.9, 1.6), (12, -40, 7)), units="HU")
    # Native (oblique) slice: exactly the ramp voxels.
    poly = Annotation(kind=POLYGON, points=_rect_on_slice(vol, 9, 8, 19, 10, 17), owner="u1")
    m = measure(poly, vol)
    _assert_stats(m, ramp)
    assert m.area_mm2 == pytest.approx(12 * 0.7 * 8 * 0.9)

    # A reformatted plane (patient axial) through a constant block: nearest neighbour gives the
    # block value everywhere and the area is the drawn one.
    const = np.zeros((20, 30, 30), dtype=np.float32)
    const[4:16, 6:24, 6:24] = 250
    vol2 = Volume(const, vol.affine, units="HU")
    c = vol2.index_to_patient((14.5, 14.5, 9.5))
    ell = Annotation(kind=ELLIPSE, points=[tuple(c), tuple(c + (4, 0, 0)), tuple(c + (0, 3, 0))],
                     owner="u1", plane_normal=(0, 0, 1))
    m = measure(ell, vol2)
    assert m.mean == 250 and m.minimum == 250 and m.maximum == 250 and m.sd == 0
    assert m.area_mm2 == pytest.approx(math.pi * 12)
    px = 0.7 * 0.9
    assert abs(m.n_voxels * px - m.area_mm2) < 0.25 * m.area_mm2


def _load_sagittal_mr():
    """The real HFS sagittal MR, with the affine computed here from the headers."""
    dss = [pydicom.dcmread(p) for p in sorted(decubitus_dir("HFS").iterdir())]
    row = np.array(dss[0].ImageOrientationPatient[:3], float)
    col = np.array(dss[0].ImageOrientationPatient[3:], float)
    normal = np.cross(row, col)
    dss.sort(key=lambda d: float(np.dot(np.array(d.ImagePositionPatient, float), normal)))
    ipp = np.array([d.ImagePositionPatient for d in dss], float)
    dr, dc = (float(x) for x in dss[0].PixelSpacing)  # row spacing, column spacing
    aff = np.eye(4)
    aff[:3, 0] = row * dc
    aff[:3, 1] = col * dr
    aff[:3, 2] = (ipp[-1] - ipp[0]) / (len(dss) - 1)
    aff[:3, 3] = ipp[0]
    arr = np.stack([d.pixel_array for d in dss])
    return Volume(arr, aff, units="", modality="MR"), dss


def test_roi_statistics_on_a_real_sagittal_mr():
    vol, _ = _load_sagittal_mr()
    assert abs(vol.direction[0, 2]) > 0.99  # the slices are sagittal (normal along L-R)
    # ROI drawn on a native sagittal slice.
    k, i0, i1, j0, j1 = 17, 100, 140, 90, 150
    poly = Annotation(kind=POLYGON, points=_rect_on_slice(vol, k, i0, i1, j0, j1), owner="u1")
    m = measure(poly, vol)
    _assert_stats(m, vol.array[k, j0:j1 + 1, i0:i1 + 1])
    # ROI drawn on a reformatted axial view through row j: its plane normal is S; the samples are
    # the voxels of that row, across slices k0..k1 and columns i0..i1.
    j, k0, k1 = 120, 10, 24
    corners = [(i0 - 0.5, j, k0 - 0.5), (i1 + 0.5, j, k0 - 0.5), (i1 + 0.5, j, k1 + 0.5), (i0 - 0.5, j, k1 + 0.5)]
    pts = [tuple(vol.index_to_patient(c)) for c in corners]
    assert np.ptp([p[2] for p in pts]) < 1e-6  # an axial plane in patient space
    ax = Annotation(kind=POLYGON, points=pts, owner="u1", plane_normal=(0, 0, 1))
    m = measure(ax, vol)
    _assert_stats(m, vol.array[k0:k1 + 1, j, i0:i1 + 1])
    sp = vol.spacing
    assert m.area_mm2 == pytest.approx((i1 - i0 + 1) * sp[0] * (k1 - k0 + 1) * sp[2])


# -- the shared set --------------------------------------------------------------------------

def _length(owner, name="", x=0.0):
    return Annotation(kind=LENGTH, points=[(x, 0, 0), (x + 10, 0, 0)], owner=owner, owner_name=name,
                      series_uid="1.2.3")


def test_only_the_owner_or_a_coordinator_may_edit():
    s = AnnotationSet("case")
    seen = []
    s.changed.connect(seen.append)
    refused = []
    s.rejected.connect(lambda aid, why: refused.append((aid, why)))
    a = _length("dr.lan", "Dr Lan")
    assert s.apply(add_op(a))
    assert seen == [a.id] and s.get(a.id).version == 1

    # another specialist may not move it, nor delete it
    op = update_op(s.get(a.id), author="dr.somchai", role="specialist", points=[(0, 0, 0), (20, 0, 0)])
    assert not s.apply(op)
    assert "only its owner or a coordinator" in s.last_reason and refused[-1][0] == a.id
    assert not s.apply(delete_op(s.get(a.id), author="dr.somchai", role="surgeon"))
    assert s.get(a.id).points[1] == (10.0, 0.0, 0.0) and s.get(a.id).version == 1
    # nobody may add in someone else's name
    assert not s.apply(Op(action="add", annotation_id="x", author="dr.somchai",
                          annotation=_length("dr.lan").replace(id="x")))

    # the owner may; then the coordinator may, and ownership stays with the owner
    assert s.apply(update_op(s.get(a.id), author="dr.lan", points=[(0, 0, 0), (12, 0, 0)], text="CBD"))
    assert s.apply(update_op(s.get(a.id), author="coord.mai", role="coordinator", text="CBD 12 mm"))
    cur = s.get(a.id)
    assert cur.version == 3 and cur.owner == "dr.lan" and cur.text == "CBD 12 mm"
    assert measure(cur).length_mm == 12
    assert s.apply(delete_op(cur, author="coord.mai", role="coordinator"))
    assert len(s) == 0 and s.get(a.id).deleted and s.get(a.id).version == 4
    assert seen == [a.id] * 4


def test_stale_edits_are_refused_never_overwritten():
    s = AnnotationSet()
    a = _length("u1")
    s.apply(add_op(a))
    v1 = s.get(a.id)
    first = update_op(v1, author="u1", points=[(0, 0, 0), (11, 0, 0)])
    second = update_op(v1, author="coord", role="coordinator", points=[(0, 0, 0), (99, 0, 0)])
    assert s.apply(first)
    assert not s.apply(second)
    assert "stale edit" in s.last_reason and "version 1" in s.last_reason
    assert s.get(a.id).points[1] == (11.0, 0.0, 0.0)
    # a delete made on the old version is stale too; after a delete, any edit is refused
    assert not s.apply(delete_op(v1, author="u1"))
    assert s.apply(delete_op(s.get(a.id), author="u1"))
    assert not s.apply(update_op(s.get(a.id), author="u1", text="late"))
    assert "deleted" in s.last_reason
    assert not s.apply(add_op(a))  # re-adding the same id is refused (a replayed op)


def _simulate(seed: int, steps: int = 400):
    """Three users edit one case at once, each from a replica lagging behind the hub; the hub
    sequences their ops in a random interleaving. Returns the hub log (wire bytes)."""
    rng = random.Random(seed)
    users = {"u1": "specialist", "u2": "surgeon", "u3": "coordinator"}
    replicas = {u: AnnotationSet("case") for u in users}
    seen = {u: 0 for u in users}  # how much of the hub log each replica has applied
    pending: list[Op] = []
    log: list[bytes] = []
    clock = 1_700_000_000.0
    for _ in range(steps):
        r = rng.random()
        user = rng.choice(sorted(users))
        rep = replicas[user]
        if r < 0.45:  # the user makes a change from what the user currently sees
            clock += 1
            visible = list(rep)
            choice = rng.random()
            if not visible or choice < 0.3:
                kind = rng.choice([LENGTH, ANGLE, ELLIPSE, POLYGON, ARROW, TEXT])
                pts = {LENGTH: 2, ANGLE: 3, ARROW: 2, TEXT: 1}.get(kind)
                if kind == ELLIPSE:
                    points = [(0, 0, 5), (rng.uniform(1, 9), 0, 5), (0, rng.uniform(1, 9), 5)]
                elif kind == POLYGON:
                    points = [(0, 0, 5), (rng.uniform(1, 9), 0, 5), (rng.uniform(1, 9), rng.uniform(1, 9), 5)]
                else:
                    points = [(rng.uniform(-50, 50), rng.uniform(-50, 50), rng.uniform(-50, 50)) for _ in range(pts)]
                ann = Annotation(kind=kind, points=points, owner=user, owner_name=user.upper(),
                                 id=f"{user}-{rng.getrandbits(64):x}")
                pending.append(add_op(ann, role=users[user], at=clock))
            else:
                target = rng.choice(visible)
                if choice < 0.85:
                    pending.append(update_op(target, author=user, role=users[user], at=clock,
                                             text=f"{user} says {rng.randint(0, 999)}"))
                else:
                    pending.append(delete_op(target, author=user, role=users[user], at=clock))
        elif r < 0.8 and pending:  # the hub sequences one pending op (any user's)
            op = pending.pop(rng.randrange(len(pending)))
            log.append(msgspec.msgpack.encode(op))
        else:  # the user's replica catches up with part of the log
            upto = rng.randint(seen[user], len(log))
            for raw in log[seen[user]:upto]:
                rep.apply(msgspec.msgpack.decode(raw, type=Op))
            seen[user] = upto
    return log, replicas, seen


def test_all_participants_converge_on_the_same_set():
    log, replicas, seen = _simulate(seed=20261123)
    ops = [msgspec.msgpack.decode(raw, type=Op) for raw in log]
    a, b = AnnotationSet("case"), AnnotationSet("case")
    results_a = a.apply_all(ops)
    results_b = b.apply_all([msgspec.msgpack.decode(raw, type=Op) for raw in log])
    assert results_a == results_b
    # the simulation really had conflicts (stale or forbidden edits) and accepted edits
    assert results_a.count(False) >= 5 and results_a.count(True) >= 20
    assert a.state_digest() == b.state_digest()
    # every lagging replica converges once it has applied the whole log
    for user, rep in replicas.items():
        for raw in log[seen[user]:]:
            rep.apply(msgspec.msgpack.decode(raw, type=Op))
        assert rep.state_digest() == a.state_digest()
    # a late joiner: snapshot of the first half + the rest of the log
    half = AnnotationSet("case")
    half.apply_all(ops[: len(ops) // 2])
    late = AnnotationSet.from_dict(msgspec.json.decode(msgspec.json.encode(half.to_dict())))
    late.apply_all(ops[len(ops) // 2:])
    assert late.state_digest() == a.state_digest()
    # versions count the accepted changes of each annotation
    accepted = {}
    for op, ok in zip(ops, results_a):
        if ok:
            accepted[op.annotation_id] = accepted.get(op.annotation_id, 0) + 1
    assert {x.id: x.version for x in a.all()} == accepted
    # a different order of the same ops is (in general) a different state: the digest sees it
    c = AnnotationSet("case")
    c.apply_all(list(reversed(ops)))
    assert c.state_digest() != a.state_digest()


def test_annotation_round_trips_as_a_plain_dict():
    a = Annotation(kind=ELLIPSE, points=[(1, 2, 3), (4, 2, 3), (1, 5, 3)], owner="u1", owner_name="Dr A",
                   series_uid="1.2.3", plane_normal=(0, 0, 1), text="lesion")
    d = a.to_dict()
    assert d["kind"] == "ellipse" and list(d["points"][1]) == [4, 2, 3]
    assert json.loads(json.dumps(d))["owner_name"] == "Dr A"
    assert Annotation.from_dict(d) == a.replace(points=[tuple(p) for p in a.points])
    with pytest.raises(GeometryError, match="not an annotation"):
        Annotation.from_dict({"kind": "length"})


def test_concurrent_appliers_never_corrupt_the_set():
    """Even without the hub, two threads racing edits of one annotation: every accepted edit
    is counted once, the refused ones changed nothing."""
    import threading

    s = AnnotationSet()
    a = _length("u1")
    s.apply(add_op(a))
    accepted = {"u1": 0, "coord": 0}

    def worker(user, role):
        for n in range(400):
            cur = s.get(a.id)
            if s.apply(update_op(cur, author=user, role=role, text=f"{user} {n}")):
                accepted[user] += 1

    threads = [threading.Thread(target=worker, args=("u1", "specialist")),
               threading.Thread(target=worker, args=("coord", "coordinator"))]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    final = s.get(a.id)
    assert final.version == 1 + accepted["u1"] + accepted["coord"]
    assert final.text.split()[0] in accepted and len(s) == 1


def test_roi_partly_or_wholly_outside_the_volume():
    arr = np.arange(10 * 10 * 4, dtype=np.int16).reshape(4, 10, 10)
    vol = Volume(arr, _affine(np.eye(3), (1, 1, 3), (0, 0, 0)), units="HU")
    # columns 6..13 requested, only 6..9 exist; rows 2..4 of slice 1
    half_out = Annotation(kind=POLYGON, points=_rect_on_slice(vol, 1, 6, 13, 2, 4))
    m = measure(half_out, vol)
    _assert_stats(m, arr[1, 2:5, 6:10])
    assert m.area_mm2 == pytest.approx(8 * 3)  # the drawn area, even where there is no image
    away = Annotation(kind=ELLIPSE, points=[(500, 500, 3), (505, 500, 3), (500, 502, 3)])
    m = measure(away, vol)
    assert m.n_voxels == 0 and m.mean is None and m.maximum is None
    assert m.area_mm2 == pytest.approx(math.pi * 10)
