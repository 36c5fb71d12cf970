"""The emulated cross-border link, driven through real loopback sockets as its users drive it."""

from __future__ import annotations

import json
import random
import socket
import socketserver
import statistics
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest
import zmq

from comms.linkemu import PROFILES, LinkEmulator, LinkProfile

ROOT = Path(__file__).resolve().parent.parent
QUIET = PROFILES["loopback"]


class _Servers(socketserver.ThreadingTCPServer):
    daemon_threads = True
    allow_reuse_address = True


class TcpServer:
    """A loopback TCP server in a thread: ``echo`` sends back what it gets, ``sink`` records it."""

    def __init__(self, mode: str):
        self.received = bytearray()
        self.arrivals: list[tuple[float, int]] = []  # (monotonic time, total bytes so far)
        self.connections = 0
        self.cond = threading.Condition()
        outer = self

        class Handler(socketserver.BaseRequestHandler):
            def handle(self):
                with outer.cond:
                    outer.connections += 1
                try:
                    while data := self.request.recv(65536):
                        if mode == "echo":
                            self.request.sendall(data)
                        else:
                            with outer.cond:
                                outer.received += data
                                outer.arrivals.append((time.monotonic(), len(outer.received)))
                                outer.cond.notify_all()
                except OSError:
                    pass

        self.server = _Servers(("127.0.0.1", 0), Handler)
        self.port = self.server.server_address[1]
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)
        self.thread.start()

    def wait_for(self, nbytes: int, timeout: float = 10.0) -> bytes:
        with self.cond:
            assert self.cond.wait_for(lambda: len(self.received) >= nbytes, timeout), \
                f"sink got {len(self.received)} of {nbytes} bytes"
            return bytes(self.received)

    def close(self):
        self.server.shutdown()
        self.server.server_close()


@pytest.fixture
def echo():
    server = TcpServer("echo")
    yield server
    server.close()


@pytest.fixture
def sink():
    server = TcpServer("sink")
    yield server
    server.close()


def connect(link: LinkEmulator, timeout: float = 10.0) -> socket.socket:
    sock = socket.create_connection(("127.0.0.1", link.port), timeout=timeout)
    sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
    return sock


def recv_exactly(sock: socket.socket, n: int) -> bytes:
    buf = bytearray()
    while len(buf) < n:
        data = sock.recv(n - len(buf))
        assert data, f"connection closed after {len(buf)} of {n} bytes"
        buf += data
    return bytes(buf)


def ping_rtt(sock: socket.socket, payload: bytes) -> float:
    t0 = time.perf_counter()
    sock.sendall(payload)
    assert recv_exactly(sock, len(payload)) == payload
    return time.perf_counter() - t0


def test_large_transfer_passes_unchanged_and_in_order_both_ways(echo):
    payload = random.Random(3).randbytes(4 * 1024 * 1024)
    jittery = LinkProfile(delay_ms=20, jitter_ms=15, bandwidth_kbit=None, loss_pct=1.0)
    with LinkEmulator("127.0.0.1", echo.port, profile=jittery, seed=11) as link:
        sock = connect(link, timeout=30)

        def send():
            sock.sendall(payload)
            sock.shutdown(socket.SHUT_WR)

        sender = threading.Thread(target=send)
        sender.start()
        got = bytearray()
        while data := sock.recv(1 << 20):
            got += data
        sender.join()
        sock.close()
        stats = link.stats
    assert len(got) == len(payload)
    assert bytes(got) == payload  # the echo came back byte for byte, in order, through both directions
    assert stats.bytes_up == stats.bytes_down == len(payload)
    assert stats.connections == 1
    assert stats.losses > 0  # retransmission holds happened and still nothing was reordered


