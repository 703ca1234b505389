<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="nl_NL">
  <context>
    <name />
    <message>
      <source>Sections</source>
      <translation>Onderdelen</translation>
    </message>
    <message>
      <source>The parts of your crisis plan, with how far each one is</source>
      <translation>De onderdelen van je crisisplan, en hoe ver je met elk onderdeel bent</translation>
    </message>
    <message>
      <source>Step &amp;by step</source>
      <translation>&amp;Stap voor stap</translation>
    </message>
    <message>
      <source>Overvie&amp;w</source>
      <translation>Over&amp;zicht</translation>
    </message>
    <message>
      <source>One question at a time, with examples</source>
      <translation>Eén vraag tegelijk, met voorbeelden</translation>
    </message>
    <message>
      <source>All questions of a section at once</source>
      <translation>Alle vragen van een onderdeel tegelijk</translation>
    </message>
    <message>
      <source>Write:</source>
      <translation>Schrijven:</translation>
    </message>
    <message>
      <source>e.g. 06 1234 5678</source>
      <translation>bijv. 06 1234 5678</translation>
    </message>
    <message>
      <source>dd-mm-yyyy</source>
      <translation>dd-mm-jjjj</translation>
    </message>
    <message>
      <source>This day does not exist. Check the day and the month.</source>
      <translation>Deze dag bestaat niet. Kijk de dag en de maand na.</translation>
    </message>
    <message>
      <source>Write the year with 4 digits, for example 14-03-1990.</source>
      <translation>Schrijf het jaar met 4 cijfers, bijvoorbeeld 14-03-1990.</translation>
    </message>
    <message>
      <source>Write the date as day-month-year, for example 14-03-1990.</source>
      <translation>Schrijf de datum als dag-maand-jaar, bijvoorbeeld 14-03-1990.</translation>
    </message>
    <message>
      <source>Who may see it: %1</source>
      <translation>Wie mag het zien: %1</translation>
    </message>
    <message>
      <source>Only in the plan, also on the card, or also in the summary for emergency services</source>
      <translation>Alleen in het plan, ook op de kaart, of ook in de samenvatting voor hulpdiensten</translation>
    </message>
    <message>
      <source>Your answer</source>
      <translation>Je antwoord</translation>
    </message>
    <message>
      <source>&amp;Previous question</source>
      <translation>&amp;Vorige vraag</translation>
    </message>
    <message>
      <source>Previous question</source>
      <translation>Vorige vraag</translation>
    </message>
    <message>
      <source>&amp;Next question</source>
      <translation>V&amp;olgende vraag</translation>
    </message>
    <message>
      <source>Next question</source>
      <translation>Volgende vraag</translation>
    </message>
    <message>
      <source>Previous question (Alt+Left)</source>
      <translation>Vorige vraag (Alt+pijl links)</translation>
    </message>
    <message>
      <source>Next question (Alt+Right)</source>
      <translation>Volgende vraag (Alt+pijl rechts)</translation>
    </message>
    <message>
      <source>Question %1 of %2 · %3</source>
      <translation>Vraag %1 van %2 · %3</translation>
    </message>
    <message>
      <source>For example:</source>
      <translation>Bijvoorbeeld:</translation>
    </message>
    <message>
      <source>Your card</source>
      <translation>Je kaart</translation>
    </message>
    <message>
      <source>The card is being drawn…</source>
      <translation>De kaart wordt getekend…</translation>
    </message>
    <message>
      <source>Preview of the wallet card</source>
      <translation>Voorbeeld van de kaart voor in je portemonnee</translation>
    </message>
    <message>
      <source>What does not fit on the card</source>
      <translation>Wat niet op de kaart past</translation>
    </message>
    <message>
      <source>The card could not be drawn just now. It is drawn again after your next change.</source>
      <translation>De kaart kon nu niet getekend worden. Na je volgende wijziging wordt hij opnieuw getekend.</translation>
    </message>
    <message>
      <source>Does not fit on the card (it stays in the plan):</source>
      <translation>Past niet op de kaart (het blijft wel in het plan):</translation>
    </message>
    <message>
      <source>✓ Everything fits on the card.</source>
      <translation>✓ Alles past op de kaart.</translation>
    </message>
    <message>
      <source>Up</source>
      <translation>Omhoog</translation>
    </message>
    <message>
      <source>Move item %1 up (Alt+Up)</source>
      <translation>Zet regel %1 hoger (Alt+pijl omhoog)</translation>
    </message>
    <message>
      <source>Down</source>
      <translation>Omlaag</translation>
    </message>
    <message>
      <source>Move item %1 down (Alt+Down)</source>
      <translation>Zet regel %1 lager (Alt+pijl omlaag)</translation>
    </message>
    <message>
      <source>Remove</source>
      <translation>Weghalen</translation>
    </message>
    <message>
      <source>Remove item %1</source>
      <translation>Haal regel %1 weg</translation>
    </message>
    <message>
      <source>Nothing here yet.</source>
      <translation>Hier staat nog niets.</translation>
    </message>
    <message>
      <source>This list is full.</source>
      <translation>Deze lijst is vol.</translation>
    </message>
    <message>
      <source>Removed. Press %1 to bring it back.</source>
      <translation>Weggehaald. Met %1 zet je het terug.</translation>
    </message>
    <message>
      <source>the card of %1</source>
      <translation>de kaart van %1</translation>
    </message>
    <message>
      <source>this card</source>
      <translation>deze kaart</translation>
    </message>
    <message>
      <source>Could not save %1: %2</source>
      <translation>%1 kon niet worden bewaard: %2</translation>
    </message>
    <message>
      <source>PDF files (*.pdf)</source>
      <translation>Pdf-bestanden (*.pdf)</translation>
    </message>
  </context>
  <context>
    <name>AboutDialog</name>
    <message>
      <source>About crisiskaart</source>
      <translation>Over crisiskaart</translation>
    </message>
    <message>
      <source>Write your crisis plan, your crisis card and your own plan of action (Wvggz), in your own words. Everything is stored encrypted on your own computer.</source>
      <translation>Schrijf je crisisplan, je crisiskaart en je eigen plan van aanpak (Wvggz), in je eigen woorden. Alles staat versleuteld op je eigen computer.</translation>
    </message>
    <message>
      <source>Version %1</source>
      <translation>Versie %1</translation>
    </message>
    <message>
      <source>Version</source>
      <translation>Versie</translation>
    </message>
    <message>
      <source>Licence: %1 (European Union Public Licence)</source>
      <translation>Licentie: %1 (European Union Public Licence)</translation>
    </message>
    <message>
      <source>Licence</source>
      <translation>Licentie</translation>
    </message>
    <message>
      <source>Page for emergency services</source>
      <translation>Pagina voor hulpdiensten</translation>
    </message>
    <message>
      <source>With a linked QR code, a responder's phone opens this program's viewer page. An organisation that hosts it can check its copy against this fingerprint (SHA-256):</source>
      <translation>Bij een QR-code met link opent de telefoon van een hulpverlener de webpagina van dit programma. Een organisatie die de pagina online zet, kan haar kopie vergelijken met dit controlegetal (SHA-256):</translation>
    </message>
    <message>
      <source>SHA-256 of the viewer page</source>
      <translation>SHA-256 van de webpagina voor hulpdiensten</translation>
    </message>
    <message>
      <source>Where your files are</source>
      <translation>Waar je bestanden staan</translation>
    </message>
    <message>
      <source>Settings: language, recent cards, folders used, window size. Nothing from a card:</source>
      <translation>Instellingen: taal, laatst geopende kaarten, gebruikte mappen, grootte van het venster. Niets uit een kaart:</translation>
    </message>
    <message>
      <source>Your cards are where you saved them. The program keeps no copy anywhere else.</source>
      <translation>Je kaarten staan waar jij ze hebt bewaard. Het programma bewaart nergens anders een kopie.</translation>
    </message>
    <message>
      <source>Settings file</source>
      <translation>Bestand met instellingen</translation>
    </message>
    <message>
      <source>Which card versions this computer has seen, to warn about an older copy. Nothing from a card:</source>
      <translation>Welke versies van kaarten deze computer heeft gezien, om te waarschuwen voor een oudere kopie. Niets uit een kaart:</translation>
    </message>
    <message>
      <source>State folder</source>
      <translation>Map met geziene versies</translation>
    </message>
    <message>
      <source>Folder of the card you used last:</source>
      <translation>Map van de kaart die je het laatst gebruikte:</translation>
    </message>
    <message>
      <source>Folder of the last card</source>
      <translation>Map van de laatste kaart</translation>
    </message>
    <message>
      <source>New cards are suggested in:</source>
      <translation>Nieuwe kaarten komen standaard in:</translation>
    </message>
    <message>
      <source>Folder for new cards</source>
      <translation>Map voor nieuwe kaarten</translation>
    </message>
  </context>
  <context>
    <name>AccessChange</name>
    <message>
      <source>The card is closed. Nothing was changed.</source>
      <translation>De kaart is gesloten. Er is niets veranderd.</translation>
    </message>
    <message>
      <source>Your last changes could not be saved yet: %1 Nothing was changed about who can open the card.</source>
      <translation>Je laatste wijzigingen konden nog niet worden bewaard: %1 Er is niets veranderd aan wie de kaart kan openen.</translation>
    </message>
  </context>
  <context>
    <name>AccessDialog</name>
    <message>
      <source>Access to this card</source>
      <translation>Toegang tot deze kaart</translation>
    </message>
    <message>
      <source>Who can open this card?</source>
      <translation>Wie kan deze kaart openen?</translation>
    </message>
    <message>
      <source>Only the client can change who can open this card. Here you see who has access.</source>
      <translation>Alleen de cliënt kan veranderen wie deze kaart kan openen. Hier zie je wie toegang heeft.</translation>
    </message>
    <message>
      <source>Change &amp;passphrase…</source>
      <translation>&amp;Wachtwoord veranderen…</translation>
    </message>
    <message>
      <source>Make a &amp;recovery sheet…</source>
      <translation>&amp;Noodblad maken…</translation>
    </message>
    <message>
      <source>Ondersteuners</source>
      <translation>Ondersteuners</translation>
    </message>
    <message>
      <source>&amp;Give access…</source>
      <translation>&amp;Toegang geven…</translation>
    </message>
    <message>
      <source>History</source>
      <translation>Geschiedenis</translation>
    </message>
    <message>
      <source>History of access</source>
      <translation>Geschiedenis van de toegang</translation>
    </message>
    <message>
      <source>Fingerprint: %1</source>
      <translation>Vingerafdruk: %1</translation>
    </message>
    <message>
      <source>Take access away…</source>
      <translation>Toegang afnemen…</translation>
    </message>
    <message>
      <source>Take access away from %1</source>
      <translation>Toegang afnemen van %1</translation>
    </message>
    <message>
      <source>%1 can now open your card with their own key.</source>
      <translation>%1 kan je kaart nu openen met een eigen sleutel.</translation>
    </message>
    <message>
      <source>Take away the access of %1?

Your card then gets a new key. %1 can open nothing you write after this. The backups beside your card are deleted, because they still open with the old access.</source>
      <translation>Wil je %1 de toegang afnemen?

