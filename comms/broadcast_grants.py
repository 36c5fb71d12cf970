"""Speak and draw grants in broadcast rooms, kept by the hub (a :class:`comms.service.RoomHook`).

The broadcaster (the room's creator) gives or takes back a member's right to speak (a voice on the
media relay and in calls) or to draw on the shared view with the ``workstation.policy.GRANT_KINDS``
events. The hub replays them from the log at start and applies each new one (audited), lets a
member granted "draw" publish the drawing kinds (``DRAW_KINDS``) whatever its role, and gives the
media relay each member's media role (``policy.media_role``: broadcaster, speaker or viewer).
"""

from __future__ import annotations

import msgspec

from workstation import policy
from workstation.policy import DRAW_KINDS, GRANT_KINDS

from .service import RoomHook, register_hook


class BroadcastGrants(RoomHook):
    def __init__(self) -> None:
        #: (broadcast room, "speak" | "draw") -> users granted; read by the media relay's thread too
        self.grants: dict[tuple[str, str], set[str]] = {}

    def start(self, kernel) -> None:
        kinds = ", ".join(f"'{k}'" for k in GRANT_KINDS)
        for room, kind, body in kernel.store.db.execute(
                "SELECT e.room, e.kind, e.body FROM events e JOIN rooms r ON r.id = e.room "
                f"WHERE e.kind IN ({kinds}) AND e.sender = r.created_by ORDER BY e.room, e.seq"):
            try:
                body = msgspec.msgpack.decode(body)
            except msgspec.DecodeError:  # a malformed grant grants nothing
                continue
            self._apply(room, kind, body)

    def _apply(self, room: str, kind: str, body) -> str | None:
        user = body.get("user") if isinstance(body, dict) else None
        if not isinstance(user, str):
            return None
        right, grant = GRANT_KINDS[kind]
        members = self.grants.setdefault((room, right), set())
        (members.add if grant else members.discard)(user)
        return user

    def permits_publish(self, kernel, conn, msg) -> bool:
        return msg.kind in DRAW_KINDS and conn.user.id in self.grants.get((msg.room, "draw"), ())

    def stored(self, kernel, conn, msg, seq: int, now: float) -> None:
        if msg.kind not in GRANT_KINDS:
            return
        row = kernel.store.room(msg.room)
        if row is not None and row[1] == policy.GRANTS_ROOM_KIND and row[3] == conn.user.id:
            self._apply(msg.room, msg.kind, msg.body)
            target = msg.body.get("user") if isinstance(msg.body, dict) else None
            kernel.audit(conn.user.id, "grant", {"room": msg.room, "kind": msg.kind, "user": target, "seq": seq})

    def media_role(self, kernel, room: str, user_id: str, room_role: str, row: tuple) -> str | None:
        """The creator of a broadcast room is its ``broadcaster``, a member it allowed to speak a
        ``speaker``, moderators keep their voice, everyone else is a ``viewer``; elsewhere the room role."""
        return policy.media_role(row[1], room_role, user_id == row[3], user_id in self.grants.get((room, "speak"), ()))


register_hook("broadcast-grants", BroadcastGrants)
