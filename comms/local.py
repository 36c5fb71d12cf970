"""Run a real hub as a subprocess on this machine (demo for newcomers, tests).

The subprocess is ``python -m workstation hub --data DIR --bind ADDRESS`` (the same command an
administrator runs). ``module="comms.hub_cli"`` runs the identical subcommand without loading the
other packages' CLI plugins (faster start, useful if a plugin is broken).

``LocalHub(..., webrtc=True)`` gives the hub its calls and broadcasts on this machine: hub.toml's
``[webrtc]`` table is written with free loopback ports, so the hub starts Janus and coturn as its
children (:func:`webrtc_missing` says when they are not installed); ``webrtc=False`` takes the
table out; None (the default) leaves hub.toml as it is. :class:`DemoBroadcast` is the demo's
surgeon: a test pattern broadcast live through that hub's Janus.
"""

from __future__ import annotations

import json
import logging
import os
import re
import select
import shutil
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

from .enrol import enrol_user, revoke_user

log = logging.getLogger(__name__)


def _die_with_parent() -> None:
    """In the hub child before exec: SIGTERM it when the program that started it dies (a demo that
    crashes or is killed leaves no hub running; SIGTERM lets it shut down cleanly). Linux ties this
    to the starting *thread*: start local hubs from a thread that lives as long as they do."""
    import ctypes
    import signal

    PR_SET_PDEATHSIG = 1
    ctypes.CDLL(None, use_errno=True).prctl(PR_SET_PDEATHSIG, signal.SIGTERM)


#: the programs the hub's [webrtc] runs, and the Debian packages that hold them
WEBRTC_PROGRAMS = (("janus", "janus"), ("turnserver", "coturn"))


def webrtc_missing() -> str | None:
    """Why a hub on this machine cannot offer calls and broadcasts (Janus or coturn not installed), or None."""
    missing = [f"{prog} (package {pkg})" for prog, pkg in WEBRTC_PROGRAMS if shutil.which(prog) is None]
    if not missing:
        return None
    return f"not installed: {', '.join(missing)}; installer/setup.sh installs them"


def local_webrtc_table() -> str:
    """hub.toml's ``[webrtc]`` table for a hub whose stations all run on this machine: Janus and
    coturn on free loopback ports, TURN relaying to loopback peers."""
    from .webrtc.sfu import MediaServerConfig

    cfg = MediaServerConfig.for_tests()
    return "\n".join([
        "[webrtc]", "enabled = true", f"janus_port = {cfg.janus_port}", f"admin_port = {cfg.admin_port}",
        f"turn_port = {cfg.turn_port}", f"rtp_ports = [{cfg.rtp_ports[0]}, {cfg.rtp_ports[1]}]",
        f"turn_relay_ports = [{cfg.turn_relay_ports[0]}, {cfg.turn_relay_ports[1]}]",
        f'turn_relay_ip = "{cfg.turn_relay_ip}"', "turn_allow_loopback = true", ""])


_WEBRTC_TABLE = re.compile(r"^\[webrtc\][^\n]*\n(?:(?!\[)[^\n]*\n?)*", re.MULTILINE)


def configure_local_webrtc(data_dir: str | Path, enabled: bool) -> None:
    """Write (``enabled``) or take out hub.toml's ``[webrtc]`` table in ``data_dir``, the rest kept."""
    from .hub import DEFAULT_CONFIG

    path = Path(data_dir) / "hub.toml"
    text = path.read_text() if path.exists() else DEFAULT_CONFIG
    text = _WEBRTC_TABLE.sub("", text).rstrip("\n") + "\n"
    if enabled:
        text += "\n" + local_webrtc_table()
    path.write_text(text)


