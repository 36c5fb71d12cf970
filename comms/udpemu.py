"""A UDP link emulator beside the TCP one (:mod:`comms.linkemu`): a datagram proxy that impairs.

``UdpLinkEmulator(target_host, target_port, profile)`` listens on a loopback port; each client
address gets its own upstream socket to the target (as a NAT would), and every datagram in each
direction is

* dropped with the profile's ``loss_pct`` on average, in bursts (a two-state Gilbert model whose
  mean burst length is ``burst``: real losses on a congested border link come in runs);
* delayed by ``delay_ms`` plus a uniform jitter of ``jitter_ms`` (order kept, like netem with a
  rate limit: a datagram never overtakes the previous one);
* paced at ``bandwidth_kbit`` with a queue of at most ``queue_ms``: what does not fit is dropped
  (tail drop), as a router does;
* or all dropped when ``blocked`` (a hospital firewall that blocks UDP: TURN over TCP is then the
  only way).

Media goes through TURN in tests and benchmarks: the emulator sits between the workstation and
coturn's UDP port, i.e. on the cross-border leg. Runs its own asyncio loop in a thread.
"""

from __future__ import annotations

import asyncio
import random
import threading
import time
from dataclasses import dataclass

from .linkemu import PROFILES, LinkProfile

__all__ = ["UdpLinkEmulator", "UdpStats"]


@dataclass
class UdpStats:
    sent: int = 0          # datagrams that entered the emulator
    delivered: int = 0
    lost: int = 0          # random (burst) loss
    dropped: int = 0       # queue overflow at the rate cap, or blocked


class _Direction:
    """One direction's impairment: Gilbert loss, delay/jitter, rate cap; delivery in order."""

    def __init__(self, emu: "UdpLinkEmulator", rng: random.Random):
        self.emu, self.rng = emu, rng
        self.bad = False
        self.last_due = 0.0
        self.link_free = 0.0

    def schedule(self, size: int, deliver) -> None:
        emu, p, st = self.emu, self.emu.profile, self.emu.stats
        st.sent += 1
        if emu.blocked:
            st.dropped += 1
            return
        if self._lost(p.loss_pct):
            st.lost += 1
            return
        now = time.monotonic()
        start = now
        bps = p.bytes_per_second
        if bps:
            start = max(now, self.link_free)
            if start - now > emu.queue_ms / 1000.0:
                st.dropped += 1
                return
            self.link_free = start + (size + 28) / bps  # + IP/UDP headers
        jitter = self.rng.uniform(-p.jitter_ms, p.jitter_ms) if p.jitter_ms else 0.0
        # strictly later than the previous one: asyncio's timer heap does not keep the order of
        # equal deadlines, and the link never reorders
        due = max(start + max(0.0, p.delay_ms + jitter) / 1000.0, self.last_due + 1e-6)
        self.last_due = due
        emu._loop.call_at(due, self._deliver, deliver)  # the loop clock is time.monotonic(): exact order

    def _deliver(self, deliver) -> None:
        try:
            deliver()
            self.emu.stats.delivered += 1
        except OSError:
            self.emu.stats.dropped += 1

    def _lost(self, loss_pct: float) -> bool:
        if loss_pct <= 0:
            return False
        # Gilbert model: in the bad state every packet is lost; mean burst = burst packets;
        # p(good->bad) chosen so that the stationary loss is loss_pct.
        burst = max(1.0, self.emu.burst)
        r = min(0.999, 1.0 / burst)
        loss = min(loss_pct / 100.0, 0.99)
        p = loss * r / (1.0 - loss)
        if self.bad:
            self.bad = self.rng.random() >= r
        else:
            self.bad = self.rng.random() < p
        return self.bad


class UdpLinkEmulator:
    """See the module docstring. ``start()`` returns once listening; ``port`` is the listen port."""

    def __init__(self, target_host: str, target_port: int, profile: LinkProfile | str | None = None, *,
                 listen_host: str = "127.0.0.1", burst: float = 2.0, queue_ms: float = 300.0,
                 blocked: bool = False, seed: int | None = None):
        if isinstance(profile, str):
            if profile not in PROFILES:
                raise ValueError(f"unknown link profile {profile!r}: one of {sorted(PROFILES)}")
            profile = PROFILES[profile]
        self.profile = profile if profile is not None else PROFILES["loopback"]
        if not isinstance(self.profile, LinkProfile):
            raise TypeError(f"profile must be a LinkProfile, not {type(self.profile).__name__}")
        if not burst >= 1 or not queue_ms > 0:
            raise ValueError("burst must be >= 1 packet and queue_ms > 0")
        self.target = (target_host, int(target_port))
        self.listen_host, self.burst, self.queue_ms, self.blocked = listen_host, float(burst), float(queue_ms), blocked
        self.stats = UdpStats()
        self._rng = random.Random(seed)
        self._up = _Direction(self, random.Random(self._rng.random()))
        self._down = _Direction(self, random.Random(self._rng.random()))
        self._loop: asyncio.AbstractEventLoop | None = None
        self._thread: threading.Thread | None = None
        self._front = None
        self._clients: dict[tuple, asyncio.DatagramTransport] = {}
        self.port = 0

    @property
    def address(self) -> str:
        return f"{self.listen_host}:{self.port}"

    def start(self) -> "UdpLinkEmulator":
        self._loop = asyncio.new_event_loop()
        ready = threading.Event()
        self._thread = threading.Thread(target=self._run, args=(ready,), name="udp-linkemu", daemon=True)
        self._thread.start()
        if not ready.wait(5) or self._front is None:
            raise RuntimeError("the UDP link emulator did not start")
        return self

    def _run(self, ready: threading.Event) -> None:
        asyncio.set_event_loop(self._loop)
        emu = self

        class Front(asyncio.DatagramProtocol):
            def datagram_received(self, data, addr):
                emu._from_client(data, addr)

        async def open_front():
            t, _ = await self._loop.create_datagram_endpoint(Front, local_addr=(self.listen_host, 0))
            self._front = t
            self.port = t.get_extra_info("sockname")[1]

        self._loop.run_until_complete(open_front())
        ready.set()
        self._loop.run_forever()
        for t in list(self._clients.values()) + [self._front]:
            t.close()
        self._loop.run_until_complete(asyncio.sleep(0))
        self._loop.close()

    def _from_client(self, data: bytes, addr) -> None:
        if addr not in self._clients:
            if len(self._clients) >= 256:  # bounded: one upstream socket per client address
                self.stats.dropped += 1
                return
            self._clients[addr] = None
            self._loop.create_task(self._open_upstream(addr, data))
            return
        up = self._clients[addr]
        if up is None:  # its upstream socket is still opening
            self.stats.dropped += 1
            return
        self._up.schedule(len(data), lambda: up.sendto(data))

    async def _open_upstream(self, addr, first: bytes) -> None:
        emu = self

        class Back(asyncio.DatagramProtocol):
            def datagram_received(self, data, _src):
                emu._down.schedule(len(data), lambda: emu._front.sendto(data, addr))

        t, _ = await self._loop.create_datagram_endpoint(Back, remote_addr=self.target)
        self._clients[addr] = t
        self._up.schedule(len(first), lambda: t.sendto(first))

    def set_blocked(self, blocked: bool) -> None:
        self.blocked = bool(blocked)

    def stop(self) -> None:
        if self._loop is not None and self._thread is not None:
            self._loop.call_soon_threadsafe(self._loop.stop)
            self._thread.join(5)
            self._loop = self._thread = None

    def __enter__(self):
        return self.start()

    def __exit__(self, *exc):
        self.stop()
