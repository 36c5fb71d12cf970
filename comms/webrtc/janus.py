"""A small Janus client over its plain HTTP API (core, VideoRoom plugin, admin API).

Janus (https://janus.conf.meetecho.com/docs/rest.html) answers each request at once and delivers
plugin events on a long-poll GET of the session URL. This module has two faces over one
transport (stdlib ``urllib``, no extra dependency):

* :class:`JanusSession` / :class:`JanusHandle` (asyncio): what a workstation's call session uses;
  blocking HTTP calls run in worker threads, so the event loop (and so the media) never waits.
* :class:`JanusAdmin` and :func:`request` (blocking): what the hub uses to create rooms, manage
  their token lists, kick participants and add/remove core tokens. The admin API listens on
  loopback only.

Every failure is a :class:`JanusError` naming the request and Janus' reason.
"""

from __future__ import annotations

import asyncio
import json
import logging
import secrets
import threading
import urllib.error
import urllib.request
from typing import Any, Callable

log = logging.getLogger("silkbridge.webrtc.janus")

__all__ = ["JanusError", "request", "JanusAdmin", "JanusSession", "JanusHandle", "VIDEOROOM"]

VIDEOROOM = "janus.plugin.videoroom"
MAX_REPLY = 4 * 1024 * 1024  # a Janus reply is small JSON; anything bigger is not Janus


class JanusError(RuntimeError):
    """A Janus request failed: ``code`` is Janus' (or the VideoRoom's) error code when there is one."""

    def __init__(self, message: str, code: int | None = None):
        super().__init__(message)
        self.code = code


def _tid() -> str:
    return secrets.token_hex(6)


def request(url: str, message: dict | None = None, timeout: float = 5.0) -> dict:
    """POST ``message`` as JSON to ``url`` (GET when None) and return the decoded reply.

    Raises :class:`JanusError` for a network error, a non-JSON reply or a Janus ``error`` reply."""
    data = None if message is None else json.dumps(message).encode()
    req = urllib.request.Request(url, data=data, method="GET" if data is None else "POST",
                                 headers={"Content-Type": "application/json"})
    what = (message or {}).get("janus", "poll")
    try:
        with urllib.request.urlopen(req, timeout=timeout) as resp:
            raw = resp.read(MAX_REPLY + 1)
    except urllib.error.HTTPError as exc:
        raise JanusError(f"Janus {what} at {url}: HTTP {exc.code}") from None
    except (urllib.error.URLError, OSError) as exc:
        reason = getattr(exc, "reason", exc)
        raise JanusError(f"Janus {what} at {url}: cannot reach the media server ({reason})") from None
    if len(raw) > MAX_REPLY:
        raise JanusError(f"Janus {what} at {url}: reply larger than {MAX_REPLY} bytes")
    try:
        reply = json.loads(raw)
    except ValueError:
        raise JanusError(f"Janus {what} at {url}: the reply is not JSON") from None
    if isinstance(reply, dict) and reply.get("janus") == "error":
        err = reply.get("error") or {}
        raise JanusError(f"Janus {what}: {err.get('reason', 'error')}", err.get("code"))
    return reply


def _pdata(msg) -> dict | None:
    """``msg["plugindata"]["data"]`` if every level is a mapping ({} when absent), else None."""
    if not isinstance(msg, dict):
        return None
    pd = msg.get("plugindata") or {}
    data = pd.get("data") if isinstance(pd, dict) else None
    data = {} if data is None else data
    return data if isinstance(data, dict) else None


def _new_id(reply, what: str) -> int:
    """The id Janus returns for a new session or handle (JanusError if the reply is not one)."""
    try:
        value = reply["data"]["id"]
    except (KeyError, TypeError):
        raise JanusError(f"Janus {what}: the reply carries no id") from None
    if not isinstance(value, int) or isinstance(value, bool) or value <= 0:
        raise JanusError(f"Janus {what}: bad id {value!r}")
    return value


def _plugin_data(reply: dict, what: str) -> dict:
    """The plugin's answer inside a reply; VideoRoom errors become :class:`JanusError`."""
    data = _pdata(reply)
    if data is None:
        raise JanusError(f"VideoRoom {what}: malformed reply")
    if data.get("videoroom") == "event" and "error" in data:
        raise JanusError(f"VideoRoom {what}: {data['error']}", data.get("error_code"))
    return data


