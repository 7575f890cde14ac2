<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_NL">
<context>
    <name>AanwezigenDialog</name>
    <message>
        <source>Who is here?</source>
        <translation>Wie is er?</translation>
    </message>
    <message>
        <source>Private part: only the household and its own circle</source>
        <translation>Besloten deel: alleen het huishouden en hun eigen kring</translation>
    </message>
</context>
<context>
    <name>AanwezigenLijst</name>
    <message>
        <source>A guest&apos;s name</source>
        <translation>Naam van een gast</translation>
    </message>
    <message>
        <source>Name of a guest</source>
        <translation>Naam van een gast</translation>
    </message>
    <message>
        <source>Add guest</source>
        <translation>Gast toevoegen</translation>
    </message>
    <message>
        <source>Someone in the room who is not in the case file, such as a trainee or an interpreter</source>
        <translation>Iemand in de kamer die niet in het dossier staat, zoals een stagiair of een tolk</translation>
    </message>
    <message>
        <source>A guest has no consent: with a guest in the room, the wall shows no case data.</source>
        <translation>Een gast heeft geen toestemming: met een gast in de kamer laat de muur geen gegevens van de casus zien.</translation>
    </message>
    <message>
        <source>Household</source>
        <translation>Huishouden</translation>
    </message>
    <message>
        <source>Own network</source>
        <translation>Eigen netwerk</translation>
    </message>
    <message>
        <source>Professionals</source>
        <translation>Professionals</translation>
    </message>
    <message>
        <source>Guests</source>
        <translation>Gasten</translation>
    </message>
</context>
<context>
    <name>AboutDialog</name>
    <message>
        <source>About tafel</source>
        <translation>Over tafel</translation>
    </message>
    <message>
        <source>&amp;tafel</source>
        <translation>&amp;tafel</translation>
    </message>
    <message>
        <source>&amp;Licences</source>
        <translation>&amp;Licenties</translation>
    </message>
    <message>
        <source>&amp;Folders</source>
        <translation>&amp;Mappen</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Sluiten</translation>
    </message>
    <message>
        <source>tafel %1</source>
        <translation>tafel %1</translation>
    </message>
    <message>
        <source>Case files for young people of 16 to 27 and their households: the keukentafelgesprek across the Big 5, the casus-overleg and the toekomstplan on paper. Every case file stays in an encrypted vault on this laptop.</source>
        <translation>Dossiers voor jongeren van 16 tot 27 en hun huishouden: het keukentafelgesprek over de Big 5, het casus-overleg en het toekomstplan op papier. Elk dossier blijft in een versleutelde kluis op deze laptop.</translation>
    </message>
    <message>
        <source>Runs on Python %1, Qt %2 and PySide6 %3 (%4).</source>
        <translation>Werkt met Python %1, Qt %2 en PySide6 %3 (%4).</translation>
    </message>
    <message>
        <source>tafel uses Qt through PySide6 under the GNU LGPL version 3, the DejaVu fonts and the OpenTaal word list; the tab Licences lists every part with its licence.</source>
        <translation>tafel gebruikt Qt via PySide6 onder de GNU LGPL versie 3, de DejaVu-lettertypen en de woordenlijst van OpenTaal; op het tabblad Licenties staat elk onderdeel met zijn licentie.</translation>
    </message>
    <message>
        <source>The user guide is under Help &gt; User guide, or press F1.</source>
        <translation>De handleiding staat onder Help &gt; Handleiding, of druk op F1.</translation>
    </message>
    <message>
        <source>The parts tafel ships, with their licences. Choose one to read its full licence text.</source>
        <translation>De onderdelen die met tafel meekomen, met hun licentie. Kies er een om de hele licentietekst te lezen.</translation>
    </message>
    <message>
        <source>Part</source>
        <translation>Onderdeel</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Versie</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>Licentie</translation>
    </message>
    <message>
        <source>No licence text came with this part; its licence is: %1</source>
        <translation>Bij dit onderdeel zat geen licentietekst; de licentie is: %1</translation>
    </message>
    <message>
        <source>Where tafel keeps its files on this computer. Case data is only in the vault file, encrypted; the settings and the log never hold case data. Copy a path to pass it on, for example to the helpdesk.</source>
        <translation>Waar tafel zijn bestanden op deze computer bewaart. Gegevens van casussen staan alleen in het kluisbestand, versleuteld; de instellingen en het logbestand bevatten nooit gegevens van casussen. Kopieer een pad om het door te geven, bijvoorbeeld aan de helpdesk.</translation>
    </message>
    <message>
        <source>Vault file</source>
        <translation>Kluisbestand</translation>
    </message>
    <message>
        <source>(none chosen)</source>
        <translation>(nog geen kluis gekozen)</translation>
    </message>
    <message>
        <source>Data folder (demo vault)</source>
        <translation>Gegevensmap (demokluis)</translation>
    </message>
    <message>
        <source>Settings file</source>
        <translation>Instellingenbestand</translation>
    </message>
    <message>
        <source>Log folder</source>
        <translation>Map met logbestanden</translation>
    </message>
    <message>
        <source>Log and error reports</source>
        <translation>Logbestand en foutmeldingen</translation>
    </message>
    <message>
        <source>Crash report (a hard crash)</source>
        <translation>Crashrapport (bij een harde crash)</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopiëren</translation>
    </message>
</context>
<context>
    <name>AdultQuestion</name>
    <message>
        <source>Is there at least one adult who is always there for you?</source>
        <translation>Is er minstens één volwassene die er altijd voor je is?</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nee</translation>
    </message>
    <message>
        <source>Not sure</source>
        <translation>Weet ik niet</translation>
    </message>
    <message>
        <source>Who?</source>
        <translation>Wie?</translation>
    </message>
    <message>
        <source>Who? In the network now: %1</source>
        <translation>Wie? Nu in het netwerk: %1</translation>
    </message>
</context>
<context>
    <name>AfrondenDialog</name>
    <message>
        <source>Finish the casus-overleg</source>
        <translation>Casus-overleg afronden</translation>
    </message>
    <message>
        <source>Check what goes on the record. Everyone who was there gets it on one page, so it holds only what all of them may see.</source>
        <translation>Kijk wat er in het verslag komt. Iedereen die erbij was krijgt het op één pagina, dus er staat alleen in wat zij allemaal mogen zien.</translation>
    </message>
    <message>
        <source>Next evaluation</source>
        <translation>Volgende evaluatie</translation>
    </message>
    <message>
        <source>&amp;Next evaluation</source>
        <translation>&amp;Volgende evaluatie</translation>
    </message>
    <message>
        <source>Six weeks from today unless you agree on another day. When the day has passed, the case shows a signal.</source>
        <translation>Over zes weken, tenzij jullie een andere dag afspreken. Is die dag voorbij, dan krijgt de casus een signaal.</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Opslaan</translation>
    </message>
    <message>
        <source>Finish the meeting, then print the record</source>
        <translation>Rond het overleg af en druk daarna het verslag af</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <source>This casus-overleg has been finished already.</source>
        <translation>Dit casus-overleg is al afgerond.</translation>
    </message>
    <message>
        <source>Fill in the day of the next evaluation.</source>
        <translation>Vul de dag van de volgende evaluatie in.</translation>
    </message>
</context>
<context>
    <name>AfspraakForm</name>
    <message>
        <source>Note an afspraak</source>
        <translation>Afspraak noteren</translation>
    </message>
    <message>
        <source>What will be done?</source>
        <translation>Wat gaat er gebeuren?</translation>
    </message>
    <message>
        <source>Afspraak</source>
        <translation>Afspraak</translation>
    </message>
    <message>
        <source>Who does it</source>
        <translation>Wie doet het</translation>
    </message>
    <message>
        <source>By when</source>
        <translation>Wanneer klaar</translation>
    </message>
    <message>
        <source>Pillar</source>
        <translation>Pijler</translation>
    </message>
    <message>
        <source>No pillar</source>
        <translation>Geen pijler</translation>
    </message>
    <message>
        <source>Note it</source>
        <translation>Noteren</translation>
    </message>
    <message>
        <source>Into the toekomstplan and the record of this meeting</source>
        <translation>In het toekomstplan en in het verslag van dit overleg</translation>
    </message>
    <message>
        <source>Who does it?</source>
        <translation>Wie doet het?</translation>
    </message>
</context>
<context>
    <name>AfspraakRow</name>
    <message>
        <source>What will be done?</source>
        <translation>Wat gaat er gebeuren?</translation>
    </message>
    <message>
        <source>Afspraak</source>
        <translation>Afspraak</translation>
    </message>
    <message>
        <source>Who does it</source>
        <translation>Wie doet het</translation>
    </message>
    <message>
        <source>By when</source>
        <translation>Wanneer klaar</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Pillar</source>
        <translation>Pijler</translation>
    </message>
    <message>
        <source>(no pillar)</source>
        <translation>(geen pijler)</translation>
    </message>
    <message>
        <source>Remove this afspraak</source>
        <translation>Deze afspraak weghalen</translation>
    </message>
    <message>
        <source>Overdue: this was due on %1. Is it still yours to do?</source>
        <translation>Te laat: dit moest klaar zijn op %1. Is dit nog steeds jouw taak?</translation>
    </message>
    <message>
        <source>Choose who…</source>
        <translation>Kies wie…</translation>
    </message>
    <message>
        <source>%1 (no longer involved)</source>
        <translation>%1 (niet meer betrokken)</translation>
    </message>
    <message>
        <source>New person…</source>
        <translation>Nieuwe persoon…</translation>
    </message>
</context>
<context>
    <name>AfsprakenSection</name>
    <message>
        <source>Afspraken</source>
        <translation>Afspraken</translation>
    </message>
    <message>
        <source>Each afspraak has one owner and a date. At every evaluation, ask each owner: is this still mine to do? If not, mark it dropped or give it to someone else, so help can become less when it is no longer needed.</source>
        <translation>Elke afspraak heeft één eigenaar en een datum. Vraag bij elke evaluatie aan elke eigenaar: is dit nog steeds mijn taak? Zo niet, zet de afspraak op vervallen of geef hem aan iemand anders. Zo wordt de hulp minder als die niet meer nodig is.</translation>
    </message>
    <message>
        <source>No afspraken yet. Add the first: what will be done, by whom, and by when?</source>
        <translation>Nog geen afspraken. Voeg de eerste toe: wat gaat er gebeuren, wie doet het en wanneer is het klaar?</translation>
    </message>
    <message>
        <source>Add an afspraak</source>
        <translation>Afspraak toevoegen</translation>
    </message>
    <message numerus="yes">
        <source>%n afspraak(en)</source>
        <translation>
            <numerusform>%n afspraak</numerusform>
            <numerusform>%n afspraken</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n overdue</source>
        <translation>
            <numerusform>%n te laat</numerusform>
            <numerusform>%n te laat</numerusform>
        </translation>
    </message>
    <message>
        <source>Afspraken for %1 were not shared with you, so they are not shown here.</source>
        <translation>Afspraken bij %1 zijn niet met jou gedeeld; daarom staan ze hier niet.</translation>
    </message>
    <message>
        <source>Neither were afspraken without a pillar.</source>
        <translation>Afspraken zonder pijler ook niet.</translation>
    </message>
    <message>
        <source>Remove afspraak</source>
        <translation>Afspraak weghalen</translation>
    </message>
    <message>
        <source>Remove the afspraak “%1”?</source>
        <translation>De afspraak “%1” weghalen?</translation>
    </message>
</context>
<context>
    <name>Agenda</name>
    <message>
        <source>Situation</source>
        <translation>Situatieschets</translation>
    </message>
    <message>
        <source>Perspective</source>
        <translation>Perspectief</translation>
    </message>
    <message>
        <source>Doing it yourself</source>
        <translation>Zelf doen</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Netwerk</translation>
    </message>
    <message>
        <source>Support</source>
        <translation>Ondersteuning</translation>
    </message>
    <message>
        <source>Treatment</source>
        <translation>Behandeling</translation>
    </message>
    <message>
        <source>Breakthrough</source>
        <translation>Doorbraak</translation>
    </message>
    <message>
        <source>Agreements</source>
        <translation>Afspraken</translation>
    </message>
    <message>
        <source>Safety net</source>
        <translation>Vangnet</translation>
    </message>
    <message>
        <source>Where are you now, and what do you want to reach?</source>
        <translation>Waar sta je nu, en wat wil je bereiken?</translation>
    </message>
    <message>
        <source>What does your future look like?</source>
        <translation>Hoe ziet jouw toekomst eruit?</translation>
    </message>
    <message>
        <source>What will you do yourself?</source>
        <translation>Wat ga je zelf doen?</translation>
    </message>
    <message>
        <source>Who around you will help?</source>
        <translation>Wie om je heen helpt mee?</translation>
    </message>
    <message>
        <source>What support is needed?</source>
        <translation>Welke ondersteuning is er nodig?</translation>
    </message>
    <message>
        <source>Is treatment or care needed?</source>
        <translation>Is er behandeling of zorg nodig?</translation>
    </message>
    <message>
        <source>What is in the way, and what would break through it?</source>
        <translation>Wat zit er in de weg, en wat is er nodig om dat te doorbreken?</translation>
    </message>
    <message>
        <source>Who does what, and by when?</source>
        <translation>Wie doet wat, en wanneer?</translation>
    </message>
    <message>
        <source>What if it does not work out for a while?</source>
        <translation>Wat als het even niet lukt?</translation>
    </message>
</context>
<context>
    <name>AgendaRegel</name>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>over time</source>
        <translation>over de tijd</translation>
    </message>
</context>
<context>
    <name>Autosave</name>
    <message>
        <source>The disk is full. What you typed is still here and is saved as soon as there is room again.</source>
        <translation>De schijf is vol. Wat je typte staat nog hier en wordt opgeslagen zodra er weer ruimte is.</translation>
    </message>
    <message>
        <source>What you typed is still here; tafel keeps trying to save it.</source>
        <translation>Wat je typte staat nog hier; tafel blijft proberen het op te slaan.</translation>
    </message>
</context>
<context>
    <name>BackupDialogs</name>
    <message>
        <source>tafel backup (*%1)</source>
        <translation>tafel-back-up (*%1)</translation>
    </message>
    <message>
        <source>Make a backup</source>
        <translation>Back-up maken</translation>
    </message>
    <message>
        <source>No backup made</source>
        <translation>Geen back-up gemaakt</translation>
    </message>
    <message>
        <source>The backup is saved as %1. It opens with the passphrase this vault has now. Keep it apart from this laptop, for example on a USB stick in a locked drawer.</source>
        <translation>De back-up is bewaard als %1. Hij opent met de wachtwoordzin die deze kluis nu heeft. Bewaar hem apart van deze laptop, bijvoorbeeld op een USB-stick in een afgesloten la.</translation>
    </message>
    <message>
        <source>Backup made</source>
        <translation>Back-up gemaakt</translation>
    </message>
</context>
<context>
    <name>BackupHerinneringBand</name>
    <message>
        <source>Make a &amp;backup…</source>
        <translation>&amp;Back-up maken…</translation>
    </message>
    <message>
        <source>You have not made a backup of this vault yet; make one, for example on a USB stick you keep apart from the laptop.</source>
        <translation>Je hebt nog geen back-up van deze kluis gemaakt; maak er een, bijvoorbeeld op een USB-stick die je apart van de laptop bewaart.</translation>
    </message>
    <message>
        <source>Your last backup is from %1; make a new one.</source>
        <translation>Je laatste back-up is van %1; maak een nieuwe.</translation>
    </message>
</context>
<context>
    <name>BetrokkeneDialog</name>
    <message>
        <source>Add someone to the network</source>
        <translation>Iemand aan het netwerk toevoegen</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>%1 wijzigen</translation>
    </message>
    <message>
        <source>Family, friends, a mentor or a neighbour around %1, or a professional who helps.</source>
        <translation>Familie, vrienden, een mentor of een buur rond %1, of een professional die helpt.</translation>
    </message>
    <message>
        <source>e.g. 2,5</source>
        <translation>bijv. 2,5</translation>
    </message>
    <message>
        <source>e.g. municipality (Wmo)</source>
        <translation>bijv. gemeente (Wmo)</translation>
    </message>
    <message>
        <source>Always there for %1</source>
        <translation>Altijd er voor %1</translation>
    </message>
    <message>
        <source>Not linked</source>
        <translation>Niet gekoppeld</translation>
    </message>
    <message>
        <source>A professional who works in tafel too: link them to their card, so the plan can go to them as an encrypted file. Add cards under Vault &gt; Parties.</source>
        <translation>Een professional die ook met tafel werkt: koppel aan diens kaart, zodat het plan versleuteld naar die persoon kan. Kaarten voeg je toe bij Kluis &gt; Partijen.</translation>
    </message>
    <message>
        <source>No known parties yet: add cards under Vault &gt; Parties.</source>
        <translation>Nog geen bekende partijen: voeg kaarten toe bij Kluis &gt; Partijen.</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>&amp;Soort</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Naam</translation>
    </message>
    <message>
        <source>&amp;Role</source>
        <translation>&amp;Rol</translation>
    </message>
    <message>
        <source>&amp;Organisation</source>
        <translation>&amp;Organisatie</translation>
    </message>
    <message>
        <source>&amp;Phone</source>
        <translation>&amp;Telefoon</translation>
    </message>
    <message>
        <source>&amp;E-mail</source>
        <translation>&amp;E-mail</translation>
    </message>
    <message>
        <source>&amp;Hours a week</source>
        <translation>&amp;Uren per week</translation>
    </message>
    <message>
        <source>&amp;Paid by</source>
        <translation>&amp;Betaald door</translation>
    </message>
    <message>
        <source>&amp;Start date</source>
        <translation>Begin&amp;datum</translation>
    </message>
    <message>
        <source>En&amp;d date</source>
        <translation>&amp;Einddatum</translation>
    </message>
    <message>
        <source>P&amp;arty</source>
        <translation>&amp;Partij</translation>
    </message>
    <message>
        <source>youth coach</source>
        <translation>jongerencoach</translation>
    </message>
    <message>
        <source>wijkteam worker</source>
        <translation>medewerker wijkteam</translation>
    </message>
    <message>
        <source>probation officer</source>
        <translation>reclasseringswerker</translation>
    </message>
    <message>
        <source>debt counsellor</source>
        <translation>schuldhulpverlener</translation>
    </message>
    <message>
        <source>teacher or mentor at school</source>
        <translation>docent of mentor op school</translation>
    </message>
    <message>
        <source>mentor</source>
        <translation>mentor</translation>
    </message>
    <message>
        <source>aunt</source>
        <translation>tante</translation>
    </message>
    <message>
        <source>uncle</source>
        <translation>oom</translation>
    </message>
    <message>
        <source>grandmother</source>
        <translation>oma</translation>
    </message>
    <message>
        <source>grandfather</source>
        <translation>opa</translation>
    </message>
    <message>
        <source>friend</source>
        <translation>vriend of vriendin</translation>
    </message>
    <message>
        <source>neighbour</source>
        <translation>buurman of buurvrouw</translation>
    </message>
    <message>
        <source>coach at the sports club</source>
        <translation>trainer bij de sportclub</translation>
    </message>
    <message>
        <source>Write the hours a week as a number, for example 2,5.</source>
        <translation>Schrijf de uren per week als getal, bijvoorbeeld 2,5.</translation>
    </message>
</context>
<context>
    <name>BundelExportDialog</name>
    <message>
        <source>Make a bundle – %1</source>
        <extracomment>A bundle was saved: the one-paragraph confirmation to show.</extracomment>
        <translation>Bundel maken – %1</translation>
    </message>
    <message>
        <source>A bundle is an encrypted file about this case for the others who work on the plan. Only what the household agreed to share with them goes; the rest stays here.</source>
        <translation>Een bundel is een versleuteld bestand over deze casus voor de anderen die aan het plan werken. Er gaat alleen mee wat het huishouden met hen wilde delen; de rest blijft hier.</translation>
    </message>
    <message>
        <source>To &amp;known parties</source>
        <translation>Aan &amp;bekende partijen</translation>
    </message>
    <message>
        <source>With a &amp;passphrase (for someone without tafel)</source>
        <translation>Met een &amp;wachtwoordzin (voor iemand zonder tafel)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <source>&amp;Save bundle…</source>
        <translation>Bundel &amp;opslaan…</translation>
    </message>
    <message>
        <source>For whom</source>
        <translation>Voor wie</translation>
    </message>
    <message>
        <source>The parties whose card you have. Those in this case&apos;s network come first.</source>
        <translation>De partijen van wie je de kaart hebt. Wie in het netwerk van deze casus staat, komt eerst.</translation>
    </message>
    <message>
        <source>Send &amp;everything again</source>
        <translation>&amp;Alles opnieuw meesturen</translation>
    </message>
    <message>
        <source>When an earlier bundle got lost and the other side waits for it.</source>
        <translation>Als een eerdere bundel zoek is en de ander erop wacht.</translation>
    </message>
    <message>
        <source>What goes, and why</source>
        <translation>Wat gaat mee, en waarom</translation>
    </message>
    <message>
        <source>What goes</source>
        <translation>Wat gaat mee</translation>
    </message>
    <message>
        <source>Tick what may go. Only what the household agreed to share with someone in this case can go.</source>
        <translation>Vink aan wat mee mag. Alleen wat het huishouden met iemand in deze casus wilde delen, kan mee.</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Wachtwoordzin</translation>
    </message>
    <message>
        <source>For someone without tafel keys: they open the bundle with this passphrase. Pass it on another way than the file: call or tell it, never in the same e-mail.</source>
        <translation>Voor iemand zonder tafel-sleutels: die opent de bundel met deze wachtwoordzin. Geef hem op een andere manier door dan het bestand: bel of vertel hem, nooit in dezelfde e-mail.</translation>
    </message>
    <message>
        <source>Pass&amp;phrase</source>
        <translation>Wachtwoord&amp;zin</translation>
    </message>
    <message>
        <source>&amp;Once more</source>
        <translation>&amp;Nog een keer</translation>
    </message>
    <message>
        <source>Show passphrase</source>
        <translation>Wachtwoordzin tonen</translation>
    </message>
    <message>
        <source>Suggest one</source>
        <translation>Bedenk er een</translation>
    </message>
    <message>
        <source>Strength</source>
        <translation>Sterkte</translation>
    </message>
    <message>
        <source>In the bundle: %1.</source>
        <translation>In de bundel: %1.</translation>
    </message>
    <message>
        <source>Tick what goes in the bundle.</source>
        <translation>Vink aan wat in de bundel gaat.</translation>
    </message>
    <message>
        <source>Choose who the bundle is for.</source>
        <translation>Kies voor wie de bundel is.</translation>
    </message>
    <message>
        <source>Nothing can go: there is no consent for what you chose. Ask the household first, and record their consent under Consent.</source>
        <translation>Er kan niets mee: voor wat je koos is er geen toestemming. Vraag het eerst aan het huishouden en leg hun toestemming vast onder Toestemming.</translation>
    </message>
    <message>
        <source>You chose %1 parties. The bundle carries only what all of them may have: %2.</source>
        <translation>Je koos %1 partijen. De bundel bevat alleen wat ze allemaal mogen hebben: %2.</translation>
    </message>
    <message>
        <source>%1 stays here.</source>
        <translation>%1 blijft hier.</translation>
    </message>
    <message>
        <source>Card not checked</source>
        <translation>Kaart niet gecontroleerd</translation>
    </message>
    <message>
        <source>The card of %1 has not been checked with the controlecode yet. Whoever holds the key of that card can read this bundle. Choose it only if you are sure the card is really from %1.</source>
        <translation>De kaart van %1 is nog niet gecontroleerd met de controlecode. Wie de sleutel van die kaart heeft, kan deze bundel lezen. Kies hem alleen als je zeker weet dat de kaart echt van %1 is.</translation>
    </message>
    <message>
        <source>Choose anyway</source>
        <translation>Toch kiezen</translation>
    </message>
    <message>
        <source>Do not choose</source>
        <translation>Niet kiezen</translation>
    </message>
    <message>
        <source>%1 with passphrase %2</source>
        <translation>%1 met wachtwoordzin %2</translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <translation>%1 en %2</translation>
    </message>
    <message>
        <source>%1 to %2 %3</source>
        <translation>%1 aan %2 %3</translation>
    </message>
    <message>
        <source>Save bundle</source>
        <translation>Bundel opslaan</translation>
    </message>
    <message>
        <source>tafel bundle (*.tafelbundel)</source>
        <translation>tafel-bundel (*.tafelbundel)</translation>
    </message>
    <message>
        <source>The two passphrases are not the same.</source>
        <translation>De twee wachtwoordzinnen zijn niet gelijk.</translation>
    </message>
    <message>
        <source>tafel cannot write in the folder %1. Choose another place.</source>
        <translation>tafel kan niet schrijven in de map %1. Kies een andere plek.</translation>
    </message>
    <message>
        <source>Bundle %1 of %2 is saved as %3.</source>
        <translation>Bundel %1 van %2 is opgeslagen als %3.</translation>
    </message>
    <message>
        <source>In it: %1.</source>
        <translation>Erin: %1.</translation>
    </message>
    <message>
        <source>Send the file, and pass the passphrase on another way: call or tell it.</source>
        <translation>Stuur het bestand, en geef de wachtwoordzin op een andere manier door: bel of vertel hem.</translation>
    </message>
    <message>
        <source>Send the file to %1 yourself (by e-mail or on a stick): only they can open it.</source>
        <translation>Stuur het bestand zelf naar %1 (per e-mail of op een usb-stick): alleen zij kunnen het openen.</translation>
    </message>
