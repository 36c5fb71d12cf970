"""Errors a person reads, said in the interface language.

The core (``workstation/``, ``comms/``) has no Qt and no translations: it says what went wrong in
English, for logs and the command line. An error the interface shows also carries a stable
``code`` and its parameters (:class:`CoreError`); ``ui.common.i18n.core_message`` turns the code into the
sentence in the interface language, with the parameters filled in, and falls back to the English
text for a code it does not know. Some core modules still hand over a sentence (the link's
``error(str)`` signal): :func:`describe` recognises those by pattern.

Codes (the first set; add one here and its sentence in ``ui.common.i18n.CORE_MESSAGES``):

* ``camera.cannot_open`` (index), ``camera.no_frame`` (index) -- comms.video.CameraSource
* ``link.key_refused``, ``link.handshake_failed``, ``link.room_offline`` (room) -- comms.client
* ``import.*`` -- why a file was not imported (not DICOM, empty, truncated pixel data, no decoder,
  unreadable, unsafe zip path...): workstation.dicom's reasons, recognised by pattern

Still said in English only: the other import reasons (corrupt elements, invalid headers), the
de-identification refusals of workstation.deid, and the hub's refusal reasons of comms.
"""

from __future__ import annotations

import re


class CoreError(Exception):
    """An error with a stable ``code`` and its ``params`` (strings, in the order of the
    sentence's %1, %2...) besides its English message."""

    code = "core.error"

    def __init__(self, message: str, code: str | None = None, params: tuple = ()):
        super().__init__(message)
        if code:
            self.code = code
        self.params = tuple(str(p) for p in params)


#: English sentences the core still hands over as text: (code, pattern whose groups are the params).
KNOWN_SENTENCES = (
    ("link.key_refused", re.compile(r"the hub refused this key \(not enrolled or revoked\)")),
    ("link.handshake_failed", re.compile(r"secure handshake with the hub failed \(wrong hub key\?\)")),
    ("link.room_offline", re.compile(r"cannot create room (.+): not connected to the hub")),
    ("camera.cannot_open", re.compile(r"camera (\d+): cannot open video device \(no camera at index \1 or it is in use\)")),
    ("camera.no_frame", re.compile(r"camera (\d+): no frame \(device disconnected\?\)")),
    # why a file was not imported (workstation.dicom: records.RejectedFile, catalog)
    ("import.not_dicom", re.compile(r"not a DICOM file")),
    ("import.empty", re.compile(r"empty file")),
    ("import.missing", re.compile(r"no such file or folder")),
    ("import.zip_unsafe", re.compile(r"unsafe path inside the zip")),
    ("import.no_pixels", re.compile(r"cannot be shown: an image without pixel data")),
    ("import.no_decoder", re.compile(r"cannot be shown: the decoder for (.+) is not installed")),
    ("import.unknown_syntax", re.compile(r"cannot be shown: unknown transfer syntax (.+)")),
    ("import.pixels_truncated", re.compile(r"truncated: pixel data needs (\d+) bytes, the file holds (\d+)")),
    ("import.header_incomplete", re.compile(r"incomplete DICOM header \(truncated\?\): missing (.+)")),
    ("import.cannot_read", re.compile(r"cannot read: (.+)")),
    ("import.cannot_copy", re.compile(r"cannot copy into the catalog: (.+)")),
)


def describe(error) -> tuple[str, tuple[str, ...]] | None:
    """(code, params) of a :class:`CoreError` or of a known core sentence; None otherwise."""
    if isinstance(error, CoreError):
        return error.code, error.params
    text = str(error) if error is not None else ""
    for code, pattern in KNOWN_SENTENCES:
        m = pattern.fullmatch(text.strip())
        if m:
            return code, m.groups()
    return None
