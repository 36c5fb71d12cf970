<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="id" sourcelanguage="en">
<context>
    <name>AnnotationLabel</name>
    <message>
        <source>ultrasound region %1: not a distance, spans %2</source>
        <translation>wilayah ultrasonografi %1: bukan jarak, membentang %2</translation>
    </message>
    <message>
        <source>at detector</source>
        <extracomment>The calibration notes of measurements on 2-D images (workstation/annotations/image.py).</extracomment>
        <translation>pada detektor</translation>
    </message>
    <message>
        <source>at detector ÷ magnification %1</source>
        <translation>pada detektor ÷ perbesaran %1</translation>
    </message>
    <message>
        <source>ultrasound region %1</source>
        <translation>wilayah ultrasonografi %1</translation>
    </message>
    <message>
        <source>uncalibrated: outside the ultrasound regions</source>
        <translation>tidak terkalibrasi: di luar wilayah ultrasonografi</translation>
    </message>
    <message>
        <source>uncalibrated</source>
        <translation>tidak terkalibrasi</translation>
    </message>
    <message>
        <source>ultrasound region %1 measures %2: not a distance</source>
        <translation>wilayah ultrasonografi %1 mengukur %2: bukan jarak</translation>
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
        <translation>rerata {mean} ± {sd}{units}</translation>
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
        <translation>Suara</translation>
    </message>
    <message>
        <source>Silkbridge plays a short tone and listens with the microphone: turn the speakers on (or put the headset near the microphone).</source>
        <translation>Silkbridge memutar nada singkat dan mendengarkannya lewat mikrofon: nyalakan pengeras suara (atau dekatkan headset ke mikrofon).</translation>
    </message>
    <message>
        <source>Play the test tone</source>
        <translation>Putar nada uji</translation>
    </message>
    <message>
        <source>Microphone for calls:</source>
        <translation>Mikrofon untuk panggilan:</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Bawaan sistem</translation>
    </message>
    <message>
        <source>Playing the tone and listening…</source>
        <translation>Memutar nada dan mendengarkan…</translation>
    </message>
    <message>
        <source>No sound device: %1</source>
        <translation>Tidak ada perangkat suara: %1</translation>
    </message>
    <message>
        <source>The microphone heard the test tone: level %1 dBFS.</source>
        <translation>Mikrofon mendengar nada uji: level %1 dBFS.</translation>
    </message>
    <message>
        <source>The tone was played but the microphone did not hear it (level %1 dBFS): check that the speakers are on and the microphone is connected and not muted.</source>
        <translation>Nada sudah diputar tetapi mikrofon tidak mendengarnya (level %1 dBFS): pastikan pengeras suara menyala dan mikrofon tersambung serta tidak dibisukan.</translation>
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
        <translation>Pola uji</translation>
    </message>
    <message>
        <source>Video file…</source>
        <translation>Berkas video…</translation>
    </message>
    <message>
        <source>Stream URL…</source>
        <translation>URL stream…</translation>
    </message>
    <message>
        <source>Camera 0 (OpenCV)</source>
        <translation>Kamera 0 (OpenCV)</translation>
    </message>
    <message>
        <source>3-D view of the open study</source>
        <translation>Tampilan 3-D dari pemeriksaan yang terbuka</translation>
    </message>
    <message>
        <source>the hub offers no WebRTC media server (not connected to the hub yet?)</source>
        <translation>hub tidak menyediakan server media WebRTC (belum tersambung ke hub?)</translation>
    </message>
    <message>
        <source>No watch link: %1</source>
        <translation>Tidak ada tautan tonton: %1</translation>
    </message>
    <message>
        <source>the broadcast is not live</source>
        <translation>siaran belum disiarkan langsung</translation>
    </message>
    <message>
        <source>this hub serves no watch page</source>
        <translation>hub ini tidak menyediakan halaman tonton</translation>
    </message>
    <message>
        <source>The watch links were taken back: they no longer work</source>
        <translation>Tautan tonton telah ditarik kembali: tautan tidak berfungsi lagi</translation>
    </message>
    <message>
        <source>What you demonstrate</source>
        <translation>Yang Anda peragakan</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Judul</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Deskripsi</translation>
    </message>
    <message>
        <source>Other hospitals invited, comma-separated</source>
        <translation>Rumah sakit lain yang diundang, dipisahkan koma</translation>
    </message>
    <message>
        <source>Every trainee of the network</source>
        <translation>Semua peserta didik di jaringan</translation>
    </message>
    <message>
        <source>Invite</source>
        <translation>Undang</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Tidak ada</translation>
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
        <translation>Mulai siaran langsung</translation>
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
        <translation>Rekam ke MP4</translation>
    </message>
    <message>
        <source>Clear drawings</source>
        <translation>Hapus coretan</translation>
    </message>
    <message>
        <source>Watch link…</source>
        <translation>Tautan tonton…</translation>
    </message>
    <message>
        <source>A one-time link for someone without the workstation to watch in a web browser</source>
        <translation>Tautan sekali pakai bagi orang tanpa workstation untuk menonton di peramban web</translation>
    </message>
    <message>
        <source>Preview: what the viewers see</source>
        <translation>Pratinjau: yang dilihat penonton</translation>
    </message>
    <message>
        <source>Viewers</source>
        <translation>Penonton</translation>
    </message>
    <message>
        <source>Allow drawing</source>
        <translation>Izinkan menggambar</translation>
    </message>
    <message>
        <source>Allow speaking</source>
        <translation>Izinkan berbicara</translation>
    </message>
    <message>
        <source>Raised hands</source>
        <translation>Angkat tangan</translation>
    </message>
    <message>
        <source>Questions</source>
        <translation>Pertanyaan</translation>
    </message>
    <message>
        <source>Mark answered</source>
        <translation>Tandai sudah dijawab</translation>
    </message>
    <message>
        <source>A video file</source>
        <translation>Berkas video</translation>
    </message>
    <message>
        <source>Video (*.mp4 *.mkv *.mov *.avi *.webm *.ts);;All files (*)</source>
        <translation>Video (*.mp4 *.mkv *.mov *.avi *.webm *.ts);;Semua berkas (*)</translation>
    </message>
    <message>
        <source>Stream URL</source>
        <translation>URL stream</translation>
    </message>
    <message>
        <source>rtsp://, http:// or udp:// address of the stream</source>
        <translation>Alamat rtsp://, http:// atau udp:// dari stream</translation>
    </message>
    <message>
        <source>No reading-room window: the 3-D view cannot be broadcast</source>
        <translation>Tidak ada jendela ruang baca: tampilan 3-D tidak dapat disiarkan</translation>
    </message>
    <message>
        <source>Cannot use %1: no such file</source>
        <translation>Tidak dapat memakai %1: berkas tidak ada</translation>
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
        <translation>Tidak ada kamera: %1</translation>
    </message>
    <message>
        <source>The source could not be opened, the previous one stays: %1</source>
        <translation>Sumber tidak dapat dibuka, sumber sebelumnya tetap dipakai: %1</translation>
    </message>
    <message>
        <source>The source could not be opened: %1 — choose another</source>
        <translation>Sumber tidak dapat dibuka: %1 — pilih sumber lain</translation>
    </message>
    <message>
        <source>The last broadcast is still stopping; try again in a moment</source>
        <translation>Siaran terakhir masih dihentikan; coba lagi sebentar lagi</translation>
    </message>
    <message>
        <source>Surgical demonstration</source>
        <translation>Demonstrasi bedah</translation>
    </message>
    <message>
        <source>Cannot go live: the title is too long (%1 characters, at most %2)</source>
        <extracomment>What the studio session says (comms.studio.Notice codes), in the studio&apos;s translation context.</extracomment>
        <translation>Tidak dapat siaran langsung: judul terlalu panjang (%1 karakter, paling banyak %2)</translation>
    </message>
    <message>
        <source>Cannot go live: %1</source>
        <translation>Tidak dapat siaran langsung: %1</translation>
    </message>
    <message>
        <source>Live: %1</source>
        <translation>Siaran langsung: %1</translation>
    </message>
    <message>
        <source>Recording to %1</source>
        <translation>Merekam ke %1</translation>
    </message>
    <message>
        <source>Broadcasting without sound: %1</source>
        <translation>Menyiarkan tanpa suara: %1</translation>
    </message>
    <message>
        <source>The broadcast has stopped</source>
        <translation>Siaran telah berhenti</translation>
    </message>
    <message>
        <source>Record the broadcast to</source>
        <translation>Rekam siaran ke</translation>
    </message>
    <message>
        <source>MP4 video (*.mp4)</source>
        <translation>Video MP4 (*.mp4)</translation>
    </message>
    <message>
        <source>a recording of that name already exists</source>
        <translation>rekaman dengan nama itu sudah ada</translation>
    </message>
    <message>
        <source>Cannot record to %1: %2</source>
        <translation>Tidak dapat merekam ke %1: %2</translation>
    </message>
    <message>
        <source>Will record to %1 when live</source>
        <translation>Akan merekam ke %1 saat siaran langsung</translation>
    </message>
    <message>
        <source>Cannot record: %1</source>
        <translation>Tidak dapat merekam: %1</translation>
    </message>
    <message>
        <source>The recording stopped: %1</source>
        <translation>Perekaman berhenti: %1</translation>
    </message>
    <message>
        <source>Recording saved: %1</source>
        <translation>Rekaman disimpan: %1</translation>
    </message>
    <message>
        <source>may draw</source>
        <translation>boleh menggambar</translation>
    </message>
    <message>
        <source>may speak</source>
        <translation>boleh berbicara</translation>
    </message>
    <message>
        <source>hand raised</source>
        <translation>mengangkat tangan</translation>
    </message>
    <message>
        <source>Stop drawing</source>
        <translation>Berhenti menggambar</translation>
    </message>
    <message>
        <source>Stop speaking</source>
        <translation>Berhenti berbicara</translation>
    </message>
    <message numerus="yes">
        <source>%n viewer(s)</source>
        <translation>
            <numerusform>%n penonton</numerusform>
        </translation>
    </message>
    <message>
        <source>REC</source>
        <translation>REKAM</translation>
    </message>
