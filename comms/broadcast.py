"""One participant's side of a surgical demonstration broadcast: the shared
:class:`workstation.broadcast.BroadcastState` fed by the hub's ordered room events, and the actions
the surgeon, a mentor or a trainee takes (go live, raise a hand, ask, answer, grant drawing or
speaking, telestrate). Usable without Qt: ui/broadcast/panel.py wraps it, tests drive it directly.
Audio and video never travel here: they go through the hub's Janus (``comms.webrtc``); this is the
room's STATE (who is live, who may draw or speak, questions, chat, the drawings as vectors).

Rights are ``workstation.policy.ROLE_RIGHTS`` first (a trainee may publish only ``chat`` and ``question.*``:
anything else is refused and audited at the hub and never reaches the room), then the reducer's
rules (see :mod:`workstation.broadcast`), applied identically by every replica. This module does
not pre-check rights: what the hub or the reducer refuses is refused the same way for everyone.

Threading: as :class:`comms.consult.ConsultSession`: ``LinkClient`` delivers events on its I/O
thread and ``dispatch`` decides where they are applied (a GUI passes a hop to its own thread).
The pen (:meth:`BroadcastSession.pen_down` ...) may be driven from any one thread; a small timer
thread of this session sends the pending points while the pen rests (``StrokeRecorder.tick``).

The directory: every broadcast is listed in the well-known room :data:`BROADCAST_DIRECTORY`
(room kind "broadcast", so trainees may join it as viewers): ``broadcast.listed {room, title,
description, surgeon, surgeon_name, hospital}`` when created, ``broadcast.live {room, live}`` when
it starts or stops. :class:`BroadcastDirectory` keeps listings from surgeons (or moderators) only,
and a listing is updated only by whoever listed it.
"""

from __future__ import annotations

import logging
import threading
import time
import uuid
from typing import Callable

from workstation.broadcast import MAX_TITLE, BroadcastState
from workstation.policy import ROLES, directory_of, may_create
from workstation.consult import MAX_TEXT
from workstation.telestration import BATCH_INTERVAL_S, DEFAULT_WIDTH, StrokeRecorder

from .client import RoomDirectory
from .consult import Profile

log = logging.getLogger(__name__)

__all__ = ["BROADCAST_DIRECTORY", "BroadcastDirectory", "BroadcastError", "BroadcastSession", "Profile",
           "new_broadcast_id"]

BROADCAST_DIRECTORY = directory_of("broadcast")  # listed here (hub-ordered, persisted, filtered per reader)
ROOM_PREFIX = "broadcast-"
_LISTERS = tuple(r for r in ROLES if may_create(r, "broadcast"))  # roles whose listings the directory keeps


class BroadcastError(ValueError):
    """A request that cannot be sent as it is (empty question, coordinates outside the picture...)."""


def new_broadcast_id() -> str:
    return f"{ROOM_PREFIX}{uuid.uuid4().hex[:12]}"


def _text(text: str, what: str, limit: int = MAX_TEXT) -> str:
    if not isinstance(text, str) or not text.strip():
        raise BroadcastError(f"{what} is empty")
    if len(text) > limit:
        raise BroadcastError(f"{what} is too long ({len(text)} characters, at most {limit})")
    return text


def _xy(x: float, y: float) -> tuple[float, float]:
    try:
        fx, fy = float(x), float(y)
    except (TypeError, ValueError):
        raise BroadcastError(f"pen position ({x!r}, {y!r}) is not a pair of numbers") from None
    if not (0.0 <= fx <= 1.0 and 0.0 <= fy <= 1.0):  # NaN fails too
        raise BroadcastError(f"pen position ({fx:g}, {fy:g}) lies outside the picture (0..1)")
    return fx, fy


