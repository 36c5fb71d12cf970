"""Compare with prior, the logic (no window): slice pairing by patient position in a shared Frame
of Reference, pairing by the user otherwise, W/L link, choice of prior study and series. Real
MR series (the decubitus set) rewritten as two studies of one patient."""

from __future__ import annotations

from types import SimpleNamespace

import numpy as np
import pytest
from compare_fixtures import write_study

from workstation.compare import (
    CompareError,
    CompareState,
    Comparison,
    acquisition_orientation,
    frame_of_reference,
    matching_series,
    prior_studies,
    slice_positions,
)
from workstation.dicom.assemble import load_series_dir
from workstation.viewstate import SAGITTAL, ViewState


def _load(study):
    (vol,) = load_series_dir(study["dir"])
    return vol


@pytest.fixture(scope="module")
def studies(tmp_path_factory):
    root = tmp_path_factory.mktemp("compare")
    current = write_study("HFS", root / "current", study_date="20260310")
    # same Frame of Reference, every other slice: 9.6 mm apart instead of 4.8 mm
    same = write_study("HFS", root / "prior_same", study_date="20250102", frame_uid=current["frame_uid"], every=2)
    # the prone scan, in its own Frame of Reference
    other = write_study("HFP", root / "prior_other", study_date="20240507")
    return {"current": current, "same": same, "other": other,
            "vols": {k: _load(v) for k, v in (("current", current), ("same", same), ("other", other))}}


def _views(cur, pri):
    a, b = ViewState(), ViewState()
    a.position = tuple(float(v) for v in cur.center())
    b.position = tuple(float(v) for v in pri.center())
    return a, b


def test_same_frame_maps_each_slice_to_the_nearest_prior_slice_at_that_position(studies):
    cur, pri = studies["vols"]["current"], studies["vols"]["same"]
    assert frame_of_reference(next(studies["current"]["dir"].iterdir())) == studies["current"]["frame_uid"]
    assert acquisition_orientation(cur) == SAGITTAL
    cur_slices, pri_slices = slice_positions(cur, SAGITTAL), slice_positions(pri, SAGITTAL)
    assert len(cur_slices) == 35 and len(pri_slices) == 18
    assert np.allclose(np.diff(cur_slices), 4.8, atol=1e-3) and np.allclose(np.diff(pri_slices), 9.6, atol=1e-3)
    # the positions of the files themselves (ImagePositionPatient x of the sagittal slices)
    assert cur_slices[0] == pytest.approx(-81.6, abs=1e-3) and pri_slices[-1] == pytest.approx(-81.6 + 34 * 4.8, abs=1e-3)

    a, b = _views(cur, pri)
    cmp = Comparison(cur, pri, a, b, current_frame=studies["current"]["frame_uid"],
                     prior_frame=studies["same"]["frame_uid"])
    assert cmp.state.same_frame and cmp.state.offset_mm == 0.0 and cmp.state.orientation == SAGITTAL
    for k, x in enumerate(cur_slices):
        a.position = (float(x), a.position[1], a.position[2])
        expected = pri_slices[np.argmin(np.abs(pri_slices - x))]
        assert b.position[0] == pytest.approx(expected)
        assert abs(b.position[0] - x) <= 4.8 / 2 + 1e-6 if k % 2 == 0 else abs(b.position[0] - x) == pytest.approx(4.8)
    # the other in-plane coordinates of the prior pane are left alone
    assert b.position[1:] == pytest.approx(tuple(pri.center()[1:]))
    # scrolling the prior moves the current to the same position (every prior slice is a current slice)
    for x in pri_slices:
        b.position = (float(x), b.position[1], b.position[2])
        assert a.position[0] == pytest.approx(x)
    # beyond the prior's extent: its last slice
    a.position = (1000.0, a.position[1], a.position[2])
    assert b.position[0] == pytest.approx(pri_slices[-1])
    cmp.close()
    a.position = (float(cur_slices[0]), a.position[1], a.position[2])
    assert b.position[0] == pytest.approx(pri_slices[-1])  # closed: no longer follows


