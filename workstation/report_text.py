"""The printed texts of the consult report (workstation.report) in the interface languages.

The core has no Qt translations: the report's labels are kept here, one table per language, with
``str.format`` fields. :func:`report_text` picks the table of a language tag ("zh", "zh-CN" and
"zh-Hans" are Simplified Chinese), English for any other. Medical terms follow the glossaries of
``ui/translations/glossary_<lang>.tsv``; names, numbers, units and DICOM identifiers are printed
as they are.
"""

from __future__ import annotations

#: The languages named in their own language (the conclusion's "Written in ..." line).
ENDONYMS = {"en": "English", "zh": "中文", "vi": "Tiếng Việt", "th": "ภาษาไทย", "lo": "ລາວ", "km": "ខ្មែរ",
            "my": "မြန်မာ", "ms": "Bahasa Melayu", "id": "Bahasa Indonesia", "fr": "Français"}

REPORT_TEXT: dict[str, dict[str, str]] = {
    "en": {
        "subtitle": "Multidisciplinary teleconsultation — case report", "consult": "Consult",
        "untitled": "(untitled consult)", "scheduled": "Scheduled", "ended": "Ended", "not_ended": "not ended",
        "coordinator": "Coordinator", "consult_id": "Consult id", "case": "Case: {title}", "question": "Question",
        "referring": "Referring hospital", "pseudonym": "Pseudonym", "patient": "Patient (re-identified)",
        "study": "Study", "series": "Series", "series_word": "series", "series_row": "{name}: {n} images ({uid})",
        "shared_by": "Shared by", "participants": "Participants", "name": "Name", "hospital": "Hospital",
        "country": "Country", "role": "Role", "joined": "Joined", "left": "Left", "minutes": "Minutes",
        "present": "present", "absent": "absent",
        "times": "Times {zone}; minutes present from the hub's join and leave times.",
        "no_attendance": "No attendance was recorded.", "conclusion": "Conclusion",
        "no_conclusion": "No conclusion was recorded for this case.", "findings": "Findings",
        "diagnosis": "Diagnosis", "recommendation": "Recommendation", "follow_up": "Follow-up",
        "responsible": "Responsible clinician",
        "written": "Written in {language} by {author} (version {version}, {time}).",
        "unspecified": "an unspecified language", "measurements": "Measurements", "measurement": "Measurement",
        "value": "Value", "units": "Units", "author": "Author", "no_measurements": "No measurements.",
        "key_images": "Key images", "figure": "Figure {i}. {caption}", "discussion": "Discussion (chat excerpt)",
        "last": "The last {n} of {total} messages.",
        "footer": "Confidential clinical document — generated {time}", "page": "page {n}",
        "doc_title": "Consult report — {title}",
    },
    "zh-Hans": {
        "subtitle": "多学科远程会诊——病例报告", "consult": "会诊", "untitled": "（未命名会诊）", "scheduled": "计划时间",
        "ended": "结束时间", "not_ended": "未结束", "coordinator": "协调人", "consult_id": "会诊编号",
        "case": "病例：{title}", "question": "会诊问题", "referring": "转诊医院", "pseudonym": "化名",
        "patient": "患者（已重新识别）", "study": "检查", "series": "序列", "series_word": "序列",
        "series_row": "{name}：{n} 幅图像（{uid}）", "shared_by": "共享者", "participants": "参会者", "name": "姓名",
        "hospital": "医院", "country": "国家", "role": "角色", "joined": "加入", "left": "离开", "minutes": "分钟",
        "present": "在场", "absent": "缺席", "times": "时间为{zone}；在场分钟数依据中心记录的加入和离开时间。",
        "no_attendance": "没有出席记录。", "conclusion": "会诊结论", "no_conclusion": "此病例没有记录会诊结论。",
        "findings": "所见", "diagnosis": "诊断", "recommendation": "建议", "follow_up": "随访",
        "responsible": "责任医师", "written": "由 {author} 以 {language} 撰写（第 {version} 版，{time}）。",
        "unspecified": "未注明的语言", "measurements": "测量", "measurement": "测量项", "value": "数值",
        "units": "单位", "author": "测量者", "no_measurements": "无测量。", "key_images": "关键图像",
        "figure": "图 {i}. {caption}", "discussion": "讨论（聊天摘录）", "last": "共 {total} 条消息中的最后 {n} 条。",
        "footer": "机密临床文件——生成于 {time}", "page": "第 {n} 页", "doc_title": "会诊报告——{title}",
    },
    "vi": {
        "subtitle": "Hội chẩn từ xa đa chuyên khoa — báo cáo ca bệnh", "consult": "Hội chẩn",
        "untitled": "(hội chẩn chưa đặt tên)", "scheduled": "Thời gian dự kiến", "ended": "Kết thúc",
        "not_ended": "chưa kết thúc", "coordinator": "Điều phối viên", "consult_id": "Mã hội chẩn",
        "case": "Ca bệnh: {title}", "question": "Câu hỏi", "referring": "Bệnh viện chuyển đến", "pseudonym": "Bí danh",
        "patient": "Bệnh nhân (đã tái định danh)", "study": "Ca chụp", "series": "Chuỗi ảnh",
        "series_word": "chuỗi ảnh", "series_row": "{name}: {n} ảnh ({uid})", "shared_by": "Người chia sẻ",
        "participants": "Người tham gia", "name": "Họ tên", "hospital": "Bệnh viện", "country": "Quốc gia",
        "role": "Vai trò", "joined": "Vào", "left": "Rời", "minutes": "Số phút", "present": "đang có mặt",
        "absent": "vắng mặt", "times": "Giờ {zone}; số phút có mặt tính theo giờ vào và rời do trung tâm ghi nhận.",
        "no_attendance": "Không có ghi nhận tham dự.", "conclusion": "Kết luận",
        "no_conclusion": "Chưa có kết luận nào cho ca này.", "findings": "Mô tả hình ảnh", "diagnosis": "Chẩn đoán",
        "recommendation": "Khuyến nghị", "follow_up": "Theo dõi", "responsible": "Bác sĩ chịu trách nhiệm",
        "written": "Viết bằng {language} bởi {author} (phiên bản {version}, {time}).",
        "unspecified": "ngôn ngữ không xác định", "measurements": "Số đo", "measurement": "Số đo",
        "value": "Giá trị", "units": "Đơn vị", "author": "Người đo", "no_measurements": "Không có số đo.",
        "key_images": "Ảnh chính", "figure": "Hình {i}. {caption}", "discussion": "Thảo luận (trích trò chuyện)",
        "last": "{n} tin nhắn cuối trong tổng số {total}.", "footer": "Tài liệu lâm sàng mật — tạo lúc {time}",
        "page": "trang {n}", "doc_title": "Báo cáo hội chẩn — {title}",
    },
    "th": {
        "subtitle": "การปรึกษาทางไกลสหสาขาวิชาชีพ — รายงานผู้ป่วย", "consult": "การปรึกษา",
        "untitled": "(การปรึกษาที่ไม่มีชื่อ)", "scheduled": "กำหนดเวลา", "ended": "สิ้นสุด", "not_ended": "ยังไม่สิ้นสุด",
        "coordinator": "ผู้ประสานงาน", "consult_id": "รหัสการปรึกษา", "case": "เคส: {title}", "question": "คำถาม",
        "referring": "โรงพยาบาลที่ส่งต่อ", "pseudonym": "นามแฝง", "patient": "ผู้ป่วย (ระบุตัวตนกลับแล้ว)",
        "study": "การตรวจ", "series": "ซีรีส์", "series_word": "ซีรีส์", "series_row": "{name}: {n} ภาพ ({uid})",
        "shared_by": "แบ่งปันโดย", "participants": "ผู้เข้าร่วม", "name": "ชื่อ", "hospital": "โรงพยาบาล",
        "country": "ประเทศ", "role": "บทบาท", "joined": "เข้าร่วม", "left": "ออก", "minutes": "นาที",
        "present": "อยู่ในที่ประชุม", "absent": "ไม่ได้เข้าร่วม",
        "times": "เวลา {zone} จำนวนนาทีที่อยู่คำนวณจากเวลาเข้าและออกที่ศูนย์กลางบันทึกไว้",
        "no_attendance": "ไม่มีการบันทึกการเข้าร่วม", "conclusion": "ข้อสรุป",
        "no_conclusion": "ไม่มีการบันทึกข้อสรุปสำหรับเคสนี้", "findings": "สิ่งตรวจพบ", "diagnosis": "การวินิจฉัย",
        "recommendation": "ข้อแนะนำ", "follow_up": "การติดตามผล", "responsible": "แพทย์ผู้รับผิดชอบ",
        "written": "เขียนเป็น {language} โดย {author} (ฉบับที่ {version}, {time})",
        "unspecified": "ภาษาที่ไม่ระบุ", "measurements": "การวัด", "measurement": "การวัด", "value": "ค่า",
        "units": "หน่วย", "author": "ผู้วัด", "no_measurements": "ไม่มีการวัด", "key_images": "ภาพสำคัญ",
        "figure": "ภาพที่ {i}. {caption}", "discussion": "การอภิปราย (ข้อความแชตบางส่วน)",
        "last": "{n} ข้อความล่าสุดจากทั้งหมด {total} ข้อความ", "footer": "เอกสารทางคลินิกที่เป็นความลับ — สร้างเมื่อ {time}",
        "page": "หน้า {n}", "doc_title": "รายงานการปรึกษา — {title}",
    },
    "lo": {
        "subtitle": "ການປຶກສາທາງໄກຫຼາຍສາຂາວິຊາ — ລາຍງານກໍລະນີ", "consult": "ການປຶກສາ",
        "untitled": "(ການປຶກສາທີ່ບໍ່ມີຊື່)", "scheduled": "ກຳນົດເວລາ", "ended": "ສິ້ນສຸດ", "not_ended": "ຍັງບໍ່ສິ້ນສຸດ",
        "coordinator": "ຜູ້ປະສານງານ", "consult_id": "ລະຫັດການປຶກສາ", "case": "ກໍລະນີ: {title}", "question": "ຄຳຖາມ",
        "referring": "ໂຮງໝໍທີ່ສົ່ງຕໍ່", "pseudonym": "ຊື່ແທນ", "patient": "ຄົນເຈັບ (ລະບຸຕົວຕົນຄືນແລ້ວ)",
        "study": "ການກວດ", "series": "ຊີຣີ", "series_word": "ຊີຣີ", "series_row": "{name}: {n} ພາບ ({uid})",
        "shared_by": "ແບ່ງປັນໂດຍ", "participants": "ຜູ້ເຂົ້າຮ່ວມ", "name": "ຊື່", "hospital": "ໂຮງໝໍ",
        "country": "ປະເທດ", "role": "ບົດບາດ", "joined": "ເຂົ້າຮ່ວມ", "left": "ອອກ", "minutes": "ນາທີ",
        "present": "ຢູ່ໃນກອງປະຊຸມ", "absent": "ບໍ່ໄດ້ເຂົ້າຮ່ວມ",
        "times": "ເວລາ {zone}; ຈຳນວນນາທີທີ່ຢູ່ຄິດໄລ່ຈາກເວລາເຂົ້າ ແລະ ອອກທີ່ສູນກາງບັນທຶກໄວ້.",
        "no_attendance": "ບໍ່ມີການບັນທຶກການເຂົ້າຮ່ວມ.", "conclusion": "ບົດສະຫຼຸບ",
        "no_conclusion": "ບໍ່ມີການບັນທຶກບົດສະຫຼຸບສຳລັບກໍລະນີນີ້.", "findings": "ສິ່ງທີ່ກວດພົບ",
        "diagnosis": "ການບົ່ງມະຕິ", "recommendation": "ຂໍ້ແນະນຳ", "follow_up": "ການຕິດຕາມ",
        "responsible": "ແພດຜູ້ຮັບຜິດຊອບ", "written": "ຂຽນເປັນ {language} ໂດຍ {author} (ສະບັບທີ {version}, {time}).",
        "unspecified": "ພາສາທີ່ບໍ່ໄດ້ລະບຸ", "measurements": "ການວັດແທກ", "measurement": "ການວັດແທກ", "value": "ຄ່າ",
        "units": "ຫົວໜ່ວຍ", "author": "ຜູ້ວັດ", "no_measurements": "ບໍ່ມີການວັດແທກ.", "key_images": "ພາບສຳຄັນ",
        "figure": "ພາບທີ {i}. {caption}", "discussion": "ການສົນທະນາ (ບາງສ່ວນຂອງແຊັດ)",
        "last": "{n} ຂໍ້ຄວາມຫຼ້າສຸດຈາກທັງໝົດ {total} ຂໍ້ຄວາມ.", "footer": "ເອກະສານທາງຄລີນິກທີ່ເປັນຄວາມລັບ — ສ້າງເມື່ອ {time}",
        "page": "ໜ້າ {n}", "doc_title": "ລາຍງານການປຶກສາ — {title}",
    },
    "km": {
        "subtitle": "ការពិគ្រោះពីចម្ងាយពហុជំនាញ — របាយការណ៍ករណី", "consult": "ការពិគ្រោះ",
        "untitled": "(ការពិគ្រោះគ្មានចំណងជើង)", "scheduled": "ពេលកំណត់", "ended": "បានបញ្ចប់", "not_ended": "មិនទាន់បញ្ចប់",
        "coordinator": "អ្នកសម្របសម្រួល", "consult_id": "លេខសម្គាល់ការពិគ្រោះ", "case": "ករណី៖ {title}",
        "question": "សំណួរ", "referring": "មន្ទីរពេទ្យបញ្ជូន", "pseudonym": "ឈ្មោះក្លែង",
        "patient": "អ្នកជំងឺ (បានកំណត់អត្តសញ្ញាណឡើងវិញ)", "study": "ការពិនិត្យ", "series": "ស៊េរី",
        "series_word": "ស៊េរី", "series_row": "{name}៖ រូបភាព {n} ({uid})", "shared_by": "ចែករំលែកដោយ",
        "participants": "អ្នកចូលរួម", "name": "ឈ្មោះ", "hospital": "មន្ទីរពេទ្យ", "country": "ប្រទេស",
        "role": "តួនាទី", "joined": "ចូល", "left": "ចេញ", "minutes": "នាទី", "present": "មានវត្តមាន",
        "absent": "អវត្តមាន", "times": "ម៉ោង {zone}; នាទីវត្តមានគិតពីម៉ោងចូល និងចេញដែលមជ្ឈមណ្ឌលបានកត់ត្រា។",
        "no_attendance": "គ្មានការកត់ត្រាវត្តមាន។", "conclusion": "សេចក្តីសន្និដ្ឋាន",
        "no_conclusion": "គ្មានសេចក្តីសន្និដ្ឋានត្រូវបានកត់ត្រាសម្រាប់ករណីនេះទេ។", "findings": "លទ្ធផលរកឃើញ",
        "diagnosis": "រោគវិនិច្ឆ័យ", "recommendation": "អនុសាសន៍", "follow_up": "ការតាមដាន",
        "responsible": "គ្រូពេទ្យទទួលខុសត្រូវ", "written": "សរសេរជា {language} ដោយ {author} (កំណែ {version}, {time})។",
        "unspecified": "ភាសាមិនបានបញ្ជាក់", "measurements": "ការវាស់", "measurement": "ការវាស់", "value": "តម្លៃ",
        "units": "ឯកតា", "author": "អ្នកវាស់", "no_measurements": "គ្មានការវាស់។", "key_images": "រូបភាពសំខាន់",
        "figure": "រូបភាព {i}. {caption}", "discussion": "ការពិភាក្សា (ដកស្រង់ពីការជជែក)",
        "last": "សារ {n} ចុងក្រោយក្នុងចំណោម {total}។", "footer": "ឯកសារគ្លីនិកសម្ងាត់ — បង្កើតនៅ {time}",
        "page": "ទំព័រ {n}", "doc_title": "របាយការណ៍ពិគ្រោះ — {title}",
    },
    "my": {
        "subtitle": "ဘာသာရပ်ပေါင်းစုံ အဝေးမှ ဆွေးနွေးတိုင်ပင်မှု — လူနာမှတ်တမ်း အစီရင်ခံစာ", "consult": "ဆွေးနွေးပွဲ",
        "untitled": "(အမည်မဲ့ ဆွေးနွေးပွဲ)", "scheduled": "သတ်မှတ်ချိန်", "ended": "ပြီးဆုံးချိန်",
        "not_ended": "မပြီးဆုံးသေးပါ", "coordinator": "ညှိနှိုင်းရေးမှူး", "consult_id": "ဆွေးနွေးပွဲ ID",
        "case": "လူနာမှတ်တမ်း: {title}", "question": "မေးခွန်း", "referring": "လွှဲပို့သည့်ဆေးရုံ",
        "pseudonym": "အမည်ဝှက်", "patient": "လူနာ (ပြန်လည်ဖော်ထုတ်ပြီး)", "study": "စစ်ဆေးမှု", "series": "စီးရီး",
        "series_word": "စီးရီး", "series_row": "{name}: ပုံ {n} ပုံ ({uid})", "shared_by": "မျှဝေသူ",
        "participants": "ပါဝင်သူများ", "name": "အမည်", "hospital": "ဆေးရုံ", "country": "နိုင်ငံ",
        "role": "အခန်းကဏ္ဍ", "joined": "ဝင်ချိန်", "left": "ထွက်ချိန်", "minutes": "မိနစ်", "present": "ရှိနေသည်",
        "absent": "မတက်ရောက်", "times": "အချိန် {zone}; ရှိနေသည့်မိနစ်များကို ဗဟိုဌာန၏ ဝင်/ထွက်ချိန်မှ တွက်သည်။",
        "no_attendance": "တက်ရောက်မှု မှတ်တမ်း မရှိပါ။", "conclusion": "နိဂုံးချုပ်",
        "no_conclusion": "ဤလူနာမှတ်တမ်းအတွက် နိဂုံးချုပ် မှတ်တမ်းမရှိပါ။", "findings": "တွေ့ရှိချက်များ",
        "diagnosis": "ရောဂါအမည်သတ်မှတ်ချက်", "recommendation": "အကြံပြုချက်", "follow_up": "နောက်ဆက်တွဲ စောင့်ကြည့်မှု",
        "responsible": "တာဝန်ရှိ ဆရာဝန်", "written": "{author} က {language} ဖြင့် ရေးသည် (ဗားရှင်း {version}, {time})။",
        "unspecified": "မသတ်မှတ်ထားသော ဘာသာစကား", "measurements": "တိုင်းတာချက်များ", "measurement": "တိုင်းတာချက်",
        "value": "တန်ဖိုး", "units": "ယူနစ်", "author": "တိုင်းတာသူ", "no_measurements": "တိုင်းတာချက် မရှိပါ။",
        "key_images": "အဓိကပုံများ", "figure": "ပုံ {i}. {caption}", "discussion": "ဆွေးနွေးချက် (စကားဝိုင်း ကောက်နုတ်ချက်)",
        "last": "မက်ဆေ့ချ် {total} ခုအနက် နောက်ဆုံး {n} ခု။", "footer": "လျှို့ဝှက် ဆေးဘက်ဆိုင်ရာ စာရွက်စာတမ်း — {time} တွင် ထုတ်သည်",
        "page": "စာမျက်နှာ {n}", "doc_title": "ဆွေးနွေးပွဲ အစီရင်ခံစာ — {title}",
    },
    "ms": {
        "subtitle": "Telekonsultasi pelbagai disiplin — laporan kes", "consult": "Konsultasi",
        "untitled": "(konsultasi tanpa tajuk)", "scheduled": "Dijadualkan", "ended": "Tamat", "not_ended": "belum tamat",
        "coordinator": "Penyelaras", "consult_id": "ID konsultasi", "case": "Kes: {title}", "question": "Soalan",
        "referring": "Hospital perujuk", "pseudonym": "Nama samaran", "patient": "Pesakit (dikenal pasti semula)",
        "study": "Kajian", "series": "Siri", "series_word": "siri", "series_row": "{name}: {n} imej ({uid})",
        "shared_by": "Dikongsi oleh", "participants": "Peserta", "name": "Nama", "hospital": "Hospital",
        "country": "Negara", "role": "Peranan", "joined": "Masuk", "left": "Keluar", "minutes": "Minit",
        "present": "hadir", "absent": "tidak hadir",
        "times": "Waktu {zone}; minit kehadiran daripada masa masuk dan keluar yang dicatat oleh hab.",
        "no_attendance": "Tiada kehadiran dicatat.", "conclusion": "Kesimpulan",
        "no_conclusion": "Tiada kesimpulan dicatat untuk kes ini.", "findings": "Penemuan", "diagnosis": "Diagnosis",
        "recommendation": "Cadangan", "follow_up": "Susulan", "responsible": "Doktor bertanggungjawab",
        "written": "Ditulis dalam {language} oleh {author} (versi {version}, {time}).",
        "unspecified": "bahasa yang tidak dinyatakan", "measurements": "Ukuran", "measurement": "Ukuran",
        "value": "Nilai", "units": "Unit", "author": "Pengukur", "no_measurements": "Tiada ukuran.",
        "key_images": "Imej utama", "figure": "Rajah {i}. {caption}", "discussion": "Perbincangan (petikan sembang)",
        "last": "{n} mesej terakhir daripada {total}.", "footer": "Dokumen klinikal sulit — dijana {time}",
        "page": "halaman {n}", "doc_title": "Laporan konsultasi — {title}",
    },
    "id": {
        "subtitle": "Telekonsultasi multidisiplin — laporan kasus", "consult": "Konsultasi",
        "untitled": "(konsultasi tanpa judul)", "scheduled": "Dijadwalkan", "ended": "Berakhir",
        "not_ended": "belum berakhir", "coordinator": "Koordinator", "consult_id": "ID konsultasi",
        "case": "Kasus: {title}", "question": "Pertanyaan", "referring": "Rumah sakit perujuk", "pseudonym": "Nama samaran",
        "patient": "Pasien (diidentifikasi ulang)", "study": "Pemeriksaan", "series": "Seri", "series_word": "seri",
        "series_row": "{name}: {n} gambar ({uid})", "shared_by": "Dibagikan oleh", "participants": "Peserta",
        "name": "Nama", "hospital": "Rumah sakit", "country": "Negara", "role": "Peran", "joined": "Masuk",
        "left": "Keluar", "minutes": "Menit", "present": "hadir", "absent": "tidak hadir",
        "times": "Waktu {zone}; menit kehadiran dari waktu masuk dan keluar yang dicatat hub.",
        "no_attendance": "Tidak ada kehadiran yang tercatat.", "conclusion": "Kesimpulan",
        "no_conclusion": "Tidak ada kesimpulan yang tercatat untuk kasus ini.", "findings": "Temuan",
        "diagnosis": "Diagnosis", "recommendation": "Rekomendasi", "follow_up": "Tindak lanjut",
        "responsible": "Dokter penanggung jawab", "written": "Ditulis dalam {language} oleh {author} (versi {version}, {time}).",
        "unspecified": "bahasa yang tidak disebutkan", "measurements": "Pengukuran", "measurement": "Pengukuran",
        "value": "Nilai", "units": "Satuan", "author": "Pengukur", "no_measurements": "Tidak ada pengukuran.",
        "key_images": "Gambar kunci", "figure": "Gambar {i}. {caption}", "discussion": "Diskusi (kutipan obrolan)",
        "last": "{n} pesan terakhir dari {total}.", "footer": "Dokumen klinis rahasia — dibuat {time}",
        "page": "halaman {n}", "doc_title": "Laporan konsultasi — {title}",
    },
}


def report_language(language: str | None) -> str:
    """The key of :data:`REPORT_TEXT` for a language tag (English for one it does not have)."""
    if not language:
        return "en"
    if language in REPORT_TEXT:
        return language
    base = language.replace("_", "-").split("-")[0].lower()
    if base == "zh":
        return "zh-Hans" if not language.lower().endswith(("hant", "tw", "hk")) else "en"
    return base if base in REPORT_TEXT else "en"


def report_text(language: str | None) -> dict[str, str]:
    return REPORT_TEXT[report_language(language)]


def language_endonym(code: str) -> str | None:
    """The language ``code`` named in its own language (None for one not known here)."""
    base = (code or "").replace("_", "-").split("-")[0].lower()
    return ENDONYMS.get(base)


assert all(set(t) == set(REPORT_TEXT["en"]) for t in REPORT_TEXT.values())
