"""MDT consult at the logic level: a real hub process, three workstations' sessions over real
sockets (one of them behind the emulated cross-border link), real de-identification and transfer."""

from __future__ import annotations

import time

import pydicom
import pytest

from comms.consult import ConsultDirectory, NeedsConfirmation, new_consult_id
from comms.linkemu import PROFILES, LinkEmulator
from workstation.annotations import Annotation, add_op, update_op
from workstation.deid import Deidentifier
from workstation.phantom import write_phantom_series
from helpers import Station, wait_until


@pytest.fixture
def phantom(tmp_path):
    out = tmp_path / "phantom"
    write_phantom_series(out, size=96, slices=24, spacing=(2.0, 2.0, 6.0))
    return sorted(out.glob("*.dcm"))


def test_a_consult_from_agenda_to_conclusion(hub, tmp_path, phantom):
    host, port = hub.address.rsplit("//", 1)[1].rsplit(":", 1)
    coord = Station(hub, tmp_path, "Dr Chen Coordinator", "coordinator", "Guangxi Medical", "CN", "zh")
    lan = Station(hub, tmp_path, "Dr Lan", "specialist", "Bach Mai", "VN", "vi")
    with LinkEmulator(host, int(port), profile=PROFILES["cross-border"], seed=5) as link:
        som = Station(hub, tmp_path, "Dr Somchai", "specialist", "Mahosot", "LA", "lo",
                      via=f"tcp://127.0.0.1:{link.port}")
        stations = [coord, lan, som]
        try:
            for st in stations:
                st.wait_online()
            room = new_consult_id()
            c_s = coord.session(room)
            c_s.create("Liver MDT", time.time() + 3600,
                       agenda=[{"case_id": "case-1", "title": "Liver lesion", "question": "Biopsy or follow-up?",
                                "referring_hospital": "Bach Mai"}],
                       participants=[{"user": s.profile.user_id, "name": s.profile.name,
                                      "hospital": s.profile.hospital} for s in stations],
                       access={"hospitals": ["Bach Mai", "Mahosot"]})  # the other hospitals are invited
            # The others find the consult in the directory and join it.
            directory = ConsultDirectory(lan.client)
            directory.open()
            wait_until(lambda: room in directory.listings, what="directory listing")
            assert directory.listings[room]["title"] == "Liver MDT"
            l_s, s_s = lan.session(room), som.session(room)
            l_s.join()
            s_s.join()
            sessions = [c_s, l_s, s_s]
            wait_until(lambda: all(len([a for a in x.state.attendance.values() if a.present]) == 3 for x in sessions),
                     timeout=30, what="attendance")

            # Dr Lan shares the case: de-identified, chunked upload, announced.
            keys = Deidentifier(lan.dir / "reid.sqlite")
            shared = l_s.share_case("case-1", phantom, keys, title="Liver lesion", question="Biopsy?",
                                    referring_hospital="Bach Mai")
            wait_until(lambda: all(x.state.cases["case-1"].shared for x in sessions), timeout=30, what="shared")
            # Somchai (over the cross-border link) and the coordinator pre-fetch it.
            report = s_s.fetch_case("case-1", som.catalog)
            assert report.imported == len(phantom)
            c_s.fetch_case("case-1", coord.catalog)
            # Nothing identifying reached the others: no original name, ID or UID in what they hold.
            original = pydicom.dcmread(phantom[0], stop_before_pixels=True)
            for path in (som.dir / "catalog").rglob("*.dcm"):
                raw = path.read_bytes()
                for secret in (str(original.PatientName).encode("utf-8"), original.PatientID.encode(),
                               original.StudyInstanceUID.encode(), original.SOPInstanceUID.encode()):
                    assert secret not in raw
            series_uid = shared["series"][0]["series_uid"]
            assert som.catalog.instances(series_uid)

            # The coordinator hands the presenter role to Dr Lan; her view reaches everyone.
            c_s.take_presenter()
            wait_until(lambda: all(x.state.presenter == coord.profile.user_id for x in sessions), what="presenter")
            c_s.hand_over(lan.profile.user_id)
            wait_until(lambda: all(x.state.presenter == lan.profile.user_id for x in sessions), what="handover")
            l_s.publish_view("case-1", series_uid, {"position": [1.0, 2.0, 3.0], "window": 350.0, "level": 45.0})
            l_s.flush_view()
            wait_until(lambda: all(x.state.followed.view.get("window") == 350.0 for x in sessions), timeout=30,
                     what="view followed")
            # A non-presenter's view is refused everywhere.
            s_s.publish_view("case-1", series_uid, {"window": 9999.0})
            s_s.flush_view()
            s_s.chat("Xin chào từ Viêng Chăn", "vi")
            wait_until(lambda: all(len(x.state.chat) == 1 for x in sessions), timeout=30, what="chat")
            assert all(x.state.followed.view["window"] == 350.0 for x in sessions)

            # Two participants annotate at the same time; then both edit the same one.
            p = [-30.0, 0.0, -35.0]
            a1 = Annotation(kind="length", points=[p, [-10.0, 0.0, -35.0]], owner=lan.profile.user_id,
                            series_uid=series_uid)
            a2 = Annotation(kind="arrow", points=[p, [-20.0, 5.0, -35.0]], owner=som.profile.user_id,
                            series_uid=series_uid)
            l_s.annotate("case-1", add_op(a1))
            s_s.annotate("case-1", add_op(a2))
            wait_until(lambda: all(len(x.state.cases["case-1"].annotations) == 2 for x in sessions), timeout=30,
                     what="annotations")
            current = l_s.state.cases["case-1"].annotations.get(a1.id)
            l_s.annotate("case-1", update_op(current, lan.profile.user_id, points=[p, [0.0, 0.0, -35.0]]))
            s_s.annotate("case-1", update_op(current, som.profile.user_id, points=[p, [5.0, 0.0, -35.0]]))  # not his

            # Somchai's link breaks for a while; he comes back and catches up by himself.
            link.reset_all()
            link.cut(3.0)
            c_s.conclude("case-1", findings="Hypodense lesion 2 cm, segment VI", diagnosis="Probable haemangioma",
                         recommendation="MRI with contrast", follow_up="3 months",
                         responsible_clinician="Dr Lan", language="en")
            wait_until(lambda: all(x.state.cases["case-1"].conclusion is not None for x in sessions), timeout=60,
                     what="conclusion")
            # A stale conclusion edit (based on version 0) is refused, not silently applied.
            l_s._publish("consult.conclusion", {"case_id": "case-1", "base_version": 0, "diagnosis": "Metastasis",
                                                "language": "vi"})
            c_s.end()
            wait_until(lambda: all(x.state.ended for x in sessions), timeout=60, what="ended")
            wait_until(lambda: len({x.state.digest() for x in sessions}) == 1, timeout=60, what="same state")
            final = c_s.state.cases["case-1"]
            assert final.conclusion.diagnosis == "Probable haemangioma" and final.conclusion.version == 1
            assert final.annotations.get(a1.id).points[1] == (0.0, 0.0, -35.0)  # the owner's edit won
            assert final.annotations.get(a1.id).version == 2
            assert all(not a.present for a in c_s.state.attendance.values())  # attendance closed at the end

            # A late joiner (a new workstation session on the coordinator's machine) reaches the same state.
            again = coord.session(room)
            wait_until(lambda: again.state.digest() == c_s.state.digest(), what="late joiner")
        finally:
            for st in stations:
                st.stop()


