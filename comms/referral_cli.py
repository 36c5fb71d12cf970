"""Headless referrals for hospital integration scripts, with the enrolment in ``$SILKBRIDGE_HOME``:

    python -m workstation enrolment import BUNDLE.json
    python -m workstation referral send --to SPECIALTY [--urgency U] --question TEXT [--attach FILE]... SERIES_DIR...
    python -m workstation referral list | claim ID | report ID --findings .. --impression .. [--sign] | show ID
    python -m workstation referral ack ID | message ID TEXT | fetch ID | export ID OUT_DIR | flush

Each command waits for the hub (``--timeout``, default 60 s) and exits 0 when done, 2 on a bad request,
3 when the hub cannot be reached in time, 4 when the hub (or the referral's rules) refused it, 5 when
images need the sender's confirmation (``--confirm SOP_UID``). ``--json`` prints one JSON object.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

EXIT_BAD, EXIT_UNREACHABLE, EXIT_REFUSED, EXIT_CONFIRM = 2, 3, 4, 5
ENROLMENT_FILE = "enrolment.json"


class _Fail(Exception):
    def __init__(self, code: int, message: str):
        super().__init__(message)
        self.code = code


# ----------------------------------------------------------------------------- enrolment import
def enrolment_command(sub) -> None:
    p = sub.add_parser("enrolment", help="this workstation's enrolment with its hub")
    s = p.add_subparsers(dest="enrolment_cmd", metavar="ACTION", required=True)
    i = s.add_parser("import", help="import an enrolment bundle (what the first-run wizard does)")
    i.add_argument("bundle")
    i.set_defaults(func=_run_enrolment_import)


def import_enrolment(path: str | Path) -> Path:
    """Keep the bundle as ``$SILKBRIDGE_HOME/enrolment.json`` (0600; a different earlier one is kept
    beside it) and remember it in the settings. ValueError when it is not a bundle."""
    from workstation.settings import Settings, home

    from .enrol import load_bundle, write_bundle

    bundle = load_bundle(path)
    address = bundle["hub_address"]
    if not isinstance(address, str) or not address.startswith("tcp://") or not isinstance(bundle["user_id"], str):
        raise ValueError(f"{path}: hub_address {address!r} is not an address like tcp://host:port")
    dest = home() / ENROLMENT_FILE
    if dest.exists():
        try:
            same = json.loads(dest.read_text(encoding="utf-8")) == bundle
        except (OSError, ValueError):
            same = False
        if not same:
            dest.replace(dest.with_name(f"enrolment-{time.strftime('%Y%m%d-%H%M%S')}.json"))
    write_bundle(bundle, dest)
    settings = Settings.load()
    settings.enrolment_bundle = str(dest)
    settings.save()
    return dest


def _run_enrolment_import(args) -> int:
    try:
        dest = import_enrolment(args.bundle)
    except ValueError as exc:
        print(f"enrolment import: {exc}", file=sys.stderr)
        return EXIT_BAD
    bundle = json.loads(dest.read_text())
    print(json.dumps({"enrolled": bundle["user_id"], "hub": bundle["hub_address"], "bundle": str(dest)}))
    return 0


# ----------------------------------------------------------------------------- the link
class _Link:
    """The enrolled user's link for one command: connect, wait for the hub, act, stop."""

    def __init__(self, timeout: float):
        from workstation.settings import Settings, home

        from .client import LinkClient
        from .consult import Profile
        from .enrol import load_bundle

        settings = Settings.load()
        if not settings.enrolment_bundle:
            raise _Fail(EXIT_BAD, "this workstation is not enrolled: python -m workstation enrolment import BUNDLE.json")
        try:
            self.bundle = load_bundle(settings.enrolment_bundle)
        except ValueError as exc:
            raise _Fail(EXIT_BAD, str(exc)) from None
        self.timeout = timeout
        self.home = home()
        self.workdir = self.home / "consults"  # shared with the reading room (key store, downloads)
        self.keys = self.workdir / "reid-keys.sqlite"
        self.me = Profile.from_bundle(self.bundle)
        self.client = LinkClient(self.bundle, self.home / "link-cli")
        self.errors: list[str] = []
        self.acks: dict[str, int] = {}
        self.refused_rooms: dict[str, str] = {}
        self.client.error.connect(self.errors.append)
        self.client.acked.connect(lambda cmid, seq: self.acks.__setitem__(cmid, seq))
        self.client.room_refused.connect(lambda room, why: self.refused_rooms.__setitem__(room, why))

    def __enter__(self):
        self.client.start()
        return self

    def __exit__(self, *exc):
        self.client.stop()

    def online(self) -> None:
        deadline = time.monotonic() + self.timeout
        while time.monotonic() < deadline:
            if self.client.state in ("online", "degraded"):
                return
            if self.client.state in ("refused", "revoked"):
                raise _Fail(EXIT_REFUSED, f"the hub refused this workstation: {'; '.join(self.errors) or self.client.state}")
            time.sleep(0.02)
        raise _Fail(EXIT_UNREACHABLE, f"cannot reach the hub at {self.bundle['hub_address']} within "
                    f"{self.timeout:.0f} s (link {self.client.state})")

    def session(self, room: str):
        from .referrals import ReferralError, ReferralSession

        if not room.startswith("referral-"):
            raise _Fail(EXIT_BAD, f"{room!r} is not a referral id (referral-...)")
        self.online()
        s = ReferralSession(self.client, room, self.me, self.workdir)
        try:
            s.wait_joined(self.timeout)
        except ReferralError as exc:
            if "no such room" in str(exc):  # the hub never had it (referrals are not created by a join)
                raise _Fail(EXIT_BAD, f"no referral {room} (unknown at the hub)") from None
            raise _Fail(EXIT_REFUSED if "refused" in str(exc) else EXIT_UNREACHABLE, str(exc)) from None
        self.caught_up(room)
        if s.state.created is None:
            s.close()
            raise _Fail(EXIT_BAD, f"no referral {room} (unknown here, or not described yet)")
        return s

    def caught_up(self, room: str) -> None:
        """Wait until the room's backlog has come in (its pages)."""
        paging = getattr(self.client, "_paging", {})
        deadline = time.monotonic() + self.timeout
        quiet = 0
        while time.monotonic() < deadline and quiet < 3:
            quiet = quiet + 1 if room not in paging else 0
            time.sleep(0.05)

    def act(self, session, publish) -> int:
        """Publish (``publish()`` returns the client_msg_id), wait for the hub's ack and for the
        event to come back through the reducer; _Fail with the reason when either refuses it."""
        n_errors = len(self.errors)
        cmid = publish()
        deadline = time.monotonic() + self.timeout
        while cmid not in self.acks:
            if len(self.errors) > n_errors and self.client.outbox_size(session.room) == 0:
                raise _Fail(EXIT_REFUSED, f"refused by the hub: {self.errors[-1]}")
            if time.monotonic() > deadline:
                raise _Fail(EXIT_UNREACHABLE, f"the hub did not acknowledge within {self.timeout:.0f} s "
                            f"(link {self.client.state}; kept in the outbox)")
            time.sleep(0.02)
        seq = self.acks[cmid]
        while session.state.last_seq < seq:
            if time.monotonic() > deadline:
                raise _Fail(EXIT_UNREACHABLE, "the hub acknowledged but did not send the event back in time")
            time.sleep(0.02)
        if seq in session.refusals:
            raise _Fail(EXIT_REFUSED, session.refusals[seq])
        session.wait_acked(self.timeout)  # the directory line the change published
        return seq


