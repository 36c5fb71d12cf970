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


# ----------------------------------------------------------------- viewport text (corners, edges)
CORNER_COLOR = (0.9, 0.9, 0.9)
LABEL_COLOR = (1.0, 0.85, 0.3)
UNPLACED_SIZE = (512, 512)


def _style(tp, font_size: int, bold: bool) -> None:
    tp.SetFontSize(int(font_size))
    tp.SetBold(bool(bold))
    tp.SetShadow(not bold)  # corner lines have a shadow (legible on bright images), labels not
    tp.UseTightBoundingBoxOn()
    tp.SetVerticalJustificationToCentered()


@functools.lru_cache(maxsize=4096)
def text_extent(text: str, font_size: int, bold: bool = False, dpi: int = 72) -> tuple[int, int, int, int]:
    """(x0, x1, y0, y1): the ink of one line, shadow included, relative to a left-justified
    text actor's position, exactly as ``vtkTextActor.GetBoundingBox`` reports it once drawn (same
    font choice, size, weight; from VTK's FreeType text renderer, no window needed). VTK's
    vertical centring is not used to place lines: it ignores the marks of Burmese and Khmer."""
    from vtkmodules.vtkRenderingCore import vtkTextRenderer

    import vtkmodules.vtkRenderingFreeType  # noqa: F401  (the FreeType text renderer)

    text = normalize(text)
    if not text:
        return 0, 0, 0, 0
    tp = vtkTextProperty()
    _style(tp, font_size, bold)
    path = font_file_for(text)
    if path is not None:
        tp.SetFontFamily(VTK_FONT_FILE)
        tp.SetFontFile(path)
    bbox = [0, 0, 0, 0]
    if not vtkTextRenderer.GetInstance().GetBoundingBox(tp, text, bbox, int(dpi)):
        return 0, 0, 0, 0
    return bbox[0], bbox[1], bbox[2], bbox[3]


def measure_text(text: str, font_size: int, bold: bool = False, dpi: int = 72) -> tuple[float, float]:
    """Ink (width, height) in pixels of one line drawn as ``ViewportText`` draws it."""
    x0, x1, y0, y1 = text_extent(text, font_size, bold, dpi)
    return float(x1 - x0), float(y1 - y0)


