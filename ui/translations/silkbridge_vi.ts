<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi" sourcelanguage="en">
<context>
    <name>AnnotationLabel</name>
    <message>
        <source>ultrasound region %1: not a distance, spans %2</source>
        <translation>vùng siêu âm %1: không phải khoảng cách, trải %2</translation>
    </message>
    <message>
        <source>at detector</source>
        <extracomment>The calibration notes of measurements on 2-D images (workstation/annotations/image.py).</extracomment>
        <translation>tại đầu thu</translation>
    </message>
    <message>
        <source>at detector ÷ magnification %1</source>
        <translation>tại đầu thu ÷ độ phóng đại %1</translation>
    </message>
    <message>
        <source>ultrasound region %1</source>
        <translation>vùng siêu âm %1</translation>
    </message>
    <message>
        <source>uncalibrated: outside the ultrasound regions</source>
        <translation>chưa hiệu chuẩn: ngoài các vùng siêu âm</translation>
    </message>
    <message>
        <source>uncalibrated</source>
        <translation>chưa hiệu chuẩn</translation>
    </message>
    <message>
        <source>ultrasound region %1 measures %2: not a distance</source>
        <translation>vùng siêu âm %1 đo bằng %2: không phải khoảng cách</translation>
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
        <translation>DT {area_mm2} mm²</translation>
    </message>
    <message>
        <source>mean {mean} ± {sd}{units}</source>
        <translation>TB {mean} ± {sd}{units}</translation>
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
        <translation>Âm thanh</translation>
    </message>
    <message>
        <source>Silkbridge plays a short tone and listens with the microphone: turn the speakers on (or put the headset near the microphone).</source>
        <translation>Silkbridge sẽ phát một âm ngắn và nghe lại bằng micrô: hãy bật loa (hoặc đặt tai nghe gần micrô).</translation>
    </message>
    <message>
        <source>Play the test tone</source>
        <translation>Phát âm thử</translation>
    </message>
    <message>
        <source>Microphone for calls:</source>
        <translation>Micrô dùng cho cuộc gọi:</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Mặc định của hệ thống</translation>
    </message>
    <message>
        <source>Playing the tone and listening…</source>
        <translation>Đang phát âm thử và lắng nghe…</translation>
    </message>
    <message>
        <source>No sound device: %1</source>
        <translation>Không có thiết bị âm thanh: %1</translation>
    </message>
    <message>
        <source>The microphone heard the test tone: level %1 dBFS.</source>
        <translation>Micrô đã nghe thấy âm thử: mức %1 dBFS.</translation>
    </message>
    <message>
        <source>The tone was played but the microphone did not hear it (level %1 dBFS): check that the speakers are on and the microphone is connected and not muted.</source>
        <translation>Âm thử đã được phát nhưng micrô không nghe thấy (mức %1 dBFS): hãy kiểm tra loa đã bật, micrô đã được kết nối và không bị tắt tiếng.</translation>
    </message>
</context>
<context>
    <name>BroadcastPanel</name>
    <message>
        <source>Broadcast</source>
        <translation>Phát sóng</translation>
    </message>
    <message>
        <source>Watch</source>
        <translation>Xem trực tiếp</translation>
    </message>
</context>
<context>
    <name>BroadcastStudio</name>
    <message>
        <source>Test pattern</source>
        <translation>Mẫu thử</translation>
    </message>
    <message>
        <source>Video file…</source>
        <translation>Tệp video…</translation>
    </message>
    <message>
        <source>Stream URL…</source>
        <translation>Địa chỉ luồng…</translation>
    </message>
    <message>
        <source>Camera 0 (OpenCV)</source>
        <translation>Camera 0 (OpenCV)</translation>
    </message>
    <message>
        <source>3-D view of the open study</source>
        <translation>Khung nhìn 3D của ca chụp đang mở</translation>
    </message>
    <message>
        <source>the hub offers no WebRTC media server (not connected to the hub yet?)</source>
        <translation>trung tâm không cung cấp máy chủ phương tiện WebRTC (chưa kết nối với trung tâm?)</translation>
    </message>
    <message>
        <source>No watch link: %1</source>
        <translation>Không có liên kết xem: %1</translation>
    </message>
    <message>
        <source>the broadcast is not live</source>
        <translation>buổi phát chưa trực tiếp</translation>
    </message>
    <message>
        <source>this hub serves no watch page</source>
        <translation>trung tâm này không cung cấp trang xem</translation>
    </message>
    <message>
        <source>The watch links were taken back: they no longer work</source>
        <translation>Đã thu hồi các liên kết xem: chúng không còn dùng được</translation>
    </message>
    <message>
        <source>What you demonstrate</source>
        <translation>Nội dung trình diễn</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Tiêu đề</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Mô tả</translation>
    </message>
    <message>
        <source>Other hospitals invited, comma-separated</source>
        <translation>Các bệnh viện khác được mời, cách nhau bằng dấu phẩy</translation>
    </message>
    <message>
        <source>Every trainee of the network</source>
        <translation>Tất cả học viên trong mạng lưới</translation>
    </message>
    <message>
        <source>Invite</source>
        <translation>Mời</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Không có</translation>
    </message>
    <message>
        <source>Main picture</source>
        <translation>Hình chính</translation>
    </message>
    <message>
        <source>Picture-in-picture</source>
        <translation>Hình trong hình</translation>
    </message>
    <message>
        <source>Go live</source>
        <translation>Phát trực tiếp</translation>
    </message>
    <message>
        <source>Stop broadcast</source>
        <translation>Dừng phát sóng</translation>
    </message>
    <message>
        <source>Microphone</source>
        <translation>Micrô</translation>
    </message>
    <message>
        <source>Record to MP4</source>
        <translation>Ghi thành MP4</translation>
    </message>
    <message>
        <source>Clear drawings</source>
        <translation>Xóa hình vẽ</translation>
    </message>
    <message>
        <source>Watch link…</source>
        <translation>Liên kết xem…</translation>
    </message>
    <message>
        <source>A one-time link for someone without the workstation to watch in a web browser</source>
        <translation>Liên kết dùng một lần để người không có máy trạm xem trong trình duyệt web</translation>
    </message>
    <message>
        <source>Preview: what the viewers see</source>
        <translation>Xem trước: hình người xem nhìn thấy</translation>
    </message>
    <message>
        <source>Viewers</source>
        <translation>Người xem</translation>
    </message>
    <message>
        <source>Allow drawing</source>
        <translation>Cho phép vẽ</translation>
    </message>
    <message>
        <source>Allow speaking</source>
        <translation>Cho phép nói</translation>
    </message>
    <message>
        <source>Raised hands</source>
        <translation>Giơ tay</translation>
    </message>
    <message>
        <source>Questions</source>
        <translation>Câu hỏi</translation>
    </message>
    <message>
        <source>Mark answered</source>
        <translation>Đánh dấu đã trả lời</translation>
    </message>
    <message>
        <source>A video file</source>
        <translation>Chọn tệp video</translation>
    </message>
    <message>
        <source>Video (*.mp4 *.mkv *.mov *.avi *.webm *.ts);;All files (*)</source>
        <translation>Video (*.mp4 *.mkv *.mov *.avi *.webm *.ts);;Tất cả các tệp (*)</translation>
    </message>
    <message>
        <source>Stream URL</source>
        <translation>Địa chỉ luồng</translation>
    </message>
    <message>
        <source>rtsp://, http:// or udp:// address of the stream</source>
        <translation>Địa chỉ rtsp://, http:// hoặc udp:// của luồng</translation>
    </message>
    <message>
        <source>No reading-room window: the 3-D view cannot be broadcast</source>
        <translation>Không có cửa sổ đọc phim: không thể phát khung nhìn 3D</translation>
    </message>
    <message>
        <source>Cannot use %1: no such file</source>
        <translation>Không dùng được %1: không có tệp này</translation>
    </message>
    <message>
        <source>Opening %1…</source>
        <translation>Đang mở %1…</translation>
    </message>
    <message>
        <source>Broadcasting %1</source>
        <translation>Đang phát %1</translation>
    </message>
    <message>
        <source>No camera: %1</source>
        <translation>Không có camera: %1</translation>
    </message>
    <message>
        <source>The source could not be opened, the previous one stays: %1</source>
        <translation>Không mở được nguồn, giữ nguồn trước đó: %1</translation>
    </message>
    <message>
        <source>The source could not be opened: %1 — choose another</source>
        <translation>Không mở được nguồn: %1 — hãy chọn nguồn khác</translation>
    </message>
    <message>
        <source>The last broadcast is still stopping; try again in a moment</source>
        <translation>Buổi phát trước vẫn đang dừng; vui lòng thử lại sau giây lát</translation>
    </message>
    <message>
        <source>Surgical demonstration</source>
        <translation>Trình diễn phẫu thuật</translation>
    </message>
    <message>
        <source>Cannot go live: the title is too long (%1 characters, at most %2)</source>
        <extracomment>What the studio session says (comms.studio.Notice codes), in the studio&apos;s translation context.</extracomment>
        <translation>Không thể phát trực tiếp: tiêu đề quá dài (%1 ký tự, tối đa %2)</translation>
    </message>
    <message>
        <source>Cannot go live: %1</source>
        <translation>Không thể phát trực tiếp: %1</translation>
    </message>
    <message>
        <source>Live: %1</source>
        <translation>Đang phát trực tiếp: %1</translation>
    </message>
    <message>
        <source>Recording to %1</source>
        <translation>Đang ghi vào %1</translation>
    </message>
    <message>
        <source>Broadcasting without sound: %1</source>
        <translation>Đang phát không có âm thanh: %1</translation>
    </message>
    <message>
        <source>The broadcast has stopped</source>
        <translation>Buổi phát sóng đã dừng</translation>
    </message>
    <message>
        <source>Record the broadcast to</source>
        <translation>Ghi buổi phát sóng vào</translation>
    </message>
    <message>
        <source>MP4 video (*.mp4)</source>
        <translation>Video MP4 (*.mp4)</translation>
    </message>
    <message>
        <source>a recording of that name already exists</source>
        <translation>đã có bản ghi trùng tên</translation>
    </message>
    <message>
        <source>Cannot record to %1: %2</source>
        <translation>Không thể ghi vào %1: %2</translation>
    </message>
    <message>
        <source>Will record to %1 when live</source>
        <translation>Sẽ ghi vào %1 khi phát trực tiếp</translation>
    </message>
    <message>
        <source>Cannot record: %1</source>
        <translation>Không thể ghi: %1</translation>
    </message>
    <message>
        <source>The recording stopped: %1</source>
        <translation>Việc ghi đã dừng: %1</translation>
    </message>
    <message>
        <source>Recording saved: %1</source>
        <translation>Đã lưu bản ghi: %1</translation>
    </message>
    <message>
        <source>may draw</source>
        <translation>được vẽ</translation>
    </message>
    <message>
        <source>may speak</source>
        <translation>được nói</translation>
    </message>
    <message>
        <source>hand raised</source>
        <translation>đang giơ tay</translation>
    </message>
    <message>
        <source>Stop drawing</source>
        <translation>Dừng cho vẽ</translation>
    </message>
    <message>
        <source>Stop speaking</source>
        <translation>Dừng cho nói</translation>
    </message>
    <message numerus="yes">
        <source>%n viewer(s)</source>
        <translation>
            <numerusform>%n người xem</numerusform>
        </translation>
    </message>
    <message>
        <source>REC</source>
        <translation>ĐANG GHI</translation>
    </message>
