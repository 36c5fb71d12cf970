"""Per-case access against a REAL hub process: a consult is seen, joined, read and its study
downloaded only by those its creator (or a moderator) invited; removal cuts; everything audited;
a hospital's administrator reads its users' audit."""

from __future__ import annotations

import json
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from comms.blobs import BlobClient, BlobError
from comms.client import LinkClient
from comms.consult import DIRECTORY_ROOM, ConsultDirectory, ConsultSession, Profile, new_consult_id
from comms.store import Store
from helpers import wait_for

DECUBITUS = Path(__file__).resolve().parent / "data" / "decubitus"
ROOT = Path(__file__).resolve().parent.parent


def station_maker(hub, tmp_path, started: list):
    """station(name, role, hospital, country) -> (bundle, LinkClient online, refusals list of (room, reason));
    each client started is added to ``started`` (the caller stops them)."""
    def make(name, role="specialist", hospital="Guangxi Medical", country="CN"):
        bundle = hub.enrol(name, role=role, hospital=hospital, country=country)
        client = LinkClient(bundle, tmp_path / f"link-{bundle['user_id']}").start()
        started.append(client)
        refusals = []
        client.room_refused.connect(lambda room, reason: refusals.append((room, reason)))
        assert wait_for(lambda: client.state == "online", 15), f"{name} is not online"
        return bundle, client, refusals

    return make


@pytest.fixture
def station(hub, tmp_path):
    started = []
    yield station_maker(hub, tmp_path, started)
    for c in reversed(started):
        c.stop()


def audit(hub, action, user=None):
    store = Store(hub.data_dir)
    try:
        return [dict(e, detail=json.loads(e["detail"])) for e in store.audit_entries(action, user)]
    finally:
        store.close()


def study_zip(path: Path) -> Path:
    files = sorted(p for p in (DECUBITUS / "HFS").rglob("*") if p.is_file())[:5]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_STORED) as z:
        for p in files:
            z.write(p, p.relative_to(DECUBITUS))
    return path


def kinds(client, room):
    return [ev.kind for ev in client.history(room)]


