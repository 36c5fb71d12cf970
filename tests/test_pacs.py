"""Query/retrieve/store against a real Orthanc (Debian ``orthanc``, loopback only, own storage).

What a reading room gets: searches at each level, a study or series in the catalog (by C-GET,
C-MOVE to our storage SCP, or WADO-RS), our SR and key images on the PACS; and, when the PACS
answers badly (association rejected, no answer, stopped, some instances failing, cancel), a clear
message and a catalog that holds only complete instances.
"""

from __future__ import annotations

import json
import signal
import socket
import threading

import numpy as np
import pydicom
import pytest
from pydicom.uid import ExplicitVRLittleEndian, generate_uid

from orthanc_helpers import HFS_DIR, LocalOrthanc, free_port, loaded_orthanc, orthanc  # noqa: F401 - fixtures
from workstation.dicom.assemble import load_series_from_catalog
from workstation.dicom.catalog import Catalog
from workstation.dicom.pacs import PacsConfigError, PacsError, PacsNode, echo, find, retrieve, store
from workstation.dicom.records import read_instance
from workstation.settings import Settings, SettingsError

HFS_FILES = sorted(p for p in HFS_DIR.rglob("*.dcm"))
HFS = pydicom.dcmread(HFS_FILES[0], stop_before_pixels=True)
STUDY, SERIES = str(HFS.StudyInstanceUID), str(HFS.SeriesInstanceUID)
KINDS = ["dimse", "dicomweb"]


def consistent(catalog: Catalog) -> int:
    """Every catalogued instance is a complete, readable file; no staging folder is left behind.
    Returns the number of instances."""
    assert not list(catalog.root.glob("retrieve-*")), "a retrieve left its staging folder"
    n = 0
    for study in catalog.studies():
        total = 0
        for series in catalog.series(study.study_uid):
            for rec in catalog.instances(series.series_uid):
                read_instance(rec.path)  # raises on a truncated or damaged file
                n += 1
                total += 1
        assert total == study.n_images
    return n


# ----------------------------------------------------------------------------- configuration
def test_pacs_nodes_are_validated_and_kept_in_the_settings(silkbridge_home):
    s = Settings()
    s.set_pacs([
        PacsNode(name="Hospital PACS", ae_title="PACS01", host="pacs.local", port=11112, retrieve="move",
                 move_port=11113),
        {"name": "Cloud archive", "kind": "dicomweb", "url": "https://archive.example/dicom-web", "timeout": 60},
    ])
    s.save()
    nodes = Settings.load().pacs()
    assert [n.name for n in nodes] == ["Hospital PACS", "Cloud archive"]
    assert nodes[0].retrieve == "move" and nodes[0].move_port == 11113 and nodes[0].calling_ae == "SILKBRIDGE"
    assert nodes[1].kind == "dicomweb" and nodes[1].timeout == 60.0

    bad = [
        ({"name": "A", "ae_title": "WAY-TOO-LONG-AE-TITLE", "host": "h"}, "ae_title"),
        ({"name": "A", "ae_title": "PACS", "host": "h", "port": 70000}, "port 70000"),
        ({"name": "A", "ae_title": "PACS", "host": "h", "retrieve": "move"}, "move_port"),
        ({"name": "A", "kind": "hl7"}, "kind 'hl7'"),
        ({"name": "A", "kind": "dicomweb", "url": "ftp://x"}, "url"),
        ({"name": "A", "ae_title": "PACS", "host": "h", "colour": "red"}, "unknown setting(s) colour"),
        ({"name": "A", "ae_title": "PACS", "host": "h", "port": "many"}, "port = 'many'"),
        ({"ae_title": "PACS", "host": "h"}, "needs a name"),
    ]
    for entry, says in bad:
        with pytest.raises(SettingsError, match="pacs_nodes") as err:
            s.set_pacs([entry])
        assert says in str(err.value)
    with pytest.raises(SettingsError, match="two PACS nodes are named"):
        s.set_pacs([{"name": "A", "ae_title": "P", "host": "h"}, {"name": "a", "ae_title": "Q", "host": "h"}])
    assert [n.name for n in s.pacs()] == ["Hospital PACS", "Cloud archive"]  # nothing changed

    # a hand-edited, broken entry: the settings still load, the PACS list names the problem
    raw = json.loads(Settings.path().read_text())
    raw["pacs_nodes"][0]["port"] = 0
    raw["language"] = "vi"
    Settings.path().write_text(json.dumps(raw))
    loaded = Settings.load()
    assert loaded.language == "vi"
    with pytest.raises(SettingsError, match=r"entry 1: PACS node 'Hospital PACS': port 0"):
        loaded.pacs()


