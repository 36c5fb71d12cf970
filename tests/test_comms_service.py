"""The hub as a kernel (comms.service): services register, the hub starts what is registered and
refuses a bad configuration of any of them before it binds anything; a service on the shared base
audits what it drops and stops at once."""

from __future__ import annotations

import ast
import json
import socket
import subprocess
import sys
import time
from pathlib import Path

import zmq

from comms import service
from comms.blobs import BlobServer
from comms.hub import hub_keys
from comms.store import Store
from helpers import wait_for

ROOT = Path(__file__).resolve().parent.parent


def test_the_hub_starts_and_announces_the_registered_services(hub):
    from comms.hub_cli import load_features

    load_features()  # what the hub command runs: each feature module registers itself
    assert {"blob", "archive", "webrtc"} <= set(service.registered())  # each by its own module
    assert "media" not in service.registered()  # the old TCP media relay is gone (media goes through Janus)
    assert {"referral-escalation", "directories", "broadcast-grants", "webrtc-requests"} <= set(service.hooks_registered())
    tree = ast.parse((ROOT / "comms" / "hub.py").read_text())
    imported = {(node.module or "") + "." + alias.name for node in tree.body if isinstance(node, ast.ImportFrom)
                for alias in node.names}
    features = {"blobs", "media", "archive", "webrtc", "referral_escalation", "directories", "broadcast_grants"}
    assert not {name for name in imported if set(name.split(".")) & features}, imported  # the hub imports none
    for name in ("blob",):
        host, port = hub.services[name].rsplit(":", 1)
        with socket.create_connection((host.removeprefix("tcp://"), int(port)), timeout=5):
            pass  # the service's socket is bound and listening


def test_a_bad_service_configuration_stops_the_hub_before_it_binds(tmp_path):
    data = tmp_path / "hub"
    data.mkdir()
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    (data / "hub.toml").write_text(f'bind = "tcp://127.0.0.1:{port}"\n[archive]\nbogus = 1\n')
    run = subprocess.run([sys.executable, "-m", "workstation", "hub", "--data", str(data)], cwd=ROOT,
                         capture_output=True, text=True, timeout=60)
    assert run.returncode != 0
    assert "bogus" in run.stderr, run.stderr[-2000:]
    with socket.socket() as s:  # nothing was left bound
        s.bind(("127.0.0.1", port))


def test_a_service_audits_what_it_drops_and_stops_at_once(tmp_path):
    data = tmp_path / "hub"
    public, secret = hub_keys(data)
    ctx = zmq.Context()
    blobs = BlobServer(ctx, data, public, secret).start()
    try:
        peer = ctx.socket(zmq.DEALER)
        peer.curve_serverkey = public
        peer.curve_publickey, peer.curve_secretkey = zmq.curve_keypair()
        peer.linger = 0
        peer.connect(blobs.address)
        peer.send_multipart([b"not signed", b"\xc1 not a header", b"garbage"])
        store = Store(data)
        try:
            assert wait_for(lambda: store.audit_entries("message.dropped"), 10)
            detail = json.loads(store.audit_entries("message.dropped")[0]["detail"])
            assert detail["service"] == "blob" and detail["reason"]
        finally:
            store.close()
        peer.close()
    finally:
        t0 = time.monotonic()
        blobs.stop()
        stopped = time.monotonic() - t0
        ctx.term()
    assert stopped < 1.0, f"stop took {stopped:.2f} s"
    assert blobs._thread is None
