"""CLI subcommands: ``hub``, ``enrol``, ``revoke``, ``hub-course-report``, ``hub-verify-certificate``,
``hub-backup``, ``hub-restore`` (registered in pyproject.toml).

Also runnable without the rest of the workstation: ``python -m comms.hub_cli hub --data DIR``.
"""

from __future__ import annotations

import argparse
import gc
import json
import signal
import sys
from pathlib import Path

from workstation.policy import ROLES


def load_features() -> None:
    """Import the hub's features: each module registers its service (blobs, archive, calls) or its
    room rules (referral escalation, directory listings, broadcast grants, call and watch-link
    requests) in comms.service on import, and the hub starts and calls whatever is registered,
    naming none."""
    from . import blobs, archive  # noqa: F401 - registration, in this order
    from .webrtc import grants, link_requests  # noqa: F401
    from . import referral_escalation, directories, broadcast_grants  # noqa: F401


def _run_hub(args) -> int:
    from .hub import Hub
    from .store import SchemaError, lock_data_dir

    load_features()

    try:
        Path(args.data).mkdir(parents=True, exist_ok=True)
        lock = lock_data_dir(args.data)  # one hub per data directory; hub-restore checks it  # noqa: F841
        hub = Hub(args.data, bind=args.bind)
        address = hub.start()
    except SchemaError as exc:  # another hub on this directory, or a store from a newer version
        print(f"hub: cannot start: {exc}", file=sys.stderr)
        return 1
    except (ValueError, OSError) as exc:
        print(f"hub: cannot start: {exc}", file=sys.stderr)
        return 1
    except Exception as exc:  # zmq.ZMQError (address in use, bad endpoint...)
        print(f"hub: cannot bind {args.bind or hub.config.bind}: {exc}", file=sys.stderr)
        return 1
    signal.signal(signal.SIGTERM, lambda *_: hub.stop())
    signal.signal(signal.SIGINT, lambda *_: hub.stop())
    print(json.dumps({"event": "hub.ready", "address": address, "public_key": hub.public_key.decode(),
                      "services": getattr(hub, "services", {})}), flush=True)
    # Everything loaded so far lives as long as the hub: keep it out of the cyclic collector's
    # full passes, and make those passes rarer (the hub allocates many short-lived objects per
    # message; full collections were the long tail of the round-trip time).
    gc.freeze()
    gc.set_threshold(50_000, 20, 20)
    hub.run()
    return 0


def hub_command(sub) -> None:
    p = sub.add_parser("hub", help="run the Silkbridge hub (CURVE ZeroMQ relay)")
    p.add_argument("--data", required=True, help="hub data directory (store, keys, hub.toml, hub.log)")
    p.add_argument("--bind", default=None, help="endpoint, e.g. tcp://127.0.0.1:5555 (port 0: any free port)")
    p.set_defaults(func=_run_hub)


def _run_enrol(args) -> int:
    from .enrol import enrol_user, write_bundle

    try:
        bundle = enrol_user(args.data, args.name, args.hospital, args.country, args.language, args.role,
                            args.hub_address, consultant_for=args.consultant_for or "")
    except ValueError as exc:
        print(f"enrol: {exc}", file=sys.stderr)
        return 2
    if args.out:
        write_bundle(bundle, args.out)
        print(json.dumps({"event": "enrolled", "user_id": bundle["user_id"], "bundle": str(args.out)}))
    else:
        print(json.dumps(bundle, indent=2))
    return 0


def enrol_command(sub) -> None:
    p = sub.add_parser("enrol", help="enrol a user on the hub and write their enrolment bundle")
    p.add_argument("--data", required=True)
    p.add_argument("--name", required=True)
    p.add_argument("--hospital", required=True)
    p.add_argument("--country", required=True)
    p.add_argument("--language", default="en")
    p.add_argument("--role", required=True,
                   choices=list(ROLES))
    p.add_argument("--hub-address", required=True)
    p.add_argument("--consultant-for", default="", metavar="SPECIALTY[,SPECIALTY]",
                   help="the specialties whose referrals this user answers, e.g. radiology,oncology")
    p.add_argument("--out", default=None, help="bundle JSON file (mode 0600); stdout if omitted")
    p.set_defaults(func=_run_enrol)


def _run_revoke(args) -> int:
    from .enrol import revoke_user

    try:
        revoke_user(args.data, args.user_id)
    except KeyError as exc:
        print(f"revoke: {exc.args[0]}", file=sys.stderr)
        return 2
    print(json.dumps({"event": "revoked", "user_id": args.user_id}))
    return 0