</context>
<context>
    <name>BroadcastViewer</name>
    <message>
        <source>Live surgical demonstrations</source>
        <translation>Trình diễn phẫu thuật trực tiếp</translation>
    </message>
    <message>
        <source>Watch</source>
        <translation>Xem trực tiếp</translation>
    </message>
    <message>
        <source>Waiting for the surgeon&apos;s picture…</source>
        <translation>Đang chờ hình ảnh từ phẫu thuật viên…</translation>
    </message>
    <message>
        <source>Raise hand</source>
        <translation>Giơ tay</translation>
    </message>
    <message>
        <source>Speak</source>
        <translation>Nói</translation>
    </message>
    <message>
        <source>Leave</source>
        <translation>Rời khỏi</translation>
    </message>
    <message>
        <source>Ask the surgeon…</source>
        <translation>Hỏi phẫu thuật viên…</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Gửi</translation>
    </message>
    <message>
        <source>LIVE</source>
        <translation>TRỰC TIẾP</translation>
    </message>
    <message>
        <source>ended</source>
        <translation>đã kết thúc</translation>
    </message>
    <message>
        <source>No picture or sound: %1</source>
        <translation>Không có hình và tiếng: %1</translation>
    </message>
    <message>
        <source>Lower hand</source>
        <translation>Hạ tay</translation>
    </message>
    <message>
        <source>No microphone: %1</source>
        <translation>Không có micrô: %1</translation>
    </message>
    <message>
        <source>Broadcast</source>
        <translation>Phát sóng</translation>
    </message>
    <message>
        <source>not live</source>
        <translation>không trực tiếp</translation>
    </message>
    <message>
        <source>you may draw on the picture</source>
        <translation>bạn được vẽ trên hình</translation>
    </message>
    <message>
        <source>you may speak</source>
        <translation>bạn được nói</translation>
    </message>
    <message>
        <source>No picture for %1 s</source>
        <translation>Không có hình trong %1 giây</translation>
    </message>
</context>
<context>
    <name>CameraPage</name>
    <message>
        <source>Camera</source>
        <translation>Máy quay</translation>
    </message>
    <message>
        <source>Check again</source>
        <translation>Kiểm tra lại</translation>
    </message>
    <message>
        <source>Camera for calls:</source>
        <translation>Máy quay dùng cho cuộc gọi:</translation>
    </message>
    <message>
        <source>The first camera</source>
        <translation>Máy quay đầu tiên</translation>
    </message>
    <message>
        <source>Looking for a camera…</source>
        <translation>Đang tìm máy quay…</translation>
    </message>
    <message>
        <source>No camera found (%1). Everything else works without one: reading studies, consults with voice, watching broadcasts. To send video, connect a camera and check again.</source>
        <translation>Không tìm thấy máy quay (%1). Mọi chức năng khác vẫn hoạt động: đọc ca chụp, hội chẩn bằng giọng nói, xem truyền hình trực tiếp. Để gửi video, hãy kết nối máy quay và kiểm tra lại.</translation>
    </message>
    <message>
        <source>no camera</source>
        <translation>không có máy quay</translation>
    </message>
    <message>
        <source>Camera 0 works: %1 × %2 pixels.</source>
        <translation>Máy quay 0 hoạt động: %1 × %2 điểm ảnh.</translation>
    </message>
</context>
<context>
    <name>CataloguePage</name>
    <message>
        <source>&lt;b&gt;Cohorts&lt;/b&gt;</source>
        <translation>&lt;b&gt;Lớp đào tạo&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Enrol</source>
        <translation>Đăng ký</translation>
    </message>
    <message>
        <source>Cohort code from your coordinator</source>
        <translation>Mã lớp do điều phối viên cung cấp</translation>
    </message>
    <message>
        <source>Enrol by code</source>
        <translation>Đăng ký bằng mã</translation>
    </message>
    <message>
        <source>&lt;b&gt;Courses&lt;/b&gt;</source>
        <translation>&lt;b&gt;Khóa học&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Mở</translation>
    </message>
    <message>
        <source>Download and install</source>
        <translation>Tải về và cài đặt</translation>
    </message>
    <message>
        <source>Install from file…</source>
        <translation>Cài đặt từ tệp…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <source>v%1 installed</source>
        <translation>đã cài v%1</translation>
    </message>
    <message>
        <source>completed</source>
        <translation>đã hoàn thành</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>không đạt</translation>
    </message>
    <message>
        <source>%1/%2 lessons</source>
        <translation>%1/%2 bài học</translation>
    </message>
    <message>
        <source>v%1 available</source>
        <translation>có bản v%1</translation>
    </message>
    <message>
        <source>v%1 available · %2 MB</source>
        <translation>có bản v%1 · %2 MB</translation>
    </message>
    <message>
        <source>Install a course package</source>
        <translation>Cài đặt gói khóa học</translation>
    </message>
    <message>
        <source>Course packages (*.silkcourse);;All files (*)</source>
        <translation>Gói khóa học (*.silkcourse);;Tất cả các tệp (*)</translation>
    </message>
</context>
<context>
    <name>CompareView</name>
    <message>
        <source>Compare with prior</source>
        <translation>So sánh với lần chụp trước</translation>
    </message>
    <message>
        <source>Link W/L</source>
        <translation>Liên kết W/L</translation>
    </message>
    <message>
        <source>Pair these slices</source>
        <translation>Ghép cặp hai lát cắt này</translation>
    </message>
    <message>
        <source>The two slices shown are the same anatomy: scroll them together from now on</source>
        <translation>Hai lát cắt đang hiển thị là cùng một vị trí giải phẫu: từ giờ cuộn chúng cùng nhau</translation>
    </message>
    <message>
        <source>Unpair</source>
        <translation>Bỏ ghép cặp</translation>
    </message>
    <message>
        <source>One of the two studies has no series.</source>
        <translation>Một trong hai ca chụp không có loạt ảnh nào.</translation>
    </message>
    <message>
        <source>Choose another series to compare with.</source>
        <translation>Hãy chọn một loạt ảnh khác để so sánh.</translation>
    </message>
    <message>
        <source>The series %1 is not in the catalog.</source>
        <translation>Loạt ảnh %1 không có trong danh mục.</translation>
    </message>
    <message>
        <source>Compare with prior shows series of slices (CT, MR, PET…); this series holds separate images: open it on its own.</source>
        <translation>So sánh với lần chụp trước dùng cho loạt lát cắt (CT, MR, PET…); loạt ảnh này gồm các ảnh riêng lẻ: hãy mở riêng nó.</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Đang tải…</translation>
    </message>
    <message>
        <source>Could not open the prior series: %1</source>
        <translation>Không mở được loạt ảnh trước: %1</translation>
    </message>
    <message>
        <source>The prior series holds no images.</source>
        <translation>Loạt ảnh trước không có ảnh nào.</translation>
    </message>
    <message>
        <source>Current: %1</source>
        <translation>Hiện tại: %1</translation>
    </message>
    <message>
        <source>Prior: %1</source>
        <translation>Trước đó: %1</translation>
    </message>
    <message>
        <source>Scrolling together by patient position (same frame of reference).</source>
        <translation>Cuộn cùng nhau theo vị trí bệnh nhân (cùng hệ quy chiếu).</translation>
    </message>
    <message>
        <source>Different frame of reference: scroll each side to the same anatomy, then Pair these slices.</source>
        <translation>Khác hệ quy chiếu: cuộn từng bên đến cùng vị trí giải phẫu, rồi bấm Ghép cặp hai lát cắt này.</translation>
    </message>
    <message>
        <source>Paired: scrolling together (prior %1 mm).</source>
        <translation>Đã ghép cặp: cuộn cùng nhau (lần trước %1 mm).</translation>
    </message>
</context>
<context>
    <name>ComposeDialog</name>
    <message>
        <source>Send referral</source>
        <translation>Gửi yêu cầu chuyển tuyến</translation>
    </message>
    <message>
        <source>Attach…</source>
        <translation>Đính kèm…</translation>
    </message>
    <message>
        <source>Specialty</source>
        <translation>Chuyên khoa</translation>
    </message>
    <message>
        <source>Urgency</source>
        <translation>Mức độ khẩn</translation>
    </message>
    <message>
        <source>Clinical question</source>
        <translation>Câu hỏi lâm sàng</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Bệnh sử</translation>
    </message>
    <message>
        <source>Answer in</source>
        <translation>Trả lời bằng</translation>
    </message>
    <message>
        <source>Attachments (you confirm they identify no one)</source>
        <translation>Tệp đính kèm (bạn xác nhận chúng không định danh được ai)</translation>
    </message>
    <message>
        <source>Attach</source>
        <translation>Đính kèm</translation>
    </message>
    <message>
        <source>A specialty and a clinical question are needed.</source>
        <translation>Cần có chuyên khoa và câu hỏi lâm sàng.</translation>
    </message>
</context>
<context>
    <name>ConsultController</name>
    <message>
        <source>Video call unavailable: %1</source>
        <translation>Không dùng được cuộc gọi video: %1</translation>
    </message>
    <message>
        <source>You stopped following the presenter to look around alone. Tick &quot;Follow the presenter&quot; in the consult panel to rejoin.</source>
        <translation>Bạn đã ngừng theo người trình bày để tự xem. Đánh dấu &quot;Theo người trình bày&quot; trong bảng hội chẩn để quay lại.</translation>
    </message>
    <message>
        <source>The presenter&apos;s case is not downloaded yet: Download cases</source>
        <translation>Ca bệnh của người trình bày chưa được tải về: hãy bấm Tải các ca bệnh</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Chia sẻ</translation>
    </message>
    <message>
        <source>Open the study to share first.</source>
        <translation>Hãy mở ca chụp cần chia sẻ trước.</translation>
    </message>
    <message>
        <source>Sharing</source>
        <translation>Đang chia sẻ</translation>
    </message>
    <message>
        <source>Case shared (de-identified)</source>
        <translation>Đã chia sẻ ca bệnh (đã khử định danh)</translation>
    </message>
    <message>
        <source>Burned-in text?</source>
        <translation>Có chữ in trên ảnh?</translation>
    </message>
    <message>
        <source>Some images may show patient details burned into the pixels. Look at them before sending. Send them anyway?</source>
        <translation>Một số ảnh có thể có thông tin bệnh nhân in trong điểm ảnh. Hãy xem kỹ trước khi gửi. Vẫn gửi?</translation>
    </message>
    <message>
        <source>Could not share the case</source>
        <translation>Không chia sẻ được ca bệnh</translation>
    </message>
    <message>
        <source>Downloading cases</source>
        <translation>Đang tải các ca bệnh</translation>
    </message>
    <message>
        <source>Could not download the cases</source>
        <translation>Không tải được các ca bệnh</translation>
    </message>
    <message>
        <source>Download the case first</source>
        <translation>Hãy tải ca bệnh về trước</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Xuất</translation>
    </message>
    <message>
        <source>Open the case&apos;s series first.</source>
        <translation>Hãy mở loạt ảnh của ca bệnh trước.</translation>
    </message>
    <message>
        <source>Exporting</source>
        <translation>Đang xuất</translation>
    </message>
    <message>
        <source>Written: %1</source>
        <translation>Đã ghi: %1</translation>
    </message>
    <message>
        <source>Send to PACS</source>
        <translation>Gửi lên PACS</translation>
    </message>
    <message>
        <source>No PACS is configured: add one to the settings (pacs_nodes).</source>
        <translation>Chưa cấu hình PACS: hãy thêm một PACS trong cài đặt (pacs_nodes).</translation>
    </message>
    <message>
        <source>Export the case first (Report + SR…).</source>
        <translation>Hãy xuất ca bệnh trước (Báo cáo + SR…).</translation>
    </message>
    <message>
        <source>Sending to PACS</source>
        <translation>Đang gửi lên PACS</translation>
    </message>
    <message>
        <source>Could not send to the PACS</source>
        <translation>Không gửi được lên PACS</translation>
    </message>
    <message>
        <source>Could not export the case</source>
        <translation>Không xuất được ca bệnh</translation>
    </message>
