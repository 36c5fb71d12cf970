"""xAPI statements, certificate codes and the cohort report (workstation.coursestate): pure logic."""

from __future__ import annotations

import csv
import io
import json
import random
import re
import uuid

import msgspec
import pytest

from workstation import coursestate as xs

COURSE, VERSION = "reading-chest-abdomen-ct", "1.0.0"
TITLE = {"en": "Reading chest/abdomen CT", "zh-Hans": "胸腹部CT阅片", "vi": "Đọc phim CT ngực – bụng"}
T0 = 1_735_700_000.0  # 2025-01-01


def course_act(total: int = 3) -> xs.Activity:
    return xs.course_activity(COURSE, VERSION, TITLE, lessons_total=total)


def lesson_act(module: str, lesson: str, kind: str = "text") -> xs.Activity:
    return xs.lesson_activity(COURSE, VERSION, module, lesson, {"en": lesson}, kind)


def question_act(q: str) -> xs.Activity:
    return xs.question_activity(COURSE, VERSION, "m2", "quiz", q, {"en": f"Prompt of {q}", "vi": f"Câu hỏi {q}"},
                                choices=[("a", {"en": "A"}), ("b", {"en": "B"})], correct=["a"])


def trainee_statements(learner: xs.Learner, answers: list[list[tuple[str, bool]]], complete: bool,
                       t: float = T0) -> list[xs.Statement]:
    """What a player produces: registered, two lessons completed, quiz attempts with answers, and
    the course completion when ``complete`` (the last attempt passes)."""
    reg = xs.new_registration()
    ctx = {"registration": reg, "language": "en", "grouping": course_act()}
    out = [xs.registered(learner, course_act(), timestamp=t, registration=reg)]
    for i, (m, les) in enumerate((("m1", "intro"), ("m2", "case"))):
        out.append(xs.experienced(learner, lesson_act(m, les), **{**ctx, "timestamp": t + 10 + i}))
        out.append(xs.completed(learner, lesson_act(m, les), **{**ctx, "timestamp": t + 20 + i}))
    quiz = lesson_act("m2", "quiz", "quiz")
    clock = t + 100
    for n, attempt in enumerate(answers, 1):
        out.append(xs.attempted(learner, quiz, attempt=n, **{**ctx, "timestamp": clock}))
        for q, ok in attempt:
            clock += 1
            out.append(xs.answered(learner, question_act(q), response="a" if ok else "b", success=ok, attempt=n,
                                   points=xs.score(int(ok), 1), parent=quiz, **{**ctx, "timestamp": clock}))
        right = sum(ok for _, ok in attempt)
        sc = xs.score(right, len(attempt))
        builder = xs.passed if sc.scaled >= 0.75 else xs.failed
        clock += 1
        out.append(builder(learner, quiz, points=sc, attempt=n, **{**ctx, "timestamp": clock}))
    if complete:
        out.append(xs.completed(learner, lesson_act("m2", "quiz", "quiz"), **{**ctx, "timestamp": clock + 1}))
        out.append(xs.completed(learner, course_act(), points=xs.score(3, 4), success=True, timestamp=clock + 2,
                                registration=reg, language="en"))
    return out


# -- statements ------------------------------------------------------------------------------------

