"""The emulated cross-border link: a loopback TCP proxy with delay, jitter, bandwidth, stalls and resets.

Kernel netem is not available on our machines, so tests and benchmarks put this proxy between a
ZeroMQ client and the hub. It makes a loopback connection behave like the link between a partner
hospital (e.g. Vientiane) and the hub in Nanning::

    client --tcp--> LinkEmulator(listen) --tcp--> target (hub)

How each impairment is modelled (per direction, "up" = client -> target, "down" = target -> client):

* **delay / jitter**: every chunk read from one side is released to the other side after
  ``delay_ms + uniform(-jitter_ms, +jitter_ms)``. A TCP stream never reorders, so a chunk is never
  released before the chunk in front of it (release times are made monotonic); jitter only changes
  *when* bytes come out.
* **bandwidth**: a token bucket (GCRA, burst of ~50 ms) per direction, shared by all connections
  through the emulator (it is one link), paces the bytes before the propagation delay.
* **loss**: a TCP proxy cannot drop bytes (the endpoints' TCP would never see a gap). What a
  user of a lossy path sees is the *retransmission delay*: a lost segment holds back everything
  behind it (head-of-line blocking) for roughly one retransmission timeout. So ``loss_pct`` is the
  per-segment (1448 bytes) probability that a chunk is held back an extra
  ``uniform(*loss_stall_ms)`` (200-400 ms by default). Throughput collapse from congestion control
  is not modelled.
* **stalls**: for ``stall_seconds`` no byte is forwarded in either direction while connections
  stay open (a saturated satellite hop, a flapping route). Random stalls come every
  ``stall_every`` seconds on average (exponential gaps); :meth:`LinkEmulator.cut` forces one now.
* **resets**: every ``reset_every`` seconds on average (exponential gaps) one random open
  connection is reset (RST on both sides, via ``SO_LINGER`` 0), as a NAT or firewall on the way
  would do; :meth:`LinkEmulator.reset_all` resets every connection now.

Connection set-up itself is not delayed. All random draws come from generators seeded by
``seed`` (per connection and direction for jitter/loss, separate streams for the stall and reset
schedules), so a run with a seed draws the same numbers; which byte a draw lands on still depends
on how the OS splits the stream into reads.

In-process::

    with LinkEmulator("127.0.0.1", hub_port, profile=PROFILES["cross-border"], seed=1) as link:
        connect_client(f"tcp://127.0.0.1:{link.port}")
        link.cut(2.0); link.reset_all(); print(link.stats)

CLI (prints one JSON "ready" line with the listen port, runs until SIGINT/SIGTERM, then prints one
JSON "stats" line)::

    python -m comms.linkemu --listen 127.0.0.1:0 --target 127.0.0.1:5555 --delay-ms 150 \
        --jitter-ms 30 --bandwidth-kbit 2000 --stall-every 20 --stall-seconds 2 --reset-every 30 --seed 1
"""

from __future__ import annotations

import argparse
import asyncio
import dataclasses
import json
import logging
import math
import random
import signal
import socket
import struct
import sys
import threading
from dataclasses import dataclass, field

log = logging.getLogger(__name__)

__all__ = ["LinkProfile", "LinkStats", "LinkEmulator", "PROFILES", "main", "linkemu_command"]

SEGMENT_BYTES = 1448  # a TCP segment's payload on a 1500-byte MTU path, for the loss model
READ_BYTES = 65536
_EOF = object()
_RST = object()


