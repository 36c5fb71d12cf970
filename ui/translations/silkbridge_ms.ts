<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ms" sourcelanguage="en">
<context>
    <name>AnnotationLabel</name>
    <message>
        <source>ultrasound region %1: not a distance, spans %2</source>
        <translation>kawasan ultrabunyi %1: bukan jarak, merentang %2</translation>
    </message>
    <message>
        <source>at detector</source>
        <extracomment>The calibration notes of measurements on 2-D images (workstation/annotations/image.py).</extracomment>
        <translation>pada pengesan</translation>
    </message>
    <message>
        <source>at detector ÷ magnification %1</source>
        <translation>pada pengesan ÷ pembesaran %1</translation>
    </message>
    <message>
        <source>ultrasound region %1</source>
        <translation>kawasan ultrabunyi %1</translation>
    </message>
    <message>
        <source>uncalibrated: outside the ultrasound regions</source>
        <translation>tidak ditentukur: di luar kawasan ultrabunyi</translation>
    </message>
    <message>
        <source>uncalibrated</source>
        <translation>tidak ditentukur</translation>
    </message>
    <message>
        <source>ultrasound region %1 measures %2: not a distance</source>
        <translation>kawasan ultrabunyi %1 mengukur %2: bukan jarak</translation>
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
        <translation>L {area_mm2} mm²</translation>
    </message>
    <message>
        <source>mean {mean} ± {sd}{units}</source>
        <translation>purata {mean} ± {sd}{units}</translation>
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
        <translation>Bunyi</translation>
    </message>
    <message>
        <source>Silkbridge plays a short tone and listens with the microphone: turn the speakers on (or put the headset near the microphone).</source>
        <translation>Silkbridge memainkan nada pendek dan mendengar melalui mikrofon: hidupkan pembesar suara (atau letakkan set kepala dekat mikrofon).</translation>
    </message>
    <message>
        <source>Play the test tone</source>
        <translation>Mainkan nada ujian</translation>
    </message>
    <message>
        <source>Microphone for calls:</source>
        <translation>Mikrofon untuk panggilan:</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Lalai sistem</translation>
    </message>
    <message>
        <source>Playing the tone and listening…</source>
        <translation>Memainkan nada dan mendengar…</translation>
    </message>
    <message>
        <source>No sound device: %1</source>
        <translation>Tiada peranti bunyi: %1</translation>
    </message>
    <message>
        <source>The microphone heard the test tone: level %1 dBFS.</source>
        <translation>Mikrofon mendengar nada ujian: aras %1 dBFS.</translation>
    </message>
    <message>
        <source>The tone was played but the microphone did not hear it (level %1 dBFS): check that the speakers are on and the microphone is connected and not muted.</source>
        <translation>Nada telah dimainkan tetapi mikrofon tidak mendengarnya (aras %1 dBFS): pastikan pembesar suara hidup dan mikrofon bersambung serta tidak dibisukan.</translation>
    </message>
</context>
<context>
    <name>BroadcastPanel</name>
    <message>
        <source>Broadcast</source>
        <translation>Siaran</translation>
    </message>
    <message>
        <source>Watch</source>
        <translation>Tonton</translation>
    </message>
</context>
<context>
    <name>BroadcastStudio</name>
    <message>
        <source>Test pattern</source>
        <translation>Corak ujian</translation>
    </message>
    <message>
        <source>Video file…</source>
        <translation>Fail video…</translation>
    </message>
    <message>
        <source>Stream URL…</source>
        <translation>URL strim…</translation>
    </message>
    <message>
        <source>Camera 0 (OpenCV)</source>
        <translation>Kamera 0 (OpenCV)</translation>
    </message>
    <message>
        <source>3-D view of the open study</source>
        <translation>Paparan 3-D kajian yang dibuka</translation>
    </message>
    <message>
        <source>the hub offers no WebRTC media server (not connected to the hub yet?)</source>
        <translation>hab tidak menyediakan pelayan media WebRTC (belum bersambung ke hab?)</translation>
    </message>
    <message>
        <source>No watch link: %1</source>
        <translation>Tiada pautan tontonan: %1</translation>
    </message>
    <message>
        <source>the broadcast is not live</source>
        <translation>siaran belum bersiaran langsung</translation>
    </message>
    <message>
        <source>this hub serves no watch page</source>
        <translation>hab ini tidak menyediakan halaman tontonan</translation>
    </message>
    <message>
        <source>The watch links were taken back: they no longer work</source>
        <translation>Pautan tontonan telah ditarik balik: ia tidak berfungsi lagi</translation>
    </message>
    <message>
        <source>What you demonstrate</source>
        <translation>Perkara yang anda tunjukkan</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Tajuk</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Keterangan</translation>
    </message>
    <message>
        <source>Other hospitals invited, comma-separated</source>
        <translation>Hospital lain yang dijemput, dipisahkan dengan koma</translation>
    </message>
    <message>
        <source>Every trainee of the network</source>
        <translation>Setiap pelatih dalam rangkaian</translation>
    </message>
    <message>
        <source>Invite</source>
        <translation>Jemput</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Tiada</translation>
    </message>
    <message>
        <source>Main picture</source>
        <translation>Gambar utama</translation>
    </message>
    <message>
        <source>Picture-in-picture</source>
        <translation>Gambar dalam gambar</translation>
    </message>
    <message>
        <source>Go live</source>
        <translation>Mula siaran langsung</translation>
    </message>
    <message>
        <source>Stop broadcast</source>
        <translation>Hentikan siaran</translation>
    </message>
    <message>
        <source>Microphone</source>
        <translation>Mikrofon</translation>
    </message>
    <message>
        <source>Record to MP4</source>
        <translation>Rakam ke MP4</translation>
    </message>
    <message>
        <source>Clear drawings</source>
        <translation>Padam lukisan</translation>
    </message>
    <message>
        <source>Watch link…</source>
        <translation>Pautan tontonan…</translation>
    </message>
    <message>
        <source>A one-time link for someone without the workstation to watch in a web browser</source>
        <translation>Pautan sekali guna untuk seseorang tanpa stesen kerja menonton dalam pelayar web</translation>
    </message>
    <message>
        <source>Preview: what the viewers see</source>
        <translation>Pratonton: apa yang dilihat penonton</translation>
    </message>
    <message>
        <source>Viewers</source>
        <translation>Penonton</translation>
    </message>
    <message>
        <source>Allow drawing</source>
        <translation>Benarkan melukis</translation>
    </message>
    <message>
        <source>Allow speaking</source>
        <translation>Benarkan bercakap</translation>
    </message>
    <message>
        <source>Raised hands</source>
        <translation>Tangan diangkat</translation>
    </message>
    <message>
        <source>Questions</source>
        <translation>Soalan</translation>
    </message>
    <message>
        <source>Mark answered</source>
        <translation>Tandakan sudah dijawab</translation>
    </message>
    <message>
        <source>A video file</source>
        <translation>Fail video</translation>
    </message>
    <message>
        <source>Video (*.mp4 *.mkv *.mov *.avi *.webm *.ts);;All files (*)</source>
        <translation>Video (*.mp4 *.mkv *.mov *.avi *.webm *.ts);;Semua fail (*)</translation>
    </message>
    <message>
        <source>Stream URL</source>
        <translation>URL strim</translation>
    </message>
    <message>
        <source>rtsp://, http:// or udp:// address of the stream</source>
        <translation>Alamat rtsp://, http:// atau udp:// bagi strim</translation>
    </message>
    <message>
        <source>No reading-room window: the 3-D view cannot be broadcast</source>
        <translation>Tiada tetingkap bilik bacaan: paparan 3-D tidak dapat disiarkan</translation>
    </message>
    <message>
        <source>Cannot use %1: no such file</source>
        <translation>Tidak dapat menggunakan %1: fail tidak wujud</translation>
    </message>
    <message>
        <source>Opening %1…</source>
        <translation>Membuka %1…</translation>
    </message>
    <message>
        <source>Broadcasting %1</source>
        <translation>Menyiarkan %1</translation>
    </message>
    <message>
        <source>No camera: %1</source>
        <translation>Tiada kamera: %1</translation>
    </message>
    <message>
        <source>The source could not be opened, the previous one stays: %1</source>
        <translation>Sumber tidak dapat dibuka, sumber sebelumnya dikekalkan: %1</translation>
    </message>
    <message>
        <source>The source could not be opened: %1 — choose another</source>
        <translation>Sumber tidak dapat dibuka: %1 — pilih sumber lain</translation>
    </message>
    <message>
        <source>The last broadcast is still stopping; try again in a moment</source>
        <translation>Siaran terakhir masih sedang dihentikan; cuba lagi sebentar lagi</translation>
    </message>
    <message>
        <source>Surgical demonstration</source>
        <translation>Demonstrasi pembedahan</translation>
    </message>
    <message>
        <source>Cannot go live: the title is too long (%1 characters, at most %2)</source>
        <extracomment>What the studio session says (comms.studio.Notice codes), in the studio&apos;s translation context.</extracomment>
        <translation>Tidak dapat bersiaran langsung: tajuk terlalu panjang (%1 aksara, maksimum %2)</translation>
    </message>
    <message>
        <source>Cannot go live: %1</source>
        <translation>Tidak dapat bersiaran langsung: %1</translation>
    </message>
    <message>
        <source>Live: %1</source>
        <translation>Siaran langsung: %1</translation>
    </message>
    <message>
        <source>Recording to %1</source>
        <translation>Merakam ke %1</translation>
    </message>
    <message>
        <source>Broadcasting without sound: %1</source>
        <translation>Menyiarkan tanpa bunyi: %1</translation>
    </message>
    <message>
        <source>The broadcast has stopped</source>
        <translation>Siaran telah berhenti</translation>
    </message>
    <message>
        <source>Record the broadcast to</source>
        <translation>Rakam siaran ke</translation>
    </message>
    <message>
        <source>MP4 video (*.mp4)</source>
        <translation>Video MP4 (*.mp4)</translation>
    </message>
    <message>
        <source>a recording of that name already exists</source>
        <translation>rakaman dengan nama itu sudah wujud</translation>
    </message>
    <message>
        <source>Cannot record to %1: %2</source>
        <translation>Tidak dapat merakam ke %1: %2</translation>
    </message>
    <message>
        <source>Will record to %1 when live</source>
        <translation>Akan merakam ke %1 apabila siaran langsung bermula</translation>
    </message>
    <message>
        <source>Cannot record: %1</source>
        <translation>Tidak dapat merakam: %1</translation>
    </message>
    <message>
        <source>The recording stopped: %1</source>
        <translation>Rakaman terhenti: %1</translation>
    </message>
    <message>
        <source>Recording saved: %1</source>
        <translation>Rakaman disimpan: %1</translation>
    </message>
    <message>
        <source>may draw</source>
        <translation>boleh melukis</translation>
    </message>
    <message>
        <source>may speak</source>
        <translation>boleh bercakap</translation>
    </message>
    <message>
        <source>hand raised</source>
        <translation>tangan diangkat</translation>
    </message>
    <message>
        <source>Stop drawing</source>
        <translation>Henti melukis</translation>
    </message>
    <message>
        <source>Stop speaking</source>
        <translation>Henti bercakap</translation>
    </message>
    <message numerus="yes">
        <source>%n viewer(s)</source>
        <translation>
            <numerusform>%n penonton</numerusform>
        </translation>
    </message>
    <message>
        <source>REC</source>
        <translation>RAKAM</translation>
    </message>
