"""The course player offline: lessons, quizzes (image questions clicked on the real phantom), the
local progress store and its xAPI outbox (crash-safe, each statement once), certificates."""

from __future__ import annotations

import csv
import io
import math
import subprocess
import sys
import textwrap
from pathlib import Path

import numpy as np
import pytest

from courseware.certificate import CertificateError, write_certificate
from courseware.cli import build_sample
from courseware.package import install
from courseware.player import COMPLETED, FAILED, NEW, OPENED, CoursePlayer, PlayerError, render_markdown
from courseware.progress import ProgressError, ProgressStore
from courseware.quiz import QuizError, grade
from workstation import coursestate as xs
from workstation.dicom.assemble import load_series_dir
from workstation.phantom import PHANTOM_LESION_CENTER_MM, PHANTOM_LESION_RADIUS_MM

ROOT = Path(__file__).resolve().parent.parent
QUIZ = "liver-quiz"
T0 = 1_767_225_600.0  # 2026-01-01T00:00:00Z
RIGHT = {"q-window": "abdomen", "q-density": "water", "q-cyst": ["homogeneous", "margin"]}
WRONG = {"q-window": "lung", "q-density": "fat", "q-cyst": ["wall"]}


class Clock:
    """Seconds since the epoch, one second later at every reading."""

    def __init__(self, t: float = T0):
        self.t = t

    def __call__(self) -> float:
        self.t += 1.0
        return self.t


@pytest.fixture(scope="module")
def sample_package(tmp_path_factory) -> Path:
    """The shipped sample course, with a smaller phantom series (64 x 64 x 40, 2.8 x 2.8 x 5 mm)."""
    return build_sample(tmp_path_factory.mktemp("sample") / "sample.silkcourse", size=64, slices=40)


@pytest.fixture
def course(sample_package, tmp_path):
    return install(sample_package, tmp_path / "courses")


@pytest.fixture
def store(tmp_path):
    s = ProgressStore(tmp_path / "progress.sqlite")
    yield s
    s.close()


def lan() -> xs.Learner:
    return xs.Learner(id="u-lan", name="Nguyễn Thị Lan", home_page="https://hub.example.vn")


def clicks(course) -> dict[str, tuple[float, float, float]]:
    """Points a trainee clicks in the case, as the viewer reports them: a voxel index of the
    installed series through the volume affine, in patient LPS mm."""
    (vol,) = load_series_dir(course.series_dir(course.manifest.lesson("liver-case")))
    centre = np.asarray(PHANTOM_LESION_CENTER_MM)
    inside = np.round(vol.patient_to_index(centre))  # the voxel at the lesion's centre
    # normal liver 20 mm further down (feet-wards: +z is the head in LPS), same row and column
    outside = np.round(vol.patient_to_index(centre + [0.0, 0.0, -20.0]))
    # a voxel just outside the sphere, on the lesion's central slice
    k = int(inside[2])
    ii, jj = np.meshgrid(np.arange(vol.array.shape[2]), np.arange(vol.array.shape[1]))
    ijk = np.stack([ii.ravel(), jj.ravel(), np.full(ii.size, k)], axis=1)
    dist = np.linalg.norm(vol.index_to_patient(ijk) - centre, axis=1)
    edge = ijk[np.argmin(np.where(dist > PHANTOM_LESION_RADIUS_MM, dist, np.inf))]
    pts = {name: tuple(float(v) for v in vol.index_to_patient(idx)) for name, idx in
           (("inside", inside), ("outside", outside), ("edge", edge))}
    # what is under the cursor: the hypodense lesion (15 HU) vs liver (60 HU)
    assert 0 <= vol.value_at(pts["inside"]) <= 30
    assert 45 <= vol.value_at(pts["outside"]) <= 75
    return pts


def answer_all(player: CoursePlayer, answers: dict, point) -> list:
    player.start_attempt(QUIZ)
    fbs = [player.answer(QUIZ, q, r) for q, r in answers.items()]
    fbs.append(player.answer(QUIZ, "q-find-lesion", point))
    return fbs


def verbs(statements: list[dict]) -> list[str]:
    return [s["verb"]["display"]["en-US"] + " " + s["object"]["id"].rsplit("/", 1)[-1] for s in statements]


