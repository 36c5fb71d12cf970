"""The courses dock's logic without a screen (courseware.session): the sample course installed from
a file, the course list merged with what two cohorts publish and where each course's statements
go, the course opened and read in another language, the lessons stepped through, the quiz
answered (choices and the point clicked in the case) with the feedback kept until the next
question, the certificate, a stale snapshot dropped, and the coordinator's cohort report exported
as CSV. Everything the screen would do on its worker runs here in line."""

from __future__ import annotations

import csv

import numpy as np
import pytest

from comms.courses import CourseEntry
from courseware.cli import build_sample
from courseware.package import PackageError
from courseware.player import CoursePlayer
from courseware.session import CourseSession, SessionError, cohort_report, course_of
from workstation import coursestate as xs
from workstation.dicom.assemble import load_series_dir
from workstation.phantom import PHANTOM_LESION_CENTER_MM

COURSE_ID = "reading-chest-abdomen-ct"
QUIZ = "liver-quiz"


@pytest.fixture(scope="module")
def sample(tmp_path_factory):
    return build_sample(tmp_path_factory.mktemp("sample") / f"{COURSE_ID}-1.0.0.silkcourse", size=64, slices=40)


@pytest.fixture
def session(tmp_path):
    s = CourseSession(tmp_path / "home", xs.Learner(id="u-lan", name="Nguyễn Thị Lan"), "vi")
    yield s
    s.close()


class Catalogue:
    """What a cohort publishes, as comms.courses.CourseCatalogue answers it."""

    def __init__(self, *entries):
        self._entries = list(entries)

    def entries(self):
        return list(self._entries)

    def latest(self):
        return list(self._entries)

    def get(self, course_id):
        return next((e for e in self._entries if e.course_id == course_id), None)


def entry(course_id: str, version: str) -> CourseEntry:
    return CourseEntry(course_id=course_id, version=version, title={"en": "Ultrasound basics", "vi": "Siêu âm cơ bản"},
                       languages=("en", "vi"), default_language="en", size=1000, sha256="0" * 64)


def installed(session: CourseSession, sample) -> None:
    course = session.install_file(sample)
    session.installed_from(course, None)
    session.set_installed(session.scan())
    session.rebuild_rows()


def test_the_course_list_and_where_each_courses_statements_go(session, sample, tmp_path):
    with pytest.raises(SessionError) as err:
        session.install_file(tmp_path / "missing.silkcourse")
    assert err.value.code == "no_such_file" and "no such file" in str(err.value)
    bad = tmp_path / "bad.silkcourse"
    bad.write_bytes(b"PK not a zip")
    with pytest.raises(PackageError):
        session.install_file(bad)
    assert session.scan() == {}  # nothing half-installed

    installed(session, sample)
    assert [r.course_id for r in session.rows] == [COURSE_ID]
    assert session.course_title(session.row(COURSE_ID)) == "Đọc phim CT ngực – bụng"  # the interface language
    assert session.routes == {}  # no cohort yet: progress waits here

    # enrolled in two cohorts: the one publishing ultrasound gets its statements; the sample
    # course (installed from a file, published by none) has no cohort to go to
    assert session.add_cohort("cohort-a", "Hanoi residents", now=1.0)
    assert not session.add_cohort("cohort-a", "again")
    session.add_cohort("cohort-b", now=2.0)
    session.add_catalogue("cohort-b", Catalogue(entry("ultrasound-basics", "0.9.0")))
    assert session.update_routes()
    assert session.routes == {"ultrasound-basics": "cohort-b"}
    rows = session.rebuild_rows()
    us = session.row("ultrasound-basics")
    assert [r.course_id for r in rows] == [COURSE_ID, "ultrasound-basics"] and us.downloadable
    assert session.course_title(us) == "Siêu âm cơ bản"
    assert session.download_target("ultrasound-basics") is us
    with pytest.raises(SessionError) as err:
        session.download_target(COURSE_ID)  # installed from a file, not published
    assert err.value.code == "not_published"

    cohorts = session.cohorts([{"room": "cohort-b", "title": "Vientiane sonography"},
                               {"room": "cohort-c", "title": "Open to all", "description": "d"}])
    assert [(c["room"], c["title"], c["enrolled"]) for c in cohorts] == [
        ("cohort-a", "Hanoi residents", True), ("cohort-b", "Vientiane sonography", True),
        ("cohort-c", "Open to all", False)]
    assert session.learn_titles([{"room": "cohort-b", "title": "Vientiane sonography"}])
    assert CourseSession(session.home, session.learner).choices.cohorts["cohort-b"]["title"] == \
        "Vientiane sonography"  # remembered

    # a downloaded course remembers its cohort; the learner's statements are counted by route
    course = session.row(COURSE_ID).installed.course
    session.installed_from(course, "cohort-a")
    session.update_routes()
    assert session.routes[COURSE_ID] == "cohort-a"
    player = session.open_course(COURSE_ID)
    player.open_lesson("ct-windows")
    waiting = session.count_pending()
    assert waiting[0] >= 2 and waiting[1] == 0
    assert all(course_of(s) == COURSE_ID for s in session.pending_for("cohort-a"))
    assert session.pending_for("cohort-b") == []
    assert course_of({"object": {"id": "https://elsewhere/x"}}) is None and course_of({}) is None

    class Broken(Exception):
        code = "offline"
    assert CourseSession.download_resumes(Broken()) and not CourseSession.download_resumes(ValueError("x"))


