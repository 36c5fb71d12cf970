<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="th" sourcelanguage="en">
<context>
    <name>AnnotationLabel</name>
    <message>
        <source>ultrasound region %1: not a distance, spans %2</source>
        <translation>บริเวณอัลตราซาวด์ %1: ไม่ใช่ระยะทาง ครอบคลุม %2</translation>
    </message>
    <message>
        <source>at detector</source>
        <extracomment>The calibration notes of measurements on 2-D images (workstation/annotations/image.py).</extracomment>
        <translation>ที่ตัวรับภาพ</translation>
    </message>
    <message>
        <source>at detector ÷ magnification %1</source>
        <translation>ที่ตัวรับภาพ ÷ กำลังขยาย %1</translation>
    </message>
    <message>
        <source>ultrasound region %1</source>
        <translation>บริเวณอัลตราซาวด์ %1</translation>
    </message>
    <message>
        <source>uncalibrated: outside the ultrasound regions</source>
        <translation>ยังไม่ได้ปรับเทียบ: อยู่นอกบริเวณอัลตราซาวด์</translation>
    </message>
    <message>
        <source>uncalibrated</source>
        <translation>ยังไม่ได้ปรับเทียบ</translation>
    </message>
    <message>
        <source>ultrasound region %1 measures %2: not a distance</source>
        <translation>บริเวณอัลตราซาวด์ %1 วัดเป็น %2: ไม่ใช่ระยะทาง</translation>
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
        <translation>พื้นที่ {area_mm2} mm²</translation>
    </message>
    <message>
        <source>mean {mean} ± {sd}{units}</source>
        <translation>เฉลี่ย {mean} ± {sd}{units}</translation>
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
        <translation>เสียง</translation>
    </message>
    <message>
        <source>Silkbridge plays a short tone and listens with the microphone: turn the speakers on (or put the headset near the microphone).</source>
        <translation>Silkbridge จะเล่นเสียงทดสอบสั้น ๆ และฟังผ่านไมโครโฟน: เปิดลำโพง (หรือวางชุดหูฟังไว้ใกล้ไมโครโฟน)</translation>
    </message>
    <message>
        <source>Play the test tone</source>
        <translation>เล่นเสียงทดสอบ</translation>
    </message>
    <message>
        <source>Microphone for calls:</source>
        <translation>ไมโครโฟนสำหรับการสนทนา:</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>ค่าเริ่มต้นของระบบ</translation>
    </message>
    <message>
        <source>Playing the tone and listening…</source>
        <translation>กำลังเล่นเสียงและฟัง…</translation>
    </message>
    <message>
        <source>No sound device: %1</source>
        <translation>ไม่มีอุปกรณ์เสียง: %1</translation>
    </message>
    <message>
        <source>The microphone heard the test tone: level %1 dBFS.</source>
        <translation>ไมโครโฟนได้ยินเสียงทดสอบ: ระดับ %1 dBFS</translation>
    </message>
    <message>
        <source>The tone was played but the microphone did not hear it (level %1 dBFS): check that the speakers are on and the microphone is connected and not muted.</source>
        <translation>เล่นเสียงแล้วแต่ไมโครโฟนไม่ได้ยิน (ระดับ %1 dBFS): ตรวจสอบว่าเปิดลำโพงแล้ว และไมโครโฟนเชื่อมต่ออยู่และไม่ได้ปิดเสียง</translation>
    </message>
</context>
<context>
    <name>BroadcastPanel</name>
    <message>
        <source>Broadcast</source>
        <translation>ถ่ายทอดสด</translation>
    </message>
    <message>
        <source>Watch</source>
        <translation>รับชม</translation>
    </message>
</context>
<context>
    <name>BroadcastStudio</name>
    <message>
        <source>Test pattern</source>
        <translation>ภาพทดสอบ</translation>
    </message>
    <message>
        <source>Video file…</source>
        <translation>ไฟล์วิดีโอ…</translation>
    </message>
    <message>
        <source>Stream URL…</source>
        <translation>URL ของสตรีม…</translation>
    </message>
    <message>
        <source>Camera 0 (OpenCV)</source>
        <translation>กล้อง 0 (OpenCV)</translation>
    </message>
    <message>
        <source>3-D view of the open study</source>
        <translation>ภาพสามมิติของการตรวจที่เปิดอยู่</translation>
    </message>
    <message>
        <source>the hub offers no WebRTC media server (not connected to the hub yet?)</source>
        <translation>ศูนย์กลางไม่มีเซิร์ฟเวอร์สื่อ WebRTC (ยังไม่ได้เชื่อมต่อกับศูนย์กลาง?)</translation>
    </message>
    <message>
        <source>No watch link: %1</source>
        <translation>ไม่มีลิงก์รับชม: %1</translation>
    </message>
    <message>
        <source>the broadcast is not live</source>
        <translation>การถ่ายทอดยังไม่ออกอากาศ</translation>
    </message>
    <message>
        <source>this hub serves no watch page</source>
        <translation>ศูนย์กลางนี้ไม่มีหน้ารับชม</translation>
    </message>
    <message>
        <source>The watch links were taken back: they no longer work</source>
        <translation>เพิกถอนลิงก์รับชมแล้ว: ใช้งานไม่ได้อีกต่อไป</translation>
    </message>
    <message>
        <source>What you demonstrate</source>
        <translation>สิ่งที่คุณสาธิต</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>ชื่อเรื่อง</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>คำอธิบาย</translation>
    </message>
    <message>
        <source>Other hospitals invited, comma-separated</source>
        <translation>โรงพยาบาลอื่นที่เชิญ คั่นด้วยจุลภาค</translation>
    </message>
    <message>
        <source>Every trainee of the network</source>
        <translation>ผู้รับการฝึกอบรมทุกคนในเครือข่าย</translation>
    </message>
    <message>
        <source>Invite</source>
        <translation>เชิญ</translation>
    </message>
    <message>
        <source>None</source>
        <translation>ไม่มี</translation>
    </message>
    <message>
        <source>Main picture</source>
        <translation>ภาพหลัก</translation>
    </message>
    <message>
        <source>Picture-in-picture</source>
        <translation>ภาพซ้อนภาพ</translation>
    </message>
    <message>
        <source>Go live</source>
        <translation>เริ่มถ่ายทอดสด</translation>
    </message>
    <message>
        <source>Stop broadcast</source>
        <translation>หยุดถ่ายทอดสด</translation>
    </message>
    <message>
        <source>Microphone</source>
        <translation>ไมโครโฟน</translation>
    </message>
    <message>
        <source>Record to MP4</source>
        <translation>บันทึกเป็น MP4</translation>
    </message>
    <message>
        <source>Clear drawings</source>
        <translation>ล้างภาพวาด</translation>
    </message>
    <message>
        <source>Watch link…</source>
        <translation>ลิงก์รับชม…</translation>
    </message>
    <message>
        <source>A one-time link for someone without the workstation to watch in a web browser</source>
        <translation>ลิงก์ใช้ครั้งเดียวสำหรับผู้ที่ไม่มีเวิร์กสเตชันให้รับชมในเว็บเบราว์เซอร์</translation>
    </message>
    <message>
        <source>Preview: what the viewers see</source>
        <translation>ตัวอย่าง: สิ่งที่ผู้ชมเห็น</translation>
    </message>
    <message>
        <source>Viewers</source>
        <translation>ผู้ชม</translation>
    </message>
    <message>
        <source>Allow drawing</source>
        <translation>อนุญาตให้วาด</translation>
    </message>
    <message>
        <source>Allow speaking</source>
        <translation>อนุญาตให้พูด</translation>
    </message>
    <message>
        <source>Raised hands</source>
        <translation>ผู้ที่ยกมือ</translation>
    </message>
    <message>
        <source>Questions</source>
        <translation>คำถาม</translation>
    </message>
    <message>
        <source>Mark answered</source>
        <translation>ทำเครื่องหมายว่าตอบแล้ว</translation>
    </message>
    <message>
        <source>A video file</source>
        <translation>ไฟล์วิดีโอ</translation>
    </message>
    <message>
        <source>Video (*.mp4 *.mkv *.mov *.avi *.webm *.ts);;All files (*)</source>
        <translation>วิดีโอ (*.mp4 *.mkv *.mov *.avi *.webm *.ts);;ไฟล์ทั้งหมด (*)</translation>
    </message>
    <message>
        <source>Stream URL</source>
        <translation>URL ของสตรีม</translation>
    </message>
    <message>
        <source>rtsp://, http:// or udp:// address of the stream</source>
        <translation>ที่อยู่ rtsp://, http:// หรือ udp:// ของสตรีม</translation>
    </message>
    <message>
        <source>No reading-room window: the 3-D view cannot be broadcast</source>
        <translation>ไม่มีหน้าต่างห้องอ่านภาพ: ไม่สามารถถ่ายทอดภาพสามมิติได้</translation>
    </message>
    <message>
        <source>Cannot use %1: no such file</source>
        <translation>ใช้ %1 ไม่ได้: ไม่พบไฟล์</translation>
    </message>
    <message>
        <source>Opening %1…</source>
        <translation>กำลังเปิด %1…</translation>
    </message>
    <message>
        <source>Broadcasting %1</source>
        <translation>กำลังถ่ายทอด %1</translation>
    </message>
    <message>
        <source>No camera: %1</source>
        <translation>ไม่มีกล้อง: %1</translation>
    </message>
    <message>
        <source>The source could not be opened, the previous one stays: %1</source>
        <translation>เปิดแหล่งภาพไม่ได้ ยังคงใช้แหล่งเดิม: %1</translation>
    </message>
    <message>
        <source>The source could not be opened: %1 — choose another</source>
        <translation>เปิดแหล่งภาพไม่ได้: %1 — โปรดเลือกแหล่งอื่น</translation>
    </message>
    <message>
        <source>The last broadcast is still stopping; try again in a moment</source>
        <translation>การถ่ายทอดครั้งก่อนยังหยุดไม่เสร็จ โปรดลองอีกครั้งในอีกสักครู่</translation>
    </message>
    <message>
        <source>Surgical demonstration</source>
        <translation>การสาธิตการผ่าตัด</translation>
    </message>
    <message>
        <source>Cannot go live: the title is too long (%1 characters, at most %2)</source>
        <extracomment>What the studio session says (comms.studio.Notice codes), in the studio&apos;s translation context.</extracomment>
        <translation>เริ่มถ่ายทอดสดไม่ได้: ชื่อเรื่องยาวเกินไป (%1 อักขระ สูงสุด %2)</translation>
    </message>
    <message>
        <source>Cannot go live: %1</source>
        <translation>เริ่มถ่ายทอดสดไม่ได้: %1</translation>
    </message>
    <message>
        <source>Live: %1</source>
        <translation>กำลังถ่ายทอดสด: %1</translation>
    </message>
    <message>
        <source>Recording to %1</source>
        <translation>กำลังบันทึกไปที่ %1</translation>
    </message>
    <message>
        <source>Broadcasting without sound: %1</source>
        <translation>ถ่ายทอดโดยไม่มีเสียง: %1</translation>
    </message>
    <message>
        <source>The broadcast has stopped</source>
        <translation>การถ่ายทอดสดหยุดแล้ว</translation>
    </message>
    <message>
        <source>Record the broadcast to</source>
        <translation>บันทึกการถ่ายทอดสดไปที่</translation>
    </message>
    <message>
        <source>MP4 video (*.mp4)</source>
        <translation>วิดีโอ MP4 (*.mp4)</translation>
    </message>
    <message>
        <source>a recording of that name already exists</source>
        <translation>มีไฟล์บันทึกชื่อนี้อยู่แล้ว</translation>
    </message>
    <message>
        <source>Cannot record to %1: %2</source>
        <translation>บันทึกไปที่ %1 ไม่ได้: %2</translation>
    </message>
    <message>
        <source>Will record to %1 when live</source>
        <translation>จะบันทึกไปที่ %1 เมื่อเริ่มถ่ายทอดสด</translation>
    </message>
    <message>
        <source>Cannot record: %1</source>
        <translation>บันทึกไม่ได้: %1</translation>
    </message>
    <message>
        <source>The recording stopped: %1</source>
        <translation>การบันทึกหยุดลง: %1</translation>
    </message>
    <message>
        <source>Recording saved: %1</source>
        <translation>บันทึกไฟล์แล้ว: %1</translation>
    </message>
    <message>
        <source>may draw</source>
        <translation>วาดได้</translation>
    </message>
    <message>
        <source>may speak</source>
        <translation>พูดได้</translation>
    </message>
    <message>
        <source>hand raised</source>
        <translation>ยกมือ</translation>
    </message>
    <message>
        <source>Stop drawing</source>
        <translation>หยุดวาด</translation>
    </message>
    <message>
        <source>Stop speaking</source>
        <translation>หยุดพูด</translation>
    </message>
    <message numerus="yes">
        <source>%n viewer(s)</source>
        <translation>
            <numerusform>ผู้ชม %n คน</numerusform>
        </translation>
    </message>
    <message>
        <source>REC</source>
        <translation>กำลังบันทึก</translation>
    </message>