# ----------------------------------------------------------------------------- referral ...
def referral_command(sub) -> None:
    p = sub.add_parser("referral", help="send, list, claim, answer and read referrals (written second opinions)")
    p.add_argument("--timeout", type=float, default=60.0, help="seconds to wait for the hub (default 60)")
    s = p.add_subparsers(dest="referral_cmd", metavar="ACTION", required=True)

    def add(name, func, help_):
        q = s.add_parser(name, help=help_)
        q.add_argument("--json", action="store_true", help="print one JSON object")
        q.add_argument("--timeout", type=float, default=argparse.SUPPRESS, help="seconds to wait for the hub")
        q.set_defaults(func=func)
        return q

    q = add("send", _send, "de-identify a study and send it for a second opinion")
    q.add_argument("--to", required=True, metavar="SPECIALTY", help="the specialty asked, e.g. radiology")
    q.add_argument("--urgency", default="routine", choices=("routine", "urgent", "emergency"))
    q.add_argument("--question", required=True)
    q.add_argument("--history", default="")
    q.add_argument("--language", default=None, help="language of the answer (default: the user's)")
    q.add_argument("--title", default="")
    q.add_argument("--attach", action="append", default=[], metavar="FILE",
                   help="PDF, image or text file (sent as you confirm it) or DICOM (de-identified)")
    q.add_argument("--confirm", action="append", default=[], metavar="SOP_UID",
                   help="you looked: this image shows no burned-in patient text")
    q.add_argument("--offline", action="store_true", help="compose only; it waits in the outbox (referral flush)")
    q.add_argument("series", nargs="+", metavar="SERIES_DIR")
    add("flush", _flush, "send the referrals composed offline")
    add("list", _list, "the referrals this user may see (consultants: the worklist)")
    for name, func, help_ in (("claim", _claim, "claim a referral (consultant)"),
                              ("release", _release, "give a claimed referral back"),
                              ("ack", _ack, "acknowledge the signed report (referrer)"),
                              ("show", _show, "status, timeline and report (the real name at the referrer)"),
                              ("fetch", _fetch, "download the referral's study and attachments")):
        add(name, func, help_).add_argument("id")
    q = add("report", _report, "write (and with --sign, sign) the structured report")
    q.add_argument("id")
    q.add_argument("--findings", required=True)
    q.add_argument("--impression", required=True)
    q.add_argument("--recommendation", default="")
    q.add_argument("--language", default=None, help="language of this text (default: the one the referrer asked)")
    q.add_argument("--original-language", default=None, help="the consultant's own language of --original-*")
    q.add_argument("--original-findings", default="")
    q.add_argument("--original-impression", default="")
    q.add_argument("--original-recommendation", default="")
    q.add_argument("--measurements", default=None, metavar="FILE.json",
                   help="measurements (a JSON list of annotations in patient mm); exported as SR and KOS")
    q.add_argument("--sign", action="store_true")
    q = add("message", _message, "a question or answer on the referral")
    q.add_argument("id")
    q.add_argument("text")
    q = add("export", _export, "the report as PDF (with the real name, at the referring hospital)")
    q.add_argument("id")
    q.add_argument("out_dir")