# -- taking the course -----------------------------------------------------------------------------

def test_a_trainee_takes_the_sample_course_in_vietnamese_offline(course, store):
    pts = clicks(course)
    player = CoursePlayer(course, store, lan(), "vi", clock=Clock())
    seen: dict[str, list] = {"opened": [], "completed": [], "answered": [], "finished": [], "course": [],
                             "recorded": []}
    player.lesson_opened.connect(lambda v: seen["opened"].append(v.id))
    player.lesson_completed.connect(seen["completed"].append)
    player.answered.connect(seen["answered"].append)
    player.attempt_finished.connect(lambda lid, res: seen["finished"].append((lid, res.passed)))
    player.course_completed.connect(seen["course"].append)
    player.statements_recorded.connect(lambda sts: seen["recorded"].extend(sts))

    assert player.title == "Đọc phim CT ngực – bụng"
    mods = player.modules()
    assert [m.title for m in mods] == ["Cơ bản về CT", "Ca bệnh: tổn thương khu trú ở gan"]
    assert [(les.id, les.kind, les.state) for m in mods for les in m.lessons] == [
        ("ct-windows", "text", NEW), ("liver-case", "case", NEW), ("liver-quiz", "quiz", NEW)]

    text = player.open_lesson("ct-windows")
    assert text.title == "Đơn vị Hounsfield và cửa sổ hiển thị" and text.state == OPENED
    assert "<table>" in text.html and "đơn vị Hounsfield" in text.html
    img = text.html.split('<img src="', 1)[1].split('"', 1)[0]
    assert img.startswith("file://") and Path(img[len("file://"):]).is_file()
    assert text.next_id == "liver-case" and text.previous_id is None
    assert player.complete_lesson("ct-windows")

    case = player.open_lesson("liver-case")
    assert case.kind == "case" and case.window == "abdomen" and case.series_dir.is_dir()
    assert "15 HU" in case.markdown
    player.complete_lesson("liver-case")

    quiz = player.open_lesson(QUIZ)
    assert quiz.quiz.pass_mark == 0.75 and quiz.quiz.max_attempts == 3 and quiz.quiz.attempts_left == 3
    qs = player.questions(QUIZ)
    assert [q.kind for q in qs] == ["single", "single", "multiple", "image"]
    assert qs[0].prompt.startswith("Tổn thương giảm tỷ trọng") and qs[0].choices[0].text == "Cửa sổ bụng (W 400 / L 40)"
    assert qs[3].case_lesson == "liver-case" and qs[3].series_dir == case.series_dir

    # attempt 1: the window question wrong, the lesion missed -> 2 of 4, below the pass mark
    attempt = player.start_attempt(QUIZ)
    assert attempt.number == 1
    fb = player.answer(QUIZ, "q-window", "lung")
    assert not fb.correct and [c.id for c in fb.correct_choices] == ["abdomen"]
    assert fb.explanation.startswith("Cửa sổ hẹp đặt tâm ở mô mềm")  # the explanation, in Vietnamese
    assert (fb.answered, fb.total, fb.result) == (1, 4, None)
    assert player.answer(QUIZ, "q-density", "water").correct
    assert player.answer(QUIZ, "q-cyst", ["margin", "homogeneous"]).correct  # order does not matter
    fb = player.answer(QUIZ, "q-find-lesion", pts["outside"])
    assert not fb.correct and fb.region_center_mm == PHANTOM_LESION_CENTER_MM and fb.region_radius_mm == 10.0
    assert fb.distance_mm == pytest.approx(20.0, abs=3.0)
    assert fb.result is not None and (fb.result.correct, fb.result.passed) == (2, False)
    assert player.lesson_state(QUIZ) == OPENED and not player.status().completed

    # attempt 2: everything right -> passed, and that completes the course
    fbs = answer_all(player, RIGHT, pts["inside"])
    assert all(f.correct for f in fbs) and fbs[-1].result.passed and fbs[-1].course_completed
    assert player.lesson_state(QUIZ) == COMPLETED
    status = player.status()
    assert status.completed and status.lessons_completed == status.lessons_total == 3 and status.score == 1.0
    assert status.certificate_code == player.certificate_code and status.completed_at is not None

    assert seen["opened"] == ["ct-windows", "liver-case", QUIZ]
    assert seen["completed"] == ["ct-windows", "liver-case", QUIZ]
    assert len(seen["answered"]) == 8 and seen["finished"] == [(QUIZ, False), (QUIZ, True)]
    assert len(seen["course"]) == 1 and seen["course"][0].certificate_code == status.certificate_code

    # every action's statements, once, in order, waiting for the link
    sts = store.pending()
    assert verbs(sts) == [
        "registered 1.0.0", "experienced ct-windows", "completed ct-windows", "experienced liver-case",
        "completed liver-case", "experienced liver-quiz", "attempted liver-quiz",
        "answered q-window", "answered q-density", "answered q-cyst", "answered q-find-lesion", "failed liver-quiz",
        "attempted liver-quiz",
        "answered q-window", "answered q-density", "answered q-cyst", "answered q-find-lesion", "passed liver-quiz",
        "completed 1.0.0"]
    assert sts == store.statements() and [s["id"] for s in sts] == [s["id"] for s in seen["recorded"]]
    assert len({s["id"] for s in sts}) == len(sts)
    assert {s["context"]["registration"] for s in sts} == {sts[0]["context"]["registration"]}
    assert all(s["actor"]["account"] == {"homePage": "https://hub.example.vn", "name": "u-lan"} for s in sts)
    assert sts[10]["result"]["response"] == ",".join(f"{v:.1f}" for v in pts["outside"])
    assert sts[11]["result"]["score"] == {"scaled": 0.5, "raw": 2.0, "min": 0.0, "max": 4.0}
    assert sts[-1]["result"]["success"] is True and sts[-1]["result"]["score"]["scaled"] == 1.0

    # the hub's view of them: the coordinator's report agrees with the trainee's screen
    report = xs.CohortReport()
    assert report.extend(("u-lan", s) for s in sts) == len(sts)
    row = report.progress("u-lan", course.id)
    assert row.completed and row.certificate_code == status.certificate_code and row.lessons_total == 3
    assert row.quizzes[f"liver-lesion/{QUIZ}"].best == 1.0 and row.quiz_attempts() == 2
    assert {q.question for q in report.hardest(2)} == {"q-window", "q-find-lesion"}  # 1 of 2 right each

    # synced: nothing pending any more; marking again or unknown ids changes nothing
    assert store.mark_synced([s["id"] for s in sts[:5]]) == 5
    assert store.pending() == sts[5:]
    assert store.mark_synced([s["id"] for s in sts] + ["not-a-statement"]) == len(sts) - 5
    assert store.pending() == [] and store.mark_synced([sts[0]["id"]]) == 0
    assert store.counts() == (len(sts), 0)