</context>
<context>
    <name>ConsultPanel</name>
    <message>
        <source>MDT consults</source>
        <translation>Các buổi hội chẩn MDT</translation>
    </message>
    <message>
        <source>Join</source>
        <translation>Tham gia</translation>
    </message>
    <message>
        <source>New consult…</source>
        <translation>Tạo buổi hội chẩn…</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Xin trình bày</translation>
    </message>
    <message>
        <source>Take</source>
        <translation>Nhận trình bày</translation>
    </message>
    <message>
        <source>Hand over</source>
        <translation>Chuyển quyền trình bày</translation>
    </message>
    <message>
        <source>Release</source>
        <translation>Thôi trình bày</translation>
    </message>
    <message>
        <source>Voice</source>
        <translation>Thoại</translation>
    </message>
    <message>
        <source>Mute my microphone</source>
        <translation>Tắt micrô của tôi</translation>
    </message>
    <message>
        <source>Video call</source>
        <translation>Gọi video</translation>
    </message>
    <message>
        <source>Follow the presenter</source>
        <translation>Theo người trình bày</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Ca bệnh</translation>
    </message>
    <message>
        <source>Share open study</source>
        <translation>Chia sẻ ca chụp đang mở</translation>
    </message>
    <message>
        <source>Download cases</source>
        <translation>Tải các ca bệnh</translation>
    </message>
    <message>
        <source>Chat</source>
        <translation>Trò chuyện</translation>
    </message>
    <message>
        <source>Message…</source>
        <translation>Tin nhắn…</translation>
    </message>
    <message>
        <source>Conclusion of the open case</source>
        <translation>Kết luận cho ca bệnh đang mở</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Mô tả hình ảnh</translation>
    </message>
    <message>
        <source>Diagnosis</source>
        <translation>Chẩn đoán</translation>
    </message>
    <message>
        <source>Recommendation</source>
        <translation>Đề nghị</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Theo dõi</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>Bác sĩ phụ trách</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Ngôn ngữ</translation>
    </message>
    <message>
        <source>Save conclusion</source>
        <translation>Lưu kết luận</translation>
    </message>
    <message>
        <source>Leave</source>
        <translation>Rời khỏi</translation>
    </message>
    <message>
        <source>End consult</source>
        <translation>Kết thúc hội chẩn</translation>
    </message>
    <message>
        <source>Report + SR…</source>
        <translation>Báo cáo + SR…</translation>
    </message>
    <message>
        <source>Key images as DICOM</source>
        <translation>Ảnh chính dạng DICOM</translation>
    </message>
    <message>
        <source>Also write the annotated key images as secondary captures for the PACS (referenced by the key object selection)</source>
        <translation>Ghi thêm các ảnh chính có chú thích dưới dạng ảnh chụp thứ cấp cho PACS (được tham chiếu trong tài liệu chọn ảnh chính)</translation>
    </message>
    <message>
        <source>Send to PACS</source>
        <translation>Gửi lên PACS</translation>
    </message>
    <message>
        <source>Send the exported SR and key images to the PACS chosen in the PACS tab</source>
        <translation>Gửi SR và các ảnh chính đã xuất lên PACS được chọn ở thẻ PACS</translation>
    </message>
    <message>
        <source>Your role (%1) does not take part in MDT consults.</source>
        <translation>Vai trò của bạn (%1) không tham gia hội chẩn MDT.</translation>
    </message>
    <message>
        <source>MDT consult</source>
        <translation>Hội chẩn MDT</translation>
    </message>
    <message>
        <source>Consult</source>
        <translation>Hội chẩn</translation>
    </message>
    <message>
        <source>ended</source>
        <translation>đã kết thúc</translation>
    </message>
    <message>
        <source>left</source>
        <translation>đã rời đi</translation>
    </message>
    <message>
        <source>Looking around alone — tick to rejoin the presenter</source>
        <translation>Đang tự xem — đánh dấu để theo lại người trình bày</translation>
    </message>
    <message>
        <source>downloaded</source>
        <translation>đã tải về</translation>
    </message>
    <message>
        <source>shared</source>
        <translation>đã chia sẻ</translation>
    </message>
    <message>
        <source>not shared yet</source>
        <translation>chưa chia sẻ</translation>
    </message>
    <message>
        <source>No conclusion yet.</source>
        <translation>Chưa có kết luận.</translation>
    </message>
    <message>
        <source>Version %1, written in %2 by %3</source>
        <translation>Phiên bản %1, do %3 viết bằng %2</translation>
    </message>
    <message>
        <source>%1 speaking</source>
        <translation>%1 người đang nói</translation>
    </message>
    <message>
        <source>Select a participant first.</source>
        <translation>Hãy chọn một người tham gia trước.</translation>
    </message>
    <message>
        <source>Folder for the report, the SR and the key images</source>
        <translation>Thư mục cho báo cáo, SR và các ảnh chính</translation>
    </message>
</context>
<context>
    <name>CoordinatorPage</name>
    <message>
        <source>Cohort</source>
        <translation>Lớp đào tạo</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>Xuất CSV…</translation>
    </message>
    <message>
        <source>Trainee</source>
        <translation>Học viên</translation>
    </message>
    <message>
        <source>Hospital</source>
        <translation>Bệnh viện</translation>
    </message>
    <message>
        <source>Course</source>
        <translation>Khóa học</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <source>Lessons</source>
        <translation>Bài học</translation>
    </message>
    <message>
        <source>Quiz attempts</source>
        <translation>Số lần làm bài kiểm tra</translation>
    </message>
    <message>
        <source>Best quiz</source>
        <translation>Điểm kiểm tra cao nhất</translation>
    </message>
    <message>
        <source>Course score</source>
        <translation>Điểm khóa học</translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation>Chứng chỉ</translation>
    </message>
    <message>
        <source>Last activity</source>
        <translation>Hoạt động gần nhất</translation>
    </message>
    <message>
        <source>completed</source>
        <translation>đã hoàn thành</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>không đạt</translation>
    </message>
    <message>
        <source>in progress</source>
        <translation>đang học</translation>
    </message>
    <message>
        <source>registered</source>
        <translation>đã ghi danh</translation>
    </message>
    <message>
        <source>&lt;b&gt;Hardest questions&lt;/b&gt;</source>
        <translation>&lt;b&gt;Các câu hỏi khó nhất&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Câu hỏi</translation>
    </message>
    <message>
        <source>Answers</source>
        <translation>Số lượt trả lời</translation>
    </message>
    <message>
        <source>Correct</source>
        <translation>Đúng</translation>
    </message>
    <message>
        <source>— choose a cohort —</source>
        <translation>— chọn lớp đào tạo —</translation>
    </message>
    <message>
        <source>Reading the cohort&apos;s progress…</source>
        <translation>Đang đọc tiến độ của lớp…</translation>
    </message>
    <message>
        <source>enrolled, not started</source>
        <translation>đã đăng ký, chưa bắt đầu</translation>
    </message>
    <message numerus="yes">
        <source>%n trainee(s)</source>
        <translation>
            <numerusform>%n học viên</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 completed</source>
        <translation>%1 đã hoàn thành</translation>
    </message>
    <message numerus="yes">
        <source>%n statement(s) received</source>
        <translation>
            <numerusform>đã nhận %n bản ghi học tập</numerusform>
        </translation>
    </message>
    <message>
        <source>Export cohort progress</source>
        <translation>Xuất tiến độ của lớp</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>Export failed: %1</source>
        <translation>Xuất không thành công: %1</translation>
    </message>