</context>
<context>
    <name>BundelInleesDialog</name>
    <message>
        <source>Read bundle – %1</source>
        <extracomment>More than a bundle may be (the format&apos;s limit is 32 MiB): read no further than this. The most conflicts named one by one; the rest is a count. &quot;Open the case&quot; was chosen: the case&apos;s id. A refusal after the dialog opened (a passphrase bundle that turns out damaged).</extracomment>
        <translation>Bundel inlezen – %1</translation>
    </message>
    <message>
        <source>This bundle has a passphrase</source>
        <translation>Deze bundel heeft een wachtwoordzin</translation>
    </message>
    <message>
        <source>It was made for someone without tafel keys. Type the passphrase you got from the sender (by phone or in person, not in the same e-mail).</source>
        <translation>Hij is gemaakt voor iemand zonder tafel-sleutels. Typ de wachtwoordzin die je van de afzender kreeg (per telefoon of persoonlijk, niet in dezelfde e-mail).</translation>
    </message>
    <message>
        <source>Pass&amp;phrase</source>
        <translation>Wachtwoord&amp;zin</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Openen</translation>
    </message>
    <message>
        <source>&amp;Read in</source>
        <translation>&amp;Inlezen</translation>
    </message>
    <message>
        <source>&amp;Open the case</source>
        <translation>Casus &amp;openen</translation>
    </message>
    <message>
        <source>Bundle %1 from %2</source>
        <translation>Bundel %1 van %2</translation>
    </message>
    <message>
        <source>&amp;I am sure this bundle comes from %1</source>
        <translation>&amp;Ik weet zeker dat deze bundel van %1 komt</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Casus</translation>
    </message>
    <message>
        <source>In it</source>
        <translation>Erin</translation>
    </message>
    <message>
        <source>only the case&apos;s reference</source>
        <translation>alleen het kenmerk van de casus</translation>
    </message>
    <message>
        <source>This bundle has been read in here before: nothing changes.</source>
        <translation>Deze bundel is hier al eerder ingelezen: er verandert niets.</translation>
    </message>
    <message>
        <source>What changes</source>
        <translation>Wat verandert</translation>
    </message>
    <message>
        <source>&amp;Keep it</source>
        <translation>&amp;Bewaren</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Sluiten</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <source>%1 — new in this vault</source>
        <translation>%1 — nieuw in deze kluis</translation>
    </message>
    <message>
        <source>%1 — already in this vault; the bundle is merged into it</source>
        <translation>%1 — staat al in deze kluis; de bundel wordt erin samengevoegd</translation>
    </message>
    <message>
        <source>Verified party: you compared the controlecode</source>
        <translation>Geverifieerde partij: je hebt de controlecode vergeleken</translation>
    </message>
    <message>
        <source>Known party, but the card has not been checked with the controlecode</source>
        <translation>Bekende partij, maar de kaart is nog niet gecontroleerd met de controlecode</translation>
    </message>
    <message>
        <source>Unknown party: this vault does not have their card</source>
        <translation>Onbekende partij: deze kluis heeft hun kaart niet</translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>en nog %n</numerusform>
            <numerusform>en nog %n</numerusform>
        </translation>
    </message>
    <message>
        <source>Open points</source>
        <translation>Open punten</translation>
    </message>
    <message>
        <source>Kept: this bundle waits</source>
        <translation>Bewaard: deze bundel wacht</translation>
    </message>
    <message>
        <source>Already read in</source>
        <translation>Al ingelezen</translation>
    </message>
    <message>
        <source>This bundle has been read in here before: nothing changed.</source>
        <translation>Deze bundel is hier al eerder ingelezen: er is niets veranderd.</translation>
    </message>
    <message>
        <source>Read in: %1</source>
        <translation>Ingelezen: %1</translation>
    </message>
    <message>
        <source>What changed</source>
        <translation>Wat is veranderd</translation>
    </message>
    <message>
        <source>Also</source>
        <translation>Ook</translation>
    </message>
    <message>
        <source>The file %1 cannot be read.</source>
        <translation>Het bestand %1 kan niet worden gelezen.</translation>
    </message>
</context>
<context>
    <name>BundelMeervoud</name>
    <message numerus="yes">
        <source>New in this vault: plan version %1</source>
        <translation>
            <numerusform>Nieuw in deze kluis: planversie %1</numerusform>
            <numerusform>Nieuw in deze kluis: planversies %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Updated: plan version %1</source>
        <translation>
            <numerusform>Bijgewerkt: planversie %1</numerusform>
            <numerusform>Bijgewerkt: planversies %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n consent(s) for the people who share this plan</source>
        <translation>
            <numerusform>%n toestemming voor wie dit plan deelt</numerusform>
            <numerusform>%n toestemmingen voor wie dit plan delen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n person(s) in the household or network</source>
        <translation>
            <numerusform>%n persoon in het huishouden of netwerk</numerusform>
            <numerusform>%n personen in het huishouden of netwerk</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Afterwards %n point(s) in the plan were filled in differently: choose together what it will be.</source>
        <translation>
            <numerusform>Daarna is er %n punt in het plan verschillend ingevuld: kies samen wat het wordt.</numerusform>
            <numerusform>Daarna zijn er %n punten in het plan verschillend ingevuld: kies samen wat het wordt.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BundelMelding</name>
    <message>
        <source>Bundle not read in</source>
        <translation>Bundel niet ingelezen</translation>
    </message>
    <message>
        <source>Bundle saved</source>
        <translation>Bundel opgeslagen</translation>
    </message>
</context>
<context>
    <name>BundelTekst</name>
    <message>
        <source>%1 and %2</source>
        <translation>%1 en %2</translation>
    </message>
    <message>
        <source>Perspective</source>
        <translation>Perspectief</translation>
    </message>
    <message>
        <source>Doorbraak</source>
        <translation>Doorbraak</translation>
    </message>
    <message>
        <source>Safety net</source>
        <translation>Vangnet</translation>
    </message>
    <message>
        <source>%1 — it came from this party, so it may go back</source>
        <translation>%1 — kwam van deze partij, dus mag terug</translation>
    </message>
    <message>
        <source>consent from %1</source>
        <translation>toestemming van %1</translation>
    </message>
    <message>
        <source>consent</source>
        <translation>toestemming</translation>
    </message>
    <message>
        <source>%1 until %2</source>
        <translation>%1 tot %2</translation>
    </message>
    <message>
        <source>%1 — %2, for: %3</source>
        <translation>%1 — %2, voor: %3</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>%1 — stays here: no consent</source>
        <translation>%1 — blijft hier: geen toestemming</translation>
    </message>
    <message>
        <source>%1 — may go to this party, but stays here all the same: not everyone you chose may have it</source>
        <translation>%1 — mag naar deze partij, maar blijft toch hier: niet iedereen die je koos mag het hebben</translation>
    </message>
    <message>
        <source>The case %1 is new in this vault (without names: only what was shared comes).</source>
        <translation>De casus %1 is nieuw in deze kluis (zonder namen: alleen wat gedeeld is, komt mee).</translation>
    </message>
    <message>
        <source>Parts of the plan: %1</source>
        <translation>Delen van het plan: %1</translation>
    </message>
    <message>
        <source>Version %1 was signed: those signatures now belong to the earlier text.</source>
        <translation>Versie %1 was getekend: die handtekeningen horen nu bij de eerdere tekst.</translation>
    </message>
    <message>
        <source>New version %1 started with the merged text, so the signed version stays as it was.</source>
        <translation>Nieuwe versie %1 begonnen met de samengevoegde tekst, zodat de getekende versie blijft zoals hij was.</translation>
    </message>
    <message>
        <source>A text was corrected or removed at someone&apos;s request (AVG art. 16 or 17): here too it is gone, from every version and from your own prints.</source>
        <translation>Op verzoek van iemand is een tekst verbeterd of verwijderd (AVG art. 16 of 17): ook hier is die weg, uit elke versie en uit je eigen afdrukken.</translation>
    </message>
    <message>
        <source>Nothing in the plan changes.</source>
        <translation>Er verandert niets aan het plan.</translation>
    </message>
    <message>
        <source>Also read in, because it waited for this one: %1.</source>
        <translation>Ook ingelezen, want die wachtte hierop: %1.</translation>
    </message>
    <message>
        <source>This bundle builds on %1, which is not here yet. tafel keeps it and reads it in by itself as soon as that one arrives.</source>
        <translation>Deze bundel bouwt voort op %1, die hier nog niet is. tafel bewaart hem en leest hem vanzelf in zodra die binnen is.</translation>
    </message>
    <message>
        <source>what</source>
        <translation>wat</translation>
    </message>
    <message>
        <source>who</source>
        <translation>wie</translation>
    </message>
    <message>
        <source>deadline</source>
        <translation>deadline</translation>
    </message>
    <message>
        <source>status</source>
        <translation>status</translation>
    </message>
    <message>
        <source>pillar</source>
        <translation>pijler</translation>
    </message>
    <message>
        <source>evaluation date</source>
        <translation>evaluatiedatum</translation>
    </message>
    <message>
        <source>exception needed</source>
        <translation>uitzondering nodig</translation>
    </message>
    <message>
        <source>kind of doorbraak</source>
        <translation>soort doorbraak</translation>
    </message>
    <message>
        <source>amount</source>
        <translation>bedrag</translation>
    </message>
    <message>
        <source>quantity</source>
        <translation>aantal</translation>
    </message>
    <message>
        <source>period</source>
        <translation>periode</translation>
    </message>
    <message>
        <source>description</source>
        <translation>omschrijving</translation>
    </message>
    <message>
        <source>an afspraak</source>
        <translation>een afspraak</translation>
    </message>
    <message>
        <source>a cost line</source>
        <translation>een kostenpost</translation>
    </message>
    <message>
        <source>%1 deleted by %2, but changed by %3</source>
        <translation>%1 verwijderd door %2, maar bewerkt door %3</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>target score</source>
        <translation>doelscore</translation>
    </message>
    <message>
        <source>%1 (filled in differently by %2)</source>
        <translation>%1 (verschillend ingevuld door %2)</translation>
    </message>
</context>
<context>
    <name>CasusDialog</name>
    <message>
        <source>Edit case %1</source>
        <translation>Casus %1 wijzigen</translation>
    </message>
    <message>
        <source>&amp;First name</source>
        <translation>&amp;Voornaam</translation>
    </message>
    <message>
        <source>&amp;Last name</source>
        <translation>&amp;Achternaam</translation>
    </message>
    <message>
        <source>&amp;Birth date</source>
        <translation>&amp;Geboortedatum</translation>
    </message>
    <message>
        <source>%1 (leave empty to keep it)</source>
        <translation>%1 (leeg laten om te bewaren)</translation>
    </message>
    <message>
        <source>optional, 9 digits</source>
        <translation>niet verplicht, 9 cijfers</translation>
    </message>
    <message>
        <source>B&amp;SN</source>
        <translation>B&amp;SN</translation>
    </message>
    <message>
        <source>Remove the BSN</source>
        <translation>BSN weghalen</translation>
    </message>
    <message>
        <source>&amp;Phone</source>
        <translation>&amp;Telefoon</translation>
    </message>
    <message>
        <source>&amp;E-mail</source>
        <translation>&amp;E-mail</translation>
    </message>
    <message>
        <source>&amp;Household</source>
        <translation>&amp;Huishouden</translation>
    </message>
    <message>
        <source>Pla&amp;ce</source>
        <translation>&amp;Plaats</translation>
    </message>
    <message>
        <source>&amp;Casusregisseur</source>
        <translation>&amp;Casusregisseur</translation>
    </message>
    <message>
        <source>&amp;Reason for contact</source>
        <translation>&amp;Aanleiding</translation>
    </message>
    <message>
        <source>e.g. the name of the GP or the mentor</source>
        <translation>bijv. de naam van de huisarts of de mentor</translation>
    </message>
    <message>
        <source>Came in &amp;via</source>
        <translation>Aangemeld &amp;via</translation>
    </message>
    <message>
        <source>Referred b&amp;y</source>
        <translation>Aangemeld &amp;door</translation>
    </message>
    <message>
        <source>now</source>
        <translation>nu</translation>
    </message>
    <message>
        <source>you</source>
        <translation>jij</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>niet ingevuld</translation>
    </message>
</context>
<context>
    <name>CasusListModel</name>
    <message>
        <source>Young person</source>
        <extracomment>The signal column&apos;s labels, most pressing first, for the chips delegate.</extracomment>
        <translation>Jongere</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>Leeftijd</translation>
    </message>
    <message>
        <source>Household</source>
        <translation>Huishouden</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Fase</translation>
    </message>
    <message>
        <source>Signals</source>
        <translation>Signalen</translation>
    </message>
    <message>
        <source>Casusregisseur</source>
        <translation>Casusregisseur</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Kenmerk</translation>
    </message>
</context>
<context>
    <name>CasusListPanel</name>
    <message>
        <source>Search by name, place, household, network or reference</source>
        <translation>Zoek op naam, plaats, huishouden, netwerk of kenmerk</translation>
    </message>
    <message>
        <source>Filter by phase</source>
        <translation>Filter op fase</translation>
    </message>
    <message>
        <source>All open cases</source>
        <translation>Alle open casussen</translation>
    </message>
    <message>
        <source>All cases</source>
        <translation>Alle casussen</translation>
    </message>
    <message>
        <source>Filter by signal</source>
        <translation>Filter op signaal</translation>
    </message>
    <message>
        <source>With or without signal</source>
        <translation>Met of zonder signaal</translation>
    </message>
    <message>
        <source>With a signal</source>
        <translation>Met een signaal</translation>
    </message>
    <message>
        <source>Age milestone</source>
        <translation>Leeftijdsmoment</translation>
    </message>
    <message>
        <source>Care ends or waits</source>
        <translation>Zorg stopt of wacht</translation>
    </message>
    <message>
        <source>Without signal</source>
        <translation>Zonder signaal</translation>
    </message>
    <message>
        <source>%1 of %2 cases shown</source>
        <translation>%1 van %2 casussen getoond</translation>
    </message>
</context>
<context>
    <name>CasusOverviewPage</name>
    <message>
        <source>Phase</source>
        <extracomment>Signals whose chip also names what it is about (the domains scored 1, the recipient).</extracomment>
        <translation>Fase</translation>
    </message>
    <message>
        <source>Clo&amp;se case</source>
        <translation>Casus af&amp;sluiten</translation>
    </message>
    <message>
        <source>Keep on &amp;pilot light</source>
        <translation>Op waak&amp;vlam zetten</translation>
    </message>
    <message>
        <source>&amp;Hand over</source>
        <translation>O&amp;verdragen</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Wijzigen</translation>
    </message>
    <message>
        <source>Casus-&amp;overleg…</source>
        <translation>Casus-&amp;overleg…</translation>
    </message>
    <message>
        <source>Close case</source>
        <translation>Casus afsluiten</translation>
    </message>
    <message>
        <source>Reopen</source>
        <translation>Heropenen</translation>
    </message>
    <message>
        <source>Close the case as handed over to another party</source>
        <translation>De casus afsluiten als overgedragen aan een andere partij</translation>
    </message>
    <message>
        <source>Destroy…</source>
        <translation>Vernietigen…</translation>
    </message>
    <message>
        <source>Remove this closed case from the vault for good (after its retention term, or on a written request)</source>
        <translation>Deze gesloten casus voorgoed uit de kluis halen (na de bewaartermijn, of op een schriftelijk verzoek)</translation>
    </message>
    <message>
        <source>Phase:</source>
        <translation>Fase:</translation>
    </message>
    <message>
        <source>Start a casus-overleg: the wall shows only what the household agreed to share with everyone in the room (Ctrl+Shift+O)</source>
        <translation>Een casus-overleg starten: de muur laat alleen zien wat het huishouden wil delen met iedereen in de kamer (Ctrl+Shift+O)</translation>
    </message>
    <message>
        <source>Make &amp;bundle…</source>
        <translation>&amp;Bundel maken…</translation>
    </message>
    <message>
        <source>An encrypted file of this case for the other parties, with only what the household agreed to share (Ctrl+E)</source>
        <translation>Een versleuteld bestand van deze casus voor de andere partijen, met alleen wat het huishouden wilde delen (Ctrl+E)</translation>
    </message>
    <message>
        <source>Reason for contact</source>
        <translation>Aanleiding</translation>
    </message>
    <message>
        <source>kept until %1 (%2 years after closing)</source>
        <translation>bewaard tot %1 (%2 jaar na afsluiten)</translation>
    </message>
    <message numerus="yes">
        <source>%n year(s)</source>
        <translation>
            <numerusform>%n jaar</numerusform>
            <numerusform>%n jaar</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 · %2 · casusregisseur %3 · registered %4</source>
        <translation>%1 · %2 · casusregisseur %3 · aangemeld %4</translation>
    </message>
    <message>
        <source>Edit the young person&apos;s and the case&apos;s details</source>
        <translation>De gegevens van de jongere en de casus wijzigen</translation>
    </message>
    <message>
        <source>Handed over to %1</source>
        <translation>Overgedragen aan %1</translation>
    </message>
    <message>
        <source>via %1 (%2)</source>
        <translation>via %1 (%2)</translation>
    </message>
    <message>
        <source>via %1</source>
        <translation>via %1</translation>
    </message>
    <message>
        <source>Keep this case on pilot light? The case closes, but contact stays possible.</source>
        <translation>Deze casus op waakvlam zetten? De casus sluit, maar contact blijft mogelijk.</translation>
    </message>
    <message>
        <source>Close this case? You can reopen it later without a new intake.</source>
        <translation>Deze casus afsluiten? Je kunt hem later heropenen zonder nieuwe intake.</translation>
    </message>
</context>
<context>
    <name>Checklist18Section</name>
    <message>
        <source>Checklist 18-/18+</source>
        <translation>Checklist 18-/18+</translation>
    </message>
    <message>
        <source>All %1 items are arranged or not needed.</source>
        <translation>Alle %1 punten zijn geregeld of niet nodig.</translation>
    </message>
    <message>
        <source>Still open: %1 of %2. What %3 needs arranged before 18.</source>
        <translation>Nog open: %1 van %2. Wat er voor %3 geregeld moet zijn vóór 18.</translation>
    </message>
    <message>
        <source>Who: %1</source>
        <translation>Wie: %1</translation>
    </message>
    <message>
        <source>C&amp;hecklist 18-/18+…</source>
        <translation>C&amp;hecklist 18-/18+…</translation>
    </message>
</context>
<context>
    <name>Checklist18Window</name>
    <message>
        <source>Checklist 18-/18+ for %1</source>
        <translation>Checklist 18-/18+ van %1</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Sluiten</translation>
    </message>
</context>
<context>
    <name>ChecklistPuntDialog</name>
    <message>
        <source>e.g. room with grandmother from June</source>
        <translation>bijv. kamer bij oma vanaf juni</translation>
    </message>
    <message>
        <source>&amp;Status</source>
        <translation>&amp;Stand</translation>
    </message>
    <message>
        <source>&amp;Who is on it</source>
        <translation>&amp;Wie pakt het op</translation>
    </message>
    <message>
        <source>&amp;Note</source>
        <translation>&amp;Notitie</translation>
    </message>
    <message>
        <source>Short and in plain words: the young person reads along.</source>
        <translation>Kort en in gewone woorden: de jongere leest mee.</translation>
    </message>
</context>
<context>
    <name>ChoiceRow</name>
    <message>
        <source>shown in the plan now</source>
        <translation>staat nu in het plan</translation>
    </message>
    <message>
        <source>&amp;Choose this</source>
        <translation>Dit &amp;kiezen</translation>
    </message>
</context>
<context>
    <name>ChoosingDialog</name>
    <message>
        <source>Choose for each point what it will be</source>
        <translation>Kies per punt wat het wordt</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Sluiten</translation>
    </message>
    <message>
        <source>Everything has been chosen</source>
        <translation>Alles is gekozen</translation>
    </message>
</context>
<context>
    <name>CompareDialog</name>
    <message>
        <source>Afspraken</source>
        <translation>Afspraken</translation>
    </message>
    <message>
        <source>Doorbraak</source>
        <translation>Doorbraak</translation>
    </message>
    <message>
        <source>Cost comparison</source>
        <translation>Kostenvergelijking</translation>
    </message>
    <message>
        <source>Evaluation</source>
        <translation>Evaluatie</translation>
    </message>
    <message>
        <source>Target score: %1</source>
        <translation>Doelscore: %1</translation>
    </message>
    <message>
        <source>Total: %1</source>
        <translation>Totaal: %1</translation>
    </message>
    <message>
        <source>Is an exception to a rule or routine needed?</source>
        <translation>Is er een uitzondering op een regel of werkwijze nodig?</translation>
    </message>
    <message>
        <source>How is it paid?</source>
        <translation>Hoe wordt het betaald?</translation>
    </message>
    <message>
        <source>Evaluation date</source>
        <translation>Datum evaluatie</translation>
    </message>
    <message>
        <source>(no action yet)</source>
        <translation>(nog geen actie)</translation>
    </message>
    <message>
        <source>(no owner yet)</source>
        <translation>(nog geen eigenaar)</translation>
    </message>
    <message>
        <source>by %1</source>
        <translation>uiterlijk %1</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nee</translation>
    </message>
    <message>
        <source>Version %1 · %2</source>
        <translation>Versie %1 · %2</translation>
    </message>
    <message>
        <source>signed on %1</source>
        <translation>getekend op %1</translation>
    </message>
    <message>
        <source>last changed %1</source>
        <translation>laatst gewijzigd %1</translation>
    </message>
    <message>
        <source>Compare versions of the toekomstplan</source>
        <translation>Versies van het toekomstplan vergelijken</translation>
    </message>
    <message>
        <source>What changed in the toekomstplan of %1?</source>
        <translation>Wat is er veranderd in het toekomstplan van %1?</translation>
    </message>
    <message>
        <source>&amp;Older:</source>
        <translation>&amp;Oudere versie:</translation>
    </message>
    <message>
        <source>&amp;Newer:</source>
        <translation>&amp;Nieuwere versie:</translation>
    </message>
    <message>
        <source>Only show &amp;changes</source>
        <translation>Alleen &amp;wijzigingen tonen</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Sluiten</translation>
    </message>
    <message>
        <source>You are looking at the same version twice. Choose another version to compare.</source>
        <translation>Je kijkt twee keer naar dezelfde versie. Kies een andere versie om te vergelijken.</translation>
    </message>
    <message>
        <source>These versions are the same.</source>
        <translation>Deze versies zijn hetzelfde.</translation>
    </message>
    <message>
        <source>Nothing changed.</source>
        <translation>Er is niets veranderd.</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Veranderd</translation>
    </message>
    <message>
        <source>no changes</source>
        <translation>niets veranderd</translation>
    </message>
    <message>
        <source>Empty in both versions.</source>
        <translation>In beide versies leeg.</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(leeg)</translation>
    </message>
    <message>
        <source>Changed: %1</source>
        <translation>Veranderd: %1</translation>
    </message>
</context>
<context>
    <name>ConclusieRegel</name>
    <message>
        <source>Conclusion</source>
        <translation>Conclusie</translation>
    </message>
    <message>
        <source>Remove this conclusion</source>
        <translation>Deze conclusie weghalen</translation>
    </message>
</context>
<context>
    <name>ConclusiesLijst</name>
    <message>
        <source>Add a conclusion (Enter)</source>
        <translation>Conclusie toevoegen (Enter)</translation>
    </message>
    <message>
        <source>New conclusion</source>
        <translation>Nieuwe conclusie</translation>
    </message>
</context>
<context>
    <name>ConflictBanner</name>
    <message>
        <source>&amp;Look and choose</source>
        <translation>&amp;Bekijken en kiezen</translation>
    </message>
    <message numerus="yes">
        <source>There are %n point(s) on which you filled in different things. Choose for each what it will be.</source>
        <translation>
            <numerusform>Er is %n punt waarover jullie verschillende dingen hebben ingevuld. Kies wat het wordt.</numerusform>
            <numerusform>Er zijn %n punten waarover jullie verschillende dingen hebben ingevuld. Kies per punt wat het wordt.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ConflictCard</name>
    <message>
        <source>&amp;Keep afspraak</source>
        <translation>Afspraak &amp;houden</translation>
    </message>
    <message>
        <source>&amp;Keep cost line</source>
        <translation>Kostenpost &amp;houden</translation>
    </message>
    <message>
        <source>&amp;Delete after all</source>
        <translation>Toch &amp;verwijderen</translation>
    </message>
</context>
<context>
    <name>ConflictChoice</name>
    <message>
        <source>and</source>
        <translation>en</translation>
    </message>
    <message>
        <source>Filled in by %1</source>
        <translation>Ingevuld door %1</translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <source>Choose what the plan says</source>
        <translation>Kiezen wat er in het plan komt</translation>
    </message>
    <message>
        <source>This plan was also worked on elsewhere. On these points, different things were filled in. Everything was kept: choose together what it will be. Your choice also goes to the others.</source>
        <translation>Aan dit plan is ook op een andere laptop gewerkt. Op deze punten is iets anders ingevuld. Alles is bewaard: kies samen wat het wordt. Wat je kiest, gaat ook naar de anderen.</translation>
    </message>
    <message>
        <source>The plan is one again. What you chose also goes to the others, and the plan can be signed now.</source>
        <translation>Het plan is weer één geheel. Wat jullie kozen, gaat ook naar de anderen, en het plan kan nu getekend worden.</translation>
    </message>
