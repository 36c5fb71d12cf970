"""The interface language: complete Simplified Chinese and Vietnamese translations, compiled files
up to date with them and with the code, the language setting, switching live in a real window
(with the consult and broadcast docks, a study open) without an English text left, the saved
language applied at start, and fonts that draw Chinese, Vietnamese, Thai, Lao, Khmer and Burmese."""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QComboBox,
    QDockWidget,
    QGroupBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QMenu,
    QPlainTextEdit,
    QTabWidget,
    QWidget,
)

ROOT = Path(__file__).resolve().parent.parent
TRANSLATIONS = ROOT / "ui" / "translations"
OURS = {"zh-Hans": TRANSLATIONS / "silkbridge_zh_CN.ts", "vi": TRANSLATIONS / "silkbridge_vi.ts"}
PLACEHOLDER = re.compile(r"%L?(?:\d{1,2}|n)")
PRINTF = re.compile(r"%[sd]")
CJK = re.compile(r"[\u4e00-\u9fff]")
VI_LETTERS = re.compile(r"[ăâđêôơưàáảãạằắẳẵặầấẩẫậèéẻẽẹềếểễệìíỉĩịòóỏõọồốổỗộờớởỡợùúủũụừứửữựỳýỷỹỵ]", re.I)
# Texts that are the same in every language: file filters of formats, a device name.
SAME_EVERYWHERE = {"CSV (*.csv)", "PDF (*.pdf)", "Camera 0 (OpenCV)", " 3D ", "OK", "PACS"}


def _tool(name: str) -> str:
    for candidate in (Path(sys.executable).parent / f"pyside6-{name}", shutil.which(f"pyside6-{name}")):
        if candidate and Path(candidate).exists():
            return str(candidate)
    pytest.fail(f"pyside6-{name} is not installed (it ships with PySide6)")


def _messages(ts: Path):
    """(context, source, numerus, [translations], unfinished) of every message of a .ts file."""
    out = []
    for ctx in ET.parse(ts).getroot().iter("context"):
        name = ctx.findtext("name")
        for m in ctx.iter("message"):
            tr = m.find("translation")
            numerus = m.get("numerus") == "yes"
            texts = [f.text or "" for f in tr.findall("numerusform")] if numerus else [tr.text or ""]
            unfinished = tr.get("type") in ("unfinished", "obsolete", "vanished")
            out.append((name, m.findtext("source"), numerus, texts, unfinished))
    return out


# ---------------------------------------------------------------- the translation files
@pytest.mark.parametrize("ts", sorted(TRANSLATIONS.glob("*.ts")), ids=lambda p: p.name)
def test_every_message_is_translated_with_its_placeholders(ts):
    messages = _messages(ts)
    assert messages, f"{ts.name} holds no message"
    problems = []
    for context, source, numerus, texts, unfinished in messages:
        where = f"{ts.name} [{context}] {source!r}"
        if unfinished or not all(t.strip() for t in texts):
            problems.append(f"{where}: not translated")
            continue
        for text in texts:
            if sorted(PLACEHOLDER.findall(source)) != sorted(PLACEHOLDER.findall(text)):
                problems.append(f"{where}: placeholders {PLACEHOLDER.findall(source)} became {text!r}")
            if PRINTF.findall(source) != PRINTF.findall(text):  # Python's % fills them in order
                problems.append(f"{where}: %s/%d placeholders {PRINTF.findall(source)} became {text!r}")
            if re.findall(r"</?\w+>", source) != re.findall(r"</?\w+>", text):
                problems.append(f"{where}: markup not kept in {text!r}")
            if "&" in source.replace("&&", "") and "&" not in text:
                problems.append(f"{where}: the shortcut (&) is lost in {text!r}")
            if source != source.strip() and (source[0] == " ") != (text[0] == " "):
                problems.append(f"{where}: the spacing around {text!r} differs")
            if "zh_CN" in ts.name and source not in SAME_EVERYWHERE and not CJK.search(text):
                problems.append(f"{where}: no Chinese in {text!r}")
            if ts.name == "silkbridge_vi.ts" and source not in SAME_EVERYWHERE and text == source:
                problems.append(f"{where}: left in English")
    assert not problems, "\n".join(problems)