def test_one_way_delay_is_applied_and_can_change_live(echo):
    with LinkEmulator("127.0.0.1", echo.port, profile=QUIET, seed=1) as link:
        sock = connect(link)
        assert ping_rtt(sock, b"hello") < 5.0
        link.set_profile(LinkProfile(delay_ms=150, jitter_ms=0, bandwidth_kbit=None, loss_pct=0))
        rtts = [ping_rtt(sock, f"ping {i}".encode()) for i in range(7)]
        assert statistics.median(rtts) >= 2 * 0.150 - 0.020, rtts
        # With jitter no echo can come back before twice the smallest one-way delay.
        link.set_profile(LinkProfile(delay_ms=150, jitter_ms=30, bandwidth_kbit=None, loss_pct=0))
        rtts = [ping_rtt(sock, f"jitter {i}".encode()) for i in range(5)]
        assert min(rtts) >= 2 * (0.150 - 0.030) - 0.005, rtts
        sock.close()


def test_bandwidth_cap_limits_throughput(sink):
    payload = random.Random(5).randbytes(200_000)
    capped = LinkProfile(delay_ms=0, jitter_ms=0, bandwidth_kbit=800, loss_pct=0)
    with LinkEmulator("127.0.0.1", sink.port, profile=capped) as link:
        sock = connect(link)
        t0 = time.monotonic()
        sock.sendall(payload)
        assert sink.wait_for(len(payload), timeout=20) == payload
        elapsed = sink.arrivals[-1][0] - t0
        sock.close()
    # 200 kB at 800 kbit/s (100 kB/s) needs ~2 s; the token bucket allows a 50 ms burst.
    assert elapsed >= 1.5, elapsed


def test_stall_holds_bytes_then_releases_them_in_order(sink):
    with LinkEmulator("127.0.0.1", sink.port, profile=LinkProfile(delay_ms=10, jitter_ms=0,
                                                                  bandwidth_kbit=None, loss_pct=0)) as link:
        sock = connect(link)
        sock.sendall(b"before|")
        sink.wait_for(7)
        t_cut = time.monotonic()
        link.cut(1.0)
        body = b"".join(b"%08d|" % i for i in range(20_000))
        sock.sendall(body)
        got = sink.wait_for(7 + len(body), timeout=10)
        first_after_cut = next(t for t, total in sink.arrivals if total > 7)
        assert link.stats.stalls == 1
        sock.sendall(b"after")
        assert sink.wait_for(7 + len(body) + 5).endswith(b"after")
        sock.close()
    assert first_after_cut - t_cut >= 0.9  # nothing crossed during the stall...
    assert got == b"before|" + body        # ...then everything came out, in order,
    assert sink.connections == 1           # on the same connection, which stayed open.


def test_reset_all_resets_the_client_and_new_connections_work(echo):
    with LinkEmulator("127.0.0.1", echo.port, profile=QUIET) as link:
        sock = connect(link)
        ping_rtt(sock, b"first")
        assert link.reset_all() == 1
        with pytest.raises(ConnectionResetError):
            data = sock.recv(100)
            if not data:  # an orderly EOF is acceptable to a user too, but we promise RST
                raise AssertionError("got EOF instead of a connection reset")
        sock.close()
        again = connect(link)
        assert ping_rtt(again, b"second") < 5.0
        again.close()
        stats = link.stats
    assert stats.resets == 1 and stats.connections == 2


def test_random_stalls_and_resets_follow_the_seed(echo):
    flaky = LinkProfile(delay_ms=0, jitter_ms=0, bandwidth_kbit=None, loss_pct=0,
                        stall_every=0.3, stall_seconds=0.05, reset_every=0.4)
    links = [LinkEmulator("127.0.0.1", echo.port, profile=flaky, seed=s) for s in (7, 7, 8)]
    for link in links:
        link.start()
    try:
        sock = connect(links[0])
        ping_rtt(sock, b"alive")
        sock.settimeout(10)
        with pytest.raises((ConnectionResetError, BrokenPipeError)):  # a random reset hits it
            while sock.recv(100) or True:
                sock.sendall(b"x")
                time.sleep(0.05)
        sock.close()
        time.sleep(0.5)
    finally:
        for link in links:
            link.stop()
    planned = [[(e["kind"], e["t"]) for e in link.events][:3] for link in links]
    assert len(planned[0]) == 3 and planned[0] == planned[1]  # same seed, same schedule
    assert planned[0] != planned[2]
    assert links[0].stats.resets >= 1 and links[0].stats.stalls >= 1


