"""Course packages: the shipped sample course, integrity checks, the validator and atomic install.

A good package is built once with the real sample builder; every broken package below is derived
from it the way a damaged download, a careless author or an attacker would produce it (editing
the ZIP, the manifest, or the files), and must be refused for its own reason, at its location,
without changing the courses folder.
"""

from __future__ import annotations

import hashlib
import json
import shutil
import zipfile
from pathlib import Path

import numpy as np
import pydicom
import pytest

from courseware.cli import build_sample
from courseware.package import (
    CoursePackage,
    ImageQuestion,
    InstalledCourse,
    MultipleQuestion,
    PackageError,
    SingleQuestion,
    build,
    collect_files,
    find_installed,
    install,
    installed_courses,
    uninstall,
)
from courseware.validate import validate
from workstation.dicom.assemble import load_series_dir
from workstation.phantom import PHANTOM_LESION_CENTER_MM, PHANTOM_LESION_RADIUS_MM

COURSE_ID = "reading-chest-abdomen-ct"
QUIZ = "modules[1].lessons[1]"


@pytest.fixture(scope="module")
def sample(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("sample") / f"{COURSE_ID}-1.0.0.silkcourse"
    return build_sample(out)


@pytest.fixture(scope="module")
def sample_tree(sample, tmp_path_factory) -> Path:
    """The sample package unpacked (manifest with its files table + content/)."""
    root = tmp_path_factory.mktemp("sample-tree")
    with zipfile.ZipFile(sample) as zf:
        zf.extractall(root)
    return root


def _tree_copy(sample_tree: Path, dest: Path) -> Path:
    shutil.copytree(sample_tree, dest)
    return dest


def _manifest(root: Path) -> dict:
    return json.loads((root / "manifest.json").read_text(encoding="utf-8"))


def _pack(root: Path, out: Path, manifest: dict | None = None, files_table: bool = True,
          extra_members: dict[str, bytes] | None = None) -> Path:
    """Write a ZIP from a folder the way a third-party tool would, without validating anything.

    With ``files_table`` the table is recomputed from the folder (a consistent but possibly
    invalid course); otherwise the manifest's own table is kept (so edits show as tampering)."""
    manifest = dict(manifest if manifest is not None else _manifest(root))
    if files_table:
        manifest["files"] = {k: {"sha256": v.sha256, "size": v.size} for k, v in collect_files(root).items()}
    with zipfile.ZipFile(out, "w") as zf:
        zf.writestr("manifest.json", json.dumps(manifest, ensure_ascii=False, indent=1))
        for p in sorted((root / "content").rglob("*")):
            if p.is_file():
                zf.write(p, p.relative_to(root).as_posix())
        for name, data in (extra_members or {}).items():
            zf.writestr(name, data)
    return out


def _snapshot(folder: Path) -> dict[str, str] | None:
    if not folder.exists():
        return None
    return {p.relative_to(folder).as_posix(): (hashlib.sha256(p.read_bytes()).hexdigest() if p.is_file() else "dir")
            for p in sorted(folder.rglob("*"))}


def _refused(pkg: Path, courses: Path) -> list[str]:
    """Install must fail with PackageError and leave ``courses`` untouched; the problems as text."""
    before = _snapshot(courses)
    with pytest.raises(PackageError) as info:
        install(pkg, courses)
    assert _snapshot(courses) == before, "a refused install changed the courses folder"
    text = [str(p) for p in info.value.problems]
    assert str(pkg) in str(info.value)
    return text


def _has(problems, location: str, words: str) -> bool:
    return any(str(p).startswith(location + ":") and words.lower() in str(p).lower() for p in problems)


# ---------------------------------------------------------------- the good sample

def test_sample_course_is_valid_and_complete(sample):
    assert validate(sample) == []
    with CoursePackage.open(sample) as pkg:
        m = pkg.manifest
        assert (m.format, m.format_version, m.id, m.version) == ("silkbridge-course", 1, COURSE_ID, "1.0.0")
        assert m.languages == ["en", "zh-Hans", "vi", "th", "lo", "km", "my", "ms", "id"] and m.default_language == "en"
        assert pkg.text(m.title, "en") == "Reading chest/abdomen CT"
        assert pkg.text(m.title, "zh-Hans") == "胸腹部CT阅片"
        assert pkg.text(m.title, "vi") == "Đọc phim CT ngực – bụng"
        assert pkg.text(m.title, "th") == "การอ่านภาพ CT ทรวงอกและช่องท้อง"
        assert pkg.text(m.title, "fr") == "Reading chest/abdomen CT"  # fallback: default language
        kinds = [lesson.__struct_config__.tag for _, _, _, lesson in m.lessons()]
        assert kinds == ["text", "case", "quiz"]
        text_lesson, case, quiz = (lesson for _, _, _, lesson in m.lessons())
        assert "Hounsfield" in pkg.body(text_lesson, "en")
        assert "亨氏单位" in pkg.body(text_lesson, "zh-Hans")
        assert "Đơn vị Hounsfield" in pkg.body(text_lesson, "vi")
        assert "di căn" in pkg.body(case, "vi") and "转移瘤" in pkg.body(case, "zh-Hans")
        assert pkg.read("content/images/windows.png")[:8] == b"\x89PNG\r\n\x1a\n"
        assert case.window == "abdomen" and len(pkg.series_files(case.series)) == 100
        assert [type(q) for q in quiz.questions] == [SingleQuestion, SingleQuestion, MultipleQuestion, ImageQuestion]
        image_q = quiz.questions[3]
        assert image_q.case == case.id
        assert tuple(image_q.region.center_mm) == PHANTOM_LESION_CENTER_MM
        assert image_q.region.radius_mm == PHANTOM_LESION_RADIUS_MM
        for q in quiz.questions:
            assert set(q.prompt) == set(q.explanation) == set(m.languages)
    with zipfile.ZipFile(sample) as zf:
        methods = {i.filename: i.compress_type for i in zf.infolist()}
    assert methods["manifest.json"] == zipfile.ZIP_DEFLATED
    assert methods["content/ct-windows.zh-Hans.md"] == zipfile.ZIP_DEFLATED
    assert methods["content/cases/phantom/IM0001.dcm"] == zipfile.ZIP_STORED
    assert methods["content/images/windows.png"] == zipfile.ZIP_STORED


def test_install_then_the_case_region_is_on_the_phantom_lesion(sample, tmp_path):
    courses = tmp_path / "courses"
    course = install(sample, courses)
    assert course.root == courses / COURSE_ID / "1.0.0"
    assert course.verify() == []
    assert installed_courses(courses) == [course]
    case = course.manifest.lesson("liver-case")
    ds = pydicom.dcmread(next(course.series_dir(case).iterdir()))
    assert ds.PatientIdentityRemoved == "YES" and "Phantom" in str(ds.PatientName)
    (volume,) = load_series_dir(course.series_dir(case))
    region = course.manifest.lesson("liver-quiz").questions[3].region
    i, j, k = np.rint(volume.patient_to_index(region.center_mm)).astype(int)
    assert abs(int(volume.array[k, j, i]) - 15) < 25  # the hypodense lesion (15 HU, noise 5 HU)
    liver = np.array(region.center_mm) + [region.radius_mm + 8, 0, 0]  # beside the lesion, in the liver
    i, j, k = np.rint(volume.patient_to_index(liver)).astype(int)
    assert abs(int(volume.array[k, j, i]) - 60) < 25
    # the Markdown of an installed course and its fallback
    assert "Case: a hypodense lesion" in course.body(case, "en")
    assert course.body(case, "fr") == course.body(case, "en")


def test_installing_the_same_version_twice_is_a_no_op(sample, tmp_path):
    courses = tmp_path / "courses"
    first = install(sample, courses)
    before = _snapshot(courses)
    again = install(sample, courses)
    assert again == first and _snapshot(courses) == before


def test_a_different_package_with_an_installed_version_is_refused(sample, sample_tree, tmp_path):
    courses = tmp_path / "courses"
    install(sample, courses)
    root = _tree_copy(sample_tree, tmp_path / "tree")
    (root / "content" / "ct-windows.en.md").write_text("# Changed\n\nSomething else.\n", encoding="utf-8")
    changed = _pack(root, tmp_path / "changed.silkcourse")
    assert validate(changed) == []
    problems = _refused(changed, courses)
    assert _has(problems, "version", "already installed from a different package")
    # a new version installs beside the old one
    m = _manifest(root)
    m["version"] = "1.1.0"
    newer = install(_pack(root, tmp_path / "newer.silkcourse", m), courses)
    assert [c.version for c in installed_courses(courses)] == ["1.0.0", "1.1.0"]
    assert find_installed(COURSE_ID, courses_dir=courses) == newer
    uninstall(newer)
    assert [c.version for c in installed_courses(courses)] == ["1.0.0"]


def test_build_from_a_source_folder(sample_tree, tmp_path):
    root = _tree_copy(sample_tree, tmp_path / "src")
    m = _manifest(root)
    del m["files"]  # an author's folder: build computes the table
    (root / "manifest.json").write_text(json.dumps(m, ensure_ascii=False), encoding="utf-8")
    assert validate(root) == []
    out = build(root, tmp_path / "out" / "course.silkcourse")
    with CoursePackage.open(out) as pkg:
        assert pkg.manifest.files == CoursePackage.open(sample_tree).manifest.files
    assert validate(out) == []


def test_build_refuses_an_invalid_folder_and_writes_nothing(sample_tree, tmp_path):
    root = _tree_copy(sample_tree, tmp_path / "src")
    m = _manifest(root)
    del m["title"]["vi"]
    (root / "manifest.json").write_text(json.dumps(m, ensure_ascii=False), encoding="utf-8")
    (root / "notes.txt").write_text("author's notes")
    with pytest.raises(PackageError) as info:
        build(root, tmp_path / "out.silkcourse")
    problems = [str(p) for p in info.value.problems]
    assert _has(problems, "title.vi", "missing translation (vi)")
    assert _has(problems, "notes.txt", "outside content/")
    assert list(tmp_path.glob("out.silkcourse*")) == [] and list(tmp_path.glob(".out.silkcourse*")) == []


def test_validate_and_build_refuse_symbolic_links_alike(sample_tree, tmp_path):
    """A link in a course folder would pack a file from outside the course (or follow a linked
    folder anywhere on the disk): validate and build refuse the same links for the same reason."""
    outside = tmp_path / "outside"
    (outside / "private").mkdir(parents=True)
    (outside / "secret.md").write_text("not part of the course")
    (outside / "private" / "notes.md").write_text("not part of the course either")
    root = _tree_copy(sample_tree, tmp_path / "src")
    m = _manifest(root)
    del m["files"]
    (root / "manifest.json").write_text(json.dumps(m, ensure_ascii=False), encoding="utf-8")
    assert validate(root) == []
    (root / "content" / "extra.md").symlink_to(outside / "secret.md")
    (root / "content" / "linked").symlink_to(outside / "private", target_is_directory=True)
    (root / "readme.md").symlink_to(outside / "secret.md")

    by_validate = sorted(str(p) for p in validate(root))
    with pytest.raises(PackageError) as info:
        build(root, tmp_path / "out.silkcourse")
    by_build = sorted(str(p) for p in info.value.problems)
    assert by_validate == by_build
    for rel in ("content/extra.md", "content/linked", "readme.md"):
        assert _has(by_validate, rel, "symbolic links are not allowed")
    assert not any("secret" in p or "notes.md" in p for p in by_validate)
    assert list(tmp_path.glob("out.silkcourse*")) == [] and list(tmp_path.glob(".out.silkcourse*")) == []

    # an unpacked course whose listed file was replaced by a link: refused too, and named once
    tree = _tree_copy(sample_tree, tmp_path / "tree")
    lesson = tree / "content" / "liver-case.en.md"
    (outside / "liver-case.en.md").write_bytes(lesson.read_bytes())  # same bytes, same SHA-256
    lesson.unlink()
    lesson.symlink_to(outside / "liver-case.en.md")
    problems = [str(p) for p in validate(tree)]
    assert _has(problems, "content/liver-case.en.md", "symbolic links are not allowed")
    assert not _has(problems, "content/liver-case.en.md", "missing")
    with pytest.raises(PackageError, match="symbolic links are not allowed"):
        CoursePackage.open(tree)


# ---------------------------------------------------------------- tampered and damaged packages

def test_file_edited_after_build_is_a_sha_mismatch(sample_tree, tmp_path):
    root = _tree_copy(sample_tree, tmp_path / "tree")
    md = root / "content" / "ct-windows.vi.md"
    md.write_text(md.read_text(encoding="utf-8").replace("0 HU", "10 HU"), encoding="utf-8")
    pkg = _pack(root, tmp_path / "edited.silkcourse", files_table=False)
    for problems in ([str(p) for p in validate(pkg)], _refused(pkg, tmp_path / "courses")):
        assert _has(problems, "content/ct-windows.vi.md", "SHA-256 mismatch")
    with pytest.raises(PackageError, match="content/ct-windows.vi.md: SHA-256 mismatch"):
        CoursePackage.open(pkg)


def test_same_size_edit_of_a_dicom_file_is_caught(sample_tree, tmp_path):
    root = _tree_copy(sample_tree, tmp_path / "tree")
    dcm = root / "content" / "cases" / "phantom" / "IM0050.dcm"
    data = bytearray(dcm.read_bytes())
    data[-100] ^= 0xFF  # one pixel changed, same size
    dcm.write_bytes(bytes(data))
    problems = _refused(_pack(root, tmp_path / "px.silkcourse", files_table=False), tmp_path / "courses")
    assert _has(problems, "content/cases/phantom/IM0050.dcm", "SHA-256 mismatch")


def test_extra_file_is_refused(sample_tree, tmp_path):
    root = _tree_copy(sample_tree, tmp_path / "tree")
    pkg = _pack(root, tmp_path / "extra.silkcourse", files_table=False,
                extra_members={"content/run-me.sh": b"#!/bin/sh\necho hi\n"})
    problems = _refused(pkg, tmp_path / "courses")
    assert _has(problems, "content/run-me.sh", "extra file not listed")
    assert [str(p) for p in validate(pkg)] == problems


def test_missing_file_is_refused(sample_tree, tmp_path):
    root = _tree_copy(sample_tree, tmp_path / "tree")
    (root / "content" / "liver-case.zh-Hans.md").unlink()
    problems = _refused(_pack(root, tmp_path / "missing.silkcourse", files_table=False), tmp_path / "courses")
    assert _has(problems, "content/liver-case.zh-Hans.md", "missing")


def test_path_traversal_is_refused_and_nothing_is_written_outside(sample_tree, tmp_path):
    root = _tree_copy(sample_tree, tmp_path / "tree")
    evil = b"owned\n"
    m = _manifest(root)
    m["files"]["../evil.txt"] = {"sha256": hashlib.sha256(evil).hexdigest(), "size": len(evil)}
    m["files"]["content/../../evil2.txt"] = {"sha256": hashlib.sha256(evil).hexdigest(), "size": len(evil)}
    pkg = _pack(root, tmp_path / "evil.silkcourse", m, files_table=False,
                extra_members={"../evil.txt": evil, "content/../../evil2.txt": evil})
    courses = tmp_path / "deep" / "courses"
    courses.mkdir(parents=True)
    problems = _refused(pkg, courses)
    assert any("../evil.txt" in p and "path traversal" in p for p in problems)
    assert any("evil2.txt" in p and "path traversal" in p for p in problems)
    assert not any("missing" in p for p in problems)
    assert not list(tmp_path.rglob("evil*.txt"))


def test_absolute_path_is_refused(sample_tree, tmp_path):
    root = _tree_copy(sample_tree, tmp_path / "tree")
    pkg = _pack(root, tmp_path / "abs.silkcourse", files_table=False, extra_members={"/tmp/abs.txt": b"x"})
    problems = _refused(pkg, tmp_path / "courses")
    assert any("abs.txt" in p and ("absolute path" in p or "outside content/" in p) for p in problems)


def test_unknown_format_version_is_refused(sample_tree, tmp_path):
    root = _tree_copy(sample_tree, tmp_path / "tree")
    m = _manifest(root)
    m["format_version"] = 2
    m["a_field_from_the_future"] = {"x": 1}
    problems = _refused(_pack(root, tmp_path / "v2.silkcourse", m), tmp_path / "courses")
    assert problems == ["format_version: unsupported format version 2; this version reads 1 "
                        "(written by a newer Silkbridge: update to open it)"]


def test_unknown_optional_fields_are_ignored(sample_tree, tmp_path):
    root = _tree_copy(sample_tree, tmp_path / "tree")
    m = _manifest(root)
    m["cover_image"] = "content/cover.png"
    m["modules"][0]["estimated_minutes"] = 10
    m["modules"][1]["lessons"][1]["questions"][0]["difficulty"] = "easy"
    pkg = _pack(root, tmp_path / "extra-fields.silkcourse", m)
    assert validate(pkg) == []
    assert install(pkg, tmp_path / "courses").manifest.modules[0].id == "ct-basics"


def test_wrong_format_is_refused(sample_tree, tmp_path):
    root = _tree_copy(sample_tree, tmp_path / "tree")
    m = _manifest(root)
    m["format"] = "scorm"
    problems = _refused(_pack(root, tmp_path / "f.silkcourse", m), tmp_path / "courses")
    assert _has(problems, "format", "expected 'silkbridge-course'")


def test_not_a_zip_and_truncated_zip_are_refused(sample, tmp_path):
    courses = tmp_path / "courses"
    text = tmp_path / "notes.silkcourse"
    text.write_text("this is not a course\n")
    problems = _refused(text, courses)
    assert problems[0].startswith("notes.silkcourse: not a course package")
    assert [str(p) for p in validate(text)] == problems

    data = sample.read_bytes()
    for cut in (len(data) // 2, len(data) - 30):
        truncated = tmp_path / f"cut-{cut}.silkcourse"
        truncated.write_bytes(data[:cut])
        problems = _refused(truncated, courses)
        assert problems and "not a course package" in problems[0]
        assert validate(truncated)

    empty = tmp_path / "empty.silkcourse"
    empty.write_bytes(b"")
    assert "not a course package" in _refused(empty, courses)[0]


def test_zip_without_manifest_is_refused(tmp_path):
    pkg = tmp_path / "photos.silkcourse"
    with zipfile.ZipFile(pkg, "w") as zf:
        zf.writestr("content/a.md", "# a\n")
    problems = _refused(pkg, tmp_path / "courses")
    assert problems == ["manifest.json: missing: this ZIP is not a course package"]


def test_damaged_member_in_the_middle_is_refused(sample, tmp_path):
    """Bytes flipped inside a stored DICOM member: the ZIP is readable, the CRC / SHA-256 is not."""
    data = bytearray(sample.read_bytes())
    with zipfile.ZipFile(sample) as zf:
        info = zf.getinfo("content/cases/phantom/IM0010.dcm")
    start = info.header_offset + 30 + len(info.filename) + len(info.extra) + 500
    data[start:start + 8] = b"\0" * 8
    damaged = tmp_path / "damaged.silkcourse"
    damaged.write_bytes(bytes(data))
    problems = _refused(damaged, tmp_path / "courses")
    assert any(p.startswith("content/cases/phantom/IM0010.dcm:") for p in problems)


# ---------------------------------------------------------------- the validator's content checks

def test_missing_translation(sample_tree, tmp_path):
    root = _tree_copy(sample_tree, tmp_path / "tree")
    m = _manifest(root)
    del m["modules"][0]["lessons"][0]["body"]["vi"]
    del m["modules"][1]["lessons"][1]["questions"][2]["choices"][1]["text"]["zh-Hans"]
    m["modules"][1]["title"]["vi"] = "  "
    pkg = _pack(root, tmp_path / "t.silkcourse", m)
    problems = _refused(pkg, tmp_path / "courses")
    assert sorted(problems) == sorted([
        "modules[0].lessons[0].body.vi: missing translation (vi): no Markdown body",
        f"{QUIZ}.questions[2].choices[1].text.zh-Hans: missing translation (zh-Hans)",
        "modules[1].title.vi: missing translation (vi)",
    ])
    assert sorted(str(p) for p in validate(pkg)) == sorted(problems)


def test_answer_not_among_choices(sample_tree, tmp_path):
    root = _tree_copy(sample_tree, tmp_path / "tree")
    m = _manifest(root)
    m["modules"][1]["lessons"][1]["questions"][0]["answer"] = ["spleen"]
    m["modules"][1]["lessons"][1]["questions"][2]["answer"] = ["margin", "cyst", "margin"]
    problems = _refused(_pack(root, tmp_path / "a.silkcourse", m), tmp_path / "courses")
    assert _has(problems, f"{QUIZ}.questions[0].answer[0]", "answer 'spleen' is not among the choices")
    assert _has(problems, f"{QUIZ}.questions[2].answer[1]", "answer 'cyst' is not among the choices")
    assert _has(problems, f"{QUIZ}.questions[2].answer", "listed 2 times")
    assert len(problems) == 3


def test_single_choice_with_two_answers(sample_tree, tmp_path):
    root = _tree_copy(sample_tree, tmp_path / "tree")
    m = _manifest(root)
    m["modules"][1]["lessons"][1]["questions"][1]["answer"] = ["water", "fat"]
    problems = _refused(_pack(root, tmp_path / "s.silkcourse", m), tmp_path / "courses")
    assert problems == [f"{QUIZ}.questions[1].answer: a single-choice question has exactly one answer, not 2"]


def test_image_region_outside_the_phantom_volume(sample_tree, tmp_path):
    root = _tree_copy(sample_tree, tmp_path / "tree")
    m = _manifest(root)
    m["modules"][1]["lessons"][1]["questions"][3]["region"]["center_mm"] = [-35.0, -5.0, 135.0]
    pkg = _pack(root, tmp_path / "r.silkcourse", m)
    problems = _refused(pkg, tmp_path / "courses")
    assert len(problems) == 1
    assert _has(problems, f"{QUIZ}.questions[3].region.center_mm", "(-35, -5, 135) mm is outside the volume")
    assert "case 'liver-case'" in problems[0]
    # just inside the last slice is fine (the volume spans z -100..100 mm)
    m["modules"][1]["lessons"][1]["questions"][3]["region"]["center_mm"] = [-35.0, -5.0, 99.5]
    assert validate(_pack(root, tmp_path / "r2.silkcourse", m)) == []


def test_image_question_needs_a_case_lesson(sample_tree, tmp_path):
    root = _tree_copy(sample_tree, tmp_path / "tree")
    m = _manifest(root)
    m["modules"][1]["lessons"][1]["questions"][3]["case"] = "ct-windows"
    m["modules"][1]["lessons"][1]["questions"][3]["region"]["radius_mm"] = 0
    problems = _refused(_pack(root, tmp_path / "c.silkcourse", m), tmp_path / "courses")
    assert sorted(problems) == sorted([
        f"{QUIZ}.questions[3].case: lesson 'ct-windows' is a TextLesson, not a case lesson",
        f"{QUIZ}.questions[3].region.radius_mm: 0.0: the radius must be positive",
    ])


def test_every_problem_is_reported_with_its_location(sample_tree, tmp_path):
    root = _tree_copy(sample_tree, tmp_path / "tree")
    m = _manifest(root)
    quiz = m["modules"][1]["lessons"][1]
    del m["description"]["zh-Hans"]
    m["modules"][1]["lessons"][0]["id"] = "ct-windows"  # duplicate lesson id
    m["modules"][1]["lessons"][0]["window"] = "liver"
    quiz["pass_mark"] = 1.5
    quiz["max_attempts"] = 0
    quiz["questions"][1]["id"] = "q-window"
    quiz["questions"][0]["answer"] = ["kidney"]
    quiz["questions"][3]["region"]["center_mm"] = [500.0, 0.0, 0.0]
    m["modules"][0]["lessons"].append({"kind": "video", "id": "v1", "title": {"en": "A broadcast"},
                                       "video": "content/broadcast.mp4"})
    md = root / "content" / "ct-windows.en.md"
    md.write_text(md.read_text(encoding="utf-8") + "\n![chest](images/chest.png)\n![web](https://example.org/x.png)\n"
                  "\n| view | image |\n|---|---|\n| axial | ![in a table](images/axial.png) |\n", encoding="utf-8")
    pkg = _pack(root, tmp_path / "many.silkcourse", m)
    problems = [str(p) for p in validate(pkg)]
    expected = [
        ("description.zh-Hans", "missing translation"),
        ("modules[0].lessons[0].id", "duplicate lesson id 'ct-windows'"),
        ("modules[1].lessons[0].id", "duplicate lesson id 'ct-windows'"),
        ("modules[1].lessons[0].window", "unknown window preset 'liver'"),
        (f"{QUIZ}.pass_mark", "not between 0 and 1"),
        (f"{QUIZ}.max_attempts", "at least 1 attempt"),
        (f"{QUIZ}.questions[1].id", "duplicate question id 'q-window'"),
        (f"{QUIZ}.questions[0].answer[0]", "'kidney' is not among the choices"),
        *[(f"modules[0].lessons[1].title.{lang}", "missing translation") for lang in m["languages"] if lang != "en"],
        ("modules[0].lessons[1].video", "video content/broadcast.mp4 is not in the package"),
        ("content/ct-windows.en.md", "image 'images/chest.png' is not in the package"),
        ("content/ct-windows.en.md", "image 'https://example.org/x.png' is outside the package"),
        ("content/ct-windows.en.md", "image 'images/axial.png' is not in the package"),
    ]
    for location, words in expected:
        assert _has(problems, location, words), (location, words, problems)
    # the case lesson was renamed, so the image question points at nothing
    assert _has(problems, f"{QUIZ}.questions[3].case", "there is no case lesson 'liver-case'")
    assert len(problems) == len(expected) + 2  # and question[0].id is a duplicate too
    assert _refused(pkg, tmp_path / "courses") == problems


def test_schema_errors_are_all_reported(sample_tree, tmp_path):
    root = _tree_copy(sample_tree, tmp_path / "tree")
    m = _manifest(root)
    m["modules"][1]["lessons"][1]["pass_mark"] = "most"
    m["modules"][1]["lessons"][1]["questions"][2]["type"] = "essay"
    m["modules"][1]["lessons"][1]["questions"][3]["region"]["center_mm"] = [1, 2]
    del m["modules"][0]["title"]
    m["languages"] = "en"
    problems = _refused(_pack(root, tmp_path / "schema.silkcourse", m), tmp_path / "courses")
    assert sorted(problems) == sorted([
        "languages: expected a list, found str",
        "modules[0].title: required field missing",
        f"{QUIZ}.pass_mark: expected a number, found str",
        f"{QUIZ}.questions[2].type: unknown type 'essay'; expected one of 'single', 'multiple', 'image'",
        f"{QUIZ}.questions[3].region.center_mm: expected 3 items, found 2",
    ])


def test_case_that_is_not_de_identified_or_not_dicom(sample_tree, tmp_path):
    root = _tree_copy(sample_tree, tmp_path / "tree")
    for name in ("IM0003.dcm", "IM0004.dcm"):
        p = root / "content" / "cases" / "phantom" / name
        ds = pydicom.dcmread(p)
        del ds.PatientIdentityRemoved
        ds.PatientName = "Real^Patient"
        ds.save_as(p)
    (root / "content" / "cases" / "phantom" / "readme.txt").write_text("scanner notes")
    problems = [str(p) for p in validate(_pack(root, tmp_path / "id.silkcourse"))]
    assert _has(problems, "content/cases/phantom/", "2 of 101 DICOM files are not marked de-identified")
    assert _has(problems, "content/cases/phantom/readme.txt", "not a usable DICOM image")


def test_validate_an_installed_folder_and_a_damaged_install(sample, tmp_path):
    course = install(sample, tmp_path / "courses")
    assert validate(course.root) == []
    (course.root / "content" / "liver-case.en.md").write_text("tampered")
    assert course.verify()[0].location == "content/liver-case.en.md"
    assert _has([str(p) for p in validate(course.root)], "content/liver-case.en.md", "SHA-256 mismatch")
    assert InstalledCourse.load(course.root).id == COURSE_ID


def test_refused_install_leaves_a_missing_courses_folder_missing(sample_tree, tmp_path):
    root = _tree_copy(sample_tree, tmp_path / "tree")
    m = _manifest(root)
    m["modules"][1]["lessons"][1]["questions"][0]["answer"] = ["spleen"]
    courses = tmp_path / "no-courses-yet"
    _refused(_pack(root, tmp_path / "a.silkcourse", m), courses)
    assert not courses.exists()


def test_refused_install_beside_installed_courses_leaves_them_intact(sample, sample_tree, tmp_path):
    courses = tmp_path / "courses"
    install(sample, courses)
    root = _tree_copy(sample_tree, tmp_path / "tree")
    m = _manifest(root)
    m["id"] = "another-course"
    m["modules"][1]["lessons"][1]["questions"][3]["region"]["center_mm"] = [0, 0, -400]
    _refused(_pack(root, tmp_path / "b.silkcourse", m), courses)
    assert [c.id for c in installed_courses(courses)] == [COURSE_ID]
    assert sorted(p.name for p in courses.iterdir()) == [COURSE_ID]


def test_unsafe_course_id_is_refused_before_touching_the_disk(sample_tree, tmp_path):
    root = _tree_copy(sample_tree, tmp_path / "tree")
    m = _manifest(root)
    m["id"] = "../../escape"
    m["version"] = "1"
    problems = _refused(_pack(root, tmp_path / "id.silkcourse", m), tmp_path / "courses")
    assert _has(problems, "id", "course id '../../escape' must be")
    assert _has(problems, "version", "'1' is not a semantic version")
    assert not (tmp_path / "escape").exists()


def test_install_wants_a_package_not_a_folder(sample_tree, tmp_path):
    problems = _refused(sample_tree, tmp_path / "courses")
    assert problems == [f"{sample_tree}: is a folder: build it into a .silkcourse file first "
                        "(python -m workstation course build)"]


def test_an_install_killed_midway_is_cleaned_up_by_the_next_install(tmp_path, sample):
    import os
    import time

    from courseware.package import install

    courses = tmp_path / "courses"
    stale = courses / ".install-killed"
    (stale / "course").mkdir(parents=True)
    (stale / "course" / "half.dcm").write_bytes(b"x" * 100)
    old = time.time() - 2 * 3600
    os.utime(stale, (old, old))
    fresh = courses / ".install-running-now"
    fresh.mkdir()
    install(sample, courses)
    assert not stale.exists()  # left by a killed install: removed
    assert fresh.exists()  # may belong to an install running in another process: kept
