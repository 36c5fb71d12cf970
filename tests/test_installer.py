"""The self-contained bundle (installer/build-bundle.sh, PyInstaller one-folder), built from this
checkout with nothing cached, then used as a hospital's IT would: its layout and desktop entry,
its self-check, the demo rendered headless to a PNG, a hub run from it with a workstation
connecting, and compressed DICOM decoded by it.

The build takes a few minutes: the module builds once and every test uses that bundle."""

from __future__ import annotations

import json
import os
import select
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import numpy as np
import pytest

from helpers import wait_for

ROOT = Path(__file__).resolve().parent.parent
INSTALLER = ROOT / "installer"

pytestmark = [pytest.mark.slow, pytest.mark.timeout(1800)]


@pytest.fixture(scope="module")
def bundle(tmp_path_factory) -> Path:
    dist = tmp_path_factory.mktemp("dist")
    env = dict(os.environ, PYTHON=sys.executable)
    r = subprocess.run(["bash", str(INSTALLER / "build-bundle.sh"), str(dist)], capture_output=True, text=True,
                       env=env, cwd=ROOT, timeout=1500)
    assert r.returncode == 0, f"build failed:\n{r.stdout[-3000:]}\n{r.stderr[-6000:]}"
    b = dist / "silkbridge"
    assert (b / "silkbridge").is_file() and os.access(b / "silkbridge", os.X_OK)
    return b


def bundle_env(home: Path, **extra) -> dict:
    """The environment of a machine without our Python: no virtual environment, no PYTHONPATH."""
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "VIRTUAL_ENV", "PYTHONHOME")}
    env["PATH"] = os.pathsep.join(p for p in env.get("PATH", "").split(os.pathsep) if ".venv" not in p)
    env["SILKBRIDGE_HOME"] = str(home)
    env.update(extra)
    return env


def test_bundle_layout_desktop_entry_and_icon(bundle, tmp_path):
    internal = bundle / "_internal"
    assert internal.is_dir()
    # nothing of the tests or the test tools, and no Qt module the workstation does not use
    assert not (internal / "tests").exists() and not (internal / "pytest").exists()
    assert not (internal / "SimpleITK").exists() and not (internal / "PyInstaller").exists()
    qt = {p.name.split(".")[0] for p in (internal / "PySide6").glob("Qt*.so")}
    assert {"QtCore", "QtGui", "QtWidgets"} <= qt and not qt & {"QtQml", "QtQuick", "QtDesigner", "QtSql", "QtTest"}
    assert list((internal / "PySide6" / "Qt" / "plugins" / "platforms").glob("libqxcb.so"))
    assert list(internal.glob("silkbridge*.*-info/entry_points.txt"))  # importlib.metadata finds the commands

    assert shutil.which("desktop-file-validate"), "desktop-file-utils is missing: run installer/setup.sh"
    for f in ("silkbridge.desktop", "silkbridge.svg", "silkbridge.png", "install-desktop-entry.sh"):
        assert (bundle / f).is_file(), f
    r = subprocess.run(["desktop-file-validate", str(bundle / "silkbridge.desktop")], capture_output=True, text=True)
    assert r.returncode == 0 and not r.stdout.strip(), r.stdout + r.stderr
    assert (bundle / "silkbridge.png").read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"

    # the user adds it to the application menu; the entry then names this bundle's program
    data_home = tmp_path / "share"
    r = subprocess.run([str(bundle / "install-desktop-entry.sh")], capture_output=True, text=True,
                       env=dict(os.environ, XDG_DATA_HOME=str(data_home)))
    assert r.returncode == 0, r.stderr
    entry = data_home / "applications" / "silkbridge.desktop"
    assert f'Exec="{bundle}/silkbridge" gui %F' in entry.read_text()
    assert subprocess.run(["desktop-file-validate", str(entry)], capture_output=True).returncode == 0
    assert (data_home / "icons/hicolor/scalable/apps/silkbridge.svg").is_file()
    assert (data_home / "icons/hicolor/256x256/apps/silkbridge.png").is_file()


def test_bundle_self_check_finds_every_piece(bundle, tmp_path):
    r = subprocess.run([str(bundle / "silkbridge"), "--self-check"], capture_output=True, text=True, timeout=120,
                       env=bundle_env(tmp_path / "home"))
    report = json.loads(r.stdout)
    assert r.returncode == 0 and report["problems"] == [], report["problems"]
    assert report["frozen"] is True
    from workstation.cli import build_parser

    parser = build_parser()
    sub = next(a for a in parser._actions if a.__class__.__name__ == "_SubParsersAction")
    assert report["commands"] == sorted(sub.choices)  # every subcommand, the entry-point ones included
    assert "libqxcb.so" in report["qt_platforms"]
    assert {"libx264", "libopus"} <= set(report["video_codecs"])
    assert "PortAudio" in report["portaudio"]


