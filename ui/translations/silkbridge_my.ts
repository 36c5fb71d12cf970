<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="my" sourcelanguage="en">
<context>
    <name>AnnotationLabel</name>
    <message>
        <source>ultrasound region %1: not a distance, spans %2</source>
        <translation>အယ်ထရာဆောင်း ဧရိယာ %1: အကွာအဝေး မဟုတ်ပါ၊ %2 ကျယ်သည်</translation>
    </message>
    <message>
        <source>at detector</source>
        <extracomment>The calibration notes of measurements on 2-D images (workstation/annotations/image.py).</extracomment>
        <translation>ဓာတ်ရောင်ခြည်ဖမ်းကိရိယာတွင်</translation>
    </message>
    <message>
        <source>at detector ÷ magnification %1</source>
        <translation>ဓာတ်ရောင်ခြည်ဖမ်းကိရိယာတွင် ÷ ချဲ့ထွင်မှု %1</translation>
    </message>
    <message>
        <source>ultrasound region %1</source>
        <translation>အယ်ထရာဆောင်း ဧရိယာ %1</translation>
    </message>
    <message>
        <source>uncalibrated: outside the ultrasound regions</source>
        <translation>ချိန်ညှိမထားပါ: အယ်ထရာဆောင်း ဧရိယာများ၏ အပြင်ဘက်</translation>
    </message>
    <message>
        <source>uncalibrated</source>
        <translation>ချိန်ညှိမထားပါ</translation>
    </message>
    <message>
        <source>ultrasound region %1 measures %2: not a distance</source>
        <translation>အယ်ထရာဆောင်း ဧရိယာ %1 သည် %2 ဖြင့် တိုင်းသည်: အကွာအဝေး မဟုတ်ပါ</translation>
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
        <translation>ဧရိယာ {area_mm2} mm²</translation>
    </message>
    <message>
        <source>mean {mean} ± {sd}{units}</source>
        <translation>ပျမ်းမျှ {mean} ± {sd}{units}</translation>
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
        <translation>အသံ</translation>
    </message>
    <message>
        <source>Silkbridge plays a short tone and listens with the microphone: turn the speakers on (or put the headset near the microphone).</source>
        <translation>Silkbridge သည် အသံတိုတစ်ခုကို ဖွင့်ပြီး မိုက်ခရိုဖုန်းဖြင့် နားထောင်မည်: စပီကာကို ဖွင့်ပါ (သို့မဟုတ် နားကြပ်ကို မိုက်ခရိုဖုန်းအနီး ထားပါ)။</translation>
    </message>
    <message>
        <source>Play the test tone</source>
        <translation>စမ်းသပ်အသံ ဖွင့်ရန်</translation>
    </message>
    <message>
        <source>Microphone for calls:</source>
        <translation>ခေါ်ဆိုမှုအတွက် မိုက်ခရိုဖုန်း:</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>စနစ်၏ မူလ</translation>
    </message>
    <message>
        <source>Playing the tone and listening…</source>
        <translation>အသံဖွင့်ပြီး နားထောင်နေသည်…</translation>
    </message>
    <message>
        <source>No sound device: %1</source>
        <translation>အသံကိရိယာ မရှိပါ: %1</translation>
    </message>
    <message>
        <source>The microphone heard the test tone: level %1 dBFS.</source>
        <translation>မိုက်ခရိုဖုန်းက စမ်းသပ်အသံကို ကြားရသည်: အဆင့် %1 dBFS။</translation>
    </message>
    <message>
        <source>The tone was played but the microphone did not hear it (level %1 dBFS): check that the speakers are on and the microphone is connected and not muted.</source>
        <translation>အသံဖွင့်ခဲ့သော်လည်း မိုက်ခရိုဖုန်းက မကြားရပါ (အဆင့် %1 dBFS): စပီကာ ဖွင့်ထားကြောင်း၊ မိုက်ခရိုဖုန်း ချိတ်ဆက်ထားပြီး အသံပိတ်မထားကြောင်း စစ်ဆေးပါ။</translation>
    </message>
</context>
<context>
    <name>BroadcastPanel</name>
    <message>
        <source>Broadcast</source>
        <translation>ထုတ်လွှင့်မှု</translation>
    </message>
    <message>
        <source>Watch</source>
        <translation>ကြည့်ရန်</translation>
    </message>
</context>
<context>
    <name>BroadcastStudio</name>
    <message>
        <source>Test pattern</source>
        <translation>စမ်းသပ်ပုံစံ</translation>
    </message>
    <message>
        <source>Video file…</source>
        <translation>ဗီဒီယိုဖိုင်…</translation>
    </message>
    <message>
        <source>Stream URL…</source>
        <translation>စီးကြောင်း URL…</translation>
    </message>
    <message>
        <source>Camera 0 (OpenCV)</source>
        <translation>ကင်မရာ 0 (OpenCV)</translation>
    </message>
    <message>
        <source>3-D view of the open study</source>
        <translation>ဖွင့်ထားသော စစ်ဆေးမှု၏ 3-D မြင်ကွင်း</translation>
    </message>
    <message>
        <source>the hub offers no WebRTC media server (not connected to the hub yet?)</source>
        <translation>ဗဟိုဌာနတွင် WebRTC မီဒီယာဆာဗာ မရှိပါ (ဗဟိုဌာနနှင့် မချိတ်ဆက်ရသေးပါသလား?)</translation>
    </message>
    <message>
        <source>No watch link: %1</source>
        <translation>ကြည့်ရှုရန် လင့်ခ် မရှိပါ: %1</translation>
    </message>
    <message>
        <source>the broadcast is not live</source>
        <translation>ထုတ်လွှင့်မှု တိုက်ရိုက် မလွှင့်သေးပါ</translation>
    </message>
    <message>
        <source>this hub serves no watch page</source>
        <translation>ဤဗဟိုဌာနတွင် ကြည့်ရှုရန် စာမျက်နှာ မရှိပါ</translation>
    </message>
    <message>
        <source>The watch links were taken back: they no longer work</source>
        <translation>ကြည့်ရှုရန် လင့်ခ်များကို ပြန်ရုပ်သိမ်းပြီး: ၎င်းတို့ အလုပ် မလုပ်တော့ပါ</translation>
    </message>
    <message>
        <source>What you demonstrate</source>
        <translation>သင်သရုပ်ပြသည့်အရာ</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>ခေါင်းစဉ်</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>ဖော်ပြချက်</translation>
    </message>
    <message>
        <source>Other hospitals invited, comma-separated</source>
        <translation>ဖိတ်ကြားထားသော အခြားဆေးရုံများ၊ ကော်မာဖြင့် ခွဲပါ</translation>
    </message>
    <message>
        <source>Every trainee of the network</source>
        <translation>ကွန်ရက်ရှိ သင်တန်းသားအားလုံး</translation>
    </message>
    <message>
        <source>Invite</source>
        <translation>ဖိတ်ကြားရန်</translation>
    </message>
    <message>
        <source>None</source>
        <translation>မရှိ</translation>
    </message>
    <message>
        <source>Main picture</source>
        <translation>ပင်မပုံ</translation>
    </message>
    <message>
        <source>Picture-in-picture</source>
        <translation>ပုံထဲတွင်ပုံ</translation>
    </message>
    <message>
        <source>Go live</source>
        <translation>တိုက်ရိုက်စတင်ရန်</translation>
    </message>
    <message>
        <source>Stop broadcast</source>
        <translation>ထုတ်လွှင့်မှု ရပ်ရန်</translation>
    </message>
    <message>
        <source>Microphone</source>
        <translation>မိုက်ခရိုဖုန်း</translation>
    </message>
    <message>
        <source>Record to MP4</source>
        <translation>MP4 သို့ မှတ်တမ်းတင်ရန်</translation>
    </message>
    <message>
        <source>Clear drawings</source>
        <translation>ရေးဆွဲချက်များ ရှင်းရန်</translation>
    </message>
    <message>
        <source>Watch link…</source>
        <translation>ကြည့်ရှုရန် လင့်ခ်…</translation>
    </message>
    <message>
        <source>A one-time link for someone without the workstation to watch in a web browser</source>
        <translation>ဝပ်စတေးရှင် မရှိသူ တစ်ဦး ဝဘ်ဘရောက်ဆာတွင် ကြည့်ရှုနိုင်ရန် တစ်ကြိမ်သုံး လင့်ခ်</translation>
    </message>
    <message>
        <source>Preview: what the viewers see</source>
        <translation>အစမ်းကြည့်: ကြည့်ရှုသူများ မြင်ရသည့်အရာ</translation>
    </message>
    <message>
        <source>Viewers</source>
        <translation>ကြည့်ရှုသူများ</translation>
    </message>
    <message>
        <source>Allow drawing</source>
        <translation>ရေးဆွဲခွင့်ပြုရန်</translation>
    </message>
    <message>
        <source>Allow speaking</source>
        <translation>စကားပြောခွင့်ပြုရန်</translation>
    </message>
    <message>
        <source>Raised hands</source>
        <translation>လက်ထောင်ထားသူများ</translation>
    </message>
    <message>
        <source>Questions</source>
        <translation>မေးခွန်းများ</translation>
    </message>
    <message>
        <source>Mark answered</source>
        <translation>ဖြေပြီးဟု မှတ်ရန်</translation>
    </message>
    <message>
        <source>A video file</source>
        <translation>ဗီဒီယိုဖိုင်</translation>
    </message>
    <message>
        <source>Video (*.mp4 *.mkv *.mov *.avi *.webm *.ts);;All files (*)</source>
        <translation>ဗီဒီယို (*.mp4 *.mkv *.mov *.avi *.webm *.ts);;ဖိုင်အားလုံး (*)</translation>
    </message>
    <message>
        <source>Stream URL</source>
        <translation>စီးကြောင်း URL</translation>
    </message>
    <message>
        <source>rtsp://, http:// or udp:// address of the stream</source>
        <translation>စီးကြောင်း၏ rtsp://, http:// သို့မဟုတ် udp:// လိပ်စာ</translation>
    </message>
    <message>
        <source>No reading-room window: the 3-D view cannot be broadcast</source>
        <translation>ဓာတ်မှန်ဖတ်ခန်း ဝင်းဒိုး မရှိပါ: 3-D မြင်ကွင်းကို ထုတ်လွှင့်၍ မရပါ</translation>
    </message>
    <message>
        <source>Cannot use %1: no such file</source>
        <translation>%1 ကို အသုံးပြု၍ မရပါ: ဖိုင် မရှိပါ</translation>
    </message>
    <message>
        <source>Opening %1…</source>
        <translation>%1 ကို ဖွင့်နေသည်…</translation>
    </message>
    <message>
        <source>Broadcasting %1</source>
        <translation>%1 ကို ထုတ်လွှင့်နေသည်</translation>
    </message>
    <message>
        <source>No camera: %1</source>
        <translation>ကင်မရာ မရှိပါ: %1</translation>
    </message>
    <message>
        <source>The source could not be opened, the previous one stays: %1</source>
        <translation>ရင်းမြစ်ကို ဖွင့်၍မရပါ၊ ယခင်ရင်းမြစ်ကို ဆက်သုံးမည်: %1</translation>
    </message>
    <message>
        <source>The source could not be opened: %1 — choose another</source>
        <translation>ရင်းမြစ်ကို ဖွင့်၍မရပါ: %1 — အခြားတစ်ခု ရွေးပါ</translation>
    </message>
    <message>
        <source>The last broadcast is still stopping; try again in a moment</source>
        <translation>နောက်ဆုံးထုတ်လွှင့်မှုကို ရပ်နေဆဲဖြစ်သည်၊ ခဏနေမှ ထပ်စမ်းပါ</translation>
    </message>
    <message>
        <source>Surgical demonstration</source>
        <translation>ခွဲစိတ်ကုသမှု သရုပ်ပြခြင်း</translation>
    </message>
    <message>
        <source>Cannot go live: the title is too long (%1 characters, at most %2)</source>
        <extracomment>What the studio session says (comms.studio.Notice codes), in the studio&apos;s translation context.</extracomment>
        <translation>တိုက်ရိုက်မစတင်နိုင်ပါ: ခေါင်းစဉ် ရှည်လွန်းသည် (စာလုံး %1 လုံး၊ အများဆုံး %2)</translation>
    </message>
    <message>
        <source>Cannot go live: %1</source>
        <translation>တိုက်ရိုက်မစတင်နိုင်ပါ: %1</translation>
    </message>
    <message>
        <source>Live: %1</source>
        <translation>တိုက်ရိုက်: %1</translation>
    </message>
    <message>
        <source>Recording to %1</source>
        <translation>%1 သို့ မှတ်တမ်းတင်နေသည်</translation>
    </message>
    <message>
        <source>Broadcasting without sound: %1</source>
        <translation>အသံမပါဘဲ ထုတ်လွှင့်နေသည်: %1</translation>
    </message>
    <message>
        <source>The broadcast has stopped</source>
        <translation>ထုတ်လွှင့်မှု ရပ်သွားပြီ</translation>
    </message>
    <message>
        <source>Record the broadcast to</source>
        <translation>ထုတ်လွှင့်မှုကို မှတ်တမ်းတင်မည့်နေရာ</translation>
    </message>
    <message>
        <source>MP4 video (*.mp4)</source>
        <translation>MP4 ဗီဒီယို (*.mp4)</translation>
    </message>
    <message>
        <source>a recording of that name already exists</source>
        <translation>ထိုအမည်ဖြင့် မှတ်တမ်းတစ်ခု ရှိပြီးဖြစ်သည်</translation>
    </message>
    <message>
        <source>Cannot record to %1: %2</source>
        <translation>%1 သို့ မှတ်တမ်းတင်၍ မရပါ: %2</translation>
    </message>
    <message>
        <source>Will record to %1 when live</source>
        <translation>တိုက်ရိုက်စတင်သည့်အခါ %1 သို့ မှတ်တမ်းတင်မည်</translation>
    </message>
    <message>
        <source>Cannot record: %1</source>
        <translation>မှတ်တမ်းတင်၍ မရပါ: %1</translation>
    </message>
    <message>
        <source>The recording stopped: %1</source>
        <translation>မှတ်တမ်းတင်ခြင်း ရပ်သွားသည်: %1</translation>
    </message>
    <message>
        <source>Recording saved: %1</source>
        <translation>မှတ်တမ်း သိမ်းပြီး: %1</translation>
    </message>
    <message>
        <source>may draw</source>
        <translation>ရေးဆွဲနိုင်သည်</translation>
    </message>
    <message>
        <source>may speak</source>
        <translation>စကားပြောနိုင်သည်</translation>
    </message>
    <message>
        <source>hand raised</source>
        <translation>လက်ထောင်ထားသည်</translation>
    </message>
    <message>
        <source>Stop drawing</source>
        <translation>ရေးဆွဲခြင်း ရပ်ရန်</translation>
    </message>
    <message>
        <source>Stop speaking</source>
        <translation>စကားပြောခြင်း ရပ်ရန်</translation>
    </message>
    <message numerus="yes">
        <source>%n viewer(s)</source>
        <translation>
            <numerusform>ကြည့်ရှုသူ %n ဦး</numerusform>
        </translation>
    </message>
    <message>
        <source>REC</source>
        <translation>မှတ်တမ်းတင်နေသည်</translation>
    </message>
