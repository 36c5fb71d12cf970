"""The consult's PDF case report, read back the way a clinician would: its text (pdftotext), its
fonts (pdffonts) and its pixels (pdftoppm)."""

from __future__ import annotations

import datetime as dt
import subprocess
from pathlib import Path

import cv2
import msgspec
import numpy as np
import pytest

from workstation.annotations import Annotation, add_op, measure
from workstation.consult import ConsultState, Event
from workstation.model import Volume
from workstation.report import ReportError, write_case_report

ICT = dt.timezone(dt.timedelta(hours=7))  # Hanoi / Bangkok / Vientiane / Phnom Penh
T0 = 1_750_000_000.0  # 2025-06-15 15:06:40 UTC = 22:06:40 ICT
MAGENTA = (255, 0, 255)  # RGB of the marker in the key image
ROLES = {"coord": "coordinator", "vn": "specialist", "th": "specialist", "la": "specialist", "km": "specialist"}
VI = {"findings": "Khối 14 mm ở hạ phân thùy VII, tăng quang thì động mạch.",
      "diagnosis": "Ung thư biểu mô tế bào gan", "recommendation": "Cắt gan hạ phân thùy VII",
      "follow_up": "Chụp MRI sau 3 tháng", "responsible_clinician": "BS. Nguyễn Thị Lan", "language": "vi"}
ZH = {"findings": "肝脏病变，直径22毫米，动脉期强化。", "diagnosis": "肝细胞癌",
      "recommendation": "建议手术切除", "follow_up": "三个月后复查CT", "responsible_clinician": "李明医生",
      "language": "zh"}


def consult() -> ConsultState:
    events = []

    def ev(sender, kind, body=None, at=0.0):
        events.append(Event(len(events) + 1, sender, kind, body or {}, time=T0 + at, sender_role=ROLES[sender]))

    ev("coord", "consult.join", {"name": "Dr Lý Minh", "hospital": "Nanning Hub", "country": "CN", "language": "zh"})
    ev("coord", "consult.meta", {
        "title": "Hội chẩn gan mật / 肝胆MDT", "scheduled": T0, "coordinator": "coord",
        "participants": [{"user": "coord", "name": "Dr Lý Minh", "hospital": "Nanning Hub"},
                         {"user": "vn", "name": "Nguyễn Thị Lan", "hospital": "Bệnh viện Bạch Mai"},
                         {"user": "th", "name": "สมชาย ใจดี", "hospital": "Siriraj"},
                         {"user": "la", "name": "Souk Phommavong", "hospital": "Mahosot"},
                         {"user": "km", "name": "Sok Chantha", "hospital": "Calmette"},
                         {"user": "mm", "name": "Dr Aung Min", "hospital": "Yangon General"}],
        "agenda": [{"case_id": "case-vn", "title": "Tổn thương gan", "question": "HCC hay u máu?",
                    "referring_hospital": "Bệnh viện Bạch Mai"},
                   {"case_id": "case-cn", "title": "肝脏病变", "question": "是否为肝细胞癌？",
                    "referring_hospital": "广西医科大学第一附属医院"}]})
    ev("vn", "consult.join", {"name": "Nguyễn Thị Lan", "hospital": "Bệnh viện Bạch Mai", "country": "VN",
                              "language": "vi"}, at=60)
    ev("th", "consult.join", {"name": "สมชาย ใจดี", "hospital": "Siriraj", "country": "TH", "language": "th"},
       at=120)
    ev("la", "consult.join", {"name": "ສຸກ ພົມມະວົງ", "hospital": "Mahosot", "country": "LA", "language": "lo"},
       at=125)
    ev("km", "consult.join", {"name": "សុខ ច័ន្ទថា", "hospital": "Calmette", "country": "KH", "language": "km"},
       at=126)
    ev("vn", "consult.case.shared", {"case_id": "case-vn", "blob_id": "a" * 64, "pseudonym": "SB-7F3A",
                                     "modality": "MR", "description": "Gan MR",
                                     "series": [{"series_uid": "2.25.1", "n_images": 35, "modality": "MR",
                                                 "description": "t2_tse_sag"}]}, at=130)
    ev("coord", "consult.case.shared", {"case_id": "case-cn", "blob_id": "b" * 64, "pseudonym": "SB-0C11",
                                        "modality": "CT"}, at=140)
    ann = Annotation(kind="length", points=[(0.0, 0.0, 0.0), (14.2, 0.0, 0.0)], owner="vn", id="len-1")
    ev("vn", "consult.annotation", {"case_id": "case-vn", "op": msgspec.to_builtins(add_op(ann))}, at=300)
    ann = Annotation(kind="angle", points=[(10.0, 0.0, 0.0), (0.0, 0.0, 0.0), (0.0, 10.0, 0.0)], owner="th",
                     id="ang-1")
    ev("th", "consult.annotation", {"case_id": "case-vn", "op": msgspec.to_builtins(add_op(ann))}, at=320)
    ev("th", "consult.chat", {"text": "ขนาด 14 มม. ครับ", "language": "th"}, at=330)
    ev("vn", "consult.conclusion", {"case_id": "case-vn", **VI, "base_version": 0}, at=900)
    ev("coord", "consult.conclusion", {"case_id": "case-cn", **ZH, "base_version": 0}, at=1000)
    ev("th", "consult.leave", {}, at=1320)   # th: 120 .. 1320 = 20 minutes
    ev("coord", "consult.ended", {}, at=1860)  # coord 0 .. 1860 = 31 min, vn 60 .. 1860 = 30 min
    state = ConsultState("consult-5e1f0a2b3c4d")
    for e in events:
        assert state.apply(e), state.last_reason
    return state


