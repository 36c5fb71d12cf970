<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="km" sourcelanguage="en">
<context>
    <name>AnnotationLabel</name>
    <message>
        <source>ultrasound region %1: not a distance, spans %2</source>
        <translation>តំបន់អ៊ុលត្រាសោន %1៖ មិនមែនជាចម្ងាយ លាតសន្ធឹង %2</translation>
    </message>
    <message>
        <source>at detector</source>
        <extracomment>The calibration notes of measurements on 2-D images (workstation/annotations/image.py).</extracomment>
        <translation>នៅឧបករណ៍ចាប់</translation>
    </message>
    <message>
        <source>at detector ÷ magnification %1</source>
        <translation>នៅឧបករណ៍ចាប់ ÷ កម្រិតពង្រីក %1</translation>
    </message>
    <message>
        <source>ultrasound region %1</source>
        <translation>តំបន់អ៊ុលត្រាសោន %1</translation>
    </message>
    <message>
        <source>uncalibrated: outside the ultrasound regions</source>
        <translation>មិនទាន់ក្រិតតាមខ្នាត៖ នៅក្រៅតំបន់អ៊ុលត្រាសោន</translation>
    </message>
    <message>
        <source>uncalibrated</source>
        <translation>មិនទាន់ក្រិតតាមខ្នាត</translation>
    </message>
    <message>
        <source>ultrasound region %1 measures %2: not a distance</source>
        <translation>តំបន់អ៊ុលត្រាសោន %1 វាស់ជា %2៖ មិនមែនជាចម្ងាយ</translation>
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
        <translation>ផ្ទៃ {area_mm2} mm²</translation>
    </message>
    <message>
        <source>mean {mean} ± {sd}{units}</source>
        <translation>មធ្យម {mean} ± {sd}{units}</translation>
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
        <translation>សំឡេង</translation>
    </message>
    <message>
        <source>Silkbridge plays a short tone and listens with the microphone: turn the speakers on (or put the headset near the microphone).</source>
        <translation>Silkbridge ចាក់សំឡេងសាកល្បងខ្លីមួយ ហើយស្តាប់តាមមីក្រូហ្វូន៖ សូមបើកឧបករណ៍បំពងសំឡេង (ឬដាក់កាសនៅជិតមីក្រូហ្វូន)។</translation>
    </message>
    <message>
        <source>Play the test tone</source>
        <translation>ចាក់សំឡេងសាកល្បង</translation>
    </message>
    <message>
        <source>Microphone for calls:</source>
        <translation>មីក្រូហ្វូនសម្រាប់ការហៅ៖</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>លំនាំដើមរបស់ប្រព័ន្ធ</translation>
    </message>
    <message>
        <source>Playing the tone and listening…</source>
        <translation>កំពុងចាក់សំឡេង និងស្តាប់…</translation>
    </message>
    <message>
        <source>No sound device: %1</source>
        <translation>គ្មានឧបករណ៍សំឡេង៖ %1</translation>
    </message>
    <message>
        <source>The microphone heard the test tone: level %1 dBFS.</source>
        <translation>មីក្រូហ្វូនបានឮសំឡេងសាកល្បង៖ កម្រិត %1 dBFS។</translation>
    </message>
    <message>
        <source>The tone was played but the microphone did not hear it (level %1 dBFS): check that the speakers are on and the microphone is connected and not muted.</source>
        <translation>សំឡេងត្រូវបានចាក់ ប៉ុន្តែមីក្រូហ្វូនមិនបានឮ (កម្រិត %1 dBFS)៖ សូមពិនិត្យថាឧបករណ៍បំពងសំឡេងបានបើក ហើយមីក្រូហ្វូនបានភ្ជាប់ និងមិនបានបិទសំឡេង។</translation>
    </message>
</context>
<context>
    <name>BroadcastPanel</name>
    <message>
        <source>Broadcast</source>
        <translation>ការផ្សាយ</translation>
    </message>
    <message>
        <source>Watch</source>
        <translation>មើល</translation>
    </message>
</context>
<context>
    <name>BroadcastStudio</name>
    <message>
        <source>Test pattern</source>
        <translation>រូបភាពសាកល្បង</translation>
    </message>
    <message>
        <source>Video file…</source>
        <translation>ឯកសារវីដេអូ…</translation>
    </message>
    <message>
        <source>Stream URL…</source>
        <translation>URL នៃស្ទ្រីម…</translation>
    </message>
    <message>
        <source>Camera 0 (OpenCV)</source>
        <translation>កាមេរ៉ា 0 (OpenCV)</translation>
    </message>
    <message>
        <source>3-D view of the open study</source>
        <translation>ទិដ្ឋភាព 3-D នៃការពិនិត្យដែលកំពុងបើក</translation>
    </message>
    <message>
        <source>the hub offers no WebRTC media server (not connected to the hub yet?)</source>
        <translation>មជ្ឈមណ្ឌលមិនផ្តល់ម៉ាស៊ីនមេមេឌៀ WebRTC ទេ (មិនទាន់បានភ្ជាប់ទៅមជ្ឈមណ្ឌល?)</translation>
    </message>
    <message>
        <source>No watch link: %1</source>
        <translation>គ្មានតំណមើលទេ៖ %1</translation>
    </message>
    <message>
        <source>the broadcast is not live</source>
        <translation>ការផ្សាយមិនទាន់ផ្សាយផ្ទាល់ទេ</translation>
    </message>
    <message>
        <source>this hub serves no watch page</source>
        <translation>មជ្ឈមណ្ឌលនេះមិនផ្តល់ទំព័រមើលទេ</translation>
    </message>
    <message>
        <source>The watch links were taken back: they no longer work</source>
        <translation>តំណមើលត្រូវបានដកហូតវិញ៖ វាលែងដំណើរការហើយ</translation>
    </message>
    <message>
        <source>What you demonstrate</source>
        <translation>អ្វីដែលអ្នកបង្ហាញ</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>ចំណងជើង</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>ការពិពណ៌នា</translation>
    </message>
    <message>
        <source>Other hospitals invited, comma-separated</source>
        <translation>មន្ទីរពេទ្យផ្សេងទៀតដែលបានអញ្ជើញ បំបែកដោយសញ្ញាក្បៀស</translation>
    </message>
    <message>
        <source>Every trainee of the network</source>
        <translation>សិក្ខាកាមទាំងអស់នៃបណ្តាញ</translation>
    </message>
    <message>
        <source>Invite</source>
        <translation>អញ្ជើញ</translation>
    </message>
    <message>
        <source>None</source>
        <translation>គ្មាន</translation>
    </message>
    <message>
        <source>Main picture</source>
        <translation>រូបភាពមេ</translation>
    </message>
    <message>
        <source>Picture-in-picture</source>
        <translation>រូបភាពក្នុងរូបភាព</translation>
    </message>
    <message>
        <source>Go live</source>
        <translation>ចាប់ផ្តើមផ្សាយផ្ទាល់</translation>
    </message>
    <message>
        <source>Stop broadcast</source>
        <translation>បញ្ឈប់ការផ្សាយ</translation>
    </message>
    <message>
        <source>Microphone</source>
        <translation>មីក្រូហ្វូន</translation>
    </message>
    <message>
        <source>Record to MP4</source>
        <translation>ថតជា MP4</translation>
    </message>
    <message>
        <source>Clear drawings</source>
        <translation>លុបគំនូរ</translation>
    </message>
    <message>
        <source>Watch link…</source>
        <translation>តំណមើល…</translation>
    </message>
    <message>
        <source>A one-time link for someone without the workstation to watch in a web browser</source>
        <translation>តំណប្រើម្តងសម្រាប់អ្នកដែលគ្មានស្ថានីយការងារ ដើម្បីមើលក្នុងកម្មវិធីរុករកបណ្តាញ</translation>
    </message>
    <message>
        <source>Preview: what the viewers see</source>
        <translation>មើលជាមុន៖ អ្វីដែលអ្នកទស្សនាឃើញ</translation>
    </message>
    <message>
        <source>Viewers</source>
        <translation>អ្នកទស្សនា</translation>
    </message>
    <message>
        <source>Allow drawing</source>
        <translation>អនុញ្ញាតឱ្យគូរ</translation>
    </message>
    <message>
        <source>Allow speaking</source>
        <translation>អនុញ្ញាតឱ្យនិយាយ</translation>
    </message>
    <message>
        <source>Raised hands</source>
        <translation>អ្នកលើកដៃ</translation>
    </message>
    <message>
        <source>Questions</source>
        <translation>សំណួរ</translation>
    </message>
    <message>
        <source>Mark answered</source>
        <translation>សម្គាល់ថាបានឆ្លើយ</translation>
    </message>
    <message>
        <source>A video file</source>
        <translation>ឯកសារវីដេអូ</translation>
    </message>
    <message>
        <source>Video (*.mp4 *.mkv *.mov *.avi *.webm *.ts);;All files (*)</source>
        <translation>វីដេអូ (*.mp4 *.mkv *.mov *.avi *.webm *.ts);;ឯកសារទាំងអស់ (*)</translation>
    </message>
    <message>
        <source>Stream URL</source>
        <translation>URL នៃស្ទ្រីម</translation>
    </message>
    <message>
        <source>rtsp://, http:// or udp:// address of the stream</source>
        <translation>អាសយដ្ឋាន rtsp://, http:// ឬ udp:// នៃស្ទ្រីម</translation>
    </message>
    <message>
        <source>No reading-room window: the 3-D view cannot be broadcast</source>
        <translation>គ្មានបង្អួចបន្ទប់អានរូបភាព៖ មិនអាចផ្សាយទិដ្ឋភាព 3-D បានទេ</translation>
    </message>
    <message>
        <source>Cannot use %1: no such file</source>
        <translation>មិនអាចប្រើ %1៖ គ្មានឯកសារនេះទេ</translation>
    </message>
    <message>
        <source>Opening %1…</source>
        <translation>កំពុងបើក %1…</translation>
    </message>
    <message>
        <source>Broadcasting %1</source>
        <translation>កំពុងផ្សាយ %1</translation>
    </message>
    <message>
        <source>No camera: %1</source>
        <translation>គ្មានកាមេរ៉ា៖ %1</translation>
    </message>
    <message>
        <source>The source could not be opened, the previous one stays: %1</source>
        <translation>មិនអាចបើកប្រភពបានទេ ប្រភពមុននៅតែប្រើ៖ %1</translation>
    </message>
    <message>
        <source>The source could not be opened: %1 — choose another</source>
        <translation>មិនអាចបើកប្រភពបានទេ៖ %1 — សូមជ្រើសរើសប្រភពផ្សេង</translation>
    </message>
    <message>
        <source>The last broadcast is still stopping; try again in a moment</source>
        <translation>ការផ្សាយចុងក្រោយនៅតែកំពុងបញ្ឈប់ សូមព្យាយាមម្តងទៀតបន្តិចទៀត</translation>
    </message>
    <message>
        <source>Surgical demonstration</source>
        <translation>ការបង្ហាញការវះកាត់</translation>
    </message>
    <message>
        <source>Cannot go live: the title is too long (%1 characters, at most %2)</source>
        <extracomment>What the studio session says (comms.studio.Notice codes), in the studio&apos;s translation context.</extracomment>
        <translation>មិនអាចផ្សាយផ្ទាល់បានទេ៖ ចំណងជើងវែងពេក (%1 តួអក្សរ យ៉ាងច្រើន %2)</translation>
    </message>
    <message>
        <source>Cannot go live: %1</source>
        <translation>មិនអាចផ្សាយផ្ទាល់បានទេ៖ %1</translation>
    </message>
    <message>
        <source>Live: %1</source>
        <translation>កំពុងផ្សាយផ្ទាល់៖ %1</translation>
    </message>
    <message>
        <source>Recording to %1</source>
        <translation>កំពុងថតទៅ %1</translation>
    </message>
    <message>
        <source>Broadcasting without sound: %1</source>
        <translation>កំពុងផ្សាយដោយគ្មានសំឡេង៖ %1</translation>
    </message>
    <message>
        <source>The broadcast has stopped</source>
        <translation>ការផ្សាយបានបញ្ឈប់</translation>
    </message>
    <message>
        <source>Record the broadcast to</source>
        <translation>ថតការផ្សាយទៅ</translation>
    </message>
    <message>
        <source>MP4 video (*.mp4)</source>
        <translation>វីដេអូ MP4 (*.mp4)</translation>
    </message>
    <message>
        <source>a recording of that name already exists</source>
        <translation>មានការថតដែលមានឈ្មោះនេះរួចហើយ</translation>
    </message>
    <message>
        <source>Cannot record to %1: %2</source>
        <translation>មិនអាចថតទៅ %1 បានទេ៖ %2</translation>
    </message>
    <message>
        <source>Will record to %1 when live</source>
        <translation>នឹងថតទៅ %1 នៅពេលផ្សាយផ្ទាល់</translation>
    </message>
    <message>
        <source>Cannot record: %1</source>
        <translation>មិនអាចថតបានទេ៖ %1</translation>
    </message>
    <message>
        <source>The recording stopped: %1</source>
        <translation>ការថតបានឈប់៖ %1</translation>
    </message>
    <message>
        <source>Recording saved: %1</source>
        <translation>បានរក្សាទុកការថត៖ %1</translation>
    </message>
    <message>
        <source>may draw</source>
        <translation>អាចគូរបាន</translation>
    </message>
    <message>
        <source>may speak</source>
        <translation>អាចនិយាយបាន</translation>
    </message>
    <message>
        <source>hand raised</source>
        <translation>លើកដៃ</translation>
    </message>
    <message>
        <source>Stop drawing</source>
        <translation>ឈប់គូរ</translation>
    </message>
    <message>
        <source>Stop speaking</source>
        <translation>ឈប់និយាយ</translation>
    </message>
    <message numerus="yes">
        <source>%n viewer(s)</source>
        <translation>
            <numerusform>អ្នកទស្សនា %n នាក់</numerusform>
            <numerusform>អ្នកទស្សនា %n នាក់</numerusform>
        </translation>
    </message>
    <message>
        <source>REC</source>
        <translation>កំពុងថត</translation>
    </message>
