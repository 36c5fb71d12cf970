"""Referrals end to end through a real hub process, driven the way hospital scripts drive them: the
``python -m workstation referral ...`` CLI of three workstations (the referring hospital, a consultant
of the hub hospital, a specialist who is not a consultant), each with its own SILKBRIDGE_HOME; and the
outbox of a workstation whose link drops during the upload."""

from __future__ import annotations

import json
import os
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

import pydicom
import pytest

from comms.enrol import write_bundle
from dciodvfy import errors as dciodvfy_errors
from dicom_fixtures import decubitus_dir
from helpers import wait_for

PYTHON = sys.executable
REAL_NAME = "NGUYEN^THI MAI"
REAL_ID = "HN-4711-ZX"


def patient_series(dest: Path) -> tuple[Path, set[str]]:
    """The decubitus HFS MR series as a patient of the referring hospital; its original UIDs."""
    shutil.copytree(decubitus_dir("HFS"), dest)
    uids = set()
    for f in sorted(dest.iterdir()):
        ds = pydicom.dcmread(f)
        ds.PatientName, ds.PatientID = REAL_NAME, REAL_ID
        uids |= {str(ds.StudyInstanceUID), str(ds.SeriesInstanceUID), str(ds.SOPInstanceUID)}
        ds.save_as(f)
    return dest, uids


class Station:
    """One workstation: its own SILKBRIDGE_HOME, enrolled with the CLI as the wizard would."""

    def __init__(self, hub, tmp_path: Path, name: str, hospital: str, language: str = "en",
                 role: str = "specialist", consultant_for=()):
        self.bundle = hub.enrol(name, role=role, hospital=hospital, language=language,
                                consultant_for=consultant_for)
        self.home = tmp_path / f"home-{self.bundle['user_id']}"
        self.home.mkdir()
        path = write_bundle(self.bundle, tmp_path / f"{self.bundle['user_id']}.json")
        r = self.run("enrolment", "import", str(path))
        assert r.returncode == 0, r.stderr
        assert json.loads(r.stdout)["enrolled"] == self.bundle["user_id"]

    def run(self, *args, timeout: float = 180.0) -> subprocess.CompletedProcess:
        env = {**os.environ, "SILKBRIDGE_HOME": str(self.home)}
        return subprocess.run([PYTHON, "-m", "workstation", *args], env=env, capture_output=True, text=True,
                              timeout=timeout)

    def ok(self, *args) -> dict:
        r = self.run("referral", *args, "--json")
        assert r.returncode == 0, f"referral {args[0]}: exit {r.returncode}: {r.stderr}"
        return json.loads(r.stdout)