def test_tls_files_that_do_not_exist_are_named(tmp_path):
    node = PacsNode(name="Secure", ae_title="PACS", host="127.0.0.1", port=free_port(), tls=True,
                    tls_ca=str(tmp_path / "missing-ca.pem"), timeout=2)
    with pytest.raises(PacsConfigError, match="tls_ca file .*missing-ca.pem does not exist"):
        echo(node)


# ----------------------------------------------------------------------------- query
@pytest.mark.parametrize("kind", KINDS)
def test_echo_and_find_at_every_level(loaded_orthanc, kind):
    node = loaded_orthanc.node(kind=kind)
    assert echo(node) > 0

    (patient,) = find(node, "patient", {"PatientID": "crlab"})
    assert patient["PatientName"] == "HFS" and patient["NumberOfPatientRelatedStudies"] == "1"

    (study,) = find(node, "study", {"PatientName": "hf*", "StudyDate": "20220101-20221231"})
    assert study["StudyInstanceUID"] == STUDY
    assert study["PatientID"] == "crlab" and study["StudyDate"] == "20220407"
    assert study["StudyDescription"] == str(HFS.StudyDescription)
    assert study["NumberOfStudyRelatedInstances"] == str(len(HFS_FILES))
    assert find(node, "study", {"PatientName": "nobody*"}) == []
    assert find(node, "study", {"StudyDate": "20230101-"}) == []

    (series,) = find(node, "series", {"StudyInstanceUID": STUDY})
    assert series["SeriesInstanceUID"] == SERIES and series["Modality"] == "MR"
    assert series["SeriesDescription"] == str(HFS.SeriesDescription)
    assert series["NumberOfSeriesRelatedInstances"] == str(len(HFS_FILES))

    images = find(node, "image", {"StudyInstanceUID": STUDY, "SeriesInstanceUID": SERIES})
    expected = {str(pydicom.dcmread(p, stop_before_pixels=True).SOPInstanceUID) for p in HFS_FILES}
    assert {m["SOPInstanceUID"] for m in images} == expected
    assert len(find(node, "image", {"StudyInstanceUID": STUDY, "SeriesInstanceUID": SERIES}, limit=5)) == 5


def test_bad_queries_are_refused_before_anything_is_sent(loaded_orthanc):
    node = loaded_orthanc.node()
    with pytest.raises(PacsError, match="unknown query level 'room'"):
        find(node, "room", {})
    with pytest.raises(PacsError, match="'PatientNom' is not a DICOM attribute keyword"):
        find(node, "study", {"PatientNom": "X"})
    with pytest.raises(PacsError, match="needs the StudyInstanceUID"):
        find(node, "series", {})


def test_names_in_other_scripts_are_found(orthanc, tmp_path):
    """A Vietnamese patient name (UTF-8) is stored, found by a wildcard and comes back intact."""
    src = pydicom.dcmread(HFS_FILES[0])
    src.SpecificCharacterSet = "ISO_IR 192"
    src.PatientName = "Nguyễn^Thị Hương"
    src.PatientID = "VN-0042"
    src.StudyInstanceUID, src.SeriesInstanceUID, src.SOPInstanceUID = generate_uid(), generate_uid(), generate_uid()
    src.file_meta.MediaStorageSOPInstanceUID = src.SOPInstanceUID
    src.save_as(tmp_path / "vn.dcm")
    report = store(orthanc.node(), [tmp_path / "vn.dcm"])
    assert report.complete and report.sent == 1
    for kind in KINDS:
        (study,) = find(orthanc.node(kind=kind), "study", {"PatientID": "VN-0042"})
        assert study["PatientName"] == "Nguyễn^Thị Hương"
    (study,) = find(orthanc.node(), "study", {"PatientName": "Nguy*"})
    assert study["PatientID"] == "VN-0042"


