"""Errors a person reads, said in the interface language.

The core (``workstation/``, ``comms/``) has no Qt and no translations: it says what went wrong in
English, for logs and the command line. An error the interface shows also carries a stable
``code`` and its parameters (:class:`CoreError`); ``ui.common.i18n.core_message`` turns the code into the
sentence in the interface language, with the parameters filled in, and falls back to the English
text for a code it does not know. Some core modules still hand over a sentence (the link's
``error(str)`` signal): :func:`describe` recognises those by pattern.

Codes (add one here and its sentence in ``ui.common.i18n.CORE_MESSAGES``; tests/test_ui_i18n.py
checks that every code has its sentence, translated in every language):

* ``camera.cannot_open`` (index), ``camera.no_frame`` (index) -- comms.video.CameraSource
* ``link.*`` -- comms.client: the key refused, the handshake failed, a room while offline
* ``hub.*`` -- the hub's refusals that reach a person (not invited, removed, the role may not...,
  no such room): comms.hub / workstation.policy sentences, recognised by pattern
* ``import.*`` -- why a file was not imported (not DICOM, empty, truncated, corrupt elements,
  invalid image header, no decoder, unsafe zip path, damaged DICOMDIR...): workstation.dicom's
  reasons, recognised by pattern
* ``deid.*`` -- why a file was not de-identified or is held for the sender's look (workstation.deid:
  :class:`workstation.deid.DeidError` carries its code; the report's reasons are recognised by
  pattern), and ``consult.nothing_deidentified`` whose parameter is the list of those reasons
* ``list.more`` (count) -- the "… and N more" line closing a list cut short

A code listed in :data:`NESTED` has parameters that are themselves core sentences (one, or a
"; "-separated list of "file: reason"): the interface translates those too. Details quoted from
a library (pydicom's own message) stay as the library says them.
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
    # sentences that wrap others (first: the wrapped reason would match too)
    ("consult.nothing_deidentified", re.compile(r"nothing could be de-identified \((.+)\)", re.S)),
    ("hub.refused", re.compile(r"refused by the hub: (.+)", re.S)),
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
    ("import.unknown_vr", re.compile(r"unknown value representation (.+) in (.+)")),
    ("import.element_truncated", re.compile(r"truncated or corrupt: (.+) claims (\d+) bytes, the file holds (\d+) "
                                            r"after it")),
    ("import.element_length", re.compile(r"unreadable element (.+): (\d+) bytes is not a whole number of (\S+) "
                                         r"values \((\d+) bytes each\)")),
    ("import.element_unreadable", re.compile(r"unreadable element (.+?): (.+)")),
    ("import.invalid_header", re.compile(r"cannot be shown: invalid image header \((.+)\)")),
    ("import.no_syntax", re.compile(r"cannot be shown: the file does not say how its pixel data is encoded "
                                    r"\(no transfer syntax\)")),
    ("import.no_decoder_for", re.compile(r"cannot be shown: no decoder for pixel data in (.+)")),
    ("import.frame_undecodable", re.compile(r"cannot be shown: the first frame does not decode \((.*)\)")),
    ("import.frame_shape", re.compile(r"cannot be shown: the first frame decodes to shape (.+), the header says "
                                      r"(\d+) rows x (\d+) columns")),
    ("import.pixels_not_found", re.compile(r"corrupt: the pixel data cannot be located in the file")),
    ("import.undefined_length", re.compile(r"corrupt: compressed \(undefined length\) pixel data in (.+)")),
    ("import.no_delimiter", re.compile(r"truncated: the compressed pixel data ends before its delimiter")),
    ("import.bad_item", re.compile(r"corrupt: invalid item in the compressed pixel data")),
    ("import.frame_past_end", re.compile(r"truncated: a compressed frame runs past the end of the file")),
    ("import.not_encapsulated", re.compile(r"corrupt: (.+) pixel data must be encapsulated \(undefined length\)")),
    ("import.pixels_short", re.compile(r"truncated: pixel data holds (\d+) bytes, the image needs (\d+)")),
    ("import.pixels_long", re.compile(r"corrupt: pixel data holds (\d+) bytes, Rows x Columns x frames x samples "
                                      r"x bits need (\d+)")),
    ("import.truncated", re.compile(r"truncated or corrupt: (.+)", re.S)),
    ("import.truncated_detail", re.compile(r"truncated: (.+)", re.S)),
    ("import.corrupt_header", re.compile(r"corrupt header: (.+)", re.S)),
    ("import.meta_misplaced", re.compile(r"corrupt file meta header: (.+) found inside the dataset")),
    ("import.corrupt_pixels", re.compile(r"corrupt pixel data: (.+)", re.S)),
    ("import.dicomdir_file", re.compile(r"a DICOMDIR index, not an image \(import its folder or the DICOMDIR "
                                        r"itself\)")),
    ("import.unreadable", re.compile(r"unreadable: (.+)", re.S)),
    ("import.failed", re.compile(r"could not be imported: (.+)")),
    ("import.cannot_unzip", re.compile(r"cannot unzip: (.+)")),
    ("import.damaged_zip", re.compile(r"damaged zip: (.+)")),
    ("import.bad_dicomdir", re.compile(r"unreadable DICOMDIR: (.+)")),
    ("import.dicomdir_missing", re.compile(r"listed in the DICOMDIR but missing")),
    # why a file was not de-identified, or is held until the sender looked at it (workstation.deid)
    ("deid.unreadable", re.compile(r"(.+): not a readable DICOM file: (.+)")),
    ("deid.no_sop", re.compile(r"(.+): no single SOP Instance UID")),
    ("deid.failed", re.compile(r"(.+): cannot be de-identified: (.+)")),
    ("deid.uid_clash", re.compile(r"(.+): its SOP Instance UID (.+) is that of (.+), already written from (.+) with "
                                  r"different content; one SOP Instance UID names one object, so it is not "
                                  r"written: correct the UID at the source and send it again")),
    ("deid.uid_clash_earlier", re.compile(r"(.+): its SOP Instance UID (.+) is that of (.+), already written by an "
                                          r"earlier run with different content; one SOP Instance UID names one "
                                          r"object, so it is not written: correct the UID at the source and send "
                                          r"it again")),
    ("deid.truncated", re.compile(r"the file is truncated: (.+)")),
    ("deid.document", re.compile(r"an encapsulated document \(PDF, CDA, \.\.\.\): its content is sent as it is, "
                                 r"not de-identified")),
    ("deid.burned_in", re.compile(r"BurnedInAnnotation is YES: the image has text burned into its pixels")),
    ("deid.burned_in_likely", re.compile(r"BurnedInAnnotation is absent and this is (.+), which often shows "
                                         r"patient details in its pixels")),
    ("consult.sharing_cancelled", re.compile(r"sharing cancelled")),
    # the hub's refusals (comms.hub, workstation.policy), as its Error.reason says them
    ("hub.not_invited", re.compile(r"(\S+) is not invited to (\S+) room (\S+)")),
    ("hub.role_may_not_join", re.compile(r"role (\S+) may not join (\S+) room (\S+)")),
    ("hub.role_may_not_create", re.compile(r"role (\S+) may not create (\S+) room (\S+)")),
    ("hub.role_may_not_publish", re.compile(r"role (\S+) may not publish '(.+)'")),
    ("hub.no_such_room", re.compile(r"no such room (\S+)")),
    ("hub.not_member", re.compile(r"not a member of room (\S+)")),
    ("hub.removed", re.compile(r"you were removed from (\S+) by (.+)")),
    ("hub.creator_only", re.compile(r"only the creator of (\S+) or a moderator may publish (\S+)")),
    ("hub.creator_only_list", re.compile(r"only the creator of (\S+) or a moderator may list it in (\S+)")),
    ("hub.creator_only_access", re.compile(r"only the creator of (\S+) or a moderator may change who enters it")),
    ("hub.only_hub", re.compile(r"only the hub publishes (\S+)")),
    ("hub.consultant_only", re.compile(r"(\S+): only a consultant of (.+) may publish (\S+)")),
    ("hub.referring_only", re.compile(r"(\S+): only the referring hospital may publish (\S+)")),
    ("hub.too_many_entries", re.compile(r"(\S+) in (\S+): a room admits at most (\d+) users, hospitals and roles "
                                        r"in all \(invite a hospital or a role\)")),
    ("hub.no_such_broadcast", re.compile(r"no such broadcast")),
    ("hub.no_watch_links", re.compile(r"a (\S+) may not hand out watch links: ask the surgeon or a coordinator")),
    ("hub.clock_skew", re.compile(r"your clock differs from the hub's")),
    # a list cut short (the import report, the PACS retrieval)
    ("list.more", re.compile(r"(?:…|\.\.\.) and (\d+) more")),
)


#: Codes whose parameters (by number) are themselves core sentences, or a "; "-separated list of
#: "file: reason" items, to be said in the interface language too.
NESTED = {"consult.nothing_deidentified": (1,), "hub.refused": (1,)}

#: Parameters that are words of a known vocabulary, said in the interface language too: a user's
#: role (workstation.policy.ROLES), a room's kind, the kind of image that often shows burned-in text.
VOCABULARY = {
    "hub.not_invited": {2: "room_kind"},
    "hub.role_may_not_join": {1: "role", 2: "room_kind"},
    "hub.role_may_not_create": {1: "role", 2: "room_kind"},
    "hub.role_may_not_publish": {1: "role"},
    "hub.no_watch_links": {1: "role"},
    "deid.burned_in_likely": {1: "image_kind"},
}


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