</context>
<context>
    <name>BroadcastViewer</name>
    <message>
        <source>Live surgical demonstrations</source>
        <translation>တိုက်ရိုက် ခွဲစိတ်ကုသမှု သရုပ်ပြခြင်းများ</translation>
    </message>
    <message>
        <source>Watch</source>
        <translation>ကြည့်ရန်</translation>
    </message>
    <message>
        <source>Waiting for the surgeon&apos;s picture…</source>
        <translation>ခွဲစိတ်ဆရာဝန်၏ ပုံကို စောင့်နေသည်…</translation>
    </message>
    <message>
        <source>Raise hand</source>
        <translation>လက်ထောင်ရန်</translation>
    </message>
    <message>
        <source>Speak</source>
        <translation>စကားပြောရန်</translation>
    </message>
    <message>
        <source>Leave</source>
        <translation>ထွက်ရန်</translation>
    </message>
    <message>
        <source>Ask the surgeon…</source>
        <translation>ခွဲစိတ်ဆရာဝန်ကို မေးရန်…</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>ပို့ရန်</translation>
    </message>
    <message>
        <source>LIVE</source>
        <translation>တိုက်ရိုက်</translation>
    </message>
    <message>
        <source>ended</source>
        <translation>ပြီးဆုံးပြီ</translation>
    </message>
    <message>
        <source>No picture or sound: %1</source>
        <translation>ပုံ သို့မဟုတ် အသံ မရှိပါ: %1</translation>
    </message>
    <message>
        <source>Lower hand</source>
        <translation>လက်ချရန်</translation>
    </message>
    <message>
        <source>No microphone: %1</source>
        <translation>မိုက်ခရိုဖုန်း မရှိပါ: %1</translation>
    </message>
    <message>
        <source>Broadcast</source>
        <translation>ထုတ်လွှင့်မှု</translation>
    </message>
    <message>
        <source>not live</source>
        <translation>ထုတ်လွှင့်မနေပါ</translation>
    </message>
    <message>
        <source>you may draw on the picture</source>
        <translation>သင် ပုံပေါ်တွင် ရေးဆွဲနိုင်သည်</translation>
    </message>
    <message>
        <source>you may speak</source>
        <translation>သင် စကားပြောနိုင်သည်</translation>
    </message>
    <message>
        <source>No picture for %1 s</source>
        <translation>%1 စက္ကန့်ကြာ ပုံမရှိပါ</translation>
    </message>
</context>
<context>
    <name>CameraPage</name>
    <message>
        <source>Camera</source>
        <translation>ကင်မရာ</translation>
    </message>
    <message>
        <source>Check again</source>
        <translation>ထပ်စစ်ရန်</translation>
    </message>
    <message>
        <source>Camera for calls:</source>
        <translation>ခေါ်ဆိုမှုအတွက် ကင်မရာ:</translation>
    </message>
    <message>
        <source>The first camera</source>
        <translation>ပထမ ကင်မရာ</translation>
    </message>
    <message>
        <source>Looking for a camera…</source>
        <translation>ကင်မရာကို ရှာနေသည်…</translation>
    </message>
    <message>
        <source>No camera found (%1). Everything else works without one: reading studies, consults with voice, watching broadcasts. To send video, connect a camera and check again.</source>
        <translation>ကင်မရာ ရှာမတွေ့ပါ (%1)။ ကျန်အရာအားလုံး ကင်မရာမပါဘဲ အလုပ်လုပ်သည်: စစ်ဆေးမှုများ ဖတ်ခြင်း၊ အသံဖြင့် ဆွေးနွေးခြင်း၊ ထုတ်လွှင့်မှုများ ကြည့်ခြင်း။ ဗီဒီယို ပို့ရန် ကင်မရာကို ချိတ်ဆက်ပြီး ထပ်စစ်ပါ။</translation>
    </message>
    <message>
        <source>no camera</source>
        <translation>ကင်မရာ မရှိ</translation>
    </message>
    <message>
        <source>Camera 0 works: %1 × %2 pixels.</source>
        <translation>ကင်မရာ 0 အလုပ်လုပ်သည်: %1 × %2 pixel။</translation>
    </message>
</context>
<context>
    <name>CataloguePage</name>
    <message>
        <source>&lt;b&gt;Cohorts&lt;/b&gt;</source>
        <translation>&lt;b&gt;သင်တန်းသားအုပ်စုများ&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Enrol</source>
        <translation>စာရင်းသွင်းရန်</translation>
    </message>
    <message>
        <source>Cohort code from your coordinator</source>
        <translation>သင့်ညှိနှိုင်းရေးမှူးထံမှ အုပ်စုကုဒ်</translation>
    </message>
    <message>
        <source>Enrol by code</source>
        <translation>ကုဒ်ဖြင့် စာရင်းသွင်းရန်</translation>
    </message>
    <message>
        <source>&lt;b&gt;Courses&lt;/b&gt;</source>
        <translation>&lt;b&gt;သင်တန်းများ&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>ဖွင့်ရန်</translation>
    </message>
    <message>
        <source>Download and install</source>
        <translation>ဒေါင်းလုဒ်လုပ်ပြီး ထည့်သွင်းရန်</translation>
    </message>
    <message>
        <source>Install from file…</source>
        <translation>ဖိုင်မှ ထည့်သွင်းရန်…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>မလုပ်တော့ပါ</translation>
    </message>
    <message>
        <source>v%1 installed</source>
        <translation>v%1 ထည့်သွင်းပြီး</translation>
    </message>
    <message>
        <source>completed</source>
        <translation>ပြီးဆုံးပြီ</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>မအောင်မြင်ပါ</translation>
    </message>
    <message>
        <source>%1/%2 lessons</source>
        <translation>သင်ခန်းစာ %1/%2</translation>
    </message>
    <message>
        <source>v%1 available</source>
        <translation>v%1 ရနိုင်သည်</translation>
    </message>
    <message>
        <source>v%1 available · %2 MB</source>
        <translation>v%1 ရနိုင်သည် · %2 MB</translation>
    </message>
    <message>
        <source>Install a course package</source>
        <translation>သင်တန်းပက်ကေ့ချ် ထည့်သွင်းရန်</translation>
    </message>
    <message>
        <source>Course packages (*.silkcourse);;All files (*)</source>
        <translation>သင်တန်းပက်ကေ့ချ်များ (*.silkcourse);;ဖိုင်အားလုံး (*)</translation>
    </message>
</context>
<context>
    <name>CompareView</name>
    <message>
        <source>Compare with prior</source>
        <translation>ယခင်စစ်ဆေးမှုနှင့် နှိုင်းယှဉ်ရန်</translation>
    </message>
    <message>
        <source>Link W/L</source>
        <translation>W/L ချိတ်ဆက်ရန်</translation>
    </message>
    <message>
        <source>Pair these slices</source>
        <translation>ဤအလွှာနှစ်ခုကို တွဲရန်</translation>
    </message>
    <message>
        <source>The two slices shown are the same anatomy: scroll them together from now on</source>
        <translation>ပြထားသော အလွှာနှစ်ခုသည် ခန္ဓာဗေဒနေရာ တစ်ခုတည်းဖြစ်သည်: ယခုမှစ၍ အတူတကွ လှိမ့်ရန်</translation>
    </message>
    <message>
        <source>Unpair</source>
        <translation>တွဲထားမှု ဖြုတ်ရန်</translation>
    </message>
    <message>
        <source>One of the two studies has no series.</source>
        <translation>စစ်ဆေးမှုနှစ်ခုအနက် တစ်ခုတွင် စီးရီး မရှိပါ။</translation>
    </message>
    <message>
        <source>Choose another series to compare with.</source>
        <translation>နှိုင်းယှဉ်ရန် အခြားစီးရီးတစ်ခု ရွေးပါ။</translation>
    </message>
    <message>
        <source>The series %1 is not in the catalog.</source>
        <translation>စီးရီး %1 သည် ကက်တလောက်တွင် မရှိပါ။</translation>
    </message>
    <message>
        <source>Compare with prior shows series of slices (CT, MR, PET…); this series holds separate images: open it on its own.</source>
        <translation>ယခင်နှင့် နှိုင်းယှဉ်ခြင်းသည် အလွှာစီးရီးများ (CT, MR, PET…) အတွက်ဖြစ်သည်၊ ဤစီးရီးတွင် သီးခြားပုံများသာ ပါသည်: ၎င်းကို သီးခြားဖွင့်ပါ။</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>ဖွင့်နေသည်…</translation>
    </message>
    <message>
        <source>Could not open the prior series: %1</source>
        <translation>ယခင်စီးရီးကို ဖွင့်၍ မရပါ: %1</translation>
    </message>
    <message>
        <source>The prior series holds no images.</source>
        <translation>ယခင်စီးရီးတွင် ပုံ မရှိပါ။</translation>
    </message>
    <message>
        <source>Current: %1</source>
        <translation>လက်ရှိ: %1</translation>
    </message>
    <message>
        <source>Prior: %1</source>
        <translation>ယခင်: %1</translation>
    </message>
    <message>
        <source>Scrolling together by patient position (same frame of reference).</source>
        <translation>လူနာ၏ တည်နေရာအလိုက် အတူတကွ လှိမ့်နေသည် (frame of reference တူသည်)။</translation>
    </message>
    <message>
        <source>Different frame of reference: scroll each side to the same anatomy, then Pair these slices.</source>
        <translation>frame of reference မတူပါ: ဘက်တစ်ဖက်စီကို ခန္ဓာဗေဒနေရာ တစ်ခုတည်းသို့ လှိမ့်ပြီး ဤအလွှာနှစ်ခုကို တွဲရန် နှိပ်ပါ။</translation>
    </message>
    <message>
        <source>Paired: scrolling together (prior %1 mm).</source>
        <translation>တွဲပြီး: အတူတကွ လှိမ့်နေသည် (ယခင် %1 mm)။</translation>
    </message>
</context>
<context>
    <name>ComposeDialog</name>
    <message>
        <source>Send referral</source>
        <translation>လွှဲပို့ချက် ပို့ရန်</translation>
    </message>
    <message>
        <source>Attach…</source>
        <translation>ပူးတွဲရန်…</translation>
    </message>
    <message>
        <source>Specialty</source>
        <translation>အထူးပြုဘာသာ</translation>
    </message>
    <message>
        <source>Urgency</source>
        <translation>အရေးပေါ်အဆင့်</translation>
    </message>
    <message>
        <source>Clinical question</source>
        <translation>ဆေးဘက်ဆိုင်ရာ မေးခွန်း</translation>
    </message>
    <message>
        <source>History</source>
        <translation>ရောဂါရာဇဝင်</translation>
    </message>
    <message>
        <source>Answer in</source>
        <translation>ဖြေကြားမည့် ဘာသာစကား</translation>
    </message>
    <message>
        <source>Attachments (you confirm they identify no one)</source>
        <translation>ပူးတွဲဖိုင်များ (မည်သူ့ကိုမျှ ဖော်ထုတ်ခြင်း မရှိကြောင်း သင် အတည်ပြုသည်)</translation>
    </message>
    <message>
        <source>Attach</source>
        <translation>ပူးတွဲရန်</translation>
    </message>
    <message>
        <source>A specialty and a clinical question are needed.</source>
        <translation>အထူးပြုဘာသာနှင့် ဆေးဘက်ဆိုင်ရာ မေးခွန်း လိုအပ်သည်။</translation>
    </message>
</context>
<context>
    <name>ConsultController</name>
    <message>
        <source>Video call unavailable: %1</source>
        <translation>ဗီဒီယိုခေါ်ဆိုမှု အသုံးမပြုနိုင်ပါ: %1</translation>
    </message>
    <message>
        <source>You stopped following the presenter to look around alone. Tick &quot;Follow the presenter&quot; in the consult panel to rejoin.</source>
        <translation>သင်သည် တစ်ဦးတည်း ကြည့်ရန် တင်ပြသူနောက် လိုက်ခြင်းကို ရပ်လိုက်သည်။ ပြန်ဝင်ရန် ဆွေးနွေးပွဲ အကွက်တွင် &quot;တင်ပြသူနောက် လိုက်ရန်&quot; ကို အမှန်ခြစ်ပါ။</translation>
    </message>
    <message>
        <source>The presenter&apos;s case is not downloaded yet: Download cases</source>
        <translation>တင်ပြသူ၏ လူနာမှတ်တမ်းကို မဒေါင်းလုဒ်လုပ်ရသေးပါ: လူနာမှတ်တမ်းများ ဒေါင်းလုဒ်လုပ်ပါ</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>မျှဝေရန်</translation>
    </message>
    <message>
        <source>Open the study to share first.</source>
        <translation>မျှဝေမည့် စစ်ဆေးမှုကို ဦးစွာ ဖွင့်ပါ။</translation>
    </message>
    <message>
        <source>Sharing</source>
        <translation>မျှဝေနေသည်</translation>
    </message>
    <message>
        <source>Case shared (de-identified)</source>
        <translation>လူနာမှတ်တမ်း မျှဝေပြီး (ကိုယ်ရေးအချက်အလက် ဖယ်ရှားပြီး)</translation>
    </message>
    <message>
        <source>Burned-in text?</source>
        <translation>ပုံထဲတွင် စာသား ပါနေသလား။</translation>
    </message>
    <message>
        <source>Some images may show patient details burned into the pixels. Look at them before sending. Send them anyway?</source>
        <translation>အချို့ပုံများတွင် လူနာ၏ အချက်အလက်များ pixel ထဲတွင် ပါနေနိုင်သည်။ မပို့မီ ကြည့်ရှုပါ။ မည်သို့ပင်ဖြစ်စေ ပို့မလား။</translation>
    </message>
    <message>
        <source>Could not share the case</source>
        <translation>လူနာမှတ်တမ်းကို မျှဝေ၍ မရပါ</translation>
    </message>
    <message>
        <source>Downloading cases</source>
        <translation>လူနာမှတ်တမ်းများ ဒေါင်းလုဒ်လုပ်နေသည်</translation>
    </message>
    <message>
        <source>Could not download the cases</source>
        <translation>လူနာမှတ်တမ်းများကို ဒေါင်းလုဒ်လုပ်၍ မရပါ</translation>
    </message>
    <message>
        <source>Download the case first</source>
        <translation>လူနာမှတ်တမ်းကို ဦးစွာ ဒေါင်းလုဒ်လုပ်ပါ</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>ထုတ်ယူရန်</translation>
    </message>
    <message>
        <source>Open the case&apos;s series first.</source>
        <translation>လူနာမှတ်တမ်း၏ စီးရီးကို ဦးစွာ ဖွင့်ပါ။</translation>
    </message>
    <message>
        <source>Exporting</source>
        <translation>ထုတ်ယူနေသည်</translation>
    </message>
    <message>
        <source>Could not export the case</source>
        <translation>လူနာမှတ်တမ်းကို ထုတ်ယူ၍ မရပါ</translation>
    </message>
    <message>
        <source>Written: %1</source>
        <translation>ရေးပြီး: %1</translation>
    </message>
    <message>
        <source>Send to PACS</source>
        <translation>PACS သို့ ပို့ရန်</translation>
    </message>
    <message>
        <source>No PACS is configured: add one to the settings (pacs_nodes).</source>
        <translation>PACS သတ်မှတ်ထားခြင်း မရှိပါ: ဆက်တင်များတွင် တစ်ခု ထည့်ပါ (pacs_nodes)။</translation>
    </message>
    <message>
        <source>Export the case first (Report + SR…).</source>
        <translation>လူနာမှတ်တမ်းကို ဦးစွာ ထုတ်ယူပါ (အစီရင်ခံစာ + SR…)။</translation>
    </message>
    <message>
        <source>Sending to PACS</source>
        <translation>PACS သို့ ပို့နေသည်</translation>
    </message>
    <message>
        <source>Could not send to the PACS</source>
        <translation>PACS သို့ ပို့၍ မရပါ</translation>
    </message>