Je kaart krijgt dan een nieuwe sleutel. %1 kan daarna niets meer openen van wat je schrijft. De reservekopieën naast je kaart worden weggegooid, want die gaan nog open met de oude toegang.</translation>
    </message>
    <message>
      <source>Take access away</source>
      <translation>Toegang afnemen</translation>
    </message>
    <message>
      <source>&amp;Take access away</source>
      <translation>&amp;Toegang afnemen</translation>
    </message>
    <message>
      <source>Nothing was changed.</source>
      <translation>Er is niets veranderd.</translation>
    </message>
    <message>
      <source>%1 no longer has access. Your card has a new key.</source>
      <translation>%1 heeft geen toegang meer. Je kaart heeft een nieuwe sleutel.</translation>
    </message>
    <message>
      <source>Choose a new passphrase for your card. Your card then gets a new key and the old passphrase no longer works. Your recovery code and your ondersteuners keep their access. The backups beside your card are deleted, because they still open with the old passphrase.</source>
      <translation>Kies een nieuw wachtwoord voor je kaart. Je kaart krijgt dan een nieuwe sleutel en het oude wachtwoord werkt niet meer. Je herstelcode en je ondersteuners houden hun toegang. De reservekopieën naast je kaart worden weggegooid, want die gaan nog open met het oude wachtwoord.</translation>
    </message>
    <message>
      <source>&amp;Change passphrase</source>
      <translation>Wachtwoord &amp;veranderen</translation>
    </message>
    <message>
      <source>Change passphrase</source>
      <translation>Wachtwoord veranderen</translation>
    </message>
    <message>
      <source>Your passphrase has been changed. From now on, use the new passphrase.</source>
      <translation>Je wachtwoord is veranderd. Gebruik vanaf nu het nieuwe wachtwoord.</translation>
    </message>
  </context>
  <context>
    <name>AccessMenu</name>
    <message>
      <source>&amp;Access…</source>
      <translation>&amp;Toegang…</translation>
    </message>
    <message>
      <source>Who can open this card, and giving or taking access</source>
      <translation>Wie deze kaart kan openen, en toegang geven of afnemen</translation>
    </message>
    <message>
      <source>&amp;Profile…</source>
      <translation>&amp;Profiel…</translation>
    </message>
    <message>
      <source>Make or unlock your ondersteuner profile, and save your public key</source>
      <translation>Je profiel als ondersteuner maken of ontgrendelen, en je openbare sleutel bewaren</translation>
    </message>
  </context>
  <context>
    <name>AccessWords</name>
    <message>
      <source>%1 at %2</source>
      <translation>%1 om %2</translation>
    </message>
    <message>
      <source>%1 (ondersteuner)</source>
      <translation>%1 (ondersteuner)</translation>
    </message>
    <message>
      <source>%1 (client)</source>
      <translation>%1 (cliënt)</translation>
    </message>
    <message>
      <source>The client</source>
      <translation>De cliënt</translation>
    </message>
    <message>
      <source>You, with your passphrase.</source>
      <translation>Jij, met je wachtwoord.</translation>
    </message>
    <message>
      <source>Recovery code: not made yet.</source>
      <translation>Herstelcode: nog niet gemaakt.</translation>
    </message>
    <message>
      <source>Recovery code: made.</source>
      <translation>Herstelcode: gemaakt.</translation>
    </message>
    <message>
      <source>Recovery code: made on %1.</source>
      <translation>Herstelcode: gemaakt op %1.</translation>
    </message>
    <message>
      <source>%1 — %2 %3.</source>
      <translation>%1 — %2 %3.</translation>
    </message>
    <message>
      <source>(fingerprint %1)</source>
      <translation>(vingerafdruk %1)</translation>
    </message>
    <message>
      <source>The client, with the card's passphrase.</source>
      <translation>De cliënt, met het wachtwoord van de kaart.</translation>
    </message>
    <message>
      <source>The card was made on %1. Since then nobody's access was taken away, and the passphrase and the recovery code did not change.</source>
      <translation>De kaart is gemaakt op %1. Sindsdien is niemand de toegang afgenomen, en zijn het wachtwoord en de herstelcode niet veranderd.</translation>
    </message>
    <message>
      <source>Access last changed on %1 (a new passphrase, a new recovery code, or someone who no longer has access). What was saved after that opens only for whoever has access now.</source>
      <translation>De toegang is voor het laatst veranderd op %1 (een nieuw wachtwoord, een nieuwe herstelcode, of iemand die geen toegang meer heeft). Wat daarna is bewaard, opent alleen voor wie nu toegang heeft.</translation>
    </message>
    <message>
      <source>No ondersteuner has access yet.</source>
      <translation>Nog geen ondersteuner heeft toegang.</translation>
    </message>
  </context>
  <context>
    <name>AgreementsView</name>
    <message>
      <source>An agreement only works when everyone named in it has said yes. Ask them, and tick "Agreed" when they have. Let them read your plan first: share a draft. It says CONCEPT on every page, so nobody takes it for the signed plan.</source>
      <translation>Een afspraak werkt pas als iedereen die erin staat, ja heeft gezegd. Vraag het ze, en vink "Toegezegd" aan als ze ja zeggen. Laat ze je plan eerst lezen: deel een concept. Daarop staat op elke bladzijde CONCEPT, zodat niemand denkt dat het het ondertekende plan is.</translation>
    </message>
    <message>
      <source>Share a draft as PDF…</source>
      <translation>Concept delen als pdf…</translation>
    </message>
    <message>
      <source>Saves your plan of action with CONCEPT on every page, to send to your practitioner or the people close to you</source>
      <translation>Bewaart je plan van aanpak met CONCEPT op elke bladzijde, om naar je behandelaar of je naasten te sturen</translation>
    </message>
    <message>
      <source>How far your agreements are</source>
      <translation>Hoe ver je afspraken zijn</translation>
    </message>
    <message>
      <source>not yet agreed by %1</source>
      <translation>nog niet toegezegd door %1</translation>
    </message>
    <message>
      <source>who does it is not filled in yet</source>
      <translation>nog niet ingevuld wie het doet</translation>
    </message>
    <message>
      <source>when is not filled in yet</source>
      <translation>nog niet ingevuld wanneer</translation>
    </message>
    <message>
      <source>No agreements yet. Add them below: what happens, who does it, and when.</source>
      <translation>Nog geen afspraken. Zet ze hieronder: wat er gebeurt, wie het doet en wanneer.</translation>
    </message>
    <message>
      <source>%1 of %2 agreements are settled.</source>
      <translation>%1 van de %2 afspraken zijn rond.</translation>
    </message>
    <message>
      <source>Everyone named has said yes.</source>
      <translation>Iedereen die genoemd is, heeft ja gezegd.</translation>
    </message>
    <message>
      <source>Still open:</source>
      <translation>Nog open:</translation>
    </message>
  </context>
  <context>
    <name>CardPreview</name>
    <message numerus="yes">
      <source>ℹ %n lines do not fit in the QR code for emergency services; they are on the card.</source>
      <translation>
        <numerusform>ℹ %n regel past niet in de QR-code voor de hulpdiensten; die staat wel op de kaart.</numerusform>
        <numerusform>ℹ %n regels passen niet in de QR-code voor de hulpdiensten; die staan wel op de kaart.</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>CardStatus</name>
    <message>
      <source>Draft</source>
      <translation>Concept</translation>
    </message>
    <message>
      <source>Signed</source>
      <translation>Ondertekend</translation>
    </message>
    <message>
      <source>Active</source>
      <translation>Actief</translation>
    </message>
    <message>
      <source>Withdrawn</source>
      <translation>Ingetrokken</translation>
    </message>
    <message>
      <source>Superseded</source>
      <translation>Vervangen</translation>
    </message>
  </context>
  <context>
    <name>CardVersionsDialog</name>
    <message>
      <source>Versions of this card</source>
      <translation>Versies van deze kaart</translation>
    </message>
    <message>
      <source>Version</source>
      <translation>Versie</translation>
    </message>
    <message>
      <source>Date</source>
      <translation>Datum</translation>
    </message>
    <message>
      <source>Status</source>
      <translation>Status</translation>
    </message>
    <message>
      <source>Saved by</source>
      <translation>Bewaard door</translation>
    </message>
    <message>
      <source>Note</source>
      <translation>Toelichting</translation>
    </message>
    <message>
      <source>Compare with the &amp;previous version</source>
      <translation>Vergelijken met de vo&amp;rige versie</translation>
    </message>
    <message>
      <source>Shows what changed between the chosen version and the one before it</source>
      <translation>Laat zien wat er veranderd is tussen de gekozen versie en de versie ervoor</translation>
    </message>
    <message>
      <source>E&amp;xport this version…</source>
      <translation>Deze versie e&amp;xporteren…</translation>
    </message>
    <message>
      <source>Save the chosen version as a file to print or share, for example the active card while you write a new concept</source>
      <translation>Bewaar de gekozen versie als bestand om te printen of te delen, bijvoorbeeld de actieve kaart terwijl je aan een nieuw concept schrijft</translation>
    </message>
    <message>
      <source>Versions and differences</source>
      <translation>Versies en verschillen</translation>
    </message>
    <message>
      <source>&amp;Versions</source>
      <translation>&amp;Versies</translation>
    </message>
    <message>
      <source>&amp;See differences</source>
      <translation>V&amp;erschillen bekijken</translation>
    </message>
    <message>
      <source>Message</source>
      <translation>Melding</translation>
    </message>
    <message>
      <source>Reading the versions…</source>
      <translation>De versies worden gelezen…</translation>
    </message>
    <message>
      <source>in force</source>
      <translation>geldt nu</translation>
    </message>
    <message>
      <source>on your screen</source>
      <translation>op je scherm</translation>
    </message>
    <message>
      <source>Newest version first. %1</source>
      <translation>Nieuwste versie eerst. %1</translation>
    </message>
    <message>
      <source>Active: version %1.</source>
      <translation>Actief: versie %1.</translation>
    </message>
    <message>
      <source>Active: version %1, signed on %2.</source>
      <translation>Actief: versie %1, ondertekend op %2.</translation>
    </message>
    <message>
      <source>Valid until %1.</source>
      <translation>Geldig tot %1.</translation>
    </message>
    <message>
      <source>This is the card emergency services and others should have.</source>
      <translation>Dit is de kaart die hulpdiensten en anderen moeten hebben.</translation>
    </message>
    <message>
      <source>It is no longer valid: time to review the plan together.</source>
      <translation>De kaart is niet meer geldig: bekijk het plan samen opnieuw.</translation>
    </message>
    <message>
      <source>Time to review the plan together soon.</source>
      <translation>Bekijk het plan binnenkort samen opnieuw.</translation>
    </message>
    <message>
      <source>No version signed yet: everything is still a draft.</source>
      <translation>Nog geen versie ondertekend: alles is nog concept.</translation>
    </message>
    <message>
      <source>No version is active yet. Version %1 is signed, but not made active yet.</source>
      <translation>Nog geen versie actief. Versie %1 is ondertekend, maar nog niet actief gemaakt.</translation>
    </message>
    <message>
      <source>No version is in force now: the card was withdrawn.</source>
      <translation>Er geldt nu geen versie: de kaart is ingetrokken.</translation>
    </message>
    <message>
      <source>On your screen: your changes. Once they are saved they are version %1 (draft).</source>
      <translation>Op je scherm: je wijzigingen. Als ze zijn bewaard, zijn ze versie %1 (concept).</translation>
    </message>
    <message>
      <source>On your screen: version %1 (%2).</source>
      <translation>Op je scherm: versie %1 (%2).</translation>
    </message>
    <message>
      <source>Here you can only look. Recording signatures, making a version active and withdrawing are done under Ondersteuner › Caseload.</source>
      <translation>Hier kun je alleen kijken. Handtekeningen vastleggen, een versie actief maken en intrekken doe je in Ondersteuner › Cliëntenlijst.</translation>
    </message>
    <message>
      <source>Here you can only look. Your ondersteuner records the signatures and makes a version active, in her list of clients (Ondersteuner › Caseload).</source>
      <translation>Hier kun je alleen kijken. Je ondersteuner legt de handtekeningen vast en maakt een versie actief. Dat gebeurt in de cliëntenlijst van je ondersteuner (Ondersteuner › Cliëntenlijst).</translation>
    </message>
    <message>
      <source>A version that was replaced or withdrawn no longer counts: it is not exported, so no old card with old phone numbers or medicines goes round.</source>
      <translation>Een vervangen of ingetrokken versie geldt niet meer. Die wordt niet geëxporteerd, zodat er geen oude kaart met oude telefoonnummers of medicijnen rondgaat.</translation>
    </message>
    <message>
      <source>Reading versions %1 and %2…</source>
      <translation>Versie %1 en versie %2 worden gelezen…</translation>
    </message>
  </context>
  <context>
    <name>CaseloadModel</name>
    <message>
      <source>Client</source>
      <translation>Cliënt</translation>
    </message>
    <message>
      <source>Status</source>
      <translation>Status</translation>
    </message>
    <message>
      <source>Version</source>
      <translation>Versie</translation>
    </message>
    <message>
      <source>Signed on</source>
      <translation>Ondertekend op</translation>
    </message>
    <message>
      <source>Valid until</source>
      <translation>Geldig tot</translation>
    </message>
    <message>
      <source>Review</source>
      <translation>Herziening</translation>
    </message>
    <message>
      <source>Last change</source>
      <translation>Laatste wijziging</translation>
    </message>
    <message numerus="yes">
      <source>Expired (%n day(s) ago)</source>
      <translation>
        <numerusform>Verlopen (%n dag geleden)</numerusform>
        <numerusform>Verlopen (%n dagen geleden)</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>Review due (in %n day(s))</source>
      <translation>
        <numerusform>Herziening nodig (over %n dag)</numerusform>
        <numerusform>Herziening nodig (over %n dagen)</numerusform>
      </translation>
    </message>
    <message>
      <source>On time</source>
      <translation>Op tijd</translation>
    </message>
    <message>
      <source>No review date</source>
      <translation>Geen herzieningsdatum</translation>
    </message>
    <message>
      <source>two versions: merge</source>
      <translation>twee versies: samenvoegen</translation>
    </message>
    <message numerus="yes">
      <source>%n versions: merge</source>
      <translation>
        <numerusform>%n versies: samenvoegen</numerusform>
        <numerusform>%n versies: samenvoegen</numerusform>
      </translation>
    </message>
    <message>
      <source>also an older copy</source>
      <translation>ook een oudere kopie</translation>
    </message>
    <message numerus="yes">
      <source>also %n older copies</source>
      <translation>
        <numerusform>ook %n oudere kopie</numerusform>
        <numerusform>ook %n oudere kopieën</numerusform>
      </translation>
    </message>
    <message>
      <source>No access</source>
      <translation>Geen toegang</translation>
    </message>
    <message>
      <source>Damaged file</source>
      <translation>Bestand beschadigd</translation>
    </message>
    <message>
      <source>Cannot read file</source>
      <translation>Bestand niet leesbaar</translation>
    </message>
    <message>
      <source>(no name)</source>
      <translation>(geen naam)</translation>
    </message>
  </context>
  <context>
    <name>CaseloadWindow</name>
    <message>
      <source>Caseload — crisiskaart</source>
      <translation>Cliëntenlijst — crisiskaart</translation>
    </message>
    <message>
      <source>Choose &amp;folder…</source>
      <translation>&amp;Map kiezen…</translation>
    </message>
    <message>
      <source>&amp;Unlock profile…</source>
      <translation>Profiel &amp;ontgrendelen…</translation>
    </message>
    <message>
      <source>All cards</source>
      <translation>Alle kaarten</translation>
    </message>
    <message>
      <source>Drafts</source>
      <translation>Concepten</translation>
    </message>
    <message>
      <source>Review due or expired</source>
      <translation>Herziening nodig of verlopen</translation>
    </message>
    <message>
      <source>Expired</source>
      <translation>Verlopen</translation>
    </message>
    <message>
      <source>Withdrawn</source>
      <translation>Ingetrokken</translation>
    </message>
    <message>
      <source>No access or damaged</source>
      <translation>Geen toegang of beschadigd</translation>
    </message>
    <message>
      <source>Search by name</source>
      <translation>Zoek op naam</translation>
    </message>
    <message>
      <source>Show o&amp;nly:</source>
      <translation>&amp;Toon:</translation>
    </message>
    <message>
      <source>S&amp;earch:</source>
      <translation>&amp;Zoeken:</translation>
    </message>
    <message>
      <source>Caseload</source>
      <translation>Cliëntenlijst</translation>
    </message>
    <message>
      <source>One row per card. Press Enter to open the card in the editor.</source>
      <translation>Eén regel per kaart. Druk op Enter om de kaart in de bewerker te openen.</translation>
    </message>
    <message>
      <source>&amp;Open in editor</source>
      <translation>Op&amp;enen in de bewerker</translation>
    </message>
    <message>
      <source>E&amp;xport review list…</source>
      <translation>Herzieningslijst e&amp;xporteren…</translation>
    </message>
    <message>
      <source>Re&amp;load</source>
      <translation>Ver&amp;nieuwen</translation>
    </message>
    <message>
      <source>Choose folder</source>
      <translation>Map kiezen</translation>
    </message>
    <message>
      <source>The folder with the card files</source>
      <translation>De map met de kaartbestanden</translation>
    </message>
    <message>
      <source>Unlock profile</source>
      <translation>Profiel ontgrendelen</translation>
    </message>
    <message>
      <source>Unlock your ondersteuner profile</source>
      <translation>Ontgrendel je profiel als ondersteuner</translation>
    </message>
    <message>
      <source>Show</source>
      <translation>Toon</translation>
    </message>
    <message>
      <source>Which cards the list shows</source>
      <translation>Welke kaarten de lijst toont</translation>
    </message>
    <message>
      <source>Search</source>
      <translation>Zoeken</translation>
    </message>
    <message>
      <source>Shows only clients whose name contains this text</source>
      <translation>Toont alleen cliënten met deze tekst in hun naam</translation>
    </message>
    <message>
      <source>Open in editor</source>
      <translation>Openen in de bewerker</translation>
    </message>
    <message>
      <source>Opens the chosen card in the editor</source>
      <translation>Opent de gekozen kaart in de bewerker</translation>
    </message>
    <message>
      <source>Export review list</source>
      <translation>Herzieningslijst exporteren</translation>
    </message>
    <message>
      <source>Saves the cards whose review is due or expired as a CSV file</source>
      <translation>Slaat de kaarten die herzien moeten worden of verlopen zijn op als CSV-bestand</translation>
    </message>
    <message>
      <source>Refresh</source>
      <translation>Vernieuwen</translation>
    </message>
    <message>
      <source>Reads the folder again</source>
      <translation>Leest de map opnieuw</translation>
    </message>
    <message>
      <source>Versions and differences</source>
      <translation>Versies en verschillen</translation>
    </message>
    <message>
      <source>&amp;Versions</source>
      <translation>&amp;Versies</translation>
    </message>
    <message>
      <source>D&amp;ifferences</source>
      <translation>Versch&amp;illen</translation>
    </message>
    <message>
      <source>Unlock your ondersteuner profile to see your caseload.</source>
      <translation>Ontgrendel je profiel als ondersteuner om je cliëntenlijst te zien.</translation>
    </message>
    <message>
      <source>no folder chosen</source>
      <translation>nog geen map gekozen</translation>
    </message>
    <message>
      <source>Profile: %1 · Folder: %2</source>
      <translation>Profiel: %1 · Map: %2</translation>
    </message>
    <message>
      <source>Reading the cards in the folder…</source>
      <translation>De kaarten in de map worden gelezen…</translation>
    </message>
    <message>
      <source>The folder cannot be read: %1</source>
      <translation>De map kan niet gelezen worden: %1</translation>
    </message>
    <message numerus="yes">
      <source>%n card(s)</source>
      <translation>
        <numerusform>%n kaart</numerusform>
        <numerusform>%n kaarten</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n need(s) a review</source>
      <translation>
        <numerusform>%n heeft een herziening nodig</numerusform>
        <numerusform>%n hebben een herziening nodig</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n without access or damaged</source>
      <translation>
        <numerusform>%n zonder toegang of beschadigd</numerusform>
        <numerusform>%n zonder toegang of beschadigd</numerusform>
      </translation>
    </message>
    <message>
      <source>Folder with card files</source>
      <translation>Map met kaartbestanden</translation>
    </message>
    <message>
      <source>CSV file (*.csv)</source>
      <translation>CSV-bestand (*.csv)</translation>
    </message>
    <message numerus="yes">
      <source>%n card(s) exported</source>
      <translation>
        <numerusform>%n kaart opgeslagen in de lijst</numerusform>
        <numerusform>%n kaarten opgeslagen in de lijst</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>ConflictItem</name>
    <message>
      <source>this copy</source>
      <translation>deze kopie</translation>
    </message>
    <message>
      <source>the other copy</source>
      <translation>de andere kopie</translation>
    </message>
    <message>
      <source>Now on the card (from %1): %2</source>
      <translation>Nu op de kaart (uit %1): %2</translation>
    </message>
    <message>
      <source>Not taken over (from %1): %2</source>
      <translation>Niet overgenomen (uit %1): %2</translation>
    </message>
    <message>
      <source>Copy</source>
      <translation>Kopiëren</translation>
    </message>
    <message>
      <source>Copy the value that was not taken over</source>
      <translation>Kopieer de waarde die niet is overgenomen</translation>
    </message>
  </context>
  <context>
    <name>CopyMerge</name>
    <message>
      <source>Open the other copy</source>
      <translation>De andere kopie openen</translation>
    </message>
    <message>
      <source>This passphrase is not right. Check whether Caps Lock is on, and try again.</source>
      <translation>Dit wachtwoord klopt niet. Kijk of Caps Lock aan staat en probeer het nog eens.</translation>
    </message>
    <message>
      <source>Merge</source>
      <translation>Samenvoegen</translation>
    </message>
    <message>
      <source>Merge the copy “%1” into this card? The other copy is kept as a backup.</source>
      <translation>Voeg de kopie “%1” samen met deze kaart? De andere kopie wordt bewaard als reservekopie.</translation>
    </message>
    <message>
      <source>&amp;Merge</source>
      <translation>&amp;Samenvoegen</translation>
    </message>
    <message>
      <source>Saving the card did not work: %1. Nothing was merged.</source>
      <translation>Het bewaren van de kaart lukte niet: %1. Er is niets samengevoegd.</translation>
    </message>
    <message>
      <source>Merging did not work: %1.</source>
      <translation>Samenvoegen lukte niet: %1.</translation>
    </message>
    <message>
      <source>The two files are the same; nothing was merged.</source>
      <translation>De twee bestanden zijn gelijk; er is niets samengevoegd.</translation>
    </message>
    <message>
      <source>The other copy has everything of this card, and more. Better open that copy.</source>
      <translation>De andere kopie heeft alles van deze kaart, en meer. Open liever die kopie.</translation>
    </message>
    <message>
      <source>The other copy is an older state of this card; there is nothing to merge.</source>
      <translation>De andere kopie is een oudere versie van deze kaart; er is niets om samen te voegen.</translation>
    </message>
    <message>
      <source>The other file is not a copy of this card, so it cannot be merged.</source>
      <translation>Het andere bestand is geen kopie van deze kaart. Daarom kan het niet worden samengevoegd.</translation>
    </message>
  </context>
  <context>
    <name>CrashGuard</name>
    <message>
      <source>Something went wrong in crisiskaart. Your card is saved.</source>
      <translation>Er ging iets mis in crisiskaart. Je kaart is bewaard.</translation>
    </message>
    <message>
      <source>You can go on writing. If it keeps happening, close crisiskaart and start it again.</source>
      <translation>Je kunt gewoon verder schrijven. Gebeurt het vaker? Sluit crisiskaart dan en start het opnieuw.</translation>
    </message>
    <message>
      <source>The card itself is safe: it holds everything that was saved before. Keep this window open and try Save now (Ctrl+S) in a little while.</source>
      <translation>De kaart zelf is veilig: daarin staat alles wat eerder is bewaard. Laat dit venster open en kies over een tijdje Nu bewaren (Ctrl+S).</translation>
    </message>
    <message>
      <source>Something went wrong in crisiskaart. Your last changes may not be saved.</source>
      <translation>Er ging iets mis in crisiskaart. Je laatste wijzigingen zijn misschien niet bewaard.</translation>
    </message>
    <message>
      <source>Something went wrong in crisiskaart. The example card is never saved; your own cards are safe.</source>
      <translation>Er ging iets mis in crisiskaart. De voorbeeldkaart wordt nooit bewaard; je eigen kaarten zijn veilig.</translation>
    </message>
    <message>
      <source>You can go on.</source>
      <translation>Je kunt gewoon verder.</translation>
    </message>
    <message>
      <source>Something went wrong in crisiskaart. No card was open, so nothing is lost.</source>
      <translation>Er ging iets mis in crisiskaart. Er was geen kaart open, dus er is niets verloren.</translation>
    </message>
    <message>
      <source>Something went wrong again. Your card is saved.</source>
      <translation>Er ging weer iets mis. Je kaart is bewaard.</translation>
    </message>
    <message>
      <source>Something went wrong again. Your last changes may not be saved.</source>
      <translation>Er ging weer iets mis. Je laatste wijzigingen zijn misschien niet bewaard.</translation>
    </message>
    <message>
      <source>Something went wrong again.</source>
      <translation>Er ging weer iets mis.</translation>
    </message>
  </context>
  <context>
    <name>CrashMessage</name>
    <message>
      <source>Something went wrong — crisiskaart</source>
      <translation>Er ging iets mis — crisiskaart</translation>
    </message>
    <message>
      <source>View error &amp;report…</source>
      <translation>Fout&amp;rapport bekijken…</translation>
    </message>
    <message>
      <source>Shows where in the program the error happened, without anything from your card</source>
      <translation>Laat zien waar in het programma de fout zat, zonder iets van je kaart</translation>
    </message>
    <message>
      <source>&amp;Go on</source>
      <translation>&amp;Verder</translation>
    </message>
  </context>
  <context>
    <name>CreateProfileDialog</name>
    <message>
      <source>New ondersteuner profile</source>
      <translation>Nieuw profiel voor een ondersteuner</translation>
    </message>
    <message>
      <source>&amp;Browse…</source>
      <translation>B&amp;laderen…</translation>
    </message>
    <message>
      <source>Your name</source>
      <translation>Je naam</translation>
    </message>
    <message>
      <source>Shown to clients who give you access</source>
      <translation>Cliënten zien dit als ze je toegang geven</translation>
    </message>
    <message>
      <source>Organisation</source>
      <translation>Organisatie</translation>
    </message>
    <message>
      <source>May be empty</source>
      <translation>Mag leeg blijven</translation>
    </message>
    <message>
      <source>Profile file</source>
      <translation>Profielbestand</translation>
    </message>
    <message>
      <source>Where the profile is saved</source>
      <translation>Waar het profiel wordt bewaard</translation>
    </message>
    <message>
      <source>Choose where to save</source>
      <translation>Kies waar het profiel komt</translation>
    </message>
    <message>
      <source>Choose the profile file</source>
      <translation>Kies het profielbestand</translation>
    </message>
    <message>
      <source>Passphrase</source>
      <translation>Wachtwoord</translation>
    </message>
    <message>
      <source>Protects your key; choose a long one</source>
      <translation>Beschermt je sleutel; kies een lang wachtwoord</translation>
    </message>
    <message>
      <source>Passphrase again</source>
      <translation>Wachtwoord nog een keer</translation>
    </message>
    <message>
      <source>Type the same passphrase again</source>
      <translation>Typ hetzelfde wachtwoord nog een keer</translation>
    </message>
    <message>
      <source>Your &amp;name:</source>
      <translation>Je &amp;naam:</translation>
    </message>
    <message>
      <source>&amp;Organisation:</source>
      <translation>&amp;Organisatie:</translation>
    </message>
    <message>
      <source>Profile &amp;file:</source>
      <translation>Profiel&amp;bestand:</translation>
    </message>
    <message>
      <source>&amp;Passphrase:</source>
      <translation>&amp;Wachtwoord:</translation>
    </message>
    <message>
      <source>Passphrase &amp;again:</source>
      <translation>Wachtwoord nog een &amp;keer:</translation>
    </message>
    <message>
      <source>&amp;Create</source>
      <translation>&amp;Maken</translation>
    </message>
    <message>
      <source>The profile is being made and encrypted. This takes a moment: the passphrase is protected slowly on purpose, so that nobody can guess it quickly.</source>
      <translation>Het profiel wordt gemaakt en versleuteld. Dit duurt even: het wachtwoord wordt met opzet langzaam beveiligd, zodat niemand het snel kan raden.</translation>
    </message>
    <message>
      <source>Save profile as</source>
      <translation>Profiel opslaan als</translation>
    </message>
    <message>
      <source>Fill in your name and where to save the profile.</source>
      <translation>Vul je naam in en kies waar het profiel komt.</translation>
    </message>
    <message>
      <source>Choose a passphrase.</source>
      <translation>Kies een wachtwoord.</translation>
    </message>
    <message>
      <source>The two passphrases are not the same.</source>
      <translation>De twee wachtwoorden zijn niet hetzelfde.</translation>
    </message>
  </context>
  <context>
    <name>DeadlineTracker</name>
    <message>
      <source>Sent &amp;today</source>
      <translation>Vandaag &amp;verstuurd</translation>
    </message>
    <message>
      <source>The letter was sent today</source>
      <translation>De brief is vandaag verstuurd</translation>
    </message>
    <message>
      <source>Fill in today's date as the date the letter was sent</source>
      <translation>Vul de datum van vandaag in als de dag waarop de brief is verstuurd</translation>
    </message>
    <message>
      <source>1. Letter to the geneesheer-directeur (within 3 working days)</source>
      <translation>1. Brief aan de geneesheer-directeur (binnen 3 werkdagen)</translation>
    </message>
    <message>
      <source>2. Decision: may you write your own plan? (within 2 working days)</source>
      <translation>2. Besluit: mag je je eigen plan schrijven? (binnen 2 werkdagen)</translation>
    </message>
    <message>
      <source>3. Your plan is ready and signed (within 14 working days)</source>
      <translation>3. Je plan is klaar en ondertekend (binnen 14 werkdagen)</translation>
    </message>
    <message>
      <source>1. Letter to the geneesheer-directeur (within 3 days)</source>
      <translation>1. Brief aan de geneesheer-directeur (binnen 3 dagen)</translation>
    </message>
    <message>
      <source>2. Decision: may you write your own plan? (within 2 days)</source>
      <translation>2. Besluit: mag je je eigen plan schrijven? (binnen 2 dagen)</translation>
    </message>
    <message>
      <source>3. Your plan is ready and signed (within 14 days)</source>
      <translation>3. Je plan is klaar en ondertekend (binnen 14 dagen)</translation>
    </message>
    <message>
      <source>1 working day left</source>
      <translation>nog 1 werkdag</translation>
    </message>
    <message>
      <source>%1 working days left</source>
      <translation>nog %1 werkdagen</translation>
    </message>
    <message>
      <source>1 day left</source>
      <translation>nog 1 dag</translation>
    </message>
    <message>
      <source>%1 days left</source>
      <translation>nog %1 dagen</translation>
    </message>
    <message>
      <source>The geneesheer-directeur decides by %1 at the latest.</source>
      <translation>De geneesheer-directeur beslist uiterlijk %1.</translation>
    </message>
    <message>
      <source>Send your letter preferably by %1 (by law at the latest %2).</source>
      <translation>Stuur je brief het liefst uiterlijk %1 (wettelijk uiterlijk %2).</translation>
    </message>
    <message>
      <source>Finish and sign your plan preferably by %1 (by law at the latest %2).</source>
      <translation>Maak je plan het liefst uiterlijk %1 af en onderteken het (wettelijk uiterlijk %2).</translation>
    </message>
    <message>
      <source>Send your letter by %1 at the latest.</source>
      <translation>Stuur je brief uiterlijk %1.</translation>
    </message>
    <message>
      <source>Finish and sign your plan by %1 at the latest.</source>
      <translation>Maak je plan uiterlijk %1 af en onderteken het.</translation>
    </message>
    <message>
      <source>✓ Done</source>
      <translation>✓ Klaar</translation>
    </message>
    <message>
      <source>✓ Done on %1</source>
      <translation>✓ Klaar op %1</translation>
    </message>
    <message>
      <source>✗ Not needed: permission was refused</source>
      <translation>✗ Niet nodig: je mag het plan niet schrijven</translation>
    </message>
    <message>
      <source>○ Later: preferably by %1, by law at the latest %2</source>
      <translation>○ Later: het liefst uiterlijk %1, wettelijk uiterlijk %2</translation>
    </message>
    <message>
      <source>○ Later: at the latest %1</source>
      <translation>○ Later: uiterlijk %1</translation>
    </message>
    <message>
      <source>! Too late: the legal term ended on %1.</source>
      <translation>! Te laat: de wettelijke termijn liep tot en met %1.</translation>
    </message>
    <message>
      <source>→ Now: today is the last day by law (%1).</source>
      <translation>→ Nu: vandaag is wettelijk de laatste dag (%1).</translation>
    </message>
    <message>
      <source>→ Now: by law still possible until %1 (%2).</source>
      <translation>→ Nu: volgens de wet kan het nog tot en met %1 (%2).</translation>
    </message>
    <message>
      <source>The advised date was %1: do it as soon as you can.</source>
      <translation>Het advies was uiterlijk %1: doe het zo snel als je kunt.</translation>
    </message>
    <message>
      <source>→ Now: today is the advised last day.</source>
      <translation>→ Nu: vandaag is de aangeraden laatste dag.</translation>
    </message>
    <message>
      <source>→ Now: today is the last day.</source>
      <translation>→ Nu: vandaag is de laatste dag.</translation>
    </message>
    <message>
      <source>→ Now: %1.</source>
      <translation>→ Nu: %1.</translation>
    </message>
    <message>
      <source>“By law” follows the Algemene termijnenwet: a term that ends on a Saturday, Sunday or public holiday runs on to the next working day. Keep the first date if you can.</source>
      <translation>‘Wettelijk’ volgt de Algemene termijnenwet: eindigt een termijn op een zaterdag, zondag of feestdag, dan loopt hij door tot en met de eerstvolgende werkdag. Houd als het kan de eerste datum aan.</translation>
    </message>
    <message>
      <source>The later dates count as if your letter goes out today. They move when you send it on another day.</source>
      <translation>De latere data zijn gerekend alsof je brief vandaag verstuurd wordt. Ze schuiven op als je hem op een andere dag verstuurt.</translation>
    </message>
    <message>
      <source>Permission was refused. You can still write your plan and give it to the judge at the court hearing about the care authorisation. Ask your patient advocate (PVP) or your lawyer for help. Your crisis plan still counts.</source>
      <translation>Het besluit was een weigering. Je kunt je plan toch schrijven en het aan de rechter geven bij de zitting over de zorgmachtiging. Vraag je patiëntenvertrouwenspersoon (PVP) of je advocaat om hulp. Je crisisplan blijft gelden.</translation>
    </message>
    <message>
      <source>What to do now: fill in the date on which you were told that a care authorisation is being prepared. Then you see your deadlines.</source>
      <translation>Wat je nu doet: vul de datum in waarop je hoorde dat er een zorgmachtiging wordt voorbereid. Dan zie je je termijnen.</translation>
    </message>
    <message>
      <source>The date of the decision is not known yet. The decision can come quickly. So “preferably by” counts from the day your letter was sent, and “by law” from the last day on which the decision may come. Fill in the date of the decision as soon as you know it.</source>
      <translation>De datum van het besluit is nog niet bekend. Het besluit kan snel komen. Daarom is ‘het liefst uiterlijk’ gerekend vanaf de dag dat je brief verstuurd is, en ‘wettelijk uiterlijk’ vanaf de laatste dag waarop het besluit mag komen. Vul de datum van het besluit in zodra je die weet.</translation>
    </message>
    <message>
      <source>For %1 the government has not yet published which extra days count as public holidays. The dates by law leave those days out: that way they are never too late, at most a day early. In doubt? Ask your patient advocate (PVP) or lawyer.</source>
      <translation>Voor %1 heeft de overheid nog niet bekendgemaakt welke extra dagen als feestdag tellen. De wettelijke data tellen die dagen niet mee: zo zijn ze nooit te laat, hooguit een dag te vroeg. Twijfel je? Vraag het je patiëntenvertrouwenspersoon (PVP) of advocaat.</translation>
    </message>
    <message>
      <source>All steps are done. Give the signed plan to the geneesheer-directeur.</source>
      <translation>Alle stappen zijn klaar. Geef het ondertekende plan aan de geneesheer-directeur.</translation>
    </message>
    <message>
      <source>The term for the letter has passed (by law at the latest %1). You can still write your plan: give it to the judge at the court hearing about the care authorisation. Ask your patient advocate (PVP) or your lawyer for help.</source>
      <translation>De termijn voor de brief is voorbij (wettelijk uiterlijk %1). Je kunt je plan nog wel schrijven: geef het aan de rechter bij de zitting over de zorgmachtiging. Vraag je patiëntenvertrouwenspersoon (PVP) of je advocaat om hulp.</translation>
    </message>
    <message>
      <source>The decision should have come by %1. Ask the geneesheer-directeur for it, and ask your patient advocate (PVP) or lawyer for help. Go on writing your plan: you can also give it to the judge at the court hearing.</source>
      <translation>Er had uiterlijk %1 een besluit moeten zijn. Vraag de geneesheer-directeur om het besluit, en vraag je patiëntenvertrouwenspersoon (PVP) of advocaat om hulp. Schrijf je plan verder: je kunt het ook aan de rechter geven bij de zitting.</translation>
    </message>
    <message>
      <source>The term for your plan ended on %1. Give your plan to the geneesheer-directeur anyway, and take it to the court hearing: the judge can take it into account. Ask your patient advocate (PVP) or lawyer for help.</source>
      <translation>De termijn voor je plan liep tot en met %1. Geef je plan toch aan de geneesheer-directeur, en neem het mee naar de zitting bij de rechter: de rechter kan het meewegen. Vraag je patiëntenvertrouwenspersoon (PVP) of advocaat om hulp.</translation>
    </message>
    <message>
      <source>What to do now: fill in who the letter goes to, save the letter as PDF, sign it and send it or hand it in by %1. Then fill in the date you sent it.</source>
      <translation>Wat je nu doet: vul in naar wie de brief gaat, bewaar de brief als pdf, onderteken hem en stuur hem op of geef hem af, uiterlijk %1. Vul daarna de datum in waarop je hem verstuurde.</translation>
    </message>
    <message>
      <source>What to do now: wait for the decision of the geneesheer-directeur. It should come by %1. When it comes, fill in the decision and its date.</source>
      <translation>Wat je nu doet: wacht op het besluit van de geneesheer-directeur. Dat moet er uiterlijk %1 zijn. Vul het besluit en de datum in zodra je het hebt.</translation>
    </message>
    <message>
      <source>What to do now: write your plan with the people who help you, and sign it by %1. Use "Write step by step".</source>
      <translation>Wat je nu doet: schrijf je plan samen met de mensen die je helpen, en onderteken het uiterlijk %1. Gebruik "Schrijven met vragen".</translation>
    </message>
    <message>
      <source>Today is %1.</source>
      <translation>Vandaag is het %1.</translation>
    </message>
    <message>
      <source>○ Not known yet</source>
      <translation>○ Nog niet bekend</translation>
    </message>
  </context>
  <context>
    <name>DiffView</name>
    <message>
      <source>Version A (older)</source>
      <translation>Versie A (ouder)</translation>
    </message>
    <message>
      <source>Version B (newer)</source>
      <translation>Versie B (nieuwer)</translation>
    </message>
    <message>
      <source>The version to compare</source>
      <translation>De versie om te vergelijken</translation>
    </message>
    <message>
      <source>Compare version &amp;A:</source>
      <translation>Vergelijk versie &amp;A:</translation>
    </message>
    <message>
      <source>with version &amp;B:</source>
      <translation>met versie &amp;B:</translation>
    </message>
    <message>
      <source>Field</source>
      <translation>Veld</translation>
    </message>
    <message>
      <source>Version A</source>
      <translation>Versie A</translation>
    </message>
    <message>
      <source>Version B</source>
      <translation>Versie B</translation>
    </message>
    <message>
      <source>Change</source>
      <translation>Wijziging</translation>
    </message>
    <message>
      <source>Differences</source>
      <translation>Verschillen</translation>
    </message>
    <message>
      <source>Each changed field with its old and new text</source>
      <translation>Elk veranderd veld met de oude en de nieuwe tekst</translation>
    </message>
    <message>
      <source>Added</source>
      <translation>Toegevoegd</translation>
    </message>
    <message>
      <source>Changed</source>
      <translation>Gewijzigd</translation>
    </message>
    <message>
      <source>Removed</source>
      <translation>Verwijderd</translation>
    </message>
    <message>
      <source>Version %1</source>
      <translation>Versie %1</translation>
    </message>
    <message>
      <source>No differences between version %1 and version %2.</source>
      <translation>Geen verschillen tussen versie %1 en versie %2.</translation>
    </message>
    <message numerus="yes">
      <source>%n field(s) differ between version %1 and version %2.</source>
      <translation>
        <numerusform>%n veld verschilt tussen versie %1 en versie %2.</numerusform>
        <numerusform>%n velden verschillen tussen versie %1 en versie %2.</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>DistributionDialog</name>
    <message>
      <source>Distribution list</source>
      <translation>Verspreidingslijst</translation>
    </message>
    <message>
      <source>Recipient</source>
      <translation>Ontvanger</translation>
    </message>
    <message>
      <source>Version</source>
      <translation>Versie</translation>
    </message>
    <message>
      <source>Given on</source>
      <translation>Gegeven op</translation>
    </message>
    <message>
      <source>How</source>
      <translation>Hoe</translation>
    </message>
    <message>
      <source>Who received which version</source>
      <translation>Wie welke versie heeft gekregen</translation>
    </message>
    <message>
      <source>There is no active version yet: nobody needs a new copy.</source>
      <translation>Er is nog geen actieve versie: niemand hoeft een nieuwe te krijgen.</translation>
    </message>
    <message>
      <source>These people still need version %1: %2</source>
      <translation>Deze mensen moeten versie %1 nog krijgen: %2</translation>
    </message>
    <message>
      <source>Everyone on the list has the active version %1.</source>
      <translation>Iedereen op de lijst heeft de actieve versie %1.</translation>
    </message>
    <message>
      <source>Who still needs the new version</source>
      <translation>Wie de nieuwe versie nog moet krijgen</translation>
    </message>
    <message>
      <source>Organisation or relation</source>
      <translation>Organisatie of relatie</translation>
    </message>
    <message>
      <source>Record a copy of the active version</source>
      <translation>Leg vast wie de actieve versie kreeg</translation>
    </message>
    <message>
      <source>&amp;Recipient:</source>
      <translation>O&amp;ntvanger:</translation>
    </message>
    <message>
      <source>&amp;Organisation or relation:</source>
      <translation>&amp;Organisatie of relatie:</translation>
    </message>
    <message>
      <source>&amp;Given on:</source>
      <translation>&amp;Gegeven op:</translation>
    </message>
    <message>
      <source>Ho&amp;w:</source>
      <translation>&amp;Hoe:</translation>
    </message>
    <message>
      <source>Re&amp;cord copy</source>
      <translation>&amp;Vastleggen</translation>
    </message>
  </context>
  <context>
    <name>ExportDestination</name>
    <message>
      <source>PDF files (*.pdf)</source>
      <translation>Pdf-bestanden (*.pdf)</translation>
    </message>
    <message>
      <source>Web pages (*.html)</source>
      <translation>Webpagina's (*.html)</translation>
    </message>
    <message>
      <source>PNG images (*.png)</source>
      <translation>Png-afbeeldingen (*.png)</translation>
    </message>
    <message>
      <source>SVG images (*.svg)</source>
      <translation>Svg-afbeeldingen (*.svg)</translation>
    </message>
    <message>
      <source>Text files (*.txt)</source>
      <translation>Tekstbestanden (*.txt)</translation>
    </message>
    <message>
      <source>Choose where the folder “%1” goes</source>
      <translation>Kies waar de map “%1” komt</translation>
    </message>
    <message>
      <source>Save as</source>
      <translation>Opslaan als</translation>
    </message>
  </context>
  <context>
    <name>ExportDialog</name>
    <message>
      <source>Export</source>
      <translation>Exporteren</translation>
    </message>
    <message>
      <source>What do you want to save?</source>
      <translation>Wat wil je opslaan?</translation>
    </message>
    <message>
      <source>You choose where it goes next. Nothing is sent anywhere.</source>
      <translation>Daarna kies je waar het komt. Er wordt niets verstuurd.</translation>
    </message>
    <message>
      <source>Other files</source>
      <translation>Andere bestanden</translation>
    </message>
    <message>
      <source>Look at this first:</source>
      <translation>Kijk hier eerst naar:</translation>
    </message>
    <message>
      <source>&amp;Save…</source>
      <translation>&amp;Opslaan…</translation>
    </message>
    <message>
      <source>The card to print at home</source>
      <translation>De kaart om thuis te printen</translation>
    </message>
    <message>
      <source>One A4 sheet (PDF). Print it on both sides at real size, cut out the card and fold it.</source>
      <translation>Eén A4-vel (pdf). Print het dubbelzijdig op ware grootte. Knip de kaart uit en vouw hem.</translation>
    </message>
    <message>
      <source>The card for the print shop</source>
      <translation>De kaart voor de drukker</translation>
    </message>
    <message>
      <source>A PDF at real size with 3 mm extra edge, for a print shop or copy shop.</source>
      <translation>Een pdf op ware grootte met 3 mm extra rand, voor een drukkerij of copyshop.</translation>
    </message>
    <message>
      <source>The whole plan (PDF)</source>
      <translation>Het volledige plan (pdf)</translation>
    </message>
    <message>
      <source>All parts of your crisis plan on A4, to print or to keep.</source>
      <translation>Alle delen van je crisisplan op A4, om te printen of te bewaren.</translation>
    </message>
    <message>
      <source>The eigen plan van aanpak</source>
      <translation>Het eigen plan van aanpak</translation>
    </message>
    <message>
      <source>Your own plan of action on A4, with room for signatures.</source>
      <translation>Je eigen plan van aanpak op A4, met plek voor handtekeningen.</translation>
    </message>
    <message>
      <source>The letter</source>
      <translation>De brief</translation>
    </message>
    <message>
      <source>The letter to the geneesheer-directeur, ready to print and sign.</source>
      <translation>De brief aan de geneesheer-directeur, klaar om te printen en te ondertekenen.</translation>
    </message>
    <message>
      <source>The plan van aanpak as a draft to share</source>
      <translation>Het plan van aanpak als concept om te delen</translation>
    </message>
    <message>
      <source>With CONCEPT on every page, to show your behandelaar or naasten before you hand it in.</source>
      <translation>Met CONCEPT op elke bladzijde, om aan je behandelaar of naasten te laten zien voordat je het inlevert.</translation>
    </message>
    <message>
      <source>The plan for the court hearing</source>
      <translation>Het plan voor de zitting</translation>
    </message>
    <message>
      <source>A cover page for the judge, then your plan van aanpak (and your zorgkaart if you chose so).</source>
      <translation>Een voorblad voor de rechter, dan je plan van aanpak (en je zorgkaart als je dat koos).</translation>
    </message>
    <message>
      <source>The zorgkaart</source>
      <translation>De zorgkaart</translation>
    </message>
    <message>
      <source>What you want and do not want in care and compulsory care, gathered from your crisis plan.</source>
      <translation>Wat je wel en niet wilt in de zorg en bij verplichte zorg, uit je crisisplan bij elkaar gezet.</translation>
    </message>
    <message>
      <source>The zelfbinding worksheet</source>
      <translation>Het werkblad zelfbinding</translation>
    </message>
    <message>
      <source>Your preparation for a zelfbindingsverklaring. It is not a valid declaration by itself.</source>
      <translation>Je voorbereiding op een zelfbindingsverklaring. Het is zelf geen geldige verklaring.</translation>
    </message>
    <message>
      <source>The plan as a web page</source>
      <translation>Het plan als webpagina</translation>
    </message>
    <message>
      <source>Your whole plan in one file that opens in an internet browser.</source>
      <translation>Je hele plan in één bestand dat je opent in een internetbrowser.</translation>
    </message>
    <message>
      <source>The QR code as an image</source>
      <translation>De QR-code als afbeelding</translation>
    </message>
    <message>
      <source>Only the QR code (PNG), for example for a sticker or your phone.</source>
      <translation>Alleen de QR-code (png), bijvoorbeeld voor een sticker of op je telefoon.</translation>
    </message>
    <message>
      <source>The summary for emergency services, as text</source>
      <translation>De samenvatting voor de hulpdiensten als tekst</translation>
    </message>
    <message>
      <source>What emergency services see when they scan the QR code, and what did not fit in it.</source>
      <translation>Wat de hulpdiensten zien als ze de QR-code scannen, en wat er niet in paste.</translation>
    </message>
    <message>
      <source>The summary as a folder for the website</source>
      <translation>De samenvatting als map voor de website</translation>
    </message>
    <message>
      <source>A folder your organisation puts on its website. The QR code then opens your summary.</source>
      <translation>Een map die je organisatie op haar website zet. De QR-code opent dan je samenvatting.</translation>
    </message>
    <message>
      <source>ℹ For this folder an organisation profile is needed, with the web address where the summary will be. You get it from the organisation that puts the summary on its website; ask your ondersteuner about it. Your card works without it: then the QR code holds the summary itself.</source>
      <translation>ℹ Voor deze map is een organisatieprofiel nodig, met het webadres waar de samenvatting komt te staan. Dat krijg je van de organisatie die de samenvatting op haar website zet. Vraag je ondersteuner ernaar. Je kaart werkt ook zonder: dan staat de samenvatting in de QR-code zelf.</translation>
    </message>
    <message>
      <source>ℹ Good to know: %1</source>
      <translation>ℹ Goed om te weten: %1</translation>
    </message>
    <message>
      <source>⚠ Note: %1</source>
      <translation>⚠ Let op: %1</translation>
    </message>
    <message>
      <source>Card and plan</source>
      <translation>Kaart en plan</translation>
    </message>
    <message>
      <source>Wvggz</source>
      <translation>Wvggz</translation>
    </message>
    <message>
      <source>The QR code for a print shop</source>
      <translation>De QR-code voor een drukker</translation>
    </message>
    <message>
      <source>The same QR code as a drawing (SVG) that stays sharp at any size.</source>
      <translation>Dezelfde QR-code als tekening (svg) die op elke grootte scherp blijft.</translation>
    </message>
    <message>
      <source>✓ Everything is ready.</source>
      <translation>✓ Alles is klaar.</translation>
    </message>
  </context>
  <context>
    <name>ExportDone</name>
    <message>
      <source>Saved</source>
      <translation>Opgeslagen</translation>
    </message>
    <message>
      <source>✓ The folder is saved.</source>
      <translation>✓ De map is opgeslagen.</translation>
    </message>
    <message>
      <source>✓ The file is saved.</source>
      <translation>✓ Het bestand is opgeslagen.</translation>
    </message>
    <message>
      <source>Name</source>
      <translation>Naam</translation>
    </message>
    <message>
      <source>Folder</source>
      <translation>Map</translation>
    </message>
    <message>
      <source>Name:</source>
      <translation>Naam:</translation>
    </message>
    <message>
      <source>In folder:</source>
      <translation>In map:</translation>
    </message>
    <message>
      <source>Open &amp;folder</source>
      <translation>&amp;Map openen</translation>
    </message>
    <message>
      <source>Shows the folder with the file</source>
      <translation>Laat de map met het bestand zien</translation>
    </message>
    <message>
      <source>ℹ It says CONCEPT on every page: it is a draft to share.</source>
      <translation>ℹ Er staat CONCEPT op elke bladzijde: het is een concept om te delen.</translation>
    </message>
    <message>
      <source>ℹ It says CONCEPT on it, because the plan van aanpak has not been signed yet. Fill in the signing date once you have signed it, and save it again.</source>
      <translation>ℹ Er staat CONCEPT op, want het plan van aanpak is nog niet ondertekend. Vul de datum van ondertekenen in als je het hebt getekend, en sla het opnieuw op.</translation>
    </message>
    <message>
      <source>ℹ It says CONCEPT on it, because this version has not been signed yet.</source>
      <translation>ℹ Er staat CONCEPT op, want deze versie is nog niet ondertekend.</translation>
    </message>
    <message>
      <source>Does not fit in full (it stays in your plan):</source>
      <translation>Past er niet helemaal op (het blijft wel in je plan):</translation>
    </message>
    <message>
      <source>✓ Everything fits on the card.</source>
      <translation>✓ Alles past op de kaart.</translation>
    </message>
    <message>
      <source>ℹ Not in the QR code for emergency services (but on the card):</source>
      <translation>ℹ Niet in de QR-code voor de hulpdiensten (wel op de kaart):</translation>
    </message>
    <message>
      <source>Print it at real size (100 %), on both sides, flipping on the long edge. Then cut it out at the corner marks and fold it at the dashed lines.</source>
      <translation>Print op ware grootte (100 %), dubbelzijdig, omslaan langs de lange kant. Knip de kaart dan uit bij de snijtekens en vouw hem bij de stippellijnen.</translation>
    </message>
    <message>
      <source>Put what is in this folder on your organisation's website. LEESMIJ.txt in the folder says how.</source>
      <translation>Zet wat in deze map staat op de website van je organisatie. In LEESMIJ.txt in de map staat hoe.</translation>
    </message>
    <message>
      <source>Note: this file is not encrypted. Anyone who has it can read it. Delete it when you no longer need it.</source>
      <translation>Let op: dit bestand is niet versleuteld. Iedereen die het heeft, kan het lezen. Gooi het weg als je het niet meer nodig hebt.</translation>
    </message>
  </context>
  <context>
    <name>ExportFlow</name>
    <message>
      <source>There is already a folder “%1” here. Replace the files in it?</source>
      <translation>Er is hier al een map ‘%1’. Wil je de bestanden erin vervangen?</translation>
    </message>
    <message>
      <source>There is already a file “%1” in this folder. Replace it?</source>
      <translation>Er is al een bestand ‘%1’ in deze map. Wil je het vervangen?</translation>
    </message>
    <message>
      <source>Export</source>
      <translation>Exporteren</translation>
    </message>
    <message>
      <source>&amp;Replace</source>
      <translation>&amp;Vervangen</translation>
    </message>
    <message>
      <source>Saved as %1.</source>
      <translation>Opgeslagen als %1.</translation>
    </message>
    <message>
      <source>Nothing was saved.</source>
      <translation>Er is niets opgeslagen.</translation>
    </message>
  </context>
  <context>
    <name>FromCrisisplan</name>
    <message>
      <source>This comes from your crisis plan, so you do not have to write it again. The PDF of your plan of action includes it. To change it, change your crisis plan.</source>
      <translation>Dit komt uit je crisisplan. Je hoeft het dus niet opnieuw te schrijven. Het staat ook in de pdf van je plan van aanpak. Wil je iets veranderen? Doe dat dan in je crisisplan.</translation>
    </message>
    <message>
      <source>Add my contact persons as helpers</source>
      <translation>Mijn contactpersonen toevoegen als helpers</translation>
    </message>
    <message>
      <source>Copies the people from your crisis plan into "Who helped". Nobody is added twice.</source>
      <translation>Zet de mensen uit je crisisplan bij "Wie hielp". Niemand komt er twee keer in.</translation>
    </message>
    <message>
      <source>Add my medicines as agreements</source>
      <translation>Mijn medicijnen toevoegen als afspraken</translation>
    </message>
    <message>
      <source>Adds an agreement about medication for each medicine in your crisis plan.</source>
      <translation>Voegt voor elk medicijn uit je crisisplan een afspraak over medicijnen toe.</translation>
    </message>
    <message>
      <source>From your crisis plan</source>
      <translation>Uit je crisisplan</translation>
    </message>
    <message>
      <source>Your crisis plan is still empty.</source>
      <translation>Je crisisplan is nog leeg.</translation>
    </message>
    <message>
      <source>%1 people added to "Who helped".</source>
      <translation>%1 mensen toegevoegd aan "Wie hielp".</translation>
    </message>
    <message>
      <source>I take %1.</source>
      <translation>Ik neem %1.</translation>
    </message>
    <message>
      <source>%1 agreements about medication added.</source>
      <translation>%1 afspraken over medicijnen toegevoegd.</translation>
    </message>
  </context>
  <context>
    <name>GiveAccessDialog</name>
    <message>
      <source>Give access</source>
      <translation>Toegang geven</translation>
    </message>
    <message>
      <source>Your ondersteuner gave you a file whose name ends in .pub. It holds the public part of their key, nothing secret.</source>
      <translation>Je ondersteuner gaf je een bestand waarvan de naam eindigt op .pub. Daarin staat het openbare deel van de sleutel van je ondersteuner. Er staat niets geheims in.</translation>
    </message>
    <message>
      <source>&amp;Choose the key file…</source>
      <translation>Sleutel&amp;bestand kiezen…</translation>
    </message>
    <message>
      <source>Choose the ondersteuner's public key file</source>
      <translation>Kies het bestand met de openbare sleutel van je ondersteuner</translation>
    </message>
    <message>
      <source>No key chosen yet.</source>
      <translation>Nog geen sleutel gekozen.</translation>
    </message>
    <message>
      <source>Read these 16 characters aloud together:</source>
      <translation>Lees deze 16 tekens samen hardop voor:</translation>
    </message>
    <message>
      <source>Fingerprint of the key</source>
      <translation>Vingerafdruk van de sleutel</translation>
    </message>
    <message>
      <source>Your ondersteuner sees their characters under Ondersteuner › Profile, on their own computer. Are they not the same? Then do not give access: it may be someone else's key.</source>
      <translation>Je ondersteuner ziet de eigen tekens bij Ondersteuner › Profiel, op de eigen computer. Zijn de tekens niet gelijk? Geef dan geen toegang: het kan de sleutel van iemand anders zijn.</translation>
    </message>
    <message>
      <source>The characters are the &amp;same</source>
      <translation>De tekens zijn &amp;gelijk</translation>
    </message>
    <message>
      <source>The characters are the same</source>
      <translation>De tekens zijn gelijk</translation>
    </message>
    <message>
      <source>&amp;Give access</source>
      <translation>&amp;Toegang geven</translation>
    </message>
    <message>
      <source>Public key of your ondersteuner</source>
      <translation>Openbare sleutel van je ondersteuner</translation>
    </message>
    <message>
      <source>Public key (*.pub);;All files (*)</source>
      <translation>Openbare sleutel (*.pub);;Alle bestanden (*)</translation>
    </message>
    <message>
      <source>Key of %1.</source>
      <translation>Sleutel van %1.</translation>
    </message>
    <message>
      <source>Then %1 can open your card with their own key, without your passphrase. You can take the access away again at any time.</source>
      <translation>Daarna kan %1 je kaart openen met een eigen sleutel, zonder jouw wachtwoord. Je kunt de toegang altijd weer afnemen.</translation>
    </message>
  </context>
  <context>
    <name>Guide</name>
    <message>
      <source>Add a line</source>
      <translation>Regel toevoegen</translation>
    </message>
    <message>
      <source>Add a contact person</source>
      <translation>Contactpersoon toevoegen</translation>
    </message>
    <message>
      <source>Add a care provider</source>
      <translation>Hulpverlener toevoegen</translation>
    </message>
    <message>
      <source>Add a medicine</source>
      <translation>Medicijn toevoegen</translation>
    </message>
    <message>
      <source>Add a phase</source>
      <translation>Fase toevoegen</translation>
    </message>
    <message>
      <source>Add a clinic</source>
      <translation>Kliniek toevoegen</translation>
    </message>
    <message>
      <source>Add a preference</source>
      <translation>Voorkeur toevoegen</translation>
    </message>
    <message>
      <source>Add a practical matter</source>
      <translation>Praktische zaak toevoegen</translation>
    </message>
    <message>
      <source>Add a person who signs</source>
      <translation>Iemand toevoegen die tekent</translation>
    </message>
    <message>
      <source>What is your name?</source>
      <translation>Wat is je naam?</translation>
    </message>
    <message>
      <source>Your full name, as it is on your ID. It goes on the front of the card.</source>
      <translation>Je volledige naam, zoals op je identiteitsbewijs. Die komt op de voorkant van de kaart.</translation>
    </message>
    <message>
      <source>Noor Bakker</source>
      <translation>Noor Bakker</translation>
    </message>
    <message>
      <source>Mehmet Yılmaz</source>
      <translation>Mehmet Yılmaz</translation>
    </message>
    <message>
      <source>What do you like to be called?</source>
      <translation>Hoe wil je genoemd worden?</translation>
    </message>
    <message>
      <source>The name people should use when they talk to you.</source>
      <translation>De naam die mensen gebruiken als ze met je praten.</translation>
    </message>
    <message>
      <source>Noor</source>
      <translation>Noor</translation>
    </message>
    <message>
      <source>Mem</source>
      <translation>Mem</translation>
    </message>
    <message>
      <source>What is your date of birth?</source>
      <translation>Wat is je geboortedatum?</translation>
    </message>
    <message>
      <source>Responders use it to be sure the card is yours. Write it as day-month-year.</source>
      <translation>Hulpverleners zien daaraan dat de kaart van jou is. Schrijf hem als dag-maand-jaar.</translation>
    </message>
    <message>
      <source>14-03-1990</source>
      <translation>14-03-1990</translation>
    </message>
    <message>
      <source>Is there anything about language or talking that others should know?</source>
      <translation>Moeten anderen iets weten over taal of praten?</translation>
    </message>
    <message>
      <source>For example which language you speak, or how people can best talk with you.</source>
      <translation>Bijvoorbeeld welke taal je spreekt, of hoe mensen het best met je kunnen praten.</translation>
    </message>
    <message>
      <source>I speak Dutch and Turkish.</source>
      <translation>Ik spreek Nederlands en Turks.</translation>
    </message>
    <message>
      <source>I hear badly on my left side. Talk to me from the right.</source>
      <translation>Ik hoor slecht links. Praat van rechts tegen me.</translation>
    </message>
    <message>
      <source>What does a crisis look like for you, in a few sentences?</source>
      <translation>Hoe ziet een crisis er bij jou uit, in een paar zinnen?</translation>
    </message>
    <message>
      <source>Write what others see when it goes wrong. Keep it short: this can go on the card.</source>
      <translation>Schrijf op wat anderen zien als het misgaat. Houd het kort: dit kan op de kaart.</translation>
    </message>
    <message>
      <source>I stop talking and stare ahead. I may walk away without saying where.</source>
      <translation>Ik stop met praten en staar voor me uit. Soms loop ik weg zonder te zeggen waarheen.</translation>
    </message>
    <message>
      <source>I hear voices and get very scared. I may not understand what you say.</source>
      <translation>Ik hoor stemmen en word erg bang. Misschien begrijp ik niet wat je zegt.</translation>
    </message>
    <message>
      <source>How does a crisis build up for you?</source>
      <translation>Hoe bouwt een crisis zich bij jou op?</translation>
    </message>
    <message>
      <source>Many people describe phases: green (going well), orange (it is starting) and red (crisis).</source>
      <translation>Veel mensen beschrijven fases: groen (het gaat goed), oranje (het begint) en rood (crisis).</translation>
    </message>
    <message>
      <source>Orange: I sleep badly and stay in my room.</source>
      <translation>Oranje: ik slaap slecht en blijf op mijn kamer.</translation>
    </message>
    <message>
      <source>Red: I no longer eat and I do not answer the phone.</source>
      <translation>Rood: ik eet niet meer en neem de telefoon niet op.</translation>
    </message>
    <message>
      <source>What can set off a crisis?</source>
      <translation>Waardoor kan een crisis beginnen?</translation>
    </message>
    <message>
      <source>Situations or events that make it more likely that things go wrong.</source>
      <translation>Situaties of gebeurtenissen waardoor het sneller misgaat.</translation>
    </message>
    <message>
      <source>Too little sleep</source>
      <translation>Te weinig slaap</translation>
    </message>
    <message>
      <source>Conflict at home</source>
      <translation>Ruzie thuis</translation>
    </message>
    <message>
      <source>Stopping my medication</source>
      <translation>Stoppen met mijn medicijnen</translation>
    </message>
    <message>
      <source>What happened in earlier crises?</source>
      <translation>Wat gebeurde er bij eerdere crises?</translation>
    </message>
    <message>
      <source>What went well and what did not. This stays in the plan.</source>
      <translation>Wat ging goed en wat niet. Dit blijft in het plan.</translation>
    </message>
    <message>
      <source>In 2023 I was admitted. Being picked up by my sister helped a lot.</source>
      <translation>In 2023 ben ik opgenomen. Dat mijn zus me ophaalde, hielp veel.</translation>
    </message>
    <message>
      <source>What do you notice yourself when a crisis is coming?</source>
      <translation>Wat merk je zelf als er een crisis aankomt?</translation>
    </message>
    <message>
      <source>Early signs you feel or notice in yourself.</source>
      <translation>Vroege signalen die je zelf voelt of merkt.</translation>
    </message>
    <message>
      <source>I cannot sleep</source>
      <translation>Ik kan niet slapen</translation>
    </message>
    <message>
      <source>My thoughts race</source>
      <translation>Mijn gedachten gaan heel snel</translation>
    </message>
    <message>
      <source>What do others notice?</source>
      <translation>Wat merken anderen?</translation>
    </message>
    <message>
      <source>Signs that people around you see, sometimes before you do.</source>
      <translation>Signalen die mensen om je heen zien, soms eerder dan jij.</translation>
    </message>
    <message>
      <source>I talk very fast</source>
      <translation>Ik praat heel snel</translation>
    </message>
    <message>
      <source>I do not open the door</source>
      <translation>Ik doe de deur niet open</translation>
    </message>
    <message>
      <source>What can you do yourself when you notice these signs?</source>
      <translation>Wat kun je zelf doen als je deze signalen merkt?</translation>
    </message>
    <message>
      <source>Things that help you to stay calm or to ask for help in time.</source>
      <translation>Dingen die je helpen rustig te blijven of op tijd hulp te vragen.</translation>
    </message>
    <message>
      <source>Go for a walk with my dog</source>
      <translation>Wandelen met mijn hond</translation>
    </message>
    <message>
      <source>Call my sister</source>
      <translation>Mijn zus bellen</translation>
    </message>
    <message>
      <source>Take my extra medicine as agreed</source>
      <translation>Mijn extra medicijn nemen zoals afgesproken</translation>
    </message>
    <message>
      <source>What helps you in a crisis? How should people approach you?</source>
      <translation>Wat helpt je in een crisis? Hoe kunnen mensen je het best benaderen?</translation>
    </message>
    <message>
      <source>Tell others what they can do. This is the most important part of the card.</source>
      <translation>Vertel anderen wat ze kunnen doen. Dit is het belangrijkste deel van de kaart.</translation>
    </message>
    <message>
      <source>Keep talking to me calmly</source>
      <translation>Blijf rustig tegen me praten</translation>
    </message>
    <message>
      <source>Give me space and time</source>
      <translation>Geef me ruimte en tijd</translation>
    </message>
    <message>
      <source>Call my sister Anna</source>
      <translation>Bel mijn zus Anna</translation>
    </message>
    <message>
      <source>What does not help? What should people not do?</source>
      <translation>Wat helpt niet? Wat moeten mensen niet doen?</translation>
    </message>
    <message>
      <source>Things that make it worse, so that others can avoid them.</source>
      <translation>Dingen die het erger maken, zodat anderen die kunnen vermijden.</translation>
    </message>
    <message>
      <source>Do not touch me without asking</source>
      <translation>Raak me niet aan zonder het te vragen</translation>
    </message>
    <message>
      <source>No sirens or flashing lights if possible</source>
      <translation>Liefst geen sirene of zwaailicht</translation>
    </message>
    <message>
      <source>What should police or ambulance staff know?</source>
      <translation>Wat moeten politie of ambulance weten?</translation>
    </message>
    <message>
      <source>Short, practical notes for emergency services.</source>
      <translation>Korte, praktische tips voor hulpdiensten.</translation>
    </message>
    <message>
      <source>I am not aggressive, I am scared</source>
      <translation>Ik ben niet agressief, ik ben bang</translation>
    </message>
    <message>
      <source>I may not answer; that does not mean I am ignoring you</source>
      <translation>Misschien antwoord ik niet; dat betekent niet dat ik je negeer</translation>
    </message>
    <message>
      <source>Who may be called when you are in a crisis?</source>
      <translation>Wie mag er gebeld worden als je in crisis bent?</translation>
    </message>
    <message>
      <source>Write name, relation and phone number. At most three go on the card. You can also name someone who must not be called.</source>
      <translation>Schrijf naam, relatie en telefoonnummer. Er passen er hoogstens drie op de kaart. Je kunt ook iemand noemen die níet gebeld mag worden.</translation>
    </message>
    <message>
      <source>Anna Bakker, sister, 06 1234 5678</source>
      <translation>Anna Bakker, zus, 06 1234 5678</translation>
    </message>
    <message>
      <source>Karel, neighbour, has a key</source>
      <translation>Karel, buurman, heeft een sleutel</translation>
    </message>
    <message>
      <source>Which care providers are involved?</source>
      <translation>Welke hulpverleners zijn erbij betrokken?</translation>
    </message>
    <message>
      <source>For example your GP, your practitioner or FACT team, the crisis service, a financial administrator or patient advocate.</source>
      <translation>Bijvoorbeeld je huisarts, je behandelaar of FACT-team, de crisisdienst, een bewindvoerder of de patiëntenvertrouwenspersoon.</translation>
    </message>
    <message>
      <source>GP: dr. Jansen, 020 123 4567</source>
      <translation>Huisarts: dr. Jansen, 020 123 4567</translation>
    </message>
    <message>
      <source>FACT team Noord, 020 765 4321</source>
      <translation>FACT-team Noord, 020 765 4321</translation>
    </message>
    <message>
      <source>Which medicines do you use?</source>
      <translation>Welke medicijnen gebruik je?</translation>
    </message>
    <message>
      <source>Name, dose and when you take it. Also what others should do with it in a crisis.</source>
      <translation>Naam, dosis en wanneer je het neemt. En wat anderen ermee moeten doen in een crisis.</translation>
    </message>
    <message>
      <source>Quetiapine 50 mg, in the evening</source>
      <translation>Quetiapine 50 mg, 's avonds</translation>
    </message>
    <message>
      <source>Take it with me if I am admitted</source>
      <translation>Neem het mee als ik word opgenomen</translation>
    </message>
    <message>
      <source>Are you allergic to anything?</source>
      <translation>Ben je ergens allergisch voor?</translation>
    </message>
    <message>
      <source>Allergies to medicines or food. Responders need to know this.</source>
      <translation>Allergieën voor medicijnen of eten. Hulpverleners moeten dit weten.</translation>
    </message>
    <message>
      <source>Penicillin</source>
      <translation>Penicilline</translation>
    </message>
    <message>
      <source>Peanuts</source>
      <translation>Pinda's</translation>
    </message>
    <message>
      <source>Which medicines work well for you?</source>
      <translation>Welke medicijnen werken goed voor jou?</translation>
    </message>
    <message>
      <source>From experience: what helps you in a crisis.</source>
      <translation>Uit ervaring: wat helpt je in een crisis.</translation>
    </message>
    <message>
      <source>Lorazepam helps me to calm down</source>
      <translation>Lorazepam helpt me om rustig te worden</translation>
    </message>
    <message>
      <source>Which medicines do not work for you, or give bad side effects?</source>
      <translation>Welke medicijnen werken niet voor jou, of geven nare bijwerkingen?</translation>
    </message>
    <message>
      <source>So that nobody gives them to you again without good reason.</source>
      <translation>Zodat niemand ze je zonder goede reden nog eens geeft.</translation>
    </message>
    <message>
      <source>Haloperidol: I get very stiff</source>
      <translation>Haloperidol: ik word er heel stijf van</translation>
    </message>
    <message>
      <source>Do you have physical conditions others should know about?</source>
      <translation>Heb je lichamelijke klachten die anderen moeten weten?</translation>
    </message>
    <message>
      <source>For example diabetes, epilepsy or a heart condition.</source>
      <translation>Bijvoorbeeld diabetes, epilepsie of een hartziekte.</translation>
    </message>
    <message>
      <source>Diabetes type 1</source>
      <translation>Diabetes type 1</translation>
    </message>
    <message>
      <source>Asthma</source>
      <translation>Astma</translation>
    </message>
    <message>
      <source>If you have to be admitted: where would you prefer to go?</source>
      <translation>Als je opgenomen moet worden: waar wil je dan het liefst heen?</translation>
    </message>
    <message>
      <source>A clinic or ward, and why.</source>
      <translation>Een kliniek of afdeling, en waarom.</translation>
    </message>
    <message>
      <source>Clinic De Linde, because I know the staff</source>
      <translation>Kliniek De Linde, want daar ken ik de mensen</translation>
    </message>
    <message>
      <source>Is there a place where you do not want to go?</source>
      <translation>Is er een plek waar je niet heen wilt?</translation>
    </message>
    <message>
      <source>And why, so others understand.</source>
      <translation>En waarom, zodat anderen het begrijpen.</translation>
    </message>
    <message>
      <source>Not to ward 3, I had a bad experience there</source>
      <translation>Niet naar afdeling 3, daar heb ik een nare ervaring gehad</translation>
    </message>
    <message>
      <source>What are your wishes about treatment?</source>
      <translation>Wat zijn je wensen over behandeling?</translation>
    </message>
    <message>
      <source>What you want or do not want when you are treated.</source>
      <translation>Wat je wel of niet wilt als je behandeld wordt.</translation>
    </message>
    <message>
      <source>Talk with me before changing my medication</source>
      <translation>Overleg met mij voordat je mijn medicijnen verandert</translation>
    </message>
    <message>
      <source>Let my sister visit me</source>
      <translation>Laat mijn zus op bezoek komen</translation>
    </message>
    <message>
      <source>If compulsory care is needed: what is least bad for you?</source>
      <translation>Als verplichte zorg nodig is: wat is voor jou het minst erg?</translation>
    </message>
    <message>
      <source>Under the Wvggz, care providers must take your preferences into account.</source>
      <translation>Volgens de Wvggz moeten hulpverleners rekening houden met je voorkeuren.</translation>
    </message>
    <message>
      <source>Rather medication than seclusion</source>
      <translation>Liever medicijnen dan insluiten</translation>
    </message>
    <message>
      <source>What needs to be arranged if you cannot be at home?</source>
      <translation>Wat moet er geregeld worden als je niet thuis kunt zijn?</translation>
    </message>
    <message>
      <source>Children, pets, plants, post, keys, rent or work: what, and who takes care of it.</source>
      <translation>Kinderen, huisdieren, planten, post, sleutels, huur of werk: wat, en wie zorgt ervoor.</translation>
    </message>
    <message>
      <source>My neighbour Karel feeds the cat</source>
      <translation>Mijn buurman Karel geeft de kat eten</translation>
    </message>
    <message>
      <source>My mother picks up the children from school</source>
      <translation>Mijn moeder haalt de kinderen van school</translation>
    </message>
    <message>
      <source>Do you want to write down a diagnosis?</source>
      <translation>Wil je een diagnose opschrijven?</translation>
    </message>
    <message>
      <source>This is optional. It stays in the plan only, unless you choose otherwise.</source>
      <translation>Dit hoeft niet. Het blijft alleen in het plan, tenzij je iets anders kiest.</translation>
    </message>
    <message>
      <source>Bipolar disorder</source>
      <translation>Bipolaire stoornis</translation>
    </message>
    <message>
      <source>Who signs the plan, and what do they agree to do?</source>
      <translation>Wie tekent het plan, en wat spreken zij af te doen?</translation>
    </message>
    <message>
      <source>Everyone named in the plan must agree to be named. You sign too.</source>
      <translation>Iedereen die in het plan staat, moet het goed vinden dat hij of zij genoemd wordt. Jij tekent ook.</translation>
    </message>
    <message>
      <source>Anna Bakker, sister: picks up the children</source>
      <translation>Anna Bakker, zus: haalt de kinderen op</translation>
    </message>
    <message>
      <source>Me: I keep this plan up to date</source>
      <translation>Ikzelf: ik houd dit plan bij</translation>
    </message>
    <message>
      <source>On which date was this plan drawn up?</source>
      <translation>Op welke datum is dit plan gemaakt?</translation>
    </message>
    <message>
      <source>Write it as day-month-year.</source>
      <translation>Schrijf het als dag-maand-jaar.</translation>
    </message>
    <message>
      <source>25-11-2026</source>
      <translation>25-11-2026</translation>
    </message>
    <message>
      <source>On which date did you sign the plan?</source>
      <translation>Op welke datum heb je het plan getekend?</translation>
    </message>
    <message>
      <source>The card is valid from this date. It says CONCEPT until your ondersteuner has recorded the signatures (Card › Versions).</source>
      <translation>Vanaf deze datum is de kaart geldig. Er staat CONCEPT op tot je ondersteuner de handtekeningen heeft vastgelegd (Kaart › Versies).</translation>
    </message>
    <message>
      <source>On which number can they ask for it, day and night?</source>
      <translation>Op welk nummer kunnen ze het dag en nacht vragen?</translation>
    </message>
    <message>
      <source>This is the number a responder calls for the full plan.</source>
      <translation>Dit nummer belt een hulpverlener om het hele plan te vragen.</translation>
    </message>
    <message>
      <source>020 000 5678</source>
      <translation>020 000 5678</translation>
    </message>
    <message>
      <source>Until when is the card valid?</source>
      <translation>Tot wanneer is de kaart geldig?</translation>
    </message>
    <message>
      <source>Usually one year after signing. Responders trust a card for at most 1.5 years.</source>
      <translation>Meestal een jaar na het tekenen. Hulpverleners vertrouwen een kaart hoogstens 1,5 jaar.</translation>
    </message>
    <message>
      <source>Where can responders ask for the full plan, day and night?</source>
      <translation>Waar kunnen hulpverleners dag en nacht het hele plan opvragen?</translation>
    </message>
    <message>
      <source>A service or person who can be reached 24 hours a day.</source>
      <translation>Een dienst of persoon die 24 uur per dag bereikbaar is.</translation>
    </message>
    <message>
      <source>Crisis service Amsterdam</source>
      <translation>Crisisdienst Amsterdam</translation>
    </message>
    <message>
      <source>Add a life area</source>
      <translation>Levensgebied toevoegen</translation>
    </message>
    <message>
      <source>Add a wish</source>
      <translation>Wens toevoegen</translation>
    </message>
    <message>
      <source>Tick this when everyone named under Who has said yes to doing it.</source>
      <translation>Vink dit aan als iedereen die bij Wie staat, ja heeft gezegd.</translation>
    </message>
    <message>
      <source>Add an agreement</source>
      <translation>Afspraak toevoegen</translation>
    </message>
    <message>
      <source>Add someone who helped</source>
      <translation>Iemand die hielp toevoegen</translation>
    </message>
    <message>
      <source>How are things going for you now?</source>
      <translation>Hoe gaat het nu met je?</translation>
    </message>
    <message>
      <source>Describe your situation in your own words: what happened, and why others are worried. Being honest helps you to be taken seriously.</source>
      <translation>Vertel in je eigen woorden hoe het met je gaat: wat er gebeurd is, en waarom anderen zich zorgen maken. Als je eerlijk bent, word je serieuzer genomen.</translation>
    </message>
    <message>
      <source>I live alone with my daughter. Since the quarrel with my landlord I sleep badly.</source>
      <translation>Ik woon alleen met mijn dochter. Sinds de ruzie met mijn huisbaas slaap ik slecht.</translation>
    </message>
    <message>
      <source>I stopped my medication in the summer. Since then I hear voices more often.</source>
      <translation>Ik ben in de zomer gestopt met mijn medicijnen. Sindsdien hoor ik vaker stemmen.</translation>
    </message>
    <message>
      <source>What do you need help with?</source>
      <translation>Waar heb je hulp bij nodig?</translation>
    </message>
    <message>
      <source>This is your request for help: what should change, and which help do you want for it?</source>
      <translation>Dit is je hulpvraag: wat moet er veranderen, en welke hulp wil je daarbij?</translation>
    </message>
    <message>
      <source>I want help to sleep well again, without being admitted.</source>
      <translation>Ik wil hulp om weer goed te slapen, zonder opname.</translation>
    </message>
    <message>
      <source>I want someone to help me with my money and my post.</source>
      <translation>Ik wil dat iemand mij helpt met mijn geld en mijn post.</translation>
    </message>
    <message>
      <source>In which parts of your life do you need support?</source>
      <translation>Op welke delen van je leven heb je steun nodig?</translation>
    </message>
    <message>
      <source>For example housing, money, daytime activities or work, contact with other people, and health. For each part: how it goes now, and which support you need.</source>
      <translation>Bijvoorbeeld wonen, geld, dagbesteding of werk, contact met anderen en gezondheid. Schrijf bij elk deel hoe het nu gaat en welke steun je nodig hebt.</translation>
    </message>
    <message>
      <source>Housing: I may lose my home. I need help from the Juridisch Loket.</source>
      <translation>Wonen: ik kan mijn huis kwijtraken. Ik heb hulp nodig van het Juridisch Loket.</translation>
    </message>
    <message>
      <source>Money: I have debts. My financial administrator helps me.</source>
      <translation>Geld: ik heb schulden. Mijn bewindvoerder helpt mij.</translation>
    </message>
    <message>
      <source>Health: I forget my medicines. My sister reminds me every morning.</source>
      <translation>Gezondheid: ik vergeet mijn medicijnen. Mijn zus herinnert me er elke ochtend aan.</translation>
    </message>
    <message>
      <source>Which solutions do you see yourself?</source>
      <translation>Welke oplossingen zie je zelf?</translation>
    </message>
    <message>
      <source>What can help so that compulsory care is not needed? Think of what helped before.</source>
      <translation>Wat kan helpen zodat verplichte zorg niet nodig is? Denk aan wat eerder hielp.</translation>
    </message>
    <message>
      <source>More contact with my FACT team and a fixed rhythm every day.</source>
      <translation>Vaker contact met mijn FACT-team en elke dag een vast ritme.</translation>
    </message>
    <message>
      <source>Staying with my sister for a few weeks.</source>
      <translation>Een paar weken bij mijn zus logeren.</translation>
    </message>
    <message>
      <source>What do your family and the people close to you wish?</source>
      <translation>Wat wensen je familie en naasten?</translation>
    </message>
    <message>
      <source>Ask them. Write down their wish in their own words, with their name.</source>
      <translation>Vraag het hun. Schrijf hun wens op in hun eigen woorden, met hun naam erbij.</translation>
    </message>
    <message>
      <source>Anna (sister): I want Noor to be able to stay at home.</source>
      <translation>Anna (zus): ik wil dat Noor thuis kan blijven.</translation>
    </message>
    <message>
      <source>My father: I want to be called when things get worse.</source>
      <translation>Mijn vader: ik wil gebeld worden als het slechter gaat.</translation>
    </message>
    <message>
      <source>Which clear agreements do you make?</source>
      <translation>Welke duidelijke afspraken maak je?</translation>
    </message>
    <message>
      <source>Make agreements about behaviour, medication, treatment, daytime activities and safety. For each agreement write what will happen, who does it, and when.</source>
      <translation>Maak afspraken over gedrag, medicijnen, behandeling, dagbesteding en veiligheid. Schrijf bij elke afspraak wat er gebeurt, wie het doet en wanneer.</translation>
    </message>
    <message>
      <source>Medication: I take my medicine every morning. Anna calls me at 8 o'clock.</source>
      <translation>Medicijnen: ik neem elke ochtend mijn medicijnen. Anna belt me om 8 uur.</translation>
    </message>
    <message>
      <source>Daytime activities: I go to the day centre on Monday and Thursday.</source>
      <translation>Dagbesteding: ik ga op maandag en donderdag naar het inloophuis.</translation>
    </message>
    <message>
      <source>Safety: if I cannot sleep at night, I call Anna instead of going outside.</source>
      <translation>Veiligheid: als ik 's nachts niet kan slapen, bel ik Anna in plaats van naar buiten te gaan.</translation>
    </message>
    <message>
      <source>What should happen if it goes wrong anyway?</source>
      <translation>Wat moet er gebeuren als het toch misgaat?</translation>
    </message>
    <message>
      <source>Write what others should do then. You can refer to your crisis plan.</source>
      <translation>Schrijf op wat anderen dan moeten doen. Je kunt verwijzen naar je crisisplan.</translation>
    </message>
    <message>
      <source>Then my crisis plan applies. Please call Anna first.</source>
      <translation>Dan geldt mijn crisisplan. Bel eerst Anna.</translation>
    </message>
    <message>
      <source>I would rather go to clinic De Linde for a few days, of my own free will.</source>
      <translation>Ik ga liever een paar dagen vrijwillig naar kliniek De Linde.</translation>
    </message>
    <message>
      <source>Should your crisis plan be followed if it goes wrong?</source>
      <translation>Moet je crisisplan gevolgd worden als het misgaat?</translation>
    </message>
    <message>
      <source>Tick this if others should then follow your crisis plan. The plan PDF says so, and includes what your crisis plan holds.</source>
      <translation>Vink dit aan als anderen dan je crisisplan moeten volgen. Dat staat dan in de pdf van je plan, samen met wat er in je crisisplan staat.</translation>
    </message>
    <message>
      <source>Who helped you to write this plan?</source>
      <translation>Wie hielp je bij het schrijven van dit plan?</translation>
    </message>
    <message>
      <source>Family, people close to you or your ondersteuner. They sign the plan and write what they will do.</source>
      <translation>Familie, naasten of je ondersteuner. Zij tekenen het plan en schrijven op wat zij gaan doen.</translation>
    </message>
    <message>
      <source>Anna Bakker, sister: I call Noor every morning.</source>
      <translation>Anna Bakker, zus: ik bel Noor elke ochtend.</translation>
    </message>
    <message>
      <source>Karel, neighbour: I keep a spare key.</source>
      <translation>Karel, buurman: ik heb een reservesleutel.</translation>
    </message>
    <message>
      <source>Sign the printed plan together with the people who helped. Then fill in the date here. Write it as day-month-year.</source>
      <translation>Teken het geprinte plan samen met de mensen die hielpen. Vul daarna hier de datum in, als dag-maand-jaar.</translation>
    </message>
    <message>
      <source>24-11-2026</source>
      <translation>24-11-2026</translation>
    </message>
    <message>
      <source>The day the geneesheer-directeur told you that a care authorisation (zorgmachtiging) is being prepared. Write it as day-month-year.</source>
      <translation>De dag waarop de geneesheer-directeur je vertelde dat er een zorgmachtiging wordt voorbereid. Schrijf het als dag-maand-jaar.</translation>
    </message>
    <message>
      <source>Calendar days is how the law reads. Choose working days only if your lawyer or patient advocate says so.</source>
      <translation>Kalenderdagen is hoe de wet het zegt. Kies alleen werkdagen als je advocaat of patiëntenvertrouwenspersoon dat zegt.</translation>
    </message>
    <message>
      <source>The day you sent or handed in the letter to the geneesheer-directeur.</source>
      <translation>De dag waarop je de brief aan de geneesheer-directeur verstuurde of afgaf.</translation>
    </message>
    <message>
      <source>What the geneesheer-directeur decided: may you write your own plan?</source>
      <translation>Wat de geneesheer-directeur besloot: mag je je eigen plan schrijven?</translation>
    </message>
    <message>
      <source>The day you heard the decision.</source>
      <translation>De dag waarop je het besluit hoorde.</translation>
    </message>
    <message>
      <source>The name of the geneesheer-directeur, as in the message you received.</source>
      <translation>De naam van de geneesheer-directeur, zoals in het bericht dat je kreeg.</translation>
    </message>
    <message>
      <source>Are you staying somewhere else now, for example in a clinic? Write the address where post reaches you now. It replaces your home address on the letter.</source>
      <translation>Verblijf je nu ergens anders, bijvoorbeeld in een kliniek? Schrijf het adres waar post je nu bereikt. Dat komt op de brief in plaats van je huisadres.</translation>
    </message>
    <message>
      <source>So the geneesheer-directeur can reach you about the decision.</source>
      <translation>Zo kan de geneesheer-directeur je bereiken over het besluit.</translation>
    </message>
    <message>
      <source>The day of the hearing, from the letter of the court. Write it as day-month-year. Leave it empty if you do not know it yet.</source>
      <translation>De dag van de zitting, uit de brief van de rechtbank. Schrijf het als dag-maand-jaar. Laat het leeg als je het nog niet weet.</translation>
    </message>
    <message>
      <source>For example 10.30 uur.</source>
      <translation>Bijvoorbeeld 10.30 uur.</translation>
    </message>
    <message>
      <source>For example Rechtbank Amsterdam.</source>
      <translation>Bijvoorbeeld Rechtbank Amsterdam.</translation>
    </message>
    <message>
      <source>The name of the judge, if you know it.</source>
      <translation>De naam van de rechter, als je die weet.</translation>
    </message>
    <message>
      <source>Where the hearing is: at the court, or in the clinic or at home, where the judge comes to you.</source>
      <translation>Waar de zitting is: bij de rechtbank, of in de kliniek of thuis, waar de rechter naar je toe komt.</translation>
    </message>
    <message>
      <source>The number on the letter of the court (zaaknummer).</source>
      <translation>Het nummer op de brief van de rechtbank (zaaknummer).</translation>
    </message>
    <message>
      <source>Your lawyer. You get one for free; the court arranges it. Ask the patient advocate (PVP) if you have not heard from a lawyer.</source>
      <translation>Je advocaat. Die krijg je gratis; de rechtbank regelt dat. Vraag de patiëntenvertrouwenspersoon (PVP) als je nog niets van een advocaat hebt gehoord.</translation>
    </message>
    <message>
      <source>Tick what you ask the judge. You may tick more than one.</source>
      <translation>Vink aan wat je de rechter vraagt. Je mag meer dan één ding aanvinken.</translation>
    </message>
    <message>
      <source>Say it in your own words. For example: I want to stay at home with my daughter. With this plan that works.</source>
      <translation>Zeg het in je eigen woorden. Bijvoorbeeld: ik wil thuis blijven met mijn dochter. Met dit plan lukt dat.</translation>
    </message>
    <message>
      <source>For example: I heard about it too late, or 14 days was too short to arrange everything. You do not have to fill this in.</source>
      <translation>Bijvoorbeeld: ik hoorde het te laat, of 14 dagen was te kort om alles te regelen. Je hoeft dit niet in te vullen.</translation>
    </message>
    <message>
      <source>Add someone to call</source>
      <translation>Iemand toevoegen die gebeld wordt</translation>
    </message>
    <message>
      <source>The professional responsible for your care, often your psychiatrist. You draw up the declaration together.</source>
      <translation>De hulpverlener die verantwoordelijk is voor je zorg, vaak je psychiater. Samen stel je de verklaring op.</translation>
    </message>
    <message>
      <source>Describe what happens then, as concretely as you can. For example: I have not slept for three nights and I hear voices.</source>
      <translation>Beschrijf wat er dan gebeurt, zo precies als je kunt. Bijvoorbeeld: ik heb drie nachten niet geslapen en ik hoor stemmen.</translation>
    </message>
    <message>
      <source>For example: first a talk with my FACT team at home, then a few days in the clinic.</source>
      <translation>Bijvoorbeeld: eerst een gesprek met mijn FACT-team thuis, daarna een paar dagen in de kliniek.</translation>
    </message>
    <message>
      <source>Tick the forms of compulsory care that may then be used.</source>
      <translation>Vink de vormen van verplichte zorg aan die dan mogen.</translation>
    </message>
    <message>
      <source>For example: two weeks.</source>
      <translation>Bijvoorbeeld: twee weken.</translation>
    </message>
    <message>
      <source>For example: when I sleep well again for five nights.</source>
      <translation>Bijvoorbeeld: als ik weer vijf nachten goed slaap.</translation>
    </message>
    <message>
      <source>You agree on this with your zorgverantwoordelijke. For example: one year.</source>
      <translation>Dit spreek je af met je zorgverantwoordelijke. Bijvoorbeeld: een jaar.</translation>
    </message>
    <message>
      <source>They are called when what you wrote under a. happens.</source>
      <translation>Zij worden gebeld als gebeurt wat je bij a. schreef.</translation>
    </message>
    <message>
      <source>For example: may my sister be there?</source>
      <translation>Bijvoorbeeld: mag mijn zus erbij zijn?</translation>
    </message>
  </context>
  <context>
    <name>HandoverDialog</name>
    <message>
      <source>Hand over to another ondersteuner</source>
      <translation>Overdragen aan een andere ondersteuner</translation>
    </message>
    <message>
      <source>The new ondersteuner gets access to the card of %1. Your own access is removed afterwards. Do this only when the client agrees.</source>
      <translation>De nieuwe ondersteuner krijgt toegang tot de kaart van %1. Daarna vervalt je eigen toegang. Doe dit alleen als de cliënt het goed vindt.</translation>
    </message>
    <message>
      <source>Choose public &amp;key file…</source>
      <translation>Openbare &amp;sleutel kiezen…</translation>
    </message>
    <message>
      <source>No key chosen yet.</source>
      <translation>Nog geen sleutel gekozen.</translation>
    </message>
    <message>
      <source>I compared the &amp;fingerprint with the new ondersteuner</source>
      <translation>Ik heb de &amp;vingerafdruk vergeleken met de nieuwe ondersteuner</translation>
    </message>
    <message>
      <source>The client &amp;agrees to the handover</source>
      <translation>De cliënt &amp;geeft toestemming voor de overdracht</translation>
    </message>
    <message>
      <source>For example: said so in our meeting</source>
      <translation>Bijvoorbeeld: gezegd in ons gesprek</translation>
    </message>
    <message>
      <source>Choose public key file</source>
      <translation>Openbare sleutel kiezen</translation>
    </message>
    <message>
      <source>The .pub file the new ondersteuner gave you</source>
      <translation>Het .pub-bestand dat je van de nieuwe ondersteuner kreeg</translation>
    </message>
    <message>
      <source>Fingerprint compared</source>
      <translation>Vingerafdruk vergeleken</translation>
    </message>
    <message>
      <source>Tick after comparing the fingerprint by phone or in person</source>
      <translation>Vink aan als je de vingerafdruk telefonisch of persoonlijk hebt vergeleken</translation>
    </message>
    <message>
      <source>Client agrees</source>
      <translation>Cliënt geeft toestemming</translation>
    </message>
    <message>
      <source>Tick when the client agrees to the handover</source>
      <translation>Vink aan als de cliënt het goed vindt dat de kaart wordt overgedragen</translation>
    </message>
    <message>
      <source>Date of consent</source>
      <translation>Datum van de toestemming</translation>
    </message>
    <message>
      <source>The day the client agreed</source>
      <translation>De dag waarop de cliënt toestemming gaf</translation>
    </message>
    <message>
      <source>How consent was given</source>
      <translation>Hoe de toestemming is gegeven</translation>
    </message>
    <message>
      <source>A short note, kept in the history</source>
      <translation>Een korte notitie; die blijft bewaard in de geschiedenis</translation>
    </message>
    <message>
      <source>Consent &amp;given on:</source>
      <translation>Toestemming gegeven o&amp;p:</translation>
    </message>
    <message>
      <source>Ho&amp;w:</source>
      <translation>&amp;Hoe:</translation>
    </message>
    <message>
      <source>&amp;Hand over</source>
      <translation>&amp;Overdragen</translation>
    </message>
    <message>
      <source>Hand over %1 to %2? After that you can no longer open this card. This cannot be undone.</source>
      <translation>Wil je %1 overdragen aan %2? Daarna kun jij deze kaart niet meer openen. Dit kun je niet terugdraaien.</translation>
    </message>
    <message>
      <source>Hand over %1 (version %2) to %3? After that you can no longer open this card. This cannot be undone.</source>
      <translation>Wil je %1 (versie %2) overdragen aan %3? Daarna kun jij deze kaart niet meer openen. Dit kun je niet terugdraaien.</translation>
    </message>
    <message>
      <source>Hand over</source>
      <translation>Overdragen</translation>
    </message>
    <message>
      <source>Public key of the new ondersteuner</source>
      <translation>Openbare sleutel van de nieuwe ondersteuner</translation>
    </message>
    <message>
      <source>Public key (*.pub)</source>
      <translation>Openbare sleutel (*.pub)</translation>
    </message>
    <message>
      <source>New ondersteuner: %1
