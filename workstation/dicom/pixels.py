"""Reading stored pixel values of one frame: numpy straight from the file for native little-endian
data, pydicom (with the pylibjpeg plugins) for everything else."""

from __future__ import annotations

import numpy as np
import pydicom
from pydicom.pixels import pixel_array

from workstation.dicom.records import DEFLATED, InstanceRecord


def native_dtype(rec: InstanceRecord) -> np.dtype:
    kind = "i" if rec.pixel_representation == 1 else "u"
    return np.dtype(f"<{kind}{rec.bits_allocated // 8}")


def fix_stored_bits(raw: np.ndarray, rec: InstanceRecord) -> np.ndarray:
    """Clear (unsigned) or sign-extend (signed) the bits above BitsStored, in place when possible."""
    shift = rec.bits_allocated - rec.bits_stored
    if shift <= 0 or rec.bits_allocated not in (8, 16, 32):
        return raw
    if rec.pixel_representation == 1:
        np.left_shift(raw, shift, out=raw)
        np.right_shift(raw, shift, out=raw)
    else:
        np.bitwise_and(raw, (1 << rec.bits_stored) - 1, out=raw)
    return raw


def read_native_frame(rec: InstanceRecord, frame: int = 0) -> np.ndarray:
    dtype = native_dtype(rec)
    count = rec.rows * rec.cols * rec.samples_per_pixel
    offset = rec.pixel_offset + frame * count * dtype.itemsize
    raw = np.fromfile(rec.path, dtype=dtype, count=count, offset=offset)
    if raw.size != count:
        raise OSError(f"{rec.path}: pixel data ends early (frame {frame})")
    raw = fix_stored_bits(raw, rec)
    shape = (rec.rows, rec.cols) if rec.samples_per_pixel == 1 else (rec.rows, rec.cols, rec.samples_per_pixel)
    return raw.reshape(shape)


class PixelDecodeError(ValueError):
    """The pixel data of a file does not decode (damaged after import, or a decoder's failure)."""


def decode_pixels(source, index: int | None = None) -> np.ndarray:
    """pydicom's ``pixel_array`` with every decoder failure as a :class:`PixelDecodeError`.

    The decoders are native code: pylibjpeg-rle (Rust) reports a damaged run with a pyo3
    ``PanicException``, a ``BaseException`` that the viewer's ``except Exception`` would let
    through and that would end the program. Only real interruptions pass."""
    try:
        return pixel_array(source, index=index)
    except (KeyboardInterrupt, SystemExit, GeneratorExit, MemoryError):
        raise
    except BaseException as exc:  # noqa: BLE001 - see above
        raise PixelDecodeError(f"the pixel data does not decode: {type(exc).__name__}: {str(exc)[:200]}") from None


def read_stored_frame(rec: InstanceRecord, frame: int = 0) -> np.ndarray:
    """Stored values of one frame (rows, cols) -- or (rows, cols, 3) for colour, as RGB."""
    if rec.pixel_offset >= 0 and rec.bits_allocated in (8, 16, 32):
        return read_native_frame(rec, frame)
    index = frame if rec.frames > 1 else None
    if rec.transfer_syntax == DEFLATED:  # pydicom's file-based decoder cannot inflate
        return decode_pixels(pydicom.dcmread(rec.path), index=index)
    return decode_pixels(rec.path, index=index)


def read_all_frames(rec: InstanceRecord) -> np.ndarray:
    """Every frame of a file, shape (frames, rows, cols[, 3])."""
    arr = decode_pixels(pydicom.dcmread(rec.path) if rec.transfer_syntax == DEFLATED else rec.path)
    if rec.frames == 1:
        arr = arr[np.newaxis]
    return arr


def to_grey(frame: np.ndarray) -> np.ndarray:
    """Luminance (ITU-R BT.601) of an RGB frame, as float32."""
    rgb = frame.astype(np.float32)
    return rgb[..., 0] * 0.299 + rgb[..., 1] * 0.587 + rgb[..., 2] * 0.114