</context>
<context>
    <name>ConsultPanel</name>
    <message>
        <source>MDT consults</source>
        <translation>MDT ဆွေးနွေးပွဲများ</translation>
    </message>
    <message>
        <source>Join</source>
        <translation>ဝင်ရောက်ရန်</translation>
    </message>
    <message>
        <source>New consult…</source>
        <translation>ဆွေးနွေးပွဲအသစ်…</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>တောင်းဆိုရန်</translation>
    </message>
    <message>
        <source>Take</source>
        <translation>ယူရန်</translation>
    </message>
    <message>
        <source>Hand over</source>
        <translation>လွှဲပေးရန်</translation>
    </message>
    <message>
        <source>Release</source>
        <translation>လွှတ်ရန်</translation>
    </message>
    <message>
        <source>Voice</source>
        <translation>အသံ</translation>
    </message>
    <message>
        <source>Mute my microphone</source>
        <translation>ကျွန်ုပ်၏ မိုက်ခရိုဖုန်းကို ပိတ်ရန်</translation>
    </message>
    <message>
        <source>Video call</source>
        <translation>ဗီဒီယိုခေါ်ဆိုမှု</translation>
    </message>
    <message>
        <source>Follow the presenter</source>
        <translation>တင်ပြသူနောက် လိုက်ရန်</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>လူနာမှတ်တမ်းများ</translation>
    </message>
    <message>
        <source>Share open study</source>
        <translation>ဖွင့်ထားသော စစ်ဆေးမှုကို မျှဝေရန်</translation>
    </message>
    <message>
        <source>Download cases</source>
        <translation>လူနာမှတ်တမ်းများ ဒေါင်းလုဒ်လုပ်ရန်</translation>
    </message>
    <message>
        <source>Chat</source>
        <translation>စကားဝိုင်း</translation>
    </message>
    <message>
        <source>Message…</source>
        <translation>မက်ဆေ့ချ်…</translation>
    </message>
    <message>
        <source>Conclusion of the open case</source>
        <translation>ဖွင့်ထားသော လူနာမှတ်တမ်း၏ နိဂုံးချုပ်</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>တွေ့ရှိချက်များ</translation>
    </message>
    <message>
        <source>Diagnosis</source>
        <translation>ရောဂါအမည်သတ်မှတ်ချက်</translation>
    </message>
    <message>
        <source>Recommendation</source>
        <translation>အကြံပြုချက်</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>နောက်ဆက်တွဲ စောင့်ကြည့်မှု</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>တာဝန်ရှိသူ</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>ဘာသာစကား</translation>
    </message>
    <message>
        <source>Save conclusion</source>
        <translation>နိဂုံးချုပ် သိမ်းရန်</translation>
    </message>
    <message>
        <source>Leave</source>
        <translation>ထွက်ရန်</translation>
    </message>
    <message>
        <source>End consult</source>
        <translation>ဆွေးနွေးပွဲ ပြီးဆုံးရန်</translation>
    </message>
    <message>
        <source>Report + SR…</source>
        <translation>အစီရင်ခံစာ + SR…</translation>
    </message>
    <message>
        <source>Key images as DICOM</source>
        <translation>အဓိကပုံများကို DICOM အဖြစ်</translation>
    </message>
    <message>
        <source>Also write the annotated key images as secondary captures for the PACS (referenced by the key object selection)</source>
        <translation>မှတ်ချက်ပါ အဓိကပုံများကို PACS အတွက် secondary capture အဖြစ်လည်း ရေးပါ (key object selection က ရည်ညွှန်းသည်)</translation>
    </message>
    <message>
        <source>Send to PACS</source>
        <translation>PACS သို့ ပို့ရန်</translation>
    </message>
    <message>
        <source>Send the exported SR and key images to the PACS chosen in the PACS tab</source>
        <translation>ထုတ်ယူပြီးသော SR နှင့် အဓိကပုံများကို PACS tab တွင် ရွေးထားသော PACS သို့ ပို့ရန်</translation>
    </message>
    <message>
        <source>Your role (%1) does not take part in MDT consults.</source>
        <translation>သင့်အခန်းကဏ္ဍ (%1) သည် MDT ဆွေးနွေးပွဲများတွင် ပါဝင်ခြင်း မရှိပါ။</translation>
    </message>
    <message>
        <source>MDT consult</source>
        <translation>MDT ဆွေးနွေးပွဲ</translation>
    </message>
    <message>
        <source>Consult</source>
        <translation>ဆွေးနွေးပွဲ</translation>
    </message>
    <message>
        <source>ended</source>
        <translation>ပြီးဆုံးပြီ</translation>
    </message>
    <message>
        <source>left</source>
        <translation>ထွက်သွားပြီ</translation>
    </message>
    <message>
        <source>Looking around alone — tick to rejoin the presenter</source>
        <translation>တစ်ဦးတည်း ကြည့်နေသည် — တင်ပြသူနောက် ပြန်လိုက်ရန် အမှန်ခြစ်ပါ</translation>
    </message>
    <message>
        <source>downloaded</source>
        <translation>ဒေါင်းလုဒ်လုပ်ပြီး</translation>
    </message>
    <message>
        <source>shared</source>
        <translation>မျှဝေပြီး</translation>
    </message>
    <message>
        <source>not shared yet</source>
        <translation>မမျှဝေရသေးပါ</translation>
    </message>
    <message>
        <source>No conclusion yet.</source>
        <translation>နိဂုံးချုပ် မရှိသေးပါ။</translation>
    </message>
    <message>
        <source>Version %1, written in %2 by %3</source>
        <translation>ဗားရှင်း %1၊ %2 ဖြင့် %3 ရေးသည်</translation>
    </message>
    <message>
        <source>%1 speaking</source>
        <translation>%1 စကားပြောနေသည်</translation>
    </message>
    <message>
        <source>Select a participant first.</source>
        <translation>ပါဝင်သူတစ်ဦးကို ဦးစွာ ရွေးပါ။</translation>
    </message>
    <message>
        <source>Folder for the report, the SR and the key images</source>
        <translation>အစီရင်ခံစာ၊ SR နှင့် အဓိကပုံများအတွက် ဖိုဒါ</translation>
    </message>
</context>
<context>
    <name>CoordinatorPage</name>
    <message>
        <source>Cohort</source>
        <translation>သင်တန်းသားအုပ်စု</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>CSV ထုတ်ယူရန်…</translation>
    </message>
    <message>
        <source>Trainee</source>
        <translation>သင်တန်းသား</translation>
    </message>
    <message>
        <source>Hospital</source>
        <translation>ဆေးရုံ</translation>
    </message>
    <message>
        <source>Course</source>
        <translation>သင်တန်း</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>အခြေအနေ</translation>
    </message>
    <message>
        <source>Lessons</source>
        <translation>သင်ခန်းစာများ</translation>
    </message>
    <message>
        <source>Quiz attempts</source>
        <translation>စာမေးပွဲ ဖြေဆိုကြိမ်များ</translation>
    </message>
    <message>
        <source>Best quiz</source>
        <translation>အကောင်းဆုံး စာမေးပွဲ</translation>
    </message>
    <message>
        <source>Course score</source>
        <translation>သင်တန်းရမှတ်</translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation>လက်မှတ်</translation>
    </message>
    <message>
        <source>Last activity</source>
        <translation>နောက်ဆုံးလုပ်ဆောင်ချက်</translation>
    </message>
    <message>
        <source>completed</source>
        <translation>ပြီးဆုံးပြီ</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>မအောင်မြင်ပါ</translation>
    </message>
    <message>
        <source>in progress</source>
        <translation>ဆောင်ရွက်ဆဲ</translation>
    </message>
    <message>
        <source>registered</source>
        <translation>စာရင်းသွင်းပြီး</translation>
    </message>
    <message>
        <source>&lt;b&gt;Hardest questions&lt;/b&gt;</source>
        <translation>&lt;b&gt;အခက်ဆုံး မေးခွန်းများ&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>မေးခွန်း</translation>
    </message>
    <message>
        <source>Answers</source>
        <translation>အဖြေများ</translation>
    </message>
    <message>
        <source>Correct</source>
        <translation>မှန်</translation>
    </message>
    <message>
        <source>— choose a cohort —</source>
        <translation>— သင်တန်းသားအုပ်စု ရွေးပါ —</translation>
    </message>
    <message>
        <source>Reading the cohort&apos;s progress…</source>
        <translation>အုပ်စု၏ တိုးတက်မှုကို ဖတ်နေသည်…</translation>
    </message>
    <message>
        <source>enrolled, not started</source>
        <translation>စာရင်းသွင်းပြီး၊ မစရသေးပါ</translation>
    </message>
    <message numerus="yes">
        <source>%n trainee(s)</source>
        <translation>
            <numerusform>သင်တန်းသား %n ဦး</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 completed</source>
        <translation>%1 ဦး ပြီးဆုံးပြီ</translation>
    </message>
    <message numerus="yes">
        <source>%n statement(s) received</source>
        <translation>
            <numerusform>မှတ်တမ်း %n ခု ရရှိပြီး</numerusform>
        </translation>
    </message>
    <message>
        <source>Export cohort progress</source>
        <translation>အုပ်စု၏ တိုးတက်မှုကို ထုတ်ယူရန်</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>Export failed: %1</source>
        <translation>ထုတ်ယူခြင်း မအောင်မြင်ပါ: %1</translation>
    </message>
