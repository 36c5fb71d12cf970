"""The 2-D display pipeline and ``python -m workstation render-png``, judged by dcmtk's dcmj2pnm:
same size, same polarity (MONOCHROME1 inverted), same orientation (never mirrored), colour as
colour, on real CR / US / palette / YBR / RGB / CT / MR files."""

from __future__ import annotations

import shutil
import subprocess
import sys

import cv2
import numpy as np
import pydicom
import pytest

from dicom_fixtures import dicom_file
from workstation.dicom.display import ImageSource

ROOT = __import__("pathlib").Path(__file__).resolve().parent.parent
MIN_CORRELATION = 0.99


def _run(*args) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "workstation", *map(str, args)], cwd=ROOT,
                          capture_output=True, text=True, timeout=120)


def _read_png(path) -> np.ndarray:
    img = cv2.imread(str(path), cv2.IMREAD_UNCHANGED)
    assert img is not None, f"{path} is not a PNG"
    return cv2.cvtColor(img, cv2.COLOR_BGR2RGB) if img.ndim == 3 else img


def dcmj2pnm(src, out, *options) -> np.ndarray:
    exe = shutil.which("dcmj2pnm")
    assert exe, "dcmtk's dcmj2pnm is needed as the reference renderer (apt-get install dcmtk)"
    proc = subprocess.run([exe, "+on", *options, str(src), str(out)], capture_output=True, text=True, timeout=120)
    assert proc.returncode == 0, proc.stderr
    return _read_png(out)


def correlation(a: np.ndarray, b: np.ndarray) -> float:
    return float(np.corrcoef(a.astype(np.float64).ravel(), b.astype(np.float64).ravel())[0, 1])


def _dcmtk_voi(name: str) -> list[str]:
    ds = pydicom.dcmread(dicom_file(name), stop_before_pixels=True)
    if ds.get("PhotometricInterpretation", "").startswith("MONOCHROME"):
        if ds.get("VOILUTSequence"):
            return ["+Wl", "1"]  # the file's first VOI LUT
        if "WindowCenter" in ds:
            return ["+Wi", "1"]  # the file's first window
        return ["+Wm"]  # min-max window, as we do when the file has none
    return []


@pytest.mark.parametrize("name", [
    "RG3_UNCR.dcm",  # CR MONOCHROME1, tibia with a lead R marker, no spacing
    "RG1_UNCR.dcm",  # CR MONOCHROME1, chest, Pixel Spacing 0\0
    "US1_UNCR.dcm",  # colour Doppler ultrasound, RGB
    "examples_palette.dcm",  # PALETTE COLOR
    "OBXXXX1A.dcm",  # PALETTE COLOR ultrasound
    "examples_ybr_color.dcm",  # YBR_FULL_422 JPEG, 30 frames
    "SC_rgb.dcm", "SC_rgb_16bit.dcm", "SC_rgb_dcmtk_+eb+cy+np.dcm",  # RGB 8/16 bit, YBR_FULL_422 JPEG
    "MR_small.dcm", "CT_small.dcm",  # single cross-sectional slices (16-bit signed)
    "JPGLosslessP14SV1_1s_1f_8b.dcm",  # 8-bit JPEG lossless US
    "vlut_04.dcm",  # VOI LUT Sequence
    "mlut_18.dcm",  # Modality LUT Sequence
])
def test_render_png_matches_dcmtk(tmp_path, name):
    src = dicom_file(name)
    proc = _run("render-png", src, tmp_path / "ours.png")
    assert proc.returncode == 0, proc.stderr
    assert "wrote" in proc.stdout
    ours = _read_png(tmp_path / "ours.png")
    ref = dcmj2pnm(src, tmp_path / "ref.png", *_dcmtk_voi(name))
    assert ours.shape == ref.shape  # full resolution, colour as colour
    assert correlation(ours, ref) >= MIN_CORRELATION
    if ours.ndim == 3:
        assert np.abs(ours.astype(int) - ref.astype(int)).mean() < 2  # the same colours, not just similar
        spread = np.abs(np.diff(ours.astype(int), axis=2)).max(axis=2)
        assert (spread > 30).sum() >= 20  # colour pixels are shown in colour
    # never mirrored or flipped: for pictures that are not symmetric, a mirrored/flipped copy of
    # ours correlates clearly worse with dcmtk's
    for flip in (ours[:, ::-1], ours[::-1]):
        if correlation(flip, ours) < 0.98:
            assert correlation(flip, ref) < correlation(ours, ref) - 0.01


