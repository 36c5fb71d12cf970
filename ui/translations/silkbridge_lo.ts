<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="lo" sourcelanguage="en">
<context>
    <name>AnnotationLabel</name>
    <message>
        <source>ultrasound region %1: not a distance, spans %2</source>
        <translation>ເຂດອັນຕຣາຊາວ %1: ບໍ່ແມ່ນໄລຍະທາງ, ກວມ %2</translation>
    </message>
    <message>
        <source>at detector</source>
        <extracomment>The calibration notes of measurements on 2-D images (workstation/annotations/image.py).</extracomment>
        <translation>ທີ່ຕົວຮັບພາບ</translation>
    </message>
    <message>
        <source>at detector ÷ magnification %1</source>
        <translation>ທີ່ຕົວຮັບພາບ ÷ ອັດຕາຂະຫຍາຍ %1</translation>
    </message>
    <message>
        <source>ultrasound region %1</source>
        <translation>ເຂດອັນຕຣາຊາວ %1</translation>
    </message>
    <message>
        <source>uncalibrated: outside the ultrasound regions</source>
        <translation>ຍັງບໍ່ໄດ້ປັບທຽບ: ຢູ່ນອກເຂດອັນຕຣາຊາວ</translation>
    </message>
    <message>
        <source>uncalibrated</source>
        <translation>ຍັງບໍ່ໄດ້ປັບທຽບ</translation>
    </message>
    <message>
        <source>ultrasound region %1 measures %2: not a distance</source>
        <translation>ເຂດອັນຕຣາຊາວ %1 ວັດເປັນ %2: ບໍ່ແມ່ນໄລຍະທາງ</translation>
    </message>
    <message>
        <source>{length_mm} mm</source>
        <extracomment>The built-in kinds&apos; label templates, for lupdate (context &quot;AnnotationLabel&quot;); the strings are the kinds&apos; own ``label_templates`` (workstation/annotations/kinds.py).</extracomment>
        <translation>{length_mm} mm</translation>
    </message>
    <message>
        <source>{angle_deg}°</source>
        <translation>{angle_deg}°</translation>
    </message>
    <message>
        <source>A {area_mm2} mm²</source>
        <translation>ເນື້ອທີ່ {area_mm2} mm²</translation>
    </message>
    <message>
        <source>mean {mean} ± {sd}{units}</source>
        <translation>ສະເລ່ຍ {mean} ± {sd}{units}</translation>
    </message>
    <message>
        <source>[{minimum}, {maximum}]</source>
        <translation>[{minimum}, {maximum}]</translation>
    </message>
</context>
<context>
    <name>AudioPage</name>
    <message>
        <source>Sound</source>
        <translation>ສຽງ</translation>
    </message>
    <message>
        <source>Silkbridge plays a short tone and listens with the microphone: turn the speakers on (or put the headset near the microphone).</source>
        <translation>Silkbridge ຈະຫຼິ້ນສຽງທົດສອບສັ້ນໆ ແລະ ຟັງຜ່ານໄມໂຄຣໂຟນ: ເປີດລຳໂພງ (ຫຼື ວາງຫູຟັງໄວ້ໃກ້ໄມໂຄຣໂຟນ).</translation>
    </message>
    <message>
        <source>Play the test tone</source>
        <translation>ຫຼິ້ນສຽງທົດສອບ</translation>
    </message>
    <message>
        <source>Microphone for calls:</source>
        <translation>ໄມໂຄຣໂຟນສຳລັບການໂທ:</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>ຄ່າເລີ່ມຕົ້ນຂອງລະບົບ</translation>
    </message>
    <message>
        <source>Playing the tone and listening…</source>
        <translation>ກຳລັງຫຼິ້ນສຽງ ແລະ ຟັງ…</translation>
    </message>
    <message>
        <source>No sound device: %1</source>
        <translation>ບໍ່ມີອຸປະກອນສຽງ: %1</translation>
    </message>
    <message>
        <source>The microphone heard the test tone: level %1 dBFS.</source>
        <translation>ໄມໂຄຣໂຟນໄດ້ຍິນສຽງທົດສອບ: ລະດັບ %1 dBFS.</translation>
    </message>
    <message>
        <source>The tone was played but the microphone did not hear it (level %1 dBFS): check that the speakers are on and the microphone is connected and not muted.</source>
        <translation>ຫຼິ້ນສຽງແລ້ວ ແຕ່ໄມໂຄຣໂຟນບໍ່ໄດ້ຍິນ (ລະດັບ %1 dBFS): ກວດເບິ່ງວ່າລຳໂພງເປີດຢູ່ ແລະ ໄມໂຄຣໂຟນເຊື່ອມຕໍ່ແລ້ວ ແລະ ບໍ່ໄດ້ປິດສຽງ.</translation>
    </message>
</context>
<context>
    <name>BroadcastPanel</name>
    <message>
        <source>Broadcast</source>
        <translation>ຖ່າຍທອດສົດ</translation>
    </message>
    <message>
        <source>Watch</source>
        <translation>ເບິ່ງ</translation>
    </message>
</context>
<context>
    <name>BroadcastStudio</name>
    <message>
        <source>Test pattern</source>
        <translation>ພາບທົດສອບ</translation>
    </message>
    <message>
        <source>Video file…</source>
        <translation>ໄຟລ໌ວິດີໂອ…</translation>
    </message>
    <message>
        <source>Stream URL…</source>
        <translation>URL ຂອງສະຕຣີມ…</translation>
    </message>
    <message>
        <source>Camera 0 (OpenCV)</source>
        <translation>ກ້ອງ 0 (OpenCV)</translation>
    </message>
    <message>
        <source>3-D view of the open study</source>
        <translation>ພາບສາມມິຕິຂອງການກວດທີ່ເປີດຢູ່</translation>
    </message>
    <message>
        <source>the hub offers no WebRTC media server (not connected to the hub yet?)</source>
        <translation>ສູນກາງບໍ່ມີເຊີບເວີສື່ WebRTC (ຍັງບໍ່ໄດ້ເຊື່ອມຕໍ່ກັບສູນກາງ?)</translation>
    </message>
    <message>
        <source>No watch link: %1</source>
        <translation>ບໍ່ມີລິ້ງເບິ່ງ: %1</translation>
    </message>
    <message>
        <source>the broadcast is not live</source>
        <translation>ການຖ່າຍທອດຍັງບໍ່ອອກອາກາດ</translation>
    </message>
    <message>
        <source>this hub serves no watch page</source>
        <translation>ສູນກາງນີ້ບໍ່ມີໜ້າເບິ່ງ</translation>
    </message>
    <message>
        <source>The watch links were taken back: they no longer work</source>
        <translation>ຖອນລິ້ງເບິ່ງຄືນແລ້ວ: ບໍ່ສາມາດໃຊ້ໄດ້ອີກ</translation>
    </message>
    <message>
        <source>What you demonstrate</source>
        <translation>ສິ່ງທີ່ທ່ານສາທິດ</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>ຫົວຂໍ້</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>ຄຳອະທິບາຍ</translation>
    </message>
    <message>
        <source>Other hospitals invited, comma-separated</source>
        <translation>ໂຮງໝໍອື່ນທີ່ເຊີນ, ຂັ້ນດ້ວຍເຄື່ອງໝາຍ &quot;,&quot;</translation>
    </message>
    <message>
        <source>Every trainee of the network</source>
        <translation>ຜູ້ເຂົ້າຝຶກອົບຮົມທຸກຄົນໃນເຄືອຂ່າຍ</translation>
    </message>
    <message>
        <source>Invite</source>
        <translation>ເຊີນ</translation>
    </message>
    <message>
        <source>None</source>
        <translation>ບໍ່ມີ</translation>
    </message>
    <message>
        <source>Main picture</source>
        <translation>ພາບຫຼັກ</translation>
    </message>
    <message>
        <source>Picture-in-picture</source>
        <translation>ພາບຊ້ອນພາບ</translation>
    </message>
    <message>
        <source>Go live</source>
        <translation>ເລີ່ມຖ່າຍທອດສົດ</translation>
    </message>
    <message>
        <source>Stop broadcast</source>
        <translation>ຢຸດຖ່າຍທອດ</translation>
    </message>
    <message>
        <source>Microphone</source>
        <translation>ໄມໂຄຣໂຟນ</translation>
    </message>
    <message>
        <source>Record to MP4</source>
        <translation>ບັນທຶກເປັນ MP4</translation>
    </message>
    <message>
        <source>Clear drawings</source>
        <translation>ລຶບຮູບແຕ້ມ</translation>
    </message>
    <message>
        <source>Watch link…</source>
        <translation>ລິ້ງເບິ່ງ…</translation>
    </message>
    <message>
        <source>A one-time link for someone without the workstation to watch in a web browser</source>
        <translation>ລິ້ງໃຊ້ຄັ້ງດຽວສຳລັບຜູ້ທີ່ບໍ່ມີເວີກສະເຕຊັນເພື່ອເບິ່ງໃນເວັບບຣາວເຊີ</translation>
    </message>
    <message>
        <source>Preview: what the viewers see</source>
        <translation>ຕົວຢ່າງ: ສິ່ງທີ່ຜູ້ຊົມເຫັນ</translation>
    </message>
    <message>
        <source>Viewers</source>
        <translation>ຜູ້ຊົມ</translation>
    </message>
    <message>
        <source>Allow drawing</source>
        <translation>ອະນຸຍາດໃຫ້ແຕ້ມ</translation>
    </message>
    <message>
        <source>Allow speaking</source>
        <translation>ອະນຸຍາດໃຫ້ເວົ້າ</translation>
    </message>
    <message>
        <source>Raised hands</source>
        <translation>ຜູ້ທີ່ຍົກມື</translation>
    </message>
    <message>
        <source>Questions</source>
        <translation>ຄຳຖາມ</translation>
    </message>
    <message>
        <source>Mark answered</source>
        <translation>ໝາຍວ່າຕອບແລ້ວ</translation>
    </message>
    <message>
        <source>A video file</source>
        <translation>ໄຟລ໌ວິດີໂອ</translation>
    </message>
    <message>
        <source>Video (*.mp4 *.mkv *.mov *.avi *.webm *.ts);;All files (*)</source>
        <translation>ວິດີໂອ (*.mp4 *.mkv *.mov *.avi *.webm *.ts);;ໄຟລ໌ທັງໝົດ (*)</translation>
    </message>
    <message>
        <source>Stream URL</source>
        <translation>URL ຂອງສະຕຣີມ</translation>
    </message>
    <message>
        <source>rtsp://, http:// or udp:// address of the stream</source>
        <translation>ທີ່ຢູ່ rtsp://, http:// ຫຼື udp:// ຂອງສະຕຣີມ</translation>
    </message>
    <message>
        <source>No reading-room window: the 3-D view cannot be broadcast</source>
        <translation>ບໍ່ມີໜ້າຕ່າງຫ້ອງອ່ານຮູບ: ບໍ່ສາມາດຖ່າຍທອດພາບສາມມິຕິໄດ້</translation>
    </message>
    <message>
        <source>Cannot use %1: no such file</source>
        <translation>ໃຊ້ %1 ບໍ່ໄດ້: ບໍ່ພົບໄຟລ໌</translation>
    </message>
    <message>
        <source>Opening %1…</source>
        <translation>ກຳລັງເປີດ %1…</translation>
    </message>
    <message>
        <source>Broadcasting %1</source>
        <translation>ກຳລັງຖ່າຍທອດ %1</translation>
    </message>
    <message>
        <source>No camera: %1</source>
        <translation>ບໍ່ມີກ້ອງ: %1</translation>
    </message>
    <message>
        <source>The source could not be opened, the previous one stays: %1</source>
        <translation>ເປີດແຫຼ່ງພາບບໍ່ໄດ້, ຍັງໃຊ້ແຫຼ່ງເດີມ: %1</translation>
    </message>
    <message>
        <source>The source could not be opened: %1 — choose another</source>
        <translation>ເປີດແຫຼ່ງພາບບໍ່ໄດ້: %1 — ກະລຸນາເລືອກແຫຼ່ງອື່ນ</translation>
    </message>
    <message>
        <source>The last broadcast is still stopping; try again in a moment</source>
        <translation>ການຖ່າຍທອດຄັ້ງກ່ອນຍັງຢຸດບໍ່ແລ້ວ; ລອງໃໝ່ອີກຈັກໜ່ອຍ</translation>
    </message>
    <message>
        <source>Surgical demonstration</source>
        <translation>ການສາທິດການຜ່າຕັດ</translation>
    </message>
    <message>
        <source>Cannot go live: the title is too long (%1 characters, at most %2)</source>
        <extracomment>What the studio session says (comms.studio.Notice codes), in the studio&apos;s translation context.</extracomment>
        <translation>ເລີ່ມຖ່າຍທອດສົດບໍ່ໄດ້: ຫົວຂໍ້ຍາວເກີນໄປ (%1 ຕົວອັກສອນ, ສູງສຸດ %2)</translation>
    </message>
    <message>
        <source>Cannot go live: %1</source>
        <translation>ເລີ່ມຖ່າຍທອດສົດບໍ່ໄດ້: %1</translation>
    </message>
    <message>
        <source>Live: %1</source>
        <translation>ກຳລັງຖ່າຍທອດສົດ: %1</translation>
    </message>
    <message>
        <source>Recording to %1</source>
        <translation>ກຳລັງບັນທຶກໄປທີ່ %1</translation>
    </message>
    <message>
        <source>Broadcasting without sound: %1</source>
        <translation>ຖ່າຍທອດໂດຍບໍ່ມີສຽງ: %1</translation>
    </message>
    <message>
        <source>The broadcast has stopped</source>
        <translation>ການຖ່າຍທອດໄດ້ຢຸດແລ້ວ</translation>
    </message>
    <message>
        <source>Record the broadcast to</source>
        <translation>ບັນທຶກການຖ່າຍທອດໄປທີ່</translation>
    </message>
    <message>
        <source>MP4 video (*.mp4)</source>
        <translation>ວິດີໂອ MP4 (*.mp4)</translation>
    </message>
    <message>
        <source>a recording of that name already exists</source>
        <translation>ມີການບັນທຶກຊື່ນີ້ຢູ່ແລ້ວ</translation>
    </message>
    <message>
        <source>Cannot record to %1: %2</source>
        <translation>ບັນທຶກໄປທີ່ %1 ບໍ່ໄດ້: %2</translation>
    </message>
    <message>
        <source>Will record to %1 when live</source>
        <translation>ຈະບັນທຶກໄປທີ່ %1 ເມື່ອເລີ່ມຖ່າຍທອດສົດ</translation>
    </message>
    <message>
        <source>Cannot record: %1</source>
        <translation>ບັນທຶກບໍ່ໄດ້: %1</translation>
    </message>
    <message>
        <source>The recording stopped: %1</source>
        <translation>ການບັນທຶກຢຸດລົງ: %1</translation>
    </message>
    <message>
        <source>Recording saved: %1</source>
        <translation>ບັນທຶກໄຟລ໌ແລ້ວ: %1</translation>
    </message>
    <message>
        <source>may draw</source>
        <translation>ແຕ້ມໄດ້</translation>
    </message>
    <message>
        <source>may speak</source>
        <translation>ເວົ້າໄດ້</translation>
    </message>
    <message>
        <source>hand raised</source>
        <translation>ຍົກມື</translation>
    </message>
    <message>
        <source>Stop drawing</source>
        <translation>ຢຸດແຕ້ມ</translation>
    </message>
    <message>
        <source>Stop speaking</source>
        <translation>ຢຸດເວົ້າ</translation>
    </message>
    <message numerus="yes">
        <source>%n viewer(s)</source>
        <translation>
            <numerusform>ຜູ້ຊົມ %n ຄົນ</numerusform>
            <numerusform>ຜູ້ຊົມ %n ຄົນ</numerusform>
        </translation>
    </message>
    <message>
        <source>REC</source>
        <translation>ກຳລັງບັນທຶກ</translation>
    </message>