</context>
<context>
    <name>CoreMessages</name>
    <message>
        <source>camera %1: cannot open video device (no camera at index %1 or it is in use)</source>
        <extracomment>The sentences of the core&apos;s error codes (workstation.errors), in the interface language.</extracomment>
        <translation>ကင်မရာ %1: ဗီဒီယိုကိရိယာကို ဖွင့်၍ မရပါ (အညွှန်း %1 တွင် ကင်မရာ မရှိပါ သို့မဟုတ် အသုံးပြုနေသည်)</translation>
    </message>
    <message>
        <source>camera %1: no frame (device disconnected?)</source>
        <translation>ကင်မရာ %1: ပုံ မရပါ (ကိရိယာ ချိတ်ဆက်မှု ပြတ်သွားသလား)</translation>
    </message>
    <message>
        <source>the hub refused this key (not enrolled or revoked)</source>
        <translation>ဗဟိုဌာနက ဤသော့ကို ငြင်းပယ်သည် (စာရင်းမသွင်းရသေး သို့မဟုတ် ရုပ်သိမ်းပြီး)</translation>
    </message>
    <message>
        <source>secure handshake with the hub failed (wrong hub key?)</source>
        <translation>ဗဟိုဌာနနှင့် လုံခြုံသော ချိတ်ဆက်မှု မအောင်မြင်ပါ (ဗဟိုဌာန၏ သော့ မှားနေသလား)</translation>
    </message>
    <message>
        <source>cannot create room %1: not connected to the hub</source>
        <translation>အခန်း %1 ကို ဖန်တီး၍ မရပါ: ဗဟိုဌာနနှင့် ချိတ်ဆက်မထားပါ</translation>
    </message>
    <message>
        <source>not a DICOM file</source>
        <translation>DICOM ဖိုင် မဟုတ်ပါ</translation>
    </message>
    <message>
        <source>empty file</source>
        <translation>ဖိုင် ဗလာ</translation>
    </message>
    <message>
        <source>no such file or folder</source>
        <translation>ဤဖိုင် သို့မဟုတ် ဖိုဒါ မရှိပါ</translation>
    </message>
    <message>
        <source>unsafe path inside the zip</source>
        <translation>zip အတွင်းရှိ လမ်းကြောင်း မလုံခြုံပါ</translation>
    </message>
    <message>
        <source>cannot be shown: an image without pixel data</source>
        <translation>ပြ၍ မရပါ: ပုံတွင် ပစ်ဆယ် ဒေတာ မပါပါ</translation>
    </message>
    <message>
        <source>cannot be shown: the decoder for %1 is not installed</source>
        <translation>ပြ၍ မရပါ: %1 အတွက် ဒီကုဒ်ဒါ ထည့်သွင်းမထားပါ</translation>
    </message>
    <message>
        <source>cannot be shown: unknown transfer syntax %1</source>
        <translation>ပြ၍ မရပါ: မသိသော transfer syntax %1</translation>
    </message>
    <message>
        <source>truncated: pixel data needs %1 bytes, the file holds %2</source>
        <translation>ဖိုင် မပြည့်စုံပါ: ပစ်ဆယ် ဒေတာအတွက် %1 ဘိုက် လိုအပ်သော်လည်း ဖိုင်တွင် %2 သာ ရှိသည်</translation>
    </message>
    <message>
        <source>incomplete DICOM header (truncated?): missing %1</source>
        <translation>DICOM ခေါင်းစီး မပြည့်စုံပါ (ဖိုင် ပြတ်နေသလား): %1 မပါပါ</translation>
    </message>
    <message>
        <source>cannot read: %1</source>
        <translation>ဖတ်၍ မရပါ: %1</translation>
    </message>
    <message>
        <source>cannot copy into the catalog: %1</source>
        <translation>ကက်တလောက်ထဲသို့ ကူး၍ မရပါ: %1</translation>
    </message>
    <message>
        <source>unknown value representation %1 in %2</source>
        <translation>%2 တွင် မသိသော တန်ဖိုးအမျိုးအစား (VR) %1</translation>
    </message>
    <message>
        <source>truncated or corrupt: %1 claims %2 bytes, the file holds %3 after it</source>
        <translation>ဖိုင် မပြည့်စုံ သို့မဟုတ် ပျက်စီးနေသည်: %1 သည် %2 ဘိုက် ရှိသည်ဟု ဆိုသော်လည်း ၎င်းနောက်တွင် ဖိုင်၌ %3 သာ ရှိသည်</translation>
    </message>
    <message>
        <source>unreadable element %1: %2 bytes is not a whole number of %3 values (%4 bytes each)</source>
        <translation>ဒြပ်စင် %1 ကို ဖတ်၍ မရပါ: %2 ဘိုက်သည် %3 တန်ဖိုး (တစ်ခုလျှင် %4 ဘိုက်) ၏ ကိန်းပြည့် မဟုတ်ပါ</translation>
    </message>
    <message>
        <source>unreadable element %1: %2</source>
        <translation>ဒြပ်စင် %1 ကို ဖတ်၍ မရပါ: %2</translation>
    </message>
    <message>
        <source>cannot be shown: invalid image header (%1)</source>
        <translation>ပြသ၍ မရပါ: ပုံ၏ ခေါင်းစီး အချက်အလက် မမှန်ကန်ပါ (%1)</translation>
    </message>
    <message>
        <source>cannot be shown: the file does not say how its pixel data is encoded (no transfer syntax)</source>
        <translation>ပြသ၍ မရပါ: ပစ်ဆယ် ဒေတာကို မည်သို့ ကုဒ်ပြောင်းထားသည်ကို ဖိုင်က မဖော်ပြထားပါ (transfer syntax မရှိပါ)</translation>
    </message>
    <message>
        <source>cannot be shown: no decoder for pixel data in %1</source>
        <translation>ပြသ၍ မရပါ: %1 ပစ်ဆယ် ဒေတာအတွက် ကုဒ်ဖြေစနစ် မရှိပါ</translation>
    </message>
    <message>
        <source>cannot be shown: the first frame does not decode (%1)</source>
        <translation>ပြသ၍ မရပါ: ပထမ ဖရိမ်ကို ကုဒ်ဖြေ၍ မရပါ (%1)</translation>
    </message>
    <message>
        <source>cannot be shown: the first frame decodes to shape %1, the header says %2 rows x %3 columns</source>
        <translation>ပြသ၍ မရပါ: ပထမ ဖရိမ်ကို ကုဒ်ဖြေရာ ပုံသဏ္ဌာန် %1 ရသော်လည်း ခေါင်းစီးတွင် အတန်း %2 x ကော်လံ %3 ဟု ဖော်ပြထားသည်</translation>
    </message>
    <message>
        <source>corrupt: the pixel data cannot be located in the file</source>
        <translation>ပျက်စီးနေသည်: ဖိုင်တွင် ပစ်ဆယ် ဒေတာ၏ တည်နေရာကို ရှာမတွေ့ပါ</translation>
    </message>
    <message>
        <source>corrupt: compressed (undefined length) pixel data in %1</source>
        <translation>ပျက်စီးနေသည်: %1 တွင် ချုံ့ထားသော (အရှည် မသတ်မှတ်ထားသော) ပစ်ဆယ် ဒေတာ</translation>
    </message>
    <message>
        <source>truncated: the compressed pixel data ends before its delimiter</source>
        <translation>ဖိုင် မပြည့်စုံပါ: ချုံ့ထားသော ပစ်ဆယ် ဒေတာသည် ပိုင်းခြားသင်္ကေတ မတိုင်မီ ဆုံးသွားသည်</translation>
    </message>
    <message>
        <source>corrupt: invalid item in the compressed pixel data</source>
        <translation>ပျက်စီးနေသည်: ချုံ့ထားသော ပစ်ဆယ် ဒေတာတွင် မမှန်ကန်သော အစိတ်အပိုင်း ပါရှိသည်</translation>
    </message>
    <message>
        <source>truncated: a compressed frame runs past the end of the file</source>
        <translation>ဖိုင် မပြည့်စုံပါ: ချုံ့ထားသော ဖရိမ်တစ်ခုသည် ဖိုင်အဆုံးကို ကျော်လွန်နေသည်</translation>
    </message>
    <message>
        <source>corrupt: %1 pixel data must be encapsulated (undefined length)</source>
        <translation>ပျက်စီးနေသည်: %1 ပစ်ဆယ် ဒေတာကို ထုပ်ပိုးထားရမည် (အရှည် မသတ်မှတ်ထားသော)</translation>
    </message>
    <message>
        <source>truncated: pixel data holds %1 bytes, the image needs %2</source>
        <translation>ဖိုင် မပြည့်စုံပါ: ပစ်ဆယ် ဒေတာတွင် %1 ဘိုက် ရှိပြီး ပုံအတွက် %2 လိုအပ်သည်</translation>
    </message>
    <message>
        <source>corrupt: pixel data holds %1 bytes, Rows x Columns x frames x samples x bits need %2</source>
        <translation>ပျက်စီးနေသည်: ပစ်ဆယ် ဒေတာတွင် %1 ဘိုက် ရှိသော်လည်း အတန်း x ကော်လံ x ဖရိမ် x နမူနာ x ဘစ် အတွက် %2 လိုအပ်သည်</translation>
    </message>
    <message>
        <source>truncated or corrupt: %1</source>
        <translation>ဖိုင် မပြည့်စုံ သို့မဟုတ် ပျက်စီးနေသည်: %1</translation>
    </message>
    <message>
        <source>truncated: %1</source>
        <translation>ဖိုင် မပြည့်စုံပါ: %1</translation>
    </message>
    <message>
        <source>corrupt header: %1</source>
        <translation>ဖိုင် ခေါင်းစီး ပျက်စီးနေသည်: %1</translation>
    </message>
    <message>
        <source>corrupt file meta header: %1 found inside the dataset</source>
        <translation>ဖိုင် မက်တာ ခေါင်းစီး ပျက်စီးနေသည်: ဒေတာအစုအတွင်း %1 ကို တွေ့ရသည်</translation>
    </message>
    <message>
        <source>corrupt pixel data: %1</source>
        <translation>ပစ်ဆယ် ဒေတာ ပျက်စီးနေသည်: %1</translation>
    </message>
    <message>
        <source>a DICOMDIR index, not an image (import its folder or the DICOMDIR itself)</source>
        <translation>DICOMDIR အညွှန်း ဖြစ်ပြီး ပုံ မဟုတ်ပါ (၎င်း၏ ဖိုင်တွဲ သို့မဟုတ် DICOMDIR ကိုယ်တိုင်ကို တင်သွင်းပါ)</translation>
    </message>
    <message>
        <source>unreadable: %1</source>
        <translation>ဖတ်၍ မရပါ: %1</translation>
    </message>
    <message>
        <source>could not be imported: %1</source>
        <translation>တင်သွင်း၍ မရပါ: %1</translation>
    </message>
    <message>
        <source>cannot unzip: %1</source>
        <translation>zip ကို ဖြည်၍ မရပါ: %1</translation>
    </message>
    <message>
        <source>damaged zip: %1</source>
        <translation>zip ဖိုင် ပျက်စီးနေသည်: %1</translation>
    </message>
    <message>
        <source>unreadable DICOMDIR: %1</source>
        <translation>DICOMDIR ကို ဖတ်၍ မရပါ: %1</translation>
    </message>
    <message>
        <source>listed in the DICOMDIR but missing</source>
        <translation>DICOMDIR တွင် ပါသော်လည်း ဖိုင် မရှိပါ</translation>
    </message>
    <message>
        <source>%1: not a readable DICOM file: %2</source>
        <translation>%1: ဖတ်နိုင်သော DICOM ဖိုင် မဟုတ်ပါ: %2</translation>
    </message>
    <message>
        <source>%1: no single SOP Instance UID</source>
        <translation>%1: SOP Instance UID တစ်ခုတည်း မရှိပါ</translation>
    </message>
    <message>
        <source>%1: cannot be de-identified: %2</source>
        <translation>%1: ကိုယ်ရေးအချက်အလက် ဖယ်ရှား၍ မရပါ: %2</translation>
    </message>
    <message>
        <source>%1: its SOP Instance UID %2 is that of %3, already written from %4 with different content; one SOP Instance UID names one object, so it is not written: correct the UID at the source and send it again</source>
        <translation>%1: ၎င်း၏ SOP Instance UID %2 သည် %4 မှ အကြောင်းအရာ မတူဘဲ ရေးပြီးသား %3 ၏ UID ဖြစ်နေသည်။ SOP Instance UID တစ်ခုသည် အရာဝတ္ထု တစ်ခုကိုသာ ညွှန်းသဖြင့် မရေးပါ: မူရင်းနေရာတွင် UID ကို ပြင်ပြီး ထပ်ပို့ပါ</translation>
    </message>
    <message>
        <source>%1: its SOP Instance UID %2 is that of %3, already written by an earlier run with different content; one SOP Instance UID names one object, so it is not written: correct the UID at the source and send it again</source>
        <translation>%1: ၎င်း၏ SOP Instance UID %2 သည် ယခင် လုပ်ဆောင်မှုတွင် အကြောင်းအရာ မတူဘဲ ရေးပြီးသား %3 ၏ UID ဖြစ်နေသည်။ SOP Instance UID တစ်ခုသည် အရာဝတ္ထု တစ်ခုကိုသာ ညွှန်းသဖြင့် မရေးပါ: မူရင်းနေရာတွင် UID ကို ပြင်ပြီး ထပ်ပို့ပါ</translation>
    </message>
    <message>
        <source>the file is truncated: %1</source>
        <translation>ဖိုင် မပြည့်စုံပါ: %1</translation>
    </message>
    <message>
        <source>an encapsulated document (PDF, CDA, ...): its content is sent as it is, not de-identified</source>
        <translation>ထုပ်ပိုးထားသော စာရွက်စာတမ်း (PDF, CDA, ...): ၎င်း၏ အကြောင်းအရာကို မူလအတိုင်း ပို့မည်ဖြစ်ပြီး ကိုယ်ရေးအချက်အလက် ဖယ်ရှားခြင်း မပြုပါ</translation>
    </message>
    <message>
        <source>BurnedInAnnotation is YES: the image has text burned into its pixels</source>
        <translation>BurnedInAnnotation သည် YES ဖြစ်သည်: ပုံ၏ ပစ်ဆယ်များတွင် စာသား မြှုပ်ထားသည်</translation>
    </message>
    <message>
        <source>BurnedInAnnotation is absent and this is %1, which often shows patient details in its pixels</source>
        <translation>BurnedInAnnotation မပါရှိဘဲ ၎င်းသည် %1 ဖြစ်ပြီး ပစ်ဆယ်များတွင် လူနာ အချက်အလက် မကြာခဏ ပါရှိတတ်သည်</translation>
    </message>
    <message>
        <source>nothing could be de-identified (%1)</source>
        <translation>မည်သည့် ဖိုင်ကိုမျှ ကိုယ်ရေးအချက်အလက် ဖယ်ရှား၍ မရပါ (%1)</translation>
    </message>
    <message>
        <source>sharing cancelled</source>
        <translation>မျှဝေခြင်းကို ပယ်ဖျက်လိုက်သည်</translation>
    </message>
    <message>
        <source>%1 is not invited to %2 room %3</source>
        <translation>%1 ကို %2 အခန်း %3 သို့ ဖိတ်ကြားထားခြင်း မရှိပါ</translation>
    </message>
    <message>
        <source>role %1 may not join %2 room %3</source>
        <translation>%1 အခန်းကဏ္ဍသည် %2 အခန်း %3 သို့ ဝင်ခွင့် မရှိပါ</translation>
    </message>
    <message>
        <source>role %1 may not create %2 room %3</source>
        <translation>%1 အခန်းကဏ္ဍသည် %2 အခန်း %3 ကို ဖန်တီးခွင့် မရှိပါ</translation>
    </message>
    <message>
        <source>role %1 may not publish %2</source>
        <translation>%1 အခန်းကဏ္ဍသည် %2 ကို ထုတ်ပြန်ခွင့် မရှိပါ</translation>
    </message>
    <message>
        <source>no such room %1</source>
        <translation>%1 အခန်း မရှိပါ</translation>
    </message>
    <message>
        <source>not a member of room %1</source>
        <translation>%1 အခန်း၏ အဖွဲ့ဝင် မဟုတ်ပါ</translation>
    </message>
    <message>
        <source>you were removed from %1 by %2</source>
        <translation>%2 က သင့်ကို %1 မှ ဖယ်ရှားလိုက်သည်</translation>
    </message>
    <message>
        <source>only the creator of %1 or a moderator may publish %2</source>
        <translation>%1 ကို ဖန်တီးသူ သို့မဟုတ် ဦးဆောင်သူသာ %2 ကို ထုတ်ပြန်နိုင်သည်</translation>
    </message>
    <message>
        <source>only the creator of %1 or a moderator may list it in %2</source>
        <translation>%1 ကို ဖန်တီးသူ သို့မဟုတ် ဦးဆောင်သူသာ ၎င်းကို %2 တွင် ဖော်ပြနိုင်သည်</translation>
    </message>
    <message>
        <source>only the creator of %1 or a moderator may change who enters it</source>
        <translation>%1 ကို ဖန်တီးသူ သို့မဟုတ် ဦးဆောင်သူသာ ဝင်ခွင့်ရှိသူများကို ပြောင်းနိုင်သည်</translation>
    </message>
    <message>
        <source>only the hub publishes %1</source>
        <translation>ဗဟိုဌာနသာ %1 ကို ထုတ်ပြန်သည်</translation>
    </message>
    <message>
        <source>%1: only a consultant of %2 may publish %3</source>
        <translation>%1: %2 ၏ အတိုင်ပင်ခံ ဆရာဝန်သာ %3 ကို ထုတ်ပြန်နိုင်သည်</translation>
    </message>
    <message>
        <source>%1: only the referring hospital may publish %2</source>
        <translation>%1: လွှဲပြောင်းပေးသော ဆေးရုံသာ %2 ကို ထုတ်ပြန်နိုင်သည်</translation>
    </message>
    <message>
        <source>%1 in %2: a room admits at most %3 users, hospitals and roles in all (invite a hospital or a role)</source>
        <translation>%2 ရှိ %1: အခန်းတစ်ခုသည် အသုံးပြုသူ၊ ဆေးရုံနှင့် အခန်းကဏ္ဍ စုစုပေါင်း အများဆုံး %3 ခုသာ လက်ခံသည် (ဆေးရုံ သို့မဟုတ် အခန်းကဏ္ဍ တစ်ခုကို ဖိတ်ပါ)</translation>
    </message>
    <message>
        <source>no such broadcast</source>
        <translation>ဤထုတ်လွှင့်မှု မရှိပါ</translation>
    </message>
    <message>
        <source>a %1 may not hand out watch links: ask the surgeon or a coordinator</source>
        <translation>%1 သည် ကြည့်ရှုရန် လင့်ခ်များ မဝေနိုင်ပါ: ခွဲစိတ်ဆရာဝန် သို့မဟုတ် ညှိနှိုင်းရေးမှူးကို မေးပါ</translation>
    </message>
    <message>
        <source>your clock differs from the hub&apos;s</source>
        <translation>သင့်နာရီသည် ဗဟိုဌာန၏ နာရီနှင့် မတူပါ</translation>
    </message>
    <message>
        <source>refused by the hub: %1</source>
        <translation>ဗဟိုဌာနက ငြင်းပယ်သည်: %1</translation>
    </message>
    <message>
        <source>… and %1 more</source>
        <translation>… နှင့် နောက်ထပ် %1 ခု</translation>
    </message>
