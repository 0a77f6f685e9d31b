<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>AlertmanagerSilenceDialog</name>
    <message>
        <source>Silence on Alertmanager %1</source>
        <translation>Silence on Alertmanager %1</translation>
    </message>
    <message>
        <source>Label (ticked: matched)</source>
        <translation>Label (ticked: matched)</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Value</translation>
    </message>
    <message>
        <source>1 hour</source>
        <translation>1 hour</translation>
    </message>
    <message>
        <source>30 minutes</source>
        <translation>30 minutes</translation>
    </message>
    <message>
        <source>2 hours</source>
        <translation>2 hours</translation>
    </message>
    <message>
        <source>4 hours</source>
        <translation>4 hours</translation>
    </message>
    <message>
        <source>8 hours</source>
        <translation>8 hours</translation>
    </message>
    <message>
        <source>24 hours</source>
        <translation>24 hours</translation>
    </message>
    <message>
        <source>Why (required): e.g. disk swap in progress, INC-42</source>
        <translation>Why (required): e.g. disk swap in progress, INC-42</translation>
    </message>
    <message>
        <source>&amp;Matchers:</source>
        <translation>&amp;Matchers:</translation>
    </message>
    <message>
        <source>&amp;For:</source>
        <translation>&amp;For:</translation>
    </message>
    <message>
        <source>&amp;Comment:</source>
        <translation>&amp;Comment:</translation>
    </message>
    <message>
        <source>Create silence</source>
        <translation>Create silence</translation>
    </message>
</context>
<context>
    <name>BundleTask</name>
    <message>
        <source>Writing %1…</source>
        <translation>Writing %1…</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>Reading %1…</translation>
    </message>
</context>
<context>
    <name>ChartTile</name>
    <message>
        <source>threshold</source>
        <translation>threshold</translation>
    </message>
    <message>
        <source>trace exemplars</source>
        <translation>trace exemplars</translation>
    </message>
    <message>
        <source>firing</source>
        <translation>firing</translation>
    </message>
    <message>
        <source>no data</source>
        <translation>no data</translation>
    </message>
</context>
<context>
    <name>DashboardWindow</name>
    <message>
        <source>Dashboard&apos;s range</source>
        <translation>Dashboard&apos;s range</translation>
    </message>
    <message>
        <source>Last 5 minutes</source>
        <translation>Last 5 minutes</translation>
    </message>
    <message>
        <source>Last 15 minutes</source>
        <translation>Last 15 minutes</translation>
    </message>
    <message>
        <source>Last hour</source>
        <translation>Last hour</translation>
    </message>
    <message>
        <source>Last 6 hours</source>
        <translation>Last 6 hours</translation>
    </message>
    <message>
        <source>Last 24 hours</source>
        <translation>Last 24 hours</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>Last 7 days</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Last 30 days</translation>
    </message>
    <message>
        <source>Dashboards</source>
        <translation>Dashboards</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>Pause or resume live updates (Space)</source>
        <translation>Pause or resume live updates (Space)</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Dashboard</translation>
    </message>
    <message>
        <source>&amp;Dashboard: </source>
        <translation>&amp;Dashboard: </translation>
    </message>
    <message>
        <source>&amp;New from template…</source>
        <translation>&amp;New from template…</translation>
    </message>
    <message>
        <source>%1 (v%2)</source>
        <translation>%1 (v%2)</translation>
    </message>
    <message>
        <source>No dashboard %1</source>
        <translation>No dashboard %1</translation>
    </message>
    <message>
        <source>%1 · HMS Ops Center</source>
        <translation>%1 · HMS Ops Center</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Resume</translation>
    </message>
    <message>
        <source>PAUSED at %1</source>
        <translation>PAUSED at %1</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Loading…</translation>
    </message>
    <message>
        <source>NOT UPDATING since %1</source>
        <translation>NOT UPDATING since %1</translation>
    </message>
    <message>
        <source>Live · %1 · frame computed in %2 ms</source>
        <translation>Live · %1 · frame computed in %2 ms</translation>
    </message>
    <message>
        <source> · %1 of %2</source>
        <translation> · %1 of %2</translation>
    </message>
    <message>
        <source>New dashboard from a template</source>
        <translation>New dashboard from a template</translation>
    </message>
    <message>
        <source>lower-case letters, digits, _ or -</source>
        <translation>lower-case letters, digits, _ or -</translation>
    </message>
    <message>
        <source>&amp;Template:</source>
        <translation>&amp;Template:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>T&amp;itle:</source>
        <translation>T&amp;itle:</translation>
    </message>
    <message>
        <source>Time &amp;range:</source>
        <translation>Time &amp;range:</translation>
    </message>
    <message>
        <source>Enter a name: it is the dashboard&apos;s id and its address, /dashboard/NAME.</source>
        <translation>Enter a name: it is the dashboard&apos;s id and its address, /dashboard/NAME.</translation>
    </message>
    <message>
        <source>&amp;Incident window…</source>
        <translation>&amp;Incident window…</translation>
    </message>
    <message>
        <source>Ctrl+I</source>
        <translation>Ctrl+I</translation>
    </message>
    <message>
        <source>&amp;Custom range…</source>
        <translation>&amp;Custom range…</translation>
    </message>
    <message>
        <source>Ctrl+R</source>
        <translation>Ctrl+R</translation>
    </message>
    <message>
        <source>No incidents to zoom to</source>
        <translation>No incidents to zoom to</translation>
    </message>
    <message>
        <source>#%1 %2 %3, %4</source>
        <translation>#%1 %2 %3, %4</translation>
    </message>
    <message>
        <source>Zoom to an incident</source>
        <translation>Zoom to an incident</translation>
    </message>
    <message>
        <source>&amp;Incident:</source>
        <translation>&amp;Incident:</translation>
    </message>
    <message>
        <source>Custom time range</source>
        <translation>Custom time range</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;From:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;To:</translation>
    </message>
    <message>
        <source>The end must be after the start.</source>
        <translation>The end must be after the start.</translation>
    </message>
    <message>
        <source>trace_id %1 · %2 at %3 · %4</source>
        <translation>trace_id %1 · %2 at %3 · %4</translation>
    </message>
    <message>
        <source>no open incident on this tile</source>
        <translation>no open incident on this tile</translation>
    </message>
    <message>
        <source>incidents %1</source>
        <translation>incidents %1</translation>
    </message>
    <message>
        <source>PAUSED on %1 – %2</source>
        <translation>PAUSED on %1 – %2</translation>
    </message>
    <message>
        <source> · loading history %1 %</source>
        <translation> · loading history %1 %</translation>
    </message>
</context>
<context>
    <name>ExternalAlertsPanel</name>
    <message>
        <source>&amp;Silence on Alertmanager…</source>
        <translation>&amp;Silence on Alertmanager…</translation>
    </message>
    <message>
        <source>E&amp;xpire silence</source>
        <translation>E&amp;xpire silence</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Alert</source>
        <translation>Alert</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Severity</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Since</translation>
    </message>
    <message>
        <source>Labels</source>
        <translation>Labels</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Summary</translation>
    </message>
    <message>
        <source>%1 FAILING: %2 (last read %3)</source>
        <translation>%1 FAILING: %2 (last read %3)</translation>
    </message>
    <message>
        <source>%1 read %2</source>
        <translation>%1 read %2</translation>
    </message>
    <message>
        <source>Alertmanager alerts: %1 — %2</source>
        <translation>Alertmanager alerts: %1 — %2</translation>
    </message>
    <message>
        <source>silenced (%1)</source>
        <translation>silenced (%1)</translation>
    </message>
    <message>
        <source>Silence %1 created on %2 for %3</source>
        <translation>Silence %1 created on %2 for %3</translation>
    </message>
    <message>
        <source>Alertmanager %1 refused the silence: %2</source>
        <translation>Alertmanager %1 refused the silence: %2</translation>
    </message>
    <message>
        <source>Silence %1 expired on %2</source>
        <translation>Silence %1 expired on %2</translation>
    </message>
    <message>
        <source>Alertmanager %1 did not expire the silence: %2</source>
        <translation>Alertmanager %1 did not expire the silence: %2</translation>
    </message>
</context>
<context>
    <name>IncidentDesk</name>
    <message>
        <source>Firing incidents</source>
        <translation>Firing incidents</translation>
    </message>
    <message>
        <source>No open incidents</source>
        <translation>No open incidents</translation>
    </message>
    <message numerus="yes">
        <source>%n FIRING</source>
        <translation>
            <numerusform>%n FIRING</numerusform>
            <numerusform>%n FIRING</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n acknowledged</source>
        <translation>
            <numerusform>%n acknowledged</numerusform>
            <numerusform>%n acknowledged</numerusform>
        </translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>Firing</source>
        <translation>Firing</translation>
    </message>
    <message>
        <source>Acknowledged</source>
        <translation>Acknowledged</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Resolved</translation>
    </message>
    <message>
        <source>All states</source>
        <translation>All states</translation>
    </message>
    <message>
        <source>Which incidents the desk lists by state</source>
        <translation>Which incidents the desk lists by state</translation>
    </message>
    <message>
        <source>All severities</source>
        <translation>All severities</translation>
    </message>
    <message>
        <source>Critical</source>
        <translation>Critical</translation>
    </message>
    <message>
        <source>Critical and warning</source>
        <translation>Critical and warning</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Warning</translation>
    </message>
    <message>
        <source>Info</source>
        <translation>Info</translation>
    </message>
    <message>
        <source>All services</source>
        <translation>All services</translation>
    </message>
    <message>
        <source>Anyone</source>
        <translation>Anyone</translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation>Unassigned</translation>
    </message>
    <message>
        <source>Any time</source>
        <translation>Any time</translation>
    </message>
    <message>
        <source>Last hour</source>
        <translation>Last hour</translation>
    </message>
    <message>
        <source>Last 24 hours</source>
        <translation>Last 24 hours</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>Last 7 days</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Last 30 days</translation>
    </message>
    <message>
        <source>Between…</source>
        <translation>Between…</translation>
    </message>
    <message>
        <source>When the incidents opened</source>
        <translation>When the incidents opened</translation>
    </message>
    <message>
        <source>Search rule, service, labels, #id…</source>
        <translation>Search rule, service, labels, #id…</translation>
    </message>
    <message>
        <source>Search incidents</source>
        <translation>Search incidents</translation>
    </message>
    <message>
        <source>Acknowledge every selected firing incident at once (Ctrl+Shift+A)</source>
        <translation>Acknowledge every selected firing incident at once (Ctrl+Shift+A)</translation>
    </message>
    <message>
        <source>Ctrl+Shift+A</source>
        <translation>Ctrl+Shift+A</translation>
    </message>
    <message>
        <source>Acknowledge selected (%1)</source>
        <translation>Acknowledge selected (%1)</translation>
    </message>
</context>
<context>
    <name>IncidentDetail</name>
    <message>
        <source>&amp;Acknowledge</source>
        <translation>&amp;Acknowledge</translation>
    </message>
    <message>
        <source>&amp;Resolve</source>
        <translation>&amp;Resolve</translation>
    </message>
    <message>
        <source>Service:</source>
        <translation>Service:</translation>
    </message>
    <message>
        <source>Severity:</source>
        <translation>Severity:</translation>
    </message>
    <message>
        <source>Value:</source>
        <translation>Value:</translation>
    </message>
    <message>
        <source>Assignee:</source>
        <translation>Assignee:</translation>
    </message>
    <message>
        <source>Opened:</source>
        <translation>Opened:</translation>
    </message>
    <message>
        <source>Acknowledged:</source>
        <translation>Acknowledged:</translation>
    </message>
    <message>
        <source>Resolved:</source>
        <translation>Resolved:</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Timeline</translation>
    </message>
    <message>
        <source>Playbook</source>
        <translation>Playbook</translation>
    </message>
    <message>
        <source>%1 %2 of %3</source>
        <translation>%1 %2 of %3</translation>
    </message>
    <message>
        <source>%1 %2 of %3 (threshold %4)</source>
        <translation>%1 %2 of %3 (threshold %4)</translation>
    </message>
    <message>
        <source>unassigned (rotation %1)</source>
        <translation>unassigned (rotation %1)</translation>
    </message>
    <message>
        <source>%1 (pager %2)</source>
        <translation>%1 (pager %2)</translation>
    </message>
    <message>
        <source>%1 by %2</source>
        <translation>%1 by %2</translation>
    </message>
    <message>
        <source>No incident selected</source>
        <translation>No incident selected</translation>
    </message>
    <message>
        <source>Playbook &quot;%1&quot; is not in the catalog.</source>
        <translation>Playbook &quot;%1&quot; is not in the catalog.</translation>
    </message>
    <message>
        <source>No playbook is attached to this rule.</source>
        <translation>No playbook is attached to this rule.</translation>
    </message>
    <message>
        <source>&amp;Silence…</source>
        <translation>&amp;Silence…</translation>
    </message>
    <message>
        <source>Hold back this alert&apos;s notifications, pre-filled with the labels that identify it</source>
        <translation>Hold back this alert&apos;s notifications, pre-filled with the labels that identify it</translation>
    </message>
    <message>
        <source>Rea&amp;ssign…</source>
        <translation>Rea&amp;ssign…</translation>
    </message>
    <message>
        <source>&amp;Escalate</source>
        <translation>&amp;Escalate</translation>
    </message>
    <message>
        <source>Page the next step of the incident&apos;s escalation policy now</source>
        <translation>Page the next step of the incident&apos;s escalation policy now</translation>
    </message>
    <message>
        <source>&amp;Comment…</source>
        <translation>&amp;Comment…</translation>
    </message>
    <message>
        <source>Root &amp;cause link…</source>
        <translation>Root &amp;cause link…</translation>
    </message>
    <message>
        <source>R&amp;CA…</source>
        <translation>R&amp;CA…</translation>
    </message>
    <message>
        <source>Add a note to the timeline</source>
        <translation>Add a note to the timeline</translation>
    </message>
    <message>
        <source>Link the issue that tracks the root cause (JIRA, GitHub)</source>
        <translation>Link the issue that tracks the root cause (JIRA, GitHub)</translation>
    </message>
    <message>
        <source>Open the blameless review of this incident, pre-filled from its timeline</source>
        <translation>Open the blameless review of this incident, pre-filled from its timeline</translation>
    </message>
    <message>
        <source>Playbook checklist</source>
        <translation>Playbook checklist</translation>
    </message>
    <message>
        <source>trace_ids of the failing requests when it fired: select one to see its samples and incidents</source>
        <translation>trace_ids of the failing requests when it fired: select one to see its samples and incidents</translation>
    </message>
    <message>
        <source>Root cause:</source>
        <translation>Root cause:</translation>
    </message>
    <message>
        <source>Traces:</source>
        <translation>Traces:</translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation>Checklist</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
</context>
<context>
    <name>IncidentModel</name>
    <message>
        <source>FIRING</source>
        <translation>FIRING</translation>
    </message>
    <message>
        <source>ACKNOWLEDGED</source>
        <translation>ACKNOWLEDGED</translation>
    </message>
    <message>
        <source>RESOLVED</source>
        <translation>RESOLVED</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Severity</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Rule</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Value</translation>
    </message>
    <message>
        <source>Assignee</source>
        <translation>Assignee</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>Opened</translation>
    </message>
    <message>
        <source>unassigned</source>
        <translation>unassigned</translation>
    </message>
    <message>
        <source>%1 on %2: %3 %4 (threshold %5)</source>
        <translation>%1 on %2: %3 %4 (threshold %5)</translation>
    </message>
</context>
<context>
    <name>InfoTile</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>operational</source>
        <translation>operational</translation>
    </message>
    <message>
        <source>%1 incident</source>
        <translation>%1 incident</translation>
    </message>
    <message>
        <source>No open incidents</source>
        <translation>No open incidents</translation>
    </message>
    <message>
        <source>#%1 %2 %3 %4 %5</source>
        <translation>#%1 %2 %3 %4 %5</translation>
    </message>
    <message>
        <source>FIRING</source>
        <translation>FIRING</translation>
    </message>
    <message>
        <source>acknowledged</source>
        <translation>acknowledged</translation>
    </message>
    <message>
        <source>no rotation %1</source>
        <translation>no rotation %1</translation>
    </message>
    <message>
        <source>nobody on call</source>
        <translation>nobody on call</translation>
    </message>
    <message>
        <source>until %1 UTC</source>
        <translation>until %1 UTC</translation>
    </message>
    <message>
        <source>no data</source>
        <translation>no data</translation>
    </message>
    <message>
        <source>error budget left · %1</source>
        <translation>error budget left · %1</translation>
    </message>
    <message>
        <source>%1 UTC</source>
        <translation>%1 UTC</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>+%1 more</source>
        <translation>+%1 more</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>HMS Ops Center</source>
        <translation>HMS Ops Center</translation>
    </message>
    <message>
        <source>&amp;Metric:</source>
        <translation>&amp;Metric:</translation>
    </message>
    <message>
        <source>Link: %1</source>
        <translation>Link: %1</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Settings…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>&amp;About HMS Ops Center</source>
        <translation>&amp;About HMS Ops Center</translation>
    </message>
    <message>
        <source>Incident opened: %1 on %2</source>
        <translation>Incident opened: %1 on %2</translation>
    </message>
    <message>
        <source>Could not acknowledge incident %1: %2</source>
        <translation>Could not acknowledge incident %1: %2</translation>
    </message>
    <message>
        <source>Could not resolve incident %1: %2</source>
        <translation>Could not resolve incident %1: %2</translation>
    </message>
    <message>
        <source>%1 — %2 %3</source>
        <translation>%1 — %2 %3</translation>
    </message>
    <message>
        <source>threshold %1</source>
        <translation>threshold %1</translation>
    </message>
    <message>
        <source>No metric yet</source>
        <translation>No metric yet</translation>
    </message>
    <message>
        <source>API %1 · StatsD %2 · %3 series · %4 samples</source>
        <translation>API %1 · StatsD %2 · %3 series · %4 samples</translation>
    </message>
    <message>
        <source>Slack webhook saved; Slack notifications enabled.</source>
        <translation>Slack webhook saved; Slack notifications enabled.</translation>
    </message>
    <message>
        <source>About HMS Ops Center</source>
        <translation>About HMS Ops Center</translation>
    </message>
    <message>
        <source>&lt;h3&gt;HMS Ops Center %1&lt;/h3&gt;&lt;p&gt;Metrics, alert rules, incidents, on-call rotations and playbooks for the HMS services, in one window.&lt;/p&gt;&lt;p&gt;Qt %2&lt;/p&gt;</source>
        <translation>&lt;h3&gt;HMS Ops Center %1&lt;/h3&gt;&lt;p&gt;Metrics, alert rules, incidents, on-call rotations and playbooks for the HMS services, in one window.&lt;/p&gt;&lt;p&gt;Qt %2&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;Alerts</source>
        <translation>&amp;Alerts</translation>
    </message>
    <message>
        <source>&amp;Silences…</source>
        <translation>&amp;Silences…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+S</source>
        <translation>Ctrl+Shift+S</translation>
    </message>
    <message>
        <source>Silence %1 created</source>
        <translation>Silence %1 created</translation>
    </message>
    <message>
        <source>Reassign incident #%1</source>
        <translation>Reassign incident #%1</translation>
    </message>
    <message>
        <source>Hand it to:</source>
        <translation>Hand it to:</translation>
    </message>
    <message>
        <source>Reassign</source>
        <translation>Reassign</translation>
    </message>
    <message>
        <source>Service &amp;level objectives…</source>
        <translation>Service &amp;level objectives…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+L</source>
        <translation>Ctrl+Shift+L</translation>
    </message>
    <message>
        <source>&amp;On call…</source>
        <translation>&amp;On call…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+O</source>
        <translation>Ctrl+Shift+O</translation>
    </message>
    <message>
        <source>&amp;Notifications…</source>
        <translation>&amp;Notifications…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+N</source>
        <translation>Ctrl+Shift+N</translation>
    </message>
    <message>
        <source>Sound for &amp;critical incidents</source>
        <translation>Sound for &amp;critical incidents</translation>
    </message>
    <message>
        <source>%1 on %2: %3 %4 (threshold %5), assigned to %6</source>
        <translation>%1 on %2: %3 %4 (threshold %5), assigned to %6</translation>
    </message>
    <message>
        <source>value</source>
        <translation>value</translation>
    </message>
    <message>
        <source>nobody</source>
        <translation>nobody</translation>
    </message>
    <message>
        <source>Critical incident</source>
        <translation>Critical incident</translation>
    </message>
    <message>
        <source>Incident</source>
        <translation>Incident</translation>
    </message>
    <message numerus="yes">
        <source>%n new incidents, %1 critical. First: %2</source>
        <translation>
            <numerusform>%n new incident, %1 critical. First: %2</numerusform>
            <numerusform>%n new incidents, %1 critical. First: %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n incidents opened</source>
        <translation>
            <numerusform>%n incident opened</numerusform>
            <numerusform>%n incidents opened</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Dashboards</source>
        <translation>&amp;Dashboards</translation>
    </message>
    <message>
        <source>&amp;Open dashboards…</source>
        <translation>&amp;Open dashboards…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+D</source>
        <translation>Ctrl+Shift+D</translation>
    </message>
    <message numerus="yes">
        <source>%n incident(s) acknowledged</source>
        <translation>
            <numerusform>%n incident acknowledged</numerusform>
            <numerusform>%n incidents acknowledged</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %n refused: </source>
        <translation>
            <numerusform>; %n refused: </numerusform>
            <numerusform>; %n refused: </numerusform>
        </translation>
    </message>
    <message>
        <source>Comment on incident #%1</source>
        <translation>Comment on incident #%1</translation>
    </message>
    <message>
        <source>What did you see or do? It goes on the timeline.</source>
        <translation>What did you see or do? It goes on the timeline.</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Comment</translation>
    </message>
    <message>
        <source>Root cause of incident #%1</source>
        <translation>Root cause of incident #%1</translation>
    </message>
    <message>
        <source>Link of the issue that tracks the root cause (JIRA, GitHub); empty removes the link:</source>
        <translation>Link of the issue that tracks the root cause (JIRA, GitHub); empty removes the link:</translation>
    </message>
    <message>
        <source>Root cause</source>
        <translation>Root cause</translation>
    </message>
    <message>
        <source>&amp;Export incident bundle…</source>
        <translation>&amp;Export incident bundle…</translation>
    </message>
    <message>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <source>Write the selected incident, its events, rules, playbook, silences, review and charts&apos; samples into one file for offline replay</source>
        <translation>Write the selected incident, its events, rules, playbook, silences, review and charts&apos; samples into one file for offline replay</translation>
    </message>
    <message>
        <source>Select an incident to export first.</source>
        <translation>Select an incident to export first.</translation>
    </message>
    <message>
        <source>&amp;Replay a bundle…</source>
        <translation>&amp;Replay a bundle…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+R</source>
        <translation>Ctrl+Shift+R</translation>
    </message>
    <message>
        <source>Replay an incident bundle</source>
        <translation>Replay an incident bundle</translation>
    </message>
    <message>
        <source>Incident bundles (*.hmsbundle);;All files (*)</source>
        <translation>Incident bundles (*.hmsbundle);;All files (*)</translation>
    </message>
    <message>
        <source>Cannot open the bundle</source>
        <translation>Cannot open the bundle</translation>
    </message>
    <message>
        <source>&amp;Playbooks…</source>
        <translation>&amp;Playbooks…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+P</source>
        <translation>Ctrl+Shift+P</translation>
    </message>
    <message>
        <source>&amp;Rotations and calendar…</source>
        <translation>&amp;Rotations and calendar…</translation>
    </message>
    <message>
        <source>Export incident bundle</source>
        <translation>Export incident bundle</translation>
    </message>
    <message>
        <source>Incident bundles (*.hmsbundle)</source>
        <translation>Incident bundles (*.hmsbundle)</translation>
    </message>
    <message>
        <source>Incident bundle written to %1</source>
        <translation>Incident bundle written to %1</translation>
    </message>
    <message>
        <source>Export cancelled; nothing was written.</source>
        <translation>Export cancelled; nothing was written.</translation>
    </message>
    <message>
        <source>So&amp;urces…</source>
        <translation>So&amp;urces…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+U</source>
        <translation>Ctrl+Shift+U</translation>
    </message>
    <message>
        <source>Navigation</source>
        <translation>Navigation</translation>
    </message>
    <message>
        <source>Dashboards</source>
        <translation>Dashboards</translation>
    </message>
    <message>
        <source>Silences</source>
        <translation>Silences</translation>
    </message>
    <message>
        <source>SLOs</source>
        <translation>SLOs</translation>
    </message>
    <message>
        <source>On call</source>
        <translation>On call</translation>
    </message>
    <message>
        <source>Rotations</source>
        <translation>Rotations</translation>
    </message>
    <message>
        <source>Playbooks</source>
        <translation>Playbooks</translation>
    </message>
    <message>
        <source>Notifications</source>
        <translation>Notifications</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Sources</translation>
    </message>
    <message>
        <source>StatsD: %1 datagrams lost, %2 lines rejected</source>
        <translation>StatsD: %1 datagrams lost, %2 lines rejected</translation>
    </message>
    <message>
        <source>Datagrams the kernel dropped because the receive buffer was full, or larger than it; lines that were not valid StatsD. Counted since start; also the ops_statsd_kernel_drops_total and ops_statsd_lines_rejected_total metrics.</source>
        <translation>Datagrams the kernel dropped because the receive buffer was full, or larger than it; lines that were not valid StatsD. Counted since start; also the ops_statsd_kernel_drops_total and ops_statsd_lines_rejected_total metrics.</translation>
    </message>