</context>
<context>
    <name>CoreMessages</name>
    <message>
        <source>camera %1: cannot open video device (no camera at index %1 or it is in use)</source>
        <extracomment>The sentences of the core&apos;s error codes (workstation.errors), in the interface language.</extracomment>
        <translation>máy quay %1: không mở được thiết bị video (không có máy quay ở chỉ số %1 hoặc máy quay đang được dùng)</translation>
    </message>
    <message>
        <source>camera %1: no frame (device disconnected?)</source>
        <translation>máy quay %1: không có khung hình (thiết bị đã bị ngắt?)</translation>
    </message>
    <message>
        <source>the hub refused this key (not enrolled or revoked)</source>
        <translation>trung tâm đã từ chối khóa này (chưa đăng ký hoặc đã bị thu hồi)</translation>
    </message>
    <message>
        <source>secure handshake with the hub failed (wrong hub key?)</source>
        <translation>bắt tay bảo mật với trung tâm thất bại (sai khóa của trung tâm?)</translation>
    </message>
    <message>
        <source>cannot create room %1: not connected to the hub</source>
        <translation>không tạo được phòng %1: chưa kết nối với trung tâm</translation>
    </message>
    <message>
        <source>not a DICOM file</source>
        <translation>không phải tệp DICOM</translation>
    </message>
    <message>
        <source>empty file</source>
        <translation>tệp rỗng</translation>
    </message>
    <message>
        <source>no such file or folder</source>
        <translation>không có tệp hoặc thư mục này</translation>
    </message>
    <message>
        <source>unsafe path inside the zip</source>
        <translation>đường dẫn không an toàn trong tệp zip</translation>
    </message>
    <message>
        <source>cannot be shown: an image without pixel data</source>
        <translation>không hiển thị được: ảnh không có dữ liệu điểm ảnh</translation>
    </message>
    <message>
        <source>cannot be shown: the decoder for %1 is not installed</source>
        <translation>không hiển thị được: chưa cài bộ giải mã cho %1</translation>
    </message>
    <message>
        <source>cannot be shown: unknown transfer syntax %1</source>
        <translation>không hiển thị được: cú pháp truyền không rõ %1</translation>
    </message>
    <message>
        <source>truncated: pixel data needs %1 bytes, the file holds %2</source>
        <translation>bị cắt cụt: dữ liệu điểm ảnh cần %1 byte, tệp chỉ có %2</translation>
    </message>
    <message>
        <source>incomplete DICOM header (truncated?): missing %1</source>
        <translation>phần đầu DICOM không đầy đủ (bị cắt cụt?): thiếu %1</translation>
    </message>
    <message>
        <source>cannot read: %1</source>
        <translation>không đọc được: %1</translation>
    </message>
    <message>
        <source>cannot copy into the catalog: %1</source>
        <translation>không sao chép được vào danh mục: %1</translation>
    </message>
    <message>
        <source>unknown value representation %1 in %2</source>
        <translation>kiểu giá trị (VR) không xác định %1 trong %2</translation>
    </message>
    <message>
        <source>truncated or corrupt: %1 claims %2 bytes, the file holds %3 after it</source>
        <translation>bị cắt cụt hoặc hỏng: %1 khai báo %2 byte, sau nó tệp chỉ còn %3</translation>
    </message>
    <message>
        <source>unreadable element %1: %2 bytes is not a whole number of %3 values (%4 bytes each)</source>
        <translation>không đọc được phần tử %1: %2 byte không phải là số nguyên giá trị %3 (mỗi giá trị %4 byte)</translation>
    </message>
    <message>
        <source>unreadable element %1: %2</source>
        <translation>không đọc được phần tử %1: %2</translation>
    </message>
    <message>
        <source>cannot be shown: invalid image header (%1)</source>
        <translation>không hiển thị được: phần đầu ảnh không hợp lệ (%1)</translation>
    </message>
    <message>
        <source>cannot be shown: the file does not say how its pixel data is encoded (no transfer syntax)</source>
        <translation>không hiển thị được: tệp không cho biết dữ liệu điểm ảnh được mã hóa thế nào (không có cú pháp truyền)</translation>
    </message>
    <message>
        <source>cannot be shown: no decoder for pixel data in %1</source>
        <translation>không hiển thị được: không có bộ giải mã cho dữ liệu điểm ảnh dạng %1</translation>
    </message>
    <message>
        <source>cannot be shown: the first frame does not decode (%1)</source>
        <translation>không hiển thị được: không giải mã được khung hình đầu tiên (%1)</translation>
    </message>
    <message>
        <source>cannot be shown: the first frame decodes to shape %1, the header says %2 rows x %3 columns</source>
        <translation>không hiển thị được: khung hình đầu tiên giải mã ra kích thước %1, phần đầu ghi %2 hàng x %3 cột</translation>
    </message>
    <message>
        <source>corrupt: the pixel data cannot be located in the file</source>
        <translation>bị hỏng: không tìm thấy vị trí dữ liệu điểm ảnh trong tệp</translation>
    </message>
    <message>
        <source>corrupt: compressed (undefined length) pixel data in %1</source>
        <translation>bị hỏng: dữ liệu điểm ảnh nén (độ dài không xác định) trong %1</translation>
    </message>
    <message>
        <source>truncated: the compressed pixel data ends before its delimiter</source>
        <translation>bị cắt cụt: dữ liệu điểm ảnh nén kết thúc trước dấu phân cách</translation>
    </message>
    <message>
        <source>corrupt: invalid item in the compressed pixel data</source>
        <translation>bị hỏng: mục không hợp lệ trong dữ liệu điểm ảnh nén</translation>
    </message>
    <message>
        <source>truncated: a compressed frame runs past the end of the file</source>
        <translation>bị cắt cụt: một khung hình nén vượt quá cuối tệp</translation>
    </message>
    <message>
        <source>corrupt: %1 pixel data must be encapsulated (undefined length)</source>
        <translation>bị hỏng: dữ liệu điểm ảnh %1 phải được đóng gói (độ dài không xác định)</translation>
    </message>
    <message>
        <source>truncated: pixel data holds %1 bytes, the image needs %2</source>
        <translation>bị cắt cụt: dữ liệu điểm ảnh có %1 byte, ảnh cần %2</translation>
    </message>
    <message>
        <source>corrupt: pixel data holds %1 bytes, Rows x Columns x frames x samples x bits need %2</source>
        <translation>bị hỏng: dữ liệu điểm ảnh có %1 byte, trong khi hàng x cột x khung hình x mẫu x bit cần %2</translation>
    </message>
    <message>
        <source>truncated or corrupt: %1</source>
        <translation>bị cắt cụt hoặc hỏng: %1</translation>
    </message>
    <message>
        <source>truncated: %1</source>
        <translation>bị cắt cụt: %1</translation>
    </message>
    <message>
        <source>corrupt header: %1</source>
        <translation>phần đầu tệp bị hỏng: %1</translation>
    </message>
    <message>
        <source>corrupt file meta header: %1 found inside the dataset</source>
        <translation>phần đầu thông tin tệp bị hỏng: tìm thấy %1 bên trong tập dữ liệu</translation>
    </message>
    <message>
        <source>corrupt pixel data: %1</source>
        <translation>dữ liệu điểm ảnh bị hỏng: %1</translation>
    </message>
    <message>
        <source>a DICOMDIR index, not an image (import its folder or the DICOMDIR itself)</source>
        <translation>đây là chỉ mục DICOMDIR, không phải ảnh (hãy nhập thư mục của nó hoặc chính DICOMDIR)</translation>
    </message>
    <message>
        <source>unreadable: %1</source>
        <translation>không đọc được: %1</translation>
    </message>
    <message>
        <source>could not be imported: %1</source>
        <translation>không nhập được: %1</translation>
    </message>
    <message>
        <source>cannot unzip: %1</source>
        <translation>không giải nén được: %1</translation>
    </message>
    <message>
        <source>damaged zip: %1</source>
        <translation>tệp zip bị hỏng: %1</translation>
    </message>
    <message>
        <source>unreadable DICOMDIR: %1</source>
        <translation>không đọc được DICOMDIR: %1</translation>
    </message>
    <message>
        <source>listed in the DICOMDIR but missing</source>
        <translation>có trong DICOMDIR nhưng bị thiếu</translation>
    </message>
    <message>
        <source>%1: not a readable DICOM file: %2</source>
        <translation>%1: không phải tệp DICOM đọc được: %2</translation>
    </message>
    <message>
        <source>%1: no single SOP Instance UID</source>
        <translation>%1: không có đúng một SOP Instance UID</translation>
    </message>
    <message>
        <source>%1: cannot be de-identified: %2</source>
        <translation>%1: không khử định danh được: %2</translation>
    </message>
    <message>
        <source>%1: its SOP Instance UID %2 is that of %3, already written from %4 with different content; one SOP Instance UID names one object, so it is not written: correct the UID at the source and send it again</source>
        <translation>%1: SOP Instance UID %2 của tệp trùng với %3, đã được ghi từ %4 với nội dung khác; một SOP Instance UID chỉ định danh một đối tượng nên tệp không được ghi: hãy sửa UID tại nguồn rồi gửi lại</translation>
    </message>
    <message>
        <source>%1: its SOP Instance UID %2 is that of %3, already written by an earlier run with different content; one SOP Instance UID names one object, so it is not written: correct the UID at the source and send it again</source>
        <translation>%1: SOP Instance UID %2 của tệp trùng với %3, đã được ghi ở một lần chạy trước với nội dung khác; một SOP Instance UID chỉ định danh một đối tượng nên tệp không được ghi: hãy sửa UID tại nguồn rồi gửi lại</translation>
    </message>
    <message>
        <source>the file is truncated: %1</source>
        <translation>tệp bị cắt cụt: %1</translation>
    </message>
    <message>
        <source>an encapsulated document (PDF, CDA, ...): its content is sent as it is, not de-identified</source>
        <translation>tài liệu đóng gói (PDF, CDA, ...): nội dung được gửi nguyên trạng, không được khử định danh</translation>
    </message>
    <message>
        <source>BurnedInAnnotation is YES: the image has text burned into its pixels</source>
        <translation>BurnedInAnnotation là YES: ảnh có chữ in cứng vào điểm ảnh</translation>
    </message>
    <message>
        <source>BurnedInAnnotation is absent and this is %1, which often shows patient details in its pixels</source>
        <translation>không có BurnedInAnnotation và đây là %1, loại ảnh thường hiện thông tin bệnh nhân trong điểm ảnh</translation>
    </message>
    <message>
        <source>nothing could be de-identified (%1)</source>
        <translation>không tệp nào khử định danh được (%1)</translation>
    </message>
    <message>
        <source>sharing cancelled</source>
        <translation>đã hủy chia sẻ</translation>
    </message>
    <message>
        <source>%1 is not invited to %2 room %3</source>
        <translation>%1 không được mời vào phòng %2 %3</translation>
    </message>
    <message>
        <source>role %1 may not join %2 room %3</source>
        <translation>vai trò %1 không được vào phòng %2 %3</translation>
    </message>
    <message>
        <source>role %1 may not create %2 room %3</source>
        <translation>vai trò %1 không được tạo phòng %2 %3</translation>
    </message>
    <message>
        <source>role %1 may not publish %2</source>
        <translation>vai trò %1 không được đăng %2</translation>
    </message>
    <message>
        <source>no such room %1</source>
        <translation>không có phòng %1</translation>
    </message>
    <message>
        <source>not a member of room %1</source>
        <translation>không phải thành viên của phòng %1</translation>
    </message>
    <message>
        <source>you were removed from %1 by %2</source>
        <translation>bạn đã bị %2 mời ra khỏi %1</translation>
    </message>
    <message>
        <source>only the creator of %1 or a moderator may publish %2</source>
        <translation>chỉ người tạo %1 hoặc người điều hành mới được đăng %2</translation>
    </message>
    <message>
        <source>only the creator of %1 or a moderator may list it in %2</source>
        <translation>chỉ người tạo %1 hoặc người điều hành mới được liệt kê nó trong %2</translation>
    </message>
    <message>
        <source>only the creator of %1 or a moderator may change who enters it</source>
        <translation>chỉ người tạo %1 hoặc người điều hành mới được thay đổi ai được vào</translation>
    </message>
    <message>
        <source>only the hub publishes %1</source>
        <translation>chỉ trung tâm mới đăng %1</translation>
    </message>
    <message>
        <source>%1: only a consultant of %2 may publish %3</source>
        <translation>%1: chỉ bác sĩ tư vấn chuyên ngành %2 mới được đăng %3</translation>
    </message>
    <message>
        <source>%1: only the referring hospital may publish %2</source>
        <translation>%1: chỉ bệnh viện chuyển tuyến mới được đăng %2</translation>
    </message>
    <message>
        <source>%1 in %2: a room admits at most %3 users, hospitals and roles in all (invite a hospital or a role)</source>
        <translation>%1 trong %2: một phòng chỉ nhận tối đa %3 người dùng, bệnh viện và vai trò cộng lại (hãy mời một bệnh viện hoặc một vai trò)</translation>
    </message>
    <message>
        <source>no such broadcast</source>
        <translation>không có buổi phát này</translation>
    </message>
    <message>
        <source>a %1 may not hand out watch links: ask the surgeon or a coordinator</source>
        <translation>%1 không được cấp liên kết xem: hãy nhờ phẫu thuật viên hoặc người điều phối</translation>
    </message>
    <message>
        <source>your clock differs from the hub&apos;s</source>
        <translation>đồng hồ của bạn lệch với đồng hồ của trung tâm</translation>
    </message>
    <message>
        <source>refused by the hub: %1</source>
        <translation>bị trung tâm từ chối: %1</translation>
    </message>
    <message>
        <source>… and %1 more</source>
        <translation>… và %1 tệp khác</translation>
    </message>
