"""The interface language: Qt's translation system, switched live without a restart.

Every visible string of ``ui/`` goes through Qt (``self.tr(...)`` in QObject subclasses,
``QCoreApplication.translate("Context", ...)`` elsewhere, ``QT_TRANSLATE_NOOP`` for tables of
labels translated where they are shown). ``ui/translations/silkbridge_<lang>.ts`` hold the
translations (extracted with ``pyside6-lupdate``, edited with Qt Linguist or by hand) and the
compiled ``.qm`` files beside them are what the program loads; ``ui/translations/update.sh``
re-extracts and recompiles both. Qt's own strings (standard buttons, context menus, file dialogs)
come from Qt's ``qtbase_<lang>.qm`` where Qt ships one (Simplified Chinese), else from ours
(``ui/translations/qtbase_<lang>.ts``: Vietnamese, Thai, Lao, Khmer, Burmese, Malay, Indonesian).
The medical terms of each language are kept consistent by ``ui/translations/glossary_<lang>.tsv``.
The core's errors a user reads carry a code (``workstation.errors``): :func:`core_message` says
them in the interface language.

Public API:

* :data:`LANGUAGES` -- ``(code, name in that language)`` of the interface languages
  (``workstation.settings.UI_LANGUAGES``: "en", "zh-Hans", "vi", "th", "lo", "km", "my", "ms", "id").
* :func:`apply_language(code)` -- load and install the translators, the locale and a font chain
  that covers Chinese, Vietnamese, Thai, Lao, Khmer and Burmese; call it before building the
  window (``ui.app`` does, with ``Settings.language``).
* :func:`switch_language(code)` -- the user's choice: saved in the settings, applied, and every
  open window retranslated in place (:func:`retranslate`): the open study, the consult and the
  broadcast go on untouched. Qt also sends ``QEvent.LanguageChange`` to every widget.
* :func:`add_settings_menu(window)` -- the *Settings -> Language* menu of the main window.

How live retranslation works: the texts of our ``.ts`` files (sources and translations) and every
text a translator hands out are indexed by the (context, source) they come from -- a recording
translator (:class:`_Recorder`, asking the loaded ``.qm`` translators) is the one installed in the
application, so Qt's own strings are known too. :func:`retranslate` walks the widgets, actions, menus,
combo boxes, tabs, headers and list items and replaces every text that is such a translation by
its translation in the new language (texts built from a template, like "Hub: %1", are matched
with their arguments kept). Objects with a ``retranslate_ui()`` method are then asked to rebuild
the texts they compose from state (status lines, lists).
"""

from __future__ import annotations

import logging
import re
import threading
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QLibraryInfo, QLocale, QObject, QTranslator
from PySide6.QtGui import QAction, QActionGroup, QFont, QFontDatabase, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QMenu,
    QPlainTextEdit,
    QProgressBar,
    QTableWidget,
    QTabWidget,
    QTextEdit,
    QTreeWidget,
    QWidget,
)

from workstation.settings import UI_LANGUAGES, Settings, SettingsError, normalize_language

log = logging.getLogger(__name__)

TRANSLATIONS_DIR = Path(__file__).resolve().parent.parent / "translations"
#: The interface languages, each named in its own language (as a language menu shows them).
LANGUAGES = (("en", "English"), ("zh-Hans", "简体中文"), ("vi", "Tiếng Việt"), ("th", "ภาษาไทย"), ("lo", "ລາວ"),
             ("km", "ខ្មែរ"), ("my", "မြန်မာ"), ("ms", "Bahasa Melayu"), ("id", "Bahasa Indonesia"))
assert tuple(code for code, _ in LANGUAGES) == UI_LANGUAGES
#: The suffix of the translation files of each language (Qt's locale names).
QM_SUFFIX = {"en": "en", "zh-Hans": "zh_CN", "vi": "vi", "th": "th", "lo": "lo", "km": "km", "my": "my",
             "ms": "ms", "id": "id"}
_LOCALES = {"en": (QLocale.English, QLocale.AnyScript, QLocale.UnitedKingdom),
            "zh-Hans": (QLocale.Chinese, QLocale.SimplifiedChineseScript, QLocale.China),
            "vi": (QLocale.Vietnamese, QLocale.AnyScript, QLocale.Vietnam),
            "th": (QLocale.Thai, QLocale.AnyScript, QLocale.Thailand),
            "lo": (QLocale.Lao, QLocale.AnyScript, QLocale.Laos),
            "km": (QLocale.Khmer, QLocale.AnyScript, QLocale.Cambodia),
            "my": (QLocale.Burmese, QLocale.AnyScript, QLocale.Myanmar),
            "ms": (QLocale.Malay, QLocale.LatinScript, QLocale.Malaysia),
            "id": (QLocale.Indonesian, QLocale.AnyScript, QLocale.Indonesia)}