Fingerprint: %2</source>
      <translation>Nieuwe ondersteuner: %1
Vingerafdruk: %2</translation>
    </message>
  </context>
  <context>
    <name>HearingView</name>
    <message>
      <source>Did you miss the deadlines, or were you not allowed to write your own plan? Then the judge decides about the care authorisation at a hearing (zitting). You can still give your plan to the judge, or to your lawyer before the hearing. It is the same plan, with a cover page for the judge.</source>
      <translation>Heb je de termijnen gemist, of mocht je geen eigen plan schrijven? Dan beslist de rechter over de zorgmachtiging, op een zitting. Je kunt je plan dan toch aan de rechter geven, of vóór de zitting aan je advocaat. Het is hetzelfde plan, met een voorblad voor de rechter.</translation>
    </message>
    <message>
      <source>The cover page for the judge</source>
      <translation>Het voorblad voor de rechter</translation>
    </message>
    <message>
      <source>Plan for the hearing as PDF…</source>
      <translation>Plan voor de zitting als pdf…</translation>
    </message>
    <message>
      <source>Saves the cover page for the judge and your whole plan of action in one PDF</source>
      <translation>Bewaart het voorblad voor de rechter en je hele plan van aanpak in één pdf</translation>
    </message>
    <message>
      <source>→ You were not allowed to write your plan within the 14 days. This route is for you now: finish your plan and give it to the judge.</source>
      <translation>→ Je mocht je plan niet binnen de 14 dagen schrijven. Deze route is nu voor jou: maak je plan af en geef het aan de rechter.</translation>
    </message>
    <message>
      <source>→ The deadline has passed. This route is for you now: finish your plan anyway and give it to the judge.</source>
      <translation>→ De termijn is voorbij. Deze route is nu voor jou: maak je plan toch af en geef het aan de rechter.</translation>
    </message>
    <message>
      <source>You do not need this now. Keep it in mind in case the deadlines are not met.</source>
      <translation>Dit heb je nu niet nodig. Onthoud het voor als de termijnen niet lukken.</translation>
    </message>
  </context>
  <context>
    <name>HelpController</name>
    <message>
      <source>&amp;Help</source>
      <translation>&amp;Help</translation>
    </message>
    <message>
      <source>&amp;Guide</source>
      <translation>&amp;Handleiding</translation>
    </message>
    <message>
      <source>How the program works, in plain words</source>
      <translation>Hoe het programma werkt, in gewone woorden</translation>
    </message>
    <message>
      <source>&amp;About crisiskaart</source>
      <translation>&amp;Over crisiskaart</translation>
    </message>
  </context>
  <context>
    <name>HelpWindow</name>
    <message>
      <source>Guide — crisiskaart</source>
      <translation>Handleiding — crisiskaart</translation>
    </message>
    <message>
      <source>Pages of the guide</source>
      <translation>Pagina's van de handleiding</translation>
    </message>
    <message>
      <source>Text of the guide</source>
      <translation>Tekst van de handleiding</translation>
    </message>
    <message>
      <source>← &amp;Back</source>
      <translation>← &amp;Terug</translation>
    </message>
    <message>
      <source>Back to the previous page</source>
      <translation>Terug naar de vorige pagina</translation>
    </message>
    <message>
      <source>&amp;Forward →</source>
      <translation>&amp;Vooruit →</translation>
    </message>
    <message>
      <source>Forward to the next page</source>
      <translation>Vooruit naar de volgende pagina</translation>
    </message>
    <message>
      <source>&amp;Close</source>
      <translation>&amp;Sluiten</translation>
    </message>
    <message>
      <source>%1 — Guide — crisiskaart</source>
      <translation>%1 — Handleiding — crisiskaart</translation>
    </message>
  </context>
  <context>
    <name>LetterEmailDialog</name>
    <message>
      <source>Letter as e-mail</source>
      <translation>Brief als e-mail</translation>
    </message>
    <message>
      <source>Copy this into a new e-mail to the geneesheer-directeur. Keep a copy of what you send, and ask whether it arrived. A letter on paper that you sign is also fine.</source>
      <translation>Kopieer dit in een nieuwe e-mail aan de geneesheer-directeur. Bewaar een kopie van wat je stuurt, en vraag of het is aangekomen. Een brief op papier die je ondertekent kan ook.</translation>
    </message>
    <message>
      <source>(no e-mail address filled in)</source>
      <translation>(geen e-mailadres ingevuld)</translation>
    </message>
    <message>
      <source>To</source>
      <translation>Aan</translation>
    </message>
    <message>
      <source>Subject</source>
      <translation>Onderwerp</translation>
    </message>
    <message>
      <source>Copy &amp;address</source>
      <translation>&amp;Adres kopiëren</translation>
    </message>
    <message>
      <source>Copy &amp;subject</source>
      <translation>&amp;Onderwerp kopiëren</translation>
    </message>
    <message>
      <source>To:</source>
      <translation>Aan:</translation>
    </message>
    <message>
      <source>Subject:</source>
      <translation>Onderwerp:</translation>
    </message>
    <message>
      <source>Text of the e-mail</source>
      <translation>Tekst van de e-mail</translation>
    </message>
    <message>
      <source>&amp;Copy</source>
      <translation>&amp;Kopiëren</translation>
    </message>
    <message>
      <source>Puts the text of the e-mail on the clipboard</source>
      <translation>Zet de tekst van de e-mail op het klembord</translation>
    </message>
    <message>
      <source>The text is on the clipboard. Paste it into your e-mail.</source>
      <translation>De tekst staat op het klembord. Plak hem in je e-mail.</translation>
    </message>
    <message>
      <source>The address is on the clipboard.</source>
      <translation>Het adres staat op het klembord.</translation>
    </message>
    <message>
      <source>The subject is on the clipboard.</source>
      <translation>Het onderwerp staat op het klembord.</translation>
    </message>
  </context>
  <context>
    <name>LockPage</name>
    <message>
      <source>The card is locked</source>
      <translation>De kaart is op slot</translation>
    </message>
    <message>
      <source>The card was locked so that nobody can read it while you are away. Your work has been saved. Enter the passphrase to go on.</source>
      <translation>De kaart ging op slot, zodat niemand hem kan lezen als je weg bent. Je werk is bewaard. Vul het wachtwoord in om verder te gaan.</translation>
    </message>
    <message>
      <source>Profile &amp;file:</source>
      <translation>Profiel&amp;bestand:</translation>
    </message>
    <message>
      <source>Ondersteuner profile file</source>
      <translation>Profielbestand van de ondersteuner</translation>
    </message>
    <message>
      <source>Pass&amp;phrase:</source>
      <translation>&amp;Wachtwoord:</translation>
    </message>
    <message>
      <source>Passphrase</source>
      <translation>Wachtwoord</translation>
    </message>
    <message>
      <source>&amp;Unlock</source>
      <translation>&amp;Openen</translation>
    </message>
    <message>
      <source>Forgot your passphrase? Type the recovery code from your recovery sheet in the field.</source>
      <translation>Wachtwoord vergeten? Typ dan in het veld de herstelcode van je noodblad.</translation>
    </message>
    <message>
      <source>The passphrase is being checked. This takes a moment: it is checked slowly on purpose, so that nobody can guess it quickly.</source>
      <translation>Het wachtwoord wordt gecontroleerd. Dit duurt even: dat gebeurt met opzet langzaam, zodat niemand het snel kan raden.</translation>
    </message>
    <message>
      <source>The card was locked so that nobody can read it while you are away. Your last changes could not be saved yet; they are kept here and saved when you go on. Enter the passphrase to go on.</source>
      <translation>De kaart ging op slot, zodat niemand hem kan lezen als je weg bent. Je laatste wijzigingen konden nog niet bewaard worden; ze blijven hier en worden bewaard als je verdergaat. Vul het wachtwoord in om verder te gaan.</translation>
    </message>
    <message>
      <source>Passphrase of your ondersteuner &amp;profile:</source>
      <translation>Wachtwoord van je &amp;profiel als ondersteuner:</translation>
    </message>
  </context>
  <context>
    <name>MainWindow</name>
    <message>
      <source>&amp;File</source>
      <translation>&amp;Bestand</translation>
    </message>
    <message>
      <source>&amp;New card…</source>
      <translation>&amp;Nieuwe kaart…</translation>
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
      <source>&amp;Save now</source>
      <translation>Nu &amp;bewaren</translation>
    </message>
    <message>
      <source>&amp;Lock</source>
      <translation>Op &amp;slot</translation>
    </message>
    <message>
      <source>&amp;Close card</source>
      <translation>Kaart s&amp;luiten</translation>
    </message>
    <message>
      <source>&amp;Quit</source>
      <translation>&amp;Afsluiten</translation>
    </message>
    <message>
      <source>E&amp;xport…</source>
      <translation>&amp;Exporteren…</translation>
    </message>
    <message>
      <source>Save the card, the plan, the QR code or the summary as a file</source>
      <translation>De kaart, het plan, de QR-code of de samenvatting als bestand opslaan</translation>
    </message>
    <message>
      <source>&amp;Print…</source>
      <translation>Af&amp;drukken…</translation>
    </message>
    <message>
      <source>Print the card, the whole plan or the plan van aanpak</source>
      <translation>Druk de kaart, het hele plan of het plan van aanpak af</translation>
    </message>
    <message>
      <source>&amp;Edit</source>
      <translation>Be&amp;werken</translation>
    </message>
    <message>
      <source>&amp;Undo</source>
      <translation>&amp;Ongedaan maken</translation>
    </message>
    <message>
      <source>&amp;Redo</source>
      <translation>Opnie&amp;uw</translation>
    </message>
    <message>
      <source>&amp;View</source>
      <translation>B&amp;eeld</translation>
    </message>
    <message>
      <source>&amp;Step by step</source>
      <translation>&amp;Stap voor stap</translation>
    </message>
    <message>
      <source>&amp;Overview</source>
      <translation>O&amp;verzicht</translation>
    </message>
    <message>
      <source>&amp;Card</source>
      <translation>&amp;Kaart</translation>
    </message>
    <message>
      <source>&amp;Merge…</source>
      <translation>&amp;Samenvoegen…</translation>
    </message>
    <message>
      <source>Merge another copy of this card, with changes of its own, into this card</source>
      <translation>Voeg een andere kopie van deze kaart, met eigen wijzigingen, samen met deze kaart</translation>
    </message>
    <message>
      <source>&amp;Caseload…</source>
      <translation>&amp;Cliëntenlijst…</translation>
    </message>
    <message>
      <source>Se&amp;ttings</source>
      <translation>&amp;Instellingen</translation>
    </message>
    <message>
      <source>&amp;Language</source>
      <translation>&amp;Taal</translation>
    </message>
    <message>
      <source>On&amp;dersteuner</source>
      <translation>On&amp;dersteuner</translation>
    </message>
    <message>
      <source>&amp;Versions…</source>
      <translation>&amp;Versies…</translation>
    </message>
    <message>
      <source>Every saved version of this card, which one is active, and what changed</source>
      <translation>Alle bewaarde versies van deze kaart, welke actief is en wat er veranderd is</translation>
    </message>
    <message>
      <source>Lock &amp;after…</source>
      <translation>Op &amp;slot na…</translation>
    </message>
    <message>
      <source>Language</source>
      <translation>Taal</translation>
    </message>
    <message>
      <source>The new language is used the next time you start the program.</source>
      <translation>De nieuwe taal zie je als je het programma opnieuw start.</translation>
    </message>
    <message>
      <source>Lock after</source>
      <translation>Op slot na</translation>
    </message>
    <message>
      <source>Lock the card after this many minutes without typing (0 = never):</source>
      <translation>Zet de kaart op slot na zoveel minuten zonder typen (0 = nooit):</translation>
    </message>
    <message>
      <source>Crisis card (*.crisiskaart);;All files (*)</source>
      <translation>Crisiskaart (*.crisiskaart);;Alle bestanden (*)</translation>
    </message>
    <message>
      <source>Card not found</source>
      <translation>Kaart niet gevonden</translation>
    </message>
    <message>
      <source>There is no card at %1 any more.</source>
      <translation>Er staat geen kaart meer op %1.</translation>
    </message>
    <message>
      <source>This passphrase is not right. Check whether Caps Lock is on, and try again.</source>
      <translation>Dit wachtwoord klopt niet. Kijk of Caps Lock aan staat en probeer het nog eens.</translation>
    </message>
    <message>
      <source>Beside it is a backup from %1. Open that one; the damaged file stays as it is.</source>
      <translation>Ernaast staat een reservekopie van %1. Open die; het beschadigde bestand blijft zoals het is.</translation>
    </message>
    <message>
      <source>backup</source>
      <translation>reservekopie</translation>
    </message>
    <message>
      <source>Cannot open card</source>
      <translation>Kaart kan niet open</translation>
    </message>
    <message>
      <source>Opening the card…</source>
      <translation>De kaart wordt geopend…</translation>
    </message>
    <message>
      <source>Merge…</source>
      <translation>Samenvoegen…</translation>
    </message>
    <message>
      <source>Open the newer copy</source>
      <translation>Open de nieuwere kopie</translation>
    </message>
    <message>
      <source>Merged with “%1” into version %2 (draft). The other copy is kept as “%3”.</source>
      <translation>Samengevoegd met “%1” in versie %2 (concept). De andere kopie is bewaard als “%3”.</translation>
    </message>
    <message numerus="yes">
      <source>In %n part(s) both copies were changed differently.</source>
      <translation>
        <numerusform>Op %n plek zijn beide kopieën anders veranderd.</numerusform>
        <numerusform>Op %n plekken zijn beide kopieën anders veranderd.</numerusform>
      </translation>
    </message>
    <message>
      <source>Show what was not taken over…</source>
      <translation>Bekijk wat niet is overgenomen…</translation>
    </message>
    <message>
      <source>⚠ Not saved: %1. Your text is still here; the program tries again.</source>
      <translation>⚠ Niet bewaard: %1. Je tekst staat er nog; het programma probeert het opnieuw.</translation>
    </message>
    <message>
      <source>Example card: changes are not saved.</source>
      <translation>Voorbeeldkaart: wijzigingen worden niet bewaard.</translation>
    </message>
    <message>
      <source>⚠ Not everything is saved: look at %1.</source>
      <translation>⚠ Niet alles is bewaard: kijk bij %1.</translation>
    </message>
    <message>
      <source>Saving soon…</source>
      <translation>Wordt zo bewaard…</translation>
    </message>
    <message>
      <source>Saved at %1.</source>
      <translation>Bewaard om %1.</translation>
    </message>
    <message>
      <source>Saved.</source>
      <translation>Bewaard.</translation>
    </message>
    <message>
      <source>The example card is not saved. Close it and lose your changes?</source>
      <translation>De voorbeeldkaart wordt niet bewaard. Sluiten en je wijzigingen kwijtraken?</translation>
    </message>
    <message>
      <source>Your changes could not be saved: %1