@dataclass(frozen=True)
class LinkProfile:
    """How the emulated link behaves. All fields apply to each direction independently.

    ``bandwidth_kbit`` 0 or None = unlimited; ``stall_every`` / ``reset_every`` None or 0 = never.
    """

    delay_ms: float = 150.0
    jitter_ms: float = 30.0
    bandwidth_kbit: float | None = 2000.0
    loss_pct: float = 2.0
    loss_stall_ms: tuple[float, float] = (200.0, 400.0)
    stall_every: float | None = None
    stall_seconds: float = 2.0
    reset_every: float | None = None

    def __post_init__(self):
        def bad(name, why):
            raise ValueError(f"LinkProfile.{name}={getattr(self, name)!r}: {why}")

        for name in ("delay_ms", "jitter_ms", "stall_seconds"):
            value = getattr(self, name)
            if not isinstance(value, (int, float)) or not math.isfinite(value) or value < 0:
                bad(name, "must be a finite number >= 0")
        for name in ("bandwidth_kbit", "stall_every", "reset_every"):
            value = getattr(self, name)
            if value is not None and (not isinstance(value, (int, float)) or not math.isfinite(value)
                                      or value < 0):
                bad(name, "must be None (off) or a finite number >= 0")
        if not isinstance(self.loss_pct, (int, float)) or not 0 <= self.loss_pct <= 100:
            bad("loss_pct", "must be a percentage between 0 and 100")
        lo_hi = tuple(self.loss_stall_ms)
        if len(lo_hi) != 2 or not 0 <= lo_hi[0] <= lo_hi[1]:
            bad("loss_stall_ms", "must be (low, high) with 0 <= low <= high")
        object.__setattr__(self, "loss_stall_ms", (float(lo_hi[0]), float(lo_hi[1])))

    @property
    def bytes_per_second(self) -> float | None:
        return self.bandwidth_kbit * 1000.0 / 8.0 if self.bandwidth_kbit else None

    def replace(self, **changes) -> LinkProfile:
        return dataclasses.replace(self, **changes)

    def to_dict(self) -> dict:
        d = dataclasses.asdict(self)
        d["loss_stall_ms"] = list(self.loss_stall_ms)
        return d


PROFILES: dict[str, LinkProfile] = {
    # No impairment at all: a plain proxy (useful as the reference in benchmarks).
    "loopback": LinkProfile(delay_ms=0, jitter_ms=0, bandwidth_kbit=None, loss_pct=0),
    # Partner hospital <-> Nanning hub on a normal day: 150 ms each way, 2 Mbit/s, 2 % loss.
    "cross-border": LinkProfile(delay_ms=150, jitter_ms=30, bandwidth_kbit=2000, loss_pct=2.0),
    # A bad day: slower, lossier, with random multi-second stalls and connection resets.
    "bad": LinkProfile(delay_ms=250, jitter_ms=80, bandwidth_kbit=512, loss_pct=5.0,
                       stall_every=20.0, stall_seconds=2.0, reset_every=30.0),
}


@dataclass(frozen=True)
class LinkStats:
    """A snapshot of what crossed the link. ``up`` = client -> target, ``down`` = target -> client."""

    bytes_up: int = 0
    bytes_down: int = 0
    connections: int = 0   # accepted since start
    active: int = 0        # open right now
    resets: int = 0        # connections reset by the emulator (random or reset_all)
    stalls: int = 0        # stalls started (random or cut)
    losses: int = 0        # chunks held back by the emulated retransmission delay
    failed_connects: int = 0  # client connections dropped because the target refused/timed out


@dataclass
class _Counters:
    bytes_up: int = 0
    bytes_down: int = 0
    connections: int = 0
    resets: int = 0
    stalls: int = 0
    losses: int = 0
    failed_connects: int = 0


class _Pacer:
    """A token bucket (as GCRA) for one direction of the link, shared by its connections."""

    def __init__(self):
        self._tat = 0.0  # theoretical arrival time of the next byte

    async def take(self, nbytes: int, rate: float | None, burst_s: float = 0.05) -> None:
        if not rate:
            return
        loop = asyncio.get_running_loop()
        now = loop.time()
        self._tat = max(self._tat, now) + nbytes / rate
        wait = self._tat - burst_s - now
        if wait > 0:
            await asyncio.sleep(wait)


def _set_rst_on_close(writer: asyncio.StreamWriter | None) -> None:
    if writer is None:
        return
    sock = writer.get_extra_info("socket")
    if sock is not None:
        try:
            sock.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
        except OSError:
            pass


class _Conn:
    def __init__(self, number: int, cwriter: asyncio.StreamWriter):
        self.number = number
        self.cwriter = cwriter
        self.twriter: asyncio.StreamWriter | None = None
        self.aborted = False

    def abort(self) -> None:
        """Close both sockets with RST (SO_LINGER 0)."""
        if self.aborted:
            return
        self.aborted = True
        for w in (self.cwriter, self.twriter):
            if w is not None:
                _set_rst_on_close(w)
                w.transport.abort()


