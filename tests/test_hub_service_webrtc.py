"""The hub's service with consult video calls on: Janus and coturn run as the hub's children, in
its unit's cgroup and sandbox, with a drop-in (installer/silkbridge-hub-webrtc.conf) for what they
need beyond the hub: a netlink socket (they list the host's addresses) and port 443 for TURN over
TLS. systemd-analyze judges the installed unit with its drop-in; install-hub.sh --webrtc masks the
Debian packages' own janus.service / coturn.service, which would take the same ports."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
INSTALLER = ROOT / "installer"
UNIT = "silkbridge-hub.service"
DROPIN = INSTALLER / "silkbridge-hub-webrtc.conf"


def analyze(*args: str) -> subprocess.CompletedProcess:
    assert shutil.which("systemd-analyze"), "systemd-analyze is missing: run installer/setup.sh (apt systemd)"
    return subprocess.run(["systemd-analyze", *args], capture_output=True, text=True, timeout=120)


def staging_root(tmp_path) -> Path:
    root = tmp_path / "root"
    (root / "etc").mkdir(parents=True)
    (root / "etc" / "passwd").write_text("root:x:0:0:root:/root:/bin/bash\n")
    (root / "etc" / "group").write_text("root:x:0:\n")
    (root / "etc" / "shadow").write_text("root:*:19000:0:99999:7:::\n")
    (root / "etc" / "gshadow").write_text("root:*::\n")
    # what apt-get install janus coturn leaves: their own services, enabled
    wants = root / "etc/systemd/system/multi-user.target.wants"
    wants.mkdir(parents=True)
    for svc in ("janus.service", "coturn.service"):
        os.symlink(f"/lib/systemd/system/{svc}", wants / svc)
    return root


def install(root: Path, *extra: str) -> subprocess.CompletedProcess:
    r = subprocess.run(["bash", str(INSTALLER / "install-hub.sh"), "--root", str(root),
                        "--exec", f"{sys.executable} -m workstation", *extra],
                       capture_output=True, text=True, timeout=120)
    assert r.returncode == 0, r.stdout + r.stderr
    return r


def settings(text: str) -> dict[str, list[str]]:
    out: dict[str, list[str]] = {}
    for line in text.splitlines():
        m = re.match(r"^(\w+)=(.*)$", line.strip())
        if m:
            out.setdefault(m.group(1), []).append(m.group(2))
    return out


def exposure(unit: Path) -> float:
    sec = analyze("security", "--offline=yes", str(unit))
    level = re.search(r"Overall exposure level for \S+: ([\d.]+)", sec.stdout)
    assert level, sec.stdout + sec.stderr
    return float(level.group(1))


def test_install_hub_webrtc_adds_the_drop_in_masks_the_packages_services_and_reruns_clean(tmp_path):
    root = staging_root(tmp_path)
    first = install(root, "--webrtc")
    system = root / "etc/systemd/system"
    unit, dropin = system / UNIT, system / f"{UNIT}.d" / "webrtc.conf"
    assert dropin.read_text() == DROPIN.read_text()
    assert "masked janus.service" in first.stdout and "masked coturn.service" in first.stdout
    for svc in ("janus.service", "coturn.service"):
        assert os.readlink(system / svc) == "/dev/null"
        assert not (system / "multi-user.target.wants" / svc).exists()
    assert (system / "multi-user.target.wants" / UNIT).is_symlink()

    # systemd's judgement of the unit as it will run: the drop-in beside it is read too
    verify = analyze("verify", str(unit))
    assert verify.returncode == 0, verify.stderr
    assert UNIT not in verify.stderr and "webrtc.conf" not in verify.stderr, verify.stderr

    # the sandbox with calls on: only what the media servers need is added
    hub = settings(unit.read_text())
    extra = settings(dropin.read_text())
    assert hub["CapabilityBoundingSet"] == [""] and hub["NoNewPrivileges"] == ["yes"]
    assert extra["CapabilityBoundingSet"] == ["CAP_NET_BIND_SERVICE"] == extra["AmbientCapabilities"]
    assert extra["RestrictAddressFamilies"] == ["AF_NETLINK"]
    assert set(extra) == {"RestrictAddressFamilies", "CapabilityBoundingSet", "AmbientCapabilities", "LimitNOFILE"}
    # the same unit without its drop-in, for comparison
    bare = tmp_path / "bare" / UNIT
    bare.parent.mkdir()
    bare.write_text(unit.read_text())
    without = exposure(bare)
    with_calls = exposure(unit)
    print(f"systemd-analyze security exposure: hub {without}, hub with calls {with_calls}")
    assert with_calls <= without + 0.5 and with_calls <= 3.0

    before = {p: p.read_bytes() if p.is_file() and not p.is_symlink() else os.readlink(p) if p.is_symlink() else None
              for p in root.rglob("*")}
    again = install(root, "--webrtc")
    assert "installed" not in again.stdout and "masked" not in again.stdout, again.stdout
    after = {p: p.read_bytes() if p.is_file() and not p.is_symlink() else os.readlink(p) if p.is_symlink() else None
             for p in root.rglob("*")}
    assert after == before


def test_install_hub_without_webrtc_leaves_the_media_packages_alone(tmp_path):
    root = staging_root(tmp_path)
    install(root)
    system = root / "etc/systemd/system"
    assert not (system / f"{UNIT}.d").exists()
    assert not (system / "janus.service").exists()
    assert (system / "multi-user.target.wants" / "janus.service").is_symlink()