</context>
<context>
    <name>CoursesController</name>
    <message>
        <source>This workstation is not enrolled at a hub: courses can only be installed from files</source>
        <translation>Máy trạm này chưa đăng ký với trung tâm: chỉ có thể cài khóa học từ tệp</translation>
    </message>
    <message>
        <source>%1 is not a cohort code: it looks like cohort-3f2a9c… (ask your coordinator)</source>
        <translation>%1 không phải mã lớp: mã có dạng cohort-3f2a9c… (hãy hỏi điều phối viên)</translation>
    </message>
    <message>
        <source>Already enrolled in %1</source>
        <translation>Đã đăng ký %1</translation>
    </message>
    <message>
        <source>Enrolment</source>
        <translation>Đăng ký</translation>
    </message>
    <message>
        <source>Enrolled in %1</source>
        <translation>Đã đăng ký %1</translation>
    </message>
    <message>
        <source>Enrolled in %1: the hub hears of it when the link is back</source>
        <translation>Đã đăng ký %1: trung tâm sẽ nhận được khi kết nối trở lại</translation>
    </message>
    <message>
        <source>Cohort %1: %2</source>
        <translation>Lớp %1: %2</translation>
    </message>
    <message>
        <source>The link is back: resuming the download</source>
        <translation>Kết nối đã trở lại: đang tiếp tục tải</translation>
    </message>
    <message>
        <source>Reading the installed courses</source>
        <translation>Đang đọc các khóa học đã cài</translation>
    </message>
    <message>
        <source>%1 is not published in your cohorts</source>
        <translation>%1 chưa được phát hành trong các lớp của bạn</translation>
    </message>
    <message>
        <source>A download is already running</source>
        <translation>Đang có một lượt tải khác</translation>
    </message>
    <message>
        <source>Downloading %1</source>
        <translation>Đang tải %1</translation>
    </message>
    <message>
        <source>Download of %1 paused: what was received is kept, Download resumes it</source>
        <translation>Đã tạm dừng tải %1: phần đã nhận được giữ lại, bấm Tải để tiếp tục</translation>
    </message>
    <message>
        <source>Download interrupted (%1): what was received is kept; it resumes when the link is back</source>
        <translation>Tải bị gián đoạn (%1): phần đã nhận được giữ lại; sẽ tiếp tục khi có kết nối</translation>
    </message>
    <message>
        <source>Could not install the course: %1</source>
        <translation>Không cài được khóa học: %1</translation>
    </message>
    <message>
        <source>Installing %1</source>
        <translation>Đang cài %1</translation>
    </message>
    <message>
        <source>Could not install %1: %2</source>
        <translation>Không cài được %1: %2</translation>
    </message>
    <message>
        <source>Installed %1 %2: it works offline</source>
        <translation>Đã cài %1 %2: dùng được khi ngoại tuyến</translation>
    </message>
    <message>
        <source>This course is not available in %1</source>
        <translation>Khóa học này không có bản %1</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Ngôn ngữ</translation>
    </message>
    <message>
        <source>Install the course first</source>
        <extracomment>Language names shown in the per-course language choice (each in its own language).</extracomment>
        <translation>Hãy cài khóa học trước</translation>
    </message>
    <message>
        <source>Opening the course</source>
        <translation>Đang mở khóa học</translation>
    </message>
    <message>
        <source>Opening the lesson</source>
        <translation>Đang mở bài học</translation>
    </message>
    <message>
        <source>Completing the lesson</source>
        <translation>Đang hoàn thành bài học</translation>
    </message>
    <message>
        <source>Starting the attempt</source>
        <translation>Đang bắt đầu lượt làm bài</translation>
    </message>
    <message>
        <source>Click the finding in the viewer first</source>
        <translation>Hãy bấm vào tổn thương trong trình xem ảnh trước</translation>
    </message>
    <message>
        <source>Choose an answer first</source>
        <translation>Hãy chọn một đáp án trước</translation>
    </message>
    <message>
        <source>%1: no such file</source>
        <translation>%1: không có tệp này</translation>
    </message>
    <message>
        <source>Answer not taken: %1</source>
        <translation>Không ghi nhận câu trả lời: %1</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>Tổn thương</translation>
    </message>
    <message>
        <source>Your answer</source>
        <translation>Câu trả lời của bạn</translation>
    </message>
    <message>
        <source>Image questions are answered in the reading-room viewer</source>
        <translation>Câu hỏi hình ảnh được trả lời trong trình xem ảnh của phòng đọc phim</translation>
    </message>
    <message>
        <source>Opening the case in the viewer…</source>
        <translation>Đang mở ca bệnh trong trình xem ảnh…</translation>
    </message>
    <message>
        <source>Click in the case&apos;s series: it is being opened in the viewer</source>
        <translation>Hãy bấm vào loạt ảnh của ca bệnh: loạt ảnh đang được mở trong trình xem ảnh</translation>
    </message>
    <message>
        <source>Open the course in the reading room to see the case</source>
        <translation>Mở khóa học trong phòng đọc phim để xem ca bệnh</translation>
    </message>
    <message>
        <source>The case is open in the viewer</source>
        <translation>Ca bệnh đã được mở trong trình xem ảnh</translation>
    </message>
    <message>
        <source>Importing the case: %1 of %2 images</source>
        <translation>Đang nhập ca bệnh: ảnh %1 / %2</translation>
    </message>
    <message>
        <source>Could not open the case: %1</source>
        <translation>Không mở được ca bệnh: %1</translation>
    </message>
    <message>
        <source>Unknown window preset %1: the series&apos; own window is kept</source>
        <translation>Không rõ thiết lập cửa sổ %1: giữ cửa sổ gốc của loạt ảnh</translation>
    </message>
    <message>
        <source>Playing</source>
        <translation>Đang phát</translation>
    </message>
    <message>
        <source>End of the video</source>
        <translation>Hết video</translation>
    </message>
    <message>
        <source>Cannot play the video: %1</source>
        <translation>Không phát được video: %1</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Đã tạm dừng</translation>
    </message>
    <message>
        <source>The course is not completed yet</source>
        <translation>Khóa học chưa hoàn thành</translation>
    </message>
    <message>
        <source>Certificate saved: %1</source>
        <translation>Đã lưu chứng chỉ: %1</translation>
    </message>
    <message>
        <source>Could not save the certificate: %1</source>
        <translation>Không lưu được chứng chỉ: %1</translation>
    </message>
    <message>
        <source>Save certificate</source>
        <translation>Lưu chứng chỉ</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Cohort progress</source>
        <translation>Tiến độ của lớp</translation>
    </message>
    <message>
        <source>Choose a cohort first</source>
        <translation>Hãy chọn lớp đào tạo trước</translation>
    </message>
    <message>
        <source>Exported %1</source>
        <translation>Đã xuất %1</translation>
    </message>
</context>
<context>
    <name>CoursesPanel</name>
    <message>
        <source>Courses</source>
        <translation>Khóa học</translation>
    </message>
    <message>
        <source>Lesson</source>
        <translation>Bài học</translation>
    </message>
    <message>
        <source>Cohort progress</source>
        <translation>Tiến độ của lớp</translation>
    </message>
    <message>
        <source>Progress is kept on this workstation (no hub link)</source>
        <translation>Tiến độ được lưu trên máy trạm này (không có kết nối trung tâm)</translation>
    </message>
    <message>
        <source>All progress synced</source>
        <translation>Đã đồng bộ toàn bộ tiến độ</translation>
    </message>
    <message numerus="yes">
        <source>%n statement(s) waiting to sync</source>
        <translation>
            <numerusform>%n bản ghi học tập đang chờ đồng bộ</numerusform>
        </translation>
    </message>
    <message>
        <source>Courses are unavailable: %1</source>
        <translation>Không dùng được khóa học: %1</translation>
    </message>
    <message>
        <source>(%1 not in any cohort: enrol in the course&apos;s cohort)</source>
        <translation>(%1 bản ghi không thuộc lớp nào: hãy đăng ký lớp của khóa học)</translation>
    </message>
    <message>
        <source>(offline: sent when the link is back)</source>
        <translation>(ngoại tuyến: sẽ gửi khi có kết nối)</translation>
    </message>
</context>
<context>
    <name>DevicesDialog</name>
    <message>
        <source>Devices for calls</source>
        <translation>Thiết bị cho cuộc gọi</translation>
    </message>
    <message>
        <source>The devices video calls use. The system&apos;s default is used when the chosen one is not connected.</source>
        <translation>Các thiết bị cuộc gọi video sử dụng. Khi thiết bị đã chọn không được kết nối, mặc định của hệ thống sẽ được dùng.</translation>
    </message>
    <message>
        <source>Camera</source>
        <translation>Máy quay</translation>
    </message>
    <message>
        <source>Microphone</source>
        <translation>Micrô</translation>
    </message>
    <message>
        <source>Speaker</source>
        <translation>Loa</translation>
    </message>
    <message>
        <source>The first camera</source>
        <translation>Máy quay đầu tiên</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Mặc định của hệ thống</translation>
    </message>
    <message>
        <source>%1 (not connected)</source>
        <translation>%1 (chưa kết nối)</translation>
    </message>
    <message>
        <source>The devices could not be saved: %1</source>
        <translation>Không lưu được thiết bị: %1</translation>
    </message>
    <message>
        <source>&amp;Devices…</source>
        <translation>&amp;Thiết bị…</translation>
    </message>
</context>
<context>
    <name>DiscussDialog</name>
    <message>
        <source>Discuss in MDT</source>
        <translation>Đưa ra hội chẩn MDT</translation>
    </message>
    <message>
        <source>New consult</source>
        <translation>Hội chẩn mới</translation>
    </message>
    <message>
        <source>Consult</source>
        <translation>Hội chẩn</translation>
    </message>
    <message>
        <source>Title of a new consult</source>
        <translation>Tiêu đề của hội chẩn mới</translation>
    </message>
</context>
<context>
    <name>EnrolmentBundle</name>
    <message>
        <source>%1: no such file</source>
        <extracomment>The reasons an enrolment file is refused, translated where they are shown (:func:`_say`).</extracomment>
        <translation>%1: không có tệp này</translation>
    </message>
    <message>
        <source>not a text file</source>
        <translation>không phải tệp văn bản</translation>
    </message>
    <message>
        <source>%1: not a readable enrolment bundle (%2)</source>
        <translation>%1: không phải tệp đăng ký đọc được (%2)</translation>
    </message>
    <message>
        <source>no JSON object</source>
        <translation>không có đối tượng JSON</translation>
    </message>
    <message>
        <source>%1: format %2 is not a Silkbridge enrolment bundle</source>
        <translation>%1: định dạng %2 không phải tệp đăng ký Silkbridge</translation>
    </message>
    <message>
        <source>%1: %2 is not a CURVE key (40 Z85 characters); the file is damaged</source>
        <translation>%1: %2 không phải khóa CURVE (40 ký tự Z85); tệp đã bị hỏng</translation>
    </message>
    <message>
        <source>%1: hub_address %2 is not an address like tcp://host:port</source>
        <translation>%1: hub_address %2 không phải địa chỉ dạng tcp://máy:cổng</translation>
    </message>
    <message>
        <source>%1: user_id is empty</source>
        <translation>%1: user_id bị trống</translation>
    </message>
</context>
<context>
    <name>EnrolmentPage</name>
    <message>
        <source>Your enrolment</source>
        <translation>Đăng ký của bạn</translation>
    </message>
    <message>
        <source>Your hub administrator gave you an enrolment file (.json). It connects this workstation to the hub in your name: choose it here.</source>
        <translation>Quản trị viên trung tâm đã gửi cho bạn một tệp đăng ký (.json). Tệp này kết nối máy trạm với trung tâm dưới tên của bạn: hãy chọn tệp đó ở đây.</translation>
    </message>
    <message>
        <source>Enrolment file</source>
        <translation>Tệp đăng ký</translation>
    </message>
    <message>
        <source>Choose file…</source>
        <translation>Chọn tệp…</translation>
    </message>
    <message>
        <source>Choose your enrolment file</source>
        <translation>Chọn tệp đăng ký của bạn</translation>
    </message>
    <message>
        <source>Enrolment files (*.json);;All files (*)</source>
        <translation>Tệp đăng ký (*.json);;Mọi tệp (*)</translation>
    </message>
    <message>
        <source>This file cannot be used: %1</source>
        <translation>Không thể dùng tệp này: %1</translation>
    </message>
    <message>
        <source>Enrolled as %1 (%2), %3, %4. Hub: %5</source>
        <translation>Đã đăng ký với tên %1 (%2), %3, %4. Trung tâm: %5</translation>
    </message>
</context>
<context>
    <name>FirstRunWizard</name>
    <message>
        <source>Silkbridge — first run</source>
        <translation>Silkbridge — lần chạy đầu tiên</translation>
    </message>
    <message>
        <source>&lt; &amp;Back</source>
        <translation>&lt; &amp;Quay lại</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>&amp;Tiếp &gt;</translation>
    </message>
    <message>
        <source>&amp;Finish</source>
        <translation>&amp;Hoàn tất</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <source>Could not save the enrolment: %1</source>
        <translation>Không thể lưu đăng ký: %1</translation>
    </message>
