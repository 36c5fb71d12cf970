"""The hub's side of real-time media: Janus (SFU) and coturn (TURN), and who may use them.

* :class:`MediaServerConfig`: the one configuration of both servers (the hub's ``[media]``
  section): ports, secrets, the public host name, the credentials' lifetime.
* :class:`JanusServer` / :class:`TurnServer`: write a private configuration directory and run
  ``janus`` / ``turnserver`` as child processes (tests, benchmarks, ``hub`` without systemd);
  the service installer runs the same configuration under systemd.
* :class:`MediaAuthority`: the hub stays the authority. For a user the policy admits to a room it
  issues a :class:`MediaGrant` (a short-lived Janus token, valid only for that room's VideoRoom,
  and TURN REST credentials: ``username = "<expiry>:<user>"``, ``password = base64(HMAC-SHA1(secret,
  username))``); :meth:`MediaAuthority.revoke` removes the token, takes it out of the room's list
  and kicks the user's feeds, so a revoked user loses media at once.
"""

from __future__ import annotations

import base64
import dataclasses
import hashlib
import hmac
import logging
import os
import secrets
import shutil
import socket
import subprocess
import tempfile
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path

from .janus import JanusAdmin, JanusError, request

log = logging.getLogger("silkbridge.webrtc.sfu")

__all__ = ["MediaServerConfig", "JanusServer", "TurnServer", "MediaAuthority", "MediaGrant",
           "turn_credentials", "room_number", "free_port"]

JANUS_LIBS = "/usr/lib/x86_64-linux-gnu/janus"


def host_address() -> str:
    """This machine's first non-loopback IPv4 address (where Janus' candidates are), else loopback."""
    import ifaddr  # aioice's dependency

    for adapter in ifaddr.get_adapters():
        for ip in adapter.ips:
            if isinstance(ip.ip, str) and not ip.ip.startswith("127."):
                return ip.ip
    return "127.0.0.1"


def free_port(kind: int = socket.SOCK_STREAM) -> int:
    with socket.socket(socket.AF_INET, kind) as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@dataclass