def test_different_frame_scrolls_independently_until_the_user_pairs_two_slices(studies):
    cur, pri = studies["vols"]["current"], studies["vols"]["other"]
    assert studies["current"]["frame_uid"] != studies["other"]["frame_uid"]
    a, b = _views(cur, pri)
    cmp = Comparison(cur, pri, a, b, current_frame=studies["current"]["frame_uid"],
                     prior_frame=studies["other"]["frame_uid"])
    assert not cmp.state.same_frame and cmp.state.offset_mm is None and not cmp.state.synchronized
    before = b.position
    a.position = (float(slice_positions(cur, SAGITTAL)[3]), a.position[1], a.position[2])
    assert b.position == before  # not paired: the prior stays where it is

    cur_slices, pri_slices = slice_positions(cur, SAGITTAL), slice_positions(pri, SAGITTAL)
    # the user shows current slice 10 and prior slice 14 (the same anatomy) and pairs them
    a.position = (float(cur_slices[10]), a.position[1], a.position[2])
    b.position = (float(pri_slices[14]), b.position[1], b.position[2])
    offset = cmp.pair()
    assert offset == pytest.approx(pri_slices[14] - cur_slices[10], abs=1e-3)
    for step in (-5, -1, 1, 3, 7):
        a.position = (float(cur_slices[10 + step]), a.position[1], a.position[2])
        assert b.position[0] == pytest.approx(pri_slices[14 + step], abs=1e-3)
    b.position = (float(pri_slices[20]), b.position[1], b.position[2])
    assert a.position[0] == pytest.approx(cur_slices[16], abs=1e-3)
    cmp.unpair()
    assert cmp.state.offset_mm is None
    a.position = (float(cur_slices[0]), a.position[1], a.position[2])
    assert b.position[0] == pytest.approx(pri_slices[20], abs=1e-3)
    # an offset from elsewhere (a consult presenter) is checked, then applied
    with pytest.raises(CompareError):
        cmp.set_offset(float("nan"))
    cmp.set_offset(offset)
    assert b.position[0] == pytest.approx(nearest_to(pri_slices, cur_slices[0] + offset))


def nearest_to(positions, x):
    return float(positions[np.argmin(np.abs(positions - x))])


def test_window_level_follow_only_when_linked(studies):
    cur, pri = studies["vols"]["current"], studies["vols"]["same"]
    a, b = _views(cur, pri)
    a.window, a.level, b.window, b.level = 400.0, 200.0, 300.0, 100.0
    state = CompareState()
    cmp = Comparison(cur, pri, a, b, current_frame="1.2.3", prior_frame="1.2.3", state=state)
    a.window = 500.0
    assert (b.window, b.level) == (300.0, 100.0)
    cmp.set_link_wl(True)  # ticking the link gives the prior the current's W/L
    assert (b.window, b.level) == (500.0, 200.0)
    b.level = 150.0  # and from then on either side drives the other
    assert a.level == 150.0
    a.window = 800.0
    assert b.window == 800.0
    cmp.set_link_wl(False)
    a.window = 100.0
    assert b.window == 800.0
    msg = state.to_message()
    assert msg == {"series_uid": pri.meta["series_uid"], "orientation": SAGITTAL, "offset_mm": 0.0,
                   "link_wl": False, "same_frame": True}


def test_priors_of_the_same_patient_newest_first_and_the_matching_series():
    S = SimpleNamespace
    studies = [S(patient_id="P1", study_uid="a", study_date="20240101"),
               S(patient_id="P1", study_uid="b", study_date="20260101"),
               S(patient_id="P2", study_uid="c", study_date="20250101"),
               S(patient_id="P1", study_uid="d", study_date="20250101"),
               S(patient_id="", study_uid="e", study_date="20250101")]
    assert [s.study_uid for s in prior_studies(studies, studies[1])] == ["d", "a"]
    assert prior_studies(studies, studies[4]) == []  # no Patient ID: nothing is "the same patient"
    cur = S(modality="MR", series_description="t1_fl2d_sag", n_images=35)
    cands = [S(modality="CT", series_description="t1_fl2d_sag", n_images=200),
             S(modality="MR", series_description="T2 ax", n_images=40),
             S(modality="MR", series_description="T1_FL2D_SAG ", n_images=18)]
    assert matching_series(cur, cands) is cands[2]
    assert matching_series(cur, cands[:2]) is cands[1]
    assert matching_series(cur, []) is None