</context>
<context>
    <name>BroadcastViewer</name>
    <message>
        <source>Live surgical demonstrations</source>
        <translation>Demonstrasi pembedahan secara langsung</translation>
    </message>
    <message>
        <source>Watch</source>
        <translation>Tonton</translation>
    </message>
    <message>
        <source>Waiting for the surgeon&apos;s picture…</source>
        <translation>Menunggu gambar daripada pakar bedah…</translation>
    </message>
    <message>
        <source>Raise hand</source>
        <translation>Angkat tangan</translation>
    </message>
    <message>
        <source>Speak</source>
        <translation>Bercakap</translation>
    </message>
    <message>
        <source>Leave</source>
        <translation>Keluar</translation>
    </message>
    <message>
        <source>Ask the surgeon…</source>
        <translation>Tanya pakar bedah…</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Hantar</translation>
    </message>
    <message>
        <source>LIVE</source>
        <translation>LANGSUNG</translation>
    </message>
    <message>
        <source>ended</source>
        <translation>tamat</translation>
    </message>
    <message>
        <source>No picture or sound: %1</source>
        <translation>Tiada gambar atau bunyi: %1</translation>
    </message>
    <message>
        <source>Lower hand</source>
        <translation>Turunkan tangan</translation>
    </message>
    <message>
        <source>No microphone: %1</source>
        <translation>Tiada mikrofon: %1</translation>
    </message>
    <message>
        <source>Broadcast</source>
        <translation>Siaran</translation>
    </message>
    <message>
        <source>not live</source>
        <translation>tidak bersiaran</translation>
    </message>
    <message>
        <source>you may draw on the picture</source>
        <translation>anda boleh melukis pada gambar</translation>
    </message>
    <message>
        <source>you may speak</source>
        <translation>anda boleh bercakap</translation>
    </message>
    <message>
        <source>No picture for %1 s</source>
        <translation>Tiada gambar selama %1 s</translation>
    </message>
</context>
<context>
    <name>CameraPage</name>
    <message>
        <source>Camera</source>
        <translation>Kamera</translation>
    </message>
    <message>
        <source>Check again</source>
        <translation>Semak semula</translation>
    </message>
    <message>
        <source>Camera for calls:</source>
        <translation>Kamera untuk panggilan:</translation>
    </message>
    <message>
        <source>The first camera</source>
        <translation>Kamera pertama</translation>
    </message>
    <message>
        <source>Looking for a camera…</source>
        <translation>Mencari kamera…</translation>
    </message>
    <message>
        <source>No camera found (%1). Everything else works without one: reading studies, consults with voice, watching broadcasts. To send video, connect a camera and check again.</source>
        <translation>Tiada kamera ditemui (%1). Semua yang lain berfungsi tanpanya: membaca kajian, konsultasi dengan suara, menonton siaran. Untuk menghantar video, sambungkan kamera dan semak semula.</translation>
    </message>
    <message>
        <source>no camera</source>
        <translation>tiada kamera</translation>
    </message>
    <message>
        <source>Camera 0 works: %1 × %2 pixels.</source>
        <translation>Kamera 0 berfungsi: %1 × %2 piksel.</translation>
    </message>
</context>
<context>
    <name>CataloguePage</name>
    <message>
        <source>&lt;b&gt;Cohorts&lt;/b&gt;</source>
        <translation>&lt;b&gt;Kohort&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Enrol</source>
        <translation>Daftar</translation>
    </message>
    <message>
        <source>Cohort code from your coordinator</source>
        <translation>Kod kohort daripada penyelaras anda</translation>
    </message>
    <message>
        <source>Enrol by code</source>
        <translation>Daftar dengan kod</translation>
    </message>
    <message>
        <source>&lt;b&gt;Courses&lt;/b&gt;</source>
        <translation>&lt;b&gt;Kursus&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Buka</translation>
    </message>
    <message>
        <source>Download and install</source>
        <translation>Muat turun dan pasang</translation>
    </message>
    <message>
        <source>Install from file…</source>
        <translation>Pasang daripada fail…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <source>v%1 installed</source>
        <translation>v%1 dipasang</translation>
    </message>
    <message>
        <source>completed</source>
        <translation>selesai</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>gagal</translation>
    </message>
    <message>
        <source>%1/%2 lessons</source>
        <translation>%1/%2 pelajaran</translation>
    </message>
    <message>
        <source>v%1 available</source>
        <translation>v%1 tersedia</translation>
    </message>
    <message>
        <source>v%1 available · %2 MB</source>
        <translation>v%1 tersedia · %2 MB</translation>
    </message>
    <message>
        <source>Install a course package</source>
        <translation>Pasang pakej kursus</translation>
    </message>
    <message>
        <source>Course packages (*.silkcourse);;All files (*)</source>
        <translation>Pakej kursus (*.silkcourse);;Semua fail (*)</translation>
    </message>
</context>
<context>
    <name>CompareView</name>
    <message>
        <source>Compare with prior</source>
        <translation>Bandingkan dengan kajian terdahulu</translation>
    </message>
    <message>
        <source>Link W/L</source>
        <translation>Pautkan W/L</translation>
    </message>
    <message>
        <source>Pair these slices</source>
        <translation>Pasangkan kedua-dua hirisan ini</translation>
    </message>
    <message>
        <source>The two slices shown are the same anatomy: scroll them together from now on</source>
        <translation>Kedua-dua hirisan yang dipaparkan ialah anatomi yang sama: tatal bersama mulai sekarang</translation>
    </message>
    <message>
        <source>Unpair</source>
        <translation>Nyahpasangkan</translation>
    </message>
    <message>
        <source>One of the two studies has no series.</source>
        <translation>Salah satu daripada dua kajian tiada siri.</translation>
    </message>
    <message>
        <source>Choose another series to compare with.</source>
        <translation>Pilih siri lain untuk dibandingkan.</translation>
    </message>
    <message>
        <source>The series %1 is not in the catalog.</source>
        <translation>Siri %1 tiada dalam katalog.</translation>
    </message>
    <message>
        <source>Compare with prior shows series of slices (CT, MR, PET…); this series holds separate images: open it on its own.</source>
        <translation>Bandingkan dengan kajian terdahulu memaparkan siri hirisan (CT, MR, PET…); siri ini mengandungi imej berasingan: bukanya secara tersendiri.</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Memuatkan…</translation>
    </message>
    <message>
        <source>Could not open the prior series: %1</source>
        <translation>Tidak dapat membuka siri terdahulu: %1</translation>
    </message>
    <message>
        <source>The prior series holds no images.</source>
        <translation>Siri terdahulu tiada imej.</translation>
    </message>
    <message>
        <source>Current: %1</source>
        <translation>Semasa: %1</translation>
    </message>
    <message>
        <source>Prior: %1</source>
        <translation>Terdahulu: %1</translation>
    </message>
    <message>
        <source>Scrolling together by patient position (same frame of reference).</source>
        <translation>Menatal bersama mengikut kedudukan pesakit (kerangka rujukan yang sama).</translation>
    </message>
    <message>
        <source>Different frame of reference: scroll each side to the same anatomy, then Pair these slices.</source>
        <translation>Kerangka rujukan berbeza: tatal setiap sisi ke anatomi yang sama, kemudian Pasangkan kedua-dua hirisan ini.</translation>
    </message>
    <message>
        <source>Paired: scrolling together (prior %1 mm).</source>
        <translation>Dipasangkan: menatal bersama (terdahulu %1 mm).</translation>
    </message>
</context>
<context>
    <name>ComposeDialog</name>
    <message>
        <source>Send referral</source>
        <translation>Hantar rujukan</translation>
    </message>
    <message>
        <source>Attach…</source>
        <translation>Lampirkan…</translation>
    </message>
    <message>
        <source>Specialty</source>
        <translation>Kepakaran</translation>
    </message>
    <message>
        <source>Urgency</source>
        <translation>Tahap kecemasan</translation>
    </message>
    <message>
        <source>Clinical question</source>
        <translation>Soalan klinikal</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Sejarah</translation>
    </message>
    <message>
        <source>Answer in</source>
        <translation>Jawab dalam</translation>
    </message>
    <message>
        <source>Attachments (you confirm they identify no one)</source>
        <translation>Lampiran (anda mengesahkan lampiran tidak mengenal pasti sesiapa)</translation>
    </message>
    <message>
        <source>Attach</source>
        <translation>Lampirkan</translation>
    </message>
    <message>
        <source>A specialty and a clinical question are needed.</source>
        <translation>Kepakaran dan soalan klinikal diperlukan.</translation>
    </message>
</context>
<context>
    <name>ConsultController</name>
    <message>
        <source>Video call unavailable: %1</source>
        <translation>Panggilan video tidak tersedia: %1</translation>
    </message>
    <message>
        <source>You stopped following the presenter to look around alone. Tick &quot;Follow the presenter&quot; in the consult panel to rejoin.</source>
        <translation>Anda berhenti mengikut penyampai untuk melihat sendiri. Tandakan &quot;Ikut penyampai&quot; dalam panel konsultasi untuk kembali.</translation>
    </message>
    <message>
        <source>The presenter&apos;s case is not downloaded yet: Download cases</source>
        <translation>Kes penyampai belum dimuat turun: Muat turun kes</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Kongsi</translation>
    </message>
    <message>
        <source>Open the study to share first.</source>
        <translation>Buka kajian yang hendak dikongsi dahulu.</translation>
    </message>
    <message>
        <source>Sharing</source>
        <translation>Berkongsi</translation>
    </message>
    <message>
        <source>Case shared (de-identified)</source>
        <translation>Kes dikongsi (dinyahkenal pasti)</translation>
    </message>
    <message>
        <source>Burned-in text?</source>
        <translation>Teks tertanam?</translation>
    </message>
    <message>
        <source>Some images may show patient details burned into the pixels. Look at them before sending. Send them anyway?</source>
        <translation>Sesetengah imej mungkin menunjukkan butiran pesakit yang tertanam dalam piksel. Periksa imej itu sebelum menghantar. Hantar juga?</translation>
    </message>
    <message>
        <source>Could not share the case</source>
        <translation>Tidak dapat berkongsi kes</translation>
    </message>
    <message>
        <source>Downloading cases</source>
        <translation>Memuat turun kes</translation>
    </message>
    <message>
        <source>Could not download the cases</source>
        <translation>Tidak dapat memuat turun kes</translation>
    </message>
    <message>
        <source>Download the case first</source>
        <translation>Muat turun kes dahulu</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Eksport</translation>
    </message>
    <message>
        <source>Open the case&apos;s series first.</source>
        <translation>Buka siri kes dahulu.</translation>
    </message>
    <message>
        <source>Exporting</source>
        <translation>Mengeksport</translation>
    </message>
    <message>
        <source>Could not export the case</source>
        <translation>Tidak dapat mengeksport kes</translation>
    </message>
    <message>
        <source>Written: %1</source>
        <translation>Ditulis: %1</translation>
    </message>
    <message>
        <source>Send to PACS</source>
        <translation>Hantar ke PACS</translation>
    </message>
    <message>
        <source>No PACS is configured: add one to the settings (pacs_nodes).</source>
        <translation>Tiada PACS dikonfigurasi: tambah satu dalam tetapan (pacs_nodes).</translation>
    </message>
    <message>
        <source>Export the case first (Report + SR…).</source>
        <translation>Eksport kes dahulu (Laporan + SR…).</translation>
    </message>
    <message>
        <source>Sending to PACS</source>
        <translation>Menghantar ke PACS</translation>
    </message>
    <message>
        <source>Could not send to the PACS</source>
        <translation>Tidak dapat menghantar ke PACS</translation>
    </message>
