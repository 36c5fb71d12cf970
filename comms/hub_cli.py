"""CLI subcommands: ``hub``, ``enrol``, ``revoke`` (registered in pyproject.toml).

Also runnable without the rest of the workstation: ``python -m comms.hub_cli hub --data DIR``.
"""

from __future__ import annotations

import argparse
import gc
import json
import signal
import sys


def _run_hub(args) -> int:
    from .hub import Hub

    try:
        hub = Hub(args.data, bind=args.bind)
        address = hub.start()
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
                            args.hub_address)
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
                   choices=["trainee", "specialist", "surgeon", "coordinator", "administrator"])
    p.add_argument("--hub-address", required=True)
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


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(prog="python -m comms.hub_cli")
    sub = parser.add_subparsers(dest="command", required=True)
    for reg in (hub_command, enrol_command, revoke_command):
        reg(sub)
    args = parser.parse_args(argv)
    return int(args.func(args) or 0)


if __name__ == "__main__":
    raise SystemExit(main())
