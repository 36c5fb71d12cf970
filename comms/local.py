"""Run a real hub as a subprocess on this machine (demo for newcomers, tests).

The subprocess is ``python -m workstation hub --data DIR --bind ADDRESS`` (the same command an
administrator runs). ``module="comms.hub_cli"`` runs the identical subcommand without loading the
other packages' CLI plugins (faster start, useful if a plugin is broken).
"""

from __future__ import annotations

import json
import os
import select
import signal
import subprocess
import sys
import time
from pathlib import Path

from .enrol import enrol_user, revoke_user


def _die_with_parent() -> None:
    """In the hub child before exec: SIGTERM it when the program that started it dies (a demo that
    crashes or is killed leaves no hub running; SIGTERM lets it shut down cleanly). Linux ties this
    to the starting *thread*: start local hubs from a thread that lives as long as they do."""
    import ctypes
    import signal

    PR_SET_PDEATHSIG = 1
    ctypes.CDLL(None, use_errno=True).prctl(PR_SET_PDEATHSIG, signal.SIGTERM)


class LocalHub:
    def __init__(self, data_dir: str | Path, bind: str = "tcp://127.0.0.1:0", ready_timeout: float = 20.0,
                 module: str = "workstation"):
        self.module = module
        self.data_dir = Path(data_dir)
        self.bind = bind
        self.ready_timeout = ready_timeout
        self.proc: subprocess.Popen | None = None
        self.address: str | None = None
        self.public_key: str | None = None
        self.services: dict[str, str] = {}

    def start(self) -> "LocalHub":
        self.data_dir.mkdir(parents=True, exist_ok=True)
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
        self.services = ready.get("services", {})  # side services by name: {"blob": ..., "media": ...}
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


def start_local_hub(data_dir: str | Path, bind: str = "tcp://127.0.0.1:0", module: str = "workstation") -> LocalHub:
    """Start a hub subprocess on ``data_dir`` and wait until it is ready (its address is ``.address``)."""
    return LocalHub(data_dir, bind, module=module).start()


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