</context>
<context>
    <name>ConsultPanel</name>
    <message>
        <source>MDT consults</source>
        <translation>Konsultasi MDT</translation>
    </message>
    <message>
        <source>Join</source>
        <translation>Sertai</translation>
    </message>
    <message>
        <source>New consult…</source>
        <translation>Konsultasi baharu…</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Minta</translation>
    </message>
    <message>
        <source>Take</source>
        <translation>Ambil</translation>
    </message>
    <message>
        <source>Hand over</source>
        <translation>Serahkan</translation>
    </message>
    <message>
        <source>Release</source>
        <translation>Lepaskan</translation>
    </message>
    <message>
        <source>Voice</source>
        <translation>Suara</translation>
    </message>
    <message>
        <source>Mute my microphone</source>
        <translation>Bisukan mikrofon saya</translation>
    </message>
    <message>
        <source>Video call</source>
        <translation>Panggilan video</translation>
    </message>
    <message>
        <source>Follow the presenter</source>
        <translation>Ikut penyampai</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Kes</translation>
    </message>
    <message>
        <source>Share open study</source>
        <translation>Kongsi kajian yang dibuka</translation>
    </message>
    <message>
        <source>Download cases</source>
        <translation>Muat turun kes</translation>
    </message>
    <message>
        <source>Chat</source>
        <translation>Sembang</translation>
    </message>
    <message>
        <source>Message…</source>
        <translation>Mesej…</translation>
    </message>
    <message>
        <source>Conclusion of the open case</source>
        <translation>Kesimpulan kes yang dibuka</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Penemuan</translation>
    </message>
    <message>
        <source>Diagnosis</source>
        <translation>Diagnosis</translation>
    </message>
    <message>
        <source>Recommendation</source>
        <translation>Cadangan</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Susulan</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>Bertanggungjawab</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Bahasa</translation>
    </message>
    <message>
        <source>Save conclusion</source>
        <translation>Simpan kesimpulan</translation>
    </message>
    <message>
        <source>Leave</source>
        <translation>Keluar</translation>
    </message>
    <message>
        <source>End consult</source>
        <translation>Tamatkan konsultasi</translation>
    </message>
    <message>
        <source>Report + SR…</source>
        <translation>Laporan + SR…</translation>
    </message>
    <message>
        <source>Key images as DICOM</source>
        <translation>Imej utama sebagai DICOM</translation>
    </message>
    <message>
        <source>Also write the annotated key images as secondary captures for the PACS (referenced by the key object selection)</source>
        <translation>Tulis juga imej utama beranotasi sebagai tangkapan sekunder untuk PACS (dirujuk oleh pemilihan objek utama)</translation>
    </message>
    <message>
        <source>Send to PACS</source>
        <translation>Hantar ke PACS</translation>
    </message>
    <message>
        <source>Send the exported SR and key images to the PACS chosen in the PACS tab</source>
        <translation>Hantar SR dan imej utama yang dieksport ke PACS yang dipilih dalam tab PACS</translation>
    </message>
    <message>
        <source>Your role (%1) does not take part in MDT consults.</source>
        <translation>Peranan anda (%1) tidak mengambil bahagian dalam konsultasi MDT.</translation>
    </message>
    <message>
        <source>MDT consult</source>
        <translation>Konsultasi MDT</translation>
    </message>
    <message>
        <source>Consult</source>
        <translation>Konsultasi</translation>
    </message>
    <message>
        <source>ended</source>
        <translation>tamat</translation>
    </message>
    <message>
        <source>left</source>
        <translation>keluar</translation>
    </message>
    <message>
        <source>Looking around alone — tick to rejoin the presenter</source>
        <translation>Melihat sendiri — tandakan untuk kembali mengikut penyampai</translation>
    </message>
    <message>
        <source>downloaded</source>
        <translation>dimuat turun</translation>
    </message>
    <message>
        <source>shared</source>
        <translation>dikongsi</translation>
    </message>
    <message>
        <source>not shared yet</source>
        <translation>belum dikongsi</translation>
    </message>
    <message>
        <source>No conclusion yet.</source>
        <translation>Belum ada kesimpulan.</translation>
    </message>
    <message>
        <source>Version %1, written in %2 by %3</source>
        <translation>Versi %1, ditulis dalam %2 oleh %3</translation>
    </message>
    <message>
        <source>%1 speaking</source>
        <translation>%1 sedang bercakap</translation>
    </message>
    <message>
        <source>Select a participant first.</source>
        <translation>Pilih peserta dahulu.</translation>
    </message>
    <message>
        <source>Folder for the report, the SR and the key images</source>
        <translation>Folder untuk laporan, SR dan imej utama</translation>
    </message>
</context>
<context>
    <name>CoordinatorPage</name>
    <message>
        <source>Cohort</source>
        <translation>Kohort</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>Eksport CSV…</translation>
    </message>
    <message>
        <source>Trainee</source>
        <translation>Pelatih</translation>
    </message>
    <message>
        <source>Hospital</source>
        <translation>Hospital</translation>
    </message>
    <message>
        <source>Course</source>
        <translation>Kursus</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Keadaan</translation>
    </message>
    <message>
        <source>Lessons</source>
        <translation>Pelajaran</translation>
    </message>
    <message>
        <source>Quiz attempts</source>
        <translation>Cubaan kuiz</translation>
    </message>
    <message>
        <source>Best quiz</source>
        <translation>Kuiz terbaik</translation>
    </message>
    <message>
        <source>Course score</source>
        <translation>Skor kursus</translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation>Sijil</translation>
    </message>
    <message>
        <source>Last activity</source>
        <translation>Aktiviti terakhir</translation>
    </message>
    <message>
        <source>completed</source>
        <translation>selesai</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>gagal</translation>
    </message>
    <message>
        <source>in progress</source>
        <translation>sedang berjalan</translation>
    </message>
    <message>
        <source>registered</source>
        <translation>berdaftar</translation>
    </message>
    <message>
        <source>&lt;b&gt;Hardest questions&lt;/b&gt;</source>
        <translation>&lt;b&gt;Soalan paling sukar&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Soalan</translation>
    </message>
    <message>
        <source>Answers</source>
        <translation>Jawapan</translation>
    </message>
    <message>
        <source>Correct</source>
        <translation>Betul</translation>
    </message>
    <message>
        <source>— choose a cohort —</source>
        <translation>— pilih kohort —</translation>
    </message>
    <message>
        <source>Reading the cohort&apos;s progress…</source>
        <translation>Membaca kemajuan kohort…</translation>
    </message>
    <message>
        <source>enrolled, not started</source>
        <translation>berdaftar, belum bermula</translation>
    </message>
    <message numerus="yes">
        <source>%n trainee(s)</source>
        <translation>
            <numerusform>%n pelatih</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 completed</source>
        <translation>%1 selesai</translation>
    </message>
    <message numerus="yes">
        <source>%n statement(s) received</source>
        <translation>
            <numerusform>%n penyata diterima</numerusform>
        </translation>
    </message>
    <message>
        <source>Export cohort progress</source>
        <translation>Eksport kemajuan kohort</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>Export failed: %1</source>
        <translation>Eksport gagal: %1</translation>
    </message>