</context>
<context>
    <name>ConflictEditors</name>
    <message>
        <source>New target score, 1 to 5</source>
        <translation>Nieuwe doelscore, 1 tot en met 5</translation>
    </message>
    <message>
        <source>New date</source>
        <translation>Nieuwe datum</translation>
    </message>
    <message>
        <source>New text</source>
        <translation>Nieuwe tekst</translation>
    </message>
    <message>
        <source>New amount</source>
        <translation>Nieuw bedrag</translation>
    </message>
    <message>
        <source>New choice</source>
        <translation>Nieuwe keuze</translation>
    </message>
    <message>
        <source>Type an amount, for example 1.700,00.</source>
        <translation>Typ een bedrag, bijvoorbeeld 1.700,00.</translation>
    </message>
    <message>
        <source>Type a number, for example 1,5.</source>
        <translation>Typ een getal, bijvoorbeeld 1,5.</translation>
    </message>
    <message>
        <source>This cannot be filled in here.</source>
        <translation>Dit kun je hier niet invullen.</translation>
    </message>
    <message>
        <source>(no pillar)</source>
        <translation>(geen pijler)</translation>
    </message>
    <message>
        <source>Not chosen yet</source>
        <translation>Nog niet gekozen</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nee</translation>
    </message>
    <message>
        <source>Not known yet</source>
        <translation>Nog niet bekend</translation>
    </message>
</context>
<context>
    <name>ConflictLabels</name>
    <message>
        <source>the young person</source>
        <translation>de jongere</translation>
    </message>
    <message>
        <source>a professional</source>
        <translation>een professional</translation>
    </message>
    <message>
        <source>Afspraak “%1”</source>
        <translation>Afspraak “%1”</translation>
    </message>
    <message>
        <source>An afspraak without text</source>
        <translation>Een afspraak zonder tekst</translation>
    </message>
    <message>
        <source>Kostenpost “%1”</source>
        <translation>Kostenpost “%1”</translation>
    </message>
    <message>
        <source>A cost line without description</source>
        <translation>Een kostenpost zonder omschrijving</translation>
    </message>
    <message>
        <source>Doelscore %1 — %2</source>
        <translation>Doelscore %1 — %2</translation>
    </message>
    <message>
        <source>Evaluation date</source>
        <translation>Evaluatiedatum</translation>
    </message>
    <message>
        <source>Exception needed</source>
        <translation>Uitzondering nodig</translation>
    </message>
    <message>
        <source>Kind of doorbraak</source>
        <translation>Soort doorbraak</translation>
    </message>
    <message>
        <source>what will be done</source>
        <translation>wat er gebeurt</translation>
    </message>
    <message>
        <source>owner</source>
        <translation>eigenaar</translation>
    </message>
    <message>
        <source>owner&apos;s name</source>
        <translation>naam van de eigenaar</translation>
    </message>
    <message>
        <source>deadline</source>
        <translation>deadline</translation>
    </message>
    <message>
        <source>status</source>
        <translation>status</translation>
    </message>
    <message>
        <source>pillar</source>
        <translation>pijler</translation>
    </message>
    <message>
        <source>keep or delete</source>
        <translation>houden of verwijderen</translation>
    </message>
    <message>
        <source>route</source>
        <translation>route</translation>
    </message>
    <message>
        <source>description</source>
        <translation>omschrijving</translation>
    </message>
    <message>
        <source>amount</source>
        <translation>bedrag</translation>
    </message>
    <message>
        <source>unit</source>
        <translation>eenheid</translation>
    </message>
    <message>
        <source>quantity</source>
        <translation>aantal</translation>
    </message>
    <message>
        <source>period</source>
        <translation>periode</translation>
    </message>
    <message>
        <source>unit of the period</source>
        <translation>eenheid van de periode</translation>
    </message>
    <message>
        <source>no target score</source>
        <translation>geen doelscore</translation>
    </message>
    <message>
        <source>no date</source>
        <translation>geen datum</translation>
    </message>
    <message>
        <source>Not known yet</source>
        <translation>Nog niet bekend</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nee</translation>
    </message>
    <message>
        <source>Not chosen yet</source>
        <translation>Nog niet gekozen</translation>
    </message>
    <message>
        <source>no pillar</source>
        <translation>geen pijler</translation>
    </message>
    <message>
        <source>nobody yet</source>
        <translation>nog niemand</translation>
    </message>
    <message>
        <source>someone no longer in this case</source>
        <translation>iemand die niet meer bij deze casus hoort</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Verwijderd</translation>
    </message>
    <message>
        <source>Kept</source>
        <translation>Gehouden</translation>
    </message>
    <message>
        <source>%1 deleted this afspraak on %2</source>
        <translation>%1 heeft deze afspraak verwijderd op %2</translation>
    </message>
    <message>
        <source>%1 deleted this cost line on %2</source>
        <translation>%1 heeft deze kostenpost verwijderd op %2</translation>
    </message>
    <message>
        <source>%1 changed it meanwhile: %2</source>
        <translation>%1 heeft hem intussen nog gewijzigd: %2</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(leeg)</translation>
    </message>
</context>
<context>
    <name>ConflictMark</name>
    <message>
        <source>Filled in differently: choose</source>
        <translation>Verschillend ingevuld: kiezen</translation>
    </message>
    <message numerus="yes">
        <source>%n things filled in differently: choose</source>
        <translation>
            <numerusform>%n ding verschillend ingevuld: kiezen</numerusform>
            <numerusform>%n dingen verschillend ingevuld: kiezen</numerusform>
        </translation>
    </message>
    <message>
        <source>Someone else filled this in differently on their laptop. Both are kept until you choose.</source>
        <translation>Iemand anders heeft dit op een andere laptop anders ingevuld. Allebei zijn bewaard tot je kiest.</translation>
    </message>
</context>
<context>
    <name>ContactDialog</name>
    <message>
        <source>Contact with %1</source>
        <translation>Contact met %1</translation>
    </message>
    <message>
        <source>On which day was there really contact with %1?</source>
        <translation>Op welke dag was er echt contact met %1?</translation>
    </message>
    <message>
        <source>&amp;On</source>
        <translation>&amp;Op</translation>
    </message>
</context>
<context>
    <name>ControleDialog</name>
    <message>
        <source>Check the card of %1</source>
        <translation>De kaart van %1 controleren</translation>
    </message>
    <message>
        <source>Read the code aloud together. Is it the same for both of you? Then you know for sure that this card really is from %1.</source>
        <translation>Lees de code samen hardop voor. Is hij bij jullie allebei hetzelfde? Dan weet je zeker dat deze kaart echt van %1 is.</translation>
    </message>
    <message>
        <source>%1 opens Parties on their own laptop and clicks Check next to your name. Compare face to face or by video, not by e-mail: a swapped card could come with a swapped e-mail too.</source>
        <translation>%1 opent Partijen op de eigen laptop en klikt bij jouw naam op Controleren. Vergelijk samen aan tafel of via video, niet per e-mail: wie een kaart verwisselt, kan ook een e-mail verwisselen.</translation>
    </message>
    <message>
        <source>The codes are the same</source>
        <translation>De codes zijn gelijk</translation>
    </message>
    <message>
        <source>They are not the same</source>
        <translation>Ze zijn niet gelijk</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Sluiten</translation>
    </message>
    <message>
        <source>Do not use this card. It may have been swapped on the way. Ask %1 to give you the card again, in person if you can (scan the QR code or use a USB stick), and add it again.</source>
        <translation>Gebruik deze kaart niet: misschien is hij onderweg verwisseld. Vraag %1 om de kaart opnieuw te geven, liefst persoonlijk (de QR-code scannen of met een USB-stick), en voeg hem opnieuw toe.</translation>
    </message>
    <message>
        <source>The earlier verification has been taken back.</source>
        <translation>De eerdere controle is ingetrokken.</translation>
    </message>
</context>
<context>
    <name>CostLine</name>
    <message>
        <source>What (for example ambulante begeleiding)</source>
        <translation>Wat (bijvoorbeeld ambulante begeleiding)</translation>
    </message>
    <message>
        <source>What it is</source>
        <translation>Wat het is</translation>
    </message>
    <message>
        <source>Remove this line</source>
        <translation>Deze regel weghalen</translation>
    </message>
    <message>
        <source>Tariff in euro</source>
        <translation>Tarief in euro</translation>
    </message>
    <message>
        <source>per</source>
        <translation>per</translation>
    </message>
    <message>
        <source>hour</source>
        <translation>uur</translation>
    </message>
    <message>
        <source>Per (unit)</source>
        <translation>Per (eenheid)</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Aantal</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Periode</translation>
    </message>
    <message>
        <source>weeks</source>
        <translation>weken</translation>
    </message>
    <message>
        <source>Period unit</source>
        <translation>Eenheid van de periode</translation>
    </message>
    <message>
        <source>check the number</source>
        <translation>controleer het getal</translation>
    </message>
</context>
<context>
    <name>CostsPanel</name>
    <message>
        <source>Fill in this plan and the threatening route to compare them.</source>
        <translation>Vul dit plan en de dreigende route in om ze te vergelijken.</translation>
    </message>
    <message>
        <source>Check the numbers above to compare the routes.</source>
        <translation>Controleer de getallen hierboven om de routes te vergelijken.</translation>
    </message>
    <message>
        <source>This plan and the threatening route both cost %1.</source>
        <translation>Dit plan en de dreigende route kosten allebei %1.</translation>
    </message>
    <message>
        <source>This plan costs %1, the threatening route %2: this plan costs %3 less.</source>
        <translation>Dit plan kost %1, de dreigende route %2: dit plan kost %3 minder.</translation>
    </message>
    <message>
        <source>This plan costs %1, the threatening route %2: this plan costs %3 more.</source>
        <translation>Dit plan kost %1, de dreigende route %2: dit plan kost %3 meer.</translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message>
        <source>Something went wrong in tafel. What you had already saved is safe; what exactly went wrong is in tafel&apos;s error log on this computer:
%1</source>
        <translation>Er ging iets mis in tafel. Wat je al had opgeslagen is veilig; wat er precies misging staat in het foutenlogboek van tafel op deze computer:
%1</translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <source>no date</source>
        <translation>geen datum</translation>
    </message>
</context>
<context>
    <name>DateLine</name>
    <message>
        <source>e.g. 15-05-2008</source>
        <translation>bijv. 15-05-2008</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a date: write it as day-month-year, for example 15-05-2008.</source>
        <translation>&apos;%1&apos; is geen datum: schrijf hem als dag-maand-jaar, bijvoorbeeld 15-05-2008.</translation>
    </message>
</context>
<context>
    <name>DomainRow</name>
    <message>
        <source>What the levels mean</source>
        <translation>Wat de niveaus betekenen</translation>
    </message>
    <message>
        <source>What the levels mean for %1</source>
        <translation>Wat de niveaus betekenen bij %1</translation>
    </message>
    <message>
        <source>Professional&apos;s score for %1</source>
        <translation>Score van de professional voor %1</translation>
    </message>
    <message>
        <source>Young person&apos;s own score for %1</source>
        <translation>Eigen score van de jongere voor %1</translation>
    </message>
    <message>
        <source>Not discussed</source>
        <translation>Niet besproken</translation>
    </message>
    <message>
        <source>Why not (optional)</source>
        <translation>Waarom niet (mag leeg blijven)</translation>
    </message>
</context>
<context>
    <name>DoorbraakSection</name>
    <message>
        <source>Doorbraak &amp; costs</source>
        <translation>Doorbraak &amp; kosten</translation>
    </message>
    <message>
        <source>The doorbraak is the first step the rest of the plan depends on. It often needs an exception to a rule or a way of working. Write it down so it can be justified.</source>
        <translation>De doorbraak is de eerste stap. De rest van het plan hangt ervan af. Vaak is er een uitzondering op een regel of werkwijze voor nodig. Schrijf het op, zodat je het kunt verantwoorden.</translation>
    </message>
    <message>
        <source>Is an exception to a rule or routine needed?</source>
        <translation>Is er een uitzondering op een regel of werkwijze nodig?</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nee</translation>
    </message>
    <message>
        <source>Not known yet</source>
        <translation>Nog niet bekend</translation>
    </message>
    <message>
        <source>How is it paid?</source>
        <translation>Hoe wordt het betaald?</translation>
    </message>
    <message>
        <source>Not chosen yet</source>
        <translation>Nog niet gekozen</translation>
    </message>
    <message>
        <source>Waardendriehoek</source>
        <translation>Waardendriehoek</translation>
    </message>
    <message>
        <source>Test the doorbraak against three values. Answer each in a few sentences.</source>
        <translation>Toets de doorbraak aan drie waarden. Beantwoord elke vraag in een paar zinnen.</translation>
    </message>
    <message>
        <source>Cost comparison</source>
        <translation>Kostenvergelijking</translation>
    </message>
    <message>
        <source>Every cost as a visible sum: tariff per unit × quantity × period. Type amounts like 1.700,00.</source>
        <translation>Elke kostenpost als zichtbare som: tarief per eenheid × aantal × periode. Typ bedragen zo: 1.700,00.</translation>
    </message>
    <message>
        <source>Rendement in numbers (the cost comparison below): %1</source>
        <translation>Rendement in cijfers (uit de kostenvergelijking hieronder): %1</translation>
    </message>
</context>
<context>
    <name>DossierConflictCard</name>
    <message>
        <source>Of a BSN you only see the last three digits here. The whole number stays in the vault.</source>
        <extracomment>A choice: ``(&quot;written&quot;, write_id)`` for a value written apart, ``(&quot;typed&quot;, value)``.</extracomment>
        <translation>Van een BSN zie je hier alleen de laatste drie cijfers. Het hele nummer blijft in de kluis.</translation>
    </message>
    <message>
        <source>shown now</source>
        <translation>staat nu in de casus</translation>
    </message>
</context>
<context>
    <name>DossierConflictDialog</name>
    <message>
        <source>Choose what is right</source>
        <translation>Kiezen wat klopt</translation>
    </message>
    <message>
        <source>The details of the people around this case were also changed on another laptop. On these points, different things were filled in. Both were kept, and the case shows the latest until you choose. Your choice also goes to the others.</source>
        <translation>De gegevens van de mensen rond deze casus zijn ook op een andere laptop veranderd. Op deze punten is iets anders ingevuld. Allebei zijn bewaard, en de casus laat het nieuwste zien tot je kiest. Wat je kiest, gaat ook naar de anderen.</translation>
    </message>
    <message>
        <source>The details are one again. What you chose goes to the others with the next bundle.</source>
        <translation>De gegevens zijn weer één geheel. Wat je koos, gaat met de volgende bundel ook naar de anderen.</translation>
    </message>
</context>
<context>
    <name>DossierConflictLabels</name>
    <message>
        <source>name</source>
        <translation>naam</translation>
    </message>
    <message>
        <source>address</source>
        <translation>adres</translation>
    </message>
    <message>
        <source>place</source>
        <translation>plaats</translation>
    </message>
    <message>
        <source>role</source>
        <translation>rol</translation>
    </message>
    <message>
        <source>first name</source>
        <translation>voornaam</translation>
    </message>
    <message>
        <source>surname</source>
        <translation>achternaam</translation>
    </message>
    <message>
        <source>date of birth</source>
        <translation>geboortedatum</translation>
    </message>
    <message>
        <source>BSN</source>
        <translation>BSN</translation>
    </message>
    <message>
        <source>phone number</source>
        <translation>telefoonnummer</translation>
    </message>
    <message>
        <source>e-mail address</source>
        <translation>e-mailadres</translation>
    </message>
    <message>
        <source>parental authority</source>
        <translation>gezag</translation>
    </message>
    <message>
        <source>end date</source>
        <translation>einddatum</translation>
    </message>
    <message>
        <source>own network or professional</source>
        <translation>eigen netwerk of professional</translation>
    </message>
    <message>
        <source>organisation</source>
        <translation>organisatie</translation>
    </message>
    <message>
        <source>hours a week</source>
        <translation>uren per week</translation>
    </message>
    <message>
        <source>paid by</source>
        <translation>betaald door</translation>
    </message>
    <message>
        <source>always there for %1</source>
        <translation>altijd er voor %1</translation>
    </message>
    <message>
        <source>start date</source>
        <translation>begindatum</translation>
    </message>
    <message>
        <source>Household</source>
        <translation>Huishouden</translation>
    </message>
    <message>
        <source>Someone in the household</source>
        <translation>Iemand uit het huishouden</translation>
    </message>
    <message>
        <source>Someone in the network</source>
        <translation>Iemand uit het netwerk</translation>
    </message>
    <message>
        <source>no date</source>
        <translation>geen datum</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nee</translation>
    </message>
    <message>
        <source>not filled in</source>
        <translation>niet ingevuld</translation>
    </message>
    <message>
        <source>%1 h a week</source>
        <translation>%1 uur per week</translation>
    </message>
    <message>
        <source>no BSN</source>
        <translation>geen BSN</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(leeg)</translation>
    </message>
    <message>
        <source>someone</source>
        <translation>iemand</translation>
    </message>
    <message>
        <source>New choice</source>
        <translation>Nieuwe keuze</translation>
    </message>
    <message>
        <source>New date</source>
        <translation>Nieuwe datum</translation>
    </message>
    <message>
        <source>9 digits</source>
        <translation>9 cijfers</translation>
    </message>
    <message>
        <source>New BSN</source>
        <translation>Nieuw BSN</translation>
    </message>
    <message>
        <source>New number of hours</source>
        <translation>Nieuw aantal uren</translation>
    </message>
    <message>
        <source>New text</source>
        <translation>Nieuwe tekst</translation>
    </message>
    <message>
        <source>Type the BSN: 9 digits.</source>
        <translation>Typ het BSN: 9 cijfers.</translation>
    </message>
    <message>
        <source>Type a number of hours, for example 1,5.</source>
        <translation>Typ een aantal uren, bijvoorbeeld 1,5.</translation>
    </message>
</context>
<context>
    <name>EindeDialog</name>
    <message>
        <source>&amp;From</source>
        <translation>&amp;Vanaf</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Beëindigen</translation>
    </message>
</context>
<context>
    <name>EindeIndicatieDialog</name>
    <message>
        <source>End care</source>
        <translation>Zorg beëindigen</translation>
    </message>
    <message>
        <source>For example: it goes well without</source>
        <translation>Bijvoorbeeld: het gaat goed zonder</translation>
    </message>
    <message>
        <source>&amp;Reason</source>
        <translation>&amp;Reden</translation>
    </message>
    <message>
        <source>Ended &amp;on</source>
        <translation>Beëindigd &amp;op</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
</context>
<context>
    <name>FinishStep</name>
    <message>
        <source>Finishing</source>
        <translation>Afronden</translation>
    </message>
    <message>
        <source>What mark do you give your life right now? (0 to 10)</source>
        <translation>Welk cijfer geef je je leven nu? (0 tot 10)</translation>
    </message>
    <message>
        <source>Rapportcijfer</source>
        <translation>Rapportcijfer</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Samenvatting</translation>
    </message>
    <message>
        <source>What did we talk about, what comes next?</source>
        <translation>Waar hebben we het over gehad, wat komt er nu?</translation>
    </message>
    <message>
        <source>Still open</source>
        <translation>Nog open</translation>
    </message>
    <message>
        <source>Mark the rest as not discussed</source>
        <translation>Zet de rest op niet besproken</translation>
    </message>
    <message>
        <source>&amp;Finish the conversation</source>
        <translation>Gesprek &amp;afronden</translation>
    </message>
    <message>
        <source>%1: no score yet</source>
        <translation>%1: nog geen score</translation>
    </message>
    <message>
        <source>%1: the young person&apos;s own score is missing</source>
        <translation>%1: de eigen score van de jongere ontbreekt</translation>
    </message>
    <message>
        <source>%1: the professional&apos;s score is missing</source>
        <translation>%1: de score van de professional ontbreekt</translation>
    </message>
    <message>
        <source>Every domain has been discussed.</source>
        <translation>Alle domeinen zijn besproken.</translation>
    </message>
    <message numerus="yes">
        <source>Still open: %n domain(s) without a score</source>
        <translation>
            <numerusform>Nog open: %n domein zonder score</numerusform>
            <numerusform>Nog open: %n domeinen zonder score</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing is blocking; you can finish.</source>
        <translation>Niets houdt het tegen; je kunt afronden.</translation>
    </message>
    <message>
        <source>Score 1 on %1: this shows as an acute signal on the case. tafel does not pass it on; what happens next is up to you and the household.</source>
        <translation>Score 1 bij %1: dit staat als acuut signaal bij de casus. tafel geeft het niet door; wat er nu gebeurt, bepalen jij en het huishouden.</translation>
    </message>
</context>
<context>
    <name>FirstRunPage</name>
    <message>
        <source>Welcome to tafel</source>
        <translation>Welkom bij tafel</translation>
    </message>
    <message>
        <source>tafel keeps the case files of young people and their households in one encrypted vault on this laptop. Only someone who knows the passphrase can open it.</source>
        <translation>tafel bewaart de dossiers van jongeren en hun huishouden in één versleutelde kluis op deze laptop. Alleen wie de wachtwoordzin kent, kan hem openen.</translation>
    </message>
    <message>
        <source>&amp;Create a new vault</source>
        <translation>&amp;Nieuwe kluis maken</translation>
    </message>
    <message>
        <source>Open an &amp;existing vault…</source>
        <translation>&amp;Bestaande kluis openen…</translation>
    </message>
    <message>
        <source>Look around in the &amp;demo</source>
        <translation>Rondkijken in de &amp;demo</translation>
    </message>
    <message>
        <source>The demo holds invented households only. It is a safe place to practise.</source>
        <translation>In de demo staan alleen verzonnen huishoudens. Hier kun je veilig oefenen.</translation>
    </message>
</context>
<context>
    <name>FormDialog</name>
    <message>
        <source>Save</source>
        <translation>Bewaren</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
</context>
<context>
    <name>GesprekPage</name>
    <message>
        <source>Steps of the conversation</source>
        <translation>Stappen van het gesprek</translation>
    </message>
    <message>
        <source>Keukentafelgesprek with %1</source>
        <translation>Keukentafelgesprek met %1</translation>
    </message>
    <message>
        <source>Larger words, plain wording, without your notes (Ctrl+J)</source>
        <translation>Grotere letters, eenvoudige woorden, zonder jouw notities (Ctrl+J)</translation>
    </message>
    <message>
        <source>Discard this conversation</source>
        <translation>Dit gesprek weggooien</translation>
    </message>
    <message>
        <source>&amp;Turn to %1</source>
        <translation>&amp;Draai naar %1</translation>
    </message>
    <message>
        <source>&amp;Discard this conversation</source>
        <translation>Dit gesprek &amp;weggooien</translation>
    </message>
    <message>
        <source>&amp;Close (the conversation is kept)</source>
        <translation>&amp;Sluiten (het gesprek blijft bewaard)</translation>
    </message>
    <message>
        <source>&amp;Previous</source>
        <translation>&amp;Vorige</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation>V&amp;olgende</translation>
    </message>
    <message>
        <source>Finishing</source>
        <translation>Afronden</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>Saved at %1</source>
        <translation>Bewaard om %1</translation>
    </message>
    <message>
        <source>Not saved yet</source>
        <translation>Nog niet opgeslagen</translation>
    </message>
    <message>
        <source>Throw away everything typed in this conversation? This cannot be undone.</source>
        <translation>Alles weggooien wat in dit gesprek is getypt? Dit kan niet ongedaan worden.</translation>
    </message>
</context>
<context>
    <name>GesprekkenSection</name>
    <message>
        <source>Big 5 and conversations</source>
        <translation>Big 5 en gesprekken</translation>
    </message>
    <message>
        <source>&amp;Keukentafelgesprek</source>
        <translation>&amp;Keukentafelgesprek</translation>
    </message>
    <message>
        <source>&amp;Quick scan</source>
        <translation>Snelle &amp;check</translation>
    </message>
    <message>
        <source>Print the &amp;gespreksverslag…</source>
        <translation>&amp;Gespreksverslag afdrukken…</translation>
    </message>
    <message>
        <source>&amp;Timeline per domain</source>
        <translation>&amp;Tijdlijn per domein</translation>
    </message>
    <message>
        <source>&amp;Continue the conversation</source>
        <translation>&amp;Verder met het gesprek</translation>
    </message>
    <message>
        <source>Keukentafelgesprek</source>
        <translation>Keukentafelgesprek</translation>
    </message>
    <message>
        <source>Quick scan</source>
        <translation>Snelle check</translation>
    </message>
    <message>
        <source>Five pillars, one score each: two minutes, at any contact</source>
        <translation>Vijf pijlers, elk één score: twee minuten, bij elk contact</translation>
    </message>
    <message>
        <source>The report of the last keukentafelgesprek, to print for the household</source>
        <translation>Het verslag van het laatste keukentafelgesprek, om af te drukken voor het huishouden</translation>
    </message>
    <message>
        <source>A keukentafelgesprek is in progress (saved %1); it continues where it stopped.</source>
        <translation>Er is een keukentafelgesprek bezig (bewaard op %1); het gaat verder waar het stopte.</translation>
    </message>
    <message>
        <source>Professional</source>
        <translation>Professional</translation>
    </message>
    <message>
        <source>First conversation</source>
        <translation>Eerste gesprek</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Doel</translation>
    </message>
    <message>
        <source>no score</source>
        <translation>geen score</translation>
    </message>
    <message>
        <source>rapportcijfer %1</source>
        <translation>rapportcijfer %1</translation>
    </message>
    <message>
        <source>No conversation yet. Start with a keukentafelgesprek or a quick scan.</source>
        <translation>Nog geen gesprek. Begin met een keukentafelgesprek of een snelle check.</translation>
    </message>
