"""Text in every script the region uses, for VTK text actors.

VTK's built-in fonts (Arial/Courier/Times) lack Vietnamese precomposed letters ("ễ") and all CJK,
Thai, Lao, Khmer and Burmese glyphs: the missing characters are silently dropped. Here a font
*file* covering the text is chosen with fontconfig (``fc-match`` with the text's characters as the
requested charset, so fontconfig returns the installed font missing the fewest of them, e.g. Noto
Sans for Vietnamese, Noto Sans CJK for Chinese, Noto Sans Thai...), cached per character set.
Pure ASCII keeps VTK's built-in font; without fontconfig everything falls back to it.

Text is NFC-normalised first (a DICOM name may arrive with combining accents, which FreeType
without a shaping engine would draw apart). One font file serves one text actor, so callers put
each line in its own actor (see ``SliceScene``): a patient name in Thai and an ID in Latin letters
each get a font that has them. Limits: no complex-script shaping (VTK draws glyphs one after the
other: Thai/Lao marks and Khmer/Burmese reordering are approximate), and a single line mixing
scripts no installed font covers together gets the font missing the fewest characters.
"""

from __future__ import annotations

import functools
import shutil
import subprocess
import unicodedata

from vtkmodules.vtkRenderingCore import vtkTextProperty

VTK_ARIAL = vtkTextProperty.GetFontFamilyFromString("Arial")
VTK_FONT_FILE = vtkTextProperty.GetFontFamilyFromString("File")

FC_MATCH_TIMEOUT_S = 5.0


def normalize(text: str) -> str:
    return unicodedata.normalize("NFC", str(text))


def needs_font_file(text: str) -> bool:
    """True when VTK's built-in font cannot draw all of ``text`` (anything beyond ASCII)."""
    return any(ord(ch) > 0x7E for ch in text)


@functools.lru_cache(maxsize=1)
def _fc_match_path() -> str | None:
    return shutil.which("fc-match")


@functools.lru_cache(maxsize=512)
def _font_for_charset(codepoints: frozenset[int]) -> str | None:
    exe = _fc_match_path()
    if exe is None:
        return None
    charset = " ".join(f"{cp:x}" for cp in sorted(codepoints))
    try:
        out = subprocess.run([exe, "-f", "%{file}", f"sans:charset={charset}"], capture_output=True,
                             text=True, timeout=FC_MATCH_TIMEOUT_S, check=False)
    except (OSError, subprocess.SubprocessError):
        return None
    path = out.stdout.strip()
    return path if out.returncode == 0 and path else None


def font_file_for(text: str) -> str | None:
    """A font file whose glyphs cover ``text`` (None: VTK's built-in font is enough, or fontconfig
    is absent). Cached: one ``fc-match`` run per new set of characters."""
    text = normalize(text)
    if not needs_font_file(text):
        return None
    codepoints = frozenset(ord(ch) for ch in text if not ch.isspace() and unicodedata.category(ch)[0] != "C")
    return _font_for_charset(codepoints)


def set_text(actor, text: str) -> None:
    """Put ``text`` in a vtkTextActor with a font that covers it (font changed only when needed)."""
    text = normalize(text)
    tp = actor.GetTextProperty()
    path = font_file_for(text)
    if path is None:
        if tp.GetFontFamily() != VTK_ARIAL:
            tp.SetFontFamily(VTK_ARIAL)
    elif tp.GetFontFamily() != VTK_FONT_FILE or tp.GetFontFile() != path:
        tp.SetFontFamily(VTK_FONT_FILE)
        tp.SetFontFile(path)
    if actor.GetInput() != text:
        actor.SetInput(text)