def test_only_the_invited_see_join_read_and_download_a_consult(hub, station, tmp_path):
    chen_b, chen, _ = station("Dr Chen", "specialist", "Guangxi Medical")
    mai_b, mai, _ = station("Dr Mai", "specialist", "Guangxi Medical")  # the creator's colleague
    lan_b, lan, lan_refused = station("Dr Lan", "specialist", "Bach Mai", "VN")  # another hospital
    room = new_consult_id()
    consult = ConsultSession(chen, room, Profile.from_bundle(chen_b), tmp_path / "chen")
    consult.create("Liver lesion", 0.0, agenda=[{"case_id": "case-1", "title": "Liver"}], participants=[])
    assert wait_for(lambda: chen.room_role(room) == "participant", 10)
    sha = BlobClient(chen_b, chen.services["blob"]).upload(study_zip(tmp_path / "study.zip"), room)
    consult.conclude("case-1", findings="2 cm hypodense lesion", diagnosis="haemangioma", recommendation="MRI",
                     follow_up="6 months", responsible_clinician="Dr Chen")
    assert wait_for(lambda: chen.outbox_size() == 0, 10)

    # The directory: the colleague sees the listing, the other hospital's specialist does not.
    mai_dir, lan_dir = ConsultDirectory(mai), ConsultDirectory(lan)
    mai_dir.open(), lan_dir.open()
    assert wait_for(lambda: room in mai_dir.listings, 10)
    assert wait_for(lambda: lan.last_seq(DIRECTORY_ROOM) >= mai.last_seq(DIRECTORY_ROOM) > 0, 10)
    assert room not in lan_dir.listings
    assert "redacted" in kinds(lan, DIRECTORY_ROOM)  # gap-free: a placeholder in place of the listing

    # Uninvited: her join is refused with the reason, she reads no event, she cannot publish there.
    lan.join(room)
    assert wait_for(lambda: lan_refused, 10)
    assert lan_refused[0] == (room, f"{lan_b['user_id']} is not invited to consult room {room}")
    assert lan.room_role(room) is None and lan.history(room) == []
    lan.publish(room, "consult.chat", {"text": "let me in"})
    assert wait_for(lambda: lan.outbox_size(room) == 0, 10)  # refused ("not a member"), dropped
    assert "consult.chat" not in kinds(chen, room)

    # ...nor download the study by its sha256 alone: refused, audited, nothing written.
    dest = tmp_path / "lan" / "study.zip"
    with pytest.raises(BlobError) as err:
        BlobClient(lan_b, lan.services["blob"]).download(sha, dest)
    assert err.value.code == "forbidden" and "not a member" in str(err.value)
    assert not dest.exists()
    refused = audit(hub, "blob.refused", lan_b["user_id"])
    assert refused and refused[-1]["detail"]["action"] == "download"
    joins = audit(hub, "refused", lan_b["user_id"])
    assert any(e["detail"]["action"] == "join" and e["detail"]["ref"] == room for e in joins)

    # The colleague of the creator's hospital joins and reads the conclusion, by default.
    mai.join(room)
    assert wait_for(lambda: "consult.conclusion" in kinds(mai, room), 10)

    # Invited by name: she now sees the listing, joins, reads the conclusion and downloads the study.
    consult.invite(users=[lan_b["user_id"]])
    assert wait_for(lambda: room in lan_dir.listings, 10)
    lan.join(room)
    assert wait_for(lambda: "consult.conclusion" in kinds(lan, room), 10)
    BlobClient(lan_b, lan.services["blob"]).download(sha, dest)
    assert dest.exists()
    assert audit(hub, "blob.download", lan_b["user_id"])
    grants = audit(hub, "room.invite", chen_b["user_id"])
    assert grants[-1]["detail"] == {"room": room, "users": [lan_b["user_id"]], "hospitals": [], "roles": []}

    # Removed: cut at once, told why, no further events, cannot come back.
    n_before = len(kinds(lan, room))
    consult.remove(users=[lan_b["user_id"]])
    assert wait_for(lambda: any(r == room and "removed" in why for r, why in lan_refused[1:]), 10)
    assert lan.room_role(room) is None
    consult.chat("after she left")
    assert wait_for(lambda: "consult.chat" in kinds(mai, room), 10)
    assert len(kinds(lan, room)) == n_before
    lan.join(room)
    assert wait_for(lambda: len(lan_refused) >= 3, 10) and "not invited" in lan_refused[-1][1]
    assert any(e["detail"]["why"] == "removed" for e in audit(hub, "leave", lan_b["user_id"]))
    with pytest.raises(BlobError):
        BlobClient(lan_b, lan.services["blob"]).download(sha, tmp_path / "again" / "study.zip")
    mai_dir.close(), lan_dir.close()


def test_only_the_creator_or_a_moderator_invites_and_lists(hub, station, tmp_path):
    chen_b, chen, _ = station("Dr Chen", "specialist", "Guangxi Medical")
    mai_b, mai, _ = station("Dr Mai", "specialist", "Guangxi Medical")
    boss_b, boss, _ = station("Coordinator Wu", "coordinator", "Nanning Hub Hospital")
    lan_b, lan, lan_refused = station("Dr Lan", "specialist", "Bach Mai", "VN")
    room = new_consult_id()
    chen.create_room(room, "consult", "private", access={"users": [mai_b["user_id"]]})
    chen.join(room)
    assert wait_for(lambda: chen.room_role(room) == "participant", 10)  # created before anyone else joins
    mai.join(room)
    assert wait_for(lambda: mai.room_role(room) == "participant", 10)
    mai.join(DIRECTORY_ROOM)
    assert wait_for(lambda: mai.room_role(DIRECTORY_ROOM) == "participant", 10)
    errors = []
    mai.error.connect(errors.append)
    mai.publish(room, "room.invite", {"hospitals": ["Bach Mai"]})  # a member, not the creator
    mai.publish(DIRECTORY_ROOM, "consult.listed", {"room": room, "title": "fake"})  # not hers to list
    assert wait_for(lambda: len(errors) >= 2, 10), errors
    assert any("only the creator" in e and "room.invite" in e for e in errors)
    assert any(f"only the creator of {room}" in e for e in errors)
    # a malformed access change is refused with its reason, nothing changes
    chen_errors = []
    chen.error.connect(chen_errors.append)
    chen.publish(room, "room.invite", {"roles": ["superuser"]})
    assert wait_for(lambda: any("unknown role(s) superuser" in e for e in chen_errors), 10)
    # a creator who invites without end fills no disk: at most 2000 entries per room
    for i in range(4):
        chen.publish(room, "room.invite", {"users": [f"u-{i}-{n}" for n in range(500)]})
    assert wait_for(lambda: any("at most 2000" in e for e in chen_errors), 10), chen_errors
    store = Store(hub.data_dir)
    try:
        assert store.room_access(room).size() <= 2000
    finally:
        store.close()
    # the coordinator (moderator) is admitted everywhere and may invite a whole hospital
    boss.join(room)
    assert wait_for(lambda: boss.room_role(room) == "moderator", 10)
    boss.publish(room, "room.invite", {"hospitals": ["Bach Mai"]})
    assert wait_for(lambda: boss.outbox_size() == 0, 10)
    lan.join(room)
    assert wait_for(lambda: lan.room_role(room) == "participant", 10), lan_refused
    assert [e["detail"]["hospitals"] for e in audit(hub, "room.invite", boss_b["user_id"])] == [["Bach Mai"]]