# ----------------------------------------------------------------------------- hub side (blocking)
class JanusAdmin:
    """Blocking control of one Janus: core tokens (admin API), VideoRoom rooms (its own session).

    ``url`` is the public API (``http://127.0.0.1:8088/janus``), ``admin_url`` the admin API
    (``http://127.0.0.1:7088/admin``), both on loopback; ``own_token`` the hub's own core token."""

    def __init__(self, url: str, admin_url: str, admin_secret: str, own_token: str, timeout: float = 5.0):
        self.url, self.admin_url, self.admin_secret = url.rstrip("/"), admin_url.rstrip("/"), admin_secret
        self.own_token, self.timeout = own_token, timeout
        self._lock = threading.Lock()
        self._session_url: str | None = None
        self._handle_url: str | None = None

    # core tokens
    def _admin(self, what: str, **body) -> dict:
        msg = {"janus": what, "transaction": _tid(), "admin_secret": self.admin_secret, **body}
        return request(self.admin_url, msg, self.timeout)

    def add_token(self, token: str) -> None:
        self._admin("add_token", token=token, plugins=[VIDEOROOM])

    def remove_token(self, token: str) -> None:
        try:
            self._admin("remove_token", token=token)
        except JanusError as exc:
            if exc.code != 470:  # JANUS_ERROR_TOKEN_NOT_FOUND: already gone
                raise

    def list_tokens(self) -> list[str]:
        reply = self._admin("list_tokens")
        return [t["token"] for t in (reply.get("data") or {}).get("tokens", [])]

    def sessions(self) -> list[int]:
        return list(self._admin("list_sessions").get("sessions", []))

    def handles(self, session_id: int) -> list[int]:
        url = f"{self.admin_url}/{session_id}"
        msg = {"janus": "list_handles", "transaction": _tid(), "admin_secret": self.admin_secret}
        return list(request(url, msg, self.timeout).get("handles", []))

    def handle_info(self, session_id: int, handle_id: int) -> dict:
        url = f"{self.admin_url}/{session_id}/{handle_id}"
        msg = {"janus": "handle_info", "transaction": _tid(), "admin_secret": self.admin_secret}
        return request(url, msg, self.timeout).get("info", {})

    def destroy_session(self, session_id: int) -> None:
        url = f"{self.admin_url}/{session_id}"
        msg = {"janus": "destroy_session", "transaction": _tid(), "admin_secret": self.admin_secret}
        try:
            request(url, msg, self.timeout)
        except JanusError as exc:
            if exc.code != 458:  # JANUS_ERROR_SESSION_NOT_FOUND
                raise

    # VideoRoom requests on the hub's own session (synchronous requests: answered inline)
    def videoroom(self, body: dict) -> dict:
        with self._lock:
            for attempt in (0, 1):
                if self._handle_url is None:
                    self._attach()
                msg = {"janus": "message", "transaction": _tid(), "token": self.own_token, "body": body}
                try:
                    reply = request(self._handle_url, msg, self.timeout)
                except JanusError as exc:
                    if attempt == 0 and exc.code in (458, 459):  # session/handle gone: re-attach once
                        self._session_url = self._handle_url = None
                        continue
                    raise
                return _plugin_data(reply, body.get("request", "?"))
        raise AssertionError("unreachable")

    def _attach(self) -> None:
        reply = request(self.url, {"janus": "create", "transaction": _tid(), "token": self.own_token},
                        self.timeout)
        self._session_url = f"{self.url}/{_new_id(reply, 'create')}"
        reply = request(self._session_url, {"janus": "attach", "plugin": VIDEOROOM, "transaction": _tid(),
                                            "token": self.own_token}, self.timeout)
        self._handle_url = f"{self._session_url}/{_new_id(reply, 'attach')}"

    def keepalive(self) -> None:
        if self._session_url is not None:
            try:
                request(self._session_url, {"janus": "keepalive", "transaction": _tid(),
                                            "token": self.own_token}, self.timeout)
            except JanusError:
                self._session_url = self._handle_url = None

    def close(self) -> None:
        if self._session_url is not None:
            try:
                request(self._session_url, {"janus": "destroy", "transaction": _tid(),
                                            "token": self.own_token}, 2.0)
            except JanusError:
                pass
            self._session_url = self._handle_url = None