</context>
<context>
    <name>GuideWindow</name>
    <message>
        <source>tafel – user guide</source>
        <translation>tafel – handleiding</translation>
    </message>
    <message>
        <source>Search the guide</source>
        <translation>Zoek in de handleiding</translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation>&amp;Zoeken</translation>
    </message>
    <message>
        <source>No chapter holds this word.</source>
        <translation>Geen hoofdstuk bevat dit woord.</translation>
    </message>
    <message>
        <source>&amp;Contents</source>
        <translation>&amp;Inhoud</translation>
    </message>
</context>
<context>
    <name>HelpActions</name>
    <message>
        <source>&amp;User guide</source>
        <translation>&amp;Handleiding</translation>
    </message>
    <message>
        <source>&amp;About tafel</source>
        <translation>&amp;Over tafel</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Instellingen…</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
</context>
<context>
    <name>HuishoudenSection</name>
    <message>
        <source>Household</source>
        <translation>Huishouden</translation>
    </message>
    <message>
        <source>Add someone to the &amp;household</source>
        <translation>Iemand aan het &amp;huishouden toevoegen</translation>
    </message>
    <message>
        <source>Household filled in differently: choose</source>
        <translation>Huishouden verschillend ingevuld: kiezen</translation>
    </message>
    <message numerus="yes">
        <source>%n year(s)</source>
        <translation>
            <numerusform>%n jaar</numerusform>
            <numerusform>%n jaar</numerusform>
        </translation>
    </message>
    <message>
        <source>BSN %1</source>
        <translation>BSN %1</translation>
    </message>
    <message>
        <source>Has parental authority over %1</source>
        <translation>Heeft het gezag over %1</translation>
    </message>
    <message>
        <source>until %1</source>
        <translation>tot %1</translation>
    </message>
    <message>
        <source>%1 leaves the household</source>
        <translation>%1 gaat uit het huishouden</translation>
    </message>
    <message>
        <source>From which day is %1 no longer part of the household? %1 stays in the case&apos;s history.</source>
        <translation>Vanaf welke dag hoort %1 niet meer bij het huishouden? %1 blijft in de geschiedenis van de casus staan.</translation>
    </message>
</context>
<context>
    <name>IndicatieDialog</name>
    <message>
        <source>Existing care</source>
        <translation>Bestaande zorg</translation>
    </message>
    <message>
        <source>Change existing care</source>
        <translation>Bestaande zorg wijzigen</translation>
    </message>
    <message>
        <source>From the kitchen-table conversation. Choose the law and check the rest.</source>
        <translation>Uit het keukentafelgesprek. Kies de wet en kijk de rest na.</translation>
    </message>
    <message>
        <source>&amp;Law</source>
        <translation>&amp;Wet</translation>
    </message>
    <message>
        <source>For example: ambulant support</source>
        <translation>Bijvoorbeeld: ambulante begeleiding</translation>
    </message>
    <message>
        <source>&amp;Care</source>
        <translation>&amp;Zorg</translation>
    </message>
    <message>
        <source>&amp;Provider</source>
        <translation>&amp;Aanbieder</translation>
    </message>
    <message>
        <source>Started on</source>
        <translation>Begonnen op</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>&amp;Begin</translation>
    </message>
    <message>
        <source>Ends on</source>
        <translation>Stopt op</translation>
    </message>
    <message>
        <source>E&amp;nd</source>
        <translation>&amp;Einde</translation>
    </message>
    <message>
        <source>nothing arranged yet</source>
        <translation>nog niets geregeld</translation>
    </message>
    <message>
        <source>&amp;After 18</source>
        <translation>Na &amp;18</translation>
    </message>
    <message>
        <source>On a waiting list since</source>
        <translation>Op een wachtlijst sinds</translation>
    </message>
    <message>
        <source>&amp;Waiting list</source>
        <translation>Wa&amp;chtlijst</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Bewaren</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
</context>
<context>
    <name>IndicatieSection</name>
    <message>
        <source>Existing care (indicaties)</source>
        <translation>Bestaande zorg (indicaties)</translation>
    </message>
    <message>
        <source>Care to change or end</source>
        <translation>Zorg om te wijzigen of te beëindigen</translation>
    </message>
    <message>
        <source>Add c&amp;are…</source>
        <translation>Zor&amp;g toevoegen…</translation>
    </message>
    <message>
        <source>&amp;Take over from the conversation…</source>
        <translation>&amp;Overnemen uit het gesprek…</translation>
    </message>
    <message>
        <source>C&amp;hange…</source>
        <translation>W&amp;ijzigen…</translation>
    </message>
    <message>
        <source>En&amp;d…</source>
        <translation>B&amp;eëindigen…</translation>
    </message>
    <message>
        <source>No existing care recorded.</source>
        <translation>Nog geen bestaande zorg vastgelegd.</translation>
    </message>
    <message>
        <source>In the conversation: “%1”</source>
        <translation>In het gesprek: “%1”</translation>
    </message>
    <message>
        <source>ended %1</source>
        <translation>beëindigd %1</translation>
    </message>
    <message>
        <source>from %1</source>
        <translation>vanaf %1</translation>
    </message>
    <message>
        <source>until %1</source>
        <translation>tot %1</translation>
    </message>
    <message>
        <source>After 18: %1</source>
        <translation>Na 18: %1</translation>
    </message>
    <message>
        <source>On the waiting list since %1</source>
        <translation>Op de wachtlijst sinds %1</translation>
    </message>
</context>
<context>
    <name>InstrumentNotice</name>
    <message>
        <source>the file is damaged or incomplete</source>
        <translation>het bestand is beschadigd of niet compleet</translation>
    </message>
    <message>
        <source>it is not an ordinary file</source>
        <translation>het is geen gewoon bestand</translation>
    </message>
    <message>
        <source>the file is too large</source>
        <translation>het bestand is te groot</translation>
    </message>
    <message>
        <source>the file cannot be opened</source>
        <translation>het bestand gaat niet open</translation>
    </message>
    <message>
        <source>the file does not hold a complete instrument</source>
        <translation>er staat geen compleet instrument in</translation>
    </message>
    <message>
        <source>an instrument with the same name and version is already there</source>
        <translation>er is al een instrument met dezelfde naam en versie</translation>
    </message>
    <message>
        <source>there are too many instrument files in the folder</source>
        <translation>er staan te veel instrumentbestanden in de map</translation>
    </message>
    <message>
        <source>Not every instrument file could be used. The conversation uses the instruments that are in order; the rest were left out:</source>
        <translation>Niet elk instrumentbestand kon worden gebruikt. Het gesprek gebruikt de instrumenten die in orde zijn; deze bestanden zijn overgeslagen:</translation>
    </message>
    <message numerus="yes">
        <source>• and %n other file(s)</source>
        <translation>
            <numerusform>• en nog %n ander bestand</numerusform>
            <numerusform>• en nog %n andere bestanden</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>InzageDialog</name>
    <message>
        <source>Inzage for %1</source>
        <translation>Inzage voor %1</translation>
    </message>
    <message>
        <source>Everything tafel holds about %1 in this case: personal details, conversations and scores, plans, signatures, consents, meetings and who looked at what. Two files: a PDF to read and a JSON file for a computer.</source>
        <translation>Alles wat tafel in deze casus over %1 bewaart: persoonsgegevens, gesprekken en cijfers, plannen, handtekeningen, toestemmingen, overleggen en wie wat heeft bekeken. Twee bestanden: een pdf om te lezen en een JSON-bestand voor een computer.</translation>
    </message>
    <message>
        <source>The files are not locked with the vault&apos;s passphrase. Choose a place only you or %1 can reach, such as a USB stick you hand over.</source>
        <translation>De bestanden zijn niet beveiligd met de wachtwoordzin van de kluis. Kies een plek waar alleen jij of %1 bij kan, zoals een USB-stick die je overhandigt.</translation>
    </message>
    <message>
        <source>No folder chosen yet</source>
        <translation>Nog geen map gekozen</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Map</translation>
    </message>
    <message>
        <source>Choose folder…</source>
        <translation>Map kiezen…</translation>
    </message>
    <message>
        <source>Write both files</source>
        <translation>Beide bestanden schrijven</translation>
    </message>
    <message>
        <source>Where should the inzage go?</source>
        <translation>Waar moet de inzage komen?</translation>
    </message>
    <message>
        <source>Written in %1:
• %2 (to read)
• %3 (for a computer)</source>
        <translation>Geschreven in %1:
• %2 (om te lezen)
• %3 (voor een computer)</translation>
    </message>
</context>
<context>
    <name>JuridischDialog</name>
    <message>
        <source>Add a legal status</source>
        <translation>Juridische status toevoegen</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>%1 bewerken</translation>
    </message>
    <message>
        <source>A measure of the juvenile judge or an investigation by the Raad voor de Kinderbescherming, with its dates. It ends by itself at 18 where the law says so; tafel only shows that as a signal.</source>
        <translation>Een maatregel van de kinderrechter of een onderzoek van de Raad voor de Kinderbescherming, met de data. Waar de wet dat zegt, stopt hij vanzelf bij 18; tafel laat dat alleen als signaal zien.</translation>
    </message>
    <message>
        <source>e.g. Jeugdbescherming Regio</source>
        <translation>bijv. Jeugdbescherming Regio</translation>
    </message>
    <message>
        <source>&amp;Measure</source>
        <translation>&amp;Maatregel</translation>
    </message>
    <message>
        <source>&amp;For</source>
        <translation>&amp;Voor</translation>
    </message>
    <message>
        <source>&amp;Body</source>
        <translation>&amp;Instantie</translation>
    </message>
    <message>
        <source>&amp;Organisation</source>
        <translation>&amp;Organisatie</translation>
    </message>
    <message>
        <source>&amp;Start date</source>
        <translation>Begin&amp;datum</translation>
    </message>
    <message>
        <source>En&amp;d date</source>
        <translation>&amp;Einddatum</translation>
    </message>
    <message>
        <source>&amp;Note</source>
        <translation>&amp;Toelichting</translation>
    </message>
</context>
<context>
    <name>JuridischSection</name>
    <message>
        <source>Legal status</source>
        <translation>Juridische status</translation>
    </message>
    <message>
        <source>Add a &amp;legal status</source>
        <translation>&amp;Juridische status toevoegen</translation>
    </message>
    <message>
        <source>No legal measure or investigation recorded.</source>
        <translation>Geen maatregel of onderzoek vastgelegd.</translation>
    </message>
    <message>
        <source>since %1</source>
        <translation>sinds %1</translation>
    </message>
    <message>
        <source>until %1</source>
        <translation>tot en met %1</translation>
    </message>
    <message>
        <source>for %1</source>
        <translation>voor %1</translation>
    </message>
    <message>
        <source>By: %1</source>
        <translation>Door: %1</translation>
    </message>
    <message>
        <source>Carried out by %1</source>
        <translation>Uitgevoerd door %1</translation>
    </message>
    <message>
        <source>Ends by law when %1 turns 18 (%2)</source>
        <translation>Stopt vanzelf als %1 18 wordt (%2)</translation>
    </message>
    <message>
        <source>End %1</source>
        <translation>%1 beëindigen</translation>
    </message>
    <message>
        <source>On which day does it end (its last day)? It stays in the case&apos;s history.</source>
        <translation>Op welke dag eindigt het (de laatste dag)? Het blijft in de geschiedenis van de casus staan.</translation>
    </message>
    <message>
        <source>&amp;Last day</source>
        <translation>&amp;Laatste dag</translation>
    </message>
</context>
<context>
    <name>KengetallenDialog</name>
    <message>
        <source>Kengetallen</source>
        <translation>Kengetallen</translation>
    </message>
    <message>
        <source>not shown</source>
        <translation>niet getoond</translation>
    </message>
    <message>
        <source>Save as CSV…</source>
        <translation>Bewaren als CSV…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Sluiten</translation>
    </message>
    <message>
        <source>&lt;b&gt;Signals to learn from together, never targets:&lt;/b&gt; they judge and compare no one, and no one is measured by them. No names, BSNs, dates of birth, references or texts. A figure about fewer than 5 cases is not shown, nor one that would reveal such a figure.</source>
        <translation>&lt;b&gt;Signalen om samen van te leren, nooit doelen:&lt;/b&gt; ze beoordelen en vergelijken niemand, en niemand wordt erop afgerekend. Geen namen, BSN&apos;s, geboortedata, kenmerken of teksten. Een getal over minder dan 5 casussen staat er niet, en ook geen getal waaruit zo&apos;n getal terug te rekenen is.</translation>
    </message>
    <message>
        <source>professional&apos;s score</source>
        <translation>score van de professional</translation>
    </message>
    <message>
        <source>young person&apos;s own score</source>
        <translation>eigen score van de jongere</translation>
    </message>
    <message>
        <source>all cases in this vault on %1</source>
        <translation>alle casussen in deze kluis op %1</translation>
    </message>
    <message>
        <source>Rapportcijfer (0-10)</source>
        <translation>Rapportcijfer (0-10)</translation>
    </message>
    <message>
        <source>%1 cases</source>
        <translation>%1 casussen</translation>
    </message>
    <message>
        <source>Save kengetallen</source>
        <translation>Kengetallen bewaren</translation>
    </message>
    <message>
        <source>CSV file (*.csv)</source>
        <translation>CSV-bestand (*.csv)</translation>
    </message>
    <message>
        <source>The kengetallen are saved in %1.</source>
        <translation>De kengetallen zijn bewaard in %1.</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>Referral</source>
        <translation>Aanmelding</translation>
    </message>
    <message>
        <source>Intake</source>
        <translation>Intake</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>Uitvoering</translation>
    </message>
    <message>
        <source>Evaluation</source>
        <translation>Evaluatie</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Afgesloten</translation>
    </message>
    <message>
        <source>Pilot light</source>
        <translation>Waakvlam</translation>
    </message>
    <message>
        <source>Young person</source>
        <translation>Jongere</translation>
    </message>
    <message>
        <source>Parent</source>
        <translation>Ouder</translation>
    </message>
    <message>
        <source>Carer</source>
        <translation>Verzorger</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Partner</translation>
    </message>
    <message>
        <source>Child</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Brother or sister</source>
        <translation>Broer of zus</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Anders</translation>
    </message>
    <message>
        <source>Handed over</source>
        <translation>Overgedragen</translation>
    </message>
    <message>
        <source>Themselves</source>
        <translation>Zelf</translation>
    </message>
    <message>
        <source>GP (huisarts)</source>
        <translation>Huisarts</translation>
    </message>
    <message>
        <source>School</source>
        <translation>School</translation>
    </message>
    <message>
        <source>Youth protection (GI)</source>
        <translation>Jeugdbescherming (GI)</translation>
    </message>
    <message>
        <source>Municipality</source>
        <translation>Gemeente</translation>
    </message>
    <message>
        <source>Own network</source>
        <translation>Eigen netwerk</translation>
    </message>
    <message>
        <source>Professional</source>
        <translation>Professional</translation>
    </message>
    <message>
        <source>Housing</source>
        <translation>Wonen</translation>
    </message>
    <message>
        <source>Income</source>
        <translation>Inkomen</translation>
    </message>
    <message>
        <source>Wellbeing</source>
        <translation>Welzijn</translation>
    </message>
    <message>
        <source>School &amp; Work</source>
        <translation>School &amp; Werk</translation>
    </message>
    <message>
        <source>Support</source>
        <translation>Support</translation>
    </message>
    <message>
        <source>Personal details</source>
        <translation>Persoonsgegevens</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notities</translation>
    </message>
    <message>
        <source>The future plan</source>
        <translation>Het toekomstplan</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Toestemming</translation>
    </message>
    <message>
        <source>Legal task</source>
        <translation>Wettelijke taak</translation>
    </message>
    <message>
        <source>Covenant</source>
        <translation>Convenant</translation>
    </message>
    <message>
        <source>Vital interest</source>
        <translation>Vitaal belang</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>nog geen</translation>
    </message>
    <message>
        <source>Acute: a score of 1</source>
        <translation>Acuut: een score 1</translation>
    </message>
    <message>
        <source>Turns 16: start the plan</source>
        <translation>Wordt 16: begin het plan</translation>
    </message>
    <message>
        <source>17½: home visit</source>
        <translation>17½: huisbezoek</translation>
    </message>
    <message>
        <source>Turns 18 within half a year, no toekomstplan yet</source>
        <translation>Wordt binnen een half jaar 18, nog geen toekomstplan</translation>
    </message>
    <message>
        <source>Turns 18, toekomstplan is there</source>
        <translation>Wordt 18, toekomstplan is er</translation>
    </message>
    <message>
        <source>Turns 18: legal measure ends</source>
        <translation>Wordt 18: maatregel stopt</translation>
    </message>
    <message>
        <source>Turns 21: look again</source>
        <translation>Wordt 21: kijk opnieuw</translation>
    </message>
    <message>
        <source>Turns 23: look again</source>
        <translation>Wordt 23: kijk opnieuw</translation>
    </message>
    <message>
        <source>Turns 27: look again</source>
        <translation>Wordt 27: kijk opnieuw</translation>
    </message>
    <message>
        <source>Care ends soon</source>
        <translation>Zorg stopt binnenkort</translation>
    </message>
    <message>
        <source>Care stops at 18</source>
        <translation>Zorg stopt bij 18</translation>
    </message>
    <message>
        <source>On a waiting list</source>
        <translation>Op een wachtlijst</translation>
    </message>
    <message>
        <source>Evaluation date has passed</source>
        <translation>Evaluatiedatum is voorbij</translation>
    </message>
    <message>
        <source>Evaluation after the casus-overleg has passed</source>
        <translation>Evaluatie na het casus-overleg is voorbij</translation>
    </message>
    <message>
        <source>Retention term has passed</source>
        <translation>Bewaartermijn is voorbij</translation>
    </message>
    <message>
        <source>Consent expires within a month</source>
        <translation>Toestemming verloopt binnen een maand</translation>
    </message>
    <message>
        <source>Referral without follow-up</source>
        <translation>Verwijzing zonder vervolg</translation>
    </message>
    <message>
        <source>At the kitchen table</source>
        <translation>Aan de keukentafel</translation>
    </message>
    <message>
        <source>Home visit</source>
        <translation>Huisbezoek</translation>
    </message>
    <message>
        <source>At the office</source>
        <translation>Op kantoor</translation>
    </message>
    <message>
        <source>Casus-overleg</source>
        <translation>Casus-overleg</translation>
    </message>
    <message>
        <source>By phone or video</source>
        <translation>Telefonisch of via video</translation>
    </message>
    <message>
        <source>OTS (supervision order, ondertoezichtstelling)</source>
        <translation>OTS (ondertoezichtstelling)</translation>
    </message>
    <message>
        <source>Guardianship (voogdij)</source>
        <translation>Voogdij</translation>
    </message>
    <message>
        <source>Secure care order (gesloten machtiging)</source>
        <translation>Gesloten machtiging (jeugdhulp met verblijf)</translation>
    </message>
    <message>
        <source>Investigation by the Raad voor de Kinderbescherming</source>
        <translation>Raadsonderzoek (Raad voor de Kinderbescherming)</translation>
    </message>
    <message>
        <source>Juvenile judge (kinderrechter)</source>
        <translation>de kinderrechter</translation>
    </message>
    <message>
        <source>Certified institution (GI, jeugdbescherming)</source>
        <translation>een gecertificeerde instelling (GI)</translation>
    </message>
    <message>
        <source>Raad voor de Kinderbescherming</source>
        <translation>de Raad voor de Kinderbescherming</translation>
    </message>
    <message>
        <source>Another body</source>
        <translation>een andere instantie</translation>
    </message>
    <message>
        <source>Still open</source>
        <translation>Nog open</translation>
    </message>
    <message>
        <source>Arranged</source>
        <translation>Geregeld</translation>
    </message>
    <message>
        <source>Not needed</source>
        <translation>Niet nodig</translation>
    </message>
</context>
<context>
    <name>LogWarning</name>
    <message>
        <source>I have seen this</source>
        <translation>Gezien</translation>
    </message>
    <message>
        <source>You can keep working. Report this to your privacy officer, and keep printed plans: every page shows how long the log was.</source>
        <translation>Je kunt gewoon verder werken. Meld dit bij je privacyfunctionaris en bewaar afgedrukte plannen: op elke pagina staat hoe lang het logboek toen was.</translation>
    </message>
</context>
<context>
    <name>LogboekDialog</name>
    <message>
        <source>Who saw, shared or changed what, and why it was allowed: the consent or the legal basis. Oldest first. The log holds no case text, and no line can be removed without it showing.</source>
        <extracomment>The periods offered, in days back from today (None: the whole log).</extracomment>
        <translation>Wie heeft wat gezien, gedeeld of gewijzigd, en waarom dat mocht: de toestemming of de wettelijke grondslag. Het oudste eerst. In het logboek staat geen tekst uit het dossier, en geen regel kan weg zonder dat het opvalt.</translation>
    </message>
    <message>
        <source>All time</source>
        <translation>Alles</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Vandaag</translation>
    </message>
    <message>
        <source>Last week</source>
        <translation>Afgelopen week</translation>
    </message>
    <message>
        <source>Last month</source>
        <translation>Afgelopen maand</translation>
    </message>
    <message>
        <source>Last year</source>
        <translation>Afgelopen jaar</translation>
    </message>
    <message>
        <source>Everything</source>
        <translation>Alles</translation>
    </message>
    <message>
        <source>Seen</source>
        <translation>Gezien</translation>
    </message>
    <message>
        <source>Shared or printed</source>
        <translation>Gedeeld of afgedrukt</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Gewijzigd</translation>
    </message>
    <message>
        <source>The vault itself</source>
        <translation>De kluis zelf</translation>
    </message>
    <message>
        <source>Period:</source>
        <translation>Periode:</translation>
    </message>
    <message>
        <source>Who:</source>
        <translation>Wie:</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>Soort:</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wanneer</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Wie</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Wat</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Waarom</translation>
    </message>
    <message>
        <source>Workstation, origin, result</source>
        <translation>Werkplek, herkomst, resultaat</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Casus</translation>
    </message>
    <message>
        <source>Overview for the household (PDF)…</source>
        <translation>Overzicht voor het huishouden (pdf)…</translation>
    </message>
    <message>
        <source>&apos;Wie heeft wat gezien of gedeeld, en waarom&apos; in plain Dutch, for the household to keep</source>
        <translation>&apos;Wie heeft wat gezien of gedeeld, en waarom&apos; in gewone woorden, voor het huishouden om te bewaren</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Sluiten</translation>
    </message>
    <message>
        <source>Who saw what: %1</source>
        <translation>Wie zag wat: %1</translation>
    </message>
    <message>
        <source>Who saw what · %1 · %2</source>
        <translation>Wie zag wat · %1 · %2</translation>
    </message>
    <message>
        <source>Log</source>
        <translation>Logboek</translation>
    </message>
    <message>
        <source>Log of the whole vault</source>
        <translation>Logboek van de hele kluis</translation>
    </message>
    <message>
        <source>%1 lines</source>
        <translation>%1 regels</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>Iedereen</translation>
    </message>
    <message>
        <source>Save the overview for the household</source>
        <translation>Het overzicht voor het huishouden bewaren</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>Pdf (*.pdf)</translation>
    </message>
    <message>
        <source>The PDF could not be saved there. Choose another place.</source>
        <translation>De pdf kon daar niet worden bewaard. Kies een andere plek.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Make &amp;bundle…</source>
        <translation>&amp;Bundel maken…</translation>
    </message>
    <message>
        <source>An encrypted file of this case for the other parties (Ctrl+E)</source>
        <translation>Een versleuteld bestand van deze casus voor de andere partijen (Ctrl+E)</translation>
    </message>
    <message>
        <source>&amp;Read bundle…</source>
        <translation>Bundel &amp;inlezen…</translation>
    </message>
    <message>
        <source>Read in a bundle another party sent you (Ctrl+I)</source>
        <translation>Een bundel inlezen die een andere partij je stuurde (Ctrl+I)</translation>
    </message>
    <message>
        <source>&amp;Waiting bundles…</source>
        <translation>&amp;Wachtende bundels…</translation>
    </message>
    <message>
        <source>Start a casus-&amp;overleg…</source>
        <translation>Casus-&amp;overleg starten…</translation>
    </message>
    <message>
        <source>The wall for the people in the room, and the control view here (Ctrl+Shift+O)</source>
        <translation>De muur voor de mensen in de kamer, en het bedieningsscherm hier (Ctrl+Shift+O)</translation>
    </message>
    <message>
        <source>Case tools</source>
        <translation>Casusknoppen</translation>
    </message>
    <message>
        <source>&amp;Vault</source>
        <translation>&amp;Kluis</translation>
    </message>
    <message>
        <source>&amp;New case</source>
        <translation>&amp;Nieuwe casus</translation>
    </message>
    <message>
        <source>Loc&amp;k</source>
        <translation>&amp;Vergrendelen</translation>
    </message>
    <message>
        <source>Lock a&amp;utomatically after…</source>
        <translation>A&amp;utomatisch vergrendelen na…</translation>
    </message>
    <message>
        <source>&amp;New vault…</source>
        <translation>&amp;Nieuwe kluis…</translation>
    </message>
    <message>
        <source>&amp;Open vault…</source>
        <translation>Kluis &amp;openen…</translation>
    </message>
    <message>
        <source>Open the &amp;demo</source>
        <translation>&amp;Demo openen</translation>
    </message>
    <message>
        <source>&amp;My details…</source>
        <translation>&amp;Mijn gegevens…</translation>
    </message>
    <message>
        <source>&amp;Parties…</source>
        <translation>&amp;Partijen…</translation>
    </message>
    <message>
        <source>&amp;Kengetallen…</source>
        <translation>&amp;Kengetallen…</translation>
    </message>
    <message>
        <source>Change p&amp;assphrase…</source>
        <translation>&amp;Wachtwoordzin wijzigen…</translation>
    </message>
    <message>
        <source>&amp;Log…</source>
        <translation>&amp;Logboek…</translation>
    </message>
    <message>
        <source>&amp;Retention term…</source>
        <translation>&amp;Bewaartermijn…</translation>
    </message>
    <message>
        <source>Make a &amp;backup…</source>
        <translation>Back-up m&amp;aken…</translation>
    </message>
    <message>
        <source>Res&amp;tore a backup…</source>
        <translation>Back-up &amp;terugzetten…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>Af&amp;sluiten</translation>
    </message>
    <message>
        <source>&amp;Case</source>
        <translation>&amp;Casus</translation>
    </message>
    <message>
        <source>tafel %1</source>
        <translation>tafel %1</translation>
    </message>
    <message>
        <source>Locked: %1</source>
        <translation>Vergrendeld: %1</translation>
    </message>
    <message>
        <source> (demo: invented households)</source>
        <translation> (demo: verzonnen huishoudens)</translation>
    </message>
    <message>
        <source>Open: %1</source>
        <translation>Geopend: %1</translation>
    </message>
    <message>
        <source>Not saved yet</source>
        <translation>Nog niet opgeslagen</translation>
    </message>
    <message>
        <source>What you typed last cannot be saved: the disk is full. If you lock now, it is lost. Make room first, or lock anyway.</source>
        <translation>Wat je het laatst typte kan niet worden opgeslagen: de schijf is vol. Als je nu vergrendelt, gaat het verloren. Maak eerst ruimte vrij, of vergrendel toch.</translation>
    </message>
    <message>
        <source>Lock anyway</source>
        <translation>Toch vergrendelen</translation>
    </message>
    <message>
        <source>Do not lock</source>
        <translation>Niet vergrendelen</translation>
    </message>
    <message>
        <source>tafel was started again for another vault. Lock this one first, then open the other with Vault &gt; Open vault.</source>
        <translation>tafel werd nog een keer gestart, voor een andere kluis. Vergrendel deze kluis eerst en open de andere dan met Kluis &gt; Kluis openen.</translation>
    </message>
    <message>
        <source>Choose a case first, then make its bundle.</source>
        <translation>Kies eerst een casus en maak dan de bundel.</translation>
    </message>
    <message>
        <source>Read bundle</source>
        <translation>Bundel inlezen</translation>
    </message>
    <message>
        <source>tafel bundle (*.tafelbundel)</source>
        <translation>tafel-bundel (*.tafelbundel)</translation>
    </message>
    <message>
        <source>Choose a case first, then start its casus-overleg.</source>
        <translation>Kies eerst een casus, start dan het casus-overleg.</translation>
    </message>
    <message>
        <source>Open vault</source>
        <translation>Kluis openen</translation>
    </message>
    <message>
        <source>tafel vault (*.tafel)</source>
        <translation>tafel-kluis (*.tafel)</translation>
    </message>
    <message>
        <source>That file is not a tafel vault.</source>
        <translation>Dat bestand is geen tafel-kluis.</translation>
    </message>
    <message>
        <source>Making the demo vault…</source>
        <translation>De demokluis wordt gemaakt…</translation>
    </message>
    <message>
        <source>The demo could not be made here.</source>
        <translation>De demo kon hier niet worden klaargezet.</translation>
    </message>
    <message>
        <source>Automatic lock</source>
        <translation>Automatisch vergrendelen</translation>
    </message>
    <message>
        <source>Lock the vault after this many minutes without use:</source>
        <translation>Vergrendel de kluis na zoveel minuten zonder gebruik:</translation>
    </message>
    <message>
        <source>This holds until tafel closes: the setting could not be saved.</source>
        <translation>Dit geldt tot je tafel sluit: de instelling kon niet worden bewaard.</translation>
    </message>
    <message>
        <source>Retention term</source>
        <translation>Bewaartermijn</translation>
    </message>
    <message>
        <source>Keep a closed case this many years before it may be destroyed (jeugdhulp cases: at least 20, by the Jeugdwet):</source>
        <translation>Zoveel jaar blijft een gesloten casus bewaard voordat hij vernietigd mag worden (jeugdhulp: minstens 20, volgens de Jeugdwet):</translation>
    </message>
