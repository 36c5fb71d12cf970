"""The hub's gate to the call: media grants only for members online in the room, taken back with them.

:class:`CallGrants` runs Janus and coturn (``[webrtc]`` table of hub.toml, see
:meth:`CallGrants.from_table`) and answers a link request for a grant by asking the hub's own
membership (``member_of(room, user) -> role | None``, the same answer the media relay gets): a
user not online in that room gets a reason, never a token. A sweep thread (every ``sweep_s``)
revokes the grants of users who left the room, were removed, went offline or were revoked, so
their media stops within about a second.

**Watch links** (``watch_port`` in the table: the hub's web endpoint, :mod:`comms.webrtc.web`): a
member the policy lets hand them out (:func:`workstation.policy.refuses_watch_link`, checked by the
hub) gets a one-time URL (:meth:`CallGrants.watch_link`). The grant a used link gets is held by
``web:<id>``, nobody online in the room, so the sweep keeps it by another rule: while the broadcast
runs (its ``full:`` feed is in the room), while the browser's session lasts (a Janus session with
its token, looked at every ``web_check_s``), and until the issuer takes the links back
(:meth:`CallGrants.revoke_watch_links`).

**The floor**: in a broadcast room the sweep also lists who publishes. A participant publishing
under a viewer's grant (a trainee without the floor, or whose floor was taken back) is kicked from
the media server after ``floor_grace_s`` (a well-behaved workstation unpublishes by itself first),
as is a publisher that is no grant's participant unless its session holds a broadcaster's or a
speaker's token (the broadcaster's ``low:`` and ``copy:`` feeds: looked up once in Janus' admin API).
A speaker may publish only its voice (a ``speak:`` feed, :mod:`comms.webrtc.feeds`): one posing as
the studio's picture is kicked the same way.
"""

from __future__ import annotations

import logging
import threading
import time
from typing import Callable

from ..service import register
from .feeds import FULL, SPEAK, has_tag
from .janus import JanusError
from .sfu import JanusServer, MediaAuthority, MediaGrant, MediaServerConfig, TurnServer
from .web import WEB_PREFIX, LinkRefused, WatchLinks, WatchServer

log = logging.getLogger("silkbridge.webrtc.grants")

__all__ = ["CallGrants", "GrantRefused"]

#: the [webrtc] settings of the watch-link web endpoint (watch_port set: it runs)
_WATCH_KEYS = {"watch_host", "watch_port", "watch_url", "watch_cert", "watch_key", "watch_ttl"}
_TABLE_KEYS = {"enabled"} | set(MediaServerConfig.__dataclass_fields__) | _WATCH_KEYS


class GrantRefused(PermissionError):
    """Why a station gets no grant (not online in the room, calls not offered by this hub)."""