</context>
<context>
    <name>BroadcastViewer</name>
    <message>
        <source>Live surgical demonstrations</source>
        <translation>ການສາທິດການຜ່າຕັດສົດ</translation>
    </message>
    <message>
        <source>Watch</source>
        <translation>ເບິ່ງ</translation>
    </message>
    <message>
        <source>Waiting for the surgeon&apos;s picture…</source>
        <translation>ກຳລັງລໍຖ້າພາບຈາກແພດຜ່າຕັດ…</translation>
    </message>
    <message>
        <source>Raise hand</source>
        <translation>ຍົກມື</translation>
    </message>
    <message>
        <source>Speak</source>
        <translation>ເວົ້າ</translation>
    </message>
    <message>
        <source>Leave</source>
        <translation>ອອກ</translation>
    </message>
    <message>
        <source>Ask the surgeon…</source>
        <translation>ຖາມແພດຜ່າຕັດ…</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>ສົ່ງ</translation>
    </message>
    <message>
        <source>LIVE</source>
        <translation>ສົດ</translation>
    </message>
    <message>
        <source>ended</source>
        <translation>ສິ້ນສຸດແລ້ວ</translation>
    </message>
    <message>
        <source>No picture or sound: %1</source>
        <translation>ບໍ່ມີພາບ ຫຼື ສຽງ: %1</translation>
    </message>
    <message>
        <source>Lower hand</source>
        <translation>ເອົາມືລົງ</translation>
    </message>
    <message>
        <source>No microphone: %1</source>
        <translation>ບໍ່ມີໄມໂຄຣໂຟນ: %1</translation>
    </message>
    <message>
        <source>Broadcast</source>
        <translation>ຖ່າຍທອດສົດ</translation>
    </message>
    <message>
        <source>not live</source>
        <translation>ບໍ່ໄດ້ອອກອາກາດ</translation>
    </message>
    <message>
        <source>you may draw on the picture</source>
        <translation>ທ່ານແຕ້ມໃສ່ພາບໄດ້</translation>
    </message>
    <message>
        <source>you may speak</source>
        <translation>ທ່ານເວົ້າໄດ້</translation>
    </message>
    <message>
        <source>No picture for %1 s</source>
        <translation>ບໍ່ມີພາບມາ %1 ວິນາທີ</translation>
    </message>
</context>
<context>
    <name>CameraPage</name>
    <message>
        <source>Camera</source>
        <translation>ກ້ອງ</translation>
    </message>
    <message>
        <source>Check again</source>
        <translation>ກວດອີກຄັ້ງ</translation>
    </message>
    <message>
        <source>Camera for calls:</source>
        <translation>ກ້ອງສຳລັບການໂທ:</translation>
    </message>
    <message>
        <source>The first camera</source>
        <translation>ກ້ອງໂຕທຳອິດ</translation>
    </message>
    <message>
        <source>Looking for a camera…</source>
        <translation>ກຳລັງຊອກຫາກ້ອງ…</translation>
    </message>
    <message>
        <source>No camera found (%1). Everything else works without one: reading studies, consults with voice, watching broadcasts. To send video, connect a camera and check again.</source>
        <translation>ບໍ່ພົບກ້ອງ (%1). ສ່ວນອື່ນທັງໝົດໃຊ້ໄດ້ໂດຍບໍ່ຕ້ອງມີກ້ອງ: ການອ່ານຮູບກວດ, ການປຶກສາດ້ວຍສຽງ, ການເບິ່ງການຖ່າຍທອດສົດ. ຖ້າຕ້ອງການສົ່ງວິດີໂອ, ໃຫ້ເຊື່ອມຕໍ່ກ້ອງແລ້ວກວດອີກຄັ້ງ.</translation>
    </message>
    <message>
        <source>no camera</source>
        <translation>ບໍ່ມີກ້ອງ</translation>
    </message>
    <message>
        <source>Camera 0 works: %1 × %2 pixels.</source>
        <translation>ກ້ອງ 0 ໃຊ້ໄດ້: %1 × %2 ພິກເຊວ.</translation>
    </message>
</context>
<context>
    <name>CataloguePage</name>
    <message>
        <source>&lt;b&gt;Cohorts&lt;/b&gt;</source>
        <translation>&lt;b&gt;ກຸ່ມຜູ້ຮຽນ&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Enrol</source>
        <translation>ລົງທະບຽນ</translation>
    </message>
    <message>
        <source>Cohort code from your coordinator</source>
        <translation>ລະຫັດກຸ່ມຜູ້ຮຽນຈາກຜູ້ປະສານງານຂອງທ່ານ</translation>
    </message>
    <message>
        <source>Enrol by code</source>
        <translation>ລົງທະບຽນດ້ວຍລະຫັດ</translation>
    </message>
    <message>
        <source>&lt;b&gt;Courses&lt;/b&gt;</source>
        <translation>&lt;b&gt;ຫຼັກສູດ&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>ເປີດ</translation>
    </message>
    <message>
        <source>Download and install</source>
        <translation>ດາວໂຫຼດ ແລະ ຕິດຕັ້ງ</translation>
    </message>
    <message>
        <source>Install from file…</source>
        <translation>ຕິດຕັ້ງຈາກໄຟລ໌…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>ຍົກເລີກ</translation>
    </message>
    <message>
        <source>v%1 installed</source>
        <translation>ຕິດຕັ້ງ v%1 ແລ້ວ</translation>
    </message>
    <message>
        <source>completed</source>
        <translation>ຮຽນຈົບແລ້ວ</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>ບໍ່ຜ່ານ</translation>
    </message>
    <message>
        <source>%1/%2 lessons</source>
        <translation>%1/%2 ບົດຮຽນ</translation>
    </message>
    <message>
        <source>v%1 available</source>
        <translation>ມີ v%1 ໃຫ້ຕິດຕັ້ງ</translation>
    </message>
    <message>
        <source>v%1 available · %2 MB</source>
        <translation>ມີ v%1 ໃຫ້ຕິດຕັ້ງ · %2 MB</translation>
    </message>
    <message>
        <source>Install a course package</source>
        <translation>ຕິດຕັ້ງແພັກເກດຫຼັກສູດ</translation>
    </message>
    <message>
        <source>Course packages (*.silkcourse);;All files (*)</source>
        <translation>ແພັກເກດຫຼັກສູດ (*.silkcourse);;ໄຟລ໌ທັງໝົດ (*)</translation>
    </message>
</context>
<context>
    <name>CompareView</name>
    <message>
        <source>Compare with prior</source>
        <translation>ປຽບທຽບກັບການກວດຄັ້ງກ່ອນ</translation>
    </message>
    <message>
        <source>Link W/L</source>
        <translation>ເຊື່ອມຄ່າວິນໂດ</translation>
    </message>
    <message>
        <source>Pair these slices</source>
        <translation>ຈັບຄູ່ພາບຕັດສອງພາບນີ້</translation>
    </message>
    <message>
        <source>The two slices shown are the same anatomy: scroll them together from now on</source>
        <translation>ພາບຕັດສອງພາບທີ່ສະແດງແມ່ນຕຳແໜ່ງກາຍະວິພາກດຽວກັນ: ເລື່ອນໄປພ້ອມກັນນັບແຕ່ນີ້</translation>
    </message>
    <message>
        <source>Unpair</source>
        <translation>ຍົກເລີກການຈັບຄູ່</translation>
    </message>
    <message>
        <source>One of the two studies has no series.</source>
        <translation>ການກວດໜຶ່ງໃນສອງລາຍການບໍ່ມີຊີຣີ.</translation>
    </message>
    <message>
        <source>Choose another series to compare with.</source>
        <translation>ເລືອກຊີຣີອື່ນເພື່ອປຽບທຽບ.</translation>
    </message>
    <message>
        <source>The series %1 is not in the catalog.</source>
        <translation>ບໍ່ມີຊີຣີ %1 ໃນລາຍການ.</translation>
    </message>
    <message>
        <source>Compare with prior shows series of slices (CT, MR, PET…); this series holds separate images: open it on its own.</source>
        <translation>ການປຽບທຽບກັບຄັ້ງກ່ອນໃຊ້ກັບຊີຣີຂອງພາບຕັດ (CT, MR, PET…); ຊີຣີນີ້ເປັນພາບແຍກກັນ: ໃຫ້ເປີດມັນຕ່າງຫາກ.</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>ກຳລັງໂຫຼດ…</translation>
    </message>
    <message>
        <source>Could not open the prior series: %1</source>
        <translation>ເປີດຊີຣີຄັ້ງກ່ອນບໍ່ໄດ້: %1</translation>
    </message>
    <message>
        <source>The prior series holds no images.</source>
        <translation>ຊີຣີຄັ້ງກ່ອນບໍ່ມີພາບ.</translation>
    </message>
    <message>
        <source>Current: %1</source>
        <translation>ປັດຈຸບັນ: %1</translation>
    </message>
    <message>
        <source>Prior: %1</source>
        <translation>ຄັ້ງກ່ອນ: %1</translation>
    </message>
    <message>
        <source>Scrolling together by patient position (same frame of reference).</source>
        <translation>ເລື່ອນໄປພ້ອມກັນຕາມຕຳແໜ່ງຂອງຄົນເຈັບ (frame of reference ດຽວກັນ).</translation>
    </message>
    <message>
        <source>Different frame of reference: scroll each side to the same anatomy, then Pair these slices.</source>
        <translation>frame of reference ຕ່າງກັນ: ເລື່ອນແຕ່ລະຂ້າງໄປຫາຕຳແໜ່ງກາຍະວິພາກດຽວກັນ, ແລ້ວກົດຈັບຄູ່ພາບຕັດສອງພາບນີ້.</translation>
    </message>
    <message>
        <source>Paired: scrolling together (prior %1 mm).</source>
        <translation>ຈັບຄູ່ແລ້ວ: ເລື່ອນໄປພ້ອມກັນ (ຄັ້ງກ່ອນ %1 mm).</translation>
    </message>
</context>
<context>
    <name>ComposeDialog</name>
    <message>
        <source>Send referral</source>
        <translation>ສົ່ງການສົ່ງຕໍ່</translation>
    </message>
    <message>
        <source>Attach…</source>
        <translation>ແນບໄຟລ໌…</translation>
    </message>
    <message>
        <source>Specialty</source>
        <translation>ສາຂາສະເພາະທາງ</translation>
    </message>
    <message>
        <source>Urgency</source>
        <translation>ຄວາມຮີບດ່ວນ</translation>
    </message>
    <message>
        <source>Clinical question</source>
        <translation>ຄຳຖາມທາງຄລີນິກ</translation>
    </message>
    <message>
        <source>History</source>
        <translation>ປະຫວັດ</translation>
    </message>
    <message>
        <source>Answer in</source>
        <translation>ຕອບເປັນພາສາ</translation>
    </message>
    <message>
        <source>Attachments (you confirm they identify no one)</source>
        <translation>ໄຟລ໌ແນບ (ທ່ານຢືນຢັນວ່າບໍ່ມີຂໍ້ມູນລະບຸຕົວບຸກຄົນ)</translation>
    </message>
    <message>
        <source>Attach</source>
        <translation>ແນບ</translation>
    </message>
    <message>
        <source>A specialty and a clinical question are needed.</source>
        <translation>ຕ້ອງລະບຸສາຂາສະເພາະທາງ ແລະ ຄຳຖາມທາງຄລີນິກ.</translation>
    </message>
</context>
<context>
    <name>ConsultController</name>
    <message>
        <source>Video call unavailable: %1</source>
        <translation>ໃຊ້ການໂທວິດີໂອບໍ່ໄດ້: %1</translation>
    </message>
    <message>
        <source>You stopped following the presenter to look around alone. Tick &quot;Follow the presenter&quot; in the consult panel to rejoin.</source>
        <translation>ທ່ານຢຸດຕິດຕາມຜູ້ນຳສະເໜີເພື່ອເບິ່ງເອງຜູ້ດຽວ. ໝາຍ &quot;ຕິດຕາມຜູ້ນຳສະເໜີ&quot; ໃນແຖບການປຶກສາເພື່ອກັບໄປຕິດຕາມ.</translation>
    </message>
    <message>
        <source>The presenter&apos;s case is not downloaded yet: Download cases</source>
        <translation>ຍັງບໍ່ໄດ້ດາວໂຫຼດກໍລະນີຂອງຜູ້ນຳສະເໜີ: ດາວໂຫຼດກໍລະນີ</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>ແບ່ງປັນ</translation>
    </message>
    <message>
        <source>Open the study to share first.</source>
        <translation>ເປີດການກວດທີ່ຈະແບ່ງປັນກ່ອນ.</translation>
    </message>
    <message>
        <source>Sharing</source>
        <translation>ກຳລັງແບ່ງປັນ</translation>
    </message>
    <message>
        <source>Case shared (de-identified)</source>
        <translation>ແບ່ງປັນກໍລະນີແລ້ວ (ລຶບຂໍ້ມູນລະບຸຕົວຕົນແລ້ວ)</translation>
    </message>
    <message>
        <source>Burned-in text?</source>
        <translation>ມີຂໍ້ຄວາມຝັງໃນພາບບໍ?</translation>
    </message>
    <message>
        <source>Some images may show patient details burned into the pixels. Look at them before sending. Send them anyway?</source>
        <translation>ພາບບາງພາບອາດມີຂໍ້ມູນຄົນເຈັບຝັງຢູ່ໃນພິກເຊວ. ກະລຸນາກວດເບິ່ງກ່ອນສົ່ງ. ຕ້ອງການສົ່ງຕໍ່ບໍ?</translation>
    </message>
    <message>
        <source>Could not share the case</source>
        <translation>ແບ່ງປັນກໍລະນີບໍ່ໄດ້</translation>
    </message>
    <message>
        <source>Downloading cases</source>
        <translation>ກຳລັງດາວໂຫຼດກໍລະນີ</translation>
    </message>
    <message>
        <source>Could not download the cases</source>
        <translation>ດາວໂຫຼດກໍລະນີບໍ່ໄດ້</translation>
    </message>
    <message>
        <source>Download the case first</source>
        <translation>ດາວໂຫຼດກໍລະນີກ່ອນ</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>ສົ່ງອອກ</translation>
    </message>
    <message>
        <source>Open the case&apos;s series first.</source>
        <translation>ເປີດຊີຣີຂອງກໍລະນີກ່ອນ.</translation>
    </message>
    <message>
        <source>Exporting</source>
        <translation>ກຳລັງສົ່ງອອກ</translation>
    </message>
    <message>
        <source>Could not export the case</source>
        <translation>ສົ່ງອອກກໍລະນີບໍ່ໄດ້</translation>
    </message>
    <message>
        <source>Written: %1</source>
        <translation>ຂຽນແລ້ວ: %1</translation>
    </message>
    <message>
        <source>Send to PACS</source>
        <translation>ສົ່ງໄປ PACS</translation>
    </message>
    <message>
        <source>No PACS is configured: add one to the settings (pacs_nodes).</source>
        <translation>ຍັງບໍ່ໄດ້ຕັ້ງຄ່າ PACS: ເພີ່ມໃນການຕັ້ງຄ່າ (pacs_nodes).</translation>
    </message>
    <message>
        <source>Export the case first (Report + SR…).</source>
        <translation>ສົ່ງອອກກໍລະນີກ່ອນ (ລາຍງານ + SR…).</translation>
    </message>
    <message>
        <source>Sending to PACS</source>
        <translation>ກຳລັງສົ່ງໄປ PACS</translation>
    </message>
    <message>
        <source>Could not send to the PACS</source>
        <translation>ສົ່ງໄປ PACS ບໍ່ໄດ້</translation>
    </message>
