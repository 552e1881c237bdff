<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
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
<context>
    <name>WorklistModel</name>
    <message numerus="yes">
        <source>⛔ %n block(s) — no exam today</source>
        <translation>
            <numerusform>⛔ %n block — no exam today</numerusform>
            <numerusform>⛔ %n blocks — no exam today</numerusform>
        </translation>
    </message>
</context>
</TS>