</context>
<context>
    <name>HubPage</name>
    <message>
        <source>Connection to the hub</source>
        <extracomment>seconds to wait for the hub&apos;s answer</extracomment>
        <translation>Kết nối với trung tâm</translation>
    </message>
    <message>
        <source>Check again</source>
        <translation>Kiểm tra lại</translation>
    </message>
    <message>
        <source>no answer from the hub within %1 s: check the address, this computer&apos;s network and the hospital&apos;s firewall</source>
        <translation>trung tâm không trả lời trong %1 giây: hãy kiểm tra địa chỉ, mạng của máy tính này và tường lửa của bệnh viện</translation>
    </message>
    <message>
        <source>Connecting to the hub at %1…</source>
        <translation>Đang kết nối với trung tâm tại %1…</translation>
    </message>
    <message>
        <source>Connected to the hub at %1. Round trip: %2 ms.</source>
        <translation>Đã kết nối với trung tâm tại %1. Thời gian khứ hồi: %2 ms.</translation>
    </message>
    <message>
        <source>Could not connect to the hub at %1: %2. You can finish now and connect later.</source>
        <translation>Không thể kết nối với trung tâm tại %1: %2. Bạn có thể hoàn tất ngay và kết nối sau.</translation>
    </message>
</context>
<context>
    <name>ImageKinds</name>
    <message>
        <source>a projection radiograph</source>
        <translation>một phim X quang chiếu</translation>
    </message>
    <message>
        <source>an X-ray angiography or fluoroscopy image</source>
        <translation>một ảnh chụp mạch hoặc soi huỳnh quang X quang</translation>
    </message>
    <message>
        <source>an ultrasound image</source>
        <translation>một ảnh siêu âm</translation>
    </message>
    <message>
        <source>a photograph (endoscopy, camera, microscopy)</source>
        <translation>một ảnh chụp (nội soi, camera, kính hiển vi)</translation>
    </message>
    <message>
        <source>a secondary capture, scan or document</source>
        <translation>một ảnh chụp lại, bản quét hoặc tài liệu</translation>
    </message>
</context>
<context>
    <name>LanguageMenu</name>
    <message>
        <source>&amp;Settings</source>
        <translation>&amp;Cài đặt</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Ngôn ngữ</translation>
    </message>
    <message>
        <source>Interface language: %1</source>
        <translation>Ngôn ngữ giao diện: %1</translation>
    </message>
</context>
<context>
    <name>LanguagePage</name>
    <message>
        <source>Language</source>
        <translation>Ngôn ngữ</translation>
    </message>
    <message>
        <source>The language of the interface (you can change it later in Settings → Language).</source>
        <translation>Ngôn ngữ của giao diện (bạn có thể đổi sau trong Cài đặt → Ngôn ngữ).</translation>
    </message>
</context>
<context>
    <name>LinkStates</name>
    <message>
        <source>connecting</source>
        <translation>đang kết nối</translation>
    </message>
    <message>
        <source>online</source>
        <translation>trực tuyến</translation>
    </message>
    <message>
        <source>degraded</source>
        <translation>kết nối kém</translation>
    </message>
    <message>
        <source>offline</source>
        <translation>ngoại tuyến</translation>
    </message>
    <message>
        <source>refused</source>
        <translation>bị từ chối</translation>
    </message>
    <message>
        <source>revoked</source>
        <translation>đã bị thu hồi</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Me</source>
        <extracomment>the consult&apos;s call (ui.consult.videocall.VideoCallLauncher, WebRTC through the hub&apos;s Janus): voice only (``Voice``, no window) or with cameras (``Video call``, its own window)</extracomment>
        <translation>Tôi</translation>
    </message>
    <message>
        <source>Silkbridge — reading room</source>
        <translation>Silkbridge — phòng đọc phim</translation>
    </message>
    <message>
        <source>Studies</source>
        <translation>Ca chụp</translation>
    </message>
    <message>
        <source>PACS</source>
        <translation>PACS</translation>
    </message>
    <message>
        <source>Reading</source>
        <translation>Đọc phim</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>Nhập…</translation>
    </message>
    <message>
        <source> Layout </source>
        <translation> Bố cục </translation>
    </message>
    <message>
        <source> Window </source>
        <translation> Cửa sổ </translation>
    </message>
    <message>
        <source>DICOM default</source>
        <translation>Mặc định DICOM</translation>
    </message>
    <message>
        <source>Auto (histogram)</source>
        <translation>Tự động (biểu đồ tần suất)</translation>
    </message>
    <message>
        <source>CT brain</source>
        <translation>CT não</translation>
    </message>
    <message>
        <source>CT lung</source>
        <translation>CT phổi</translation>
    </message>
    <message>
        <source>CT bone</source>
        <translation>CT xương</translation>
    </message>
    <message>
        <source>CT abdomen</source>
        <translation>CT bụng</translation>
    </message>
    <message>
        <source>CT mediastinum</source>
        <translation>CT trung thất</translation>
    </message>
    <message>
        <source> Slab </source>
        <translation> Lát dày </translation>
    </message>
    <message>
        <source>thin</source>
        <translation>mỏng</translation>
    </message>
    <message>
        <source>Average</source>
        <translation>Trung bình</translation>
    </message>
    <message>
        <source>Cine ▶</source>
        <translation>Phát cine ▶</translation>
    </message>
    <message>
        <source> 3D </source>
        <translation> 3D </translation>
    </message>
    <message>
        <source>This series holds %1 separate stacks (orientations or sizes); showing the first, pick another beside &apos;Stack&apos;.</source>
        <translation>Loạt ảnh này có %1 chồng ảnh riêng biệt (khác hướng hoặc kích thước); đang hiển thị chồng đầu tiên, chọn chồng khác bên cạnh &apos;Chồng ảnh&apos;.</translation>
    </message>
    <message>
        <source>Volumes</source>
        <translation>Thể tích</translation>
    </message>
    <message>
        <source>ct-bone</source>
        <translation>CT xương</translation>
    </message>
    <message>
        <source>ct-soft-tissue</source>
        <translation>CT mô mềm</translation>
    </message>
    <message>
        <source>ct-angio</source>
        <translation>CT mạch máu</translation>
    </message>
    <message>
        <source>mr-default</source>
        <translation>MR mặc định</translation>
    </message>
    <message>
        <source>Crop</source>
        <translation>Cắt vùng</translation>
    </message>
    <message>
        <source>Reset view</source>
        <translation>Đặt lại khung nhìn</translation>
    </message>
    <message>
        <source>Annotate</source>
        <translation>Chú thích</translation>
    </message>
    <message>
        <source>Navigate</source>
        <translation>Điều hướng</translation>
    </message>
    <message>
        <source>Select</source>
        <translation>Chọn</translation>
    </message>
    <message>
        <source>Laser pointer</source>
        <translation>Bút chỉ laser</translation>
    </message>
    <message>
        <source>Length</source>
        <translation>Chiều dài</translation>
    </message>
    <message>
        <source>Angle</source>
        <translation>Góc</translation>
    </message>
    <message>
        <source>Ellipse ROI</source>
        <translation>ROI hình elip</translation>
    </message>
    <message>
        <source>Polygon ROI</source>
        <translation>ROI đa giác</translation>
    </message>
    <message>
        <source>Arrow</source>
        <translation>Mũi tên</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Văn bản</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Xóa</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Tệp</translation>
    </message>
    <message>
        <source>Import zip or files…</source>
        <translation>Nhập tệp zip hoặc các tệp…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Thoát</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Xem</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <source>Hub: not connected</source>
        <translation>Trung tâm: chưa kết nối</translation>
    </message>
    <message>
        <source>Import a folder of DICOM files</source>
        <translation>Nhập một thư mục tệp DICOM</translation>
    </message>
    <message>
        <source>Import DICOM files, a zip or a DICOMDIR</source>
        <translation>Nhập tệp DICOM, tệp zip hoặc DICOMDIR</translation>
    </message>
    <message>
        <source>DICOM, zip or DICOMDIR (*.dcm *.zip DICOMDIR *);;All files (*)</source>
        <translation>DICOM, zip hoặc DICOMDIR (*.dcm *.zip DICOMDIR *);;Tất cả các tệp (*)</translation>
    </message>
    <message>
        <source>Importing</source>
        <translation>Đang nhập</translation>
    </message>
    <message>
        <source>Import failed</source>
        <translation>Nhập không thành công</translation>
    </message>
    <message>
        <source>Imported %1 new image(s); %2 already in the catalog.</source>
        <translation>Đã nhập %1 ảnh mới; %2 ảnh đã có trong kho ảnh.</translation>
    </message>
    <message>
        <source>Import was cancelled; what was imported is kept.</source>
        <translation>Đã hủy nhập; phần đã nhập được giữ lại.</translation>
    </message>
    <message>
        <source>%1 file(s) could not be imported:</source>
        <translation>%1 tệp không nhập được:</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Nhập</translation>
    </message>
    <message>
        <source>… and %1 more</source>
        <translation>… và %1 tệp khác</translation>
    </message>
    <message>
        <source>The presenter compares with a series not downloaded yet: Download cases</source>
        <translation>Người trình bày đang so sánh với một loạt ảnh chưa được tải về: Tải các ca</translation>
    </message>
    <message>
        <source>Loading</source>
        <translation>Đang tải</translation>
    </message>
    <message>
        <source>Could not open the series</source>
        <translation>Không mở được loạt ảnh</translation>
    </message>
    <message>
        <source>Cannot show this frame: %1</source>
        <translation>Không hiển thị được khung hình này: %1</translation>
    </message>
    <message>
        <source>File: %1</source>
        <translation>Tệp: %1</translation>
    </message>
    <message>
        <source>no images</source>
        <translation>không có ảnh</translation>
    </message>
    <message>
        <source>mr-angio</source>
        <translation>MR mạch máu</translation>
    </message>
    <message>
        <source>W %1 / L %2</source>
        <translation>W %1 / L %2</translation>
    </message>
    <message>
        <source>Hub: %1</source>
        <translation>Trung tâm: %1</translation>
    </message>
    <message>
        <source>Online: %1</source>
        <translation>Trực tuyến: %1</translation>
    </message>
    <message>
        <source>MDT consult</source>
        <translation>Hội chẩn MDT</translation>
    </message>
    <message>
        <source>Broadcasts</source>
        <translation>Phát sóng phẫu thuật</translation>
    </message>
    <message>
        <source>Referrals</source>
        <translation>Chuyển tuyến</translation>
    </message>
    <message>
        <source>Courses</source>
        <translation>Khóa học</translation>
    </message>
</context>
<context>
    <name>NewConsultDialog</name>
    <message>
        <source>New MDT consult</source>
        <translation>Tạo buổi hội chẩn MDT</translation>
    </message>
    <message>
        <source>One case per line: title | question | referring hospital</source>
        <translation>Mỗi dòng một ca: tiêu đề | câu hỏi | bệnh viện chuyển</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Tiêu đề</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Thời gian</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>Chương trình</translation>
    </message>
    <message>
        <source>My hospital (%1)</source>
        <translation>Bệnh viện của tôi (%1)</translation>
    </message>
    <message>
        <source>Other hospitals, comma-separated</source>
        <translation>Các bệnh viện khác, cách nhau bằng dấu phẩy</translation>
    </message>
    <message>
        <source>People by user id, comma-separated</source>
        <translation>Người theo mã người dùng, cách nhau bằng dấu phẩy</translation>
    </message>
    <message>
        <source>Invite</source>
        <translation>Mời</translation>
    </message>
    <message>
        <source>Everyone who is</source>
        <translation>Tất cả những người là</translation>
    </message>