# ----------------------------------------------------------------------------- retrieve
@pytest.mark.parametrize("how", ["get", "move", "dicomweb"])
def test_retrieve_a_study_into_the_catalog_and_again_adds_nothing(loaded_orthanc, tmp_path, how):
    node = loaded_orthanc.node(kind="dicomweb") if how == "dicomweb" else loaded_orthanc.node(retrieve=how)
    catalog = Catalog(tmp_path / "catalog")
    seen = []
    report = retrieve(node, catalog, STUDY, progress=lambda d, t, label: seen.append((d, t, label)))
    assert report.complete, report.summary()
    assert (report.expected, report.received, report.imported) == (len(HFS_FILES),) * 3
    assert "Retrieved 35 of 35" in report.summary()
    assert any(label.startswith("Receiving") for _, _, label in seen)
    assert seen[-1][0] == seen[-1][1] == len(HFS_FILES)  # progress ends full

    (study,) = catalog.studies()
    assert study.study_uid == STUDY and study.patient_name == "HFS" and study.n_images == len(HFS_FILES)
    assert consistent(catalog) == len(HFS_FILES)
    (vol,) = load_series_from_catalog(catalog, SERIES)  # a real, loadable volume
    assert vol.array.shape[0] == len(HFS_FILES) and float(np.max(vol.array)) > 0
    assert catalog.thumbnail(SERIES)

    again = retrieve(node, catalog, STUDY)
    assert again.complete and again.imported == 0 and again.duplicates == len(HFS_FILES)
    assert consistent(catalog) == len(HFS_FILES)


def test_retrieve_one_series_by_c_move(loaded_orthanc, tmp_path):
    catalog = Catalog(tmp_path / "catalog")
    report = retrieve(loaded_orthanc.node(retrieve="move"), catalog, STUDY, SERIES)
    assert report.complete and report.imported == len(HFS_FILES)
    assert [s.series_uid for s in catalog.series(STUDY)] == [SERIES]


def test_unknown_study_is_reported(loaded_orthanc, tmp_path):
    catalog = Catalog(tmp_path / "catalog")
    with pytest.raises(PacsError, match="has no instance of the study 1.2.3.4"):
        retrieve(loaded_orthanc.node(), catalog, "1.2.3.4")
    assert consistent(catalog) == 0


# ----------------------------------------------------------------------------- bad answers
@pytest.mark.parametrize("operation", ["find", "retrieve"])
def test_association_rejected_for_a_wrong_called_ae_title(loaded_orthanc, tmp_path, operation):
    node = loaded_orthanc.node(ae_title="NOT-ORTHANC")
    catalog = Catalog(tmp_path / "catalog")
    with pytest.raises(PacsError) as err:
        find(node, "study") if operation == "find" else retrieve(node, catalog, STUDY)
    assert err.value.kind == "rejected"
    assert "rejected the association: Called AE title not recognised" in str(err.value)
    assert "we called it 'NOT-ORTHANC'" in str(err.value)
    assert consistent(catalog) == 0


def test_association_rejected_for_an_unknown_calling_ae_title(loaded_orthanc, tmp_path):
    catalog = Catalog(tmp_path / "catalog")
    with pytest.raises(PacsError, match="does not know our AE title 'STRANGER'") as err:
        retrieve(loaded_orthanc.node(calling_ae="STRANGER"), catalog, STUDY)
    assert err.value.kind == "rejected"
    assert consistent(catalog) == 0


@pytest.mark.parametrize("kind", KINDS)
def test_timeout_when_nobody_answers_on_the_port(loaded_orthanc, tmp_path, kind):
    """A port where something accepts the connection but never speaks DICOM or HTTP."""
    with socket.socket() as silent:
        silent.bind(("127.0.0.1", 0))
        silent.listen(8)
        port = silent.getsockname()[1]
        node = loaded_orthanc.node(kind=kind, port=port, url=f"http://127.0.0.1:{port}/dicom-web", timeout=1.5)
        catalog = Catalog(tmp_path / "catalog")
        with pytest.raises(PacsError, match="did not answer .*within 1.5 s") as err:
            retrieve(node, catalog, STUDY)
        assert err.value.kind == "timeout"
        with pytest.raises(PacsError, match="within 1.5 s"):
            find(node, "study")
    assert consistent(catalog) == 0


@pytest.mark.parametrize("kind", KINDS)
def test_a_stopped_pacs_is_reported(orthanc, tmp_path, kind):
    orthanc.storescu([HFS_DIR])
    node = orthanc.node(kind=kind)
    catalog = Catalog(tmp_path / "catalog")
    assert find(node, "study")
    orthanc.stop()
    with pytest.raises(PacsError, match="connection refused: the .* not running") as err:
        retrieve(node, catalog, STUDY)
    assert err.value.kind == "refused"
    assert consistent(catalog) == 0