def test_monochrome1_radiograph_is_not_a_negative_and_keeps_its_marker_side(tmp_path):
    """RG3: MONOCHROME1 (high stored value = black). Bone must be white; Patient Orientation R\\F
    puts the patient's right at the right edge, where the lead R marker is."""
    src = dicom_file("RG3_UNCR.dcm")
    shown = ImageSource(src).render()
    stored = pydicom.dcmread(src).pixel_array
    assert np.corrcoef(shown.pixels.ravel()[::7], stored.ravel()[::7])[0, 1] < -0.9  # inverted
    ref = dcmj2pnm(src, tmp_path / "ref.png", "+Wi", "1")
    assert correlation(shown.pixels, ref) >= MIN_CORRELATION
    assert shown.header.labels == {"right": "R", "left": "L", "bottom": "F", "top": "H"}
    # The marker: a bright letter on the dark collimated area, in the right half, lower third.
    marker = shown.pixels[1380:1520, 1100:1260]
    assert marker.max() > 200 and np.median(marker) < 80
    assert shown.pixels[1380:1520, 1760 - 1260:1760 - 1100].max() < 150  # nothing like it mirrored


def test_zero_pixel_spacing_is_uncalibrated_not_a_crash(tmp_path):
    src = ImageSource(dicom_file("RG1_UNCR.dcm"))
    assert src.header.calibration.kind == "uncalibrated"
    assert "uncalibrated" in src.header.calibration.note
    shown = src.render()
    assert shown.pixels.std() > 20  # a visible image, not a black pane
    assert shown.window == (15000.0, 30000.0)


def test_lossless_jpeg2000_renders_like_the_uncompressed_original(tmp_path):
    """dcmtk (free) cannot decode JPEG 2000: the uncompressed twin is the reference."""
    for compressed, plain in (("RG1_J2KR.dcm", "RG1_UNCR.dcm"), ("US1_J2KR.dcm", "US1_UNCR.dcm")):
        proc = _run("render-png", dicom_file(compressed), tmp_path / "ours.png")
        assert proc.returncode == 0, proc.stderr
        ref = dcmj2pnm(dicom_file(plain), tmp_path / "ref.png", *_dcmtk_voi(plain))
        ours = _read_png(tmp_path / "ours.png")
        assert ours.shape == ref.shape and correlation(ours, ref) >= MIN_CORRELATION


def test_explicit_window_and_frame_match_dcmtk(tmp_path):
    mr = dicom_file("MR_small.dcm")
    proc = _run("render-png", mr, tmp_path / "w.png", "--window", "300,400")
    assert proc.returncode == 0 and "C 300 W 400" in proc.stdout
    ref = dcmj2pnm(mr, tmp_path / "wref.png", "+Ww", "300", "400")
    ours = _read_png(tmp_path / "w.png")
    assert correlation(ours, ref) >= MIN_CORRELATION
    assert (ours == 255).mean() > 0.05  # the narrow window saturates, as dcmtk's does
    cine = dicom_file("examples_ybr_color.dcm")
    proc = _run("render-png", cine, tmp_path / "f.png", "--frame", "20")
    assert proc.returncode == 0, proc.stderr
    ref = dcmj2pnm(cine, tmp_path / "fref.png", "+F", "20")
    first = dcmj2pnm(cine, tmp_path / "f1.png")
    ours = _read_png(tmp_path / "f.png")
    assert correlation(ours, ref) >= MIN_CORRELATION
    assert np.abs(ours.astype(int) - ref.astype(int)).mean() < np.abs(ours.astype(int) - first.astype(int)).mean()