def test_vietnamese_is_written_with_its_diacritics():
    texts = [t for _c, s, _n, ts, _u in _messages(OURS["vi"]) for t in ts if len(s.split()) >= 3]
    with_marks = [t for t in texts if VI_LETTERS.search(t)]
    assert len(with_marks) >= 0.9 * len(texts), [t for t in texts if not VI_LETTERS.search(t)]


def test_translation_files_cover_every_string_of_the_code(tmp_path):
    """lupdate over ui/*.py finds no string our .ts files lack (a new string fails until translated)."""
    english = TRANSLATIONS / "silkbridge_en.ts"  # the English plural forms ("1 study", "2 studies")
    for ts, extra in [(ts, []) for ts in OURS.values()] + [(english, ["-pluralonly"])]:
        copy = tmp_path / ts.name
        shutil.copy(ts, copy)
        subprocess.run([_tool("lupdate"), *sorted(str(p) for p in (ROOT / "ui").glob("*.py")), "-locations", "none",
                        "-no-obsolete", *extra, "-ts", str(copy)], check=True, capture_output=True, cwd=ROOT)
        after = _messages(copy)
        missing = [f"[{c}] {s!r}" for c, s, _n, _t, unfinished in after if unfinished]
        assert not missing, f"{ts.name} lacks:\n" + "\n".join(missing)
        assert {(c, s) for c, s, *_ in after} == {(c, s) for c, s, *_ in _messages(ts)}, \
            f"{ts.name} keeps strings the code no longer has: run ui/translations/update.sh"


def test_compiled_files_are_up_to_date(tmp_path):
    """Each .qm is what lrelease makes of its .ts now."""
    for ts in sorted(TRANSLATIONS.glob("*.ts")):
        qm = tmp_path / (ts.stem + ".qm")
        subprocess.run([_tool("lrelease"), "-silent", str(ts), "-qm", str(qm)], check=True, capture_output=True)
        shipped = ts.with_suffix(".qm")
        assert shipped.exists(), f"{shipped.name} is missing: run ui/translations/update.sh"
        assert shipped.read_bytes() == qm.read_bytes(), f"{shipped.name} is older than {ts.name}: run update.sh"


# ---------------------------------------------------------------- the setting
def test_language_setting_is_validated_and_kept(silkbridge_home):
    from workstation.settings import Settings, SettingsError

    s = Settings.load()
    assert s.language == "en"
    for alias, code in (("zh-CN", "zh-Hans"), ("zh_cn", "zh-Hans"), ("ZH-HANS", "zh-Hans"), ("vi-VN", "vi")):
        s.set_language(alias)
        assert s.language == code
    s.set_language("vi")
    for bad in ("fr", "", None, 3, "zh-Hant"):
        with pytest.raises(SettingsError, match="not an interface language"):
            s.set_language(bad)
        assert s.language == "vi"  # nothing changed
    s.layout = "1x3"
    s.save()
    assert Settings.load().language == "vi"

    # A hand-edited file with an unknown language: English, the rest of the settings kept.
    raw = json.loads(Settings.path().read_text(encoding="utf-8"))
    raw["language"] = "klingon"
    Settings.path().write_text(json.dumps(raw), encoding="utf-8")
    again = Settings.load()
    assert (again.language, again.layout) == ("en", "1x3")


# ---------------------------------------------------------------- the window
@pytest.fixture
def english_afterwards(qapp):
    """The language is process-wide: every test leaves the application in English."""
    from ui.i18n import apply_language

    apply_language("en")
    yield
    apply_language("en")


