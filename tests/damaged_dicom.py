"""Damaged DICOM files made from real ones by byte edits, as a tester corrupting them would: the
variants the import issue lists, a dataset without preamble/file meta, and random damage."""

from __future__ import annotations

import random

import numpy as np
import pydicom
from dicom_fixtures import decubitus_dir, dicom_file


def _raw_element(path, tag):
    """(value position, length) of an element in the file, read with pydicom."""
    raw = pydicom.dcmread(path, defer_size=256).get_item(tag, keep_deferred=True)
    return raw.value_tell, raw.length


def _corrupt_fragment(name: str) -> bytes:
    """A compressed file whose first frame stream is damaged right after its start marker."""
    path = dicom_file(name)
    tell, _ = _raw_element(path, 0x7FE00010)
    data = bytearray(path.read_bytes())
    start = data.index(b"\xff", tell + 16)  # the codestream's first marker, after BOT and item headers
    data[start + 2:start + 40] = bytes(range(100, 138))
    return bytes(data)


def damaged_variants(folder):
    """Write the damaged files the issue lists; return {file name: words its reason must hold}."""
    folder.mkdir(parents=True)
    mr = sorted(decubitus_dir("HFP").iterdir())
    expect = {}

    def write(name, data, reason):
        (folder / name).write_bytes(data.encode() if isinstance(data, str) else bytes(data))
        expect[name] = reason

    modality, _ = _raw_element(mr[0], 0x00080060)  # explicit VR little endian: VR at value - 4
    data = bytearray(mr[0].read_bytes())
    data[modality - 4:modality - 2] = b"XX"
    write("vr_xx.dcm", data, "unknown value representation 'XX' in (0008,0060) Modality")
    data[modality - 4:modality - 2] = b"FD"
    write("modality_fd.dcm", data, "(0008,0060) Modality: 2 bytes is not a whole number of FD values")

    pixels, _ = _raw_element(mr[1], 0x7FE00010)
    write("pixels_deleted.dcm", mr[1].read_bytes()[:pixels - 12], "an image without pixel data")

    data = bytearray(mr[2].read_bytes())
    ts = data.index(b"1.2.840.10008.1.2.1\0", 0, 400)
    data[ts:ts + 20] = b"1.2.840.99999.9.9.9\0"
    write("unknown_ts.dcm", data, "unknown transfer syntax '1.2.840.99999.9.9.9'")

    csa, _ = _raw_element(mr[3], 0x00291010)  # a long-VR element in the middle of the header
    data = bytearray(mr[3].read_bytes())
    data[csa - 4:csa] = (0x7FFFFFF0).to_bytes(4, "little")
    write("huge_length.dcm", data, "claims 2147483632 bytes")

    write("truncated_header.dcm", mr[4].read_bytes()[:700], "truncated")

    rows, _ = _raw_element(mr[5], 0x00280010)
    data = bytearray(mr[5].read_bytes())
    data[rows:rows + 2] = (300).to_bytes(2, "little")  # 300 rows: the pixel data is too short
    write("rows_too_many.dcm", data, "the image needs")
    data[rows:rows + 2] = (16).to_bytes(2, "little")  # 16 rows: 240 rows of pixel data to spare
    write("rows_too_few.dcm", data, "pixel data holds 131072 bytes")

    write("corrupt_jpeg.dcm", _corrupt_fragment("SC_rgb_jpeg_dcmtk.dcm"), "the first frame does not decode")
    write("corrupt_jpeg_ls.dcm", _corrupt_fragment("MR_small_jpeg_ls_lossless.dcm"), "does not decode")
    write("corrupt_j2k.dcm", _corrupt_fragment("MR_small_jp2klossless.dcm"), "does not decode")
    rle = dicom_file("MR_small_RLE.dcm")  # a run that overflows the frame: pylibjpeg-rle panics (Rust)
    pixels, _ = _raw_element(rle, 0x7FE00010)
    data = bytearray(rle.read_bytes())
    assert list(data[pixels + 284:pixels + 288]) == [253, 2, 8, 3]
    data[pixels + 284:pixels + 288] = bytes([146, 105, 1, 179])
    write("corrupt_rle.dcm", data, "does not decode")
    write("notes.txt", "Referral letter: please review the MR of Mr Nguyễn.\n" * 20, "not a DICOM file")
    write("noise.bin", np.random.default_rng(7).bytes(6000), "not a DICOM file")
    return expect


def no_meta_copy(path, dest):
    """The dataset of a real image written with no preamble and no file meta (implicit VR)."""
    ds = pydicom.dcmread(path)
    ds.file_meta = pydicom.dataset.FileMetaDataset()
    ds.preamble = None
    ds.save_as(dest, enforce_file_format=False, implicit_vr=True, little_endian=True)
    assert dest.read_bytes()[:2] == b"\x08\x00"  # starts with its first element (0008,xxxx): no preamble
    return dest


def mutate(rng: random.Random, data: bytes) -> bytes:
    data = bytearray(data)
    kind = rng.choice(["truncate", "flip", "flip_header", "length", "zero", "delete"])
    header_end = min(len(data), 2000)
    if kind == "truncate":
        return bytes(data[:rng.randrange(1, len(data))])
    if kind in ("flip", "flip_header"):
        end = header_end if kind == "flip_header" else len(data)
        for _ in range(rng.randint(1, 8)):
            data[rng.randrange(0, end)] ^= 1 << rng.randrange(8)
    elif kind == "length":  # a 2- or 4-byte length field somewhere in the header gets a wild value
        pos = rng.randrange(132, header_end - 4)
        data[pos:pos + 4] = rng.choice([0xFFFFFFFF, 0x7FFFFFF0, rng.randrange(1 << 32)]).to_bytes(4, "little")
    elif kind == "zero":
        pos = rng.randrange(0, len(data))
        data[pos:pos + rng.randint(1, 256)] = bytes(min(len(data) - pos, 256))[:rng.randint(1, 256)]
    else:
        pos = rng.randrange(0, len(data))
        del data[pos:pos + rng.randint(1, 64)]
    return bytes(data)
