"""The shared state of a surgical demonstration broadcast: a pure reducer over the hub-ordered
room events (no I/O, no clock: every time is the hub-stamped ``event.time``).

Every participant -- the broadcasting surgeon, mentors, trainees, a late joiner replaying the
room's log -- feeds the room's events in hub order (``seq`` 1, 2, 3...) to its own
:class:`BroadcastState` and ends in the same state (compare with :meth:`BroadcastState.digest`).
Ordering is that of :class:`workstation.consult.ConsultState`: ``seq <= last_seq`` is a duplicate
(ignored), a gap is refused (resume or replay first), every in-order event advances ``last_seq``
whether accepted or refused. Nothing in a broadcast is ephemeral: ``seq == 0`` is refused.
Only the hub-stamped ``sender`` and ``sender_role`` are trusted, never identities in a body.

Event kinds and who may publish them (``workstation.policy.ROLE_RIGHTS`` checks the role first: a trainee
may only publish ``chat`` and ``question.*``; a specialist anything but ``broadcast.start/stop``):

* ``broadcast.meta {title, description, surgeon?, surgeon_name?, hospital?}`` -- the first meta
  must come from a user with enrolment role ``surgeon``: that sender becomes THE broadcaster
  (``surgeon`` in the body, if given, must name the sender). Later metas (title, description)
  from the broadcaster or a moderator (role ``coordinator``/``administrator``); the broadcaster
  never changes.
* ``broadcast.start {}`` -- the broadcaster goes live (refused while live or before the meta);
  ``broadcast.stop {}`` -- the broadcaster or a moderator; each live period is kept in ``sessions``.
* ``question.hand {raised: bool, user?}`` -- a participant raises or lowers their own hand; the
  broadcaster or a moderator may lower anyone's hand (``user``, ``raised: false``).
* ``question.ask {text, language}`` -- anyone in the room; ``question.answered {question: seq}``
  -- the broadcaster or a moderator marks the question with that seq answered.
* ``chat {text, language}`` -- anyone in the room.
* ``broadcast.speak.grant {user}`` / ``broadcast.speak.revoke {user}`` -- the broadcaster only:
  who may talk besides the broadcaster (``speakers``; a granted user's raised hand is lowered).
* telestration: ``stroke.begin/points/end``, ``strokes.clear``, ``telestration.grant/revoke``
  are forwarded to the embedded :class:`workstation.telestration.TelestrationState`
  (``state.telestration``), after this room's own check: grants come from the broadcaster only,
  and another user with the surgeon role draws only when granted (the telestration reducer alone
  would let any surgeon draw).

A refused event never changes the state: :meth:`BroadcastState.apply` returns False, keeps the
reason in ``last_reason`` and emits ``rejected``.
"""

from __future__ import annotations

import hashlib
import threading

import msgspec
from psygnal import Signal

from .room import ChatMessage, Event, Refused, RoomReducer, checked_text, convert_body
from .telestration import KINDS as TELESTRATION_KINDS
from .telestration import SURGEON_ROLE, TelestrationState

__all__ = ["BroadcastState", "BroadcastMeta", "Question", "Hand", "ChatMessage", "Event", "KINDS"]

KINDS = ("broadcast.meta", "broadcast.start", "broadcast.stop", "question.hand", "question.ask",
         "question.answered", "chat", "broadcast.speak.grant", "broadcast.speak.revoke") + TELESTRATION_KINDS
MAX_TITLE = 500  # characters of a broadcast title


class BroadcastMeta(msgspec.Struct, kw_only=True):
    title: str
    description: str = ""
    surgeon: str = ""  # the broadcaster: always the hub-stamped sender of the first meta
    surgeon_name: str = ""
    hospital: str = ""


class Question(msgspec.Struct, kw_only=True):
    seq: int  # the question's id: its room seq, the same on every replica
    sender: str
    sender_name: str
    text: str
    language: str
    time: float
    answered: bool = False
    answered_by: str = ""
    answered_at: float | None = None