def test_statements_follow_xapi_1_0_3_with_adl_verbs():
    lan = xs.Learner(id="u-lan", name="Dr Nguyễn Thị Lan", home_page="https://hub.example.vn")
    reg = xs.new_registration()
    st = xs.answered(lan, question_act("q1"), response="a", success=True, attempt=2, points=xs.score(1, 1),
                     parent=lesson_act("m2", "quiz", "quiz"), timestamp=T0 + 0.25, registration=reg,
                     language="vi", grouping=course_act())
    d = json.loads(xs.to_json(st))  # what travels and is stored: plain JSON
    assert set(d) >= {"id", "actor", "verb", "object", "result", "context", "timestamp", "version"}
    assert uuid.UUID(d["id"]).version == 4 and d["version"] == "1.0.3"
    assert d["actor"] == {"account": {"homePage": "https://hub.example.vn", "name": "u-lan"},
                          "name": "Dr Nguyễn Thị Lan"}
    assert d["verb"] == {"id": "http://adlnet.gov/expapi/verbs/answered", "display": {"en-US": "answered"}}
    assert d["object"]["id"] == f"silkbridge://course/{COURSE}/{VERSION}/m2/quiz/q1"
    assert d["object"]["definition"]["type"] == "http://adlnet.gov/expapi/activities/cmi.interaction"
    assert d["object"]["definition"]["interactionType"] == "choice"
    assert d["object"]["definition"]["correctResponsesPattern"] == ["a"]
    assert d["result"] == {"score": {"scaled": 1.0, "raw": 1.0, "min": 0.0, "max": 1.0}, "success": True,
                           "response": "a"}
    assert d["context"]["registration"] == reg and d["context"]["language"] == "vi"
    assert d["context"]["contextActivities"]["parent"] == [{"id": f"silkbridge://course/{COURSE}/{VERSION}/m2/quiz"}]
    assert d["context"]["contextActivities"]["grouping"] == [{"id": f"silkbridge://course/{COURSE}/{VERSION}"}]
    assert d["context"]["extensions"] == {xs.EXT_ATTEMPT: 2}
    assert d["timestamp"] == "2025-01-01T02:53:20.250Z"
    back = xs.from_dict(d)
    assert back == st and back.verb_name == "answered" and back.user == "u-lan"

    verbs = {b.__name__: b for b in (xs.registered, xs.experienced, xs.completed)}
    for name, builder in verbs.items():
        s = builder(lan, course_act(), timestamp=T0)
        assert xs.to_dict(s)["verb"]["id"] == f"http://adlnet.gov/expapi/verbs/{name}"
    assert xs.to_dict(xs.passed(lan, course_act(), points=xs.score(3, 4), timestamp=T0))["result"] == {
        "score": {"scaled": 0.75, "raw": 3.0, "min": 0.0, "max": 4.0}, "success": True, "completion": True}
    assert xs.to_dict(xs.failed(lan, course_act(), timestamp=T0))["verb"]["id"].endswith("/failed")


def test_activity_ids_round_trip_even_with_odd_characters():
    ref = xs.parse_activity_id(xs.activity_id("ct", "1.0.0-rc.1", "mod 1", "lesson/2", "q#3"))
    assert (ref.course, ref.version, ref.module, ref.lesson, ref.question) == ("ct", "1.0.0-rc.1", "mod 1",
                                                                              "lesson/2", "q#3")
    assert ref.kind == "question" and ref.lesson_key == "mod 1/lesson/2"
    assert xs.parse_activity_id(xs.activity_id("ct", "2.0.0")).kind == "course"
    for bad in ("http://example.org/course", "silkbridge://course/ct", "silkbridge://course/ct/1.0.0/m"):
        with pytest.raises(xs.StatementError, match="object.id"):
            xs.parse_activity_id(bad)
    with pytest.raises(xs.StatementError):
        xs.activity_id("ct", "1.0.0", "", "lesson")


@pytest.mark.parametrize("change, field", [
    (lambda d: d.pop("actor"), "actor"),
    (lambda d: d.__setitem__("id", "not-a-uuid"), "id"),
    (lambda d: d.__setitem__("timestamp", "yesterday"), "timestamp"),
    (lambda d: d["object"].__setitem__("id", "https://elsewhere.example/activity"), "object.id"),
    (lambda d: d.__setitem__("result", {"score": {"scaled": 1.5}}), "scaled"),
    (lambda d: d["verb"].__setitem__("id", 7), "verb"),
])
def test_malformed_statements_are_refused_naming_the_field(change, field):
    d = xs.to_dict(xs.completed(xs.Learner(id="u1"), course_act(), points=xs.score(1, 1), success=True,
                                timestamp=T0))
    change(d)
    with pytest.raises(xs.StatementError, match=re.escape(field)):
        xs.from_dict(d)
    with pytest.raises(xs.StatementError):
        xs.from_dict(["not", "a", "statement"])