#: Font families tried in order for every character (Qt falls back along the list): Latin with
#: Vietnamese, then Simplified Chinese (mainland glyph forms, not the Japanese ones fontconfig may
#: pick), Thai, Lao, Khmer and Burmese (course content). installer/setup.sh installs them.
FONT_CHAIN = ("Noto Sans", "Noto Sans CJK SC", "Noto Sans Thai", "Noto Sans Lao", "Noto Sans Khmer",
              "Noto Sans Myanmar", "DejaVu Sans", "WenQuanYi Micro Hei")
_FIRST_FONT = {"zh-Hans": "Noto Sans CJK SC"}  # Chinese UI: CJK metrics for Latin and Han alike
# Thai, Lao, Khmer and Burmese interfaces: their script's font first (its line height, so that
# stacked vowels and tone marks are not clipped), Latin from the same family.
_FIRST_FONT.update({"th": "Noto Sans Thai", "lo": "Noto Sans Lao", "km": "Noto Sans Khmer", "my": "Noto Sans Myanmar"})

_PLACEHOLDER = re.compile(r"%L?(\d{1,2}|n)|%([sd])")  # Qt's %1 and %n; Python's %s and %d (in order)


class _Recorder(QTranslator):
    """The translator installed in the application: asks the loaded ones in order and remembers
    where each text it hands out came from, for :func:`retranslate`."""

    def __init__(self, translators: list[QTranslator], language: str):
        super().__init__()
        self.translators = translators
        self.language = language

    def translate(self, context, source, disambiguation=None, n=-1):  # noqa: D401 (Qt virtual)
        result = None
        for t in self.translators:
            text = t.translate(context, source, disambiguation, n)
            if text:
                result = text
                break
        _INDEX.record(source, (context, source, disambiguation or "", n >= 0))
        if result is not None:
            _INDEX.record(result, (context, source, disambiguation or "", n >= 0))
        return result  # None: not translated, Qt shows the source text

    def isEmpty(self) -> bool:  # noqa: N802 (Qt)
        return False


class _Index:
    """Texts handed out by the translators -> the (context, source, disambiguation, plural) keys."""

    def __init__(self):
        self.lock = threading.Lock()
        self.exact: dict[str, list[tuple]] = {}
        self.templates: dict[str, tuple[re.Pattern, list[str], list[tuple]]] = {}

    def record(self, text: str, key: tuple) -> None:
        if not text:
            return
        with self.lock:
            keys = self.exact.setdefault(text, [])
            if key not in keys:
                keys.append(key)
            if _PLACEHOLDER.search(text):
                entry = self.templates.get(text)
                if entry is None:
                    entry = self.templates[text] = (*_template_pattern(text), [])
                if key not in entry[2]:
                    entry[2].append(key)

    def lookup(self, text: str):
        """(keys, args) for a text shown on screen: exact, else through a template; or None."""
        with self.lock:
            keys = self.exact.get(text)
            if keys:
                return list(keys), {}
            for template, (pattern, names, tkeys) in self.templates.items():
                if pattern is None:
                    continue
                m = pattern.fullmatch(text)
                if m:
                    args = {}
                    for name, value in zip(names, m.groups()):
                        args.setdefault(name, value)
                    return list(tkeys), args
        return None


_INDEX = _Index()


def _seed_index() -> None:
    """Know every text of our .ts files (sources and their translations) from the start, so that
    windows built before any translator was installed are retranslated too."""
    import xml.etree.ElementTree as ET

    if _STATE.get("seeded"):
        return
    _STATE["seeded"] = True
    for ts in sorted(TRANSLATIONS_DIR.glob("silkbridge_*.ts")):
        try:
            root = ET.parse(ts).getroot()
        except (OSError, ET.ParseError) as exc:
            log.warning("translations %s not read: %s", ts, exc)
            continue
        for ctx in root.iter("context"):
            context = ctx.findtext("name") or ""
            for m in ctx.iter("message"):
                source = m.findtext("source") or ""
                numerus = m.get("numerus") == "yes"
                key = (context, source, m.findtext("comment") or "", numerus)
                _INDEX.record(source, key)
                tr = m.find("translation")
                if tr is not None:
                    for text in ([f.text for f in tr.findall("numerusform")] if numerus else [tr.text]):
                        if text:
                            _INDEX.record(text, key)