class MediaServerConfig:
    """One configuration for Janus, its admin API and coturn (all secrets generated if empty)."""

    public_host: str = "127.0.0.1"        # what workstations connect to (Janus HTTP, TURN)
    janus_port: int = 8088                # Janus HTTP API
    admin_port: int = 7088                # Janus admin API: bound to loopback only
    rtp_ports: tuple[int, int] = (20000, 20999)
    turn_port: int = 3478                 # TURN over UDP and TCP
    turn_tls_port: int | None = None      # TURN over TLS (443 in production, needs cert/key)
    turn_cert: str | None = None
    turn_key: str | None = None
    turn_relay_ports: tuple[int, int] = (49152, 49999)
    turn_relay_ip: str | None = None      # the address relays are opened on (not loopback: Linux
                                          # does not route from 127.0.0.1 to Janus' address)
    turn_allow_loopback: bool = False     # tests and benchmarks relay to loopback peers
    admin_secret: str = ""
    turn_secret: str = ""
    realm: str = "silkbridge"
    credential_ttl: float = 600.0         # lifetime of a grant (token and TURN password), seconds
    session_timeout: int = 15             # Janus drops sessions silent for this long

    def __post_init__(self):
        self.admin_secret = self.admin_secret or secrets.token_urlsafe(24)
        self.turn_secret = self.turn_secret or secrets.token_urlsafe(24)
        for name in ("janus_port", "admin_port", "turn_port"):
            v = getattr(self, name)
            if not isinstance(v, int) or not 0 < v < 65536:
                raise ValueError(f"media.{name}={v!r}: must be a TCP/UDP port number")
        if not 10 <= self.credential_ttl <= 86400:
            raise ValueError(f"media.credential_ttl={self.credential_ttl!r}: must be 10..86400 seconds")

    @classmethod
    def for_tests(cls, **kw) -> "MediaServerConfig":
        """Free loopback ports, loopback peers allowed: a private pair of servers."""
        base = dict(janus_port=free_port(), admin_port=free_port(), turn_port=free_port(),
                    turn_allow_loopback=True, turn_relay_ip=host_address())
        lo = 20000 + (os.getpid() * 37 % 400) * 100
        base["rtp_ports"] = (lo, lo + 99)
        base["turn_relay_ports"] = (lo + 5000, lo + 5099)
        base.update(kw)
        return cls(**base)

    @property
    def janus_url(self) -> str:
        return f"http://{self.public_host}:{self.janus_port}/janus"

    @property
    def admin_url(self) -> str:
        return f"http://127.0.0.1:{self.admin_port}/admin"

    def ice_servers(self, username: str, password: str) -> list[dict]:
        urls = [f"turn:{self.public_host}:{self.turn_port}?transport=udp",
                f"turn:{self.public_host}:{self.turn_port}?transport=tcp"]
        if self.turn_tls_port:
            urls.append(f"turns:{self.public_host}:{self.turn_tls_port}?transport=tcp")
        return [{"urls": urls, "username": username, "credential": password}]

    def janus_files(self) -> dict[str, str]:
        """The Janus configuration files (name -> text): token auth, HTTP on the public host,
        admin API on loopback, only the VideoRoom plugin and the HTTP transport."""
        lo, hi = self.rtp_ports
        plugins_off = ",".join(sorted(p.name for p in Path(JANUS_LIBS, "plugins").glob("*.so")
                                      if p.name != "libjanus_videoroom.so")) if Path(JANUS_LIBS).is_dir() else ""
        transports_off = ",".join(sorted(p.name for p in Path(JANUS_LIBS, "transports").glob("*.so")
                                         if p.name != "libjanus_http.so")) if Path(JANUS_LIBS).is_dir() else ""
        bind = "127.0.0.1" if self.public_host in ("127.0.0.1", "localhost") else "0.0.0.0"
        return {
            "janus.jcfg": f"""general: {{
    configs_folder = "@DIR@"
    plugins_folder = "{JANUS_LIBS}/plugins"
    transports_folder = "{JANUS_LIBS}/transports"
    events_folder = "{JANUS_LIBS}/events"
    loggers_folder = "{JANUS_LIBS}/loggers"
    debug_level = 3
    token_auth = true
    admin_secret = "{self.admin_secret}"
    session_timeout = {int(self.session_timeout)}
    hide_dependencies = true
}}
media: {{
    rtp_port_range = "{lo}-{hi}"
    dtls_timeout = 500
    min_nack_queue = 1000
    twcc_period = 100
}}
nat: {{
    nice_debug = false
    ice_ignore_list = "vmnet,docker"
}}
plugins: {{
    disable = "{plugins_off}"
}}
transports: {{
    disable = "{transports_off}"
}}
events: {{
    broadcast = false
}}
loggers: {{
    disable = "libjanus_jsonlog.so"
}}
""",
            "janus.transport.http.jcfg": f"""general: {{
    json = "compact"
    base_path = "/janus"
    http = true
    port = {self.janus_port}
    ip = "{bind}"
    https = false
}}
admin: {{
    admin_base_path = "/admin"
    admin_http = true
    admin_port = {self.admin_port}
    admin_ip = "127.0.0.1"
    admin_https = false
}}
""",
            "janus.plugin.videoroom.jcfg": """general: {
    admin_key = "@ADMIN_KEY@"
    string_room_ids = false
}
""",
        }

    def turn_args(self, workdir: Path) -> list[str]:
        lo, hi = self.turn_relay_ports
        listen = "127.0.0.1" if self.public_host in ("127.0.0.1", "localhost") else "0.0.0.0"
        args = ["turnserver", "-n", "--no-cli", "--no-dtls", "--listening-ip", listen,
                "--listening-port", str(self.turn_port),
                "--min-port", str(lo), "--max-port", str(hi), "--use-auth-secret",
                "--static-auth-secret", self.turn_secret, "--realm", self.realm, "--fingerprint",
                "--no-multicast-peers", "--pidfile", str(workdir / "turnserver.pid"),
                "--userdb", str(workdir / "turndb"), "--log-file", "stdout", "--simple-log",
                "--no-software-attribute"]
        if self.turn_tls_port and self.turn_cert and self.turn_key:
            args += ["--tls-listening-port", str(self.turn_tls_port), "--cert", self.turn_cert,
                     "--pkey", self.turn_key]
        else:
            args += ["--no-tls"]
        if self.turn_relay_ip:
            args += ["--relay-ip", self.turn_relay_ip]
        if self.turn_allow_loopback:
            args += ["--allow-loopback-peers"]
        return args


