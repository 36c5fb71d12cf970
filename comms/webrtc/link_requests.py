"""Calls and watch links asked for over the link: the hub's answers (a :class:`comms.service.RoomHook`).

A member asks the hub for a call grant (``MediaGrantRequest``: a Janus token and TURN credentials
for a room it is online in) or for a one-time browser link to a broadcast (``WatchLinkRequest``,
``workstation.policy.refuses_watch_link``), or takes its links back. The running ``webrtc`` service
(:class:`comms.webrtc.grants.CallGrants`) makes them; every answer says why not when it refuses.
"""

from __future__ import annotations

import logging

from workstation import policy

from .. import protocol as P
from ..service import RoomHook, register_hook
from .grants import GrantRefused
from .janus import JanusError
from .web import LinkRefused

log = logging.getLogger("silkbridge.hub")


class CallRequests(RoomHook):
    requests = (P.MediaGrantRequest, P.WatchLinkRequest)
    rate_limited = requests  # each asks Janus for a token or mints a link: a flood is capped

    def on_request(self, kernel, conn, msg):
        calls = kernel.service("webrtc")
        if type(msg) is P.MediaGrantRequest:
            return self._media_grant(kernel, calls, conn, msg)
        return self._watch_link(kernel, calls, conn, msg)

    @staticmethod
    def _media_grant(kernel, calls, conn, msg) -> P.MediaGrantReply:
        """A call grant for a member online in the room, else why not."""
        if calls is None:
            return P.MediaGrantReply(room=msg.room, reason="this hub offers no video calls")
        try:
            grant = calls.request(conn.user.id, msg.room).to_dict()
        except GrantRefused as exc:
            kernel.audit_refusal(conn.user.id, "media_grant", str(exc), room=msg.room)
            return P.MediaGrantReply(room=msg.room, reason=str(exc))
        except JanusError as exc:
            log.warning("media grant for %s in %s: %s", conn.user.id, msg.room, exc)
            return P.MediaGrantReply(room=msg.room, reason="the media server is unavailable")
        kernel.audit(conn.user.id, "media.grant", {"room": msg.room})
        return P.MediaGrantReply(room=msg.room, grant=grant)

    @staticmethod
    def _watch_link(kernel, calls, conn, msg) -> P.WatchLinkReply:
        """A one-time browser link to a broadcast, or the links the sender handed out for it taken
        back; else why not."""
        room = kernel.room_policy(msg.room) if isinstance(msg.room, str) and 0 < len(msg.room) <= 200 else None
        reason = policy.refuses_watch_link(room, kernel.person(conn))
        if not reason and calls is None:
            reason = "this hub offers no broadcasts on WebRTC"
        if reason:
            kernel.audit_refusal(conn.user.id, "watch_link", reason, room=msg.room)
            return P.WatchLinkReply(room=msg.room, reason=reason)
        try:
            if msg.revoke:
                n = calls.revoke_watch_links(msg.room, conn.user.id)
                kernel.audit(conn.user.id, "watch_link.revoke", {"room": msg.room, "links": n})
                return P.WatchLinkReply(room=msg.room, revoked=n)
            url, expires = calls.watch_link(msg.room, conn.user.id)
        except LinkRefused as exc:
            kernel.audit_refusal(conn.user.id, "watch_link", str(exc), room=msg.room)
            return P.WatchLinkReply(room=msg.room, reason=str(exc))
        except JanusError as exc:
            log.warning("watch link for %s in %s: %s", conn.user.id, msg.room, exc)
            return P.WatchLinkReply(room=msg.room, reason="the media server is unavailable")
        kernel.audit(conn.user.id, "watch_link.create", {"room": msg.room})
        return P.WatchLinkReply(room=msg.room, url=url, expires=expires)


register_hook("webrtc-requests", CallRequests)
