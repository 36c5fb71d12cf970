"""Compare with prior in an MDT consult, at the session level: a real hub process, two
workstations over real sockets. The case holds a patient's current and prior MR series (real
data, de-identified on sharing); the presenter's comparison (prior series, pairing offset, W/L
link) travels with the view and the follower's own Comparison shows the same prior slice."""

from __future__ import annotations

import time

import msgspec
import pytest
from compare_fixtures import write_study

from comms.consult import new_consult_id
from workstation.compare import CompareError, Comparison, frame_of_reference
from workstation.consult import ConsultState, Event
from workstation.deid import Deidentifier
from workstation.dicom.assemble import load_series_from_catalog
from workstation.viewstate import ViewState
from helpers import Station, wait_until


def comparison_in(catalog, current_uid, prior_uid):
    """What a workstation builds from its own catalog to show a comparison."""
    (cur,), (pri,) = (load_series_from_catalog(catalog, u) for u in (current_uid, prior_uid))
    a, b = ViewState(series_uid=current_uid), ViewState(series_uid=prior_uid)
    a.position = tuple(float(v) for v in cur.center())
    b.position = tuple(float(v) for v in pri.center())
    frames = [frame_of_reference(catalog.instances(u)[0].path) for u in (current_uid, prior_uid)]
    return Comparison(cur, pri, a, b, current_frame=frames[0], prior_frame=frames[1])


def test_the_presenters_comparison_reaches_the_follower(hub, tmp_path):
    current = write_study("HFS", tmp_path / "src" / "current", study_date="20260310")
    prior = write_study("HFP", tmp_path / "src" / "prior", study_date="20240507")  # its own frame of reference
    files = sorted(current["dir"].iterdir()) + sorted(prior["dir"].iterdir())
    chen = Station(hub, tmp_path, "Dr Chen", "coordinator", "Bach Mai")
    lan = Station(hub, tmp_path, "Dr Lan", "specialist", "Bach Mai")
    try:
        for st in (chen, lan):
            st.wait_online()
        room = new_consult_id()
        c_s = chen.session(room)
        c_s.create("Follow-up MDT", time.time(), agenda=[{"case_id": "case-1", "title": "MR follow-up"}],
                   participants=[{"user": s.profile.user_id, "name": s.profile.name} for s in (chen, lan)])
        l_s = lan.session(room)
        l_s.join()
        sessions = (c_s, l_s)
        wait_until(lambda: all(len([a for a in x.state.attendance.values() if a.present]) == 2 for x in sessions),
                 what="attendance")
        with Deidentifier(chen.dir / "reid.sqlite") as keys:
            shared = c_s.share_case("case-1", files, keys, title="MR follow-up", question="Changed?",
                                    referring_hospital="Bach Mai", catalog=chen.catalog)
        assert len(shared["series"]) == 2
        wait_until(lambda: l_s.state.cases["case-1"].shared, what="shared")
        assert l_s.fetch_case("case-1", lan.catalog).imported == 70
        # the de-identified series, told apart by their (shifted) study dates: newest is current
        by_date = sorted(chen.catalog.studies(), key=lambda s: s.study_date, reverse=True)
        cur_uid, pri_uid = (chen.catalog.series(s.study_uid)[0].series_uid for s in by_date)

        c_s.take_presenter()
        wait_until(lambda: all(x.state.presenter == chen.profile.user_id for x in sessions), what="presenter")
        # the presenter compares, scrolls each side to the same anatomy, pairs them, links W/L
        mine = comparison_in(chen.catalog, cur_uid, pri_uid)
        assert not mine.state.same_frame and mine.state.offset_mm is None
        cur_slices, pri_slices = mine.current_slices, mine.prior_slices
        mine.current_view.position = (float(cur_slices[12]),) + mine.current_view.position[1:]
        mine.prior_view.position = (float(pri_slices[15]),) + mine.prior_view.position[1:]
        mine.pair()
        mine.set_link_wl(True)
        mine.current_view.position = (float(cur_slices[20]),) + mine.current_view.position[1:]
        assert mine.prior_position() == pytest.approx(pri_slices[23], abs=1e-3)
        c_s.publish_view("case-1", cur_uid, {"position": list(mine.current_view.position), "window": 600.0,
                                             "level": 300.0}, compare=mine.state.to_message())
        c_s.flush_view()
        wait_until(lambda: l_s.state.followed.compare.get("series_uid") == pri_uid, what="comparison followed")
        fv = l_s.state.followed
        assert fv.series_uid == cur_uid
        assert fv.compare["offset_mm"] == pytest.approx(mine.state.offset_mm)
        assert fv.compare["link_wl"] is True and fv.compare["same_frame"] is False

        # the follower's workstation applies it to its own copy: the same prior slice is shown
        theirs = comparison_in(lan.catalog, fv.series_uid, fv.compare["series_uid"])
        theirs.apply_message(fv.compare)
        theirs.current_view.position = tuple(fv.view["position"])
        theirs.current_view.window = fv.view["window"]
        assert theirs.prior_position() == pytest.approx(mine.prior_position(), abs=1e-3)
        assert theirs.prior_view.window == 600.0  # linked
        with pytest.raises(CompareError):
            theirs.apply_message({**fv.compare, "series_uid": cur_uid})

        # a plain view change keeps the comparison; a comparison with a series outside the case or
        # with itself is refused on every replica; None closes it
        c_s.publish_view("case-1", cur_uid, {"zoom": 2.0})
        c_s.flush_view()
        wait_until(lambda: l_s.state.followed.view.get("zoom") == 2.0, what="zoom")
        assert l_s.state.followed.compare["series_uid"] == pri_uid
        for bad in ({"series_uid": "1.2.3.4"}, {"series_uid": cur_uid},
                    {"series_uid": pri_uid, "offset_mm": float("inf")}):
            seq = l_s.state.last_seq
            c_s.publish_view("case-1", cur_uid, {"zoom": 3.0}, compare=bad)
            c_s.flush_view()
            wait_until(lambda seq=seq: l_s.state.last_seq > seq, what="refusal")
            assert l_s.state.followed.view["zoom"] == 2.0 and l_s.state.followed.compare["series_uid"] == pri_uid
        c_s.publish_view("case-1", cur_uid, {"zoom": 1.0}, compare=None)
        c_s.flush_view()
        wait_until(lambda: l_s.state.followed.view.get("zoom") == 1.0, what="closed")
        assert l_s.state.followed.compare == {}
        wait_until(lambda: c_s.state.last_seq == l_s.state.last_seq, what="same log")
        assert c_s.state.digest() == l_s.state.digest()
        for s in sessions:
            s.close()
    finally:
        for st in (chen, lan):
            st.client.stop()