</context>
<context>
    <name>BroadcastViewer</name>
    <message>
        <source>Live surgical demonstrations</source>
        <translation>ការបង្ហាញការវះកាត់ផ្ទាល់</translation>
    </message>
    <message>
        <source>Watch</source>
        <translation>មើល</translation>
    </message>
    <message>
        <source>Waiting for the surgeon&apos;s picture…</source>
        <translation>កំពុងរង់ចាំរូបភាពពីគ្រូពេទ្យវះកាត់…</translation>
    </message>
    <message>
        <source>Raise hand</source>
        <translation>លើកដៃ</translation>
    </message>
    <message>
        <source>Speak</source>
        <translation>និយាយ</translation>
    </message>
    <message>
        <source>Leave</source>
        <translation>ចាកចេញ</translation>
    </message>
    <message>
        <source>Ask the surgeon…</source>
        <translation>សួរគ្រូពេទ្យវះកាត់…</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>ផ្ញើ</translation>
    </message>
    <message>
        <source>LIVE</source>
        <translation>ផ្ទាល់</translation>
    </message>
    <message>
        <source>ended</source>
        <translation>បានបញ្ចប់</translation>
    </message>
    <message>
        <source>No picture or sound: %1</source>
        <translation>គ្មានរូបភាព ឬសំឡេង៖ %1</translation>
    </message>
    <message>
        <source>Lower hand</source>
        <translation>ដាក់ដៃចុះ</translation>
    </message>
    <message>
        <source>No microphone: %1</source>
        <translation>គ្មានមីក្រូហ្វូន៖ %1</translation>
    </message>
    <message>
        <source>Broadcast</source>
        <translation>ការផ្សាយ</translation>
    </message>
    <message>
        <source>not live</source>
        <translation>មិនកំពុងផ្សាយ</translation>
    </message>
    <message>
        <source>you may draw on the picture</source>
        <translation>អ្នកអាចគូរលើរូបភាពបាន</translation>
    </message>
    <message>
        <source>you may speak</source>
        <translation>អ្នកអាចនិយាយបាន</translation>
    </message>
    <message>
        <source>No picture for %1 s</source>
        <translation>គ្មានរូបភាពរយៈពេល %1 វិនាទី</translation>
    </message>
</context>
<context>
    <name>CameraPage</name>
    <message>
        <source>Camera</source>
        <translation>កាមេរ៉ា</translation>
    </message>
    <message>
        <source>Check again</source>
        <translation>ពិនិត្យម្តងទៀត</translation>
    </message>
    <message>
        <source>Camera for calls:</source>
        <translation>កាមេរ៉ាសម្រាប់ការហៅ៖</translation>
    </message>
    <message>
        <source>The first camera</source>
        <translation>កាមេរ៉ាទីមួយ</translation>
    </message>
    <message>
        <source>Looking for a camera…</source>
        <translation>កំពុងស្វែងរកកាមេរ៉ា…</translation>
    </message>
    <message>
        <source>No camera found (%1). Everything else works without one: reading studies, consults with voice, watching broadcasts. To send video, connect a camera and check again.</source>
        <translation>រកមិនឃើញកាមេរ៉ា (%1)។ អ្វីៗផ្សេងទៀតដំណើរការដោយគ្មានកាមេរ៉ា៖ ការអានការពិនិត្យ ការពិគ្រោះដោយសំឡេង ការមើលការផ្សាយ។ ដើម្បីផ្ញើវីដេអូ សូមភ្ជាប់កាមេរ៉ា ហើយពិនិត្យម្តងទៀត។</translation>
    </message>
    <message>
        <source>no camera</source>
        <translation>គ្មានកាមេរ៉ា</translation>
    </message>
    <message>
        <source>Camera 0 works: %1 × %2 pixels.</source>
        <translation>កាមេរ៉ា 0 ដំណើរការ៖ %1 × %2 ភីកសែល។</translation>
    </message>
</context>
<context>
    <name>CataloguePage</name>
    <message>
        <source>&lt;b&gt;Cohorts&lt;/b&gt;</source>
        <translation>&lt;b&gt;ក្រុមសិក្ខាកាម&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Enrol</source>
        <translation>ចុះឈ្មោះ</translation>
    </message>
    <message>
        <source>Cohort code from your coordinator</source>
        <translation>លេខកូដក្រុមពីអ្នកសម្របសម្រួលរបស់អ្នក</translation>
    </message>
    <message>
        <source>Enrol by code</source>
        <translation>ចុះឈ្មោះដោយលេខកូដ</translation>
    </message>
    <message>
        <source>&lt;b&gt;Courses&lt;/b&gt;</source>
        <translation>&lt;b&gt;វគ្គសិក្សា&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>បើក</translation>
    </message>
    <message>
        <source>Download and install</source>
        <translation>ទាញយក និងដំឡើង</translation>
    </message>
    <message>
        <source>Install from file…</source>
        <translation>ដំឡើងពីឯកសារ…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>បោះបង់</translation>
    </message>
    <message>
        <source>v%1 installed</source>
        <translation>បានដំឡើង v%1</translation>
    </message>
    <message>
        <source>completed</source>
        <translation>បានបញ្ចប់</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>បរាជ័យ</translation>
    </message>
    <message>
        <source>%1/%2 lessons</source>
        <translation>មេរៀន %1/%2</translation>
    </message>
    <message>
        <source>v%1 available</source>
        <translation>មាន v%1</translation>
    </message>
    <message>
        <source>v%1 available · %2 MB</source>
        <translation>មាន v%1 · %2 MB</translation>
    </message>
    <message>
        <source>Install a course package</source>
        <translation>ដំឡើងកញ្ចប់វគ្គសិក្សា</translation>
    </message>
    <message>
        <source>Course packages (*.silkcourse);;All files (*)</source>
        <translation>កញ្ចប់វគ្គសិក្សា (*.silkcourse);;ឯកសារទាំងអស់ (*)</translation>
    </message>
</context>
<context>
    <name>CompareView</name>
    <message>
        <source>Compare with prior</source>
        <translation>ប្រៀបធៀបជាមួយការពិនិត្យមុន</translation>
    </message>
    <message>
        <source>Link W/L</source>
        <translation>ភ្ជាប់វីនដូ W/L</translation>
    </message>
    <message>
        <source>Pair these slices</source>
        <translation>ផ្គូផ្គងស្លាយទាំងពីរនេះ</translation>
    </message>
    <message>
        <source>The two slices shown are the same anatomy: scroll them together from now on</source>
        <translation>ស្លាយទាំងពីរដែលបង្ហាញគឺជាទីតាំងកាយវិភាគតែមួយ៖ រំកិលវាជាមួយគ្នាចាប់ពីពេលនេះ</translation>
    </message>
    <message>
        <source>Unpair</source>
        <translation>ឈប់ផ្គូផ្គង</translation>
    </message>
    <message>
        <source>One of the two studies has no series.</source>
        <translation>ការពិនិត្យមួយក្នុងចំណោមពីរគ្មានស៊េរីទេ។</translation>
    </message>
    <message>
        <source>Choose another series to compare with.</source>
        <translation>សូមជ្រើសរើសស៊េរីផ្សេងដើម្បីប្រៀបធៀប។</translation>
    </message>
    <message>
        <source>The series %1 is not in the catalog.</source>
        <translation>ស៊េរី %1 មិនមាននៅក្នុងកាតាឡុកទេ។</translation>
    </message>
    <message>
        <source>Compare with prior shows series of slices (CT, MR, PET…); this series holds separate images: open it on its own.</source>
        <translation>ការប្រៀបធៀបជាមួយការពិនិត្យមុនប្រើសម្រាប់ស៊េរីស្លាយ (CT, MR, PET…)៖ ស៊េរីនេះមានរូបភាពដាច់ៗពីគ្នា៖ សូមបើកវាដោយឡែក។</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>កំពុងផ្ទុក…</translation>
    </message>
    <message>
        <source>Could not open the prior series: %1</source>
        <translation>មិនអាចបើកស៊េរីមុនបានទេ៖ %1</translation>
    </message>
    <message>
        <source>The prior series holds no images.</source>
        <translation>ស៊េរីមុនគ្មានរូបភាពទេ។</translation>
    </message>
    <message>
        <source>Current: %1</source>
        <translation>បច្ចុប្បន្ន៖ %1</translation>
    </message>
    <message>
        <source>Prior: %1</source>
        <translation>មុន៖ %1</translation>
    </message>
    <message>
        <source>Scrolling together by patient position (same frame of reference).</source>
        <translation>រំកិលជាមួយគ្នាតាមទីតាំងអ្នកជំងឺ (frame of reference ដូចគ្នា)។</translation>
    </message>
    <message>
        <source>Different frame of reference: scroll each side to the same anatomy, then Pair these slices.</source>
        <translation>frame of reference ខុសគ្នា៖ រំកិលផ្នែកនីមួយៗទៅទីតាំងកាយវិភាគតែមួយ រួចចុច ផ្គូផ្គងស្លាយទាំងពីរនេះ។</translation>
    </message>
    <message>
        <source>Paired: scrolling together (prior %1 mm).</source>
        <translation>បានផ្គូផ្គង៖ រំកិលជាមួយគ្នា (មុន %1 mm)។</translation>
    </message>
</context>
<context>
    <name>ComposeDialog</name>
    <message>
        <source>Send referral</source>
        <translation>ផ្ញើការបញ្ជូន</translation>
    </message>
    <message>
        <source>Attach…</source>
        <translation>ភ្ជាប់ឯកសារ…</translation>
    </message>
    <message>
        <source>Specialty</source>
        <translation>ឯកទេស</translation>
    </message>
    <message>
        <source>Urgency</source>
        <translation>ភាពបន្ទាន់</translation>
    </message>
    <message>
        <source>Clinical question</source>
        <translation>សំណួរគ្លីនិក</translation>
    </message>
    <message>
        <source>History</source>
        <translation>ប្រវត្តិ</translation>
    </message>
    <message>
        <source>Answer in</source>
        <translation>ឆ្លើយជាភាសា</translation>
    </message>
    <message>
        <source>Attachments (you confirm they identify no one)</source>
        <translation>ឯកសារភ្ជាប់ (អ្នកបញ្ជាក់ថាវាមិនសម្គាល់អត្តសញ្ញាណនរណាម្នាក់)</translation>
    </message>
    <message>
        <source>Attach</source>
        <translation>ភ្ជាប់</translation>
    </message>
    <message>
        <source>A specialty and a clinical question are needed.</source>
        <translation>ត្រូវការឯកទេស និងសំណួរគ្លីនិក។</translation>
    </message>
</context>
<context>
    <name>ConsultController</name>
    <message>
        <source>Video call unavailable: %1</source>
        <translation>មិនអាចប្រើការហៅជាវីដេអូបានទេ៖ %1</translation>
    </message>
    <message>
        <source>You stopped following the presenter to look around alone. Tick &quot;Follow the presenter&quot; in the consult panel to rejoin.</source>
        <translation>អ្នកបានឈប់តាមអ្នកបង្ហាញ ដើម្បីមើលតែម្នាក់ឯង។ ធីក &quot;តាមអ្នកបង្ហាញ&quot; ក្នុងផ្ទាំងពិគ្រោះ ដើម្បីត្រឡប់ទៅវិញ។</translation>
    </message>
    <message>
        <source>The presenter&apos;s case is not downloaded yet: Download cases</source>
        <translation>ករណីរបស់អ្នកបង្ហាញមិនទាន់ទាញយកទេ៖ ទាញយកករណី</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>ចែករំលែក</translation>
    </message>
    <message>
        <source>Open the study to share first.</source>
        <translation>សូមបើកការពិនិត្យដែលត្រូវចែករំលែកជាមុនសិន។</translation>
    </message>
    <message>
        <source>Sharing</source>
        <translation>កំពុងចែករំលែក</translation>
    </message>
    <message>
        <source>Case shared (de-identified)</source>
        <translation>បានចែករំលែកករណី (បានលុបព័ត៌មានសម្គាល់អត្តសញ្ញាណ)</translation>
    </message>
    <message>
        <source>Burned-in text?</source>
        <translation>មានអក្សរដិតជាប់នៅក្នុងរូបភាព?</translation>
    </message>
    <message>
        <source>Some images may show patient details burned into the pixels. Look at them before sending. Send them anyway?</source>
        <translation>រូបភាពខ្លះអាចបង្ហាញព័ត៌មានអ្នកជំងឺដែលដិតជាប់ក្នុងភីកសែល។ សូមពិនិត្យមើលមុនពេលផ្ញើ។ នៅតែផ្ញើឬ?</translation>
    </message>
    <message>
        <source>Could not share the case</source>
        <translation>មិនអាចចែករំលែកករណីបានទេ</translation>
    </message>
    <message>
        <source>Downloading cases</source>
        <translation>កំពុងទាញយកករណី</translation>
    </message>
    <message>
        <source>Could not download the cases</source>
        <translation>មិនអាចទាញយកករណីបានទេ</translation>
    </message>
    <message>
        <source>Download the case first</source>
        <translation>សូមទាញយកករណីជាមុនសិន</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>នាំចេញ</translation>
    </message>
    <message>
        <source>Open the case&apos;s series first.</source>
        <translation>សូមបើកស៊េរីនៃករណីជាមុនសិន។</translation>
    </message>
    <message>
        <source>Exporting</source>
        <translation>កំពុងនាំចេញ</translation>
    </message>
    <message>
        <source>Could not export the case</source>
        <translation>មិនអាចនាំចេញករណីបានទេ</translation>
    </message>
    <message>
        <source>Written: %1</source>
        <translation>បានសរសេរ៖ %1</translation>
    </message>
    <message>
        <source>Send to PACS</source>
        <translation>ផ្ញើទៅ PACS</translation>
    </message>
    <message>
        <source>No PACS is configured: add one to the settings (pacs_nodes).</source>
        <translation>មិនទាន់កំណត់ PACS ទេ៖ សូមបន្ថែមមួយក្នុងការកំណត់ (pacs_nodes)។</translation>
    </message>
    <message>
        <source>Export the case first (Report + SR…).</source>
        <translation>សូមនាំចេញករណីជាមុនសិន (របាយការណ៍ + SR…)។</translation>
    </message>
    <message>
        <source>Sending to PACS</source>
        <translation>កំពុងផ្ញើទៅ PACS</translation>
    </message>
    <message>
        <source>Could not send to the PACS</source>
        <translation>មិនអាចផ្ញើទៅ PACS បានទេ</translation>
    </message>