</context>
<context>
    <name>BroadcastViewer</name>
    <message>
        <source>Live surgical demonstrations</source>
        <translation>Demonstrasi bedah langsung</translation>
    </message>
    <message>
        <source>Watch</source>
        <translation>Tonton</translation>
    </message>
    <message>
        <source>Waiting for the surgeon&apos;s picture…</source>
        <translation>Menunggu gambar dari dokter bedah…</translation>
    </message>
    <message>
        <source>Raise hand</source>
        <translation>Angkat tangan</translation>
    </message>
    <message>
        <source>Speak</source>
        <translation>Bicara</translation>
    </message>
    <message>
        <source>Leave</source>
        <translation>Keluar</translation>
    </message>
    <message>
        <source>Ask the surgeon…</source>
        <translation>Tanya dokter bedah…</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Kirim</translation>
    </message>
    <message>
        <source>LIVE</source>
        <translation>LANGSUNG</translation>
    </message>
    <message>
        <source>ended</source>
        <translation>selesai</translation>
    </message>
    <message>
        <source>No picture or sound: %1</source>
        <translation>Tidak ada gambar atau suara: %1</translation>
    </message>
    <message>
        <source>Lower hand</source>
        <translation>Turunkan tangan</translation>
    </message>
    <message>
        <source>No microphone: %1</source>
        <translation>Tidak ada mikrofon: %1</translation>
    </message>
    <message>
        <source>Broadcast</source>
        <translation>Siaran</translation>
    </message>
    <message>
        <source>not live</source>
        <translation>tidak sedang siaran</translation>
    </message>
    <message>
        <source>you may draw on the picture</source>
        <translation>Anda boleh menggambar pada gambar</translation>
    </message>
    <message>
        <source>you may speak</source>
        <translation>Anda boleh berbicara</translation>
    </message>
    <message>
        <source>No picture for %1 s</source>
        <translation>Tidak ada gambar selama %1 detik</translation>
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
        <translation>Periksa lagi</translation>
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
        <translation>Kamera tidak ditemukan (%1). Semua fungsi lain berjalan tanpa kamera: membaca pemeriksaan, konsultasi dengan suara, menonton siaran. Untuk mengirim video, sambungkan kamera lalu periksa lagi.</translation>
    </message>
    <message>
        <source>no camera</source>
        <translation>tidak ada kamera</translation>
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
        <translation>Kode kohort dari koordinator Anda</translation>
    </message>
    <message>
        <source>Enrol by code</source>
        <translation>Daftar dengan kode</translation>
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
        <translation>Unduh dan pasang</translation>
    </message>
    <message>
        <source>Install from file…</source>
        <translation>Pasang dari berkas…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <source>v%1 installed</source>
        <translation>v%1 terpasang</translation>
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
        <translation>Pasang paket kursus</translation>
    </message>
    <message>
        <source>Course packages (*.silkcourse);;All files (*)</source>
        <translation>Paket kursus (*.silkcourse);;Semua berkas (*)</translation>
    </message>
</context>
<context>
    <name>CompareView</name>
    <message>
        <source>Compare with prior</source>
        <translation>Bandingkan dengan pemeriksaan sebelumnya</translation>
    </message>
    <message>
        <source>Link W/L</source>
        <translation>Tautkan W/L</translation>
    </message>
    <message>
        <source>Pair these slices</source>
        <translation>Pasangkan kedua irisan ini</translation>
    </message>
    <message>
        <source>The two slices shown are the same anatomy: scroll them together from now on</source>
        <translation>Kedua irisan yang ditampilkan adalah anatomi yang sama: gulir bersama mulai sekarang</translation>
    </message>
    <message>
        <source>Unpair</source>
        <translation>Lepas pasangan</translation>
    </message>
    <message>
        <source>One of the two studies has no series.</source>
        <translation>Salah satu dari kedua pemeriksaan tidak memiliki seri.</translation>
    </message>
    <message>
        <source>Choose another series to compare with.</source>
        <translation>Pilih seri lain untuk dibandingkan.</translation>
    </message>
    <message>
        <source>The series %1 is not in the catalog.</source>
        <translation>Seri %1 tidak ada di katalog.</translation>
    </message>
    <message>
        <source>Compare with prior shows series of slices (CT, MR, PET…); this series holds separate images: open it on its own.</source>
        <translation>Perbandingan dengan pemeriksaan sebelumnya menampilkan seri irisan (CT, MR, PET…); seri ini berisi gambar terpisah: buka seri ini tersendiri.</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Memuat…</translation>
    </message>
    <message>
        <source>Could not open the prior series: %1</source>
        <translation>Tidak dapat membuka seri sebelumnya: %1</translation>
    </message>
    <message>
        <source>The prior series holds no images.</source>
        <translation>Seri sebelumnya tidak berisi gambar.</translation>
    </message>
    <message>
        <source>Current: %1</source>
        <translation>Saat ini: %1</translation>
    </message>
    <message>
        <source>Prior: %1</source>
        <translation>Sebelumnya: %1</translation>
    </message>
    <message>
        <source>Scrolling together by patient position (same frame of reference).</source>
        <translation>Menggulir bersama menurut posisi pasien (kerangka acuan yang sama).</translation>
    </message>
    <message>
        <source>Different frame of reference: scroll each side to the same anatomy, then Pair these slices.</source>
        <translation>Kerangka acuan berbeda: gulir tiap sisi ke anatomi yang sama, lalu Pasangkan kedua irisan ini.</translation>
    </message>
    <message>
        <source>Paired: scrolling together (prior %1 mm).</source>
        <translation>Dipasangkan: menggulir bersama (sebelumnya %1 mm).</translation>
    </message>