</context>
<context>
    <name>MetricChart</name>
    <message>
        <source>samples</source>
        <translation>samples</translation>
    </message>
    <message>
        <source>aggregate</source>
        <translation>aggregate</translation>
    </message>
    <message>
        <source>threshold</source>
        <translation>threshold</translation>
    </message>
</context>
<context>
    <name>NotificationsDialog</name>
    <message>
        <source>&amp;Retry</source>
        <translation>&amp;Retry</translation>
    </message>
    <message>
        <source>Notifications</source>
        <translation>Notifications</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Incident</source>
        <translation>Incident</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Channel</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>Attempts</translation>
    </message>
    <message>
        <source>Queued</source>
        <translation>Queued</translation>
    </message>
    <message>
        <source>Last error</source>
        <translation>Last error</translation>
    </message>
    <message>
        <source>Send the selected dead letter again</source>
        <translation>Send the selected dead letter again</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Close</translation>
    </message>
    <message>
        <source>#%1 is being sent again</source>
        <translation>#%1 is being sent again</translation>
    </message>
    <message>
        <source>dead letter</source>
        <translation>dead letter</translation>
    </message>
    <message>
        <source>sent</source>
        <translation>sent</translation>
    </message>
    <message>
        <source>sending</source>
        <translation>sending</translation>
    </message>
    <message>
        <source>pending</source>
        <translation>pending</translation>
    </message>
</context>
<context>
    <name>OnCallDialog</name>
    <message>
        <source>Rotation</source>
        <translation>Rotation</translation>
    </message>
    <message>
        <source>On call</source>
        <translation>On call</translation>
    </message>
    <message>
        <source>Pager</source>
        <translation>Pager</translation>
    </message>
    <message>
        <source>Layer</source>
        <translation>Layer</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>Until</translation>
    </message>
    <message>
        <source>Then</source>
        <translation>Then</translation>
    </message>
    <message>
        <source>&amp;Now</source>
        <translation>&amp;Now</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Close</translation>
    </message>
    <message>
        <source>On call at (your local time):</source>
        <translation>On call at (your local time):</translation>
    </message>
    <message>
        <source>further notice</source>
        <translation>further notice</translation>
    </message>
    <message>
        <source>nobody</source>
        <translation>nobody</translation>
    </message>
    <message>
        <source>%1 from %2</source>
        <translation>%1 from %2</translation>
    </message>
    <message>
        <source>override</source>
        <translation>override</translation>
    </message>
</context>
<context>
    <name>PlaybookEditor</name>
    <message>
        <source>No changes.</source>
        <translation>No changes.</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <source>&amp;Keep mine on top of theirs</source>
        <translation>&amp;Keep mine on top of theirs</translation>
    </message>
    <message>
        <source>&amp;Discard mine, load theirs</source>
        <translation>&amp;Discard mine, load theirs</translation>
    </message>
    <message>
        <source>Playbooks</source>
        <translation>Playbooks</translation>
    </message>
    <message>
        <source>Playbook Markdown</source>
        <translation>Playbook Markdown</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Saved by</source>
        <translation>Saved by</translation>
    </message>
    <message>
        <source>Saved at</source>
        <translation>Saved at</translation>
    </message>
    <message>
        <source>&amp;New…</source>
        <translation>&amp;New…</translation>
    </message>
    <message>
        <source>History (select a version to see what it changed)</source>
        <translation>History (select a version to see what it changed)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Unsaved changes</translation>
    </message>
    <message>
        <source>Playbook %1 has unsaved changes. Discard them?</source>
        <translation>Playbook %1 has unsaved changes. Discard them?</translation>
    </message>
    <message>
        <source>Playbook %1 is not in the catalog.</source>
        <translation>Playbook %1 is not in the catalog.</translation>
    </message>
    <message>
        <source>No alert uses this playbook yet.</source>
        <translation>No alert uses this playbook yet.</translation>
    </message>
    <message>
        <source>Used by alerts: %1</source>
        <translation>Used by alerts: %1</translation>
    </message>
    <message>
        <source>Playbook %1 — version %2</source>
        <translation>Playbook %1 — version %2</translation>
    </message>
    <message>
        <source>Version %1 of %2, saved by %3.</source>
        <translation>Version %1 of %2, saved by %3.</translation>
    </message>
    <message>
        <source>Version %1 by %2: what changed since version %3</source>
        <translation>Version %1 by %2: what changed since version %3</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Saving…</translation>
    </message>
    <message>
        <source>%1 saved version %2; your text against theirs:</source>
        <translation>%1 saved version %2; your text against theirs:</translation>
    </message>
    <message>
        <source>Their change to version %1:</source>
        <translation>Their change to version %1:</translation>
    </message>
    <message>
        <source>Saved as version %1.</source>
        <translation>Saved as version %1.</translation>
    </message>
    <message>
        <source>Your text now replaces version %1 when you save; the history keeps theirs.</source>
        <translation>Your text now replaces version %1 when you save; the history keeps theirs.</translation>
    </message>
    <message>
        <source>New playbook</source>
        <translation>New playbook</translation>
    </message>
    <message>
        <source>Playbook id (letters, digits, _ . -):</source>
        <translation>Playbook id (letters, digits, _ . -):</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a playbook id: use letters, digits, _ . -</source>
        <translation>&quot;%1&quot; is not a playbook id: use letters, digits, _ . -</translation>
    </message>
    <message>
        <source># Playbook: %1

What this alert means and who it hurts.

1. Check the dashboard.
2. Mitigate.
3. Tell the incident channel.
</source>
        <translation># Playbook: %1

What this alert means and who it hurts.

1. Check the dashboard.
2. Mitigate.
3. Tell the incident channel.
</translation>
    </message>
    <message>
        <source>Playbook %1 has unsaved changes. Close anyway?</source>
        <translation>Playbook %1 has unsaved changes. Close anyway?</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>never</source>
        <translation>never</translation>
    </message>
    <message>
        <source>%1 s ago</source>
        <translation>%1 s ago</translation>
    </message>
    <message>
        <source>%1 min ago</source>
        <translation>%1 min ago</translation>
    </message>
    <message>
        <source>%1 h ago</source>
        <translation>%1 h ago</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>FAILING</source>
        <translation>FAILING</translation>
    </message>
    <message>
        <source>not asked yet</source>
        <translation>not asked yet</translation>
    </message>
    <message>
        <source>active</source>
        <translation>active</translation>
    </message>
    <message>
        <source>silenced</source>
        <translation>silenced</translation>
    </message>
    <message>
        <source>unprocessed</source>
        <translation>unprocessed</translation>
    </message>
</context>
<context>
    <name>RcaDialog</name>
    <message>
        <source>What happened, to whom, and how it ended: a few sentences</source>
        <translation>What happened, to whom, and how it ended: a few sentences</translation>
    </message>
    <message>
        <source>★</source>
        <translation>★</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>What happened</translation>
    </message>
    <message>
        <source>Conditions and systems that made it possible: no names, no blame</source>
        <translation>Conditions and systems that made it possible: no names, no blame</translation>
    </message>
    <message>
        <source>What helped: detection, tools, people&apos;s calls</source>
        <translation>What helped: detection, tools, people&apos;s calls</translation>
    </message>
    <message>
        <source>What we know now that we did not before</source>
        <translation>What we know now that we did not before</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Owner</translation>
    </message>
    <message>
        <source>Due (YYYY-MM-DD)</source>
        <translation>Due (YYYY-MM-DD)</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Link</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Done</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <source>Blameless review of incident #%1</source>
        <translation>Blameless review of incident #%1</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <source>Summary:</source>
        <translation>Summary:</translation>
    </message>
    <message>
        <source>Impact:</source>
        <translation>Impact:</translation>
    </message>
    <message>
        <source>Remove selected</source>
        <translation>Remove selected</translation>
    </message>
    <message>
        <source>Timeline:</source>
        <translation>Timeline:</translation>
    </message>
    <message>
        <source>Add a moment</source>
        <translation>Add a moment</translation>
    </message>
    <message>
        <source>(what happened)</source>
        <translation>(what happened)</translation>
    </message>
    <message>
        <source>Contributing factors:</source>
        <translation>Contributing factors:</translation>
    </message>
    <message>
        <source>What went well:</source>
        <translation>What went well:</translation>
    </message>
    <message>
        <source>Learnings:</source>
        <translation>Learnings:</translation>
    </message>
    <message>
        <source>Action items:</source>
        <translation>Action items:</translation>
    </message>
    <message>
        <source>Add an action item</source>
        <translation>Add an action item</translation>
    </message>
    <message>
        <source>(what will be done)</source>
        <translation>(what will be done)</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Export</translation>
    </message>
    <message>
        <source>Markdown…</source>
        <translation>Markdown…</translation>
    </message>
    <message>
        <source>HTML…</source>
        <translation>HTML…</translation>
    </message>
    <message>
        <source>PDF…</source>
        <translation>PDF…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>There is no incident %1.</source>
        <translation>There is no incident %1.</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Incident #%1: %2 on %3&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Incident #%1: %2 on %3&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>A new review, pre-filled from the incident&apos;s timeline. Nothing is stored until you save.</source>
        <translation>A new review, pre-filled from the incident&apos;s timeline. Nothing is stored until you save.</translation>
    </message>
    <message>
        <source>Version %1, last saved by %2.</source>
        <translation>Version %1, last saved by %2.</translation>
    </message>
    <message>
        <source>Duration: %1 (%2 to %3)%4</source>
        <translation>Duration: %1 (%2 to %3)%4</translation>
    </message>
    <message>
        <source>, still open</source>
        <translation>, still open</translation>
    </message>
    <message>
        <source>No SLO covers this service or metric, so no error budget is counted.</source>
        <translation>No SLO covers this service or metric, so no error budget is counted.</translation>
    </message>
    <message>
        <source>SLO %1: %2 % of its %3 error budget burned (%4 bad of %5)</source>
        <translation>SLO %1: %2 % of its %3 error budget burned (%4 bad of %5)</translation>
    </message>
    <message>
        <source>SLO %1: no recorded slices cover the incident</source>
        <translation>SLO %1: no recorded slices cover the incident</translation>
    </message>
    <message>
        <source>A key moment</source>
        <translation>A key moment</translation>
    </message>
    <message>
        <source>timeline row %1: time &quot;%2&quot; is not YYYY-MM-DD HH:MM:SS</source>
        <translation>timeline row %1: time &quot;%2&quot; is not YYYY-MM-DD HH:MM:SS</translation>
    </message>
    <message>
        <source>action item %1: due date &quot;%2&quot; is not YYYY-MM-DD</source>
        <translation>action item %1: due date &quot;%2&quot; is not YYYY-MM-DD</translation>
    </message>
    <message>
        <source>Saved as version %1.</source>
        <translation>Saved as version %1.</translation>
    </message>
    <message>
        <source>Markdown (*.md)</source>
        <translation>Markdown (*.md)</translation>
    </message>
    <message>
        <source>HTML (*.html)</source>
        <translation>HTML (*.html)</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Export review</source>
        <translation>Export review</translation>
    </message>
    <message>
        <source>Exported to %1.</source>
        <translation>Exported to %1.</translation>
    </message>
</context>
<context>
    <name>ReplayWindow</name>
    <message>
        <source>Replay: incident #%1 %2 — %3 (offline)</source>
        <translation>Replay: incident #%1 %2 — %3 (offline)</translation>
    </message>
    <message>
        <source>Events of the incident</source>
        <translation>Events of the incident</translation>
    </message>
    <message>
        <source>Replay time</source>
        <translation>Replay time</translation>
    </message>
    <message>
        <source>%1×</source>
        <translation>%1×</translation>
    </message>
    <message>
        <source>Replay speed</source>
        <translation>Replay speed</translation>
    </message>
    <message>
        <source>◀ Previous event</source>
        <translation>◀ Previous event</translation>
    </message>
    <message>
        <source>Next event ▶</source>
        <translation>Next event ▶</translation>
    </message>
    <message>
        <source>&amp;Annotate…</source>
        <translation>&amp;Annotate…</translation>
    </message>
    <message>
        <source>Jump to the previous event ([)</source>
        <translation>Jump to the previous event ([)</translation>
    </message>
    <message>
        <source>Jump to the next event (])</source>
        <translation>Jump to the next event (])</translation>
    </message>
    <message>
        <source>Note something at this moment; it is saved into the bundle</source>
        <translation>Note something at this moment; it is saved into the bundle</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;Save annotations</source>
        <translation>&amp;Save annotations</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Close</translation>
    </message>
    <message>
        <source>No source connected: everything shown comes from %1 (%2, made by %3).</source>
        <translation>No source connected: everything shown comes from %1 (%2, made by %3).</translation>
    </message>
    <message>
        <source>Some of the bundle&apos;s rules did not parse: %1</source>
        <translation>Some of the bundle&apos;s rules did not parse: %1</translation>
    </message>
    <message>
        <source>Annotate</source>
        <translation>Annotate</translation>
    </message>
    <message>
        <source>At %1:</source>
        <translation>At %1:</translation>
    </message>
    <message>
        <source>❚❚ Pause</source>
        <translation>❚❚ Pause</translation>
    </message>
    <message>
        <source>▶ Play</source>
        <translation>▶ Play</translation>
    </message>
    <message>
        <source>before the incident</source>
        <translation>before the incident</translation>
    </message>
    <message>
        <source>%1 · %2 since it fired</source>
        <translation>%1 · %2 since it fired</translation>
    </message>
    <message>
        <source>%1  ✎ %2</source>
        <translation>%1  ✎ %2</translation>
    </message>
    <message>
        <source>%1  %2</source>
        <translation>%1  %2</translation>
    </message>
    <message>
        <source>Annotations saved into %1.</source>
        <translation>Annotations saved into %1.</translation>
    </message>
    <message>
        <source>Annotations not saved: %1</source>
        <translation>Annotations not saved: %1</translation>
    </message>
</context>
<context>
    <name>RotationCalendar</name>
    <message>
        <source>No valid schedule to show.</source>
        <translation>No valid schedule to show.</translation>
    </message>
    <message>
        <source>nobody</source>
        <translation>nobody</translation>
    </message>
    <message>
        <source>%1%2
%3 → %4</source>
        <translation>%1%2
%3 → %4</translation>
    </message>
    <message>
        <source> (override)</source>
        <translation> (override)</translation>
    </message>
</context>
<context>
    <name>RotationEditor</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Pager</source>
        <translation>Pager</translation>
    </message>
    <message>
        <source>Slack</source>
        <translation>Slack</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Email</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>Days</translation>
    </message>
    <message>
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <source>To</source>
        <translation>To</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Member</translation>
    </message>
    <message>
        <source>From (zone time)</source>
        <translation>From (zone time)</translation>
    </message>
    <message>
        <source>To (zone time)</source>
        <translation>To (zone time)</translation>
    </message>
    <message>
        <source>Rotations</source>
        <translation>Rotations</translation>
    </message>
    <message>
        <source>1w, 1d, 12h</source>
        <translation>1w, 1d, 12h</translation>
    </message>
    <message>
        <source>Drag to change the turn order; the first member takes the first turn</source>
        <translation>Drag to change the turn order; the first member takes the first turn</translation>
    </message>
    <message>
        <source>Days: mon, tue, … or weekdays, weekend; times HH:MM (24:00 allowed)</source>
        <translation>Days: mon, tue, … or weekdays, weekend; times HH:MM (24:00 allowed)</translation>
    </message>
    <message>
        <source>Someone covering a period: the member&apos;s name and the times in the rotation&apos;s zone</source>
        <translation>Someone covering a period: the member&apos;s name and the times in the rotation&apos;s zone</translation>
    </message>
    <message>
        <source>Description:</source>
        <translation>Description:</translation>
    </message>
    <message>
        <source>Time zone:</source>
        <translation>Time zone:</translation>
    </message>
    <message>
        <source>Add member</source>
        <translation>Add member</translation>
    </message>
    <message>
        <source>Remove selected</source>
        <translation>Remove selected</translation>
    </message>
    <message>
        <source>Members (everyone the schedule can page)</source>
        <translation>Members (everyone the schedule can page)</translation>
    </message>
    <message>
        <source>Add layer</source>
        <translation>Add layer</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>Lower</source>
        <translation>Lower</translation>
    </message>
    <message>
        <source>Higher</source>
        <translation>Higher</translation>
    </message>
    <message>
        <source>Move the layer down: later layers win where they have someone</source>
        <translation>Move the layer down: later layers win where they have someone</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <source>First turn starts:</source>
        <translation>First turn starts:</translation>
    </message>
    <message>
        <source>Handoff every:</source>
        <translation>Handoff every:</translation>
    </message>
    <message>
        <source>Add to layer</source>
        <translation>Add to layer</translation>
    </message>
    <message>
        <source>Remove from layer</source>
        <translation>Remove from layer</translation>
    </message>
    <message>
        <source>Turn order:</source>
        <translation>Turn order:</translation>
    </message>
    <message>
        <source>Add restriction</source>
        <translation>Add restriction</translation>
    </message>
    <message>
        <source>Only during:</source>
        <translation>Only during:</translation>
    </message>
    <message>
        <source>Layers (lowest first)</source>
        <translation>Layers (lowest first)</translation>
    </message>
    <message>
        <source>Add override</source>
        <translation>Add override</translation>
    </message>
    <message>
        <source>Overrides</source>
        <translation>Overrides</translation>
    </message>
    <message>
        <source>From:</source>
        <translation>From:</translation>
    </message>
    <message>
        <source>14 days; hover for who, from, until. Dashed: an override. Red line: now.</source>
        <translation>14 days; hover for who, from, until. Dashed: an override. Red line: now.</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>Schedule</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>Calendar</translation>
    </message>
    <message>
        <source>&amp;New…</source>
        <translation>&amp;New…</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <source>Rotation:</source>
        <translation>Rotation:</translation>
    </message>
    <message>
        <source>new-member</source>
        <translation>new-member</translation>
    </message>
    <message>
        <source>layer-%1</source>
        <translation>layer-%1</translation>
    </message>
    <message>
        <source>Rotation %1 is not in the catalog.</source>
        <translation>Rotation %1 is not in the catalog.</translation>
    </message>
    <message>
        <source>Rotation %1.</source>
        <translation>Rotation %1.</translation>
    </message>
    <message>
        <source>time zone: &quot;%1&quot; is not an IANA zone (like America/New_York)</source>
        <translation>time zone: &quot;%1&quot; is not an IANA zone (like America/New_York)</translation>
    </message>
    <message>
        <source>members row %1: the name is empty</source>
        <translation>members row %1: the name is empty</translation>
    </message>
    <message>
        <source>members row %1: %2 is listed twice</source>
        <translation>members row %1: %2 is listed twice</translation>
    </message>
    <message>
        <source>members: a rotation needs at least one member</source>
        <translation>members: a rotation needs at least one member</translation>
    </message>
    <message>
        <source>layers: a rotation needs at least one layer</source>
        <translation>layers: a rotation needs at least one layer</translation>
    </message>
    <message>
        <source>layer %1 (%2)</source>
        <translation>layer %1 (%2)</translation>
    </message>
    <message>
        <source>%1: the name is empty</source>
        <translation>%1: the name is empty</translation>
    </message>
    <message>
        <source>%1: handoff: &quot;%2&quot; is not a duration like 1w, 1d or 12h</source>
        <translation>%1: handoff: &quot;%2&quot; is not a duration like 1w, 1d or 12h</translation>
    </message>
    <message>
        <source>%1: %2 is not a member of the rotation</source>
        <translation>%1: %2 is not a member of the rotation</translation>
    </message>
    <message>
        <source>%1: nobody takes turns; add members to the layer</source>
        <translation>%1: nobody takes turns; add members to the layer</translation>
    </message>
    <message>
        <source>%1: restriction %2: days: &quot;%3&quot; is not mon … sun, weekdays or weekend</source>
        <translation>%1: restriction %2: days: &quot;%3&quot; is not mon … sun, weekdays or weekend</translation>
    </message>
    <message>
        <source>%1: restriction %2: from/to: expected two different times HH:MM, got %3 and %4</source>
        <translation>%1: restriction %2: from/to: expected two different times HH:MM, got %3 and %4</translation>
    </message>
    <message>
        <source>overrides row %1: %2 is not a member of the rotation</source>
        <translation>overrides row %1: %2 is not a member of the rotation</translation>
    </message>
    <message>
        <source>overrides row %1: times must be YYYY-MM-DD HH:MM</source>
        <translation>overrides row %1: times must be YYYY-MM-DD HH:MM</translation>
    </message>
    <message>
        <source>overrides row %1: it ends before it starts</source>
        <translation>overrides row %1: it ends before it starts</translation>
    </message>
    <message>
        <source>overrides: two overrides overlap (%1 and %2); one person at a time</source>
        <translation>overrides: two overrides overlap (%1 and %2); one person at a time</translation>
    </message>
    <message>
        <source>The calendar shows nothing until this is fixed: %1</source>
        <translation>The calendar shows nothing until this is fixed: %1</translation>
    </message>
    <message>
        <source>Rotation %1 saved; paging follows it from now on.</source>
        <translation>Rotation %1 saved; paging follows it from now on.</translation>
    </message>
    <message>
        <source>New rotation</source>
        <translation>New rotation</translation>
    </message>
    <message>
        <source>Rotation id (letters, digits, _ . -):</source>
        <translation>Rotation id (letters, digits, _ . -):</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a rotation id: use letters, digits, _ . -</source>
        <translation>&quot;%1&quot; is not a rotation id: use letters, digits, _ . -</translation>
    </message>
    <message>
        <source>New rotation %1: add members and layers, then save.</source>
        <translation>New rotation %1: add members and layers, then save.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>S&amp;how</source>
        <translation>S&amp;how</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>https://hooks.slack.com/services/…</source>
        <translation>https://hooks.slack.com/services/…</translation>
    </message>
    <message>
        <source>Incidents are posted to Slack through an incoming webhook. The URL is stored in the system keychain, not in the settings file.</source>
        <translation>Incidents are posted to Slack through an incoming webhook. The URL is stored in the system keychain, not in the settings file.</translation>
    </message>
    <message>
        <source>Slack &amp;webhook URL:</source>
        <translation>Slack &amp;webhook URL:</translation>
    </message>
    <message>
        <source>Checking whether Slack notifications are enabled…</source>
        <translation>Checking whether Slack notifications are enabled…</translation>
    </message>
    <message>
        <source>Slack notifications are enabled. Enter a new URL to replace the stored one.</source>
        <translation>Slack notifications are enabled. Enter a new URL to replace the stored one.</translation>
    </message>
    <message>
        <source>Slack notifications are disabled.</source>
        <translation>Slack notifications are disabled.</translation>
    </message>
    <message>
        <source>Enter the webhook URL.</source>
        <translation>Enter the webhook URL.</translation>
    </message>
    <message>
        <source>This is not a valid URL. Expected something like https://hooks.slack.com/services/…</source>
        <translation>This is not a valid URL. Expected something like https://hooks.slack.com/services/…</translation>
    </message>
    <message>
        <source>The URL must start with https:// (or http://), not %1:.</source>
        <translation>The URL must start with https:// (or http://), not %1:.</translation>
    </message>
    <message>
        <source>The URL has no host name.</source>
        <translation>The URL has no host name.</translation>
    </message>
    <message>
        <source>Saving to the keychain…</source>
        <translation>Saving to the keychain…</translation>
    </message>
    <message>
        <source>The keychain refused to store the URL: %1</source>
        <translation>The keychain refused to store the URL: %1</translation>
    </message>
    <message>
        <source>System default (%1)</source>
        <translation>System default (%1)</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Language:</translation>
    </message>
