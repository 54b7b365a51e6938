<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="nl_NL">
    <context>
        <name>ActionDialog</name>
        <message>
            <location filename="../../views/action_dialog.py" line="50" />
            <source>(geen fase)</source>
            <translation>(no phase)</translation>
        </message>
        <message>
            <location filename="../../views/action_dialog.py" line="55" />
            <source>(geen schuld)</source>
            <translation>(no debt)</translation>
        </message>
        <message>
            <location filename="../../views/action_dialog.py" line="59" />
            <source>Alleen voor uzelf; komt niet op papier</source>
            <translation>Only for yourself; never printed</translation>
        </message>
        <message>
            <location filename="../../views/action_dialog.py" line="84" />
            <source>Annuleren</source>
            <translation>Cancel</translation>
        </message>
        <message>
            <location filename="../../views/action_dialog.py" line="43" />
            <source>Bijvoorbeeld: BKR-overzicht opvragen</source>
            <translation>For example: request the credit register (BKR) report</translation>
        </message>
        <message>
            <location filename="../../views/action_dialog.py" line="65" />
            <source>Hoort bij fase</source>
            <translation>Belongs to phase</translation>
        </message>
        <message>
            <location filename="../../views/action_dialog.py" line="66" />
            <source>Hoort bij schuld</source>
            <translation>Belongs to debt</translation>
        </message>
        <message>
            <location filename="../../views/action_dialog.py" line="36" />
            <source>Nieuwe actie</source>
            <translation>New action</translation>
        </message>
        <message>
            <location filename="../../views/action_dialog.py" line="67" />
            <source>Notitie</source>
            <translation>Note</translation>
        </message>
        <message>
            <location filename="../../views/action_dialog.py" line="83" />
            <source>Opslaan</source>
            <translation>Save</translation>
        </message>
        <message>
            <location filename="../../views/action_dialog.py" line="64" />
            <source>Vóór</source>
            <translation>Due by</translation>
        </message>
        <message>
            <location filename="../../views/action_dialog.py" line="62" />
            <source>Wat moet er gebeuren?</source>
            <translation>What needs to be done?</translation>
        </message>
        <message>
            <location filename="../../views/action_dialog.py" line="63" />
            <source>Wie doet het?</source>
            <translation>Who does it?</translation>
        </message>
        <message>
            <location filename="../../views/action_dialog.py" line="48" />
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
            <location filename="../../views/actions_tab.py" line="261" />
            <source>Actie toevoegen</source>
            <translation>Add action</translation>
        </message>
        <message>
            <location filename="../../views/actions_tab.py" line="286" />
            <source>Actie verwijderen</source>
            <translation>Delete action</translation>
        </message>
        <message>
            <location filename="../../views/actions_tab.py" line="234" />
            <source>Actie wijzigen</source>
            <translation>Change action</translation>
        </message>
        <message>
            <location filename="../../views/actions_tab.py" line="76" />
            <location filename="../../views/actions_tab.py" line="199" />
            <source>Actielijst</source>
            <translation>Action list</translation>
        </message>
        <message>
            <location filename="../../views/actions_tab.py" line="199" />
            <source>Actielijst ({n} te laat)</source>
            <translation>Action list ({n} overdue)</translation>
        </message>
        <message>
            <location filename="../../views/actions_tab.py" line="134" />
            <source>Acties</source>
            <translation>Actions</translation>
        </message>
        <message>
            <location filename="../../views/actions_tab.py" line="51" />
            <source>Alles</source>
            <translation>All</translation>
        </message>
        <message>
            <location filename="../../views/actions_tab.py" line="290" />
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
            <location filename="../../views/actions_tab.py" line="124" />
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
            <location filename="../../views/budget_panel.py" line="212" />
            <source>&lt;b style='color:#b3261e'&gt;{amount} per maand tekort&lt;/b&gt;</source>
            <translation>&lt;b style='color:#b3261e'&gt;{amount} a month short&lt;/b&gt;</translation>
        </message>
        <message>
            <location filename="../../views/budget_panel.py" line="210" />
            <source>&lt;b&gt;{amount} per maand over&lt;/b&gt;</source>
            <translation>&lt;b&gt;{amount} a month left over&lt;/b&gt;</translation>
        </message>
        <message>
            <location filename="../../views/budget_panel.py" line="143" />
            <location filename="../../views/budget_panel.py" line="153" />
            <source>Bedrag per maand</source>
            <translation>Amount per month</translation>
        </message>
        <message>
            <location filename="../../views/budget_panel.py" line="152" />
            <source>Bron</source>
            <translation>Source</translation>
        </message>
        <message>
            <location filename="../../views/budget_panel.py" line="50" />
            <source>Bron of omschrijving</source>
            <translation>Source or description</translation>
        </message>
        <message>
            <location filename="../../views/budget_panel.py" line="141" />
            <source>Bron, bijvoorbeeld de werkgever</source>
            <translation>Source, for example the employer</translation>
        </message>
        <message>
            <location filename="../../views/budget_panel.py" line="91" />
            <source>Inkomsten per maand</source>
            <translation>Income per month</translation>
        </message>
        <message>
            <location filename="../../views/budget_panel.py" line="214" />
            <source>Inkomsten {income} − uitgaven {expenses} = {left}</source>
            <translation>Income {income} − expenses {expenses} = {left}</translation>
        </message>
        <message>
            <location filename="../../views/budget_panel.py" line="199" />
            <source>Kies de persoon opnieuw via Verwijderen en Toevoegen.</source>
            <translation>Choose the person again with Delete and Add.</translation>
        </message>
        <message>
            <location filename="../../views/budget_panel.py" line="253" />
            <source>Niet opgeslagen: {reason}</source>
            <translation>Not saved: {reason}</translation>
        </message>
        <message>
            <location filename="../../views/budget_panel.py" line="122" />
            <source>Ongedaan maken</source>
            <translation>Undo</translation>
        </message>
        <message>
            <location filename="../../views/budget_panel.py" line="51" />
            <source>Per maand</source>
            <translation>Per month</translation>
        </message>
        <message>
            <location filename="../../views/budget_panel.py" line="283" />
            <source>Regel toevoegen</source>
            <translation>Add line</translation>
        </message>
        <message>
            <location filename="../../views/budget_panel.py" line="311" />
            <source>Regel verwijderen</source>
            <translation>Delete line</translation>
        </message>
        <message>
            <location filename="../../views/budget_panel.py" line="331" />
            <source>Regel wijzigen</source>
            <translation>Change line</translation>
        </message>
        <message>
            <location filename="../../views/budget_panel.py" line="49" />
            <location filename="../../views/budget_panel.py" line="151" />
            <source>Soort</source>
            <translation>Type</translation>
        </message>
        <message>
            <location filename="../../views/budget_panel.py" line="139" />
            <source>Soort, bijvoorbeeld Loon</source>
            <translation>Type, for example Wages</translation>
        </message>
        <message>
            <location filename="../../views/budget_panel.py" line="144" />
            <source>Toevoegen</source>
            <translation>Add</translation>
        </message>
        <message>
            <location filename="../../views/budget_panel.py" line="92" />
            <source>Uitgaven per maand</source>
            <translation>Expenses per month</translation>
        </message>
        <message>
            <location filename="../../views/budget_panel.py" line="48" />
            <location filename="../../views/budget_panel.py" line="150" />
            <source>Van wie</source>
            <translation>Whose</translation>
        </message>
        <message>
            <location filename="../../views/budget_panel.py" line="145" />
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
            <location filename="../../views/client_form.py" line="178" />
            <source>9 cijfers</source>
            <translation>9 digits</translation>
        </message>
        <message>
            <location filename="../../views/client_form.py" line="175" />
            <source>Achternaam</source>
            <translation>Surname</translation>
        </message>
        <message>
            <location filename="../../views/client_form.py" line="218" />
            <source>Adres</source>
            <translation>Address</translation>
        </message>
        <message>
            <location filename="../../views/client_form.py" line="178" />
            <source>BSN</source>
            <translation>BSN</translation>
        </message>
        <message>
            <location filename="../../views/client_form.py" line="215" />
            <source>Bank</source>
            <translation>Bank</translation>
        </message>
        <message>
            <location filename="../../views/client_form.py" line="231" />
            <source>Bereikbaar</source>
            <translation>Available</translation>
        </message>
        <message>
            <location filename="../../views/client_form.py" line="240" />
            <source>Bewind en verwijzing</source>
            <translation>Administration and referral</translation>
        </message>
        <message>
            <location filename="../../views/client_form.py" line="243" />
            <source>Bewindvoerder</source>
            <translation>Administrator</translation>
        </message>
        <message>
            <location filename="../../views/client_form.py" line="211" />
            <source>Burgerlijke staat</source>
            <translation>Marital status</translation>
        </message>
        <message>
            <location filename="../../views/client_form.py" line="246" />
            <source>Datum beschikking</source>
            <translation>Date of court order</translation>
        </message>
        <message>
            <location filename="../../views/client_form.py" line="180" />
            <source>E-mail</source>
            <translation>Email</translation>
        </message>
        <message>
            <location filename="../../views/client_form.py" line="177" />
            <location filename="../../views/client_form.py" line="256" />
            <source>Geboortedatum</source>
            <translation>Date of birth</translation>
        </message>
        <message>
            <location filename="../../views/client_form.py" line="176" />
            <source>Geslacht</source>
            <translation>Gender</translation>
        </message>
        <message>
            <location filename="../../views/client_form.py" line="254" />
            <source>Gezinsleden</source>
            <translation>Household members</translation>
        </message>
        <message>
            <location filename="../../views/client_form.py" line="264" />
            <source>Gezinslid toevoegen</source>
            <translation>Add household member</translation>
        </message>
        <message>
            <location filename="../../views/client_form.py" line="221" />
            <source>Huisnummer</source>
            <translation>House number</translation>
        </message>
        <message>
            <location filename="../../views/client_form.py" line="214" />
            <source>IBAN</source>
            <translation>IBAN</translation>
        </message>
        <message>
            <location filename="../../views/client_form.py" line="250" />
            <source>Kinderen en andere gezinsleden</source>
            <translation>Children and other household members</translation>
        </message>
        <message>
            <location filename="../../views/client_form.py" line="73" />
            <source>Laat het nummer zien, bijvoorbeeld om het over te nemen</source>
            <translation>Show the number, for example to copy it</translation>
        </message>
        <message>
            <location filename="../../views/client_form.py" line="242" />
            <source>Maatregel</source>
            <translation>Measure</translation>
        </message>
        <message>
            <location filename="../../views/client_form.py" line="229" />
            <location filename="../../views/client_form.py" line="256" />
            <source>Naam</source>
            <translation>Name</translation>
        </message>
        <message>
            <location filename="../../views/client_form.py" line="387" />
            <source>Niet opgeslagen: verbeter de rood omlijnde velden.</source>
            <translation>Not saved: correct the fields outlined in red.</translation>
        </message>
        <message>
            <location filename="../../views/client_form.py" line="391" />
            <source>Opgeslagen.</source>
            <translation>Saved.</translation>
        </message>
        <message>
            <location filename="../../views/client_form.py" line="285" />
            <source>Opslaan</source>
            <translation>Save</translation>
        </message>
        <message>
            <location filename="../../views/client_form.py" line="287" />
            <source>Opslaan (Ctrl+S)</source>
            <translation>Save (Ctrl+S)</translation>
        </message>
        <message>
            <location filename="../../views/client_form.py" line="244" />
            <source>Organisatie</source>
            <translation>Organisation</translation>
        </message>
        <message>
            <location filename="../../views/client_form.py" line="234" />
            <source>Partner</source>
            <translation>Partner</translation>
        </message>
        <message>
            <location filename="../../views/client_form.py" line="207" />
            <source>Persoon</source>
            <translation>Person</translation>
        </message>
        <message>
            <location filename="../../views/client_form.py" line="223" />
            <source>Postcode</source>
            <translation>Postcode</translation>
        </message>
        <message>
            <location filename="../../views/client_form.py" line="256" />
            <location filename="../../views/client_form.py" line="311" />
            <source>Relatie</source>
            <translation>Relationship</translation>
        </message>
        <message>
            <location filename="../../views/client_form.py" line="213" />
            <source>Sinds</source>
            <translation>Since</translation>
        </message>
        <message>
            <location filename="../../views/client_form.py" line="220" />
            <source>Straat</source>
            <translation>Street</translation>
        </message>
        <message>
            <location filename="../../views/client_form.py" line="179" />
            <location filename="../../views/client_form.py" line="230" />
            <source>Telefoon</source>
            <translation>Phone</translation>
        </message>
        <message>
            <location filename="../../views/client_form.py" line="222" />
            <source>Toevoeging</source>
            <translation>Suffix</translation>
        </message>
        <message>
            <location filename="../../views/client_form.py" line="70" />
            <location filename="../../views/client_form.py" line="79" />
            <source>Toon</source>
            <translation>Show</translation>
        </message>
        <message>
            <location filename="../../views/client_form.py" line="174" />
            <source>Tussenvoegsel</source>
            <translation>Surname prefix</translation>
        </message>
        <message>
            <location filename="../../views/client_form.py" line="227" />
            <source>Vaste contactpersoon</source>
            <translation>Regular contact person</translation>
        </message>
        <message>
            <location filename="../../views/client_form.py" line="79" />
            <source>Verberg</source>
            <translation>Hide</translation>
        </message>
        <message>
            <location filename="../../views/client_form.py" line="266" />
            <source>Verwijderen</source>
            <translation>Delete</translation>
        </message>
        <message>
            <location filename="../../views/client_form.py" line="173" />
            <source>Voorletters</source>
            <translation>Initials</translation>
        </message>
        <message>
            <location filename="../../views/client_form.py" line="172" />
            <source>Voornamen</source>
            <translation>First names</translation>
        </message>
        <message>
            <location filename="../../views/client_form.py" line="224" />
            <source>Woonplaats</source>
            <translation>Town</translation>
        </message>
        <message>
            <location filename="../../views/client_form.py" line="177" />
            <source>dd-mm-jjjj</source>
            <translation>dd-mm-yyyy</translation>
        </message>
        <message>
            <location filename="../../views/client_form.py" line="72" />
            <source>{label} tonen</source>
            <translation>Show {label}</translation>
        </message>
    </context>
    <context>
        <name>ClientListModel</name>
        <message>
            <location filename="../../views/client_list_model.py" line="233" />
            <source> (gesloten)</source>
            <translation> (closed)</translation>
        </message>
        <message>
            <location filename="../../views/client_list_model.py" line="74" />
            <source>Fase</source>
            <translation>Phase</translation>
        </message>
        <message>
            <location filename="../../views/client_list_model.py" line="74" />
            <source>Naam</source>
            <translation>Name</translation>
        </message>
        <message>
            <location filename="../../views/client_list_model.py" line="74" />
            <source>Schuld</source>
            <translation>Debt</translation>
        </message>
        <message>
            <location filename="../../views/client_list_model.py" line="74" />
            <source>Termijn</source>
            <translation>Deadline</translation>
        </message>
        <message>
            <location filename="../../views/client_list_model.py" line="74" />
            <source>Week</source>
            <translation>Week</translation>
        </message>
        <message>
            <location filename="../../views/client_list_model.py" line="187" />
            <source>{late} te laat, {coming} in de komende 7 dagen</source>
            <translation>{late} overdue, {coming} in the next 7 days</translation>
        </message>
        <message>
            <location filename="../../views/client_list_model.py" line="103" />
            <source>{n} komt</source>
            <translation>{n} coming</translation>
        </message>
        <message>
            <location filename="../../views/client_list_model.py" line="101" />
            <source>⚠ {n} te laat</source>
            <translation>⚠ {n} overdue</translation>
        </message>
    </context>
    <context>
        <name>CloseClientDialog</name>
        <message>
            <location filename="../../views/dialogs.py" line="162" />
            <source>Datum van sluiten</source>
            <translation>Closing date</translation>
        </message>
        <message>
            <location filename="../../views/dialogs.py" line="149" />
            <source>Dossier sluiten</source>
            <translation>Close dossier</translation>
        </message>
        <message>
            <location filename="../../views/dialogs.py" line="163" />
            <source>Gesloten op</source>
            <translation>Closed on</translation>
        </message>
        <message>
            <location filename="../../views/dialogs.py" line="152" />
            <source>Het dossier van {name} sluiten? Het blijft bewaard en kan weer geopend worden.</source>
            <translation>Close the dossier of {name}? It is kept and can be reopened.</translation>
        </message>
        <message>
            <location filename="../../views/dialogs.py" line="168" />
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
            <location filename="../../views/bundle_dialogs.py" line="151" />
            <source>Annuleren</source>
            <translation>Cancel</translation>
        </message>
        <message>
            <location filename="../../views/bundle_dialogs.py" line="99" />
            <source>Deze klant bestaat al</source>
            <translation>This client already exists</translation>
        </message>
        <message>
            <location filename="../../views/bundle_dialogs.py" line="115" />
            <source>Er is niets anders: het is hetzelfde dossier.</source>
            <translation>Nothing differs: it is the same dossier.</translation>
        </message>
        <message>
            <location filename="../../views/bundle_dialogs.py" line="108" />
            <source>Er staat al een klant {how} in het programma: {name}.</source>
            <translation>There is already a client {how} in the program: {name}.</translation>
        </message>
        <message>
            <location filename="../../views/bundle_dialogs.py" line="122" />
            <source>Gegeven</source>
            <translation>Detail</translation>
        </message>
        <message>
            <location filename="../../views/bundle_dialogs.py" line="166" />
            <source>Het dossier hier, met zijn documenten, wordt vervangen door dat uit de bundel. Dit kan niet ongedaan worden gemaakt. Doorgaan?</source>
            <translation>The dossier here, with its documents, will be replaced by the one from the bundle. This cannot be undone. Continue?</translation>
        </message>
        <message>
            <location filename="../../views/bundle_dialogs.py" line="122" />
            <source>Hier</source>
            <translation>Here</translation>
        </message>
        <message>
            <location filename="../../views/bundle_dialogs.py" line="122" />
            <source>In de bundel</source>
            <translation>In the bundle</translation>
        </message>
        <message>
            <location filename="../../views/bundle_dialogs.py" line="148" />
            <source>Nieuwe kopie</source>
            <translation>New copy</translation>
        </message>
        <message>
            <location filename="../../views/bundle_dialogs.py" line="139" />
            <source>Nieuwe kopie: de bundel komt er als een tweede dossier bij. Vervangen: het dossier hier wordt helemaal vervangen door dat uit de bundel. Annuleren: er verandert niets.</source>
            <translation>New copy: the bundle is added as a second dossier. Replace: the dossier here is entirely replaced by the one from the bundle. Cancel: nothing changes.</translation>
        </message>
        <message>
            <location filename="../../views/bundle_dialogs.py" line="126" />
            <source>Verschillen</source>
            <translation>Differences</translation>
        </message>
        <message>
            <location filename="../../views/bundle_dialogs.py" line="149" />
            <location filename="../../views/bundle_dialogs.py" line="165" />
            <source>Vervangen</source>
            <translation>Replace</translation>
        </message>
        <message>
            <location filename="../../views/bundle_dialogs.py" line="113" />
            <source>Wat in de bundel anders is dan hier:</source>
            <translation>What differs in the bundle from here:</translation>
        </message>
        <message>
            <location filename="../../views/bundle_dialogs.py" line="105" />
            <source>met hetzelfde BSN</source>
            <translation>with the same BSN</translation>
        </message>
        <message>
            <location filename="../../views/bundle_dialogs.py" line="103" />
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
            <location filename="../../views/debt_import_tables.py" line="157" />
            <source>Bestaande schuldeiser {name}</source>
            <translation>Existing creditor {name}</translation>
        </message>
        <message>
            <location filename="../../views/debt_import_tables.py" line="125" />
            <source>Naam in het bestand</source>
            <translation>Name in the file</translation>
        </message>
        <message>
            <location filename="../../views/debt_import_tables.py" line="170" />
            <source>Nieuwe schuldeiser {name}</source>
            <translation>New creditor {name}</translation>
        </message>
        <message>
            <location filename="../../views/debt_import_tables.py" line="155" />
            <source>Schuldeiser voor {name}</source>
            <translation>Creditor for {name}</translation>
        </message>
        <message>
            <location filename="../../views/debt_import_tables.py" line="127" />
            <source>Schuldeisers uit het bestand</source>
            <translation>Creditors from the file</translation>
        </message>
        <message>
            <location filename="../../views/debt_import_tables.py" line="125" />
            <source>Wordt opgeslagen als</source>
            <translation>Will be saved as</translation>
        </message>
        <message>
            <location filename="../../views/debt_import_tables.py" line="162" />
            <source>{entry}, als {name}</source>
            <translation>{entry}, as {name}</translation>
        </message>
        <message>
            <location filename="../../views/debt_import_tables.py" line="173" />
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
            <location filename="../../views/debt_dialog.py" line="271" />
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
            <location filename="../../views/debt_export.py" line="51" />
            <source>De schuldenlijst staat in {path}.</source>
            <translation>The debt list is in {path}.</translation>
        </message>
        <message>
            <location filename="../../views/debt_export.py" line="33" />
            <source>Excel-bestand (*.xlsx)</source>
            <translation>Excel file (*.xlsx)</translation>
        </message>
        <message>
            <location filename="../../views/debt_export.py" line="56" />
            <source>Niet opgeslagen</source>
            <translation>Not saved</translation>
        </message>
        <message>
            <location filename="../../views/debt_export.py" line="50" />
            <source>Schuldenlijst opgeslagen</source>
            <translation>Debt list saved</translation>
        </message>
        <message>
            <location filename="../../views/debt_export.py" line="31" />
            <source>Schuldenlijst opslaan</source>
            <translation>Save debt list</translation>
        </message>
    </context>
    <context>
        <name>DebtImportDialog</name>
        <message>
            <location filename="../../views/debt_import_dialog.py" line="267" />
            <source> — 1 regel klopt niet</source>
            <translation> — 1 row is wrong</translation>
        </message>
        <message>
            <location filename="../../views/debt_import_dialog.py" line="264" />
            <source> — eerst de koppeling van de kolommen afmaken</source>
            <translation> — finish matching the columns first</translation>
        </message>
        <message>
            <location filename="../../views/debt_import_dialog.py" line="273" />
            <source> — kies nog bij 1 naam een schuldeiser</source>
            <translation> — still choose a creditor for 1 name</translation>
        </message>
        <message>
            <location filename="../../views/debt_import_dialog.py" line="275" />
            <source> — kies nog bij {n} namen een schuldeiser</source>
            <translation> — still choose a creditor for {n} names</translation>
        </message>
        <message>
            <location filename="../../views/debt_import_dialog.py" line="269" />
            <source> — {n} regels kloppen niet</source>
            <translation> — {n} rows are wrong</translation>
        </message>
        <message>
            <location filename="../../views/debt_import_dialog.py" line="91" />
            <source>Bestand kiezen</source>
            <translation>Choose file</translation>
        </message>
        <message>
            <location filename="../../views/debt_import_dialog.py" line="90" />
            <source>Bestand kiezen…</source>
            <translation>Choose file…</translation>
        </message>
        <message>
            <location filename="../../views/debt_import_dialog.py" line="169" />
            <source>De regels worden opnieuw gelezen…</source>
            <translation>Reading the rows again…</translation>
        </message>
        <message>
            <location filename="../../views/debt_import_dialog.py" line="304" />
            <source>De schulden worden opgeslagen…</source>
            <translation>Saving the debts…</translation>
        </message>
        <message>
            <location filename="../../views/debt_import_dialog.py" line="89" />
            <source>Gekozen bestand</source>
            <translation>Chosen file</translation>
        </message>
        <message>
            <location filename="../../views/debt_import_dialog.py" line="212" />
            <source>Gelezen: {where}, kopregel op regel {row}, {count} regels eronder.</source>
            <translation>Read: {where}, header on row {row}, {count} rows below it.</translation>
        </message>
        <message>
            <location filename="../../views/debt_import_dialog.py" line="159" />
            <source>Het bestand wordt gelezen…</source>
            <translation>Reading the file…</translation>
        </message>
        <message>
            <location filename="../../views/debt_import_dialog.py" line="122" />
            <location filename="../../views/debt_import_dialog.py" line="124" />
            <source>Inlezen</source>
            <translation>Import</translation>
        </message>
        <message>
            <location filename="../../views/debt_import_dialog.py" line="78" />
            <source>Kies de schuldenlijst die u al bijhoudt (Excel .xlsx of .csv). Er wordt pas iets opgeslagen als u op Inlezen klikt, en dan alles of niets.</source>
            <translation>Choose the debt list you already keep (Excel .xlsx or .csv). Nothing is saved until you click Import, and then all or nothing.</translation>
        </message>
        <message>
            <location filename="../../views/debt_import_dialog.py" line="104" />
            <source>Kolommen koppelen</source>
            <translation>Match columns</translation>
        </message>
        <message>
            <location filename="../../views/debt_import_dialog.py" line="98" />
            <source>Melding</source>
            <translation>Message</translation>
        </message>
        <message>
            <location filename="../../views/debt_import_dialog.py" line="88" />
            <source>Nog geen bestand gekozen</source>
            <translation>No file chosen yet</translation>
        </message>
        <message>
            <location filename="../../views/debt_import_dialog.py" line="236" />
            <source>Regel {row} overgeslagen: {reason}</source>
            <translation>Row {row} skipped: {reason}</translation>
        </message>
        <message>
            <location filename="../../views/debt_import_dialog.py" line="110" />
            <source>Regels die niet kloppen</source>
            <translation>Rows that are wrong</translation>
        </message>
        <message>
            <location filename="../../views/debt_import_dialog.py" line="118" />
            <source>Samenvatting</source>
            <translation>Summary</translation>
        </message>
        <message>
            <location filename="../../views/debt_import_dialog.py" line="108" />
            <source>Schuldeisers</source>
            <translation>Creditors</translation>
        </message>
        <message>
            <location filename="../../views/debt_import_dialog.py" line="72" />
            <location filename="../../views/debt_import_dialog.py" line="73" />
            <source>Schuldenlijst inlezen</source>
            <translation>Import debt list</translation>
        </message>
        <message>
            <location filename="../../views/debt_import_dialog.py" line="146" />
            <source>Schuldenlijst kiezen</source>
            <translation>Choose debt list</translation>
        </message>
        <message>
            <location filename="../../views/debt_import_dialog.py" line="148" />
            <source>Schuldenlijsten (*.xlsx *.csv *.txt);;Alle bestanden (*)</source>
            <translation>Debt lists (*.xlsx *.csv *.txt);;All files (*)</translation>
        </message>
        <message>
            <location filename="../../views/debt_import_dialog.py" line="113" />
            <source>Wat niet klopt</source>
            <translation>What is wrong</translation>
        </message>
        <message>
            <location filename="../../views/debt_import_dialog.py" line="210" />
            <source>werkblad {sheet}</source>
            <translation>worksheet {sheet}</translation>
        </message>
        <message>
            <location filename="../../views/debt_import_dialog.py" line="259" />
            <source>{count} schulden, totaal {total}</source>
            <translation>{count} debts, total {total}</translation>
        </message>
    </context>
    <context>
        <name>DebtTableModel</name>
        <message>
            <location filename="../../views/debts_model.py" line="132" />
            <source> (crisis)</source>
            <translation> (crisis)</translation>
        </message>
        <message>
            <location filename="../../views/debts_model.py" line="351" />
            <source> sinds {day}</source>
            <translation> since {day}</translation>
        </message>
        <message>
            <location filename="../../views/debts_model.py" line="352" />
            <source> tot {day}</source>
            <translation> until {day}</translation>
        </message>
        <message>
            <location filename="../../views/debts_model.py" line="347" />
            <source>Deze saldo-opgave is ouder dan 6 maanden: vraag een nieuwe op.</source>
            <translation>This balance statement is more than 6 months old: request a new one.</translation>
        </message>
        <message>
            <location filename="../../views/debts_model.py" line="81" />
            <source>Hoofdsom</source>
            <translation>Principal</translation>
        </message>
        <message>
            <location filename="../../views/debts_model.py" line="54" />
            <source>Incasso door</source>
            <translation>Collected by</translation>
        </message>
        <message>
            <location filename="../../views/debts_model.py" line="61" />
            <source>Kenmerk</source>
            <translation>Reference</translation>
        </message>
        <message>
            <location filename="../../views/debts_model.py" line="63" />
            <source>Klantnummer</source>
            <translation>Customer number</translation>
        </message>
        <message>
            <location filename="../../views/debts_model.py" line="83" />
            <source>Kosten</source>
            <translation>Costs</translation>
        </message>
        <message>
            <location filename="../../views/debts_model.py" line="87" />
            <source>Let op</source>
            <translation>Attention</translation>
        </message>
        <message>
            <location filename="../../views/debts_model.py" line="91" />
            <source>Notitie</source>
            <translation>Note</translation>
        </message>
        <message>
            <location filename="../../views/debts_model.py" line="85" />
            <source>Ontstaan</source>
            <translation>Incurred</translation>
        </message>
        <message>
            <location filename="../../views/debts_model.py" line="77" />
            <source>Oorspronkelijk</source>
            <translation>Original</translation>
        </message>
        <message>
            <location filename="../../views/debts_model.py" line="88" />
            <source>Preferent</source>
            <translation>Preferential</translation>
        </message>
        <message>
            <location filename="../../views/debts_model.py" line="82" />
            <source>Rente</source>
            <translation>Interest</translation>
        </message>
        <message>
            <location filename="../../views/debts_model.py" line="86" />
            <source>Saldo per</source>
            <translation>Balance as of</translation>
        </message>
        <message>
            <location filename="../../views/debts_model.py" line="48" />
            <source>Schuldeiser</source>
            <translation>Creditor</translation>
        </message>
        <message>
            <location filename="../../views/debts_model.py" line="59" />
            <source>Schuldenaar</source>
            <translation>Debtor</translation>
        </message>
        <message>
            <location filename="../../views/debts_model.py" line="70" />
            <source>Soort</source>
            <translation>Type</translation>
        </message>
        <message>
            <location filename="../../views/debts_model.py" line="66" />
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <location filename="../../views/debts_model.py" line="84" />
            <source>Totaal</source>
            <translation>Total</translation>
        </message>
        <message>
            <location filename="../../views/debts_model.py" line="90" />
            <source>Vaste last</source>
            <translation>Fixed cost</translation>
        </message>
        <message>
            <location filename="../../views/debts_model.py" line="89" />
            <source>Zakelijk</source>
            <translation>Business</translation>
        </message>
        <message>
            <location filename="../../views/debts_model.py" line="139" />
            <source>geen saldo-opgave</source>
            <translation>no balance statement</translation>
        </message>
        <message>
            <location filename="../../views/debts_model.py" line="276" />
            <source>ja</source>
            <translation>yes</translation>
        </message>
        <message>
            <location filename="../../views/debts_model.py" line="276" />
            <source>nee</source>
            <translation>no</translation>
        </message>
        <message>
            <location filename="../../views/debts_model.py" line="137" />
            <source>saldo ouder dan 6 maanden</source>
            <translation>balance more than 6 months old</translation>
        </message>
        <message>
            <location filename="../../views/debts_model.py" line="141" />
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
            <location filename="../../views/debts_tab.py" line="180" />
            <source>Alle schuldeisers</source>
            <translation>All creditors</translation>
        </message>
        <message>
            <location filename="../../views/debts_tab.py" line="181" />
            <source>Alle schuldenaars</source>
            <translation>All debtors</translation>
        </message>
        <message>
            <location filename="../../views/debts_tab.py" line="179" />
            <source>Alle statussen</source>
            <translation>All statuses</translation>
        </message>
        <message>
            <location filename="../../views/debts_tab.py" line="188" />
            <source>Alleen schulden met beslag, dwangbevel, ontruiming of een andere maatregel</source>
            <translation>Only debts with an attachment, enforcement order, eviction or other measure</translation>
        </message>
        <message>
            <location filename="../../views/debts_tab.py" line="184" />
            <source>Alleen schulden met een saldo-opgave ouder dan 6 maanden</source>
            <translation>Only debts with a balance statement more than 6 months old</translation>
        </message>
        <message>
            <location filename="../../views/debts_tab.py" line="144" />
            <source>De gekozen schuld verwijderen (Delete)</source>
            <translation>Delete the selected debt (Delete)</translation>
        </message>
        <message>
            <location filename="../../views/debts_changes.py" line="235" />
            <source>De schuld bij {name} is verwijderd. Ctrl+Z zet haar terug.</source>
            <translation>The debt with {name} has been deleted. Ctrl+Z brings it back.</translation>
        </message>
        <message>
            <location filename="../../views/debts_tab.py" line="140" />
            <source>Gegevens van de schuldeiser: adres, IBAN, telefoon, preferent</source>
            <translation>Creditor details: address, IBAN, phone, preferential</translation>
        </message>
        <message>
            <location filename="../../views/debts_tab.py" line="76" />
            <source>Inkomsten en uitgaven</source>
            <translation>Income and expenses</translation>
        </message>
        <message>
            <location filename="../../views/debts_tab.py" line="156" />
            <source>Inlezen…</source>
            <translation>Import…</translation>
        </message>
        <message>
            <location filename="../../views/debts_changes.py" line="100" />
            <source>Kies of typ de schuldeiser.</source>
            <translation>Choose or type the creditor.</translation>
        </message>
        <message>
            <location filename="../../views/debts_changes.py" line="157" />
            <source>Let op: er is een crisissituatie (sinds {day}). Het eerste gesprek moet binnen 3 werkdagen; de procesplaat toont de termijn.</source>
            <translation>Attention: there is a crisis (since {day}). The first meeting must take place within 3 working days; the process map shows the deadline.</translation>
        </message>
        <message>
            <location filename="../../views/debts_tab.py" line="136" />
            <source>Maatregelen…</source>
            <translation>Measures…</translation>
        </message>
        <message>
            <location filename="../../views/debts_tab.py" line="186" />
            <source>Met maatregel</source>
            <translation>With measure</translation>
        </message>
        <message>
            <location filename="../../views/debts_tab.py" line="158" />
            <source>Naar Excel…</source>
            <translation>To Excel…</translation>
        </message>
        <message>
            <location filename="../../views/debts_tab.py" line="132" />
            <source>Nieuwe schuld (Ctrl+Shift+N of Insert)</source>
            <translation>New debt (Ctrl+Shift+N or Insert)</translation>
        </message>
        <message>
            <location filename="../../views/debts_tab.py" line="131" />
            <source>Nieuwe schuld…</source>
            <translation>New debt…</translation>
        </message>
        <message>
            <location filename="../../views/debts_tab.py" line="148" />
            <source>Ongedaan maken</source>
            <translation>Undo</translation>
        </message>
        <message>
            <location filename="../../views/debts_tab.py" line="147" />
            <source>Ongedaan maken (Ctrl+Z)</source>
            <translation>Undo (Ctrl+Z)</translation>
        </message>
        <message>
            <location filename="../../views/debts_tab.py" line="152" />
            <source>Opnieuw</source>
            <translation>Redo</translation>
        </message>
        <message>
            <location filename="../../views/debts_tab.py" line="151" />
            <source>Opnieuw (Ctrl+Y)</source>
            <translation>Redo (Ctrl+Y)</translation>
        </message>
        <message>
            <location filename="../../views/debts_changes.py" line="148" />
            <source>Schuld toevoegen</source>
            <translation>Add debt</translation>
        </message>
        <message>
            <location filename="../../views/debts_changes.py" line="230" />
            <source>Schuld verwijderen</source>
            <translation>Delete debt</translation>
        </message>
        <message>
            <location filename="../../views/debts_changes.py" line="120" />
            <source>Schuld wijzigen</source>
            <translation>Change debt</translation>
        </message>
        <message>
            <location filename="../../views/debts_changes.py" line="210" />
            <source>Schuldeiser wijzigen</source>
            <translation>Change creditor</translation>
        </message>
        <message>
            <location filename="../../views/debts_tab.py" line="73" />
            <source>Schuldeisers</source>
            <translation>Creditors</translation>
        </message>
        <message>
            <location filename="../../views/debts_tab.py" line="138" />
            <source>Schuldeiser…</source>
            <translation>Creditor…</translation>
        </message>
        <message>
            <location filename="../../views/debts_tab.py" line="89" />
            <source>Schulden</source>
            <translation>Debts</translation>
        </message>
        <message>
            <location filename="../../views/debts_changes.py" line="263" />
            <source>Schuldenlijst inlezen</source>
            <translation>Import debt list</translation>
        </message>
        <message>
            <location filename="../../views/debts_tab.py" line="182" />
            <source>Verouderd saldo</source>
            <translation>Outdated balance</translation>
        </message>
        <message>
            <location filename="../../views/debts_tab.py" line="143" />
            <source>Verwijderen</source>
            <translation>Delete</translation>
        </message>
        <message>
            <location filename="../../views/debts_tab.py" line="134" />
            <source>Wijzigen…</source>
            <translation>Change…</translation>
        </message>
        <message>
            <location filename="../../views/debts_changes.py" line="265" />
            <source>{n} schulden ingelezen, samen {total}. Ctrl+Z maakt dit ongedaan.</source>
            <translation>{n} debts imported, together {total}. Ctrl+Z undoes this.</translation>
        </message>
        <message>
            <location filename="../../views/debts_changes.py" line="82" />
            <source>{what} wijzigen</source>
            <translation>Change {what}</translation>
        </message>
        <message>
            <location filename="../../views/debts_tab.py" line="146" />
            <source>↶</source>
            <translation>↶</translation>
        </message>
        <message>
            <location filename="../../views/debts_tab.py" line="150" />
            <source>↷</source>
            <translation>↷</translation>
        </message>
    </context>
    <context>
        <name>DocumentPreview</name>
        <message>
            <location filename="../../views/document_preview.py" line="141" />
            <source>Bezig met openen…</source>
            <translation>Opening…</translation>
        </message>
        <message>
            <location filename="../../views/document_preview.py" line="252" />
            <source>Deze pagina kan niet getoond worden.</source>
            <translation>This page cannot be shown.</translation>
        </message>
        <message>
            <location filename="../../views/document_preview.py" line="154" />
            <source>Dit document kan niet getoond worden.</source>
            <translation>This document cannot be shown.</translation>
        </message>
        <message>
            <location filename="../../views/document_preview.py" line="82" />
            <source>Groter</source>
            <translation>Larger</translation>
        </message>
        <message>
            <location filename="../../views/document_preview.py" line="83" />
            <source>Groter (Ctrl++)</source>
            <translation>Larger (Ctrl++)</translation>
        </message>
        <message>
            <location filename="../../views/document_preview.py" line="75" />
            <source>Kleiner</source>
            <translation>Smaller</translation>
        </message>
        <message>
            <location filename="../../views/document_preview.py" line="76" />
            <source>Kleiner (Ctrl+-)</source>
            <translation>Smaller (Ctrl+-)</translation>
        </message>
        <message>
            <location filename="../../views/document_preview.py" line="198" />
            <source>Pagina</source>
            <translation>Page</translation>
        </message>
        <message>
            <location filename="../../views/document_preview.py" line="193" />
            <source>Pagina {page} van {count}</source>
            <translation>Page {page} of {count}</translation>
        </message>
        <message>
            <location filename="../../views/document_preview.py" line="78" />
            <source>Passend</source>
            <translation>Fit</translation>
        </message>
        <message>
            <location filename="../../views/document_preview.py" line="71" />
            <source>Volgende pagina</source>
            <translation>Next page</translation>
        </message>
        <message>
            <location filename="../../views/document_preview.py" line="72" />
            <source>Volgende pagina (Page Down)</source>
            <translation>Next page (Page Down)</translation>
        </message>
        <message>
            <location filename="../../views/document_preview.py" line="64" />
            <source>Vorige pagina</source>
            <translation>Previous page</translation>
        </message>
        <message>
            <location filename="../../views/document_preview.py" line="65" />
            <source>Vorige pagina (Page Up)</source>
            <translation>Previous page (Page Up)</translation>
        </message>
        <message>
            <location filename="../../views/document_preview.py" line="79" />
            <source>Zo breed als het venster (Ctrl+0)</source>
            <translation>As wide as the window (Ctrl+0)</translation>
        </message>
        <message>
            <location filename="../../views/document_preview.py" line="190" />
            <source>{page} van {count}</source>
            <translation>{page} of {count}</translation>
        </message>
    </context>
    <context>
        <name>DocumentPreviewDialog</name>
        <message>
            <location filename="../../views/document_preview.py" line="271" />
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
            <location filename="../../views/window_commands.py" line="34" />
            <source>Acties</source>
            <translation>Actions</translation>
        </message>
        <message>
            <location filename="../../views/main_window.py" line="392" />
            <source>De gegevens van deze klant zijn gewijzigd. Wilt u de wijzigingen opslaan?</source>
            <translation>This client's details have been changed. Do you want to save the changes?</translation>
        </message>
        <message>
            <location filename="../../views/window_commands.py" line="35" />
            <source>Documenten</source>
            <translation>Documents</translation>
        </message>
        <message>
            <location filename="../../views/main_window.py" line="456" />
            <source>Fase {n}: {title}</source>
            <translation>Phase {n}: {title}</translation>
        </message>
        <message>
            <location filename="../../views/window_commands.py" line="36" />
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
            <location filename="../../views/window_commands.py" line="32" />
            <source>Praatplaat</source>
            <translation>Conversation map</translation>
        </message>
        <message>
            <location filename="../../views/main_window.py" line="66" />
            <location filename="../../views/window_commands.py" line="31" />
            <source>Procesplaat</source>
            <translation>Procesplaat</translation>
        </message>
        <message>
            <location filename="../../views/window_commands.py" line="33" />
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
            <location filename="../../views/debt_import_tables.py" line="100" />
            <source>(niet gebruiken)</source>
            <translation>(do not use)</translation>
        </message>
        <message>
            <location filename="../../views/debt_import_tables.py" line="96" />
            <source>Kolom {letter} ({header}) koppelen aan</source>
            <translation>Match column {letter} ({header}) to</translation>
        </message>
        <message>
            <location filename="../../views/debt_import_tables.py" line="58" />
            <source>Koppeling</source>
            <translation>Match</translation>
        </message>
        <message>
            <location filename="../../views/debt_import_tables.py" line="38" />
            <source>Voorbeeld van de lijst met de koppeling per kolom</source>
            <translation>Preview of the list with each column's match</translation>
        </message>
    </context>
    <context>
        <name>MeasureDialog</name>
        <message>
            <location filename="../../views/measure_dialog.py" line="92" />
            <source> sinds {day}</source>
            <translation> since {day}</translation>
        </message>
        <message>
            <location filename="../../views/measure_dialog.py" line="94" />
            <source> tot {day}</source>
            <translation> until {day}</translation>
        </message>
        <message>
            <location filename="../../views/measure_dialog.py" line="96" />
            <source> — crisis: eerste gesprek binnen 3 werkdagen</source>
            <translation> — crisis: first meeting within 3 working days</translation>
        </message>
        <message>
            <location filename="../../views/measure_dialog.py" line="49" />
            <source>(kies)</source>
            <translation>(choose)</translation>
        </message>
        <message>
            <location filename="../../views/measure_dialog.py" line="48" />
            <location filename="../../views/measure_dialog.py" line="58" />
            <source>Maatregel</source>
            <translation>Measure</translation>
        </message>
        <message>
            <location filename="../../views/measure_dialog.py" line="127" />
            <source>Maatregel toevoegen</source>
            <translation>Add measure</translation>
        </message>
        <message>
            <location filename="../../views/measure_dialog.py" line="154" />
            <source>Maatregel verwijderen</source>
            <translation>Delete measure</translation>
        </message>
        <message>
            <location filename="../../views/measure_dialog.py" line="41" />
            <source>Maatregelen</source>
            <translation>Measures</translation>
        </message>
        <message>
            <location filename="../../views/measure_dialog.py" line="38" />
            <source>Maatregelen: {name}</source>
            <translation>Measures: {name}</translation>
        </message>
        <message>
            <location filename="../../views/measure_dialog.py" line="61" />
            <source>Notitie</source>
            <translation>Note</translation>
        </message>
        <message>
            <location filename="../../views/measure_dialog.py" line="131" />
            <source>Opgeslagen.</source>
            <translation>Saved.</translation>
        </message>
        <message>
            <location filename="../../views/measure_dialog.py" line="59" />
            <source>Sinds</source>
            <translation>Since</translation>
        </message>
        <message>
            <location filename="../../views/measure_dialog.py" line="71" />
            <source>Toevoegen</source>
            <translation>Add</translation>
        </message>
        <message>
            <location filename="../../views/measure_dialog.py" line="60" />
            <source>Tot</source>
            <translation>Until</translation>
        </message>
        <message>
            <location filename="../../views/measure_dialog.py" line="43" />
            <source>Verwijderen</source>
            <translation>Delete</translation>
        </message>
        <message>
            <location filename="../../views/measure_dialog.py" line="53" />
            <source>dd-mm-jjjj</source>
            <translation>dd-mm-yyyy</translation>
        </message>
        <message>
            <location filename="../../views/measure_dialog.py" line="55" />
            <source>dd-mm-jjjj (leeg: loopt nog)</source>
            <translation>dd-mm-yyyy (empty: still running)</translation>
        </message>
    </context>
    <context>
        <name>NewClientDialog</name>
        <message>
            <location filename="../../views/dialogs.py" line="128" />
            <source>Aanmaken</source>
            <translation>Create</translation>
        </message>
        <message>
            <location filename="../../views/dialogs.py" line="108" />
            <source>Achternaam</source>
            <translation>Surname</translation>
        </message>
        <message>
            <location filename="../../views/dialogs.py" line="110" />
            <source>BSN</source>
            <translation>BSN</translation>
        </message>
        <message>
            <location filename="../../views/dialogs.py" line="109" />
            <source>Geboortedatum</source>
            <translation>Date of birth</translation>
        </message>
        <message>
            <location filename="../../views/dialogs.py" line="100" />
            <source>Nieuwe klant</source>
            <translation>New client</translation>
        </message>
        <message>
            <location filename="../../views/dialogs.py" line="111" />
            <source>Postcode</source>
            <translation>Postcode</translation>
        </message>
        <message>
            <location filename="../../views/dialogs.py" line="107" />
            <source>Tussenvoegsel</source>
            <translation>Surname prefix</translation>
        </message>
        <message>
            <location filename="../../views/dialogs.py" line="106" />
            <source>Voornamen</source>
            <translation>First names</translation>
        </message>
        <message>
            <location filename="../../views/dialogs.py" line="110" />
            <source>mag later</source>
            <translation>can wait</translation>
        </message>
    </context>
    <context>
        <name>PassphraseDialog</name>
        <message>
            <location filename="../../views/dialogs.py" line="87" />
            <source>De twee wachtwoorden zijn niet gelijk.</source>
            <translation>The two passwords do not match.</translation>
        </message>
        <message>
            <location filename="../../views/dialogs.py" line="43" />
            <source>Deze computer heeft geen sleutelbos waarin Procesplaat de sleutel van de gegevens kan bewaren. Kies een wachtwoord van minstens {n} tekens. Zonder dit wachtwoord kan niemand de gegevens lezen, ook u niet: bewaar het goed.</source>
            <translation>This computer has no keyring in which Procesplaat can keep the data key. Choose a password of at least {n} characters. Without this password nobody can read the data, not even you: keep it safe.</translation>
        </message>
        <message>
            <location filename="../../views/dialogs.py" line="49" />
            <source>Geef het wachtwoord van de gegevens van Procesplaat.</source>
            <translation>Enter the password of Procesplaat's data.</translation>
        </message>
        <message>
            <location filename="../../views/dialogs.py" line="63" />
            <source>Herhaal</source>
            <translation>Repeat</translation>
        </message>
        <message>
            <location filename="../../views/dialogs.py" line="62" />
            <source>Herhaal wachtwoord</source>
            <translation>Repeat password</translation>
        </message>
        <message>
            <location filename="../../views/dialogs.py" line="81" />
            <source>Het wachtwoord is te kort: minstens {n} tekens.</source>
            <translation>The password is too short: at least {n} characters.</translation>
        </message>
        <message>
            <location filename="../../views/dialogs.py" line="40" />
            <source>Procesplaat — wachtwoord</source>
            <translation>Procesplaat — password</translation>
        </message>
        <message>
            <location filename="../../views/dialogs.py" line="56" />
            <location filename="../../views/dialogs.py" line="57" />
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
            <location filename="../../views/praatplaat.py" line="280" />
            <source>Cijfer geven</source>
            <translation>Give a score</translation>
        </message>
        <message>
            <location filename="../../views/praatplaat_panels.py" line="267" />
            <source>Cijfer {label}</source>
            <translation>Score {label}</translation>
        </message>
        <message>
            <location filename="../../views/praatplaat.py" line="171" />
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
            <location filename="../../views/praatplaat.py" line="354" />
            <source>Doel bereikt</source>
            <translation>Goal reached</translation>
        </message>
        <message>
            <location filename="../../views/praatplaat.py" line="354" />
            <source>Doel niet bereikt</source>
            <translation>Goal not reached</translation>
        </message>
        <message>
            <location filename="../../views/praatplaat.py" line="334" />
            <source>Doel toevoegen</source>
            <translation>Add goal</translation>
        </message>
        <message>
            <location filename="../../views/praatplaat.py" line="396" />
            <source>Doel verwijderd. Terughalen kan met “Ongedaan maken”.</source>
            <translation>Goal deleted. “Undo” brings it back.</translation>
        </message>
        <message>
            <location filename="../../views/praatplaat.py" line="391" />
            <source>Doel verwijderen</source>
            <translation>Delete goal</translation>
        </message>
        <message>
            <location filename="../../views/praatplaat.py" line="377" />
            <source>Doel wijzigen</source>
            <translation>Change goal</translation>
        </message>
        <message>
            <location filename="../../views/praatplaat_panels.py" line="324" />
            <source>Geef eerst een cijfer van 1 tot 5</source>
            <translation>First give a score from 1 to 5</translation>
        </message>
        <message>
            <location filename="../../views/praatplaat.py" line="295" />
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
            <location filename="../../views/praatplaat.py" line="309" />
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
            <location filename="../../views/proof_dialog.py" line="60" />
            <source>(geen punt van de checklist)</source>
            <translation>(no checklist item)</translation>
        </message>
        <message>
            <location filename="../../views/proof_dialog.py" line="55" />
            <source>(geen schuld)</source>
            <translation>(no debt)</translation>
        </message>
        <message>
            <location filename="../../views/proof_dialog.py" line="70" />
            <source>Bewijs voor schuld</source>
            <translation>Proof for debt</translation>
        </message>
        <message>
            <location filename="../../views/proof_dialog.py" line="40" />
            <source>Bewijsstuk</source>
            <translation>Proof</translation>
        </message>
        <message>
            <location filename="../../views/proof_dialog.py" line="68" />
            <source>Omschrijving</source>
            <translation>Description</translation>
        </message>
        <message>
            <location filename="../../views/proof_dialog.py" line="69" />
            <source>Ontvangen op</source>
            <translation>Received on</translation>
        </message>
        <message>
            <location filename="../../views/proof_dialog.py" line="71" />
            <source>Punt van de checklist</source>
            <translation>Checklist item</translation>
        </message>
        <message>
            <location filename="../../views/proof_dialog.py" line="67" />
            <source>Soort</source>
            <translation>Type</translation>
        </message>
        <message>
            <location filename="../../views/proof_dialog.py" line="53" />
            <source>dd-mm-jjjj</source>
            <translation>dd-mm-yyyy</translation>
        </message>
    </context>
    <context>
        <name>ProofsPage</name>
        <message>
            <location filename="../../views/proofs_page.py" line="385" />
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
            <location filename="../../views/proofs_page.py" line="300" />
            <source>Bestanden versleuteld opslaan…</source>
            <translation>Saving files encrypted…</translation>
        </message>
        <message>
            <location filename="../../views/proofs_page.py" line="333" />
            <source>Bewijsstuk wijzigen</source>
            <translation>Change proof</translation>
        </message>
        <message>
            <location filename="../../views/proofs_page.py" line="143" />
            <source>Bewijsstukken</source>
            <translation>Proofs</translation>
        </message>
        <message>
            <location filename="../../views/proofs_page.py" line="255" />
            <source>Bewijsstukken toevoegen</source>
            <translation>Add proofs</translation>
        </message>
        <message>
            <location filename="../../views/proofs_page.py" line="132" />
            <source>Bij toevoegen:</source>
            <translation>When adding:</translation>
        </message>
        <message>
            <location filename="../../views/proofs_page.py" line="405" />
            <source>Definitief verwijderd.</source>
            <translation>Permanently deleted.</translation>
        </message>
        <message>
            <location filename="../../views/proofs_page.py" line="384" />
            <source>Definitief verwijderen</source>
            <translation>Delete permanently</translation>
        </message>
        <message>
            <location filename="../../views/proofs_page.py" line="90" />
            <source>Definitief verwijderen…</source>
            <translation>Delete permanently…</translation>
        </message>
        <message>
            <location filename="../../views/proofs_page.py" line="388" />
            <source>Dit bewijsstuk</source>
            <translation>This proof</translation>
        </message>
        <message>
            <location filename="../../views/proofs_page.py" line="123" />
            <source>Een foto van een brief wordt een kleine, goed leesbare A4-PDF</source>
            <translation>A photo of a letter becomes a small, easily readable A4 PDF</translation>
        </message>
        <message>
            <location filename="../../views/proofs_page.py" line="83" />
            <source>Eigenschappen…</source>
            <translation>Properties…</translation>
        </message>
        <message>
            <location filename="../../views/proofs_page.py" line="446" />
            <source>Er zijn geen bewijsstukken van schulden.</source>
            <translation>There are no debt proofs.</translation>
        </message>
        <message>
            <location filename="../../views/proofs_page.py" line="426" />
            <source>Er zijn geen bewijsstukken van schulden. Koppel een bewijsstuk aan een schuld via Eigenschappen.</source>
            <translation>There are no debt proofs. Link a proof to a debt through Properties.</translation>
        </message>
        <message>
            <location filename="../../views/proofs_page.py" line="121" />
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
            <location filename="../../views/proofs_page.py" line="362" />
            <source>In de prullenbak. Ctrl+Z zet het terug, of kies Prullenbak tonen.</source>
            <translation>Moved to the bin. Ctrl+Z brings it back, or choose Show bin.</translation>
        </message>
        <message>
            <location filename="../../views/proofs_page.py" line="247" />
            <source>Kies een bewijsstuk om het hier te zien.</source>
            <translation>Choose a proof to see it here.</translation>
        </message>
        <message>
            <location filename="../../views/proofs_page.py" line="127" />
            <source>Meerdere foto's van één brief worden één document</source>
            <translation>Several photos of one letter become one document</translation>
        </message>
        <message>
            <location filename="../../views/proofs_page.py" line="358" />
            <source>Naar de prullenbak</source>
            <translation>Move to the bin</translation>
        </message>
        <message>
            <location filename="../../views/proofs_page.py" line="86" />
            <source>Naar prullenbak</source>
            <translation>To bin</translation>
        </message>
        <message>
            <location filename="../../views/proofs_page.py" line="291" />
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
            <location filename="../../views/proofs_page.py" line="128" />
            <source>Origineel ook bewaren</source>
            <translation>Keep the original too</translation>
        </message>
        <message>
            <location filename="../../views/proofs_page.py" line="411" />
            <source>PDF (*.pdf)</source>
            <translation>PDF (*.pdf)</translation>
        </message>
        <message>
            <location filename="../../views/proofs_page.py" line="106" />
            <source>Prullenbak tonen</source>
            <translation>Show bin</translation>
        </message>
        <message>
            <location filename="../../views/proofs_page.py" line="126" />
            <source>Samenvoegen tot één PDF</source>
            <translation>Merge into one PDF</translation>
        </message>
        <message>
            <location filename="../../views/proofs_page.py" line="257" />
            <source>Scans, foto's en PDF's (*.pdf *.jpg *.jpeg *.png *.tif *.tiff *.heic);;Alle bestanden (*)</source>
            <translation>Scans, photos and PDFs (*.pdf *.jpg *.jpeg *.png *.tif *.tiff *.heic);;All files (*)</translation>
        </message>
        <message>
            <location filename="../../views/proofs_page.py" line="411" />
            <location filename="../../views/proofs_page.py" line="456" />
            <source>Schuldbewijzen samenvoegen</source>
            <translation>Merge debt proofs</translation>
        </message>
        <message>
            <location filename="../../views/proofs_page.py" line="457" />
            <source>Schuldbewijzen samenvoegen tot één PDF…</source>
            <translation>Merge debt proofs into one PDF…</translation>
        </message>
        <message>
            <location filename="../../views/proofs_page.py" line="99" />
            <source>Schuldbewijzen samenvoegen…</source>
            <translation>Merge debt proofs…</translation>
        </message>
        <message>
            <location filename="../../views/proofs_page.py" line="136" />
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
            <location filename="../../views/proofs_work.py" line="58" />
            <source>Stoppen</source>
            <translation>Stop</translation>
        </message>
        <message>
            <location filename="../../views/proofs_page.py" line="378" />
            <source>Teruggezet.</source>
            <translation>Restored.</translation>
        </message>
        <message>
            <location filename="../../views/proofs_page.py" line="88" />
            <location filename="../../views/proofs_page.py" line="374" />
            <source>Terugzetten</source>
            <translation>Restore</translation>
        </message>
        <message>
            <location filename="../../views/proofs_page.py" line="299" />
            <source>Toevoegen</source>
            <translation>Add</translation>
        </message>
        <message>
            <location filename="../../views/proofs_page.py" line="77" />
            <source>Toevoegen…</source>
            <translation>Add…</translation>
        </message>
        <message>
            <location filename="../../views/proofs_work.py" line="151" />
            <source>gestopt.</source>
            <translation>stopped.</translation>
        </message>
        <message>
            <location filename="../../views/proofs_page.py" line="449" />
            <source>{n} schuldbewijzen samengevoegd in {name}.</source>
            <translation>{n} debt proofs merged into {name}.</translation>
        </message>
        <message>
            <location filename="../../views/proofs_page.py" line="289" />
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
            <location filename="../../views/bundle_dialogs.py" line="73" />
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
            <location filename="../../views/undo.py" line="70" />
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
            <location filename="../../views/unlock_code_dialog.py" line="111" />
            <source>De code is te kort: minstens {n} tekens.</source>
            <translation>The code is too short: at least {n} characters.</translation>
        </message>
        <message>
            <location filename="../../views/unlock_code_dialog.py" line="104" />
            <source>De huidige ontgrendelcode klopt niet.</source>
            <translation>The current unlock code is not right.</translation>
        </message>
        <message>
            <location filename="../../views/unlock_code_dialog.py" line="116" />
            <source>De twee codes zijn niet gelijk.</source>
            <translation>The two codes are not the same.</translation>
        </message>
        <message>
            <location filename="../../views/unlock_code_dialog.py" line="69" />
            <source>Herhaal</source>
            <translation>Repeat</translation>
        </message>
        <message>
            <location filename="../../views/unlock_code_dialog.py" line="68" />
            <source>Herhaal de nieuwe ontgrendelcode</source>
            <translation>Repeat the new unlock code</translation>
        </message>
        <message>
            <location filename="../../views/unlock_code_dialog.py" line="65" />
            <source>Huidige code</source>
            <translation>Current code</translation>
        </message>
        <message>
            <location filename="../../views/unlock_code_dialog.py" line="64" />
            <source>Huidige ontgrendelcode</source>
            <translation>Current unlock code</translation>
        </message>
        <message>
            <location filename="../../views/unlock_code_dialog.py" line="54" />
            <source>Met een ontgrendelcode vraagt het vergrendelde venster om deze code, in plaats van alleen een klik. Kies minstens {n} tekens en vertel de code aan niemand.</source>
            <translation>With an unlock code, the locked window asks for this code instead of just a click. Choose at least {n} characters and tell the code to nobody.</translation>
        </message>
        <message>
            <location filename="../../views/unlock_code_dialog.py" line="67" />
            <source>Nieuwe code</source>
            <translation>New code</translation>
        </message>
        <message>
            <location filename="../../views/unlock_code_dialog.py" line="66" />
            <source>Nieuwe ontgrendelcode</source>
            <translation>New unlock code</translation>
        </message>
        <message>
            <location filename="../../views/unlock_code_dialog.py" line="51" />
            <source>Ontgrendelcode</source>
            <translation>Unlock code</translation>
        </message>
    </context>
    <context>
        <name>WeekModel</name>
        <message>
            <location filename="../../views/week_view.py" line="158" />
            <source>, te laat</source>
            <translation>, overdue</translation>
        </message>
        <message>
            <location filename="../../views/week_view.py" line="115" />
            <source>1 dag te laat</source>
            <translation>1 day overdue</translation>
        </message>
        <message>
            <location filename="../../views/week_view.py" line="58" />
            <source>Datum</source>
            <translation>Date</translation>
        </message>
        <message>
            <location filename="../../views/week_view.py" line="59" />
            <source>Klant</source>
            <translation>Client</translation>
        </message>
        <message>
            <location filename="../../views/week_view.py" line="194" />
            <source>Nog te doen</source>
            <translation>Still to do</translation>
        </message>
        <message>
            <location filename="../../views/week_view.py" line="61" />
            <source>Over/te laat</source>
            <translation>Due/overdue</translation>
        </message>
        <message>
            <location filename="../../views/week_view.py" line="194" />
            <source>Te laat</source>
            <translation>Overdue</translation>
        </message>
        <message>
            <location filename="../../views/week_view.py" line="60" />
            <source>Wat</source>
            <translation>What</translation>
        </message>
        <message>
            <location filename="../../views/week_view.py" line="65" />
            <source>di</source>
            <translation>Tue</translation>
        </message>
        <message>
            <location filename="../../views/week_view.py" line="67" />
            <source>do</source>
            <translation>Thu</translation>
        </message>
        <message>
            <location filename="../../views/week_view.py" line="64" />
            <source>ma</source>
            <translation>Mon</translation>
        </message>
        <message>
            <location filename="../../views/week_view.py" line="119" />
            <source>morgen</source>
            <translation>tomorrow</translation>
        </message>
        <message>
            <location filename="../../views/week_view.py" line="120" />
            <source>over {n} dagen</source>
            <translation>in {n} days</translation>
        </message>
        <message>
            <location filename="../../views/week_view.py" line="117" />
            <source>vandaag</source>
            <translation>today</translation>
        </message>
        <message>
            <location filename="../../views/week_view.py" line="68" />
            <source>vr</source>
            <translation>Fri</translation>
        </message>
        <message>
            <location filename="../../views/week_view.py" line="66" />
            <source>wo</source>
            <translation>Wed</translation>
        </message>
        <message>
            <location filename="../../views/week_view.py" line="69" />
            <source>za</source>
            <translation>Sat</translation>
        </message>
        <message>
            <location filename="../../views/week_view.py" line="70" />
            <source>zo</source>
            <translation>Sun</translation>
        </message>
        <message>
            <location filename="../../views/week_view.py" line="113" />
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
            <location filename="../../views/window_commands.py" line="117" />
            <source>&amp;Afsluiten</source>
            <translation>E&amp;xit</translation>
        </message>
        <message>
            <location filename="../../views/window_commands.py" line="112" />
            <source>&amp;Back-ups…</source>
            <translation>&amp;Backups…</translation>
        </message>
        <message>
            <location filename="../../views/window_commands.py" line="77" />
            <source>&amp;Bestand</source>
            <translation>&amp;File</translation>
        </message>
        <message>
            <location filename="../../views/window_commands.py" line="134" />
            <source>&amp;Bewaartermijn en vernietigen…</source>
            <translation>&amp;Retention period and destruction…</translation>
        </message>
        <message>
            <location filename="../../views/window_commands.py" line="94" />
            <source>&amp;Exporteren voor het loket…</source>
            <translation>&amp;Export for the desk…</translation>
        </message>
        <message>
            <location filename="../../views/window_commands.py" line="122" />
            <source>&amp;Geschiedenis van dit dossier…</source>
            <translation>&amp;History of this dossier…</translation>
        </message>
        <message>
            <location filename="../../views/window_commands.py" line="131" />
            <source>&amp;Inzageverzoek exporteren…</source>
            <translation>Export &amp;access request…</translation>
        </message>
        <message>
            <location filename="../../views/window_commands.py" line="126" />
            <source>&amp;Logboek…</source>
            <translation>&amp;Log…</translation>
        </message>
        <message>
            <location filename="../../views/window_commands.py" line="78" />
            <source>&amp;Nieuwe klant…</source>
            <translation>&amp;New client…</translation>
        </message>
        <message>
            <location filename="../../views/window_commands.py" line="152" />
            <source>&amp;Presentatie voor de klant</source>
            <translation>&amp;Presentation for the client</translation>
        </message>
        <message>
            <location filename="../../views/window_commands.py" line="107" />
            <source>&amp;Vergrendelen</source>
            <translation>&amp;Lock</translation>
        </message>
        <message>
            <location filename="../../views/window_commands.py" line="148" />
            <source>&amp;Vernieuwen</source>
            <translation>Re&amp;fresh</translation>
        </message>
        <message>
            <location filename="../../views/window_commands.py" line="144" />
            <source>&amp;Zoeken</source>
            <translation>&amp;Search</translation>
        </message>
        <message>
            <location filename="../../views/window_commands.py" line="89" />
            <source>Af&amp;drukken…</source>
            <translation>&amp;Print…</translation>
        </message>
        <message>
            <location filename="../../views/window_commands.py" line="412" />
            <source>Alle gegevens van dit dossier staan in {folder}.</source>
            <translation>All data of this dossier is in {folder}.</translation>
        </message>
        <message>
            <location filename="../../views/window_commands.py" line="143" />
            <source>Bee&amp;ld</source>
            <translation>&amp;View</translation>
        </message>
        <message>
            <location filename="../../views/window_commands.py" line="340" />
            <source>De dagelijkse back-up is niet gelukt: {why}</source>
            <translation>The daily backup did not succeed: {why}</translation>
        </message>
        <message>
            <location filename="../../views/window_commands.py" line="181" />
            <source>De nieuwe taal gaat in bij de volgende start van Procesplaat.</source>
            <translation>The new language takes effect the next time Procesplaat starts.</translation>
        </message>
        <message>
            <location filename="../../views/window_commands.py" line="85" />
            <source>Dossier &amp;heropenen</source>
            <translation>Re&amp;open dossier</translation>
        </message>
        <message>
            <location filename="../../views/window_commands.py" line="82" />
            <source>Dossier &amp;sluiten…</source>
            <translation>&amp;Close dossier…</translation>
        </message>
        <message>
            <location filename="../../views/window_commands.py" line="290" />
            <source>Dossier heropenen</source>
            <translation>Reopen dossier</translation>
        </message>
        <message>
            <location filename="../../views/window_commands.py" line="102" />
            <source>Dossierbundel &amp;controleren…</source>
            <translation>&amp;Verify dossier bundle…</translation>
        </message>
        <message>
            <location filename="../../views/window_commands.py" line="98" />
            <source>Dossierbundel &amp;inlezen…</source>
            <translation>&amp;Import dossier bundle…</translation>
        </message>
        <message>
            <location filename="../../views/window_commands.py" line="121" />
            <source>E&amp;xtra</source>
            <translation>&amp;Tools</translation>
        </message>
        <message>
            <location filename="../../views/window_commands.py" line="356" />
            <source>Geschiedenis van dit dossier</source>
            <translation>History of this dossier</translation>
        </message>
        <message>
            <location filename="../../views/window_commands.py" line="291" />
            <source>Het dossier van {name} weer openen?</source>
            <translation>Reopen the dossier of {name}?</translation>
        </message>
        <message>
            <location filename="../../views/window_commands.py" line="138" />
            <source>I&amp;nstellingen…</source>
            <translation>Se&amp;ttings…</translation>
        </message>
        <message>
            <location filename="../../views/window_commands.py" line="411" />
            <source>Inzageverzoek</source>
            <translation>Access request</translation>
        </message>
        <message>
            <location filename="../../views/window_commands.py" line="399" />
            <source>Map voor het inzageverzoek</source>
            <translation>Folder for the access request</translation>
        </message>
        <message>
            <location filename="../../views/window_commands.py" line="156" />
            <source>Mijn &amp;week</source>
            <translation>My &amp;week</translation>
        </message>
    </context>
    <context>
        <name>app</name>
        <message>
            <location filename="../../views/application.py" line="279" />
            <source>Gegevens openen…</source>
            <translation>Opening data…</translation>
        </message>
        <message>
            <location filename="../../views/application.py" line="142" />
            <source>Procesplaat</source>
            <translation>Procesplaat</translation>
        </message>
    </context>
    <context>
        <name>bundle_dialogs</name>
        <message>
            <location filename="../../views/bundle_dialogs.py" line="454" />
            <source>Bewaard bij de import, niet in het dossier getoond</source>
            <translation>Kept on import, not shown in the dossier</translation>
        </message>
        <message>
            <location filename="../../views/bundle_dialogs.py" line="312" />
            <source>Bundel controleren…</source>
            <translation>Verifying bundle…</translation>
        </message>
        <message>
            <location filename="../../views/bundle_dialogs.py" line="406" />
            <source>Bundel lezen en controleren…</source>
            <translation>Reading and verifying bundle…</translation>
        </message>
        <message>
            <location filename="../../views/bundle_dialogs.py" line="347" />
            <location filename="../../views/bundle_dialogs.py" line="351" />
            <source>Checklist</source>
            <translation>Checklist</translation>
        </message>
        <message>
            <location filename="../../views/bundle_dialogs.py" line="327" />
            <source>Controle van de bundel</source>
            <translation>Bundle verification</translation>
        </message>
        <message>
            <location filename="../../views/bundle_dialogs.py" line="313" />
            <source>Controleren</source>
            <translation>Verify</translation>
        </message>
        <message>
            <location filename="../../views/bundle_dialogs.py" line="344" />
            <source>Controleren tegen welke checklist?</source>
            <translation>Verify against which checklist?</translation>
        </message>
        <message>
            <location filename="../../views/bundle_dialogs.py" line="217" />
            <source>Dat wachtwoord klopt niet. Probeer het opnieuw:</source>
            <translation>That password is wrong. Please try again:</translation>
        </message>
        <message>
            <location filename="../../views/bundle_dialogs.py" line="325" />
            <source>De bundel is in orde en compleet.</source>
            <translation>The bundle is in order and complete.</translation>
        </message>
        <message>
            <location filename="../../views/bundle_dialogs.py" line="323" />
            <source>De bundel is in orde, maar er ontbreekt nog iets.</source>
            <translation>The bundle is in order, but something is still missing.</translation>
        </message>
        <message>
            <location filename="../../views/bundle_dialogs.py" line="321" />
            <source>De bundel is niet in orde.</source>
            <translation>The bundle is not in order.</translation>
        </message>
        <message>
            <location filename="../../views/bundle_dialogs.py" line="275" />
            <source>De bundel is niet ingelezen; er is niets veranderd.</source>
            <translation>The bundle was not imported; nothing has changed.</translation>
        </message>
        <message>
            <location filename="../../views/bundle_dialogs.py" line="348" />
            <source>De checklist in de bundel</source>
            <translation>The checklist in the bundle</translation>
        </message>
        <message>
            <location filename="../../views/bundle_dialogs.py" line="219" />
            <source>Deze bundel is beveiligd. Wat is het wachtwoord?</source>
            <translation>This bundle is protected. What is the password?</translation>
        </message>
        <message>
            <location filename="../../views/bundle_dialogs.py" line="422" />
            <source>Dossier inlezen…</source>
            <translation>Importing dossier…</translation>
        </message>
        <message>
            <location filename="../../views/bundle_dialogs.py" line="206" />
            <source>Dossierbundel (*.zip);;Alle bestanden (*)</source>
            <translation>Dossier bundle (*.zip);;All files (*)</translation>
        </message>
        <message>
            <location filename="../../views/bundle_dialogs.py" line="285" />
            <source>Dossierbundel controleren</source>
            <translation>Verify dossier bundle</translation>
        </message>
        <message>
            <location filename="../../views/bundle_dialogs.py" line="372" />
            <source>Dossierbundel inlezen</source>
            <translation>Import dossier bundle</translation>
        </message>
        <message>
            <location filename="../../views/bundle_dialogs.py" line="395" />
            <source>Er is niets veranderd.</source>
            <translation>Nothing has changed.</translation>
        </message>
        <message>
            <location filename="../../views/bundle_dialogs.py" line="331" />
            <source>Fouten</source>
            <translation>Errors</translation>
        </message>
        <message>
            <location filename="../../views/bundle_dialogs.py" line="458" />
            <source>Het dossier is ingelezen.</source>
            <translation>The dossier has been imported.</translation>
        </message>
        <message>
            <location filename="../../views/bundle_dialogs.py" line="453" />
            <source>Het dossier is ingelezen. Let op:</source>
            <translation>The dossier has been imported. Please note:</translation>
        </message>
        <message>
            <location filename="../../views/bundle_dialogs.py" line="452" />
            <location filename="../../views/bundle_dialogs.py" line="458" />
            <source>Ingelezen</source>
            <translation>Imported</translation>
        </message>
        <message>
            <location filename="../../views/bundle_dialogs.py" line="330" />
            <source>Inhoud</source>
            <translation>Contents</translation>
        </message>
        <message>
            <location filename="../../views/bundle_dialogs.py" line="407" />
            <location filename="../../views/bundle_dialogs.py" line="422" />
            <source>Inlezen</source>
            <translation>Import</translation>
        </message>
        <message>
            <location filename="../../views/bundle_dialogs.py" line="271" />
            <location filename="../../views/bundle_dialogs.py" line="274" />
            <location filename="../../views/bundle_dialogs.py" line="395" />
            <source>Niet ingelezen</source>
            <translation>Not imported</translation>
        </message>
        <message>
            <location filename="../../views/bundle_dialogs.py" line="332" />
            <source>Ontbreekt</source>
            <translation>Missing</translation>
        </message>
        <message>
            <location filename="../../views/bundle_dialogs.py" line="183" />
            <source>Stoppen</source>
            <translation>Stop</translation>
        </message>
        <message>
            <location filename="../../views/bundle_dialogs.py" line="276" />
            <source>Waarom niet</source>
            <translation>Why not</translation>
        </message>
        <message>
            <location filename="../../views/bundle_dialogs.py" line="222" />
            <source>Wachtwoord van de bundel</source>
            <translation>Bundle password</translation>
        </message>
    </context>
    <context>
        <name>dialogs</name>
        <message>
            <location filename="../../views/dialogs.py" line="191" />
            <source>Details staan in het logboek: {path}</source>
            <translation>Details are in the log: {path}</translation>
        </message>
        <message>
            <location filename="../../views/dialogs.py" line="187" />
            <source>Er ging iets mis in Procesplaat. Er is niets verloren gegaan wat al was opgeslagen.</source>
            <translation>Something went wrong in Procesplaat. Nothing that was already saved has been lost.</translation>
        </message>
        <message>
            <location filename="../../views/dialogs.py" line="183" />
            <location filename="../../views/dialogs.py" line="192" />
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
        <name>messages</name>
        <message>
            <location filename="../../app/clients.py" line="239" />
            <source>'{reference}' is geen (begin van een) klant-id.</source>
            <translation>'{reference}' is not (the start of) a client id.</translation>
        </message>
        <message>
            <location filename="../../app/clients.py" line="248" />
            <source>'{reference}' past bij {found} klanten; geef meer tekens van het id.</source>
            <translation>'{reference}' matches {found} clients; give more characters of the id.</translation>
        </message>
        <message>
            <location filename="../../app/cli_trust.py" line="169" />
            <source>--since ({since:%d-%m-%Y}) ligt na --until ({until:%d-%m-%Y}).</source>
            <translation>--since ({since:%d-%m-%Y}) is after --until ({until:%d-%m-%Y}).</translation>
        </message>
        <message>
            <location filename="../../app/bundle_dossier_check.py" line="173" />
            <source>... en nog {rest} problemen in dossier.json.</source>
            <translation>... and {rest} more problems in dossier.json.</translation>
        </message>
        <message>
            <location filename="../../app/retention.py" line="169" />
            <source>Alleen een gesloten dossier kan worden vernietigd.</source>
            <translation>Only a closed dossier can be destroyed.</translation>
        </message>
        <message>
            <location filename="../../app/backup.py" line="366" />
            <source>Back-ups maakt Procesplaat alleen van een eigen versleutelde database; een gedeelde server maakt zijn eigen back-ups.</source>
            <translation>Procesplaat only makes backups of its own encrypted database; a shared server makes its own backups.</translation>
        </message>
        <message>
            <location filename="../../app/bundle_zipread.py" line="283" />
            <source>Bestanden buiten de map van de bundel: {shown}. Een bundel heeft precies één map bovenaan, met alles daarin.</source>
            <translation>Files outside the bundle's folder: {shown}. A bundle has exactly one folder at the top, with everything inside it.</translation>
        </message>
        <message>
            <location filename="../../app/bundle_write.py" line="35" />
            <source>Bewijsstuk nummer {number} in de gegevensmap klopt niet met wat er bij het opslaan van werd vastgelegd. Zet het terug uit een reservekopie; er is geen bundel opgeslagen.</source>
            <translation>Proof number {number} in the data folder does not match what was recorded when it was saved. Restore it from a backup; no bundle was saved.</translation>
        </message>
        <message>
            <location filename="../../app/bundle_verify.py" line="122" />
            <source>Checklist {key!r} van de bundel is hier niet bekend; de volledigheid is niet gecontroleerd.</source>
            <translation>The bundle's checklist {key!r} is not known here; completeness was not checked.</translation>
        </message>
        <message>
            <location filename="../../app/clients.py" line="280" />
            <source>De achternaam is verplicht.</source>
            <translation>The surname is required.</translation>
        </message>
        <message>
            <location filename="../../app/backup.py" line="334" />
            <source>De back-up bevat niet alle gegevens.</source>
            <translation>The backup does not contain all the data.</translation>
        </message>
        <message>
            <location filename="../../app/backup.py" line="345" />
            <source>De back-up is mislukt: de controle na het schrijven vond een fout ({message}) Er is geen back-up bijgekomen; probeer het opnieuw.</source>
            <translation>The backup failed: the check after writing found an error ({message}) No backup was added; please try again.</translation>
        </message>
        <message>
            <location filename="../../app/backup.py" line="404" />
            <source>De back-up kon niet worden gemaakt</source>
            <translation>The backup could not be made</translation>
        </message>
        <message>
            <location filename="../../app/backup_restore.py" line="123" />
            <source>De back-up kon niet worden teruggezet</source>
            <translation>The backup could not be restored</translation>
        </message>
        <message>
            <location filename="../../app/backup_restore.py" line="119" />
            <location filename="../../app/cli_backup.py" line="126" />
            <source>De back-up {backup} bestaat niet. Er is niets veranderd.</source>
            <translation>The backup {backup} does not exist. Nothing was changed.</translation>
        </message>
        <message>
            <location filename="../../app/backup.py" line="184" />
            <location filename="../../app/backup.py" line="192" />
            <source>De back-up {name} is beschadigd.</source>
            <translation>The backup {name} is damaged.</translation>
        </message>
        <message>
            <location filename="../../app/backup.py" line="165" />
            <source>De back-up {name} is niet versleuteld; Procesplaat gebruikt hem niet.</source>
            <translation>The backup {name} is not encrypted; Procesplaat does not use it.</translation>
        </message>
        <message>
            <location filename="../../app/backup.py" line="174" />
            <source>De back-up {name} kan niet geopend worden met de sleutel van deze gegevensmap: hij is beschadigd of hoort bij een andere gegevensmap.</source>
            <translation>The backup {name} cannot be opened with this data folder's key: it is damaged or belongs to another data folder.</translation>
        </message>
        <message>
            <location filename="../../models/debt_fields.py" line="232" />
            <source>De begindatum</source>
            <translation>The start date</translation>
        </message>
        <message>
            <location filename="../../app/retention.py" line="98" />
            <source>De bewaartermijn kon niet worden bewaard: de gegevensmap is vol of alleen-lezen.</source>
            <translation>The retention period could not be saved: the data folder is full or read-only.</translation>
        </message>
        <message>
            <location filename="../../app/retention.py" line="173" />
            <source>De bewaartermijn van dit dossier loopt nog tot {due:%d-%m-%Y}; er is niets vernietigd.</source>
            <translation>This dossier's retention period runs until {due:%d-%m-%Y}; nothing was destroyed.</translation>
        </message>
        <message>
            <location filename="../../app/bundle_zipread.py" line="292" />
            <source>De bundel heeft meer dan één map bovenaan ({shown}); er hoort er precies één.</source>
            <translation>The bundle has more than one folder at the top ({shown}); there should be exactly one.</translation>
        </message>
        <message>
            <location filename="../../app/bundle_zipread.py" line="208" />
            <source>De bundel heeft {count} bestanden; meer dan {limit} wordt niet gelezen.</source>
            <translation>The bundle has {count} files; more than {limit} are not read.</translation>
        </message>
        <message>
            <location filename="../../app/bundle_fields.py" line="107" />
            <source>De bundel is niet in orde ({where}): {problem} Er is niets ingelezen.</source>
            <translation>The bundle is not in order ({where}): {problem} Nothing was imported.</translation>
        </message>
        <message>
            <location filename="../../app/bundle_zipread.py" line="226" />
            <source>De bundel is onvolledig of beschadigd: het ZIP-bestand houdt te vroeg op (misschien niet helemaal gedownload). Vraag de bundel opnieuw op.</source>
            <translation>The bundle is incomplete or damaged: the ZIP file ends too early (perhaps not fully downloaded). Ask for the bundle again.</translation>
        </message>
        <message>
            <location filename="../../app/bundle_read.py" line="367" />
            <source>De bundel kon niet worden gelezen.</source>
            <translation>The bundle could not be read.</translation>
        </message>
        <message>
            <location filename="../../app/bundle_write.py" line="180" />
            <source>De bundel kon niet worden opgeslagen in {folder}: de schijf is vol (nodig: {size_text}, vrij: {size_text2}). Er is niets opgeslagen.</source>
            <translation>The bundle could not be saved in {folder}: the disk is full (needed: {size_text}, free: {size_text2}). Nothing was saved.</translation>
        </message>
        <message>
            <location filename="../../app/bundle_write.py" line="199" />
            <source>De bundel kon niet worden opgeslagen in {folder}: {reason}. Er is niets opgeslagen.</source>
            <translation>The bundle could not be saved in {folder}: {reason}. Nothing was saved.</translation>
        </message>
        <message>
            <location filename="../../app/bundle_verify.py" line="128" />
            <source>De bundel noemt geen checklist; de volledigheid is niet gecontroleerd.</source>
            <translation>The bundle names no checklist; completeness was not checked.</translation>
        </message>
        <message>
            <location filename="../../app/bundle_zipread.py" line="267" />
            <source>De bundel pakt uit tot {size:.1f} GB; meer dan {limit} GB wordt niet gelezen (mogelijk een zip-bom).</source>
            <translation>The bundle unpacks to {size:.1f} GB; more than {limit} GB is not read (possibly a zip bomb).</translation>
        </message>
        <message>
            <location filename="../../app/bundle_verify.py" line="104" />
            <source>De checklist {checklist_key!r} bestaat niet. Wel: {known}.</source>
            <translation>The checklist {checklist_key!r} does not exist. Available: {known}.</translation>
        </message>
        <message>
            <location filename="../../app/checklist.py" line="169" />
            <source>De checklist {key!r} bestaat niet (meer). Wel: {known}.</source>
            <translation>The checklist {key!r} does not exist (any more). Available: {known}.</translation>
        </message>
        <message>
            <location filename="../../app/bundle_export.py" line="128" />
            <source>De checklist {key!r} bestaat niet. Wel: {known}.</source>
            <translation>The checklist {key!r} does not exist. Available: {known}.</translation>
        </message>
        <message>
            <location filename="../../app/checklist.py" line="332" />
            <source>De checklist {name!r} heeft geen onderdeel {item_key!r}.</source>
            <translation>The checklist {name!r} has no item {item_key!r}.</translation>
        </message>
        <message>
            <location filename="../../app/db.py" line="70" />
            <source>De database is bezet door een ander programma of een tweede Procesplaat. Sluit dat en probeer het opnieuw.</source>
            <translation>The database is in use by another program or a second Procesplaat. Close that and try again.</translation>
        </message>
        <message>
            <location filename="../../app/db.py" line="75" />
            <source>De database kan niet gelezen worden: verkeerde sleutel of een beschadigd bestand.</source>
            <translation>The database cannot be read: wrong key or a damaged file.</translation>
        </message>
        <message>
            <location filename="../../app/db.py" line="140" />
            <source>De database kan niet geopend worden met deze sleutel of dit wachtwoord. Er is niets veranderd.</source>
            <translation>The database cannot be opened with this key or passphrase. Nothing was changed.</translation>
        </message>
        <message>
            <location filename="../../app/secrets.py" line="159" />
            <source>De database {database} bestaat, maar {name} ontbreekt: zonder dat bestand kan de sleutel niet gevonden worden. Er is niets veranderd.</source>
            <translation>The database {database} exists, but {name} is missing: without that file the key cannot be found. Nothing was changed.</translation>
        </message>
        <message>
            <location filename="../../app/procesplaat.py" line="165" />
            <source>De datum ligt vóór {strftime}, de dag waarop de huidige fase begon. Kies die dag of later.</source>
            <translation>The date is before {strftime}, the day the current phase began. Choose that day or later.</translation>
        </message>
        <message>
            <location filename="../../models/debt_fields.py" line="179" />
            <source>De datum van de saldo-opgave</source>
            <translation>The date of the balance statement</translation>
        </message>
        <message>
            <location filename="../../models/debt_fields.py" line="175" />
            <source>De datum van ontstaan</source>
            <translation>The date the debt arose</translation>
        </message>
        <message>
            <location filename="../../app/documents.py" line="104" />
            <source>De datum van ontvangst ({received:%d-%m-%Y}) ligt in de toekomst. Geef de dag waarop het stuk binnenkwam.</source>
            <translation>The date of receipt ({received:%d-%m-%Y}) is in the future. Give the day the document came in.</translation>
        </message>
        <message>
            <location filename="../../app/bundle_read.py" line="262" />
            <source>De delen pakken samen uit tot {value:.1f} GB; meer dan {value2} GB wordt niet gelezen.</source>
            <translation>Together the parts unpack to {value:.1f} GB; more than {value2} GB is not read.</translation>
        </message>
        <message>
            <location filename="../../app/procesplaat.py" line="277" />
            <source>De eerste stap van de route kan niet weg.</source>
            <translation>The first step of the route cannot be removed.</translation>
        </message>
        <message>
            <location filename="../../models/debt_fields.py" line="248" />
            <source>De einddatum ligt vóór de begindatum.</source>
            <translation>The end date is before the start date.</translation>
        </message>
        <message>
            <location filename="../../app/db.py" line="68" />
            <source>De gegevensmap is alleen-lezen. Kies een map waarin u mag schrijven.</source>
            <translation>The data folder is read-only. Choose a folder you are allowed to write in.</translation>
        </message>
        <message>
            <location filename="../../app/instance.py" line="149" />
            <source>De gegevensmap {data_dir} is in gebruik door een ander Procesplaat (het venster of een andere opdracht). Sluit dat eerst en probeer het dan opnieuw. Er is niets veranderd.</source>
            <translation>The data folder {data_dir} is in use by another Procesplaat (the window or another command). Close that first and then try again. Nothing was changed.</translation>
        </message>
        <message>
            <location filename="../../app/instance.py" line="119" />
            <location filename="../../app/store.py" line="34" />
            <source>De gegevensmap {data_dir} is niet bruikbaar: {reason}.</source>
            <translation>The data folder {data_dir} cannot be used: {reason}.</translation>
        </message>
        <message>
            <location filename="../../app/cli_trust.py" line="249" />
            <source>De geschiedenis noemt niemand '{name}'; wel: {known}.</source>
            <translation>The history names nobody called '{name}'; it does name: {known}.</translation>
        </message>
        <message>
            <location filename="../../models/debt_fields.py" line="49" />
            <source>De hoofdsom</source>
            <translation>The principal</translation>
        </message>
        <message>
            <location filename="../../app/bundle_import.py" line="486" />
            <source>De klanten hier zijn intussen veranderd; probeer het opnieuw. Er is niets ingelezen.</source>
            <translation>The clients here have changed in the meantime; please try again. Nothing was imported.</translation>
        </message>
        <message>
            <location filename="../../models/debt_sheet.py" line="248" />
            <source>De kolommen {letters} en {letters2} zijn allemaal gekoppeld aan {target_labels}. Kies er één.</source>
            <translation>Columns {letters} and {letters2} are all linked to {target_labels}. Choose one.</translation>
        </message>
        <message>
            <location filename="../../models/debt_fields.py" line="51" />
            <source>De kosten</source>
            <translation>The costs</translation>
        </message>
        <message>
            <location filename="../../app/access_export.py" line="120" />
            <source>De map {folder} bestaat niet.</source>
            <translation>The folder {folder} does not exist.</translation>
        </message>
        <message>
            <location filename="../../app/debt_sheet_export.py" line="203" />
            <source>De map {folder} bestaat niet. Kies een andere map.</source>
            <translation>The folder {folder} does not exist. Choose another folder.</translation>
        </message>
        <message>
            <location filename="../../app/bundle_export.py" line="159" />
            <location filename="../../app/cli_bundle.py" line="116" />
            <source>De map {parent} bestaat niet.</source>
            <translation>The folder {parent} does not exist.</translation>
        </message>
        <message>
            <location filename="../../app/debts.py" line="163" />
            <source>De naam is te lang: hoogstens 200 tekens.</source>
            <translation>The name is too long: at most 200 characters.</translation>
        </message>
        <message>
            <location filename="../../app/creditors.py" line="78" />
            <source>De naam is te lang: hoogstens {max_name} tekens.</source>
            <translation>The name is too long: at most {max_name} characters.</translation>
        </message>
        <message>
            <location filename="../../app/creditors.py" line="75" />
            <location filename="../../app/creditors.py" line="328" />
            <source>De naam van de schuldeiser is verplicht.</source>
            <translation>The creditor's name is required.</translation>
        </message>
        <message>
            <location filename="../../app/handout_procesplaat.py" line="261" />
            <source>De procesplaat kan op A4 of A3, niet op {size}.</source>
            <translation>The process map can be printed on A4 or A3, not on {size}.</translation>
        </message>
        <message>
            <location filename="../../models/debt_fields.py" line="50" />
            <source>De rente</source>
            <translation>The interest</translation>
        </message>
        <message>
            <location filename="../../app/db.py" line="66" />
            <source>De schijf is vol of niet beschikbaar. Maak ruimte vrij en probeer het opnieuw.</source>
            <translation>The disk is full or not available. Free up some space and try again.</translation>
        </message>
        <message>
            <location filename="../../app/debt_sheet_export.py" line="205" />
            <source>De schijf is vol. Maak ruimte vrij en probeer het opnieuw.</source>
            <translation>The disk is full. Free up some space and try again.</translation>
        </message>
        <message>
            <location filename="../../app/debt_measures.py" line="108" />
            <source>De schuld van deze maatregel bestaat niet meer.</source>
            <translation>The debt of this measure no longer exists.</translation>
        </message>
        <message>
            <location filename="../../app/document_merge.py" line="181" />
            <source>De schuldbewijzen konden niet worden opgeslagen: de map bestaat niet, is alleen-lezen of de schijf is vol. Er is niets opgeslagen.</source>
            <translation>The proofs of debt could not be saved: the folder does not exist, is read-only or the disk is full. Nothing was saved.</translation>
        </message>
        <message>
            <location filename="../../app/unlock.py" line="218" />
            <source>De sleutel in de sleutelbos is beschadigd. Procesplaat blijft vergrendeld.</source>
            <translation>The key in the keyring is damaged. Procesplaat stays locked.</translation>
        </message>
        <message>
            <location filename="../../app/unlock.py" line="209" />
            <source>De sleutel van deze gegevensmap staat niet in de sleutelbos van deze gebruiker. Procesplaat blijft vergrendeld.</source>
            <translation>This data folder's key is not in this user's keyring. Procesplaat stays locked.</translation>
        </message>
        <message>
            <location filename="../../app/secrets.py" line="177" />
            <source>De sleutel van deze gegevensmap staat niet in de sleutelbos van dit account. Start Procesplaat als de gebruiker die de map heeft gemaakt.</source>
            <translation>This data folder's key is not in this account's keyring. Start Procesplaat as the user who created the folder.</translation>
        </message>
        <message>
            <location filename="../../app/unlock.py" line="179" />
            <source>De sleutelbos van deze gebruiker heeft een andere sleutel voor deze gegevensmap. Procesplaat blijft vergrendeld.</source>
            <translation>This user's keyring has a different key for this data folder. Procesplaat stays locked.</translation>
        </message>
        <message>
            <location filename="../../app/unlock.py" line="100" />
            <source>De sleutelbos van het besturingssysteem bewaart de ontgrendelcode niet.</source>
            <translation>The operating system's keyring does not keep the unlock code.</translation>
        </message>
        <message>
            <location filename="../../app/secrets.py" line="173" />
            <source>De sleutelbos van het besturingssysteem is niet bereikbaar: {exc}</source>
            <translation>The operating system's keyring cannot be reached: {exc}</translation>
        </message>
        <message>
            <location filename="../../app/unlock.py" line="114" />
            <source>De sleutelbos van het besturingssysteem is niet bereikbaar; Procesplaat blijft vergrendeld.</source>
            <translation>The operating system's keyring cannot be reached; Procesplaat stays locked.</translation>
        </message>
        <message>
            <location filename="../../app/unlock.py" line="201" />
            <source>De sleutelbos van het besturingssysteem is niet bereikbaar; Procesplaat blijft vergrendeld. Ontgrendel de sleutelbos en probeer het opnieuw.</source>
            <translation>The operating system's keyring cannot be reached; Procesplaat stays locked. Unlock the keyring and try again.</translation>
        </message>
        <message>
            <location filename="../../app/card_text.py" line="94" />
            <source>De tekst van het kaartje ({name}) is niet te lezen.</source>
            <translation>The text of the card ({name}) cannot be read.</translation>
        </message>
        <message>
            <location filename="../../app/card_text.py" line="71" />
            <source>De tekst van het kaartje klopt niet: {exc}</source>
            <translation>The text of the card is not right: {exc}</translation>
        </message>
        <message>
            <location filename="../../app/handout_card.py" line="197" />
            <source>De tekst voor de {side} van het kaartje is te lang: ook in de kleinste letter ({min_size:g} punt) past hij niet. Maak de tekst korter.</source>
            <translation>The text for the {side} of the card is too long: it does not fit even in the smallest type ({min_size:g} point). Make the text shorter.</translation>
        </message>
        <message>
            <location filename="../../app/bundle_verify.py" line="134" />
            <source>De volledigheid is niet gecontroleerd: de bundel is niet in orde.</source>
            <translation>Completeness was not checked: the bundle is not in order.</translation>
        </message>
        <message>
            <location filename="../../app/bundle_bagit.py" line="322" />
            <source>Deel {number} van {count} is meer dan eens gegeven.</source>
            <translation>Part {number} of {count} was given more than once.</translation>
        </message>
        <message>
            <location filename="../../app/bundle_bagit.py" line="331" />
            <source>Deel {number} van {count} ontbreekt; er is niets ingelezen.</source>
            <translation>Part {number} of {count} is missing; nothing was imported.</translation>
        </message>
        <message>
            <location filename="../../app/document_preview.py" line="28" />
            <source>Deze PDF is beschadigd en kan niet getoond worden. Vraag een goede kopie op.</source>
            <translation>This PDF is damaged and cannot be shown. Ask for a good copy.</translation>
        </message>
        <message>
            <location filename="../../app/document_preview.py" line="24" />
            <source>Deze PDF is beveiligd met een wachtwoord en kan in het programma niet getoond worden. Open hem met het wachtwoord en bewaar een kopie zonder beveiliging.</source>
            <translation>This PDF is protected with a password and cannot be shown in the program. Open it with the password and save a copy without protection.</translation>
        </message>
        <message>
            <location filename="../../app/document_check.py" line="128" />
            <source>Deze PDF is beveiligd met een wachtwoord. Open hem met het wachtwoord en sla hem op of druk hem af als PDF zonder beveiliging; voeg die kopie toe.</source>
            <translation>This PDF is protected with a password. Open it with the password and save or print it as a PDF without protection; add that copy.</translation>
        </message>
        <message>
            <location filename="../../app/document_check.py" line="121" />
            <source>Deze PDF is onvolledig of beschadigd (het einde ontbreekt). Vraag het bestand opnieuw op of sla het opnieuw op.</source>
            <translation>This PDF is incomplete or damaged (the end is missing). Ask for the file again or save it again.</translation>
        </message>
        <message>
            <location filename="../../app/actions.py" line="203" />
            <location filename="../../app/actions.py" line="226" />
            <source>Deze actie bestaat niet (meer).</source>
            <translation>This action does not exist (any more).</translation>
        </message>
        <message>
            <location filename="../../app/document_check.py" line="170" />
            <location filename="../../app/document_convert.py" line="162" />
            <location filename="../../app/document_convert.py" line="266" />
            <source>Deze afbeelding heeft te veel beeldpunten om veilig te openen. Maak de foto of scan met een lagere resolutie.</source>
            <translation>This image has too many pixels to open safely. Take the photo or scan at a lower resolution.</translation>
        </message>
        <message>
            <location filename="../../app/document_preview.py" line="29" />
            <source>Deze afbeelding is beschadigd en kan niet getoond worden.</source>
            <translation>This image is damaged and cannot be shown.</translation>
        </message>
        <message>
            <location filename="../../app/document_check.py" line="154" />
            <location filename="../../app/document_convert.py" line="44" />
            <source>Deze afbeelding is beschadigd of onvolledig en kan niet gelezen worden. Maak de foto of scan opnieuw.</source>
            <translation>This image is damaged or incomplete and cannot be read. Take the photo or scan again.</translation>
        </message>
        <message>
            <location filename="../../app/backup_restore.py" line="154" />
            <source>Deze back-up is gemaakt met een nieuwere versie van Procesplaat (schema {revision}). Installeer die versie; er is niets veranderd.</source>
            <translation>This backup was made with a newer version of Procesplaat (schema {revision}). Install that version; nothing was changed.</translation>
        </message>
        <message>
            <location filename="../../app/bundle_plan.py" line="193" />
            <source>Deze bewijsstukken zijn elk groter dan een deel van {size_text}: {named}. Kies een grotere maximale grootte per deel, of verklein die bewijsstukken.</source>
            <translation>Each of these proofs is larger than a part of {size_text}: {named}. Choose a larger maximum size per part, or make those proofs smaller.</translation>
        </message>
        <message>
            <location filename="../../app/bundle_import.py" line="389" />
            <source>Deze bundel gebruikt kenmerken (id's) die hier al bij een andere klant horen. Lees hem in als nieuwe kopie. Er is niets ingelezen.</source>
            <translation>This bundle uses identifiers (ids) that already belong to another client here. Import it as a new copy. Nothing was imported.</translation>
        </message>
        <message>
            <location filename="../../app/bundle_zipread.py" line="399" />
            <source>Deze bundel is beveiligd met een wachtwoord. Geef het wachtwoord op dat u apart van de bundel hebt gekregen.</source>
            <translation>This bundle is protected with a passphrase. Enter the passphrase you received separately from the bundle.</translation>
        </message>
        <message>
            <location filename="../../app/bundle_bagit.py" line="158" />
            <source>Deze bundel volgt {schema!r}; dit programma kent alleen {dossier_schema}. Werk Procesplaat bij.</source>
            <translation>This bundle follows {schema!r}; this program only knows {dossier_schema}. Update Procesplaat.</translation>
        </message>
        <message>
            <location filename="../../app/db.py" line="191" />
            <source>Deze database is gemaakt met een nieuwere versie van Procesplaat (schema {current}). Installeer die versie; er is niets veranderd.</source>
            <translation>This database was made with a newer version of Procesplaat (schema {current}). Install that version; nothing was changed.</translation>
        </message>
        <message>
            <location filename="../../models/values.py" line="234" />
            <source>Deze datum bestaat niet. Controleer de dag en de maand.</source>
            <translation>This date does not exist. Check the day and the month.</translation>
        </message>
        <message>
            <location filename="../../models/forms.py" line="36" />
            <source>Deze datum ligt in de toekomst.</source>
            <translation>This date is in the future.</translation>
        </message>
        <message>
            <location filename="../../app/actions.py" line="88" />
            <source>Deze fase hoort niet bij de route van de klant.</source>
            <translation>This phase is not part of the client's route.</translation>
        </message>
        <message>
            <location filename="../../app/procesplaat.py" line="248" />
            <location filename="../../app/procesplaat.py" line="273" />
            <source>Deze gebeurtenis bestaat niet (meer).</source>
            <translation>This event does not exist (any more).</translation>
        </message>
        <message>
            <location filename="../../app/unlock.py" line="79" />
            <source>Deze gegevensmap heeft een wachtwoord; de vergrendeling vraagt daarom al.</source>
            <translation>This data folder has a passphrase; the lock already asks for it.</translation>
        </message>
        <message>
            <location filename="../../app/client_removal.py" line="77" />
            <location filename="../../app/clients.py" line="260" />
            <location filename="../../app/retention.py" line="167" />
            <source>Deze klant bestaat niet (meer).</source>
            <translation>This client does not exist (any more).</translation>
        </message>
        <message>
            <location filename="../../app/summary.py" line="130" />
            <source>Deze klant bestaat niet (meer). Er is geen samenvatting.</source>
            <translation>This client does not exist (any more). There is no summary.</translation>
        </message>
        <message>
            <location filename="../../app/bundle_import.py" line="93" />
            <source>Deze klant staat hier al (hetzelfde BSN). Kies: een nieuwe kopie, vervangen of stoppen. Er is niets ingelezen.</source>
            <translation>This client is already here (the same BSN). Choose: a new copy, replace or stop. Nothing was imported.</translation>
        </message>
        <message>
            <location filename="../../app/bundle_import.py" line="88" />
            <source>Deze klant staat hier al (hetzelfde id). Kies: een nieuwe kopie, vervangen of stoppen. Er is niets ingelezen.</source>
            <translation>This client is already here (the same id). Choose: a new copy, replace or stop. Nothing was imported.</translation>
        </message>
        <message>
            <location filename="../../app/debt_measures.py" line="60" />
            <location filename="../../app/debt_measures.py" line="87" />
            <source>Deze maatregel bestaat niet (meer).</source>
            <translation>This measure does not exist (any more).</translation>
        </message>
        <message>
            <location filename="../../app/unlock.py" line="172" />
            <source>Deze ontgrendelcode klopt niet. Procesplaat blijft vergrendeld; probeer het opnieuw.</source>
            <translation>This unlock code is not right. Procesplaat stays locked; please try again.</translation>
        </message>
        <message>
            <location filename="../../app/budget.py" line="112" />
            <location filename="../../app/budget.py" line="136" />
            <source>Deze regel bestaat niet (meer).</source>
            <translation>This line does not exist (any more).</translation>
        </message>
        <message>
            <location filename="../../models/debt_sheet.py" line="227" />
            <source>Deze regel heeft meer cellen dan er kolomkoppen zijn.</source>
            <translation>This row has more cells than there are column headings.</translation>
        </message>
        <message>
            <location filename="../../models/debt_sheet.py" line="222" />
            <source>Deze regel heeft meer cellen dan er kolomkoppen zijn. Staat er een komma in een bedrag zonder aanhalingstekens?</source>
            <translation>This row has more cells than there are column headings. Is there a comma in an amount without quotation marks?</translation>
        </message>
        <message>
            <location filename="../../app/debts.py" line="171" />
            <source>Deze schuld bestaat niet (meer).</source>
            <translation>This debt does not exist (any more).</translation>
        </message>
        <message>
            <location filename="../../app/actions.py" line="93" />
            <location filename="../../app/documents.py" line="123" />
            <source>Deze schuld hoort niet bij deze klant.</source>
            <translation>This debt does not belong to this client.</translation>
        </message>
        <message>
            <location filename="../../app/creditors.py" line="314" />
            <location filename="../../app/debts.py" line="178" />
            <source>Deze schuldeiser bestaat niet (meer).</source>
            <translation>This creditor does not exist (any more).</translation>
        </message>
        <message>
            <location filename="../../app/debts.py" line="315" />
            <source>Deze schuldeiser heeft al een schuld met kenmerk {reference}.</source>
            <translation>This creditor already has a debt with reference {reference}.</translation>
        </message>
        <message>
            <location filename="../../app/debts.py" line="154" />
            <source>Deze schuldeiser staat niet (meer) in de lijst.</source>
            <translation>This creditor is not (or no longer) in the list.</translation>
        </message>
        <message>
            <location filename="../../app/debt_sheet.py" line="283" />
            <source>Deze schuldeiser staat niet (meer) in de lijst: {choice}.</source>
            <translation>This creditor is not (or no longer) in the list: {choice}.</translation>
        </message>
        <message>
            <location filename="../../app/creditors.py" line="331" />
            <source>Deze schuldeiser staat niet (meer) in de lijst: {key}.</source>
            <translation>This creditor is not (or no longer) in the list: {key}.</translation>
        </message>
        <message>
            <location filename="../../app/db.py" line="226" />
            <source>Deze versie van Procesplaat moet de database bijwerken en maakt daarvoor eerst een back-up. Die back-up is niet gelukt, dus is de database niet bijgewerkt: {reason}</source>
            <translation>This version of Procesplaat must update the database and first makes a backup for it. That backup failed, so the database was not updated: {reason}</translation>
        </message>
        <message>
            <location filename="../../models/identifiers.py" line="31" />
            <source>Dit BSN klopt niet (de elfproef faalt). Controleer de cijfers.</source>
            <translation>This BSN is not right (the eleven test fails). Check the digits.</translation>
        </message>
        <message>
            <location filename="../../models/debt_sheet_read.py" line="203" />
            <source>Dit Excel-bestand is beschadigd: niet alle rijen kunnen gelezen worden.</source>
            <translation>This Excel file is damaged: not all rows can be read.</translation>
        </message>
        <message>
            <location filename="../../models/identifiers.py" line="106" />
            <source>Dit IBAN begint niet met een bekende landcode, zoals NL.</source>
            <translation>This IBAN does not start with a known country code, such as NL.</translation>
        </message>
        <message>
            <location filename="../../models/identifiers.py" line="109" />
            <source>Dit IBAN heeft niet het juiste aantal tekens voor het land.</source>
            <translation>This IBAN does not have the right number of characters for the country.</translation>
        </message>
        <message>
            <location filename="../../models/identifiers.py" line="112" />
            <source>Dit IBAN klopt niet (de controlecijfers kloppen niet). Controleer de tekens.</source>
            <translation>This IBAN is not right (the check digits do not match). Check the characters.</translation>
        </message>
        <message>
            <location filename="../../models/values.py" line="74" />
            <source>Dit bedrag is te groot.</source>
            <translation>This amount is too large.</translation>
        </message>
        <message>
            <location filename="../../app/document_check.py" line="52" />
            <source>Dit bestand bestaat niet (meer).</source>
            <translation>This file does not exist (any more).</translation>
        </message>
        <message>
            <location filename="../../models/debt_sheet_read.py" line="275" />
            <source>Dit bestand heeft alleen een kopregel en geen schulden eronder.</source>
            <translation>This file only has a heading row and no debts below it.</translation>
        </message>
        <message>
            <location filename="../../models/debt_sheet_read.py" line="290" />
            <source>Dit bestand heeft meer dan {limit} regels: dat is geen schuldenlijst van één huishouden.</source>
            <translation>This file has more than {limit} rows: that is not one household's list of debts.</translation>
        </message>
        <message>
            <location filename="../../models/debt_sheet_read.py" line="253" />
            <source>Dit bestand heeft meer dan {max_columns} kolommen: dat is geen schuldenlijst.</source>
            <translation>This file has more than {max_columns} columns: that is not a list of debts.</translation>
        </message>
        <message>
            <location filename="../../models/debt_sheet_read.py" line="112" />
            <location filename="../../models/debt_sheet_read.py" line="192" />
            <source>Dit bestand is geen Excel-bestand (.xlsx) of het is beschadigd.</source>
            <translation>This file is not an Excel file (.xlsx) or it is damaged.</translation>
        </message>
        <message>
            <location filename="../../app/backup_restore.py" line="150" />
            <source>Dit bestand is geen database van Procesplaat. Er is niets veranderd.</source>
            <translation>This file is not a Procesplaat database. Nothing was changed.</translation>
        </message>
        <message>
            <location filename="../../models/debt_sheet_read.py" line="139" />
            <source>Dit bestand is geen schuldenlijst: het is geen tekst (CSV) en geen Excel-bestand.</source>
            <translation>This file is not a list of debts: it is neither text (CSV) nor an Excel file.</translation>
        </message>
        <message>
            <location filename="../../app/document_check.py" line="67" />
            <location filename="../../models/debt_sheet_read.py" line="100" />
            <location filename="../../models/debt_sheet_read.py" line="147" />
            <location filename="../../models/debt_sheet_read.py" line="261" />
            <source>Dit bestand is leeg.</source>
            <translation>This file is empty.</translation>
        </message>
        <message>
            <location filename="../../app/document_check.py" line="70" />
            <source>Dit bestand is te groot ({value:.0f} MB); de grens is {value2} MB.</source>
            <translation>This file is too large ({value:.0f} MB); the limit is {value2} MB.</translation>
        </message>
        <message>
            <location filename="../../app/document_crypto.py" line="199" />
            <source>Dit bestand is te groot om te versleutelen.</source>
            <translation>This file is too large to encrypt.</translation>
        </message>
        <message>
            <location filename="../../app/debt_sheet.py" line="104" />
            <location filename="../../models/debt_sheet_read.py" line="93" />
            <source>Dit bestand is te groot voor een schuldenlijst (meer dan {value} MB). Kies het goede bestand.</source>
            <translation>This file is too large for a list of debts (more than {value} MB). Choose the right file.</translation>
        </message>
        <message>
            <location filename="../../app/document_check.py" line="54" />
            <location filename="../../app/document_check.py" line="88" />
            <source>Dit bestand kan niet gelezen worden.</source>
            <translation>This file cannot be read.</translation>
        </message>
        <message>
            <location filename="../../app/document_check.py" line="60" />
            <source>Dit bestand kan niet gelezen worden: u heeft er geen toegang toe.</source>
            <translation>This file cannot be read: you do not have access to it.</translation>
        </message>
        <message>
            <location filename="../../app/documents.py" line="59" />
            <source>Dit document bestaat niet (meer).</source>
            <translation>This document does not exist (any more).</translation>
        </message>
        <message>
            <location filename="../../app/document_crypto.py" line="253" />
            <source>Dit document is opgeslagen door een nieuwere versie van Procesplaat. Installeer die versie om het te openen.</source>
            <translation>This document was saved by a newer version of Procesplaat. Install that version to open it.</translation>
        </message>
        <message>
            <location filename="../../app/praatplaat.py" line="201" />
            <source>Dit doel bestaat niet (meer).</source>
            <translation>This goal does not exist (any more).</translation>
        </message>
        <message>
            <location filename="../../app/clients.py" line="527" />
            <source>Dit dossier is al gesloten.</source>
            <translation>This dossier is already closed.</translation>
        </message>
        <message>
            <location filename="../../app/bundle_rows.py" line="91" />
            <source>Dit dossier volgt het procesjabloon {key!r}, dat dit programma niet kent (wel: {known}). De route van de klant kan hier niet getoond worden. Voeg dat sjabloon eerst toe. Er is niets ingelezen.</source>
            <translation>This dossier follows the process template {key!r}, which this program does not know (it knows: {known}). The client's route cannot be shown here. Add that template first. Nothing was imported.</translation>
        </message>
        <message>
            <location filename="../../app/conversations.py" line="106" />
            <location filename="../../app/conversations.py" line="130" />
            <source>Dit gesprek bestaat niet (meer).</source>
            <translation>This conversation does not exist (any more).</translation>
        </message>
        <message>
            <location filename="../../app/summary.py" line="127" />
            <source>Dit gesprek bestaat niet (meer). Er is geen samenvatting.</source>
            <translation>This conversation does not exist (any more). There is no summary.</translation>
        </message>
        <message>
            <location filename="../../app/document_convert.py" line="48" />
            <source>Dit is al een PDF, geen foto of scan. Voeg de PDF zelf toe in plaats van hem om te zetten.</source>
            <translation>This is already a PDF, not a photo or scan. Add the PDF itself instead of converting it.</translation>
        </message>
        <message>
            <location filename="../../app/procesplaat.py" line="161" />
            <source>Dit is de laatste stap van de route: er is geen volgende fase.</source>
            <translation>This is the last step of the route: there is no next phase.</translation>
        </message>
        <message>
            <location filename="../../models/debt_sheet.py" line="269" />
            <source>Dit is de totaalregel van de lijst, geen schuld.</source>
            <translation>This is the list's total row, not a debt.</translation>
        </message>
        <message>
            <location filename="../../app/document_check.py" line="56" />
            <source>Dit is een map, geen bestand. Kies de bestanden in de map.</source>
            <translation>This is a folder, not a file. Choose the files in the folder.</translation>
        </message>
        <message>
            <location filename="../../models/debt_sheet_read.py" line="106" />
            <source>Dit is een oud Excel-bestand (.xls) of een bestand met een wachtwoord. Open het in Excel en sla het op als .xlsx of .csv zonder wachtwoord.</source>
            <translation>This is an old Excel file (.xls) or a file with a password. Open it in Excel and save it as .xlsx or .csv without a password.</translation>
        </message>
        <message>
            <location filename="../../models/budget.py" line="104" />
            <location filename="../../models/values.py" line="85" />
            <source>Dit is geen bedrag.</source>
            <translation>This is not an amount.</translation>
        </message>
        <message>
            <location filename="../../models/debt_fields.py" line="77" />
            <location filename="../../models/values.py" line="72" />
            <source>Dit is geen bedrag. Schrijf het bijvoorbeeld als 1.234,50.</source>
            <translation>This is not an amount. Write it as, for example, 1.234,50.</translation>
        </message>
        <message>
            <location filename="../../models/values.py" line="233" />
            <source>Dit is geen datum. Schrijf dag-maand-jaar, bijvoorbeeld 26-11-2026.</source>
            <translation>This is not a date. Write day-month-year, for example 26-11-2026.</translation>
        </message>
        <message>
            <location filename="../../models/action_fields.py" line="36" />
            <location filename="../../models/debt_fields.py" line="100" />
            <source>Dit is geen datum. Schrijf dag-maand-jaar.</source>
            <translation>This is not a date. Write day-month-year.</translation>
        </message>
        <message>
            <location filename="../../app/bundle_zipread.py" line="231" />
            <source>Dit is geen dossierbundel: het bestand is geen ZIP-bestand.</source>
            <translation>This is not a dossier bundle: the file is not a ZIP file.</translation>
        </message>
        <message>
            <location filename="../../models/identifiers.py" line="117" />
            <source>Dit is geen geldig IBAN. Controleer de letters en cijfers.</source>
            <translation>This is not a valid IBAN. Check the letters and digits.</translation>
        </message>
        <message>
            <location filename="../../app/document_check.py" line="58" />
            <source>Dit is geen gewoon bestand.</source>
            <translation>This is not an ordinary file.</translation>
        </message>
        <message>
            <location filename="../../models/budget.py" line="93" />
            <source>Dit is te lang: hoogstens 100 tekens.</source>
            <translation>This is too long: at most 100 characters.</translation>
        </message>
        <message>
            <location filename="../../models/budget.py" line="97" />
            <source>Dit is te lang: hoogstens 200 tekens.</source>
            <translation>This is too long: at most 200 characters.</translation>
        </message>
        <message>
            <location filename="../../app/creditors.py" line="87" />
            <location filename="../../models/action_fields.py" line="44" />
            <location filename="../../models/debt_fields.py" line="136" />
            <source>Dit is te lang: hoogstens {limit} tekens.</source>
            <translation>This is too long: at most {limit} characters.</translation>
        </message>
        <message>
            <location filename="../../app/praatplaat.py" line="170" />
            <location filename="../../app/procesplaat.py" line="233" />
            <source>Dit kan niet worden aangepast: {unknown}.</source>
            <translation>This cannot be changed: {unknown}.</translation>
        </message>
        <message>
            <location filename="../../app/documents.py" line="128" />
            <source>Dit punt van de checklist hoort niet bij deze klant.</source>
            <translation>This checklist item does not belong to this client.</translation>
        </message>
        <message>
            <location filename="../../app/document_preview.py" line="30" />
            <source>Dit soort bestand kan het programma niet tonen.</source>
            <translation>The program cannot show this kind of file.</translation>
        </message>
        <message>
            <location filename="../../app/document_check.py" line="41" />
            <source>Dit soort bestand kan niet als bewijsstuk worden toegevoegd. Gebruik een PDF of een foto of scan (JPG, PNG, TIFF of HEIC).</source>
            <translation>This kind of file cannot be added as a proof. Use a PDF or a photo or scan (JPG, PNG, TIFF or HEIC).</translation>
        </message>
        <message>
            <location filename="../../models/identifiers.py" line="167" />
            <source>Dit telefoonnummer heeft niet het juiste aantal cijfers. Een Nederlands nummer heeft 10 cijfers, zoals 06-12345678.</source>
            <translation>This phone number does not have the right number of digits. A Dutch number has 10 digits, such as 06-12345678.</translation>
        </message>
        <message>
            <location filename="../../models/values.py" line="321" />
            <source>Dit tijdstip bestaat niet.</source>
            <translation>This moment does not exist.</translation>
        </message>
        <message>
            <location filename="../../app/unlock.py" line="162" />
            <source>Dit wachtwoord klopt niet. Procesplaat blijft vergrendeld; probeer het opnieuw.</source>
            <translation>This passphrase is not right. Procesplaat stays locked; please try again.</translation>
        </message>
        <message>
            <location filename="../../app/bundle_import.py" line="291" />
            <source>Document {number} klopt niet met de bundel: de controlesom in dossier.json wijkt af van die in het manifest. Er is niets ingelezen.</source>
            <translation>Document {number} does not match the bundle: the checksum in dossier.json differs from the one in the manifest. Nothing was imported.</translation>
        </message>
        <message>
            <location filename="../../app/bundle_import.py" line="316" />
            <source>Document {number} klopt niet met de bundel: de inhoud past niet bij de controlesom of de grootte die de bundel noemt. Er is niets ingelezen.</source>
            <translation>Document {number} does not match the bundle: its content does not fit the checksum or the size the bundle gives. Nothing was imported.</translation>
        </message>
        <message>
            <location filename="../../app/bundle_import.py" line="343" />
            <source>Document {number} klopt niet met de bundel: het is groter dan de bundel zegt. Er is niets ingelezen.</source>
            <translation>Document {number} does not match the bundle: it is larger than the bundle says. Nothing was imported.</translation>
        </message>
        <message>
            <location filename="../../app/bundle_import.py" line="283" />
            <source>Document {number} klopt niet met de bundel: het staat niet in het manifest. Er is niets ingelezen.</source>
            <translation>Document {number} does not match the bundle: it is not in the manifest. Nothing was imported.</translation>
        </message>
        <message>
            <location filename="../../models/identifiers.py" line="46" />
            <source>Een BSN bestaat alleen uit cijfers.</source>
            <translation>A BSN consists of digits only.</translation>
        </message>
        <message>
            <location filename="../../models/identifiers.py" line="50" />
            <source>Een BSN heeft 9 cijfers.</source>
            <translation>A BSN has 9 digits.</translation>
        </message>
        <message>
            <location filename="../../app/document_check.py" line="35" />
            <source>Een HEIC-foto (van een iPhone) kan op deze computer niet gelezen worden. Zet de foto op de telefoon om naar JPG, of stuur hem door als 'Meest compatibel' (iPhone: Instellingen &gt; Camera &gt; Formaten &gt; Meest compatibel), en voeg die foto toe.</source>
            <translation>A HEIC photo (from an iPhone) cannot be read on this computer. Convert the photo to JPG on the phone, or send it on as 'Most Compatible' (iPhone: Settings &gt; Camera &gt; Formats &gt; Most Compatible), and add that photo.</translation>
        </message>
        <message>
            <location filename="../../app/creditors.py" line="119" />
            <source>Een KvK-nummer heeft 8 cijfers.</source>
            <translation>A KvK number has 8 digits.</translation>
        </message>
        <message>
            <location filename="../../app/document_check.py" line="110" />
            <source>Een Word- of Excelbestand kan niet als bewijsstuk worden toegevoegd. Sla het eerst op als PDF.</source>
            <translation>A Word or Excel file cannot be added as a proof. Save it as a PDF first.</translation>
        </message>
        <message>
            <location filename="../../models/values.py" line="73" />
            <source>Een bedrag heeft hooguit twee cijfers achter de komma.</source>
            <translation>An amount has at most two digits after the decimal comma.</translation>
        </message>
        <message>
            <location filename="../../models/budget.py" line="107" />
            <source>Een bedrag per maand kan niet negatief zijn.</source>
            <translation>An amount per month cannot be negative.</translation>
        </message>
        <message>
            <location filename="../../models/values.py" line="185" />
            <source>Een bedrag staat in het bestand als tekst met twee decimalen, zoals "1234.50".</source>
            <translation>An amount is written in the file as text with two decimals, such as "1234.50".</translation>
        </message>
        <message>
            <location filename="../../models/values.py" line="297" />
            <source>Een datum staat in het bestand als "JJJJ-MM-DD", zoals "2026-11-26".</source>
            <translation>A date is written in the file as "YYYY-MM-DD", such as "2026-11-26".</translation>
        </message>
        <message>
            <location filename="../../app/bundle_export.py" line="157" />
            <source>Een deel moet minstens 1 MB mogen zijn.</source>
            <translation>A part must be allowed at least 1 MB.</translation>
        </message>
        <message>
            <location filename="../../app/bundle_import.py" line="476" />
            <source>Een document kon niet uit de bundel gelezen of in de gegevensmap opgeslagen worden. Is de schijf vol of de map alleen-lezen? Er is niets ingelezen.</source>
            <translation>A document could not be read from the bundle or saved in the data folder. Is the disk full or the folder read-only? Nothing was imported.</translation>
        </message>
        <message>
            <location filename="../../app/praatplaat.py" line="191" />
            <source>Een doel kan niet bereikt zijn vóór het gesteld werd ({strftime}).</source>
            <translation>A goal cannot have been reached before it was set ({strftime}).</translation>
        </message>
        <message>
            <location filename="../../models/identifiers.py" line="183" />
            <source>Een e-mailadres heeft geen spaties.</source>
            <translation>An email address has no spaces.</translation>
        </message>
        <message>
            <location filename="../../models/identifiers.py" line="186" />
            <source>Een e-mailadres heeft één @, zoals naam@voorbeeld.nl.</source>
            <translation>An email address has one @, such as name@example.nl.</translation>
        </message>
        <message>
            <location filename="../../models/action_fields.py" line="108" />
            <source>Een gesprek in de toekomst kan nog geen afspraken hebben.</source>
            <translation>A conversation in the future cannot have agreements yet.</translation>
        </message>
        <message>
            <location filename="../../app/checklist.py" line="278" />
            <source>Een notitie is hoogstens {limit} tekens; deze is {length}.</source>
            <translation>A note is at most {limit} characters; this one is {length}.</translation>
        </message>
        <message>
            <location filename="../../app/documents.py" line="81" />
            <source>Een omschrijving is hoogstens {max_description} tekens.</source>
            <translation>A description is at most {max_description} characters.</translation>
        </message>
        <message>
            <location filename="../../app/documents.py" line="79" />
            <source>Een omschrijving is tekst.</source>
            <translation>A description is text.</translation>
        </message>
        <message>
            <location filename="../../models/identifiers.py" line="151" />
            <source>Een postcode begint niet met een 0.</source>
            <translation>A postcode does not start with a 0.</translation>
        </message>
        <message>
            <location filename="../../models/identifiers.py" line="147" />
            <source>Een postcode heeft 4 cijfers en 2 letters, bijvoorbeeld 1234 AB.</source>
            <translation>A postcode has 4 digits and 2 letters, for example 1234 AB.</translation>
        </message>
        <message>
            <location filename="../../models/values.py" line="357" />
            <source>Een score is een heel getal van 1 tot en met 5.</source>
            <translation>A score is a whole number from 1 to 5.</translation>
        </message>
        <message>
            <location filename="../../models/identifiers.py" line="212" />
            <source>Een telefoonnummer bestaat uit cijfers, eventueel met een + ervoor.</source>
            <translation>A phone number consists of digits, optionally with a + in front.</translation>
        </message>
        <message>
            <location filename="../../models/values.py" line="332" />
            <source>Een tijdstip moet een tijdzone hebben.</source>
            <translation>A moment must have a time zone.</translation>
        </message>
        <message>
            <location filename="../../models/values.py" line="313" />
            <source>Een tijdstip staat in het bestand als "JJJJ-MM-DDTuu:mm:ss+01:00", zoals "2026-11-26T14:03:00+01:00".</source>
            <translation>A moment is written in the file as "YYYY-MM-DDThh:mm:ss+01:00", such as "2026-11-26T14:03:00+01:00".</translation>
        </message>
        <message>
            <location filename="../../app/creditors.py" line="342" />
            <location filename="../../app/creditors.py" line="378" />
            <source>Er is al een schuldeiser met de naam {name}.</source>
            <translation>There is already a creditor named {name}.</translation>
        </message>
        <message>
            <location filename="../../app/clients.py" line="245" />
            <source>Er is geen klant met id '{reference}'.</source>
            <translation>There is no client with id '{reference}'.</translation>
        </message>
        <message>
            <location filename="../../app/secrets.py" line="100" />
            <source>Er is geen sleutelbos van het besturingssysteem beschikbaar. Geef het wachtwoord van de gegevensmap op (op de opdrachtregel met {passphrase_env}).</source>
            <translation>No operating system keyring is available. Enter the data folder's passphrase (on the command line with {passphrase_env}).</translation>
        </message>
        <message>
            <location filename="../../app/debt_sheet.py" line="303" />
            <source>Er is niets ingelezen. Kies bij {names} een schuldeiser uit de lijst of ‘Nieuwe schuldeiser’.</source>
            <translation>Nothing was imported. For {names}, choose a creditor from the list or ‘New creditor’.</translation>
        </message>
        <message>
            <location filename="../../app/debt_sheet.py" line="384" />
            <source>Er is niets ingelezen: deze schulden staan er al.</source>
            <translation>Nothing was imported: these debts are already there.</translation>
        </message>
        <message>
            <location filename="../../app/debt_sheet.py" line="262" />
            <source>Er is niets ingelezen: er kloppen {count} dingen niet.</source>
            <translation>Nothing was imported: {count} things are not right.</translation>
        </message>
        <message>
            <location filename="../../app/debt_sheet.py" line="260" />
            <source>Er is niets ingelezen: er klopt één ding niet.</source>
            <translation>Nothing was imported: one thing is not right.</translation>
        </message>
        <message>
            <location filename="../../app/debt_sheet.py" line="267" />
            <source>Er is niets ingelezen: er staan geen schulden in dit bestand.</source>
            <translation>Nothing was imported: there are no debts in this file.</translation>
        </message>
        <message>
            <location filename="../../app/document_convert.py" line="225" />
            <source>Er zijn geen foto's of scans gekozen om een PDF van te maken.</source>
            <translation>No photos or scans were chosen to make a PDF from.</translation>
        </message>
        <message>
            <location filename="../../app/bundle_read.py" line="255" />
            <source>Geef de bundel op (alle delen).</source>
            <translation>Give the bundle (all parts).</translation>
        </message>
        <message>
            <location filename="../../app/documents.py" line="102" />
            <source>Geef de datum van ontvangst als een datum op.</source>
            <translation>Give the date of receipt as a date.</translation>
        </message>
        <message>
            <location filename="../../app/praatplaat.py" line="182" />
            <location filename="../../app/procesplaat.py" line="241" />
            <source>Geef een datum op.</source>
            <translation>Give a date.</translation>
        </message>
        <message>
            <location filename="../../app/unlock.py" line="158" />
            <source>Geef het wachtwoord van de gegevensmap om verder te werken.</source>
            <translation>Enter the data folder's passphrase to continue.</translation>
        </message>
        <message>
            <location filename="../../models/debt_fields.py" line="80" />
            <source>Het bedrag</source>
            <translation>The amount</translation>
        </message>
        <message>
            <location filename="../../app/documents.py" line="333" />
            <source>Het bestand van dit document kan niet verwijderd worden.</source>
            <translation>This document's file cannot be deleted.</translation>
        </message>
        <message>
            <location filename="../../app/document_crypto.py" line="239" />
            <source>Het bestand van dit document ontbreekt in de gegevensmap. Zet het terug uit een reservekopie.</source>
            <translation>This document's file is missing from the data folder. Restore it from a backup.</translation>
        </message>
        <message>
            <location filename="../../app/secrets.py" line="191" />
            <location filename="../../app/secrets.py" line="201" />
            <location filename="../../app/secrets.py" line="219" />
            <source>Het bestand {file} is beschadigd (kdf).</source>
            <translation>The file {file} is damaged (kdf).</translation>
        </message>
        <message>
            <location filename="../../app/secrets.py" line="144" />
            <source>Het bestand {file} is beschadigd.</source>
            <translation>The file {file} is damaged.</translation>
        </message>
        <message>
            <location filename="../../app/secrets.py" line="137" />
            <source>Het bestand {file} is beschadigd: {msg}.</source>
            <translation>The file {file} is damaged: {msg}.</translation>
        </message>
        <message>
            <location filename="../../app/unlock.py" line="189" />
            <source>Het bestand {file} ontbreekt.</source>
            <translation>The file {file} is missing.</translation>
        </message>
        <message>
            <location filename="../../app/debt_sheet.py" line="112" />
            <source>Het bestand {name} bestaat niet (meer).</source>
            <translation>The file {name} does not exist (any more).</translation>
        </message>
        <message>
            <location filename="../../app/debt_sheet.py" line="119" />
            <source>Het bestand {name} kan niet gelezen worden ({value}).</source>
            <translation>The file {name} cannot be read ({value}).</translation>
        </message>
        <message>
            <location filename="../../app/debt_sheet_export.py" line="208" />
            <source>Het bestand {name} kan niet worden opgeslagen ({value}). Is het nog open in Excel?</source>
            <translation>The file {name} cannot be saved ({value}). Is it still open in Excel?</translation>
        </message>
        <message>
            <location filename="../../app/document_merge.py" line="89" />
            <source>Het bewijsstuk '{name}' is beveiligd met een wachtwoord en kan niet worden samengevoegd. Vervang het door een kopie zonder beveiliging.</source>
            <translation>The proof '{name}' is protected with a password and cannot be merged. Replace it with a copy without protection.</translation>
        </message>
        <message>
            <location filename="../../app/document_merge.py" line="98" />
            <source>Het bewijsstuk '{name}' is een beschadigde PDF en kan niet worden samengevoegd. Vervang het door een goede kopie.</source>
            <translation>The proof '{name}' is a damaged PDF and cannot be merged. Replace it with a good copy.</translation>
        </message>
        <message>
            <location filename="../../app/praatplaat.py" line="93" />
            <source>Het cijfer is een heel getal van {score_min} tot en met {score_max}.</source>
            <translation>The score is a whole number from {score_min} to {score_max}.</translation>
        </message>
        <message>
            <location filename="../../app/documents.py" line="250" />
            <source>Het document komt niet overeen met de controlesom van toen het werd toegevoegd. Zet het terug uit een reservekopie.</source>
            <translation>The document does not match the checksum from when it was added. Restore it from a backup.</translation>
        </message>
        <message>
            <location filename="../../app/documents.py" line="184" />
            <source>Het document kon niet worden opgeslagen: het bestand is niet te lezen of de gegevensmap is vol of alleen-lezen. Er is niets opgeslagen.</source>
            <translation>The document could not be saved: the file cannot be read or the data folder is full or read-only. Nothing was saved.</translation>
        </message>
        <message>
            <location filename="../../app/bundle_export.py" line="68" />
            <source>Het exporteren is afgebroken; er is geen bundel opgeslagen.</source>
            <translation>The export was stopped; no bundle was saved.</translation>
        </message>
        <message>
            <location filename="../../app/procesplaat.py" line="95" />
            <source>Het gevoel is een cijfer van {mood_min} tot en met {mood_max}.</source>
            <translation>The feeling is a score from {mood_min} to {mood_max}.</translation>
        </message>
        <message>
            <location filename="../../app/bundle_read.py" line="50" />
            <source>Het lezen van de bundel is afgebroken; er is niets ingelezen.</source>
            <translation>Reading the bundle was stopped; nothing was imported.</translation>
        </message>
        <message>
            <location filename="../../models/debt_fields.py" line="48" />
            <source>Het oorspronkelijke bedrag</source>
            <translation>The original amount</translation>
        </message>
        <message>
            <location filename="../../app/bundle_plan.py" line="177" />
            <source>Het overzicht, de schuldenlijst en dossier.json passen samen niet in een deel van {size_text}: ze zijn samen ongeveer {size_text2}. Kies een grotere maximale grootte per deel.</source>
            <translation>The overview, the list of debts and dossier.json together do not fit in a part of {size_text}: together they are about {size_text2}. Choose a larger maximum size per part.</translation>
        </message>
        <message>
            <location filename="../../app/bundle_rows.py" line="103" />
            <source>Het procesjabloon {key!r} is hier beschadigd: {exc}. Er is niets ingelezen.</source>
            <translation>The process template {key!r} is damaged here: {exc}. Nothing was imported.</translation>
        </message>
        <message>
            <location filename="../../app/document_merge.py" line="36" />
            <source>Het samenvoegen is afgebroken; er is niets opgeslagen.</source>
            <translation>Merging was stopped; nothing was saved.</translation>
        </message>
        <message>
            <location filename="../../app/document_crypto.py" line="53" />
            <source>Het toevoegen is afgebroken; er is niets opgeslagen.</source>
            <translation>Adding was stopped; nothing was saved.</translation>
        </message>
        <message>
            <location filename="../../models/debt_fields.py" line="52" />
            <source>Het totaal</source>
            <translation>The total</translation>
        </message>
        <message>
            <location filename="../../models/debt_fields.py" line="202" />
            <source>Het totaal ({total}) is niet gelijk aan hoofdsom + rente + kosten ({sum}).</source>
            <translation>The total ({total}) is not equal to principal + interest + costs ({sum}).</translation>
        </message>
        <message>
            <location filename="../../app/document_crypto.py" line="42" />
            <source>Het versleutelde document is beschadigd of gewijzigd, of hoort bij een andere gegevensmap, en kan niet geopend worden. Zet het terug uit een reservekopie.</source>
            <translation>The encrypted document is damaged or changed, or belongs to another data folder, and cannot be opened. Restore it from a backup.</translation>
        </message>
        <message>
            <location filename="../../app/cli_bundle.py" line="98" />
            <source>Het wachtwoord in {path} is langer dan {max_passphrase} tekens.</source>
            <translation>The passphrase in {path} is longer than {max_passphrase} characters.</translation>
        </message>
        <message>
            <location filename="../../app/bundle_export.py" line="155" />
            <source>Het wachtwoord is leeg. Kies een wachtwoord of versleutel niet.</source>
            <translation>The passphrase is empty. Choose a passphrase or do not encrypt.</translation>
        </message>
        <message>
            <location filename="../../app/bundle_zipread.py" line="432" />
            <source>Het wachtwoord klopt niet. Controleer het en probeer het opnieuw.</source>
            <translation>The passphrase is not right. Check it and try again.</translation>
        </message>
        <message>
            <location filename="../../app/cli_bundle.py" line="90" />
            <source>Het wachtwoordbestand {path} is geen tekst (UTF-8).</source>
            <translation>The passphrase file {path} is not text (UTF-8).</translation>
        </message>
        <message>
            <location filename="../../app/cli_bundle.py" line="95" />
            <source>Het wachtwoordbestand {path} is leeg.</source>
            <translation>The passphrase file {path} is empty.</translation>
        </message>
        <message>
            <location filename="../../app/cli_bundle.py" line="85" />
            <source>Het wachtwoordbestand {path} is niet te lezen.</source>
            <translation>The passphrase file {path} cannot be read.</translation>
        </message>
        <message>
            <location filename="../../models/debt_fields.py" line="208" />
            <source>Hoofdsom, rente en kosten samen ({sum}) zijn meer dan het totaal ({total}).</source>
            <translation>Principal, interest and costs together ({sum}) are more than the total ({total}).</translation>
        </message>
        <message>
            <location filename="../../models/action_fields.py" line="88" />
            <source>Iets kan niet in de toekomst al gedaan zijn.</source>
            <translation>Something cannot have been done in the future.</translation>
        </message>
        <message>
            <location filename="../../app/bundle_zipread.py" line="409" />
            <source>In deze beveiligde bundel zijn sommige bestanden niet versleuteld ({shown}); de bundel is mogelijk gewijzigd.</source>
            <translation>In this protected bundle some files are not encrypted ({shown}); the bundle may have been changed.</translation>
        </message>
        <message>
            <location filename="../../app/cli_backup.py" line="136" />
            <source>In {data_dir} staat geen gegevensmap van Procesplaat: de sleutel om de back-up te lezen ontbreekt. Er is niets veranderd.</source>
            <translation>{data_dir} holds no Procesplaat data folder: the key to read the backup is missing. Nothing was changed.</translation>
        </message>
        <message>
            <location filename="../../models/debt_sheet.py" line="319" />
            <source>Kenmerk {reference} van {creditor} staat ook op regel {first_seen}.</source>
            <translation>Reference {reference} of {creditor} is also on row {first_seen}.</translation>
        </message>
        <message>
            <location filename="../../models/debt_fields.py" line="225" />
            <source>Kies de maatregel.</source>
            <translation>Choose the measure.</translation>
        </message>
        <message>
            <location filename="../../app/debts.py" line="411" />
            <source>Kies de schuldeiser.</source>
            <translation>Choose the creditor.</translation>
        </message>
        <message>
            <location filename="../../app/retention.py" line="92" />
            <source>Kies een bewaartermijn van 1 tot {years} jaar.</source>
            <translation>Choose a retention period of 1 to {years} years.</translation>
        </message>
        <message>
            <location filename="../../app/praatplaat.py" line="59" />
            <source>Kies een leefgebied.</source>
            <translation>Choose a life domain.</translation>
        </message>
        <message>
            <location filename="../../app/unlock.py" line="83" />
            <source>Kies een ontgrendelcode van minstens {min_code_length} tekens.</source>
            <translation>Choose an unlock code of at least {min_code_length} characters.</translation>
        </message>
        <message>
            <location filename="../../app/documents.py" line="89" />
            <source>Kies een punt van de checklist uit de lijst.</source>
            <translation>Choose a checklist item from the list.</translation>
        </message>
        <message>
            <location filename="../../app/documents.py" line="88" />
            <source>Kies een schuld uit de lijst.</source>
            <translation>Choose a debt from the list.</translation>
        </message>
        <message>
            <location filename="../../models/values.py" line="359" />
            <source>Kies een score van 1 tot en met 5.</source>
            <translation>Choose a score from 1 to 5.</translation>
        </message>
        <message>
            <location filename="../../app/documents.py" line="73" />
            <source>Kies een soort document uit de lijst.</source>
            <translation>Choose a kind of document from the list.</translation>
        </message>
        <message>
            <location filename="../../app/secrets.py" line="109" />
            <source>Kies een wachtwoord van minstens {min_passphrase_length} tekens: het beschermt alle gegevens van uw klanten.</source>
            <translation>Choose a passphrase of at least {min_passphrase_length} characters: it protects all your clients' data.</translation>
        </message>
        <message>
            <location filename="../../app/checklist.py" line="329" />
            <location filename="../../app/checklist.py" line="389" />
            <source>Kies eerst een checklist voor deze klant.</source>
            <translation>Choose a checklist for this client first.</translation>
        </message>
        <message>
            <location filename="../../app/creditors.py" line="111" />
            <source>Kies ja of nee.</source>
            <translation>Choose yes or no.</translation>
        </message>
        <message>
            <location filename="../../app/debts.py" line="161" />
            <source>Kies of typ de schuldeiser.</source>
            <translation>Choose or type the creditor.</translation>
        </message>
        <message>
            <location filename="../../models/action_fields.py" line="114" />
            <source>Kies wat voor gesprek het was.</source>
            <translation>Choose what kind of conversation it was.</translation>
        </message>
        <message>
            <location filename="../../models/action_fields.py" line="81" />
            <source>Kies wie dit doet.</source>
            <translation>Choose who does this.</translation>
        </message>
        <message>
            <location filename="../../models/debt_sheet.py" line="257" />
            <source>Koppel een kolom aan Schuldeiser.</source>
            <translation>Link a column to Creditor.</translation>
        </message>
        <message>
            <location filename="../../models/debt_sheet.py" line="259" />
            <source>Koppel een kolom aan Totaal (of aan Hoofdsom, Rente en Kosten).</source>
            <translation>Link a column to Total (or to Principal, Interest and Costs).</translation>
        </message>
        <message>
            <location filename="../../app/bundle_verify.py" line="179" />
            <source>Let op: het proces {process!r} is hier niet bekend; inlezen kan pas als het er is.</source>
            <translation>Note: the process {process!r} is not known here; importing is only possible once it is.</translation>
        </message>
        <message>
            <location filename="../../models/budget.py" line="110" />
            <source>Meer dan {max_per_month} per maand is onwaarschijnlijk. Controleer het bedrag.</source>
            <translation>More than {max_per_month} a month is unlikely. Check the amount.</translation>
        </message>
        <message>
            <location filename="../../models/identifiers.py" line="189" />
            <source>Na de @ hoort een domein met een punt, zoals voorbeeld.nl.</source>
            <translation>After the @ comes a domain with a dot, such as example.nl.</translation>
        </message>
        <message>
            <location filename="../../app/clients.py" line="66" />
            <source>Niet alle gegevens kloppen: {problems}</source>
            <translation>Not all the details are right: {problems}</translation>
        </message>
        <message>
            <location filename="../../app/bundle_import.py" line="465" />
            <source>Niets ingelezen: deze klant staat hier al en u koos stoppen.</source>
            <translation>Nothing imported: this client is already here and you chose to stop.</translation>
        </message>
        <message>
            <location filename="../../app/bundle_import.py" line="533" />
            <source>Niets ingelezen: het inlezen is afgebroken.</source>
            <translation>Nothing imported: the import was stopped.</translation>
        </message>
        <message>
            <location filename="../../app/praatplaat.py" line="62" />
            <source>Onbekend leefgebied: {name}.</source>
            <translation>Unknown life domain: {name}.</translation>
        </message>
        <message>
            <location filename="../../models/budget.py" line="85" />
            <source>Onbekend: {person}. Kies klant, partner of huishouden.</source>
            <translation>Unknown: {person}. Choose client, partner or household.</translation>
        </message>
        <message>
            <location filename="../../app/procesplaat.py" line="210" />
            <source>Onbekende fase: {phase}.</source>
            <translation>Unknown phase: {phase}.</translation>
        </message>
        <message>
            <location filename="../../models/forms.py" line="54" />
            <source>Onbekende keuze: {text}.</source>
            <translation>Unknown choice: {text}.</translation>
        </message>
        <message>
            <location filename="../../models/debt_fields.py" line="227" />
            <source>Onbekende maatregel: {kind}.</source>
            <translation>Unknown measure: {kind}.</translation>
        </message>
        <message>
            <location filename="../../app/clients.py" line="324" />
            <source>Onbekende relatie: {relation}.</source>
            <translation>Unknown relationship: {relation}.</translation>
        </message>
        <message>
            <location filename="../../app/bundle_export.py" line="148" />
            <location filename="../../app/profile.py" line="77" />
            <source>Onbekende rol {role!r}; kies uit: {roles}.</source>
            <translation>Unknown role {role!r}; choose from: {roles}.</translation>
        </message>
        <message>
            <location filename="../../models/debt_fields.py" line="56" />
            <source>Onbekende schuldenaar</source>
            <translation>Unknown debtor</translation>
        </message>
        <message>
            <location filename="../../app/procesplaat.py" line="201" />
            <source>Onbekende soort gebeurtenis: {kind}.</source>
            <translation>Unknown kind of event: {kind}.</translation>
        </message>
        <message>
            <location filename="../../models/debt_fields.py" line="57" />
            <source>Onbekende soort schuld</source>
            <translation>Unknown kind of debt</translation>
        </message>
        <message>
            <location filename="../../app/checklist.py" line="319" />
            <source>Onbekende stand {state!r}. Kies uit: {allowed}.</source>
            <translation>Unknown state {state!r}. Choose from: {allowed}.</translation>
        </message>
        <message>
            <location filename="../../models/debt_fields.py" line="55" />
            <source>Onbekende status</source>
            <translation>Unknown status</translation>
        </message>
        <message>
            <location filename="../../app/creditors.py" line="99" />
            <source>Onbekende {what}: {text}.</source>
            <translation>Unknown {what}: {text}.</translation>
        </message>
        <message>
            <location filename="../../app/bundle_bagit.py" line="357" />
            <source>Payload-Oxum klopt niet: bag-info.txt zegt {group} bytes in {group2} bestanden, de bag heeft {octets} bytes in {payload} bestanden.</source>
            <translation>Payload-Oxum does not match: bag-info.txt says {group} bytes in {group2} files, the bag has {octets} bytes in {payload} files.</translation>
        </message>
        <message>
            <location filename="../../models/identifiers.py" line="153" />
            <source>Postcodes met de letters {letters} bestaan niet. Controleer de postcode.</source>
            <translation>Postcodes with the letters {letters} do not exist. Check the postcode.</translation>
        </message>
        <message>
            <location filename="../../models/debt_sheet.py" line="98" />
            <source>Regel {row} ({label}): {message}</source>
            <translation>Row {row} ({label}): {message}</translation>
        </message>
        <message>
            <location filename="../../models/debt_sheet.py" line="83" />
            <source>Regel {row}, kolom {column} ({label}): {message}</source>
            <translation>Row {row}, column {column} ({label}): {message}</translation>
        </message>
        <message>
            <location filename="../../models/debt_sheet.py" line="91" />
            <source>Regel {row}, kolom {column}: {message}</source>
            <translation>Row {row}, column {column}: {message}</translation>
        </message>
        <message>
            <location filename="../../app/debt_sheet.py" line="363" />
            <source>Regel {row}: {creditor}, kenmerk {reference} staat al in het dossier.</source>
            <translation>Row {row}: {creditor}, reference {reference} is already in the dossier.</translation>
        </message>
        <message>
            <location filename="../../app/debt_sheet.py" line="372" />
            <source>Regel {row}: {creditor}, kenmerk {reference} staat ook op regel {first}.</source>
            <translation>Row {row}: {creditor}, reference {reference} is also on row {first}.</translation>
        </message>
        <message>
            <location filename="../../models/debt_sheet.py" line="101" />
            <source>Regel {row}: {message}</source>
            <translation>Row {row}: {message}</translation>
        </message>
        <message>
            <location filename="../../models/debt_sheet_read.py" line="169" />
            <source>Regel {value} van dit CSV-bestand kan niet gelezen worden ({exc}). Controleer de aanhalingstekens.</source>
            <translation>Row {value} of this CSV file cannot be read ({exc}). Check the quotation marks.</translation>
        </message>
        <message>
            <location filename="../../models/values.py" line="272" />
            <source>Schrijf het jaar met vier cijfers, bijvoorbeeld 26-11-2026.</source>
            <translation>Write the year with four digits, for example 26-11-2026.</translation>
        </message>
        <message>
            <location filename="../../app/procesplaat.py" line="205" />
            <source>Schrijf kort op wat er gebeurde, of wat de klant erover zei.</source>
            <translation>Write down briefly what happened, or what the client said about it.</translation>
        </message>
        <message>
            <location filename="../../app/actions.py" line="188" />
            <location filename="../../app/conversations.py" line="71" />
            <location filename="../../models/action_fields.py" line="76" />
            <source>Schrijf op wat er moet gebeuren.</source>
            <translation>Write down what needs to happen.</translation>
        </message>
        <message>
            <location filename="../../app/praatplaat.py" line="177" />
            <source>Schrijf op wat het doel is.</source>
            <translation>Write down what the goal is.</translation>
        </message>
        <message>
            <location filename="../../app/debt_sheet.py" line="116" />
            <source>U mag het bestand {name} niet lezen.</source>
            <translation>You are not allowed to read the file {name}.</translation>
        </message>
        <message>
            <location filename="../../app/debt_sheet_export.py" line="201" />
            <source>U mag niet schrijven in de map {folder}. Kies een andere map.</source>
            <translation>You are not allowed to write in the folder {folder}. Choose another folder.</translation>
        </message>
        <message>
            <location filename="../../app/profile.py" line="94" />
            <source>Uw gegevens konden niet worden bewaard: de gegevensmap is vol of alleen-lezen.</source>
            <translation>Your details could not be saved: the data folder is full or read-only.</translation>
        </message>
        <message>
            <location filename="../../app/db.py" line="122" />
            <source>Voor documenten is een versleutelde gegevensmap nodig.</source>
            <translation>Documents need an encrypted data folder.</translation>
        </message>
        <message>
            <location filename="../../models/action_fields.py" line="106" />
            <source>Vul de datum van het gesprek in.</source>
            <translation>Fill in the date of the conversation.</translation>
        </message>
        <message>
            <location filename="../../app/creditors.py" line="163" />
            <source>Vul de naam van de gemeente in, bijvoorbeeld Gemeente Zoetermeer.</source>
            <translation>Fill in the name of the municipality, for example Gemeente Zoetermeer.</translation>
        </message>
        <message>
            <location filename="../../app/creditors.py" line="168" />
            <source>Vul de naam van de schuldeiser in.</source>
            <translation>Fill in the creditor's name.</translation>
        </message>
        <message>
            <location filename="../../app/creditors.py" line="165" />
            <source>Vul de naam van het waterschap in, bijvoorbeeld Hoogheemraadschap van Delfland.</source>
            <translation>Fill in the name of the water authority, for example Hoogheemraadschap van Delfland.</translation>
        </message>
        <message>
            <location filename="../../models/identifiers.py" line="44" />
            <source>Vul een BSN in.</source>
            <translation>Fill in a BSN.</translation>
        </message>
        <message>
            <location filename="../../models/identifiers.py" line="93" />
            <source>Vul een IBAN in.</source>
            <translation>Fill in an IBAN.</translation>
        </message>
        <message>
            <location filename="../../models/values.py" line="71" />
            <source>Vul een bedrag in.</source>
            <translation>Fill in an amount.</translation>
        </message>
        <message>
            <location filename="../../models/budget.py" line="102" />
            <source>Vul een bedrag per maand in.</source>
            <translation>Fill in an amount per month.</translation>
        </message>
        <message>
            <location filename="../../models/values.py" line="264" />
            <source>Vul een datum in.</source>
            <translation>Fill in a date.</translation>
        </message>
        <message>
            <location filename="../../models/identifiers.py" line="181" />
            <source>Vul een e-mailadres in.</source>
            <translation>Fill in an email address.</translation>
        </message>
        <message>
            <location filename="../../models/identifiers.py" line="207" />
            <source>Vul een telefoonnummer in.</source>
            <translation>Fill in a phone number.</translation>
        </message>
        <message>
            <location filename="../../models/debt_fields.py" line="199" />
            <source>Vul het totaal in (of hoofdsom, rente en kosten).</source>
            <translation>Fill in the total (or principal, interest and costs).</translation>
        </message>
        <message>
            <location filename="../../models/budget.py" line="91" />
            <source>Vul in wat voor inkomen of uitgave het is.</source>
            <translation>Fill in what kind of income or expense it is.</translation>
        </message>
        <message>
            <location filename="../../models/debt_fields.py" line="118" />
            <source>Vul ja of nee in, niet ‘{value}’.</source>
            <translation>Fill in yes or no, not ‘{value}’.</translation>
        </message>
        <message>
            <location filename="../../app/profile.py" line="74" />
            <source>Vul uw naam in: de ontvanger moet weten wie het dossier stuurt.</source>
            <translation>Fill in your name: the recipient must know who is sending the dossier.</translation>
        </message>
        <message>
            <location filename="../../app/documents.py" line="324" />
            <source>Zet het document eerst in de prullenbak; pas daarna kan het weg.</source>
            <translation>Put the document in the bin first; only then can it be removed.</translation>
        </message>
        <message>
            <location filename="../../app/bundle_bagit.py" line="154" />
            <source>bag-info.txt mist {label}.</source>
            <translation>bag-info.txt lacks {label}.</translation>
        </message>
        <message>
            <location filename="../../app/bundle_bagit.py" line="185" />
            <source>bag-info.txt ontbreekt.</source>
            <translation>bag-info.txt is missing.</translation>
        </message>
        <message>
            <location filename="../../app/bundle_bagit.py" line="91" />
            <source>bag-info.txt regel {number} is geen 'Label: waarde'.</source>
            <translation>bag-info.txt line {number} is not 'Label: value'.</translation>
        </message>
        <message>
            <location filename="../../app/bundle_bagit.py" line="173" />
            <source>bag-info.txt: Bagging-Date {day!r} is geen datum JJJJ-MM-DD.</source>
            <translation>bag-info.txt: Bagging-Date {day!r} is not a date YYYY-MM-DD.</translation>
        </message>
        <message>
            <location filename="../../app/bundle_bagit.py" line="353" />
            <source>bag-info.txt: Payload-Oxum {oxum!r} is niet 'bytes.aantal'.</source>
            <translation>bag-info.txt: Payload-Oxum {oxum!r} is not 'bytes.count'.</translation>
        </message>
        <message>
            <location filename="../../app/bundle_bagit.py" line="127" />
            <source>bagit.txt ontbreekt: dit is geen BagIt-bag.</source>
            <translation>bagit.txt is missing: this is not a BagIt bag.</translation>
        </message>
        <message>
            <location filename="../../app/bundle_bagit.py" line="137" />
            <source>bagit.txt: BagIt-versie {value!r} wordt niet ondersteund (wel 1.0).</source>
            <translation>bagit.txt: BagIt version {value!r} is not supported (1.0 is).</translation>
        </message>
        <message>
            <location filename="../../app/bundle_bagit.py" line="144" />
            <source>bagit.txt: tekencodering {value!r}; hoort UTF-8 te zijn.</source>
            <translation>bagit.txt: character encoding {value!r}; it should be UTF-8.</translation>
        </message>
        <message>
            <location filename="../../app/bundle_read.py" line="197" />
            <source>data/{path} klopt niet met manifest-{algorithm}.txt: het bestand is beschadigd of gewijzigd.</source>
            <translation>data/{path} does not match manifest-{algorithm}.txt: the file is damaged or changed.</translation>
        </message>
        <message>
            <location filename="../../app/bundle_read.py" line="308" />
            <source>data/{path} staat in deel {part} en in deel {number}, met een andere inhoud.</source>
            <translation>data/{path} is in part {part} and in part {number}, with different content.</translation>
        </message>
        <message>
            <location filename="../../app/bundle_bagit.py" line="218" />
            <source>data/{path} staat in manifest-{algorithm}.txt maar ontbreekt.</source>
            <translation>data/{path} is in manifest-{algorithm}.txt but is missing.</translation>
        </message>
        <message>
            <location filename="../../app/bundle_bagit.py" line="227" />
            <source>data/{path} staat niet in manifest-{algorithm}.txt (een bestand dat er niet hoort).</source>
            <translation>data/{path} is not in manifest-{algorithm}.txt (a file that does not belong there).</translation>
        </message>
        <message>
            <location filename="../../app/checklist.py" line="100" />
            <source>de bestandsnaam mag alleen kleine letters, cijfers en _ bevatten</source>
            <translation>the file name may only contain lower-case letters, digits and _</translation>
        </message>
        <message>
            <location filename="../../app/bundle_zipread.py" line="470" />
            <source>de controle van de versleuteling faalt</source>
            <translation>the encryption check fails</translation>
        </message>
        <message>
            <location filename="../../app/bundle_rows_debts.py" line="200" />
            <source>de grootte is een heel getal van bytes.</source>
            <translation>the size is a whole number of bytes.</translation>
        </message>
        <message>
            <location filename="../../app/bundle_zipread.py" line="494" />
            <source>de ingepakte gegevens kloppen niet</source>
            <translation>the packed data is not right</translation>
        </message>
        <message>
            <location filename="../../app/backup.py" line="272" />
            <source>de map is alleen-lezen</source>
            <translation>the folder is read-only</translation>
        </message>
        <message>
            <location filename="../../app/backup.py" line="271" />
            <location filename="../../app/bundle_write.py" line="194" />
            <source>de schijf is vol</source>
            <translation>the disk is full</translation>
        </message>
        <message>
            <location filename="../../app/backup.py" line="270" />
            <source>de schijfruimte die u mag gebruiken is op</source>
            <translation>the disk space you are allowed to use has run out</translation>
        </message>
        <message>
            <location filename="../../app/bundle_dossier_check.py" line="45" />
            <source>de sleutel {key!r} staat twee keer in hetzelfde object</source>
            <translation>the key {key!r} appears twice in the same object</translation>
        </message>
        <message>
            <location filename="../../app/bundle_fields.py" line="216" />
            <source>dit bedrag is verplicht.</source>
            <translation>this amount is required.</translation>
        </message>
        <message>
            <location filename="../../app/bundle_fields.py" line="130" />
            <location filename="../../app/bundle_rows_debts.py" line="61" />
            <source>dit id komt twee keer voor.</source>
            <translation>this id appears twice.</translation>
        </message>
        <message>
            <location filename="../../app/bundle_fields.py" line="140" />
            <source>dit id verwijst naar iets dat niet in de bundel staat.</source>
            <translation>this id refers to something that is not in the bundle.</translation>
        </message>
        <message>
            <location filename="../../app/bundle_fields.py" line="151" />
            <location filename="../../app/bundle_import.py" line="121" />
            <source>dit is geen geldig id (UUID).</source>
            <translation>this is not a valid id (UUID).</translation>
        </message>
        <message>
            <location filename="../../app/bundle_fields.py" line="182" />
            <location filename="../../app/bundle_rows_client.py" line="68" />
            <source>dit veld is verplicht.</source>
            <translation>this field is required.</translation>
        </message>
        <message>
            <location filename="../../app/bundle_dossier_check.py" line="92" />
            <source>dossier.json heeft schemaversie {version}; dit programma kent alleen versie {supported}. Werk Procesplaat bij of vraag een bundel van versie {supported}.</source>
            <translation>dossier.json has schema version {version}; this program only knows version {supported}. Update Procesplaat or ask for a bundle of version {supported}.</translation>
        </message>
        <message>
            <location filename="../../app/bundle_dossier_check.py" line="80" />
            <source>dossier.json is geen JSON-object.</source>
            <translation>dossier.json is not a JSON object.</translation>
        </message>
        <message>
            <location filename="../../app/bundle_dossier_check.py" line="62" />
            <source>dossier.json is geen UTF-8-tekst.</source>
            <translation>dossier.json is not UTF-8 text.</translation>
        </message>
        <message>
            <location filename="../../app/bundle_dossier_check.py" line="68" />
            <source>dossier.json is geen geldige JSON (regel {lineno}, kolom {colno}).</source>
            <translation>dossier.json is not valid JSON (line {lineno}, column {colno}).</translation>
        </message>
        <message>
            <location filename="../../app/bundle_dossier_check.py" line="77" />
            <source>dossier.json is geen geldige JSON: {why}.</source>
            <translation>dossier.json is not valid JSON: {why}.</translation>
        </message>
        <message>
            <location filename="../../app/bundle_read.py" line="176" />
            <source>dossier.json is te groot ({size} bytes).</source>
            <translation>dossier.json is too large ({size} bytes).</translation>
        </message>
        <message>
            <location filename="../../app/bundle_read.py" line="323" />
            <source>dossier.json ontbreekt in {where}.</source>
            <translation>dossier.json is missing from {where}.</translation>
        </message>
        <message>
            <location filename="../../app/bundle_dossier_check.py" line="187" />
            <source>dossier.json {problem}</source>
            <translation>dossier.json {problem}</translation>
        </message>
        <message>
            <location filename="../../app/bundle_dossier_check.py" line="84" />
            <source>dossier.json: schema is niet "dossier"; dit is geen dossier.</source>
            <translation>dossier.json: schema is not "dossier"; this is not a dossier.</translation>
        </message>
        <message>
            <location filename="../../app/bundle_dossier_check.py" line="126" />
            <source>een BSN is negen cijfers</source>
            <translation>a BSN is nine digits</translation>
        </message>
        <message>
            <location filename="../../app/bundle_fields.py" line="147" />
            <source>een id is tekst (een UUID).</source>
            <translation>an id is text (a UUID).</translation>
        </message>
        <message>
            <location filename="../../models/bundle_rules.py" line="240" />
            <source>geen veilig pad in de map {documents_folder} ({shown}); een bewijsstuk staat als {documents_folder}0001-soort.pdf.</source>
            <translation>not a safe path in the folder {documents_folder} ({shown}); a proof is stored as {documents_folder}0001-kind.pdf.</translation>
        </message>
        <message>
            <location filename="../../app/checklist.py" line="105" />
            <source>het bestand is geen UTF-8-tekst</source>
            <translation>the file is not UTF-8 text</translation>
        </message>
        <message>
            <location filename="../../app/bundle_write.py" line="198" />
            <source>het bestandssysteem gaf een fout</source>
            <translation>the file system reported an error</translation>
        </message>
        <message>
            <location filename="../../app/bundle_zipread.py" line="524" />
            <source>het is korter dan de ZIP belooft</source>
            <translation>it is shorter than the ZIP promises</translation>
        </message>
        <message>
            <location filename="../../app/bundle_fields.py" line="229" />
            <source>hier hoort een id.</source>
            <translation>an id belongs here.</translation>
        </message>
        <message>
            <location filename="../../app/bundle_fields.py" line="166" />
            <source>hier hoort een lijst.</source>
            <translation>a list belongs here.</translation>
        </message>
        <message>
            <location filename="../../app/bundle_fields.py" line="157" />
            <source>hier hoort een object.</source>
            <translation>an object belongs here.</translation>
        </message>
        <message>
            <location filename="../../app/bundle_fields.py" line="175" />
            <source>hier hoort tekst.</source>
            <translation>text belongs here.</translation>
        </message>
        <message>
            <location filename="../../app/bundle_fields.py" line="191" />
            <source>hier hoort waar of onwaar (true/false).</source>
            <translation>true or false belongs here (true/false).</translation>
        </message>
        <message>
            <location filename="../../app/checklist.py" line="108" />
            <source>kan niet gelezen worden ({strerror})</source>
            <translation>cannot be read ({strerror})</translation>
        </message>
        <message>
            <location filename="../../app/bundle_bagit.py" line="204" />
            <source>manifest-sha256.txt ontbreekt: de bestanden zijn niet te controleren.</source>
            <translation>manifest-sha256.txt is missing: the files cannot be checked.</translation>
        </message>
        <message>
            <location filename="../../app/checklist.py" line="115" />
            <source>moet {stem!r} zijn, gelijk aan de bestandsnaam</source>
            <translation>must be {stem!r}, the same as the file name</translation>
        </message>
        <message>
            <location filename="../../app/bundle_rows_client.py" line="219" />
            <source>niet bij de leefgebieden getoond</source>
            <translation>not shown with the life domains</translation>
        </message>
        <message>
            <location filename="../../app/bundle_rows_client.py" line="161" />
            <source>niet op de route getoond</source>
            <translation>not shown on the route</translation>
        </message>
        <message>
            <location filename="../../app/bundle_rows.py" line="118" />
            <source>route (journey.process): zonder procesjabloon; de route is ingelezen op het standaardsjabloon {default_process!r} van dit programma.</source>
            <translation>route (journey.process): without a process template; the route was imported on this program's default template {default_process!r}.</translation>
        </message>
        <message>
            <location filename="../../app/bundle_write.py" line="196" />
            <source>u mag daar niet schrijven (de map is alleen-lezen of afgeschermd)</source>
            <translation>you are not allowed to write there (the folder is read-only or protected)</translation>
        </message>
        <message>
            <location filename="../../app/backup.py" line="273" />
            <location filename="../../app/backup.py" line="274" />
            <source>u mag niet schrijven in de map met back-ups</source>
            <translation>you are not allowed to write in the backups folder</translation>
        </message>
        <message>
            <location filename="../../models/bundle_rules.py" line="222" />
            <source>{at}: verwijst naar {what} niet in de bundel staat ({shown}).</source>
            <translation>{at}: refers to {what} not in the bundle ({shown}).</translation>
        </message>
        <message>
            <location filename="../../app/bundle_fields.py" line="316" />
            <source>{dutch_place} ({where}): {why}; bewaard bij de import, {instead}.</source>
            <translation>{dutch_place} ({where}): {why}; kept on import, {instead}.</translation>
        </message>
        <message>
            <location filename="../../app/bundle_zipread.py" line="356" />
            <location filename="../../app/bundle_zipread.py" line="364" />
            <source>{filename} is beschadigd (geen kop gevonden).</source>
            <translation>{filename} is damaged (no header found).</translation>
        </message>
        <message>
            <location filename="../../app/bundle_zipread.py" line="248" />
            <source>{filename} staat twee keer in de ZIP.</source>
            <translation>{filename} is in the ZIP twice.</translation>
        </message>
        <message>
            <location filename="../../app/bundle_zipread.py" line="375" />
            <source>{filename}: de naam in de kop verschilt van die in de inhoud van de ZIP.</source>
            <translation>{filename}: the name in the header differs from the one in the ZIP's table of contents.</translation>
        </message>
        <message>
            <location filename="../../app/bundle_zipread.py" line="244" />
            <source>{filename}: een link is niet toegestaan.</source>
            <translation>{filename}: a link is not allowed.</translation>
        </message>
        <message>
            <location filename="../../app/checklist.py" line="119" />
            <source>{key!r} is al een ingebouwde checklist</source>
            <translation>{key!r} is already a built-in checklist</translation>
        </message>
        <message>
            <location filename="../../models/forms.py" line="23" />
            <source>{label} is verplicht.</source>
            <translation>{label} is required.</translation>
        </message>
        <message>
            <location filename="../../app/bundle_bagit.py" line="310" />
            <source>{name} hoort bij een andere bundel dan {name2}; geef de delen van één bundel.</source>
            <translation>{name} belongs to a different bundle from {name2}; give the parts of one bundle.</translation>
        </message>
        <message>
            <location filename="../../app/debt_sheet.py" line="114" />
            <source>{name} is een map, geen bestand.</source>
            <translation>{name} is a folder, not a file.</translation>
        </message>
        <message>
            <location filename="../../app/debt_sheet_export.py" line="207" />
            <source>{name} is een map. Kies een andere bestandsnaam.</source>
            <translation>{name} is a folder. Choose another file name.</translation>
        </message>
        <message>
            <location filename="../../app/bundle_bagit.py" line="68" />
            <source>{name} is geen UTF-8-tekst.</source>
            <translation>{name} is not UTF-8 text.</translation>
        </message>
        <message>
            <location filename="../../app/bundle_bagit.py" line="285" />
            <source>{name} is geen deel van een gesplitste bundel.</source>
            <translation>{name} is not part of a split bundle.</translation>
        </message>
        <message>
            <location filename="../../app/bundle_dossier_check.py" line="51" />
            <source>{name} is geen geldig JSON-getal</source>
            <translation>{name} is not a valid JSON number</translation>
        </message>
        <message>
            <location filename="../../app/bundle_zipread.py" line="452" />
            <source>{name} is korter geworden tijdens het lezen.</source>
            <translation>{name} became shorter while being read.</translation>
        </message>
        <message>
            <location filename="../../app/bundle_read.py" line="219" />
            <source>{name} is twee keer gegeven.</source>
            <translation>{name} was given twice.</translation>
        </message>
        <message>
            <location filename="../../app/bundle_zipread.py" line="176" />
            <source>{name} kan niet worden gelezen ({strerror}).</source>
            <translation>{name} cannot be read ({strerror}).</translation>
        </message>
        <message>
            <location filename="../../app/creditors.py" line="423" />
            <source>{name} kan niet worden verwijderd: er is nog één schuld met deze schuldeiser als schuldeiser of incassant. Kies bij die schuld eerst een andere.</source>
            <translation>{name} cannot be deleted: there is still one debt with this creditor as creditor or collector. Choose another one for that debt first.</translation>
        </message>
        <message>
            <location filename="../../app/creditors.py" line="430" />
            <source>{name} kan niet worden verwijderd: er zijn nog {count} schulden met deze schuldeiser als schuldeiser of incassant. Kies bij die schulden eerst een andere.</source>
            <translation>{name} cannot be deleted: there are still {count} debts with this creditor as creditor or collector. Choose another one for those debts first.</translation>
        </message>
        <message>
            <location filename="../../app/bundle_zipread.py" line="388" />
            <source>{name} overlapt met een ander bestand in de ZIP (zip-bom).</source>
            <translation>{name} overlaps another file in the ZIP (zip bomb).</translation>
        </message>
        <message>
            <location filename="../../app/bundle_zipread.py" line="477" />
            <source>{name} pakt veel groter uit dan de ZIP belooft ({size} bytes): dat is een zip-bom. Het lezen is gestopt.</source>
            <translation>{name} unpacks much larger than the ZIP promises ({size} bytes): that is a zip bomb. Reading has stopped.</translation>
        </message>
        <message>
            <location filename="../../app/creditors.py" line="347" />
            <source>{name} staat al bij de schuldeisers, als {linked}.</source>
            <translation>{name} is already among the creditors, as {linked}.</translation>
        </message>
        <message>
            <location filename="../../app/bundle_bagit.py" line="291" />
            <source>{name}: Bag-Count {counts!r} is niet 'n of N'.</source>
            <translation>{name}: Bag-Count {counts!r} is not 'n of N'.</translation>
        </message>
        <message>
            <location filename="../../app/bundle_bagit.py" line="107" />
            <source>{name}: de regel {line!r} is geen 'controlesom pad'.</source>
            <translation>{name}: the line {line!r} is not 'checksum path'.</translation>
        </message>
        <message>
            <location filename="../../app/bundle_bagit.py" line="301" />
            <source>{name}: een deel van een bundel mist Bag-Group-Identifier.</source>
            <translation>{name}: a part of a bundle lacks Bag-Group-Identifier.</translation>
        </message>
        <message>
            <location filename="../../app/bundle_zipread.py" line="65" />
            <location filename="../../app/document_convert.py" line="68" />
            <source>{name}: {message}</source>
            <translation>{name}: {message}</translation>
        </message>
        <message>
            <location filename="../../app/bundle_bagit.py" line="258" />
            <source>{name}: {path} is geen tagbestand.</source>
            <translation>{name}: {path} is not a tag file.</translation>
        </message>
        <message>
            <location filename="../../app/bundle_bagit.py" line="197" />
            <source>{name}: {path} ligt niet in data/ van de bag.</source>
            <translation>{name}: {path} is not in the bag's data/.</translation>
        </message>
        <message>
            <location filename="../../app/bundle_bagit.py" line="261" />
            <source>{name}: {path} ontbreekt.</source>
            <translation>{name}: {path} is missing.</translation>
        </message>
        <message>
            <location filename="../../app/bundle_bagit.py" line="118" />
            <source>{name}: {path} staat er twee keer in.</source>
            <translation>{name}: {path} is in it twice.</translation>
        </message>
        <message>
            <location filename="../../app/bundle_export.py" line="161" />
            <source>{out} is een map; kies een bestandsnaam voor de bundel.</source>
            <translation>{out} is a folder; choose a file name for the bundle.</translation>
        </message>
        <message>
            <location filename="../../app/bundle_bagit.py" line="264" />
            <source>{path} klopt niet met {name} (het bestand is gewijzigd).</source>
            <translation>{path} does not match {name} (the file has been changed).</translation>
        </message>
        <message>
            <location filename="../../app/bundle_read.py" line="83" />
            <source>{path} staat niet in de bundel.</source>
            <translation>{path} is not in the bundle.</translation>
        </message>
        <message>
            <location filename="../../app/bundle_zipread.py" line="330" />
            <source>{shown} is beschadigd: de grootte in de ZIP klopt niet.</source>
            <translation>{shown} is damaged: the size in the ZIP is not right.</translation>
        </message>
        <message>
            <location filename="../../app/bundle_zipread.py" line="319" />
            <source>{shown} is ingepakt met een methode die dit programma niet kent (methode {method}); een bundel gebruikt alleen 'stored' en 'deflate'.</source>
            <translation>{shown} is packed with a method this program does not know (method {method}); a bundle only uses 'stored' and 'deflate'.</translation>
        </message>
        <message>
            <location filename="../../app/bundle_zipread.py" line="306" />
            <source>{shown} is versleuteld op een oude, onveilige manier (ZipCrypto); een bundel is versleuteld met AES-256. Vraag de afzender de bundel opnieuw te maken.</source>
            <translation>{shown} is encrypted in an old, unsafe way (ZipCrypto); a bundle is encrypted with AES-256. Ask the sender to make the bundle again.</translation>
        </message>
        <message>
            <location filename="../../app/bundle_zipread.py" line="334" />
            <source>{shown} pakt uit tot {file_size} bytes uit {data} bytes: dat is een zip-bom. De bundel wordt niet gelezen.</source>
            <translation>{shown} unpacks to {file_size} bytes from {data} bytes: that is a zip bomb. The bundle is not read.</translation>
        </message>
        <message>
            <location filename="../../app/bundle_zipread.py" line="119" />
            <source>{shown}: een absoluut pad is niet toegestaan.</source>
            <translation>{shown}: an absolute path is not allowed.</translation>
        </message>
        <message>
            <location filename="../../app/bundle_zipread.py" line="126" />
            <source>{shown}: een pad met .. verlaat de bundel en is niet toegestaan.</source>
            <translation>{shown}: a path with .. leaves the bundle and is not allowed.</translation>
        </message>
        <message>
            <location filename="../../app/bundle_zipread.py" line="117" />
            <source>{shown}: een pad met een backslash (\) is niet toegestaan.</source>
            <translation>{shown}: a path with a backslash (\) is not allowed.</translation>
        </message>
        <message>
            <location filename="../../app/bundle_zipread.py" line="128" />
            <source>{shown}: een pad met een lege map of . is niet toegestaan.</source>
            <translation>{shown}: a path with an empty folder or . is not allowed.</translation>
        </message>
        <message>
            <location filename="../../app/bundle_zipread.py" line="121" />
            <source>{shown}: een pad met een stationsletter is niet toegestaan.</source>
            <translation>{shown}: a path with a drive letter is not allowed.</translation>
        </message>
        <message>
            <location filename="../../app/bundle_zipread.py" line="123" />
            <source>{shown}: een pad met stuurtekens is niet toegestaan.</source>
            <translation>{shown}: a path with control characters is not allowed.</translation>
        </message>
        <message>
            <location filename="../../app/praatplaat.py" line="69" />
            <location filename="../../app/procesplaat.py" line="85" />
            <source>{what} is te lang: hoogstens {limit} tekens.</source>
            <translation>{what} is too long: at most {limit} characters.</translation>
        </message>
        <message>
            <location filename="../../models/debt_fields.py" line="103" />
            <source>{what} kan niet in de toekomst liggen.</source>
            <translation>{what} cannot be in the future.</translation>
        </message>
        <message>
            <location filename="../../app/backup.py" line="294" />
            <source>{what}. {message}</source>
            <translation>{what}. {message}</translation>
        </message>
        <message>
            <location filename="../../app/backup.py" line="288" />
            <source>{what}: {reason}. Er is niets veranderd.</source>
            <translation>{what}: {reason}. Nothing was changed.</translation>
        </message>
        <message>
            <location filename="../../models/bundle_rules.py" line="189" />
            <source>{where}.bsn: dit BSN klopt niet (de elfproef faalt).</source>
            <translation>{where}.bsn: this BSN is not right (the eleven test fails).</translation>
        </message>
        <message>
            <location filename="../../models/bundle_rules.py" line="185" />
            <source>{where}.bsn: een BSN is negen cijfers, zonder spaties of punten.</source>
            <translation>{where}.bsn: a BSN is nine digits, without spaces or dots.</translation>
        </message>
        <message>
            <location filename="../../models/bundle_rules.py" line="202" />
            <source>{where}.id: dit id komt twee keer voor ({value}).</source>
            <translation>{where}.id: this id appears twice ({value}).</translation>
        </message>
        <message>
            <location filename="../../models/bundle_rules.py" line="263" />
            <source>{where}.part: deel {part} bestaat niet; de bundel heeft 1 deel.</source>
            <translation>{where}.part: part {part} does not exist; the bundle has 1 part.</translation>
        </message>
        <message>
            <location filename="../../models/bundle_rules.py" line="269" />
            <source>{where}.part: deel {part} bestaat niet; de bundel heeft {count} delen.</source>
            <translation>{where}.part: part {part} does not exist; the bundle has {count} parts.</translation>
        </message>
        <message>
            <location filename="../../models/bundle_rules.py" line="342" />
            <source>{where}.part: {path} staat in deel {part}, niet in deel {part2}.</source>
            <translation>{where}.part: {path} is in part {part}, not in part {part2}.</translation>
        </message>
        <message>
            <location filename="../../models/bundle_rules.py" line="336" />
            <source>{where}.path: {path} staat niet in de bundel.</source>
            <translation>{where}.path: {path} is not in the bundle.</translation>
        </message>
        <message>
            <location filename="../../models/bundle_rules.py" line="353" />
            <source>{where}.sha256: verschilt van de controlesom van {path} in de bag.</source>
            <translation>{where}.sha256: differs from the checksum of {path} in the bag.</translation>
        </message>
        <message>
            <location filename="../../models/bundle_rules.py" line="362" />
            <source>{where}.size: {path} is {size} bytes, niet {size2}.</source>
            <translation>{where}.size: {path} is {size} bytes, not {size2}.</translation>
        </message>
        <message>
            <location filename="../../models/bundle_rules.py" line="168" />
            <source>{where}.total: het totaal ({total}) is niet hoofdsom + rente + kosten ({summed}).</source>
            <translation>{where}.total: the total ({total}) is not principal + interest + costs ({summed}).</translation>
        </message>
        <message>
            <location filename="../../app/bundle_dossier_check.py" line="155" />
            <source>{where}: hoort {expected} te zijn.</source>
            <translation>{where}: should be {expected}.</translation>
        </message>
        <message>
            <location filename="../../app/bundle_dossier_check.py" line="153" />
            <source>{where}: mag niet leeg zijn.</source>
            <translation>{where}: must not be empty.</translation>
        </message>
        <message>
            <location filename="../../app/bundle_dossier_check.py" line="160" />
            <source>{where}: voldoet niet aan het schema ({validator}).</source>
            <translation>{where}: does not meet the schema ({validator}).</translation>
        </message>
        <message>
            <location filename="../../models/debt_fields.py" line="85" />
            <source>{words} is onwaarschijnlijk hoog (meer dan {max_debt}). Controleer het bedrag.</source>
            <translation>{words} is unlikely to be that high (more than {max_debt}). Check the amount.</translation>
        </message>
        <message>
            <location filename="../../models/debt_fields.py" line="82" />
            <source>{words} kan niet negatief zijn.</source>
            <translation>{words} cannot be negative.</translation>
        </message>
        <message>
            <location filename="../../models/debt_fields.py" line="128" />
            <source>{words}: ‘{text}’.</source>
            <translation>{words}: ‘{text}’.</translation>
        </message>
        <message>
            <location filename="../../app/debt_sheet.py" line="264" />
            <location filename="../../app/debt_sheet.py" line="383" />
            <source>… en nog {count}.</source>
            <translation>… and {count} more.</translation>
        </message>
    </context>
    <context>
        <name>single_instance</name>
        <message>
            <location filename="../../views/single_instance.py" line="203" />
            <source>Procesplaat is al geopend</source>
            <translation>Procesplaat is already open</translation>
        </message>
        <message>
            <location filename="../../views/single_instance.py" line="192" />
            <source>Procesplaat is al geopend met de gegevensmap {folder}, maar reageert niet, of een opdracht op de opdrachtregel werkt er nog mee. Twee programma's tegelijk kunnen de gegevens beschadigen, daarom start Procesplaat nu niet. Wacht even of sluit het andere Procesplaat en probeer het opnieuw.</source>
            <translation>Procesplaat is already open with the data folder {folder} but is not responding, or a command-line command is still working with it. Two programs at once can damage the data, so Procesplaat will not start now. Wait a moment or close the other Procesplaat and try again.</translation>
        </message>
    </context>
</TS>
