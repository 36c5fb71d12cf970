<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>AnnotationLabel</name>
    <message>
        <source>ultrasound region %1: not a distance, spans %2</source>
        <translation>超声区域 %1：不是距离，跨度 %2</translation>
    </message>
    <message>
        <source>at detector</source>
        <extracomment>The calibration notes of measurements on 2-D images (workstation/annotations/image.py).</extracomment>
        <translation>探测器平面</translation>
    </message>
    <message>
        <source>at detector ÷ magnification %1</source>
        <translation>探测器平面 ÷ 放大率 %1</translation>
    </message>
    <message>
        <source>ultrasound region %1</source>
        <translation>超声区域 %1</translation>
    </message>
    <message>
        <source>uncalibrated: outside the ultrasound regions</source>
        <translation>未校准：在超声区域之外</translation>
    </message>
    <message>
        <source>uncalibrated</source>
        <translation>未校准</translation>
    </message>
    <message>
        <source>ultrasound region %1 measures %2: not a distance</source>
        <translation>超声区域 %1 的单位为 %2：不是距离</translation>
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
        <translation>面积 {area_mm2} mm²</translation>
    </message>
    <message>
        <source>mean {mean} ± {sd}{units}</source>
        <translation>均值 {mean} ± {sd}{units}</translation>
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
        <translation>声音</translation>
    </message>
    <message>
        <source>Silkbridge plays a short tone and listens with the microphone: turn the speakers on (or put the headset near the microphone).</source>
        <translation>Silkbridge 将播放一段短促的提示音并用麦克风收听：请打开扬声器（或将耳机靠近麦克风）。</translation>
    </message>
    <message>
        <source>Play the test tone</source>
        <translation>播放测试音</translation>
    </message>
    <message>
        <source>Microphone for calls:</source>
        <translation>通话使用的麦克风：</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>系统默认</translation>
    </message>
    <message>
        <source>Playing the tone and listening…</source>
        <translation>正在播放提示音并收听…</translation>
    </message>
    <message>
        <source>No sound device: %1</source>
        <translation>没有声音设备：%1</translation>
    </message>
    <message>
        <source>The microphone heard the test tone: level %1 dBFS.</source>
        <translation>麦克风听到了测试音：电平 %1 dBFS。</translation>
    </message>
    <message>
        <source>The tone was played but the microphone did not hear it (level %1 dBFS): check that the speakers are on and the microphone is connected and not muted.</source>
        <translation>已播放提示音，但麦克风没有听到（电平 %1 dBFS）：请检查扬声器已打开、麦克风已连接且未静音。</translation>
    </message>
</context>
<context>
    <name>BroadcastPanel</name>
    <message>
        <source>Broadcast</source>
        <translation>直播</translation>
    </message>
    <message>
        <source>Watch</source>
        <translation>观看</translation>
    </message>
</context>
<context>
    <name>BroadcastStudio</name>
    <message>
        <source>Test pattern</source>
        <translation>测试图案</translation>
    </message>
    <message>
        <source>Video file…</source>
        <translation>视频文件…</translation>
    </message>
    <message>
        <source>Stream URL…</source>
        <translation>流媒体地址…</translation>
    </message>
    <message>
        <source>Camera 0 (OpenCV)</source>
        <translation>摄像头 0（OpenCV）</translation>
    </message>
    <message>
        <source>3-D view of the open study</source>
        <translation>当前检查的三维视图</translation>
    </message>
    <message>
        <source>the hub offers no WebRTC media server (not connected to the hub yet?)</source>
        <translation>中心未提供 WebRTC 媒体服务器（尚未连接到中心？）</translation>
    </message>
    <message>
        <source>No watch link: %1</source>
        <translation>没有观看链接：%1</translation>
    </message>
    <message>
        <source>the broadcast is not live</source>
        <translation>直播尚未开始</translation>
    </message>
    <message>
        <source>this hub serves no watch page</source>
        <translation>此中心不提供观看网页</translation>
    </message>
    <message>
        <source>The watch links were taken back: they no longer work</source>
        <translation>观看链接已收回：它们不再有效</translation>
    </message>
    <message>
        <source>What you demonstrate</source>
        <translation>演示内容</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>描述</translation>
    </message>
    <message>
        <source>Other hospitals invited, comma-separated</source>
        <translation>受邀的其他医院，以逗号分隔</translation>
    </message>
    <message>
        <source>Every trainee of the network</source>
        <translation>网络内所有学员</translation>
    </message>
    <message>
        <source>Invite</source>
        <translation>邀请</translation>
    </message>
    <message>
        <source>None</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Main picture</source>
        <translation>主画面</translation>
    </message>
    <message>
        <source>Picture-in-picture</source>
        <translation>画中画</translation>
    </message>
    <message>
        <source>Go live</source>
        <translation>开始直播</translation>
    </message>
    <message>
        <source>Stop broadcast</source>
        <translation>停止直播</translation>
    </message>
    <message>
        <source>Microphone</source>
        <translation>麦克风</translation>
    </message>
    <message>
        <source>Record to MP4</source>
        <translation>录制为 MP4</translation>
    </message>
    <message>
        <source>Clear drawings</source>
        <translation>清除标绘</translation>
    </message>
    <message>
        <source>Watch link…</source>
        <translation>观看链接…</translation>
    </message>
    <message>
        <source>A one-time link for someone without the workstation to watch in a web browser</source>
        <translation>一次性链接：供没有工作站的人在网页浏览器中观看</translation>
    </message>
    <message>
        <source>Preview: what the viewers see</source>
        <translation>预览：观众看到的画面</translation>
    </message>
    <message>
        <source>Viewers</source>
        <translation>观众</translation>
    </message>
    <message>
        <source>Allow drawing</source>
        <translation>允许标绘</translation>
    </message>
    <message>
        <source>Allow speaking</source>
        <translation>允许发言</translation>
    </message>
    <message>
        <source>Raised hands</source>
        <translation>举手</translation>
    </message>
    <message>
        <source>Questions</source>
        <translation>提问</translation>
    </message>
    <message>
        <source>Mark answered</source>
        <translation>标记为已回答</translation>
    </message>
    <message>
        <source>A video file</source>
        <translation>选择视频文件</translation>
    </message>
    <message>
        <source>Video (*.mp4 *.mkv *.mov *.avi *.webm *.ts);;All files (*)</source>
        <translation>视频 (*.mp4 *.mkv *.mov *.avi *.webm *.ts);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Stream URL</source>
        <translation>流媒体地址</translation>
    </message>
    <message>
        <source>rtsp://, http:// or udp:// address of the stream</source>
        <translation>流媒体的 rtsp://、http:// 或 udp:// 地址</translation>
    </message>
    <message>
        <source>No reading-room window: the 3-D view cannot be broadcast</source>
        <translation>没有阅片窗口：无法直播三维视图</translation>
    </message>
    <message>
        <source>Cannot use %1: no such file</source>
        <translation>无法使用 %1：文件不存在</translation>
    </message>
    <message>
        <source>Opening %1…</source>
        <translation>正在打开 %1…</translation>
    </message>
    <message>
        <source>Broadcasting %1</source>
        <translation>正在直播 %1</translation>
    </message>
    <message>
        <source>No camera: %1</source>
        <translation>无摄像头：%1</translation>
    </message>
    <message>
        <source>The source could not be opened, the previous one stays: %1</source>
        <translation>无法打开该信号源，保留之前的信号源：%1</translation>
    </message>
    <message>
        <source>The source could not be opened: %1 — choose another</source>
        <translation>无法打开该信号源：%1 — 请选择其他信号源</translation>
    </message>
    <message>
        <source>The last broadcast is still stopping; try again in a moment</source>
        <translation>上一场直播仍在停止中，请稍后再试</translation>
    </message>
    <message>
        <source>Surgical demonstration</source>
        <translation>手术演示</translation>
    </message>
    <message>
        <source>Cannot go live: the title is too long (%1 characters, at most %2)</source>
        <extracomment>What the studio session says (comms.studio.Notice codes), in the studio&apos;s translation context.</extracomment>
        <translation>无法开始直播：标题过长（%1 个字符，最多 %2 个）</translation>
    </message>
    <message>
        <source>Cannot go live: %1</source>
        <translation>无法开始直播：%1</translation>
    </message>
    <message>
        <source>Live: %1</source>
        <translation>直播中：%1</translation>
    </message>
    <message>
        <source>Recording to %1</source>
        <translation>正在录制到 %1</translation>
    </message>
    <message>
        <source>Broadcasting without sound: %1</source>
        <translation>无声音直播：%1</translation>
    </message>
    <message>
        <source>The broadcast has stopped</source>
        <translation>直播已停止</translation>
    </message>
    <message>
        <source>Record the broadcast to</source>
        <translation>将直播录制到</translation>
    </message>
    <message>
        <source>MP4 video (*.mp4)</source>
        <translation>MP4 视频 (*.mp4)</translation>
    </message>
    <message>
        <source>a recording of that name already exists</source>
        <translation>同名录像已存在</translation>
    </message>
    <message>
        <source>Cannot record to %1: %2</source>
        <translation>无法录制到 %1：%2</translation>
    </message>
    <message>
        <source>Will record to %1 when live</source>
        <translation>开始直播后将录制到 %1</translation>
    </message>
    <message>
        <source>Cannot record: %1</source>
        <translation>无法录制：%1</translation>
    </message>
    <message>
        <source>The recording stopped: %1</source>
        <translation>录制已中止：%1</translation>
    </message>
    <message>
        <source>Recording saved: %1</source>
        <translation>录像已保存：%1</translation>
    </message>
    <message>
        <source>may draw</source>
        <translation>可标绘</translation>
    </message>
    <message>
        <source>may speak</source>
        <translation>可发言</translation>
    </message>
    <message>
        <source>hand raised</source>
        <translation>已举手</translation>
    </message>
    <message>
        <source>Stop drawing</source>
        <translation>停止标绘</translation>
    </message>
    <message>
        <source>Stop speaking</source>
        <translation>停止发言</translation>
    </message>
    <message numerus="yes">
        <source>%n viewer(s)</source>
        <translation>
            <numerusform>%n 位观众</numerusform>
        </translation>
    </message>
    <message>
        <source>REC</source>
        <translation>录制中</translation>
    </message>