def test_a_trainee_takes_the_course_through_the_session(session, sample):
    installed(session, sample)
    with pytest.raises(SessionError) as err:
        session.open_course("ultrasound-basics")
    assert err.value.code == "not_installed"
    session.open_course(COURSE_ID)
    assert session.course_language == "vi" and session.course_language_choice is None

    seen = session.accept(session.show_action()())
    assert seen is not None and not seen.lesson
    assert [m.title for m in session.modules] == ["Cơ bản về CT", "Ca bệnh: tổn thương khu trú ở gan"]

    # a lesson, then the next one; a snapshot of a lesson no longer asked for is dropped
    assert session.choose_lesson("ct-windows")
    opened = session.open_lesson_action("ct-windows")()
    assert session.accept(opened, lesson=True).lesson
    assert session.lesson.title == "Đơn vị Hounsfield và cửa sổ hiển thị"
    session.accept(session.complete_action()())
    assert session.status.lessons_completed == 1
    target = session.step_target(+1)
    assert target == "liver-case"
    session.choose_lesson(target)
    late = session.open_lesson_action(target)()
    session.choose_lesson("ct-windows")
    assert session.accept(late, lesson=True) is None  # the learner went back meanwhile
    session.choose_lesson(target)
    session.accept(session.open_lesson_action(target)(), lesson=True)
    case = session.lesson
    assert case.kind == "case" and case.window == "abdomen" and case.series_dir.is_dir()
    session.accept(session.complete_action()())

    # the course in English, whatever the interface says
    with pytest.raises(SessionError) as err:
        session.set_course_language("fr")
    assert err.value.code == "not_in_language" and err.value.params == {"language": "fr"}
    assert session.set_course_language("en")
    session.accept(session.language_action()())
    assert session.lesson.title == "Case: a hypodense lesion in the liver"
    session.set_course_language(None)
    session.accept(session.language_action()())
    assert session.course_language == "vi" and session.lesson.title.startswith("Ca bệnh")

    # the quiz: nothing is asked before an attempt starts
    session.choose_lesson(QUIZ)
    seen = session.accept(session.open_lesson_action(QUIZ)(), lesson=True)
    assert seen.quiz and seen.question and session.question is None
    assert session.answer_action(["abdomen"]) is None
    session.accept(session.start_attempt_action()())
    assert session.question.id == "q-window" and session.quiz.attempt == 1
    with pytest.raises(SessionError) as err:
        session.answer_action([])
    assert err.value.code == "choose_first"
    assert session.pick((0.0, 0.0, 0.0)) is None  # not an image question: a click is not an answer

    answers = {"q-window": "abdomen", "q-density": ["water"], "q-cyst": ("homogeneous", "margin")}
    for qid, chosen in answers.items():
        assert session.question.id == qid
        seen = session.accept(session.answer_action(chosen)())
        assert session.feedback.correct and session.feedback.question_id == qid
        assert not seen.question and session.question.id == qid  # the feedback stays on screen
        assert session.answer_action(chosen) is None  # answered already
        session.accept(session.next_question()())
        assert session.feedback is None

    # the image question: the answer is the point clicked in the case, in patient mm
    assert session.question.kind == "image" and session.asking_image
    with pytest.raises(SessionError) as err:
        session.answer_action()
    assert err.value.code == "click_first"
    with pytest.raises(SessionError) as err:
        session.certificate_action(session.home / "cert.pdf")
    assert err.value.code == "not_completed"
    (vol,) = load_series_dir(case.series_dir)
    centre = vol.index_to_patient(np.round(vol.patient_to_index(np.asarray(PHANTOM_LESION_CENTER_MM))))
    assert session.pick(centre) == tuple(float(v) for v in centre)
    session.accept(session.answer_action()())
    fb = session.feedback
    assert fb.correct and fb.result.passed and fb.course_completed and not session.asking_image
    assert session.status.completed and session.status.certificate_code
    path = session.certificate_action(session.home / "cert.pdf")()
    assert path.endswith("cert.pdf") and open(path, "rb").read(5) == b"%PDF-"

    # another course opened: what the old player computes is not shown
    stale = session.show_action()()
    session.open_course(COURSE_ID)
    assert session.accept(stale) is None and session.lesson is None