</context>
<context>
    <name>CoreMessages</name>
    <message>
        <source>camera %1: cannot open video device (no camera at index %1 or it is in use)</source>
        <extracomment>The sentences of the core&apos;s error codes (workstation.errors), in the interface language.</extracomment>
        <translation>kamera %1: tidak dapat membuka peranti video (tiada kamera pada indeks %1 atau kamera sedang digunakan)</translation>
    </message>
    <message>
        <source>camera %1: no frame (device disconnected?)</source>
        <translation>kamera %1: tiada bingkai (peranti terputus?)</translation>
    </message>
    <message>
        <source>the hub refused this key (not enrolled or revoked)</source>
        <translation>hab menolak kunci ini (tidak berdaftar atau telah dibatalkan)</translation>
    </message>
    <message>
        <source>secure handshake with the hub failed (wrong hub key?)</source>
        <translation>jabat tangan selamat dengan hab gagal (kunci hab salah?)</translation>
    </message>
    <message>
        <source>cannot create room %1: not connected to the hub</source>
        <translation>tidak dapat mencipta bilik %1: tidak bersambung ke hab</translation>
    </message>
    <message>
        <source>not a DICOM file</source>
        <translation>bukan fail DICOM</translation>
    </message>
    <message>
        <source>empty file</source>
        <translation>fail kosong</translation>
    </message>
    <message>
        <source>no such file or folder</source>
        <translation>fail atau folder tidak wujud</translation>
    </message>
    <message>
        <source>unsafe path inside the zip</source>
        <translation>laluan tidak selamat di dalam zip</translation>
    </message>
    <message>
        <source>cannot be shown: an image without pixel data</source>
        <translation>tidak dapat dipaparkan: imej tanpa data piksel</translation>
    </message>
    <message>
        <source>cannot be shown: the decoder for %1 is not installed</source>
        <translation>tidak dapat dipaparkan: penyahkod untuk %1 tidak dipasang</translation>
    </message>
    <message>
        <source>cannot be shown: unknown transfer syntax %1</source>
        <translation>tidak dapat dipaparkan: sintaks pemindahan %1 tidak dikenali</translation>
    </message>
    <message>
        <source>truncated: pixel data needs %1 bytes, the file holds %2</source>
        <translation>terpotong: data piksel memerlukan %1 bait, fail hanya ada %2</translation>
    </message>
    <message>
        <source>incomplete DICOM header (truncated?): missing %1</source>
        <translation>pengepala DICOM tidak lengkap (terpotong?): tiada %1</translation>
    </message>
    <message>
        <source>cannot read: %1</source>
        <translation>tidak dapat dibaca: %1</translation>
    </message>
    <message>
        <source>cannot copy into the catalog: %1</source>
        <translation>tidak dapat disalin ke dalam katalog: %1</translation>
    </message>
    <message>
        <source>unknown value representation %1 in %2</source>
        <translation>perwakilan nilai (VR) %1 tidak dikenali dalam %2</translation>
    </message>
    <message>
        <source>truncated or corrupt: %1 claims %2 bytes, the file holds %3 after it</source>
        <translation>terpotong atau rosak: %1 menyatakan %2 bait, fail hanya ada %3 selepasnya</translation>
    </message>
    <message>
        <source>unreadable element %1: %2 bytes is not a whole number of %3 values (%4 bytes each)</source>
        <translation>elemen %1 tidak dapat dibaca: %2 bait bukan bilangan bulat nilai %3 (%4 bait setiap satu)</translation>
    </message>
    <message>
        <source>unreadable element %1: %2</source>
        <translation>elemen %1 tidak dapat dibaca: %2</translation>
    </message>
    <message>
        <source>cannot be shown: invalid image header (%1)</source>
        <translation>tidak dapat dipaparkan: pengepala imej tidak sah (%1)</translation>
    </message>
    <message>
        <source>cannot be shown: the file does not say how its pixel data is encoded (no transfer syntax)</source>
        <translation>tidak dapat dipaparkan: fail tidak menyatakan cara data pikselnya dikodkan (tiada sintaks pemindahan)</translation>
    </message>
    <message>
        <source>cannot be shown: no decoder for pixel data in %1</source>
        <translation>tidak dapat dipaparkan: tiada penyahkod untuk data piksel dalam %1</translation>
    </message>
    <message>
        <source>cannot be shown: the first frame does not decode (%1)</source>
        <translation>tidak dapat dipaparkan: bingkai pertama tidak dapat dinyahkod (%1)</translation>
    </message>
    <message>
        <source>cannot be shown: the first frame decodes to shape %1, the header says %2 rows x %3 columns</source>
        <translation>tidak dapat dipaparkan: bingkai pertama dinyahkod kepada bentuk %1, pengepala menyatakan %2 baris x %3 lajur</translation>
    </message>
    <message>
        <source>corrupt: the pixel data cannot be located in the file</source>
        <translation>rosak: data piksel tidak dapat ditemui dalam fail</translation>
    </message>
    <message>
        <source>corrupt: compressed (undefined length) pixel data in %1</source>
        <translation>rosak: data piksel termampat (panjang tidak ditentukan) dalam %1</translation>
    </message>
    <message>
        <source>truncated: the compressed pixel data ends before its delimiter</source>
        <translation>terpotong: data piksel termampat berakhir sebelum pembatasnya</translation>
    </message>
    <message>
        <source>corrupt: invalid item in the compressed pixel data</source>
        <translation>rosak: item tidak sah dalam data piksel termampat</translation>
    </message>
    <message>
        <source>truncated: a compressed frame runs past the end of the file</source>
        <translation>terpotong: satu bingkai termampat melepasi penghujung fail</translation>
    </message>
    <message>
        <source>corrupt: %1 pixel data must be encapsulated (undefined length)</source>
        <translation>rosak: data piksel %1 mesti dikapsulkan (panjang tidak ditentukan)</translation>
    </message>
    <message>
        <source>truncated: pixel data holds %1 bytes, the image needs %2</source>
        <translation>terpotong: data piksel mengandungi %1 bait, imej memerlukan %2</translation>
    </message>
    <message>
        <source>corrupt: pixel data holds %1 bytes, Rows x Columns x frames x samples x bits need %2</source>
        <translation>rosak: data piksel mengandungi %1 bait, baris x lajur x bingkai x sampel x bit memerlukan %2</translation>
    </message>
    <message>
        <source>truncated or corrupt: %1</source>
        <translation>terpotong atau rosak: %1</translation>
    </message>
    <message>
        <source>truncated: %1</source>
        <translation>terpotong: %1</translation>
    </message>
    <message>
        <source>corrupt header: %1</source>
        <translation>pengepala rosak: %1</translation>
    </message>
    <message>
        <source>corrupt file meta header: %1 found inside the dataset</source>
        <translation>pengepala meta fail rosak: %1 ditemui di dalam set data</translation>
    </message>
    <message>
        <source>corrupt pixel data: %1</source>
        <translation>data piksel rosak: %1</translation>
    </message>
    <message>
        <source>a DICOMDIR index, not an image (import its folder or the DICOMDIR itself)</source>
        <translation>indeks DICOMDIR, bukan imej (import foldernya atau DICOMDIR itu sendiri)</translation>
    </message>
    <message>
        <source>unreadable: %1</source>
        <translation>tidak dapat dibaca: %1</translation>
    </message>
    <message>
        <source>could not be imported: %1</source>
        <translation>tidak dapat diimport: %1</translation>
    </message>
    <message>
        <source>cannot unzip: %1</source>
        <translation>tidak dapat dinyahzip: %1</translation>
    </message>
    <message>
        <source>damaged zip: %1</source>
        <translation>zip rosak: %1</translation>
    </message>
    <message>
        <source>unreadable DICOMDIR: %1</source>
        <translation>DICOMDIR tidak dapat dibaca: %1</translation>
    </message>
    <message>
        <source>listed in the DICOMDIR but missing</source>
        <translation>tersenarai dalam DICOMDIR tetapi tiada</translation>
    </message>
    <message>
        <source>%1: not a readable DICOM file: %2</source>
        <translation>%1: bukan fail DICOM yang boleh dibaca: %2</translation>
    </message>
    <message>
        <source>%1: no single SOP Instance UID</source>
        <translation>%1: tiada satu SOP Instance UID tunggal</translation>
    </message>
    <message>
        <source>%1: cannot be de-identified: %2</source>
        <translation>%1: tidak dapat dinyahkenal pasti: %2</translation>
    </message>
    <message>
        <source>%1: its SOP Instance UID %2 is that of %3, already written from %4 with different content; one SOP Instance UID names one object, so it is not written: correct the UID at the source and send it again</source>
        <translation>%1: SOP Instance UID %2 miliknya ialah milik %3, yang sudah ditulis daripada %4 dengan kandungan berbeza; satu SOP Instance UID menamakan satu objek, maka ia tidak ditulis: betulkan UID di sumber dan hantar semula</translation>
    </message>
    <message>
        <source>%1: its SOP Instance UID %2 is that of %3, already written by an earlier run with different content; one SOP Instance UID names one object, so it is not written: correct the UID at the source and send it again</source>
        <translation>%1: SOP Instance UID %2 miliknya ialah milik %3, yang sudah ditulis oleh larian terdahulu dengan kandungan berbeza; satu SOP Instance UID menamakan satu objek, maka ia tidak ditulis: betulkan UID di sumber dan hantar semula</translation>
    </message>
    <message>
        <source>the file is truncated: %1</source>
        <translation>fail terpotong: %1</translation>
    </message>
    <message>
        <source>an encapsulated document (PDF, CDA, ...): its content is sent as it is, not de-identified</source>
        <translation>dokumen terkapsul (PDF, CDA, ...): kandungannya dihantar seadanya, tidak dinyahkenal pasti</translation>
    </message>
    <message>
        <source>BurnedInAnnotation is YES: the image has text burned into its pixels</source>
        <translation>BurnedInAnnotation ialah YES: imej mempunyai teks yang terbenam dalam pikselnya</translation>
    </message>
    <message>
        <source>BurnedInAnnotation is absent and this is %1, which often shows patient details in its pixels</source>
        <translation>BurnedInAnnotation tiada dan ini ialah %1, yang sering menunjukkan butiran pesakit dalam pikselnya</translation>
    </message>
    <message>
        <source>nothing could be de-identified (%1)</source>
        <translation>tiada fail yang dapat dinyahkenal pasti (%1)</translation>
    </message>
    <message>
        <source>sharing cancelled</source>
        <translation>perkongsian dibatalkan</translation>
    </message>
    <message>
        <source>%1 is not invited to %2 room %3</source>
        <translation>%1 tidak dijemput ke bilik %2 %3</translation>
    </message>
    <message>
        <source>role %1 may not join %2 room %3</source>
        <translation>peranan %1 tidak boleh menyertai bilik %2 %3</translation>
    </message>
    <message>
        <source>role %1 may not create %2 room %3</source>
        <translation>peranan %1 tidak boleh mencipta bilik %2 %3</translation>
    </message>
    <message>
        <source>role %1 may not publish %2</source>
        <translation>peranan %1 tidak boleh menerbitkan %2</translation>
    </message>
    <message>
        <source>no such room %1</source>
        <translation>tiada bilik %1</translation>
    </message>
    <message>
        <source>not a member of room %1</source>
        <translation>bukan ahli bilik %1</translation>
    </message>
    <message>
        <source>you were removed from %1 by %2</source>
        <translation>anda telah dikeluarkan daripada %1 oleh %2</translation>
    </message>
    <message>
        <source>only the creator of %1 or a moderator may publish %2</source>
        <translation>hanya pencipta %1 atau moderator boleh menerbitkan %2</translation>
    </message>
    <message>
        <source>only the creator of %1 or a moderator may list it in %2</source>
        <translation>hanya pencipta %1 atau moderator boleh menyenaraikannya dalam %2</translation>
    </message>
    <message>
        <source>only the creator of %1 or a moderator may change who enters it</source>
        <translation>hanya pencipta %1 atau moderator boleh menukar siapa yang boleh masuk</translation>
    </message>
    <message>
        <source>only the hub publishes %1</source>
        <translation>hanya hab menerbitkan %1</translation>
    </message>
    <message>
        <source>%1: only a consultant of %2 may publish %3</source>
        <translation>%1: hanya pakar runding %2 boleh menerbitkan %3</translation>
    </message>
    <message>
        <source>%1: only the referring hospital may publish %2</source>
        <translation>%1: hanya hospital perujuk boleh menerbitkan %2</translation>
    </message>
    <message>
        <source>%1 in %2: a room admits at most %3 users, hospitals and roles in all (invite a hospital or a role)</source>
        <translation>%1 dalam %2: sebuah bilik menerima paling banyak %3 pengguna, hospital dan peranan kesemuanya (jemput sebuah hospital atau peranan)</translation>
    </message>
    <message>
        <source>no such broadcast</source>
        <translation>tiada siaran sedemikian</translation>
    </message>
    <message>
        <source>a %1 may not hand out watch links: ask the surgeon or a coordinator</source>
        <translation>%1 tidak boleh mengedarkan pautan tontonan: minta pakar bedah atau penyelaras</translation>
    </message>
    <message>
        <source>your clock differs from the hub&apos;s</source>
        <translation>jam anda berbeza daripada jam hab</translation>
    </message>
    <message>
        <source>refused by the hub: %1</source>
        <translation>ditolak oleh hab: %1</translation>
    </message>
    <message>
        <source>… and %1 more</source>
        <translation>… dan %1 lagi</translation>
    </message>