</context>
<context>
    <name>BroadcastViewer</name>
    <message>
        <source>Live surgical demonstrations</source>
        <translation>手术演示直播</translation>
    </message>
    <message>
        <source>Watch</source>
        <translation>观看</translation>
    </message>
    <message>
        <source>Waiting for the surgeon&apos;s picture…</source>
        <translation>正在等待术者画面…</translation>
    </message>
    <message>
        <source>Raise hand</source>
        <translation>举手</translation>
    </message>
    <message>
        <source>Speak</source>
        <translation>发言</translation>
    </message>
    <message>
        <source>Leave</source>
        <translation>离开</translation>
    </message>
    <message>
        <source>Ask the surgeon…</source>
        <translation>向术者提问…</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>发送</translation>
    </message>
    <message>
        <source>LIVE</source>
        <translation>直播中</translation>
    </message>
    <message>
        <source>ended</source>
        <translation>已结束</translation>
    </message>
    <message>
        <source>No picture or sound: %1</source>
        <translation>无画面和声音：%1</translation>
    </message>
    <message>
        <source>Lower hand</source>
        <translation>放下手</translation>
    </message>
    <message>
        <source>No microphone: %1</source>
        <translation>无麦克风：%1</translation>
    </message>
    <message>
        <source>Broadcast</source>
        <translation>直播</translation>
    </message>
    <message>
        <source>not live</source>
        <translation>未直播</translation>
    </message>
    <message>
        <source>you may draw on the picture</source>
        <translation>您可以在画面上标绘</translation>
    </message>
    <message>
        <source>you may speak</source>
        <translation>您可以发言</translation>
    </message>
    <message>
        <source>No picture for %1 s</source>
        <translation>已 %1 秒无画面</translation>
    </message>
</context>
<context>
    <name>CameraPage</name>
    <message>
        <source>Camera</source>
        <translation>摄像头</translation>
    </message>
    <message>
        <source>Check again</source>
        <translation>重新检查</translation>
    </message>
    <message>
        <source>Camera for calls:</source>
        <translation>通话使用的摄像头：</translation>
    </message>
    <message>
        <source>The first camera</source>
        <translation>第一个摄像头</translation>
    </message>
    <message>
        <source>Looking for a camera…</source>
        <translation>正在查找摄像头…</translation>
    </message>
    <message>
        <source>No camera found (%1). Everything else works without one: reading studies, consults with voice, watching broadcasts. To send video, connect a camera and check again.</source>
        <translation>未找到摄像头（%1）。没有摄像头，其他功能都可正常使用：阅片、语音会诊、观看直播。如需发送视频，请连接摄像头后重新检查。</translation>
    </message>
    <message>
        <source>no camera</source>
        <translation>无摄像头</translation>
    </message>
    <message>
        <source>Camera 0 works: %1 × %2 pixels.</source>
        <translation>摄像头 0 工作正常：%1 × %2 像素。</translation>
    </message>
</context>
<context>
    <name>CataloguePage</name>
    <message>
        <source>&lt;b&gt;Cohorts&lt;/b&gt;</source>
        <translation>&lt;b&gt;培训班&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Enrol</source>
        <translation>报名</translation>
    </message>
    <message>
        <source>Cohort code from your coordinator</source>
        <translation>协调员提供的培训班代码</translation>
    </message>
    <message>
        <source>Enrol by code</source>
        <translation>凭代码报名</translation>
    </message>
    <message>
        <source>&lt;b&gt;Courses&lt;/b&gt;</source>
        <translation>&lt;b&gt;课程&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>打开</translation>
    </message>
    <message>
        <source>Download and install</source>
        <translation>下载并安装</translation>
    </message>
    <message>
        <source>Install from file…</source>
        <translation>从文件安装…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>v%1 installed</source>
        <translation>已安装 v%1</translation>
    </message>
    <message>
        <source>completed</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>未通过</translation>
    </message>
    <message>
        <source>%1/%2 lessons</source>
        <translation>%1/%2 课时</translation>
    </message>
    <message>
        <source>v%1 available</source>
        <translation>可获取 v%1</translation>
    </message>
    <message>
        <source>v%1 available · %2 MB</source>
        <translation>可获取 v%1 · %2 MB</translation>
    </message>
    <message>
        <source>Install a course package</source>
        <translation>安装课程包</translation>
    </message>
    <message>
        <source>Course packages (*.silkcourse);;All files (*)</source>
        <translation>课程包 (*.silkcourse);;所有文件 (*)</translation>
    </message>
</context>
<context>
    <name>CompareView</name>
    <message>
        <source>Compare with prior</source>
        <translation>与既往检查对比</translation>
    </message>
    <message>
        <source>Link W/L</source>
        <translation>联动窗宽窗位</translation>
    </message>
    <message>
        <source>Pair these slices</source>
        <translation>配对这两个层面</translation>
    </message>
    <message>
        <source>The two slices shown are the same anatomy: scroll them together from now on</source>
        <translation>所显示的两个层面为同一解剖部位：此后一同滚动</translation>
    </message>
    <message>
        <source>Unpair</source>
        <translation>取消配对</translation>
    </message>
    <message>
        <source>One of the two studies has no series.</source>
        <translation>两个检查之一没有序列。</translation>
    </message>
    <message>
        <source>Choose another series to compare with.</source>
        <translation>请选择另一个序列进行对比。</translation>
    </message>
    <message>
        <source>The series %1 is not in the catalog.</source>
        <translation>序列 %1 不在检查目录中。</translation>
    </message>
    <message>
        <source>Compare with prior shows series of slices (CT, MR, PET…); this series holds separate images: open it on its own.</source>
        <translation>与既往检查对比用于层面序列（CT、MR、PET…）；此序列为独立图像：请单独打开。</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>正在加载…</translation>
    </message>
    <message>
        <source>Could not open the prior series: %1</source>
        <translation>无法打开既往序列：%1</translation>
    </message>
    <message>
        <source>The prior series holds no images.</source>
        <translation>既往序列中没有图像。</translation>
    </message>
    <message>
        <source>Current: %1</source>
        <translation>当前：%1</translation>
    </message>
    <message>
        <source>Prior: %1</source>
        <translation>既往：%1</translation>
    </message>
    <message>
        <source>Scrolling together by patient position (same frame of reference).</source>
        <translation>按患者体位一同滚动（相同参考坐标系）。</translation>
    </message>
    <message>
        <source>Different frame of reference: scroll each side to the same anatomy, then Pair these slices.</source>
        <translation>参考坐标系不同：请将两侧分别滚动到同一解剖部位，然后点击“配对这两个层面”。</translation>
    </message>
    <message>
        <source>Paired: scrolling together (prior %1 mm).</source>
        <translation>已配对：一同滚动（既往 %1 mm）。</translation>
    </message>
</context>
<context>
    <name>ComposeDialog</name>
    <message>
        <source>Send referral</source>
        <translation>发送转诊</translation>
    </message>
    <message>
        <source>Attach…</source>
        <translation>添加附件…</translation>
    </message>
    <message>
        <source>Specialty</source>
        <translation>专科</translation>
    </message>
    <message>
        <source>Urgency</source>
        <translation>紧急程度</translation>
    </message>
    <message>
        <source>Clinical question</source>
        <translation>临床问题</translation>
    </message>
    <message>
        <source>History</source>
        <translation>病史</translation>
    </message>
    <message>
        <source>Answer in</source>
        <translation>回复语言</translation>
    </message>
    <message>
        <source>Attachments (you confirm they identify no one)</source>
        <translation>附件（您确认其中不含可识别身份的信息）</translation>
    </message>
    <message>
        <source>Attach</source>
        <translation>添加附件</translation>
    </message>
    <message>
        <source>A specialty and a clinical question are needed.</source>
        <translation>需要填写专科和临床问题。</translation>
    </message>
</context>
<context>
    <name>ConsultController</name>
    <message>
        <source>Video call unavailable: %1</source>
        <translation>视频通话不可用：%1</translation>
    </message>
    <message>
        <source>You stopped following the presenter to look around alone. Tick &quot;Follow the presenter&quot; in the consult panel to rejoin.</source>
        <translation>您已停止跟随主讲人，正在独自浏览。在会诊面板中勾选“跟随主讲人”即可重新加入。</translation>
    </message>
    <message>
        <source>The presenter&apos;s case is not downloaded yet: Download cases</source>
        <translation>主讲人的病例尚未下载：请点击“下载病例”</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>共享</translation>
    </message>
    <message>
        <source>Open the study to share first.</source>
        <translation>请先打开要共享的检查。</translation>
    </message>
    <message>
        <source>Sharing</source>
        <translation>正在共享</translation>
    </message>
    <message>
        <source>Case shared (de-identified)</source>
        <translation>病例已共享（已去标识化）</translation>
    </message>
    <message>
        <source>Burned-in text?</source>
        <translation>图像内嵌文字？</translation>
    </message>
    <message>
        <source>Some images may show patient details burned into the pixels. Look at them before sending. Send them anyway?</source>
        <translation>部分图像的像素中可能嵌有患者信息。发送前请先查看。仍要发送吗？</translation>
    </message>
    <message>
        <source>Could not share the case</source>
        <translation>无法共享病例</translation>
    </message>
    <message>
        <source>Downloading cases</source>
        <translation>正在下载病例</translation>
    </message>
    <message>
        <source>Could not download the cases</source>
        <translation>无法下载病例</translation>
    </message>
    <message>
        <source>Download the case first</source>
        <translation>请先下载该病例</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <source>Open the case&apos;s series first.</source>
        <translation>请先打开该病例的序列。</translation>
    </message>
    <message>
        <source>Exporting</source>
        <translation>正在导出</translation>
    </message>
    <message>
        <source>Written: %1</source>
        <translation>已写入：%1</translation>
    </message>
    <message>
        <source>Send to PACS</source>
        <translation>发送到 PACS</translation>
    </message>
    <message>
        <source>No PACS is configured: add one to the settings (pacs_nodes).</source>
        <translation>尚未配置 PACS：请在设置中添加（pacs_nodes）。</translation>
    </message>
    <message>
        <source>Export the case first (Report + SR…).</source>
        <translation>请先导出病例（报告 + SR…）。</translation>
    </message>
    <message>
        <source>Sending to PACS</source>
        <translation>正在发送到 PACS</translation>
    </message>
    <message>
        <source>Could not send to the PACS</source>
        <translation>无法发送到 PACS</translation>
    </message>
    <message>
        <source>Could not export the case</source>
        <translation>无法导出病例</translation>
    </message>