def test_a_hospital_administrator_reads_the_audit_of_its_users(hub, station, tmp_path):
    admin_b = hub.enrol("Admin Pham", role="administrator", hospital="Bach Mai", country="VN")
    chen_b, chen, _ = station("Dr Chen", "specialist", "Guangxi Medical")
    lan_b, lan, lan_refused = station("Dr Lan", "specialist", "Bach Mai", "VN")
    room = new_consult_id()
    chen.create_room(room, "consult", "private")
    chen.join(room)
    assert wait_for(lambda: chen.room_role(room) is not None, 10)
    lan.join(room)
    assert wait_for(lambda: lan_refused, 10)

    def run(*args):
        return subprocess.run([sys.executable, "-m", "comms.hub_cli", "hub-audit", "--data", str(hub.data_dir),
                               *args], capture_output=True, text=True, cwd=ROOT, timeout=60)

    r = run("--as", admin_b["user_id"], "--action", "refused")
    assert r.returncode == 0, r.stderr
    rows = [json.loads(line) for line in r.stdout.splitlines()]
    assert rows and {row["user"] for row in rows} == {lan_b["user_id"]}  # only Bach Mai's users
    assert rows[0]["detail"]["action"] == "join" and "not invited" in rows[0]["detail"]["reason"]
    everything = [json.loads(line) for line in run("--as", admin_b["user_id"]).stdout.splitlines()]
    assert chen_b["user_id"] not in {row["user"] for row in everything}
    r = run("--as", lan_b["user_id"])  # a specialist reads no audit
    assert r.returncode == 2 and "not an enrolled administrator" in r.stderr
    assert audit(hub, "audit.read", admin_b["user_id"])


# ----------------------------------------------------------------------------- the window shows only what one may do
def _consult_window(window, hub, tmp_path, bundle):
    from ui.consult.panel import ConsultController
    from ui.common.link import LinkBridge

    home = tmp_path / bundle["user_id"]
    bridge = LinkBridge(LinkClient(bundle, home / "link"))
    window.attach_link(bridge)
    ctl = ConsultController(window, bridge, bundle, home, home / "reid.sqlite")
    window.attach_consult(ctl)
    bridge.start()
    return bridge, ctl