</context>
<context>
    <name>BroadcastViewer</name>
    <message>
        <source>Live surgical demonstrations</source>
        <translation>การสาธิตการผ่าตัดสด</translation>
    </message>
    <message>
        <source>Watch</source>
        <translation>รับชม</translation>
    </message>
    <message>
        <source>Waiting for the surgeon&apos;s picture…</source>
        <translation>กำลังรอภาพจากศัลยแพทย์…</translation>
    </message>
    <message>
        <source>Raise hand</source>
        <translation>ยกมือ</translation>
    </message>
    <message>
        <source>Speak</source>
        <translation>พูด</translation>
    </message>
    <message>
        <source>Leave</source>
        <translation>ออก</translation>
    </message>
    <message>
        <source>Ask the surgeon…</source>
        <translation>ถามศัลยแพทย์…</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>ส่ง</translation>
    </message>
    <message>
        <source>LIVE</source>
        <translation>สด</translation>
    </message>
    <message>
        <source>ended</source>
        <translation>สิ้นสุดแล้ว</translation>
    </message>
    <message>
        <source>No picture or sound: %1</source>
        <translation>ไม่มีภาพหรือเสียง: %1</translation>
    </message>
    <message>
        <source>Lower hand</source>
        <translation>ลดมือลง</translation>
    </message>
    <message>
        <source>No microphone: %1</source>
        <translation>ไม่มีไมโครโฟน: %1</translation>
    </message>
    <message>
        <source>Broadcast</source>
        <translation>ถ่ายทอดสด</translation>
    </message>
    <message>
        <source>not live</source>
        <translation>ไม่ได้ออกอากาศ</translation>
    </message>
    <message>
        <source>you may draw on the picture</source>
        <translation>คุณวาดบนภาพได้</translation>
    </message>
    <message>
        <source>you may speak</source>
        <translation>คุณพูดได้</translation>
    </message>
    <message>
        <source>No picture for %1 s</source>
        <translation>ไม่มีภาพมา %1 วินาที</translation>
    </message>
</context>
<context>
    <name>CameraPage</name>
    <message>
        <source>Camera</source>
        <translation>กล้อง</translation>
    </message>
    <message>
        <source>Check again</source>
        <translation>ตรวจสอบอีกครั้ง</translation>
    </message>
    <message>
        <source>Camera for calls:</source>
        <translation>กล้องสำหรับการสนทนา:</translation>
    </message>
    <message>
        <source>The first camera</source>
        <translation>กล้องตัวแรก</translation>
    </message>
    <message>
        <source>Looking for a camera…</source>
        <translation>กำลังค้นหากล้อง…</translation>
    </message>
    <message>
        <source>No camera found (%1). Everything else works without one: reading studies, consults with voice, watching broadcasts. To send video, connect a camera and check again.</source>
        <translation>ไม่พบกล้อง (%1) ส่วนอื่นทั้งหมดใช้งานได้โดยไม่ต้องมีกล้อง: การอ่านภาพตรวจ การปรึกษาด้วยเสียง การรับชมการถ่ายทอดสด หากต้องการส่งวิดีโอ ให้เชื่อมต่อกล้องแล้วตรวจสอบอีกครั้ง</translation>
    </message>
    <message>
        <source>no camera</source>
        <translation>ไม่มีกล้อง</translation>
    </message>
    <message>
        <source>Camera 0 works: %1 × %2 pixels.</source>
        <translation>กล้อง 0 ใช้งานได้: %1 × %2 พิกเซล</translation>
    </message>
</context>
<context>
    <name>CataloguePage</name>
    <message>
        <source>&lt;b&gt;Cohorts&lt;/b&gt;</source>
        <translation>&lt;b&gt;กลุ่มผู้เรียน&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Enrol</source>
        <translation>ลงทะเบียน</translation>
    </message>
    <message>
        <source>Cohort code from your coordinator</source>
        <translation>รหัสกลุ่มผู้เรียนจากผู้ประสานงานของคุณ</translation>
    </message>
    <message>
        <source>Enrol by code</source>
        <translation>ลงทะเบียนด้วยรหัส</translation>
    </message>
    <message>
        <source>&lt;b&gt;Courses&lt;/b&gt;</source>
        <translation>&lt;b&gt;หลักสูตร&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>เปิด</translation>
    </message>
    <message>
        <source>Download and install</source>
        <translation>ดาวน์โหลดและติดตั้ง</translation>
    </message>
    <message>
        <source>Install from file…</source>
        <translation>ติดตั้งจากไฟล์…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>ยกเลิก</translation>
    </message>
    <message>
        <source>v%1 installed</source>
        <translation>ติดตั้ง v%1 แล้ว</translation>
    </message>
    <message>
        <source>completed</source>
        <translation>เรียนจบแล้ว</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>ไม่ผ่าน</translation>
    </message>
    <message>
        <source>%1/%2 lessons</source>
        <translation>%1/%2 บทเรียน</translation>
    </message>
    <message>
        <source>v%1 available</source>
        <translation>มี v%1 ให้ติดตั้ง</translation>
    </message>
    <message>
        <source>v%1 available · %2 MB</source>
        <translation>มี v%1 ให้ติดตั้ง · %2 MB</translation>
    </message>
    <message>
        <source>Install a course package</source>
        <translation>ติดตั้งแพ็กเกจหลักสูตร</translation>
    </message>
    <message>
        <source>Course packages (*.silkcourse);;All files (*)</source>
        <translation>แพ็กเกจหลักสูตร (*.silkcourse);;ไฟล์ทั้งหมด (*)</translation>
    </message>
</context>
<context>
    <name>CompareView</name>
    <message>
        <source>Compare with prior</source>
        <translation>เปรียบเทียบกับการตรวจครั้งก่อน</translation>
    </message>
    <message>
        <source>Link W/L</source>
        <translation>เชื่อมค่าวินโดว์</translation>
    </message>
    <message>
        <source>Pair these slices</source>
        <translation>จับคู่ภาพตัดสองภาพนี้</translation>
    </message>
    <message>
        <source>The two slices shown are the same anatomy: scroll them together from now on</source>
        <translation>ภาพตัดสองภาพที่แสดงอยู่เป็นตำแหน่งกายวิภาคเดียวกัน: เลื่อนไปพร้อมกันนับจากนี้</translation>
    </message>
    <message>
        <source>Unpair</source>
        <translation>ยกเลิกการจับคู่</translation>
    </message>
    <message>
        <source>One of the two studies has no series.</source>
        <translation>การตรวจหนึ่งในสองรายการไม่มีซีรีส์</translation>
    </message>
    <message>
        <source>Choose another series to compare with.</source>
        <translation>เลือกซีรีส์อื่นเพื่อเปรียบเทียบ</translation>
    </message>
    <message>
        <source>The series %1 is not in the catalog.</source>
        <translation>ไม่มีซีรีส์ %1 ในแคตตาล็อก</translation>
    </message>
    <message>
        <source>Compare with prior shows series of slices (CT, MR, PET…); this series holds separate images: open it on its own.</source>
        <translation>การเปรียบเทียบกับครั้งก่อนใช้กับซีรีส์ของภาพตัด (CT, MR, PET…) ซีรีส์นี้เป็นภาพแยกกัน: ให้เปิดดูซีรีส์นี้ตามลำพัง</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>กำลังโหลด…</translation>
    </message>
    <message>
        <source>Could not open the prior series: %1</source>
        <translation>เปิดซีรีส์ครั้งก่อนไม่ได้: %1</translation>
    </message>
    <message>
        <source>The prior series holds no images.</source>
        <translation>ซีรีส์ครั้งก่อนไม่มีภาพ</translation>
    </message>
    <message>
        <source>Current: %1</source>
        <translation>ปัจจุบัน: %1</translation>
    </message>
    <message>
        <source>Prior: %1</source>
        <translation>ครั้งก่อน: %1</translation>
    </message>
    <message>
        <source>Scrolling together by patient position (same frame of reference).</source>
        <translation>เลื่อนไปพร้อมกันตามตำแหน่งของผู้ป่วย (frame of reference เดียวกัน)</translation>
    </message>
    <message>
        <source>Different frame of reference: scroll each side to the same anatomy, then Pair these slices.</source>
        <translation>frame of reference ต่างกัน: เลื่อนแต่ละด้านไปยังตำแหน่งกายวิภาคเดียวกัน แล้วกดจับคู่ภาพตัดสองภาพนี้</translation>
    </message>
    <message>
        <source>Paired: scrolling together (prior %1 mm).</source>
        <translation>จับคู่แล้ว: เลื่อนไปพร้อมกัน (ครั้งก่อน %1 mm)</translation>
    </message>
</context>
<context>
    <name>ComposeDialog</name>
    <message>
        <source>Send referral</source>
        <translation>ส่งคำขอส่งต่อ</translation>
    </message>
    <message>
        <source>Attach…</source>
        <translation>แนบไฟล์…</translation>
    </message>
    <message>
        <source>Specialty</source>
        <translation>สาขาเฉพาะทาง</translation>
    </message>
    <message>
        <source>Urgency</source>
        <translation>ความเร่งด่วน</translation>
    </message>
    <message>
        <source>Clinical question</source>
        <translation>คำถามทางคลินิก</translation>
    </message>
    <message>
        <source>History</source>
        <translation>ประวัติ</translation>
    </message>
    <message>
        <source>Answer in</source>
        <translation>ตอบเป็นภาษา</translation>
    </message>
    <message>
        <source>Attachments (you confirm they identify no one)</source>
        <translation>ไฟล์แนบ (คุณยืนยันว่าไม่มีข้อมูลระบุตัวบุคคล)</translation>
    </message>
    <message>
        <source>Attach</source>
        <translation>แนบ</translation>
    </message>
    <message>
        <source>A specialty and a clinical question are needed.</source>
        <translation>ต้องระบุสาขาเฉพาะทางและคำถามทางคลินิก</translation>
    </message>
</context>
<context>
    <name>ConsultController</name>
    <message>
        <source>Video call unavailable: %1</source>
        <translation>ใช้วิดีโอคอลไม่ได้: %1</translation>
    </message>
    <message>
        <source>You stopped following the presenter to look around alone. Tick &quot;Follow the presenter&quot; in the consult panel to rejoin.</source>
        <translation>คุณหยุดติดตามผู้นำเสนอเพื่อดูเองตามลำพัง เลือก &quot;ติดตามผู้นำเสนอ&quot; ในแผงการปรึกษาเพื่อกลับไปติดตาม</translation>
    </message>
    <message>
        <source>The presenter&apos;s case is not downloaded yet: Download cases</source>
        <translation>ยังไม่ได้ดาวน์โหลดเคสของผู้นำเสนอ: ดาวน์โหลดเคส</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>แบ่งปัน</translation>
    </message>
    <message>
        <source>Open the study to share first.</source>
        <translation>เปิดการตรวจที่จะแบ่งปันก่อน</translation>
    </message>
    <message>
        <source>Sharing</source>
        <translation>กำลังแบ่งปัน</translation>
    </message>
    <message>
        <source>Case shared (de-identified)</source>
        <translation>แบ่งปันเคสแล้ว (ลบข้อมูลระบุตัวตนแล้ว)</translation>
    </message>
    <message>
        <source>Burned-in text?</source>
        <translation>มีข้อความฝังในภาพหรือไม่?</translation>
    </message>
    <message>
        <source>Some images may show patient details burned into the pixels. Look at them before sending. Send them anyway?</source>
        <translation>ภาพบางภาพอาจมีข้อมูลผู้ป่วยฝังอยู่ในพิกเซล โปรดตรวจดูก่อนส่ง ต้องการส่งต่อไปหรือไม่?</translation>
    </message>
    <message>
        <source>Could not share the case</source>
        <translation>แบ่งปันเคสไม่ได้</translation>
    </message>
    <message>
        <source>Downloading cases</source>
        <translation>กำลังดาวน์โหลดเคส</translation>
    </message>
    <message>
        <source>Could not download the cases</source>
        <translation>ดาวน์โหลดเคสไม่ได้</translation>
    </message>
    <message>
        <source>Download the case first</source>
        <translation>ดาวน์โหลดเคสก่อน</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>ส่งออก</translation>
    </message>
    <message>
        <source>Open the case&apos;s series first.</source>
        <translation>เปิดซีรีส์ของเคสก่อน</translation>
    </message>
    <message>
        <source>Exporting</source>
        <translation>กำลังส่งออก</translation>
    </message>
    <message>
        <source>Could not export the case</source>
        <translation>ส่งออกเคสไม่ได้</translation>
    </message>
    <message>
        <source>Written: %1</source>
        <translation>เขียนแล้ว: %1</translation>
    </message>
    <message>
        <source>Send to PACS</source>
        <translation>ส่งไปยัง PACS</translation>
    </message>
    <message>
        <source>No PACS is configured: add one to the settings (pacs_nodes).</source>
        <translation>ยังไม่ได้ตั้งค่า PACS: เพิ่มในการตั้งค่า (pacs_nodes)</translation>
    </message>
    <message>
        <source>Export the case first (Report + SR…).</source>
        <translation>ส่งออกเคสก่อน (รายงาน + SR…)</translation>
    </message>
    <message>
        <source>Sending to PACS</source>
        <translation>กำลังส่งไปยัง PACS</translation>
    </message>
    <message>
        <source>Could not send to the PACS</source>
        <translation>ส่งไปยัง PACS ไม่ได้</translation>
    </message>
