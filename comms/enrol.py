"""Enrolment and revocation of users (run by the hub administrator, also while the hub runs)."""

from __future__ import annotations

import json
import re
import uuid
from pathlib import Path

import zmq

from . import protocol as P
from .hub import hub_keys
from workstation.policy import ROLES

from .store import Store, User


def _slug(name: str) -> str:
    s = re.sub(r"[^a-z0-9]+", "-", name.lower()).strip("-")
    return s[:24] or "user"


def parse_specialties(text) -> tuple[str, ...]:
    """``"radiology,oncology"`` (or a list) -> ("radiology", "oncology"): lower case, no blanks."""
    items = text.split(",") if isinstance(text, str) else list(text or ())
    out = []
    for item in items:
        s = str(item).strip().lower()
        if not s:
            continue
        if len(s) > 100 or not re.fullmatch(r"[a-z0-9][a-z0-9 _.-]*", s):
            raise ValueError(f"specialty {s[:100]!r}: letters, digits, space, '-', '_' or '.' (at most 100)")
        if s not in out:
            out.append(s)
    return tuple(out)


def enrol_user(data_dir: str | Path, name: str, hospital: str, country: str, language: str, role: str,
               hub_address: str, consultant_for=()) -> dict:
    """Add a user to the hub store and return the enrolment bundle (give it to the user, keep it secret).

    The bundle holds the hub's public key and address, the user's id, CURVE keypair and HMAC secret.
    ``consultant_for``: the specialties whose referrals this user reads and answers (worklist).
    """
    specialties = parse_specialties(consultant_for)
    if specialties and role == "trainee":
        raise ValueError("a trainee cannot be a consultant")
    if role not in ROLES:
        raise ValueError(f"unknown role {role!r}; choose one of {', '.join(ROLES)}")
    if not name.strip():
        raise ValueError("a display name is required")
    hub_public, _ = hub_keys(data_dir)
    public, secret = zmq.curve_keypair()
    user_id = f"{_slug(name)}-{uuid.uuid4().hex[:8]}"
    hmac_secret = P.new_secret()
    store = Store(data_dir)
    try:
        store.add_user(User(user_id, name, hospital, country.upper(), language, role,
                            public.decode(), hmac_secret, False, frozenset(specialties)))
        store.audit("admin", "enrol", {"user": user_id, "role": role, "hospital": hospital, "country": country,
                                       "consultant_for": list(specialties)})
    finally:
        store.close()
    return {
        "format": "silkbridge-enrolment/1",
        "protocol": P.PROTOCOL_VERSION,
        "hub_address": hub_address,
        "hub_public_key": hub_public.decode(),
        "user_id": user_id,
        "display_name": name,
        "hospital": hospital,
        "country": country.upper(),
        "language": language,
        "role": role,
        "consultant_for": list(specialties),
        "public_key": public.decode(),
        "secret_key": secret.decode(),
        "hmac_secret": hmac_secret,
    }


def revoke_user(data_dir: str | Path, user_id: str) -> None:
    """Revoke a user. A running hub notices within ~1 s: it sends Revoked, drops the user's
    messages and removes them from rooms; its ZAP handler refuses their next connection."""
    store = Store(data_dir)
    try:
        if not store.set_revoked(user_id):
            raise KeyError(f"no enrolled user {user_id!r} in {Path(data_dir) / 'hub.sqlite'}")
        store.audit("admin", "revoke", {"user": user_id})
    finally:
        store.close()


def set_role(data_dir: str | Path, user_id: str, role: str) -> None:
    """Change a user's role (audited). A running hub applies it to a live session within ~1 s."""
    if role not in ROLES:
        raise ValueError(f"unknown role {role!r}; choose one of {', '.join(ROLES)}")
    store = Store(data_dir)
    try:
        user = store.user(user_id)
        if user is None:
            raise KeyError(f"no enrolled user {user_id!r} in {Path(data_dir) / 'hub.sqlite'}")
        store.db.execute("UPDATE users SET role=? WHERE id=?", (role, user_id))
        store.audit("admin", "role.change", {"user": user_id, "old": user.role, "new": role})
    finally:
        store.close()


def write_bundle(bundle: dict, path: str | Path) -> Path:
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.touch(mode=0o600)
    path.write_text(json.dumps(bundle, indent=2))
    path.chmod(0o600)
    return path


def load_bundle(path: str | Path) -> dict:
    path = Path(path)
    try:
        bundle = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, json.JSONDecodeError) as exc:
        raise ValueError(f"{path}: not a readable enrolment bundle: {exc}") from None
    except UnicodeDecodeError:
        raise ValueError(f"{path}: not an enrolment bundle (not a UTF-8 JSON text file)") from None
    if not isinstance(bundle, dict):
        raise ValueError(f"{path}: not an enrolment bundle (JSON {type(bundle).__name__}, not an object)")
    missing = {"hub_address", "hub_public_key", "user_id", "public_key", "secret_key", "hmac_secret"} - set(bundle)
    if missing:
        raise ValueError(f"{path}: enrolment bundle lacks {', '.join(sorted(missing))}")
    return bundle