</context>
<context>
    <name>CoursesController</name>
    <message>
        <source>This workstation is not enrolled at a hub: courses can only be installed from files</source>
        <translation>Stesen kerja ini tidak berdaftar di hab: kursus hanya boleh dipasang daripada fail</translation>
    </message>
    <message>
        <source>%1 is not a cohort code: it looks like cohort-3f2a9c… (ask your coordinator)</source>
        <translation>%1 bukan kod kohort: kod kohort kelihatan seperti cohort-3f2a9c… (tanya penyelaras anda)</translation>
    </message>
    <message>
        <source>Already enrolled in %1</source>
        <translation>Sudah berdaftar dalam %1</translation>
    </message>
    <message>
        <source>Enrolment</source>
        <translation>Pendaftaran</translation>
    </message>
    <message>
        <source>Enrolled in %1</source>
        <translation>Berdaftar dalam %1</translation>
    </message>
    <message>
        <source>Enrolled in %1: the hub hears of it when the link is back</source>
        <translation>Berdaftar dalam %1: hab akan dimaklumkan apabila sambungan pulih</translation>
    </message>
    <message>
        <source>Cohort %1: %2</source>
        <translation>Kohort %1: %2</translation>
    </message>
    <message>
        <source>The link is back: resuming the download</source>
        <translation>Sambungan telah pulih: menyambung semula muat turun</translation>
    </message>
    <message>
        <source>Reading the installed courses</source>
        <translation>Membaca kursus yang dipasang</translation>
    </message>
    <message>
        <source>%1 is not published in your cohorts</source>
        <translation>%1 tidak diterbitkan dalam kohort anda</translation>
    </message>
    <message>
        <source>A download is already running</source>
        <translation>Muat turun sedang berjalan</translation>
    </message>
    <message>
        <source>Downloading %1</source>
        <translation>Memuat turun %1</translation>
    </message>
    <message>
        <source>Download of %1 paused: what was received is kept, Download resumes it</source>
        <translation>Muat turun %1 dijeda: apa yang diterima disimpan, Muat turun akan menyambungnya</translation>
    </message>
    <message>
        <source>Download interrupted (%1): what was received is kept; it resumes when the link is back</source>
        <translation>Muat turun terganggu (%1): apa yang diterima disimpan; ia bersambung semula apabila sambungan pulih</translation>
    </message>
    <message>
        <source>Could not install the course: %1</source>
        <translation>Tidak dapat memasang kursus: %1</translation>
    </message>
    <message>
        <source>Installing %1</source>
        <translation>Memasang %1</translation>
    </message>
    <message>
        <source>Could not install %1: %2</source>
        <translation>Tidak dapat memasang %1: %2</translation>
    </message>
    <message>
        <source>Installed %1 %2: it works offline</source>
        <translation>%1 %2 dipasang: boleh digunakan di luar talian</translation>
    </message>
    <message>
        <source>This course is not available in %1</source>
        <translation>Kursus ini tidak tersedia dalam %1</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Bahasa</translation>
    </message>
    <message>
        <source>Install the course first</source>
        <extracomment>Language names shown in the per-course language choice (each in its own language).</extracomment>
        <translation>Pasang kursus dahulu</translation>
    </message>
    <message>
        <source>Opening the course</source>
        <translation>Membuka kursus</translation>
    </message>
    <message>
        <source>Opening the lesson</source>
        <translation>Membuka pelajaran</translation>
    </message>
    <message>
        <source>Completing the lesson</source>
        <translation>Melengkapkan pelajaran</translation>
    </message>
    <message>
        <source>Starting the attempt</source>
        <translation>Memulakan cubaan</translation>
    </message>
    <message>
        <source>Click the finding in the viewer first</source>
        <translation>Klik penemuan dalam pemapar dahulu</translation>
    </message>
    <message>
        <source>Choose an answer first</source>
        <translation>Pilih jawapan dahulu</translation>
    </message>
    <message>
        <source>%1: no such file</source>
        <translation>%1: tiada fail sedemikian</translation>
    </message>
    <message>
        <source>Answer not taken: %1</source>
        <translation>Jawapan tidak diterima: %1</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>Penemuan</translation>
    </message>
    <message>
        <source>Your answer</source>
        <translation>Jawapan anda</translation>
    </message>
    <message>
        <source>Image questions are answered in the reading-room viewer</source>
        <translation>Soalan imej dijawab dalam pemapar bilik bacaan</translation>
    </message>
    <message>
        <source>Opening the case in the viewer…</source>
        <translation>Membuka kes dalam pemapar…</translation>
    </message>
    <message>
        <source>Click in the case&apos;s series: it is being opened in the viewer</source>
        <translation>Klik dalam siri kes: ia sedang dibuka dalam pemapar</translation>
    </message>
    <message>
        <source>Open the course in the reading room to see the case</source>
        <translation>Buka kursus di bilik bacaan untuk melihat kes</translation>
    </message>
    <message>
        <source>The case is open in the viewer</source>
        <translation>Kes dibuka dalam pemapar</translation>
    </message>
    <message>
        <source>Importing the case: %1 of %2 images</source>
        <translation>Mengimport kes: imej %1 daripada %2</translation>
    </message>
    <message>
        <source>Could not open the case: %1</source>
        <translation>Tidak dapat membuka kes: %1</translation>
    </message>
    <message>
        <source>Unknown window preset %1: the series&apos; own window is kept</source>
        <translation>Pratetap tetingkap %1 tidak dikenali: tetingkap asal siri dikekalkan</translation>
    </message>
    <message>
        <source>Playing</source>
        <translation>Dimainkan</translation>
    </message>
    <message>
        <source>End of the video</source>
        <translation>Tamat video</translation>
    </message>
    <message>
        <source>Cannot play the video: %1</source>
        <translation>Tidak dapat memainkan video: %1</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Dijeda</translation>
    </message>
    <message>
        <source>The course is not completed yet</source>
        <translation>Kursus belum selesai</translation>
    </message>
    <message>
        <source>Certificate saved: %1</source>
        <translation>Sijil disimpan: %1</translation>
    </message>
    <message>
        <source>Could not save the certificate: %1</source>
        <translation>Tidak dapat menyimpan sijil: %1</translation>
    </message>
    <message>
        <source>Save certificate</source>
        <translation>Simpan sijil</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Cohort progress</source>
        <translation>Kemajuan kohort</translation>
    </message>
    <message>
        <source>Choose a cohort first</source>
        <translation>Pilih kohort dahulu</translation>
    </message>
    <message>
        <source>Exported %1</source>
        <translation>Dieksport %1</translation>
    </message>
</context>
<context>
    <name>CoursesPanel</name>
    <message>
        <source>Courses</source>
        <translation>Kursus</translation>
    </message>
    <message>
        <source>Lesson</source>
        <translation>Pelajaran</translation>
    </message>
    <message>
        <source>Cohort progress</source>
        <translation>Kemajuan kohort</translation>
    </message>
    <message>
        <source>Progress is kept on this workstation (no hub link)</source>
        <translation>Kemajuan disimpan di stesen kerja ini (tiada sambungan hab)</translation>
    </message>
    <message>
        <source>All progress synced</source>
        <translation>Semua kemajuan telah disegerakkan</translation>
    </message>
    <message numerus="yes">
        <source>%n statement(s) waiting to sync</source>
        <translation>
            <numerusform>%n penyata menunggu untuk disegerakkan</numerusform>
        </translation>
    </message>
    <message>
        <source>(%1 not in any cohort: enrol in the course&apos;s cohort)</source>
        <translation>(%1 tiada dalam mana-mana kohort: daftar dalam kohort kursus ini)</translation>
    </message>
    <message>
        <source>(offline: sent when the link is back)</source>
        <translation>(luar talian: dihantar apabila sambungan pulih)</translation>
    </message>
    <message>
        <source>Courses are unavailable: %1</source>
        <translation>Kursus tidak tersedia: %1</translation>
    </message>
</context>
<context>
    <name>DevicesDialog</name>
    <message>
        <source>Devices for calls</source>
        <translation>Peranti untuk panggilan</translation>
    </message>
    <message>
        <source>The devices video calls use. The system&apos;s default is used when the chosen one is not connected.</source>
        <translation>Peranti yang digunakan oleh panggilan video. Lalai sistem digunakan apabila peranti yang dipilih tidak disambungkan.</translation>
    </message>
    <message>
        <source>Camera</source>
        <translation>Kamera</translation>
    </message>
    <message>
        <source>Microphone</source>
        <translation>Mikrofon</translation>
    </message>
    <message>
        <source>Speaker</source>
        <translation>Pembesar suara</translation>
    </message>
    <message>
        <source>The first camera</source>
        <translation>Kamera pertama</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Lalai sistem</translation>
    </message>
    <message>
        <source>%1 (not connected)</source>
        <translation>%1 (tidak disambungkan)</translation>
    </message>
    <message>
        <source>The devices could not be saved: %1</source>
        <translation>Peranti tidak dapat disimpan: %1</translation>
    </message>
    <message>
        <source>&amp;Devices…</source>
        <translation>&amp;Peranti…</translation>
    </message>
</context>
<context>
    <name>DiscussDialog</name>
    <message>
        <source>Discuss in MDT</source>
        <translation>Bincang dalam MDT</translation>
    </message>
    <message>
        <source>New consult</source>
        <translation>Konsultasi baharu</translation>
    </message>
    <message>
        <source>Consult</source>
        <translation>Konsultasi</translation>
    </message>
    <message>
        <source>Title of a new consult</source>
        <translation>Tajuk konsultasi baharu</translation>
    </message>
</context>
<context>
    <name>EnrolmentBundle</name>
    <message>
        <source>%1: no such file</source>
        <extracomment>The reasons an enrolment file is refused, translated where they are shown (:func:`_say`).</extracomment>
        <translation>%1: fail tidak wujud</translation>
    </message>
    <message>
        <source>not a text file</source>
        <translation>bukan fail teks</translation>
    </message>
    <message>
        <source>%1: not a readable enrolment bundle (%2)</source>
        <translation>%1: bukan fail pendaftaran yang boleh dibaca (%2)</translation>
    </message>
    <message>
        <source>no JSON object</source>
        <translation>tiada objek JSON</translation>
    </message>
    <message>
        <source>%1: format %2 is not a Silkbridge enrolment bundle</source>
        <translation>%1: format %2 bukan fail pendaftaran Silkbridge</translation>
    </message>
    <message>
        <source>%1: %2 is not a CURVE key (40 Z85 characters); the file is damaged</source>
        <translation>%1: %2 bukan kunci CURVE (40 aksara Z85); fail telah rosak</translation>
    </message>
    <message>
        <source>%1: hub_address %2 is not an address like tcp://host:port</source>
        <translation>%1: hub_address %2 bukan alamat seperti tcp://hos:port</translation>
    </message>
    <message>
        <source>%1: user_id is empty</source>
        <translation>%1: user_id kosong</translation>
    </message>
</context>
<context>
    <name>EnrolmentPage</name>
    <message>
        <source>Your enrolment</source>
        <translation>Pendaftaran anda</translation>
    </message>
    <message>
        <source>Your hub administrator gave you an enrolment file (.json). It connects this workstation to the hub in your name: choose it here.</source>
        <translation>Pentadbir hab anda memberi anda fail pendaftaran (.json). Fail ini menyambungkan stesen kerja ini ke hab atas nama anda: pilih fail itu di sini.</translation>
    </message>
    <message>
        <source>Enrolment file</source>
        <translation>Fail pendaftaran</translation>
    </message>
    <message>
        <source>Choose file…</source>
        <translation>Pilih fail…</translation>
    </message>
    <message>
        <source>Choose your enrolment file</source>
        <translation>Pilih fail pendaftaran anda</translation>
    </message>
    <message>
        <source>Enrolment files (*.json);;All files (*)</source>
        <translation>Fail pendaftaran (*.json);;Semua fail (*)</translation>
    </message>
    <message>
        <source>This file cannot be used: %1</source>
        <translation>Fail ini tidak boleh digunakan: %1</translation>
    </message>
    <message>
        <source>Enrolled as %1 (%2), %3, %4. Hub: %5</source>
        <translation>Berdaftar sebagai %1 (%2), %3, %4. Hab: %5</translation>
    </message>