</context>
<context>
    <name>SilenceEditor</name>
    <message>
        <source>Until this incident resolves</source>
        <translation>Until this incident resolves</translation>
    </message>
    <message>
        <source>&amp;Create silence</source>
        <translation>&amp;Create silence</translation>
    </message>
    <message>
        <source>Silence incident #%1</source>
        <translation>Silence incident #%1</translation>
    </message>
    <message>
        <source>New silence</source>
        <translation>New silence</translation>
    </message>
    <message>
        <source>{alertname=&quot;AID_LAT_P95_HIGH&quot;, service=~&quot;aid.*&quot;}</source>
        <translation>{alertname=&quot;AID_LAT_P95_HIGH&quot;, service=~&quot;aid.*&quot;}</translation>
    </message>
    <message>
        <source>Why: shown on every incident this silence holds back</source>
        <translation>Why: shown on every incident this silence holds back</translation>
    </message>
    <message>
        <source>&amp;Matchers:</source>
        <translation>&amp;Matchers:</translation>
    </message>
    <message>
        <source>S&amp;tarts:</source>
        <translation>S&amp;tarts:</translation>
    </message>
    <message>
        <source>&amp;Duration:</source>
        <translation>&amp;Duration:</translation>
    </message>
    <message>
        <source>Created &amp;by:</source>
        <translation>Created &amp;by:</translation>
    </message>
    <message>
        <source>&amp;Comment:</source>
        <translation>&amp;Comment:</translation>
    </message>
    <message>
        <source>Matchers as in Alertmanager: = != =~ !~, regexes match the whole value, every matcher must match, a missing label equals &quot;&quot;. A silenced incident is still recorded and resolved; only its notifications are held back.</source>
        <translation>Matchers as in Alertmanager: = != =~ !~, regexes match the whole value, every matcher must match, a missing label equals &quot;&quot;. A silenced incident is still recorded and resolved; only its notifications are held back.</translation>
    </message>
    <message>
        <source>duration: &quot;%1&quot; is not a duration like 30m, 2h, 1d</source>
        <translation>duration: &quot;%1&quot; is not a duration like 30m, 2h, 1d</translation>
    </message>
</context>
<context>
    <name>SilencesDialog</name>
    <message>
        <source>Show &amp;expired</source>
        <translation>Show &amp;expired</translation>
    </message>
    <message>
        <source>E&amp;xpire</source>
        <translation>E&amp;xpire</translation>
    </message>
    <message>
        <source>Silences</source>
        <translation>Silences</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Matchers</source>
        <translation>Matchers</translation>
    </message>
    <message>
        <source>Starts</source>
        <translation>Starts</translation>
    </message>
    <message>
        <source>Ends</source>
        <translation>Ends</translation>
    </message>
    <message>
        <source>By</source>
        <translation>By</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Comment</translation>
    </message>
    <message>
        <source>&amp;New silence…</source>
        <translation>&amp;New silence…</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Close</translation>
    </message>
    <message>
        <source>expired</source>
        <translation>expired</translation>
    </message>
    <message>
        <source>pending</source>
        <translation>pending</translation>
    </message>
    <message>
        <source>active</source>
        <translation>active</translation>
    </message>
    <message>
        <source>when #%1 resolves</source>
        <translation>when #%1 resolves</translation>
    </message>
</context>
<context>
    <name>SlosDialog</name>
    <message>
        <source>SLO</source>
        <translation>SLO</translation>
    </message>
    <message>
        <source>SLI</source>
        <translation>SLI</translation>
    </message>
    <message>
        <source>Objective</source>
        <translation>Objective</translation>
    </message>
    <message>
        <source>Window</source>
        <translation>Window</translation>
    </message>
    <message>
        <source>Budget left</source>
        <translation>Budget left</translation>
    </message>
    <message>
        <source>Burn 5m</source>
        <translation>Burn 5m</translation>
    </message>
    <message>
        <source>Burn 1h</source>
        <translation>Burn 1h</translation>
    </message>
    <message>
        <source>Burn 6h</source>
        <translation>Burn 6h</translation>
    </message>
    <message>
        <source>Burn 3d</source>
        <translation>Burn 3d</translation>
    </message>
    <message>
        <source>Firing</source>
        <translation>Firing</translation>
    </message>
    <message>
        <source>Service level objectives</source>
        <translation>Service level objectives</translation>
    </message>
    <message>
        <source>Burn rate: how many times faster than the objective allows the error budget is spent. Pages at 14.4× over 1h and 5m or 6× over 6h and 30m; a ticket at 1× over 3d and 6h. Add SLOs with opsctl slo create FILE.</source>
        <translation>Burn rate: how many times faster than the objective allows the error budget is spent. Pages at 14.4× over 1h and 5m or 6× over 6h and 30m; a ticket at 1× over 3d and 6h. Add SLOs with opsctl slo create FILE.</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Close</translation>
    </message>
    <message>
        <source>no data</source>
        <translation>no data</translation>
    </message>
    <message>
        <source>%1 %2 %3</source>
        <translation>%1 %2 %3</translation>
    </message>
    <message>
        <source>errors %1 / %2</source>
        <translation>errors %1 / %2</translation>
    </message>
    <message>
        <source>none</source>
        <translation>none</translation>
    </message>
</context>
<context>
    <name>SourcesDialog</name>
    <message>
        <source>Sources</source>
        <translation>Sources</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Last answer</source>
        <translation>Last answer</translation>
    </message>
    <message>
        <source>Latency</source>
        <translation>Latency</translation>
    </message>
    <message>
        <source>Last error</source>
        <translation>Last error</translation>
    </message>
    <message>
        <source>Operational store: %1 (this workstation only). Rules are evaluated here.</source>
        <translation>Operational store: %1 (this workstation only). Rules are evaluated here.</translation>
    </message>
    <message>
        <source>Operational store: %1 (shared). This workstation holds the evaluator lease: rules are evaluated, escalated and notified here.</source>
        <translation>Operational store: %1 (shared). This workstation holds the evaluator lease: rules are evaluated, escalated and notified here.</translation>
    </message>
    <message>
        <source>Operational store: %1 (shared). Standing by: another workstation holds the evaluator lease; this one takes over within a second if it goes away.</source>
        <translation>Operational store: %1 (shared). Standing by: another workstation holds the evaluator lease; this one takes over within a second if it goes away.</translation>
    </message>
    <message>
        <source>%1 — retrying in %2 s</source>
        <translation>%1 — retrying in %2 s</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
</context>
<context>
    <name>SourcesIndicator</name>
    <message>
        <source>Sources: %1 ok · %2 failing (%3)</source>
        <translation>Sources: %1 ok · %2 failing (%3)</translation>
    </message>
    <message>
        <source>Sources: %1 ok</source>
        <translation>Sources: %1 ok</translation>
    </message>
    <message>
        <source>evaluating here</source>
        <translation>evaluating here</translation>
    </message>
    <message>
        <source>standing by</source>
        <translation>standing by</translation>
    </message>
    <message>
        <source>Click for every source&apos;s state, latency and last error</source>
        <translation>Click for every source&apos;s state, latency and last error</translation>
    </message>
</context>
<context>
    <name>StatTile</name>
    <message>
        <source>no data</source>
        <translation>no data</translation>
    </message>
</context>
<context>
    <name>TileWidget</name>
    <message>
        <source>STALE · no data</source>
        <translation>STALE · no data</translation>
    </message>
    <message>
        <source>STALE · %1 s ago</source>
        <translation>STALE · %1 s ago</translation>
    </message>
    <message>
        <source>STALE · %1 min ago</source>
        <translation>STALE · %1 min ago</translation>
    </message>
    <message>
        <source>STALE · %1 h ago</source>
        <translation>STALE · %1 h ago</translation>
    </message>
</context>
<context>
    <name>TraceDialog</name>
    <message>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Value</translation>
    </message>
    <message>
        <source>Series</source>
        <translation>Series</translation>
    </message>
    <message>
        <source>Incident</source>
        <translation>Incident</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>Opened</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Rule</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>Trace %1</source>
        <translation>Trace %1</translation>
    </message>
    <message>
        <source>Looking up trace_id &lt;b&gt;%1&lt;/b&gt;…</source>
        <translation>Looking up trace_id &lt;b&gt;%1&lt;/b&gt;…</translation>
    </message>
    <message>
        <source>Samples that carry it</source>
        <translation>Samples that carry it</translation>
    </message>
    <message>
        <source>Incidents that carry it (double-click to show one)</source>
        <translation>Incidents that carry it (double-click to show one)</translation>
    </message>
    <message numerus="yes">
        <source>trace_id &lt;b&gt;%1&lt;/b&gt;: %n sample(s)</source>
        <translation>
            <numerusform>trace_id &lt;b&gt;%1&lt;/b&gt;: %n sample</numerusform>
            <numerusform>trace_id &lt;b&gt;%1&lt;/b&gt;: %n samples</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n incident(s)</source>
        <translation>
            <numerusform>, %n incident</numerusform>
            <numerusform>, %n incidents</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WindowHost</name>
    <message>
        <source>The language was not changed: close the windows with unsaved changes, then choose it again.</source>
        <translation>The language was not changed: close the windows with unsaved changes, then choose it again.</translation>
    </message>
