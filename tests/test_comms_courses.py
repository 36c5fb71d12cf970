"""Course delivery through a real hub process: cohorts, the catalogue, resumable and verified
course downloads, statements synced exactly once across an offline period and a restart, the
trainee's limits, and the hub's course report and certificate check."""

from __future__ import annotations

import hashlib
import json
import os
import threading
import zipfile
from pathlib import Path

import pytest

from comms.blobs import BlobClient
from comms.client import LinkClient
from comms.courses import (CohortDirectory, CourseCatalogue, CourseError, StatementSync,
                           cohort_statements, create_cohort, download_course, enrol, hub_cohort_statements,
                           new_cohort_id, publish_course)
from comms.linkemu import LinkEmulator, LinkProfile
from comms.store import Store
from helpers import wait_for
from workstation.coursestate import CohortReport

TITLE = {"en": "Reading chest/abdomen CT", "zh-Hans": "胸腹部CT阅片", "vi": "Đọc CT ngực/bụng"}


@pytest.fixture
def started():
    objs: list = []
    yield objs
    for o in reversed(objs):
        o.stop()


#: who the cohorts of these tests admit besides their coordinator (workstation.policy: secure by default)
COHORT_ACCESS = {"roles": ["trainee"], "hospitals": ["Bach Mai"]}


def connect(hub, tmp_path, started, name, role, state=None, hospital="Bach Mai", country="VN", bundle=None):
    bundle = bundle or hub.enrol(name, role, hospital=hospital, country=country, language="vi")
    lc = LinkClient(bundle, state or tmp_path / f"link-{bundle['user_id']}").start()
    started.append(lc)
    assert wait_for(lambda: lc.state == "online" and lc.services.get("blob"), 15), f"{name}: {lc.state}"
    return bundle, lc


def audit(hub, action):
    store = Store(hub.data_dir)
    try:
        return [dict(e, detail=json.loads(e["detail"])) for e in store.audit_entries(action)]
    finally:
        store.close()


def package_file(path: Path, size: int = 6_000_000) -> Path:
    """A course-package-shaped file (a zip with a manifest and stored media) of about ``size`` bytes."""
    with zipfile.ZipFile(path, "w", zipfile.ZIP_STORED) as z:
        z.writestr("manifest.json", json.dumps({"format": "silkbridge-course", "id": "chest-ct"}))
        z.writestr("content/video.mp4", os.urandom(size))
    return path


@pytest.fixture(scope="module")
def sample_course(tmp_path_factory) -> Path:
    """The shipped sample course, built as ``python -m workstation course sample`` builds it."""
    from courseware.cli import build_sample

    return build_sample(tmp_path_factory.mktemp("course") / "sample.silkcourse")