</context>
<context>
    <name>ConsultPanel</name>
    <message>
        <source>MDT consults</source>
        <translation>ການປຶກສາ MDT</translation>
    </message>
    <message>
        <source>Join</source>
        <translation>ເຂົ້າຮ່ວມ</translation>
    </message>
    <message>
        <source>New consult…</source>
        <translation>ການປຶກສາໃໝ່…</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>ຂໍ</translation>
    </message>
    <message>
        <source>Take</source>
        <translation>ຮັບ</translation>
    </message>
    <message>
        <source>Hand over</source>
        <translation>ມອບໃຫ້</translation>
    </message>
    <message>
        <source>Release</source>
        <translation>ປ່ອຍ</translation>
    </message>
    <message>
        <source>Voice</source>
        <translation>ສຽງ</translation>
    </message>
    <message>
        <source>Mute my microphone</source>
        <translation>ປິດໄມໂຄຣໂຟນຂອງຂ້ອຍ</translation>
    </message>
    <message>
        <source>Video call</source>
        <translation>ໂທວິດີໂອ</translation>
    </message>
    <message>
        <source>Follow the presenter</source>
        <translation>ຕິດຕາມຜູ້ນຳສະເໜີ</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>ກໍລະນີ</translation>
    </message>
    <message>
        <source>Share open study</source>
        <translation>ແບ່ງປັນການກວດທີ່ເປີດຢູ່</translation>
    </message>
    <message>
        <source>Download cases</source>
        <translation>ດາວໂຫຼດກໍລະນີ</translation>
    </message>
    <message>
        <source>Chat</source>
        <translation>ສົນທະນາ</translation>
    </message>
    <message>
        <source>Message…</source>
        <translation>ຂໍ້ຄວາມ…</translation>
    </message>
    <message>
        <source>Conclusion of the open case</source>
        <translation>ບົດສະຫຼຸບຂອງກໍລະນີທີ່ເປີດຢູ່</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>ສິ່ງທີ່ກວດພົບ</translation>
    </message>
    <message>
        <source>Diagnosis</source>
        <translation>ການບົ່ງມະຕິ</translation>
    </message>
    <message>
        <source>Recommendation</source>
        <translation>ຂໍ້ແນະນຳ</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>ການຕິດຕາມ</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>ຜູ້ຮັບຜິດຊອບ</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>ພາສາ</translation>
    </message>
    <message>
        <source>Save conclusion</source>
        <translation>ບັນທຶກບົດສະຫຼຸບ</translation>
    </message>
    <message>
        <source>Leave</source>
        <translation>ອອກ</translation>
    </message>
    <message>
        <source>End consult</source>
        <translation>ສິ້ນສຸດການປຶກສາ</translation>
    </message>
    <message>
        <source>Report + SR…</source>
        <translation>ລາຍງານ + SR…</translation>
    </message>
    <message>
        <source>Key images as DICOM</source>
        <translation>ພາບສຳຄັນເປັນ DICOM</translation>
    </message>
    <message>
        <source>Also write the annotated key images as secondary captures for the PACS (referenced by the key object selection)</source>
        <translation>ຂຽນພາບສຳຄັນທີ່ມີໝາຍເຫດເປັນ secondary capture ສຳລັບ PACS ນຳ (ອ້າງອີງໂດຍ key object selection)</translation>
    </message>
    <message>
        <source>Send to PACS</source>
        <translation>ສົ່ງໄປ PACS</translation>
    </message>
    <message>
        <source>Send the exported SR and key images to the PACS chosen in the PACS tab</source>
        <translation>ສົ່ງ SR ແລະ ພາບສຳຄັນທີ່ສົ່ງອອກແລ້ວໄປຫາ PACS ທີ່ເລືອກໃນແຖບ PACS</translation>
    </message>
    <message>
        <source>Your role (%1) does not take part in MDT consults.</source>
        <translation>ບົດບາດຂອງທ່ານ (%1) ບໍ່ໄດ້ເຂົ້າຮ່ວມການປຶກສາ MDT.</translation>
    </message>
    <message>
        <source>MDT consult</source>
        <translation>ການປຶກສາ MDT</translation>
    </message>
    <message>
        <source>Consult</source>
        <translation>ການປຶກສາ</translation>
    </message>
    <message>
        <source>ended</source>
        <translation>ສິ້ນສຸດແລ້ວ</translation>
    </message>
    <message>
        <source>left</source>
        <translation>ອອກແລ້ວ</translation>
    </message>
    <message>
        <source>Looking around alone — tick to rejoin the presenter</source>
        <translation>ກຳລັງເບິ່ງເອງຜູ້ດຽວ — ໝາຍເພື່ອກັບໄປຕິດຕາມຜູ້ນຳສະເໜີ</translation>
    </message>
    <message>
        <source>downloaded</source>
        <translation>ດາວໂຫຼດແລ້ວ</translation>
    </message>
    <message>
        <source>shared</source>
        <translation>ແບ່ງປັນແລ້ວ</translation>
    </message>
    <message>
        <source>not shared yet</source>
        <translation>ຍັງບໍ່ໄດ້ແບ່ງປັນ</translation>
    </message>
    <message>
        <source>No conclusion yet.</source>
        <translation>ຍັງບໍ່ມີບົດສະຫຼຸບ.</translation>
    </message>
    <message>
        <source>Version %1, written in %2 by %3</source>
        <translation>ສະບັບທີ %1, ຂຽນເປັນພາສາ %2 ໂດຍ %3</translation>
    </message>
    <message>
        <source>%1 speaking</source>
        <translation>%1 ກຳລັງເວົ້າ</translation>
    </message>
    <message>
        <source>Select a participant first.</source>
        <translation>ເລືອກຜູ້ເຂົ້າຮ່ວມກ່ອນ.</translation>
    </message>
    <message>
        <source>Folder for the report, the SR and the key images</source>
        <translation>ໂຟນເດີສຳລັບລາຍງານ, SR ແລະ ພາບສຳຄັນ</translation>
    </message>
</context>
<context>
    <name>CoordinatorPage</name>
    <message>
        <source>Cohort</source>
        <translation>ກຸ່ມຜູ້ຮຽນ</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>ສົ່ງອອກ CSV…</translation>
    </message>
    <message>
        <source>Trainee</source>
        <translation>ຜູ້ເຂົ້າຝຶກອົບຮົມ</translation>
    </message>
    <message>
        <source>Hospital</source>
        <translation>ໂຮງໝໍ</translation>
    </message>
    <message>
        <source>Course</source>
        <translation>ຫຼັກສູດ</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>ສະຖານະ</translation>
    </message>
    <message>
        <source>Lessons</source>
        <translation>ບົດຮຽນ</translation>
    </message>
    <message>
        <source>Quiz attempts</source>
        <translation>ຈຳນວນຄັ້ງທີ່ເຮັດແບບທົດສອບ</translation>
    </message>
    <message>
        <source>Best quiz</source>
        <translation>ແບບທົດສອບທີ່ດີທີ່ສຸດ</translation>
    </message>
    <message>
        <source>Course score</source>
        <translation>ຄະແນນຫຼັກສູດ</translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation>ໃບຢັ້ງຢືນ</translation>
    </message>
    <message>
        <source>Last activity</source>
        <translation>ກິດຈະກຳຫຼ້າສຸດ</translation>
    </message>
    <message>
        <source>completed</source>
        <translation>ຮຽນຈົບແລ້ວ</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>ບໍ່ຜ່ານ</translation>
    </message>
    <message>
        <source>in progress</source>
        <translation>ກຳລັງຮຽນ</translation>
    </message>
    <message>
        <source>registered</source>
        <translation>ລົງທະບຽນແລ້ວ</translation>
    </message>
    <message>
        <source>&lt;b&gt;Hardest questions&lt;/b&gt;</source>
        <translation>&lt;b&gt;ຄຳຖາມທີ່ຍາກທີ່ສຸດ&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>ຄຳຖາມ</translation>
    </message>
    <message>
        <source>Answers</source>
        <translation>ຄຳຕອບ</translation>
    </message>
    <message>
        <source>Correct</source>
        <translation>ຖືກຕ້ອງ</translation>
    </message>
    <message>
        <source>— choose a cohort —</source>
        <translation>— ເລືອກກຸ່ມຜູ້ຮຽນ —</translation>
    </message>
    <message>
        <source>Reading the cohort&apos;s progress…</source>
        <translation>ກຳລັງອ່ານຄວາມຄືບໜ້າຂອງກຸ່ມຜູ້ຮຽນ…</translation>
    </message>
    <message>
        <source>enrolled, not started</source>
        <translation>ລົງທະບຽນແລ້ວ, ຍັງບໍ່ໄດ້ເລີ່ມ</translation>
    </message>
    <message numerus="yes">
        <source>%n trainee(s)</source>
        <translation>
            <numerusform>ຜູ້ເຂົ້າຝຶກອົບຮົມ %n ຄົນ</numerusform>
            <numerusform>ຜູ້ເຂົ້າຝຶກອົບຮົມ %n ຄົນ</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 completed</source>
        <translation>ຮຽນຈົບ %1 ຄົນ</translation>
    </message>
    <message numerus="yes">
        <source>%n statement(s) received</source>
        <translation>
            <numerusform>ໄດ້ຮັບ %n ລາຍການ</numerusform>
            <numerusform>ໄດ້ຮັບ %n ລາຍການ</numerusform>
        </translation>
    </message>
    <message>
        <source>Export cohort progress</source>
        <translation>ສົ່ງອອກຄວາມຄືບໜ້າຂອງກຸ່ມຜູ້ຮຽນ</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>Export failed: %1</source>
        <translation>ສົ່ງອອກບໍ່ສຳເລັດ: %1</translation>
    </message>