def test_pacs_dies_during_a_retrieve_keeps_what_arrived_and_the_next_retrieve_fills_the_gap(orthanc, tmp_path):
    orthanc.storescu([HFS_DIR])
    node = orthanc.node()
    catalog = Catalog(tmp_path / "catalog")

    def progress(done, total, label):
        if label.startswith("Receiving") and done == 10 and orthanc.proc is not None:
            orthanc.proc.send_signal(signal.SIGKILL)  # the PACS crashes in the middle of the C-GET

    report = retrieve(node, catalog, STUDY, progress=progress)
    assert not report.complete
    assert 10 <= report.received < len(HFS_FILES)
    lost = {uid for uid, _ in report.failed} | set(report.missing)
    assert len(lost) == len(HFS_FILES) - report.received  # each missing instance is named
    assert "INCOMPLETE" in report.summary() and "retrieve again" in report.summary()
    assert consistent(catalog) == report.received == report.imported
    kept = {rec.sop_uid for rec in catalog.instances(SERIES)}
    assert not kept & lost

    orthanc.stop()  # reaps the killed process
    orthanc.start()  # same ports, same storage
    again = retrieve(node, catalog, STUDY)
    assert again.complete, again.summary()
    assert again.imported == len(lost) and again.duplicates == report.received
    assert consistent(catalog) == len(HFS_FILES)


@pytest.mark.parametrize("how", ["get", "move", "dicomweb"])
def test_some_instances_failing_on_the_pacs_keeps_the_rest_and_says_how_many(tmp_path, how):
    """A PACS whose index lists 35 instances but which lost the files of the 3 it would send last:
    it sends the other 32 and ends with a failure (it cannot even list the instances, so they are counted, not
    named). The 32 are in the catalog, the report says 3 are missing and why; once the PACS has
    them again, retrieving fetches just those 3."""
    with LocalOrthanc(tmp_path / "orthanc", OverwriteInstances=True) as pacs_server:
        pacs_server.storescu([HFS_DIR])
        lost = set(pacs_server.sent_last(3, dimse=how != "dicomweb"))
        for uid in lost:
            pacs_server.attachment_path(uid).unlink()
        pacs_server.restart()  # forget the files it had cached
        node = pacs_server.node(kind="dicomweb") if how == "dicomweb" else pacs_server.node(retrieve=how)
        catalog = Catalog(tmp_path / "catalog")
        report = retrieve(node, catalog, STUDY)
        assert not report.complete and report.expected == len(HFS_FILES)
        assert report.received == report.imported == len(HFS_FILES) - 3
        ((what, why),) = report.failed
        assert what == "3 instance(s) (the PACS did not say which)"
        assert ("HTTP 500" if how == "dicomweb" else f"refused the C-{how.upper()}: status 0xC000") in why
        text = report.summary()
        assert "Retrieved 32 of 35" in text and "INCOMPLETE: 3 instance(s)" in text and why in text
        assert consistent(catalog) == len(HFS_FILES) - 3

        assert not lost & {rec.sop_uid for rec in catalog.instances(SERIES)}
        by_uid = {str(pydicom.dcmread(p, stop_before_pixels=True).SOPInstanceUID): p for p in HFS_FILES}
        pacs_server.storescu([by_uid[uid] for uid in lost])  # the PACS gets the files back
        again = retrieve(node, catalog, STUDY)
        assert again.complete and again.imported == 3 and again.duplicates == len(HFS_FILES) - 3
        assert consistent(catalog) == len(HFS_FILES)


def test_cancel_stops_the_retrieve_and_adds_nothing(loaded_orthanc, tmp_path):
    catalog = Catalog(tmp_path / "catalog")
    cancel = threading.Event()

    def progress(done, total, label):
        if label.startswith("Receiving") and done >= 5:
            cancel.set()

    report = retrieve(loaded_orthanc.node(), catalog, STUDY, progress=progress, cancel=cancel)
    assert report.cancelled and "cancelled" in report.summary()
    assert consistent(catalog) == 0
    assert retrieve(loaded_orthanc.node(), catalog, STUDY).complete  # the association was left clean