def _english_sources(code):
    """English texts that the translation into ``code`` replaces, and the templates (with %1...) among them."""
    sources = set()
    for _c, source, _n, texts, _u in _messages(OURS[code]):
        if any(t != source for t in texts):
            sources.add(source)
    exact = {s.replace("&", "").strip() for s in sources if not PLACEHOLDER.search(s)}
    templates = []
    for s in sources:
        if PLACEHOLDER.search(s):
            parts = PLACEHOLDER.split(s.replace("&", ""))
            if sum(len(p.strip()) for p in parts) >= 3:
                templates.append((s, re.compile(r"(.+?)".join(re.escape(p) for p in parts), re.DOTALL)))
    return exact, templates


def _shown_texts(window):
    """Every text a person sees in the window: visible widgets, menus, docks, tabs, combo items,
    list items and table headers (HTML tags dropped)."""
    found = []

    def add(text, where):
        if text:
            found.append((re.sub(r"<[^>]+>", "", text), where))

    add(window.windowTitle(), "window title")
    for w in [window] + window.findChildren(QWidget):
        if not w.isVisible() or isinstance(w, QMenu):
            continue
        name = f"{type(w).__name__} {w.objectName()}"
        if isinstance(w, QLabel):
            add(w.text(), name)
        elif isinstance(w, QAbstractButton):
            add(w.text(), name)
        elif isinstance(w, QGroupBox):
            add(w.title(), name)
        elif isinstance(w, (QLineEdit, QPlainTextEdit)):
            add(w.placeholderText(), name + " placeholder")
        elif isinstance(w, QComboBox):
            for i in range(w.count()):
                add(w.itemText(i), name)
        elif isinstance(w, QTabWidget):
            for i in range(w.count()):
                add(w.tabText(i), name)
        elif isinstance(w, QDockWidget):
            add(w.windowTitle(), name)
        if isinstance(w, QListWidget):
            for i in range(w.count()):
                add(w.item(i).text(), name)
        elif isinstance(w, QAbstractItemView) and w.model() is not None:
            for c in range(w.model().columnCount()):
                add(str(w.model().headerData(c, Qt.Horizontal) or ""), name + " header")
        if hasattr(w, "placeholder") and isinstance(w.placeholder, str):
            add(w.placeholder, name + " (painted)")

    def menu(m, path):
        add(m.title(), path)
        for a in m.actions():
            if a.menu() is not None:
                menu(a.menu(), f"{path} > {a.text()}")
            elif not a.isSeparator():
                add(a.text(), f"{path} > action")

    for a in window.menuBar().actions():
        menu(a.menu(), "menu")
    return found


def _english_left(window, code):
    exact, templates = _english_sources(code)
    left = []
    for text, where in _shown_texts(window):
        pieces = {text.replace("&", "").strip()} | {p.strip() for p in re.split(r"\n| — | · |; |, |: ", text)}
        for piece in pieces:
            if piece in exact:
                left.append(f"{where}: {piece!r} (in {text!r})")
        for source, pattern in templates:
            if pattern.fullmatch(text.replace("&", "").strip()):
                left.append(f"{where}: {text!r} is {source!r} untranslated")
    return left


def _station(qtbot, hub, tmp_path, name="Dr Wei Surgeon", with_courses=False):
    """A surgeon's reading room on a live link with the consult and broadcast docks (and the
    courses dock)."""
    from comms.client import LinkClient
    from ui.broadcast import BroadcastController
    from ui.consult import ConsultController
    from ui.link import LinkBridge
    from ui.mainwindow import MainWindow
    from workstation.dicom.catalog import Catalog

    bundle = hub.enrol(name, role="surgeon", hospital="Guangxi Medical", country="CN", language="zh-Hans")
    home = tmp_path / "station"
    bridge = LinkBridge(LinkClient(bundle, home / "link"))
    win = MainWindow(Catalog(home / "catalog"), link=bridge)
    consult = ConsultController(win, bridge, bundle, home, home / "reid.sqlite")
    win.attach_consult(consult)
    broadcasts = BroadcastController(bridge, bundle, window=win)
    win.attach_broadcasts(broadcasts)
    if with_courses:
        from ui.courses import attach_courses

        assert attach_courses(win, bridge, bundle, home=home) is not None
    qtbot.addWidget(win)
    win.resize(1500, 950)
    win.show()
    qtbot.waitExposed(win)
    bridge.start()
    qtbot.waitUntil(lambda: bridge.client.state == "online", timeout=20_000)
    return win, consult, broadcasts