</context>
<context>
    <name>CoreMessages</name>
    <message>
        <source>camera %1: cannot open video device (no camera at index %1 or it is in use)</source>
        <extracomment>The sentences of the core&apos;s error codes (workstation.errors), in the interface language.</extracomment>
        <translation>ກ້ອງ %1: ເປີດອຸປະກອນວິດີໂອບໍ່ໄດ້ (ບໍ່ມີກ້ອງຢູ່ລຳດັບ %1 ຫຼື ກ້ອງກຳລັງຖືກໃຊ້)</translation>
    </message>
    <message>
        <source>camera %1: no frame (device disconnected?)</source>
        <translation>ກ້ອງ %1: ບໍ່ມີພາບ (ອຸປະກອນຫຼຸດການເຊື່ອມຕໍ່?)</translation>
    </message>
    <message>
        <source>the hub refused this key (not enrolled or revoked)</source>
        <translation>ສູນກາງປະຕິເສດກະແຈນີ້ (ຍັງບໍ່ໄດ້ລົງທະບຽນ ຫຼື ຖືກຖອນແລ້ວ)</translation>
    </message>
    <message>
        <source>secure handshake with the hub failed (wrong hub key?)</source>
        <translation>ການເຊື່ອມຕໍ່ແບບປອດໄພກັບສູນກາງລົ້ມເຫຼວ (ກະແຈຂອງສູນກາງບໍ່ຖືກຕ້ອງ?)</translation>
    </message>
    <message>
        <source>cannot create room %1: not connected to the hub</source>
        <translation>ສ້າງຫ້ອງ %1 ບໍ່ໄດ້: ບໍ່ໄດ້ເຊື່ອມຕໍ່ກັບສູນກາງ</translation>
    </message>
    <message>
        <source>not a DICOM file</source>
        <translation>ບໍ່ແມ່ນໄຟລ໌ DICOM</translation>
    </message>
    <message>
        <source>empty file</source>
        <translation>ໄຟລ໌ຫວ່າງເປົ່າ</translation>
    </message>
    <message>
        <source>no such file or folder</source>
        <translation>ບໍ່ພົບໄຟລ໌ ຫຼື ໂຟນເດີນີ້</translation>
    </message>
    <message>
        <source>unsafe path inside the zip</source>
        <translation>ເສັ້ນທາງພາຍໃນໄຟລ໌ zip ບໍ່ປອດໄພ</translation>
    </message>
    <message>
        <source>cannot be shown: an image without pixel data</source>
        <translation>ສະແດງບໍ່ໄດ້: ພາບບໍ່ມີຂໍ້ມູນພິກເຊວ</translation>
    </message>
    <message>
        <source>cannot be shown: the decoder for %1 is not installed</source>
        <translation>ສະແດງບໍ່ໄດ້: ຍັງບໍ່ໄດ້ຕິດຕັ້ງຕົວຖອດລະຫັດສຳລັບ %1</translation>
    </message>
    <message>
        <source>cannot be shown: unknown transfer syntax %1</source>
        <translation>ສະແດງບໍ່ໄດ້: ບໍ່ຮູ້ຈັກ transfer syntax %1</translation>
    </message>
    <message>
        <source>truncated: pixel data needs %1 bytes, the file holds %2</source>
        <translation>ໄຟລ໌ບໍ່ຄົບ: ຂໍ້ມູນພິກເຊວຕ້ອງການ %1 ໄບຕ໌, ໄຟລ໌ມີພຽງ %2</translation>
    </message>
    <message>
        <source>incomplete DICOM header (truncated?): missing %1</source>
        <translation>ສ່ວນຫົວ DICOM ບໍ່ຄົບ (ໄຟລ໌ຂາດ?): ບໍ່ມີ %1</translation>
    </message>
    <message>
        <source>cannot read: %1</source>
        <translation>ອ່ານບໍ່ໄດ້: %1</translation>
    </message>
    <message>
        <source>cannot copy into the catalog: %1</source>
        <translation>ສຳເນົາເຂົ້າລາຍການບໍ່ໄດ້: %1</translation>
    </message>
    <message>
        <source>unknown value representation %1 in %2</source>
        <translation>ຊະນິດຄ່າ (VR) %1 ທີ່ບໍ່ຮູ້ຈັກໃນ %2</translation>
    </message>
    <message>
        <source>truncated or corrupt: %1 claims %2 bytes, the file holds %3 after it</source>
        <translation>ໄຟລ໌ບໍ່ຄົບ ຫຼື ເສຍຫາຍ: %1 ລະບຸວ່າມີ %2 ໄບຕ໌, ແຕ່ຫຼັງຈາກນັ້ນໄຟລ໌ມີພຽງ %3</translation>
    </message>
    <message>
        <source>unreadable element %1: %2 bytes is not a whole number of %3 values (%4 bytes each)</source>
        <translation>ອ່ານອົງປະກອບ %1 ບໍ່ໄດ້: %2 ໄບຕ໌ ບໍ່ແມ່ນຈຳນວນເຕັມຂອງຄ່າ %3 (ຄ່າລະ %4 ໄບຕ໌)</translation>
    </message>
    <message>
        <source>unreadable element %1: %2</source>
        <translation>ອ່ານອົງປະກອບ %1 ບໍ່ໄດ້: %2</translation>
    </message>
    <message>
        <source>cannot be shown: invalid image header (%1)</source>
        <translation>ສະແດງບໍ່ໄດ້: ສ່ວນຫົວຂອງພາບບໍ່ຖືກຕ້ອງ (%1)</translation>
    </message>
    <message>
        <source>cannot be shown: the file does not say how its pixel data is encoded (no transfer syntax)</source>
        <translation>ສະແດງບໍ່ໄດ້: ໄຟລ໌ບໍ່ໄດ້ບອກວ່າຂໍ້ມູນພິກເຊວຖືກເຂົ້າລະຫັດແນວໃດ (ບໍ່ມີ transfer syntax)</translation>
    </message>
    <message>
        <source>cannot be shown: no decoder for pixel data in %1</source>
        <translation>ສະແດງບໍ່ໄດ້: ບໍ່ມີຕົວຖອດລະຫັດສຳລັບຂໍ້ມູນພິກເຊວແບບ %1</translation>
    </message>
    <message>
        <source>cannot be shown: the first frame does not decode (%1)</source>
        <translation>ສະແດງບໍ່ໄດ້: ຖອດລະຫັດເຟຣມທຳອິດບໍ່ໄດ້ (%1)</translation>
    </message>
    <message>
        <source>cannot be shown: the first frame decodes to shape %1, the header says %2 rows x %3 columns</source>
        <translation>ສະແດງບໍ່ໄດ້: ເຟຣມທຳອິດຖອດລະຫັດໄດ້ຂະໜາດ %1, ແຕ່ສ່ວນຫົວລະບຸ %2 ແຖວ x %3 ຖັນ</translation>
    </message>
    <message>
        <source>corrupt: the pixel data cannot be located in the file</source>
        <translation>ໄຟລ໌ເສຍຫາຍ: ຊອກຫາຕຳແໜ່ງຂໍ້ມູນພິກເຊວໃນໄຟລ໌ບໍ່ພົບ</translation>
    </message>
    <message>
        <source>corrupt: compressed (undefined length) pixel data in %1</source>
        <translation>ໄຟລ໌ເສຍຫາຍ: ຂໍ້ມູນພິກເຊວແບບບີບອັດ (ບໍ່ລະບຸຄວາມຍາວ) ໃນ %1</translation>
    </message>
    <message>
        <source>truncated: the compressed pixel data ends before its delimiter</source>
        <translation>ໄຟລ໌ບໍ່ຄົບ: ຂໍ້ມູນພິກເຊວແບບບີບອັດສິ້ນສຸດກ່ອນຕົວຂັ້ນ</translation>
    </message>
    <message>
        <source>corrupt: invalid item in the compressed pixel data</source>
        <translation>ໄຟລ໌ເສຍຫາຍ: ມີລາຍການບໍ່ຖືກຕ້ອງໃນຂໍ້ມູນພິກເຊວແບບບີບອັດ</translation>
    </message>
    <message>
        <source>truncated: a compressed frame runs past the end of the file</source>
        <translation>ໄຟລ໌ບໍ່ຄົບ: ເຟຣມແບບບີບອັດຍາວເກີນທ້າຍໄຟລ໌</translation>
    </message>
    <message>
        <source>corrupt: %1 pixel data must be encapsulated (undefined length)</source>
        <translation>ໄຟລ໌ເສຍຫາຍ: ຂໍ້ມູນພິກເຊວແບບ %1 ຕ້ອງຖືກຫຸ້ມຫໍ່ (ບໍ່ລະບຸຄວາມຍາວ)</translation>
    </message>
    <message>
        <source>truncated: pixel data holds %1 bytes, the image needs %2</source>
        <translation>ໄຟລ໌ບໍ່ຄົບ: ຂໍ້ມູນພິກເຊວມີ %1 ໄບຕ໌, ແຕ່ພາບຕ້ອງການ %2</translation>
    </message>
    <message>
        <source>corrupt: pixel data holds %1 bytes, Rows x Columns x frames x samples x bits need %2</source>
        <translation>ໄຟລ໌ເສຍຫາຍ: ຂໍ້ມູນພິກເຊວມີ %1 ໄບຕ໌, ແຕ່ ແຖວ x ຖັນ x ເຟຣມ x ຕົວຢ່າງ x ບິດ ຕ້ອງການ %2</translation>
    </message>
    <message>
        <source>truncated or corrupt: %1</source>
        <translation>ໄຟລ໌ບໍ່ຄົບ ຫຼື ເສຍຫາຍ: %1</translation>
    </message>
    <message>
        <source>truncated: %1</source>
        <translation>ໄຟລ໌ບໍ່ຄົບ: %1</translation>
    </message>
    <message>
        <source>corrupt header: %1</source>
        <translation>ສ່ວນຫົວໄຟລ໌ເສຍຫາຍ: %1</translation>
    </message>
    <message>
        <source>corrupt file meta header: %1 found inside the dataset</source>
        <translation>ສ່ວນຫົວຂໍ້ມູນເມຕາຂອງໄຟລ໌ເສຍຫາຍ: ພົບ %1 ຢູ່ພາຍໃນຊຸດຂໍ້ມູນ</translation>
    </message>
    <message>
        <source>corrupt pixel data: %1</source>
        <translation>ຂໍ້ມູນພິກເຊວເສຍຫາຍ: %1</translation>
    </message>
    <message>
        <source>a DICOMDIR index, not an image (import its folder or the DICOMDIR itself)</source>
        <translation>ເປັນດັດຊະນີ DICOMDIR ບໍ່ແມ່ນພາບ (ນຳເຂົ້າໂຟນເດີຂອງມັນ ຫຼື ຕົວ DICOMDIR ເອງ)</translation>
    </message>
    <message>
        <source>unreadable: %1</source>
        <translation>ອ່ານບໍ່ໄດ້: %1</translation>
    </message>
    <message>
        <source>could not be imported: %1</source>
        <translation>ນຳເຂົ້າບໍ່ໄດ້: %1</translation>
    </message>
    <message>
        <source>cannot unzip: %1</source>
        <translation>ແຕກໄຟລ໌ zip ບໍ່ໄດ້: %1</translation>
    </message>
    <message>
        <source>damaged zip: %1</source>
        <translation>ໄຟລ໌ zip ເສຍຫາຍ: %1</translation>
    </message>
    <message>
        <source>unreadable DICOMDIR: %1</source>
        <translation>ອ່ານ DICOMDIR ບໍ່ໄດ້: %1</translation>
    </message>
    <message>
        <source>listed in the DICOMDIR but missing</source>
        <translation>ມີລາຍຊື່ໃນ DICOMDIR ແຕ່ບໍ່ພົບໄຟລ໌</translation>
    </message>
    <message>
        <source>%1: not a readable DICOM file: %2</source>
        <translation>%1: ບໍ່ແມ່ນໄຟລ໌ DICOM ທີ່ອ່ານໄດ້: %2</translation>
    </message>
    <message>
        <source>%1: no single SOP Instance UID</source>
        <translation>%1: ບໍ່ມີ SOP Instance UID ດຽວ</translation>
    </message>
    <message>
        <source>%1: cannot be de-identified: %2</source>
        <translation>%1: ລຶບຂໍ້ມູນລະບຸຕົວຕົນບໍ່ໄດ້: %2</translation>
    </message>
    <message>
        <source>%1: its SOP Instance UID %2 is that of %3, already written from %4 with different content; one SOP Instance UID names one object, so it is not written: correct the UID at the source and send it again</source>
        <translation>%1: SOP Instance UID %2 ຂອງໄຟລ໌ນີ້ກົງກັບ %3 ເຊິ່ງຂຽນໄວ້ແລ້ວຈາກ %4 ດ້ວຍເນື້ອໃນຕ່າງກັນ; SOP Instance UID ໜຶ່ງໃຊ້ລະບຸວັດຖຸດຽວ ຈຶ່ງບໍ່ຂຽນໄຟລ໌ນີ້: ແກ້ໄຂ UID ທີ່ຕົ້ນທາງແລ້ວສົ່ງອີກຄັ້ງ</translation>
    </message>
    <message>
        <source>%1: its SOP Instance UID %2 is that of %3, already written by an earlier run with different content; one SOP Instance UID names one object, so it is not written: correct the UID at the source and send it again</source>
        <translation>%1: SOP Instance UID %2 ຂອງໄຟລ໌ນີ້ກົງກັບ %3 ເຊິ່ງຂຽນໄວ້ແລ້ວໃນການເຮັດວຽກຄັ້ງກ່ອນດ້ວຍເນື້ອໃນຕ່າງກັນ; SOP Instance UID ໜຶ່ງໃຊ້ລະບຸວັດຖຸດຽວ ຈຶ່ງບໍ່ຂຽນໄຟລ໌ນີ້: ແກ້ໄຂ UID ທີ່ຕົ້ນທາງແລ້ວສົ່ງອີກຄັ້ງ</translation>
    </message>
    <message>
        <source>the file is truncated: %1</source>
        <translation>ໄຟລ໌ບໍ່ຄົບ: %1</translation>
    </message>
    <message>
        <source>an encapsulated document (PDF, CDA, ...): its content is sent as it is, not de-identified</source>
        <translation>ເອກະສານແບບຫຸ້ມຫໍ່ (PDF, CDA, ...): ເນື້ອໃນຈະຖືກສົ່ງຕາມເດີມ, ບໍ່ໄດ້ລຶບຂໍ້ມູນລະບຸຕົວຕົນ</translation>
    </message>
    <message>
        <source>BurnedInAnnotation is YES: the image has text burned into its pixels</source>
        <translation>BurnedInAnnotation ເປັນ YES: ພາບມີຂໍ້ຄວາມຝັງຢູ່ໃນພິກເຊວ</translation>
    </message>
    <message>
        <source>BurnedInAnnotation is absent and this is %1, which often shows patient details in its pixels</source>
        <translation>ບໍ່ມີ BurnedInAnnotation ແລະ ນີ້ແມ່ນ %1 ເຊິ່ງມັກສະແດງຂໍ້ມູນຄົນເຈັບໃນພິກເຊວ</translation>
    </message>
    <message>
        <source>nothing could be de-identified (%1)</source>
        <translation>ບໍ່ມີໄຟລ໌ໃດລຶບຂໍ້ມູນລະບຸຕົວຕົນໄດ້ (%1)</translation>
    </message>
    <message>
        <source>sharing cancelled</source>
        <translation>ຍົກເລີກການແບ່ງປັນແລ້ວ</translation>
    </message>
    <message>
        <source>%1 is not invited to %2 room %3</source>
        <translation>%1 ບໍ່ໄດ້ຮັບເຊີນເຂົ້າຫ້ອງ %2 %3</translation>
    </message>
    <message>
        <source>role %1 may not join %2 room %3</source>
        <translation>ບົດບາດ %1 ເຂົ້າຫ້ອງ %2 %3 ບໍ່ໄດ້</translation>
    </message>
    <message>
        <source>role %1 may not create %2 room %3</source>
        <translation>ບົດບາດ %1 ສ້າງຫ້ອງ %2 %3 ບໍ່ໄດ້</translation>
    </message>
    <message>
        <source>role %1 may not publish %2</source>
        <translation>ບົດບາດ %1 ເຜີຍແຜ່ %2 ບໍ່ໄດ້</translation>
    </message>
    <message>
        <source>no such room %1</source>
        <translation>ບໍ່ມີຫ້ອງ %1</translation>
    </message>
    <message>
        <source>not a member of room %1</source>
        <translation>ບໍ່ແມ່ນສະມາຊິກຂອງຫ້ອງ %1</translation>
    </message>
    <message>
        <source>you were removed from %1 by %2</source>
        <translation>ທ່ານຖືກ %2 ນຳອອກຈາກ %1</translation>
    </message>
    <message>
        <source>only the creator of %1 or a moderator may publish %2</source>
        <translation>ສະເພາະຜູ້ສ້າງ %1 ຫຼື ຜູ້ດູແລເທົ່ານັ້ນທີ່ເຜີຍແຜ່ %2 ໄດ້</translation>
    </message>
    <message>
        <source>only the creator of %1 or a moderator may list it in %2</source>
        <translation>ສະເພາະຜູ້ສ້າງ %1 ຫຼື ຜູ້ດູແລເທົ່ານັ້ນທີ່ສະແດງລາຍການນີ້ໃນ %2 ໄດ້</translation>
    </message>
    <message>
        <source>only the creator of %1 or a moderator may change who enters it</source>
        <translation>ສະເພາະຜູ້ສ້າງ %1 ຫຼື ຜູ້ດູແລເທົ່ານັ້ນທີ່ປ່ຽນຜູ້ມີສິດເຂົ້າໄດ້</translation>
    </message>
    <message>
        <source>only the hub publishes %1</source>
        <translation>ສະເພາະສູນກາງເທົ່ານັ້ນທີ່ເຜີຍແຜ່ %1</translation>
    </message>
    <message>
        <source>%1: only a consultant of %2 may publish %3</source>
        <translation>%1: ສະເພາະແພດທີ່ປຶກສາສາຂາ %2 ເທົ່ານັ້ນທີ່ເຜີຍແຜ່ %3 ໄດ້</translation>
    </message>
    <message>
        <source>%1: only the referring hospital may publish %2</source>
        <translation>%1: ສະເພາະໂຮງໝໍທີ່ສົ່ງຕໍ່ເທົ່ານັ້ນທີ່ເຜີຍແຜ່ %2 ໄດ້</translation>
    </message>
    <message>
        <source>%1 in %2: a room admits at most %3 users, hospitals and roles in all (invite a hospital or a role)</source>
        <translation>%1 ໃນ %2: ຫ້ອງໜຶ່ງຮັບຜູ້ໃຊ້, ໂຮງໝໍ ແລະ ບົດບາດລວມກັນໄດ້ບໍ່ເກີນ %3 (ເຊີນໂຮງໝໍ ຫຼື ບົດບາດແທນ)</translation>
    </message>
    <message>
        <source>no such broadcast</source>
        <translation>ບໍ່ມີການຖ່າຍທອດນີ້</translation>
    </message>
    <message>
        <source>a %1 may not hand out watch links: ask the surgeon or a coordinator</source>
        <translation>%1 ແຈກລິ້ງເບິ່ງບໍ່ໄດ້: ຂໍຈາກແພດຜ່າຕັດ ຫຼື ຜູ້ປະສານງານ</translation>
    </message>
    <message>
        <source>your clock differs from the hub&apos;s</source>
        <translation>ໂມງຂອງທ່ານບໍ່ກົງກັບຂອງສູນກາງ</translation>
    </message>
    <message>
        <source>refused by the hub: %1</source>
        <translation>ຖືກສູນກາງປະຕິເສດ: %1</translation>
    </message>
    <message>
        <source>… and %1 more</source>
        <translation>… ແລະ ອີກ %1 ໄຟລ໌</translation>
    </message>
