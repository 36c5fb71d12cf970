"""The interface language: complete translations in the network's eight languages (Simplified
Chinese, Vietnamese, Thai, Lao, Khmer, Burmese, Malay, Indonesian), each in its own script, compiled
files up to date with them and with the code, the language setting, switching live in a real window
(with the consult and broadcast docks, a study open) without an English text left, the saved
language applied at start, fonts that draw every translated character, the core's errors in the
interface language, Chinese lessons whose bold text renders, and lines of Thai, Lao, Khmer and
Burmese lessons broken between words."""

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
SUFFIX = {"zh-Hans": "zh_CN", "vi": "vi", "th": "th", "lo": "lo", "km": "km", "my": "my", "ms": "ms", "id": "id"}
OURS = {code: TRANSLATIONS / f"silkbridge_{suffix}.ts" for code, suffix in SUFFIX.items()}
#: The script each translation is written in (a text with none of it is not translated).
SCRIPT_OF = {"zh_CN": re.compile(r"[\u4e00-\u9fff]"), "th": re.compile(r"[\u0e01-\u0e5b]"),
             "lo": re.compile(r"[\u0e81-\u0edf]"), "km": re.compile(r"[\u1780-\u17f9]"),
             "my": re.compile(r"[\u1000-\u109f]")}
#: Words that Malay and Indonesian share with English (medical and computing terms).
SAME_IN = {"ms": {"Agenda", "Diagnosis", "Hospital", "Import", "Import…", "CT abdomen", "CT mediastinum", "ideal",
                  "Alias", "Folder"},
           "id": {"Agenda", "Diagnosis", "Hub: %1", "CT abdomen", "CT mediastinum", "ideal", "Alias", "Drive",
                  "Folder", " Volume ", "Zoom %1"},
           "vi": set()}
PLACEHOLDER = re.compile(r"%L?(?:\d{1,2}|n)")
PRINTF = re.compile(r"%[sd]")
CJK = re.compile(r"[\u4e00-\u9fff]")
VI_LETTERS = re.compile(r"[ăâđêôơưàáảãạằắẳẵặầấẩẫậèéẻẽẹềếểễệìíỉĩịòóỏõọồốổỗộờớởỡợùúủũụừứửữựỳýỷỹỵ]", re.I)
# Texts that are the same in every language: file filters of formats, a device name.
SAME_EVERYWHERE = {"CSV (*.csv)", "PDF (*.pdf)", "Camera 0 (OpenCV)", " 3D ", "OK", "PACS",
                   # the viewport's corners: DICOM terms and the radiologist's abbreviations
                   "%1: %2 mm", "W %1  L %2", "W %1 / L %2", "VOI LUT", "VOI LUT: %1",
                   # a measurement's label on the image: its value and units
                   "{length_mm} mm", "{angle_deg}\u00b0", "[{minimum}, {maximum}]"}
FORMAT_FIELD = re.compile(r"\{\w*\}")  # str.format fields ({length_mm}): filled in by name


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
            if sorted(FORMAT_FIELD.findall(source)) != sorted(FORMAT_FIELD.findall(text)):
                problems.append(f"{where}: format fields {FORMAT_FIELD.findall(source)} became {text!r}")
            if re.findall(r"</?\w+>", source) != re.findall(r"</?\w+>", text):
                problems.append(f"{where}: markup not kept in {text!r}")
            if "&" in source.replace("&&", "") and "&" not in text:
                problems.append(f"{where}: the shortcut (&) is lost in {text!r}")
            if source != source.strip() and (source[0] == " ") != (text[0] == " "):
                problems.append(f"{where}: the spacing around {text!r} differs")
            lang = ts.stem.split("_", 1)[1]
            if lang in SCRIPT_OF and source not in SAME_EVERYWHERE and not SCRIPT_OF[lang].search(text):
                problems.append(f"{where}: not written in the language's script: {text!r}")
            if lang in SAME_IN and source not in SAME_EVERYWHERE | SAME_IN[lang] and text == source:
                problems.append(f"{where}: left in English")
    assert not problems, "\n".join(problems)


def test_vietnamese_is_written_with_its_diacritics():
    texts = [t for _c, s, _n, ts, _u in _messages(OURS["vi"]) for t in ts if len(s.split()) >= 3]
    with_marks = [t for t in texts if VI_LETTERS.search(t)]
    assert len(with_marks) >= 0.9 * len(texts), [t for t in texts if not VI_LETTERS.search(t)]