def _template_pattern(text: str):
    """A regular expression matching ``text`` with its %1/%n placeholders filled in (None when the
    template has too little fixed text to be recognised safely), and the placeholder names."""
    parts, names, literal, pos = [], [], 0, 0
    for m in _PLACEHOLDER.finditer(text):
        chunk = text[pos:m.start()]
        literal += len(chunk.strip())
        parts.append(re.escape(chunk))
        name = m.group(1) or f"#{sum(1 for n in names if n.startswith('#'))}"  # %s, %d: by position
        names.append(name)
        parts.append(r"(\d+)" if name == "n" else r"(.+?)")
        pos = m.end()
    chunk = text[pos:]
    literal += len(chunk.strip())
    parts.append(re.escape(chunk))
    if literal < 2:
        return None, names
    return re.compile("".join(parts), re.DOTALL), names


# ------------------------------------------------------------------ loading and applying
_STATE = {"language": None, "recorder": None, "qt_translators": []}


def current_language() -> str:
    """The language applied in this process ("en" before any)."""
    return _STATE["language"] or "en"


def translation_files(code: str) -> list[Path]:
    """The .qm file of our own strings for ``code`` (for English, the source language, it holds
    only the plural forms: "1 study", "2 studies")."""
    code = normalize_language(code)
    return [TRANSLATIONS_DIR / f"silkbridge_{QM_SUFFIX[code]}.qm"]


def _load(path: Path) -> QTranslator:
    t = QTranslator()
    if not t.load(str(path)):
        raise SettingsError(f"the translation file {path} is missing or damaged")
    return t


def _qt_translator(code: str) -> QTranslator | None:
    """Qt's own strings in ``code``: Qt's qtbase file if Qt ships one, else ours."""
    if code == "en":
        return None
    suffix = QM_SUFFIX[code]
    t = QTranslator()
    if t.load(f"qtbase_{suffix}", QLibraryInfo.path(QLibraryInfo.TranslationsPath)):
        return t
    ours = TRANSLATIONS_DIR / f"qtbase_{suffix}.qm"
    if ours.exists() and t.load(str(ours)):
        return t
    log.warning("no translation of Qt's own strings for %s", code)
    return None


def apply_language(code: str, app: QCoreApplication | None = None) -> str:
    """Install the translators, locale and font chain of ``code`` in the application (the
    recorder stays installed for English too). Returns the normalised code; SettingsError (and
    nothing changed) when the code is unknown or its translation file cannot be loaded."""
    code = normalize_language(code)
    return _install(code, _prepare(code), app)


def _prepare(code: str) -> list[QTranslator]:
    """The translators of ``code``, all loaded before anything changes (SettingsError if one cannot be)."""
    # English reads fine without its plural file ("1 studies" at worst); other languages need theirs.
    translators = [_load(p) for p in translation_files(code) if code != "en" or p.exists()]
    qt = _qt_translator(code)
    if qt is not None:
        translators.append(qt)
    return translators


def _install(code: str, translators: list[QTranslator], app=None) -> str:
    app = app or QCoreApplication.instance()
    if app is None:
        raise RuntimeError("apply_language needs a QApplication")
    recorder = _Recorder(translators, code)
    old = _STATE["recorder"]
    _STATE.update(language=code, recorder=recorder)
    app.installTranslator(recorder)  # Qt sends LanguageChange to every widget
    if old is not None:
        app.removeTranslator(old)
    language, script, territory = _LOCALES[code]
    QLocale.setDefault(QLocale(language, script, territory))
    if isinstance(app, QApplication):
        app.setFont(ui_font(code, app.font()))
    return code


def available_font_families() -> list[str]:
    """The families of FONT_CHAIN installed on this machine, in chain order."""
    installed = set(QFontDatabase.families())
    return [f for f in FONT_CHAIN if f in installed]


def ui_font(code: str, base: QFont | None = None) -> QFont:
    """``base`` (its size and weight kept) with the font chain of the language ``code``."""
    font = QFont(base) if base is not None else QFont()
    families = available_font_families()
    first = _FIRST_FONT.get(code)
    if first in families:
        families.remove(first)
        families.insert(0, first)
    if families:
        font.setFamilies(families)
    return font


def switch_language(code: str, roots=None) -> str:
    """The user chose the interface language ``code``: remember it in the settings, apply it and
    retranslate the open windows (``roots``, default every top-level widget) in place.
    SettingsError (nothing changed) for an unknown language; an unwritable settings file is
    logged and the language still changes for this session."""
    code = normalize_language(code)
    translators = _prepare(code)  # a missing or damaged file: refused before anything changes
    settings = Settings.load()
    settings.set_language(code)
    try:
        settings.save()  # before installing: panels that read Settings.language on LanguageChange see it
    except OSError as exc:
        log.error("could not save the interface language in %s: %s", Settings.path(), exc)
    _install(code, translators)
    retranslate(roots)
    return code