class CallGrants:
    def __init__(self, authority: MediaAuthority, member_of: Callable[[str, str], str | None], *,
                 sweep_s: float = 0.5, servers: tuple = (), web: WatchServer | None = None,
                 web_check_s: float = 5.0, web_grace_s: float = 30.0, floor_grace_s: float = 1.0):
        self.authority, self.member_of, self.sweep_s = authority, member_of, sweep_s
        self._servers = list(servers)
        self.web = web
        if web is not None:
            web.links.is_live = self.is_live
        self.web_check_s, self.web_grace_s, self.floor_grace_s = web_check_s, web_grace_s, floor_grace_s
        self._web_checked = 0.0
        self._ended: dict[str, int] = {}          # room -> sweeps in a row without its full feed
        self._floor_seen: dict[tuple[str, int], float] = {}  # (room, publisher id) -> first seen unallowed
        self._owners: dict[tuple[str, int], str | None] = {}  # (room, id the server gave) -> its owner's role
        self._present: set[tuple[str, int]] = set()
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._sweep_loop, name="webrtc-grants", daemon=True)

    @classmethod
    def from_table(cls, table: dict, member_of) -> "CallGrants | None":
        """From hub.toml's ``[webrtc]`` table; None when calls are not enabled. janus and
        turnserver run as children of the hub with a private configuration written from the table."""
        if not table or not table.get("enabled", False):
            return None
        unknown = set(table) - _TABLE_KEYS
        if unknown:
            raise ValueError(f"hub.toml [webrtc]: unknown setting(s) {', '.join(sorted(unknown))}")
        kw = {k: (tuple(v) if isinstance(v, list) else v) for k, v in table.items()
              if k != "enabled" and k not in _WATCH_KEYS}
        cfg = MediaServerConfig(**kw)
        watch = {k: table[k] for k in _WATCH_KEYS if k in table}
        port = watch.get("watch_port")
        if port is not None and (not isinstance(port, int) or isinstance(port, bool) or not 0 <= port < 65536):
            raise ValueError(f"hub.toml [webrtc]: watch_port {port!r} is not a port number")
        janus = JanusServer(cfg).start()
        started = [janus]
        try:
            started.append(TurnServer(cfg).start())
            authority = MediaAuthority(cfg, janus.videoroom_key)
            web = None
            if port is not None:
                links = WatchLinks(authority, ttl=float(watch.get("watch_ttl", 900.0)))
                web = WatchServer(links, watch.get("watch_host", "127.0.0.1"), port, public_url=watch.get("watch_url"),
                                  certfile=watch.get("watch_cert"), keyfile=watch.get("watch_key")).start()
        except Exception:
            for srv in reversed(started):
                srv.stop()
            raise
        return cls(authority, member_of, servers=tuple(started), web=web).start()

    def announce(self) -> dict[str, str]:
        """Its entry of Welcome.services: calls are offered (grants asked on the link)."""
        return {"webrtc": "grants", **({"watch-links": "yes"} if self.web is not None else {})}

    def start(self) -> "CallGrants":
        self._thread.start()
        return self

    def request(self, user_id: str, room: str) -> MediaGrant:
        """A grant for ``user_id`` in ``room``, or :class:`GrantRefused` with the reason."""
        if not isinstance(room, str) or not room or len(room) > 200:
            raise GrantRefused("no such room")
        if self.member_of(room, user_id) is None:
            raise GrantRefused("not online in this room: join it first")
        return self.authority.issue(user_id, room)

    def revoke_user(self, user_id: str) -> int:
        return self.authority.revoke(user_id)

    # ------------------------------------------------------------------ watch links
    def watch_link(self, room: str, made_by: str) -> tuple[str, float]:
        """A one-time browser link to broadcast ``room`` and when it expires unused (the hub checked
        the policy); :class:`comms.webrtc.web.LinkRefused` when this hub serves no watch page."""
        if self.web is None:
            raise LinkRefused("this hub serves no watch page (watch_port is not set in [webrtc])")
        return self.web.link(room, made_by), self.web.links.expiry()

    def revoke_watch_links(self, room: str, made_by: str) -> int:
        """Take back the links ``made_by`` handed out for ``room``: unused ones stop working, the
        browsers watching through used ones lose the broadcast. Returns how many browsers."""
        if self.web is None:
            return 0
        holders = self.web.links.revoke(room, made_by)
        for h in holders:
            self.authority.revoke(h, room)
        return len(holders)

    def _participants(self, room: str) -> list[dict] | None:
        number = self.authority._rooms.get(room)
        if number is None:
            return None
        data = self.authority.janus.videoroom({"request": "listparticipants", "room": number})
        people = data.get("participants") if isinstance(data, dict) else None
        return people if isinstance(people, list) else None

    def is_live(self, room: str) -> bool:
        """Does the broadcast in ``room`` run (its ``full:`` feed is published on the media server)?"""
        try:
            people = self._participants(room)
        except JanusError as exc:
            log.debug("participants of %s: %s", room, exc)
            return False
        return any(p.get("publisher") and has_tag(p.get("display"), FULL) for p in people or ())

    def _browser_sessions(self) -> set[str]:
        """The tokens of the media server's sessions (a watch page's session holds its grant's token)."""
        tokens: set[str] = set()
        janus = self.authority.janus
        for sid in janus.sessions():
            try:
                for hid in janus.handles(sid)[:1]:
                    info = janus.handle_info(sid, hid)
                    tokens.add(info.get("token") or info.get("session_token") or "")
            except JanusError:
                continue
        return tokens

    # ------------------------------------------------------------------ sweep
    def sweep(self) -> int:
        """Revoke every grant whose holder may no longer have it (see the module docstring); returns how many."""
        n = 0
        grants = self.authority.grants()
        roles: dict[tuple[str, str], str | None] = {}
        web = [(u, r, g) for (u, r), g in grants.items() if u.startswith(WEB_PREFIX)]
        for (user, room) in grants:
            if user.startswith(WEB_PREFIX):
                continue
            try:
                roles[(user, room)] = role = self.member_of(room, user)
            except Exception as exc:  # noqa: BLE001 - the hub's maps changing under us: next round
                log.debug("membership of %s in %s: %s", user, room, exc)
                continue
            if role is None:
                n += self.authority.revoke(user, room)
                log.info("media grant of %s in %s revoked (no longer in the room)", user, room)
        n += self._sweep_web(web)
        self._sweep_floor(grants, roles)
        return n

    def _sweep_web(self, web: list) -> int:
        if self.web is None:
            for user, room, _ in web:  # no web endpoint: no such grant should exist
                self.authority.revoke(user, room)
            return len(web)
        n = 0
        ended = {}
        for room in {r for _, r, _ in web} | set(self._ended):
            live = self.is_live(room)
            ended[room] = 0 if live else self._ended.get(room, 0) + 1
        self._ended = {r: k for r, k in ended.items() if k and any(r == w[1] for w in web)}
        now = time.monotonic()
        tokens = None
        if web and now - self._web_checked >= self.web_check_s:
            self._web_checked = now
            try:
                tokens = self._browser_sessions()
            except JanusError as exc:
                log.debug("media server sessions: %s", exc)
        for user, room, grant in web:
            held = self.web.links.holder(user)
            why = None
            if held is None:
                why = "the link was taken back"
            elif ended.get(room, 0) >= 2:
                why = "the broadcast ended"
            elif tokens is not None and grant.token not in tokens and now - held[2] > self.web_grace_s:
                why = "the browser left"
            if why:
                n += self.authority.revoke(user, room)
                self.web.links.forget(user)
                log.info("watch link grant in %s revoked (%s)", room, why)
        return n

    def _sweep_floor(self, grants: dict, roles: dict) -> None:
        """Kick publishers of broadcast rooms that have no right to send (see the module docstring)."""
        rooms = {r for (u, r), role in roles.items() if role in ("broadcaster", "speaker", "viewer")}
        now = time.monotonic()
        seen = set()
        for room in rooms:
            try:
                people = self._participants(room) or []
            except JanusError as exc:
                log.debug("participants of %s: %s", room, exc)
                continue
            by_feed = {g.feed_id: roles.get((u, r)) for (u, r), g in grants.items() if r == room}
            for p in people:
                pid = p.get("id")
                if not p.get("publisher") or not isinstance(pid, int):
                    continue
                role = by_feed.get(pid, "?")
                if role == "?":  # not a grant's participant: the broadcaster's low feed, or someone posing
                    role = self._owner_role(room, pid, grants, roles)
                    if role == "?":  # the media server did not say: next round
                        continue
                if role == "broadcaster" or (role == "speaker" and has_tag(p.get("display"), SPEAK)):
                    continue  # (a speaker publishes its voice, never under the studio's tags)
                key = (room, pid)
                seen.add(key)
                first = self._floor_seen.setdefault(key, now)
                if now - first < self.floor_grace_s:
                    continue
                try:
                    number = self.authority._rooms[room]
                    self.authority.janus.videoroom({"request": "kick", "room": number, "id": pid,
                                                    "secret": self.authority._room_secret(room)})
                    log.info("participant %s of %s kicked: it sends without the floor", pid, room)
                except (JanusError, KeyError) as exc:
                    log.debug("kicking %s from %s: %s", pid, room, exc)
        self._floor_seen = {k: v for k, v in self._floor_seen.items() if k in seen}
        self._owners = {k: v for k, v in self._owners.items() if k in self._present}
        self._present = set()

    def _owner_role(self, room: str, pid: int, grants: dict, roles: dict) -> str | None:
        """The media role of whoever published participant ``pid`` (one the media server numbered:
        the broadcaster's low feed), found once by its session's token (Janus' admin API) and kept
        while it is there; None when no grant's token opened it."""
        key = (room, pid)
        self._present.add(key)
        if key not in self._owners:
            janus, token = self.authority.janus, None
            try:
                for sid in janus.sessions():
                    for hid in janus.handles(sid):
                        info = janus.handle_info(sid, hid)
                        ps = info.get("plugin_specific") or {}
                        if ps.get("id") == pid and ps.get("room") == self.authority._rooms.get(room):
                            token = info.get("token")
                            break
                    if token:
                        break
            except JanusError as exc:
                log.debug("owner of %s in %s: %s", pid, room, exc)
                return "?"  # asked again next round
            owner = next((u for (u, r), g in grants.items() if r == room and g.token == token), None)
            self._owners[key] = roles.get((owner, room)) if owner else None
        return self._owners[key]

    def _sweep_loop(self) -> None:
        while not self._stop.wait(self.sweep_s):
            try:
                self.sweep()
                self.authority.janus.keepalive()
            except Exception as exc:  # noqa: BLE001 - never let the sweeper die
                log.warning("media grant sweep: %s", exc)

    def stop(self) -> None:
        self._stop.set()
        if self._thread.is_alive():
            self._thread.join(5)
        if self.web is not None:
            self.web.stop()
        self.authority.close()
        for s in reversed(self._servers):
            s.stop()


def _start_service(hub) -> CallGrants | None:
    """The hub's call grants (``[webrtc]`` of hub.toml; None unless enabled), advertised as "webrtc"."""
    return CallGrants.from_table(hub.config.webrtc, hub.member_of)


register("webrtc", _start_service)
