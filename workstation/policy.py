"""Who may do what on a Silkbridge hub: the one authorization policy (Qt-free, no comms import).

Read by the hub (every message), the blob server (study up/downloads), the media relay, the room
reducers (moderators, broadcaster) and, through the ``rights`` the hub sends in ``Welcome``, the UI.

Two layers:

* **Role rights** (:data:`ROLE_RIGHTS`): per enrolment role, which room kinds it may join (and its
  role inside them), create, and which event kinds it may publish.
* **Per-room access** (:class:`Access`): a room is joinable -- and listed in its directory -- only
  for those its creator or a moderator admitted: named users, hospitals or roles. Secure by
  default: a room created without an access list admits its creator, the creator's own hospital
  (the colleagues who would have walked into the same meeting room) and the moderators
  (coordinators, administrators), nobody else. :func:`admits` is the one rule.

Room kinds register here (:func:`register_room_kind`) with their directory room; the hub creates
the directories and filters them per recipient without importing any feature.
"""

from __future__ import annotations

import fnmatch
from dataclasses import dataclass, field

#: Enrolment roles, least to most privileged.
ROLES = ("trainee", "specialist", "surgeon", "coordinator", "administrator")
#: Roles that moderate every room (admitted everywhere, see staff-only events, invite and remove).
MODERATOR_ROLES = frozenset({"coordinator", "administrator"})
#: The role whose member of a broadcast room may broadcast (video, telestration without a grant).
BROADCASTER_ROLE = "surgeon"


class PolicyError(ValueError):
    """A malformed access list or policy request."""


# ----------------------------------------------------------------------------- room kinds
@dataclass(frozen=True)
class RoomKind:
    name: str
    directory: str  # the well-known room listing the rooms of this kind
    prefix: str  # room ids of this kind start with it (what the directory lists)
    listed: str  # the directory event that lists a room
    #: may a join of a room id that does not exist create it (with the default access list)? Not
    #: for kinds whose access list is the point of creating them (a referral and its specialty)
    created_by_join: bool = True


_KINDS: dict[str, RoomKind] = {}
#: directory room -> room kind it lists (kept by register_room_kind)
DIRECTORIES: dict[str, str] = {}


def register_room_kind(name: str, directory: str, prefix: str, listed: str, created_by_join: bool = True) -> RoomKind:
    """A feature declares its room kind (idempotent)."""
    kind = _KINDS.setdefault(name, RoomKind(name, directory, prefix, listed, created_by_join))
    if kind != RoomKind(name, directory, prefix, listed, created_by_join):
        raise PolicyError(f"room kind {name!r} is already registered differently")
    DIRECTORIES[directory] = name
    return kind


register_room_kind("consult", "consult-directory", "consult-", "consult.listed")
register_room_kind("broadcast", "broadcast-directory", "broadcast-", "broadcast.listed")
register_room_kind("cohort", "cohort-directory", "cohort-", "cohort.listed")
#: A referral (a case sent for a written second opinion, workstation/referral.py): its room admits the
#: referring hospital, the consultants of the specialty asked for (access ``specialties``) and moderators.
register_room_kind("referral", "referral-directory", "referral-", "referral.listed", created_by_join=False)

#: Room kinds in registration order (the store's CHECK constraint lists the same four, schema v5).
ROOM_KINDS = tuple(_KINDS)


def room_kinds() -> tuple[RoomKind, ...]:
    return tuple(_KINDS.values())


def directory_of(kind: str) -> str:
    return _KINDS[kind].directory


def created_by_join(room: str, kind: str) -> bool:
    """May a join of ``room``, which does not exist, create it as a room of ``kind``? Not when the
    kind asked for, or the kind the room id's prefix names, is only created explicitly (with its
    access list): joining an unknown referral id must not leave an empty referral behind."""
    return not any(not k.created_by_join and (kind == k.name or room.startswith(k.prefix)) for k in _KINDS.values())


def is_directory(room: str) -> bool:
    return room in DIRECTORIES  # on every publish: a dict lookup


# ----------------------------------------------------------------------------- role rights
@dataclass(frozen=True)
class RoleRights:
    join: dict[str, str]  # room kind -> role inside the room
    create: tuple[str, ...]  # room kinds this role may create
    publish: tuple[str, ...]  # fnmatch patterns of event kinds allowed
    deny: tuple[str, ...] = ()  # patterns refused even if allowed above


_ALL_ROOMS = {"consult": "participant", "broadcast": "participant", "cohort": "participant",
              "referral": "participant"}
_MODERATOR = {"consult": "moderator", "broadcast": "moderator", "cohort": "moderator", "referral": "moderator"}