def test_language_falls_back_and_switches(course, store):
    player = CoursePlayer(course, store, "u-sokha", "fr")  # French: not a language of this course
    assert player.title == "Reading chest/abdomen CT"
    changed = []
    player.language_changed.connect(changed.append)
    player.set_language("zh-Hans")
    assert changed == ["zh-Hans"] and player.title == "胸腹部CT阅片"
    assert player.lesson_view("ct-windows").title == "CT值（亨氏单位）与窗宽窗位"
    assert store.statements() == []  # looking is not an action


# -- image questions on the real phantom -----------------------------------------------------------

def test_image_questions_are_graded_with_the_clicked_point_in_patient_mm(course, store):
    pts = clicks(course)
    q = next(q for q in course.manifest.lesson(QUIZ).questions if q.id == "q-find-lesion")
    inside, outside, edge = (grade(q, pts[k]) for k in ("inside", "outside", "edge"))
    assert inside.correct and inside.distance_mm <= 3.0
    assert not outside.correct and outside.distance_mm == pytest.approx(20.0, abs=3.0)
    assert not edge.correct and PHANTOM_LESION_RADIUS_MM < edge.distance_mm < PHANTOM_LESION_RADIUS_MM + 3
    # a click anywhere in the lesion counts, on any slice it spans
    (vol,) = load_series_dir(course.series_dir(course.manifest.lesson("liver-case")))
    lesion = np.argwhere(vol.array <= 30)[:, ::-1]  # (i, j, k) of hypodense voxels
    xyz = vol.index_to_patient(lesion)
    inner = xyz[np.linalg.norm(xyz - PHANTOM_LESION_CENTER_MM, axis=1) < PHANTOM_LESION_RADIUS_MM - 1]
    assert len({round(p[2], 1) for p in inner}) >= 3
    assert all(grade(q, p).correct for p in inner)

    player = CoursePlayer(course, store, lan(), "en", clock=Clock())
    player.start_attempt(QUIZ)
    fb = player.answer(QUIZ, "q-find-lesion", np.asarray(pts["edge"]))  # numpy from the viewer is fine
    assert not fb.correct and "right lobe of the liver" in fb.explanation
    assert store.pending()[-1]["object"]["definition"]["interactionType"] == "other"