# ------------------------------------------------------------------ retranslating live
def _contexts(obj) -> list[str]:
    """Class names of ``obj`` and its parents, nearest first: the translation contexts that most
    likely produced its texts."""
    names, seen = [], set()
    while obj is not None:
        for cls in type(obj).__mro__:
            if cls.__name__ not in seen:
                seen.add(cls.__name__)
                names.append(cls.__name__)
        obj = obj.parent()
    return names


def _translate_key(keys: list[tuple], contexts: list[str], n: int = -1) -> str:
    """The current translation of the best of ``keys``: contexts nearest to the widget first,
    the first one that has a translation (PySide's tr() asks every class of the MRO, so a text
    is recorded under Qt's class names too); the source text when none has one."""
    rank = {name: i for i, name in enumerate(contexts)}
    ordered = sorted(keys, key=lambda k: rank.get(k[0], len(rank)))
    for context, source, disambiguation, plural in ordered:
        text = QCoreApplication.translate(context, source, disambiguation or None, n if plural else -1)
        if text != (source.replace("%n", str(n)) if plural and n >= 0 else source):
            return text
    context, source, disambiguation, plural = ordered[0]
    return QCoreApplication.translate(context, source, disambiguation or None, n if plural else -1)


def retext(text: str, contexts: list[str] = (), _depth: int = 0) -> str | None:
    """``text`` (as shown on screen) in the current language, or None when it is not a text the
    translators handed out."""
    if not text or _depth > 2:
        return None
    found = _INDEX.lookup(text)
    if found is None:
        return None
    keys, args = found
    n = int(args["n"]) if args.get("n", "").isdigit() else -1
    new = _translate_key(keys, list(contexts), n)
    if args:
        position = iter(range(100))

        def fill(m):
            name = m.group(1) or f"#{next(position)}"
            if name == "n" or name not in args:
                return m.group(0)
            value = args[name]
            inner = retext(value, contexts, _depth + 1)  # an argument that is itself a translated text
            return value if inner is None else inner
        new = _PLACEHOLDER.sub(fill, new)
    return new


def _swap(getter, setter, contexts) -> None:
    try:
        old = getter()
    except RuntimeError:  # deleted underneath
        return
    if isinstance(old, str) and old:
        new = retext(old, contexts)
        if new is not None and new != old:
            setter(new)


def _retranslate_action(action: QAction, contexts) -> None:
    _swap(action.text, action.setText, contexts)
    _swap(action.iconText, action.setIconText, contexts)
    _swap(action.toolTip, action.setToolTip, contexts)
    _swap(action.statusTip, action.setStatusTip, contexts)


def _retranslate_widget(w: QWidget, done_actions: set) -> None:
    ctx = _contexts(w)
    _swap(w.windowTitle, w.setWindowTitle, ctx)
    _swap(w.toolTip, w.setToolTip, ctx)
    _swap(w.statusTip, w.setStatusTip, ctx)
    _swap(w.whatsThis, w.setWhatsThis, ctx)
    if isinstance(w, QLabel):
        _swap(w.text, w.setText, ctx)
    elif isinstance(w, QAbstractButton):
        _swap(w.text, w.setText, ctx)
    elif isinstance(w, QGroupBox):
        _swap(w.title, w.setTitle, ctx)
    elif isinstance(w, QMenu):
        _swap(w.title, w.setTitle, ctx)
    elif isinstance(w, (QLineEdit, QPlainTextEdit, QTextEdit)):
        _swap(w.placeholderText, w.setPlaceholderText, ctx)
    elif isinstance(w, QProgressBar):
        _swap(w.format, w.setFormat, ctx)
    elif isinstance(w, QComboBox):
        for i in range(w.count()):
            _swap(lambda i=i: w.itemText(i), lambda t, i=i: w.setItemText(i, t), ctx)
    elif isinstance(w, QTabWidget):
        for i in range(w.count()):
            _swap(lambda i=i: w.tabText(i), lambda t, i=i: w.setTabText(i, t), ctx)
            _swap(lambda i=i: w.tabToolTip(i), lambda t, i=i: w.setTabToolTip(i, t), ctx)
    if isinstance(w, QListWidget):
        for i in range(w.count()):
            item = w.item(i)
            _swap(item.text, item.setText, ctx)
            _swap(item.toolTip, item.setToolTip, ctx)
    elif isinstance(w, QTreeWidget):
        header = w.headerItem()
        for c in range(header.columnCount()):
            _swap(lambda c=c: header.text(c), lambda t, c=c: header.setText(c, t), ctx)
    elif isinstance(w, QTableWidget):
        for c in range(w.columnCount()):
            item = w.horizontalHeaderItem(c)
            if item is not None:
                _swap(item.text, item.setText, ctx)
    elif isinstance(w, QAbstractItemView) and isinstance(w.model(), QStandardItemModel):
        model = w.model()
        for c in range(model.columnCount()):
            item = model.horizontalHeaderItem(c)
            if item is not None:
                _swap(item.text, item.setText, ctx)
    placeholder = getattr(w, "placeholder", None)  # text a widget paints itself (VideoView)
    if isinstance(placeholder, str) and placeholder:
        new = retext(placeholder, ctx)
        if new is not None and new != placeholder:
            w.placeholder = new
            w.update()
    for action in w.actions():
        if id(action) not in done_actions:
            done_actions.add(id(action))
            _retranslate_action(action, _contexts(action))


