"""The hub as a service: the systemd unit (systemd-analyze), the sample configuration, the
installer script (re-run safely, in a staging root), the log location and its rotation, backup ->
wipe -> restore of a live hub's data (a client gets the same events and study back), refused bad
backups that change nothing, and upgrades of the store schema from older versions."""

from __future__ import annotations

import gzip
import hashlib
import io
import json
import os
import re
import shutil
import sqlite3
import subprocess
import sys
import tarfile
import time
import tomllib
from pathlib import Path

import msgspec
import pytest
import zmq

from comms import protocol as P
from comms.blobs import BlobClient
from comms.client import LinkClient
from comms.hub import HubConfig, hub_keys
from comms.local import LocalHub
from comms.store import MIGRATIONS, SCHEMA_VERSION, Store
from helpers import wait_for

ROOT = Path(__file__).resolve().parent.parent
INSTALLER = ROOT / "installer"
ROOM = "consult-backup-test"
UNIT = "silkbridge-hub.service"


def cli(*args, timeout: float = 120) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "workstation", *map(str, args)], capture_output=True, text=True,
                          timeout=timeout, cwd=ROOT)


def tree(path: Path) -> dict[str, str]:
    """relative path -> sha256 of every file under ``path`` (what must not change)."""
    return {p.relative_to(path).as_posix(): hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(path.rglob("*")) if p.is_file() and not p.is_symlink()}


def parse_unit(text: str) -> dict[str, dict[str, list[str]]]:
    sections: dict[str, dict[str, list[str]]] = {}
    current = None
    for line in text.splitlines():
        line = line.strip()
        if not line or line.startswith(("#", ";")):
            continue
        if line.startswith("["):
            current = sections.setdefault(line.strip("[]"), {})
            continue
        key, _, value = line.partition("=")
        current.setdefault(key.strip(), []).append(value.strip())
    return sections


def with_exec(unit_text: str) -> str:
    """The unit as install-hub.sh writes it for a virtual environment (the bundle is not here)."""
    return re.sub(r"^ExecStart=\S+", f"ExecStart={sys.executable} -m workstation", unit_text, flags=re.M)


def analyze(*args: str) -> subprocess.CompletedProcess:
    assert shutil.which("systemd-analyze"), "systemd-analyze is missing: run installer/setup.sh (apt systemd)"
    return subprocess.run(["systemd-analyze", *args], capture_output=True, text=True, timeout=120)


# ----------------------------------------------------------------------------- the unit
def test_unit_file_is_valid_and_sandboxed(tmp_path):
    unit = tmp_path / UNIT
    unit.write_text(with_exec((INSTALLER / UNIT).read_text()))
    verify = analyze("verify", str(unit))
    assert verify.returncode == 0, verify.stderr
    assert UNIT not in verify.stderr, verify.stderr  # no warning about our unit

    svc = parse_unit(unit.read_text())["Service"]
    assert svc["ExecStart"] == [f"{sys.executable} -m workstation hub --data /var/lib/silkbridge-hub"]
    assert svc["User"] == ["silkbridge-hub"] and svc["Group"] == ["silkbridge-hub"]
    assert svc["StateDirectory"] == ["silkbridge-hub"] and svc["LogsDirectory"] == ["silkbridge-hub"]
    assert svc["Restart"] == ["on-failure"]
    for key, value in (("NoNewPrivileges", "yes"), ("ProtectSystem", "strict"), ("ProtectHome", "yes"),
                       ("PrivateTmp", "yes"), ("PrivateDevices", "yes"), ("CapabilityBoundingSet", ""),
                       ("UMask", "0077"), ("StateDirectoryMode", "0700")):
        assert svc[key] == [value], key
    assert parse_unit(unit.read_text())["Install"]["WantedBy"] == ["multi-user.target"]

    # systemd's own rating of the sandbox (0 = locked down .. 10 = fully exposed)
    sec = analyze("security", "--offline=yes", str(unit))
    level = re.search(r"Overall exposure level for \S+: ([\d.]+)", sec.stdout)
    assert level, sec.stdout + sec.stderr
    assert float(level.group(1)) <= 2.5, sec.stdout