Close anyway and lose them?</source>
      <translation>Je wijzigingen konden niet bewaard worden: %1

Toch sluiten en ze kwijtraken?</translation>
    </message>
    <message>
      <source>Some of what you typed is not in the card, because it cannot be stored like this:

%1

Merge anyway and lose it?</source>
      <translation>Een deel van wat je hebt getypt staat niet in de kaart, omdat het zo niet bewaard kan worden:

%1

Toch samenvoegen? Dan ben je het kwijt.</translation>
    </message>
    <message>
      <source>&amp;Merge anyway</source>
      <translation>Toch same&amp;nvoegen</translation>
    </message>
    <message>
      <source>Some of what you typed is not in the card, because it cannot be stored like this:

%1

Close anyway and lose it?</source>
      <translation>Een deel van wat je hebt getypt staat niet in de kaart, omdat het zo niet bewaard kan worden:

%1

Toch sluiten? Dan ben je het kwijt.</translation>
    </message>
    <message>
      <source>Close the card?</source>
      <translation>Kaart sluiten?</translation>
    </message>
    <message>
      <source>Close &amp;anyway</source>
      <translation>Toch &amp;sluiten</translation>
    </message>
    <message>
      <source>&amp;Back to my card</source>
      <translation>&amp;Terug naar mijn kaart</translation>
    </message>
    <message>
      <source>This passphrase is not right. Try again.</source>
      <translation>Dit wachtwoord klopt niet. Probeer het nog eens.</translation>
    </message>
    <message>
      <source>crisiskaart</source>
      <translation>crisiskaart</translation>
    </message>
    <message>
      <source>Locked — crisiskaart</source>
      <translation>Op slot — crisiskaart</translation>
    </message>
    <message>
      <source>Example card — crisiskaart</source>
      <translation>Voorbeeldkaart — crisiskaart</translation>
    </message>
    <message>
      <source>Open card</source>
      <translation>Kaart openen</translation>
    </message>
  </context>
  <context>
    <name>MergeConflictsDialog</name>
    <message>
      <source>What was not taken over</source>
      <translation>Wat niet is overgenomen</translation>
    </message>
    <message numerus="yes">
      <source>In %n part(s) both copies were changed differently. The card now has the value that was saved last. Check each one; type the other value in if that one is right.</source>
      <translation>
        <numerusform>Op %n plek zijn beide kopieën anders veranderd. Op de kaart staat nu wat het laatst is bewaard. Kijk het na. Was de andere waarde goed? Typ die dan zelf in.</numerusform>
        <numerusform>Op %n plekken zijn beide kopieën anders veranderd. Op de kaart staat nu wat het laatst is bewaard. Kijk ze een voor een na. Was de andere waarde goed? Typ die dan zelf in.</numerusform>
      </translation>
    </message>
    <message>
      <source>Fields changed in both copies</source>
      <translation>Velden die in beide kopieën zijn veranderd</translation>
    </message>
  </context>
  <context>
    <name>NewCardDialog</name>
    <message>
      <source>New card</source>
      <translation>Nieuwe kaart</translation>
    </message>
    <message>
      <source>Your card is stored encrypted. Choose a passphrase that you will remember: without it nobody can open the card, not even your ondersteuner, unless you give them access.</source>
      <translation>Je kaart wordt versleuteld bewaard. Kies een wachtwoord dat je onthoudt: zonder dat wachtwoord kan niemand de kaart openen, ook je ondersteuner niet, tenzij je die toegang geeft.</translation>
    </message>
    <message>
      <source>File of the new card</source>
      <translation>Bestand van de nieuwe kaart</translation>
    </message>
    <message>
      <source>&amp;Browse…</source>
      <translation>B&amp;laderen…</translation>
    </message>
    <message>
      <source>Choose where to store the card</source>
      <translation>Kies waar de kaart bewaard wordt</translation>
    </message>
    <message>
      <source>&amp;File:</source>
      <translation>&amp;Bestand:</translation>
    </message>
    <message>
      <source>Passphrase</source>
      <translation>Wachtwoord</translation>
    </message>
    <message>
      <source>&amp;Passphrase:</source>
      <translation>&amp;Wachtwoord:</translation>
    </message>
    <message>
      <source>Repeat the passphrase</source>
      <translation>Herhaal het wachtwoord</translation>
    </message>
    <message>
      <source>&amp;Repeat:</source>
      <translation>&amp;Herhaal:</translation>
    </message>
    <message>
      <source>The card is being made and encrypted. This takes a moment: the passphrase is protected slowly on purpose, so that nobody can guess it quickly.</source>
      <translation>De kaart wordt gemaakt en versleuteld. Dit duurt even: het wachtwoord wordt met opzet langzaam beveiligd, zodat niemand het snel kan raden.</translation>
    </message>
    <message>
      <source>&amp;Create card</source>
      <translation>Kaart &amp;maken</translation>
    </message>
    <message>
      <source>Store the card as</source>
      <translation>Kaart bewaren als</translation>
    </message>
    <message>
      <source>Crisis card (*.crisiskaart)</source>
      <translation>Crisiskaart (*.crisiskaart)</translation>
    </message>
  </context>
  <context>
    <name>NewPassphraseDialog</name>
    <message>
      <source>New passphrase</source>
      <translation>Nieuw wachtwoord</translation>
    </message>
    <message>
      <source>&amp;New passphrase:</source>
      <translation>&amp;Nieuw wachtwoord:</translation>
    </message>
    <message>
      <source>Repeat the new passphrase</source>
      <translation>Herhaal het nieuwe wachtwoord</translation>
    </message>
    <message>
      <source>&amp;Repeat:</source>
      <translation>&amp;Herhaal:</translation>
    </message>
  </context>
  <context>
    <name>NoodbladFlow</name>
    <message>
      <source>You make a new recovery code and the recovery sheet it is printed on. With the recovery code you open your card when you have forgotten your passphrase.

