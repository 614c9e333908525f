<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>CertCli</name>
    <message numerus="yes">
        <location filename="../app/cli/cmd_cert.cpp" line="+282"/>
        <source>Wrote %1 (%n certificate(s) and the private key).
</source>
        <translation>
            <numerusform>Wrote %1 (%n certificate and the private key).
</numerusform>
            <numerusform>Wrote %1 (%n certificates and the private key).
</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LiveCheckRunner</name>
    <message numerus="yes">
        <location filename="../core/automation/ClusterChecks.cpp" line="+168"/>
        <source>%1 has %n connected %2 client(s).</source>
        <translation>
            <numerusform>%1 has %n connected %2 client.</numerusform>
            <numerusform>%1 has %n connected %2 clients.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../core/automation/FileChecks.cpp" line="+74"/>
        <source>The backup is %n day(s) old (%1);</source>
        <translation>
            <numerusform>The backup is %n day old (%1);</numerusform>
            <numerusform>The backup is %n days old (%1);</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>it should be at most %n day(s) old. Download a fresh backup from /login &gt; Management &gt; Software Management.</source>
        <translation>
            <numerusform>it should be at most %n day old. Download a fresh backup from /login &gt; Management &gt; Software Management.</numerusform>
            <numerusform>it should be at most %n days old. Download a fresh backup from /login &gt; Management &gt; Software Management.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RmaCli</name>
    <message numerus="yes">
        <location filename="../app/cli/cmd_rma.cpp" line="+40"/>
        <source>OVERDUE by %n day(s)</source>
        <translation>
            <numerusform>OVERDUE by %n day</numerusform>
            <numerusform>OVERDUE by %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>due in %n day(s), send it now</source>
        <translation>
            <numerusform>due in %n day, send it now</numerusform>
            <numerusform>due in %n days, send it now</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>due in %n day(s)</source>
        <translation>
            <numerusform>due in %n day</numerusform>
            <numerusform>due in %n days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>dr::cert::CertChecker</name>
    <message numerus="yes">
        <location filename="../core/cert/CertChecker.cpp" line="+46"/>
        <source>%1 expires on %2, within %n day(s). Restore it, then plan its renewal now.</source>
        <translation>
            <numerusform>%1 expires on %2, within %n day. Restore it, then plan its renewal now.</numerusform>
            <numerusform>%1 expires on %2, within %n days. Restore it, then plan its renewal now.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>dr::cli</name>
    <message numerus="yes">
        <location filename="../app/cli/cmd_appliances.cpp" line="+59"/>
        <source>%n appliance(s)</source>
        <translation>
            <numerusform>%n appliance</numerusform>
            <numerusform>%n appliances</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/cmd_site.cpp" line="+328"/>
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n error</numerusform>
            <numerusform>%n errors</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n warning</numerusform>
            <numerusform>%n warnings</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>site check found %n error(s) in %1; the first: %2</source>
        <translation>
            <numerusform>site check found %n error in %1; the first: %2</numerusform>
            <numerusform>site check found %n errors in %1; the first: %2</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>dr::runbook::RunReport</name>
    <message numerus="yes">
        <location filename="../core/runbook/RunReport.cpp" line="+64"/>
        <source>Resumed %n time(s) after an interruption.</source>
        <translation>
            <numerusform>Resumed %n time after an interruption.</numerusform>
            <numerusform>Resumed %n times after an interruption.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>dr::support::IncidentComposer</name>
    <message numerus="yes">
        <location filename="../core/support/IncidentComposer.cpp" line="+40"/>
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n hour</numerusform>
            <numerusform>%n hours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n minute</numerusform>
            <numerusform>%n minutes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+52"/>
        <source>Attach the %n listed file(s); a mailto: link cannot carry attachments, save an .eml file instead.</source>
        <translation>
            <numerusform>Attach the %n listed file; a mailto: link cannot carry attachments, save an .eml file instead.</numerusform>
            <numerusform>Attach the %n listed files; a mailto: link cannot carry attachments, save an .eml file instead.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>dr::ui::BackupListModel</name>
    <message numerus="yes">
        <location filename="../ui/BackupListModel.cpp" line="+97"/>
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n hour</numerusform>
            <numerusform>%n hours</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>dr::ui::BackupManager</name>
    <message numerus="yes">
        <location filename="../ui/BackupManager.cpp" line="+220"/>
        <source>%n backup(s) are damaged.</source>
        <translation>
            <numerusform>%n backup is damaged.</numerusform>
            <numerusform>%n backups are damaged.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>dr::ui::CertComparePanel</name>
    <message numerus="yes">
        <location filename="../ui/CertComparePanel.cpp" line="+148"/>
        <source>Waiting at most %n second(s) for the TLS handshake.</source>
        <translation>
            <numerusform>Waiting at most %n second for the TLS handshake.</numerusform>
            <numerusform>Waiting at most %n seconds for the TLS handshake.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>dr::ui::CertLoad</name>
    <message numerus="yes">
        <location filename="../ui/CertLoad.cpp" line="+82"/>
        <source>The file holds only CA certificates (%n certificate(s)), no appliance certificate.</source>
        <translation>
            <numerusform>The file holds only CA certificates (%n certificate), no appliance certificate.</numerusform>
            <numerusform>The file holds only CA certificates (%n certificates), no appliance certificate.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>%n intermediate certificate(s)</source>
        <translation>
            <numerusform>%n intermediate certificate</numerusform>
            <numerusform>%n intermediate certificates</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>dr::ui::CertReportView</name>
    <message numerus="yes">
        <location filename="../ui/CertReportView.cpp" line="+158"/>
        <source> - EXPIRED %n day(s) ago</source>
        <translation>
            <numerusform> - EXPIRED %n day ago</numerusform>
            <numerusform> - EXPIRED %n days ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source> - %n day(s) left</source>
        <translation>
            <numerusform> - %n day left</numerusform>
            <numerusform> - %n days left</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>dr::ui::CertificateInspector</name>
    <message numerus="yes">
        <location filename="../ui/CertificateInspector.cpp" line="+273"/>
        <source>%1 will not restore as it should: %n problem(s) to fix first.</source>
        <translation>
            <numerusform>%1 will not restore as it should: %n problem to fix first.</numerusform>
            <numerusform>%1 will not restore as it should: %n problems to fix first.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%1 can be restored, with %n warning(s).</source>
        <translation>
            <numerusform>%1 can be restored, with %n warning.</numerusform>
            <numerusform>%1 can be restored, with %n warnings.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>dr::ui::DashboardModel</name>
    <message numerus="yes">
        <location filename="../ui/DashboardModel.cpp" line="+104"/>
        <source>EXPIRED %n day(s) ago</source>
        <translation>
            <numerusform>EXPIRED %n day ago</numerusform>
            <numerusform>EXPIRED %n days ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>EXPIRES SOON: %n day(s)</source>
        <translation>
            <numerusform>EXPIRES SOON: %n day</numerusform>
            <numerusform>EXPIRES SOON: %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>OK: %n day(s) left</source>
        <translation>
            <numerusform>OK: %n day left</numerusform>
            <numerusform>OK: %n days left</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+18"/>
        <source>%1