</context>
<context>
    <name>MedewerkerDialog</name>
    <message>
        <source>My details</source>
        <translation>Mijn gegevens</translation>
    </message>
    <message>
        <source>This vault does not know who you are yet. Your name, organisation and role go on every plan you write and in the log of who did what; they stay inside the vault.</source>
        <translation>Deze kluis weet nog niet wie je bent. Je naam, organisatie en rol komen op elk plan dat je schrijft en in het logboek van wie wat deed; ze blijven in de kluis.</translation>
    </message>
    <message>
        <source>Your name, organisation and role go on every plan you write and in the log of who did what. A change is noted in the log; what was written before keeps the name it had.</source>
        <translation>Je naam, organisatie en rol komen op elk plan dat je schrijft en in het logboek van wie wat deed. Een wijziging komt in het logboek; wat al geschreven was, houdt de naam van toen.</translation>
    </message>
    <message>
        <source>Vault id (for exchanging plans later): </source>
        <translation>Id van deze kluis (voor het uitwisselen van plannen, later): </translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Opslaan</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Later</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
</context>
<context>
    <name>MedewerkerFields</name>
    <message>
        <source>as it goes on plans and in the log</source>
        <translation>zoals hij op plannen en in het logboek komt</translation>
    </message>
    <message>
        <source>for example Wijkteam Oost</source>
        <translation>bijvoorbeeld Wijkteam Oost</translation>
    </message>
    <message>
        <source>for example jongerencoach</source>
        <translation>bijvoorbeeld jongerencoach</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Je naam</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisatie</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
</context>
<context>
    <name>NameOnlyIcons</name>
    <message>
        <source>Folder</source>
        <translation>Map</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Bestand</translation>
    </message>
</context>
<context>
    <name>NetwerkSection</name>
    <message>
        <source>Network</source>
        <translation>Netwerk</translation>
    </message>
    <message>
        <source>Add &amp;family or friend</source>
        <translation>&amp;Familie of vriend toevoegen</translation>
    </message>
    <message>
        <source>Add a pr&amp;ofessional</source>
        <translation>Pr&amp;ofessional toevoegen</translation>
    </message>
    <message>
        <source>No one in the network recorded yet.</source>
        <translation>Nog niemand in het netwerk vastgelegd.</translation>
    </message>
    <message>
        <source>♥ Always there for %1: %2</source>
        <translation>♥ Altijd er voor %1: %2</translation>
    </message>
    <message>
        <source>No adult recorded yet who is always there for %1. Ask about it.</source>
        <translation>Nog geen volwassene vastgelegd die er altijd is voor %1. Vraag ernaar.</translation>
    </message>
    <message>
        <source>Add %1 to the network (always there for %2, from the conversation of %3)</source>
        <translation>%1 in het netwerk zetten (altijd er voor %2, uit het gesprek van %3)</translation>
    </message>
    <message>
        <source>Party · %1</source>
        <translation>Partij · %1</translation>
    </message>
    <message>
        <source>Party %1 · %2</source>
        <translation>Partij %1 · %2</translation>
    </message>
    <message>
        <source>%1 h a week</source>
        <translation>%1 uur per week</translation>
    </message>
    <message>
        <source>paid by %1</source>
        <translation>betaald door %1</translation>
    </message>
    <message>
        <source>since %1</source>
        <translation>sinds %1</translation>
    </message>
    <message>
        <source>until %1</source>
        <translation>tot %1</translation>
    </message>
    <message>
        <source>End %1&apos;s involvement</source>
        <translation>Betrokkenheid van %1 beëindigen</translation>
    </message>
    <message>
        <source>From which day is %1 no longer involved? %1 stays in the case&apos;s history.</source>
        <translation>Vanaf welke dag is %1 niet meer betrokken? %1 blijft in de geschiedenis van de casus staan.</translation>
    </message>
</context>
<context>
    <name>NewCaseDialog</name>
    <message>
        <source>New case</source>
        <translation>Nieuwe casus</translation>
    </message>
    <message>
        <source>Register a young person and their household. You can add the rest of the household, the network and existing care later.</source>
        <translation>Meld een jongere en het huishouden aan. De rest van het huishouden, het netwerk en bestaande zorg kun je later toevoegen.</translation>
    </message>
    <message>
        <source>&amp;First name</source>
        <translation>&amp;Voornaam</translation>
    </message>
    <message>
        <source>&amp;Last name</source>
        <translation>&amp;Achternaam</translation>
    </message>
    <message>
        <source>&amp;Date of birth</source>
        <translation>&amp;Geboortedatum</translation>
    </message>
    <message>
        <source>&amp;BSN (optional)</source>
        <translation>&amp;BSN (mag leeg)</translation>
    </message>
    <message>
        <source>&amp;Household</source>
        <translation>&amp;Huishouden</translation>
    </message>
    <message>
        <source>&amp;Town</source>
        <translation>&amp;Woonplaats</translation>
    </message>
    <message>
        <source>&amp;Casusregisseur</source>
        <translation>&amp;Casusregisseur</translation>
    </message>
    <message>
        <source>&amp;Reason for contact</source>
        <translation>Aan&amp;leiding</translation>
    </message>
    <message>
        <source>Came in &amp;via</source>
        <translation>Aangemeld &amp;via</translation>
    </message>
    <message>
        <source>Referred b&amp;y</source>
        <translation>Aangemeld &amp;door</translation>
    </message>
</context>
<context>
    <name>NewOwnerDialog</name>
    <message>
        <source>New person in the network</source>
        <translation>Nieuwe persoon in het netwerk</translation>
    </message>
    <message>
        <source>Who will do this? They are added to the network of this case and become the owner of the afspraak. You can add their phone number and other details later on the case screen.</source>
        <translation>Wie gaat dit doen? Deze persoon komt in het netwerk van deze casus en wordt eigenaar van de afspraak. Telefoonnummer en andere gegevens vul je later aan op het scherm van de casus.</translation>
    </message>
    <message>
        <source>First and last name</source>
        <translation>Voornaam en achternaam</translation>
    </message>
    <message>
        <source>Family, friend or acquaintance</source>
        <translation>Familie, vriend of bekende</translation>
    </message>
    <message>
        <source>Professional</source>
        <translation>Professional</translation>
    </message>
    <message>
        <source>For example: aunt, neighbour, mentor</source>
        <translation>Bijvoorbeeld: tante, buurvrouw, mentor</translation>
    </message>
    <message>
        <source>&amp;Organisation</source>
        <translation>&amp;Organisatie</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Naam</translation>
    </message>
    <message>
        <source>&amp;Who is it</source>
        <translation>&amp;Wie is het</translation>
    </message>
    <message>
        <source>&amp;Role</source>
        <translation>&amp;Rol</translation>
    </message>
    <message>
        <source>&amp;Add as owner</source>
        <translation>&amp;Toevoegen als eigenaar</translation>
    </message>
    <message>
        <source>For example: wijkteam, jongerencoach, schuldhulp</source>
        <translation>Bijvoorbeeld: wijkteam, jongerencoach, schuldhulp</translation>
    </message>
</context>
<context>
    <name>NewVaultDialog</name>
    <message>
        <source>New vault</source>
        <translation>Nieuwe kluis</translation>
    </message>
    <message>
        <source>Your name, organisation and role go on every plan you write and in the log of who did what. They stay inside the vault; you can change them later under Vault &gt; My details.</source>
        <translation>Je naam, organisatie en rol komen op elk plan dat je schrijft en in het logboek van wie wat deed. Ze blijven in de kluis; je kunt ze later wijzigen onder Kluis &gt; Mijn gegevens.</translation>
    </message>
    <message>
        <source>Choose a passphrase that is hard to guess: four or five loose words work well. Without it nobody can open the vault, not even you: write it down somewhere safe.</source>
        <translation>Kies een wachtwoordzin die moeilijk te raden is: vier of vijf losse woorden werken goed. Zonder die zin kan niemand de kluis openen, ook jij niet: schrijf hem op en bewaar hem op een veilige plek.</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Kiezen…</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Bestand</translation>
    </message>
    <message>
        <source>Suggest one</source>
        <translation>Bedenk er een voor mij</translation>
    </message>
    <message>
        <source>Four random words; write them down.</source>
        <translation>Vier willekeurige woorden; schrijf ze op.</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Wachtwoordzin</translation>
    </message>
    <message>
        <source>Once more</source>
        <translation>Nog een keer</translation>
    </message>
    <message>
        <source>Show passphrase</source>
        <translation>Wachtwoordzin laten zien</translation>
    </message>
    <message>
        <source>Strength</source>
        <translation>Sterkte</translation>
    </message>
    <message>
        <source>Create vault</source>
        <translation>Kluis maken</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <source>tafel vault (*.tafel)</source>
        <translation>tafel-kluis (*.tafel)</translation>
    </message>
    <message>
        <source>The two passphrases are not the same.</source>
        <translation>De twee wachtwoordzinnen zijn niet gelijk.</translation>
    </message>
    <message>
        <source>tafel cannot write a vault in that place. Choose another.</source>
        <translation>tafel kan op die plek geen kluis maken. Kies een andere plek.</translation>
    </message>
</context>
<context>
    <name>NieuweCasusDialog</name>
    <message>
        <source>e.g. the name of the GP or the mentor</source>
        <translation>bijv. de naam van de huisarts of de mentor</translation>
    </message>
    <message>
        <source>Register</source>
        <translation>Aanmelden</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <source>tafel locked itself before this was saved. Here it is again: check it and register the case, or cancel.</source>
        <translation>tafel ging op slot voordat dit was opgeslagen. Hier staat het weer: kijk het na en registreer de casus, of annuleer.</translation>
    </message>
    <message>
        <source>Household %1</source>
        <translation>Huishouden %1</translation>
    </message>
</context>
<context>
    <name>NotSharedNotice</name>
    <message>
        <source>This part is not shared with you.</source>
        <translation>Dit deel is niet met jou gedeeld.</translation>
    </message>
    <message>
        <source>The household decides what each party sees of the plan. This part was not shared with you, so you cannot read or fill it in here. What others wrote in it stays with them.</source>
        <translation>Het huishouden beslist wat elke partij van het plan ziet. Dit deel is niet met jou gedeeld, dus je kunt het hier niet lezen of invullen. Wat anderen erin schreven, blijft bij hen.</translation>
    </message>
</context>
<context>
    <name>OntvangerOverzicht</name>
    <message>
        <source>Choose on the left who the bundle is for. Here you then see per party what goes and what stays here, and why.</source>
        <translation>Kies links voor wie de bundel is. Hier zie je dan per partij wat meegaat en wat hier blijft, en waarom.</translation>
    </message>
</context>
<context>
    <name>OtherValue</name>
    <message>
        <source>Something &amp;else…</source>
        <translation>Iets &amp;anders invullen…</translation>
    </message>
    <message>
        <source>New value:</source>
        <translation>Het wordt:</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Opslaan</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
</context>
<context>
    <name>OverdrachtDialog</name>
    <message>
        <source>Hand over the case</source>
        <translation>Casus overdragen</translation>
    </message>
    <message>
        <source>The case closes as handed over. You can reopen it later without a new intake.</source>
        <translation>De casus wordt afgesloten als overgedragen. Je kunt hem later heropenen zonder nieuwe intake.</translation>
    </message>
    <message>
        <source>an organisation and a contact person</source>
        <translation>een organisatie en een contactpersoon</translation>
    </message>
    <message>
        <source>Handed over &amp;to</source>
        <translation>Overgedragen &amp;aan</translation>
    </message>
    <message>
        <source>Hand over</source>
        <translation>Overdragen</translation>
    </message>
</context>
<context>
    <name>Overleg</name>
    <message>
        <source>Curtain closed: the wall is blank.</source>
        <extracomment>The categories named in the summary, in the order of the Big 5.</extracomment>
        <translation>Gordijn dicht: de muur is leeg.</translation>
    </message>
    <message>
        <source>Nobody is ticked as present: the wall stays empty.</source>
        <translation>Niemand is aangevinkt: de muur blijft leeg.</translation>
    </message>
    <message>
        <source>A guest is in the room: the wall shows no case data.</source>
        <translation>Er is een gast in de kamer: de muur laat geen gegevens van de casus zien.</translation>
    </message>
    <message>
        <source>Private part: only the household and its own circle count.</source>
        <translation>Besloten deel: alleen het huishouden en hun eigen kring tellen mee.</translation>
    </message>
    <message>
        <source>Nothing of the case is shown: not everyone here has consent.</source>
        <translation>Niets van de casus getoond: niet iedereen hier heeft toestemming.</translation>
    </message>
    <message>
        <source>Shown: %1.</source>
        <translation>Getoond: %1.</translation>
    </message>
    <message>
        <source>%1 not shown: not everyone here has consent.</source>
        <translation>%1 niet getoond: niet iedereen hier heeft toestemming.</translation>
    </message>
    <message>
        <source>Situation</source>
        <translation>Situatieschets</translation>
    </message>
    <message>
        <source>Perspective</source>
        <translation>Perspectief</translation>
    </message>
    <message>
        <source>Own actions</source>
        <translation>Zelf doen</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Netwerk</translation>
    </message>
    <message>
        <source>Support by professionals</source>
        <translation>Ondersteuning</translation>
    </message>
    <message>
        <source>Treatment</source>
        <translation>Behandeling</translation>
    </message>
    <message>
        <source>Breakthrough</source>
        <translation>Doorbraak</translation>
    </message>
    <message>
        <source>Agreements</source>
        <translation>Afspraken</translation>
    </message>
    <message>
        <source>Safety net</source>
        <translation>Vangnet</translation>
    </message>
    <message>
        <source>Where does %1 stand now? Per pillar, what %1 wants to reach.</source>
        <translation>Waar staat %1 nu? Per pijler: wat %1 wil bereiken.</translation>
    </message>
    <message>
        <source>First %1&apos;s own words: where %1 wants to be in about six months. Read them out, or let %1 read them out.</source>
        <translation>Eerst de woorden van %1 zelf: waar %1 over een half jaar wil staan. Lees ze voor, of laat %1 ze voorlezen.</translation>
    </message>
    <message>
        <source>What does %1 do to get there?</source>
        <translation>Wat doet %1 zelf om daar te komen?</translation>
    </message>
    <message>
        <source>Who around %1 helps: family, friends, a mentor?</source>
        <translation>Wie om %1 heen helpt: familie, vrienden, een mentor?</translation>
    </message>
    <message>
        <source>Which professional or volunteer helps, and from which organisation?</source>
        <translation>Welke professional of vrijwilliger helpt, en van welke organisatie?</translation>
    </message>
    <message>
        <source>Is there treatment? Only if it applies.</source>
        <translation>Is er behandeling? Alleen als dat zo is.</translation>
    </message>
    <message>
        <source>What blocks the perspective, and who can decide on an exception?</source>
        <translation>Wat staat het perspectief in de weg, en wie kan een uitzondering maken?</translation>
    </message>
    <message>
        <source>Who does what, by when? Each agreement has one owner.</source>
        <translation>Wie doet wat, en wanneer? Elke afspraak heeft één eigenaar.</translation>
    </message>
    <message>
        <source>What happens if things do not work out?</source>
        <translation>Wat gebeurt er als het niet lukt?</translation>
    </message>
    <message>
        <source>household</source>
        <translation>huishouden</translation>
    </message>
    <message>
        <source>own network</source>
        <translation>eigen netwerk</translation>
    </message>
    <message>
        <source>professional</source>
        <translation>professional</translation>
    </message>
    <message>
        <source>guest</source>
        <translation>gast</translation>
    </message>
    <message>
        <source>%1 of %2 min</source>
        <translation>%1 van %2 min</translation>
    </message>
</context>
<context>
    <name>OverlegPage</name>
    <message>
        <source>The casus-overleg is on the screen</source>
        <translation>Het casus-overleg staat op het scherm</translation>
    </message>
    <message>
        <source>Everyone in the room sees this screen, so the case file stays hidden here. Use the strip under the wall to move through the agenda.</source>
        <translation>Iedereen in de kamer ziet dit scherm, dus het dossier blijft hier verborgen. Ga met de balk onder de muur door de agenda.</translation>
    </message>
    <message>
        <source>Back to the wall</source>
        <translation>Terug naar de muur</translation>
    </message>
    <message>
        <source>Stop showing</source>
        <translation>Stoppen met tonen</translation>
    </message>
    <message>
        <source>Casus-overleg with %1</source>
        <translation>Casus-overleg met %1</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Sluiten</translation>
    </message>
    <message>
        <source>Take the wall down and go back to the case. The meeting stays open: you can go on with it or finish it later.</source>
        <translation>Haal de muur weg en ga terug naar de casus. Het overleg blijft open: je kunt later verder of het afronden.</translation>
    </message>
    <message>
        <source>Finish the meeting…</source>
        <translation>Overleg afronden…</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>Agenda</translation>
    </message>
    <message>
        <source>Previous step</source>
        <translation>Vorige stap</translation>
    </message>
    <message>
        <source>Next step</source>
        <translation>Volgende stap</translation>
    </message>
    <message>
        <source>Conclusions</source>
        <translation>Conclusies</translation>
    </message>
    <message>
        <source>What the wall shows now</source>
        <translation>Wat de muur nu laat zien</translation>
    </message>
    <message>
        <source>Who is here?</source>
        <translation>Wie is er?</translation>
    </message>
    <message>
        <source>Private part</source>
        <translation>Besloten deel</translation>
    </message>
    <message>
        <source>Only the household and its own circle: professionals and guests are not counted while this is on.</source>
        <translation>Alleen het huishouden en hun eigen kring: professionals en gasten tellen dan niet mee.</translation>
    </message>
    <message numerus="yes">
        <source>Started at %1 · %n present</source>
        <translation>
            <numerusform>Gestart om %1 · %n aanwezig</numerusform>
            <numerusform>Gestart om %1 · %n aanwezig</numerusform>
        </translation>
    </message>
    <message>
        <source>Curtain closed (F8)</source>
        <translation>Gordijn dicht (F8)</translation>
    </message>
    <message>
        <source>Blank the wall (F8)</source>
        <translation>Muur leegmaken (F8)</translation>
    </message>
    <message>
        <source>Show the wall again (F8)</source>
        <translation>De muur weer tonen (F8)</translation>
    </message>
    <message>
        <source>Blank the wall at once (F8)</source>
        <translation>De muur meteen leegmaken (F8)</translation>
    </message>
    <message>
        <source>Wall on the other screen</source>
        <translation>Muur op het andere scherm</translation>
    </message>
    <message>
        <source>Curtain closed</source>
        <translation>Gordijn dicht</translation>
    </message>
</context>
<context>
    <name>OverlegStart</name>
    <message>
        <source>Casus-overleg</source>
        <translation>Casus-overleg</translation>
    </message>
    <message>
        <source>A casus-overleg of %1 is still open: go on with it, or finish it?</source>
        <translation>Er loopt nog een casus-overleg van %1: verder of afronden?</translation>
    </message>
    <message>
        <source>Go on with it</source>
        <translation>Verder</translation>
    </message>
    <message>
        <source>Finish it…</source>
        <translation>Afronden…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
</context>
<context>
    <name>OverlegVerslagDialog</name>
    <message>
        <source>Casus-overleg</source>
        <translation>Casus-overleg</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Sluiten</translation>
    </message>
    <message>
        <source>&amp;Print the record…</source>
        <translation>Verslag &amp;afdrukken…</translation>
    </message>
    <message>
        <source>Casus-overleg of %1</source>
        <translation>Casus-overleg van %1</translation>
    </message>
    <message>
        <source>This meeting is still running: finish it from the casus-overleg to print its record.</source>
        <translation>Dit overleg loopt nog: rond het af in het casus-overleg om het verslag af te drukken.</translation>
    </message>
    <message>
        <source>Finished on %1.</source>
        <translation>Afgerond op %1.</translation>
    </message>
    <message>
        <source>The wall showed what the household agreed to share: %1</source>
        <translation>Op de muur stond wat het huishouden goedvond om te delen: %1</translation>
    </message>
</context>
<context>
    <name>OverlegVerslagPreview</name>
    <message>
        <source>Record of the casus-overleg of %1</source>
        <translation>Verslag van het casus-overleg van %1</translation>
    </message>
    <message>
        <source>Record of the casus-overleg</source>
        <translation>Verslag casus-overleg</translation>
    </message>
    <message>
        <source>One page for everyone who was there. It holds only what all of them may see; printing or saving it is logged.</source>
        <translation>Eén pagina voor iedereen die erbij was. Er staat alleen in wat zij allemaal mogen zien; afdrukken of bewaren wordt vastgelegd in het logboek.</translation>
    </message>
    <message>
        <source>Save the record as PDF</source>
        <translation>Verslag bewaren als pdf</translation>
    </message>
</context>
<context>
    <name>OverleggenSection</name>
    <message>
        <source>Casus-overleggen</source>
        <translation>Casus-overleggen</translation>
    </message>
    <message>
        <source>No casus-overleg yet. Start one with Casus-overleg… above.</source>
        <translation>Nog geen casus-overleg. Begin er een met Casus-overleg… hierboven.</translation>
    </message>
    <message>
        <source>Still running (loopt nog)</source>
        <translation>Loopt nog</translation>
    </message>
    <message numerus="yes">
        <source>%n person(s) present</source>
        <translation>
            <numerusform>%n persoon aanwezig</numerusform>
            <numerusform>%n personen aanwezig</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not present</source>
        <translation>
            <numerusform>%n afwezig</numerusform>
            <numerusform>%n afwezig</numerusform>
        </translation>
    </message>
    <message>
        <source>No next evaluation set</source>
        <translation>Geen volgende evaluatie gepland</translation>
    </message>
    <message>
        <source>Next evaluation %1: has passed</source>
        <translation>Volgende evaluatie %1: is voorbij</translation>
    </message>
    <message>
        <source>Next evaluation %1</source>
        <translation>Volgende evaluatie %1</translation>
    </message>
    <message>
        <source>Casus-overleg of %1</source>
        <translation>Casus-overleg van %1</translation>
    </message>
    <message>
        <source>Open the record</source>
        <translation>Verslag bekijken</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Afdrukken…</translation>
    </message>
    <message>
        <source>Print the record</source>
        <translation>Verslag afdrukken</translation>
    </message>