</context>
<context>
    <name>ConsultPanel</name>
    <message>
        <source>MDT consults</source>
        <translation>ការពិគ្រោះ MDT</translation>
    </message>
    <message>
        <source>Join</source>
        <translation>ចូលរួម</translation>
    </message>
    <message>
        <source>New consult…</source>
        <translation>ការពិគ្រោះថ្មី…</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>ស្នើសុំ</translation>
    </message>
    <message>
        <source>Take</source>
        <translation>យក</translation>
    </message>
    <message>
        <source>Hand over</source>
        <translation>ប្រគល់</translation>
    </message>
    <message>
        <source>Release</source>
        <translation>លែង</translation>
    </message>
    <message>
        <source>Voice</source>
        <translation>សំឡេង</translation>
    </message>
    <message>
        <source>Mute my microphone</source>
        <translation>បិទមីក្រូហ្វូនរបស់ខ្ញុំ</translation>
    </message>
    <message>
        <source>Video call</source>
        <translation>ហៅជាវីដេអូ</translation>
    </message>
    <message>
        <source>Follow the presenter</source>
        <translation>តាមអ្នកបង្ហាញ</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>ករណី</translation>
    </message>
    <message>
        <source>Share open study</source>
        <translation>ចែករំលែកការពិនិត្យដែលកំពុងបើក</translation>
    </message>
    <message>
        <source>Download cases</source>
        <translation>ទាញយកករណី</translation>
    </message>
    <message>
        <source>Chat</source>
        <translation>ជជែក</translation>
    </message>
    <message>
        <source>Message…</source>
        <translation>សារ…</translation>
    </message>
    <message>
        <source>Conclusion of the open case</source>
        <translation>សេចក្តីសន្និដ្ឋាននៃករណីដែលកំពុងបើក</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>លទ្ធផលរកឃើញ</translation>
    </message>
    <message>
        <source>Diagnosis</source>
        <translation>រោគវិនិច្ឆ័យ</translation>
    </message>
    <message>
        <source>Recommendation</source>
        <translation>អនុសាសន៍</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>ការតាមដាន</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>អ្នកទទួលខុសត្រូវ</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>ភាសា</translation>
    </message>
    <message>
        <source>Save conclusion</source>
        <translation>រក្សាទុកសេចក្តីសន្និដ្ឋាន</translation>
    </message>
    <message>
        <source>Leave</source>
        <translation>ចាកចេញ</translation>
    </message>
    <message>
        <source>End consult</source>
        <translation>បញ្ចប់ការពិគ្រោះ</translation>
    </message>
    <message>
        <source>Report + SR…</source>
        <translation>របាយការណ៍ + SR…</translation>
    </message>
    <message>
        <source>Key images as DICOM</source>
        <translation>រូបភាពសំខាន់ជា DICOM</translation>
    </message>
    <message>
        <source>Also write the annotated key images as secondary captures for the PACS (referenced by the key object selection)</source>
        <translation>សរសេររូបភាពសំខាន់ដែលមានចំណារជា secondary capture សម្រាប់ PACS ផងដែរ (យោងដោយ key object selection)</translation>
    </message>
    <message>
        <source>Send to PACS</source>
        <translation>ផ្ញើទៅ PACS</translation>
    </message>
    <message>
        <source>Send the exported SR and key images to the PACS chosen in the PACS tab</source>
        <translation>ផ្ញើ SR និងរូបភាពសំខាន់ដែលបាននាំចេញទៅ PACS ដែលបានជ្រើសក្នុងផ្ទាំង PACS</translation>
    </message>
    <message>
        <source>Your role (%1) does not take part in MDT consults.</source>
        <translation>តួនាទីរបស់អ្នក (%1) មិនចូលរួមក្នុងការពិគ្រោះ MDT ទេ។</translation>
    </message>
    <message>
        <source>MDT consult</source>
        <translation>ការពិគ្រោះ MDT</translation>
    </message>
    <message>
        <source>Consult</source>
        <translation>ការពិគ្រោះ</translation>
    </message>
    <message>
        <source>ended</source>
        <translation>បានបញ្ចប់</translation>
    </message>
    <message>
        <source>left</source>
        <translation>បានចាកចេញ</translation>
    </message>
    <message>
        <source>Looking around alone — tick to rejoin the presenter</source>
        <translation>កំពុងមើលតែម្នាក់ឯង — ធីកដើម្បីត្រឡប់ទៅតាមអ្នកបង្ហាញវិញ</translation>
    </message>
    <message>
        <source>downloaded</source>
        <translation>បានទាញយក</translation>
    </message>
    <message>
        <source>shared</source>
        <translation>បានចែករំលែក</translation>
    </message>
    <message>
        <source>not shared yet</source>
        <translation>មិនទាន់ចែករំលែក</translation>
    </message>
    <message>
        <source>No conclusion yet.</source>
        <translation>មិនទាន់មានសេចក្តីសន្និដ្ឋាន។</translation>
    </message>
    <message>
        <source>Version %1, written in %2 by %3</source>
        <translation>កំណែ %1 សរសេរជា %2 ដោយ %3</translation>
    </message>
    <message>
        <source>%1 speaking</source>
        <translation>%1 កំពុងនិយាយ</translation>
    </message>
    <message>
        <source>Select a participant first.</source>
        <translation>សូមជ្រើសរើសអ្នកចូលរួមជាមុនសិន។</translation>
    </message>
    <message>
        <source>Folder for the report, the SR and the key images</source>
        <translation>ថតសម្រាប់របាយការណ៍ SR និងរូបភាពសំខាន់</translation>
    </message>
</context>
<context>
    <name>CoordinatorPage</name>
    <message>
        <source>Cohort</source>
        <translation>ក្រុមសិក្ខាកាម</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>នាំចេញ CSV…</translation>
    </message>
    <message>
        <source>Trainee</source>
        <translation>សិក្ខាកាម</translation>
    </message>
    <message>
        <source>Hospital</source>
        <translation>មន្ទីរពេទ្យ</translation>
    </message>
    <message>
        <source>Course</source>
        <translation>វគ្គសិក្សា</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>ស្ថានភាព</translation>
    </message>
    <message>
        <source>Lessons</source>
        <translation>មេរៀន</translation>
    </message>
    <message>
        <source>Quiz attempts</source>
        <translation>ចំនួនដងធ្វើកម្រងសំណួរ</translation>
    </message>
    <message>
        <source>Best quiz</source>
        <translation>កម្រងសំណួរល្អបំផុត</translation>
    </message>
    <message>
        <source>Course score</source>
        <translation>ពិន្ទុវគ្គសិក្សា</translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation>វិញ្ញាបនបត្រ</translation>
    </message>
    <message>
        <source>Last activity</source>
        <translation>សកម្មភាពចុងក្រោយ</translation>
    </message>
    <message>
        <source>completed</source>
        <translation>បានបញ្ចប់</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>បរាជ័យ</translation>
    </message>
    <message>
        <source>in progress</source>
        <translation>កំពុងសិក្សា</translation>
    </message>
    <message>
        <source>registered</source>
        <translation>បានចុះឈ្មោះ</translation>
    </message>
    <message>
        <source>&lt;b&gt;Hardest questions&lt;/b&gt;</source>
        <translation>&lt;b&gt;សំណួរពិបាកបំផុត&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>សំណួរ</translation>
    </message>
    <message>
        <source>Answers</source>
        <translation>ចម្លើយ</translation>
    </message>
    <message>
        <source>Correct</source>
        <translation>ត្រឹមត្រូវ</translation>
    </message>
    <message>
        <source>— choose a cohort —</source>
        <translation>— ជ្រើសរើសក្រុមសិក្ខាកាម —</translation>
    </message>
    <message>
        <source>Reading the cohort&apos;s progress…</source>
        <translation>កំពុងអានវឌ្ឍនភាពរបស់ក្រុម…</translation>
    </message>
    <message>
        <source>enrolled, not started</source>
        <translation>បានចុះឈ្មោះ មិនទាន់ចាប់ផ្តើម</translation>
    </message>
    <message numerus="yes">
        <source>%n trainee(s)</source>
        <translation>
            <numerusform>សិក្ខាកាម %n នាក់</numerusform>
            <numerusform>សិក្ខាកាម %n នាក់</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 completed</source>
        <translation>បានបញ្ចប់ %1 នាក់</translation>
    </message>
    <message numerus="yes">
        <source>%n statement(s) received</source>
        <translation>
            <numerusform>បានទទួល %n កំណត់ត្រា</numerusform>
            <numerusform>បានទទួល %n កំណត់ត្រា</numerusform>
        </translation>
    </message>
    <message>
        <source>Export cohort progress</source>
        <translation>នាំចេញវឌ្ឍនភាពរបស់ក្រុម</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>Export failed: %1</source>
        <translation>ការនាំចេញបានបរាជ័យ៖ %1</translation>
    </message>