def test_referral_from_partner_hospital_to_consultant_and_back(hub, tmp_path):
    series, original_uids = patient_series(tmp_path / "patient-mr")
    note = tmp_path / "clinical-note.pdf"
    note.write_bytes(b"%PDF-1.4\n% referral letter (de-identified by the sender)\n%%EOF\n")
    referrer = Station(hub, tmp_path, "Dr Tran", "Bach Mai Hospital", language="vi")
    consultant = Station(hub, tmp_path, "Dr Li Wei", "Hub University Hospital", language="zh-Hans",
                         consultant_for="radiology,oncology")
    outsider = Station(hub, tmp_path, "Dr Outsider", "Hub University Hospital")
    coordinator = Station(hub, tmp_path, "Coordinator Ha", "Hub University Hospital", role="coordinator")

    # -- the referring hospital sends it: printed once the hub holds it and the study arrived
    sent = referrer.ok("send", "--to", "Radiology", "--urgency", "urgent", "--question",
                       "Lesion in the left hemisphere: tumour or abscess?", "--history", "Fever 2 weeks",
                       "--language", "vi", "--attach", str(note), str(series))
    rid = sent["referral"]
    assert rid.startswith("referral-") and sent["status"] == "received" and sent["urgency"] == "urgent"
    assert sent["pseudonym"] and REAL_ID not in sent["pseudonym"]

    # -- the consultant's worklist has it, with the time left to the 24 h urgent target
    work = consultant.ok("list")["referrals"]
    (row,) = [r for r in work if r["referral"] == rid]
    assert row["status"] == "received" and row["specialty"] == "radiology" and not row["overdue"]
    assert 23 * 3600 < row["time_left_s"] <= 24 * 3600
    assert rid in [r["referral"] for r in coordinator.ok("list")["referrals"]]  # the coordinator sees it too

    # -- a specialist who is no consultant of radiology sees nothing and can do nothing
    assert outsider.ok("list")["referrals"] == []
    r = outsider.run("referral", "--timeout", "20", "show", rid)
    assert r.returncode == 4 and "not invited" in r.stderr
    r = outsider.run("referral", "--timeout", "20", "claim", rid)
    assert r.returncode == 4

    # -- the referrer cannot claim their own referral (the hub refuses: not a consultant)
    r = referrer.run("referral", "claim", rid)
    assert r.returncode == 4 and "consultant" in r.stderr

    # -- the consultant claims it; the referrer sees "claimed"; a second claim is refused
    assert consultant.ok("claim", rid)["status"] == "claimed"
    (mine,) = [r for r in referrer.ok("list")["referrals"] if r["referral"] == rid]
    assert mine["status"] == "claimed" and mine["claimed_by"] == consultant.bundle["user_id"]

    # -- the consultant downloads the study: de-identified, with the attachment
    fetched = consultant.ok("fetch", rid)
    files = sorted(Path(fetched["study"]).iterdir())
    assert len(files) == 35
    ds = pydicom.dcmread(files[0])
    assert str(ds.PatientName) != REAL_NAME and str(ds.PatientID) != REAL_ID
    assert str(ds.StudyInstanceUID) not in original_uids
    assert [Path(p).name for p in fetched["attachments"]] == ["clinical-note.pdf"]

    # -- a question back and forth, then the report in Vietnamese (the referrer's language) with the
    # consultant's Chinese kept, signed
    consultant.ok("message", rid, "Có phim CT trước đó không?")
    referrer.ok("message", rid, "Không, đây là lần chụp đầu tiên.")
    draft = consultant.ok("report", rid, "--findings", "Khối 2 cm thùy thái dương trái",
                          "--impression", "Nghĩ nhiều áp xe não")
    assert draft["status"] == "claimed"
    # the consultant measured the lesion (patient mm, on the de-identified series): a 30 mm length
    mid = pydicom.dcmread(files[17])
    origin = [float(v) for v in mid.ImagePositionPatient]
    row = [float(v) for v in mid.ImageOrientationPatient[:3]]
    col = [float(v) for v in mid.ImageOrientationPatient[3:]]
    p0 = [o + 60 * r + 60 * c for o, r, c in zip(origin, row, col)]
    p1 = [a + 30 * r for a, r in zip(p0, row)]
    measurements = tmp_path / "measurements.json"
    measurements.write_text(json.dumps([{"kind": "length", "points": [p0, p1], "id": "lesion-1",
                                         "series_uid": str(mid.SeriesInstanceUID)}]))
    signed = consultant.ok("report", rid, "--findings", "Khối 2 cm thùy thái dương trái, viền ngấm thuốc",
                           "--impression", "Nghĩ nhiều áp xe não", "--recommendation", "Chụp MRI khuếch tán",
                           "--original-language", "zh-Hans", "--original-findings", "左颞叶2厘米环形强化病灶",
                           "--original-impression", "考虑脑脓肿", "--measurements", str(measurements), "--sign")
    assert signed["status"] == "reported"
    r = consultant.run("referral", "report", rid, "--findings", "x", "--impression", "y")
    assert r.returncode == 4 and "signed" in r.stderr  # a signed report never changes

    # -- back at the referring hospital: the report, with the real name restored only there
    shown = referrer.ok("show", rid)
    assert shown["status"] == "reported" and shown["patient_name"] == REAL_NAME and shown["patient_id"] == REAL_ID
    assert shown["report"]["language"] == "vi" and shown["report"]["original"]["impression"] == "考虑脑脓肿"
    assert [s["status"] for s in shown["timeline"] if s["status"] not in ("message", "draft")] == \
        ["sent", "received", "claimed", "reported"]
    assert [m["text"] for m in shown["messages"]][1] == "Không, đây là lần chụp đầu tiên."
    theirs = consultant.ok("show", rid)
    assert theirs["patient_name"] is None and theirs["report"]["signed"]

    exported = referrer.ok("export", rid, str(tmp_path / "out"))
    text = subprocess.run(["pdftotext", "-layout", exported["pdf"], "-"], capture_output=True, text=True,
                          check=True).stdout
    assert REAL_NAME in text and "Nghĩ nhiều áp xe não" in text and "考虑脑脓肿" in text
    # the measurements as TID 1500 SR and the key images as KOS, into the patient's own record
    sr_path, kos_path = map(Path, exported["dicom"])
    for path in (sr_path, kos_path):
        assert dciodvfy_errors(path) == [], path.name
        ds = pydicom.dcmread(path)
        assert str(ds.PatientName) == REAL_NAME and ds.PatientID == REAL_ID
        assert str(ds.StudyInstanceUID) in original_uids
    sr = pydicom.dcmread(sr_path)
    assert sr.ContentTemplateSequence[0].TemplateIdentifier == "1500"
    referenced = {str(i.ReferencedSOPInstanceUID) for i in
                  pydicom.dcmread(kos_path).CurrentRequestedProcedureEvidenceSequence[0]
                  .ReferencedSeriesSequence[0].ReferencedSOPSequence}
    assert referenced and referenced <= original_uids
    theirs = consultant.ok("export", rid, str(tmp_path / "theirs"))
    their_text = subprocess.run(["pdftotext", theirs["pdf"], "-"], capture_output=True, text=True,
                                check=True).stdout
    assert REAL_NAME not in their_text and sent["pseudonym"] in their_text
    their_sr = pydicom.dcmread(theirs["dicom"][0])
    assert str(their_sr.PatientName) == sent["pseudonym"] and str(their_sr.StudyInstanceUID) not in original_uids

    assert referrer.ok("ack", rid)["status"] == "acknowledged"
    (done,) = [r for r in consultant.ok("list")["referrals"] if r["referral"] == rid]
    assert done["status"] == "acknowledged" and done["time_left_s"] is None

    # -- the hub holds no identifying value: not the name, the ID, nor any original UID
    for path in hub.data_dir.rglob("*"):
        if path.is_file():
            data = path.read_bytes()
            for secret in (REAL_NAME, REAL_NAME.replace("^", " "), REAL_ID, *original_uids):
                assert secret.encode() not in data, f"{secret} found in the hub's {path.relative_to(hub.data_dir)}"

    # -- every view and download is audited
    db = sqlite3.connect(hub.data_dir / "hub.sqlite")
    rows = db.execute("SELECT user, action, detail FROM audit").fetchall()
    joins = {u for u, a, d in rows if a == "join" and rid in d}
    assert {consultant.bundle["user_id"], referrer.bundle["user_id"]} <= joins
    assert any(a.startswith("blob.download") and u == consultant.bundle["user_id"] for u, a, d in rows)
    assert any(a == "refused" and u == outsider.bundle["user_id"] and rid in d for u, a, d in rows)


