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
      <source>O&amp;verview</source>
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
      <source>Preview of the wallet card</source>
      <translation>Voorbeeld van de kaart voor in je portemonnee</translation>
    </message>
    <message>
      <source>What does not fit on the card</source>
      <translation>Wat niet op de kaart past</translation>
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
  </context>
  <context>
    <name>CaseloadModel</name>
    <message>
      <source>Client</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Status</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Version</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Signed on</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Valid until</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Review</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Last change</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Draft</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Signed</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Active</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Withdrawn</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Superseded</source>
      <translation type="unfinished" />
    </message>
    <message numerus="yes">
      <source>Expired (%n day(s) ago)</source>
      <translation type="unfinished">
        <numerusform />
        <numerusform />
      </translation>
    </message>
    <message numerus="yes">
      <source>Review due (in %n day(s))</source>
      <translation type="unfinished">
        <numerusform />
        <numerusform />
      </translation>
    </message>
    <message>
      <source>On time</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>No review date</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>No access</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Damaged file</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Cannot read file</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>(no name)</source>
      <translation type="unfinished" />
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
      <source>The card is valid from this date.</source>
      <translation>Vanaf deze datum is de kaart geldig.</translation>
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
      <source>Se&amp;ttings</source>
      <translation>&amp;Instellingen</translation>
    </message>
    <message>
      <source>&amp;Language</source>
      <translation>&amp;Taal</translation>
    </message>
    <message>
      <source>&amp;Lock after…</source>
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
      <source>⚠ Not saved: %1. Your text is still here; the program tries again.</source>
      <translation>⚠ Niet bewaard: %1. Je tekst staat er nog; het programma probeert het opnieuw.</translation>
    </message>
    <message>
      <source>Example card: changes are not saved.</source>
      <translation>Voorbeeldkaart: wijzigingen worden niet bewaard.</translation>
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
      <source>Close the card?</source>
      <translation>Kaart sluiten?</translation>
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
      <translation>&amp;Bladeren…</translation>
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
    <message>
      <source>✓ The passphrases are the same.</source>
      <translation>✓ De wachtwoorden zijn gelijk.</translation>
    </message>
    <message>
      <source>✗ The passphrases are not the same yet.</source>
      <translation>✗ De wachtwoorden zijn nog niet gelijk.</translation>
    </message>
  </context>
  <context>
    <name>Passphrase</name>
    <message>
      <source>Too short: use at least 8 characters.</source>
      <translation>Te kort: gebruik minstens 8 tekens.</translation>
    </message>
    <message>
      <source>Weak: easy to guess. Add a few words.</source>
      <translation>Zwak: makkelijk te raden. Voeg een paar woorden toe.</translation>
    </message>
    <message>
      <source>Fair: longer is safer, for example four unrelated words.</source>
      <translation>Redelijk: langer is veiliger, bijvoorbeeld vier losse woorden.</translation>
    </message>
    <message>
      <source>Strong.</source>
      <translation>Sterk.</translation>
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
      <source>With the &amp;passphrase of the card</source>
      <translation>Met het &amp;wachtwoord van de kaart</translation>
    </message>
    <message>
      <source>As &amp;ondersteuner, with my profile</source>
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
      <translation>&amp;Bladeren…</translation>
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
      <source>&amp;Open</source>
      <translation>O&amp;penen</translation>
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
      <source>Look at the &amp;example card</source>
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
</TS>