def test_render_png_refuses_bad_input_with_a_clear_message(tmp_path):
    good = dicom_file("MR_small.dcm").read_bytes()
    (tmp_path / "cut.dcm").write_bytes(good[: len(good) - 4000])
    (tmp_path / "notes.txt").write_text("not an image")
    cases = [
        ((tmp_path / "cut.dcm", tmp_path / "a.png"), "cut.dcm"),
        ((tmp_path / "notes.txt", tmp_path / "b.png"), "not a readable DICOM file"),
        ((dicom_file("MR_small.dcm"), tmp_path / "c.png", "--frame", "2"), "has 1 frame"),
        ((dicom_file("MR_small.dcm"), tmp_path / "d.png", "--window", "40"), "CENTER,WIDTH"),
        ((dicom_file("MR_small.dcm"), tmp_path / "e.png", "--window", "40,-5"), "positive"),
        ((dicom_file("MR_small.dcm"), tmp_path / "no-such-dir" / "f.png"), "cannot write"),
    ]
    for args, message in cases:
        proc = _run("render-png", *args)
        assert proc.returncode == 1, (args, proc.stdout, proc.stderr)
        assert message in proc.stderr and "Traceback" not in proc.stderr, proc.stderr


def test_sigmoid_voi_function_matches_dcmtk(tmp_path):
    ds = pydicom.dcmread(dicom_file("MR_small.dcm"))
    ds.WindowCenter, ds.WindowWidth = 700, 600
    for function in ("SIGMOID", "LINEAR"):
        ds.VOILUTFunction = function
        ds.save_as(tmp_path / f"{function}.dcm")
        proc = _run("render-png", tmp_path / f"{function}.dcm", tmp_path / f"{function}.png")
        assert proc.returncode == 0, proc.stderr
        ref = dcmj2pnm(tmp_path / f"{function}.dcm", tmp_path / f"{function}-ref.png", "+Wi", "1")
        assert np.abs(_read_png(tmp_path / f"{function}.png").astype(int) - ref.astype(int)).max() <= 1
    sigmoid, linear = _read_png(tmp_path / "SIGMOID.png"), _read_png(tmp_path / "LINEAR.png")
    assert np.abs(sigmoid.astype(int) - linear.astype(int)).mean() > 5  # the function is applied


def test_cut_short_multiframe_is_an_error_not_a_crash(tmp_path):
    """A two-frame palette ultrasound cut short: the header reads, decoding says what is wrong."""
    from workstation.dicom.display import DisplayError

    data = dicom_file("OBXXXX1A_2frame.dcm").read_bytes()
    cut = tmp_path / "cut_cine.dcm"
    cut.write_bytes(data[: int(len(data) * 0.8)])
    src = ImageSource(cut)
    assert src.header.frames == 2
    with pytest.raises(DisplayError, match="cut_cine.dcm: cannot decode frame 2 .*less than expected"):
        src.render(1)
    proc = _run("render-png", cut, tmp_path / "late.png", "--frame", "2")
    assert proc.returncode == 1 and "cannot decode frame 2" in proc.stderr and "Traceback" not in proc.stderr
    assert not (tmp_path / "late.png").exists()


def test_which_series_are_images_and_which_are_volumes():
    from dicom_fixtures import decubitus_dir
    from workstation.dicom.display import ImageStack, is_image_series
    from workstation.dicom.records import read_instance

    def records(*paths):
        return [read_instance(p)[0] for p in paths]

    assert not is_image_series(records(*sorted(decubitus_dir("HFS").iterdir())))  # an MR stack
    assert not is_image_series(records(dicom_file("eCT_Supplemental.dcm")))  # enhanced CT, per-frame geometry
    for name in ("emri_small.dcm",  # 10 enhanced MR frames without any geometry: 2-D frames
                 "RG3_UNCR.dcm", "US1_UNCR.dcm", "examples_ybr_color.dcm", "examples_palette.dcm",
                 "CT_small.dcm", "MR_small.dcm", "SC_rgb_2frame.dcm"):
        assert is_image_series(records(dicom_file(name))), name
    stack = ImageStack(records(dicom_file("examples_ybr_color.dcm"), dicom_file("US1_UNCR.dcm")))
    assert len(stack) == 31  # 30 frames of the cine + 1 image
    shapes = set()
    for _ in range(31):
        shapes.add(stack.render().pixels.shape)
        stack.step(1)
    assert shapes == {(480, 640, 3), (240, 320, 3)} and stack.index == 0  # every frame, then round again