#: Who may do what, checked by the hub for every message.
#: * trainee: joins cohort and broadcast rooms as a viewer; may only chat, ask questions and report
#:   course progress (no consult control, no broadcast start, no sharing of studies).
#: * specialist: joins every room; creates consult and cohort rooms; publishes anything except
#:   starting/stopping a broadcast.
#: * surgeon: like a specialist, and may create and start/stop broadcasts (live surgery).
#: * coordinator / administrator: moderators of every room kind, may do everything.
ROLE_RIGHTS: dict[str, RoleRights] = {
    "trainee": RoleRights(
        join={"cohort": "viewer", "broadcast": "viewer"},
        create=(),
        publish=("chat", "chat.*", "question", "question.*", "progress", "progress.*"),
    ),
    "specialist": RoleRights(join=_ALL_ROOMS, create=("consult", "cohort", "referral"), publish=("*",),
                             deny=("broadcast.start", "broadcast.stop")),
    "surgeon": RoleRights(join=_ALL_ROOMS, create=("consult", "broadcast", "referral"), publish=("*",)),
    "coordinator": RoleRights(join=_MODERATOR, create=ROOM_KINDS, publish=("*",)),
    "administrator": RoleRights(join=_MODERATOR, create=ROOM_KINDS, publish=("*",)),
}
assert set(ROLE_RIGHTS) == set(ROLES)

#: Grants a broadcaster (the creator of a broadcast room) gives in its room: event kind -> (right, granted).
#: "speak" lets a member send audio (the media relay); "draw" lets any role publish DRAW_KINDS there.
GRANT_KINDS = {"broadcast.speak.grant": ("speak", True), "broadcast.speak.revoke": ("speak", False),
               "telestration.grant": ("draw", True), "telestration.revoke": ("draw", False)}
DRAW_KINDS = ("stroke.begin", "stroke.points", "stroke.end", "strokes.clear")

#: Event kinds that share clinical material: their publishes are audited.
SHARING_PREFIXES = ("share.", "consult.", "broadcast.", "study.", "annotation.", "course.", "referral.")
#: ...except what only moves a participant's view (up to 20/s per presenter): not worth a row each.
AUDIT_EXEMPT = ("consult.view", "consult.pointer")

#: Events only the room's staff (its creator and moderators) and their sender see: a trainee's course
#: progress is shown neither to the other trainees nor to other hospitals' specialists in the cohort.
#: The others get a "redacted" placeholder instead, so their sequence stays gap-free.
STAFF_ONLY_PREFIXES = ("progress.",)

#: Events only the room's creator (or a moderator) may publish in it: the broadcaster describes its
#: broadcast; invitations and removals change who may enter.
CREATOR_ONLY = ("broadcast.meta", "room.invite", "room.remove")
#: The access-changing events (body: an access list, see :meth:`Access.parse`).
ACCESS_EVENTS = ("room.invite", "room.remove")

#: The room kind whose creator is its broadcaster and gives GRANT_KINDS in it.
GRANTS_ROOM_KIND = "broadcast"
#: Tracks each media role may send (media relay, calls); a room role not listed here: both.
MEDIA_RIGHTS = {"viewer": (), "speaker": ("audio",), "broadcaster": ("audio", "video")}


def media_role(room_kind: str, room_role: str, is_creator: bool, may_speak: bool) -> str:
    """A member's media role. In a broadcast room the creator is the ``broadcaster`` (video and
    audio), a member the broadcaster allowed to speak is a ``speaker`` (audio only), moderators keep
    their voice, everyone else is a ``viewer`` (receives only). Elsewhere: the role in the room."""
    if room_kind != GRANTS_ROOM_KIND:
        return room_role
    if is_creator:
        return "broadcaster"
    return "speaker" if room_role == "moderator" or may_speak else "viewer"


#: Enrolment roles that may hand out one-time watch links of a broadcast they are admitted to
#: (besides its creator and the moderators): surgeons teaching colleagues' trainees.
WATCH_LINK_ROLES = frozenset({BROADCASTER_ROLE})


def refuses_watch_link(room: "Room | None", who: "Person") -> str:
    """"" when ``who`` may hand out one-time watch links (a browser, no workstation) for ``room``,
    else why not: only for a broadcast room, by its creator, a moderator, or a surgeon it admits."""
    if room is None or room.kind != GRANTS_ROOM_KIND:
        return "no such broadcast"
    if who.id == room.created_by or is_moderator(who.role):
        return ""
    if who.role not in WATCH_LINK_ROLES:
        return f"a {who.role} may not hand out watch links: ask the surgeon or a coordinator"
    return admits(room, who)


def media_tracks(role: str) -> tuple[str, ...]:
    """The tracks a media role (or a room role) may send."""
    return MEDIA_RIGHTS.get(role, ("audio", "video"))