</context>
<context>
    <name>CoursesController</name>
    <message>
        <source>This workstation is not enrolled at a hub: courses can only be installed from files</source>
        <translation>ເຄື່ອງນີ້ບໍ່ໄດ້ລົງທະບຽນກັບສູນກາງ: ຕິດຕັ້ງຫຼັກສູດໄດ້ຈາກໄຟລ໌ເທົ່ານັ້ນ</translation>
    </message>
    <message>
        <source>%1 is not a cohort code: it looks like cohort-3f2a9c… (ask your coordinator)</source>
        <translation>%1 ບໍ່ແມ່ນລະຫັດກຸ່ມຜູ້ຮຽນ: ລະຫັດມີລັກສະນະຄື cohort-3f2a9c… (ຖາມຜູ້ປະສານງານຂອງທ່ານ)</translation>
    </message>
    <message>
        <source>Already enrolled in %1</source>
        <translation>ລົງທະບຽນໃນ %1 ຢູ່ແລ້ວ</translation>
    </message>
    <message>
        <source>Enrolment</source>
        <translation>ການລົງທະບຽນ</translation>
    </message>
    <message>
        <source>Enrolled in %1</source>
        <translation>ລົງທະບຽນໃນ %1 ແລ້ວ</translation>
    </message>
    <message>
        <source>Enrolled in %1: the hub hears of it when the link is back</source>
        <translation>ລົງທະບຽນໃນ %1 ແລ້ວ: ສູນກາງຈະຮູ້ເມື່ອການເຊື່ອມຕໍ່ກັບມາ</translation>
    </message>
    <message>
        <source>Cohort %1: %2</source>
        <translation>ກຸ່ມຜູ້ຮຽນ %1: %2</translation>
    </message>
    <message>
        <source>The link is back: resuming the download</source>
        <translation>ການເຊື່ອມຕໍ່ກັບມາແລ້ວ: ດາວໂຫຼດຕໍ່</translation>
    </message>
    <message>
        <source>Reading the installed courses</source>
        <translation>ກຳລັງອ່ານຫຼັກສູດທີ່ຕິດຕັ້ງໄວ້</translation>
    </message>
    <message>
        <source>%1 is not published in your cohorts</source>
        <translation>%1 ບໍ່ໄດ້ເຜີຍແຜ່ໃນກຸ່ມຜູ້ຮຽນຂອງທ່ານ</translation>
    </message>
    <message>
        <source>A download is already running</source>
        <translation>ມີການດາວໂຫຼດຢູ່ແລ້ວ</translation>
    </message>
    <message>
        <source>Downloading %1</source>
        <translation>ກຳລັງດາວໂຫຼດ %1</translation>
    </message>
    <message>
        <source>Download of %1 paused: what was received is kept, Download resumes it</source>
        <translation>ຢຸດການດາວໂຫຼດ %1 ຊົ່ວຄາວ: ສ່ວນທີ່ໄດ້ຮັບແລ້ວຖືກເກັບໄວ້, ກົດດາວໂຫຼດເພື່ອເຮັດຕໍ່</translation>
    </message>
    <message>
        <source>Download interrupted (%1): what was received is kept; it resumes when the link is back</source>
        <translation>ການດາວໂຫຼດຖືກຂັດຈັງຫວະ (%1): ສ່ວນທີ່ໄດ້ຮັບແລ້ວຖືກເກັບໄວ້; ຈະດາວໂຫຼດຕໍ່ເມື່ອການເຊື່ອມຕໍ່ກັບມາ</translation>
    </message>
    <message>
        <source>Could not install the course: %1</source>
        <translation>ຕິດຕັ້ງຫຼັກສູດບໍ່ໄດ້: %1</translation>
    </message>
    <message>
        <source>Installing %1</source>
        <translation>ກຳລັງຕິດຕັ້ງ %1</translation>
    </message>
    <message>
        <source>Could not install %1: %2</source>
        <translation>ຕິດຕັ້ງ %1 ບໍ່ໄດ້: %2</translation>
    </message>
    <message>
        <source>Installed %1 %2: it works offline</source>
        <translation>ຕິດຕັ້ງ %1 %2 ແລ້ວ: ໃຊ້ແບບອອບລາຍໄດ້</translation>
    </message>
    <message>
        <source>This course is not available in %1</source>
        <translation>ຫຼັກສູດນີ້ບໍ່ມີພາສາ %1</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>ພາສາ</translation>
    </message>
    <message>
        <source>Install the course first</source>
        <extracomment>Language names shown in the per-course language choice (each in its own language).</extracomment>
        <translation>ຕິດຕັ້ງຫຼັກສູດກ່ອນ</translation>
    </message>
    <message>
        <source>Opening the course</source>
        <translation>ກຳລັງເປີດຫຼັກສູດ</translation>
    </message>
    <message>
        <source>Opening the lesson</source>
        <translation>ກຳລັງເປີດບົດຮຽນ</translation>
    </message>
    <message>
        <source>Completing the lesson</source>
        <translation>ກຳລັງບັນທຶກວ່າຮຽນບົດຮຽນຈົບ</translation>
    </message>
    <message>
        <source>Starting the attempt</source>
        <translation>ກຳລັງເລີ່ມເຮັດແບບທົດສອບ</translation>
    </message>
    <message>
        <source>Click the finding in the viewer first</source>
        <translation>ຄລິກໃສ່ສິ່ງທີ່ກວດພົບໃນໂປຣແກຣມເບິ່ງພາບກ່ອນ</translation>
    </message>
    <message>
        <source>Choose an answer first</source>
        <translation>ເລືອກຄຳຕອບກ່ອນ</translation>
    </message>
    <message>
        <source>%1: no such file</source>
        <translation>%1: ບໍ່ມີໄຟລ໌ນີ້</translation>
    </message>
    <message>
        <source>Answer not taken: %1</source>
        <translation>ບໍ່ຮັບຄຳຕອບ: %1</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>ສິ່ງທີ່ກວດພົບ</translation>
    </message>
    <message>
        <source>Your answer</source>
        <translation>ຄຳຕອບຂອງທ່ານ</translation>
    </message>
    <message>
        <source>Image questions are answered in the reading-room viewer</source>
        <translation>ຄຳຖາມແບບພາບຕອບໄດ້ໃນໂປຣແກຣມເບິ່ງພາບຂອງຫ້ອງອ່ານຮູບ</translation>
    </message>
    <message>
        <source>Opening the case in the viewer…</source>
        <translation>ກຳລັງເປີດກໍລະນີໃນໂປຣແກຣມເບິ່ງພາບ…</translation>
    </message>
    <message>
        <source>Click in the case&apos;s series: it is being opened in the viewer</source>
        <translation>ຄລິກໃນຊີຣີຂອງກໍລະນີ: ກຳລັງເປີດໃນໂປຣແກຣມເບິ່ງພາບ</translation>
    </message>
    <message>
        <source>Open the course in the reading room to see the case</source>
        <translation>ເປີດຫຼັກສູດໃນຫ້ອງອ່ານຮູບເພື່ອເບິ່ງກໍລະນີ</translation>
    </message>
    <message>
        <source>The case is open in the viewer</source>
        <translation>ກໍລະນີເປີດຢູ່ໃນໂປຣແກຣມເບິ່ງພາບແລ້ວ</translation>
    </message>
    <message>
        <source>Importing the case: %1 of %2 images</source>
        <translation>ກຳລັງນຳເຂົ້າກໍລະນີ: ພາບທີ %1 ຈາກ %2</translation>
    </message>
    <message>
        <source>Could not open the case: %1</source>
        <translation>ເປີດກໍລະນີບໍ່ໄດ້: %1</translation>
    </message>
    <message>
        <source>Unknown window preset %1: the series&apos; own window is kept</source>
        <translation>ບໍ່ຮູ້ຈັກຄ່າວິນໂດສຳເລັດຮູບ %1: ໃຊ້ຄ່າວິນໂດຂອງຊີຣີເອງ</translation>
    </message>
    <message>
        <source>Playing</source>
        <translation>ກຳລັງຫຼິ້ນ</translation>
    </message>
    <message>
        <source>End of the video</source>
        <translation>ວິດີໂອຈົບແລ້ວ</translation>
    </message>
    <message>
        <source>Cannot play the video: %1</source>
        <translation>ຫຼິ້ນວິດີໂອບໍ່ໄດ້: %1</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>ຢຸດຊົ່ວຄາວ</translation>
    </message>
    <message>
        <source>The course is not completed yet</source>
        <translation>ຍັງຮຽນຫຼັກສູດບໍ່ຈົບ</translation>
    </message>
    <message>
        <source>Certificate saved: %1</source>
        <translation>ບັນທຶກໃບຢັ້ງຢືນແລ້ວ: %1</translation>
    </message>
    <message>
        <source>Could not save the certificate: %1</source>
        <translation>ບັນທຶກໃບຢັ້ງຢືນບໍ່ໄດ້: %1</translation>
    </message>
    <message>
        <source>Save certificate</source>
        <translation>ບັນທຶກໃບຢັ້ງຢືນ</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Cohort progress</source>
        <translation>ຄວາມຄືບໜ້າຂອງກຸ່ມຜູ້ຮຽນ</translation>
    </message>
    <message>
        <source>Choose a cohort first</source>
        <translation>ເລືອກກຸ່ມຜູ້ຮຽນກ່ອນ</translation>
    </message>
    <message>
        <source>Exported %1</source>
        <translation>ສົ່ງອອກ %1 ແລ້ວ</translation>
    </message>
</context>
<context>
    <name>CoursesPanel</name>
    <message>
        <source>Courses</source>
        <translation>ຫຼັກສູດ</translation>
    </message>
    <message>
        <source>Lesson</source>
        <translation>ບົດຮຽນ</translation>
    </message>
    <message>
        <source>Cohort progress</source>
        <translation>ຄວາມຄືບໜ້າຂອງກຸ່ມຜູ້ຮຽນ</translation>
    </message>
    <message>
        <source>Progress is kept on this workstation (no hub link)</source>
        <translation>ຄວາມຄືບໜ້າຖືກເກັບໄວ້ໃນເຄື່ອງນີ້ (ບໍ່ມີການເຊື່ອມຕໍ່ກັບສູນກາງ)</translation>
    </message>
    <message>
        <source>All progress synced</source>
        <translation>ຊິງຄວາມຄືບໜ້າທັງໝົດແລ້ວ</translation>
    </message>
    <message numerus="yes">
        <source>%n statement(s) waiting to sync</source>
        <translation>
            <numerusform>ລໍຖ້າຊິງ %n ລາຍການ</numerusform>
            <numerusform>ລໍຖ້າຊິງ %n ລາຍການ</numerusform>
        </translation>
    </message>
    <message>
        <source>(%1 not in any cohort: enrol in the course&apos;s cohort)</source>
        <translation>(%1 ບໍ່ໄດ້ຢູ່ໃນກຸ່ມຜູ້ຮຽນໃດ: ລົງທະບຽນໃນກຸ່ມຜູ້ຮຽນຂອງຫຼັກສູດ)</translation>
    </message>
    <message>
        <source>(offline: sent when the link is back)</source>
        <translation>(ອອບລາຍ: ຈະສົ່ງເມື່ອການເຊື່ອມຕໍ່ກັບມາ)</translation>
    </message>
    <message>
        <source>Courses are unavailable: %1</source>
        <translation>ໃຊ້ຫຼັກສູດບໍ່ໄດ້: %1</translation>
    </message>
</context>
<context>
    <name>DevicesDialog</name>
    <message>
        <source>Devices for calls</source>
        <translation>ອຸປະກອນສຳລັບການໂທ</translation>
    </message>
    <message>
        <source>The devices video calls use. The system&apos;s default is used when the chosen one is not connected.</source>
        <translation>ອຸປະກອນທີ່ການໂທວິດີໂອໃຊ້. ເມື່ອອຸປະກອນທີ່ເລືອກບໍ່ໄດ້ເຊື່ອມຕໍ່ ຈະໃຊ້ຄ່າເລີ່ມຕົ້ນຂອງລະບົບ</translation>
    </message>
    <message>
        <source>Camera</source>
        <translation>ກ້ອງ</translation>
    </message>
    <message>
        <source>Microphone</source>
        <translation>ໄມໂຄຣໂຟນ</translation>
    </message>
    <message>
        <source>Speaker</source>
        <translation>ລຳໂພງ</translation>
    </message>
    <message>
        <source>The first camera</source>
        <translation>ກ້ອງໂຕທຳອິດ</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>ຄ່າເລີ່ມຕົ້ນຂອງລະບົບ</translation>
    </message>
    <message>
        <source>%1 (not connected)</source>
        <translation>%1 (ບໍ່ໄດ້ເຊື່ອມຕໍ່)</translation>
    </message>
    <message>
        <source>The devices could not be saved: %1</source>
        <translation>ບັນທຶກອຸປະກອນບໍ່ໄດ້: %1</translation>
    </message>
    <message>
        <source>&amp;Devices…</source>
        <translation>ອຸປະກອນ(&amp;D)…</translation>
    </message>
</context>
<context>
    <name>DiscussDialog</name>
    <message>
        <source>Discuss in MDT</source>
        <translation>ນຳເຂົ້າປຶກສາ MDT</translation>
    </message>
    <message>
        <source>New consult</source>
        <translation>ການປຶກສາໃໝ່</translation>
    </message>
    <message>
        <source>Consult</source>
        <translation>ການປຶກສາ</translation>
    </message>
    <message>
        <source>Title of a new consult</source>
        <translation>ຫົວຂໍ້ຂອງການປຶກສາໃໝ່</translation>
    </message>
</context>
<context>
    <name>EnrolmentBundle</name>
    <message>
        <source>%1: no such file</source>
        <extracomment>The reasons an enrolment file is refused, translated where they are shown (:func:`_say`).</extracomment>
        <translation>%1: ບໍ່ພົບໄຟລ໌ນີ້</translation>
    </message>
    <message>
        <source>not a text file</source>
        <translation>ບໍ່ແມ່ນໄຟລ໌ຂໍ້ຄວາມ</translation>
    </message>
    <message>
        <source>%1: not a readable enrolment bundle (%2)</source>
        <translation>%1: ບໍ່ແມ່ນໄຟລ໌ລົງທະບຽນທີ່ອ່ານໄດ້ (%2)</translation>
    </message>
    <message>
        <source>no JSON object</source>
        <translation>ບໍ່ມີອອບເຈັກ JSON</translation>
    </message>
    <message>
        <source>%1: format %2 is not a Silkbridge enrolment bundle</source>
        <translation>%1: ຮູບແບບ %2 ບໍ່ແມ່ນໄຟລ໌ລົງທະບຽນຂອງ Silkbridge</translation>
    </message>
    <message>
        <source>%1: %2 is not a CURVE key (40 Z85 characters); the file is damaged</source>
        <translation>%1: %2 ບໍ່ແມ່ນກະແຈ CURVE (ຕົວອັກສອນ Z85 40 ຕົວ); ໄຟລ໌ເສຍຫາຍ</translation>
    </message>
    <message>
        <source>%1: hub_address %2 is not an address like tcp://host:port</source>
        <translation>%1: hub_address %2 ບໍ່ແມ່ນທີ່ຢູ່ໃນຮູບແບບ tcp://ໂຮສ:ພອດ</translation>
    </message>
    <message>
        <source>%1: user_id is empty</source>
        <translation>%1: user_id ຫວ່າງເປົ່າ</translation>
    </message>