</context>
<context>
    <name>ComposeDialog</name>
    <message>
        <source>Send referral</source>
        <translation>Kirim rujukan</translation>
    </message>
    <message>
        <source>Attach…</source>
        <translation>Lampirkan…</translation>
    </message>
    <message>
        <source>Specialty</source>
        <translation>Spesialisasi</translation>
    </message>
    <message>
        <source>Urgency</source>
        <translation>Tingkat urgensi</translation>
    </message>
    <message>
        <source>Clinical question</source>
        <translation>Pertanyaan klinis</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Riwayat</translation>
    </message>
    <message>
        <source>Answer in</source>
        <translation>Jawab dalam</translation>
    </message>
    <message>
        <source>Attachments (you confirm they identify no one)</source>
        <translation>Lampiran (Anda memastikan lampiran tidak mengidentifikasi siapa pun)</translation>
    </message>
    <message>
        <source>Attach</source>
        <translation>Lampirkan</translation>
    </message>
    <message>
        <source>A specialty and a clinical question are needed.</source>
        <translation>Spesialisasi dan pertanyaan klinis wajib diisi.</translation>
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
        <translation>Anda berhenti mengikuti penyaji untuk melihat sendiri. Centang &quot;Ikuti penyaji&quot; di panel konsultasi untuk kembali.</translation>
    </message>
    <message>
        <source>The presenter&apos;s case is not downloaded yet: Download cases</source>
        <translation>Kasus penyaji belum diunduh: Unduh kasus</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Bagikan</translation>
    </message>
    <message>
        <source>Open the study to share first.</source>
        <translation>Buka dulu pemeriksaan yang akan dibagikan.</translation>
    </message>
    <message>
        <source>Sharing</source>
        <translation>Membagikan</translation>
    </message>
    <message>
        <source>Case shared (de-identified)</source>
        <translation>Kasus dibagikan (sudah dide-identifikasi)</translation>
    </message>
    <message>
        <source>Burned-in text?</source>
        <translation>Ada teks tertanam?</translation>
    </message>
    <message>
        <source>Some images may show patient details burned into the pixels. Look at them before sending. Send them anyway?</source>
        <translation>Beberapa gambar mungkin menampilkan data pasien yang tertanam di piksel. Periksa gambar tersebut sebelum mengirim. Tetap kirim?</translation>
    </message>
    <message>
        <source>Could not share the case</source>
        <translation>Tidak dapat membagikan kasus</translation>
    </message>
    <message>
        <source>Downloading cases</source>
        <translation>Mengunduh kasus</translation>
    </message>
    <message>
        <source>Could not download the cases</source>
        <translation>Tidak dapat mengunduh kasus</translation>
    </message>
    <message>
        <source>Download the case first</source>
        <translation>Unduh kasus terlebih dahulu</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Ekspor</translation>
    </message>
    <message>
        <source>Open the case&apos;s series first.</source>
        <translation>Buka dulu seri dari kasus tersebut.</translation>
    </message>
    <message>
        <source>Exporting</source>
        <translation>Mengekspor</translation>
    </message>
    <message>
        <source>Could not export the case</source>
        <translation>Tidak dapat mengekspor kasus</translation>
    </message>
    <message>
        <source>Written: %1</source>
        <translation>Ditulis: %1</translation>
    </message>
    <message>
        <source>Send to PACS</source>
        <translation>Kirim ke PACS</translation>
    </message>
    <message>
        <source>No PACS is configured: add one to the settings (pacs_nodes).</source>
        <translation>Belum ada PACS yang dikonfigurasi: tambahkan di pengaturan (pacs_nodes).</translation>
    </message>
    <message>
        <source>Export the case first (Report + SR…).</source>
        <translation>Ekspor kasus terlebih dahulu (Laporan + SR…).</translation>
    </message>
    <message>
        <source>Sending to PACS</source>
        <translation>Mengirim ke PACS</translation>
    </message>
    <message>
        <source>Could not send to the PACS</source>
        <translation>Tidak dapat mengirim ke PACS</translation>
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
        <translation>Gabung</translation>
    </message>
    <message>
        <source>New consult…</source>
        <translation>Konsultasi baru…</translation>
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
        <translation>Ikuti penyaji</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Kasus</translation>
    </message>
    <message>
        <source>Share open study</source>
        <translation>Bagikan pemeriksaan yang terbuka</translation>
    </message>
    <message>
        <source>Download cases</source>
        <translation>Unduh kasus</translation>
    </message>
    <message>
        <source>Chat</source>
        <translation>Obrolan</translation>
    </message>
    <message>
        <source>Message…</source>
        <translation>Pesan…</translation>
    </message>
    <message>
        <source>Conclusion of the open case</source>
        <translation>Kesimpulan kasus yang terbuka</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Temuan</translation>
    </message>
    <message>
        <source>Diagnosis</source>
        <translation>Diagnosis</translation>
    </message>
    <message>
        <source>Recommendation</source>
        <translation>Rekomendasi</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Tindak lanjut</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>Penanggung jawab</translation>
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
        <translation>Akhiri konsultasi</translation>
    </message>
    <message>
        <source>Report + SR…</source>
        <translation>Laporan + SR…</translation>
    </message>
    <message>
        <source>Key images as DICOM</source>
        <translation>Gambar kunci sebagai DICOM</translation>
    </message>
    <message>
        <source>Also write the annotated key images as secondary captures for the PACS (referenced by the key object selection)</source>
        <translation>Tulis juga gambar kunci beranotasi sebagai secondary capture untuk PACS (dirujuk oleh key object selection)</translation>
    </message>
    <message>
        <source>Send to PACS</source>
        <translation>Kirim ke PACS</translation>
    </message>
    <message>
        <source>Send the exported SR and key images to the PACS chosen in the PACS tab</source>
        <translation>Kirim SR dan gambar kunci yang diekspor ke PACS yang dipilih di tab PACS</translation>
    </message>
    <message>
        <source>Your role (%1) does not take part in MDT consults.</source>
        <translation>Peran Anda (%1) tidak ikut serta dalam konsultasi MDT.</translation>
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
        <translation>selesai</translation>
    </message>
    <message>
        <source>left</source>
        <translation>keluar</translation>
    </message>
    <message>
        <source>Looking around alone — tick to rejoin the presenter</source>
        <translation>Melihat sendiri — centang untuk kembali mengikuti penyaji</translation>
    </message>
    <message>
        <source>downloaded</source>
        <translation>sudah diunduh</translation>
    </message>
    <message>
        <source>shared</source>
        <translation>dibagikan</translation>
    </message>
    <message>
        <source>not shared yet</source>
        <translation>belum dibagikan</translation>
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
        <translation>%1 sedang berbicara</translation>
    </message>
    <message>
        <source>Select a participant first.</source>
        <translation>Pilih peserta terlebih dahulu.</translation>
    </message>
    <message>
        <source>Folder for the report, the SR and the key images</source>
        <translation>Folder untuk laporan, SR, dan gambar kunci</translation>
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
        <translation>Ekspor CSV…</translation>
    </message>
    <message>
        <source>Trainee</source>
        <translation>Peserta didik</translation>
    </message>
    <message>
        <source>Hospital</source>
        <translation>Rumah sakit</translation>
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
        <translation>Percobaan kuis</translation>
    </message>
    <message>
        <source>Best quiz</source>
        <translation>Kuis terbaik</translation>
    </message>
    <message>
        <source>Course score</source>
        <translation>Skor kursus</translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation>Sertifikat</translation>
    </message>
    <message>
        <source>Last activity</source>
        <translation>Aktivitas terakhir</translation>
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
        <translation>terdaftar</translation>
    </message>
    <message>
        <source>&lt;b&gt;Hardest questions&lt;/b&gt;</source>
        <translation>&lt;b&gt;Pertanyaan tersulit&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Pertanyaan</translation>
    </message>
    <message>
        <source>Answers</source>
        <translation>Jawaban</translation>
    </message>
    <message>
        <source>Correct</source>
        <translation>Benar</translation>
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
        <translation>terdaftar, belum mulai</translation>
    </message>
    <message numerus="yes">
        <source>%n trainee(s)</source>
        <translation>
            <numerusform>%n peserta didik</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 completed</source>
        <translation>%1 selesai</translation>
    </message>
    <message numerus="yes">
        <source>%n statement(s) received</source>
        <translation>
            <numerusform>%n pernyataan diterima</numerusform>
        </translation>
    </message>
    <message>
        <source>Export cohort progress</source>
        <translation>Ekspor kemajuan kohort</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>Export failed: %1</source>
        <translation>Ekspor gagal: %1</translation>
    </message>