_may_publish_cache: dict[tuple[str, str], bool] = {}


def may_publish(role: str, kind: str) -> bool:
    """May an enrolment role publish this event kind at all (before per-room rules)?"""
    ok = _may_publish_cache.get((role, kind))
    if ok is None:  # fnmatch per publish is costly: cache the (constant) answer per role and kind
        r = ROLE_RIGHTS.get(role)
        ok = r is not None and not any(fnmatch.fnmatchcase(kind, p) for p in r.deny) \
            and any(fnmatch.fnmatchcase(kind, p) for p in r.publish)
        if len(_may_publish_cache) > 10_000:
            _may_publish_cache.clear()
        _may_publish_cache[(role, kind)] = ok
    return ok


def room_role(role: str, kind: str) -> str | None:
    """The role inside a room of ``kind`` for an enrolment role, or None when it may not join that kind."""
    r = ROLE_RIGHTS.get(role)
    return r.join.get(kind) if r is not None else None


def may_create(role: str, kind: str) -> bool:
    r = ROLE_RIGHTS.get(role)
    return r is not None and kind in r.create


def is_moderator(role: str) -> bool:
    return role in MODERATOR_ROLES


def effective_rights(role: str) -> dict:
    """What a user of this role may do, as sent to its workstation in ``Welcome.rights`` (the UI
    enables only these actions; the hub still checks every message)."""
    r = ROLE_RIGHTS.get(role)
    if r is None:
        return {"create": [], "join": {}, "publish": [], "deny": [], "moderator": False, "invite": False}
    return {"create": list(r.create), "join": dict(r.join), "publish": list(r.publish), "deny": list(r.deny),
            "moderator": is_moderator(role), "invite": bool(r.create) or is_moderator(role)}


def rights_allow(rights: dict, kind: str) -> bool:
    """``may_publish`` over a ``Welcome.rights`` dict (the client side)."""
    pats, deny = rights.get("publish") or [], rights.get("deny") or []
    return not any(fnmatch.fnmatchcase(kind, p) for p in deny) and any(fnmatch.fnmatchcase(kind, p) for p in pats)


# ----------------------------------------------------------------------------- per-room access
MAX_ENTRIES = 500  # per list in one access list or change
MAX_ROOM_ENTRIES = 2000  # users + hospitals + roles a room admits in all (a spamming creator fills no disk)
MAX_NAME = 200  # characters of a user id or hospital name


@dataclass(frozen=True)
class Access:
    """Who a room admits, besides its creator and the moderators: user ids, hospitals, roles."""

    users: frozenset[str] = frozenset()
    hospitals: frozenset[str] = frozenset()
    roles: frozenset[str] = frozenset()
    #: the consultants enrolled for one of these specialties (a referral's specialty asked for)
    specialties: frozenset[str] = frozenset()

    @classmethod
    def parse(cls, obj) -> "Access":
        """From ``{"users": [...], "hospitals": [...], "roles": [...]}`` (any key optional);
        raises :class:`PolicyError` on anything else."""
        if obj is None:
            return cls()
        if not isinstance(obj, dict):
            raise PolicyError("an access list is a map of users, hospitals and roles")
        unknown = set(obj) - {"users", "hospitals", "roles", "specialties"}
        if unknown:
            raise PolicyError(f"unknown access field(s): {', '.join(sorted(map(str, unknown)))[:200]}")
        out = {}
        for key in ("users", "hospitals", "roles", "specialties"):
            items = obj.get(key) or []
            if not isinstance(items, (list, tuple)) or not all(isinstance(v, str) for v in items):
                raise PolicyError(f"access {key}: a list of names")
            if len(items) > MAX_ENTRIES:
                raise PolicyError(f"access {key}: more than {MAX_ENTRIES} entries")
            cleaned = {v.strip().lower() if key == "specialties" else v.strip() for v in items if v.strip()}
            if any(len(v) > MAX_NAME for v in cleaned):
                raise PolicyError(f"access {key}: a name longer than {MAX_NAME} characters")
            out[key] = frozenset(cleaned)
        bad = out["roles"] - set(ROLES)
        if bad:
            raise PolicyError(f"access roles: unknown role(s) {', '.join(sorted(bad))}; choose among {', '.join(ROLES)}")
        return cls(**out)

    def to_dict(self) -> dict:
        d = {"users": sorted(self.users), "hospitals": sorted(self.hospitals), "roles": sorted(self.roles)}
        if self.specialties:
            d["specialties"] = sorted(self.specialties)
        return d

    def __bool__(self) -> bool:
        return bool(self.users or self.hospitals or self.roles or self.specialties)

    def entries(self) -> list[tuple[str, str]]:
        """(kind, value) rows: kind is "user", "hospital" or "role"."""
        return ([("user", v) for v in sorted(self.users)] + [("hospital", v) for v in sorted(self.hospitals)]
                + [("role", v) for v in sorted(self.roles)] + [("specialty", v) for v in sorted(self.specialties)])

    @classmethod
    def from_entries(cls, rows) -> "Access":
        d: dict[str, set[str]] = {"user": set(), "hospital": set(), "role": set(), "specialty": set()}
        for kind, value in rows:
            d.setdefault(kind, set()).add(value)
        return cls(frozenset(d["user"]), frozenset(d["hospital"]), frozenset(d["role"]), frozenset(d["specialty"]))

    def union(self, other: "Access") -> "Access":
        return Access(self.users | other.users, self.hospitals | other.hospitals, self.roles | other.roles,
                      self.specialties | other.specialties)

    def size(self) -> int:
        return len(self.users) + len(self.hospitals) + len(self.roles)

    def minus(self, other: "Access") -> "Access":
        return Access(self.users - other.users, self.hospitals - other.hospitals, self.roles - other.roles,
                      self.specialties - other.specialties)


