"""The hub keeps the shared studies in a real Orthanc (Debian ``orthanc``, loopback only) when its
hub.toml has an ``[archive]``; the blob store stays the default and the transfer cache.

Each test runs a real hub process (``python -m workstation hub``), enrols a member who uploads a
de-identified study through the blob service exactly as a consult shares it, and looks at what
the archive holds and what the hub recorded and audited.
"""

from __future__ import annotations

import json
import subprocess
import sys
import zipfile
from pathlib import Path

import pydicom
import pytest

from comms.archive import ArchiveConfig, ArchiveConfigError, Archiver
from comms.blobs import BlobClient
from comms.client import LinkClient
from comms.hub import DEFAULT_CONFIG
from comms.local import start_local_hub
from comms.store import Store
from helpers import wait_for
from orthanc_helpers import HFS_DIR, LocalOrthanc, orthanc  # noqa: F401 - fixture
from workstation.deid import Deidentifier
from workstation.dicom.pacs import find

ROOM = "consult-archive"
HFS_FILES = sorted(HFS_DIR.rglob("*.dcm"))
HUB_AE = "SILKBRIDGE-HUB"


def hub_with_archive(data_dir: Path, archive: dict | None):
    data_dir.mkdir(parents=True, exist_ok=True)
    text = DEFAULT_CONFIG
    if archive is not None:
        text += "\n[archive]\n" + "".join(f"{k} = {json.dumps(v)}\n" for k, v in archive.items())
    (data_dir / "hub.toml").write_text(text)
    return start_local_hub(data_dir)


def share(hub, tmp_path, members: list, extra: dict[str, bytes] | None = None) -> tuple[str, str]:
    """A specialist de-identifies the HFS series, zips it and uploads it into a consult room, as
    ``ConsultSession.share_case`` does. Returns (blob sha256, the pseudonymised study UID)."""
    bundle = hub.enrol(f"Dr Archive {len(members)}", "specialist")
    link = LinkClient(bundle, tmp_path / f"link-{bundle['user_id']}").start()
    members.append(link)
    assert wait_for(lambda: link.services.get("blob"), 10)
    link.join(ROOM)
    assert wait_for(lambda: link.room_role(ROOM) is not None, 10)
    out = tmp_path / f"deid-{len(members)}"
    report = Deidentifier(tmp_path / "keys.json").deidentify_files(HFS_FILES, out)
    assert len(report.written) == len(HFS_FILES)
    archive = tmp_path / f"case-{len(members)}.zip"
    with zipfile.ZipFile(archive, "w", zipfile.ZIP_STORED) as zf:
        for w in report.written:
            zf.write(w.output, arcname=w.output.name)
        for name, data in (extra or {}).items():
            zf.writestr(name, data)
    sha = BlobClient(bundle, link.services["blob"]).upload(archive, ROOM)
    study = str(pydicom.dcmread(report.written[0].output, stop_before_pixels=True).StudyInstanceUID)
    return sha, study


def audit(hub, action: str) -> list[dict]:
    store = Store(hub.data_dir)
    try:
        return [dict(e, detail=json.loads(e["detail"])) for e in store.audit_entries(action)]
    finally:
        store.close()


def archive_rows(hub) -> dict[str, tuple]:
    store = Store(hub.data_dir)
    try:
        tables = {r[0] for r in store.db.execute("SELECT name FROM sqlite_master WHERE type='table'")}
        if "archive" not in tables:
            return {}
        return {r[0]: r[1:] for r in store.db.execute(
            "SELECT sha256, state, instances, stored, refused, attempts, detail FROM archive")}
    finally:
        store.close()


@pytest.fixture
def members():
    started: list[LinkClient] = []
    yield started
    for link in started:
        link.stop()


@pytest.mark.parametrize("protocol", ["dicomweb", "dimse"])
def test_a_shared_study_is_kept_in_orthanc(orthanc, tmp_path, members, protocol):
    archive = {"kind": "orthanc", "poll_s": 0.2}
    if protocol == "dicomweb":
        archive["url"] = orthanc.dicomweb
    else:  # C-STORE: the hub is a known modality of the archive
        archive.update(protocol="dimse", ae_title=orthanc.aet, host="127.0.0.1", port=orthanc.dicom_port,
                       calling_ae="SILKBRIDGE")
    hub = hub_with_archive(tmp_path / "hub", archive)
    try:
        sha, study = share(hub, tmp_path, members)
        assert wait_for(lambda: archive_rows(hub).get(sha, ("",))[0] == "stored", 60), archive_rows(hub)
        state, instances, stored, refused, attempts, detail = archive_rows(hub)[sha]
        assert (instances, stored, refused, attempts) == (len(HFS_FILES), len(HFS_FILES), 0, 1)
        assert f"{len(HFS_FILES)} instance(s) stored" in detail

        # the hospital's PACS now holds the shared study, de-identified, under its new UIDs
        (found,) = find(orthanc.node(), "study", {"StudyInstanceUID": study})
        assert found["NumberOfStudyRelatedInstances"] == str(len(HFS_FILES))
        assert found["PatientName"] != "HFS" and found["PatientID"] != "crlab"
        assert orthanc.study_uids() == {study}
        (entry,) = audit(hub, "archive.stored")
        assert entry["detail"]["sha256"] == sha and entry["detail"]["stored"] == len(HFS_FILES)

        # the blob store is still where workstations fetch the study from
        assert (hub.data_dir / "blobs" / sha).exists()
    finally:
        hub.stop()


