<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="lo" sourcelanguage="en">
<context>
    <name>QDialogButtonBox</name>
    <message>
        <source>OK</source>
        <translation>ຕົກລົງ</translation>
    </message>
</context>
<context>
    <name>QDockWidget</name>
    <message>
        <source>Close</source>
        <translation>ປິດ</translation>
    </message>
    <message>
        <source>Closes the dock widget</source>
        <translation>ປິດແຖບນີ້</translation>
    </message>
    <message>
        <source>Float</source>
        <translation>ແຍກອອກ</translation>
    </message>
    <message>
        <source>Undocks and re-attaches the dock widget</source>
        <translation>ແຍກແຖບອອກ ຫຼື ນຳກັບມາຕິດ</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <source>%1
Directory not found.
Please verify the correct directory name was given.</source>
        <translation>%1
ບໍ່ພົບໂຟນເດີ.
ກະລຸນາກວດເບິ່ງວ່າລະບຸຊື່ໂຟນເດີຖືກຕ້ອງ.</translation>
    </message>
    <message>
        <source>%1
File not found.
Please verify the correct file name was given.</source>
        <translation>%1
ບໍ່ພົບໄຟລ໌.
ກະລຸນາກວດເບິ່ງວ່າລະບຸຊື່ໄຟລ໌ຖືກຕ້ອງ.</translation>
    </message>
    <message>
        <source>%1 File</source>
        <translation>ໄຟລ໌ %1</translation>
    </message>
    <message>
        <source>%1 already exists.
Do you want to replace it?</source>
        <translation>%1 ມີຢູ່ແລ້ວ.
ຕ້ອງການແທນທີ່ບໍ?</translation>
    </message>
    <message>
        <source>&amp;Choose</source>
        <translation>ເ&amp;ລືອກ</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;ລຶບ</translation>
    </message>
    <message>
        <source>&amp;New Folder</source>
        <translation>ໂຟນເດີ&amp;ໃໝ່</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;ເປີດ</translation>
    </message>
    <message>
        <source>&amp;Rename</source>
        <translation>ປ່ຽນ&amp;ຊື່</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;ບັນທຶກ</translation>
    </message>
    <message>
        <source>'%1' is write protected.
Do you want to delete it anyway?</source>
        <translation>'%1' ຖືກປ້ອງກັນການຂຽນ.
ຍັງຕ້ອງການລຶບບໍ?</translation>
    </message>
    <message>
        <source>Alias</source>
        <translation>ຊື່ແທນ</translation>
    </message>
    <message>
        <source>All Files (*)</source>
        <translation>ໄຟລ໌ທັງໝົດ (*)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>ໄຟລ໌ທັງໝົດ (*)</translation>
    </message>
    <message>
        <source>Are you sure you want to delete '%1'?</source>
        <translation>ແນ່ໃຈບໍ່ວ່າຕ້ອງການລຶບ '%1'?</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>ກັບຄືນ</translation>
    </message>
    <message>
        <source>Change to detail view mode</source>
        <translation>ປ່ຽນເປັນມຸມມອງລາຍລະອຽດ</translation>
    </message>
    <message>
        <source>Change to list view mode</source>
        <translation>ປ່ຽນເປັນມຸມມອງລາຍການ</translation>
    </message>
    <message>
        <source>Could not delete directory.</source>
        <translation>ລຶບໂຟນເດີບໍ່ໄດ້.</translation>
    </message>
    <message>
        <source>Create New Folder</source>
        <translation>ສ້າງໂຟນເດີໃໝ່</translation>
    </message>
    <message>
        <source>Create a New Folder</source>
        <translation>ສ້າງໂຟນເດີໃໝ່</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>ລຶບ</translation>
    </message>
    <message>
        <source>Detail View</source>
        <translation>ມຸມມອງລາຍລະອຽດ</translation>
    </message>
    <message>
        <source>Directories</source>
        <translation>ໂຟນເດີ</translation>
    </message>
    <message>
        <source>Directory:</source>
        <translation>ໂຟນເດີ:</translation>
    </message>
    <message>
        <source>Drive</source>
        <translation>ໄດຣຟ໌</translation>
    </message>
    <message>
        <source>File</source>
        <translation>ໄຟລ໌</translation>
    </message>
    <message>
        <source>File &amp;name:</source>
        <translation>&amp;ຊື່ໄຟລ໌:</translation>
    </message>
    <message>
        <source>File Folder</source>
        <translation>ໂຟນເດີໄຟລ໌</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>ໄຟລ໌</translation>
    </message>
    <message>
        <source>Files of type:</source>
        <translation>ປະເພດໄຟລ໌:</translation>
    </message>
    <message>
        <source>Find Directory</source>
        <translation>ຊອກຫາໂຟນເດີ</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>ໂຟນເດີ</translation>
    </message>
    <message>
        <source>Forward</source>
        <translation>ໄປໜ້າ</translation>
    </message>
    <message>
        <source>Go back</source>
        <translation>ກັບຄືນ</translation>
    </message>
    <message>
        <source>Go forward</source>
        <translation>ໄປໜ້າ</translation>
    </message>
    <message>
        <source>Go to the parent directory</source>
        <translation>ໄປຫາໂຟນເດີແມ່</translation>
    </message>
    <message>
        <source>List View</source>
        <translation>ມຸມມອງລາຍການ</translation>
    </message>
    <message>
        <source>List of places and bookmarks</source>
        <translation>ລາຍການບ່ອນ ແລະ ບຸກມາກ</translation>
    </message>
    <message>
        <source>Look in:</source>
        <translation>ຊອກຫາໃນ:</translation>
    </message>
    <message>
        <source>My Computer</source>
        <translation>ຄອມພິວເຕີຂອງຂ້ອຍ</translation>
    </message>
    <message>
        <source>New Folder</source>
        <translation>ໂຟນເດີໃໝ່</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>ເປີດ</translation>
    </message>
    <message>
        <source>Parent Directory</source>
        <translation>ໂຟນເດີແມ່</translation>
    </message>
    <message>
        <source>Recent Places</source>
        <translation>ບ່ອນທີ່ໃຊ້ຫຼ້າສຸດ</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>ເອົາອອກ</translation>
    </message>
    <message>
        <source>Save As</source>
        <translation>ບັນທຶກເປັນ</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>ທາງລັດ</translation>
    </message>
    <message>
        <source>Show </source>
        <translation>ສະແດງ </translation>
    </message>
    <message>
        <source>Show &amp;hidden files</source>
        <translation>ສະແດງໄຟລ໌ທີ່&amp;ເຊື່ອງ</translation>
    </message>
    <message>
        <source>Sidebar</source>
        <translation>ແຖບຂ້າງ</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>ບໍ່ຮູ້</translation>
    </message>