# -- certificate codes -----------------------------------------------------------------------------

def test_certificate_code_is_stable_and_verifiable():
    lan = xs.Learner(id="u-lan", name="Lan")
    done = xs.completed(lan, course_act(), points=xs.score(3, 4), success=True, timestamp=T0, registration="r")
    code = xs.certificate_code(done)
    assert re.fullmatch(r"[A-Z2-7]{4}-[A-Z2-7]{4}-[A-Z2-7]{4}", code)
    # the same statement after travelling as JSON with its keys in another order has the same code
    wire = json.loads(xs.to_json(done))
    shuffled = json.loads(json.dumps(dict(reversed(list(wire.items())))))
    assert xs.certificate_code(shuffled) == code

    others = [trainee_statements(xs.Learner(id=f"u{i}"), [[("q1", True)]], complete=True) for i in range(3)]
    held = [xs.to_dict(s) for group in others for s in group] + [wire, {"garbage": True}]
    assert xs.verify_certificate(code, held).id == done.id
    # typed by hand: lower case, no dashes, 0/1/8 for O/I/B
    typed = code.replace("-", " ").lower().replace("o", "0").replace("i", "1").replace("b", "8")
    assert xs.verify_certificate(typed, held).id == done.id
    # one character changed: no such certificate
    changed = code[:-1] + ("A" if code[-1] != "A" else "B")
    assert xs.verify_certificate(changed, held) is None
    # a completion altered at the hub (another score) no longer matches the printed code
    forged = json.loads(json.dumps(wire))
    forged["result"]["score"]["scaled"] = 1.0
    assert xs.verify_certificate(code, [forged]) is None
    # as the hub received it: only when the actor is the sender
    assert xs.verify_certificate(code, [("u-lan", wire)]).id == done.id
    assert xs.verify_certificate(code, [("u-other", wire)]) is None
    with pytest.raises(ValueError, match="verification code"):
        xs.verify_certificate("HELLO", held)
    with pytest.raises(xs.StatementError, match="course completion"):
        xs.certificate_code(xs.completed(lan, lesson_act("m1", "intro"), timestamp=T0))


# -- the cohort report -----------------------------------------------------------------------------

def cohort() -> list[tuple[str, dict]]:
    people = {
        "u-an": (xs.Learner(id="u-an", name="An"), [[("q1", True), ("q2", False), ("q3", True), ("q4", True)]], True),
        "u-binh": (xs.Learner(id="u-binh", name="Bình"),
                   [[("q1", False), ("q2", False), ("q3", True), ("q4", False)],
                    [("q1", True), ("q2", False), ("q3", True), ("q4", True)]], True),
        "u-chi": (xs.Learner(id="u-chi", name="=HYPERLINK(\"x\")"),
                  [[("q1", False), ("q2", False), ("q3", False), ("q4", True)]], False),
    }
    pairs = []
    for uid, (learner, answers, complete) in people.items():
        pairs += [(uid, xs.to_dict(s)) for s in trainee_statements(learner, answers, complete)]
    return pairs


def test_cohort_report_counts_each_statement_once_whatever_the_order():
    pairs = cohort()
    dupes = pairs[::3]  # a third of the statements arrive twice (a resend after a lost ack)
    report = xs.CohortReport()
    assert report.extend(pairs + dupes) == len(pairs)
    assert report.duplicates == len(dupes) and report.refused == []

    an = report.progress("u-an", COURSE)
    assert an.name == "An" and an.status == "completed" and an.completed
    assert an.lessons_completed == {"m1/intro", "m2/case", "m2/quiz"} and an.lessons_total == 3
    assert an.quizzes["m2/quiz"].best == 0.75 and an.quiz_attempts() == 1 and an.score == 0.75
    assert an.certificate_code == xs.certificate_code(next(
        d for u, d in pairs if u == "u-an" and d["verb"]["id"].endswith("completed") and d["object"]["id"].endswith(VERSION)))
    binh = report.progress("u-binh", COURSE, VERSION)
    assert binh.quiz_attempts() == 2 and binh.quizzes["m2/quiz"].best == 0.75 and binh.quizzes["m2/quiz"].passed
    chi = report.progress("u-chi", COURSE)
    assert chi.status == "in progress" and not chi.completed and chi.quizzes["m2/quiz"].best == 0.25
    assert chi.lessons_completed == {"m1/intro", "m2/case"}

    hardest = report.hardest(2)
    assert [q.question for q in hardest] == ["q2", "q1"]
    assert (hardest[0].attempts, hardest[0].correct, hardest[0].trainees) == (4, 0, {"u-an", "u-binh", "u-chi"})
    assert (hardest[1].attempts, hardest[1].correct) == (4, 2)
    assert hardest[0].prompt["vi"] == "Câu hỏi q2"

    # out of order and duplicated differently: the very same report
    for seed in range(3):
        shuffled = pairs + pairs[1::4]
        random.Random(seed).shuffle(shuffled)
        again = xs.CohortReport()
        again.extend(shuffled)
        assert again.to_csv() == report.to_csv() and again.questions_csv() == report.questions_csv()