</context>
<context>
    <name>PartijKeuze</name>
    <message>
        <source>You do not know any parties yet. Add the card of someone you work with under Vault &gt; Parties; then you can make a bundle for them.</source>
        <translation>Je kent nog geen partijen. Voeg de kaart toe van iemand met wie je samenwerkt, onder Kluis &gt; Partijen; dan kun je een bundel voor hen maken.</translation>
    </message>
    <message>
        <source>Nobody in this case&apos;s network is linked to one of these parties yet. You link someone when you edit them in the network.</source>
        <translation>Nog niemand in het netwerk van deze casus is aan een van deze partijen gekoppeld. Dat doe je als je iemand in het netwerk wijzigt.</translation>
    </message>
    <message>
        <source>In the network of this case</source>
        <translation>In het netwerk van deze casus</translation>
    </message>
    <message>
        <source>Other known parties</source>
        <translation>Andere bekende partijen</translation>
    </message>
</context>
<context>
    <name>PartijStaat</name>
    <message>
        <source>Verified on %1</source>
        <translation>Geverifieerd op %1</translation>
    </message>
    <message>
        <source>Not verified yet</source>
        <translation>Nog niet geverifieerd</translation>
    </message>
</context>
<context>
    <name>PartijenDialog</name>
    <message>
        <source>Parties</source>
        <translation>Partijen</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Sluiten</translation>
    </message>
    <message>
        <source>My card</source>
        <translation>Mijn kaart</translation>
    </message>
    <message>
        <source>QR code of your card</source>
        <translation>QR-code van je kaart</translation>
    </message>
    <message>
        <source>Let the other scan this code, or give them the card as a file. There is nothing secret on it.</source>
        <translation>Laat de ander deze code scannen, of geef je kaart als bestand. Er staat niets geheims op.</translation>
    </message>
    <message>
        <source>Save card as file…</source>
        <translation>Kaart opslaan als bestand…</translation>
    </message>
    <message>
        <source>My details…</source>
        <translation>Mijn gegevens…</translation>
    </message>
    <message>
        <source>Known parties</source>
        <translation>Bekende partijen</translation>
    </message>
    <message>
        <source>Who you work with on a plan, each on their own laptop. Once you have each other&apos;s card, you can send each other encrypted, signed files. A card that came by e-mail or on a stick is checked once, together: compare the code face to face.</source>
        <translation>Met wie je samen aan een plan werkt, ieder op de eigen laptop. Hebben jullie elkaars kaart, dan kunnen jullie elkaar versleutelde, ondertekende bestanden sturen. Een kaart die per e-mail of op een USB-stick kwam, controleer je één keer samen: vergelijk de code als jullie elkaar zien.</translation>
    </message>
    <message>
        <source>Add card…</source>
        <translation>Kaart toevoegen…</translation>
    </message>
    <message>
        <source>No card yet</source>
        <translation>Nog geen kaart</translation>
    </message>
    <message>
        <source>Encryption key: %1</source>
        <translation>Versleutelsleutel: %1</translation>
    </message>
    <message>
        <source>Signing key: %1</source>
        <translation>Ondertekensleutel: %1</translation>
    </message>
    <message>
        <source>Vault id: %1</source>
        <translation>Kluis-id: %1</translation>
    </message>
    <message>
        <source>No parties yet. Add the card of someone you work with: the wijkteam, youth care, school, debt counselling or the young person.</source>
        <translation>Nog geen partijen. Voeg de kaart toe van iemand met wie je samenwerkt: het wijkteam, de jeugdhulp, school, schuldhulp of de jongere zelf.</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Controleren</translation>
    </message>
    <message>
        <source>Check the card of %1</source>
        <translation>De kaart van %1 controleren</translation>
    </message>
    <message>
        <source>Keys: %1 · %2</source>
        <translation>Sleutels: %1 · %2</translation>
    </message>
    <message>
        <source>Save card</source>
        <translation>Kaart opslaan</translation>
    </message>
    <message>
        <source>tafel party card (*.tafelkaart)</source>
        <translation>tafel-partijkaart (*.tafelkaart)</translation>
    </message>
    <message>
        <source>Your card is saved in %1.</source>
        <translation>Je kaart is opgeslagen in %1.</translation>
    </message>
    <message>
        <source>Add card</source>
        <translation>Kaart toevoegen</translation>
    </message>
    <message>
        <source>The file %1 cannot be read.</source>
        <translation>Het bestand %1 kan tafel niet lezen.</translation>
    </message>
    <message>
        <source>Nothing changed: the card you had stays.</source>
        <translation>Er is niets veranderd: de kaart die je al had, blijft.</translation>
    </message>
    <message>
        <source>%1 has been added. Check the card together: click Check.</source>
        <translation>%1 is toegevoegd. Controleer de kaart samen: klik op Controleren.</translation>
    </message>
    <message>
        <source>The keys of %1 have been replaced. Check the card together again.</source>
        <translation>De sleutels van %1 zijn vervangen. Controleer de kaart opnieuw samen.</translation>
    </message>
    <message>
        <source>You already had this card of %1; nothing changed.</source>
        <translation>Deze kaart van %1 had je al; er is niets veranderd.</translation>
    </message>
    <message>
        <source>The details of %1 have been updated.</source>
        <translation>De gegevens van %1 zijn bijgewerkt.</translation>
    </message>
    <message>
        <source>Other keys</source>
        <translation>Andere sleutels</translation>
    </message>
    <message>
        <source>Replace the keys</source>
        <translation>Sleutels vervangen</translation>
    </message>
    <message>
        <source>Keep the old card</source>
        <translation>Oude kaart houden</translation>
    </message>
</context>
<context>
    <name>PassphraseStrength</name>
    <message>
        <source>Strength of the passphrase</source>
        <translation>Sterkte van de wachtwoordzin</translation>
    </message>
    <message>
        <source>Four or five loose words that do not belong together work well.</source>
        <translation>Vier of vijf losse woorden die niet bij elkaar horen, werken goed.</translation>
    </message>
    <message>
        <source>Strong enough. Write it down and keep it in a safe place.</source>
        <translation>Sterk genoeg. Schrijf hem op en bewaar hem op een veilige plek.</translation>
    </message>
    <message>
        <source>Too weak. %1</source>
        <translation>Te zwak. %1</translation>
    </message>
</context>
<context>
    <name>PdfPreviewDialog</name>
    <message>
        <source>&amp;Zoom</source>
        <translation>&amp;Zoom</translation>
    </message>
    <message>
        <source>Fit width</source>
        <translation>Passend in breedte</translation>
    </message>
    <message>
        <source>Whole page</source>
        <translation>Hele pagina</translation>
    </message>
    <message>
        <source>&amp;Save as PDF…</source>
        <translation>&amp;Opslaan als pdf…</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Afdrukken…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Sluiten</translation>
    </message>
    <message>
        <source>Making the pages…</source>
        <translation>De pagina&apos;s worden gemaakt…</translation>
    </message>
    <message numerus="yes">
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n pagina</numerusform>
            <numerusform>%n pagina&apos;s</numerusform>
        </translation>
    </message>
    <message>
        <source>Page %1</source>
        <translation>Pagina %1</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Pdf-documenten (*.pdf)</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Niet opgeslagen</translation>
    </message>
    <message>
        <source>Choose another folder, or check that the file is not open in another program.</source>
        <translation>Kies een andere map, of kijk of het bestand nog open staat in een ander programma.</translation>
    </message>
</context>
<context>
    <name>PeopleList</name>
    <message>
        <source>Edit %1</source>
        <translation>%1 wijzigen</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Wijzigen</translation>
    </message>
    <message>
        <source>E&amp;nd</source>
        <translation>&amp;Beëindigen</translation>
    </message>
    <message>
        <source>End %1</source>
        <translation>%1 beëindigen</translation>
    </message>
    <message>
        <source>No longer involved from a date on; stays in the history.</source>
        <translation>Niet meer betrokken vanaf een datum; blijft in de geschiedenis staan.</translation>
    </message>
    <message>
        <source>&amp;Inzage…</source>
        <translation>&amp;Inzage…</translation>
    </message>
    <message>
        <source>Co&amp;rrect or remove a text…</source>
        <translation>Tekst verbete&amp;ren of verwijderen…</translation>
    </message>
    <message>
        <source>Inzage for %1</source>
        <translation>Inzage voor %1</translation>
    </message>
    <message>
        <source>Everything tafel holds about this person, as a PDF and a JSON file, in a folder you choose.</source>
        <translation>Alles wat tafel over deze persoon bewaart, als pdf en als JSON-bestand, in een map die je kiest.</translation>
    </message>
    <message>
        <source>Correct or remove a text for %1</source>
        <translation>Tekst verbeteren of verwijderen voor %1</translation>
    </message>
    <message>
        <source>At this person&apos;s request: a wrong text in the plan corrected, or a text removed, also from its history.</source>
        <translation>Op verzoek van deze persoon: een verkeerde tekst in het plan verbeteren, of een tekst verwijderen, ook uit de geschiedenis.</translation>
    </message>
</context>
<context>
    <name>PersoonDialog</name>
    <message>
        <source>Add someone to the household</source>
        <extracomment>The roles a household member besides the young person can have, in the order asked.</extracomment>
        <translation>Iemand aan het huishouden toevoegen</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>%1 wijzigen</translation>
    </message>
    <message>
        <source>Someone who lives with %1 or belongs to the family at home.</source>
        <translation>Iemand die bij %1 woont of thuis bij het gezin hoort.</translation>
    </message>
    <message>
        <source>&amp;Role</source>
        <translation>&amp;Rol</translation>
    </message>
    <message>
        <source>&amp;First name</source>
        <translation>&amp;Voornaam</translation>
    </message>
    <message>
        <source>&amp;Last name</source>
        <translation>&amp;Achternaam</translation>
    </message>
    <message>
        <source>&amp;Birth date</source>
        <translation>&amp;Geboortedatum</translation>
    </message>
    <message>
        <source>optional, 9 digits</source>
        <translation>niet verplicht, 9 cijfers</translation>
    </message>
    <message>
        <source>B&amp;SN</source>
        <translation>B&amp;SN</translation>
    </message>
    <message>
        <source>Remove the BSN</source>
        <translation>BSN weghalen</translation>
    </message>
    <message>
        <source>&amp;Phone</source>
        <translation>&amp;Telefoon</translation>
    </message>
    <message>
        <source>&amp;E-mail</source>
        <translation>&amp;E-mail</translation>
    </message>
    <message>
        <source>Has parental authority (gezag) over %1</source>
        <translation>Heeft het gezag over %1</translation>
    </message>
    <message>
        <source>%1 (leave empty to keep it)</source>
        <translation>%1 (leeg laten om te bewaren)</translation>
    </message>
</context>
<context>
    <name>PerspectiveSection</name>
    <message>
        <source>Perspective</source>
        <translation>Perspectief</translation>
    </message>
    <message>
        <source>Where does %1 want to be in about six months? Write it in %1&apos;s own words, however hard that is. The steps in each pillar are worked back from here.</source>
        <translation>Waar wil %1 over ongeveer zes maanden zijn? Schrijf het op in de eigen woorden van %1, hoe moeilijk dat ook is. Vanuit hier bedenk je de stappen in elke pijler.</translation>
    </message>
</context>
<context>
    <name>PillarSection</name>
    <message>
        <source>Scores and targets</source>
        <translation>Scores en doelen</translation>
    </message>
    <message>
        <source>The latest scores from the conversations, and where %1 wants to get to (1 to 5). Click a chosen target again to clear it.</source>
        <translation>De laatste scores uit de gesprekken, en waar %1 naartoe wil (1 tot 5). Klik nog een keer op een gekozen doel om het te wissen.</translation>
    </message>
    <message>
        <source>Target score for %1</source>
        <translation>Doelscore voor %1</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Doel</translation>
    </message>
    <message>
        <source>No score from a conversation yet.</source>
        <translation>Nog geen score uit een gesprek.</translation>
    </message>
    <message>
        <source>professional %1</source>
        <translation>professional %1</translation>
    </message>
    <message>
        <source>Now: %1 (%2)</source>
        <translation>Nu: %1 (%2)</translation>
    </message>
    <message>
        <source>No target chosen.</source>
        <translation>Geen doel gekozen.</translation>
    </message>
</context>
<context>
    <name>PillarStep</name>
    <message>
        <source>To start with: %1</source>
        <translation>Om te beginnen: %1</translation>
    </message>
    <message>
        <source>What goes well</source>
        <translation>Wat gaat goed</translation>
    </message>
    <message>
        <source>Start with what is good</source>
        <translation>Begin met wat goed gaat</translation>
    </message>
    <message>
        <source>Worries</source>
        <translation>Zorgen</translation>
    </message>
    <message>
        <source>What is hard or worrying</source>
        <translation>Wat is moeilijk of zorgelijk</translation>
    </message>
    <message>
        <source>I want</source>
        <translation>Ik wil</translation>
    </message>
    <message>
        <source>I want …</source>
        <translation>Ik wil …</translation>
    </message>
    <message>
        <source>I can</source>
        <translation>Ik kan</translation>
    </message>
    <message>
        <source>I can do myself …</source>
        <translation>Ik kan zelf …</translation>
    </message>
    <message>
        <source>I need</source>
        <translation>Ik heb nodig</translation>
    </message>
    <message>
        <source>I need help with …</source>
        <translation>Ik heb hulp nodig bij …</translation>
    </message>
    <message>
        <source>Professional</source>
        <translation>Professional</translation>
    </message>
    <message>
        <source>Young person</source>
        <translation>Jongere</translation>
    </message>
    <message>
        <source>Domain</source>
        <translation>Domein</translation>
    </message>
    <message>
        <source>My note (professional only, not in the young person&apos;s view)</source>
        <translation>Mijn notitie (alleen voor de professional, niet in de weergave voor de jongere)</translation>
    </message>
    <message>
        <source>For yourself: what you noticed</source>
        <translation>Voor jezelf: wat je opviel</translation>
    </message>
</context>
<context>
    <name>PlanConflicts</name>
    <message>
        <source>First choose</source>
        <translation>Eerst kiezen</translation>
    </message>
    <message numerus="yes">
        <source>There is still %n point open on which different things were filled in. Signing waits until you have chosen for each point what it will be.</source>
        <translation>
            <numerusform>Er staat nog %n punt open waarover verschillende dingen zijn ingevuld. Je kunt pas tekenen als je hebt gekozen wat het wordt.</numerusform>
            <numerusform>Er staan nog %n punten open waarover verschillende dingen zijn ingevuld. Je kunt pas tekenen als je per punt hebt gekozen wat het wordt.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Look and choose</source>
        <translation>&amp;Bekijken en kiezen</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Later</translation>
    </message>
</context>
<context>
    <name>PlanHeader</name>
    <message>
        <source>Toekomstplan of %1</source>
        <extracomment>How many corrections on request the header names in full (the newest).</extracomment>
        <translation>Toekomstplan van %1</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Versie</translation>
    </message>
    <message>
        <source>Back to the case; everything is saved</source>
        <translation>Terug naar de casus; alles is bewaard</translation>
    </message>
    <message>
        <source>Who is writing?</source>
        <translation>Wie schrijft?</translation>
    </message>
    <message>
        <source>What you write now is marked as written by you</source>
        <translation>Wat je nu schrijft, komt op jouw naam te staan</translation>
    </message>
    <message>
        <source>Co&amp;mpare versions…</source>
        <translation>Versies &amp;vergelijken…</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Afdrukken…</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Sluiten</translation>
    </message>
    <message>
        <source>%1 is w&amp;riting</source>
        <translation>%1 s&amp;chrijft</translation>
    </message>
    <message>
        <source>I am &amp;writing (professional)</source>
        <translation>Ik sch&amp;rijf (professional)</translation>
    </message>
    <message>
        <source>&amp;Ready to sign</source>
        <translation>&amp;Klaar om te tekenen</translation>
    </message>
    <message>
        <source>&amp;Sign…</source>
        <translation>&amp;Tekenen…</translation>
    </message>
    <message>
        <source>Texts corrected on request</source>
        <translation>Teksten verbeterd of verwijderd op verzoek</translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation>Versie %1</translation>
    </message>
    <message>
        <source>(newest)</source>
        <translation>(nieuwste)</translation>
    </message>
    <message>
        <source>Back to draft</source>
        <translation>Terug naar concept</translation>
    </message>
    <message>
        <source>Keep working on the text before signing</source>
        <translation>Verder werken aan de tekst voordat er getekend wordt</translation>
    </message>
    <message>
        <source>The text is finished: it can be read and signed</source>
        <translation>De tekst is af: hij kan gelezen en getekend worden</translation>
    </message>
    <message numerus="yes">
        <source>And %n earlier correction(s).</source>
        <translation>
            <numerusform>En %n eerdere correctie.</numerusform>
            <numerusform>En %n eerdere correcties.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PlanLabels</name>
    <message>
        <source>Where do you want to be in about six months? Say it in your own words.</source>
        <translation>Waar wil je over ongeveer zes maanden zijn? Zeg het in je eigen woorden.</translation>
    </message>
    <message>
        <source>And later, in a few years: what is your dream?</source>
        <translation>En later, over een paar jaar: wat is je droom?</translation>
    </message>
    <message>
        <source>What happens if things do not work out? Who do you call, what do we do then?</source>
        <translation>Wat gebeurt er als het niet lukt? Wie bel je, wat doen we dan?</translation>
    </message>
    <message>
        <source>What stands between you and your perspective right now?</source>
        <translation>Wat staat nu tussen jou en je perspectief?</translation>
    </message>
    <message>
        <source>Which rule, law or way of working causes it?</source>
        <translation>Welke regel, wet of werkwijze zorgt daarvoor?</translation>
    </message>
    <message>
        <source>Who can decide to make an exception?</source>
        <translation>Wie kan beslissen om een uitzondering te maken?</translation>
    </message>
    <message>
        <source>What was decided, and when?</source>
        <translation>Wat is er besloten, en wanneer?</translation>
    </message>
    <message>
        <source>Why is this the right choice? Written so it can be justified in the file.</source>
        <translation>Waarom is dit de goede keuze? Schrijf het zo op dat je het in het dossier kunt verantwoorden.</translation>
    </message>
    <message>
        <source>What do you want to reach here? Start with &quot;I…&quot;</source>
        <translation>Wat wil je hier bereiken? Begin met &quot;Ik…&quot;</translation>
    </message>
    <message>
        <source>What will you do yourself?</source>
        <translation>Wat ga je zelf doen?</translation>
    </message>
    <message>
        <source>Who around you helps: family, friends, a mentor?</source>
        <translation>Wie om je heen helpt: familie, vrienden, een mentor?</translation>
    </message>
    <message>
        <source>Which professional or volunteer helps, and from which organisation?</source>
        <translation>Welke professional of vrijwilliger helpt, en van welke organisatie?</translation>
    </message>
    <message>
        <source>Is there treatment? Only if it applies.</source>
        <translation>Is er een behandeling? Vul dit alleen in als dat zo is.</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>Bezig</translation>
    </message>
    <message>
        <source>Is it lawful? Which rule allows it, or why is an exception justified?</source>
        <translation>Mag het volgens de wet? Welke regel maakt het mogelijk, of waarom is een uitzondering terecht?</translation>
    </message>
    <message>
        <source>Does it add to the young person&apos;s autonomy and quality of life?</source>
        <translation>Wordt de jongere er zelfstandiger van, en wordt het leven van de jongere er beter van?</translation>
    </message>
    <message>
        <source>Does it yield society more than it costs?</source>
        <translation>Levert het de samenleving meer op dan het kost?</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Concept</translation>
    </message>
    <message>
        <source>Ready to sign</source>
        <translation>Ter ondertekening</translation>
    </message>
    <message>
        <source>Signed</source>
        <translation>Getekend</translation>
    </message>
    <message>
        <source>Replaced</source>
        <translation>Vervangen</translation>
    </message>
    <message>
        <source>To do</source>
        <translation>Te doen</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Gedaan</translation>
    </message>
    <message>
        <source>Dropped</source>
        <translation>Vervallen</translation>
    </message>
    <message>
        <source>Current route</source>
        <translation>Huidige route</translation>
    </message>
    <message>
        <source>Threatening route</source>
        <translation>Dreigende route</translation>
    </message>
    <message>
        <source>This plan</source>
        <translation>Dit plan</translation>
    </message>
    <message>
        <source>What the help costs now, if nothing changes.</source>
        <translation>Wat de hulp nu kost, als er niets verandert.</translation>
    </message>
    <message>
        <source>What it will cost if things go wrong (eviction, detention, placement…).</source>
        <translation>Wat het kost als het misgaat (uithuiszetting, detentie, uithuisplaatsing…).</translation>
    </message>
    <message>
        <source>What this plan and its doorbraak cost.</source>
        <translation>Wat dit plan en de doorbraak kosten.</translation>
    </message>
    <message>
        <source>Gift (no beschikking)</source>
        <translation>Gift (geen beschikking)</translation>
    </message>
    <message>
        <source>Beschikking (decision)</source>
        <translation>Beschikking</translation>
    </message>
    <message>
        <source>No money involved</source>
        <translation>Er is geen geld nodig</translation>
    </message>
    <message>
        <source>Young person</source>
        <translation>Jongere</translation>
    </message>
    <message>
        <source>Parent or legal representative</source>
        <translation>Ouder of wettelijk vertegenwoordiger</translation>
    </message>
    <message>
        <source>Professional</source>
        <translation>Professional</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Netwerk</translation>
    </message>
</context>
<context>
    <name>PlanNav</name>
    <message>
        <source>not shared</source>
        <translation>niet gedeeld</translation>
    </message>
    <message numerus="yes">
        <source>%n overdue</source>
        <translation>
            <numerusform>%n te laat</numerusform>
            <numerusform>%n te laat</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PlanPage</name>
    <message>
        <source>Sections of the toekomstplan</source>
        <extracomment>This page&apos;s writes come back in ChangeSets marked with it (see Workspace).</extracomment>
        <translation>Onderdelen van het toekomstplan</translation>
    </message>
    <message>
        <source>This plan was signed on %1. To change something, make a new version.</source>
        <translation>Dit plan is getekend op %1. Wil je iets veranderen? Maak dan een nieuwe versie.</translation>
    </message>
    <message>
        <source>Make a new version</source>
        <translation>Nieuwe versie maken</translation>
    </message>
    <message>
        <source>You are looking at version %1. It was replaced by version %2 and cannot change any more.</source>
        <translation>Je kijkt naar versie %1. Versie %2 is ervoor in de plaats gekomen. Daarom kan versie %1 niet meer veranderen.</translation>
    </message>
    <message>
        <source>Go to the newest version</source>
        <translation>Naar de nieuwste versie</translation>
    </message>
    <message>
        <source>%1 signed an earlier text; ask them to sign again.</source>
        <translation>%1 heeft een eerdere tekst getekend; vraag om opnieuw te tekenen.</translation>
    </message>
    <message>
        <source>Not saved yet</source>
        <translation>Nog niet opgeslagen</translation>
    </message>
    <message>
        <source>Version %1 was signed, so this change starts version %2.</source>
        <translation>Versie %1 was al getekend. Daarom begint met deze wijziging versie %2.</translation>
    </message>
    <message>
        <source>Saved at %1</source>
        <translation>Bewaard om %1</translation>
    </message>
</context>
<context>
    <name>PlanSummarySection</name>
    <message>
        <source>Toekomstplan</source>
        <translation>Toekomstplan</translation>
    </message>
    <message>
        <source>Open the &amp;plan</source>
        <translation>&amp;Plan openen</translation>
    </message>
    <message>
        <source>Start the toekomstplan</source>
        <translation>Toekomstplan beginnen</translation>
    </message>
    <message>
        <source>No toekomstplan yet. %1 writes it, with your help, in their own words.</source>
        <translation>Nog geen toekomstplan. %1 schrijft het in eigen woorden, met jouw hulp.</translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation>Versie %1</translation>
    </message>
    <message>
        <source>Evaluation on %1</source>
        <translation>Evaluatie op %1</translation>
    </message>
    <message>
        <source>Still to sign: %1</source>
        <translation>Moet nog tekenen: %1</translation>
    </message>
    <message>
        <source>Signed by everyone on %1</source>
        <translation>Door iedereen getekend op %1</translation>
    </message>
    <message numerus="yes">
        <source>%n afspraak(en) past the date</source>
        <translation>
            <numerusform>%n afspraak is te laat</numerusform>
            <numerusform>%n afspraken zijn te laat</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PointsLeft</name>
    <message numerus="yes">
        <source>%n point(s) still to choose</source>
        <translation>
            <numerusform>Nog %n punt om te kiezen</numerusform>
            <numerusform>Nog %n punten om te kiezen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PrintPreviewDialog</name>
    <message>
        <source>Print the toekomstplan</source>
        <translation>Toekomstplan afdrukken</translation>
    </message>
    <message>
        <source>Version %1 of the toekomstplan of %2</source>
        <translation>Versie %1 van het toekomstplan van %2</translation>
    </message>
    <message>
        <source>Show &amp;BSN</source>
        <translation>&amp;BSN tonen</translation>
    </message>
    <message>
        <source>Only print the BSN when the receiver needs it.</source>
        <translation>Druk het BSN alleen af als de ontvanger het nodig heeft.</translation>
    </message>
    <message>
        <source>Printing or saving records this text in the vault, so a paper copy can be checked later.</source>
        <translation>Bij afdrukken of opslaan legt tafel deze tekst vast in de kluis. Zo kun je een papieren versie later controleren.</translation>
    </message>
    <message>
        <source>Save the toekomstplan as PDF</source>
        <translation>Toekomstplan opslaan als pdf</translation>
    </message>
