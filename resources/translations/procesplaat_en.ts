<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="nl_NL">
    <context>
        <name>ActionDialog</name>
        <message>
            <location filename="../../views/action_dialog.py" line="49" />
            <source>(geen fase)</source>
            <translation>(no phase)</translation>
        </message>
        <message>
            <location filename="../../views/action_dialog.py" line="54" />
            <source>(geen schuld)</source>
            <translation>(no debt)</translation>
        </message>
        <message>
            <location filename="../../views/action_dialog.py" line="58" />
            <source>Alleen voor uzelf; komt niet op papier</source>
            <translation>Only for yourself; never printed</translation>
        </message>
        <message>
            <location filename="../../views/action_dialog.py" line="83" />
            <source>Annuleren</source>
            <translation>Cancel</translation>
        </message>
        <message>
            <location filename="../../views/action_dialog.py" line="42" />
            <source>Bijvoorbeeld: BKR-overzicht opvragen</source>
            <translation>For example: request the credit register (BKR) report</translation>
        </message>
        <message>
            <location filename="../../views/action_dialog.py" line="64" />
            <source>Hoort bij fase</source>
            <translation>Belongs to phase</translation>
        </message>
        <message>
            <location filename="../../views/action_dialog.py" line="65" />
            <source>Hoort bij schuld</source>
            <translation>Belongs to debt</translation>
        </message>
        <message>
            <location filename="../../views/action_dialog.py" line="35" />
            <source>Nieuwe actie</source>
            <translation>New action</translation>
        </message>
        <message>
            <location filename="../../views/action_dialog.py" line="66" />
            <source>Notitie</source>
            <translation>Note</translation>
        </message>
        <message>
            <location filename="../../views/action_dialog.py" line="82" />
            <source>Opslaan</source>
            <translation>Save</translation>
        </message>
        <message>
            <location filename="../../views/action_dialog.py" line="63" />
            <source>Vóór</source>
            <translation>Due by</translation>
        </message>
        <message>
            <location filename="../../views/action_dialog.py" line="61" />
            <source>Wat moet er gebeuren?</source>
            <translation>What needs to be done?</translation>
        </message>
        <message>
            <location filename="../../views/action_dialog.py" line="62" />
            <source>Wie doet het?</source>
            <translation>Who does it?</translation>
        </message>
        <message>
            <location filename="../../views/action_dialog.py" line="47" />
            <source>dd-mm-jjjj (mag leeg)</source>
            <translation>dd-mm-yyyy (may be empty)</translation>
        </message>
    </context>
    <context>
        <name>ActionOfferDialog</name>
        <message>
            <location filename="../../views/action_offer_dialog.py" line="46" />
            <source>, vóór {day}</source>
            <translation>, by {day}</translation>
        </message>
        <message>
            <location filename="../../views/action_offer_dialog.py" line="31" />
            <source>Acties voor deze fase</source>
            <translation>Actions for this phase</translation>
        </message>
        <message>
            <location filename="../../views/action_offer_dialog.py" line="35" />
            <source>Bij &lt;b&gt;{phase}&lt;/b&gt; horen meestal deze acties. Vink aan wat jullie afspreken.</source>
            <translation>&lt;b&gt;{phase}&lt;/b&gt; usually comes with these actions. Tick what you agree on.</translation>
        </message>
        <message>
            <location filename="../../views/action_offer_dialog.py" line="56" />
            <source>Geen toevoegen</source>
            <translation>Add none</translation>
        </message>
        <message>
            <location filename="../../views/action_offer_dialog.py" line="54" />
            <source>Toevoegen</source>
            <translation>Add</translation>
        </message>
        <message>
            <location filename="../../views/action_offer_dialog.py" line="42" />
            <source>Voorgestelde acties</source>
            <translation>Suggested actions</translation>
        </message>
    </context>
    <context>
        <name>ActionTableModel</name>
        <message>
            <location filename="../../views/actions_model.py" line="37" />
            <source>Fase</source>
            <translation>Phase</translation>
        </message>
        <message>
            <location filename="../../views/actions_model.py" line="36" />
            <source>Gedaan op</source>
            <translation>Done on</translation>
        </message>
        <message>
            <location filename="../../views/actions_model.py" line="32" />
            <source>Klaar</source>
            <translation>Done</translation>
        </message>
        <message>
            <location filename="../../views/actions_model.py" line="39" />
            <source>Notitie (intern)</source>
            <translation>Note (internal)</translation>
        </message>
        <message>
            <location filename="../../views/actions_model.py" line="38" />
            <source>Schuld</source>
            <translation>Debt</translation>
        </message>
        <message>
            <location filename="../../views/actions_model.py" line="35" />
            <source>Vóór</source>
            <translation>Due by</translation>
        </message>
        <message>
            <location filename="../../views/actions_model.py" line="33" />
            <source>Wat</source>
            <translation>What</translation>
        </message>
        <message>
            <location filename="../../views/actions_model.py" line="34" />
            <source>Wie</source>
            <translation>Who</translation>
        </message>
        <message>
            <location filename="../../views/actions_model.py" line="136" />
            <source>gedaan</source>
            <translation>done</translation>
        </message>
        <message>
            <location filename="../../views/actions_model.py" line="136" />
            <source>nog te doen</source>
            <translation>still to do</translation>
        </message>
        <message>
            <location filename="../../views/actions_model.py" line="159" />
            <source>{day} (te laat)</source>
            <translation>{day} (overdue)</translation>
        </message>
    </context>
    <context>
        <name>ActionsTab</name>
        <message>
            <location filename="../../views/actions_tab.py" line="262" />
            <source>Actie toevoegen</source>
            <translation>Add action</translation>
        </message>
        <message>
            <location filename="../../views/actions_tab.py" line="287" />
            <source>Actie verwijderen</source>
            <translation>Delete action</translation>
        </message>
        <message>
            <location filename="../../views/actions_tab.py" line="235" />
            <source>Actie wijzigen</source>
            <translation>Change action</translation>
        </message>
        <message>
            <location filename="../../views/actions_tab.py" line="76" />
            <location filename="../../views/actions_tab.py" line="200" />
            <source>Actielijst</source>
            <translation>Action list</translation>
        </message>
        <message>
            <location filename="../../views/actions_tab.py" line="200" />
            <source>Actielijst ({n} te laat)</source>
            <translation>Action list ({n} overdue)</translation>
        </message>
        <message>
            <location filename="../../views/actions_tab.py" line="135" />
            <source>Acties</source>
            <translation>Actions</translation>
        </message>
        <message>
            <location filename="../../views/actions_tab.py" line="51" />
            <source>Alles</source>
            <translation>All</translation>
        </message>
        <message>
            <location filename="../../views/actions_tab.py" line="291" />
            <source>De actie is verwijderd. Ctrl+Z zet haar terug.</source>
            <translation>The action has been deleted. Ctrl+Z brings it back.</translation>
        </message>
        <message>
            <location filename="../../views/actions_tab.py" line="88" />
            <source>De gekozen actie verwijderen (Delete)</source>
            <translation>Delete the selected action (Delete)</translation>
        </message>
        <message>
            <location filename="../../views/actions_tab.py" line="50" />
            <source>Gedaan</source>
            <translation>Done</translation>
        </message>
        <message>
            <location filename="../../views/actions_tab.py" line="78" />
            <source>Gesprekken</source>
            <translation>Conversations</translation>
        </message>
        <message>
            <location filename="../../views/actions_tab.py" line="104" />
            <source>Iedereen</source>
            <translation>Everyone</translation>
        </message>
        <message>
            <location filename="../../views/actions_tab.py" line="85" />
            <source>Nieuwe actie (Insert)</source>
            <translation>New action (Insert)</translation>
        </message>
        <message>
            <location filename="../../views/actions_tab.py" line="84" />
            <source>Nieuwe actie…</source>
            <translation>New action…</translation>
        </message>
        <message>
            <location filename="../../views/actions_tab.py" line="48" />
            <source>Nog te doen</source>
            <translation>To do</translation>
        </message>
        <message>
            <location filename="../../views/actions_tab.py" line="92" />
            <source>Ongedaan maken</source>
            <translation>Undo</translation>
        </message>
        <message>
            <location filename="../../views/actions_tab.py" line="91" />
            <source>Ongedaan maken (Ctrl+Z)</source>
            <translation>Undo (Ctrl+Z)</translation>
        </message>
        <message>
            <location filename="../../views/actions_tab.py" line="96" />
            <source>Opnieuw</source>
            <translation>Redo</translation>
        </message>
        <message>
            <location filename="../../views/actions_tab.py" line="95" />
            <source>Opnieuw (Ctrl+Y)</source>
            <translation>Redo (Ctrl+Y)</translation>
        </message>
        <message>
            <location filename="../../views/actions_tab.py" line="49" />
            <source>Te laat</source>
            <translation>Overdue</translation>
        </message>
        <message>
            <location filename="../../views/actions_tab.py" line="125" />
            <source>Toon:</source>
            <translation>Show:</translation>
        </message>
        <message>
            <location filename="../../views/actions_tab.py" line="103" />
            <source>Van wie</source>
            <translation>Whose</translation>
        </message>
        <message>
            <location filename="../../views/actions_tab.py" line="87" />
            <source>Verwijderen</source>
            <translation>Delete</translation>
        </message>
        <message>
            <location filename="../../views/actions_tab.py" line="111" />
            <source>Welke acties</source>
            <translation>Which actions</translation>
        </message>
    </context>
    <context>
        <name>AuditView</name>
        <message>
            <location filename="../../views/audit_view.py" line="146" />
            <source>(vernietigd of verwijderd)</source>
            <translation>(destroyed or deleted)</translation>
        </message>
        <message>
            <location filename="../../views/audit_view.py" line="204" />
            <source>1 gebeurtenis</source>
            <translation>1 event</translation>
        </message>
        <message>
            <location filename="../../views/audit_view.py" line="82" />
            <source>Actie</source>
            <translation>Action</translation>
        </message>
        <message>
            <location filename="../../views/audit_view.py" line="200" />
            <source>De nieuwste {n} gebeurtenissen; kies een filter om verder te zoeken.</source>
            <translation>The newest {n} events; choose a filter to search further.</translation>
        </message>
        <message>
            <location filename="../../views/audit_view.py" line="85" />
            <source>Dossier</source>
            <translation>Dossier</translation>
        </message>
        <message>
            <location filename="../../views/audit_view.py" line="165" />
            <source>Geschiedenis</source>
            <translation>History</translation>
        </message>
        <message>
            <location filename="../../views/audit_view.py" line="126" />
            <source>Ingelogd als {user}</source>
            <translation>Signed in as {user}</translation>
        </message>
        <message>
            <location filename="../../views/audit_view.py" line="80" />
            <source>Moment</source>
            <translation>Time</translation>
        </message>
        <message>
            <location filename="../../views/audit_view.py" line="83" />
            <source>Soort</source>
            <translation>Type</translation>
        </message>
        <message>
            <location filename="../../views/audit_view.py" line="84" />
            <source>Velden</source>
            <translation>Fields</translation>
        </message>
        <message>
            <location filename="../../views/audit_view.py" line="81" />
            <source>Wie</source>
            <translation>Who</translation>
        </message>
        <message>
            <location filename="../../views/audit_view.py" line="205" />
            <source>{n} gebeurtenissen</source>
            <translation>{n} events</translation>
        </message>
    </context>
    <context>
        <name>AuditWindow</name>
        <message>
            <location filename="../../views/audit_view.py" line="226" />
            <location filename="../../views/audit_view.py" line="239" />
            <source>Actie</source>
            <translation>Action</translation>
        </message>
        <message>
            <location filename="../../views/audit_view.py" line="227" />
            <source>Alle acties</source>
            <translation>All actions</translation>
        </message>
        <message>
            <location filename="../../views/audit_view.py" line="254" />
            <source>Het logboek noemt alleen welke gegevens zijn vastgelegd of veranderd, nooit de inhoud. Het kan niet worden gewijzigd.</source>
            <translation>The log only names which details were recorded or changed, never their content. It cannot be altered.</translation>
        </message>
        <message>
            <location filename="../../views/audit_view.py" line="298" />
            <source>Iedereen</source>
            <translation>Everyone</translation>
        </message>
        <message>
            <location filename="../../views/audit_view.py" line="222" />
            <source>Logboek: wie deed wat</source>
            <translation>Log: who did what</translation>
        </message>
        <message>
            <location filename="../../views/audit_view.py" line="235" />
            <source>Tot en met datum</source>
            <translation>Up to and including date</translation>
        </message>
        <message>
            <location filename="../../views/audit_view.py" line="232" />
            <source>Vanaf</source>
            <translation>From</translation>
        </message>
        <message>
            <location filename="../../views/audit_view.py" line="233" />
            <source>Vanaf datum</source>
            <translation>From date</translation>
        </message>
        <message>
            <location filename="../../views/audit_view.py" line="236" />
            <source>Vernieuwen</source>
            <translation>Refresh</translation>
        </message>
        <message>
            <location filename="../../views/audit_view.py" line="231" />
            <location filename="../../views/audit_view.py" line="241" />
            <source>Wie</source>
            <translation>Who</translation>
        </message>
        <message>
            <location filename="../../views/audit_view.py" line="234" />
            <source>tot en met</source>
            <translation>up to and including</translation>
        </message>
    </context>
    <context>
        <name>BackupDialog</name>
        <message>
            <location filename="../../views/backup_dialog.py" line="247" />
            <source>Alle gegevens in Procesplaat worden teruggezet naar de stand van {moment}.

Alles wat daarna is ingevoerd of veranderd, verdwijnt uit Procesplaat. Het blijft alleen bewaard in een veiligheidskopie die eerst wordt gemaakt.

Weet u zeker dat u deze back-up wilt terugzetten?</source>
            <translation>All data in Procesplaat will be restored to how it was at {moment}.

Everything entered or changed after that will disappear from Procesplaat. It is kept only in a safety copy that is made first.

