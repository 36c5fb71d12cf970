"""C-FIND and retrieval of a 300-slice CT study from a local Orthanc: ours (workstation.dicom.pacs)
beside dcmtk's findscu / getscu / movescu on the same study, in the same run.

    .venv/bin/python benchmarks/bench_pacs.py [--quick] [--repeats 3]

The study is the 512 x 512 x 300 phantom CT the other benchmarks use (benchmarks/bench_load.py
writes it once under /tmp; --quick: 512 x 512 x 100), stored with storescu into a private Orthanc
(Debian ``orthanc``, loopback only, as in the tests). Medians of --repeats runs:

* C-FIND, study level (one answer) and image level (one answer per slice): ours in this process;
  findscu as a process (its start-up, measured with ``findscu --version``, is shown and subtracted);
* C-GET: ours into a fresh catalog (listing + transfer + import, and the transfer alone) vs
  ``getscu`` into a folder;
* C-MOVE to our own storage SCP vs ``movescu`` with its storage SCP;
* WADO-RS through the DICOMweb plugin (ours only: dcmtk has no DICOMweb client).

dcmtk runs with ``TCP_NODELAY=1``: Debian's dcmtk leaves Nagle's algorithm on otherwise and
then waits ~40 ms per instance on loopback (a 300-slice C-GET takes ~15 s instead of ~2.5 s),
which would flatter us. Ratios are ours / dcmtk (below 1: we are faster).
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))
sys.path.insert(0, str(ROOT / "tests"))

from bench_load import phantom_dir  # noqa: E402
from orthanc_helpers import DCMTK_AE, OUR_AE, LocalOrthanc  # noqa: E402

from workstation.dicom import pacs  # noqa: E402
from workstation.dicom.catalog import Catalog  # noqa: E402

DCMTK_ENV = dict(os.environ, TCP_NODELAY="1")


def timed(fn) -> tuple[float, object]:
    t0 = time.perf_counter()
    out = fn()
    return time.perf_counter() - t0, out


def run(cmd: list[str]) -> float:
    t0 = time.perf_counter()
    subprocess.run(cmd, check=True, capture_output=True, env=DCMTK_ENV, timeout=900)
    return time.perf_counter() - t0


def med(xs) -> float:
    return statistics.median(xs)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--quick", action="store_true", help="100 slices instead of 300")
    parser.add_argument("--repeats", type=int, default=3)
    args = parser.parse_args()
    slices = 100 if args.quick else 300
    folder = phantom_dir(512, slices)
    for tool in ("findscu", "getscu", "movescu", "storescu", "Orthanc"):
        if not shutil.which(tool) and not Path(f"/usr/sbin/{tool}").exists():
            print(f"bench_pacs: {tool} is missing (apt-get install orthanc orthanc-dicomweb dcmtk)", file=sys.stderr)
            return 2

    with tempfile.TemporaryDirectory(prefix="bench-pacs-") as tmp:
        tmp = Path(tmp)
        orthanc = LocalOrthanc(tmp / "orthanc").start()
        try:
            load_s, _ = timed(lambda: orthanc.storescu([folder]))
            assert orthanc.instance_count() == slices, orthanc.instance_count()
            node = orthanc.node(timeout=60)
            (study,) = pacs.find(node, "study")
            study_uid, patient_id = study["StudyInstanceUID"], study["PatientID"]
            (series,) = pacs.find(node, "series", {"StudyInstanceUID": study_uid})
            series_uid = series["SeriesInstanceUID"]
            size_mb = sum(f.stat().st_size for f in folder.glob("*.dcm")) / 1e6
            print(f"study: {slices} CT slices 512x512, {size_mb:.0f} MB, stored into Orthanc {orthanc_version(orthanc)} "
                  f"with storescu in {load_s:.1f} s; {args.repeats} repeats, medians")

            host, port = "127.0.0.1", str(orthanc.dicom_port)
            common = ["-aet", OUR_AE, "-aec", orthanc.aet]
            spawn = med([run(["findscu", "--version"]) for _ in range(5)])

            # -- C-FIND --------------------------------------------------------------------
            find_study = ["findscu", *common, "-S", "-k", "QueryRetrieveLevel=STUDY", "-k", f"PatientID={patient_id}",
                          "-k", "StudyInstanceUID", "-k", "PatientName", "-k", "StudyDate", "-k", "StudyDescription",
                          "-k", "ModalitiesInStudy", "-k", "NumberOfStudyRelatedInstances", host, port]
            find_image = ["findscu", *common, "-S", "-k", "QueryRetrieveLevel=IMAGE", "-k", f"StudyInstanceUID={study_uid}",
                          "-k", f"SeriesInstanceUID={series_uid}", "-k", "SOPInstanceUID", "-k", "SOPClassUID",
                          "-k", "InstanceNumber", host, port]
            rows = []
            for label, ours_fn, cmd in (
                ("C-FIND study level (1 answer)", lambda: pacs.find(node, "study", {"PatientID": patient_id}), find_study),
                (f"C-FIND image level ({slices} answers)", lambda: pacs.find(
                    node, "image", {"StudyInstanceUID": study_uid, "SeriesInstanceUID": series_uid}), find_image),
            ):
                ours = []
                for _ in range(args.repeats):
                    s, answers = timed(ours_fn)
                    assert answers, label
                    ours.append(s)
                theirs = [run(cmd) for _ in range(args.repeats)]
                o, t = med(ours), med(theirs)
                rows.append((label, o, t, max(t - spawn, 1e-6)))
            print(f"\nfindscu process start-up (findscu --version): {spawn * 1000:.0f} ms")
            print(f"{'':34s} {'ours':>9s} {'findscu':>9s} {'-start-up':>10s} {'ratio':>7s} {'ratio*':>7s}")
            for label, o, t, t_net in rows:
                print(f"{label:34s} {o * 1000:7.0f}ms {t * 1000:7.0f}ms {t_net * 1000:8.0f}ms {o / t:7.2f} {o / t_net:7.2f}")
            print("  (ratio: ours / findscu; ratio*: ours / findscu without its process start-up)")

            # -- retrieval -------------------------------------------------------------------
            def ours_retrieve(mode: str, i: int) -> pacs.RetrieveReport:
                target = orthanc.node(kind="dicomweb", timeout=60) if mode == "web" else orthanc.node(retrieve=mode,
                                                                                                       timeout=60)
                catalog = Catalog(tmp / f"catalog-{mode}-{i}")
                report = pacs.retrieve(target, catalog, study_uid, cancel=threading.Event())
                assert report.complete and report.imported == slices, report.summary()
                catalog.close()
                shutil.rmtree(tmp / f"catalog-{mode}-{i}")
                return report

            def dcmtk_retrieve(tool: str, i: int) -> float:
                out = tmp / f"{tool}-{i}"
                out.mkdir()
                key = ["-S", "-k", "QueryRetrieveLevel=STUDY", "-k", f"StudyInstanceUID={study_uid}", "-od", str(out)]
                if tool == "getscu":
                    cmd = ["getscu", *common, *key, host, port]
                else:  # movescu listens on the port Orthanc knows for the DCMTK AE
                    cmd = ["movescu", "-aet", DCMTK_AE, "-aec", orthanc.aet, "-aem", DCMTK_AE, "--port",
                           str(orthanc.dcmtk_move_port), *key, host, port]
                s = run(cmd)
                n = len(list(out.iterdir()))
                assert n == slices, f"{tool} wrote {n} files"
                shutil.rmtree(out)
                return s

            print(f"\n{'retrieve ' + str(slices) + ' slices':34s} {'total':>9s} {'transfer':>9s} {'dcmtk':>9s} "
                  f"{'ratio':>7s} {'transfer ratio':>15s}")
            for mode, tool in (("get", "getscu"), ("move", "movescu"), ("web", None)):
                reports = [ours_retrieve(mode, i) for i in range(args.repeats)]
                total = med([r.seconds for r in reports])
                transfer = med([r.transfer_seconds for r in reports])
                listing = med([r.list_seconds for r in reports])
                importing = med([r.import_seconds for r in reports])
                label = {"get": "C-GET into the catalog", "move": "C-MOVE into the catalog",
                         "web": "WADO-RS into the catalog"}[mode]
                if tool:
                    theirs = med([dcmtk_retrieve(tool, i) for i in range(args.repeats)])
                    print(f"{label:34s} {total:8.2f}s {transfer:8.2f}s {theirs:8.2f}s {total / theirs:7.2f} "
                          f"{transfer / theirs:15.2f}   ({tool}; ours: list {listing:.2f} s, import {importing:.2f} s)")
                else:
                    print(f"{label:34s} {total:8.2f}s {transfer:8.2f}s {'-':>9s} {'-':>7s} {'-':>15s}   "
                          f"(no dcmtk DICOMweb client; list {listing:.2f} s, import {importing:.2f} s)")
            print(f"  throughput of our C-GET transfer: {size_mb / med([ours_retrieve('get', 99).transfer_seconds]):.0f} MB/s; "
                  "dcmtk writes files only, ours also lists the instances first and imports into the catalog")
        finally:
            orthanc.stop()
    return 0


def orthanc_version(orthanc: LocalOrthanc) -> str:
    return orthanc.get("/system").get("Version", "?")


if __name__ == "__main__":
    sys.exit(main())
