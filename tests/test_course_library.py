"""A learner's course library without a screen (courseware.library): the sample course built,
installed and partly taken, merged with what two cohorts publish (the newest version wins, an
update is offered), the course language chosen, and the remembered choices surviving a damaged
file."""

from __future__ import annotations

import json

import pytest

from comms.courses import CourseEntry
from courseware.cli import build_sample
from courseware.library import CourseChoices, content_language, course_rows, scan_installed
from courseware.package import install
from courseware.player import CoursePlayer
from courseware.progress import ProgressStore

COURSE_ID = "reading-chest-abdomen-ct"


@pytest.fixture(scope="module")
def sample(tmp_path_factory):
    return build_sample(tmp_path_factory.mktemp("sample") / f"{COURSE_ID}-1.0.0.silkcourse")


def entry(course_id: str, version: str, title: str = "A course") -> CourseEntry:
    return CourseEntry(course_id=course_id, version=version, title={"en": title, "vi": title + " (vi)"},
                       languages=("en", "vi"), default_language="en", size=1000, sha256="0" * 64)


def test_installed_progress_and_published_courses_make_the_course_list(sample, tmp_path):
    courses = tmp_path / "courses"
    install(sample, courses)
    store = ProgressStore(tmp_path / "progress.sqlite")
    try:
        installed = scan_installed(courses, store, "u-lan")
        s = installed[COURSE_ID]
        assert (s.lessons_total, s.lessons_done, s.completed, s.failed) == (3, 0, False, False)
        assert s.course.version == "1.0.0" and "vi" in s.languages

        player = CoursePlayer(s.course, store, "u-lan", "en")
        player.open_lesson("ct-windows")
        assert player.complete_lesson("ct-windows")
        assert scan_installed(courses, store, "u-lan")[COURSE_ID].lessons_done == 1
        assert scan_installed(courses, store, "u-other")[COURSE_ID].lessons_done == 0  # progress is per learner
    finally:
        store.close()

    published = [(entry(COURSE_ID, "1.1.0"), "cohort-a"), (entry(COURSE_ID, "1.2.0-beta.1"), "cohort-b"),
                 (entry(COURSE_ID, "1.0.5"), "cohort-c"), (entry("ultrasound-basics", "0.9.0", "Ultrasound"),
                                                          "cohort-a")]
    rows = course_rows(installed, published, routes={COURSE_ID: "cohort-a"})
    assert [r.course_id for r in rows] == [COURSE_ID, "ultrasound-basics"]
    ct, us = rows
    assert ct.entry.version == "1.2.0-beta.1" and ct.cohort == "cohort-b"  # the newest, where it is listed
    assert ct.update_available and ct.downloadable
    assert ct.title("vi") == "Đọc phim CT ngực – bụng"  # the installed manifest's title
    assert us.installed is None and us.downloadable and not us.update_available
    assert us.title("vi") == "Ultrasound (vi)" and us.languages() == (("en", "vi"), "en")

    # nothing newer published: no update; only installed: reports to its route
    rows = course_rows(installed, [(entry(COURSE_ID, "1.0.0"), "cohort-a")])
    assert not rows[0].update_available and not rows[0].downloadable
    rows = course_rows(installed, [], routes={COURSE_ID: "cohort-z"})
    assert rows[0].entry is None and rows[0].cohort == "cohort-z" and not rows[0].downloadable
    assert course_rows({}, []) == []


def test_the_course_language_follows_the_interface_unless_chosen(tmp_path):
    assert content_language("vi", ["en", "vi"], "en") == "vi"
    assert content_language("zh-TW", ["en", "zh-Hans", "zh-Hant"], "en") == "zh-Hant"
    assert content_language("zh", ["en", "zh-Hans", "zh-Hant"], "en") == "zh-Hans"
    assert content_language("th", ["en", "vi"], "en") == "en"
    assert content_language("", ["vi"], "vi") == "vi"

    path = tmp_path / "courses-ui.json"
    choices = CourseChoices(path)
    choices.cohorts["cohort-a"] = {"title": "Hanoi 2026"}
    choices.course_cohort[COURSE_ID] = "cohort-a"
    choices.language[COURSE_ID] = "vi"
    choices.save()
    again = CourseChoices(path)
    assert again.cohorts == {"cohort-a": {"title": "Hanoi 2026"}} and again.course_cohort == {COURSE_ID: "cohort-a"}
    assert again.language_for(COURSE_ID, "en", ["en", "vi"], "en") == "vi"  # the learner's own choice
    assert again.language_for(COURSE_ID, "en", ["en", "km"], "en") == "en"  # not a language of this course
    assert again.language_for("other", "vi", ["en", "vi"], "en") == "vi"


@pytest.mark.parametrize("damage", [b"{not json", b"[1, 2]", b'{"cohorts": 5}', b"\xff\xfe"])
def test_a_damaged_choices_file_is_kept_aside_and_replaced(tmp_path, damage):
    path = tmp_path / "courses-ui.json"
    path.write_bytes(damage)
    choices = CourseChoices(path)
    assert choices.cohorts == {} and choices.language == {}
    assert (tmp_path / "courses-ui.damaged").read_bytes() == damage  # nothing lost
    choices.language["x"] = "vi"
    choices.save()
    assert json.loads(path.read_text(encoding="utf-8"))["language"] == {"x": "vi"}
