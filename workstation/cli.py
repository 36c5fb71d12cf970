"""`python -m workstation ...`: the single entry point of Silkbridge.

Core subcommands are defined here. Subcommands that live in higher layers (the GUI in ``ui``,
the hub in ``comms``) are registered as ``silkbridge.commands`` entry points in pyproject.toml
and discovered at run time, so this package never imports them.

A subcommand is a callable ``command(subparsers) -> None`` that adds its parser and sets
``func`` (``func(args) -> int``) as the parser default.
"""

from __future__ import annotations

import argparse
import logging
import sys
from importlib.metadata import entry_points

CORE_COMMANDS: list[str] = [
    "workstation.dicom.cli:import_command",
    "workstation.dicom.cli:export_nifti_command",
    "workstation.dicom.cli:phantom_command",
    "workstation.dicom.cli:render_png_command",
    "workstation.deid:deid_command",
]


def _load(spec: str):
    module_name, _, attr = spec.partition(":")
    module = __import__(module_name, fromlist=[attr])
    return getattr(module, attr)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="python -m workstation", description="Silkbridge workstation")
    parser.add_argument("-v", "--verbose", action="store_true", help="debug logging")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    registrars = [_load(spec) for spec in CORE_COMMANDS]
    registrars += [ep.load() for ep in entry_points(group="silkbridge.commands")]
    for register in registrars:
        register(sub)
    return parser


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    argv = list(sys.argv[1:] if argv is None else argv)
    if not argv or argv[0].startswith("-") and argv[0] not in ("-h", "--help", "-v", "--verbose"):
        argv.insert(0, "gui")
    args = parser.parse_args(argv)
    logging.basicConfig(
        level=logging.DEBUG if args.verbose else logging.INFO,
        format="%(asctime)s %(levelname)s %(name)s %(message)s",
    )
    if not args.verbose:  # aiortc's ICE says every candidate pair it checks: only its problems
        logging.getLogger("aioice").setLevel(logging.WARNING)
    if not getattr(args, "func", None):
        parser.print_help()
        return 2
    return int(args.func(args) or 0)