# ----------------------------------------------------------------------------- store
def _key_image(source: pydicom.Dataset, path) -> None:
    """A key image as a Secondary Capture in the source study (what the consult report picks)."""
    import highdicom as hd

    pixels = np.zeros((64, 64, 3), np.uint8)
    pixels[16:48, 16:48] = (255, 200, 0)
    sc = hd.sc.SCImage.from_ref_dataset(
        ref_dataset=source, pixel_array=pixels, photometric_interpretation="RGB", bits_allocated=8,
        coordinate_system="PATIENT", series_instance_uid=hd.UID(), sop_instance_uid=hd.UID(), series_number=901,
        instance_number=1, manufacturer="Silkbridge", patient_orientation=("L", "P"), transfer_syntax_uid=ExplicitVRLittleEndian)
    sc.SeriesDescription = "Silkbridge key images"
    sc.save_as(path, enforce_file_format=True)


@pytest.mark.parametrize("kind", KINDS)
def test_store_our_sr_and_key_image_on_the_pacs_and_read_them_back(orthanc, tmp_path, kind):
    from workstation.annotations import LENGTH, Annotation, AnnotationSet, add_op, measure
    from workstation.sr import Observer, export_sr, read_sr

    orthanc.storescu([HFS_DIR])
    node = orthanc.node(kind=kind)
    catalog = Catalog(tmp_path / "catalog")
    assert retrieve(node, catalog, STUDY).complete
    (vol,) = load_series_from_catalog(catalog, SERIES)
    sources = [pydicom.dcmread(rec.path, stop_before_pixels=True) for rec in catalog.instances(SERIES)]
    P = vol.index_to_patient
    ann = Annotation(kind=LENGTH, points=[tuple(P((20, 30, 10))), tuple(P((80, 90, 10)))], text="lesion",
                     owner="dr.an", owner_name="Dr An", series_uid=SERIES, plane_normal=tuple(vol.direction[:, 2]))
    case = AnnotationSet("case-1")
    assert case.apply(add_op(ann))
    sr_path = export_sr(case, vol, sources, Observer(name="Nguyen^An", hospital="Cho Ray", login="dr.an"),
                        tmp_path / "out" / "sr.dcm")
    _key_image(sources[0], tmp_path / "out" / "key.dcm")
    (tmp_path / "out" / "notes.txt").write_text("not DICOM")
    seen = []
    report = store(node, [sr_path, tmp_path / "out" / "key.dcm", tmp_path / "out" / "notes.txt"],
                   progress=lambda d, t, label: seen.append((d, t)))
    assert report.sent == 2 and seen[-1] == (2, 2)
    (bad, why), = report.failed
    assert bad.endswith("notes.txt") and "not a readable DICOM instance" in why
    assert "Stored 2 instance(s)" in report.summary() and "1 refused" in report.summary()

    series = {m["Modality"]: m for m in find(node, "series", {"StudyInstanceUID": STUDY})}
    assert set(series) == {"MR", "SR", "OT"}
    # what the PACS now holds is what we measured: retrieve it into another catalog and read it
    other = Catalog(tmp_path / "other")
    sr_series = series["SR"]["SeriesInstanceUID"]
    assert retrieve(node, other, STUDY, sr_series).complete
    (rec,) = other.instances(sr_series)
    (group,) = read_sr(rec.path)
    (m,) = group["measurements"]
    assert group["label"] == "lesion" and m["name"] == "Length"
    assert m["value"] == pytest.approx(measure(ann, vol).length_mm, abs=1e-6)


def test_store_of_a_class_the_pacs_does_not_take_is_refused_per_file(orthanc, tmp_path):
    good = pydicom.dcmread(HFS_FILES[0])
    odd = pydicom.dcmread(HFS_FILES[1])
    odd.SOPClassUID = odd.file_meta.MediaStorageSOPClassUID = "1.2.826.0.1.3680043.8.498.99999.1"
    odd.save_as(tmp_path / "odd.dcm")
    report = store(orthanc.node(), [HFS_FILES[0], tmp_path / "odd.dcm"])
    assert report.sent == 1 and not report.complete
    ((name, reason),) = report.failed
    assert name.endswith("odd.dcm") and "does not accept SOP class 1.2.826.0.1.3680043.8.498.99999.1" in reason
    assert orthanc.instance_count() == 1 and str(good.SOPInstanceUID) in {
        m["SOPInstanceUID"] for m in find(orthanc.node(), "image", {"StudyInstanceUID": STUDY,
                                                                   "SeriesInstanceUID": SERIES})}