def test_offline_composed_referral_waits_then_goes(hub, tmp_path):
    series, _ = patient_series(tmp_path / "patient-mr")
    consultant = Station(hub, tmp_path, "Dr Ma", "Hub University Hospital", consultant_for="neurology")
    referrer = Station(hub, tmp_path, "Dr Souk", "Mahosot Hospital")
    hub.stop()  # the link is down while the referral is written
    composed = referrer.ok("send", "--offline", "--to", "neurology", "--question", "Stroke?", str(series))
    assert composed["status"] == "composed"
    r = referrer.run("referral", "--timeout", "3", "flush")
    assert r.returncode == 3 and "cannot reach the hub" in r.stderr  # bounded wait, clear error, kept
    hub.start()
    flushed = referrer.ok("flush")
    assert flushed["sent"] == [composed["referral"]]
    (row,) = consultant.ok("list")["referrals"]
    assert row["referral"] == composed["referral"] and row["status"] == "received"
    assert referrer.ok("flush")["sent"] == []  # nothing sent twice


def test_link_drop_during_upload_resumes(hub, tmp_path):
    """The referral's study upload survives resets of both the link and the bulk socket half way."""
    from comms.client import LinkClient
    from comms.consult import Profile
    from comms.linkemu import PROFILES, LinkEmulator
    from comms.referrals import ReferralOutbox

    series, _ = patient_series(tmp_path / "patient-mr")
    consultant = hub.enrol("Dr Kim", hospital="Hub University Hospital", consultant_for="radiology")
    referrer = hub.enrol("Dr Phan", hospital="Cho Ray Hospital")
    probe = LinkClient(referrer, tmp_path / "probe").start()
    assert wait_for(lambda: probe.services.get("blob"), 10)
    blob_port = int(probe.services["blob"].rsplit(":", 1)[1])
    probe.stop()
    hub_port = int(hub.address.rsplit(":", 1)[1])
    with LinkEmulator("127.0.0.1", hub_port, profile=PROFILES["loopback"], seed=1) as link_emu, \
            LinkEmulator("127.0.0.1", blob_port, profile=PROFILES["cross-border"], seed=2) as blob_emu:
        bundle = {**referrer, "hub_address": f"tcp://127.0.0.1:{link_emu.port}"}
        client = LinkClient(bundle, tmp_path / "link").start()
        try:
            outbox = ReferralOutbox(client, Profile.from_bundle(bundle), tmp_path / "work", tmp_path / "keys.sqlite",
                                    blob_address=f"tcp://127.0.0.1:{blob_emu.port}")
            room = outbox.compose([series], specialty="radiology", question="Mass?", urgency="emergency")
            fired = []

            def drop_half_way(done, total, label=""):
                if done >= total / 2 and not fired:
                    fired.append(blob_emu.reset_all() + link_emu.reset_all())

            session = outbox.send(room, timeout=120, progress=drop_half_way)
            assert fired and fired[0] >= 1
            assert session.state.status == "received"
            assert outbox.pending() == []
        finally:
            client.stop()
    watcher = LinkClient(consultant, tmp_path / "consultant").start()
    try:
        from comms.referrals import ReferralDirectory

        d = ReferralDirectory(watcher)
        d.open()
        assert wait_for(lambda: room in d.worklist.rows_by_room, 20)
        assert d.worklist.rows_by_room[room].urgency == "emergency"
        d.close()
    finally:
        watcher.stop()


