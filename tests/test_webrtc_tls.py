"""TURN over TLS (port 443 in production; a free port here) when a hospital firewall lets nothing
else through: UDP is blocked and plain TCP to the TURN port is refused. coturn serves TLS with a
certificate made by openssl in the test (trusted through SSL_CERT_FILE, as a station trusts the
hub's CA); the station probes UDP, then TCP, then TLS, and the call works over TLS: each side
hears the other's tone and sees numbered frames."""

from __future__ import annotations

import dataclasses
import shutil
import socket
import subprocess

import pytest

pytest.importorskip("aiortc")

from comms.udpemu import UdpLinkEmulator  # noqa: E402
from comms.webrtc.sfu import JanusServer, MediaAuthority, MediaServerConfig, TurnServer, free_port  # noqa: E402
from test_webrtc import Station, wait_for  # noqa: E402


def _closed_port() -> int:
    """A loopback TCP port nobody listens on: connecting is refused (the firewall's RST)."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture()
def certificate(tmp_path):
    if shutil.which("openssl") is None:
        pytest.fail("openssl is needed to make the test certificate")
    cert, key = tmp_path / "turn.pem", tmp_path / "turn.key"
    subprocess.run(["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "1",
                    "-subj", "/CN=127.0.0.1", "-addext", "subjectAltName=IP:127.0.0.1",
                    "-keyout", str(key), "-out", str(cert)], check=True, capture_output=True)
    return cert, key


def test_call_over_turn_tls_when_udp_and_plain_tcp_are_blocked(certificate, monkeypatch):
    cert, key = certificate
    monkeypatch.setenv("SSL_CERT_FILE", str(cert))  # the station trusts this certificate
    cfg = MediaServerConfig.for_tests(turn_tls_port=free_port(), turn_cert=str(cert), turn_key=str(key))
    with JanusServer(cfg) as janus, TurnServer(cfg), \
            UdpLinkEmulator("127.0.0.1", cfg.turn_port, "loopback", blocked=True) as udp:
        # an independent judge that coturn speaks TLS with this certificate on that port
        s_client = subprocess.run(["openssl", "s_client", "-connect", f"127.0.0.1:{cfg.turn_tls_port}",
                                   "-CAfile", str(cert), "-verify_return_error", "-brief"],
                                  input=b"", capture_output=True, timeout=20)
        assert s_client.returncode == 0 and b"Verification: OK" in s_client.stderr, s_client.stderr
        auth = MediaAuthority(cfg, janus.videoroom_key)
        grant = auth.issue("tia", "consult-tls")
        urls = grant.ice_servers[0]["urls"]
        assert f"turns:127.0.0.1:{cfg.turn_tls_port}?transport=tcp" in urls  # what the hub hands out
        behind_firewall = dataclasses.replace(grant, ice_servers=[dict(grant.ice_servers[0], urls=[
            f"turn:127.0.0.1:{udp.port}?transport=udp",              # UDP: dropped
            f"turn:127.0.0.1:{_closed_port()}?transport=tcp",        # plain TCP: refused
            f"turns:127.0.0.1:{cfg.turn_tls_port}?transport=tcp"])])  # TLS: lets through
        a = Station(behind_firewall, "Dr Tia", 440, relay_only=True, turn_probe_timeout=2.0)
        b = Station(auth.issue("uma", "consult-tls"), "Dr Uma", 880)
        try:
            a.call.start(40)
            b.call.start(30)
            assert a.call.turn_transport == "tls"
            fa, fb = a.call.grant.feed_id, b.call.grant.feed_id
            assert wait_for(lambda: len(b.numbers(fa)) >= 20 and len(a.numbers(fb)) >= 20, 30), \
                (len(b.numbers(fa)), len(a.numbers(fb)))
            assert abs(b.heard_hz(fa) - 440) < 5 and abs(a.heard_hz(fb) - 880) < 5
            assert udp.stats.delivered == 0 and udp.stats.dropped > 0  # nothing rode UDP
        finally:
            a.call.stop()
            b.call.stop()
            auth.close()
