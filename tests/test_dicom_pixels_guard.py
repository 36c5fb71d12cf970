"""A file damaged after import (or a decoder's own failure) never ends the program: every decoder
failure reaches the viewer as an ordinary error, even pylibjpeg-rle's Rust panic (a pyo3
PanicException is a BaseException)."""

from __future__ import annotations

import shutil

import pytest

from damaged_dicom import damaged_variants
from dicom_fixtures import dicom_file
from workstation.dicom.catalog import Catalog
from workstation.dicom.display import DisplayError, ImageSource
from workstation.dicom.pixels import PixelDecodeError, read_all_frames, read_stored_frame


def test_rle_damaged_after_import_is_an_error_not_a_crash(tmp_path):
    good = tmp_path / "in" / "mr_rle.dcm"
    good.parent.mkdir()
    shutil.copy(dicom_file("MR_small_RLE.dcm"), good)
    with Catalog(tmp_path / "catalog") as cat:
        report = cat.import_paths([good])
        assert not report.rejected
        (study,) = cat.studies()
        (series,) = cat.series(study.study_uid)
        (rec,) = cat.instances(series.series_uid)
        assert read_stored_frame(rec).shape == (64, 64)  # decodes while intact
        # the stored copy is damaged on disk afterwards (a bad sector, a partial restore)
        damaged = tmp_path / "damaged"
        damaged_variants(damaged)
        shutil.copy(damaged / "corrupt_rle.dcm", rec.path)
        with pytest.raises(PixelDecodeError, match="does not decode"):
            read_stored_frame(rec)
        with pytest.raises(PixelDecodeError):
            read_all_frames(rec)
        with pytest.raises(DisplayError, match="cannot decode frame 1"):
            ImageSource(rec.path).stored(0)