</context>
<context>
    <name>PacsPanel</name>
    <message>
        <source>Test</source>
        <translation>Kiểm tra</translation>
    </message>
    <message>
        <source>e.g. NGUYEN*</source>
        <translation>ví dụ NGUYEN*</translation>
    </message>
    <message>
        <source>any</source>
        <translation>tất cả</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Tìm kiếm</translation>
    </message>
    <message>
        <source>Retrieve</source>
        <translation>Tải về</translation>
    </message>
    <message>
        <source>Retrieve the selected series, or the whole study</source>
        <translation>Tải về loạt ảnh đã chọn, hoặc toàn bộ ca chụp</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <source>PACS</source>
        <translation>PACS</translation>
    </message>
    <message>
        <source>Patient name</source>
        <translation>Tên bệnh nhân</translation>
    </message>
    <message>
        <source>Patient ID</source>
        <translation>Mã bệnh nhân</translation>
    </message>
    <message>
        <source>Accession</source>
        <translation>Số phiếu chụp</translation>
    </message>
    <message>
        <source>Study date</source>
        <translation>Ngày chụp</translation>
    </message>
    <message>
        <source>Modality</source>
        <translation>Phương thức</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Mô tả</translation>
    </message>
    <message>
        <source>Series</source>
        <translation>Loạt ảnh</translation>
    </message>
    <message>
        <source>No PACS is configured: add one to the settings (pacs_nodes).</source>
        <translation>Chưa cấu hình PACS: hãy thêm một PACS trong cài đặt (pacs_nodes).</translation>
    </message>
    <message>
        <source>Wait for the current PACS operation to finish (or cancel it).</source>
        <translation>Hãy chờ thao tác PACS hiện tại hoàn tất (hoặc hủy nó).</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Đã hủy.</translation>
    </message>
    <message>
        <source>%s answers (%d ms).</source>
        <translation>%s đã phản hồi (%d ms).</translation>
    </message>
    <message>
        <source>Testing %s…</source>
        <translation>Đang kiểm tra %s…</translation>
    </message>
    <message>
        <source>Study date from</source>
        <translation>Ngày chụp từ</translation>
    </message>
    <message>
        <source>Study date to</source>
        <translation>Ngày chụp đến</translation>
    </message>
    <message>
        <source>Study date: the first date is after the second</source>
        <translation>Ngày chụp: ngày bắt đầu sau ngày kết thúc</translation>
    </message>
    <message>
        <source>Searching %s…</source>
        <translation>Đang tìm trên %s…</translation>
    </message>
    <message numerus="yes">
        <source>%n studies found</source>
        <translation>
            <numerusform>Tìm thấy %n ca chụp</numerusform>
        </translation>
    </message>
    <message>
        <source>No study matches.</source>
        <translation>Không có ca chụp nào phù hợp.</translation>
    </message>
    <message>
        <source>Listing the series…</source>
        <translation>Đang liệt kê các loạt ảnh…</translation>
    </message>
    <message numerus="yes">
        <source>%n series</source>
        <translation>
            <numerusform>%n loạt ảnh</numerusform>
        </translation>
    </message>
    <message>
        <source>the study</source>
        <translation>toàn bộ ca chụp</translation>
    </message>
    <message>
        <source>Retrieving %s from %s</source>
        <translation>Đang tải %s từ %s</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Đang hủy…</translation>
    </message>
</context>
<context>
    <name>PlayerPage</name>
    <message>
        <source>◀ Courses</source>
        <translation>◀ Khóa học</translation>
    </message>
    <message>
        <source>Press Play</source>
        <translation>Bấm Phát</translation>
    </message>
    <message>
        <source>▶ Play</source>
        <translation>▶ Phát</translation>
    </message>
    <message>
        <source>Show the case in the viewer</source>
        <translation>Hiển thị ca bệnh trong trình xem ảnh</translation>
    </message>
    <message>
        <source>Start attempt</source>
        <translation>Bắt đầu làm bài</translation>
    </message>
    <message>
        <source>Submit answer</source>
        <translation>Nộp câu trả lời</translation>
    </message>
    <message>
        <source>Next question</source>
        <translation>Câu tiếp theo</translation>
    </message>
    <message>
        <source>◀ Previous</source>
        <translation>◀ Bài trước</translation>
    </message>
    <message>
        <source>Mark as completed</source>
        <translation>Đánh dấu đã hoàn thành</translation>
    </message>
    <message>
        <source>Next ▶</source>
        <translation>Bài tiếp ▶</translation>
    </message>
    <message>
        <source>Save certificate (PDF)…</source>
        <translation>Lưu chứng chỉ (PDF)…</translation>
    </message>
    <message>
        <source>Interface language (%1)</source>
        <translation>Ngôn ngữ giao diện (%1)</translation>
    </message>
    <message>
        <source>Text lesson</source>
        <translation>Bài học văn bản</translation>
    </message>
    <message>
        <source>Video lesson</source>
        <translation>Bài học video</translation>
    </message>
    <message>
        <source>Imaging case</source>
        <translation>Ca bệnh hình ảnh</translation>
    </message>
    <message>
        <source>Quiz</source>
        <translation>Bài kiểm tra</translation>
    </message>
    <message>
        <source>Course completed · score %1 · verification code %2</source>
        <translation>Đã hoàn thành khóa học · điểm %1 · mã xác minh %2</translation>
    </message>
    <message>
        <source>Course failed: a quiz has no attempt left</source>
        <translation>Khóa học không đạt: một bài kiểm tra đã hết lượt làm</translation>
    </message>
    <message>
        <source>%1 of %2 lessons completed · %3 of %4 quizzes passed</source>
        <translation>Đã hoàn thành %1/%2 bài học · đã đạt %3/%4 bài kiểm tra</translation>
    </message>
    <message>
        <source>Completed ✓</source>
        <translation>Đã hoàn thành ✓</translation>
    </message>
    <message>
        <source>❚❚ Pause</source>
        <translation>❚❚ Tạm dừng</translation>
    </message>
    <message>
        <source>unlimited attempts</source>
        <translation>không giới hạn số lần làm</translation>
    </message>
    <message numerus="yes">
        <source>%n attempt(s) left</source>
        <translation>
            <numerusform>còn %n lượt làm bài</numerusform>
        </translation>
    </message>
    <message>
        <source>Pass mark %1</source>
        <translation>Điểm đạt %1</translation>
    </message>
    <message>
        <source>best %1</source>
        <translation>cao nhất %1</translation>
    </message>
    <message>
        <source>passed ✓</source>
        <translation>đã đạt ✓</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Làm lại</translation>
    </message>
    <message>
        <source>Question %1 of %2</source>
        <translation>Câu %1 / %2</translation>
    </message>
    <message>
        <source>Your point: (%1, %2, %3) mm LPS · click again to move it</source>
        <translation>Điểm của bạn: (%1, %2, %3) mm LPS · bấm lại để di chuyển</translation>
    </message>
    <message>
        <source>Scroll the series in the viewer and click the finding; then Submit.</source>
        <translation>Cuộn loạt ảnh trong trình xem ảnh và bấm vào tổn thương; sau đó bấm Nộp.</translation>
    </message>
    <message>
        <source>✓ Correct</source>
        <translation>✓ Đúng</translation>
    </message>
    <message>
        <source>✗ Incorrect</source>
        <translation>✗ Sai</translation>
    </message>
    <message>
        <source>Correct answer: %1</source>
        <translation>Đáp án đúng: %1</translation>
    </message>
    <message>
        <source>The finding is centred at (%1, %2, %3) mm, %4 mm from your point (shown in the viewer)</source>
        <translation>Tâm tổn thương ở (%1, %2, %3) mm, cách điểm của bạn %4 mm (hiển thị trong trình xem ảnh)</translation>
    </message>
    <message>
        <source>Attempt %1: %2 of %3 correct (%4) — %5</source>
        <translation>Lượt %1: đúng %2 / %3 câu (%4) — %5</translation>
    </message>
    <message>
        <source>passed</source>
        <translation>đạt</translation>
    </message>
    <message>
        <source>not passed</source>
        <translation>không đạt</translation>
    </message>
    <message>
        <source>course completed!</source>
        <translation>đã hoàn thành khóa học!</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Xong</translation>
    </message>
</context>
<context>
    <name>ReferralController</name>
    <message>
        <source>The report of referral %1 has arrived</source>
        <translation>Đã nhận báo cáo của yêu cầu chuyển tuyến %1</translation>
    </message>
    <message>
        <source>Escalated: referral %1 was claimed but not reported in time</source>
        <translation>Đã chuyển cấp: yêu cầu chuyển tuyến %1 đã được nhận xử lý nhưng chưa có báo cáo đúng hạn</translation>
    </message>
    <message>
        <source>Escalated: nobody claimed referral %1 in time</source>
        <translation>Đã chuyển cấp: không ai nhận xử lý yêu cầu chuyển tuyến %1 đúng hạn</translation>
    </message>
    <message>
        <source>Referral %1 is on the agenda of the consult %2</source>
        <translation>Yêu cầu chuyển tuyến %1 đã có trong chương trình của hội chẩn %2</translation>
    </message>
    <message>
        <source>Could not discuss the referral in an MDT</source>
        <translation>Không đưa được yêu cầu chuyển tuyến ra hội chẩn MDT</translation>
    </message>
    <message>
        <source>Could not download the referral</source>
        <translation>Không tải được yêu cầu chuyển tuyến</translation>
    </message>
    <message>
        <source>Send referral</source>
        <translation>Gửi yêu cầu chuyển tuyến</translation>
    </message>
    <message>
        <source>Open the series to send first.</source>
        <translation>Hãy mở loạt ảnh cần gửi trước.</translation>
    </message>
    <message>
        <source>Referral %1 sent</source>
        <translation>Đã gửi yêu cầu chuyển tuyến %1</translation>
    </message>
    <message>
        <source>Referral %1 waits in the outbox until the hub is reachable</source>
        <translation>Yêu cầu chuyển tuyến %1 chờ trong hộp thư đi cho đến khi kết nối được trung tâm</translation>
    </message>
    <message>
        <source>These images may show burned-in patient text. Send them anyway?</source>
        <translation>Các ảnh này có thể có chữ thông tin bệnh nhân in trên ảnh. Vẫn gửi?</translation>
    </message>
    <message>
        <source>Could not send the referral</source>
        <translation>Không gửi được yêu cầu chuyển tuyến</translation>
    </message>
</context>
<context>
    <name>ReferralPanel</name>
    <message>
        <source>Send referral…</source>
        <translation>Gửi yêu cầu chuyển tuyến…</translation>
    </message>
    <message>
        <source>View images</source>
        <translation>Xem ảnh</translation>
    </message>
    <message>
        <source>Claim</source>
        <translation>Nhận xử lý</translation>
    </message>
    <message>
        <source>Report…</source>
        <translation>Báo cáo…</translation>
    </message>
    <message>
        <source>Acknowledge</source>
        <translation>Xác nhận đã nhận</translation>
    </message>
    <message>
        <source>Discuss in MDT…</source>
        <translation>Đưa ra hội chẩn MDT…</translation>
    </message>
    <message>
        <source>Put this referral on the agenda of a consult, with its images, question and report</source>
        <translation>Đưa yêu cầu chuyển tuyến này vào chương trình của một buổi hội chẩn, cùng ảnh, câu hỏi và báo cáo</translation>
    </message>
    <message>
        <source>A question or an answer on this referral</source>
        <translation>Câu hỏi hoặc câu trả lời về yêu cầu chuyển tuyến này</translation>
    </message>
    <message>
        <source>OVERDUE %1</source>
        <translation>QUÁ HẠN %1</translation>
    </message>
    <message>
        <source>escalated</source>
        <translation>đã chuyển cấp</translation>
    </message>
    <message>
        <source>Escalated to the coordinators: past its target</source>
        <translation>Đã chuyển cấp cho điều phối viên: quá thời hạn</translation>
    </message>
    <message>
        <source>Choose a referral in the list.</source>
        <translation>Hãy chọn một yêu cầu chuyển tuyến trong danh sách.</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Mô tả hình ảnh</translation>
    </message>
    <message>
        <source>Impression</source>
        <translation>Kết luận</translation>
    </message>
    <message>
        <source>Recommendation</source>
        <translation>Đề nghị</translation>
    </message>