</context>
<context>
    <name>EnrolmentPage</name>
    <message>
        <source>Your enrolment</source>
        <translation>ການລົງທະບຽນຂອງທ່ານ</translation>
    </message>
    <message>
        <source>Your hub administrator gave you an enrolment file (.json). It connects this workstation to the hub in your name: choose it here.</source>
        <translation>ຜູ້ບໍລິຫານສູນກາງໄດ້ໃຫ້ໄຟລ໌ລົງທະບຽນ (.json) ແກ່ທ່ານ. ໄຟລ໌ນີ້ເຊື່ອມຕໍ່ເຄື່ອງນີ້ກັບສູນກາງໃນນາມຂອງທ່ານ: ເລືອກໄຟລ໌ຢູ່ບ່ອນນີ້.</translation>
    </message>
    <message>
        <source>Enrolment file</source>
        <translation>ໄຟລ໌ລົງທະບຽນ</translation>
    </message>
    <message>
        <source>Choose file…</source>
        <translation>ເລືອກໄຟລ໌…</translation>
    </message>
    <message>
        <source>Choose your enrolment file</source>
        <translation>ເລືອກໄຟລ໌ລົງທະບຽນຂອງທ່ານ</translation>
    </message>
    <message>
        <source>Enrolment files (*.json);;All files (*)</source>
        <translation>ໄຟລ໌ລົງທະບຽນ (*.json);;ໄຟລ໌ທັງໝົດ (*)</translation>
    </message>
    <message>
        <source>This file cannot be used: %1</source>
        <translation>ໃຊ້ໄຟລ໌ນີ້ບໍ່ໄດ້: %1</translation>
    </message>
    <message>
        <source>Enrolled as %1 (%2), %3, %4. Hub: %5</source>
        <translation>ລົງທະບຽນເປັນ %1 (%2), %3, %4. ສູນກາງ: %5</translation>
    </message>
