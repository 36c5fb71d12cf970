"""`python -m workstation course ...`, run the way an author or a trainee runs it."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

COURSE_ID = "reading-chest-abdomen-ct"


def _run(*args, home: Path, cwd=None):
    env = dict(os.environ, SILKBRIDGE_HOME=str(home))
    return subprocess.run([sys.executable, "-m", "workstation", "course", *map(str, args)], capture_output=True,
                          text=True, cwd=cwd, env=env, timeout=300)


@pytest.fixture(scope="module")
def sample(tmp_path_factory) -> Path:
    tmp = tmp_path_factory.mktemp("cli-sample")
    out = tmp / "sample.silkcourse"
    run = _run("sample", out, home=tmp / "home")
    assert run.returncode == 0, run.stderr
    assert f"built the sample course {out}" in run.stdout
    return out


def test_validate_install_list(sample, tmp_path):
    home = tmp_path / "home"
    run = _run("validate", sample, home=home)
    assert run.returncode == 0, run.stderr
    assert f"{sample}: OK: {COURSE_ID} 1.0.0, 2 modules, 3 lessons, languages en, zh-Hans, vi, th, lo, km, my, ms, id" in run.stdout

    assert "no courses installed" in _run("list", home=home).stdout
    run = _run("install", sample, home=home)
    assert run.returncode == 0, run.stderr
    installed = home / "courses" / COURSE_ID / "1.0.0"
    assert f"installed: {COURSE_ID} 1.0.0 in {installed}" in run.stdout
    assert (installed / "manifest.json").is_file()
    assert len(list((installed / "content" / "cases" / "phantom").iterdir())) == 100

    again = _run("install", sample, home=home)
    assert again.returncode == 0 and "already installed" in again.stdout

    for lang, title in (("en", "Reading chest/abdomen CT"), ("zh-Hans", "胸腹部CT阅片"),
                        ("vi", "Đọc phim CT ngực – bụng")):
        listed = _run("list", "--lang", lang, home=home).stdout
        assert f"{COURSE_ID}\t1.0.0\t{title}\ten, zh-Hans, vi, th, lo, km, my, ms, id\t{installed}" in listed


def test_install_into_an_explicit_folder(sample, tmp_path):
    run = _run("install", sample, "--courses", tmp_path / "elsewhere", home=tmp_path / "home")
    assert run.returncode == 0, run.stderr
    assert (tmp_path / "elsewhere" / COURSE_ID / "1.0.0" / "manifest.json").is_file()
    assert not (tmp_path / "home" / "courses").exists()
    assert COURSE_ID in _run("list", "--courses", tmp_path / "elsewhere", home=tmp_path / "home").stdout


def test_build_from_a_folder_then_validate_a_broken_folder(sample, tmp_path):
    src = tmp_path / "src"
    with zipfile.ZipFile(sample) as zf:
        zf.extractall(src)
    manifest = json.loads((src / "manifest.json").read_text(encoding="utf-8"))
    del manifest["files"]
    (src / "manifest.json").write_text(json.dumps(manifest, ensure_ascii=False, indent=2), encoding="utf-8")

    assert _run("validate", src, home=tmp_path / "home").returncode == 0
    out = tmp_path / "built.silkcourse"
    run = _run("build", src, out, home=tmp_path / "home")
    assert run.returncode == 0, run.stderr
    assert f"built {out}" in run.stdout
    assert _run("validate", out, home=tmp_path / "home").returncode == 0

    # an author forgets a translation and mistypes an answer: both reported, nothing built
    quiz = manifest["modules"][1]["lessons"][1]
    quiz["questions"][2]["answer"] = ["margin", "homogenous"]
    (src / "content" / "liver-case.vi.md").unlink()
    (src / "manifest.json").write_text(json.dumps(manifest, ensure_ascii=False, indent=2), encoding="utf-8")
    run = _run("validate", src, home=tmp_path / "home")
    assert run.returncode == 1
    assert "2 problems" in run.stderr
    assert ("modules[1].lessons[1].questions[2].answer[1]: answer 'homogenous' is not among the choices"
            in run.stderr)
    assert "modules[1].lessons[0].body.vi: Markdown body content/liver-case.vi.md is not in the package" in run.stderr
    bad_out = tmp_path / "bad.silkcourse"
    run = _run("build", src, bad_out, home=tmp_path / "home")
    assert run.returncode == 1 and "not built: 2 problems" in run.stderr
    assert not bad_out.exists()


def test_install_refuses_a_tampered_package_and_installs_nothing(sample, tmp_path):
    tampered = tmp_path / "tampered.silkcourse"
    with zipfile.ZipFile(sample) as src, zipfile.ZipFile(tampered, "w") as dst:
        for info in src.infolist():
            data = src.read(info)
            if info.filename == "content/liver-case.en.md":
                data = data.replace(b"simple hepatic cyst", b"hepatocellular carcinoma")
            dst.writestr(info, data)
    home = tmp_path / "home"
    run = _run("install", tampered, home=home)
    assert run.returncode == 1
    assert f"{tampered} not installed: 1 problem" in run.stderr
    assert "content/liver-case.en.md: SHA-256 mismatch: the file was changed after the package was built" in run.stderr
    assert not (home / "courses").exists()
    assert "no courses installed" in _run("list", home=home).stdout

    run = _run("validate", tampered, home=home)
    assert run.returncode == 1 and "content/liver-case.en.md: SHA-256 mismatch" in run.stderr


def test_not_a_package(tmp_path):
    junk = tmp_path / "junk.silkcourse"
    junk.write_bytes(b"PK\x03\x04 this is not really a zip")
    run = _run("install", junk, home=tmp_path / "home")
    assert run.returncode == 1 and "junk.silkcourse: not a course package" in run.stderr
    run = _run("validate", tmp_path / "nothing-here.silkcourse", home=tmp_path / "home")
    assert run.returncode == 1 and "no such file or folder" in run.stderr


def test_course_without_an_action_prints_help(tmp_path):
    run = _run(home=tmp_path / "home")
    assert run.returncode == 2
    for action in ("validate", "build", "install", "list", "sample"):
        assert action in run.stdout
