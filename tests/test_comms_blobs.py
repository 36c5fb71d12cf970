"""Study transfer through the hub's blob service, driven as the consult uses it: a real hub
process, real CURVE, enrolled users, a LinkClient that learns the service address from Welcome,
and the link emulator in front of the blob port where the link matters."""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import threading
import time
import zipfile
from pathlib import Path

import pytest

from comms.blobs import BlobClient, BlobError, file_sha256
from comms.client import LinkClient
from comms.linkemu import PROFILES, LinkEmulator, LinkProfile
from comms.local import start_local_hub
from comms.store import Store
from helpers import wait_for

DECUBITUS = Path(__file__).resolve().parent / "data" / "decubitus"
ROOM = "consult-7f3e"
#: the hospitals the consult ROOM invites (workstation.policy: a room admits only those invited)
INVITED = ["Mahosot Hospital", "Guangxi Medical University", "Bach Mai", "Calmette", "Siriraj", "Cho Ray",
           "Setthathirath"]




@pytest.fixture
def clients():
    started: list[LinkClient] = []
    yield started
    for c in started:
        c.stop()


def member(hub, tmp_path, clients, name, role="specialist", room=ROOM, hospital="Mahosot Hospital", country="LA"):
    """Enrol a user, connect their LinkClient, join the consult room (if the role may; the first one
    creates it, inviting the hospitals of :data:`INVITED`): (bundle, blob address)."""
    bundle = hub.enrol(name, role, hospital=hospital, country=country)
    lc = LinkClient(bundle, tmp_path / f"state-{bundle['user_id']}")
    clients.append(lc)
    lc.start()
    assert wait_for(lambda: lc.services.get("blob"), 10), "the hub did not advertise its blob service in Welcome"
    if room:
        assert wait_for(lambda: lc.state == "online", 10)
        lc.create_room(room, "consult", access={"hospitals": INVITED})  # a no-op once it exists
        lc.join(room)
        assert wait_for(lambda: any(m.user == bundle["user_id"] for m in lc.presence(room)), 10)
    return bundle, lc.services["blob"]


def study_zip(path: Path, series: str = "HFS") -> Path:
    """A study as the consult shares it: a zip of the (already de-identified) series' files."""
    files = sorted(p for p in (DECUBITUS / series).rglob("*") if p.is_file())
    assert len(files) >= 35
    with zipfile.ZipFile(path, "w", zipfile.ZIP_STORED) as z:
        for p in files:
            z.write(p, p.relative_to(DECUBITUS))
    return path


def audit(hub, action):
    store = Store(hub.data_dir)
    try:
        return [dict(e, detail=json.loads(e["detail"])) for e in store.audit_entries(action)]
    finally:
        store.close()


def blob_rows(hub, sha):
    store = Store(hub.data_dir)
    try:
        return store.db.execute("SELECT room, uploader, size, complete FROM blobs WHERE sha256=?", (sha,)).fetchall()
    finally:
        store.close()


def test_upload_then_download_by_another_specialist_and_dedup(hub, tmp_path, clients):
    src = study_zip(tmp_path / "study.zip")
    vientiane, address = member(hub, tmp_path, clients, "Dr Souksavanh", country="LA")
    nanning, _ = member(hub, tmp_path, clients, "Dr Wei", hospital="Guangxi Medical University", country="CN")
    seen: list[tuple[int, int, str]] = []
    sha = BlobClient(vientiane, address).upload(src, ROOM, progress=lambda d, t, label: seen.append((d, t, label)))
    assert sha == hashlib.sha256(src.read_bytes()).hexdigest()
    size = src.stat().st_size
    assert seen[-1][:2] == (size, size) and any(label.startswith("uploading") for *_, label in seen)
    assert (hub.data_dir / "blobs" / sha).read_bytes() == src.read_bytes()
    assert not (hub.data_dir / "blobs" / f"{sha}.part").exists()
    assert blob_rows(hub, sha) == [(ROOM, vientiane["user_id"], size, 1)]

    client = BlobClient(nanning, address)
    dest = client.download(sha, tmp_path / "inbox" / "study.zip")
    assert dest.read_bytes() == src.read_bytes()
    assert not dest.with_name("study.zip.part").exists()
    assert client.stats["bytes_received"] == size
    with zipfile.ZipFile(dest) as z:
        assert z.testzip() is None and len(z.namelist()) >= 35

    ups = [e for e in audit(hub, "blob.upload") if e["detail"]["sha256"] == sha]
    assert [(e["user"], e["detail"]["dedup"]) for e in ups] == [(vientiane["user_id"], False)]
    downs = audit(hub, "blob.download")
    assert [(e["user"], e["detail"]["offset"]) for e in downs] == [(nanning["user_id"], 0)]

    # the same study shared again (here by the hub side, into the same consult): nothing travels
    again = BlobClient(nanning, address)
    assert again.upload(src, ROOM) == sha
    assert again.stats["bytes_sent"] == 0
    ups = [e for e in audit(hub, "blob.upload") if e["detail"]["sha256"] == sha]
    assert [(e["user"], e["detail"]["dedup"]) for e in ups] == [(vientiane["user_id"], False),
                                                                 (nanning["user_id"], True)]