@pytest.mark.gui
def test_a_trainees_window_offers_no_consult_and_no_broadcast_studio(qtbot, window, hub, tmp_path):
    from ui.broadcast.panel import BroadcastController

    bundle = hub.enrol("Trainee Tam", role="trainee", hospital="Bach Mai", country="VN")
    bridge, ctl = _consult_window(window, hub, tmp_path, bundle)
    broadcasts = BroadcastController(bridge, bundle, window=window)
    window.attach_broadcasts(broadcasts)
    try:
        qtbot.waitUntil(lambda: bridge.client.rights != {}, timeout=15_000)  # the hub's word, in Welcome
        assert bridge.client.rights["create"] == [] and "consult" not in bridge.client.rights["join"]
        panel = ctl.panel
        from PySide6.QtWidgets import QDockWidget

        window.findChild(QDockWidget, "consultDock").raise_()  # she looks at the consult dock
        qtbot.waitUntil(lambda: panel.isVisible(), timeout=5000)
        assert panel.new_button.isHidden() and not panel.new_button.isEnabled()
        assert not panel.join_button.isEnabled()
        assert panel.notice.isVisible() and "does not take part in MDT consults" in panel.notice.text()
        assert broadcasts.studio is None  # no broadcast studio for a non-surgeon
        qtbot.wait(500)
        assert ctl.session is None  # nothing was asked of the hub in her name
        assert not [e for e in audit(hub, "refused", bundle["user_id"]) if e["detail"]["action"] != "join"]
    finally:
        broadcasts.shutdown()
        bridge.stop()


@pytest.mark.gui
def test_a_refusal_and_a_removal_show_their_reason_in_the_window(qtbot, window, hub, station, tmp_path):
    chen_b, chen, _ = station("Dr Chen", "specialist", "Guangxi Medical")
    lan_b = hub.enrol("Dr Lan", role="specialist", hospital="Bach Mai", country="VN")
    room = new_consult_id()
    consult = ConsultSession(chen, room, Profile.from_bundle(chen_b), tmp_path / "chen")
    consult.create("Liver lesion", 0.0, agenda=[], participants=[], access={"users": [lan_b["user_id"]]})
    assert wait_for(lambda: chen.room_role(room) == "participant", 10)
    bridge, ctl = _consult_window(window, hub, tmp_path, lan_b)
    try:
        panel = ctl.panel
        qtbot.waitUntil(lambda: panel.consults.count() == 1, timeout=15_000)  # invited: listed for her
        assert panel.new_button.isEnabled()  # a specialist may create consults
        panel.consults.setCurrentRow(0)
        qtbot.mouseClick(panel.join_button, Qt.LeftButton)
        qtbot.waitUntil(lambda: ctl.client.room_role(room) == "participant", timeout=15_000)
        assert panel.stack.currentIndex() == 1  # the meeting
        # the creator withdraws her invitation: she is back at the list, told why
        consult.remove(users=[lan_b["user_id"]])
        qtbot.waitUntil(lambda: panel.stack.currentIndex() == 0 and panel.notice.isVisible(), timeout=15_000)
        assert f"you were removed from {room} by Dr Chen" in panel.notice.text()
        assert "removed" in window.statusBar().currentMessage()
        assert ctl.session is None
        # she tries again from the (old) listing: refused, and the reason is shown, not an empty meeting
        panel.consults.setCurrentRow(0)
        qtbot.mouseClick(panel.join_button, Qt.LeftButton)
        qtbot.waitUntil(lambda: "is not invited to consult room" in panel.notice.text(), timeout=15_000)
        assert panel.stack.currentIndex() == 0 and ctl.session is None
    finally:
        bridge.stop()


@pytest.mark.gui
def test_an_uninvited_viewer_of_a_broadcast_is_told_why_and_sees_no_empty_picture(qtbot, window, hub, station,
                                                                                 tmp_path):
    from comms.broadcast import BroadcastDirectory, BroadcastSession, new_broadcast_id
    from ui.broadcast.panel import BroadcastController
    from ui.common.link import LinkBridge

    wei_b, wei, _ = station("Dr Wei", "surgeon", "Guangxi Medical")
    room = new_broadcast_id()
    BroadcastSession(wei, room, Profile.from_bundle(wei_b)).create("Thyroidectomy")  # his hospital only
    assert wait_for(lambda: wei.room_role(room) is not None, 10)
    lan_b = hub.enrol("Dr Lan", role="specialist", hospital="Bach Mai", country="VN")
    bridge = LinkBridge(LinkClient(lan_b, tmp_path / "lan-link"))
    window.attach_link(bridge)
    ctl = BroadcastController(bridge, lan_b, window=window)
    window.attach_broadcasts(ctl)
    bridge.start()
    mai_b, mai, _ = station("Dr Mai", "specialist", "Guangxi Medical")  # his colleague sees it listed
    mai_dir = BroadcastDirectory(mai)
    mai_dir.open()
    try:
        assert wait_for(lambda: room in mai_dir.listings, 15)
        qtbot.waitUntil(lambda: bridge.client.last_seq("broadcast-directory") >= mai.last_seq("broadcast-directory"),
                        timeout=15_000)
        assert ctl.viewer.broadcasts.count() == 0  # not listed for her
        ctl.viewer.join(room)  # (a stale link, a guessed id): the hub refuses, she is told why
        qtbot.waitUntil(lambda: "is not invited to broadcast room" in window.statusBar().currentMessage(),
                        timeout=15_000)
        assert ctl.viewer.session is None and ctl.viewer.stack.currentIndex() == 0
    finally:
        mai_dir.close()
        ctl.shutdown()
        bridge.stop()


