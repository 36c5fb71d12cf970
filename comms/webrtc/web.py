"""Watching a broadcast in a web browser, from a one-time link.

The surgeon or a coordinator asks the hub for a link (:meth:`WatchLinks.create`); the hub's web
endpoint (:class:`WatchServer`, Python's ``http.server`` in a thread, HTTPS when given a
certificate) serves ``/watch/<token>`` once: the token is exchanged for a Janus viewer grant of
that broadcast (:class:`comms.webrtc.sfu.MediaAuthority`), embedded in a small page whose script
(``/watch.js``: plain WebRTC over Janus' HTTP API, no framework) subscribes to the broadcast's
full feed and plays its picture and sound. A used, expired or forged token gets "410 link used or
expired" and nothing else; the token itself is kept only as its SHA-256.
"""

from __future__ import annotations

import hashlib
import html
import http.server
import json
import logging
import re
import secrets
import ssl
import threading
import time
from pathlib import Path

from .sfu import MediaAuthority

log = logging.getLogger("silkbridge.webrtc.web")

__all__ = ["WatchLinks", "WatchServer", "LinkRefused", "WEB_PREFIX"]

#: the grant holder name of a used watch link (never an enrolled user id: those have no colon)
WEB_PREFIX = "web:"

TOKEN_RE = re.compile(r"^/watch/([A-Za-z0-9_-]{20,64})$")
_STATIC = Path(__file__).with_name("static")


class LinkRefused(PermissionError):
    """The watch link cannot be used (unknown, used, expired, or the broadcast is gone)."""