</context>
<context>
    <name>CoursesController</name>
    <message>
        <source>This workstation is not enrolled at a hub: courses can only be installed from files</source>
        <translation>ဤစက်ကို ဗဟိုဌာနတွင် စာရင်းမသွင်းထားပါ: သင်တန်းများကို ဖိုင်မှသာ ထည့်သွင်းနိုင်သည်</translation>
    </message>
    <message>
        <source>%1 is not a cohort code: it looks like cohort-3f2a9c… (ask your coordinator)</source>
        <translation>%1 သည် အုပ်စုကုဒ် မဟုတ်ပါ: ကုဒ်သည် cohort-3f2a9c… ကဲ့သို့ ဖြစ်သည် (သင့်ညှိနှိုင်းရေးမှူးကို မေးပါ)</translation>
    </message>
    <message>
        <source>Already enrolled in %1</source>
        <translation>%1 တွင် စာရင်းသွင်းပြီးသား ဖြစ်သည်</translation>
    </message>
    <message>
        <source>Enrolment</source>
        <translation>စာရင်းသွင်းခြင်း</translation>
    </message>
    <message>
        <source>Enrolled in %1</source>
        <translation>%1 တွင် စာရင်းသွင်းပြီး</translation>
    </message>
    <message>
        <source>Enrolled in %1: the hub hears of it when the link is back</source>
        <translation>%1 တွင် စာရင်းသွင်းပြီး: ချိတ်ဆက်မှု ပြန်ရသည့်အခါ ဗဟိုဌာနက သိရှိမည်</translation>
    </message>
    <message>
        <source>Cohort %1: %2</source>
        <translation>အုပ်စု %1: %2</translation>
    </message>
    <message>
        <source>The link is back: resuming the download</source>
        <translation>ချိတ်ဆက်မှု ပြန်ရပြီ: ဒေါင်းလုဒ်ကို ဆက်လုပ်နေသည်</translation>
    </message>
    <message>
        <source>Reading the installed courses</source>
        <translation>ထည့်သွင်းထားသော သင်တန်းများကို ဖတ်နေသည်</translation>
    </message>
    <message>
        <source>%1 is not published in your cohorts</source>
        <translation>%1 ကို သင့်အုပ်စုများတွင် ထုတ်ပြန်မထားပါ</translation>
    </message>
    <message>
        <source>A download is already running</source>
        <translation>ဒေါင်းလုဒ်တစ်ခု လုပ်ဆောင်နေပြီ</translation>
    </message>
    <message>
        <source>Downloading %1</source>
        <translation>%1 ကို ဒေါင်းလုဒ်လုပ်နေသည်</translation>
    </message>
    <message>
        <source>Download of %1 paused: what was received is kept, Download resumes it</source>
        <translation>%1 ဒေါင်းလုဒ်ကို ခဏရပ်ထားသည်: ရရှိပြီးသည်များကို သိမ်းထားသည်၊ ဒေါင်းလုဒ်ကို နှိပ်၍ ဆက်လုပ်ပါ</translation>
    </message>
    <message>
        <source>Download interrupted (%1): what was received is kept; it resumes when the link is back</source>
        <translation>ဒေါင်းလုဒ် ပြတ်တောက်သွားသည် (%1): ရရှိပြီးသည်များကို သိမ်းထားသည်၊ ချိတ်ဆက်မှု ပြန်ရသည့်အခါ ဆက်လုပ်မည်</translation>
    </message>
    <message>
        <source>Could not install the course: %1</source>
        <translation>သင်တန်းကို ထည့်သွင်း၍ မရပါ: %1</translation>
    </message>
    <message>
        <source>Installing %1</source>
        <translation>%1 ကို ထည့်သွင်းနေသည်</translation>
    </message>
    <message>
        <source>Could not install %1: %2</source>
        <translation>%1 ကို ထည့်သွင်း၍ မရပါ: %2</translation>
    </message>
    <message>
        <source>Installed %1 %2: it works offline</source>
        <translation>%1 %2 ထည့်သွင်းပြီး: အော့ဖ်လိုင်း အသုံးပြုနိုင်သည်</translation>
    </message>
    <message>
        <source>This course is not available in %1</source>
        <translation>ဤသင်တန်းကို %1 ဖြင့် မရနိုင်ပါ</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>ဘာသာစကား</translation>
    </message>
    <message>
        <source>Install the course first</source>
        <extracomment>Language names shown in the per-course language choice (each in its own language).</extracomment>
        <translation>သင်တန်းကို ဦးစွာ ထည့်သွင်းပါ</translation>
    </message>
    <message>
        <source>Opening the course</source>
        <translation>သင်တန်းကို ဖွင့်နေသည်</translation>
    </message>
    <message>
        <source>Opening the lesson</source>
        <translation>သင်ခန်းစာကို ဖွင့်နေသည်</translation>
    </message>
    <message>
        <source>Completing the lesson</source>
        <translation>သင်ခန်းစာကို ပြီးဆုံးအောင် မှတ်နေသည်</translation>
    </message>
    <message>
        <source>Starting the attempt</source>
        <translation>ဖြေဆိုမှုကို စတင်နေသည်</translation>
    </message>
    <message>
        <source>Click the finding in the viewer first</source>
        <translation>ပုံကြည့်ကိရိယာတွင် တွေ့ရှိချက်ကို ဦးစွာ နှိပ်ပါ</translation>
    </message>
    <message>
        <source>Choose an answer first</source>
        <translation>အဖြေတစ်ခုကို ဦးစွာ ရွေးပါ</translation>
    </message>
    <message>
        <source>%1: no such file</source>
        <translation>%1: ဤဖိုင် မရှိပါ</translation>
    </message>
    <message>
        <source>Answer not taken: %1</source>
        <translation>အဖြေကို လက်မခံပါ: %1</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>တွေ့ရှိချက်</translation>
    </message>
    <message>
        <source>Your answer</source>
        <translation>သင့်အဖြေ</translation>
    </message>
    <message>
        <source>Image questions are answered in the reading-room viewer</source>
        <translation>ပုံမေးခွန်းများကို ဓာတ်မှန်ဖတ်ခန်း၏ ပုံကြည့်ကိရိယာတွင် ဖြေရသည်</translation>
    </message>
    <message>
        <source>Opening the case in the viewer…</source>
        <translation>လူနာမှတ်တမ်းကို ပုံကြည့်ကိရိယာတွင် ဖွင့်နေသည်…</translation>
    </message>
    <message>
        <source>Click in the case&apos;s series: it is being opened in the viewer</source>
        <translation>လူနာမှတ်တမ်း၏ စီးရီးတွင် နှိပ်ပါ: ၎င်းကို ပုံကြည့်ကိရိယာတွင် ဖွင့်နေသည်</translation>
    </message>
    <message>
        <source>Open the course in the reading room to see the case</source>
        <translation>လူနာမှတ်တမ်းကို ကြည့်ရန် သင်တန်းကို ဓာတ်မှန်ဖတ်ခန်းတွင် ဖွင့်ပါ</translation>
    </message>
    <message>
        <source>The case is open in the viewer</source>
        <translation>လူနာမှတ်တမ်းကို ပုံကြည့်ကိရိယာတွင် ဖွင့်ထားသည်</translation>
    </message>
    <message>
        <source>Importing the case: %1 of %2 images</source>
        <translation>လူနာမှတ်တမ်းကို တင်သွင်းနေသည်: ပုံ %2 ပုံအနက် %1</translation>
    </message>
    <message>
        <source>Could not open the case: %1</source>
        <translation>လူနာမှတ်တမ်းကို ဖွင့်၍ မရပါ: %1</translation>
    </message>
    <message>
        <source>Unknown window preset %1: the series&apos; own window is kept</source>
        <translation>မသိသော ဝင်းဒိုး ကြိုတင်သတ်မှတ်ချက် %1: စီးရီး၏ မူလ ဝင်းဒိုး ကို ဆက်ထားသည်</translation>
    </message>
    <message>
        <source>Playing</source>
        <translation>ဖွင့်နေသည်</translation>
    </message>
    <message>
        <source>End of the video</source>
        <translation>ဗီဒီယို ပြီးဆုံးပြီ</translation>
    </message>
    <message>
        <source>Cannot play the video: %1</source>
        <translation>ဗီဒီယိုကို ဖွင့်၍ မရပါ: %1</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>ခဏရပ်ထားသည်</translation>
    </message>
    <message>
        <source>The course is not completed yet</source>
        <translation>သင်တန်း မပြီးဆုံးသေးပါ</translation>
    </message>
    <message>
        <source>Certificate saved: %1</source>
        <translation>လက်မှတ် သိမ်းပြီး: %1</translation>
    </message>
    <message>
        <source>Could not save the certificate: %1</source>
        <translation>လက်မှတ်ကို သိမ်း၍ မရပါ: %1</translation>
    </message>
    <message>
        <source>Save certificate</source>
        <translation>လက်မှတ် သိမ်းရန်</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Cohort progress</source>
        <translation>အုပ်စု၏ တိုးတက်မှု</translation>
    </message>
    <message>
        <source>Choose a cohort first</source>
        <translation>အုပ်စုတစ်ခုကို ဦးစွာ ရွေးပါ</translation>
    </message>
    <message>
        <source>Exported %1</source>
        <translation>%1 ကို ထုတ်ယူပြီး</translation>
    </message>
</context>
<context>
    <name>CoursesPanel</name>
    <message>
        <source>Courses</source>
        <translation>သင်တန်းများ</translation>
    </message>
    <message>
        <source>Lesson</source>
        <translation>သင်ခန်းစာ</translation>
    </message>
    <message>
        <source>Cohort progress</source>
        <translation>အုပ်စု၏ တိုးတက်မှု</translation>
    </message>
    <message>
        <source>Progress is kept on this workstation (no hub link)</source>
        <translation>တိုးတက်မှုကို ဤစက်တွင် သိမ်းထားသည် (ဗဟိုဌာန ချိတ်ဆက်မှု မရှိ)</translation>
    </message>
    <message>
        <source>All progress synced</source>
        <translation>တိုးတက်မှုအားလုံး ချိန်ကိုက်ပြီး</translation>
    </message>
    <message numerus="yes">
        <source>%n statement(s) waiting to sync</source>
        <translation>
            <numerusform>ချိန်ကိုက်ရန် မှတ်တမ်း %n ခု စောင့်နေသည်</numerusform>
        </translation>
    </message>
    <message>
        <source>(%1 not in any cohort: enrol in the course&apos;s cohort)</source>
        <translation>(%1 သည် မည်သည့်အုပ်စုတွင်မျှ မရှိပါ: သင်တန်း၏ အုပ်စုတွင် စာရင်းသွင်းပါ)</translation>
    </message>
    <message>
        <source>(offline: sent when the link is back)</source>
        <translation>(အော့ဖ်လိုင်း: ချိတ်ဆက်မှု ပြန်ရသည့်အခါ ပို့မည်)</translation>
    </message>
    <message>
        <source>Courses are unavailable: %1</source>
        <translation>သင်တန်းများ အသုံးမပြုနိုင်ပါ: %1</translation>
    </message>
</context>
<context>
    <name>DevicesDialog</name>
    <message>
        <source>Devices for calls</source>
        <translation>ခေါ်ဆိုမှုအတွက် ကိရိယာများ</translation>
    </message>
    <message>
        <source>The devices video calls use. The system&apos;s default is used when the chosen one is not connected.</source>
        <translation>ဗီဒီယို ခေါ်ဆိုမှုများ အသုံးပြုသော ကိရိယာများ။ ရွေးထားသော ကိရိယာ ချိတ်ဆက်မထားပါက စနစ်၏ မူလကို အသုံးပြုသည်။</translation>
    </message>
    <message>
        <source>Camera</source>
        <translation>ကင်မရာ</translation>
    </message>
    <message>
        <source>Microphone</source>
        <translation>မိုက်ခရိုဖုန်း</translation>
    </message>
    <message>
        <source>Speaker</source>
        <translation>စပီကာ</translation>
    </message>
    <message>
        <source>The first camera</source>
        <translation>ပထမ ကင်မရာ</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>စနစ်၏ မူလ</translation>
    </message>
    <message>
        <source>%1 (not connected)</source>
        <translation>%1 (ချိတ်ဆက်မထားပါ)</translation>
    </message>
    <message>
        <source>The devices could not be saved: %1</source>
        <translation>ကိရိယာများကို သိမ်းဆည်း၍ မရပါ: %1</translation>
    </message>
    <message>
        <source>&amp;Devices…</source>
        <translation>ကိရိယာများ(&amp;D)…</translation>
    </message>
</context>
<context>
    <name>DiscussDialog</name>
    <message>
        <source>Discuss in MDT</source>
        <translation>MDT တွင် ဆွေးနွေးရန်</translation>
    </message>
    <message>
        <source>New consult</source>
        <translation>ဆွေးနွေးပွဲအသစ်</translation>
    </message>
    <message>
        <source>Consult</source>
        <translation>ဆွေးနွေးပွဲ</translation>
    </message>
    <message>
        <source>Title of a new consult</source>
        <translation>ဆွေးနွေးပွဲအသစ်၏ ခေါင်းစဉ်</translation>
    </message>
</context>
<context>
    <name>EnrolmentBundle</name>
    <message>
        <source>%1: no such file</source>
        <extracomment>The reasons an enrolment file is refused, translated where they are shown (:func:`_say`).</extracomment>
        <translation>%1: ဤဖိုင် မရှိပါ</translation>
    </message>
    <message>
        <source>not a text file</source>
        <translation>စာသားဖိုင် မဟုတ်ပါ</translation>
    </message>
    <message>
        <source>%1: not a readable enrolment bundle (%2)</source>
        <translation>%1: ဖတ်၍ရသော စာရင်းသွင်းဖိုင် မဟုတ်ပါ (%2)</translation>
    </message>
    <message>
        <source>no JSON object</source>
        <translation>JSON object မပါပါ</translation>
    </message>
    <message>
        <source>%1: format %2 is not a Silkbridge enrolment bundle</source>
        <translation>%1: ပုံစံ %2 သည် Silkbridge စာရင်းသွင်းဖိုင် မဟုတ်ပါ</translation>
    </message>
    <message>
        <source>%1: %2 is not a CURVE key (40 Z85 characters); the file is damaged</source>
        <translation>%1: %2 သည် CURVE သော့ (Z85 စာလုံး 40) မဟုတ်ပါ၊ ဖိုင် ပျက်စီးနေသည်</translation>
    </message>
    <message>
        <source>%1: hub_address %2 is not an address like tcp://host:port</source>
        <translation>%1: hub_address %2 သည် tcp://host:port ပုံစံ လိပ်စာ မဟုတ်ပါ</translation>
    </message>
    <message>
        <source>%1: user_id is empty</source>
        <translation>%1: user_id ဗလာ ဖြစ်နေသည်</translation>
    </message>