def retranslate(roots=None) -> None:
    """Put every text of ``roots`` (widgets; default all top-level ones) that came from a
    translator into the current language, then call ``retranslate_ui()`` where defined."""
    _seed_index()
    app = QApplication.instance()
    if roots is None:
        roots = app.topLevelWidgets() if app is not None else []
    elif isinstance(roots, QObject):
        roots = [roots]
    done_actions: set[int] = set()
    hooks = []
    for root in roots:
        widgets = [root] + root.findChildren(QWidget)
        for w in widgets:
            _retranslate_widget(w, done_actions)
        for obj in [root] + root.findChildren(QObject):
            if isinstance(obj, QAction) and id(obj) not in done_actions:
                done_actions.add(id(obj))
                _retranslate_action(obj, _contexts(obj))
            hook = getattr(obj, "retranslate_ui", None)
            if callable(hook):
                hooks.append(hook)
    for hook in hooks:
        try:
            hook()
        except Exception as exc:  # a panel that cannot redraw its texts must not stop the others
            log.warning("retranslate_ui of %s: %s", getattr(hook, "__self__", hook), exc)


# ------------------------------------------------------------------ shared vocabulary
ROLE_NAMES = {
    "trainee": QT_TRANSLATE_NOOP("Roles", "trainee"),
    "specialist": QT_TRANSLATE_NOOP("Roles", "specialist"),
    "surgeon": QT_TRANSLATE_NOOP("Roles", "surgeon"),
    "coordinator": QT_TRANSLATE_NOOP("Roles", "coordinator"),
    "administrator": QT_TRANSLATE_NOOP("Roles", "administrator"),
}
LINK_STATE_NAMES = {
    "connecting": QT_TRANSLATE_NOOP("LinkStates", "connecting"),
    "online": QT_TRANSLATE_NOOP("LinkStates", "online"),
    "degraded": QT_TRANSLATE_NOOP("LinkStates", "degraded"),
    "offline": QT_TRANSLATE_NOOP("LinkStates", "offline"),
    "refused": QT_TRANSLATE_NOOP("LinkStates", "refused"),
    "revoked": QT_TRANSLATE_NOOP("LinkStates", "revoked"),
}


ROOM_KIND_NAMES = {  # workstation.policy's room kinds, as the hub's refusals name them
    "consult": QT_TRANSLATE_NOOP("RoomKinds", "consult"),
    "broadcast": QT_TRANSLATE_NOOP("RoomKinds", "broadcast"),
    "cohort": QT_TRANSLATE_NOOP("RoomKinds", "cohort"),
    "referral": QT_TRANSLATE_NOOP("RoomKinds", "referral"),
}
IMAGE_KIND_NAMES = {  # workstation.deid: images that often show patient details in their pixels
    "a projection radiograph": QT_TRANSLATE_NOOP("ImageKinds", "a projection radiograph"),
    "an X-ray angiography or fluoroscopy image": QT_TRANSLATE_NOOP("ImageKinds",
                                                                   "an X-ray angiography or fluoroscopy image"),
    "an ultrasound image": QT_TRANSLATE_NOOP("ImageKinds", "an ultrasound image"),
    "a photograph (endoscopy, camera, microscopy)": QT_TRANSLATE_NOOP("ImageKinds",
                                                                      "a photograph (endoscopy, camera, microscopy)"),
    "a secondary capture, scan or document": QT_TRANSLATE_NOOP("ImageKinds", "a secondary capture, scan or document"),
}


def _vocabulary_word(kind: str, value: str) -> str:
    if kind == "role":
        return role_name(value)
    names, context = {"room_kind": (ROOM_KIND_NAMES, "RoomKinds"),
                      "image_kind": (IMAGE_KIND_NAMES, "ImageKinds")}.get(kind, ({}, ""))
    return QCoreApplication.translate(context, names[value]) if value in names else value