</context>
<context>
    <name>CoreMessages</name>
    <message>
        <source>camera %1: cannot open video device (no camera at index %1 or it is in use)</source>
        <extracomment>The sentences of the core&apos;s error codes (workstation.errors), in the interface language.</extracomment>
        <translation>កាមេរ៉ា %1៖ មិនអាចបើកឧបករណ៍វីដេអូបានទេ (គ្មានកាមេរ៉ានៅលិបិក្រម %1 ឬកំពុងត្រូវបានប្រើ)</translation>
    </message>
    <message>
        <source>camera %1: no frame (device disconnected?)</source>
        <translation>កាមេរ៉ា %1៖ គ្មានរូបភាព (ឧបករណ៍ត្រូវបានផ្តាច់?)</translation>
    </message>
    <message>
        <source>the hub refused this key (not enrolled or revoked)</source>
        <translation>មជ្ឈមណ្ឌលបានបដិសេធសោនេះ (មិនបានចុះឈ្មោះ ឬត្រូវបានដកហូត)</translation>
    </message>
    <message>
        <source>secure handshake with the hub failed (wrong hub key?)</source>
        <translation>ការភ្ជាប់សុវត្ថិភាពជាមួយមជ្ឈមណ្ឌលបានបរាជ័យ (សោរបស់មជ្ឈមណ្ឌលខុស?)</translation>
    </message>
    <message>
        <source>cannot create room %1: not connected to the hub</source>
        <translation>មិនអាចបង្កើតបន្ទប់ %1 បានទេ៖ មិនបានភ្ជាប់ទៅមជ្ឈមណ្ឌល</translation>
    </message>
    <message>
        <source>not a DICOM file</source>
        <translation>មិនមែនជាឯកសារ DICOM ទេ</translation>
    </message>
    <message>
        <source>empty file</source>
        <translation>ឯកសារទទេ</translation>
    </message>
    <message>
        <source>no such file or folder</source>
        <translation>គ្មានឯកសារ ឬថតនេះទេ</translation>
    </message>
    <message>
        <source>unsafe path inside the zip</source>
        <translation>ផ្លូវមិនមានសុវត្ថិភាពនៅក្នុង zip</translation>
    </message>
    <message>
        <source>cannot be shown: an image without pixel data</source>
        <translation>មិនអាចបង្ហាញបានទេ៖ រូបភាពគ្មានទិន្នន័យភីកសែល</translation>
    </message>
    <message>
        <source>cannot be shown: the decoder for %1 is not installed</source>
        <translation>មិនអាចបង្ហាញបានទេ៖ មិនទាន់ដំឡើងកម្មវិធីឌិកូដសម្រាប់ %1</translation>
    </message>
    <message>
        <source>cannot be shown: unknown transfer syntax %1</source>
        <translation>មិនអាចបង្ហាញបានទេ៖ មិនស្គាល់ transfer syntax %1</translation>
    </message>
    <message>
        <source>truncated: pixel data needs %1 bytes, the file holds %2</source>
        <translation>ឯកសារមិនពេញលេញ៖ ទិន្នន័យភីកសែលត្រូវការ %1 បៃ ឯកសារមានតែ %2</translation>
    </message>
    <message>
        <source>incomplete DICOM header (truncated?): missing %1</source>
        <translation>ក្បាល DICOM មិនពេញលេញ (ឯកសារដាច់?)៖ ខ្វះ %1</translation>
    </message>
    <message>
        <source>cannot read: %1</source>
        <translation>មិនអាចអានបានទេ៖ %1</translation>
    </message>
    <message>
        <source>cannot copy into the catalog: %1</source>
        <translation>មិនអាចចម្លងចូលកាតាឡុកបានទេ៖ %1</translation>
    </message>
    <message>
        <source>unknown value representation %1 in %2</source>
        <translation>ប្រភេទតម្លៃ (VR) %1 មិនស្គាល់ក្នុង %2</translation>
    </message>
    <message>
        <source>truncated or corrupt: %1 claims %2 bytes, the file holds %3 after it</source>
        <translation>ឯកសារមិនពេញលេញ ឬខូច៖ %1 អះអាងថាមាន %2 បៃ ប៉ុន្តែឯកសារមានតែ %3 បន្ទាប់ពីវា</translation>
    </message>
    <message>
        <source>unreadable element %1: %2 bytes is not a whole number of %3 values (%4 bytes each)</source>
        <translation>មិនអាចអានធាតុ %1 បានទេ៖ %2 បៃ មិនមែនជាចំនួនគត់នៃតម្លៃ %3 (%4 បៃក្នុងមួយតម្លៃ)</translation>
    </message>
    <message>
        <source>unreadable element %1: %2</source>
        <translation>មិនអាចអានធាតុ %1 បានទេ៖ %2</translation>
    </message>
    <message>
        <source>cannot be shown: invalid image header (%1)</source>
        <translation>មិនអាចបង្ហាញបានទេ៖ ក្បាលរូបភាពមិនត្រឹមត្រូវ (%1)</translation>
    </message>
    <message>
        <source>cannot be shown: the file does not say how its pixel data is encoded (no transfer syntax)</source>
        <translation>មិនអាចបង្ហាញបានទេ៖ ឯកសារមិនបញ្ជាក់ពីរបៀបអ៊ិនកូដទិន្នន័យភីកសែលទេ (គ្មាន transfer syntax)</translation>
    </message>
    <message>
        <source>cannot be shown: no decoder for pixel data in %1</source>
        <translation>មិនអាចបង្ហាញបានទេ៖ គ្មានកម្មវិធីឌិកូដសម្រាប់ទិន្នន័យភីកសែលជា %1</translation>
    </message>
    <message>
        <source>cannot be shown: the first frame does not decode (%1)</source>
        <translation>មិនអាចបង្ហាញបានទេ៖ មិនអាចឌិកូដស៊ុមទីមួយបានទេ (%1)</translation>
    </message>
    <message>
        <source>cannot be shown: the first frame decodes to shape %1, the header says %2 rows x %3 columns</source>
        <translation>មិនអាចបង្ហាញបានទេ៖ ស៊ុមទីមួយឌិកូដបានទំហំ %1 ប៉ុន្តែក្បាលឯកសារចែងថា %2 ជួរដេក x %3 ជួរឈរ</translation>
    </message>
    <message>
        <source>corrupt: the pixel data cannot be located in the file</source>
        <translation>ឯកសារខូច៖ រកមិនឃើញទីតាំងទិន្នន័យភីកសែលក្នុងឯកសារ</translation>
    </message>
    <message>
        <source>corrupt: compressed (undefined length) pixel data in %1</source>
        <translation>ឯកសារខូច៖ ទិន្នន័យភីកសែលបានបង្ហាប់ (ប្រវែងមិនកំណត់) ក្នុង %1</translation>
    </message>
    <message>
        <source>truncated: the compressed pixel data ends before its delimiter</source>
        <translation>ឯកសារមិនពេញលេញ៖ ទិន្នន័យភីកសែលបានបង្ហាប់បញ្ចប់មុនសញ្ញាខណ្ឌ</translation>
    </message>
    <message>
        <source>corrupt: invalid item in the compressed pixel data</source>
        <translation>ឯកសារខូច៖ ធាតុមិនត្រឹមត្រូវក្នុងទិន្នន័យភីកសែលបានបង្ហាប់</translation>
    </message>
    <message>
        <source>truncated: a compressed frame runs past the end of the file</source>
        <translation>ឯកសារមិនពេញលេញ៖ ស៊ុមបានបង្ហាប់មួយលើសចុងឯកសារ</translation>
    </message>
    <message>
        <source>corrupt: %1 pixel data must be encapsulated (undefined length)</source>
        <translation>ឯកសារខូច៖ ទិន្នន័យភីកសែល %1 ត្រូវតែវេចខ្ចប់ (ប្រវែងមិនកំណត់)</translation>
    </message>
    <message>
        <source>truncated: pixel data holds %1 bytes, the image needs %2</source>
        <translation>ឯកសារមិនពេញលេញ៖ ទិន្នន័យភីកសែលមាន %1 បៃ រូបភាពត្រូវការ %2</translation>
    </message>
    <message>
        <source>corrupt: pixel data holds %1 bytes, Rows x Columns x frames x samples x bits need %2</source>
        <translation>ឯកសារខូច៖ ទិន្នន័យភីកសែលមាន %1 បៃ ប៉ុន្តែ ជួរដេក x ជួរឈរ x ស៊ុម x គំរូ x ប៊ីត ត្រូវការ %2</translation>
    </message>
    <message>
        <source>truncated or corrupt: %1</source>
        <translation>ឯកសារមិនពេញលេញ ឬខូច៖ %1</translation>
    </message>
    <message>
        <source>truncated: %1</source>
        <translation>ឯកសារមិនពេញលេញ៖ %1</translation>
    </message>
    <message>
        <source>corrupt header: %1</source>
        <translation>ក្បាលឯកសារខូច៖ %1</translation>
    </message>
    <message>
        <source>corrupt file meta header: %1 found inside the dataset</source>
        <translation>ក្បាលព័ត៌មានមេតានៃឯកសារខូច៖ រកឃើញ %1 នៅក្នុងសំណុំទិន្នន័យ</translation>
    </message>
    <message>
        <source>corrupt pixel data: %1</source>
        <translation>ទិន្នន័យភីកសែលខូច៖ %1</translation>
    </message>
    <message>
        <source>a DICOMDIR index, not an image (import its folder or the DICOMDIR itself)</source>
        <translation>ជាលិបិក្រម DICOMDIR មិនមែនជារូបភាពទេ (នាំចូលថតរបស់វា ឬ DICOMDIR ខ្លួនឯង)</translation>
    </message>
    <message>
        <source>unreadable: %1</source>
        <translation>មិនអាចអានបានទេ៖ %1</translation>
    </message>
    <message>
        <source>could not be imported: %1</source>
        <translation>មិនអាចនាំចូលបានទេ៖ %1</translation>
    </message>
    <message>
        <source>cannot unzip: %1</source>
        <translation>មិនអាចពន្លា zip បានទេ៖ %1</translation>
    </message>
    <message>
        <source>damaged zip: %1</source>
        <translation>ឯកសារ zip ខូច៖ %1</translation>
    </message>
    <message>
        <source>unreadable DICOMDIR: %1</source>
        <translation>មិនអាចអាន DICOMDIR បានទេ៖ %1</translation>
    </message>
    <message>
        <source>listed in the DICOMDIR but missing</source>
        <translation>មានក្នុងបញ្ជី DICOMDIR ប៉ុន្តែបាត់</translation>
    </message>
    <message>
        <source>%1: not a readable DICOM file: %2</source>
        <translation>%1៖ មិនមែនជាឯកសារ DICOM ដែលអាចអានបានទេ៖ %2</translation>
    </message>
    <message>
        <source>%1: no single SOP Instance UID</source>
        <translation>%1៖ គ្មាន SOP Instance UID តែមួយទេ</translation>
    </message>
    <message>
        <source>%1: cannot be de-identified: %2</source>
        <translation>%1៖ មិនអាចលុបព័ត៌មានសម្គាល់អត្តសញ្ញាណបានទេ៖ %2</translation>
    </message>
    <message>
        <source>%1: its SOP Instance UID %2 is that of %3, already written from %4 with different content; one SOP Instance UID names one object, so it is not written: correct the UID at the source and send it again</source>
        <translation>%1៖ SOP Instance UID %2 របស់វាដូច %3 ដែលបានសរសេររួចពី %4 ដោយមានខ្លឹមសារខុសគ្នា។ SOP Instance UID មួយសម្គាល់វត្ថុតែមួយ ដូច្នេះវាមិនត្រូវបានសរសេរទេ៖ សូមកែ UID នៅប្រភព ហើយផ្ញើម្តងទៀត</translation>
    </message>
    <message>
        <source>%1: its SOP Instance UID %2 is that of %3, already written by an earlier run with different content; one SOP Instance UID names one object, so it is not written: correct the UID at the source and send it again</source>
        <translation>%1៖ SOP Instance UID %2 របស់វាដូច %3 ដែលបានសរសេររួចក្នុងដំណើរការលើកមុន ដោយមានខ្លឹមសារខុសគ្នា។ SOP Instance UID មួយសម្គាល់វត្ថុតែមួយ ដូច្នេះវាមិនត្រូវបានសរសេរទេ៖ សូមកែ UID នៅប្រភព ហើយផ្ញើម្តងទៀត</translation>
    </message>
    <message>
        <source>the file is truncated: %1</source>
        <translation>ឯកសារមិនពេញលេញ៖ %1</translation>
    </message>
    <message>
        <source>an encapsulated document (PDF, CDA, ...): its content is sent as it is, not de-identified</source>
        <translation>ឯកសារវេចខ្ចប់ (PDF, CDA, ...)៖ ខ្លឹមសាររបស់វាត្រូវបានផ្ញើដូចដើម មិនបានលុបព័ត៌មានសម្គាល់អត្តសញ្ញាណទេ</translation>
    </message>
    <message>
        <source>BurnedInAnnotation is YES: the image has text burned into its pixels</source>
        <translation>BurnedInAnnotation គឺ YES៖ រូបភាពមានអក្សរដុតជាប់ក្នុងភីកសែល</translation>
    </message>
    <message>
        <source>BurnedInAnnotation is absent and this is %1, which often shows patient details in its pixels</source>
        <translation>គ្មាន BurnedInAnnotation ហើយនេះជា %1 ដែលជាញឹកញាប់បង្ហាញព័ត៌មានអ្នកជំងឺក្នុងភីកសែល</translation>
    </message>
    <message>
        <source>nothing could be de-identified (%1)</source>
        <translation>គ្មានឯកសារណាអាចលុបព័ត៌មានសម្គាល់អត្តសញ្ញាណបានទេ (%1)</translation>
    </message>
    <message>
        <source>sharing cancelled</source>
        <translation>បានបោះបង់ការចែករំលែក</translation>
    </message>
    <message>
        <source>%1 is not invited to %2 room %3</source>
        <translation>%1 មិនត្រូវបានអញ្ជើញចូលបន្ទប់ %2 %3 ទេ</translation>
    </message>
    <message>
        <source>role %1 may not join %2 room %3</source>
        <translation>តួនាទី %1 មិនអាចចូលបន្ទប់ %2 %3 បានទេ</translation>
    </message>
    <message>
        <source>role %1 may not create %2 room %3</source>
        <translation>តួនាទី %1 មិនអាចបង្កើតបន្ទប់ %2 %3 បានទេ</translation>
    </message>
    <message>
        <source>role %1 may not publish %2</source>
        <translation>តួនាទី %1 មិនអាចផ្សព្វផ្សាយ %2 បានទេ</translation>
    </message>
    <message>
        <source>no such room %1</source>
        <translation>គ្មានបន្ទប់ %1 ទេ</translation>
    </message>
    <message>
        <source>not a member of room %1</source>
        <translation>មិនមែនជាសមាជិកបន្ទប់ %1 ទេ</translation>
    </message>
    <message>
        <source>you were removed from %1 by %2</source>
        <translation>អ្នកត្រូវបាន %2 ដកចេញពី %1</translation>
    </message>
    <message>
        <source>only the creator of %1 or a moderator may publish %2</source>
        <translation>មានតែអ្នកបង្កើត %1 ឬអ្នកដឹកនាំប៉ុណ្ណោះ ដែលអាចផ្សព្វផ្សាយ %2 បាន</translation>
    </message>
    <message>
        <source>only the creator of %1 or a moderator may list it in %2</source>
        <translation>មានតែអ្នកបង្កើត %1 ឬអ្នកដឹកនាំប៉ុណ្ណោះ ដែលអាចដាក់វាក្នុងបញ្ជី %2 បាន</translation>
    </message>
    <message>
        <source>only the creator of %1 or a moderator may change who enters it</source>
        <translation>មានតែអ្នកបង្កើត %1 ឬអ្នកដឹកនាំប៉ុណ្ណោះ ដែលអាចប្តូរអ្នកដែលអាចចូលបាន</translation>
    </message>
    <message>
        <source>only the hub publishes %1</source>
        <translation>មានតែមជ្ឈមណ្ឌលប៉ុណ្ណោះដែលផ្សព្វផ្សាយ %1</translation>
    </message>
    <message>
        <source>%1: only a consultant of %2 may publish %3</source>
        <translation>%1៖ មានតែគ្រូពេទ្យប្រឹក្សាផ្នែក %2 ប៉ុណ្ណោះ ដែលអាចផ្សព្វផ្សាយ %3 បាន</translation>
    </message>
    <message>
        <source>%1: only the referring hospital may publish %2</source>
        <translation>%1៖ មានតែមន្ទីរពេទ្យបញ្ជូនប៉ុណ្ណោះ ដែលអាចផ្សព្វផ្សាយ %2 បាន</translation>
    </message>
    <message>
        <source>%1 in %2: a room admits at most %3 users, hospitals and roles in all (invite a hospital or a role)</source>
        <translation>%1 ក្នុង %2៖ បន្ទប់មួយទទួលអ្នកប្រើ មន្ទីរពេទ្យ និងតួនាទីសរុបបានយ៉ាងច្រើន %3 (សូមអញ្ជើញមន្ទីរពេទ្យ ឬតួនាទីមួយ)</translation>
    </message>
    <message>
        <source>no such broadcast</source>
        <translation>គ្មានការផ្សាយនេះទេ</translation>
    </message>
    <message>
        <source>a %1 may not hand out watch links: ask the surgeon or a coordinator</source>
        <translation>%1 មិនអាចចែកតំណមើលបានទេ៖ សូមសុំគ្រូពេទ្យវះកាត់ ឬអ្នកសម្របសម្រួល</translation>
    </message>
    <message>
        <source>your clock differs from the hub&apos;s</source>
        <translation>នាឡិការបស់អ្នកខុសពីនាឡិការបស់មជ្ឈមណ្ឌល</translation>
    </message>
    <message>
        <source>refused by the hub: %1</source>
        <translation>ត្រូវបានមជ្ឈមណ្ឌលបដិសេធ៖ %1</translation>
    </message>
    <message>
        <source>… and %1 more</source>
        <translation>… និង %1 ទៀត</translation>
    </message>
