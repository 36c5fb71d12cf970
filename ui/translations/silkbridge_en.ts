<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>BroadcastStudio</name>
    <message numerus="yes">
        <source>%n viewer(s)</source>
        <translation>
            <numerusform>%n viewer</numerusform>
            <numerusform>%n viewers</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CoordinatorPage</name>
    <message numerus="yes">
        <source>%n trainee(s)</source>
        <translation>
            <numerusform>%n trainee</numerusform>
            <numerusform>%n trainees</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n statement(s) received</source>
        <translation>
            <numerusform>%n statement received</numerusform>
            <numerusform>%n statements received</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CoursesPanel</name>
    <message numerus="yes">
        <source>%n statement(s) waiting to sync</source>
        <translation>
            <numerusform>%n statement waiting to sync</numerusform>
            <numerusform>%n statements waiting to sync</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PacsPanel</name>
    <message numerus="yes">
        <source>%n studies found</source>
        <translation>
            <numerusform>%n study found</numerusform>
            <numerusform>%n studies found</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n series</source>
        <translation>
            <numerusform>%n series</numerusform>
            <numerusform>%n series</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PlayerPage</name>
    <message numerus="yes">
        <source>%n attempt(s) left</source>
        <translation>
            <numerusform>%n attempt left</numerusform>
            <numerusform>%n attempts left</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StudyBrowser</name>
    <message numerus="yes">
        <source>%n studies</source>
        <translation>
            <numerusform>%n study</numerusform>
            <numerusform>%n studies</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n image(s)</source>
        <translation>
            <numerusform>%n image</numerusform>
            <numerusform>%n images</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>VideoCallWidget</name>
    <message numerus="yes">
        <source>%n participant(s)</source>
        <translation>
            <numerusform>%n participant</numerusform>
            <numerusform>%n participants</numerusform>
        </translation>
    </message>
</context>
</TS>