#: The sentences of the core's error codes (workstation.errors), in the interface language.
CORE_MESSAGES = {
    "camera.cannot_open": QT_TRANSLATE_NOOP("CoreMessages", "camera %1: cannot open video device (no camera at index "
                                                            "%1 or it is in use)"),
    "camera.no_frame": QT_TRANSLATE_NOOP("CoreMessages", "camera %1: no frame (device disconnected?)"),
    "link.key_refused": QT_TRANSLATE_NOOP("CoreMessages", "the hub refused this key (not enrolled or revoked)"),
    "link.handshake_failed": QT_TRANSLATE_NOOP("CoreMessages", "secure handshake with the hub failed (wrong hub key?)"),
    "link.room_offline": QT_TRANSLATE_NOOP("CoreMessages", "cannot create room %1: not connected to the hub"),
    "import.not_dicom": QT_TRANSLATE_NOOP("CoreMessages", "not a DICOM file"),
    "import.empty": QT_TRANSLATE_NOOP("CoreMessages", "empty file"),
    "import.missing": QT_TRANSLATE_NOOP("CoreMessages", "no such file or folder"),
    "import.zip_unsafe": QT_TRANSLATE_NOOP("CoreMessages", "unsafe path inside the zip"),
    "import.no_pixels": QT_TRANSLATE_NOOP("CoreMessages", "cannot be shown: an image without pixel data"),
    "import.no_decoder": QT_TRANSLATE_NOOP("CoreMessages", "cannot be shown: the decoder for %1 is not installed"),
    "import.unknown_syntax": QT_TRANSLATE_NOOP("CoreMessages", "cannot be shown: unknown transfer syntax %1"),
    "import.pixels_truncated": QT_TRANSLATE_NOOP("CoreMessages", "truncated: pixel data needs %1 bytes, the file "
                                                                 "holds %2"),
    "import.header_incomplete": QT_TRANSLATE_NOOP("CoreMessages", "incomplete DICOM header (truncated?): missing %1"),
    "import.cannot_read": QT_TRANSLATE_NOOP("CoreMessages", "cannot read: %1"),
    "import.cannot_copy": QT_TRANSLATE_NOOP("CoreMessages", "cannot copy into the catalog: %1"),
    "import.unknown_vr": QT_TRANSLATE_NOOP("CoreMessages", "unknown value representation %1 in %2"),
    "import.element_truncated": QT_TRANSLATE_NOOP("CoreMessages", "truncated or corrupt: %1 claims %2 bytes, the file holds %3 after it"),
    "import.element_length": QT_TRANSLATE_NOOP("CoreMessages", "unreadable element %1: %2 bytes is not a whole number of %3 values (%4 bytes each)"),
    "import.element_unreadable": QT_TRANSLATE_NOOP("CoreMessages", "unreadable element %1: %2"),
    "import.invalid_header": QT_TRANSLATE_NOOP("CoreMessages", "cannot be shown: invalid image header (%1)"),
    "import.no_syntax": QT_TRANSLATE_NOOP("CoreMessages", "cannot be shown: the file does not say how its pixel data is encoded (no transfer syntax)"),
    "import.no_decoder_for": QT_TRANSLATE_NOOP("CoreMessages", "cannot be shown: no decoder for pixel data in %1"),
    "import.frame_undecodable": QT_TRANSLATE_NOOP("CoreMessages", "cannot be shown: the first frame does not decode (%1)"),
    "import.frame_shape": QT_TRANSLATE_NOOP("CoreMessages", "cannot be shown: the first frame decodes to shape %1, the header says %2 rows x %3 columns"),
    "import.pixels_not_found": QT_TRANSLATE_NOOP("CoreMessages", "corrupt: the pixel data cannot be located in the file"),
    "import.undefined_length": QT_TRANSLATE_NOOP("CoreMessages", "corrupt: compressed (undefined length) pixel data in %1"),
    "import.no_delimiter": QT_TRANSLATE_NOOP("CoreMessages", "truncated: the compressed pixel data ends before its delimiter"),
    "import.bad_item": QT_TRANSLATE_NOOP("CoreMessages", "corrupt: invalid item in the compressed pixel data"),
    "import.frame_past_end": QT_TRANSLATE_NOOP("CoreMessages", "truncated: a compressed frame runs past the end of the file"),
    "import.not_encapsulated": QT_TRANSLATE_NOOP("CoreMessages", "corrupt: %1 pixel data must be encapsulated (undefined length)"),
    "import.pixels_short": QT_TRANSLATE_NOOP("CoreMessages", "truncated: pixel data holds %1 bytes, the image needs %2"),
    "import.pixels_long": QT_TRANSLATE_NOOP("CoreMessages", "corrupt: pixel data holds %1 bytes, Rows x Columns x frames x samples x bits need %2"),
    "import.truncated": QT_TRANSLATE_NOOP("CoreMessages", "truncated or corrupt: %1"),
    "import.truncated_detail": QT_TRANSLATE_NOOP("CoreMessages", "truncated: %1"),
    "import.corrupt_header": QT_TRANSLATE_NOOP("CoreMessages", "corrupt header: %1"),
    "import.meta_misplaced": QT_TRANSLATE_NOOP("CoreMessages", "corrupt file meta header: %1 found inside the dataset"),
    "import.corrupt_pixels": QT_TRANSLATE_NOOP("CoreMessages", "corrupt pixel data: %1"),
    "import.dicomdir_file": QT_TRANSLATE_NOOP("CoreMessages", "a DICOMDIR index, not an image (import its folder or the DICOMDIR itself)"),
    "import.unreadable": QT_TRANSLATE_NOOP("CoreMessages", "unreadable: %1"),
    "import.failed": QT_TRANSLATE_NOOP("CoreMessages", "could not be imported: %1"),
    "import.cannot_unzip": QT_TRANSLATE_NOOP("CoreMessages", "cannot unzip: %1"),
    "import.damaged_zip": QT_TRANSLATE_NOOP("CoreMessages", "damaged zip: %1"),
    "import.bad_dicomdir": QT_TRANSLATE_NOOP("CoreMessages", "unreadable DICOMDIR: %1"),
    "import.dicomdir_missing": QT_TRANSLATE_NOOP("CoreMessages", "listed in the DICOMDIR but missing"),
    "deid.unreadable": QT_TRANSLATE_NOOP("CoreMessages", "%1: not a readable DICOM file: %2"),
    "deid.no_sop": QT_TRANSLATE_NOOP("CoreMessages", "%1: no single SOP Instance UID"),
    "deid.failed": QT_TRANSLATE_NOOP("CoreMessages", "%1: cannot be de-identified: %2"),
    "deid.uid_clash": QT_TRANSLATE_NOOP("CoreMessages", "%1: its SOP Instance UID %2 is that of %3, already written from %4 with different content; one SOP Instance UID names one object, so it is not written: correct the UID at the source and send it again"),
    "deid.uid_clash_earlier": QT_TRANSLATE_NOOP("CoreMessages", "%1: its SOP Instance UID %2 is that of %3, already written by an earlier run with different content; one SOP Instance UID names one object, so it is not written: correct the UID at the source and send it again"),
    "deid.truncated": QT_TRANSLATE_NOOP("CoreMessages", "the file is truncated: %1"),
    "deid.document": QT_TRANSLATE_NOOP("CoreMessages", "an encapsulated document (PDF, CDA, ...): its content is sent as it is, not de-identified"),
    "deid.burned_in": QT_TRANSLATE_NOOP("CoreMessages", "BurnedInAnnotation is YES: the image has text burned into its pixels"),
    "deid.burned_in_likely": QT_TRANSLATE_NOOP("CoreMessages", "BurnedInAnnotation is absent and this is %1, which often shows patient details in its pixels"),
    "consult.nothing_deidentified": QT_TRANSLATE_NOOP("CoreMessages", "nothing could be de-identified (%1)"),
    "consult.sharing_cancelled": QT_TRANSLATE_NOOP("CoreMessages", "sharing cancelled"),
    "hub.not_invited": QT_TRANSLATE_NOOP("CoreMessages", "%1 is not invited to %2 room %3"),
    "hub.role_may_not_join": QT_TRANSLATE_NOOP("CoreMessages", "role %1 may not join %2 room %3"),
    "hub.role_may_not_create": QT_TRANSLATE_NOOP("CoreMessages", "role %1 may not create %2 room %3"),
    "hub.role_may_not_publish": QT_TRANSLATE_NOOP("CoreMessages", "role %1 may not publish %2"),
    "hub.no_such_room": QT_TRANSLATE_NOOP("CoreMessages", "no such room %1"),
    "hub.not_member": QT_TRANSLATE_NOOP("CoreMessages", "not a member of room %1"),
    "hub.removed": QT_TRANSLATE_NOOP("CoreMessages", "you were removed from %1 by %2"),
    "hub.creator_only": QT_TRANSLATE_NOOP("CoreMessages", "only the creator of %1 or a moderator may publish %2"),
    "hub.creator_only_list": QT_TRANSLATE_NOOP("CoreMessages", "only the creator of %1 or a moderator may list it in %2"),
    "hub.creator_only_access": QT_TRANSLATE_NOOP("CoreMessages", "only the creator of %1 or a moderator may change who enters it"),
    "hub.only_hub": QT_TRANSLATE_NOOP("CoreMessages", "only the hub publishes %1"),
    "hub.consultant_only": QT_TRANSLATE_NOOP("CoreMessages", "%1: only a consultant of %2 may publish %3"),
    "hub.referring_only": QT_TRANSLATE_NOOP("CoreMessages", "%1: only the referring hospital may publish %2"),
    "hub.too_many_entries": QT_TRANSLATE_NOOP("CoreMessages", "%1 in %2: a room admits at most %3 users, hospitals and roles in all (invite a hospital or a role)"),
    "hub.no_such_broadcast": QT_TRANSLATE_NOOP("CoreMessages", "no such broadcast"),
    "hub.no_watch_links": QT_TRANSLATE_NOOP("CoreMessages", "a %1 may not hand out watch links: ask the surgeon or a coordinator"),
    "hub.clock_skew": QT_TRANSLATE_NOOP("CoreMessages", "your clock differs from the hub's"),
    "hub.refused": QT_TRANSLATE_NOOP("CoreMessages", "refused by the hub: %1"),
    "list.more": QT_TRANSLATE_NOOP("CoreMessages", "… and %1 more"),
}