def _open_phantom(qtbot, win, phantom):
    with qtbot.waitSignal(win.import_finished, timeout=120_000):
        win.import_paths([phantom])
    qtbot.waitUntil(lambda: win.browser.series.count() > 0, timeout=10_000)
    with qtbot.waitSignal(win.volume_loaded, timeout=120_000):
        win.open_series(win.browser.series.item(0).data(Qt.UserRole))
    return win.volume


def _choose_language(qtbot, win, code):
    """Settings -> Language -> <code>, as a person picks it from the menu."""
    settings = next(a.menu() for a in win.menuBar().actions() if a.menu().objectName() == "settingsMenu")
    languages = next(a.menu() for a in settings.actions() if a.menu() is not None)
    action = next(a for a in languages.actions() if a.data() == code)
    action.trigger()
    qtbot.wait(200)  # Qt's LanguageChange events are delivered too


def _dock(win, name):
    return win.findChild(QDockWidget, name)


def _menu_titles(win):
    return [a.text() for a in win.menuBar().actions()]


EXPECTED = {  # a person's view of the switch: menus, toolbars, docks, panels
    "en": {"menus": ["&File", "&View", "&Settings"], "studies": "Studies", "consult": "MDT consult",
           "broadcasts": "Broadcasts", "reset": "Reset view", "length": "Length", "go_live": "Go live",
           "share": "Share open study", "link": "Hub: online", "role": "surgeon"},
    "zh-Hans": {"menus": ["文件(&F)", "视图(&V)", "设置(&S)"], "studies": "检查", "consult": "MDT 会诊",
                "broadcasts": "手术直播", "reset": "重置视图", "length": "长度", "go_live": "开始直播",
                "share": "共享当前检查", "link": "中心：在线", "role": "外科医师"},
    "vi": {"menus": ["&Tệp", "&Xem", "&Cài đặt"], "studies": "Ca chụp", "consult": "Hội chẩn MDT",
           "broadcasts": "Phát sóng phẫu thuật", "reset": "Đặt lại khung nhìn", "length": "Chiều dài",
           "go_live": "Phát trực tiếp", "share": "Chia sẻ ca chụp đang mở", "link": "Trung tâm: trực tuyến",
           "role": "phẫu thuật viên"},
}


def _check_language(win, consult, broadcasts, code):
    e = EXPECTED[code]
    assert _menu_titles(win) == e["menus"]
    assert _dock(win, "studiesDock").windowTitle() == e["studies"]
    assert _dock(win, "consultDock").windowTitle() == e["consult"]
    assert _dock(win, "broadcastDock").windowTitle() == e["broadcasts"]
    assert win.reset_action.text() == e["reset"]
    assert win.tool_actions["length"].text() == e["length"]
    assert broadcasts.studio.live_button.text() == e["go_live"]
    assert consult.panel.share_button.text() == e["share"]
    assert win.link_label.text().startswith(e["link"])
    participants = [consult.panel.participants.item(i).text() for i in range(consult.panel.participants.count())]
    assert any(p.endswith("· " + e["role"]) or ("· " + e["role"] + " ·") in p for p in participants), participants