def turn_credentials(secret: str, user: str, ttl: float, now: float | None = None) -> tuple[str, str, float]:
    """TURN REST API credentials (coturn ``use-auth-secret``): (username, password, expiry)."""
    expiry = int((time.time() if now is None else now) + ttl)
    username = f"{expiry}:{user}"
    digest = hmac.new(secret.encode(), username.encode(), hashlib.sha1).digest()
    return username, base64.b64encode(digest).decode(), float(expiry)


def room_number(room_id: str) -> int:
    """A stable numeric VideoRoom id for a Silkbridge room id (Janus rooms are 64-bit numbers)."""
    return int.from_bytes(hashlib.sha256(room_id.encode()).digest()[:6], "big") or 1


class _Process:
    name = "server"

    def __init__(self):
        self.proc: subprocess.Popen | None = None
        self.workdir: Path | None = None
        self._own_dir = False
        self._log = None

    def _spawn(self, args: list[str]) -> None:
        if shutil.which(args[0]) is None:
            raise RuntimeError(f"{args[0]} is not installed (apt-get install {self.package})")
        self._log = open(self.workdir / f"{self.name}.log", "wb")
        self.proc = subprocess.Popen(args, stdout=self._log, stderr=subprocess.STDOUT,
                                     stdin=subprocess.DEVNULL, start_new_session=True)

    def log_text(self) -> str:
        try:
            return (self.workdir / f"{self.name}.log").read_text(errors="replace")
        except (OSError, TypeError):
            return ""

    def _wait_ready(self, ready, timeout: float) -> None:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.proc.poll() is not None:
                raise RuntimeError(f"{self.name} exited ({self.proc.returncode}): {self.log_text()[-2000:]}")
            if ready():
                return
            time.sleep(0.05)
        self.stop()
        raise RuntimeError(f"{self.name} did not start in {timeout:.0f} s: {self.log_text()[-2000:]}")

    def stop(self) -> None:
        if self.proc is not None and self.proc.poll() is None:
            self.proc.terminate()
            try:
                self.proc.wait(5)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait(5)
        self.proc = None
        if self._log:
            self._log.close()
            self._log = None
        if self._own_dir and self.workdir is not None:
            shutil.rmtree(self.workdir, ignore_errors=True)
            self.workdir = None

    def __enter__(self):
        return self.start()

    def __exit__(self, *exc):
        self.stop()


class JanusServer(_Process):
    """``janus`` as a child process with :class:`MediaServerConfig`'s files in ``workdir``."""

    name, package = "janus", "janus"

    def __init__(self, config: MediaServerConfig, workdir: str | Path | None = None):
        super().__init__()
        self.config = config
        self._given = Path(workdir) if workdir else None
        self.videoroom_key = secrets.token_urlsafe(18)

    def write_config(self, folder: Path) -> None:
        folder.mkdir(parents=True, exist_ok=True)
        for name, text in self.config.janus_files().items():
            text = text.replace("@DIR@", str(folder)).replace("@ADMIN_KEY@", self.videoroom_key)
            (folder / name).write_text(text)
            os.chmod(folder / name, 0o600)  # secrets inside

    def start(self, timeout: float = 15.0) -> "JanusServer":
        self.workdir = self._given or Path(tempfile.mkdtemp(prefix="silkbridge-janus-"))
        self._own_dir = self._given is None
        self.write_config(self.workdir)
        self._spawn(["janus", "-o", "-D", "-F", str(self.workdir), "-C", str(self.workdir / "janus.jcfg")])

        def ready():
            try:
                request(f"http://127.0.0.1:{self.config.janus_port}/janus/info", None, 1.0)
                return True
            except JanusError:
                return False

        self._wait_ready(ready, timeout)
        return self