class BroadcastSession:
    """The broadcast room ``room`` seen by ``profile``'s workstation over ``client`` (a LinkClient)."""

    def __init__(self, client, room: str, profile: Profile,
                 dispatch: Callable[[Callable[[], None]], None] | None = None, *,
                 colour: str = "#ffd000", width: float = DEFAULT_WIDTH):
        if not room.startswith(ROOM_PREFIX) or room == BROADCAST_DIRECTORY:
            raise BroadcastError(f"{room!r} is not a broadcast room (expected {ROOM_PREFIX}...)")
        self.client = client
        self.room = room
        self.me = profile
        self.state = BroadcastState(room)
        self._dispatch = dispatch or (lambda fn: fn())
        # Stroke ids are per sender: a fresh prefix per session never collides with the strokes
        # this user drew in an earlier session that are still on the picture.
        self._pen = StrokeRecorder(colour=colour, width=width, id_prefix=f"{uuid.uuid4().hex[:8]}-")
        self._pen_lock = threading.Lock()
        self._pen_at = (0.0, 0.0)  # where the pen last was
        self._ticker: threading.Thread | None = None
        self._closed = threading.Event()
        self._created = False  # this session created the room (its meta may not be back yet)
        client.event_received.connect(self._on_event)
        for ev in client.history(room, 0):  # what this workstation already holds; the hub sends the rest
            self._dispatch(lambda ev=ev: self._apply(ev))

    # ------------------------------------------------------------------ state
    def _on_event(self, ev) -> None:
        if getattr(ev, "room", None) != self.room:
            return
        self._dispatch(lambda: self._apply(ev))

    def _apply(self, ev) -> None:
        if not self.state.apply(ev):
            log.info("broadcast %s: %s from %s refused: %s", self.room, ev.kind, ev.sender, self.state.last_reason)

    def _publish(self, kind: str, body: dict) -> str:
        return self.client.publish(self.room, kind, body)

    @property
    def is_broadcaster(self) -> bool:
        return self.state.broadcaster == self.me.user_id

    def viewers(self) -> list:
        """Members online in the room (from the hub's presence) other than the broadcaster,
        as ``comms.protocol.Member`` (user, name, role, hospital, rtt_ms...)."""
        broadcaster = self.state.broadcaster or (self.me.user_id if self.me.role == "surgeon" else "")
        return [m for m in self.client.presence(self.room) if m.user != broadcaster]

    # ------------------------------------------------------------------ the surgeon
    def create(self, title: str, description: str = "", access: dict | None = None) -> None:
        """Surgeon: create the room, describe it, and list it in the directory. ``access``: who may
        see and join it (workstation.policy.Access as a dict); None: the surgeon's own hospital."""
        _text(title, "the broadcast title", MAX_TITLE)  # the room state refuses longer titles
        self.client.create_room(self.room, "broadcast", title, access=access)
        self.join()
        listing = {"title": title, "description": description, "surgeon": self.me.user_id,
                   "surgeon_name": self.me.name, "hospital": self.me.hospital}
        self._publish("broadcast.meta", listing)
        self._created = True
        self.client.join(BROADCAST_DIRECTORY, kind="broadcast")
        self.client.publish(BROADCAST_DIRECTORY, "broadcast.listed", {"room": self.room, **listing})

    def start(self) -> None:
        self._publish("broadcast.start", {})
        self._list_live(True)

    def stop(self) -> None:
        self.pen_up_now()
        self._publish("broadcast.stop", {})
        self._list_live(False)

    def _list_live(self, live: bool) -> None:
        if self.is_broadcaster or self._created:  # the directory keeps updates from the lister only
            self.client.join(BROADCAST_DIRECTORY, kind="broadcast")
            self.client.publish(BROADCAST_DIRECTORY, "broadcast.live", {"room": self.room, "live": live})

    def answer(self, question_seq: int) -> None:
        self._publish("question.answered", {"question": int(question_seq)})

    def lower_hand(self, user: str) -> None:
        """Surgeon or moderator: put someone's raised hand down."""
        self._publish("question.hand", {"raised": False, "user": user})

    def grant_draw(self, user: str, allowed: bool = True) -> None:
        self._publish("telestration.grant" if allowed else "telestration.revoke", {"user": user})

    def grant_speak(self, user: str, allowed: bool = True) -> None:
        self._publish("broadcast.speak.grant" if allowed else "broadcast.speak.revoke", {"user": user})

    # ------------------------------------------------------------------ everyone
    def join(self) -> None:
        self.client.join(self.room, kind="broadcast")

    def leave(self) -> None:
        self.pen_up_now()
        self.client.leave(self.room)

    def raise_hand(self, raised: bool = True) -> None:
        self._publish("question.hand", {"raised": bool(raised)})

    def ask(self, text: str, language: str | None = None) -> None:
        self._publish("question.ask", {"text": _text(text, "the question"), "language": language or self.me.language})

    def chat(self, text: str, language: str | None = None) -> None:
        self._publish("chat", {"text": _text(text, "the chat message"), "language": language or self.me.language})

    # ------------------------------------------------------------------ telestration
    def pen_down(self, x: float, y: float, t: float | None = None) -> None:
        """Start a stroke at normalised picture coordinates (x right, y down, 0..1). ``t`` is the
        pen's clock in ``time.time()`` seconds (default: now; the pen's own tick uses that clock)."""
        x, y = _xy(x, y)
        with self._pen_lock:
            self._pen_at = (x, y)
            out = self._pen.down(x, y, time.time() if t is None else t)
            if self._ticker is None and not self._closed.is_set():
                self._ticker = threading.Thread(target=self._tick_loop, name=f"pen-{self.room}", daemon=True)
                self._ticker.start()
            self._send_pen(out)

    def pen_move(self, x: float, y: float, t: float | None = None) -> None:
        x, y = _xy(x, y)
        with self._pen_lock:
            self._pen_at = (x, y)
            self._send_pen(self._pen.move(x, y, time.time() if t is None else t))

    def pen_up(self, x: float, y: float, t: float | None = None) -> None:
        x, y = _xy(x, y)
        with self._pen_lock:
            self._pen_at = (x, y)
            self._send_pen(self._pen.up(x, y, time.time() if t is None else t))

    def pen_up_now(self) -> None:
        """End a stroke in progress where the pen last was (leaving, stopping)."""
        with self._pen_lock:
            if not self._pen.drawing:
                return
            self._send_pen(self._pen.up(*self._pen_at, time.time()))

    @property
    def drawing(self) -> bool:
        return self._pen.drawing

    def clear_drawings(self) -> None:
        self._publish("strokes.clear", {"t": time.time()})

    def _send_pen(self, events: list[tuple[str, dict]]) -> None:
        """Publish the recorder's events; called under the pen lock, so that the tick thread and the
        drawing thread never put a stroke's events out of order."""
        for kind, body in events:
            self._publish(kind, body)

    def _tick_loop(self) -> None:
        """While the pen is down, send the points gathered so far at least every 100 ms, so that
        viewers see a resting or slow pen without waiting for the next move."""
        while not self._closed.wait(BATCH_INTERVAL_S / 2):
            with self._pen_lock:
                if not self._pen.drawing:  # decided under the lock: the next pen_down starts a new one
                    self._ticker = None
                    return
                self._send_pen(self._pen.tick(time.time()))

    def close(self) -> None:
        self.pen_up_now()
        self._closed.set()
        ticker = self._ticker
        if ticker is not None:
            ticker.join(1.0)
        self.client.event_received.disconnect(self._on_event)