def test_switching_language_live_keeps_the_study_and_the_meeting(qtbot, hub, tmp_path, silkbridge_home, display,
                                                                small_phantom, english_afterwards):
    from workstation.settings import Settings

    win, consult, broadcasts = _station(qtbot, hub, tmp_path)
    volume = _open_phantom(qtbot, win, small_phantom)
    series = win.state.series_uid
    win.state.window, win.state.level = 400.0, 40.0
    consult.create("肝脏会诊 / Hội chẩn gan", [{"case_id": "case-1", "title": "Liver lesion",
                                               "question": "Haemangioma?", "referring_hospital": "Bach Mai"}])
    qtbot.waitUntil(lambda: consult.panel.participants.count() == 1, timeout=20_000)
    qtbot.waitUntil(lambda: win.link_label.text().startswith("Hub: online"), timeout=20_000)
    _check_language(win, consult, broadcasts, "en")
    assert win.browser.count_label.text() == "1 study"  # English plural forms

    for code in ("zh-Hans", "vi", "en"):
        _choose_language(qtbot, win, code)
        _check_language(win, consult, broadcasts, code)
        assert Settings.load().language == code  # remembered for the next start
        assert win.language_actions[code].isChecked()
        # Nothing was rebuilt: the same study, view and meeting go on.
        assert win.volume is volume and win.state.series_uid == series
        assert (win.state.window, win.state.level) == (400.0, 40.0)
        assert consult.session is not None and consult.panel.stack.currentIndex() == 1
    assert win.statusBar().currentMessage() == "Interface language: English"


@pytest.mark.parametrize("code", ["zh-Hans", "vi"])
def test_no_english_left_after_switching(qtbot, hub, tmp_path, silkbridge_home, display, small_phantom,
                                         english_afterwards, code):
    """Every wrapped text on screen, with each right-hand dock (consult, broadcast studio and
    watch, courses catalogue and lesson) in front in turn, is in the new language; only names,
    units, numbers and DICOM terms stay as they are."""
    win, consult, broadcasts = _station(qtbot, hub, tmp_path, with_courses=True)
    _open_phantom(qtbot, win, small_phantom)
    consult.create("MDT 2026-05", [{"case_id": "case-1", "title": "Case A", "question": "?",
                                    "referring_hospital": "Bach Mai"}])
    qtbot.waitUntil(lambda: consult.panel.participants.count() == 1, timeout=20_000)
    win.browser.series.setCurrentRow(0)
    _choose_language(qtbot, win, code)
    courses = win.courses.panel.tabs
    for dock, tabs, tab in (("consultDock", None, None), ("broadcastDock", broadcasts.panel.tabs, 0),
                            ("broadcastDock", broadcasts.panel.tabs, 1), ("coursesDock", courses, 0),
                            ("coursesDock", courses, 1)):
        _dock(win, dock).raise_()
        if tabs is not None:
            tabs.setCurrentIndex(tab)
        qtbot.wait(100)
        left = _english_left(win, code)
        assert not left, f"English left in {code} with {dock} in front:\n" + "\n".join(left)
    # The painted placeholder of the viewer's picture too.
    assert broadcasts.viewer.view.placeholder == QCoreApplication.translate(
        "BroadcastViewer", "Waiting for the surgeon's picture…") != "Waiting for the surgeon's picture…"


def test_a_damaged_translation_is_refused_and_the_language_kept(qtbot, window, tmp_path, monkeypatch,
                                                                english_afterwards):
    import ui.i18n as i18n
    from workstation.settings import Settings, SettingsError

    broken = tmp_path / "translations"
    shutil.copytree(TRANSLATIONS, broken)
    (broken / "silkbridge_vi.qm").write_bytes(b"not a translation file")
    monkeypatch.setattr(i18n, "TRANSLATIONS_DIR", broken)
    with pytest.raises(SettingsError, match="silkbridge_vi.qm"):
        i18n.apply_language("vi")
    assert i18n.current_language() == "en"
    _choose_language(qtbot, window, "vi")  # from the menu: said in the status bar, nothing changes
    assert "silkbridge_vi.qm" in window.statusBar().currentMessage()
    assert window.language_actions["en"].isChecked()
    assert _menu_titles(window)[0] == "&File"
    assert Settings.load().language == "en"
    _choose_language(qtbot, window, "zh-Hans")  # the others still work
    assert _menu_titles(window)[0] == "文件(&F)"