class LocalHub:
    def __init__(self, data_dir: str | Path, bind: str = "tcp://127.0.0.1:0", ready_timeout: float = 20.0,
                 module: str = "workstation", webrtc: bool | None = None):
        self.module = module
        self.webrtc = webrtc
        self.data_dir = Path(data_dir)
        self.bind = bind
        self.ready_timeout = ready_timeout
        self.proc: subprocess.Popen | None = None
        self.address: str | None = None
        self.public_key: str | None = None
        self.services: dict[str, str] = {}

    def start(self) -> "LocalHub":
        self.data_dir.mkdir(parents=True, exist_ok=True)
        if self.webrtc is not None and self.proc is None:  # once: a restart keeps the same servers' ports
            configure_local_webrtc(self.data_dir, self.webrtc)
        bind = self.address or self.bind
        cmd = [sys.executable, "-m", self.module, "hub", "--data", str(self.data_dir), "--bind", bind]
        root = str(Path(__file__).resolve().parent.parent)
        env = dict(os.environ, PYTHONPATH=root + os.pathsep + os.environ.get("PYTHONPATH", ""))
        self._stderr = open(self.data_dir / "hub.stderr", "ab")
        deadline = time.monotonic() + self.ready_timeout
        while True:  # on restart the old port may linger a moment
            self.proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=self._stderr, env=env, cwd=root,
                                         preexec_fn=_die_with_parent if sys.platform == "linux" else None)
            line = self._read_ready(deadline)
            if line is not None:
                break
            rc = self.proc.wait(timeout=5)
            if time.monotonic() > deadline:
                raise RuntimeError(f"hub did not start (exit {rc}); see {self.data_dir / 'hub.stderr'}")
            time.sleep(0.2)
        ready = json.loads(line)
        self.address = ready["address"]
        self.public_key = ready["public_key"]
        self.services = ready.get("services", {})  # side services by name: {"blob": ..., "webrtc": ...}
        return self

    def _read_ready(self, deadline: float) -> str | None:
        out = self.proc.stdout
        while time.monotonic() < deadline:
            r, _, _ = select.select([out], [], [], 0.2)
            if r:
                line = out.readline().decode()
                if not line:
                    return None  # exited
                if '"hub.ready"' in line:
                    return line
            elif self.proc.poll() is not None:
                return None
        raise TimeoutError(f"hub did not report ready within {self.ready_timeout} s")

    def enrol(self, name: str, role: str = "specialist", hospital: str = "Local hospital", country: str = "CN",
              language: str = "en", consultant_for=()) -> dict:
        return enrol_user(self.data_dir, name, hospital, country, language, role, self.address,
                          consultant_for=consultant_for)

    def revoke(self, user_id: str) -> None:
        revoke_user(self.data_dir, user_id)

    @property
    def pid(self) -> int | None:
        return self.proc.pid if self.proc else None

    def stop(self, timeout: float = 15.0) -> int:
        """SIGTERM and wait; returns the exit code (0 on a clean shutdown)."""
        if self.proc is None:
            return 0
        if self.proc.poll() is None:
            self.proc.send_signal(signal.SIGTERM)
        rc = self.proc.wait(timeout=timeout)
        self._cleanup()
        return rc

    def kill(self) -> int:
        if self.proc is None:
            return 0
        self.proc.kill()
        rc = self.proc.wait(timeout=10)
        self._cleanup()
        return rc

    def _cleanup(self) -> None:
        if self.proc and self.proc.stdout:
            self.proc.stdout.close()
        self._stderr.close()

    def restart(self) -> "LocalHub":
        """Stop (if running) and start again on the same address with the same data."""
        if self.proc is not None and self.proc.poll() is None:
            self.stop()
        return self.start()

    def __enter__(self) -> "LocalHub":
        return self

    def __exit__(self, *exc) -> None:
        if self.proc is not None and self.proc.poll() is None:
            self.kill()


def start_local_hub(data_dir: str | Path, bind: str = "tcp://127.0.0.1:0", module: str = "workstation",
                    webrtc: bool | None = None) -> LocalHub:
    """Start a hub subprocess on ``data_dir`` and wait until it is ready (its address is ``.address``);
    ``webrtc`` as :class:`LocalHub`'s."""
    return LocalHub(data_dir, bind, module=module, webrtc=webrtc).start()


