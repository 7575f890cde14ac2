<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_NL">
<context>
    <name>CaseListModel</name>
    <message>
        <source>Young person</source>
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
    <name>CaseListPanel</name>
    <message>
        <source>Search by name, household or reference</source>
        <translation>Zoek op naam, huishouden of kenmerk</translation>
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
    <name>CaseOverviewPage</name>
    <message>
        <source>Phase</source>
        <translation>Fase</translation>
    </message>
    <message>
        <source>Close case</source>
        <translation>Casus afsluiten</translation>
    </message>
    <message>
        <source>Keep on pilot light</source>
        <translation>Op waakvlam zetten</translation>
    </message>
    <message>
        <source>Reopen</source>
        <translation>Heropenen</translation>
    </message>
    <message>
        <source>Phase:</source>
        <translation>Fase:</translation>
    </message>
    <message>
        <source>Reason for contact</source>
        <translation>Aanleiding</translation>
    </message>
    <message>
        <source>Household</source>
        <translation>Huishouden</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Netwerk</translation>
    </message>
    <message>
        <source>Consent (toestemming)</source>
        <translation>Toestemming</translation>
    </message>
    <message>
        <source>Existing care (indicaties)</source>
        <translation>Bestaande zorg (indicaties)</translation>
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
        <source>BSN %1</source>
        <translation>BSN %1</translation>
    </message>
    <message>
        <source>No one in the network recorded yet.</source>
        <translation>Nog niemand uit het netwerk vastgelegd.</translation>
    </message>
    <message>
        <source>♥ Always there for %1: %2</source>
        <translation>♥ Er altijd voor %1: %2</translation>
    </message>
    <message>
        <source>No adult recorded yet who is always there for %1. Ask about it.</source>
        <translation>Nog geen volwassene vastgelegd die er altijd is voor %1. Vraag ernaar.</translation>
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
        <source>until %1</source>
        <translation>tot %1</translation>
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
        <source>yes, no end date</source>
        <translation>ja, zonder einddatum</translation>
    </message>
    <message>
        <source>After 18: %1</source>
        <translation>Na 18: %1</translation>
    </message>
    <message>
        <source>On the waiting list since %1</source>
        <translation>Op de wachtlijst sinds %1</translation>
    </message>
    <message>
        <source>No existing care recorded.</source>
        <translation>Geen bestaande zorg vastgelegd.</translation>
    </message>
    <message>
        <source>Keep this case on pilot light? The case closes, but contact stays possible.</source>
        <translation>Deze casus op waakvlam zetten? De casus sluit, maar contact blijft mogelijk.</translation>
    </message>
    <message>
        <source>Close this case? You can reopen it later without a new intake.</source>
        <translation>Deze casus afsluiten? U kunt hem later heropenen zonder nieuwe intake.</translation>
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
        <source>Create a new vault</source>
        <translation>Nieuwe kluis maken</translation>
    </message>
    <message>
        <source>Open an existing vault…</source>
        <translation>Bestaande kluis openen…</translation>
    </message>
    <message>
        <source>Look around in the demo</source>
        <translation>Rondkijken in de demo</translation>
    </message>
    <message>
        <source>The demo holds invented households only. It is a safe place to practise.</source>
        <translation>In de demo staan alleen verzonnen huishoudens. Hier kunt u veilig oefenen.</translation>
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
        <source>Turns 16: start the plan</source>
        <translation>Wordt 16: begin het plan</translation>
    </message>
    <message>
        <source>17½: home visit</source>
        <translation>17½: huisbezoek</translation>
    </message>
    <message>
        <source>Turns 18: toekomstplan ready?</source>
        <translation>Wordt 18: toekomstplan klaar?</translation>
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
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>New case</source>
        <translation>Nieuwe casus</translation>
    </message>
    <message>
        <source>Lock</source>
        <translation>Vergrendelen</translation>
    </message>
    <message>
        <source>Lock automatically after…</source>
        <translation>Automatisch vergrendelen na…</translation>
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
        <source>New vault…</source>
        <translation>Nieuwe kluis…</translation>
    </message>
    <message>
        <source>Open vault…</source>
        <translation>Kluis openen…</translation>
    </message>
    <message>
        <source>Open the demo</source>
        <translation>Demo openen</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Afsluiten</translation>
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
</context>
<context>
    <name>NewCaseDialog</name>
    <message>
        <source>New case</source>
        <translation>Nieuwe casus</translation>
    </message>
    <message>
        <source>Register a young person and their household. You can add the rest of the household, the network and existing care later.</source>
        <translation>Meld een jongere en het huishouden aan. De rest van het huishouden, het netwerk en bestaande zorg kunt u later toevoegen.</translation>
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
        <source>Register</source>
        <translation>Aanmelden</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <source>Household %1</source>
        <translation>Huishouden %1</translation>
    </message>
</context>
<context>
    <name>NewVaultDialog</name>
    <message>
        <source>New vault</source>
        <translation>Nieuwe kluis</translation>
    </message>
    <message>
        <source>Choose a passphrase of at least 10 characters, for example four loose words. Without it nobody can open the vault, not even you: write it down somewhere safe.</source>
        <translation>Kies een wachtwoordzin van minstens 10 tekens, bijvoorbeeld vier losse woorden. Zonder die zin kan niemand de kluis openen, ook u niet: bewaar hem op een veilige plek.</translation>
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
        <source>Passphrase</source>
        <translation>Wachtwoordzin</translation>
    </message>
    <message>
        <source>Once more</source>
        <translation>Nog een keer</translation>
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
        <source>Unlock</source>
        <translation>Ontgrendelen</translation>
    </message>
    <message>
        <source>Choose another vault</source>
        <translation>Andere kluis kiezen</translation>
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
        <source>Type the passphrase first.</source>
        <translation>Typ eerst de wachtwoordzin.</translation>
    </message>
</context>
<context>
    <name>Workspace</name>
    <message>
        <source>Choose a case in the list to see the household, network, consent and existing care.</source>
        <translation>Kies een casus in de lijst om het huishouden, het netwerk, de toestemming en de bestaande zorg te zien.</translation>
    </message>
</context>
</TS>