@pytest.mark.parametrize("bad", [["--urgency", "whenever"], ["--to", ""], ["--question", "x" * 20_001],
                                 ["--attach", "no-such-letter.pdf"]])
def test_bad_requests_exit_2_and_keep_nothing(hub, tmp_path, bad):
    series, _ = patient_series(tmp_path / "patient-mr")
    referrer = Station(hub, tmp_path, "Dr Bad", "Somewhere")
    args = ["referral", "send", "--to", "radiology", "--question", "q", *bad, str(series)]
    r = referrer.run(*args)
    assert r.returncode == 2, r.stderr
    outbox = referrer.home / "consults" / "referral-outbox"
    assert not outbox.exists() or not any(outbox.iterdir())


def test_unknown_referral_and_unreachable_hub_say_why(hub, tmp_path):
    someone = Station(hub, tmp_path, "Dr Who", "Somewhere", consultant_for="radiology")
    r = someone.run("referral", "show", "referral-000000000000")
    assert r.returncode == 2 and "no referral" in r.stderr
    r = someone.run("referral", "show", "consult-abc")
    assert r.returncode == 2 and "not a referral id" in r.stderr
    hub.stop()
    r = someone.run("referral", "--timeout", "2", "list")
    assert r.returncode == 3 and "cannot reach the hub" in r.stderr


def test_discuss_in_mdt_puts_the_referral_on_a_consult_agenda(hub, tmp_path):
    """A coordinator turns a reported referral into a consult case: same images, question and report."""
    from comms.client import LinkClient
    from comms.consult import ConsultSession, Profile, new_consult_id
    from comms.referrals import ReferralSession
    from workstation.dicom.catalog import Catalog

    series, _ = patient_series(tmp_path / "patient-mr")
    referrer = Station(hub, tmp_path, "Dr Tran", "Bach Mai Hospital")
    consultant = Station(hub, tmp_path, "Dr Li", "Hub University Hospital", consultant_for="radiology")
    rid = referrer.ok("send", "--to", "radiology", "--question", "Abscess?", str(series))["referral"]
    consultant.ok("claim", rid)
    consultant.ok("report", rid, "--findings", "Ring lesion", "--impression", "Abscess likely", "--sign")

    coordinator = hub.enrol("Coordinator Ha", role="coordinator", hospital="Hub University Hospital")
    member = hub.enrol("Dr Member", hospital="Bach Mai Hospital")
    started = []
    try:
        c = LinkClient(coordinator, tmp_path / "coord").start()
        started.append(c)
        assert wait_for(lambda: c.state == "online", 20)
        referral = ReferralSession(c, rid, Profile.from_bundle(coordinator), tmp_path / "coord-work")
        referral.wait_joined()
        assert wait_for(lambda: referral.state.status == "reported", 20)
        room = new_consult_id()
        consult = ConsultSession(c, room, Profile.from_bundle(coordinator), tmp_path / "coord-consult")
        consult.create("Tumour board", 0.0, [referral.to_agenda_item()], [],
                       access={"hospitals": ["Bach Mai Hospital"]})
        body = referral.discuss_in_mdt(consult)
        assert body["blob_id"] == referral.state.study.blob_id  # one copy at the hub
        assert wait_for(lambda: referral.state.mdt and referral.state.mdt[0]["consult"] == room, 20)

        m = LinkClient(member, tmp_path / "member").start()
        started.append(m)
        other = ConsultSession(m, room, Profile.from_bundle(member), tmp_path / "member-consult")
        other.join()
        assert wait_for(lambda: rid in other.state.cases and other.state.cases[rid].shared, 20)
        case = other.state.cases[rid]
        assert "Abscess likely" in case.question and case.pseudonym == referral.state.study.pseudonym
        catalog = Catalog(tmp_path / "member-catalog")
        other.fetch_case(rid, catalog)
        (study,) = catalog.studies("")
        assert sum(s.n_images for s in catalog.series(study.study_uid)) == 35
    finally:
        for x in reversed(started):
            x.stop()
    shown = referrer.ok("show", rid)
    assert shown["mdt"][0]["consult"] == room and shown["mdt"][0]["title"] == "Tumour board"