def revoke_command(sub) -> None:
    p = sub.add_parser("revoke", help="revoke a user (takes effect on a running hub within ~1 s)")
    p.add_argument("--data", required=True)
    p.add_argument("user_id")
    p.set_defaults(func=_run_revoke)


def _run_course_report(args) -> int:
    from workstation.coursestate import CohortReport

    from .courses import CourseError, cohort_statements, hub_cohort_events

    try:
        events = hub_cohort_events(args.data, args.cohort)
    except CourseError as exc:
        print(f"hub-course-report: {exc}", file=sys.stderr)
        return 2
    report = CohortReport()
    report.extend(cohort_statements(events))
    enrolled = {ev.sender: (ev.body or {}).get("name") or ev.sender_name for ev in events
                if ev.kind == "progress.enrolled" and isinstance(ev.body, dict)}
    active = {t.user for t in report.trainees()}
    summary = {"event": "course.report", "cohort": args.cohort, "statements": report.accepted,
               "duplicates": report.duplicates, "refused": len(report.refused),
               "trainees": len(active | set(enrolled)), "completed": sum(t.completed for t in report.trainees()),
               "no_activity_yet": sorted(name for user, name in enrolled.items() if user not in active),
               "hardest": [{"question": f"{q.course}/{q.lesson}/{q.question}", "attempts": q.attempts,
                            "correct_pct": round(100 * q.correct_rate, 1)} for q in report.hardest(5)]}
    try:
        for path in (args.csv, args.questions_csv):
            if path and not Path(path).parent.is_dir():
                raise OSError(f"{Path(path).parent} is not a directory")
        if args.csv:
            report.to_csv(args.csv, language=args.language)
            summary["csv"] = str(args.csv)
        else:
            sys.stdout.write(report.to_csv(language=args.language))
        if args.questions_csv:
            report.questions_csv(args.questions_csv, language=args.language)
            summary["questions_csv"] = str(args.questions_csv)
    except OSError as exc:
        print(f"hub-course-report: cannot write the CSV: {exc}", file=sys.stderr)
        return 2
    print(json.dumps(summary, ensure_ascii=False), file=sys.stdout if args.csv else sys.stderr)
    return 0


def course_report_command(sub) -> None:
    p = sub.add_parser("hub-course-report",
                       help="a cohort's course progress (who completed what, scores, hardest questions) as CSV")
    p.add_argument("--data", required=True, help="the hub's data directory")
    p.add_argument("--cohort", required=True, help="the cohort room, e.g. cohort-1a2b3c")
    p.add_argument("--csv", default=None, help="write the trainee table here (default: print it)")
    p.add_argument("--questions-csv", default=None, help="also write the questions, hardest first, here")
    p.add_argument("--language", default="en", help="language of course titles and prompts (default en)")
    p.set_defaults(func=_run_course_report)


def _run_verify_certificate(args) -> int:
    from workstation.coursestate import normalize_code, parse_activity_id, verify_certificate

    from .courses import CourseError, hub_statements
    from .store import Store

    try:
        code = normalize_code(args.code)
        statements = hub_statements(args.data)
    except (ValueError, CourseError) as exc:
        print(f"hub-verify-certificate: {exc}", file=sys.stderr)
        return 2
    st = verify_certificate(code, statements)
    if st is None:
        print(json.dumps({"valid": False, "code": code,
                          "reason": "no course completion received by this hub has this code"}))
        return 1
    ref = parse_activity_id(st.object.id)
    store = Store(args.data)
    try:
        user = store.user(st.user)
    finally:
        store.close()
    sc = st.result.score if st.result is not None else None
    print(json.dumps({"valid": True, "code": code, "user_id": st.user, "name": st.actor.name or "",
                      "hospital": user.hospital if user else "", "country": user.country if user else "",
                      "course": ref.course, "version": ref.version, "completed_at": st.timestamp,
                      "score_pct": None if sc is None or sc.scaled is None else round(100 * sc.scaled, 1),
                      "statement_id": st.id}, ensure_ascii=False))
    return 0


def verify_certificate_command(sub) -> None:
    p = sub.add_parser("hub-verify-certificate",
                       help="check a course certificate's verification code against what the hub received")
    p.add_argument("--data", required=True, help="the hub's data directory")
    p.add_argument("code", help="the code printed on the certificate, e.g. K7QM-2XCA-PZ4N")
    p.set_defaults(func=_run_verify_certificate)