</context>
<context>
    <name>QAbstractFileIconProvider</name>
    <message>
        <source>Drive</source>
        <translation>Station</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <source>&amp;Look in:</source>
        <translation>&amp;Zoeken in:</translation>
    </message>
    <message>
        <source>Files of &amp;type:</source>
        <translation>Bestands&amp;type:</translation>
    </message>
</context>
<context>
    <name>QFileSystemModel</name>
    <message>
        <source>Drive</source>
        <translation>Station</translation>
    </message>
</context>
<context>
    <name>QPageSetupWidget</name>
    <message>
        <source>Page size:</source>
        <translation>Papierformaat:</translation>
    </message>
    <message>
        <source>Page &amp;order:</source>
        <translation>Pagina&amp;volgorde:</translation>
    </message>
    <message>
        <source>Pages &amp;per sheet:</source>
        <translation>Pagina&apos;s &amp;per vel:</translation>
    </message>
    <message>
        <source>Inches (in)</source>
        <translation>Inch (in)</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>Reset</source>
        <translation>Herstellen</translation>
    </message>
    <message>
        <source>Don&apos;t Save</source>
        <translation>Niet opslaan</translation>
    </message>
    <message>
        <source>Close without Saving</source>
        <translation>Sluiten zonder opslaan</translation>
    </message>
</context>
<context>
    <name>QPrintSettingsOutput</name>
    <message>
        <source>Double Sided Printing</source>
        <translation>Dubbelzijdig afdrukken</translation>
    </message>
    <message>
        <source>Long side binding</source>
        <translation>Binden aan de lange kant</translation>
    </message>
    <message>
        <source>Short side binding</source>
        <translation>Binden aan de korte kant</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Uit</translation>
    </message>
    <message>
        <source>Page &amp;Set:</source>
        <translation>Pagina&amp;selectie:</translation>
    </message>
</context>
<context>
    <name>RecentVaultsList</name>
    <message>
        <source>Recently opened</source>
        <translation>Eerder geopend</translation>
    </message>
</context>
<context>
    <name>RecentVaultsMenu</name>
    <message>
        <source>&amp;Recent vaults</source>
        <translation>&amp;Recente kluizen</translation>
    </message>
    <message>
        <source>No recent vaults</source>
        <translation>Geen recente kluizen</translation>
    </message>
    <message>
        <source>&amp;Clear list</source>
        <translation>Lijst &amp;wissen</translation>
    </message>
</context>
<context>
    <name>RouteCard</name>
    <message>
        <source>Add a line</source>
        <translation>Regel toevoegen</translation>
    </message>
    <message>
        <source>Total: %1</source>
        <translation>Totaal: %1</translation>
    </message>
</context>
<context>
    <name>SafetySection</name>
    <message>
        <source>Safety net &amp; evaluation</source>
        <translation>Vangnet &amp; evaluatie</translation>
    </message>
    <message>
        <source>A plan can go differently than hoped. Agree now what happens then, and when you look at the plan together again.</source>
        <translation>Een plan kan anders lopen dan gehoopt. Spreek nu af wat er dan gebeurt, en wanneer jullie samen opnieuw naar het plan kijken.</translation>
    </message>
    <message>
        <source>Evaluation</source>
        <translation>Evaluatie</translation>
    </message>
    <message>
        <source>We look at the plan again on</source>
        <translation>We kijken opnieuw naar het plan op</translation>
    </message>
    <message>
        <source>Evaluation date</source>
        <translation>Datum van de evaluatie</translation>
    </message>
    <message>
        <source>Evaluate every (months)</source>
        <translation>Evalueren elke (maanden)</translation>
    </message>
    <message numerus="yes">
        <source>Evaluation date: %n month(s) from today</source>
        <translation>
            <numerusform>Evaluatie over %n maand</numerusform>
            <numerusform>Evaluatie over %n maanden</numerusform>
        </translation>
    </message>
    <message>
        <source>Evaluation rhythm in months</source>
        <translation>Ritme van de evaluatie in maanden</translation>
    </message>
    <message>
        <source>About six weeks after a casus-overleg is a good moment too. At the evaluation, ask every owner of an afspraak: is this still mine to do?</source>
        <translation>Ongeveer zes weken na een casus-overleg is ook een goed moment. Vraag bij de evaluatie aan elke eigenaar van een afspraak: is dit nog steeds mijn taak?</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Instellingen</translation>
    </message>
    <message>
        <source>Locking</source>
        <translation>Vergrendelen</translation>
    </message>
    <message>
        <source> minutes</source>
        <translation> minuten</translation>
    </message>
    <message>
        <source>Lock &amp;automatically after</source>
        <translation>&amp;Automatisch vergrendelen na</translation>
    </message>
    <message>
        <source>My details (in this vault)</source>
        <translation>Mijn gegevens (in deze kluis)</translation>
    </message>
    <message>
        <source>Backup</source>
        <translation>Back-up</translation>
    </message>
    <message>
        <source>&amp;Remind me to make a backup</source>
        <translation>&amp;Herinner me aan een back-up</translation>
    </message>
    <message>
        <source> days</source>
        <translation> dagen</translation>
    </message>
    <message>
        <source>when the last one is older than</source>
        <translation>als de laatste ouder is dan</translation>
    </message>
    <message>
        <source>Folders</source>
        <translation>Mappen</translation>
    </message>
    <message>
        <source>&amp;Exports and prints</source>
        <translation>E&amp;xports en afdrukken</translation>
    </message>
    <message>
        <source>&amp;Backups</source>
        <translation>&amp;Back-ups</translation>
    </message>
    <message>
        <source>Where saving a print, bundle, export or backup starts; empty is the usual place. Keep backups apart from this laptop, on a USB stick for example.</source>
        <translation>Waar het opslaan van een afdruk, bundel, export of back-up begint; leeg is de gewone plek. Bewaar back-ups los van deze laptop, bijvoorbeeld op een USB-stick.</translation>
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
        <source>Your name, organisation and role are kept inside the vault: unlock it to change them.</source>
        <translation>Je naam, organisatie en rol staan in de kluis: ontgrendel hem om ze te wijzigen.</translation>
    </message>
    <message>
        <source>They go on every plan you write and in the log of who did what. A change is noted in the log.</source>
        <translation>Ze komen op elk plan dat je schrijft en in het logboek van wie wat deed. Een wijziging komt in het logboek.</translation>
    </message>
    <message>
        <source>the usual place</source>
        <translation>de gewone plek</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Kiezen…</translation>
    </message>
    <message>
        <source>Choose a folder</source>
        <translation>Kies een map</translation>
    </message>
    <message>
        <source>That folder does not exist: </source>
        <translation>Die map bestaat niet: </translation>
    </message>
</context>
<context>
    <name>SignDialog</name>
    <message>
        <source>Sign the toekomstplan</source>
        <translation>Toekomstplan tekenen</translation>
    </message>
    <message>
        <source>Read the plan together first. If the plan changes after signing, the signature is marked as outdated; it is never deleted.</source>
        <translation>Lees het plan eerst samen. Verandert het plan na het tekenen? Dan staat de handtekening als verouderd. Hij wordt nooit gewist.</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>S&amp;luiten</translation>
    </message>
    <message>
        <source>&amp;Sign</source>
        <translation>&amp;Tekenen</translation>
    </message>
    <message>
        <source>Signing waits: in this plan, different things were filled in on some points. Close this window and choose for each point what it will be first.</source>
        <translation>Tekenen wacht: in dit plan is op een paar punten iets anders ingevuld. Sluit dit venster en kies eerst per punt wat het wordt.</translation>
    </message>
    <message>
        <source>tafel locked itself while this signature was being placed. Check the details, then sign again in the box.</source>
        <translation>tafel ging op slot terwijl er getekend werd. Kijk de gegevens na en teken dan opnieuw in het vak.</translation>
    </message>
    <message>
        <source>Who signs?</source>
        <translation>Wie tekent?</translation>
    </message>
    <message>
        <source>Full name of the person who signs</source>
        <translation>Volledige naam van wie tekent</translation>
    </message>
    <message>
        <source>For example: young person, mother, coach</source>
        <translation>Bijvoorbeeld: jongere, moeder, coach</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Naam</translation>
    </message>
    <message>
        <source>&amp;Role</source>
        <translation>&amp;Rol</translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation>&amp;Datum</translation>
    </message>
    <message>
        <source>&amp;Place</source>
        <translation>&amp;Plaats</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>Handtekening</translation>
    </message>
    <message>
        <source>Sign inside the box with the mouse, a pen or a finger.</source>
        <translation>Teken in het vak met de muis, een pen of je vinger.</translation>
    </message>
    <message>
        <source>C&amp;lear</source>
        <translation>&amp;Wissen</translation>
    </message>
    <message>
        <source>Or &amp;type your name</source>
        <translation>Of t&amp;yp je naam</translation>
    </message>
    <message>
        <source>Sign by typing your name</source>
        <translation>Tekenen door je naam te typen</translation>
    </message>
    <message>
        <source>The same name as above</source>
        <translation>Dezelfde naam als hierboven</translation>
    </message>
    <message>
        <source>I &amp;confirm this typed name is my signature</source>
        <translation>Ik &amp;bevestig: dit is mijn handtekening</translation>
    </message>
    <message>
        <source>You are signing version %1 of the toekomstplan of %2 (code %3…).</source>
        <translation>Je tekent versie %1 van het toekomstplan van %2 (code %3…).</translation>
    </message>
    <message>
        <source>Still to sign</source>
        <translation>Moet nog tekenen</translation>
    </message>
    <message>
        <source>Signed this text</source>
        <translation>Heeft deze tekst getekend</translation>
    </message>
    <message>
        <source>Others in this case</source>
        <translation>Anderen in deze casus</translation>
    </message>
    <message>
        <source>Someone else…</source>
        <translation>Iemand anders…</translation>
    </message>
    <message>
        <source>%1
%2 · signed %3</source>
        <translation>%1
%2 · getekend %3</translation>
    </message>
    <message>
        <source>Signed by typing: the paper says it was typed and confirmed.</source>
        <translation>Getypt: op papier staat “getypt en bevestigd”.</translation>
    </message>
    <message>
        <source>Type the same name as above in the field under the box.</source>
        <translation>Typ in het veld onder het vak dezelfde naam als hierboven.</translation>
    </message>
    <message>
        <source>Signed by %1. Next: %2.</source>
        <translation>Getekend door %1. Hierna: %2.</translation>
    </message>
</context>
<context>
    <name>SignaturePad</name>
    <message>
        <source>Sign here</source>
        <translation>Teken hier</translation>
    </message>
    <message>
        <source>Signature pad</source>
        <translation>Tekenvak</translation>
    </message>
    <message>
        <source>Sign with the mouse, a pen or your finger</source>
        <translation>Teken met de muis, een pen of je vinger</translation>
    </message>
</context>
<context>
    <name>SignaturesSection</name>
    <message>
        <source>Signatures</source>
        <translation>Handtekeningen</translation>
    </message>
    <message>
        <source>&amp;Sign…</source>
        <translation>&amp;Tekenen…</translation>
    </message>
    <message>
        <source>Code of this text (also printed on paper): %1</source>
        <translation>Code van deze tekst (staat ook op papier): %1</translation>
    </message>
    <message>
        <source>%1 signs, the parents or guardians with parental authority too (%1 is under 18), and every professional who owns an afspraak.</source>
        <translation>%1 tekent. Omdat %1 jonger is dan 18, tekenen ook de ouders of voogden met gezag. En elke professional die eigenaar is van een afspraak.</translation>
    </message>
    <message>
        <source>%1 signs, and every professional who owns an afspraak.</source>
        <translation>%1 tekent, en elke professional die eigenaar is van een afspraak.</translation>
    </message>
    <message>
        <source>Everyone who signs reads this exact text first.</source>
        <translation>Iedereen die tekent, leest eerst precies deze tekst.</translation>
    </message>
    <message>
        <source>Others in the case can sign too.</source>
        <translation>Anderen in de casus kunnen ook tekenen.</translation>
    </message>
    <message>
        <source>When the text changes, earlier signatures stay visible but are outdated.</source>
        <translation>Verandert de tekst? Dan blijven eerdere handtekeningen zichtbaar, maar ze zijn verouderd.</translation>
    </message>
    <message>
        <source>No one in the case file holds parental authority (gezag) over %1 yet, so no parent signs. Record who holds it in the household (open the person and tick gezag); they are then asked to sign too.</source>
        <translation>Nog niemand in het dossier heeft het gezag over %1, dus er tekent nog geen ouder. Leg in het huishouden vast wie het gezag heeft (open de persoon en vink ‘Heeft het gezag’ aan); die wordt dan ook gevraagd te tekenen.</translation>
    </message>
    <message>
        <source>Typed and confirmed on %1</source>
        <translation>Getypt en bevestigd op %1</translation>
    </message>
    <message>
        <source>Signed on %1</source>
        <translation>Getekend op %1</translation>
    </message>
    <message>
        <source>in %1</source>
        <translation>in %1</translation>
    </message>
    <message>
        <source>Signed an earlier text on %1: ask to sign again</source>
        <translation>Heeft op %1 een eerdere tekst getekend: vraag om opnieuw te tekenen</translation>
    </message>
    <message>
        <source>Still to sign</source>
        <translation>Moet nog tekenen</translation>
    </message>
    <message>
        <source>%1 (also signed)</source>
        <translation>%1 (heeft ook getekend)</translation>
    </message>
</context>
<context>
    <name>SnelleCheckDialog</name>
    <message>
        <source>Quick scan with %1</source>
        <translation>Snelle check met %1</translation>
    </message>
    <message>
        <source>How is it going now? One score per pillar, from 1 (it really isn&apos;t working) to 5 (I have arranged this well myself).</source>
        <translation>Hoe gaat het nu? Eén score per pijler, van 1 (het gaat echt niet) tot 5 (dit heb ik zelf goed geregeld).</translation>
    </message>
    <message>
        <source>Professional</source>
        <translation>Professional</translation>
    </message>
    <message>
        <source>Note and follow-up appointment (optional)</source>
        <translation>Notitie en vervolgafspraak (mag leeg blijven)</translation>
    </message>
    <message>
        <source>Save quick scan</source>
        <translation>Snelle check bewaren</translation>
    </message>
    <message>
        <source>Later (the conversation is kept)</source>
        <translation>Later (het gesprek blijft bewaard)</translation>
    </message>
</context>
<context>
    <name>SpiegelWindow</name>
    <message>
        <source>tafel: casus-overleg</source>
        <translation>tafel: casus-overleg</translation>
    </message>
    <message>
        <source>‹ Previous step</source>
        <translation>‹ Vorige stap</translation>
    </message>
    <message>
        <source>Next step ›</source>
        <translation>Volgende stap ›</translation>
    </message>
    <message>
        <source>Curtain (B)</source>
        <translation>Gordijn (B)</translation>
    </message>
    <message>
        <source>Finish the meeting</source>
        <translation>Overleg afronden</translation>
    </message>
    <message>
        <source>Present (0)</source>
        <translation>Aanwezigen (0)</translation>
    </message>
    <message>
        <source>Present (%1): %2</source>
        <translation>Aanwezigen (%1): %2</translation>
    </message>
    <message>
        <source>household</source>
        <translation>huishouden</translation>
    </message>
    <message>
        <source>network</source>
        <translation>netwerk</translation>
    </message>
    <message>
        <source>professional</source>
        <translation>professional</translation>
    </message>
    <message>
        <source>guest</source>
        <translation>gast</translation>
    </message>
    <message>
        <source>%1 of %2 min</source>
        <translation>%1 van %2 min</translation>
    </message>
</context>
<context>
    <name>StapEditor</name>
    <message>
        <source>Who is talking?</source>
        <translation>Wie vertelt?</translation>
    </message>
    <message>
        <source>I write (professional)</source>
        <translation>Ik schrijf (professional)</translation>
    </message>
    <message>
        <source>What is typed now are %1&apos;s own words</source>
        <translation>Wat je nu typt, zijn de woorden van %1 zelf</translation>
    </message>
    <message>
        <source>No afspraken in the plan yet. Note the first one below.</source>
        <translation>Nog geen afspraken in het plan. Noteer de eerste hieronder.</translation>
    </message>
    <message>
        <source>nobody yet</source>
        <translation>nog niemand</translation>
    </message>
    <message>
        <source>no date</source>
        <translation>geen datum</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2 · by %3</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2 · klaar op %3</translation>
    </message>
</context>
<context>
    <name>StartOverlegDialog</name>
    <message>
        <source>Go on with the casus-overleg</source>
        <translation>Verder met het casus-overleg</translation>
    </message>
    <message>
        <source>Start a casus-overleg</source>
        <translation>Casus-overleg starten</translation>
    </message>
    <message>
        <source>Casus-overleg with %1</source>
        <translation>Casus-overleg met %1</translation>
    </message>
    <message>
        <source>Tick who is in the room. The wall shows only what the household agreed to share with everyone present; BSN, address, contact details and notes never appear.</source>
        <translation>Vink aan wie er in de kamer is. De muur laat alleen zien wat het huishouden wil delen met iedereen die er is; BSN, adres, contactgegevens en notities komen er nooit op.</translation>
    </message>
    <message>
        <source>Private part: only the household and its own circle</source>
        <translation>Besloten deel: alleen het huishouden en hun eigen kring</translation>
    </message>
    <message>
        <source>Professionals and guests are not counted as present while this is on.</source>
        <translation>Professionals en gasten tellen dan niet mee.</translation>
    </message>
    <message>
        <source>The wall:</source>
        <translation>De muur:</translation>
    </message>
    <message>
        <source>Where the wall is shown</source>
        <translation>Waar de muur komt</translation>
    </message>
    <message>
        <source>Full screen on screen %1 (%2, %3×%4)</source>
        <translation>Volledig scherm op scherm %1 (%2, %3×%4)</translation>
    </message>
    <message>
        <source>Only this screen (mirrored)</source>
        <translation>Alleen dit scherm (gespiegeld)</translation>
    </message>
    <message>
        <source>Go on</source>
        <translation>Verder</translation>
    </message>
    <message>
        <source>Start the meeting</source>
        <translation>Overleg starten</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <source>The room sees this laptop&apos;s screen: it shows only the wall, with a slim strip to move through the agenda. The control view with the case file stays hidden.</source>
        <translation>De kamer ziet het scherm van deze laptop: die laat alleen de muur zien, met een smalle balk om door de agenda te gaan. Het bedieningsscherm met het dossier blijft verborgen.</translation>
    </message>
    <message>
        <source>The wall goes full screen on the other screen; this laptop keeps the control view, which the room does not see.</source>
        <translation>De muur komt volledig in beeld op het andere scherm; deze laptop houdt het bedieningsscherm, dat de kamer niet ziet.</translation>
    </message>
</context>
<context>
    <name>StartStep</name>
    <message>
        <source>Start of the conversation</source>
        <translation>Begin van het gesprek</translation>
    </message>
    <message>
        <source>The conversation comes first. tafel follows it: fill in what comes up, in any order, and go back whenever you like.</source>
        <translation>Het gesprek gaat voor. tafel volgt het: vul in wat ter sprake komt, in elke volgorde, en ga terug wanneer je wilt.</translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation>&amp;Datum</translation>
    </message>
    <message>
        <source>&amp;Place</source>
        <translation>&amp;Plaats</translation>
    </message>
    <message>
        <source>Who is at the table?</source>
        <translation>Wie zit er aan tafel?</translation>
    </message>
    <message>
        <source>Who is at the table</source>
        <translation>Wie zit er aan tafel</translation>
    </message>
    <message>
        <source>Others present, separated by commas</source>
        <translation>Anderen die erbij zijn, gescheiden door komma’s</translation>
    </message>
    <message>
        <source>Care and help that is already there</source>
        <translation>Zorg en hulp die er al is</translation>
    </message>
    <message>
        <source>until %1</source>
        <translation>tot %1</translation>
    </message>
    <message>
        <source>No existing care recorded yet.</source>
        <translation>Nog geen bestaande zorg vastgelegd.</translation>
    </message>
    <message>
        <source>Ask about other care, help or professionals: who, since when, until when</source>
        <translation>Vraag naar andere zorg, hulp of professionals: wie, sinds wanneer, tot wanneer</translation>
    </message>
</context>
<context>
    <name>TekstcorrectieDialog</name>
    <message>
        <source>Correct or remove a text, at the request of %1</source>
        <extracomment>How long typing must pause before the preview looks the text up.</extracomment>
        <translation>Tekst verbeteren of verwijderen, op verzoek van %1</translation>
    </message>
    <message>
        <source>%1 has the right to have a wrong text corrected, or a text removed (AVG art. 16 and 17). tafel then changes it in the plan and in every earlier version, signed text and kept print. Paper that was already printed and handed out stays as it is.</source>
        <translation>%1 heeft het recht om een tekst die niet klopt te laten verbeteren, of een tekst te laten verwijderen (AVG art. 16 en 17). tafel verandert hem dan in het plan én in elke eerdere versie, getekende tekst en bewaarde afdruk. Papier dat al is afgedrukt en meegegeven, blijft zoals het is.</translation>
    </message>
    <message>
        <source>Which text?</source>
        <translation>Welke tekst?</translation>
    </message>
    <message>
        <source>The exact words, as they are in the plan</source>
        <translation>Precies de woorden zoals ze in het plan staan</translation>
    </message>
    <message>
        <source>&amp;Which text?</source>
        <translation>&amp;Welke tekst?</translation>
    </message>
    <message>
        <source>What comes in its place?</source>
        <translation>Wat komt ervoor in de plaats?</translation>
    </message>
    <message>
        <source>What comes in its &amp;place? (leave empty to remove)</source>
        <translation>Wat komt ervoor in de &amp;plaats? (leeg laten om te verwijderen)</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>&amp;Zoeken</translation>
    </message>
    <message>
        <source>Look where the text is; nothing changes yet</source>
        <translation>Kijk waar de tekst staat; er verandert nog niets</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Sluiten</translation>
    </message>
    <message>
        <source>This text is nowhere in the plan. Check capitals and punctuation.</source>
        <translation>Deze tekst staat nergens in het plan. Let op hoofdletters en leestekens.</translation>
    </message>
    <message>
        <source>version %1 (%2)</source>
        <translation>versie %1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>%n signed or printed text(s)</source>
        <translation>
            <numerusform>%n vastgelegde tekst</numerusform>
            <numerusform>%n vastgelegde teksten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n kept print(s)</source>
        <translation>
            <numerusform>%n afdruk</numerusform>
            <numerusform>%n afdrukken</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n half-filled form(s)</source>
        <translation>
            <numerusform>%n half ingevuld formulier</numerusform>
            <numerusform>%n half ingevulde formulieren</numerusform>
        </translation>
    </message>
    <message>
        <source>Found in %1, in %2.</source>
        <translation>Gevonden in %1, in %2.</translation>
    </message>
    <message>
        <source>Found in %1.</source>
        <translation>Gevonden in %1.</translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <translation>%1 en %2</translation>
    </message>
    <message numerus="yes">
        <source>%n bundle(s) of another party still wait(s) here; tafel cannot change it, and when it is read in later the correction stays.</source>
        <translation>
            <numerusform>%n bundel van een andere partij wacht hier nog; tafel kan die niet veranderen, en als hij later wordt ingelezen, blijft de correctie staan.</numerusform>
            <numerusform>%n bundels van een andere partij wachten hier nog; tafel kan die niet veranderen, en als ze later worden ingelezen, blijft de correctie staan.</numerusform>
        </translation>
    </message>
    <message>
        <source>Correct</source>
        <translation>Verbeteren</translation>
    </message>
    <message>
        <source>Remove this text from the plan, from every earlier version and from the kept prints? This cannot be undone.</source>
        <translation>Deze tekst verwijderen uit het plan, uit elke eerdere versie en uit de bewaarde afdrukken? Dit kun je niet ongedaan maken.</translation>
    </message>
    <message>
        <source>Correct this text in the plan, in every earlier version and in the kept prints? This cannot be undone.</source>
        <translation>Deze tekst verbeteren in het plan, in elke eerdere versie en in de bewaarde afdrukken? Dit kun je niet ongedaan maken.</translation>
    </message>
    <message numerus="yes">
        <source>Removed in %n place(s).</source>
        <translation>
            <numerusform>Verwijderd op %n plaats.</numerusform>
            <numerusform>Verwijderd op %n plaatsen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Corrected in %n place(s).</source>
        <translation>
            <numerusform>Verbeterd op %n plaats.</numerusform>
            <numerusform>Verbeterd op %n plaatsen.</numerusform>
        </translation>
    </message>
    <message>
        <source>The plan now says that a text was changed at the request of %1. Signatures placed before still count.</source>
        <translation>In het plan staat nu dat er een tekst is veranderd op verzoek van %1. Handtekeningen die eerder zijn gezet, tellen nog.</translation>
    </message>
    <message numerus="yes">
        <source>%n old copy/copies of the vault, made before an update, removed too.</source>
        <translation>
            <numerusform>Ook %n oude kopie van de kluis, gemaakt vóór een update, is verwijderd.</numerusform>
            <numerusform>Ook %n oude kopieën van de kluis, gemaakt vóór een update, zijn verwijderd.</numerusform>
        </translation>
    </message>
    <message>
        <source>Backups you made earlier still hold the old text. Replace them with a new backup.</source>
        <translation>Back-ups die je eerder hebt gemaakt, bevatten de oude tekst nog. Vervang ze door een nieuwe back-up.</translation>
    </message>