</context>
<context>
    <name>ConsultPanel</name>
    <message>
        <source>MDT consults</source>
        <translation>การปรึกษา MDT</translation>
    </message>
    <message>
        <source>Join</source>
        <translation>เข้าร่วม</translation>
    </message>
    <message>
        <source>New consult…</source>
        <translation>การปรึกษาใหม่…</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>ขอ</translation>
    </message>
    <message>
        <source>Take</source>
        <translation>รับ</translation>
    </message>
    <message>
        <source>Hand over</source>
        <translation>ส่งต่อ</translation>
    </message>
    <message>
        <source>Release</source>
        <translation>ปล่อย</translation>
    </message>
    <message>
        <source>Voice</source>
        <translation>เสียง</translation>
    </message>
    <message>
        <source>Mute my microphone</source>
        <translation>ปิดไมโครโฟนของฉัน</translation>
    </message>
    <message>
        <source>Video call</source>
        <translation>วิดีโอคอล</translation>
    </message>
    <message>
        <source>Follow the presenter</source>
        <translation>ติดตามผู้นำเสนอ</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>เคส</translation>
    </message>
    <message>
        <source>Share open study</source>
        <translation>แบ่งปันการตรวจที่เปิดอยู่</translation>
    </message>
    <message>
        <source>Download cases</source>
        <translation>ดาวน์โหลดเคส</translation>
    </message>
    <message>
        <source>Chat</source>
        <translation>แชต</translation>
    </message>
    <message>
        <source>Message…</source>
        <translation>ข้อความ…</translation>
    </message>
    <message>
        <source>Conclusion of the open case</source>
        <translation>ข้อสรุปของเคสที่เปิดอยู่</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>สิ่งตรวจพบ</translation>
    </message>
    <message>
        <source>Diagnosis</source>
        <translation>การวินิจฉัย</translation>
    </message>
    <message>
        <source>Recommendation</source>
        <translation>ข้อแนะนำ</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>การติดตามผล</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>ผู้รับผิดชอบ</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>ภาษา</translation>
    </message>
    <message>
        <source>Save conclusion</source>
        <translation>บันทึกข้อสรุป</translation>
    </message>
    <message>
        <source>Leave</source>
        <translation>ออก</translation>
    </message>
    <message>
        <source>End consult</source>
        <translation>สิ้นสุดการปรึกษา</translation>
    </message>
    <message>
        <source>Report + SR…</source>
        <translation>รายงาน + SR…</translation>
    </message>
    <message>
        <source>Key images as DICOM</source>
        <translation>ภาพสำคัญเป็น DICOM</translation>
    </message>
    <message>
        <source>Also write the annotated key images as secondary captures for the PACS (referenced by the key object selection)</source>
        <translation>เขียนภาพสำคัญที่มีคำอธิบายประกอบเป็นภาพ secondary capture สำหรับ PACS ด้วย (อ้างอิงโดย key object selection)</translation>
    </message>
    <message>
        <source>Send to PACS</source>
        <translation>ส่งไปยัง PACS</translation>
    </message>
    <message>
        <source>Send the exported SR and key images to the PACS chosen in the PACS tab</source>
        <translation>ส่ง SR และภาพสำคัญที่ส่งออกแล้วไปยัง PACS ที่เลือกในแท็บ PACS</translation>
    </message>
    <message>
        <source>Your role (%1) does not take part in MDT consults.</source>
        <translation>บทบาทของคุณ (%1) ไม่ได้เข้าร่วมการปรึกษา MDT</translation>
    </message>
    <message>
        <source>MDT consult</source>
        <translation>การปรึกษา MDT</translation>
    </message>
    <message>
        <source>Consult</source>
        <translation>การปรึกษา</translation>
    </message>
    <message>
        <source>ended</source>
        <translation>สิ้นสุดแล้ว</translation>
    </message>
    <message>
        <source>left</source>
        <translation>ออกแล้ว</translation>
    </message>
    <message>
        <source>Looking around alone — tick to rejoin the presenter</source>
        <translation>กำลังดูเองตามลำพัง — เลือกเพื่อกลับไปติดตามผู้นำเสนอ</translation>
    </message>
    <message>
        <source>downloaded</source>
        <translation>ดาวน์โหลดแล้ว</translation>
    </message>
    <message>
        <source>shared</source>
        <translation>แบ่งปันแล้ว</translation>
    </message>
    <message>
        <source>not shared yet</source>
        <translation>ยังไม่ได้แบ่งปัน</translation>
    </message>
    <message>
        <source>No conclusion yet.</source>
        <translation>ยังไม่มีข้อสรุป</translation>
    </message>
    <message>
        <source>Version %1, written in %2 by %3</source>
        <translation>ฉบับที่ %1 เขียนเป็นภาษา %2 โดย %3</translation>
    </message>
    <message>
        <source>%1 speaking</source>
        <translation>%1 กำลังพูด</translation>
    </message>
    <message>
        <source>Select a participant first.</source>
        <translation>เลือกผู้เข้าร่วมก่อน</translation>
    </message>
    <message>
        <source>Folder for the report, the SR and the key images</source>
        <translation>โฟลเดอร์สำหรับรายงาน SR และภาพสำคัญ</translation>
    </message>
</context>
<context>
    <name>CoordinatorPage</name>
    <message>
        <source>Cohort</source>
        <translation>กลุ่มผู้เรียน</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>ส่งออก CSV…</translation>
    </message>
    <message>
        <source>Trainee</source>
        <translation>ผู้รับการฝึกอบรม</translation>
    </message>
    <message>
        <source>Hospital</source>
        <translation>โรงพยาบาล</translation>
    </message>
    <message>
        <source>Course</source>
        <translation>หลักสูตร</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>สถานะ</translation>
    </message>
    <message>
        <source>Lessons</source>
        <translation>บทเรียน</translation>
    </message>
    <message>
        <source>Quiz attempts</source>
        <translation>จำนวนครั้งที่ทำแบบทดสอบ</translation>
    </message>
    <message>
        <source>Best quiz</source>
        <translation>แบบทดสอบที่ดีที่สุด</translation>
    </message>
    <message>
        <source>Course score</source>
        <translation>คะแนนหลักสูตร</translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation>ประกาศนียบัตร</translation>
    </message>
    <message>
        <source>Last activity</source>
        <translation>กิจกรรมล่าสุด</translation>
    </message>
    <message>
        <source>completed</source>
        <translation>เรียนจบแล้ว</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>ไม่ผ่าน</translation>
    </message>
    <message>
        <source>in progress</source>
        <translation>กำลังเรียน</translation>
    </message>
    <message>
        <source>registered</source>
        <translation>ลงทะเบียนแล้ว</translation>
    </message>
    <message>
        <source>&lt;b&gt;Hardest questions&lt;/b&gt;</source>
        <translation>&lt;b&gt;คำถามที่ยากที่สุด&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>คำถาม</translation>
    </message>
    <message>
        <source>Answers</source>
        <translation>คำตอบ</translation>
    </message>
    <message>
        <source>Correct</source>
        <translation>ถูกต้อง</translation>
    </message>
    <message>
        <source>— choose a cohort —</source>
        <translation>— เลือกกลุ่มผู้เรียน —</translation>
    </message>
    <message>
        <source>Reading the cohort&apos;s progress…</source>
        <translation>กำลังอ่านความก้าวหน้าของกลุ่มผู้เรียน…</translation>
    </message>
    <message>
        <source>enrolled, not started</source>
        <translation>ลงทะเบียนแล้ว ยังไม่เริ่ม</translation>
    </message>
    <message numerus="yes">
        <source>%n trainee(s)</source>
        <translation>
            <numerusform>ผู้รับการฝึกอบรม %n คน</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 completed</source>
        <translation>เรียนจบ %1 คน</translation>
    </message>
    <message numerus="yes">
        <source>%n statement(s) received</source>
        <translation>
            <numerusform>ได้รับ %n รายการ</numerusform>
        </translation>
    </message>
    <message>
        <source>Export cohort progress</source>
        <translation>ส่งออกความก้าวหน้าของกลุ่มผู้เรียน</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>Export failed: %1</source>
        <translation>ส่งออกไม่สำเร็จ: %1</translation>
    </message>