def test_sample_configuration_is_what_the_hub_reads(tmp_path):
    data = tmp_path / "hub"
    data.mkdir()
    sample = (INSTALLER / "hub.toml.sample").read_text()
    shutil.copy(INSTALLER / "hub.toml.sample", data / "hub.toml")
    cfg = HubConfig.load(data)  # raises on an unknown setting
    assert (cfg.bind, cfg.blob_bind) == ("tcp://0.0.0.0:5555", "tcp://0.0.0.0:5556")
    documented = set(tomllib.loads(sample))  # its settings and tables ([archive])
    assert documented == set(HubConfig.__dataclass_fields__), "the sample names every setting the hub knows"
    # the sample runs a real hub (on loopback, free ports, as a test must)
    (data / "hub.toml").write_text(re.sub(r"tcp://0\.0\.0\.0:\d+", "tcp://127.0.0.1:0", sample))
    hub = LocalHub(data).start()
    try:
        assert hub.address.startswith("tcp://127.0.0.1:")
        assert hub.services["blob"].startswith("tcp://127.0.0.1:") and "media" not in hub.services  # no relay
    finally:
        assert hub.stop() == 0


def test_a_hub_toml_from_before_the_relay_was_removed_still_loads_and_says_so(tmp_path, caplog):
    """An older hub.toml names media_bind (the removed TCP media relay): the hub reads it, says in
    its log that the setting is no longer used and why, and starts; a misspelt setting still stops it."""
    import logging

    data = tmp_path / "hub"
    data.mkdir()
    (data / "hub.toml").write_text('bind = "tcp://127.0.0.1:0"\nmedia_bind = "tcp://0.0.0.0:5557"\n')
    with caplog.at_level(logging.WARNING, logger="silkbridge.hub"):
        cfg = HubConfig.load(data)
    assert cfg.bind == "tcp://127.0.0.1:0" and not hasattr(cfg, "media_bind")
    assert any("media_bind is no longer used" in r.getMessage() and "[webrtc]" in r.getMessage()
               for r in caplog.records), caplog.text
    (data / "hub.toml").write_text('bind = "tcp://127.0.0.1:0"\nmedia_bnd = "x"\n')
    with pytest.raises(ValueError, match="unknown setting.*media_bnd"):
        HubConfig.load(data)
    (data / "hub.toml").write_text('bind = "tcp://127.0.0.1:0"\nmedia_bind = "tcp://0.0.0.0:5557"\n')
    hub = LocalHub(data).start()
    try:
        assert "media" not in hub.services
    finally:
        assert hub.stop() == 0


# ----------------------------------------------------------------------------- install-hub.sh
def staging_root(tmp_path) -> Path:
    root = tmp_path / "root"
    (root / "etc").mkdir(parents=True)
    (root / "etc" / "passwd").write_text("root:x:0:0:root:/root:/bin/bash\n")
    (root / "etc" / "group").write_text("root:x:0:\n")
    (root / "etc" / "shadow").write_text("root:*:19000:0:99999:7:::\n")
    (root / "etc" / "gshadow").write_text("root:*::\n")
    for f in ("shadow", "gshadow"):
        (root / "etc" / f).chmod(0o600)
    return root


def install_hub(root: Path) -> subprocess.CompletedProcess:
    r = subprocess.run(["bash", str(INSTALLER / "install-hub.sh"), "--root", str(root),
                        "--exec", f"{sys.executable} -m workstation"], capture_output=True, text=True, timeout=120)
    assert r.returncode == 0, r.stdout + r.stderr
    return r