def test_storing_to_a_stopped_pacs_is_reported(orthanc, tmp_path):
    node = orthanc.node()
    orthanc.stop()
    with pytest.raises(PacsError, match="connection refused"):
        store(node, HFS_FILES[:2])


# ----------------------------------------------------------------------------- TLS
def _certificates(folder) -> dict[str, str]:
    """A CA, the PACS's certificate (for 127.0.0.1) and our client certificate, all signed by it,
    plus an unrelated CA; made with openssl."""
    import subprocess

    folder.mkdir(parents=True, exist_ok=True)

    def ssl(*args):
        subprocess.run(["openssl", *args], cwd=folder, check=True, capture_output=True, timeout=60)

    for ca in ("ca", "other-ca"):
        ssl("req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "2", "-subj", f"/CN=Test {ca}",
            "-keyout", f"{ca}.key", "-out", f"{ca}.crt")
    for name, san in (("pacs", "IP:127.0.0.1"), ("client", "DNS:silkbridge.test")):
        ssl("req", "-newkey", "rsa:2048", "-nodes", "-subj", f"/CN={name}", "-keyout", f"{name}.key",
            "-out", f"{name}.csr")
        (folder / f"{name}.ext").write_text(f"subjectAltName={san}\n")
        ssl("x509", "-req", "-in", f"{name}.csr", "-CA", "ca.crt", "-CAkey", "ca.key", "-CAcreateserial",
            "-days", "2", "-extfile", f"{name}.ext", "-out", f"{name}.crt")
    return {n: str(folder / n) for n in ("ca.crt", "other-ca.crt", "pacs.crt", "pacs.key", "client.crt",
                                         "client.key")}


def test_dicom_over_tls(tmp_path):
    certs = _certificates(tmp_path / "tls")
    server = LocalOrthanc(tmp_path / "orthanc", DicomTlsEnabled=True, DicomTlsCertificate=certs["pacs.crt"],
                          DicomTlsPrivateKey=certs["pacs.key"], DicomTlsTrustedCertificates=certs["ca.crt"],
                          DicomTlsRemoteCertificateRequired=True)
    with server:
        node = server.node(tls=True, tls_ca=certs["ca.crt"], tls_cert=certs["client.crt"],
                           tls_key=certs["client.key"])
        assert echo(node) > 0
        assert store(node, HFS_FILES).sent == len(HFS_FILES)
        (study,) = find(node, "study", {"PatientID": "crlab"})
        catalog = Catalog(tmp_path / "catalog")
        assert retrieve(node, catalog, study["StudyInstanceUID"]).complete
        assert consistent(catalog) == len(HFS_FILES)

        for bad, says in (
            (server.node(tls=True, tls_ca=certs["other-ca.crt"], tls_cert=certs["client.crt"],
                         tls_key=certs["client.key"]), "TLS handshake failed"),  # we do not trust the PACS
            (server.node(tls=True, tls_ca=certs["ca.crt"]), "TLS handshake failed"),  # it wants our certificate
        ):
            with pytest.raises(PacsError, match=says) as err:
                find(bad, "study")
            assert err.value.kind == "refused"
        with pytest.raises(PacsError) as err:  # plain DICOM on the TLS port
            find(server.node(timeout=3), "study")
        assert err.value.kind in ("refused", "aborted", "timeout") and "Test Orthanc" in str(err.value)
        # a C-MOVE brings the images back on a connection the PACS opens to us: over TLS too, which
        # needs our own certificate; without one it is refused before anything is asked (never in clear)
        with pytest.raises(PacsConfigError, match="C-MOVE over TLS needs our certificate"):
            retrieve(server.node(tls=True, tls_ca=certs["ca.crt"], retrieve="move"), catalog,
                     study["StudyInstanceUID"])


def test_staging_left_by_a_killed_retrieve_is_cleaned_up(loaded_orthanc, tmp_path):
    import os
    import time

    catalog = Catalog(tmp_path / "catalog")
    stale = catalog.root / "retrieve-killed"
    stale.mkdir()
    (stale / "000001-x.part").write_bytes(b"half an instance")
    old = time.time() - 7 * 3600
    os.utime(stale, (old, old))
    assert retrieve(loaded_orthanc.node(), catalog, STUDY).complete
    assert not stale.exists() and consistent(catalog) == len(HFS_FILES)