class BroadcastDirectory(RoomDirectory):
    """The list of broadcasts (:data:`BROADCAST_DIRECTORY`, which the hub creates when it starts):
    ``listings`` by room, updated only by whoever listed a broadcast."""

    def __init__(self, client, dispatch: Callable[[Callable[[], None]], None] | None = None):
        self.listings: dict[str, dict] = {}
        super().__init__(client, BROADCAST_DIRECTORY, "broadcast", ROOM_PREFIX, dispatch)

    def broadcasts(self) -> list[dict]:
        """Listings, live ones first, then the most recently listed."""
        return sorted(self.listings.values(), key=lambda d: (not d["live"], -d["seq"]))

    def _listing(self, ev, body: dict, room: str) -> bool:
        current = self.listings.get(room)
        if ev.kind == "broadcast.listed":
            if getattr(ev, "sender_role", "") not in _LISTERS:
                log.info("broadcast directory: listing of %s by %s (%s) ignored", room, ev.sender, ev.sender_role)
                return False
            if current is not None and current["listed_by"] != ev.sender:
                log.info("broadcast directory: %s is listed by %s, not %s", room, current["listed_by"], ev.sender)
                return False
            text = {k: body.get(k) if isinstance(body.get(k), str) else ""
                    for k in ("title", "description", "surgeon_name", "hospital")}
            text["surgeon"] = ev.sender  # the hub's word, not the body's
            text["surgeon_name"] = text["surgeon_name"] or getattr(ev, "sender_name", "") or ev.sender
            self.listings[room] = {"room": room, **text, "live": current["live"] if current else False,
                                   "listed_by": ev.sender, "listed_at": ev.time, "seq": ev.seq}
            return True
        if ev.kind == "broadcast.live":
            if current is None or current["listed_by"] != ev.sender or not isinstance(body.get("live"), bool):
                return False
            current["live"] = body["live"]
            return True
        return False