def test_install_hub_creates_user_dirs_unit_and_is_safe_to_rerun(tmp_path):
    root = staging_root(tmp_path)
    first = install_hub(root)
    assert "created user silkbridge-hub" in first.stdout and "hub.toml" in first.stdout

    users = [line.split(":") for line in (root / "etc/passwd").read_text().splitlines()]
    hub_user = [u for u in users if u[0] == "silkbridge-hub"]
    assert len(hub_user) == 1
    _, _, uid, gid, _, home, shell = hub_user[0]
    assert (home, shell) == ("/var/lib/silkbridge-hub", "/usr/sbin/nologin") and int(uid) < 1000  # a system user
    data, logs = root / "var/lib/silkbridge-hub", root / "var/log/silkbridge-hub"
    for path, mode in ((data, 0o700), (logs, 0o750), (data / "hub.toml", 0o600)):
        st = path.stat()
        assert (st.st_uid, st.st_gid, st.st_mode & 0o777) == (int(uid), int(gid), mode), path
    assert (data / "hub.toml").read_text() == (INSTALLER / "hub.toml.sample").read_text()
    assert os.readlink(data / "hub.log") == "/var/log/silkbridge-hub/hub.log"
    unit = root / "etc/systemd/system" / UNIT
    assert parse_unit(unit.read_text())["Service"]["ExecStart"] == \
        [f"{sys.executable} -m workstation hub --data /var/lib/silkbridge-hub"]
    assert (root / "etc/systemd/system/multi-user.target.wants" / UNIT).is_symlink()
    verify = analyze("verify", str(unit))
    assert verify.returncode == 0 and UNIT not in verify.stderr, verify.stderr

    # the administrator edits the configuration; running the installer again changes nothing
    edited = (data / "hub.toml").read_text().replace("tcp://0.0.0.0:5555", "tcp://0.0.0.0:6555")
    (data / "hub.toml").write_text(edited)
    before = tree(root)
    again = install_hub(root)
    assert "created" not in again.stdout and "installed" not in again.stdout, again.stdout
    assert tree(root) == before
    assert (data / "hub.toml").read_text() == edited
    assert sum(1 for line in (root / "etc/passwd").read_text().splitlines() if line.startswith("silkbridge-hub:")) == 1


def test_install_hub_refuses_a_program_that_is_not_there(tmp_path):
    root = staging_root(tmp_path)
    r = subprocess.run(["bash", str(INSTALLER / "install-hub.sh"), "--root", str(root), "--exec",
                        str(tmp_path / "no-such-silkbridge")], capture_output=True, text=True, timeout=60)
    assert r.returncode == 1 and "is not an executable program" in r.stderr
    assert not (root / "var").exists() and "silkbridge-hub" not in (root / "etc/passwd").read_text()


def test_hub_logs_into_the_log_directory_and_rotation_keeps_it_logging(tmp_path):
    root = staging_root(tmp_path)
    install_hub(root)
    data, logs = root / "var/lib/silkbridge-hub", root / "var/log/silkbridge-hub"
    # in the staging root the link must point into it (on a real machine it is /var/log/...)
    (data / "hub.log").unlink()
    (data / "hub.log").symlink_to(logs / "hub.log")
    (data / "hub.toml").write_text(re.sub(r"tcp://0\.0\.0\.0:\d+", "tcp://127.0.0.1:0", (data / "hub.toml").read_text()))
    hub = LocalHub(data).start()
    try:
        assert wait_for(lambda: "hub.started" in (logs / "hub.log").read_text())
        assert shutil.which("logrotate"), "logrotate is missing: run installer/setup.sh"
        conf = (INSTALLER / "silkbridge-hub.logrotate").read_text()
        conf = conf.replace("/var/log/silkbridge-hub/hub.log", str(logs / "hub.log")) \
                   .replace("su silkbridge-hub silkbridge-hub", "su root root")
        (tmp_path / "logrotate.conf").write_text(conf)
        r = subprocess.run(["logrotate", "--force", "--state", str(tmp_path / "state"), str(tmp_path / "logrotate.conf")],
                           capture_output=True, text=True, timeout=60)
        assert r.returncode == 0, r.stderr
        assert "hub.started" in (logs / "hub.log.1").read_text()
        assert (logs / "hub.log").stat().st_size == 0
        bundle = hub.enrol("Dr Rotated")
        lc = LinkClient(bundle, tmp_path / "state-rotated").start()
        try:
            assert wait_for(lambda: lc.state == "online")
            assert wait_for(lambda: '"connect"' in (logs / "hub.log").read_text())  # still logging, same file
        finally:
            lc.stop()
    finally:
        assert hub.stop() == 0
    assert not (logs / "hub.log").read_text().startswith("\0"), "the truncated log must not start with a hole"