def test_a_removed_member_loses_the_consults_call_too(tmp_path):
    """Her voice in the consult is its WebRTC call: removed from the consult, she loses the call
    (the hub takes her media grant back within its sweep) and is refused a new grant, audited."""
    from comms.audio import ToneSource
    from comms.webrtc.call import CallSession
    from comms.webrtc.sfu import MediaGrant
    from helpers import media_grant, start_webrtc_hub

    hub = start_webrtc_hub(tmp_path)
    started = []
    try:
        station = station_maker(hub, tmp_path, started)
        chen_b, chen, _ = station("Dr Chen")
        lan_b, lan, lan_refused = station("Dr Lan", hospital="Bach Mai", country="VN")
        room = new_consult_id()
        consult = ConsultSession(chen, room, Profile.from_bundle(chen_b), tmp_path / "chen")
        consult.create("Voice", 0.0, agenda=[], participants=[], access={"users": [lan_b["user_id"]]})
        assert wait_for(lambda: chen.room_role(room) is not None, 10)
        lan.join(room)
        assert wait_for(lambda: lan.room_role(room) == "participant", 10)
        g, reason = media_grant(lan, room)
        assert g is not None, reason
        call = CallSession(MediaGrant.from_dict(g), "Dr Lan", audio_source=ToneSource(440.0))
        started.append(call)
        ended = []
        call.ended.connect(ended.append)
        call.start(30)
        assert call.state == "in-call"
        consult.remove(users=[lan_b["user_id"]])
        assert wait_for(lambda: lan_refused, 10)
        assert wait_for(lambda: ended, 10), call.state  # the hub's sweep took her grant back
        assert ended == ["revoked"]
        g2, reason2 = media_grant(lan, room)
        assert g2 is None and "not online in this room" in reason2, reason2
        refused = [e["detail"] for e in audit(hub, "refused", lan_b["user_id"])]
        assert any(d.get("action") == "media_grant" and d.get("room") == room for d in refused), refused
    finally:
        for c in reversed(started):
            c.stop()
        hub.stop()


def test_joining_an_unknown_referral_creates_nothing(hub, tmp_path):
    """A referral exists only as its sender created it (with its specialty and access list): a join
    of an unknown referral id (a typo, or a guess) is refused as unknown and leaves no room behind,
    whatever kind the join claims."""
    from comms import protocol as P
    from comms.local import RawPeer

    peer = RawPeer(hub.enrol("Dr Guess", "specialist", "Mahosot", "LA", "lo"))
    try:
        peer.send(P.Hello(features=list(P.FEATURES)))
        assert peer.recv_type(P.Welcome) is not None
        for room, kind in (("referral-0000guess", "referral"), ("referral-0000guess2", "consult"),
                           ("anything", "referral")):
            peer.send(P.JoinRoom(room=room, kind=kind))
            err = peer.recv_type(P.Error)
            assert err is not None and err.code == "no-such-room" and room in err.reason, (room, err)
            store = Store(hub.data_dir)
            try:
                assert store.room(room) is None
            finally:
                store.close()
        peer.send(P.JoinRoom(room="consult-fine", kind="consult"))  # other kinds still open on join
        assert peer.recv_type(P.Joined) is not None
    finally:
        peer.close()