# -- refusals --------------------------------------------------------------------------------------

@pytest.mark.parametrize("question, response, match", [
    ("q-window", "soft-tissue", "no choice 'soft-tissue'"),
    ("q-window", ["abdomen", "lung"], "exactly one choice"),
    ("q-cyst", [], "at least one"),
    ("q-cyst", ["margin", "margin"], "twice"),
    ("q-cyst", 3, "choice ids"),
    ("q-find-lesion", (1.0, float("nan"), 2.0), "three finite"),
    ("q-find-lesion", (1.0, 2.0), "three finite"),
    ("q-find-lesion", "the liver", "clicked point"),
    ("q-nope", "abdomen", "no question 'q-nope'"),
])
def test_an_answer_that_cannot_be_graded_is_refused_and_records_nothing(course, store, question, response, match):
    player = CoursePlayer(course, store, lan(), "en", clock=Clock())
    player.start_attempt(QUIZ)
    before = store.statements()
    with pytest.raises(QuizError, match=match):
        player.answer(QUIZ, question, response)
    assert store.statements() == before and player.current_attempt(QUIZ).grades == {}


def test_actions_the_course_does_not_allow_are_refused(course, store):
    player = CoursePlayer(course, store, lan(), "en", clock=Clock())
    with pytest.raises(PlayerError, match="start an attempt"):
        player.answer(QUIZ, "q-window", "abdomen")
    with pytest.raises(PlayerError, match="completed by passing it"):
        player.complete_lesson(QUIZ)
    with pytest.raises(PlayerError, match="no lesson 'nope'"):
        player.open_lesson("nope")
    with pytest.raises(PlayerError, match="not a quiz"):
        player.start_attempt("ct-windows")
    with pytest.raises(PlayerError, match="not completed yet"):
        player.write_certificate(Path(store.path).parent / "c.pdf")
    assert store.statements() == [] and store.enrolment("u-lan", course.id, course.version) is None
    with pytest.raises(PlayerError, match="user id is empty"):
        CoursePlayer(course, store, "", "en")


# -- each statement once ---------------------------------------------------------------------------

def test_repeating_an_action_produces_no_second_statement(course, store, tmp_path):
    player = CoursePlayer(course, store, lan(), "en", clock=Clock())
    player.open_lesson("ct-windows")
    player.open_lesson("ct-windows")  # the UI refreshing the lesson on screen
    assert player.complete_lesson("ct-windows")
    assert not player.complete_lesson("ct-windows")  # a double click
    player.start_attempt(QUIZ)
    player.answer(QUIZ, "q-window", "abdomen")
    with pytest.raises(QuizError, match="already answered"):
        player.answer(QUIZ, "q-window", "lung")

    # a second window on the same progress file: it sees the same attempt and cannot answer twice
    other_store = ProgressStore(store.path)
    other = CoursePlayer(course, other_store, lan(), "en", clock=Clock(T0 + 1000))
    assert other.lesson_state("ct-windows") == COMPLETED
    resumed = other.start_attempt(QUIZ)  # resumes attempt 1: nothing recorded
    assert resumed.number == 1 and set(resumed.grades) == {"q-window"}
    with pytest.raises(QuizError, match="already answered"):
        other.answer(QUIZ, "q-window", "abdomen")
    assert not other.complete_lesson("ct-windows")
    other.answer(QUIZ, "q-density", "water")
    with pytest.raises(QuizError, match="already answered"):
        player.answer(QUIZ, "q-density", "water")
    other_store.close()

    assert verbs(store.statements()) == [
        "registered 1.0.0", "experienced ct-windows", "completed ct-windows", "attempted liver-quiz",
        "answered q-window", "answered q-density"]
    # re-adding stored statements (an import, a retry) keeps one of each
    assert store.add_statements(store.statements()) == 0