</context>
<context>
    <name>EnrolmentPage</name>
    <message>
        <source>Your enrolment</source>
        <translation>သင့်စာရင်းသွင်းမှု</translation>
    </message>
    <message>
        <source>Your hub administrator gave you an enrolment file (.json). It connects this workstation to the hub in your name: choose it here.</source>
        <translation>သင့်ဗဟိုဌာန စီမံခန့်ခွဲသူက စာရင်းသွင်းဖိုင် (.json) တစ်ခု ပေးထားသည်။ ၎င်းသည် ဤစက်ကို သင့်အမည်ဖြင့် ဗဟိုဌာနနှင့် ချိတ်ဆက်ပေးသည်: ဤနေရာတွင် ရွေးပါ။</translation>
    </message>
    <message>
        <source>Enrolment file</source>
        <translation>စာရင်းသွင်းဖိုင်</translation>
    </message>
    <message>
        <source>Choose file…</source>
        <translation>ဖိုင်ရွေးရန်…</translation>
    </message>
    <message>
        <source>Choose your enrolment file</source>
        <translation>သင့်စာရင်းသွင်းဖိုင်ကို ရွေးပါ</translation>
    </message>
    <message>
        <source>Enrolment files (*.json);;All files (*)</source>
        <translation>စာရင်းသွင်းဖိုင်များ (*.json);;ဖိုင်အားလုံး (*)</translation>
    </message>
    <message>
        <source>This file cannot be used: %1</source>
        <translation>ဤဖိုင်ကို အသုံးပြု၍ မရပါ: %1</translation>
    </message>
    <message>
        <source>Enrolled as %1 (%2), %3, %4. Hub: %5</source>
        <translation>%1 (%2)၊ %3၊ %4 အဖြစ် စာရင်းသွင်းထားသည်။ ဗဟိုဌာန: %5</translation>
    </message>
