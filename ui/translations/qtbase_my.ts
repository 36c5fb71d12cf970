<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="my" sourcelanguage="en">
<context>
    <name>QDialogButtonBox</name>
    <message>
        <source>OK</source>
        <translation>အိုကေ</translation>
    </message>
</context>
<context>
    <name>QDockWidget</name>
    <message>
        <source>Close</source>
        <translation>ပိတ်ရန်</translation>
    </message>
    <message>
        <source>Closes the dock widget</source>
        <translation>ဤအကွက်ကို ပိတ်ရန်</translation>
    </message>
    <message>
        <source>Float</source>
        <translation>ခွဲထုတ်ရန်</translation>
    </message>
    <message>
        <source>Undocks and re-attaches the dock widget</source>
        <translation>အကွက်ကို ခွဲထုတ်ရန် သို့မဟုတ် ပြန်တွဲရန်</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <source>%1
Directory not found.
Please verify the correct directory name was given.</source>
        <translation>%1
ဖိုဒါ ရှာမတွေ့ပါ။
ဖိုဒါအမည် မှန်ကန်ကြောင်း စစ်ဆေးပါ။</translation>
    </message>
    <message>
        <source>%1
File not found.
Please verify the correct file name was given.</source>
        <translation>%1
ဖိုင် ရှာမတွေ့ပါ။
ဖိုင်အမည် မှန်ကန်ကြောင်း စစ်ဆေးပါ။</translation>
    </message>
    <message>
        <source>%1 File</source>
        <translation>%1 ဖိုင်</translation>
    </message>
    <message>
        <source>%1 already exists.
Do you want to replace it?</source>
        <translation>%1 ရှိပြီးသား ဖြစ်သည်။