def test_attempts_are_limited_and_using_them_all_fails_the_course(course, store):
    pts = clicks(course)
    player = CoursePlayer(course, store, lan(), "en", clock=Clock())
    failed = []
    player.course_failed.connect(failed.append)
    for n in (1, 2, 3):
        assert player.quiz_info(QUIZ).attempts_left == 4 - n
        res = answer_all(player, WRONG, pts["outside"])[-1].result
        assert (res.number, res.correct, res.passed) == (n, 0, False)
    assert player.lesson_state(QUIZ) == FAILED and failed == [QUIZ]
    info = player.quiz_info(QUIZ)
    assert (info.attempts_used, info.attempts_left, info.best_scaled, info.passed) == (3, 0, 0.0, False)
    with pytest.raises(PlayerError, match="all 3 attempts have been used"):
        player.start_attempt(QUIZ)
    status = player.status()
    assert status.failed and not status.completed and status.certificate_code is None
    course_failed = [s for s in store.statements()
                     if s["verb"]["id"].endswith("/failed") and s["object"]["id"].endswith("/1.0.0")]
    assert len(course_failed) == 1
    report = xs.CohortReport()
    report.extend(("u-lan", s) for s in store.statements())
    assert report.progress("u-lan", course.id).status == "failed"


def test_ending_an_attempt_early_counts_the_unanswered_questions_as_wrong(course, store):
    player = CoursePlayer(course, store, lan(), "en", clock=Clock())
    assert player.end_attempt(QUIZ) is None  # nothing open
    player.start_attempt(QUIZ)
    player.answer(QUIZ, "q-window", "abdomen")
    res = player.end_attempt(QUIZ)
    assert (res.correct, res.total, res.passed) == (1, 4, False)
    assert player.current_attempt(QUIZ) is None and player.quiz_info(QUIZ).attempts_used == 1
    assert verbs(store.statements())[-1] == "failed liver-quiz"
    assert store.statements()[-1]["result"]["score"]["scaled"] == 0.25


# -- crashes ---------------------------------------------------------------------------------------