def _timeout(args) -> float:
    return float(getattr(args, "timeout", None) or 60.0)


def _out(args, obj: dict, text: str) -> None:
    print(json.dumps(obj, ensure_ascii=False) if args.json else text)


def _run(args, body) -> int:
    try:
        with _Link(_timeout(args)) as link:
            return body(link) or 0
    except _Fail as exc:
        print(f"referral {args.referral_cmd}: {exc}", file=sys.stderr)
        return exc.code


def _send(args) -> int:
    from .consult import NeedsConfirmation
    from .referrals import ReferralError, ReferralOutbox

    def body(link: _Link) -> int:
        outbox = ReferralOutbox(link.client, link.me, link.workdir, link.keys)
        try:
            room = outbox.compose(args.series, specialty=args.to, question=args.question, urgency=args.urgency,
                                  history=args.history, language=args.language, title=args.title,
                                  attachments=args.attach, confirmed=args.confirm)
        except NeedsConfirmation as exc:
            for h in exc.held:
                print(f"needs confirmation: {h.source} SOP {h.sop_instance_uid}: {h.reason}", file=sys.stderr)
            raise _Fail(EXIT_CONFIRM, f"{len(exc.held)} image(s) may show burned-in text: look at them, then "
                        "repeat with --confirm SOP_UID for each") from None
        except ReferralError as exc:
            raise _Fail(EXIT_BAD, str(exc)) from None
        if args.offline:
            _out(args, {"referral": room, "status": "composed"}, f"{room} composed (waits in the outbox)")
            return 0
        result = _send_room(link, outbox, room)
        _out(args, result, f"{room} {result['status']}")
        return 0

    return _run(args, body)


def _send_room(link: _Link, outbox, room: str) -> dict:
    from .referrals import ReferralError

    link.online()
    try:
        t0 = time.monotonic()
        session = outbox.send(room, timeout=link.timeout)
    except ReferralError as exc:
        code = EXIT_REFUSED if "refused" in str(exc) or "forbidden" in str(exc) else EXIT_UNREACHABLE
        raise _Fail(code, f"{exc} (kept in the outbox: referral flush)") from None
    st = session.state
    session.close()
    return {"referral": room, "status": st.status, "specialty": st.specialty, "urgency": st.urgency,
            "pseudonym": st.study.pseudonym if st.study else "", "seconds": round(time.monotonic() - t0, 3)}


def _flush(args) -> int:
    from .referrals import ReferralOutbox

    def body(link: _Link) -> int:
        outbox = ReferralOutbox(link.client, link.me, link.workdir, link.keys)
        sent = []
        for doc in outbox.pending():
            sent.append(_send_room(link, outbox, doc["room"])["referral"])
        _out(args, {"sent": sent}, "\n".join(sent) or "nothing to send")
        return 0

    return _run(args, body)


def _list(args) -> int:
    from .referrals import ReferralDirectory

    def body(link: _Link) -> int:
        link.online()
        d = ReferralDirectory(link.client)
        d.open()
        deadline = time.monotonic() + link.timeout
        while not d.joined:
            if time.monotonic() > deadline:
                raise _Fail(EXIT_UNREACHABLE, "the hub did not open the referral directory in time")
            time.sleep(0.02)
        link.caught_up(d.directory)
        now, targets = time.time(), d.targets
        rows = d.worklist.rows(now)
        items = [{"referral": r.room, "specialty": r.specialty, "urgency": r.urgency, "status": r.status,
                  "created": r.created, "waiting_s": None if r.created is None else round(now - r.created, 1),
                  "time_left_s": None if (left := r.time_left(now, targets)) is None else round(left, 1),
                  "overdue": r.overdue(now, targets), "escalated": bool(r.escalated),
                  "escalated_for": list(r.escalated), "claimed_by": r.claimed_by, "claimed_by_name": r.claimed_by_name,
                  "referring_hospital": r.referring_hospital, "question": r.question, "modality": r.modality}
                 for r in rows]
        d.close()
        text = "\n".join(f"{i['referral']}  {i['urgency']:<9} {i['status']:<12} {i['specialty']:<12} "
                         f"{'OVERDUE ' if i['overdue'] else ''}{'ESCALATED ' if i['escalated'] else ''}"
                         f"{i['question'][:60]}" for i in items)
        _out(args, {"referrals": items}, text or "no referrals")
        return 0

    return _run(args, body)