class TurnServer(_Process):
    """coturn's ``turnserver`` as a child process (TURN REST credentials, UDP and TCP)."""

    name, package = "turnserver", "coturn"

    def __init__(self, config: MediaServerConfig, workdir: str | Path | None = None):
        super().__init__()
        self.config = config
        self._given = Path(workdir) if workdir else None

    def start(self, timeout: float = 10.0) -> "TurnServer":
        self.workdir = self._given or Path(tempfile.mkdtemp(prefix="silkbridge-turn-"))
        self._own_dir = self._given is None
        self._spawn(self.config.turn_args(self.workdir))

        def ready():
            try:
                with socket.create_connection(("127.0.0.1", self.config.turn_port), 0.5):
                    return True
            except OSError:
                return False

        self._wait_ready(ready, timeout)
        return self


@dataclass(frozen=True)
class MediaGrant:
    """What a workstation needs to join a room's call, sent over the ZeroMQ link."""

    room: str
    janus_url: str
    janus_room: int
    token: str
    feed_id: int                  # the publisher id the hub assigned (so it can kick it)
    ice_servers: list = field(default_factory=list)
    expires: float = 0.0

    def to_dict(self) -> dict:
        return dataclasses.asdict(self)

    @classmethod
    def from_dict(cls, d: dict) -> "MediaGrant":
        """A grant as received over the link, checked (ValueError naming what is wrong)."""
        if not isinstance(d, dict):
            raise ValueError("media grant is not a mapping")
        names = {f.name for f in dataclasses.fields(cls)}
        missing = {"room", "janus_url", "janus_room", "token", "feed_id"} - set(d)
        if missing:
            raise ValueError(f"media grant lacks {sorted(missing)}")
        g = cls(**{k: v for k, v in d.items() if k in names})
        if not isinstance(g.janus_url, str) or not g.janus_url.startswith(("http://", "https://")):
            raise ValueError(f"media grant: janus_url {g.janus_url!r} is not an http(s) URL")
        for name in ("janus_room", "feed_id"):
            v = getattr(g, name)
            if not isinstance(v, int) or isinstance(v, bool) or not 0 < v < 2**63:
                raise ValueError(f"media grant: {name} {v!r} is not a positive 64-bit number")
        if not isinstance(g.token, str) or not 0 < len(g.token) <= 256:
            raise ValueError("media grant: bad token")
        servers = g.ice_servers
        if not isinstance(servers, list) or len(servers) > 8 or not all(
                isinstance(s, dict) and isinstance(s.get("urls"), (str, list)) for s in servers):
            raise ValueError("media grant: ice_servers must be a list of {urls, username, credential}")
        return g