def run_until_killed(script: str, *args: str) -> None:
    """Run ``script`` in a fresh interpreter that kills itself (SIGKILL) where it says so."""
    code = textwrap.dedent(script)
    proc = subprocess.run([sys.executable, "-c", code, *args], cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert proc.returncode == -9, proc.stdout + proc.stderr


def test_a_crash_between_storing_and_syncing_loses_nothing(course, store):
    pts = clicks(course)
    store.close()
    run_until_killed("""
        import os, signal, sys
        from courseware.package import InstalledCourse
        from courseware.player import CoursePlayer
        from courseware.progress import ProgressStore
        from workstation.coursestate import Learner
        store = ProgressStore(sys.argv[1])
        player = CoursePlayer(InstalledCourse.load(sys.argv[2]), store, Learner(id="u-lan", name="Lan"), "en")
        player.open_lesson("ct-windows")
        player.complete_lesson("ct-windows")
        player.start_attempt("liver-quiz")
        player.answer("liver-quiz", "q-window", "abdomen")
        player.answer("liver-quiz", "q-density", "fat")
        os.kill(os.getpid(), signal.SIGKILL)  # before any sync, without closing anything
    """, str(store.path), str(course.root))

    store = ProgressStore(store.path)
    try:
        pending = store.pending()
        assert verbs(pending) == ["registered 1.0.0", "experienced ct-windows", "completed ct-windows",
                                  "attempted liver-quiz", "answered q-window", "answered q-density"]
        # the trainee carries on where the crash left them
        player = CoursePlayer(course, store, lan(), "en", clock=Clock(T0 + 10_000))
        attempt = player.current_attempt(QUIZ)
        assert attempt.number == 1 and {q: g.correct for q, g in attempt.grades.items()} == {
            "q-window": True, "q-density": False}
        assert player.start_attempt(QUIZ).number == 1  # resumed, not a new attempt
        player.answer(QUIZ, "q-cyst", ["margin", "homogeneous"])
        fb = player.answer(QUIZ, "q-find-lesion", pts["inside"])
        assert fb.result.correct == 3 and fb.result.passed and fb.course_completed is False  # case not completed
        assert verbs(store.pending())[6:] == ["answered q-cyst", "answered q-find-lesion", "passed liver-quiz"]
        assert len({s["id"] for s in store.pending()}) == 9
    finally:
        store.close()


def test_a_crash_inside_an_action_leaves_neither_state_nor_statement(course, store):
    store.close()
    run_until_killed("""
        import os, signal, sys
        from courseware.package import InstalledCourse
        from courseware.player import CoursePlayer
        from courseware.progress import ProgressStore
        store = ProgressStore(sys.argv[1])
        player = CoursePlayer(InstalledCourse.load(sys.argv[2]), store, "u-lan", "en")
        original = store.action
        def crash_before_commit():
            cm = original()
            tx = cm.__enter__()
            class Dying:
                keep = cm  # the action stays open until the process dies
                def __enter__(self):
                    return tx
                def __exit__(self, *exc):
                    os.kill(os.getpid(), signal.SIGKILL)  # the action's writes are done, the commit is not
            return Dying()
        store.action = crash_before_commit
        player.complete_lesson("ct-windows")
    """, str(store.path), str(course.root))

    store = ProgressStore(store.path)
    try:
        assert store.statements() == [] and store.enrolment("u-lan", course.id, course.version) is None
        assert store.lessons("u-lan", course.id, course.version) == {}
        player = CoursePlayer(course, store, "u-lan", "en")
        assert player.lesson_state("ct-windows") == NEW
        assert player.complete_lesson("ct-windows")  # done again, once
        assert verbs(store.pending()) == ["registered 1.0.0", "completed ct-windows"]
    finally:
        store.close()


# -- the store itself ------------------------------------------------------------------------------

def test_the_outbox_lists_pending_statements_in_order_and_wakes_the_sync(store):
    lrn = xs.Learner(id="u1")
    act = xs.course_activity("c", "1.0.0")
    sts = [xs.experienced(lrn, xs.lesson_activity("c", "1.0.0", "m", f"l{i}"), timestamp=T0 + i) for i in range(5)]
    woke = []
    store.statements_added.connect(woke.append)
    assert store.add_statements(sts[:3]) == 3 and store.add_statements(sts) == 2 and woke == [3, 2]
    other = xs.registered(xs.Learner(id="u2"), act, timestamp=T0)
    store.add_statements([other])
    assert [s["id"] for s in store.pending()] == [s.id for s in sts] + [other.id]
    assert [s["id"] for s in store.pending(limit=2)] == [sts[0].id, sts[1].id]
    assert [s["id"] for s in store.pending(user="u2")] == [other.id]
    assert store.mark_synced([sts[1].id, sts[1].id, "unknown"]) == 1
    assert [s["id"] for s in store.pending(user="u1")] == [sts[0].id, *[s.id for s in sts[2:]]]
    with pytest.raises(xs.StatementError):
        store.add_statements([{"id": "broken"}])
    assert store.counts() == (6, 5)


def test_the_sync_thread_and_the_trainee_share_the_store(store):
    """The link's sync thread reads and marks the outbox while the trainee keeps working: every
    statement is handed over exactly once."""
    import threading

    lrn = xs.Learner(id="u1")
    sts = [xs.experienced(lrn, xs.lesson_activity("c", "1.0.0", "m", f"l{i}"), timestamp=T0 + i) for i in range(300)]
    synced: list[str] = []
    done = threading.Event()

    def sync():
        while True:
            last = done.is_set()
            ids = [s["id"] for s in store.pending(limit=25)]
            assert store.mark_synced(ids) == len(ids)
            synced.extend(ids)
            if last and not ids:
                return

    t = threading.Thread(target=sync)
    t.start()
    for st in sts:
        with store.action() as tx:
            tx.add_statement(st)
    done.set()
    t.join(timeout=60)
    assert not t.is_alive()
    assert synced == [st.id for st in sts] and store.counts() == (300, 0)


def test_the_default_store_lives_in_the_silkbridge_home(silkbridge_home):
    from courseware.progress import default_progress_path

    with ProgressStore(default_progress_path()) as s:
        assert s.path == silkbridge_home / "course-progress.sqlite" and s.counts() == (0, 0)


def test_a_file_that_is_not_a_progress_store_is_refused_and_left_untouched(tmp_path):
    bad = tmp_path / "progress.sqlite"
    bad.write_bytes(b"these are somebody's notes, not a database" * 100)
    before = bad.read_bytes()
    with pytest.raises(ProgressError, match="not a course progress store"):
        ProgressStore(bad)
    assert bad.read_bytes() == before
    with pytest.raises(ProgressError, match="cannot open"):
        ProgressStore(tmp_path / "progress.sqlite" / "inside-a-file.sqlite")
    s = ProgressStore(tmp_path / "ok.sqlite")
    s.close()
    with pytest.raises(ProgressError, match="closed"):
        s.pending()


# -- certificates ----------------------------------------------------------------------------------

def pdf_text(path: Path) -> str:
    return subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True,
                          check=True).stdout