</context>
<context>
    <name>CoreMessages</name>
    <message>
        <source>camera %1: cannot open video device (no camera at index %1 or it is in use)</source>
        <extracomment>The sentences of the core&apos;s error codes (workstation.errors), in the interface language.</extracomment>
        <translation>kamera %1: tidak dapat membuka perangkat video (tidak ada kamera pada indeks %1 atau sedang dipakai)</translation>
    </message>
    <message>
        <source>camera %1: no frame (device disconnected?)</source>
        <translation>kamera %1: tidak ada bingkai (perangkat terputus?)</translation>
    </message>
    <message>
        <source>the hub refused this key (not enrolled or revoked)</source>
        <translation>hub menolak kunci ini (belum terdaftar atau sudah dicabut)</translation>
    </message>
    <message>
        <source>secure handshake with the hub failed (wrong hub key?)</source>
        <translation>jabat tangan aman dengan hub gagal (kunci hub salah?)</translation>
    </message>
    <message>
        <source>cannot create room %1: not connected to the hub</source>
        <translation>tidak dapat membuat ruang %1: tidak tersambung ke hub</translation>
    </message>
    <message>
        <source>not a DICOM file</source>
        <translation>bukan berkas DICOM</translation>
    </message>
    <message>
        <source>empty file</source>
        <translation>berkas kosong</translation>
    </message>
    <message>
        <source>no such file or folder</source>
        <translation>berkas atau folder tidak ada</translation>
    </message>
    <message>
        <source>unsafe path inside the zip</source>
        <translation>jalur tidak aman di dalam zip</translation>
    </message>
    <message>
        <source>cannot be shown: an image without pixel data</source>
        <translation>tidak dapat ditampilkan: gambar tanpa data piksel</translation>
    </message>
    <message>
        <source>cannot be shown: the decoder for %1 is not installed</source>
        <translation>tidak dapat ditampilkan: dekoder untuk %1 belum terpasang</translation>
    </message>
    <message>
        <source>cannot be shown: unknown transfer syntax %1</source>
        <translation>tidak dapat ditampilkan: sintaks transfer %1 tidak dikenal</translation>
    </message>
    <message>
        <source>truncated: pixel data needs %1 bytes, the file holds %2</source>
        <translation>terpotong: data piksel memerlukan %1 bita, berkas hanya berisi %2</translation>
    </message>
    <message>
        <source>incomplete DICOM header (truncated?): missing %1</source>
        <translation>header DICOM tidak lengkap (terpotong?): tidak ada %1</translation>
    </message>
    <message>
        <source>cannot read: %1</source>
        <translation>tidak dapat dibaca: %1</translation>
    </message>
    <message>
        <source>cannot copy into the catalog: %1</source>
        <translation>tidak dapat disalin ke katalog: %1</translation>
    </message>
    <message>
        <source>unknown value representation %1 in %2</source>
        <translation>representasi nilai (VR) %1 tidak dikenal di %2</translation>
    </message>
    <message>
        <source>truncated or corrupt: %1 claims %2 bytes, the file holds %3 after it</source>
        <translation>terpotong atau rusak: %1 menyatakan %2 bita, berkas hanya berisi %3 setelahnya</translation>
    </message>
    <message>
        <source>unreadable element %1: %2 bytes is not a whole number of %3 values (%4 bytes each)</source>
        <translation>elemen %1 tidak dapat dibaca: %2 bita bukan kelipatan bulat nilai %3 (masing-masing %4 bita)</translation>
    </message>
    <message>
        <source>unreadable element %1: %2</source>
        <translation>elemen %1 tidak dapat dibaca: %2</translation>
    </message>
    <message>
        <source>cannot be shown: invalid image header (%1)</source>
        <translation>tidak dapat ditampilkan: header gambar tidak valid (%1)</translation>
    </message>
    <message>
        <source>cannot be shown: the file does not say how its pixel data is encoded (no transfer syntax)</source>
        <translation>tidak dapat ditampilkan: berkas tidak menyebutkan cara data pikselnya dikodekan (tidak ada sintaks transfer)</translation>
    </message>
    <message>
        <source>cannot be shown: no decoder for pixel data in %1</source>
        <translation>tidak dapat ditampilkan: tidak ada dekoder untuk data piksel dalam %1</translation>
    </message>
    <message>
        <source>cannot be shown: the first frame does not decode (%1)</source>
        <translation>tidak dapat ditampilkan: bingkai pertama tidak dapat didekode (%1)</translation>
    </message>
    <message>
        <source>cannot be shown: the first frame decodes to shape %1, the header says %2 rows x %3 columns</source>
        <translation>tidak dapat ditampilkan: bingkai pertama didekode menjadi bentuk %1, header menyebutkan %2 baris x %3 kolom</translation>
    </message>
    <message>
        <source>corrupt: the pixel data cannot be located in the file</source>
        <translation>rusak: data piksel tidak dapat ditemukan di dalam berkas</translation>
    </message>
    <message>
        <source>corrupt: compressed (undefined length) pixel data in %1</source>
        <translation>rusak: data piksel terkompresi (panjang tidak ditentukan) dalam %1</translation>
    </message>
    <message>
        <source>truncated: the compressed pixel data ends before its delimiter</source>
        <translation>terpotong: data piksel terkompresi berakhir sebelum pembatasnya</translation>
    </message>
    <message>
        <source>corrupt: invalid item in the compressed pixel data</source>
        <translation>rusak: item tidak valid dalam data piksel terkompresi</translation>
    </message>
    <message>
        <source>truncated: a compressed frame runs past the end of the file</source>
        <translation>terpotong: sebuah bingkai terkompresi melewati akhir berkas</translation>
    </message>
    <message>
        <source>corrupt: %1 pixel data must be encapsulated (undefined length)</source>
        <translation>rusak: data piksel %1 harus dienkapsulasi (panjang tidak ditentukan)</translation>
    </message>
    <message>
        <source>truncated: pixel data holds %1 bytes, the image needs %2</source>
        <translation>terpotong: data piksel berisi %1 bita, gambar memerlukan %2</translation>
    </message>
    <message>
        <source>corrupt: pixel data holds %1 bytes, Rows x Columns x frames x samples x bits need %2</source>
        <translation>rusak: data piksel berisi %1 bita, baris x kolom x bingkai x sampel x bit memerlukan %2</translation>
    </message>
    <message>
        <source>truncated or corrupt: %1</source>
        <translation>terpotong atau rusak: %1</translation>
    </message>
    <message>
        <source>truncated: %1</source>
        <translation>terpotong: %1</translation>
    </message>
    <message>
        <source>corrupt header: %1</source>
        <translation>header rusak: %1</translation>
    </message>
    <message>
        <source>corrupt file meta header: %1 found inside the dataset</source>
        <translation>header meta berkas rusak: %1 ditemukan di dalam set data</translation>
    </message>
    <message>
        <source>corrupt pixel data: %1</source>
        <translation>data piksel rusak: %1</translation>
    </message>
    <message>
        <source>a DICOMDIR index, not an image (import its folder or the DICOMDIR itself)</source>
        <translation>indeks DICOMDIR, bukan gambar (impor foldernya atau DICOMDIR itu sendiri)</translation>
    </message>
    <message>
        <source>unreadable: %1</source>
        <translation>tidak dapat dibaca: %1</translation>
    </message>
    <message>
        <source>could not be imported: %1</source>
        <translation>tidak dapat diimpor: %1</translation>
    </message>
    <message>
        <source>cannot unzip: %1</source>
        <translation>tidak dapat diekstrak: %1</translation>
    </message>
    <message>
        <source>damaged zip: %1</source>
        <translation>zip rusak: %1</translation>
    </message>
    <message>
        <source>unreadable DICOMDIR: %1</source>
        <translation>DICOMDIR tidak dapat dibaca: %1</translation>
    </message>
    <message>
        <source>listed in the DICOMDIR but missing</source>
        <translation>tercantum di DICOMDIR tetapi tidak ada</translation>
    </message>
    <message>
        <source>%1: not a readable DICOM file: %2</source>
        <translation>%1: bukan berkas DICOM yang dapat dibaca: %2</translation>
    </message>
    <message>
        <source>%1: no single SOP Instance UID</source>
        <translation>%1: tidak ada satu SOP Instance UID tunggal</translation>
    </message>
    <message>
        <source>%1: cannot be de-identified: %2</source>
        <translation>%1: de-identifikasi tidak dapat dilakukan: %2</translation>
    </message>
    <message>
        <source>%1: its SOP Instance UID %2 is that of %3, already written from %4 with different content; one SOP Instance UID names one object, so it is not written: correct the UID at the source and send it again</source>
        <translation>%1: SOP Instance UID %2 miliknya adalah milik %3, yang sudah ditulis dari %4 dengan isi berbeda; satu SOP Instance UID menamai satu objek, jadi tidak ditulis: perbaiki UID di sumber lalu kirim lagi</translation>
    </message>
    <message>
        <source>%1: its SOP Instance UID %2 is that of %3, already written by an earlier run with different content; one SOP Instance UID names one object, so it is not written: correct the UID at the source and send it again</source>
        <translation>%1: SOP Instance UID %2 miliknya adalah milik %3, yang sudah ditulis oleh proses sebelumnya dengan isi berbeda; satu SOP Instance UID menamai satu objek, jadi tidak ditulis: perbaiki UID di sumber lalu kirim lagi</translation>
    </message>
    <message>
        <source>the file is truncated: %1</source>
        <translation>berkas terpotong: %1</translation>
    </message>
    <message>
        <source>an encapsulated document (PDF, CDA, ...): its content is sent as it is, not de-identified</source>
        <translation>dokumen terenkapsulasi (PDF, CDA, ...): isinya dikirim apa adanya, tanpa de-identifikasi</translation>
    </message>
    <message>
        <source>BurnedInAnnotation is YES: the image has text burned into its pixels</source>
        <translation>BurnedInAnnotation bernilai YES: gambar memiliki teks yang tertanam di pikselnya</translation>
    </message>
    <message>
        <source>BurnedInAnnotation is absent and this is %1, which often shows patient details in its pixels</source>
        <translation>BurnedInAnnotation tidak ada dan ini adalah %1, yang sering menampilkan data pasien di pikselnya</translation>
    </message>
    <message>
        <source>nothing could be de-identified (%1)</source>
        <translation>tidak ada berkas yang dapat di-de-identifikasi (%1)</translation>
    </message>
    <message>
        <source>sharing cancelled</source>
        <translation>berbagi dibatalkan</translation>
    </message>
    <message>
        <source>%1 is not invited to %2 room %3</source>
        <translation>%1 tidak diundang ke ruang %2 %3</translation>
    </message>
    <message>
        <source>role %1 may not join %2 room %3</source>
        <translation>peran %1 tidak boleh bergabung ke ruang %2 %3</translation>
    </message>
    <message>
        <source>role %1 may not create %2 room %3</source>
        <translation>peran %1 tidak boleh membuat ruang %2 %3</translation>
    </message>
    <message>
        <source>role %1 may not publish %2</source>
        <translation>peran %1 tidak boleh menerbitkan %2</translation>
    </message>
    <message>
        <source>no such room %1</source>
        <translation>tidak ada ruang %1</translation>
    </message>
    <message>
        <source>not a member of room %1</source>
        <translation>bukan anggota ruang %1</translation>
    </message>
    <message>
        <source>you were removed from %1 by %2</source>
        <translation>Anda telah dikeluarkan dari %1 oleh %2</translation>
    </message>
    <message>
        <source>only the creator of %1 or a moderator may publish %2</source>
        <translation>hanya pembuat %1 atau moderator yang boleh menerbitkan %2</translation>
    </message>
    <message>
        <source>only the creator of %1 or a moderator may list it in %2</source>
        <translation>hanya pembuat %1 atau moderator yang boleh mencantumkannya di %2</translation>
    </message>
    <message>
        <source>only the creator of %1 or a moderator may change who enters it</source>
        <translation>hanya pembuat %1 atau moderator yang boleh mengubah siapa yang boleh masuk</translation>
    </message>
    <message>
        <source>only the hub publishes %1</source>
        <translation>hanya hub yang menerbitkan %1</translation>
    </message>
    <message>
        <source>%1: only a consultant of %2 may publish %3</source>
        <translation>%1: hanya konsultan %2 yang boleh menerbitkan %3</translation>
    </message>
    <message>
        <source>%1: only the referring hospital may publish %2</source>
        <translation>%1: hanya rumah sakit perujuk yang boleh menerbitkan %2</translation>
    </message>
    <message>
        <source>%1 in %2: a room admits at most %3 users, hospitals and roles in all (invite a hospital or a role)</source>
        <translation>%1 di %2: satu ruang menerima paling banyak %3 pengguna, rumah sakit, dan peran seluruhnya (undang sebuah rumah sakit atau peran)</translation>
    </message>
    <message>
        <source>no such broadcast</source>
        <translation>tidak ada siaran tersebut</translation>
    </message>
    <message>
        <source>a %1 may not hand out watch links: ask the surgeon or a coordinator</source>
        <translation>%1 tidak boleh membagikan tautan tonton: minta dokter bedah atau koordinator</translation>
    </message>
    <message>
        <source>your clock differs from the hub&apos;s</source>
        <translation>jam Anda berbeda dengan jam hub</translation>
    </message>
    <message>
        <source>refused by the hub: %1</source>
        <translation>ditolak oleh hub: %1</translation>
    </message>
    <message>
        <source>… and %1 more</source>
        <translation>… dan %1 lainnya</translation>
    </message>
