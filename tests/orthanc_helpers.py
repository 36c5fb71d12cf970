"""A real Orthanc (Debian ``orthanc``) for the PACS tests and benchmark.

``LocalOrthanc(dir).start()`` writes a configuration into ``dir`` (its own storage and index), runs
``Orthanc <config.json>`` on free loopback ports and waits until its REST API answers. It accepts
only loopback peers: the REST API refuses remote access, and the DICOM side checks the called AE
title and accepts associations only from the known modalities (our AE title and dcmtk's, on
127.0.0.1, host checked). ``stop()`` ends it (SIGTERM, then SIGKILL).

``orthanc`` (fixture): one Orthanc per test; ``loaded_orthanc``: one per module with the HFS
decubitus CT series (real scanner data shipped in tests/data) stored through storescu.
"""

from __future__ import annotations

import json
import os
import shutil
import signal
import socket
import subprocess
import time
import urllib.error
import urllib.request
from pathlib import Path

import pytest

ORTHANC = shutil.which("Orthanc") or "/usr/sbin/Orthanc"
DICOMWEB_PLUGIN = Path("/usr/share/orthanc/plugins/libOrthancDicomWeb.so")
OUR_AE = "SILKBRIDGE"
DCMTK_AE = "DCMTK"


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class LocalOrthanc:
    def __init__(self, root: str | Path, aet: str = "ORTHANC", **extra):
        self.root = Path(root)
        self.aet = aet
        self.http_port = free_port()
        self.dicom_port = free_port()
        self.move_port = free_port()  # our storage SCP for C-MOVE
        self.dcmtk_move_port = free_port()  # movescu's
        self.extra = extra
        self.proc: subprocess.Popen | None = None

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.http_port}"

    @property
    def dicomweb(self) -> str:
        return self.url + "/dicom-web"

    @property
    def storage(self) -> Path:
        return self.root / "storage"

    def config(self) -> dict:
        cfg = {
            "Name": "silkbridge-test",
            "StorageDirectory": str(self.storage),
            "IndexDirectory": str(self.root / "index"),
            "HttpPort": self.http_port,
            "DicomPort": self.dicom_port,
            "DicomAet": self.aet,
            "RemoteAccessAllowed": False,
            "AuthenticationEnabled": False,
            "DicomCheckCalledAet": True,
            "DicomCheckModalityHost": True,
            "DicomAlwaysAllowEcho": False,
            "DicomAlwaysAllowStore": False,
            "DicomAlwaysAllowFind": False,
            "DicomAlwaysAllowGet": False,
            "DicomAlwaysAllowMove": False,
            "DicomModalities": {
                "silkbridge": {"AET": OUR_AE, "Host": "127.0.0.1", "Port": self.move_port},
                "dcmtk": {"AET": DCMTK_AE, "Host": "127.0.0.1", "Port": self.dcmtk_move_port},
            },
            # answers in UTF-8: names in Vietnamese, Thai, Chinese... survive a C-FIND (Latin-1 drops them)
            "DefaultEncoding": "Utf8",
            "DicomScuTimeout": 10,
            "DicomAssociationCloseDelay": 0,
            "StableAge": 1,
            "SaveJobs": False,
            "HttpThreadsCount": 8,
            "ExecuteLuaEnabled": False,
            "WebDavEnabled": False,
            "OrthancExplorerEnabled": False,
            "Plugins": [str(DICOMWEB_PLUGIN)] if DICOMWEB_PLUGIN.exists() else [],
            "DicomWeb": {"Enable": True, "Root": "/dicom-web/", "Host": "127.0.0.1"},
        }
        cfg.update(self.extra)
        return cfg

    def start(self, timeout: float = 30.0) -> "LocalOrthanc":
        self.root.mkdir(parents=True, exist_ok=True)
        cfg_path = self.root / "config.json"
        cfg_path.write_text(json.dumps(self.config(), indent=2))
        self._log = open(self.root / "orthanc.stdout", "ab")
        self.proc = subprocess.Popen([ORTHANC, str(cfg_path), f"--logfile={self.root / 'orthanc.log'}"],
                                     stdout=self._log, stderr=subprocess.STDOUT, cwd=self.root)
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.proc.poll() is not None:
                raise RuntimeError(f"Orthanc exited with {self.proc.returncode}; see {self.root / 'orthanc.log'}")
            try:
                self.get("/system")
                return self
            except (urllib.error.URLError, ConnectionError, OSError):
                time.sleep(0.1)
        self.stop()
        raise RuntimeError(f"Orthanc did not answer within {timeout} s; see {self.root / 'orthanc.log'}")

    def stop(self) -> None:
        if self.proc is None:
            return
        if self.proc.poll() is None:
            self.proc.send_signal(signal.SIGTERM)
            try:
                self.proc.wait(timeout=20)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait(timeout=10)
        self._log.close()
        self.proc = None

    def restart(self) -> "LocalOrthanc":
        self.stop()
        return self.start()

    # -- REST, to look at what Orthanc holds (not used by the code under test) -----------------
    def get(self, path: str):
        with urllib.request.urlopen(self.url + path, timeout=10) as r:
            return json.loads(r.read())

    def delete(self, path: str) -> None:
        req = urllib.request.Request(self.url + path, method="DELETE")
        with urllib.request.urlopen(req, timeout=30) as r:
            r.read()

    def instance_count(self) -> int:
        return int(self.get("/statistics")["CountInstances"])

    def study_uids(self) -> set[str]:
        return {self.get(f"/studies/{s}")["MainDicomTags"]["StudyInstanceUID"] for s in self.get("/studies")}

    def attachment_path(self, sop_uid: str) -> Path:
        """The file where Orthanc keeps an instance (to break it behind Orthanc's back)."""
        req = urllib.request.Request(self.url + "/tools/lookup", data=sop_uid.encode(), method="POST")
        with urllib.request.urlopen(req, timeout=10) as r:
            (found,) = [x for x in json.loads(r.read()) if x["Type"] == "Instance"]
        uuid = self.get(f"/instances/{found['ID']}/attachments/dicom/info")["Uuid"]
        return self.storage / uuid[0:2] / uuid[2:4] / uuid

    def sent_last(self, n: int, dimse: bool) -> list[str]:
        """SOP Instance UIDs of the last ``n`` instances Orthanc sends of its first series: WADO-RS
        follows its index order, its C-GET and C-MOVE sub-operations the reverse."""
        series = self.get("/series")[0]
        ids = self.get(f"/series/{series}")["Instances"]
        ids = ids[:n] if dimse else ids[-n:]
        return [self.get(f"/instances/{i}")["MainDicomTags"]["SOPInstanceUID"] for i in ids]

    # -- loading data with dcmtk ------------------------------------------------------------
    def storescu(self, paths, aet: str = OUR_AE) -> None:
        files = []
        for p in paths:
            p = Path(p)
            files += sorted(str(f) for f in p.rglob("*") if f.is_file()) if p.is_dir() else [str(p)]
        for start in range(0, len(files), 400):
            subprocess.run(["storescu", "-aet", aet, "-aec", self.aet, "127.0.0.1", str(self.dicom_port),
                            *files[start:start + 400]], check=True, capture_output=True, timeout=600,
                           env=dict(os.environ, TCP_NODELAY="1"))  # dcmtk leaves Nagle on otherwise

    def node(self, **kw):
        """Our PacsNode for this Orthanc (DIMSE unless kind="dicomweb")."""
        from workstation.dicom.pacs import PacsNode

        base = dict(name="Test Orthanc", kind="dimse", ae_title=self.aet, host="127.0.0.1", port=self.dicom_port,
                    calling_ae=OUR_AE, move_port=self.move_port, url=self.dicomweb, timeout=10.0)
        base.update(kw)
        return PacsNode(**base)

    def __enter__(self):
        return self.start()

    def __exit__(self, *exc):
        self.stop()


@pytest.fixture
def orthanc(tmp_path):
    o = LocalOrthanc(tmp_path / "orthanc").start()
    yield o
    o.stop()


HFS_DIR = Path(__file__).resolve().parent / "data" / "decubitus" / "HFS"


@pytest.fixture(scope="module")
def loaded_orthanc(tmp_path_factory):
    """An Orthanc holding the HFS decubitus CT series (stored with dcmtk's storescu)."""
    o = LocalOrthanc(tmp_path_factory.mktemp("orthanc")).start()
    try:
        o.storescu([HFS_DIR])
        yield o
    finally:
        o.stop()


def wait_port_closed(port: int, timeout: float = 10.0) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        with socket.socket() as s:
            if s.connect_ex(("127.0.0.1", port)) != 0:
                return
        time.sleep(0.1)


__all__ = ["LocalOrthanc", "orthanc", "loaded_orthanc", "free_port", "HFS_DIR", "OUR_AE", "DCMTK_AE",
           "wait_port_closed"]