</context>
<context>
    <name>ConsultPanel</name>
    <message>
        <source>MDT consults</source>
        <translation>MDT 会诊</translation>
    </message>
    <message>
        <source>Join</source>
        <translation>加入</translation>
    </message>
    <message>
        <source>New consult…</source>
        <translation>新建会诊…</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>申请主讲</translation>
    </message>
    <message>
        <source>Take</source>
        <translation>接管主讲</translation>
    </message>
    <message>
        <source>Hand over</source>
        <translation>移交主讲</translation>
    </message>
    <message>
        <source>Release</source>
        <translation>放弃主讲</translation>
    </message>
    <message>
        <source>Voice</source>
        <translation>语音</translation>
    </message>
    <message>
        <source>Mute my microphone</source>
        <translation>关闭我的麦克风</translation>
    </message>
    <message>
        <source>Video call</source>
        <translation>视频通话</translation>
    </message>
    <message>
        <source>Follow the presenter</source>
        <translation>跟随主讲人</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>病例</translation>
    </message>
    <message>
        <source>Share open study</source>
        <translation>共享当前检查</translation>
    </message>
    <message>
        <source>Download cases</source>
        <translation>下载病例</translation>
    </message>
    <message>
        <source>Chat</source>
        <translation>聊天</translation>
    </message>
    <message>
        <source>Message…</source>
        <translation>消息…</translation>
    </message>
    <message>
        <source>Conclusion of the open case</source>
        <translation>当前病例的会诊结论</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>所见</translation>
    </message>
    <message>
        <source>Diagnosis</source>
        <translation>诊断</translation>
    </message>
    <message>
        <source>Recommendation</source>
        <translation>建议</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>随访</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>负责医师</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>Save conclusion</source>
        <translation>保存结论</translation>
    </message>
    <message>
        <source>Leave</source>
        <translation>离开</translation>
    </message>
    <message>
        <source>End consult</source>
        <translation>结束会诊</translation>
    </message>
    <message>
        <source>Report + SR…</source>
        <translation>报告 + SR…</translation>
    </message>
    <message>
        <source>Key images as DICOM</source>
        <translation>关键图像存为 DICOM</translation>
    </message>
    <message>
        <source>Also write the annotated key images as secondary captures for the PACS (referenced by the key object selection)</source>
        <translation>同时将带标注的关键图像写成二次采集图像供 PACS 使用（由关键对象选择文档引用）</translation>
    </message>
    <message>
        <source>Send to PACS</source>
        <translation>发送到 PACS</translation>
    </message>
    <message>
        <source>Send the exported SR and key images to the PACS chosen in the PACS tab</source>
        <translation>将导出的 SR 和关键图像发送到 PACS 标签页中选择的 PACS</translation>
    </message>
    <message>
        <source>Your role (%1) does not take part in MDT consults.</source>
        <translation>您的角色（%1）不参加 MDT 会诊。</translation>
    </message>
    <message>
        <source>MDT consult</source>
        <translation>MDT 会诊</translation>
    </message>
    <message>
        <source>Consult</source>
        <translation>会诊</translation>
    </message>
    <message>
        <source>ended</source>
        <translation>已结束</translation>
    </message>
    <message>
        <source>left</source>
        <translation>已离开</translation>
    </message>
    <message>
        <source>Looking around alone — tick to rejoin the presenter</source>
        <translation>正在独立浏览 — 勾选以重新跟随主讲人</translation>
    </message>
    <message>
        <source>downloaded</source>
        <translation>已下载</translation>
    </message>
    <message>
        <source>shared</source>
        <translation>已共享</translation>
    </message>
    <message>
        <source>not shared yet</source>
        <translation>尚未共享</translation>
    </message>
    <message>
        <source>No conclusion yet.</source>
        <translation>尚无结论。</translation>
    </message>
    <message>
        <source>Version %1, written in %2 by %3</source>
        <translation>第 %1 版，由 %3 以%2撰写</translation>
    </message>
    <message>
        <source>%1 speaking</source>
        <translation>%1 人正在发言</translation>
    </message>
    <message>
        <source>Select a participant first.</source>
        <translation>请先选择一位参会者。</translation>
    </message>
    <message>
        <source>Folder for the report, the SR and the key images</source>
        <translation>报告、SR 和关键图像的文件夹</translation>
    </message>
</context>
<context>
    <name>CoordinatorPage</name>
    <message>
        <source>Cohort</source>
        <translation>培训班</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>导出 CSV…</translation>
    </message>
    <message>
        <source>Trainee</source>
        <translation>学员</translation>
    </message>
    <message>
        <source>Hospital</source>
        <translation>医院</translation>
    </message>
    <message>
        <source>Course</source>
        <translation>课程</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Lessons</source>
        <translation>课时</translation>
    </message>
    <message>
        <source>Quiz attempts</source>
        <translation>测验次数</translation>
    </message>
    <message>
        <source>Best quiz</source>
        <translation>最佳测验成绩</translation>
    </message>
    <message>
        <source>Course score</source>
        <translation>课程得分</translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation>证书</translation>
    </message>
    <message>
        <source>Last activity</source>
        <translation>最近活动</translation>
    </message>
    <message>
        <source>completed</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>未通过</translation>
    </message>
    <message>
        <source>in progress</source>
        <translation>进行中</translation>
    </message>
    <message>
        <source>registered</source>
        <translation>已注册</translation>
    </message>
    <message>
        <source>&lt;b&gt;Hardest questions&lt;/b&gt;</source>
        <translation>&lt;b&gt;最难的题目&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>题目</translation>
    </message>
    <message>
        <source>Answers</source>
        <translation>作答次数</translation>
    </message>
    <message>
        <source>Correct</source>
        <translation>正确</translation>
    </message>
    <message>
        <source>— choose a cohort —</source>
        <translation>— 选择培训班 —</translation>
    </message>
    <message>
        <source>Reading the cohort&apos;s progress…</source>
        <translation>正在读取培训班进度…</translation>
    </message>
    <message>
        <source>enrolled, not started</source>
        <translation>已报名，未开始</translation>
    </message>
    <message numerus="yes">
        <source>%n trainee(s)</source>
        <translation>
            <numerusform>%n 名学员</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 completed</source>
        <translation>%1 人已完成</translation>
    </message>
    <message numerus="yes">
        <source>%n statement(s) received</source>
        <translation>
            <numerusform>已收到 %n 条学习记录</numerusform>
        </translation>
    </message>
    <message>
        <source>Export cohort progress</source>
        <translation>导出培训班进度</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>Export failed: %1</source>
        <translation>导出失败：%1</translation>
    </message>
