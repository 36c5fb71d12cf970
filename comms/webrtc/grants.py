"""The hub's gate to the call: media grants only for members online in the room, taken back with them.

:class:`CallGrants` runs Janus and coturn (``[webrtc]`` table of hub.toml, see
:meth:`CallGrants.from_table`) and answers a link request for a grant by asking the hub's own
membership (``member_of(room, user) -> role | None``, the same answer the media relay gets): a
user not online in that room gets a reason, never a token. A sweep thread (every ``sweep_s``)
revokes the grants of users who left the room, were removed, went offline or were revoked, so
their media stops within about a second.
"""

from __future__ import annotations

import logging
import threading
from typing import Callable

from ..service import register
from .sfu import JanusServer, MediaAuthority, MediaGrant, MediaServerConfig, TurnServer

log = logging.getLogger("silkbridge.webrtc.grants")

__all__ = ["CallGrants", "GrantRefused"]

_TABLE_KEYS = {"enabled"} | set(MediaServerConfig.__dataclass_fields__)


class GrantRefused(PermissionError):
    """Why a station gets no grant (not online in the room, calls not offered by this hub)."""


class CallGrants:
    def __init__(self, authority: MediaAuthority, member_of: Callable[[str, str], str | None], *,
                 sweep_s: float = 0.5, servers: tuple = ()):
        self.authority, self.member_of, self.sweep_s = authority, member_of, sweep_s
        self._servers = list(servers)
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
              if k != "enabled"}
        cfg = MediaServerConfig(**kw)
        janus = JanusServer(cfg).start()
        try:
            turn = TurnServer(cfg).start()
        except Exception:
            janus.stop()
            raise
        return cls(MediaAuthority(cfg, janus.videoroom_key), member_of, servers=(janus, turn)).start()

    def announce(self) -> dict[str, str]:
        """Its entry of Welcome.services: calls are offered (grants asked on the link)."""
        return {"webrtc": "grants"}

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

    def sweep(self) -> int:
        """Revoke every grant whose holder is no longer online in its room; returns how many."""
        n = 0
        for (user, room) in list(self.authority.grants()):
            try:
                still = self.member_of(room, user) is not None
            except Exception as exc:  # noqa: BLE001 - the hub's maps changing under us: next round
                log.debug("membership of %s in %s: %s", user, room, exc)
                continue
            if not still:
                n += self.authority.revoke(user, room)
                log.info("media grant of %s in %s revoked (no longer in the room)", user, room)
        return n

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
        self.authority.close()
        for s in reversed(self._servers):
            s.stop()


def _start_service(hub) -> CallGrants | None:
    """The hub's call grants (``[webrtc]`` of hub.toml; None unless enabled), advertised as "webrtc"."""
    return CallGrants.from_table(hub.config.webrtc, hub.member_of)


register("webrtc", _start_service)