</context>
<context>
    <name>QFileSystemModel</name>
    <message>
        <source>Computer</source>
        <translation>ຄອມພິວເຕີ</translation>
    </message>
    <message>
        <source>Date Modified</source>
        <translation>ວັນທີແກ້ໄຂ</translation>
    </message>
    <message>
        <source>Invalid filename</source>
        <translation>ຊື່ໄຟລ໌ບໍ່ຖືກຕ້ອງ</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>ຊະນິດ</translation>
    </message>
    <message>
        <source>My Computer</source>
        <translation>ຄອມພິວເຕີຂອງຂ້ອຍ</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>ຊື່</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>ຂະໜາດ</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>ປະເພດ</translation>
    </message>
</context>
<context>
    <name>QInputDialog</name>
    <message>
        <source>Enter a value:</source>
        <translation>ປ້ອນຄ່າ:</translation>
    </message>
</context>
<context>
    <name>QLineEdit</name>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;ສຳເນົາ</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>&amp;ວາງ</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;ເຮັດຊ້ຳ</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;ຍົກເລີກການກະທຳ</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>&amp;ຕັດ</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>ລຶບ</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>ເລືອກທັງໝົດ</translation>
    </message>
</context>
<context>
    <name>QMessageBox</name>
    <message>
        <source>Hide Details...</source>
        <translation>ເຊື່ອງລາຍລະອຽດ...</translation>
    </message>
    <message>
        <source>Show Details...</source>
        <translation>ສະແດງລາຍລະອຽດ...</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>&amp;No</source>
        <translation>&amp;ບໍ່</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>&amp;ແມ່ນ</translation>
    </message>
    <message>
        <source>Abort</source>
        <translation>ຍົກເລີກການເຮັດວຽກ</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>ນຳໃຊ້</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>ຍົກເລີກ</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>ປິດ</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>ປະຖິ້ມ</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>ຊ່ວຍເຫຼືອ</translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation>ບໍ່ສົນໃຈ</translation>
    </message>
    <message>
        <source>N&amp;o to All</source>
        <translation>ບໍ່&amp;ທັງໝົດ</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>ຕົກລົງ</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>ເປີດ</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>ຣີເຊັດ</translation>
    </message>
    <message>
        <source>Restore Defaults</source>
        <translation>ກັບຄືນຄ່າເລີ່ມຕົ້ນ</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>ລອງໃໝ່</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>ບັນທຶກ</translation>
    </message>
    <message>
        <source>Save All</source>
        <translation>ບັນທຶກທັງໝົດ</translation>
    </message>
    <message>
        <source>Yes to &amp;All</source>
        <translation>ແມ່ນ&amp;ທັງໝົດ</translation>
    </message>
</context>
<context>
    <name>QWidgetTextControl</name>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;ສຳເນົາ</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>&amp;ວາງ</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;ເຮັດຊ້ຳ</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;ຍົກເລີກການກະທຳ</translation>
    </message>
    <message>
        <source>Copy &amp;Link Location</source>
        <translation>ສຳເນົາທີ່ຢູ່&amp;ລິ້ງ</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>&amp;ຕັດ</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>ລຶບ</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>ເລືອກທັງໝົດ</translation>
    </message>
</context>
</TS>