</context>
<context>
    <name>CoreMessages</name>
    <message>
        <source>camera %1: cannot open video device (no camera at index %1 or it is in use)</source>
        <extracomment>The sentences of the core&apos;s error codes (workstation.errors), in the interface language.</extracomment>
        <translation>摄像头 %1：无法打开视频设备（索引 %1 处没有摄像头，或摄像头正被占用）</translation>
    </message>
    <message>
        <source>camera %1: no frame (device disconnected?)</source>
        <translation>摄像头 %1：没有画面（设备已断开？）</translation>
    </message>
    <message>
        <source>the hub refused this key (not enrolled or revoked)</source>
        <translation>中心拒绝了此密钥（未注册或已被吊销）</translation>
    </message>
    <message>
        <source>secure handshake with the hub failed (wrong hub key?)</source>
        <translation>与中心的安全握手失败（中心密钥错误？）</translation>
    </message>
    <message>
        <source>cannot create room %1: not connected to the hub</source>
        <translation>无法创建会议室 %1：未连接到中心</translation>
    </message>
    <message>
        <source>not a DICOM file</source>
        <translation>不是 DICOM 文件</translation>
    </message>
    <message>
        <source>empty file</source>
        <translation>空文件</translation>
    </message>
    <message>
        <source>no such file or folder</source>
        <translation>没有该文件或文件夹</translation>
    </message>
    <message>
        <source>unsafe path inside the zip</source>
        <translation>zip 包内的路径不安全</translation>
    </message>
    <message>
        <source>cannot be shown: an image without pixel data</source>
        <translation>无法显示：图像没有像素数据</translation>
    </message>
    <message>
        <source>cannot be shown: the decoder for %1 is not installed</source>
        <translation>无法显示：未安装 %1 的解码器</translation>
    </message>
    <message>
        <source>cannot be shown: unknown transfer syntax %1</source>
        <translation>无法显示：未知的传输语法 %1</translation>
    </message>
    <message>
        <source>truncated: pixel data needs %1 bytes, the file holds %2</source>
        <translation>文件被截断：像素数据需要 %1 字节，文件只有 %2 字节</translation>
    </message>
    <message>
        <source>incomplete DICOM header (truncated?): missing %1</source>
        <translation>DICOM 文件头不完整（文件被截断？）：缺少 %1</translation>
    </message>
    <message>
        <source>cannot read: %1</source>
        <translation>无法读取：%1</translation>
    </message>
    <message>
        <source>cannot copy into the catalog: %1</source>
        <translation>无法复制到检查目录：%1</translation>
    </message>
    <message>
        <source>unknown value representation %1 in %2</source>
        <translation>未知的值表示（VR）%1，位于 %2</translation>
    </message>
    <message>
        <source>truncated or corrupt: %1 claims %2 bytes, the file holds %3 after it</source>
        <translation>文件被截断或损坏：%1 声明有 %2 字节，但其后文件只有 %3 字节</translation>
    </message>
    <message>
        <source>unreadable element %1: %2 bytes is not a whole number of %3 values (%4 bytes each)</source>
        <translation>无法读取的数据元素 %1：%2 字节不是 %3 值（每个 %4 字节）的整数倍</translation>
    </message>
    <message>
        <source>unreadable element %1: %2</source>
        <translation>无法读取的数据元素 %1：%2</translation>
    </message>
    <message>
        <source>cannot be shown: invalid image header (%1)</source>
        <translation>无法显示：图像头信息无效（%1）</translation>
    </message>
    <message>
        <source>cannot be shown: the file does not say how its pixel data is encoded (no transfer syntax)</source>
        <translation>无法显示：文件未说明像素数据的编码方式（无传输语法）</translation>
    </message>
    <message>
        <source>cannot be shown: no decoder for pixel data in %1</source>
        <translation>无法显示：没有 %1 像素数据的解码器</translation>
    </message>
    <message>
        <source>cannot be shown: the first frame does not decode (%1)</source>
        <translation>无法显示：第一帧无法解码（%1）</translation>
    </message>
    <message>
        <source>cannot be shown: the first frame decodes to shape %1, the header says %2 rows x %3 columns</source>
        <translation>无法显示：第一帧解码后的形状为 %1，而头信息为 %2 行 × %3 列</translation>
    </message>
    <message>
        <source>corrupt: the pixel data cannot be located in the file</source>
        <translation>文件损坏：无法在文件中找到像素数据</translation>
    </message>
    <message>
        <source>corrupt: compressed (undefined length) pixel data in %1</source>
        <translation>文件损坏：%1 中出现压缩（未定义长度）的像素数据</translation>
    </message>
    <message>
        <source>truncated: the compressed pixel data ends before its delimiter</source>
        <translation>文件被截断：压缩像素数据在其分隔符之前结束</translation>
    </message>
    <message>
        <source>corrupt: invalid item in the compressed pixel data</source>
        <translation>文件损坏：压缩像素数据中有无效的数据项</translation>
    </message>
    <message>
        <source>truncated: a compressed frame runs past the end of the file</source>
        <translation>文件被截断：一个压缩帧超出了文件末尾</translation>
    </message>
    <message>
        <source>corrupt: %1 pixel data must be encapsulated (undefined length)</source>
        <translation>文件损坏：%1 像素数据必须为封装格式（未定义长度）</translation>
    </message>
    <message>
        <source>truncated: pixel data holds %1 bytes, the image needs %2</source>
        <translation>文件被截断：像素数据只有 %1 字节，图像需要 %2 字节</translation>
    </message>
    <message>
        <source>corrupt: pixel data holds %1 bytes, Rows x Columns x frames x samples x bits need %2</source>
        <translation>文件损坏：像素数据有 %1 字节，而 行 × 列 × 帧 × 样本 × 位 需要 %2 字节</translation>
    </message>
    <message>
        <source>truncated or corrupt: %1</source>
        <translation>文件被截断或损坏：%1</translation>
    </message>
    <message>
        <source>truncated: %1</source>
        <translation>文件被截断：%1</translation>
    </message>
    <message>
        <source>corrupt header: %1</source>
        <translation>文件头损坏：%1</translation>
    </message>
    <message>
        <source>corrupt file meta header: %1 found inside the dataset</source>
        <translation>文件元信息头损坏：在数据集中发现了 %1</translation>
    </message>
    <message>
        <source>corrupt pixel data: %1</source>
        <translation>像素数据损坏：%1</translation>
    </message>
    <message>
        <source>a DICOMDIR index, not an image (import its folder or the DICOMDIR itself)</source>
        <translation>这是 DICOMDIR 索引，不是图像（请导入其所在文件夹或 DICOMDIR 本身）</translation>
    </message>
    <message>
        <source>unreadable: %1</source>
        <translation>无法读取：%1</translation>
    </message>
    <message>
        <source>could not be imported: %1</source>
        <translation>无法导入：%1</translation>
    </message>
    <message>
        <source>cannot unzip: %1</source>
        <translation>无法解压：%1</translation>
    </message>
    <message>
        <source>damaged zip: %1</source>
        <translation>zip 文件已损坏：%1</translation>
    </message>
    <message>
        <source>unreadable DICOMDIR: %1</source>
        <translation>无法读取的 DICOMDIR：%1</translation>
    </message>
    <message>
        <source>listed in the DICOMDIR but missing</source>
        <translation>DICOMDIR 中列出但文件不存在</translation>
    </message>
    <message>
        <source>%1: not a readable DICOM file: %2</source>
        <translation>%1：不是可读取的 DICOM 文件：%2</translation>
    </message>
    <message>
        <source>%1: no single SOP Instance UID</source>
        <translation>%1：没有唯一的 SOP Instance UID</translation>
    </message>
    <message>
        <source>%1: cannot be de-identified: %2</source>
        <translation>%1：无法去标识：%2</translation>
    </message>
    <message>
        <source>%1: its SOP Instance UID %2 is that of %3, already written from %4 with different content; one SOP Instance UID names one object, so it is not written: correct the UID at the source and send it again</source>
        <translation>%1：其 SOP Instance UID %2 与已由 %4 写入、内容不同的 %3 相同；一个 SOP Instance UID 只能指代一个对象，因此未写入：请在来源处更正 UID 后重新发送</translation>
    </message>
    <message>
        <source>%1: its SOP Instance UID %2 is that of %3, already written by an earlier run with different content; one SOP Instance UID names one object, so it is not written: correct the UID at the source and send it again</source>
        <translation>%1：其 SOP Instance UID %2 与之前一次运行已写入、内容不同的 %3 相同；一个 SOP Instance UID 只能指代一个对象，因此未写入：请在来源处更正 UID 后重新发送</translation>
    </message>
    <message>
        <source>the file is truncated: %1</source>
        <translation>文件被截断：%1</translation>
    </message>
    <message>
        <source>an encapsulated document (PDF, CDA, ...): its content is sent as it is, not de-identified</source>
        <translation>封装文档（PDF、CDA 等）：其内容将按原样发送，不会去标识</translation>
    </message>
    <message>
        <source>BurnedInAnnotation is YES: the image has text burned into its pixels</source>
        <translation>BurnedInAnnotation 为 YES：图像像素中含有烧录的文字</translation>
    </message>
    <message>
        <source>BurnedInAnnotation is absent and this is %1, which often shows patient details in its pixels</source>
        <translation>缺少 BurnedInAnnotation，且这是 %1，其像素中常含有患者信息</translation>
    </message>
    <message>
        <source>nothing could be de-identified (%1)</source>
        <translation>没有任何文件能去标识（%1）</translation>
    </message>
    <message>
        <source>sharing cancelled</source>
        <translation>已取消共享</translation>
    </message>
    <message>
        <source>%1 is not invited to %2 room %3</source>
        <translation>%1 未受邀加入 %2 会议室 %3</translation>
    </message>
    <message>
        <source>role %1 may not join %2 room %3</source>
        <translation>角色 %1 不能加入 %2 会议室 %3</translation>
    </message>
    <message>
        <source>role %1 may not create %2 room %3</source>
        <translation>角色 %1 不能创建 %2 会议室 %3</translation>
    </message>
    <message>
        <source>role %1 may not publish %2</source>
        <translation>角色 %1 不能发布 %2</translation>
    </message>
    <message>
        <source>no such room %1</source>
        <translation>没有会议室 %1</translation>
    </message>
    <message>
        <source>not a member of room %1</source>
        <translation>不是会议室 %1 的成员</translation>
    </message>
    <message>
        <source>you were removed from %1 by %2</source>
        <translation>您已被 %2 移出 %1</translation>
    </message>
    <message>
        <source>only the creator of %1 or a moderator may publish %2</source>
        <translation>只有 %1 的创建者或主持人可以发布 %2</translation>
    </message>
    <message>
        <source>only the creator of %1 or a moderator may list it in %2</source>
        <translation>只有 %1 的创建者或主持人可以将其列入 %2</translation>
    </message>
    <message>
        <source>only the creator of %1 or a moderator may change who enters it</source>
        <translation>只有 %1 的创建者或主持人可以更改谁能进入</translation>
    </message>
    <message>
        <source>only the hub publishes %1</source>
        <translation>只有中心可以发布 %1</translation>
    </message>
    <message>
        <source>%1: only a consultant of %2 may publish %3</source>
        <translation>%1：只有 %2 的会诊医师可以发布 %3</translation>
    </message>
    <message>
        <source>%1: only the referring hospital may publish %2</source>
        <translation>%1：只有转诊医院可以发布 %2</translation>
    </message>
    <message>
        <source>%1 in %2: a room admits at most %3 users, hospitals and roles in all (invite a hospital or a role)</source>
        <translation>%2 中的 %1：一个会议室总共最多接纳 %3 个用户、医院和角色（请邀请一家医院或一个角色）</translation>
    </message>
    <message>
        <source>no such broadcast</source>
        <translation>没有这个直播</translation>
    </message>
    <message>
        <source>a %1 may not hand out watch links: ask the surgeon or a coordinator</source>
        <translation>%1 不能分发观看链接：请联系术者或协调员</translation>
    </message>
    <message>
        <source>your clock differs from the hub&apos;s</source>
        <translation>您的时钟与中心的时钟不一致</translation>
    </message>
    <message>
        <source>refused by the hub: %1</source>
        <translation>被中心拒绝：%1</translation>
    </message>
    <message>
        <source>… and %1 more</source>
        <translation>… 另有 %1 个</translation>
    </message>
