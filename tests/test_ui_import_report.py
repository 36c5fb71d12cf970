"""The window's background import of damaged files: the import report names each failed file
with its reason on screen (no extra click), the good files are in the browser."""

from __future__ import annotations

import shutil

import pytest
from damaged_dicom import damaged_variants, no_meta_copy
from dicom_fixtures import copy_series, decubitus_dir
from PySide6.QtWidgets import QLabel, QMessageBox, QTextEdit

pytestmark = pytest.mark.gui


def _import(qtbot, window, paths):
    with qtbot.waitSignal(window.import_finished, timeout=120_000) as blocker:
        window.import_paths(paths)
    return blocker.args[0]


def _shown_text(box: QMessageBox) -> str:
    return "\n".join(label.text() for label in box.findChildren(QLabel) if label.isVisible())


def test_import_report_lists_each_damaged_file_with_its_reason(qtbot, window, tmp_path):
    incoming = tmp_path / "incoming"
    expect = damaged_variants(incoming / "damaged")
    copy_series("HFS", incoming / "mr")
    no_meta_copy(sorted(decubitus_dir("HFDL").iterdir())[0], incoming / "no_meta.dcm")

    report = _import(qtbot, window, [incoming])

    assert (report.imported, report.duplicates) == (36, 0)
    box = window.findChild(QMessageBox, "importReport")
    qtbot.waitUntil(lambda: box is not None and box.isVisible(), timeout=5000)
    shown = _shown_text(box)
    assert f"{len(expect)} file(s) could not be imported" in shown
    for name, words in expect.items():  # each name and its reason, visible without "Show Details"
        (line,) = [line for line in shown.splitlines() if f"damaged/{name}: " in line]
        assert words in line, line
    assert not any(edit.isVisible() for edit in box.findChildren(QTextEdit))  # details still folded
    assert all(f"{incoming / 'damaged' / name}: " in box.detailedText() for name in expect)  # full paths there
    box.close()

    # the study of the good files (the dataset without preamble joined it) and nothing else
    assert window.browser.model.rowCount() == 2
    assert sorted(window.catalog.studies()[i].n_images for i in range(2)) == [1, 35]


def test_a_long_report_lists_the_first_files_and_counts_the_rest(qtbot, window, tmp_path):
    incoming = tmp_path / "letters"
    incoming.mkdir()
    for i in range(30):
        (incoming / f"letter{i:02d}.txt").write_text(f"referral letter {i}")
    shutil.copytree(decubitus_dir("HFP"), incoming / "mr")

    report = _import(qtbot, window, [incoming])

    assert report.imported == 35 and len(report.rejected) == 30
    box = window.findChild(QMessageBox, "importReport")
    qtbot.waitUntil(lambda: box is not None and box.isVisible(), timeout=5000)
    shown = _shown_text(box)
    assert "letters/letter00.txt: not a DICOM file" in shown
    assert "letters/letter19.txt: not a DICOM file" in shown and "letter20.txt" not in shown
    assert "… and 10 more" in shown  # the full list is under Show Details
    assert "letter29.txt: not a DICOM file" in box.detailedText()
    box.close()