class MediaAuthority:
    """Issues and revokes media grants; the hub calls it after its policy admitted the user.

    Thread-safe; every call is a few loopback HTTP requests to Janus' admin and VideoRoom APIs."""

    def __init__(self, config: MediaServerConfig, videoroom_key: str, *, max_publishers: int = 16):
        self.config = config
        self.videoroom_key = videoroom_key
        self.max_publishers = max_publishers
        self._own_token = secrets.token_urlsafe(24)
        self.janus = JanusAdmin(config.janus_url.replace(config.public_host, "127.0.0.1", 1),
                                config.admin_url, config.admin_secret, self._own_token)
        self._lock = threading.RLock()
        self._rooms: dict[str, int] = {}
        self._grants: dict[tuple[str, str], MediaGrant] = {}  # (user, room) -> grant
        self._started = False

    def _start(self) -> None:
        if not self._started:
            self.janus.add_token(self._own_token)
            self._started = True

    def _room_secret(self, room: str) -> str:
        return hmac.new(self.config.admin_secret.encode(), room.encode(), hashlib.sha256).hexdigest()[:32]

    def ensure_room(self, room: str) -> int:
        """Create the room's VideoRoom (once): private, token-checked, Opus with FEC, VP8."""
        with self._lock:
            self._start()
            if room in self._rooms:
                return self._rooms[room]
            number = room_number(room)
            body = {"request": "create", "room": number, "admin_key": self.videoroom_key,
                    "description": room[:64], "secret": self._room_secret(room), "is_private": True,
                    "publishers": self.max_publishers, "audiocodec": "opus", "videocodec": "vp8,h264",
                    "opus_fec": True, "audiolevel_event": True, "audio_active_packets": 25,
                    "audio_level_average": 40, "notify_joining": True, "bitrate": 1_000_000,
                    "fir_freq": 5, "allowed": []}
            try:
                self.janus.videoroom(body)
            except JanusError as exc:
                if exc.code != 427:  # JANUS_VIDEOROOM_ERROR_ROOM_EXISTS (hub restarted): reuse it
                    raise
                self.janus.videoroom({"request": "allowed", "room": number, "secret": self._room_secret(room),
                                      "action": "enable"})
            self._rooms[room] = number
            return number

    def issue(self, user: str, room: str) -> MediaGrant:
        """A fresh grant for ``user`` in ``room`` (call only for users the policy admits)."""
        with self._lock:
            number = self.ensure_room(room)
            old = self._grants.pop((user, room), None)
            if old is not None:
                self._withdraw(old)
            token = secrets.token_urlsafe(24)
            self.janus.add_token(token)
            self.janus.videoroom({"request": "allowed", "room": number, "secret": self._room_secret(room),
                                  "action": "add", "allowed": [token]})
            username, password, expiry = turn_credentials(self.config.turn_secret, user,
                                                          self.config.credential_ttl)
            feed = int.from_bytes(secrets.token_bytes(6), "big") or 1
            grant = MediaGrant(room=room, janus_url=self.config.janus_url, janus_room=number, token=token,
                               feed_id=feed, ice_servers=self.config.ice_servers(username, password),
                               expires=expiry)
            self._grants[(user, room)] = grant
            return grant

    def revoke(self, user: str, room: str | None = None) -> int:
        """Withdraw ``user``'s grants (in ``room`` or everywhere): returns how many were withdrawn."""
        with self._lock:
            keys = [k for k in self._grants if k[0] == user and (room is None or k[1] == room)]
            for k in keys:
                self._withdraw(self._grants.pop(k))
            return len(keys)

    def _withdraw(self, grant: MediaGrant) -> None:
        secret = self._room_secret(grant.room)
        for step in (
            lambda: self.janus.videoroom({"request": "allowed", "room": grant.janus_room, "secret": secret,
                                          "action": "remove", "allowed": [grant.token]}),
            lambda: self.janus.videoroom({"request": "kick", "room": grant.janus_room, "secret": secret,
                                          "id": grant.feed_id}),
            lambda: self.janus.remove_token(grant.token),
            lambda: self._destroy_sessions_of(grant.token),
        ):
            try:
                step()
            except JanusError as exc:  # not joined yet, already kicked...: keep withdrawing
                log.debug("withdrawing %s: %s", grant.room, exc)

    def _destroy_sessions_of(self, token: str) -> None:
        """End every Janus session opened with ``token`` (its subscriptions too)."""
        for sid in self.janus.sessions():
            try:
                handles = self.janus.handles(sid)
                for hid in handles[:1]:
                    info = self.janus.handle_info(sid, hid)
                    if info.get("token") == token or info.get("session_token") == token:
                        self.janus.destroy_session(sid)
            except JanusError:
                continue

    def grants(self) -> dict[tuple[str, str], MediaGrant]:
        with self._lock:
            return dict(self._grants)

    def close(self) -> None:
        self.janus.close()
