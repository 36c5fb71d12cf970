"""The Specific Character Set of a DICOM object we write, chosen for the text actually in it.

An object derived from a source series (SR, Key Object Selection, secondary capture) inherits the
source's Specific Character Set (0008,0005), often ISO_IR 100 (Latin-1) or none at all (ASCII).
The text *we* add to it (observer, hospital, labels, descriptions) may be Vietnamese, Chinese or
Thai: written in the inherited set it would be silently replaced by ``?`` on disk.

:func:`fit_character_set` keeps the inherited set when every text value of the dataset (nested
sequences included) can be written in it, and otherwise switches the whole object to UTF-8
(``ISO_IR 192``). Values are held decoded (``str``) in memory, so pydicom re-encodes the copied
patient/study attributes in the new set when the file is written: nothing is lost either way.
Call it on the finished dataset, right before ``save_as``.
"""

from __future__ import annotations

import unicodedata
import warnings

from pydicom.charset import convert_encodings
from pydicom.dataset import Dataset
from pydicom.multival import MultiValue

UTF8 = "ISO_IR 192"
TEXT_VRS = frozenset({"SH", "LO", "ST", "LT", "UT", "UC", "PN"})  # the VRs that follow (0008,0005)
_ALL = frozenset({"utf_8", "utf-8", "utf8", "gb18030"})  # Unicode-complete encodings


def _terms(charset) -> list[str]:
    if charset is None or charset == "":
        return []
    if isinstance(charset, str):
        return [charset]
    return [str(c) for c in charset]


def _python_encodings(charset) -> list[str] | None:
    """Python codecs of a Specific Character Set, with the default repertoire as strict ASCII
    (pydicom decodes it leniently as Latin-1); ``None`` for a set pydicom does not know."""
    terms = _terms(charset)
    if not terms:
        return ["ascii"]
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        try:
            encodings = convert_encodings(terms)
        except (LookupError, ValueError, UserWarning):
            return None
    # "ISO_IR 6" / "ISO 2022 IR 6" / an empty first value -> pydicom's lenient default
    out = []
    for term, enc in zip([terms[0] or "ISO_IR 6"] + terms[1:], encodings):
        out.append("ascii" if term.strip() in ("ISO_IR 6", "ISO 2022 IR 6", "") else enc)
    return out


def _strings(value) -> list[str]:
    if value is None:
        return []
    if isinstance(value, (list, tuple, MultiValue)):
        return [s for v in value for s in _strings(v)]
    return [str(value)]


def _fits(text: str, encodings: list[str]) -> bool:
    if text.isascii():
        return True
    if any(e.lower().replace("-", "_") in _ALL for e in encodings):
        return True
    for enc in encodings:  # one encoding for the whole value
        try:
            text.encode(enc)
            return True
        except UnicodeError:
            pass
    if len(encodings) == 1:
        return False
    # ISO 2022 code extensions switch sets inside a value: every character must be in one of them
    for ch in set(text):
        for enc in encodings:
            try:
                ch.encode(enc)
                break
            except UnicodeError:
                continue
        else:
            return False
    return True


def text_values(ds: Dataset) -> list[tuple[str, str]]:
    """(keyword, text) of every text value in ``ds`` and its sequences (decoded)."""
    out = []
    for elem in ds.iterall():
        if elem.VR in TEXT_VRS:
            out.extend((elem.keyword or str(elem.tag), s) for s in _strings(elem.value))
    return out


def unrepresentable(ds: Dataset, charset=None) -> list[tuple[str, str]]:
    """The (keyword, text) values of ``ds`` that ``charset`` (default: the dataset's own Specific
    Character Set) cannot hold. An unknown character set holds nothing but ASCII."""
    if charset is None:
        charset = ds.get("SpecificCharacterSet")
    encodings = _python_encodings(charset) or ["ascii"]
    return [(kw, s) for kw, s in text_values(ds) if not _fits(s, encodings)]


def source_character_set(source: Dataset):
    """The Specific Character Set a derived object starts from: the source's, or UTF-8 when the
    source declares a set nobody knows (highdicom refuses those; its text was decoded as best pydicom
    could, and UTF-8 holds whatever that gave)."""
    charset = source.get("SpecificCharacterSet")
    if not _terms(charset):
        return None
    return charset if _python_encodings(charset) is not None else UTF8


def fit_character_set(ds: Dataset, preferred=None):
    """Set ``ds.SpecificCharacterSet`` for the text it holds and return it: ``preferred`` (default:
    the set ``ds`` already declares, i.e. the source's) when every value fits, else ``ISO_IR 192``.
    A dataset with only ASCII text and no declared set keeps none (the default repertoire)."""
    charset = ds.get("SpecificCharacterSet") if preferred is None else preferred
    values = text_values(ds)  # also decodes every raw element before the set changes
    encodings = _python_encodings(charset)
    if encodings is not None and all(_fits(s, encodings) for _, s in values):
        chosen = charset
    else:
        chosen = UTF8
    if chosen is None or chosen == "" or (isinstance(chosen, (list, tuple, MultiValue)) and not chosen):
        if "SpecificCharacterSet" in ds:
            del ds.SpecificCharacterSet
        return None
    ds.SpecificCharacterSet = chosen if isinstance(chosen, str) else list(chosen)
    return ds.SpecificCharacterSet


_MAX_CHARS = {"SH": 16, "LO": 64, "PN": 64, "ST": 1024, "LT": 10240}
_MULTILINE = frozenset({"ST", "LT", "UT"})  # single-valued texts where CR, LF, TAB, FF and "\\" are allowed


def clean_text(text: str, vr: str) -> str:
    """``text`` typed by a user, made a valid value of ``vr``: lone surrogates and control characters
    dropped (CR/LF/TAB/FF kept in ST/LT/UT), a backslash (the DICOM value separator, which would
    split the value in two) written "/" outside ST/LT/UT, and the length cut to the VR's maximum
    (counted in UTF-8 bytes, as validators do; for PN: at most 3 "=" groups of 64 and 5 "^" components)."""
    text = str(text).encode("utf-8", "ignore").decode("utf-8")  # lone surrogates cannot be encoded
    keep = "\r\n\t\f" if vr in _MULTILINE else ""
    text = "".join(ch for ch in text if ch in keep or unicodedata.category(ch) != "Cc")
    if vr not in _MULTILINE:
        text = text.replace("\\", "/")
    if vr == "PN":
        groups = [_cut("^".join(g.split("^")[:5]), 64) for g in text.split("=")[:3]]
        return "=".join(g.strip() for g in groups).rstrip("=")
    limit = _MAX_CHARS.get(vr)
    return (_cut(text, limit) if limit else text).strip()


def _cut(text: str, limit: int) -> str:
    """At most ``limit`` bytes once written in UTF-8, cut between characters: the maximum a validator
    checks in bytes, which no character set exceeds with fewer characters."""
    return text.encode("utf-8")[:limit].decode("utf-8", "ignore")


def save_with_fitted_charset(ds: Dataset, out_path) -> "Path":
    """Fit the Specific Character Set (:func:`fit_character_set`), then write ``ds`` as a DICOM
    file (with file meta) to ``out_path`` atomically: a failure leaves no partial file."""
    import os
    import tempfile
    from pathlib import Path

    out_path = Path(out_path)
    fit_character_set(ds)
    out_path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=".dcm-", suffix=".part", dir=out_path.parent)
    os.close(fd)
    try:
        ds.save_as(tmp, enforce_file_format=True)
        os.replace(tmp, out_path)
    finally:
        if os.path.exists(tmp):
            os.unlink(tmp)
    return out_path
