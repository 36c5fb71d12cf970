"""The presenter's volume of a 4-D series travels in an MDT consult, at the session level: a real
hub process, two workstations over real sockets. The case is a real GE fMRI (10 volumes of 15
slices, de-identified on sharing); the presenter moves to volume 7, the follower's state says so
and its own copy of the series gives the same pixels for that volume."""

from __future__ import annotations

import time
from pathlib import Path

import msgspec
import numpy as np

from comms.consult import new_consult_id
from workstation.consult import MAX_VOLUMES, ConsultState, Event
from workstation.deid import Deidentifier
from workstation.dicom.assemble import load_series_from_catalog
from workstation.dicom.multivolume import multivolume_of
from helpers import Station, wait_until

GE_FMRI = Path(__file__).resolve().parent / "data" / "multivolume" / "ge-fmri-10vol"


def test_the_presenters_4d_volume_reaches_the_follower(hub, tmp_path):
    chen = Station(hub, tmp_path, "Dr Chen", "coordinator", "Bach Mai")
    lan = Station(hub, tmp_path, "Dr Lan", "specialist", "Cho Ray")
    try:
        for st in (chen, lan):
            st.wait_online()
        room = new_consult_id()
        c_s = chen.session(room)
        # Dr Lan works at another hospital: the coordinator invites her (per-case access), and she
        # joins the room once it exists (a join that arrived first would create a room of her own)
        c_s.create("fMRI MDT", time.time(), agenda=[{"case_id": "case-1", "title": "fMRI"}],
                   participants=[{"user": s.profile.user_id, "name": s.profile.name} for s in (chen, lan)],
                   access={"users": [lan.profile.user_id]})
        wait_until(lambda: chen.client.room_role(room) is not None, what="the consult created")
        l_s = lan.session(room)
        l_s.join()
        sessions = (c_s, l_s)
        wait_until(lambda: all(len([a for a in x.state.attendance.values() if a.present]) == 2 for x in sessions),
                 what="attendance")
        with Deidentifier(chen.dir / "reid.sqlite") as keys:
            shared = c_s.share_case("case-1", sorted(GE_FMRI.glob("*.dcm")), keys, title="fMRI",
                                    question="Activation?", referring_hospital="Bach Mai", catalog=chen.catalog)
        (series_uid,) = [s["series_uid"] for s in shared["series"]]
        wait_until(lambda: l_s.state.cases["case-1"].shared, what="shared")
        assert l_s.fetch_case("case-1", lan.catalog).imported == 150

        c_s.take_presenter()
        wait_until(lambda: all(x.state.presenter == chen.profile.user_id for x in sessions), what="presenter")
        c_s.publish_view("case-1", series_uid, {"window": 8000.0, "level": 4000.0})
        c_s.flush_view()
        wait_until(lambda: l_s.state.followed.view.get("window") == 8000.0, what="first view")
        assert l_s.state.followed.volume == 0  # never sent: the first volume

        # the presenter moves the volume slider to volume 7 (index)
        c_s.publish_view("case-1", series_uid, {}, volume=7)
        c_s.flush_view()
        wait_until(lambda: l_s.state.followed.volume == 7, what="volume followed")
        # the follower's own copy: volume 7 has the same pixels as the presenter's volume 7
        mine = multivolume_of(load_series_from_catalog(chen.catalog, series_uid)[0])
        theirs = multivolume_of(load_series_from_catalog(lan.catalog, series_uid)[0])
        assert len(mine) == len(theirs) == 10
        np.testing.assert_array_equal(theirs.volume(7).array, mine.volume(7).array)
        assert not np.array_equal(theirs.volume(7).array, theirs.volume(0).array)

        # a plain view change keeps the volume; hostile indices are refused on every replica
        c_s.publish_view("case-1", series_uid, {"zoom": 2.0})
        c_s.flush_view()
        wait_until(lambda: l_s.state.followed.view.get("zoom") == 2.0, what="zoom")
        assert l_s.state.followed.volume == 7
        for bad in (-1, MAX_VOLUMES + 1):
            seq = l_s.state.last_seq
            c_s.publish_view("case-1", series_uid, {"zoom": 3.0}, volume=bad)
            c_s.flush_view()
            wait_until(lambda seq=seq: l_s.state.last_seq > seq, what="refusal")
            assert l_s.state.followed.volume == 7 and l_s.state.followed.view["zoom"] == 2.0
        seq = l_s.state.last_seq
        c_s._publish("consult.view", {"case_id": "case-1", "series_uid": series_uid, "view": {}, "volume": "7"})
        wait_until(lambda: l_s.state.last_seq > seq, what="refusal of a text volume")
        assert l_s.state.followed.volume == 7
        wait_until(lambda: c_s.state.last_seq == l_s.state.last_seq, what="same log")
        assert c_s.state.digest() == l_s.state.digest()
        for s in sessions:
            s.close()
    finally:
        for st in (chen, lan):
            st.client.stop()


def test_views_without_a_volume_keep_their_snapshot_and_digest():
    """Older presenters never send ``volume``: the same log gives the same snapshot as before (no
    ``volume`` key); a volume survives snapshot/restore and does not carry over to another series."""
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
        assert st.apply(Event(seq=seq, sender=sender, kind=kind, body=body, time=float(seq))), st.last_reason
    snap = st.snapshot()
    assert "volume" not in snap["followed"] and st.followed.volume == 0
    before = st.digest()
    assert st.apply(Event(seq=6, sender="u1", kind="consult.view", time=6.0,
                          body={"case_id": "c", "series_uid": "s1", "view": {}, "volume": 4}))
    assert st.followed.volume == 4 and st.snapshot()["followed"]["volume"] == 4 and st.digest() != before
    again = ConsultState.from_snapshot(msgspec.json.decode(msgspec.json.encode(st.snapshot())))
    assert again.followed.volume == 4 and again.digest() == st.digest()
    assert st.apply(Event(seq=7, sender="u1", kind="consult.view", time=7.0,
                          body={"case_id": "c", "series_uid": "s2", "view": {"window": 10.0}}))
    assert st.followed.volume == 0 and "volume" not in st.snapshot()["followed"]