Are you sure you want to restore this backup?</translation>
        </message>
        <message>
            <location filename="../../views/backup_dialog.py" line="246" />
            <source>Back-up terugzetten</source>
            <translation>Restore backup</translation>
        </message>
        <message>
            <location filename="../../views/backup_dialog.py" line="146" />
            <location filename="../../views/backup_dialog.py" line="174" />
            <source>Back-ups</source>
            <translation>Backups</translation>
        </message>
        <message>
            <location filename="../../views/backup_dialog.py" line="228" />
            <source>Bezig met de back-up en de controle ervan…</source>
            <translation>Making the backup and checking it…</translation>
        </message>
        <message>
            <location filename="../../views/backup_dialog.py" line="266" />
            <source>Bezig met terugzetten: eerst wordt de back-up gecontroleerd…</source>
            <translation>Restoring: the backup is checked first…</translation>
        </message>
        <message>
            <location filename="../../views/backup_dialog.py" line="233" />
            <source>De back-up is gemaakt en gecontroleerd.</source>
            <translation>The backup has been made and checked.</translation>
        </message>
        <message>
            <location filename="../../views/backup_dialog.py" line="272" />
            <source>De back-up van {moment} is teruggezet.</source>
            <translation>The backup of {moment} has been restored.</translation>
        </message>
        <message>
            <location filename="../../views/backup_dialog.py" line="121" />
            <source>De documenten waarnaar deze back-up verwijst</source>
            <translation>The documents this backup refers to</translation>
        </message>
        <message>
            <location filename="../../views/backup_dialog.py" line="71" />
            <source>Documenten</source>
            <translation>Documents</translation>
        </message>
        <message>
            <location filename="../../views/backup_dialog.py" line="120" />
            <source>Een kopie van de database zonder documenten</source>
            <translation>A copy of the database without documents</translation>
        </message>
        <message>
            <location filename="../../views/backup_dialog.py" line="71" />
            <source>Gemaakt</source>
            <translation>Made</translation>
        </message>
        <message>
            <location filename="../../views/backup_dialog.py" line="71" />
            <source>Grootte</source>
            <translation>Size</translation>
        </message>
        <message>
            <location filename="../../views/backup_dialog.py" line="180" />
            <source>Nu een back-up maken</source>
            <translation>Make a backup now</translation>
        </message>
        <message>
            <location filename="../../views/backup_dialog.py" line="149" />
            <source>Procesplaat maakt elke dag een versleutelde back-up, en ook voor het inlezen van een bundel en voor een nieuwe versie. Bewaard worden: een per dag van de laatste 7 dagen, een per week van de laatste 4 weken, en de andere 30 dagen.</source>
            <translation>Procesplaat makes an encrypted backup every day, and also before a bundle is imported and before a new version. Kept are: one per day for the last 7 days, one per week for the last 4 weeks, and the others for 30 days.</translation>
        </message>
        <message>
            <location filename="../../views/backup_dialog.py" line="181" />
            <source>Terugzetten…</source>
            <translation>Restore…</translation>
        </message>
        <message>
            <location filename="../../views/backup_dialog.py" line="71" />
            <source>Waarom</source>
            <translation>Why</translation>
        </message>
    </context>
    <context>
        <name>BudgetPanel</name>
        <message>
            <location filename="../../views/budget_panel.py" line="201" />
            <source>&lt;b style='color:#b3261e'&gt;{amount} per maand tekort&lt;/b&gt;</source>
            <translation>&lt;b style='color:#b3261e'&gt;{amount} a month short&lt;/b&gt;</translation>
        </message>
        <message>
            <location filename="../../views/budget_panel.py" line="199" />
            <source>&lt;b&gt;{amount} per maand over&lt;/b&gt;</source>
            <translation>&lt;b&gt;{amount} a month left over&lt;/b&gt;</translation>
        </message>
        <message>
            <location filename="../../views/budget_panel.py" line="132" />
            <location filename="../../views/budget_panel.py" line="142" />
            <source>Bedrag per maand</source>
            <translation>Amount per month</translation>
        </message>
        <message>
            <location filename="../../views/budget_panel.py" line="141" />
            <source>Bron</source>
            <translation>Source</translation>
        </message>
        <message>
            <location filename="../../views/budget_panel.py" line="49" />
            <source>Bron of omschrijving</source>
            <translation>Source or description</translation>
        </message>
        <message>
            <location filename="../../views/budget_panel.py" line="130" />
            <source>Bron, bijvoorbeeld de werkgever</source>
            <translation>Source, for example the employer</translation>
        </message>
        <message>
            <location filename="../../views/budget_panel.py" line="88" />
            <source>Inkomsten per maand</source>
            <translation>Income per month</translation>
        </message>
        <message>
            <location filename="../../views/budget_panel.py" line="203" />
            <source>Inkomsten {income} − uitgaven {expenses} = {left}</source>
            <translation>Income {income} − expenses {expenses} = {left}</translation>
        </message>
        <message>
            <location filename="../../views/budget_panel.py" line="188" />
            <source>Kies de persoon opnieuw via Verwijderen en Toevoegen.</source>
            <translation>Choose the person again with Delete and Add.</translation>
        </message>
        <message>
            <location filename="../../views/budget_panel.py" line="242" />
            <source>Niet opgeslagen: {reason}</source>
            <translation>Not saved: {reason}</translation>
        </message>
        <message>
            <location filename="../../views/budget_panel.py" line="111" />
            <source>Ongedaan maken</source>
            <translation>Undo</translation>
        </message>
        <message>
            <location filename="../../views/budget_panel.py" line="50" />
            <source>Per maand</source>
            <translation>Per month</translation>
        </message>
        <message>
            <location filename="../../views/budget_panel.py" line="272" />
            <source>Regel toevoegen</source>
            <translation>Add line</translation>
        </message>
        <message>
            <location filename="../../views/budget_panel.py" line="300" />
            <source>Regel verwijderen</source>
            <translation>Delete line</translation>
        </message>
        <message>
            <location filename="../../views/budget_panel.py" line="320" />
            <source>Regel wijzigen</source>
            <translation>Change line</translation>
        </message>
        <message>
            <location filename="../../views/budget_panel.py" line="48" />
            <location filename="../../views/budget_panel.py" line="140" />
            <source>Soort</source>
            <translation>Type</translation>
        </message>
        <message>
            <location filename="../../views/budget_panel.py" line="128" />
            <source>Soort, bijvoorbeeld Loon</source>
            <translation>Type, for example Wages</translation>
        </message>
        <message>
            <location filename="../../views/budget_panel.py" line="133" />
            <source>Toevoegen</source>
            <translation>Add</translation>
        </message>
        <message>
            <location filename="../../views/budget_panel.py" line="89" />
            <source>Uitgaven per maand</source>
            <translation>Expenses per month</translation>
        </message>
        <message>
            <location filename="../../views/budget_panel.py" line="47" />
            <location filename="../../views/budget_panel.py" line="139" />
            <source>Van wie</source>
            <translation>Whose</translation>
        </message>
        <message>
            <location filename="../../views/budget_panel.py" line="134" />
            <source>Verwijderen</source>
            <translation>Delete</translation>
        </message>
    </context>
    <context>
        <name>ChecklistPage</name>
        <message>
            <location filename="../../views/checklist_page.py" line="193" />
            <source>Andere checklist</source>
            <translation>Different checklist</translation>
        </message>
        <message>
            <location filename="../../views/checklist_page.py" line="86" />
            <source>Checklist</source>
            <translation>Checklist</translation>
        </message>
        <message>
            <location filename="../../views/checklist_page.py" line="66" />
            <source>Checklist van het loket</source>
            <translation>The desk's checklist</translation>
        </message>
        <message>
            <location filename="../../views/checklist_page.py" line="64" />
            <source>Checklist van het loket:</source>
            <translation>The desk's checklist:</translation>
        </message>
        <message>
            <location filename="../../views/checklist_page.py" line="218" />
            <source>Checklist wijzigen</source>
            <translation>Change checklist</translation>
        </message>
        <message>
            <location filename="../../views/checklist_page.py" line="44" />
            <source>Documenten</source>
            <translation>Documents</translation>
        </message>
        <message>
            <location filename="../../views/checklist_page.py" line="40" />
            <source>Groep</source>
            <translation>Group</translation>
        </message>
        <message>
            <location filename="../../views/checklist_page.py" line="68" />
            <source>Kiezen</source>
            <translation>Choose</translation>
        </message>
        <message>
            <location filename="../../views/checklist_page.py" line="43" />
            <source>N.v.t.</source>
            <translation>N/A</translation>
        </message>
        <message>
            <location filename="../../views/checklist_page.py" line="124" />
            <source>Niet gebruikt: {problems}</source>
            <translation>Not used: {problems}</translation>
        </message>
        <message>
            <location filename="../../views/checklist_page.py" line="176" />
            <source>Niet van toepassing: {item}</source>
            <translation>Not applicable: {item}</translation>
        </message>
        <message>
            <location filename="../../views/checklist_page.py" line="45" />
            <source>Notitie</source>
            <translation>Note</translation>
        </message>
        <message>
            <location filename="../../views/checklist_page.py" line="73" />
            <source>Ongedaan maken</source>
            <translation>Undo</translation>
        </message>
        <message>
            <location filename="../../views/checklist_page.py" line="72" />
            <source>Ongedaan maken (Ctrl+Z)</source>
            <translation>Undo (Ctrl+Z)</translation>
        </message>
        <message>
            <location filename="../../views/checklist_page.py" line="194" />
            <source>Punten die in beide lijsten staan houden hun status. Punten die de nieuwe lijst niet heeft, vervallen. Doorgaan?</source>
            <translation>Items on both lists keep their status. Items the new list does not have are dropped. Continue?</translation>
        </message>
        <message>
            <location filename="../../views/checklist_page.py" line="42" />
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <location filename="../../views/checklist_page.py" line="166" />
            <source>Status van {item}</source>
            <translation>Status of {item}</translation>
        </message>
        <message>
            <location filename="../../views/checklist_page.py" line="41" />
            <source>Wat het loket vraagt</source>
            <translation>What the desk asks for</translation>
        </message>
    </context>
    <context>
        <name>ClientForm</name>
        <message>
            <location filename="../../views/client_form.py" line="176" />
            <source>9 cijfers</source>
            <translation>9 digits</translation>
        </message>
        <message>
            <location filename="../../views/client_form.py" line="173" />
            <source>Achternaam</source>
            <translation>Surname</translation>
        </message>
        <message>
            <location filename="../../views/client_form.py" line="216" />
            <source>Adres</source>
            <translation>Address</translation>
        </message>
        <message>
            <location filename="../../views/client_form.py" line="176" />
            <source>BSN</source>
            <translation>BSN</translation>
        </message>
        <message>
            <location filename="../../views/client_form.py" line="213" />
            <source>Bank</source>
            <translation>Bank</translation>
        </message>
        <message>
            <location filename="../../views/client_form.py" line="229" />
            <source>Bereikbaar</source>
            <translation>Available</translation>
        </message>
        <message>
            <location filename="../../views/client_form.py" line="238" />
            <source>Bewind en verwijzing</source>
            <translation>Administration and referral</translation>
        </message>
        <message>
            <location filename="../../views/client_form.py" line="241" />
            <source>Bewindvoerder</source>
            <translation>Administrator</translation>
        </message>
        <message>
            <location filename="../../views/client_form.py" line="209" />
            <source>Burgerlijke staat</source>
            <translation>Marital status</translation>
        </message>
        <message>
            <location filename="../../views/client_form.py" line="244" />
            <source>Datum beschikking</source>
            <translation>Date of court order</translation>
        </message>
        <message>
            <location filename="../../views/client_form.py" line="178" />
            <source>E-mail</source>
            <translation>Email</translation>
        </message>
        <message>
            <location filename="../../views/client_form.py" line="175" />
            <location filename="../../views/client_form.py" line="254" />
            <source>Geboortedatum</source>
            <translation>Date of birth</translation>
        </message>
        <message>
            <location filename="../../views/client_form.py" line="174" />
            <source>Geslacht</source>
            <translation>Gender</translation>
        </message>
        <message>
            <location filename="../../views/client_form.py" line="252" />
            <source>Gezinsleden</source>
            <translation>Household members</translation>
        </message>
        <message>
            <location filename="../../views/client_form.py" line="262" />
            <source>Gezinslid toevoegen</source>
            <translation>Add household member</translation>
        </message>
        <message>
            <location filename="../../views/client_form.py" line="219" />
            <source>Huisnummer</source>
            <translation>House number</translation>
        </message>
        <message>
            <location filename="../../views/client_form.py" line="212" />
            <source>IBAN</source>
            <translation>IBAN</translation>
        </message>
        <message>
            <location filename="../../views/client_form.py" line="248" />
            <source>Kinderen en andere gezinsleden</source>
            <translation>Children and other household members</translation>
        </message>
        <message>
            <location filename="../../views/client_form.py" line="72" />
            <source>Laat het nummer zien, bijvoorbeeld om het over te nemen</source>
            <translation>Show the number, for example to copy it</translation>
        </message>
        <message>
            <location filename="../../views/client_form.py" line="240" />
            <source>Maatregel</source>
            <translation>Measure</translation>
        </message>
        <message>
            <location filename="../../views/client_form.py" line="227" />
            <location filename="../../views/client_form.py" line="254" />
            <source>Naam</source>
            <translation>Name</translation>
        </message>
        <message>
            <location filename="../../views/client_form.py" line="384" />
            <source>Niet opgeslagen: verbeter de rood omlijnde velden.</source>
            <translation>Not saved: correct the fields outlined in red.</translation>
        </message>
        <message>
            <location filename="../../views/client_form.py" line="388" />
            <source>Opgeslagen.</source>
            <translation>Saved.</translation>
        </message>
        <message>
            <location filename="../../views/client_form.py" line="283" />
            <source>Opslaan</source>
            <translation>Save</translation>
        </message>
        <message>
            <location filename="../../views/client_form.py" line="285" />
            <source>Opslaan (Ctrl+S)</source>
            <translation>Save (Ctrl+S)</translation>
        </message>
        <message>
            <location filename="../../views/client_form.py" line="242" />
            <source>Organisatie</source>
            <translation>Organisation</translation>
        </message>
        <message>
            <location filename="../../views/client_form.py" line="232" />
            <source>Partner</source>
            <translation>Partner</translation>
        </message>
        <message>
            <location filename="../../views/client_form.py" line="205" />
            <source>Persoon</source>
            <translation>Person</translation>
        </message>
        <message>
            <location filename="../../views/client_form.py" line="221" />
            <source>Postcode</source>
            <translation>Postcode</translation>
        </message>
        <message>
            <location filename="../../views/client_form.py" line="254" />
            <location filename="../../views/client_form.py" line="309" />
            <source>Relatie</source>
            <translation>Relationship</translation>
        </message>
        <message>
            <location filename="../../views/client_form.py" line="211" />
            <source>Sinds</source>
            <translation>Since</translation>
        </message>
        <message>
            <location filename="../../views/client_form.py" line="218" />
            <source>Straat</source>
            <translation>Street</translation>
        </message>
        <message>
            <location filename="../../views/client_form.py" line="177" />
            <location filename="../../views/client_form.py" line="228" />
            <source>Telefoon</source>
            <translation>Phone</translation>
        </message>
        <message>
            <location filename="../../views/client_form.py" line="220" />
            <source>Toevoeging</source>
            <translation>Suffix</translation>
        </message>
        <message>
            <location filename="../../views/client_form.py" line="69" />
            <location filename="../../views/client_form.py" line="78" />
            <source>Toon</source>
            <translation>Show</translation>
        </message>
        <message>
            <location filename="../../views/client_form.py" line="172" />
            <source>Tussenvoegsel</source>
            <translation>Surname prefix</translation>
        </message>
        <message>
            <location filename="../../views/client_form.py" line="225" />
            <source>Vaste contactpersoon</source>
            <translation>Regular contact person</translation>
        </message>
        <message>
            <location filename="../../views/client_form.py" line="78" />
            <source>Verberg</source>
            <translation>Hide</translation>
        </message>
        <message>
            <location filename="../../views/client_form.py" line="264" />
            <source>Verwijderen</source>
            <translation>Delete</translation>
        </message>
        <message>
            <location filename="../../views/client_form.py" line="171" />
            <source>Voorletters</source>
            <translation>Initials</translation>
        </message>
        <message>
            <location filename="../../views/client_form.py" line="170" />
            <source>Voornamen</source>
            <translation>First names</translation>
        </message>
        <message>
            <location filename="../../views/client_form.py" line="222" />
            <source>Woonplaats</source>
            <translation>Town</translation>
        </message>
        <message>
            <location filename="../../views/client_form.py" line="175" />
            <source>dd-mm-jjjj</source>
            <translation>dd-mm-yyyy</translation>
        </message>
        <message>
            <location filename="../../views/client_form.py" line="71" />
            <source>{label} tonen</source>
            <translation>Show {label}</translation>
        </message>
    </context>
    <context>
        <name>ClientListModel</name>
        <message>
            <location filename="../../views/client_list_model.py" line="234" />
            <source> (gesloten)</source>
            <translation> (closed)</translation>
        </message>
        <message>
            <location filename="../../views/client_list_model.py" line="75" />
            <source>Fase</source>
            <translation>Phase</translation>
        </message>
        <message>
            <location filename="../../views/client_list_model.py" line="75" />
            <source>Naam</source>
            <translation>Name</translation>
        </message>
        <message>
            <location filename="../../views/client_list_model.py" line="75" />
            <source>Schuld</source>
            <translation>Debt</translation>
        </message>
        <message>
            <location filename="../../views/client_list_model.py" line="75" />
            <source>Termijn</source>
            <translation>Deadline</translation>
        </message>
        <message>
            <location filename="../../views/client_list_model.py" line="75" />
            <source>Week</source>
            <translation>Week</translation>
        </message>
        <message>
            <location filename="../../views/client_list_model.py" line="188" />
            <source>{late} te laat, {coming} in de komende 7 dagen</source>
            <translation>{late} overdue, {coming} in the next 7 days</translation>
        </message>
        <message>
            <location filename="../../views/client_list_model.py" line="104" />
            <source>{n} komt</source>
            <translation>{n} coming</translation>
        </message>
        <message>
            <location filename="../../views/client_list_model.py" line="102" />
            <source>⚠ {n} te laat</source>
            <translation>⚠ {n} overdue</translation>
        </message>
    </context>
    <context>
        <name>CloseClientDialog</name>
        <message>
            <location filename="../../views/dialogs.py" line="160" />
            <source>Datum van sluiten</source>
            <translation>Closing date</translation>
        </message>
        <message>
            <location filename="../../views/dialogs.py" line="147" />
            <source>Dossier sluiten</source>
            <translation>Close dossier</translation>
        </message>
        <message>
            <location filename="../../views/dialogs.py" line="161" />
            <source>Gesloten op</source>
            <translation>Closed on</translation>
        </message>
        <message>
            <location filename="../../views/dialogs.py" line="150" />
            <source>Het dossier van {name} sluiten? Het blijft bewaard en kan weer geopend worden.</source>
            <translation>Close the dossier of {name}? It is kept and can be reopened.</translation>
        </message>
        <message>
            <location filename="../../views/dialogs.py" line="166" />
            <source>Sluiten</source>
            <translation>Close</translation>
        </message>
    </context>
    <context>
        <name>CodeDelegate</name>
        <message>
            <location filename="../../views/code_delegate.py" line="29" />
            <source>(nog niet bekend)</source>
            <translation>(not known yet)</translation>
        </message>
    </context>
    <context>
        <name>Codes</name>
        <message>
            <location filename="../../models/completeness.py" line="0" />
            <source>Aangeleverd</source>
            <translation>Supplied</translation>
        </message>
        <message>
            <location filename="../../models/codes.py" line="0" />
            <source>Adviesgesprek</source>
            <translation>Advice meeting</translation>
        </message>
        <message>
            <location filename="../../models/codes.py" line="0" />
            <location filename="../../models/debt_sheet_words.py" line="0" />
            <source>Afgelost</source>
            <translation>Paid off</translation>
        </message>
        <message>
            <location filename="../../models/budget.py" line="0" />
            <source>Aflossing</source>
            <translation>Repayment</translation>
        </message>
        <message>
            <location filename="../../models/codes.py" line="0" />
            <location filename="../../models/debt_sheet_words.py" line="0" />
            <source>Afsluiting</source>
            <translation>Disconnection</translation>
        </message>
        <message>
            <location filename="../../models/budget.py" line="0" />
            <source>Alimentatie</source>
            <translation>Maintenance payments</translation>
        </message>
        <message>
            <location filename="../../models/codes.py" line="0" />
            <source>Alleenstaand</source>
            <translation>Single</translation>
        </message>
        <message>
            <location filename="../../models/codes.py" line="0" />
            <source>Ander gezinslid</source>
            <translation>Other household member</translation>
        </message>
        <message>
            <location filename="../../models/codes.py" line="0" />
            <location filename="../../app/profile.py" line="0" />
            <source>Anders</source>
            <translation>Other</translation>
        </message>
        <message>
            <location filename="../../models/codes.py" line="0" />
            <source>Bank of krediet</source>
            <translation>Bank or credit</translation>
        </message>
        <message>
            <location filename="../../models/codes.py" line="0" />
            <source>Bankafschrift</source>
            <translation>Bank statement</translation>
        </message>
        <message>
            <location filename="../../models/codes.py" line="0" />
            <location filename="../../models/debt_sheet_words.py" line="0" />
            <source>Bankbeslag</source>
            <translation>Bank account attachment</translation>
        </message>
        <message>
            <location filename="../../models/codes.py" line="0" />
            <source>Belastingen</source>
            <translation>Taxes</translation>
        </message>
        <message>
            <location filename="../../models/codes.py" line="0" />
            <source>Beschermingsbewind</source>
            <translation>Protective administration</translation>
        </message>
        <message>
            <location filename="../../models/week.py" line="0" />
            <source>Beschikking</source>
            <translation>Court order</translation>
        </message>
        <message>
            <location filename="../../models/codes.py" line="0" />
            <location filename="../../models/debt_sheet_words.py" line="0" />
            <source>Beslag op roerende zaken</source>
            <translation>Seizure of goods</translation>
        </message>
        <message>
            <location filename="../../models/codes.py" line="0" />
            <location filename="../../models/debt_sheet_words.py" line="0" />
            <source>Betwist</source>
            <translation>Disputed</translation>
        </message>
        <message>
            <location filename="../../models/codes.py" line="0" />
            <location filename="../../models/debt_sheet_words.py" line="0" />
            <source>Bevestigd</source>
            <translation>Confirmed</translation>
        </message>
        <message>
            <location filename="../../models/codes.py" line="0" />
            <location filename="../../models/week.py" line="0" />
            <location filename="../../app/profile.py" line="0" />
            <source>Bewindvoerder</source>
            <translation>Administrator</translation>
        </message>
        <message>
            <location filename="../../models/completeness.py" line="0" />
            <source>Bezig</source>
            <translation>In progress</translation>
        </message>
        <message>
            <location filename="../../models/codes.py" line="0" />
            <source>Boetes (CJIB)</source>
            <translation>Fines (CJIB)</translation>
        </message>
        <message>
            <location filename="../../models/budget.py" line="0" />
            <source>Boodschappen</source>
            <translation>Groceries</translation>
        </message>
        <message>
            <location filename="../../models/codes.py" line="0" />
            <source>Brief</source>
            <translation>Letter</translation>
        </message>
        <message>
            <location filename="../../models/codes.py" line="0" />
            <source>CAK</source>
            <translation>CAK</translation>
        </message>
        <message>
            <location filename="../../models/codes.py" line="0" />
            <source>Contract</source>
            <translation>Contract</translation>
        </message>
        <message>
            <location filename="../../models/codes.py" line="0" />
            <source>Curatele</source>
            <translation>Guardianship</translation>
        </message>
        <message>
            <location filename="../../models/codes.py" line="0" />
            <location filename="../../models/debt_sheet_words.py" line="0" />
            <source>Dagvaarding</source>
            <translation>Summons</translation>
        </message>
        <message>
            <location filename="../../models/debt_sheet.py" line="0" />
            <location filename="../../models/debt_sheet_words.py" line="0" />
            <source>Datum ontstaan</source>
            <translation>Date incurred</translation>
        </message>
        <message>
            <location filename="../../models/debt_sheet.py" line="0" />
            <location filename="../../models/debt_sheet_words.py" line="0" />
            <source>Datum saldo</source>
            <translation>Balance date</translation>
        </message>
        <message>
            <location filename="../../models/codes.py" line="0" />
            <source>Drinkwater</source>
            <translation>Drinking water</translation>
        </message>
        <message>
            <location filename="../../models/codes.py" line="0" />
            <location filename="../../models/debt_sheet_words.py" line="0" />
            <source>Dwangbevel</source>
            <translation>Enforcement order</translation>
        </message>
        <message>
            <location filename="../../models/week.py" line="0" />
            <source>Eerste gesprek</source>
            <translation>First meeting</translation>
        </message>
        <message>
            <location filename="../../models/week.py" line="0" />
            <source>Eerste gesprek (crisis)</source>
            <translation>First meeting (crisis)</translation>
        </message>
        <message>
            <location filename="../../models/week.py" line="0" />
            <source>Einde moratorium</source>
            <translation>End of moratorium</translation>
        </message>
        <message>
            <location filename="../../models/week.py" line="0" />
            <source>Einde schuldregeling</source>
            <translation>End of debt arrangement</translation>
        </message>
        <message>
            <location filename="../../models/budget.py" line="0" />
            <location filename="../../models/codes.py" line="0" />
            <source>Energie</source>
            <translation>Energy</translation>
        </message>
        <message>
            <location filename="../../models/debt_sheet.py" line="0" />
            <location filename="../../models/debt_sheet_words.py" line="0" />
            <source>Essentieel</source>
            <translation>Essential</translation>
        </message>
        <message>
            <location filename="../../models/codes.py" line="0" />
            <source>Familie of vrienden</source>
            <translation>Family or friends</translation>
        </message>
        <message>
            <location filename="../../models/completeness.py" line="0" />
            <source>Gecontroleerd</source>
            <translation>Checked</translation>
        </message>
        <message>
            <location filename="../../models/codes.py" line="0" />
            <source>Gehuwd in gemeenschap van goederen</source>
            <translation>Married in community of property</translation>
        </message>
        <message>
            <location filename="../../models/codes.py" line="0" />
            <source>Gehuwd met huwelijkse voorwaarden</source>
            <translation>Married with a prenuptial agreement</translation>
        </message>
        <message>
            <location filename="../../models/codes.py" line="0" />
            <source>Gemeente</source>
            <translation>Municipality</translation>
        </message>
        <message>
            <location filename="../../models/budget.py" line="0" />
            <source>Gemeentelijke belastingen</source>
            <translation>Municipal taxes</translation>
        </message>
        <message>
            <location filename="../../models/codes.py" line="0" />
            <location filename="../../models/debt_sheet_words.py" line="0" />
            <source>Gemeld</source>
            <translation>Reported</translation>
        </message>
        <message>
            <location filename="../../models/codes.py" line="0" />
            <source>Gerechtsdeurwaarder</source>
            <translation>Bailiff</translation>
        </message>
        <message>
            <location filename="../../models/codes.py" line="0" />
            <source>Geregistreerd partnerschap</source>
            <translation>Registered partnership</translation>
        </message>
        <message>
            <location filename="../../models/codes.py" line="0" />
            <source>Gescheiden</source>
            <translation>Divorced</translation>
        </message>
        <message>
            <location filename="../../models/codes.py" line="0" />
            <location filename="../../models/debt_sheet_words.py" line="0" />
            <source>Gijzeling</source>
            <translation>Civil imprisonment</translation>
        </message>
        <message>
            <location filename="../../models/debt_sheet.py" line="0" />
            <location filename="../../models/debt_sheet_words.py" line="0" />
            <source>Hoofdsom</source>
            <translation>Principal</translation>
        </message>
        <message>
            <location filename="../../models/codes.py" line="0" />
            <source>Huisbezoek</source>
            <translation>Home visit</translation>
        </message>
        <message>
            <location filename="../../models/budget.py" line="0" />
            <source>Huishouden</source>
            <translation>Household</translation>
        </message>
        <message>
            <location filename="../../models/codes.py" line="0" />
            <location filename="../../models/week.py" line="0" />
            <source>Hulpverlener</source>
            <translation>Support worker</translation>
        </message>
        <message>
            <location filename="../../models/budget.py" line="0" />
            <source>Huur of hypotheek</source>
            <translation>Rent or mortgage</translation>
        </message>
        <message>
            <location filename="../../models/budget.py" line="0" />
            <source>Huurtoeslag</source>
            <translation>Housing benefit</translation>
        </message>
        <message>
            <location filename="../../models/codes.py" line="0" />
            <source>Identiteitsbewijs</source>
            <translation>Proof of identity</translation>
        </message>
        <message>
            <location filename="../../models/codes.py" line="0" />
            <location filename="../../models/debt_sheet_words.py" line="0" />
            <source>In regeling</source>
            <translation>In arrangement</translation>
        </message>
        <message>
            <location filename="../../models/debt_sheet.py" line="0" />
            <location filename="../../models/debt_sheet_words.py" line="0" />
            <source>Incassant</source>
            <translation>Collector</translation>
        </message>
        <message>
            <location filename="../../models/codes.py" line="0" />
            <source>Incassobureau</source>
            <translation>Debt collection agency</translation>
        </message>
        <message>
            <location filename="../../models/codes.py" line="0" />
            <source>Inkomen</source>
            <translation>Income</translation>
        </message>
        <message>
            <location filename="../../models/codes.py" line="0" />
            <source>Intake</source>
            <translation>Intake</translation>
        </message>
        <message>
            <location filename="../../models/debt_sheet.py" line="0" />
            <location filename="../../models/debt_sheet_words.py" line="0" />
            <source>Kenmerk</source>
            <translation>Reference</translation>
        </message>
        <message>
            <location filename="../../models/codes.py" line="0" />
            <source>Kind</source>
            <translation>Child</translation>
        </message>
        <message>
            <location filename="../../models/budget.py" line="0" />
            <source>Kinderbijslag</source>
            <translation>Child benefit</translation>
        </message>
        <message>
            <location filename="../../models/budget.py" line="0" />
            <source>Kinderen (school, sport, kleding)</source>
            <translation>Children (school, sport, clothing)</translation>
        </message>
        <message>
            <location filename="../../models/budget.py" line="0" />
            <source>Kinderopvang</source>
            <translation>Childcare</translation>
        </message>
        <message>
            <location filename="../../models/budget.py" line="0" />
            <source>Kinderopvangtoeslag</source>
            <translation>Childcare benefit</translation>
        </message>
        <message>
            <location filename="../../models/budget.py" line="0" />
            <source>Kindgebonden budget</source>
            <translation>Child-related budget</translation>
        </message>
        <message>
            <location filename="../../models/budget.py" line="0" />
            <location filename="../../models/codes.py" line="0" />
            <location filename="../../models/debt_sheet_words.py" line="0" />
            <location filename="../../models/week.py" line="0" />
            <source>Klant</source>
            <translation>Client</translation>
        </message>
        <message>
            <location filename="../../models/debt_sheet.py" line="0" />
            <location filename="../../models/debt_sheet_words.py" line="0" />
            <source>Klantnummer</source>
            <translation>Customer number</translation>
        </message>
        <message>
            <location filename="../../models/debt_sheet.py" line="0" />
            <location filename="../../models/debt_sheet_words.py" line="0" />
            <source>Kosten</source>
            <translation>Costs</translation>
        </message>
        <message>
            <location filename="../../models/budget.py" line="0" />
            <source>Loon</source>
            <translation>Wages</translation>
        </message>
        <message>
            <location filename="../../models/codes.py" line="0" />
            <location filename="../../models/debt_sheet_words.py" line="0" />
            <source>Loonbeslag</source>
            <translation>Wage attachment</translation>
        </message>
        <message>
            <location filename="../../models/debt_sheet.py" line="0" />
            <location filename="../../models/debt_sheet_words.py" line="0" />
            <source>Maatregelen</source>
            <translation>Measures</translation>
        </message>
        <message>
            <location filename="../../models/codes.py" line="0" />
            <source>Man</source>
            <translation>Male</translation>
        </message>
        <message>
            <location filename="../../models/codes.py" line="0" />
            <source>Mentorschap</source>
            <translation>Mentorship</translation>
        </message>
        <message>
            <location filename="../../models/codes.py" line="0" />
            <location filename="../../models/debt_sheet_words.py" line="0" />
            <source>Nuts</source>
            <translation>Utilities</translation>
        </message>
        <message>
            <location filename="../../models/codes.py" line="0" />
            <source>Onbekend</source>
            <translation>Unknown</translation>
        </message>
        <message>
            <location filename="../../models/codes.py" line="0" />
            <location filename="../../models/debt_sheet_words.py" line="0" />
            <source>Ontbinding overeenkomst</source>
            <translation>Contract termination</translation>
        </message>
        <message>
            <location filename="../../models/codes.py" line="0" />
            <location filename="../../models/debt_sheet_words.py" line="0" />
            <source>Ontruiming</source>
            <translation>Eviction</translation>
        </message>
        <message>
            <location filename="../../models/debt_sheet.py" line="0" />
            <location filename="../../models/debt_sheet_words.py" line="0" />
            <source>Oorspronkelijk bedrag</source>
            <translation>Original amount</translation>
        </message>
        <message>
            <location filename="../../models/completeness.py" line="0" />
            <source>Open</source>
            <translation>Open</translation>
        </message>
        <message>
            <location filename="../../models/codes.py" line="0" />
            <source>Open inloop</source>
            <translation>Drop-in</translation>
        </message>
        <message>
            <location filename="../../models/codes.py" line="0" />
            <location filename="../../models/debt_sheet_words.py" line="0" />
            <source>Opgevraagd</source>
            <translation>Requested</translation>
        </message>
        <message>
            <location filename="../../models/debt_sheet.py" line="0" />
            <location filename="../../models/debt_sheet_words.py" line="0" />
            <source>Opmerking</source>
            <translation>Remark</translation>
        </message>
        <message>
            <location filename="../../models/budget.py" line="0" />
            <location filename="../../models/codes.py" line="0" />
            <location filename="../../models/debt_sheet_words.py" line="0" />
            <source>Overig</source>
            <translation>Other</translation>
        </message>
        <message>
            <location filename="../../models/budget.py" line="0" />
            <location filename="../../models/codes.py" line="0" />
            <location filename="../../models/debt_sheet_words.py" line="0" />
            <location filename="../../models/week.py" line="0" />
            <source>Partner</source>
            <translation>Partner</translation>
        </message>
        <message>
            <location filename="../../models/budget.py" line="0" />
            <source>Pensioen</source>
            <translation>Pension</translation>
        </message>
        <message>
            <location filename="../../models/debt_sheet.py" line="0" />
            <location filename="../../models/debt_sheet_words.py" line="0" />
            <source>Preferent</source>
            <translation>Preferential</translation>
        </message>
        <message>
            <location filename="../../models/codes.py" line="0" />
            <location filename="../../models/debt_sheet_words.py" line="0" />
            <source>Publiek</source>
            <translation>Public</translation>
        </message>
        <message>
            <location filename="../../models/debt_sheet.py" line="0" />
            <location filename="../../models/debt_sheet_words.py" line="0" />
            <source>Rente</source>
            <translation>Interest</translation>
        </message>
        <message>
            <location filename="../../models/codes.py" line="0" />
            <location filename="../../models/debt_sheet_words.py" line="0" />
            <source>Samen</source>
            <translation>Together</translation>
        </message>
        <message>
            <location filename="../../models/codes.py" line="0" />
            <source>Samenwonend</source>
            <translation>Cohabiting</translation>
        </message>
        <message>
            <location filename="../../models/debt_sheet.py" line="0" />
            <location filename="../../models/debt_sheet_words.py" line="0" />
            <source>Schuldeiser</source>
            <translation>Creditor</translation>
        </message>
        <message>
            <location filename="../../models/debt_sheet.py" line="0" />
            <location filename="../../models/debt_sheet_words.py" line="0" />
            <source>Schuldenaar</source>
            <translation>Debtor</translation>
        </message>
        <message>
            <location filename="../../app/profile.py" line="0" />
            <source>Schuldhulpverlener</source>
            <translation>Debt counsellor</translation>
        </message>
        <message>
            <location filename="../../models/debt_sheet.py" line="0" />
            <location filename="../../models/debt_sheet_words.py" line="0" />
            <source>Soort schuld</source>
            <translation>Type of debt</translation>
        </message>
        <message>
            <location filename="../../models/debt_sheet.py" line="0" />
            <location filename="../../models/debt_sheet_words.py" line="0" />
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <location filename="../../models/codes.py" line="0" />
            <source>Studiefinanciering</source>
            <translation>Student finance</translation>
        </message>
        <message>
            <location filename="../../models/codes.py" line="0" />
            <source>Telecom</source>
            <translation>Telecom</translation>
        </message>
        <message>
            <location filename="../../models/codes.py" line="0" />
            <source>Telefonisch</source>
            <translation>By phone</translation>
        </message>
        <message>
            <location filename="../../models/budget.py" line="0" />
            <source>Telefoon en internet</source>
            <translation>Phone and internet</translation>
        </message>
        <message>
            <location filename="../../models/debt_sheet.py" line="0" />
            <location filename="../../models/debt_sheet_words.py" line="0" />
            <source>Totaal</source>
            <translation>Total</translation>
        </message>
        <message>
            <location filename="../../models/budget.py" line="0" />
            <source>Uitkering</source>
            <translation>Benefits</translation>
        </message>
        <message>
            <location filename="../../models/codes.py" line="0" />
            <source>Uitkering of toeslag</source>
            <translation>Benefit or allowance</translation>
        </message>
        <message>
            <location filename="../../models/codes.py" line="0" />
            <source>Uitspraak rechtbank</source>
            <translation>Court ruling</translation>
        </message>
        <message>
            <location filename="../../models/codes.py" line="0" />
            <source>Verhuurder</source>
            <translation>Landlord</translation>
        </message>
        <message>
            <location filename="../../models/codes.py" line="0" />
            <location filename="../../models/debt_sheet_words.py" line="0" />
            <source>Verrekening toeslagen</source>
            <translation>Benefit offsetting</translation>
        </message>
        <message>
            <location filename="../../models/budget.py" line="0" />
            <source>Vervoer</source>
            <translation>Transport</translation>
        </message>
        <message>
            <location filename="../../models/budget.py" line="0" />
            <source>Verzekeringen</source>
            <translation>Insurance</translation>
        </message>
        <message>
            <location filename="../../models/codes.py" line="0" />
            <location filename="../../models/debt_sheet_words.py" line="0" />
            <source>Vonnis</source>
            <translation>Judgment</translation>
        </message>
        <message>
            <location filename="../../models/codes.py" line="0" />
            <source>Vorderingsoverzicht</source>
            <translation>Statement of claim</translation>
        </message>
        <message>
            <location filename="../../models/codes.py" line="0" />
            <source>Vrouw</source>
            <translation>Female</translation>
        </message>
        <message>
            <location filename="../../models/budget.py" line="0" />
            <source>Water</source>
            <translation>Water</translation>
        </message>
        <message>
            <location filename="../../models/codes.py" line="0" />
            <source>Waterschap</source>
            <translation>Water board</translation>
        </message>
        <message>
            <location filename="../../models/budget.py" line="0" />
            <source>Waterschapsbelasting</source>
            <translation>Water board tax</translation>
        </message>
        <message>
            <location filename="../../models/codes.py" line="0" />
            <source>Weduwe / weduwnaar</source>
            <translation>Widow / widower</translation>
        </message>
        <message>
            <location filename="../../models/codes.py" line="0" />
            <source>Winkel of webwinkel</source>
            <translation>Shop or online shop</translation>
        </message>
        <message>
            <location filename="../../models/debt_sheet.py" line="0" />
            <location filename="../../models/debt_sheet_words.py" line="0" />
            <source>Zakelijk</source>
            <translation>Business</translation>
        </message>
        <message>
            <location filename="../../models/codes.py" line="0" />
            <location filename="../../models/debt_sheet_words.py" line="0" />
            <source>Zorg</source>
            <translation>Healthcare</translation>
        </message>
        <message>
            <location filename="../../models/budget.py" line="0" />
            <source>Zorgtoeslag</source>
            <translation>Healthcare benefit</translation>
        </message>
        <message>
            <location filename="../../models/codes.py" line="0" />
            <source>Zorgverzekeraar</source>
            <translation>Health insurer</translation>
        </message>
        <message>
            <location filename="../../models/budget.py" line="0" />
            <source>Zorgverzekering</source>
            <translation>Health insurance</translation>
        </message>
        <message>
            <location filename="../../models/life_domains.py" line="0" />
            <source>acuut</source>
            <translation>acute</translation>
        </message>
        <message>
            <location filename="../../models/life_domains.py" line="0" />
            <source>beperkt</source>
            <translation>limited</translation>
        </message>
        <message>
            <location filename="../../models/backup_rotation.py" line="0" />
            <source>dagelijks</source>
            <translation>daily</translation>
        </message>
        <message>
            <location filename="../../models/backup_rotation.py" line="0" />
            <source>met de hand</source>
            <translation>by hand</translation>
        </message>
        <message>
            <location filename="../../models/life_domains.py" line="0" />
            <source>niet zelfredzaam</source>
            <translation>not self-reliant</translation>
        </message>
        <message>
            <location filename="../../models/life_domains.py" line="0" />
            <source>voldoende</source>
            <translation>sufficient</translation>
        </message>
        <message>
            <location filename="../../models/life_domains.py" line="0" />
            <source>volledig</source>
            <translation>full</translation>
        </message>
        <message>
            <location filename="../../models/backup_rotation.py" line="0" />
            <source>voor een nieuwe versie</source>
            <translation>before a new version</translation>
        </message>
        <message>
            <location filename="../../models/backup_rotation.py" line="0" />
            <source>voor het inlezen van een bundel</source>
            <translation>before importing a bundle</translation>
        </message>
        <message>
            <location filename="../../models/backup_rotation.py" line="0" />
            <source>voor het terugzetten van een back-up</source>
            <translation>before restoring a backup</translation>
        </message>
    </context>
    <context>
        <name>CompletenessPage</name>
        <message>
            <location filename="../../views/export_wizard.py" line="144" />
            <source>Ik stuur het dossier toch, met wat er nog ontbreekt</source>
            <translation>I will send the dossier anyway, with what is still missing</translation>
        </message>
        <message>
            <location filename="../../views/export_wizard.py" line="139" />
            <source>Is het dossier compleet?</source>
            <translation>Is the dossier complete?</translation>
        </message>
        <message>
            <location filename="../../views/export_wizard.py" line="140" />
            <source>Wat het loket vraagt en wat er nog ontbreekt.</source>
            <translation>What the desk asks for and what is still missing.</translation>
        </message>
    </context>
    <context>
        <name>CompletenessView</name>
        <message>
            <location filename="../../views/completeness_view.py" line="56" />
            <source>Klaar om te versturen</source>
            <translation>Ready to send</translation>
        </message>
        <message>
            <location filename="../../views/completeness_view.py" line="42" />
            <source>Nog geen checklist gekozen.</source>
            <translation>No checklist chosen yet.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../views/completeness_view.py" line="59" />
            <source>Nog niet compleet: %n punt(en) ontbreken</source>
            <translation>
                <numerusform>Not complete yet: %n item is missing</numerusform>
                <numerusform>Not complete yet: %n items are missing</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../views/completeness_view.py" line="62" />
            <source>{done} van {total} klaar</source>
            <translation>{done} of {total} done</translation>
        </message>
    </context>
    <context>
        <name>ConflictDialog</name>
        <message>
            <location filename="../../views/bundle_dialogs.py" line="150" />
            <source>Annuleren</source>
            <translation>Cancel</translation>
        </message>
        <message>
            <location filename="../../views/bundle_dialogs.py" line="98" />
            <source>Deze klant bestaat al</source>
            <translation>This client already exists</translation>
        </message>
        <message>
            <location filename="../../views/bundle_dialogs.py" line="114" />
            <source>Er is niets anders: het is hetzelfde dossier.</source>
            <translation>Nothing differs: it is the same dossier.</translation>
        </message>
        <message>
            <location filename="../../views/bundle_dialogs.py" line="107" />
            <source>Er staat al een klant {how} in het programma: {name}.</source>
            <translation>There is already a client {how} in the program: {name}.</translation>
        </message>
        <message>
            <location filename="../../views/bundle_dialogs.py" line="121" />
            <source>Gegeven</source>
            <translation>Detail</translation>
        </message>
        <message>
            <location filename="../../views/bundle_dialogs.py" line="165" />
            <source>Het dossier hier, met zijn documenten, wordt vervangen door dat uit de bundel. Dit kan niet ongedaan worden gemaakt. Doorgaan?</source>
            <translation>The dossier here, with its documents, will be replaced by the one from the bundle. This cannot be undone. Continue?</translation>
        </message>
        <message>
            <location filename="../../views/bundle_dialogs.py" line="121" />
            <source>Hier</source>
            <translation>Here</translation>
        </message>
        <message>
            <location filename="../../views/bundle_dialogs.py" line="121" />
            <source>In de bundel</source>
            <translation>In the bundle</translation>
        </message>
        <message>
            <location filename="../../views/bundle_dialogs.py" line="147" />
            <source>Nieuwe kopie</source>
            <translation>New copy</translation>
        </message>
        <message>
            <location filename="../../views/bundle_dialogs.py" line="138" />
            <source>Nieuwe kopie: de bundel komt er als een tweede dossier bij. Vervangen: het dossier hier wordt helemaal vervangen door dat uit de bundel. Annuleren: er verandert niets.</source>
            <translation>New copy: the bundle is added as a second dossier. Replace: the dossier here is entirely replaced by the one from the bundle. Cancel: nothing changes.</translation>
        </message>
        <message>
            <location filename="../../views/bundle_dialogs.py" line="125" />
            <source>Verschillen</source>
            <translation>Differences</translation>
        </message>
        <message>
            <location filename="../../views/bundle_dialogs.py" line="148" />
            <location filename="../../views/bundle_dialogs.py" line="164" />
            <source>Vervangen</source>
            <translation>Replace</translation>
        </message>
        <message>
            <location filename="../../views/bundle_dialogs.py" line="112" />
            <source>Wat in de bundel anders is dan hier:</source>
            <translation>What differs in the bundle from here:</translation>
        </message>
        <message>
            <location filename="../../views/bundle_dialogs.py" line="104" />
            <source>met hetzelfde BSN</source>
            <translation>with the same BSN</translation>
        </message>
        <message>
            <location filename="../../views/bundle_dialogs.py" line="102" />
            <source>met hetzelfde dossiernummer</source>
            <translation>with the same dossier number</translation>
        </message>
    </context>
    <context>
        <name>ConversationDialog</name>
        <message>
            <location filename="../../views/conversations_page.py" line="91" />
            <source>&lt;b&gt;Acties&lt;/b&gt; — wie doet wat, vóór wanneer</source>
            <translation>&lt;b&gt;Actions&lt;/b&gt; — who does what, by when</translation>
        </message>
        <message>
            <location filename="../../views/conversations_page.py" line="99" />
            <source>Actie erbij</source>
            <translation>Add action</translation>
        </message>
        <message>
            <location filename="../../views/conversations_page.py" line="101" />
            <source>Actie weg</source>
            <translation>Remove action</translation>
        </message>
        <message>
            <location filename="../../views/conversations_page.py" line="93" />
            <source>Acties van dit gesprek</source>
            <translation>Actions from this conversation</translation>
        </message>
        <message>
            <location filename="../../views/conversations_page.py" line="79" />
            <source>Afspraken</source>
            <translation>Agreements</translation>
        </message>
        <message>
            <location filename="../../views/conversations_page.py" line="68" />
            <source>Bijvoorbeeld: Tanya, Mark, Samira (gemeente)</source>
            <translation>For example: Tanya, Mark, Samira (municipality)</translation>
        </message>
        <message>
            <location filename="../../views/conversations_page.py" line="76" />
            <source>Datum</source>
            <translation>Date</translation>
        </message>
        <message>
            <location filename="../../views/conversations_page.py" line="84" />
            <source>De afspraken en de acties komen zo op de samenvatting voor de klant: schrijf ze in gewone woorden. Notities bij acties blijven intern.</source>
            <translation>The agreements and actions appear as written on the client's summary: use plain words. Notes on actions stay internal.</translation>
        </message>
        <message>
            <location filename="../../views/conversations_page.py" line="56" />
            <source>Gesprek vastleggen</source>
            <translation>Record conversation</translation>
        </message>
        <message>
            <location filename="../../views/conversations_page.py" line="113" />
            <source>Opslaan</source>
            <translation>Save</translation>
        </message>
        <message>
            <location filename="../../views/conversations_page.py" line="114" />
            <source>Opslaan en samenvatting maken</source>
            <translation>Save and make summary</translation>
        </message>
        <message>
            <location filename="../../views/conversations_page.py" line="77" />
            <source>Soort gesprek</source>
            <translation>Type of conversation</translation>
        </message>
        <message>
            <location filename="../../views/conversations_page.py" line="94" />
            <source>Vóór</source>
            <translation>Due by</translation>
        </message>
        <message>
            <location filename="../../views/conversations_page.py" line="94" />
            <source>Wat</source>
            <translation>What</translation>
        </message>
        <message>
            <location filename="../../views/conversations_page.py" line="73" />
            <source>Wat hebben jullie afgesproken? Eén afspraak per regel.</source>
            <translation>What did you agree? One agreement per line.</translation>
        </message>
        <message>
            <location filename="../../views/conversations_page.py" line="94" />
            <source>Wie</source>
            <translation>Who</translation>
        </message>
        <message>
            <location filename="../../views/conversations_page.py" line="78" />
            <source>Wie waren er</source>
            <translation>Who was there</translation>
        </message>
    </context>
    <context>
        <name>ConversationsPage</name>
        <message>
            <location filename="../../views/conversations_page.py" line="175" />
            <source>Acties</source>
            <translation>Actions</translation>
        </message>
        <message>
            <location filename="../../views/conversations_page.py" line="174" />
            <source>Afspraken</source>
            <translation>Agreements</translation>
        </message>
        <message>
            <location filename="../../views/conversations_page.py" line="171" />
            <source>Datum</source>
            <translation>Date</translation>
        </message>
        <message>
            <location filename="../../views/conversations_page.py" line="344" />
            <source>De samenvatting staat in {pdf}.