# ----------------------------------------------------------------------------- workstation side (asyncio)
class JanusHandle:
    """One plugin handle: :meth:`send` a message (with an optional JSEP) and await its answer."""

    def __init__(self, session: "JanusSession", handle_id: int):
        self.session, self.id = session, handle_id
        self.url = f"{session.url}/{handle_id}"
        self._waiting: dict[str, asyncio.Future] = {}
        #: called with each event that answers no request (participants joining/leaving, kicks)
        self.on_event: Callable[[dict, dict | None], None] | None = None
        self.on_hangup: Callable[[str], None] | None = None

    async def send(self, body: dict, jsep: dict | None = None, timeout: float = 10.0) -> tuple[dict, dict | None]:
        """Send a plugin message; returns (plugin data, jsep or None) of the answer."""
        tid = _tid()
        msg = {"janus": "message", "transaction": tid, "body": body}
        if jsep is not None:
            msg["jsep"] = jsep
        if self.session.token:
            msg["token"] = self.session.token
        loop = asyncio.get_running_loop()
        fut = loop.create_future()
        self._waiting[tid] = fut
        try:
            reply = await asyncio.to_thread(request, self.url, msg, timeout)
            if not isinstance(reply, dict):
                raise JanusError(f"VideoRoom {body.get('request')}: malformed reply")
            if reply.get("janus") == "success":  # synchronous request, answered inline
                return _plugin_data(reply, body.get("request", "?")), reply.get("jsep")
            if reply.get("janus") != "ack":
                raise JanusError(f"VideoRoom {body.get('request')}: unexpected reply {reply.get('janus')!r}")
            event = await asyncio.wait_for(fut, timeout)
        except asyncio.TimeoutError:
            raise JanusError(f"VideoRoom {body.get('request')}: no answer in {timeout:.0f} s") from None
        finally:
            self._waiting.pop(tid, None)
        return _plugin_data(event, body.get("request", "?")), event.get("jsep")

    def _deliver(self, event: dict) -> None:
        kind = event.get("janus")
        if kind == "hangup" and self.on_hangup:
            self.on_hangup(event.get("reason", "hangup"))
            return
        fut = self._waiting.get(event.get("transaction") or "")
        if kind == "event" and fut is not None and not fut.done():
            fut.set_result(event)
        elif kind == "event" and self.on_event:
            data = _pdata(event)
            if data is not None:  # a malformed event is ignored, never raised into the poll loop
                try:
                    self.on_event(data, event.get("jsep"))
                except Exception as exc:  # noqa: BLE001
                    log.warning("handling a Janus event: %s", exc)

    async def detach(self) -> None:
        await self.session._post(self.url, {"janus": "detach"})


class JanusSession:
    """A Janus session over HTTP with a long-poll task delivering events to its handles.

    ``on_lost(reason)`` is called once if the session ends under us (token revoked, server gone,
    session destroyed by the hub)."""

    def __init__(self, url: str, token: str | None = None, *, poll_timeout: float = 35.0):
        self.root, self.token = url.rstrip("/"), token
        self.url: str | None = None
        self.handles: dict[int, JanusHandle] = {}
        self.poll_timeout = poll_timeout
        self.on_lost: Callable[[str], None] | None = None
        self._poller: asyncio.Task | None = None
        self._closing = False

    async def _post(self, url: str, msg: dict, timeout: float = 10.0) -> dict:
        msg = {"transaction": _tid(), **msg}
        if self.token:
            msg["token"] = self.token
        return await asyncio.to_thread(request, url, msg, timeout)

    async def create(self) -> "JanusSession":
        reply = await self._post(self.root, {"janus": "create"})
        self.url = f"{self.root}/{_new_id(reply, 'create')}"
        self._poller = asyncio.get_running_loop().create_task(self._poll())
        return self

    async def attach(self, plugin: str = VIDEOROOM) -> JanusHandle:
        reply = await self._post(self.url, {"janus": "attach", "plugin": plugin})
        handle = JanusHandle(self, _new_id(reply, "attach"))
        self.handles[handle.id] = handle
        return handle

    async def _poll(self) -> None:
        from urllib.parse import urlencode

        failures = 0
        while not self._closing:
            q = {"maxev": 10, "rid": _tid()}
            if self.token:
                q["token"] = self.token
            try:
                events = await asyncio.to_thread(request, f"{self.url}?{urlencode(q)}", None, self.poll_timeout)
                failures = 0
            except JanusError as exc:
                if self._closing:
                    return
                failures += 1
                # 403 (token removed), 458 (session gone) end the session; a network blip is retried
                if exc.code in (403, 458) or "HTTP 4" in str(exc) or failures >= 3:
                    self._lost(str(exc))
                    return
                await asyncio.sleep(0.2)
                continue
            for event in events if isinstance(events, list) else [events]:
                if not isinstance(event, dict):
                    continue
                if event.get("janus") == "keepalive":
                    continue
                handle = self.handles.get(event.get("sender"))
                if handle is not None:
                    handle._deliver(event)

    def _lost(self, reason: str) -> None:
        log.info("Janus session lost: %s", reason)
        if self.on_lost:
            self.on_lost(reason)

    async def destroy(self) -> None:
        self._closing = True
        if self._poller:
            self._poller.cancel()
        if self.url:
            try:
                await self._post(self.url, {"janus": "destroy"}, 3.0)
            except JanusError:
                pass
            self.url = None