</context>
<context>
    <name>hms</name>
    <message>
        <source>body: expected a JSON object {&quot;file&quot;: ..., &quot;content&quot;: ...} (%1 at offset %2)</source>
        <translation>body: expected a JSON object {&quot;file&quot;: ..., &quot;content&quot;: ...} (%1 at offset %2)</translation>
    </message>
    <message>
        <source>content: expected the file&apos;s text as a string</source>
        <translation>content: expected the file&apos;s text as a string</translation>
    </message>
    <message>
        <source>cannot create %1: %2</source>
        <translation>cannot create %1: %2</translation>
    </message>
    <message>
        <source>cannot read the API token %1: %2</source>
        <translation>cannot read the API token %1: %2</translation>
    </message>
    <message>
        <source>none</source>
        <translation>none</translation>
    </message>
    <message>
        <source>RESOLVED %1 SVC=%2</source>
        <translation>RESOLVED %1 SVC=%2</translation>
    </message>
    <message>
        <source>:rotating_light: %1 SVC=%2 %3=%4</source>
        <translation>:rotating_light: %1 SVC=%2 %3=%4</translation>
    </message>
    <message>
        <source>Assignee</source>
        <translation>Assignee</translation>
    </message>
    <message>
        <source>unassigned</source>
        <translation>unassigned</translation>
    </message>
    <message>
        <source>%1 (pager #%2)</source>
        <translation>%1 (pager #%2)</translation>
    </message>
    <message>
        <source>Threshold</source>
        <translation>Threshold</translation>
    </message>
    <message>
        <source>Playbook</source>
        <translation>Playbook</translation>
    </message>
    <message>
        <source>Incident</source>
        <translation>Incident</translation>
    </message>
    <message>
        <source>expected one YAML document</source>
        <translation>expected one YAML document</translation>
    </message>
    <message>
        <source>expected a mapping with `scrape:`, got %1</source>
        <translation>expected a mapping with `scrape:`, got %1</translation>
    </message>
    <message>
        <source>scrape: expected a list of targets, got %1</source>
        <translation>scrape: expected a list of targets, got %1</translation>
    </message>
    <message>
        <source>scrape: expected a target mapping, got %1</source>
        <translation>scrape: expected a target mapping, got %1</translation>
    </message>
    <message>
        <source>%1: expected a string, got %2</source>
        <translation>%1: expected a string, got %2</translation>
    </message>
    <message>
        <source>url: expected an http(s) URL, got %1</source>
        <translation>url: expected an http(s) URL, got %1</translation>
    </message>
    <message>
        <source>%1: expected a duration of at least 100ms, got %2</source>
        <translation>%1: expected a duration of at least 100ms, got %2</translation>
    </message>
    <message>
        <source>%1: unknown field (valid: job, url, interval, timeout)</source>
        <translation>%1: unknown field (valid: job, url, interval, timeout)</translation>
    </message>
    <message>
        <source>scrape target: `job` and `url` are required</source>
        <translation>scrape target: `job` and `url` are required</translation>
    </message>
    <message>
        <source>invalid YAML: %1</source>
        <translation>invalid YAML: %1</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: expected _xN with N from 0 to 1000000</source>
        <translation>&quot;%1&quot;: expected _xN with N from 0 to 1000000</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: expected a number, _, stale, a+bxn, a-bxn, axn or _xn</source>
        <translation>&quot;%1&quot;: expected a number, _, stale, a+bxn, a-bxn, axn or _xn</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: expected a+bxn, a-bxn or axn with numbers a, b and a count n from 0 to 1000000</source>
        <translation>&quot;%1&quot;: expected a+bxn, a-bxn or axn with numbers a, b and a count n from 0 to 1000000</translation>
    </message>
    <message>
        <source>more than 10000000 values</source>
        <translation>more than 10000000 values</translation>
    </message>
    <message>
        <source>expected a metric name</source>
        <translation>expected a metric name</translation>
    </message>
    <message>
        <source>expected a label name or &apos;}&apos;</source>
        <translation>expected a label name or &apos;}&apos;</translation>
    </message>
    <message>
        <source>expected &apos;=&apos; after the label %1</source>
        <translation>expected &apos;=&apos; after the label %1</translation>
    </message>
    <message>
        <source>expected a double-quoted value for the label %1</source>
        <translation>expected a double-quoted value for the label %1</translation>
    </message>
    <message>
        <source>the value of the label %1 has no closing quote</source>
        <translation>the value of the label %1 has no closing quote</translation>
    </message>
    <message>
        <source>the label %1 appears twice</source>
        <translation>the label %1 appears twice</translation>
    </message>
    <message>
        <source>unexpected text after the series</source>
        <translation>unexpected text after the series</translation>
    </message>
    <message>
        <source>the backreference %1 is not supported by Alertmanager&apos;s regular expressions (RE2)</source>
        <translation>the backreference %1 is not supported by Alertmanager&apos;s regular expressions (RE2)</translation>
    </message>
    <message>
        <source>the lookahead %1 is not supported by Alertmanager&apos;s regular expressions (RE2)</source>
        <translation>the lookahead %1 is not supported by Alertmanager&apos;s regular expressions (RE2)</translation>
    </message>
    <message>
        <source>the lookbehind %1 is not supported by Alertmanager&apos;s regular expressions (RE2)</source>
        <translation>the lookbehind %1 is not supported by Alertmanager&apos;s regular expressions (RE2)</translation>
    </message>
    <message>
        <source>the atomic group (?&gt; is not supported by Alertmanager&apos;s regular expressions (RE2)</source>
        <translation>the atomic group (?&gt; is not supported by Alertmanager&apos;s regular expressions (RE2)</translation>
    </message>
    <message>
        <source>the control verb (*...) is not supported by Alertmanager&apos;s regular expressions (RE2)</source>
        <translation>the control verb (*...) is not supported by Alertmanager&apos;s regular expressions (RE2)</translation>
    </message>
    <message>
        <source>RESOLVED %1: %2 alerts</source>
        <translation>RESOLVED %1: %2 alerts</translation>
    </message>
    <message>
        <source>:rotating_light: %1: %2 firing, %3 resolved</source>
        <translation>:rotating_light: %1: %2 firing, %3 resolved</translation>
    </message>
    <message>
        <source>… and %1 more</source>
        <translation>… and %1 more</translation>
    </message>
    <message>
        <source>%1%2: expected a string</source>
        <translation>%1%2: expected a string</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not an http(s) link</source>
        <translation>%1: &quot;%2&quot; is not an http(s) link</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Draft</translation>
    </message>
    <message>
        <source>In review</source>
        <translation>In review</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>Published</translation>
    </message>
    <message>
        <source>%1 on %2: %3 %4 crossed %5; resolved after %6.</source>
        <translation>%1 on %2: %3 %4 crossed %5; resolved after %6.</translation>
    </message>
    <message>
        <source>%1 on %2: %3 %4 crossed %5.</source>
        <translation>%1 on %2: %3 %4 crossed %5.</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1 min %2 s</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <source>%1 d %2 h</source>
        <translation>%1 d %2 h</translation>
    </message>
    <message>
        <source>SLO %1 (%2 over %3): no recorded slices for this window</source>
        <translation>SLO %1 (%2 over %3): no recorded slices for this window</translation>
    </message>
    <message>
        <source>SLO %1 (%2 over %3): %4 of the error budget burned (%5 bad of %6 in the window)</source>
        <translation>SLO %1 (%2 over %3): %4 of the error budget burned (%5 bad of %6 in the window)</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <source># Post-incident review: incident #%1, %2</source>
        <translation># Post-incident review: incident #%1, %2</translation>
    </message>
    <message>
        <source>*Blameless review. Status: %1 · version %2 · last edited by %3 at %4*</source>
        <translation>*Blameless review. Status: %1 · version %2 · last edited by %3 at %4*</translation>
    </message>
    <message>
        <source>nobody yet</source>
        <translation>nobody yet</translation>
    </message>
    <message>
        <source>never</source>
        <translation>never</translation>
    </message>
    <message>
        <source>## Summary</source>
        <translation>## Summary</translation>
    </message>
    <message>
        <source>## Impact</source>
        <translation>## Impact</translation>
    </message>
    <message>
        <source>Service: %1 (%2 %3, threshold %4)</source>
        <translation>Service: %1 (%2 %3, threshold %4)</translation>
    </message>
    <message>
        <source>From %1 to %2%3</source>
        <translation>From %1 to %2%3</translation>
    </message>
    <message>
        <source> (still open)</source>
        <translation> (still open)</translation>
    </message>
    <message>
        <source>Duration: %1</source>
        <translation>Duration: %1</translation>
    </message>
    <message>
        <source>No SLO covers this service or metric.</source>
        <translation>No SLO covers this service or metric.</translation>
    </message>
    <message>
        <source>## Timeline</source>
        <translation>## Timeline</translation>
    </message>
    <message>
        <source>| Time (UTC) | | What happened |</source>
        <translation>| Time (UTC) | | What happened |</translation>
    </message>
    <message>
        <source>## Contributing factors</source>
        <translation>## Contributing factors</translation>
    </message>
    <message>
        <source>## What went well</source>
        <translation>## What went well</translation>
    </message>
    <message>
        <source>## Learnings</source>
        <translation>## Learnings</translation>
    </message>
    <message>
        <source>## Action items</source>
        <translation>## Action items</translation>
    </message>
    <message>
        <source>| Done | Action | Owner | Due | Link |</source>
        <translation>| Done | Action | Owner | Due | Link |</translation>
    </message>
    <message>
        <source>Root-cause issue: &lt;%1&gt;</source>
        <translation>Root-cause issue: &lt;%1&gt;</translation>
    </message>
    <message>
        <source>Incident #%1 review</source>
        <translation>Incident #%1 review</translation>
    </message>
    <message>
        <source>Post-incident review: incident #%1, %2</source>
        <translation>Post-incident review: incident #%1, %2</translation>
    </message>
    <message>
        <source>Blameless review. Status: %1 · version %2 · last edited by %3 at %4</source>
        <translation>Blameless review. Status: %1 · version %2 · last edited by %3 at %4</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Summary</translation>
    </message>
    <message>
        <source>Impact</source>
        <translation>Impact</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Timeline</translation>
    </message>
    <message>
        <source>Time (UTC)</source>
        <translation>Time (UTC)</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>What happened</translation>
    </message>
    <message>
        <source>Contributing factors</source>
        <translation>Contributing factors</translation>
    </message>
    <message>
        <source>What went well</source>
        <translation>What went well</translation>
    </message>
    <message>
        <source>Learnings</source>
        <translation>Learnings</translation>
    </message>
    <message>
        <source>Action items</source>
        <translation>Action items</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Done</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Owner</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Due</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Link</translation>
    </message>
    <message>
        <source>Root-cause issue:</source>
        <translation>Root-cause issue:</translation>
    </message>
    <message>
        <source>shorter than its length</source>
        <translation>shorter than its length</translation>
    </message>
    <message>
        <source>claims %1 bytes inflated</source>
        <translation>claims %1 bytes inflated</translation>
    </message>
    <message>
        <source>its compressed samples do not inflate to the %1 bytes it declares</source>
        <translation>its compressed samples do not inflate to the %1 bytes it declares</translation>
    </message>
    <message>
        <source>META: not a JSON object (%1 at offset %2)</source>
        <translation>META: not a JSON object (%1 at offset %2)</translation>
    </message>
    <message>
        <source>META.incident: missing</source>
        <translation>META.incident: missing</translation>
    </message>
    <message>
        <source>META.rca.%1</source>
        <translation>META.rca.%1</translation>
    </message>
    <message>
        <source>shorter than its header length</source>
        <translation>shorter than its header length</translation>
    </message>
    <message>
        <source>header length %1 past the section&apos;s end</source>
        <translation>header length %1 past the section&apos;s end</translation>
    </message>
    <message>
        <source>header: not a JSON object (%1)</source>
        <translation>header: not a JSON object (%1)</translation>
    </message>
    <message>
        <source>header.name: missing</source>
        <translation>header.name: missing</translation>
    </message>
    <message>
        <source>header.count: %1 samples cannot fit in %2 bytes</source>
        <translation>header.count: %1 samples cannot fit in %2 bytes</translation>
    </message>
    <message>
        <source>samples: the Gorilla stream does not decode</source>
        <translation>samples: the Gorilla stream does not decode</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>cancelled</translation>
    </message>
    <message>
        <source>%1: cannot write: %2</source>
        <translation>%1: cannot write: %2</translation>
    </message>
    <message>
        <source>cancelled; %1 was not written</source>
        <translation>cancelled; %1 was not written</translation>
    </message>
    <message>
        <source>%1: write failed: %2</source>
        <translation>%1: write failed: %2</translation>
    </message>
    <message>
        <source>%1: could not be saved: %2</source>
        <translation>%1: could not be saved: %2</translation>
    </message>
    <message>
        <source>damaged: the file header was changed in transit (was it copied as text?)</source>
        <translation>damaged: the file header was changed in transit (was it copied as text?)</translation>
    </message>
    <message>
        <source>not an HMS Ops Center incident bundle (it does not start with the bundle header)</source>
        <translation>not an HMS Ops Center incident bundle (it does not start with the bundle header)</translation>
    </message>
    <message>
        <source>damaged: the file ends inside its header (%1 bytes)</source>
        <translation>damaged: the file ends inside its header (%1 bytes)</translation>
    </message>
    <message>
        <source>this bundle has format version %1, newer than this program reads (%2); open it with a newer HMS Ops Center</source>
        <translation>this bundle has format version %1, newer than this program reads (%2); open it with a newer HMS Ops Center</translation>
    </message>
    <message>
        <source>damaged: format version 0</source>
        <translation>damaged: format version 0</translation>
    </message>
    <message>
        <source>damaged: the file ends inside the header of section %1 at byte %2</source>
        <translation>damaged: the file ends inside the header of section %1 at byte %2</translation>
    </message>
    <message>
        <source>damaged: section %1 (%2) at byte %3 claims %4 bytes</source>
        <translation>damaged: section %1 (%2) at byte %3 claims %4 bytes</translation>
    </message>
    <message>
        <source>damaged: the file ends inside section %1 (%2) at byte %3; was the copy cut short?</source>
        <translation>damaged: the file ends inside section %1 (%2) at byte %3; was the copy cut short?</translation>
    </message>
    <message>
        <source>damaged: section %1 (%2) at byte %3 fails its checksum</source>
        <translation>damaged: section %1 (%2) at byte %3 fails its checksum</translation>
    </message>
    <message>
        <source>damaged: section %1 at byte %2: %3</source>
        <translation>damaged: section %1 at byte %2: %3</translation>
    </message>
    <message>
        <source>damaged: series section %1 at byte %2: %3</source>
        <translation>damaged: series section %1 at byte %2: %3</translation>
    </message>
    <message>
        <source>damaged: the end section at byte %1 counts %2 series, the file holds %3</source>
        <translation>damaged: the end section at byte %1 counts %2 series, the file holds %3</translation>
    </message>
    <message>
        <source>damaged: no META section</source>
        <translation>damaged: no META section</translation>
    </message>
    <message>
        <source>damaged: the file ends after %1 bytes without its end section; was the copy cut short?</source>
        <translation>damaged: the file ends after %1 bytes without its end section; was the copy cut short?</translation>
    </message>
    <message>
        <source>%1: cannot open: %2</source>
        <translation>%1: cannot open: %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>no incident %1</source>
        <translation>no incident %1</translation>
    </message>
    <message>
        <source>series %1 has %2 samples; a bundle holds at most %3 per series (choose a smaller margin)</source>
        <translation>series %1 has %2 samples; a bundle holds at most %3 per series (choose a smaller margin)</translation>
    </message>
    <message>
        <source>series %1 does not fit in a bundle section</source>
        <translation>series %1 does not fit in a bundle section</translation>
    </message>
    <message>
        <source>META: the window from_ms %1 to to_ms %2 is not a window of at most %3 days</source>
        <translation>META: the window from_ms %1 to to_ms %2 is not a window of at most %3 days</translation>
    </message>
    <message>
        <source>header.count: %1 samples is past what a bundle holds (%2 per series, %3 in all)</source>
        <translation>header.count: %1 samples is past what a bundle holds (%2 per series, %3 in all)</translation>
    </message>
    <message>
        <source>the bundle&apos;s window must be at most %1 days</source>
        <translation>the bundle&apos;s window must be at most %1 days</translation>
    </message>
    <message>
        <source>the incident&apos;s events and documents take %1 bytes, more than a bundle section holds</source>
        <translation>the incident&apos;s events and documents take %1 bytes, more than a bundle section holds</translation>
    </message>
    <message>
        <source>ops_database: %1</source>
        <translation>ops_database: %1</translation>
    </message>
    <message>
        <source>%1: unknown field (valid: scrape, sources, ops_database)</source>
        <translation>%1: unknown field (valid: scrape, sources, ops_database)</translation>
    </message>
    <message>
        <source>HTTP %1, not the query API&apos;s JSON (at byte %2: %3): %4</source>
        <translation>HTTP %1, not the query API&apos;s JSON (at byte %2: %3): %4</translation>
    </message>
    <message>
        <source>HTTP %1: expected a JSON object</source>
        <translation>HTTP %1: expected a JSON object</translation>
    </message>
    <message>
        <source>status: expected &quot;success&quot; or &quot;error&quot;, got &quot;%1&quot;</source>
        <translation>status: expected &quot;success&quot; or &quot;error&quot;, got &quot;%1&quot;</translation>
    </message>
    <message>
        <source>data.result: expected [time, &quot;value&quot;]</source>
        <translation>data.result: expected [time, &quot;value&quot;]</translation>
    </message>
    <message>
        <source>data.resultType: expected vector, matrix, scalar or string, got &quot;%1&quot;</source>
        <translation>data.resultType: expected vector, matrix, scalar or string, got &quot;%1&quot;</translation>
    </message>
    <message>
        <source>data.result: expected a list</source>
        <translation>data.result: expected a list</translation>
    </message>
    <message>
        <source>%1.metric: expected an object of label strings</source>
        <translation>%1.metric: expected an object of label strings</translation>
    </message>
    <message>
        <source>%1.value: expected [time, &quot;value&quot;]</source>
        <translation>%1.value: expected [time, &quot;value&quot;]</translation>
    </message>
    <message>
        <source>%1.values: expected a list</source>
        <translation>%1.values: expected a list</translation>
    </message>
    <message>
        <source>%1.values[%2]: expected [time, &quot;value&quot;]</source>
        <translation>%1.values[%2]: expected [time, &quot;value&quot;]</translation>
    </message>
    <message>
        <source>%1.values[%2]: time goes backwards</source>
        <translation>%1.values[%2]: time goes backwards</translation>
    </message>
</context>
<context>
    <name>hms::AlertmanagerApi</name>
    <message>
        <source>not JSON (at byte %1: %2)</source>
        <translation>not JSON (at byte %1: %2)</translation>
    </message>
    <message>
        <source>expected a list of alerts</source>
        <translation>expected a list of alerts</translation>
    </message>
    <message>
        <source>[%1]: expected an alert with labels and annotations as objects of strings</source>
        <translation>[%1]: expected an alert with labels and annotations as objects of strings</translation>
    </message>
</context>
<context>
    <name>hms::ApiServer</name>
    <message>
        <source>state: expected &quot;open&quot; or &quot;all&quot;, got &quot;%1&quot;</source>
        <translation>state: expected &quot;open&quot; or &quot;all&quot;, got &quot;%1&quot;</translation>
    </message>
    <message>
        <source>no incident %1</source>
        <translation>no incident %1</translation>
    </message>
    <message>
        <source>after: expected an event id (a non-negative integer)</source>
        <translation>after: expected an event id (a non-negative integer)</translation>
    </message>
    <message>
        <source>no playbook &quot;%1&quot;</source>
        <translation>no playbook &quot;%1&quot;</translation>
    </message>
    <message>
        <source>no rotation &quot;%1&quot;</source>
        <translation>no rotation &quot;%1&quot;</translation>
    </message>
    <message>
        <source>missing Authorization: Bearer &lt;token&gt; (the token is in DATA_DIR/api-token)</source>
        <translation>missing Authorization: Bearer &lt;token&gt; (the token is in DATA_DIR/api-token)</translation>
    </message>
    <message>
        <source>wrong API token</source>
        <translation>wrong API token</translation>
    </message>
    <message>
        <source>API: cannot listen on %1:%2</source>
        <translation>API: cannot listen on %1:%2</translation>
    </message>
    <message>
        <source>invalid body</source>
        <translation>invalid body</translation>
    </message>
    <message>
        <source>metric: required</source>
        <translation>metric: required</translation>
    </message>
    <message>
        <source>aggregate: &quot;%1&quot; is not one of pNN (p50, p95, p99.9...), mean, min, max, sum, count, rate, increase, last</source>
        <translation>aggregate: &quot;%1&quot; is not one of pNN (p50, p95, p99.9...), mean, min, max, sum, count, rate, increase, last</translation>
    </message>
    <message>
        <source>window: &quot;%1&quot; is not a duration like 30s, 1m, 1h</source>
        <translation>window: &quot;%1&quot; is not a duration like 30s, 1m, 1h</translation>
    </message>
    <message>
        <source>match: expected label=value[,label=value...]</source>
        <translation>match: expected label=value[,label=value...]</translation>
    </message>
    <message>
        <source>no rule named &quot;%1&quot;</source>
        <translation>no rule named &quot;%1&quot;</translation>
    </message>
    <message>
        <source>no such endpoint: %1 %2</source>
        <translation>no such endpoint: %1 %2</translation>
    </message>
    <message>
        <source>body: %1 bytes is over the limit of %2 bytes; send smaller batches</source>
        <translation>body: %1 bytes is over the limit of %2 bytes; send smaller batches</translation>
    </message>
    <message>
        <source>body: decompresses to more than %1 bytes; send smaller batches</source>
        <translation>body: decompresses to more than %1 bytes; send smaller batches</translation>
    </message>
    <message>
        <source>body: Content-Encoding is gzip but the body is not valid gzip</source>
        <translation>body: Content-Encoding is gzip but the body is not valid gzip</translation>
    </message>
    <message>
        <source>precision: &quot;%1&quot; is not one of ns, us, ms, s (or n, u, m, h)</source>
        <translation>precision: &quot;%1&quot; is not one of ns, us, ms, s (or n, u, m, h)</translation>
    </message>
    <message>
        <source>… and %1 more</source>
        <translation>… and %1 more</translation>
    </message>
    <message>
        <source>partial write: %1 of %2 lines rejected: %3</source>
        <translation>partial write: %1 of %2 lines rejected: %3</translation>
    </message>
    <message>
        <source>to: expected milliseconds since the epoch</source>
        <translation>to: expected milliseconds since the epoch</translation>
    </message>
    <message>
        <source>from: expected milliseconds since the epoch</source>
        <translation>from: expected milliseconds since the epoch</translation>
    </message>
    <message>
        <source>since: &quot;%1&quot; is not a duration like 30s, 1m, 1h</source>
        <translation>since: &quot;%1&quot; is not a duration like 30s, 1m, 1h</translation>
    </message>
    <message>
        <source>from: must be before to</source>
        <translation>from: must be before to</translation>
    </message>
    <message>
        <source>resolution: &quot;%1&quot; is not one of auto, raw, 1m, 1h</source>
        <translation>resolution: &quot;%1&quot; is not one of auto, raw, 1m, 1h</translation>
    </message>
    <message>
        <source>query_range: more than %1 points; narrow the range or ask for resolution=1m or 1h</source>
        <translation>query_range: more than %1 points; narrow the range or ask for resolution=1m or 1h</translation>
    </message>
    <message>
        <source>alert state: %1</source>
        <translation>alert state: %1</translation>
    </message>
    <message>
        <source>body: expected a JSON object (%1 at byte %2)</source>
        <translation>body: expected a JSON object (%1 at byte %2)</translation>
    </message>
    <message>
        <source>duration: &quot;%1&quot; is not a duration like 30m, 2h, 1d</source>
        <translation>duration: &quot;%1&quot; is not a duration like 30m, 2h, 1d</translation>
    </message>
    <message>
        <source>there is no silence %1</source>
        <translation>there is no silence %1</translation>
    </message>
    <message>
        <source>to: required: who takes the incident</source>
        <translation>to: required: who takes the incident</translation>
    </message>
    <message>
        <source>at: expected an RFC 3339 time with an offset, like &quot;2026-03-08T09:00:00-04:00&quot;, or epoch milliseconds, got &quot;%1&quot;</source>
        <translation>at: expected an RFC 3339 time with an offset, like &quot;2026-03-08T09:00:00-04:00&quot;, or epoch milliseconds, got &quot;%1&quot;</translation>
    </message>
    <message>
        <source>no SLO &quot;%1&quot;</source>
        <translation>no SLO &quot;%1&quot;</translation>
    </message>
    <message>
        <source>no notification #%1</source>
        <translation>no notification #%1</translation>
    </message>
    <message>
        <source>secret name: &quot;%1&quot; is not known; known: %2</source>
        <translation>secret name: &quot;%1&quot; is not known; known: %2</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 h</translation>
    </message>
    <message>
        <source>version: expected a positive integer, got &quot;%1&quot;</source>
        <translation>version: expected a positive integer, got &quot;%1&quot;</translation>
    </message>
    <message>
        <source>no version %1 of dashboard %2</source>
        <translation>no version %1 of dashboard %2</translation>
    </message>
    <message>
        <source>no dashboard %1</source>
        <translation>no dashboard %1</translation>
    </message>
    <message>
        <source>base_version: expected 0 or a positive integer, got &quot;%1&quot;</source>
        <translation>base_version: expected 0 or a positive integer, got &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>Not found</translation>
    </message>
    <message>
        <source>No dashboard %1</source>
        <translation>No dashboard %1</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>STALE · no data for %1</source>
        <translation>STALE · no data for %1</translation>
    </message>
    <message>
        <source>STALE · no data</source>
        <translation>STALE · no data</translation>
    </message>
    <message>
        <source>no data</source>
        <translation>no data</translation>
    </message>
    <message>
        <source>operational</source>
        <translation>operational</translation>
    </message>
    <message>
        <source>No open incidents</source>
        <translation>No open incidents</translation>
    </message>
    <message>
        <source>no rotation %1</source>
        <translation>no rotation %1</translation>
    </message>
    <message>
        <source>nobody</source>
        <translation>nobody</translation>
    </message>
    <message>
        <source>until %1</source>
        <translation>until %1</translation>
    </message>
    <message>
        <source>error budget left · %1</source>
        <translation>error budget left · %1</translation>
    </message>
    <message>
        <source>could not store %1 in the %2: %3</source>
        <translation>could not store %1 in the %2: %3</translation>
    </message>
    <message>
        <source>HMS Ops Center status</source>
        <translation>HMS Ops Center status</translation>
    </message>
    <message>
        <source>Services</source>
        <translation>Services</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>%1 incident</source>
        <translation>%1 incident</translation>
    </message>
    <message>
        <source>Open incidents (%1)</source>
        <translation>Open incidents (%1)</translation>
    </message>
    <message>
        <source>No open incidents.</source>
        <translation>No open incidents.</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Severity</translation>
    </message>
    <message>
        <source>Alert</source>
        <translation>Alert</translation>
    </message>
    <message>
        <source>Assignee</source>
        <translation>Assignee</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>Opened</translation>
    </message>
    <message>
        <source>unassigned</source>
        <translation>unassigned</translation>
    </message>
    <message>
        <source>On call now</source>
        <translation>On call now</translation>
    </message>
    <message>
        <source>Rotation</source>
        <translation>Rotation</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>Until</translation>
    </message>
    <message>
        <source>No incident #%1</source>
        <translation>No incident #%1</translation>
    </message>
    <message>
        <source>← Status</source>
        <translation>← Status</translation>
    </message>
    <message>
        <source>Condition</source>
        <translation>Condition</translation>
    </message>
    <message>
        <source>Labels</source>
        <translation>Labels</translation>
    </message>
    <message>
        <source>Acknowledged</source>
        <translation>Acknowledged</translation>
    </message>
    <message>
        <source>%1 by %2</source>
        <translation>%1 by %2</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Resolved</translation>
    </message>
    <message>
        <source>Playbook</source>
        <translation>Playbook</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Timeline</translation>
    </message>
    <message>
        <source>Incident #%1</source>
        <translation>Incident #%1</translation>
    </message>
    <message>
        <source>No playbook %1</source>
        <translation>No playbook %1</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Document</translation>
    </message>
    <message>
        <source>HMS Ops Center · generated %1</source>
        <translation>HMS Ops Center · generated %1</translation>
    </message>
    <message>
        <source>body: %1 at offset %2</source>
        <translation>body: %1 at offset %2</translation>
    </message>
    <message>
        <source>body: expected a JSON object</source>
        <translation>body: expected a JSON object</translation>
    </message>
    <message>
        <source>step: required, the step&apos;s index from 0</source>
        <translation>step: required, the step&apos;s index from 0</translation>
    </message>
    <message>
        <source>ids: required, a non-empty array of incident ids</source>
        <translation>ids: required, a non-empty array of incident ids</translation>
    </message>
    <message>
        <source>ids[%1]: expected an incident id</source>
        <translation>ids[%1]: expected an incident id</translation>
    </message>
    <message>
        <source>no playbook %1</source>
        <translation>no playbook %1</translation>
    </message>
    <message>
        <source>%1: expected a version of %2 (1 to %3)</source>
        <translation>%1: expected a version of %2 (1 to %3)</translation>
    </message>
    <message>
        <source>base_version: required, the version the edit started from (0 for a new playbook)</source>
        <translation>base_version: required, the version the edit started from (0 for a new playbook)</translation>
    </message>
    <message>
        <source>margin: &quot;%1&quot; is not a duration from 0s to 1d</source>
        <translation>margin: &quot;%1&quot; is not a duration from 0s to 1d</translation>
    </message>
    <message>
        <source>rca.%1</source>
        <translation>rca.%1</translation>
    </message>
    <message>
        <source>base_version: required, the version the edit started from (0 for a new review)</source>
        <translation>base_version: required, the version the edit started from (0 for a new review)</translation>
    </message>
    <message>
        <source>the samples could not be made durable (%1); nothing is acknowledged, send again</source>
        <translation>the samples could not be made durable (%1); nothing is acknowledged, send again</translation>
    </message>
    <message>
        <source>Host: &quot;%1&quot; is not a name of this instance; open it as 127.0.0.1 or localhost, or set notify.link_base to the address a reverse proxy serves it under</source>
        <translation>Host: &quot;%1&quot; is not a name of this instance; open it as 127.0.0.1 or localhost, or set notify.link_base to the address a reverse proxy serves it under</translation>
    </message>
</context>
<context>
    <name>hms::Catalog</name>
    <message>
        <source>rule %1: notify: unknown rotation &quot;%2&quot; (known: %3); create it first with `opsctl rotation create FILE`</source>
        <translation>rule %1: notify: unknown rotation &quot;%2&quot; (known: %3); create it first with `opsctl rotation create FILE`</translation>
    </message>
    <message>
        <source>rule %1: playbook: unknown playbook &quot;%2&quot; (known: %3); import it first with `opsctl playbook import FILE.md`</source>
        <translation>rule %1: playbook: unknown playbook &quot;%2&quot; (known: %3); import it first with `opsctl playbook import FILE.md`</translation>
    </message>
    <message>
        <source>rule %1: escalation: unknown escalation policy &quot;%2&quot; (known: %3); create it first with `opsctl escalation create FILE`</source>
        <translation>rule %1: escalation: unknown escalation policy &quot;%2&quot; (known: %3); create it first with `opsctl escalation create FILE`</translation>
    </message>
    <message>
        <source>steps[%1].rotation: unknown rotation &quot;%2&quot;; create it first with `opsctl rotation create FILE`</source>
        <translation>steps[%1].rotation: unknown rotation &quot;%2&quot;; create it first with `opsctl rotation create FILE`</translation>
    </message>
    <message>
        <source>rule %1: the name is taken by an SLO&apos;s generated alert; choose another</source>
        <translation>rule %1: the name is taken by an SLO&apos;s generated alert; choose another</translation>
    </message>
    <message>
        <source>notify: unknown rotation &quot;%1&quot;; create it first with `opsctl rotation create FILE`</source>
        <translation>notify: unknown rotation &quot;%1&quot;; create it first with `opsctl rotation create FILE`</translation>
    </message>
    <message>
        <source>playbook: unknown playbook &quot;%1&quot;; import it first with `opsctl playbook import FILE.md`</source>
        <translation>playbook: unknown playbook &quot;%1&quot;; import it first with `opsctl playbook import FILE.md`</translation>
    </message>
    <message>
        <source>escalation: unknown escalation policy &quot;%1&quot;; create it first with `opsctl escalation create FILE`</source>
        <translation>escalation: unknown escalation policy &quot;%1&quot;; create it first with `opsctl escalation create FILE`</translation>
    </message>
    <message>
        <source>id: the generated alert %1 would replace an installed rule of that name</source>
        <translation>id: the generated alert %1 would replace an installed rule of that name</translation>
    </message>
    <message>
        <source>import: %1</source>
        <translation>import: %1</translation>
    </message>
    <message>
        <source>the heading names playbook &quot;%1&quot;, but this is playbook &quot;%2&quot;; keep &quot;# Playbook: %2&quot;</source>
        <translation>the heading names playbook &quot;%1&quot;, but this is playbook &quot;%2&quot;; keep &quot;# Playbook: %2&quot;</translation>
    </message>
    <message>
        <source>playbook %1 does not exist any more</source>
        <translation>playbook %1 does not exist any more</translation>
    </message>
    <message>
        <source>conflict: %1 saved version %2 of %3 at %4 after you opened version %5; nothing was overwritten. Compare, merge your change into version %2 and save again.</source>
        <translation>conflict: %1 saved version %2 of %3 at %4 after you opened version %5; nothing was overwritten. Compare, merge your change into version %2 and save again.</translation>
    </message>
</context>
<context>
    <name>hms::Channels</name>
    <message>
        <source>%1: expected an http(s) URL</source>
        <translation>%1: expected an http(s) URL</translation>
    </message>
    <message>
        <source>%1: expected a 32-character PagerDuty integration key (letters and digits)</source>
        <translation>%1: expected a 32-character PagerDuty integration key (letters and digits)</translation>
    </message>
    <message>
        <source>setting &quot;%1&quot; is not known; known: %2</source>
        <translation>setting &quot;%1&quot; is not known; known: %2</translation>
    </message>
    <message>
        <source>%1: expected 1 or 0, got &quot;%2&quot;</source>
        <translation>%1: expected 1 or 0, got &quot;%2&quot;</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a severity; expected a comma list of critical, warning, info (empty: all)</source>
        <translation>%1: &quot;%2&quot; is not a severity; expected a comma list of critical, warning, info (empty: all)</translation>
    </message>
    <message>
        <source>notify.link_base: expected an http(s) URL without query, like https://ops.example.gov, got &quot;%1&quot;</source>
        <translation>notify.link_base: expected an http(s) URL without query, like https://ops.example.gov, got &quot;%1&quot;</translation>
    </message>
</context>
<context>
    <name>hms::Dashboard</name>
    <message>
        <source>a list</source>
        <translation>a list</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>an object</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>nothing</translation>
    </message>
    <message>
        <source>unknown field; known: %1</source>
        <translation>unknown field; known: %1</translation>
    </message>
    <message>
        <source>required</source>
        <translation>required</translation>
    </message>
    <message>
        <source>expected a string, got %1</source>
        <translation>expected a string, got %1</translation>
    </message>
    <message>
        <source>longer than %1 characters</source>
        <translation>longer than %1 characters</translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation>must not be empty</translation>
    </message>
    <message>
        <source>expected an integer from %1 to %2, got %3</source>
        <translation>expected an integer from %1 to %2, got %3</translation>
    </message>
    <message>
        <source>expected a duration from %1 to %2 such as &quot;1h&quot;, got &quot;%3&quot;</source>
        <translation>expected a duration from %1 to %2 such as &quot;1h&quot;, got &quot;%3&quot;</translation>
    </message>
    <message>
        <source>expected an object of label names and values, got %1</source>
        <translation>expected an object of label names and values, got %1</translation>
    </message>
    <message>
        <source>not a label name</source>
        <translation>not a label name</translation>
    </message>
    <message>
        <source>expected one of %1, got &quot;%2&quot;</source>
        <translation>expected one of %1, got &quot;%2&quot;</translation>
    </message>
    <message>
        <source>the tile reaches column %1, past the grid&apos;s %2 columns</source>
        <translation>the tile reaches column %1, past the grid&apos;s %2 columns</translation>
    </message>
    <message>
        <source>expected p50, p95, p99.9, mean, min, max, sum, count, rate, increase or last, got &quot;%1&quot;</source>
        <translation>expected p50, p95, p99.9, mean, min, max, sum, count, rate, increase or last, got &quot;%1&quot;</translation>
    </message>
    <message>
        <source>only chart and stat tiles read a metric</source>
        <translation>only chart and stat tiles read a metric</translation>
    </message>
    <message>
        <source>%1: expected a JSON object with name, title and tiles</source>
        <translation>%1: expected a JSON object with name, title and tiles</translation>
    </message>
    <message>
        <source>version %1 is newer than this program reads (%2); update HMS Ops Center</source>
        <translation>version %1 is newer than this program reads (%2); update HMS Ops Center</translation>
    </message>
    <message>
        <source>expected lower-case letters, digits, _ or - (it is the page&apos;s URL), got &quot;%1&quot;</source>
        <translation>expected lower-case letters, digits, _ or - (it is the page&apos;s URL), got &quot;%1&quot;</translation>
    </message>
    <message>
        <source>expected a list of tiles, got %1</source>
        <translation>expected a list of tiles, got %1</translation>
    </message>
    <message>
        <source>more than %1 tiles</source>
        <translation>more than %1 tiles</translation>
    </message>
    <message>
        <source>%1: expected an object, got %2</source>
        <translation>%1: expected an object, got %2</translation>
    </message>
    <message>
        <source>%1: overlaps tiles[%2] (columns %3–%4, rows %5–%6)</source>
        <translation>%1: overlaps tiles[%2] (columns %3–%4, rows %5–%6)</translation>
    </message>
    <message>
        <source>a tile with a query takes its series from the query; leave %1 out</source>
        <translation>a tile with a query takes its series from the query; leave %1 out</translation>
    </message>
    <message>
        <source>only chart and stat tiles read a query</source>
        <translation>only chart and stat tiles read a query</translation>
    </message>
    <message>
        <source>names where the tile&apos;s query runs; this tile has no query</source>
        <translation>names where the tile&apos;s query runs; this tile has no query</translation>
    </message>
</context>
<context>
    <name>hms::DashboardStore</name>
    <message>
        <source>ops.db: %1</source>
        <translation>ops.db: %1</translation>
    </message>
    <message>
        <source>dashboard %1 already exists (version %2); open it and save again, or import it to replace it</source>
        <translation>dashboard %1 already exists (version %2); open it and save again, or import it to replace it</translation>
    </message>
    <message>
        <source>dashboard %1 was saved by %2 as version %3 after you opened version %4; reload it and apply your changes again (nothing was overwritten)</source>
        <translation>dashboard %1 was saved by %2 as version %3 after you opened version %4; reload it and apply your changes again (nothing was overwritten)</translation>
    </message>
</context>
<context>
    <name>hms::Endpoints</name>
    <message>
        <source>cannot write %1: %2</source>
        <translation>cannot write %1: %2</translation>
    </message>
    <message>
        <source>no running instance found: %1 does not exist (start one with `hms-ops` or `hms-ops --headless`, or pass --server URL --token-file FILE)</source>
        <translation>no running instance found: %1 does not exist (start one with `hms-ops` or `hms-ops --headless`, or pass --server URL --token-file FILE)</translation>
    </message>
    <message>
        <source>%1 is damaged (%2)</source>
        <translation>%1 is damaged (%2)</translation>
    </message>
</context>
<context>
    <name>hms::Engine</name>
    <message>
        <source>cannot create the data directory %1</source>
        <translation>cannot create the data directory %1</translation>
    </message>
    <message>
        <source>series database %1: %2</source>
        <translation>series database %1: %2</translation>
    </message>
</context>
<context>
    <name>hms::EscalationPolicy</name>
    <message>
        <source>expected a string, got %1</source>
        <translation>expected a string, got %1</translation>
    </message>
    <message>
        <source>expected a field name, got %1</source>
        <translation>expected a field name, got %1</translation>
    </message>
    <message>
        <source>unknown field; valid fields are: %1</source>
        <translation>unknown field; valid fields are: %1</translation>
    </message>
    <message>
        <source>field given twice</source>
        <translation>field given twice</translation>
    </message>
    <message>
        <source>required field missing</source>
        <translation>required field missing</translation>
    </message>
    <message>
        <source>expected an id of letters, digits, &apos;_&apos;, &apos;.&apos; or &apos;-&apos;, got %1</source>
        <translation>expected an id of letters, digits, &apos;_&apos;, &apos;.&apos; or &apos;-&apos;, got %1</translation>
    </message>
    <message>
        <source>expected a mapping with a name, got %1</source>
        <translation>expected a mapping with a name, got %1</translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation>must not be empty</translation>
    </message>
    <message>
        <source>expected a mapping with rotation or person, and after, got %1</source>
        <translation>expected a mapping with rotation or person, and after, got %1</translation>
    </message>
    <message>
        <source>give either rotation or person, not both</source>
        <translation>give either rotation or person, not both</translation>
    </message>
    <message>
        <source>expected rotation or person, got neither</source>
        <translation>expected rotation or person, got neither</translation>
    </message>
    <message>
        <source>expected a duration from 1m to 24h, like &quot;5m&quot; or &quot;1h30m&quot;, got %1</source>
        <translation>expected a duration from 1m to 24h, like &quot;5m&quot; or &quot;1h30m&quot;, got %1</translation>
    </message>
    <message>
        <source>expected an escalation policy (a mapping), got %1</source>
        <translation>expected an escalation policy (a mapping), got %1</translation>
    </message>
    <message>
        <source>expected a whole number from 0 to %1, got %2</source>
        <translation>expected a whole number from 0 to %1, got %2</translation>
    </message>
    <message>
        <source>expected a list of 1 to %1 steps, got %2</source>
        <translation>expected a list of 1 to %1 steps, got %2</translation>
    </message>
    <message>
        <source>expected at most %1 steps, got %2</source>
        <translation>expected at most %1 steps, got %2</translation>
    </message>
    <message>
        <source>invalid YAML: unexpected character</source>
        <translation>invalid YAML: unexpected character</translation>
    </message>
    <message>
        <source>expected one YAML document, found a second one</source>
        <translation>expected one YAML document, found a second one</translation>
    </message>
    <message>
        <source>the file holds no escalation policy</source>
        <translation>the file holds no escalation policy</translation>
    </message>
    <message>
        <source>invalid YAML: nested more than %1 levels deep</source>
        <translation>invalid YAML: nested more than %1 levels deep</translation>
    </message>
    <message>
        <source>invalid YAML: %1</source>
        <translation>invalid YAML: %1</translation>
    </message>
    <message>
        <source>cannot read: %1</source>
        <translation>cannot read: %1</translation>
    </message>
</context>
<context>
    <name>hms::Evaluator</name>
    <message>
        <source>no Prometheus-compatible source is configured</source>
        <translation>no Prometheus-compatible source is configured</translation>
    </message>
</context>
<context>
    <name>hms::EvaluatorLease</name>
    <message>
        <source>lost the connection holding the evaluator lease: %1</source>
        <translation>lost the connection holding the evaluator lease: %1</translation>
    </message>
</context>
<context>
    <name>hms::Exposition</name>
    <message>
        <source>invalid UTF-8</source>
        <translation>invalid UTF-8</translation>
    </message>
    <message>
        <source>TYPE: expected a metric name</source>
        <translation>TYPE: expected a metric name</translation>
    </message>
    <message>
        <source>TYPE: unknown type &quot;%1&quot; (expected counter, gauge, histogram, summary or untyped)</source>
        <translation>TYPE: unknown type &quot;%1&quot; (expected counter, gauge, histogram, summary or untyped)</translation>
    </message>
    <message>
        <source>TYPE: a second TYPE line for &quot;%1&quot;</source>
        <translation>TYPE: a second TYPE line for &quot;%1&quot;</translation>
    </message>
    <message>
        <source>expected a label name or &apos;}&apos;</source>
        <translation>expected a label name or &apos;}&apos;</translation>
    </message>
    <message>
        <source>expected a label name or &apos;}&apos;, got &apos;%1&apos;</source>
        <translation>expected a label name or &apos;}&apos;, got &apos;%1&apos;</translation>
    </message>
    <message>
        <source>expected &apos;=&apos; after the label name &quot;%1&quot;</source>
        <translation>expected &apos;=&apos; after the label name &quot;%1&quot;</translation>
    </message>
    <message>
        <source>expected &apos;&quot;&apos; to start the value of the label &quot;%1&quot;</source>
        <translation>expected &apos;&quot;&apos; to start the value of the label &quot;%1&quot;</translation>
    </message>
    <message>
        <source>label value without a closing quote</source>
        <translation>label value without a closing quote</translation>
    </message>
    <message>
        <source>the label &quot;%1&quot; appears twice</source>
        <translation>the label &quot;%1&quot; appears twice</translation>
    </message>
    <message>
        <source>expected &apos;,&apos; or &apos;}&apos; after a label value</source>
        <translation>expected &apos;,&apos; or &apos;}&apos; after a label value</translation>
    </message>
    <message>
        <source>expected a metric name, got &apos;%1&apos;</source>
        <translation>expected a metric name, got &apos;%1&apos;</translation>
    </message>
    <message>
        <source>unexpected &apos;%1&apos; in the metric name</source>
        <translation>unexpected &apos;%1&apos; in the metric name</translation>
    </message>
    <message>
        <source>expected a value after the metric</source>
        <translation>expected a value after the metric</translation>
    </message>
    <message>
        <source>the value &quot;%1&quot; is out of range</source>
        <translation>the value &quot;%1&quot; is out of range</translation>
    </message>
    <message>
        <source>expected a number, got &quot;%1&quot;</source>
        <translation>expected a number, got &quot;%1&quot;</translation>
    </message>
    <message>
        <source>the timestamp &quot;%1&quot; is out of range</source>
        <translation>the timestamp &quot;%1&quot; is out of range</translation>
    </message>
    <message>
        <source>expected a timestamp in milliseconds, got &quot;%1&quot;</source>
        <translation>expected a timestamp in milliseconds, got &quot;%1&quot;</translation>
    </message>
    <message>
        <source>unexpected text after the timestamp: &quot;%1&quot;</source>
        <translation>unexpected text after the timestamp: &quot;%1&quot;</translation>
    </message>
    <message>
        <source>line %1:%2: %3</source>
        <translation>line %1:%2: %3</translation>
    </message>