Het e-mailconcept staat ernaast ({eml}): open het in uw mailprogramma, kijk het na en verstuur het zelf.</source>
            <translation>The summary is in {pdf}.
The draft email is next to it ({eml}): open it in your email program, check it and send it yourself.</translation>
        </message>
        <message>
            <location filename="../../views/conversations_page.py" line="350" />
            <source>E-mail openen</source>
            <translation>Open email</translation>
        </message>
        <message>
            <location filename="../../views/conversations_page.py" line="361" />
            <source>Geen samenvatting</source>
            <translation>No summary</translation>
        </message>
        <message>
            <location filename="../../views/conversations_page.py" line="283" />
            <source>Gesprek vastleggen</source>
            <translation>Record conversation</translation>
        </message>
        <message>
            <location filename="../../views/conversations_page.py" line="305" />
            <source>Gesprek verwijderen</source>
            <translation>Delete conversation</translation>
        </message>
        <message>
            <location filename="../../views/conversations_page.py" line="198" />
            <source>Gesprekken</source>
            <translation>Conversations</translation>
        </message>
        <message>
            <location filename="../../views/conversations_page.py" line="186" />
            <source>Nieuw gesprek…</source>
            <translation>New conversation…</translation>
        </message>
        <message>
            <location filename="../../views/conversations_page.py" line="349" />
            <source>PDF openen</source>
            <translation>Open PDF</translation>
        </message>
        <message>
            <location filename="../../views/conversations_page.py" line="321" />
            <source>PDF-bestand (*.pdf)</source>
            <translation>PDF file (*.pdf)</translation>
        </message>
        <message>
            <location filename="../../views/conversations_page.py" line="342" />
            <source>Samenvatting gemaakt</source>
            <translation>Summary made</translation>
        </message>
        <message>
            <location filename="../../views/conversations_page.py" line="319" />
            <source>Samenvatting opslaan</source>
            <translation>Save summary</translation>
        </message>
        <message>
            <location filename="../../views/conversations_page.py" line="188" />
            <source>Samenvatting voor de klant…</source>
            <translation>Summary for the client…</translation>
        </message>
        <message>
            <location filename="../../views/conversations_page.py" line="351" />
            <source>Sluiten</source>
            <translation>Close</translation>
        </message>
        <message>
            <location filename="../../views/conversations_page.py" line="172" />
            <source>Soort</source>
            <translation>Type</translation>
        </message>
        <message>
            <location filename="../../views/conversations_page.py" line="190" />
            <source>Verwijderen</source>
            <translation>Delete</translation>
        </message>
        <message>
            <location filename="../../views/conversations_page.py" line="173" />
            <source>Wie waren er</source>
            <translation>Who was there</translation>
        </message>
    </context>
    <context>
        <name>CreditorDialog</name>
        <message>
            <location filename="../../views/creditor_dialog.py" line="182" />
            <source>8 cijfers</source>
            <translation>8 digits</translation>
        </message>
        <message>
            <location filename="../../views/creditor_dialog.py" line="183" />
            <source>Adres</source>
            <translation>Address</translation>
        </message>
        <message>
            <location filename="../../views/creditor_dialog.py" line="202" />
            <source>Annuleren</source>
            <translation>Cancel</translation>
        </message>
        <message>
            <location filename="../../views/creditor_dialog.py" line="163" />
            <source>Begin te typen, bijvoorbeeld Belastingdienst</source>
            <translation>Start typing, for example Belastingdienst</translation>
        </message>
        <message>
            <location filename="../../views/creditor_dialog.py" line="172" />
            <source>Categorie (DDAS)</source>
            <translation>Category (DDAS)</translation>
        </message>
        <message>
            <location filename="../../views/creditor_dialog.py" line="188" />
            <source>E-mail</source>
            <translation>Email</translation>
        </message>
        <message>
            <location filename="../../views/creditor_dialog.py" line="180" />
            <source>Gegevens</source>
            <translation>Details</translation>
        </message>
        <message>
            <location filename="../../views/creditor_dialog.py" line="233" />
            <source>Gemeente </source>
            <translation>Gemeente </translation>
        </message>
        <message>
            <location filename="../../views/creditor_dialog.py" line="186" />
            <source>IBAN</source>
            <translation>IBAN</translation>
        </message>
        <message>
            <location filename="../../views/creditor_dialog.py" line="182" />
            <source>KvK-nummer</source>
            <translation>Chamber of Commerce number</translation>
        </message>
        <message>
            <location filename="../../views/creditor_dialog.py" line="163" />
            <source>Naam</source>
            <translation>Name</translation>
        </message>
        <message>
            <location filename="../../views/creditor_dialog.py" line="260" />
            <source>Niet opgeslagen: verbeter de rood omlijnde velden.</source>
            <translation>Not saved: correct the fields outlined in red.</translation>
        </message>
        <message>
            <location filename="../../views/creditor_dialog.py" line="200" />
            <source>Opslaan</source>
            <translation>Save</translation>
        </message>
        <message>
            <location filename="../../views/creditor_dialog.py" line="185" />
            <source>Plaats</source>
            <translation>Town</translation>
        </message>
        <message>
            <location filename="../../views/creditor_dialog.py" line="184" />
            <source>Postcode</source>
            <translation>Postcode</translation>
        </message>
        <message>
            <location filename="../../views/creditor_dialog.py" line="176" />
            <source>Preferent</source>
            <translation>Preferential</translation>
        </message>
        <message>
            <location filename="../../views/creditor_dialog.py" line="174" />
            <source>Preferent: gaat voor bij een schuldregeling</source>
            <translation>Preferential: takes priority in a debt arrangement</translation>
        </message>
        <message>
            <location filename="../../views/creditor_dialog.py" line="157" />
            <source>Schuldeiser</source>
            <translation>Creditor</translation>
        </message>
        <message>
            <location filename="../../views/creditor_dialog.py" line="157" />
            <source>Schuldeiser toevoegen</source>
            <translation>Add creditor</translation>
        </message>
        <message>
            <location filename="../../views/creditor_dialog.py" line="170" />
            <source>Soort</source>
            <translation>Type</translation>
        </message>
        <message>
            <location filename="../../views/creditor_dialog.py" line="230" />
            <source>Soort, categorie en preferent zijn ingevuld uit de lijst.</source>
            <translation>Type, category and preferential were filled in from the list.</translation>
        </message>
        <message>
            <location filename="../../views/creditor_dialog.py" line="187" />
            <source>Telefoon</source>
            <translation>Phone</translation>
        </message>
        <message>
            <location filename="../../views/creditor_dialog.py" line="200" />
            <source>Toevoegen</source>
            <translation>Add</translation>
        </message>
        <message>
            <location filename="../../views/creditor_dialog.py" line="234" />
            <source>Vul de naam van de gemeente aan, bijvoorbeeld Gemeente Zoetermeer.</source>
            <translation>Complete the municipality's name, for example Gemeente Zoetermeer.</translation>
        </message>
        <message>
            <location filename="../../views/creditor_dialog.py" line="242" />
            <source>Vul de naam van de schuldeiser in.</source>
            <translation>Enter the creditor's name.</translation>
        </message>
        <message>
            <location filename="../../views/creditor_dialog.py" line="237" />
            <source>Vul de naam van het waterschap in, bijvoorbeeld Hoogheemraadschap van Delfland.</source>
            <translation>Enter the water board's name, for example Hoogheemraadschap van Delfland.</translation>
        </message>
        <message>
            <location filename="../../views/creditor_dialog.py" line="275" />
            <source>{name} staat al bij de schuldeisers.</source>
            <translation>{name} is already among the creditors.</translation>
        </message>
    </context>
    <context>
        <name>CreditorField</name>
        <message>
            <location filename="../../views/debt_dialog.py" line="70" />
            <source> (uit de lijst)</source>
            <translation> (from the list)</translation>
        </message>
        <message>
            <location filename="../../views/debt_dialog.py" line="80" />
            <source>Typ de naam, bijvoorbeeld Belastingdienst</source>
            <translation>Type the name, for example Belastingdienst</translation>
        </message>
    </context>
    <context>
        <name>CreditorTable</name>
        <message>
            <location filename="../../views/debt_import_tables.py" line="156" />
            <source>Bestaande schuldeiser {name}</source>
            <translation>Existing creditor {name}</translation>
        </message>
        <message>
            <location filename="../../views/debt_import_tables.py" line="124" />
            <source>Naam in het bestand</source>
            <translation>Name in the file</translation>
        </message>
        <message>
            <location filename="../../views/debt_import_tables.py" line="169" />
            <source>Nieuwe schuldeiser {name}</source>
            <translation>New creditor {name}</translation>
        </message>
        <message>
            <location filename="../../views/debt_import_tables.py" line="154" />
            <source>Schuldeiser voor {name}</source>
            <translation>Creditor for {name}</translation>
        </message>
        <message>
            <location filename="../../views/debt_import_tables.py" line="126" />
            <source>Schuldeisers uit het bestand</source>
            <translation>Creditors from the file</translation>
        </message>
        <message>
            <location filename="../../views/debt_import_tables.py" line="124" />
            <source>Wordt opgeslagen als</source>
            <translation>Will be saved as</translation>
        </message>
        <message>
            <location filename="../../views/debt_import_tables.py" line="161" />
            <source>{entry}, als {name}</source>
            <translation>{entry}, as {name}</translation>
        </message>
        <message>
            <location filename="../../views/debt_import_tables.py" line="172" />
            <source>— kies —</source>
            <translation>— choose —</translation>
        </message>
    </context>
    <context>
        <name>DebtDialog</name>
        <message>
            <location filename="../../views/debt_dialog.py" line="210" />
            <source>(nog niet bekend)</source>
            <translation>(not known yet)</translation>
        </message>
        <message>
            <location filename="../../views/debt_dialog.py" line="42" />
            <source>Hoofdsom</source>
            <translation>Principal</translation>
        </message>
        <message>
            <location filename="../../views/debt_dialog.py" line="135" />
            <source>Incasso door</source>
            <translation>Collected by</translation>
        </message>
        <message>
            <location filename="../../views/debt_dialog.py" line="39" />
            <source>Kenmerk</source>
            <translation>Reference</translation>
        </message>
        <message>
            <location filename="../../views/debt_dialog.py" line="40" />
            <source>Klantnummer</source>
            <translation>Customer number</translation>
        </message>
        <message>
            <location filename="../../views/debt_dialog.py" line="44" />
            <source>Kosten</source>
            <translation>Costs</translation>
        </message>
        <message>
            <location filename="../../views/debt_dialog.py" line="124" />
            <source>Nieuwe schuld</source>
            <translation>New debt</translation>
        </message>
        <message>
            <location filename="../../views/debt_dialog.py" line="158" />
            <source>Notitie</source>
            <translation>Note</translation>
        </message>
        <message>
            <location filename="../../views/debt_dialog.py" line="46" />
            <source>Ontstaan op</source>
            <translation>Incurred on</translation>
        </message>
        <message>
            <location filename="../../views/debt_dialog.py" line="45" />
            <source>Oorspronkelijk bedrag</source>
            <translation>Original amount</translation>
        </message>
        <message>
            <location filename="../../views/debt_dialog.py" line="270" />
            <source>Opgeslagen. Typ de volgende schuld.</source>
            <translation>Saved. Type the next debt.</translation>
        </message>
        <message>
            <location filename="../../views/debt_dialog.py" line="164" />
            <source>Opslaan</source>
            <translation>Save</translation>
        </message>
        <message>
            <location filename="../../views/debt_dialog.py" line="169" />
            <source>Opslaan en volgende (Ctrl+Enter)</source>
            <translation>Save and next (Ctrl+Enter)</translation>
        </message>
        <message>
            <location filename="../../views/debt_dialog.py" line="50" />
            <source>Preferent (voorrang)</source>
            <translation>Preferential (priority)</translation>
        </message>
        <message>
            <location filename="../../views/debt_dialog.py" line="43" />
            <source>Rente</source>
            <translation>Interest</translation>
        </message>
        <message>
            <location filename="../../views/debt_dialog.py" line="47" />
            <source>Saldo-opgave van</source>
            <translation>Balance statement of</translation>
        </message>
        <message>
            <location filename="../../views/debt_dialog.py" line="124" />
            <source>Schuld wijzigen</source>
            <translation>Change debt</translation>
        </message>
        <message>
            <location filename="../../views/debt_dialog.py" line="134" />
            <source>Schuldeiser</source>
            <translation>Creditor</translation>
        </message>
        <message>
            <location filename="../../views/debt_dialog.py" line="137" />
            <source>Schuldenaar</source>
            <translation>Debtor</translation>
        </message>
        <message>
            <location filename="../../views/debt_dialog.py" line="148" />
            <source>Soort (DDAS)</source>
            <translation>Type (DDAS)</translation>
        </message>
        <message>
            <location filename="../../views/debt_dialog.py" line="146" />
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <location filename="../../views/debt_dialog.py" line="41" />
            <source>Totaal openstaand</source>
            <translation>Total outstanding</translation>
        </message>
        <message>
            <location filename="../../views/debt_dialog.py" line="54" />
            <source>Vaste last (wonen, energie, water, zorgverzekering)</source>
            <translation>Fixed cost (housing, energy, water, health insurance)</translation>
        </message>
        <message>
            <location filename="../../views/debt_dialog.py" line="51" />
            <source>Zakelijke schuld</source>
            <translation>Business debt</translation>
        </message>
        <message>
            <location filename="../../views/debt_dialog.py" line="142" />
            <source>dd-mm-jjjj</source>
            <translation>dd-mm-yyyy</translation>
        </message>
    </context>
    <context>
        <name>DebtExport</name>
        <message>
            <location filename="../../views/debt_export.py" line="50" />
            <source>De schuldenlijst staat in {path}.</source>
            <translation>The debt list is in {path}.</translation>
        </message>
        <message>
            <location filename="../../views/debt_export.py" line="32" />
            <source>Excel-bestand (*.xlsx)</source>
            <translation>Excel file (*.xlsx)</translation>
        </message>
        <message>
            <location filename="../../views/debt_export.py" line="55" />
            <source>Niet opgeslagen</source>
            <translation>Not saved</translation>
        </message>
        <message>
            <location filename="../../views/debt_export.py" line="49" />
            <source>Schuldenlijst opgeslagen</source>
            <translation>Debt list saved</translation>
        </message>
        <message>
            <location filename="../../views/debt_export.py" line="30" />
            <source>Schuldenlijst opslaan</source>
            <translation>Save debt list</translation>
        </message>
    </context>
    <context>
        <name>DebtImportDialog</name>
        <message>
            <location filename="../../views/debt_import_dialog.py" line="264" />
            <source> — 1 regel klopt niet</source>
            <translation> — 1 row is wrong</translation>
        </message>
        <message>
            <location filename="../../views/debt_import_dialog.py" line="261" />
            <source> — eerst de koppeling van de kolommen afmaken</source>
            <translation> — finish matching the columns first</translation>
        </message>
        <message>
            <location filename="../../views/debt_import_dialog.py" line="270" />
            <source> — kies nog bij 1 naam een schuldeiser</source>
            <translation> — still choose a creditor for 1 name</translation>
        </message>
        <message>
            <location filename="../../views/debt_import_dialog.py" line="272" />
            <source> — kies nog bij {n} namen een schuldeiser</source>
            <translation> — still choose a creditor for {n} names</translation>
        </message>
        <message>
            <location filename="../../views/debt_import_dialog.py" line="266" />
            <source> — {n} regels kloppen niet</source>
            <translation> — {n} rows are wrong</translation>
        </message>
        <message>
            <location filename="../../views/debt_import_dialog.py" line="90" />
            <source>Bestand kiezen</source>
            <translation>Choose file</translation>
        </message>
        <message>
            <location filename="../../views/debt_import_dialog.py" line="89" />
            <source>Bestand kiezen…</source>
            <translation>Choose file…</translation>
        </message>
        <message>
            <location filename="../../views/debt_import_dialog.py" line="168" />
            <source>De regels worden opnieuw gelezen…</source>
            <translation>Reading the rows again…</translation>
        </message>
        <message>
            <location filename="../../views/debt_import_dialog.py" line="301" />
            <source>De schulden worden opgeslagen…</source>
            <translation>Saving the debts…</translation>
        </message>
        <message>
            <location filename="../../views/debt_import_dialog.py" line="88" />
            <source>Gekozen bestand</source>
            <translation>Chosen file</translation>
        </message>
        <message>
            <location filename="../../views/debt_import_dialog.py" line="211" />
            <source>Gelezen: {where}, kopregel op regel {row}, {count} regels eronder.</source>
            <translation>Read: {where}, header on row {row}, {count} rows below it.</translation>
        </message>
        <message>
            <location filename="../../views/debt_import_dialog.py" line="158" />
            <source>Het bestand wordt gelezen…</source>
            <translation>Reading the file…</translation>
        </message>
        <message>
            <location filename="../../views/debt_import_dialog.py" line="121" />
            <location filename="../../views/debt_import_dialog.py" line="123" />
            <source>Inlezen</source>
            <translation>Import</translation>
        </message>
        <message>
            <location filename="../../views/debt_import_dialog.py" line="77" />
            <source>Kies de schuldenlijst die u al bijhoudt (Excel .xlsx of .csv). Er wordt pas iets opgeslagen als u op Inlezen klikt, en dan alles of niets.</source>
            <translation>Choose the debt list you already keep (Excel .xlsx or .csv). Nothing is saved until you click Import, and then all or nothing.</translation>
        </message>
        <message>
            <location filename="../../views/debt_import_dialog.py" line="103" />
            <source>Kolommen koppelen</source>
            <translation>Match columns</translation>
        </message>
        <message>
            <location filename="../../views/debt_import_dialog.py" line="97" />
            <source>Melding</source>
            <translation>Message</translation>
        </message>
        <message>
            <location filename="../../views/debt_import_dialog.py" line="87" />
            <source>Nog geen bestand gekozen</source>
            <translation>No file chosen yet</translation>
        </message>
        <message>
            <location filename="../../views/debt_import_dialog.py" line="235" />
            <source>Regel {row} overgeslagen: {reason}</source>
            <translation>Row {row} skipped: {reason}</translation>
        </message>
        <message>
            <location filename="../../views/debt_import_dialog.py" line="109" />
            <source>Regels die niet kloppen</source>
            <translation>Rows that are wrong</translation>
        </message>
        <message>
            <location filename="../../views/debt_import_dialog.py" line="117" />
            <source>Samenvatting</source>
            <translation>Summary</translation>
        </message>
        <message>
            <location filename="../../views/debt_import_dialog.py" line="107" />
            <source>Schuldeisers</source>
            <translation>Creditors</translation>
        </message>
        <message>
            <location filename="../../views/debt_import_dialog.py" line="71" />
            <location filename="../../views/debt_import_dialog.py" line="72" />
            <source>Schuldenlijst inlezen</source>
            <translation>Import debt list</translation>
        </message>
        <message>
            <location filename="../../views/debt_import_dialog.py" line="145" />
            <source>Schuldenlijst kiezen</source>
            <translation>Choose debt list</translation>
        </message>
        <message>
            <location filename="../../views/debt_import_dialog.py" line="147" />
            <source>Schuldenlijsten (*.xlsx *.csv *.txt);;Alle bestanden (*)</source>
            <translation>Debt lists (*.xlsx *.csv *.txt);;All files (*)</translation>
        </message>
        <message>
            <location filename="../../views/debt_import_dialog.py" line="112" />
            <source>Wat niet klopt</source>
            <translation>What is wrong</translation>
        </message>
        <message>
            <location filename="../../views/debt_import_dialog.py" line="209" />
            <source>werkblad {sheet}</source>
            <translation>worksheet {sheet}</translation>
        </message>
        <message>
            <location filename="../../views/debt_import_dialog.py" line="256" />
            <source>{count} schulden, totaal {total}</source>
            <translation>{count} debts, total {total}</translation>
        </message>
    </context>
    <context>
        <name>DebtTableModel</name>
        <message>
            <location filename="../../views/debts_model.py" line="106" />
            <source> (crisis)</source>
            <translation> (crisis)</translation>
        </message>
        <message>
            <location filename="../../views/debts_model.py" line="310" />
            <source> sinds {day}</source>
            <translation> since {day}</translation>
        </message>
        <message>
            <location filename="../../views/debts_model.py" line="311" />
            <source> tot {day}</source>
            <translation> until {day}</translation>
        </message>
        <message>
            <location filename="../../views/debts_model.py" line="306" />
            <source>Deze saldo-opgave is ouder dan 6 maanden: vraag een nieuwe op.</source>
            <translation>This balance statement is more than 6 months old: request a new one.</translation>
        </message>
        <message>
            <location filename="../../views/debts_model.py" line="80" />
            <source>Hoofdsom</source>
            <translation>Principal</translation>
        </message>
        <message>
            <location filename="../../views/debts_model.py" line="53" />
            <source>Incasso door</source>
            <translation>Collected by</translation>
        </message>
        <message>
            <location filename="../../views/debts_model.py" line="60" />
            <source>Kenmerk</source>
            <translation>Reference</translation>
        </message>
        <message>
            <location filename="../../views/debts_model.py" line="62" />
            <source>Klantnummer</source>
            <translation>Customer number</translation>
        </message>
        <message>
            <location filename="../../views/debts_model.py" line="82" />
            <source>Kosten</source>
            <translation>Costs</translation>
        </message>
        <message>
            <location filename="../../views/debts_model.py" line="86" />
            <source>Let op</source>
            <translation>Attention</translation>
        </message>
        <message>
            <location filename="../../views/debts_model.py" line="90" />
            <source>Notitie</source>
            <translation>Note</translation>
        </message>
        <message>
            <location filename="../../views/debts_model.py" line="84" />
            <source>Ontstaan</source>
            <translation>Incurred</translation>
        </message>
        <message>
            <location filename="../../views/debts_model.py" line="76" />
            <source>Oorspronkelijk</source>
            <translation>Original</translation>
        </message>
        <message>
            <location filename="../../views/debts_model.py" line="87" />
            <source>Preferent</source>
            <translation>Preferential</translation>
        </message>
        <message>
            <location filename="../../views/debts_model.py" line="81" />
            <source>Rente</source>
            <translation>Interest</translation>
        </message>
        <message>
            <location filename="../../views/debts_model.py" line="85" />
            <source>Saldo per</source>
            <translation>Balance as of</translation>
        </message>
        <message>
            <location filename="../../views/debts_model.py" line="47" />
            <source>Schuldeiser</source>
            <translation>Creditor</translation>
        </message>
        <message>
            <location filename="../../views/debts_model.py" line="58" />
            <source>Schuldenaar</source>
            <translation>Debtor</translation>
        </message>
        <message>
            <location filename="../../views/debts_model.py" line="69" />
            <source>Soort</source>
            <translation>Type</translation>
        </message>
        <message>
            <location filename="../../views/debts_model.py" line="65" />
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <location filename="../../views/debts_model.py" line="83" />
            <source>Totaal</source>
            <translation>Total</translation>
        </message>
        <message>
            <location filename="../../views/debts_model.py" line="89" />
            <source>Vaste last</source>
            <translation>Fixed cost</translation>
        </message>
        <message>
            <location filename="../../views/debts_model.py" line="88" />
            <source>Zakelijk</source>
            <translation>Business</translation>
        </message>
        <message>
            <location filename="../../views/debts_model.py" line="113" />
            <source>geen saldo-opgave</source>
            <translation>no balance statement</translation>
        </message>
        <message>
            <location filename="../../views/debts_model.py" line="234" />
            <source>ja</source>
            <translation>yes</translation>
        </message>
        <message>
            <location filename="../../views/debts_model.py" line="234" />
            <source>nee</source>
            <translation>no</translation>
        </message>
        <message>
            <location filename="../../views/debts_model.py" line="111" />
            <source>saldo ouder dan 6 maanden</source>
            <translation>balance more than 6 months old</translation>
        </message>
        <message>
            <location filename="../../views/debts_model.py" line="115" />
            <source>vaste last</source>
            <translation>fixed cost</translation>
        </message>
    </context>
    <context>
        <name>DebtTotals</name>
        <message>
            <location filename="../../views/debts_totals.py" line="58" />
            <source>Concurrent</source>
            <translation>Unsecured</translation>
        </message>
        <message>
            <location filename="../../views/debts_totals.py" line="27" />
            <source>Nog geen schulden. Voeg er een toe met Ctrl+Shift+N of lees een lijst in.</source>
            <translation>No debts yet. Add one with Ctrl+Shift+N or import a list.</translation>
        </message>
        <message>
            <location filename="../../views/debts_totals.py" line="54" />
            <source>Per soort</source>
            <translation>By type</translation>
        </message>
        <message>
            <location filename="../../views/debts_totals.py" line="53" />
            <source>Per status</source>
            <translation>By status</translation>
        </message>
        <message>
            <location filename="../../views/debts_totals.py" line="57" />
            <source>Preferent</source>
            <translation>Preferential</translation>
        </message>
        <message>
            <location filename="../../views/debts_totals.py" line="32" />
            <source>Totaal van de {n} getoonde schulden (van {of})</source>
            <translation>Total of the {n} debts shown (of {of})</translation>
        </message>
        <message>
            <location filename="../../views/debts_totals.py" line="30" />
            <source>Totaal van {n} schulden</source>
            <translation>Total of {n} debts</translation>
        </message>
        <message>
            <location filename="../../views/debts_totals.py" line="51" />
            <source>openstaand {amount}</source>
            <translation>outstanding {amount}</translation>
        </message>
        <message>
            <location filename="../../views/debts_totals.py" line="43" />
            <source>soort onbekend</source>
            <translation>type unknown</translation>
        </message>
    </context>
    <context>
        <name>DebtsTab</name>
        <message>
            <location filename="../../views/debts_tab.py" line="178" />
            <source>Alle schuldeisers</source>
            <translation>All creditors</translation>
        </message>
        <message>
            <location filename="../../views/debts_tab.py" line="179" />
            <source>Alle schuldenaars</source>
            <translation>All debtors</translation>
        </message>
        <message>
            <location filename="../../views/debts_tab.py" line="177" />
            <source>Alle statussen</source>
            <translation>All statuses</translation>
        </message>
        <message>
            <location filename="../../views/debts_tab.py" line="186" />
            <source>Alleen schulden met beslag, dwangbevel, ontruiming of een andere maatregel</source>
            <translation>Only debts with an attachment, enforcement order, eviction or other measure</translation>
        </message>
        <message>
            <location filename="../../views/debts_tab.py" line="182" />
            <source>Alleen schulden met een saldo-opgave ouder dan 6 maanden</source>
            <translation>Only debts with a balance statement more than 6 months old</translation>
        </message>
        <message>
            <location filename="../../views/debts_tab.py" line="142" />
            <source>De gekozen schuld verwijderen (Delete)</source>
            <translation>Delete the selected debt (Delete)</translation>
        </message>
        <message>
            <location filename="../../views/debts_changes.py" line="234" />
            <source>De schuld bij {name} is verwijderd. Ctrl+Z zet haar terug.</source>
            <translation>The debt with {name} has been deleted. Ctrl+Z brings it back.</translation>
        </message>
        <message>
            <location filename="../../views/debts_tab.py" line="138" />
            <source>Gegevens van de schuldeiser: adres, IBAN, telefoon, preferent</source>
            <translation>Creditor details: address, IBAN, phone, preferential</translation>
        </message>
        <message>
            <location filename="../../views/debts_tab.py" line="76" />
            <source>Inkomsten en uitgaven</source>
            <translation>Income and expenses</translation>
        </message>
        <message>
            <location filename="../../views/debts_tab.py" line="154" />
            <source>Inlezen…</source>
            <translation>Import…</translation>
        </message>
        <message>
            <location filename="../../views/debts_changes.py" line="99" />
            <source>Kies of typ de schuldeiser.</source>
            <translation>Choose or type the creditor.</translation>
        </message>
        <message>
            <location filename="../../views/debts_changes.py" line="156" />
            <source>Let op: er is een crisissituatie (sinds {day}). Het eerste gesprek moet binnen 3 werkdagen; de procesplaat toont de termijn.</source>
            <translation>Attention: there is a crisis (since {day}). The first meeting must take place within 3 working days; the process map shows the deadline.</translation>
        </message>
        <message>
            <location filename="../../views/debts_tab.py" line="134" />
            <source>Maatregelen…</source>
            <translation>Measures…</translation>
        </message>
        <message>
            <location filename="../../views/debts_tab.py" line="184" />
            <source>Met maatregel</source>
            <translation>With measure</translation>
        </message>
        <message>
            <location filename="../../views/debts_tab.py" line="156" />
            <source>Naar Excel…</source>
            <translation>To Excel…</translation>
        </message>
        <message>
            <location filename="../../views/debts_tab.py" line="130" />
            <source>Nieuwe schuld (Ctrl+Shift+N of Insert)</source>
            <translation>New debt (Ctrl+Shift+N or Insert)</translation>
        </message>
        <message>
            <location filename="../../views/debts_tab.py" line="129" />
            <source>Nieuwe schuld…</source>
            <translation>New debt…</translation>
        </message>
        <message>
            <location filename="../../views/debts_tab.py" line="146" />
            <source>Ongedaan maken</source>
            <translation>Undo</translation>
        </message>
        <message>
            <location filename="../../views/debts_tab.py" line="145" />
            <source>Ongedaan maken (Ctrl+Z)</source>
            <translation>Undo (Ctrl+Z)</translation>
        </message>
        <message>
            <location filename="../../views/debts_tab.py" line="150" />
            <source>Opnieuw</source>
            <translation>Redo</translation>
        </message>
        <message>
            <location filename="../../views/debts_tab.py" line="149" />
            <source>Opnieuw (Ctrl+Y)</source>
            <translation>Redo (Ctrl+Y)</translation>
        </message>
        <message>
            <location filename="../../views/debts_changes.py" line="147" />
            <source>Schuld toevoegen</source>
            <translation>Add debt</translation>
        </message>
        <message>
            <location filename="../../views/debts_changes.py" line="229" />
            <source>Schuld verwijderen</source>
            <translation>Delete debt</translation>
        </message>
        <message>
            <location filename="../../views/debts_changes.py" line="119" />
            <source>Schuld wijzigen</source>
            <translation>Change debt</translation>
        </message>
        <message>
            <location filename="../../views/debts_changes.py" line="209" />
            <source>Schuldeiser wijzigen</source>
            <translation>Change creditor</translation>
        </message>
        <message>
            <location filename="../../views/debts_tab.py" line="73" />
            <source>Schuldeisers</source>
            <translation>Creditors</translation>
        </message>
        <message>
            <location filename="../../views/debts_tab.py" line="136" />
            <source>Schuldeiser…</source>
            <translation>Creditor…</translation>
        </message>
        <message>
            <location filename="../../views/debts_tab.py" line="89" />
            <source>Schulden</source>
            <translation>Debts</translation>
        </message>
        <message>
            <location filename="../../views/debts_changes.py" line="262" />
            <source>Schuldenlijst inlezen</source>
            <translation>Import debt list</translation>
        </message>
        <message>
            <location filename="../../views/debts_tab.py" line="180" />
            <source>Verouderd saldo</source>
            <translation>Outdated balance</translation>
        </message>
        <message>
            <location filename="../../views/debts_tab.py" line="141" />
            <source>Verwijderen</source>
            <translation>Delete</translation>
        </message>
        <message>
            <location filename="../../views/debts_tab.py" line="132" />
            <source>Wijzigen…</source>
            <translation>Change…</translation>
        </message>
        <message>
            <location filename="../../views/debts_changes.py" line="264" />
            <source>{n} schulden ingelezen, samen {total}. Ctrl+Z maakt dit ongedaan.</source>
            <translation>{n} debts imported, together {total}. Ctrl+Z undoes this.</translation>
        </message>
        <message>
            <location filename="../../views/debts_changes.py" line="81" />
            <source>{what} wijzigen</source>
            <translation>Change {what}</translation>
        </message>
        <message>
            <location filename="../../views/debts_tab.py" line="144" />
            <source>↶</source>
            <translation>↶</translation>
        </message>
        <message>
            <location filename="../../views/debts_tab.py" line="148" />
            <source>↷</source>
            <translation>↷</translation>
        </message>
    </context>
    <context>
        <name>DocumentPreview</name>
        <message>
            <location filename="../../views/document_preview.py" line="140" />
            <source>Bezig met openen…</source>
            <translation>Opening…</translation>
        </message>
        <message>
            <location filename="../../views/document_preview.py" line="251" />
            <source>Deze pagina kan niet getoond worden.</source>
            <translation>This page cannot be shown.</translation>
        </message>
        <message>
            <location filename="../../views/document_preview.py" line="153" />
            <source>Dit document kan niet getoond worden.</source>
            <translation>This document cannot be shown.</translation>
        </message>
        <message>
            <location filename="../../views/document_preview.py" line="81" />
            <source>Groter</source>
            <translation>Larger</translation>
        </message>
        <message>
            <location filename="../../views/document_preview.py" line="82" />
            <source>Groter (Ctrl++)</source>
            <translation>Larger (Ctrl++)</translation>
        </message>
        <message>
            <location filename="../../views/document_preview.py" line="74" />
            <source>Kleiner</source>
            <translation>Smaller</translation>
        </message>
        <message>
            <location filename="../../views/document_preview.py" line="75" />
            <source>Kleiner (Ctrl+-)</source>
            <translation>Smaller (Ctrl+-)</translation>
        </message>
        <message>
            <location filename="../../views/document_preview.py" line="197" />
            <source>Pagina</source>
            <translation>Page</translation>
        </message>
        <message>
            <location filename="../../views/document_preview.py" line="192" />
            <source>Pagina {page} van {count}</source>
            <translation>Page {page} of {count}</translation>
        </message>
        <message>
            <location filename="../../views/document_preview.py" line="77" />
            <source>Passend</source>
            <translation>Fit</translation>
        </message>
        <message>
            <location filename="../../views/document_preview.py" line="70" />
            <source>Volgende pagina</source>
            <translation>Next page</translation>
        </message>
        <message>
            <location filename="../../views/document_preview.py" line="71" />
            <source>Volgende pagina (Page Down)</source>
            <translation>Next page (Page Down)</translation>
        </message>
        <message>
            <location filename="../../views/document_preview.py" line="63" />
            <source>Vorige pagina</source>
            <translation>Previous page</translation>
        </message>
        <message>
            <location filename="../../views/document_preview.py" line="64" />
            <source>Vorige pagina (Page Up)</source>
            <translation>Previous page (Page Up)</translation>
        </message>
        <message>
            <location filename="../../views/document_preview.py" line="78" />
            <source>Zo breed als het venster (Ctrl+0)</source>
            <translation>As wide as the window (Ctrl+0)</translation>
        </message>
        <message>
            <location filename="../../views/document_preview.py" line="189" />
            <source>{page} van {count}</source>
            <translation>{page} of {count}</translation>
        </message>
    </context>
    <context>
        <name>DocumentPreviewDialog</name>
        <message>
            <location filename="../../views/document_preview.py" line="270" />
            <source>Bewijsstuk bekijken</source>
            <translation>View proof</translation>
        </message>
    </context>
    <context>
        <name>DocumentsTab</name>
        <message>
            <location filename="../../views/documents_tab.py" line="36" />
            <source>Bewijsstukken</source>
            <translation>Proofs</translation>
        </message>
        <message>
            <location filename="../../views/documents_tab.py" line="39" />
            <source>Checklist en volledigheid</source>
            <translation>Checklist and completeness</translation>
        </message>
    </context>
    <context>
        <name>EventDialog</name>
        <message>
            <location filename="../../views/route_dialog.py" line="23" />
            <source>1 – heel slecht</source>
            <translation>1 – very bad</translation>
        </message>
        <message>
            <location filename="../../views/route_dialog.py" line="24" />
            <source>2 – slecht</source>
            <translation>2 – bad</translation>
        </message>
        <message>
            <location filename="../../views/route_dialog.py" line="25" />
            <source>3 – gaat wel</source>
            <translation>3 – okay</translation>
        </message>
        <message>
            <location filename="../../views/route_dialog.py" line="26" />
            <source>4 – goed</source>
            <translation>4 – good</translation>
        </message>
        <message>
            <location filename="../../views/route_dialog.py" line="27" />
            <source>5 – heel goed</source>
            <translation>5 – very good</translation>
        </message>
        <message>
            <location filename="../../views/route_dialog.py" line="59" />
            <source>Bijvoorbeeld: “Ik kan weer ademen!”</source>
            <translation>For example: “I can breathe again!”</translation>
        </message>
        <message>
            <location filename="../../views/route_dialog.py" line="51" />
            <location filename="../../views/route_dialog.py" line="52" />
            <source>Datum</source>
            <translation>Date</translation>
        </message>
        <message>
            <location filename="../../views/route_dialog.py" line="63" />
            <location filename="../../views/route_dialog.py" line="67" />
            <source>Hoe voelde het?</source>
            <translation>How did it feel?</translation>
        </message>
        <message>
            <location filename="../../views/route_dialog.py" line="61" />
            <source>In eigen woorden</source>
            <translation>In their own words</translation>
        </message>
        <message>
            <location filename="../../views/route_dialog.py" line="60" />
            <source>In haar of zijn eigen woorden</source>
            <translation>In her or his own words</translation>
        </message>
        <message>
            <location filename="../../views/route_dialog.py" line="42" />
            <source>Wat gebeurde er?</source>
            <translation>What happened?</translation>
        </message>
    </context>
    <context>
        <name>EventKind</name>
        <message>
            <location filename="../../views/route_style.py" line="70" />
            <source>Begin van de fase</source>
            <translation>Start of the phase</translation>
        </message>
        <message>
            <location filename="../../views/route_style.py" line="71" />
            <source>Einde van de fase</source>
            <translation>End of the phase</translation>
        </message>
        <message>
            <location filename="../../views/route_style.py" line="68" />
            <source>Mijlpaal</source>
            <translation>Milestone</translation>
        </message>
        <message>
            <location filename="../../views/route_style.py" line="69" />
            <source>Notitie</source>
            <translation>Note</translation>
        </message>
        <message>
            <location filename="../../views/route_style.py" line="67" />
            <source>Tegenslag</source>
            <translation>Setback</translation>
        </message>
    </context>
    <context>
        <name>ExportWizard</name>
        <message>
            <location filename="../../views/export_wizard.py" line="288" />
            <source>Annuleren</source>
            <translation>Cancel</translation>
        </message>
        <message>
            <location filename="../../views/export_wizard.py" line="384" />
            <source>De dossierbundel staat klaar in {folder}:

{names}</source>
            <translation>The dossier bundle is ready in {folder}:

{names}</translation>
        </message>
        <message>
            <location filename="../../views/export_wizard.py" line="282" />
            <source>Dossier exporteren voor het loket</source>
            <translation>Export dossier for the desk</translation>
        </message>
        <message>
            <location filename="../../views/export_wizard.py" line="336" />
            <source>Dossierbundel maken…</source>
            <translation>Making the dossier bundle…</translation>
        </message>
        <message>
            <location filename="../../views/export_wizard.py" line="285" />
            <location filename="../../views/export_wizard.py" line="337" />
            <source>Exporteren</source>
            <translation>Export</translation>
        </message>
        <message>
            <location filename="../../views/export_wizard.py" line="392" />
            <source>Geef het wachtwoord op een andere manier door dan de bundel zelf.</source>
            <translation>Pass on the password by a different route than the bundle itself.</translation>
        </message>
        <message>
            <location filename="../../views/export_wizard.py" line="393" />
            <source>Geëxporteerd</source>
            <translation>Exported</translation>
        </message>
        <message>
            <location filename="../../views/export_wizard.py" line="394" />
            <source>Map openen</source>
            <translation>Open folder</translation>
        </message>
        <message>
            <location filename="../../views/export_wizard.py" line="374" />
            <source>Niet geëxporteerd</source>
            <translation>Not exported</translation>
        </message>
        <message>
            <location filename="../../views/export_wizard.py" line="336" />
            <source>Stoppen</source>
            <translation>Stop</translation>
        </message>
        <message>
            <location filename="../../views/export_wizard.py" line="388" />
            <source>Stuur alle {n} delen; het loket heeft ze allemaal nodig.</source>
            <translation>Send all {n} parts; the desk needs every one of them.</translation>
        </message>
        <message>
            <location filename="../../views/export_wizard.py" line="286" />
            <source>Volgende</source>
            <translation>Next</translation>
        </message>
        <message>
            <location filename="../../views/export_wizard.py" line="287" />
            <source>Vorige</source>
            <translation>Back</translation>
        </message>
    </context>
    <context>
        <name>FilePage</name>
        <message>
            <location filename="../../views/export_wizard.py" line="187" />
            <location filename="../../views/export_wizard.py" line="192" />
            <source>Bestand</source>
            <translation>File</translation>
        </message>
        <message>
            <location filename="../../views/export_wizard.py" line="255" />
            <source>Bestand bestaat al</source>
            <translation>File already exists</translation>
        </message>
        <message>
            <location filename="../../views/export_wizard.py" line="193" />
            <source>Beveiligen met een wachtwoord (AES-256, opent in 7-Zip)</source>
            <translation>Protect with a password (AES-256, opens in 7-Zip)</translation>
        </message>
        <message>
            <location filename="../../views/export_wizard.py" line="188" />
            <source>Bladeren…</source>
            <translation>Browse…</translation>
        </message>
        <message>
            <location filename="../../views/export_wizard.py" line="226" />
            <source>Bundel opslaan</source>
            <translation>Save bundle</translation>
        </message>
        <message>
            <location filename="../../views/export_wizard.py" line="243" />
            <source>De bundel is een zip-bestand: de naam eindigt op .zip.</source>
            <translation>The bundle is a zip file: its name ends in .zip.</translation>
        </message>
        <message>
            <location filename="../../views/export_wizard.py" line="245" />
            <source>De map {folder} bestaat niet.</source>
            <translation>The folder {folder} does not exist.</translation>
        </message>
        <message>
            <location filename="../../views/export_wizard.py" line="251" />
            <source>De twee wachtwoorden zijn niet gelijk.</source>
            <translation>The two passwords do not match.</translation>
        </message>
        <message>
            <location filename="../../views/export_wizard.py" line="179" />
            <source>Een wachtwoord beschermt de bundel onderweg; geef het wachtwoord op een andere manier door (bijvoorbeeld telefonisch), nooit in dezelfde mail.</source>
            <translation>A password protects the bundle on its way; pass on the password by a different route (for example by phone), never in the same email.</translation>
        </message>
        <message>
            <location filename="../../views/export_wizard.py" line="212" />
            <source>Grootte van een deel</source>
            <translation>Size of a part</translation>
        </message>
        <message>
            <location filename="../../views/export_wizard.py" line="201" />
            <location filename="../../views/export_wizard.py" line="203" />
            <source>Herhaal het wachtwoord</source>
            <translation>Repeat the password</translation>
        </message>
        <message>
            <location filename="../../views/export_wizard.py" line="177" />
            <source>Het bestand</source>
            <translation>The file</translation>
        </message>
        <message>
            <location filename="../../views/export_wizard.py" line="247" />
            <source>Kies een wachtwoord van minstens {n} tekens.</source>
            <translation>Choose a password of at least {n} characters.</translation>
        </message>
        <message>
            <location filename="../../views/export_wizard.py" line="241" />
            <source>Kies waar de bundel komt.</source>
            <translation>Choose where the bundle goes.</translation>
        </message>
        <message>
            <location filename="../../views/export_wizard.py" line="207" />
            <source>Splitsen voor de mail, in delen van hoogstens</source>
            <translation>Split for email, into parts of at most</translation>
        </message>
        <message>
            <location filename="../../views/export_wizard.py" line="198" />
            <location filename="../../views/export_wizard.py" line="202" />
            <source>Wachtwoord</source>
            <translation>Password</translation>
        </message>
        <message>
            <location filename="../../views/export_wizard.py" line="226" />
            <source>Zip-bestand (*.zip)</source>
            <translation>Zip file (*.zip)</translation>
        </message>
        <message>
            <location filename="../../views/export_wizard.py" line="256" />
            <source>{name} bestaat al. Vervangen?</source>
            <translation>{name} already exists. Replace it?</translation>
        </message>
    </context>
    <context>
        <name>GoalDialog</name>
        <message>
            <location filename="../../views/praatplaat_panels.py" line="108" />
            <location filename="../../views/praatplaat_panels.py" line="112" />
            <source>Bereikt op</source>
            <translation>Reached on</translation>
        </message>
        <message>
            <location filename="../../views/praatplaat_panels.py" line="115" />
            <source>Doel</source>
            <translation>Goal</translation>
        </message>
        <message>
            <location filename="../../views/praatplaat_panels.py" line="102" />
            <source>Doel wijzigen</source>
            <translation>Change goal</translation>
        </message>
        <message>
            <location filename="../../views/praatplaat_panels.py" line="117" />
            <source>Gesteld op</source>
            <translation>Set on</translation>
        </message>
        <message>
            <location filename="../../views/praatplaat_panels.py" line="116" />
            <source>Leefgebied</source>
            <translation>Life domain</translation>
        </message>
    </context>
    <context>
        <name>LockGuard</name>
        <message>
            <location filename="../../views/lock.py" line="368" />
            <source>Het controleren lukte niet. Procesplaat blijft vergrendeld; probeer het opnieuw.</source>
            <translation>The check did not succeed. Procesplaat stays locked; please try again.</translation>
        </message>
    </context>
    <context>
        <name>LockScreen</name>
        <message>
            <location filename="../../views/lock.py" line="174" />
            <source>Controleren…</source>
            <translation>Checking…</translation>
        </message>
        <message>
            <location filename="../../views/lock.py" line="95" />
            <source>Gebruiker: {user}</source>
            <translation>User: {user}</translation>
        </message>
        <message>
            <location filename="../../views/lock.py" line="140" />
            <source>Geef het wachtwoord van de gegevensmap om verder te werken.</source>
            <translation>Enter the data folder's password to continue working.</translation>
        </message>
        <message>
            <location filename="../../views/lock.py" line="145" />
            <source>Geef uw ontgrendelcode om verder te werken.</source>
            <translation>Enter your unlock code to continue.</translation>
        </message>
        <message>
            <location filename="../../views/lock.py" line="154" />
            <source>Klik op Ontgrendelen om verder te werken.</source>
            <translation>Click Unlock to continue working.</translation>
        </message>
        <message>
            <location filename="../../views/lock.py" line="148" />
            <source>Klik op Ontgrendelen om verder te werken. Procesplaat controleert de sleutel van de gegevens in de sleutelbos van deze gebruiker.</source>
            <translation>Click Unlock to continue working. Procesplaat checks the data key in this user's keyring.</translation>
        </message>
        <message>
            <location filename="../../views/lock.py" line="143" />
            <location filename="../../views/lock.py" line="144" />
            <source>Ontgrendelcode</source>
            <translation>Unlock code</translation>
        </message>
        <message>
            <location filename="../../views/lock.py" line="105" />
            <source>Ontgrendelen</source>
            <translation>Unlock</translation>
        </message>
        <message>
            <location filename="../../views/lock.py" line="89" />
            <source>Procesplaat is vergrendeld</source>
            <translation>Procesplaat is locked</translation>
        </message>
        <message>
            <location filename="../../views/lock.py" line="102" />
            <location filename="../../views/lock.py" line="103" />
            <location filename="../../views/lock.py" line="138" />
            <source>Wachtwoord van de gegevensmap</source>
            <translation>Data folder password</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <location filename="../../views/window_commands.py" line="32" />
            <source>Acties</source>
            <translation>Actions</translation>
        </message>
        <message>
            <location filename="../../views/main_window.py" line="392" />
            <source>De gegevens van deze klant zijn gewijzigd. Wilt u de wijzigingen opslaan?</source>
            <translation>This client's details have been changed. Do you want to save the changes?</translation>
        </message>
        <message>
            <location filename="../../views/window_commands.py" line="33" />
            <source>Documenten</source>
            <translation>Documents</translation>
        </message>
        <message>
            <location filename="../../views/main_window.py" line="456" />
            <source>Fase {n}: {title}</source>
            <translation>Phase {n}: {title}</translation>
        </message>
        <message>
            <location filename="../../views/window_commands.py" line="34" />
            <source>Gegevens</source>
            <translation>Details</translation>
        </message>
        <message>
            <location filename="../../views/main_window.py" line="78" />
            <source>Gesloten dossiers tonen</source>
            <translation>Show closed dossiers</translation>
        </message>
        <message>
            <location filename="../../views/main_window.py" line="134" />
            <source>Kies links een klant, of maak een nieuwe klant aan (Ctrl+N).</source>
            <translation>Choose a client on the left, or create a new client (Ctrl+N).</translation>
        </message>
        <message>
            <location filename="../../views/main_window.py" line="82" />
            <source>Klanten</source>
            <translation>Clients</translation>
        </message>
        <message>
            <location filename="../../views/main_window.py" line="154" />
            <source>Klanten laden…</source>
            <translation>Loading clients…</translation>
        </message>
        <message>
            <location filename="../../views/main_window.py" line="391" />
            <source>Niet opgeslagen</source>
            <translation>Not saved</translation>
        </message>
        <message>
            <location filename="../../views/window_commands.py" line="30" />
            <source>Praatplaat</source>
            <translation>Conversation map</translation>
        </message>
        <message>
            <location filename="../../views/main_window.py" line="66" />
            <location filename="../../views/window_commands.py" line="29" />
            <source>Procesplaat</source>
            <translation>Procesplaat</translation>
        </message>
        <message>
            <location filename="../../views/window_commands.py" line="31" />
            <source>Schulden</source>
            <translation>Debts</translation>
        </message>
        <message>
            <location filename="../../views/main_window.py" line="75" />
            <source>Zoek een klant</source>
            <translation>Find a client</translation>
        </message>
        <message>
            <location filename="../../views/main_window.py" line="73" />
            <source>Zoek op naam, BSN, postcode of geboortedatum (Ctrl+F)</source>
            <translation>Search by name, BSN, postcode or date of birth (Ctrl+F)</translation>
        </message>
        <message>
            <location filename="../../views/main_window.py" line="461" />
            <source>gesloten</source>
            <translation>closed</translation>
        </message>
        <message>
            <location filename="../../views/main_window.py" line="459" />
            <source>openstaand {amount}</source>
            <translation>outstanding {amount}</translation>
        </message>
        <message>
            <location filename="../../views/main_window.py" line="337" />
            <source>{shown} van {total} klanten</source>
            <translation>{shown} of {total} clients</translation>
        </message>
    </context>
    <context>
        <name>MappingTable</name>
        <message>
            <location filename="../../views/debt_import_tables.py" line="99" />
            <source>(niet gebruiken)</source>
            <translation>(do not use)</translation>
        </message>
        <message>
            <location filename="../../views/debt_import_tables.py" line="95" />
            <source>Kolom {letter} ({header}) koppelen aan</source>
            <translation>Match column {letter} ({header}) to</translation>
        </message>
        <message>
            <location filename="../../views/debt_import_tables.py" line="57" />
            <source>Koppeling</source>
            <translation>Match</translation>
        </message>
        <message>
            <location filename="../../views/debt_import_tables.py" line="37" />
            <source>Voorbeeld van de lijst met de koppeling per kolom</source>
            <translation>Preview of the list with each column's match</translation>
        </message>
    </context>
    <context>
        <name>MeasureDialog</name>
        <message>
            <location filename="../../views/measure_dialog.py" line="91" />
            <source> sinds {day}</source>
            <translation> since {day}</translation>
        </message>
        <message>
            <location filename="../../views/measure_dialog.py" line="93" />
            <source> tot {day}</source>
            <translation> until {day}</translation>
        </message>
        <message>
            <location filename="../../views/measure_dialog.py" line="95" />
            <source> — crisis: eerste gesprek binnen 3 werkdagen</source>
            <translation> — crisis: first meeting within 3 working days</translation>
        </message>
        <message>
            <location filename="../../views/measure_dialog.py" line="48" />
            <source>(kies)</source>
            <translation>(choose)</translation>
        </message>
        <message>
            <location filename="../../views/measure_dialog.py" line="47" />
            <location filename="../../views/measure_dialog.py" line="57" />
            <source>Maatregel</source>
            <translation>Measure</translation>
        </message>
        <message>
            <location filename="../../views/measure_dialog.py" line="126" />
            <source>Maatregel toevoegen</source>
            <translation>Add measure</translation>
        </message>
        <message>
            <location filename="../../views/measure_dialog.py" line="153" />
            <source>Maatregel verwijderen</source>
            <translation>Delete measure</translation>
        </message>
        <message>
            <location filename="../../views/measure_dialog.py" line="40" />
            <source>Maatregelen</source>
            <translation>Measures</translation>
        </message>
        <message>
            <location filename="../../views/measure_dialog.py" line="37" />
            <source>Maatregelen: {name}</source>
            <translation>Measures: {name}</translation>
        </message>
        <message>
            <location filename="../../views/measure_dialog.py" line="60" />
            <source>Notitie</source>
            <translation>Note</translation>
        </message>
        <message>
            <location filename="../../views/measure_dialog.py" line="130" />
            <source>Opgeslagen.</source>
            <translation>Saved.</translation>
        </message>
        <message>
            <location filename="../../views/measure_dialog.py" line="58" />
            <source>Sinds</source>
            <translation>Since</translation>
        </message>
        <message>
            <location filename="../../views/measure_dialog.py" line="70" />
            <source>Toevoegen</source>
            <translation>Add</translation>
        </message>
        <message>
            <location filename="../../views/measure_dialog.py" line="59" />
            <source>Tot</source>
            <translation>Until</translation>
        </message>
        <message>
            <location filename="../../views/measure_dialog.py" line="42" />
            <source>Verwijderen</source>
            <translation>Delete</translation>
        </message>
        <message>
            <location filename="../../views/measure_dialog.py" line="52" />
            <source>dd-mm-jjjj</source>
            <translation>dd-mm-yyyy</translation>
        </message>
        <message>
            <location filename="../../views/measure_dialog.py" line="54" />
            <source>dd-mm-jjjj (leeg: loopt nog)</source>
            <translation>dd-mm-yyyy (empty: still running)</translation>
        </message>
    </context>
    <context>
        <name>NewClientDialog</name>
        <message>
            <location filename="../../views/dialogs.py" line="127" />
            <source>Aanmaken</source>
            <translation>Create</translation>
        </message>
        <message>
            <location filename="../../views/dialogs.py" line="107" />
            <source>Achternaam</source>
            <translation>Surname</translation>
        </message>
        <message>
            <location filename="../../views/dialogs.py" line="109" />
            <source>BSN</source>
            <translation>BSN</translation>
        </message>
        <message>
            <location filename="../../views/dialogs.py" line="108" />
            <source>Geboortedatum</source>
            <translation>Date of birth</translation>
        </message>
        <message>
            <location filename="../../views/dialogs.py" line="99" />
            <source>Nieuwe klant</source>
            <translation>New client</translation>
        </message>
        <message>
            <location filename="../../views/dialogs.py" line="110" />
            <source>Postcode</source>
            <translation>Postcode</translation>
        </message>
        <message>
            <location filename="../../views/dialogs.py" line="106" />
            <source>Tussenvoegsel</source>
            <translation>Surname prefix</translation>
        </message>
        <message>
            <location filename="../../views/dialogs.py" line="105" />
            <source>Voornamen</source>
            <translation>First names</translation>
        </message>
        <message>
            <location filename="../../views/dialogs.py" line="109" />
            <source>mag later</source>
            <translation>can wait</translation>
        </message>
    </context>
    <context>
        <name>PassphraseDialog</name>
        <message>
            <location filename="../../views/dialogs.py" line="86" />
            <source>De twee wachtwoorden zijn niet gelijk.</source>
            <translation>The two passwords do not match.</translation>
        </message>
        <message>
            <location filename="../../views/dialogs.py" line="42" />
            <source>Deze computer heeft geen sleutelbos waarin Procesplaat de sleutel van de gegevens kan bewaren. Kies een wachtwoord van minstens {n} tekens. Zonder dit wachtwoord kan niemand de gegevens lezen, ook u niet: bewaar het goed.</source>
            <translation>This computer has no keyring in which Procesplaat can keep the data key. Choose a password of at least {n} characters. Without this password nobody can read the data, not even you: keep it safe.</translation>
        </message>
        <message>
            <location filename="../../views/dialogs.py" line="48" />
            <source>Geef het wachtwoord van de gegevens van Procesplaat.</source>
            <translation>Enter the password of Procesplaat's data.</translation>
        </message>
        <message>
            <location filename="../../views/dialogs.py" line="62" />
            <source>Herhaal</source>
            <translation>Repeat</translation>
        </message>
        <message>
            <location filename="../../views/dialogs.py" line="61" />
            <source>Herhaal wachtwoord</source>
            <translation>Repeat password</translation>
        </message>
        <message>
            <location filename="../../views/dialogs.py" line="80" />
            <source>Het wachtwoord is te kort: minstens {n} tekens.</source>
            <translation>The password is too short: at least {n} characters.</translation>
        </message>
        <message>
            <location filename="../../views/dialogs.py" line="39" />
            <source>Procesplaat — wachtwoord</source>
            <translation>Procesplaat — password</translation>
        </message>
        <message>
            <location filename="../../views/dialogs.py" line="55" />
            <location filename="../../views/dialogs.py" line="56" />
            <source>Wachtwoord</source>
            <translation>Password</translation>
        </message>
    </context>
    <context>
        <name>Praatplaat</name>
        <message>
            <location filename="../../views/praatplaat_panels.py" line="150" />
            <source>&lt;b&gt;Mijn doelen&lt;/b&gt; — vink aan wat bereikt is</source>
            <translation>&lt;b&gt;My goals&lt;/b&gt; — tick what has been reached</translation>
        </message>
        <message>
            <location filename="../../views/praatplaat_panels.py" line="174" />
            <location filename="../../views/praatplaat_panels.py" line="238" />
            <source>Bereikt ✓</source>
            <translation>Reached ✓</translation>
        </message>
        <message>
            <location filename="../../views/praatplaat_panels.py" line="310" />
            <source>Cijfer gegeven op {day}</source>
            <translation>Score given on {day}</translation>
        </message>
        <message>
            <location filename="../../views/praatplaat.py" line="279" />
            <source>Cijfer geven</source>
            <translation>Give a score</translation>
        </message>
        <message>
            <location filename="../../views/praatplaat_panels.py" line="267" />
            <source>Cijfer {label}</source>
            <translation>Score {label}</translation>
        </message>
        <message>
            <location filename="../../views/praatplaat.py" line="170" />
            <source>Cijfers</source>
            <translation>Scores</translation>
        </message>
        <message>
            <location filename="../../views/praatplaat_panels.py" line="274" />
            <source>De laatste wijziging terugdraaien (Ctrl+Z)</source>
            <translation>Undo the last change (Ctrl+Z)</translation>
        </message>
        <message>
            <location filename="../../views/praatplaat_panels.py" line="276" />
            <source>De wijziging toch weer doen (Ctrl+Y)</source>
            <translation>Redo the change after all (Ctrl+Y)</translation>
        </message>
        <message>
            <location filename="../../views/praatplaat.py" line="353" />
            <source>Doel bereikt</source>
            <translation>Goal reached</translation>
        </message>
        <message>
            <location filename="../../views/praatplaat.py" line="353" />
            <source>Doel niet bereikt</source>
            <translation>Goal not reached</translation>
        </message>
        <message>
            <location filename="../../views/praatplaat.py" line="333" />
            <source>Doel toevoegen</source>
            <translation>Add goal</translation>
        </message>
        <message>
            <location filename="../../views/praatplaat.py" line="395" />
            <source>Doel verwijderd. Terughalen kan met “Ongedaan maken”.</source>
            <translation>Goal deleted. “Undo” brings it back.</translation>
        </message>
        <message>
            <location filename="../../views/praatplaat.py" line="390" />
            <source>Doel verwijderen</source>
            <translation>Delete goal</translation>
        </message>
        <message>
            <location filename="../../views/praatplaat.py" line="376" />
            <source>Doel wijzigen</source>
            <translation>Change goal</translation>
        </message>
        <message>
            <location filename="../../views/praatplaat_panels.py" line="324" />
            <source>Geef eerst een cijfer van 1 tot 5</source>
            <translation>First give a score from 1 to 5</translation>
        </message>
        <message>
            <location filename="../../views/praatplaat.py" line="294" />
            <source>Geef {domain} eerst een cijfer van 1 tot 5.</source>
            <translation>First give {domain} a score from 1 to 5.</translation>
        </message>
        <message>
            <location filename="../../views/praatplaat_panels.py" line="48" />
            <source>Geen leefgebied</source>
            <translation>No life domain</translation>
        </message>
        <message>
            <location filename="../../views/praatplaat_panels.py" line="168" />
            <source>Leefgebied van het nieuwe doel</source>
            <translation>Life domain of the new goal</translation>
        </message>
        <message>
            <location filename="../../views/praatplaat_panels.py" line="153" />
            <source>Mijn doelen</source>
            <translation>My goals</translation>
        </message>
        <message>
            <location filename="../../views/praatplaat_panels.py" line="164" />
            <source>Mijn nieuwe doel</source>
            <translation>My new goal</translation>
        </message>
        <message>
            <location filename="../../views/praatplaat_panels.py" line="165" />
            <source>Nieuw doel</source>
            <translation>New goal</translation>
        </message>
        <message>
            <location filename="../../views/praatplaat_tile.py" line="89" />
            <source>Nog geen cijfer.</source>
            <translation>No score yet.</translation>
        </message>
        <message>
            <location filename="../../views/praatplaat_panels.py" line="312" />
            <location filename="../../views/praatplaat_tile.py" line="76" />
            <source>Nog niet besproken</source>
            <translation>Not discussed yet</translation>
        </message>
        <message>
            <location filename="../../views/praatplaat_panels.py" line="320" />
            <source>Notitie bij {domain}</source>
            <translation>Note on {domain}</translation>
        </message>
        <message>
            <location filename="../../views/praatplaat_panels.py" line="322" />
            <source>Notitie bij {domain} (Enter slaat op)</source>
            <translation>Note on {domain} (Enter saves)</translation>
        </message>
        <message>
            <location filename="../../views/praatplaat.py" line="308" />
            <source>Notitie wijzigen</source>
            <translation>Change note</translation>
        </message>
        <message>
            <location filename="../../views/praatplaat_panels.py" line="238" />
            <source>Toch niet bereikt</source>
            <translation>Not reached after all</translation>
        </message>
        <message>
            <location filename="../../views/praatplaat_tile.py" line="96" />
            <source>Toets 1 tot 5 geeft een cijfer, Enter een notitie.</source>
            <translation>Keys 1 to 5 give a score, Enter a note.</translation>
        </message>
        <message>
            <location filename="../../views/praatplaat_panels.py" line="169" />
            <source>Toevoegen</source>
            <translation>Add</translation>
        </message>
        <message>
            <location filename="../../views/praatplaat_panels.py" line="176" />
            <source>Verwijderen</source>
            <translation>Delete</translation>
        </message>
        <message>
            <location filename="../../views/praatplaat_panels.py" line="306" />
            <location filename="../../views/praatplaat_tile.py" line="91" />
            <source>Vorige keer ({day}): {label}</source>
            <translation>Last time ({day}): {label}</translation>
        </message>
        <message>
            <location filename="../../views/praatplaat_panels.py" line="175" />
            <source>Wijzigen…</source>
            <translation>Change…</translation>
        </message>
        <message>
            <location filename="../../views/praatplaat_panels.py" line="208" />
            <source>gesteld op {day}</source>
            <translation>set on {day}</translation>
        </message>
        <message>
            <location filename="../../views/praatplaat_tile.py" line="79" />
            <source>sinds {day}</source>
            <translation>since {day}</translation>
        </message>
        <message>
            <location filename="../../views/praatplaat_tile.py" line="80" />
            <source>{change} (was {score})</source>
            <translation>{change} (was {score})</translation>
        </message>
        <message>
            <location filename="../../views/praatplaat_panels.py" line="273" />
            <source>↶ Ongedaan maken</source>
            <translation>↶ Undo</translation>
        </message>
        <message>
            <location filename="../../views/praatplaat_panels.py" line="275" />
            <source>↷ Opnieuw</source>
            <translation>↷ Redo</translation>
        </message>
        <message>
            <location filename="../../views/praatplaat_panels.py" line="206" />
            <source>✓ bereikt op {day}</source>
            <translation>✓ reached on {day}</translation>
        </message>
    </context>
    <context>
        <name>PresentationWindow</name>
        <message>
            <location filename="../../views/presentation.py" line="82" />
            <source>F11 of Esc: terug · B: bedragen tonen of verbergen · + en −: groter of kleiner</source>
            <translation>F11 or Esc: back · B: show or hide amounts · + and −: larger or smaller</translation>
        </message>
        <message>
            <location filename="../../views/presentation.py" line="135" />
            <source>Je bent hier: stap {n}, {title}</source>
            <translation>You are here: step {n}, {title}</translation>
        </message>
        <message>
            <location filename="../../views/presentation.py" line="139" />
            <source>Jouw volgende stap</source>
            <translation>Your next step</translation>
        </message>
        <message>
            <location filename="../../views/presentation.py" line="172" />
            <source>Mijn doelen</source>
            <translation>My goals</translation>
        </message>
        <message>
            <location filename="../../views/presentation.py" line="176" />
            <source>Nog geen doelen.</source>
            <translation>No goals yet.</translation>
        </message>
        <message>
            <location filename="../../views/presentation.py" line="165" />
            <source>Nu niets.</source>
            <translation>Nothing right now.</translation>
        </message>
        <message>
            <location filename="../../views/presentation.py" line="186" />
            <source>Openstaande schulden: {amount}</source>
            <translation>Debts outstanding: {amount}</translation>
        </message>
        <message>
            <location filename="../../views/presentation.py" line="49" />
            <source>Procesplaat van {name}</source>
            <translation>Process map of {name}</translation>
        </message>
        <message>
            <location filename="../../views/presentation.py" line="164" />
            <source>Wat doe ik?</source>
            <translation>What do I do?</translation>
        </message>
    </context>
    <context>
        <name>PrintDialog</name>
        <message>
            <location filename="../../views/print_dialog.py" line="56" />
            <source>Afdrukken</source>
            <translation>Print</translation>
        </message>
        <message>
            <location filename="../../views/print_dialog.py" line="68" />
            <source>BSN helemaal tonen (anders alleen de laatste cijfers)</source>
            <translation>Show the full BSN (otherwise only the last digits)</translation>
        </message>
        <message>
            <location filename="../../views/print_dialog.py" line="67" />
            <source>Bedragen tonen</source>
            <translation>Show amounts</translation>
        </message>
        <message>
            <location filename="../../views/print_dialog.py" line="37" />
            <source>De actielijst voor de klant</source>
            <translation>The action list for the client</translation>
        </message>
        <message>
            <location filename="../../views/print_dialog.py" line="34" />
            <source>De procesplaat voor de klant</source>
            <translation>The process map for the client</translation>
        </message>
        <message>
            <location filename="../../views/print_dialog.py" line="66" />
            <source>Groot: A3 in plaats van A4</source>
            <translation>Large: A3 instead of A4</translation>
        </message>
        <message>
            <location filename="../../views/print_dialog.py" line="72" />
            <source>Het PDF-bestand wordt opgeslagen en geopend in uw PDF-lezer; druk het daar af. Bewaar een overzicht niet op een gedeelde plek.</source>
            <translation>The PDF file is saved and opened in your PDF reader; print it from there. Do not keep an overview in a shared location.</translation>
        </message>
        <message>
            <location filename="../../views/print_dialog.py" line="45" />
            <source>Het dossieroverzicht voor het loket (vertrouwelijk)</source>
            <translation>The dossier overview for the desk (confidential)</translation>
        </message>
        <message>
            <location filename="../../views/print_dialog.py" line="40" />
            <source>Het kaartje: wat doe ik als… (10 op een A4)</source>
            <translation>The card: what do I do if… (10 on an A4)</translation>
        </message>
        <message>
            <location filename="../../views/print_dialog.py" line="80" />
            <source>Maken…</source>
            <translation>Make…</translation>
        </message>
        <message>
            <location filename="../../views/print_dialog.py" line="143" />
            <source>Niet gemaakt</source>
            <translation>Not made</translation>
        </message>
        <message>
            <location filename="../../views/print_dialog.py" line="120" />
            <source>PDF opslaan</source>
            <translation>Save PDF</translation>
        </message>
        <message>
            <location filename="../../views/print_dialog.py" line="122" />
            <source>PDF-bestand (*.pdf)</source>
            <translation>PDF file (*.pdf)</translation>
        </message>
        <message>
            <location filename="../../views/print_dialog.py" line="58" />
            <source>Wat wilt u afdrukken?</source>
            <translation>What do you want to print?</translation>
        </message>
    </context>
    <context>
        <name>ProcesplaatTab</name>
        <message>
            <location filename="../../views/procesplaat.py" line="281" />
            <source>, klaar op {day}</source>
            <translation>, done on {day}</translation>
        </message>
        <message>
            <location filename="../../views/procesplaat.py" line="239" />
            <source>&lt;b&gt;Je bent hier:&lt;/b&gt; {n}. {title}</source>
            <translation>&lt;b&gt;You are here:&lt;/b&gt; {n}. {title}</translation>
        </message>
        <message>
            <location filename="../../views/procesplaat.py" line="246" />
            <source>&lt;b&gt;Volgende stap:&lt;/b&gt; {n}. {title}</source>
            <translation>&lt;b&gt;Next step:&lt;/b&gt; {n}. {title}</translation>
        </message>
        <message>
            <location filename="../../views/procesplaat.py" line="405" />
            <source>Acties toevoegen</source>
            <translation>Add actions</translation>
        </message>
        <message>
            <location filename="../../views/procesplaat.py" line="279" />
            <source>Begonnen op {day}</source>
            <translation>Started on {day}</translation>
        </message>
        <message>
            <location filename="../../views/procesplaat.py" line="130" />
            <source>Ctrl+Shift+M</source>
            <translation>Ctrl+Shift+M</translation>
        </message>
        <message>
            <location filename="../../views/procesplaat.py" line="127" />
            <source>Ctrl+Shift+T</source>
            <translation>Ctrl+Shift+T</translation>
        </message>
        <message>
            <location filename="../../views/procesplaat.py" line="124" />
            <source>Ctrl+Shift+V</source>
            <translation>Ctrl+Shift+V</translation>
        </message>
        <message>
            <location filename="../../views/procesplaat.py" line="504" />
            <source>Deze gebeurtenis verwijderen? Met Ctrl+Z zet u hem terug.</source>
            <translation>Delete this event? Ctrl+Z brings it back.</translation>
        </message>
        <message>
            <location filename="../../views/procesplaat.py" line="520" />
            <source>Gebeurtenis verwijderen</source>
            <translation>Delete event</translation>
        </message>
        <message>
            <location filename="../../views/procesplaat.py" line="464" />
            <location filename="../../views/procesplaat.py" line="487" />
            <source>Gebeurtenis wijzigen</source>
            <translation>Change event</translation>
        </message>
        <message>
            <location filename="../../views/procesplaat.py" line="90" />
            <location filename="../../views/procesplaat.py" line="93" />
            <source>Gebeurtenissen in deze fase</source>
            <translation>Events in this phase</translation>
        </message>
        <message>
            <location filename="../../views/procesplaat.py" line="296" />
            <source>Geen open acties in deze fase.</source>
            <translation>No open actions in this phase.</translation>
        </message>
        <message>
            <location filename="../../views/procesplaat.py" line="152" />
            <source>Groter</source>
            <translation>Larger</translation>
        </message>
        <message>
            <location filename="../../views/procesplaat.py" line="153" />
            <source>Groter (Ctrl++)</source>
            <translation>Larger (Ctrl++)</translation>
        </message>
        <message>
            <location filename="../../views/procesplaat.py" line="148" />
            <source>Kleiner</source>
            <translation>Smaller</translation>
        </message>
        <message>
            <location filename="../../views/procesplaat.py" line="149" />
            <source>Kleiner (Ctrl+-)</source>
            <translation>Smaller (Ctrl+-)</translation>
        </message>
        <message>
            <location filename="../../views/procesplaat.py" line="414" />
            <source>Mijlpaal vastleggen</source>
            <translation>Record milestone</translation>
        </message>
        <message>
            <location filename="../../views/procesplaat.py" line="129" />
            <source>Mijlpaal…</source>
            <translation>Milestone…</translation>
        </message>
        <message>
            <location filename="../../views/procesplaat.py" line="122" />
            <source>Naar de volgende fase…</source>
            <translation>To the next phase…</translation>
        </message>
        <message>
            <location filename="../../views/procesplaat.py" line="372" />
            <source>Naar fase {n}</source>
            <translation>To phase {n}</translation>
        </message>
        <message>
            <location filename="../../views/procesplaat.py" line="348" />
            <source>Naar fase {n}: {title}</source>
            <translation>To phase {n}: {title}</translation>
        </message>
        <message>
            <location filename="../../views/procesplaat.py" line="350" />
            <source>Notitie (voor uzelf)</source>
            <translation>Note (for yourself)</translation>
        </message>
        <message>
            <location filename="../../views/procesplaat.py" line="132" />
            <source>Ongedaan maken</source>
            <translation>Undo</translation>
        </message>
        <message>
            <location filename="../../views/procesplaat.py" line="294" />
            <source>Open acties</source>
            <translation>Open actions</translation>
        </message>
        <message>
            <location filename="../../views/procesplaat.py" line="141" />
            <source>Opnieuw</source>
            <translation>Redo</translation>
        </message>
        <message>
            <location filename="../../views/procesplaat.py" line="155" />
            <source>Presentatie (F11)</source>
            <translation>Presentation (F11)</translation>
        </message>
        <message>
            <location filename="../../views/procesplaat.py" line="74" />
            <source>Route</source>
            <translation>Route</translation>
        </message>
        <message>
            <location filename="../../views/procesplaat.py" line="414" />
            <source>Tegenslag vastleggen</source>
            <translation>Record setback</translation>
        </message>
        <message>
            <location filename="../../views/procesplaat.py" line="126" />
            <source>Tegenslag…</source>
            <translation>Setback…</translation>
        </message>
        <message>
            <location filename="../../views/procesplaat.py" line="259" />
            <source>Termijn</source>
            <translation>Deadline</translation>
        </message>
        <message>
            <location filename="../../views/procesplaat.py" line="101" />
            <location filename="../../views/procesplaat.py" line="503" />
            <source>Verwijderen</source>
            <translation>Delete</translation>
        </message>
        <message>
            <location filename="../../views/procesplaat.py" line="289" />
            <source>Wat kan ik zelf doen?</source>
            <translation>What can I do myself?</translation>
        </message>
        <message>
            <location filename="../../views/procesplaat.py" line="99" />
            <source>Wijzigen…</source>
            <translation>Change…</translation>
        </message>
        <message>
            <location filename="../../views/procesplaat.py" line="255" />
            <source>nog {days} dagen</source>
            <translation>{days} days left</translation>
        </message>
        <message>
            <location filename="../../views/procesplaat.py" line="253" />
            <source>{days} dagen te laat</source>
            <translation>{days} days overdue</translation>
        </message>
        <message>
            <location filename="../../views/procesplaat.py" line="138" />
            <source>{what} ongedaan maken (Ctrl+Z)</source>
            <translation>Undo {what} (Ctrl+Z)</translation>
        </message>
    </context>
    <context>
        <name>ProofDialog</name>
        <message>
            <location filename="../../views/proof_dialog.py" line="59" />
            <source>(geen punt van de checklist)</source>
            <translation>(no checklist item)</translation>
        </message>
        <message>
            <location filename="../../views/proof_dialog.py" line="54" />
            <source>(geen schuld)</source>
            <translation>(no debt)</translation>
        </message>
        <message>
            <location filename="../../views/proof_dialog.py" line="69" />
            <source>Bewijs voor schuld</source>
            <translation>Proof for debt</translation>
        </message>
        <message>
            <location filename="../../views/proof_dialog.py" line="39" />
            <source>Bewijsstuk</source>
            <translation>Proof</translation>
        </message>
        <message>
            <location filename="../../views/proof_dialog.py" line="67" />
            <source>Omschrijving</source>
            <translation>Description</translation>
        </message>
        <message>
            <location filename="../../views/proof_dialog.py" line="68" />
            <source>Ontvangen op</source>
            <translation>Received on</translation>
        </message>
        <message>
            <location filename="../../views/proof_dialog.py" line="70" />
            <source>Punt van de checklist</source>
            <translation>Checklist item</translation>
        </message>
        <message>
            <location filename="../../views/proof_dialog.py" line="66" />
            <source>Soort</source>
            <translation>Type</translation>
        </message>
        <message>
            <location filename="../../views/proof_dialog.py" line="52" />
            <source>dd-mm-jjjj</source>
            <translation>dd-mm-yyyy</translation>
        </message>
    </context>
    <context>
        <name>ProofsPage</name>
        <message>
            <location filename="../../views/proofs_page.py" line="387" />
            <source>'{name}' wordt definitief verwijderd, ook het versleutelde bestand. Dit kan niet ongedaan worden gemaakt.</source>
            <translation>'{name}' will be deleted permanently, including the encrypted file. This cannot be undone.</translation>
        </message>
        <message>
            <location filename="../../views/proofs_page.py" line="101" />
            <source>Alle bewijsstukken van schulden in één PDF, in de volgorde van de schuldenlijst</source>
            <translation>All debt proofs in one PDF, in the order of the debt list</translation>
        </message>
        <message>
            <location filename="../../views/proofs_page.py" line="80" />
            <source>Bekijken</source>
            <translation>View</translation>
        </message>
        <message>
            <location filename="../../views/proofs_page.py" line="302" />
            <source>Bestanden versleuteld opslaan…</source>
            <translation>Saving files encrypted…</translation>
        </message>
        <message>
            <location filename="../../views/proofs_page.py" line="335" />
            <source>Bewijsstuk wijzigen</source>
            <translation>Change proof</translation>
        </message>
        <message>
            <location filename="../../views/proofs_page.py" line="145" />
            <source>Bewijsstukken</source>
            <translation>Proofs</translation>
        </message>
        <message>
            <location filename="../../views/proofs_page.py" line="257" />
            <source>Bewijsstukken toevoegen</source>
            <translation>Add proofs</translation>
        </message>
        <message>
            <location filename="../../views/proofs_page.py" line="133" />
            <source>Bij toevoegen:</source>
            <translation>When adding:</translation>
        </message>
        <message>
            <location filename="../../views/proofs_page.py" line="407" />
            <source>Definitief verwijderd.</source>
            <translation>Permanently deleted.</translation>
        </message>
        <message>
            <location filename="../../views/proofs_page.py" line="386" />
            <source>Definitief verwijderen</source>
            <translation>Delete permanently</translation>
        </message>
        <message>
            <location filename="../../views/proofs_page.py" line="90" />
            <source>Definitief verwijderen…</source>
            <translation>Delete permanently…</translation>
        </message>
        <message>
            <location filename="../../views/proofs_page.py" line="390" />
            <source>Dit bewijsstuk</source>
            <translation>This proof</translation>
        </message>
        <message>
            <location filename="../../views/proofs_page.py" line="124" />
            <source>Een foto van een brief wordt een kleine, goed leesbare A4-PDF</source>
            <translation>A photo of a letter becomes a small, easily readable A4 PDF</translation>
        </message>
        <message>
            <location filename="../../views/proofs_page.py" line="83" />
            <source>Eigenschappen…</source>
            <translation>Properties…</translation>
        </message>
        <message>
            <location filename="../../views/proofs_page.py" line="448" />
            <source>Er zijn geen bewijsstukken van schulden.</source>
            <translation>There are no debt proofs.</translation>
        </message>
        <message>
            <location filename="../../views/proofs_page.py" line="428" />
            <source>Er zijn geen bewijsstukken van schulden. Koppel een bewijsstuk aan een schuld via Eigenschappen.</source>
            <translation>There are no debt proofs. Link a proof to a debt through Properties.</translation>
        </message>
        <message>
            <location filename="../../views/proofs_page.py" line="122" />
            <source>Foto's en scans omzetten naar PDF</source>
            <translation>Convert photos and scans to PDF</translation>
        </message>
        <message>
            <location filename="../../views/proofs_page.py" line="81" />
            <source>Groot bekijken (Enter of dubbelklikken)</source>
            <translation>View large (Enter or double-click)</translation>
        </message>
        <message>
            <location filename="../../views/proofs_page.py" line="51" />
            <source>Grootte</source>
            <translation>Size</translation>
        </message>
        <message>
            <location filename="../../views/proofs_page.py" line="364" />
            <source>In de prullenbak. Ctrl+Z zet het terug, of kies Prullenbak tonen.</source>
            <translation>Moved to the bin. Ctrl+Z brings it back, or choose Show bin.</translation>
        </message>
        <message>
            <location filename="../../views/proofs_page.py" line="249" />
            <source>Kies een bewijsstuk om het hier te zien.</source>
            <translation>Choose a proof to see it here.</translation>
        </message>
        <message>
            <location filename="../../views/proofs_page.py" line="128" />
            <source>Meerdere foto's van één brief worden één document</source>
            <translation>Several photos of one letter become one document</translation>
        </message>
        <message>
            <location filename="../../views/proofs_page.py" line="360" />
            <source>Naar de prullenbak</source>
            <translation>Move to the bin</translation>
        </message>
        <message>
            <location filename="../../views/proofs_page.py" line="86" />
            <source>Naar prullenbak</source>
            <translation>To bin</translation>
        </message>
        <message>
            <location filename="../../views/proofs_page.py" line="293" />
            <source>Niet opgeslagen: {why}</source>
            <translation>Not saved: {why}</translation>
        </message>
        <message>
            <location filename="../../views/proofs_page.py" line="78" />
            <source>Of sleep bestanden hierheen</source>
            <translation>Or drag files here</translation>
        </message>
        <message>
            <location filename="../../views/proofs_page.py" line="49" />
            <source>Omschrijving</source>
            <translation>Description</translation>
        </message>
        <message>
            <location filename="../../views/proofs_page.py" line="94" />
            <source>Ongedaan maken</source>
            <translation>Undo</translation>
        </message>
        <message>
            <location filename="../../views/proofs_page.py" line="93" />
            <source>Ongedaan maken (Ctrl+Z)</source>
            <translation>Undo (Ctrl+Z)</translation>
        </message>
        <message>
            <location filename="../../views/proofs_page.py" line="50" />
            <source>Ontvangen</source>
            <translation>Received</translation>
        </message>
        <message>
            <location filename="../../views/proofs_page.py" line="129" />
            <source>Origineel ook bewaren</source>
            <translation>Keep the original too</translation>
        </message>
        <message>
            <location filename="../../views/proofs_page.py" line="413" />
            <source>PDF (*.pdf)</source>
            <translation>PDF (*.pdf)</translation>
        </message>
        <message>
            <location filename="../../views/proofs_page.py" line="106" />
            <source>Prullenbak tonen</source>
            <translation>Show bin</translation>
        </message>
        <message>
            <location filename="../../views/proofs_page.py" line="127" />
            <source>Samenvoegen tot één PDF</source>
            <translation>Merge into one PDF</translation>
        </message>
        <message>
            <location filename="../../views/proofs_page.py" line="259" />
            <source>Scans, foto's en PDF's (*.pdf *.jpg *.jpeg *.png *.tif *.tiff *.heic);;Alle bestanden (*)</source>
            <translation>Scans, photos and PDFs (*.pdf *.jpg *.jpeg *.png *.tif *.tiff *.heic);;All files (*)</translation>
        </message>
        <message>
            <location filename="../../views/proofs_page.py" line="413" />
            <location filename="../../views/proofs_page.py" line="458" />
            <source>Schuldbewijzen samenvoegen</source>
            <translation>Merge debt proofs</translation>
        </message>
        <message>
            <location filename="../../views/proofs_page.py" line="459" />
            <source>Schuldbewijzen samenvoegen tot één PDF…</source>
            <translation>Merge debt proofs into one PDF…</translation>
        </message>
        <message>
            <location filename="../../views/proofs_page.py" line="99" />
            <source>Schuldbewijzen samenvoegen…</source>
            <translation>Merge debt proofs…</translation>
        </message>
        <message>
            <location filename="../../views/proofs_page.py" line="138" />
            <source>Sleep scans, foto's of PDF's hierheen, of kies Toevoegen.</source>
            <translation>Drag scans, photos or PDFs here, or choose Add.</translation>
        </message>
        <message>
            <location filename="../../views/proofs_page.py" line="48" />
            <source>Soort</source>
            <translation>Type</translation>
        </message>
        <message>
            <location filename="../../views/proofs_page.py" line="84" />
            <source>Soort, omschrijving, schuld en punt van de checklist</source>
            <translation>Type, description, debt and checklist item</translation>
        </message>
        <message>
            <location filename="../../views/proofs_work.py" line="57" />
            <source>Stoppen</source>
            <translation>Stop</translation>
        </message>
        <message>
            <location filename="../../views/proofs_page.py" line="380" />
            <source>Teruggezet.</source>
            <translation>Restored.</translation>
        </message>
        <message>
            <location filename="../../views/proofs_page.py" line="88" />
            <location filename="../../views/proofs_page.py" line="376" />
            <source>Terugzetten</source>
            <translation>Restore</translation>
        </message>
        <message>
            <location filename="../../views/proofs_page.py" line="301" />
            <source>Toevoegen</source>
            <translation>Add</translation>
        </message>
        <message>
            <location filename="../../views/proofs_page.py" line="77" />
            <source>Toevoegen…</source>
            <translation>Add…</translation>
        </message>
        <message>
            <location filename="../../views/proofs_work.py" line="150" />
            <source>gestopt.</source>
            <translation>stopped.</translation>
        </message>
        <message>
            <location filename="../../views/proofs_page.py" line="451" />
            <source>{n} schuldbewijzen samengevoegd in {name}.</source>
            <translation>{n} debt proofs merged into {name}.</translation>
        </message>
        <message>
            <location filename="../../views/proofs_page.py" line="291" />
            <source>{n} toegevoegd.</source>
            <translation>{n} added.</translation>
        </message>
    </context>
    <context>
        <name>ReceiverPage</name>
        <message>
            <location filename="../../views/export_wizard.py" line="78" />
            <location filename="../../views/export_wizard.py" line="83" />
            <source>Checklist van het loket</source>
            <translation>The desk's checklist</translation>
        </message>
        <message>
            <location filename="../../views/export_wizard.py" line="74" />
            <source>Kies de checklist van het loket dat het dossier ontvangt, en wie het stuurt.</source>
            <translation>Choose the checklist of the desk receiving the dossier, and who sends it.</translation>
        </message>
        <message>
            <location filename="../../views/export_wizard.py" line="72" />
            <source>Naar wie gaat het dossier?</source>
            <translation>Who is the dossier going to?</translation>
        </message>
        <message>
            <location filename="../../views/export_wizard.py" line="85" />
            <source>Ook alle schuldbewijzen samen in één PDF (schuldbewijzen.pdf)</source>
            <translation>Also all debt proofs together in one PDF (schuldbewijzen.pdf)</translation>
        </message>
        <message>
            <location filename="../../views/export_wizard.py" line="95" />
            <location filename="../../views/export_wizard.py" line="96" />
            <source>Organisatie</source>
            <translation>Organisation</translation>
        </message>
        <message>
            <location filename="../../views/export_wizard.py" line="92" />
            <location filename="../../views/export_wizard.py" line="93" />
            <source>Uw naam</source>
            <translation>Your name</translation>
        </message>
        <message>
            <location filename="../../views/export_wizard.py" line="98" />
            <location filename="../../views/export_wizard.py" line="102" />
            <source>Uw rol</source>
            <translation>Your role</translation>
        </message>
    </context>
    <context>
        <name>ReportDialog</name>
        <message>
            <location filename="../../views/bundle_dialogs.py" line="72" />
            <source>Rapport</source>
            <translation>Report</translation>
        </message>
    </context>
    <context>
        <name>RetentionDialog</name>
        <message>
            <location filename="../../views/retention_dialog.py" line="65" />
            <source> jaar na sluiten</source>
            <translation> years after closing</translation>
        </message>
        <message>
            <location filename="../../views/retention_dialog.py" line="88" />
            <source>Alles aanvinken</source>
            <translation>Tick all</translation>
        </message>
        <message>
            <location filename="../../views/retention_dialog.py" line="66" />
            <location filename="../../views/retention_dialog.py" line="69" />
            <source>Bewaartermijn</source>
            <translation>Retention period</translation>
        </message>
        <message>
            <location filename="../../views/retention_dialog.py" line="49" />
            <source>Bewaartermijn verstreken</source>
            <translation>Retention period expired</translation>
        </message>
        <message>
            <location filename="../../views/retention_dialog.py" line="166" />
            <source>Definitief vernietigen</source>
            <translation>Destroy permanently</translation>
        </message>
        <message>
            <location filename="../../views/retention_dialog.py" line="85" />
            <source>Dossiers om te vernietigen</source>
            <translation>Dossiers to destroy</translation>
        </message>
        <message>
            <location filename="../../views/retention_dialog.py" line="86" />
            <source>Er zijn geen dossiers waarvan de termijn voorbij is.</source>
            <translation>There are no dossiers whose period has passed.</translation>
        </message>
        <message>
            <location filename="../../views/retention_dialog.py" line="53" />
            <source>Gesloten dossiers waarvan de bewaartermijn voorbij is. Vink aan welke u wilt vernietigen: alle gegevens en documenten van die cliënt worden gewist. Het logboek houdt alleen bij dát er een dossier is vernietigd, zonder naam.</source>
            <translation>Closed dossiers whose retention period has passed. Tick the ones you want to destroy: all data and documents of that client are erased. The log only records that a dossier was destroyed, without a name.</translation>
        </message>
        <message>
            <location filename="../../views/retention_dialog.py" line="76" />
            <source>Gesloten op</source>
            <translation>Closed on</translation>
        </message>
        <message>
            <location filename="../../views/retention_dialog.py" line="76" />
            <source>Naam</source>
            <translation>Name</translation>
        </message>
        <message>
            <location filename="../../views/retention_dialog.py" line="76" />
            <source>Te vernietigen sinds</source>
            <translation>Due for destruction since</translation>
        </message>
        <message>
            <location filename="../../views/retention_dialog.py" line="67" />
            <source>Termijn opslaan</source>
            <translation>Save period</translation>
        </message>
        <message>
            <location filename="../../views/retention_dialog.py" line="167" />
            <source>U vernietigt {n} dossier(s) definitief:
{names}