def key_png(marker: bool = True) -> bytes:
    img = np.full((240, 320, 3), 40, np.uint8)
    if marker:
        img[60:180, 100:220] = MAGENTA[::-1]  # OpenCV is BGR
    ok, buf = cv2.imencode(".png", img)
    assert ok
    return buf.tobytes()


def pdf_text(pdf: Path) -> str:
    return subprocess.run(["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True,
                          check=True).stdout


def pdf_fonts(pdf: Path) -> str:
    return subprocess.run(["pdffonts", str(pdf)], capture_output=True, text=True, check=True).stdout


def magenta_pixels(pdf: Path, tmp: Path) -> int:
    subprocess.run(["pdftoppm", "-r", "60", "-png", str(pdf), str(tmp / "page")], check=True)
    total = 0
    for page in sorted(tmp.glob("page*.png")):
        rgb = cv2.imread(str(page))[:, :, ::-1].astype(int)
        total += int(np.sum(np.all(np.abs(rgb - np.array(MAGENTA)) < 30, axis=2)))
        page.unlink()
    return total


def test_vietnamese_case_report(tmp_path):
    state = consult()
    out = write_case_report(state, "case-vn", tmp_path / "case-vn.pdf",
                            [(key_png(), "Khối tổn thương gan, thì động mạch")],
                            hospital_name="Bệnh viện Bạch Mai", tz=ICT, include_chat=True)
    assert out == tmp_path / "case-vn.pdf" and out.read_bytes().startswith(b"%PDF")
    text = pdf_text(out)
    for s in ("Bệnh viện Bạch Mai", "Hội chẩn gan mật / 肝胆MDT", "HCC hay u máu?", "SB-7F3A",
              VI["findings"], VI["diagnosis"], VI["recommendation"], VI["follow_up"], "BS. Nguyễn Thị Lan",
              "Written in Vietnamese by Nguyễn Thị Lan (version 1", "Khối tổn thương gan, thì động mạch",
              "Dr Lý Minh", "Nanning Hub", "สมชาย ใจดี", "Siriraj", "ສຸກ ພົມມະວົງ", "Mahosot", "Calmette",
              "Dr Aung Min", "absent",
              "ขนาด 14 มม. ครับ", "UTC+07:00"):
        assert s in text, s
    # measurements: value, units, author
    assert any("14.2" in ln and "mm" in ln and "Nguyễn Thị Lan" in ln for ln in text.splitlines())
    assert any("90.0" in ln and "°" in ln and "สมชาย ใจดี" in ln for ln in text.splitlines())
    # attendance in the consult's time zone, minutes present from the hub's join/leave times
    lines = [ln.strip() for ln in text.splitlines()]
    th_row = next(ln for ln in lines if ln.startswith("สมชาย"))
    assert "22:08" in th_row and "22:28" in th_row and th_row.endswith("20")
    vn_row = next(ln for ln in lines if ln.startswith("Nguyễn Thị Lan") and "VN" in ln)
    assert "22:07" in vn_row and "22:37" in vn_row and vn_row.endswith("30")
    assert "Times UTC+07:00" in text
    # the pseudonym only: no re-identified patient unless the sending hospital asks for it
    assert "Patient (re-identified)" not in text
    # every script is drawn with a font that has it
    fonts = pdf_fonts(out)
    for name in ("NotoSans-Regular", "NotoSans-Bold", "NotoSansThai", "NotoSansLao", "NotoSansKhmer", "WenQuanYi"):
        assert name in fonts, fonts
    # the key image is on the page
    assert magenta_pixels(out, tmp_path) > 1000


def test_chinese_case_report_with_patient_name_and_no_image(tmp_path):
    state = consult()
    out = write_case_report(state, "case-cn", tmp_path / "reports" / "case-cn.pdf", [],
                            hospital_name="广西医科大学第一附属医院", patient_name="王小明", tz=ICT)
    text = pdf_text(out)
    for s in ("广西医科大学第一附属医院", "肝脏病变", "是否为肝细胞癌？", ZH["findings"], ZH["diagnosis"],
              ZH["recommendation"], ZH["follow_up"], "李明医生", "Written in Chinese by Dr Lý Minh",
              "Patient (re-identified)", "王小明", "SB-0C11", "No measurements."):
        assert s in text, s
    assert VI["diagnosis"] not in text  # the other case's conclusion is not in this report
    assert magenta_pixels(out, tmp_path) == 0


def test_roi_statistics_from_the_volume_appear_with_their_units(tmp_path):
    state = consult()
    vol = Volume(np.full((4, 64, 64), 57.0, np.float32), np.eye(4), units="HU", modality="CT")
    roi = Annotation(kind="ellipse", points=[(30.0, 30.0, 2.0), (40.0, 30.0, 2.0), (30.0, 36.0, 2.0)],
                     owner="vn", id="roi-1", text="tổn thương")
    m = measure(roi, vol)
    out = write_case_report(state, "case-vn", tmp_path / "roi.pdf", [], measurements=[m], tz=ICT)
    text = pdf_text(out)
    assert f"area {m.area_mm2:.1f} mm²" in text and "mean 57.0 ± 0.0" in text and f"n = {m.n_voxels}" in text
    assert "HU" in text and "ellipse — tổn thương" in text


def test_unknown_case_and_bad_image_give_a_clear_error_and_no_file(tmp_path):
    state = consult()
    with pytest.raises(ReportError, match=r"case 'case-xx'.*no such case.*case-cn, case-vn"):
        write_case_report(state, "case-xx", tmp_path / "x.pdf", [])
    with pytest.raises(ReportError, match=r"key image 2 \('broken'\) of case case-vn is not a readable image"):
        write_case_report(state, "case-vn", tmp_path / "y.pdf", [(key_png(), "fine"), (b"\x89PNG\r\n junk", "broken")])
    with pytest.raises(ReportError, match="expected"):
        write_case_report(state, "case-vn", tmp_path / "z.pdf", [("not bytes", "caption")])
    assert list(tmp_path.iterdir()) == []


def test_burmese_text_is_drawn_with_a_myanmar_font(tmp_path):
    state = consult()
    out = write_case_report(state, "case-cn", tmp_path / "case-mm.pdf", [],
                            hospital_name="ရန်ကုန်အထွေထွေဆေးရုံကြီး", tz=ICT)
    assert "NotoSansMyanmar" in pdf_fonts(out)


@pytest.mark.parametrize("language, expected", [
    ("th", ("รายงานผู้ป่วย", "คำถาม", "โรงพยาบาลที่ส่งต่อ", "ผู้เข้าร่วม", "ข้อสรุป", "การวินิจฉัย", "การวัด",
            "ภาพสำคัญ", "ภาพที่ 1.", "หน้า 1", "เขียนเป็น Tiếng Việt โดย Nguyễn Thị Lan")),
    ("zh-Hans", ("病例报告", "会诊问题", "转诊医院", "参会者", "会诊结论", "诊断", "测量", "关键图像", "图 1.",
                 "第 1 页", "以 Tiếng Việt 撰写")),
    ("ms", ("laporan kes", "Soalan", "Hospital perujuk", "Peserta", "Kesimpulan", "Diagnosis", "Ukuran",
            "Imej utama", "Rajah 1.", "halaman 1", "Ditulis dalam Tiếng Việt oleh Nguyễn Thị Lan")),
    ("id", ("laporan kasus", "Pertanyaan", "Rumah sakit perujuk", "Peserta", "Kesimpulan", "Pengukuran",
            "Gambar kunci", "Gambar 1.", "halaman 1", "Ditulis dalam Tiếng Việt oleh Nguyễn Thị Lan")),
    ("my", ("အစီရင်ခံစာ", "မေးခွန်း", "ပါဝင်သူများ", "နိဂုံးချုပ်", "တိုင်းတာချက်များ", "အဓိကပုံများ", "စာမျက်နှာ 1")),
])
def test_the_report_is_written_in_the_interface_language(tmp_path, language, expected):
    """The report's own headings, labels and footer in the language asked for; what the
    clinicians wrote (the Vietnamese conclusion, the caption) stays as written."""
    out = write_case_report(consult(), "case-vn", tmp_path / f"{language}.pdf",
                            [(key_png(), "Khối tổn thương gan, thì động mạch")], tz=ICT, language=language)
    text = pdf_text(out)
    flat = " ".join(text.split())
    for s in expected:  # pdftotext may drop the spaces around CJK text
        assert s in flat or s.replace(" ", "") in flat.replace(" ", ""), (s, flat[:3000])
    for s in (VI["findings"], VI["diagnosis"], "Khối tổn thương gan, thì động mạch"):
        assert s in flat
    for english in ("Participants", "Conclusion", "Measurements", "Key images", "Referring hospital",
                    "Confidential clinical document"):
        assert english not in text, english


def test_the_report_follows_the_saved_interface_language(tmp_path, silkbridge_home):
    """Without a language, the report is in the language chosen in Settings -> Language."""
    from workstation.settings import Settings

    s = Settings.load()
    s.set_language("km")
    s.save()
    out = write_case_report(consult(), "case-cn", tmp_path / "km.pdf", [], tz=ICT)
    assert "NotoSansKhmer" in pdf_fonts(out)
    assert "Participants" not in pdf_text(out) and "Conclusion" not in pdf_text(out)
