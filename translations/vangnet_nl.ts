<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_NL" sourcelanguage="en">
<context>
    <name>ApDecisionForm</name>
    <message>
        <location filename="../app/ui/breach_dialog.py" line="312"/>
        <source>Decision on reporting to the Autoriteit Persoonsgegevens</source>
        <translation>Besluit over melding bij de Autoriteit Persoonsgegevens</translation>
    </message>
    <message>
        <location filename="../app/ui/breach_dialog.py" line="313"/>
        <source>Reported to the Autoriteit Persoonsgegevens</source>
        <translation>Gemeld bij de Autoriteit Persoonsgegevens</translation>
    </message>
    <message>
        <location filename="../app/ui/breach_dialog.py" line="314"/>
        <source>Not reported</source>
        <translation>Niet gemeld</translation>
    </message>
    <message>
        <location filename="../app/ui/breach_dialog.py" line="331"/>
        <source>Decision</source>
        <translation>Besluit</translation>
    </message>
    <message>
        <location filename="../app/ui/breach_dialog.py" line="332"/>
        <source>Reported on</source>
        <translation>Gemeld op</translation>
    </message>
    <message>
        <location filename="../app/ui/breach_dialog.py" line="333"/>
        <source>Reason</source>
        <translation>Reden</translation>
    </message>
    <message>
        <location filename="../app/ui/breach_dialog.py" line="337"/>
        <source>Breach %1: a breach that must be reported goes to the Autoriteit Persoonsgegevens within 72 hours of finding it (AVG art. 33). Record the decision and why, also when you do not report it.</source>
        <translation>Datalek %1: een datalek dat gemeld moet worden, meldt u binnen 72 uur na ontdekking bij de Autoriteit Persoonsgegevens (AVG art. 33). Leg het besluit en de reden vast, ook als u het niet meldt.</translation>
    </message>
</context>
<context>
    <name>AuditDialog</name>
    <message>
        <location filename="../app/ui/audit_dialog.py" line="59"/>
        <location filename="../app/ui/audit_dialog.py" line="68"/>
        <source>Audit trail</source>
        <translation>Audittrail</translation>
    </message>
    <message>
        <location filename="../app/ui/audit_dialog.py" line="72"/>
        <source>Who did what, when, and to which record. The trail holds numbers, never names or other personal data. Every entry is linked to the one before it, so an entry changed or removed afterwards is found by “Check the trail”.</source>
        <translation>Wie deed wat, wanneer, en met welk gegeven. De audittrail bevat nummers, nooit namen of andere persoonsgegevens. Elke regel is gekoppeld aan de regel ervoor, zodat een regel die achteraf is veranderd of verwijderd, gevonden wordt met ‘Audittrail controleren’.</translation>
    </message>
    <message>
        <location filename="../app/ui/audit_dialog.py" line="81"/>
        <source>All time</source>
        <translation>Alles</translation>
    </message>
    <message>
        <location filename="../app/ui/audit_dialog.py" line="82"/>
        <source>Today</source>
        <translation>Vandaag</translation>
    </message>
    <message>
        <location filename="../app/ui/audit_dialog.py" line="83"/>
        <source>Last 7 days</source>
        <translation>Afgelopen 7 dagen</translation>
    </message>
    <message>
        <location filename="../app/ui/audit_dialog.py" line="84"/>
        <source>Last 30 days</source>
        <translation>Afgelopen 30 dagen</translation>
    </message>
    <message>
        <location filename="../app/ui/audit_dialog.py" line="85"/>
        <source>This year</source>
        <translation>Dit jaar</translation>
    </message>
    <message>
        <location filename="../app/ui/audit_dialog.py" line="93"/>
        <source>e.g. 12</source>
        <translation>bijv. 12</translation>
    </message>
    <message>
        <location filename="../app/ui/audit_dialog.py" line="95"/>
        <source>&amp;Period</source>
        <translation>&amp;Periode</translation>
    </message>
    <message>
        <location filename="../app/ui/audit_dialog.py" line="96"/>
        <source>&amp;Who</source>
        <translation>&amp;Wie</translation>
    </message>
    <message>
        <location filename="../app/ui/audit_dialog.py" line="97"/>
        <source>&amp;Action</source>
        <translation>&amp;Handeling</translation>
    </message>
    <message>
        <location filename="../app/ui/audit_dialog.py" line="98"/>
        <source>&amp;Record</source>
        <translation>&amp;Gegeven</translation>
    </message>
    <message>
        <location filename="../app/ui/audit_dialog.py" line="99"/>
        <source>N&amp;umber</source>
        <translation>N&amp;ummer</translation>
    </message>
    <message>
        <location filename="../app/ui/audit_dialog.py" line="100"/>
        <source>Res&amp;ult</source>
        <translation>Res&amp;ultaat</translation>
    </message>
    <message>
        <location filename="../app/ui/audit_dialog.py" line="119"/>
        <source>No.</source>
        <translation>Nr.</translation>
    </message>
    <message>
        <location filename="../app/ui/audit_dialog.py" line="120"/>
        <source>When</source>
        <translation>Wanneer</translation>
    </message>
    <message>
        <location filename="../app/ui/audit_dialog.py" line="121"/>
        <source>Who</source>
        <translation>Wie</translation>
    </message>
    <message>
        <location filename="../app/ui/audit_dialog.py" line="122"/>
        <source>Action</source>
        <translation>Handeling</translation>
    </message>
    <message>
        <location filename="../app/ui/audit_dialog.py" line="123"/>
        <source>Record</source>
        <translation>Gegeven</translation>
    </message>
    <message>
        <location filename="../app/ui/audit_dialog.py" line="124"/>
        <source>Number</source>
        <translation>Nummer</translation>
    </message>
    <message>
        <location filename="../app/ui/audit_dialog.py" line="125"/>
        <source>Result</source>
        <translation>Resultaat</translation>
    </message>
    <message>
        <location filename="../app/ui/audit_dialog.py" line="126"/>
        <source>Details</source>
        <translation>Toelichting</translation>
    </message>
    <message>
        <location filename="../app/ui/audit_dialog.py" line="136"/>
        <source>Audit entries</source>
        <translation>Regels van de audittrail</translation>
    </message>
    <message>
        <location filename="../app/ui/audit_dialog.py" line="142"/>
        <source>&amp;Check the trail</source>
        <translation>Audittrail &amp;controleren</translation>
    </message>
    <message>
        <location filename="../app/ui/audit_dialog.py" line="143"/>
        <source>&amp;Export…</source>
        <translation>&amp;Exporteren…</translation>
    </message>
    <message>
        <location filename="../app/ui/audit_dialog.py" line="144"/>
        <source>Close</source>
        <translation>Sluiten</translation>
    </message>
    <message>
        <location filename="../app/ui/audit_dialog.py" line="181"/>
        <source>(all)</source>
        <translation>(alle)</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/ui/audit_dialog.py" line="217"/>
        <source>Showing the newest %1 of %n entries. Narrow the filters to see others.</source>
        <translation>
            <numerusform>De nieuwste %1 van %n regel. Verfijn de filters om andere te zien.</numerusform>
            <numerusform>De nieuwste %1 van %n regels. Verfijn de filters om andere te zien.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/ui/audit_dialog.py" line="225"/>
        <source>%n entry(ies)</source>
        <translation>
            <numerusform>%n regel</numerusform>
            <numerusform>%n regels</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/ui/audit_dialog.py" line="245"/>
        <source>Checking every entry of the trail…</source>
        <translation>Elke regel van de audittrail wordt gecontroleerd…</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/ui/audit_dialog.py" line="254"/>
        <source>The trail is intact: %n entry(ies), each linked to the one before.</source>
        <translation>
            <numerusform>De audittrail is intact: %n regel, gekoppeld aan de regel ervoor.</numerusform>
            <numerusform>De audittrail is intact: %n regels, elk gekoppeld aan de regel ervoor.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/ui/audit_dialog.py" line="262"/>
        <source>The trail has been tampered with: %1. Tell your privacy officer; keep this computer and its backups as they are.</source>
        <translation>Er is met de audittrail geknoeid: %1. Meld dit bij uw privacyfunctionaris en laat deze computer en de back-ups zoals ze zijn.</translation>
    </message>
    <message>
        <location filename="../app/ui/audit_dialog.py" line="269"/>
        <source>The trail could not be checked.</source>
        <translation>De audittrail kon niet worden gecontroleerd.</translation>
    </message>
    <message>
        <location filename="../app/ui/audit_dialog.py" line="284"/>
        <source>Export the audit trail</source>
        <translation>Audittrail exporteren</translation>
    </message>
    <message>
        <location filename="../app/ui/audit_dialog.py" line="285"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV-bestanden (*.csv)</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/ui/audit_dialog.py" line="312"/>
        <source>%n entry(ies) exported to %1.</source>
        <translation>
            <numerusform>%n regel geëxporteerd naar %1.</numerusform>
            <numerusform>%n regels geëxporteerd naar %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AutolockPage</name>
    <message>
        <location filename="../app/ui/settings_pages.py" line="884"/>
        <source>Lock automatically</source>
        <translation>Automatisch vergrendelen</translation>
    </message>
    <message>
        <location filename="../app/ui/settings_pages.py" line="886"/>
        <source>Vangnet locks itself when nobody has used it for this long: the cases are hidden and the key leaves the memory. This is a setting of this computer.</source>
        <translation>Vangnet vergrendelt zichzelf als niemand het zo lang heeft gebruikt: de zaken worden verborgen en de sleutel verdwijnt uit het geheugen. Dit geldt alleen voor deze computer.</translation>
    </message>
    <message>
        <location filename="../app/ui/settings_pages.py" line="892"/>
        <source> minutes</source>
        <translation> minuten</translation>
    </message>
    <message>
        <location filename="../app/ui/settings_pages.py" line="895"/>
        <source>Lock after</source>
        <translation>Vergrendelen na</translation>
    </message>
</context>
<context>
    <name>BackupDialog</name>
    <message>
        <location filename="../app/ui/backup_dialogs.py" line="135"/>
        <location filename="../app/ui/backup_dialogs.py" line="144"/>
        <source>Make a backup</source>
        <extracomment>QSettings key: the folder the last backup went to</extracomment>
        <translation>Back-up maken</translation>
    </message>
    <message>
        <location filename="../app/ui/backup_dialogs.py" line="147"/>
        <source>Vangnet writes an encrypted copy of all its data to the file below, and then checks that the copy opens and holds exactly the same. The copy opens with the same key as Vangnet now: your passphrase or your recovery key. You can keep working meanwhile.</source>
        <translation>Vangnet schrijft een versleutelde kopie van al zijn gegevens naar het bestand hieronder en controleert daarna of de kopie opengaat en precies hetzelfde bevat. De kopie opent met dezelfde sleutel als Vangnet nu: uw wachtwoordzin of uw herstelsleutel. U kunt intussen gewoon doorwerken.</translation>
    </message>
    <message>
        <location filename="../app/ui/backup_dialogs.py" line="160"/>
        <source>&amp;Change…</source>
        <translation>&amp;Wijzigen…</translation>
    </message>
    <message>
        <location filename="../app/ui/backup_dialogs.py" line="162"/>
        <source>Save as:</source>
        <translation>Opslaan als:</translation>
    </message>
    <message>
        <location filename="../app/ui/backup_dialogs.py" line="166"/>
        <source>Keep the backup somewhere other than this computer, for example on a USB stick or the office&apos;s network drive.</source>
        <translation>Bewaar de back-up ergens anders dan op deze computer, bijvoorbeeld op een USB-stick of op de netwerkschijf van uw organisatie.</translation>
    </message>
    <message>
        <location filename="../app/ui/backup_dialogs.py" line="175"/>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <location filename="../app/ui/backup_dialogs.py" line="184"/>
        <source>Show the &amp;folder</source>
        <translation>&amp;Map tonen</translation>
    </message>
    <message>
        <location filename="../app/ui/backup_dialogs.py" line="186"/>
        <source>&amp;Make the backup</source>
        <translation>Back-up &amp;maken</translation>
    </message>
    <message>
        <location filename="../app/ui/backup_dialogs.py" line="187"/>
        <source>Close</source>
        <translation>Sluiten</translation>
    </message>
    <message>
        <location filename="../app/ui/backup_dialogs.py" line="213"/>
        <source>Save the backup</source>
        <translation>Back-up opslaan</translation>
    </message>
    <message>
        <location filename="../app/ui/backup_dialogs.py" line="215"/>
        <source>Vangnet backup (*.vangnet)</source>
        <translation>Vangnet-back-up (*.vangnet)</translation>
    </message>
    <message>
        <location filename="../app/ui/backup_dialogs.py" line="224"/>
        <source>Replace the file?</source>
        <translation>Bestand vervangen?</translation>
    </message>
    <message>
        <location filename="../app/ui/backup_dialogs.py" line="226"/>
        <source>There is already a file %1.

Replace it with the new backup? The old file stays until the new backup has been written and checked.</source>
        <translation>Er staat al een bestand %1.

Wilt u het vervangen door de nieuwe back-up? Het oude bestand blijft staan tot de nieuwe back-up geschreven en gecontroleerd is.</translation>
    </message>
    <message>
        <location filename="../app/ui/backup_dialogs.py" line="243"/>
        <source>Nothing was written. Choose another name.</source>
        <translation>Er is niets geschreven. Kies een andere naam.</translation>
    </message>
    <message>
        <location filename="../app/ui/backup_dialogs.py" line="276"/>
        <source>Making the backup and checking it… You can cancel: then no file is left.</source>
        <translation>Bezig met de back-up maken en controleren… U kunt annuleren: dan blijft er geen bestand achter.</translation>
    </message>
    <message>
        <location filename="../app/ui/backup_dialogs.py" line="285"/>
        <source>Cancelling…</source>
        <translation>Bezig met annuleren…</translation>
    </message>
    <message>
        <location filename="../app/ui/backup_dialogs.py" line="295"/>
        <source>The backup was made and checked.</source>
        <translation>De back-up is gemaakt en gecontroleerd.</translation>
    </message>
    <message>
        <location filename="../app/ui/backup_dialogs.py" line="299"/>
        <source>File: %1</source>
        <translation>Bestand: %1</translation>
    </message>
    <message>
        <location filename="../app/ui/backup_dialogs.py" line="300"/>
        <source>Size: %1</source>
        <translation>Grootte: %1</translation>
    </message>
    <message>
        <location filename="../app/ui/backup_dialogs.py" line="301"/>
        <source>Cases: %1</source>
        <translation>Zaken: %1</translation>
    </message>
    <message>
        <location filename="../app/ui/backup_dialogs.py" line="303"/>
        <source>Checked: the copy opens with the key and holds exactly the same data as Vangnet.</source>
        <translation>Gecontroleerd: de kopie opent met de sleutel en bevat precies dezelfde gegevens als Vangnet.</translation>
    </message>
    <message>
        <location filename="../app/ui/backup_dialogs.py" line="321"/>
        <source>%1 kB</source>
        <translation>%1 kB</translation>
    </message>
    <message>
        <location filename="../app/ui/backup_dialogs.py" line="322"/>
        <source>%1 MB</source>
        <translation>%1 MB</translation>
    </message>
    <message>
        <location filename="../app/ui/backup_dialogs.py" line="328"/>
        <source>Nothing was written.</source>
        <translation>Er is niets geschreven.</translation>
    </message>
    <message>
        <location filename="../app/ui/backup_dialogs.py" line="333"/>
        <source>%1 is the database&apos;s own file. Choose another place for the backup.</source>
        <translation>%1 is het bestand van de database zelf. Kies een andere plek voor de back-up.</translation>
    </message>
    <message>
        <location filename="../app/ui/backup_dialogs.py" line="336"/>
        <source>There is already a file %1. Choose another name.</source>
        <translation>Er staat al een bestand %1. Kies een andere naam.</translation>
    </message>
    <message>
        <location filename="../app/ui/backup_dialogs.py" line="339"/>
        <source>The folder %1 does not exist. Choose another folder.</source>
        <translation>De map %1 bestaat niet. Kies een andere map.</translation>
    </message>
    <message>
        <location filename="../app/ui/backup_dialogs.py" line="346"/>
        <source>Vangnet may not write in the folder %1. Choose another folder, for example Documents or a USB stick.</source>
        <translation>Vangnet mag niet schrijven in de map %1. Kies een andere map, bijvoorbeeld Documenten of een USB-stick.</translation>
    </message>
    <message>
        <location filename="../app/ui/backup_dialogs.py" line="354"/>
        <source>The copy did not match the database (was something being changed just then?). Nothing was written; try again.</source>
        <translation>De kopie kwam niet overeen met de database (werd er net iets veranderd?). Er is niets geschreven; probeer het opnieuw.</translation>
    </message>
    <message>
        <location filename="../app/ui/backup_dialogs.py" line="361"/>
        <source>The disk with the folder %1 is full. Make room or choose another place.</source>
        <translation>De schijf met de map %1 is vol. Maak ruimte vrij of kies een andere plek.</translation>
    </message>
    <message>
        <location filename="../app/ui/backup_dialogs.py" line="369"/>
        <source>The backup could not be written to %1 (%2).</source>
        <translation>De back-up kon niet worden geschreven naar %1 (%2).</translation>
    </message>
    <message>
        <location filename="../app/ui/backup_dialogs.py" line="381"/>
        <source>The backup failed because of an unexpected error. Nothing was written. Reference for your administrator: %1</source>
        <translation>De back-up is mislukt door een onverwachte fout. Er is niets geschreven. Foutcode voor uw beheerder: %1</translation>
    </message>
    <message>
        <location filename="../app/ui/backup_dialogs.py" line="386"/>
        <source>Backup cancelled. No file was written.</source>
        <translation>Back-up geannuleerd. Er is geen bestand geschreven.</translation>
    </message>
</context>
<context>
    <name>BreachActions</name>
    <message>
        <location filename="../app/ui/breach_actions.py" line="30"/>
        <source>Data &amp;breaches…</source>
        <translation>&amp;Datalekken…</translation>
    </message>
    <message>
        <location filename="../app/ui/breach_actions.py" line="33"/>
        <source>Print the register of &amp;processing…</source>
        <translation>&amp;Verwerkingsregister afdrukken…</translation>
    </message>
    <message>
        <location filename="../app/ui/breach_actions.py" line="63"/>
        <source>Print the register of processing</source>
        <translation>Verwerkingsregister afdrukken</translation>
    </message>
    <message>
        <location filename="../app/ui/breach_actions.py" line="65"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-bestanden (*.pdf)</translation>
    </message>
    <message>
        <location filename="../app/ui/breach_actions.py" line="76"/>
        <location filename="../app/ui/breach_actions.py" line="82"/>
        <source>Register of processing</source>
        <translation>Verwerkingsregister</translation>
    </message>
    <message>
        <location filename="../app/ui/breach_actions.py" line="77"/>
        <source>The register of processing was saved as %1.</source>
        <translation>Het verwerkingsregister is opgeslagen als %1.</translation>
    </message>
    <message>
        <location filename="../app/ui/breach_actions.py" line="89"/>
        <source>Vangnet is locked.</source>
        <translation>Vangnet is vergrendeld.</translation>
    </message>
</context>
<context>
    <name>BreachDialog</name>
    <message>
        <location filename="../app/ui/breach_dialog.py" line="374"/>
        <location filename="../app/ui/breach_dialog.py" line="376"/>
        <source>Breach register</source>
        <translation>Register van datalekken</translation>
    </message>
    <message>
        <location filename="../app/ui/breach_dialog.py" line="380"/>
        <source>Every breach of personal data, with fields a–j of the privacy reglement (art. 9.3). Tell the other parties within 24 hours of finding a breach; report a breach that must be reported to the Autoriteit Persoonsgegevens within 72 hours.</source>
        <translation>Elke inbreuk in verband met persoonsgegevens, met de velden a–j van het privacyreglement (art. 9.3). Informeer de andere partijen binnen 24 uur nadat u een datalek ontdekt; meld een datalek dat gemeld moet worden binnen 72 uur bij de Autoriteit Persoonsgegevens.</translation>
    </message>
    <message>
        <location filename="../app/ui/breach_dialog.py" line="390"/>
        <source>No.</source>
        <translation>Nr.</translation>
    </message>
    <message>
        <location filename="../app/ui/breach_dialog.py" line="391"/>
        <source>Kind</source>
        <translation>Soort</translation>
    </message>
    <message>
        <location filename="../app/ui/breach_dialog.py" line="392"/>
        <source>Found</source>
        <translation>Ontdekt</translation>
    </message>
    <message>
        <location filename="../app/ui/breach_dialog.py" line="393"/>
        <source>Tell the parties
(24 h)</source>
        <translation>Partijen informeren
(24 uur)</translation>
    </message>
    <message>
        <location filename="../app/ui/breach_dialog.py" line="394"/>
        <source>Autoriteit
Persoonsgegevens (72 h)</source>
        <translation>Autoriteit
Persoonsgegevens (72 uur)</translation>
    </message>
    <message>
        <location filename="../app/ui/breach_dialog.py" line="395"/>
        <source>Decision</source>
        <translation>Besluit</translation>
    </message>
    <message>
        <location filename="../app/ui/breach_dialog.py" line="406"/>
        <source>Breaches</source>
        <translation>Datalekken</translation>
    </message>
    <message>
        <location filename="../app/ui/breach_dialog.py" line="412"/>
        <source>&amp;Record a breach…</source>
        <translation>Datalek &amp;vastleggen…</translation>
    </message>
    <message>
        <location filename="../app/ui/breach_dialog.py" line="413"/>
        <source>&amp;Parties informed…</source>
        <translation>&amp;Partijen geïnformeerd…</translation>
    </message>
    <message>
        <location filename="../app/ui/breach_dialog.py" line="414"/>
        <source>&amp;Decision on reporting…</source>
        <translation>&amp;Besluit melding AP…</translation>
    </message>
    <message>
        <location filename="../app/ui/breach_dialog.py" line="415"/>
        <source>Print the &amp;register…</source>
        <translation>&amp;Register afdrukken…</translation>
    </message>
    <message>
        <location filename="../app/ui/breach_dialog.py" line="416"/>
        <source>Close</source>
        <translation>Sluiten</translation>
    </message>
    <message>
        <location filename="../app/ui/breach_dialog.py" line="429"/>
        <source>Device lost or stolen</source>
        <translation>Apparaat verloren of gestolen</translation>
    </message>
    <message>
        <location filename="../app/ui/breach_dialog.py" line="430"/>
        <source>Sent to the wrong recipient</source>
        <translation>Naar de verkeerde ontvanger</translation>
    </message>
    <message>
        <location filename="../app/ui/breach_dialog.py" line="431"/>
        <source>Database damaged</source>
        <translation>Database beschadigd</translation>
    </message>
    <message>
        <location filename="../app/ui/breach_dialog.py" line="432"/>
        <source>Something else</source>
        <translation>Iets anders</translation>
    </message>
    <message>
        <location filename="../app/ui/breach_dialog.py" line="437"/>
        <source>Reported on %1</source>
        <translation>Gemeld op %1</translation>
    </message>
    <message>
        <location filename="../app/ui/breach_dialog.py" line="439"/>
        <source>Not reported</source>
        <translation>Niet gemeld</translation>
    </message>
    <message>
        <location filename="../app/ui/breach_dialog.py" line="440"/>
        <source>Not yet decided</source>
        <translation>Nog niet besloten</translation>
    </message>
    <message>
        <location filename="../app/ui/breach_dialog.py" line="444"/>
        <source>Not needed (not reported)</source>
        <translation>Niet nodig (niet gemeld)</translation>
    </message>
    <message>
        <location filename="../app/ui/breach_dialog.py" line="446"/>
        <source>Done %1</source>
        <translation>Gedaan %1</translation>
    </message>
    <message>
        <location filename="../app/ui/breach_dialog.py" line="448"/>
        <source>%1 h %2 min</source>
        <translation>%1 uur %2 min</translation>
    </message>
    <message>
        <location filename="../app/ui/breach_dialog.py" line="450"/>
        <source>%1 left
(by %2)</source>
        <translation>nog %1
(uiterlijk %2)</translation>
    </message>
    <message>
        <location filename="../app/ui/breach_dialog.py" line="450"/>
        <source>%1 OVERDUE
(was %2)</source>
        <translation>%1 TE LAAT
(was %2)</translation>
    </message>
    <message>
        <location filename="../app/ui/breach_dialog.py" line="532"/>
        <source>Breach %1 recorded. Tell the other parties within 24 hours.</source>
        <translation>Datalek %1 is vastgelegd. Informeer de andere partijen binnen 24 uur.</translation>
    </message>
    <message>
        <location filename="../app/ui/breach_dialog.py" line="546"/>
        <source>Breach %1: the other parties were told.</source>
        <translation>Datalek %1: de andere partijen zijn geïnformeerd.</translation>
    </message>
    <message>
        <location filename="../app/ui/breach_dialog.py" line="559"/>
        <source>Breach %1: the decision on the Autoriteit Persoonsgegevens is kept.</source>
        <translation>Datalek %1: het besluit over de melding bij de Autoriteit Persoonsgegevens is vastgelegd.</translation>
    </message>
    <message>
        <location filename="../app/ui/breach_dialog.py" line="573"/>
        <source>Print the breach register</source>
        <translation>Register van datalekken afdrukken</translation>
    </message>
    <message>
        <location filename="../app/ui/breach_dialog.py" line="574"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-bestanden (*.pdf)</translation>
    </message>
    <message>
        <location filename="../app/ui/breach_dialog.py" line="605"/>
        <source>The register was saved as %1.</source>
        <translation>Het register is opgeslagen als %1.</translation>
    </message>
</context>
<context>
    <name>CaseEdit</name>
    <message>
        <location filename="../app/ui/case_edit_dialog.py" line="512"/>
        <source>Edit details…</source>
        <translation>Gegevens wijzigen…</translation>
    </message>
    <message>
        <location filename="../app/ui/case_edit_dialog.py" line="515"/>
        <source>Change the tenant&apos;s and the household&apos;s details (Ctrl+E)</source>
        <translation>Gegevens van de huurder en het huishouden wijzigen (Ctrl+E)</translation>
    </message>
</context>
<context>
    <name>CaseEditDialog</name>
    <message>
        <location filename="../app/ui/case_edit_dialog.py" line="79"/>
        <location filename="../app/ui/case_edit_dialog.py" line="94"/>
        <source>Edit details</source>
        <extracomment>fact -&gt; input (QLineEdit or QCheckBox); only the facts the covenant keeps</extracomment>
        <translation>Gegevens wijzigen</translation>
    </message>
    <message>
        <location filename="../app/ui/case_edit_dialog.py" line="98"/>
        <source>Change what you learned after the signal came in. Everything is checked as at intake; if one value is wrong, nothing is changed. The old values are kept with the corrections; the audit trail records only that something changed, never the value.</source>
        <translation>Wijzig wat u na de melding te weten bent gekomen. Alles wordt gecontroleerd zoals bij een nieuwe melding; klopt één waarde niet, dan wordt er niets gewijzigd. De oude waarden worden bewaard bij de correcties; het logboek legt alleen vast dát er iets is gewijzigd, nooit de waarde zelf.</translation>
    </message>
    <message>
        <location filename="../app/ui/case_edit_dialog.py" line="116"/>
        <source>Tenant</source>
        <translation>Huurder</translation>
    </message>
    <message>
        <location filename="../app/ui/case_edit_dialog.py" line="117"/>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <location filename="../app/ui/case_edit_dialog.py" line="118"/>
        <source>Street</source>
        <translation>Straat</translation>
    </message>
    <message>
        <location filename="../app/ui/case_edit_dialog.py" line="119"/>
        <source>House number</source>
        <translation>Huisnummer</translation>
    </message>
    <message>
        <location filename="../app/ui/case_edit_dialog.py" line="120"/>
        <source>Postcode</source>
        <translation>Postcode</translation>
    </message>
    <message>
        <location filename="../app/ui/case_edit_dialog.py" line="121"/>
        <source>Town</source>
        <translation>Woonplaats</translation>
    </message>
    <message>
        <location filename="../app/ui/case_edit_dialog.py" line="122"/>
        <source>Phone</source>
        <translation>Telefoon</translation>
    </message>
    <message>
        <location filename="../app/ui/case_edit_dialog.py" line="123"/>
        <source>Leave empty to remove the number.</source>
        <translation>Laat leeg om het nummer te verwijderen.</translation>
    </message>
    <message>
        <location filename="../app/ui/case_edit_dialog.py" line="124"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../app/ui/case_edit_dialog.py" line="125"/>
        <source>Leave empty to remove the address.</source>
        <translation>Laat leeg om het adres te verwijderen.</translation>
    </message>
    <message>
        <location filename="../app/ui/case_edit_dialog.py" line="126"/>
        <source>Date of birth</source>
        <translation>Geboortedatum</translation>
    </message>
    <message>
        <location filename="../app/ui/case_edit_dialog.py" line="127"/>
        <location filename="../app/ui/case_edit_dialog.py" line="141"/>
        <location filename="../app/ui/case_edit_dialog.py" line="308"/>
        <source>dd-mm-yyyy</source>
        <translation>dd-mm-jjjj</translation>
    </message>
    <message>
        <location filename="../app/ui/case_edit_dialog.py" line="130"/>
        <source>Household</source>
        <translation>Huishouden</translation>
    </message>
    <message>
        <location filename="../app/ui/case_edit_dialog.py" line="131"/>
        <source>Registered occupants</source>
        <translation>Ingeschreven bewoners</translation>
    </message>
    <message>
        <location filename="../app/ui/case_edit_dialog.py" line="132"/>
        <source>Including the tenant.</source>
        <translation>De huurder telt mee.</translation>
    </message>
    <message>
        <location filename="../app/ui/case_edit_dialog.py" line="133"/>
        <source>Children under 18</source>
        <translation>Kinderen onder de 18</translation>
    </message>
    <message>
        <location filename="../app/ui/case_edit_dialog.py" line="134"/>
        <source>On the signal date. Leave empty when not known.</source>
        <translation>Op de melddatum. Laat leeg als u het niet weet.</translation>
    </message>
    <message>
        <location filename="../app/ui/case_edit_dialog.py" line="135"/>
        <source>Has a residence permit (statushouder)</source>
        <translation>Heeft een verblijfsvergunning (statushouder)</translation>
    </message>
    <message>
        <location filename="../app/ui/case_edit_dialog.py" line="136"/>
        <source>Already known to the wijkteam or SDV</source>
        <translation>Al bekend bij wijkteam of SDV</translation>
    </message>
    <message>
        <location filename="../app/ui/case_edit_dialog.py" line="139"/>
        <source>Arrears</source>
        <translation>Achterstand</translation>
    </message>
    <message>
        <location filename="../app/ui/case_edit_dialog.py" line="140"/>
        <source>Arrears since</source>
        <translation>Achterstand sinds</translation>
    </message>
    <message>
        <location filename="../app/ui/case_edit_dialog.py" line="142"/>
        <source>Months in arrears</source>
        <translation>Maanden achterstand</translation>
    </message>
    <message>
        <location filename="../app/ui/case_edit_dialog.py" line="143"/>
        <source>e.g. 2,5</source>
        <translation>bijv. 2,5</translation>
    </message>
    <message>
        <location filename="../app/ui/case_edit_dialog.py" line="144"/>
        <source>Amount in arrears</source>
        <translation>Bedrag achterstand</translation>
    </message>
    <message>
        <location filename="../app/ui/case_edit_dialog.py" line="146"/>
        <source>Monthly rent</source>
        <translation>Maandhuur</translation>
    </message>
    <message>
        <location filename="../app/ui/case_edit_dialog.py" line="151"/>
        <source>No request (your own change)</source>
        <translation>Geen verzoek (uw eigen wijziging)</translation>
    </message>
    <message>
        <location filename="../app/ui/case_edit_dialog.py" line="154"/>
        <source>Request %1, received %2</source>
        <translation>Verzoek %1, ontvangen op %2</translation>
    </message>
    <message>
        <location filename="../app/ui/case_edit_dialog.py" line="157"/>
        <location filename="../app/ui/case_edit_dialog.py" line="162"/>
        <source>Because of</source>
        <translation>Naar aanleiding van</translation>
    </message>
    <message>
        <location filename="../app/ui/case_edit_dialog.py" line="183"/>
        <source>Save changes</source>
        <translation>Wijzigingen opslaan</translation>
    </message>
    <message>
        <location filename="../app/ui/case_edit_dialog.py" line="185"/>
        <source>Save (Ctrl+S)</source>
        <translation>Opslaan (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../app/ui/case_edit_dialog.py" line="186"/>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <location filename="../app/ui/case_edit_dialog.py" line="284"/>
        <source>Dates of birth of the other occupants, as dd-mm-yyyy. A child under 18 gives the case priority.</source>
        <translation>Geboortedata van de andere bewoners, als dd-mm-jjjj. Een kind onder de 18 geeft de zaak voorrang.</translation>
    </message>
    <message>
        <location filename="../app/ui/case_edit_dialog.py" line="291"/>
        <source>Add occupant</source>
        <translation>Bewoner toevoegen</translation>
    </message>
    <message>
        <location filename="../app/ui/case_edit_dialog.py" line="295"/>
        <source>Other occupants</source>
        <translation>Andere bewoners</translation>
    </message>
    <message>
        <location filename="../app/ui/case_edit_dialog.py" line="311"/>
        <source>Date of birth of occupant %1</source>
        <translation>Geboortedatum van bewoner %1</translation>
    </message>
    <message>
        <location filename="../app/ui/case_edit_dialog.py" line="313"/>
        <source>Remove</source>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <location filename="../app/ui/case_edit_dialog.py" line="314"/>
        <source>Remove occupant %1</source>
        <translation>Bewoner %1 verwijderen</translation>
    </message>
    <message>
        <location filename="../app/ui/case_edit_dialog.py" line="436"/>
        <source>The changes could not be saved; nothing was changed. Reference: %1</source>
        <translation>De wijzigingen konden niet worden opgeslagen; er is niets gewijzigd. Kenmerk: %1</translation>
    </message>
    <message>
        <location filename="../app/ui/case_edit_dialog.py" line="445"/>
        <source>Close</source>
        <translation>Sluiten</translation>
    </message>
    <message>
        <location filename="../app/ui/case_edit_dialog.py" line="449"/>
        <source>Nothing to save: every value is the same as before.</source>
        <translation>Niets op te slaan: alle waarden zijn hetzelfde als eerst.</translation>
    </message>
    <message>
        <location filename="../app/ui/case_edit_dialog.py" line="450"/>
        <source>none</source>
        <translation>geen</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/ui/case_edit_dialog.py" line="451"/>
        <source>%n change(s) saved. Priority: %1.</source>
        <translation>
            <numerusform>%n wijziging opgeslagen. Voorrang: %1.</numerusform>
            <numerusform>%n wijzigingen opgeslagen. Voorrang: %1.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/ui/case_edit_dialog.py" line="454"/>
        <source>Place in the inbox: %1 (was %2).</source>
        <translation>Plek in de inbox: %1 (was %2).</translation>
    </message>
    <message>
        <location filename="../app/ui/case_edit_dialog.py" line="456"/>
        <source>Place in the inbox: %1.</source>
        <translation>Plek in de inbox: %1.</translation>
    </message>
    <message>
        <location filename="../app/ui/case_edit_dialog.py" line="486"/>
        <source>Please correct the marked fields. Nothing was changed.</source>
        <translation>Verbeter de gemarkeerde velden. Er is niets gewijzigd.</translation>
    </message>
</context>
<context>
    <name>CaseListPage</name>
    <message>
        <location filename="../app/ui/case_list.py" line="84"/>
        <source>Search name, address, postcode or reference</source>
        <extracomment>preferred and smallest width of each column (px); the smallest is the elastic limit the name says which case a row is: it cannot be hidden shown only when the worker asks for it (Columns menu); sortable all the same the empty list&apos;s buttons (issue 16.6): the main window runs the action</extracomment>
        <translation>Zoek op naam, adres, postcode of referentie</translation>
    </message>
    <message>
        <location filename="../app/ui/case_list.py" line="86"/>
        <source>Search</source>
        <translation>Zoeken</translation>
    </message>
    <message>
        <location filename="../app/ui/case_list.py" line="88"/>
        <source>Corporation</source>
        <translation>Corporatie</translation>
    </message>
    <message>
        <location filename="../app/ui/case_list.py" line="89"/>
        <source>All corporations</source>
        <translation>Alle corporaties</translation>
    </message>
    <message>
        <location filename="../app/ui/case_list.py" line="93"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../app/ui/case_list.py" line="94"/>
        <source>Every status</source>
        <translation>Elke status</translation>
    </message>
    <message>
        <location filename="../app/ui/case_list.py" line="99"/>
        <source>Priority reason</source>
        <translation>Reden voor voorrang</translation>
    </message>
    <message>
        <location filename="../app/ui/case_list.py" line="100"/>
        <source>Any priority</source>
        <translation>Elke prioriteit</translation>
    </message>
    <message>
        <location filename="../app/ui/case_list.py" line="103"/>
        <source>Only overdue</source>
        <translation>Alleen te laat</translation>
    </message>
    <message>
        <location filename="../app/ui/case_list.py" line="142"/>
        <source>Columns</source>
        <translation>Kolommen</translation>
    </message>
    <message>
        <location filename="../app/ui/case_list.py" line="144"/>
        <source>Choose the columns</source>
        <translation>Kolommen kiezen</translation>
    </message>
    <message>
        <location filename="../app/ui/case_list.py" line="145"/>
        <source>Choose which columns the list shows</source>
        <translation>Kies welke kolommen de lijst toont</translation>
    </message>
    <message>
        <location filename="../app/ui/case_list.py" line="227"/>
        <source>Fit the columns to the window</source>
        <translation>Kolommen passend maken in het venster</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/ui/case_list.py" line="293"/>
        <source>%n case(s)</source>
        <translation>
            <numerusform>%n zaak</numerusform>
            <numerusform>%n zaken</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/ui/case_list.py" line="320"/>
        <source>Import signals…</source>
        <translation>Meldingen importeren…</translation>
    </message>
    <message>
        <location filename="../app/ui/case_list.py" line="323"/>
        <source>New signal…</source>
        <translation>Nieuwe melding…</translation>
    </message>
    <message>
        <location filename="../app/ui/case_list.py" line="325"/>
        <source>Clear search and filters</source>
        <translation>Zoekopdracht en filters wissen</translation>
    </message>
    <message>
        <location filename="../app/ui/case_list.py" line="363"/>
        <source>No case matches the search or filters</source>
        <translation>Geen zaak past bij de zoekopdracht of filters</translation>
    </message>
    <message>
        <location filename="../app/ui/case_list.py" line="365"/>
        <source>No open cases yet</source>
        <translation>Nog geen open zaken</translation>
    </message>
    <message>
        <location filename="../app/ui/case_list.py" line="366"/>
        <source>No cases are assigned to you</source>
        <translation>Er zijn geen zaken aan u toegewezen</translation>
    </message>
    <message>
        <location filename="../app/ui/case_list.py" line="367"/>
        <source>Nothing is due this week</source>
        <translation>Deze week loopt er niets af</translation>
    </message>
    <message>
        <location filename="../app/ui/case_list.py" line="368"/>
        <source>No closed cases yet</source>
        <translation>Nog geen afgesloten zaken</translation>
    </message>
    <message>
        <location filename="../app/ui/case_list.py" line="369"/>
        <source>No cases</source>
        <translation>Geen zaken</translation>
    </message>
    <message>
        <location filename="../app/ui/case_list.py" line="373"/>
        <source>Clear the search and filters to see every case in this list again.</source>
        <translation>Wis de zoekopdracht en de filters om weer alle zaken in deze lijst te zien.</translation>
    </message>
    <message>
        <location filename="../app/ui/case_list.py" line="376"/>
        <source>Signals from the housing corporations start here. Import the file a corporation sent (CSV or Excel), or enter a signal by hand. Each signal becomes a case with its deadlines counted in working days.</source>
        <translation>Hier beginnen de meldingen van de woningcorporaties. Importeer het bestand dat een corporatie stuurde (CSV of Excel), of voer een melding met de hand in. Elke melding wordt een zaak, met de termijnen geteld in werkdagen.</translation>
    </message>
    <message>
        <location filename="../app/ui/case_list.py" line="381"/>
        <source>Open a case from the inbox and choose &apos;Assign to me&apos;: it then appears here.</source>
        <translation>Open een zaak in de inbox en kies &apos;Aan mij toewijzen&apos;: dan staat hij hier.</translation>
    </message>
    <message>
        <location filename="../app/ui/case_list.py" line="383"/>
        <source>No open case has a deadline that falls due by Sunday.</source>
        <translation>Geen open zaak heeft een termijn die vóór zondag afloopt.</translation>
    </message>
    <message>
        <location filename="../app/ui/case_list.py" line="384"/>
        <source>A case appears here once it is closed, with its outcome.</source>
        <translation>Een zaak komt hier te staan zodra hij is afgesloten, met de uitkomst.</translation>
    </message>
    <message>
        <location filename="../app/ui/case_list.py" line="412"/>
        <source>Most recently closed first.</source>
        <translation>Laatst afgesloten eerst.</translation>
    </message>
    <message>
        <location filename="../app/ui/case_list.py" line="415"/>
        <source>Sorted by the column you chose. Click Priority to return to the covenant order.</source>
        <translation>Gesorteerd op de kolom die u koos. Klik op Prioriteit voor de volgorde van het convenant.</translation>
    </message>
    <message>
        <location filename="../app/ui/case_list.py" line="418"/>
        <source>Order: soonest eviction date first.</source>
        <translation>Volgorde: vroegste ontruimingsdatum eerst.</translation>
    </message>
    <message>
        <location filename="../app/ui/case_list.py" line="420"/>
        <source>Order: earliest open deadline first (overdue included).</source>
        <translation>Volgorde: vroegste open termijn eerst (ook als die te laat is).</translation>
    </message>
    <message>
        <location filename="../app/ui/case_list.py" line="423"/>
        <source>Order: known eviction date (soonest first) → priority (children, 65+, statushouder, known) → earliest open deadline → signal date. Hover over a row to see why it is there.</source>
        <translation>Volgorde: bekende ontruimingsdatum (vroegste eerst) → prioriteit (kinderen, 65+, statushouder, bekend) → vroegste open termijn → melddatum. Wijs een rij aan met de muis om te zien waarom die daar staat.</translation>
    </message>
</context>
<context>
    <name>CaseRights</name>
    <message>
        <location filename="../app/ui/case_rights_actions.py" line="59"/>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <location filename="../app/ui/case_rights_actions.py" line="60"/>
        <source>Street</source>
        <translation>Straat</translation>
    </message>
    <message>
        <location filename="../app/ui/case_rights_actions.py" line="61"/>
        <source>House number</source>
        <translation>Huisnummer</translation>
    </message>
    <message>
        <location filename="../app/ui/case_rights_actions.py" line="62"/>
        <source>Postcode</source>
        <translation>Postcode</translation>
    </message>
    <message>
        <location filename="../app/ui/case_rights_actions.py" line="63"/>
        <source>Town</source>
        <translation>Woonplaats</translation>
    </message>
    <message>
        <location filename="../app/ui/case_rights_actions.py" line="64"/>
        <source>Phone number</source>
        <translation>Telefoonnummer</translation>
    </message>
    <message>
        <location filename="../app/ui/case_rights_actions.py" line="65"/>
        <source>E-mail address</source>
        <translation>E-mailadres</translation>
    </message>
    <message>
        <location filename="../app/ui/case_rights_actions.py" line="66"/>
        <source>Date of birth</source>
        <translation>Geboortedatum</translation>
    </message>
    <message>
        <location filename="../app/ui/case_rights_actions.py" line="67"/>
        <source>Number of occupants</source>
        <translation>Aantal bewoners</translation>
    </message>
    <message>
        <location filename="../app/ui/case_rights_actions.py" line="68"/>
        <source>Children under 18</source>
        <translation>Kinderen onder 18</translation>
    </message>
    <message>
        <location filename="../app/ui/case_rights_actions.py" line="69"/>
        <source>Statushouder</source>
        <translation>Statushouder</translation>
    </message>
    <message>
        <location filename="../app/ui/case_rights_actions.py" line="70"/>
        <source>Known to the wijkteam or SDV</source>
        <translation>Bekend bij het wijkteam of SDV</translation>
    </message>
    <message>
        <location filename="../app/ui/case_rights_actions.py" line="76"/>
        <source>Write the date as dd-mm-jjjj, for example 17-08-1988.</source>
        <translation>Schrijf de datum als dd-mm-jjjj, bijvoorbeeld 17-08-1988.</translation>
    </message>
    <message>
        <location filename="../app/ui/case_rights_actions.py" line="78"/>
        <source>Write ja or nee.</source>
        <translation>Schrijf ja of nee.</translation>
    </message>
    <message>
        <location filename="../app/ui/case_rights_actions.py" line="80"/>
        <source>Leave empty to remove the value.</source>
        <translation>Laat leeg om de waarde te verwijderen.</translation>
    </message>
    <message>
        <location filename="../app/ui/case_rights_actions.py" line="87"/>
        <source>Shared notes no longer go into the feedback to the corporation: from now on the feedback letter holds only what the covenant allows without consent (B2 step 6). Letters already sent stay as they were.</source>
        <translation>Gedeelde notities gaan niet meer mee in de terugkoppeling aan de corporatie: de terugkoppelbrief bevat voortaan alleen wat het convenant zonder toestemming toestaat (B2 stap 6). Brieven die al verstuurd zijn, blijven zoals ze waren.</translation>
    </message>
    <message>
        <location filename="../app/ui/case_rights_actions.py" line="92"/>
        <source>A warm handover to other help can no longer be recorded for this case (B2 step 5). A handover already made stays on the timeline.</source>
        <translation>Een warme overdracht naar andere hulp kan voor deze zaak niet meer worden vastgelegd (B2 stap 5). Een overdracht die al is gedaan, blijft op de tijdlijn staan.</translation>
    </message>
    <message>
        <location filename="../app/ui/case_rights_actions.py" line="96"/>
        <source>This signal without rent arrears was taken on with this consent (article 3.3). Without it there is no ground to go on with the case: consider closing it.</source>
        <translation>Deze melding zonder huurachterstand is met deze toestemming in behandeling genomen (artikel 3.3). Zonder toestemming is er geen grond om met de zaak door te gaan: overweeg haar te sluiten.</translation>
    </message>
    <message>
        <location filename="../app/ui/case_rights_actions.py" line="100"/>
        <source>This consent no longer counts from the chosen date.</source>
        <translation>Deze toestemming telt vanaf de gekozen datum niet meer.</translation>
    </message>
    <message>
        <location filename="../app/ui/case_rights_actions.py" line="105"/>
        <source>No request (correction on the office&apos;s own initiative)</source>
        <translation>Geen verzoek (correctie op eigen initiatief van het kantoor)</translation>
    </message>
    <message>
        <location filename="../app/ui/case_rights_actions.py" line="110"/>
        <source>Request %1, received %2</source>
        <translation>Verzoek %1, ontvangen op %2</translation>
    </message>
    <message>
        <location filename="../app/ui/case_rights_actions.py" line="119"/>
        <source>The database could not be changed. Nothing was changed.</source>
        <translation>De database kon niet worden gewijzigd. Er is niets veranderd.</translation>
    </message>
    <message>
        <location filename="../app/ui/case_rights_actions.py" line="347"/>
        <location filename="../app/ui/case_rights_actions.py" line="361"/>
        <location filename="../app/ui/case_rights_actions.py" line="364"/>
        <source>Lift restriction</source>
        <translation>Beperking opheffen</translation>
    </message>
    <message>
        <location filename="../app/ui/case_rights_actions.py" line="348"/>
        <source>Lift the restriction of this case? From now on actions, letters and handovers can be made for it again.</source>
        <translation>De beperking van deze zaak opheffen? Vanaf nu kunnen er weer acties, brieven en overdrachten voor worden gemaakt.</translation>
    </message>
    <message>
        <location filename="../app/ui/case_rights_actions.py" line="455"/>
        <source>Withdraw consent</source>
        <translation>Toestemming intrekken</translation>
    </message>
    <message>
        <location filename="../app/ui/case_rights_actions.py" line="456"/>
        <source>This case has no consent that can be withdrawn.</source>
        <translation>Deze zaak heeft geen toestemming die kan worden ingetrokken.</translation>
    </message>
    <message>
        <location filename="../app/ui/case_rights_actions.py" line="491"/>
        <source>Correct details…</source>
        <translation>Gegevens corrigeren…</translation>
    </message>
    <message>
        <location filename="../app/ui/case_rights_actions.py" line="494"/>
        <source>Restrict processing…</source>
        <translation>Verwerking beperken…</translation>
    </message>
    <message>
        <location filename="../app/ui/case_rights_actions.py" line="497"/>
        <source>Lift restriction…</source>
        <translation>Beperking opheffen…</translation>
    </message>
    <message>
        <location filename="../app/ui/case_rights_actions.py" line="500"/>
        <source>Withdraw consent…</source>
        <translation>Toestemming intrekken…</translation>
    </message>
</context>
<context>
    <name>CaseTableModel</name>
    <message>
        <location filename="../app/ui/case_table.py" line="171"/>
        <source>Click to sort by this column; click again to reverse.</source>
        <extracomment>the tone (a key of TONES) of the deadline cell: what its colour and symbol say, as data tones of a fixed date still ahead, nearest first</extracomment>
        <translation>Klik om op deze kolom te sorteren; klik nog eens om de volgorde om te draaien.</translation>
    </message>
    <message>
        <location filename="../app/ui/case_table.py" line="176"/>
        <source>Priority</source>
        <translation>Prioriteit</translation>
    </message>
    <message>
        <location filename="../app/ui/case_table.py" line="177"/>
        <source>Tenant</source>
        <translation>Huurder</translation>
    </message>
    <message>
        <location filename="../app/ui/case_table.py" line="178"/>
        <source>Next deadline</source>
        <translation>Volgende termijn</translation>
    </message>
    <message>
        <location filename="../app/ui/case_table.py" line="179"/>
        <source>Corporation</source>
        <translation>Corporatie</translation>
    </message>
    <message>
        <location filename="../app/ui/case_table.py" line="180"/>
        <source>Reference</source>
        <translation>Referentie</translation>
    </message>
    <message>
        <location filename="../app/ui/case_table.py" line="181"/>
        <source>Signal date</source>
        <translation>Melddatum</translation>
    </message>
    <message>
        <location filename="../app/ui/case_table.py" line="182"/>
        <source>Signals</source>
        <translation>Signalen</translation>
    </message>
    <message>
        <location filename="../app/ui/case_table.py" line="183"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../app/ui/case_table.py" line="184"/>
        <source>Assigned to</source>
        <translation>Toegewezen aan</translation>
    </message>
    <message>
        <location filename="../app/ui/case_table.py" line="210"/>
        <source>eviction %1</source>
        <translation>ontruiming %1</translation>
    </message>
    <message>
        <location filename="../app/ui/case_table.py" line="239"/>
        <source> (DEMO)</source>
        <translation> (DEMO)</translation>
    </message>
    <message>
        <location filename="../app/ui/case_table.py" line="243"/>
        <source>— no open deadline</source>
        <translation>— geen open termijn</translation>
    </message>
    <message>
        <location filename="../app/ui/case_table.py" line="268"/>
        <source>%1, due %2 (%3): %4</source>
        <translation>%1, uiterlijk %2 (%3): %4</translation>
    </message>
    <message>
        <location filename="../app/ui/case_table.py" line="278"/>
        <source>Priority: %1</source>
        <translation>Prioriteit: %1</translation>
    </message>
    <message>
        <location filename="../app/ui/case_table.py" line="285"/>
        <source>%1 %2 (%3): %4</source>
        <translation>%1 %2 (%3): %4</translation>
    </message>
    <message>
        <location filename="../app/ui/case_table.py" line="302"/>
        <source>Why this place in the list:</source>
        <translation>Waarom deze plek in de lijst:</translation>
    </message>
    <message>
        <location filename="../app/ui/case_table.py" line="306"/>
        <source>1. An eviction date is known (%1): these cases come first, soonest eviction first.</source>
        <translation>1. Er is een ontruimingsdatum bekend (%1): deze zaken komen eerst, de vroegste ontruiming voorop.</translation>
    </message>
    <message>
        <location filename="../app/ui/case_table.py" line="312"/>
        <source>2. Priority (H 3.6): %1.</source>
        <translation>2. Prioriteit (H&#xa0;3.6): %1.</translation>
    </message>
    <message>
        <location filename="../app/ui/case_table.py" line="314"/>
        <source>2. No priority reason: after the priority cases.</source>
        <translation>2. Geen reden voor prioriteit: na de zaken met prioriteit.</translation>
    </message>
    <message>
        <location filename="../app/ui/case_table.py" line="319"/>
        <source>3. Earliest open deadline: %1 on %2.</source>
        <translation>3. Vroegste open termijn: %1 op %2.</translation>
    </message>
    <message>
        <location filename="../app/ui/case_table.py" line="325"/>
        <source>3. No open deadline.</source>
        <translation>3. Geen open termijn.</translation>
    </message>
    <message>
        <location filename="../app/ui/case_table.py" line="327"/>
        <source>4. Then by signal date (%1).</source>
        <translation>4. Daarna op melddatum (%1).</translation>
    </message>
</context>
<context>
    <name>CaseView</name>
    <message>
        <location filename="../app/ui/case_view.py" line="110"/>
        <source>The date lies in the future.</source>
        <extracomment>QSettings key: the worker folded the case header away below this window height a workbench tab folds the facts away while it is open (a 1366 x 768 laptop, or 1920 x 1080 at 150 %) the deadline table grows to show this many rows before it scrolls</extracomment>
        <translation>De datum ligt in de toekomst.</translation>
    </message>
    <message>
        <location filename="../app/ui/case_view.py" line="111"/>
        <source>The date lies before the signal was received.</source>
        <translation>De datum ligt vóór de ontvangst van de melding.</translation>
    </message>
    <message>
        <location filename="../app/ui/case_view.py" line="114"/>
        <source>This case is closed.</source>
        <translation>Deze zaak is afgesloten.</translation>
    </message>
    <message>
        <location filename="../app/ui/case_view.py" line="115"/>
        <source>A warm handover needs the tenant&apos;s consent. Record the consent first (tab Consents).</source>
        <translation>Voor een warme overdracht is toestemming van de huurder nodig. Leg eerst de toestemming vast (tabblad Toestemmingen).</translation>
    </message>
    <message>
        <location filename="../app/ui/case_view.py" line="119"/>
        <source>This was already undone.</source>
        <translation>Dit was al ongedaan gemaakt.</translation>
    </message>
    <message>
        <location filename="../app/ui/case_view.py" line="120"/>
        <source>The note is empty.</source>
        <translation>De notitie is leeg.</translation>
    </message>
    <message>
        <location filename="../app/ui/case_view.py" line="121"/>
        <source>Please fill in every field.</source>
        <translation>Vul alle velden in.</translation>
    </message>
    <message>
        <location filename="../app/ui/case_view.py" line="122"/>
        <source>Geregelde Betaling is only for tenants with a Participatiewet benefit (article 1.5). Choose another instrument.</source>
        <translation>Geregelde Betaling is alleen voor huurders met een uitkering uit de Participatiewet (artikel 1.5). Kies een ander instrument.</translation>
    </message>
    <message>
        <location filename="../app/ui/case_view.py" line="127"/>
        <source>Choose one of the grounds.</source>
        <translation>Kies een van de gronden.</translation>
    </message>
    <message>
        <location filename="../app/ui/case_view.py" line="128"/>
        <source>This covenant has no Sluitende Aanpak.</source>
        <translation>Dit convenant kent geen Sluitende Aanpak.</translation>
    </message>
    <message>
        <location filename="../app/ui/case_view.py" line="131"/>
        <source>Please answer yes or no.</source>
        <translation>Beantwoord dit met ja of nee.</translation>
    </message>
    <message>
        <location filename="../app/ui/case_view.py" line="132"/>
        <source>This case has no eviction date. Say why the troubleshooter is called in: a specific question or a stuck case (article 2.3).</source>
        <translation>Deze zaak heeft geen ontruimingsdatum. Geef aan waarom de troubleshooter wordt ingeschakeld: een specifieke vraag of een vastgelopen zaak (artikel 2.3).</translation>
    </message>
    <message>
        <location filename="../app/ui/case_view.py" line="154"/>
        <source>← Back to the list</source>
        <translation>← Terug naar de lijst</translation>
    </message>
    <message>
        <location filename="../app/ui/case_view.py" line="155"/>
        <source>Esc</source>
        <translation>Esc</translation>
    </message>
    <message>
        <location filename="../app/ui/case_view.py" line="172"/>
        <source>End the trajectory…</source>
        <translation>Traject beëindigen…</translation>
    </message>
    <message>
        <location filename="../app/ui/case_view.py" line="183"/>
        <source>Make the notice…</source>
        <translation>Bericht maken…</translation>
    </message>
    <message>
        <location filename="../app/ui/case_view.py" line="189"/>
        <source>Assign to me</source>
        <translation>Aan mij toewijzen</translation>
    </message>
    <message>
        <location filename="../app/ui/case_view.py" line="199"/>
        <source>More actions</source>
        <translation>Meer acties</translation>
    </message>
    <message>
        <location filename="../app/ui/case_view.py" line="212"/>
        <source>Letter</source>
        <translation>Brief</translation>
    </message>
    <message>
        <location filename="../app/ui/case_view.py" line="216"/>
        <source>Feedback to the corporation…</source>
        <translation>Terugkoppeling aan de corporatie…</translation>
    </message>
    <message>
        <location filename="../app/ui/case_view.py" line="219"/>
        <source>Announcement to the tenant…</source>
        <translation>Aankondiging aan de huurder…</translation>
    </message>
    <message>
        <location filename="../app/ui/case_view.py" line="222"/>
        <source>Notice to the troubleshooter…</source>
        <translation>Melding aan de troubleshooter…</translation>
    </message>
    <message>
        <location filename="../app/ui/case_view.py" line="225"/>
        <source>Payment agreement not kept, to the corporation…</source>
        <translation>Betaalafspraak niet nagekomen, aan de corporatie…</translation>
    </message>
    <message>
        <location filename="../app/ui/case_view.py" line="230"/>
        <source>Privacy</source>
        <translation>Privacy</translation>
    </message>
    <message>
        <location filename="../app/ui/case_view.py" line="244"/>
        <source>Term</source>
        <translation>Termijn</translation>
    </message>
    <message>
        <location filename="../app/ui/case_view.py" line="245"/>
        <source>Article</source>
        <translation>Artikel</translation>
    </message>
    <message>
        <location filename="../app/ui/case_view.py" line="246"/>
        <source>Due</source>
        <translation>Uiterlijk</translation>
    </message>
    <message>
        <location filename="../app/ui/case_view.py" line="247"/>
        <source>Countdown</source>
        <translation>Aftellen</translation>
    </message>
    <message>
        <location filename="../app/ui/case_view.py" line="248"/>
        <location filename="../app/ui/case_view.py" line="543"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../app/ui/case_view.py" line="249"/>
        <source>Moved by</source>
        <translation>Verschoven door</translation>
    </message>
    <message>
        <location filename="../app/ui/case_view.py" line="267"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location filename="../app/ui/case_view.py" line="267"/>
        <source>What happened</source>
        <translation>Wat er gebeurde</translation>
    </message>
    <message>
        <location filename="../app/ui/case_view.py" line="267"/>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <location filename="../app/ui/case_view.py" line="267"/>
        <source>By</source>
        <translation>Door</translation>
    </message>
    <message>
        <location filename="../app/ui/case_view.py" line="276"/>
        <source>Undo selected action…</source>
        <translation>Gekozen actie ongedaan maken…</translation>
    </message>
    <message>
        <location filename="../app/ui/case_view.py" line="288"/>
        <source>Internal notes stay inside Vangnet. They never go into a letter without the tenant&apos;s written consent.</source>
        <translation>Interne notities blijven in Vangnet. Ze komen nooit in een brief zonder schriftelijke toestemming van de huurder.</translation>
    </message>
    <message>
        <location filename="../app/ui/case_view.py" line="294"/>
        <source>Add internal note…</source>
        <translation>Interne notitie toevoegen…</translation>
    </message>
    <message>
        <location filename="../app/ui/case_view.py" line="305"/>
        <source>For</source>
        <translation>Voor</translation>
    </message>
    <message>
        <location filename="../app/ui/case_view.py" line="305"/>
        <source>Given on</source>
        <translation>Gegeven op</translation>
    </message>
    <message>
        <location filename="../app/ui/case_view.py" line="305"/>
        <source>In writing</source>
        <translation>Schriftelijk</translation>
    </message>
    <message>
        <location filename="../app/ui/case_view.py" line="305"/>
        <source>Recorded by</source>
        <translation>Vastgelegd door</translation>
    </message>
    <message>
        <location filename="../app/ui/case_view.py" line="310"/>
        <source>Record consent…</source>
        <translation>Toestemming vastleggen…</translation>
    </message>
    <message>
        <location filename="../app/ui/case_view.py" line="265"/>
        <location filename="../app/ui/case_view.py" line="319"/>
        <source>Timeline</source>
        <translation>Tijdlijn</translation>
    </message>
    <message>
        <location filename="../app/ui/case_view.py" line="284"/>
        <location filename="../app/ui/case_view.py" line="320"/>
        <source>Internal notes</source>
        <translation>Interne notities</translation>
    </message>
    <message>
        <location filename="../app/ui/case_view.py" line="303"/>
        <location filename="../app/ui/case_view.py" line="321"/>
        <source>Consents</source>
        <translation>Toestemmingen</translation>
    </message>
    <message>
        <location filename="../app/ui/case_view.py" line="325"/>
        <source>Debts and proposal</source>
        <translation>Schulden en voorstel</translation>
    </message>
    <message>
        <location filename="../app/ui/case_view.py" line="327"/>
        <source>Documents</source>
        <translation>Documenten</translation>
    </message>
    <message>
        <location filename="../app/ui/case_view.py" line="241"/>
        <location filename="../app/ui/case_view.py" line="364"/>
        <source>Deadlines</source>
        <translation>Termijnen</translation>
    </message>
    <message>
        <location filename="../app/ui/case_view.py" line="318"/>
        <source>Parts of the case</source>
        <translation>Onderdelen van de zaak</translation>
    </message>
    <message>
        <location filename="../app/ui/case_view.py" line="423"/>
        <source>Hide details</source>
        <translation>Gegevens verbergen</translation>
    </message>
    <message>
        <location filename="../app/ui/case_view.py" line="423"/>
        <source>Show details</source>
        <translation>Gegevens tonen</translation>
    </message>
    <message>
        <location filename="../app/ui/case_view.py" line="428"/>
        <source>Fold the tenant&apos;s details away to give the deadlines more room (Ctrl+D)</source>
        <translation>Klap de gegevens van de huurder in, zodat de termijnen meer ruimte krijgen (Ctrl+D)</translation>
    </message>
    <message>
        <location filename="../app/ui/case_view.py" line="430"/>
        <source>Show the tenant&apos;s details (Ctrl+D)</source>
        <translation>Toon de gegevens van de huurder (Ctrl+D)</translation>
    </message>
    <message>
        <location filename="../app/ui/case_view.py" line="474"/>
        <location filename="../app/ui/case_view.py" line="494"/>
        <source>Unsaved changes</source>
        <translation>Niet-opgeslagen wijzigingen</translation>
    </message>
    <message>
        <location filename="../app/ui/case_view.py" line="476"/>
        <source>The budget and debts of this case have changes that are not saved yet. Save them now?</source>
        <translation>Het budget en de schulden van deze zaak hebben wijzigingen die nog niet zijn opgeslagen. Wilt u ze nu opslaan?</translation>
    </message>
    <message>
        <location filename="../app/ui/case_view.py" line="496"/>
        <source>The changes could not be saved because some fields are not valid. Open the case again to correct them, or discard the changes.</source>
        <translation>De wijzigingen zijn niet opgeslagen, omdat sommige velden niet kloppen. Open de zaak opnieuw om ze te verbeteren, of gooi de wijzigingen weg.</translation>
    </message>
    <message>
        <location filename="../app/ui/case_view.py" line="523"/>
        <source> — DEMO</source>
        <translation> — DEMO</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/ui/case_view.py" line="526"/>
        <source>%n occupant(s)</source>
        <translation>
            <numerusform>%n bewoner</numerusform>
            <numerusform>%n bewoners</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/ui/case_view.py" line="528"/>
        <source>; other occupants aged %1</source>
        <translation>; andere bewoners: %1 jaar</translation>
    </message>
    <message>
        <location filename="../app/ui/case_view.py" line="530"/>
        <source>Address</source>
        <translation>Adres</translation>
    </message>
    <message>
        <location filename="../app/ui/case_view.py" line="531"/>
        <source>Phone</source>
        <translation>Telefoon</translation>
    </message>
    <message>
        <location filename="../app/ui/case_view.py" line="532"/>
        <source>Tenant</source>
        <translation>Huurder</translation>
    </message>
    <message>
        <location filename="../app/ui/case_view.py" line="532"/>
        <source>aged %1</source>
        <translation>%1 jaar</translation>
    </message>
    <message>
        <location filename="../app/ui/case_view.py" line="533"/>
        <source>Household</source>
        <translation>Huishouden</translation>
    </message>
    <message>
        <location filename="../app/ui/case_view.py" line="535"/>
        <source>Corporation</source>
        <translation>Corporatie</translation>
    </message>
    <message>
        <location filename="../app/ui/case_view.py" line="536"/>
        <source>reference</source>
        <translation>referentie</translation>
    </message>
    <message>
        <location filename="../app/ui/case_view.py" line="539"/>
        <source>Signal</source>
        <translation>Melding</translation>
    </message>
    <message>
        <location filename="../app/ui/case_view.py" line="546"/>
        <source>not yet decided whether it is taken on</source>
        <translation>nog niet besloten of de melding in behandeling wordt genomen</translation>
    </message>
    <message>
        <location filename="../app/ui/case_view.py" line="551"/>
        <source>assigned to</source>
        <translation>toegewezen aan</translation>
    </message>
    <message>
        <location filename="../app/ui/case_view.py" line="558"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../app/ui/case_view.py" line="563"/>
        <source>%1 months</source>
        <translation>%1 maanden</translation>
    </message>
    <message>
        <location filename="../app/ui/case_view.py" line="565"/>
        <source>since %1</source>
        <translation>sinds %1</translation>
    </message>
    <message>
        <location filename="../app/ui/case_view.py" line="566"/>
        <source>Rent arrears</source>
        <translation>Huurachterstand</translation>
    </message>
    <message>
        <location filename="../app/ui/case_view.py" line="568"/>
        <source>Monthly rent</source>
        <translation>Maandhuur</translation>
    </message>
    <message>
        <location filename="../app/ui/case_view.py" line="572"/>
        <source>Collection may resume</source>
        <translation>Incasso mag hervatten</translation>
    </message>
    <message>
        <location filename="../app/ui/case_view.py" line="573"/>
        <source>not answered yet</source>
        <translation>nog niet beantwoord</translation>
    </message>
    <message>
        <location filename="../app/ui/case_view.py" line="577"/>
        <source>no, not yet</source>
        <translation>nee, nog niet</translation>
    </message>
    <message>
        <location filename="../app/ui/case_view.py" line="583"/>
        <source>Planned bailiff</source>
        <translation>Deurwaarder gepland</translation>
    </message>
    <message>
        <location filename="../app/ui/case_view.py" line="589"/>
        <source>Eviction date</source>
        <translation>Ontruimingsdatum</translation>
    </message>
    <message>
        <location filename="../app/ui/case_view.py" line="593"/>
        <source>Contact at the corporation</source>
        <translation>Contactpersoon corporatie</translation>
    </message>
    <message>
        <location filename="../app/ui/case_view.py" line="594"/>
        <source>Wijkteam contact</source>
        <translation>Contactpersoon wijkteam</translation>
    </message>
    <message>
        <location filename="../app/ui/case_view.py" line="605"/>
        <source>No priority reason</source>
        <translation>Geen reden voor prioriteit</translation>
    </message>
    <message>
        <location filename="../app/ui/case_view.py" line="612"/>
        <source>Processing restricted since %1 (AVG article 18): the case is kept and can be read, but nothing is done with it until the restriction is lifted (Privacy menu).</source>
        <translation>Verwerking beperkt sinds %1 (AVG artikel 18): de zaak blijft bewaard en is in te zien, maar er gebeurt niets mee tot de beperking is opgeheven (menu Privacy).</translation>
    </message>
    <message>
        <location filename="../app/ui/case_view.py" line="625"/>
        <source>The 14-day recovery term passed on %1 without the current rent being paid. Under article 7.6 the debt-help trajectory then ends.</source>
        <translation>De hersteltermijn van 14 dagen is op %1 verstreken zonder dat de lopende huur is betaald. Volgens artikel 7.6 eindigt het schuldhulptraject dan.</translation>
    </message>
    <message>
        <location filename="../app/ui/case_view.py" line="635"/>
        <source>The payment agreement was not kept (%1). Under article 3.9 the corporation is told at once: make the notice and send it.</source>
        <translation>De betaalafspraak is niet nagekomen (%1). Volgens artikel 3.9 hoort de corporatie dat direct: maak het bericht en verstuur het.</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/ui/case_view.py" line="653"/>
        <source>%n weekend day(s)</source>
        <translation>
            <numerusform>%n weekenddag</numerusform>
            <numerusform>%n weekenddagen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/ui/case_view.py" line="680"/>
        <source>No Royal-Decree holidays are loaded for %1: deadlines in that year may be off by a day. Check them against the official calendar.</source>
        <translation>De dagen uit het Koninklijk Besluit voor %1 ontbreken: termijnen in dat jaar kunnen een dag afwijken. Controleer ze met de officiële kalender.</translation>
    </message>
    <message>
        <location filename="../app/ui/case_view.py" line="695"/>
        <source> (undone)</source>
        <translation> (ongedaan gemaakt)</translation>
    </message>
    <message>
        <location filename="../app/ui/case_view.py" line="715"/>
        <source>INTERNAL</source>
        <translation>INTERN</translation>
    </message>
    <message>
        <location filename="../app/ui/case_view.py" line="718"/>
        <source>No internal notes.</source>
        <translation>Geen interne notities.</translation>
    </message>
    <message>
        <location filename="../app/ui/case_view.py" line="575"/>
        <location filename="../app/ui/case_view.py" line="732"/>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <location filename="../app/ui/case_view.py" line="137"/>
        <source>Choose why the troubleshooter is called in (article 2.3).</source>
        <translation>Kies waarom de troubleshooter wordt ingeschakeld (artikel 2.3).</translation>
    </message>
    <message>
        <location filename="../app/ui/case_view.py" line="728"/>
        <source> · withdrawn on %1</source>
        <translation> · ingetrokken op %1</translation>
    </message>
    <message>
        <location filename="../app/ui/case_view.py" line="732"/>
        <source>no</source>
        <translation>nee</translation>
    </message>
    <message>
        <location filename="../app/ui/case_view.py" line="740"/>
        <source>not in the contact list</source>
        <translation>staat niet in de contactlijst</translation>
    </message>
    <message>
        <location filename="../app/ui/case_view.py" line="749"/>
        <source>new e-mail address awaits confirmation</source>
        <translation>nieuw e-mailadres wacht op bevestiging</translation>
    </message>
    <message>
        <location filename="../app/ui/case_view.py" line="757"/>
        <source>reached</source>
        <translation>bereikt</translation>
    </message>
    <message>
        <location filename="../app/ui/case_view.py" line="757"/>
        <source>not reached</source>
        <translation>niet bereikt</translation>
    </message>
    <message>
        <location filename="../app/ui/case_view.py" line="769"/>
        <source>collection may resume</source>
        <translation>incasso mag hervatten</translation>
    </message>
    <message>
        <location filename="../app/ui/case_view.py" line="771"/>
        <source>collection may not resume yet</source>
        <translation>incasso mag nog niet hervatten</translation>
    </message>
    <message>
        <location filename="../app/ui/case_view.py" line="775"/>
        <source>to SDV</source>
        <translation>naar SDV</translation>
    </message>
    <message>
        <location filename="../app/ui/case_view.py" line="775"/>
        <source>to troubleshooter</source>
        <translation>naar troubleshooter</translation>
    </message>
    <message>
        <location filename="../app/ui/case_view.py" line="780"/>
        <source>warm handover</source>
        <translation>warme overdracht</translation>
    </message>
    <message>
        <location filename="../app/ui/case_view.py" line="786"/>
        <source>sent by e-mail</source>
        <translation>verstuurd per e-mail</translation>
    </message>
    <message>
        <location filename="../app/ui/case_view.py" line="787"/>
        <source>sent by post</source>
        <translation>verstuurd per post</translation>
    </message>
    <message>
        <location filename="../app/ui/case_view.py" line="788"/>
        <source>saved by the worker</source>
        <translation>zelf opgeslagen</translation>
    </message>
    <message>
        <location filename="../app/ui/case_view.py" line="794"/>
        <source>arrears arrangement</source>
        <translation>betalingsregeling huurachterstand</translation>
    </message>
    <message>
        <location filename="../app/ui/case_view.py" line="795"/>
        <source>settlement offer</source>
        <translation>aanbod minnelijk traject</translation>
    </message>
    <message>
        <location filename="../app/ui/case_view.py" line="796"/>
        <source>no proposal possible yet</source>
        <translation>nog geen voorstel mogelijk</translation>
    </message>
    <message>
        <location filename="../app/ui/case_view.py" line="801"/>
        <source>feedback to the corporation</source>
        <translation>terugkoppeling aan de corporatie</translation>
    </message>
    <message>
        <location filename="../app/ui/case_view.py" line="802"/>
        <source>announcement to the tenant</source>
        <translation>aankondiging aan de huurder</translation>
    </message>
    <message>
        <location filename="../app/ui/case_view.py" line="803"/>
        <source>notice to the troubleshooter</source>
        <translation>melding aan de troubleshooter</translation>
    </message>
    <message>
        <location filename="../app/ui/case_view.py" line="804"/>
        <source>proposal to the corporation</source>
        <translation>voorstel aan de corporatie</translation>
    </message>
    <message>
        <location filename="../app/ui/case_view.py" line="850"/>
        <location filename="../app/ui/case_view.py" line="859"/>
        <location filename="../app/ui/case_view.py" line="869"/>
        <source>Undo</source>
        <translation>Ongedaan maken</translation>
    </message>
    <message>
        <location filename="../app/ui/case_view.py" line="850"/>
        <source>First select the action to undo in the timeline.</source>
        <translation>Kies eerst in de tijdlijn de actie die u ongedaan wilt maken.</translation>
    </message>
    <message>
        <location filename="../app/ui/case_view.py" line="861"/>
        <source>Undo “%1”? It stays visible as undone, and the deadlines are recomputed.</source>
        <translation>“%1” ongedaan maken? Het blijft zichtbaar als ongedaan gemaakt en de termijnen worden opnieuw berekend.</translation>
    </message>
    <message>
        <location filename="../app/ui/case_view.py" line="877"/>
        <location filename="../app/ui/case_view.py" line="884"/>
        <source>Internal note</source>
        <translation>Interne notitie</translation>
    </message>
    <message>
        <location filename="../app/ui/case_view.py" line="877"/>
        <source>Internal note (stays inside Vangnet):</source>
        <translation>Interne notitie (blijft in Vangnet):</translation>
    </message>
    <message>
        <location filename="../app/ui/case_view.py" line="898"/>
        <source>Consent</source>
        <translation>Toestemming</translation>
    </message>
    <message>
        <location filename="../app/ui/case_view.py" line="941"/>
        <source>warm handover to other help</source>
        <translation>warme overdracht naar andere hulp</translation>
    </message>
    <message>
        <location filename="../app/ui/case_view.py" line="942"/>
        <source>sharing more with the corporation</source>
        <translation>meer delen met de corporatie</translation>
    </message>
    <message>
        <location filename="../app/ui/case_view.py" line="945"/>
        <source>signal without arrears</source>
        <translation>melding zonder achterstand</translation>
    </message>
</context>
<context>
    <name>ClosingDaysPage</name>
    <message>
        <location filename="../app/ui/settings_pages.py" line="678"/>
        <location filename="../app/ui/settings_pages.py" line="698"/>
        <source>Office closing days</source>
        <translation>Sluitingsdagen</translation>
    </message>
    <message>
        <location filename="../app/ui/settings_pages.py" line="680"/>
        <source>Days on which your office is closed, besides weekends and the public holidays of the Algemene termijnenwet. A deadline that runs over a closing day moves one working day later. When you save, the deadlines of all cases are recomputed.</source>
        <translation>Dagen waarop uw kantoor dicht is, naast het weekend en de feestdagen van de Algemene termijnenwet. Een termijn die over een sluitingsdag loopt, schuift een werkdag op. Bij het opslaan worden de termijnen van alle zaken opnieuw berekend.</translation>
    </message>
    <message>
        <location filename="../app/ui/settings_pages.py" line="688"/>
        <source>Closing day to add</source>
        <translation>Sluitingsdag om toe te voegen</translation>
    </message>
    <message>
        <location filename="../app/ui/settings_pages.py" line="693"/>
        <source>Add</source>
        <translation>Toevoegen</translation>
    </message>
    <message>
        <location filename="../app/ui/settings_pages.py" line="695"/>
        <source>Remove</source>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <location filename="../app/ui/settings_pages.py" line="702"/>
        <source>Day</source>
        <translation>Dag</translation>
    </message>
    <message>
        <location filename="../app/ui/settings_pages.py" line="761"/>
        <source>(new, not saved yet)</source>
        <translation>(nieuw, nog niet opgeslagen)</translation>
    </message>
    <message>
        <location filename="../app/ui/settings_pages.py" line="769"/>
        <source>No closing days from this year on.</source>
        <translation>Geen sluitingsdagen vanaf dit jaar.</translation>
    </message>
</context>
<context>
    <name>CodeDialog</name>
    <message>
        <location filename="../app/ui/unlock_code_dialog.py" line="117"/>
        <source>Unlock Vangnet</source>
        <translation>Vangnet ontgrendelen</translation>
    </message>
    <message>
        <location filename="../app/ui/unlock_code_dialog.py" line="117"/>
        <source>Change your unlock code</source>
        <translation>Uw ontgrendelcode wijzigen</translation>
    </message>
    <message>
        <location filename="../app/ui/unlock_code_dialog.py" line="123"/>
        <source>Type your current unlock code</source>
        <translation>Typ uw huidige ontgrendelcode</translation>
    </message>
    <message>
        <location filename="../app/ui/unlock_code_dialog.py" line="124"/>
        <source>Type your unlock code</source>
        <translation>Typ uw ontgrendelcode</translation>
    </message>
    <message>
        <location filename="../app/ui/unlock_code_dialog.py" line="129"/>
        <source>First type the code you use now; then choose the new one.</source>
        <translation>Typ eerst de code die u nu gebruikt; daarna kiest u de nieuwe.</translation>
    </message>
    <message>
        <location filename="../app/ui/unlock_code_dialog.py" line="132"/>
        <source>Vangnet is locked. Only the person who works here knows the code that opens it.</source>
        <translation>Vangnet is vergrendeld. Alleen wie hier werkt, kent de code die het opent.</translation>
    </message>
    <message>
        <location filename="../app/ui/unlock_code_dialog.py" line="137"/>
        <source>Unlock code</source>
        <translation>Ontgrendelcode</translation>
    </message>
    <message>
        <location filename="../app/ui/unlock_code_dialog.py" line="144"/>
        <source>Forgot the code? Use the recovery key…</source>
        <translation>Code vergeten? Gebruik de herstelsleutel…</translation>
    </message>
    <message>
        <location filename="../app/ui/unlock_code_dialog.py" line="151"/>
        <source>Unlock</source>
        <translation>Ontgrendelen</translation>
    </message>
    <message>
        <location filename="../app/ui/unlock_code_dialog.py" line="151"/>
        <source>Next</source>
        <translation>Volgende</translation>
    </message>
    <message>
        <location filename="../app/ui/unlock_code_dialog.py" line="171"/>
        <source>Type your unlock code first.</source>
        <translation>Typ eerst uw ontgrendelcode.</translation>
    </message>
    <message>
        <location filename="../app/ui/unlock_code_dialog.py" line="187"/>
        <source>This unlock code is not right. Try again.</source>
        <translation>Deze ontgrendelcode klopt niet. Probeer het opnieuw.</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/ui/unlock_code_dialog.py" line="201"/>
        <source>The code was wrong several times in a row. You can try again in %n second(s).</source>
        <translation>
            <numerusform>De code was een paar keer achter elkaar fout. U kunt het over %n seconde opnieuw proberen.</numerusform>
            <numerusform>De code was een paar keer achter elkaar fout. U kunt het over %n seconden opnieuw proberen.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/ui/unlock_code_dialog.py" line="215"/>
        <source>You can try again now.</source>
        <translation>U kunt het nu opnieuw proberen.</translation>
    </message>
    <message>
        <location filename="../app/ui/unlock_code_dialog.py" line="224"/>
        <source>The recovery key was right. Choose a new unlock code now.</source>
        <translation>De herstelsleutel klopt. Kies nu een nieuwe ontgrendelcode.</translation>
    </message>
</context>
<context>
    <name>ConsentDialog</name>
    <message>
        <location filename="../app/ui/case_view.py" line="907"/>
        <source>Record consent</source>
        <translation>Toestemming vastleggen</translation>
    </message>
    <message>
        <location filename="../app/ui/case_view.py" line="915"/>
        <source>Given in writing</source>
        <translation>Schriftelijk gegeven</translation>
    </message>
    <message>
        <location filename="../app/ui/case_view.py" line="917"/>
        <source>Consent for</source>
        <translation>Toestemming voor</translation>
    </message>
    <message>
        <location filename="../app/ui/case_view.py" line="918"/>
        <source>Given on</source>
        <translation>Gegeven op</translation>
    </message>
</context>
<context>
    <name>ContactTableModel</name>
    <message>
        <location filename="../app/ui/contacts_page.py" line="180"/>
        <source>Organisation</source>
        <translation>Organisatie</translation>
    </message>
    <message>
        <location filename="../app/ui/contacts_page.py" line="181"/>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <location filename="../app/ui/contacts_page.py" line="182"/>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <location filename="../app/ui/contacts_page.py" line="183"/>
        <source>Job title</source>
        <translation>Functie</translation>
    </message>
    <message>
        <location filename="../app/ui/contacts_page.py" line="184"/>
        <source>Phone</source>
        <translation>Telefoon</translation>
    </message>
    <message>
        <location filename="../app/ui/contacts_page.py" line="185"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../app/ui/contacts_page.py" line="186"/>
        <source>Wijk</source>
        <translation>Wijk</translation>
    </message>
    <message>
        <location filename="../app/ui/contacts_page.py" line="192"/>
        <source>⚠ awaits confirmation</source>
        <translation>⚠ wacht op bevestiging</translation>
    </message>
    <message>
        <location filename="../app/ui/contacts_page.py" line="204"/>
        <source>This e-mail address is new in the shared list. Letters do not use it until someone confirms it (tab &apos;E-mail addresses to confirm&apos;).</source>
        <translation>Dit e-mailadres is nieuw in de gedeelde lijst. Brieven gebruiken het pas als iemand het bevestigt (tabblad &apos;E-mailadressen bevestigen&apos;).</translation>
    </message>
</context>
<context>
    <name>ContactsFolderPage</name>
    <message>
        <location filename="../app/ui/settings_pages.py" line="602"/>
        <source>Shared contact list</source>
        <translation>Gedeelde contactlijst</translation>
    </message>
    <message>
        <location filename="../app/ui/settings_pages.py" line="604"/>
        <source>The policy adviser keeps the contact list of the covenant (appendix 3) as contactlijst.xlsx or contactlijst.csv in a shared folder. Vangnet takes the list from there and keeps it up to date; letters are addressed from it.</source>
        <translation>De beleidsadviseur beheert de contactlijst van het convenant (bijlage 3) als contactlijst.xlsx of contactlijst.csv in een gedeelde map. Vangnet haalt de lijst daar op en houdt hem bij; brieven worden ermee geadresseerd.</translation>
    </message>
    <message>
        <location filename="../app/ui/settings_pages.py" line="611"/>
        <source>Choose folder…</source>
        <translation>Map kiezen…</translation>
    </message>
    <message>
        <location filename="../app/ui/settings_pages.py" line="633"/>
        <source>Shared folder with the contact list</source>
        <translation>Gedeelde map met de contactlijst</translation>
    </message>
    <message>
        <location filename="../app/ui/settings_pages.py" line="647"/>
        <source>New folder: %1. Vangnet takes the list from there once you save.</source>
        <translation>Nieuwe map: %1. Vangnet haalt de lijst daar op zodra u opslaat.</translation>
    </message>
    <message>
        <location filename="../app/ui/settings_pages.py" line="654"/>
        <source>This folder cannot be reached right now. You can save it all the same; Vangnet keeps trying.</source>
        <translation>Deze map is nu niet bereikbaar. U kunt hem toch opslaan; Vangnet blijft het proberen.</translation>
    </message>
    <message>
        <location filename="../app/ui/settings_pages.py" line="662"/>
        <source>Shared folder: %1</source>
        <translation>Gedeelde map: %1</translation>
    </message>
    <message>
        <location filename="../app/ui/settings_pages.py" line="666"/>
        <source>No shared folder has been chosen yet.</source>
        <translation>Er is nog geen gedeelde map gekozen.</translation>
    </message>
</context>
<context>
    <name>ContactsPage</name>
    <message>
        <location filename="../app/ui/contacts_page.py" line="329"/>
        <location filename="../app/ui/contacts_page.py" line="381"/>
        <source>Contacts</source>
        <extracomment>asks a yes/no question; tests replace it</extracomment>
        <translation>Contacten</translation>
    </message>
    <message>
        <location filename="../app/ui/contacts_page.py" line="333"/>
        <source>The fixed contact persons of every party (covenant appendix 3). The policy adviser keeps the list in a shared folder; Vangnet takes it from there.</source>
        <translation>De vaste contactpersonen van elke partij (bijlage 3 van het convenant). De beleidsadviseur houdt de lijst bij in een gedeelde map; Vangnet haalt hem daar op.</translation>
    </message>
    <message>
        <location filename="../app/ui/contacts_page.py" line="343"/>
        <location filename="../app/ui/contacts_page.py" line="580"/>
        <source>Update now</source>
        <translation>Nu bijwerken</translation>
    </message>
    <message>
        <location filename="../app/ui/contacts_page.py" line="346"/>
        <source>Choose folder…</source>
        <translation>Map kiezen…</translation>
    </message>
    <message>
        <location filename="../app/ui/contacts_page.py" line="370"/>
        <source>Review…</source>
        <extracomment>what the last sync in this session did (or why it did not) the changes a sync made, or the problems of a rejected file, one per line</extracomment>
        <translation>Bekijken…</translation>
    </message>
    <message>
        <location filename="../app/ui/contacts_page.py" line="382"/>
        <location filename="../app/ui/contacts_page.py" line="423"/>
        <source>Contact list</source>
        <translation>Contactlijst</translation>
    </message>
    <message>
        <location filename="../app/ui/contacts_page.py" line="384"/>
        <location filename="../app/ui/contacts_page.py" line="445"/>
        <source>E-mail addresses to confirm</source>
        <translation>E-mailadressen bevestigen</translation>
    </message>
    <message>
        <location filename="../app/ui/contacts_page.py" line="386"/>
        <source>History</source>
        <translation>Geschiedenis</translation>
    </message>
    <message>
        <location filename="../app/ui/contacts_page.py" line="399"/>
        <source>Search name, organisation, phone, e-mail or wijk</source>
        <translation>Zoek op naam, organisatie, telefoon, e-mail of wijk</translation>
    </message>
    <message>
        <location filename="../app/ui/contacts_page.py" line="401"/>
        <source>Search</source>
        <translation>Zoeken</translation>
    </message>
    <message>
        <location filename="../app/ui/contacts_page.py" line="403"/>
        <source>Organisation</source>
        <translation>Organisatie</translation>
    </message>
    <message>
        <location filename="../app/ui/contacts_page.py" line="405"/>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <location filename="../app/ui/contacts_page.py" line="406"/>
        <source>Every role</source>
        <translation>Elke rol</translation>
    </message>
    <message>
        <location filename="../app/ui/contacts_page.py" line="437"/>
        <source>Letters about tenants go to these addresses. An address that is new in the shared list is not used until you confirm it: a changed file in a shared folder must not send letters elsewhere unnoticed. Confirm only an address you trust, for example after checking it with the organisation.</source>
        <translation>Brieven over huurders gaan naar deze adressen. Een adres dat nieuw is in de gedeelde lijst, wordt pas gebruikt als u het bevestigt: een gewijzigd bestand in een gedeelde map mag brieven niet ongemerkt ergens anders heen sturen. Bevestig alleen een adres dat u vertrouwt, bijvoorbeeld nadat u het bij de organisatie hebt nagevraagd.</translation>
    </message>
    <message>
        <location filename="../app/ui/contacts_page.py" line="447"/>
        <source>Confirm selected</source>
        <translation>Gekozen bevestigen</translation>
    </message>
    <message>
        <location filename="../app/ui/contacts_page.py" line="449"/>
        <source>Confirm all</source>
        <translation>Alle bevestigen</translation>
    </message>
    <message>
        <location filename="../app/ui/contacts_page.py" line="476"/>
        <source>Make this version current…</source>
        <translation>Deze versie weer gebruiken…</translation>
    </message>
    <message>
        <location filename="../app/ui/contacts_page.py" line="485"/>
        <source>What this version changed:</source>
        <translation>Wat deze versie veranderde:</translation>
    </message>
    <message>
        <location filename="../app/ui/contacts_page.py" line="504"/>
        <source>All organisations</source>
        <translation>Alle organisaties</translation>
    </message>
    <message>
        <location filename="../app/ui/contacts_page.py" line="514"/>
        <source>E-mail addresses to confirm (%1)</source>
        <translation>E-mailadressen bevestigen (%1)</translation>
    </message>
    <message>
        <location filename="../app/ui/contacts_page.py" line="519"/>
        <source>%1 e-mail address(es) in the shared list wait for your confirmation. Letters do not use them until you confirm them.</source>
        <translation>Nieuwe e-mailadressen in de gedeelde lijst die op uw bevestiging wachten: %1. Brieven gebruiken ze pas als u ze bevestigt.</translation>
    </message>
    <message>
        <location filename="../app/ui/contacts_page.py" line="536"/>
        <source>%1 contact(s)</source>
        <translation>Contactpersonen: %1</translation>
    </message>
    <message>
        <location filename="../app/ui/contacts_page.py" line="90"/>
        <source>The contact list has not been taken from the shared folder yet.</source>
        <translation>De contactlijst is nog niet uit de gedeelde map gehaald.</translation>
    </message>
    <message>
        <location filename="../app/ui/contacts_page.py" line="96"/>
        <source>Last updated on %1 at %2.</source>
        <translation>Laatst bijgewerkt op %1 om %2.</translation>
    </message>
    <message>
        <location filename="../app/ui/contacts_page.py" line="100"/>
        <source>The shared folder could not be reached at the last attempt; Vangnet keeps using this list.</source>
        <translation>De gedeelde map was bij de laatste poging niet bereikbaar; Vangnet blijft deze lijst gebruiken.</translation>
    </message>
    <message>
        <location filename="../app/ui/contacts_page.py" line="106"/>
        <source>The file was being saved at the last attempt; Vangnet tries again shortly.</source>
        <translation>Het bestand werd bij de laatste poging net opgeslagen; Vangnet probeert het zo opnieuw.</translation>
    </message>
    <message>
        <location filename="../app/ui/contacts_page.py" line="111"/>
        <source>The newest file in the shared folder has problems and was not taken.</source>
        <translation>Het nieuwste bestand in de gedeelde map heeft problemen en is niet overgenomen.</translation>
    </message>
    <message>
        <location filename="../app/ui/contacts_page.py" line="468"/>
        <source>Versions of the contact list</source>
        <translation>Versies van de contactlijst</translation>
    </message>
    <message>
        <location filename="../app/ui/contacts_page.py" line="474"/>
        <source>What this version changed</source>
        <translation>Wat deze versie veranderde</translation>
    </message>
    <message>
        <location filename="../app/ui/contacts_page.py" line="542"/>
        <source>Shared folder: %1</source>
        <translation>Gedeelde map: %1</translation>
    </message>
    <message>
        <location filename="../app/ui/contacts_page.py" line="547"/>
        <source>No shared folder is set yet. Choose the folder where the policy adviser keeps contactlijst.xlsx or contactlijst.csv.</source>
        <translation>Er is nog geen gedeelde map ingesteld. Kies de map waarin de beleidsadviseur contactlijst.xlsx of contactlijst.csv bewaart.</translation>
    </message>
    <message>
        <location filename="../app/ui/contacts_page.py" line="566"/>
        <source>Choose the shared folder first.</source>
        <translation>Kies eerst de gedeelde map.</translation>
    </message>
    <message>
        <location filename="../app/ui/contacts_page.py" line="573"/>
        <source>Shared folder with the contact list</source>
        <translation>Gedeelde map met de contactlijst</translation>
    </message>
    <message>
        <location filename="../app/ui/contacts_page.py" line="580"/>
        <source>Updating…</source>
        <translation>Bijwerken…</translation>
    </message>
    <message>
        <location filename="../app/ui/contacts_page.py" line="591"/>
        <source>Updating the contact list went wrong (reference %1). The last list stays in use; try again later or tell your administrator.</source>
        <translation>Het bijwerken van de contactlijst ging mis (foutcode %1). De vorige lijst blijft in gebruik; probeer het later opnieuw of meld het bij uw beheerder.</translation>
    </message>
    <message>
        <location filename="../app/ui/contacts_page.py" line="606"/>
        <source>The contact list was updated (version %1): %2 added, %3 removed, %4 changed.</source>
        <translation>De contactlijst is bijgewerkt (versie %1): %2 toegevoegd, %3 verwijderd, %4 gewijzigd.</translation>
    </message>
    <message>
        <location filename="../app/ui/contacts_page.py" line="615"/>
        <source>%1 e-mail address(es) changed.</source>
        <translation>Gewijzigde e-mailadressen: %1.</translation>
    </message>
    <message>
        <location filename="../app/ui/contacts_page.py" line="620"/>
        <source>The contact list is up to date.</source>
        <translation>De contactlijst is al actueel.</translation>
    </message>
    <message>
        <location filename="../app/ui/contacts_page.py" line="627"/>
        <source>The contact list in the shared folder has %1 problem(s) and was not taken; nothing changed. Ask the policy adviser to correct the file:</source>
        <translation>De contactlijst in de gedeelde map is niet overgenomen, want er zijn problemen (%1); er is niets veranderd. Vraag de beleidsadviseur om het bestand te verbeteren:</translation>
    </message>
    <message>
        <location filename="../app/ui/contacts_page.py" line="651"/>
        <source>Added: %1</source>
        <translation>Toegevoegd: %1</translation>
    </message>
    <message>
        <location filename="../app/ui/contacts_page.py" line="653"/>
        <source>Removed: %1</source>
        <translation>Verwijderd: %1</translation>
    </message>
    <message>
        <location filename="../app/ui/contacts_page.py" line="660"/>
        <source>E-MAIL CHANGED: %1: %2 → %3</source>
        <translation>E-MAIL GEWIJZIGD: %1: %2 → %3</translation>
    </message>
    <message>
        <location filename="../app/ui/contacts_page.py" line="662"/>
        <location filename="../app/ui/contacts_page.py" line="663"/>
        <source>(none)</source>
        <translation>(geen)</translation>
    </message>
    <message>
        <location filename="../app/ui/contacts_page.py" line="669"/>
        <source>Changed: %1 (%2)</source>
        <translation>Gewijzigd: %1 (%2)</translation>
    </message>
    <message>
        <location filename="../app/ui/contacts_page.py" line="696"/>
        <source>… and %1 more</source>
        <translation>… en nog %1</translation>
    </message>
    <message>
        <location filename="../app/ui/contacts_page.py" line="698"/>
        <source>Use these addresses for letters about tenants?</source>
        <translation>Deze adressen gebruiken voor brieven over huurders?</translation>
    </message>
    <message>
        <location filename="../app/ui/contacts_page.py" line="702"/>
        <source>Confirm only addresses you trust.</source>
        <translation>Bevestig alleen adressen die u vertrouwt.</translation>
    </message>
    <message>
        <location filename="../app/ui/contacts_page.py" line="704"/>
        <source>Confirm e-mail addresses</source>
        <translation>E-mailadressen bevestigen</translation>
    </message>
    <message>
        <location filename="../app/ui/contacts_page.py" line="710"/>
        <source>The list changed in the meantime; check the addresses again.</source>
        <translation>De lijst is intussen veranderd; bekijk de adressen opnieuw.</translation>
    </message>
    <message>
        <location filename="../app/ui/contacts_page.py" line="714"/>
        <source>%1 e-mail address(es) confirmed for letters.</source>
        <translation>Bevestigde e-mailadressen voor brieven: %1.</translation>
    </message>
    <message>
        <location filename="../app/ui/contacts_page.py" line="736"/>
        <source>No contacts changed in this version.</source>
        <translation>In deze versie is geen contactpersoon veranderd.</translation>
    </message>
    <message>
        <location filename="../app/ui/contacts_page.py" line="746"/>
        <source>Make version %1 of %2 current again? It is added as a new version, so nothing is lost. It stays current until the file in the shared folder changes.</source>
        <translation>Versie %1 van %2 weer gebruiken? Die wordt toegevoegd als nieuwe versie, dus er gaat niets verloren. Hij blijft in gebruik tot het bestand in de gedeelde map verandert.</translation>
    </message>
    <message>
        <location filename="../app/ui/contacts_page.py" line="750"/>
        <source>Go back to an earlier version</source>
        <translation>Terug naar een eerdere versie</translation>
    </message>
    <message>
        <location filename="../app/ui/contacts_page.py" line="755"/>
        <source>The list changed in the meantime; nothing was done.</source>
        <translation>De lijst is intussen veranderd; er is niets gedaan.</translation>
    </message>
    <message>
        <location filename="../app/ui/contacts_page.py" line="759"/>
        <source>Version %1 is current again (as version %2).</source>
        <translation>Versie %1 is weer in gebruik (als versie %2).</translation>
    </message>
    <message>
        <location filename="../app/ui/contacts_page.py" line="72"/>
        <source>housing corporation</source>
        <translation>corporatie</translation>
    </message>
    <message>
        <location filename="../app/ui/contacts_page.py" line="73"/>
        <source>wijkteam</source>
        <translation>wijkteam</translation>
    </message>
    <message>
        <location filename="../app/ui/contacts_page.py" line="74"/>
        <source>debt services (SDV)</source>
        <translation>schulddienstverlening (SDV)</translation>
    </message>
    <message>
        <location filename="../app/ui/contacts_page.py" line="75"/>
        <source>troubleshooter</source>
        <translation>troubleshooter</translation>
    </message>
    <message>
        <location filename="../app/ui/contacts_page.py" line="76"/>
        <source>policy adviser</source>
        <translation>beleidsadviseur</translation>
    </message>
    <message>
        <location filename="../app/ui/contacts_page.py" line="77"/>
        <source>social-service provider</source>
        <translation>uitvoerder (sociale dienstverlening)</translation>
    </message>
</context>
<context>
    <name>CorrectionDialog</name>
    <message>
        <location filename="../app/ui/case_rights_actions.py" line="136"/>
        <location filename="../app/ui/case_rights_actions.py" line="186"/>
        <source>Correct details</source>
        <translation>Gegevens corrigeren</translation>
    </message>
    <message>
        <location filename="../app/ui/case_rights_actions.py" line="139"/>
        <source>Correct a fact about the tenant (AVG article 16). The old value is kept with the correction and shown below; the audit trail only records that a correction was made, never the value.</source>
        <translation>Corrigeer een gegeven over de huurder (AVG artikel 16). De oude waarde wordt bij de correctie bewaard en hieronder getoond; de audittrail legt alleen vast dát er gecorrigeerd is, nooit de waarde.</translation>
    </message>
    <message>
        <location filename="../app/ui/case_rights_actions.py" line="156"/>
        <location filename="../app/ui/case_rights_actions.py" line="166"/>
        <source>Fact</source>
        <translation>Gegeven</translation>
    </message>
    <message>
        <location filename="../app/ui/case_rights_actions.py" line="157"/>
        <source>Current value</source>
        <translation>Huidige waarde</translation>
    </message>
    <message>
        <location filename="../app/ui/case_rights_actions.py" line="158"/>
        <source>Correct value</source>
        <translation>Juiste waarde</translation>
    </message>
    <message>
        <location filename="../app/ui/case_rights_actions.py" line="161"/>
        <source>Because of</source>
        <translation>Naar aanleiding van</translation>
    </message>
    <message>
        <location filename="../app/ui/case_rights_actions.py" line="164"/>
        <source>Corrections made before</source>
        <translation>Eerdere correcties</translation>
    </message>
    <message>
        <location filename="../app/ui/case_rights_actions.py" line="166"/>
        <source>When</source>
        <translation>Wanneer</translation>
    </message>
    <message>
        <location filename="../app/ui/case_rights_actions.py" line="166"/>
        <source>Old value</source>
        <translation>Oude waarde</translation>
    </message>
    <message>
        <location filename="../app/ui/case_rights_actions.py" line="166"/>
        <source>New value</source>
        <translation>Nieuwe waarde</translation>
    </message>
    <message>
        <location filename="../app/ui/case_rights_actions.py" line="167"/>
        <source>By</source>
        <translation>Door</translation>
    </message>
    <message>
        <location filename="../app/ui/case_rights_actions.py" line="179"/>
        <source>Correct</source>
        <translation>Corrigeren</translation>
    </message>
    <message>
        <location filename="../app/ui/case_rights_actions.py" line="189"/>
        <source>Corrections made</source>
        <translation>Gemaakte correcties</translation>
    </message>
    <message>
        <location filename="../app/ui/case_rights_actions.py" line="227"/>
        <source>(empty)</source>
        <translation>(leeg)</translation>
    </message>
    <message>
        <location filename="../app/ui/case_rights_actions.py" line="260"/>
        <source>%1 is corrected. The old value is kept below.</source>
        <translation>%1 is gecorrigeerd. De oude waarde staat hieronder.</translation>
    </message>
</context>
<context>
    <name>CountTableModel</name>
    <message>
        <location filename="../app/ui/report_view.py" line="78"/>
        <source>Fewer cases than the office&apos;s threshold: not shown, so that nobody can be recognised.</source>
        <translation>Minder zaken dan de drempel van het kantoor: niet getoond, zodat niemand herkenbaar is.</translation>
    </message>
</context>
<context>
    <name>CovenantPage</name>
    <message>
        <location filename="../app/ui/first_run.py" line="301"/>
        <source>Your covenant</source>
        <translation>Uw convenant</translation>
    </message>
    <message>
        <location filename="../app/ui/first_run.py" line="308"/>
        <source>Which covenant does your office work under? It sets the deadlines and which organisations take part.</source>
        <translation>Onder welk convenant werkt uw team? Het convenant bepaalt de termijnen en welke organisaties meedoen.</translation>
    </message>
    <message>
        <location filename="../app/ui/first_run.py" line="325"/>
        <source>Another covenant file…</source>
        <translation>Een ander convenantbestand…</translation>
    </message>
    <message>
        <location filename="../app/ui/first_run.py" line="328"/>
        <source>Choose file…</source>
        <translation>Bestand kiezen…</translation>
    </message>
    <message>
        <location filename="../app/ui/first_run.py" line="329"/>
        <source>No file chosen yet.</source>
        <translation>Nog geen bestand gekozen.</translation>
    </message>
    <message>
        <location filename="../app/ui/first_run.py" line="362"/>
        <source>Choose a covenant file</source>
        <translation>Kies een convenantbestand</translation>
    </message>
    <message>
        <location filename="../app/ui/first_run.py" line="362"/>
        <source>Covenant files (*.toml)</source>
        <translation>Convenantbestanden (*.toml)</translation>
    </message>
    <message>
        <location filename="../app/ui/first_run.py" line="375"/>
        <source>The covenant file {file} cannot be used: there is a mistake on line {line}. Ask whoever made the file to correct it.</source>
        <translation>Het convenantbestand {file} is niet te gebruiken: op regel {line} staat een fout. Vraag degene die het bestand maakte om die te herstellen.</translation>
    </message>
</context>
<context>
    <name>DocumentsPanel</name>
    <message>
        <location filename="../app/ui/documents_panel.py" line="59"/>
        <source>Saved letters and attachments are kept encrypted inside Vangnet. A copy you save is not encrypted: keep it in a safe place and delete it when you no longer need it.</source>
        <translation>Opgeslagen brieven en bijlagen worden versleuteld in Vangnet bewaard. Een kopie die u opslaat, is niet versleuteld: bewaar die op een veilige plek en verwijder hem zodra u hem niet meer nodig hebt.</translation>
    </message>
    <message>
        <location filename="../app/ui/documents_panel.py" line="67"/>
        <source>Documents</source>
        <translation>Documenten</translation>
    </message>
    <message>
        <location filename="../app/ui/documents_panel.py" line="70"/>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location filename="../app/ui/documents_panel.py" line="71"/>
        <source>File name</source>
        <translation>Bestandsnaam</translation>
    </message>
    <message>
        <location filename="../app/ui/documents_panel.py" line="72"/>
        <source>Kind</source>
        <translation>Soort</translation>
    </message>
    <message>
        <location filename="../app/ui/documents_panel.py" line="73"/>
        <source>Size</source>
        <translation>Grootte</translation>
    </message>
    <message>
        <location filename="../app/ui/documents_panel.py" line="74"/>
        <source>Added on</source>
        <translation>Toegevoegd op</translation>
    </message>
    <message>
        <location filename="../app/ui/documents_panel.py" line="75"/>
        <source>By</source>
        <translation>Door</translation>
    </message>
    <message>
        <location filename="../app/ui/documents_panel.py" line="89"/>
        <source>No documents yet. Letters you save appear here by themselves.</source>
        <translation>Nog geen documenten. Brieven die u opslaat, verschijnen hier vanzelf.</translation>
    </message>
    <message>
        <location filename="../app/ui/documents_panel.py" line="93"/>
        <source>Add attachment…</source>
        <translation>Bijlage toevoegen…</translation>
    </message>
    <message>
        <location filename="../app/ui/documents_panel.py" line="95"/>
        <source>Save a copy…</source>
        <translation>Kopie opslaan…</translation>
    </message>
    <message>
        <location filename="../app/ui/documents_panel.py" line="100"/>
        <source>An attachment can be at most %1 MB.</source>
        <translation>Een bijlage mag hoogstens %1 MB groot zijn.</translation>
    </message>
    <message>
        <location filename="../app/ui/documents_panel.py" line="130"/>
        <source>letter</source>
        <translation>brief</translation>
    </message>
    <message>
        <location filename="../app/ui/documents_panel.py" line="130"/>
        <source>attachment</source>
        <translation>bijlage</translation>
    </message>
    <message>
        <location filename="../app/ui/documents_panel.py" line="157"/>
        <source>%1 bytes</source>
        <translation>%1 bytes</translation>
    </message>
    <message>
        <location filename="../app/ui/documents_panel.py" line="159"/>
        <source>%1 kB</source>
        <translation>%1 kB</translation>
    </message>
    <message>
        <location filename="../app/ui/documents_panel.py" line="160"/>
        <source>%1 MB</source>
        <translation>%1 MB</translation>
    </message>
    <message>
        <location filename="../app/ui/documents_panel.py" line="183"/>
        <location filename="../app/ui/documents_panel.py" line="189"/>
        <source>Add attachment</source>
        <translation>Bijlage toevoegen</translation>
    </message>
    <message>
        <location filename="../app/ui/documents_panel.py" line="190"/>
        <source>Title of the attachment (what it is, e.g. “Payslip October”):</source>
        <translation>Titel van de bijlage (wat het is, bijvoorbeeld “Loonstrook oktober”):</translation>
    </message>
    <message>
        <location filename="../app/ui/documents_panel.py" line="218"/>
        <source>“%1” is kept with the case (encrypted).</source>
        <translation>“%1” is bij de zaak bewaard (versleuteld).</translation>
    </message>
    <message>
        <location filename="../app/ui/documents_panel.py" line="225"/>
        <source>First select the document to save.</source>
        <translation>Kies eerst het document dat u wilt opslaan.</translation>
    </message>
    <message>
        <location filename="../app/ui/documents_panel.py" line="229"/>
        <source>Save a copy</source>
        <translation>Kopie opslaan</translation>
    </message>
    <message>
        <location filename="../app/ui/documents_panel.py" line="243"/>
        <source>A copy was saved as %1. This copy is not encrypted.</source>
        <translation>Er is een kopie opgeslagen als %1. Deze kopie is niet versleuteld.</translation>
    </message>
    <message>
        <location filename="../app/ui/documents_panel.py" line="261"/>
        <source>This file is too big to attach (%1). An attachment can be at most %2 MB. Make the file smaller (for example scan in black and white) and try again.</source>
        <translation>Dit bestand is te groot om toe te voegen (%1). Een bijlage mag hoogstens %2 MB groot zijn. Maak het bestand kleiner (scan bijvoorbeeld in zwart-wit) en probeer het opnieuw.</translation>
    </message>
    <message>
        <location filename="../app/ui/documents_panel.py" line="268"/>
        <source>This file is empty, so there is nothing to attach.</source>
        <translation>Dit bestand is leeg, dus er is niets om toe te voegen.</translation>
    </message>
    <message>
        <location filename="../app/ui/documents_panel.py" line="270"/>
        <source>Choose a file, not a folder.</source>
        <translation>Kies een bestand, geen map.</translation>
    </message>
    <message>
        <location filename="../app/ui/documents_panel.py" line="273"/>
        <source>Vangnet cannot read this file (%1). Check that it still exists and is not open in another program.</source>
        <translation>Vangnet kan dit bestand niet lezen (%1). Controleer of het nog bestaat en niet in een ander programma geopend is.</translation>
    </message>
    <message>
        <location filename="../app/ui/documents_panel.py" line="277"/>
        <source>Give the attachment a title.</source>
        <translation>Geef de bijlage een titel.</translation>
    </message>
    <message>
        <location filename="../app/ui/documents_panel.py" line="280"/>
        <source>This document is damaged in the database, so no copy was saved. Ask your administrator for help.</source>
        <translation>Dit document is beschadigd in de database, daarom is er geen kopie opgeslagen. Vraag uw beheerder om hulp.</translation>
    </message>
    <message>
        <location filename="../app/ui/documents_panel.py" line="286"/>
        <source>The folder %1 does not exist.</source>
        <translation>De map %1 bestaat niet.</translation>
    </message>
    <message>
        <location filename="../app/ui/documents_panel.py" line="288"/>
        <source>You may not save files in the folder %1.</source>
        <translation>U mag geen bestanden opslaan in de map %1.</translation>
    </message>
    <message>
        <location filename="../app/ui/documents_panel.py" line="290"/>
        <source>Vangnet cannot save the copy in the folder %1 (%2).</source>
        <translation>Vangnet kan de kopie niet opslaan in de map %1 (%2).</translation>
    </message>
    <message>
        <location filename="../app/ui/documents_panel.py" line="294"/>
        <source>The document could not be found.</source>
        <translation>Het document is niet gevonden.</translation>
    </message>
</context>
<context>
    <name>ErasureActions</name>
    <message>
        <location filename="../app/ui/erasure_actions.py" line="51"/>
        <source>Erase on the tenant&apos;s request…</source>
        <translation>Wissen op verzoek van de huurder…</translation>
    </message>
</context>
<context>
    <name>ErasureDialog</name>
    <message>
        <location filename="../app/ui/erasure_actions.py" line="96"/>
        <source>Erase on request</source>
        <translation>Wissen op verzoek</translation>
    </message>
    <message>
        <location filename="../app/ui/erasure_actions.py" line="98"/>
        <source>Erase %1 (%2)</source>
        <translation>%1 (%2) wissen</translation>
    </message>
    <message>
        <location filename="../app/ui/erasure_actions.py" line="100"/>
        <source>The tenant asked to have their data erased (AVG article 17). Everything about them and their household goes: facts, timeline, notes, consents, debts, proposals and documents. Only a line without personal data stays in the audit trail. This cannot be undone; backups made before still hold the case.</source>
        <translation>De huurder heeft gevraagd de gegevens te wissen (AVG artikel 17). Alles over de huurder en het huishouden verdwijnt: gegevens, tijdlijn, notities, toestemmingen, schulden, voorstellen en documenten. Alleen een regel zonder persoonsgegevens blijft in de audittrail staan. Dit kan niet ongedaan worden gemaakt; eerder gemaakte back-ups bevatten de zaak nog.</translation>
    </message>
    <message>
        <location filename="../app/ui/erasure_actions.py" line="109"/>
        <source>Request %1, received %2</source>
        <translation>Verzoek %1, ontvangen op %2</translation>
    </message>
    <message>
        <location filename="../app/ui/erasure_actions.py" line="112"/>
        <source>The request came in today: record it now</source>
        <translation>Het verzoek is vandaag binnengekomen: nu vastleggen</translation>
    </message>
    <message>
        <location filename="../app/ui/erasure_actions.py" line="113"/>
        <source>&amp;Request</source>
        <translation>&amp;Verzoek</translation>
    </message>
    <message>
        <location filename="../app/ui/erasure_actions.py" line="115"/>
        <source>Type the reference to confirm</source>
        <translation>Typ de referentie ter bevestiging</translation>
    </message>
    <message>
        <location filename="../app/ui/erasure_actions.py" line="117"/>
        <source>Type the reference %1 to confirm</source>
        <translation>Typ ter bevestiging de referentie %1</translation>
    </message>
    <message>
        <location filename="../app/ui/erasure_actions.py" line="124"/>
        <source>&amp;Erase for good</source>
        <translation>Definitief &amp;wissen</translation>
    </message>
    <message>
        <location filename="../app/ui/erasure_actions.py" line="127"/>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <location filename="../app/ui/erasure_actions.py" line="163"/>
        <source>Erasing and overwriting the freed space…</source>
        <translation>Bezig met wissen en het overschrijven van de vrijgekomen ruimte…</translation>
    </message>
    <message>
        <location filename="../app/ui/erasure_actions.py" line="177"/>
        <source>Nothing was erased (reference %1).</source>
        <translation>Er is niets gewist (kenmerk %1).</translation>
    </message>
    <message>
        <location filename="../app/ui/erasure_actions.py" line="178"/>
        <source>Nothing was erased.</source>
        <translation>Er is niets gewist.</translation>
    </message>
</context>
<context>
    <name>EventDialog</name>
    <message>
        <location filename="../app/ui/event_dialog.py" line="71"/>
        <source>When did it happen?</source>
        <translation>Wanneer gebeurde het?</translation>
    </message>
    <message>
        <location filename="../app/ui/event_dialog.py" line="80"/>
        <source>How</source>
        <translation>Hoe</translation>
    </message>
    <message>
        <location filename="../app/ui/event_dialog.py" line="83"/>
        <source>Tenant reached</source>
        <translation>Huurder bereikt</translation>
    </message>
    <message>
        <location filename="../app/ui/event_dialog.py" line="84"/>
        <source>Tenant not reached</source>
        <translation>Huurder niet bereikt</translation>
    </message>
    <message>
        <location filename="../app/ui/event_dialog.py" line="85"/>
        <source>Result</source>
        <translation>Resultaat</translation>
    </message>
    <message>
        <location filename="../app/ui/event_dialog.py" line="89"/>
        <source>e.g. already helped elsewhere</source>
        <translation>bijv. krijgt al hulp ergens anders</translation>
    </message>
    <message>
        <location filename="../app/ui/event_dialog.py" line="90"/>
        <source>Reason</source>
        <translation>Reden</translation>
    </message>
    <message>
        <location filename="../app/ui/event_dialog.py" line="77"/>
        <location filename="../app/ui/event_dialog.py" line="82"/>
        <location filename="../app/ui/event_dialog.py" line="95"/>
        <location filename="../app/ui/event_dialog.py" line="126"/>
        <location filename="../app/ui/event_dialog.py" line="142"/>
        <location filename="../app/ui/event_dialog.py" line="157"/>
        <location filename="../app/ui/event_dialog.py" line="191"/>
        <location filename="../app/ui/event_dialog.py" line="197"/>
        <source>— choose —</source>
        <translation>— kies —</translation>
    </message>
    <message>
        <location filename="../app/ui/event_dialog.py" line="96"/>
        <source>Yes, collection may resume</source>
        <translation>Ja, de incasso mag worden hervat</translation>
    </message>
    <message>
        <location filename="../app/ui/event_dialog.py" line="97"/>
        <source>No, not yet</source>
        <translation>Nee, nog niet</translation>
    </message>
    <message>
        <location filename="../app/ui/event_dialog.py" line="98"/>
        <source>May the corporation resume collection?</source>
        <translation>Mag de corporatie de incasso hervatten?</translation>
    </message>
    <message>
        <location filename="../app/ui/event_dialog.py" line="104"/>
        <source>Current rent and arrears payments resume on</source>
        <translation>Betaling lopende huur en achterstand start weer op</translation>
    </message>
    <message>
        <location filename="../app/ui/event_dialog.py" line="105"/>
        <source>Planned bailiff date</source>
        <translation>Geplande datum deurwaarder</translation>
    </message>
    <message>
        <location filename="../app/ui/event_dialog.py" line="106"/>
        <source>Eviction date in the verdict</source>
        <translation>Ontruimingsdatum in het vonnis</translation>
    </message>
    <message>
        <location filename="../app/ui/event_dialog.py" line="116"/>
        <source>e.g. € 75 a month for 20 months</source>
        <translation>bijv. 20 x € 75 per maand</translation>
    </message>
    <message>
        <location filename="../app/ui/event_dialog.py" line="117"/>
        <source>Arrears plan</source>
        <translation>Regeling achterstand</translation>
    </message>
    <message>
        <location filename="../app/ui/event_dialog.py" line="121"/>
        <source>The corporation reported it (it already knows)</source>
        <translation>De corporatie heeft het gemeld (zij weet het al)</translation>
    </message>
    <message>
        <location filename="../app/ui/event_dialog.py" line="129"/>
        <source>Instrument</source>
        <translation>Instrument</translation>
    </message>
    <message>
        <location filename="../app/ui/event_dialog.py" line="133"/>
        <source>Not checked</source>
        <translation>Niet nagegaan</translation>
    </message>
    <message>
        <location filename="../app/ui/event_dialog.py" line="134"/>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <location filename="../app/ui/event_dialog.py" line="135"/>
        <source>No</source>
        <translation>Nee</translation>
    </message>
    <message>
        <location filename="../app/ui/event_dialog.py" line="136"/>
        <source>Participatiewet benefit (for Geregelde Betaling)</source>
        <translation>Uitkering uit de Participatiewet (voor Geregelde Betaling)</translation>
    </message>
    <message>
        <location filename="../app/ui/event_dialog.py" line="145"/>
        <source>Ground</source>
        <translation>Grond</translation>
    </message>
    <message>
        <location filename="../app/ui/event_dialog.py" line="149"/>
        <source>Debt services (SDV)</source>
        <translation>Schulddienstverlening (SDV)</translation>
    </message>
    <message>
        <location filename="../app/ui/event_dialog.py" line="150"/>
        <source>Troubleshooter</source>
        <translation>Troubleshooter</translation>
    </message>
    <message>
        <location filename="../app/ui/event_dialog.py" line="151"/>
        <source>Hand over to</source>
        <translation>Overdragen aan</translation>
    </message>
    <message>
        <location filename="../app/ui/event_dialog.py" line="152"/>
        <source>Warm handover (the tenant&apos;s consent must be recorded)</source>
        <translation>Warme overdracht (alleen met vastgelegde toestemming)</translation>
    </message>
    <message>
        <location filename="../app/ui/event_dialog.py" line="161"/>
        <source>Specific question (H 2.3a)</source>
        <translation>Specifieke vraag (H 2.3a)</translation>
    </message>
    <message>
        <location filename="../app/ui/event_dialog.py" line="162"/>
        <source>A question the wijkteam and the parties involved cannot solve</source>
        <translation>Een vraag waar het Sociaal Wijkteam en de betrokken partijen geen oplossing voor weten</translation>
    </message>
    <message>
        <location filename="../app/ui/event_dialog.py" line="166"/>
        <source>Stuck case (H 2.3b)</source>
        <translation>Vastgelopen zaak (H 2.3b)</translation>
    </message>
    <message>
        <location filename="../app/ui/event_dialog.py" line="168"/>
        <source>Progress stalls: the parties disagree or the tenant will not cooperate, and an eviction threatens</source>
        <translation>De voortgang stagneert: partijen komen niet op één lijn of de huurder werkt niet mee, en er dreigt huisuitzetting</translation>
    </message>
    <message>
        <location filename="../app/ui/event_dialog.py" line="175"/>
        <source>Why the troubleshooter</source>
        <translation>Waarom de troubleshooter</translation>
    </message>
    <message>
        <location filename="../app/ui/event_dialog.py" line="194"/>
        <source>Outcome</source>
        <translation>Uitkomst</translation>
    </message>
    <message>
        <location filename="../app/ui/event_dialog.py" line="200"/>
        <source>Reason for the eviction</source>
        <translation>Reden van de ontruiming</translation>
    </message>
    <message>
        <location filename="../app/ui/event_dialog.py" line="205"/>
        <source>Explanation (optional, no personal details)</source>
        <translation>Toelichting (niet verplicht, geen persoonsgegevens)</translation>
    </message>
    <message>
        <location filename="../app/ui/event_dialog.py" line="270"/>
        <source>how the contact was tried</source>
        <extracomment>the choices an event cannot be saved without (the service refuses them too)</extracomment>
        <translation>hoe het contact is geprobeerd</translation>
    </message>
    <message>
        <location filename="../app/ui/event_dialog.py" line="271"/>
        <source>whether the tenant was reached</source>
        <translation>of de huurder is bereikt</translation>
    </message>
    <message>
        <location filename="../app/ui/event_dialog.py" line="272"/>
        <source>whether the corporation may resume collection</source>
        <translation>of de corporatie de incasso mag hervatten</translation>
    </message>
    <message>
        <location filename="../app/ui/event_dialog.py" line="273"/>
        <source>the outcome</source>
        <translation>de uitkomst</translation>
    </message>
    <message>
        <location filename="../app/ui/event_dialog.py" line="274"/>
        <source>the reason for the eviction</source>
        <translation>de reden van de ontruiming</translation>
    </message>
    <message>
        <location filename="../app/ui/event_dialog.py" line="275"/>
        <source>the ground</source>
        <translation>de grond</translation>
    </message>
    <message>
        <location filename="../app/ui/event_dialog.py" line="276"/>
        <source>the instrument</source>
        <translation>het instrument</translation>
    </message>
    <message>
        <location filename="../app/ui/event_dialog.py" line="282"/>
        <source>Choose %1 first.</source>
        <translation>Kies eerst %1.</translation>
    </message>
    <message>
        <location filename="../app/ui/event_dialog.py" line="285"/>
        <source>Fill in the date (dd-mm-jjjj).</source>
        <translation>Vul de datum in (dd-mm-jjjj).</translation>
    </message>
    <message>
        <location filename="../app/ui/event_dialog.py" line="286"/>
        <source>%1 is not a date; write it as dd-mm-jjjj, for example 15-01-2027.</source>
        <translation>%1 is geen datum; schrijf hem als dd-mm-jjjj, bijvoorbeeld 15-01-2027.</translation>
    </message>
</context>
<context>
    <name>FirstRunWizard</name>
    <message>
        <location filename="../app/ui/first_run.py" line="722"/>
        <source>Set up Vangnet</source>
        <translation>Vangnet instellen</translation>
    </message>
    <message>
        <location filename="../app/ui/first_run.py" line="738"/>
        <source>Create database</source>
        <translation>Gegevensbestand maken</translation>
    </message>
    <message>
        <location filename="../app/ui/first_run.py" line="758"/>
        <source>There is already a Vangnet database at {path}. Vangnet will not overwrite it, so nothing was changed.</source>
        <translation>Er staat al een Vangnet-gegevensbestand op {path}. Vangnet overschrijft dat niet, dus er is niets veranderd.</translation>
    </message>
    <message>
        <location filename="../app/ui/first_run.py" line="777"/>
        <source>The keyring did not keep the key ({why}); nothing was created.</source>
        <translation>De sleutelbos heeft de sleutel niet bewaard ({why}); er is niets aangemaakt.</translation>
    </message>
    <message>
        <location filename="../app/ui/first_run.py" line="803"/>
        <source>Vangnet could not write in {folder} ({why}). Nothing was created.</source>
        <translation>Vangnet kon niet schrijven in {folder} ({why}). Er is niets aangemaakt.</translation>
    </message>
    <message>
        <location filename="../app/ui/first_run.py" line="813"/>
        <source>Something went wrong and nothing was created. Please try again; if it happens again, give IT this reference: {ref}.</source>
        <translation>Er ging iets mis en er is niets aangemaakt. Probeer het opnieuw. Gebeurt het weer? Geef dan deze foutcode aan de ICT-afdeling: {ref}.</translation>
    </message>
    <message>
        <location filename="../app/ui/first_run.py" line="831"/>
        <source>Vangnet</source>
        <translation>Vangnet</translation>
    </message>
</context>
<context>
    <name>HandoverExportDialog</name>
    <message>
        <location filename="../app/ui/handover_dialogs.py" line="167"/>
        <location filename="../app/ui/handover_dialogs.py" line="178"/>
        <source>Hand over cases</source>
        <translation>Zaken overdragen</translation>
    </message>
    <message>
        <location filename="../app/ui/handover_dialogs.py" line="186"/>
        <source>The cases go into an encrypted file for a colleague on another laptop. Vangnet makes a passphrase for the file; you pass it on separately. Here the cases are then marked as handed over; nothing is deleted.</source>
        <translation>De zaken gaan in een versleuteld bestand voor een collega op een andere laptop. Vangnet maakt een wachtwoordzin voor het bestand; die geeft u apart door. Hier worden de zaken daarna als overgedragen gemarkeerd; er wordt niets verwijderd.</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/ui/handover_dialogs.py" line="193"/>
        <source>The %n case(s) to hand over:</source>
        <translation>
            <numerusform>De zaak die u overdraagt:</numerusform>
            <numerusform>De %n zaken die u overdraagt:</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/ui/handover_dialogs.py" line="196"/>
        <source>Cases to hand over</source>
        <translation>Over te dragen zaken</translation>
    </message>
    <message>
        <location filename="../app/ui/handover_dialogs.py" line="202"/>
        <source>(closed: cannot be handed over)</source>
        <translation>(gesloten: kan niet worden overgedragen)</translation>
    </message>
    <message>
        <location filename="../app/ui/handover_dialogs.py" line="204"/>
        <source>(already handed over once)</source>
        <translation>(al eerder overgedragen)</translation>
    </message>
    <message>
        <location filename="../app/ui/handover_dialogs.py" line="224"/>
        <source>Hand over &amp;to:</source>
        <translation>Overdragen &amp;aan:</translation>
    </message>
    <message>
        <location filename="../app/ui/handover_dialogs.py" line="229"/>
        <source>Name of the colleague who receives the cases</source>
        <translation>Naam van de collega die de zaken ontvangt</translation>
    </message>
    <message>
        <location filename="../app/ui/handover_dialogs.py" line="232"/>
        <source>&amp;Receiver:</source>
        <translation>&amp;Ontvanger:</translation>
    </message>
    <message>
        <location filename="../app/ui/handover_dialogs.py" line="237"/>
        <source>&amp;Change…</source>
        <translation>&amp;Wijzigen…</translation>
    </message>
    <message>
        <location filename="../app/ui/handover_dialogs.py" line="239"/>
        <source>Save as:</source>
        <translation>Opslaan als:</translation>
    </message>
    <message>
        <location filename="../app/ui/handover_dialogs.py" line="244"/>
        <source>After the handover these cases show the status “handed over” here, with a handover event on their timeline.</source>
        <translation>Na de overdracht hebben deze zaken hier de status “overgedragen”, met de overdracht op hun tijdlijn.</translation>
    </message>
    <message>
        <location filename="../app/ui/handover_dialogs.py" line="259"/>
        <location filename="../app/ui/handover_dialogs.py" line="267"/>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/ui/handover_dialogs.py" line="265"/>
        <source>Hand over %n case(s)</source>
        <translation>
            <numerusform>%n zaak overdragen</numerusform>
            <numerusform>%n zaken overdragen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/ui/handover_dialogs.py" line="279"/>
        <source>The passphrase for this file:</source>
        <translation>De wachtwoordzin voor dit bestand:</translation>
    </message>
    <message>
        <location filename="../app/ui/handover_dialogs.py" line="300"/>
        <source>Passphrase</source>
        <translation>Wachtwoordzin</translation>
    </message>
    <message>
        <location filename="../app/ui/handover_dialogs.py" line="302"/>
        <source>&amp;Copy</source>
        <translation>&amp;Kopiëren</translation>
    </message>
    <message>
        <location filename="../app/ui/handover_dialogs.py" line="309"/>
        <source>Pass this passphrase on through another channel (by phone, for example), not in the same e-mail as the file.</source>
        <translation>Geef deze wachtwoordzin via een ander kanaal door (bijvoorbeeld telefonisch), niet in dezelfde e-mail als het bestand.</translation>
    </message>
    <message>
        <location filename="../app/ui/handover_dialogs.py" line="318"/>
        <source>The passphrase is shown only now: Vangnet does not keep it. Without it the file cannot be opened.</source>
        <translation>De wachtwoordzin wordt alleen nu getoond: Vangnet bewaart hem niet. Zonder wachtwoordzin gaat het bestand niet open.</translation>
    </message>
    <message>
        <location filename="../app/ui/handover_dialogs.py" line="324"/>
        <source>Show the &amp;folder</source>
        <translation>&amp;Map tonen</translation>
    </message>
    <message>
        <location filename="../app/ui/handover_dialogs.py" line="333"/>
        <source>Wijkteam</source>
        <translation>Wijkteam</translation>
    </message>
    <message>
        <location filename="../app/ui/handover_dialogs.py" line="334"/>
        <source>SDV (debt services)</source>
        <translation>SDV (schulddienstverlening)</translation>
    </message>
    <message>
        <location filename="../app/ui/handover_dialogs.py" line="335"/>
        <source>Troubleshooter</source>
        <translation>Troubleshooter</translation>
    </message>
    <message>
        <location filename="../app/ui/handover_dialogs.py" line="364"/>
        <source>There is no case to hand over.</source>
        <translation>Er is geen zaak om over te dragen.</translation>
    </message>
    <message>
        <location filename="../app/ui/handover_dialogs.py" line="367"/>
        <source>A closed case is not handed over. Select only open cases and try again.</source>
        <translation>Een gesloten zaak wordt niet overgedragen. Selecteer alleen open zaken en probeer het opnieuw.</translation>
    </message>
    <message>
        <location filename="../app/ui/handover_dialogs.py" line="375"/>
        <source>Save the handover file</source>
        <translation>Overdrachtsbestand opslaan</translation>
    </message>
    <message>
        <location filename="../app/ui/handover_dialogs.py" line="377"/>
        <source>Vangnet handover (*.vangnet)</source>
        <translation>Vangnet-overdracht (*.vangnet)</translation>
    </message>
    <message>
        <location filename="../app/ui/handover_dialogs.py" line="420"/>
        <source>%v of %m cases</source>
        <translation>%v van %m zaken</translation>
    </message>
    <message>
        <location filename="../app/ui/handover_dialogs.py" line="423"/>
        <source>Handing over… You can cancel: then nothing changes.</source>
        <translation>Bezig met overdragen… U kunt annuleren: dan verandert er niets.</translation>
    </message>
    <message>
        <location filename="../app/ui/handover_dialogs.py" line="431"/>
        <source>Cancelling…</source>
        <translation>Bezig met annuleren…</translation>
    </message>
    <message>
        <location filename="../app/ui/handover_dialogs.py" line="442"/>
        <source>The handover file was written:</source>
        <translation>Het overdrachtsbestand is opgeslagen:</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/ui/handover_dialogs.py" line="447"/>
        <source>The %n case(s) are now marked as handed over in this database.</source>
        <translation>
            <numerusform>De zaak is nu in deze database als overgedragen gemarkeerd.</numerusform>
            <numerusform>De %n zaken zijn nu in deze database als overgedragen gemarkeerd.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/ui/handover_dialogs.py" line="455"/>
        <source>Close</source>
        <translation>Sluiten</translation>
    </message>
    <message>
        <location filename="../app/ui/handover_dialogs.py" line="459"/>
        <source>Nothing was changed.</source>
        <translation>Er is niets veranderd.</translation>
    </message>
    <message>
        <location filename="../app/ui/handover_dialogs.py" line="463"/>
        <source>The file could not be saved: %1</source>
        <translation>Het bestand kon niet worden opgeslagen: %1</translation>
    </message>
    <message>
        <location filename="../app/ui/handover_dialogs.py" line="466"/>
        <source>The file could not be saved (%1).</source>
        <translation>Het bestand kon niet worden opgeslagen (%1).</translation>
    </message>
    <message>
        <location filename="../app/ui/handover_dialogs.py" line="473"/>
        <source>The handover failed because of an unexpected error. Nothing was changed. Reference for your administrator: %1</source>
        <translation>De overdracht is mislukt door een onverwachte fout. Er is niets veranderd. Kenmerk voor uw beheerder: %1</translation>
    </message>
    <message>
        <location filename="../app/ui/handover_dialogs.py" line="479"/>
        <source>Handover cancelled. Nothing was changed.</source>
        <translation>Overdracht geannuleerd. Er is niets veranderd.</translation>
    </message>
    <message>
        <location filename="../app/ui/handover_dialogs.py" line="495"/>
        <source>Copied ✓</source>
        <translation>Gekopieerd ✓</translation>
    </message>
</context>
<context>
    <name>HandoverImportDialog</name>
    <message>
        <location filename="../app/ui/handover_dialogs.py" line="546"/>
        <location filename="../app/ui/handover_dialogs.py" line="563"/>
        <source>Receive a handover</source>
        <translation>Overdracht ontvangen</translation>
    </message>
    <message>
        <location filename="../app/ui/handover_dialogs.py" line="567"/>
        <source>Choose the handover file a colleague sent you and type the passphrase they gave you. Vangnet first shows what is in it; nothing changes until you press Import.</source>
        <translation>Kies het overdrachtsbestand dat een collega u stuurde en typ de wachtwoordzin die u van hem of haar kreeg. Vangnet laat eerst zien wat erin zit; er verandert niets tot u op Importeren drukt.</translation>
    </message>
    <message>
        <location filename="../app/ui/handover_dialogs.py" line="577"/>
        <source>No file chosen yet.</source>
        <translation>Nog geen bestand gekozen.</translation>
    </message>
    <message>
        <location filename="../app/ui/handover_dialogs.py" line="577"/>
        <source>Choose &amp;file…</source>
        <translation>&amp;Bestand kiezen…</translation>
    </message>
    <message>
        <location filename="../app/ui/handover_dialogs.py" line="579"/>
        <source>File:</source>
        <translation>Bestand:</translation>
    </message>
    <message>
        <location filename="../app/ui/handover_dialogs.py" line="587"/>
        <source>Passphrase</source>
        <translation>Wachtwoordzin</translation>
    </message>
    <message>
        <location filename="../app/ui/handover_dialogs.py" line="592"/>
        <source>&amp;Open</source>
        <translation>&amp;Openen</translation>
    </message>
    <message>
        <location filename="../app/ui/handover_dialogs.py" line="594"/>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Wachtwoordzin:</translation>
    </message>
    <message>
        <location filename="../app/ui/handover_dialogs.py" line="598"/>
        <source>Capitals, spaces and dashes do not matter; O and 0 are read alike.</source>
        <translation>Hoofdletters, spaties en streepjes maken niet uit; O en 0 worden hetzelfde gelezen.</translation>
    </message>
    <message>
        <location filename="../app/ui/handover_dialogs.py" line="616"/>
        <source>From:</source>
        <translation>Van:</translation>
    </message>
    <message>
        <location filename="../app/ui/handover_dialogs.py" line="617"/>
        <source>Made on:</source>
        <translation>Gemaakt op:</translation>
    </message>
    <message>
        <location filename="../app/ui/handover_dialogs.py" line="618"/>
        <source>For:</source>
        <translation>Voor:</translation>
    </message>
    <message>
        <location filename="../app/ui/handover_dialogs.py" line="625"/>
        <source>Tenant</source>
        <translation>Huurder</translation>
    </message>
    <message>
        <location filename="../app/ui/handover_dialogs.py" line="626"/>
        <source>Corporation</source>
        <translation>Corporatie</translation>
    </message>
    <message>
        <location filename="../app/ui/handover_dialogs.py" line="627"/>
        <source>Reference</source>
        <translation>Referentie</translation>
    </message>
    <message>
        <location filename="../app/ui/handover_dialogs.py" line="628"/>
        <source>Signal date</source>
        <translation>Melddatum</translation>
    </message>
    <message>
        <location filename="../app/ui/handover_dialogs.py" line="629"/>
        <source>In this database</source>
        <translation>In deze database</translation>
    </message>
    <message>
        <location filename="../app/ui/handover_dialogs.py" line="649"/>
        <source>Cancel import</source>
        <translation>Import annuleren</translation>
    </message>
    <message>
        <location filename="../app/ui/handover_dialogs.py" line="655"/>
        <location filename="../app/ui/handover_dialogs.py" line="836"/>
        <source>Import</source>
        <translation>Importeren</translation>
    </message>
    <message>
        <location filename="../app/ui/handover_dialogs.py" line="656"/>
        <source>Close</source>
        <translation>Sluiten</translation>
    </message>
    <message>
        <location filename="../app/ui/handover_dialogs.py" line="673"/>
        <source>Choose a handover file</source>
        <translation>Kies een overdrachtsbestand</translation>
    </message>
    <message>
        <location filename="../app/ui/handover_dialogs.py" line="675"/>
        <source>Vangnet handover (*.vangnet);;All files (*)</source>
        <translation>Vangnet-overdracht (*.vangnet);;Alle bestanden (*)</translation>
    </message>
    <message>
        <location filename="../app/ui/handover_dialogs.py" line="717"/>
        <source>Opening the package…</source>
        <translation>Het pakket wordt geopend…</translation>
    </message>
    <message>
        <location filename="../app/ui/handover_dialogs.py" line="736"/>
        <source>wijkteam</source>
        <translation>wijkteam</translation>
    </message>
    <message>
        <location filename="../app/ui/handover_dialogs.py" line="737"/>
        <source>SDV</source>
        <translation>SDV</translation>
    </message>
    <message>
        <location filename="../app/ui/handover_dialogs.py" line="738"/>
        <source>troubleshooter</source>
        <translation>troubleshooter</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/ui/handover_dialogs.py" line="742"/>
        <source>The %n case(s) in this package:</source>
        <translation>
            <numerusform>De zaak in dit pakket:</numerusform>
            <numerusform>De %n zaken in dit pakket:</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/ui/handover_dialogs.py" line="760"/>
        <source>On Import: %1 and %2. The cases are assigned to you; the sender&apos;s timeline comes along.</source>
        <translation>Bij importeren: %1 en %2. De zaken worden aan u toegewezen; de tijdlijn van de afzender komt mee.</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/ui/handover_dialogs.py" line="763"/>
        <location filename="../app/ui/handover_dialogs.py" line="897"/>
        <source>%n new case(s)</source>
        <translation>
            <numerusform>%n nieuwe zaak</numerusform>
            <numerusform>%n nieuwe zaken</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/ui/handover_dialogs.py" line="764"/>
        <location filename="../app/ui/handover_dialogs.py" line="898"/>
        <source>%n merged with a case already here</source>
        <translation>
            <numerusform>%n samengevoegd met een bestaande zaak</numerusform>
            <numerusform>%n samengevoegd met bestaande zaken</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/ui/handover_dialogs.py" line="771"/>
        <source>This package was made on this laptop; it is meant for the receiver. Nothing can be imported here.</source>
        <translation>Dit pakket is op deze laptop gemaakt; het is bedoeld voor de ontvanger. Hier kan niets worden geïmporteerd.</translation>
    </message>
    <message>
        <location filename="../app/ui/handover_dialogs.py" line="780"/>
        <source>This package comes from another covenant (%1) than this database (%2). It cannot be imported here.</source>
        <translation>Dit pakket komt uit een ander convenant (%1) dan deze database (%2). Het kan hier niet worden geïmporteerd.</translation>
    </message>
    <message>
        <location filename="../app/ui/handover_dialogs.py" line="787"/>
        <source>This database does not know the corporation(s) %1; the package cannot be imported here.</source>
        <translation>Deze database kent de corporatie(s) %1 niet; het pakket kan hier niet worden geïmporteerd.</translation>
    </message>
    <message>
        <location filename="../app/ui/handover_dialogs.py" line="798"/>
        <location filename="../app/ui/handover_dialogs.py" line="892"/>
        <source>new</source>
        <translation>nieuw</translation>
    </message>
    <message>
        <location filename="../app/ui/handover_dialogs.py" line="800"/>
        <source>already here</source>
        <translation>al aanwezig</translation>
    </message>
    <message>
        <location filename="../app/ui/handover_dialogs.py" line="801"/>
        <source>already here: will be merged</source>
        <translation>al aanwezig: wordt samengevoegd</translation>
    </message>
    <message>
        <location filename="../app/ui/handover_dialogs.py" line="805"/>
        <source>This package was already imported on %1; importing it again changes nothing.</source>
        <translation>Dit pakket is al geïmporteerd op %1; opnieuw importeren verandert niets.</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/ui/handover_dialogs.py" line="836"/>
        <source>Import %n case(s)</source>
        <translation>
            <numerusform>%n zaak importeren</numerusform>
            <numerusform>%n zaken importeren</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/ui/handover_dialogs.py" line="861"/>
        <source>%v of %m cases</source>
        <translation>%v van %m zaken</translation>
    </message>
    <message>
        <location filename="../app/ui/handover_dialogs.py" line="865"/>
        <source>Importing… You can cancel: then nothing is imported.</source>
        <translation>Bezig met importeren… U kunt annuleren: dan wordt er niets geïmporteerd.</translation>
    </message>
    <message>
        <location filename="../app/ui/handover_dialogs.py" line="873"/>
        <source>Cancelling the import…</source>
        <translation>De import wordt geannuleerd…</translation>
    </message>
    <message>
        <location filename="../app/ui/handover_dialogs.py" line="892"/>
        <source>imported</source>
        <translation>geïmporteerd</translation>
    </message>
    <message>
        <location filename="../app/ui/handover_dialogs.py" line="892"/>
        <source>merged</source>
        <translation>samengevoegd</translation>
    </message>
    <message>
        <location filename="../app/ui/handover_dialogs.py" line="896"/>
        <source>Imported: %1 and %2. The cases are assigned to you.</source>
        <translation>Geïmporteerd: %1 en %2. De zaken zijn aan u toegewezen.</translation>
    </message>
    <message>
        <location filename="../app/ui/handover_dialogs.py" line="903"/>
        <location filename="../app/ui/handover_dialogs.py" line="910"/>
        <source>Import cancelled. Nothing was imported.</source>
        <translation>Import geannuleerd. Er is niets geïmporteerd.</translation>
    </message>
    <message>
        <location filename="../app/ui/handover_dialogs.py" line="913"/>
        <source>The file %1 cannot be read (%2).</source>
        <translation>Het bestand %1 kan niet worden gelezen (%2).</translation>
    </message>
    <message>
        <location filename="../app/ui/handover_dialogs.py" line="919"/>
        <source>The package could not be handled because of an unexpected error. Nothing was imported. Reference for your administrator: %1</source>
        <translation>Het pakket kon niet worden verwerkt door een onverwachte fout. Er is niets geïmporteerd. Kenmerk voor uw beheerder: %1</translation>
    </message>
</context>
<context>
    <name>HistoryModel</name>
    <message>
        <location filename="../app/ui/contacts_page.py" line="239"/>
        <source>Version</source>
        <translation>Versie</translation>
    </message>
    <message>
        <location filename="../app/ui/contacts_page.py" line="240"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location filename="../app/ui/contacts_page.py" line="241"/>
        <source>By</source>
        <translation>Door</translation>
    </message>
    <message>
        <location filename="../app/ui/contacts_page.py" line="242"/>
        <source>Source</source>
        <translation>Bron</translation>
    </message>
    <message>
        <location filename="../app/ui/contacts_page.py" line="243"/>
        <source>Contacts</source>
        <translation>Contacten</translation>
    </message>
    <message>
        <location filename="../app/ui/contacts_page.py" line="244"/>
        <source>Changes</source>
        <translation>Wijzigingen</translation>
    </message>
    <message>
        <location filename="../app/ui/contacts_page.py" line="250"/>
        <source>(current)</source>
        <translation>(in gebruik)</translation>
    </message>
    <message>
        <location filename="../app/ui/contacts_page.py" line="258"/>
        <source>back to version %1</source>
        <translation>terug naar versie %1</translation>
    </message>
    <message>
        <location filename="../app/ui/contacts_page.py" line="263"/>
        <source>%1 added, %2 removed, %3 changed</source>
        <translation>%1 toegevoegd, %2 verwijderd, %3 gewijzigd</translation>
    </message>
    <message>
        <location filename="../app/ui/contacts_page.py" line="269"/>
        <source>%1 e-mail changed</source>
        <translation>e-mail gewijzigd: %1</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../app/ui/import_dialog.py" line="85"/>
        <location filename="../app/ui/import_dialog.py" line="101"/>
        <source>Import signals</source>
        <extracomment>how many valid rows the preview table shows</extracomment>
        <translation>Meldingen importeren</translation>
    </message>
    <message>
        <location filename="../app/ui/import_dialog.py" line="112"/>
        <source>No file chosen yet.</source>
        <translation>Nog geen bestand gekozen.</translation>
    </message>
    <message>
        <location filename="../app/ui/import_dialog.py" line="114"/>
        <source>Choose file…</source>
        <translation>Bestand kiezen…</translation>
    </message>
    <message>
        <location filename="../app/ui/import_dialog.py" line="133"/>
        <source>Rows in the file</source>
        <extracomment>reading, file problems, cancellation and the final summary</extracomment>
        <translation>Rijen in het bestand</translation>
    </message>
    <message>
        <location filename="../app/ui/import_dialog.py" line="134"/>
        <source>New signals</source>
        <translation>Nieuwe meldingen</translation>
    </message>
    <message>
        <location filename="../app/ui/import_dialog.py" line="135"/>
        <source>Already present</source>
        <translation>Al aanwezig</translation>
    </message>
    <message>
        <location filename="../app/ui/import_dialog.py" line="136"/>
        <source>Rows with problems</source>
        <translation>Rijen met problemen</translation>
    </message>
    <message>
        <location filename="../app/ui/import_dialog.py" line="155"/>
        <source>Row</source>
        <translation>Rij</translation>
    </message>
    <message>
        <location filename="../app/ui/import_dialog.py" line="156"/>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <location filename="../app/ui/import_dialog.py" line="157"/>
        <source>Reference</source>
        <translation>Referentie</translation>
    </message>
    <message>
        <location filename="../app/ui/import_dialog.py" line="158"/>
        <source>Corporation</source>
        <translation>Corporatie</translation>
    </message>
    <message>
        <location filename="../app/ui/import_dialog.py" line="159"/>
        <source>Signal date</source>
        <translation>Melddatum</translation>
    </message>
    <message>
        <location filename="../app/ui/import_dialog.py" line="160"/>
        <source>Kind</source>
        <translation>Soort</translation>
    </message>
    <message>
        <location filename="../app/ui/import_dialog.py" line="161"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../app/ui/import_dialog.py" line="184"/>
        <source>Only import the valid rows (the rest are listed above)</source>
        <extracomment>every row problem in Dutch, one per line (selectable, so it can be copied)</extracomment>
        <translation>Alleen de goede rijen importeren (de rest staat hierboven)</translation>
    </message>
    <message>
        <location filename="../app/ui/import_dialog.py" line="199"/>
        <location filename="../app/ui/import_dialog.py" line="422"/>
        <source>Cancel import</source>
        <translation>Import annuleren</translation>
    </message>
    <message>
        <location filename="../app/ui/import_dialog.py" line="205"/>
        <location filename="../app/ui/import_dialog.py" line="388"/>
        <source>Import</source>
        <translation>Importeren</translation>
    </message>
    <message>
        <location filename="../app/ui/import_dialog.py" line="208"/>
        <source>Close</source>
        <translation>Sluiten</translation>
    </message>
    <message>
        <location filename="../app/ui/import_dialog.py" line="224"/>
        <source>Choose a signal file</source>
        <translation>Kies een bestand met meldingen</translation>
    </message>
    <message>
        <location filename="../app/ui/import_dialog.py" line="105"/>
        <source>Choose a corporation&apos;s export (CSV or Excel workbook). Vangnet checks every row first and changes nothing until you press Import.</source>
        <translation>Kies een export van een corporatie (CSV of Excel-werkmap). Vangnet controleert eerst elke rij en verandert niets tot u op Importeren drukt.</translation>
    </message>
    <message>
        <location filename="../app/ui/import_dialog.py" line="234"/>
        <source>Signal files (*.csv *.txt *.xlsx);;CSV files (*.csv *.txt);;Excel workbooks (*.xlsx);;All files (*)</source>
        <translation>Meldingenbestanden (*.csv *.txt *.xlsx);;CSV-bestanden (*.csv *.txt);;Excel-werkmappen (*.xlsx);;Alle bestanden (*)</translation>
    </message>
    <message>
        <location filename="../app/ui/import_dialog.py" line="249"/>
        <source>Reading and checking the file…</source>
        <translation>Het bestand wordt gelezen en gecontroleerd…</translation>
    </message>
    <message>
        <location filename="../app/ui/import_dialog.py" line="284"/>
        <source>Problems (%1) — correct them in the spreadsheet and choose the file again, or import only the valid rows:</source>
        <translation>Problemen (%1) — verbeter ze in het spreadsheet en kies het bestand opnieuw, of importeer alleen de goede rijen:</translation>
    </message>
    <message>
        <location filename="../app/ui/import_dialog.py" line="302"/>
        <source>No row of this file can be imported as it is.</source>
        <translation>Geen enkele rij van dit bestand kan zo worden geïmporteerd.</translation>
    </message>
    <message>
        <location filename="../app/ui/import_dialog.py" line="306"/>
        <source>The first %1 of %2 correct rows:</source>
        <translation>De eerste %1 van %2 goede rijen:</translation>
    </message>
    <message>
        <location filename="../app/ui/import_dialog.py" line="312"/>
        <source>The correct rows:</source>
        <translation>De goede rijen:</translation>
    </message>
    <message>
        <location filename="../app/ui/import_dialog.py" line="324"/>
        <source>already present</source>
        <translation>al aanwezig</translation>
    </message>
    <message>
        <location filename="../app/ui/import_dialog.py" line="324"/>
        <location filename="../app/ui/import_dialog.py" line="454"/>
        <source>new</source>
        <translation>nieuw</translation>
    </message>
    <message>
        <location filename="../app/ui/import_dialog.py" line="346"/>
        <source>The file could not be checked because of an unexpected error. Nothing was changed. Reference for your administrator: %1</source>
        <translation>Het bestand kon niet worden gecontroleerd door een onverwachte fout. Er is niets veranderd. Foutcode voor uw beheerder: %1</translation>
    </message>
    <message>
        <location filename="../app/ui/import_dialog.py" line="378"/>
        <source>There is nothing new to import from this file.</source>
        <translation>Dit bestand bevat niets nieuws om te importeren.</translation>
    </message>
    <message>
        <location filename="../app/ui/import_dialog.py" line="381"/>
        <source>Nothing is imported while rows have problems: correct the file, or tick the box above to import only the valid rows.</source>
        <translation>Er wordt niets geïmporteerd zolang rijen problemen hebben: verbeter het bestand, of vink hierboven aan dat u alleen de goede rijen wilt importeren.</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/ui/import_dialog.py" line="388"/>
        <source>Import %n signal(s)</source>
        <translation>
            <numerusform>%n melding importeren</numerusform>
            <numerusform>%n meldingen importeren</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/ui/import_dialog.py" line="421"/>
        <source>%v of %m signals</source>
        <translation>%v van %m meldingen</translation>
    </message>
    <message>
        <location filename="../app/ui/import_dialog.py" line="426"/>
        <source>Importing… You can cancel: then nothing is imported.</source>
        <translation>Bezig met importeren… U kunt annuleren: dan wordt er niets geïmporteerd.</translation>
    </message>
    <message>
        <location filename="../app/ui/import_dialog.py" line="436"/>
        <source>Cancelling…</source>
        <translation>Bezig met annuleren…</translation>
    </message>
    <message>
        <location filename="../app/ui/import_dialog.py" line="437"/>
        <source>Cancelling the import…</source>
        <translation>De import wordt geannuleerd…</translation>
    </message>
    <message>
        <location filename="../app/ui/import_dialog.py" line="447"/>
        <source>Nothing was imported: the file has problems (listed above).</source>
        <translation>Er is niets geïmporteerd: het bestand heeft problemen (zie hierboven).</translation>
    </message>
    <message>
        <location filename="../app/ui/import_dialog.py" line="455"/>
        <source>imported</source>
        <translation>geïmporteerd</translation>
    </message>
    <message>
        <location filename="../app/ui/import_dialog.py" line="459"/>
        <source>Imported: %1. Already present: %2. Left out: %3.</source>
        <translation>Geïmporteerd: %1. Al aanwezig: %2. Overgeslagen: %3.</translation>
    </message>
    <message>
        <location filename="../app/ui/import_dialog.py" line="467"/>
        <source>Import cancelled. Nothing was imported.</source>
        <translation>Import geannuleerd. Er is niets geïmporteerd.</translation>
    </message>
    <message>
        <location filename="../app/ui/import_dialog.py" line="472"/>
        <source>Nothing was imported.</source>
        <translation>Er is niets geïmporteerd.</translation>
    </message>
    <message>
        <location filename="../app/ui/import_dialog.py" line="477"/>
        <source>The import failed and was undone: nothing was imported. Reference for your administrator: %1</source>
        <translation>Het importeren is mislukt en teruggedraaid: er is niets geïmporteerd. Foutcode voor uw beheerder: %1</translation>
    </message>
</context>
<context>
    <name>IntakeDialog</name>
    <message>
        <location filename="../app/ui/intake_dialog.py" line="70"/>
        <location filename="../app/ui/intake_dialog.py" line="101"/>
        <source>New signal</source>
        <extracomment>the H 1.3 refusal reason as the audit trail records it the columns of the signal format the form asks, from the format&apos;s own list; the H 1.3 criminal-offence column is not a field but the scope check box below the form (it refuses the signal instead of storing it)
----------
column -&gt; input widget (QLineEdit, QComboBox, QCheckBox or QPlainTextEdit) column -&gt; the message shown under that field</extracomment>
        <translation>Nieuwe melding</translation>
    </message>
    <message>
        <location filename="../app/ui/intake_dialog.py" line="105"/>
        <source>Type the signal as the corporation sent it. Fields marked * are required. Dates as dd-mm-yyyy.</source>
        <translation>Neem de melding over zoals de corporatie die stuurde. Velden met * zijn verplicht. Datums als dd-mm-jjjj.</translation>
    </message>
    <message>
        <location filename="../app/ui/intake_dialog.py" line="123"/>
        <source>Signal</source>
        <extracomment>problems that belong to no single field, and the outcome of a refusal</extracomment>
        <translation>Melding</translation>
    </message>
    <message>
        <location filename="../app/ui/intake_dialog.py" line="127"/>
        <source>Choose the corporation</source>
        <translation>Kies de corporatie</translation>
    </message>
    <message>
        <location filename="../app/ui/intake_dialog.py" line="128"/>
        <source>Corporation *</source>
        <translation>Corporatie *</translation>
    </message>
    <message>
        <location filename="../app/ui/intake_dialog.py" line="129"/>
        <source>Reference *</source>
        <translation>Referentie *</translation>
    </message>
    <message>
        <location filename="../app/ui/intake_dialog.py" line="132"/>
        <source>Signal date *</source>
        <translation>Melddatum *</translation>
    </message>
    <message>
        <location filename="../app/ui/intake_dialog.py" line="138"/>
        <source>Choose the kind of signal</source>
        <translation>Kies het soort melding</translation>
    </message>
    <message>
        <location filename="../app/ui/intake_dialog.py" line="140"/>
        <source>Kind of signal *</source>
        <translation>Soort melding *</translation>
    </message>
    <message>
        <location filename="../app/ui/intake_dialog.py" line="141"/>
        <source>The tenant consented to this signal</source>
        <translation>De huurder gaf toestemming voor deze melding</translation>
    </message>
    <message>
        <location filename="../app/ui/intake_dialog.py" line="145"/>
        <source>Consent *</source>
        <translation>Toestemming *</translation>
    </message>
    <message>
        <location filename="../app/ui/intake_dialog.py" line="147"/>
        <source>A concern without rent arrears may only be signalled with consent.</source>
        <translation>Zorgen zonder huurachterstand mogen alleen met toestemming worden gemeld.</translation>
    </message>
    <message>
        <location filename="../app/ui/intake_dialog.py" line="151"/>
        <source>Tenant</source>
        <translation>Huurder</translation>
    </message>
    <message>
        <location filename="../app/ui/intake_dialog.py" line="152"/>
        <source>Name *</source>
        <translation>Naam *</translation>
    </message>
    <message>
        <location filename="../app/ui/intake_dialog.py" line="153"/>
        <source>Street *</source>
        <translation>Straat *</translation>
    </message>
    <message>
        <location filename="../app/ui/intake_dialog.py" line="154"/>
        <source>House number *</source>
        <translation>Huisnummer *</translation>
    </message>
    <message>
        <location filename="../app/ui/intake_dialog.py" line="157"/>
        <source>Postcode *</source>
        <translation>Postcode *</translation>
    </message>
    <message>
        <location filename="../app/ui/intake_dialog.py" line="158"/>
        <source>Town *</source>
        <translation>Woonplaats *</translation>
    </message>
    <message>
        <location filename="../app/ui/intake_dialog.py" line="159"/>
        <source>Phone</source>
        <translation>Telefoon</translation>
    </message>
    <message>
        <location filename="../app/ui/intake_dialog.py" line="160"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../app/ui/intake_dialog.py" line="161"/>
        <source>Date of birth *</source>
        <translation>Geboortedatum *</translation>
    </message>
    <message>
        <location filename="../app/ui/intake_dialog.py" line="165"/>
        <source>Household</source>
        <translation>Huishouden</translation>
    </message>
    <message>
        <location filename="../app/ui/intake_dialog.py" line="169"/>
        <source>Registered occupants *</source>
        <translation>Ingeschreven bewoners *</translation>
    </message>
    <message>
        <location filename="../app/ui/intake_dialog.py" line="171"/>
        <source>Including the tenant.</source>
        <translation>De huurder telt mee.</translation>
    </message>
    <message>
        <location filename="../app/ui/intake_dialog.py" line="176"/>
        <source>Children under 18</source>
        <translation>Kinderen onder 18</translation>
    </message>
    <message>
        <location filename="../app/ui/intake_dialog.py" line="180"/>
        <source>dd-mm-yyyy, dd-mm-yyyy</source>
        <translation>dd-mm-jjjj, dd-mm-jjjj</translation>
    </message>
    <message>
        <location filename="../app/ui/intake_dialog.py" line="184"/>
        <source>Other occupants&apos; dates of birth</source>
        <translation>Geboortedatums andere bewoners</translation>
    </message>
    <message>
        <location filename="../app/ui/intake_dialog.py" line="186"/>
        <source>Separate the dates with a comma.</source>
        <translation>Zet een komma tussen de datums.</translation>
    </message>
    <message>
        <location filename="../app/ui/intake_dialog.py" line="192"/>
        <source>Has a residence permit (statushouder)</source>
        <translation>Heeft een verblijfsvergunning (statushouder)</translation>
    </message>
    <message>
        <location filename="../app/ui/intake_dialog.py" line="198"/>
        <source>Already known to the wijkteam or SDV</source>
        <translation>Al bekend bij wijkteam of SDV</translation>
    </message>
    <message>
        <location filename="../app/ui/intake_dialog.py" line="202"/>
        <source>Arrears</source>
        <translation>Achterstand</translation>
    </message>
    <message>
        <location filename="../app/ui/intake_dialog.py" line="206"/>
        <source>Arrears since</source>
        <translation>Achterstand sinds</translation>
    </message>
    <message>
        <location filename="../app/ui/intake_dialog.py" line="208"/>
        <source>Required for rent arrears.</source>
        <translation>Verplicht bij huurachterstand.</translation>
    </message>
    <message>
        <location filename="../app/ui/intake_dialog.py" line="211"/>
        <source>e.g. 2,5</source>
        <translation>bijv. 2,5</translation>
    </message>
    <message>
        <location filename="../app/ui/intake_dialog.py" line="212"/>
        <source>Months in arrears</source>
        <translation>Maanden achterstand</translation>
    </message>
    <message>
        <location filename="../app/ui/intake_dialog.py" line="215"/>
        <source>Amount in arrears</source>
        <translation>Bedrag achterstand</translation>
    </message>
    <message>
        <location filename="../app/ui/intake_dialog.py" line="218"/>
        <source>Monthly rent</source>
        <translation>Huur per maand</translation>
    </message>
    <message>
        <location filename="../app/ui/intake_dialog.py" line="220"/>
        <source>Planned bailiff date</source>
        <translation>Geplande datum deurwaarder</translation>
    </message>
    <message>
        <location filename="../app/ui/intake_dialog.py" line="222"/>
        <source>Eviction date</source>
        <translation>Ontruimingsdatum</translation>
    </message>
    <message>
        <location filename="../app/ui/intake_dialog.py" line="226"/>
        <source>Internal note</source>
        <translation>Interne notitie</translation>
    </message>
    <message>
        <location filename="../app/ui/intake_dialog.py" line="239"/>
        <source>Internal — never shared without the tenant&apos;s consent. Write only what the work needs.</source>
        <translation>Intern — wordt nooit gedeeld zonder toestemming van de huurder. Schrijf alleen op wat nodig is voor het werk.</translation>
    </message>
    <message>
        <location filename="../app/ui/intake_dialog.py" line="247"/>
        <source>Working note (optional)</source>
        <translation>Werknotitie (niet verplicht)</translation>
    </message>
    <message>
        <location filename="../app/ui/intake_dialog.py" line="256"/>
        <source>Covenant scope (H 1.3)</source>
        <translation>Buiten het convenant (H 1.3)</translation>
    </message>
    <message>
        <location filename="../app/ui/intake_dialog.py" line="260"/>
        <source>Threatened eviction solely because of a criminal offence (fraud, cannabis growing, overcrowding)</source>
        <translation>(Dreigende) ontruiming alleen vanwege een strafbaar feit (fraude, hennepteelt, overbewoning)</translation>
    </message>
    <message>
        <location filename="../app/ui/intake_dialog.py" line="284"/>
        <location filename="../app/ui/intake_dialog.py" line="393"/>
        <source>Save signal</source>
        <translation>Melding opslaan</translation>
    </message>
    <message>
        <location filename="../app/ui/intake_dialog.py" line="285"/>
        <source>Save (Ctrl+S)</source>
        <translation>Opslaan (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../app/ui/intake_dialog.py" line="286"/>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <location filename="../app/ui/intake_dialog.py" line="322"/>
        <source>dd-mm-yyyy</source>
        <translation>dd-mm-jjjj</translation>
    </message>
    <message>
        <location filename="../app/ui/intake_dialog.py" line="385"/>
        <source>This signal falls outside the covenant. Saving refuses it: nothing about the tenant is stored, only that a signal was refused (without personal data).</source>
        <translation>Deze melding valt buiten het convenant. Bij opslaan wordt hij geweigerd: er wordt niets over de huurder bewaard, alleen dat er een melding is geweigerd (zonder persoonsgegevens).</translation>
    </message>
    <message>
        <location filename="../app/ui/intake_dialog.py" line="390"/>
        <source>Refuse signal</source>
        <translation>Melding weigeren</translation>
    </message>
    <message>
        <location filename="../app/ui/intake_dialog.py" line="460"/>
        <source>The signal could not be saved; nothing was stored. Please try again. If it keeps happening, give your administrator this reference: %1</source>
        <translation>De melding kon niet worden opgeslagen; er is niets bewaard. Probeer het opnieuw. Blijft het gebeuren? Geef dan deze foutcode aan uw beheerder: %1</translation>
    </message>
    <message>
        <location filename="../app/ui/intake_dialog.py" line="482"/>
        <source>Please correct the marked field.</source>
        <translation>Verbeter het gemarkeerde veld.</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/ui/intake_dialog.py" line="484"/>
        <source>Please correct the %n marked fields.</source>
        <translation>
            <numerusform>Verbeter het gemarkeerde veld.</numerusform>
            <numerusform>Verbeter de %n gemarkeerde velden.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/ui/intake_dialog.py" line="506"/>
        <source>The refusal could not be recorded. Reference: %1</source>
        <translation>De weigering kon niet worden vastgelegd. Foutcode: %1</translation>
    </message>
    <message>
        <location filename="../app/ui/intake_dialog.py" line="525"/>
        <source>Signal refused</source>
        <translation>Melding geweigerd</translation>
    </message>
    <message>
        <location filename="../app/ui/intake_dialog.py" line="530"/>
        <source>Close</source>
        <translation>Sluiten</translation>
    </message>
    <message>
        <location filename="../app/ui/intake_dialog.py" line="560"/>
        <source>Discard this signal?</source>
        <translation>Melding weggooien?</translation>
    </message>
    <message>
        <location filename="../app/ui/intake_dialog.py" line="561"/>
        <source>Discard this signal? What you typed will not be saved.</source>
        <translation>Deze melding weggooien? Wat u hebt getypt, wordt niet bewaard.</translation>
    </message>
    <message>
        <location filename="../app/ui/intake_dialog.py" line="562"/>
        <source>Discard</source>
        <translation>Weggooien</translation>
    </message>
    <message>
        <location filename="../app/ui/intake_dialog.py" line="563"/>
        <source>Keep editing</source>
        <translation>Verder invullen</translation>
    </message>
</context>
<context>
    <name>KeyChangeDialog</name>
    <message>
        <location filename="../app/ui/key_dialog.py" line="72"/>
        <location filename="../app/ui/key_dialog.py" line="80"/>
        <location filename="../app/ui/key_dialog.py" line="198"/>
        <source>Change the key</source>
        <translation>Sleutel wijzigen</translation>
    </message>
    <message>
        <location filename="../app/ui/key_dialog.py" line="85"/>
        <source>The data is now opened with a key kept in this computer&apos;s keyring; the printed recovery key opens it too.</source>
        <translation>De gegevens worden nu geopend met een sleutel in de sleutelbos van deze computer; de afgedrukte herstelsleutel opent ze ook.</translation>
    </message>
    <message>
        <location filename="../app/ui/key_dialog.py" line="89"/>
        <source>The data is now opened with a passphrase.</source>
        <translation>De gegevens worden nu geopend met een wachtzin.</translation>
    </message>
    <message>
        <location filename="../app/ui/key_dialog.py" line="96"/>
        <source>A new recovery key (the old one stops working)</source>
        <translation>Een nieuwe herstelsleutel (de oude werkt dan niet meer)</translation>
    </message>
    <message>
        <location filename="../app/ui/key_dialog.py" line="97"/>
        <source>Use a passphrase instead of the keyring</source>
        <translation>Een wachtzin gebruiken in plaats van de sleutelbos</translation>
    </message>
    <message>
        <location filename="../app/ui/key_dialog.py" line="98"/>
        <source>A new passphrase</source>
        <translation>Een nieuwe wachtzin</translation>
    </message>
    <message>
        <location filename="../app/ui/key_dialog.py" line="101"/>
        <source>Keep a key in this computer&apos;s keyring instead (with a recovery key)</source>
        <translation>Voortaan een sleutel in de sleutelbos van deze computer (met een herstelsleutel)</translation>
    </message>
    <message>
        <location filename="../app/ui/key_dialog.py" line="115"/>
        <source>New passphrase (at least 12 characters)</source>
        <translation>Nieuwe wachtzin (minstens 12 tekens)</translation>
    </message>
    <message>
        <location filename="../app/ui/key_dialog.py" line="118"/>
        <source>Type it again</source>
        <translation>Typ hem nog een keer</translation>
    </message>
    <message>
        <location filename="../app/ui/key_dialog.py" line="127"/>
        <source>Vangnet first makes a backup under the current key next to the data, then copies everything under the new key, checks the copy and only then puts it in place. The window closes its data meanwhile.</source>
        <translation>Vangnet maakt eerst een back-up met de huidige sleutel naast de gegevens, kopieert daarna alles met de nieuwe sleutel, controleert de kopie en zet die pas dan op zijn plaats. Het venster sluit de gegevens zolang.</translation>
    </message>
    <message>
        <location filename="../app/ui/key_dialog.py" line="141"/>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <location filename="../app/ui/key_dialog.py" line="145"/>
        <source>&amp;Change the key</source>
        <translation>Sleutel &amp;wijzigen</translation>
    </message>
    <message>
        <location filename="../app/ui/key_dialog.py" line="146"/>
        <source>Close</source>
        <translation>Sluiten</translation>
    </message>
    <message>
        <location filename="../app/ui/key_dialog.py" line="171"/>
        <source>At least %1 characters.</source>
        <translation>Minstens %1 tekens.</translation>
    </message>
    <message>
        <location filename="../app/ui/key_dialog.py" line="173"/>
        <source>This passphrase repeats itself too much.</source>
        <translation>Deze wachtzin herhaalt zich te veel.</translation>
    </message>
    <message>
        <location filename="../app/ui/key_dialog.py" line="176"/>
        <source>The two passphrases are not the same.</source>
        <translation>De twee wachtzinnen zijn niet hetzelfde.</translation>
    </message>
    <message>
        <location filename="../app/ui/key_dialog.py" line="200"/>
        <source>Vangnet closes its data, changes the key and opens the data again. This takes a moment. Go ahead?</source>
        <translation>Vangnet sluit de gegevens, wijzigt de sleutel en opent de gegevens weer. Dit duurt even. Doorgaan?</translation>
    </message>
    <message>
        <location filename="../app/ui/key_dialog.py" line="212"/>
        <source>Vangnet could not close its data. Nothing changed.</source>
        <translation>Vangnet kon de gegevens niet sluiten. Er is niets veranderd.</translation>
    </message>
    <message>
        <location filename="../app/ui/key_dialog.py" line="232"/>
        <source>Changing the key… Do not switch off the computer.</source>
        <translation>De sleutel wordt gewijzigd… Zet de computer niet uit.</translation>
    </message>
    <message>
        <location filename="../app/ui/key_dialog.py" line="243"/>
        <source>The key was changed.</source>
        <translation>De sleutel is gewijzigd.</translation>
    </message>
    <message>
        <location filename="../app/ui/key_dialog.py" line="250"/>
        <source>Above is the NEW recovery key, shown only now: print it or write it down and keep it away from this computer. The old recovery key no longer opens the data.</source>
        <translation>Hierboven staat de NIEUWE herstelsleutel, alleen nu zichtbaar: druk hem af of schrijf hem op en bewaar hem niet bij deze computer. De oude herstelsleutel opent de gegevens niet meer.</translation>
    </message>
    <message>
        <location filename="../app/ui/key_dialog.py" line="257"/>
        <source>A backup under the old key was made first: %1. Once the new key works, delete it: the old key opens it.</source>
        <translation>Eerst is een back-up met de oude sleutel gemaakt: %1. Verwijder die zodra de nieuwe sleutel werkt: de oude sleutel opent hem.</translation>
    </message>
    <message>
        <location filename="../app/ui/key_dialog.py" line="265"/>
        <source>Vangnet could not open the data again; use Unlock.</source>
        <translation>Vangnet kon de gegevens niet opnieuw openen; gebruik Ontgrendelen.</translation>
    </message>
    <message>
        <location filename="../app/ui/key_dialog.py" line="275"/>
        <source>An unexpected error (reference %1).</source>
        <translation>Een onverwachte fout (referentie %1).</translation>
    </message>
    <message>
        <location filename="../app/ui/key_dialog.py" line="276"/>
        <source>The key was not changed.</source>
        <translation>De sleutel is niet gewijzigd.</translation>
    </message>
</context>
<context>
    <name>KeyPage</name>
    <message>
        <location filename="../app/ui/first_run.py" line="401"/>
        <source>Locking your data</source>
        <translation>Uw gegevens vergrendelen</translation>
    </message>
    <message>
        <location filename="../app/ui/first_run.py" line="407"/>
        <source>The cases are about vulnerable people, so Vangnet always locks (encrypts) them. Choose how to keep the key.</source>
        <translation>De zaken gaan over kwetsbare mensen. Daarom vergrendelt (versleutelt) Vangnet ze altijd. Kies hoe u de sleutel bewaart.</translation>
    </message>
    <message>
        <location filename="../app/ui/first_run.py" line="414"/>
        <source>Keep the key in this computer&apos;s keyring (recommended)</source>
        <translation>Sleutel bewaren in de sleutelbos van deze computer (aanbevolen)</translation>
    </message>
    <message>
        <location filename="../app/ui/first_run.py" line="416"/>
        <source>Use a passphrase</source>
        <translation>Een wachtwoordzin gebruiken</translation>
    </message>
    <message>
        <location filename="../app/ui/first_run.py" line="423"/>
        <source>Vangnet opens at once, without typing. The key is kept in {name}. You get a recovery key to print or write down.</source>
        <translation>Vangnet opent meteen, zonder typen. De sleutel wordt bewaard in {name}. U krijgt een herstelsleutel om af te drukken of op te schrijven.</translation>
    </message>
    <message>
        <location filename="../app/ui/first_run.py" line="429"/>
        <source>You type it each time you open Vangnet. Write it down and keep it safe: without it, nobody can open the data.</source>
        <translation>U typt de wachtwoordzin elke keer dat u Vangnet opent. Schrijf hem op en bewaar hem veilig: zonder wachtwoordzin kan niemand de gegevens openen.</translation>
    </message>
    <message>
        <location filename="../app/ui/first_run.py" line="435"/>
        <source>Vangnet tried this computer&apos;s keyring ({backend}), but {reason}, so your data will be locked with a passphrase.</source>
        <translation>Vangnet probeerde de sleutelbos van deze computer ({backend}), maar: {reason}. Daarom worden uw gegevens vergrendeld met een wachtwoordzin.</translation>
    </message>
    <message>
        <location filename="../app/ui/first_run.py" line="451"/>
        <source>Passphrase (at least {n} characters)</source>
        <translation>Wachtwoordzin (minstens {n} tekens)</translation>
    </message>
    <message>
        <location filename="../app/ui/first_run.py" line="455"/>
        <source>Type the passphrase again</source>
        <translation>Typ de wachtwoordzin nog een keer</translation>
    </message>
    <message>
        <location filename="../app/ui/first_run.py" line="473"/>
        <source>Your own unlock code: Vangnet asks for it at start and after every lock, so that nobody else can open your data at your desk. At least %1 characters.</source>
        <translation>Uw eigen ontgrendelcode: Vangnet vraagt erom bij het starten en na elke vergrendeling, zodat niemand anders uw gegevens aan uw bureau kan openen. Minstens %1 tekens.</translation>
    </message>
    <message>
        <location filename="../app/ui/first_run.py" line="478"/>
        <source>Unlock code</source>
        <translation>Ontgrendelcode</translation>
    </message>
    <message>
        <location filename="../app/ui/first_run.py" line="481"/>
        <source>Type the unlock code again</source>
        <translation>Typ de ontgrendelcode nog een keer</translation>
    </message>
    <message>
        <location filename="../app/ui/first_run.py" line="572"/>
        <source>Choose something only you know.</source>
        <translation>Kies iets wat alleen u weet.</translation>
    </message>
    <message>
        <location filename="../app/ui/first_run.py" line="574"/>
        <source>Now type the same unlock code again.</source>
        <translation>Typ nu dezelfde ontgrendelcode nog een keer.</translation>
    </message>
    <message>
        <location filename="../app/ui/first_run.py" line="576"/>
        <source>The two unlock codes are not the same.</source>
        <translation>De twee ontgrendelcodes zijn niet gelijk.</translation>
    </message>
    <message>
        <location filename="../app/ui/first_run.py" line="580"/>
        <source>The unlock codes match.</source>
        <translation>De ontgrendelcodes zijn gelijk.</translation>
    </message>
    <message>
        <location filename="../app/ui/first_run.py" line="591"/>
        <source>A short sentence is easy to remember and hard to guess.</source>
        <translation>Een korte zin is makkelijk te onthouden en moeilijk te raden.</translation>
    </message>
    <message>
        <location filename="../app/ui/first_run.py" line="594"/>
        <source>Now type the same passphrase again.</source>
        <translation>Typ nu dezelfde wachtwoordzin nog een keer.</translation>
    </message>
    <message>
        <location filename="../app/ui/first_run.py" line="596"/>
        <source>The two passphrases are not the same.</source>
        <translation>De twee wachtwoordzinnen zijn niet hetzelfde.</translation>
    </message>
    <message>
        <location filename="../app/ui/first_run.py" line="600"/>
        <source>The passphrases match.</source>
        <translation>De wachtwoordzinnen zijn hetzelfde.</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <location filename="../app/ui/labels.py" line="18"/>
        <source>children</source>
        <translation>kinderen</translation>
    </message>
    <message>
        <location filename="../app/ui/labels.py" line="19"/>
        <source>65+</source>
        <translation>65+</translation>
    </message>
    <message>
        <location filename="../app/ui/labels.py" line="20"/>
        <source>statushouder</source>
        <translation>statushouder</translation>
    </message>
    <message>
        <location filename="../app/ui/labels.py" line="21"/>
        <source>known</source>
        <translation>bekend</translation>
    </message>
    <message>
        <location filename="../app/ui/labels.py" line="27"/>
        <source>a child under 18 in the household</source>
        <translation>een kind onder de 18 in het huishouden</translation>
    </message>
    <message>
        <location filename="../app/ui/labels.py" line="28"/>
        <source>tenant or occupant aged 65 or over</source>
        <translation>huurder of bewoner van 65 of ouder</translation>
    </message>
    <message>
        <location filename="../app/ui/labels.py" line="29"/>
        <source>statushouder (residence permit)</source>
        <translation>statushouder (verblijfsvergunning)</translation>
    </message>
    <message>
        <location filename="../app/ui/labels.py" line="30"/>
        <source>already known to the wijkteam or SDV</source>
        <translation>al bekend bij wijkteam of SDV</translation>
    </message>
    <message>
        <location filename="../app/ui/labels.py" line="36"/>
        <source>new</source>
        <translation>nieuw</translation>
    </message>
    <message>
        <location filename="../app/ui/labels.py" line="37"/>
        <source>in progress</source>
        <translation>in behandeling</translation>
    </message>
    <message>
        <location filename="../app/ui/labels.py" line="38"/>
        <location filename="../app/ui/labels.py" line="199"/>
        <source>not taken on</source>
        <translation>niet in behandeling</translation>
    </message>
    <message>
        <location filename="../app/ui/labels.py" line="39"/>
        <location filename="../app/ui/labels.py" line="243"/>
        <source>handed over</source>
        <translation>overgedragen</translation>
    </message>
    <message>
        <location filename="../app/ui/labels.py" line="40"/>
        <location filename="../app/ui/labels.py" line="250"/>
        <source>closed</source>
        <translation>afgesloten</translation>
    </message>
    <message>
        <location filename="../app/ui/labels.py" line="46"/>
        <location filename="../app/ui/labels.py" line="207"/>
        <source>rent arrears</source>
        <translation>huurachterstand</translation>
    </message>
    <message>
        <location filename="../app/ui/labels.py" line="47"/>
        <source>more than rent arrears</source>
        <translation>meer dan huurachterstand</translation>
    </message>
    <message>
        <location filename="../app/ui/labels.py" line="48"/>
        <source>concern without arrears</source>
        <translation>zorgen zonder achterstand</translation>
    </message>
    <message>
        <location filename="../app/ui/labels.py" line="54"/>
        <source>Contact tenant</source>
        <translation>Contact met huurder</translation>
    </message>
    <message>
        <location filename="../app/ui/labels.py" line="55"/>
        <source>Feedback to corporation</source>
        <translation>Terugkoppeling aan corporatie</translation>
    </message>
    <message>
        <location filename="../app/ui/labels.py" line="56"/>
        <source>Payment proposal</source>
        <translation>Betalingsvoorstel</translation>
    </message>
    <message>
        <location filename="../app/ui/labels.py" line="57"/>
        <source>Planned bailiff date</source>
        <translation>Geplande datum deurwaarder</translation>
    </message>
    <message>
        <location filename="../app/ui/labels.py" line="58"/>
        <source>Recovery term (current rent)</source>
        <translation>Hersteltermijn (lopende huur)</translation>
    </message>
    <message>
        <location filename="../app/ui/labels.py" line="59"/>
        <source>Eviction date</source>
        <translation>Ontruimingsdatum</translation>
    </message>
    <message>
        <location filename="../app/ui/labels.py" line="60"/>
        <source>Amicable settlement (max. 36 months)</source>
        <translation>Minnelijk traject (max. 36 maanden)</translation>
    </message>
    <message>
        <location filename="../app/ui/labels.py" line="66"/>
        <source>contact</source>
        <translation>contact</translation>
    </message>
    <message>
        <location filename="../app/ui/labels.py" line="67"/>
        <source>feedback</source>
        <translation>terugkoppeling</translation>
    </message>
    <message>
        <location filename="../app/ui/labels.py" line="68"/>
        <source>proposal</source>
        <translation>voorstel</translation>
    </message>
    <message>
        <location filename="../app/ui/labels.py" line="69"/>
        <source>bailiff</source>
        <translation>deurwaarder</translation>
    </message>
    <message>
        <location filename="../app/ui/labels.py" line="70"/>
        <source>recovery term</source>
        <translation>hersteltermijn</translation>
    </message>
    <message>
        <location filename="../app/ui/labels.py" line="71"/>
        <source>eviction</source>
        <translation>ontruiming</translation>
    </message>
    <message>
        <location filename="../app/ui/labels.py" line="72"/>
        <source>settlement max.</source>
        <translation>minnelijk traject</translation>
    </message>
    <message>
        <location filename="../app/ui/labels.py" line="78"/>
        <source>open</source>
        <translation>open</translation>
    </message>
    <message>
        <location filename="../app/ui/labels.py" line="79"/>
        <source>overdue</source>
        <translation>te laat</translation>
    </message>
    <message>
        <location filename="../app/ui/labels.py" line="80"/>
        <source>met</source>
        <translation>gehaald</translation>
    </message>
    <message>
        <location filename="../app/ui/labels.py" line="81"/>
        <source>met late</source>
        <translation>te laat gehaald</translation>
    </message>
    <message>
        <location filename="../app/ui/labels.py" line="82"/>
        <source>lapsed</source>
        <translation>vervallen</translation>
    </message>
    <message>
        <location filename="../app/ui/labels.py" line="83"/>
        <source>date passed</source>
        <translation>datum voorbij</translation>
    </message>
    <message>
        <location filename="../app/ui/labels.py" line="90"/>
        <source>very close</source>
        <translation>zeer dichtbij</translation>
    </message>
    <message>
        <location filename="../app/ui/labels.py" line="91"/>
        <source>close</source>
        <translation>dichtbij</translation>
    </message>
    <message>
        <location filename="../app/ui/labels.py" line="92"/>
        <source>approaching</source>
        <translation>nadert</translation>
    </message>
    <message>
        <location filename="../app/ui/labels.py" line="93"/>
        <source>planned</source>
        <translation>gepland</translation>
    </message>
    <message>
        <location filename="../app/ui/labels.py" line="100"/>
        <source>Red: within %1 working days.</source>
        <translation>Rood: binnen %1 werkdagen.</translation>
    </message>
    <message>
        <location filename="../app/ui/labels.py" line="101"/>
        <source>Orange: within %2 working days.</source>
        <translation>Oranje: binnen %2 werkdagen.</translation>
    </message>
    <message>
        <location filename="../app/ui/labels.py" line="102"/>
        <source>Amber: within %3 working days.</source>
        <translation>Geel: binnen %3 werkdagen.</translation>
    </message>
    <message>
        <location filename="../app/ui/labels.py" line="103"/>
        <source>Planned: more than %3 working days away.</source>
        <translation>Gepland: nog meer dan %3 werkdagen.</translation>
    </message>
    <message>
        <location filename="../app/ui/labels.py" line="112"/>
        <source>late signal</source>
        <translation>late melding</translation>
    </message>
    <message>
        <location filename="../app/ui/labels.py" line="113"/>
        <source>bailiff blocked</source>
        <translation>deurwaarder: stop</translation>
    </message>
    <message>
        <location filename="../app/ui/labels.py" line="114"/>
        <source>eviction without ground</source>
        <translation>ontruiming zonder grond</translation>
    </message>
    <message>
        <location filename="../app/ui/labels.py" line="115"/>
        <source>benefit not recorded</source>
        <translation>uitkering niet vastgelegd</translation>
    </message>
    <message>
        <location filename="../app/ui/labels.py" line="121"/>
        <source>The signal arrived less than 14 days before the planned bailiff date.</source>
        <translation>De melding kwam minder dan 14 dagen voor de geplande datum van de deurwaarder binnen.</translation>
    </message>
    <message>
        <location filename="../app/ui/labels.py" line="124"/>
        <source>A bailiff is planned but no instrument of the Sluitende Aanpak was recorded before the bailiff date.</source>
        <translation>Er is een deurwaarder gepland, maar vóór de deurwaardersdatum is geen instrument van de Sluitende Aanpak vastgelegd.</translation>
    </message>
    <message>
        <location filename="../app/ui/labels.py" line="129"/>
        <source>An eviction date is set but no ground is recorded: refusal or non-compliance, housing fraud or long-running nuisance (article 1.13 paragraph 3).</source>
        <translation>Er is een ontruimingsdatum, maar geen grond vastgelegd: weigering of niet nakomen van afspraken, woonfraude of langlopende overlast (artikel 1.13 lid 3).</translation>
    </message>
    <message>
        <location filename="../app/ui/labels.py" line="134"/>
        <source>Geregelde Betaling was deployed, but it is not recorded that the tenant has a Participatiewet benefit.</source>
        <translation>Geregelde Betaling is ingezet, maar niet vastgelegd dat de huurder een uitkering uit de Participatiewet heeft.</translation>
    </message>
    <message>
        <location filename="../app/ui/labels.py" line="144"/>
        <source>Contact attempt</source>
        <translation>Contactpoging</translation>
    </message>
    <message>
        <location filename="../app/ui/labels.py" line="145"/>
        <source>Taken on</source>
        <translation>In behandeling genomen</translation>
    </message>
    <message>
        <location filename="../app/ui/labels.py" line="146"/>
        <source>Not taken on</source>
        <translation>Niet in behandeling genomen</translation>
    </message>
    <message>
        <location filename="../app/ui/labels.py" line="147"/>
        <source>Feedback sent to the corporation</source>
        <translation>Terugkoppeling gestuurd</translation>
    </message>
    <message>
        <location filename="../app/ui/labels.py" line="148"/>
        <source>Payment proposal sent</source>
        <translation>Betalingsvoorstel gestuurd</translation>
    </message>
    <message>
        <location filename="../app/ui/labels.py" line="149"/>
        <source>No proposal possible (corporation informed)</source>
        <translation>Geen voorstel mogelijk (corporatie ingelicht)</translation>
    </message>
    <message>
        <location filename="../app/ui/labels.py" line="150"/>
        <source>Payment arrangement made</source>
        <translation>Betalingsregeling getroffen</translation>
    </message>
    <message>
        <location filename="../app/ui/labels.py" line="151"/>
        <source>Notice: current rent not paid</source>
        <translation>Bericht: lopende huur niet betaald</translation>
    </message>
    <message>
        <location filename="../app/ui/labels.py" line="152"/>
        <source>Current rent paid again</source>
        <translation>Lopende huur weer betaald</translation>
    </message>
    <message>
        <location filename="../app/ui/labels.py" line="153"/>
        <source>Bailiff date planned</source>
        <translation>Deurwaarder gepland</translation>
    </message>
    <message>
        <location filename="../app/ui/labels.py" line="154"/>
        <source>Bailiff cancelled</source>
        <translation>Deurwaarder geannuleerd</translation>
    </message>
    <message>
        <location filename="../app/ui/labels.py" line="155"/>
        <source>Court verdict: eviction date</source>
        <translation>Vonnis: ontruimingsdatum</translation>
    </message>
    <message>
        <location filename="../app/ui/labels.py" line="156"/>
        <source>Eviction averted</source>
        <translation>Ontruiming voorkomen</translation>
    </message>
    <message>
        <location filename="../app/ui/labels.py" line="157"/>
        <source>Troubleshooter informed</source>
        <translation>Troubleshooter ingelicht</translation>
    </message>
    <message>
        <location filename="../app/ui/labels.py" line="158"/>
        <source>Instrument deployed</source>
        <translation>Instrument ingezet</translation>
    </message>
    <message>
        <location filename="../app/ui/labels.py" line="177"/>
        <source>Placed on the SDV crisis list</source>
        <translation>Op de crisislijst van de SDV geplaatst</translation>
    </message>
    <message>
        <location filename="../app/ui/labels.py" line="178"/>
        <source>Taken off the SDV crisis list</source>
        <translation>Van de crisislijst van de SDV gehaald</translation>
    </message>
    <message>
        <location filename="../app/ui/labels.py" line="208"/>
        <source>nuisance</source>
        <translation>overlast</translation>
    </message>
    <message>
        <location filename="../app/ui/labels.py" line="209"/>
        <source>criminal activity</source>
        <translation>criminele activiteit</translation>
    </message>
    <message>
        <location filename="../app/ui/labels.py" line="226"/>
        <source>beschermingsbewind</source>
        <translation>beschermingsbewind</translation>
    </message>
    <message>
        <location filename="../app/ui/labels.py" line="233"/>
        <source>created</source>
        <translation>aangemaakt</translation>
    </message>
    <message>
        <location filename="../app/ui/labels.py" line="234"/>
        <source>changed</source>
        <translation>gewijzigd</translation>
    </message>
    <message>
        <location filename="../app/ui/labels.py" line="235"/>
        <source>viewed</source>
        <translation>ingezien</translation>
    </message>
    <message>
        <location filename="../app/ui/labels.py" line="236"/>
        <source>exported</source>
        <translation>geëxporteerd</translation>
    </message>
    <message>
        <location filename="../app/ui/labels.py" line="237"/>
        <source>imported</source>
        <translation>geïmporteerd</translation>
    </message>
    <message>
        <location filename="../app/ui/labels.py" line="238"/>
        <source>restored</source>
        <translation>teruggezet</translation>
    </message>
    <message>
        <location filename="../app/ui/labels.py" line="239"/>
        <source>unlocked</source>
        <translation>ontgrendeld</translation>
    </message>
    <message>
        <location filename="../app/ui/labels.py" line="240"/>
        <source>undone</source>
        <translation>ongedaan gemaakt</translation>
    </message>
    <message>
        <location filename="../app/ui/labels.py" line="241"/>
        <source>updated</source>
        <translation>bijgewerkt</translation>
    </message>
    <message>
        <location filename="../app/ui/labels.py" line="242"/>
        <source>recomputed</source>
        <translation>herberekend</translation>
    </message>
    <message>
        <location filename="../app/ui/labels.py" line="244"/>
        <source>withdrawn</source>
        <translation>ingetrokken</translation>
    </message>
    <message>
        <location filename="../app/ui/labels.py" line="245"/>
        <source>demo filled</source>
        <translation>demo gevuld</translation>
    </message>
    <message>
        <location filename="../app/ui/labels.py" line="246"/>
        <source>erased</source>
        <translation>gewist</translation>
    </message>
    <message>
        <location filename="../app/ui/labels.py" line="247"/>
        <source>corrected</source>
        <translation>gecorrigeerd</translation>
    </message>
    <message>
        <location filename="../app/ui/labels.py" line="248"/>
        <source>restricted</source>
        <translation>beperkt</translation>
    </message>
    <message>
        <location filename="../app/ui/labels.py" line="249"/>
        <source>restriction lifted</source>
        <translation>beperking opgeheven</translation>
    </message>
    <message>
        <location filename="../app/ui/labels.py" line="257"/>
        <source>case</source>
        <translation>zaak</translation>
    </message>
    <message>
        <location filename="../app/ui/labels.py" line="258"/>
        <source>cases</source>
        <translation>zaken</translation>
    </message>
    <message>
        <location filename="../app/ui/labels.py" line="259"/>
        <source>timeline event</source>
        <translation>gebeurtenis</translation>
    </message>
    <message>
        <location filename="../app/ui/labels.py" line="260"/>
        <source>timeline events</source>
        <translation>gebeurtenissen</translation>
    </message>
    <message>
        <location filename="../app/ui/labels.py" line="261"/>
        <source>internal note</source>
        <translation>interne notitie</translation>
    </message>
    <message>
        <location filename="../app/ui/labels.py" line="262"/>
        <source>consent</source>
        <translation>toestemming</translation>
    </message>
    <message>
        <location filename="../app/ui/labels.py" line="263"/>
        <source>setting</source>
        <translation>instelling</translation>
    </message>
    <message>
        <location filename="../app/ui/labels.py" line="264"/>
        <source>calendar</source>
        <translation>kalender</translation>
    </message>
    <message>
        <location filename="../app/ui/labels.py" line="265"/>
        <source>database</source>
        <translation>database</translation>
    </message>
    <message>
        <location filename="../app/ui/labels.py" line="266"/>
        <source>backup</source>
        <translation>back-up</translation>
    </message>
    <message>
        <location filename="../app/ui/labels.py" line="267"/>
        <source>letter</source>
        <translation>brief</translation>
    </message>
    <message>
        <location filename="../app/ui/labels.py" line="268"/>
        <source>document</source>
        <translation>document</translation>
    </message>
    <message>
        <location filename="../app/ui/labels.py" line="269"/>
        <source>payment proposal</source>
        <translation>betalingsvoorstel</translation>
    </message>
    <message>
        <location filename="../app/ui/labels.py" line="270"/>
        <source>debt inventory</source>
        <translation>schuldeninventarisatie</translation>
    </message>
    <message>
        <location filename="../app/ui/labels.py" line="271"/>
        <source>contact list</source>
        <translation>contactlijst</translation>
    </message>
    <message>
        <location filename="../app/ui/labels.py" line="272"/>
        <source>covenant</source>
        <translation>convenant</translation>
    </message>
    <message>
        <location filename="../app/ui/labels.py" line="273"/>
        <source>session</source>
        <translation>sessie</translation>
    </message>
    <message>
        <location filename="../app/ui/labels.py" line="274"/>
        <source>audit trail</source>
        <translation>audittrail</translation>
    </message>
    <message>
        <location filename="../app/ui/labels.py" line="275"/>
        <source>data breach</source>
        <translation>datalek</translation>
    </message>
    <message>
        <location filename="../app/ui/labels.py" line="276"/>
        <source>breach register</source>
        <translation>datalekkenregister</translation>
    </message>
    <message>
        <location filename="../app/ui/labels.py" line="277"/>
        <source>register of processing</source>
        <translation>verwerkingsregister</translation>
    </message>
    <message>
        <location filename="../app/ui/labels.py" line="278"/>
        <source>request of a data subject</source>
        <translation>verzoek van een betrokkene</translation>
    </message>
    <message>
        <location filename="../app/ui/labels.py" line="279"/>
        <source>legal request for data</source>
        <translation>wettelijk verzoek om gegevens</translation>
    </message>
    <message>
        <location filename="../app/ui/labels.py" line="280"/>
        <source>access export</source>
        <translation>inzage-export</translation>
    </message>
    <message>
        <location filename="../app/ui/labels.py" line="281"/>
        <source>corrections</source>
        <translation>correcties</translation>
    </message>
    <message>
        <location filename="../app/ui/labels.py" line="159"/>
        <source>Amicable settlement started</source>
        <translation>Minnelijk traject gestart</translation>
    </message>
    <message>
        <location filename="../app/ui/labels.py" line="160"/>
        <source>Amicable settlement ended</source>
        <translation>Minnelijk traject beëindigd</translation>
    </message>
    <message>
        <location filename="../app/ui/labels.py" line="161"/>
        <source>Debt help reported back to corporation and wijkteam</source>
        <translation>Schuldhulp heeft teruggekoppeld aan corporatie en wijkteam</translation>
    </message>
    <message>
        <location filename="../app/ui/labels.py" line="164"/>
        <source>Corporation accepts the settlement offer</source>
        <translation>Corporatie gaat akkoord met het saneringsaanbod</translation>
    </message>
    <message>
        <location filename="../app/ui/labels.py" line="165"/>
        <source>Corporation refuses the settlement offer</source>
        <translation>Corporatie wijst het saneringsaanbod af</translation>
    </message>
    <message>
        <location filename="../app/ui/labels.py" line="166"/>
        <source>Wsnp request filed with the court</source>
        <translation>Wsnp-verzoek ingediend bij de rechtbank</translation>
    </message>
    <message>
        <location filename="../app/ui/labels.py" line="167"/>
        <source>Payment agreement not kept</source>
        <translation>Betaalafspraak niet nagekomen</translation>
    </message>
    <message>
        <location filename="../app/ui/labels.py" line="168"/>
        <source>Debt-help trajectory ended</source>
        <translation>Schuldhulptraject beëindigd</translation>
    </message>
    <message>
        <location filename="../app/ui/labels.py" line="169"/>
        <source>Handed over</source>
        <translation>Overgedragen</translation>
    </message>
    <message>
        <location filename="../app/ui/labels.py" line="170"/>
        <source>Handover received</source>
        <translation>Overdracht ontvangen</translation>
    </message>
    <message>
        <location filename="../app/ui/labels.py" line="171"/>
        <source>Tenant refuses to cooperate</source>
        <translation>Huurder weigert medewerking</translation>
    </message>
    <message>
        <location filename="../app/ui/labels.py" line="172"/>
        <source>Answer: may collection resume</source>
        <translation>Antwoord: mag de incasso hervatten</translation>
    </message>
    <message>
        <location filename="../app/ui/labels.py" line="173"/>
        <source>Ground for eviction (Sluitende Aanpak)</source>
        <translation>Grond voor ontruiming (Sluitende Aanpak)</translation>
    </message>
    <message>
        <location filename="../app/ui/labels.py" line="174"/>
        <source>Payment arrangement already in place at the signal</source>
        <translation>Betalingsregeling al getroffen bij de melding</translation>
    </message>
    <message>
        <location filename="../app/ui/labels.py" line="179"/>
        <source>Case closed</source>
        <translation>Zaak afgesloten</translation>
    </message>
    <message>
        <location filename="../app/ui/labels.py" line="180"/>
        <source>Letter made</source>
        <translation>Brief gemaakt</translation>
    </message>
    <message>
        <location filename="../app/ui/labels.py" line="186"/>
        <source>letter with option to decline the visit</source>
        <translation>brief met de keuze om het bezoek af te zeggen</translation>
    </message>
    <message>
        <location filename="../app/ui/labels.py" line="187"/>
        <source>letter without that option</source>
        <translation>brief zonder die keuze</translation>
    </message>
    <message>
        <location filename="../app/ui/labels.py" line="188"/>
        <source>by phone</source>
        <translation>telefonisch</translation>
    </message>
    <message>
        <location filename="../app/ui/labels.py" line="189"/>
        <source>unannounced visit</source>
        <translation>onaangekondigd huisbezoek</translation>
    </message>
    <message>
        <location filename="../app/ui/labels.py" line="195"/>
        <source>eviction prevented</source>
        <translation>ontruiming voorkomen</translation>
    </message>
    <message>
        <location filename="../app/ui/labels.py" line="196"/>
        <source>evicted</source>
        <translation>ontruimd</translation>
    </message>
    <message>
        <location filename="../app/ui/labels.py" line="197"/>
        <source>keys handed in</source>
        <translation>sleutels ingeleverd</translation>
    </message>
    <message>
        <location filename="../app/ui/labels.py" line="198"/>
        <source>moved</source>
        <translation>verhuisd</translation>
    </message>
    <message>
        <location filename="../app/ui/labels.py" line="200"/>
        <source>outside the target group</source>
        <translation>buiten de doelgroep</translation>
    </message>
    <message>
        <location filename="../app/ui/labels.py" line="201"/>
        <source>other</source>
        <translation>anders</translation>
    </message>
    <message>
        <location filename="../app/ui/labels.py" line="215"/>
        <source>refusal or broken agreements</source>
        <translation>weigering of niet nakomen van afspraken</translation>
    </message>
    <message>
        <location filename="../app/ui/labels.py" line="216"/>
        <source>housing fraud</source>
        <translation>woonfraude</translation>
    </message>
    <message>
        <location filename="../app/ui/labels.py" line="217"/>
        <source>long-running nuisance</source>
        <translation>langlopende overlast</translation>
    </message>
    <message>
        <location filename="../app/ui/labels.py" line="223"/>
        <source>Vroeg Eropaf</source>
        <translation>Vroeg Eropaf</translation>
    </message>
    <message>
        <location filename="../app/ui/labels.py" line="224"/>
        <source>Geregelde Betaling</source>
        <translation>Geregelde Betaling</translation>
    </message>
    <message>
        <location filename="../app/ui/labels.py" line="225"/>
        <source>budgetbeheer</source>
        <translation>budgetbeheer</translation>
    </message>
</context>
<context>
    <name>LanguagePage</name>
    <message>
        <location filename="../app/ui/settings_pages.py" line="916"/>
        <source>Language</source>
        <translation>Taal</translation>
    </message>
    <message>
        <location filename="../app/ui/settings_pages.py" line="918"/>
        <source>The language of the window. Letters are always in Dutch. This is a setting of this computer.</source>
        <translation>De taal van het venster. Brieven zijn altijd in het Nederlands. Dit geldt alleen voor deze computer.</translation>
    </message>
</context>
<context>
    <name>Launch</name>
    <message>
        <location filename="../app/ui/launch.py" line="42"/>
        <source>Something went wrong (reference %1). What you saved is safe. Please try again; if it happens again, give the reference to your administrator. Details without personal data are in %2.</source>
        <translation>Er ging iets mis (foutcode %1). Wat u hebt opgeslagen, is veilig. Probeer het opnieuw. Gebeurt het weer? Geef de foutcode dan aan uw beheerder. Details zonder persoonsgegevens staan in %2.</translation>
    </message>
</context>
<context>
    <name>LetterBatchDialog</name>
    <message>
        <location filename="../app/ui/letter_batch_dialog.py" line="84"/>
        <source>Feedback letters due</source>
        <extracomment>how a draft is handed to the mail program (tests record instead of opening)</extracomment>
        <translation>Openstaande terugkoppelbrieven</translation>
    </message>
    <message>
        <location filename="../app/ui/letter_batch_dialog.py" line="94"/>
        <source>Feedback letters due today or overdue</source>
        <translation>Terugkoppelbrieven voor vandaag of te laat</translation>
    </message>
    <message>
        <location filename="../app/ui/letter_batch_dialog.py" line="99"/>
        <source>No folder chosen yet.</source>
        <translation>Nog geen map gekozen.</translation>
    </message>
    <message>
        <location filename="../app/ui/letter_batch_dialog.py" line="101"/>
        <source>Choose folder…</source>
        <translation>Map kiezen…</translation>
    </message>
    <message>
        <location filename="../app/ui/letter_batch_dialog.py" line="109"/>
        <source>One PDF per letter, plus one combined PDF for printing. Each letter is put on its case&apos;s timeline.</source>
        <translation>Eén pdf per brief, plus één pdf met alle brieven om af te drukken. Elke brief komt op de tijdlijn van zijn zaak.</translation>
    </message>
    <message>
        <location filename="../app/ui/letter_batch_dialog.py" line="120"/>
        <source>Letters made</source>
        <translation>Gemaakte brieven</translation>
    </message>
    <message>
        <location filename="../app/ui/letter_batch_dialog.py" line="122"/>
        <source>Reference</source>
        <translation>Kenmerk</translation>
    </message>
    <message>
        <location filename="../app/ui/letter_batch_dialog.py" line="122"/>
        <source>Addressee</source>
        <translation>Geadresseerde</translation>
    </message>
    <message>
        <location filename="../app/ui/letter_batch_dialog.py" line="122"/>
        <source>Kind</source>
        <translation>Soort</translation>
    </message>
    <message>
        <location filename="../app/ui/letter_batch_dialog.py" line="122"/>
        <source>File</source>
        <translation>Bestand</translation>
    </message>
    <message>
        <location filename="../app/ui/letter_batch_dialog.py" line="142"/>
        <source>E-mail opens a draft in your mail program; send it from there with the secure mail add-in (Zivver, ZorgMail).</source>
        <translation>Per e-mail opent een concept in uw mailprogramma. Verstuur het daar met de invoegtoepassing voor beveiligd mailen (Zivver, ZorgMail).</translation>
    </message>
    <message>
        <location filename="../app/ui/letter_batch_dialog.py" line="148"/>
        <source>Sent by:</source>
        <translation>Verstuurd via:</translation>
    </message>
    <message>
        <location filename="../app/ui/letter_batch_dialog.py" line="156"/>
        <source>%v of %m letters</source>
        <translation>%v van %m brieven</translation>
    </message>
    <message>
        <location filename="../app/ui/letter_batch_dialog.py" line="163"/>
        <source>E-mail the ticked letters</source>
        <translation>Aangevinkte brieven e-mailen</translation>
    </message>
    <message>
        <location filename="../app/ui/letter_batch_dialog.py" line="167"/>
        <source>Mark the ticked letters as sent</source>
        <translation>Markeer de aangevinkte brieven als verstuurd</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/ui/letter_batch_dialog.py" line="425"/>
        <source>%n letter(s) not ticked: not marked.</source>
        <translation>
            <numerusform>%n brief niet aangevinkt: niet gemarkeerd.</numerusform>
            <numerusform>%n brieven niet aangevinkt: niet gemarkeerd.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/ui/letter_batch_dialog.py" line="155"/>
        <location filename="../app/ui/letter_batch_dialog.py" line="260"/>
        <source>Stop</source>
        <translation>Stoppen</translation>
    </message>
    <message>
        <location filename="../app/ui/letter_batch_dialog.py" line="161"/>
        <source>Make the letters</source>
        <translation>Brieven maken</translation>
    </message>
    <message>
        <location filename="../app/ui/letter_batch_dialog.py" line="170"/>
        <source>Open folder</source>
        <translation>Map openen</translation>
    </message>
    <message>
        <location filename="../app/ui/letter_batch_dialog.py" line="173"/>
        <source>Close</source>
        <translation>Sluiten</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/ui/letter_batch_dialog.py" line="195"/>
        <source>%n feedback letter(s) are due today or overdue.</source>
        <translation>
            <numerusform>%n terugkoppelbrief moet vandaag weg of is te laat.</numerusform>
            <numerusform>%n terugkoppelbrieven moeten vandaag weg of zijn te laat.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/ui/letter_batch_dialog.py" line="197"/>
        <source>No feedback letter is due today or overdue.</source>
        <translation>Er hoeft vandaag geen terugkoppelbrief weg en er is er geen te laat.</translation>
    </message>
    <message>
        <location filename="../app/ui/letter_batch_dialog.py" line="209"/>
        <source>Folder for the letters</source>
        <translation>Map voor de brieven</translation>
    </message>
    <message>
        <location filename="../app/ui/letter_batch_dialog.py" line="263"/>
        <source>Making the letters… You can stop: the letters already made are kept.</source>
        <translation>De brieven worden gemaakt… U kunt stoppen: de brieven die al klaar zijn, blijven bewaard.</translation>
    </message>
    <message>
        <location filename="../app/ui/letter_batch_dialog.py" line="273"/>
        <source>Stopping…</source>
        <translation>Stoppen…</translation>
    </message>
    <message>
        <location filename="../app/ui/letter_batch_dialog.py" line="283"/>
        <source>%1 of %2 letters made.</source>
        <translation>%1 van %2 brieven gemaakt.</translation>
    </message>
    <message>
        <location filename="../app/ui/letter_batch_dialog.py" line="285"/>
        <source>For printing: %1</source>
        <translation>Om af te drukken: %1</translation>
    </message>
    <message>
        <location filename="../app/ui/letter_batch_dialog.py" line="287"/>
        <source>Stopped on request; the letters already made are kept.</source>
        <translation>Gestopt op uw verzoek; de brieven die al klaar zijn, blijven bewaard.</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/ui/letter_batch_dialog.py" line="289"/>
        <source>%n letter(s) could not be made (see below).</source>
        <translation>
            <numerusform>%n brief kon niet worden gemaakt (zie hieronder).</numerusform>
            <numerusform>%n brieven konden niet worden gemaakt (zie hieronder).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/ui/letter_batch_dialog.py" line="303"/>
        <source>feedback to the corporation</source>
        <translation>terugkoppeling aan de corporatie</translation>
    </message>
    <message>
        <location filename="../app/ui/letter_batch_dialog.py" line="345"/>
        <source>Case %1</source>
        <translation>Zaak %1</translation>
    </message>
    <message>
        <location filename="../app/ui/letter_batch_dialog.py" line="360"/>
        <source>The letters could not be made because of an unexpected error. Reference for your administrator: %1</source>
        <translation>De brieven konden niet worden gemaakt door een onverwachte fout. Foutcode voor uw beheerder: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/ui/letter_batch_dialog.py" line="390"/>
        <source>%n e-mail draft(s) opened in your mail program. Send them from there; then mark the letters as sent.</source>
        <translation>
            <numerusform>%n e-mailconcept geopend in uw mailprogramma. Verstuur het daar en markeer de brief daarna als verstuurd.</numerusform>
            <numerusform>%n e-mailconcepten geopend in uw mailprogramma. Verstuur ze daar en markeer de brieven daarna als verstuurd.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/ui/letter_batch_dialog.py" line="406"/>
        <source>Choose first how the letters went out (Sent by), then mark them as sent.</source>
        <translation>Kies eerst hoe de brieven zijn verstuurd (Verstuurd via) en markeer ze daarna als verstuurd.</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/ui/letter_batch_dialog.py" line="422"/>
        <source>%n letter(s) marked as sent; their feedback deadline is met.</source>
        <translation>
            <numerusform>%n brief gemarkeerd als verstuurd; de termijn voor terugkoppeling is gehaald.</numerusform>
            <numerusform>%n brieven gemarkeerd als verstuurd; de termijnen voor terugkoppeling zijn gehaald.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LetterDialog</name>
    <message>
        <location filename="../app/ui/letter_dialog.py" line="170"/>
        <source>Feedback to the corporation</source>
        <extracomment>proposal: what to do with a debt of another creditor (asked in the window) how a draft is handed to the mail program (tests record instead of opening)</extracomment>
        <translation>Terugkoppeling aan de corporatie</translation>
    </message>
    <message>
        <location filename="../app/ui/letter_dialog.py" line="171"/>
        <source>Announcement of a visit to the tenant</source>
        <translation>Aankondiging van een bezoek aan de huurder</translation>
    </message>
    <message>
        <location filename="../app/ui/letter_dialog.py" line="172"/>
        <source>Notice to the troubleshooter</source>
        <translation>Bericht aan de troubleshooter</translation>
    </message>
    <message>
        <location filename="../app/ui/letter_dialog.py" line="173"/>
        <source>Proposal to the corporation</source>
        <translation>Voorstel aan de corporatie</translation>
    </message>
    <message>
        <location filename="../app/ui/letter_dialog.py" line="174"/>
        <source>Sluitende Aanpak statement</source>
        <translation>Verklaring Sluitende Aanpak</translation>
    </message>
    <message>
        <location filename="../app/ui/letter_dialog.py" line="175"/>
        <source>Payment agreement not kept</source>
        <translation>Betaalafspraak niet nagekomen</translation>
    </message>
    <message>
        <location filename="../app/ui/letter_dialog.py" line="192"/>
        <source>The tenant may decline the visit (says how, and by when)</source>
        <translation>De huurder mag het bezoek afzeggen (de brief zegt hoe en wanneer)</translation>
    </message>
    <message>
        <location filename="../app/ui/letter_dialog.py" line="194"/>
        <source>Visit planned on</source>
        <translation>Bezoek gepland op</translation>
    </message>
    <message>
        <location filename="../app/ui/letter_dialog.py" line="196"/>
        <source>Date and time of the visit</source>
        <translation>Datum en tijd van het bezoek</translation>
    </message>
    <message>
        <location filename="../app/ui/letter_dialog.py" line="205"/>
        <source>Internal notes</source>
        <translation>Interne notities</translation>
    </message>
    <message>
        <location filename="../app/ui/letter_dialog.py" line="230"/>
        <source>Fill in the letterhead…</source>
        <translation>Briefhoofd invullen…</translation>
    </message>
    <message>
        <location filename="../app/ui/letter_dialog.py" line="235"/>
        <source>Fill in my details…</source>
        <translation>Mijn gegevens invullen…</translation>
    </message>
    <message>
        <location filename="../app/ui/letter_dialog.py" line="245"/>
        <source>Leave this debt out</source>
        <translation>Schuld weglaten</translation>
    </message>
    <message>
        <location filename="../app/ui/letter_dialog.py" line="248"/>
        <source>Include it anyway</source>
        <translation>Toch meenemen</translation>
    </message>
    <message>
        <location filename="../app/ui/letter_dialog.py" line="251"/>
        <source>Only when the debt is in fact a claim of this corporation.</source>
        <translation>Alleen als de schuld toch een vordering van deze corporatie is.</translation>
    </message>
    <message>
        <location filename="../app/ui/letter_dialog.py" line="282"/>
        <source>E-mail opens a draft in your mail program; send it from there with the secure mail add-in (Zivver, ZorgMail).</source>
        <translation>Per e-mail opent een concept in uw mailprogramma. Verstuur het daar met de invoegtoepassing voor beveiligd mailen (Zivver, ZorgMail).</translation>
    </message>
    <message>
        <location filename="../app/ui/letter_dialog.py" line="288"/>
        <source>Sent by:</source>
        <translation>Verstuurd via:</translation>
    </message>
    <message>
        <location filename="../app/ui/letter_dialog.py" line="123"/>
        <source>printed/post</source>
        <translation>geprint/post</translation>
    </message>
    <message>
        <location filename="../app/ui/letter_dialog.py" line="122"/>
        <source>— choose —</source>
        <translation>— kies —</translation>
    </message>
    <message>
        <location filename="../app/ui/letter_dialog.py" line="124"/>
        <source>e-mail (draft opened)</source>
        <translation>e-mail (concept geopend)</translation>
    </message>
    <message>
        <location filename="../app/ui/letter_dialog.py" line="125"/>
        <source>saved by myself</source>
        <translation>zelf opgeslagen</translation>
    </message>
    <message>
        <location filename="../app/ui/letter_dialog.py" line="126"/>
        <source>Sent by</source>
        <translation>Verstuurd via</translation>
    </message>
    <message>
        <location filename="../app/ui/letter_dialog.py" line="298"/>
        <source>Save as PDF…</source>
        <translation>Opslaan als pdf…</translation>
    </message>
    <message>
        <location filename="../app/ui/letter_dialog.py" line="300"/>
        <source>Send by e-mail…</source>
        <translation>Per e-mail versturen…</translation>
    </message>
    <message>
        <location filename="../app/ui/letter_dialog.py" line="304"/>
        <source>Saves the letter, writes an e-mail with the PDF next to it and opens it in your mail program.</source>
        <translation>Slaat de brief op, maakt ernaast een e-mail met de pdf als bijlage en opent die in uw mailprogramma.</translation>
    </message>
    <message>
        <location filename="../app/ui/letter_dialog.py" line="311"/>
        <location filename="../app/ui/letter_dialog.py" line="314"/>
        <location filename="../app/ui/letter_dialog.py" line="315"/>
        <location filename="../app/ui/letter_dialog.py" line="316"/>
        <source>Mark as sent to the corporation</source>
        <translation>Markeren als verstuurd aan de corporatie</translation>
    </message>
    <message>
        <location filename="../app/ui/letter_dialog.py" line="312"/>
        <source>Mark as sent to the tenant</source>
        <translation>Markeren als verstuurd aan de huurder</translation>
    </message>
    <message>
        <location filename="../app/ui/letter_dialog.py" line="313"/>
        <source>Mark the troubleshooter as informed</source>
        <translation>Troubleshooter als ingelicht markeren</translation>
    </message>
    <message>
        <location filename="../app/ui/letter_dialog.py" line="319"/>
        <source>Records it on the timeline; first save the letter.</source>
        <translation>Zet het op de tijdlijn; sla eerst de brief op.</translation>
    </message>
    <message>
        <location filename="../app/ui/letter_dialog.py" line="322"/>
        <source>Close</source>
        <translation>Sluiten</translation>
    </message>
    <message>
        <location filename="../app/ui/letter_dialog.py" line="375"/>
        <source>The letter could not be made because of an unexpected error. Reference for your administrator: %1</source>
        <translation>De brief kon niet worden gemaakt door een onverwachte fout. Foutcode voor uw beheerder: %1</translation>
    </message>
    <message>
        <location filename="../app/ui/letter_dialog.py" line="408"/>
        <source>The proposal could not be made again because of an unexpected error. Reference for your administrator: %1</source>
        <translation>Het voorstel kon door een onverwachte fout niet opnieuw worden gemaakt. Foutcode voor uw beheerder: %1</translation>
    </message>
    <message>
        <location filename="../app/ui/letter_dialog.py" line="436"/>
        <source>Your name, phone number and e-mail address are not on this letter yet: it shows only the office&apos;s details. Fill them in under Settings → My details (or with the button below); the letter is then made again.</source>
        <translation>Uw naam, telefoonnummer en e-mailadres staan nog niet op deze brief: er staan alleen de gegevens van het kantoor op. Vul ze in bij Instellingen → Mijn gegevens (of met de knop hieronder); daarna wordt de brief opnieuw gemaakt.</translation>
    </message>
    <message>
        <location filename="../app/ui/letter_dialog.py" line="471"/>
        <source>Page %1 of the letter</source>
        <translation>Pagina %1 van de brief</translation>
    </message>
    <message>
        <location filename="../app/ui/letter_dialog.py" line="502"/>
        <source>The tenant&apos;s written consent to share more with the corporation is recorded. Tick the notes that may go into this letter; nothing else from the case does.</source>
        <translation>De schriftelijke toestemming van de huurder om meer te delen met de corporatie is vastgelegd. Vink de notities aan die in deze brief mogen; verder gaat er niets uit de zaak in.</translation>
    </message>
    <message>
        <location filename="../app/ui/letter_dialog.py" line="510"/>
        <source>No written consent to share more with the corporation is recorded, so the letter holds only what the covenant allows (appendix 2, step 6). Internal notes stay inside Vangnet.</source>
        <translation>Er is geen schriftelijke toestemming vastgelegd om meer te delen met de corporatie. Daarom staat in de brief alleen wat het convenant toestaat (bijlage 2, stap 6). Interne notities blijven in Vangnet.</translation>
    </message>
    <message>
        <location filename="../app/ui/letter_dialog.py" line="554"/>
        <location filename="../app/ui/letter_dialog.py" line="655"/>
        <source>Save the letter</source>
        <translation>Brief opslaan</translation>
    </message>
    <message>
        <location filename="../app/ui/letter_dialog.py" line="556"/>
        <location filename="../app/ui/letter_dialog.py" line="657"/>
        <source>PDF files (*.pdf)</source>
        <translation>Pdf-bestanden (*.pdf)</translation>
    </message>
    <message>
        <location filename="../app/ui/letter_dialog.py" line="590"/>
        <source>The letter was not saved because of an unexpected error; no file was left behind. Reference for your administrator: %1</source>
        <translation>De brief is niet opgeslagen door een onverwachte fout; er is geen bestand achtergebleven. Foutcode voor uw beheerder: %1</translation>
    </message>
    <message>
        <location filename="../app/ui/letter_dialog.py" line="599"/>
        <source>Saved as %1 and recorded on the timeline.</source>
        <translation>Opgeslagen als %1 en op de tijdlijn gezet.</translation>
    </message>
    <message>
        <location filename="../app/ui/letter_dialog.py" line="623"/>
        <source>The e-mail could not be written: %1</source>
        <translation>De e-mail kon niet worden gemaakt: %1</translation>
    </message>
    <message>
        <location filename="../app/ui/letter_dialog.py" line="632"/>
        <source>The e-mail to %1 is open in your mail program as a draft (%2). Send it from there; then mark the letter as sent.</source>
        <translation>De e-mail aan %1 staat als concept open in uw mailprogramma (%2). Verstuur hem daar en markeer de brief daarna als verstuurd.</translation>
    </message>
    <message>
        <location filename="../app/ui/letter_dialog.py" line="641"/>
        <source>The e-mail is open in your mail program as a draft (%2). The contact list has no e-mail address for it: fill in the recipient, send it, then mark the letter as sent.</source>
        <translation>De e-mail staat als concept open in uw mailprogramma (%2). De contactlijst heeft hiervoor geen e-mailadres: vul de ontvanger in, verstuur de e-mail en markeer de brief daarna als verstuurd.</translation>
    </message>
    <message>
        <location filename="../app/ui/letter_dialog.py" line="671"/>
        <source>Choose first how the letter went out (Sent by), then mark it as sent.</source>
        <translation>Kies eerst hoe de brief is verstuurd (Verstuurd via) en markeer hem daarna als verstuurd.</translation>
    </message>
    <message>
        <location filename="../app/ui/letter_dialog.py" line="683"/>
        <source>Recorded: feedback sent on %1. This meets the feedback deadline.</source>
        <translation>Vastgelegd: terugkoppeling gestuurd op %1. Daarmee is de termijn voor terugkoppeling gehaald.</translation>
    </message>
    <message>
        <location filename="../app/ui/letter_dialog.py" line="685"/>
        <source>Recorded: announcement letter sent on %1.</source>
        <translation>Vastgelegd: aankondigingsbrief gestuurd op %1.</translation>
    </message>
    <message>
        <location filename="../app/ui/letter_dialog.py" line="686"/>
        <source>Recorded: troubleshooter informed on %1.</source>
        <translation>Vastgelegd: troubleshooter ingelicht op %1.</translation>
    </message>
    <message>
        <location filename="../app/ui/letter_dialog.py" line="688"/>
        <source>Recorded: letter to the corporation sent on %1. This meets the proposal deadline.</source>
        <translation>Vastgelegd: brief aan de corporatie gestuurd op %1. Daarmee is de termijn voor het voorstel gehaald.</translation>
    </message>
</context>
<context>
    <name>LetterheadPage</name>
    <message>
        <location filename="../app/ui/first_run.py" line="173"/>
        <source>Your letterhead</source>
        <translation>Uw briefhoofd</translation>
    </message>
    <message>
        <location filename="../app/ui/first_run.py" line="181"/>
        <source>Vangnet writes letters for you, such as the feedback to the corporation within 5 working days. These details are on every letter. You can also fill them in later, under Settings &gt; Letterhead; until then Vangnet makes no letters.</source>
        <translation>Vangnet maakt brieven voor u, zoals de terugkoppeling aan de corporatie binnen 5 werkdagen. Deze gegevens staan op elke brief. U kunt ze ook later invullen, bij Instellingen &gt; Briefhoofd; tot die tijd maakt Vangnet geen brieven.</translation>
    </message>
    <message>
        <location filename="../app/ui/first_run.py" line="190"/>
        <source>For example:
Postbus 511
2003 PB Haarlem</source>
        <translation>Bijvoorbeeld:
Postbus 511
2003 PB Haarlem</translation>
    </message>
    <message>
        <location filename="../app/ui/first_run.py" line="195"/>
        <source>For example: Haarlem</source>
        <translation>Bijvoorbeeld: Haarlem</translation>
    </message>
    <message>
        <location filename="../app/ui/first_run.py" line="198"/>
        <source>For example: Marieke de Boer</source>
        <translation>Bijvoorbeeld: Marieke de Boer</translation>
    </message>
    <message>
        <location filename="../app/ui/first_run.py" line="201"/>
        <source>For example: team leader</source>
        <translation>Bijvoorbeeld: teamleider</translation>
    </message>
    <message>
        <location filename="../app/ui/first_run.py" line="202"/>
        <source>No logo (optional)</source>
        <translation>Geen logo (niet verplicht)</translation>
    </message>
    <message>
        <location filename="../app/ui/first_run.py" line="203"/>
        <source>Choose logo…</source>
        <translation>Logo kiezen…</translation>
    </message>
    <message>
        <location filename="../app/ui/first_run.py" line="210"/>
        <source>Address of the office</source>
        <translation>Adres van het kantoor</translation>
    </message>
    <message>
        <location filename="../app/ui/first_run.py" line="211"/>
        <source>Place</source>
        <translation>Plaats</translation>
    </message>
    <message>
        <location filename="../app/ui/first_run.py" line="212"/>
        <source>Signed by</source>
        <translation>Ondertekend door</translation>
    </message>
    <message>
        <location filename="../app/ui/first_run.py" line="213"/>
        <source>Function</source>
        <translation>Functie</translation>
    </message>
    <message>
        <location filename="../app/ui/first_run.py" line="214"/>
        <source>Logo</source>
        <translation>Logo</translation>
    </message>
    <message>
        <location filename="../app/ui/first_run.py" line="220"/>
        <source>Fill in later</source>
        <translation>Later invullen</translation>
    </message>
    <message>
        <location filename="../app/ui/first_run.py" line="222"/>
        <source>Go on without a letterhead; fill it in later under Settings &gt; Letterhead.</source>
        <translation>Ga verder zonder briefhoofd; vul het later in bij Instellingen &gt; Briefhoofd.</translation>
    </message>
    <message>
        <location filename="../app/ui/first_run.py" line="227"/>
        <source>No time now? The letterhead can wait until the first letter.</source>
        <translation>Nu geen tijd? Het briefhoofd kan wachten tot de eerste brief.</translation>
    </message>
    <message>
        <location filename="../app/ui/first_run.py" line="235"/>
        <source>Choose a logo</source>
        <translation>Kies een logo</translation>
    </message>
    <message>
        <location filename="../app/ui/first_run.py" line="235"/>
        <source>Images (*.png *.jpg *.jpeg)</source>
        <translation>Afbeeldingen (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <location filename="../app/ui/first_run.py" line="245"/>
        <source>The file {file} could not be read ({why}).</source>
        <translation>Het bestand {file} kan niet worden gelezen ({why}).</translation>
    </message>
</context>
<context>
    <name>LetterheadSettingsPage</name>
    <message>
        <location filename="../app/ui/settings_pages.py" line="228"/>
        <source>Letterhead</source>
        <translation>Briefhoofd</translation>
    </message>
    <message>
        <location filename="../app/ui/settings_pages.py" line="230"/>
        <source>Letters are signed with this name and function. A logo is optional; without one, the name of the office is at the top left.</source>
        <translation>Brieven worden ondertekend met deze naam en functie. Een logo is niet verplicht; zonder logo staat de naam van het kantoor linksboven.</translation>
    </message>
    <message>
        <location filename="../app/ui/settings_pages.py" line="238"/>
        <source>For example: Marieke de Boer</source>
        <translation>Bijvoorbeeld: Marieke de Boer</translation>
    </message>
    <message>
        <location filename="../app/ui/settings_pages.py" line="241"/>
        <source>For example: team leader</source>
        <translation>Bijvoorbeeld: teamleider</translation>
    </message>
    <message>
        <location filename="../app/ui/settings_pages.py" line="245"/>
        <source>Choose logo…</source>
        <translation>Logo kiezen…</translation>
    </message>
    <message>
        <location filename="../app/ui/settings_pages.py" line="247"/>
        <source>Remove logo</source>
        <translation>Logo weghalen</translation>
    </message>
    <message>
        <location filename="../app/ui/settings_pages.py" line="236"/>
        <location filename="../app/ui/settings_pages.py" line="254"/>
        <source>Signed by</source>
        <translation>Ondertekend door</translation>
    </message>
    <message>
        <location filename="../app/ui/settings_pages.py" line="242"/>
        <location filename="../app/ui/settings_pages.py" line="256"/>
        <source>Function</source>
        <translation>Functie</translation>
    </message>
    <message>
        <location filename="../app/ui/settings_pages.py" line="258"/>
        <source>Logo</source>
        <translation>Logo</translation>
    </message>
    <message>
        <location filename="../app/ui/settings_pages.py" line="271"/>
        <source>Preview: a feedback letter with invented details</source>
        <translation>Voorbeeld: een terugkoppeling met verzonnen gegevens</translation>
    </message>
    <message>
        <location filename="../app/ui/settings_pages.py" line="281"/>
        <source>Preview of a letter with this letterhead</source>
        <translation>Voorbeeld van een brief met dit briefhoofd</translation>
    </message>
    <message>
        <location filename="../app/ui/settings_pages.py" line="354"/>
        <source>Choose a logo</source>
        <translation>Kies een logo</translation>
    </message>
    <message>
        <location filename="../app/ui/settings_pages.py" line="354"/>
        <source>Images (*.png *.jpg *.jpeg)</source>
        <translation>Afbeeldingen (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <location filename="../app/ui/settings_pages.py" line="366"/>
        <source>The file %1 could not be read (%2). The logo was not changed.</source>
        <translation>Het bestand %1 kan niet worden gelezen (%2). Het logo is niet veranderd.</translation>
    </message>
    <message>
        <location filename="../app/ui/settings_pages.py" line="396"/>
        <source>No logo</source>
        <translation>Geen logo</translation>
    </message>
    <message>
        <location filename="../app/ui/settings_pages.py" line="416"/>
        <source>the name of the office</source>
        <translation>de naam van het kantoor</translation>
    </message>
    <message>
        <location filename="../app/ui/settings_pages.py" line="417"/>
        <source>the address of the office</source>
        <translation>het adres van het kantoor</translation>
    </message>
    <message>
        <location filename="../app/ui/settings_pages.py" line="418"/>
        <source>the name of the signer</source>
        <translation>de naam van de ondertekenaar</translation>
    </message>
    <message>
        <location filename="../app/ui/settings_pages.py" line="419"/>
        <source>the function of the signer</source>
        <translation>de functie van de ondertekenaar</translation>
    </message>
    <message>
        <location filename="../app/ui/settings_pages.py" line="422"/>
        <source>Letters cannot be made yet. Still needed: %1.</source>
        <translation>Er kunnen nog geen brieven worden gemaakt. Nog nodig: %1.</translation>
    </message>
    <message>
        <location filename="../app/ui/settings_pages.py" line="424"/>
        <source>Fill in the name and address on the page Office</source>
        <translation>Naam en adres vult u in op de pagina Kantoor</translation>
    </message>
    <message>
        <location filename="../app/ui/settings_pages.py" line="456"/>
        <source>Updating…</source>
        <translation>Bijwerken…</translation>
    </message>
    <message>
        <location filename="../app/ui/settings_pages.py" line="470"/>
        <source>The preview could not be made (reference %1).</source>
        <translation>Het voorbeeld kon niet worden gemaakt (foutcode %1).</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../app/ui/main_window.py" line="181"/>
        <source>Inbox</source>
        <extracomment>actions that reach case data: off while locked (issue 13.5)</extracomment>
        <translation>Inbox</translation>
    </message>
    <message>
        <location filename="../app/ui/main_window.py" line="182"/>
        <source>My cases</source>
        <translation>Mijn zaken</translation>
    </message>
    <message>
        <location filename="../app/ui/main_window.py" line="183"/>
        <source>This week</source>
        <translation>Deze week</translation>
    </message>
    <message>
        <location filename="../app/ui/main_window.py" line="184"/>
        <source>Troubleshooter</source>
        <translation>Troubleshooter</translation>
    </message>
    <message>
        <location filename="../app/ui/main_window.py" line="185"/>
        <source>Closed</source>
        <translation>Afgesloten</translation>
    </message>
    <message>
        <location filename="../app/ui/main_window.py" line="186"/>
        <source>Contacts</source>
        <translation>Contacten</translation>
    </message>
    <message>
        <location filename="../app/ui/main_window.py" line="192"/>
        <source>Every open case, most urgent first.</source>
        <translation>Alle open zaken, de meest dringende eerst.</translation>
    </message>
    <message>
        <location filename="../app/ui/main_window.py" line="193"/>
        <source>Open cases assigned to you.</source>
        <translation>Open zaken die aan u zijn toegewezen.</translation>
    </message>
    <message>
        <location filename="../app/ui/main_window.py" line="194"/>
        <source>Cases with a deadline due by Sunday, overdue ones included.</source>
        <translation>Zaken met een termijn tot en met zondag, ook als die termijn al voorbij is.</translation>
    </message>
    <message>
        <location filename="../app/ui/main_window.py" line="195"/>
        <source>Closed cases, with their outcome.</source>
        <translation>Afgesloten zaken, met hun uitkomst.</translation>
    </message>
    <message>
        <location filename="../app/ui/main_window.py" line="242"/>
        <source>DEMO — invented people, for trying Vangnet out. Nothing here is real.</source>
        <translation>DEMO — verzonnen mensen, om Vangnet uit te proberen. Niets hiervan is echt.</translation>
    </message>
    <message>
        <location filename="../app/ui/main_window.py" line="245"/>
        <location filename="../app/ui/main_window.py" line="768"/>
        <source> — DEMO</source>
        <translation> — DEMO</translation>
    </message>
    <message>
        <location filename="../app/ui/main_window.py" line="251"/>
        <source>No Royal-Decree holidays are loaded for %1. Deadlines in %1 may be off by a day; ask your administrator to update the calendar.</source>
        <translation>De dagen uit het Koninklijk Besluit voor %1 ontbreken. Termijnen in %1 kunnen een dag afwijken; vraag uw beheerder om de kalender bij te werken.</translation>
    </message>
    <message>
        <location filename="../app/ui/main_window.py" line="270"/>
        <source>&amp;File</source>
        <translation>&amp;Bestand</translation>
    </message>
    <message>
        <location filename="../app/ui/main_window.py" line="272"/>
        <source>&amp;New signal…</source>
        <translation>&amp;Nieuwe melding…</translation>
    </message>
    <message>
        <location filename="../app/ui/main_window.py" line="275"/>
        <source>&amp;Import signals…</source>
        <translation>Meldingen &amp;importeren…</translation>
    </message>
    <message>
        <location filename="../app/ui/main_window.py" line="279"/>
        <source>&amp;Hand over cases…</source>
        <translation>Zaken over&amp;dragen…</translation>
    </message>
    <message>
        <location filename="../app/ui/main_window.py" line="283"/>
        <source>&amp;Receive a handover…</source>
        <translation>Overdracht on&amp;tvangen…</translation>
    </message>
    <message>
        <location filename="../app/ui/main_window.py" line="291"/>
        <source>Make a &amp;backup…</source>
        <translation>&amp;Back-up maken…</translation>
    </message>
    <message>
        <location filename="../app/ui/main_window.py" line="292"/>
        <source>&amp;Restore a backup…</source>
        <translation>Back-up &amp;terugzetten…</translation>
    </message>
    <message>
        <location filename="../app/ui/main_window.py" line="295"/>
        <source>&amp;Lock</source>
        <translation>&amp;Vergrendelen</translation>
    </message>
    <message>
        <location filename="../app/ui/main_window.py" line="301"/>
        <source>Change the &amp;key…</source>
        <translation>S&amp;leutel wijzigen…</translation>
    </message>
    <message>
        <location filename="../app/ui/main_window.py" line="305"/>
        <source>&amp;Quit</source>
        <translation>&amp;Afsluiten</translation>
    </message>
    <message>
        <location filename="../app/ui/main_window.py" line="310"/>
        <source>&amp;View</source>
        <translation>Beel&amp;d</translation>
    </message>
    <message>
        <location filename="../app/ui/main_window.py" line="312"/>
        <source>&amp;Search</source>
        <translation>&amp;Zoeken</translation>
    </message>
    <message>
        <location filename="../app/ui/main_window.py" line="315"/>
        <source>&amp;Refresh</source>
        <translation>&amp;Vernieuwen</translation>
    </message>
    <message>
        <location filename="../app/ui/main_window.py" line="320"/>
        <source>&amp;Settings</source>
        <translation>&amp;Instellingen</translation>
    </message>
    <message>
        <location filename="../app/ui/main_window.py" line="322"/>
        <source>Settings…</source>
        <translation>Instellingen…</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/ui/main_window.py" line="700"/>
        <source>… and %n more term(s): Privacy → Data breaches.</source>
        <translation>
            <numerusform>… en nog %n termijn: Privacy → Datalekken.</numerusform>
            <numerusform>… en nog %n termijnen: Privacy → Datalekken.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/ui/main_window.py" line="349"/>
        <source>&amp;Privacy</source>
        <translation>&amp;Privacy</translation>
    </message>
    <message>
        <location filename="../app/ui/main_window.py" line="350"/>
        <source>&amp;Audit trail…</source>
        <translation>&amp;Audittrail…</translation>
    </message>
    <message>
        <location filename="../app/ui/main_window.py" line="355"/>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../app/ui/main_window.py" line="780"/>
        <source>How the inbox is ordered</source>
        <translation>Hoe de inbox is geordend</translation>
    </message>
    <message>
        <location filename="../app/ui/main_window.py" line="799"/>
        <source>About Vangnet</source>
        <translation>Over Vangnet</translation>
    </message>
    <message>
        <location filename="../app/ui/main_window.py" line="408"/>
        <source>Vangnet is locked</source>
        <translation>Vangnet is vergrendeld</translation>
    </message>
    <message>
        <location filename="../app/ui/main_window.py" line="94"/>
        <source>Views</source>
        <extracomment>the navigation&apos;s views, top to bottom; &quot;troubleshooter&quot; (the former list of eviction-dated cases) is the desk now: one entry for the troubleshooter, not two listing the same cases smallest window: fits a 1366 x 768 laptop and a 1920 x 1080 one at 150 % (1280 x 720 logical) the integrity check starts this long after the window is up (ms) how long locking and closing wait for work in the background to stop (ms)</extracomment>
        <translation>Weergaven</translation>
    </message>
    <message>
        <location filename="../app/ui/main_window.py" line="187"/>
        <source>Reports</source>
        <translation>Rapportage</translation>
    </message>
    <message>
        <location filename="../app/ui/main_window.py" line="289"/>
        <source>&amp;Feedback letters due…</source>
        <translation>Terugkoppelingsbrieven die klaar &amp;moeten…</translation>
    </message>
    <message>
        <location filename="../app/ui/main_window.py" line="298"/>
        <source>Change my &amp;unlock code…</source>
        <translation>Mijn ontgrendel&amp;code wijzigen…</translation>
    </message>
    <message>
        <location filename="../app/ui/main_window.py" line="326"/>
        <source>&amp;Letterhead…</source>
        <translation>&amp;Briefhoofd…</translation>
    </message>
    <message>
        <location filename="../app/ui/main_window.py" line="327"/>
        <source>&amp;Office closing days…</source>
        <translation>&amp;Sluitingsdagen…</translation>
    </message>
    <message>
        <location filename="../app/ui/main_window.py" line="331"/>
        <source>Lock after &amp;idle minutes…</source>
        <translation>&amp;Automatisch vergrendelen…</translation>
    </message>
    <message>
        <location filename="../app/ui/main_window.py" line="333"/>
        <source>Living-cost &amp;norm…</source>
        <translation>&amp;Leefgeldnorm…</translation>
    </message>
    <message>
        <location filename="../app/ui/main_window.py" line="335"/>
        <source>Lan&amp;guage</source>
        <translation>&amp;Taal</translation>
    </message>
    <message>
        <location filename="../app/ui/main_window.py" line="358"/>
        <source>How the inbox is &amp;ordered</source>
        <translation>&amp;Hoe de inbox is geordend</translation>
    </message>
    <message>
        <location filename="../app/ui/main_window.py" line="363"/>
        <source>&amp;About Vangnet</source>
        <translation>&amp;Over Vangnet</translation>
    </message>
    <message>
        <location filename="../app/ui/main_window.py" line="367"/>
        <location filename="../app/ui/main_window.py" line="369"/>
        <source>Daily work</source>
        <translation>Dagelijks werk</translation>
    </message>
    <message>
        <location filename="../app/ui/main_window.py" line="374"/>
        <source>Enter a signal by hand (Ctrl+N)</source>
        <translation>Voer een melding met de hand in (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../app/ui/main_window.py" line="375"/>
        <source>Import a file of signals from a corporation (Ctrl+I)</source>
        <translation>Importeer een bestand met meldingen van een corporatie (Ctrl+I)</translation>
    </message>
    <message>
        <location filename="../app/ui/main_window.py" line="376"/>
        <source>Search by name, address or reference (Ctrl+F)</source>
        <translation>Zoek op naam, adres of referentie (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../app/ui/main_window.py" line="377"/>
        <source>Make the feedback letters that are due</source>
        <translation>Maak de terugkoppelingsbrieven die klaar moeten</translation>
    </message>
    <message>
        <location filename="../app/ui/main_window.py" line="378"/>
        <source>Lock Vangnet when you leave your desk (Ctrl+L)</source>
        <translation>Vergrendel Vangnet als u van uw plek weggaat (Ctrl+L)</translation>
    </message>
    <message>
        <location filename="../app/ui/main_window.py" line="412"/>
        <source>All case data is hidden and the key has been removed from memory. Unlock to continue.</source>
        <translation>Alle gegevens van zaken zijn verborgen en de sleutel is uit het geheugen gewist. Ontgrendel om verder te gaan.</translation>
    </message>
    <message>
        <location filename="../app/ui/main_window.py" line="416"/>
        <source>Unlock…</source>
        <translation>Ontgrendelen…</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/ui/main_window.py" line="498"/>
        <source>%n case(s)</source>
        <translation>
            <numerusform>%n zaak</numerusform>
            <numerusform>%n zaken</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/ui/main_window.py" line="502"/>
        <source>%n with a term overdue</source>
        <translation>
            <numerusform>%n met een termijn te laat</numerusform>
            <numerusform>%n met een termijn te laat</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/ui/main_window.py" line="508"/>
        <source>%1 eviction(s) within %2 working days, %3 within %4</source>
        <translation>%1 ontruiming(en) binnen %2 werkdagen, %3 binnen %4</translation>
    </message>
    <message>
        <location filename="../app/ui/main_window.py" line="549"/>
        <source>Open case</source>
        <translation>Zaak openen</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/ui/main_window.py" line="550"/>
        <source>Hand over %n case(s)…</source>
        <translation>
            <numerusform>%n zaak overdragen…</numerusform>
            <numerusform>%n zaken overdragen…</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/ui/main_window.py" line="590"/>
        <source>Hand over cases</source>
        <translation>Zaken overdragen</translation>
    </message>
    <message>
        <location filename="../app/ui/main_window.py" line="592"/>
        <source>First select the case(s) to hand over in a list, or open a case. Ctrl+click or Shift+click selects several cases.</source>
        <translation>Selecteer eerst in een lijst de zaak of zaken die u wilt overdragen, of open een zaak. Met Ctrl+klik of Shift+klik selecteert u meerdere zaken.</translation>
    </message>
    <message>
        <location filename="../app/ui/main_window.py" line="685"/>
        <source>Breach %1: tell the other parties (reglement art. 9.1)</source>
        <translation>Inbreuk %1: de andere partijen informeren (reglement art. 9.1)</translation>
    </message>
    <message>
        <location filename="../app/ui/main_window.py" line="687"/>
        <source>Breach %1: decide on reporting to the Autoriteit Persoonsgegevens</source>
        <translation>Inbreuk %1: besluiten over melden bij de Autoriteit Persoonsgegevens</translation>
    </message>
    <message>
        <location filename="../app/ui/main_window.py" line="691"/>
        <source>%1 h %2 min</source>
        <translation>%1 uur %2 min</translation>
    </message>
    <message>
        <location filename="../app/ui/main_window.py" line="694"/>
        <source>within %1 (by %2)</source>
        <translation>binnen %1 (uiterlijk %2)</translation>
    </message>
    <message>
        <location filename="../app/ui/main_window.py" line="694"/>
        <source>%1 overdue (was %2)</source>
        <translation>%1 te laat (was %2)</translation>
    </message>
    <message>
        <location filename="../app/ui/main_window.py" line="728"/>
        <source>The new language is used the next time Vangnet starts.</source>
        <translation>De nieuwe taal wordt gebruikt als u Vangnet opnieuw start.</translation>
    </message>
    <message>
        <location filename="../app/ui/main_window.py" line="782"/>
        <source>The inbox follows the covenant:

1. Cases with a known eviction date, soonest eviction first.
2. Then cases with a priority reason (H 3.6): children under 18, 65+, statushouders, people already known to the wijkteam or SDV.
3. Within each group, the earliest open deadline first.
4. Then the earliest signal.

Deadlines count legal working days: weekends, public holidays and the days of the Algemene termijnenwet do not count.</source>
        <translation>De inbox volgt het convenant:

1. Zaken met een bekende ontruimingsdatum, de vroegste ontruiming eerst.
2. Dan zaken met een reden voor prioriteit (H&#xa0;3.6): kinderen onder de 18, 65+, statushouders, mensen die al bekend zijn bij het wijkteam of SDV.
3. Binnen elke groep de vroegste open termijn eerst.
4. Dan de vroegste melding.

Termijnen tellen in wettelijke werkdagen: weekenden, feestdagen en de dagen van de Algemene termijnenwet tellen niet mee.</translation>
    </message>
    <message>
        <location filename="../app/ui/main_window.py" line="801"/>
        <source>Vangnet %1

Covenant: %2
Calendar: %3
Database: %4</source>
        <translation>Vangnet %1

Convenant: %2
Kalender: %3
Gegevensbestand: %4</translation>
    </message>
    <message>
        <location filename="../app/ui/main_window.py" line="882"/>
        <location filename="../app/ui/main_window.py" line="894"/>
        <source>Change my unlock code</source>
        <translation>Mijn ontgrendelcode wijzigen</translation>
    </message>
    <message>
        <location filename="../app/ui/main_window.py" line="884"/>
        <source>This data file is opened with a passphrase, so Vangnet asks for that passphrase after a lock. There is no separate unlock code.</source>
        <translation>Dit gegevensbestand wordt geopend met een wachtzin. Na een vergrendeling vraagt Vangnet daarom om die wachtzin. Er is geen aparte ontgrendelcode.</translation>
    </message>
    <message>
        <location filename="../app/ui/main_window.py" line="895"/>
        <source>Your new unlock code is saved. Use it from the next lock on.</source>
        <translation>Uw nieuwe ontgrendelcode is opgeslagen. Gebruik deze vanaf de volgende vergrendeling.</translation>
    </message>
    <message>
        <location filename="../app/ui/main_window.py" line="923"/>
        <source>Vangnet is still finishing work in the background (for example a backup). Close the window again in a moment.</source>
        <translation>Vangnet maakt nog werk op de achtergrond af (bijvoorbeeld een back-up). Sluit het venster zo nog eens.</translation>
    </message>
</context>
<context>
    <name>NewCodeDialog</name>
    <message>
        <location filename="../app/ui/unlock_code_dialog.py" line="46"/>
        <location filename="../app/ui/unlock_code_dialog.py" line="49"/>
        <source>Choose your unlock code</source>
        <translation>Kies uw ontgrendelcode</translation>
    </message>
    <message>
        <location filename="../app/ui/unlock_code_dialog.py" line="54"/>
        <source>At least %1 characters. Choose something only you know, not your date of birth or 123456.</source>
        <translation>Minstens %1 tekens. Kies iets wat alleen u weet, niet uw geboortedatum of 123456.</translation>
    </message>
    <message>
        <location filename="../app/ui/unlock_code_dialog.py" line="59"/>
        <source>Unlock code</source>
        <translation>Ontgrendelcode</translation>
    </message>
    <message>
        <location filename="../app/ui/unlock_code_dialog.py" line="62"/>
        <source>Type it again</source>
        <translation>Typ hem nog een keer</translation>
    </message>
    <message>
        <location filename="../app/ui/unlock_code_dialog.py" line="72"/>
        <source>Save code</source>
        <translation>Code opslaan</translation>
    </message>
    <message>
        <location filename="../app/ui/unlock_code_dialog.py" line="92"/>
        <source>The two codes are not the same. Type the code twice, exactly alike.</source>
        <translation>De twee codes zijn niet gelijk. Typ de code twee keer precies hetzelfde.</translation>
    </message>
</context>
<context>
    <name>NormDialog</name>
    <message>
        <location filename="../app/ui/norm_dialog.py" line="129"/>
        <source>Living-cost norm</source>
        <translation>Leefgeldnorm</translation>
    </message>
    <message>
        <location filename="../app/ui/norm_dialog.py" line="153"/>
        <source>These amounts cannot be used. Nothing was saved.</source>
        <translation>Deze bedragen kunnen niet worden gebruikt. Er is niets opgeslagen.</translation>
    </message>
</context>
<context>
    <name>NormEditor</name>
    <message>
        <location filename="../app/ui/norm_dialog.py" line="49"/>
        <source>What a household keeps each month for living costs, besides the rent and the fixed costs. The repayment capacity is what remains. These amounts are your office&apos;s choice; the covenant does not set them.</source>
        <translation>Wat een huishouden per maand houdt voor levensonderhoud, naast de huur en de vaste lasten. Wat overblijft is de aflossingscapaciteit. Deze bedragen kiest uw organisatie zelf; het convenant legt ze niet vast.</translation>
    </message>
    <message>
        <location filename="../app/ui/norm_dialog.py" line="64"/>
        <source>Extra per child (€)</source>
        <translation>Extra per kind (€)</translation>
    </message>
    <message>
        <location filename="../app/ui/norm_dialog.py" line="67"/>
        <source> months</source>
        <translation> maanden</translation>
    </message>
    <message>
        <location filename="../app/ui/norm_dialog.py" line="68"/>
        <source>Longest arrears arrangement</source>
        <translation>Langste betalingsregeling voor de achterstand</translation>
    </message>
    <message>
        <location filename="../app/ui/norm_dialog.py" line="102"/>
        <source>extra per child</source>
        <translation>extra per kind</translation>
    </message>
    <message>
        <location filename="../app/ui/norm_dialog.py" line="106"/>
        <source>Not a valid amount: %1. Type amounts like 1.234,56. Nothing was saved.</source>
        <translation>Geen geldig bedrag: %1. Typ bedragen zoals 1.234,56. Er is niets opgeslagen.</translation>
    </message>
</context>
<context>
    <name>NormPage</name>
    <message>
        <location filename="../app/ui/settings_pages.py" line="868"/>
        <source>Living-cost norm</source>
        <translation>Leefgeldnorm</translation>
    </message>
</context>
<context>
    <name>OfficePage</name>
    <message>
        <location filename="../app/ui/first_run.py" line="139"/>
        <source>Your office</source>
        <translation>Uw team</translation>
    </message>
    <message>
        <location filename="../app/ui/first_run.py" line="144"/>
        <source>Which office or team works with Vangnet on this computer? The name is shown on letters and on the recovery sheet.</source>
        <translation>Welk team of welke organisatie werkt op deze computer met Vangnet? De naam komt op brieven en op het blad met de herstelsleutel.</translation>
    </message>
    <message>
        <location filename="../app/ui/first_run.py" line="149"/>
        <source>Name of the office</source>
        <translation>Naam van het team</translation>
    </message>
    <message>
        <location filename="../app/ui/first_run.py" line="152"/>
        <source>For example: Sociaal Wijkteam Schalkwijk</source>
        <translation>Bijvoorbeeld: Sociaal Wijkteam Schalkwijk</translation>
    </message>
</context>
<context>
    <name>OfficeSettingsPage</name>
    <message>
        <location filename="../app/ui/settings_pages.py" line="154"/>
        <source>Office</source>
        <extracomment>the worker&apos;s own details (worker_profile), kept in the database per login this computer&apos;s setting (QSettings), read by the main window&apos;s idle lock the preview is made this long after the last keystroke</extracomment>
        <translation>Kantoor</translation>
    </message>
    <message>
        <location filename="../app/ui/settings_pages.py" line="156"/>
        <source>The name and address of your office are at the top of every letter. The place comes before the date, as in “%1, 23 november 2026”.</source>
        <translation>De naam en het adres van uw kantoor staan bovenaan elke brief. De plaats staat voor de datum, zoals in ‘%1, 23 november 2026’.</translation>
    </message>
    <message>
        <location filename="../app/ui/settings_pages.py" line="164"/>
        <source>For example:
Postbus 511
2003 PB Haarlem</source>
        <translation>Bijvoorbeeld:
Postbus 511
2003 PB Haarlem</translation>
    </message>
    <message>
        <location filename="../app/ui/settings_pages.py" line="172"/>
        <source>Name of the office</source>
        <translation>Naam van het kantoor</translation>
    </message>
    <message>
        <location filename="../app/ui/settings_pages.py" line="173"/>
        <source>Address (one line each)</source>
        <translation>Adres (elke regel apart)</translation>
    </message>
    <message>
        <location filename="../app/ui/settings_pages.py" line="174"/>
        <source>Place</source>
        <translation>Plaats</translation>
    </message>
</context>
<context>
    <name>PartiesInformedForm</name>
    <message>
        <location filename="../app/ui/breach_dialog.py" line="276"/>
        <source>The other parties were told</source>
        <translation>De andere partijen zijn geïnformeerd</translation>
    </message>
    <message>
        <location filename="../app/ui/breach_dialog.py" line="279"/>
        <source>e.g. by e-mail to the privacy officers of the corporations and SDV</source>
        <translation>bijv. per e-mail aan de privacyfunctionarissen van de corporaties en SDV</translation>
    </message>
    <message>
        <location filename="../app/ui/breach_dialog.py" line="283"/>
        <source>When</source>
        <translation>Wanneer</translation>
    </message>
    <message>
        <location filename="../app/ui/breach_dialog.py" line="284"/>
        <source>Whom and how</source>
        <translation>Wie en hoe</translation>
    </message>
    <message>
        <location filename="../app/ui/breach_dialog.py" line="288"/>
        <source>Breach %1: the privacy reglement (art. 9.1) asks to tell the other parties within 24 hours of finding it.</source>
        <translation>Datalek %1: volgens het privacyreglement (art. 9.1) informeert u de andere partijen binnen 24 uur nadat het ontdekt is.</translation>
    </message>
</context>
<context>
    <name>PendingEmailModel</name>
    <message>
        <location filename="../app/ui/contacts_page.py" line="213"/>
        <source>Organisation</source>
        <translation>Organisatie</translation>
    </message>
    <message>
        <location filename="../app/ui/contacts_page.py" line="214"/>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <location filename="../app/ui/contacts_page.py" line="215"/>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <location filename="../app/ui/contacts_page.py" line="216"/>
        <source>New e-mail address</source>
        <translation>Nieuw e-mailadres</translation>
    </message>
    <message>
        <location filename="../app/ui/contacts_page.py" line="217"/>
        <source>Previous address</source>
        <translation>Vorig adres</translation>
    </message>
    <message>
        <location filename="../app/ui/contacts_page.py" line="224"/>
        <source>(new contact)</source>
        <translation>(nieuwe contactpersoon)</translation>
    </message>
    <message>
        <location filename="../app/ui/contacts_page.py" line="225"/>
        <source>(none)</source>
        <translation>(geen)</translation>
    </message>
</context>
<context>
    <name>Problems</name>
    <message>
        <location filename="../app/services/problems/catalogue/general.py" line="8"/>
        <source>Vangnet could not do this. Try again; if it fails again, ask your administrator for help.</source>
        <translation>Vangnet kon dit niet doen. Probeer het opnieuw; lukt het weer niet, vraag dan uw beheerder om hulp.</translation>
    </message>
    <message>
        <location filename="../app/services/problems/catalogue/general.py" line="12"/>
        <source>the file {name} cannot be read ({reason})</source>
        <translation>het bestand {name} kan niet worden gelezen ({reason})</translation>
    </message>
    <message>
        <location filename="../app/services/problems/catalogue/general.py" line="13"/>
        <source>Vangnet cannot write in the folder {folder} ({reason})</source>
        <translation>Vangnet kan niet schrijven in de map {folder} ({reason})</translation>
    </message>
    <message>
        <location filename="../app/services/problems/catalogue/general.py" line="17"/>
        <source>the file or folder does not exist</source>
        <translation>het bestand of de map bestaat niet</translation>
    </message>
    <message>
        <location filename="../app/services/problems/catalogue/general.py" line="18"/>
        <source>Vangnet has no access there</source>
        <translation>Vangnet heeft daar geen toegang</translation>
    </message>
    <message>
        <location filename="../app/services/problems/catalogue/general.py" line="19"/>
        <source>it can only be read there, not written</source>
        <translation>daar kan alleen gelezen worden, niet geschreven</translation>
    </message>
    <message>
        <location filename="../app/services/problems/catalogue/general.py" line="20"/>
        <source>the disk is full</source>
        <translation>de schijf is vol</translation>
    </message>
    <message>
        <location filename="../app/services/problems/catalogue/general.py" line="21"/>
        <source>this is a folder, not a file</source>
        <translation>dit is een map, geen bestand</translation>
    </message>
    <message>
        <location filename="../app/services/problems/catalogue/general.py" line="22"/>
        <source>part of the path is not a folder</source>
        <translation>een deel van de plek is geen map</translation>
    </message>
    <message>
        <location filename="../app/services/problems/catalogue/general.py" line="23"/>
        <source>something with that name is already there</source>
        <translation>er staat daar al iets met die naam</translation>
    </message>
    <message>
        <location filename="../app/services/problems/catalogue/general.py" line="24"/>
        <source>the file is in use</source>
        <translation>het bestand is in gebruik</translation>
    </message>
    <message>
        <location filename="../app/services/problems/catalogue/general.py" line="25"/>
        <source>the name is too long</source>
        <translation>de naam is te lang</translation>
    </message>
    <message>
        <location filename="../app/services/problems/catalogue/general.py" line="26"/>
        <source>the disk gave a read or write error</source>
        <translation>de schijf gaf een lees- of schrijffout</translation>
    </message>
    <message>
        <location filename="../app/services/problems/catalogue/general.py" line="27"/>
        <source>the name or place is not valid</source>
        <translation>de naam of plek is niet geldig</translation>
    </message>
    <message>
        <location filename="../app/services/problems/catalogue/general.py" line="28"/>
        <source>the operating system refused</source>
        <translation>het besturingssysteem weigerde</translation>
    </message>
    <message>
        <location filename="../app/services/problems/catalogue/countdown.py" line="13"/>
        <source>met</source>
        <translation>gehaald</translation>
    </message>
    <message>
        <location filename="../app/services/problems/catalogue/countdown.py" line="14"/>
        <source>met late</source>
        <translation>te laat gehaald</translation>
    </message>
    <message>
        <location filename="../app/services/problems/catalogue/countdown.py" line="15"/>
        <source>lapsed: case ended</source>
        <translation>vervallen: zaak beëindigd</translation>
    </message>
    <message>
        <location filename="../app/services/problems/catalogue/countdown.py" line="16"/>
        <source>date passed ({n} working day ago)</source>
        <translation>datum voorbij ({n} werkdag geleden)</translation>
    </message>
    <message>
        <location filename="../app/services/problems/catalogue/countdown.py" line="17"/>
        <source>date passed ({n} working days ago)</source>
        <translation>datum voorbij ({n} werkdagen geleden)</translation>
    </message>
    <message>
        <location filename="../app/services/problems/catalogue/countdown.py" line="18"/>
        <source>due today</source>
        <translation>vandaag</translation>
    </message>
    <message>
        <location filename="../app/services/problems/catalogue/countdown.py" line="19"/>
        <source>{n} working day left</source>
        <translation>nog {n} werkdag</translation>
    </message>
    <message>
        <location filename="../app/services/problems/catalogue/countdown.py" line="20"/>
        <source>{n} working days left</source>
        <translation>nog {n} werkdagen</translation>
    </message>
    <message>
        <location filename="../app/services/problems/catalogue/countdown.py" line="21"/>
        <source>{n} working day overdue</source>
        <translation>{n} werkdag te laat</translation>
    </message>
    <message>
        <location filename="../app/services/problems/catalogue/countdown.py" line="22"/>
        <source>{n} working days overdue</source>
        <translation>{n} werkdagen te laat</translation>
    </message>
    <message>
        <location filename="../app/services/problems/catalogue/countdown.py" line="24"/>
        <source>eviction</source>
        <translation>ontruiming</translation>
    </message>
    <message>
        <location filename="../app/services/problems/catalogue/countdown.py" line="25"/>
        <source>bailiff</source>
        <translation>deurwaarder</translation>
    </message>
    <message>
        <location filename="../app/services/problems/catalogue/countdown.py" line="26"/>
        <source>date</source>
        <translation>datum</translation>
    </message>
    <message>
        <location filename="../app/services/problems/catalogue/countdown.py" line="27"/>
        <source>eviction averted</source>
        <translation>ontruiming voorkomen</translation>
    </message>
    <message>
        <location filename="../app/services/problems/catalogue/countdown.py" line="28"/>
        <source>bailiff averted</source>
        <translation>deurwaarder afgewend</translation>
    </message>
    <message>
        <location filename="../app/services/problems/catalogue/countdown.py" line="29"/>
        <source>averted</source>
        <translation>afgewend</translation>
    </message>
    <message>
        <location filename="../app/services/problems/catalogue/countdown.py" line="30"/>
        <source>eviction date was {when}</source>
        <translation>ontruimingsdatum was {when}</translation>
    </message>
    <message>
        <location filename="../app/services/problems/catalogue/countdown.py" line="31"/>
        <source>bailiff date was {when}</source>
        <translation>deurwaardersdatum was {when}</translation>
    </message>
    <message>
        <location filename="../app/services/problems/catalogue/countdown.py" line="32"/>
        <source>date was {when}</source>
        <translation>datum was {when}</translation>
    </message>
    <message>
        <location filename="../app/services/problems/catalogue/countdown.py" line="33"/>
        <source>{noun} today ({when})</source>
        <translation>{noun} vandaag ({when})</translation>
    </message>
    <message>
        <location filename="../app/services/problems/catalogue/countdown.py" line="34"/>
        <source>{noun} in {n} day ({when})</source>
        <translation>{noun} over {n} dag ({when})</translation>
    </message>
    <message>
        <location filename="../app/services/problems/catalogue/countdown.py" line="35"/>
        <source>{noun} in {n} days ({when})</source>
        <translation>{noun} over {n} dagen ({when})</translation>
    </message>
    <message>
        <location filename="../app/services/problems/catalogue/countdown.py" line="36"/>
        <source>{noun} in {n} working day ({when})</source>
        <translation>{noun} over {n} werkdag ({when})</translation>
    </message>
    <message>
        <location filename="../app/services/problems/catalogue/countdown.py" line="37"/>
        <source>{noun} in {n} working days ({when})</source>
        <translation>{noun} over {n} werkdagen ({when})</translation>
    </message>
    <message>
        <location filename="../app/services/problems/catalogue/letters.py" line="13"/>
        <source>the letter cannot be made</source>
        <translation>de brief kan niet worden gemaakt</translation>
    </message>
    <message>
        <location filename="../app/services/problems/catalogue/letters.py" line="14"/>
        <source>there is no case {case}</source>
        <translation>Zaak {case} bestaat niet.</translation>
    </message>
    <message>
        <location filename="../app/services/problems/catalogue/letters.py" line="15"/>
        <source>case {case} is closed</source>
        <translation>Zaak {case} is gesloten; er wordt geen brief meer voor gemaakt.</translation>
    </message>
    <message>
        <location filename="../app/services/problems/catalogue/letters.py" line="16"/>
        <source>there is no contact person of the Sociaal Wijkteam in the contact list</source>
        <translation>Er staat geen contactpersoon van het Sociaal Wijkteam in de contactlijst.</translation>
    </message>
    <message>
        <location filename="../app/services/problems/catalogue/letters.py" line="19"/>
        <source>there is no contact person of the Sociaal Wijkteam for postcode {postcode} in the contact list</source>
        <translation>Er staat geen contactpersoon van het Sociaal Wijkteam voor postcode {postcode} in de contactlijst.</translation>
    </message>
    <message>
        <location filename="../app/services/problems/catalogue/letters.py" line="24"/>
        <source>there is no troubleshooter in the contact list</source>
        <translation>Er staat geen troubleshooter in de contactlijst.</translation>
    </message>
    <message>
        <location filename="../app/services/problems/catalogue/letters.py" line="27"/>
        <source>there is no contact person of {organisation} in the contact list</source>
        <translation>Er staat geen contactpersoon van {organisation} in de contactlijst.</translation>
    </message>
    <message>
        <location filename="../app/services/problems/catalogue/letters.py" line="30"/>
        <source>the contact person of {organisation} ({name}) has neither a phone number nor an e-mail address in the contact list, so the tenant cannot be told how to decline</source>
        <translation>De contactpersoon van {organisation} ({name}) heeft geen telefoonnummer en geen e-mailadres in de contactlijst. Dan kan de huurder niet laten weten dat hij of zij geen bezoek wil.</translation>
    </message>
    <message>
        <location filename="../app/services/problems/catalogue/letters.py" line="36"/>
        <source>{first} and {last}</source>
        <translation>{first} en {last}</translation>
    </message>
    <message>
        <location filename="../app/services/problems/catalogue/letters.py" line="37"/>
        <source>{first}, {second} and {last}</source>
        <translation>{first}, {second} en {last}</translation>
    </message>
    <message>
        <location filename="../app/services/problems/catalogue/letters.py" line="38"/>
        <source>{first}, {second}, {third} and {last}</source>
        <translation>{first}, {second}, {third} en {last}</translation>
    </message>
    <message>
        <location filename="../app/services/problems/catalogue/letters.py" line="39"/>
        <source>{first}, {second}, {third}, {fourth} and {last}</source>
        <translation>{first}, {second}, {third}, {fourth} en {last}</translation>
    </message>
    <message>
        <location filename="../app/services/problems/catalogue/letters.py" line="42"/>
        <source>is missing</source>
        <translation>ontbreekt</translation>
    </message>
    <message>
        <location filename="../app/services/problems/catalogue/letters.py" line="43"/>
        <source>are missing</source>
        <translation>ontbreken</translation>
    </message>
    <message>
        <location filename="../app/services/problems/catalogue/letters.py" line="44"/>
        <source>name</source>
        <translation>naam</translation>
    </message>
    <message>
        <location filename="../app/services/problems/catalogue/letters.py" line="45"/>
        <source>street</source>
        <translation>straat</translation>
    </message>
    <message>
        <location filename="../app/services/problems/catalogue/letters.py" line="46"/>
        <source>house number</source>
        <translation>huisnummer</translation>
    </message>
    <message>
        <location filename="../app/services/problems/catalogue/letters.py" line="47"/>
        <source>postcode</source>
        <translation>postcode</translation>
    </message>
    <message>
        <location filename="../app/services/problems/catalogue/letters.py" line="48"/>
        <source>town</source>
        <translation>woonplaats</translation>
    </message>
    <message>
        <location filename="../app/services/problems/catalogue/letters.py" line="49"/>
        <source>the tenant&apos;s address is incomplete: {parts} {missing}</source>
        <translation>Het adres van de huurder is niet compleet: {parts} {missing}.</translation>
    </message>
    <message>
        <location filename="../app/services/problems/catalogue/letters.py" line="52"/>
        <source>office name</source>
        <translation>de naam van het kantoor</translation>
    </message>
    <message>
        <location filename="../app/services/problems/catalogue/letters.py" line="53"/>
        <source>office address</source>
        <translation>het adres van het kantoor</translation>
    </message>
    <message>
        <location filename="../app/services/problems/catalogue/letters.py" line="54"/>
        <source>signer&apos;s name</source>
        <translation>de naam van de ondertekenaar</translation>
    </message>
    <message>
        <location filename="../app/services/problems/catalogue/letters.py" line="55"/>
        <source>signer&apos;s function</source>
        <translation>de functie van de ondertekenaar</translation>
    </message>
    <message>
        <location filename="../app/services/problems/catalogue/letters.py" line="58"/>
        <source>the letterhead is incomplete: {office_parts} {missing} (set with `vangnet letterhead`)</source>
        <translation>Het briefhoofd is niet compleet: {office_parts} {missing}. Vul dit in bij Instellingen &gt; Kantoor.</translation>
    </message>
    <message>
        <location filename="../app/services/problems/catalogue/letters.py" line="62"/>
        <source>the letterhead is incomplete: {signer_parts} {missing} (set with `vangnet letterhead`)</source>
        <translation>Het briefhoofd is niet compleet: {signer_parts} {missing}. Vul dit in bij Instellingen &gt; Briefhoofd.</translation>
    </message>
    <message>
        <location filename="../app/services/problems/catalogue/letters.py" line="66"/>
        <source>the letterhead is incomplete: {parts} {missing} (set with `vangnet letterhead`)</source>
        <translation>Het briefhoofd is niet compleet: {parts} {missing}. Vul dit in bij Instellingen &gt; Kantoor en Instellingen &gt; Briefhoofd.</translation>
    </message>
    <message>
        <location filename="../app/services/problems/catalogue/letters.py" line="70"/>
        <source>no eviction date is known for this case (record the court verdict first)</source>
        <translation>Er is nog geen ontruimingsdatum bekend. Leg eerst het vonnis met de ontruimingsdatum vast.</translation>
    </message>
    <message>
        <location filename="../app/services/problems/catalogue/letters.py" line="73"/>
        <source>the visit lies in the past</source>
        <translation>De datum van het huisbezoek ligt in het verleden.</translation>
    </message>
    <message>
        <location filename="../app/services/problems/catalogue/letters.py" line="74"/>
        <source>a Sluitende Aanpak statement is made only under a covenant with a Sluitende Aanpak (A 1.13); {covenant} has none</source>
        <translation>Een verklaring Sluitende Aanpak kan alleen onder een convenant met een Sluitende Aanpak (artikel 1.13 van het Amsterdamse convenant). Het convenant van dit kantoor ({covenant}) kent die niet.</translation>
    </message>
    <message>
        <location filename="../app/services/problems/catalogue/letters.py" line="79"/>
        <source>no instrument of the Sluitende Aanpak has been recorded; record one first (A 1.13)</source>
        <translation>Er is nog geen instrument van de Sluitende Aanpak vastgelegd. Leg eerst vast welk instrument is ingezet (artikel 1.13).</translation>
    </message>
    <message>
        <location filename="../app/services/problems/catalogue/letters.py" line="83"/>
        <source>an eviction date is set but no ground is recorded (A 1.13 lid 3: refusal or non-compliance, housing fraud or long-running nuisance); record it first with the event eviction_ground</source>
        <translation>Er is een ontruimingsdatum, maar geen grond vastgelegd (artikel 1.13 lid 3: weigering of niet nakomen van afspraken, woonfraude of langlopende overlast). Leg eerst de grond vast bij de zaak.</translation>
    </message>
    <message>
        <location filename="../app/services/problems/catalogue/letters.py" line="89"/>
        <source>a Sluitende Aanpak statement is not marked as sent: saving it already put it on the timeline, and it meets no deadline</source>
        <translation>Een verklaring Sluitende Aanpak wordt niet als verstuurd gemarkeerd: bij het opslaan staat zij al op de tijdlijn, en zij hoort bij geen termijn.</translation>
    </message>
    <message>
        <location filename="../app/services/problems/catalogue/letters.py" line="94"/>
        <source>a notice of a broken payment agreement is not marked as sent: saving it already put it on the timeline, and it meets no deadline</source>
        <translation>Een bericht dat een betaalafspraak niet is nagekomen wordt niet als verstuurd gemarkeerd: bij het opslaan staat het al op de tijdlijn, en het hoort bij geen termijn.</translation>
    </message>
    <message>
        <location filename="../app/services/problems/catalogue/letters.py" line="99"/>
        <source>the team has not answered whether collection may resume (B2 step 6); record the answer first (`vangnet event CASE collection_answer --may-resume yes|no`)</source>
        <translation>Het wijkteam heeft nog niet vastgelegd of de incasso mag worden hervat (bijlage 2, stap 6). Leg dat antwoord eerst vast bij de zaak.</translation>
    </message>
    <message>
        <location filename="../app/services/problems/catalogue/letters.py" line="104"/>
        <source>no proposal has been made yet (SDV tab, or `vangnet proposal`)</source>
        <translation>Er is nog geen voorstel gemaakt. Maak eerst een voorstel op het tabblad Schulddienstverlening.</translation>
    </message>
    <message>
        <location filename="../app/services/problems/catalogue/letters.py" line="107"/>
        <source>the proposal was replaced after this letter was made; make the letter again</source>
        <translation>Het voorstel is vervangen nadat deze brief werd gemaakt. Maak de brief opnieuw.</translation>
    </message>
    <message>
        <location filename="../app/services/problems/catalogue/letters.py" line="110"/>
        <source>proposal {proposal} cannot be read back (its snapshot is incomplete); make it again</source>
        <translation>Voorstel {proposal} kan niet worden gelezen. Maak het voorstel opnieuw.</translation>
    </message>
    <message>
        <location filename="../app/services/problems/catalogue/letters.py" line="114"/>
        <source>the settlement offer holds no claim of {corporation} (add the rent arrears as a debt of kind huurachterstand, and make the offer again)</source>
        <translation>In het aanbod staat geen vordering van {corporation}. Zet de huurachterstand als schuld (soort huurachterstand) in de inventarisatie en maak het aanbod opnieuw.</translation>
    </message>
    <message>
        <location filename="../app/services/problems/catalogue/letters.py" line="119"/>
        <source>the proposal to {corporation} uses a debt of another creditor: {debts}; the letter goes to {corporation} only (H 6.2, 6.4). Correct the creditor in the inventory and make the proposal again, or pass --include-other-creditors if it is in fact a claim of {corporation}</source>
        <translation>Het voorstel aan {corporation} gebruikt een schuld van een andere schuldeiser: {debts}. De brief gaat alleen naar {corporation}. Laat de schuld weg, of neem hem alleen mee als het toch een vordering van {corporation} is.</translation>
    </message>
    <message>
        <location filename="../app/services/problems/catalogue/letters.py" line="126"/>
        <source>without the other creditors&apos; debts there are no rent arrears with {corporation}; correct the inventory and make the proposal again</source>
        <translation>Zonder de schulden van andere schuldeisers is er geen huurachterstand bij {corporation}. Pas de inventarisatie aan en maak het voorstel opnieuw.</translation>
    </message>
    <message>
        <location filename="../app/services/problems/catalogue/letters.py" line="131"/>
        <source>no broken payment agreement is recorded on this case; record arrangement_broken first (H 3.9)</source>
        <translation>Er is bij deze zaak niet vastgelegd dat de huurder een betaalafspraak niet nakomt. Leg dat eerst vast (artikel 3.9).</translation>
    </message>
    <message>
        <location filename="../app/services/problems/catalogue/letters.py" line="136"/>
        <source>unknown way of sending {channel} (one of: {known})</source>
        <translation>Vangnet kent de manier van versturen {channel} niet. Kies een van: {known}.</translation>
    </message>
    <message>
        <location filename="../app/services/problems/catalogue/letters.py" line="140"/>
        <source>an event cannot be dated in the future</source>
        <translation>De datum ligt in de toekomst.</translation>
    </message>
    <message>
        <location filename="../app/services/problems/catalogue/letters.py" line="141"/>
        <source>an event cannot be dated before the signal ({signal})</source>
        <translation>De datum ligt vóór de datum van de melding ({signal}).</translation>
    </message>
    <message>
        <location filename="../app/services/problems/catalogue/letters.py" line="144"/>
        <source>case {case} is restricted since {since} (AVG art. 18): nothing may be done with it until the restriction is lifted</source>
        <translation>Zaak {case} is beperkt sinds {since}: er mag niets mee gebeuren tot de beperking is opgeheven.</translation>
    </message>
    <message>
        <location filename="../app/services/problems/catalogue/letters.py" line="149"/>
        <source>the letter cannot be put on the timeline ({detail})</source>
        <translation>Dit kan niet op de tijdlijn worden gezet ({detail}).</translation>
    </message>
    <message>
        <location filename="../app/services/problems/catalogue/letters.py" line="152"/>
        <source>no proposal {proposal}</source>
        <translation>Voorstel {proposal} bestaat niet meer.</translation>
    </message>
    <message>
        <location filename="../app/services/problems/catalogue/letters.py" line="153"/>
        <source>proposal {proposal} was replaced by a newer one; send that one</source>
        <translation>Voorstel {proposal} is vervangen door een nieuwer voorstel. Maak de brief opnieuw.</translation>
    </message>
    <message>
        <location filename="../app/services/problems/catalogue/letters.py" line="156"/>
        <source>proposal {proposal} was already sent on {sent_on}</source>
        <translation>Voorstel {proposal} is al als verstuurd vastgelegd (op {sent_on}).</translation>
    </message>
    <message>
        <location filename="../app/services/problems/catalogue/letters.py" line="159"/>
        <source>proposal {proposal} was made on {made_on}; it cannot have been sent before that ({on})</source>
        <translation>Voorstel {proposal} is gemaakt op {made_on}; het kan niet eerder zijn verstuurd ({on}).</translation>
    </message>
    <message>
        <location filename="../app/services/problems/catalogue/letters.py" line="164"/>
        <source>the folder {folder} does not exist</source>
        <translation>De map {folder} bestaat niet.</translation>
    </message>
    <message>
        <location filename="../app/services/problems/catalogue/letters.py" line="165"/>
        <source>no permission to write in {folder}</source>
        <translation>U mag niet schrijven in de map {folder}.</translation>
    </message>
    <message>
        <location filename="../app/services/problems/catalogue/letters.py" line="168"/>
        <source>cannot write in {folder}: {reason}</source>
        <translation>Vangnet kan niet schrijven in de map {folder} ({reason}).</translation>
    </message>
    <message>
        <location filename="../app/services/problems/catalogue/letters.py" line="171"/>
        <source>the letter {name} cannot be read ({reason}); make the letter again</source>
        <translation>De brief {name} kan niet worden gelezen ({reason}). Maak de brief opnieuw.</translation>
    </message>
    <message>
        <location filename="../app/services/problems/catalogue/letters.py" line="174"/>
        <source>unexpected error (reference {reference})</source>
        <translation>Onverwachte fout (referentie {reference}).</translation>
    </message>
    <message>
        <location filename="../app/services/problems/catalogue/letters.py" line="176"/>
        <source>the logo file is empty</source>
        <translation>Het logobestand is leeg.</translation>
    </message>
    <message>
        <location filename="../app/services/problems/catalogue/letters.py" line="177"/>
        <source>the logo is larger than {kilobytes} kB; use a smaller image</source>
        <translation>Het logo is groter dan {kilobytes} kB. Kies een kleinere afbeelding.</translation>
    </message>
    <message>
        <location filename="../app/services/problems/catalogue/letters.py" line="180"/>
        <source>the logo must be a PNG or JPEG image</source>
        <translation>Het logo moet een PNG- of JPEG-afbeelding zijn.</translation>
    </message>
    <message>
        <location filename="../app/services/problems/catalogue/letters.py" line="181"/>
        <source>the logo image cannot be read (damaged file?)</source>
        <translation>De afbeelding van het logo kan niet worden gelezen. Is het bestand beschadigd?</translation>
    </message>
    <message>
        <location filename="../app/services/problems/catalogue/letters.py" line="184"/>
        <source>the logo image is empty</source>
        <translation>De afbeelding van het logo is leeg.</translation>
    </message>
    <message>
        <location filename="../app/services/problems/catalogue/monitoring.py" line="8"/>
        <source>{text} is not a period; write a month (2026-07), a quarter (2026Q3), a half year (2026H2), a year (2026) or two dates (2026-07-01..2026-12-31)</source>
        <translation>{text} is geen periode; schrijf een maand (2026-07), een kwartaal (2026Q3), een halfjaar (2026H2), een jaar (2026) of twee datums (2026-07-01..2026-12-31)</translation>
    </message>
    <message>
        <location filename="../app/services/problems/catalogue/monitoring.py" line="13"/>
        <source>{text}: there is no month {month}</source>
        <translation>{text}: er is geen maand {month}</translation>
    </message>
    <message>
        <location filename="../app/services/problems/catalogue/monitoring.py" line="14"/>
        <source>{text}: {date} is not a date</source>
        <translation>{text}: {date} is geen datum</translation>
    </message>
    <message>
        <location filename="../app/services/problems/catalogue/monitoring.py" line="15"/>
        <source>the period ends ({end}) before it starts ({start})</source>
        <translation>de periode eindigt ({end}) voordat hij begint ({start})</translation>
    </message>
    <message>
        <location filename="../app/services/problems/catalogue/monitoring.py" line="18"/>
        <source>there is no corporation {corporation} (known: {known})</source>
        <translation>er is geen corporatie {corporation} (bekend: {known})</translation>
    </message>
    <message>
        <location filename="../app/services/problems/catalogue/monitoring.py" line="21"/>
        <source>the threshold must be from 2 to 50, not {value}</source>
        <translation>de drempel moet tussen 2 en 50 liggen, niet {value}</translation>
    </message>
    <message>
        <location filename="../app/services/problems/catalogue/monitoring.py" line="24"/>
        <source>{name}: say which format to write (pdf, xlsx, csv or json)</source>
        <translation>{name}: kies welk soort bestand (pdf, xlsx, csv of json)</translation>
    </message>
    <message>
        <location filename="../app/services/problems/catalogue/privacy.py" line="10"/>
        <source>request: there is no request {request}</source>
        <translation>Verzoek: verzoek {request} bestaat niet.</translation>
    </message>
    <message>
        <location filename="../app/services/problems/catalogue/privacy.py" line="13"/>
        <source>request: request {request} is not about case {case}</source>
        <translation>Verzoek: verzoek {request} gaat niet over zaak {case}.</translation>
    </message>
    <message>
        <location filename="../app/services/problems/catalogue/privacy.py" line="16"/>
        <source>case {case} is already restricted since {since}</source>
        <translation>Zaak {case} is al beperkt sinds {since}.</translation>
    </message>
    <message>
        <location filename="../app/services/problems/catalogue/privacy.py" line="19"/>
        <source>date: a restriction cannot start in the future</source>
        <translation>Datum: een beperking kan niet in de toekomst beginnen.</translation>
    </message>
    <message>
        <location filename="../app/services/problems/catalogue/privacy.py" line="22"/>
        <source>case {case} is not restricted</source>
        <translation>Zaak {case} is niet beperkt.</translation>
    </message>
    <message>
        <location filename="../app/services/problems/catalogue/privacy.py" line="24"/>
        <source>unknown retention rule {rule}; one of: {known}</source>
        <translation>Onbekende bewaarregel {rule} (een van: {known}).</translation>
    </message>
    <message>
        <location filename="../app/services/problems/catalogue/privacy.py" line="27"/>
        <source>the term for {rule} must be {least} to {most} months (got {months})</source>
        <translation>De bewaartermijn voor {rule} moet {least} tot {most} maanden zijn (ingevuld: {months}).</translation>
    </message>
    <message>
        <location filename="../app/services/problems/catalogue/privacy.py" line="31"/>
        <source>there is no case {case} (already erased?)</source>
        <translation>Zaak {case} bestaat niet (meer).</translation>
    </message>
    <message>
        <location filename="../app/services/problems/catalogue/privacy.py" line="32"/>
        <source>there is no request {request} in the register</source>
        <translation>Verzoek {request} staat niet in het register.</translation>
    </message>
    <message>
        <location filename="../app/services/problems/catalogue/privacy.py" line="35"/>
        <source>request {request} is not a request for erasure (it is &apos;{kind}&apos;)</source>
        <translation>Verzoek {request} is geen verzoek om wissing (het is '{kind}').</translation>
    </message>
    <message>
        <location filename="../app/services/problems/catalogue/privacy.py" line="38"/>
        <source>request {request} is already closed ({outcome})</source>
        <translation>Verzoek {request} is al afgehandeld ({outcome}).</translation>
    </message>
    <message>
        <location filename="../app/services/problems/catalogue/privacy.py" line="41"/>
        <source>request {request} is about case {about}, not case {case}</source>
        <translation>Verzoek {request} gaat over zaak {about}, niet over zaak {case}.</translation>
    </message>
    <message>
        <location filename="../app/services/problems/catalogue/privacy.py" line="46"/>
        <source>{path} already exists; choose another folder or replace it (--force)</source>
        <translation>Er staat al een inzage van vandaag: {path}. Kies een andere map of vervang de bestanden.</translation>
    </message>
    <message>
        <location filename="../app/services/problems/catalogue/privacy.py" line="49"/>
        <source>{folder} is not a folder</source>
        <translation>{folder} is geen map.</translation>
    </message>
    <message>
        <location filename="../app/services/problems/catalogue/privacy.py" line="50"/>
        <source>cannot make the folder {folder}: {reason}</source>
        <translation>Vangnet kan de map {folder} niet maken ({reason}).</translation>
    </message>
</context>
<context>
    <name>ProfilePage</name>
    <message>
        <location filename="../app/ui/settings_pages.py" line="516"/>
        <source>My details</source>
        <translation>Mijn gegevens</translation>
    </message>
    <message>
        <location filename="../app/ui/settings_pages.py" line="518"/>
        <source>Your name, phone number and e-mail address are on every letter you make, under “Behandeld door”, next to the office&apos;s details, so the corporation or the tenant knows whom to contact. Your name is also shown on the timeline and with your notes. These details belong to your login (%1): every worker fills in their own.</source>
        <translation>Uw naam, telefoonnummer en e-mailadres staan op elke brief die u maakt, onder ‘Behandeld door’, naast de gegevens van het kantoor. Zo weet de corporatie of de huurder met wie contact op te nemen. Uw naam staat ook in de tijdlijn en bij uw notities. Deze gegevens horen bij uw inlognaam (%1): iedere medewerker vult zijn eigen gegevens in.</translation>
    </message>
    <message>
        <location filename="../app/ui/settings_pages.py" line="529"/>
        <source>For example: Marieke de Boer</source>
        <translation>Bijvoorbeeld: Marieke de Boer</translation>
    </message>
    <message>
        <location filename="../app/ui/settings_pages.py" line="533"/>
        <source>Optional, for example: consultant, team West</source>
        <translation>Niet verplicht, bijvoorbeeld: consulent, team West</translation>
    </message>
    <message>
        <location filename="../app/ui/settings_pages.py" line="537"/>
        <source>For example: 023 511 1234</source>
        <translation>Bijvoorbeeld: 023 511 1234</translation>
    </message>
    <message>
        <location filename="../app/ui/settings_pages.py" line="541"/>
        <source>For example: m.deboer@haarlem.nl</source>
        <translation>Bijvoorbeeld: m.deboer@haarlem.nl</translation>
    </message>
    <message>
        <location filename="../app/ui/settings_pages.py" line="544"/>
        <source>Your name</source>
        <translation>Uw naam</translation>
    </message>
    <message>
        <location filename="../app/ui/settings_pages.py" line="545"/>
        <source>Function or team</source>
        <translation>Functie of team</translation>
    </message>
    <message>
        <location filename="../app/ui/settings_pages.py" line="546"/>
        <source>Phone number</source>
        <translation>Telefoonnummer</translation>
    </message>
    <message>
        <location filename="../app/ui/settings_pages.py" line="547"/>
        <source>E-mail address</source>
        <translation>E-mailadres</translation>
    </message>
    <message>
        <location filename="../app/ui/settings_pages.py" line="552"/>
        <source>You have not filled in your details yet. Until you do, letters show only the office&apos;s details.</source>
        <translation>U heeft uw gegevens nog niet ingevuld. Tot die tijd staan op brieven alleen de gegevens van het kantoor.</translation>
    </message>
</context>
<context>
    <name>RecordBreachForm</name>
    <message>
        <location filename="../app/ui/breach_dialog.py" line="149"/>
        <source>Record a breach</source>
        <translation>Datalek vastleggen</translation>
    </message>
    <message>
        <location filename="../app/ui/breach_dialog.py" line="153"/>
        <source>Laptop or other device lost or stolen</source>
        <translation>Laptop of ander apparaat verloren of gestolen</translation>
    </message>
    <message>
        <location filename="../app/ui/breach_dialog.py" line="154"/>
        <source>Letter or e-mail sent to the wrong recipient</source>
        <translation>Brief of e-mail naar de verkeerde ontvanger gestuurd</translation>
    </message>
    <message>
        <location filename="../app/ui/breach_dialog.py" line="155"/>
        <source>Database damaged (data not available)</source>
        <translation>Database beschadigd (gegevens niet beschikbaar)</translation>
    </message>
    <message>
        <location filename="../app/ui/breach_dialog.py" line="156"/>
        <source>Something else</source>
        <translation>Iets anders</translation>
    </message>
    <message>
        <location filename="../app/ui/breach_dialog.py" line="161"/>
        <location filename="../app/ui/breach_dialog.py" line="172"/>
        <source>Not known</source>
        <translation>Onbekend</translation>
    </message>
    <message>
        <location filename="../app/ui/breach_dialog.py" line="162"/>
        <source>Known:</source>
        <translation>Bekend:</translation>
    </message>
    <message>
        <location filename="../app/ui/breach_dialog.py" line="170"/>
        <source>Yes, encrypted</source>
        <translation>Ja, versleuteld</translation>
    </message>
    <message>
        <location filename="../app/ui/breach_dialog.py" line="171"/>
        <source>No, not encrypted</source>
        <translation>Nee, niet versleuteld</translation>
    </message>
    <message>
        <location filename="../app/ui/breach_dialog.py" line="184"/>
        <source>e.g. privacy officer, 023-511 00 00</source>
        <translation>bijv. privacyfunctionaris, 023-511 00 00</translation>
    </message>
    <message>
        <location filename="../app/ui/breach_dialog.py" line="190"/>
        <source>What happened</source>
        <translation>Wat is er gebeurd</translation>
    </message>
    <message>
        <location filename="../app/ui/breach_dialog.py" line="191"/>
        <source>a. Nature, cause and extent</source>
        <translation>a. Aard, oorzaak en omvang</translation>
    </message>
    <message>
        <location filename="../app/ui/breach_dialog.py" line="198"/>
        <source>b. When it happened</source>
        <translation>b. Wanneer het gebeurde</translation>
    </message>
    <message>
        <location filename="../app/ui/breach_dialog.py" line="199"/>
        <source>c. When it was found</source>
        <translation>c. Wanneer het ontdekt is</translation>
    </message>
    <message>
        <location filename="../app/ui/breach_dialog.py" line="200"/>
        <source>d. People concerned</source>
        <translation>d. Betrokkenen</translation>
    </message>
    <message>
        <location filename="../app/ui/breach_dialog.py" line="201"/>
        <source>e. Kinds of personal data</source>
        <translation>e. Soort persoonsgegevens</translation>
    </message>
    <message>
        <location filename="../app/ui/breach_dialog.py" line="203"/>
        <source>f. Was the data encrypted?</source>
        <translation>f. Waren de gegevens versleuteld?</translation>
    </message>
    <message>
        <location filename="../app/ui/breach_dialog.py" line="204"/>
        <source>f. How it was protected</source>
        <translation>f. Hoe de gegevens beschermd waren</translation>
    </message>
    <message>
        <location filename="../app/ui/breach_dialog.py" line="206"/>
        <source>g. Who can tell more</source>
        <translation>g. Wie meer kan vertellen</translation>
    </message>
    <message>
        <location filename="../app/ui/breach_dialog.py" line="207"/>
        <source>h. Consequences</source>
        <translation>h. Gevolgen</translation>
    </message>
    <message>
        <location filename="../app/ui/breach_dialog.py" line="209"/>
        <source>i. Measures taken or proposed</source>
        <translation>i. Genomen of voorgestelde maatregelen</translation>
    </message>
    <message>
        <location filename="../app/ui/breach_dialog.py" line="220"/>
        <source>Describe the incident; never name the tenants. The common cases come with a first text for every field: check and correct each one. j. (reporting to the Autoriteit Persoonsgegevens) is decided afterwards.</source>
        <translation>Beschrijf het incident; noem nooit de namen van huurders. Bij de veelvoorkomende gevallen staat in elk veld al een eerste tekst: controleer en verbeter die. Over j. (melding bij de Autoriteit Persoonsgegevens) besluit u daarna.</translation>
    </message>
</context>
<context>
    <name>RecoveryKeyDialog</name>
    <message>
        <location filename="../app/ui/unlock_code_dialog.py" line="238"/>
        <location filename="../app/ui/unlock_code_dialog.py" line="250"/>
        <source>Recovery key</source>
        <translation>Herstelsleutel</translation>
    </message>
    <message>
        <location filename="../app/ui/unlock_code_dialog.py" line="241"/>
        <source>Type the recovery key</source>
        <translation>Typ de herstelsleutel</translation>
    </message>
    <message>
        <location filename="../app/ui/unlock_code_dialog.py" line="245"/>
        <source>The recovery key is on the sheet that was printed when Vangnet was set up: 14 groups of letters and digits.</source>
        <translation>De herstelsleutel staat op het blad dat is afgedrukt toen Vangnet werd ingericht: 14 groepjes letters en cijfers.</translation>
    </message>
    <message>
        <location filename="../app/ui/unlock_code_dialog.py" line="259"/>
        <source>Check</source>
        <translation>Controleren</translation>
    </message>
    <message>
        <location filename="../app/ui/unlock_code_dialog.py" line="274"/>
        <source>This recovery key does not open this data file.</source>
        <translation>Deze herstelsleutel opent dit gegevensbestand niet.</translation>
    </message>
    <message>
        <location filename="../app/ui/unlock_code_dialog.py" line="278"/>
        <source>This looks like a recovery key with a typing error in group %1 (of 14). Check that group against the sheet and try again.</source>
        <translation>Dit lijkt een herstelsleutel met een typefout in groep %1 (van de 14). Vergelijk die groep met het blad en probeer het opnieuw.</translation>
    </message>
    <message>
        <location filename="../app/ui/unlock_code_dialog.py" line="285"/>
        <source>This looks like a recovery key, but one of the groups has a typing error. Check it against the sheet and try again.</source>
        <translation>Dit lijkt een herstelsleutel, maar in een van de groepen zit een typefout. Vergelijk hem met het blad en probeer het opnieuw.</translation>
    </message>
    <message>
        <location filename="../app/ui/unlock_code_dialog.py" line="291"/>
        <source>This is not a recovery key. Check it against the printed sheet.</source>
        <translation>Dit is geen herstelsleutel. Vergelijk hem met het afgedrukte blad.</translation>
    </message>
</context>
<context>
    <name>RecoveryPage</name>
    <message>
        <location filename="../app/ui/first_run.py" line="608"/>
        <source>Your recovery key</source>
        <translation>Uw herstelsleutel</translation>
    </message>
    <message>
        <location filename="../app/ui/first_run.py" line="615"/>
        <source>The key is kept in {name}. If that keyring is ever lost (a new computer, a new account, a repair), this recovery key is the only way to open your data.</source>
        <translation>De sleutel wordt bewaard in {name}. Raakt die sleutelbos ooit kwijt (een nieuwe computer, een nieuw account, een reparatie)? Dan kunt u uw gegevens alleen nog openen met deze herstelsleutel.</translation>
    </message>
    <message>
        <location filename="../app/ui/first_run.py" line="623"/>
        <source>It is shown only now. Write it down or print it, and keep it in a locked cabinet, away from this laptop.</source>
        <translation>U ziet hem alleen nu. Schrijf hem op of druk hem af, en bewaar hem in een afgesloten kast, niet bij deze laptop.</translation>
    </message>
    <message>
        <location filename="../app/ui/first_run.py" line="644"/>
        <source>Print recovery sheet (PDF)…</source>
        <translation>Herstelsleutel afdrukken (pdf)…</translation>
    </message>
    <message>
        <location filename="../app/ui/first_run.py" line="653"/>
        <source>I have written down or printed the recovery key</source>
        <translation>Ik heb de herstelsleutel opgeschreven of afgedrukt</translation>
    </message>
    <message>
        <location filename="../app/ui/first_run.py" line="669"/>
        <source>Save the recovery sheet</source>
        <translation>Herstelsleutel opslaan</translation>
    </message>
    <message>
        <location filename="../app/ui/first_run.py" line="669"/>
        <source>PDF files (*.pdf)</source>
        <translation>Pdf-bestanden (*.pdf)</translation>
    </message>
    <message>
        <location filename="../app/ui/first_run.py" line="686"/>
        <source>The sheet could not be saved ({why}). Try another folder.</source>
        <translation>Het blad kon niet worden opgeslagen ({why}). Probeer een andere map.</translation>
    </message>
    <message>
        <location filename="../app/ui/first_run.py" line="694"/>
        <source>The sheet could not be made (reference {ref}).</source>
        <translation>Het blad kon niet worden gemaakt (foutcode {ref}).</translation>
    </message>
    <message>
        <location filename="../app/ui/first_run.py" line="700"/>
        <source>Saved as {file}. Print it now, then delete the file: it opens all your data.</source>
        <translation>Opgeslagen als {file}. Druk het nu af en verwijder daarna het bestand: het opent al uw gegevens.</translation>
    </message>
</context>
<context>
    <name>ReportView</name>
    <message>
        <location filename="../app/ui/report_view.py" line="103"/>
        <location filename="../app/ui/report_view.py" line="105"/>
        <source>Reports</source>
        <translation>Rapportage</translation>
    </message>
    <message>
        <location filename="../app/ui/report_view.py" line="108"/>
        <source>The figures the covenant asks for, per period, for the six-monthly evaluation. Counts only: no names or references; small numbers are hidden.</source>
        <translation>De cijfers die het convenant vraagt, per periode, voor de halfjaarlijkse evaluatie. Alleen aantallen: geen namen of referenties; kleine aantallen worden niet getoond.</translation>
    </message>
    <message>
        <location filename="../app/ui/report_view.py" line="113"/>
        <source>Kind of period</source>
        <translation>Soort periode</translation>
    </message>
    <message>
        <location filename="../app/ui/report_view.py" line="115"/>
        <source>Half year</source>
        <translation>Halfjaar</translation>
    </message>
    <message>
        <location filename="../app/ui/report_view.py" line="116"/>
        <source>Quarter</source>
        <translation>Kwartaal</translation>
    </message>
    <message>
        <location filename="../app/ui/report_view.py" line="117"/>
        <source>Month</source>
        <translation>Maand</translation>
    </message>
    <message>
        <location filename="../app/ui/report_view.py" line="118"/>
        <location filename="../app/ui/report_view.py" line="124"/>
        <source>Year</source>
        <translation>Jaar</translation>
    </message>
    <message>
        <location filename="../app/ui/report_view.py" line="119"/>
        <source>From … to …</source>
        <translation>Van … tot en met …</translation>
    </message>
    <message>
        <location filename="../app/ui/report_view.py" line="126"/>
        <source>Which part of the year</source>
        <translation>Welk deel van het jaar</translation>
    </message>
    <message>
        <location filename="../app/ui/report_view.py" line="129"/>
        <source>From</source>
        <translation>Van</translation>
    </message>
    <message>
        <location filename="../app/ui/report_view.py" line="129"/>
        <source>To</source>
        <translation>Tot en met</translation>
    </message>
    <message>
        <location filename="../app/ui/report_view.py" line="134"/>
        <source>Corporation</source>
        <translation>Corporatie</translation>
    </message>
    <message>
        <location filename="../app/ui/report_view.py" line="135"/>
        <source>All corporations</source>
        <translation>Alle corporaties</translation>
    </message>
    <message>
        <location filename="../app/ui/report_view.py" line="138"/>
        <source>&amp;Show</source>
        <translation>&amp;Tonen</translation>
    </message>
    <message>
        <location filename="../app/ui/report_view.py" line="140"/>
        <source>Evaluation &amp;pack (PDF)…</source>
        <translation>Evaluatie&amp;pakket (PDF)…</translation>
    </message>
    <message>
        <location filename="../app/ui/report_view.py" line="143"/>
        <source>Spreadsheet…</source>
        <translation>Spreadsheet…</translation>
    </message>
    <message>
        <location filename="../app/ui/report_view.py" line="146"/>
        <source>Excel workbook (.xlsx)…</source>
        <translation>Excel-werkmap (.xlsx)…</translation>
    </message>
    <message>
        <location filename="../app/ui/report_view.py" line="147"/>
        <source>CSV file (.csv)…</source>
        <translation>CSV-bestand (.csv)…</translation>
    </message>
    <message>
        <location filename="../app/ui/report_view.py" line="148"/>
        <source>JSON file (.json)…</source>
        <translation>JSON-bestand (.json)…</translation>
    </message>
    <message>
        <location filename="../app/ui/report_view.py" line="153"/>
        <source>P&amp;eriod:</source>
        <translation>P&amp;eriode:</translation>
    </message>
    <message>
        <location filename="../app/ui/report_view.py" line="155"/>
        <source>&amp;Corporation:</source>
        <translation>&amp;Corporatie:</translation>
    </message>
    <message>
        <location filename="../app/ui/report_view.py" line="197"/>
        <source>first half (Jan–Jun)</source>
        <translation>eerste halfjaar (jan–jun)</translation>
    </message>
    <message>
        <location filename="../app/ui/report_view.py" line="198"/>
        <source>second half (Jul–Dec)</source>
        <translation>tweede halfjaar (jul–dec)</translation>
    </message>
    <message>
        <location filename="../app/ui/report_view.py" line="201"/>
        <source>quarter %1</source>
        <translation>kwartaal %1</translation>
    </message>
    <message>
        <location filename="../app/ui/report_view.py" line="245"/>
        <source>Counting…</source>
        <translation>Tellen…</translation>
    </message>
    <message>
        <location filename="../app/ui/report_view.py" line="266"/>
        <source>The figures could not be counted. Please try again; if it happens again, give your administrator this reference: %1</source>
        <translation>De cijfers konden niet worden geteld. Probeer het opnieuw; gebeurt het weer, geef dan deze verwijzing aan uw beheerder: %1</translation>
    </message>
    <message>
        <location filename="../app/ui/report_view.py" line="277"/>
        <source>all corporations</source>
        <translation>alle corporaties</translation>
    </message>
    <message>
        <location filename="../app/ui/report_view.py" line="279"/>
        <source>%1 (%2 to %3), %4. %5</source>
        <translation>%1 (%2 tot en met %3), %4. %5</translation>
    </message>
    <message>
        <location filename="../app/ui/report_view.py" line="324"/>
        <source>%1 working days</source>
        <translation>%1 werkdagen</translation>
    </message>
    <message>
        <location filename="../app/ui/report_view.py" line="325"/>
        <source>fewer than %1 cases</source>
        <translation>minder dan %1 zaken</translation>
    </message>
    <message>
        <location filename="../app/ui/report_view.py" line="344"/>
        <source>PDF document (*.pdf)</source>
        <translation>PDF-document (*.pdf)</translation>
    </message>
    <message>
        <location filename="../app/ui/report_view.py" line="345"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel-werkmap (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../app/ui/report_view.py" line="346"/>
        <source>CSV file (*.csv)</source>
        <translation>CSV-bestand (*.csv)</translation>
    </message>
    <message>
        <location filename="../app/ui/report_view.py" line="347"/>
        <source>JSON file (*.json)</source>
        <translation>JSON-bestand (*.json)</translation>
    </message>
    <message>
        <location filename="../app/ui/report_view.py" line="351"/>
        <source>Save the report</source>
        <translation>Rapportage opslaan</translation>
    </message>
    <message>
        <location filename="../app/ui/report_view.py" line="362"/>
        <source>The report could not be saved in %1 (%2). Nothing was saved.</source>
        <translation>De rapportage kon niet worden opgeslagen in %1 (%2). Er is niets opgeslagen.</translation>
    </message>
    <message>
        <location filename="../app/ui/report_view.py" line="365"/>
        <source>Saved: %1</source>
        <translation>Opgeslagen: %1</translation>
    </message>
</context>
<context>
    <name>RequestsBanner</name>
    <message>
        <location filename="../app/ui/requests_actions.py" line="25"/>
        <source>Re&amp;quests…</source>
        <extracomment>the banner names at most this many request terms, then says how many more there are</extracomment>
        <translation>Ver&amp;zoeken…</translation>
    </message>
    <message>
        <location filename="../app/ui/requests_actions.py" line="51"/>
        <source>Request %1: answer the data subject (AVG 12(3))</source>
        <translation>Verzoek %1: de betrokkene antwoorden (AVG 12(3))</translation>
    </message>
    <message>
        <location filename="../app/ui/requests_actions.py" line="53"/>
        <source>Request %1: forward to the other party (reglement art. 10.3)</source>
        <translation>Verzoek %1: doorsturen naar de andere partij (reglement art. 10.3)</translation>
    </message>
    <message>
        <location filename="../app/ui/requests_actions.py" line="56"/>
        <source>Legal request %1: inform the other party (reglement art. 8.2)</source>
        <translation>Wettelijk verzoek %1: de andere partij informeren (reglement art. 8.2)</translation>
    </message>
    <message>
        <location filename="../app/ui/requests_actions.py" line="63"/>
        <source>%1, due %2</source>
        <translation>%1, uiterlijk %2</translation>
    </message>
    <message>
        <location filename="../app/ui/requests_actions.py" line="69"/>
        <source>… more request terms (%1 in all): Privacy → Requests.</source>
        <translation>… meer termijnen van verzoeken (%1 in totaal): Privacy → Verzoeken.</translation>
    </message>
</context>
<context>
    <name>RequestsDialog</name>
    <message>
        <location filename="../app/ui/requests_dialog.py" line="56"/>
        <location filename="../app/ui/requests_dialog.py" line="96"/>
        <source>Requests</source>
        <extracomment>something was recorded (the main window&apos;s term banner refreshes)</extracomment>
        <translation>Verzoeken</translation>
    </message>
    <message>
        <location filename="../app/ui/requests_dialog.py" line="66"/>
        <source>Access (AVG 15)</source>
        <translation>Inzage (AVG 15)</translation>
    </message>
    <message>
        <location filename="../app/ui/requests_dialog.py" line="67"/>
        <source>Rectification (AVG 16)</source>
        <translation>Rectificatie (AVG 16)</translation>
    </message>
    <message>
        <location filename="../app/ui/requests_dialog.py" line="68"/>
        <source>Erasure (AVG 17)</source>
        <translation>Wissing (AVG 17)</translation>
    </message>
    <message>
        <location filename="../app/ui/requests_dialog.py" line="69"/>
        <source>Restriction (AVG 18)</source>
        <translation>Beperking (AVG 18)</translation>
    </message>
    <message>
        <location filename="../app/ui/requests_dialog.py" line="70"/>
        <source>Portability (AVG 20)</source>
        <translation>Overdraagbaarheid (AVG 20)</translation>
    </message>
    <message>
        <location filename="../app/ui/requests_dialog.py" line="71"/>
        <source>Objection (AVG 21)</source>
        <translation>Bezwaar (AVG 21)</translation>
    </message>
    <message>
        <location filename="../app/ui/requests_dialog.py" line="72"/>
        <source>Withdrawal of consent (AVG 7(3))</source>
        <translation>Intrekken toestemming (AVG 7(3))</translation>
    </message>
    <message>
        <location filename="../app/ui/requests_dialog.py" line="77"/>
        <location filename="../app/ui/requests_dialog.py" line="86"/>
        <source>open</source>
        <translation>open</translation>
    </message>
    <message>
        <location filename="../app/ui/requests_dialog.py" line="78"/>
        <source>granted</source>
        <translation>toegewezen</translation>
    </message>
    <message>
        <location filename="../app/ui/requests_dialog.py" line="79"/>
        <source>partly granted</source>
        <translation>deels toegewezen</translation>
    </message>
    <message>
        <location filename="../app/ui/requests_dialog.py" line="80"/>
        <location filename="../app/ui/requests_dialog.py" line="89"/>
        <source>refused</source>
        <translation>geweigerd</translation>
    </message>
    <message>
        <location filename="../app/ui/requests_dialog.py" line="81"/>
        <source>forwarded</source>
        <translation>doorgestuurd</translation>
    </message>
    <message>
        <location filename="../app/ui/requests_dialog.py" line="87"/>
        <source>provided</source>
        <translation>verstrekt</translation>
    </message>
    <message>
        <location filename="../app/ui/requests_dialog.py" line="88"/>
        <source>partly provided</source>
        <translation>deels verstrekt</translation>
    </message>
    <message>
        <location filename="../app/ui/requests_dialog.py" line="98"/>
        <source>Answer a tenant&apos;s request within one month (AVG 12(3)); forward a request meant for another party within 5 working days (reglement art. 10.3). Tell the other party of a legally binding request for data within 5 working days (art. 8.2). Vangnet sends nothing itself: copy the text for the other party into an e-mail.</source>
        <translation>Beantwoord een verzoek van een huurder binnen een maand (AVG 12(3)); stuur een verzoek dat voor een andere partij is bedoeld binnen 5 werkdagen door (reglement art. 10.3). Informeer de andere partij binnen 5 werkdagen over een juridisch bindend verzoek om gegevens (art. 8.2). Vangnet verstuurt zelf niets: kopieer de tekst voor de andere partij in een e-mail.</translation>
    </message>
    <message>
        <location filename="../app/ui/requests_dialog.py" line="106"/>
        <location filename="../app/ui/requests_dialog.py" line="125"/>
        <source>No.</source>
        <translation>Nr.</translation>
    </message>
    <message>
        <location filename="../app/ui/requests_dialog.py" line="106"/>
        <location filename="../app/ui/requests_dialog.py" line="354"/>
        <source>Right</source>
        <translation>Recht</translation>
    </message>
    <message>
        <location filename="../app/ui/requests_dialog.py" line="106"/>
        <source>Case</source>
        <translation>Zaak</translation>
    </message>
    <message>
        <location filename="../app/ui/requests_dialog.py" line="106"/>
        <location filename="../app/ui/requests_dialog.py" line="125"/>
        <source>Received</source>
        <translation>Ontvangen</translation>
    </message>
    <message>
        <location filename="../app/ui/requests_dialog.py" line="107"/>
        <source>Forward to</source>
        <translation>Doorsturen naar</translation>
    </message>
    <message>
        <location filename="../app/ui/requests_dialog.py" line="107"/>
        <source>Forward (art. 10.3)</source>
        <translation>Doorsturen (art. 10.3)</translation>
    </message>
    <message>
        <location filename="../app/ui/requests_dialog.py" line="108"/>
        <source>Answer (AVG 12(3))</source>
        <translation>Antwoorden (AVG 12(3))</translation>
    </message>
    <message>
        <location filename="../app/ui/requests_dialog.py" line="108"/>
        <location filename="../app/ui/requests_dialog.py" line="453"/>
        <source>Outcome</source>
        <translation>Uitkomst</translation>
    </message>
    <message>
        <location filename="../app/ui/requests_dialog.py" line="111"/>
        <source>&amp;New request…</source>
        <translation>&amp;Nieuw verzoek…</translation>
    </message>
    <message>
        <location filename="../app/ui/requests_dialog.py" line="112"/>
        <source>&amp;Forwarded…</source>
        <translation>&amp;Doorgestuurd…</translation>
    </message>
    <message>
        <location filename="../app/ui/requests_dialog.py" line="113"/>
        <source>E&amp;xtend…</source>
        <translation>&amp;Verlengen…</translation>
    </message>
    <message>
        <location filename="../app/ui/requests_dialog.py" line="114"/>
        <source>&amp;Answered…</source>
        <translation>&amp;Afgehandeld…</translation>
    </message>
    <message>
        <location filename="../app/ui/requests_dialog.py" line="116"/>
        <location filename="../app/ui/requests_dialog.py" line="135"/>
        <source>Copy text for the other party</source>
        <translation>Tekst voor de andere partij kopiëren</translation>
    </message>
    <message>
        <location filename="../app/ui/requests_dialog.py" line="110"/>
        <location filename="../app/ui/requests_dialog.py" line="122"/>
        <source>Requests from data subjects</source>
        <translation>Verzoeken van betrokkenen</translation>
    </message>
    <message>
        <location filename="../app/ui/requests_dialog.py" line="104"/>
        <source>Registers of requests</source>
        <translation>Registers van verzoeken</translation>
    </message>
    <message>
        <location filename="../app/ui/requests_dialog.py" line="125"/>
        <source>Requester</source>
        <translation>Verzoeker</translation>
    </message>
    <message>
        <location filename="../app/ui/requests_dialog.py" line="125"/>
        <source>Legal ground</source>
        <translation>Grondslag</translation>
    </message>
    <message>
        <location filename="../app/ui/requests_dialog.py" line="126"/>
        <source>Checked (art. 8.1)</source>
        <translation>Gecontroleerd (art. 8.1)</translation>
    </message>
    <message>
        <location filename="../app/ui/requests_dialog.py" line="126"/>
        <source>Other party</source>
        <translation>Andere partij</translation>
    </message>
    <message>
        <location filename="../app/ui/requests_dialog.py" line="127"/>
        <source>Inform (art. 8.2)</source>
        <translation>Informeren (art. 8.2)</translation>
    </message>
    <message>
        <location filename="../app/ui/requests_dialog.py" line="127"/>
        <location filename="../app/ui/requests_dialog.py" line="602"/>
        <source>Decision</source>
        <translation>Besluit</translation>
    </message>
    <message>
        <location filename="../app/ui/requests_dialog.py" line="129"/>
        <source>Legal requests</source>
        <translation>Wettelijke verzoeken</translation>
    </message>
    <message>
        <location filename="../app/ui/requests_dialog.py" line="130"/>
        <source>N&amp;ew legal request…</source>
        <translation>Nieuw &amp;wettelijk verzoek…</translation>
    </message>
    <message>
        <location filename="../app/ui/requests_dialog.py" line="131"/>
        <source>&amp;Checks done…</source>
        <translation>&amp;Controles gedaan…</translation>
    </message>
    <message>
        <location filename="../app/ui/requests_dialog.py" line="132"/>
        <source>&amp;Informed…</source>
        <translation>&amp;Geïnformeerd…</translation>
    </message>
    <message>
        <location filename="../app/ui/requests_dialog.py" line="133"/>
        <source>&amp;Decide…</source>
        <translation>&amp;Beslissen…</translation>
    </message>
    <message>
        <location filename="../app/ui/requests_dialog.py" line="141"/>
        <source>Legal requests for data</source>
        <translation>Wettelijke verzoeken om gegevens</translation>
    </message>
    <message>
        <location filename="../app/ui/requests_dialog.py" line="147"/>
        <source>Close</source>
        <translation>Sluiten</translation>
    </message>
    <message>
        <location filename="../app/ui/requests_dialog.py" line="208"/>
        <source>Due %1 (%2)</source>
        <translation>Uiterlijk %1 (%2)</translation>
    </message>
    <message>
        <location filename="../app/ui/requests_dialog.py" line="211"/>
        <source>Not counted: %1</source>
        <translation>Niet meegeteld: %1</translation>
    </message>
    <message>
        <location filename="../app/ui/requests_dialog.py" line="213"/>
        <source>Done on %1</source>
        <translation>Gedaan op %1</translation>
    </message>
    <message>
        <location filename="../app/ui/requests_dialog.py" line="232"/>
        <source>not needed</source>
        <translation>niet nodig</translation>
    </message>
    <message>
        <location filename="../app/ui/requests_dialog.py" line="246"/>
        <source>requester</source>
        <translation>verzoeker</translation>
    </message>
    <message>
        <location filename="../app/ui/requests_dialog.py" line="247"/>
        <source>ground</source>
        <translation>grondslag</translation>
    </message>
    <message>
        <location filename="../app/ui/requests_dialog.py" line="249"/>
        <source>not yet</source>
        <translation>nog niet</translation>
    </message>
    <message>
        <location filename="../app/ui/requests_dialog.py" line="251"/>
        <source>confidential — not told</source>
        <translation>geheim — niet geïnformeerd</translation>
    </message>
    <message>
        <location filename="../app/ui/requests_dialog.py" line="264"/>
        <source>no term (exception)</source>
        <translation>geen termijn (uitzondering)</translation>
    </message>
    <message>
        <location filename="../app/ui/requests_dialog.py" line="334"/>
        <source>Enter the case number as digits only, or leave it empty.</source>
        <translation>Vul het zaaknummer in met alleen cijfers, of laat het leeg.</translation>
    </message>
    <message>
        <location filename="../app/ui/requests_dialog.py" line="344"/>
        <source>The request was recorded with its terms.</source>
        <translation>Het verzoek is vastgelegd, met de termijnen.</translation>
    </message>
    <message>
        <location filename="../app/ui/requests_dialog.py" line="347"/>
        <source>New request from a data subject</source>
        <translation>Nieuw verzoek van een betrokkene</translation>
    </message>
    <message>
        <location filename="../app/ui/requests_dialog.py" line="348"/>
        <source>Record the request on the day it came in; the month to answer starts then. If it is about another party&apos;s processing, name that party: the request must go there within 5 working days (reglement art. 10.3). Do not type the tenant&apos;s name here; link the case by its number.</source>
        <translation>Leg het verzoek vast op de dag van ontvangst; dan begint de maand om te antwoorden. Gaat het over de verwerking van een andere partij, vul die partij dan in: het verzoek moet daar binnen 5 werkdagen heen (reglement art. 10.3). Typ hier niet de naam van de huurder; koppel de zaak via het zaaknummer.</translation>
    </message>
    <message>
        <location filename="../app/ui/requests_dialog.py" line="356"/>
        <source>Case number (optional)</source>
        <translation>Zaaknummer (niet verplicht)</translation>
    </message>
    <message>
        <location filename="../app/ui/requests_dialog.py" line="356"/>
        <source>e.g. 12</source>
        <translation>bijv. 12</translation>
    </message>
    <message>
        <location filename="../app/ui/requests_dialog.py" line="357"/>
        <location filename="../app/ui/requests_dialog.py" line="516"/>
        <source>Received on</source>
        <translation>Ontvangen op</translation>
    </message>
    <message>
        <location filename="../app/ui/requests_dialog.py" line="358"/>
        <source>Meant for another party (optional)</source>
        <translation>Bestemd voor een andere partij (niet verplicht)</translation>
    </message>
    <message>
        <location filename="../app/ui/requests_dialog.py" line="359"/>
        <source>e.g. Elan Wonen</source>
        <translation>bijv. Elan Wonen</translation>
    </message>
    <message>
        <location filename="../app/ui/requests_dialog.py" line="365"/>
        <location filename="../app/ui/requests_dialog.py" line="485"/>
        <source>Select a request first.</source>
        <translation>Kies eerst een verzoek.</translation>
    </message>
    <message>
        <location filename="../app/ui/requests_dialog.py" line="382"/>
        <source>Recorded: the request was forwarded.</source>
        <translation>Vastgelegd: het verzoek is doorgestuurd.</translation>
    </message>
    <message>
        <location filename="../app/ui/requests_dialog.py" line="386"/>
        <source>Request %1 forwarded</source>
        <translation>Verzoek %1 doorgestuurd</translation>
    </message>
    <message>
        <location filename="../app/ui/requests_dialog.py" line="387"/>
        <source>Record when the request, with a copy of it, went to the other party (reglement art. 10.3).</source>
        <translation>Leg vast wanneer het verzoek, met een kopie ervan, naar de andere partij is gegaan (reglement art. 10.3).</translation>
    </message>
    <message>
        <location filename="../app/ui/requests_dialog.py" line="391"/>
        <source>Forwarded on</source>
        <translation>Doorgestuurd op</translation>
    </message>
    <message>
        <location filename="../app/ui/requests_dialog.py" line="392"/>
        <source>To</source>
        <translation>Aan</translation>
    </message>
    <message>
        <location filename="../app/ui/requests_dialog.py" line="410"/>
        <source>The term was extended.</source>
        <translation>De termijn is verlengd.</translation>
    </message>
    <message>
        <location filename="../app/ui/requests_dialog.py" line="414"/>
        <source>Extend request %1</source>
        <translation>Verzoek %1 verlengen</translation>
    </message>
    <message>
        <location filename="../app/ui/requests_dialog.py" line="417"/>
        <source>Once, by at most two more months, when the request is complex or there are many (AVG 12(3)). Tell the tenant within the first month, with the reason. The first month ends on %1; the latest possible date is %2.</source>
        <translation>Eenmaal, met hoogstens twee maanden, als het verzoek ingewikkeld is of als er veel verzoeken zijn (AVG 12(3)). Laat het de huurder binnen de eerste maand weten, met de reden. De eerste maand eindigt op %1; de uiterste datum is %2.</translation>
    </message>
    <message>
        <location filename="../app/ui/requests_dialog.py" line="427"/>
        <source>New date</source>
        <translation>Nieuwe datum</translation>
    </message>
    <message>
        <location filename="../app/ui/requests_dialog.py" line="428"/>
        <source>Reason (told to the tenant)</source>
        <translation>Reden (wordt aan de huurder meegedeeld)</translation>
    </message>
    <message>
        <location filename="../app/ui/requests_dialog.py" line="443"/>
        <source>The request was closed.</source>
        <translation>Het verzoek is afgehandeld.</translation>
    </message>
    <message>
        <location filename="../app/ui/requests_dialog.py" line="447"/>
        <source>Request %1 answered</source>
        <translation>Verzoek %1 afgehandeld</translation>
    </message>
    <message>
        <location filename="../app/ui/requests_dialog.py" line="448"/>
        <source>Record the answer the tenant received. A refusal, in whole or in part, needs its reason: the tenant must hear why and that they may complain to the Autoriteit Persoonsgegevens (AVG 12(4)).</source>
        <translation>Leg het antwoord vast dat de huurder heeft gekregen. Een gehele of gedeeltelijke weigering heeft een reden nodig: de huurder moet horen waarom, en dat hij een klacht kan indienen bij de Autoriteit Persoonsgegevens (AVG 12(4)).</translation>
    </message>
    <message>
        <location filename="../app/ui/requests_dialog.py" line="456"/>
        <source>Reason</source>
        <translation>Reden</translation>
    </message>
    <message>
        <location filename="../app/ui/requests_dialog.py" line="457"/>
        <source>Answered on</source>
        <translation>Afgehandeld op</translation>
    </message>
    <message>
        <location filename="../app/ui/requests_dialog.py" line="476"/>
        <source>The text is on the clipboard: paste it into an e-mail to the other party and send it through a secure connection. Vangnet sends nothing itself.</source>
        <translation>De tekst staat op het klembord: plak hem in een e-mail aan de andere partij en verstuur die via een beveiligde verbinding. Vangnet verstuurt zelf niets.</translation>
    </message>
    <message>
        <location filename="../app/ui/requests_dialog.py" line="503"/>
        <source>The legal request was recorded.</source>
        <translation>Het wettelijke verzoek is vastgelegd.</translation>
    </message>
    <message>
        <location filename="../app/ui/requests_dialog.py" line="507"/>
        <source>New legal request for data</source>
        <translation>Nieuw wettelijk verzoek om gegevens</translation>
    </message>
    <message>
        <location filename="../app/ui/requests_dialog.py" line="508"/>
        <source>An authority asks for personal data on a legal ground (reglement art. 8). Verify who asks and the legal ground before providing anything (art. 8.1). Tell the other party within 5 working days (art. 8.2), unless the law forbids it, for example to keep an investigation confidential.</source>
        <translation>Een instantie vraagt op een wettelijke grondslag om persoonsgegevens (reglement art. 8). Controleer wie het vraagt en de grondslag voordat u iets verstrekt (art. 8.1). Informeer de andere partij binnen 5 werkdagen (art. 8.2), tenzij de wet dat verbiedt, bijvoorbeeld om een onderzoek geheim te houden.</translation>
    </message>
    <message>
        <location filename="../app/ui/requests_dialog.py" line="514"/>
        <source>Requester (authority, officer)</source>
        <translation>Verzoeker (instantie, functionaris)</translation>
    </message>
    <message>
        <location filename="../app/ui/requests_dialog.py" line="515"/>
        <source>Legal ground (law and article)</source>
        <translation>Wettelijke grondslag (wet en artikel)</translation>
    </message>
    <message>
        <location filename="../app/ui/requests_dialog.py" line="517"/>
        <location filename="../app/ui/requests_dialog.py" line="553"/>
        <source>The requester&apos;s identity was verified</source>
        <translation>De identiteit van de verzoeker is gecontroleerd</translation>
    </message>
    <message>
        <location filename="../app/ui/requests_dialog.py" line="518"/>
        <location filename="../app/ui/requests_dialog.py" line="556"/>
        <source>The legal ground was checked</source>
        <translation>De grondslag is gecontroleerd</translation>
    </message>
    <message>
        <location filename="../app/ui/requests_dialog.py" line="519"/>
        <source>Other party to inform</source>
        <translation>Te informeren andere partij</translation>
    </message>
    <message>
        <location filename="../app/ui/requests_dialog.py" line="521"/>
        <source>The law forbids telling the other party</source>
        <translation>De wet verbiedt de andere partij te informeren</translation>
    </message>
    <message>
        <location filename="../app/ui/requests_dialog.py" line="522"/>
        <source>Why (the order or the law)</source>
        <translation>Waarom (het bevel of de wet)</translation>
    </message>
    <message>
        <location filename="../app/ui/requests_dialog.py" line="544"/>
        <source>The checks were recorded.</source>
        <translation>De controles zijn vastgelegd.</translation>
    </message>
    <message>
        <location filename="../app/ui/requests_dialog.py" line="548"/>
        <source>Checks for legal request %1</source>
        <translation>Controles bij wettelijk verzoek %1</translation>
    </message>
    <message>
        <location filename="../app/ui/requests_dialog.py" line="549"/>
        <source>Reglement art. 8.1: verify the identity of the requester and the legal ground before any data is provided.</source>
        <translation>Reglement art. 8.1: controleer de identiteit van de verzoeker en de grondslag voordat er gegevens worden verstrekt.</translation>
    </message>
    <message>
        <location filename="../app/ui/requests_dialog.py" line="570"/>
        <source>Recorded: the other party was informed.</source>
        <translation>Vastgelegd: de andere partij is geïnformeerd.</translation>
    </message>
    <message>
        <location filename="../app/ui/requests_dialog.py" line="574"/>
        <source>Legal request %1: other party informed</source>
        <translation>Wettelijk verzoek %1: andere partij geïnformeerd</translation>
    </message>
    <message>
        <location filename="../app/ui/requests_dialog.py" line="575"/>
        <source>Record when the other party was told of the request (reglement art. 8.2).</source>
        <translation>Leg vast wanneer de andere partij over het verzoek is geïnformeerd (reglement art. 8.2).</translation>
    </message>
    <message>
        <location filename="../app/ui/requests_dialog.py" line="578"/>
        <source>Informed on</source>
        <translation>Geïnformeerd op</translation>
    </message>
    <message>
        <location filename="../app/ui/requests_dialog.py" line="593"/>
        <source>The decision was recorded.</source>
        <translation>De beslissing is vastgelegd.</translation>
    </message>
    <message>
        <location filename="../app/ui/requests_dialog.py" line="597"/>
        <source>Decide on legal request %1</source>
        <translation>Beslissen op wettelijk verzoek %1</translation>
    </message>
    <message>
        <location filename="../app/ui/requests_dialog.py" line="598"/>
        <source>Data is provided only after the requester and the legal ground were verified (reglement art. 8.1). Summarise what was provided, without names.</source>
        <translation>Gegevens worden pas verstrekt als de verzoeker en de grondslag zijn gecontroleerd (reglement art. 8.1). Vat samen wat is verstrekt, zonder namen.</translation>
    </message>
    <message>
        <location filename="../app/ui/requests_dialog.py" line="605"/>
        <source>Data provided (summary)</source>
        <translation>Verstrekte gegevens (samenvatting)</translation>
    </message>
    <message>
        <location filename="../app/ui/requests_dialog.py" line="606"/>
        <source>Decided on</source>
        <translation>Beslist op</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <location filename="../app/ui/backup_dialogs.py" line="495"/>
        <location filename="../app/ui/backup_dialogs.py" line="506"/>
        <source>Restore a backup</source>
        <translation>Back-up terugzetten</translation>
    </message>
    <message>
        <location filename="../app/ui/backup_dialogs.py" line="510"/>
        <source>Choose a backup. Vangnet first checks it and shows what is in it; nothing changes until you confirm.</source>
        <translation>Kies een back-up. Vangnet controleert die eerst en laat zien wat erin staat; er verandert niets tot u bevestigt.</translation>
    </message>
    <message>
        <location filename="../app/ui/backup_dialogs.py" line="519"/>
        <source>No file chosen yet.</source>
        <translation>Nog geen bestand gekozen.</translation>
    </message>
    <message>
        <location filename="../app/ui/backup_dialogs.py" line="519"/>
        <source>Choose &amp;file…</source>
        <translation>&amp;Bestand kiezen…</translation>
    </message>
    <message>
        <location filename="../app/ui/backup_dialogs.py" line="521"/>
        <source>Backup:</source>
        <translation>Back-up:</translation>
    </message>
    <message>
        <location filename="../app/ui/backup_dialogs.py" line="530"/>
        <source>This backup does not open with the key of this database: it was made with another key (or it is not a Vangnet backup). Type the passphrase or the recovery key it was made with. The restored data will then open with your current key.</source>
        <translation>Deze back-up gaat niet open met de sleutel van deze database: hij is gemaakt met een andere sleutel (of het is geen back-up van Vangnet). Typ de wachtwoordzin of de herstelsleutel waarmee hij is gemaakt. De teruggezette gegevens openen daarna gewoon met uw huidige sleutel.</translation>
    </message>
    <message>
        <location filename="../app/ui/backup_dialogs.py" line="539"/>
        <source>Passphrase or recovery key of the backup</source>
        <translation>Wachtwoordzin of herstelsleutel van de back-up</translation>
    </message>
    <message>
        <location filename="../app/ui/backup_dialogs.py" line="542"/>
        <source>&amp;Open</source>
        <translation>&amp;Openen</translation>
    </message>
    <message>
        <location filename="../app/ui/backup_dialogs.py" line="544"/>
        <source>&amp;Passphrase or recovery key:</source>
        <translation>&amp;Wachtwoordzin of herstelsleutel:</translation>
    </message>
    <message>
        <location filename="../app/ui/backup_dialogs.py" line="561"/>
        <source>In the backup</source>
        <translation>In de back-up</translation>
    </message>
    <message>
        <location filename="../app/ui/backup_dialogs.py" line="561"/>
        <source>In Vangnet now</source>
        <translation>Nu in Vangnet</translation>
    </message>
    <message>
        <location filename="../app/ui/backup_dialogs.py" line="567"/>
        <source>Made on</source>
        <translation>Gemaakt op</translation>
    </message>
    <message>
        <location filename="../app/ui/backup_dialogs.py" line="568"/>
        <source>Office</source>
        <translation>Team</translation>
    </message>
    <message>
        <location filename="../app/ui/backup_dialogs.py" line="569"/>
        <source>Cases</source>
        <translation>Zaken</translation>
    </message>
    <message>
        <location filename="../app/ui/backup_dialogs.py" line="570"/>
        <source>Last change</source>
        <translation>Laatste wijziging</translation>
    </message>
    <message>
        <location filename="../app/ui/backup_dialogs.py" line="586"/>
        <source>I understand: the data in Vangnet now is replaced by this backup.</source>
        <translation>Ik begrijp het: de gegevens die nu in Vangnet staan, worden vervangen door deze back-up.</translation>
    </message>
    <message>
        <location filename="../app/ui/backup_dialogs.py" line="595"/>
        <location filename="../app/ui/backup_dialogs.py" line="602"/>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <location filename="../app/ui/backup_dialogs.py" line="601"/>
        <source>&amp;Restore</source>
        <translation>&amp;Terugzetten</translation>
    </message>
    <message>
        <location filename="../app/ui/backup_dialogs.py" line="620"/>
        <source>Close</source>
        <translation>Sluiten</translation>
    </message>
    <message>
        <location filename="../app/ui/backup_dialogs.py" line="629"/>
        <source>Choose a backup</source>
        <translation>Kies een back-up</translation>
    </message>
    <message>
        <location filename="../app/ui/backup_dialogs.py" line="631"/>
        <source>Vangnet backup (*.vangnet);;All files (*)</source>
        <translation>Vangnet-back-up (*.vangnet);;Alle bestanden (*)</translation>
    </message>
    <message>
        <location filename="../app/ui/backup_dialogs.py" line="650"/>
        <source>Type the passphrase or recovery key first.</source>
        <translation>Typ eerst de wachtwoordzin of herstelsleutel.</translation>
    </message>
    <message>
        <location filename="../app/ui/backup_dialogs.py" line="671"/>
        <source>Check cancelled. Nothing was changed.</source>
        <translation>Controle geannuleerd. Er is niets veranderd.</translation>
    </message>
    <message>
        <location filename="../app/ui/backup_dialogs.py" line="675"/>
        <source>%p% checked</source>
        <translation>%p% gecontroleerd</translation>
    </message>
    <message>
        <location filename="../app/ui/backup_dialogs.py" line="677"/>
        <source>Checking the backup… This reads the whole file; you can cancel.</source>
        <translation>Bezig met de back-up controleren… Vangnet leest het hele bestand; u kunt annuleren.</translation>
    </message>
    <message>
        <location filename="../app/ui/backup_dialogs.py" line="688"/>
        <source>The backup is sound: it opens and every page and table checks out.</source>
        <translation>De back-up is in orde: hij gaat open en elke pagina en tabel klopt.</translation>
    </message>
    <message>
        <location filename="../app/ui/backup_dialogs.py" line="696"/>
        <source>unknown</source>
        <translation>onbekend</translation>
    </message>
    <message>
        <location filename="../app/ui/backup_dialogs.py" line="713"/>
        <source>This backup is of another office (%1), not of %2.</source>
        <translation>Deze back-up is van een ander team (%1), niet van %2.</translation>
    </message>
    <message>
        <location filename="../app/ui/backup_dialogs.py" line="724"/>
        <source>Restoring replaces all data in Vangnet with this backup: what was entered after the backup was made is then no longer in Vangnet. The current database is not deleted: Vangnet sets it aside in the folder %1 as %2.</source>
        <translation>Terugzetten vervangt alle gegevens in Vangnet door deze back-up: wat na het maken van de back-up is ingevoerd, staat daarna niet meer in Vangnet. De huidige database wordt niet verwijderd: Vangnet zet hem apart in de map %1, als %2.</translation>
    </message>
    <message>
        <location filename="../app/ui/backup_dialogs.py" line="736"/>
        <source>This backup was made with another key. Type its passphrase or recovery key below.</source>
        <translation>Deze back-up is gemaakt met een andere sleutel. Typ hieronder de wachtwoordzin of herstelsleutel ervan.</translation>
    </message>
    <message>
        <location filename="../app/ui/backup_dialogs.py" line="747"/>
        <source>Nothing was changed.</source>
        <translation>Er is niets veranderd.</translation>
    </message>
    <message>
        <location filename="../app/ui/backup_dialogs.py" line="751"/>
        <source>This recovery key does not open this backup either.</source>
        <translation>Ook deze herstelsleutel opent deze back-up niet.</translation>
    </message>
    <message>
        <location filename="../app/ui/backup_dialogs.py" line="754"/>
        <source>This looks like a recovery key with a typing error in group %1 (of 14). Check that group against the sheet and try again.</source>
        <translation>Dit lijkt een herstelsleutel met een typefout in groep %1 (van de 14). Vergelijk die groep met het blad en probeer het opnieuw.</translation>
    </message>
    <message>
        <location filename="../app/ui/backup_dialogs.py" line="759"/>
        <source>This looks like a recovery key, but one of the groups has a typing error. Check it against the sheet and try again.</source>
        <translation>Dit lijkt een herstelsleutel, maar in een van de groepen zit een typefout. Vergelijk hem met het blad en probeer het opnieuw.</translation>
    </message>
    <message>
        <location filename="../app/ui/backup_dialogs.py" line="762"/>
        <source>This passphrase does not open this backup either. Check it and try again.</source>
        <translation>Ook deze wachtwoordzin opent deze back-up niet. Controleer hem en probeer het opnieuw.</translation>
    </message>
    <message>
        <location filename="../app/ui/backup_dialogs.py" line="768"/>
        <source>There is no file %1.</source>
        <translation>Het bestand %1 bestaat niet.</translation>
    </message>
    <message>
        <location filename="../app/ui/backup_dialogs.py" line="769"/>
        <source>The file %1 cannot be read.</source>
        <translation>Het bestand %1 kan niet worden gelezen.</translation>
    </message>
    <message>
        <location filename="../app/ui/backup_dialogs.py" line="771"/>
        <source>%1 is a handover package, not a backup. Receive it with File &gt; Receive a handover.</source>
        <translation>%1 is een overdrachtsbestand, geen back-up. Ontvang het met Bestand &gt; Overdracht ontvangen.</translation>
    </message>
    <message>
        <location filename="../app/ui/backup_dialogs.py" line="774"/>
        <source>%1 is not encrypted, so it is not a Vangnet backup.</source>
        <translation>%1 is niet versleuteld, dus het is geen back-up van Vangnet.</translation>
    </message>
    <message>
        <location filename="../app/ui/backup_dialogs.py" line="776"/>
        <source>The backup %1 is damaged: not every page or table checks out. Choose another backup.</source>
        <translation>De back-up %1 is beschadigd: niet elke pagina of tabel klopt. Kies een andere back-up.</translation>
    </message>
    <message>
        <location filename="../app/ui/backup_dialogs.py" line="779"/>
        <source>%1 opens, but it is not a Vangnet backup.</source>
        <translation>%1 gaat open, maar het is geen back-up van Vangnet.</translation>
    </message>
    <message>
        <location filename="../app/ui/backup_dialogs.py" line="781"/>
        <source>The backup %1 was made by a newer version of Vangnet. Update Vangnet first.</source>
        <translation>De back-up %1 is gemaakt met een nieuwere versie van Vangnet. Werk Vangnet eerst bij.</translation>
    </message>
    <message>
        <location filename="../app/ui/backup_dialogs.py" line="783"/>
        <source>The copy did not match the backup %1, so it was not used.</source>
        <translation>De kopie kwam niet overeen met de back-up %1 en is daarom niet gebruikt.</translation>
    </message>
    <message>
        <location filename="../app/ui/backup_dialogs.py" line="784"/>
        <source>Vangnet may not write in the folder %1.</source>
        <translation>Vangnet mag niet schrijven in de map %1.</translation>
    </message>
    <message>
        <location filename="../app/ui/backup_dialogs.py" line="791"/>
        <source>The disk with the folder %1 is full. Make room and try again.</source>
        <translation>De schijf met de map %1 is vol. Maak ruimte vrij en probeer het opnieuw.</translation>
    </message>
    <message>
        <location filename="../app/ui/backup_dialogs.py" line="803"/>
        <source>An unexpected error stopped it. Reference for your administrator: %1</source>
        <translation>Een onverwachte fout hield het tegen. Foutcode voor uw beheerder: %1</translation>
    </message>
    <message>
        <location filename="../app/ui/backup_dialogs.py" line="823"/>
        <source>Vangnet could not close the database to restore it. Nothing was changed.</source>
        <translation>Vangnet kon de database niet sluiten om hem terug te zetten. Er is niets veranderd.</translation>
    </message>
    <message>
        <location filename="../app/ui/backup_dialogs.py" line="852"/>
        <source>%p% restored</source>
        <translation>%p% teruggezet</translation>
    </message>
    <message>
        <location filename="../app/ui/backup_dialogs.py" line="855"/>
        <source>Restoring… Vangnet has closed its data meanwhile. You can cancel until the backup is put in place.</source>
        <translation>Bezig met terugzetten… Vangnet heeft zijn gegevens zolang gesloten. U kunt annuleren tot de back-up op zijn plaats wordt gezet.</translation>
    </message>
    <message>
        <location filename="../app/ui/backup_dialogs.py" line="870"/>
        <source>Putting the backup in place and setting the current database aside. This takes a moment and can no longer be cancelled.</source>
        <translation>De back-up wordt op zijn plaats gezet en de huidige database apart gezet. Dit duurt even en kan niet meer worden geannuleerd.</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/ui/backup_dialogs.py" line="882"/>
        <source>The backup was restored: Vangnet now shows its %n case(s).</source>
        <translation>
            <numerusform>De back-up is teruggezet: Vangnet toont nu de %n zaak daaruit.</numerusform>
            <numerusform>De back-up is teruggezet: Vangnet toont nu de %n zaken daaruit.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/ui/backup_dialogs.py" line="889"/>
        <source>The database it replaced is kept as %1</source>
        <translation>De database die is vervangen, staat nu apart als %1</translation>
    </message>
    <message>
        <location filename="../app/ui/backup_dialogs.py" line="898"/>
        <source>But Vangnet could not open it again (%1). Use Unlock in the window to open it.</source>
        <translation>Maar Vangnet kon hem niet opnieuw openen (%1). Open hem met Ontgrendelen in het venster.</translation>
    </message>
    <message>
        <location filename="../app/ui/backup_dialogs.py" line="906"/>
        <source>Nothing was restored.</source>
        <translation>Er is niets teruggezet.</translation>
    </message>
    <message>
        <location filename="../app/ui/backup_dialogs.py" line="911"/>
        <source>Restore cancelled. Nothing was changed.</source>
        <translation>Terugzetten geannuleerd. Er is niets veranderd.</translation>
    </message>
    <message>
        <location filename="../app/ui/backup_dialogs.py" line="920"/>
        <source>reference %1</source>
        <translation>foutcode %1</translation>
    </message>
    <message>
        <location filename="../app/ui/backup_dialogs.py" line="925"/>
        <source>Vangnet could not open its data again (%1); use Unlock in the window.</source>
        <translation>Vangnet kon zijn gegevens niet opnieuw openen (%1); gebruik Ontgrendelen in het venster.</translation>
    </message>
    <message>
        <location filename="../app/ui/backup_dialogs.py" line="949"/>
        <source>Cancelling…</source>
        <translation>Bezig met annuleren…</translation>
    </message>
</context>
<context>
    <name>RestrictDialog</name>
    <message>
        <location filename="../app/ui/case_rights_actions.py" line="274"/>
        <location filename="../app/ui/case_rights_actions.py" line="297"/>
        <source>Restrict processing</source>
        <translation>Verwerking beperken</translation>
    </message>
    <message>
        <location filename="../app/ui/case_rights_actions.py" line="277"/>
        <source>The tenant asks that their data is not processed for now (AVG article 18), for example while a disputed fact is checked. The case stays in the lists and can be read, corrected and exported, but nothing else is done with it: no actions on the timeline, no notes or consents, no letters, no handover and no change to the debts or the proposal, until the restriction is lifted.</source>
        <translation>De huurder vraagt de gegevens voorlopig niet te verwerken (AVG artikel 18), bijvoorbeeld terwijl een betwist gegeven wordt nagegaan. De zaak blijft in de lijsten en kan worden ingezien, gecorrigeerd en geëxporteerd, maar verder gebeurt er niets mee: geen acties op de tijdlijn, geen notities of toestemmingen, geen brieven, geen overdracht en geen wijziging van de schulden of het voorstel, tot de beperking is opgeheven.</translation>
    </message>
    <message>
        <location filename="../app/ui/case_rights_actions.py" line="293"/>
        <source>Restricted since</source>
        <translation>Beperkt sinds</translation>
    </message>
    <message>
        <location filename="../app/ui/case_rights_actions.py" line="294"/>
        <source>Because of</source>
        <translation>Naar aanleiding van</translation>
    </message>
</context>
<context>
    <name>RetentionActions</name>
    <message>
        <location filename="../app/ui/retention_actions.py" line="17"/>
        <source>&amp;Retention and erasure…</source>
        <translation>&amp;Bewaartermijnen en wissen…</translation>
    </message>
    <message>
        <location filename="../app/ui/retention_actions.py" line="53"/>
        <source>Cases past their retention term: %1. Privacy → Retention and erasure.</source>
        <translation>Zaken voorbij hun bewaartermijn: %1. Privacy → Bewaartermijnen en wissen.</translation>
    </message>
</context>
<context>
    <name>RetentionDialog</name>
    <message>
        <location filename="../app/ui/retention_dialog.py" line="70"/>
        <location filename="../app/ui/retention_dialog.py" line="77"/>
        <source>Retention and erasure</source>
        <extracomment>cases were erased: the lists behind the dialog must reload</extracomment>
        <translation>Bewaartermijnen en wissen</translation>
    </message>
    <message>
        <location filename="../app/ui/retention_dialog.py" line="79"/>
        <source>A case that has ended is kept for the term of its kind of ending, and then erased for good: everything about the tenant goes, and only a line without personal data stays in the audit trail. A case whose processing is restricted, or with a request still open, is kept until that is settled.</source>
        <translation>Een afgesloten zaak wordt bewaard zolang de termijn voor die manier van afsluiten duurt, en daarna definitief gewist: alles over de huurder verdwijnt; alleen een regel zonder persoonsgegevens blijft in de audittrail staan. Een zaak waarvan de verwerking is beperkt, of met een verzoek dat nog openstaat, blijft bewaard tot dat is afgehandeld.</translation>
    </message>
    <message>
        <location filename="../app/ui/retention_dialog.py" line="85"/>
        <source>Retention</source>
        <translation>Bewaren</translation>
    </message>
    <message>
        <location filename="../app/ui/retention_dialog.py" line="91"/>
        <location filename="../app/ui/retention_dialog.py" line="107"/>
        <source>Kind of ending</source>
        <translation>Manier van afsluiten</translation>
    </message>
    <message>
        <location filename="../app/ui/retention_dialog.py" line="91"/>
        <source>Months</source>
        <translation>Maanden</translation>
    </message>
    <message>
        <location filename="../app/ui/retention_dialog.py" line="91"/>
        <source>Counted from</source>
        <translation>Gerekend vanaf</translation>
    </message>
    <message>
        <location filename="../app/ui/retention_dialog.py" line="92"/>
        <source>Source</source>
        <translation>Bron</translation>
    </message>
    <message>
        <location filename="../app/ui/retention_dialog.py" line="95"/>
        <source>Retention terms</source>
        <translation>Bewaartermijnen</translation>
    </message>
    <message>
        <location filename="../app/ui/retention_dialog.py" line="97"/>
        <source>&amp;Save the terms</source>
        <translation>Termijnen &amp;opslaan</translation>
    </message>
    <message>
        <location filename="../app/ui/retention_dialog.py" line="100"/>
        <source>Terms</source>
        <translation>Termijnen</translation>
    </message>
    <message>
        <location filename="../app/ui/retention_dialog.py" line="107"/>
        <source>Case</source>
        <translation>Zaak</translation>
    </message>
    <message>
        <location filename="../app/ui/retention_dialog.py" line="107"/>
        <source>Reference</source>
        <translation>Referentie</translation>
    </message>
    <message>
        <location filename="../app/ui/retention_dialog.py" line="107"/>
        <source>Tenant</source>
        <translation>Huurder</translation>
    </message>
    <message>
        <location filename="../app/ui/retention_dialog.py" line="108"/>
        <source>Ended</source>
        <translation>Afgesloten</translation>
    </message>
    <message>
        <location filename="../app/ui/retention_dialog.py" line="108"/>
        <source>Erase on</source>
        <translation>Wissen op</translation>
    </message>
    <message>
        <location filename="../app/ui/retention_dialog.py" line="108"/>
        <source>State</source>
        <translation>Stand</translation>
    </message>
    <message>
        <location filename="../app/ui/retention_dialog.py" line="111"/>
        <source>Cases that have ended</source>
        <translation>Afgesloten zaken</translation>
    </message>
    <message>
        <location filename="../app/ui/retention_dialog.py" line="113"/>
        <source>What goes when</source>
        <translation>Wat wanneer verdwijnt</translation>
    </message>
    <message>
        <location filename="../app/ui/retention_dialog.py" line="118"/>
        <source>A backup keeps what the database held when it was made, also after a case is erased here. Destroy a backup once it holds expired data, unless your backup policy says to keep it longer.</source>
        <translation>Een back-up bevat wat de database bevatte toen hij werd gemaakt, ook nadat een zaak hier is gewist. Vernietig een back-up zodra hij verlopen gegevens bevat, tenzij uw back-upbeleid zegt dat u hem langer bewaart.</translation>
    </message>
    <message>
        <location filename="../app/ui/retention_dialog.py" line="122"/>
        <source>Backup made</source>
        <translation>Back-up gemaakt</translation>
    </message>
    <message>
        <location filename="../app/ui/retention_dialog.py" line="122"/>
        <source>Holds expired data</source>
        <translation>Bevat verlopen gegevens</translation>
    </message>
    <message>
        <location filename="../app/ui/retention_dialog.py" line="123"/>
        <location filename="../app/ui/retention_dialog.py" line="125"/>
        <source>Backups</source>
        <translation>Back-ups</translation>
    </message>
    <message>
        <location filename="../app/ui/retention_dialog.py" line="130"/>
        <source>&amp;Erase now…</source>
        <translation>Nu &amp;wissen…</translation>
    </message>
    <message>
        <location filename="../app/ui/retention_dialog.py" line="131"/>
        <source>Close</source>
        <translation>Sluiten</translation>
    </message>
    <message>
        <location filename="../app/ui/retention_dialog.py" line="160"/>
        <source>the signal</source>
        <translation>de melding</translation>
    </message>
    <message>
        <location filename="../app/ui/retention_dialog.py" line="161"/>
        <source>the end of the case</source>
        <translation>het einde van de zaak</translation>
    </message>
    <message>
        <location filename="../app/ui/retention_dialog.py" line="169"/>
        <source>Signal not taken on</source>
        <translation>Melding niet in behandeling genomen</translation>
    </message>
    <message>
        <location filename="../app/ui/retention_dialog.py" line="170"/>
        <source>Closed without help</source>
        <translation>Gesloten zonder hulp</translation>
    </message>
    <message>
        <location filename="../app/ui/retention_dialog.py" line="171"/>
        <source>Closed after help</source>
        <translation>Gesloten na hulp</translation>
    </message>
    <message>
        <location filename="../app/ui/retention_dialog.py" line="172"/>
        <source>Eviction</source>
        <translation>Ontruiming</translation>
    </message>
    <message>
        <location filename="../app/ui/retention_dialog.py" line="177"/>
        <source>Kept: processing restricted</source>
        <translation>Bewaard: verwerking beperkt</translation>
    </message>
    <message>
        <location filename="../app/ui/retention_dialog.py" line="179"/>
        <source>Kept: a request is still open</source>
        <translation>Bewaard: er staat nog een verzoek open</translation>
    </message>
    <message>
        <location filename="../app/ui/retention_dialog.py" line="181"/>
        <source>Past its term: will be erased</source>
        <translation>Termijn verstreken: wordt gewist</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/ui/retention_dialog.py" line="182"/>
        <source>In %n day(s)</source>
        <translation>
            <numerusform>Over %n dag</numerusform>
            <numerusform>Over %n dagen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/ui/retention_dialog.py" line="200"/>
        <source>%n case(s) have passed their term and will be erased by “Erase now”.</source>
        <translation>
            <numerusform>%n zaak heeft de termijn overschreden en wordt gewist met ‘Nu wissen’.</numerusform>
            <numerusform>%n zaken hebben de termijn overschreden en worden gewist met ‘Nu wissen’.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/ui/retention_dialog.py" line="203"/>
        <source>No case has passed its term today.</source>
        <translation>Vandaag heeft geen enkele zaak de termijn overschreden.</translation>
    </message>
    <message>
        <location filename="../app/ui/retention_dialog.py" line="205"/>
        <source>No case has ended yet.</source>
        <translation>Er is nog geen zaak afgesloten.</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/ui/retention_dialog.py" line="207"/>
        <source>&amp;Erase now (%n case(s))…</source>
        <translation>
            <numerusform>Nu &amp;wissen (%n zaak)…</numerusform>
            <numerusform>Nu &amp;wissen (%n zaken)…</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/ui/retention_dialog.py" line="216"/>
        <source>Nothing yet</source>
        <translation>Nog niets</translation>
    </message>
    <message>
        <location filename="../app/ui/retention_dialog.py" line="218"/>
        <source>Since %1: destroy it</source>
        <translation>Sinds %1: vernietigen</translation>
    </message>
    <message>
        <location filename="../app/ui/retention_dialog.py" line="220"/>
        <source>From %1</source>
        <translation>Vanaf %1</translation>
    </message>
    <message>
        <location filename="../app/ui/retention_dialog.py" line="243"/>
        <source>The terms were saved; the dates below follow them.</source>
        <translation>De termijnen zijn opgeslagen; de datums hieronder volgen ze.</translation>
    </message>
    <message>
        <location filename="../app/ui/retention_dialog.py" line="256"/>
        <source>Erase for good?</source>
        <translation>Definitief wissen?</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/ui/retention_dialog.py" line="258"/>
        <source>Erase %n case(s) for good? Everything about these tenants goes: facts, timeline, notes, consents, debts, proposals and documents. This cannot be undone.</source>
        <translation>
            <numerusform>%n zaak definitief wissen? Alles over deze huurder verdwijnt: gegevens, tijdlijn, notities, toestemmingen, schulden, voorstellen en documenten. Dit kan niet ongedaan worden gemaakt.</numerusform>
            <numerusform>%n zaken definitief wissen? Alles over deze huurders verdwijnt: gegevens, tijdlijn, notities, toestemmingen, schulden, voorstellen en documenten. Dit kan niet ongedaan worden gemaakt.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/ui/retention_dialog.py" line="263"/>
        <source>Backups made before still hold these cases; the Backups tab says which.</source>
        <translation>Eerder gemaakte back-ups bevatten deze zaken nog; het tabblad Back-ups zegt welke.</translation>
    </message>
    <message>
        <location filename="../app/ui/retention_dialog.py" line="265"/>
        <source>Erase</source>
        <translation>Wissen</translation>
    </message>
    <message>
        <location filename="../app/ui/retention_dialog.py" line="266"/>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <location filename="../app/ui/retention_dialog.py" line="282"/>
        <source>Erasing and overwriting the freed space…</source>
        <translation>Bezig met wissen en het overschrijven van de vrijgekomen ruimte…</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/ui/retention_dialog.py" line="289"/>
        <source>%n case(s) erased. The audit trail keeps one line per case, without personal data.</source>
        <translation>
            <numerusform>%n zaak gewist. De audittrail bewaart één regel per zaak, zonder persoonsgegevens.</numerusform>
            <numerusform>%n zaken gewist. De audittrail bewaart één regel per zaak, zonder persoonsgegevens.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/ui/retention_dialog.py" line="298"/>
        <source>Nothing was erased (reference %1).</source>
        <translation>Er is niets gewist (kenmerk %1).</translation>
    </message>
    <message>
        <location filename="../app/ui/retention_dialog.py" line="299"/>
        <source>Nothing was erased.</source>
        <translation>Er is niets gewist.</translation>
    </message>
</context>
<context>
    <name>SdvPanel</name>
    <message>
        <location filename="../app/ui/sdv_panel.py" line="146"/>
        <source>Fill in the household budget and the debts, then save the inventory. The repayment capacity is worked out as you type. From the saved inventory you make a proposal for the corporation (H 6.2, H 6.3, H 7.3).</source>
        <translation>Vul het huishoudbudget en de schulden in en sla de inventarisatie op. De aflossingscapaciteit wordt berekend terwijl u typt. Vanuit de opgeslagen inventarisatie maakt u een voorstel voor de corporatie (H 6.2, H 6.3, H 7.3).</translation>
    </message>
    <message>
        <location filename="../app/ui/sdv_panel.py" line="179"/>
        <source>single person</source>
        <translation>alleenstaande</translation>
    </message>
    <message>
        <location filename="../app/ui/sdv_panel.py" line="180"/>
        <source>single parent</source>
        <translation>alleenstaande ouder</translation>
    </message>
    <message>
        <location filename="../app/ui/sdv_panel.py" line="181"/>
        <source>couple</source>
        <translation>paar</translation>
    </message>
    <message>
        <location filename="../app/ui/sdv_panel.py" line="182"/>
        <source>couple with children</source>
        <translation>paar met kinderen</translation>
    </message>
    <message>
        <location filename="../app/ui/sdv_panel.py" line="187"/>
        <source>Rent arrears</source>
        <translation>Huurachterstand</translation>
    </message>
    <message>
        <location filename="../app/ui/sdv_panel.py" line="188"/>
        <source>Energy</source>
        <translation>Energie</translation>
    </message>
    <message>
        <location filename="../app/ui/sdv_panel.py" line="189"/>
        <source>Water</source>
        <translation>Water</translation>
    </message>
    <message>
        <location filename="../app/ui/sdv_panel.py" line="190"/>
        <source>Health insurance</source>
        <translation>Zorgverzekering</translation>
    </message>
    <message>
        <location filename="../app/ui/sdv_panel.py" line="191"/>
        <source>Other</source>
        <translation>Overig</translation>
    </message>
    <message>
        <location filename="../app/ui/sdv_panel.py" line="195"/>
        <source>Household budget (per month)</source>
        <translation>Huishoudbudget (per maand)</translation>
    </message>
    <message>
        <location filename="../app/ui/sdv_panel.py" line="203"/>
        <source>e.g. 806,20</source>
        <translation>bijv. 806,20</translation>
    </message>
    <message>
        <location filename="../app/ui/sdv_panel.py" line="212"/>
        <source>Household</source>
        <translation>Huishouden</translation>
    </message>
    <message>
        <location filename="../app/ui/sdv_panel.py" line="213"/>
        <source>Children living at home</source>
        <translation>Thuiswonende kinderen</translation>
    </message>
    <message>
        <location filename="../app/ui/sdv_panel.py" line="214"/>
        <source>Current rent (€)</source>
        <translation>Lopende huur (€)</translation>
    </message>
    <message>
        <location filename="../app/ui/sdv_panel.py" line="220"/>
        <source>Add income</source>
        <translation>Inkomen toevoegen</translation>
    </message>
    <message>
        <location filename="../app/ui/sdv_panel.py" line="222"/>
        <location filename="../app/ui/sdv_panel.py" line="226"/>
        <location filename="../app/ui/sdv_panel.py" line="342"/>
        <source>Remove row</source>
        <translation>Regel verwijderen</translation>
    </message>
    <message>
        <location filename="../app/ui/sdv_panel.py" line="224"/>
        <source>Add fixed cost</source>
        <translation>Vaste last toevoegen</translation>
    </message>
    <message>
        <location filename="../app/ui/sdv_panel.py" line="217"/>
        <location filename="../app/ui/sdv_panel.py" line="232"/>
        <source>Incomes</source>
        <translation>Inkomsten</translation>
    </message>
    <message>
        <location filename="../app/ui/sdv_panel.py" line="219"/>
        <location filename="../app/ui/sdv_panel.py" line="233"/>
        <source>Fixed costs (besides rent)</source>
        <translation>Vaste lasten (naast de huur)</translation>
    </message>
    <message>
        <location filename="../app/ui/sdv_panel.py" line="243"/>
        <source>Type amounts the Dutch way, e.g. 1.234,56. Leave a row empty to skip it. Living money is not a fixed cost: the office norm is subtracted for you.</source>
        <translation>Typ bedragen met een komma voor de centen, bijvoorbeeld 1.234,56. Een lege regel telt niet mee. Leefgeld is geen vaste last: de norm van uw organisatie wordt er vanzelf van afgetrokken.</translation>
    </message>
    <message>
        <location filename="../app/ui/sdv_panel.py" line="270"/>
        <source>Description</source>
        <translation>Omschrijving</translation>
    </message>
    <message>
        <location filename="../app/ui/sdv_panel.py" line="270"/>
        <location filename="../app/ui/sdv_panel.py" line="320"/>
        <source>Amount (€)</source>
        <translation>Bedrag (€)</translation>
    </message>
    <message>
        <location filename="../app/ui/sdv_panel.py" line="289"/>
        <source>Repayment capacity</source>
        <translation>Aflossingscapaciteit</translation>
    </message>
    <message>
        <location filename="../app/ui/sdv_panel.py" line="313"/>
        <location filename="../app/ui/sdv_panel.py" line="315"/>
        <source>Debts</source>
        <translation>Schulden</translation>
    </message>
    <message>
        <location filename="../app/ui/sdv_panel.py" line="318"/>
        <location filename="../app/ui/sdv_panel.py" line="1289"/>
        <source>Creditor</source>
        <translation>Schuldeiser</translation>
    </message>
    <message>
        <location filename="../app/ui/sdv_panel.py" line="319"/>
        <location filename="../app/ui/sdv_panel.py" line="482"/>
        <location filename="../app/ui/sdv_panel.py" line="1290"/>
        <source>Kind</source>
        <translation>Soort</translation>
    </message>
    <message>
        <location filename="../app/ui/sdv_panel.py" line="321"/>
        <location filename="../app/ui/sdv_panel.py" line="1291"/>
        <source>Preferential</source>
        <translation>Preferent</translation>
    </message>
    <message>
        <location filename="../app/ui/sdv_panel.py" line="322"/>
        <source>Date established (optional)</source>
        <translation>Ontstaan op (optioneel)</translation>
    </message>
    <message>
        <location filename="../app/ui/sdv_panel.py" line="339"/>
        <source>Add debt</source>
        <translation>Schuld toevoegen</translation>
    </message>
    <message>
        <location filename="../app/ui/sdv_panel.py" line="353"/>
        <source>Add the rent arrears as a debt of kind “Rent arrears”: the arrangement is made for that amount. Dates are typed as dd-mm-yyyy.</source>
        <translation>Neem de huurachterstand op als schuld van de soort “Huurachterstand”: de betalingsregeling wordt voor dat bedrag gemaakt. Typ datums als dd-mm-jjjj.</translation>
    </message>
    <message>
        <location filename="../app/ui/sdv_panel.py" line="365"/>
        <source>Save inventory</source>
        <translation>Inventarisatie opslaan</translation>
    </message>
    <message>
        <location filename="../app/ui/sdv_panel.py" line="367"/>
        <source>Discard changes</source>
        <translation>Wijzigingen weggooien</translation>
    </message>
    <message>
        <location filename="../app/ui/sdv_panel.py" line="377"/>
        <source>Proposal</source>
        <translation>Voorstel</translation>
    </message>
    <message>
        <location filename="../app/ui/sdv_panel.py" line="378"/>
        <source>Arrears arrangement (H 6.2)</source>
        <translation>Betalingsregeling huurachterstand (H 6.2)</translation>
    </message>
    <message>
        <location filename="../app/ui/sdv_panel.py" line="379"/>
        <source>Amicable settlement offer (H 7.3)</source>
        <translation>Aanbod minnelijk traject (H 7.3)</translation>
    </message>
    <message>
        <location filename="../app/ui/sdv_panel.py" line="380"/>
        <source>Not possible yet (H 6.3)</source>
        <translation>Nog geen voorstel mogelijk (H 6.3)</translation>
    </message>
    <message>
        <location filename="../app/ui/sdv_panel.py" line="398"/>
        <source>empty = lowest amount that fits</source>
        <translation>leeg = laagste bedrag dat past</translation>
    </message>
    <message>
        <location filename="../app/ui/sdv_panel.py" line="403"/>
        <source> months</source>
        <translation> maanden</translation>
    </message>
    <message>
        <location filename="../app/ui/sdv_panel.py" line="409"/>
        <source>Records that no proposal can be made yet because the inventory of the debts is not complete (H 6.3). Tell the corporation with the proposal letter.</source>
        <translation>Legt vast dat er nog geen voorstel mogelijk is, omdat de inventarisatie van de schulden nog niet rond is (H 6.3). Laat dit de corporatie weten met de voorstelbrief.</translation>
    </message>
    <message>
        <location filename="../app/ui/sdv_panel.py" line="417"/>
        <source>Tenant pays the current rent again from</source>
        <translation>Huurder betaalt de lopende huur weer vanaf</translation>
    </message>
    <message>
        <location filename="../app/ui/sdv_panel.py" line="418"/>
        <source>First instalment on</source>
        <translation>Eerste termijn op</translation>
    </message>
    <message>
        <location filename="../app/ui/sdv_panel.py" line="419"/>
        <source>Monthly amount (€, optional)</source>
        <translation>Bedrag per maand (€, optioneel)</translation>
    </message>
    <message>
        <location filename="../app/ui/sdv_panel.py" line="420"/>
        <source>Settlement term</source>
        <translation>Looptijd minnelijk traject</translation>
    </message>
    <message>
        <location filename="../app/ui/sdv_panel.py" line="440"/>
        <location filename="../app/ui/sdv_panel.py" line="1036"/>
        <source>Make proposal</source>
        <translation>Voorstel maken</translation>
    </message>
    <message>
        <location filename="../app/ui/sdv_panel.py" line="454"/>
        <location filename="../app/ui/sdv_panel.py" line="459"/>
        <source>Current proposal</source>
        <translation>Huidig voorstel</translation>
    </message>
    <message>
        <location filename="../app/ui/sdv_panel.py" line="465"/>
        <source>Proposal letter…</source>
        <translation>Voorstelbrief…</translation>
    </message>
    <message>
        <location filename="../app/ui/sdv_panel.py" line="471"/>
        <source>The proposal deadline is met when the letter is marked as sent to the corporation.</source>
        <translation>De termijn voor het voorstel is gehaald zodra de brief als verstuurd naar de corporatie is gemarkeerd.</translation>
    </message>
    <message>
        <location filename="../app/ui/sdv_panel.py" line="477"/>
        <location filename="../app/ui/sdv_panel.py" line="480"/>
        <source>All proposals for this case</source>
        <translation>Alle voorstellen in deze zaak</translation>
    </message>
    <message>
        <location filename="../app/ui/sdv_panel.py" line="482"/>
        <source>Made on</source>
        <translation>Gemaakt op</translation>
    </message>
    <message>
        <location filename="../app/ui/sdv_panel.py" line="482"/>
        <source>Summary</source>
        <translation>Samenvatting</translation>
    </message>
    <message>
        <location filename="../app/ui/sdv_panel.py" line="482"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../app/ui/sdv_panel.py" line="552"/>
        <source>Kind of debt</source>
        <translation>Soort schuld</translation>
    </message>
    <message>
        <location filename="../app/ui/sdv_panel.py" line="585"/>
        <source>First click in the row to remove.</source>
        <translation>Klik eerst in de regel die u wilt verwijderen.</translation>
    </message>
    <message>
        <location filename="../app/ui/sdv_panel.py" line="657"/>
        <location filename="../app/ui/sdv_panel.py" line="701"/>
        <source>● Changes not saved yet.</source>
        <translation>● Wijzigingen nog niet opgeslagen.</translation>
    </message>
    <message>
        <location filename="../app/ui/sdv_panel.py" line="661"/>
        <source>Nothing saved yet. The household and the rent are suggested from the signal.</source>
        <translation>Nog niets opgeslagen. Het huishouden en de huur zijn overgenomen uit de melding.</translation>
    </message>
    <message>
        <location filename="../app/ui/sdv_panel.py" line="666"/>
        <source>Saved on %1 by %2.</source>
        <translation>Opgeslagen op %1 door %2.</translation>
    </message>
    <message>
        <location filename="../app/ui/sdv_panel.py" line="677"/>
        <source>Rent arrears to arrange: %1 (from the saved debts).</source>
        <translation>Huurachterstand voor de regeling: %1 (uit de opgeslagen schulden).</translation>
    </message>
    <message>
        <location filename="../app/ui/sdv_panel.py" line="682"/>
        <source>Rent arrears to arrange: %1 (from the signal; no rent arrears in the saved debts).</source>
        <translation>Huurachterstand voor de regeling: %1 (uit de melding; de opgeslagen schulden hebben geen huurachterstand).</translation>
    </message>
    <message>
        <location filename="../app/ui/sdv_panel.py" line="685"/>
        <source>No rent arrears known: add them as a debt of kind “Rent arrears”.</source>
        <translation>Geen huurachterstand bekend: neem die op als schuld van de soort “Huurachterstand”.</translation>
    </message>
    <message>
        <location filename="../app/ui/sdv_panel.py" line="689"/>
        <source>Leave empty for the lowest amount that pays off the arrears within %1 months (the office maximum).</source>
        <translation>Laat leeg voor het laagste bedrag waarmee de achterstand binnen %1 maanden is afgelost (het maximum van uw organisatie).</translation>
    </message>
    <message>
        <location filename="../app/ui/sdv_panel.py" line="719"/>
        <source>Please correct the marked fields:</source>
        <translation>Verbeter de gemarkeerde velden:</translation>
    </message>
    <message>
        <location filename="../app/ui/sdv_panel.py" line="735"/>
        <source>Current rent: fill in the rent (0 if there is none).</source>
        <translation>Lopende huur: vul de huur in (0 als er geen huur is).</translation>
    </message>
    <message>
        <location filename="../app/ui/sdv_panel.py" line="738"/>
        <source>Current rent: “%1” is not an amount; type it like 1.234,56.</source>
        <translation>Lopende huur: “%1” is geen bedrag; typ het zo: 1.234,56.</translation>
    </message>
    <message>
        <location filename="../app/ui/sdv_panel.py" line="745"/>
        <source>Income</source>
        <translation>Inkomen</translation>
    </message>
    <message>
        <location filename="../app/ui/sdv_panel.py" line="746"/>
        <source>Fixed cost</source>
        <translation>Vaste last</translation>
    </message>
    <message>
        <location filename="../app/ui/sdv_panel.py" line="757"/>
        <source>The budget cannot be used as filled in.</source>
        <translation>Het budget is zo niet te gebruiken.</translation>
    </message>
    <message>
        <location filename="../app/ui/sdv_panel.py" line="769"/>
        <source>%1 row %2</source>
        <translation>%1 regel %2</translation>
    </message>
    <message>
        <location filename="../app/ui/sdv_panel.py" line="776"/>
        <source>%1: the description is missing.</source>
        <translation>%1: de omschrijving ontbreekt.</translation>
    </message>
    <message>
        <location filename="../app/ui/sdv_panel.py" line="779"/>
        <source>%1: the description is longer than %2 characters.</source>
        <translation>%1: de omschrijving is langer dan %2 tekens.</translation>
    </message>
    <message>
        <location filename="../app/ui/sdv_panel.py" line="784"/>
        <location filename="../app/ui/sdv_panel.py" line="828"/>
        <source>%1: the amount is missing.</source>
        <translation>%1: het bedrag ontbreekt.</translation>
    </message>
    <message>
        <location filename="../app/ui/sdv_panel.py" line="801"/>
        <source>%1: “%2” is not an amount; type it like 1.234,56.</source>
        <translation>%1: “%2” is geen bedrag; typ het zo: 1.234,56.</translation>
    </message>
    <message>
        <location filename="../app/ui/sdv_panel.py" line="814"/>
        <source>Debt row %1</source>
        <translation>Schuld regel %1</translation>
    </message>
    <message>
        <location filename="../app/ui/sdv_panel.py" line="820"/>
        <source>%1: the creditor is missing.</source>
        <translation>%1: de schuldeiser ontbreekt.</translation>
    </message>
    <message>
        <location filename="../app/ui/sdv_panel.py" line="823"/>
        <source>%1: the creditor&apos;s name is longer than %2 characters.</source>
        <translation>%1: de naam van de schuldeiser is langer dan %2 tekens.</translation>
    </message>
    <message>
        <location filename="../app/ui/sdv_panel.py" line="837"/>
        <source>%1: the amount must be more than € 0,00.</source>
        <translation>%1: het bedrag moet meer zijn dan € 0,00.</translation>
    </message>
    <message>
        <location filename="../app/ui/sdv_panel.py" line="844"/>
        <source>%1: “%2” is not a date; type it like 15-03-2026.</source>
        <translation>%1: “%2” is geen datum; typ het zo: 15-03-2026.</translation>
    </message>
    <message>
        <location filename="../app/ui/sdv_panel.py" line="851"/>
        <source>%1: the date established lies in the future.</source>
        <translation>%1: de datum waarop de schuld ontstond ligt in de toekomst.</translation>
    </message>
    <message>
        <location filename="../app/ui/sdv_panel.py" line="884"/>
        <source>Total debts: %1</source>
        <translation>Totaal schulden: %1</translation>
    </message>
    <message>
        <location filename="../app/ui/sdv_panel.py" line="886"/>
        <source>of which rent arrears: %1</source>
        <translation>waarvan huurachterstand: %1</translation>
    </message>
    <message>
        <location filename="../app/ui/sdv_panel.py" line="888"/>
        <source>(rows with a problem are not counted)</source>
        <translation>(regels met een fout tellen niet mee)</translation>
    </message>
    <message>
        <location filename="../app/ui/sdv_panel.py" line="897"/>
        <source>The capacity is shown again once every amount in the budget is valid.</source>
        <translation>De aflossingscapaciteit verschijnt weer zodra alle bedragen in het budget kloppen.</translation>
    </message>
    <message>
        <location filename="../app/ui/sdv_panel.py" line="904"/>
        <source>%1 per month</source>
        <translation>%1 per maand</translation>
    </message>
    <message>
        <location filename="../app/ui/sdv_panel.py" line="911"/>
        <source>Enter the household&apos;s monthly incomes to see the repayment capacity.</source>
        <translation>Vul de maandelijkse inkomsten van het huishouden in om de aflossingscapaciteit te zien.</translation>
    </message>
    <message>
        <location filename="../app/ui/sdv_panel.py" line="917"/>
        <source>✓ This much can go to repaying debts each month.</source>
        <translation>✓ Zoveel kan er elke maand naar het aflossen van schulden.</translation>
    </message>
    <message>
        <location filename="../app/ui/sdv_panel.py" line="924"/>
        <source>⚠ There is no room to repay. Check the incomes and costs; without room no arrangement or settlement can be proposed yet.</source>
        <translation>⚠ Er is geen ruimte om af te lossen. Controleer de inkomsten en de lasten; zonder ruimte kan er nog geen betalingsregeling of minnelijk traject worden voorgesteld.</translation>
    </message>
    <message>
        <location filename="../app/ui/sdv_panel.py" line="932"/>
        <source>Living money by the office norm: %1 for this household type, plus %2 per child.</source>
        <translation>Leefgeld volgens de norm van uw organisatie: %1 voor dit soort huishouden, plus %2 per kind.</translation>
    </message>
    <message>
        <location filename="../app/ui/sdv_panel.py" line="942"/>
        <source>Current rent</source>
        <translation>Lopende huur</translation>
    </message>
    <message>
        <location filename="../app/ui/sdv_panel.py" line="945"/>
        <source>Living money by the norm (%1; children: %2)</source>
        <translation>Leefgeld volgens de norm (%1; kinderen: %2)</translation>
    </message>
    <message>
        <location filename="../app/ui/sdv_panel.py" line="950"/>
        <source>Repayment capacity per month</source>
        <translation>Aflossingscapaciteit per maand</translation>
    </message>
    <message>
        <location filename="../app/ui/sdv_panel.py" line="979"/>
        <source>The inventory is saved.</source>
        <translation>De inventarisatie is opgeslagen.</translation>
    </message>
    <message>
        <location filename="../app/ui/sdv_panel.py" line="996"/>
        <source>The inventory could not be saved: a value is not valid. Check the form.</source>
        <translation>De inventarisatie is niet opgeslagen: een waarde klopt niet. Controleer het formulier.</translation>
    </message>
    <message>
        <location filename="../app/ui/sdv_panel.py" line="1038"/>
        <source>The inventory has changes that are not saved yet. A proposal is made from the saved inventory. Save the changes now and make the proposal?</source>
        <translation>De inventarisatie heeft wijzigingen die nog niet zijn opgeslagen. Een voorstel wordt gemaakt vanuit de opgeslagen inventarisatie. Wilt u de wijzigingen nu opslaan en het voorstel maken?</translation>
    </message>
    <message>
        <location filename="../app/ui/sdv_panel.py" line="1047"/>
        <source>The inventory has problems, so no proposal was made.</source>
        <translation>De inventarisatie bevat fouten, daarom is er geen voorstel gemaakt.</translation>
    </message>
    <message>
        <location filename="../app/ui/sdv_panel.py" line="1089"/>
        <source>No proposal was made: the amounts do not fit together. Check the monthly amount and the inventory.</source>
        <translation>Er is geen voorstel gemaakt: de bedragen passen niet bij elkaar. Controleer het bedrag per maand en de inventarisatie.</translation>
    </message>
    <message>
        <location filename="../app/ui/sdv_panel.py" line="1108"/>
        <source>Monthly amount: “%1” is not an amount; type it like 75,00.</source>
        <translation>Bedrag per maand: “%1” is geen bedrag; typ het zo: 75,00.</translation>
    </message>
    <message>
        <location filename="../app/ui/sdv_panel.py" line="1111"/>
        <source>The monthly amount must be more than € 0,00.</source>
        <translation>Het bedrag per maand moet meer zijn dan € 0,00.</translation>
    </message>
    <message>
        <location filename="../app/ui/sdv_panel.py" line="1128"/>
        <source>The monthly amount %1 is more than the repayment capacity of %2 per month.</source>
        <translation>Het bedrag per maand van %1 is meer dan de aflossingscapaciteit van %2 per maand.</translation>
    </message>
    <message>
        <location filename="../app/ui/sdv_panel.py" line="1138"/>
        <source>At %1 per month the arrears take %2 months; the office allows at most %3 months. Choose a higher amount or leave the field empty.</source>
        <translation>Met %1 per maand duurt het aflossen van de achterstand %2 maanden; uw organisatie staat hoogstens %3 maanden toe. Kies een hoger bedrag of laat het veld leeg.</translation>
    </message>
    <message>
        <location filename="../app/ui/sdv_panel.py" line="1146"/>
        <source>There is no saved household budget yet. Fill in the budget and save the inventory first.</source>
        <translation>Er is nog geen huishoudbudget opgeslagen. Vul eerst het budget in en sla de inventarisatie op.</translation>
    </message>
    <message>
        <location filename="../app/ui/sdv_panel.py" line="1150"/>
        <source>No rent arrears are known. Add the arrears as a debt of kind “Rent arrears” and save the inventory.</source>
        <translation>Er is geen huurachterstand bekend. Neem de achterstand op als schuld van de soort “Huurachterstand” en sla de inventarisatie op.</translation>
    </message>
    <message>
        <location filename="../app/ui/sdv_panel.py" line="1154"/>
        <source>A settlement offer needs the debts. Add them and save the inventory first.</source>
        <translation>Voor een aanbod in het minnelijk traject zijn de schulden nodig. Voeg ze toe en sla eerst de inventarisatie op.</translation>
    </message>
    <message>
        <location filename="../app/ui/sdv_panel.py" line="1156"/>
        <source>The first instalment cannot lie in the past.</source>
        <translation>De eerste termijn kan niet in het verleden liggen.</translation>
    </message>
    <message>
        <location filename="../app/ui/sdv_panel.py" line="1157"/>
        <source>This case is closed; no proposal can be made.</source>
        <translation>Deze zaak is afgesloten; er kan geen voorstel meer worden gemaakt.</translation>
    </message>
    <message>
        <location filename="../app/ui/sdv_panel.py" line="1158"/>
        <source>The proposal could not be made.</source>
        <translation>Het voorstel kon niet worden gemaakt.</translation>
    </message>
    <message>
        <location filename="../app/ui/sdv_panel.py" line="1162"/>
        <source>Arrears arrangement</source>
        <translation>Betalingsregeling</translation>
    </message>
    <message>
        <location filename="../app/ui/sdv_panel.py" line="1163"/>
        <source>Settlement offer</source>
        <translation>Aanbod minnelijk traject</translation>
    </message>
    <message>
        <location filename="../app/ui/sdv_panel.py" line="1164"/>
        <source>Not possible yet</source>
        <translation>Nog niet mogelijk</translation>
    </message>
    <message>
        <location filename="../app/ui/sdv_panel.py" line="1174"/>
        <source>No proposal made yet. Choose what to propose above and press “Make proposal”.</source>
        <translation>Nog geen voorstel gemaakt. Kies hierboven wat u wilt voorstellen en klik op “Voorstel maken”.</translation>
    </message>
    <message>
        <location filename="../app/ui/sdv_panel.py" line="1185"/>
        <source>sent on %1</source>
        <translation>verstuurd op %1</translation>
    </message>
    <message>
        <location filename="../app/ui/sdv_panel.py" line="1187"/>
        <source>replaced by a newer proposal</source>
        <translation>vervangen door een nieuwer voorstel</translation>
    </message>
    <message>
        <location filename="../app/ui/sdv_panel.py" line="1189"/>
        <source>current, not sent yet</source>
        <translation>huidig, nog niet verstuurd</translation>
    </message>
    <message>
        <location filename="../app/ui/sdv_panel.py" line="1220"/>
        <source>%1, made on %2 by %3</source>
        <translation>%1, gemaakt op %2 door %3</translation>
    </message>
    <message>
        <location filename="../app/ui/sdv_panel.py" line="1226"/>
        <source>sent to the corporation on %1</source>
        <translation>op %1 naar de corporatie verstuurd</translation>
    </message>
    <message>
        <location filename="../app/ui/sdv_panel.py" line="1228"/>
        <source>not sent yet</source>
        <translation>nog niet verstuurd</translation>
    </message>
    <message>
        <location filename="../app/ui/sdv_panel.py" line="1236"/>
        <source>Arrears of %1 in one instalment; current rent paid again from %4.</source>
        <translation>Achterstand van %1 in één termijn; de lopende huur wordt weer betaald vanaf %4.</translation>
    </message>
    <message>
        <location filename="../app/ui/sdv_panel.py" line="1239"/>
        <source>Arrears of %1 in %2 monthly instalments of %3; current rent paid again from %4.</source>
        <translation>Achterstand van %1 in %2 maandelijkse termijnen van %3; de lopende huur wordt weer betaald vanaf %4.</translation>
    </message>
    <message>
        <location filename="../app/ui/sdv_panel.py" line="1251"/>
        <source>No.</source>
        <translation>Nr.</translation>
    </message>
    <message>
        <location filename="../app/ui/sdv_panel.py" line="1251"/>
        <source>Due on</source>
        <translation>Te betalen op</translation>
    </message>
    <message>
        <location filename="../app/ui/sdv_panel.py" line="1251"/>
        <source>Amount</source>
        <translation>Bedrag</translation>
    </message>
    <message>
        <location filename="../app/ui/sdv_panel.py" line="1251"/>
        <source>Remaining</source>
        <translation>Nog te betalen</translation>
    </message>
    <message>
        <location filename="../app/ui/sdv_panel.py" line="1270"/>
        <source>Offer of %1% of the total debt of %2 against final discharge: %3 in one month.</source>
        <translation>Aanbod van %1% van de totale schuld van %2 tegen finale kwijting: %3 in één maand.</translation>
    </message>
    <message>
        <location filename="../app/ui/sdv_panel.py" line="1274"/>
        <source>Offer of %1% of the total debt of %2 against final discharge: %3 in %4 months.</source>
        <translation>Aanbod van %1% van de totale schuld van %2 tegen finale kwijting: %3 in %4 maanden.</translation>
    </message>
    <message>
        <location filename="../app/ui/sdv_panel.py" line="1285"/>
        <source>The capacity pays the whole debt: this is a repayment, not a settlement.</source>
        <translation>Met deze aflossingscapaciteit wordt de hele schuld betaald: dit is een volledige aflossing, geen aanbod tegen finale kwijting.</translation>
    </message>
    <message>
        <location filename="../app/ui/sdv_panel.py" line="1292"/>
        <source>Debt</source>
        <translation>Schuld</translation>
    </message>
    <message>
        <location filename="../app/ui/sdv_panel.py" line="1293"/>
        <source>Share offered</source>
        <translation>Aangeboden deel</translation>
    </message>
    <message>
        <location filename="../app/ui/sdv_panel.py" line="1299"/>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <location filename="../app/ui/sdv_panel.py" line="1308"/>
        <source>Total</source>
        <translation>Totaal</translation>
    </message>
    <message>
        <location filename="../app/ui/sdv_panel.py" line="1318"/>
        <source>Not possible yet: %1</source>
        <translation>Nog geen voorstel mogelijk: %1</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../app/ui/settings_dialog.py" line="129"/>
        <location filename="../app/ui/settings_dialog.py" line="477"/>
        <source>Settings</source>
        <extracomment>how long closing for a lock waits for a save that is still running (ms)</extracomment>
        <translation>Instellingen</translation>
    </message>
    <message>
        <location filename="../app/ui/settings_dialog.py" line="156"/>
        <source>Settings pages</source>
        <translation>Onderdelen van de instellingen</translation>
    </message>
    <message>
        <location filename="../app/ui/settings_dialog.py" line="383"/>
        <source>Saving and recomputing the deadlines of all cases…</source>
        <translation>Opslaan en de termijnen van alle zaken opnieuw berekenen…</translation>
    </message>
    <message>
        <location filename="../app/ui/settings_dialog.py" line="385"/>
        <source>Saving…</source>
        <translation>Opslaan…</translation>
    </message>
    <message>
        <location filename="../app/ui/settings_dialog.py" line="426"/>
        <source>Saved.</source>
        <translation>Opgeslagen.</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/ui/settings_dialog.py" line="429"/>
        <source>The deadlines of %n case(s) were recomputed.</source>
        <translation>
            <numerusform>De termijnen van %n zaak zijn opnieuw berekend.</numerusform>
            <numerusform>De termijnen van %n zaken zijn opnieuw berekend.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/ui/settings_dialog.py" line="432"/>
        <source>The new language is used the next time Vangnet starts.</source>
        <translation>De nieuwe taal wordt gebruikt zodra u Vangnet opnieuw start.</translation>
    </message>
    <message>
        <location filename="../app/ui/settings_dialog.py" line="344"/>
        <location filename="../app/ui/settings_dialog.py" line="453"/>
        <source>Nothing was saved. See: %1.</source>
        <translation>Er is niets opgeslagen. Kijk bij: %1.</translation>
    </message>
    <message>
        <location filename="../app/ui/settings_dialog.py" line="462"/>
        <source>an unexpected error (reference for your administrator: %1)</source>
        <translation>een onverwachte fout (foutcode voor uw beheerder: %1)</translation>
    </message>
    <message>
        <location filename="../app/ui/settings_dialog.py" line="464"/>
        <source>Nothing was saved: %1</source>
        <translation>Er is niets opgeslagen: %1</translation>
    </message>
    <message>
        <location filename="../app/ui/settings_dialog.py" line="478"/>
        <source>You changed settings on: %1. Save the changes?</source>
        <translation>U hebt instellingen veranderd bij: %1. Wilt u de wijzigingen opslaan?</translation>
    </message>
</context>
<context>
    <name>SubjectExport</name>
    <message>
        <location filename="../app/ui/subject_export_actions.py" line="30"/>
        <source>Access: export everything about this tenant…</source>
        <translation>Inzage: alles over deze huurder exporteren…</translation>
    </message>
    <message>
        <location filename="../app/ui/subject_export_actions.py" line="40"/>
        <source>Choose the folder for the export</source>
        <translation>Kies de map voor de export</translation>
    </message>
    <message>
        <location filename="../app/ui/subject_export_actions.py" line="46"/>
        <source>Export here</source>
        <translation>Hier exporteren</translation>
    </message>
    <message>
        <location filename="../app/ui/subject_export_actions.py" line="67"/>
        <location filename="../app/ui/subject_export_actions.py" line="82"/>
        <location filename="../app/ui/subject_export_actions.py" line="124"/>
        <source>Access export</source>
        <translation>Inzage-export</translation>
    </message>
    <message>
        <location filename="../app/ui/subject_export_actions.py" line="73"/>
        <source>and %1 document(s) in the folder %2.</source>
        <translation>en %1 document(en) in de map %2.</translation>
    </message>
    <message>
        <location filename="../app/ui/subject_export_actions.py" line="78"/>
        <source>There are no stored documents.</source>
        <translation>Er zijn geen bewaarde documenten.</translation>
    </message>
    <message>
        <location filename="../app/ui/subject_export_actions.py" line="83"/>
        <source>Everything Vangnet keeps about this tenant was written to:
%1
%2

These files are not encrypted. Give them to the tenant in a safe way and delete your copy afterwards.</source>
        <translation>Alles wat Vangnet over deze huurder bewaart, is weggeschreven naar:
%1
%2

Deze bestanden zijn niet versleuteld. Geef ze op een veilige manier aan de huurder en verwijder daarna uw kopie.</translation>
    </message>
    <message>
        <location filename="../app/ui/subject_export_actions.py" line="101"/>
        <source>Open a case first.</source>
        <translation>Open eerst een zaak.</translation>
    </message>
    <message>
        <location filename="../app/ui/subject_export_actions.py" line="125"/>
        <source>The folder %1 already holds an export of this case from today. Do you want to replace it?</source>
        <translation>De map %1 bevat al een export van deze zaak van vandaag. Wilt u die vervangen?</translation>
    </message>
</context>
<context>
    <name>TermsPage</name>
    <message>
        <location filename="../app/ui/settings_pages.py" line="786"/>
        <source>Terms</source>
        <translation>Termijnen</translation>
    </message>
    <message>
        <location filename="../app/ui/settings_pages.py" line="788"/>
        <source>The terms your covenant leaves to the office. When you save, the deadlines of all cases are recomputed.</source>
        <translation>De termijnen die uw convenant aan het kantoor overlaat. Bij het opslaan worden de termijnen van alle zaken opnieuw berekend.</translation>
    </message>
    <message>
        <location filename="../app/ui/settings_pages.py" line="801"/>
        <source>Your covenant (%1) sets every term itself, so there is nothing to choose here.</source>
        <translation>Uw convenant (%1) legt alle termijnen zelf vast. Hier is dus niets te kiezen.</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/ui/settings_pages.py" line="834"/>
        <source>%n working day(s)</source>
        <translation>
            <numerusform>%n werkdag</numerusform>
            <numerusform>%n werkdagen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/ui/settings_pages.py" line="835"/>
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n dag</numerusform>
            <numerusform>%n dagen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/ui/settings_pages.py" line="836"/>
        <source>%n week(s)</source>
        <translation>
            <numerusform>%n week</numerusform>
            <numerusform>%n weken</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/ui/settings_pages.py" line="837"/>
        <source>%n month(s)</source>
        <translation>
            <numerusform>%n maand</numerusform>
            <numerusform>%n maanden</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TroubleshooterPage</name>
    <message>
        <location filename="../app/ui/troubleshooter_page.py" line="108"/>
        <source>Show &amp;past eviction dates</source>
        <translation>Ook &amp;verstreken ontruimingsdata tonen</translation>
    </message>
    <message>
        <location filename="../app/ui/troubleshooter_page.py" line="110"/>
        <source>Also list open cases whose eviction date has already passed.</source>
        <translation>Toon ook open zaken waarvan de ontruimingsdatum al voorbij is.</translation>
    </message>
    <message>
        <location filename="../app/ui/troubleshooter_page.py" line="162"/>
        <source>What was tried and whom to call</source>
        <translation>Wat is geprobeerd en wie u belt</translation>
    </message>
    <message>
        <location filename="../app/ui/troubleshooter_page.py" line="165"/>
        <source>&amp;Open case</source>
        <translation>Zaak &amp;openen</translation>
    </message>
    <message>
        <location filename="../app/ui/troubleshooter_page.py" line="167"/>
        <source>H&amp;and over…</source>
        <translation>Overdr&amp;agen…</translation>
    </message>
    <message>
        <location filename="../app/ui/troubleshooter_page.py" line="169"/>
        <source>Hand this case over to the wijkteam, SDV or troubleshooter on another laptop</source>
        <translation>Draag deze zaak over aan het wijkteam, de SDV of de troubleshooter op een andere laptop</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/ui/troubleshooter_page.py" line="220"/>
        <source>%n case(s)</source>
        <translation>
            <numerusform>%n zaak</numerusform>
            <numerusform>%n zaken</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/ui/troubleshooter_page.py" line="99"/>
        <source>Every open case with an eviction date, soonest first (H 8): the troubleshooter acts on each. Below them, the cases handed to the troubleshooter without an eviction date (H 2.3). Select a case to see what was tried and whom to call at the corporation; press Enter to open it.</source>
        <translation>Elke open zaak met een ontruimingsdatum, de eerstvolgende bovenaan (H 8): de troubleshooter komt bij elke zaak in actie. Daaronder de zaken die zonder ontruimingsdatum aan de troubleshooter zijn overgedragen (H 2.3). Kies een zaak om te zien wat er is geprobeerd en wie u bij de corporatie belt; druk op Enter om haar te openen.</translation>
    </message>
    <message>
        <location filename="../app/ui/troubleshooter_page.py" line="95"/>
        <source>Troubleshooter</source>
        <extracomment>the tone of the date cells (&quot;critical&quot;, &quot;urgent&quot;, &quot;attention&quot;, &quot;planned&quot;, &quot;passed&quot;, &quot;met&quot;, &quot;called_in&quot;): what the colour and symbol say, as data</extracomment>
        <translation>Troubleshooter</translation>
    </message>
    <message>
        <location filename="../app/ui/troubleshooter_page.py" line="122"/>
        <source>Cases for the troubleshooter</source>
        <translation>Zaken voor de troubleshooter</translation>
    </message>
    <message>
        <location filename="../app/ui/troubleshooter_page.py" line="225"/>
        <source>No open case has an eviction date or was handed to the troubleshooter.</source>
        <translation>Geen open zaak heeft een ontruimingsdatum of is aan de troubleshooter overgedragen.</translation>
    </message>
    <message>
        <location filename="../app/ui/troubleshooter_page.py" line="228"/>
        <source>No open case has an eviction date today or later or was handed to the troubleshooter. Tick “Show past eviction dates” to see cases whose date has passed.</source>
        <translation>Geen open zaak heeft een ontruimingsdatum vanaf vandaag of is aan de troubleshooter overgedragen. Vink “Ook verstreken ontruimingsdata tonen” aan om zaken te zien waarvan de datum voorbij is.</translation>
    </message>
    <message>
        <location filename="../app/ui/troubleshooter_page.py" line="259"/>
        <location filename="../app/ui/troubleshooter_page.py" line="443"/>
        <source>Eviction date</source>
        <translation>Ontruimingsdatum</translation>
    </message>
    <message>
        <location filename="../app/ui/troubleshooter_page.py" line="260"/>
        <source>Time left</source>
        <translation>Resterende tijd</translation>
    </message>
    <message>
        <location filename="../app/ui/troubleshooter_page.py" line="261"/>
        <source>Tenant</source>
        <translation>Huurder</translation>
    </message>
    <message>
        <location filename="../app/ui/troubleshooter_page.py" line="262"/>
        <source>Corporation</source>
        <translation>Corporatie</translation>
    </message>
    <message>
        <location filename="../app/ui/troubleshooter_page.py" line="263"/>
        <source>Bailiff</source>
        <translation>Deurwaarder</translation>
    </message>
    <message>
        <location filename="../app/ui/troubleshooter_page.py" line="264"/>
        <source>Signals</source>
        <translation>Signalen</translation>
    </message>
    <message>
        <location filename="../app/ui/troubleshooter_page.py" line="294"/>
        <source>Double-click or press Enter to open the case</source>
        <translation>Dubbelklik of druk op Enter om de zaak te openen</translation>
    </message>
    <message>
        <location filename="../app/ui/troubleshooter_page.py" line="330"/>
        <source>specific question (H 2.3a)</source>
        <translation>specifieke vraag (H 2.3a)</translation>
    </message>
    <message>
        <location filename="../app/ui/troubleshooter_page.py" line="331"/>
        <source>stuck case (H 2.3b)</source>
        <translation>vastgelopen zaak (H 2.3b)</translation>
    </message>
    <message>
        <location filename="../app/ui/troubleshooter_page.py" line="332"/>
        <source>handed over (H 2.3)</source>
        <translation>overgedragen (H 2.3)</translation>
    </message>
    <message>
        <location filename="../app/ui/troubleshooter_page.py" line="338"/>
        <source>no eviction date: %1</source>
        <translation>geen ontruimingsdatum: %1</translation>
    </message>
    <message>
        <location filename="../app/ui/troubleshooter_page.py" line="340"/>
        <source>today</source>
        <translation>vandaag</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/ui/troubleshooter_page.py" line="341"/>
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n dag</numerusform>
            <numerusform>%n dagen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/ui/troubleshooter_page.py" line="343"/>
        <source>passed %1 ago</source>
        <translation>voorbij, %1 geleden</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/ui/troubleshooter_page.py" line="344"/>
        <source>%n working day(s)</source>
        <translation>
            <numerusform>%n werkdag</numerusform>
            <numerusform>%n werkdagen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/ui/troubleshooter_page.py" line="345"/>
        <source>in %1 (%2)</source>
        <translation>over %1 (%2)</translation>
    </message>
    <message>
        <location filename="../app/ui/troubleshooter_page.py" line="351"/>
        <source>The eviction date has passed: %1.</source>
        <translation>De ontruimingsdatum is voorbij: %1.</translation>
    </message>
    <message>
        <location filename="../app/ui/troubleshooter_page.py" line="356"/>
        <source>The planned bailiff date is behind us: a fact, not a missed term.</source>
        <translation>De geplande deurwaardersdatum is voorbij. Dat is een feit, geen gemiste termijn.</translation>
    </message>
    <message>
        <location filename="../app/ui/troubleshooter_page.py" line="358"/>
        <source>The bailiff was averted (arrangement made or bailiff cancelled).</source>
        <translation>De deurwaarder is afgewend (regeling getroffen of deurwaarder ingetrokken).</translation>
    </message>
    <message>
        <location filename="../app/ui/troubleshooter_page.py" line="364"/>
        <source>Averted.</source>
        <translation>Afgewend.</translation>
    </message>
    <message>
        <location filename="../app/ui/troubleshooter_page.py" line="380"/>
        <source>No instrument deployed before the bailiff</source>
        <translation>Geen instrument ingezet vóór de deurwaarder</translation>
    </message>
    <message>
        <location filename="../app/ui/troubleshooter_page.py" line="391"/>
        <source>Select a case to see its details here.</source>
        <translation>Selecteer een zaak om hier de gegevens te zien.</translation>
    </message>
    <message>
        <location filename="../app/ui/troubleshooter_page.py" line="401"/>
        <source>nobody</source>
        <translation>niemand</translation>
    </message>
    <message>
        <location filename="../app/ui/troubleshooter_page.py" line="407"/>
        <source>Status: %1 · assigned to %2</source>
        <translation>Status: %1 · toegewezen aan %2</translation>
    </message>
    <message>
        <location filename="../app/ui/troubleshooter_page.py" line="420"/>
        <source>Sluitende Aanpak (A 1.13): the bailiff may only be engaged once at least one instrument has been deployed.</source>
        <translation>Sluitende Aanpak (A 1.13): de deurwaarder mag pas worden ingeschakeld als er minstens één instrument is ingezet.</translation>
    </message>
    <message>
        <location filename="../app/ui/troubleshooter_page.py" line="442"/>
        <source>none</source>
        <translation>geen</translation>
    </message>
    <message>
        <location filename="../app/ui/troubleshooter_page.py" line="447"/>
        <source>Troubleshooter called in</source>
        <translation>Troubleshooter ingeschakeld</translation>
    </message>
    <message>
        <location filename="../app/ui/troubleshooter_page.py" line="455"/>
        <source>Bailiff date</source>
        <translation>Deurwaardersdatum</translation>
    </message>
    <message>
        <location filename="../app/ui/troubleshooter_page.py" line="459"/>
        <source>Dates</source>
        <translation>Datums</translation>
    </message>
    <message>
        <location filename="../app/ui/troubleshooter_page.py" line="460"/>
        <source>What was tried</source>
        <translation>Wat is geprobeerd</translation>
    </message>
    <message>
        <location filename="../app/ui/troubleshooter_page.py" line="463"/>
        <source>Last actions</source>
        <translation>Laatste acties</translation>
    </message>
    <message>
        <location filename="../app/ui/troubleshooter_page.py" line="467"/>
        <source>Nothing recorded yet.</source>
        <translation>Nog niets vastgelegd.</translation>
    </message>
    <message>
        <location filename="../app/ui/troubleshooter_page.py" line="468"/>
        <source>Contact at %1</source>
        <translation>Contactpersoon bij %1</translation>
    </message>
    <message>
        <location filename="../app/ui/troubleshooter_page.py" line="481"/>
        <source>on %1: %2</source>
        <translation>op %1: %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/ui/troubleshooter_page.py" line="505"/>
        <source>%n attempt(s)</source>
        <translation>
            <numerusform>%n poging</numerusform>
            <numerusform>%n pogingen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/ui/troubleshooter_page.py" line="506"/>
        <source>reached %n time(s)</source>
        <translation>
            <numerusform>%n keer bereikt</numerusform>
            <numerusform>%n keer bereikt</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/ui/troubleshooter_page.py" line="509"/>
        <source>last on %1</source>
        <translation>laatst op %1</translation>
    </message>
    <message>
        <location filename="../app/ui/troubleshooter_page.py" line="511"/>
        <source>none yet</source>
        <translation>nog geen</translation>
    </message>
    <message>
        <location filename="../app/ui/troubleshooter_page.py" line="514"/>
        <source>(latest: %1)</source>
        <translation>(laatste: %1)</translation>
    </message>
    <message>
        <location filename="../app/ui/troubleshooter_page.py" line="518"/>
        <source>%1 on %2</source>
        <translation>%1 op %2</translation>
    </message>
    <message>
        <location filename="../app/ui/troubleshooter_page.py" line="525"/>
        <source>none deployed yet</source>
        <translation>nog geen ingezet</translation>
    </message>
    <message>
        <location filename="../app/ui/troubleshooter_page.py" line="529"/>
        <source>none recorded</source>
        <translation>geen vastgelegd</translation>
    </message>
    <message>
        <location filename="../app/ui/troubleshooter_page.py" line="531"/>
        <source>on %1</source>
        <translation>op %1</translation>
    </message>
    <message>
        <location filename="../app/ui/troubleshooter_page.py" line="533"/>
        <source>not yet</source>
        <translation>nog niet</translation>
    </message>
    <message>
        <location filename="../app/ui/troubleshooter_page.py" line="536"/>
        <source>Contact with the tenant</source>
        <translation>Contact met de huurder</translation>
    </message>
    <message>
        <location filename="../app/ui/troubleshooter_page.py" line="537"/>
        <source>Payment proposals</source>
        <translation>Betalingsvoorstellen</translation>
    </message>
    <message>
        <location filename="../app/ui/troubleshooter_page.py" line="538"/>
        <source>Payment arrangements</source>
        <translation>Betalingsregelingen</translation>
    </message>
    <message>
        <location filename="../app/ui/troubleshooter_page.py" line="539"/>
        <source>Refusals</source>
        <translation>Weigeringen</translation>
    </message>
    <message>
        <location filename="../app/ui/troubleshooter_page.py" line="540"/>
        <source>Instruments</source>
        <translation>Instrumenten</translation>
    </message>
    <message>
        <location filename="../app/ui/troubleshooter_page.py" line="541"/>
        <source>Troubleshooter informed</source>
        <translation>Troubleshooter ingelicht</translation>
    </message>
    <message>
        <location filename="../app/ui/troubleshooter_page.py" line="546"/>
        <source>payment arrangement</source>
        <translation>betalingsregeling</translation>
    </message>
    <message>
        <location filename="../app/ui/troubleshooter_page.py" line="547"/>
        <source>amicable settlement</source>
        <translation>minnelijke regeling</translation>
    </message>
    <message>
        <location filename="../app/ui/troubleshooter_page.py" line="548"/>
        <source>no proposal possible</source>
        <translation>geen voorstel mogelijk</translation>
    </message>
    <message>
        <location filename="../app/ui/troubleshooter_page.py" line="556"/>
        <source>reached</source>
        <translation>bereikt</translation>
    </message>
    <message>
        <location filename="../app/ui/troubleshooter_page.py" line="556"/>
        <source>not reached</source>
        <translation>niet bereikt</translation>
    </message>
    <message>
        <location filename="../app/ui/troubleshooter_page.py" line="569"/>
        <source>The shared contact list has no contact for %1.</source>
        <translation>De gedeelde contactlijst heeft geen contactpersoon voor %1.</translation>
    </message>
    <message>
        <location filename="../app/ui/troubleshooter_page.py" line="577"/>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <location filename="../app/ui/troubleshooter_page.py" line="578"/>
        <source>Phone</source>
        <translation>Telefoon</translation>
    </message>
    <message>
        <location filename="../app/ui/troubleshooter_page.py" line="581"/>
        <location filename="../app/ui/troubleshooter_page.py" line="584"/>
        <location filename="../app/ui/troubleshooter_page.py" line="587"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../app/ui/troubleshooter_page.py" line="584"/>
        <source>changed; waits for confirmation (Contacts)</source>
        <translation>gewijzigd; wacht op bevestiging (Contacten)</translation>
    </message>
    <message>
        <location filename="../app/ui/troubleshooter_page.py" line="588"/>
        <source>Organisation</source>
        <translation>Organisatie</translation>
    </message>
    <message>
        <location filename="../app/ui/troubleshooter_page.py" line="612"/>
        <source>Open case</source>
        <translation>Zaak openen</translation>
    </message>
    <message>
        <location filename="../app/ui/troubleshooter_page.py" line="613"/>
        <source>Hand over…</source>
        <translation>Overdragen…</translation>
    </message>
</context>
<context>
    <name>UnlockCode</name>
    <message>
        <location filename="../app/ui/unlock_code_dialog.py" line="86"/>
        <source>Unlock code: %1</source>
        <translation>Ontgrendelcode: %1</translation>
    </message>
    <message>
        <location filename="../app/ui/unlock_code_dialog.py" line="326"/>
        <source>Choose a new unlock code. From now on Vangnet asks for it at start and after every lock; the old code no longer opens it.</source>
        <translation>Kies een nieuwe ontgrendelcode. Vanaf nu vraagt Vangnet deze bij het starten en na elke vergrendeling; de oude code opent Vangnet niet meer.</translation>
    </message>
    <message>
        <location filename="../app/ui/unlock_code_dialog.py" line="335"/>
        <source>Vangnet takes the key to your data from this computer&apos;s keyring. So that a colleague cannot open it at your desk, Vangnet asks for your own unlock code at start and after every lock. Choose it now.</source>
        <translation>Vangnet haalt de sleutel van uw gegevens uit de sleutelbos van deze computer. Zodat een collega ze niet aan uw bureau kan openen, vraagt Vangnet bij het starten en na elke vergrendeling om uw eigen ontgrendelcode. Kies die nu.</translation>
    </message>
</context>
<context>
    <name>UnlockDialog</name>
    <message>
        <location filename="../app/ui/unlock_dialog.py" line="48"/>
        <source>Open Vangnet</source>
        <translation>Vangnet openen</translation>
    </message>
    <message>
        <location filename="../app/ui/unlock_dialog.py" line="51"/>
        <source>Type your passphrase or recovery key</source>
        <translation>Typ uw wachtwoordzin of herstelsleutel</translation>
    </message>
    <message>
        <location filename="../app/ui/unlock_dialog.py" line="54"/>
        <source>Vangnet is locked. Type your passphrase (or the recovery key from the printed sheet) to go on.</source>
        <translation>Vangnet is vergrendeld. Typ uw wachtwoordzin (of de herstelsleutel van het afgedrukte blad) om verder te gaan.</translation>
    </message>
    <message>
        <location filename="../app/ui/unlock_dialog.py" line="59"/>
        <source>Vangnet could not get the key for your data from this computer by itself. With your passphrase or the recovery key from the printed sheet you can open it.</source>
        <translation>Vangnet kon de sleutel van uw gegevens niet zelf van deze computer halen. Met uw wachtwoordzin of de herstelsleutel van het geprinte blad kunt u de gegevens openen.</translation>
    </message>
    <message>
        <location filename="../app/ui/unlock_dialog.py" line="67"/>
        <source>Data file: {path}</source>
        <translation>Gegevensbestand: {path}</translation>
    </message>
    <message>
        <location filename="../app/ui/unlock_dialog.py" line="70"/>
        <source>Tried: {reason}</source>
        <translation>Geprobeerd: {reason}</translation>
    </message>
    <message>
        <location filename="../app/ui/unlock_dialog.py" line="77"/>
        <source>Passphrase or recovery key</source>
        <translation>Wachtwoordzin of herstelsleutel</translation>
    </message>
    <message>
        <location filename="../app/ui/unlock_dialog.py" line="87"/>
        <source>Open</source>
        <translation>Openen</translation>
    </message>
    <message>
        <location filename="../app/ui/unlock_dialog.py" line="100"/>
        <source>Type your passphrase or recovery key first.</source>
        <translation>Typ eerst uw wachtwoordzin of herstelsleutel.</translation>
    </message>
    <message>
        <location filename="../app/ui/unlock_dialog.py" line="112"/>
        <source>There is no Vangnet data file at {path}.</source>
        <translation>Er is geen Vangnet-gegevensbestand op {path}.</translation>
    </message>
    <message>
        <location filename="../app/ui/unlock_dialog.py" line="123"/>
        <source>Something went wrong; nothing was changed (reference {ref}).</source>
        <translation>Er ging iets mis; er is niets veranderd (foutcode {ref}).</translation>
    </message>
    <message>
        <location filename="../app/ui/unlock_dialog.py" line="140"/>
        <source>This recovery key does not open this data file.</source>
        <translation>Deze herstelsleutel opent dit gegevensbestand niet.</translation>
    </message>
    <message>
        <location filename="../app/ui/unlock_dialog.py" line="143"/>
        <source>This looks like a recovery key with a typing error in group %1 (of 14). Check that group against the sheet and try again.</source>
        <translation>Dit lijkt een herstelsleutel met een typefout in groep %1 (van de 14). Vergelijk die groep met het blad en probeer het opnieuw.</translation>
    </message>
    <message>
        <location filename="../app/ui/unlock_dialog.py" line="148"/>
        <source>This looks like a recovery key, but one of the groups has a typing error. Check it against the sheet and try again.</source>
        <translation>Dit lijkt een herstelsleutel, maar in een van de groepen zit een typefout. Vergelijk hem met het blad en probeer het opnieuw.</translation>
    </message>
    <message>
        <location filename="../app/ui/unlock_dialog.py" line="153"/>
        <source>This passphrase does not open this data file. Check it and try again.</source>
        <translation>Deze wachtwoordzin opent dit gegevensbestand niet. Controleer hem en probeer het opnieuw.</translation>
    </message>
    <message>
        <location filename="../app/ui/unlock_dialog.py" line="169"/>
        <source>the passphrase in {name} (it does not open this data file)</source>
        <translation>de wachtwoordzin in {name} (die opent dit gegevensbestand niet)</translation>
    </message>
    <message>
        <location filename="../app/ui/unlock_code_dialog.py" line="355"/>
        <location filename="../app/ui/unlock_dialog.py" line="175"/>
        <source>the key in the keyring does not open this data file</source>
        <translation>de sleutel in de sleutelbos opent dit gegevensbestand niet</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <location filename="../app/ui/first_run.py" line="88"/>
        <source>Welcome to Vangnet</source>
        <translation>Welkom bij Vangnet</translation>
    </message>
    <message>
        <location filename="../app/ui/first_run.py" line="94"/>
        <source>Vangnet keeps your office&apos;s eviction-prevention cases in one place and counts down every deadline of the covenant. Everything stays on this computer, locked with a key.</source>
        <translation>Vangnet bewaart alle zaken van uw team over het voorkomen van huisuitzetting op één plek en telt elke termijn van het convenant af. Alles blijft op deze computer, vergrendeld met een sleutel.</translation>
    </message>
    <message>
        <location filename="../app/ui/first_run.py" line="103"/>
        <source>Setting up takes a few minutes: the name of your office, your covenant, and how to lock the data.</source>
        <translation>Instellen duurt een paar minuten: de naam van uw team, uw convenant en hoe u de gegevens vergrendelt.</translation>
    </message>
    <message>
        <location filename="../app/ui/first_run.py" line="112"/>
        <source>Just looking?</source>
        <translation>Alleen even kijken?</translation>
    </message>
    <message>
        <location filename="../app/ui/first_run.py" line="116"/>
        <source>The demo has invented people only. You can try everything; nothing you do there touches real data.</source>
        <translation>In de demo staan alleen verzonnen mensen. U kunt alles uitproberen; niets wat u daar doet, raakt echte gegevens.</translation>
    </message>
    <message>
        <location filename="../app/ui/first_run.py" line="121"/>
        <source>Look at the demo first</source>
        <translation>Eerst de demo bekijken</translation>
    </message>
    <message>
        <location filename="../app/ui/first_run.py" line="133"/>
        <source>To set up Vangnet for real work, press Next.</source>
        <translation>Wilt u Vangnet instellen voor het echte werk? Druk dan op Volgende.</translation>
    </message>
</context>
<context>
    <name>WithdrawConsentDialog</name>
    <message>
        <location filename="../app/ui/case_rights_actions.py" line="382"/>
        <location filename="../app/ui/case_rights_actions.py" line="409"/>
        <source>Withdraw consent</source>
        <translation>Toestemming intrekken</translation>
    </message>
    <message>
        <location filename="../app/ui/case_rights_actions.py" line="389"/>
        <source>%1 (given on %2)</source>
        <translation>%1 (gegeven op %2)</translation>
    </message>
    <message>
        <location filename="../app/ui/case_rights_actions.py" line="405"/>
        <source>Consent</source>
        <translation>Toestemming</translation>
    </message>
    <message>
        <location filename="../app/ui/case_rights_actions.py" line="406"/>
        <source>Withdrawn on</source>
        <translation>Ingetrokken op</translation>
    </message>
    <message>
        <location filename="../app/ui/case_rights_actions.py" line="417"/>
        <source>The tenant may withdraw a consent at any time (AVG article 7(3)). It no longer counts from the date below; what was done before stays lawful.</source>
        <translation>De huurder mag een toestemming altijd intrekken (AVG artikel 7 lid 3). Vanaf de datum hieronder telt zij niet meer; wat eerder is gedaan, blijft rechtmatig.</translation>
    </message>
    <message>
        <location filename="../app/ui/case_rights_actions.py" line="423"/>
        <source>What stops:</source>
        <translation>Wat stopt:</translation>
    </message>
</context>
<context>
    <name>widgets</name>
    <message>
        <location filename="../app/ui/widgets.py" line="199"/>
        <location filename="../app/ui/widgets.py" line="227"/>
        <source>Show</source>
        <translation>Tonen</translation>
    </message>
    <message>
        <location filename="../app/ui/widgets.py" line="200"/>
        <source>Show or hide what you typed</source>
        <translation>Laat zien of verberg wat u typte</translation>
    </message>
    <message>
        <location filename="../app/ui/widgets.py" line="225"/>
        <source>Hide</source>
        <translation>Verbergen</translation>
    </message>
    <message>
        <location filename="../app/ui/widgets.py" line="234"/>
        <location filename="../app/ui/widgets.py" line="235"/>
        <source>no keyring</source>
        <translation>geen sleutelbos</translation>
    </message>
    <message>
        <location filename="../app/ui/widgets.py" line="236"/>
        <source>Windows Credential Manager</source>
        <translation>Windows Referentiebeheer</translation>
    </message>
    <message>
        <location filename="../app/ui/widgets.py" line="237"/>
        <source>macOS Keychain</source>
        <translation>macOS-sleutelhanger</translation>
    </message>
    <message>
        <location filename="../app/ui/widgets.py" line="240"/>
        <source>GNOME Keyring (Secret Service)</source>
        <translation>GNOME-sleutelbos (Secret Service)</translation>
    </message>
    <message>
        <location filename="../app/ui/widgets.py" line="242"/>
        <source>GNOME Keyring (libsecret)</source>
        <translation>GNOME-sleutelbos (libsecret)</translation>
    </message>
    <message>
        <location filename="../app/ui/widgets.py" line="244"/>
        <source>the computer&apos;s keyring</source>
        <translation>de sleutelbos van de computer</translation>
    </message>
    <message>
        <location filename="../app/ui/widgets.py" line="266"/>
        <source>the keyring</source>
        <translation>de sleutelbos</translation>
    </message>
</context>
</TS>
