<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_NL">
<context>
    <name>MainWindow</name>
    <message>
        <source>Sections</source>
        <translation>Onderdelen</translation>
    </message>
    <message>
        <source>The parts of your crisis plan</source>
        <translation>De onderdelen van je crisisplan</translation>
    </message>
    <message>
        <source>Section content</source>
        <translation>Inhoud van het onderdeel</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Bestand</translation>
    </message>
    <message>
        <source>&amp;Open card…</source>
        <translation>Kaart &amp;openen…</translation>
    </message>
    <message>
        <source>Open the &amp;example card</source>
        <translation>&amp;Voorbeeldkaart openen</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Afsluiten</translation>
    </message>
    <message>
        <source>crisiskaart</source>
        <translation>crisiskaart</translation>
    </message>
    <message>
        <source>Welcome</source>
        <translation>Welkom</translation>
    </message>
    <message>
        <source>Open a card with File › Open card, or look at the example card first.</source>
        <translation>Open een kaart via Bestand › Kaart openen, of bekijk eerst de voorbeeldkaart.</translation>
    </message>
    <message>
        <source>new card</source>
        <translation>nieuwe kaart</translation>
    </message>
    <message>
        <source>%1 — example — crisiskaart</source>
        <translation>%1 — voorbeeld — crisiskaart</translation>
    </message>
    <message>
        <source>%1 — crisiskaart</source>
        <translation>%1 — crisiskaart</translation>
    </message>
    <message>
        <source>Nothing written here yet.</source>
        <translation>Hier staat nog niets.</translation>
    </message>
    <message>
        <source>Open card</source>
        <translation>Kaart openen</translation>
    </message>
    <message>
        <source>Card in JSON (*.json)</source>
        <translation>Kaart in JSON (*.json)</translation>
    </message>
    <message>
        <source>Cannot open card</source>
        <translation>Kaart openen lukt niet</translation>
    </message>
    <message>
        <source>The file could not be read: %1</source>
        <translation>Het bestand kan niet worden gelezen: %1</translation>
    </message>
    <message>
        <source>This file is not a readable card:</source>
        <translation>Dit bestand is geen leesbare kaart:</translation>
    </message>
</context>
</TS>