def test_wrong_hash_refused_nothing_stored_and_corrupt_download_deleted(hub, tmp_path, clients):
    src = study_zip(tmp_path / "study.zip", "HFP")
    sha = file_sha256(src)
    bundle, address = member(hub, tmp_path, clients, "Dr Chanthavong")
    # the file changes on disk after its id was computed and published (one byte flipped)
    data = bytearray(src.read_bytes())
    data[len(data) // 2] ^= 0xFF
    src.write_bytes(bytes(data))
    with pytest.raises(BlobError) as err:
        BlobClient(bundle, address).upload(src, ROOM, sha256=sha)
    assert err.value.code == "integrity"
    assert "hash to" in str(err.value) and sha[:16] in str(err.value) and "nothing was stored" in str(err.value)
    assert not (hub.data_dir / "blobs" / sha).exists()
    assert not (hub.data_dir / "blobs" / f"{sha}.part").exists()
    assert blob_rows(hub, sha) == []
    refused = [e for e in audit(hub, "blob.refused") if e["detail"]["sha256"] == sha]
    assert refused and refused[0]["detail"]["code"] == "integrity"

    # a good upload, then bit rot in the hub's copy: the receiver refuses it and keeps nothing
    good = BlobClient(bundle, address).upload(src, ROOM)
    stored = hub.data_dir / "blobs" / good
    rotten = bytearray(stored.read_bytes())
    rotten[1000] ^= 0x01
    stored.write_bytes(bytes(rotten))
    other, _ = member(hub, tmp_path, clients, "Dr Nguyen", hospital="Bach Mai", country="VN")
    dest = tmp_path / "inbox" / "case.zip"
    with pytest.raises(BlobError) as err:
        BlobClient(other, address).download(good, dest)
    assert err.value.code == "integrity" and "deleted" in str(err.value)
    assert not dest.exists() and not dest.with_name("case.zip.part").exists()


def test_download_resumes_after_reset_cut_and_cancel(hub, tmp_path, clients):
    src = study_zip(tmp_path / "study.zip", "HFDL")
    size = src.stat().st_size
    up, address = member(hub, tmp_path, clients, "Dr Sok", hospital="Calmette", country="KH")
    sha = BlobClient(up, address).upload(src, ROOM)
    down, _ = member(hub, tmp_path, clients, "Dr Somchai", hospital="Siriraj", country="TH")
    port = int(address.rsplit(":", 1)[1])
    profile = LinkProfile(delay_ms=20, jitter_ms=0, bandwidth_kbit=24_000, loss_pct=0)  # ~3 MB/s: a few s
    with LinkEmulator("127.0.0.1", port, profile=profile, seed=3) as link:
        client = BlobClient(down, f"tcp://127.0.0.1:{link.port}")
        dest = tmp_path / "inbox" / "study.zip"
        part = dest.with_name("study.zip.part")
        # 1) the user cancels at ~30 %: the part stays
        cancel = threading.Event()
        from comms.blobs import BlobCancelled

        def stop_early(done, total, label):
            if done >= 0.3 * total:
                cancel.set()

        with pytest.raises(BlobCancelled):
            client.download(sha, dest, progress=stop_early, cancel=cancel)
        kept = part.stat().st_size
        assert 0.3 * size <= kept < size and not dest.exists()

        # 2) resumed later; the link is reset at ~55 % and stalls 2 s at ~80 %
        fired = {"reset": False, "cut": False}

        def impair(done, total, label):
            if not fired["reset"] and done >= 0.55 * total:
                fired["reset"] = True
                assert link.reset_all() >= 1
            elif not fired["cut"] and done >= 0.8 * total:
                fired["cut"] = True
                link.cut(2.0)

        before = link.stats.bytes_down
        assert client.download(sha, dest, progress=impair) == dest
        assert dest.read_bytes() == src.read_bytes() and not part.exists()
        assert fired == {"reset": True, "cut": True}
        st = client.stats
        assert st["resumed_from"][0] == kept  # started from the part, not from 0
        assert st["reconnects"] >= 1 and len(st["resumed_from"]) >= 2
        assert st["resumed_from"][1] > kept  # after the reset: from what it had, not from the part
        window_bytes = client.window * client.chunk_size
        assert st["bytes_received"] <= size - kept + window_bytes  # at most the lost window again
        assert link.stats.bytes_down - before <= (size - kept) + window_bytes + 256 * 1024
        assert link.stats.resets >= 1 and link.stats.stalls >= 1
    downs = [e["detail"]["offset"] for e in audit(hub, "blob.download") if e["user"] == down["user_id"]]
    assert downs[0] == 0 and downs[1] == kept and len(downs) >= 3  # every (re)start is audited


def test_upload_resumes_after_hub_killed(hub, tmp_path, clients):
    src = study_zip(tmp_path / "study.zip", "HFDR")
    size = src.stat().st_size
    bundle, address = member(hub, tmp_path, clients, "Dr Phan", hospital="Cho Ray", country="VN")
    port = int(address.rsplit(":", 1)[1])
    profile = LinkProfile(delay_ms=20, jitter_ms=0, bandwidth_kbit=24_000, loss_pct=0)
    sha = file_sha256(src)
    part = hub.data_dir / "blobs" / f"{sha}.part"
    with LinkEmulator("127.0.0.1", port, profile=profile, seed=5) as link:
        client = BlobClient(bundle, f"tcp://127.0.0.1:{link.port}")
        done = {"bytes": 0}
        result: dict = {}

        def work():
            try:
                result["sha"] = client.upload(src, ROOM, progress=lambda d, t, label: label.startswith("uploading")
                                              and done.__setitem__("bytes", d))
            except BaseException as exc:  # noqa: BLE001 - reported by the assertion below
                result["error"] = exc

        t = threading.Thread(target=work)
        t.start()
        assert wait_for(lambda: done["bytes"] >= 0.4 * size, 30)
        hub.kill()
        stored_at_kill = part.stat().st_size
        assert 0 < stored_at_kill < size
        time.sleep(1.0)
        hub.start()  # same data dir, same addresses
        t.join(60)
        assert not t.is_alive()
        assert "error" not in result, result.get("error")
    assert result["sha"] == sha
    assert (hub.data_dir / "blobs" / sha).read_bytes() == src.read_bytes() and not part.exists()
    st = client.stats
    assert st["reconnects"] >= 1
    assert st["resumed_from"][0] == 0 and st["resumed_from"][-1] >= stored_at_kill
    assert st["bytes_sent"] <= size + client.window * client.chunk_size  # not sent twice
    ups = [e for e in audit(hub, "blob.upload") if e["detail"]["sha256"] == sha]
    assert len(ups) == 1 and ups[0]["user"] == bundle["user_id"]


def test_cross_border_upload_with_a_reset_resends_little(hub, tmp_path, clients):
    """Over 2 Mbit/s and 150 ms the client keeps only ~(RTT + 0.5 s) of bytes in flight, not the full
    window: a reset half way loses little, and the study still arrives intact."""
    src = tmp_path / "scan.zip"
    with zipfile.ZipFile(study_zip(tmp_path / "full.zip", "HFS")) as full, \
            zipfile.ZipFile(src, "w", zipfile.ZIP_STORED) as part:
        for name in full.namelist()[:7]:  # ~1.8 MB: a few seconds on the emulated link
            part.writestr(name, full.read(name))
    size = src.stat().st_size
    bundle, address = member(hub, tmp_path, clients, "Dr Vong", hospital="Setthathirath", country="LA")
    port = int(address.rsplit(":", 1)[1])
    with LinkEmulator("127.0.0.1", port, profile=PROFILES["cross-border"], seed=7) as link:
        client = BlobClient(bundle, f"tcp://127.0.0.1:{link.port}")
        fired = []

        def reset_half_way(done, total, label):
            if label.startswith("uploading") and done >= total / 2 and not fired:
                fired.append(link.reset_all())

        sha = client.upload(src, ROOM, progress=reset_half_way)
    assert fired and fired[0] >= 1
    assert (hub.data_dir / "blobs" / sha).read_bytes() == src.read_bytes()
    st = client.stats
    assert st["reconnects"] >= 1 and st["resumed_from"][-1] >= size // 2
    assert st["bytes_sent"] - size <= 400_000  # the full window would have been up to 2 MiB


def test_trainee_and_non_member_are_refused_with_audit(hub, tmp_path, clients):
    src = study_zip(tmp_path / "study.zip")
    owner, address = member(hub, tmp_path, clients, "Dr Owner")
    sha = BlobClient(owner, address).upload(src, ROOM)
    trainee, _ = member(hub, tmp_path, clients, "Trainee Lan", role="trainee", room=None)
    outsider, _ = member(hub, tmp_path, clients, "Dr Outsider", room=None,  # may join consults, not invited
                         hospital="Elsewhere Clinic", country="TH")

    dest = tmp_path / "trainee" / "study.zip"
    with pytest.raises(BlobError) as err:
        BlobClient(trainee, address).download(sha, dest)
    assert err.value.code == "forbidden" and "trainee" in str(err.value)
    assert not dest.exists() and not dest.with_name("study.zip.part").exists()

    other = tmp_path / "other.zip"
    shutil.copy(src, other)
    with open(other, "ab") as f:
        f.write(b"appended")
    for who, needle in ((outsider, "is not invited to consult room"), (trainee, "role trainee")):
        with pytest.raises(BlobError) as err:
            BlobClient(who, address).upload(other, ROOM)
        assert err.value.code == "forbidden" and needle in str(err.value)
    other_sha = file_sha256(other)
    assert not (hub.data_dir / "blobs" / other_sha).exists()
    assert not (hub.data_dir / "blobs" / f"{other_sha}.part").exists()

    refused = {(e["user"], e["detail"]["action"]) for e in audit(hub, "blob.refused")}
    assert (trainee["user_id"], "download") in refused
    assert (trainee["user_id"], "upload") in refused
    assert (outsider["user_id"], "upload") in refused
    assert not [e for e in audit(hub, "blob.download") if e["user"] == trainee["user_id"]]


def test_bad_input_is_named(hub, tmp_path, clients):
    bundle, address = member(hub, tmp_path, clients, "Dr Input")
    client = BlobClient(bundle, address)
    missing = tmp_path / "nowhere.zip"
    with pytest.raises(BlobError, match="nowhere.zip"):
        client.upload(missing, ROOM)
    with pytest.raises(BlobError, match="not a sha256"):
        client.download("../../etc/passwd", tmp_path / "x")
    with pytest.raises(BlobError, match="no stored blob"):
        client.download("0" * 64, tmp_path / "x")
    src = study_zip(tmp_path / "study.zip")
    with pytest.raises(BlobError, match="does not exist"):
        client.upload(src, "consult-never-created")


def test_study_over_the_hub_limit_is_refused_and_abandoned_parts_expire(tmp_path, clients):
    data = tmp_path / "hub"
    (data / "blobs").mkdir(parents=True)
    (data / "hub.toml").write_text('bind = "tcp://127.0.0.1:0"\nblob_max_bytes = 1000000\n')
    abandoned, recent = data / "blobs" / f"{'a' * 64}.part", data / "blobs" / f"{'b' * 64}.part"
    abandoned.write_bytes(b"x" * 5000)
    recent.write_bytes(b"y" * 5000)
    old = time.time() - 8 * 24 * 3600
    os.utime(abandoned, (old, old))
    h = start_local_hub(data, module="comms.hub_cli")
    try:
        assert not abandoned.exists() and recent.exists()  # an upload from last week is dropped, not today's
        assert [(e["detail"]["sha256"], e["detail"]["bytes"]) for e in audit(h, "blob.part.expired")] == \
            [("a" * 64, 5000)]
        bundle, address = member(h, tmp_path, clients, "Dr Big")
        src = study_zip(tmp_path / "study.zip")  # ~9 MB
        client = BlobClient(bundle, address)
        with pytest.raises(BlobError) as err:
            client.upload(src, ROOM)
        assert err.value.code == "too-large" and "1000000" in str(err.value)
        assert client.stats["bytes_sent"] == 0
        assert [e["detail"]["code"] for e in audit(h, "blob.refused")] == ["too-large"]
        assert sorted(p.name for p in (data / "blobs").iterdir()) == sorted(["endpoint", recent.name])
    finally:
        h.kill()