def test_the_coordinators_cohort_report_and_its_csv(session, sample, tmp_path):
    installed(session, sample)
    session.open_course(COURSE_ID)
    player = session.player
    player.open_lesson("ct-windows")
    player.complete_lesson("ct-windows")
    statements = [("u-lan", s) for s in session.store.statements(user="u-lan")]
    forged = dict(statements[0][1], id="00000000-0000-4000-8000-000000000000")
    report = cohort_report(statements + [("u-mallory", forged)])  # someone else's actor: refused

    view = session.cohort
    with pytest.raises(SessionError) as err:
        view.export_csv(tmp_path / "x.csv")
    assert err.value.code == "no_cohort"
    view.choose("cohort-a")
    assert not view.take("cohort-b", report, {})  # chosen another cohort since
    assert view.take("cohort-a", report, {"u-lan": {"name": "Lan", "hospital": "Bạch Mai", "country": "VN",
                                                    "extra": "x"}})
    assert view.trainees == {"u-lan": {"name": "Lan", "hospital": "Bạch Mai", "country": "VN"}}
    out = view.export_csv(tmp_path / "cohort.txt", language="vi")
    assert out.name == "cohort.csv" and (tmp_path / "cohort-questions.csv").is_file()
    rows = list(csv.reader(out.open(encoding="utf-8")))
    assert len(rows) == 2 and "u-lan" in rows[1] and "u-mallory" not in str(rows)


SCRIPTS = {"lo": "[\u0e80-\u0eff]", "km": "[\u1780-\u17ff]", "my": "[\u1000-\u109f]", "th": "[\u0e00-\u0e7f]",
           "zh-Hans": "[\u4e00-\u9fff]"}


@pytest.mark.parametrize("language", ["zh-Hans", "vi", "th", "lo", "km", "my", "ms", "id"])
def test_the_sample_course_is_read_in_every_language_of_the_network(session, sample, language):
    """The shipped sample course in each of the network's languages: the validator accepted the
    package (the fixture built it), and every title, lesson, question, choice and explanation the
    trainee reads is in that language -- none falls back to English -- in the language's script."""
    import re

    from courseware.validate import validate

    assert validate(sample) == []
    installed(session, sample)
    session.set_ui_language(language)
    player = session.open_course(COURSE_ID)
    assert session.course_language == language and language in player.languages
    en_player = CoursePlayer(player.course, session.store, session.learner, "en")

    def texts(p):
        out = [p.title, p.description]
        for mod in p.modules():
            out.append(mod.title)
            for les in mod.lessons:
                view = p.lesson_view(les.id)
                out += [les.title] + ([view.markdown] if les.kind != "quiz" else [])
        for q in p.questions(QUIZ):
            out += [q.prompt] + [c.text for c in q.choices]
        return out

    shown, source = texts(player), texts(en_player)
    assert len(shown) == len(source) and all(shown)
    left = [s for s, e in zip(shown, source) if s == e]
    assert not left, left
    if language in SCRIPTS:
        assert all(re.search(SCRIPTS[language], s) for s in shown), [s for s in shown
                                                                      if not re.search(SCRIPTS[language], s)]
    # the explanations after each answer too
    m = player.course.manifest
    quiz = m.lesson(QUIZ)
    assert all(q.explanation.get(language) and q.explanation[language] != q.explanation["en"] for q in quiz.questions)