class ViewportText:
    """The corner lines and edge labels of one renderer, placed by ``render.corner_text.layout``
    for the renderer's current size (call :meth:`update` after a resize): one text actor per line,
    each with a font covering its script."""

    def __init__(self, renderer):
        from .corner_text import CORNERS, EDGES

        self.renderer = renderer
        self.corners: dict[str, list] = {c: [] for c in CORNERS}
        self.source: dict[str, str] = {}  # corner -> the text as given (lines joined by \n)
        self.labels: dict[str, str] = {}
        self.corner_actors: dict[str, list] = {c: [] for c in CORNERS}
        self.label_actors: dict[str, object] = {e: self._new_actor(LABEL_COLOR) for e in EDGES}
        self.layout = None
        self._key = None  # what the last layout was made of
        self._dpi = 72
        self._shown: dict[int, object] = {}  # id(actor) -> the Placed it shows

    def _new_actor(self, color):
        from vtkmodules.vtkRenderingCore import vtkTextActor

        ta = vtkTextActor()
        ta.GetPositionCoordinate().SetCoordinateSystemToViewport()
        ta.GetTextProperty().SetColor(*color)
        ta.VisibilityOff()
        self.renderer.AddViewProp(ta)
        return ta

    def set_corners(self, corners: dict) -> None:
        """corner -> text (one line per "\\n", earlier lines more important) or list of
        ``corner_text.Line``; corners not named keep their text."""
        from .corner_text import CORNERS, as_lines

        for key in corners:
            if key not in CORNERS:
                raise ValueError(f"unknown corner {key!r}; expected one of {sorted(CORNERS)}")
        for key, value in corners.items():
            lines = as_lines(normalize(value) if isinstance(value, str) else value)
            lines = [type(ln)(normalize(ln.text), ln.priority) for ln in lines]
            self.corners[key] = lines
            self.source[key] = "\n".join(ln.text for ln in lines)

    def set_labels(self, labels: dict[str, str]) -> None:
        self.labels = {k: normalize(v) for k, v in labels.items() if v}

    def size(self) -> tuple[int, int]:
        """The renderer's size in pixels; a nominal 512 x 512 while it is in no window (the next
        ``update`` in a window lays the text out again)."""
        if self.renderer.GetRenderWindow() is None:
            return UNPLACED_SIZE
        w, h = self.renderer.GetSize()
        return (int(w), int(h)) if w > 0 and h > 0 else UNPLACED_SIZE

    def update(self) -> None:
        """Lay the text out for the renderer's current size and move the actors there."""
        from .corner_text import layout

        win = self.renderer.GetRenderWindow()
        dpi = int(win.GetDPI()) if win is not None else 72
        size = self.size()
        key = (size, dpi, tuple((c, tuple(v)) for c, v in self.corners.items()), tuple(self.labels.items()))
        if key == self._key:
            return  # same text, same viewport: the actors are where they belong (every frame)
        self._key = key
        self._dpi = dpi
        self.layout = lay = layout(size, self.corners, self.labels, lambda t, s, b: measure_text(t, s, b, dpi))
        for edge, ta in self.label_actors.items():
            self._show(ta, lay.labels.get(edge))
        for corner, placed in lay.lines.items():
            actors = self.corner_actors[corner]
            while len(actors) < len(placed):
                actors.append(self._new_actor(CORNER_COLOR))
            for i, ta in enumerate(actors):
                self._show(ta, placed[i] if i < len(placed) else None)

    def _show(self, ta, placed) -> None:
        if self._shown.get(id(ta)) == placed:
            return
        self._shown[id(ta)] = placed
        if placed is None:
            ta.VisibilityOff()
            return
        tp = ta.GetTextProperty()
        if tp.GetFontSize() != placed.font_size or tp.GetBold() != placed.bold:
            _style(tp, placed.font_size, placed.bold)
        elif not tp.GetUseTightBoundingBox():
            _style(tp, placed.font_size, placed.bold)
        tp.SetJustification(0)  # left: the ink's offsets from the position are known exactly
        set_text(ta, placed.text)
        ex0, _, ey0, _ = text_extent(placed.text, placed.font_size, placed.bold, self._dpi)
        x, y = placed.box[0] - ex0, placed.box[1] - ey0  # the ink lands on the planned box
        if tuple(ta.GetPositionCoordinate().GetValue()[:2]) != (x, y):
            ta.GetPositionCoordinate().SetValue(x, y)
        ta.VisibilityOn()

    def visible_actors(self):
        """(key, actor) of every text actor shown."""
        out = [(f"label:{e}", ta) for e, ta in self.label_actors.items() if ta.GetVisibility()]
        out += [(f"{c}:{i}", ta) for c, actors in self.corner_actors.items()
                for i, ta in enumerate(actors) if ta.GetVisibility()]
        return out

    def drawn_boxes(self) -> list[tuple[str, tuple[float, float, float, float]]]:
        """(key, (x0, y0, x1, y1)) of every visible text actor as VTK draws it (viewport pixels,
        ``vtkTextActor.GetBoundingBox``); needs a rendered window."""
        out = []
        for key, ta in self.visible_actors():
            bbox = [0.0, 0.0, 0.0, 0.0]
            ta.GetBoundingBox(self.renderer, bbox)  # relative to the actor's position
            x, y = ta.GetPositionCoordinate().GetComputedViewportValue(self.renderer)
            out.append((key, (x + bbox[0], y + bbox[2], x + bbox[1], y + bbox[3])))
        return out