First you save the sheet as a PDF file. Only then does the new code work.</source>
      <translation>Je maakt een nieuwe herstelcode en het noodblad waar die op staat. Met de herstelcode open je je kaart als je je wachtwoord vergeten bent.

Eerst bewaar je het noodblad als pdf-bestand. Pas daarna werkt de nieuwe code.</translation>
    </message>
    <message>
      <source>Your earlier recovery code then stops working.</source>
      <translation>Je vorige herstelcode werkt daarna niet meer.</translation>
    </message>
    <message>
      <source>Your card gets a new key. The backups beside your card are deleted, because they still open the old way.</source>
      <translation>Je kaart krijgt een nieuwe sleutel. De reservekopieën naast je kaart worden weggegooid, want die gaan nog open op de oude manier.</translation>
    </message>
    <message>
      <source>Make a recovery sheet</source>
      <translation>Noodblad maken</translation>
    </message>
    <message>
      <source>&amp;Make the recovery sheet</source>
      <translation>Noodblad &amp;maken</translation>
    </message>
    <message>
      <source>Nothing was changed: the recovery sheet was not saved.</source>
      <translation>Er is niets veranderd: het noodblad is niet bewaard.</translation>
    </message>
    <message>
      <source>Save the recovery sheet</source>
      <translation>Noodblad bewaren</translation>
    </message>
    <message>
      <source>PDF file (*.pdf)</source>
      <translation>Pdf-bestand (*.pdf)</translation>
    </message>
    <message>
      <source>There is already a file with that name: choose another name</source>
      <translation>Er is al een bestand met die naam: kies een andere naam</translation>
    </message>
    <message>
      <source>There is a new recovery code. Print the recovery sheet and keep it in a safe place.</source>
      <translation>Er is een nieuwe herstelcode. Druk het noodblad af en bewaar het op een veilige plek.</translation>
    </message>
  </context>
  <context>
    <name>NotInForce</name>
    <message>
      <source>Change something in the card and a new concept begins; that one you can print (it says CONCEPT on it until it is signed).</source>
      <translation>Verander je iets in de kaart, dan begint een nieuw concept. Dat kun je wel afdrukken (er staat CONCEPT op tot het is ondertekend).</translation>
    </message>
  </context>
  <context>
    <name>NoticeBar</name>
    <message>
      <source>Messages about this card</source>
      <translation>Meldingen over deze kaart</translation>
    </message>
  </context>
  <context>
    <name>NoticeRow</name>
    <message>
      <source>Note</source>
      <translation>Let op</translation>
    </message>
    <message>
      <source>Information</source>
      <translation>Informatie</translation>
    </message>
    <message>
      <source>Hide</source>
      <translation>Verbergen</translation>
    </message>
    <message>
      <source>Hide this message</source>
      <translation>Deze melding verbergen</translation>
    </message>
  </context>
  <context>
    <name>OrganisationDialog</name>
    <message>
      <source>Organisation</source>
      <translation>Organisatie</translation>
    </message>
    <message>
      <source>The organisation that puts the summary for emergency services on its website gives you these details. With a WebDAV address, publishing and withdrawing reach the website at once. The password is kept in this computer's keyring, never in a card or in the settings.</source>
      <translation>Deze gegevens krijg je van de organisatie die de samenvatting voor hulpdiensten op haar website zet. Met een WebDAV-adres komen publiceren en intrekken meteen op de website. Het wachtwoord blijft in de sleutelbos van deze computer, nooit in een kaart of in de instellingen.</translation>
    </message>
    <message>
      <source>Name of the organisation</source>
      <translation>Naam van de organisatie</translation>
    </message>
    <message>
      <source>Viewer address</source>
      <translation>Vieweradres</translation>
    </message>
    <message>
      <source>The web address the QR code opens; it starts with https://</source>
      <translation>Het internetadres dat de QR-code opent; het begint met https://</translation>
    </message>
    <message>
      <source>WebDAV address</source>
      <translation>WebDAV-adres</translation>
    </message>
    <message>
      <source>Where the program puts the summary: the WebDAV address of the viewer's folder</source>
      <translation>Waar het programma de samenvatting neerzet: het WebDAV-adres van de map van de viewer</translation>
    </message>
    <message>
      <source>User name</source>
      <translation>Gebruikersnaam</translation>
    </message>
    <message>
      <source>The user name for the WebDAV address</source>
      <translation>De gebruikersnaam voor het WebDAV-adres</translation>
    </message>
    <message>
      <source>Password</source>
      <translation>Wachtwoord</translation>
    </message>
    <message>
      <source>Kept in this computer's keyring; leave empty to keep the one stored</source>
      <translation>Blijft in de sleutelbos van deze computer; laat leeg om het bewaarde wachtwoord te houden</translation>
    </message>
    <message>
      <source>&amp;Name:</source>
      <translation>&amp;Naam:</translation>
    </message>
    <message>
      <source>&amp;Viewer address:</source>
      <translation>&amp;Vieweradres:</translation>
    </message>
    <message>
      <source>&amp;WebDAV address:</source>
      <translation>&amp;WebDAV-adres:</translation>
    </message>
    <message>
      <source>&amp;User name:</source>
      <translation>&amp;Gebruikersnaam:</translation>
    </message>
    <message>
      <source>&amp;Password:</source>
      <translation>Wachtwoor&amp;d:</translation>
    </message>
    <message>
      <source>Choose profile &amp;file…</source>
      <translation>Profiel&amp;bestand kiezen…</translation>
    </message>
    <message>
      <source>Use a profile file your organisation gave you</source>
      <translation>Gebruik een profielbestand dat je van je organisatie kreeg</translation>
    </message>
    <message>
      <source>&amp;Save</source>
      <translation>&amp;Opslaan</translation>
    </message>
    <message>
      <source>Cancel</source>
      <translation>Annuleren</translation>
    </message>
    <message>
      <source>Saved in: %1</source>
      <translation>Bewaard in: %1</translation>
    </message>
    <message>
      <source>kept in the keyring</source>
      <translation>bewaard in de sleutelbos</translation>
    </message>
    <message>
      <source>Choose profile file</source>
      <translation>Profielbestand kiezen</translation>
    </message>
    <message>
      <source>Organisation profile (*.json);;All files (*)</source>
      <translation>Organisatieprofiel (*.json);;Alle bestanden (*)</translation>
    </message>
    <message>
      <source>The viewer address</source>
      <translation>Het vieweradres</translation>
    </message>
    <message>
      <source>The WebDAV address</source>
      <translation>Het WebDAV-adres</translation>
    </message>
    <message>
      <source>%1 must start with https://.</source>
      <translation>%1 moet beginnen met https://.</translation>
    </message>
    <message>
      <source>Fill in the viewer address too: the QR code opens it.</source>
      <translation>Vul ook het vieweradres in: dat opent de QR-code.</translation>
    </message>
    <message>
      <source>Fill in the user name for the WebDAV address.</source>
      <translation>Vul de gebruikersnaam voor het WebDAV-adres in.</translation>
    </message>
    <message>
      <source>A password is only needed with a WebDAV address.</source>
      <translation>Een wachtwoord is alleen nodig bij een WebDAV-adres.</translation>
    </message>
    <message>
      <source>The profile is saved, but the password is not: %1</source>
      <translation>Het profiel is bewaard, maar het wachtwoord niet: %1</translation>
    </message>
  </context>
  <context>
    <name>Passphrase</name>
    <message>
      <source>Choose a passphrase, for example four unrelated words.</source>
      <translation>Kies een wachtwoord, bijvoorbeeld vier losse woorden.</translation>
    </message>
    <message>
      <source>Strong.</source>
      <translation>Sterk.</translation>
    </message>
    <message>
      <source>Very weak: %1.</source>
      <translation>Heel zwak: %1.</translation>
    </message>
    <message>
      <source>Weak: %1.</source>
      <translation>Zwak: %1.</translation>
    </message>
    <message>
      <source>Not strong enough yet: %1.</source>
      <translation>Nog niet sterk genoeg: %1.</translation>
    </message>
    <message>
      <source>✓ The passphrases are the same.</source>
      <translation>✓ De wachtwoorden zijn gelijk.</translation>
    </message>
    <message>
      <source>✗ The passphrases are not the same yet.</source>
      <translation>✗ De wachtwoorden zijn nog niet gelijk.</translation>
    </message>
    <message>
      <source>Very strong.</source>
      <translation>Heel sterk.</translation>
    </message>
  </context>
  <context>
    <name>PassphraseField</name>
    <message>
      <source>Show</source>
      <translation>Toon</translation>
    </message>
    <message>
      <source>Show passphrase</source>
      <translation>Toon het wachtwoord</translation>
    </message>
    <message>
      <source>⚠ Caps Lock seems to be on.</source>
      <translation>⚠ Caps Lock staat waarschijnlijk aan.</translation>
    </message>
  </context>
  <context>
    <name>PlanVanAanpakPage</name>
    <message>
      <source>&amp;Deadlines and letter</source>
      <translation>&amp;Termijnen en brief</translation>
    </message>
    <message>
      <source>&amp;Write step by step</source>
      <translation>Schrijven &amp;met vragen</translation>
    </message>
    <message>
      <source>All &amp;parts</source>
      <translation>&amp;Alle onderdelen</translation>
    </message>
    <message>
      <source>From your &amp;crisis plan</source>
      <translation>Uit je c&amp;risisplan</translation>
    </message>
    <message>
      <source>A&amp;greements</source>
      <translation>Afs&amp;praken</translation>
    </message>
    <message>
      <source>&amp;Zorgkaart</source>
      <translation>Z&amp;orgkaart</translation>
    </message>
    <message>
      <source>For the hear&amp;ing</source>
      <translation>&amp;Voor de zitting</translation>
    </message>
    <message>
      <source>Were you told that a care authorisation (zorgmachtiging) is being prepared? Then you may write your own plan of action. In it you show how you arrange the care you need, together with the people close to you, so that compulsory care is not needed. Time is short: keep an eye on the deadlines.</source>
      <translation>Heb je gehoord dat er een zorgmachtiging wordt voorbereid? Dan mag je een eigen plan van aanpak schrijven. Daarin laat je zien hoe je, samen met je naasten, de zorg regelt die je nodig hebt. Dan is verplichte zorg misschien niet nodig. Je hebt weinig tijd: let goed op de termijnen.</translation>
    </message>
    <message>
      <source>&amp;Start my own plan of action</source>
      <translation>&amp;Begin mijn eigen plan van aanpak</translation>
    </message>
    <message>
      <source>Adds an eigen plan van aanpak to this card, with a deadline tracker and a ready letter</source>
      <translation>Voegt een eigen plan van aanpak toe aan deze kaart, met de termijnen en een kant-en-klare brief</translation>
    </message>
    <message>
      <source>The letter comes from you</source>
      <translation>De brief komt van jou</translation>
    </message>
    <message>
      <source>The letter goes to</source>
      <translation>De brief gaat naar</translation>
    </message>
    <message>
      <source>Save the &amp;letter as PDF…</source>
      <translation>&amp;Brief bewaren als pdf…</translation>
    </message>
    <message>
      <source>The letter to the geneesheer-directeur saying that you want to write your own plan, filled in and ready to print and sign</source>
      <translation>De brief aan de geneesheer-directeur waarin staat dat je een eigen plan wilt schrijven, ingevuld en klaar om te printen en te tekenen</translation>
    </message>
    <message>
      <source>P&amp;rint the letter…</source>
      <translation>Brief af&amp;drukken…</translation>
    </message>
    <message>
      <source>Print the letter at once, to sign it and hand it in or post it</source>
      <translation>De brief meteen afdrukken, om hem te ondertekenen en af te geven of op te sturen</translation>
    </message>
    <message>
      <source>Letter as &amp;e-mail…</source>
      <translation>Brief als &amp;e-mail…</translation>
    </message>
    <message>
      <source>The same letter as a text to copy into an e-mail to the geneesheer-directeur</source>
      <translation>Dezelfde brief als tekst om te kopiëren in een e-mail aan de geneesheer-directeur</translation>
    </message>
    <message>
      <source>Letter as PDF…</source>
      <translation>Brief als pdf…</translation>
    </message>
    <message>
      <source>Save the letter to the geneesheer-directeur as PDF</source>
      <translation>De brief aan de geneesheer-directeur bewaren als pdf</translation>
    </message>
    <message>
      <source>Plan of action as PDF…</source>
      <translation>Plan van aanpak als pdf…</translation>
    </message>
    <message>
      <source>Save the plan of action as PDF, with signature blocks</source>
      <translation>Het plan van aanpak bewaren als pdf, met plaatsen om te tekenen</translation>
    </message>
    <message>
      <source>Draft to share as PDF…</source>
      <translation>Concept delen als pdf…</translation>
    </message>
    <message>
      <source>Save the plan of action as a draft to share, with CONCEPT on every page</source>
      <translation>Het plan van aanpak bewaren als concept om te delen, met CONCEPT op elke bladzijde</translation>
    </message>
    <message>
      <source>You are younger than 12. The Wvggz works differently then: your parents with parental authority decide. Ask your care provider or a patient advocate for help.</source>
      <translation>Je bent jonger dan 12 jaar. Dan werkt de Wvggz anders: je ouders met gezag beslissen. Vraag je hulpverlener of een patiëntenvertrouwenspersoon om hulp.</translation>
    </message>
    <message>
      <source>You are %1 years old. Because you are 12 to 15 years old, your parents with parental authority must be involved in your plan.</source>
      <translation>Je bent %1 jaar. Omdat je 12 tot 15 jaar bent, moeten je ouders met gezag meedoen aan je plan.</translation>
    </message>
    <message>
      <source>You are %1 years old. At 16 or 17 you may write your own plan yourself.</source>
      <translation>Je bent %1 jaar. Met 16 of 17 jaar mag je je eigen plan zelf schrijven.</translation>
    </message>
    <message>
      <source>The letter is saved as %1. Print it, sign it and send it to the geneesheer-directeur.</source>
      <translation>De brief is bewaard als %1. Print hem, onderteken hem en stuur hem naar de geneesheer-directeur.</translation>
    </message>
    <message>
      <source>The plan of action is saved as %1. Print it and sign it with the people who helped.</source>
      <translation>Het plan van aanpak is bewaard als %1. Print het en teken het met de mensen die hielpen.</translation>
    </message>
    <message>
      <source>Save the letter as PDF</source>
      <translation>Brief bewaren als pdf</translation>
    </message>
    <message>
      <source>Save the plan of action as PDF</source>
      <translation>Plan van aanpak bewaren als pdf</translation>
    </message>
    <message>
      <source>The draft is saved as %1. Every page says CONCEPT. Send it to whoever you want to read along.</source>
      <translation>Het concept is bewaard als %1. Op elke bladzijde staat CONCEPT. Stuur het naar wie je wilt laten meelezen.</translation>
    </message>
    <message>
      <source>Your zorgkaart is saved as %1.</source>
      <translation>Je zorgkaart is bewaard als %1.</translation>
    </message>
    <message>
      <source>The plan for the hearing is saved as %1. Give it to your lawyer, or bring it to the hearing.</source>
      <translation>Het plan voor de zitting is bewaard als %1. Geef het aan je advocaat, of neem het mee naar de zitting.</translation>
    </message>
    <message>
      <source>Save the draft as PDF</source>
      <translation>Het concept bewaren als pdf</translation>
    </message>
    <message>
      <source>Save the zorgkaart as PDF</source>
      <translation>De zorgkaart bewaren als pdf</translation>
    </message>
    <message>
      <source>Save the plan for the hearing as PDF</source>
      <translation>Het plan voor de zitting bewaren als pdf</translation>
    </message>
  </context>
  <context>
    <name>PrintChooser</name>
    <message>
      <source>Print</source>
      <translation>Afdrukken</translation>
    </message>
    <message>
      <source>What do you want to print?</source>
      <translation>Wat wil je afdrukken?</translation>
    </message>
    <message>
      <source>Look at this first:</source>
      <translation>Kijk dit eerst na:</translation>
    </message>
    <message>
      <source>Pre&amp;view…</source>
      <translation>&amp;Voorbeeld…</translation>
    </message>
    <message>
      <source>&amp;Print…</source>
      <translation>&amp;Afdrukken…</translation>
    </message>
    <message>
      <source>The &amp;card for your wallet</source>
      <translation>De &amp;kaart voor in je portemonnee</translation>
    </message>
    <message>
      <source>One A4 sheet, printed on both sides (long edge) at real size (100 %). Then you cut out the card and fold it.</source>
      <translation>Eén A4-vel, aan twee kanten bedrukt (lange kant) en op ware grootte (100 %). Daarna knip je de kaart uit en vouw je hem.</translation>
    </message>
    <message>
      <source>The &amp;whole crisis plan</source>
      <translation>Het &amp;hele crisisplan</translation>
    </message>
    <message>
      <source>All parts of your plan, on A4.</source>
      <translation>Alle onderdelen van je plan, op A4.</translation>
    </message>
    <message>
      <source>The eigen plan van &amp;aanpak</source>
      <translation>Het eigen &amp;plan van aanpak</translation>
    </message>
    <message>
      <source>Your own plan van aanpak, on A4.</source>
      <translation>Je eigen plan van aanpak, op A4.</translation>
    </message>
    <message>
      <source>The &amp;zorgkaart</source>
      <translation>De &amp;zorgkaart</translation>
    </message>
    <message>
      <source>What you want and do not want in care and compulsory care, on A4.</source>
      <translation>Wat je wel en niet wilt in de zorg en bij verplichte zorg, op A4.</translation>
    </message>
    <message>
      <source>The plan for the court &amp;hearing</source>
      <translation>Het plan voor de zi&amp;tting</translation>
    </message>
    <message>
      <source>A cover page for the judge, then your plan van aanpak.</source>
      <translation>Een voorblad voor de rechter, dan je plan van aanpak.</translation>
    </message>
    <message>
      <source>The zelf&amp;binding worksheet</source>
      <translation>Het &amp;werkblad zelfbinding</translation>
    </message>
    <message>
      <source>Your preparation only: it is not a valid zelfbindingsverklaring.</source>
      <translation>Alleen je voorbereiding: het is geen geldige zelfbindingsverklaring.</translation>
    </message>
    <message>
      <source>The &amp;letter with the plan van aanpak</source>
      <translation>De &amp;brief bij het plan van aanpak</translation>
    </message>
    <message>
      <source>One A4 page to send with your plan van aanpak.</source>
      <translation>Eén A4-vel om met je plan van aanpak mee te sturen.</translation>
    </message>
    <message>
      <source>Everything is ready to print.</source>
      <translation>Alles is klaar om af te drukken.</translation>
    </message>
  </context>
  <context>
    <name>PrintFlow</name>
    <message>
      <source>There is no printer on this computer. You can also save the card as a PDF (File › Export) and print it somewhere else.</source>
      <translation>Er is geen printer gevonden op deze computer. Je kunt de kaart ook opslaan als PDF (Bestand › Exporteren) en die ergens anders printen.</translation>
    </message>
    <message>
      <source>crisiskaart cannot print on “%1” without CUPS (the lp command). Save the card as a PDF (File › Export) and print that.</source>
      <translation>crisiskaart kan niet afdrukken op ‘%1’ zonder CUPS (het programma lp). Sla de kaart op als PDF (Bestand › Exporteren) en print die.</translation>
    </message>
    <message>
      <source>lp stopped with code %1: %2</source>
      <translation>lp stopte met code %1: %2</translation>
    </message>
    <message>
      <source>The printer “%1” did not take the job. Check that the printer is on, and try again.</source>
      <translation>De printer ‘%1’ nam de opdracht niet aan. Kijk of de printer aan staat en probeer het opnieuw.</translation>
    </message>
    <message>
      <source>Printing on “%1” did not start. Check that the printer is on, and try again.</source>
      <translation>Afdrukken op ‘%1’ lukte niet. Kijk of de printer aan staat en probeer het opnieuw.</translation>
    </message>
    <message>
      <source>The card is on its way to the printer “%1”. Then cut it out at the corner marks and fold it at the dashed lines.</source>
      <translation>De kaart gaat naar de printer ‘%1’. Knip hem daarna uit bij de hoekjes en vouw hem bij de stippellijnen.</translation>
    </message>
    <message>
      <source>Sent to the printer “%1”.</source>
      <translation>Naar de printer ‘%1’ gestuurd.</translation>
    </message>
    <message>
      <source>Nothing was printed.</source>
      <translation>Er is niets afgedrukt.</translation>
    </message>
    <message>
      <source>Print</source>
      <translation>Afdrukken</translation>
    </message>
  </context>
  <context>
    <name>PrintPreview</name>
    <message>
      <source>Preview</source>
      <translation>Voorbeeld</translation>
    </message>
    <message>
      <source>The pages as they will be printed</source>
      <translation>De bladzijden zoals ze worden afgedrukt</translation>
    </message>
    <message>
      <source>&amp;Smaller</source>
      <translation>&amp;Kleiner</translation>
    </message>
    <message>
      <source>&amp;Larger</source>
      <translation>&amp;Groter</translation>
    </message>
    <message>
      <source>&amp;Whole page</source>
      <translation>&amp;Hele bladzijde</translation>
    </message>
    <message>
      <source>&amp;Print…</source>
      <translation>&amp;Afdrukken…</translation>
    </message>
  </context>
  <context>
    <name>ProfileDialog</name>
    <message>
      <source>Your ondersteuner profile</source>
      <translation>Je profiel als ondersteuner</translation>
    </message>
    <message>
      <source>With your profile you open the cards of clients who gave you access. Your profile is a key with a passphrase of its own.</source>
      <translation>Met je profiel open je de kaarten van cliënten die jou toegang gaven. Je profiel is een sleutel met een eigen wachtwoord.</translation>
    </message>
    <message>
      <source>Your fingerprint. When a client gives you access, read these 16 characters aloud together; the client sees the same ones on screen.</source>
      <translation>Je vingerafdruk. Geeft een cliënt je toegang? Lees dan samen deze 16 tekens hardop voor. De cliënt ziet dezelfde tekens op het scherm.</translation>
    </message>
    <message>
      <source>Your fingerprint</source>
      <translation>Je vingerafdruk</translation>
    </message>
    <message>
      <source>Give your public key to the client: a file whose name ends in .pub, for example on a USB stick. There is nothing secret in it.</source>
      <translation>Geef je openbare sleutel aan de cliënt: een bestand waarvan de naam eindigt op .pub, bijvoorbeeld op een usb-stick. Er staat niets geheims in.</translation>
    </message>
    <message>
      <source>&amp;Save public key…</source>
      <translation>Openbare sleutel &amp;bewaren…</translation>
    </message>
    <message>
      <source>Open the &amp;caseload</source>
      <translation>&amp;Cliëntenlijst openen</translation>
    </message>
    <message>
      <source>&amp;Unlock profile…</source>
      <translation>Profiel &amp;ontgrendelen…</translation>
    </message>
    <message>
      <source>&amp;New profile…</source>
      <translation>&amp;Nieuw profiel…</translation>
    </message>
    <message>
      <source>Your profile is unlocked until you close the program. File: %1</source>
      <translation>Je profiel is ontgrendeld tot je het programma sluit. Bestand: %1</translation>
    </message>
    <message>
      <source>Your profile: %1. Unlock it to open cards and to see your fingerprint.</source>
      <translation>Je profiel: %1. Ontgrendel het om kaarten te openen en je vingerafdruk te zien.</translation>
    </message>
    <message>
      <source>There is no profile on this computer yet. Make one, or unlock a profile file you already have.</source>
      <translation>Er is nog geen profiel op deze computer. Maak er een, of ontgrendel een profielbestand dat je al hebt.</translation>
    </message>
    <message>
      <source>Unlock &amp;another profile…</source>
      <translation>&amp;Ander profiel ontgrendelen…</translation>
    </message>
    <message>
      <source>Your profile is unlocked.</source>
      <translation>Je profiel is ontgrendeld.</translation>
    </message>
    <message>
      <source>Your profile is made. Now save your public key and give it to your client.</source>
      <translation>Je profiel is gemaakt. Bewaar nu je openbare sleutel en geef die aan je cliënt.</translation>
    </message>
    <message>
      <source>Save your public key</source>
      <translation>Je openbare sleutel bewaren</translation>
    </message>
    <message>
      <source>Public key (*.pub)</source>
      <translation>Openbare sleutel (*.pub)</translation>
    </message>
    <message>
      <source>Your public key is saved as %1. Give this file to your client.</source>
      <translation>Je openbare sleutel is bewaard als %1. Geef dit bestand aan je cliënt.</translation>
    </message>
  </context>
  <context>
    <name>RecoveryCodeDialog</name>
    <message>
      <source>Your new recovery code</source>
      <translation>Je nieuwe herstelcode</translation>
    </message>
    <message>
      <source>The recovery sheet is saved as %1.</source>
      <translation>Het noodblad is bewaard als %1.</translation>
    </message>
    <message>
      <source>This is your new recovery code. It is also on the recovery sheet. You see it here only this once.</source>
      <translation>Dit is je nieuwe herstelcode. Hij staat ook op het noodblad. Je ziet hem hier maar één keer.</translation>
    </message>
    <message>
      <source>Recovery code</source>
      <translation>Herstelcode</translation>
    </message>
    <message>
      <source>What to do now</source>
      <translation>Zo ga je verder</translation>
    </message>
    <message>
      <source>1. Open the PDF file and print the recovery sheet.</source>
      <translation>1. Open het pdf-bestand en druk het noodblad af.</translation>
    </message>
    <message>
      <source>2. Keep the sheet in a safe place at home. Not with your card and not with your laptop.</source>
      <translation>2. Bewaar het blad op een veilige plek thuis. Niet bij je kaart en niet bij je laptop.</translation>
    </message>
    <message>
      <source>3. Then delete the PDF file. Anyone who has the file or the sheet can open your card.</source>
      <translation>3. Gooi daarna het pdf-bestand weg. Wie het bestand of het blad heeft, kan je kaart openen.</translation>
    </message>
    <message>
      <source>Your earlier recovery code no longer works. Destroy the old recovery sheet.</source>
      <translation>Je vorige herstelcode werkt niet meer. Vernietig het oude noodblad.</translation>
    </message>
    <message>
      <source>&amp;Done</source>
      <translation>&amp;Klaar</translation>
    </message>
  </context>
  <context>
    <name>RecoveryOpen</name>
    <message>
      <source>You opened your card with your recovery code. Choose a new passphrase now. Then you open your card with your passphrase again next time, without the recovery sheet. Your recovery code keeps working.</source>
      <translation>Je hebt je kaart geopend met je herstelcode. Kies nu een nieuw wachtwoord. Dan open je je kaart de volgende keer weer met je wachtwoord, zonder noodblad. Je herstelcode blijft werken.</translation>
    </message>
    <message>
      <source>&amp;Save the new passphrase</source>
      <translation>Nieuw wachtwoord &amp;bewaren</translation>
    </message>
    <message>
      <source>&amp;Later</source>
      <translation>&amp;Later</translation>
    </message>
    <message>
      <source>Choose a new passphrase</source>
      <translation>Kies een nieuw wachtwoord</translation>
    </message>
    <message>
      <source>Your new passphrase is saved. Use it from now on to open your card.</source>
      <translation>Je nieuwe wachtwoord is bewaard. Gebruik het vanaf nu om je kaart te openen.</translation>
    </message>
    <message>
      <source>You have no new passphrase yet. Choose one under Card › Access.</source>
      <translation>Je hebt nog geen nieuw wachtwoord. Kies er een bij Kaart › Toegang.</translation>
    </message>
  </context>
  <context>
    <name>ReportDialog</name>
    <message>
      <source>Error report — crisiskaart</source>
      <translation>Foutrapport — crisiskaart</translation>
    </message>
    <message>
      <source>This report shows where in the program the error happened. It holds no text from your card, no names and no file names. You can copy it and send it to the people who make crisiskaart, or to whoever helps you with it.</source>
      <translation>Dit rapport laat zien waar in het programma de fout zat. Er staat geen tekst van je kaart in, geen namen en geen bestandsnamen. Je kunt het kopiëren en sturen naar de makers van crisiskaart, of naar wie je helpt met het programma.</translation>
    </message>
    <message>
      <source>Error report</source>
      <translation>Foutrapport</translation>
    </message>
    <message>
      <source>&amp;Copy</source>
      <translation>&amp;Kopiëren</translation>
    </message>
    <message>
      <source>Puts the report on the clipboard</source>
      <translation>Zet het rapport op het klembord</translation>
    </message>
    <message>
      <source>The report is on the clipboard.</source>
      <translation>Het rapport staat op het klembord.</translation>
    </message>
  </context>
  <context>
    <name>Sections</name>
    <message>
      <source>empty</source>
      <translation>leeg</translation>
    </message>
    <message>
      <source>started</source>
      <translation>begonnen</translation>
    </message>
    <message>
      <source>complete</source>
      <translation>klaar</translation>
    </message>
    <message>
      <source>check this</source>
      <translation>let op</translation>
    </message>
  </context>
  <context>
    <name>SignaturePad</name>
    <message>
      <source>Signature</source>
      <translation>Handtekening</translation>
    </message>
    <message>
      <source>Draw the signature here with the mouse or a pen. A drawn signature is optional.</source>
      <translation>Zet hier de handtekening met de muis of een pen. Een getekende handtekening is niet verplicht.</translation>
    </message>
  </context>
  <context>
    <name>SigningDialog</name>
    <message>
      <source>Signatures and agreements</source>
      <translation>Ondertekening en afspraken</translation>
    </message>
    <message>
      <source>People who sign</source>
      <translation>Mensen die tekenen</translation>
    </message>
    <message>
      <source>Everyone named in the plan signs for what they agreed to</source>
      <translation>Iedereen die in het plan staat, tekent voor wat is afgesproken</translation>
    </message>
    <message>
      <source>&amp;Add everyone named in the plan</source>
      <translation>&amp;Iedereen uit het plan toevoegen</translation>
    </message>
    <message>
      <source>Adds the person, the contact persons and the care providers who are not in the list yet</source>
      <translation>Voegt de persoon zelf, de contactpersonen en de hulpverleners toe die nog niet in de lijst staan</translation>
    </message>
    <message>
      <source>Add a &amp;person</source>
      <translation>&amp;Persoon toevoegen</translation>
    </message>
    <message>
      <source>Who signs</source>
      <translation>Wie tekent</translation>
    </message>
    <message>
      <source>Agrees to be na&amp;med in the plan</source>
      <translation>Vindt het goed om in het plan &amp;genoemd te worden</translation>
    </message>
    <message>
      <source>Has &amp;signed</source>
      <translation>Heeft ge&amp;tekend</translation>
    </message>
    <message>
      <source>&amp;Clear signature</source>
      <translation>Handtekening &amp;wissen</translation>
    </message>
    <message>
      <source>Name</source>
      <translation>Naam</translation>
    </message>
    <message>
      <source>Name of the person or professional</source>
      <translation>Naam van de persoon of hulpverlener</translation>
    </message>
    <message>
      <source>Role</source>
      <translation>Rol</translation>
    </message>
    <message>
      <source>For example sister, GP or myself</source>
      <translation>Bijvoorbeeld zus, huisarts of ikzelf</translation>
    </message>
    <message>
      <source>What was agreed</source>
      <translation>Wat is afgesproken</translation>
    </message>
    <message>
      <source>What this person will do</source>
      <translation>Wat deze persoon gaat doen</translation>
    </message>
    <message>
      <source>Consent to be named</source>
      <translation>Toestemming om genoemd te worden</translation>
    </message>
    <message>
      <source>This person agrees to be in the plan</source>
      <translation>Deze persoon vindt het goed om in het plan te staan</translation>
    </message>
    <message>
      <source>Has signed</source>
      <translation>Heeft getekend</translation>
    </message>
    <message>
      <source>Tick when this person has signed</source>
      <translation>Vink aan als deze persoon heeft getekend</translation>
    </message>
    <message>
      <source>Signed on</source>
      <translation>Getekend op</translation>
    </message>
    <message>
      <source>The date of the signature</source>
      <translation>De datum van de handtekening</translation>
    </message>
    <message>
      <source>Clear signature</source>
      <translation>Handtekening wissen</translation>
    </message>
    <message>
      <source>Removes the drawn signature</source>
      <translation>Haalt de getekende handtekening weg</translation>
    </message>
    <message>
      <source>&amp;Name:</source>
      <translation>&amp;Naam:</translation>
    </message>
    <message>
      <source>&amp;Role:</source>
      <translation>&amp;Rol:</translation>
    </message>
    <message>
      <source>&amp;What was agreed:</source>
      <translation>Wat is &amp;afgesproken:</translation>
    </message>
    <message>
      <source>Signature:</source>
      <translation>Handtekening:</translation>
    </message>
    <message>
      <source>Drawn signature (optional, printed in the plan)</source>
      <translation>Getekende handtekening (niet verplicht; komt in het plan)</translation>
    </message>
    <message>
      <source>(no name)</source>
      <translation>(geen naam)</translation>
    </message>
    <message>
      <source>signed on %1</source>
      <translation>getekend op %1</translation>
    </message>
    <message>
      <source>not signed yet</source>
      <translation>nog niet getekend</translation>
    </message>
    <message>
      <source>no consent to be named yet</source>
      <translation>nog geen toestemming om genoemd te worden</translation>
    </message>
  </context>
  <context>
    <name>SummaryMenu</name>
    <message>
      <source>&amp;Summary for emergency services</source>
      <translation>Samenvatting voor &amp;hulpdiensten</translation>
    </message>
    <message>
      <source>&amp;Publish on the website</source>
      <translation>&amp;Publiceren op de website</translation>
    </message>
    <message>
      <source>Put the summary behind the card's QR code on your organisation's website now</source>
      <translation>Zet de samenvatting achter de QR-code van de kaart nu op de website van je organisatie</translation>
    </message>
    <message>
      <source>&amp;Withdraw…</source>
      <translation>&amp;Intrekken…</translation>
    </message>
    <message>
      <source>The QR code on printed cards then shows only WITHDRAWN</source>
      <translation>De QR-code op geprinte kaarten toont dan alleen INGETROKKEN</translation>
    </message>
    <message>
      <source>&amp;Organisation…</source>
      <translation>&amp;Organisatie…</translation>
    </message>
    <message>
      <source>Your organisation's name, viewer and WebDAV address</source>
      <translation>Naam, vieweradres en WebDAV-adres van je organisatie</translation>
    </message>
  </context>
  <context>
    <name>SummaryTask</name>
    <message>
      <source>For a summary on the website the program needs your organisation's profile, with the viewer address: set it in Ondersteuner › Organisation…</source>
      <translation>Voor een samenvatting op de website heeft het programma het profiel van je organisatie nodig, met het vieweradres: vul het in bij Ondersteuner › Organisatie…</translation>
    </message>
    <message>
      <source>Your organisation's profile has no WebDAV address, so the program cannot put the summary on the website itself. Save it as a folder with File › Export… and give that folder to your organisation, or fill in the WebDAV address in Ondersteuner › Organisation…</source>
      <translation>In het profiel van je organisatie staat geen WebDAV-adres. Dan kan het programma de samenvatting niet zelf op de website zetten. Bewaar haar als map met Bestand › Exporteren… en geef die map aan je organisatie, of vul het WebDAV-adres in bij Ondersteuner › Organisatie…</translation>
    </message>
    <message>
      <source>Putting the summary on the website…</source>
      <translation>De samenvatting gaat naar de website…</translation>
    </message>
    <message>
      <source>The summary is on the website now. Whoever scans the QR code on the card sees this version.</source>
      <translation>De samenvatting staat nu op de website. Wie de QR-code op de kaart scant, ziet deze versie.</translation>
    </message>
    <message>
      <source>This card has no linked summary to withdraw.</source>
      <translation>Deze kaart heeft geen gekoppelde samenvatting om in te trekken.</translation>
    </message>
    <message>
      <source>Withdraw summary</source>
      <translation>Samenvatting intrekken</translation>
    </message>
    <message>
      <source>After withdrawing, whoever scans the QR code on a printed card sees only WITHDRAWN. The next card you print gets a new QR code. This cannot be undone. Withdraw the summary?</source>
      <translation>Na het intrekken ziet wie de QR-code op een geprinte kaart scant alleen INGETROKKEN. De volgende kaart die je print, krijgt een nieuwe QR-code. Dit kun je niet terugdraaien. De samenvatting intrekken?</translation>
    </message>
    <message>
      <source>&amp;Withdraw</source>
      <translation>&amp;Intrekken</translation>
    </message>
    <message>
      <source>Cancel</source>
      <translation>Annuleren</translation>
    </message>
    <message>
      <source>Folder for the withdrawn summary</source>
      <translation>Map voor de ingetrokken samenvatting</translation>
    </message>
    <message>
      <source>Withdrawing the summary…</source>
      <translation>De samenvatting wordt ingetrokken…</translation>
    </message>
    <message>
      <source>WebDAV password</source>
      <translation>WebDAV-wachtwoord</translation>
    </message>
    <message>
      <source>Password for %1 at %2:</source>
      <translation>Wachtwoord voor %1 op %2:</translation>
    </message>
    <message>
      <source>This computer has no keyring: the password is used this once and not kept.</source>
      <translation>Deze computer heeft geen sleutelbos: het wachtwoord wordt deze ene keer gebruikt en niet bewaard.</translation>
    </message>
    <message>
      <source>&amp;Continue</source>
      <translation>&amp;Verder</translation>
    </message>
    <message>
      <source>The card could not be saved, so nothing was sent.</source>
      <translation>De kaart kon niet worden opgeslagen. Er is niets verstuurd.</translation>
    </message>
    <message>
      <source>Summary for emergency services</source>
      <translation>Samenvatting voor hulpdiensten</translation>
    </message>
    <message>
      <source>&amp;Organisation…</source>
      <translation>&amp;Organisatie…</translation>
    </message>
  </context>
  <context>
    <name>UnlockDialog</name>
    <message>
      <source>Open card</source>
      <translation>Kaart openen</translation>
    </message>
    <message>
      <source>Open %1</source>
      <translation>%1 openen</translation>
    </message>
    <message>
      <source>With the passphrase of the &amp;card</source>
      <translation>Met het &amp;wachtwoord van de kaart</translation>
    </message>
    <message>
      <source>&amp;As ondersteuner, with my profile</source>
      <translation>Als &amp;ondersteuner, met mijn profiel</translation>
    </message>
    <message>
      <source>Ondersteuner profile file</source>
      <translation>Profielbestand van de ondersteuner</translation>
    </message>
    <message>
      <source>profile file</source>
      <translation>profielbestand</translation>
    </message>
    <message>
      <source>&amp;Browse…</source>
      <translation>B&amp;laderen…</translation>
    </message>
    <message>
      <source>Choose the profile file</source>
      <translation>Kies het profielbestand</translation>
    </message>
    <message>
      <source>Pass&amp;phrase:</source>
      <translation>Wa&amp;chtwoord:</translation>
    </message>
    <message>
      <source>Passphrase</source>
      <translation>Wachtwoord</translation>
    </message>
    <message>
      <source>&amp;Forgot passphrase?</source>
      <translation>Wachtwoord &amp;vergeten?</translation>
    </message>
    <message>
      <source>Open the card with the recovery code from your recovery sheet</source>
      <translation>Open de kaart met de herstelcode van je noodblad</translation>
    </message>
    <message>
      <source>The card is being opened. This takes a moment: the passphrase is checked slowly on purpose, so that nobody can guess it quickly.</source>
      <translation>De kaart wordt geopend. Dit duurt even: het wachtwoord wordt met opzet langzaam gecontroleerd, zodat niemand het snel kan raden.</translation>
    </message>
    <message>
      <source>&amp;Open</source>
      <translation>O&amp;penen</translation>
    </message>
    <message>
      <source>Open the &amp;backup</source>
      <translation>&amp;Reservekopie openen</translation>
    </message>
    <message>
      <source>Type the recovery code from your recovery sheet. Small letters, spaces and dashes are fine. Then you choose a new passphrase.</source>
      <translation>Typ de herstelcode van je noodblad. Kleine letters, spaties en streepjes mogen. Daarna kies je een nieuw wachtwoord.</translation>
    </message>
    <message>
      <source>Recovery &amp;code:</source>
      <translation>Her&amp;stelcode:</translation>
    </message>
    <message>
      <source>Recovery code</source>
      <translation>Herstelcode</translation>
    </message>
    <message>
      <source>&amp;Back to the passphrase</source>
      <translation>&amp;Terug naar het wachtwoord</translation>
    </message>
    <message>
      <source>Ondersteuner profile</source>
      <translation>Profiel van de ondersteuner</translation>
    </message>
    <message>
      <source>Profile (*)</source>
      <translation>Profiel (*)</translation>
    </message>
  </context>
  <context>
    <name>UnlockProfileDialog</name>
    <message>
      <source>Unlock your ondersteuner profile</source>
      <translation>Profiel van de ondersteuner ontgrendelen</translation>
    </message>
    <message>
      <source>&amp;Browse…</source>
      <translation>B&amp;laderen…</translation>
    </message>
    <message>
      <source>Profile file</source>
      <translation>Profielbestand</translation>
    </message>
    <message>
      <source>The file with your ondersteuner profile</source>
      <translation>Het bestand met je profiel als ondersteuner</translation>
    </message>
    <message>
      <source>Choose profile file</source>
      <translation>Profielbestand kiezen</translation>
    </message>
    <message>
      <source>Passphrase</source>
      <translation>Wachtwoord</translation>
    </message>
    <message>
      <source>The passphrase of your profile</source>
      <translation>Het wachtwoord van je profiel</translation>
    </message>
    <message>
      <source>Profile &amp;file:</source>
      <translation>Profiel&amp;bestand:</translation>
    </message>
    <message>
      <source>&amp;Passphrase:</source>
      <translation>&amp;Wachtwoord:</translation>
    </message>
    <message>
      <source>&amp;Unlock</source>
      <translation>&amp;Ontgrendelen</translation>
    </message>
    <message>
      <source>You unlock your profile once; it stays unlocked until you close the program.</source>
      <translation>Je ontgrendelt je profiel één keer. Het blijft open tot je het programma sluit.</translation>
    </message>
    <message>
      <source>The profile is being unlocked. This takes a moment: the passphrase is checked slowly on purpose, so that nobody can guess it quickly.</source>
      <translation>Het profiel wordt ontgrendeld. Dit duurt even: het wachtwoord wordt met opzet langzaam gecontroleerd, zodat niemand het snel kan raden.</translation>
    </message>
    <message>
      <source>Ondersteuner profile</source>
      <translation>Profiel van de ondersteuner</translation>
    </message>
    <message>
      <source>Fill in the profile file and the passphrase.</source>
      <translation>Vul het profielbestand en het wachtwoord in.</translation>
    </message>
  </context>
  <context>
    <name>VersionPanel</name>
    <message>
      <source>Choose a card in the list.</source>
      <translation>Kies een kaart in de lijst.</translation>
    </message>
    <message>
      <source>Version</source>
      <translation>Versie</translation>
    </message>
    <message>
      <source>Status</source>
      <translation>Status</translation>
    </message>
    <message>
      <source>Date</source>
      <translation>Datum</translation>
    </message>
    <message>
      <source>By</source>
      <translation>Door</translation>
    </message>
    <message>
      <source>Note</source>
      <translation>Toelichting</translation>
    </message>
    <message>
      <source>Versions of this card</source>
      <translation>Versies van deze kaart</translation>
    </message>
    <message>
      <source>Newest version first, with its status</source>
      <translation>Nieuwste versie bovenaan, met de status</translation>
    </message>
    <message>
      <source>Message</source>
      <translation>Melding</translation>
    </message>
    <message>
      <source>&amp;Compare with previous</source>
      <translation>Verge&amp;lijk met de vorige versie</translation>
    </message>
    <message>
      <source>&amp;Restore as new draft</source>
      <translation>&amp;Herstel als nieuw concept</translation>
    </message>
    <message>
      <source>&amp;Signatures…</source>
      <translation>Han&amp;dtekeningen…</translation>
    </message>
    <message>
      <source>Record as si&amp;gned</source>
      <translation>V&amp;astleggen als ondertekend</translation>
    </message>
    <message>
      <source>Make ac&amp;tive</source>
      <translation>Maak a&amp;ctief</translation>
    </message>
    <message>
      <source>&amp;Withdraw</source>
      <translation>Int&amp;rekken</translation>
    </message>
    <message>
      <source>&amp;Distribution list…</source>
      <translation>Ver&amp;spreidingslijst…</translation>
    </message>
    <message>
      <source>&amp;Hand over…</source>
      <translation>Overdra&amp;gen…</translation>
    </message>
    <message>
      <source>Shows what changed between the chosen version and the one before</source>
      <translation>Laat zien wat er veranderd is tussen de gekozen versie en de versie ervoor</translation>
    </message>
    <message>
      <source>The chosen version becomes the newest version, as a draft</source>
      <translation>De gekozen versie wordt de nieuwste versie, als concept</translation>
    </message>
    <message>
      <source>Consent, agreements, dates and drawn signatures of everyone named</source>
      <translation>Toestemming, afspraken, datums en handtekeningen van iedereen die in het plan staat</translation>
    </message>
    <message>
      <source>The draft is signed: it can no longer change</source>
      <translation>Het concept is ondertekend: daarna verandert het niet meer</translation>
    </message>
    <message>
      <source>The signed version becomes the card in use</source>
      <translation>De ondertekende versie wordt de kaart die geldt</translation>
    </message>
    <message>
      <source>The card is no longer valid</source>
      <translation>De kaart geldt niet meer</translation>
    </message>
    <message>
      <source>Who received which version</source>
      <translation>Wie welke versie heeft gekregen</translation>
    </message>
    <message>
      <source>Another ondersteuner takes over this client</source>
      <translation>Een andere ondersteuner neemt deze cliënt over</translation>
    </message>
    <message>
      <source>Versions of the card of %1</source>
      <translation>Versies van de kaart van %1</translation>
    </message>
    <message>
      <source>Still needs the active version: %1</source>
      <translation>Moet de actieve versie nog krijgen: %1</translation>
    </message>
    <message>
      <source>Record as signed</source>
      <translation>Vastleggen als ondertekend</translation>
    </message>
    <message>
      <source>Record version %1 of %2 as signed? After that this version can no longer change; changes go into a new version.</source>
      <translation>Versie %1 van %2 vastleggen als ondertekend? Daarna kan deze versie niet meer veranderen; wijzigingen komen in een nieuwe versie.</translation>
    </message>
    <message>
      <source>Make version %1 of %2 active? Then this is the card that counts.</source>
      <translation>Versie %1 van %2 actief maken? Dan is dit de kaart die geldt.</translation>
    </message>
    <message>
      <source>Make version %1 of %2 active? Then this is the card that counts, and version %3 no longer counts.</source>
      <translation>Versie %1 van %2 actief maken? Dan is dit de kaart die geldt en geldt versie %3 niet meer.</translation>
    </message>
    <message>
      <source>Make active</source>
      <translation>Actief maken</translation>
    </message>
    <message>
      <source>Withdraw version %1 of %2? After that the card no longer counts. To use it again, make a new version and have it signed again.</source>
      <translation>Versie %1 van %2 intrekken? Daarna geldt de kaart niet meer. Wil je hem weer gebruiken, dan maak je een nieuwe versie en laat je die opnieuw ondertekenen.</translation>
    </message>
    <message>
      <source>Withdraw version %1 of %2? This version then never becomes active; version %3 remains the card that counts.</source>
      <translation>Versie %1 van %2 intrekken? Deze versie wordt dan nooit actief; versie %3 blijft de kaart die geldt.</translation>
    </message>
    <message>
      <source>Withdraw version %1 of %2? This version then never becomes active. To use the card, make a new version and have it signed again.</source>
      <translation>Versie %1 van %2 intrekken? Deze versie wordt dan nooit actief. Wil je de kaart gebruiken, dan maak je een nieuwe versie en laat je die opnieuw ondertekenen.</translation>
    </message>
    <message>
      <source>Withdraw</source>
      <translation>Intrekken</translation>
    </message>
    <message>
      <source>Nothing was done: the card changed in the meantime. Look at the versions and try again.</source>
      <translation>Er is niets gedaan: de kaart is intussen veranderd. Kijk de versies na en probeer het opnieuw.</translation>
    </message>
    <message>
      <source>Saved.</source>
      <translation>Opgeslagen.</translation>
    </message>
    <message>
      <source>restored from version %1</source>
      <translation>hersteld uit versie %1</translation>
    </message>
    <message>
      <source>handed over to %1 with the client's consent</source>
      <translation>overgedragen aan %1 met toestemming van de cliënt</translation>
    </message>
    <message>
      <source>Handed over to %1. You no longer have access to this card.</source>
      <translation>Overgedragen aan %1. Je hebt geen toegang meer tot deze kaart.</translation>
    </message>
  </context>
  <context>
    <name>WelcomePage</name>
    <message>
      <source>Welcome</source>
      <translation>Welkom</translation>
    </message>
    <message>
      <source>Here you write your crisis plan and your crisis card, in your own words. You decide what is on the card. Everything is stored encrypted on this computer.</source>
      <translation>Hier schrijf je je crisisplan en je crisiskaart, in je eigen woorden. Jij bepaalt wat er op de kaart staat. Alles wordt versleuteld bewaard op deze computer.</translation>
    </message>
    <message>
      <source>Write a &amp;new card</source>
      <translation>Een &amp;nieuwe kaart schrijven</translation>
    </message>
    <message>
      <source>&amp;Open a card…</source>
      <translation>Een kaart &amp;openen…</translation>
    </message>
    <message>
      <source>Look at the e&amp;xample card</source>
      <translation>De &amp;voorbeeldkaart bekijken</translation>
    </message>
    <message>
      <source>&amp;Recent cards:</source>
      <translation>&amp;Laatst geopende kaarten:</translation>
    </message>
    <message>
      <source>Recent cards</source>
      <translation>Laatst geopende kaarten</translation>
    </message>
    <message>
      <source>Press Enter to open the chosen card</source>
      <translation>Druk op Enter om de gekozen kaart te openen</translation>
    </message>
  </context>
  <context>
    <name>ZelfbindingPage</name>
    <message>
      <source>Not a valid declaration</source>
      <translation>Geen geldige verklaring</translation>
    </message>
    <message>
      <source>Worksheet as PDF…</source>
      <translation>Werkblad als pdf…</translation>
    </message>
    <message>
      <source>Save the worksheet as PDF</source>
      <translation>Het werkblad bewaren als pdf</translation>
    </message>
    <message>
      <source>Every page says that it is a worksheet and not a valid declaration</source>
      <translation>Op elke bladzijde staat dat het een werkblad is en geen geldige verklaring</translation>
    </message>
    <message>
      <source>⚠ This is a worksheet, not a valid self-binding declaration. It only becomes one when you draw it up together with your zorgverantwoordelijke, and an independent doctor or other expert states in writing that you could oversee what it means for you.</source>
      <translation>⚠ Dit is een werkblad, géén geldige zelfbindingsverklaring. Het wordt pas een verklaring als je die samen met je zorgverantwoordelijke opstelt, en een onafhankelijke arts of andere deskundige op papier verklaart dat je goed kon overzien wat die voor je betekent.</translation>
    </message>
    <message>
      <source>You draw up the declaration together with your zorgverantwoordelijke: the professional responsible for your care, often your psychiatrist.</source>
      <translation>Je stelt de verklaring op samen met je zorgverantwoordelijke: de hulpverlener die verantwoordelijk is voor je zorg, vaak je psychiater.</translation>
    </message>
    <message>
      <source>An independent doctor or other expert states in writing that, when you drew it up, you could oversee what it means for you.</source>
      <translation>Een onafhankelijke arts of andere deskundige verklaart op papier dat je, toen je de verklaring opstelde, goed kon overzien wat die voor je betekent.</translation>
    </message>
    <message>
      <source>You are 16 or older. A care plan goes with the declaration.</source>
      <translation>Je bent 16 jaar of ouder. Bij de verklaring hoort een zorgplan.</translation>
    </message>
    <message>
      <source>A family member, someone close to you or the patient advocate (PVP) may help you.</source>
      <translation>Een familielid, een naaste of de patiëntenvertrouwenspersoon (PVP) mag je helpen.</translation>
    </message>
    <message>
      <source>Even with a valid declaration, compulsory care is only allowed with a care authorisation from the court or a crisis measure.</source>
      <translation>Ook met een geldige verklaring mag verplichte zorg alleen met een zorgmachtiging van de rechter of een crisismaatregel.</translation>
    </message>
    <message>
      <source>a. When must you get compulsory care, to prevent serious harm?</source>
      <translation>a. Wanneer moet je verplichte zorg krijgen, om ernstig nadeel te voorkomen?</translation>
    </message>
    <message>
      <source>b. Which care and compulsory care do you then want?</source>
      <translation>b. Welke zorg en verplichte zorg wil je dan?</translation>
    </message>
    <message>
      <source>b. Which forms of compulsory care may then be used?</source>
      <translation>b. Welke vormen van verplichte zorg mogen dan?</translation>
    </message>
    <message>
      <source>b. For how long at most?</source>
      <translation>b. Hoe lang het langst?</translation>
    </message>
    <message>
      <source>c. When does the compulsory care stop?</source>
      <translation>c. Wanneer stopt de verplichte zorg?</translation>
    </message>
    <message>
      <source>d. How long should the declaration be valid?</source>
      <translation>d. Hoe lang moet de verklaring gelden?</translation>
    </message>
    <message>
      <source>e. Which family and loved ones must then be called?</source>
      <translation>e. Welke familie en naasten moeten dan gebeld worden?</translation>
    </message>
    <message>
      <source>What a valid declaration needs</source>
      <translation>Wat nodig is voor een geldige verklaring</translation>
    </message>
    <message>
      <source>This is a short explanation. Ask your zorgverantwoordelijke or the patient advocate (PVP) what exactly is needed.</source>
      <translation>Dit is een korte uitleg. Vraag je zorgverantwoordelijke of de patiëntenvertrouwenspersoon (PVP) wat er precies nodig is.</translation>
    </message>
    <message>
      <source>In a self-binding declaration you agree in advance that you get compulsory care when things go badly, even if you resist it then. Here you put your own thoughts on paper, while you are well. Take the worksheet to the conversation with your zorgverantwoordelijke.</source>
      <translation>In een zelfbindingsverklaring spreek je van tevoren af dat je verplichte zorg krijgt als het slecht met je gaat, ook als je je er dan tegen verzet. Hier zet je je eigen gedachten op papier, nu het goed met je gaat. Neem het werkblad mee naar het gesprek met je zorgverantwoordelijke.</translation>
    </message>
    <message>
      <source>&amp;Start the worksheet</source>
      <translation>Werkblad be&amp;ginnen</translation>
    </message>
    <message>
      <source>Adds a worksheet to prepare a self-binding declaration to this card</source>
      <translation>Voegt een werkblad toe aan deze kaart, om een zelfbindingsverklaring voor te bereiden</translation>
    </message>
    <message>
      <source>The worksheet is saved as %1. Take it to the conversation with your zorgverantwoordelijke.</source>
      <translation>Het werkblad is bewaard als %1. Neem het mee naar het gesprek met je zorgverantwoordelijke.</translation>
    </message>
  </context>
  <context>
    <name>ZorgkaartView</name>
    <message>
      <source>Your zorgkaart shows your wishes about care and compulsory care. If a care authorisation is made for you, it must say how your wishes were taken into account. It comes from your crisis plan, so you do not write it twice. To change it, change your crisis plan, for example "Treatment and admission wishes" or "What helps".</source>
      <translation>Je zorgkaart laat je wensen over zorg en verplichte zorg zien. Komt er een zorgmachtiging voor je, dan moet daarin staan hoe met je wensen rekening is gehouden. De zorgkaart komt uit je crisisplan, dus je schrijft het niet twee keer. Wil je iets veranderen? Verander dan je crisisplan, bijvoorbeeld "Behandelwensen en opname" of "Wat helpt".</translation>
    </message>
    <message>
      <source>Zorgkaart as PDF…</source>
      <translation>Zorgkaart als pdf…</translation>
    </message>
    <message>
      <source>Saves your wishes about care and compulsory care on A4, to print or to give to the judge</source>
      <translation>Bewaart je wensen over zorg en verplichte zorg op A4, om te printen of aan de rechter te geven</translation>
    </message>
    <message>
      <source>Your zorgkaart</source>
      <translation>Je zorgkaart</translation>
    </message>
  </context>
</TS>