</context>
<context>
    <name>ReportDialog</name>
    <message>
        <source>Report</source>
        <translation>Báo cáo</translation>
    </message>
    <message>
        <source>Question: %1</source>
        <translation>Câu hỏi: %1</translation>
    </message>
    <message>
        <source>Findings (in %1)</source>
        <translation>Mô tả hình ảnh (bằng %1)</translation>
    </message>
    <message>
        <source>Impression</source>
        <translation>Kết luận</translation>
    </message>
    <message>
        <source>Recommendation</source>
        <translation>Đề nghị</translation>
    </message>
    <message>
        <source>Your own wording (%1): findings</source>
        <translation>Cách diễn đạt của bạn (%1): mô tả hình ảnh</translation>
    </message>
    <message>
        <source>Your own wording: impression</source>
        <translation>Cách diễn đạt của bạn: kết luận</translation>
    </message>
    <message>
        <source>Send my measurements on this series (SR, key images)</source>
        <translation>Gửi các số đo của tôi trên loạt ảnh này (SR, ảnh chính)</translation>
    </message>
    <message>
        <source>Sign (the report can no longer change)</source>
        <translation>Ký (báo cáo sẽ không thể thay đổi nữa)</translation>
    </message>
</context>
<context>
    <name>Roles</name>
    <message>
        <source>trainee</source>
        <extracomment>The interface languages, each named in its own language (as a language menu shows them). The suffix of the translation files of each language (Qt&apos;s locale names). Font families tried in order for every character (Qt falls back along the list): Latin with Vietnamese, then Simplified Chinese (mainland glyph forms, not the Japanese ones fontconfig may pick), Thai, Lao, Khmer and Burmese (course content). installer/setup.sh installs them.</extracomment>
        <translation>học viên</translation>
    </message>
    <message>
        <source>specialist</source>
        <translation>bác sĩ chuyên khoa</translation>
    </message>
    <message>
        <source>surgeon</source>
        <translation>phẫu thuật viên</translation>
    </message>
    <message>
        <source>coordinator</source>
        <translation>điều phối viên</translation>
    </message>
    <message>
        <source>administrator</source>
        <translation>quản trị viên</translation>
    </message>
</context>
<context>
    <name>RoomKinds</name>
    <message>
        <source>consult</source>
        <translation>hội chẩn</translation>
    </message>
    <message>
        <source>broadcast</source>
        <translation>phát trực tiếp</translation>
    </message>
    <message>
        <source>cohort</source>
        <translation>lớp đào tạo</translation>
    </message>
    <message>
        <source>referral</source>
        <translation>chuyển tuyến</translation>
    </message>
</context>
<context>
    <name>SliceViewport</name>
    <message>
        <source>Text annotation</source>
        <translation>Chú thích văn bản</translation>
    </message>
    <message>
        <source>Text:</source>
        <translation>Nội dung:</translation>
    </message>
</context>
<context>
    <name>StudyBrowser</name>
    <message>
        <source>Series %1 — %2 stacks: %3</source>
        <translation>Loạt ảnh %1 — %2 chồng ảnh: %3</translation>
    </message>
    <message>
        <source>Patient</source>
        <translation>Bệnh nhân</translation>
    </message>
    <message>
        <source>Patient ID</source>
        <translation>Mã bệnh nhân</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Ngày</translation>
    </message>
    <message>
        <source>Modality</source>
        <translation>Phương thức</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Mô tả</translation>
    </message>
    <message>
        <source>Images</source>
        <translation>Số ảnh</translation>
    </message>
    <message>
        <source>Search patient, ID, description, modality, date</source>
        <extracomment>Item data role of the stack (0-based) a row of the series list opens; None for a whole series.</extracomment>
        <translation>Tìm bệnh nhân, mã, mô tả, phương thức, ngày</translation>
    </message>
    <message>
        <source>Series (double-click to open)</source>
        <translation>Loạt ảnh (nhấp đúp để mở)</translation>
    </message>
    <message numerus="yes">
        <source>%n studies</source>
        <translation>
            <numerusform>%n ca chụp</numerusform>
        </translation>
    </message>
    <message>
        <source>Compare with…</source>
        <translation>So sánh với…</translation>
    </message>
    <message>
        <source>No other study of this patient (Patient ID) in the catalog</source>
        <translation>Không có ca chụp nào khác của bệnh nhân này (mã bệnh nhân) trong danh mục</translation>
    </message>
    <message numerus="yes">
        <source>%n image(s)</source>
        <translation>
            <numerusform>%n ảnh</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>VideoCallLauncher</name>
    <message>
        <source>the hub gave no video call</source>
        <translation>trung tâm không cung cấp cuộc gọi video</translation>
    </message>
    <message>
        <source>Video call</source>
        <translation>Gọi video</translation>
    </message>
</context>
<context>
    <name>VideoCallWidget</name>
    <message>
        <source>Waiting for the other participants…</source>
        <translation>Đang chờ những người tham gia khác…</translation>
    </message>
    <message>
        <source>Audio only: the connection is too slow for your video. It resumes by itself when the bandwidth returns.</source>
        <translation>Chỉ âm thanh: kết nối quá chậm để gửi video của bạn. Video sẽ tự tiếp tục khi băng thông trở lại.</translation>
    </message>
    <message>
        <source>Mute</source>
        <translation>Tắt tiếng</translation>
    </message>
    <message>
        <source>Camera</source>
        <translation>Máy quay</translation>
    </message>
    <message>
        <source>Active speaker</source>
        <translation>Người đang nói</translation>
    </message>
    <message>
        <source>Leave call</source>
        <translation>Rời cuộc gọi</translation>
    </message>
    <message numerus="yes">
        <source>%n participant(s)</source>
        <translation>
            <numerusform>%n người tham gia</numerusform>
        </translation>
    </message>
    <message>
        <source>Call ended: %1</source>
        <translation>Cuộc gọi đã kết thúc: %1</translation>
    </message>
</context>
<context>
    <name>VideoView</name>
    <message>
        <source>ideal</source>
        <extracomment>Glass-to-glass latency thresholds from the surgical telementoring literature (ms).</extracomment>
        <translation>lý tưởng</translation>
    </message>
    <message>
        <source>acceptable</source>
        <translation>chấp nhận được</translation>
    </message>
    <message>
        <source>too slow</source>
        <translation>quá chậm</translation>
    </message>
    <message>
        <source>No video</source>
        <translation>Không có video</translation>
    </message>
    <message>
        <source>Glass-to-glass %1 ms (%2)</source>
        <translation>Độ trễ đầu-cuối %1 ms (%2)</translation>
    </message>
    <message>
        <source>Glass-to-glass ≈%1 ms (%2)</source>
        <translation>Độ trễ đầu-cuối ≈%1 ms (%2)</translation>
    </message>
</context>
<context>
    <name>ViewGrabber</name>
    <message>
        <source>Open a study to show its 3-D view</source>
        <translation>Mở một ca chụp để hiển thị khung nhìn 3D</translation>
    </message>
    <message>
        <source>The 3-D view is hidden: choose a layout that shows it</source>
        <translation>Khung nhìn 3D đang ẩn: hãy chọn bố cục có hiển thị nó</translation>
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
        <translation>%1 lát dày %2 mm</translation>
    </message>
    <message>
        <source>W %1  L %2</source>
        <translation>W %1  L %2</translation>
    </message>
    <message>
        <source>Zoom %1</source>
        <translation>Thu phóng %1</translation>
    </message>
    <message>
        <source>Image %1/%2</source>
        <translation>Ảnh %1/%2</translation>
    </message>
    <message>
        <source>Frame %1/%2</source>
        <translation>Khung hình %1/%2</translation>
    </message>
    <message>
        <source>Frame %1/%2  (image %3/%4)</source>
        <translation>Khung hình %1/%2  (ảnh %3/%4)</translation>
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
        <translation>(đảo ngược)</translation>
    </message>
    <message>
        <source>%1 x %2 mm/pixel</source>
        <translation>%1 x %2 mm/điểm ảnh</translation>
    </message>
    <message>
        <source>%1 x %2 mm/pixel at detector</source>
        <translation>%1 x %2 mm/điểm ảnh tại đầu thu</translation>
    </message>
    <message>
        <source>(not corrected for magnification)</source>
        <translation>(chưa hiệu chỉnh độ phóng đại)</translation>
    </message>
    <message>
        <source>÷ %1 estimated magnification</source>
        <translation>÷ %1 độ phóng đại ước tính</translation>
    </message>
    <message>
        <source>mm in %1 ultrasound region(s) in cm</source>
        <translation>mm trong %1 vùng siêu âm tính bằng cm</translation>
    </message>
    <message>
        <source>uncalibrated: measurements in pixels</source>
        <translation>chưa hiệu chuẩn: số đo tính bằng điểm ảnh</translation>
    </message>
</context>
<context>
    <name>VolumeBar</name>
    <message>
        <source>This series holds images in several orientations or sizes: each is a separate stack</source>
        <translation>Loạt ảnh này có ảnh ở nhiều hướng hoặc kích thước: mỗi loại là một chồng ảnh riêng</translation>
    </message>
    <message>
        <source> Volume </source>
        <translation> Thể tích </translation>
    </message>
    <message>
        <source>Volume of the series shown in every view (time point, diffusion direction, echo…)</source>
        <translation>Thể tích của loạt ảnh hiển thị ở mọi khung nhìn (thời điểm, hướng khuếch tán, echo…)</translation>
    </message>
    <message>
        <source>Volumes ▶</source>
        <translation>Thể tích ▶</translation>
    </message>
    <message>
        <source>Play through the volumes</source>
        <translation>Phát lần lượt các thể tích</translation>
    </message>
    <message>
        <source>axial</source>
        <translation>cắt ngang</translation>
    </message>
    <message>
        <source>coronal</source>
        <translation>đứng ngang</translation>
    </message>
    <message>
        <source>sagittal</source>
        <translation>đứng dọc</translation>
    </message>
    <message>
        <source>Stack %1/%2: %3, %4 slices</source>
        <translation>Chồng ảnh %1/%2: %3, %4 lát cắt</translation>
    </message>
    <message>
        <source>(loading)</source>
        <translation>(đang tải)</translation>
    </message>
</context>
<context>
    <name>WatchLinkDialog</name>
    <message>
        <source>Watch link</source>
        <translation>Liên kết xem</translation>
    </message>
    <message>
        <source>Send this link to one person: it opens the broadcast in a web browser once, and stops working when the broadcast ends.</source>
        <translation>Gửi liên kết này cho một người: nó mở buổi phát trong trình duyệt web một lần và hết hiệu lực khi buổi phát kết thúc.</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Sao chép</translation>
    </message>
    <message>
        <source>Take links back</source>
        <translation>Thu hồi liên kết</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Đóng</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Đã sao chép</translation>
    </message>
</context>
</TS>