def test_zeromq_dealer_router_works_through_the_link_and_recovers_after_reset():
    ctx = zmq.Context()
    router = ctx.socket(zmq.ROUTER)
    router.linger = 0
    port = router.bind_to_random_port("tcp://127.0.0.1")
    profile = LinkProfile(delay_ms=30, jitter_ms=10, bandwidth_kbit=2000, loss_pct=2.0)
    stop = threading.Event()

    def serve():
        while not stop.is_set():
            if router.poll(100):
                ident, msg = router.recv_multipart()
                router.send_multipart([ident, b"re:" + msg])

    server = threading.Thread(target=serve)
    server.start()
    link = LinkEmulator("127.0.0.1", port, profile=profile, seed=2).start()
    dealer = ctx.socket(zmq.DEALER)
    dealer.linger = 0
    dealer.setsockopt(zmq.RECONNECT_IVL, 100)
    dealer.connect(f"tcp://127.0.0.1:{link.port}")

    def request(text: bytes, deadline: float = 15.0) -> bytes:
        end = time.monotonic() + deadline
        while time.monotonic() < end:  # the client's own retry, as the real client does
            dealer.send(text)
            while dealer.poll(1000):
                reply = dealer.recv()
                if reply == b"re:" + text:
                    return reply
        raise AssertionError(f"no reply to {text!r}")

    try:
        assert request(b"study 1") == b"re:study 1"
        big = random.Random(9).randbytes(300_000)
        assert request(big) == b"re:" + big
        assert link.reset_all() >= 1
        assert request(b"study 2") == b"re:study 2"  # ZeroMQ reconnected by itself
        stats = link.stats
    finally:
        stop.set()
        server.join()
        link.stop()
        dealer.close()
        router.close()
        ctx.term()
    assert stats.connections >= 2 and stats.resets >= 1


def test_cli_prints_ready_line_forwards_and_reports_stats(echo):
    proc = subprocess.Popen(
        [sys.executable, "-m", "comms.linkemu", "--listen", "127.0.0.1:0", "--target",
         f"127.0.0.1:{echo.port}", "--delay-ms", "20", "--jitter-ms", "5", "--bandwidth-kbit", "2000",
         "--stall-every", "20", "--stall-seconds", "2", "--reset-every", "30", "--seed", "1"],
        cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        ready = json.loads(proc.stdout.readline())
        assert ready["event"] == "ready" and ready["port"] > 0
        assert ready["profile"]["delay_ms"] == 20 and ready["profile"]["bandwidth_kbit"] == 2000
        with socket.create_connection(("127.0.0.1", ready["port"]), timeout=10) as sock:
            assert ping_rtt(sock, b"through the cli") >= 0.040
    finally:
        proc.terminate()
        out, err = proc.communicate(timeout=10)
    assert proc.returncode == 0, err
    stats = json.loads(out.strip().splitlines()[-1])
    assert stats["event"] == "stats" and stats["bytes_up"] == stats["bytes_down"] == 15


def test_bad_input_is_refused_with_a_clear_reason():
    with pytest.raises(ValueError, match="delay_ms"):
        LinkProfile(delay_ms=-5)
    with pytest.raises(ValueError, match="loss_pct"):
        LinkProfile(loss_pct=150)
    result = subprocess.run([sys.executable, "-m", "comms.linkemu", "--target", "nowhere"], cwd=ROOT,
                            capture_output=True, text=True, timeout=30)
    assert result.returncode == 2 and "'nowhere' is not HOST:PORT" in result.stderr


def test_unreachable_target_drops_the_client_connection():
    closed = socket.socket()
    closed.bind(("127.0.0.1", 0))
    dead_port = closed.getsockname()[1]
    closed.close()
    with LinkEmulator("127.0.0.1", dead_port, profile=QUIET) as link:
        sock = connect(link)
        try:
            assert sock.recv(10) == b""
        except ConnectionResetError:
            pass
        sock.close()
        # the emulator itself keeps serving
        assert link.stats.failed_connects == 1 and link.stats.active == 0