</context>
<context>
    <name>CoursesController</name>
    <message>
        <source>This workstation is not enrolled at a hub: courses can only be installed from files</source>
        <translation>Workstation ini tidak terdaftar di hub: kursus hanya dapat dipasang dari berkas</translation>
    </message>
    <message>
        <source>%1 is not a cohort code: it looks like cohort-3f2a9c… (ask your coordinator)</source>
        <translation>%1 bukan kode kohort: bentuknya seperti cohort-3f2a9c… (tanyakan koordinator Anda)</translation>
    </message>
    <message>
        <source>Already enrolled in %1</source>
        <translation>Sudah terdaftar di %1</translation>
    </message>
    <message>
        <source>Enrolment</source>
        <translation>Pendaftaran</translation>
    </message>
    <message>
        <source>Enrolled in %1</source>
        <translation>Terdaftar di %1</translation>
    </message>
    <message>
        <source>Enrolled in %1: the hub hears of it when the link is back</source>
        <translation>Terdaftar di %1: hub akan mengetahuinya saat koneksi pulih</translation>
    </message>
    <message>
        <source>Cohort %1: %2</source>
        <translation>Kohort %1: %2</translation>
    </message>
    <message>
        <source>The link is back: resuming the download</source>
        <translation>Koneksi pulih: unduhan dilanjutkan</translation>
    </message>
    <message>
        <source>Reading the installed courses</source>
        <translation>Membaca kursus yang terpasang</translation>
    </message>
    <message>
        <source>%1 is not published in your cohorts</source>
        <translation>%1 tidak diterbitkan di kohort Anda</translation>
    </message>
    <message>
        <source>A download is already running</source>
        <translation>Unduhan sedang berjalan</translation>
    </message>
    <message>
        <source>Downloading %1</source>
        <translation>Mengunduh %1</translation>
    </message>
    <message>
        <source>Download of %1 paused: what was received is kept, Download resumes it</source>
        <translation>Unduhan %1 dijeda: yang sudah diterima disimpan, Unduh akan melanjutkannya</translation>
    </message>
    <message>
        <source>Download interrupted (%1): what was received is kept; it resumes when the link is back</source>
        <translation>Unduhan terputus (%1): yang sudah diterima disimpan; unduhan dilanjutkan saat koneksi pulih</translation>
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
        <translation>%1 %2 terpasang: dapat dipakai secara luring</translation>
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
        <translation>Pasang kursus terlebih dahulu</translation>
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
        <translation>Menyelesaikan pelajaran</translation>
    </message>
    <message>
        <source>Starting the attempt</source>
        <translation>Memulai percobaan</translation>
    </message>
    <message>
        <source>Click the finding in the viewer first</source>
        <translation>Klik temuan di penampil terlebih dahulu</translation>
    </message>
    <message>
        <source>Choose an answer first</source>
        <translation>Pilih jawaban terlebih dahulu</translation>
    </message>
    <message>
        <source>%1: no such file</source>
        <translation>%1: berkas tidak ada</translation>
    </message>
    <message>
        <source>Answer not taken: %1</source>
        <translation>Jawaban tidak diterima: %1</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>Temuan</translation>
    </message>
    <message>
        <source>Your answer</source>
        <translation>Jawaban Anda</translation>
    </message>
    <message>
        <source>Image questions are answered in the reading-room viewer</source>
        <translation>Pertanyaan gambar dijawab di penampil ruang baca</translation>
    </message>
    <message>
        <source>Opening the case in the viewer…</source>
        <translation>Membuka kasus di penampil…</translation>
    </message>
    <message>
        <source>Click in the case&apos;s series: it is being opened in the viewer</source>
        <translation>Klik di seri kasus: seri sedang dibuka di penampil</translation>
    </message>
    <message>
        <source>Open the course in the reading room to see the case</source>
        <translation>Buka kursus di ruang baca untuk melihat kasus</translation>
    </message>
    <message>
        <source>The case is open in the viewer</source>
        <translation>Kasus terbuka di penampil</translation>
    </message>
    <message>
        <source>Importing the case: %1 of %2 images</source>
        <translation>Mengimpor kasus: gambar %1 dari %2</translation>
    </message>
    <message>
        <source>Could not open the case: %1</source>
        <translation>Tidak dapat membuka kasus: %1</translation>
    </message>
    <message>
        <source>Unknown window preset %1: the series&apos; own window is kept</source>
        <translation>Preset jendela %1 tidak dikenal: jendela bawaan seri tetap dipakai</translation>
    </message>
    <message>
        <source>Playing</source>
        <translation>Memutar</translation>
    </message>
    <message>
        <source>End of the video</source>
        <translation>Video berakhir</translation>
    </message>
    <message>
        <source>Cannot play the video: %1</source>
        <translation>Tidak dapat memutar video: %1</translation>
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
        <translation>Sertifikat disimpan: %1</translation>
    </message>
    <message>
        <source>Could not save the certificate: %1</source>
        <translation>Tidak dapat menyimpan sertifikat: %1</translation>
    </message>
    <message>
        <source>Save certificate</source>
        <translation>Simpan sertifikat</translation>
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
        <translation>Pilih kohort terlebih dahulu</translation>
    </message>
    <message>
        <source>Exported %1</source>
        <translation>Diekspor %1</translation>
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
        <translation>Kemajuan disimpan di workstation ini (tanpa koneksi hub)</translation>
    </message>
    <message>
        <source>All progress synced</source>
        <translation>Semua kemajuan sudah disinkronkan</translation>
    </message>
    <message numerus="yes">
        <source>%n statement(s) waiting to sync</source>
        <translation>
            <numerusform>%n pernyataan menunggu sinkronisasi</numerusform>
        </translation>
    </message>
    <message>
        <source>(%1 not in any cohort: enrol in the course&apos;s cohort)</source>
        <translation>(%1 tidak ada di kohort mana pun: daftarlah di kohort kursus ini)</translation>
    </message>
    <message>
        <source>(offline: sent when the link is back)</source>
        <translation>(luring: dikirim saat koneksi pulih)</translation>
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
        <translation>Perangkat untuk panggilan</translation>
    </message>
    <message>
        <source>The devices video calls use. The system&apos;s default is used when the chosen one is not connected.</source>
        <translation>Perangkat yang dipakai panggilan video. Bawaan sistem dipakai bila perangkat yang dipilih tidak tersambung.</translation>
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
        <translation>Pengeras suara</translation>
    </message>
    <message>
        <source>The first camera</source>
        <translation>Kamera pertama</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Bawaan sistem</translation>
    </message>
    <message>
        <source>%1 (not connected)</source>
        <translation>%1 (tidak tersambung)</translation>
    </message>
    <message>
        <source>The devices could not be saved: %1</source>
        <translation>Perangkat tidak dapat disimpan: %1</translation>
    </message>
    <message>
        <source>&amp;Devices…</source>
        <translation>&amp;Perangkat…</translation>
    </message>
</context>
<context>
    <name>DiscussDialog</name>
    <message>
        <source>Discuss in MDT</source>
        <translation>Diskusikan di MDT</translation>
    </message>
    <message>
        <source>New consult</source>
        <translation>Konsultasi baru</translation>
    </message>
    <message>
        <source>Consult</source>
        <translation>Konsultasi</translation>
    </message>
    <message>
        <source>Title of a new consult</source>
        <translation>Judul konsultasi baru</translation>
    </message>