def test_burned_in_images_are_held_until_confirmed(hub, tmp_path):
    import deid_data

    from pathlib import Path

    us = [p for p in Path(deid_data.__path__[0]).rglob("*") if p.is_file() and p.suffix in ("", ".dcm")]
    flagged = []
    for p in us:
        try:
            ds = pydicom.dcmread(p, stop_before_pixels=True)
        except Exception:
            continue
        if str(ds.get("BurnedInAnnotation", "")).upper() == "YES":
            flagged.append(p)
    assert flagged, "deid_data ships images flagged with burned-in annotation"
    lan = Station(hub, tmp_path, "Dr Lan", "specialist", "Bach Mai", "VN", "vi")
    try:
        wait_until(lambda: lan.client.state == "online", what="online")
        room = new_consult_id()
        s = lan.session(room)
        s.create("US review", time.time(), agenda=[{"case_id": "c", "title": "US"}], participants=[])
        keys = Deidentifier(lan.dir / "reid.sqlite")
        with pytest.raises(NeedsConfirmation) as held:
            s.share_case("c", flagged[:1], keys, title="US", question="?", referring_hospital="Bach Mai")
        assert held.value.held and "burned" in held.value.held[0].reason.lower()
        wait_until(lambda: s.state.cases.get("c") is not None, what="agenda")
        assert not s.state.cases["c"].shared  # nothing left the workstation
        sop = str(pydicom.dcmread(flagged[0], stop_before_pixels=True).SOPInstanceUID)
        s.share_case("c", flagged[:1], keys, title="US", question="?", referring_hospital="Bach Mai", confirmed={sop})
        wait_until(lambda: s.state.cases["c"].shared, timeout=30, what="shared after confirmation")
    finally:
        lan.stop()