</context>
<context>
    <name>FirstRunWizard</name>
    <message>
        <source>Silkbridge — first run</source>
        <translation>Silkbridge — penggunaan kali pertama</translation>
    </message>
    <message>
        <source>&lt; &amp;Back</source>
        <translation>&lt; &amp;Kembali</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>&amp;Seterusnya &gt;</translation>
    </message>
    <message>
        <source>&amp;Finish</source>
        <translation>&amp;Selesai</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <source>Could not save the enrolment: %1</source>
        <translation>Tidak dapat menyimpan pendaftaran: %1</translation>
    </message>
</context>
<context>
    <name>HubPage</name>
    <message>
        <source>Connection to the hub</source>
        <extracomment>seconds to wait for the hub&apos;s answer</extracomment>
        <translation>Sambungan ke hab</translation>
    </message>
    <message>
        <source>Check again</source>
        <translation>Semak semula</translation>
    </message>
    <message>
        <source>no answer from the hub within %1 s: check the address, this computer&apos;s network and the hospital&apos;s firewall</source>
        <translation>tiada jawapan daripada hab dalam %1 s: semak alamat, rangkaian komputer ini dan tembok api hospital</translation>
    </message>
    <message>
        <source>Connecting to the hub at %1…</source>
        <translation>Menyambung ke hab di %1…</translation>
    </message>
    <message>
        <source>Connected to the hub at %1. Round trip: %2 ms.</source>
        <translation>Bersambung ke hab di %1. Masa pergi balik: %2 ms.</translation>
    </message>
    <message>
        <source>Could not connect to the hub at %1: %2. You can finish now and connect later.</source>
        <translation>Tidak dapat menyambung ke hab di %1: %2. Anda boleh selesai sekarang dan menyambung kemudian.</translation>
    </message>
</context>
<context>
    <name>ImageKinds</name>
    <message>
        <source>a projection radiograph</source>
        <translation>radiograf unjuran</translation>
    </message>
    <message>
        <source>an X-ray angiography or fluoroscopy image</source>
        <translation>imej angiografi atau fluoroskopi sinar-X</translation>
    </message>
    <message>
        <source>an ultrasound image</source>
        <translation>imej ultrabunyi</translation>
    </message>
    <message>
        <source>a photograph (endoscopy, camera, microscopy)</source>
        <translation>gambar foto (endoskopi, kamera, mikroskopi)</translation>
    </message>
    <message>
        <source>a secondary capture, scan or document</source>
        <translation>tangkapan sekunder, imbasan atau dokumen</translation>
    </message>
</context>
<context>
    <name>LanguageMenu</name>
    <message>
        <source>&amp;Settings</source>
        <translation>&amp;Tetapan</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Bahasa</translation>
    </message>
    <message>
        <source>Interface language: %1</source>
        <translation>Bahasa antara muka: %1</translation>
    </message>
</context>
<context>
    <name>LanguagePage</name>
    <message>
        <source>Language</source>
        <translation>Bahasa</translation>
    </message>
    <message>
        <source>The language of the interface (you can change it later in Settings → Language).</source>
        <translation>Bahasa antara muka (anda boleh menukarnya kemudian dalam Tetapan → Bahasa).</translation>
    </message>
</context>
<context>
    <name>LinkStates</name>
    <message>
        <source>connecting</source>
        <translation>menyambung</translation>
    </message>
    <message>
        <source>online</source>
        <translation>dalam talian</translation>
    </message>
    <message>
        <source>degraded</source>
        <translation>merosot</translation>
    </message>
    <message>
        <source>offline</source>
        <translation>luar talian</translation>
    </message>
    <message>
        <source>refused</source>
        <translation>ditolak</translation>
    </message>
    <message>
        <source>revoked</source>
        <translation>dibatalkan</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Me</source>
        <extracomment>the consult&apos;s call (ui.consult.videocall.VideoCallLauncher, WebRTC through the hub&apos;s Janus): voice only (``Voice``, no window) or with cameras (``Video call``, its own window)</extracomment>
        <translation>Saya</translation>
    </message>
    <message>
        <source>Silkbridge — reading room</source>
        <translation>Silkbridge — bilik bacaan</translation>
    </message>
    <message>
        <source>Studies</source>
        <translation>Kajian</translation>
    </message>
    <message>
        <source>PACS</source>
        <translation>PACS</translation>
    </message>
    <message>
        <source>Reading</source>
        <translation>Bacaan</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>Import…</translation>
    </message>
    <message>
        <source> Layout </source>
        <translation> Susun atur </translation>
    </message>
    <message>
        <source> Window </source>
        <translation> Tetingkap </translation>
    </message>
    <message>
        <source>DICOM default</source>
        <translation>Lalai DICOM</translation>
    </message>
    <message>
        <source>Auto (histogram)</source>
        <translation>Automatik (histogram)</translation>
    </message>
    <message>
        <source>CT brain</source>
        <translation>CT otak</translation>
    </message>
    <message>
        <source>CT lung</source>
        <translation>CT paru-paru</translation>
    </message>
    <message>
        <source>CT bone</source>
        <translation>CT tulang</translation>
    </message>
    <message>
        <source>CT abdomen</source>
        <translation>CT abdomen</translation>
    </message>
    <message>
        <source>CT mediastinum</source>
        <translation>CT mediastinum</translation>
    </message>
    <message>
        <source> Slab </source>
        <translation> Papak </translation>
    </message>
    <message>
        <source>thin</source>
        <translation>nipis</translation>
    </message>
    <message>
        <source>Average</source>
        <translation>Purata</translation>
    </message>
    <message>
        <source>Cine ▶</source>
        <translation>Sine ▶</translation>
    </message>
    <message>
        <source> 3D </source>
        <translation> 3D </translation>
    </message>
    <message>
        <source>This series holds %1 separate stacks (orientations or sizes); showing the first, pick another beside &apos;Stack&apos;.</source>
        <translation>Siri ini mengandungi %1 tindanan berasingan (orientasi atau saiz berbeza); yang pertama dipaparkan, pilih yang lain di sebelah &apos;Tindanan&apos;.</translation>
    </message>
    <message>
        <source>Volumes</source>
        <translation>Volum</translation>
    </message>
    <message>
        <source>ct-bone</source>
        <translation>CT tulang</translation>
    </message>
    <message>
        <source>ct-soft-tissue</source>
        <translation>CT tisu lembut</translation>
    </message>
    <message>
        <source>ct-angio</source>
        <translation>CT angiografi</translation>
    </message>
    <message>
        <source>mr-default</source>
        <translation>MR lalai</translation>
    </message>
    <message>
        <source>Crop</source>
        <translation>Pangkas</translation>
    </message>
    <message>
        <source>Reset view</source>
        <translation>Tetapkan semula paparan</translation>
    </message>
    <message>
        <source>Annotate</source>
        <translation>Anotasi</translation>
    </message>
    <message>
        <source>Navigate</source>
        <translation>Navigasi</translation>
    </message>
    <message>
        <source>Select</source>
        <translation>Pilih</translation>
    </message>
    <message>
        <source>Laser pointer</source>
        <translation>Penuding laser</translation>
    </message>
    <message>
        <source>Length</source>
        <translation>Panjang</translation>
    </message>
    <message>
        <source>Angle</source>
        <translation>Sudut</translation>
    </message>
    <message>
        <source>Ellipse ROI</source>
        <translation>ROI elips</translation>
    </message>
    <message>
        <source>Polygon ROI</source>
        <translation>ROI poligon</translation>
    </message>
    <message>
        <source>Arrow</source>
        <translation>Anak panah</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Teks</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Padam</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fail</translation>
    </message>
    <message>
        <source>Import zip or files…</source>
        <translation>Import zip atau fail…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Keluar</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Paparan</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <source>Hub: not connected</source>
        <translation>Hab: tidak bersambung</translation>
    </message>
    <message>
        <source>Import a folder of DICOM files</source>
        <translation>Import folder fail DICOM</translation>
    </message>
    <message>
        <source>Import DICOM files, a zip or a DICOMDIR</source>
        <translation>Import fail DICOM, zip atau DICOMDIR</translation>
    </message>
    <message>
        <source>DICOM, zip or DICOMDIR (*.dcm *.zip DICOMDIR *);;All files (*)</source>
        <translation>DICOM, zip atau DICOMDIR (*.dcm *.zip DICOMDIR *);;Semua fail (*)</translation>
    </message>
    <message>
        <source>Importing</source>
        <translation>Mengimport</translation>
    </message>
    <message>
        <source>Import failed</source>
        <translation>Import gagal</translation>
    </message>
    <message>
        <source>Imported %1 new image(s); %2 already in the catalog.</source>
        <translation>%1 imej baharu diimport; %2 sudah ada dalam katalog.</translation>
    </message>
    <message>
        <source>Import was cancelled; what was imported is kept.</source>
        <translation>Import dibatalkan; apa yang telah diimport disimpan.</translation>
    </message>
    <message>
        <source>%1 file(s) could not be imported:</source>
        <translation>%1 fail tidak dapat diimport:</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>… and %1 more</source>
        <translation>… dan %1 lagi</translation>
    </message>
    <message>
        <source>The presenter compares with a series not downloaded yet: Download cases</source>
        <translation>Penyampai sedang membandingkan dengan siri yang belum dimuat turun: Muat turun kes</translation>
    </message>
    <message>
        <source>Loading</source>
        <translation>Memuatkan</translation>
    </message>
    <message>
        <source>Could not open the series</source>
        <translation>Tidak dapat membuka siri</translation>
    </message>
    <message>
        <source>Cannot show this frame: %1</source>
        <translation>Tidak dapat memaparkan bingkai ini: %1</translation>
    </message>
    <message>
        <source>File: %1</source>
        <translation>Fail: %1</translation>
    </message>
    <message>
        <source>no images</source>
        <translation>tiada imej</translation>
    </message>
    <message>
        <source>mr-angio</source>
        <translation>MR angiografi</translation>
    </message>
    <message>
        <source>W %1 / L %2</source>
        <translation>W %1 / L %2</translation>
    </message>
    <message>
        <source>Hub: %1</source>
        <translation>Hab: %1</translation>
    </message>
    <message>
        <source>Online: %1</source>
        <translation>Dalam talian: %1</translation>
    </message>
    <message>
        <source>MDT consult</source>
        <translation>Konsultasi MDT</translation>
    </message>
    <message>
        <source>Broadcasts</source>
        <translation>Siaran</translation>
    </message>
    <message>
        <source>Referrals</source>
        <translation>Rujukan</translation>
    </message>
    <message>
        <source>Courses</source>
        <translation>Kursus</translation>
    </message>