</context>
<context>
    <name>EnrolmentBundle</name>
    <message>
        <source>%1: no such file</source>
        <extracomment>The reasons an enrolment file is refused, translated where they are shown (:func:`_say`).</extracomment>
        <translation>%1: berkas tidak ada</translation>
    </message>
    <message>
        <source>not a text file</source>
        <translation>bukan berkas teks</translation>
    </message>
    <message>
        <source>%1: not a readable enrolment bundle (%2)</source>
        <translation>%1: bukan berkas pendaftaran yang dapat dibaca (%2)</translation>
    </message>
    <message>
        <source>no JSON object</source>
        <translation>tidak ada objek JSON</translation>
    </message>
    <message>
        <source>%1: format %2 is not a Silkbridge enrolment bundle</source>
        <translation>%1: format %2 bukan berkas pendaftaran Silkbridge</translation>
    </message>
    <message>
        <source>%1: %2 is not a CURVE key (40 Z85 characters); the file is damaged</source>
        <translation>%1: %2 bukan kunci CURVE (40 karakter Z85); berkasnya rusak</translation>
    </message>
    <message>
        <source>%1: hub_address %2 is not an address like tcp://host:port</source>
        <translation>%1: hub_address %2 bukan alamat seperti tcp://host:port</translation>
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
        <translation>Pendaftaran Anda</translation>
    </message>
    <message>
        <source>Your hub administrator gave you an enrolment file (.json). It connects this workstation to the hub in your name: choose it here.</source>
        <translation>Administrator hub memberi Anda berkas pendaftaran (.json). Berkas ini menghubungkan workstation ini ke hub atas nama Anda: pilih berkas tersebut di sini.</translation>
    </message>
    <message>
        <source>Enrolment file</source>
        <translation>Berkas pendaftaran</translation>
    </message>
    <message>
        <source>Choose file…</source>
        <translation>Pilih berkas…</translation>
    </message>
    <message>
        <source>Choose your enrolment file</source>
        <translation>Pilih berkas pendaftaran Anda</translation>
    </message>
    <message>
        <source>Enrolment files (*.json);;All files (*)</source>
        <translation>Berkas pendaftaran (*.json);;Semua berkas (*)</translation>
    </message>
    <message>
        <source>This file cannot be used: %1</source>
        <translation>Berkas ini tidak dapat dipakai: %1</translation>
    </message>
    <message>
        <source>Enrolled as %1 (%2), %3, %4. Hub: %5</source>
        <translation>Terdaftar sebagai %1 (%2), %3, %4. Hub: %5</translation>
    </message>
</context>
<context>
    <name>FirstRunWizard</name>
    <message>
        <source>Silkbridge — first run</source>
        <translation>Silkbridge — penggunaan pertama</translation>
    </message>
    <message>
        <source>&lt; &amp;Back</source>
        <translation>&lt; &amp;Kembali</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>&amp;Berikutnya &gt;</translation>
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
        <translation>Koneksi ke hub</translation>
    </message>
    <message>
        <source>Check again</source>
        <translation>Periksa lagi</translation>
    </message>
    <message>
        <source>no answer from the hub within %1 s: check the address, this computer&apos;s network and the hospital&apos;s firewall</source>
        <translation>tidak ada jawaban dari hub dalam %1 detik: periksa alamat, jaringan komputer ini, dan firewall rumah sakit</translation>
    </message>
    <message>
        <source>Connecting to the hub at %1…</source>
        <translation>Menyambung ke hub di %1…</translation>
    </message>
    <message>
        <source>Connected to the hub at %1. Round trip: %2 ms.</source>
        <translation>Tersambung ke hub di %1. Waktu pulang-pergi: %2 ms.</translation>
    </message>
    <message>
        <source>Could not connect to the hub at %1: %2. You can finish now and connect later.</source>
        <translation>Tidak dapat tersambung ke hub di %1: %2. Anda dapat menyelesaikan sekarang dan menyambung nanti.</translation>
    </message>
</context>
<context>
    <name>ImageKinds</name>
    <message>
        <source>a projection radiograph</source>
        <translation>radiograf proyeksi</translation>
    </message>
    <message>
        <source>an X-ray angiography or fluoroscopy image</source>
        <translation>gambar angiografi atau fluoroskopi sinar-X</translation>
    </message>
    <message>
        <source>an ultrasound image</source>
        <translation>gambar ultrasonografi</translation>
    </message>
    <message>
        <source>a photograph (endoscopy, camera, microscopy)</source>
        <translation>foto (endoskopi, kamera, mikroskopi)</translation>
    </message>
    <message>
        <source>a secondary capture, scan or document</source>
        <translation>tangkapan sekunder, pindaian, atau dokumen</translation>
    </message>