</context>
<context>
    <name>CoreMessages</name>
    <message>
        <source>camera %1: cannot open video device (no camera at index %1 or it is in use)</source>
        <extracomment>The sentences of the core&apos;s error codes (workstation.errors), in the interface language.</extracomment>
        <translation>กล้อง %1: เปิดอุปกรณ์วิดีโอไม่ได้ (ไม่มีกล้องที่ลำดับ %1 หรือกล้องกำลังถูกใช้งาน)</translation>
    </message>
    <message>
        <source>camera %1: no frame (device disconnected?)</source>
        <translation>กล้อง %1: ไม่มีภาพ (อุปกรณ์หลุดการเชื่อมต่อ?)</translation>
    </message>
    <message>
        <source>the hub refused this key (not enrolled or revoked)</source>
        <translation>ศูนย์กลางปฏิเสธกุญแจนี้ (ยังไม่ได้ลงทะเบียนหรือถูกเพิกถอนแล้ว)</translation>
    </message>
    <message>
        <source>secure handshake with the hub failed (wrong hub key?)</source>
        <translation>การเชื่อมต่อแบบปลอดภัยกับศูนย์กลางล้มเหลว (กุญแจของศูนย์กลางไม่ถูกต้อง?)</translation>
    </message>
    <message>
        <source>cannot create room %1: not connected to the hub</source>
        <translation>สร้างห้อง %1 ไม่ได้: ไม่ได้เชื่อมต่อกับศูนย์กลาง</translation>
    </message>
    <message>
        <source>not a DICOM file</source>
        <translation>ไม่ใช่ไฟล์ DICOM</translation>
    </message>
    <message>
        <source>empty file</source>
        <translation>ไฟล์ว่างเปล่า</translation>
    </message>
    <message>
        <source>no such file or folder</source>
        <translation>ไม่พบไฟล์หรือโฟลเดอร์นี้</translation>
    </message>
    <message>
        <source>unsafe path inside the zip</source>
        <translation>พาธภายในไฟล์ zip ไม่ปลอดภัย</translation>
    </message>
    <message>
        <source>cannot be shown: an image without pixel data</source>
        <translation>แสดงไม่ได้: ภาพไม่มีข้อมูลพิกเซล</translation>
    </message>
    <message>
        <source>cannot be shown: the decoder for %1 is not installed</source>
        <translation>แสดงไม่ได้: ยังไม่ได้ติดตั้งตัวถอดรหัสสำหรับ %1</translation>
    </message>
    <message>
        <source>cannot be shown: unknown transfer syntax %1</source>
        <translation>แสดงไม่ได้: ไม่รู้จัก transfer syntax %1</translation>
    </message>
    <message>
        <source>truncated: pixel data needs %1 bytes, the file holds %2</source>
        <translation>ไฟล์ไม่ครบ: ข้อมูลพิกเซลต้องใช้ %1 ไบต์ แต่ไฟล์มีเพียง %2</translation>
    </message>
    <message>
        <source>incomplete DICOM header (truncated?): missing %1</source>
        <translation>ส่วนหัว DICOM ไม่ครบ (ไฟล์ขาด?): ไม่มี %1</translation>
    </message>
    <message>
        <source>cannot read: %1</source>
        <translation>อ่านไม่ได้: %1</translation>
    </message>
    <message>
        <source>cannot copy into the catalog: %1</source>
        <translation>คัดลอกเข้าแคตตาล็อกไม่ได้: %1</translation>
    </message>
    <message>
        <source>unknown value representation %1 in %2</source>
        <translation>ชนิดค่า (VR) %1 ที่ไม่รู้จักใน %2</translation>
    </message>
    <message>
        <source>truncated or corrupt: %1 claims %2 bytes, the file holds %3 after it</source>
        <translation>ไฟล์ไม่ครบหรือเสียหาย: %1 ระบุว่ามี %2 ไบต์ แต่หลังจากนั้นไฟล์มีเพียง %3</translation>
    </message>
    <message>
        <source>unreadable element %1: %2 bytes is not a whole number of %3 values (%4 bytes each)</source>
        <translation>อ่านอีลีเมนต์ %1 ไม่ได้: %2 ไบต์ไม่ใช่จำนวนเต็มของค่า %3 (ค่าละ %4 ไบต์)</translation>
    </message>
    <message>
        <source>unreadable element %1: %2</source>
        <translation>อ่านอีลีเมนต์ %1 ไม่ได้: %2</translation>
    </message>
    <message>
        <source>cannot be shown: invalid image header (%1)</source>
        <translation>แสดงไม่ได้: ส่วนหัวของภาพไม่ถูกต้อง (%1)</translation>
    </message>
    <message>
        <source>cannot be shown: the file does not say how its pixel data is encoded (no transfer syntax)</source>
        <translation>แสดงไม่ได้: ไฟล์ไม่ได้ระบุว่าข้อมูลพิกเซลเข้ารหัสอย่างไร (ไม่มี transfer syntax)</translation>
    </message>
    <message>
        <source>cannot be shown: no decoder for pixel data in %1</source>
        <translation>แสดงไม่ได้: ไม่มีตัวถอดรหัสสำหรับข้อมูลพิกเซลแบบ %1</translation>
    </message>
    <message>
        <source>cannot be shown: the first frame does not decode (%1)</source>
        <translation>แสดงไม่ได้: ถอดรหัสเฟรมแรกไม่ได้ (%1)</translation>
    </message>
    <message>
        <source>cannot be shown: the first frame decodes to shape %1, the header says %2 rows x %3 columns</source>
        <translation>แสดงไม่ได้: เฟรมแรกถอดรหัสได้ขนาด %1 แต่ส่วนหัวระบุ %2 แถว x %3 คอลัมน์</translation>
    </message>
    <message>
        <source>corrupt: the pixel data cannot be located in the file</source>
        <translation>ไฟล์เสียหาย: หาตำแหน่งข้อมูลพิกเซลในไฟล์ไม่พบ</translation>
    </message>
    <message>
        <source>corrupt: compressed (undefined length) pixel data in %1</source>
        <translation>ไฟล์เสียหาย: ข้อมูลพิกเซลแบบบีบอัด (ไม่ระบุความยาว) ใน %1</translation>
    </message>
    <message>
        <source>truncated: the compressed pixel data ends before its delimiter</source>
        <translation>ไฟล์ไม่ครบ: ข้อมูลพิกเซลแบบบีบอัดจบก่อนถึงตัวคั่น</translation>
    </message>
    <message>
        <source>corrupt: invalid item in the compressed pixel data</source>
        <translation>ไฟล์เสียหาย: มีรายการไม่ถูกต้องในข้อมูลพิกเซลแบบบีบอัด</translation>
    </message>
    <message>
        <source>truncated: a compressed frame runs past the end of the file</source>
        <translation>ไฟล์ไม่ครบ: เฟรมแบบบีบอัดยาวเกินท้ายไฟล์</translation>
    </message>
    <message>
        <source>corrupt: %1 pixel data must be encapsulated (undefined length)</source>
        <translation>ไฟล์เสียหาย: ข้อมูลพิกเซลแบบ %1 ต้องถูกห่อหุ้ม (ไม่ระบุความยาว)</translation>
    </message>
    <message>
        <source>truncated: pixel data holds %1 bytes, the image needs %2</source>
        <translation>ไฟล์ไม่ครบ: ข้อมูลพิกเซลมี %1 ไบต์ แต่ภาพต้องใช้ %2</translation>
    </message>
    <message>
        <source>corrupt: pixel data holds %1 bytes, Rows x Columns x frames x samples x bits need %2</source>
        <translation>ไฟล์เสียหาย: ข้อมูลพิกเซลมี %1 ไบต์ แต่ แถว x คอลัมน์ x เฟรม x ตัวอย่าง x บิต ต้องใช้ %2</translation>
    </message>
    <message>
        <source>truncated or corrupt: %1</source>
        <translation>ไฟล์ไม่ครบหรือเสียหาย: %1</translation>
    </message>
    <message>
        <source>truncated: %1</source>
        <translation>ไฟล์ไม่ครบ: %1</translation>
    </message>
    <message>
        <source>corrupt header: %1</source>
        <translation>ส่วนหัวไฟล์เสียหาย: %1</translation>
    </message>
    <message>
        <source>corrupt file meta header: %1 found inside the dataset</source>
        <translation>ส่วนหัวข้อมูลเมตาของไฟล์เสียหาย: พบ %1 อยู่ภายในชุดข้อมูล</translation>
    </message>
    <message>
        <source>corrupt pixel data: %1</source>
        <translation>ข้อมูลพิกเซลเสียหาย: %1</translation>
    </message>
    <message>
        <source>a DICOMDIR index, not an image (import its folder or the DICOMDIR itself)</source>
        <translation>เป็นดัชนี DICOMDIR ไม่ใช่ภาพ (นำเข้าโฟลเดอร์ของมันหรือตัว DICOMDIR เอง)</translation>
    </message>
    <message>
        <source>unreadable: %1</source>
        <translation>อ่านไม่ได้: %1</translation>
    </message>
    <message>
        <source>could not be imported: %1</source>
        <translation>นำเข้าไม่ได้: %1</translation>
    </message>
    <message>
        <source>cannot unzip: %1</source>
        <translation>แตกไฟล์ zip ไม่ได้: %1</translation>
    </message>
    <message>
        <source>damaged zip: %1</source>
        <translation>ไฟล์ zip เสียหาย: %1</translation>
    </message>
    <message>
        <source>unreadable DICOMDIR: %1</source>
        <translation>อ่าน DICOMDIR ไม่ได้: %1</translation>
    </message>
    <message>
        <source>listed in the DICOMDIR but missing</source>
        <translation>มีรายชื่อใน DICOMDIR แต่ไม่พบไฟล์</translation>
    </message>
    <message>
        <source>%1: not a readable DICOM file: %2</source>
        <translation>%1: ไม่ใช่ไฟล์ DICOM ที่อ่านได้: %2</translation>
    </message>
    <message>
        <source>%1: no single SOP Instance UID</source>
        <translation>%1: ไม่มี SOP Instance UID เดียว</translation>
    </message>
    <message>
        <source>%1: cannot be de-identified: %2</source>
        <translation>%1: ลบข้อมูลระบุตัวตนไม่ได้: %2</translation>
    </message>
    <message>
        <source>%1: its SOP Instance UID %2 is that of %3, already written from %4 with different content; one SOP Instance UID names one object, so it is not written: correct the UID at the source and send it again</source>
        <translation>%1: SOP Instance UID %2 ของไฟล์นี้ตรงกับ %3 ซึ่งเขียนไว้แล้วจาก %4 ด้วยเนื้อหาต่างกัน SOP Instance UID หนึ่งค่าใช้ระบุวัตถุเดียว จึงไม่เขียนไฟล์นี้: แก้ไข UID ที่ต้นทางแล้วส่งอีกครั้ง</translation>
    </message>
    <message>
        <source>%1: its SOP Instance UID %2 is that of %3, already written by an earlier run with different content; one SOP Instance UID names one object, so it is not written: correct the UID at the source and send it again</source>
        <translation>%1: SOP Instance UID %2 ของไฟล์นี้ตรงกับ %3 ซึ่งเขียนไว้แล้วในการทำงานครั้งก่อนด้วยเนื้อหาต่างกัน SOP Instance UID หนึ่งค่าใช้ระบุวัตถุเดียว จึงไม่เขียนไฟล์นี้: แก้ไข UID ที่ต้นทางแล้วส่งอีกครั้ง</translation>
    </message>
    <message>
        <source>the file is truncated: %1</source>
        <translation>ไฟล์ไม่ครบ: %1</translation>
    </message>
    <message>
        <source>an encapsulated document (PDF, CDA, ...): its content is sent as it is, not de-identified</source>
        <translation>เอกสารแบบห่อหุ้ม (PDF, CDA, ...): เนื้อหาจะถูกส่งตามเดิม ไม่ได้ลบข้อมูลระบุตัวตน</translation>
    </message>
    <message>
        <source>BurnedInAnnotation is YES: the image has text burned into its pixels</source>
        <translation>BurnedInAnnotation เป็น YES: ภาพมีข้อความฝังอยู่ในพิกเซล</translation>
    </message>
    <message>
        <source>BurnedInAnnotation is absent and this is %1, which often shows patient details in its pixels</source>
        <translation>ไม่มี BurnedInAnnotation และนี่คือ %1 ซึ่งมักแสดงข้อมูลผู้ป่วยในพิกเซล</translation>
    </message>
    <message>
        <source>nothing could be de-identified (%1)</source>
        <translation>ไม่มีไฟล์ใดลบข้อมูลระบุตัวตนได้ (%1)</translation>
    </message>
    <message>
        <source>sharing cancelled</source>
        <translation>ยกเลิกการแชร์แล้ว</translation>
    </message>
    <message>
        <source>%1 is not invited to %2 room %3</source>
        <translation>%1 ไม่ได้รับเชิญเข้าห้อง %2 %3</translation>
    </message>
    <message>
        <source>role %1 may not join %2 room %3</source>
        <translation>บทบาท %1 เข้าห้อง %2 %3 ไม่ได้</translation>
    </message>
    <message>
        <source>role %1 may not create %2 room %3</source>
        <translation>บทบาท %1 สร้างห้อง %2 %3 ไม่ได้</translation>
    </message>
    <message>
        <source>role %1 may not publish %2</source>
        <translation>บทบาท %1 เผยแพร่ %2 ไม่ได้</translation>
    </message>
    <message>
        <source>no such room %1</source>
        <translation>ไม่มีห้อง %1</translation>
    </message>
    <message>
        <source>not a member of room %1</source>
        <translation>ไม่ได้เป็นสมาชิกของห้อง %1</translation>
    </message>
    <message>
        <source>you were removed from %1 by %2</source>
        <translation>คุณถูก %2 นำออกจาก %1</translation>
    </message>
    <message>
        <source>only the creator of %1 or a moderator may publish %2</source>
        <translation>เฉพาะผู้สร้าง %1 หรือผู้ดูแลเท่านั้นที่เผยแพร่ %2 ได้</translation>
    </message>
    <message>
        <source>only the creator of %1 or a moderator may list it in %2</source>
        <translation>เฉพาะผู้สร้าง %1 หรือผู้ดูแลเท่านั้นที่แสดงรายการนี้ใน %2 ได้</translation>
    </message>
    <message>
        <source>only the creator of %1 or a moderator may change who enters it</source>
        <translation>เฉพาะผู้สร้าง %1 หรือผู้ดูแลเท่านั้นที่เปลี่ยนผู้มีสิทธิ์เข้าได้</translation>
    </message>
    <message>
        <source>only the hub publishes %1</source>
        <translation>เฉพาะศูนย์กลางเท่านั้นที่เผยแพร่ %1</translation>
    </message>
    <message>
        <source>%1: only a consultant of %2 may publish %3</source>
        <translation>%1: เฉพาะแพทย์ที่ปรึกษาสาขา %2 เท่านั้นที่เผยแพร่ %3 ได้</translation>
    </message>
    <message>
        <source>%1: only the referring hospital may publish %2</source>
        <translation>%1: เฉพาะโรงพยาบาลที่ส่งต่อเท่านั้นที่เผยแพร่ %2 ได้</translation>
    </message>
    <message>
        <source>%1 in %2: a room admits at most %3 users, hospitals and roles in all (invite a hospital or a role)</source>
        <translation>%1 ใน %2: ห้องหนึ่งรับผู้ใช้ โรงพยาบาล และบทบาทรวมกันได้ไม่เกิน %3 (เชิญโรงพยาบาลหรือบทบาทแทน)</translation>
    </message>
    <message>
        <source>no such broadcast</source>
        <translation>ไม่มีการถ่ายทอดนี้</translation>
    </message>
    <message>
        <source>a %1 may not hand out watch links: ask the surgeon or a coordinator</source>
        <translation>%1 แจกลิงก์รับชมไม่ได้: ขอจากศัลยแพทย์หรือผู้ประสานงาน</translation>
    </message>
    <message>
        <source>your clock differs from the hub&apos;s</source>
        <translation>นาฬิกาของคุณไม่ตรงกับของศูนย์กลาง</translation>
    </message>
    <message>
        <source>refused by the hub: %1</source>
        <translation>ถูกศูนย์กลางปฏิเสธ: %1</translation>
    </message>
    <message>
        <source>… and %1 more</source>
        <translation>… และอีก %1 ไฟล์</translation>
    </message>
