<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>AuditViewer</name>
    <message numerus="yes">
        <source>%n row(s)</source>
        <translation>
            <numerusform>%n row</numerusform>
            <numerusform>%n rows</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %n row(s) to {path}.</source>
        <translation>
            <numerusform>Exported %n row to {path}.</numerusform>
            <numerusform>Exported %n rows to {path}.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BackupDialog</name>
    <message numerus="yes">
        <source>A verified copy of every record goes to
{folder}
The newest %n copies are kept.</source>
        <translation>
            <numerusform>A verified copy of every record goes to
{folder}
The newest copy is kept (%n).</numerusform>
            <numerusform>A verified copy of every record goes to
{folder}
The newest %n copies are kept.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CosignDialog</name>
    <message numerus="yes">
        <source>%n verbal approval(s) awaiting your co-signature</source>
        <translation>
            <numerusform>%n verbal approval awaiting your co-signature</numerusform>
            <numerusform>%n verbal approvals awaiting your co-signature</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExamWorkspace</name>
    <message numerus="yes">
        <source>DOB {birth_date} (%n y)   ·   MRN {mrn}   ·   {language}</source>
        <translation>
            <numerusform>DOB {birth_date} (%n y)   ·   MRN {mrn}   ·   {language}</numerusform>
            <numerusform>DOB {birth_date} (%n y)   ·   MRN {mrn}   ·   {language}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FindingsSummary</name>
    <message numerus="yes">
        <source>⛔ %n block(s) — no exam today</source>
        <translation>
            <numerusform>⛔ %n block — no exam today</numerusform>
            <numerusform>⛔ %n blocks — no exam today</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>■ %n stop(s) open</source>
        <translation>
            <numerusform>■ %n stop open</numerusform>
            <numerusform>■ %n stops open</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>▲ %n caution(s) open</source>
        <translation>
            <numerusform>▲ %n caution open</numerusform>
            <numerusform>▲ %n cautions open</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n awaiting co-signature</source>
        <translation>
            <numerusform>%n awaiting co-signature</numerusform>
            <numerusform>%n awaiting co-signature</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message numerus="yes">
        <source>%n exam(s)</source>
        <translation>
            <numerusform>%n exam</numerusform>
            <numerusform>%n exams</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>First %n patients shown: type more to narrow.</source>
        <translation>
            <numerusform>First %n patient shown: type more to narrow.</numerusform>
            <numerusform>First %n patients shown: type more to narrow.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n patient(s) found.</source>
        <translation>
            <numerusform>%n patient found.</numerusform>
            <numerusform>%n patients found.</numerusform>
        </translation>
    </message>
</context>
</TS>