def _run_backup(args) -> int:
    from .store import BackupError, backup_hub

    try:
        manifest = backup_hub(args.data, args.out)
    except (BackupError, OSError) as exc:
        print(f"hub-backup: {exc}", file=sys.stderr)
        return 1
    print(json.dumps({"event": "hub.backup", "out": str(args.out), "schema_version": manifest["schema_version"],
                      "files": len(manifest["files"]), "counts": manifest["counts"]}))
    return 0


def hub_backup_command(sub) -> None:
    p = sub.add_parser("hub-backup", help="back up a hub's data directory (store, blobs, keys, config) to a .tar.gz",
                       description="Consistent even while the hub runs (SQLite online backup). The archive holds "
                                   "the hub's secret key and the users' secrets: it is written mode 0600; keep it "
                                   "as safe as the hub itself.")
    p.add_argument("--data", required=True, help="hub data directory")
    p.add_argument("out", help="backup file to write, e.g. hub-2026-01-31.tar.gz (never overwritten)")
    p.set_defaults(func=_run_backup)


def _run_restore(args) -> int:
    from .store import BackupError, restore_hub

    try:
        manifest = restore_hub(args.backup, args.data, force=args.force)
    except (BackupError, OSError) as exc:
        print(f"hub-restore: {exc}", file=sys.stderr)
        return 1
    out = {"event": "hub.restore", "data": str(args.data), "created": manifest.get("created"),
           "schema_version": manifest["schema_version"], "files": len(manifest["files"]), "counts": manifest["counts"]}
    if "moved_aside" in manifest:
        out["moved_aside"] = manifest["moved_aside"]
    print(json.dumps(out))
    return 0


def hub_restore_command(sub) -> None:
    p = sub.add_parser("hub-restore", help="restore a hub-backup archive into a hub data directory (hub stopped)",
                       description="Every file is checked against the backup's manifest before the data directory "
                                   "changes. A store from an older version is upgraded when the hub next starts.")
    p.add_argument("--data", required=True, help="hub data directory (missing or empty, unless --force)")
    p.add_argument("--force", action="store_true",
                   help="the directory is not empty: move its content to DATA/.pre-restore-TIME/ first")
    p.add_argument("backup", help="a .tar.gz written by hub-backup")
    p.set_defaults(func=_run_restore)


def _run_audit(args) -> int:
    """The audit rows of the users of one hospital, for that hospital's administrator (JSON lines)."""
    from workstation.policy import MODERATOR_ROLES

    from .store import Store

    store = Store(args.data)
    try:
        reader = store.user(args.as_user)
        if reader is None or reader.revoked or reader.role not in MODERATOR_ROLES:
            print(f"hub-audit: {args.as_user!r} is not an enrolled administrator or coordinator of this hub",
                  file=sys.stderr)
            return 2
        q = ("SELECT a.time, a.user, a.action, a.detail FROM audit a JOIN users u ON u.id = a.user "
             "WHERE u.hospital = ?")
        params = [reader.hospital]
        if args.action:
            q += " AND a.action LIKE ?"
            params.append(args.action)
        rows = store.db.execute(q + " ORDER BY a.n", params).fetchall()
        store.audit(reader.id, "audit.read", {"hospital": reader.hospital, "action": args.action or "", "rows": len(rows)})
    finally:
        store.close()
    for t, user, action, detail in rows:
        try:
            detail = json.loads(detail) if detail else {}
        except ValueError:  # a free-text detail
            pass
        print(json.dumps({"time": t, "user": user, "action": action, "detail": detail}, ensure_ascii=False))
    return 0


def hub_audit_command(sub) -> None:
    p = sub.add_parser("hub-audit", help="the audit trail (grants, joins, downloads, refusals) of your hospital's "
                                         "users, for its administrator")
    p.add_argument("--data", required=True, help="the hub's data directory")
    p.add_argument("--as", dest="as_user", required=True,
                   help="your user id (an administrator or coordinator): you read the rows of your hospital's users")
    p.add_argument("--action", default=None, help="only these actions (SQL LIKE pattern, e.g. 'blob.%%')")
    p.set_defaults(func=_run_audit)


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(prog="python -m comms.hub_cli")
    sub = parser.add_subparsers(dest="command", required=True)
    for reg in (hub_command, enrol_command, revoke_command, course_report_command,
                verify_certificate_command, hub_backup_command, hub_restore_command, hub_audit_command):
        reg(sub)
    args = parser.parse_args(argv)
    return int(args.func(args) or 0)


if __name__ == "__main__":
    raise SystemExit(main())