</context>
<context>
    <name>CoursesController</name>
    <message>
        <source>This workstation is not enrolled at a hub: courses can only be installed from files</source>
        <translation>ស្ថានីយការងារនេះមិនបានចុះឈ្មោះនៅមជ្ឈមណ្ឌលទេ៖ វគ្គសិក្សាអាចដំឡើងបានតែពីឯកសារប៉ុណ្ណោះ</translation>
    </message>
    <message>
        <source>%1 is not a cohort code: it looks like cohort-3f2a9c… (ask your coordinator)</source>
        <translation>%1 មិនមែនជាលេខកូដក្រុមទេ៖ លេខកូដមានរាងដូច cohort-3f2a9c… (សូមសួរអ្នកសម្របសម្រួលរបស់អ្នក)</translation>
    </message>
    <message>
        <source>Already enrolled in %1</source>
        <translation>បានចុះឈ្មោះក្នុង %1 រួចហើយ</translation>
    </message>
    <message>
        <source>Enrolment</source>
        <translation>ការចុះឈ្មោះ</translation>
    </message>
    <message>
        <source>Enrolled in %1</source>
        <translation>បានចុះឈ្មោះក្នុង %1</translation>
    </message>
    <message>
        <source>Enrolled in %1: the hub hears of it when the link is back</source>
        <translation>បានចុះឈ្មោះក្នុង %1៖ មជ្ឈមណ្ឌលនឹងដឹងនៅពេលការតភ្ជាប់ត្រឡប់មកវិញ</translation>
    </message>
    <message>
        <source>Cohort %1: %2</source>
        <translation>ក្រុម %1៖ %2</translation>
    </message>
    <message>
        <source>The link is back: resuming the download</source>
        <translation>ការតភ្ជាប់បានត្រឡប់មកវិញ៖ បន្តការទាញយក</translation>
    </message>
    <message>
        <source>Reading the installed courses</source>
        <translation>កំពុងអានវគ្គសិក្សាដែលបានដំឡើង</translation>
    </message>
    <message>
        <source>%1 is not published in your cohorts</source>
        <translation>%1 មិនត្រូវបានផ្សព្វផ្សាយក្នុងក្រុមរបស់អ្នកទេ</translation>
    </message>
    <message>
        <source>A download is already running</source>
        <translation>មានការទាញយកកំពុងដំណើរការរួចហើយ</translation>
    </message>
    <message>
        <source>Downloading %1</source>
        <translation>កំពុងទាញយក %1</translation>
    </message>
    <message>
        <source>Download of %1 paused: what was received is kept, Download resumes it</source>
        <translation>បានផ្អាកការទាញយក %1៖ អ្វីដែលបានទទួលត្រូវបានរក្សាទុក ចុចទាញយកដើម្បីបន្ត</translation>
    </message>
    <message>
        <source>Download interrupted (%1): what was received is kept; it resumes when the link is back</source>
        <translation>ការទាញយកត្រូវបានរំខាន (%1)៖ អ្វីដែលបានទទួលត្រូវបានរក្សាទុក វានឹងបន្តនៅពេលការតភ្ជាប់ត្រឡប់មកវិញ</translation>
    </message>
    <message>
        <source>Could not install the course: %1</source>
        <translation>មិនអាចដំឡើងវគ្គសិក្សាបានទេ៖ %1</translation>
    </message>
    <message>
        <source>Installing %1</source>
        <translation>កំពុងដំឡើង %1</translation>
    </message>
    <message>
        <source>Could not install %1: %2</source>
        <translation>មិនអាចដំឡើង %1 បានទេ៖ %2</translation>
    </message>
    <message>
        <source>Installed %1 %2: it works offline</source>
        <translation>បានដំឡើង %1 %2៖ អាចប្រើក្រៅបណ្តាញបាន</translation>
    </message>
    <message>
        <source>This course is not available in %1</source>
        <translation>វគ្គសិក្សានេះមិនមានជា %1 ទេ</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>ភាសា</translation>
    </message>
    <message>
        <source>Install the course first</source>
        <extracomment>Language names shown in the per-course language choice (each in its own language).</extracomment>
        <translation>សូមដំឡើងវគ្គសិក្សាជាមុនសិន</translation>
    </message>
    <message>
        <source>Opening the course</source>
        <translation>កំពុងបើកវគ្គសិក្សា</translation>
    </message>
    <message>
        <source>Opening the lesson</source>
        <translation>កំពុងបើកមេរៀន</translation>
    </message>
    <message>
        <source>Completing the lesson</source>
        <translation>កំពុងបញ្ចប់មេរៀន</translation>
    </message>
    <message>
        <source>Starting the attempt</source>
        <translation>កំពុងចាប់ផ្តើមការសាកល្បង</translation>
    </message>
    <message>
        <source>Click the finding in the viewer first</source>
        <translation>សូមចុចលើលទ្ធផលរកឃើញក្នុងកម្មវិធីមើលរូបភាពជាមុនសិន</translation>
    </message>
    <message>
        <source>Choose an answer first</source>
        <translation>សូមជ្រើសរើសចម្លើយជាមុនសិន</translation>
    </message>
    <message>
        <source>%1: no such file</source>
        <translation>%1៖ គ្មានឯកសារនេះទេ</translation>
    </message>
    <message>
        <source>Answer not taken: %1</source>
        <translation>ចម្លើយមិនត្រូវបានទទួលយក៖ %1</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>លទ្ធផលរកឃើញ</translation>
    </message>
    <message>
        <source>Your answer</source>
        <translation>ចម្លើយរបស់អ្នក</translation>
    </message>
    <message>
        <source>Image questions are answered in the reading-room viewer</source>
        <translation>សំណួររូបភាពត្រូវឆ្លើយក្នុងកម្មវិធីមើលរូបភាពនៃបន្ទប់អានរូបភាព</translation>
    </message>
    <message>
        <source>Opening the case in the viewer…</source>
        <translation>កំពុងបើកករណីក្នុងកម្មវិធីមើលរូបភាព…</translation>
    </message>
    <message>
        <source>Click in the case&apos;s series: it is being opened in the viewer</source>
        <translation>ចុចក្នុងស៊េរីនៃករណី៖ វាកំពុងត្រូវបានបើកក្នុងកម្មវិធីមើលរូបភាព</translation>
    </message>
    <message>
        <source>Open the course in the reading room to see the case</source>
        <translation>បើកវគ្គសិក្សាក្នុងបន្ទប់អានរូបភាពដើម្បីមើលករណី</translation>
    </message>
    <message>
        <source>The case is open in the viewer</source>
        <translation>ករណីបានបើកក្នុងកម្មវិធីមើលរូបភាព</translation>
    </message>
    <message>
        <source>Importing the case: %1 of %2 images</source>
        <translation>កំពុងនាំចូលករណី៖ រូបភាព %1 នៃ %2</translation>
    </message>
    <message>
        <source>Could not open the case: %1</source>
        <translation>មិនអាចបើកករណីបានទេ៖ %1</translation>
    </message>
    <message>
        <source>Unknown window preset %1: the series&apos; own window is kept</source>
        <translation>មិនស្គាល់ការកំណត់វីនដូ %1៖ វីនដូដើមរបស់ស៊េរីត្រូវបានរក្សាទុក</translation>
    </message>
    <message>
        <source>Playing</source>
        <translation>កំពុងចាក់</translation>
    </message>
    <message>
        <source>End of the video</source>
        <translation>ចប់វីដេអូ</translation>
    </message>
    <message>
        <source>Cannot play the video: %1</source>
        <translation>មិនអាចចាក់វីដេអូបានទេ៖ %1</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>បានផ្អាក</translation>
    </message>
    <message>
        <source>The course is not completed yet</source>
        <translation>វគ្គសិក្សាមិនទាន់បញ្ចប់ទេ</translation>
    </message>
    <message>
        <source>Certificate saved: %1</source>
        <translation>បានរក្សាទុកវិញ្ញាបនបត្រ៖ %1</translation>
    </message>
    <message>
        <source>Could not save the certificate: %1</source>
        <translation>មិនអាចរក្សាទុកវិញ្ញាបនបត្របានទេ៖ %1</translation>
    </message>
    <message>
        <source>Save certificate</source>
        <translation>រក្សាទុកវិញ្ញាបនបត្រ</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Cohort progress</source>
        <translation>វឌ្ឍនភាពរបស់ក្រុម</translation>
    </message>
    <message>
        <source>Choose a cohort first</source>
        <translation>សូមជ្រើសរើសក្រុមជាមុនសិន</translation>
    </message>
    <message>
        <source>Exported %1</source>
        <translation>បាននាំចេញ %1</translation>
    </message>
</context>
<context>
    <name>CoursesPanel</name>
    <message>
        <source>Courses</source>
        <translation>វគ្គសិក្សា</translation>
    </message>
    <message>
        <source>Lesson</source>
        <translation>មេរៀន</translation>
    </message>
    <message>
        <source>Cohort progress</source>
        <translation>វឌ្ឍនភាពរបស់ក្រុម</translation>
    </message>
    <message>
        <source>Progress is kept on this workstation (no hub link)</source>
        <translation>វឌ្ឍនភាពត្រូវបានរក្សាទុកនៅលើស្ថានីយការងារនេះ (គ្មានការតភ្ជាប់មជ្ឈមណ្ឌល)</translation>
    </message>
    <message>
        <source>All progress synced</source>
        <translation>វឌ្ឍនភាពទាំងអស់បានធ្វើសមកាលកម្ម</translation>
    </message>
    <message numerus="yes">
        <source>%n statement(s) waiting to sync</source>
        <translation>
            <numerusform>កំណត់ត្រា %n កំពុងរង់ចាំធ្វើសមកាលកម្ម</numerusform>
            <numerusform>កំណត់ត្រា %n កំពុងរង់ចាំធ្វើសមកាលកម្ម</numerusform>
        </translation>
    </message>
    <message>
        <source>(%1 not in any cohort: enrol in the course&apos;s cohort)</source>
        <translation>(%1 មិននៅក្នុងក្រុមណាមួយទេ៖ សូមចុះឈ្មោះក្នុងក្រុមនៃវគ្គសិក្សា)</translation>
    </message>
    <message>
        <source>(offline: sent when the link is back)</source>
        <translation>(ក្រៅបណ្តាញ៖ នឹងផ្ញើនៅពេលការតភ្ជាប់ត្រឡប់មកវិញ)</translation>
    </message>
    <message>
        <source>Courses are unavailable: %1</source>
        <translation>មិនអាចប្រើវគ្គសិក្សាបានទេ៖ %1</translation>
    </message>
</context>
<context>
    <name>DevicesDialog</name>
    <message>
        <source>Devices for calls</source>
        <translation>ឧបករណ៍សម្រាប់ការហៅ</translation>
    </message>
    <message>
        <source>The devices video calls use. The system&apos;s default is used when the chosen one is not connected.</source>
        <translation>ឧបករណ៍ដែលការហៅជាវីដេអូប្រើ។ លំនាំដើមរបស់ប្រព័ន្ធត្រូវបានប្រើ នៅពេលឧបករណ៍ដែលបានជ្រើសមិនបានភ្ជាប់។</translation>
    </message>
    <message>
        <source>Camera</source>
        <translation>កាមេរ៉ា</translation>
    </message>
    <message>
        <source>Microphone</source>
        <translation>មីក្រូហ្វូន</translation>
    </message>
    <message>
        <source>Speaker</source>
        <translation>ឧបករណ៍បំពងសំឡេង</translation>
    </message>
    <message>
        <source>The first camera</source>
        <translation>កាមេរ៉ាទីមួយ</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>លំនាំដើមរបស់ប្រព័ន្ធ</translation>
    </message>
    <message>
        <source>%1 (not connected)</source>
        <translation>%1 (មិនបានភ្ជាប់)</translation>
    </message>
    <message>
        <source>The devices could not be saved: %1</source>
        <translation>មិនអាចរក្សាទុកឧបករណ៍បានទេ៖ %1</translation>
    </message>
    <message>
        <source>&amp;Devices…</source>
        <translation>ឧបករណ៍(&amp;D)…</translation>
    </message>
</context>
<context>
    <name>DiscussDialog</name>
    <message>
        <source>Discuss in MDT</source>
        <translation>ពិភាក្សាក្នុង MDT</translation>
    </message>
    <message>
        <source>New consult</source>
        <translation>ការពិគ្រោះថ្មី</translation>
    </message>
    <message>
        <source>Consult</source>
        <translation>ការពិគ្រោះ</translation>
    </message>
    <message>
        <source>Title of a new consult</source>
        <translation>ចំណងជើងនៃការពិគ្រោះថ្មី</translation>
    </message>
</context>
<context>
    <name>EnrolmentBundle</name>
    <message>
        <source>%1: no such file</source>
        <extracomment>The reasons an enrolment file is refused, translated where they are shown (:func:`_say`).</extracomment>
        <translation>%1៖ គ្មានឯកសារនេះទេ</translation>
    </message>
    <message>
        <source>not a text file</source>
        <translation>មិនមែនជាឯកសារអត្ថបទទេ</translation>
    </message>
    <message>
        <source>%1: not a readable enrolment bundle (%2)</source>
        <translation>%1៖ មិនមែនជាឯកសារចុះឈ្មោះដែលអាចអានបានទេ (%2)</translation>
    </message>
    <message>
        <source>no JSON object</source>
        <translation>គ្មានវត្ថុ JSON</translation>
    </message>
    <message>
        <source>%1: format %2 is not a Silkbridge enrolment bundle</source>
        <translation>%1៖ ទម្រង់ %2 មិនមែនជាឯកសារចុះឈ្មោះ Silkbridge ទេ</translation>
    </message>
    <message>
        <source>%1: %2 is not a CURVE key (40 Z85 characters); the file is damaged</source>
        <translation>%1៖ %2 មិនមែនជាសោ CURVE (តួអក្សរ Z85 ចំនួន 40) ទេ៖ ឯកសារខូច</translation>
    </message>
    <message>
        <source>%1: hub_address %2 is not an address like tcp://host:port</source>
        <translation>%1៖ hub_address %2 មិនមែនជាអាសយដ្ឋានដូច tcp://ម៉ាស៊ីន:ច្រក ទេ</translation>
    </message>
    <message>
        <source>%1: user_id is empty</source>
        <translation>%1៖ user_id ទទេ</translation>
    </message>
</context>
<context>
    <name>EnrolmentPage</name>
    <message>
        <source>Your enrolment</source>
        <translation>ការចុះឈ្មោះរបស់អ្នក</translation>
    </message>
    <message>
        <source>Your hub administrator gave you an enrolment file (.json). It connects this workstation to the hub in your name: choose it here.</source>
        <translation>អ្នកគ្រប់គ្រងមជ្ឈមណ្ឌលបានផ្តល់ឯកសារចុះឈ្មោះ (.json) ដល់អ្នក។ វាភ្ជាប់ស្ថានីយការងារនេះទៅមជ្ឈមណ្ឌលក្នុងនាមអ្នក៖ សូមជ្រើសរើសវានៅទីនេះ។</translation>
    </message>
    <message>
        <source>Enrolment file</source>
        <translation>ឯកសារចុះឈ្មោះ</translation>
    </message>
    <message>
        <source>Choose file…</source>
        <translation>ជ្រើសរើសឯកសារ…</translation>
    </message>
    <message>
        <source>Choose your enrolment file</source>
        <translation>ជ្រើសរើសឯកសារចុះឈ្មោះរបស់អ្នក</translation>
    </message>
    <message>
        <source>Enrolment files (*.json);;All files (*)</source>
        <translation>ឯកសារចុះឈ្មោះ (*.json);;ឯកសារទាំងអស់ (*)</translation>
    </message>
    <message>
        <source>This file cannot be used: %1</source>
        <translation>មិនអាចប្រើឯកសារនេះបានទេ៖ %1</translation>
    </message>
    <message>
        <source>Enrolled as %1 (%2), %3, %4. Hub: %5</source>
        <translation>បានចុះឈ្មោះជា %1 (%2), %3, %4។ មជ្ឈមណ្ឌល៖ %5</translation>
    </message>