</context>
<context>
    <name>CoursesController</name>
    <message>
        <source>This workstation is not enrolled at a hub: courses can only be installed from files</source>
        <translation>เครื่องนี้ไม่ได้ลงทะเบียนกับศูนย์กลาง: ติดตั้งหลักสูตรได้จากไฟล์เท่านั้น</translation>
    </message>
    <message>
        <source>%1 is not a cohort code: it looks like cohort-3f2a9c… (ask your coordinator)</source>
        <translation>%1 ไม่ใช่รหัสกลุ่มผู้เรียน: รหัสมีลักษณะเช่น cohort-3f2a9c… (สอบถามผู้ประสานงานของคุณ)</translation>
    </message>
    <message>
        <source>Already enrolled in %1</source>
        <translation>ลงทะเบียนใน %1 อยู่แล้ว</translation>
    </message>
    <message>
        <source>Enrolment</source>
        <translation>การลงทะเบียน</translation>
    </message>
    <message>
        <source>Enrolled in %1</source>
        <translation>ลงทะเบียนใน %1 แล้ว</translation>
    </message>
    <message>
        <source>Enrolled in %1: the hub hears of it when the link is back</source>
        <translation>ลงทะเบียนใน %1 แล้ว: ศูนย์กลางจะทราบเมื่อการเชื่อมต่อกลับมา</translation>
    </message>
    <message>
        <source>Cohort %1: %2</source>
        <translation>กลุ่มผู้เรียน %1: %2</translation>
    </message>
    <message>
        <source>The link is back: resuming the download</source>
        <translation>การเชื่อมต่อกลับมาแล้ว: ดาวน์โหลดต่อ</translation>
    </message>
    <message>
        <source>Reading the installed courses</source>
        <translation>กำลังอ่านหลักสูตรที่ติดตั้งไว้</translation>
    </message>
    <message>
        <source>%1 is not published in your cohorts</source>
        <translation>%1 ไม่ได้เผยแพร่ในกลุ่มผู้เรียนของคุณ</translation>
    </message>
    <message>
        <source>A download is already running</source>
        <translation>มีการดาวน์โหลดอยู่แล้ว</translation>
    </message>
    <message>
        <source>Downloading %1</source>
        <translation>กำลังดาวน์โหลด %1</translation>
    </message>
    <message>
        <source>Download of %1 paused: what was received is kept, Download resumes it</source>
        <translation>หยุดการดาวน์โหลด %1 ชั่วคราว: ส่วนที่ได้รับแล้วถูกเก็บไว้ กดดาวน์โหลดเพื่อทำต่อ</translation>
    </message>
    <message>
        <source>Download interrupted (%1): what was received is kept; it resumes when the link is back</source>
        <translation>การดาวน์โหลดถูกขัดจังหวะ (%1): ส่วนที่ได้รับแล้วถูกเก็บไว้ จะดาวน์โหลดต่อเมื่อการเชื่อมต่อกลับมา</translation>
    </message>
    <message>
        <source>Could not install the course: %1</source>
        <translation>ติดตั้งหลักสูตรไม่ได้: %1</translation>
    </message>
    <message>
        <source>Installing %1</source>
        <translation>กำลังติดตั้ง %1</translation>
    </message>
    <message>
        <source>Could not install %1: %2</source>
        <translation>ติดตั้ง %1 ไม่ได้: %2</translation>
    </message>
    <message>
        <source>Installed %1 %2: it works offline</source>
        <translation>ติดตั้ง %1 %2 แล้ว: ใช้งานแบบออฟไลน์ได้</translation>
    </message>
    <message>
        <source>This course is not available in %1</source>
        <translation>หลักสูตรนี้ไม่มีภาษา %1</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>ภาษา</translation>
    </message>
    <message>
        <source>Install the course first</source>
        <extracomment>Language names shown in the per-course language choice (each in its own language).</extracomment>
        <translation>ติดตั้งหลักสูตรก่อน</translation>
    </message>
    <message>
        <source>Opening the course</source>
        <translation>กำลังเปิดหลักสูตร</translation>
    </message>
    <message>
        <source>Opening the lesson</source>
        <translation>กำลังเปิดบทเรียน</translation>
    </message>
    <message>
        <source>Completing the lesson</source>
        <translation>กำลังบันทึกว่าเรียนจบบทเรียน</translation>
    </message>
    <message>
        <source>Starting the attempt</source>
        <translation>กำลังเริ่มทำแบบทดสอบ</translation>
    </message>
    <message>
        <source>Click the finding in the viewer first</source>
        <translation>คลิกที่รอยโรคในโปรแกรมดูภาพก่อน</translation>
    </message>
    <message>
        <source>Choose an answer first</source>
        <translation>เลือกคำตอบก่อน</translation>
    </message>
    <message>
        <source>%1: no such file</source>
        <translation>%1: ไม่มีไฟล์นี้</translation>
    </message>
    <message>
        <source>Answer not taken: %1</source>
        <translation>ไม่รับคำตอบ: %1</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>สิ่งตรวจพบ</translation>
    </message>
    <message>
        <source>Your answer</source>
        <translation>คำตอบของคุณ</translation>
    </message>
    <message>
        <source>Image questions are answered in the reading-room viewer</source>
        <translation>คำถามแบบภาพตอบได้ในโปรแกรมดูภาพของห้องอ่านภาพ</translation>
    </message>
    <message>
        <source>Opening the case in the viewer…</source>
        <translation>กำลังเปิดเคสในโปรแกรมดูภาพ…</translation>
    </message>
    <message>
        <source>Click in the case&apos;s series: it is being opened in the viewer</source>
        <translation>คลิกในซีรีส์ของเคส: กำลังเปิดในโปรแกรมดูภาพ</translation>
    </message>
    <message>
        <source>Open the course in the reading room to see the case</source>
        <translation>เปิดหลักสูตรในห้องอ่านภาพเพื่อดูเคส</translation>
    </message>
    <message>
        <source>The case is open in the viewer</source>
        <translation>เคสเปิดอยู่ในโปรแกรมดูภาพแล้ว</translation>
    </message>
    <message>
        <source>Importing the case: %1 of %2 images</source>
        <translation>กำลังนำเข้าเคส: ภาพที่ %1 จาก %2</translation>
    </message>
    <message>
        <source>Could not open the case: %1</source>
        <translation>เปิดเคสไม่ได้: %1</translation>
    </message>
    <message>
        <source>Unknown window preset %1: the series&apos; own window is kept</source>
        <translation>ไม่รู้จักค่าวินโดว์สำเร็จรูป %1: ใช้ค่าวินโดว์ของซีรีส์เอง</translation>
    </message>
    <message>
        <source>Playing</source>
        <translation>กำลังเล่น</translation>
    </message>
    <message>
        <source>End of the video</source>
        <translation>วิดีโอจบแล้ว</translation>
    </message>
    <message>
        <source>Cannot play the video: %1</source>
        <translation>เล่นวิดีโอไม่ได้: %1</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>หยุดชั่วคราว</translation>
    </message>
    <message>
        <source>The course is not completed yet</source>
        <translation>ยังเรียนหลักสูตรไม่จบ</translation>
    </message>
    <message>
        <source>Certificate saved: %1</source>
        <translation>บันทึกประกาศนียบัตรแล้ว: %1</translation>
    </message>
    <message>
        <source>Could not save the certificate: %1</source>
        <translation>บันทึกประกาศนียบัตรไม่ได้: %1</translation>
    </message>
    <message>
        <source>Save certificate</source>
        <translation>บันทึกประกาศนียบัตร</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Cohort progress</source>
        <translation>ความก้าวหน้าของกลุ่มผู้เรียน</translation>
    </message>
    <message>
        <source>Choose a cohort first</source>
        <translation>เลือกกลุ่มผู้เรียนก่อน</translation>
    </message>
    <message>
        <source>Exported %1</source>
        <translation>ส่งออก %1 แล้ว</translation>
    </message>
</context>
<context>
    <name>CoursesPanel</name>
    <message>
        <source>Courses</source>
        <translation>หลักสูตร</translation>
    </message>
    <message>
        <source>Lesson</source>
        <translation>บทเรียน</translation>
    </message>
    <message>
        <source>Cohort progress</source>
        <translation>ความก้าวหน้าของกลุ่มผู้เรียน</translation>
    </message>
    <message>
        <source>Progress is kept on this workstation (no hub link)</source>
        <translation>ความก้าวหน้าถูกเก็บไว้ในเครื่องนี้ (ไม่มีการเชื่อมต่อกับศูนย์กลาง)</translation>
    </message>
    <message>
        <source>All progress synced</source>
        <translation>ซิงค์ความก้าวหน้าทั้งหมดแล้ว</translation>
    </message>
    <message numerus="yes">
        <source>%n statement(s) waiting to sync</source>
        <translation>
            <numerusform>รอซิงค์ %n รายการ</numerusform>
        </translation>
    </message>
    <message>
        <source>(%1 not in any cohort: enrol in the course&apos;s cohort)</source>
        <translation>(%1 ไม่ได้อยู่ในกลุ่มผู้เรียนใด: ลงทะเบียนในกลุ่มผู้เรียนของหลักสูตร)</translation>
    </message>
    <message>
        <source>(offline: sent when the link is back)</source>
        <translation>(ออฟไลน์: จะส่งเมื่อการเชื่อมต่อกลับมา)</translation>
    </message>
    <message>
        <source>Courses are unavailable: %1</source>
        <translation>ใช้งานหลักสูตรไม่ได้: %1</translation>
    </message>
</context>
<context>
    <name>DevicesDialog</name>
    <message>
        <source>Devices for calls</source>
        <translation>อุปกรณ์สำหรับการโทร</translation>
    </message>
    <message>
        <source>The devices video calls use. The system&apos;s default is used when the chosen one is not connected.</source>
        <translation>อุปกรณ์ที่การโทรวิดีโอใช้ เมื่ออุปกรณ์ที่เลือกไม่ได้เชื่อมต่อ จะใช้ค่าเริ่มต้นของระบบ</translation>
    </message>
    <message>
        <source>Camera</source>
        <translation>กล้อง</translation>
    </message>
    <message>
        <source>Microphone</source>
        <translation>ไมโครโฟน</translation>
    </message>
    <message>
        <source>Speaker</source>
        <translation>ลำโพง</translation>
    </message>
    <message>
        <source>The first camera</source>
        <translation>กล้องตัวแรก</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>ค่าเริ่มต้นของระบบ</translation>
    </message>
    <message>
        <source>%1 (not connected)</source>
        <translation>%1 (ไม่ได้เชื่อมต่อ)</translation>
    </message>
    <message>
        <source>The devices could not be saved: %1</source>
        <translation>บันทึกอุปกรณ์ไม่ได้: %1</translation>
    </message>
    <message>
        <source>&amp;Devices…</source>
        <translation>อุปกรณ์(&amp;D)…</translation>
    </message>
</context>
<context>
    <name>DiscussDialog</name>
    <message>
        <source>Discuss in MDT</source>
        <translation>นำเข้าปรึกษา MDT</translation>
    </message>
    <message>
        <source>New consult</source>
        <translation>การปรึกษาใหม่</translation>
    </message>
    <message>
        <source>Consult</source>
        <translation>การปรึกษา</translation>
    </message>
    <message>
        <source>Title of a new consult</source>
        <translation>ชื่อเรื่องของการปรึกษาใหม่</translation>
    </message>
</context>
<context>
    <name>EnrolmentBundle</name>
    <message>
        <source>%1: no such file</source>
        <extracomment>The reasons an enrolment file is refused, translated where they are shown (:func:`_say`).</extracomment>
        <translation>%1: ไม่พบไฟล์นี้</translation>
    </message>
    <message>
        <source>not a text file</source>
        <translation>ไม่ใช่ไฟล์ข้อความ</translation>
    </message>
    <message>
        <source>%1: not a readable enrolment bundle (%2)</source>
        <translation>%1: ไม่ใช่ไฟล์ลงทะเบียนที่อ่านได้ (%2)</translation>
    </message>
    <message>
        <source>no JSON object</source>
        <translation>ไม่มีออบเจกต์ JSON</translation>
    </message>
    <message>
        <source>%1: format %2 is not a Silkbridge enrolment bundle</source>
        <translation>%1: รูปแบบ %2 ไม่ใช่ไฟล์ลงทะเบียนของ Silkbridge</translation>
    </message>
    <message>
        <source>%1: %2 is not a CURVE key (40 Z85 characters); the file is damaged</source>
        <translation>%1: %2 ไม่ใช่กุญแจ CURVE (อักขระ Z85 40 ตัว) ไฟล์เสียหาย</translation>
    </message>
    <message>
        <source>%1: hub_address %2 is not an address like tcp://host:port</source>
        <translation>%1: hub_address %2 ไม่ใช่ที่อยู่ในรูปแบบ tcp://โฮสต์:พอร์ต</translation>
    </message>
    <message>
        <source>%1: user_id is empty</source>
        <translation>%1: user_id ว่างเปล่า</translation>
    </message>
</context>
<context>
    <name>EnrolmentPage</name>
    <message>
        <source>Your enrolment</source>
        <translation>การลงทะเบียนของคุณ</translation>
    </message>
    <message>
        <source>Your hub administrator gave you an enrolment file (.json). It connects this workstation to the hub in your name: choose it here.</source>
        <translation>ผู้ดูแลศูนย์กลางได้ให้ไฟล์ลงทะเบียน (.json) แก่คุณ ไฟล์นี้เชื่อมต่อเครื่องนี้กับศูนย์กลางในนามของคุณ: เลือกไฟล์ที่นี่</translation>
    </message>
    <message>
        <source>Enrolment file</source>
        <translation>ไฟล์ลงทะเบียน</translation>
    </message>
    <message>
        <source>Choose file…</source>
        <translation>เลือกไฟล์…</translation>
    </message>
    <message>
        <source>Choose your enrolment file</source>
        <translation>เลือกไฟล์ลงทะเบียนของคุณ</translation>
    </message>
    <message>
        <source>Enrolment files (*.json);;All files (*)</source>
        <translation>ไฟล์ลงทะเบียน (*.json);;ไฟล์ทั้งหมด (*)</translation>
    </message>
    <message>
        <source>This file cannot be used: %1</source>
        <translation>ใช้ไฟล์นี้ไม่ได้: %1</translation>
    </message>
    <message>
        <source>Enrolled as %1 (%2), %3, %4. Hub: %5</source>
        <translation>ลงทะเบียนเป็น %1 (%2), %3, %4 ศูนย์กลาง: %5</translation>
    </message>