</context>
<context>
    <name>CoursesController</name>
    <message>
        <source>This workstation is not enrolled at a hub: courses can only be installed from files</source>
        <translation>本工作站未在中心注册：只能从文件安装课程</translation>
    </message>
    <message>
        <source>%1 is not a cohort code: it looks like cohort-3f2a9c… (ask your coordinator)</source>
        <translation>%1 不是培训班代码：代码形如 cohort-3f2a9c…（请询问协调员）</translation>
    </message>
    <message>
        <source>Already enrolled in %1</source>
        <translation>已报名 %1</translation>
    </message>
    <message>
        <source>Enrolment</source>
        <translation>报名</translation>
    </message>
    <message>
        <source>Enrolled in %1</source>
        <translation>已报名 %1</translation>
    </message>
    <message>
        <source>Enrolled in %1: the hub hears of it when the link is back</source>
        <translation>已报名 %1：连接恢复后将通知中心</translation>
    </message>
    <message>
        <source>Cohort %1: %2</source>
        <translation>培训班 %1：%2</translation>
    </message>
    <message>
        <source>The link is back: resuming the download</source>
        <translation>连接已恢复：继续下载</translation>
    </message>
    <message>
        <source>Reading the installed courses</source>
        <translation>正在读取已安装的课程</translation>
    </message>
    <message>
        <source>%1 is not published in your cohorts</source>
        <translation>%1 未在您的培训班中发布</translation>
    </message>
    <message>
        <source>A download is already running</source>
        <translation>已有下载正在进行</translation>
    </message>
    <message>
        <source>Downloading %1</source>
        <translation>正在下载 %1</translation>
    </message>
    <message>
        <source>Download of %1 paused: what was received is kept, Download resumes it</source>
        <translation>%1 的下载已暂停：已接收的内容会保留，再次下载即可继续</translation>
    </message>
    <message>
        <source>Download interrupted (%1): what was received is kept; it resumes when the link is back</source>
        <translation>下载中断（%1）：已接收的内容会保留；连接恢复后继续</translation>
    </message>
    <message>
        <source>Could not install the course: %1</source>
        <translation>无法安装课程：%1</translation>
    </message>
    <message>
        <source>Installing %1</source>
        <translation>正在安装 %1</translation>
    </message>
    <message>
        <source>Could not install %1: %2</source>
        <translation>无法安装 %1：%2</translation>
    </message>
    <message>
        <source>Installed %1 %2: it works offline</source>
        <translation>已安装 %1 %2：可离线使用</translation>
    </message>
    <message>
        <source>This course is not available in %1</source>
        <translation>本课程没有%1版本</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>Install the course first</source>
        <extracomment>Language names shown in the per-course language choice (each in its own language).</extracomment>
        <translation>请先安装课程</translation>
    </message>
    <message>
        <source>Opening the course</source>
        <translation>正在打开课程</translation>
    </message>
    <message>
        <source>Opening the lesson</source>
        <translation>正在打开课时</translation>
    </message>
    <message>
        <source>Completing the lesson</source>
        <translation>正在完成课时</translation>
    </message>
    <message>
        <source>Starting the attempt</source>
        <translation>正在开始作答</translation>
    </message>
    <message>
        <source>Click the finding in the viewer first</source>
        <translation>请先在阅片器中点击病灶</translation>
    </message>
    <message>
        <source>Choose an answer first</source>
        <translation>请先选择答案</translation>
    </message>
    <message>
        <source>%1: no such file</source>
        <translation>%1：文件不存在</translation>
    </message>
    <message>
        <source>Answer not taken: %1</source>
        <translation>答案未被接受：%1</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>病灶</translation>
    </message>
    <message>
        <source>Your answer</source>
        <translation>您的答案</translation>
    </message>
    <message>
        <source>Image questions are answered in the reading-room viewer</source>
        <translation>图像题需在阅片室的阅片器中作答</translation>
    </message>
    <message>
        <source>Opening the case in the viewer…</source>
        <translation>正在阅片器中打开病例…</translation>
    </message>
    <message>
        <source>Click in the case&apos;s series: it is being opened in the viewer</source>
        <translation>请在病例序列中点击：序列正在阅片器中打开</translation>
    </message>
    <message>
        <source>Open the course in the reading room to see the case</source>
        <translation>在阅片室中打开课程以查看病例</translation>
    </message>
    <message>
        <source>The case is open in the viewer</source>
        <translation>病例已在阅片器中打开</translation>
    </message>
    <message>
        <source>Importing the case: %1 of %2 images</source>
        <translation>正在导入病例：第 %1 / %2 幅图像</translation>
    </message>
    <message>
        <source>Could not open the case: %1</source>
        <translation>无法打开病例：%1</translation>
    </message>
    <message>
        <source>Unknown window preset %1: the series&apos; own window is kept</source>
        <translation>未知的窗宽窗位预设 %1：保留序列自身的窗宽窗位</translation>
    </message>
    <message>
        <source>Playing</source>
        <translation>正在播放</translation>
    </message>
    <message>
        <source>End of the video</source>
        <translation>视频已结束</translation>
    </message>
    <message>
        <source>Cannot play the video: %1</source>
        <translation>无法播放视频：%1</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>已暂停</translation>
    </message>
    <message>
        <source>The course is not completed yet</source>
        <translation>课程尚未完成</translation>
    </message>
    <message>
        <source>Certificate saved: %1</source>
        <translation>证书已保存：%1</translation>
    </message>
    <message>
        <source>Could not save the certificate: %1</source>
        <translation>无法保存证书：%1</translation>
    </message>
    <message>
        <source>Save certificate</source>
        <translation>保存证书</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Cohort progress</source>
        <translation>培训班进度</translation>
    </message>
    <message>
        <source>Choose a cohort first</source>
        <translation>请先选择培训班</translation>
    </message>
    <message>
        <source>Exported %1</source>
        <translation>已导出 %1</translation>
    </message>
</context>
<context>
    <name>CoursesPanel</name>
    <message>
        <source>Courses</source>
        <translation>课程</translation>
    </message>
    <message>
        <source>Lesson</source>
        <translation>课时</translation>
    </message>
    <message>
        <source>Cohort progress</source>
        <translation>培训班进度</translation>
    </message>
    <message>
        <source>Progress is kept on this workstation (no hub link)</source>
        <translation>学习进度保存在本工作站（未连接中心）</translation>
    </message>
    <message>
        <source>All progress synced</source>
        <translation>所有进度均已同步</translation>
    </message>
    <message numerus="yes">
        <source>%n statement(s) waiting to sync</source>
        <translation>
            <numerusform>%n 条学习记录等待同步</numerusform>
        </translation>
    </message>
    <message>
        <source>Courses are unavailable: %1</source>
        <translation>课程不可用：%1</translation>
    </message>
    <message>
        <source>(%1 not in any cohort: enrol in the course&apos;s cohort)</source>
        <translation>（%1 条不属于任何培训班：请报名该课程的培训班）</translation>
    </message>
    <message>
        <source>(offline: sent when the link is back)</source>
        <translation>（离线：连接恢复后发送）</translation>
    </message>
</context>
<context>
    <name>DevicesDialog</name>
    <message>
        <source>Devices for calls</source>
        <translation>通话设备</translation>
    </message>
    <message>
        <source>The devices video calls use. The system&apos;s default is used when the chosen one is not connected.</source>
        <translation>视频通话使用的设备。所选设备未连接时使用系统默认设备。</translation>
    </message>
    <message>
        <source>Camera</source>
        <translation>摄像头</translation>
    </message>
    <message>
        <source>Microphone</source>
        <translation>麦克风</translation>
    </message>
    <message>
        <source>Speaker</source>
        <translation>扬声器</translation>
    </message>
    <message>
        <source>The first camera</source>
        <translation>第一个摄像头</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>系统默认</translation>
    </message>
    <message>
        <source>%1 (not connected)</source>
        <translation>%1（未连接）</translation>
    </message>
    <message>
        <source>The devices could not be saved: %1</source>
        <translation>无法保存设备设置：%1</translation>
    </message>
    <message>
        <source>&amp;Devices…</source>
        <translation>设备(&amp;D)…</translation>
    </message>
</context>
<context>
    <name>DiscussDialog</name>
    <message>
        <source>Discuss in MDT</source>
        <translation>提交 MDT 讨论</translation>
    </message>
    <message>
        <source>New consult</source>
        <translation>新建会诊</translation>
    </message>
    <message>
        <source>Consult</source>
        <translation>会诊</translation>
    </message>
    <message>
        <source>Title of a new consult</source>
        <translation>新会诊的标题</translation>
    </message>
</context>
<context>
    <name>EnrolmentBundle</name>
    <message>
        <source>%1: no such file</source>
        <extracomment>The reasons an enrolment file is refused, translated where they are shown (:func:`_say`).</extracomment>
        <translation>%1：没有此文件</translation>
    </message>
    <message>
        <source>not a text file</source>
        <translation>不是文本文件</translation>
    </message>
    <message>
        <source>%1: not a readable enrolment bundle (%2)</source>
        <translation>%1：不是可读的注册文件（%2）</translation>
    </message>
    <message>
        <source>no JSON object</source>
        <translation>没有 JSON 对象</translation>
    </message>
    <message>
        <source>%1: format %2 is not a Silkbridge enrolment bundle</source>
        <translation>%1：格式 %2 不是 Silkbridge 注册文件</translation>
    </message>
    <message>
        <source>%1: %2 is not a CURVE key (40 Z85 characters); the file is damaged</source>
        <translation>%1：%2 不是 CURVE 密钥（40 个 Z85 字符）；文件已损坏</translation>
    </message>
    <message>
        <source>%1: hub_address %2 is not an address like tcp://host:port</source>
        <translation>%1：hub_address %2 不是形如 tcp://主机:端口 的地址</translation>
    </message>
    <message>
        <source>%1: user_id is empty</source>
        <translation>%1：user_id 为空</translation>
    </message>
</context>
<context>
    <name>EnrolmentPage</name>
    <message>
        <source>Your enrolment</source>
        <translation>您的注册</translation>
    </message>
    <message>
        <source>Your hub administrator gave you an enrolment file (.json). It connects this workstation to the hub in your name: choose it here.</source>
        <translation>中心的管理员给了您一个注册文件（.json）。它以您的名义将本工作站连接到中心：请在此选择该文件。</translation>
    </message>
    <message>
        <source>Enrolment file</source>
        <translation>注册文件</translation>
    </message>
    <message>
        <source>Choose file…</source>
        <translation>选择文件…</translation>
    </message>
    <message>
        <source>Choose your enrolment file</source>
        <translation>选择您的注册文件</translation>
    </message>
    <message>
        <source>Enrolment files (*.json);;All files (*)</source>
        <translation>注册文件 (*.json);;所有文件 (*)</translation>
    </message>
    <message>
        <source>This file cannot be used: %1</source>
        <translation>无法使用此文件：%1</translation>
    </message>
    <message>
        <source>Enrolled as %1 (%2), %3, %4. Hub: %5</source>
        <translation>已注册为 %1（%2），%3，%4。中心：%5</translation>
    </message>