def test_the_certificate_carries_a_code_the_hub_verifies(course, store, tmp_path):
    pts = clicks(course)
    player = CoursePlayer(course, store, lan(), "vi", clock=Clock())
    for lesson in ("ct-windows", "liver-case"):
        player.open_lesson(lesson)
        player.complete_lesson(lesson)
    answers = dict(RIGHT, **{"q-window": "bone"})
    assert answer_all(player, answers, pts["inside"])[-1].course_completed  # 3 of 4: passed, 75 %
    code = player.certificate_code

    pdf = player.write_certificate(tmp_path / "certificate.pdf")
    text = pdf_text(pdf)
    flat = " ".join(text.split())
    assert "Giấy chứng nhận hoàn thành" in flat and "Nguyễn Thị Lan" in flat
    assert "Đọc phim CT ngực – bụng" in flat  # the course title in the chosen language
    assert "Ngày: 2026-01-01" in flat and "Điểm: 75%" in flat and f"Mã xác minh: {code}" in flat

    # the hub holds the synced statements: the code on the paper finds the completion, a changed one does not
    held = [("u-lan", s) for s in store.pending()]
    found = xs.verify_certificate(code, held)
    assert found is not None and found.user == "u-lan" and found.result.score.scaled == 0.75
    assert found.id == player.completion_statement().id
    changed = code[:-1] + ("A" if code[-1] != "A" else "B")
    assert xs.verify_certificate(changed, held) is None

    player.set_language("zh-Hans")
    zh = " ".join(pdf_text(player.write_certificate(tmp_path / "zh.pdf")).split())
    assert "结业证书" in zh and "胸腹部CT阅片" in zh and code in zh
    # the completion is recorded once, whatever is printed
    assert sum(1 for s in store.statements() if s["object"]["id"].endswith("/1.0.0")
               and s["verb"]["id"].endswith("/completed")) == 1


def test_a_certificate_that_cannot_be_written_leaves_no_file(tmp_path):
    out = tmp_path / "c.pdf"
    ok = dict(trainee="Somchai", course_title="ການອ່ານ CT", date=T0, score=0.8, code="ABCD-EFGH-JKLM", language="lo")
    with pytest.raises(CertificateError, match="verification code"):
        write_certificate(out, **{**ok, "code": "1234"})
    with pytest.raises(CertificateError, match="between 0 and 1"):
        write_certificate(out, **{**ok, "score": 80})
    with pytest.raises(CertificateError, match="trainee"):
        write_certificate(out, **{**ok, "trainee": "  "})
    assert list(tmp_path.iterdir()) == []
    text = " ".join(pdf_text(write_certificate(out, **ok)).split())
    assert "ໃບຢັ້ງຢືນການຮຽນຈົບ" in text and "Somchai" in text and "80%" in text and "ABCD-EFGH-JKLM" in text