</context>
<context>
    <name>FirstRunWizard</name>
    <message>
        <source>Silkbridge — first run</source>
        <translation>Silkbridge — ការប្រើប្រាស់លើកដំបូង</translation>
    </message>
    <message>
        <source>&lt; &amp;Back</source>
        <translation>&lt; ថយក្រោយ(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>បន្ទាប់(&amp;N) &gt;</translation>
    </message>
    <message>
        <source>&amp;Finish</source>
        <translation>បញ្ចប់(&amp;F)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>បោះបង់</translation>
    </message>
    <message>
        <source>Could not save the enrolment: %1</source>
        <translation>មិនអាចរក្សាទុកការចុះឈ្មោះបានទេ៖ %1</translation>
    </message>
</context>
<context>
    <name>HubPage</name>
    <message>
        <source>Connection to the hub</source>
        <extracomment>seconds to wait for the hub&apos;s answer</extracomment>
        <translation>ការតភ្ជាប់ទៅមជ្ឈមណ្ឌល</translation>
    </message>
    <message>
        <source>Check again</source>
        <translation>ពិនិត្យម្តងទៀត</translation>
    </message>
    <message>
        <source>no answer from the hub within %1 s: check the address, this computer&apos;s network and the hospital&apos;s firewall</source>
        <translation>គ្មានចម្លើយពីមជ្ឈមណ្ឌលក្នុងរយៈពេល %1 វិនាទី៖ សូមពិនិត្យអាសយដ្ឋាន បណ្តាញរបស់កុំព្យូទ័រនេះ និងជញ្ជាំងភ្លើងរបស់មន្ទីរពេទ្យ</translation>
    </message>
    <message>
        <source>Connecting to the hub at %1…</source>
        <translation>កំពុងភ្ជាប់ទៅមជ្ឈមណ្ឌលនៅ %1…</translation>
    </message>
    <message>
        <source>Connected to the hub at %1. Round trip: %2 ms.</source>
        <translation>បានភ្ជាប់ទៅមជ្ឈមណ្ឌលនៅ %1។ ពេលទៅមក៖ %2 ms។</translation>
    </message>
    <message>
        <source>Could not connect to the hub at %1: %2. You can finish now and connect later.</source>
        <translation>មិនអាចភ្ជាប់ទៅមជ្ឈមណ្ឌលនៅ %1 បានទេ៖ %2។ អ្នកអាចបញ្ចប់ឥឡូវ ហើយភ្ជាប់នៅពេលក្រោយ។</translation>
    </message>
</context>
<context>
    <name>ImageKinds</name>
    <message>
        <source>a projection radiograph</source>
        <translation>រូបភាពកាំរស្មីអិចបញ្ចាំង</translation>
    </message>
    <message>
        <source>an X-ray angiography or fluoroscopy image</source>
        <translation>រូបភាពថតសរសៃឈាម ឬហ្វ្លុយអូរ៉ូស្កូពីដោយកាំរស្មីអិច</translation>
    </message>
    <message>
        <source>an ultrasound image</source>
        <translation>រូបភាពអេកូ</translation>
    </message>
    <message>
        <source>a photograph (endoscopy, camera, microscopy)</source>
        <translation>រូបថត (អង់ដូស្កូពី កាមេរ៉ា មីក្រូទស្សន៍)</translation>
    </message>
    <message>
        <source>a secondary capture, scan or document</source>
        <translation>រូបភាពថតបន្ទាប់បន្សំ ការស្កេន ឬឯកសារ</translation>
    </message>
</context>
<context>
    <name>LanguageMenu</name>
    <message>
        <source>&amp;Settings</source>
        <translation>ការកំណត់(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>ភាសា(&amp;L)</translation>
    </message>
    <message>
        <source>Interface language: %1</source>
        <translation>ភាសាចំណុចប្រទាក់៖ %1</translation>
    </message>
</context>
<context>
    <name>LanguagePage</name>
    <message>
        <source>Language</source>
        <translation>ភាសា</translation>
    </message>
    <message>
        <source>The language of the interface (you can change it later in Settings → Language).</source>
        <translation>ភាសានៃចំណុចប្រទាក់ (អ្នកអាចប្តូរវានៅពេលក្រោយក្នុង ការកំណត់ → ភាសា)។</translation>
    </message>
</context>
<context>
    <name>LinkStates</name>
    <message>
        <source>connecting</source>
        <translation>កំពុងតភ្ជាប់</translation>
    </message>
    <message>
        <source>online</source>
        <translation>លើបណ្តាញ</translation>
    </message>
    <message>
        <source>degraded</source>
        <translation>ខ្សោយ</translation>
    </message>
    <message>
        <source>offline</source>
        <translation>ក្រៅបណ្តាញ</translation>
    </message>
    <message>
        <source>refused</source>
        <translation>ត្រូវបានបដិសេធ</translation>
    </message>
    <message>
        <source>revoked</source>
        <translation>ត្រូវបានដកហូត</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Me</source>
        <extracomment>the consult&apos;s call (ui.consult.videocall.VideoCallLauncher, WebRTC through the hub&apos;s Janus): voice only (``Voice``, no window) or with cameras (``Video call``, its own window)</extracomment>
        <translation>ខ្ញុំ</translation>
    </message>
    <message>
        <source>Silkbridge — reading room</source>
        <translation>Silkbridge — បន្ទប់អានរូបភាព</translation>
    </message>
    <message>
        <source>Studies</source>
        <translation>ការពិនិត្យ</translation>
    </message>
    <message>
        <source>PACS</source>
        <translation>PACS</translation>
    </message>
    <message>
        <source>Reading</source>
        <translation>ការអានរូបភាព</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>នាំចូល…</translation>
    </message>
    <message>
        <source> Layout </source>
        <translation> ប្លង់ </translation>
    </message>
    <message>
        <source> Window </source>
        <translation> វីនដូ </translation>
    </message>
    <message>
        <source>DICOM default</source>
        <translation>លំនាំដើម DICOM</translation>
    </message>
    <message>
        <source>Auto (histogram)</source>
        <translation>ស្វ័យប្រវត្តិ (អ៊ីស្តូក្រាម)</translation>
    </message>
    <message>
        <source>CT brain</source>
        <translation>CT ខួរក្បាល</translation>
    </message>
    <message>
        <source>CT lung</source>
        <translation>CT សួត</translation>
    </message>
    <message>
        <source>CT bone</source>
        <translation>CT ឆ្អឹង</translation>
    </message>
    <message>
        <source>CT abdomen</source>
        <translation>CT ពោះ</translation>
    </message>
    <message>
        <source>CT mediastinum</source>
        <translation>CT មេឌីអាស្ទីណុម</translation>
    </message>
    <message>
        <source> Slab </source>
        <translation> ស្រទាប់ក្រាស់ </translation>
    </message>
    <message>
        <source>thin</source>
        <translation>ស្តើង</translation>
    </message>
    <message>
        <source>Average</source>
        <translation>មធ្យម</translation>
    </message>
    <message>
        <source>Cine ▶</source>
        <translation>ចលនា ▶</translation>
    </message>
    <message>
        <source> 3D </source>
        <translation> 3D </translation>
    </message>
    <message>
        <source>This series holds %1 separate stacks (orientations or sizes); showing the first, pick another beside &apos;Stack&apos;.</source>
        <translation>ស៊េរីនេះមាន %1 ជង់ដាច់ដោយឡែក (ទិសដៅ ឬទំហំខុសគ្នា)៖ បង្ហាញជង់ទីមួយ ជ្រើសជង់ផ្សេងនៅក្បែរ &apos;ជង់&apos;។</translation>
    </message>
    <message>
        <source>Volumes</source>
        <translation>វ៉ុលលុំ</translation>
    </message>
    <message>
        <source>ct-bone</source>
        <translation>CT ឆ្អឹង</translation>
    </message>
    <message>
        <source>ct-soft-tissue</source>
        <translation>CT ជាលិកាទន់</translation>
    </message>
    <message>
        <source>ct-angio</source>
        <translation>CT សរសៃឈាម</translation>
    </message>
    <message>
        <source>mr-default</source>
        <translation>MR លំនាំដើម</translation>
    </message>
    <message>
        <source>Crop</source>
        <translation>កាត់</translation>
    </message>
    <message>
        <source>Reset view</source>
        <translation>កំណត់ទិដ្ឋភាពឡើងវិញ</translation>
    </message>
    <message>
        <source>Annotate</source>
        <translation>ចំណារ</translation>
    </message>
    <message>
        <source>Navigate</source>
        <translation>រុករក</translation>
    </message>
    <message>
        <source>Select</source>
        <translation>ជ្រើសរើស</translation>
    </message>
    <message>
        <source>Laser pointer</source>
        <translation>ទ្រនិចឡាស៊ែរ</translation>
    </message>
    <message>
        <source>Length</source>
        <translation>ប្រវែង</translation>
    </message>
    <message>
        <source>Angle</source>
        <translation>មុំ</translation>
    </message>
    <message>
        <source>Ellipse ROI</source>
        <translation>ROI រាងអេលីប</translation>
    </message>
    <message>
        <source>Polygon ROI</source>
        <translation>ROI ពហុកោណ</translation>
    </message>
    <message>
        <source>Arrow</source>
        <translation>ព្រួញ</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>អត្ថបទ</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>លុប</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>ឯកសារ(&amp;F)</translation>
    </message>
    <message>
        <source>Import zip or files…</source>
        <translation>នាំចូល zip ឬឯកសារ…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>ចាកចេញ(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>ទិដ្ឋភាព(&amp;V)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>បោះបង់</translation>
    </message>
    <message>
        <source>Hub: not connected</source>
        <translation>មជ្ឈមណ្ឌល៖ មិនបានភ្ជាប់</translation>
    </message>
    <message>
        <source>Import a folder of DICOM files</source>
        <translation>នាំចូលថតឯកសារ DICOM</translation>
    </message>
    <message>
        <source>Import DICOM files, a zip or a DICOMDIR</source>
        <translation>នាំចូលឯកសារ DICOM, zip ឬ DICOMDIR</translation>
    </message>
    <message>
        <source>DICOM, zip or DICOMDIR (*.dcm *.zip DICOMDIR *);;All files (*)</source>
        <translation>DICOM, zip ឬ DICOMDIR (*.dcm *.zip DICOMDIR *);;ឯកសារទាំងអស់ (*)</translation>
    </message>
    <message>
        <source>Importing</source>
        <translation>កំពុងនាំចូល</translation>
    </message>
    <message>
        <source>Import failed</source>
        <translation>ការនាំចូលបានបរាជ័យ</translation>
    </message>
    <message>
        <source>Imported %1 new image(s); %2 already in the catalog.</source>
        <translation>បាននាំចូលរូបភាពថ្មី %1; %2 មាននៅក្នុងកាតាឡុករួចហើយ។</translation>
    </message>
    <message>
        <source>Import was cancelled; what was imported is kept.</source>
        <translation>ការនាំចូលត្រូវបានបោះបង់; អ្វីដែលបាននាំចូលត្រូវបានរក្សាទុក។</translation>
    </message>
    <message>
        <source>%1 file(s) could not be imported:</source>
        <translation>ឯកសារ %1 មិនអាចនាំចូលបានទេ៖</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>នាំចូល</translation>
    </message>
    <message>
        <source>… and %1 more</source>
        <translation>… និង %1 ទៀត</translation>
    </message>
    <message>
        <source>The presenter compares with a series not downloaded yet: Download cases</source>
        <translation>អ្នកបង្ហាញកំពុងប្រៀបធៀបជាមួយស៊េរីដែលមិនទាន់ទាញយក៖ ទាញយកករណី</translation>
    </message>
    <message>
        <source>Loading</source>
        <translation>កំពុងផ្ទុក</translation>
    </message>
    <message>
        <source>Could not open the series</source>
        <translation>មិនអាចបើកស៊េរីបានទេ</translation>
    </message>
    <message>
        <source>Cannot show this frame: %1</source>
        <translation>មិនអាចបង្ហាញរូបភាពនេះបានទេ៖ %1</translation>
    </message>
    <message>
        <source>File: %1</source>
        <translation>ឯកសារ៖ %1</translation>
    </message>
    <message>
        <source>no images</source>
        <translation>គ្មានរូបភាព</translation>
    </message>
    <message>
        <source>mr-angio</source>
        <translation>MR សរសៃឈាម</translation>
    </message>
    <message>
        <source>W %1 / L %2</source>
        <translation>W %1 / L %2</translation>
    </message>
    <message>
        <source>Hub: %1</source>
        <translation>មជ្ឈមណ្ឌល៖ %1</translation>
    </message>
    <message>
        <source>Online: %1</source>
        <translation>លើបណ្តាញ៖ %1</translation>
    </message>
    <message>
        <source>MDT consult</source>
        <translation>ការពិគ្រោះ MDT</translation>
    </message>
    <message>
        <source>Broadcasts</source>
        <translation>ការផ្សាយ</translation>
    </message>
    <message>
        <source>Referrals</source>
        <translation>ការបញ្ជូន</translation>
    </message>
    <message>
        <source>Courses</source>
        <translation>វគ្គសិក្សា</translation>
    </message>
</context>
<context>
    <name>NewConsultDialog</name>
    <message>
        <source>New MDT consult</source>
        <translation>ការពិគ្រោះ MDT ថ្មី</translation>
    </message>
    <message>
        <source>One case per line: title | question | referring hospital</source>
        <translation>ករណីមួយក្នុងមួយបន្ទាត់៖ ចំណងជើង | សំណួរ | មន្ទីរពេទ្យបញ្ជូន</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>ចំណងជើង</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>ពេលវេលា</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>របៀបវារៈ</translation>
    </message>
    <message>
        <source>My hospital (%1)</source>
        <translation>មន្ទីរពេទ្យរបស់ខ្ញុំ (%1)</translation>
    </message>
    <message>
        <source>Other hospitals, comma-separated</source>
        <translation>មន្ទីរពេទ្យផ្សេងទៀត បំបែកដោយសញ្ញាក្បៀស</translation>
    </message>
    <message>
        <source>People by user id, comma-separated</source>
        <translation>មនុស្សតាមលេខសម្គាល់អ្នកប្រើ បំបែកដោយសញ្ញាក្បៀស</translation>
    </message>
    <message>
        <source>Invite</source>
        <translation>អញ្ជើញ</translation>
    </message>
    <message>
        <source>Everyone who is</source>
        <translation>អ្នកទាំងអស់ដែលជា</translation>
    </message>
</context>
<context>
    <name>PacsPanel</name>
    <message>
        <source>Test</source>
        <translation>សាកល្បង</translation>
    </message>
    <message>
        <source>e.g. NGUYEN*</source>
        <translation>ឧ. NGUYEN*</translation>
    </message>
    <message>
        <source>any</source>
        <translation>ណាមួយ</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>ស្វែងរក</translation>
    </message>
    <message>
        <source>Retrieve</source>
        <translation>ទាញយកមក</translation>
    </message>
    <message>
        <source>Retrieve the selected series, or the whole study</source>
        <translation>ទាញយកស៊េរីដែលបានជ្រើស ឬការពិនិត្យទាំងមូល</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>បោះបង់</translation>
    </message>
    <message>
        <source>PACS</source>
        <translation>PACS</translation>
    </message>
    <message>
        <source>Patient name</source>
        <translation>ឈ្មោះអ្នកជំងឺ</translation>
    </message>
    <message>
        <source>Patient ID</source>
        <translation>លេខសម្គាល់អ្នកជំងឺ</translation>
    </message>
    <message>
        <source>Accession</source>
        <translation>លេខ Accession</translation>
    </message>
    <message>
        <source>Study date</source>
        <translation>កាលបរិច្ឆេទពិនិត្យ</translation>
    </message>
    <message>
        <source>Modality</source>
        <translation>ប្រភេទការពិនិត្យ</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>ការពិពណ៌នា</translation>
    </message>
    <message>
        <source>Series</source>
        <translation>ស៊េរី</translation>
    </message>
    <message>
        <source>No PACS is configured: add one to the settings (pacs_nodes).</source>
        <translation>មិនទាន់កំណត់ PACS ទេ៖ សូមបន្ថែមមួយក្នុងការកំណត់ (pacs_nodes)។</translation>
    </message>
    <message>
        <source>Wait for the current PACS operation to finish (or cancel it).</source>
        <translation>សូមរង់ចាំប្រតិបត្តិការ PACS បច្ចុប្បន្នបញ្ចប់ (ឬបោះបង់វា)។</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>បានបោះបង់។</translation>
    </message>
    <message>
        <source>%s answers (%d ms).</source>
        <translation>%s បានឆ្លើយតប (%d ms)។</translation>
    </message>
    <message>
        <source>Testing %s…</source>
        <translation>កំពុងសាកល្បង %s…</translation>
    </message>
    <message>
        <source>Study date from</source>
        <translation>កាលបរិច្ឆេទពិនិត្យពី</translation>
    </message>
    <message>
        <source>Study date to</source>
        <translation>កាលបរិច្ឆេទពិនិត្យដល់</translation>
    </message>
    <message>
        <source>Study date: the first date is after the second</source>
        <translation>កាលបរិច្ឆេទពិនិត្យ៖ កាលបរិច្ឆេទទីមួយនៅក្រោយកាលបរិច្ឆេទទីពីរ</translation>
    </message>
    <message>
        <source>Searching %s…</source>
        <translation>កំពុងស្វែងរក %s…</translation>
    </message>
    <message numerus="yes">
        <source>%n studies found</source>
        <translation>
            <numerusform>រកឃើញការពិនិត្យ %n</numerusform>
            <numerusform>រកឃើញការពិនិត្យ %n</numerusform>
        </translation>
    </message>
    <message>
        <source>No study matches.</source>
        <translation>គ្មានការពិនិត្យដែលត្រូវគ្នាទេ។</translation>
    </message>
    <message>
        <source>Listing the series…</source>
        <translation>កំពុងរាយស៊េរី…</translation>
    </message>
    <message numerus="yes">
        <source>%n series</source>
        <translation>
            <numerusform>ស៊េរី %n</numerusform>
            <numerusform>ស៊េរី %n</numerusform>
        </translation>
    </message>
    <message>
        <source>the study</source>
        <translation>ការពិនិត្យនោះ</translation>
    </message>
    <message>
        <source>Retrieving %s from %s</source>
        <translation>កំពុងទាញយក %s ពី %s</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>កំពុងបោះបង់…</translation>
    </message>
</context>
<context>
    <name>PlayerPage</name>
    <message>
        <source>◀ Courses</source>
        <translation>◀ វគ្គសិក្សា</translation>
    </message>
    <message>
        <source>Press Play</source>
        <translation>ចុចចាក់</translation>
    </message>
    <message>
        <source>▶ Play</source>
        <translation>▶ ចាក់</translation>
    </message>
    <message>
        <source>Show the case in the viewer</source>
        <translation>បង្ហាញករណីក្នុងកម្មវិធីមើលរូបភាព</translation>
    </message>
    <message>
        <source>Start attempt</source>
        <translation>ចាប់ផ្តើមការសាកល្បង</translation>
    </message>
    <message>
        <source>Submit answer</source>
        <translation>ដាក់ស្នើចម្លើយ</translation>
    </message>
    <message>
        <source>Next question</source>
        <translation>សំណួរបន្ទាប់</translation>
    </message>
    <message>
        <source>◀ Previous</source>
        <translation>◀ មុន</translation>
    </message>
    <message>
        <source>Mark as completed</source>
        <translation>សម្គាល់ថាបានបញ្ចប់</translation>
    </message>
    <message>
        <source>Next ▶</source>
        <translation>បន្ទាប់ ▶</translation>
    </message>
    <message>
        <source>Save certificate (PDF)…</source>
        <translation>រក្សាទុកវិញ្ញាបនបត្រ (PDF)…</translation>
    </message>
    <message>
        <source>Interface language (%1)</source>
        <translation>ភាសាចំណុចប្រទាក់ (%1)</translation>
    </message>
    <message>
        <source>Text lesson</source>
        <translation>មេរៀនអត្ថបទ</translation>
    </message>
    <message>
        <source>Video lesson</source>
        <translation>មេរៀនវីដេអូ</translation>
    </message>
    <message>
        <source>Imaging case</source>
        <translation>ករណីរូបភាពវេជ្ជសាស្ត្រ</translation>
    </message>
    <message>
        <source>Quiz</source>
        <translation>កម្រងសំណួរ</translation>
    </message>
    <message>
        <source>Course completed · score %1 · verification code %2</source>
        <translation>បានបញ្ចប់វគ្គសិក្សា · ពិន្ទុ %1 · លេខកូដផ្ទៀងផ្ទាត់ %2</translation>
    </message>
    <message>
        <source>Course failed: a quiz has no attempt left</source>
        <translation>វគ្គសិក្សាបរាជ័យ៖ កម្រងសំណួរមួយលែងមានឱកាសសាកល្បងទៀតហើយ</translation>
    </message>
    <message>
        <source>%1 of %2 lessons completed · %3 of %4 quizzes passed</source>
        <translation>បានបញ្ចប់មេរៀន %1 នៃ %2 · បានជាប់កម្រងសំណួរ %3 នៃ %4</translation>
    </message>
    <message>
        <source>Completed ✓</source>
        <translation>បានបញ្ចប់ ✓</translation>
    </message>
    <message>
        <source>❚❚ Pause</source>
        <translation>❚❚ ផ្អាក</translation>
    </message>
    <message>
        <source>unlimited attempts</source>
        <translation>សាកល្បងបានមិនកំណត់</translation>
    </message>
    <message numerus="yes">
        <source>%n attempt(s) left</source>
        <translation>
            <numerusform>នៅសល់ %n ដង</numerusform>
            <numerusform>នៅសល់ %n ដង</numerusform>
        </translation>
    </message>
    <message>
        <source>Pass mark %1</source>
        <translation>ពិន្ទុជាប់ %1</translation>
    </message>
    <message>
        <source>best %1</source>
        <translation>ល្អបំផុត %1</translation>
    </message>
    <message>
        <source>passed ✓</source>
        <translation>ជាប់ ✓</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>ព្យាយាមម្តងទៀត</translation>
    </message>
    <message>
        <source>Question %1 of %2</source>
        <translation>សំណួរ %1 នៃ %2</translation>
    </message>
    <message>
        <source>Your point: (%1, %2, %3) mm LPS · click again to move it</source>
        <translation>ចំណុចរបស់អ្នក៖ (%1, %2, %3) mm LPS · ចុចម្តងទៀតដើម្បីផ្លាស់ទី</translation>
    </message>
    <message>
        <source>Scroll the series in the viewer and click the finding; then Submit.</source>
        <translation>រំកិលស៊េរីក្នុងកម្មវិធីមើលរូបភាព ហើយចុចលើលទ្ធផលរកឃើញ រួចដាក់ស្នើ។</translation>
    </message>
    <message>
        <source>✓ Correct</source>
        <translation>✓ ត្រឹមត្រូវ</translation>
    </message>
    <message>
        <source>✗ Incorrect</source>
        <translation>✗ មិនត្រឹមត្រូវ</translation>
    </message>
    <message>
        <source>Correct answer: %1</source>
        <translation>ចម្លើយត្រឹមត្រូវ៖ %1</translation>
    </message>
    <message>
        <source>The finding is centred at (%1, %2, %3) mm, %4 mm from your point (shown in the viewer)</source>
        <translation>លទ្ធផលរកឃើញមានចំណុចកណ្តាលនៅ (%1, %2, %3) mm ចម្ងាយ %4 mm ពីចំណុចរបស់អ្នក (បង្ហាញក្នុងកម្មវិធីមើលរូបភាព)</translation>
    </message>
    <message>
        <source>Attempt %1: %2 of %3 correct (%4) — %5</source>
        <translation>ការសាកល្បង %1៖ ត្រឹមត្រូវ %2 នៃ %3 (%4) — %5</translation>
    </message>
    <message>
        <source>passed</source>
        <translation>ជាប់</translation>
    </message>
    <message>
        <source>not passed</source>
        <translation>មិនជាប់</translation>
    </message>
    <message>
        <source>course completed!</source>
        <translation>បានបញ្ចប់វគ្គសិក្សា!</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>រួចរាល់</translation>
    </message>
</context>
<context>
    <name>ReferralController</name>
    <message>
        <source>The report of referral %1 has arrived</source>
        <translation>របាយការណ៍នៃការបញ្ជូន %1 បានមកដល់</translation>
    </message>
    <message>
        <source>Escalated: referral %1 was claimed but not reported in time</source>
        <translation>បានលើកកម្រិត៖ ការបញ្ជូន %1 ត្រូវបានទទួលយក ប៉ុន្តែមិនបានរាយការណ៍ទាន់ពេល</translation>
    </message>
    <message>
        <source>Escalated: nobody claimed referral %1 in time</source>
        <translation>បានលើកកម្រិត៖ គ្មាននរណាទទួលយកការបញ្ជូន %1 ទាន់ពេលទេ</translation>
    </message>
    <message>
        <source>Referral %1 is on the agenda of the consult %2</source>
        <translation>ការបញ្ជូន %1 ស្ថិតក្នុងរបៀបវារៈនៃការពិគ្រោះ %2</translation>
    </message>
    <message>
        <source>Could not discuss the referral in an MDT</source>
        <translation>មិនអាចយកការបញ្ជូនទៅពិភាក្សាក្នុង MDT បានទេ</translation>
    </message>
    <message>
        <source>Could not download the referral</source>
        <translation>មិនអាចទាញយកការបញ្ជូនបានទេ</translation>
    </message>
    <message>
        <source>Send referral</source>
        <translation>ផ្ញើការបញ្ជូន</translation>
    </message>
    <message>
        <source>Open the series to send first.</source>
        <translation>សូមបើកស៊េរីដែលត្រូវផ្ញើជាមុនសិន។</translation>
    </message>
    <message>
        <source>Referral %1 sent</source>
        <translation>បានផ្ញើការបញ្ជូន %1</translation>
    </message>
    <message>
        <source>Referral %1 waits in the outbox until the hub is reachable</source>
        <translation>ការបញ្ជូន %1 រង់ចាំក្នុងប្រអប់ចេញ រហូតដល់អាចភ្ជាប់មជ្ឈមណ្ឌលបាន</translation>
    </message>
    <message>
        <source>These images may show burned-in patient text. Send them anyway?</source>
        <translation>រូបភាពទាំងនេះអាចមានអក្សរព័ត៌មានអ្នកជំងឺដិតជាប់។ នៅតែផ្ញើឬ?</translation>
    </message>
    <message>
        <source>Could not send the referral</source>
        <translation>មិនអាចផ្ញើការបញ្ជូនបានទេ</translation>
    </message>
</context>
<context>
    <name>ReferralPanel</name>
    <message>
        <source>Send referral…</source>
        <translation>ផ្ញើការបញ្ជូន…</translation>
    </message>
    <message>
        <source>View images</source>
        <translation>មើលរូបភាព</translation>
    </message>
    <message>
        <source>Claim</source>
        <translation>ទទួលយក</translation>
    </message>
    <message>
        <source>Report…</source>
        <translation>របាយការណ៍…</translation>
    </message>
    <message>
        <source>Acknowledge</source>
        <translation>បញ្ជាក់ការទទួល</translation>
    </message>
    <message>
        <source>Discuss in MDT…</source>
        <translation>ពិភាក្សាក្នុង MDT…</translation>
    </message>
    <message>
        <source>Put this referral on the agenda of a consult, with its images, question and report</source>
        <translation>ដាក់ការបញ្ជូននេះក្នុងរបៀបវារៈនៃការពិគ្រោះ ជាមួយរូបភាព សំណួរ និងរបាយការណ៍របស់វា</translation>
    </message>
    <message>
        <source>A question or an answer on this referral</source>
        <translation>សំណួរ ឬចម្លើយអំពីការបញ្ជូននេះ</translation>
    </message>
    <message>
        <source>OVERDUE %1</source>
        <translation>ហួសកំណត់ %1</translation>
    </message>
    <message>
        <source>escalated</source>
        <translation>បានលើកកម្រិត</translation>
    </message>
    <message>
        <source>Escalated to the coordinators: past its target</source>
        <translation>បានលើកកម្រិតទៅអ្នកសម្របសម្រួល៖ ហួសពេលគោលដៅ</translation>
    </message>
    <message>
        <source>Choose a referral in the list.</source>
        <translation>សូមជ្រើសរើសការបញ្ជូនក្នុងបញ្ជី។</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>លទ្ធផលរកឃើញ</translation>
    </message>
    <message>
        <source>Impression</source>
        <translation>ការសន្និដ្ឋាន</translation>
    </message>
    <message>
        <source>Recommendation</source>
        <translation>អនុសាសន៍</translation>
    </message>
</context>
<context>
    <name>ReportDialog</name>
    <message>
        <source>Report</source>
        <translation>របាយការណ៍</translation>
    </message>
    <message>
        <source>Question: %1</source>
        <translation>សំណួរ៖ %1</translation>
    </message>
    <message>
        <source>Findings (in %1)</source>
        <translation>លទ្ធផលរកឃើញ (ជា %1)</translation>
    </message>
    <message>
        <source>Impression</source>
        <translation>ការសន្និដ្ឋាន</translation>
    </message>
    <message>
        <source>Recommendation</source>
        <translation>អនុសាសន៍</translation>
    </message>
    <message>
        <source>Your own wording (%1): findings</source>
        <translation>ពាក្យរបស់អ្នកផ្ទាល់ (%1)៖ លទ្ធផលរកឃើញ</translation>
    </message>
    <message>
        <source>Your own wording: impression</source>
        <translation>ពាក្យរបស់អ្នកផ្ទាល់៖ ការសន្និដ្ឋាន</translation>
    </message>
    <message>
        <source>Send my measurements on this series (SR, key images)</source>
        <translation>ផ្ញើការវាស់របស់ខ្ញុំលើស៊េរីនេះ (SR, រូបភាពសំខាន់)</translation>
    </message>
    <message>
        <source>Sign (the report can no longer change)</source>
        <translation>ចុះហត្ថលេខា (របាយការណ៍មិនអាចកែប្រែបានទៀតទេ)</translation>
    </message>
</context>
<context>
    <name>Roles</name>
    <message>
        <source>trainee</source>
        <extracomment>The interface languages, each named in its own language (as a language menu shows them). The suffix of the translation files of each language (Qt&apos;s locale names). Font families tried in order for every character (Qt falls back along the list): Latin with Vietnamese, then Simplified Chinese (mainland glyph forms, not the Japanese ones fontconfig may pick), Thai, Lao, Khmer and Burmese (course content). installer/setup.sh installs them.</extracomment>
        <translation>សិក្ខាកាម</translation>
    </message>
    <message>
        <source>specialist</source>
        <translation>គ្រូពេទ្យឯកទេស</translation>
    </message>
    <message>
        <source>surgeon</source>
        <translation>គ្រូពេទ្យវះកាត់</translation>
    </message>
    <message>
        <source>coordinator</source>
        <translation>អ្នកសម្របសម្រួល</translation>
    </message>
    <message>
        <source>administrator</source>
        <translation>អ្នកគ្រប់គ្រងប្រព័ន្ធ</translation>
    </message>
</context>
<context>
    <name>RoomKinds</name>
    <message>
        <source>consult</source>
        <translation>ពិគ្រោះ</translation>
    </message>
    <message>
        <source>broadcast</source>
        <translation>ផ្សាយ</translation>
    </message>
    <message>
        <source>cohort</source>
        <translation>ក្រុមសិក្ខាកាម</translation>
    </message>
    <message>
        <source>referral</source>
        <translation>ការបញ្ជូន</translation>
    </message>
</context>
<context>
    <name>SliceViewport</name>
    <message>
        <source>Text annotation</source>
        <translation>ចំណារជាអត្ថបទ</translation>
    </message>
    <message>
        <source>Text:</source>
        <translation>អត្ថបទ៖</translation>
    </message>
</context>
<context>
    <name>StudyBrowser</name>
    <message>
        <source>Series %1 — %2 stacks: %3</source>
        <translation>ស៊េរី %1 — %2 ជង់៖ %3</translation>
    </message>
    <message>
        <source>Patient</source>
        <translation>អ្នកជំងឺ</translation>
    </message>
    <message>
        <source>Patient ID</source>
        <translation>លេខសម្គាល់អ្នកជំងឺ</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>កាលបរិច្ឆេទ</translation>
    </message>
    <message>
        <source>Modality</source>
        <translation>ប្រភេទការពិនិត្យ</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>ការពិពណ៌នា</translation>
    </message>
    <message>
        <source>Images</source>
        <translation>រូបភាព</translation>
    </message>
    <message>
        <source>Search patient, ID, description, modality, date</source>
        <extracomment>Item data role of the stack (0-based) a row of the series list opens; None for a whole series.</extracomment>
        <translation>ស្វែងរកអ្នកជំងឺ លេខសម្គាល់ ការពិពណ៌នា ប្រភេទការពិនិត្យ កាលបរិច្ឆេទ</translation>
    </message>
    <message>
        <source>Series (double-click to open)</source>
        <translation>ស៊េរី (ចុចពីរដងដើម្បីបើក)</translation>
    </message>
    <message numerus="yes">
        <source>%n studies</source>
        <translation>
            <numerusform>ការពិនិត្យ %n</numerusform>
            <numerusform>ការពិនិត្យ %n</numerusform>
        </translation>
    </message>
    <message>
        <source>Compare with…</source>
        <translation>ប្រៀបធៀបជាមួយ…</translation>
    </message>
    <message>
        <source>No other study of this patient (Patient ID) in the catalog</source>
        <translation>គ្មានការពិនិត្យផ្សេងទៀតរបស់អ្នកជំងឺនេះ (លេខសម្គាល់អ្នកជំងឺ) នៅក្នុងកាតាឡុកទេ</translation>
    </message>
    <message numerus="yes">
        <source>%n image(s)</source>
        <translation>
            <numerusform>រូបភាព %n</numerusform>
            <numerusform>រូបភាព %n</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>VideoCallLauncher</name>
    <message>
        <source>the hub gave no video call</source>
        <translation>មជ្ឈមណ្ឌលមិនបានផ្តល់ការហៅជាវីដេអូទេ</translation>
    </message>
    <message>
        <source>Video call</source>
        <translation>ហៅជាវីដេអូ</translation>
    </message>
</context>
<context>
    <name>VideoCallWidget</name>
    <message>
        <source>Waiting for the other participants…</source>
        <translation>កំពុងរង់ចាំអ្នកចូលរួមផ្សេងទៀត…</translation>
    </message>
    <message>
        <source>Audio only: the connection is too slow for your video. It resumes by itself when the bandwidth returns.</source>
        <translation>តែសំឡេង៖ ការតភ្ជាប់យឺតពេកសម្រាប់វីដេអូរបស់អ្នក។ វានឹងបន្តដោយខ្លួនឯងនៅពេលកម្រិតបញ្ជូនត្រឡប់មកវិញ។</translation>
    </message>
    <message>
        <source>Mute</source>
        <translation>បិទសំឡេង</translation>
    </message>
    <message>
        <source>Camera</source>
        <translation>កាមេរ៉ា</translation>
    </message>
    <message>
        <source>Active speaker</source>
        <translation>អ្នកកំពុងនិយាយ</translation>
    </message>
    <message>
        <source>Leave call</source>
        <translation>ចាកចេញពីការហៅ</translation>
    </message>
    <message numerus="yes">
        <source>%n participant(s)</source>
        <translation>
            <numerusform>អ្នកចូលរួម %n នាក់</numerusform>
            <numerusform>អ្នកចូលរួម %n នាក់</numerusform>
        </translation>
    </message>
    <message>
        <source>Call ended: %1</source>
        <translation>ការហៅបានបញ្ចប់៖ %1</translation>
    </message>
</context>
<context>
    <name>VideoView</name>
    <message>
        <source>ideal</source>
        <extracomment>Glass-to-glass latency thresholds from the surgical telementoring literature (ms).</extracomment>
        <translation>ល្អឥតខ្ចោះ</translation>
    </message>
    <message>
        <source>acceptable</source>
        <translation>អាចទទួលយកបាន</translation>
    </message>
    <message>
        <source>too slow</source>
        <translation>យឺតពេក</translation>
    </message>
    <message>
        <source>No video</source>
        <translation>គ្មានវីដេអូ</translation>
    </message>
    <message>
        <source>Glass-to-glass %1 ms (%2)</source>
        <translation>ពន្យារពេលពីកាមេរ៉ាដល់អេក្រង់ %1 ms (%2)</translation>
    </message>
    <message>
        <source>Glass-to-glass ≈%1 ms (%2)</source>
        <translation>ពន្យារពេលពីកាមេរ៉ាដល់អេក្រង់ ≈%1 ms (%2)</translation>
    </message>
</context>
<context>
    <name>ViewGrabber</name>
    <message>
        <source>Open a study to show its 3-D view</source>
        <translation>បើកការពិនិត្យដើម្បីបង្ហាញទិដ្ឋភាព 3-D</translation>
    </message>
    <message>
        <source>The 3-D view is hidden: choose a layout that shows it</source>
        <translation>ទិដ្ឋភាព 3-D ត្រូវបានលាក់៖ សូមជ្រើសរើសប្លង់ដែលបង្ហាញវា</translation>
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
        <translation>%1 ស្រទាប់ក្រាស់ %2 mm</translation>
    </message>
    <message>
        <source>W %1  L %2</source>
        <translation>W %1  L %2</translation>
    </message>
    <message>
        <source>Zoom %1</source>
        <translation>ពង្រីក %1</translation>
    </message>
    <message>
        <source>Image %1/%2</source>
        <translation>រូបភាព %1/%2</translation>
    </message>
    <message>
        <source>Frame %1/%2</source>
        <translation>ហ្វ្រេម %1/%2</translation>
    </message>
    <message>
        <source>Frame %1/%2  (image %3/%4)</source>
        <translation>ហ្វ្រេម %1/%2  (រូបភាព %3/%4)</translation>
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
        <translation>(បញ្ច្រាសពណ៌)</translation>
    </message>
    <message>
        <source>%1 x %2 mm/pixel</source>
        <translation>%1 x %2 mm/ភីកសែល</translation>
    </message>
    <message>
        <source>%1 x %2 mm/pixel at detector</source>
        <translation>%1 x %2 mm/ភីកសែល នៅឧបករណ៍ចាប់</translation>
    </message>
    <message>
        <source>(not corrected for magnification)</source>
        <translation>(មិនទាន់កែតម្រូវការពង្រីក)</translation>
    </message>
    <message>
        <source>÷ %1 estimated magnification</source>
        <translation>÷ %1 កម្រិតពង្រីកប៉ាន់ស្មាន</translation>
    </message>
    <message>
        <source>mm in %1 ultrasound region(s) in cm</source>
        <translation>mm ក្នុង %1 តំបន់អ៊ុលត្រាសោនគិតជា cm</translation>
    </message>
    <message>
        <source>uncalibrated: measurements in pixels</source>
        <translation>មិនទាន់ក្រិតតាមខ្នាត៖ ការវាស់គិតជាភីកសែល</translation>
    </message>
</context>
<context>
    <name>VolumeBar</name>
    <message>
        <source>This series holds images in several orientations or sizes: each is a separate stack</source>
        <translation>ស៊េរីនេះមានរូបភាពច្រើនទិសដៅ ឬច្រើនទំហំ៖ នីមួយៗជាជង់ដាច់ដោយឡែក</translation>
    </message>
    <message>
        <source> Volume </source>
        <translation> វ៉ុលលុំ </translation>
    </message>
    <message>
        <source>Volume of the series shown in every view (time point, diffusion direction, echo…)</source>
        <translation>វ៉ុលលុំនៃស៊េរីដែលបង្ហាញក្នុងទិដ្ឋភាពទាំងអស់ (ចំណុចពេល ទិសដៅសាយភាយ អេកូ…)</translation>
    </message>
    <message>
        <source>Volumes ▶</source>
        <translation>វ៉ុលលុំ ▶</translation>
    </message>
    <message>
        <source>Play through the volumes</source>
        <translation>ចាក់វ៉ុលលុំម្តងមួយៗ</translation>
    </message>
    <message>
        <source>axial</source>
        <translation>អ័ក្សទទឹង</translation>
    </message>
    <message>
        <source>coronal</source>
        <translation>កូរ៉ូណាល់</translation>
    </message>
    <message>
        <source>sagittal</source>
        <translation>សាហ្ស៊ីតាល់</translation>
    </message>
    <message>
        <source>Stack %1/%2: %3, %4 slices</source>
        <translation>ជង់ %1/%2៖ %3, %4 ស្លាយ</translation>
    </message>
    <message>
        <source>(loading)</source>
        <translation>(កំពុងផ្ទុក)</translation>
    </message>
</context>
<context>
    <name>WatchLinkDialog</name>
    <message>
        <source>Watch link</source>
        <translation>តំណមើល</translation>
    </message>
    <message>
        <source>Send this link to one person: it opens the broadcast in a web browser once, and stops working when the broadcast ends.</source>
        <translation>ផ្ញើតំណនេះទៅមនុស្សម្នាក់៖ វាបើកការផ្សាយក្នុងកម្មវិធីរុករកបណ្តាញបានតែម្តង ហើយលែងដំណើរការនៅពេលការផ្សាយបញ្ចប់។</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>ចម្លង</translation>
    </message>
    <message>
        <source>Take links back</source>
        <translation>ដកតំណវិញ</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>បិទ</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>បានចម្លង</translation>
    </message>
</context>
</TS>