class LinkEmulator:
    """A TCP proxy ``listen_host:listen_port`` -> ``target_host:target_port`` that impairs the stream.

    Runs its own asyncio loop in a background thread: :meth:`start` returns once listening, the
    other public methods may be called from any thread. Also a context manager.
    """

    def __init__(self, target_host: str, target_port: int, listen_host: str = "127.0.0.1",
                 listen_port: int = 0, profile: LinkProfile | None = None, seed: int | None = None,
                 connect_timeout: float = 5.0):
        self.target_host = target_host
        self.target_port = int(target_port)
        self.listen_host = listen_host
        self.listen_port = int(listen_port)
        self._profile = profile if profile is not None else LinkProfile()
        if not isinstance(self._profile, LinkProfile):
            raise TypeError(f"profile must be a LinkProfile, not {type(self._profile).__name__}")
        self.seed = seed
        self.connect_timeout = connect_timeout
        self._counters = _Counters()
        self._conns: dict[int, _Conn] = {}
        self._handlers: set[asyncio.Task] = set()
        self._loop: asyncio.AbstractEventLoop | None = None
        self._thread: threading.Thread | None = None
        self._server: asyncio.base_events.Server | None = None
        self._port: int | None = None
        self._stall_until = 0.0
        self._t0 = 0.0
        self._pacers = {True: _Pacer(), False: _Pacer()}
        self._stall_rng = self._rng("stall")
        self._reset_rng = self._rng("reset")
        self._victim_rng = self._rng("victim")
        self._schedulers: list[asyncio.Task] = []
        #: What happened, in order: dicts with "t" (seconds since start, as planned by the
        #: schedule for random events), "kind" ("stall", "reset", "cut", "reset_all") and details.
        self.events: list[dict] = []

    # ----------------------------------------------------------------------------- public API
    @property
    def port(self) -> int:
        if self._port is None:
            raise RuntimeError("LinkEmulator is not started")
        return self._port

    @property
    def address(self) -> str:
        return f"{self.listen_host}:{self.port}"

    @property
    def profile(self) -> LinkProfile:
        return self._profile

    @property
    def stats(self) -> LinkStats:
        c = self._counters
        return LinkStats(bytes_up=c.bytes_up, bytes_down=c.bytes_down, connections=c.connections,
                         active=len(self._conns), resets=c.resets, stalls=c.stalls, losses=c.losses,
                         failed_connects=c.failed_connects)

    def start(self) -> LinkEmulator:
        if self._thread is not None:
            raise RuntimeError("LinkEmulator already started")
        ready = threading.Event()
        failure: list[BaseException] = []

        def run():
            loop = asyncio.new_event_loop()
            asyncio.set_event_loop(loop)
            self._loop = loop
            try:
                loop.run_until_complete(self._open())
            except BaseException as exc:  # noqa: BLE001 - handed to start()'s caller
                failure.append(exc)
                ready.set()
                loop.close()
                return
            ready.set()
            try:
                loop.run_forever()
            finally:
                loop.run_until_complete(loop.shutdown_asyncgens())
                loop.close()

        self._thread = threading.Thread(target=run, name=f"linkemu->{self.target_port}", daemon=True)
        self._thread.start()
        ready.wait()
        if failure:
            self._thread.join()
            self._thread = None
            exc = failure[0]
            raise OSError(f"link emulator cannot listen on {self.listen_host}:{self.listen_port}: "
                          f"{exc}") from exc
        return self

    def stop(self) -> None:
        if self._thread is None:
            return
        loop = self._loop
        try:
            asyncio.run_coroutine_threadsafe(self._close(), loop).result(timeout=10)
        finally:
            loop.call_soon_threadsafe(loop.stop)
            self._thread.join(timeout=10)
            self._thread = None
            self._port = None

    def __enter__(self) -> LinkEmulator:
        return self.start()

    def __exit__(self, *exc) -> None:
        self.stop()

    def set_profile(self, profile: LinkProfile) -> None:
        """Change the link's behaviour live. Chunks already in flight keep their release time."""
        if not isinstance(profile, LinkProfile):
            raise TypeError(f"profile must be a LinkProfile, not {type(profile).__name__}")
        self._profile = profile
        if self._thread is not None:
            self._call(self._restart_schedulers)

    def cut(self, seconds: float) -> None:
        """Stall the link now: nothing is forwarded for ``seconds``; connections stay open."""
        if not seconds >= 0:
            raise ValueError(f"cut(seconds={seconds!r}): must be >= 0")
        self._call(lambda: self._stall(seconds, "cut"))

    def reset_all(self) -> int:
        """Reset every open connection now (RST to both ends). Returns how many were reset."""
        return self._call(lambda: self._reset(list(self._conns.values()), "reset_all"))

    # ------------------------------------------------------------------------------ internals
    def _rng(self, name: str) -> random.Random:
        return random.Random(f"{self.seed}:{name}") if self.seed is not None else random.Random()

    def _call(self, fn):
        """Run ``fn`` on the loop thread and return its result."""
        if self._thread is None or self._loop is None:
            raise RuntimeError("LinkEmulator is not started")
        if threading.current_thread() is self._thread:
            return fn()

        async def wrapper():
            return fn()

        return asyncio.run_coroutine_threadsafe(wrapper(), self._loop).result(timeout=10)

    async def _open(self) -> None:
        listener = None
        queue = self._bottleneck_queue_bytes()
        if queue:  # set before listen(): accepted sockets inherit it (the TCP window follows)
            listener = socket.create_server((self.listen_host, self.listen_port), reuse_port=False)
            listener.setsockopt(socket.SOL_SOCKET, socket.SO_RCVBUF, queue)
            self._server = await asyncio.start_server(self._accept, sock=listener)
        else:
            self._server = await asyncio.start_server(self._accept, self.listen_host, self.listen_port)
        self._port = self._server.sockets[0].getsockname()[1]
        self._t0 = asyncio.get_running_loop().time()
        self._restart_schedulers(0.0)
        log.info("link emulator %s:%s -> %s:%s %s", self.listen_host, self._port, self.target_host,
                 self.target_port, self._profile)

    async def _close(self) -> None:
        self._server.close()
        for task in self._schedulers:
            task.cancel()
        for conn in list(self._conns.values()):
            conn.abort()
        for task in list(self._handlers):
            task.cancel()
        await asyncio.gather(*self._schedulers, *self._handlers, return_exceptions=True)
        await self._server.wait_closed()

    def _now(self) -> float:
        return self._loop.time() - self._t0

    def _stall(self, seconds: float, kind: str, planned_t: float | None = None) -> None:
        loop = self._loop
        self._stall_until = max(self._stall_until, loop.time() + seconds)
        self._counters.stalls += 1
        self.events.append({"t": round(self._now() if planned_t is None else planned_t, 6),
                            "kind": kind, "seconds": seconds})

    def _reset(self, conns: list[_Conn], kind: str, planned_t: float | None = None) -> int:
        for conn in conns:
            conn.abort()
        self._counters.resets += len(conns)
        self.events.append({"t": round(self._now() if planned_t is None else planned_t, 6),
                            "kind": kind, "connections": [c.number for c in conns]})
        return len(conns)

    def _restart_schedulers(self, t: float | None = None) -> None:
        """(Re)start the random stall and reset schedules from ``t`` (seconds since start; now)."""
        for task in self._schedulers:
            task.cancel()
        t = self._now() if t is None else t
        self._schedulers = [asyncio.ensure_future(self._random_stalls(t)),
                            asyncio.ensure_future(self._random_resets(t))]

    async def _sleep_to(self, planned_t: float) -> None:
        await asyncio.sleep(max(0.0, planned_t - self._now()))

    async def _random_stalls(self, t: float) -> None:
        p = self._profile
        if not p.stall_every:
            return
        while True:
            t += self._stall_rng.expovariate(1.0 / p.stall_every)
            await self._sleep_to(t)
            self._stall(p.stall_seconds, "stall", planned_t=t)
            t += p.stall_seconds  # the next gap starts once this stall is over
            await self._sleep_to(t)

    async def _random_resets(self, t: float) -> None:
        p = self._profile
        if not p.reset_every:
            return
        while True:
            t += self._reset_rng.expovariate(1.0 / p.reset_every)
            await self._sleep_to(t)
            live = sorted(self._conns)
            victims = [self._conns[self._victim_rng.choice(live)]] if live else []
            self._reset(victims, "reset", planned_t=t)

    def _bottleneck_queue_bytes(self) -> int:
        """With a bandwidth cap, the link's queue is bounded like a router's (about 200 ms of the
        capped rate, at least 16 KiB): the sockets' receive buffers on the emulator's side are set
        to it, so a sender that exceeds the cap sees back-pressure and a rising round trip within a
        fraction of a second, instead of megabytes of hidden kernel buffering."""
        rate = self._profile.bytes_per_second
        return int(max(16 * 1024, rate * 0.2)) if rate else 0

    async def _connect_target(self):
        queue = self._bottleneck_queue_bytes()
        if not queue:
            return await asyncio.open_connection(self.target_host, self.target_port)
        loop = asyncio.get_running_loop()
        infos = await loop.getaddrinfo(self.target_host, self.target_port, type=socket.SOCK_STREAM)
        family, type_, proto, _, addr = infos[0]
        sock = socket.socket(family, type_, proto)
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_RCVBUF, queue)
        sock.setblocking(False)
        try:
            await loop.sock_connect(sock, addr)
        except BaseException:
            sock.close()
            raise
        return await asyncio.open_connection(sock=sock)

    async def _accept(self, creader: asyncio.StreamReader, cwriter: asyncio.StreamWriter) -> None:
        task = asyncio.current_task()
        self._handlers.add(task)
        self._counters.connections += 1
        number = self._counters.connections
        conn = _Conn(number, cwriter)
        self._conns[number] = conn
        try:
            try:
                treader, twriter = await asyncio.wait_for(self._connect_target(), self.connect_timeout)
            except (OSError, asyncio.TimeoutError) as exc:
                self._counters.failed_connects += 1
                log.warning("link emulator: cannot reach target %s:%s (%s); dropping client connection",
                            self.target_host, self.target_port, exc or "timeout")
                conn.abort()
                return
            conn.twriter = twriter
            if conn.aborted:  # reset while connecting
                conn.aborted = False
                conn.abort()
                return
            await asyncio.gather(self._pump(conn, creader, twriter, up=True),
                                 self._pump(conn, treader, cwriter, up=False))
        except asyncio.CancelledError:
            conn.abort()
        finally:
            self._conns.pop(number, None)
            self._handlers.discard(task)
            if not conn.aborted:
                for w in (cwriter, conn.twriter):
                    if w is not None:
                        w.close()

    async def _pump(self, conn: _Conn, reader: asyncio.StreamReader, writer: asyncio.StreamWriter,
                    up: bool) -> None:
        p = self._profile
        rate = p.bytes_per_second
        if rate:
            piece = int(min(READ_BYTES, max(SEGMENT_BYTES, rate * 0.01)))
            budget = max(256 * 1024, 2 * rate * (p.delay_ms + p.jitter_ms + p.loss_stall_ms[1]) / 1000)
        else:
            piece = READ_BYTES
            budget = 8 * 1024 * 1024
        queue: asyncio.Queue = asyncio.Queue(maxsize=max(16, int(budget // piece)))
        rng = self._rng(f"{conn.number}:{'up' if up else 'down'}")
        producer = asyncio.ensure_future(self._produce(conn, reader, queue, rng, piece, up))
        try:
            await self._consume(conn, writer, queue, up)
        except (OSError, RuntimeError) as exc:  # the destination went away: reset the other end too
            log.debug("link emulator conn %d: %s", conn.number, exc)
            conn.abort()
        finally:
            producer.cancel()
            await asyncio.gather(producer, return_exceptions=True)

    async def _produce(self, conn, reader, queue, rng: random.Random, piece: int, up: bool) -> None:
        loop = asyncio.get_running_loop()
        pacer = self._pacers[up]
        last_release = 0.0
        try:
            while not conn.aborted:
                data = await reader.read(READ_BYTES)
                if not data:
                    await queue.put(_EOF)
                    return
                for start in range(0, len(data), piece):
                    chunk = data[start:start + piece]
                    p = self._profile
                    await pacer.take(len(chunk), p.bytes_per_second)
                    delay = p.delay_ms + (rng.uniform(-p.jitter_ms, p.jitter_ms) if p.jitter_ms else 0.0)
                    if p.loss_pct:
                        nseg = -(-len(chunk) // SEGMENT_BYTES)
                        if rng.random() < 1.0 - (1.0 - p.loss_pct / 100.0) ** nseg:
                            delay += rng.uniform(*p.loss_stall_ms)
                            self._counters.losses += 1
                    last_release = max(last_release, loop.time() + max(0.0, delay) / 1000.0)
                    await queue.put((last_release, chunk))
        except OSError:  # the source reset the connection: pass the reset on, in order
            await queue.put(_RST)

    async def _consume(self, conn, writer: asyncio.StreamWriter, queue: asyncio.Queue, up: bool) -> None:
        loop = asyncio.get_running_loop()
        while True:
            item = await queue.get()
            if conn.aborted:
                return
            if item is _EOF:
                if writer.can_write_eof() and not writer.is_closing():
                    writer.write_eof()
                return
            if item is _RST:
                conn.abort()
                return
            release, chunk = item
            while True:  # wait for the release time, then for any stall to end
                wait = max(release, self._stall_until) - loop.time()
                if wait <= 0:
                    break
                await asyncio.sleep(wait)
            if conn.aborted:
                return
            writer.write(chunk)
            if up:
                self._counters.bytes_up += len(chunk)
            else:
                self._counters.bytes_down += len(chunk)
            await writer.drain()


# ---------------------------------------------------------------------------------------- CLI
def _hostport(text: str) -> tuple[str, int]:
    host, sep, port = text.rpartition(":")
    if not sep or not host or not port.isdigit() or not 0 <= int(port) <= 65535:
        raise argparse.ArgumentTypeError(f"{text!r} is not HOST:PORT")
    return host.strip("[]"), int(port)


def _add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--listen", type=_hostport, default=("127.0.0.1", 0),
                        help="HOST:PORT to listen on (port 0 = any free port; default 127.0.0.1:0)")
    parser.add_argument("--target", type=_hostport, required=True, help="HOST:PORT to forward to")
    parser.add_argument("--profile", choices=sorted(PROFILES), default="cross-border",
                        help="starting profile; the options below override its fields")
    parser.add_argument("--delay-ms", type=float, help="one-way delay in ms")
    parser.add_argument("--jitter-ms", type=float, help="+/- jitter in ms (never reorders bytes)")
    parser.add_argument("--bandwidth-kbit", type=float, help="per-direction bandwidth, 0 = unlimited")
    parser.add_argument("--loss-pct", type=float, help="per-segment loss %%, emulated as a 200-400 ms hold")
    parser.add_argument("--stall-every", type=float, help="mean seconds between random stalls, 0 = never")
    parser.add_argument("--stall-seconds", type=float, help="length of a stall in seconds")
    parser.add_argument("--reset-every", type=float, help="mean seconds between random resets, 0 = never")
    parser.add_argument("--seed", type=int, help="seed for all random draws")


def _profile_from_args(args: argparse.Namespace) -> LinkProfile:
    changes = {name: getattr(args, name) for name in
               ("delay_ms", "jitter_ms", "bandwidth_kbit", "loss_pct", "stall_every", "stall_seconds",
                "reset_every") if getattr(args, name) is not None}
    for name in ("bandwidth_kbit", "stall_every", "reset_every"):
        if changes.get(name) == 0:
            changes[name] = None
    return PROFILES[args.profile].replace(**changes)


def _run(args: argparse.Namespace) -> int:
    try:
        profile = _profile_from_args(args)
    except ValueError as exc:
        print(f"linkemu: {exc}", file=sys.stderr)
        return 2
    link = LinkEmulator(args.target[0], args.target[1], args.listen[0], args.listen[1], profile,
                        seed=args.seed)
    try:
        link.start()
    except OSError as exc:
        print(f"linkemu: {exc}", file=sys.stderr)
        return 1
    done = threading.Event()

    def on_signal(signum, frame):
        done.set()

    previous = {s: signal.signal(s, on_signal) for s in (signal.SIGINT, signal.SIGTERM)}
    try:
        print(json.dumps({"event": "ready", "listen_host": link.listen_host, "port": link.port,
                          "target": f"{link.target_host}:{link.target_port}", "seed": args.seed,
                          "profile": profile.to_dict()}), flush=True)
        while not done.wait(0.5):
            pass
    finally:
        for s, h in previous.items():
            signal.signal(s, h)
        link.stop()
    print(json.dumps({"event": "stats", **dataclasses.asdict(link.stats)}), flush=True)
    return 0


def linkemu_command(subparsers) -> None:
    """``python -m workstation linkemu ...`` (register as a silkbridge.commands entry point)."""
    parser = subparsers.add_parser("linkemu", help="run the emulated cross-border link (TCP proxy)")
    _add_arguments(parser)
    parser.set_defaults(func=_run)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m comms.linkemu",
                                     description="Emulated cross-border link: an impairing TCP proxy.")
    _add_arguments(parser)
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.WARNING, format="%(asctime)s %(levelname)s %(name)s %(message)s")
    return _run(args)


if __name__ == "__main__":
    sys.exit(main())