def core_message(error) -> str:
    """An error of the core (an exception or the sentence it handed over) in the interface language:
    its code's sentence with its parameters; the core's own English text for a code not known here.
    The parameters of a code in ``workstation.errors.NESTED`` are core sentences too (one, or a
    "; "-separated list of "file: reason"), each said in the interface language."""
    from workstation.errors import NESTED, VOCABULARY, describe

    found = describe(error)
    if found is None or found[0] not in CORE_MESSAGES:
        return str(error)
    code, params = found
    text = QCoreApplication.translate("CoreMessages", CORE_MESSAGES[code])
    for i, value in enumerate(params, 1):
        if i in NESTED.get(code, ()):
            value = "; ".join(_nested_item(part) for part in value.split("; "))
        elif i in VOCABULARY.get(code, {}):
            value = _vocabulary_word(VOCABULARY[code][i], value)
        text = text.replace(f"%{i}", value)
    return text


def _nested_item(text: str, depth: int = 0) -> str:
    """One reason of a list: a core sentence, or "file: reason" whose reason is one."""
    said = core_message(text)
    if said != text or depth > 3 or ": " not in text:
        return said
    name, rest = text.split(": ", 1)
    return f"{name}: {_nested_item(rest, depth + 1)}"


def role_name(role: str) -> str:
    """A user's role (workstation.policy.ROLES) as shown to people, in the interface language."""
    return QCoreApplication.translate("Roles", ROLE_NAMES[role]) if role in ROLE_NAMES else role