def test_bundle_renders_the_demo_headless(bundle, tmp_path, display):
    from PIL import Image

    home, out = tmp_path / "home", tmp_path / "demo.png"
    r = subprocess.run([str(bundle / "silkbridge"), "demo", "--screenshot", str(out)], capture_output=True,
                       text=True, timeout=600, cwd=tmp_path, env=bundle_env(home, DISPLAY=display, QT_QPA_PLATFORM="xcb"))
    assert r.returncode == 0, r.stderr[-4000:]
    assert "screenshot written" in r.stderr
    img = np.asarray(Image.open(out).convert("RGB"))
    h, w, _ = img.shape
    assert w >= 1000 and h >= 700, img.shape  # the main window, not a stray dialog
    colours = np.unique(img.reshape(-1, 3), axis=0)
    assert len(colours) > 500, f"only {len(colours)} colours: an empty window?"
    grey = img.mean(axis=2)
    assert grey.std() > 30 and (grey < 40).mean() > 0.1, "expected dark image viewports beside the light panels"
    # the demo's local hub ran from the bundle too (the frozen program started as `-m workstation hub`)
    log = (home / "demo" / "hub" / "hub.log").read_text()
    assert '"hub.started"' in log and '"connect"' in log


def test_bundle_runs_a_hub_that_workstations_join(bundle, tmp_path):
    from comms.client import LinkClient

    exe, data = str(bundle / "silkbridge"), tmp_path / "hub"
    env = bundle_env(tmp_path / "home")
    proc = subprocess.Popen([exe, "hub", "--data", str(data), "--bind", "tcp://127.0.0.1:0"], stdout=subprocess.PIPE,
                            stderr=subprocess.DEVNULL, env=env)
    try:
        ready = None
        deadline = time.monotonic() + 60
        while ready is None and time.monotonic() < deadline:
            if select.select([proc.stdout], [], [], 1.0)[0]:
                line = proc.stdout.readline().decode()
                assert line, "the bundled hub exited before it was ready"
                if '"hub.ready"' in line:
                    ready = json.loads(line)
        assert ready, "the bundled hub did not report ready"
        out = tmp_path / "lan.json"
        r = subprocess.run([exe, "enrol", "--data", str(data), "--name", "Dr Lan", "--hospital", "Bach Mai",
                            "--country", "VN", "--role", "specialist", "--hub-address", ready["address"],
                            "--out", str(out)], capture_output=True, text=True, timeout=120, env=env)
        assert r.returncode == 0, r.stderr
        client = LinkClient(json.loads(out.read_text()), tmp_path / "link").start()  # our workstation code
        try:
            assert wait_for(lambda: client.state == "online", 20), client.state
            client.join("consult-bundle")
            client.publish("consult-bundle", "chat", {"text": "xin chào"})
            assert wait_for(lambda: client.outbox_size() == 0 and len(client.history("consult-bundle")) == 1)
        finally:
            client.stop()
        backup = tmp_path / "hub.tar.gz"
        r = subprocess.run([exe, "hub-backup", "--data", str(data), str(backup)], capture_output=True, text=True,
                           timeout=120, env=env)
        assert r.returncode == 0 and json.loads(r.stdout)["counts"]["events"] == 1, r.stderr
    finally:
        proc.send_signal(signal.SIGTERM)
        assert proc.wait(timeout=30) == 0


def test_bundle_decodes_compressed_dicom(bundle, tmp_path):
    """JPEG 2000 lossless through the bundle's pixel handlers gives the voxels of the uncompressed
    original converted by the development install."""
    import nibabel
    from pydicom.data import get_testdata_file

    for name, src in (("j2k", "MR_small_jp2klossless.dcm"), ("rle", "MR_small_RLE.dcm"), ("raw", "MR_small.dcm")):
        (tmp_path / name).mkdir()
        shutil.copy(get_testdata_file(src), tmp_path / name / src)
    env = bundle_env(tmp_path / "home")
    for name in ("j2k", "rle"):
        r = subprocess.run([str(bundle / "silkbridge"), "export-nifti", str(tmp_path / name),
                            str(tmp_path / f"{name}.nii.gz")], capture_output=True, text=True, timeout=120, env=env)
        assert r.returncode == 0, r.stderr
    r = subprocess.run([sys.executable, "-m", "workstation", "export-nifti", str(tmp_path / "raw"),
                        str(tmp_path / "raw.nii.gz")], capture_output=True, text=True, timeout=120, cwd=ROOT)
    assert r.returncode == 0, r.stderr
    raw = np.asanyarray(nibabel.load(tmp_path / "raw.nii.gz").dataobj)
    for name in ("j2k", "rle"):
        assert np.array_equal(np.asanyarray(nibabel.load(tmp_path / f"{name}.nii.gz").dataobj), raw), name