</context>
<context>
    <name>FirstRunWizard</name>
    <message>
        <source>Silkbridge — first run</source>
        <translation>Silkbridge — ပထမဆုံး အသုံးပြုခြင်း</translation>
    </message>
    <message>
        <source>&lt; &amp;Back</source>
        <translation>&lt; နောက်သို့(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>ရှေ့သို့(&amp;N) &gt;</translation>
    </message>
    <message>
        <source>&amp;Finish</source>
        <translation>ပြီးဆုံးရန်(&amp;F)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>မလုပ်တော့ပါ</translation>
    </message>
    <message>
        <source>Could not save the enrolment: %1</source>
        <translation>စာရင်းသွင်းမှုကို သိမ်း၍ မရပါ: %1</translation>
    </message>
</context>
<context>
    <name>HubPage</name>
    <message>
        <source>Connection to the hub</source>
        <extracomment>seconds to wait for the hub&apos;s answer</extracomment>
        <translation>ဗဟိုဌာနနှင့် ချိတ်ဆက်မှု</translation>
    </message>
    <message>
        <source>Check again</source>
        <translation>ထပ်စစ်ရန်</translation>
    </message>
    <message>
        <source>no answer from the hub within %1 s: check the address, this computer&apos;s network and the hospital&apos;s firewall</source>
        <translation>ဗဟိုဌာနထံမှ %1 စက္ကန့်အတွင်း အဖြေ မရပါ: လိပ်စာ၊ ဤကွန်ပျူတာ၏ ကွန်ရက်နှင့် ဆေးရုံ၏ firewall ကို စစ်ဆေးပါ</translation>
    </message>
    <message>
        <source>Connecting to the hub at %1…</source>
        <translation>%1 ရှိ ဗဟိုဌာနနှင့် ချိတ်ဆက်နေသည်…</translation>
    </message>
    <message>
        <source>Connected to the hub at %1. Round trip: %2 ms.</source>
        <translation>%1 ရှိ ဗဟိုဌာနနှင့် ချိတ်ဆက်ပြီး။ အသွားအပြန်အချိန်: %2 ms။</translation>
    </message>
    <message>
        <source>Could not connect to the hub at %1: %2. You can finish now and connect later.</source>
        <translation>%1 ရှိ ဗဟိုဌာနနှင့် ချိတ်ဆက်၍ မရပါ: %2။ ယခု ပြီးဆုံးနိုင်ပြီး နောက်မှ ချိတ်ဆက်နိုင်သည်။</translation>
    </message>
</context>
<context>
    <name>ImageKinds</name>
    <message>
        <source>a projection radiograph</source>
        <translation>ပရိုဂျက်ရှင် ဓာတ်မှန်</translation>
    </message>
    <message>
        <source>an X-ray angiography or fluoroscopy image</source>
        <translation>X-ray သွေးကြောဓာတ်မှန် သို့မဟုတ် ဖလိုရိုစကုပ်ပီ ပုံ</translation>
    </message>
    <message>
        <source>an ultrasound image</source>
        <translation>အာထရာဆောင်း ပုံ</translation>
    </message>
    <message>
        <source>a photograph (endoscopy, camera, microscopy)</source>
        <translation>ဓာတ်ပုံ (အတွင်းကြည့်မှန်ပြောင်း၊ ကင်မရာ၊ အဏုကြည့်မှန်ပြောင်း)</translation>
    </message>
    <message>
        <source>a secondary capture, scan or document</source>
        <translation>ဒုတိယ ဖမ်းယူပုံ၊ စကင်ဖတ်ပုံ သို့မဟုတ် စာရွက်စာတမ်း</translation>
    </message>
</context>
<context>
    <name>LanguageMenu</name>
    <message>
        <source>&amp;Settings</source>
        <translation>ဆက်တင်များ(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>ဘာသာစကား(&amp;L)</translation>
    </message>
    <message>
        <source>Interface language: %1</source>
        <translation>မျက်နှာပြင် ဘာသာစကား: %1</translation>
    </message>
</context>
<context>
    <name>LanguagePage</name>
    <message>
        <source>Language</source>
        <translation>ဘာသာစကား</translation>
    </message>
    <message>
        <source>The language of the interface (you can change it later in Settings → Language).</source>
        <translation>မျက်နှာပြင်၏ ဘာသာစကား (နောက်မှ ဆက်တင်များ → ဘာသာစကား တွင် ပြောင်းနိုင်သည်)။</translation>
    </message>
</context>
<context>
    <name>LinkStates</name>
    <message>
        <source>connecting</source>
        <translation>ချိတ်ဆက်နေသည်</translation>
    </message>
    <message>
        <source>online</source>
        <translation>အွန်လိုင်း</translation>
    </message>
    <message>
        <source>degraded</source>
        <translation>အားနည်းနေသည်</translation>
    </message>
    <message>
        <source>offline</source>
        <translation>အော့ဖ်လိုင်း</translation>
    </message>
    <message>
        <source>refused</source>
        <translation>ငြင်းပယ်ခံရသည်</translation>
    </message>
    <message>
        <source>revoked</source>
        <translation>ရုပ်သိမ်းခံရသည်</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Me</source>
        <extracomment>the consult&apos;s call (ui.consult.videocall.VideoCallLauncher, WebRTC through the hub&apos;s Janus): voice only (``Voice``, no window) or with cameras (``Video call``, its own window)</extracomment>
        <translation>ကျွန်ုပ်</translation>
    </message>
    <message>
        <source>Silkbridge — reading room</source>
        <translation>Silkbridge — ဓာတ်မှန်ဖတ်ခန်း</translation>
    </message>
    <message>
        <source>Studies</source>
        <translation>စစ်ဆေးမှုများ</translation>
    </message>
    <message>
        <source>PACS</source>
        <translation>PACS</translation>
    </message>
    <message>
        <source>Reading</source>
        <translation>ဖတ်ရှုခြင်း</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>တင်သွင်းရန်…</translation>
    </message>
    <message>
        <source> Layout </source>
        <translation> အပြင်အဆင် </translation>
    </message>
    <message>
        <source> Window </source>
        <translation> ဝင်းဒိုး </translation>
    </message>
    <message>
        <source>DICOM default</source>
        <translation>DICOM မူလတန်ဖိုး</translation>
    </message>
    <message>
        <source>Auto (histogram)</source>
        <translation>အလိုအလျောက် (histogram)</translation>
    </message>
    <message>
        <source>CT brain</source>
        <translation>CT ဦးနှောက်</translation>
    </message>
    <message>
        <source>CT lung</source>
        <translation>CT အဆုတ်</translation>
    </message>
    <message>
        <source>CT bone</source>
        <translation>CT အရိုး</translation>
    </message>
    <message>
        <source>CT abdomen</source>
        <translation>CT ဝမ်းဗိုက်</translation>
    </message>
    <message>
        <source>CT mediastinum</source>
        <translation>CT ရင်ခေါင်းအလယ်</translation>
    </message>
    <message>
        <source> Slab </source>
        <translation> အထူ </translation>
    </message>
    <message>
        <source>thin</source>
        <translation>ပါး</translation>
    </message>
    <message>
        <source>Average</source>
        <translation>ပျမ်းမျှ</translation>
    </message>
    <message>
        <source>Cine ▶</source>
        <translation>ရုပ်ရှင် ▶</translation>
    </message>
    <message>
        <source> 3D </source>
        <translation> 3D </translation>
    </message>
    <message>
        <source>This series holds %1 separate stacks (orientations or sizes); showing the first, pick another beside &apos;Stack&apos;.</source>
        <translation>ဤစီးရီးတွင် သီးခြားအစု %1 ခု (ဦးတည်ချက် သို့မဟုတ် အရွယ်အစား မတူ) ပါသည်၊ ပထမအစုကို ပြထားသည်၊ &apos;အစု&apos; ဘေးတွင် အခြားတစ်ခု ရွေးပါ။</translation>
    </message>
    <message>
        <source>Volumes</source>
        <translation>ထုထည်များ</translation>
    </message>
    <message>
        <source>ct-bone</source>
        <translation>CT အရိုး</translation>
    </message>
    <message>
        <source>ct-soft-tissue</source>
        <translation>CT အသားပျော့</translation>
    </message>
    <message>
        <source>ct-angio</source>
        <translation>CT သွေးကြော</translation>
    </message>
    <message>
        <source>mr-default</source>
        <translation>MR မူလ</translation>
    </message>
    <message>
        <source>Crop</source>
        <translation>ဖြတ်ရန်</translation>
    </message>
    <message>
        <source>Reset view</source>
        <translation>မြင်ကွင်း ပြန်စရန်</translation>
    </message>
    <message>
        <source>Annotate</source>
        <translation>မှတ်ချက်</translation>
    </message>
    <message>
        <source>Navigate</source>
        <translation>လမ်းကြောင်း</translation>
    </message>
    <message>
        <source>Select</source>
        <translation>ရွေးရန်</translation>
    </message>
    <message>
        <source>Laser pointer</source>
        <translation>လေဆာ ညွှန်တံ</translation>
    </message>
    <message>
        <source>Length</source>
        <translation>အလျား</translation>
    </message>
    <message>
        <source>Angle</source>
        <translation>ထောင့်</translation>
    </message>
    <message>
        <source>Ellipse ROI</source>
        <translation>ဘဲဥပုံ ROI</translation>
    </message>
    <message>
        <source>Polygon ROI</source>
        <translation>ဗဟုဂံ ROI</translation>
    </message>
    <message>
        <source>Arrow</source>
        <translation>မြား</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>စာသား</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>ဖျက်ရန်</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>ဖိုင်(&amp;F)</translation>
    </message>
    <message>
        <source>Import zip or files…</source>
        <translation>zip သို့မဟုတ် ဖိုင်များ တင်သွင်းရန်…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>ထွက်ရန်(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>မြင်ကွင်း(&amp;V)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>မလုပ်တော့ပါ</translation>
    </message>
    <message>
        <source>Hub: not connected</source>
        <translation>ဗဟိုဌာန: ချိတ်ဆက်မထားပါ</translation>
    </message>
    <message>
        <source>Import a folder of DICOM files</source>
        <translation>DICOM ဖိုင်များပါ ဖိုဒါကို တင်သွင်းရန်</translation>
    </message>
    <message>
        <source>Import DICOM files, a zip or a DICOMDIR</source>
        <translation>DICOM ဖိုင်များ၊ zip သို့မဟုတ် DICOMDIR ကို တင်သွင်းရန်</translation>
    </message>
    <message>
        <source>DICOM, zip or DICOMDIR (*.dcm *.zip DICOMDIR *);;All files (*)</source>
        <translation>DICOM၊ zip သို့မဟုတ် DICOMDIR (*.dcm *.zip DICOMDIR *);;ဖိုင်အားလုံး (*)</translation>
    </message>
    <message>
        <source>Importing</source>
        <translation>တင်သွင်းနေသည်</translation>
    </message>
    <message>
        <source>Import failed</source>
        <translation>တင်သွင်းခြင်း မအောင်မြင်ပါ</translation>
    </message>
    <message>
        <source>Imported %1 new image(s); %2 already in the catalog.</source>
        <translation>ပုံအသစ် %1 ပုံ တင်သွင်းပြီး၊ %2 ပုံ ကက်တလောက်တွင် ရှိပြီးသား။</translation>
    </message>
    <message>
        <source>Import was cancelled; what was imported is kept.</source>
        <translation>တင်သွင်းခြင်းကို ပယ်ဖျက်လိုက်သည်၊ တင်သွင်းပြီးသည်များကို သိမ်းထားသည်။</translation>
    </message>
    <message>
        <source>%1 file(s) could not be imported:</source>
        <translation>ဖိုင် %1 ခုကို တင်သွင်း၍ မရပါ:</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>တင်သွင်းရန်</translation>
    </message>
    <message>
        <source>… and %1 more</source>
        <translation>… နှင့် နောက်ထပ် %1 ခု</translation>
    </message>
    <message>
        <source>The presenter compares with a series not downloaded yet: Download cases</source>
        <translation>တင်ပြသူက မဒေါင်းလုဒ်လုပ်ရသေးသော စီးရီးနှင့် နှိုင်းယှဉ်နေသည်: လူနာမှတ်တမ်းများ ဒေါင်းလုဒ်လုပ်ပါ</translation>
    </message>
    <message>
        <source>Loading</source>
        <translation>ဖွင့်နေသည်</translation>
    </message>
    <message>
        <source>Could not open the series</source>
        <translation>စီးရီးကို ဖွင့်၍ မရပါ</translation>
    </message>
    <message>
        <source>Cannot show this frame: %1</source>
        <translation>ဤဘောင်ကို ပြ၍ မရပါ: %1</translation>
    </message>
    <message>
        <source>File: %1</source>
        <translation>ဖိုင်: %1</translation>
    </message>
    <message>
        <source>no images</source>
        <translation>ပုံ မရှိ</translation>
    </message>
    <message>
        <source>mr-angio</source>
        <translation>MR သွေးကြော</translation>
    </message>
    <message>
        <source>W %1 / L %2</source>
        <translation>W %1 / L %2</translation>
    </message>
    <message>
        <source>Hub: %1</source>
        <translation>ဗဟိုဌာန: %1</translation>
    </message>
    <message>
        <source>Online: %1</source>
        <translation>အွန်လိုင်း: %1</translation>
    </message>
    <message>
        <source>MDT consult</source>
        <translation>MDT ဆွေးနွေးပွဲ</translation>
    </message>
    <message>
        <source>Broadcasts</source>
        <translation>ထုတ်လွှင့်မှုများ</translation>
    </message>
    <message>
        <source>Referrals</source>
        <translation>လွှဲပို့ချက်များ</translation>
    </message>
    <message>
        <source>Courses</source>
        <translation>သင်တန်းများ</translation>
    </message>
</context>
<context>
    <name>NewConsultDialog</name>
    <message>
        <source>New MDT consult</source>
        <translation>MDT ဆွေးနွေးပွဲအသစ်</translation>
    </message>
    <message>
        <source>One case per line: title | question | referring hospital</source>
        <translation>တစ်ကြောင်းလျှင် လူနာမှတ်တမ်းတစ်ခု: ခေါင်းစဉ် | မေးခွန်း | လွှဲပို့သည့်ဆေးရုံ</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>ခေါင်းစဉ်</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>အချိန်</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>အစီအစဉ်</translation>
    </message>
    <message>
        <source>My hospital (%1)</source>
        <translation>ကျွန်ုပ်၏ ဆေးရုံ (%1)</translation>
    </message>
    <message>
        <source>Other hospitals, comma-separated</source>
        <translation>အခြားဆေးရုံများ၊ ကော်မာဖြင့် ခွဲပါ</translation>
    </message>
    <message>
        <source>People by user id, comma-separated</source>
        <translation>အသုံးပြုသူ ID အလိုက် လူများ၊ ကော်မာဖြင့် ခွဲပါ</translation>
    </message>
    <message>
        <source>Invite</source>
        <translation>ဖိတ်ကြားရန်</translation>
    </message>
    <message>
        <source>Everyone who is</source>
        <translation>အောက်ပါအခန်းကဏ္ဍရှိသူ အားလုံး</translation>
    </message>
</context>
<context>
    <name>PacsPanel</name>
    <message>
        <source>Test</source>
        <translation>စမ်းသပ်ရန်</translation>
    </message>
    <message>
        <source>e.g. NGUYEN*</source>
        <translation>ဥပမာ NGUYEN*</translation>
    </message>
    <message>
        <source>any</source>
        <translation>မည်သည့်ဟာမဆို</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>ရှာရန်</translation>
    </message>
    <message>
        <source>Retrieve</source>
        <translation>ရယူရန်</translation>
    </message>
    <message>
        <source>Retrieve the selected series, or the whole study</source>
        <translation>ရွေးထားသော စီးရီး သို့မဟုတ် စစ်ဆေးမှုတစ်ခုလုံးကို ရယူရန်</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>မလုပ်တော့ပါ</translation>
    </message>
    <message>
        <source>PACS</source>
        <translation>PACS</translation>
    </message>
    <message>
        <source>Patient name</source>
        <translation>လူနာအမည်</translation>
    </message>
    <message>
        <source>Patient ID</source>
        <translation>လူနာ ID</translation>
    </message>
    <message>
        <source>Accession</source>
        <translation>Accession နံပါတ်</translation>
    </message>
    <message>
        <source>Study date</source>
        <translation>စစ်ဆေးသည့်ရက်</translation>
    </message>
    <message>
        <source>Modality</source>
        <translation>စစ်ဆေးမှုအမျိုးအစား</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>ဖော်ပြချက်</translation>
    </message>
    <message>
        <source>Series</source>
        <translation>စီးရီး</translation>
    </message>
    <message>
        <source>No PACS is configured: add one to the settings (pacs_nodes).</source>
        <translation>PACS သတ်မှတ်ထားခြင်း မရှိပါ: ဆက်တင်များတွင် တစ်ခု ထည့်ပါ (pacs_nodes)။</translation>
    </message>
    <message>
        <source>Wait for the current PACS operation to finish (or cancel it).</source>
        <translation>လက်ရှိ PACS လုပ်ဆောင်ချက် ပြီးဆုံးသည်အထိ စောင့်ပါ (သို့မဟုတ် ပယ်ဖျက်ပါ)။</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>ပယ်ဖျက်ပြီး။</translation>
    </message>
    <message>
        <source>%s answers (%d ms).</source>
        <translation>%s က ဖြေကြားသည် (%d ms)။</translation>
    </message>
    <message>
        <source>Testing %s…</source>
        <translation>%s ကို စမ်းသပ်နေသည်…</translation>
    </message>
    <message>
        <source>Study date from</source>
        <translation>စစ်ဆေးသည့်ရက် မှ</translation>
    </message>
    <message>
        <source>Study date to</source>
        <translation>စစ်ဆေးသည့်ရက် အထိ</translation>
    </message>
    <message>
        <source>Study date: the first date is after the second</source>
        <translation>စစ်ဆေးသည့်ရက်: ပထမရက်သည် ဒုတိယရက်၏ နောက်တွင် ဖြစ်နေသည်</translation>
    </message>
    <message>
        <source>Searching %s…</source>
        <translation>%s ကို ရှာနေသည်…</translation>
    </message>
    <message numerus="yes">
        <source>%n studies found</source>
        <translation>
            <numerusform>စစ်ဆေးမှု %n ခု တွေ့ရှိသည်</numerusform>
        </translation>
    </message>
    <message>
        <source>No study matches.</source>
        <translation>ကိုက်ညီသော စစ်ဆေးမှု မရှိပါ။</translation>
    </message>
    <message>
        <source>Listing the series…</source>
        <translation>စီးရီးများကို စာရင်းပြုစုနေသည်…</translation>
    </message>
    <message numerus="yes">
        <source>%n series</source>
        <translation>
            <numerusform>စီးရီး %n ခု</numerusform>
        </translation>
    </message>
    <message>
        <source>the study</source>
        <translation>စစ်ဆေးမှု</translation>
    </message>
    <message>
        <source>Retrieving %s from %s</source>
        <translation>%s ကို %s မှ ရယူနေသည်</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>ပယ်ဖျက်နေသည်…</translation>
    </message>
</context>
<context>
    <name>PlayerPage</name>
    <message>
        <source>◀ Courses</source>
        <translation>◀ သင်တန်းများ</translation>
    </message>
    <message>
        <source>Press Play</source>
        <translation>ဖွင့်ရန် နှိပ်ပါ</translation>
    </message>
    <message>
        <source>▶ Play</source>
        <translation>▶ ဖွင့်ရန်</translation>
    </message>
    <message>
        <source>Show the case in the viewer</source>
        <translation>လူနာမှတ်တမ်းကို ပုံကြည့်ကိရိယာတွင် ပြရန်</translation>
    </message>
    <message>
        <source>Start attempt</source>
        <translation>ဖြေဆိုမှု စတင်ရန်</translation>
    </message>
    <message>
        <source>Submit answer</source>
        <translation>အဖြေ တင်သွင်းရန်</translation>
    </message>
    <message>
        <source>Next question</source>
        <translation>နောက်မေးခွန်း</translation>
    </message>
    <message>
        <source>◀ Previous</source>
        <translation>◀ ယခင်</translation>
    </message>
    <message>
        <source>Mark as completed</source>
        <translation>ပြီးဆုံးဟု မှတ်ရန်</translation>
    </message>
    <message>
        <source>Next ▶</source>
        <translation>ရှေ့သို့ ▶</translation>
    </message>
    <message>
        <source>Save certificate (PDF)…</source>
        <translation>လက်မှတ် သိမ်းရန် (PDF)…</translation>
    </message>
    <message>
        <source>Interface language (%1)</source>
        <translation>မျက်နှာပြင် ဘာသာစကား (%1)</translation>
    </message>
    <message>
        <source>Text lesson</source>
        <translation>စာသား သင်ခန်းစာ</translation>
    </message>
    <message>
        <source>Video lesson</source>
        <translation>ဗီဒီယို သင်ခန်းစာ</translation>
    </message>
    <message>
        <source>Imaging case</source>
        <translation>ဓာတ်မှန်ရိုက် လူနာမှတ်တမ်း</translation>
    </message>
    <message>
        <source>Quiz</source>
        <translation>စာမေးပွဲ</translation>
    </message>
    <message>
        <source>Course completed · score %1 · verification code %2</source>
        <translation>သင်တန်း ပြီးဆုံးပြီ · ရမှတ် %1 · အတည်ပြုကုဒ် %2</translation>
    </message>
    <message>
        <source>Course failed: a quiz has no attempt left</source>
        <translation>သင်တန်း မအောင်မြင်ပါ: စာမေးပွဲတစ်ခုတွင် ဖြေဆိုခွင့် မကျန်တော့ပါ</translation>
    </message>
    <message>
        <source>%1 of %2 lessons completed · %3 of %4 quizzes passed</source>
        <translation>သင်ခန်းစာ %2 ခုအနက် %1 ခု ပြီးဆုံး · စာမေးပွဲ %4 ခုအနက် %3 ခု အောင်</translation>
    </message>
    <message>
        <source>Completed ✓</source>
        <translation>ပြီးဆုံးပြီ ✓</translation>
    </message>
    <message>
        <source>❚❚ Pause</source>
        <translation>❚❚ ခဏရပ်ရန်</translation>
    </message>
    <message>
        <source>unlimited attempts</source>
        <translation>အကြိမ်အကန့်အသတ်မရှိ</translation>
    </message>
    <message numerus="yes">
        <source>%n attempt(s) left</source>
        <translation>
            <numerusform>%n ကြိမ် ကျန်သည်</numerusform>
        </translation>
    </message>
    <message>
        <source>Pass mark %1</source>
        <translation>အောင်မှတ် %1</translation>
    </message>
    <message>
        <source>best %1</source>
        <translation>အကောင်းဆုံး %1</translation>
    </message>
    <message>
        <source>passed ✓</source>
        <translation>အောင်ပြီ ✓</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>ထပ်ကြိုးစားရန်</translation>
    </message>
    <message>
        <source>Question %1 of %2</source>
        <translation>မေးခွန်း %2 ခုအနက် %1</translation>
    </message>
    <message>
        <source>Your point: (%1, %2, %3) mm LPS · click again to move it</source>
        <translation>သင့်အမှတ်: (%1, %2, %3) mm LPS · ရွှေ့ရန် ထပ်နှိပ်ပါ</translation>
    </message>
    <message>
        <source>Scroll the series in the viewer and click the finding; then Submit.</source>
        <translation>ပုံကြည့်ကိရိယာတွင် စီးရီးကို လှိမ့်ကြည့်ပြီး တွေ့ရှိချက်ကို နှိပ်ပါ၊ ထို့နောက် တင်သွင်းပါ။</translation>
    </message>
    <message>
        <source>✓ Correct</source>
        <translation>✓ မှန်သည်</translation>
    </message>
    <message>
        <source>✗ Incorrect</source>
        <translation>✗ မှားသည်</translation>
    </message>
    <message>
        <source>Correct answer: %1</source>
        <translation>အဖြေမှန်: %1</translation>
    </message>
    <message>
        <source>The finding is centred at (%1, %2, %3) mm, %4 mm from your point (shown in the viewer)</source>
        <translation>တွေ့ရှိချက်၏ ဗဟိုသည် (%1, %2, %3) mm တွင် ရှိပြီး သင့်အမှတ်မှ %4 mm ကွာသည် (ပုံကြည့်ကိရိယာတွင် ပြထားသည်)</translation>
    </message>
    <message>
        <source>Attempt %1: %2 of %3 correct (%4) — %5</source>
        <translation>ဖြေဆိုမှု %1: %3 ခုအနက် %2 ခု မှန် (%4) — %5</translation>
    </message>
    <message>
        <source>passed</source>
        <translation>အောင်</translation>
    </message>
    <message>
        <source>not passed</source>
        <translation>မအောင်</translation>
    </message>
    <message>
        <source>course completed!</source>
        <translation>သင်တန်း ပြီးဆုံးပြီ!</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>ပြီးပြီ</translation>
    </message>
</context>
<context>
    <name>ReferralController</name>
    <message>
        <source>The report of referral %1 has arrived</source>
        <translation>လွှဲပို့ချက် %1 ၏ အစီရင်ခံစာ ရောက်ရှိပြီ</translation>
    </message>
    <message>
        <source>Escalated: referral %1 was claimed but not reported in time</source>
        <translation>အဆင့်မြှင့်ပြီး: လွှဲပို့ချက် %1 ကို တာဝန်ယူခဲ့သော်လည်း အချိန်မီ အစီရင်ခံစာ မတင်ပါ</translation>
    </message>
    <message>
        <source>Escalated: nobody claimed referral %1 in time</source>
        <translation>အဆင့်မြှင့်ပြီး: လွှဲပို့ချက် %1 ကို အချိန်မီ မည်သူမျှ တာဝန်မယူပါ</translation>
    </message>
    <message>
        <source>Referral %1 is on the agenda of the consult %2</source>
        <translation>လွှဲပို့ချက် %1 သည် ဆွေးနွေးပွဲ %2 ၏ အစီအစဉ်တွင် ပါဝင်ပြီ</translation>
    </message>
    <message>
        <source>Could not discuss the referral in an MDT</source>
        <translation>လွှဲပို့ချက်ကို MDT တွင် ဆွေးနွေး၍ မရပါ</translation>
    </message>
    <message>
        <source>Could not download the referral</source>
        <translation>လွှဲပို့ချက်ကို ဒေါင်းလုဒ်လုပ်၍ မရပါ</translation>
    </message>
    <message>
        <source>Send referral</source>
        <translation>လွှဲပို့ချက် ပို့ရန်</translation>
    </message>
    <message>
        <source>Open the series to send first.</source>
        <translation>ပို့မည့် စီးရီးကို ဦးစွာ ဖွင့်ပါ။</translation>
    </message>
    <message>
        <source>Referral %1 sent</source>
        <translation>လွှဲပို့ချက် %1 ပို့ပြီး</translation>
    </message>
    <message>
        <source>Referral %1 waits in the outbox until the hub is reachable</source>
        <translation>ဗဟိုဌာနနှင့် ချိတ်ဆက်နိုင်သည်အထိ လွှဲပို့ချက် %1 သည် ထွက်စာပုံးတွင် စောင့်နေသည်</translation>
    </message>
    <message>
        <source>These images may show burned-in patient text. Send them anyway?</source>
        <translation>ဤပုံများတွင် လူနာ၏ စာသား ပါနေနိုင်သည်။ မည်သို့ပင်ဖြစ်စေ ပို့မလား။</translation>
    </message>
    <message>
        <source>Could not send the referral</source>
        <translation>လွှဲပို့ချက်ကို ပို့၍ မရပါ</translation>
    </message>
</context>
<context>
    <name>ReferralPanel</name>
    <message>
        <source>Send referral…</source>
        <translation>လွှဲပို့ချက် ပို့ရန်…</translation>
    </message>
    <message>
        <source>View images</source>
        <translation>ပုံများ ကြည့်ရန်</translation>
    </message>
    <message>
        <source>Claim</source>
        <translation>တာဝန်ယူရန်</translation>
    </message>
    <message>
        <source>Report…</source>
        <translation>အစီရင်ခံစာ…</translation>
    </message>
    <message>
        <source>Acknowledge</source>
        <translation>လက်ခံကြောင်း အသိပေးရန်</translation>
    </message>
    <message>
        <source>Discuss in MDT…</source>
        <translation>MDT တွင် ဆွေးနွေးရန်…</translation>
    </message>
    <message>
        <source>Put this referral on the agenda of a consult, with its images, question and report</source>
        <translation>ဤလွှဲပို့ချက်ကို ၎င်း၏ ပုံများ၊ မေးခွန်းနှင့် အစီရင်ခံစာနှင့်အတူ ဆွေးနွေးပွဲ၏ အစီအစဉ်တွင် ထည့်ရန်</translation>
    </message>
    <message>
        <source>A question or an answer on this referral</source>
        <translation>ဤလွှဲပို့ချက်နှင့် ပတ်သက်သော မေးခွန်း သို့မဟုတ် အဖြေ</translation>
    </message>
    <message>
        <source>OVERDUE %1</source>
        <translation>သတ်မှတ်ချိန်ကျော် %1</translation>
    </message>
    <message>
        <source>escalated</source>
        <translation>အဆင့်မြှင့်ပြီး</translation>
    </message>
    <message>
        <source>Escalated to the coordinators: past its target</source>
        <translation>ညှိနှိုင်းရေးမှူးများထံ အဆင့်မြှင့်ပြီး: သတ်မှတ်ချိန် ကျော်လွန်ပြီ</translation>
    </message>
    <message>
        <source>Choose a referral in the list.</source>
        <translation>စာရင်းထဲမှ လွှဲပို့ချက်တစ်ခု ရွေးပါ။</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>တွေ့ရှိချက်များ</translation>
    </message>
    <message>
        <source>Impression</source>
        <translation>ထင်မြင်ချက်</translation>
    </message>
    <message>
        <source>Recommendation</source>
        <translation>အကြံပြုချက်</translation>
    </message>
</context>
<context>
    <name>ReportDialog</name>
    <message>
        <source>Report</source>
        <translation>အစီရင်ခံစာ</translation>
    </message>
    <message>
        <source>Question: %1</source>
        <translation>မေးခွန်း: %1</translation>
    </message>
    <message>
        <source>Findings (in %1)</source>
        <translation>တွေ့ရှိချက်များ (%1 ဖြင့်)</translation>
    </message>
    <message>
        <source>Impression</source>
        <translation>ထင်မြင်ချက်</translation>
    </message>
    <message>
        <source>Recommendation</source>
        <translation>အကြံပြုချက်</translation>
    </message>
    <message>
        <source>Your own wording (%1): findings</source>
        <translation>သင့်ကိုယ်ပိုင် စကားလုံး (%1): တွေ့ရှိချက်များ</translation>
    </message>
    <message>
        <source>Your own wording: impression</source>
        <translation>သင့်ကိုယ်ပိုင် စကားလုံး: ထင်မြင်ချက်</translation>
    </message>
    <message>
        <source>Send my measurements on this series (SR, key images)</source>
        <translation>ဤစီးရီးပေါ်ရှိ ကျွန်ုပ်၏ တိုင်းတာချက်များကို ပို့ရန် (SR, အဓိကပုံများ)</translation>
    </message>
    <message>
        <source>Sign (the report can no longer change)</source>
        <translation>လက်မှတ်ထိုးရန် (အစီရင်ခံစာကို နောက်ထပ် ပြင်၍ မရတော့ပါ)</translation>
    </message>
</context>
<context>
    <name>Roles</name>
    <message>
        <source>trainee</source>
        <extracomment>The interface languages, each named in its own language (as a language menu shows them). The suffix of the translation files of each language (Qt&apos;s locale names). Font families tried in order for every character (Qt falls back along the list): Latin with Vietnamese, then Simplified Chinese (mainland glyph forms, not the Japanese ones fontconfig may pick), Thai, Lao, Khmer and Burmese (course content). installer/setup.sh installs them.</extracomment>
        <translation>သင်တန်းသား</translation>
    </message>
    <message>
        <source>specialist</source>
        <translation>အထူးကုဆရာဝန်</translation>
    </message>
    <message>
        <source>surgeon</source>
        <translation>ခွဲစိတ်ဆရာဝန်</translation>
    </message>
    <message>
        <source>coordinator</source>
        <translation>ညှိနှိုင်းရေးမှူး</translation>
    </message>
    <message>
        <source>administrator</source>
        <translation>စီမံခန့်ခွဲသူ</translation>
    </message>
</context>
<context>
    <name>RoomKinds</name>
    <message>
        <source>consult</source>
        <translation>ဆွေးနွေးပွဲ</translation>
    </message>
    <message>
        <source>broadcast</source>
        <translation>ထုတ်လွှင့်မှု</translation>
    </message>
    <message>
        <source>cohort</source>
        <translation>သင်တန်းသားအုပ်စု</translation>
    </message>
    <message>
        <source>referral</source>
        <translation>လွှဲပို့ချက်</translation>
    </message>
</context>
<context>
    <name>SliceViewport</name>
    <message>
        <source>Text annotation</source>
        <translation>စာသား မှတ်ချက်</translation>
    </message>
    <message>
        <source>Text:</source>
        <translation>စာသား:</translation>
    </message>
</context>
<context>
    <name>StudyBrowser</name>
    <message>
        <source>Series %1 — %2 stacks: %3</source>
        <translation>စီးရီး %1 — အစု %2 ခု: %3</translation>
    </message>
    <message>
        <source>Patient</source>
        <translation>လူနာ</translation>
    </message>
    <message>
        <source>Patient ID</source>
        <translation>လူနာ ID</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>ရက်စွဲ</translation>
    </message>
    <message>
        <source>Modality</source>
        <translation>စစ်ဆေးမှုအမျိုးအစား</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>ဖော်ပြချက်</translation>
    </message>
    <message>
        <source>Images</source>
        <translation>ပုံများ</translation>
    </message>
    <message>
        <source>Search patient, ID, description, modality, date</source>
        <extracomment>Item data role of the stack (0-based) a row of the series list opens; None for a whole series.</extracomment>
        <translation>လူနာ၊ ID၊ ဖော်ပြချက်၊ စစ်ဆေးမှုအမျိုးအစား၊ ရက်စွဲ ရှာရန်</translation>
    </message>
    <message>
        <source>Series (double-click to open)</source>
        <translation>စီးရီး (ဖွင့်ရန် နှစ်ချက်နှိပ်ပါ)</translation>
    </message>
    <message numerus="yes">
        <source>%n studies</source>
        <translation>
            <numerusform>စစ်ဆေးမှု %n ခု</numerusform>
        </translation>
    </message>
    <message>
        <source>Compare with…</source>
        <translation>နှိုင်းယှဉ်ရန်…</translation>
    </message>
    <message>
        <source>No other study of this patient (Patient ID) in the catalog</source>
        <translation>ကက်တလောက်တွင် ဤလူနာ (လူနာ ID) ၏ အခြားစစ်ဆေးမှု မရှိပါ</translation>
    </message>
    <message numerus="yes">
        <source>%n image(s)</source>
        <translation>
            <numerusform>ပုံ %n ပုံ</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>VideoCallLauncher</name>
    <message>
        <source>the hub gave no video call</source>
        <translation>ဗဟိုဌာနက ဗီဒီယိုခေါ်ဆိုမှု မပေးပါ</translation>
    </message>
    <message>
        <source>Video call</source>
        <translation>ဗီဒီယိုခေါ်ဆိုမှု</translation>
    </message>
</context>
<context>
    <name>VideoCallWidget</name>
    <message>
        <source>Waiting for the other participants…</source>
        <translation>အခြား ပါဝင်သူများကို စောင့်နေသည်…</translation>
    </message>
    <message>
        <source>Audio only: the connection is too slow for your video. It resumes by itself when the bandwidth returns.</source>
        <translation>အသံသာ: သင့်ဗီဒီယိုအတွက် ချိတ်ဆက်မှု နှေးလွန်းသည်။ လိုင်းအမြန်နှုန်း ပြန်ရသည့်အခါ အလိုအလျောက် ပြန်စမည်။</translation>
    </message>
    <message>
        <source>Mute</source>
        <translation>အသံပိတ်ရန်</translation>
    </message>
    <message>
        <source>Camera</source>
        <translation>ကင်မရာ</translation>
    </message>
    <message>
        <source>Active speaker</source>
        <translation>စကားပြောနေသူ</translation>
    </message>
    <message>
        <source>Leave call</source>
        <translation>ခေါ်ဆိုမှုမှ ထွက်ရန်</translation>
    </message>
    <message numerus="yes">
        <source>%n participant(s)</source>
        <translation>
            <numerusform>ပါဝင်သူ %n ဦး</numerusform>
        </translation>
    </message>
    <message>
        <source>Call ended: %1</source>
        <translation>ခေါ်ဆိုမှု ပြီးဆုံးပြီ: %1</translation>
    </message>
</context>
<context>
    <name>VideoView</name>
    <message>
        <source>ideal</source>
        <extracomment>Glass-to-glass latency thresholds from the surgical telementoring literature (ms).</extracomment>
        <translation>အကောင်းဆုံး</translation>
    </message>
    <message>
        <source>acceptable</source>
        <translation>လက်ခံနိုင်သည်</translation>
    </message>
    <message>
        <source>too slow</source>
        <translation>နှေးလွန်းသည်</translation>
    </message>
    <message>
        <source>No video</source>
        <translation>ဗီဒီယို မရှိ</translation>
    </message>
    <message>
        <source>Glass-to-glass %1 ms (%2)</source>
        <translation>ကင်မရာမှ မျက်နှာပြင်အထိ နှောင့်နှေးချိန် %1 ms (%2)</translation>
    </message>
    <message>
        <source>Glass-to-glass ≈%1 ms (%2)</source>
        <translation>ကင်မရာမှ မျက်နှာပြင်အထိ နှောင့်နှေးချိန် ≈%1 ms (%2)</translation>
    </message>
</context>
<context>
    <name>ViewGrabber</name>
    <message>
        <source>Open a study to show its 3-D view</source>
        <translation>3-D မြင်ကွင်းကို ပြရန် စစ်ဆေးမှုတစ်ခု ဖွင့်ပါ</translation>
    </message>
    <message>
        <source>The 3-D view is hidden: choose a layout that shows it</source>
        <translation>3-D မြင်ကွင်းကို ဖျောက်ထားသည်: ၎င်းကို ပြသော အပြင်အဆင်ကို ရွေးပါ</translation>
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
        <translation>%1 အထူ %2 mm</translation>
    </message>
    <message>
        <source>W %1  L %2</source>
        <translation>W %1  L %2</translation>
    </message>
    <message>
        <source>Zoom %1</source>
        <translation>ချဲ့ချုံ့ %1</translation>
    </message>
    <message>
        <source>Image %1/%2</source>
        <translation>ပုံ %1/%2</translation>
    </message>
    <message>
        <source>Frame %1/%2</source>
        <translation>ဘောင် %1/%2</translation>
    </message>
    <message>
        <source>Frame %1/%2  (image %3/%4)</source>
        <translation>ဘောင် %1/%2  (ပုံ %3/%4)</translation>
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
        <translation>(ပြောင်းပြန်)</translation>
    </message>
    <message>
        <source>%1 x %2 mm/pixel</source>
        <translation>%1 x %2 mm/ပစ်ဆယ်</translation>
    </message>
    <message>
        <source>%1 x %2 mm/pixel at detector</source>
        <translation>%1 x %2 mm/ပစ်ဆယ် (ဓာတ်ရောင်ခြည်ဖမ်းကိရိယာတွင်)</translation>
    </message>
    <message>
        <source>(not corrected for magnification)</source>
        <translation>(ချဲ့ထွင်မှုအတွက် ပြင်ဆင်မထားပါ)</translation>
    </message>
    <message>
        <source>÷ %1 estimated magnification</source>
        <translation>÷ %1 ခန့်မှန်းချဲ့ကားမှု</translation>
    </message>
    <message>
        <source>mm in %1 ultrasound region(s) in cm</source>
        <translation>cm ဖြင့် အယ်ထရာဆောင်း ဧရိယာ %1 ခုအတွင်း mm</translation>
    </message>
    <message>
        <source>uncalibrated: measurements in pixels</source>
        <translation>ချိန်ညှိမထားပါ: တိုင်းတာမှုများသည် ပစ်ဆယ် ဖြင့်</translation>
    </message>
</context>
<context>
    <name>VolumeBar</name>
    <message>
        <source>This series holds images in several orientations or sizes: each is a separate stack</source>
        <translation>ဤစီးရီးတွင် ဦးတည်ချက် သို့မဟုတ် အရွယ်အစား အမျိုးမျိုးရှိ ပုံများ ပါသည်: တစ်ခုစီသည် သီးခြားအစု ဖြစ်သည်</translation>
    </message>
    <message>
        <source> Volume </source>
        <translation> ထုထည် </translation>
    </message>
    <message>
        <source>Volume of the series shown in every view (time point, diffusion direction, echo…)</source>
        <translation>မြင်ကွင်းတိုင်းတွင် ပြထားသော စီးရီး၏ ထုထည် (အချိန်အမှတ်၊ diffusion ဦးတည်ချက်၊ echo…)</translation>
    </message>
    <message>
        <source>Volumes ▶</source>
        <translation>ထုထည်များ ▶</translation>
    </message>
    <message>
        <source>Play through the volumes</source>
        <translation>ထုထည်များကို တစ်ခုပြီးတစ်ခု ဖွင့်ရန်</translation>
    </message>
    <message>
        <source>axial</source>
        <translation>ဝင်ရိုးအလိုက်</translation>
    </message>
    <message>
        <source>coronal</source>
        <translation>ရှေ့နောက်အလိုက်</translation>
    </message>
    <message>
        <source>sagittal</source>
        <translation>ဘယ်ညာအလိုက်</translation>
    </message>
    <message>
        <source>Stack %1/%2: %3, %4 slices</source>
        <translation>အစု %1/%2: %3, အလွှာ %4 ခု</translation>
    </message>
    <message>
        <source>(loading)</source>
        <translation>(ဖွင့်နေသည်)</translation>
    </message>
</context>
<context>
    <name>WatchLinkDialog</name>
    <message>
        <source>Watch link</source>
        <translation>ကြည့်ရှုရန် လင့်ခ်</translation>
    </message>
    <message>
        <source>Send this link to one person: it opens the broadcast in a web browser once, and stops working when the broadcast ends.</source>
        <translation>ဤလင့်ခ်ကို လူတစ်ဦးထံ ပို့ပါ: ၎င်းသည် ထုတ်လွှင့်မှုကို ဝဘ်ဘရောက်ဆာတွင် တစ်ကြိမ်သာ ဖွင့်ပေးပြီး ထုတ်လွှင့်မှု ပြီးဆုံးသည့်အခါ အလုပ် မလုပ်တော့ပါ။</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>ကူးယူရန်</translation>
    </message>
    <message>
        <source>Take links back</source>
        <translation>လင့်ခ်များ ပြန်ရုပ်သိမ်းရန်</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>ပိတ်ရန်</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>ကူးယူပြီး</translation>
    </message>
</context>
</TS>