def test_translation_files_cover_every_string_of_the_code(tmp_path):
    """lupdate over every module of ui/ finds no string our .ts files lack (a new string fails until translated)."""
    english = TRANSLATIONS / "silkbridge_en.ts"  # the English plural forms ("1 study", "2 studies")
    assert sorted(TRANSLATIONS.glob("silkbridge_*.ts")) == sorted([*OURS.values(), english])
    for ts, extra in [(ts, []) for ts in OURS.values()] + [(english, ["-pluralonly"])]:
        copy = tmp_path / ts.name
        shutil.copy(ts, copy)
        subprocess.run([_tool("lupdate"), *sorted(str(p) for p in (ROOT / "ui").glob("**/*.py")), "-locations", "none",
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
    for alias, code in (("zh-CN", "zh-Hans"), ("zh_cn", "zh-Hans"), ("ZH-HANS", "zh-Hans"), ("vi-VN", "vi"),
                        ("th-TH", "th"), ("lo_LA", "lo"), ("KM", "km"), ("my-MM", "my"), ("ms-MY", "ms"),
                        ("id-ID", "id"), ("in", "id")):
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
    from ui.common.i18n import apply_language

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
    from ui.broadcast.panel import BroadcastController
    from ui.consult.panel import ConsultController
    from ui.common.link import LinkBridge
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
        from ui.courses.panel import attach_courses

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
    "th": {"menus": ["ไฟล์(&F)", "มุมมอง(&V)", "การตั้งค่า(&S)"], "studies": "การตรวจ", "consult": "การปรึกษา MDT",
           "broadcasts": "การถ่ายทอดสด", "reset": "รีเซ็ตมุมมอง", "length": "ความยาว", "go_live": "เริ่มถ่ายทอดสด",
           "share": "แบ่งปันการตรวจที่เปิดอยู่", "link": "ศูนย์กลาง: ออนไลน์", "role": "ศัลยแพทย์"},
    "lo": {"menus": ["ໄຟລ໌(&F)", "ມຸມມອງ(&V)", "ການຕັ້ງຄ່າ(&S)"], "studies": "ການກວດ", "consult": "ການປຶກສາ MDT",
           "broadcasts": "ການຖ່າຍທອດສົດ", "reset": "ຣີເຊັດມຸມມອງ", "length": "ຄວາມຍາວ", "go_live": "ເລີ່ມຖ່າຍທອດສົດ",
           "share": "ແບ່ງປັນການກວດທີ່ເປີດຢູ່", "link": "ສູນກາງ: ອອນລາຍ", "role": "ແພດຜ່າຕັດ"},
    "km": {"menus": ["ឯកសារ(&F)", "ទិដ្ឋភាព(&V)", "ការកំណត់(&S)"], "studies": "ការពិនិត្យ", "consult": "ការពិគ្រោះ MDT",
           "broadcasts": "ការផ្សាយ", "reset": "កំណត់ទិដ្ឋភាពឡើងវិញ", "length": "ប្រវែង", "go_live": "ចាប់ផ្តើមផ្សាយផ្ទាល់",
           "share": "ចែករំលែកការពិនិត្យដែលកំពុងបើក", "link": "មជ្ឈមណ្ឌល៖ លើបណ្តាញ", "role": "គ្រូពេទ្យវះកាត់"},
    "my": {"menus": ["ဖိုင်(&F)", "မြင်ကွင်း(&V)", "ဆက်တင်များ(&S)"], "studies": "စစ်ဆေးမှုများ", "consult": "MDT ဆွေးနွေးပွဲ",
           "broadcasts": "ထုတ်လွှင့်မှုများ", "reset": "မြင်ကွင်း ပြန်စရန်", "length": "အလျား", "go_live": "တိုက်ရိုက်စတင်ရန်",
           "share": "ဖွင့်ထားသော စစ်ဆေးမှုကို မျှဝေရန်", "link": "ဗဟိုဌာန: အွန်လိုင်း", "role": "ခွဲစိတ်ဆရာဝန်"},
    "ms": {"menus": ["&Fail", "&Paparan", "&Tetapan"], "studies": "Kajian", "consult": "Konsultasi MDT",
           "broadcasts": "Siaran", "reset": "Tetapkan semula paparan", "length": "Panjang", "go_live": "Mula siaran langsung",
           "share": "Kongsi kajian yang dibuka", "link": "Hab: dalam talian", "role": "pakar bedah"},
    "id": {"menus": ["&Berkas", "&Tampilan", "&Pengaturan"], "studies": "Pemeriksaan", "consult": "Konsultasi MDT",
           "broadcasts": "Siaran", "reset": "Atur ulang tampilan", "length": "Panjang", "go_live": "Mulai siaran langsung",
           "share": "Bagikan pemeriksaan yang terbuka", "link": "Hub: daring", "role": "dokter bedah"},
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

    for code in ("zh-Hans", "vi", "th", "lo", "km", "my", "ms", "id", "en"):
        _choose_language(qtbot, win, code)
        _check_language(win, consult, broadcasts, code)
        assert Settings.load().language == code  # remembered for the next start
        assert win.language_actions[code].isChecked()
        # Nothing was rebuilt: the same study, view and meeting go on.
        assert win.volume is volume and win.state.series_uid == series
        assert (win.state.window, win.state.level) == (400.0, 40.0)
        assert consult.session is not None and consult.panel.stack.currentIndex() == 1
    assert win.statusBar().currentMessage() == "Interface language: English"


@pytest.mark.parametrize("code", sorted(OURS))
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
    import ui.common.i18n as i18n
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


@pytest.mark.parametrize("language", ["en", *OURS])
@pytest.mark.parametrize("script", sorted(SCRIPTS))
def test_every_script_renders_without_missing_glyphs(qtbot, display, english_afterwards, language, script):
    """Text of each script in a QLabel, under each interface language: every glyph Qt lays out
    comes from a real font (no glyph 0, the empty box) and the expected family draws it."""
    from PySide6.QtGui import QImage, QTextLayout

    from ui.common.i18n import apply_language

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


@pytest.mark.parametrize("code", sorted(OURS))
def test_every_translated_text_is_drawn_with_real_glyphs(qapp, display, english_afterwards, code):
    """Every text of the language's translation files (ours and Qt's own strings), laid out with the
    interface font of that language as Qt draws it: no glyph is the empty box of a missing one."""
    from PySide6.QtGui import QTextDocument
    from PySide6.QtWidgets import QApplication

    from ui.common.i18n import apply_language

    apply_language(code)
    lines = [piece for ts in (OURS[code], TRANSLATIONS / f"qtbase_{SUFFIX[code]}.ts") if ts.exists()
             for _c, _source, _n, texts, _u in _messages(ts) for text in texts for piece in text.split("\n")
             if piece.strip()]
    # One document, one paragraph per text (QTextLayout.beginLayout/endLayout called thousands of
    # times from Python corrupt None's reference count in PySide6 6.x).
    doc = QTextDocument()
    doc.setDefaultFont(QApplication.font())
    doc.setPlainText("\n".join(lines))
    doc.setTextWidth(100_000)
    layout = doc.documentLayout()
    missing, checked, runs = [], 0, 0
    block = doc.begin()
    while block.isValid():
        layout.blockBoundingRect(block)  # laid out
        checked += 1
        for i in range(block.layout().lineCount()):
            for run in block.layout().lineAt(i).glyphRuns():
                runs += 1
                if 0 in list(run.glyphIndexes()):
                    missing.append(f"{block.text()!r} ({run.rawFont().familyName()})")
        block = block.next()
    assert checked == len(lines) > 400 and runs >= checked
    assert not missing, "\n".join(missing)
    # and the check sees a missing glyph: an unassigned code point has none in any font
    doc.setPlainText("ภาษา \u0fff")
    block = doc.begin()
    layout.blockBoundingRect(block)
    assert any(0 in list(run.glyphIndexes()) for run in block.layout().lineAt(0).glyphRuns())


# ---------------------------------------------------------------- the core's messages
@pytest.mark.parametrize("code", sorted(OURS))
def test_the_core_errors_a_user_reads_are_in_the_interface_language(qapp, english_afterwards, code):
    """A camera that cannot be opened (an exception of comms.video, with its code and index) and
    the link's refusals (sentences of comms.client) are said in the interface language, their
    parameters kept; an error without a code is shown as the core wrote it."""
    from comms.video import CameraUnavailable
    from ui.common.i18n import CORE_MESSAGES, apply_language, core_message

    apply_language("en")
    camera = CameraUnavailable("camera 2: cannot open video device (no camera at index 2 or it is in use)",
                               "camera.cannot_open", (2,))
    english = {"camera": core_message(camera),
               "refused": core_message("the hub refused this key (not enrolled or revoked)"),
               "room": core_message("cannot create room mdt-7: not connected to the hub")}
    assert english["camera"] == str(camera)
    apply_language(code)
    shown = {"camera": core_message(camera),
             "refused": core_message("the hub refused this key (not enrolled or revoked)"),
             "room": core_message("cannot create room mdt-7: not connected to the hub")}
    for what, text in shown.items():
        assert text != english[what] and "%1" not in text, (what, text)
    assert shown["camera"].count("2") == 2 and "mdt-7" in shown["room"]
    assert core_message(ValueError("a message with no code")) == "a message with no code"
    # every code has its sentence in every language
    for source in CORE_MESSAGES.values():
        assert QCoreApplication.translate("CoreMessages", source) != source


# ---------------------------------------------------------------- lessons in every script
@pytest.fixture(scope="module")
def sample_course(tmp_path_factory) -> Path:
    """The shipped sample course (en, zh-Hans, vi, th), built as a course author does."""
    out = tmp_path_factory.mktemp("sample") / "sample.silkcourse"
    proc = subprocess.run([sys.executable, "-m", "workstation", "course", "sample", str(out)], capture_output=True,
                          text=True, timeout=300, cwd=ROOT)
    assert proc.returncode == 0, proc.stderr[-2000:]
    return out


@pytest.fixture
def lesson_panel(qtbot, silkbridge_home, display, tmp_path, sample_course):
    """The courses panel of an offline workstation, the sample course installed from its file:
    ``open(language, title)`` shows a lesson as a trainee clicks it and returns the lesson view."""
    from ui.courses.panel import CoursesController
    from ui.common.qthreading import cancel_all

    opened = []

    def open_lesson(language, course_title, lesson_title, width=420):
        ctl = CoursesController(None, None, None, home=tmp_path / language, language=language)
        opened.append(ctl)
        ctl.start()
        qtbot.addWidget(ctl.panel)
        ctl.panel.resize(width, 700)
        ctl.panel.show()
        qtbot.waitExposed(ctl.panel)
        ctl.install_file(sample_course)
        cat = ctl.catalogue_page
        qtbot.waitUntil(lambda: cat.course_list.count() == 1 and course_title in cat.course_list.item(0).text(),
                        timeout=60_000)
        cat.course_list.setCurrentRow(0)
        qtbot.mouseClick(cat.open_button, Qt.LeftButton)
        page = ctl.player_page
        qtbot.waitUntil(lambda: page.tree.topLevelItemCount() > 0, timeout=10_000)
        item = next(page.tree.topLevelItem(i).child(j) for i in range(page.tree.topLevelItemCount())
                    for j in range(page.tree.topLevelItem(i).childCount())
                    if lesson_title in page.tree.topLevelItem(i).child(j).text(0))
        page.tree.scrollToItem(item)
        qtbot.mouseClick(page.tree.viewport(), Qt.LeftButton, pos=page.tree.visualItemRect(item).center())
        qtbot.waitUntil(lambda: ctl.lesson is not None and lesson_title in ctl.lesson.title, timeout=10_000)
        qtbot.waitUntil(lambda: page.browser.isVisible(), timeout=10_000)
        return page.browser

    yield open_lesson
    for ctl in opened:
        ctl.shutdown()
        ctl.panel.close()
    cancel_all()


def test_chinese_lesson_shows_its_bold_text_next_to_chinese_punctuation(lesson_panel):
    """``以**亨氏单位（HU）**表示``: the emphasis sits between a Han character and full-width
    punctuation, where plain CommonMark leaves the asterisks; the lesson shows bold text."""
    browser = lesson_panel("zh-Hans", "胸腹部CT阅片", "CT值（亨氏单位）与窗宽窗位")
    text = browser.toPlainText()
    assert "**" not in text
    assert "以亨氏单位（HU）表示" in text
    bold = []
    block = browser.document().begin()
    while block.isValid():
        it = block.begin()
        while not it.atEnd():
            fragment = it.fragment()
            if fragment.isValid() and fragment.charFormat().fontWeight() >= 700:
                bold.append(fragment.text())
            it += 1
        block = block.next()
    assert "亨氏单位（HU）" in bold and "窗位" in bold and "阅片要点" in bold, bold
    assert "以亨氏单位" not in "".join(bold)  # the bold stops where the markers were


SA_SCRIPT = re.compile(r"[\u0e00-\u0eff\u1000-\u109f\u1780-\u17ff]")


def _line_breaks(browser):
    """(block text, position) of every line break Qt's layout made in the browser's document,
    and the widest line against the text width."""
    doc = browser.document()
    breaks, widest = [], 0.0
    block = doc.begin()
    while block.isValid():
        layout, text = block.layout(), block.text()
        if "\ufffc" in text:  # a picture (the lesson's figure) is as wide as it is
            block = block.next()
            continue
        for i in range(layout.lineCount()):
            line = layout.lineAt(i)
            widest = max(widest, line.naturalTextWidth())
            end = line.textStart() + line.textLength()
            if end < len(text):
                breaks.append((text, end))
        block = block.next()
    return breaks, widest, doc.textWidth()


def _assert_broken_between_words(breaks, widest, width, language):
    """No line overflows; none starts with a mark (a vowel or tone mark above or below) nor ends
    with a Thai or Lao leading vowel (เ แ โ ใ ไ: written before the consonant they follow); every
    break Qt made inside a Lao, Khmer or Burmese run is one ICU's line breaker allows (its
    dictionary of the language: the independent judge). Thai is broken by Qt itself with libthai,
    whose dictionary misses some loanwords (วินโดว์ -> วิน|โดว์): there, breaks are only required
    to fall between grapheme clusters."""
    import unicodedata

    from icu4py.breakers import CharacterBreaker, LineBreaker

    assert breaks, "nothing wrapped"
    assert widest <= width + 1, f"a line overflows: {widest} > {width}"
    for text, pos in breaks:
        before, after = text[pos - 1], text[pos]
        where = f"{text[max(0, pos - 12):pos]}|{text[pos:pos + 12]}"
        assert unicodedata.category(after) not in ("Mn", "Mc"), f"a mark starts a line: {where}"
        assert before not in "\u0e40\u0e41\u0e42\u0e43\u0e44\u0ec0\u0ec1\u0ec2\u0ec3\u0ec4", \
            f"a leading vowel ends a line: {where}"
        if SA_SCRIPT.match(before) and SA_SCRIPT.match(after):
            plain = text.replace("\u200b", "")
            at = pos - text[:pos].count("\u200b")
            breaker = CharacterBreaker if language == "th" else LineBreaker
            allowed = {start for start, _end in breaker(plain, language).segments()}
            assert at in allowed, f"broken inside a {'cluster' if language == 'th' else 'word'}: {where}"


def test_thai_lesson_lines_break_between_words(lesson_panel):
    browser = lesson_panel("th", "การอ่านภาพ CT", "หน่วยฮาวน์สฟิลด์และค่าวินโดว์", width=360)
    text = browser.toPlainText().replace("\u200b", "")
    assert "ทุกวอกเซลของภาพ CT เก็บค่าความหนาแน่นเป็น หน่วยฮาวน์สฟิลด์ (HU)" in text
    breaks, widest, width = _line_breaks(browser)
    assert sum(1 for t, _ in breaks if SA_SCRIPT.search(t)) >= 10  # narrow: Thai paragraphs wrap
    _assert_broken_between_words(breaks, widest, width, "th")


LONG_PARAGRAPHS = {  # one sentence each, with no space inside words nor between most of them
    "lo": "ຮອຍໂລກທີ່ມີຄວາມໜາແໜ້ນຕ່ຳໃນຕັບມີຂອບຄົມແລະເນື້ອດຽວກັນເປັນລັກສະນະຂອງຖົງນ້ຳໃນຕັບຊະນິດທຳມະດາ"
          "ເຊິ່ງພົບເລື້ອຍທີ່ສຸດໃນບັນດາຮອຍໂລກສະເພາະທີ່ຂອງຕັບ",
    "km": "ដំបៅដែលមានដង់ស៊ីតេទាបនៅក្នុងថ្លើមមានគែមច្បាស់និងដូចគ្នាទាំងស្រុងដែលជាលក្ខណៈនៃដុំទឹកសាមញ្ញក្នុងថ្លើម"
          "ដែលជាដំបៅទូទៅបំផុតនៃថ្លើម",
    "my": "အသည်းအတွင်းရှိသိပ်သည်းဆနိမ့်သောအနာသည်အနားသတ်ပြတ်သားပြီးတစ်သားတည်းဖြစ်ကာရိုးရှင်းသောအသည်းအရည်အိတ်၏"
          "လက္ခဏာဖြစ်ပြီးအသည်းတွင်အတွေ့ရအများဆုံးဖြစ်သည်",
    "th": "รอยโรคความหนาแน่นต่ำในตับที่มีขอบคมและเนื้อเดียวกันเป็นลักษณะของถุงน้ำในตับชนิดธรรมดาซึ่งพบบ่อยที่สุด",
}


@pytest.mark.parametrize("code", sorted(LONG_PARAGRAPHS))
def test_lao_khmer_burmese_and_thai_lesson_text_wraps_between_words(qtbot, display, code):
    """A lesson paragraph in a script without spaces between words, rendered as the lesson view
    renders it (courseware's Markdown, a QTextBrowser) in a narrow panel: it wraps, never inside a
    word (ICU's dictionary finds the words) nor before a combining vowel or tone mark. Without the
    break opportunities courseware adds, Lao, Khmer and Burmese overflow or are cut anywhere."""
    from PySide6.QtWidgets import QTextBrowser

    from courseware.player import render_markdown

    browser = QTextBrowser(objectName="lessonText")
    qtbot.addWidget(browser)
    browser.resize(200, 400)
    browser.show()
    qtbot.waitExposed(browser)
    browser.setHtml(render_markdown(f"# {code}\n\n{LONG_PARAGRAPHS[code]}\n"))
    assert browser.toPlainText().replace("\u200b", "").strip().endswith(LONG_PARAGRAPHS[code])
    breaks, widest, width = _line_breaks(browser)
    assert len(breaks) >= 2
    _assert_broken_between_words(breaks, widest, width, code)


# ---------------------------------------------------------------- the glossaries
@pytest.mark.parametrize("code", sorted(OURS))
def test_medical_terms_follow_the_glossary_of_each_language(code):
    """Every message whose English text holds a glossary term (hub, study, series, consult,
    trainee, diagnosis, key images...) uses the glossary's translation of it (or one of its
    accepted forms): one word for one thing across the whole interface."""
    glossary = TRANSLATIONS / f"glossary_{SUFFIX[code]}.tsv"
    entries = [line.split("\t") for line in glossary.read_text(encoding="utf-8").splitlines()
               if line.strip() and not line.startswith("#")]
    assert len(entries) >= 30 and all(len(e) == 2 and all(x.strip() for x in e) for e in entries), glossary.name
    messages = _messages(OURS[code])
    problems, used = [], 0
    for english, term in entries:
        forms = term.split("|")
        word = re.compile(r"\b" + re.escape(english) + r"(s|es)?\b", re.I)
        for context, source, _n, texts, _u in messages:
            if word.search(source.replace("&", "")):
                used += 1
                if not all(any(f.lower() in t.lower() for f in forms) for t in texts):
                    problems.append(f"{english} -> {term}: [{context}] {source!r} became {texts[0]!r}")
    assert used > 150
    assert not problems, "\n".join(problems)


def test_the_import_report_says_why_in_the_interface_language(qtbot, window, tmp_path, english_afterwards):
    """Files that cannot be imported, as a user drops them on a Thai workstation: the report names
    each file with the core's reason said in Thai (an empty file, a photo, a file that is gone)."""
    from PySide6.QtWidgets import QMessageBox

    from ui.common.i18n import apply_language, retranslate

    (tmp_path / "empty.dcm").write_bytes(b"")
    (tmp_path / "photo.dcm").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(300))
    apply_language("th")
    retranslate([window])
    with qtbot.waitSignal(window.import_finished, timeout=60_000) as finished:
        window.import_paths([tmp_path / "empty.dcm", tmp_path / "photo.dcm", tmp_path / "gone.dcm"])
    assert len(finished.args[0].rejected) == 3
    box = None
    qtbot.waitUntil(lambda: window.findChild(QMessageBox, "importReport") is not None, timeout=10_000)
    box = window.findChild(QMessageBox, "importReport")
    text = box.text()
    assert "นำเข้าไฟล์ไม่ได้ 3 ไฟล์:" in text, text
    assert "empty.dcm: ไฟล์ว่างเปล่า" in text and "photo.dcm: ไม่ใช่ไฟล์ DICOM" in text, text
    assert "gone.dcm: ไม่พบไฟล์หรือโฟลเดอร์นี้" in text, text
    for english in ("empty file", "not a DICOM file", "no such file"):
        assert english not in text
    box.close()


# ---------------------------------------------------------------- the core's refusals, every family
@pytest.mark.parametrize("code", sorted(OURS))
def test_every_core_code_has_its_sentence_in_every_language(qapp, english_afterwards, code):
    """Every code the core gives a refusal (workstation.errors: hub, import, de-identification,
    consult, the "… and N more" line) has its sentence here, translated in each language."""
    from ui.common.i18n import CORE_MESSAGES, apply_language
    from workstation.errors import KNOWN_SENTENCES

    codes = {c for c, _ in KNOWN_SENTENCES}
    assert codes <= set(CORE_MESSAGES), sorted(codes - set(CORE_MESSAGES))
    assert {c.split(".")[0] for c in codes} >= {"hub", "import", "deid", "consult", "list", "link"}
    apply_language(code)
    untranslated = [c for c, source in CORE_MESSAGES.items()
                    if QCoreApplication.translate("CoreMessages", source) == source]
    assert not untranslated, untranslated


def test_refusals_of_the_hub_the_deidentification_and_the_import_are_said_in_vietnamese(
        qtbot, hub, tmp_path, silkbridge_home, display, english_afterwards):
    """A surgeon's reading room in Vietnamese, on a live link: damaged files dropped on it (the
    import report, cut after 20 lines with "… and N more"), a series whose images carry burned-in
    text shared in a consult (the de-identification holds it and says why), and a consult of
    another hospital he is not invited to (the hub's refusal): each reason is said in Vietnamese,
    its parameters kept."""
    import pydicom
    from damaged_dicom import damaged_variants
    from dicom_fixtures import decubitus_dir
    from PySide6.QtWidgets import QMessageBox

    from comms.client import LinkClient
    from comms.consult import ConsultSession, Profile, new_consult_id
    from helpers import wait_for
    from ui.common.i18n import apply_language, retranslate

    win, consult, broadcasts = _station(qtbot, hub, tmp_path)
    apply_language("vi")
    retranslate([win])
    try:
        # the import: a damaged header, and more failed files than the report lists
        damaged_variants(tmp_path / "drop")
        for i in range(12):
            (tmp_path / "drop" / f"note-{i:02d}.txt").write_text("not an image", encoding="utf-8")
        with qtbot.waitSignal(win.import_finished, timeout=120_000) as finished:
            win.import_paths([tmp_path / "drop"])
        failed = len(finished.args[0].rejected)
        assert failed > 20
        qtbot.waitUntil(lambda: win.findChild(QMessageBox, "importReport") is not None, timeout=10_000)
        box = win.findChild(QMessageBox, "importReport")
        text = box.text() + "\n" + box.detailedText()
        assert "vr_xx.dcm: kiểu giá trị (VR) không xác định 'XX' trong (0008,0060) Modality" in text, text
        assert f"… và {failed - 20} tệp khác" in text, text
        assert "unknown value representation" not in text and "not a DICOM file" not in text
        box.close()

        # the de-identification: every image says it has burned-in text; sharing holds them and says why
        burned = tmp_path / "burned"
        burned.mkdir()
        series_uid = pydicom.uid.generate_uid()
        for i, f in enumerate(sorted(decubitus_dir("HFS").iterdir())[:6]):
            ds = pydicom.dcmread(f)
            ds.BurnedInAnnotation = "YES"
            ds.SeriesInstanceUID = series_uid
            ds.SOPInstanceUID = pydicom.uid.generate_uid()
            ds.save_as(burned / f"{i:02d}.dcm")
        with qtbot.waitSignal(win.import_finished, timeout=60_000):
            win.import_paths([burned])
        with qtbot.waitSignal(win.volume_loaded, timeout=60_000):
            win.open_series(series_uid)
        consult.create("Hội chẩn gan", [{"case_id": "case-1", "title": "Gan", "question": "Sinh thiết?",
                                         "referring_hospital": "Guangxi Medical"}])
        consult.share_open_study("case-1")
        qtbot.waitUntil(lambda: win.findChild(QMessageBox, "confirmBurnedIn") is not None, timeout=60_000)
        box = win.findChild(QMessageBox, "confirmBurnedIn")
        held = box.detailedText().splitlines()
        assert len(held) == 6 and all(line.endswith(".dcm: BurnedInAnnotation là YES: ảnh có chữ in cứng vào điểm "
                                                    "ảnh") for line in held), held
        box.reject()
        consult.leave()

        # the hub: a consult of another hospital, not open to him
        chen_b = hub.enrol("Dr Chen", role="specialist", hospital="Bach Mai", country="VN")
        chen = LinkClient(chen_b, tmp_path / "chen-link").start()
        try:
            assert wait_for(lambda: chen.state == "online", 15)
            room = new_consult_id()
            ConsultSession(chen, room, Profile.from_bundle(chen_b), tmp_path / "chen").create(
                "Phổi", 0.0, agenda=[], participants=[])
            assert wait_for(lambda: chen.room_role(room) is not None, 10)
            consult.join(room)
            me = consult.profile.user_id
            qtbot.waitUntil(lambda: consult.panel.notice.isVisible(), timeout=15_000)
            assert consult.panel.notice.text() == f"{me} không được mời vào phòng hội chẩn {room}"
            assert "không được mời" in win.statusBar().currentMessage()
        finally:
            chen.stop()
    finally:
        broadcasts.shutdown()
        win.close()


# ---------------------------------------------------------------- every main screen, every language
def _clipped_and_glyphless(win):
    """Texts of the visible labels, buttons and check boxes that are wider than their widget (the
    widget is narrower than the text needs: Qt cuts it), and texts drawn with a missing glyph."""
    from PySide6.QtGui import QTextDocument
    from PySide6.QtWidgets import QCheckBox, QPushButton, QRadioButton, QToolButton

    clipped, texts = [], []
    for w in win.findChildren(QWidget):
        if not w.isVisible() or w.width() <= 1:
            continue
        where = f"{type(w).__name__} {w.objectName() or '(unnamed)'}"
        if isinstance(w, QLabel) and w.text() and w.pixmap().isNull():
            if w.textFormat() == Qt.RichText or (w.textFormat() == Qt.AutoText and re.search(r"<[a-zA-Z/][^>]*>", w.text())):
                continue  # rich text lays itself out (tables, links); its glyphs are checked below
            text = w.text()
            if not w.wordWrap():
                need = max(w.fontMetrics().horizontalAdvance(line) for line in text.split("\n"))
                room = w.contentsRect().width() - 2 * w.margin() - 2 * max(w.indent(), 0)
                if need > room + 1:
                    clipped.append(f"{where}: {text!r} needs {need} px, has {room}")
            texts.append((text, w.font()))
        elif isinstance(w, (QPushButton, QCheckBox, QRadioButton, QToolButton)) and w.text():
            if w.minimumSizeHint().width() > w.width() + 1 and not (isinstance(w, QToolButton) and w.icon()):
                clipped.append(f"{where}: {w.text()!r} needs {w.minimumSizeHint().width()} px, has {w.width()}")
            texts.append((w.text().replace("&&", "\0").replace("&", "").replace("\0", "&"), w.font()))
    missing = []
    for text, font in texts:
        doc = QTextDocument()
        doc.setDefaultFont(font)
        doc.setPlainText(text)
        block = doc.begin()
        while block.isValid():
            doc.documentLayout().blockBoundingRect(block)
            for i in range(block.layout().lineCount()):
                for run in block.layout().lineAt(i).glyphRuns():
                    if 0 in list(run.glyphIndexes()):
                        missing.append(f"{block.text()!r} ({run.rawFont().familyName()})")
            block = block.next()
    return clipped, missing, len(texts)


@pytest.mark.parametrize("code", ["en", *sorted(OURS)])
def test_every_main_screen_shows_its_texts_whole_and_with_real_glyphs(qtbot, hub, tmp_path, silkbridge_home,
                                                                     display, small_phantom, english_afterwards,
                                                                     code):
    """The reading room at 1500 x 950 with each right-hand dock in front in turn (studies, PACS, MDT
    consult, broadcast studio and watch, courses catalogue and lesson, referrals) and its status bar
    (the hub label with its round trip time), in each language:
    no label, button or check box is narrower than its text (the text would be cut), and no text
    on screen is drawn with the empty box of a missing glyph."""
    from ui.referrals.panel import ReferralController

    win, consult, broadcasts = _station(qtbot, hub, tmp_path, with_courses=True)
    win.attach_referrals(ReferralController(win, consult.bridge, consult.client.bundle, tmp_path / "station",
                                            tmp_path / "station" / "reid.sqlite"))
    _open_phantom(qtbot, win, small_phantom)
    _choose_language(qtbot, win, code)
    # the status bar too: its hub label once the round trip time shows ("Hub: online · NN ms")
    qtbot.waitUntil(lambda: win.link_label.text().endswith(" ms"), timeout=30_000)
    win.link.rtt_changed.emit(1234.0)  # a slow round trip: the longer text is not cut even before the bar
    clipped, _missing, _seen = _clipped_and_glyphless(win)  # lays out again (no event handled in between)
    assert not [c for c in clipped if "linkLabel" in c], (code, clipped)
    courses = win.courses.panel.tabs
    problems = []
    for dock, tabs, tab in (("studiesDock", None, None), ("pacsDock", None, None), ("consultDock", None, None),
                            ("broadcastDock", broadcasts.panel.tabs, 0), ("broadcastDock", broadcasts.panel.tabs, 1),
                            ("coursesDock", courses, 0), ("coursesDock", courses, 1), ("referralsDock", None, None)):
        d = _dock(win, dock)
        assert d is not None, dock
        d.raise_()
        if tabs is not None:
            tabs.setCurrentIndex(tab)
        qtbot.wait(150)
        clipped, missing, seen = _clipped_and_glyphless(win)
        assert seen > 30, (dock, seen)
        problems += [f"[{dock} {tab}] cut: {c}" for c in clipped] + [f"[{dock} {tab}] no glyph: {m}" for m in missing]
    problems = list(dict.fromkeys(problems))
    assert not problems, f"{code}:\n" + "\n".join(problems)
    if code in ("en", "vi", "th"):  # the studio's six controls in two rows of three: it fits the dock
        _dock(win, "broadcastDock").raise_()
        broadcasts.panel.tabs.setCurrentIndex(0)
        qtbot.wait(150)
        sideways = win.findChild(QWidget, "broadcastDockScroll").horizontalScrollBar()
        assert not sideways.isVisible(), (code, sideways.maximum())
    # and the check sees a cut text and a missing glyph when there is one
    from PySide6.QtWidgets import QPushButton

    from PySide6.QtWidgets import QToolBar

    toolbar = win.findChildren(QToolBar)[0]
    probe = QPushButton("A button whose text is far too long")
    probe.setFixedWidth(40)
    label = QLabel("ภาษา \u0fff")
    toolbar.addWidget(probe)
    toolbar.addWidget(label)
    probe.show()
    label.show()
    qtbot.wait(50)
    clipped, missing, _seen = _clipped_and_glyphless(win)
    assert any("far too long" in c for c in clipped), clipped
    assert any("ภาษา" in m for m in missing), missing