def test_cohort_report_refuses_impersonation_and_garbage():
    pairs = cohort()
    report = xs.CohortReport()
    sid = pairs[0][1]["id"]
    assert not report.apply("u-mallory", pairs[0][1])  # someone else's statement, sent by Mallory
    assert not report.apply("u-an", {"id": "x", "verb": "done"})
    assert [r[0] for r in report.refused] == [sid, "x"]
    assert "is not the sender" in report.refused[0][1] and "malformed" in report.refused[1][1]
    assert report.trainees() == [] and report.accepted == 0
    assert report.apply(*pairs[0])  # refused earlier for its sender, it still counts from its owner


def test_cohort_report_csv_export(tmp_path):
    pairs = cohort()
    report = xs.CohortReport()
    report.extend(pairs)
    out = tmp_path / "cohort.csv"
    text = report.to_csv(out, language="vi")
    assert out.read_bytes().startswith(b"\xef\xbb\xbf")  # UTF-8 with BOM: spreadsheets show Vietnamese names
    assert out.read_text(encoding="utf-8-sig") == text
    rows = list(csv.DictReader(io.StringIO(text)))
    assert [r["user_id"] for r in rows] == ["u-chi", "u-an", "u-binh"]  # by name: '=HYPERLINK', An, Bình
    by = {r["user_id"]: r for r in rows}
    assert by["u-binh"]["name"] == "Bình" and by["u-binh"]["course_title"] == "Đọc phim CT ngực – bụng"
    assert by["u-binh"]["quiz_attempts"] == "2" and by["u-binh"]["best_quiz_scores_pct"] == "m2/quiz=75.0"
    assert by["u-an"]["completed"] == "yes" and by["u-an"]["course_score_pct"] == "75.0"
    assert by["u-an"]["lessons_completed"] == "3" and by["u-an"]["lessons_total"] == "3"
    assert by["u-chi"]["completed"] == "no" and by["u-chi"]["certificate_code"] == ""
    assert by["u-chi"]["name"] == "'=HYPERLINK(\"x\")"  # never a formula in a spreadsheet
    assert xs.verify_certificate(by["u-an"]["certificate_code"], pairs).user == "u-an"
    q = list(csv.DictReader(io.StringIO(report.questions_csv(language="vi"))))
    assert [r["question"] for r in q][:2] == ["q2", "q1"]
    assert q[0]["prompt"] == "Câu hỏi q2" and q[0]["correct_rate_pct"] == "0.0" and q[0]["attempts"] == "4"


def test_statement_struct_is_msgspec_and_ignores_fields_an_lrs_adds():
    d = xs.to_dict(xs.experienced(xs.Learner(id="u1"), lesson_act("m1", "intro"), timestamp=T0))
    d["stored"] = "2025-01-01T00:00:00Z"
    d["authority"] = {"account": {"homePage": "https://lrs.example", "name": "hub"}}
    st = xs.from_dict(d)
    assert isinstance(st, msgspec.Struct) and st.verb_name == "experienced"
    assert "stored" not in xs.to_dict(st)