def test_cohort_catalogue_download_with_cut_resume_and_corruption(hub, tmp_path, started, sample_course):
    from courseware.package import CoursePackage, TextLesson, install

    _, coord = connect(hub, tmp_path, started, "Dr Coordinator", "coordinator", hospital="Hub", country="CN")
    cohort = create_cohort(coord, new_cohort_id(), "Radiology residents 2025", "Chest CT reading",
                           access=COHORT_ACCESS)
    pkg = sample_course
    with CoursePackage.open(pkg) as p:
        m = p.manifest
    ups = []
    entry = publish_course(coord, cohort, pkg, course_id=m.id, version=m.version, title=m.title,
                           languages=m.languages, default_language=m.default_language, description=m.description,
                           progress=lambda d, t, label: ups.append((d, t, label)))
    assert entry.sha256 == hashlib.sha256(pkg.read_bytes()).hexdigest() and entry.size == pkg.stat().st_size
    assert ups[-1][:2] == (entry.size, entry.size) and ups[-1][2].startswith("Uploading")

    # the trainee finds the cohort in the directory, enrols, and sees the course in their language
    trainee, lc = connect(hub, tmp_path, started, "Nguyen Thi Lan", "trainee")
    directory = CohortDirectory(lc)
    directory.open()
    assert wait_for(lambda: [c["room"] for c in directory.list()] == [cohort], 15)
    assert directory.list()[0]["title"] == "Radiology residents 2025"
    catalogue = CourseCatalogue(lc, cohort)
    catalogue.open()
    enrol(lc, cohort)
    assert wait_for(lambda: catalogue.latest(), 15)
    (seen,) = catalogue.latest()
    assert (seen.course_id, seen.version, seen.sha256, seen.size) == (m.id, m.version, entry.sha256, entry.size)
    assert seen.title_in("vi") == m.title["vi"] and seen.title_in("fr") == m.title["en"]  # a language the course lacks: English
    assert seen.title_in("zh-Hans") == m.title["zh-Hans"] != m.title["en"]
    assert seen.published_by == coord.user_id
    assert lc.room_role(cohort) == "viewer"

    # download over a link that is cut (reset) half way: resumes from what it had, not from 0
    port = int(lc.services["blob"].rsplit(":", 1)[1])
    profile = LinkProfile(delay_ms=10, jitter_ms=0, bandwidth_kbit=16_000, loss_pct=0)  # ~2 MB/s
    with LinkEmulator("127.0.0.1", port, profile=profile, seed=11) as link:
        blobs = BlobClient(trainee, f"tcp://127.0.0.1:{link.port}")
        dest = tmp_path / "downloads"
        cancel = threading.Event()
        # 1) the trainee cancels at ~25 %: the part stays, nothing appears under the final name
        with pytest.raises(CourseError) as err:
            download_course(lc, seen, dest, progress=lambda d, t, label: d >= 0.25 * t and cancel.set(),
                            cancel=cancel, blobs=blobs)
        assert err.value.code == "cancelled" and "resumes" in str(err.value)
        part = dest / f"{m.id}-{m.version}.silkcourse.part"
        kept = part.stat().st_size
        assert 0.25 * entry.size <= kept < entry.size and not part.with_suffix("").exists()

        # 2) resumed; the link is reset at ~60 %
        fired, progress = [], []

        def cut(done, total, label):
            progress.append((done, total, label))
            if not fired and done >= 0.6 * total:
                fired.append(link.reset_all())

        before = link.stats.bytes_down
        path = download_course(lc, seen, dest, progress=cut, blobs=blobs)
    assert path == dest / f"{m.id}-{m.version}.silkcourse" and path.read_bytes() == pkg.read_bytes()
    assert not part.exists() and fired and fired[0] >= 1
    assert progress[0][0] == kept and progress[-1][:2] == (entry.size, entry.size)
    assert all(label == f"Downloading {m.title['en']} {m.version}" for *_, label in progress)
    st = blobs.stats
    assert st["resumed_from"][0] == kept and st["reconnects"] >= 1 and st["resumed_from"][1] >= 0.6 * entry.size
    window = blobs.window * blobs.chunk_size
    assert link.stats.bytes_down - before <= entry.size - kept + window + 256 * 1024  # nothing fetched twice
    offsets = [e["detail"]["offset"] for e in audit(hub, "blob.download") if e["user"] == trainee["user_id"]]
    assert offsets[0] == 0 and offsets[1] == kept and len(offsets) >= 3
    # asked again: the intact file is there, nothing travels
    assert download_course(lc, seen, dest) == path
    # the trainee installs it and has the course offline, in Vietnamese
    course = install(path, tmp_path / "courses")
    assert (course.id, course.version) == (m.id, m.version) and not course.verify()
    first_text = next(lesson for *_, lesson in course.manifest.lessons() if isinstance(lesson, TextLesson))
    assert course.body(first_text, "vi") and course.body(first_text, "vi") != course.body(first_text, "en")

    # bit rot in the hub's copy: the download is refused by its sha256 and nothing is kept
    stored = hub.data_dir / "blobs" / entry.sha256
    rotten = bytearray(stored.read_bytes())
    rotten[len(rotten) // 3] ^= 0x01
    stored.write_bytes(bytes(rotten))
    other = tmp_path / "elsewhere" / "copy.silkcourse"
    with pytest.raises(CourseError) as err:
        download_course(lc, seen, other)
    assert err.value.code == "integrity" and "hash to" in str(err.value)
    assert not other.exists() and not other.with_name("copy.silkcourse.part").exists()


def test_trainee_cannot_publish_a_course_and_bad_listings_are_ignored(hub, tmp_path, started):
    _, coord = connect(hub, tmp_path, started, "Dr Coordinator", "coordinator", hospital="Hub", country="CN")
    cohort = create_cohort(coord, new_cohort_id(), "Nurses 2025", access=COHORT_ACCESS)
    pkg = package_file(tmp_path / "p.silkcourse", 200_000)
    good = publish_course(coord, cohort, pkg, course_id="triage", version="2.0.0", title={"en": "Triage"},
                          languages=["en"])
    trainee, lc = connect(hub, tmp_path, started, "Trainee Somchai", "trainee", country="TH")
    catalogue = CourseCatalogue(lc, cohort)
    catalogue.open()
    assert wait_for(lambda: catalogue.joined and catalogue.latest(), 15)

    # the hub refuses (and audits) a course.published from a trainee; it never reaches the room
    errors = []
    lc.error.connect(errors.append)
    body = {"course_id": "fake", "version": "9.9.9", "title": {"en": "Fake"}, "languages": ["en"],
            "size": good.size, "sha256": good.sha256}
    lc.publish(cohort, "course.published", body)
    assert wait_for(lambda: any("may not publish 'course.published'" in e for e in errors), 10), errors
    refused = [e for e in audit(hub, "refused") if e["user"] == trainee["user_id"]]
    assert [e["detail"]["action"] for e in refused] == ["publish"]
    assert "course.published" in refused[0]["detail"]["reason"]
    assert wait_for(lambda: lc.outbox_size() == 0, 10)  # dropped from the outbox: never retried
    # ...and cannot upload a package into the cohort either
    with pytest.raises(CourseError) as err:
        publish_course(lc, cohort, pkg, course_id="fake", version="1.0.0", title={"en": "Fake"}, languages=["en"])
    assert err.value.code == "forbidden" and "trainee" in str(err.value)

    # a coordinator's malformed listing and a re-publish of 2.0.0 with other bytes are ignored
    coord.publish(cohort, "course.published", {**body, "course_id": "x", "sha256": "not-a-hash"})
    other = package_file(tmp_path / "q.silkcourse", 100_000)
    publish_course(coord, cohort, other, course_id="triage", version="2.0.0", title={"en": "Triage"},
                   languages=["en"])
    newer = publish_course(coord, cohort, other, course_id="triage", version="2.10.0", title={"en": "Triage"},
                           languages=["en"])
    assert wait_for(lambda: len(catalogue.ignored) == 2 and len(catalogue.entries()) == 2, 15), catalogue.ignored
    assert "sha256" in catalogue.ignored[0][1] and "already published with other bytes" in catalogue.ignored[1][1]
    assert [e.version for e in catalogue.latest()] == ["2.10.0"] and catalogue.get("triage").sha256 == newer.sha256
    assert catalogue.get("triage", "2.0.0").sha256 == good.sha256
    assert "fake" not in {e.course_id for e in catalogue.entries()}


def test_bad_input_is_refused_with_its_reason(hub, tmp_path, started):
    _, coord = connect(hub, tmp_path, started, "Dr Coordinator", "coordinator", hospital="Hub", country="CN")
    with pytest.raises(CourseError, match="must look like cohort-"):
        create_cohort(coord, "consult-1", "Wrong kind of name")
    cohort = create_cohort(coord, new_cohort_id(), "Cohort", access=COHORT_ACCESS)
    pkg = package_file(tmp_path / "p.silkcourse", 10_000)
    ok = {"course_id": "c1", "version": "1.0.0", "title": {"en": "C"}, "languages": ["en"]}
    for change, needle in (({"course_id": "../etc"}, "course_id"), ({"version": ""}, "version"),
                           ({"title": {}}, "title"), ({"languages": []}, "languages")):
        with pytest.raises(CourseError, match=needle) as err:
            publish_course(coord, cohort, pkg, **{**ok, **change})
        assert err.value.code == "bad-request"
    with pytest.raises(CourseError, match="nowhere.silkcourse"):
        publish_course(coord, cohort, tmp_path / "nowhere.silkcourse", **ok)
    with pytest.raises(CourseError, match="not a member of cohort cohort-never"):
        publish_course(coord, "cohort-never", pkg, **ok)
    entry = publish_course(coord, cohort, pkg, **ok)
    # a different file already sits where the download would go: refused, the file is kept
    clash = tmp_path / "dl" / entry.filename
    clash.parent.mkdir()
    clash.write_bytes(b"my notes")
    with pytest.raises(CourseError, match="move it away"):
        download_course(coord, entry, tmp_path / "dl")
    assert clash.read_bytes() == b"my notes"


def hub_statement_rows(hub, cohort) -> list[str]:
    """Every stored progress.statement event's statement id (repeats included)."""
    import msgspec

    store = Store(hub.data_dir)
    try:
        return [msgspec.msgpack.decode(e.body)["statement"]["id"] for e in store.events_after(cohort, 0)
                if e.kind == "progress.statement"]
    finally:
        store.close()


def published_sample(hub, tmp_path, started, sample_course):
    """A coordinator's cohort with the sample course published: (coordinator client, cohort, entry)."""
    from courseware.package import CoursePackage

    _, coord = connect(hub, tmp_path, started, "Dr Coordinator", "coordinator", hospital="Hub", country="CN")
    cohort = create_cohort(coord, new_cohort_id(), "Residents", access=COHORT_ACCESS)
    with CoursePackage.open(sample_course) as p:
        m = p.manifest
    entry = publish_course(coord, cohort, sample_course, course_id=m.id, version=m.version, title=m.title,
                           languages=m.languages, default_language=m.default_language)
    return coord, cohort, entry


def syncing(lc, cohort, store, uid, started):
    sync = StatementSync(lc, cohort, lambda: store.pending(user=uid), store.mark_synced)
    sync.interval, sync.lost_after = 0.2, 2.0
    store.statements_added.connect(lambda n: sync.wake())
    started.append(sync)
    return sync


def test_a_trainee_answers_offline_restarts_and_the_hub_gets_each_statement_once(hub, tmp_path, started,
                                                                                   sample_course):
    from courseware.package import install
    from courseware.player import CoursePlayer
    from courseware.progress import ProgressStore
    from workstation import coursestate as xs
    from workstation.phantom import PHANTOM_LESION_CENTER_MM

    coord, cohort, entry = published_sample(hub, tmp_path, started, sample_course)
    trainee, lc = connect(hub, tmp_path, started, "Nguyen Thi Lan", "trainee")
    uid, state = trainee["user_id"], lc.state_dir
    catalogue = CourseCatalogue(lc, cohort)
    catalogue.open()
    enrol(lc, cohort)
    assert wait_for(lambda: catalogue.get(entry.course_id), 15)
    course = install(download_course(lc, catalogue.get(entry.course_id), tmp_path / "dl"), tmp_path / "courses")

    progress_path = tmp_path / "progress.sqlite"
    store = ProgressStore(progress_path)
    sync = syncing(lc, cohort, store, uid, started).start()
    player = CoursePlayer(course, store, xs.Learner(id=uid, name="Nguyen Thi Lan"), "vi")
    player.open_lesson("ct-windows")
    player.complete_lesson("ct-windows")
    online = {s["id"] for s in store.statements()}
    assert len(online) == 3  # registered, experienced, completed
    assert wait_for(lambda: not store.pending(), 15)

    # the hub goes away; the trainee takes the case and the quiz offline and completes the course
    hub.stop()
    assert wait_for(lambda: lc.state == "offline", 15)
    player.open_lesson("liver-case")
    player.complete_lesson("liver-case")
    player.start_attempt("liver-quiz")
    player.answer("liver-quiz", "q-window", "abdomen")
    player.answer("liver-quiz", "q-density", "fat")  # wrong
    player.answer("liver-quiz", "q-cyst", ["margin", "homogeneous"])
    player.answer("liver-quiz", "q-find-lesion", PHANTOM_LESION_CENTER_MM)
    assert player.status().completed
    code = player.certificate_code
    offline = [s["id"] for s in store.pending()]
    assert len(offline) >= 8
    # handed to the link (its outbox), but not synced: the hub has not acknowledged anything
    assert wait_for(lambda: lc.outbox_size() == len(offline), 10)
    sync.sync()
    assert [s["id"] for s in store.pending()] == offline

    # the workstation restarts, still offline: the outbox kept them, nothing is handed twice
    sync.stop()
    lc.stop()
    started.remove(lc)
    store.close()
    store = ProgressStore(progress_path)
    lc2 = LinkClient(trainee, state)
    CourseCatalogue(lc2, cohort).open()  # joined before start: the outbox replay finds the room
    lc2.start()
    started.append(lc2)
    sync2 = syncing(lc2, cohort, store, uid, started)
    assert sync2.sync() == {"synced": 0, "handed": 0, "waiting": len(offline)}
    assert lc2.outbox_size() == len(offline)
    sync2.start()

    # back online: every statement reaches the hub once and only then is marked synced
    hub.start()
    assert wait_for(lambda: not store.pending(), 30), lc2.state
    assert lc2.outbox_size() == 0
    everything = [s["id"] for s in store.statements()]
    assert set(everything) == online | set(offline)
    assert sorted(hub_statement_rows(hub, cohort)) == sorted(everything)  # each stored exactly once
    assert wait_for(lambda: sync2.stats == {"handed": 0, "synced": len(offline), "rehanded": 0}, 5), sync2.stats

    # the coordinator's report: Lan completed the course, the certificate's code checks out
    assert wait_for(lambda: len(cohort_statements(coord.history(cohort))) == len(everything), 15)
    report = CohortReport()
    report.extend(cohort_statements(coord.history(cohort)))
    assert (report.accepted, report.duplicates, report.refused) == (len(everything), 0, [])
    lan = report.progress(uid, entry.course_id)
    assert lan.completed and lan.certificate_code == code and lan.name == "Nguyen Thi Lan"
    (q_density,) = [q for q in report.questions() if q.question == "q-density"]
    assert (q_density.attempts, q_density.correct) == (1, 0)
    assert xs.verify_certificate(code, hub_cohort_statements(hub.data_dir, cohort)).user == uid
    enrolled = [ev for ev in coord.history(cohort) if ev.kind == "progress.enrolled"]
    assert [(ev.sender, ev.body["name"]) for ev in enrolled] == [(uid, "Nguyen Thi Lan")]


def test_acks_lost_in_a_cut_link_and_a_restart_while_online_store_nothing_twice(hub, tmp_path, started):
    """The link stalls while statements are on their way: the hub stores them but the trainee never
    hears the acks, and restarts. The outbox replay is a duplicate (or refused: the room is joined
    after the start here), the room's log shows what the hub holds: nothing is sent twice."""
    from courseware.progress import ProgressStore
    from workstation import coursestate as xs

    _, coord = connect(hub, tmp_path, started, "Dr Coordinator", "coordinator", hospital="Hub", country="CN")
    cohort = create_cohort(coord, new_cohort_id(), "Residents", access=COHORT_ACCESS)
    trainee = hub.enrol("Somchai Prasert", "trainee", country="TH")
    uid = trainee["user_id"]
    port = int(hub.address.rsplit(":", 1)[1])
    me = xs.Learner(id=uid, name="Somchai Prasert")
    course = xs.course_activity("chest-ct", "1.0.0")

    def lessons(names):
        return [xs.experienced(me, xs.lesson_activity("chest-ct", "1.0.0", "m1", n), timestamp=1_740_000_000 + i)
                for i, n in enumerate(names)]

    store = ProgressStore(tmp_path / "progress.sqlite")
    profile = LinkProfile(delay_ms=5, jitter_ms=0, bandwidth_kbit=None, loss_pct=0)
    with LinkEmulator("127.0.0.1", port, profile=profile, seed=3) as link:
        lc = LinkClient(dict(trainee, hub_address=f"tcp://127.0.0.1:{link.port}"), tmp_path / "link")
        CourseCatalogue(lc, cohort).open()
        lc.start()
        started.append(lc)
        assert wait_for(lambda: lc.room_role(cohort) == "viewer", 15)
        sync = syncing(lc, cohort, store, uid, started).start()
        store.add_statements([xs.registered(me, course, timestamp=1_739_999_999)])
        assert wait_for(lambda: not store.pending(), 15)

        link.cut(3.0)  # nothing moves either way for 3 s; the connection stays open
        late = lessons(["a", "b", "c", "d"])
        store.add_statements(late)
        assert wait_for(lambda: sync.stats["handed"] == 5 and lc.outbox_size() == 4, 5)
        sync.stop()
        lc.stop()  # before the link recovers: the acks will never reach this session
        started.remove(lc)
        # when the stall ends the held publishes reach the hub, which stores them
        assert wait_for(lambda: len(hub_statement_rows(hub, cohort)) == 5, 15)
        assert {s["id"] for s in store.pending()} == {st.id for st in late}  # not synced: no ack was seen

    lc2 = LinkClient(trainee, tmp_path / "link").start()  # the hub is up; the room is joined after the start
    started.append(lc2)
    assert wait_for(lambda: lc2.state == "online", 15)
    CourseCatalogue(lc2, cohort).open()
    sync2 = syncing(lc2, cohort, store, uid, started).start()
    assert wait_for(lambda: not store.pending() and sync2.stats["synced"] == 4, 20), sync2.stats
    assert sync2.stats["handed"] == 0 and sync2.stats["rehanded"] == 0
    assert lc2.outbox_size() == 0
    rows = hub_statement_rows(hub, cohort)
    assert sorted(rows) == sorted(s["id"] for s in store.statements())  # 5, each once


def run_cli(*args) -> "subprocess.CompletedProcess":
    import subprocess
    import sys

    root = Path(__file__).resolve().parent.parent
    return subprocess.run([sys.executable, "-m", "workstation", *args], capture_output=True, text=True, cwd=root,
                          timeout=120)


def test_hub_course_report_and_certificate_check(hub, tmp_path, started):
    import csv
    import io

    from courseware.progress import ProgressStore
    from workstation import coursestate as xs

    _, coord = connect(hub, tmp_path, started, "Dr Coordinator", "coordinator", hospital="Hub", country="CN")
    cohort = create_cohort(coord, new_cohort_id(), "Residents 2025", access=COHORT_ACCESS)
    course = xs.course_activity("chest-ct", "1.0.0", TITLE, lessons_total=2)
    intro = xs.lesson_activity("chest-ct", "1.0.0", "m1", "intro", {"en": "Introduction"})
    quiz = xs.lesson_activity("chest-ct", "1.0.0", "m1", "quiz", {"en": "Quiz"}, kind="quiz")
    q1 = xs.question_activity("chest-ct", "1.0.0", "m1", "quiz", "q1", {"en": "Where is the lesion?"})

    def take(name, country, good):
        bundle, lc = connect(hub, tmp_path, started, name, "trainee", country=country)
        enrol(lc, cohort)
        assert wait_for(lambda: lc.room_role(cohort) == "viewer", 15)
        me = xs.Learner(id=bundle["user_id"], name=name)
        t = 1_740_000_000.0
        stmts = [xs.registered(me, course, timestamp=t), xs.experienced(me, intro, timestamp=t + 1),
                 xs.completed(me, intro, timestamp=t + 2),
                 xs.answered(me, q1, response="b", success=False, attempt=1, timestamp=t + 3)]
        if good:
            stmts += [xs.answered(me, q1, response="a", success=True, attempt=2, timestamp=t + 4),
                      xs.passed(me, quiz, points=xs.score(1, 1), attempt=2, timestamp=t + 5),
                      xs.completed(me, course, points=xs.score(9, 10), success=True, timestamp=t + 6)]
        store = ProgressStore(tmp_path / f"progress-{bundle['user_id']}.sqlite")
        store.add_statements(stmts)
        syncing(lc, cohort, store, bundle["user_id"], started).start()
        assert wait_for(lambda: not store.pending(), 20)
        return bundle, lc, stmts

    lan, _, lan_stmts = take("Nguyen Thi Lan", "VN", good=True)
    som, som_lc, _ = take("Somchai Prasert", "TH", good=False)
    # Somchai reports a course completion in Lan's name: the hub stores it, nobody counts it
    forged = xs.completed(xs.Learner(id=lan["user_id"], name="Nguyen Thi Lan"), course, points=xs.score(10, 10),
                          success=True, timestamp=1_740_000_100.0)
    som_lc.publish(cohort, "progress.statement", {"statement": xs.to_dict(forged)})
    assert wait_for(lambda: som_lc.outbox_size() == 0, 10)

    out = tmp_path / "report.csv"
    r = run_cli("hub-course-report", "--data", str(hub.data_dir), "--cohort", cohort, "--csv", str(out),
                "--questions-csv", str(tmp_path / "questions.csv"), "--language", "vi")
    assert r.returncode == 0, r.stderr
    summary = json.loads(r.stdout)
    assert (summary["trainees"], summary["completed"], summary["statements"]) == (2, 1, 11)
    assert summary["hardest"][0]["question"] == "chest-ct/m1/quiz/q1" and summary["hardest"][0]["attempts"] == 3
    rows = {row["name"]: row for row in csv.DictReader(io.StringIO(out.read_text(encoding="utf-8-sig")))}
    assert set(rows) == {"Nguyen Thi Lan", "Somchai Prasert"}
    lan_row, som_row = rows["Nguyen Thi Lan"], rows["Somchai Prasert"]
    code = xs.certificate_code(lan_stmts[-1])
    assert (lan_row["status"], lan_row["completed"], lan_row["course_score_pct"], lan_row["certificate_code"]) == \
        ("completed", "yes", "90.0", code)
    assert lan_row["course_title"] == "Đọc CT ngực/bụng" and lan_row["lessons_completed"] == "2"
    assert (som_row["status"], som_row["completed"], som_row["certificate_code"]) == ("in progress", "no", "")
    questions = list(csv.DictReader(io.StringIO((tmp_path / "questions.csv").read_text(encoding="utf-8-sig"))))
    assert [(q["question"], q["attempts"], q["correct"]) for q in questions] == [("q1", "3", "1")]
    # without --csv the table goes to stdout
    r = run_cli("hub-course-report", "--data", str(hub.data_dir), "--cohort", cohort)
    assert r.returncode == 0 and r.stdout.splitlines()[0].startswith("user_id,name,course")
    assert len(r.stdout.splitlines()) == 3
    # a wrong cohort or directory is named, nothing is created
    r = run_cli("hub-course-report", "--data", str(hub.data_dir), "--cohort", "cohort-nope")
    assert r.returncode == 2 and "no room 'cohort-nope'" in r.stderr and cohort in r.stderr
    r = run_cli("hub-course-report", "--data", str(tmp_path / "typo"), "--cohort", cohort)
    assert r.returncode == 2 and "hub.sqlite missing" in r.stderr and not (tmp_path / "typo").exists()
    r = run_cli("hub-course-report", "--data", str(hub.data_dir), "--cohort", cohort, "--csv",
                str(tmp_path / "no" / "dir.csv"))
    assert r.returncode == 2 and "cannot write the CSV" in r.stderr

    # the certificate's code is accepted, with who and what; a wrong one is not
    r = run_cli("hub-verify-certificate", "--data", str(hub.data_dir), code.lower().replace("-", " "))
    assert r.returncode == 0, r.stderr
    got = json.loads(r.stdout)
    assert got["valid"] is True and got["code"] == code
    assert (got["user_id"], got["name"], got["country"], got["course"], got["version"], got["score_pct"]) == \
        (lan["user_id"], "Nguyen Thi Lan", "VN", "chest-ct", "1.0.0", 90.0)
    for bad in (xs.certificate_code(forged), "AAAA-BBBB-CCCC"):
        r = run_cli("hub-verify-certificate", "--data", str(hub.data_dir), bad)
        assert r.returncode == 1 and json.loads(r.stdout)["valid"] is False, (bad, r.stdout, r.stderr)
    r = run_cli("hub-verify-certificate", "--data", str(hub.data_dir), "not-a-code")
    assert r.returncode == 2 and "not a certificate verification code" in r.stderr