</context>
<context>
    <name>FirstRunWizard</name>
    <message>
        <source>Silkbridge — first run</source>
        <translation>Silkbridge — 首次运行</translation>
    </message>
    <message>
        <source>&lt; &amp;Back</source>
        <translation>&lt; 上一步(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>下一步(&amp;N) &gt;</translation>
    </message>
    <message>
        <source>&amp;Finish</source>
        <translation>完成(&amp;F)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Could not save the enrolment: %1</source>
        <translation>无法保存注册信息：%1</translation>
    </message>
</context>
<context>
    <name>HubPage</name>
    <message>
        <source>Connection to the hub</source>
        <extracomment>seconds to wait for the hub&apos;s answer</extracomment>
        <translation>与中心的连接</translation>
    </message>
    <message>
        <source>Check again</source>
        <translation>重新检查</translation>
    </message>
    <message>
        <source>no answer from the hub within %1 s: check the address, this computer&apos;s network and the hospital&apos;s firewall</source>
        <translation>中心在 %1 秒内没有应答：请检查地址、本计算机的网络和医院的防火墙</translation>
    </message>
    <message>
        <source>Connecting to the hub at %1…</source>
        <translation>正在连接中心 %1…</translation>
    </message>
    <message>
        <source>Connected to the hub at %1. Round trip: %2 ms.</source>
        <translation>已连接到中心 %1。往返时间：%2 毫秒。</translation>
    </message>
    <message>
        <source>Could not connect to the hub at %1: %2. You can finish now and connect later.</source>
        <translation>无法连接到中心 %1：%2。您可以先完成设置，稍后再连接。</translation>
    </message>
</context>
<context>
    <name>ImageKinds</name>
    <message>
        <source>a projection radiograph</source>
        <translation>投影X线片</translation>
    </message>
    <message>
        <source>an X-ray angiography or fluoroscopy image</source>
        <translation>X线血管造影或透视图像</translation>
    </message>
    <message>
        <source>an ultrasound image</source>
        <translation>超声图像</translation>
    </message>
    <message>
        <source>a photograph (endoscopy, camera, microscopy)</source>
        <translation>照片（内镜、摄像头、显微镜）</translation>
    </message>
    <message>
        <source>a secondary capture, scan or document</source>
        <translation>二次采集图像、扫描件或文档</translation>
    </message>
</context>
<context>
    <name>LanguageMenu</name>
    <message>
        <source>&amp;Settings</source>
        <translation>设置(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <source>Interface language: %1</source>
        <translation>界面语言：%1</translation>
    </message>
</context>
<context>
    <name>LanguagePage</name>
    <message>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>The language of the interface (you can change it later in Settings → Language).</source>
        <translation>界面语言（以后可在“设置 → 语言”中更改）。</translation>
    </message>
</context>
<context>
    <name>LinkStates</name>
    <message>
        <source>connecting</source>
        <translation>连接中</translation>
    </message>
    <message>
        <source>online</source>
        <translation>在线</translation>
    </message>
    <message>
        <source>degraded</source>
        <translation>连接不稳定</translation>
    </message>
    <message>
        <source>offline</source>
        <translation>离线</translation>
    </message>
    <message>
        <source>refused</source>
        <translation>被拒绝</translation>
    </message>
    <message>
        <source>revoked</source>
        <translation>已吊销</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Me</source>
        <extracomment>the consult&apos;s call (ui.consult.videocall.VideoCallLauncher, WebRTC through the hub&apos;s Janus): voice only (``Voice``, no window) or with cameras (``Video call``, its own window)</extracomment>
        <translation>我</translation>
    </message>
    <message>
        <source>Silkbridge — reading room</source>
        <translation>Silkbridge — 阅片室</translation>
    </message>
    <message>
        <source>Studies</source>
        <translation>检查</translation>
    </message>
    <message>
        <source>PACS</source>
        <translation>PACS</translation>
    </message>
    <message>
        <source>Reading</source>
        <translation>阅片</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>导入…</translation>
    </message>
    <message>
        <source> Layout </source>
        <translation> 布局 </translation>
    </message>
    <message>
        <source> Window </source>
        <translation> 窗宽窗位 </translation>
    </message>
    <message>
        <source>DICOM default</source>
        <translation>DICOM 默认</translation>
    </message>
    <message>
        <source>Auto (histogram)</source>
        <translation>自动（直方图）</translation>
    </message>
    <message>
        <source>CT brain</source>
        <translation>CT 脑窗</translation>
    </message>
    <message>
        <source>CT lung</source>
        <translation>CT 肺窗</translation>
    </message>
    <message>
        <source>CT bone</source>
        <translation>CT 骨窗</translation>
    </message>
    <message>
        <source>CT abdomen</source>
        <translation>CT 腹部窗</translation>
    </message>
    <message>
        <source>CT mediastinum</source>
        <translation>CT 纵隔窗</translation>
    </message>
    <message>
        <source> Slab </source>
        <translation> 厚层 </translation>
    </message>
    <message>
        <source>thin</source>
        <translation>薄层</translation>
    </message>
    <message>
        <source>Average</source>
        <translation>平均</translation>
    </message>
    <message>
        <source>Cine ▶</source>
        <translation>电影 ▶</translation>
    </message>
    <message>
        <source> 3D </source>
        <translation> 三维 </translation>
    </message>
    <message>
        <source>This series holds %1 separate stacks (orientations or sizes); showing the first, pick another beside &apos;Stack&apos;.</source>
        <translation>此序列包含 %1 个独立的图像堆栈（方向或尺寸不同）；显示第一个，可在“堆栈”旁选择其他。</translation>
    </message>
    <message>
        <source>Volumes</source>
        <translation>容积</translation>
    </message>
    <message>
        <source>ct-bone</source>
        <translation>CT 骨骼</translation>
    </message>
    <message>
        <source>ct-soft-tissue</source>
        <translation>CT 软组织</translation>
    </message>
    <message>
        <source>ct-angio</source>
        <translation>CT 血管成像</translation>
    </message>
    <message>
        <source>mr-default</source>
        <translation>MR 默认</translation>
    </message>
    <message>
        <source>Crop</source>
        <translation>裁剪</translation>
    </message>
    <message>
        <source>Reset view</source>
        <translation>重置视图</translation>
    </message>
    <message>
        <source>Annotate</source>
        <translation>标注</translation>
    </message>
    <message>
        <source>Navigate</source>
        <translation>浏览</translation>
    </message>
    <message>
        <source>Select</source>
        <translation>选择</translation>
    </message>
    <message>
        <source>Laser pointer</source>
        <translation>激光笔</translation>
    </message>
    <message>
        <source>Length</source>
        <translation>长度</translation>
    </message>
    <message>
        <source>Angle</source>
        <translation>角度</translation>
    </message>
    <message>
        <source>Ellipse ROI</source>
        <translation>椭圆 ROI</translation>
    </message>
    <message>
        <source>Polygon ROI</source>
        <translation>多边形 ROI</translation>
    </message>
    <message>
        <source>Arrow</source>
        <translation>箭头</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>文字</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>Import zip or files…</source>
        <translation>导入 zip 或文件…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Hub: not connected</source>
        <translation>中心：未连接</translation>
    </message>
    <message>
        <source>Import a folder of DICOM files</source>
        <translation>导入 DICOM 文件夹</translation>
    </message>
    <message>
        <source>Import DICOM files, a zip or a DICOMDIR</source>
        <translation>导入 DICOM 文件、zip 或 DICOMDIR</translation>
    </message>
    <message>
        <source>DICOM, zip or DICOMDIR (*.dcm *.zip DICOMDIR *);;All files (*)</source>
        <translation>DICOM、zip 或 DICOMDIR (*.dcm *.zip DICOMDIR *);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Importing</source>
        <translation>正在导入</translation>
    </message>
    <message>
        <source>Import failed</source>
        <translation>导入失败</translation>
    </message>
    <message>
        <source>Imported %1 new image(s); %2 already in the catalog.</source>
        <translation>已导入 %1 幅新图像；%2 幅已在本地影像库中。</translation>
    </message>
    <message>
        <source>Import was cancelled; what was imported is kept.</source>
        <translation>导入已取消；已导入的内容会保留。</translation>
    </message>
    <message>
        <source>%1 file(s) could not be imported:</source>
        <translation>%1 个文件无法导入：</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <source>… and %1 more</source>
        <translation>… 另有 %1 个</translation>
    </message>
    <message>
        <source>The presenter compares with a series not downloaded yet: Download cases</source>
        <translation>主讲人正在对比一个尚未下载的序列：请下载病例</translation>
    </message>
    <message>
        <source>Loading</source>
        <translation>正在加载</translation>
    </message>
    <message>
        <source>Could not open the series</source>
        <translation>无法打开该序列</translation>
    </message>
    <message>
        <source>Cannot show this frame: %1</source>
        <translation>无法显示此帧：%1</translation>
    </message>
    <message>
        <source>File: %1</source>
        <translation>文件：%1</translation>
    </message>
    <message>
        <source>no images</source>
        <translation>没有图像</translation>
    </message>
    <message>
        <source>mr-angio</source>
        <translation>MR 血管成像</translation>
    </message>
    <message>
        <source>W %1 / L %2</source>
        <translation>窗宽 %1 / 窗位 %2</translation>
    </message>
    <message>
        <source>Hub: %1</source>
        <translation>中心：%1</translation>
    </message>
    <message>
        <source>Online: %1</source>
        <translation>在线：%1</translation>
    </message>
    <message>
        <source>MDT consult</source>
        <translation>MDT 会诊</translation>
    </message>
    <message>
        <source>Broadcasts</source>
        <translation>手术直播</translation>
    </message>
    <message>
        <source>Referrals</source>
        <translation>转诊</translation>
    </message>
    <message>
        <source>Courses</source>
        <translation>课程</translation>
    </message>
</context>
<context>
    <name>NewConsultDialog</name>
    <message>
        <source>New MDT consult</source>
        <translation>新建 MDT 会诊</translation>
    </message>
    <message>
        <source>One case per line: title | question | referring hospital</source>
        <translation>每行一个病例：标题 | 会诊问题 | 转诊医院</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>议程</translation>
    </message>
    <message>
        <source>My hospital (%1)</source>
        <translation>本院（%1）</translation>
    </message>
    <message>
        <source>Other hospitals, comma-separated</source>
        <translation>其他医院，以逗号分隔</translation>
    </message>
    <message>
        <source>People by user id, comma-separated</source>
        <translation>按用户 ID 邀请，以逗号分隔</translation>
    </message>
    <message>
        <source>Invite</source>
        <translation>邀请</translation>
    </message>
    <message>
        <source>Everyone who is</source>
        <translation>所有以下角色的人员</translation>
    </message>
</context>
<context>
    <name>PacsPanel</name>
    <message>
        <source>Test</source>
        <translation>测试连接</translation>
    </message>
    <message>
        <source>e.g. NGUYEN*</source>
        <translation>例如 NGUYEN*</translation>
    </message>
    <message>
        <source>any</source>
        <translation>全部</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>查询</translation>
    </message>
    <message>
        <source>Retrieve</source>
        <translation>获取</translation>
    </message>
    <message>
        <source>Retrieve the selected series, or the whole study</source>
        <translation>获取所选序列或整个检查</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>PACS</source>
        <translation>PACS</translation>
    </message>
    <message>
        <source>Patient name</source>
        <translation>患者姓名</translation>
    </message>
    <message>
        <source>Patient ID</source>
        <translation>患者 ID</translation>
    </message>
    <message>
        <source>Accession</source>
        <translation>检查号</translation>
    </message>
    <message>
        <source>Study date</source>
        <translation>检查日期</translation>
    </message>
    <message>
        <source>Modality</source>
        <translation>模态</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>描述</translation>
    </message>
    <message>
        <source>Series</source>
        <translation>序列</translation>
    </message>
    <message>
        <source>No PACS is configured: add one to the settings (pacs_nodes).</source>
        <translation>未配置 PACS：请在设置中添加（pacs_nodes）。</translation>
    </message>
    <message>
        <source>Wait for the current PACS operation to finish (or cancel it).</source>
        <translation>请等待当前 PACS 操作完成（或取消该操作）。</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>已取消。</translation>
    </message>
    <message>
        <source>%s answers (%d ms).</source>
        <translation>%s 已响应（%d ms）。</translation>
    </message>
    <message>
        <source>Testing %s…</source>
        <translation>正在测试 %s…</translation>
    </message>
    <message>
        <source>Study date from</source>
        <translation>检查日期起</translation>
    </message>
    <message>
        <source>Study date to</source>
        <translation>检查日期止</translation>
    </message>
    <message>
        <source>Study date: the first date is after the second</source>
        <translation>检查日期：起始日期晚于结束日期</translation>
    </message>
    <message>
        <source>Searching %s…</source>
        <translation>正在查询 %s…</translation>
    </message>
    <message numerus="yes">
        <source>%n studies found</source>
        <translation>
            <numerusform>找到 %n 项检查</numerusform>
        </translation>
    </message>
    <message>
        <source>No study matches.</source>
        <translation>没有匹配的检查。</translation>
    </message>
    <message>
        <source>Listing the series…</source>
        <translation>正在列出序列…</translation>
    </message>
    <message numerus="yes">
        <source>%n series</source>
        <translation>
            <numerusform>%n 个序列</numerusform>
        </translation>
    </message>
    <message>
        <source>the study</source>
        <translation>整个检查</translation>
    </message>
    <message>
        <source>Retrieving %s from %s</source>
        <translation>正在获取 %s，来源：%s</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>正在取消…</translation>
    </message>
</context>
<context>
    <name>PlayerPage</name>
    <message>
        <source>◀ Courses</source>
        <translation>◀ 课程</translation>
    </message>
    <message>
        <source>Press Play</source>
        <translation>请点击播放</translation>
    </message>
    <message>
        <source>▶ Play</source>
        <translation>▶ 播放</translation>
    </message>
    <message>
        <source>Show the case in the viewer</source>
        <translation>在阅片器中显示病例</translation>
    </message>
    <message>
        <source>Start attempt</source>
        <translation>开始作答</translation>
    </message>
    <message>
        <source>Submit answer</source>
        <translation>提交答案</translation>
    </message>
    <message>
        <source>Next question</source>
        <translation>下一题</translation>
    </message>
    <message>
        <source>◀ Previous</source>
        <translation>◀ 上一课时</translation>
    </message>
    <message>
        <source>Mark as completed</source>
        <translation>标记为已完成</translation>
    </message>
    <message>
        <source>Next ▶</source>
        <translation>下一课时 ▶</translation>
    </message>
    <message>
        <source>Save certificate (PDF)…</source>
        <translation>保存证书（PDF）…</translation>
    </message>
    <message>
        <source>Interface language (%1)</source>
        <translation>界面语言（%1）</translation>
    </message>
    <message>
        <source>Text lesson</source>
        <translation>图文课时</translation>
    </message>
    <message>
        <source>Video lesson</source>
        <translation>视频课时</translation>
    </message>
    <message>
        <source>Imaging case</source>
        <translation>影像病例</translation>
    </message>
    <message>
        <source>Quiz</source>
        <translation>测验</translation>
    </message>
    <message>
        <source>Course completed · score %1 · verification code %2</source>
        <translation>课程已完成 · 得分 %1 · 验证码 %2</translation>
    </message>
    <message>
        <source>Course failed: a quiz has no attempt left</source>
        <translation>课程未通过：有测验已无剩余作答次数</translation>
    </message>
    <message>
        <source>%1 of %2 lessons completed · %3 of %4 quizzes passed</source>
        <translation>已完成 %1/%2 个课时 · 已通过 %3/%4 个测验</translation>
    </message>
    <message>
        <source>Completed ✓</source>
        <translation>已完成 ✓</translation>
    </message>
    <message>
        <source>❚❚ Pause</source>
        <translation>❚❚ 暂停</translation>
    </message>
    <message>
        <source>unlimited attempts</source>
        <translation>作答次数不限</translation>
    </message>
    <message numerus="yes">
        <source>%n attempt(s) left</source>
        <translation>
            <numerusform>剩余 %n 次作答机会</numerusform>
        </translation>
    </message>
    <message>
        <source>Pass mark %1</source>
        <translation>及格线 %1</translation>
    </message>
    <message>
        <source>best %1</source>
        <translation>最佳 %1</translation>
    </message>
    <message>
        <source>passed ✓</source>
        <translation>已通过 ✓</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>重新作答</translation>
    </message>
    <message>
        <source>Question %1 of %2</source>
        <translation>第 %1 题，共 %2 题</translation>
    </message>
    <message>
        <source>Your point: (%1, %2, %3) mm LPS · click again to move it</source>
        <translation>您的标记点：(%1, %2, %3) mm LPS · 再次点击可移动</translation>
    </message>
    <message>
        <source>Scroll the series in the viewer and click the finding; then Submit.</source>
        <translation>在阅片器中滚动浏览序列并点击病灶，然后提交。</translation>
    </message>
    <message>
        <source>✓ Correct</source>
        <translation>✓ 正确</translation>
    </message>
    <message>
        <source>✗ Incorrect</source>
        <translation>✗ 错误</translation>
    </message>
    <message>
        <source>Correct answer: %1</source>
        <translation>正确答案：%1</translation>
    </message>
    <message>
        <source>The finding is centred at (%1, %2, %3) mm, %4 mm from your point (shown in the viewer)</source>
        <translation>病灶中心位于 (%1, %2, %3) mm，距您的标记点 %4 mm（已在阅片器中显示）</translation>
    </message>
    <message>
        <source>Attempt %1: %2 of %3 correct (%4) — %5</source>
        <translation>第 %1 次作答：%3 题中答对 %2 题（%4）— %5</translation>
    </message>
    <message>
        <source>passed</source>
        <translation>通过</translation>
    </message>
    <message>
        <source>not passed</source>
        <translation>未通过</translation>
    </message>
    <message>
        <source>course completed!</source>
        <translation>课程已完成！</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>完成</translation>
    </message>
</context>
<context>
    <name>ReferralController</name>
    <message>
        <source>The report of referral %1 has arrived</source>
        <translation>转诊 %1 的报告已送达</translation>
    </message>
    <message>
        <source>Escalated: referral %1 was claimed but not reported in time</source>
        <translation>已升级处理：转诊 %1 已被认领但未按时出具报告</translation>
    </message>
    <message>
        <source>Escalated: nobody claimed referral %1 in time</source>
        <translation>已升级处理：转诊 %1 无人按时认领</translation>
    </message>
    <message>
        <source>Referral %1 is on the agenda of the consult %2</source>
        <translation>转诊 %1 已列入会诊 %2 的议程</translation>
    </message>
    <message>
        <source>Could not discuss the referral in an MDT</source>
        <translation>无法将该转诊提交 MDT 讨论</translation>
    </message>
    <message>
        <source>Could not download the referral</source>
        <translation>无法下载该转诊</translation>
    </message>
    <message>
        <source>Send referral</source>
        <translation>发送转诊</translation>
    </message>
    <message>
        <source>Open the series to send first.</source>
        <translation>请先打开要发送的序列。</translation>
    </message>
    <message>
        <source>Referral %1 sent</source>
        <translation>转诊 %1 已发送</translation>
    </message>
    <message>
        <source>Referral %1 waits in the outbox until the hub is reachable</source>
        <translation>转诊 %1 在发件箱中等待，直到可以连接中心</translation>
    </message>
    <message>
        <source>These images may show burned-in patient text. Send them anyway?</source>
        <translation>这些图像可能带有嵌入的患者文字信息。仍然发送吗？</translation>
    </message>
    <message>
        <source>Could not send the referral</source>
        <translation>无法发送该转诊</translation>
    </message>
</context>
<context>
    <name>ReferralPanel</name>
    <message>
        <source>Send referral…</source>
        <translation>发送转诊…</translation>
    </message>
    <message>
        <source>View images</source>
        <translation>查看图像</translation>
    </message>
    <message>
        <source>Claim</source>
        <translation>认领</translation>
    </message>
    <message>
        <source>Report…</source>
        <translation>报告…</translation>
    </message>
    <message>
        <source>Acknowledge</source>
        <translation>确认收到</translation>
    </message>
    <message>
        <source>Discuss in MDT…</source>
        <translation>提交 MDT 讨论…</translation>
    </message>
    <message>
        <source>Put this referral on the agenda of a consult, with its images, question and report</source>
        <translation>将此转诊连同其图像、问题和报告列入一次会诊的议程</translation>
    </message>
    <message>
        <source>A question or an answer on this referral</source>
        <translation>关于此转诊的提问或回答</translation>
    </message>
    <message>
        <source>OVERDUE %1</source>
        <translation>已逾期 %1</translation>
    </message>
    <message>
        <source>escalated</source>
        <translation>已升级处理</translation>
    </message>
    <message>
        <source>Escalated to the coordinators: past its target</source>
        <translation>已升级至协调员：已超过目标时间</translation>
    </message>
    <message>
        <source>Choose a referral in the list.</source>
        <translation>请在列表中选择一个转诊。</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>所见</translation>
    </message>
    <message>
        <source>Impression</source>
        <translation>印象</translation>
    </message>
    <message>
        <source>Recommendation</source>
        <translation>建议</translation>
    </message>
</context>
<context>
    <name>ReportDialog</name>
    <message>
        <source>Report</source>
        <translation>报告</translation>
    </message>
    <message>
        <source>Question: %1</source>
        <translation>问题：%1</translation>
    </message>
    <message>
        <source>Findings (in %1)</source>
        <translation>所见（%1）</translation>
    </message>
    <message>
        <source>Impression</source>
        <translation>印象</translation>
    </message>
    <message>
        <source>Recommendation</source>
        <translation>建议</translation>
    </message>
    <message>
        <source>Your own wording (%1): findings</source>
        <translation>您自己的表述（%1）：所见</translation>
    </message>
    <message>
        <source>Your own wording: impression</source>
        <translation>您自己的表述：印象</translation>
    </message>
    <message>
        <source>Send my measurements on this series (SR, key images)</source>
        <translation>发送我在此序列上的测量（SR、关键图像）</translation>
    </message>
    <message>
        <source>Sign (the report can no longer change)</source>
        <translation>签署（报告将不能再修改）</translation>
    </message>
</context>
<context>
    <name>Roles</name>
    <message>
        <source>trainee</source>
        <extracomment>The interface languages, each named in its own language (as a language menu shows them). The suffix of the translation files of each language (Qt&apos;s locale names). Font families tried in order for every character (Qt falls back along the list): Latin with Vietnamese, then Simplified Chinese (mainland glyph forms, not the Japanese ones fontconfig may pick), Thai, Lao, Khmer and Burmese (course content). installer/setup.sh installs them.</extracomment>
        <translation>学员</translation>
    </message>
    <message>
        <source>specialist</source>
        <translation>专科医师</translation>
    </message>
    <message>
        <source>surgeon</source>
        <translation>外科医师</translation>
    </message>
    <message>
        <source>coordinator</source>
        <translation>协调员</translation>
    </message>
    <message>
        <source>administrator</source>
        <translation>管理员</translation>
    </message>
</context>
<context>
    <name>RoomKinds</name>
    <message>
        <source>consult</source>
        <translation>会诊</translation>
    </message>
    <message>
        <source>broadcast</source>
        <translation>直播</translation>
    </message>
    <message>
        <source>cohort</source>
        <translation>培训班</translation>
    </message>
    <message>
        <source>referral</source>
        <translation>转诊</translation>
    </message>
</context>
<context>
    <name>SliceViewport</name>
    <message>
        <source>Text annotation</source>
        <translation>文字标注</translation>
    </message>
    <message>
        <source>Text:</source>
        <translation>文字：</translation>
    </message>
</context>
<context>
    <name>StudyBrowser</name>
    <message>
        <source>Series %1 — %2 stacks: %3</source>
        <translation>序列 %1 — %2 个堆栈：%3</translation>
    </message>
    <message>
        <source>Patient</source>
        <translation>患者</translation>
    </message>
    <message>
        <source>Patient ID</source>
        <translation>患者 ID</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Modality</source>
        <translation>模态</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>描述</translation>
    </message>
    <message>
        <source>Images</source>
        <translation>图像数</translation>
    </message>
    <message>
        <source>Search patient, ID, description, modality, date</source>
        <extracomment>Item data role of the stack (0-based) a row of the series list opens; None for a whole series.</extracomment>
        <translation>搜索患者、ID、描述、模态、日期</translation>
    </message>
    <message>
        <source>Series (double-click to open)</source>
        <translation>序列（双击打开）</translation>
    </message>
    <message numerus="yes">
        <source>%n studies</source>
        <translation>
            <numerusform>%n 项检查</numerusform>
        </translation>
    </message>
    <message>
        <source>Compare with…</source>
        <translation>与…对比</translation>
    </message>
    <message>
        <source>No other study of this patient (Patient ID) in the catalog</source>
        <translation>目录中没有该患者（患者 ID）的其他检查</translation>
    </message>
    <message numerus="yes">
        <source>%n image(s)</source>
        <translation>
            <numerusform>%n 幅图像</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>VideoCallLauncher</name>
    <message>
        <source>the hub gave no video call</source>
        <translation>中心未提供视频通话</translation>
    </message>
    <message>
        <source>Video call</source>
        <translation>视频通话</translation>
    </message>
</context>
<context>
    <name>VideoCallWidget</name>
    <message>
        <source>Waiting for the other participants…</source>
        <translation>正在等待其他参会者…</translation>
    </message>
    <message>
        <source>Audio only: the connection is too slow for your video. It resumes by itself when the bandwidth returns.</source>
        <translation>仅音频：网络太慢，无法传输您的视频。带宽恢复后会自动恢复视频。</translation>
    </message>
    <message>
        <source>Mute</source>
        <translation>静音</translation>
    </message>
    <message>
        <source>Camera</source>
        <translation>摄像头</translation>
    </message>
    <message>
        <source>Active speaker</source>
        <translation>当前发言人</translation>
    </message>
    <message>
        <source>Leave call</source>
        <translation>离开通话</translation>
    </message>
    <message numerus="yes">
        <source>%n participant(s)</source>
        <translation>
            <numerusform>%n 位参会者</numerusform>
        </translation>
    </message>
    <message>
        <source>Call ended: %1</source>
        <translation>通话已结束：%1</translation>
    </message>
</context>
<context>
    <name>VideoView</name>
    <message>
        <source>ideal</source>
        <extracomment>Glass-to-glass latency thresholds from the surgical telementoring literature (ms).</extracomment>
        <translation>理想</translation>
    </message>
    <message>
        <source>acceptable</source>
        <translation>可接受</translation>
    </message>
    <message>
        <source>too slow</source>
        <translation>过慢</translation>
    </message>
    <message>
        <source>No video</source>
        <translation>无视频</translation>
    </message>
    <message>
        <source>Glass-to-glass %1 ms (%2)</source>
        <translation>端到端延迟 %1 ms（%2）</translation>
    </message>
    <message>
        <source>Glass-to-glass ≈%1 ms (%2)</source>
        <translation>端到端延迟 ≈%1 ms（%2）</translation>
    </message>
</context>
<context>
    <name>ViewGrabber</name>
    <message>
        <source>Open a study to show its 3-D view</source>
        <translation>打开检查以显示其三维视图</translation>
    </message>
    <message>
        <source>The 3-D view is hidden: choose a layout that shows it</source>
        <translation>三维视图已隐藏：请选择包含三维视图的布局</translation>
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
        <translation>%1 厚层 %2 mm</translation>
    </message>
    <message>
        <source>W %1  L %2</source>
        <translation>W %1  L %2</translation>
    </message>
    <message>
        <source>Zoom %1</source>
        <translation>缩放 %1</translation>
    </message>
    <message>
        <source>Image %1/%2</source>
        <translation>图像 %1/%2</translation>
    </message>
    <message>
        <source>Frame %1/%2</source>
        <translation>帧 %1/%2</translation>
    </message>
    <message>
        <source>Frame %1/%2  (image %3/%4)</source>
        <translation>帧 %1/%2  （图像 %3/%4）</translation>
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
        <translation>（反相）</translation>
    </message>
    <message>
        <source>%1 x %2 mm/pixel</source>
        <translation>%1 x %2 mm/像素</translation>
    </message>
    <message>
        <source>%1 x %2 mm/pixel at detector</source>
        <translation>%1 x %2 mm/像素（探测器平面）</translation>
    </message>
    <message>
        <source>(not corrected for magnification)</source>
        <translation>（未校正放大率）</translation>
    </message>
    <message>
        <source>÷ %1 estimated magnification</source>
        <translation>÷ %1 估计放大率</translation>
    </message>
    <message>
        <source>mm in %1 ultrasound region(s) in cm</source>
        <translation>%1 个以 cm 为单位的超声区域内为 mm</translation>
    </message>
    <message>
        <source>uncalibrated: measurements in pixels</source>
        <translation>未校准：测量值以像素为单位</translation>
    </message>
</context>
<context>
    <name>VolumeBar</name>
    <message>
        <source>This series holds images in several orientations or sizes: each is a separate stack</source>
        <translation>此序列包含多个方向或尺寸的图像：每组为一个独立的堆栈</translation>
    </message>
    <message>
        <source> Volume </source>
        <translation> 容积 </translation>
    </message>
    <message>
        <source>Volume of the series shown in every view (time point, diffusion direction, echo…)</source>
        <translation>所有视图中显示的序列容积（时间点、弥散方向、回波…）</translation>
    </message>
    <message>
        <source>Volumes ▶</source>
        <translation>容积 ▶</translation>
    </message>
    <message>
        <source>Play through the volumes</source>
        <translation>依次播放各容积</translation>
    </message>
    <message>
        <source>axial</source>
        <translation>轴位</translation>
    </message>
    <message>
        <source>coronal</source>
        <translation>冠状位</translation>
    </message>
    <message>
        <source>sagittal</source>
        <translation>矢状位</translation>
    </message>
    <message>
        <source>Stack %1/%2: %3, %4 slices</source>
        <translation>堆栈 %1/%2：%3，%4 层</translation>
    </message>
    <message>
        <source>(loading)</source>
        <translation>（加载中）</translation>
    </message>
</context>
<context>
    <name>WatchLinkDialog</name>
    <message>
        <source>Watch link</source>
        <translation>观看链接</translation>
    </message>
    <message>
        <source>Send this link to one person: it opens the broadcast in a web browser once, and stops working when the broadcast ends.</source>
        <translation>把此链接发给一个人：它只能在网页浏览器中打开直播一次，直播结束后失效。</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>复制</translation>
    </message>
    <message>
        <source>Take links back</source>
        <translation>收回链接</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>已复制</translation>
    </message>
</context>
</TS>