def default_access(creator_id: str, creator_hospital: str) -> Access:
    """The access of a room created without a list: its creator and the creator's own hospital."""
    return Access(users=frozenset({creator_id}), hospitals=frozenset({creator_hospital} if creator_hospital else ()))


@dataclass(frozen=True)
class Person:
    """Who asks: an enrolled user as the policy needs it."""

    id: str
    role: str
    hospital: str = ""
    #: specialties this user is enrolled as a consultant for (``enrol --consultant-for``)
    specialties: frozenset[str] = frozenset()


@dataclass(frozen=True)
class Room:
    id: str
    kind: str
    created_by: str
    access: Access = field(default_factory=Access)


def admits(room: Room, who: Person) -> str:
    """"" when ``who`` may join (and see) ``room``, else the reason why not -- THE admission rule.

    The enrolment role must allow the room's kind; then directories admit everyone so allowed (each
    recipient sees only the listings of rooms it may join, :func:`may_see_listing`); a room admits
    moderators, its creator, and whoever its access list names (user id, hospital or role)."""
    if room_role(who.role, room.kind) is None:
        return f"role {who.role} may not join {room.kind} room {room.id}"
    if is_directory(room.id) or is_moderator(who.role) or who.id == room.created_by:
        return ""
    a = room.access
    if who.id in a.users or (who.hospital and who.hospital in a.hospitals) or who.role in a.roles \
            or (a.specialties and who.specialties & a.specialties):
        return ""
    return f"{who.id} is not invited to {room.kind} room {room.id}"


def may_change_access(room: Room, who: Person) -> bool:
    """The creator and moderators invite and remove."""
    return who.id == room.created_by or is_moderator(who.role)


def may_see_listing(listed: Room | None, who: Person) -> bool:
    """A directory shows ``who`` a listing only of a room it may join (unknown rooms: staff only)."""
    if listed is None:
        return is_moderator(who.role)
    return not admits(listed, who)


def may_list(listed: Room | None, who: Person) -> bool:
    """Only the listed room's creator or a moderator publishes its listing in a directory; a
    referral's status line (claimed, reported...) also comes from those it admits."""
    if listed is None:
        return False
    if listed.created_by == who.id or is_moderator(who.role):
        return True
    return listed.kind == "referral" and not admits(listed, who)


# ----------------------------------------------------------------------------- referrals
#: Referral events only a consultant of the referral's specialty (or a moderator) publishes ...
CONSULTANT_ONLY = ("referral.claim", "referral.release", "referral.report")
#: ... and those only the referring side (its creator, the referring hospital, moderators) publishes.
REFERRER_ONLY = ("referral.meta", "referral.study", "referral.ack", "referral.withdraw")


def is_consultant(room: Room, who: Person) -> bool:
    """Is ``who`` a consultant of the specialty ``room`` (a referral) asks for?"""
    return bool(room.access.specialties & who.specialties)


def refuses_publish(room: Room | None, who: Person, kind: str) -> str:
    """"" when ``who`` may publish ``kind`` in ``room`` as far as the room's kind cares, else why not
    (after :func:`may_publish` and admission). Referrals: consultants claim and report, the referring
    side describes the case and acknowledges; both ask questions (``referral.message``)."""
    if room is None or room.kind != "referral" or is_moderator(who.role):
        return ""
    if kind in CONSULTANT_ONLY and not is_consultant(room, who):
        return f"only a consultant of {', '.join(sorted(room.access.specialties)) or 'the specialty'} may publish {kind}"
    if kind in REFERRER_ONLY and who.id != room.created_by and not (who.hospital and who.hospital in room.access.hospitals):
        return f"only the referring hospital may publish {kind}"
    return ""