# ----------------------------------------------------------------------------- backup and restore
def events_of(lc: LinkClient, room: str) -> list[tuple]:
    return [(e.seq, e.sender, e.kind, e.body) for e in lc.history(room)]


def test_backup_wipe_restore_serves_the_same_events_and_studies(hub, tmp_path):
    coordinator, specialist = hub.enrol("Dr Coordinator", role="coordinator"), hub.enrol("Dr Lan")
    a = LinkClient(coordinator, tmp_path / "state-a").start()
    b = LinkClient(specialist, tmp_path / "state-b").start()
    try:
        a.join(ROOM)
        assert wait_for(lambda: a.room_role(ROOM) is not None)
        b.join(ROOM)
        assert wait_for(lambda: b.room_role(ROOM) is not None)
        for i in range(40):
            (a if i % 2 else b).publish(ROOM, "chat", {"text": f"message {i}", "n": i})
        a.publish(ROOM, "consult.conclusion", {"case": "case-1", "findings": "haemangioma", "diagnosis": "benign"})
        assert wait_for(lambda: a.outbox_size() == 0 and b.outbox_size() == 0 and len(a.history(ROOM)) == 41, 20)
        study = tmp_path / "study.bin"
        study.write_bytes(os.urandom(3 * 1024 * 1024 + 123))
        sha = BlobClient(specialist, b.services["blob"]).upload(study, ROOM)
        (hub.data_dir / "blobs" / f"{'c' * 64}.part").write_bytes(b"an upload still under way")
        before = events_of(a, ROOM)

        backup = tmp_path / "backups" / "hub.tar.gz"
        backup.parent.mkdir()
        r = cli("hub-backup", "--data", hub.data_dir, backup)  # while the hub runs
        assert r.returncode == 0, r.stderr
        summary = json.loads(r.stdout)
        assert summary["counts"]["users"] == 2 and summary["counts"]["blobs"] == 1
        assert summary["schema_version"] == SCHEMA_VERSION
        assert backup.stat().st_mode & 0o777 == 0o600  # holds the hub's secret key and the users' secrets
        with tarfile.open(backup) as tar:
            names = set(tar.getnames())
        assert {"MANIFEST.json", "data/hub.sqlite", "data/hub.key", "data/hub.key_secret", "data/hub.toml",
                f"data/blobs/{sha}"} <= names
        assert not any(n.endswith((".part", "hub.log", "hub.stderr", "-wal", "-shm")) for n in names), names

        a.publish(ROOM, "chat", {"text": "after the backup"})  # not in the backup: must not come back
        assert wait_for(lambda: a.outbox_size() == 0 and len(a.history(ROOM)) == 42)
    finally:
        a.stop()
        b.stop()
    address = hub.address
    assert hub.stop() == 0

    shutil.rmtree(hub.data_dir)  # the disk is lost
    r = cli("hub-restore", "--data", hub.data_dir, backup)
    assert r.returncode == 0, r.stderr
    assert json.loads(r.stdout)["counts"]["events"] == summary["counts"]["events"]
    assert not list(hub.data_dir.glob("blobs/*.part"))

    hub.start()  # the same address, keys and users: the workstations' bundles still work
    assert hub.address == address
    a2 = LinkClient(coordinator, tmp_path / "state-a2").start()  # a new workstation state: all from the hub
    b2 = LinkClient(specialist, tmp_path / "state-b2").start()
    try:
        for lc in (a2, b2):
            lc.join(ROOM)
        assert wait_for(lambda: len(a2.history(ROOM)) >= 41 and len(b2.history(ROOM)) >= 41, 20)
        time.sleep(0.5)  # anything extra (the message after the backup) would have arrived by now
        assert events_of(a2, ROOM) == before == events_of(b2, ROOM)
        assert not any(e.body.get("text") == "after the backup" for e in a2.history(ROOM))
        got = BlobClient(specialist, b2.services["blob"]).download(sha, tmp_path / "restored.bin")
        assert got.read_bytes() == study.read_bytes()
        a2.publish(ROOM, "chat", {"text": "business as usual"})  # the log goes on after the restored seq
        assert wait_for(lambda: a2.outbox_size() == 0 and a2.history(ROOM)[-1].seq == before[-1][0] + 1)
    finally:
        a2.stop()
        b2.stop()

    # The coordinator's OLD workstation state holds one event more than the restored hub ("after the
    # backup", seq 42); the hub's new seq 42 is another event: it must not be mistaken for the old one.
    a3 = LinkClient(coordinator, tmp_path / "state-a").start()
    errors = []
    a3.error.connect(errors.append)
    try:
        a3.join(ROOM)
        assert wait_for(lambda: any("restored from a backup" in e for e in errors), 20), errors
        assert wait_for(lambda: any(e.body.get("text") == "business as usual" for e in a3.history(ROOM)), 20)
        assert not any(e.body.get("text") == "after the backup" for e in a3.history(ROOM))
    finally:
        a3.stop()
    db = sqlite3.connect(tmp_path / "state-a" / "link.sqlite")
    try:  # set aside, not lost
        assert [msgspec.msgpack.decode(r[0])["text"] for r in db.execute("SELECT body FROM superseded")] == \
            ["after the backup"]
    finally:
        db.close()