Alle gegevens en documenten worden gewist en kunnen daarna niet meer worden teruggehaald. Kopieën in de automatische back-ups verdwijnen wanneer die worden vervangen. Doorgaan?</source>
            <translation>You are permanently destroying {n} dossier(s):
{names}

All data and documents are erased and cannot be recovered afterwards. Copies in the automatic backups disappear when those are replaced. Continue?</translation>
        </message>
        <message>
            <location filename="../../views/retention_dialog.py" line="89" />
            <location filename="../../views/retention_dialog.py" line="145" />
            <source>Vernietigen…</source>
            <translation>Destroy…</translation>
        </message>
        <message>
            <location filename="../../views/retention_dialog.py" line="145" />
            <source>{n} vernietigen…</source>
            <translation>Destroy {n}…</translation>
        </message>
        <message>
            <location filename="../../views/retention_dialog.py" line="163" />
            <source>… en {n} andere</source>
            <translation>… and {n} others</translation>
        </message>
    </context>
    <context>
        <name>Saver</name>
        <message>
            <location filename="../../views/undo.py" line="69" />
            <source>Niet opgeslagen: {reason}</source>
            <translation>Not saved: {reason}</translation>
        </message>
    </context>
    <context>
        <name>SettingsDialog</name>
        <message>
            <location filename="../../views/settings_dialog.py" line="109" />
            <source> jaar na sluiten</source>
            <translation> years after closing</translation>
        </message>
        <message>
            <location filename="../../views/settings_dialog.py" line="83" />
            <source> minuten</source>
            <translation> minutes</translation>
        </message>
        <message>
            <location filename="../../views/settings_dialog.py" line="133" />
            <source>100 % is de tekstgrootte van het systeem.</source>
            <translation>100 % is the system's text size.</translation>
        </message>
        <message>
            <location filename="../../views/settings_dialog.py" line="110" />
            <location filename="../../views/settings_dialog.py" line="111" />
            <source>Bewaartermijn</source>
            <translation>Retention period</translation>
        </message>
        <message>
            <location filename="../../views/settings_dialog.py" line="48" />
            <source>Donker</source>
            <translation>Dark</translation>
        </message>
        <message>
            <location filename="../../views/settings_dialog.py" line="144" />
            <source>Een andere taal gaat in bij de volgende start van Procesplaat.</source>
            <translation>A different language takes effect the next time Procesplaat starts.</translation>
        </message>
        <message>
            <location filename="../../views/settings_dialog.py" line="113" />
            <source>Gesloten dossiers bewaren</source>
            <translation>Keep closed dossiers</translation>
        </message>
        <message>
            <location filename="../../views/settings_dialog.py" line="180" />
            <source>Het vergrendelde venster vraagt om de ontgrendelcode.</source>
            <translation>The locked window asks for the unlock code.</translation>
        </message>
        <message>
            <location filename="../../views/settings_dialog.py" line="183" />
            <source>Instellen…</source>
            <translation>Set…</translation>
        </message>
        <message>
            <location filename="../../views/settings_dialog.py" line="74" />
            <source>Instellingen</source>
            <translation>Settings</translation>
        </message>
        <message>
            <location filename="../../views/settings_dialog.py" line="47" />
            <source>Licht</source>
            <translation>Light</translation>
        </message>
        <message>
            <location filename="../../views/settings_dialog.py" line="84" />
            <source>Nooit</source>
            <translation>Never</translation>
        </message>
        <message>
            <location filename="../../views/settings_dialog.py" line="185" />
            <source>Nu ontgrendelt een klik het venster. Met een code kan niemand anders aan uw bureau het venster openen.</source>
            <translation>For now a click unlocks the window. With a code, nobody else at your desk can open it.</translation>
        </message>
        <message>
            <location filename="../../views/settings_dialog.py" line="102" />
            <source>Ontgrendelcode</source>
            <translation>Unlock code</translation>
        </message>
        <message>
            <location filename="../../views/settings_dialog.py" line="139" />
            <location filename="../../views/settings_dialog.py" line="140" />
            <source>Taal</source>
            <translation>Language</translation>
        </message>
        <message>
            <location filename="../../views/settings_dialog.py" line="142" />
            <source>Taal van het programma</source>
            <translation>Language of the program</translation>
        </message>
        <message>
            <location filename="../../views/settings_dialog.py" line="116" />
            <source>Te wijzigen zodra de gegevens open zijn.</source>
            <translation>Can be changed once the data is open.</translation>
        </message>
        <message>
            <location filename="../../views/settings_dialog.py" line="128" />
            <location filename="../../views/settings_dialog.py" line="132" />
            <source>Tekstgrootte</source>
            <translation>Text size</translation>
        </message>
        <message>
            <location filename="../../views/settings_dialog.py" line="122" />
            <location filename="../../views/settings_dialog.py" line="131" />
            <source>Thema</source>
            <translation>Theme</translation>
        </message>
        <message>
            <location filename="../../views/settings_dialog.py" line="86" />
            <source>Vergrendelen</source>
            <translation>Lock</translation>
        </message>
        <message>
            <location filename="../../views/settings_dialog.py" line="88" />
            <source>Vergrendelen na</source>
            <translation>Lock after</translation>
        </message>
        <message>
            <location filename="../../views/settings_dialog.py" line="85" />
            <source>Vergrendelen na minuten zonder gebruik</source>
            <translation>Lock after minutes without use</translation>
        </message>
        <message>
            <location filename="../../views/settings_dialog.py" line="46" />
            <source>Volg het systeem</source>
            <translation>Follow the system</translation>
        </message>
        <message>
            <location filename="../../views/settings_dialog.py" line="129" />
            <source>Weergave</source>
            <translation>Display</translation>
        </message>
        <message>
            <location filename="../../views/settings_dialog.py" line="178" />
            <source>Wijzigen…</source>
            <translation>Change…</translation>
        </message>
        <message>
            <location filename="../../views/settings_dialog.py" line="91" />
            <source>Zonder muis of toetsenbord. 0 is nooit; Ctrl+L vergrendelt altijd meteen.</source>
            <translation>Without mouse or keyboard use. 0 means never; Ctrl+L always locks at once.</translation>
        </message>
    </context>
    <context>
        <name>TalkPresentation</name>
        <message>
            <location filename="../../views/presentation.py" line="223" />
            <source>Praatplaat van {name}</source>
            <translation>Conversation map of {name}</translation>
        </message>
    </context>
    <context>
        <name>TimelineCanvas</name>
        <message>
            <location filename="../../views/timeline_canvas.py" line="561" />
            <source>Hoe voelde het? (1 = heel slecht, 5 = heel goed)</source>
            <translation>How did it feel? (1 = very bad, 5 = very good)</translation>
        </message>
        <message>
            <location filename="../../views/timeline_canvas.py" line="367" />
            <source>Je bent hier</source>
            <translation>You are here</translation>
        </message>
        <message>
            <location filename="../../views/timeline_canvas.py" line="63" />
            <source>Procesplaat: de route van de klant</source>
            <translation>Process map: the client's route</translation>
        </message>
        <message>
            <location filename="../../views/timeline_canvas.py" line="350" />
            <source>volgende stap →</source>
            <translation>next step →</translation>
        </message>
        <message>
            <location filename="../../views/timeline_canvas.py" line="336" />
            <source>{n} te doen</source>
            <translation>{n} to do</translation>
        </message>
        <message>
            <location filename="../../views/timeline_canvas.py" line="537" />
            <source>⏱ {label}: {date}</source>
            <translation>⏱ {label}: {date}</translation>
        </message>
        <message>
            <location filename="../../views/timeline_canvas.py" line="531" />
            <source>⚠ {label}: {date}, te laat</source>
            <translation>⚠ {label}: {date}, overdue</translation>
        </message>
        <message>
            <location filename="../../views/timeline_canvas.py" line="527" />
            <source>✓ {label}</source>
            <translation>✓ {label}</translation>
        </message>
    </context>
    <context>
        <name>UnlockCodeDialog</name>
        <message>
            <location filename="../../views/unlock_code_dialog.py" line="110" />
            <source>De code is te kort: minstens {n} tekens.</source>
            <translation>The code is too short: at least {n} characters.</translation>
        </message>
        <message>
            <location filename="../../views/unlock_code_dialog.py" line="103" />
            <source>De huidige ontgrendelcode klopt niet.</source>
            <translation>The current unlock code is not right.</translation>
        </message>
        <message>
            <location filename="../../views/unlock_code_dialog.py" line="115" />
            <source>De twee codes zijn niet gelijk.</source>
            <translation>The two codes are not the same.</translation>
        </message>
        <message>
            <location filename="../../views/unlock_code_dialog.py" line="68" />
            <source>Herhaal</source>
            <translation>Repeat</translation>
        </message>
        <message>
            <location filename="../../views/unlock_code_dialog.py" line="67" />
            <source>Herhaal de nieuwe ontgrendelcode</source>
            <translation>Repeat the new unlock code</translation>
        </message>
        <message>
            <location filename="../../views/unlock_code_dialog.py" line="64" />
            <source>Huidige code</source>
            <translation>Current code</translation>
        </message>
        <message>
            <location filename="../../views/unlock_code_dialog.py" line="63" />
            <source>Huidige ontgrendelcode</source>
            <translation>Current unlock code</translation>
        </message>
        <message>
            <location filename="../../views/unlock_code_dialog.py" line="53" />
            <source>Met een ontgrendelcode vraagt het vergrendelde venster om deze code, in plaats van alleen een klik. Kies minstens {n} tekens en vertel de code aan niemand.</source>
            <translation>With an unlock code, the locked window asks for this code instead of just a click. Choose at least {n} characters and tell the code to nobody.</translation>
        </message>
        <message>
            <location filename="../../views/unlock_code_dialog.py" line="66" />
            <source>Nieuwe code</source>
            <translation>New code</translation>
        </message>
        <message>
            <location filename="../../views/unlock_code_dialog.py" line="65" />
            <source>Nieuwe ontgrendelcode</source>
            <translation>New unlock code</translation>
        </message>
        <message>
            <location filename="../../views/unlock_code_dialog.py" line="50" />
            <source>Ontgrendelcode</source>
            <translation>Unlock code</translation>
        </message>
    </context>
    <context>
        <name>WeekModel</name>
        <message>
            <location filename="../../views/week_view.py" line="159" />
            <source>, te laat</source>
            <translation>, overdue</translation>
        </message>
        <message>
            <location filename="../../views/week_view.py" line="116" />
            <source>1 dag te laat</source>
            <translation>1 day overdue</translation>
        </message>
        <message>
            <location filename="../../views/week_view.py" line="59" />
            <source>Datum</source>
            <translation>Date</translation>
        </message>
        <message>
            <location filename="../../views/week_view.py" line="60" />
            <source>Klant</source>
            <translation>Client</translation>
        </message>
        <message>
            <location filename="../../views/week_view.py" line="194" />
            <source>Nog te doen</source>
            <translation>Still to do</translation>
        </message>
        <message>
            <location filename="../../views/week_view.py" line="62" />
            <source>Over/te laat</source>
            <translation>Due/overdue</translation>
        </message>
        <message>
            <location filename="../../views/week_view.py" line="194" />
            <source>Te laat</source>
            <translation>Overdue</translation>
        </message>
        <message>
            <location filename="../../views/week_view.py" line="61" />
            <source>Wat</source>
            <translation>What</translation>
        </message>
        <message>
            <location filename="../../views/week_view.py" line="66" />
            <source>di</source>
            <translation>Tue</translation>
        </message>
        <message>
            <location filename="../../views/week_view.py" line="68" />
            <source>do</source>
            <translation>Thu</translation>
        </message>
        <message>
            <location filename="../../views/week_view.py" line="65" />
            <source>ma</source>
            <translation>Mon</translation>
        </message>
        <message>
            <location filename="../../views/week_view.py" line="120" />
            <source>morgen</source>
            <translation>tomorrow</translation>
        </message>
        <message>
            <location filename="../../views/week_view.py" line="121" />
            <source>over {n} dagen</source>
            <translation>in {n} days</translation>
        </message>
        <message>
            <location filename="../../views/week_view.py" line="118" />
            <source>vandaag</source>
            <translation>today</translation>
        </message>
        <message>
            <location filename="../../views/week_view.py" line="69" />
            <source>vr</source>
            <translation>Fri</translation>
        </message>
        <message>
            <location filename="../../views/week_view.py" line="67" />
            <source>wo</source>
            <translation>Wed</translation>
        </message>
        <message>
            <location filename="../../views/week_view.py" line="70" />
            <source>za</source>
            <translation>Sat</translation>
        </message>
        <message>
            <location filename="../../views/week_view.py" line="71" />
            <source>zo</source>
            <translation>Sun</translation>
        </message>
        <message>
            <location filename="../../views/week_view.py" line="114" />
            <source>{n} dagen te laat</source>
            <translation>{n} days overdue</translation>
        </message>
    </context>
    <context>
        <name>WeekView</name>
        <message>
            <location filename="../../views/week_view.py" line="227" />
            <source>Alleen &amp;te laat</source>
            <translation>Only &amp;overdue</translation>
        </message>
        <message>
            <location filename="../../views/week_view.py" line="229" />
            <source>Alleen te laat</source>
            <translation>Only overdue</translation>
        </message>
        <message>
            <location filename="../../views/week_view.py" line="239" />
            <source>Enter of dubbelklik opent het dossier op de juiste plek.</source>
            <translation>Enter or double-click opens the dossier in the right place.</translation>
        </message>
        <message>
            <location filename="../../views/week_view.py" line="230" />
            <source>Laat alleen zien wat over de datum is (Alt+T)</source>
            <translation>Show only what is past its date (Alt+O)</translation>
        </message>
        <message>
            <location filename="../../views/week_view.py" line="220" />
            <source>Mijn week</source>
            <translation>My week</translation>
        </message>
        <message>
            <location filename="../../views/week_view.py" line="305" />
            <source>Niets te laat en niets te doen deze week.</source>
            <translation>Nothing overdue and nothing to do this week.</translation>
        </message>
        <message>
            <location filename="../../views/week_view.py" line="303" />
            <source>Niets te laat.</source>
            <translation>Nothing overdue.</translation>
        </message>
        <message>
            <location filename="../../views/week_view.py" line="225" />
            <source>Samenvatting van de week</source>
            <translation>Summary of the week</translation>
        </message>
        <message>
            <location filename="../../views/week_view.py" line="237" />
            <source>Termijnen en acties, te laat eerst</source>
            <translation>Deadlines and actions, overdue first</translation>
        </message>
        <message>
            <location filename="../../views/week_view.py" line="278" />
            <source>{late} te laat · {coming} deze week</source>
            <translation>{late} overdue · {coming} this week</translation>
        </message>
    </context>
    <context>
        <name>WeekWindow</name>
        <message>
            <location filename="../../views/week_view.py" line="318" />
            <source>Mijn week</source>
            <translation>My week</translation>
        </message>
    </context>
    <context>
        <name>WindowCommands</name>
        <message>
            <location filename="../../views/window_commands.py" line="115" />
            <source>&amp;Afsluiten</source>
            <translation>E&amp;xit</translation>
        </message>
        <message>
            <location filename="../../views/window_commands.py" line="110" />
            <source>&amp;Back-ups…</source>
            <translation>&amp;Backups…</translation>
        </message>
        <message>
            <location filename="../../views/window_commands.py" line="75" />
            <source>&amp;Bestand</source>
            <translation>&amp;File</translation>
        </message>
        <message>
            <location filename="../../views/window_commands.py" line="132" />
            <source>&amp;Bewaartermijn en vernietigen…</source>
            <translation>&amp;Retention period and destruction…</translation>
        </message>
        <message>
            <location filename="../../views/window_commands.py" line="92" />
            <source>&amp;Exporteren voor het loket…</source>
            <translation>&amp;Export for the desk…</translation>
        </message>
        <message>
            <location filename="../../views/window_commands.py" line="120" />
            <source>&amp;Geschiedenis van dit dossier…</source>
            <translation>&amp;History of this dossier…</translation>
        </message>
        <message>
            <location filename="../../views/window_commands.py" line="129" />
            <source>&amp;Inzageverzoek exporteren…</source>
            <translation>Export &amp;access request…</translation>
        </message>
        <message>
            <location filename="../../views/window_commands.py" line="124" />
            <source>&amp;Logboek…</source>
            <translation>&amp;Log…</translation>
        </message>
        <message>
            <location filename="../../views/window_commands.py" line="76" />
            <source>&amp;Nieuwe klant…</source>
            <translation>&amp;New client…</translation>
        </message>
        <message>
            <location filename="../../views/window_commands.py" line="150" />
            <source>&amp;Presentatie voor de klant</source>
            <translation>&amp;Presentation for the client</translation>
        </message>
        <message>
            <location filename="../../views/window_commands.py" line="105" />
            <source>&amp;Vergrendelen</source>
            <translation>&amp;Lock</translation>
        </message>
        <message>
            <location filename="../../views/window_commands.py" line="146" />
            <source>&amp;Vernieuwen</source>
            <translation>Re&amp;fresh</translation>
        </message>
        <message>
            <location filename="../../views/window_commands.py" line="142" />
            <source>&amp;Zoeken</source>
            <translation>&amp;Search</translation>
        </message>
        <message>
            <location filename="../../views/window_commands.py" line="87" />
            <source>Af&amp;drukken…</source>
            <translation>&amp;Print…</translation>
        </message>
        <message>
            <location filename="../../views/window_commands.py" line="402" />
            <source>Alle gegevens van dit dossier staan in {folder}.</source>
            <translation>All data of this dossier is in {folder}.</translation>
        </message>
        <message>
            <location filename="../../views/window_commands.py" line="141" />
            <source>Bee&amp;ld</source>
            <translation>&amp;View</translation>
        </message>
        <message>
            <location filename="../../views/window_commands.py" line="332" />
            <source>De dagelijkse back-up is niet gelukt: {why}</source>
            <translation>The daily backup did not succeed: {why}</translation>
        </message>
        <message>
            <location filename="../../views/window_commands.py" line="179" />
            <source>De nieuwe taal gaat in bij de volgende start van Procesplaat.</source>
            <translation>The new language takes effect the next time Procesplaat starts.</translation>
        </message>
        <message>
            <location filename="../../views/window_commands.py" line="83" />
            <source>Dossier &amp;heropenen</source>
            <translation>Re&amp;open dossier</translation>
        </message>
        <message>
            <location filename="../../views/window_commands.py" line="80" />
            <source>Dossier &amp;sluiten…</source>
            <translation>&amp;Close dossier…</translation>
        </message>
        <message>
            <location filename="../../views/window_commands.py" line="283" />
            <source>Dossier heropenen</source>
            <translation>Reopen dossier</translation>
        </message>
        <message>
            <location filename="../../views/window_commands.py" line="100" />
            <source>Dossierbundel &amp;controleren…</source>
            <translation>&amp;Verify dossier bundle…</translation>
        </message>
        <message>
            <location filename="../../views/window_commands.py" line="96" />
            <source>Dossierbundel &amp;inlezen…</source>
            <translation>&amp;Import dossier bundle…</translation>
        </message>
        <message>
            <location filename="../../views/window_commands.py" line="119" />
            <source>E&amp;xtra</source>
            <translation>&amp;Tools</translation>
        </message>
        <message>
            <location filename="../../views/window_commands.py" line="348" />
            <source>Geschiedenis van dit dossier</source>
            <translation>History of this dossier</translation>
        </message>
        <message>
            <location filename="../../views/window_commands.py" line="284" />
            <source>Het dossier van {name} weer openen?</source>
            <translation>Reopen the dossier of {name}?</translation>
        </message>
        <message>
            <location filename="../../views/window_commands.py" line="136" />
            <source>I&amp;nstellingen…</source>
            <translation>Se&amp;ttings…</translation>
        </message>
        <message>
            <location filename="../../views/window_commands.py" line="401" />
            <source>Inzageverzoek</source>
            <translation>Access request</translation>
        </message>
        <message>
            <location filename="../../views/window_commands.py" line="391" />
            <source>Map voor het inzageverzoek</source>
            <translation>Folder for the access request</translation>
        </message>
        <message>
            <location filename="../../views/window_commands.py" line="154" />
            <source>Mijn &amp;week</source>
            <translation>My &amp;week</translation>
        </message>
    </context>
    <context>
        <name>app</name>
        <message>
            <location filename="../../views/application.py" line="261" />
            <source>Gegevens openen…</source>
            <translation>Opening data…</translation>
        </message>
        <message>
            <location filename="../../views/application.py" line="133" />
            <source>Procesplaat</source>
            <translation>Procesplaat</translation>
        </message>
    </context>
    <context>
        <name>bundle_dialogs</name>
        <message>
            <location filename="../../views/bundle_dialogs.py" line="453" />
            <source>Bewaard bij de import, niet in het dossier getoond</source>
            <translation>Kept on import, not shown in the dossier</translation>
        </message>
        <message>
            <location filename="../../views/bundle_dialogs.py" line="311" />
            <source>Bundel controleren…</source>
            <translation>Verifying bundle…</translation>
        </message>
        <message>
            <location filename="../../views/bundle_dialogs.py" line="405" />
            <source>Bundel lezen en controleren…</source>
            <translation>Reading and verifying bundle…</translation>
        </message>
        <message>
            <location filename="../../views/bundle_dialogs.py" line="346" />
            <location filename="../../views/bundle_dialogs.py" line="350" />
            <source>Checklist</source>
            <translation>Checklist</translation>
        </message>
        <message>
            <location filename="../../views/bundle_dialogs.py" line="326" />
            <source>Controle van de bundel</source>
            <translation>Bundle verification</translation>
        </message>
        <message>
            <location filename="../../views/bundle_dialogs.py" line="312" />
            <source>Controleren</source>
            <translation>Verify</translation>
        </message>
        <message>
            <location filename="../../views/bundle_dialogs.py" line="343" />
            <source>Controleren tegen welke checklist?</source>
            <translation>Verify against which checklist?</translation>
        </message>
        <message>
            <location filename="../../views/bundle_dialogs.py" line="216" />
            <source>Dat wachtwoord klopt niet. Probeer het opnieuw:</source>
            <translation>That password is wrong. Please try again:</translation>
        </message>
        <message>
            <location filename="../../views/bundle_dialogs.py" line="324" />
            <source>De bundel is in orde en compleet.</source>
            <translation>The bundle is in order and complete.</translation>
        </message>
        <message>
            <location filename="../../views/bundle_dialogs.py" line="322" />
            <source>De bundel is in orde, maar er ontbreekt nog iets.</source>
            <translation>The bundle is in order, but something is still missing.</translation>
        </message>
        <message>
            <location filename="../../views/bundle_dialogs.py" line="320" />
            <source>De bundel is niet in orde.</source>
            <translation>The bundle is not in order.</translation>
        </message>
        <message>
            <location filename="../../views/bundle_dialogs.py" line="274" />
            <source>De bundel is niet ingelezen; er is niets veranderd.</source>
            <translation>The bundle was not imported; nothing has changed.</translation>
        </message>
        <message>
            <location filename="../../views/bundle_dialogs.py" line="347" />
            <source>De checklist in de bundel</source>
            <translation>The checklist in the bundle</translation>
        </message>
        <message>
            <location filename="../../views/bundle_dialogs.py" line="218" />
            <source>Deze bundel is beveiligd. Wat is het wachtwoord?</source>
            <translation>This bundle is protected. What is the password?</translation>
        </message>
        <message>
            <location filename="../../views/bundle_dialogs.py" line="421" />
            <source>Dossier inlezen…</source>
            <translation>Importing dossier…</translation>
        </message>
        <message>
            <location filename="../../views/bundle_dialogs.py" line="205" />
            <source>Dossierbundel (*.zip);;Alle bestanden (*)</source>
            <translation>Dossier bundle (*.zip);;All files (*)</translation>
        </message>
        <message>
            <location filename="../../views/bundle_dialogs.py" line="284" />
            <source>Dossierbundel controleren</source>
            <translation>Verify dossier bundle</translation>
        </message>
        <message>
            <location filename="../../views/bundle_dialogs.py" line="371" />
            <source>Dossierbundel inlezen</source>
            <translation>Import dossier bundle</translation>
        </message>
        <message>
            <location filename="../../views/bundle_dialogs.py" line="394" />
            <source>Er is niets veranderd.</source>
            <translation>Nothing has changed.</translation>
        </message>
        <message>
            <location filename="../../views/bundle_dialogs.py" line="330" />
            <source>Fouten</source>
            <translation>Errors</translation>
        </message>
        <message>
            <location filename="../../views/bundle_dialogs.py" line="457" />
            <source>Het dossier is ingelezen.</source>
            <translation>The dossier has been imported.</translation>
        </message>
        <message>
            <location filename="../../views/bundle_dialogs.py" line="452" />
            <source>Het dossier is ingelezen. Let op:</source>
            <translation>The dossier has been imported. Please note:</translation>
        </message>
        <message>
            <location filename="../../views/bundle_dialogs.py" line="451" />
            <location filename="../../views/bundle_dialogs.py" line="457" />
            <source>Ingelezen</source>
            <translation>Imported</translation>
        </message>
        <message>
            <location filename="../../views/bundle_dialogs.py" line="329" />
            <source>Inhoud</source>
            <translation>Contents</translation>
        </message>
        <message>
            <location filename="../../views/bundle_dialogs.py" line="406" />
            <location filename="../../views/bundle_dialogs.py" line="421" />
            <source>Inlezen</source>
            <translation>Import</translation>
        </message>
        <message>
            <location filename="../../views/bundle_dialogs.py" line="270" />
            <location filename="../../views/bundle_dialogs.py" line="273" />
            <location filename="../../views/bundle_dialogs.py" line="394" />
            <source>Niet ingelezen</source>
            <translation>Not imported</translation>
        </message>
        <message>
            <location filename="../../views/bundle_dialogs.py" line="331" />
            <source>Ontbreekt</source>
            <translation>Missing</translation>
        </message>
        <message>
            <location filename="../../views/bundle_dialogs.py" line="182" />
            <source>Stoppen</source>
            <translation>Stop</translation>
        </message>
        <message>
            <location filename="../../views/bundle_dialogs.py" line="275" />
            <source>Waarom niet</source>
            <translation>Why not</translation>
        </message>
        <message>
            <location filename="../../views/bundle_dialogs.py" line="221" />
            <source>Wachtwoord van de bundel</source>
            <translation>Bundle password</translation>
        </message>
    </context>
    <context>
        <name>dialogs</name>
        <message>
            <location filename="../../views/dialogs.py" line="189" />
            <source>Details staan in het logboek: {path}</source>
            <translation>Details are in the log: {path}</translation>
        </message>
        <message>
            <location filename="../../views/dialogs.py" line="185" />
            <source>Er ging iets mis in Procesplaat. Er is niets verloren gegaan wat al was opgeslagen.</source>
            <translation>Something went wrong in Procesplaat. Nothing that was already saved has been lost.</translation>
        </message>
        <message>
            <location filename="../../views/dialogs.py" line="181" />
            <location filename="../../views/dialogs.py" line="190" />
            <source>Procesplaat</source>
            <translation>Procesplaat</translation>
        </message>
    </context>
    <context>
        <name>lock</name>
        <message>
            <location filename="../../views/lock.py" line="39" />
            <source>Procesplaat — vergrendeld</source>
            <translation>Procesplaat — locked</translation>
        </message>
    </context>
    <context>
        <name>single_instance</name>
        <message>
            <location filename="../../views/single_instance.py" line="125" />
            <source>Procesplaat is al geopend</source>
            <translation>Procesplaat is already open</translation>
        </message>
        <message>
            <location filename="../../views/single_instance.py" line="116" />
            <source>Procesplaat is al geopend met de gegevensmap {folder}, maar reageert niet, of een opdracht op de opdrachtregel werkt er nog mee. Twee programma's tegelijk kunnen de gegevens beschadigen, daarom start Procesplaat nu niet. Wacht even of sluit het andere Procesplaat en probeer het opnieuw.</source>
            <translation>Procesplaat is already open with the data folder {folder} but is not responding, or a command-line command is still working with it. Two programs at once can damage the data, so Procesplaat will not start now. Wait a moment or close the other Procesplaat and try again.</translation>
        </message>
    </context>
</TS>