def test_the_saved_language_is_applied_at_start(silkbridge_home, display, tmp_path):
    """A new process (as `python -m workstation gui` starts) builds its window in the saved language."""
    from workstation.settings import Settings

    s = Settings.load()
    s.set_language("vi")
    s.save()
    script = (
        "import json\n"
        "from ui.app import _application\n"
        "from ui.mainwindow import MainWindow\n"
        "from workstation.dicom.catalog import Catalog\n"
        "from workstation.settings import Settings\n"
        "app = _application()\n"
        "win = MainWindow(Catalog(Settings.load().catalog_dir))\n"
        "from PySide6.QtWidgets import QDialogButtonBox\n"
        "box = QDialogButtonBox(QDialogButtonBox.Ok | QDialogButtonBox.Cancel)\n"
        "print(json.dumps({'menus': [a.text() for a in win.menuBar().actions()], 'title': win.windowTitle(),\n"
        "                  'buttons': [b.text() for b in box.buttons()], 'font': app.font().families()}))\n"
    )
    env = dict(os.environ, QT_QPA_PLATFORM="xcb")
    out = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=120, cwd=ROOT,
                         env=env, check=True)
    shown = json.loads(out.stdout.strip().splitlines()[-1])
    assert shown["menus"] == EXPECTED["vi"]["menus"]
    assert shown["title"] == "Silkbridge — phòng đọc phim"
    assert sorted(shown["buttons"]) == ["Hủy", "OK"]  # Qt's own buttons in Vietnamese too
    assert shown["font"][:2] == ["Noto Sans", "Noto Sans CJK SC"]


# ---------------------------------------------------------------- fonts
SCRIPTS = {  # (sample text, the family that must draw it)
    "Simplified Chinese": ("肝脏病灶：血管瘤还是转移瘤？", "Noto Sans CJK SC"),
    "Vietnamese": ("Chẩn đoán hình ảnh: tổn thương ở phổi, ước lượng", "Noto Sans"),  # CJK SC under zh-Hans
    "Thai": ("การวินิจฉัยด้วยภาพทางการแพทย์", "Noto Sans Thai"),
    "Lao": ("ການວິນິດໄສດ້ວຍພາບທາງການແພດ", "Noto Sans Lao"),
    "Khmer": ("ការធ្វើរោគវិនិច្ឆ័យតាមរូបភាព", "Noto Sans Khmer"),
    "Burmese": ("ဆေးဘက်ဆိုင်ရာ ရုပ်ပုံရောဂါရှာဖွေခြင်း", "Noto Sans Myanmar"),
}


@pytest.mark.parametrize("language", ["en", "zh-Hans", "vi"])
@pytest.mark.parametrize("script", sorted(SCRIPTS))
def test_every_script_renders_without_missing_glyphs(qtbot, display, english_afterwards, language, script):
    """Text of each script in a QLabel, under each interface language: every glyph Qt lays out
    comes from a real font (no glyph 0, the empty box) and the expected family draws it."""
    from PySide6.QtGui import QImage, QTextLayout

    from ui.i18n import apply_language

    apply_language(language)
    text, family = SCRIPTS[script]
    label = QLabel(text)
    qtbot.addWidget(label)
    label.show()
    qtbot.waitExposed(label)
    layout = QTextLayout(text, label.font())
    layout.beginLayout()
    layout.createLine()
    layout.endLayout()
    runs = layout.glyphRuns()
    assert runs
    families = set()
    for run in runs:
        glyphs = list(run.glyphIndexes())
        assert glyphs and 0 not in glyphs, f"{script} has missing glyphs in {run.rawFont().familyName()}"
        families.add(run.rawFont().familyName())
    if language == "zh-Hans" and script == "Vietnamese":
        family = "Noto Sans CJK SC"  # the Chinese interface's first font has every Vietnamese letter
    assert family in families, families
    # And the label really draws it: ink in its picture.
    image = label.grab().toImage().convertToFormat(QImage.Format_Grayscale8)
    dark = sum(1 for y in range(image.height()) for x in range(image.width()) if image.pixelColor(x, y).value() < 128)
    assert dark > 20