</context>
<context>
    <name>hms::HttpIngestListener</name>
    <message>
        <source>HTTP ingest: cannot %1 TCP %2:%3: %4</source>
        <translation>HTTP ingest: cannot %1 TCP %2:%3: %4</translation>
    </message>
    <message>
        <source>%1 %2: method not allowed; use GET</source>
        <translation>%1 %2: method not allowed; use GET</translation>
    </message>
    <message>
        <source>no route for %1 %2; this port takes POST /write, POST /api/v2/write, GET /ping and GET /health</source>
        <translation>no route for %1 %2; this port takes POST /write, POST /api/v2/write, GET /ping and GET /health</translation>
    </message>
    <message>
        <source>%1 %2: method not allowed; use POST</source>
        <translation>%1 %2: method not allowed; use POST</translation>
    </message>
    <message>
        <source>missing Authorization: Bearer &lt;token&gt; (the token is in DATA_DIR/api-token)</source>
        <translation>missing Authorization: Bearer &lt;token&gt; (the token is in DATA_DIR/api-token)</translation>
    </message>
    <message>
        <source>wrong API token</source>
        <translation>wrong API token</translation>
    </message>
    <message>
        <source>precision: &quot;%1&quot; is not one of ns, us, ms, s (or n, u, m, h)</source>
        <translation>precision: &quot;%1&quot; is not one of ns, us, ms, s (or n, u, m, h)</translation>
    </message>
    <message>
        <source>body: decompresses to more than %1 bytes; send smaller batches</source>
        <translation>body: decompresses to more than %1 bytes; send smaller batches</translation>
    </message>
    <message>
        <source>body: Content-Encoding is gzip but the body is not valid gzip</source>
        <translation>body: Content-Encoding is gzip but the body is not valid gzip</translation>
    </message>
    <message>
        <source>… and %1 more</source>
        <translation>… and %1 more</translation>
    </message>
    <message>
        <source>partial write: %1 of %2 lines rejected: %3</source>
        <translation>partial write: %1 of %2 lines rejected: %3</translation>
    </message>
    <message>
        <source>the samples could not be made durable (%1); nothing is acknowledged, send again</source>
        <translation>the samples could not be made durable (%1); nothing is acknowledged, send again</translation>
    </message>
</context>
<context>
    <name>hms::HttpRequestParser</name>
    <message>
        <source>request line and headers: longer than %1 bytes</source>
        <translation>request line and headers: longer than %1 bytes</translation>
    </message>
    <message>
        <source>request line: expected METHOD TARGET HTTP/1.1, got %1</source>
        <translation>request line: expected METHOD TARGET HTTP/1.1, got %1</translation>
    </message>
    <message>
        <source>request line: %1 is not an HTTP version (expected HTTP/1.1)</source>
        <translation>request line: %1 is not an HTTP version (expected HTTP/1.1)</translation>
    </message>
    <message>
        <source>%1 is not supported: send HTTP/1.1 or HTTP/1.0</source>
        <translation>%1 is not supported: send HTTP/1.1 or HTTP/1.0</translation>
    </message>
    <message>
        <source>request line: the method %1 is not a token</source>
        <translation>request line: the method %1 is not a token</translation>
    </message>
    <message>
        <source>request line: the target %1 holds a control character or a non-ASCII byte</source>
        <translation>request line: the target %1 holds a control character or a non-ASCII byte</translation>
    </message>
    <message>
        <source>request line: the target %1 is not a path starting with &apos;/&apos;</source>
        <translation>request line: the target %1 is not a path starting with &apos;/&apos;</translation>
    </message>
    <message>
        <source>header line %1: starts with a space (obsolete line folding is not supported)</source>
        <translation>header line %1: starts with a space (obsolete line folding is not supported)</translation>
    </message>
    <message>
        <source>header line %1: missing &apos;:&apos;</source>
        <translation>header line %1: missing &apos;:&apos;</translation>
    </message>
    <message>
        <source>header line %1: the field name %2 is not a token (no spaces before &apos;:&apos;)</source>
        <translation>header line %1: the field name %2 is not a token (no spaces before &apos;:&apos;)</translation>
    </message>
    <message>
        <source>header line %1: the value of %2 holds a control character</source>
        <translation>header line %1: the value of %2 holds a control character</translation>
    </message>
    <message>
        <source>header line %1: Content-Length %2 is not a number</source>
        <translation>header line %1: Content-Length %2 is not a number</translation>
    </message>
    <message>
        <source>header line %1: Content-Length %2 contradicts %3</source>
        <translation>header line %1: Content-Length %2 contradicts %3</translation>
    </message>
    <message>
        <source>Transfer-Encoding: %1 is not supported (only chunked)</source>
        <translation>Transfer-Encoding: %1 is not supported (only chunked)</translation>
    </message>
    <message>
        <source>Transfer-Encoding: expected chunked, once</source>
        <translation>Transfer-Encoding: expected chunked, once</translation>
    </message>
    <message>
        <source>Transfer-Encoding: not allowed in an HTTP/1.0 request</source>
        <translation>Transfer-Encoding: not allowed in an HTTP/1.0 request</translation>
    </message>
    <message>
        <source>both Content-Length and Transfer-Encoding are set; send only one of them</source>
        <translation>both Content-Length and Transfer-Encoding are set; send only one of them</translation>
    </message>
    <message>
        <source>body: Content-Length %1 is over the limit of %2 bytes; send smaller batches</source>
        <translation>body: Content-Length %1 is over the limit of %2 bytes; send smaller batches</translation>
    </message>
    <message>
        <source>%1 without Content-Length or Transfer-Encoding: chunked</source>
        <translation>%1 without Content-Length or Transfer-Encoding: chunked</translation>
    </message>
    <message>
        <source>chunk %1: the size line is longer than %2 bytes</source>
        <translation>chunk %1: the size line is longer than %2 bytes</translation>
    </message>
    <message>
        <source>body: the chunked body is over the limit of %1 bytes; send smaller batches</source>
        <translation>body: the chunked body is over the limit of %1 bytes; send smaller batches</translation>
    </message>
    <message>
        <source>chunk %1: expected a hexadecimal size, got %2</source>
        <translation>chunk %1: expected a hexadecimal size, got %2</translation>
    </message>
    <message>
        <source>chunk %1: unexpected %2 after the size</source>
        <translation>chunk %1: unexpected %2 after the size</translation>
    </message>
    <message>
        <source>chunk %1: the extension holds a control character</source>
        <translation>chunk %1: the extension holds a control character</translation>
    </message>
    <message>
        <source>chunk %1: the data is not followed by a line end (is the size right?)</source>
        <translation>chunk %1: the data is not followed by a line end (is the size right?)</translation>
    </message>
    <message>
        <source>trailers: longer than %1 bytes</source>
        <translation>trailers: longer than %1 bytes</translation>
    </message>
    <message>
        <source>trailer line %1: expected name: value, got %2</source>
        <translation>trailer line %1: expected name: value, got %2</translation>
    </message>