အစားထိုးလိုပါသလား။</translation>
    </message>
    <message>
        <source>&amp;Choose</source>
        <translation>ရွေးရန်(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>ဖျက်ရန်(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;New Folder</source>
        <translation>ဖိုဒါအသစ်(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>ဖွင့်ရန်(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Rename</source>
        <translation>အမည်ပြောင်းရန်(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>သိမ်းရန်(&amp;S)</translation>
    </message>
    <message>
        <source>'%1' is write protected.
Do you want to delete it anyway?</source>
        <translation>'%1' ကို ရေးခွင့်ပိတ်ထားသည်။
မည်သို့ပင်ဖြစ်စေ ဖျက်လိုပါသလား။</translation>
    </message>
    <message>
        <source>Alias</source>
        <translation>အမည်ကွဲ</translation>
    </message>
    <message>
        <source>All Files (*)</source>
        <translation>ဖိုင်အားလုံး (*)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>ဖိုင်အားလုံး (*)</translation>
    </message>
    <message>
        <source>Are you sure you want to delete '%1'?</source>
        <translation>'%1' ကို ဖျက်ရန် သေချာပါသလား။</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>နောက်သို့</translation>
    </message>
    <message>
        <source>Change to detail view mode</source>
        <translation>အသေးစိတ်မြင်ကွင်းသို့ ပြောင်းရန်</translation>
    </message>
    <message>
        <source>Change to list view mode</source>
        <translation>စာရင်းမြင်ကွင်းသို့ ပြောင်းရန်</translation>
    </message>
    <message>
        <source>Could not delete directory.</source>
        <translation>ဖိုဒါကို ဖျက်၍ မရပါ။</translation>
    </message>
    <message>
        <source>Create New Folder</source>
        <translation>ဖိုဒါအသစ် ဖန်တီးရန်</translation>
    </message>
    <message>
        <source>Create a New Folder</source>
        <translation>ဖိုဒါအသစ်တစ်ခု ဖန်တီးရန်</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>ဖျက်ရန်</translation>
    </message>
    <message>
        <source>Detail View</source>
        <translation>အသေးစိတ်မြင်ကွင်း</translation>
    </message>
    <message>
        <source>Directories</source>
        <translation>ဖိုဒါများ</translation>
    </message>
    <message>
        <source>Directory:</source>
        <translation>ဖိုဒါ:</translation>
    </message>
    <message>
        <source>Drive</source>
        <translation>ဒရိုက်</translation>
    </message>
    <message>
        <source>File</source>
        <translation>ဖိုင်</translation>
    </message>
    <message>
        <source>File &amp;name:</source>
        <translation>ဖိုင်အမည်(&amp;N):</translation>
    </message>
    <message>
        <source>File Folder</source>
        <translation>ဖိုင်ဖိုဒါ</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>ဖိုင်များ</translation>
    </message>
    <message>
        <source>Files of type:</source>
        <translation>ဖိုင်အမျိုးအစား:</translation>
    </message>
    <message>
        <source>Find Directory</source>
        <translation>ဖိုဒါ ရှာရန်</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>ဖိုဒါ</translation>
    </message>
    <message>
        <source>Forward</source>
        <translation>ရှေ့သို့</translation>
    </message>
    <message>
        <source>Go back</source>
        <translation>နောက်သို့ ပြန်သွားရန်</translation>
    </message>
    <message>
        <source>Go forward</source>
        <translation>ရှေ့သို့ သွားရန်</translation>
    </message>
    <message>
        <source>Go to the parent directory</source>
        <translation>မိခင်ဖိုဒါသို့ သွားရန်</translation>
    </message>
    <message>
        <source>List View</source>
        <translation>စာရင်းမြင်ကွင်း</translation>
    </message>
    <message>
        <source>List of places and bookmarks</source>
        <translation>နေရာများနှင့် မှတ်သားချက်များ စာရင်း</translation>
    </message>
    <message>
        <source>Look in:</source>
        <translation>ရှာမည့်နေရာ:</translation>
    </message>
    <message>
        <source>My Computer</source>
        <translation>ကျွန်ုပ်၏ ကွန်ပျူတာ</translation>
    </message>
    <message>
        <source>New Folder</source>
        <translation>ဖိုဒါအသစ်</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>ဖွင့်ရန်</translation>
    </message>
    <message>
        <source>Parent Directory</source>
        <translation>မိခင်ဖိုဒါ</translation>
    </message>
    <message>
        <source>Recent Places</source>
        <translation>မကြာသေးမီ နေရာများ</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>ဖယ်ရှားရန်</translation>
    </message>
    <message>
        <source>Save As</source>
        <translation>အဖြစ် သိမ်းရန်</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>ဖြတ်လမ်း</translation>
    </message>
    <message>
        <source>Show </source>
        <translation>ပြရန် </translation>
    </message>
    <message>
        <source>Show &amp;hidden files</source>
        <translation>ဝှက်ထားသော ဖိုင်များ ပြရန်(&amp;H)</translation>
    </message>
    <message>
        <source>Sidebar</source>
        <translation>ဘေးဘား</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>မသိ</translation>
    </message>
</context>
<context>
    <name>QFileSystemModel</name>
    <message>
        <source>Computer</source>
        <translation>ကွန်ပျူတာ</translation>
    </message>
    <message>
        <source>Date Modified</source>
        <translation>ပြင်ဆင်သည့်ရက်</translation>
    </message>
    <message>
        <source>Invalid filename</source>
        <translation>ဖိုင်အမည် မမှန်ပါ</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>အမျိုးအစား</translation>
    </message>
    <message>
        <source>My Computer</source>
        <translation>ကျွန်ုပ်၏ ကွန်ပျူတာ</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>အမည်</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>အရွယ်အစား</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>အမျိုးအစား</translation>
    </message>
</context>
<context>
    <name>QInputDialog</name>
    <message>
        <source>Enter a value:</source>
        <translation>တန်ဖိုး ထည့်ပါ:</translation>
    </message>
</context>
<context>
    <name>QLineEdit</name>
    <message>
        <source>&amp;Copy</source>
        <translation>ကူးရန်(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>ကူးထည့်ရန်(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>ပြန်လုပ်ရန်(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>မလုပ်တော့ရန်(&amp;U)</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>ဖြတ်ရန်(&amp;T)</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>ဖျက်ရန်</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>အားလုံး ရွေးရန်</translation>
    </message>
</context>
<context>
    <name>QMessageBox</name>
    <message>
        <source>Hide Details...</source>
        <translation>အသေးစိတ် ဝှက်ရန်...</translation>
    </message>
    <message>
        <source>Show Details...</source>
        <translation>အသေးစိတ် ပြရန်...</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>&amp;No</source>
        <translation>မဟုတ်(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>ဟုတ်(&amp;Y)</translation>
    </message>
    <message>
        <source>Abort</source>
        <translation>ဖျက်သိမ်းရန်</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>အသုံးပြုရန်</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>မလုပ်တော့ပါ</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>ပိတ်ရန်</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>စွန့်ပစ်ရန်</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>အကူအညီ</translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation>လျစ်လျူရှုရန်</translation>
    </message>
    <message>
        <source>N&amp;o to All</source>
        <translation>အားလုံး မဟုတ်(&amp;O)</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>အိုကေ</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>ဖွင့်ရန်</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>ပြန်စရန်</translation>
    </message>
    <message>
        <source>Restore Defaults</source>
        <translation>မူလအတိုင်း ပြန်ထားရန်</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>ထပ်ကြိုးစားရန်</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>သိမ်းရန်</translation>
    </message>
    <message>
        <source>Save All</source>
        <translation>အားလုံး သိမ်းရန်</translation>
    </message>
    <message>
        <source>Yes to &amp;All</source>
        <translation>အားလုံး ဟုတ်(&amp;A)</translation>
    </message>
</context>
<context>
    <name>QWidgetTextControl</name>
    <message>
        <source>&amp;Copy</source>
        <translation>ကူးရန်(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>ကူးထည့်ရန်(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>ပြန်လုပ်ရန်(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>မလုပ်တော့ရန်(&amp;U)</translation>
    </message>
    <message>
        <source>Copy &amp;Link Location</source>
        <translation>လင့်ခ်လိပ်စာ ကူးရန်(&amp;L)</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>ဖြတ်ရန်(&amp;T)</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>ဖျက်ရန်</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>အားလုံး ရွေးရန်</translation>
    </message>
</context>
</TS>