def _digest(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


class WatchLinks:
    """One-time watch links for broadcast rooms; thread-safe.

    ``is_live(room) -> bool`` says whether the broadcast still runs (a link to an ended broadcast
    is refused); ``ttl`` is how long an unused link stays valid, seconds."""

    def __init__(self, authority: MediaAuthority, *, ttl: float = 900.0, is_live=lambda room: True,
                 max_links: int = 10000, max_per_issuer: int = 200):
        if not 10 <= ttl <= 7 * 86400:
            raise ValueError(f"watch link lifetime {ttl!r}: must be 10 s .. 7 days")
        self.authority, self.ttl, self.is_live, self.max_links = authority, ttl, is_live, max_links
        #: unused links one person may have open (a flood from one account never locks the others out)
        self.max_per_issuer = max_per_issuer
        self._lock = threading.Lock()
        self._links: dict[str, tuple[str, float, str]] = {}  # sha256(token) -> (room, expiry, made by)
        #: the Janus grants handed out for used links: holder ("web:<digest prefix>") -> (room, made by, used at)
        self._used: dict[str, tuple[str, str, float]] = {}

    def create(self, room: str, made_by: str) -> str:
        """A new token for ``room`` (the caller checked that ``made_by`` may hand it out)."""
        if not isinstance(room, str) or not room or len(room) > 200:
            raise LinkRefused("no such broadcast")
        token = secrets.token_urlsafe(24)
        now = time.time()
        with self._lock:
            self._links = {k: v for k, v in self._links.items() if v[1] > now}
            if len(self._links) >= self.max_links:
                raise LinkRefused("too many open watch links")
            if sum(1 for v in self._links.values() if v[2] == made_by) >= self.max_per_issuer:
                raise LinkRefused(f"{self.max_per_issuer} of your watch links are still unused: take them back first")
            self._links[_digest(token)] = (room, now + self.ttl, made_by)
        return token

    def redeem(self, token: str):
        """The viewer grant for ``token`` (once), or :class:`LinkRefused`."""
        with self._lock:
            entry = self._links.pop(_digest(token), None) if isinstance(token, str) else None
        if entry is None or entry[1] < time.time():
            raise LinkRefused("link used or expired")
        room, _, made_by = entry
        if not self.is_live(room):
            raise LinkRefused("the broadcast has ended")
        holder = f"{WEB_PREFIX}{_digest(token)[:16]}"
        grant = self.authority.issue(holder, room)
        with self._lock:
            self._used[holder] = (room, made_by, time.monotonic())
        log.info("watch link made by %s used for %s", made_by, room)
        return grant

    def expiry(self) -> float:
        """When a link made now stops being usable (Unix time)."""
        return time.time() + self.ttl

    def holder(self, user: str) -> tuple[str, str, float] | None:
        """(room, made by, used at monotonic) of a used link's grant holder, None if unknown or revoked."""
        with self._lock:
            return self._used.get(user)

    def forget(self, user: str) -> None:
        """The grant of a used link was withdrawn (its broadcast ended, the page closed)."""
        with self._lock:
            self._used.pop(user, None)

    def revoke(self, room: str, made_by: str) -> list[str]:
        """Take back every link ``made_by`` handed out for ``room``: the unused ones stop working,
        the holders of the used ones are returned (their grants are to be withdrawn)."""
        with self._lock:
            self._links = {k: v for k, v in self._links.items() if not (v[0] == room and v[2] == made_by)}
            gone = [u for u, (r, m, _) in self._used.items() if r == room and m == made_by]
            for u in gone:
                del self._used[u]
        return gone

    def pending(self) -> int:
        with self._lock:
            return sum(1 for v in self._links.values() if v[1] > time.time())


def page(grant) -> bytes:
    """The watch page for ``grant``: the grant as JSON in a data block, the script, a video element."""
    data = json.dumps({"janus_url": grant.janus_url, "room": grant.janus_room, "token": grant.token,
                       "ice_servers": grant.ice_servers}).replace("</", "<\\/")
    return f"""<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="referrer" content="no-referrer"><title>Silkbridge broadcast</title>
<style>body{{margin:0;background:#111;color:#eee;font:16px sans-serif}}video{{width:100%;max-height:90vh;background:#000}}
#status{{padding:.5em}}button{{font-size:1em}}</style></head>
<body><video id="video" autoplay playsinline controls></video>
<div id="status">Connecting…</div>
<script id="grant" type="application/json">{data}</script>
<script src="/watch.js"></script></body></html>
""".encode()


def _refused_page(reason: str) -> bytes:
    return (f"<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>Silkbridge</title></head>"
            f"<body><p id=\"status\">{html.escape(reason)}</p></body></html>").encode()


class _Handler(http.server.BaseHTTPRequestHandler):
    server_version = "Silkbridge"
    sys_version = ""
    links: WatchLinks

    def log_message(self, fmt, *args):  # tokens never reach the log
        log.debug("web %s %s", self.command, re.sub(r"/watch/[^ ]+", "/watch/…", fmt % args))

    def _reply(self, code: int, body: bytes, ctype: str = "text/html; charset=utf-8") -> None:
        self.send_response(code)
        self.send_header("Content-Type", ctype)
        self.send_header("Content-Length", str(len(body)))
        self.send_header("Cache-Control", "no-store")
        self.send_header("Referrer-Policy", "no-referrer")
        self.send_header("X-Content-Type-Options", "nosniff")
        self.send_header("Content-Security-Policy", "default-src 'none'; script-src 'self'; style-src 'unsafe-inline'; "
                         "media-src 'self' blob:; connect-src *; frame-ancestors 'none'")
        self.end_headers()
        self.wfile.write(body)

    def do_GET(self):
        path = self.path.split("?", 1)[0]
        if path == "/watch.js":
            return self._reply(200, (_STATIC / "watch.js").read_bytes(), "text/javascript; charset=utf-8")
        m = TOKEN_RE.match(path)
        if not m:
            return self._reply(404, _refused_page("Not found"))
        try:
            grant = self.server.links.redeem(m.group(1))
        except LinkRefused as exc:
            return self._reply(410, _refused_page(f"This link cannot be used: {exc}."))
        except Exception as exc:  # noqa: BLE001 - the media server failing: say so, keep serving
            log.warning("watch link: %s", exc)
            return self._reply(503, _refused_page("The broadcast cannot be reached now."))
        self._reply(200, page(grant))

    def do_POST(self):
        self._reply(405, _refused_page("Not allowed"))


class WatchServer:
    """The hub's web endpoint: ``http(s)://host:port/watch/<token>`` (see the module docstring)."""

    def __init__(self, links: WatchLinks, host: str = "127.0.0.1", port: int = 0, *,
                 public_url: str | None = None, certfile: str | None = None, keyfile: str | None = None):
        self.links = links
        self.httpd = http.server.ThreadingHTTPServer((host, port), _Handler)
        self.httpd.daemon_threads = True
        self.httpd.links = links
        scheme = "http"
        if certfile:
            ctx = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
            ctx.load_cert_chain(certfile, keyfile)
            self.httpd.socket = ctx.wrap_socket(self.httpd.socket, server_side=True)
            scheme = "https"
        self.port = self.httpd.server_address[1]
        self.base_url = (public_url or f"{scheme}://{host}:{self.port}").rstrip("/")
        self._thread = threading.Thread(target=self.httpd.serve_forever, name="watch-web", daemon=True)

    def start(self) -> "WatchServer":
        self._thread.start()
        return self

    def link(self, room: str, made_by: str) -> str:
        """A new one-time watch link for ``room``."""
        return f"{self.base_url}/watch/{self.links.create(room, made_by)}"

    def stop(self) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()

    def __enter__(self):
        return self.start()

    def __exit__(self, *exc):
        self.stop()