def test_views_without_a_comparison_keep_their_snapshot_and_digest():
    """Older presenters never send ``compare``: the same log gives the same snapshot as before
    (no ``compare`` key), and a comparison survives snapshot/restore."""
    st = ConsultState("consult-x")
    events = [
        ("consult.meta", "u1", {"title": "T", "coordinator": "u1", "agenda": [{"case_id": "c"}]}),
        ("consult.case.shared", "u1", {"case_id": "c", "blob_id": "ab" * 32, "series": [{"series_uid": "s1"},
                                                                                  {"series_uid": "s2"}]}),
        ("consult.join", "u1", {"name": "A"}),
        ("consult.presenter.take", "u1", {}),
        ("consult.view", "u1", {"case_id": "c", "series_uid": "s1", "view": {"window": 300.0}}),
    ]
    for seq, (kind, sender, body) in enumerate(events, 1):
        st.apply(Event(seq=seq, sender=sender, kind=kind, body=body, time=float(seq)))
        assert st.last_reason in (None, ""), st.last_reason
    snap = st.snapshot()
    assert "compare" not in snap["followed"] and snap["followed"]["view"] == {"window": 300.0}
    st.apply(Event(seq=6, sender="u1", kind="consult.view", time=6.0,
                   body={"case_id": "c", "series_uid": "s1", "view": {},
                         "compare": {"series_uid": "s2", "offset_mm": -9.6, "link_wl": True, "future_field": 1}}))
    assert st.followed.compare == {"series_uid": "s2", "orientation": "", "offset_mm": -9.6, "link_wl": True,
                                   "same_frame": False}
    again = ConsultState.from_snapshot(msgspec.json.decode(msgspec.json.encode(st.snapshot())))
    assert again.followed.compare == st.followed.compare and again.digest() == st.digest()
    # another series: the comparison (made for s1) does not carry over
    st.apply(Event(seq=7, sender="u1", kind="consult.view", time=7.0,
                   body={"case_id": "c", "series_uid": "s2", "view": {"window": 10.0}}))
    assert st.followed.compare == {} and "compare" not in st.snapshot()["followed"]