</context>
<context>
    <name>NewConsultDialog</name>
    <message>
        <source>New MDT consult</source>
        <translation>Konsultasi MDT baharu</translation>
    </message>
    <message>
        <source>One case per line: title | question | referring hospital</source>
        <translation>Satu kes setiap baris: tajuk | soalan | hospital perujuk</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Tajuk</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Masa</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>Agenda</translation>
    </message>
    <message>
        <source>My hospital (%1)</source>
        <translation>Hospital saya (%1)</translation>
    </message>
    <message>
        <source>Other hospitals, comma-separated</source>
        <translation>Hospital lain, dipisahkan dengan koma</translation>
    </message>
    <message>
        <source>People by user id, comma-separated</source>
        <translation>Orang mengikut ID pengguna, dipisahkan dengan koma</translation>
    </message>
    <message>
        <source>Invite</source>
        <translation>Jemput</translation>
    </message>
    <message>
        <source>Everyone who is</source>
        <translation>Semua yang merupakan</translation>
    </message>
</context>
<context>
    <name>PacsPanel</name>
    <message>
        <source>Test</source>
        <translation>Uji</translation>
    </message>
    <message>
        <source>e.g. NGUYEN*</source>
        <translation>cth. NGUYEN*</translation>
    </message>
    <message>
        <source>any</source>
        <translation>mana-mana</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Cari</translation>
    </message>
    <message>
        <source>Retrieve</source>
        <translation>Dapatkan</translation>
    </message>
    <message>
        <source>Retrieve the selected series, or the whole study</source>
        <translation>Dapatkan siri yang dipilih, atau seluruh kajian</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <source>PACS</source>
        <translation>PACS</translation>
    </message>
    <message>
        <source>Patient name</source>
        <translation>Nama pesakit</translation>
    </message>
    <message>
        <source>Patient ID</source>
        <translation>ID pesakit</translation>
    </message>
    <message>
        <source>Accession</source>
        <translation>Nombor aksesi</translation>
    </message>
    <message>
        <source>Study date</source>
        <translation>Tarikh kajian</translation>
    </message>
    <message>
        <source>Modality</source>
        <translation>Modaliti</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Keterangan</translation>
    </message>
    <message>
        <source>Series</source>
        <translation>Siri</translation>
    </message>
    <message>
        <source>No PACS is configured: add one to the settings (pacs_nodes).</source>
        <translation>Tiada PACS dikonfigurasi: tambah satu dalam tetapan (pacs_nodes).</translation>
    </message>
    <message>
        <source>Wait for the current PACS operation to finish (or cancel it).</source>
        <translation>Tunggu operasi PACS semasa selesai (atau batalkannya).</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Dibatalkan.</translation>
    </message>
    <message>
        <source>%s answers (%d ms).</source>
        <translation>%s menjawab (%d ms).</translation>
    </message>
    <message>
        <source>Testing %s…</source>
        <translation>Menguji %s…</translation>
    </message>
    <message>
        <source>Study date from</source>
        <translation>Tarikh kajian dari</translation>
    </message>
    <message>
        <source>Study date to</source>
        <translation>Tarikh kajian hingga</translation>
    </message>
    <message>
        <source>Study date: the first date is after the second</source>
        <translation>Tarikh kajian: tarikh pertama selepas tarikh kedua</translation>
    </message>
    <message>
        <source>Searching %s…</source>
        <translation>Mencari %s…</translation>
    </message>
    <message numerus="yes">
        <source>%n studies found</source>
        <translation>
            <numerusform>%n kajian ditemui</numerusform>
        </translation>
    </message>
    <message>
        <source>No study matches.</source>
        <translation>Tiada kajian yang sepadan.</translation>
    </message>
    <message>
        <source>Listing the series…</source>
        <translation>Menyenaraikan siri…</translation>
    </message>
    <message numerus="yes">
        <source>%n series</source>
        <translation>
            <numerusform>%n siri</numerusform>
        </translation>
    </message>
    <message>
        <source>the study</source>
        <translation>kajian itu</translation>
    </message>
    <message>
        <source>Retrieving %s from %s</source>
        <translation>Mendapatkan %s daripada %s</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Membatalkan…</translation>
    </message>
</context>
<context>
    <name>PlayerPage</name>
    <message>
        <source>◀ Courses</source>
        <translation>◀ Kursus</translation>
    </message>
    <message>
        <source>Press Play</source>
        <translation>Tekan Main</translation>
    </message>
    <message>
        <source>▶ Play</source>
        <translation>▶ Main</translation>
    </message>
    <message>
        <source>Show the case in the viewer</source>
        <translation>Tunjukkan kes dalam pemapar</translation>
    </message>
    <message>
        <source>Start attempt</source>
        <translation>Mulakan cubaan</translation>
    </message>
    <message>
        <source>Submit answer</source>
        <translation>Hantar jawapan</translation>
    </message>
    <message>
        <source>Next question</source>
        <translation>Soalan seterusnya</translation>
    </message>
    <message>
        <source>◀ Previous</source>
        <translation>◀ Sebelumnya</translation>
    </message>
    <message>
        <source>Mark as completed</source>
        <translation>Tandakan sebagai selesai</translation>
    </message>
    <message>
        <source>Next ▶</source>
        <translation>Seterusnya ▶</translation>
    </message>
    <message>
        <source>Save certificate (PDF)…</source>
        <translation>Simpan sijil (PDF)…</translation>
    </message>
    <message>
        <source>Interface language (%1)</source>
        <translation>Bahasa antara muka (%1)</translation>
    </message>
    <message>
        <source>Text lesson</source>
        <translation>Pelajaran teks</translation>
    </message>
    <message>
        <source>Video lesson</source>
        <translation>Pelajaran video</translation>
    </message>
    <message>
        <source>Imaging case</source>
        <translation>Kes pengimejan</translation>
    </message>
    <message>
        <source>Quiz</source>
        <translation>Kuiz</translation>
    </message>
    <message>
        <source>Course completed · score %1 · verification code %2</source>
        <translation>Kursus selesai · skor %1 · kod pengesahan %2</translation>
    </message>
    <message>
        <source>Course failed: a quiz has no attempt left</source>
        <translation>Kursus gagal: satu kuiz tiada lagi cubaan</translation>
    </message>
    <message>
        <source>%1 of %2 lessons completed · %3 of %4 quizzes passed</source>
        <translation>%1 daripada %2 pelajaran selesai · %3 daripada %4 kuiz lulus</translation>
    </message>
    <message>
        <source>Completed ✓</source>
        <translation>Selesai ✓</translation>
    </message>
    <message>
        <source>❚❚ Pause</source>
        <translation>❚❚ Jeda</translation>
    </message>
    <message>
        <source>unlimited attempts</source>
        <translation>cubaan tanpa had</translation>
    </message>
    <message numerus="yes">
        <source>%n attempt(s) left</source>
        <translation>
            <numerusform>%n cubaan lagi</numerusform>
        </translation>
    </message>
    <message>
        <source>Pass mark %1</source>
        <translation>Markah lulus %1</translation>
    </message>
    <message>
        <source>best %1</source>
        <translation>terbaik %1</translation>
    </message>
    <message>
        <source>passed ✓</source>
        <translation>lulus ✓</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Cuba lagi</translation>
    </message>
    <message>
        <source>Question %1 of %2</source>
        <translation>Soalan %1 daripada %2</translation>
    </message>
    <message>
        <source>Your point: (%1, %2, %3) mm LPS · click again to move it</source>
        <translation>Titik anda: (%1, %2, %3) mm LPS · klik lagi untuk mengalihkannya</translation>
    </message>
    <message>
        <source>Scroll the series in the viewer and click the finding; then Submit.</source>
        <translation>Tatal siri dalam pemapar dan klik penemuan; kemudian Hantar.</translation>
    </message>
    <message>
        <source>✓ Correct</source>
        <translation>✓ Betul</translation>
    </message>
    <message>
        <source>✗ Incorrect</source>
        <translation>✗ Salah</translation>
    </message>
    <message>
        <source>Correct answer: %1</source>
        <translation>Jawapan betul: %1</translation>
    </message>
    <message>
        <source>The finding is centred at (%1, %2, %3) mm, %4 mm from your point (shown in the viewer)</source>
        <translation>Penemuan berpusat di (%1, %2, %3) mm, %4 mm dari titik anda (ditunjukkan dalam pemapar)</translation>
    </message>
    <message>
        <source>Attempt %1: %2 of %3 correct (%4) — %5</source>
        <translation>Cubaan %1: %2 daripada %3 betul (%4) — %5</translation>
    </message>
    <message>
        <source>passed</source>
        <translation>lulus</translation>
    </message>
    <message>
        <source>not passed</source>
        <translation>tidak lulus</translation>
    </message>
    <message>
        <source>course completed!</source>
        <translation>kursus selesai!</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Selesai</translation>
    </message>
</context>
<context>
    <name>ReferralController</name>
    <message>
        <source>The report of referral %1 has arrived</source>
        <translation>Laporan rujukan %1 telah tiba</translation>
    </message>
    <message>
        <source>Escalated: referral %1 was claimed but not reported in time</source>
        <translation>Dinaikkan: rujukan %1 telah dituntut tetapi tidak dilaporkan dalam masa</translation>
    </message>
    <message>
        <source>Escalated: nobody claimed referral %1 in time</source>
        <translation>Dinaikkan: tiada sesiapa menuntut rujukan %1 dalam masa</translation>
    </message>
    <message>
        <source>Referral %1 is on the agenda of the consult %2</source>
        <translation>Rujukan %1 berada dalam agenda konsultasi %2</translation>
    </message>
    <message>
        <source>Could not discuss the referral in an MDT</source>
        <translation>Tidak dapat membincangkan rujukan dalam MDT</translation>
    </message>
    <message>
        <source>Could not download the referral</source>
        <translation>Tidak dapat memuat turun rujukan</translation>
    </message>
    <message>
        <source>Send referral</source>
        <translation>Hantar rujukan</translation>
    </message>
    <message>
        <source>Open the series to send first.</source>
        <translation>Buka siri yang hendak dihantar dahulu.</translation>
    </message>
    <message>
        <source>Referral %1 sent</source>
        <translation>Rujukan %1 dihantar</translation>
    </message>
    <message>
        <source>Referral %1 waits in the outbox until the hub is reachable</source>
        <translation>Rujukan %1 menunggu dalam peti keluar sehingga hab dapat dihubungi</translation>
    </message>
    <message>
        <source>These images may show burned-in patient text. Send them anyway?</source>
        <translation>Imej ini mungkin menunjukkan teks pesakit yang tertanam. Hantar juga?</translation>
    </message>
    <message>
        <source>Could not send the referral</source>
        <translation>Tidak dapat menghantar rujukan</translation>
    </message>
</context>
<context>
    <name>ReferralPanel</name>
    <message>
        <source>Send referral…</source>
        <translation>Hantar rujukan…</translation>
    </message>
    <message>
        <source>View images</source>
        <translation>Lihat imej</translation>
    </message>
    <message>
        <source>Claim</source>
        <translation>Tuntut</translation>
    </message>
    <message>
        <source>Report…</source>
        <translation>Laporan…</translation>
    </message>
    <message>
        <source>Acknowledge</source>
        <translation>Akui terima</translation>
    </message>
    <message>
        <source>Discuss in MDT…</source>
        <translation>Bincang dalam MDT…</translation>
    </message>
    <message>
        <source>Put this referral on the agenda of a consult, with its images, question and report</source>
        <translation>Masukkan rujukan ini ke dalam agenda konsultasi, bersama imej, soalan dan laporannya</translation>
    </message>
    <message>
        <source>A question or an answer on this referral</source>
        <translation>Soalan atau jawapan tentang rujukan ini</translation>
    </message>
    <message>
        <source>OVERDUE %1</source>
        <translation>LEWAT %1</translation>
    </message>
    <message>
        <source>escalated</source>
        <translation>dinaikkan</translation>
    </message>
    <message>
        <source>Escalated to the coordinators: past its target</source>
        <translation>Dinaikkan kepada penyelaras: melepasi sasaran masa</translation>
    </message>
    <message>
        <source>Choose a referral in the list.</source>
        <translation>Pilih rujukan dalam senarai.</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Penemuan</translation>
    </message>
    <message>
        <source>Impression</source>
        <translation>Tanggapan</translation>
    </message>
    <message>
        <source>Recommendation</source>
        <translation>Cadangan</translation>
    </message>