def test_malformed_voi_shows_the_pixels_with_a_note_and_bad_rescale_is_an_error(tmp_path):
    from workstation.dicom.display import DisplayError

    ds = pydicom.dcmread(dicom_file("vlut_04.dcm"))
    ds.VOILUTSequence[0].LUTDescriptor = [4096, 0, 9]  # 9 bits per entry: not allowed
    ds.save_as(tmp_path / "bad_voi.dcm")
    shown = ImageSource(tmp_path / "bad_voi.dcm").render()
    assert "VOI of the file unusable" in shown.note and shown.pixels.std() > 10
    ref = dcmj2pnm(tmp_path / "bad_voi.dcm", tmp_path / "ref.png", "+Wm")
    assert correlation(shown.pixels, ref) >= MIN_CORRELATION  # min-max, as dcmtk's +Wm
    proc = _run("render-png", tmp_path / "bad_voi.dcm", tmp_path / "ok.png")
    assert proc.returncode == 0 and (tmp_path / "ok.png").exists()

    ct = pydicom.dcmread(dicom_file("CT_small.dcm"))
    ct.ModalityLUTSequence = pydicom.Sequence([pydicom.Dataset()])
    ct.ModalityLUTSequence[0].LUTDescriptor = [16, 0, 16]
    ct.ModalityLUTSequence[0].ModalityLUTType = "HU"
    ct.ModalityLUTSequence[0].LUTData = b"\x00\x01"  # far shorter than its descriptor
    del ct.RescaleSlope, ct.RescaleIntercept
    ct.save_as(tmp_path / "bad_mlut.dcm")
    with pytest.raises(DisplayError, match="bad_mlut.dcm: cannot apply the Modality LUT"):
        ImageSource(tmp_path / "bad_mlut.dcm").render()
    proc = _run("render-png", tmp_path / "bad_mlut.dcm", tmp_path / "no.png")
    assert proc.returncode == 1 and "Modality LUT" in proc.stderr and "Traceback" not in proc.stderr


def test_enhanced_object_window_and_rescale_come_from_the_functional_groups(tmp_path):
    """eCT_Supplemental keeps Rescale (-1024) and its window (C 49 W 102) only in the Shared
    Functional Groups. dcmj2pnm applies that rescale but not the window: given the window
    explicitly, it must match what we show by default."""
    src = dicom_file("eCT_Supplemental.dcm")
    shown = ImageSource(src).render(1)
    assert shown.window == (49.0, 102.0) and shown.value_range[0] == -1024.0
    proc = _run("render-png", src, tmp_path / "ours.png", "--frame", "2")
    assert proc.returncode == 0, proc.stderr
    ref = dcmj2pnm(src, tmp_path / "ref.png", "+F", "2", "+Ww", "49", "102")
    assert correlation(_read_png(tmp_path / "ours.png"), ref) >= MIN_CORRELATION


def test_a_multiframe_file_gone_from_disk_is_left_to_the_loader_to_report(tmp_path):
    """Deciding image vs volume must not raise in the GUI thread: the loader reports the error."""
    from workstation.dicom.display import is_image_series
    from workstation.dicom.records import read_instance

    copy = tmp_path / "ect.dcm"
    shutil.copy(dicom_file("eCT_Supplemental.dcm"), copy)
    rec = read_instance(copy)[0]
    copy.unlink()
    assert is_image_series([rec]) is False