@pytest.mark.parametrize("language, title, code_label", [
    ("th", "ประกาศนียบัตรสำเร็จการศึกษา", "รหัสยืนยัน"), ("my", "သင်တန်းပြီးဆုံးကြောင်း လက်မှတ်", "အတည်ပြုကုဒ်"),
    ("ms", "Sijil tamat kursus", "Kod pengesahan"), ("id", "Sertifikat kelulusan", "Kode verifikasi"),
    ("zh-CN", "结业证书", "验证码"), ("fr", "Certificate of completion", "Verification code")])
def test_the_certificate_speaks_the_trainees_language(tmp_path, language, title, code_label):
    """Read back from the PDF (pdftotext): the labels in the language asked for (English for one
    the certificate does not have), the trainee's name and the course title as written."""
    out = write_certificate(tmp_path / "c.pdf", trainee="Nguyễn Thị Lan", course_title="การอ่านภาพ CT",
                            date=T0, score=0.9, code="ABCD-EFGH-JKLM", language=language)
    text = " ".join(pdf_text(out).split())
    assert title in text and f"{code_label}: ABCD-EFGH-JKLM" in text, text
    assert "Nguyễn Thị Lan" in text and "การอ่านภาพ CT" in text and "90%" in text
    if language not in ("fr",):
        assert "Certificate of completion" not in text and "Verification code" not in text


# -- lesson text -----------------------------------------------------------------------------------

def test_lesson_markdown_is_rendered_without_raw_html_or_outside_resources(course):
    md = textwrap.dedent("""\
        # Title
        <script>alert("x")</script> <img src="x" onerror="alert(1)">
        [a link](javascript:alert(1)) and [the ACR](https://www.acr.org/)
        ![inside](images/windows.png) ![outside](../../../etc/passwd) ![web](https://example.org/t.png)
    """)
    html = render_markdown(md, course, "content/ct-windows.en.md")
    assert "<script>" not in html and "&lt;script&gt;" in html and "<img src=\"x\"" not in html
    assert 'href="javascript' not in html and 'href="https://www.acr.org/"' in html
    srcs = [s.split('"', 1)[0] for s in html.split('src="')[1:]]
    assert len(srcs) == 3 and srcs[0] == (course.root / "content/images/windows.png").resolve().as_uri()
    assert srcs[1] == srcs[2] == ""  # outside the course: dropped, nothing fetched


def test_cohort_report_of_two_trainees_from_their_players(course, tmp_path):
    """Two trainees on two workstations; the hub receives their statements interleaved, late
    and some twice."""
    pts = clicks(course)
    out = {}
    for uid, name, answers in (("u-an", "An", RIGHT), ("u-binh", "Bình", WRONG)):
        s = ProgressStore(tmp_path / f"{uid}.sqlite")
        p = CoursePlayer(course, s, xs.Learner(id=uid, name=name), "en", clock=Clock())
        for lesson in ("ct-windows", "liver-case"):
            p.complete_lesson(lesson)
        answer_all(p, answers, pts["inside"] if uid == "u-an" else pts["outside"])
        out[uid] = [(uid, st) for st in s.pending()]
        s.close()
    arrivals = out["u-binh"][5:] + out["u-an"] + out["u-binh"][:5] + out["u-an"][2:6]
    report = xs.CohortReport()
    report.extend(arrivals)
    assert report.duplicates == 4
    rows = {r["user_id"]: r for r in csv.DictReader(io.StringIO(report.to_csv()))}
    assert rows["u-an"]["completed"] == "yes" and rows["u-an"]["course_score_pct"] == "100.0"
    assert rows["u-binh"]["completed"] == "no" and rows["u-binh"]["mean_best_quiz_pct"] == "0.0"
    assert rows["u-binh"]["lessons_completed"] == "2" and rows["u-binh"]["lessons_total"] == "3"
    hardest = report.hardest(1)[0]
    assert math.isclose(hardest.correct_rate, 0.5) and hardest.attempts == 2