</context>
<context>
    <name>hms::IncidentService</name>
    <message>
        <source>%1 fired: %2 %3 = %4 (threshold %5)</source>
        <translation>%1 fired: %2 %3 = %4 (threshold %5)</translation>
    </message>
    <message>
        <source>value</source>
        <translation>value</translation>
    </message>
    <message>
        <source>assigned to %1 (rotation %2, pager #%3)</source>
        <translation>assigned to %1 (rotation %2, pager #%3)</translation>
    </message>
    <message>
        <source>nobody is on call in rotation %1: unassigned</source>
        <translation>nobody is on call in rotation %1: unassigned</translation>
    </message>
    <message>
        <source>playbook %1 attached</source>
        <translation>playbook %1 attached</translation>
    </message>
    <message>
        <source>playbook %1 is missing from the catalog</source>
        <translation>playbook %1 is missing from the catalog</translation>
    </message>
    <message>
        <source>resolved: %1 back to %2 (threshold %3)</source>
        <translation>resolved: %1 back to %2 (threshold %3)</translation>
    </message>
    <message>
        <source>no incident %1</source>
        <translation>no incident %1</translation>
    </message>
    <message>
        <source>incident %1 is %2; only a triggered incident can be acknowledged</source>
        <translation>incident %1 is %2; only a triggered incident can be acknowledged</translation>
    </message>
    <message>
        <source>acknowledged by %1</source>
        <translation>acknowledged by %1</translation>
    </message>
    <message>
        <source>could not store the acknowledgement: %1</source>
        <translation>could not store the acknowledgement: %1</translation>
    </message>
    <message>
        <source>incident %1 is already resolved</source>
        <translation>incident %1 is already resolved</translation>
    </message>
    <message>
        <source>resolved by %1</source>
        <translation>resolved by %1</translation>
    </message>
    <message>
        <source>could not store the resolution: %1</source>
        <translation>could not store the resolution: %1</translation>
    </message>
    <message>
        <source>to: required: who takes the incident</source>
        <translation>to: required: who takes the incident</translation>
    </message>
    <message>
        <source>incident %1 is resolved; only an open incident can be reassigned</source>
        <translation>incident %1 is resolved; only an open incident can be reassigned</translation>
    </message>
    <message>
        <source>incident %1 is already assigned to %2</source>
        <translation>incident %1 is already assigned to %2</translation>
    </message>
    <message>
        <source>reassigned from %1 to %2 by %3</source>
        <translation>reassigned from %1 to %2 by %3</translation>
    </message>
    <message>
        <source>nobody</source>
        <translation>nobody</translation>
    </message>
    <message>
        <source>reassigned from %1 to %2 (pager #%3) by %4</source>
        <translation>reassigned from %1 to %2 (pager #%3) by %4</translation>
    </message>
    <message>
        <source>could not store the reassignment: %1</source>
        <translation>could not store the reassignment: %1</translation>
    </message>
    <message>
        <source>paged %1 (pager #%2): escalation %3, step 1 of %4</source>
        <translation>paged %1 (pager #%2): escalation %3, step 1 of %4</translation>
    </message>
    <message>
        <source>escalation %1, step 1: nobody to page</source>
        <translation>escalation %1, step 1: nobody to page</translation>
    </message>
    <message>
        <source>escalation %1 has no step left to page</source>
        <translation>escalation %1 has no step left to page</translation>
    </message>
    <message>
        <source>%1 (pager #%2)</source>
        <translation>%1 (pager #%2)</translation>
    </message>
    <message>
        <source>nobody (no one on call)</source>
        <translation>nobody (no one on call)</translation>
    </message>
    <message>
        <source>escalated to %1: escalation %2, step %3 of %4, round %5; %6</source>
        <translation>escalated to %1: escalation %2, step %3 of %4, round %5; %6</translation>
    </message>
    <message>
        <source>could not store the escalation: %1</source>
        <translation>could not store the escalation: %1</translation>
    </message>
    <message>
        <source>not acknowledged for %1</source>
        <translation>not acknowledged for %1</translation>
    </message>
    <message>
        <source>incident %1 is resolved</source>
        <translation>incident %1 is resolved</translation>
    </message>
    <message>
        <source>incident %1 has no escalation policy (its rule has no `escalation:`); reassign it instead</source>
        <translation>incident %1 has no escalation policy (its rule has no `escalation:`); reassign it instead</translation>
    </message>
    <message>
        <source>escalation policy %1 is missing from the catalog</source>
        <translation>escalation policy %1 is missing from the catalog</translation>
    </message>
    <message>
        <source>escalated by hand by %1</source>
        <translation>escalated by hand by %1</translation>
    </message>
    <message numerus="yes">
        <source>acknowledged by %1 (with %n others)</source>
        <translation>
            <numerusform>acknowledged by %1 (with %n other)</numerusform>
            <numerusform>acknowledged by %1 (with %n others)</numerusform>
        </translation>
    </message>
    <message>
        <source>comment: empty; write what you saw or did</source>
        <translation>comment: empty; write what you saw or did</translation>
    </message>
    <message>
        <source>comment: %1 characters, at most 10,000</source>
        <translation>comment: %1 characters, at most 10,000</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>could not store the comment: %1</source>
        <translation>could not store the comment: %1</translation>
    </message>
    <message>
        <source>root-cause link: &quot;%1&quot; is not a valid URL: %2</source>
        <translation>root-cause link: &quot;%1&quot; is not a valid URL: %2</translation>
    </message>
    <message>
        <source>root-cause link: &quot;%1&quot; must start with https:// or http:// (a JIRA or GitHub issue)</source>
        <translation>root-cause link: &quot;%1&quot; must start with https:// or http:// (a JIRA or GitHub issue)</translation>
    </message>
    <message>
        <source>root-cause link: &quot;%1&quot; has no host</source>
        <translation>root-cause link: &quot;%1&quot; has no host</translation>
    </message>
    <message>
        <source>root-cause link removed by %1</source>
        <translation>root-cause link removed by %1</translation>
    </message>
    <message>
        <source>root cause linked by %1: %2</source>
        <translation>root cause linked by %1: %2</translation>
    </message>
    <message>
        <source>could not store the link: %1</source>
        <translation>could not store the link: %1</translation>
    </message>
    <message>
        <source>incident %1 is resolved; its checklist is closed</source>
        <translation>incident %1 is resolved; its checklist is closed</translation>
    </message>
    <message>
        <source>incident %1 has no playbook</source>
        <translation>incident %1 has no playbook</translation>
    </message>
    <message>
        <source>step %1: the playbook %2 has %3 steps</source>
        <translation>step %1: the playbook %2 has %3 steps</translation>
    </message>
    <message>
        <source>step %1 done by %2: %3</source>
        <translation>step %1 done by %2: %3</translation>
    </message>
    <message>
        <source>step %1 reopened by %2: %3</source>
        <translation>step %1 reopened by %2: %3</translation>
    </message>
    <message>
        <source>could not store the step: %1</source>
        <translation>could not store the step: %1</translation>
    </message>
    <message>
        <source>step %1 now reads &quot;%2&quot;; the playbook changed since you saw it</source>
        <translation>step %1 now reads &quot;%2&quot;; the playbook changed since you saw it</translation>
    </message>
</context>
<context>
    <name>hms::IngestJournal</name>
    <message>
        <source>journal %1: cannot create the directory</source>
        <translation>journal %1: cannot create the directory</translation>
    </message>
    <message>
        <source>journal %1: %2</source>
        <translation>journal %1: %2</translation>
    </message>
    <message>
        <source>journal %1: no segment is open</source>
        <translation>journal %1: no segment is open</translation>
    </message>
    <message>
        <source>a record&apos;s series id is cut short</source>
        <translation>a record&apos;s series id is cut short</translation>
    </message>
    <message>
        <source>series %1: its name or labels are damaged</source>
        <translation>series %1: its name or labels are damaged</translation>
    </message>
    <message>
        <source>unknown record type %1</source>
        <translation>unknown record type %1</translation>
    </message>
    <message>
        <source>series %1 is used before it is defined</source>
        <translation>series %1 is used before it is defined</translation>
    </message>
    <message>
        <source>a sample of series %1 is cut short</source>
        <translation>a sample of series %1 is cut short</translation>
    </message>
    <message>
        <source>an exemplar of series %1 is cut short</source>
        <translation>an exemplar of series %1 is cut short</translation>
    </message>
    <message>
        <source>byte 0: not a journal segment (no HMSJRNL1 header)</source>
        <translation>byte 0: not a journal segment (no HMSJRNL1 header)</translation>
    </message>
    <message>
        <source>byte %1: a frame header is cut short</source>
        <translation>byte %1: a frame header is cut short</translation>
    </message>
    <message>
        <source>byte %1: a frame of %2 bytes is cut short</source>
        <translation>byte %1: a frame of %2 bytes is cut short</translation>
    </message>
    <message>
        <source>byte %1: a frame fails its checksum</source>
        <translation>byte %1: a frame fails its checksum</translation>
    </message>
    <message>
        <source>byte %1: %2</source>
        <translation>byte %1: %2</translation>
    </message>
    <message>
        <source>journal %1: %2; what precedes it is replayed</source>
        <translation>journal %1: %2; what precedes it is replayed</translation>
    </message>
</context>
<context>
    <name>hms::LineProtocol</name>
    <message>
        <source>line too long: %1 bytes, the limit is %2</source>
        <translation>line too long: %1 bytes, the limit is %2</translation>
    </message>
    <message>
        <source>invalid UTF-8</source>
        <translation>invalid UTF-8</translation>
    </message>
    <message>
        <source>measurement: missing</source>
        <translation>measurement: missing</translation>
    </message>
    <message>
        <source>measurement: longer than %1 bytes</source>
        <translation>measurement: longer than %1 bytes</translation>
    </message>
    <message>
        <source>fields: missing (expected a space, then field=value)</source>
        <translation>fields: missing (expected a space, then field=value)</translation>
    </message>
    <message>
        <source>field key: missing</source>
        <translation>field key: missing</translation>
    </message>
    <message>
        <source>field key: expected &apos;=&apos; after &quot;%1&quot;</source>
        <translation>field key: expected &apos;=&apos; after &quot;%1&quot;</translation>
    </message>
    <message>
        <source>field value: string without a closing quote</source>
        <translation>field value: string without a closing quote</translation>
    </message>
    <message>
        <source>field value: expected &apos;,&apos; or a space after the closing quote</source>
        <translation>field value: expected &apos;,&apos; or a space after the closing quote</translation>
    </message>
    <message>
        <source>field value: missing</source>
        <translation>field value: missing</translation>
    </message>
    <message>
        <source>timestamp: expected an integer, got &quot;%1&quot;</source>
        <translation>timestamp: expected an integer, got &quot;%1&quot;</translation>
    </message>
    <message>
        <source>timestamp: &quot;%1&quot; is out of range (1970 to 9999 in the request&apos;s precision)</source>
        <translation>timestamp: &quot;%1&quot; is out of range (1970 to 9999 in the request&apos;s precision)</translation>
    </message>
    <message>
        <source>unexpected text after the timestamp: &quot;%1&quot;</source>
        <translation>unexpected text after the timestamp: &quot;%1&quot;</translation>
    </message>
    <message>
        <source>tag key: missing</source>
        <translation>tag key: missing</translation>
    </message>
    <message>
        <source>tag key: expected &apos;=&apos; after &quot;%1&quot;</source>
        <translation>tag key: expected &apos;=&apos; after &quot;%1&quot;</translation>
    </message>
    <message>
        <source>tag value: missing for the tag &quot;%1&quot;</source>
        <translation>tag value: missing for the tag &quot;%1&quot;</translation>
    </message>
    <message>
        <source>tag key: longer than %1 bytes</source>
        <translation>tag key: longer than %1 bytes</translation>
    </message>
    <message>
        <source>tag value: longer than %1 bytes</source>
        <translation>tag value: longer than %1 bytes</translation>
    </message>
    <message>
        <source>tag key: &quot;%1&quot; appears twice</source>
        <translation>tag key: &quot;%1&quot; appears twice</translation>
    </message>
    <message>
        <source>field key: the metric name measurement_field is longer than %1 bytes</source>
        <translation>field key: the metric name measurement_field is longer than %1 bytes</translation>
    </message>
    <message>
        <source>field value: expected an integer before &apos;i&apos;, got &quot;%1&quot;</source>
        <translation>field value: expected an integer before &apos;i&apos;, got &quot;%1&quot;</translation>
    </message>
    <message>
        <source>field value: expected an unsigned integer before &apos;u&apos;, got &quot;%1&quot;</source>
        <translation>field value: expected an unsigned integer before &apos;u&apos;, got &quot;%1&quot;</translation>
    </message>
    <message>
        <source>field value: &quot;%1&quot; is out of range</source>
        <translation>field value: &quot;%1&quot; is out of range</translation>
    </message>
    <message>
        <source>field value: NaN and infinity are not allowed, got &quot;%1&quot;</source>
        <translation>field value: NaN and infinity are not allowed, got &quot;%1&quot;</translation>
    </message>
    <message>
        <source>field value: expected a number, got &quot;%1&quot;</source>
        <translation>field value: expected a number, got &quot;%1&quot;</translation>
    </message>
    <message>
        <source>line %1:%2: %3</source>
        <translation>line %1:%2: %3</translation>
    </message>
</context>
<context>
    <name>hms::Notifier</name>
    <message>
        <source>no notification: silenced by %1 (%2): %3</source>
        <translation>no notification: silenced by %1 (%2): %3</translation>
    </message>
    <message>
        <source>no notification: inhibited by incident #%1 (%2 %3)</source>
        <translation>no notification: inhibited by incident #%1 (%2 %3)</translation>
    </message>
    <message>
        <source>Slack resolution message queued</source>
        <translation>Slack resolution message queued</translation>
    </message>
    <message>
        <source>Slack message queued</source>
        <translation>Slack message queued</translation>
    </message>
    <message>
        <source>Slack reminder queued for group %1: still firing</source>
        <translation>Slack reminder queued for group %1: still firing</translation>
    </message>
    <message>
        <source>Slack message queued for group %1: %2 firing, %3 resolved</source>
        <translation>Slack message queued for group %1: %2 firing, %3 resolved</translation>
    </message>
    <message>
        <source>no notification channel configured (opsctl secret set %1)</source>
        <translation>no notification channel configured (opsctl secret set %1)</translation>
    </message>
    <message>
        <source>resolution queued for %1</source>
        <translation>resolution queued for %1</translation>
    </message>
    <message>
        <source>queued for %1</source>
        <translation>queued for %1</translation>
    </message>
    <message>
        <source>acknowledgement queued for %1</source>
        <translation>acknowledgement queued for %1</translation>
    </message>
    <message>
        <source>no channel takes severity %1 (notify.CHANNEL.severities)</source>
        <translation>no channel takes severity %1 (notify.CHANNEL.severities)</translation>
    </message>
</context>
<context>
    <name>hms::OpsCore</name>
    <message>
        <source>Slack message delivered (attempt %1)</source>
        <translation>Slack message delivered (attempt %1)</translation>
    </message>
    <message>
        <source>Slack message delivered for %1 (attempt %2)</source>
        <translation>Slack message delivered for %1 (attempt %2)</translation>
    </message>
    <message>
        <source>secrets are kept in the file %1 (--secrets-file), not in an OS keychain: anyone who can read it as this user, or a backup of it, has every routing key and webhook URL</source>
        <translation>secrets are kept in the file %1 (--secrets-file), not in an OS keychain: anyone who can read it as this user, or a backup of it, has every routing key and webhook URL</translation>
    </message>
    <message>
        <source>delivered to %1 (attempt %2)</source>
        <translation>delivered to %1 (attempt %2)</translation>
    </message>
    <message>
        <source>%1 delivery failed, retrying: %2</source>
        <translation>%1 delivery failed, retrying: %2</translation>
    </message>
    <message>
        <source>%1 delivery failed for good: %2</source>
        <translation>%1 delivery failed for good: %2</translation>
    </message>
    <message>
        <source>FEMA: Apply for Disaster Assistance</source>
        <translation>FEMA: Apply for Disaster Assistance</translation>
    </message>
    <message>
        <source>ops database: %1</source>
        <translation>ops database: %1</translation>
    </message>
    <message>
        <source>evaluator lease lost, standing by: %1</source>
        <translation>evaluator lease lost, standing by: %1</translation>
    </message>
    <message>
        <source>ops database connection lost: %1; reconnecting</source>
        <translation>ops database connection lost: %1; reconnecting</translation>
    </message>
    <message>
        <source>this instance lost its own connection to the ops database: %1</source>
        <translation>this instance lost its own connection to the ops database: %1</translation>
    </message>
    <message>
        <source>ops database connection restored</source>
        <translation>ops database connection restored</translation>
    </message>
</context>
<context>
    <name>hms::OpsDatabase</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>cannot open %1: %2</source>
        <translation>cannot open %1: %2</translation>
    </message>
    <message>
        <source>%1 has schema version %2, newer than this program knows (%3); refusing to touch it</source>
        <translation>%1 has schema version %2, newer than this program knows (%3); refusing to touch it</translation>
    </message>
    <message>
        <source>cannot connect to %1: %2</source>
        <translation>cannot connect to %1: %2</translation>
    </message>
    <message>
        <source>expected a file name or a postgresql:// URL</source>
        <translation>expected a file name or a postgresql:// URL</translation>
    </message>
    <message>
        <source>expected postgresql://USER@HOST[:PORT]/DATABASE, got &quot;%1&quot;</source>
        <translation>expected postgresql://USER@HOST[:PORT]/DATABASE, got &quot;%1&quot;</translation>
    </message>
    <message>
        <source>the URL holds a password; keep it in the keychain instead (hms-ops --store-secret %1)</source>
        <translation>the URL holds a password; keep it in the keychain instead (hms-ops --store-secret %1)</translation>
    </message>
    <message>
        <source>%1=%2: unknown URL parameter (valid: sslmode=%3)</source>
        <translation>%1=%2: unknown URL parameter (valid: sslmode=%3)</translation>
    </message>
</context>
<context>
    <name>hms::Outbox</name>
    <message>
        <source>keychain entry %1: %2</source>
        <translation>keychain entry %1: %2</translation>
    </message>
    <message>
        <source>keychain entry %1 is not an http(s) URL</source>
        <translation>keychain entry %1 is not an http(s) URL</translation>
    </message>
    <message>
        <source>HTTP %1: %2</source>
        <translation>HTTP %1: %2</translation>
    </message>
    <message>
        <source>no notification #%1</source>
        <translation>no notification #%1</translation>
    </message>
    <message>
        <source>notification #%1 is %2; only dead letters can be retried</source>
        <translation>notification #%1 is %2; only dead letters can be retried</translation>
    </message>
    <message>
        <source>unknown channel %1</source>
        <translation>unknown channel %1</translation>
    </message>
</context>
<context>
    <name>hms::Parser</name>
    <message>
        <source>unexpected text after the matcher (quote a value that contains spaces or any of { } ! = ~ , &apos; ` &quot;)</source>
        <translation>unexpected text after the matcher (quote a value that contains spaces or any of { } ! = ~ , &apos; ` &quot;)</translation>
    </message>
    <message>
        <source>expected &apos;}&apos; to close the list of matchers</source>
        <translation>expected &apos;}&apos; to close the list of matchers</translation>
    </message>
    <message>
        <source>expected &apos;,&apos; or &apos;}&apos; after the matcher (quote a value that contains spaces or any of { } ! = ~ , &apos; ` &quot;)</source>
        <translation>expected &apos;,&apos; or &apos;}&apos; after the matcher (quote a value that contains spaces or any of { } ! = ~ , &apos; ` &quot;)</translation>
    </message>
    <message>
        <source>expected &apos;,&apos; after the matcher (quote a value that contains spaces or any of { } ! = ~ , &apos; ` &quot;)</source>
        <translation>expected &apos;,&apos; after the matcher (quote a value that contains spaces or any of { } ! = ~ , &apos; ` &quot;)</translation>
    </message>
    <message>
        <source>unexpected text after &apos;}&apos;</source>
        <translation>unexpected text after &apos;}&apos;</translation>
    </message>
    <message>
        <source>expected at least one matcher</source>
        <translation>expected at least one matcher</translation>
    </message>
    <message>
        <source>expected a label name (letters, digits and _, not starting with a digit)</source>
        <translation>expected a label name (letters, digits and _, not starting with a digit)</translation>
    </message>
    <message>
        <source>expected an operator (=, !=, =~ or !~) after the label name %1</source>
        <translation>expected an operator (=, !=, =~ or !~) after the label name %1</translation>
    </message>
    <message>
        <source>the value of %1 has no closing quote</source>
        <translation>the value of %1 has no closing quote</translation>
    </message>
    <message>
        <source>expected a value after %1%2 (&quot;&quot; for the empty string)</source>
        <translation>expected a value after %1%2 (&quot;&quot; for the empty string)</translation>
    </message>
    <message>
        <source>invalid regular expression for %1: %2</source>
        <translation>invalid regular expression for %1: %2</translation>
    </message>
</context>
<context>
    <name>hms::Playbook</name>
    <message>
        <source>the playbook is larger than 1 MiB</source>
        <translation>the playbook is larger than 1 MiB</translation>
    </message>
    <message>
        <source>the playbook is empty</source>
        <translation>the playbook is empty</translation>
    </message>
    <message>
        <source>the heading names the playbook &quot;%1&quot;; an id may only hold letters, digits, &apos;_&apos;, &apos;.&apos; and &apos;-&apos;</source>
        <translation>the heading names the playbook &quot;%1&quot;; an id may only hold letters, digits, &apos;_&apos;, &apos;.&apos; and &apos;-&apos;</translation>
    </message>
    <message>
        <source>no &quot;# Playbook: &lt;id&gt;&quot; heading, and the file name gives the invalid id &quot;%1&quot;</source>
        <translation>no &quot;# Playbook: &lt;id&gt;&quot; heading, and the file name gives the invalid id &quot;%1&quot;</translation>
    </message>
</context>
<context>
    <name>hms::PushParser</name>
    <message>
        <source>a boolean</source>
        <translation>a boolean</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>a number</translation>
    </message>
    <message>
        <source>a string</source>
        <translation>a string</translation>
    </message>
    <message>
        <source>an array</source>
        <translation>an array</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>an object</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>nothing</translation>
    </message>
    <message>
        <source>expected an object, got %1</source>
        <translation>expected an object, got %1</translation>
    </message>
    <message>
        <source>unknown field; valid fields are: %1</source>
        <translation>unknown field; valid fields are: %1</translation>
    </message>
    <message>
        <source>required field missing</source>
        <translation>required field missing</translation>
    </message>
    <message>
        <source>expected a string, got %1</source>
        <translation>expected a string, got %1</translation>
    </message>
    <message>
        <source>expected 1 to %1 bytes, got %2</source>
        <translation>expected 1 to %1 bytes, got %2</translation>
    </message>
    <message>
        <source>expected a finite number, got %1</source>
        <translation>expected a finite number, got %1</translation>
    </message>
    <message>
        <source>expected an object of strings, got %1</source>
        <translation>expected an object of strings, got %1</translation>
    </message>
    <message>
        <source>empty label name</source>
        <translation>empty label name</translation>
    </message>
    <message>
        <source>expected Unix seconds between 0 and 253402300799</source>
        <translation>expected Unix seconds between 0 and 253402300799</translation>
    </message>
    <message>
        <source>expected an RFC 3339 time with an offset, like &quot;2026-01-05T08:00:00Z&quot;</source>
        <translation>expected an RFC 3339 time with an offset, like &quot;2026-01-05T08:00:00Z&quot;</translation>
    </message>
    <message>
        <source>expected Unix seconds or an RFC 3339 string, got %1</source>
        <translation>expected Unix seconds or an RFC 3339 string, got %1</translation>
    </message>
    <message>
        <source>expected &quot;observation&quot;, &quot;gauge&quot; or &quot;counter&quot;</source>
        <translation>expected &quot;observation&quot;, &quot;gauge&quot; or &quot;counter&quot;</translation>
    </message>
    <message>
        <source>invalid JSON at offset %1: %2</source>
        <translation>invalid JSON at offset %1: %2</translation>
    </message>
    <message>
        <source>an object with &quot;samples&quot; must have no other field</source>
        <translation>an object with &quot;samples&quot; must have no other field</translation>
    </message>
    <message>
        <source>expected an array, got %1</source>
        <translation>expected an array, got %1</translation>
    </message>
    <message>
        <source>expected an object or an array of objects</source>
        <translation>expected an object or an array of objects</translation>
    </message>
    <message>
        <source>%1 is before 1970-01-01</source>
        <translation>%1 is before 1970-01-01</translation>
    </message>
</context>
<context>
    <name>hms::Rca</name>
    <message>
        <source>status: &quot;%1&quot; is not draft, in_review or published</source>
        <translation>status: &quot;%1&quot; is not draft, in_review or published</translation>
    </message>
    <message>
        <source>timeline[%1]: expected an object</source>
        <translation>timeline[%1]: expected an object</translation>
    </message>
    <message>
        <source>action_items[%1]: expected an object</source>
        <translation>action_items[%1]: expected an object</translation>
    </message>
    <message>
        <source>%1due: &quot;%2&quot; is not a date (YYYY-MM-DD)</source>
        <translation>%1due: &quot;%2&quot; is not a date (YYYY-MM-DD)</translation>
    </message>
</context>
<context>
    <name>hms::RcaService</name>
    <message>
        <source>summary: empty; say in a few sentences what happened and to whom</source>
        <translation>summary: empty; say in a few sentences what happened and to whom</translation>
    </message>
    <message>
        <source>timeline[%1].text: empty</source>
        <translation>timeline[%1].text: empty</translation>
    </message>
    <message>
        <source>timeline[%1].at: no time</source>
        <translation>timeline[%1].at: no time</translation>
    </message>
    <message>
        <source>%1.what: empty; say what will be done</source>
        <translation>%1.what: empty; say what will be done</translation>
    </message>
    <message>
        <source>%1.owner: empty; every action item has an owner</source>
        <translation>%1.owner: empty; every action item has an owner</translation>
    </message>
    <message>
        <source>learnings: empty; a published review says what was learned</source>
        <translation>learnings: empty; a published review says what was learned</translation>
    </message>
    <message>
        <source>no incident %1</source>
        <translation>no incident %1</translation>
    </message>
    <message>
        <source>conflict: %1 saved version %2 of this review at %3 after you opened version %4; nothing was overwritten. Reopen it and apply your change again.</source>
        <translation>conflict: %1 saved version %2 of this review at %3 after you opened version %4; nothing was overwritten. Reopen it and apply your change again.</translation>
    </message>
    <message>
        <source>conflict: the review changed while saving</source>
        <translation>conflict: the review changed while saving</translation>
    </message>
    <message>
        <source>RCA started by %1</source>
        <translation>RCA started by %1</translation>
    </message>
    <message>
        <source>RCA %1 by %2</source>
        <translation>RCA %1 by %2</translation>
    </message>
</context>
<context>
    <name>hms::Reader</name>
    <message>
        <source>unknown field %1 (expected one of %2)</source>
        <translation>unknown field %1 (expected one of %2)</translation>
    </message>
    <message>
        <source>expected a string, got %1</source>
        <translation>expected a string, got %1</translation>
    </message>
    <message>
        <source>%1 is not a duration like 30s, 5m, 1h</source>
        <translation>%1 is not a duration like 30s, 5m, 1h</translation>
    </message>
    <message>
        <source>expected a mapping of name: value, got %1</source>
        <translation>expected a mapping of name: value, got %1</translation>
    </message>
    <message>
        <source>expected a list, got %1</source>
        <translation>expected a list, got %1</translation>
    </message>
    <message>
        <source>expected a mapping, got %1</source>
        <translation>expected a mapping, got %1</translation>
    </message>
    <message>
        <source>expected a mapping with rule_files and tests, got %1</source>
        <translation>expected a mapping with rule_files and tests, got %1</translation>
    </message>
    <message>
        <source>expected a list of rule files</source>
        <translation>expected a list of rule files</translation>
    </message>
    <message>
        <source>must be positive</source>
        <translation>must be positive</translation>
    </message>
    <message>
        <source>expected a list of test groups</source>
        <translation>expected a list of test groups</translation>
    </message>
    <message>
        <source>not supported: our rules are not PromQL; test them with alert_rule_test</source>
        <translation>not supported: our rules are not PromQL; test them with alert_rule_test</translation>
    </message>
    <message>
        <source>expected a list</source>
        <translation>expected a list</translation>
    </message>
    <message>
        <source>expected series: &apos;name{label=&quot;value&quot;}&apos; and values: &apos;...&apos;</source>
        <translation>expected series: &apos;name{label=&quot;value&quot;}&apos; and values: &apos;...&apos;</translation>
    </message>
    <message>
        <source>eval_time and alertname are required</source>
        <translation>eval_time and alertname are required</translation>
    </message>
</context>
<context>
    <name>hms::RemoteHub</name>
    <message>
        <source>the secret %1 cannot be read: %2</source>
        <translation>the secret %1 cannot be read: %2</translation>
    </message>
    <message>
        <source>no %1 source is configured</source>
        <translation>no %1 source is configured</translation>
    </message>
    <message>
        <source>no %1 source named %2</source>
        <translation>no %1 source named %2</translation>
    </message>
    <message>
        <source>%1 (retrying in %2 s)</source>
        <translation>%1 (retrying in %2 s)</translation>
    </message>
    <message>
        <source>no answer within %1 ms</source>
        <translation>no answer within %1 ms</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>HTTP %1: %2</source>
        <translation>HTTP %1: %2</translation>
    </message>
    <message>
        <source>a silence needs at least one matcher</source>
        <translation>a silence needs at least one matcher</translation>
    </message>
    <message>
        <source>waiting for the secret %1</source>
        <translation>waiting for the secret %1</translation>
    </message>
    <message>
        <source>the answer is over %1 bytes and was not read; ask for less (a shorter range, fewer series)</source>
        <translation>the answer is over %1 bytes and was not read; ask for less (a shorter range, fewer series)</translation>
    </message>
</context>
<context>
    <name>hms::ReplaySession</name>
    <message>
        <source>Replay of incident #%1</source>
        <translation>Replay of incident #%1</translation>
    </message>
    <message>
        <source>%1 (%2 %3)</source>
        <translation>%1 (%2 %3)</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 of %2</translation>
    </message>
    <message>
        <source>SLO %1: error budget left</source>
        <translation>SLO %1: error budget left</translation>
    </message>
    <message>
        <source>Open at this moment</source>
        <translation>Open at this moment</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>hms::Rotation</name>
    <message>
        <source>expected a string, got %1</source>
        <translation>expected a string, got %1</translation>
    </message>
    <message>
        <source>expected a field name, got %1</source>
        <translation>expected a field name, got %1</translation>
    </message>
    <message>
        <source>unknown field; valid fields are: %1</source>
        <translation>unknown field; valid fields are: %1</translation>
    </message>
    <message>
        <source>field given twice</source>
        <translation>field given twice</translation>
    </message>
    <message>
        <source>required field missing</source>
        <translation>required field missing</translation>
    </message>
    <message>
        <source>expected a name or a mapping, got %1</source>
        <translation>expected a name or a mapping, got %1</translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation>must not be empty</translation>
    </message>
    <message>
        <source>%1 is listed twice</source>
        <translation>%1 is listed twice</translation>
    </message>
    <message>
        <source>expected a rotation (a mapping), got %1</source>
        <translation>expected a rotation (a mapping), got %1</translation>
    </message>
    <message>
        <source>expected an id of letters, digits, &apos;_&apos;, &apos;.&apos; or &apos;-&apos;, got %1</source>
        <translation>expected an id of letters, digits, &apos;_&apos;, &apos;.&apos; or &apos;-&apos;, got %1</translation>
    </message>
    <message>
        <source>expected a duration longer than 0, like &quot;1w&quot; or &quot;12h&quot;, got %1</source>
        <translation>expected a duration longer than 0, like &quot;1w&quot; or &quot;12h&quot;, got %1</translation>
    </message>
    <message>
        <source>expected a non-empty list of members, got %1</source>
        <translation>expected a non-empty list of members, got %1</translation>
    </message>
    <message>
        <source>invalid YAML: unexpected character</source>
        <translation>invalid YAML: unexpected character</translation>
    </message>
    <message>
        <source>expected one YAML document, found a second one</source>
        <translation>expected one YAML document, found a second one</translation>
    </message>
    <message>
        <source>the file holds no rotation</source>
        <translation>the file holds no rotation</translation>
    </message>
    <message>
        <source>invalid YAML: nested more than %1 levels deep</source>
        <translation>invalid YAML: nested more than %1 levels deep</translation>
    </message>
    <message>
        <source>invalid YAML: %1</source>
        <translation>invalid YAML: %1</translation>
    </message>
    <message>
        <source>cannot read: %1</source>
        <translation>cannot read: %1</translation>
    </message>
    <message>
        <source>expected a date and time, like &quot;2026-01-05T08:00:00-05:00&quot; or &quot;2026-01-05T08:00:00&quot; (wall-clock time in time_zone), got %1</source>
        <translation>expected a date and time, like &quot;2026-01-05T08:00:00-05:00&quot; or &quot;2026-01-05T08:00:00&quot; (wall-clock time in time_zone), got %1</translation>
    </message>
    <message>
        <source>unknown member %1; members are: %2</source>
        <translation>unknown member %1; members are: %2</translation>
    </message>
    <message>
        <source>expected a mapping with start and end, got %1</source>
        <translation>expected a mapping with start and end, got %1</translation>
    </message>
    <message>
        <source>expected a list of days like [mon, tue], got %1</source>
        <translation>expected a list of days like [mon, tue], got %1</translation>
    </message>
    <message>
        <source>expected a day (mon, tue, wed, thu, fri, sat, sun, weekdays, weekend), got %1</source>
        <translation>expected a day (mon, tue, wed, thu, fri, sat, sun, weekdays, weekend), got %1</translation>
    </message>
    <message>
        <source>expected a time of day like &quot;09:00&quot;%1, got %2</source>
        <translation>expected a time of day like &quot;09:00&quot;%1, got %2</translation>
    </message>
    <message>
        <source> or &quot;24:00&quot;</source>
        <translation> or &quot;24:00&quot;</translation>
    </message>
    <message>
        <source>must differ from start (for the whole day, leave out restrictions or use 00:00 to 24:00)</source>
        <translation>must differ from start (for the whole day, leave out restrictions or use 00:00 to 24:00)</translation>
    </message>
    <message>
        <source>expected a layer (a mapping), got %1</source>
        <translation>expected a layer (a mapping), got %1</translation>
    </message>
    <message>
        <source>expected a non-empty list of member names, got %1</source>
        <translation>expected a non-empty list of member names, got %1</translation>
    </message>
    <message>
        <source>expected a list, got %1</source>
        <translation>expected a list, got %1</translation>
    </message>
    <message>
        <source>expected an override (a mapping), got %1</source>
        <translation>expected an override (a mapping), got %1</translation>
    </message>
    <message>
        <source>expected an IANA time zone like &quot;America/New_York&quot;, got %1</source>
        <translation>expected an IANA time zone like &quot;America/New_York&quot;, got %1</translation>
    </message>
    <message>
        <source>give start and handoff in each layer when the rotation has layers</source>
        <translation>give start and handoff in each layer when the rotation has layers</translation>
    </message>
    <message>
        <source>expected a non-empty list of layers, got %1</source>
        <translation>expected a non-empty list of layers, got %1</translation>
    </message>
    <message>
        <source>give an offset, like &quot;2026-01-05T08:00:00-05:00&quot;, or a time_zone for wall-clock time</source>
        <translation>give an offset, like &quot;2026-01-05T08:00:00-05:00&quot;, or a time_zone for wall-clock time</translation>
    </message>
    <message>
        <source>must be after start</source>
        <translation>must be after start</translation>
    </message>
    <message>
        <source>overlaps overrides[%1] (%2 and %3 from %4 to %5)</source>
        <translation>overlaps overrides[%1] (%2 and %3 from %4 to %5)</translation>
    </message>
    <message>
        <source>a hand-off every %1 is too long: at most 3650d (ten years)</source>
        <translation>a hand-off every %1 is too long: at most 3650d (ten years)</translation>
    </message>
</context>
<context>
    <name>hms::Routing</name>
    <message>
        <source>expected a routing configuration (a mapping), got %1</source>
        <translation>expected a routing configuration (a mapping), got %1</translation>
    </message>
    <message>
        <source>expected a mapping, got %1</source>
        <translation>expected a mapping, got %1</translation>
    </message>
    <message>
        <source>expected a list, got %1</source>
        <translation>expected a list, got %1</translation>
    </message>
    <message>
        <source>expected an inhibition rule (a mapping), got %1</source>
        <translation>expected an inhibition rule (a mapping), got %1</translation>
    </message>
    <message>
        <source>required field missing</source>
        <translation>required field missing</translation>
    </message>
    <message>
        <source>the file holds no routing configuration</source>
        <translation>the file holds no routing configuration</translation>
    </message>
</context>
<context>
    <name>hms::RuleParser</name>
    <message>
        <source>expected a string, got %1</source>
        <translation>expected a string, got %1</translation>
    </message>
    <message>
        <source>expected a duration like &quot;30s&quot;, &quot;2m&quot; or &quot;1h30m&quot;, got %1</source>
        <translation>expected a duration like &quot;30s&quot;, &quot;2m&quot; or &quot;1h30m&quot;, got %1</translation>
    </message>
    <message>
        <source>must be longer than 0, got %1</source>
        <translation>must be longer than 0, got %1</translation>
    </message>
    <message>
        <source>expected an id of letters, digits, &apos;_&apos;, &apos;.&apos; or &apos;-&apos;, got %1</source>
        <translation>expected an id of letters, digits, &apos;_&apos;, &apos;.&apos; or &apos;-&apos;, got %1</translation>
    </message>
    <message>
        <source>expected a mapping of label: value, got %1</source>
        <translation>expected a mapping of label: value, got %1</translation>
    </message>
    <message>
        <source>expected a label name, got %1</source>
        <translation>expected a label name, got %1</translation>
    </message>
    <message>
        <source>duplicate label %1</source>
        <translation>duplicate label %1</translation>
    </message>
    <message>
        <source>expected a rule (a mapping of fields), got %1</source>
        <translation>expected a rule (a mapping of fields), got %1</translation>
    </message>
    <message>
        <source>expected a field name, got %1</source>
        <translation>expected a field name, got %1</translation>
    </message>
    <message>
        <source>unknown field; valid fields are: %1</source>
        <translation>unknown field; valid fields are: %1</translation>
    </message>
    <message>
        <source>field given twice</source>
        <translation>field given twice</translation>
    </message>
    <message>
        <source>required field missing</source>
        <translation>required field missing</translation>
    </message>
    <message>
        <source>expected a name matching [A-Za-z_][A-Za-z0-9_:.-]*, got %1</source>
        <translation>expected a name matching [A-Za-z_][A-Za-z0-9_:.-]*, got %1</translation>
    </message>
    <message>
        <source>the file name gives the default name %1, which is not a valid rule name; add a name: field</source>
        <translation>the file name gives the default name %1, which is not a valid rule name; add a name: field</translation>
    </message>
    <message>
        <source>expected a metric name without spaces, got %1</source>
        <translation>expected a metric name without spaces, got %1</translation>
    </message>
    <message>
        <source>expected p0..p100 (e.g. p95, p99.9), mean, min, max, sum, count, rate, increase or last, got %1</source>
        <translation>expected p0..p100 (e.g. p95, p99.9), mean, min, max, sum, count, rate, increase or last, got %1</translation>
    </message>
    <message>
        <source>YAML read %1 as a tag; quote the comparison, e.g. threshold: &quot;!= 5&quot;</source>
        <translation>YAML read %1 as a tag; quote the comparison, e.g. threshold: &quot;!= 5&quot;</translation>
    </message>
    <message>
        <source>expected one of critical, warning, info, got %1</source>
        <translation>expected one of critical, warning, info, got %1</translation>
    </message>
    <message>
        <source>duplicate rule name %1 (first used by the rule at line %2)</source>
        <translation>duplicate rule name %1 (first used by the rule at line %2)</translation>
    </message>
    <message>
        <source>expected a rule (a mapping of fields) or a rules: list, got %1</source>
        <translation>expected a rule (a mapping of fields) or a rules: list, got %1</translation>
    </message>
    <message>
        <source>unexpected beside rules:; a file holds either one rule or a rules: list</source>
        <translation>unexpected beside rules:; a file holds either one rule or a rules: list</translation>
    </message>
    <message>
        <source>expected a non-empty list of rules, got %1</source>
        <translation>expected a non-empty list of rules, got %1</translation>
    </message>
    <message>
        <source>invalid YAML: unexpected character</source>
        <translation>invalid YAML: unexpected character</translation>
    </message>
    <message>
        <source>expected one YAML document, found a second one</source>
        <translation>expected one YAML document, found a second one</translation>
    </message>
    <message>
        <source>the file holds no rule</source>
        <translation>the file holds no rule</translation>
    </message>
    <message>
        <source>invalid YAML: nested more than %1 levels deep</source>
        <translation>invalid YAML: nested more than %1 levels deep</translation>
    </message>
    <message>
        <source>invalid YAML: %1</source>
        <translation>invalid YAML: %1</translation>
    </message>
    <message>
        <source> (a comparison must be quoted: threshold: &quot;&gt; 1000&quot;)</source>
        <translation> (a comparison must be quoted: threshold: &quot;&gt; 1000&quot;)</translation>
    </message>
    <message>
        <source>cannot read: %1</source>
        <translation>cannot read: %1</translation>
    </message>
    <message>
        <source>a rule with query: takes its series and aggregation from the query; leave %1 out</source>
        <translation>a rule with query: takes its series and aggregation from the query; leave %1 out</translation>
    </message>
    <message>
        <source>expected a PromQL expression</source>
        <translation>expected a PromQL expression</translation>
    </message>
    <message>
        <source>expected a source name, got %1</source>
        <translation>expected a source name, got %1</translation>
    </message>
    <message>
        <source>source: names where query: runs; this rule has no query:</source>
        <translation>source: names where query: runs; this rule has no query:</translation>
    </message>
</context>
<context>
    <name>hms::SecretStore</name>
    <message>
        <source>not set</source>
        <translation>not set</translation>
    </message>
    <message>
        <source>no OS keychain is reachable (is a Secret Service running?): %1</source>
        <translation>no OS keychain is reachable (is a Secret Service running?): %1</translation>
    </message>
    <message>
        <source>OS keychain (service %1)</source>
        <translation>OS keychain (service %1)</translation>
    </message>
    <message>
        <source>file %1 (--secrets-file)</source>
        <translation>file %1 (--secrets-file)</translation>
    </message>
    <message>
        <source>%1: permissions are too open (group or others can access it); run chmod 600 %1</source>
        <translation>%1: permissions are too open (group or others can access it); run chmod 600 %1</translation>
    </message>
    <message>
        <source>%1: offset %2: %3</source>
        <translation>%1: offset %2: %3</translation>
    </message>
    <message>
        <source>%1: expected a JSON object of secret names and values</source>
        <translation>%1: expected a JSON object of secret names and values</translation>
    </message>
</context>
<context>
    <name>hms::SeriesDb</name>
    <message>
        <source>series database %1: %2</source>
        <translation>series database %1: %2</translation>
    </message>
    <message>
        <source>schema version %1 is newer than this program (%2)</source>
        <translation>schema version %1 is newer than this program (%2)</translation>
    </message>
</context>
<context>
    <name>hms::SilenceService</name>
    <message>
        <source>every matcher matches the empty string, so this would silence every alert; add one that needs a label, like alertname=&quot;...&quot;</source>
        <translation>every matcher matches the empty string, so this would silence every alert; add one that needs a label, like alertname=&quot;...&quot;</translation>
    </message>
    <message>
        <source>there is no incident #%1</source>
        <translation>there is no incident #%1</translation>
    </message>
    <message>
        <source>incident #%1 is already resolved</source>
        <translation>incident #%1 is already resolved</translation>
    </message>
    <message>
        <source>give either an end or &quot;until resolved&quot;, not both</source>
        <translation>give either an end or &quot;until resolved&quot;, not both</translation>
    </message>
    <message>
        <source>required: when the silence ends</source>
        <translation>required: when the silence ends</translation>
    </message>
    <message>
        <source>%1 is not after the start (%2)</source>
        <translation>%1 is not after the start (%2)</translation>
    </message>
    <message>
        <source>%1 is in the past</source>
        <translation>%1 is in the past</translation>
    </message>
    <message>
        <source>required: who is silencing</source>
        <translation>required: who is silencing</translation>
    </message>
    <message>
        <source>required: why (it is shown on every incident it holds back)</source>
        <translation>required: why (it is shown on every incident it holds back)</translation>
    </message>
    <message>
        <source>silenced by %1 (%2): %3, %4</source>
        <translation>silenced by %1 (%2): %3, %4</translation>
    </message>
    <message>
        <source>until this incident resolves</source>
        <translation>until this incident resolves</translation>
    </message>
    <message>
        <source>until %1</source>
        <translation>until %1</translation>
    </message>
    <message>
        <source>Silence %1 created by %2: %3</source>
        <translation>Silence %1 created by %2: %3</translation>
    </message>
    <message>
        <source>there is no silence %1</source>
        <translation>there is no silence %1</translation>
    </message>
    <message>
        <source>silence %1 has already ended</source>
        <translation>silence %1 has already ended</translation>
    </message>
    <message>
        <source>silence %1 by %2 (%3) has expired: notifications resume</source>
        <translation>silence %1 by %2 (%3) has expired: notifications resume</translation>
    </message>
    <message>
        <source>silence %1 by %2 (%3) expires at %4</source>
        <translation>silence %1 by %2 (%3) expires at %4</translation>
    </message>
</context>
<context>
    <name>hms::Slo</name>
    <message>
        <source>expected a mapping with metric and match, got %1</source>
        <translation>expected a mapping with metric and match, got %1</translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation>must not be empty</translation>
    </message>
    <message>
        <source>expected an SLO (a mapping), got %1</source>
        <translation>expected an SLO (a mapping), got %1</translation>
    </message>
    <message>
        <source>expected an id of letters, digits, &apos;_&apos;, &apos;.&apos; or &apos;-&apos;, got %1</source>
        <translation>expected an id of letters, digits, &apos;_&apos;, &apos;.&apos; or &apos;-&apos;, got %1</translation>
    </message>
    <message>
        <source>expected a percentage between 0 and 100, like &quot;99.9%&quot;, got %1</source>
        <translation>expected a percentage between 0 and 100, like &quot;99.9%&quot;, got %1</translation>
    </message>
    <message>
        <source>must be between 1d and 35d (the 1 h rollups are kept 35 days), got %1</source>
        <translation>must be between 1d and 35d (the 1 h rollups are kept 35 days), got %1</translation>
    </message>
    <message>
        <source>latency or error_ratio: one of them is required</source>
        <translation>latency or error_ratio: one of them is required</translation>
    </message>
    <message>
        <source>give either latency or error_ratio, not both</source>
        <translation>give either latency or error_ratio, not both</translation>
    </message>
    <message>
        <source>expected a mapping, got %1</source>
        <translation>expected a mapping, got %1</translation>
    </message>
    <message>
        <source>expected p50..p99.9, mean, min, max or last, got %1</source>
        <translation>expected p50..p99.9, mean, min, max or last, got %1</translation>
    </message>
    <message>
        <source>expected &quot;increase&quot; (counters) or &quot;samples&quot; (one sample per event), got %1</source>
        <translation>expected &quot;increase&quot; (counters) or &quot;samples&quot; (one sample per event), got %1</translation>
    </message>
    <message>
        <source>the file holds no SLO</source>
        <translation>the file holds no SLO</translation>
    </message>
</context>
<context>
    <name>hms::Sources</name>
    <message>
        <source>sources: expected a list of sources, got %1</source>
        <translation>sources: expected a list of sources, got %1</translation>
    </message>
    <message>
        <source>expected a mapping, got %1</source>
        <translation>expected a mapping, got %1</translation>
    </message>
    <message>
        <source>expected [a-z0-9_-]{1,64}, got %1</source>
        <translation>expected [a-z0-9_-]{1,64}, got %1</translation>
    </message>
    <message>
        <source>%1 is used by another source</source>
        <translation>%1 is used by another source</translation>
    </message>
    <message>
        <source>expected prometheus or alertmanager, got %1</source>
        <translation>expected prometheus or alertmanager, got %1</translation>
    </message>
    <message>
        <source>expected an http(s) URL without credentials or query, got %1</source>
        <translation>expected an http(s) URL without credentials or query, got %1</translation>
    </message>
    <message>
        <source>expected none, bearer or basic, got %1</source>
        <translation>expected none, bearer or basic, got %1</translation>
    </message>
    <message>
        <source>needs secret: (the keychain entry with the %1)</source>
        <translation>needs secret: (the keychain entry with the %1)</translation>
    </message>
    <message>
        <source>token</source>
        <translation>token</translation>
    </message>
    <message>
        <source>password</source>
        <translation>password</translation>
    </message>
    <message>
        <source>basic needs username:</source>
        <translation>basic needs username:</translation>
    </message>
    <message>
        <source>cannot read %1</source>
        <translation>cannot read %1</translation>
    </message>
    <message>
        <source>expected true or false, got %1</source>
        <translation>expected true or false, got %1</translation>
    </message>
    <message>
        <source>expected at least 100ms</source>
        <translation>expected at least 100ms</translation>
    </message>
    <message>
        <source>only for kind: alertmanager</source>
        <translation>only for kind: alertmanager</translation>
    </message>
</context>
<context>
    <name>hms::StatsdListener</name>
    <message>
        <source>StatsD: cannot %1 UDP %2:%3: %4</source>
        <translation>StatsD: cannot %1 UDP %2:%3: %4</translation>
    </message>
</context>
<context>
    <name>hms::Threshold</name>
    <message>
        <source>expected a comparison like &quot;&gt; 1000&quot;, got %1</source>
        <translation>expected a comparison like &quot;&gt; 1000&quot;, got %1</translation>
    </message>
    <message>
        <source>expected a number after %1, got %2</source>
        <translation>expected a number after %1, got %2</translation>
    </message>
    <message>
        <source>%1 is out of the range of numbers</source>
        <translation>%1 is out of the range of numbers</translation>
    </message>
    <message>
        <source>unexpected %1 after the number</source>
        <translation>unexpected %1 after the number</translation>
    </message>
    <message>
        <source>unknown unit %1: expected &quot;ms&quot; or &quot;s&quot;</source>
        <translation>unknown unit %1: expected &quot;ms&quot; or &quot;s&quot;</translation>
    </message>
    <message>
        <source>unit %1 not allowed: the metric&apos;s name does not say it is a time (name it like &quot;*_ms&quot; or &quot;*_seconds&quot;)</source>
        <translation>unit %1 not allowed: the metric&apos;s name does not say it is a time (name it like &quot;*_ms&quot; or &quot;*_seconds&quot;)</translation>
    </message>
    <message>
        <source>%1 %2 is out of range in %3</source>
        <translation>%1 %2 is out of range in %3</translation>
    </message>
    <message>
        <source>unexpected %1 after the comparison</source>
        <translation>unexpected %1 after the comparison</translation>
    </message>
</context>
<context>
    <name>hms::Yaml</name>
    <message>
        <source>an empty list</source>
        <translation>an empty list</translation>
    </message>
    <message>
        <source>a list</source>
        <translation>a list</translation>
    </message>
    <message>
        <source>an empty mapping</source>
        <translation>an empty mapping</translation>
    </message>
    <message>
        <source>a mapping</source>
        <translation>a mapping</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>nothing</translation>
    </message>
</context>
<context>
    <name>hms::YamlReader</name>
    <message>
        <source>required field missing</source>
        <translation>required field missing</translation>
    </message>
    <message>
        <source>expected a field name, got %1</source>
        <translation>expected a field name, got %1</translation>
    </message>
    <message>
        <source>unknown field; valid fields are: %1</source>
        <translation>unknown field; valid fields are: %1</translation>
    </message>
    <message>
        <source>field given twice</source>
        <translation>field given twice</translation>
    </message>
    <message>
        <source>expected a string, got %1</source>
        <translation>expected a string, got %1</translation>
    </message>
    <message>
        <source>expected a duration, like &quot;30s&quot; or &quot;0s&quot;, got %1</source>
        <translation>expected a duration, like &quot;30s&quot; or &quot;0s&quot;, got %1</translation>
    </message>
    <message>
        <source>expected a duration longer than 0, like &quot;5m&quot;, got %1</source>
        <translation>expected a duration longer than 0, like &quot;5m&quot;, got %1</translation>
    </message>
    <message>
        <source>expected a list of label names, got %1</source>
        <translation>expected a list of label names, got %1</translation>
    </message>
    <message>
        <source>&apos;...&apos; groups every alert alone and must be the only entry</source>
        <translation>&apos;...&apos; groups every alert alone and must be the only entry</translation>
    </message>
    <message>
        <source>expected a label name ([A-Za-z_][A-Za-z0-9_]*), got %1</source>
        <translation>expected a label name ([A-Za-z_][A-Za-z0-9_]*), got %1</translation>
    </message>
    <message>
        <source>%1 is listed twice</source>
        <translation>%1 is listed twice</translation>
    </message>
    <message>
        <source>expected a mapping of label: value, got %1</source>
        <translation>expected a mapping of label: value, got %1</translation>
    </message>
    <message>
        <source>expected a non-empty list of matchers like [&apos;severity=&quot;page&quot;&apos;], got %1</source>
        <translation>expected a non-empty list of matchers like [&apos;severity=&quot;page&quot;&apos;], got %1</translation>
    </message>
    <message>
        <source>expected a matcher like &apos;severity=&quot;page&quot;&apos;, got %1</source>
        <translation>expected a matcher like &apos;severity=&quot;page&quot;&apos;, got %1</translation>
    </message>
    <message>
        <source>invalid YAML: unexpected character</source>
        <translation>invalid YAML: unexpected character</translation>
    </message>
    <message>
        <source>expected one YAML document, found a second one</source>
        <translation>expected one YAML document, found a second one</translation>
    </message>
    <message>
        <source>invalid YAML: nested more than %1 levels deep</source>
        <translation>invalid YAML: nested more than %1 levels deep</translation>
    </message>
    <message>
        <source>invalid YAML: %1</source>
        <translation>invalid YAML: %1</translation>
    </message>
    <message>
        <source>cannot read: %1</source>
        <translation>cannot read: %1</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>HMS Ops Center: metrics, alerts, incidents, playbooks and on-call in one window.</source>
        <translation>HMS Ops Center: metrics, alerts, incidents, playbooks and on-call in one window.</translation>
    </message>
    <message>
        <source>Run the engine without a window.</source>
        <translation>Run the engine without a window.</translation>
    </message>
    <message>
        <source>Data directory (default: %1).</source>
        <translation>Data directory (default: %1).</translation>
    </message>
    <message>
        <source>Local API address (port 0: any free port).</source>
        <translation>Local API address (port 0: any free port).</translation>
    </message>
    <message>
        <source>StatsD UDP address (port 0: any free port).</source>
        <translation>StatsD UDP address (port 0: any free port).</translation>
    </message>
    <message>
        <source>Start a fresh data directory empty (without the seed&apos;s rotation and playbook).</source>
        <translation>Start a fresh data directory empty (without the seed&apos;s rotation and playbook).</translation>
    </message>
    <message>
        <source>Evaluation interval in milliseconds (100..60000).</source>
        <translation>Evaluation interval in milliseconds (100..60000).</translation>
    </message>
    <message>
        <source>--api-listen: expected HOST:PORT, got &quot;%1&quot;</source>
        <translation>--api-listen: expected HOST:PORT, got &quot;%1&quot;</translation>
    </message>
    <message>
        <source>--statsd-listen: expected HOST:PORT, got &quot;%1&quot;</source>
        <translation>--statsd-listen: expected HOST:PORT, got &quot;%1&quot;</translation>
    </message>
    <message>
        <source>--tick: expected milliseconds from 100 to 60000, got &quot;%1&quot;</source>
        <translation>--tick: expected milliseconds from 100 to 60000, got &quot;%1&quot;</translation>
    </message>
    <message>
        <source>InfluxDB line protocol HTTP address, /write and /api/v2/write (port 0: any free port).</source>
        <translation>InfluxDB line protocol HTTP address, /write and /api/v2/write (port 0: any free port).</translation>
    </message>
    <message>
        <source>Configuration file (scrape targets).</source>
        <translation>Configuration file (scrape targets).</translation>
    </message>
    <message>
        <source>How long series are kept (default 24h).</source>
        <translation>How long series are kept (default 24h).</translation>
    </message>
    <message>
        <source>How long 1-minute rollups (min, max, sum, count, last) are kept (default 2d).</source>
        <translation>How long 1-minute rollups (min, max, sum, count, last) are kept (default 2d).</translation>
    </message>
    <message>
        <source>How long 1-hour rollups are kept (default 35d).</source>
        <translation>How long 1-hour rollups are kept (default 35d).</translation>
    </message>
    <message>
        <source>--influx-listen: expected HOST:PORT, got &quot;%1&quot;</source>
        <translation>--influx-listen: expected HOST:PORT, got &quot;%1&quot;</translation>
    </message>
    <message>
        <source>--%1: expected a duration of at least 1m, got &quot;%2&quot;</source>
        <translation>--%1: expected a duration of at least 1m, got &quot;%2&quot;</translation>
    </message>
    <message>
        <source>PagerDuty Events API v2 endpoint (EU accounts: https://events.eu.pagerduty.com/v2/enqueue).</source>
        <translation>PagerDuty Events API v2 endpoint (EU accounts: https://events.eu.pagerduty.com/v2/enqueue).</translation>
    </message>
    <message>
        <source>--pagerduty-url: expected an http(s) URL, got &quot;%1&quot;</source>
        <translation>--pagerduty-url: expected an http(s) URL, got &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Keep secrets in FILE (mode 0600) instead of the OS keychain: an opt-in for headless servers without a Secret Service.</source>
        <translation>Keep secrets in FILE (mode 0600) instead of the OS keychain: an opt-in for headless servers without a Secret Service.</translation>
    </message>
    <message>
        <source>Wall mode: show these saved dashboards fullscreen in turn (comma-separated), keyboard locked; Ctrl+Alt+Shift+Q leaves.</source>
        <translation>Wall mode: show these saved dashboards fullscreen in turn (comma-separated), keyboard locked; Ctrl+Alt+Shift+Q leaves.</translation>
    </message>
    <message>
        <source>Wall mode: the screen(s) to fill, by number from 0 (comma-separated; default 0).</source>
        <translation>Wall mode: the screen(s) to fill, by number from 0 (comma-separated; default 0).</translation>
    </message>
    <message>
        <source>Wall mode: how long each dashboard shows (default 30s).</source>
        <translation>Wall mode: how long each dashboard shows (default 30s).</translation>
    </message>
    <message>
        <source>Wall mode: dark (default) or light.</source>
        <translation>Wall mode: dark (default) or light.</translation>
    </message>
    <message>
        <source>--secrets-file: expected a file name</source>
        <translation>--secrets-file: expected a file name</translation>
    </message>
    <message>
        <source>--wall needs a screen; it cannot be --headless</source>
        <translation>--wall needs a screen; it cannot be --headless</translation>
    </message>
    <message>
        <source>--wall: expected dashboard names, such as fema</source>
        <translation>--wall: expected dashboard names, such as fema</translation>
    </message>
    <message>
        <source>--rotate: expected a duration of at least 5s, got &quot;%1&quot;</source>
        <translation>--rotate: expected a duration of at least 5s, got &quot;%1&quot;</translation>
    </message>
    <message>
        <source>--theme: expected dark or light, got &quot;%1&quot;</source>
        <translation>--theme: expected dark or light, got &quot;%1&quot;</translation>
    </message>
    <message>
        <source>--screen: no screen &quot;%1&quot;; this display has %2 (0 to %3)</source>
        <translation>--screen: no screen &quot;%1&quot;; this display has %2 (0 to %3)</translation>
    </message>
    <message>
        <source>Drive the seed&apos;s hurricane morning through the real ingest path (a 150-second cycle: traffic surges, latency climbs past its rule, queues pile up, then recovery).</source>
        <translation>Drive the seed&apos;s hurricane morning through the real ingest path (a 150-second cycle: traffic surges, latency climbs past its rule, queues pile up, then recovery).</translation>
    </message>
    <message>
        <source>--demo needs the examples (its rules page fema_oncall); leave out --no-examples</source>
        <translation>--demo needs the examples (its rules page fema_oncall); leave out --no-examples</translation>
    </message>
    <message>
        <source>--history-first: expected &quot;all&quot; or a duration of at least 1m, got &quot;%1&quot;</source>
        <translation>--history-first: expected &quot;all&quot; or a duration of at least 1m, got &quot;%1&quot;</translation>
    </message>
    <message>
        <source>How much raw history is loaded before the first window shows (default 5m); the rest loads behind it, and rules evaluate once it is in. &quot;all&quot; loads everything first.</source>
        <translation>How much raw history is loaded before the first window shows (default 5m); the rest loads behind it, and rules evaluate once it is in. &quot;all&quot; loads everything first.</translation>
    </message>
    <message>
        <source>Open an incident bundle (opsctl incident export ID FILE) for offline replay: no engine, no data directory, no source connected.</source>
        <translation>Open an incident bundle (opsctl incident export ID FILE) for offline replay: no engine, no data directory, no source connected.</translation>
    </message>
    <message>
        <source>--replay needs a screen; leave out --headless</source>
        <translation>--replay needs a screen; leave out --headless</translation>
    </message>
    <message>
        <source>Cannot open the bundle</source>
        <translation>Cannot open the bundle</translation>
    </message>
    <message>
        <source>Keep incidents, silences, playbooks, rotations, RCAs and dashboards in a shared PostgreSQL database, postgresql://USER@HOST[:PORT]/DB[?sslmode=MODE], instead of DATA_DIR/ops.db; its password is the secret &quot;ops-db&quot; (--store-secret). One instance at a time evaluates rules; the others stand by.</source>
        <translation>Keep incidents, silences, playbooks, rotations, RCAs and dashboards in a shared PostgreSQL database, postgresql://USER@HOST[:PORT]/DB[?sslmode=MODE], instead of DATA_DIR/ops.db; its password is the secret &quot;ops-db&quot; (--store-secret). One instance at a time evaluates rules; the others stand by.</translation>
    </message>
    <message>
        <source>Read one line from standard input and keep it as the secret NAME in the keychain (or the --secrets-file), then exit; e.g. the PostgreSQL password as &quot;ops-db&quot;.</source>
        <translation>Read one line from standard input and keep it as the secret NAME in the keychain (or the --secrets-file), then exit; e.g. the PostgreSQL password as &quot;ops-db&quot;.</translation>
    </message>
    <message>
        <source>--store-secret: nothing on standard input</source>
        <translation>--store-secret: nothing on standard input</translation>
    </message>
    <message>
        <source>--ops-db: %1</source>
        <translation>--ops-db: %1</translation>
    </message>
</context>
<context>
    <name>opsctl</name>
    <message>
        <source>opsctl: cannot read %1: %2
</source>
        <translation>opsctl: cannot read %1: %2
</translation>
    </message>
    <message>
        <source>rule %1 installed
</source>
        <translation>rule %1 installed
</translation>
    </message>
    <message>
        <source>playbook %1 imported
</source>
        <translation>playbook %1 imported
</translation>
    </message>
    <message>
        <source>rotation %1 created
</source>
        <translation>rotation %1 created
</translation>
    </message>
    <message>
        <source>rule %1 deleted
</source>
        <translation>rule %1 deleted
</translation>
    </message>
    <message>
        <source>usage: opsctl alert create FILE | alert list | alert delete NAME
</source>
        <translation>usage: opsctl alert create FILE | alert list | alert delete NAME
</translation>
    </message>
    <message>
        <source>no incidents
</source>
        <translation>no incidents
</translation>
    </message>
    <message>
        <source>no open incidents
</source>
        <translation>no open incidents
</translation>
    </message>
    <message>
        <source>
Timeline:
</source>
        <translation>
Timeline:
</translation>
    </message>
    <message>
        <source>usage: opsctl incident list [--all] | incident show ID | incident watch
</source>
        <translation>usage: opsctl incident list [--all] | incident show ID | incident watch
</translation>
    </message>
    <message>
        <source>opsctl: %1: expected an incident number, got &quot;%2&quot;
</source>
        <translation>opsctl: %1: expected an incident number, got &quot;%2&quot;
</translation>
    </message>
    <message>
        <source>opsctl: no answer from %1 (%2); is hms-ops running?
</source>
        <translation>opsctl: no answer from %1 (%2); is hms-ops running?
</translation>
    </message>
    <message>
        <source>opsctl: %1
</source>
        <translation>opsctl: %1
</translation>
    </message>
    <message>
        <source>opsctl: unknown command &quot;%1&quot; (see opsctl --help)
</source>
        <translation>opsctl: unknown command &quot;%1&quot; (see opsctl --help)
</translation>
    </message>
    <message>
        <source>usage: opsctl demo flood --metric NAME --value V --rate PER_SECOND --seconds S [--statsd HOST:PORT]  (rate 0..1e6, seconds 0..86400; the StatsD address comes from the running instance unless --statsd is given)
</source>
        <translation>usage: opsctl demo flood --metric NAME --value V --rate PER_SECOND --seconds S [--statsd HOST:PORT]  (rate 0..1e6, seconds 0..86400; the StatsD address comes from the running instance unless --statsd is given)
</translation>
    </message>
    <message>
        <source>opsctl: --statsd: &quot;%1&quot; is not a numeric IPv4 HOST:PORT
</source>
        <translation>opsctl: --statsd: &quot;%1&quot; is not a numeric IPv4 HOST:PORT
</translation>
    </message>
    <message>
        <source>flooding %1=%2 at %3/s for %4 s to %5 (%6 samples)
</source>
        <translation>flooding %1=%2 at %3/s for %4 s to %5 (%6 samples)
</translation>
    </message>
    <message>
        <source>sent %1 samples in %2 s
</source>
        <translation>sent %1 samples in %2 s
</translation>
    </message>
    <message>
        <source>usage: opsctl incident watch [--all] [--exit-after N]
</source>
        <translation>usage: opsctl incident watch [--all] [--exit-after N]
</translation>
    </message>
    <message>
        <source>usage: opsctl metric get|watch NAME [--aggregate p95] [--window 1m] [--match k=v,...] [--interval 1s]
</source>
        <translation>usage: opsctl metric get|watch NAME [--aggregate p95] [--window 1m] [--match k=v,...] [--interval 1s]
</translation>
    </message>
    <message>
        <source>%1: no series
</source>
        <translation>%1: no series
</translation>
    </message>
    <message>
        <source>no data</source>
        <translation>no data</translation>
    </message>
    <message>
        <source>opsctl: --server needs a valid URL and --token-file FILE
</source>
        <translation>opsctl: --server needs a valid URL and --token-file FILE
</translation>
    </message>
    <message>
        <source>no pending or firing alerts
</source>
        <translation>no pending or firing alerts
</translation>
    </message>
    <message>
        <source>  FAILED:
    %1: %2
</source>
        <translation>  FAILED:
    %1: %2
</translation>
    </message>
    <message>
        <source>  FAILED:
</source>
        <translation>  FAILED:
</translation>
    </message>
    <message>
        <source>Unit Testing:  %1
</source>
        <translation>Unit Testing:  %1
</translation>
    </message>
    <message>
        <source>  FAILED:
    %1
</source>
        <translation>  FAILED:
    %1
</translation>
    </message>
    <message>
        <source>  SUCCESS
</source>
        <translation>  SUCCESS
</translation>
    </message>
    <message>
        <source>usage: opsctl rule test [--timeline] FILE...  (promtool&apos;s rule test format)
</source>
        <translation>usage: opsctl rule test [--timeline] FILE...  (promtool&apos;s rule test format)
</translation>
    </message>
    <message>
        <source>  approximate: %1</source>
        <translation>  approximate: %1</translation>
    </message>
    <message>
        <source>usage: opsctl metric range NAME [--since 1h] [--resolution auto|raw|1m|1h] [--match k=v,...]
</source>
        <translation>usage: opsctl metric range NAME [--since 1h] [--resolution auto|raw|1m|1h] [--match k=v,...]
</translation>
    </message>
    <message>
        <source># %1%2  resolution %3
</source>
        <translation># %1%2  resolution %3
</translation>
    </message>
    <message>
        <source># bucket start             min  max  mean  count  last
</source>
        <translation># bucket start             min  max  mean  count  last
</translation>
    </message>
    <message>
        <source>%1  exemplar %2 = %3  trace_id=%4
</source>
        <translation>%1  exemplar %2 = %3  trace_id=%4
</translation>
    </message>
    <message>
        <source>until incident #%1 resolves</source>
        <translation>until incident #%1 resolves</translation>
    </message>
    <message>
        <source>until %1</source>
        <translation>until %1</translation>
    </message>
    <message>
        <source>usage: opsctl silence create --matchers &apos;{alertname=&quot;X&quot;, service=~&quot;aid.*&quot;}&apos; (--duration 2h | --until-resolved INCIDENT) --comment TEXT [--author NAME]
</source>
        <translation>usage: opsctl silence create --matchers &apos;{alertname=&quot;X&quot;, service=~&quot;aid.*&quot;}&apos; (--duration 2h | --until-resolved INCIDENT) --comment TEXT [--author NAME]
</translation>
    </message>
    <message>
        <source>silence created: </source>
        <translation>silence created: </translation>
    </message>
    <message>
        <source>no silences
</source>
        <translation>no silences
</translation>
    </message>
    <message>
        <source>no pending or active silences (--all shows expired ones)
</source>
        <translation>no pending or active silences (--all shows expired ones)
</translation>
    </message>
    <message>
        <source>silence expired: </source>
        <translation>silence expired: </translation>
    </message>
    <message>
        <source>usage: opsctl silence create|list [--all]|expire ID
</source>
        <translation>usage: opsctl silence create|list [--all]|expire ID
</translation>
    </message>
    <message>
        <source>opsctl: reassign: expected an incident number, got &quot;%1&quot;
</source>
        <translation>opsctl: reassign: expected an incident number, got &quot;%1&quot;
</translation>
    </message>
    <message>
        <source>SLO %1 created, with its alerts SLO_%1_fast_burn, SLO_%1_slow_burn and SLO_%1_budget_burn
</source>
        <translation>SLO %1 created, with its alerts SLO_%1_fast_burn, SLO_%1_slow_burn and SLO_%1_budget_burn
</translation>
    </message>
    <message>
        <source>routing configuration stored
</source>
        <translation>routing configuration stored
</translation>
    </message>
    <message>
        <source>%1: nobody on call at %2</source>
        <translation>%1: nobody on call at %2</translation>
    </message>
    <message>
        <source>%1: %2 (pager #%3, %4) at %5, layer %6, until %7</source>
        <translation>%1: %2 (pager #%3, %4) at %5, layer %6, until %7</translation>
    </message>
    <message>
        <source>further notice</source>
        <translation>further notice</translation>
    </message>
    <message>
        <source>SLO %1 deleted
</source>
        <translation>SLO %1 deleted
</translation>
    </message>
    <message>
        <source>%1  %2 %3 over %4  budget left %5  burn %6</source>
        <translation>%1  %2 %3 over %4  budget left %5  burn %6</translation>
    </message>
    <message>
        <source>(no data)</source>
        <translation>(no data)</translation>
    </message>
    <message>
        <source>group_by [%1], group_wait %2, group_interval %3, repeat_interval %4%5
</source>
        <translation>group_by [%1], group_wait %2, group_interval %3, repeat_interval %4%5
</translation>
    </message>
    <message>
        <source> (the default: no routing file)</source>
        <translation> (the default: no routing file)</translation>
    </message>
    <message>
        <source> (from %1)</source>
        <translation> (from %1)</translation>
    </message>
    <message>
        <source>inhibit {%1} while {%2} fires, equal on [%3]
</source>
        <translation>inhibit {%1} while {%2} fires, equal on [%3]
</translation>
    </message>
    <message>
        <source>notification #%1 will be sent again
</source>
        <translation>notification #%1 will be sent again
</translation>
    </message>
    <message>
        <source>%1 stored in the %2
</source>
        <translation>%1 stored in the %2
</translation>
    </message>
    <message>
        <source>%1 set to &quot;%2&quot;
</source>
        <translation>%1 set to &quot;%2&quot;
</translation>
    </message>
    <message>
        <source>%1  v%2  %3  (%4 tiles, saved %5 by %6)
</source>
        <translation>%1  v%2  %3  (%4 tiles, saved %5 by %6)
</translation>
    </message>
    <message>
        <source>dashboard %1 saved as version %2
</source>
        <translation>dashboard %1 saved as version %2
</translation>
    </message>
    <message>
        <source>usage: opsctl dashboard new TEMPLATE NAME [--title TEXT] [--range 6h]
</source>
        <translation>usage: opsctl dashboard new TEMPLATE NAME [--title TEXT] [--range 6h]
</translation>
    </message>
    <message>
        <source>opsctl: no template &quot;%1&quot;; templates: %2
</source>
        <translation>opsctl: no template &quot;%1&quot;; templates: %2
</translation>
    </message>
    <message>
        <source>usage: opsctl dashboard import FILE.json [--base-version N]
</source>
        <translation>usage: opsctl dashboard import FILE.json [--base-version N]
</translation>
    </message>
    <message>
        <source>opsctl: %1: %2
</source>
        <translation>opsctl: %1: %2
</translation>
    </message>
    <message>
        <source>usage: opsctl dashboard export NAME [FILE.json] [--version N]
</source>
        <translation>usage: opsctl dashboard export NAME [FILE.json] [--version N]
</translation>
    </message>
    <message>
        <source>dashboard %1 (version %2) written to %3
</source>
        <translation>dashboard %1 (version %2) written to %3
</translation>
    </message>
    <message>
        <source>dashboard %1 deleted (every version)
</source>
        <translation>dashboard %1 deleted (every version)
</translation>
    </message>
    <message>
        <source>usage: opsctl dashboard list | templates | new TEMPLATE NAME [--title T] [--range 6h] |
       import FILE.json [--base-version N] | export NAME [FILE.json] [--version N] |
       versions NAME | delete NAME
</source>
        <translation>usage: opsctl dashboard list | templates | new TEMPLATE NAME [--title T] [--range 6h] |
       import FILE.json [--base-version N] | export NAME [FILE.json] [--version N] |
       versions NAME | delete NAME
</translation>
    </message>
    <message>
        <source>incident #%1 %2: %3
</source>
        <translation>incident #%1 %2: %3
</translation>
    </message>
    <message>
        <source>usage: opsctl incident export ID FILE [--margin 30m]
</source>
        <translation>usage: opsctl incident export ID FILE [--margin 30m]
</translation>
    </message>
    <message>
        <source>opsctl: the server sent a bundle that does not read back: %1
</source>
        <translation>opsctl: the server sent a bundle that does not read back: %1
</translation>
    </message>
    <message>
        <source>incident #%1 written to %2: %3 events, %4 series, %5 samples, %6 bytes; replay it with hms-ops --replay %2
</source>
        <translation>incident #%1 written to %2: %3 events, %4 series, %5 samples, %6 bytes; replay it with hms-ops --replay %2
</translation>
    </message>
    <message>
        <source>usage: opsctl incident step ID N [--undo]   (N counts from 1)
</source>
        <translation>usage: opsctl incident step ID N [--undo]   (N counts from 1)
</translation>
    </message>
    <message>
        <source>acknowledged: %1
</source>
        <translation>acknowledged: %1
</translation>
    </message>
    <message>
        <source>  #%1 not acknowledged: %2
</source>
        <translation>  #%1 not acknowledged: %2
</translation>
    </message>
    <message>
        <source>trace_id %1: %2 samples, %3 incidents
</source>
        <translation>trace_id %1: %2 samples, %3 incidents
</translation>
    </message>
    <message>
        <source>  incident #%1 %2 %3 (%4)
</source>
        <translation>  incident #%1 %2 %3 (%4)
</translation>
    </message>
    <message>
        <source>version %1  %2  by %3
</source>
        <translation>version %1  %2  by %3
</translation>
    </message>
    <message>
        <source>used by no alert
</source>
        <translation>used by no alert
</translation>
    </message>
    <message>
        <source>used by: %1
</source>
        <translation>used by: %1
</translation>
    </message>
    <message>
        <source>usage: opsctl [--data-dir DIR | --server URL --token-file FILE] [--json] COMMAND

  alert create FILE             install the rule(s) in a YAML file
  alert list | alert delete NAME
  incident list [--all]         open incidents (--all: resolved too)
  incident show ID              one incident with its timeline and playbook
  incident watch [--all] [--exit-after N]   follow incidents live
  ack ID [ID...] | resolve ID   acknowledge (several at once) or resolve an incident
  incident comment ID TEXT      a note on the timeline
  incident link ID URL          link the root-cause issue (https://...); &quot;&quot; removes it
  incident step ID N [--undo]   tick step N of its playbook&apos;s checklist
  incident export ID FILE [--margin 30m]   one file for offline replay (hms-ops --replay FILE)
  trace TRACE_ID                the samples and incidents that carry a trace_id
  incident reassign ID NAME     hand an open incident to someone (timeline records it)
  incident escalate ID          page the next step of its escalation policy now
  escalation create FILE.yml | escalation list   escalation policies
  playbook import FILE.md | playbook list | playbook history ID | playbook diff ID FROM TO
  rotation create FILE | rotation list
  slo create FILE | slo list | slo delete ID   SLOs, error budgets, burn-rate alerts
  routing set FILE | routing show  grouping and inhibition (Alertmanager route/inhibit_rules)
  oncall ROTATION [--at TIME]   who is on call now (or at an RFC 3339 TIME)
  metric get NAME [--aggregate p95] [--window 1m] [--match k=v,...]
  metric watch NAME [same options] [--interval 1s]
  metric range NAME [--since 1h] [--resolution auto|raw|1m|1h] [--match k=v,...]
                                samples or rollups of a time range, with trace_id exemplars
  metric list                   metric names in the store
  alert active                  pending and firing alerts (kept across restarts)
  silence create --matchers &apos;{k=&quot;v&quot;, k2=~&quot;re&quot;}&apos; (--duration 2h | --until-resolved ID) --comment TEXT
  silence list [--all]          pending and active silences (--all: expired too)
  silence expire ID
  rule test [--timeline] FILE... rule unit tests in promtool&apos;s format (no instance needed)
  notify list | notify retry ID the notification outbox; send a dead letter again
  source list                  remote sources (Prometheus-compatible, Alertmanager) and their health
  secret set NAME               store a secret (read from stdin) in the OS keychain: slack_webhook,
                                pagerduty_routing_key, webhook_url or alertmanager_url
  dashboard list | templates | new TEMPLATE NAME [--title T] [--range 6h] | versions NAME
  dashboard import FILE.json [--base-version N] | export NAME [FILE.json] [--version N] | delete NAME
  config list | config set NAME [VALUE]   notification settings: notify.CHANNEL.enabled (1|0),
                                notify.CHANNEL.severities (critical,warning,info; empty: all),
                                notify.link_base (the URL of this instance&apos;s /status pages)
  demo flood --metric NAME --value V --rate R --seconds S [--statsd HOST:PORT]
</source>
        <translation>usage: opsctl [--data-dir DIR | --server URL --token-file FILE] [--json] COMMAND

  alert create FILE             install the rule(s) in a YAML file
  alert list | alert delete NAME
  incident list [--all]         open incidents (--all: resolved too)
  incident show ID              one incident with its timeline and playbook
  incident watch [--all] [--exit-after N]   follow incidents live
  ack ID [ID...] | resolve ID   acknowledge (several at once) or resolve an incident
  incident comment ID TEXT      a note on the timeline
  incident link ID URL          link the root-cause issue (https://...); &quot;&quot; removes it
  incident step ID N [--undo]   tick step N of its playbook&apos;s checklist
  incident export ID FILE [--margin 30m]   one file for offline replay (hms-ops --replay FILE)
  trace TRACE_ID                the samples and incidents that carry a trace_id
  incident reassign ID NAME     hand an open incident to someone (timeline records it)
  incident escalate ID          page the next step of its escalation policy now
  escalation create FILE.yml | escalation list   escalation policies
  playbook import FILE.md | playbook list | playbook history ID | playbook diff ID FROM TO
  rotation create FILE | rotation list
  slo create FILE | slo list | slo delete ID   SLOs, error budgets, burn-rate alerts
  routing set FILE | routing show  grouping and inhibition (Alertmanager route/inhibit_rules)
  oncall ROTATION [--at TIME]   who is on call now (or at an RFC 3339 TIME)
  metric get NAME [--aggregate p95] [--window 1m] [--match k=v,...]
  metric watch NAME [same options] [--interval 1s]
  metric range NAME [--since 1h] [--resolution auto|raw|1m|1h] [--match k=v,...]
                                samples or rollups of a time range, with trace_id exemplars
  metric list                   metric names in the store
  alert active                  pending and firing alerts (kept across restarts)
  silence create --matchers &apos;{k=&quot;v&quot;, k2=~&quot;re&quot;}&apos; (--duration 2h | --until-resolved ID) --comment TEXT
  silence list [--all]          pending and active silences (--all: expired too)
  silence expire ID
  rule test [--timeline] FILE... rule unit tests in promtool&apos;s format (no instance needed)
  notify list | notify retry ID the notification outbox; send a dead letter again
  source list                  remote sources (Prometheus-compatible, Alertmanager) and their health
  secret set NAME               store a secret (read from stdin) in the OS keychain: slack_webhook,
                                pagerduty_routing_key, webhook_url or alertmanager_url
  dashboard list | templates | new TEMPLATE NAME [--title T] [--range 6h] | versions NAME
  dashboard import FILE.json [--base-version N] | export NAME [FILE.json] [--version N] | delete NAME
  config list | config set NAME [VALUE]   notification settings: notify.CHANNEL.enabled (1|0),
                                notify.CHANNEL.severities (critical,warning,info; empty: all),
                                notify.link_base (the URL of this instance&apos;s /status pages)
  demo flood --metric NAME --value V --rate R --seconds S [--statsd HOST:PORT]
</translation>
    </message>
</context>
</TS>