</context>
<context>
    <name>LanguageMenu</name>
    <message>
        <source>&amp;Settings</source>
        <translation>&amp;Pengaturan</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Bahasa</translation>
    </message>
    <message>
        <source>Interface language: %1</source>
        <translation>Bahasa antarmuka: %1</translation>
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
        <translation>Bahasa antarmuka (dapat diubah nanti di Pengaturan → Bahasa).</translation>
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
        <translation>daring</translation>
    </message>
    <message>
        <source>degraded</source>
        <translation>menurun</translation>
    </message>
    <message>
        <source>offline</source>
        <translation>luring</translation>
    </message>
    <message>
        <source>refused</source>
        <translation>ditolak</translation>
    </message>
    <message>
        <source>revoked</source>
        <translation>dicabut</translation>
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
        <translation>Silkbridge — ruang baca</translation>
    </message>
    <message>
        <source>Studies</source>
        <translation>Pemeriksaan</translation>
    </message>
    <message>
        <source>PACS</source>
        <translation>PACS</translation>
    </message>
    <message>
        <source>Reading</source>
        <translation>Pembacaan</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>Impor…</translation>
    </message>
    <message>
        <source> Layout </source>
        <translation> Tata letak </translation>
    </message>
    <message>
        <source> Window </source>
        <translation> Jendela </translation>
    </message>
    <message>
        <source>DICOM default</source>
        <translation>Bawaan DICOM</translation>
    </message>
    <message>
        <source>Auto (histogram)</source>
        <translation>Otomatis (histogram)</translation>
    </message>
    <message>
        <source>CT brain</source>
        <translation>CT otak</translation>
    </message>
    <message>
        <source>CT lung</source>
        <translation>CT paru</translation>
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
        <translation> Lempeng </translation>
    </message>
    <message>
        <source>thin</source>
        <translation>tipis</translation>
    </message>
    <message>
        <source>Average</source>
        <translation>Rata-rata</translation>
    </message>
    <message>
        <source>Cine ▶</source>
        <translation>Sinema ▶</translation>
    </message>
    <message>
        <source> 3D </source>
        <translation> 3D </translation>
    </message>
    <message>
        <source>This series holds %1 separate stacks (orientations or sizes); showing the first, pick another beside &apos;Stack&apos;.</source>
        <translation>Seri ini berisi %1 tumpukan terpisah (orientasi atau ukuran berbeda); yang pertama ditampilkan, pilih yang lain di samping &apos;Tumpukan&apos;.</translation>
    </message>
    <message>
        <source>Volumes</source>
        <translation>Volume</translation>
    </message>
    <message>
        <source>ct-bone</source>
        <translation>CT tulang</translation>
    </message>
    <message>
        <source>ct-soft-tissue</source>
        <translation>CT jaringan lunak</translation>
    </message>
    <message>
        <source>ct-angio</source>
        <translation>CT angiografi</translation>
    </message>
    <message>
        <source>mr-default</source>
        <translation>MR bawaan</translation>
    </message>
    <message>
        <source>Crop</source>
        <translation>Pangkas</translation>
    </message>
    <message>
        <source>Reset view</source>
        <translation>Atur ulang tampilan</translation>
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
        <translation>Penunjuk laser</translation>
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
        <translation>Panah</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Teks</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Hapus</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Berkas</translation>
    </message>
    <message>
        <source>Import zip or files…</source>
        <translation>Impor zip atau berkas…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Keluar</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Tampilan</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <source>Hub: not connected</source>
        <translation>Hub: tidak tersambung</translation>
    </message>
    <message>
        <source>Import a folder of DICOM files</source>
        <translation>Impor folder berkas DICOM</translation>
    </message>
    <message>
        <source>Import DICOM files, a zip or a DICOMDIR</source>
        <translation>Impor berkas DICOM, zip, atau DICOMDIR</translation>
    </message>
    <message>
        <source>DICOM, zip or DICOMDIR (*.dcm *.zip DICOMDIR *);;All files (*)</source>
        <translation>DICOM, zip, atau DICOMDIR (*.dcm *.zip DICOMDIR *);;Semua berkas (*)</translation>
    </message>
    <message>
        <source>Importing</source>
        <translation>Mengimpor</translation>
    </message>
    <message>
        <source>Import failed</source>
        <translation>Impor gagal</translation>
    </message>
    <message>
        <source>Imported %1 new image(s); %2 already in the catalog.</source>
        <translation>%1 gambar baru diimpor; %2 sudah ada di katalog.</translation>
    </message>
    <message>
        <source>Import was cancelled; what was imported is kept.</source>
        <translation>Impor dibatalkan; yang sudah diimpor tetap disimpan.</translation>
    </message>
    <message>
        <source>%1 file(s) could not be imported:</source>
        <translation>%1 berkas tidak dapat diimpor:</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Impor</translation>
    </message>
    <message>
        <source>… and %1 more</source>
        <translation>… dan %1 lainnya</translation>
    </message>
    <message>
        <source>The presenter compares with a series not downloaded yet: Download cases</source>
        <translation>Penyaji sedang membandingkan dengan seri yang belum diunduh: Unduh kasus</translation>
    </message>
    <message>
        <source>Loading</source>
        <translation>Memuat</translation>
    </message>
    <message>
        <source>Could not open the series</source>
        <translation>Tidak dapat membuka seri</translation>
    </message>
    <message>
        <source>Cannot show this frame: %1</source>
        <translation>Tidak dapat menampilkan bingkai ini: %1</translation>
    </message>
    <message>
        <source>File: %1</source>
        <translation>Berkas: %1</translation>
    </message>
    <message>
        <source>no images</source>
        <translation>tidak ada gambar</translation>
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
        <translation>Hub: %1</translation>
    </message>
    <message>
        <source>Online: %1</source>
        <translation>Daring: %1</translation>
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
        <translation>Konsultasi MDT baru</translation>
    </message>
    <message>
        <source>One case per line: title | question | referring hospital</source>
        <translation>Satu kasus per baris: judul | pertanyaan | rumah sakit perujuk</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Judul</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Waktu</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>Agenda</translation>
    </message>
    <message>
        <source>My hospital (%1)</source>
        <translation>Rumah sakit saya (%1)</translation>
    </message>
    <message>
        <source>Other hospitals, comma-separated</source>
        <translation>Rumah sakit lain, dipisahkan koma</translation>
    </message>
    <message>
        <source>People by user id, comma-separated</source>
        <translation>Orang menurut ID pengguna, dipisahkan koma</translation>
    </message>
    <message>
        <source>Invite</source>
        <translation>Undang</translation>
    </message>
    <message>
        <source>Everyone who is</source>
        <translation>Semua yang berperan sebagai</translation>
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
        <translation>mis. NGUYEN*</translation>
    </message>
    <message>
        <source>any</source>
        <translation>apa saja</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Cari</translation>
    </message>
    <message>
        <source>Retrieve</source>
        <translation>Ambil</translation>
    </message>
    <message>
        <source>Retrieve the selected series, or the whole study</source>
        <translation>Ambil seri yang dipilih, atau seluruh pemeriksaan</translation>
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
        <translation>Nama pasien</translation>
    </message>
    <message>
        <source>Patient ID</source>
        <translation>ID pasien</translation>
    </message>
    <message>
        <source>Accession</source>
        <translation>Nomor aksesi</translation>
    </message>
    <message>
        <source>Study date</source>
        <translation>Tanggal pemeriksaan</translation>
    </message>
    <message>
        <source>Modality</source>
        <translation>Modalitas</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Deskripsi</translation>
    </message>
    <message>
        <source>Series</source>
        <translation>Seri</translation>
    </message>
    <message>
        <source>No PACS is configured: add one to the settings (pacs_nodes).</source>
        <translation>Belum ada PACS yang dikonfigurasi: tambahkan di pengaturan (pacs_nodes).</translation>
    </message>
    <message>
        <source>Wait for the current PACS operation to finish (or cancel it).</source>
        <translation>Tunggu sampai operasi PACS saat ini selesai (atau batalkan).</translation>
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
        <translation>Tanggal pemeriksaan dari</translation>
    </message>
    <message>
        <source>Study date to</source>
        <translation>Tanggal pemeriksaan sampai</translation>
    </message>
    <message>
        <source>Study date: the first date is after the second</source>
        <translation>Tanggal pemeriksaan: tanggal pertama setelah tanggal kedua</translation>
    </message>
    <message>
        <source>Searching %s…</source>
        <translation>Mencari %s…</translation>
    </message>
    <message numerus="yes">
        <source>%n studies found</source>
        <translation>
            <numerusform>%n pemeriksaan ditemukan</numerusform>
        </translation>
    </message>
    <message>
        <source>No study matches.</source>
        <translation>Tidak ada pemeriksaan yang cocok.</translation>
    </message>
    <message>
        <source>Listing the series…</source>
        <translation>Mendaftar seri…</translation>
    </message>
    <message numerus="yes">
        <source>%n series</source>
        <translation>
            <numerusform>%n seri</numerusform>
        </translation>
    </message>
    <message>
        <source>the study</source>
        <translation>pemeriksaan tersebut</translation>
    </message>
    <message>
        <source>Retrieving %s from %s</source>
        <translation>Mengambil %s dari %s</translation>
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
        <translation>Tekan Putar</translation>
    </message>
    <message>
        <source>▶ Play</source>
        <translation>▶ Putar</translation>
    </message>
    <message>
        <source>Show the case in the viewer</source>
        <translation>Tampilkan kasus di penampil</translation>
    </message>
    <message>
        <source>Start attempt</source>
        <translation>Mulai percobaan</translation>
    </message>
    <message>
        <source>Submit answer</source>
        <translation>Kirim jawaban</translation>
    </message>
    <message>
        <source>Next question</source>
        <translation>Pertanyaan berikutnya</translation>
    </message>
    <message>
        <source>◀ Previous</source>
        <translation>◀ Sebelumnya</translation>
    </message>
    <message>
        <source>Mark as completed</source>
        <translation>Tandai selesai</translation>
    </message>
    <message>
        <source>Next ▶</source>
        <translation>Berikutnya ▶</translation>
    </message>
    <message>
        <source>Save certificate (PDF)…</source>
        <translation>Simpan sertifikat (PDF)…</translation>
    </message>
    <message>
        <source>Interface language (%1)</source>
        <translation>Bahasa antarmuka (%1)</translation>
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
        <translation>Kasus pencitraan</translation>
    </message>
    <message>
        <source>Quiz</source>
        <translation>Kuis</translation>
    </message>
    <message>
        <source>Course completed · score %1 · verification code %2</source>
        <translation>Kursus selesai · skor %1 · kode verifikasi %2</translation>
    </message>
    <message>
        <source>Course failed: a quiz has no attempt left</source>
        <translation>Kursus gagal: satu kuis tidak punya sisa percobaan</translation>
    </message>
    <message>
        <source>%1 of %2 lessons completed · %3 of %4 quizzes passed</source>
        <translation>%1 dari %2 pelajaran selesai · %3 dari %4 kuis lulus</translation>
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
        <translation>percobaan tanpa batas</translation>
    </message>
    <message numerus="yes">
        <source>%n attempt(s) left</source>
        <translation>
            <numerusform>sisa %n percobaan</numerusform>
        </translation>
    </message>
    <message>
        <source>Pass mark %1</source>
        <translation>Nilai lulus %1</translation>
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
        <translation>Coba lagi</translation>
    </message>
    <message>
        <source>Question %1 of %2</source>
        <translation>Pertanyaan %1 dari %2</translation>
    </message>
    <message>
        <source>Your point: (%1, %2, %3) mm LPS · click again to move it</source>
        <translation>Titik Anda: (%1, %2, %3) mm LPS · klik lagi untuk memindahkannya</translation>
    </message>
    <message>
        <source>Scroll the series in the viewer and click the finding; then Submit.</source>
        <translation>Gulir seri di penampil dan klik temuan; lalu Kirim.</translation>
    </message>
    <message>
        <source>✓ Correct</source>
        <translation>✓ Benar</translation>
    </message>
    <message>
        <source>✗ Incorrect</source>
        <translation>✗ Salah</translation>
    </message>
    <message>
        <source>Correct answer: %1</source>
        <translation>Jawaban benar: %1</translation>
    </message>
    <message>
        <source>The finding is centred at (%1, %2, %3) mm, %4 mm from your point (shown in the viewer)</source>
        <translation>Temuan berpusat di (%1, %2, %3) mm, %4 mm dari titik Anda (ditampilkan di penampil)</translation>
    </message>
    <message>
        <source>Attempt %1: %2 of %3 correct (%4) — %5</source>
        <translation>Percobaan %1: %2 dari %3 benar (%4) — %5</translation>
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
        <translation>Dieskalasi: rujukan %1 sudah diambil tetapi tidak dilaporkan tepat waktu</translation>
    </message>
    <message>
        <source>Escalated: nobody claimed referral %1 in time</source>
        <translation>Dieskalasi: tidak ada yang mengambil rujukan %1 tepat waktu</translation>
    </message>
    <message>
        <source>Referral %1 is on the agenda of the consult %2</source>
        <translation>Rujukan %1 masuk agenda konsultasi %2</translation>
    </message>
    <message>
        <source>Could not discuss the referral in an MDT</source>
        <translation>Tidak dapat mendiskusikan rujukan di MDT</translation>
    </message>
    <message>
        <source>Could not download the referral</source>
        <translation>Tidak dapat mengunduh rujukan</translation>
    </message>
    <message>
        <source>Send referral</source>
        <translation>Kirim rujukan</translation>
    </message>
    <message>
        <source>Open the series to send first.</source>
        <translation>Buka dulu seri yang akan dikirim.</translation>
    </message>
    <message>
        <source>Referral %1 sent</source>
        <translation>Rujukan %1 terkirim</translation>
    </message>
    <message>
        <source>Referral %1 waits in the outbox until the hub is reachable</source>
        <translation>Rujukan %1 menunggu di kotak keluar sampai hub dapat dihubungi</translation>
    </message>
    <message>
        <source>These images may show burned-in patient text. Send them anyway?</source>
        <translation>Gambar ini mungkin menampilkan teks pasien yang tertanam. Tetap kirim?</translation>
    </message>
    <message>
        <source>Could not send the referral</source>
        <translation>Tidak dapat mengirim rujukan</translation>
    </message>