def link_state_name(state: str) -> str:
    """The link's state (comms.client STATES) in the interface language."""
    return QCoreApplication.translate("LinkStates", LINK_STATE_NAMES[state]) if state in LINK_STATE_NAMES else state


# ------------------------------------------------------------------ the settings menu
def add_settings_menu(window) -> QMenu:
    """The main window's *Settings* menu with its *Language* submenu: one checkable entry per
    language, named in that language; choosing one switches the whole interface at once."""
    menu = window.menuBar().addMenu(QCoreApplication.translate("LanguageMenu", "&Settings"))
    menu.setObjectName("settingsMenu")
    languages = menu.addMenu(QCoreApplication.translate("LanguageMenu", "&Language"))
    languages.setObjectName("languageMenu")
    languages.menuAction().setObjectName("languageMenuAction")
    group = QActionGroup(languages)
    group.setExclusive(True)
    window.language_actions = {}
    for code, name in LANGUAGES:
        action = QAction(name, languages, checkable=True)
        action.setObjectName(f"language-{code}")
        action.setData(code)
        action.setChecked(code == current_language())
        group.addAction(action)
        languages.addAction(action)
        action.triggered.connect(lambda _=False, c=code: _chosen(window, c))
        window.language_actions[code] = action
    languages.aboutToShow.connect(lambda: window.language_actions[current_language()].setChecked(True))
    return menu


def _chosen(window, code: str) -> None:
    if code == current_language():
        return
    try:
        switch_language(code)
    except SettingsError as exc:  # e.g. a damaged translation file: say so, keep the language
        window.language_actions[current_language()].setChecked(True)
        window.statusBar().showMessage(str(exc), 15000)
        return
    text = QCoreApplication.translate("LanguageMenu", "Interface language: %1").replace("%1", dict(LANGUAGES)[code])
    window.statusBar().showMessage(text, 8000)
