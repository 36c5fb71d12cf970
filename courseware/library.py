"""One learner's course library, without a screen: what is installed here and how far they got,
what their cohorts publish, which rows the course list shows, which language each course is read
in, and the small file of choices the workstation remembers.

ui/courses/panel.py shows this (the catalogue page) and runs the slow parts on its worker; tests use it
directly. A published course is any object with ``course_id``, ``version``, ``languages``,
``default_language`` and ``title_in(language)`` (``comms.courses.CourseEntry``): courseware does
not import comms.
"""

from __future__ import annotations

import json
import logging
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Iterable

from .format import local_text
from .package import InstalledCourse, installed_courses, semver_key

log = logging.getLogger(__name__)


def content_language(ui_language: str, languages, default: str) -> str:
    """The course language to show for interface language ``ui_language``: the same tag, else one
    of the same base language ("zh" and "zh-CN" read Simplified, "zh-TW"/"zh-HK" Traditional
    Chinese when the course has it), else the course's default language."""
    languages = list(languages or [])
    if not ui_language:
        return default
    if ui_language in languages:
        return ui_language
    low = ui_language.lower()
    base = low.split("-")[0]
    same = [lang for lang in languages if lang.split("-")[0].lower() == base]
    if not same:
        return default
    if base == "zh" and len(same) > 1:
        want = "zh-hant" if any(t in low for t in ("hant", "tw", "hk", "mo")) else "zh-hans"
        return next((lang for lang in same if lang.lower() == want), same[0])
    return same[0]


class CourseChoices:
    """What this workstation remembers for the course screens (one small JSON file, written
    atomically): the cohorts the trainee enrolled in, the cohort each course's progress goes to,
    and the per-course content language. An unreadable file is kept aside and replaced."""

    def __init__(self, path: Path):
        self.path = Path(path)
        self.cohorts: dict[str, dict] = {}
        self.course_cohort: dict[str, str] = {}
        self.language: dict[str, str] = {}
        try:
            raw = json.loads(self.path.read_text(encoding="utf-8")) if self.path.exists() else {}
            if not isinstance(raw, dict):
                raise ValueError("not a JSON object")
            self.cohorts = {str(k): dict(v) for k, v in (raw.get("cohorts") or {}).items() if isinstance(v, dict)}
            self.course_cohort = {str(k): str(v) for k, v in (raw.get("course_cohort") or {}).items()}
            self.language = {str(k): str(v) for k, v in (raw.get("language") or {}).items()}
        except (OSError, ValueError, AttributeError) as exc:
            kept = self.path.with_suffix(".damaged")
            log.warning("course choices %s unreadable (%s); kept as %s", self.path, exc, kept)
            try:
                self.path.replace(kept)
            except OSError:
                pass

    def save(self) -> None:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        tmp = self.path.with_name(f".{self.path.name}.tmp")
        tmp.write_text(json.dumps({"cohorts": self.cohorts, "course_cohort": self.course_cohort,
                                   "language": self.language}, ensure_ascii=False, indent=1), encoding="utf-8")
        tmp.replace(self.path)

    def language_for(self, course_id: str, ui_language: str, languages, default: str) -> str:
        """The language ``course_id`` is read in: the learner's own choice for it if the course
        has that language, else :func:`content_language`."""
        override = self.language.get(course_id)
        if override and override in languages:
            return override
        return content_language(ui_language, languages, default)


@dataclass(frozen=True)
class InstalledSummary:
    """An installed course (its newest version) with the learner's progress in it."""

    course: InstalledCourse
    title: dict
    default_language: str
    languages: tuple
    lessons_total: int
    lessons_done: int
    completed: bool
    failed: bool


@dataclass(frozen=True)
class CourseRow:
    """One line of the course list: installed here and/or published in an enrolled cohort."""

    course_id: str
    installed: InstalledSummary | None
    entry: Any  # the newest published version (comms.courses.CourseEntry), or None
    cohort: str | None

    @property
    def update_available(self) -> bool:
        return self.entry is not None and self.installed is not None and \
            semver_key(self.entry.version) > semver_key(self.installed.course.version)

    @property
    def downloadable(self) -> bool:
        return self.entry is not None and (self.installed is None or self.update_available)

    def title(self, language: str) -> str:
        """The course's title in ``language`` (from the installed manifest, else the listing)."""
        if self.installed is not None:
            return local_text(self.installed.title, language, self.installed.default_language) or self.course_id
        return self.entry.title_in(language) if self.entry is not None else self.course_id

    def languages(self) -> tuple[tuple, str]:
        """(languages, default language) of the course: the installed one's, else the listing's."""
        if self.installed is not None:
            return tuple(self.installed.languages), self.installed.default_language
        if self.entry is not None:
            return tuple(self.entry.languages), self.entry.default_language
        return (), "en"


def scan_installed(courses_dir: Path, store, user_id: str) -> dict[str, InstalledSummary]:
    """The newest installed version of every course under ``courses_dir`` with ``user_id``'s
    progress from ``store`` (a :class:`courseware.progress.ProgressStore`). Reads the disk."""
    newest: dict[str, InstalledCourse] = {}
    for c in installed_courses(courses_dir):
        newest[c.id] = c  # sorted by version: the last is the newest
    out = {}
    for cid, c in newest.items():
        m = c.manifest
        lessons = store.lessons(user_id, cid, m.version)
        enr = store.enrolment(user_id, cid, m.version)
        out[cid] = InstalledSummary(c, dict(m.title), m.default_language, tuple(m.languages),
                                    sum(1 for _ in m.lessons()), sum(1 for lp in lessons.values() if lp.completed),
                                    bool(enr and enr.completed_at), bool(enr and enr.failed_at and not enr.completed_at))
    return out


def course_rows(installed: dict[str, InstalledSummary], published: Iterable[tuple[Any, str]],
                routes: dict[str, str] | None = None) -> list[CourseRow]:
    """The course list: every course installed or published, by id. ``published``: (entry, cohort
    room) pairs from the enrolled cohorts' catalogues -- the newest version of a course wins, from
    the cohort that lists it; ``routes``: course id -> the cohort an installed course reports to."""
    newest: dict[str, tuple[Any, str]] = {}
    for e, room in published:
        cur = newest.get(e.course_id)
        if cur is None or semver_key(e.version) > semver_key(cur[0].version):
            newest[e.course_id] = (e, room)
    routes = routes or {}
    rows = []
    for cid in sorted(set(installed) | set(newest)):
        entry, room = newest.get(cid, (None, None))
        rows.append(CourseRow(cid, installed.get(cid), entry, room or routes.get(cid)))
    return rows