in %2 (%n backup(s) there)</source>
        <translation>
            <numerusform>%1
in %2 (%n backup there)</numerusform>
            <numerusform>%1
in %2 (%n backups there)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Older than %n day(s): download a backup now and check that the scheduled backup still runs.</source>
        <translation>
            <numerusform>Older than %n day: download a backup now and check that the scheduled backup still runs.</numerusform>
            <numerusform>Older than %n days: download a backup now and check that the scheduled backup still runs.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>dr::ui::MainWindow</name>
    <message numerus="yes">
        <location filename="../ui/MainWindowSites.cpp" line="+109"/>
        <source>%1: %n appliance(s).</source>
        <translation>
            <numerusform>%1: %n appliance.</numerusform>
            <numerusform>%1: %n appliances.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>dr::ui::MessageOutputPanel</name>
    <message numerus="yes">
        <location filename="../ui/MessageOutputPanel.cpp" line="+191"/>
        <source>Opened your mail client with the message. Attach the %n listed file(s) yourself (a mailto: link cannot carry them), or save an .eml file instead.</source>
        <translation>
            <numerusform>Opened your mail client with the message. Attach the %n listed file yourself (a mailto: link cannot carry it), or save an .eml file instead.</numerusform>
            <numerusform>Opened your mail client with the message. Attach the %n listed files yourself (a mailto: link cannot carry them), or save an .eml file instead.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>dr::ui::RmaReminderBanner</name>
    <message numerus="yes">
        <location filename="../ui/RmaReminderBanner.cpp" line="+96"/>
        <source>RMA return OVERDUE by %n day(s): %1 was due back on %2. Send it now (unreturned appliances are invoiced at list price).</source>
        <translation>
            <numerusform>RMA return OVERDUE by %n day: %1 was due back on %2. Send it now (unreturned appliances are invoiced at list price).</numerusform>
            <numerusform>RMA return OVERDUE by %n days: %1 was due back on %2. Send it now (unreturned appliances are invoiced at list price).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>RMA return due in %n day(s): send back %1 by %2.</source>
        <translation>
            <numerusform>RMA return due in %n day: send back %1 by %2.</numerusform>
            <numerusform>RMA return due in %n days: send back %1 by %2.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>dr::ui::SiteEditor</name>
    <message numerus="yes">
        <location filename="../ui/SiteEditor.cpp" line="+179"/>
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n error</numerusform>
            <numerusform>%n errors</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n thing(s)</source>
        <translation>
            <numerusform>%n thing</numerusform>
            <numerusform>%n things</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+15"/>
        <source>Saved %1, with %n error(s) to fix before it can be used for backups and checks.</source>
        <translation>
            <numerusform>Saved %1, with %n error to fix before it can be used for backups and checks.</numerusform>
            <numerusform>Saved %1, with %n errors to fix before it can be used for backups and checks.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>dr::ui::SiteEditorPages</name>
    <message numerus="yes">
        <location filename="../ui/SiteEditorPages.cpp" line="+235"/>
        <source>%n finding(s) on this page</source>
        <translation>
            <numerusform>%n finding on this page</numerusform>
            <numerusform>%n findings on this page</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>dr::ui::SitesPanel</name>
    <message numerus="yes">
        <location filename="../ui/SitesPanel.cpp" line="+179"/>
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n error</numerusform>
            <numerusform>%n errors</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>%n thing(s)</source>
        <translation>
            <numerusform>%n thing</numerusform>
            <numerusform>%n things</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n thing(s) still to record</source>
        <translation>
            <numerusform>%n thing still to record</numerusform>
            <numerusform>%n things still to record</numerusform>
        </translation>
    </message>
</context>
</TS>