</context>
<context>
    <name>ReportDialog</name>
    <message>
        <source>Report</source>
        <translation>Laporan</translation>
    </message>
    <message>
        <source>Question: %1</source>
        <translation>Soalan: %1</translation>
    </message>
    <message>
        <source>Findings (in %1)</source>
        <translation>Penemuan (dalam %1)</translation>
    </message>
    <message>
        <source>Impression</source>
        <translation>Tanggapan</translation>
    </message>
    <message>
        <source>Recommendation</source>
        <translation>Cadangan</translation>
    </message>
    <message>
        <source>Your own wording (%1): findings</source>
        <translation>Kata-kata anda sendiri (%1): penemuan</translation>
    </message>
    <message>
        <source>Your own wording: impression</source>
        <translation>Kata-kata anda sendiri: tanggapan</translation>
    </message>
    <message>
        <source>Send my measurements on this series (SR, key images)</source>
        <translation>Hantar ukuran saya pada siri ini (SR, imej utama)</translation>
    </message>
    <message>
        <source>Sign (the report can no longer change)</source>
        <translation>Tandatangan (laporan tidak boleh diubah lagi)</translation>
    </message>
</context>
<context>
    <name>Roles</name>
    <message>
        <source>trainee</source>
        <extracomment>The interface languages, each named in its own language (as a language menu shows them). The suffix of the translation files of each language (Qt&apos;s locale names). Font families tried in order for every character (Qt falls back along the list): Latin with Vietnamese, then Simplified Chinese (mainland glyph forms, not the Japanese ones fontconfig may pick), Thai, Lao, Khmer and Burmese (course content). installer/setup.sh installs them.</extracomment>
        <translation>pelatih</translation>
    </message>
    <message>
        <source>specialist</source>
        <translation>pakar</translation>
    </message>
    <message>
        <source>surgeon</source>
        <translation>pakar bedah</translation>
    </message>
    <message>
        <source>coordinator</source>
        <translation>penyelaras</translation>
    </message>
    <message>
        <source>administrator</source>
        <translation>pentadbir</translation>
    </message>
</context>
<context>
    <name>RoomKinds</name>
    <message>
        <source>consult</source>
        <translation>konsultasi</translation>
    </message>
    <message>
        <source>broadcast</source>
        <translation>siaran</translation>
    </message>
    <message>
        <source>cohort</source>
        <translation>kohort</translation>
    </message>
    <message>
        <source>referral</source>
        <translation>rujukan</translation>
    </message>
</context>
<context>
    <name>SliceViewport</name>
    <message>
        <source>Text annotation</source>
        <translation>Anotasi teks</translation>
    </message>
    <message>
        <source>Text:</source>
        <translation>Teks:</translation>
    </message>
</context>
<context>
    <name>StudyBrowser</name>
    <message>
        <source>Series %1 — %2 stacks: %3</source>
        <translation>Siri %1 — %2 tindanan: %3</translation>
    </message>
    <message>
        <source>Patient</source>
        <translation>Pesakit</translation>
    </message>
    <message>
        <source>Patient ID</source>
        <translation>ID pesakit</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Tarikh</translation>
    </message>
    <message>
        <source>Modality</source>
        <translation>Modaliti</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Keterangan</translation>
    </message>
    <message>
        <source>Images</source>
        <translation>Imej</translation>
    </message>
    <message>
        <source>Search patient, ID, description, modality, date</source>
        <extracomment>Item data role of the stack (0-based) a row of the series list opens; None for a whole series.</extracomment>
        <translation>Cari pesakit, ID, keterangan, modaliti, tarikh</translation>
    </message>
    <message>
        <source>Series (double-click to open)</source>
        <translation>Siri (klik dua kali untuk membuka)</translation>
    </message>
    <message numerus="yes">
        <source>%n studies</source>
        <translation>
            <numerusform>%n kajian</numerusform>
        </translation>
    </message>
    <message>
        <source>Compare with…</source>
        <translation>Bandingkan dengan…</translation>
    </message>
    <message>
        <source>No other study of this patient (Patient ID) in the catalog</source>
        <translation>Tiada kajian lain bagi pesakit ini (ID pesakit) dalam katalog</translation>
    </message>
    <message numerus="yes">
        <source>%n image(s)</source>
        <translation>
            <numerusform>%n imej</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>VideoCallLauncher</name>
    <message>
        <source>the hub gave no video call</source>
        <translation>hab tidak menyediakan panggilan video</translation>
    </message>
    <message>
        <source>Video call</source>
        <translation>Panggilan video</translation>
    </message>
</context>
<context>
    <name>VideoCallWidget</name>
    <message>
        <source>Waiting for the other participants…</source>
        <translation>Menunggu peserta lain…</translation>
    </message>
    <message>
        <source>Audio only: the connection is too slow for your video. It resumes by itself when the bandwidth returns.</source>
        <translation>Audio sahaja: sambungan terlalu perlahan untuk video anda. Video akan bersambung semula sendiri apabila lebar jalur pulih.</translation>
    </message>
    <message>
        <source>Mute</source>
        <translation>Bisukan</translation>
    </message>
    <message>
        <source>Camera</source>
        <translation>Kamera</translation>
    </message>
    <message>
        <source>Active speaker</source>
        <translation>Penutur aktif</translation>
    </message>
    <message>
        <source>Leave call</source>
        <translation>Tinggalkan panggilan</translation>
    </message>
    <message numerus="yes">
        <source>%n participant(s)</source>
        <translation>
            <numerusform>%n peserta</numerusform>
        </translation>
    </message>
    <message>
        <source>Call ended: %1</source>
        <translation>Panggilan tamat: %1</translation>
    </message>
</context>
<context>
    <name>VideoView</name>
    <message>
        <source>ideal</source>
        <extracomment>Glass-to-glass latency thresholds from the surgical telementoring literature (ms).</extracomment>
        <translation>ideal</translation>
    </message>
    <message>
        <source>acceptable</source>
        <translation>boleh diterima</translation>
    </message>
    <message>
        <source>too slow</source>
        <translation>terlalu perlahan</translation>
    </message>
    <message>
        <source>No video</source>
        <translation>Tiada video</translation>
    </message>
    <message>
        <source>Glass-to-glass %1 ms (%2)</source>
        <translation>Kependaman hujung ke hujung %1 ms (%2)</translation>
    </message>
    <message>
        <source>Glass-to-glass ≈%1 ms (%2)</source>
        <translation>Kependaman hujung ke hujung ≈%1 ms (%2)</translation>
    </message>
</context>
<context>
    <name>ViewGrabber</name>
    <message>
        <source>Open a study to show its 3-D view</source>
        <translation>Buka kajian untuk menunjukkan paparan 3-D</translation>
    </message>
    <message>
        <source>The 3-D view is hidden: choose a layout that shows it</source>
        <translation>Paparan 3-D disembunyikan: pilih susun atur yang menunjukkannya</translation>
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
        <translation>%1 papak %2 mm</translation>
    </message>
    <message>
        <source>W %1  L %2</source>
        <translation>W %1  L %2</translation>
    </message>
    <message>
        <source>Zoom %1</source>
        <translation>Zum %1</translation>
    </message>
    <message>
        <source>Image %1/%2</source>
        <translation>Imej %1/%2</translation>
    </message>
    <message>
        <source>Frame %1/%2</source>
        <translation>Bingkai %1/%2</translation>
    </message>
    <message>
        <source>Frame %1/%2  (image %3/%4)</source>
        <translation>Bingkai %1/%2  (imej %3/%4)</translation>
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
        <translation>(songsang)</translation>
    </message>
    <message>
        <source>%1 x %2 mm/pixel</source>
        <translation>%1 x %2 mm/piksel</translation>
    </message>
    <message>
        <source>%1 x %2 mm/pixel at detector</source>
        <translation>%1 x %2 mm/piksel pada pengesan</translation>
    </message>
    <message>
        <source>(not corrected for magnification)</source>
        <translation>(tidak dibetulkan untuk pembesaran)</translation>
    </message>
    <message>
        <source>÷ %1 estimated magnification</source>
        <translation>÷ %1 anggaran pembesaran</translation>
    </message>
    <message>
        <source>mm in %1 ultrasound region(s) in cm</source>
        <translation>mm dalam %1 kawasan ultrabunyi dalam cm</translation>
    </message>
    <message>
        <source>uncalibrated: measurements in pixels</source>
        <translation>tidak ditentukur: ukuran dalam piksel</translation>
    </message>
</context>
<context>
    <name>VolumeBar</name>
    <message>
        <source>This series holds images in several orientations or sizes: each is a separate stack</source>
        <translation>Siri ini mengandungi imej dalam beberapa orientasi atau saiz: setiap satu ialah tindanan berasingan</translation>
    </message>
    <message>
        <source> Volume </source>
        <translation> Volum </translation>
    </message>
    <message>
        <source>Volume of the series shown in every view (time point, diffusion direction, echo…)</source>
        <translation>Volum siri yang dipaparkan dalam setiap paparan (titik masa, arah resapan, gema…)</translation>
    </message>
    <message>
        <source>Volumes ▶</source>
        <translation>Volum ▶</translation>
    </message>
    <message>
        <source>Play through the volumes</source>
        <translation>Mainkan volum satu demi satu</translation>
    </message>
    <message>
        <source>axial</source>
        <translation>aksial</translation>
    </message>
    <message>
        <source>coronal</source>
        <translation>koronal</translation>
    </message>
    <message>
        <source>sagittal</source>
        <translation>sagital</translation>
    </message>
    <message>
        <source>Stack %1/%2: %3, %4 slices</source>
        <translation>Tindanan %1/%2: %3, %4 hirisan</translation>
    </message>
    <message>
        <source>(loading)</source>
        <translation>(memuatkan)</translation>
    </message>
</context>
<context>
    <name>WatchLinkDialog</name>
    <message>
        <source>Watch link</source>
        <translation>Pautan tontonan</translation>
    </message>
    <message>
        <source>Send this link to one person: it opens the broadcast in a web browser once, and stops working when the broadcast ends.</source>
        <translation>Hantar pautan ini kepada seorang sahaja: ia membuka siaran dalam pelayar web sekali, dan berhenti berfungsi apabila siaran tamat.</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Salin</translation>
    </message>
    <message>
        <source>Take links back</source>
        <translation>Tarik balik pautan</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Tutup</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Disalin</translation>
    </message>
</context>
</TS>
