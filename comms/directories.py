"""Directory rooms, kept by the hub (a :class:`comms.service.RoomHook`).

Each room kind of ``workstation.policy.room_kinds()`` has a directory room where its rooms are
listed: an event whose body names the listed ``room``. The hub makes the directory rooms at
start (anyone allowed to read them, trainees included, can join before the first listing), lets
only the listed room's creator or a moderator list it, never relays a listing as ephemeral, and
gives each member only the listings of rooms it may join (the others arrive redacted, live as in
the backlog; the hub's own events there, e.g. referral escalations, too).
"""

from __future__ import annotations

import msgspec

from workstation import policy

from .service import RoomHook, register_hook


def listed_room(body) -> str | None:
    """The room a directory event lists (its body's ``room``; body decoded or msgpack), or None."""
    if isinstance(body, msgspec.Raw):
        body = bytes(body)
    if isinstance(body, (bytes, bytearray, memoryview)):
        try:
            body = msgspec.msgpack.decode(body)
        except Exception:  # noqa: BLE001 - any unreadable body (RecursionError included) lists nothing
            return None
    room = body.get("room") if isinstance(body, dict) else None
    return room if isinstance(room, str) else None


class Directories(RoomHook):
    def start(self, kernel) -> None:
        for kind in policy.room_kinds():
            if kernel.store.room(kind.directory) is None:
                kernel.store.begin()
                kernel.store.add_room(kind.directory, kind.name, "directory", "hub")
                kernel.store.commit()

    def refuse_publish(self, kernel, conn, msg) -> tuple[str, str] | None:
        if not policy.is_directory(msg.room):
            return None
        listed = listed_room(msg.body)
        if listed is None:
            return None
        if not policy.may_list(kernel.room_policy(listed), kernel.person(conn)):
            return f"only the creator of {listed} or a moderator may list it in {msg.room}", "forbidden"
        if msg.ephemeral:  # a listing is stored and filtered per recipient, never relayed as is
            return f"{msg.room}: listings are not ephemeral", "bad-request"
        return None

    def hidden(self, kernel, room: str, kind: str, body):
        if not policy.is_directory(room):
            return None
        listed = listed_room(body)
        if listed is None:
            return None
        return lambda conn: not policy.may_see_listing(kernel.room_policy(listed), kernel.person(conn))


register_hook("directories", Directories)