class DemoBroadcast:
    """The demo's surgeon (``python -m workstation demo``): enrolled in a local hub with
    ``[webrtc]``, it lists a broadcast open to the demo's hospitals and to trainees, goes live and,
    in the background, publishes a numbered test pattern through the hub's Janus as a studio does
    (:class:`comms.webrtc.broadcast.BroadcastPublisher`: full feed, half-size low feed and the low
    feed's copy). Light on the CPU: ``size`` at ``fps`` (640x360 at 15 fps: ~15 % of a core). Its
    enrolment and room are kept in ``workdir/demo-surgeon.json`` (the same broadcast at every run).
    ``error`` says why the picture could not be published (logged too); ``live`` is set once it is."""

    NAME = "Dr Demo Surgeon"
    TITLE = "Demo broadcast: test pattern from theatre 1"

    def __init__(self, hub: "LocalHub", workdir: str | Path, size: tuple[int, int] = (640, 360), fps: float = 15.0,
                 grant_timeout: float = 30.0):
        self.hub, self.workdir, self.size, self.fps = hub, Path(workdir), size, fps
        self.grant_timeout = grant_timeout
        self.link = self.session = self.publisher = None
        self.error: str | None = None
        self.live = threading.Event()
        self._stopped = threading.Event()
        self._worker: threading.Thread | None = None

    def start(self) -> "DemoBroadcast":
        """Enrol (first run), go live on the link, publish in the background. Raises on a broken set-up."""
        from .broadcast import BroadcastSession, new_broadcast_id
        from .client import LinkClient
        from .consult import Profile

        path = self.workdir / "demo-surgeon.json"
        try:
            bundle = json.loads(path.read_text(encoding="utf-8")) if path.exists() else None
        except (ValueError, OSError) as exc:  # damaged: enrol again
            log.warning("the demo surgeon's enrolment %s is unreadable (%s): enrolling again", path, exc)
            bundle = None
        if not isinstance(bundle, dict) or bundle.get("hub_public_key") != self.hub.public_key:
            bundle = self.hub.enrol(self.NAME, role="surgeon", hospital="Nanning Hub Hospital", country="CN",
                                    language="zh-Hans")
            bundle["demo_room"] = new_broadcast_id()  # one demo broadcast, live again at every run
            path.write_text(json.dumps(bundle), encoding="utf-8")
        bundle = dict(bundle, hub_address=self.hub.address)
        self.link = LinkClient(bundle, self.workdir / "surgeon-link-state").start()
        self.session = BroadcastSession(self.link, bundle["demo_room"], Profile.from_bundle(bundle))
        self.session.create(self.TITLE, "Silkbridge demo: join it to watch",
                            access={"hospitals": ["Nanning Hub Hospital", "Silkbridge Demo Hospital"],
                                    "roles": ["trainee"]})  # the local users, and any trainee who comes to watch
        self.session.start()
        self._worker = threading.Thread(target=self._publish, name="demo-broadcast", daemon=True)
        self._worker.start()
        return self

    def _publish(self) -> None:
        from .video import TestPatternSource
        from .webrtc.broadcast import BroadcastPublisher

        try:
            grant = self._grant()
            if grant is None:
                return
            offset = self.link.clock_offset
            self.publisher = BroadcastPublisher(
                grant, self.NAME, video_source=TestPatternSource(*self.size, self.fps), video_size=self.size,
                full_kbps=500, low_kbps=150, clock_offset=offset if isinstance(offset, float) else 0.0)
            if not self._stopped.is_set():
                self.publisher.start(30.0)
                self.live.set()
                log.info("the demo broadcast is live on WebRTC (%dx%d at %g fps)", *self.size, self.fps)
        except Exception as exc:  # noqa: BLE001 - the demo works without it: say why
            self._failed(str(exc))

    def _failed(self, why: str) -> None:
        if not self._stopped.is_set():
            self.error = why
            log.error("could not start the demo broadcast: %s", why)

    def _grant(self):
        """The room's media grant, asked again while the hub has not seen the surgeon online in it."""
        import queue

        room, answers = self.session.room, queue.Queue()

        def on_grant(r, grant, reason):
            if r == room:
                answers.put((grant, reason))

        self.link.media_grant.connect(on_grant)
        try:
            deadline = time.monotonic() + self.grant_timeout
            reason = "no answer from the hub"
            while not self._stopped.is_set() and time.monotonic() < deadline:
                if self.link.state not in ("online", "degraded"):
                    self._stopped.wait(0.1)
                    continue
                self.link.request_media_grant(room)
                try:
                    grant, reason = answers.get(timeout=5.0)
                except queue.Empty:
                    continue
                if grant is not None:
                    return grant
                if "online" not in (reason or ""):  # refused for good
                    break
                self._stopped.wait(0.25)
            self._failed(f"no media grant ({reason})")
            return None
        finally:
            self.link.media_grant.disconnect(on_grant)

    def stop(self) -> None:
        self._stopped.set()
        if self._worker is not None:
            self._worker.join(35)
        for obj in (self.publisher, self.session, self.link):
            if obj is not None:
                try:
                    obj.stop()
                except Exception as exc:  # noqa: BLE001 - stop the others all the same
                    log.warning("stopping the demo broadcast: %s", exc)


class RawPeer:
    """A bare CURVE DEALER speaking the wire protocol by hand: for diagnostics, fuzzing and tests
    of the hub's defences (it can send anything, signed or not)."""

    def __init__(self, bundle: dict, ctx=None):
        import zmq

        from . import protocol as P

        self._zmq, self.P = zmq, P
        self.bundle = bundle
        self.key = bundle["hmac_secret"].encode()
        self.signer = P.Signer(bundle["user_id"], self.key)
        self._own_ctx = ctx is None
        self.ctx = ctx or zmq.Context()
        s = self.sock = P.curve_dealer(self.ctx, bundle, sndhwm=1_000_000)
        s.connect(bundle["hub_address"])

    def send_frames(self, frames: list[bytes]) -> None:
        self.sock.send_multipart(frames)

    def send(self, content, buffers=()) -> list[bytes]:
        frames = self.signer.frames(content, list(buffers))
        self.sock.send_multipart(frames)
        return frames

    def recv(self, timeout: float = 5.0):
        """Next (header, content) from the hub, or None on timeout."""
        if not self.sock.poll(int(timeout * 1000)):
            return None
        frames = self.sock.recv_multipart()
        header = self.P.peek_header(frames)
        content, _ = self.P.verify_and_decode(frames, header, self.key)
        return header, content

    def recv_type(self, cls, timeout: float = 5.0):
        """Skip messages until one of type ``cls`` arrives (None on timeout)."""
        deadline = time.monotonic() + timeout
        while (left := deadline - time.monotonic()) > 0:
            got = self.recv(left)
            if got is None:
                return None
            if isinstance(got[1], cls):
                return got[1]
        return None

    def close(self) -> None:
        self.sock.close(linger=0)
        if self._own_ctx:
            self.ctx.term()