</context>
<context>
    <name>ReferralPanel</name>
    <message>
        <source>Send referral…</source>
        <translation>Kirim rujukan…</translation>
    </message>
    <message>
        <source>View images</source>
        <translation>Lihat gambar</translation>
    </message>
    <message>
        <source>Claim</source>
        <translation>Ambil alih</translation>
    </message>
    <message>
        <source>Report…</source>
        <translation>Laporan…</translation>
    </message>
    <message>
        <source>Acknowledge</source>
        <translation>Konfirmasi terima</translation>
    </message>
    <message>
        <source>Discuss in MDT…</source>
        <translation>Diskusikan di MDT…</translation>
    </message>
    <message>
        <source>Put this referral on the agenda of a consult, with its images, question and report</source>
        <translation>Masukkan rujukan ini ke agenda konsultasi, beserta gambar, pertanyaan, dan laporannya</translation>
    </message>
    <message>
        <source>A question or an answer on this referral</source>
        <translation>Pertanyaan atau jawaban tentang rujukan ini</translation>
    </message>
    <message>
        <source>OVERDUE %1</source>
        <translation>TERLAMBAT %1</translation>
    </message>
    <message>
        <source>escalated</source>
        <translation>dieskalasi</translation>
    </message>
    <message>
        <source>Escalated to the coordinators: past its target</source>
        <translation>Dieskalasi ke koordinator: melewati target waktu</translation>
    </message>
    <message>
        <source>Choose a referral in the list.</source>
        <translation>Pilih rujukan di daftar.</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Temuan</translation>
    </message>
    <message>
        <source>Impression</source>
        <translation>Kesan</translation>
    </message>
    <message>
        <source>Recommendation</source>
        <translation>Rekomendasi</translation>
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
        <translation>Pertanyaan: %1</translation>
    </message>
    <message>
        <source>Findings (in %1)</source>
        <translation>Temuan (dalam %1)</translation>
    </message>
    <message>
        <source>Impression</source>
        <translation>Kesan</translation>
    </message>
    <message>
        <source>Recommendation</source>
        <translation>Rekomendasi</translation>
    </message>
    <message>
        <source>Your own wording (%1): findings</source>
        <translation>Kata-kata Anda sendiri (%1): temuan</translation>
    </message>
    <message>
        <source>Your own wording: impression</source>
        <translation>Kata-kata Anda sendiri: kesan</translation>
    </message>
    <message>
        <source>Send my measurements on this series (SR, key images)</source>
        <translation>Kirim pengukuran saya pada seri ini (SR, gambar kunci)</translation>
    </message>
    <message>
        <source>Sign (the report can no longer change)</source>
        <translation>Tanda tangani (laporan tidak dapat diubah lagi)</translation>
    </message>
</context>
<context>
    <name>Roles</name>
    <message>
        <source>trainee</source>
        <extracomment>The interface languages, each named in its own language (as a language menu shows them). The suffix of the translation files of each language (Qt&apos;s locale names). Font families tried in order for every character (Qt falls back along the list): Latin with Vietnamese, then Simplified Chinese (mainland glyph forms, not the Japanese ones fontconfig may pick), Thai, Lao, Khmer and Burmese (course content). installer/setup.sh installs them.</extracomment>
        <translation>peserta didik</translation>
    </message>
    <message>
        <source>specialist</source>
        <translation>dokter spesialis</translation>
    </message>
    <message>
        <source>surgeon</source>
        <translation>dokter bedah</translation>
    </message>
    <message>
        <source>coordinator</source>
        <translation>koordinator</translation>
    </message>
    <message>
        <source>administrator</source>
        <translation>administrator sistem</translation>
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
        <translation>Seri %1 — %2 tumpukan: %3</translation>
    </message>
    <message>
        <source>Patient</source>
        <translation>Pasien</translation>
    </message>
    <message>
        <source>Patient ID</source>
        <translation>ID pasien</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Tanggal</translation>
    </message>
    <message>
        <source>Modality</source>
        <translation>Modalitas</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Deskripsi</translation>
    </message>
    <message>
        <source>Images</source>
        <translation>Gambar</translation>
    </message>
    <message>
        <source>Search patient, ID, description, modality, date</source>
        <extracomment>Item data role of the stack (0-based) a row of the series list opens; None for a whole series.</extracomment>
        <translation>Cari pasien, ID, deskripsi, modalitas, tanggal</translation>
    </message>
    <message>
        <source>Series (double-click to open)</source>
        <translation>Seri (klik dua kali untuk membuka)</translation>
    </message>
    <message numerus="yes">
        <source>%n studies</source>
        <translation>
            <numerusform>%n pemeriksaan</numerusform>
        </translation>
    </message>
    <message>
        <source>Compare with…</source>
        <translation>Bandingkan dengan…</translation>
    </message>
    <message>
        <source>No other study of this patient (Patient ID) in the catalog</source>
        <translation>Tidak ada pemeriksaan lain untuk pasien ini (ID pasien) di katalog</translation>
    </message>
    <message numerus="yes">
        <source>%n image(s)</source>
        <translation>
            <numerusform>%n gambar</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>VideoCallLauncher</name>
    <message>
        <source>the hub gave no video call</source>
        <translation>hub tidak menyediakan panggilan video</translation>
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
        <translation>Hanya audio: koneksi terlalu lambat untuk video Anda. Video berlanjut sendiri saat bandwidth pulih.</translation>
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
        <translation>Pembicara aktif</translation>
    </message>
    <message>
        <source>Leave call</source>
        <translation>Keluar dari panggilan</translation>
    </message>
    <message numerus="yes">
        <source>%n participant(s)</source>
        <translation>
            <numerusform>%n peserta</numerusform>
        </translation>
    </message>
    <message>
        <source>Call ended: %1</source>
        <translation>Panggilan berakhir: %1</translation>
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
        <translation>dapat diterima</translation>
    </message>
    <message>
        <source>too slow</source>
        <translation>terlalu lambat</translation>
    </message>
    <message>
        <source>No video</source>
        <translation>Tidak ada video</translation>
    </message>
    <message>
        <source>Glass-to-glass %1 ms (%2)</source>
        <translation>Latensi ujung ke ujung %1 ms (%2)</translation>
    </message>
    <message>
        <source>Glass-to-glass ≈%1 ms (%2)</source>
        <translation>Latensi ujung ke ujung ≈%1 ms (%2)</translation>
    </message>
</context>
<context>
    <name>ViewGrabber</name>
    <message>
        <source>Open a study to show its 3-D view</source>
        <translation>Buka pemeriksaan untuk menampilkan tampilan 3-D</translation>
    </message>
    <message>
        <source>The 3-D view is hidden: choose a layout that shows it</source>
        <translation>Tampilan 3-D tersembunyi: pilih tata letak yang menampilkannya</translation>
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
        <translation>%1 lempeng %2 mm</translation>
    </message>
    <message>
        <source>W %1  L %2</source>
        <translation>W %1  L %2</translation>
    </message>
    <message>
        <source>Zoom %1</source>
        <translation>Zoom %1</translation>
    </message>
    <message>
        <source>Image %1/%2</source>
        <translation>Gambar %1/%2</translation>
    </message>
    <message>
        <source>Frame %1/%2</source>
        <translation>Bingkai %1/%2</translation>
    </message>
    <message>
        <source>Frame %1/%2  (image %3/%4)</source>
        <translation>Bingkai %1/%2  (gambar %3/%4)</translation>
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
        <translation>(terbalik)</translation>
    </message>
    <message>
        <source>%1 x %2 mm/pixel</source>
        <translation>%1 x %2 mm/piksel</translation>
    </message>
    <message>
        <source>%1 x %2 mm/pixel at detector</source>
        <translation>%1 x %2 mm/piksel pada detektor</translation>
    </message>
    <message>
        <source>(not corrected for magnification)</source>
        <translation>(tidak dikoreksi untuk pembesaran)</translation>
    </message>
    <message>
        <source>÷ %1 estimated magnification</source>
        <translation>÷ %1 perkiraan perbesaran</translation>
    </message>
    <message>
        <source>mm in %1 ultrasound region(s) in cm</source>
        <translation>mm dalam %1 wilayah ultrasonografi dalam cm</translation>
    </message>
    <message>
        <source>uncalibrated: measurements in pixels</source>
        <translation>tidak terkalibrasi: pengukuran dalam piksel</translation>
    </message>
</context>
<context>
    <name>VolumeBar</name>
    <message>
        <source>This series holds images in several orientations or sizes: each is a separate stack</source>
        <translation>Seri ini berisi gambar dengan beberapa orientasi atau ukuran: masing-masing adalah tumpukan terpisah</translation>
    </message>
    <message>
        <source> Volume </source>
        <translation> Volume </translation>
    </message>
    <message>
        <source>Volume of the series shown in every view (time point, diffusion direction, echo…)</source>
        <translation>Volume seri yang ditampilkan di setiap tampilan (titik waktu, arah difusi, gema…)</translation>
    </message>
    <message>
        <source>Volumes ▶</source>
        <translation>Volume ▶</translation>
    </message>
    <message>
        <source>Play through the volumes</source>
        <translation>Putar volume satu per satu</translation>
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
        <translation>Tumpukan %1/%2: %3, %4 irisan</translation>
    </message>
    <message>
        <source>(loading)</source>
        <translation>(memuat)</translation>
    </message>
</context>
<context>
    <name>WatchLinkDialog</name>
    <message>
        <source>Watch link</source>
        <translation>Tautan tonton</translation>
    </message>
    <message>
        <source>Send this link to one person: it opens the broadcast in a web browser once, and stops working when the broadcast ends.</source>
        <translation>Kirim tautan ini ke satu orang: tautan membuka siaran di peramban web sekali, dan berhenti berfungsi saat siaran berakhir.</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Salin</translation>
    </message>
    <message>
        <source>Take links back</source>
        <translation>Tarik kembali tautan</translation>
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
