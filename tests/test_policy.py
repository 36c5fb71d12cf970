"""The one authorization policy (workstation.policy): role rights and the per-room admission rule."""

from __future__ import annotations

import pytest

from workstation import policy
from workstation.policy import Access, Person, PolicyError, Room, admits, default_access

CREATOR = Person("u-chen", "coordinator", "Guangxi Medical")
LAN = Person("u-lan", "specialist", "Bach Mai")
MAI = Person("u-mai", "specialist", "Guangxi Medical")
TRAINEE = Person("u-tam", "trainee", "Bach Mai")
ADMIN = Person("u-admin", "administrator", "Somewhere else")


def consult(access: Access, creator: str = "u-spec") -> Room:
    return Room("consult-1", "consult", creator, access)


def test_secure_by_default_admits_creator_own_hospital_and_moderators_only():
    creator = Person("u-spec", "specialist", "Guangxi Medical")
    room = consult(default_access(creator.id, creator.hospital))
    assert admits(room, creator) == ""
    assert admits(room, MAI) == ""  # a colleague of the creator's hospital
    assert admits(room, ADMIN) == "" and admits(room, CREATOR) == ""  # moderators
    assert "u-lan is not invited to consult room consult-1" == admits(room, LAN)  # another hospital


def test_invitation_by_user_hospital_or_role():
    assert admits(consult(Access(users=frozenset({"u-lan"}))), LAN) == ""
    assert admits(consult(Access(hospitals=frozenset({"Bach Mai"}))), LAN) == ""
    assert admits(consult(Access(roles=frozenset({"specialist"}))), LAN) == ""
    assert admits(consult(Access(roles=frozenset({"surgeon"}))), LAN) != ""


def test_role_rights_still_come_first_invited_trainee_never_joins_a_consult():
    room = consult(Access(users=frozenset({"u-tam"}), hospitals=frozenset({"Bach Mai"})))
    assert admits(room, TRAINEE) == "role trainee may not join consult room consult-1"
    broadcast = Room("broadcast-1", "broadcast", "u-surgeon", Access(hospitals=frozenset({"Bach Mai"})))
    assert admits(broadcast, TRAINEE) == ""
    assert policy.room_role("trainee", "broadcast") == "viewer"


def test_directories_admit_every_role_allowed_the_kind_and_listings_are_filtered():
    directory = Room("consult-directory", "consult", "hub")
    assert admits(directory, LAN) == "" and admits(directory, TRAINEE) != ""
    private = consult(default_access("u-spec", "Guangxi Medical"))
    assert policy.may_see_listing(private, MAI) and not policy.may_see_listing(private, LAN)
    assert not policy.may_see_listing(None, LAN) and policy.may_see_listing(None, ADMIN)
    assert policy.may_list(private, Person("u-spec", "specialist")) and not policy.may_list(private, MAI)


@pytest.mark.parametrize("bad, needle", [
    ("everyone", "a map"),
    ({"users": "u-lan"}, "a list of names"),
    ({"users": [1, 2]}, "a list of names"),
    ({"hospitals": ["x" * 500]}, "longer than"),
    ({"roles": ["superuser"]}, "unknown role(s) superuser"),
    ({"groups": ["a"]}, "unknown access field"),
    ({"users": ["u"] * 501}, "more than 500"),
])
def test_malformed_access_lists_are_refused_with_a_reason(bad, needle):
    with pytest.raises(PolicyError) as err:
        Access.parse(bad)
    assert needle in str(err.value)


def test_access_round_trip_and_changes():
    a = Access.parse({"users": [" u-lan ", ""], "hospitals": ["Bach Mai"], "roles": ["surgeon"]})
    assert a.to_dict() == {"users": ["u-lan"], "hospitals": ["Bach Mai"], "roles": ["surgeon"]}
    assert Access.from_entries(a.entries()) == a
    assert a.minus(Access(users=frozenset({"u-lan"}))).users == frozenset()
    assert not Access.parse(None) and Access.parse({}) == Access()


def test_rights_in_welcome_say_what_the_ui_may_offer():
    trainee = policy.effective_rights("trainee")
    assert trainee["create"] == [] and "consult" not in trainee["join"] and not trainee["moderator"]
    assert policy.rights_allow(trainee, "chat") and not policy.rights_allow(trainee, "consult.conclusion")
    spec = policy.effective_rights("specialist")
    assert "consult" in spec["create"] and not policy.rights_allow(spec, "broadcast.start")
    assert policy.rights_allow(policy.effective_rights("surgeon"), "broadcast.start")
    assert policy.effective_rights("nobody") == {"create": [], "join": {}, "publish": [], "deny": [],
                                                 "moderator": False, "invite": False}


def test_one_list_of_roles_and_room_kinds():
    from comms import store
    from workstation import annotations, telestration

    assert store.ROLES is policy.ROLES and store.ROOM_KINDS == policy.ROOM_KINDS == ("consult", "broadcast", "cohort",
                                                                                  "referral")
    assert annotations.MODERATOR_ROLES is policy.MODERATOR_ROLES
    assert telestration.SURGEON_ROLE == policy.BROADCASTER_ROLE
    assert policy.directory_of("cohort") == "cohort-directory" and policy.is_directory("broadcast-directory")
    with pytest.raises(PolicyError):
        policy.register_room_kind("consult", "elsewhere", "consult-", "consult.listed")


def test_a_referral_is_never_created_by_a_join():
    from workstation import policy

    assert not policy.created_by_join("referral-abc", "referral")
    assert not policy.created_by_join("referral-abc", "consult")  # the id's prefix names the kind
    assert not policy.created_by_join("x", "referral")
    assert policy.created_by_join("consult-abc", "consult") and policy.created_by_join("r", "cohort")