</context>
<context>
    <name>FirstRunWizard</name>
    <message>
        <source>Silkbridge — first run</source>
        <translation>Silkbridge — ການໃຊ້ງານຄັ້ງທຳອິດ</translation>
    </message>
    <message>
        <source>&lt; &amp;Back</source>
        <translation>&lt; ກັບຄືນ(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>ຕໍ່ໄປ(&amp;N) &gt;</translation>
    </message>
    <message>
        <source>&amp;Finish</source>
        <translation>ສຳເລັດ(&amp;F)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>ຍົກເລີກ</translation>
    </message>
    <message>
        <source>Could not save the enrolment: %1</source>
        <translation>ບັນທຶກການລົງທະບຽນບໍ່ໄດ້: %1</translation>
    </message>
</context>
<context>
    <name>HubPage</name>
    <message>
        <source>Connection to the hub</source>
        <extracomment>seconds to wait for the hub&apos;s answer</extracomment>
        <translation>ການເຊື່ອມຕໍ່ກັບສູນກາງ</translation>
    </message>
    <message>
        <source>Check again</source>
        <translation>ກວດອີກຄັ້ງ</translation>
    </message>
    <message>
        <source>no answer from the hub within %1 s: check the address, this computer&apos;s network and the hospital&apos;s firewall</source>
        <translation>ສູນກາງບໍ່ຕອບພາຍໃນ %1 ວິນາທີ: ກວດເບິ່ງທີ່ຢູ່, ເຄືອຂ່າຍຂອງເຄື່ອງນີ້ ແລະ ໄຟວໍຂອງໂຮງໝໍ</translation>
    </message>
    <message>
        <source>Connecting to the hub at %1…</source>
        <translation>ກຳລັງເຊື່ອມຕໍ່ກັບສູນກາງທີ່ %1…</translation>
    </message>
    <message>
        <source>Connected to the hub at %1. Round trip: %2 ms.</source>
        <translation>ເຊື່ອມຕໍ່ກັບສູນກາງທີ່ %1 ແລ້ວ. ເວລາໄປ-ກັບ: %2 ms.</translation>
    </message>
    <message>
        <source>Could not connect to the hub at %1: %2. You can finish now and connect later.</source>
        <translation>ເຊື່ອມຕໍ່ກັບສູນກາງທີ່ %1 ບໍ່ໄດ້: %2. ທ່ານກົດສຳເລັດໄດ້ເລີຍ ແລະ ເຊື່ອມຕໍ່ພາຍຫຼັງ.</translation>
    </message>
</context>
<context>
    <name>ImageKinds</name>
    <message>
        <source>a projection radiograph</source>
        <translation>ພາບລັງສີແບບສາຍ</translation>
    </message>
    <message>
        <source>an X-ray angiography or fluoroscopy image</source>
        <translation>ພາບເອັກສະເຣຫຼອດເລືອດ ຫຼື ຟລູອໍໂຣສະໂຄປີ</translation>
    </message>
    <message>
        <source>an ultrasound image</source>
        <translation>ພາບອັນຕຣາຊາວ</translation>
    </message>
    <message>
        <source>a photograph (endoscopy, camera, microscopy)</source>
        <translation>ພາບຖ່າຍ (ກ້ອງສ່ອງກວດ, ກ້ອງ, ກ້ອງຈຸລະທັດ)</translation>
    </message>
    <message>
        <source>a secondary capture, scan or document</source>
        <translation>ພາບຈັບຊ້ຳ, ພາບສະແກນ ຫຼື ເອກະສານ</translation>
    </message>
</context>
<context>
    <name>LanguageMenu</name>
    <message>
        <source>&amp;Settings</source>
        <translation>ການຕັ້ງຄ່າ(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>ພາສາ(&amp;L)</translation>
    </message>
    <message>
        <source>Interface language: %1</source>
        <translation>ພາສາຂອງໜ້າຈໍ: %1</translation>
    </message>
</context>
<context>
    <name>LanguagePage</name>
    <message>
        <source>Language</source>
        <translation>ພາສາ</translation>
    </message>
    <message>
        <source>The language of the interface (you can change it later in Settings → Language).</source>
        <translation>ພາສາຂອງໜ້າຈໍ (ປ່ຽນພາຍຫຼັງໄດ້ທີ່ ການຕັ້ງຄ່າ → ພາສາ).</translation>
    </message>
</context>
<context>
    <name>LinkStates</name>
    <message>
        <source>connecting</source>
        <translation>ກຳລັງເຊື່ອມຕໍ່</translation>
    </message>
    <message>
        <source>online</source>
        <translation>ອອນລາຍ</translation>
    </message>
    <message>
        <source>degraded</source>
        <translation>ສັນຍານບໍ່ດີ</translation>
    </message>
    <message>
        <source>offline</source>
        <translation>ອອບລາຍ</translation>
    </message>
    <message>
        <source>refused</source>
        <translation>ຖືກປະຕິເສດ</translation>
    </message>
    <message>
        <source>revoked</source>
        <translation>ຖືກຖອນ</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Me</source>
        <extracomment>the consult&apos;s call (ui.consult.videocall.VideoCallLauncher, WebRTC through the hub&apos;s Janus): voice only (``Voice``, no window) or with cameras (``Video call``, its own window)</extracomment>
        <translation>ຂ້ອຍ</translation>
    </message>
    <message>
        <source>Silkbridge — reading room</source>
        <translation>Silkbridge — ຫ້ອງອ່ານຮູບ</translation>
    </message>
    <message>
        <source>Studies</source>
        <translation>ການກວດ</translation>
    </message>
    <message>
        <source>PACS</source>
        <translation>PACS</translation>
    </message>
    <message>
        <source>Reading</source>
        <translation>ການອ່ານຮູບ</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>ນຳເຂົ້າ…</translation>
    </message>
    <message>
        <source> Layout </source>
        <translation> ຮູບແບບການຈັດວາງ </translation>
    </message>
    <message>
        <source> Window </source>
        <translation> ຄ່າວິນໂດ </translation>
    </message>
    <message>
        <source>DICOM default</source>
        <translation>ຄ່າເລີ່ມຕົ້ນຂອງ DICOM</translation>
    </message>
    <message>
        <source>Auto (histogram)</source>
        <translation>ອັດຕະໂນມັດ (ຮິສໂຕແກຣມ)</translation>
    </message>
    <message>
        <source>CT brain</source>
        <translation>CT ສະໝອງ</translation>
    </message>
    <message>
        <source>CT lung</source>
        <translation>CT ປອດ</translation>
    </message>
    <message>
        <source>CT bone</source>
        <translation>CT ກະດູກ</translation>
    </message>
    <message>
        <source>CT abdomen</source>
        <translation>CT ທ້ອງ</translation>
    </message>
    <message>
        <source>CT mediastinum</source>
        <translation>CT ເມດິແອສຕິນັມ</translation>
    </message>
    <message>
        <source> Slab </source>
        <translation> ຊັ້ນໜາ </translation>
    </message>
    <message>
        <source>thin</source>
        <translation>ບາງ</translation>
    </message>
    <message>
        <source>Average</source>
        <translation>ຄ່າສະເລ່ຍ</translation>
    </message>
    <message>
        <source>Cine ▶</source>
        <translation>ພາບເຄື່ອນໄຫວ ▶</translation>
    </message>
    <message>
        <source> 3D </source>
        <translation> ສາມມິຕິ </translation>
    </message>
    <message>
        <source>This series holds %1 separate stacks (orientations or sizes); showing the first, pick another beside &apos;Stack&apos;.</source>
        <translation>ຊີຣີນີ້ມີ %1 ຊຸດພາບແຍກກັນ (ທິດທາງ ຫຼື ຂະໜາດຕ່າງກັນ); ສະແດງຊຸດທຳອິດ, ເລືອກຊຸດອື່ນໄດ້ຂ້າງ &apos;ຊຸດພາບ&apos;.</translation>
    </message>
    <message>
        <source>Volumes</source>
        <translation>ວໍລຸ່ມ</translation>
    </message>
    <message>
        <source>ct-bone</source>
        <translation>CT ກະດູກ</translation>
    </message>
    <message>
        <source>ct-soft-tissue</source>
        <translation>CT ເນື້ອເຍື່ອອ່ອນ</translation>
    </message>
    <message>
        <source>ct-angio</source>
        <translation>CT ເສັ້ນເລືອດ</translation>
    </message>
    <message>
        <source>mr-default</source>
        <translation>MR ຄ່າເລີ່ມຕົ້ນ</translation>
    </message>
    <message>
        <source>Crop</source>
        <translation>ຕັດຂອບ</translation>
    </message>
    <message>
        <source>Reset view</source>
        <translation>ຣີເຊັດມຸມມອງ</translation>
    </message>
    <message>
        <source>Annotate</source>
        <translation>ໝາຍເຫດ</translation>
    </message>
    <message>
        <source>Navigate</source>
        <translation>ນຳທາງ</translation>
    </message>
    <message>
        <source>Select</source>
        <translation>ເລືອກ</translation>
    </message>
    <message>
        <source>Laser pointer</source>
        <translation>ຕົວຊີ້ເລເຊີ</translation>
    </message>
    <message>
        <source>Length</source>
        <translation>ຄວາມຍາວ</translation>
    </message>
    <message>
        <source>Angle</source>
        <translation>ມຸມ</translation>
    </message>
    <message>
        <source>Ellipse ROI</source>
        <translation>ROI ຮູບໄຂ່</translation>
    </message>
    <message>
        <source>Polygon ROI</source>
        <translation>ROI ຮູບຫຼາຍແຈ</translation>
    </message>
    <message>
        <source>Arrow</source>
        <translation>ລູກສອນ</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>ຂໍ້ຄວາມ</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>ລຶບ</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>ໄຟລ໌(&amp;F)</translation>
    </message>
    <message>
        <source>Import zip or files…</source>
        <translation>ນຳເຂົ້າ zip ຫຼື ໄຟລ໌…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>ອອກ(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>ມຸມມອງ(&amp;V)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>ຍົກເລີກ</translation>
    </message>
    <message>
        <source>Hub: not connected</source>
        <translation>ສູນກາງ: ບໍ່ໄດ້ເຊື່ອມຕໍ່</translation>
    </message>
    <message>
        <source>Import a folder of DICOM files</source>
        <translation>ນຳເຂົ້າໂຟນເດີຂອງໄຟລ໌ DICOM</translation>
    </message>
    <message>
        <source>Import DICOM files, a zip or a DICOMDIR</source>
        <translation>ນຳເຂົ້າໄຟລ໌ DICOM, zip ຫຼື DICOMDIR</translation>
    </message>
    <message>
        <source>DICOM, zip or DICOMDIR (*.dcm *.zip DICOMDIR *);;All files (*)</source>
        <translation>DICOM, zip ຫຼື DICOMDIR (*.dcm *.zip DICOMDIR *);;ໄຟລ໌ທັງໝົດ (*)</translation>
    </message>
    <message>
        <source>Importing</source>
        <translation>ກຳລັງນຳເຂົ້າ</translation>
    </message>
    <message>
        <source>Import failed</source>
        <translation>ນຳເຂົ້າບໍ່ສຳເລັດ</translation>
    </message>
    <message>
        <source>Imported %1 new image(s); %2 already in the catalog.</source>
        <translation>ນຳເຂົ້າພາບໃໝ່ %1 ພາບ; ມີຢູ່ໃນລາຍການແລ້ວ %2 ພາບ.</translation>
    </message>
    <message>
        <source>Import was cancelled; what was imported is kept.</source>
        <translation>ຍົກເລີກການນຳເຂົ້າແລ້ວ; ສ່ວນທີ່ນຳເຂົ້າແລ້ວຍັງຖືກເກັບໄວ້.</translation>
    </message>
    <message>
        <source>%1 file(s) could not be imported:</source>
        <translation>ນຳເຂົ້າໄຟລ໌ບໍ່ໄດ້ %1 ໄຟລ໌:</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>ນຳເຂົ້າ</translation>
    </message>
    <message>
        <source>… and %1 more</source>
        <translation>… ແລະ ອີກ %1 ໄຟລ໌</translation>
    </message>
    <message>
        <source>The presenter compares with a series not downloaded yet: Download cases</source>
        <translation>ຜູ້ນຳສະເໜີກຳລັງປຽບທຽບກັບຊີຣີທີ່ຍັງບໍ່ໄດ້ດາວໂຫຼດ: ດາວໂຫຼດກໍລະນີ</translation>
    </message>
    <message>
        <source>Loading</source>
        <translation>ກຳລັງໂຫຼດ</translation>
    </message>
    <message>
        <source>Could not open the series</source>
        <translation>ເປີດຊີຣີບໍ່ໄດ້</translation>
    </message>
    <message>
        <source>Cannot show this frame: %1</source>
        <translation>ສະແດງເຟຣມນີ້ບໍ່ໄດ້: %1</translation>
    </message>
    <message>
        <source>File: %1</source>
        <translation>ໄຟລ໌: %1</translation>
    </message>
    <message>
        <source>no images</source>
        <translation>ບໍ່ມີພາບ</translation>
    </message>
    <message>
        <source>mr-angio</source>
        <translation>MR ເສັ້ນເລືອດ</translation>
    </message>
    <message>
        <source>W %1 / L %2</source>
        <translation>W %1 / L %2</translation>
    </message>
    <message>
        <source>Hub: %1</source>
        <translation>ສູນກາງ: %1</translation>
    </message>
    <message>
        <source>Online: %1</source>
        <translation>ອອນລາຍ: %1</translation>
    </message>
    <message>
        <source>MDT consult</source>
        <translation>ການປຶກສາ MDT</translation>
    </message>
    <message>
        <source>Broadcasts</source>
        <translation>ການຖ່າຍທອດສົດ</translation>
    </message>
    <message>
        <source>Referrals</source>
        <translation>ການສົ່ງຕໍ່</translation>
    </message>
    <message>
        <source>Courses</source>
        <translation>ຫຼັກສູດ</translation>
    </message>
</context>
<context>
    <name>NewConsultDialog</name>
    <message>
        <source>New MDT consult</source>
        <translation>ການປຶກສາ MDT ໃໝ່</translation>
    </message>
    <message>
        <source>One case per line: title | question | referring hospital</source>
        <translation>ໜຶ່ງກໍລະນີຕໍ່ແຖວ: ຫົວຂໍ້ | ຄຳຖາມ | ໂຮງໝໍທີ່ສົ່ງຕໍ່</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>ຫົວຂໍ້</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>ເວລາ</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>ວາລະ</translation>
    </message>
    <message>
        <source>My hospital (%1)</source>
        <translation>ໂຮງໝໍຂອງຂ້ອຍ (%1)</translation>
    </message>
    <message>
        <source>Other hospitals, comma-separated</source>
        <translation>ໂຮງໝໍອື່ນ, ຂັ້ນດ້ວຍເຄື່ອງໝາຍ &quot;,&quot;</translation>
    </message>
    <message>
        <source>People by user id, comma-separated</source>
        <translation>ບຸກຄົນຕາມລະຫັດຜູ້ໃຊ້, ຂັ້ນດ້ວຍເຄື່ອງໝາຍ &quot;,&quot;</translation>
    </message>
    <message>
        <source>Invite</source>
        <translation>ເຊີນ</translation>
    </message>
    <message>
        <source>Everyone who is</source>
        <translation>ທຸກຄົນທີ່ເປັນ</translation>
    </message>
</context>
<context>
    <name>PacsPanel</name>
    <message>
        <source>Test</source>
        <translation>ທົດສອບ</translation>
    </message>
    <message>
        <source>e.g. NGUYEN*</source>
        <translation>ເຊັ່ນ NGUYEN*</translation>
    </message>
    <message>
        <source>any</source>
        <translation>ໃດກໍໄດ້</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>ຊອກຫາ</translation>
    </message>
    <message>
        <source>Retrieve</source>
        <translation>ດຶງຂໍ້ມູນ</translation>
    </message>
    <message>
        <source>Retrieve the selected series, or the whole study</source>
        <translation>ດຶງຊີຣີທີ່ເລືອກ ຫຼື ການກວດທັງໝົດ</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>ຍົກເລີກ</translation>
    </message>
    <message>
        <source>PACS</source>
        <translation>PACS</translation>
    </message>
    <message>
        <source>Patient name</source>
        <translation>ຊື່ຄົນເຈັບ</translation>
    </message>
    <message>
        <source>Patient ID</source>
        <translation>ລະຫັດຄົນເຈັບ</translation>
    </message>
    <message>
        <source>Accession</source>
        <translation>ເລກ Accession</translation>
    </message>
    <message>
        <source>Study date</source>
        <translation>ວັນທີກວດ</translation>
    </message>
    <message>
        <source>Modality</source>
        <translation>ປະເພດການກວດ</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>ຄຳອະທິບາຍ</translation>
    </message>
    <message>
        <source>Series</source>
        <translation>ຊີຣີ</translation>
    </message>
    <message>
        <source>No PACS is configured: add one to the settings (pacs_nodes).</source>
        <translation>ຍັງບໍ່ໄດ້ຕັ້ງຄ່າ PACS: ເພີ່ມໃນການຕັ້ງຄ່າ (pacs_nodes).</translation>
    </message>
    <message>
        <source>Wait for the current PACS operation to finish (or cancel it).</source>
        <translation>ລໍຖ້າໃຫ້ການເຮັດວຽກກັບ PACS ປັດຈຸບັນສຳເລັດກ່ອນ (ຫຼື ຍົກເລີກມັນ).</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>ຍົກເລີກແລ້ວ.</translation>
    </message>
    <message>
        <source>%s answers (%d ms).</source>
        <translation>%s ຕອບກັບ (%d ms).</translation>
    </message>
    <message>
        <source>Testing %s…</source>
        <translation>ກຳລັງທົດສອບ %s…</translation>
    </message>
    <message>
        <source>Study date from</source>
        <translation>ວັນທີກວດຕັ້ງແຕ່</translation>
    </message>
    <message>
        <source>Study date to</source>
        <translation>ວັນທີກວດເຖິງ</translation>
    </message>
    <message>
        <source>Study date: the first date is after the second</source>
        <translation>ວັນທີກວດ: ວັນທີທຳອິດຢູ່ຫຼັງວັນທີທີສອງ</translation>
    </message>
    <message>
        <source>Searching %s…</source>
        <translation>ກຳລັງຊອກຫາ %s…</translation>
    </message>
    <message numerus="yes">
        <source>%n studies found</source>
        <translation>
            <numerusform>ພົບການກວດ %n ລາຍການ</numerusform>
            <numerusform>ພົບການກວດ %n ລາຍການ</numerusform>
        </translation>
    </message>
    <message>
        <source>No study matches.</source>
        <translation>ບໍ່ມີການກວດທີ່ກົງກັນ.</translation>
    </message>
    <message>
        <source>Listing the series…</source>
        <translation>ກຳລັງສະແດງລາຍການຊີຣີ…</translation>
    </message>
    <message numerus="yes">
        <source>%n series</source>
        <translation>
            <numerusform>%n ຊີຣີ</numerusform>
            <numerusform>%n ຊີຣີ</numerusform>
        </translation>
    </message>
    <message>
        <source>the study</source>
        <translation>ການກວດ</translation>
    </message>
    <message>
        <source>Retrieving %s from %s</source>
        <translation>ກຳລັງດຶງ %s ຈາກ %s</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>ກຳລັງຍົກເລີກ…</translation>
    </message>
</context>
<context>
    <name>PlayerPage</name>
    <message>
        <source>◀ Courses</source>
        <translation>◀ ຫຼັກສູດ</translation>
    </message>
    <message>
        <source>Press Play</source>
        <translation>ກົດຫຼິ້ນ</translation>
    </message>
    <message>
        <source>▶ Play</source>
        <translation>▶ ຫຼິ້ນ</translation>
    </message>
    <message>
        <source>Show the case in the viewer</source>
        <translation>ສະແດງກໍລະນີໃນໂປຣແກຣມເບິ່ງພາບ</translation>
    </message>
    <message>
        <source>Start attempt</source>
        <translation>ເລີ່ມເຮັດແບບທົດສອບ</translation>
    </message>
    <message>
        <source>Submit answer</source>
        <translation>ສົ່ງຄຳຕອບ</translation>
    </message>
    <message>
        <source>Next question</source>
        <translation>ຄຳຖາມຕໍ່ໄປ</translation>
    </message>
    <message>
        <source>◀ Previous</source>
        <translation>◀ ກ່ອນໜ້າ</translation>
    </message>
    <message>
        <source>Mark as completed</source>
        <translation>ໝາຍວ່າຮຽນຈົບແລ້ວ</translation>
    </message>
    <message>
        <source>Next ▶</source>
        <translation>ຕໍ່ໄປ ▶</translation>
    </message>
    <message>
        <source>Save certificate (PDF)…</source>
        <translation>ບັນທຶກໃບຢັ້ງຢືນ (PDF)…</translation>
    </message>
    <message>
        <source>Interface language (%1)</source>
        <translation>ພາສາຂອງໜ້າຈໍ (%1)</translation>
    </message>
    <message>
        <source>Text lesson</source>
        <translation>ບົດຮຽນແບບຂໍ້ຄວາມ</translation>
    </message>
    <message>
        <source>Video lesson</source>
        <translation>ບົດຮຽນແບບວິດີໂອ</translation>
    </message>
    <message>
        <source>Imaging case</source>
        <translation>ກໍລະນີພາບທາງການແພດ</translation>
    </message>
    <message>
        <source>Quiz</source>
        <translation>ແບບທົດສອບ</translation>
    </message>
    <message>
        <source>Course completed · score %1 · verification code %2</source>
        <translation>ຮຽນຈົບຫຼັກສູດ · ຄະແນນ %1 · ລະຫັດຢືນຢັນ %2</translation>
    </message>
    <message>
        <source>Course failed: a quiz has no attempt left</source>
        <translation>ບໍ່ຜ່ານຫຼັກສູດ: ແບບທົດສອບໜຶ່ງບໍ່ມີສິດເຮັດເຫຼືອແລ້ວ</translation>
    </message>
    <message>
        <source>%1 of %2 lessons completed · %3 of %4 quizzes passed</source>
        <translation>ຮຽນຈົບ %1 ຈາກ %2 ບົດຮຽນ · ຜ່ານ %3 ຈາກ %4 ແບບທົດສອບ</translation>
    </message>
    <message>
        <source>Completed ✓</source>
        <translation>ຮຽນຈົບແລ້ວ ✓</translation>
    </message>
    <message>
        <source>❚❚ Pause</source>
        <translation>❚❚ ຢຸດຊົ່ວຄາວ</translation>
    </message>
    <message>
        <source>unlimited attempts</source>
        <translation>ເຮັດໄດ້ບໍ່ຈຳກັດຄັ້ງ</translation>
    </message>
    <message numerus="yes">
        <source>%n attempt(s) left</source>
        <translation>
            <numerusform>ເຫຼືອ %n ຄັ້ງ</numerusform>
            <numerusform>ເຫຼືອ %n ຄັ້ງ</numerusform>
        </translation>
    </message>
    <message>
        <source>Pass mark %1</source>
        <translation>ເກນຜ່ານ %1</translation>
    </message>
    <message>
        <source>best %1</source>
        <translation>ດີທີ່ສຸດ %1</translation>
    </message>
    <message>
        <source>passed ✓</source>
        <translation>ຜ່ານ ✓</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>ລອງໃໝ່</translation>
    </message>
    <message>
        <source>Question %1 of %2</source>
        <translation>ຄຳຖາມທີ %1 ຈາກ %2</translation>
    </message>
    <message>
        <source>Your point: (%1, %2, %3) mm LPS · click again to move it</source>
        <translation>ຈຸດຂອງທ່ານ: (%1, %2, %3) mm LPS · ຄລິກອີກຄັ້ງເພື່ອຍ້າຍ</translation>
    </message>
    <message>
        <source>Scroll the series in the viewer and click the finding; then Submit.</source>
        <translation>ເລື່ອນເບິ່ງຊີຣີໃນໂປຣແກຣມເບິ່ງພາບ ແລະ ຄລິກໃສ່ສິ່ງທີ່ກວດພົບ; ຈາກນັ້ນກົດສົ່ງ.</translation>
    </message>
    <message>
        <source>✓ Correct</source>
        <translation>✓ ຖືກຕ້ອງ</translation>
    </message>
    <message>
        <source>✗ Incorrect</source>
        <translation>✗ ບໍ່ຖືກຕ້ອງ</translation>
    </message>
    <message>
        <source>Correct answer: %1</source>
        <translation>ຄຳຕອບທີ່ຖືກຕ້ອງ: %1</translation>
    </message>
    <message>
        <source>The finding is centred at (%1, %2, %3) mm, %4 mm from your point (shown in the viewer)</source>
        <translation>ສິ່ງທີ່ກວດພົບມີຈຸດກາງຢູ່ທີ່ (%1, %2, %3) mm, ຫ່າງຈາກຈຸດຂອງທ່ານ %4 mm (ສະແດງໃນໂປຣແກຣມເບິ່ງພາບ)</translation>
    </message>
    <message>
        <source>Attempt %1: %2 of %3 correct (%4) — %5</source>
        <translation>ຄັ້ງທີ %1: ຖືກ %2 ຈາກ %3 ຂໍ້ (%4) — %5</translation>
    </message>
    <message>
        <source>passed</source>
        <translation>ຜ່ານ</translation>
    </message>
    <message>
        <source>not passed</source>
        <translation>ບໍ່ຜ່ານ</translation>
    </message>
    <message>
        <source>course completed!</source>
        <translation>ຮຽນຈົບຫຼັກສູດແລ້ວ!</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>ແລ້ວໆ</translation>
    </message>
</context>
<context>
    <name>ReferralController</name>
    <message>
        <source>The report of referral %1 has arrived</source>
        <translation>ລາຍງານຂອງການສົ່ງຕໍ່ %1 ມາຮອດແລ້ວ</translation>
    </message>
    <message>
        <source>Escalated: referral %1 was claimed but not reported in time</source>
        <translation>ຍົກລະດັບແລ້ວ: ມີຜູ້ຮັບເລື່ອງການສົ່ງຕໍ່ %1 ແຕ່ບໍ່ໄດ້ລາຍງານທັນເວລາ</translation>
    </message>
    <message>
        <source>Escalated: nobody claimed referral %1 in time</source>
        <translation>ຍົກລະດັບແລ້ວ: ບໍ່ມີຜູ້ຮັບເລື່ອງການສົ່ງຕໍ່ %1 ທັນເວລາ</translation>
    </message>
    <message>
        <source>Referral %1 is on the agenda of the consult %2</source>
        <translation>ການສົ່ງຕໍ່ %1 ຢູ່ໃນວາລະຂອງການປຶກສາ %2 ແລ້ວ</translation>
    </message>
    <message>
        <source>Could not discuss the referral in an MDT</source>
        <translation>ນຳການສົ່ງຕໍ່ເຂົ້າປຶກສາ MDT ບໍ່ໄດ້</translation>
    </message>
    <message>
        <source>Could not download the referral</source>
        <translation>ດາວໂຫຼດການສົ່ງຕໍ່ບໍ່ໄດ້</translation>
    </message>
    <message>
        <source>Send referral</source>
        <translation>ສົ່ງການສົ່ງຕໍ່</translation>
    </message>
    <message>
        <source>Open the series to send first.</source>
        <translation>ເປີດຊີຣີທີ່ຈະສົ່ງກ່ອນ.</translation>
    </message>
    <message>
        <source>Referral %1 sent</source>
        <translation>ສົ່ງການສົ່ງຕໍ່ %1 ແລ້ວ</translation>
    </message>
    <message>
        <source>Referral %1 waits in the outbox until the hub is reachable</source>
        <translation>ການສົ່ງຕໍ່ %1 ລໍຖ້າຢູ່ໃນກ່ອງຂາອອກຈົນກວ່າຈະເຊື່ອມຕໍ່ສູນກາງໄດ້</translation>
    </message>
    <message>
        <source>These images may show burned-in patient text. Send them anyway?</source>
        <translation>ພາບເຫຼົ່ານີ້ອາດມີຂໍ້ຄວາມຂໍ້ມູນຄົນເຈັບຝັງຢູ່. ຍັງຕ້ອງການສົ່ງບໍ?</translation>
    </message>
    <message>
        <source>Could not send the referral</source>
        <translation>ສົ່ງການສົ່ງຕໍ່ບໍ່ໄດ້</translation>
    </message>
</context>
<context>
    <name>ReferralPanel</name>
    <message>
        <source>Send referral…</source>
        <translation>ສົ່ງການສົ່ງຕໍ່…</translation>
    </message>
    <message>
        <source>View images</source>
        <translation>ເບິ່ງພາບ</translation>
    </message>
    <message>
        <source>Claim</source>
        <translation>ຮັບເລື່ອງ</translation>
    </message>
    <message>
        <source>Report…</source>
        <translation>ລາຍງານ…</translation>
    </message>
    <message>
        <source>Acknowledge</source>
        <translation>ຮັບຊາບ</translation>
    </message>
    <message>
        <source>Discuss in MDT…</source>
        <translation>ນຳເຂົ້າປຶກສາ MDT…</translation>
    </message>
    <message>
        <source>Put this referral on the agenda of a consult, with its images, question and report</source>
        <translation>ນຳການສົ່ງຕໍ່ນີ້ເຂົ້າວາລະຂອງການປຶກສາ ພ້ອມພາບ, ຄຳຖາມ ແລະ ລາຍງານ</translation>
    </message>
    <message>
        <source>A question or an answer on this referral</source>
        <translation>ຄຳຖາມ ຫຼື ຄຳຕອບກ່ຽວກັບການສົ່ງຕໍ່ນີ້</translation>
    </message>
    <message>
        <source>OVERDUE %1</source>
        <translation>ເກີນກຳນົດ %1</translation>
    </message>
    <message>
        <source>escalated</source>
        <translation>ຍົກລະດັບແລ້ວ</translation>
    </message>
    <message>
        <source>Escalated to the coordinators: past its target</source>
        <translation>ຍົກລະດັບເຖິງຜູ້ປະສານງານແລ້ວ: ເກີນເວລາເປົ້າໝາຍ</translation>
    </message>
    <message>
        <source>Choose a referral in the list.</source>
        <translation>ເລືອກການສົ່ງຕໍ່ໃນລາຍການ.</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>ສິ່ງທີ່ກວດພົບ</translation>
    </message>
    <message>
        <source>Impression</source>
        <translation>ຄວາມເຫັນ</translation>
    </message>
    <message>
        <source>Recommendation</source>
        <translation>ຂໍ້ແນະນຳ</translation>
    </message>
</context>
<context>
    <name>ReportDialog</name>
    <message>
        <source>Report</source>
        <translation>ລາຍງານ</translation>
    </message>
    <message>
        <source>Question: %1</source>
        <translation>ຄຳຖາມ: %1</translation>
    </message>
    <message>
        <source>Findings (in %1)</source>
        <translation>ສິ່ງທີ່ກວດພົບ (ເປັນພາສາ %1)</translation>
    </message>
    <message>
        <source>Impression</source>
        <translation>ຄວາມເຫັນ</translation>
    </message>
    <message>
        <source>Recommendation</source>
        <translation>ຂໍ້ແນະນຳ</translation>
    </message>
    <message>
        <source>Your own wording (%1): findings</source>
        <translation>ຖ້ອຍຄຳຂອງທ່ານເອງ (%1): ສິ່ງທີ່ກວດພົບ</translation>
    </message>
    <message>
        <source>Your own wording: impression</source>
        <translation>ຖ້ອຍຄຳຂອງທ່ານເອງ: ຄວາມເຫັນ</translation>
    </message>
    <message>
        <source>Send my measurements on this series (SR, key images)</source>
        <translation>ສົ່ງການວັດແທກຂອງຂ້ອຍໃນຊີຣີນີ້ (SR, ພາບສຳຄັນ)</translation>
    </message>
    <message>
        <source>Sign (the report can no longer change)</source>
        <translation>ລົງນາມ (ລາຍງານຈະແກ້ໄຂບໍ່ໄດ້ອີກ)</translation>
    </message>
</context>
<context>
    <name>Roles</name>
    <message>
        <source>trainee</source>
        <extracomment>The interface languages, each named in its own language (as a language menu shows them). The suffix of the translation files of each language (Qt&apos;s locale names). Font families tried in order for every character (Qt falls back along the list): Latin with Vietnamese, then Simplified Chinese (mainland glyph forms, not the Japanese ones fontconfig may pick), Thai, Lao, Khmer and Burmese (course content). installer/setup.sh installs them.</extracomment>
        <translation>ຜູ້ເຂົ້າຝຶກອົບຮົມ</translation>
    </message>
    <message>
        <source>specialist</source>
        <translation>ແພດຊ່ຽວຊານ</translation>
    </message>
    <message>
        <source>surgeon</source>
        <translation>ແພດຜ່າຕັດ</translation>
    </message>
    <message>
        <source>coordinator</source>
        <translation>ຜູ້ປະສານງານ</translation>
    </message>
    <message>
        <source>administrator</source>
        <translation>ຜູ້ບໍລິຫານລະບົບ</translation>
    </message>
</context>
<context>
    <name>RoomKinds</name>
    <message>
        <source>consult</source>
        <translation>ການປຶກສາ</translation>
    </message>
    <message>
        <source>broadcast</source>
        <translation>ຖ່າຍທອດ</translation>
    </message>
    <message>
        <source>cohort</source>
        <translation>ກຸ່ມຜູ້ຮຽນ</translation>
    </message>
    <message>
        <source>referral</source>
        <translation>ການສົ່ງຕໍ່</translation>
    </message>
</context>
<context>
    <name>SliceViewport</name>
    <message>
        <source>Text annotation</source>
        <translation>ໝາຍເຫດແບບຂໍ້ຄວາມ</translation>
    </message>
    <message>
        <source>Text:</source>
        <translation>ຂໍ້ຄວາມ:</translation>
    </message>
</context>
<context>
    <name>StudyBrowser</name>
    <message>
        <source>Series %1 — %2 stacks: %3</source>
        <translation>ຊີຣີ %1 — %2 ຊຸດພາບ: %3</translation>
    </message>
    <message>
        <source>Patient</source>
        <translation>ຄົນເຈັບ</translation>
    </message>
    <message>
        <source>Patient ID</source>
        <translation>ລະຫັດຄົນເຈັບ</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>ວັນທີ</translation>
    </message>
    <message>
        <source>Modality</source>
        <translation>ປະເພດການກວດ</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>ຄຳອະທິບາຍ</translation>
    </message>
    <message>
        <source>Images</source>
        <translation>ພາບ</translation>
    </message>
    <message>
        <source>Search patient, ID, description, modality, date</source>
        <extracomment>Item data role of the stack (0-based) a row of the series list opens; None for a whole series.</extracomment>
        <translation>ຊອກຫາຄົນເຈັບ, ລະຫັດ, ຄຳອະທິບາຍ, ປະເພດການກວດ, ວັນທີ</translation>
    </message>
    <message>
        <source>Series (double-click to open)</source>
        <translation>ຊີຣີ (ຄລິກສອງເທື່ອເພື່ອເປີດ)</translation>
    </message>
    <message numerus="yes">
        <source>%n studies</source>
        <translation>
            <numerusform>%n ການກວດ</numerusform>
            <numerusform>%n ການກວດ</numerusform>
        </translation>
    </message>
    <message>
        <source>Compare with…</source>
        <translation>ປຽບທຽບກັບ…</translation>
    </message>
    <message>
        <source>No other study of this patient (Patient ID) in the catalog</source>
        <translation>ບໍ່ມີການກວດອື່ນຂອງຄົນເຈັບຄົນນີ້ (ລະຫັດຄົນເຈັບ) ໃນລາຍການ</translation>
    </message>
    <message numerus="yes">
        <source>%n image(s)</source>
        <translation>
            <numerusform>%n ພາບ</numerusform>
            <numerusform>%n ພາບ</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>VideoCallLauncher</name>
    <message>
        <source>the hub gave no video call</source>
        <translation>ສູນກາງບໍ່ໄດ້ໃຫ້ບໍລິການໂທວິດີໂອ</translation>
    </message>
    <message>
        <source>Video call</source>
        <translation>ໂທວິດີໂອ</translation>
    </message>
</context>
<context>
    <name>VideoCallWidget</name>
    <message>
        <source>Waiting for the other participants…</source>
        <translation>ກຳລັງລໍຖ້າຜູ້ເຂົ້າຮ່ວມຄົນອື່ນ…</translation>
    </message>
    <message>
        <source>Audio only: the connection is too slow for your video. It resumes by itself when the bandwidth returns.</source>
        <translation>ສຽງເທົ່ານັ້ນ: ການເຊື່ອມຕໍ່ຊ້າເກີນໄປສຳລັບວິດີໂອຂອງທ່ານ. ວິດີໂອຈະກັບມາເອງເມື່ອແບນວິດກັບມາ.</translation>
    </message>
    <message>
        <source>Mute</source>
        <translation>ປິດສຽງ</translation>
    </message>
    <message>
        <source>Camera</source>
        <translation>ກ້ອງ</translation>
    </message>
    <message>
        <source>Active speaker</source>
        <translation>ຜູ້ທີ່ກຳລັງເວົ້າ</translation>
    </message>
    <message>
        <source>Leave call</source>
        <translation>ອອກຈາກການໂທ</translation>
    </message>
    <message numerus="yes">
        <source>%n participant(s)</source>
        <translation>
            <numerusform>ຜູ້ເຂົ້າຮ່ວມ %n ຄົນ</numerusform>
            <numerusform>ຜູ້ເຂົ້າຮ່ວມ %n ຄົນ</numerusform>
        </translation>
    </message>
    <message>
        <source>Call ended: %1</source>
        <translation>ການໂທສິ້ນສຸດແລ້ວ: %1</translation>
    </message>
</context>
<context>
    <name>VideoView</name>
    <message>
        <source>ideal</source>
        <extracomment>Glass-to-glass latency thresholds from the surgical telementoring literature (ms).</extracomment>
        <translation>ດີຫຼາຍ</translation>
    </message>
    <message>
        <source>acceptable</source>
        <translation>ພໍໃຊ້ໄດ້</translation>
    </message>
    <message>
        <source>too slow</source>
        <translation>ຊ້າເກີນໄປ</translation>
    </message>
    <message>
        <source>No video</source>
        <translation>ບໍ່ມີວິດີໂອ</translation>
    </message>
    <message>
        <source>Glass-to-glass %1 ms (%2)</source>
        <translation>ຄວາມລ່າຊ້າຈາກກ້ອງເຖິງຈໍ %1 ms (%2)</translation>
    </message>
    <message>
        <source>Glass-to-glass ≈%1 ms (%2)</source>
        <translation>ຄວາມລ່າຊ້າຈາກກ້ອງເຖິງຈໍ ≈%1 ms (%2)</translation>
    </message>
</context>
<context>
    <name>ViewGrabber</name>
    <message>
        <source>Open a study to show its 3-D view</source>
        <translation>ເປີດການກວດເພື່ອສະແດງພາບສາມມິຕິ</translation>
    </message>
    <message>
        <source>The 3-D view is hidden: choose a layout that shows it</source>
        <translation>ພາບສາມມິຕິຖືກເຊື່ອງໄວ້: ເລືອກຮູບແບບການຈັດວາງທີ່ສະແດງພາບນີ້</translation>
    </message>
</context>
<context>
    <name>ViewportText</name>
    <message>
        <source>%1: %2 mm</source>
        <translation>%1: %2 mm</translation>
    </message>
    <message>
        <source>%1 slab %2 mm</source>
        <translation>%1 ຊັ້ນໜາ %2 mm</translation>
    </message>
    <message>
        <source>W %1  L %2</source>
        <translation>W %1  L %2</translation>
    </message>
    <message>
        <source>Zoom %1</source>
        <translation>ຊູມ %1</translation>
    </message>
    <message>
        <source>Image %1/%2</source>
        <translation>ພາບ %1/%2</translation>
    </message>
    <message>
        <source>Frame %1/%2</source>
        <translation>ເຟຣມ %1/%2</translation>
    </message>
    <message>
        <source>Frame %1/%2  (image %3/%4)</source>
        <translation>ເຟຣມ %1/%2  (ພາບ %3/%4)</translation>
    </message>
    <message>
        <source>VOI LUT: %1</source>
        <translation>VOI LUT: %1</translation>
    </message>
    <message>
        <source>VOI LUT</source>
        <translation>VOI LUT</translation>
    </message>
    <message>
        <source>(inverse)</source>
        <translation>(ກັບສີ)</translation>
    </message>
    <message>
        <source>%1 x %2 mm/pixel</source>
        <translation>%1 x %2 mm/ພິກເຊວ</translation>
    </message>
    <message>
        <source>%1 x %2 mm/pixel at detector</source>
        <translation>%1 x %2 mm/ພິກເຊວ ທີ່ຕົວຮັບພາບ</translation>
    </message>
    <message>
        <source>(not corrected for magnification)</source>
        <translation>(ຍັງບໍ່ໄດ້ແກ້ໄຂການຂະຫຍາຍ)</translation>
    </message>
    <message>
        <source>÷ %1 estimated magnification</source>
        <translation>÷ %1 ອັດຕາຂະຫຍາຍໂດຍປະມານ</translation>
    </message>
    <message>
        <source>mm in %1 ultrasound region(s) in cm</source>
        <translation>mm ໃນ %1 ເຂດອັນຕຣາຊາວທີ່ເປັນ cm</translation>
    </message>
    <message>
        <source>uncalibrated: measurements in pixels</source>
        <translation>ຍັງບໍ່ໄດ້ປັບທຽບ: ຄ່າທີ່ວັດເປັນພິກເຊວ</translation>
    </message>
</context>
<context>
    <name>VolumeBar</name>
    <message>
        <source>This series holds images in several orientations or sizes: each is a separate stack</source>
        <translation>ຊີຣີນີ້ມີພາບຫຼາຍທິດທາງ ຫຼື ຫຼາຍຂະໜາດ: ແຕ່ລະແບບເປັນຊຸດພາບແຍກກັນ</translation>
    </message>
    <message>
        <source> Volume </source>
        <translation> ວໍລຸ່ມ </translation>
    </message>
    <message>
        <source>Volume of the series shown in every view (time point, diffusion direction, echo…)</source>
        <translation>ວໍລຸ່ມຂອງຊີຣີທີ່ສະແດງໃນທຸກມຸມມອງ (ຈຸດເວລາ, ທິດທາງການແຜ່, ເອັກໂຄ…)</translation>
    </message>
    <message>
        <source>Volumes ▶</source>
        <translation>ວໍລຸ່ມ ▶</translation>
    </message>
    <message>
        <source>Play through the volumes</source>
        <translation>ຫຼິ້ນວໍລຸ່ມເທື່ອລະອັນ</translation>
    </message>
    <message>
        <source>axial</source>
        <translation>ແນວແກນ</translation>
    </message>
    <message>
        <source>coronal</source>
        <translation>ແນວໂຄໂຣນານ</translation>
    </message>
    <message>
        <source>sagittal</source>
        <translation>ແນວຊາຈິດຕານ</translation>
    </message>
    <message>
        <source>Stack %1/%2: %3, %4 slices</source>
        <translation>ຊຸດພາບ %1/%2: %3, %4 ພາບຕັດ</translation>
    </message>
    <message>
        <source>(loading)</source>
        <translation>(ກຳລັງໂຫຼດ)</translation>
    </message>
</context>
<context>
    <name>WatchLinkDialog</name>
    <message>
        <source>Watch link</source>
        <translation>ລິ້ງເບິ່ງ</translation>
    </message>
    <message>
        <source>Send this link to one person: it opens the broadcast in a web browser once, and stops working when the broadcast ends.</source>
        <translation>ສົ່ງລິ້ງນີ້ໃຫ້ຄົນດຽວ: ລິ້ງຈະເປີດການຖ່າຍທອດໃນເວັບບຣາວເຊີໄດ້ຄັ້ງດຽວ ແລະ ໃຊ້ບໍ່ໄດ້ເມື່ອການຖ່າຍທອດສິ້ນສຸດ</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>ສຳເນົາ</translation>
    </message>
    <message>
        <source>Take links back</source>
        <translation>ຖອນລິ້ງຄືນ</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>ປິດ</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>ສຳເນົາແລ້ວ</translation>
    </message>
</context>
</TS>