def test_bad_backups_and_unsafe_restores_are_refused_and_change_nothing(hub, tmp_path):
    hub.enrol("Dr Keep")
    good = tmp_path / "good.tar.gz"
    assert cli("hub-backup", "--data", hub.data_dir, good).returncode == 0
    again = cli("hub-backup", "--data", hub.data_dir, good)
    assert again.returncode == 1 and "never overwrites" in again.stderr
    nowhere = cli("hub-backup", "--data", tmp_path / "not-a-hub", tmp_path / "x.tar.gz")
    assert nowhere.returncode == 1 and "hub.sqlite missing" in nowhere.stderr

    running = cli("hub-restore", "--data", hub.data_dir, good)
    assert running.returncode == 1 and f"a hub (pid {hub.pid}) is running" in running.stderr
    assert hub.stop() == 0
    data = hub.data_dir
    kept = tree(data)
    not_empty = cli("hub-restore", "--data", data, good)
    assert not_empty.returncode == 1 and "is not empty" in not_empty.stderr and "--force" in not_empty.stderr
    assert tree(data) == kept

    raw = good.read_bytes()
    with tarfile.open(good) as tar:
        members = [(m, tar.extractfile(m).read()) for m in tar.getmembers()]

    def repack(path, edit):
        with tarfile.open(path, "w:gz") as tar:
            for m, content in members:
                m, content = edit(m, content)
                if m is not None:
                    m.size = len(content)
                    tar.addfile(m, io.BytesIO(content))
        return path

    def manifest_newer(m, content):
        if m.name == "MANIFEST.json":
            content = json.dumps(dict(json.loads(content), schema_version=SCHEMA_VERSION + 7)).encode()
        return m, content

    def traversal(m, content):
        if m.name == "data/hub.toml":
            m.name = "data/../../escaped.toml"
        return m, content

    truncated = tmp_path / "truncated.tar.gz"
    truncated.write_bytes(raw[: len(raw) // 2])
    not_gzip = tmp_path / "notes.tar.gz"
    not_gzip.write_text("these are not the backups you are looking for")
    stranger = tmp_path / "stranger.tar.gz"
    with tarfile.open(stranger, "w:gz") as tar:
        info = tarfile.TarInfo("README")
        info.size = 5
        tar.addfile(info, io.BytesIO(b"hello"))
    cases = {
        truncated: "damaged or truncated",
        not_gzip: "not a Silkbridge hub backup",
        stranger: "unexpected entry 'README'",
        repack(tmp_path / "tampered.tar.gz", lambda m, c: (m, c.replace(b"5.0", b"9.0") if m.name == "data/hub.toml"
                                                           else c)): "checksum wrong ['hub.toml']",
        repack(tmp_path / "missing.tar.gz", lambda m, c: (None, c) if m.name == "data/hub.key_secret" else (m, c)):
            "missing ['hub.key_secret']",
        repack(tmp_path / "newer.tar.gz", manifest_newer): "written by a newer Silkbridge",
        repack(tmp_path / "escape.tar.gz", traversal): "unexpected entry 'data/../../escaped.toml'",
        tmp_path / "absent.tar.gz": "no such backup file",
    }
    for archive, reason in cases.items():
        target = tmp_path / f"restore-{archive.stem}"
        r = cli("hub-restore", "--data", target, archive)
        assert r.returncode == 1 and reason in r.stderr, (archive.name, r.stderr)
        assert not target.exists() or list(target.iterdir()) == [], f"{archive.name} left {list(target.iterdir())}"
        assert not (tmp_path / "escaped.toml").exists()
        r = cli("hub-restore", "--data", data, "--force", archive)  # nor does it touch a hub's data
        assert r.returncode == 1 and reason in r.stderr
        assert tree(data) == kept

    # --force: the current content moves aside (nothing lost), the backup comes in
    (data / "hub.toml").write_text((data / "hub.toml").read_text() + "\n# changed after the backup\n")
    changed = tree(data)
    r = cli("hub-restore", "--data", data, "--force", good)
    assert r.returncode == 0, r.stderr
    aside = Path(json.loads(r.stdout)["moved_aside"])
    assert aside.parent == data and aside.name.startswith(".pre-restore-")
    stays = ("hub.log", "hub.stderr", "hub.lock")  # logs and the run lock stay where they are
    assert tree(aside) == {k: v for k, v in changed.items() if k not in stays}
    assert all((data / name).exists() for name in stays if name in changed)
    assert "changed after the backup" not in (data / "hub.toml").read_text()
    hub.start()
    store = Store(data)
    try:
        assert [u.name for u in store.users()] == ["Dr Keep"]
    finally:
        store.close()


# ----------------------------------------------------------------------------- schema upgrades
def old_store(data: Path, version: int) -> dict:
    """A hub data directory as an older Silkbridge left it (schema ``version``: 0 = before schema
    versions, 1 = first release): keys, one enrolled user, a consult room and three events.
    Returns the user's enrolment bundle."""
    data.mkdir(parents=True)
    hub_public, _ = hub_keys(data)
    public, secret = zmq.curve_keypair()
    hmac_secret = P.new_secret()
    db = sqlite3.connect(data / "hub.sqlite", isolation_level=None)
    db.execute("PRAGMA journal_mode=WAL")
    for sql in MIGRATIONS[0][1]:
        db.execute(sql)
    db.execute("INSERT INTO users VALUES (?,?,?,?,?,?,?,?,?,?)",
               ("dr-old-1", "Dr Old", "Old Hospital", "VN", "vi", "coordinator", public.decode(), hmac_secret, 0,
                time.time()))
    db.execute("INSERT INTO rooms VALUES (?,?,?,?,?)", (ROOM, "consult", "from last year", "dr-old-1", time.time()))
    for seq in (1, 2, 3):
        db.execute("INSERT INTO events VALUES (?,?,?,?,?,?,?)",
                   (ROOM, seq, "dr-old-1", "chat", msgspec.msgpack.encode({"text": f"old {seq}"}), time.time(),
                    f"old-{seq}"))
    db.execute("INSERT INTO audit (time, user, action, detail) VALUES (?,?,?,?)", (time.time(), "admin", "enrol", "{}"))
    db.execute(f"PRAGMA user_version = {version}")
    db.close()
    return {"format": "silkbridge-enrolment/1", "protocol": P.PROTOCOL_VERSION, "hub_address": "",
            "hub_public_key": hub_public.decode(), "user_id": "dr-old-1", "display_name": "Dr Old",
            "hospital": "Old Hospital", "country": "VN", "language": "vi", "role": "coordinator",
            "public_key": public.decode(), "secret_key": secret.decode(), "hmac_secret": hmac_secret}


@pytest.mark.parametrize("old_version", [0, 1])
def test_hub_upgrades_an_older_store_and_serves_its_events(tmp_path, old_version):
    data = tmp_path / "hub"
    bundle = old_store(data, old_version)
    hub = LocalHub(data).start()  # the new version opens the old store
    try:
        store = Store(data)
        try:
            assert store.db.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
            migrations = [json.loads(e["detail"]) for e in store.audit_entries("store.migrate")]
            assert migrations == [{"from": old_version, "to": SCHEMA_VERSION}]
        finally:
            store.close()
        copies = list(data.glob(f"hub.sqlite.schema-v{old_version}.*.bak"))
        assert len(copies) == 1, list(data.iterdir())
        assert copies[0].stat().st_mode & 0o777 == 0o600  # it holds the users' secrets
        copy = sqlite3.connect(copies[0])
        assert copy.execute("PRAGMA user_version").fetchone()[0] == old_version
        assert copy.execute("SELECT COUNT(*) FROM events").fetchone()[0] == 3
        copy.close()

        lc = LinkClient(dict(bundle, hub_address=hub.address), tmp_path / "state").start()
        try:
            lc.join(ROOM)
            assert wait_for(lambda: len(lc.history(ROOM)) == 3)
            assert [(e.seq, e.body["text"], e.sender_role) for e in lc.history(ROOM)] == \
                [(1, "old 1", ""), (2, "old 2", ""), (3, "old 3", "")]
            lc.publish(ROOM, "chat", {"text": "new"})
            assert wait_for(lambda: len(lc.history(ROOM)) == 4)
            assert (lc.history(ROOM)[-1].seq, lc.history(ROOM)[-1].sender_role) == (4, "coordinator")
        finally:
            lc.stop()
    finally:
        assert hub.stop() == 0
    # a restart does not migrate (or copy) again
    LocalHub(data).start().stop()
    assert len(list(data.glob("hub.sqlite.schema-v*.bak"))) == 1


def test_a_store_from_a_newer_version_is_refused_and_left_alone(tmp_path):
    data = tmp_path / "hub"
    old_store(data, 1)
    db = sqlite3.connect(data / "hub.sqlite")
    db.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    db.commit()
    db.close()
    before = tree(data)
    r = cli("hub", "--data", data, "--bind", "tcp://127.0.0.1:0")
    assert r.returncode == 1
    assert f"schema version {SCHEMA_VERSION + 1} was written by a newer Silkbridge" in r.stderr
    enrol = cli("enrol", "--data", data, "--name", "Dr New", "--hospital", "H", "--country", "VN", "--role",
                "specialist", "--hub-address", "tcp://127.0.0.1:5555")
    assert enrol.returncode == 2 and "newer Silkbridge" in enrol.stderr
    backup = cli("hub-backup", "--data", data, tmp_path / "newer.tar.gz")  # a backup copies it as it is
    assert backup.returncode == 0, backup.stderr
    after = tree(data)
    assert after["hub.sqlite"] == before["hub.sqlite"] and not any(".bak" in name for name in after)


def test_a_second_hub_on_the_same_data_is_refused(hub):
    r = cli("hub", "--data", hub.data_dir, "--bind", "tcp://127.0.0.1:0")
    assert r.returncode == 1 and f"another hub (pid {hub.pid}) is running" in r.stderr