</context>
<context>
    <name>FirstRunWizard</name>
    <message>
        <source>Silkbridge — first run</source>
        <translation>Silkbridge — การใช้งานครั้งแรก</translation>
    </message>
    <message>
        <source>&lt; &amp;Back</source>
        <translation>&lt; ย้อนกลับ(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>ถัดไป(&amp;N) &gt;</translation>
    </message>
    <message>
        <source>&amp;Finish</source>
        <translation>เสร็จสิ้น(&amp;F)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>ยกเลิก</translation>
    </message>
    <message>
        <source>Could not save the enrolment: %1</source>
        <translation>บันทึกการลงทะเบียนไม่ได้: %1</translation>
    </message>
</context>
<context>
    <name>HubPage</name>
    <message>
        <source>Connection to the hub</source>
        <extracomment>seconds to wait for the hub&apos;s answer</extracomment>
        <translation>การเชื่อมต่อกับศูนย์กลาง</translation>
    </message>
    <message>
        <source>Check again</source>
        <translation>ตรวจสอบอีกครั้ง</translation>
    </message>
    <message>
        <source>no answer from the hub within %1 s: check the address, this computer&apos;s network and the hospital&apos;s firewall</source>
        <translation>ศูนย์กลางไม่ตอบภายใน %1 วินาที: ตรวจสอบที่อยู่ เครือข่ายของเครื่องนี้ และไฟร์วอลล์ของโรงพยาบาล</translation>
    </message>
    <message>
        <source>Connecting to the hub at %1…</source>
        <translation>กำลังเชื่อมต่อกับศูนย์กลางที่ %1…</translation>
    </message>
    <message>
        <source>Connected to the hub at %1. Round trip: %2 ms.</source>
        <translation>เชื่อมต่อกับศูนย์กลางที่ %1 แล้ว เวลาไป-กลับ: %2 ms</translation>
    </message>
    <message>
        <source>Could not connect to the hub at %1: %2. You can finish now and connect later.</source>
        <translation>เชื่อมต่อกับศูนย์กลางที่ %1 ไม่ได้: %2 คุณกดเสร็จสิ้นได้เลยและเชื่อมต่อภายหลัง</translation>
    </message>
</context>
<context>
    <name>ImageKinds</name>
    <message>
        <source>a projection radiograph</source>
        <translation>ภาพรังสีแบบฉาย</translation>
    </message>
    <message>
        <source>an X-ray angiography or fluoroscopy image</source>
        <translation>ภาพเอกซเรย์หลอดเลือดหรือฟลูออโรสโคปี</translation>
    </message>
    <message>
        <source>an ultrasound image</source>
        <translation>ภาพอัลตราซาวด์</translation>
    </message>
    <message>
        <source>a photograph (endoscopy, camera, microscopy)</source>
        <translation>ภาพถ่าย (กล้องส่องตรวจ กล้อง กล้องจุลทรรศน์)</translation>
    </message>
    <message>
        <source>a secondary capture, scan or document</source>
        <translation>ภาพจับซ้ำ ภาพสแกน หรือเอกสาร</translation>
    </message>
</context>
<context>
    <name>LanguageMenu</name>
    <message>
        <source>&amp;Settings</source>
        <translation>การตั้งค่า(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>ภาษา(&amp;L)</translation>
    </message>
    <message>
        <source>Interface language: %1</source>
        <translation>ภาษาของหน้าจอ: %1</translation>
    </message>
</context>
<context>
    <name>LanguagePage</name>
    <message>
        <source>Language</source>
        <translation>ภาษา</translation>
    </message>
    <message>
        <source>The language of the interface (you can change it later in Settings → Language).</source>
        <translation>ภาษาของหน้าจอ (เปลี่ยนภายหลังได้ที่ การตั้งค่า → ภาษา)</translation>
    </message>
</context>
<context>
    <name>LinkStates</name>
    <message>
        <source>connecting</source>
        <translation>กำลังเชื่อมต่อ</translation>
    </message>
    <message>
        <source>online</source>
        <translation>ออนไลน์</translation>
    </message>
    <message>
        <source>degraded</source>
        <translation>สัญญาณไม่ดี</translation>
    </message>
    <message>
        <source>offline</source>
        <translation>ออฟไลน์</translation>
    </message>
    <message>
        <source>refused</source>
        <translation>ถูกปฏิเสธ</translation>
    </message>
    <message>
        <source>revoked</source>
        <translation>ถูกเพิกถอน</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Me</source>
        <extracomment>the consult&apos;s call (ui.consult.videocall.VideoCallLauncher, WebRTC through the hub&apos;s Janus): voice only (``Voice``, no window) or with cameras (``Video call``, its own window)</extracomment>
        <translation>ฉัน</translation>
    </message>
    <message>
        <source>Silkbridge — reading room</source>
        <translation>Silkbridge — ห้องอ่านภาพ</translation>
    </message>
    <message>
        <source>Studies</source>
        <translation>การตรวจ</translation>
    </message>
    <message>
        <source>PACS</source>
        <translation>PACS</translation>
    </message>
    <message>
        <source>Reading</source>
        <translation>การอ่านภาพ</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>นำเข้า…</translation>
    </message>
    <message>
        <source> Layout </source>
        <translation> รูปแบบการจัดวาง </translation>
    </message>
    <message>
        <source> Window </source>
        <translation> ค่าวินโดว์ </translation>
    </message>
    <message>
        <source>DICOM default</source>
        <translation>ค่าเริ่มต้นของ DICOM</translation>
    </message>
    <message>
        <source>Auto (histogram)</source>
        <translation>อัตโนมัติ (ฮิสโตแกรม)</translation>
    </message>
    <message>
        <source>CT brain</source>
        <translation>CT สมอง</translation>
    </message>
    <message>
        <source>CT lung</source>
        <translation>CT ปอด</translation>
    </message>
    <message>
        <source>CT bone</source>
        <translation>CT กระดูก</translation>
    </message>
    <message>
        <source>CT abdomen</source>
        <translation>CT ช่องท้อง</translation>
    </message>
    <message>
        <source>CT mediastinum</source>
        <translation>CT ประจันอก</translation>
    </message>
    <message>
        <source> Slab </source>
        <translation> ชั้นหนา </translation>
    </message>
    <message>
        <source>thin</source>
        <translation>บาง</translation>
    </message>
    <message>
        <source>Average</source>
        <translation>ค่าเฉลี่ย</translation>
    </message>
    <message>
        <source>Cine ▶</source>
        <translation>ภาพเคลื่อนไหว ▶</translation>
    </message>
    <message>
        <source> 3D </source>
        <translation> สามมิติ </translation>
    </message>
    <message>
        <source>This series holds %1 separate stacks (orientations or sizes); showing the first, pick another beside &apos;Stack&apos;.</source>
        <translation>ซีรีส์นี้มี %1 ชุดภาพแยกกัน (ต่างแนวหรือขนาด) แสดงชุดแรก เลือกชุดอื่นได้ข้าง &apos;ชุดภาพ&apos;</translation>
    </message>
    <message>
        <source>Volumes</source>
        <translation>วอลุ่ม</translation>
    </message>
    <message>
        <source>ct-bone</source>
        <translation>CT กระดูก</translation>
    </message>
    <message>
        <source>ct-soft-tissue</source>
        <translation>CT เนื้อเยื่ออ่อน</translation>
    </message>
    <message>
        <source>ct-angio</source>
        <translation>CT หลอดเลือด</translation>
    </message>
    <message>
        <source>mr-default</source>
        <translation>MR ค่าเริ่มต้น</translation>
    </message>
    <message>
        <source>Crop</source>
        <translation>ตัดขอบ</translation>
    </message>
    <message>
        <source>Reset view</source>
        <translation>รีเซ็ตมุมมอง</translation>
    </message>
    <message>
        <source>Annotate</source>
        <translation>คำอธิบายประกอบ</translation>
    </message>
    <message>
        <source>Navigate</source>
        <translation>นำทาง</translation>
    </message>
    <message>
        <source>Select</source>
        <translation>เลือก</translation>
    </message>
    <message>
        <source>Laser pointer</source>
        <translation>ตัวชี้เลเซอร์</translation>
    </message>
    <message>
        <source>Length</source>
        <translation>ความยาว</translation>
    </message>
    <message>
        <source>Angle</source>
        <translation>มุม</translation>
    </message>
    <message>
        <source>Ellipse ROI</source>
        <translation>ROI วงรี</translation>
    </message>
    <message>
        <source>Polygon ROI</source>
        <translation>ROI รูปหลายเหลี่ยม</translation>
    </message>
    <message>
        <source>Arrow</source>
        <translation>ลูกศร</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>ข้อความ</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>ลบ</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>ไฟล์(&amp;F)</translation>
    </message>
    <message>
        <source>Import zip or files…</source>
        <translation>นำเข้า zip หรือไฟล์…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>ออก(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>มุมมอง(&amp;V)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>ยกเลิก</translation>
    </message>
    <message>
        <source>Hub: not connected</source>
        <translation>ศูนย์กลาง: ไม่ได้เชื่อมต่อ</translation>
    </message>
    <message>
        <source>Import a folder of DICOM files</source>
        <translation>นำเข้าโฟลเดอร์ของไฟล์ DICOM</translation>
    </message>
    <message>
        <source>Import DICOM files, a zip or a DICOMDIR</source>
        <translation>นำเข้าไฟล์ DICOM, zip หรือ DICOMDIR</translation>
    </message>
    <message>
        <source>DICOM, zip or DICOMDIR (*.dcm *.zip DICOMDIR *);;All files (*)</source>
        <translation>DICOM, zip หรือ DICOMDIR (*.dcm *.zip DICOMDIR *);;ไฟล์ทั้งหมด (*)</translation>
    </message>
    <message>
        <source>Importing</source>
        <translation>กำลังนำเข้า</translation>
    </message>
    <message>
        <source>Import failed</source>
        <translation>นำเข้าไม่สำเร็จ</translation>
    </message>
    <message>
        <source>Imported %1 new image(s); %2 already in the catalog.</source>
        <translation>นำเข้าภาพใหม่ %1 ภาพ มีอยู่ในแคตตาล็อกแล้ว %2 ภาพ</translation>
    </message>
    <message>
        <source>Import was cancelled; what was imported is kept.</source>
        <translation>ยกเลิกการนำเข้าแล้ว ส่วนที่นำเข้าแล้วยังถูกเก็บไว้</translation>
    </message>
    <message>
        <source>%1 file(s) could not be imported:</source>
        <translation>นำเข้าไฟล์ไม่ได้ %1 ไฟล์:</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>นำเข้า</translation>
    </message>
    <message>
        <source>… and %1 more</source>
        <translation>… และอีก %1 ไฟล์</translation>
    </message>
    <message>
        <source>The presenter compares with a series not downloaded yet: Download cases</source>
        <translation>ผู้นำเสนอกำลังเปรียบเทียบกับซีรีส์ที่ยังไม่ได้ดาวน์โหลด: ดาวน์โหลดเคส</translation>
    </message>
    <message>
        <source>Loading</source>
        <translation>กำลังโหลด</translation>
    </message>
    <message>
        <source>Could not open the series</source>
        <translation>เปิดซีรีส์ไม่ได้</translation>
    </message>
    <message>
        <source>Cannot show this frame: %1</source>
        <translation>แสดงเฟรมนี้ไม่ได้: %1</translation>
    </message>
    <message>
        <source>File: %1</source>
        <translation>ไฟล์: %1</translation>
    </message>
    <message>
        <source>no images</source>
        <translation>ไม่มีภาพ</translation>
    </message>
    <message>
        <source>mr-angio</source>
        <translation>MR หลอดเลือด</translation>
    </message>
    <message>
        <source>W %1 / L %2</source>
        <translation>W %1 / L %2</translation>
    </message>
    <message>
        <source>Hub: %1</source>
        <translation>ศูนย์กลาง: %1</translation>
    </message>
    <message>
        <source>Online: %1</source>
        <translation>ออนไลน์: %1</translation>
    </message>
    <message>
        <source>MDT consult</source>
        <translation>การปรึกษา MDT</translation>
    </message>
    <message>
        <source>Broadcasts</source>
        <translation>การถ่ายทอดสด</translation>
    </message>
    <message>
        <source>Referrals</source>
        <translation>การส่งต่อ</translation>
    </message>
    <message>
        <source>Courses</source>
        <translation>หลักสูตร</translation>
    </message>
</context>
<context>
    <name>NewConsultDialog</name>
    <message>
        <source>New MDT consult</source>
        <translation>การปรึกษา MDT ใหม่</translation>
    </message>
    <message>
        <source>One case per line: title | question | referring hospital</source>
        <translation>หนึ่งเคสต่อหนึ่งบรรทัด: ชื่อเรื่อง | คำถาม | โรงพยาบาลที่ส่งต่อ</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>ชื่อเรื่อง</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>เวลา</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>วาระการประชุม</translation>
    </message>
    <message>
        <source>My hospital (%1)</source>
        <translation>โรงพยาบาลของฉัน (%1)</translation>
    </message>
    <message>
        <source>Other hospitals, comma-separated</source>
        <translation>โรงพยาบาลอื่น คั่นด้วยจุลภาค</translation>
    </message>
    <message>
        <source>People by user id, comma-separated</source>
        <translation>บุคคลตามรหัสผู้ใช้ คั่นด้วยจุลภาค</translation>
    </message>
    <message>
        <source>Invite</source>
        <translation>เชิญ</translation>
    </message>
    <message>
        <source>Everyone who is</source>
        <translation>ทุกคนที่เป็น</translation>
    </message>
</context>
<context>
    <name>PacsPanel</name>
    <message>
        <source>Test</source>
        <translation>ทดสอบ</translation>
    </message>
    <message>
        <source>e.g. NGUYEN*</source>
        <translation>เช่น NGUYEN*</translation>
    </message>
    <message>
        <source>any</source>
        <translation>ใดก็ได้</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>ค้นหา</translation>
    </message>
    <message>
        <source>Retrieve</source>
        <translation>ดึงข้อมูล</translation>
    </message>
    <message>
        <source>Retrieve the selected series, or the whole study</source>
        <translation>ดึงซีรีส์ที่เลือก หรือการตรวจทั้งหมด</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>ยกเลิก</translation>
    </message>
    <message>
        <source>PACS</source>
        <translation>PACS</translation>
    </message>
    <message>
        <source>Patient name</source>
        <translation>ชื่อผู้ป่วย</translation>
    </message>
    <message>
        <source>Patient ID</source>
        <translation>รหัสผู้ป่วย</translation>
    </message>
    <message>
        <source>Accession</source>
        <translation>เลขที่ Accession</translation>
    </message>
    <message>
        <source>Study date</source>
        <translation>วันที่ตรวจ</translation>
    </message>
    <message>
        <source>Modality</source>
        <translation>ชนิดการตรวจ</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>คำอธิบาย</translation>
    </message>
    <message>
        <source>Series</source>
        <translation>ซีรีส์</translation>
    </message>
    <message>
        <source>No PACS is configured: add one to the settings (pacs_nodes).</source>
        <translation>ยังไม่ได้ตั้งค่า PACS: เพิ่มในการตั้งค่า (pacs_nodes)</translation>
    </message>
    <message>
        <source>Wait for the current PACS operation to finish (or cancel it).</source>
        <translation>รอให้การทำงานกับ PACS ปัจจุบันเสร็จก่อน (หรือยกเลิก)</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>ยกเลิกแล้ว</translation>
    </message>
    <message>
        <source>%s answers (%d ms).</source>
        <translation>%s ตอบกลับ (%d ms)</translation>
    </message>
    <message>
        <source>Testing %s…</source>
        <translation>กำลังทดสอบ %s…</translation>
    </message>
    <message>
        <source>Study date from</source>
        <translation>วันที่ตรวจตั้งแต่</translation>
    </message>
    <message>
        <source>Study date to</source>
        <translation>วันที่ตรวจถึง</translation>
    </message>
    <message>
        <source>Study date: the first date is after the second</source>
        <translation>วันที่ตรวจ: วันแรกอยู่หลังวันที่สอง</translation>
    </message>
    <message>
        <source>Searching %s…</source>
        <translation>กำลังค้นหา %s…</translation>
    </message>
    <message numerus="yes">
        <source>%n studies found</source>
        <translation>
            <numerusform>พบการตรวจ %n รายการ</numerusform>
        </translation>
    </message>
    <message>
        <source>No study matches.</source>
        <translation>ไม่มีการตรวจที่ตรงกัน</translation>
    </message>
    <message>
        <source>Listing the series…</source>
        <translation>กำลังแสดงรายการซีรีส์…</translation>
    </message>
    <message numerus="yes">
        <source>%n series</source>
        <translation>
            <numerusform>%n ซีรีส์</numerusform>
        </translation>
    </message>
    <message>
        <source>the study</source>
        <translation>การตรวจ</translation>
    </message>
    <message>
        <source>Retrieving %s from %s</source>
        <translation>กำลังดึง %s จาก %s</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>กำลังยกเลิก…</translation>
    </message>
</context>
<context>
    <name>PlayerPage</name>
    <message>
        <source>◀ Courses</source>
        <translation>◀ หลักสูตร</translation>
    </message>
    <message>
        <source>Press Play</source>
        <translation>กดเล่น</translation>
    </message>
    <message>
        <source>▶ Play</source>
        <translation>▶ เล่น</translation>
    </message>
    <message>
        <source>Show the case in the viewer</source>
        <translation>แสดงเคสในโปรแกรมดูภาพ</translation>
    </message>
    <message>
        <source>Start attempt</source>
        <translation>เริ่มทำแบบทดสอบ</translation>
    </message>
    <message>
        <source>Submit answer</source>
        <translation>ส่งคำตอบ</translation>
    </message>
    <message>
        <source>Next question</source>
        <translation>คำถามถัดไป</translation>
    </message>
    <message>
        <source>◀ Previous</source>
        <translation>◀ ก่อนหน้า</translation>
    </message>
    <message>
        <source>Mark as completed</source>
        <translation>ทำเครื่องหมายว่าเรียนจบ</translation>
    </message>
    <message>
        <source>Next ▶</source>
        <translation>ถัดไป ▶</translation>
    </message>
    <message>
        <source>Save certificate (PDF)…</source>
        <translation>บันทึกประกาศนียบัตร (PDF)…</translation>
    </message>
    <message>
        <source>Interface language (%1)</source>
        <translation>ภาษาของหน้าจอ (%1)</translation>
    </message>
    <message>
        <source>Text lesson</source>
        <translation>บทเรียนแบบข้อความ</translation>
    </message>
    <message>
        <source>Video lesson</source>
        <translation>บทเรียนแบบวิดีโอ</translation>
    </message>
    <message>
        <source>Imaging case</source>
        <translation>เคสภาพทางการแพทย์</translation>
    </message>
    <message>
        <source>Quiz</source>
        <translation>แบบทดสอบ</translation>
    </message>
    <message>
        <source>Course completed · score %1 · verification code %2</source>
        <translation>เรียนจบหลักสูตร · คะแนน %1 · รหัสยืนยัน %2</translation>
    </message>
    <message>
        <source>Course failed: a quiz has no attempt left</source>
        <translation>ไม่ผ่านหลักสูตร: แบบทดสอบหนึ่งไม่เหลือสิทธิ์ทำแล้ว</translation>
    </message>
    <message>
        <source>%1 of %2 lessons completed · %3 of %4 quizzes passed</source>
        <translation>เรียนจบ %1 จาก %2 บทเรียน · ผ่าน %3 จาก %4 แบบทดสอบ</translation>
    </message>
    <message>
        <source>Completed ✓</source>
        <translation>เรียนจบแล้ว ✓</translation>
    </message>
    <message>
        <source>❚❚ Pause</source>
        <translation>❚❚ หยุดชั่วคราว</translation>
    </message>
    <message>
        <source>unlimited attempts</source>
        <translation>ทำได้ไม่จำกัดครั้ง</translation>
    </message>
    <message numerus="yes">
        <source>%n attempt(s) left</source>
        <translation>
            <numerusform>เหลือ %n ครั้ง</numerusform>
        </translation>
    </message>
    <message>
        <source>Pass mark %1</source>
        <translation>เกณฑ์ผ่าน %1</translation>
    </message>
    <message>
        <source>best %1</source>
        <translation>ดีที่สุด %1</translation>
    </message>
    <message>
        <source>passed ✓</source>
        <translation>ผ่าน ✓</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>ลองอีกครั้ง</translation>
    </message>
    <message>
        <source>Question %1 of %2</source>
        <translation>คำถามที่ %1 จาก %2</translation>
    </message>
    <message>
        <source>Your point: (%1, %2, %3) mm LPS · click again to move it</source>
        <translation>จุดของคุณ: (%1, %2, %3) mm LPS · คลิกอีกครั้งเพื่อย้าย</translation>
    </message>
    <message>
        <source>Scroll the series in the viewer and click the finding; then Submit.</source>
        <translation>เลื่อนดูซีรีส์ในโปรแกรมดูภาพแล้วคลิกที่รอยโรค จากนั้นกดส่ง</translation>
    </message>
    <message>
        <source>✓ Correct</source>
        <translation>✓ ถูกต้อง</translation>
    </message>
    <message>
        <source>✗ Incorrect</source>
        <translation>✗ ไม่ถูกต้อง</translation>
    </message>
    <message>
        <source>Correct answer: %1</source>
        <translation>คำตอบที่ถูกต้อง: %1</translation>
    </message>
    <message>
        <source>The finding is centred at (%1, %2, %3) mm, %4 mm from your point (shown in the viewer)</source>
        <translation>รอยโรคมีจุดศูนย์กลางที่ (%1, %2, %3) mm ห่างจากจุดของคุณ %4 mm (แสดงในโปรแกรมดูภาพ)</translation>
    </message>
    <message>
        <source>Attempt %1: %2 of %3 correct (%4) — %5</source>
        <translation>ครั้งที่ %1: ถูก %2 จาก %3 ข้อ (%4) — %5</translation>
    </message>
    <message>
        <source>passed</source>
        <translation>ผ่าน</translation>
    </message>
    <message>
        <source>not passed</source>
        <translation>ไม่ผ่าน</translation>
    </message>
    <message>
        <source>course completed!</source>
        <translation>เรียนจบหลักสูตรแล้ว!</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>เสร็จ</translation>
    </message>
</context>
<context>
    <name>ReferralController</name>
    <message>
        <source>The report of referral %1 has arrived</source>
        <translation>รายงานของการส่งต่อ %1 มาถึงแล้ว</translation>
    </message>
    <message>
        <source>Escalated: referral %1 was claimed but not reported in time</source>
        <translation>ยกระดับแล้ว: มีผู้รับเรื่องการส่งต่อ %1 แต่ไม่ได้รายงานภายในเวลา</translation>
    </message>
    <message>
        <source>Escalated: nobody claimed referral %1 in time</source>
        <translation>ยกระดับแล้ว: ไม่มีผู้รับเรื่องการส่งต่อ %1 ภายในเวลา</translation>
    </message>
    <message>
        <source>Referral %1 is on the agenda of the consult %2</source>
        <translation>การส่งต่อ %1 อยู่ในวาระของการปรึกษา %2 แล้ว</translation>
    </message>
    <message>
        <source>Could not discuss the referral in an MDT</source>
        <translation>นำการส่งต่อเข้าปรึกษา MDT ไม่ได้</translation>
    </message>
    <message>
        <source>Could not download the referral</source>
        <translation>ดาวน์โหลดการส่งต่อไม่ได้</translation>
    </message>
    <message>
        <source>Send referral</source>
        <translation>ส่งคำขอส่งต่อ</translation>
    </message>
    <message>
        <source>Open the series to send first.</source>
        <translation>เปิดซีรีส์ที่จะส่งก่อน</translation>
    </message>
    <message>
        <source>Referral %1 sent</source>
        <translation>ส่งการส่งต่อ %1 แล้ว</translation>
    </message>
    <message>
        <source>Referral %1 waits in the outbox until the hub is reachable</source>
        <translation>การส่งต่อ %1 รออยู่ในกล่องขาออกจนกว่าจะเชื่อมต่อศูนย์กลางได้</translation>
    </message>
    <message>
        <source>These images may show burned-in patient text. Send them anyway?</source>
        <translation>ภาพเหล่านี้อาจมีข้อความข้อมูลผู้ป่วยฝังอยู่ ต้องการส่งต่อไปหรือไม่?</translation>
    </message>
    <message>
        <source>Could not send the referral</source>
        <translation>ส่งการส่งต่อไม่ได้</translation>
    </message>
</context>
<context>
    <name>ReferralPanel</name>
    <message>
        <source>Send referral…</source>
        <translation>ส่งคำขอส่งต่อ…</translation>
    </message>
    <message>
        <source>View images</source>
        <translation>ดูภาพ</translation>
    </message>
    <message>
        <source>Claim</source>
        <translation>รับเรื่อง</translation>
    </message>
    <message>
        <source>Report…</source>
        <translation>รายงาน…</translation>
    </message>
    <message>
        <source>Acknowledge</source>
        <translation>รับทราบ</translation>
    </message>
    <message>
        <source>Discuss in MDT…</source>
        <translation>นำเข้าปรึกษา MDT…</translation>
    </message>
    <message>
        <source>Put this referral on the agenda of a consult, with its images, question and report</source>
        <translation>นำการส่งต่อนี้เข้าวาระของการปรึกษา พร้อมภาพ คำถาม และรายงาน</translation>
    </message>
    <message>
        <source>A question or an answer on this referral</source>
        <translation>คำถามหรือคำตอบเกี่ยวกับการส่งต่อนี้</translation>
    </message>
    <message>
        <source>OVERDUE %1</source>
        <translation>เกินกำหนด %1</translation>
    </message>
    <message>
        <source>escalated</source>
        <translation>ยกระดับแล้ว</translation>
    </message>
    <message>
        <source>Escalated to the coordinators: past its target</source>
        <translation>ยกระดับถึงผู้ประสานงานแล้ว: เกินเวลาเป้าหมาย</translation>
    </message>
    <message>
        <source>Choose a referral in the list.</source>
        <translation>เลือกการส่งต่อในรายการ</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>สิ่งตรวจพบ</translation>
    </message>
    <message>
        <source>Impression</source>
        <translation>ความเห็น</translation>
    </message>
    <message>
        <source>Recommendation</source>
        <translation>ข้อแนะนำ</translation>
    </message>
</context>
<context>
    <name>ReportDialog</name>
    <message>
        <source>Report</source>
        <translation>รายงาน</translation>
    </message>
    <message>
        <source>Question: %1</source>
        <translation>คำถาม: %1</translation>
    </message>
    <message>
        <source>Findings (in %1)</source>
        <translation>สิ่งตรวจพบ (เป็นภาษา %1)</translation>
    </message>
    <message>
        <source>Impression</source>
        <translation>ความเห็น</translation>
    </message>
    <message>
        <source>Recommendation</source>
        <translation>ข้อแนะนำ</translation>
    </message>
    <message>
        <source>Your own wording (%1): findings</source>
        <translation>ถ้อยคำของคุณเอง (%1): สิ่งตรวจพบ</translation>
    </message>
    <message>
        <source>Your own wording: impression</source>
        <translation>ถ้อยคำของคุณเอง: ความเห็น</translation>
    </message>
    <message>
        <source>Send my measurements on this series (SR, key images)</source>
        <translation>ส่งการวัดของฉันบนซีรีส์นี้ (SR, ภาพสำคัญ)</translation>
    </message>
    <message>
        <source>Sign (the report can no longer change)</source>
        <translation>ลงนาม (รายงานจะแก้ไขไม่ได้อีก)</translation>
    </message>
</context>
<context>
    <name>Roles</name>
    <message>
        <source>trainee</source>
        <extracomment>The interface languages, each named in its own language (as a language menu shows them). The suffix of the translation files of each language (Qt&apos;s locale names). Font families tried in order for every character (Qt falls back along the list): Latin with Vietnamese, then Simplified Chinese (mainland glyph forms, not the Japanese ones fontconfig may pick), Thai, Lao, Khmer and Burmese (course content). installer/setup.sh installs them.</extracomment>
        <translation>ผู้รับการฝึกอบรม</translation>
    </message>
    <message>
        <source>specialist</source>
        <translation>แพทย์ผู้เชี่ยวชาญ</translation>
    </message>
    <message>
        <source>surgeon</source>
        <translation>ศัลยแพทย์</translation>
    </message>
    <message>
        <source>coordinator</source>
        <translation>ผู้ประสานงาน</translation>
    </message>
    <message>
        <source>administrator</source>
        <translation>ผู้ดูแลระบบ</translation>
    </message>
</context>
<context>
    <name>RoomKinds</name>
    <message>
        <source>consult</source>
        <translation>การปรึกษา</translation>
    </message>
    <message>
        <source>broadcast</source>
        <translation>ถ่ายทอด</translation>
    </message>
    <message>
        <source>cohort</source>
        <translation>กลุ่มผู้เรียน</translation>
    </message>
    <message>
        <source>referral</source>
        <translation>การส่งต่อ</translation>
    </message>
</context>
<context>
    <name>SliceViewport</name>
    <message>
        <source>Text annotation</source>
        <translation>คำอธิบายประกอบแบบข้อความ</translation>
    </message>
    <message>
        <source>Text:</source>
        <translation>ข้อความ:</translation>
    </message>
</context>
<context>
    <name>StudyBrowser</name>
    <message>
        <source>Series %1 — %2 stacks: %3</source>
        <translation>ซีรีส์ %1 — %2 ชุดภาพ: %3</translation>
    </message>
    <message>
        <source>Patient</source>
        <translation>ผู้ป่วย</translation>
    </message>
    <message>
        <source>Patient ID</source>
        <translation>รหัสผู้ป่วย</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>วันที่</translation>
    </message>
    <message>
        <source>Modality</source>
        <translation>ชนิดการตรวจ</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>คำอธิบาย</translation>
    </message>
    <message>
        <source>Images</source>
        <translation>ภาพ</translation>
    </message>
    <message>
        <source>Search patient, ID, description, modality, date</source>
        <extracomment>Item data role of the stack (0-based) a row of the series list opens; None for a whole series.</extracomment>
        <translation>ค้นหาผู้ป่วย รหัส คำอธิบาย ชนิดการตรวจ วันที่</translation>
    </message>
    <message>
        <source>Series (double-click to open)</source>
        <translation>ซีรีส์ (ดับเบิลคลิกเพื่อเปิด)</translation>
    </message>
    <message numerus="yes">
        <source>%n studies</source>
        <translation>
            <numerusform>%n การตรวจ</numerusform>
        </translation>
    </message>
    <message>
        <source>Compare with…</source>
        <translation>เปรียบเทียบกับ…</translation>
    </message>
    <message>
        <source>No other study of this patient (Patient ID) in the catalog</source>
        <translation>ไม่มีการตรวจอื่นของผู้ป่วยรายนี้ (รหัสผู้ป่วย) ในแคตตาล็อก</translation>
    </message>
    <message numerus="yes">
        <source>%n image(s)</source>
        <translation>
            <numerusform>%n ภาพ</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>VideoCallLauncher</name>
    <message>
        <source>the hub gave no video call</source>
        <translation>ศูนย์กลางไม่ได้ให้บริการวิดีโอคอล</translation>
    </message>
    <message>
        <source>Video call</source>
        <translation>วิดีโอคอล</translation>
    </message>
</context>
<context>
    <name>VideoCallWidget</name>
    <message>
        <source>Waiting for the other participants…</source>
        <translation>กำลังรอผู้เข้าร่วมคนอื่น…</translation>
    </message>
    <message>
        <source>Audio only: the connection is too slow for your video. It resumes by itself when the bandwidth returns.</source>
        <translation>เสียงเท่านั้น: การเชื่อมต่อช้าเกินไปสำหรับวิดีโอของคุณ วิดีโอจะกลับมาเองเมื่อแบนด์วิดท์กลับมา</translation>
    </message>
    <message>
        <source>Mute</source>
        <translation>ปิดเสียง</translation>
    </message>
    <message>
        <source>Camera</source>
        <translation>กล้อง</translation>
    </message>
    <message>
        <source>Active speaker</source>
        <translation>ผู้ที่กำลังพูด</translation>
    </message>
    <message>
        <source>Leave call</source>
        <translation>ออกจากการสนทนา</translation>
    </message>
    <message numerus="yes">
        <source>%n participant(s)</source>
        <translation>
            <numerusform>ผู้เข้าร่วม %n คน</numerusform>
        </translation>
    </message>
    <message>
        <source>Call ended: %1</source>
        <translation>การสนทนาสิ้นสุดแล้ว: %1</translation>
    </message>
</context>
<context>
    <name>VideoView</name>
    <message>
        <source>ideal</source>
        <extracomment>Glass-to-glass latency thresholds from the surgical telementoring literature (ms).</extracomment>
        <translation>ดีมาก</translation>
    </message>
    <message>
        <source>acceptable</source>
        <translation>พอใช้</translation>
    </message>
    <message>
        <source>too slow</source>
        <translation>ช้าเกินไป</translation>
    </message>
    <message>
        <source>No video</source>
        <translation>ไม่มีวิดีโอ</translation>
    </message>
    <message>
        <source>Glass-to-glass %1 ms (%2)</source>
        <translation>ความหน่วงจากกล้องถึงจอ %1 ms (%2)</translation>
    </message>
    <message>
        <source>Glass-to-glass ≈%1 ms (%2)</source>
        <translation>ความหน่วงจากกล้องถึงจอ ≈%1 ms (%2)</translation>
    </message>
</context>
<context>
    <name>ViewGrabber</name>
    <message>
        <source>Open a study to show its 3-D view</source>
        <translation>เปิดการตรวจเพื่อแสดงภาพสามมิติ</translation>
    </message>
    <message>
        <source>The 3-D view is hidden: choose a layout that shows it</source>
        <translation>ภาพสามมิติถูกซ่อนอยู่: เลือกรูปแบบการจัดวางที่แสดงภาพนี้</translation>
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
        <translation>%1 ชั้นหนา %2 mm</translation>
    </message>
    <message>
        <source>W %1  L %2</source>
        <translation>W %1  L %2</translation>
    </message>
    <message>
        <source>Zoom %1</source>
        <translation>ซูม %1</translation>
    </message>
    <message>
        <source>Image %1/%2</source>
        <translation>ภาพ %1/%2</translation>
    </message>
    <message>
        <source>Frame %1/%2</source>
        <translation>เฟรม %1/%2</translation>
    </message>
    <message>
        <source>Frame %1/%2  (image %3/%4)</source>
        <translation>เฟรม %1/%2  (ภาพ %3/%4)</translation>
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
        <translation>(กลับสี)</translation>
    </message>
    <message>
        <source>%1 x %2 mm/pixel</source>
        <translation>%1 x %2 mm/พิกเซล</translation>
    </message>
    <message>
        <source>%1 x %2 mm/pixel at detector</source>
        <translation>%1 x %2 mm/พิกเซล ที่ตัวรับภาพ</translation>
    </message>
    <message>
        <source>(not corrected for magnification)</source>
        <translation>(ยังไม่ได้แก้ไขการขยาย)</translation>
    </message>
    <message>
        <source>÷ %1 estimated magnification</source>
        <translation>÷ %1 กำลังขยายโดยประมาณ</translation>
    </message>
    <message>
        <source>mm in %1 ultrasound region(s) in cm</source>
        <translation>mm ใน %1 บริเวณอัลตราซาวด์ที่เป็น cm</translation>
    </message>
    <message>
        <source>uncalibrated: measurements in pixels</source>
        <translation>ยังไม่ได้ปรับเทียบ: ค่าที่วัดเป็นพิกเซล</translation>
    </message>
</context>
<context>
    <name>VolumeBar</name>
    <message>
        <source>This series holds images in several orientations or sizes: each is a separate stack</source>
        <translation>ซีรีส์นี้มีภาพหลายแนวหรือหลายขนาด: แต่ละแบบเป็นชุดภาพแยกกัน</translation>
    </message>
    <message>
        <source> Volume </source>
        <translation> วอลุ่ม </translation>
    </message>
    <message>
        <source>Volume of the series shown in every view (time point, diffusion direction, echo…)</source>
        <translation>วอลุ่มของซีรีส์ที่แสดงในทุกมุมมอง (จุดเวลา ทิศทางการแพร่ เอคโค…)</translation>
    </message>
    <message>
        <source>Volumes ▶</source>
        <translation>วอลุ่ม ▶</translation>
    </message>
    <message>
        <source>Play through the volumes</source>
        <translation>เล่นวอลุ่มทีละวอลุ่ม</translation>
    </message>
    <message>
        <source>axial</source>
        <translation>แนวแกน</translation>
    </message>
    <message>
        <source>coronal</source>
        <translation>แนวโคโรนัล</translation>
    </message>
    <message>
        <source>sagittal</source>
        <translation>แนวแซจิตทัล</translation>
    </message>
    <message>
        <source>Stack %1/%2: %3, %4 slices</source>
        <translation>ชุดภาพ %1/%2: %3, %4 ภาพตัด</translation>
    </message>
    <message>
        <source>(loading)</source>
        <translation>(กำลังโหลด)</translation>
    </message>
</context>
<context>
    <name>WatchLinkDialog</name>
    <message>
        <source>Watch link</source>
        <translation>ลิงก์รับชม</translation>
    </message>
    <message>
        <source>Send this link to one person: it opens the broadcast in a web browser once, and stops working when the broadcast ends.</source>
        <translation>ส่งลิงก์นี้ให้คนเดียว: ลิงก์จะเปิดการถ่ายทอดในเว็บเบราว์เซอร์ได้ครั้งเดียว และใช้ไม่ได้เมื่อการถ่ายทอดจบ</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>คัดลอก</translation>
    </message>
    <message>
        <source>Take links back</source>
        <translation>เพิกถอนลิงก์</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>ปิด</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>คัดลอกแล้ว</translation>
    </message>
</context>
</TS>