def _simple(args, action: str, publish) -> int:
    def body(link: _Link) -> int:
        s = link.session(args.id)
        seq = link.act(s, lambda: publish(s))
        _out(args, {"referral": s.room, "status": s.state.status, "seq": seq}, f"{s.room} {s.state.status}")
        s.close()
        return 0

    return _run(args, body)


def _claim(args) -> int:
    return _simple(args, "claim", lambda s: s.claim())


def _release(args) -> int:
    return _simple(args, "release", lambda s: s.release())


def _ack(args) -> int:
    return _simple(args, "ack", lambda s: s.acknowledge())


def _message(args) -> int:
    return _simple(args, "message", lambda s: s.message(args.text))


def _report(args) -> int:
    original = None
    if args.original_language:
        original = {"language": args.original_language, "findings": args.original_findings,
                    "impression": args.original_impression, "recommendation": args.original_recommendation}
    measurements = []
    if args.measurements:
        from workstation.annotations import Annotation, GeometryError

        try:
            raw = json.loads(Path(args.measurements).read_text(encoding="utf-8"))
            if not isinstance(raw, list):
                raise ValueError("not a JSON list")
            for d in raw:
                Annotation.from_dict(d).validate()
            measurements = raw
        except (OSError, ValueError, GeometryError, TypeError) as exc:
            print(f"referral report: {args.measurements}: {exc}", file=sys.stderr)
            return EXIT_BAD
    return _simple(args, "report", lambda s: s.write_report(
        findings=args.findings, impression=args.impression, recommendation=args.recommendation,
        language=args.language, signed=args.sign, original=original, measurements=measurements))


def _show(args) -> int:
    def body(link: _Link) -> int:
        s = link.session(args.id)
        d = s.state.to_dict()
        ident = s.real_identity(link.keys)
        d["patient_name"] = ident.patient_name if ident else None
        d["patient_id"] = ident.patient_id if ident else None
        d["deadline"] = s.state.deadline(_targets(link))
        rep = s.state.report
        text = [f"{s.room}  {s.state.status}  {s.state.urgency}  to {s.state.specialty}",
                f"patient: {d['patient_name'] or (s.state.study.pseudonym if s.state.study else '')}",
                f"question: {s.state.question}"]
        text += [f"  {time.strftime('%Y-%m-%d %H:%M', time.localtime(st.time))}  {st.status:<12} {st.by_name or st.by}"
                 for st in s.state.timeline]
        if rep is not None:
            text += [f"report v{rep.version} ({'signed' if rep.signed else 'draft'}, {rep.language}):",
                     f"  findings: {rep.findings}", f"  impression: {rep.impression}",
                     f"  recommendation: {rep.recommendation}"]
        _out(args, d, "\n".join(text))
        s.close()
        return 0

    return _run(args, body)


def _targets(link: _Link) -> dict:
    from workstation.referral import decode_targets

    return decode_targets(link.client.services.get("referral-targets"))


def _fetch(args) -> int:
    def body(link: _Link) -> int:
        s = link.session(args.id)
        from .referrals import ReferralError, attachments_of

        try:
            unpacked = s.fetch_study()
        except ReferralError as exc:
            raise _Fail(EXIT_BAD, str(exc)) from None
        except Exception as exc:  # noqa: BLE001 - a blob error: say it
            raise _Fail(EXIT_REFUSED if "refused" in str(exc) else EXIT_UNREACHABLE, str(exc)) from None
        _out(args, {"referral": s.room, "study": str(unpacked / "study"),
                    "attachments": [str(p) for p in attachments_of(unpacked)]}, str(unpacked))
        return 0

    return _run(args, body)


def _export(args) -> int:
    def body(link: _Link) -> int:
        s = link.session(args.id)
        try:
            out = s.export(args.out_dir, link.keys)
        except ValueError as exc:
            raise _Fail(EXIT_BAD, str(exc)) from None
        _out(args, {"referral": s.room, **out}, "\n".join([out["pdf"], *out["dicom"]]))
        return 0

    return _run(args, body)