</context>
<context>
    <name>TerugzetDialog</name>
    <message>
        <source>Restore a backup</source>
        <translation>Back-up terugzetten</translation>
    </message>
    <message>
        <source>A backup always becomes a new vault: nothing is written over an existing file. tafel checks that every record and the whole log arrived. The new vault gets its own id, like a new laptop: share your new party card with the parties you exchange bundles with.</source>
        <translation>Een back-up wordt altijd een nieuwe kluis: er wordt niets over een bestaand bestand heen geschreven. tafel controleert of alle gegevens en het hele logboek zijn aangekomen. De nieuwe kluis krijgt een eigen id, net als een nieuwe laptop: deel je nieuwe partijkaart met de partijen met wie je bundels uitwisselt.</translation>
    </message>
    <message>
        <source>The backup file (%1)</source>
        <translation>Het back-upbestand (%1)</translation>
    </message>
    <message>
        <source>Backup</source>
        <translation>Back-up</translation>
    </message>
    <message>
        <source>A new vault file (.tafel)</source>
        <translation>Een nieuw kluisbestand (.tafel)</translation>
    </message>
    <message>
        <source>New vault</source>
        <translation>Nieuwe kluis</translation>
    </message>
    <message>
        <source>The passphrase the vault had when the backup was made</source>
        <translation>De wachtwoordzin die de kluis had toen de back-up werd gemaakt</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Wachtwoordzin</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Terugzetten</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Kiezen…</translation>
    </message>
    <message>
        <source>Choose a backup</source>
        <translation>Kies een back-up</translation>
    </message>
    <message>
        <source>tafel vault (*.tafel)</source>
        <translation>tafel-kluis (*.tafel)</translation>
    </message>
    <message>
        <source>Choose the backup file and a name for the new vault.</source>
        <translation>Kies het back-upbestand en een naam voor de nieuwe kluis.</translation>
    </message>
    <message>
        <source>The backup is restored in %1: %2 cases and %3 log lines. Everything arrived and the log is intact. Open the restored vault now?</source>
        <translation>De back-up is teruggezet in %1: %2 casussen en %3 logregels. Alles is aangekomen en het logboek klopt. De teruggezette kluis nu openen?</translation>
    </message>
    <message>
        <source>Backup restored</source>
        <translation>Back-up teruggezet</translation>
    </message>
</context>
<context>
    <name>TextPart</name>
    <message>
        <source>a professional</source>
        <translation>een professional</translation>
    </message>
    <message>
        <source>Written by %1 (professional)</source>
        <translation>Geschreven door %1 (professional)</translation>
    </message>
</context>
<context>
    <name>ToestemmingDialog</name>
    <message>
        <source>Record consent</source>
        <translation>Toestemming vastleggen</translation>
    </message>
    <message>
        <source>&amp;To whom</source>
        <translation>&amp;Aan wie</translation>
    </message>
    <message>
        <source>Why is this shared?</source>
        <translation>Waarom wordt dit gedeeld?</translation>
    </message>
    <message>
        <source>&amp;Purpose</source>
        <translation>&amp;Doel</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Gegevens</translation>
    </message>
    <message>
        <source>&amp;Basis</source>
        <translation>&amp;Grondslag</translation>
    </message>
    <message>
        <source>&amp;Given by</source>
        <translation>Gegeven &amp;door</translation>
    </message>
    <message>
        <source>Given &amp;on</source>
        <translation>Gegeven &amp;op</translation>
    </message>
    <message>
        <source>Ends on</source>
        <translation>Stopt op</translation>
    </message>
    <message>
        <source>&amp;Expiry</source>
        <translation>&amp;Verloopt</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Bewaren</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <source>%1 decides about their own data.</source>
        <translation>%1 beslist zelf over de eigen gegevens.</translation>
    </message>
    <message>
        <source>%1 is %2: from 16 the young person gives consent personally.</source>
        <translation>%1 is %2: vanaf 16 geeft de jongere zelf toestemming.</translation>
    </message>
    <message>
        <source>%1 is %2: under 16 a parent or guardian with parental authority gives consent (%3).</source>
        <translation>%1 is %2: onder de 16 geeft een ouder of voogd met gezag toestemming (%3).</translation>
    </message>
    <message>
        <source>nobody recorded yet</source>
        <translation>nog niemand vastgelegd</translation>
    </message>
</context>
<context>
    <name>ToestemmingSection</name>
    <message>
        <source>Consent (toestemming)</source>
        <translation>Toestemming</translation>
    </message>
    <message>
        <source>Consent to withdraw</source>
        <translation>Toestemming om in te trekken</translation>
    </message>
    <message>
        <source>Record &amp;consent…</source>
        <translation>Toe&amp;stemming vastleggen…</translation>
    </message>
    <message>
        <source>Wit&amp;hdraw</source>
        <translation>I&amp;ntrekken</translation>
    </message>
    <message>
        <source>Who &amp;may see what (PDF)…</source>
        <translation>Wie &amp;mag wat zien (pdf)…</translation>
    </message>
    <message>
        <source>Who sa&amp;w what…</source>
        <translation>Wie &amp;zag wat…</translation>
    </message>
    <message>
        <source>The log of this case: who saw, shared or changed what, and why it was allowed</source>
        <translation>Het logboek van deze casus: wie heeft wat gezien, gedeeld of gewijzigd, en waarom dat mocht</translation>
    </message>
    <message>
        <source>given by %1 on %2</source>
        <translation>gegeven door %1 op %2</translation>
    </message>
    <message>
        <source>recorded on %1</source>
        <translation>vastgelegd op %1</translation>
    </message>
    <message>
        <source>Data: %1</source>
        <translation>Gegevens: %1</translation>
    </message>
    <message>
        <source>Nothing may be shared yet.</source>
        <translation>Er mag nog niets gedeeld worden.</translation>
    </message>
    <message>
        <source>withdrawn %1</source>
        <translation>ingetrokken %1</translation>
    </message>
    <message>
        <source>expired %1</source>
        <translation>verlopen %1</translation>
    </message>
    <message>
        <source>from %1</source>
        <translation>vanaf %1</translation>
    </message>
    <message>
        <source>no consent needed</source>
        <translation>geen toestemming nodig</translation>
    </message>
    <message>
        <source>until %1, ask again soon</source>
        <translation>tot %1, vraag binnenkort opnieuw</translation>
    </message>
    <message>
        <source>until %1</source>
        <translation>tot %1</translation>
    </message>
    <message>
        <source>yes, no end date</source>
        <translation>ja, zonder einddatum</translation>
    </message>
    <message>
        <source>Save the overview</source>
        <translation>Het overzicht bewaren</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>Pdf (*.pdf)</translation>
    </message>
    <message>
        <source>The PDF could not be saved there. Choose another place.</source>
        <translation>De pdf kon daar niet bewaard worden. Kies een andere plek.</translation>
    </message>
</context>
<context>
    <name>UnlockPage</name>
    <message>
        <source>The vault is locked</source>
        <translation>De kluis is vergrendeld</translation>
    </message>
    <message>
        <source>&amp;Passphrase</source>
        <translation>&amp;Wachtwoordzin</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>&amp;Ontgrendelen</translation>
    </message>
    <message>
        <source>Choose &amp;another vault</source>
        <translation>&amp;Andere kluis kiezen</translation>
    </message>
    <message>
        <source>Opening the vault…</source>
        <translation>De kluis wordt geopend…</translation>
    </message>
    <message>
        <source>Vault: %1</source>
        <translation>Kluis: %1</translation>
    </message>
    <message>
        <source>This is the demo vault. Its passphrase is: %1</source>
        <translation>Dit is de demokluis. De wachtwoordzin is: %1</translation>
    </message>
    <message>
        <source>tafel locks itself after a few minutes without use.</source>
        <translation>tafel vergrendelt zichzelf na een paar minuten zonder gebruik.</translation>
    </message>
    <message>
        <source>tafel is locked. What you had not saved yet comes back when you unlock.</source>
        <translation>tafel is vergrendeld. Wat je nog niet had opgeslagen, komt terug als je ontgrendelt.</translation>
    </message>
    <message>
        <source>Type the passphrase first.</source>
        <translation>Typ eerst de wachtwoordzin.</translation>
    </message>
</context>
<context>
    <name>UnsavedBanner</name>
    <message>
        <source>Do not lock or close tafel until this message is gone: what is not saved yet would be lost.</source>
        <translation>Vergrendel of sluit tafel pas als deze melding weg is: wat nog niet is opgeslagen, ben je anders kwijt.</translation>
    </message>
    <message>
        <source>Not saved yet</source>
        <translation>Nog niet opgeslagen</translation>
    </message>
</context>
<context>
    <name>VernietigDialog</name>
    <message>
        <source>Destroy the case</source>
        <translation>Casus vernietigen</translation>
    </message>
    <message>
        <source>Everything about this case is removed from the vault for good: the people, the conversations, every version of the toekomstplan and its history, consents, prints and meetings. Only a record stays: the reference, the date, who decided and why. This cannot be undone.</source>
        <translation>Alles over deze casus gaat voorgoed uit de kluis: de mensen, de gesprekken, elke versie van het toekomstplan met zijn geschiedenis, toestemmingen, afdrukken en overleggen. Alleen een verslag blijft: het kenmerk, de datum, wie besliste en waarom. Dit kan niet ongedaan worden.</translation>
    </message>
    <message>
        <source>Retention term has passed</source>
        <translation>De bewaartermijn is voorbij</translation>
    </message>
    <message>
        <source>Written request of the young person (AVG art. 17)</source>
        <translation>Schriftelijk verzoek van de jongere (AVG art. 17)</translation>
    </message>
    <message>
        <source>Written request of a parent or guardian (AVG art. 17)</source>
        <translation>Schriftelijk verzoek van een ouder of voogd (AVG art. 17)</translation>
    </message>
    <message>
        <source>&amp;Why</source>
        <translation>&amp;Waarom</translation>
    </message>
    <message>
        <source>The reason stays after the case is gone: write no names or numbers from the case in it.</source>
        <translation>De reden blijft bewaard als de casus weg is: schrijf er geen namen of nummers uit de casus in.</translation>
    </message>
    <message>
        <source>Type the reference to confirm</source>
        <translation>Typ het kenmerk om te bevestigen</translation>
    </message>
    <message>
        <source>Type &amp;%1 to confirm</source>
        <translation>Typ &amp;%1 om te bevestigen</translation>
    </message>
    <message>
        <source>Backups you made earlier still hold this case. Replace them with a new backup after destroying it.</source>
        <translation>Back-ups die je eerder maakte, bevatten deze casus nog. Vervang ze na het vernietigen door een nieuwe back-up.</translation>
    </message>
    <message>
        <source>Destroy for good</source>
        <translation>Voorgoed vernietigen</translation>
    </message>
</context>
<context>
    <name>VerslagDialog</name>
    <message>
        <source>Report of the conversation of %1, for the household</source>
        <translation>Verslag van het gesprek van %1, voor het huishouden</translation>
    </message>
    <message>
        <source>Gespreksverslag</source>
        <translation>Gespreksverslag</translation>
    </message>
    <message>
        <source>In plain words, for the young person and the family to keep: their own words, both scores, what was agreed and whom to call. Your own notes are not in it.</source>
        <translation>In gewone woorden, voor de jongere en het gezin om te bewaren: hun eigen woorden, beide cijfers, wat is afgesproken en wie ze kunnen bellen. Jouw eigen notities staan er niet in.</translation>
    </message>
    <message>
        <source>Save the gespreksverslag as PDF</source>
        <translation>Het gespreksverslag als pdf bewaren</translation>
    </message>
</context>
<context>
    <name>VerslagWeergave</name>
    <message>
        <source>Present</source>
        <translation>Aanwezig</translation>
    </message>
    <message>
        <source>Not present</source>
        <translation>Afwezig</translation>
    </message>
    <message>
        <source>Conclusions</source>
        <translation>Conclusies</translation>
    </message>
    <message>
        <source>Agreements</source>
        <translation>Afspraken</translation>
    </message>
    <message>
        <source>Next evaluation</source>
        <translation>Volgende evaluatie</translation>
    </message>
    <message>
        <source>No one ticked as present.</source>
        <translation>Niemand aangevinkt als aanwezig.</translation>
    </message>
    <message>
        <source>No conclusions written down.</source>
        <translation>Geen conclusies opgeschreven.</translation>
    </message>
    <message>
        <source>None on the record: not everyone present may see data from the case file.</source>
        <translation>Geen op het verslag: niet iedereen die erbij was mag gegevens uit het dossier zien.</translation>
    </message>
    <message>
        <source>Not set yet</source>
        <translation>Nog niet gekozen</translation>
    </message>
    <message>
        <source>has passed</source>
        <translation>is voorbij</translation>
    </message>
    <message>
        <source>Everyone was there.</source>
        <translation>Iedereen was erbij.</translation>
    </message>
    <message numerus="yes">
        <source>%n person(s) of the household and network (not named: not everyone present may see personal details)</source>
        <translation>
            <numerusform>%n persoon uit het huishouden en netwerk (zonder naam: niet iedereen die erbij was mag persoonsgegevens zien)</numerusform>
            <numerusform>%n personen uit het huishouden en netwerk (zonder naam: niet iedereen die erbij was mag persoonsgegevens zien)</numerusform>
        </translation>
    </message>
    <message>
        <source>by %1</source>
        <translation>uiterlijk %1</translation>
    </message>
    <message>
        <source>no date</source>
        <translation>geen datum</translation>
    </message>
    <message>
        <source>No new agreements.</source>
        <translation>Geen nieuwe afspraken.</translation>
    </message>
    <message numerus="yes">
        <source>%n agreement(s) not on the record: not everyone present may see that part.</source>
        <translation>
            <numerusform>%n afspraak staat niet in het verslag: niet iedereen die erbij was mag dat deel zien.</numerusform>
            <numerusform>%n afspraken staan niet in het verslag: niet iedereen die erbij was mag dat deel zien.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>VervolgDialog</name>
    <message>
        <source>Follow-up of the referral to %1</source>
        <translation>Vervolg van de verwijzing naar %1</translation>
    </message>
    <message>
        <source>What came of it? Write it in plain words, as you would tell the household.</source>
        <translation>Wat kwam eruit? Schrijf het in gewone woorden, zoals je het aan het huishouden vertelt.</translation>
    </message>
    <message>
        <source>&amp;What came of it</source>
        <translation>&amp;Wat kwam eruit</translation>
    </message>
    <message>
        <source>&amp;On</source>
        <translation>&amp;Op</translation>
    </message>
</context>
<context>
    <name>VerwijzingDialog</name>
    <message>
        <source>Refer to someone</source>
        <translation>Doorverwijzen</translation>
    </message>
    <message>
        <source>Edit the referral to %1</source>
        <translation>Verwijzing naar %1 wijzigen</translation>
    </message>
    <message>
        <source>A warm handover: to whom %1 goes, what for, and whether contact was really made. Ask after four weeks how it went.</source>
        <translation>Een warme overdracht: naar wie %1 gaat, waarvoor, en of er echt contact is geweest. Vraag na vier weken hoe het ging.</translation>
    </message>
    <message>
        <source>an organisation or a person, or pick from the network</source>
        <translation>een organisatie of persoon, of kies uit het netwerk</translation>
    </message>
    <message>
        <source>e.g. sorting out debts</source>
        <translation>bijv. schulden op een rij zetten</translation>
    </message>
    <message>
        <source>&amp;To whom</source>
        <translation>&amp;Naar wie</translation>
    </message>
    <message>
        <source>&amp;What for</source>
        <translation>&amp;Waarvoor</translation>
    </message>
    <message>
        <source>&amp;Referred on</source>
        <translation>&amp;Verwezen op</translation>
    </message>
    <message>
        <source>&amp;Contact made on</source>
        <translation>&amp;Contact gehad op</translation>
    </message>
    <message>
        <source>empty: not yet</source>
        <translation>leeg: nog niet</translation>
    </message>
    <message>
        <source>&amp;Follow-up</source>
        <translation>V&amp;ervolg</translation>
    </message>
    <message>
        <source>Follow-up &amp;date</source>
        <translation>&amp;Datum vervolg</translation>
    </message>
</context>
<context>
    <name>VerwijzingenSection</name>
    <message>
        <source>Referrals (verwijzingen)</source>
        <translation>Verwijzingen</translation>
    </message>
    <message>
        <source>&amp;Refer to someone</source>
        <translation>&amp;Doorverwijzen</translation>
    </message>
    <message>
        <source>No referrals recorded.</source>
        <translation>Nog geen verwijzingen vastgelegd.</translation>
    </message>
    <message>
        <source>Referred on %1</source>
        <translation>Verwezen op %1</translation>
    </message>
    <message>
        <source>Contact made on %1</source>
        <translation>Contact gehad op %1</translation>
    </message>
    <message>
        <source>No contact made yet</source>
        <translation>Nog geen contact gehad</translation>
    </message>
    <message>
        <source>Follow-up %1: %2</source>
        <translation>Vervolg %1: %2</translation>
    </message>
    <message>
        <source>No follow-up since %1: ask how it went</source>
        <translation>Geen vervolg sinds %1: vraag hoe het ging</translation>
    </message>
    <message>
        <source>Ask how it went by %1</source>
        <translation>Vraag uiterlijk %1 hoe het ging</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Wijzigen</translation>
    </message>
    <message>
        <source>&amp;Follow-up</source>
        <translation>Ver&amp;volg</translation>
    </message>
    <message>
        <source>Contact made</source>
        <translation>Contact gehad</translation>
    </message>
</context>
<context>
    <name>WachtendeBundelsBand</name>
    <message>
        <source>&amp;Show waiting bundles</source>
        <translation>Wachtende bundels &amp;bekijken</translation>
    </message>
    <message numerus="yes">
        <source>%n bundle(s) waiting for an earlier bundle. They read in by themselves once it is here.</source>
        <translation>
            <numerusform>%n bundel wacht op een eerdere bundel. Hij wordt vanzelf ingelezen zodra die er is.</numerusform>
            <numerusform>%n bundels wachten op een eerdere bundel. Ze worden vanzelf ingelezen zodra die er is.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WachtendeBundelsDialog</name>
    <message>
        <source>Waiting bundles</source>
        <translation>Wachtende bundels</translation>
    </message>
    <message>
        <source>Bundles that wait</source>
        <translation>Bundels die wachten</translation>
    </message>
    <message>
        <source>Each of these builds on a bundle that is not here yet. tafel keeps them and reads them in by themselves once that one arrives. Missing one for a long time? Ask the sender to send it again.</source>
        <translation>Elk van deze bundels bouwt voort op een bundel die hier nog niet is. tafel bewaart ze en leest ze vanzelf in zodra die binnen is. Blijft er een lang weg? Vraag de afzender hem opnieuw te sturen.</translation>
    </message>
    <message>
        <source>&amp;Read a bundle…</source>
        <translation>Bundel &amp;inlezen…</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Sluiten</translation>
    </message>
    <message>
        <source>No bundle is waiting any more.</source>
        <translation>Er wacht geen bundel meer.</translation>
    </message>
    <message>
        <source>%1 · bundle %2 from %3, made on %4</source>
        <translation>%1 · bundel %2 van %3, gemaakt op %4</translation>
    </message>
    <message>
        <source>Waits for %1.</source>
        <translation>Wacht op %1.</translation>
    </message>
</context>
<context>
    <name>WachtwoordzinDialog</name>
    <message>
        <source>Change passphrase</source>
        <translation>Wachtwoordzin wijzigen</translation>
    </message>
    <message>
        <source>From now on the vault opens only with the new passphrase. Write it down somewhere safe: without it nobody can open the vault, not even you.</source>
        <translation>Vanaf nu opent de kluis alleen nog met de nieuwe wachtwoordzin. Schrijf hem op en bewaar hem op een veilige plek: zonder kan niemand de kluis openen, jij ook niet.</translation>
    </message>
    <message>
        <source>Current passphrase</source>
        <translation>Huidige wachtwoordzin</translation>
    </message>
    <message>
        <source>New passphrase</source>
        <translation>Nieuwe wachtwoordzin</translation>
    </message>
    <message>
        <source>Once more</source>
        <translation>Nog een keer</translation>
    </message>
    <message>
        <source>Show new passphrase</source>
        <translation>Nieuwe wachtwoordzin tonen</translation>
    </message>
    <message>
        <source>Strength</source>
        <translation>Sterkte</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <source>The two new passphrases are not the same.</source>
        <translation>De twee nieuwe wachtwoordzinnen zijn niet gelijk.</translation>
    </message>
    <message>
        <source>That is not the current passphrase. Nothing was changed.</source>
        <translation>Dat is niet je huidige wachtwoordzin. Er is niets veranderd.</translation>
    </message>
</context>
<context>
    <name>WandPreview</name>
    <message>
        <source>A small picture of the wall</source>
        <translation>Een klein plaatje van de muur</translation>
    </message>
    <message>
        <source>(no picture)</source>
        <translation>(geen plaatje)</translation>
    </message>
</context>
<context>
    <name>WandWindow</name>
    <message>
        <source>The plan of %1</source>
        <translation>Het plan van %1</translation>
    </message>
    <message>
        <source>Conclusions</source>
        <translation>Conclusies</translation>
    </message>
    <message>
        <source>Nothing written here yet. We can talk about it together now.</source>
        <translation>Hier staat nog niets. Daar kunnen we het nu samen over hebben.</translation>
    </message>
    <message>
        <source>by %1</source>
        <translation>uiterlijk %1</translation>
    </message>
    <message>
        <source>The meeting will start soon</source>
        <translation>Het overleg begint zo</translation>
    </message>
    <message>
        <source>Welcome. Take a seat.</source>
        <translation>Welkom. Schuif gerust aan.</translation>
    </message>
    <message>
        <source>tafel: casus-overleg</source>
        <extracomment>Keys that drop or lift the curtain: B and &quot;.&quot; are what clickers send for &quot;black screen&quot;. How far the case text may shrink to fit a full step (then it is clipped at the bottom).</extracomment>
        <translation>tafel: casus-overleg</translation>
    </message>
    <message>
        <source>STEP %1 OF %2</source>
        <translation>STAP %1 VAN %2</translation>
    </message>
    <message>
        <source>Not everything is shown here: not everyone in the room may see all of it.</source>
        <translation>Niet alles staat op het scherm, want niet iedereen hier mag alles zien.</translation>
    </message>
</context>
<context>
    <name>WindowShortcuts</name>
    <message>
        <source>&amp;Find a case</source>
        <translation>Casus &amp;zoeken</translation>
    </message>
    <message>
        <source>&amp;Print the plan…</source>
        <translation>Plan af&amp;drukken…</translation>
    </message>
    <message>
        <source>C&amp;lose this page</source>
        <translation>Pagina &amp;sluiten</translation>
    </message>
    <message>
        <source>Close this page first (Ctrl+W) to search the cases.</source>
        <translation>Sluit eerst deze pagina (Ctrl+W) om in de casussen te zoeken.</translation>
    </message>
    <message>
        <source>Open a case or its toekomstplan to print it.</source>
        <translation>Open een casus of het toekomstplan om het af te drukken.</translation>
    </message>
    <message>
        <source>This case has no toekomstplan to print yet.</source>
        <translation>Deze casus heeft nog geen toekomstplan om af te drukken.</translation>
    </message>
</context>
<context>
    <name>Workspace</name>
    <message>
        <source>Choose a case in the list to see the household, network, consent and existing care.</source>
        <extracomment>The waiting bundles&apos; list asked to read a bundle (the window&apos;s Read bundle).</extracomment>
        <translation>Kies een casus in de lijst om het huishouden, het netwerk, de toestemming en de bestaande zorg te zien.</translation>
    </message>
    <message>
        <source>Opening the plan…</source>
        <translation>Het plan wordt geopend…</translation>
    </message>
</context>
<context>
    <name>Zoom</name>
    <message>
        <source>Make all text larger (Ctrl++)</source>
        <translation>Maak alle tekst groter (Ctrl++)</translation>
    </message>
    <message>
        <source>Make all text smaller (Ctrl+-)</source>
        <translation>Maak alle tekst kleiner (Ctrl+-)</translation>
    </message>
    <message>
        <source>Zoom &amp;in</source>
        <translation>Tekst &amp;groter</translation>
    </message>
    <message>
        <source>Zoom &amp;out</source>
        <translation>Tekst &amp;kleiner</translation>
    </message>
    <message>
        <source>&amp;Normal size</source>
        <translation>&amp;Normale grootte</translation>
    </message>
    <message>
        <source>The desktop&apos;s own text size (Ctrl+0)</source>
        <translation>De tekstgrootte van je computer (Ctrl+0)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Beeld</translation>
    </message>
</context>
<context>
    <name>background</name>
    <message>
        <source>Something unexpected went wrong, and this was not finished. Try again; if it happens again, close tafel and start it again.</source>
        <translation>Er ging iets onverwachts mis; dit is niet afgemaakt. Probeer het opnieuw. Gebeurt het weer? Sluit tafel dan en start het opnieuw.</translation>
    </message>
</context>
</TS>
