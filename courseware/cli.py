"""`python -m workstation course ...`: course package tools (being built: validate, build, install, list, sample)."""

from __future__ import annotations


def course_command(sub) -> None:
    p = sub.add_parser("course", help="course packages: validate, build, install, list, sample")
    p.set_defaults(func=lambda args: (p.print_help(), 2)[1])