def test_the_embedded_blob_store_stays_the_default(tmp_path, members):
    hub = hub_with_archive(tmp_path / "hub", None)
    try:
        sha, _ = share(hub, tmp_path, members)
        assert (hub.data_dir / "blobs" / sha).exists()
        assert archive_rows(hub) == {} and audit(hub, "archive.%") == []
    finally:
        hub.stop()


def test_an_archive_that_is_down_is_retried_and_the_hub_carries_on(tmp_path, members):
    orthanc_server = LocalOrthanc(tmp_path / "orthanc")  # configured, not started yet
    hub = hub_with_archive(tmp_path / "hub", {"kind": "orthanc", "url": orthanc_server.dicomweb, "poll_s": 0.2,
                                              "retry_min_s": 0.5, "retry_max_s": 1.0, "timeout": 5})
    try:
        sha, study = share(hub, tmp_path, members)
        assert wait_for(lambda: archive_rows(hub).get(sha, ("",))[0] == "pending", 30), archive_rows(hub)
        detail = archive_rows(hub)[sha][-1]
        assert "connection refused" in detail and "retry in" in detail
        retry = audit(hub, "archive.retry")[0]["detail"]
        assert retry["sha256"] == sha and "connection refused" in retry["detail"]
        # the hub still works meanwhile: another study is shared through it
        sha2, _ = share(hub, tmp_path, members, extra={"README.txt": b"shared with the MDT"})
        assert (hub.data_dir / "blobs" / sha2).exists()

        orthanc_server.start()
        try:
            assert wait_for(lambda: [archive_rows(hub).get(x, ("",))[0] for x in (sha, sha2)] == ["stored"] * 2,
                            60), archive_rows(hub)
            assert archive_rows(hub)[sha][4] >= 2  # attempts
            assert "1 non-DICOM file(s) not archived" in archive_rows(hub)[sha2][-1]
            assert study in orthanc_server.study_uids()
            # the same study shared twice (same key store: same pseudonymous UIDs) is kept once
            assert orthanc_server.instance_count() == len(HFS_FILES)
        finally:
            orthanc_server.stop()
    finally:
        hub.stop()


def test_a_blob_without_dicom_and_instances_the_archive_refuses_are_recorded(orthanc, tmp_path, members):
    hub = hub_with_archive(tmp_path / "hub", {"kind": "orthanc", "protocol": "dimse", "ae_title": orthanc.aet,
                                              "port": orthanc.dicom_port, "calling_ae": "SILKBRIDGE",
                                              "poll_s": 0.2, "retry_min_s": 60})
    try:
        # a shared zip with no DICOM in it
        bundle = hub.enrol("Dr Notes", "specialist")
        link = LinkClient(bundle, tmp_path / "link-notes").start()
        members.append(link)
        assert wait_for(lambda: link.services.get("blob"), 10)
        link.join(ROOM)
        assert wait_for(lambda: link.room_role(ROOM) is not None, 10)
        notes = tmp_path / "notes.zip"
        with zipfile.ZipFile(notes, "w") as zf:
            zf.writestr("notes.txt", "no images")
        sha_notes = BlobClient(bundle, link.services["blob"]).upload(notes, ROOM)

        # a study with one instance of a SOP class the archive does not take
        odd = pydicom.dcmread(HFS_FILES[0])
        odd.SOPClassUID = odd.file_meta.MediaStorageSOPClassUID = "1.2.826.0.1.3680043.8.498.99999.1"
        odd.SOPInstanceUID = odd.file_meta.MediaStorageSOPInstanceUID = pydicom.uid.generate_uid()
        buf = tmp_path / "odd.dcm"
        odd.save_as(buf)
        sha, _ = share(hub, tmp_path, members, extra={"odd.dcm": buf.read_bytes()})

        assert wait_for(lambda: {sha, sha_notes} <= set(archive_rows(hub)), 60), archive_rows(hub)
        state, instances, stored, refused, attempts, detail = archive_rows(hub)[sha]
        assert (state, instances, stored, refused) == ("partial", len(HFS_FILES) + 1, len(HFS_FILES), 1)
        assert "does not accept SOP class 1.2.826.0.1.3680043.8.498.99999.1" in detail
        state, *_, detail = archive_rows(hub)[sha_notes]
        assert state == "failed" and "holds no DICOM instance (1 other file(s))" in detail
        assert [e["detail"]["sha256"] for e in audit(hub, "archive.failed")] == [sha_notes]
        assert [e["detail"]["sha256"] for e in audit(hub, "archive.partial")] == [sha]
    finally:
        hub.stop()


def test_a_bad_archive_setting_stops_the_hub_with_its_reason(tmp_path):
    data = tmp_path / "hub"
    data.mkdir()
    (data / "hub.toml").write_text(DEFAULT_CONFIG + '\n[archive]\nkind = "orthanc"\nurl = "ftp://pacs/dicom-web"\n')
    proc = subprocess.run([sys.executable, "-m", "workstation", "hub", "--data", str(data), "--bind",
                           "tcp://127.0.0.1:0"], capture_output=True, text=True, timeout=60,
                          cwd=Path(__file__).resolve().parent.parent)
    assert proc.returncode != 0
    assert "[archive]" in proc.stderr and "must be an http:// or https:// address" in proc.stderr

    with pytest.raises(ArchiveConfigError, match="set url .* or ae_title"):
        ArchiveConfig.from_dict({"kind": "orthanc"})
    with pytest.raises(ArchiveConfigError, match="unknown setting"):
        ArchiveConfig.from_dict({"kind": "orthanc", "url": "http://x/dicom-web", "bucket": "b"})
    with pytest.raises(ArchiveConfigError, match="no Archiver runs"):
        Archiver(tmp_path, {})