class Hand(msgspec.Struct, kw_only=True):
    user: str
    name: str
    time: float  # hub time it was raised
    seq: int


class _Hand(msgspec.Struct, kw_only=True, forbid_unknown_fields=True):
    raised: bool
    user: str = ""


class _Ask(msgspec.Struct, kw_only=True):
    text: str
    language: str = ""


class _Answered(msgspec.Struct, kw_only=True, forbid_unknown_fields=True):
    question: int


class _User(msgspec.Struct, kw_only=True, forbid_unknown_fields=True):
    user: str


class BroadcastState(RoomReducer):
    """One broadcast room's shared state (see the module docstring for the rules)."""

    changed = Signal(str)  # kind of an accepted event
    rejected = Signal(str, str)  # kind, reason
    live_changed = Signal(bool)
    hand_changed = Signal(str, bool)  # user, raised
    question_asked = Signal(object)  # Question
    question_answered = Signal(object)  # Question
    chat_received = Signal(object)  # ChatMessage
    rights_changed = Signal(str)  # user whose drawing or speaking right changed
    drawing_changed = Signal(str)  # telestration kind (repaint the overlay)

    def __init__(self, room: str = "", strict_order: bool = True) -> None:
        self.room = room
        self.strict_order = strict_order
        self.meta: BroadcastMeta | None = None
        self.live = False
        self.sessions: list[list] = []  # [[start, stop or None], ...] hub times of the live periods
        self.hands: dict[str, Hand] = {}
        self.questions: list[Question] = []
        self.chat: list[ChatMessage] = []
        self.speakers: set[str] = set()
        self.telestration = TelestrationState()
        self.last_seq = 0
        self.last_time = 0.0
        self.last_reason = ""
        self._lock = threading.RLock()

    # -- reading --------------------------------------------------------------------------------
    @property
    def broadcaster(self) -> str:
        """User id of the broadcasting surgeon ("" before the meta arrived)."""
        return self.meta.surgeon if self.meta is not None else ""

    @property
    def mentors(self) -> set[str]:
        """Users the broadcaster granted drawing."""
        return set(self.telestration.mentors)

    def may_draw(self, user: str) -> bool:
        return bool(user) and (user == self.broadcaster or user in self.telestration.mentors)

    def may_speak(self, user: str) -> bool:
        return bool(user) and (user == self.broadcaster or user in self.speakers)

    def raised_hands(self) -> list[Hand]:
        """Raised hands, first raised first."""
        return sorted(self.hands.values(), key=lambda h: h.seq)

    def open_questions(self) -> list[Question]:
        return [q for q in self.questions if not q.answered]

    def question(self, seq: int) -> Question | None:
        for q in self.questions:
            if q.seq == seq:
                return q
        return None

    @property
    def live_since(self) -> float | None:
        return self.sessions[-1][0] if self.live and self.sessions else None

    # -- applying -------------------------------------------------------------------------------
    def _apply(self, ev, emits: list) -> str | None:
        if reason := self._envelope(ev):
            return reason
        seq, sender, t, kind = ev.seq, ev.sender, float(ev.time), getattr(ev, "kind", "")
        if seq == 0:
            return f"{kind}: nothing in a broadcast is ephemeral (seq 0)"
        if reason := self._in_order(seq, t):
            return reason
        body = getattr(ev, "body", None)
        if kind in TELESTRATION_KINDS:
            return self._telestration(ev, sender, kind, emits)
        handler = _HANDLERS.get(kind)
        if handler is None:
            return f"unknown event kind {kind!r}"
        if not isinstance(body, dict):
            return f"{kind}: the body is not a mapping but {type(body).__name__}"
        return handler(self, ev, sender, float(t), body, emits)

    # -- who may do what ------------------------------------------------------------------------
    def _is_broadcaster(self, ev) -> bool:
        return self.meta is not None and ev.sender == self.meta.surgeon

    def _require_meta(self, kind: str) -> None:
        if self.meta is None:
            raise Refused(f"{kind}: the broadcast has no description yet (broadcast.meta comes first)")

    # -- handlers (check everything first, then change) -----------------------------------------
    def _meta(self, ev, sender, t, body, emits):
        meta = convert_body(body, BroadcastMeta, "broadcast.meta")
        checked_text(meta.title, "broadcast.meta title", required=True)
        if len(meta.title) > MAX_TITLE:
            raise Refused(f"broadcast.meta: the title is too long ({len(meta.title)} characters, at most {MAX_TITLE})")
        for k in ("description", "surgeon_name", "hospital"):
            checked_text(getattr(meta, k), f"broadcast.meta {k}")
        if self.meta is None:
            if self._role(ev) != SURGEON_ROLE:
                return (f"broadcast.meta: only a surgeon broadcasts; {sender} is "
                        f"{self._role(ev) or 'without a role'}")
            if meta.surgeon and meta.surgeon != sender:
                return f"broadcast.meta: {sender} cannot announce a broadcast for {meta.surgeon}"
            meta.surgeon = sender
            meta.surgeon_name = meta.surgeon_name or self._name(ev)
        else:
            if not (self._is_broadcaster(ev) or self._is_moderator(ev)):
                return (f"broadcast.meta: {sender} may not change the broadcast: only its surgeon "
                        f"{self.meta.surgeon_name or self.meta.surgeon} or a moderator may")
            if meta.surgeon and meta.surgeon != self.meta.surgeon:
                return "broadcast.meta: the broadcasting surgeon cannot be changed"
            meta.surgeon = self.meta.surgeon
            meta.surgeon_name = meta.surgeon_name or self.meta.surgeon_name
            meta.hospital = meta.hospital or self.meta.hospital
        self.meta = meta
        return None

    def _start(self, ev, sender, t, body, emits):
        self._require_meta("broadcast.start")
        if not self._is_broadcaster(ev):
            return f"broadcast.start: only the broadcasting surgeon {self.meta.surgeon_name} may go live, not {sender}"
        if self.live:
            return "broadcast.start: the broadcast is already live"
        self.live = True
        self.sessions.append([t, None])
        emits.append((self.live_changed, (True,)))
        return None

    def _stop(self, ev, sender, t, body, emits):
        self._require_meta("broadcast.stop")
        if not (self._is_broadcaster(ev) or self._is_moderator(ev)):
            return f"broadcast.stop: only the broadcasting surgeon or a moderator may stop it, not {sender}"
        if not self.live:
            return "broadcast.stop: the broadcast is not live"
        self.live = False
        self.sessions[-1][1] = max(t, self.sessions[-1][0])
        emits.append((self.live_changed, (False,)))
        return None

    def _hand(self, ev, sender, t, body, emits):
        b = convert_body(body, _Hand, "question.hand")
        user = b.user or sender
        if user != sender:
            if b.raised:
                return f"question.hand: {sender} cannot raise the hand of {user}"
            if not (self._is_broadcaster(ev) or self._is_moderator(ev)):
                return f"question.hand: only the surgeon or a moderator may lower another's hand, not {sender}"
        if b.raised == (user in self.hands):
            return f"question.hand: the hand of {user} is already {'raised' if b.raised else 'down'}"
        if b.raised:
            self.hands[user] = Hand(user=user, name=self._name(ev), time=t, seq=ev.seq)
        else:
            del self.hands[user]
        emits.append((self.hand_changed, (user, b.raised)))
        return None

    def _ask(self, ev, sender, t, body, emits):
        b = convert_body(body, _Ask, "question.ask")
        checked_text(b.text, "question.ask text", required=True)
        q = Question(seq=ev.seq, sender=sender, sender_name=self._name(ev), text=b.text, language=b.language,
                     time=t)
        self.questions.append(q)
        emits.append((self.question_asked, (q,)))
        return None

    def _answered(self, ev, sender, t, body, emits):
        b = convert_body(body, _Answered, "question.answered")
        if not (self._is_broadcaster(ev) or self._is_moderator(ev)):
            return f"question.answered: only the surgeon or a moderator marks questions answered, not {sender}"
        q = self.question(b.question)
        if q is None:
            return f"question.answered: there is no question {b.question}"
        if q.answered:
            return f"question.answered: question {b.question} was already answered"
        q.answered, q.answered_by, q.answered_at = True, sender, t
        emits.append((self.question_answered, (q,)))
        return None

    def _chat(self, ev, sender, t, body, emits):
        msg = self._chat_message(ev, body, "chat")
        self.chat.append(msg)
        emits.append((self.chat_received, (msg,)))
        return None

    def _speak(self, ev, sender, t, body, emits):
        kind = ev.kind
        b = convert_body(body, _User, kind)
        self._require_meta(kind)
        if not self._is_broadcaster(ev):
            return f"{kind}: only the broadcasting surgeon may grant or revoke speaking, not {sender}"
        if not b.user:
            return f"{kind}: no user"
        if b.user == self.meta.surgeon:
            return f"{kind}: the broadcasting surgeon always speaks"
        if kind == "broadcast.speak.grant":
            if b.user in self.speakers:
                return f"{kind}: {b.user} may already speak"
            self.speakers.add(b.user)
            if self.hands.pop(b.user, None) is not None:  # given the floor: the hand goes down
                emits.append((self.hand_changed, (b.user, False)))
        else:
            if b.user not in self.speakers:
                return f"{kind}: {b.user} was not granted speaking"
            self.speakers.discard(b.user)
        emits.append((self.rights_changed, (b.user,)))
        return None

    def _telestration(self, ev, sender, kind, emits):
        if kind in ("telestration.grant", "telestration.revoke"):
            self._require_meta(kind)
            if not self._is_broadcaster(ev):
                return f"{kind}: only the broadcasting surgeon may grant or revoke drawing, not {sender}"
        elif self._role(ev) == SURGEON_ROLE and not self.may_draw(sender):
            return (f"{kind}: {sender} may not draw: only the broadcasting surgeon "
                    f"({self.broadcaster or 'none yet'}) or a granted mentor")
        reason = self.telestration.apply(ev)  # checks everything before changing anything
        if reason:
            return reason
        if kind in ("telestration.grant", "telestration.revoke"):
            emits.append((self.rights_changed, (ev.body["user"],)))
        emits.append((self.drawing_changed, (kind,)))
        return None

    # -- comparing ------------------------------------------------------------------------------
    def snapshot(self) -> dict:
        """Plain-data copy of the whole state (the telestration as its own snapshot)."""
        with self._lock:
            return {
                "room": self.room,
                "meta": msgspec.to_builtins(self.meta),
                "live": self.live,
                "sessions": [list(s) for s in self.sessions],
                "hands": msgspec.to_builtins(self.raised_hands()),
                "questions": msgspec.to_builtins(self.questions),
                "chat": msgspec.to_builtins(self.chat),
                "speakers": sorted(self.speakers),
                "telestration": self.telestration.snapshot(),
                "last_seq": self.last_seq,
                "last_time": self.last_time,
            }

    def digest(self) -> str:
        """SHA-256 of the canonical content: equal on every replica fed the same events."""
        snap = self.snapshot()
        return hashlib.sha256(msgspec.json.encode(snap, order="sorted")).hexdigest()


_HANDLERS = {
    "broadcast.meta": BroadcastState._meta,
    "broadcast.start": BroadcastState._start,
    "broadcast.stop": BroadcastState._stop,
    "question.hand": BroadcastState._hand,
    "question.ask": BroadcastState._ask,
    "question.answered": BroadcastState._answered,
    "chat": BroadcastState._chat,
    "broadcast.speak.grant": BroadcastState._speak,
    "broadcast.speak.revoke": BroadcastState._speak,
}
